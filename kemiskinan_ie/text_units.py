"""Sentences and clauses as character ranges, found with compiled regexes.

The relation layer scopes context to these units: a year named earlier in the clause, the
region of the sentence, the period carried over from the previous sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right

# a sentence ends at . ! ? (not inside numbers or after short abbreviations) or at a newline
_SENT_END_RE = re.compile(
    r"""(?:(?<!\b[A-Z])(?<!\bNo)(?<!\bKab)(?<!\bKec)(?<!\bKel)(?<!\bProv)(?<!\bRp)(?<!\bDr)(?<!\bH)(?<!\bJl)(?<!\bSt)"""
    r"""[.!?]+["”’')]*(?=\s+["“‘(]?[A-Z0-9])|\n+)"""
)
# clause boundaries inside a sentence
_CLAUSE_RE = re.compile(
    r"(?:;|,(?!\d)|\s(?:sedangkan|sementara|namun|tetapi|lalu|kemudian|serta|dan|sehingga|padahal|atau)\s)"
)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence ranges ``(start, end)`` covering the non-blank text."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END_RE.finditer(text):
        end = m.end()
        _push(text, start, end, out)
        start = end
    _push(text, start, len(text), out)
    return out


def _push(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause ranges inside ``text[start:end]``."""
    out: list[tuple[int, int]] = []
    s = start
    for m in _CLAUSE_RE.finditer(text, start, end):
        if m.start() > s:
            out.append((s, m.start()))
        s = m.start() if m.group().strip() not in {",", ";"} else m.end()
    if end > s:
        out.append((s, end))
    return out


class Index:
    """Find the unit (sentence or clause) that contains an offset."""

    def __init__(self, ranges: list[tuple[int, int]]):
        self.ranges = ranges
        self.starts = [r[0] for r in ranges]

    def find(self, pos: int) -> int:
        """Index of the range containing ``pos`` (or the last one starting before it), -1 if none."""
        return bisect_right(self.starts, pos) - 1
