"""Shared plumbing of the rule components: spans from character offsets, serialisation, state.

Components work on ``doc.text`` with compiled regexes (C speed) and only turn their results into
spaCy spans at the end. Intermediate results that later components need (resolved places,
quantities, dates, cues) live in ``doc.user_data["kie"]``, a dict of plain lists.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, SpanGroup

try:  # the regex parser/compiler, used to derive fast equivalents of data-built patterns
    from re import _compiler as _sre_compile
    from re import _constants as _sre_c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _sre_compile  # noqa: F401
    import sre_constants as _sre_c  # noqa: F401
    import sre_parse as _sre_parse  # noqa: F401

STATE_KEY = "kie"
_DIGIT_RE = re.compile(r"\d")


# --- regex speed-ups that never change what a pattern matches --------------------------------

_CATEGORY_CLASS = {
    _sre_c.CATEGORY_DIGIT: r"\d", _sre_c.CATEGORY_NOT_DIGIT: r"\D", _sre_c.CATEGORY_SPACE: r"\s",
    _sre_c.CATEGORY_NOT_SPACE: r"\S", _sre_c.CATEGORY_WORD: r"\w", _sre_c.CATEGORY_NOT_WORD: r"\W",
}


def _first_chars(data) -> tuple[list[str] | None, bool]:
    """Character-class items that can start a match of the parsed sequence ``data`` (None when
    unknown), and whether the sequence can match without consuming anything."""
    c = _sre_c
    parts: list[str] = []
    for op, av in data:
        if op is c.AT or op is c.ASSERT or op is c.ASSERT_NOT:
            continue  # zero width: the next item decides
        if op is c.LITERAL:
            parts.append(f"\\U{av:08x}")
            return parts, False
        if op is c.IN:
            for o, a in av:
                if o is c.LITERAL:
                    parts.append(f"\\U{a:08x}")
                elif o is c.RANGE:
                    parts.append(f"\\U{a[0]:08x}-\\U{a[1]:08x}")
                elif o is c.CATEGORY and a in _CATEGORY_CLASS:
                    parts.append(_CATEGORY_CLASS[a])
                else:
                    return None, False
            return parts, False
        if op is c.BRANCH:
            nullable = False
            for alt in av[1]:
                sub, n = _first_chars(alt.data)
                if sub is None:
                    return None, False
                parts += sub
                nullable = nullable or n
            if not nullable:
                return parts, False
            continue
        if op is c.SUBPATTERN:
            _group, add, drop, sub_p = av
            if add or drop:
                return None, False
            sub, n = _first_chars(sub_p.data)
            if sub is None:
                return None, False
            parts += sub
            if not n:
                return parts, False
            continue
        if op is c.MAX_REPEAT or op is c.MIN_REPEAT:
            lo, _hi, sub_p = av
            sub, n = _first_chars(sub_p.data)
            if sub is None:
                return None, False
            parts += sub
            if lo > 0 and not n:
                return parts, False
            continue
        return None, False
    return parts, True


def first_char_gate(pattern: str, flags: int = 0) -> str:
    """A lookahead ``(?=[...])`` over the characters a match of ``pattern`` (compiled with
    ``flags``) can start with, or ``""`` when that cannot be derived. Put in front of one
    alternative of a long alternation, it lets the engine skip that alternative in one step."""
    try:
        parts, nullable = _first_chars(_sre_parse.parse(pattern, flags).data)
    except (re.error, RecursionError, TypeError, ValueError):  # pragma: no cover
        return ""
    if parts is None or nullable or not parts:
        return ""
    return "(?=[" + "".join(dict.fromkeys(parts)) + "])"


def gated(rx: re.Pattern) -> re.Pattern:
    """``rx`` with a leading one-character lookahead built from the characters its matches can
    start with. Python's ``re`` does not skip ahead for a pattern that opens with a lookbehind and a
    long (case-insensitive) alternation; the gate rejects most positions in one step. Matches,
    groups and ``lastgroup`` are the same as ``rx``'s; ``rx`` itself is returned when no gate can be
    derived."""
    if not isinstance(rx.pattern, str):
        return rx
    gate = first_char_gate(rx.pattern, rx.flags)
    if not gate:
        return rx
    close = "\n)" if rx.flags & re.VERBOSE else ")"
    try:
        return re.compile(gate + "(?:" + rx.pattern + close, rx.flags)
    except re.error:  # pragma: no cover - keep the original
        return rx


class _NotReversible(Exception):
    pass


def _reverse_seq(sub):
    return _sre_parse.SubPattern(sub.state, [_reverse_item(op, av, sub.state) for op, av in reversed(sub.data)])


def _reverse_item(op, av, state):
    c = _sre_c
    if op is c.LITERAL or op is c.NOT_LITERAL or op is c.IN or op is c.ANY:
        return op, av
    if op is c.BRANCH:
        return op, (None, [_reverse_seq(a) for a in av[1]])
    if op is c.SUBPATTERN:
        _group, add, drop, sub = av
        return op, (None, add, drop, _reverse_seq(sub))
    if op is c.MAX_REPEAT or op is c.MIN_REPEAT:
        lo, hi, sub = av
        return op, (lo, hi, _reverse_seq(sub))
    if op is c.ASSERT or op is c.ASSERT_NOT:
        direction, sub = av
        return op, (-direction, _reverse_seq(sub))
    if op is c.AT:
        swap = {
            c.AT_BEGINNING: c.AT_END_STRING, c.AT_BEGINNING_STRING: c.AT_END_STRING,
            c.AT_END: c.AT_BEGINNING_STRING, c.AT_END_STRING: c.AT_BEGINNING_STRING,
            c.AT_BOUNDARY: c.AT_BOUNDARY, c.AT_NON_BOUNDARY: c.AT_NON_BOUNDARY,
        }
        if av not in swap:
            raise _NotReversible(av)
        return op, swap[av]
    raise _NotReversible(op)


class SuffixSearch:
    """``bool(rx.search(s))`` for a pattern that must end at the end of ``s`` (``...$``), run as one
    anchored match of the mirrored pattern over the reversed string instead of a search from
    every start position. Falls back to ``rx.search`` when the pattern cannot be mirrored or
    ``s`` ends with a newline (where ``$`` also matches before it)."""

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        self.rev: re.Pattern | None = None
        if not isinstance(rx.pattern, str) or rx.flags & re.MULTILINE:
            return
        try:
            tree = _sre_parse.parse(rx.pattern, rx.flags)
            if not tree.data or tree.data[-1] not in ((_sre_c.AT, _sre_c.AT_END), (_sre_c.AT, _sre_c.AT_END_STRING)):
                return
            self.rev = _sre_compile.compile(_reverse_seq(tree), rx.flags)
        except (_NotReversible, re.error, RecursionError, TypeError, ValueError, AttributeError):
            self.rev = None

    def __reduce__(self):
        # the mirrored pattern has no source string to pickle: rebuild it from ``rx``
        return (SuffixSearch, (self.rx,))

    def found(self, s: str, reversed_s: str | None = None) -> bool:
        """True when ``rx.search(s)`` finds a match; ``reversed_s`` is ``s[::-1]`` when known."""
        if self.rev is None or s.endswith("\n"):
            return self.rx.search(s) is not None
        return self.rev.match(s[::-1] if reversed_s is None else reversed_s) is not None


def state(doc: Doc) -> dict[str, Any]:
    """The per-document working state shared by the components."""
    st = doc.user_data.get(STATE_KEY)
    if st is None:
        st = {}
        doc.user_data[STATE_KEY] = st
    return st


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once (spaCy rebuilds it from the tokens on every access)."""
    st = state(doc)
    text = st.get("text")
    if text is None:
        text = doc.text
        st["text"] = text
    return text


def sentence_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Sentence character ranges (``text_units.sentences``), computed once per Doc."""
    st = state(doc)
    sents = st.get("sentences")
    if sents is None:
        from ..text_units import sentences

        sents = sentences(doc_text(doc))
        st["sentences"] = sents
    return sents


def numeric_windows(doc: Doc) -> list[tuple[int, int]]:
    """Ranges that can hold a statistic's context: each sentence with a digit, joined with the
    sentence before it (context carries over one sentence). Cue and date scanning is limited to
    these; most sentences of an article have no number at all."""
    st = state(doc)
    wins = st.get("numeric_windows")
    if wins is None:
        text = doc_text(doc)
        sents = sentence_ranges(doc)
        wins = []
        for i, (s, e) in enumerate(sents):
            if _DIGIT_RE.search(text, s, e):
                start = sents[i - 1][0] if i else s
                if wins and start <= wins[-1][1]:
                    wins[-1] = (wins[-1][0], e)
                else:
                    wins.append((start, e))
        st["numeric_windows"] = wins
    return wins


def char_span(doc: Doc, start: int, end: int, label: str = "") -> Span | None:
    """A token span covering ``[start, end)`` (expanded to token boundaries)."""
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def add_spans(doc: Doc, key: str, items: list[tuple[int, int, str]]) -> list[Span]:
    """Store ``(start, end, label)`` character ranges as ``doc.spans[key]``."""
    spans = []
    for s, e, label in items:
        sp = char_span(doc, s, e, label)
        if sp is not None:
            spans.append(sp)
    doc.spans[key] = SpanGroup(doc, name=key, spans=spans)
    return spans


def boilerplate_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of boilerplate found by ``kie_boilerplate``."""
    return state(doc).get("boilerplate", [])


def in_ranges(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    """True when ``[start, end)`` overlaps any of the ranges."""
    for s, e in ranges:
        if start < e and s < end:
            return True
    return False


class Component:
    """Base class: config-only serialisation, like spaCy's rule components."""

    name = "kie_component"
    cfg: dict[str, Any]

    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "cfg.json").write_text(json.dumps(self.cfg, sort_keys=True), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> Component:
        p = Path(path) / "cfg.json"
        if p.exists():
            self.cfg = json.loads(p.read_text(encoding="utf-8"))
        return self

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)

    def __call__(self, doc: Doc) -> Doc:  # pragma: no cover - overridden
        return doc


def set_entities(doc: Doc, items: list[tuple[int, int, str]], replace_overlapping: bool = True,
                 write: bool = True) -> None:
    """Add ``(start, end, label)`` entities, dropping earlier ones they overlap, and write ``doc.ents``
    (``write=False`` defers the spaCy spans to a later component: the last entity component writes).

    The current entities are kept as character ranges in ``state(doc)["ents"]`` so components never
    read ``doc.ents`` back (that getter walks every token).
    """
    st = state(doc)
    current: list[tuple[int, int, str]] = st.get("ents", [])
    if replace_overlapping and items and current:
        # c overlaps an item when some item starting before c's end ends after c's start:
        # items by start, with the running maximum of their ends
        by_start = sorted((s, e) for s, e, _ in items)
        starts = [s for s, _ in by_start]
        max_end: list[int] = []
        top = None
        for _, e in by_start:
            top = e if top is None or e > top else top
            max_end.append(top)
        kept_current = []
        for c in current:
            k = bisect_left(starts, c[1])
            if not (k and max_end[k - 1] > c[0]):
                kept_current.append(c)
        current = kept_current
    merged = sorted(current + list(items))
    kept: list[tuple[int, int, str]] = []
    for it in merged:
        if kept and it[0] < kept[-1][1]:
            if (it[1] - it[0]) > (kept[-1][1] - kept[-1][0]):
                kept[-1] = it
            continue
        kept.append(it)
    st["ents"] = kept
    if not write:
        return
    spans = []
    for s, e, label in kept:
        sp = char_span(doc, s, e, label)
        if sp is not None and (not spans or sp.start >= spans[-1].end):
            spans.append(sp)
    st["ents"] = kept
    doc.set_ents(spans, default="outside")


def defer_entities(nlp) -> bool:
    """True when ``kie_officials`` runs later in ``nlp`` and will write ``doc.ents`` once for all
    entity components (creating spaCy spans four times over costs more than finding them)."""
    names = getattr(nlp, "pipe_names", ())
    return "kie_officials" in names
