"""Assemble the spaCy pipeline once, and turn processed ``Doc`` objects into ``ArticleResult``.

``load()`` builds (and caches) the Language; ``extract()`` runs one article; ``extract_many()``
runs a batch through ``nlp.pipe``. Bad input never raises from ``extract``: it yields an
error record or an empty result.
"""

from __future__ import annotations

import datetime as _dt
import gc
import os
import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import (
    extensions,  # noqa: F401  (registers Doc/Span extensions)
    tokenizer,  # noqa: F401  (registers kemiskinan_ie.RegexTokenizer.v1)
)
from .extensions import doc_ext, set_doc_ext
from .schema import ArticleResult, ResultWarning

#: Components in pipeline order (all registered in ``kemiskinan_ie.components``).
RULE_COMPONENTS: tuple[str, ...] = (
    "kie_boilerplate",
    "kie_quantities",
    "kie_dates",
    "kie_places",
    "kie_agencies",
    "kie_programs",
    "kie_officials",
    "kie_metrics",
    "kie_relations",
    "kie_checks",
)

#: Hard cap on characters processed per article (longer text is truncated with a warning).
MAX_CHARS = 2_000_000

#: Lexemes the vocabulary keeps for good. spaCy adds every new word (and every new number) to the
#: vocabulary and never frees it, so a long batch grows without end; once the vocabulary holds this
#: many (the common words of the batch), ``extract_many`` runs each batch inside a spaCy memory zone
#: and the words first seen there are freed after it. About 0.5 KB a lexeme: ~50 MB.
KEEP_LEXEMES = 100_000

_CTRL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_CACHE: dict[tuple, Language] = {}
_LOCK = threading.Lock()


def models_dir() -> Path:
    """Where shipped models live.

    ``$KEMISKINAN_IE_MODELS`` when set; else ``kemiskinan_ie/models`` inside an installed wheel
    (the build copies the project's ``models/`` there); else the source tree's ``models/`` (an
    editable install or a checkout).
    """
    env = os.environ.get("KEMISKINAN_IE_MODELS")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    packaged = here / "models"
    return packaged if packaged.is_dir() else here.parent / "models"


#: statistical NER models shipped in ``models/``: ``ner=True`` means the first
NER_MODELS: tuple[str, ...] = ("crf", "cnn")


def _ner_choice(ner: bool | str | None) -> str | None:
    """Normalise the ``ner`` argument to a model name ("crf", "cnn") or None."""
    if ner is None or ner is False:
        return None
    if ner is True:
        return NER_MODELS[0]
    if isinstance(ner, str) and ner in NER_MODELS:
        return ner
    raise ValueError(f"unknown ner model {ner!r}: use True, False or one of {', '.join(NER_MODELS)}")


def build(*, ner: bool | str | None = False, backend: str = "default",
          stanza_dir: str | os.PathLike | None = None) -> Language:
    """Build a fresh Language (no caching). See ``load`` for the arguments."""
    from . import components  # noqa: F401  (registers factories)

    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "kemiskinan_ie.RegexTokenizer.v1"}}})
    nlp.max_length = max(nlp.max_length, MAX_CHARS)  # no parser here: the regex components scale linearly
    if backend == "stanza":
        from .backends.stanza_backend import add_stanza_backend

        add_stanza_backend(nlp, stanza_dir)
    elif backend != "default":
        raise ValueError(f"unknown backend {backend!r}: use 'default' or 'stanza'")
    model = _ner_choice(ner)
    for name in RULE_COMPONENTS:
        if name == "kie_places" and model == "crf":
            from .components.crf_ner import add_crf_ner

            add_crf_ner(nlp, models_dir())
        elif name == "kie_places" and model == "cnn":
            from .components.stat_ner import add_stat_ner

            add_stat_ner(nlp, models_dir())
        if name in Language.factories:
            nlp.add_pipe(name)
    return nlp


def load(
    *, ner: bool | str | None = None, backend: str = "default", stanza_dir: str | os.PathLike | None = None
) -> Language:
    """Return the kemiskinan_ie spaCy pipeline (built once per process and argument set).

    ner: add a statistical NER model shipped in ``models/`` (default: off, rules only);
    ``True`` or ``"crf"`` is the feature CRF in ``models/ner-crf``, ``"cnn"`` the spaCy CNN in
    ``models/ner-id``.
    backend: ``"default"`` or ``"stanza"`` (POS/lemma/dependencies from a local Stanza model
    in ``stanza_dir``; needs ``pip install kemiskinan-ie[stanza]``).
    """
    model = _ner_choice(ner)
    key = (model, backend, str(stanza_dir) if stanza_dir else None)
    with _LOCK:
        nlp = _CACHE.get(key)
        if nlp is None:
            nlp = build(ner=model, backend=backend, stanza_dir=stanza_dir)
            _CACHE[key] = nlp
            _freeze_long_lived()
    return nlp


def _freeze_long_lived() -> None:
    """With ``KEMISKINAN_IE_GC_FREEZE=1``, take the objects alive once a pipeline is built (about half
    a million: gazetteer tables, lexicons, imported modules) out of the cyclic garbage collector's view
    (``gc.freeze``, as the batch workers always do): they live as long as the process, and each full
    collection, every few hundred articles, would walk all of them again (about 0.3 ms per article).
    Off by default: freezing is process-wide, and would also keep the host program's own objects of
    that moment out of cycle collection, which a library should not decide for its caller."""
    if os.environ.get("KEMISKINAN_IE_GC_FREEZE", "0") != "1":
        return
    gc.collect()
    gc.freeze()


def clean_text(text: str) -> tuple[str, list[str]]:
    """Make text safe to process without moving offsets; return it and warnings.

    Control characters other than newline/tab/carriage return are replaced one-for-one by
    spaces, and lone UTF-16 surrogates (which cannot be written as UTF-8) by U+FFFD, so
    that offsets into the original string stay valid and ``len`` does not change.
    """
    warnings: list[str] = []
    if _CTRL_RE.search(text):
        text = _CTRL_RE.sub(" ", text)
        warnings.append("control characters replaced by spaces")
    if _SURROGATE_RE.search(text):
        text = _SURROGATE_RE.sub("\ufffd", text)
        warnings.append("lone surrogate code points replaced by U+FFFD")
    return text, warnings


def parse_published(published: Any) -> str | None:
    """Normalise a publication date (date, datetime or string) to ISO ``YYYY-MM-DD``."""
    if published is None or published == "":
        return None
    if isinstance(published, _dt.datetime):
        return published.date().isoformat()
    if isinstance(published, _dt.date):
        return published.isoformat()
    s = str(published).strip()
    try:
        return _dt.date.fromisoformat(s[:10]).isoformat()
    except ValueError:
        pass
    from .components.dates import parse_date_string

    d = parse_date_string(s)
    return d.isoformat() if d else None


def make_doc(nlp: Language, text: str, published: Any = None) -> Doc:
    """Tokenise ``text`` and attach the publication date, ready for ``nlp.pipe``."""
    doc = nlp.make_doc(text)
    set_doc_ext(doc, "published", parse_published(published))  # (doc._.published, without building doc._)
    return doc


def doc_to_result(doc: Doc, id: str, meta: dict | None = None, warnings: Iterable[str] = ()) -> ArticleResult:
    """Convert a processed Doc into the public ``ArticleResult``.

    The result is assembled as plain data and validated once by pydantic-core
    (``ArticleResult.model_validate``), which is much faster than building each entity model.
    """
    table = doc_ext(doc, "span_attrs") or {}
    st = doc.user_data.get("kie") or {}
    text = st.get("text") or doc.text
    kie_ents = st.get("ents")
    if kie_ents is not None:  # the rule components keep their entities as char ranges
        ranges = [(s, e, label) for s, e, label in kie_ents]
    else:
        ranges = [(span.start_char, span.end_char, span.label_) for span in doc.ents]
    spans = doc.spans
    for key, label in (("quantity", "QUANTITY"), ("date", "DATE"), ("metric", "METRIC")):
        if key in spans:
            ranges.extend([(span.start_char, span.end_char, label) for span in spans[key]])
    # in order of (start, end, label); ranges equal in all three make equal entities
    ranges.sort()
    get = table.get
    ents = [{"label": label, "text": text[s:e], "start": s, "end": e, "attrs": get(f"{label}:{s}:{e}") or None}
            for s, e, label in ranges]
    boiler = []
    if "boilerplate" in doc.spans:
        boiler = [{"start": s.start_char, "end": s.end_char, "kind": s.label_ or None} for s in doc.spans["boilerplate"]]
    warns = list(doc_ext(doc, "warnings") or [])
    warns.extend({"code": "input", "message": m} for m in warnings)
    meta = dict(meta or {})
    published = doc_ext(doc, "published")
    if published and not meta.get("published"):
        meta["published"] = published
    return ArticleResult.model_validate({
        "id": str(id),
        "text": text,
        "meta": meta,
        "article_date": doc_ext(doc, "article_date"),
        "entities": ents,
        "figures": list(doc_ext(doc, "figures") or []),
        "boilerplate": boiler,
        "warnings": warns,
    })


def _prepare(text: Any, max_chars: int = MAX_CHARS) -> tuple[str | None, list[str], str | None]:
    """Validate one input text: (text or None, warnings, error message); cut at ``max_chars``."""
    warn: list[str] = []
    if isinstance(text, (bytes, bytearray, memoryview)):
        raw = bytes(text)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("utf-8", errors="replace")
            warn.append("input bytes decoded as UTF-8 with replacement")
    if text is None:
        return None, warn, "no text given"
    if not isinstance(text, str):
        return None, warn, f"text must be a string, got {type(text).__name__}"
    if len(text) > max_chars:
        warn.append(f"text of {len(text)} characters truncated to {max_chars}")
        text = text[:max_chars]
    text, w = clean_text(text)
    return text, warn + w, None


def extract(
    text: str | bytes, published: Any = None, *, id: str = "article", meta: dict | None = None, nlp: Language | None = None
) -> ArticleResult:
    """Extract entities and figures from one article.

    ``published`` is the article's date (``"2024-11-28"``, a ``date`` or ``None``) used to resolve
    "tahun ini"/"tahun lalu". Empty or whitespace-only text gives an empty result; input that
    cannot be read gives an error record; this function does not raise on bad text.
    """
    return next(iter(extract_many([{"id": id, "text": text, "meta": {**(meta or {}), "published": published}}], nlp=nlp)))


def _zone(nlp: Language) -> AbstractContextManager:
    """A spaCy memory zone for one batch once the vocabulary holds ``KEEP_LEXEMES`` words (never
    nested in a zone of the caller's); before that, nothing: the batch's new words stay."""
    vocab = nlp.vocab
    if len(vocab) < KEEP_LEXEMES or vocab.in_memory_zone:
        return nullcontext()
    return nlp.memory_zone()


def _safe_error(rid: str, err: BaseException | str, text: str, meta: dict, etype: str | None = None) -> ArticleResult:
    """An error record that cannot itself fail (bad metadata is dropped rather than raised)."""
    try:
        res = ArticleResult.error_record(rid, err, text=text, meta=meta)
    except Exception:  # noqa: BLE001
        res = ArticleResult.error_record(rid, err, text=text)
    if etype and res.error is not None:
        res.error.type = etype
    return res


def _record_fields(rec: Any, n: int) -> tuple[str, dict, Any, list[str], dict | None]:
    """(id, meta, raw text, reader warnings, reader error) of one input record."""
    if not isinstance(rec, dict):
        return str(n), {}, rec, [], None
    rid = rec.get("id")
    rid = str(n) if rid is None or rid == "" else str(rid)
    raw_meta = rec.get("meta")
    warns = [str(w) for w in (rec.get("warnings") or [])]
    if raw_meta is not None and not isinstance(raw_meta, dict):
        warns.append("'meta' is not a mapping and was ignored")
    meta = {str(k): v for k, v in (raw_meta.items() if isinstance(raw_meta, dict) else ())}
    for k in ("published", "title", "source"):
        if k in rec and k not in meta:
            meta[k] = rec[k]
    for k in ("published", "title", "source"):
        v = meta.get(k)
        if v is not None and not isinstance(v, str):
            meta[k] = v.isoformat() if isinstance(v, (_dt.date, _dt.datetime)) else str(v)
    err = rec.get("error")
    return rid, meta, rec.get("text"), warns, err if isinstance(err, dict) else None


def extract_many(
    records: Iterable[dict], *, nlp: Language | None = None, batch_size: int = 64, n_process: int = 1
) -> Iterator[ArticleResult]:
    """Extract from many ``{"id", "text", "meta": {"published"}}`` records, in input order.

    A record that fails becomes an error record; the others still come out. Optional record
    keys ``warnings`` (list of str, e.g. from a reader) are added to the result's warnings,
    and ``error`` (``{"type", "message"}``) makes the record an error record without running it.
    Each article's result does not depend on the other articles in its batch.
    """
    nlp = nlp or load()
    limit = min(MAX_CHARS, nlp.max_length)  # spaCy refuses longer texts
    pending: list[tuple[str, dict, list[str], str | None, str, str | None]] = []

    def fresh(text: str, meta: dict) -> Doc:
        return make_doc(nlp, text, meta.get("published"))

    def flush() -> Iterator[ArticleResult]:
        good = [(i, p) for i, p in enumerate(pending) if p[3] is None]
        outs: dict[int, ArticleResult] = {}
        docs: list[Doc] = []
        ok: list[tuple[int, tuple]] = []
        with _zone(nlp):  # (the Docs live only inside it: each becomes a plain result here)
            for i, p in good:
                try:
                    docs.append(fresh(p[4], p[1]))
                    ok.append((i, p))
                except Exception as exc:  # noqa: BLE001  (e.g. the tokenizer failed on this text)
                    outs[i] = _safe_error(p[0], exc, p[4], p[1])
            processed: list[Doc | Exception]
            try:
                processed = list(nlp.pipe(docs, batch_size=batch_size, n_process=n_process))
            except Exception:  # noqa: BLE001  one bad article must not sink the batch: redo one by one
                processed = []
                for _, (_rid, meta, _w, _e, text, _t) in ok:
                    try:
                        processed.append(nlp(fresh(text, meta)))  # a fresh Doc: no half-done state
                    except Exception as exc:  # noqa: BLE001
                        processed.append(exc)
            for (i, (rid, meta, w, _e, text, _t)), d in zip(ok, processed, strict=True):
                if isinstance(d, Exception):
                    outs[i] = _safe_error(rid, d, text, meta)
                    outs[i].warnings = [ResultWarning(code="input", message=m) for m in w]
                else:
                    try:
                        outs[i] = doc_to_result(d, rid, meta, w)
                    except Exception as exc:  # noqa: BLE001
                        outs[i] = _safe_error(rid, exc, text, meta)
            docs.clear()
            processed.clear()
        for i, (rid, meta, w, err, _text, etype) in enumerate(pending):
            if i in outs:
                yield outs[i]
            else:
                res = _safe_error(rid, err or "failed", "", meta, etype)
                res.warnings = [ResultWarning(code="input", message=m) for m in w]
                yield res
        pending.clear()

    for n, rec in enumerate(records):
        rid, meta, raw, rwarn, rerr = _record_fields(rec, n)
        if rerr is not None:
            pending.append((rid, meta, rwarn, str(rerr.get("message") or "input error"), "", str(rerr.get("type") or "InputError")))
        else:
            text, warn, err = _prepare(raw, limit)
            pending.append((rid, meta, rwarn + warn, err, text or "", None))
        if len(pending) >= batch_size * max(1, n_process):
            yield from flush()
    if pending:
        yield from flush()
