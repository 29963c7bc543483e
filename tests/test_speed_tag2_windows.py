"""Numeric windows found with one digit search per digit-holding stretch equal a search per sentence."""

from __future__ import annotations

import random
import re

import kemiskinan_ie
from kemiskinan_ie import pipeline
from kemiskinan_ie.components.base import numeric_windows, sentence_ranges, state
from kemiskinan_ie.number_words import find_number_words

SENTENCES = [
    "Angka kemiskinan di Kabupaten Garut turun.", "Jumlahnya 9,36 persen pada Maret 2024.",
    "Bupati berharap tren itu berlanjut.", "Sebanyak tujuh puluh empat ribu jiwa menerima bantuan.",
    "Data BPS dirilis Senin.", "Targetnya 7 persen.", "Warga diminta melapor.", "\n\nBaca juga: Bantuan 2025",
]


def _windows_plain(text: str, sents: list[tuple[int, int]], worded: list[int]) -> list[tuple[int, int]]:
    wins: list[tuple[int, int]] = []
    for i, (s, e) in enumerate(sents):
        if re.search(r"\d", text[s:e]) or any(s <= w < e for w in worded):
            start = sents[i - 1][0] if wins and i else 0
            if wins and start <= wins[-1][1]:
                wins[-1] = (wins[-1][0], e)
            else:
                wins.append((start, e))
    return wins


def test_numeric_windows_equal_a_search_per_sentence():
    nlp = kemiskinan_ie.load()
    rnd = random.Random(9)
    seen_gap = False
    for _ in range(150):
        text = " ".join(rnd.choice(SENTENCES) for _ in range(rnd.randint(1, 12)))
        doc = pipeline.make_doc(nlp, text)
        doc = nlp.get_pipe("kie_quantities")(nlp.get_pipe("kie_boilerplate")(doc))
        worded = [q["start"] for q in state(doc)["quantities"] if q.get("words")]
        wins = numeric_windows(doc)
        assert wins == _windows_plain(text, sentence_ranges(doc), worded)
        seen_gap = seen_gap or len(wins) > 1
    assert seen_gap  # some texts have stretches without numbers between windows


def test_number_words_with_lower_text_given():
    text = "Sebanyak Tujuh Puluh Empat Ribu jiwa dan satu koma dua persen; 2 ribu orang."
    plain = list(find_number_words(text, min_value=10))
    assert plain and plain == list(find_number_words(text, min_value=10, low=text.lower()))


def _anchor_positions_plain(low: str, start: int, end: int) -> list[tuple[int, int]]:
    from kemiskinan_ie.number_words import _anchors, _is_anchor_at

    out = []
    for w in _anchors():
        i = low.find(w, start, end)
        while i != -1:
            if _is_anchor_at(low, i, i + len(w)):
                out.append((i, i + len(w)))
            i = low.find(w, i + len(w), end)
    return sorted(out)


def test_anchor_positions_by_base_words_equal_one_search_per_word():
    from kemiskinan_ie.number_words import _anchor_bases, _anchor_positions, _anchors

    assert _anchor_bases() is not None and len(_anchor_bases()) < len(_anchors())
    rnd = random.Random(4)
    bits = ["seribu", "ribu", "sejuta", "juta", "sepuluh", "puluh", "koma", "setriliun", "triliun", " ", "  ",
            "2", ",", ".", "-", "se", "dua", "x", "\n", "sebelas", "belas", "milyar", "semiliar"]
    hits = 0
    for _ in range(3000):
        low = "".join(rnd.choice(bits) for _ in range(rnd.randint(0, 14)))
        start = rnd.randint(0, max(0, len(low) // 3))
        end = rnd.randint(start, len(low))
        got = _anchor_positions(low, start, end, low)
        assert got == _anchor_positions_plain(low, start, end), (low, start, end)
        hits += len(got)
    assert hits > 50
