"""Numbers written in Indonesian words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kemiskinan_ie.number_words import find_number_words, words_value


@pytest.mark.parametrize(("words", "value"), [
    ("tujuh puluh empat ribu", 74000),
    ("dua belas", 12),
    ("sebelas ribu tiga ratus", 11300),
    ("seratus dua puluh lima", 125),
    ("satu juta dua ratus ribu", 1200000),
    ("seribu", 1000),
    ("Satu Koma Dua", 1.2),
    ("dua koma lima juta", 2500000),
    ("tiga koma nol lima", 3.05),
    ("setengah juta", 500000),
    ("Setengah miliar", 500000000),
])
def test_words_value(words, value):
    assert words_value(words) == value


@pytest.mark.parametrize("words", ["puluh dua", "dua tiga", "ribu", "dua ribu tiga ribu", "satu koma", "koma dua",
                                   "setengah", "setengah juta dua"])
def test_words_that_spell_no_number(words):
    assert words_value(words) is None


_DIGITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def _spell_below_thousand(n: int) -> list[str]:
    out = []
    h, rest = divmod(n, 100)
    if h:
        out += ["seratus"] if h == 1 else [_DIGITS[h], "ratus"]
    if rest >= 20:
        t, u = divmod(rest, 10)
        out += [_DIGITS[t], "puluh"] + ([_DIGITS[u]] if u else [])
    elif rest >= 12:
        out += [_DIGITS[rest - 10], "belas"]
    elif rest == 11:
        out += ["sebelas"]
    elif rest == 10:
        out += ["sepuluh"]
    elif rest:
        out += [_DIGITS[rest]]
    return out


@given(st.integers(min_value=1, max_value=999_999))
def test_spelled_numbers_read_back(n):
    thousands, rest = divmod(n, 1000)
    words = []
    if thousands == 1:
        words.append("seribu")
    elif thousands:
        words += _spell_below_thousand(thousands) + ["ribu"]
    words += _spell_below_thousand(rest)
    assert words_value(" ".join(words)) == n


def test_find_skips_names_and_digit_scales():
    text = "Kabupaten Lima Puluh Kota mencatat 2 ribu jiwa, lalu tujuh puluh empat ribu jiwa."
    found = [(text[s:e], v) for s, e, v in find_number_words(text)]
    assert ("tujuh puluh empat ribu", 74000) in found
    assert all(w != "ribu" for w, _ in found)


def test_worded_figures_in_an_article(extract):
    r = extract("Kemiskinan Sumba Barat Turun Satu Koma Lima Persen\n\n"
                "Ia menyebut jumlah warga miskin di Sumba Barat sekitar dua puluh delapan ribu jiwa. Tahun ini desa "
                "menganggarkan dua puluh juta rupiah untuk Kube, dan satu keluarga pindah ke kota.",
                published="2019-03-07")
    got = {f.text: f for f in r.figures}
    assert got["Satu Koma Lima Persen"].value == -1.5 and got["Satu Koma Lima Persen"].kind == "change"
    f = got["dua puluh delapan ribu jiwa"]
    assert (f.metric, f.value, f.approx, f.region_code) == ("poverty_count", 28000, "about", "53.12")
    assert got["dua puluh juta rupiah"].metric == "budget" and got["dua puluh juta rupiah"].value == 20_000_000
    assert "satu keluarga" not in got  # small numbers in words are idiom more often than statistics


def test_decimals_read_as_a_number_in_spoken_style() -> None:
    from kemiskinan_ie.number_words import words_value

    assert words_value("lima koma empat puluh delapan") == 5.48
    assert words_value("nol koma dua puluh satu") == 0.21
    assert words_value("dua belas koma tiga") == 12.3
    assert words_value("satu koma dua lima juta") == 1_250_000
    assert words_value("lima koma dua ribu") == 5200  # a scale closes the decimals
    assert words_value("lima koma empat ribu tiga") is None  # no number once a scale stands inside the decimals
