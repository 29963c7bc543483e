"""The tokenizer's hand-tuned piece pattern splits exactly like the pattern built from TOKEN_PATTERN."""

import random

from kemiskinan_ie.tokenizer import _PIECES_RE, TOKEN_PATTERN, _pieces_re

_PLAIN = _pieces_re(TOKEN_PATTERN)

_BITS = [
    "a", "Z", "b", ".", ",", "-", "'", "’", "_", "\n", "\t", " ", "  ", "1", "2", "0", "%", "/", "(", ")",
    "É", "é", "ı", "S.E.", "A.Md. ", "Rp.", "10ribu", "ke-6", "Dayeuh-luhur", "-A", "2,5juta", "7.064,00",
    "dr.", "Hj.", "x-", "’s", "__", "\u00a0", "٣",
]


def test_fast_pieces_match_plain_pieces_on_random_text():
    rnd = random.Random(7)
    for _ in range(30000):
        text = "".join(rnd.choice(_BITS) for _ in range(rnd.randint(0, 30)))
        assert _PIECES_RE.findall(text) == _PLAIN.findall(text), text


def test_fast_pieces_on_news_sentences():
    texts = [
        "Wakil Bupati, H. Sutrisno S.E. M.Si., menyerahkan Rp.2,5juta kepada 1.173,530 KPM.",
        "Angka kemiskinan turun ke-3 kalinya (dari 9,36% menjadi 9,03%) pada Maret 2024.\n\nS.E.",
        "Desa Dayeuh-luhur dan Kampung Cibodas-Hilir: 10ribu jiwa, A.Md.Kep menjadi pendamping.",
    ]
    for text in texts:
        pieces = _PIECES_RE.findall(text)
        assert pieces == _PLAIN.findall(text)
        assert "".join(w + s for w, s in pieces) == text
