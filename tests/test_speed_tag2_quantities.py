"""The quantity tagger's shortcuts give what the plain checks give."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from kemiskinan_ie.components.quantities import _PRE_EXCLUDE_RE, _pre_excluded
from kemiskinan_ie.numbers import parse_number, tidy
from kemiskinan_ie.regex_speed import lower_text

PIECES = ["Jalan", "jl.", "JL", "Jl", "jalan", "Ahmad", "Yani", "no.", "No", " ", "  ", "\n", "desil", "RT",
          "dan", ",", "/", "nomor", ":", "sebanyak", "warga", "İ", "ı", "K", "ſ", "x", "2", "hingga"]


def _check(before: str) -> None:
    low = lower_text(before)
    expected = _PRE_EXCLUDE_RE.search(before) is not None
    assert _pre_excluded(before, before[::-1], None if low is None else low[::-1]) == expected
    assert _pre_excluded(before, before[::-1], None) == expected


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_pre_excluded_equals_the_plain_search(pieces):
    _check("".join(pieces)[-30:])


def test_pre_excluded_examples():
    assert _pre_excluded("di Jalan Ahmad Yani No. ", " .oN inaY damhA nalaJ id", " .on inay damha nalaj id")
    assert not _pre_excluded("di pasar raya ", " ayar rasap id", " ayar rasap id")
    for before in ["warga desil 1 dan ", "Jl. Merdeka ", "sebanyak ", "JL Sudirman Gg ", "pada tahun "]:
        _check(before)


def _tidy_plain(value: float) -> float | int:
    r = round(value, 6)
    if abs(r - round(r)) < 1e-9 * max(1.0, abs(r)) and abs(r) < 1e16:
        return int(round(r))
    return r


def test_tidy_equals_rounding_rule():
    rnd = random.Random(11)
    values = [0.0, -0.0, 1e16, -1e16, 9999999999999998.0, 2.0 ** 53, 14.51, 1e300, 3, -7]
    values += [float(rnd.randint(-10 ** 17, 10 ** 17)) for _ in range(3000)]
    values += [rnd.uniform(-1e7, 1e7) for _ in range(3000)]
    for v in values:
        got, want = tidy(v), _tidy_plain(v)
        assert got == want and type(got) is type(want), v


def test_parse_number_digits_only():
    assert parse_number("2024") == 2024.0
    assert parse_number(" 86412 ") == 86412.0
    assert parse_number("12", scale="juta") == 12_000_000.0
    assert parse_number("٣٤") == 34.0  # Arabic-Indic digits are digits to the pattern too
    assert parse_number("") is None and parse_number("1.2.") is None
