"""Sentences and clauses as character ranges, found with compiled regexes.

The relation layer scopes context to these units: a year named earlier in the clause, the
region of the sentence, the period carried over from the previous sentence.
"""

from __future__ import annotations

import re

from . import lexicon
from .regex_speed import with_start_set

#: the cue words of the splitter (``data/text_cues.yaml``), composed into the patterns below once
_CUES = lexicon.load("text_cues")

# a sentence ends at . ! ? followed by a capital or digit, or at a newline; the few candidates are
# then checked for abbreviations ("Kab. Balangan", "Rp. 390.979", "H. Achmadi") in Python; the
# leading lookahead (the characters both alternatives start with) lets the scan skip other text fast
_SENT_END_RE = re.compile(r"""(?=[.!?\n])(?:[.!?]+["”’')]*(?=\s+["“‘(]?[A-Z0-9])|\n+)""")
# the same pattern with those characters as its start set: the engine skips to them in one tight loop
_SENT_END_FAST = with_start_set(_SENT_END_RE)
_ABBREVIATIONS = tuple(_CUES["abbreviations"])
_ABBREV_RE = re.compile(r"(?:\b(?:[A-Z]|" + "|".join(_ABBREVIATIONS) + r")|\d)$")
#: the characters an abbreviation (or a single capital) can end with; a dot after any other letter or
#: sign (or a digit, which ``isdecimal`` tells) is not an abbreviation's
_ABBREV_LAST = frozenset(w[-1] for w in _ABBREVIATIONS) | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ\n")

# the number of a numbered list line, up to its dot: "\n1" of "\n1. Majene ..."
_LIST_MARKER_RE = re.compile(r"(?:^|\n)[ \t]*\d{1,2}$")

# clause boundaries inside a sentence
# ("lalu" after a time word ends a date, "September tahun lalu", not a clause): "lalu" is one more
# word after the shared "\s", and the time word is checked behind it once "lalu" has matched (the
# lookbehinds then run only after a "lalu", not at every space)
_LALU = _CUES["clause_word_unless_dated"]
_LALU_IN_DATE = "".join(f"(?<!{w}\\s{_LALU})" for w in _CUES["dated_by"])
# every match starts with ";", "," or a space: the start set lets the scan skip other characters
_CLAUSE_RE = with_start_set(re.compile(
    r"(?:;|,(?!\d)|\s(?:" + "|".join(_CUES["clause_words"] + [_LALU]) + _LALU_IN_DATE + r")\s)"
))


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence ranges ``(start, end)`` covering the non-blank text."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END_FAST.finditer(text):
        ms, end = m.span()
        if end - ms == 1 and text[ms] == "." and ms and (text[ms - 1] in _ABBREV_LAST or text[ms - 1].isdecimal()) \
                and _ABBREV_RE.search(text, max(0, ms - 5), ms):
            if not text[ms - 1].isdigit() or text[end:end + 2].strip()[:1].isdigit():
                continue
            if _LIST_MARKER_RE.search(text, max(0, ms - 4), ms):
                continue  # "1. Majene: 13,88 persen": the number of a list line opens its sentence
        # (``_push``, written out: this runs for every sentence end)
        s, e = start, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
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


# a dateline with its outlet: "MAMUJU, SULBARKINI.com –", "JAKARTA, ANTARA (Reuters) -"
_OUTLET_RE = re.compile(r"\s*[A-Z][A-Za-z .'-]{1,40},\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\s*(?:\([^)]{0,30}\)\s*)?[-–—]\s")


def outlet_range(text: str) -> tuple[int, int] | None:
    """The outlet's name in a dateline ("MAMUJU, SULBARKINI.com –" -> "SULBARKINI.com"), or None."""
    pos = 0
    for _ in range(3):  # the dateline opens the article, maybe after a headline line
        m = _OUTLET_RE.match(text, pos)
        if m:
            return m.start(1), m.end(1)
        nl = text.find("\n", pos, pos + 300)
        if nl < 0:
            return None
        pos = nl + 1
        while pos < len(text) and text[pos] in "\r\n":
            pos += 1
    return None
