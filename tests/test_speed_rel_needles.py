"""The shortcuts of the relation layer's searches (``relations.patterns``) never change a match."""

from __future__ import annotations

import re

from kemiskinan_ie.components.relations.patterns import (
    FOLDS_TO_ASCII,
    Needles,
    lower_text,
    may_hold,
)


def test_folds_to_ascii_lists_every_such_character() -> None:
    # every character beyond ASCII that a case-insensitive pattern takes for an ASCII letter or digit
    rest = "".join(map(chr, range(0x80, 0x110000)))
    assert sorted(re.findall(r"[a-z0-9]", rest, re.I)) == sorted(FOLDS_TO_ASCII)


def test_needles_are_read_off_the_alternatives() -> None:
    rx = re.compile(r"(?<![\w-])(?:turun|penurunan(nya)?|lebih\s+sedikit|kota(?=\s+sebesar))(?![\w-])", re.I)
    assert Needles(rx).words == ["kota", "penurunan", "sedikit", "turun"]
    # an alternative without a literal word of four letters: no needles, every piece is searched
    assert Needles(re.compile(r"ke|di", re.I)).words is None


def test_a_piece_without_needles_has_no_match_and_one_with_them_is_searched() -> None:
    rx = re.compile(r"(?<![\w-])(?:turun|menurun|penurunan)(?![\w-])", re.I)
    needles = Needles(rx)
    assert needles.words == ["urun"]  # shared by all three words
    text = "Angka kemiskinan TURUN 0,3 persen, lalu stabil di 9 persen."
    index = needles.index(lower_text(text))
    turun = text.index("TURUN")
    assert may_hold(index, 0, turun + 5) and rx.search(text[:turun + 5])
    # a piece that still holds "URUN" is searched (and has no match); one that cuts it is not
    assert may_hold(index, turun + 1, len(text)) and not rx.search(text[turun + 1:])
    assert not may_hold(index, turun + 2, len(text)) and not rx.search(text[turun + 2:])
    assert not may_hold(index, 0, turun + 4)


def test_text_that_lowercases_inexactly_is_always_searched() -> None:
    assert lower_text("Kelvin \u212a dan PERKOTAAN") is None  # the Kelvin sign matches "k" under re.I
    assert lower_text("\u0130stanbul") is None  # lower-cases to two characters
    assert lower_text("Perkotaan") == "perkotaan"
    assert may_hold(None, 0, 1)


def test_twin_and_event_checks_match_their_plain_searches() -> None:
    from kemiskinan_ie import load
    from kemiskinan_ie.components.relations.patterns import _TWIN_BEFORE

    # the twin pattern as it was written before "$" was taken out of its two alternatives
    plain_twin = re.compile(
        r"(?:^\s*\(\s*$|(?:\batau|\bsetara|\batau\s+setara|\batau\s+sama\s+dengan)(?:\s+dengan)?"
        r"(?:\s+sekitar|\s+kurang\s+lebih|\s+lebih\s+dari)?\s*$)", re.I)
    gaps = [" (", " atau ", ", atau setara dengan sekitar ", " ATAU  ", " dan ", "atau\n", " (x", ""]
    for gap in gaps:
        assert _TWIN_BEFORE.found(gap) == bool(plain_twin.search(gap)), gap
    linker = load().get_pipe("kie_relations")
    befores = ["Hal itu disampaikan saat ditemui di", "kata Bupati Ahmad di ", "warga miskin di",
               "ujar dia di\n", "acara di kantor bupati di", "Rapat   kerja di  "]
    for before in befores:
        assert linker._event_before(before) == bool(linker.event_before_re.search(before)), before
