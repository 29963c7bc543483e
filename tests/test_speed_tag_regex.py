"""Fast regex forms used by the tagging components match exactly what the plain forms match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kemiskinan_ie import lexicon
from kemiskinan_ie.components.dates import MONTHS
from kemiskinan_ie.regex_speed import (
    LowerSearch,
    SuffixSearch,
    gated,
    literal_trie,
    lower_text,
    with_start_set,
)

ALPHABET = "abgijkmnprstuAGIJKMNPRSTU0123456789 -.,()\nſİıK"
MONTH_WORDS = sorted(MONTHS)
TITLE_WORDS = ["Kepala", "Kepala Dinas", "Kades", "Kadis", "Bupati", "Wakil Bupati", "K.", "Plt"]
SAMPLES = [
    "Kepala Dinas Sosial Kabupaten Gorontalo, kata Kades Sukamaju pada Januari 2024.",
    "PADA JAN-MARET 2023 Plt Kadis; agustus, Agus, agt. 2022 dan des 2021",
    "ſeptember İ ı K (Kelvin) 12/3/2024 jANUARI",
]


def _spans(rx: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


def test_with_start_set_changes_the_program_but_not_the_pattern():
    rx = re.compile(r"(?<![\w-])(?:garis|Indeks)\s+\w+", re.I)
    fast = with_start_set(rx)
    assert fast is not rx and fast.pattern == rx.pattern and fast.flags == rx.flags
    for text in SAMPLES + ["Garis kemiskinan dan indeks gini; GARIS  x"]:
        assert _spans(fast, text) == _spans(rx, text)
    # no set can be derived (a match may start anywhere): the pattern is returned as it is
    anything = re.compile(r"(?<!\w).+")
    assert with_start_set(anything) is anything


def test_literal_trie_keeps_longest_first():
    rx = re.compile(literal_trie(["agu", "agus", "agustus", "agt"]))
    assert [m.group() for m in rx.finditer("agustus agus agu agt agx")] == ["agustus", "agus", "agu", "agt"]
    # backtracking still reaches the shorter word when the longer one cannot go on
    rx2 = re.compile(literal_trie(["Kepala", "Kepala Dinas"]) + r"\s+Desa")
    assert rx2.search("Kepala Desa Maju").group() == "Kepala Desa"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60), st.sampled_from(MONTH_WORDS), st.sampled_from(TITLE_WORDS))
def test_literal_trie_equals_the_plain_alternation(noise, month, title):
    text = f"{noise} {month.upper()} {month.title()} {title}{noise[:5]} {month}"
    for words, flags in ((MONTH_WORDS, re.I), (TITLE_WORDS, 0), (MONTH_WORDS, 0)):
        plain = re.compile(r"(?<![\w-])" + lexicon.literal_alternation(words) + r"(?![\w-])", flags)
        trie = gated(re.compile(r"(?<![\w-])" + literal_trie(words, bool(flags & re.I)) + r"(?![\w-])", flags))
        assert _spans(trie, text) == _spans(plain, text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=80))
def test_gated_patterns_with_start_sets_agree(text):
    patterns = [
        re.compile(r"(?<![\w/])(?:(?P<d>\d{1,2})/(?P<m>\d{1,2})|(?P<mon>jan|maret)\s+(?P<y>20\d\d))(?!\w)", re.I),
        re.compile(r"(?<![\w'’])(?:Kab\.|[A-Z][\w'’]*)(?:[ \t]+(?:[A-Z0-9][\w'’]*|dan|di))*"),
        re.compile(r"(?<![\w-])" + literal_trie(["kepala", "ketua", "sekretaris"], ignore_case=True) + r"\s*,", re.I),
    ]
    for rx in patterns:
        fast = gated(rx)
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == [
            (m.span(), m.groupdict()) for m in rx.finditer(text)]


NAME_ALPHABET = "AaBbIin -_.,é1\n"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=NAME_ALPHABET, max_size=60),
       st.lists(st.text(alphabet="AaBbIin -é", min_size=1, max_size=6), min_size=1, max_size=4))
def test_find_words_equals_the_word_regex(text, words):
    from kemiskinan_ie.components.officials import find_words

    text = f"{words[0]} {text} {words[-1]}-x {words[0]}"
    rx = re.compile(r"(?<![\w-])" + lexicon.literal_alternation(words) + r"(?![\w-])")
    assert find_words(text, words) == _spans(rx, text)


LOW_ALPHABET = "abkimsxyzABKIMSXYZ 019-,.()\n’“–éÉſKİı"
LOW_PATTERNS = [
    re.compile(r"(?<![\w-])(?:(?P<a>kas\s+[a-z]+)|(?P<b>[^s]x)|(?P<c>\u212a\u017fm))(?![\w-])", re.I),
    re.compile(r"(?<![\w-])" + literal_trie(["maret", "mar", "sabtu", "xi"], ignore_case=True) + r"\s+(?=[A-Z])", re.I),
    re.compile(r"\b(?:kab|kota)\.?\s*(?P<n>\d+)(?:\s*(?P<u>persen|%))?", re.I),
]


def test_lower_text_refuses_cased_non_ascii():
    assert lower_text("Kata BPS “Kemiskinan” – 9,5 PERSEN") == "kata bps “kemiskinan” – 9,5 persen"
    assert lower_text("Desa Bénteng") is None  # a cased letter beyond ASCII
    assert lower_text("\u212aota") is None  # the Kelvin sign folds into "k"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=LOW_ALPHABET, max_size=60), st.integers(0, 5))
def test_lower_search_equals_the_case_insensitive_search(text, cut):
    text = "Kas Maret " + text + " MAR Xi x"
    low = lower_text(text)
    for rx in LOW_PATTERNS:
        fast = LowerSearch(rx)
        assert fast.low is not None
        for pos, endpos in ((0, len(text)), (cut, len(text) - cut)):
            got = [(m.span(), m.lastgroup, [m.span(g) for g in range(rx.groups + 1)])
                   for m in fast.finditer(text, low, pos, endpos)]
            want = [(m.span(), m.lastgroup, [m.span(g) for g in range(rx.groups + 1)])
                    for m in rx.finditer(text, pos, endpos)]
            assert got == want


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=LOW_ALPHABET, max_size=40))
def test_suffix_search_on_lower_cased_text_agrees(text):
    rx = re.compile(r"(?:\b(?:nomor|no|kas)\.?\s*:?\s*|(?<![\w-])(?:lebih\s+dari|x)\s*)$", re.I)
    ss = SuffixSearch(rx)
    assert ss.rev_low is not None
    low = lower_text(text)
    expected = rx.search(text) is not None
    assert ss.found(text, text[::-1], None if low is None else low[::-1]) == expected


def test_fast_forms_survive_pickling():
    import pickle

    rx = LOW_PATTERNS[0]
    fast = pickle.loads(pickle.dumps(LowerSearch(rx)))
    assert fast.low is not None
    text = "Kas besar, kas Kecil; ax KSM"
    assert [m.span() for m in fast.finditer(text, lower_text(text))] == _spans(rx, text)
    ss = pickle.loads(pickle.dumps(SuffixSearch(re.compile(r"(?:nomor|kas)\s*$", re.I))))
    assert ss.rev_low is not None and ss.found("Nomor ", "Nomor "[::-1], "nomor "[::-1])
    assert not ss.found("Nomor X", "Nomor X"[::-1], "nomor x"[::-1])
