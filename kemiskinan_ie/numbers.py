"""Indonesian numerals: separators and scale words.

Indonesian writes ``.`` for thousands and ``,`` for decimals, but news copy mixes conventions.
``parse_number`` resolves a written number with the unit it measures as evidence:

>>> parse_number("7.064,00")
7064.0
>>> parse_number("7,821", unit_family="persons")
7821.0
>>> parse_number("5.32")
5.32
>>> parse_number("441.448")
441448.0
>>> parse_number("1,14", scale="juta")
1140000.0
"""

from __future__ import annotations

import re

#: scale words and their multipliers (lower case)
SCALES: dict[str, float] = {
    "ribu": 1e3,
    "rb": 1e3,
    "rebu": 1e3,
    "juta": 1e6,
    "jt": 1e6,
    "miliar": 1e9,
    "milyar": 1e9,
    "m": 1e9,
    "triliun": 1e12,
    "trilyun": 1e12,
    "t": 1e12,
    "ratus": 1e2,
    "ratus ribu": 1e5,
    # spoken "-an" forms (an approximation: "Rp800 jutaan") and Javanese "ewu", "yuta"
    "ribuan": 1e3,
    "jutaan": 1e6,
    "miliaran": 1e9,
    "ewu": 1e3,
    "yuta": 1e6,
}
#: the scale words that also say the amount is approximate
APPROX_SCALES = frozenset({"ribuan", "jutaan", "miliaran"})

_NUM_RE = re.compile(r"^\d+(?:[.,]\d+)*$")


def parse_number(raw: str, *, scale: str | None = None, unit_family: str | None = None) -> float | None:
    """Parse a written number (digits with ``.``/``,``) into a float, or None if malformed.

    ``scale`` is a following scale word (ribu, juta, miliar, triliun); ``unit_family`` one of
    ``persons``, ``households``, ``count``, ``idr``, ``pct``, ``bare`` helps with ``7,821``-style
    English thousands separators, which only make sense for whole counts and Rupiah.
    """
    s = raw.strip()
    if s.isdecimal():  # digits only (most numbers): what the general path below gives too
        value = float(s)
        if scale:
            value *= SCALES.get(scale.lower().rstrip("."), 1.0)
        return value
    if not _NUM_RE.match(s):
        return None
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        # the later separator is the decimal one
        if s.rfind(",") > s.rfind("."):
            value = float(s.replace(".", "").replace(",", "."))
        else:
            value = float(s.replace(",", ""))
    elif dots > 1:
        value = float(s.replace(".", ""))
    elif commas > 1:
        value = float(s.replace(",", ""))
    elif dots == 1:
        head, tail = s.split(".")
        if len(tail) == 3 and head != "0" and unit_family != "pct" and scale is None:
            value = float(head + tail)  # 441.448 -> thousands
        else:
            value = float(s)
    elif commas == 1:
        head, tail = s.split(",")
        if (
            len(tail) == 3
            and head != "0"
            and scale is None
            and unit_family in ("persons", "households", "count", "idr")
        ):
            value = float(head + tail)  # 7,821 jiwa, Rp 397,563 -> English thousands
        else:
            value = float(head + "." + tail)
    else:
        value = float(s)
    if scale:
        value *= SCALES.get(scale.lower().rstrip("."), 1.0)
    return value


def tidy(value: float) -> float | int:
    """Return an int when the value is whole, else the float rounded to 6 decimals."""
    if type(value) is float and value.is_integer() and -1e16 < value < 1e16:  # whole: round keeps it
        return int(value)
    r = round(value, 6)
    if abs(r - round(r)) < 1e-9 * max(1.0, abs(r)) and abs(r) < 1e16:
        return int(round(r))
    return r
