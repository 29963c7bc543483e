"""Stanza backend: POS tags, lemmas and dependencies from a local Stanza model.

``kemiskinan_ie.load(backend="stanza", stanza_dir=PATH)`` puts the ``kie_stanza`` component first
in the pipeline (right after the tokenizer). It hands Stanza the tokens the project's own
tokenizer made (``tokenize_pretokenized=True``), so ``doc.text`` and every token offset are exactly
those of the default backend, and writes ``pos_``, ``tag_`` (Stanza's XPOS), ``lemma_``, ``dep_``
and ``head`` back with ``Doc.from_array``.

Nothing is downloaded: the Stanza ``Pipeline`` is built with ``download_method=None`` from a model
directory laid out the way Stanza lays out its downloads::

    PATH/resources.json
    PATH/id/pos/<package>.pt        (optional)
    PATH/id/lemma/<package>.pt      (optional)
    PATH/id/depparse/<package>.pt   (optional)
    PATH/id/pretrain/<package>.pt   (word vectors the models above depend on)
    PATH/id/forward_charlm/..., PATH/id/backward_charlm/...  (if the models use them)

Only the processors that have a model there are run; a directory without any, or with a
model whose dependencies are missing, raises :class:`StanzaModelError` naming the files, and it
does so before Stanza or torch is imported. An optional ``PATH/kie_stanza.json`` manifest says
whether the model expects lower-cased words (``{"lowercase": true}``, as the POSP-trained model
shipped in ``models/stanza-id-pos`` does).

Stanza and torch are an optional extra: ``pip install "kemiskinan-ie[stanza]"``.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, POS, SENT_START, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as UPOS_IDS
from spacy.tokens import Doc

#: Processors this backend can use, in Stanza's order. ``tokenize`` is always there (pretokenized).
OPTIONAL_PROCESSORS: tuple[str, ...] = ("pos", "lemma", "depparse")
#: Environment variable naming a default Stanza model directory.
ENV_DIR = "KEMISKINAN_IE_STANZA_DIR"
#: Longest sentence (in tokens) handed to Stanza; longer runs are cut into pieces.
MAX_SENT_TOKENS = 150

_SENT_END = {".", "!", "?"}
_OPENERS = {'"', "“", "'", "‘", "(", "["}
_SHORT_ABBR = re.compile(r"^[A-Z][a-z]{0,2}$")  # Kab. Dr. No. Jl. H.


class StanzaModelError(FileNotFoundError):
    """The Stanza model directory is missing, incomplete or unusable."""


@dataclass
class StanzaModelSpec:
    """What :func:`find_stanza_model` found in a Stanza model directory."""

    root: Path
    lang: str
    #: processor -> package name, e.g. ``{"tokenize": "gsd", "pos": "gsd_charlm"}``
    processors: dict[str, str]
    #: whether words are lower-cased before tagging (from ``kie_stanza.json``)
    lowercase: bool = False
    manifest: dict[str, Any] = field(default_factory=dict)

    @property
    def annotates(self) -> tuple[str, ...]:
        """The processors whose output is written into the Doc."""
        return tuple(p for p in OPTIONAL_PROCESSORS if self.processors.get(p) not in (None, "identity"))


def _layout_help(root: Path, lang: str) -> str:
    return (
        f"expected {root / 'resources.json'} and at least one of "
        + ", ".join(str(root / lang / p / "<package>.pt") for p in OPTIONAL_PROCESSORS)
        + " (the layout stanza.download(..., model_dir=DIR) creates; this library never downloads)"
    )


def find_stanza_model(
    stanza_dir: str | os.PathLike, lang: str = "id", processors: Sequence[str] | str | None = None,
    package: str | None = None,
) -> StanzaModelSpec:
    """Inspect a Stanza model directory without importing Stanza.

    stanza_dir: the directory holding ``resources.json`` (a ``.../id`` folder inside it works too).
    processors: restrict to these of ``pos``, ``lemma``, ``depparse`` (default: all that exist).
    package: preferred package (e.g. ``"csui"``) when several models of one processor exist.
    Raises :class:`StanzaModelError` naming the missing files.
    """
    root = Path(stanza_dir).expanduser()
    if not root.is_dir():
        raise StanzaModelError(f"Stanza model directory {root} does not exist: {_layout_help(root, lang)}")
    if not (root / "resources.json").is_file() and root.name == lang and (root.parent / "resources.json").is_file():
        root = root.parent
    res_path = root / "resources.json"
    if not res_path.is_file():
        raise StanzaModelError(f"no Stanza model in {root}: missing {res_path}; {_layout_help(root, lang)}")
    try:
        resources = json.loads(res_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StanzaModelError(f"cannot read {res_path}: {exc}") from exc
    lang_res = resources.get(lang) or {}
    while isinstance(lang_res, dict) and "alias" in lang_res:
        lang = lang_res["alias"]
        lang_res = resources.get(lang) or {}
    defaults = lang_res.get("default_processors") or {}
    manifest: dict[str, Any] = {}
    if (root / "kie_stanza.json").is_file():
        manifest = json.loads((root / "kie_stanza.json").read_text(encoding="utf-8"))

    if isinstance(processors, str):
        processors = [p.strip() for p in processors.split(",") if p.strip()]
    wanted = [p for p in OPTIONAL_PROCESSORS if processors is None or p in processors]
    unknown = sorted(set(processors or ()) - set(OPTIONAL_PROCESSORS) - {"tokenize"})
    if unknown:
        raise ValueError(f"unsupported Stanza processors {unknown}: use {', '.join(OPTIONAL_PROCESSORS)}")

    chosen: dict[str, str] = {}
    missing: list[str] = []
    for proc in wanted:
        proc_dir = root / lang / proc
        listed = lang_res.get(proc)
        on_disk = sorted(p.stem for p in proc_dir.glob("*.pt")) if proc_dir.is_dir() else []
        candidates = [c for c in (package and _match(package, on_disk), defaults.get(proc)) if c] + on_disk
        for cand in candidates:
            if (proc_dir / f"{cand}.pt").is_file() and (listed is None or cand in listed):
                chosen[proc] = cand
                break
        else:
            if processors is not None:
                missing.append(str(proc_dir / f"{defaults.get(proc, '<package>')}.pt"))
            continue
        deps = ((listed or {}).get(chosen[proc]) or {}).get("dependencies") or []
        for dep in deps:
            dep_file = root / lang / dep["model"] / f"{dep['package']}.pt"
            if not dep_file.is_file():
                missing.append(str(dep_file))
    if missing:
        raise StanzaModelError(f"Stanza model in {root} is incomplete: missing " + ", ".join(missing))
    if not chosen:
        raise StanzaModelError(f"no Stanza model in {root}: {_layout_help(root, lang)}")
    if "depparse" in chosen and "lemma" not in chosen:
        chosen["lemma"] = "identity"  # Stanza's parser wants lemmas; identity ones are not written out
    if "depparse" in chosen and "pos" not in chosen:
        raise StanzaModelError(f"Stanza depparse in {root} needs a POS model: missing {root / lang / 'pos'}/<package>.pt")
    procs = {"tokenize": str(defaults.get("tokenize") or "pretokenized")}
    procs.update((p, chosen[p]) for p in OPTIONAL_PROCESSORS if p in chosen)
    return StanzaModelSpec(root=root, lang=lang, processors=procs, lowercase=bool(manifest.get("lowercase")), manifest=manifest)


def _match(package: str, names: list[str]) -> str | None:
    """The on-disk model of ``package``: exact name, else ``package_*`` (e.g. ``csui_charlm``)."""
    if package in names:
        return package
    return next((n for n in names if n.startswith(package + "_")), None)


def default_stanza_dir() -> Path:
    """``$KEMISKINAN_IE_STANZA_DIR``, else the small POS model shipped in ``models/stanza-id-pos``."""
    env = os.environ.get(ENV_DIR)
    if env:
        return Path(env)
    from ..pipeline import models_dir

    return models_dir() / "stanza-id-pos"


def sentence_token_ids(doc: Doc, max_tokens: int = MAX_SENT_TOKENS) -> list[list[int]]:
    """Split a Doc into sentences of non-space token indices for Stanza.

    A sentence ends at a line break, or after ``.``/``!``/``?`` followed by a capitalised word, a
    quote or bracket (not after short capitalised abbreviations such as ``Kab.``). Pieces longer
    than ``max_tokens`` are cut so no single sentence gets too expensive.
    """
    sents: list[list[int]] = []
    cur: list[int] = []
    n = len(doc)
    for i in range(n):
        tok = doc[i]
        if tok.is_space:
            if "\n" in tok.text and cur:
                sents.append(cur)
                cur = []
            continue
        cur.append(i)
        end = False
        if tok.text in _SENT_END:
            j = i + 1
            while j < n and doc[j].is_space:
                j += 1
            if j >= n:
                end = True
            else:
                prev = doc[i - 1] if i > 0 else None
                abbr = prev is not None and not prev.whitespace_ and bool(_SHORT_ABBR.match(prev.text))
                line_break = any("\n" in doc[m].text for m in range(i + 1, j))
                nxt = doc[j].text
                end = line_break or (not abbr and (nxt[:1].isupper() or nxt in _OPENERS))
        if end or len(cur) >= max_tokens:
            sents.append(cur)
            cur = []
    if cur:
        sents.append(cur)
    return sents


def write_annotations(doc: Doc, sentences: list[list[int]], words: list[list[Any]], annotates: Iterable[str]) -> None:
    """Write Stanza words back into ``doc`` with one ``Doc.from_array`` call.

    ``sentences[k][j]`` is the doc index of the ``j``-th word of sentence ``k`` and ``words[k][j]``
    its Stanza ``Word`` (anything with ``upos``, ``xpos``, ``lemma``, ``head``, ``deprel``).
    Whitespace tokens get ``SPACE``/``_SP`` and attach to the preceding token. Without a parser the
    sentence starts of ``sentences`` are written instead of heads.
    """
    annotates = set(annotates)
    n = len(doc)
    if n == 0:
        return
    strings = doc.vocab.strings
    cols: list[int] = []
    if "pos" in annotates:
        cols += [POS, TAG]
    if "lemma" in annotates:
        cols.append(LEMMA)
    parse = "depparse" in annotates
    if parse:
        cols += [HEAD, DEP]
    else:
        cols.append(SENT_START)
    arr = np.zeros((n, len(cols)), dtype=np.uint64)  # string hashes need all 64 bits
    rel = np.zeros(n, dtype=np.int64)  # HEAD offsets or SENT_START flags (may be negative)
    col = {a: k for k, a in enumerate(cols)}
    space_pos, space_tag, dep_space = UPOS_IDS["SPACE"], strings.add("_SP"), strings.add("dep")
    x_id = UPOS_IDS["X"]
    covered = np.zeros(n, dtype=bool)
    for ids, ws in zip(sentences, words, strict=True):
        for k, (i, w) in enumerate(zip(ids, ws, strict=True)):
            covered[i] = True
            if POS in col:
                arr[i, col[POS]] = UPOS_IDS.get(w.upos or "X", x_id)
                arr[i, col[TAG]] = strings.add(w.xpos or "")
            if LEMMA in col:
                arr[i, col[LEMMA]] = strings.add(w.lemma or doc[i].text)
            if parse:
                h = int(w.head or 0)
                rel[i] = (ids[h - 1] - i) if h > 0 else 0
                arr[i, col[DEP]] = strings.add("ROOT" if h == 0 else (w.deprel or "dep"))
            else:
                rel[i] = 1 if k == 0 else -1
    last = -1
    for i in range(n):
        if covered[i]:
            last = i
            continue
        # whitespace (or anything Stanza did not see)
        if POS in col:
            arr[i, col[POS]] = space_pos
            arr[i, col[TAG]] = space_tag
        if LEMMA in col:
            arr[i, col[LEMMA]] = strings.add(doc[i].text)
        if parse:
            rel[i] = (last - i) if last >= 0 else 0
            arr[i, col[DEP]] = dep_space if last >= 0 else strings.add("ROOT")
        else:
            rel[i] = -1 if last >= 0 else 1
    arr[:, col[HEAD if parse else SENT_START]] = rel.astype(np.uint64)  # negative values wrap, as spaCy expects
    doc.from_array(cols, arr)


class StanzaBackend:
    """spaCy component that tags Docs with a local Stanza pipeline (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, stanza_dir: str | None, processors: str | None = None,
                 lang: str = "id", package: str | None = None, batch_size: int = 32) -> None:
        self.name = name
        self.stanza_dir = stanza_dir
        self.batch_size = max(1, int(batch_size))
        # check the files first: a clear error does not need Stanza or torch installed
        self.spec = find_stanza_model(stanza_dir or default_stanza_dir(), lang=lang, processors=processors, package=package)
        self.pipeline = self._build_pipeline(self.spec)

    @staticmethod
    def _build_pipeline(spec: StanzaModelSpec) -> Any:
        try:
            import stanza
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError(
                "backend='stanza' needs Stanza and torch: pip install \"kemiskinan-ie[stanza]\" "
                "(see README, 'Stanza backend', for a CPU-only torch)"
            ) from exc
        try:
            import torch

            if os.environ.get("OMP_NUM_THREADS") is None and torch.get_num_threads() > 1:
                torch.set_num_threads(1)
        except ImportError:  # pragma: no cover
            pass
        return stanza.Pipeline(
            lang=spec.lang,
            dir=str(spec.root),
            processors=dict(spec.processors),
            package=None,
            tokenize_pretokenized=True,
            download_method=None,
            use_gpu=False,
            logging_level="WARN",
        )

    def _words(self, doc: Doc, ids: list[int]) -> list[str]:
        words = [doc[i].text for i in ids]
        return [w.lower() for w in words] if self.spec.lowercase else words

    def _annotate(self, docs: list[Doc]) -> None:
        plan: list[tuple[Doc, list[list[int]]]] = [(d, sentence_token_ids(d)) for d in docs]
        batch = [self._words(d, ids) for d, sents in plan for ids in sents]
        out = self.pipeline(batch).sentences if batch else []
        k = 0
        for d, sents in plan:
            words = [out[k + j].words for j in range(len(sents))]
            k += len(sents)
            write_annotations(d, sents, words, self.spec.annotates)

    def __call__(self, doc: Doc) -> Doc:
        """Tag one Doc in place."""
        self._annotate([doc])
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        """Tag Docs in batches: all sentences of a batch go through Stanza in one call."""
        size = batch_size or self.batch_size
        buf: list[Doc] = []
        for doc in stream:
            buf.append(doc)
            if len(buf) >= size:
                self._annotate(buf)
                yield from buf
                buf = []
        if buf:
            self._annotate(buf)
            yield from buf


@Language.factory(
    "kie_stanza",
    default_config={"stanza_dir": None, "processors": None, "lang": "id", "package": None, "batch_size": 32},
    assigns=["token.pos", "token.tag", "token.lemma", "token.dep", "token.head", "token.is_sent_start"],
)
def make_stanza_backend(nlp: Language, name: str, stanza_dir: str | None, processors: str | None, lang: str,
                        package: str | None, batch_size: int) -> StanzaBackend:
    """Factory for ``kie_stanza`` (config: ``stanza_dir``, ``processors``, ``lang``, ``package``, ``batch_size``)."""
    return StanzaBackend(nlp, name, stanza_dir, processors, lang, package, batch_size)


def add_stanza_backend(nlp: Language, stanza_dir: str | os.PathLike | None = None,
                       processors: str | Sequence[str] | None = None, **config: Any) -> StanzaBackend:
    """Add ``kie_stanza`` as the first component of ``nlp`` and return it.

    stanza_dir: Stanza model directory (default: ``$KEMISKINAN_IE_STANZA_DIR`` or the shipped
    ``models/stanza-id-pos``); processors: e.g. ``"pos,depparse"`` (default: every model found).
    """
    if processors is not None and not isinstance(processors, str):
        processors = ",".join(processors)
    cfg = {"stanza_dir": str(stanza_dir or default_stanza_dir()), "processors": processors, **config}
    return nlp.add_pipe("kie_stanza", first=True, config=cfg)
