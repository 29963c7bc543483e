"""Numbers written in Indonesian words: "tujuh puluh empat ribu" -> 74000, "satu koma dua" -> 1.2.

The words and their values live in ``data/number_words.yaml``. :func:`find_number_words` finds the
word sequences in a text (compiled once); :func:`words_value` turns one sequence into a number, or
``None`` when the words do not make one ("puluh dua", "ribu" alone).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from . import lexicon
from .regex_speed import gated


@cache
def _tables() -> dict:
    d = lexicon.load("number_words")
    return {
        "digits": {k.lower(): int(v) for k, v in d["digits"].items()},
        "wholes": {k.lower(): int(v) for k, v in d["wholes"].items()},
        "group": {k.lower(): v for k, v in d["group"].items()},
        "scales": {k.lower(): int(v) for k, v in d["scales"].items()},
        "one_scales": {k.lower(): int(v) for k, v in d["one_scales"].items()},
        "half_scales": {k.lower(): float(v) for k, v in (d.get("half_scales") or {}).items()},
        "decimal": d["decimal"].lower(),
    }


@cache
def sequence_pattern() -> str:
    """Regex source (no anchors, no flags) of a number written in words ("dua puluh tiga", "sebelas"):
    it opens with a digit word or a "se-" word and goes on with number words."""
    t = _tables()
    starts = list(t["digits"]) + list(t["wholes"]) + list(t["one_scales"])
    every = starts + list(t["group"]) + list(t["scales"]) + [t["decimal"]]
    start = lexicon.literal_alternation(starts)
    word = lexicon.literal_alternation(every)
    if t["half_scales"]:  # "setengah juta", "satu setengah juta": only with its scale word, and nothing after it
        half = lexicon.literal_alternation(list(t["half_scales"]))
        scale = lexicon.literal_alternation(list(t["scales"]))
        return rf"(?:(?:{start}(?:\s+{word})*\s+)?{half}\s+{scale}|{start}(?:\s+{word})*)"
    return rf"{start}(?:\s+{word})*"


@cache
def _sequence_re() -> re.Pattern:
    # a sequence is not glued to digits or other words
    return gated(re.compile(rf"(?<![\w-])(?<!\d\s){sequence_pattern()}(?![\w-])", re.I))


def words_value(words: str) -> float | int | None:
    """The number that ``words`` spell, or ``None`` when they do not spell one."""
    t = _tables()
    toks = words.lower().split()
    halves = [i for i, w in enumerate(toks) if w in t["half_scales"]]
    if halves:  # "setengah juta" = 500.000, "dua setengah juta" = 2.500.000
        i = halves[0]
        if len(halves) > 1 or i != len(toks) - 2 or toks[-1] not in t["scales"]:
            return None
        whole = _integer(toks[:i], t) if i else 0
        if whole is None:
            return None
        return int((whole + t["half_scales"][toks[i]]) * t["scales"][toks[-1]])
    if t["decimal"] in toks:
        i = toks.index(t["decimal"])
        whole, frac, rest = toks[:i], toks[i + 1:], []
        while frac and frac[-1] in t["scales"]:
            rest.insert(0, frac.pop())
        if not frac or len(rest) > 1:
            return None
        if all(w in t["digits"] for w in frac):
            decimals = "".join(str(t["digits"][w]) for w in frac)  # "satu koma dua lima" = 1.25
        else:
            # spoken style, the decimals read as a number: "lima koma empat puluh delapan" = 5.48
            n = _integer(frac, t) if not any(w in t["scales"] or w in t["one_scales"] for w in frac) else None
            if n is None:
                return None
            decimals = str(n)
        base = _integer(whole, t)
        if base is None:
            return None
        value = float(f"{base}.{decimals}")
        if rest:
            value *= t["scales"][rest[0]]
        return value
    return _integer(toks, t)


def _integer(toks: list[str], t: dict) -> int | None:
    total, group, digit = 0, 0, None
    last_scale = None
    for w in toks:
        if w in t["digits"]:
            if digit is not None:
                return None  # "dua tiga": not one number
            digit = t["digits"][w]
        elif w in t["wholes"]:
            if digit is not None:
                return None
            group += t["wholes"][w]
        elif w in t["group"]:
            if digit is None:
                return None  # "puluh" needs its digit
            mult = t["group"][w]
            group += digit + 10 if mult == "teen" else digit * int(mult)
            digit = None
        elif w in t["scales"] or w in t["one_scales"]:
            if w in t["one_scales"]:
                if digit is not None or group:
                    return None
                scale, group = t["one_scales"][w], 1
            else:
                scale = t["scales"][w]
                group += digit or 0
                digit = None
                if not group:
                    return None
            if last_scale is not None and scale >= last_scale:
                return None  # "dua ribu tiga ribu": scales must fall
            total += group * scale
            group, last_scale = 0, scale
        else:
            return None
    group += digit or 0
    total += group
    return total if toks else None


@cache
def _anchors() -> tuple[str, ...]:
    """Lower-case words of which a number of ten or more, or a decimal, holds at least one."""
    t = _tables()
    return tuple(sorted(set(t["group"]) | set(t["scales"]) | set(t["one_scales"]) | set(t["wholes"]) | {t["decimal"]}))


@cache
def _anchor_bases() -> tuple[tuple[str, tuple[tuple[str, int], ...]], ...] | None:
    """The anchors that hold no shorter anchor ("ribu", "puluh"), each with the anchors it stands in
    and where (("ribu", 0), ("seribu", 2)): finding the bases finds every anchor with half the
    ``str.find`` scans. None when an anchor is not a plain word (then each is searched itself)."""
    anchors = _anchors()
    if not all(a.isalnum() for a in anchors):
        return None
    bases = [b for b in anchors if not any(a != b and a in b for a in anchors)]
    held: dict[str, list[tuple[str, int]]] = {b: [] for b in bases}
    for a in anchors:
        base = next(b for b in bases if b in a)
        held[base].append((a, a.index(base)))
    return tuple((b, tuple(held[b])) for b in bases)


def _is_anchor_at(low: str, i: int, j: int) -> bool:
    """``low[i:j]`` is a whole word (no letter, digit or hyphen on either side) and no digit (or a
    separator) stands before it across spaces ("2 ribu")."""
    before = low[i - 1] if i else " "
    after = low[j] if j < len(low) else " "
    if before.isalnum() or before == "-" or after.isalnum() or after == "-":
        return False
    k = i - 1
    while k >= 0 and low[k] == " ":
        k -= 1
    return k < 0 or not (low[k].isdigit() or low[k] in ",.")


def _anchor_positions(text: str, start: int, end: int, low: str | None = None) -> list[tuple[int, int]]:
    """Where the anchor words stand as whole words, not right after digits ("2 ribu"); found with
    ``str.find`` over the lower-cased text (``low``: ``text.lower()`` when the caller has it), which
    is cheaper than a case-insensitive alternation."""
    low = text.lower() if low is None else low
    out = []
    bases = _anchor_bases()
    if bases is None:
        for w in _anchors():
            i = low.find(w, start, end)
            while i != -1:
                j = i + len(w)
                if _is_anchor_at(low, i, j):
                    out.append((i, j))
                i = low.find(w, j, end)
    else:
        for base, holders in bases:
            i = low.find(base, start, end)
            while i != -1:
                for word, offset in holders:
                    p = i - offset
                    q = p + len(word)
                    if p >= start and q <= end and low.startswith(word, p) and _is_anchor_at(low, p, q):
                        out.append((p, q))
                i = low.find(base, i + 1, end)
    out.sort()
    return out


def find_number_words(text: str, start: int = 0, end: int | None = None, *,
                      min_value: float = 0, low: str | None = None) -> Iterator[tuple[int, int, float | int]]:
    """``(start, end, value)`` of every number written in words in ``text[start:end]``.

    With ``min_value`` >= 10 only sequences holding a ten-or-more word or "koma" can qualify, so
    the scan starts from those (rarer) words instead of every "dua" or "satu" in the text; numbers
    below ``min_value`` (other than decimals) are left out. ``low`` is ``text.lower()`` when the
    caller has it already (offsets must match ``text``'s: ``regex_speed.lower_text`` gives such).
    """
    rx = _sequence_re()
    end = len(text) if end is None else end
    if min_value >= 10:
        spans: list[tuple[int, int]] = []
        for a_start, a_end in _anchor_positions(text, start, end, low):
            if spans and a_start < spans[-1][1]:
                continue  # inside the sequence found for an earlier anchor
            for m in rx.finditer(text, max(start, a_start - 80), min(end, a_end + 80)):
                if m.start() <= a_start and a_end <= m.end():
                    spans.append(m.span())
                    break
        matches = ((s, e) for s, e in spans)
    else:
        matches = (m.span() for m in rx.finditer(text, start, end))
    for s, e in matches:
        value = words_value(text[s:e])
        if value is None or (value < min_value and not isinstance(value, float)):
            continue
        yield s, e, value
