"""The second speed pass over the relation layer keeps every check's answer: the per-document
mirror (``found_before``), the word every event pattern ends with (``literal_tail``) and the
place checks that use them."""

from __future__ import annotations

import re

import pytest

from kemiskinan_ie.components.relations.patterns import found_before, literal_tail, lower_text
from kemiskinan_ie.regex_speed import SuffixSearch

_TEXT = ("Angka kemiskinan di Kabupaten Bone TERENDAH DI Sulawesi Selatan, lebih rendah dibanding\n"
         "Kota Makassar. Hal itu disampaikan saat ditemui di Watampone, kata Bupati Andi di  Bone.")


@pytest.fixture(scope="module")
def nlp():
    from kemiskinan_ie import load

    return load()


@pytest.fixture(scope="module")
def linker(nlp):
    return nlp.get_pipe("kie_relations")


def test_found_before_agrees_with_a_search_of_the_slice() -> None:
    checks = [
        SuffixSearch(re.compile(r"\bter(?:endah|tinggi)\s+di\s*$", re.I)),
        SuffixSearch(re.compile(r"(?:dibanding(?:kan)?)\s*$", re.I)),
        SuffixSearch(re.compile(r"\bdi\s+$")),  # case-sensitive: no lower-case mirror
    ]
    low = lower_text(_TEXT)
    rlow = low[::-1]
    for ss in checks:
        for end in range(len(_TEXT) + 1):
            for width in (0, 5, 40):
                start = max(0, end - width)
                expected = bool(ss.rx.search(_TEXT[start:end]))
                assert found_before(ss, _TEXT, rlow, start, end) == expected, (ss.rx.pattern, start, end)
                assert found_before(ss, _TEXT, None, start, end) == expected


def test_literal_tail_reads_the_last_word_of_every_alternative() -> None:
    assert literal_tail(re.compile(r"(?:ditemui|saat)\s+(?:\w+\s+){0,3}di\s*$|(?:kata|ujar)\s+\w+\s+di\s*$", re.I)) == "di"
    assert literal_tail(re.compile(r"(?:ke|di)\s*$")) == ""  # the word sits in a group of its own
    assert literal_tail(re.compile(r"\bdi$|ke\s*$")) == ""  # the alternatives share no letters
    assert literal_tail(re.compile(r"saat\s+di\s*$|ketika\s+di")) == ""  # one alternative is not end-anchored
    assert literal_tail(re.compile(r"bertempat\s+di\s*$|digelar\s+di\s*$", re.I)) == "di"


def test_event_places_agree_with_the_plain_search(linker) -> None:
    low = lower_text(_TEXT)
    rlow = low[::-1]
    for m in re.finditer(r"[A-Z][a-z]+", _TEXT):
        p = {"start": m.start(), "end": m.end()}
        after = _TEXT[m.end():m.end() + 25]
        plain = linker._event_place(_TEXT, p, after)
        assert linker._event_place(_TEXT, p, after, low, rlow) == plain, m.group()
    watampone = _TEXT.index("Watampone")
    assert linker._event_place(_TEXT, {"start": watampone, "end": watampone + 9}, ", kata", low, rlow)


def test_place_mentions_are_the_same_with_and_without_the_lower_case_text(nlp, linker) -> None:
    from kemiskinan_ie import pipeline
    from kemiskinan_ie.components.base import state

    doc = pipeline.make_doc(nlp, _TEXT, "2024-06-01")
    for name, proc in nlp.pipeline:
        if name == "kie_relations":
            break
        doc = proc(doc)
    assert state(doc).get("places")
    fast = linker._mentions(doc, _TEXT, lower_text(_TEXT))
    plain = linker._mentions(doc, _TEXT, None)
    assert fast == plain
    frames = {_TEXT[m["start"]:m["end"]]: m["frame"] for m in fast}
    assert frames.get("Sulawesi Selatan") is True  # "TERENDAH DI": a comparison frame



def test_needles_over_joined_pieces_are_those_of_the_text() -> None:
    from kemiskinan_ie.components.relations.patterns import Needles, Pieces, may_hold

    rx = re.compile(r"(?<![\w-])(?:turun|menurun|penurunan|naik|kota(?=\s+sebesar))(?![\w-])", re.I)
    needles = Needles(rx)
    text = ("Kemiskinan TURUN di kota sebesar 9 persen. Lalu naik lagi. "
            "Di desa angkanya menurun, dan penurunan itu berlanjut.")
    low = lower_text(text)
    pieces = [(0, 30), (43, 58), (59, len(text))]
    joined = needles.index_pieces(Pieces(low, pieces))
    whole = needles.index(low)
    # every check inside one piece gets the same answer as from the index of the whole text
    for a, b in pieces:
        for start in range(a, b + 1):
            for end in range(start, b + 1):
                assert may_hold(joined, start, end) == may_hold(whole, start, end), (start, end)
    assert may_hold(joined, 0, 30)  # "TURUN"
    assert not may_hold(joined, 43, 46)
    assert needles.index_pieces(None) is None


def test_a_needle_is_found_anywhere_in_the_text_or_not_at_all() -> None:
    from kemiskinan_ie.components.relations.patterns import Needles

    needles = Needles(re.compile(r"(?<![\w-])(?:nasional|se-Indonesia)(?![\w-])", re.I))
    assert needles.occur_in(lower_text("Angka NASIONAL turun."))
    assert needles.occur_in(lower_text("Rata-rata se-Indonesia."))
    assert not needles.occur_in(lower_text("Angka provinsi turun."))
    assert needles.occur_in(None)  # no lower-case text: search everything


def test_typed_by_title_agrees_with_its_search() -> None:
    from kemiskinan_ie.components.relations.region import _TYPED_BY_TITLE_RE, _typed_by_title

    text = ("Kepala Desa Sembalun Bumbung, Lurah  Sungai Lakam, Camat\nBatu Ampar, xDesa Ujung, "
            "Kades Suka Maju, di Desa Kayu Putih, PakDesa Lama, Kecamatan\n\nTelaga")
    hits = 0
    for ps in range(len(text) + 1):
        expected = bool(_TYPED_BY_TITLE_RE.search(text, max(0, ps - 12), ps))
        assert _typed_by_title(text, ps) == expected, ps
        hits += expected
    assert hits >= 6  # each title before a name types it


def test_previous_metric_prefers_the_last_level_of_the_same_family(linker) -> None:
    figs = [
        {"metric": "poverty_count", "_family": "persons", "kind": "level"},
        {"metric": "poverty_rate", "_family": "pct", "kind": "level"},
        {"metric": "other", "_family": "bare", "kind": "level"},
    ]
    ctx = {"last": None, "metric_by_family": {}, "metric": None}
    # a list of pairs: the next count repeats the count before, not the last (rate) figure
    assert linker._prev_metric({"family": "persons"}, [], figs, ctx) == {"metric": "poverty_count", "family": "persons"}
    assert linker._prev_metric({"family": "pct"}, [], figs, ctx) == {"metric": "poverty_rate", "family": "pct"}
    # no real figure yet: the metric carried for the family, never for money
    ctx = {"last": None, "metric_by_family": {"pct": "unemployment_rate"}, "metric": ("poverty_rate", "pct")}
    assert linker._prev_metric({"family": "pct"}, [], [], ctx) == {"metric": "unemployment_rate", "family": "pct"}
    assert linker._prev_metric({"family": "persons"}, [], [], ctx) == {"metric": "poverty_rate", "family": "pct"}
    assert linker._prev_metric({"family": "idr"}, [], [], ctx) is None


def test_quantities_are_grouped_by_sentence_with_the_pieces_their_checks_read() -> None:
    from kemiskinan_ie.components.relations.linker import _quantities_by_sentence

    sents = [(0, 20), (21, 50), (51, 80), (81, 120)]
    qs = [{"start": 5}, {"start": 60}, {"start": 75}, {"start": 90}, {"start": 130}]
    per_sent, pieces = _quantities_by_sentence(qs, sents)
    assert per_sent == {0: [qs[0]], 2: [qs[1], qs[2]], 3: [qs[3]]}  # the one past every sentence is in none
    assert pieces == [(0, 5), (51, 75), (81, 90)]


def test_items_are_grouped_by_the_sentence_they_start_in() -> None:
    from kemiskinan_ie.components.relations.linker import _by_sentence
    from kemiskinan_ie.components.relations.patterns import _in_range

    sents = [(0, 20), (21, 50), (51, 80)]
    starts = [s for s, _ in sents]
    items = [{"start": 3}, {"start": 20}, {"start": 30}, {"start": 49}, {"start": 85}]
    assert _by_sentence(items, sents, starts) == {0: [items[0]], 1: [items[2], items[3]]}
    # out of order: cut as the per-sentence slices always cut them
    shuffled = [items[2], items[0], items[3]]
    expected = {i: got for i, (s0, e0) in enumerate(sents)
                if (got := _in_range(shuffled, [x["start"] for x in shuffled], s0, e0))}
    assert _by_sentence(shuffled, sents, starts) == expected


def test_needles_read_a_shared_prefix_back_into_each_alternative() -> None:
    from kemiskinan_ie.components.relations.patterns import Needles, may_hold

    # the parser turns this into "se(?:telah|sudah|jak|mula)": "jak" alone is too short a needle
    rx = re.compile(r"\b(?:setelah|sesudah|sejak|semula)\s+(?:\w+\s+){0,2}$", re.I)
    needles = Needles(rx)
    assert needles.words == ["sejak", "semula", "sesudah", "setelah"]
    text = "Angka itu SEJAK tahun lalu 12 persen, naik dari 10 persen."
    index = needles.index(lower_text(text))
    twelve = text.index("12")
    assert may_hold(index, 0, twelve) and rx.search(text[:twelve])
    ten = text.index("10")
    assert not may_hold(index, twelve, ten) and not rx.search(text[twelve:ten])
