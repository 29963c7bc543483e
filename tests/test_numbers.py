"""Indonesian numerals: separator conventions, scale words."""

import pytest

from kemiskinan_ie.numbers import parse_number, tidy


@pytest.mark.parametrize(
    "raw, kw, value",
    [
        ("7.064,00", {}, 7064.0),
        ("7,821", {"unit_family": "persons"}, 7821.0),
        ("7,75", {"unit_family": "pct"}, 7.75),
        ("5.32", {"unit_family": "pct"}, 5.32),
        ("441.448", {}, 441448.0),
        ("1,14", {"scale": "juta"}, 1140000.0),
        ("25,90", {"scale": "juta"}, 25900000.0),
        ("915,15", {"scale": "ribu"}, 915150.0),
        ("1.173,530", {"scale": "ribu"}, 1173530.0),
        ("69,276", {"scale": "miliar"}, 69276000000.0),
        ("1.516.915.258.000", {}, 1516915258000.0),
        ("0,88", {}, 0.88),
    ],
)
def test_parse(raw, kw, value):
    assert parse_number(raw, **kw) == pytest.approx(value)


def test_malformed_is_none():
    assert parse_number("12a") is None
    assert parse_number("") is None


def test_tidy():
    assert tidy(7064.0) == 7064 and isinstance(tidy(7064.0), int)
    assert tidy(68180000000.00001) == 68180000000
    assert tidy(5.32) == 5.32


def test_rupiah_with_an_english_thousands_comma():
    assert parse_number("397,563", unit_family="idr") == 397563
    assert parse_number("2,64", unit_family="idr", scale="juta") == 2640000
    assert parse_number("1,5", unit_family="idr") == 1.5
