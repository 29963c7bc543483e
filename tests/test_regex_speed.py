"""``regex_speed``: the fast forms of data-built patterns match exactly what the originals match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kemiskinan_ie import lexicon
from kemiskinan_ie.components.metrics import cue_regex
from kemiskinan_ie.regex_speed import SuffixSearch, first_char_gate, gated

TEXT_ALPHABET = "abcdeikmnprstuyABKMPS0123456789 .,-()%\n"
SAMPLES = [
    "Persentase penduduk miskin Kabupaten Kerinci 7,1 persen; garis kemiskinan Rp 550.000.",
    "jumlah warga miskin turun, angka tersebut (P1) naik; GKM dan gkm, TPT 4,5%",
    "kata dia di Jambi, Senin (2/7). Sekitar 40 persen lebih dari 3 ribu jiwa",
]


def _cue_patterns() -> list[re.Pattern]:
    cues = lexicon.load("metric_cues")["cues"]
    raw = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{c['pattern']})" for c in cues) + r")(?![\w-])", re.I)
    return [raw, cue_regex(cues)]


def test_gate_lists_the_possible_first_characters():
    gate = re.compile(first_char_gate(r"(?:garis|indeks)\s+\w+", re.I), re.I)
    assert [bool(gate.match(c)) for c in "gGiIkx "] == [True, True, True, True, False, False, False]
    assert first_char_gate(r"a?b") != "" and first_char_gate(r"(?:x)*y") != ""
    assert first_char_gate(r"a*") == ""  # can match the empty string: no gate


def test_gated_keeps_matches_groups_and_lastgroup():
    raw, _ = _cue_patterns()
    fast = gated(raw)
    assert fast != raw  # compiled with a start set (same pattern text, another program)
    for text in SAMPLES:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in raw.finditer(text)]
    named = re.compile(r"(?<!\w)(?:(?P<a>garis\s+kemiskinan)|(?P<b>P[12])\b)", re.I)
    fast_named = gated(named)
    for text in SAMPLES:
        assert [(m.span(), m.lastgroup) for m in fast_named.finditer(text)] == [
            (m.span(), m.lastgroup) for m in named.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=TEXT_ALPHABET, max_size=80))
def test_gated_cue_regex_equals_the_plain_alternation(text):
    raw, fast = _cue_patterns()
    assert [(m.span(), m.group()) for m in fast.finditer(text)] == [(m.span(), m.group()) for m in raw.finditer(text)]


@pytest.mark.parametrize("pattern", [
    r"(?:\b(?:nomor|no|pasal|tahun)\.?\s*:?\s*)$",
    r"(?:sekitar|kurang\s+lebih|hampir)\s*(?:Rp\.?\s*)?$",
    r"(?:\(0\d{2,4}\)\s*|\b(?:telp|hp)\.?\s*:?\s*)$",
    r"(?<![\w-])(?:lebih\s+dari|di\s+atas)\s*$",
])
@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=TEXT_ALPHABET + "ohlptxj:", max_size=40))
def test_suffix_search_agrees_with_search(pattern, text):
    rx = re.compile(pattern, re.I)
    assert SuffixSearch(rx).found(text) == (rx.search(text) is not None)


def test_suffix_search_falls_back_when_it_cannot_mirror():
    rx = re.compile(r"(a)\1$")  # a back-reference cannot be mirrored
    ss = SuffixSearch(rx)
    assert ss.rev is None
    assert ss.found("xaa") and not ss.found("xab")
    assert SuffixSearch(re.compile(r"tahun\s*$")).found("pada tahun\n")  # "$" before a final newline
