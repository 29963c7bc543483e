"""spaCy ``Doc``/``Span`` extensions that carry kemiskinan_ie's results inside a ``Doc``.

Users who stay in spaCy read everything from here; ``pipeline.doc_to_result`` turns the same
information into the pydantic ``ArticleResult``.

* ``doc._.published``: the article's publication date as given (ISO string or None)
* ``doc._.article_date``: ``datetime.date`` used for relative years (published, else the dateline)
* ``doc._.span_attrs``: ``{"LABEL:start:end": {attr: value}}`` (string keys serialise) for tagged spans
* ``doc._.figures``: list of figure dicts (schema.Figure fields)
* ``doc._.warnings``: list of warning dicts (schema.ResultWarning fields)
* ``span._.attrs``: the attributes of one span (read from ``doc._.span_attrs``)
"""

from __future__ import annotations

from spacy.tokens import Doc, Span


def _span_attrs(span: Span) -> dict:
    table = span.doc._.span_attrs
    if not table:
        return {}
    return table.get(f"{span.label_}:{span.start_char}:{span.end_char}", {})


def register() -> None:
    """Register the extensions once (idempotent)."""
    if Doc.has_extension("figures"):
        return
    Doc.set_extension("published", default=None)
    Doc.set_extension("article_date", default=None)
    Doc.set_extension("span_attrs", default=None)
    Doc.set_extension("figures", default=None)
    Doc.set_extension("warnings", default=None)
    Span.set_extension("attrs", getter=_span_attrs)


#: where spaCy keeps ``doc._.span_attrs`` (read directly: ``doc._`` builds an object per access)
_TABLE_KEY = ("._.", "span_attrs", None, None)


def doc_ext(doc: Doc, name: str):
    """``doc._.<name>`` for a Doc extension registered here (all default to None and have no
    getter), read from where spaCy keeps it without building ``doc._``."""
    return doc.user_data.get(("._.", name, None, None))


def set_doc_ext(doc: Doc, name: str, value) -> None:
    """``doc._.<name> = value`` for a Doc extension registered here (no setter), written where
    spaCy keeps it without building ``doc._``."""
    doc.user_data[("._.", name, None, None)] = value


def _table(doc: Doc) -> dict:
    """``doc._.span_attrs``, made when missing."""
    table = doc.user_data.get(_TABLE_KEY)
    if table is None:  # (``doc._.span_attrs`` is None then too: it has no getter)
        table = {}
        doc.user_data[_TABLE_KEY] = table
    return table


def set_span_attrs(doc: Doc, label: str, start: int, end: int, attrs: dict) -> None:
    """Attach attributes to the span ``(label, start_char, end_char)``."""
    _table(doc)[f"{label}:{start}:{end}"] = attrs


def set_many_span_attrs(doc: Doc, label: str, items: list[tuple[int, int, dict]]) -> None:
    """``set_span_attrs`` for many ``(start_char, end_char, attrs)`` of one label."""
    if not items:
        return
    table = _table(doc)
    for start, end, attrs in items:
        table[f"{label}:{start}:{end}"] = attrs


register()
