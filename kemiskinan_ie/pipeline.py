"""Assemble the spaCy pipeline once, and turn processed ``Doc`` objects into ``ArticleResult``.

``load()`` builds (and caches) the Language; ``extract()`` runs one article; ``extract_many()``
runs a batch through ``nlp.pipe``. Bad input never raises from ``extract``: it yields an
error record or an empty result.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401  (registers Doc/Span extensions)
from .schema import ArticleMeta, ArticleResult, Boilerplate, Entity, EntityAttrs, Figure, ResultWarning
from .tokenizer import RegexTokenizer

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

_CTRL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CACHE: dict[tuple, Language] = {}
_LOCK = threading.Lock()


def models_dir() -> Path:
    """Where shipped models live: ``$KEMISKINAN_IE_MODELS`` or the project's ``models/``."""
    env = os.environ.get("KEMISKINAN_IE_MODELS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / "models"


def build(*, ner: bool = False, backend: str = "default", stanza_dir: str | os.PathLike | None = None) -> Language:
    """Build a fresh Language (no caching). See ``load`` for the arguments."""
    from . import components  # noqa: F401  (registers factories)

    nlp = spacy.blank("id")
    nlp.tokenizer = RegexTokenizer(nlp.vocab)
    if backend == "stanza":
        from .backends.stanza_backend import add_stanza_backend

        add_stanza_backend(nlp, stanza_dir)
    elif backend != "default":
        raise ValueError(f"unknown backend {backend!r}: use 'default' or 'stanza'")
    for name in RULE_COMPONENTS:
        if name == "kie_places" and ner:
            from .components.stat_ner import add_stat_ner

            add_stat_ner(nlp, models_dir())
        if name in Language.factories:
            nlp.add_pipe(name)
    return nlp


def load(
    *, ner: bool | None = None, backend: str = "default", stanza_dir: str | os.PathLike | None = None
) -> Language:
    """Return the kemiskinan_ie spaCy pipeline (built once per process and argument set).

    ner: add the statistical NER model shipped in ``models/`` (default: off, rules only).
    backend: ``"default"`` or ``"stanza"`` (POS/lemma/dependencies from a local Stanza model
    in ``stanza_dir``; needs ``pip install kemiskinan-ie[stanza]``).
    """
    key = (bool(ner), backend, str(stanza_dir) if stanza_dir else None)
    with _LOCK:
        nlp = _CACHE.get(key)
        if nlp is None:
            nlp = build(ner=bool(ner), backend=backend, stanza_dir=stanza_dir)
            _CACHE[key] = nlp
    return nlp


def clean_text(text: str) -> tuple[str, list[str]]:
    """Make text safe to process without moving offsets; return it and warnings.

    Control characters other than newline/tab are replaced one-for-one by spaces so that
    offsets into the original string stay valid.
    """
    warnings: list[str] = []
    if _CTRL_RE.search(text):
        text = _CTRL_RE.sub(" ", text)
        warnings.append("control characters replaced by spaces")
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
    doc._.published = parse_published(published)
    return doc


def doc_to_result(doc: Doc, id: str, meta: dict | None = None, warnings: Iterable[str] = ()) -> ArticleResult:
    """Convert a processed Doc into the public ``ArticleResult``."""
    ents: list[Entity] = []
    table = doc._.span_attrs or {}

    def entity(span, label: str) -> Entity:
        a = table.get(f"{label}:{span.start_char}:{span.end_char}")
        return Entity(
            label=label,
            text=span.text,
            start=span.start_char,
            end=span.end_char,
            attrs=EntityAttrs(**a) if a else None,
        )

    for span in doc.ents:
        ents.append(entity(span, span.label_))
    for key, label in (("quantity", "QUANTITY"), ("date", "DATE"), ("metric", "METRIC")):
        if key in doc.spans:
            for span in doc.spans[key]:
                ents.append(entity(span, label))
    ents.sort(key=lambda e: (e.start, e.end, e.label))
    boiler = []
    if "boilerplate" in doc.spans:
        boiler = [Boilerplate(start=s.start_char, end=s.end_char, kind=s.label_ or None) for s in doc.spans["boilerplate"]]
    figures = [Figure(**f) for f in (doc._.figures or [])]
    warns = [ResultWarning(**w) for w in (doc._.warnings or [])]
    warns.extend(ResultWarning(code="input", message=m) for m in warnings)
    meta = dict(meta or {})
    if doc._.published and not meta.get("published"):
        meta["published"] = doc._.published
    return ArticleResult(
        id=str(id),
        text=doc.text,
        meta=ArticleMeta(**meta),
        article_date=doc._.article_date,
        entities=ents,
        figures=figures,
        boilerplate=boiler,
        warnings=warns,
    )


def _prepare(text: Any) -> tuple[str | None, list[str], str | None]:
    """Validate one input text: (text or None, warnings, error message)."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
        warn = ["input bytes decoded as UTF-8 with replacement"]
    else:
        warn = []
    if not isinstance(text, str):
        return None, warn, f"text must be a string, got {type(text).__name__}"
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
        warn.append(f"text truncated to {MAX_CHARS} characters")
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


def extract_many(
    records: Iterable[dict], *, nlp: Language | None = None, batch_size: int = 64, n_process: int = 1
) -> Iterator[ArticleResult]:
    """Extract from many ``{"id", "text", "meta": {"published"}}`` records, in input order.

    A record that fails becomes an error record; the others still come out.
    """
    nlp = nlp or load()
    pending: list[tuple[str, dict, list[str], str | None, str]] = []

    def flush() -> Iterator[ArticleResult]:
        good = [(i, p) for i, p in enumerate(pending) if p[3] is None]
        docs = []
        for _, (rid, meta, _w, _e, text) in good:
            docs.append(make_doc(nlp, text, meta.get("published")))
        outs: dict[int, ArticleResult] = {}
        try:
            processed = list(nlp.pipe(docs, batch_size=batch_size, n_process=n_process))
        except Exception:  # one bad article must not sink the batch: redo one by one
            processed = []
            for (_, (rid, meta, _w, _e, text)), d in zip(good, docs):
                try:
                    processed.append(nlp(d))
                except Exception as exc:  # noqa: BLE001
                    processed.append(exc)
        for (i, (rid, meta, w, _e, text)), d in zip(good, processed):
            if isinstance(d, Exception):
                outs[i] = ArticleResult.error_record(rid, d, text=text, meta=meta)
            else:
                try:
                    outs[i] = doc_to_result(d, rid, meta, w)
                except Exception as exc:  # noqa: BLE001
                    outs[i] = ArticleResult.error_record(rid, exc, text=text, meta=meta)
        for i, (rid, meta, _w, err, text) in enumerate(pending):
            yield outs[i] if i in outs else ArticleResult.error_record(rid, err or "failed", meta=meta)
        pending.clear()

    for n, rec in enumerate(records):
        rid = str(rec.get("id", n)) if isinstance(rec, dict) else str(n)
        meta = dict(rec.get("meta") or {}) if isinstance(rec, dict) else {}
        for k in ("published", "title", "source"):
            if isinstance(rec, dict) and k in rec and k not in meta:
                meta[k] = rec[k]
        raw = rec.get("text") if isinstance(rec, dict) else rec
        text, warn, err = _prepare(raw)
        pending.append((rid, meta, warn, err, text or ""))
        if len(pending) >= batch_size * max(1, n_process):
            yield from flush()
    if pending:
        yield from flush()
