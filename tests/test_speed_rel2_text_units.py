"""``text_units.sentences`` with its start-set scan and abbreviation gate cuts text where the
plain pattern does."""

from __future__ import annotations

import re

from kemiskinan_ie import text_units

_PLAIN_ABBREV = re.compile(r"(?:\b(?:[A-Z]|No|Kab|Kec|Kel|Prov|Rp|Dr|Jl|St|Drs|Ir|Hj|Moh|Muh|Tgk|Prof)|\d)$")


def _plain_sentences(text: str) -> list[tuple[int, int]]:
    """The sentence splitter as written before the speed pass (the reference)."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in text_units._SENT_END_RE.finditer(text):
        if m.group()[0] == "." and len(m.group()) == 1 and _PLAIN_ABBREV.search(text, max(0, m.start() - 5), m.start()):
            if not text[m.start() - 1].isdigit() or text[m.end():m.end() + 2].strip()[:1].isdigit():
                continue
            if text_units._LIST_MARKER_RE.search(text, max(0, m.start() - 4), m.start()):
                continue
        text_units._push(text, start, m.end(), out)
        start = m.end()
    text_units._push(text, start, len(text), out)
    return out


_TEXTS = [
    "Bupati H. Achmadi hadir di Kab. Balangan. Angka kemiskinan turun 2,1 persen.",
    "Garis kemiskinan Rp. 390.979 per kapita. Dana desa Rp 2 miliar! Apa kabar? Ya.",
    "Data:\n1. Majene: 13,88 persen\n2. Polman: 11,9 persen.\nSumber BPS.",
    "Jumlahnya 12. Tahun lalu 15. Kini 2024. Prof. Ahmad dan Dr. Siti berbicara di Jl. Merdeka No. 5.",
    "Angka itu naik dari 10 persen pada 2022.\u2019 Ia menambahkan. Lalu selesai.",
    "Kemiskinan 9,5 persen \u0661. Lalu X.\n. Berikut Kab\n. Tapi ini. \u201cKutipan\u201d.",
    "   \n\n  Hanya satu kalimat tanpa titik",
    "",
]


def test_sentences_match_the_plain_splitter() -> None:
    for text in _TEXTS:
        assert text_units.sentences(text) == _plain_sentences(text), text


def test_abbreviations_and_list_numbers_do_not_end_a_sentence() -> None:
    text = _TEXTS[0]
    got = [text[s:e] for s, e in text_units.sentences(text)]
    assert got == ["Bupati H. Achmadi hadir di Kab. Balangan.", "Angka kemiskinan turun 2,1 persen."]
    listed = [_TEXTS[2][s:e] for s, e in text_units.sentences(_TEXTS[2])]
    assert "1. Majene: 13,88 persen" in listed
