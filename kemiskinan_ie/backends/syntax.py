"""Read POS tags and dependencies when a backend put them in the Doc (and say so when it did not).

The rule components work without any of this. With ``backend="stanza"`` and a parser model,
``noun_head_of`` finds the noun a number belongs to ("7.064 jiwa penduduk miskin" -> the noun
the quantity modifies), which the relation layer can use before falling back to word distance.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

#: Universal POS tags counted as nominal heads.
NOMINAL = frozenset({"NOUN", "PROPN"})
#: Dependency labels whose dependent is the subject a nominal predicate (a number) talks about.
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj"})
#: Tags a number may pass through on its way up to the noun ("sebanyak 7.064 jiwa": NUM -> NOUN unit).
_PASS_THROUGH = frozenset({"NUM", "SYM", "X", "PUNCT", "DET", "ADP"})


def has_pos(doc: Doc) -> bool:
    """True when every token of ``doc`` carries a part-of-speech tag from a backend."""
    return len(doc) > 0 and doc.has_annotation("POS", require_complete=True)


def has_syntax(doc: Doc) -> bool:
    """True when ``doc`` has dependency arcs (``token.dep_``/``token.head``) from a parser."""
    return len(doc) > 0 and doc.has_annotation("DEP")


def noun_head_of(span: Span, max_steps: int = 4) -> Token | None:
    """The nominal head (``NOUN``/``PROPN`` outside ``span``) that a number span attaches to.

    Walks up from the span's root through number-like tokens (at most ``max_steps`` arcs). When
    the number is itself a predicate ("Jumlahnya 7.064") or hangs from a verb or adjective
    ("Jumlah penduduk miskin mencapai 7.064"), that predicate's nominal subject is returned.
    Returns ``None`` when the Doc has no dependencies or no such noun is found.
    """
    doc = span.doc
    if not has_syntax(doc) or len(span) == 0:
        return None
    tok = span.root
    for _ in range(max_steps):
        head = tok.head
        if head.i == tok.i:  # sentence root: a nominal predicate names its subject
            return _nominal_subject(tok, span)
        if span.start <= head.i < span.end:
            tok = head
            continue
        if head.pos_ in NOMINAL:
            return head
        if head.pos_ in _PASS_THROUGH:
            tok = head
            continue
        return _nominal_subject(head, span) if head.pos_ in ("VERB", "AUX", "ADJ") else None
    return None


def _nominal_subject(tok: Token, span: Span) -> Token | None:
    for child in tok.children:
        if child.dep_ in SUBJECT_DEPS and child.pos_ in NOMINAL and not (span.start <= child.i < span.end):
            return child
    return None
