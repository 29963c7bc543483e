"""Property-based tests: ``extract`` never raises, and every span's offsets point at its text."""

from __future__ import annotations

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import kemiskinan_ie  # noqa: E402

# Pieces of Indonesian poverty news, glued together in random order with random junk between.
PIECES = [
    "penduduk miskin", "persentase", "tingkat kemiskinan", "garis kemiskinan", " persen", " persen poin", "%",
    " jiwa", " orang", " ribu", " juta", " miliar", "Rp", "Rp.", "Rp ", "/kapita/bulan", " KK", " KPM",
    "7.064", "25,22", "1.173,530", "0,379", "2024", "Maret 2023", "tahun lalu", "tahun ini", "28/11/2024",
    "Kabupaten Balangan", "Kalimantan Selatan", "Kota Medan", "Jawa Barat", "Indonesia", "BPS", "Badan Pusat Statistik (BPS)",
    "Dinas Sosial", "PKH", "BLT Dana Desa", "Bupati", "Kepala BPS", "kata", "ujarnya", "Baca juga:", "Editor:",
    "\n", "\n\n", " ", ".", ",", "(", ")", "\"", "-", "–", "sekitar", "lebih dari", "turun", "naik", "menjadi", "dari",
]
SETTINGS = settings(max_examples=120, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

news_like = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map("".join)
any_text = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=300)


@pytest.fixture(scope="module")
def nlp():
    return kemiskinan_ie.load()


def check(text: str, nlp) -> None:
    res = kemiskinan_ie.extract(text, "2024-05-01", id="fuzz", nlp=nlp)
    assert res.id == "fuzz"
    assert res.error is None, res.error
    assert len(res.text) == len(text)  # cleaning replaces characters one-for-one
    n = len(res.text)
    for e in res.entities:
        assert 0 <= e.start <= e.end <= n and res.text[e.start:e.end] == e.text, e
    for f in res.figures:
        assert 0 <= f.start <= f.end <= n and res.text[f.start:f.end] == f.text, f
    for b in res.boilerplate:
        assert 0 <= b.start <= b.end <= n, b
    res.to_json().encode("utf-8")  # always writable


@SETTINGS
@given(text=news_like)
def test_news_like_text_never_raises_and_offsets_are_valid(text: str, nlp) -> None:
    check(text, nlp)


@SETTINGS
@given(text=any_text)
def test_arbitrary_unicode_never_raises_and_offsets_are_valid(text: str, nlp) -> None:
    check(text, nlp)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(data=st.binary(max_size=200), published=st.one_of(st.none(), st.text(max_size=12), st.dates().map(str)))
def test_bytes_and_odd_dates_never_raise(data: bytes, published, nlp) -> None:
    res = kemiskinan_ie.extract(data, published, nlp=nlp)
    assert res.error is None or res.error.type  # an error record, never an exception
    res.to_json().encode("utf-8")
