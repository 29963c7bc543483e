"""Faster equivalents made for speed give what the plain forms give: ``AlternationDispatch``
against the plain alternation (metric cues, dates), ``NeedleSets`` against each ``Needles``,
``WordScan`` and ``LineStartSearch`` against the regexes they stand for; start-set patterns keep
pickling as such."""

from __future__ import annotations

import re

import pytest

from kemiskinan_ie import lexicon
from kemiskinan_ie.components.metrics import MetricCueTagger
from kemiskinan_ie.regex_speed import AlternationDispatch, lower_text

TEXTS = [
    "Garis kemiskinan per rumah tangga miskin naik, GK makanan dan GKNM juga; gk tetap.",
    "Persentase penduduk miskinnya turun menjadi 9,03 persen, sedangkan kemiskinan ekstrem nol.",
    "Indeks kedalaman (P1) dan indeks keparahan P2 membaik; indek gini pun turun.",
    "Anggaran dialokasikan untuk 1.200 KPM, bantuan senilai Rp 300 ribu; penerima-manfaat lain.",
    "Warga desa-miskin dan miskinan bukan cue, tetapi 'miskin' dan Miskin-nya ditimbang.",
    "Tingkat pengangguran terbuka (TPT) 4,82 persen; jumlah pengangguran 7,2 juta orang.",
    "",
]

ALTERNATIVES = [
    r"(?:garis\s+kemiskinan|\bGK)\s+(?:per|setiap)\s+rumah\s*tangga(?:\s+miskin)?",
    r"garis\s+kemiskinan|\bGK\b|\bgk(?:nm|bm)\b",
    r"(?:indeks?|indek)\s+(?:kedalaman|keparahan|gini)|\(P[12]\)|\bP[12]\b",
    r"(?:(?:angka|tingkat|persentase)\s+)?(?:penduduk\s+)?(?:kemiskinan|miskin)(?:nya)??(?:\s+ekstre?m)?",
    r"(?:meng|di)?alokasikan|anggaran|bantuan(?:\s+senilai)?|\bKPM\b|penerima",
    r"tingkat\s+pengangguran(?:\s+terbuka)?|\bTPT\b|pengangguran|penganggur",
]


def _plain(lead: str, alternatives: list[str]) -> re.Pattern:
    return re.compile(lead + "(?:" + "|".join(f"(?P<a{i}>{a}(?![\\w-]))" for i, a in enumerate(alternatives)) + ")", re.I)


@pytest.mark.parametrize("lead", [r"(?<![\w-])", r"(?<!\w)"])
def test_dispatch_matches_the_plain_alternation(lead: str) -> None:
    plain = _plain(lead, ALTERNATIVES)
    fast = AlternationDispatch(lead, [f"{a}(?![\\w-])" for a in ALTERNATIVES])
    assert fast.rx is not None
    found = 0
    for text in TEXTS:
        low = lower_text(text)
        want = [(m.start(), m.end(), int(m.lastgroup[1:])) for m in plain.finditer(text)]
        assert list(fast.finditer(low)) == want
        found += len(want)
        for pos, end in ((3, len(text)), (0, len(text) // 2)):
            want = [(m.start(), m.end(), int(m.lastgroup[1:])) for m in plain.finditer(text, pos, end)]
            assert list(fast.finditer(low, pos, end)) == want
    assert found > 15


def test_boundary_kept_without_a_word_lookbehind() -> None:
    # without a lead that rules out a word character before, "\bgk" must keep its boundary
    fast = AlternationDispatch("", [r"\bgk", "agk"])
    assert fast.rx is not None
    assert [m[:2] for m in fast.finditer("agk gk")] == [(0, 3), (4, 6)]
    assert [m[:2] for m in AlternationDispatch("", [r"\bgk"]).finditer("agk gk")] == [(4, 6)]


def test_unsupported_shapes_give_no_pattern() -> None:
    assert AlternationDispatch(r"(?<!\w)", [r"(a)\1"]).rx is None  # a group and a back-reference
    assert AlternationDispatch(r"(?<!\w)", ["abc"], flags=0).rx is None  # case-exact


def test_metric_cues_same_with_and_without_dispatch() -> None:
    tagger = MetricCueTagger(None)
    cues = lexicon.load("metric_cues")["cues"]
    assert tagger.rx_dispatch.rx is not None
    for text in TEXTS:
        low = lower_text(text)
        fast = tagger.find(text, [], None, low)
        plain = [{"start": m.start(), "end": m.end(), "cue": int(m.lastgroup[1:])} for m in tagger.rx.finditer(text)]
        assert fast == plain
        assert all(re.fullmatch(f"(?:{cues[c['cue']]['pattern']})(?:nya)?", text[c["start"]:c["end"]], re.I) for c in fast)
    assert tagger.find(TEXTS[1], [], None, lower_text(TEXTS[1]))


DATE_TEXTS = [
    "Data Maret 2023 dan September 2024 dirilis 15 Januari 2025; periode 2019-2023 dan 2017 (kondisi Maret).",
    "Kamis (28/11/2024) dan Senin (15/2), April–Juni 2020, tahun 2022 hingga tahun 2024, kode 20230, sejak 2021 naik.",
]


def test_dates_same_groups_with_dispatch() -> None:
    from kemiskinan_ie.components import dates

    assert dates._DATE_DISPATCH.rx is not None
    seen = set()
    for text in DATE_TEXTS:
        low = lower_text(text)
        want = [(m.span(), m.groupdict()) for m in dates._DATE_RE.finditer(low)]
        got = [(m.span(), {**dates._DATE_GROUPS, **m.groupdict()}) for m, _ in dates._DATE_DISPATCH.matches(low)]
        assert got == want
        seen |= {k for _, g in want for k, v in g.items() if v}
    assert {"y1", "y2", "y3", "y4", "yb", "y5", "y7", "d6"} <= seen


def test_relative_dates_same_with_dispatch() -> None:
    from kemiskinan_ie.components.dates import DateTagger

    tagger = DateTagger(None)
    assert tagger.relative_dispatch.rx is not None
    text = "Tahun lalu angkanya naik, tahun ini turun; hingga kini dan dua tahun terakhir sama seperti tahun sebelumnya."
    low = lower_text(text)
    want = [(m.start(), m.end(), int(m.lastgroup[1:])) for m in tagger.relative_re.finditer(text)]
    assert len(want) >= 3
    assert list(tagger.relative_dispatch.finditer(low)) == want
    # the tagger gives the same dates with the lower-cased text as without it
    assert tagger.find(text, [], None, low) == tagger.find(text, [], None, None)


def test_needle_sets_index_like_each_needles(monkeypatch) -> None:
    import pickle

    from kemiskinan_ie.components.relations import patterns
    from kemiskinan_ie.components.relations.patterns import Needles, NeedleSets, Pieces

    needles = {
        "down": Needles(re.compile(r"(?<![\w-])(?:turun|menurun|penurunan|berkurang)(?![\w-])", re.I)),
        "up": Needles(re.compile(r"(?<![\w-])(?:naik|kenaikan|meningkat|bertambah)(?![\w-])", re.I)),
        "none": Needles(re.compile(r"\d+")),  # no words: always searched
    }
    text = ("Angka kemiskinan turun, lalu naik lagi; penurunan berlanjut dan jumlahnya bertambah. "
            "Kenaikan menurun? Turun-naik, berkurangnya bantuan.")
    low = patterns.lower_text(text)
    for pieces in ([(0, len(text))], [(0, 40), (50, 90), (95, len(text))], [(10, 10)]):
        joined = Pieces(low, pieces)
        want = {name: n.index_pieces(joined) for name, n in needles.items()}
        assert NeedleSets(needles).index_pieces(joined) == want
        assert pickle.loads(pickle.dumps(NeedleSets(needles))).index_pieces(joined) == want
        assert NeedleSets(needles).index_pieces(None) == {name: None for name in needles}
        monkeypatch.setattr(patterns, "ahocorasick", None)  # the fallback gives the same
        assert NeedleSets(needles).automaton is None
        assert NeedleSets(needles).index_pieces(joined) == want
        monkeypatch.undo()
    whole = NeedleSets(needles).index_pieces(Pieces(low, [(0, len(text))]))
    assert len(whole["down"][0]) >= 5 and len(whole["up"][0]) >= 4 and whole["none"] is None



WORD_TEXTS = [
    "Kepala Dinas Sosial, kata Budi. Dinsos-Kab dan BPS/Bappeda; BPS Kabupaten Garut, kata-kata Ani.",
    "ujarnya Siti, kata Budi dan katanya Joko: BPS mencatat. PKH-BLT dan pkh serta Pkh, bansos PKH Plus.",
    "BPSX tidak, xBPS tidak, _BPS tidak, BPS_ tidak; Bappeda Provinsi.",
]


def test_word_scan_same_spans_as_the_regexes(monkeypatch) -> None:
    import pickle

    from kemiskinan_ie import regex_speed
    from kemiskinan_ie.regex_speed import WordScan, literal_trie

    heads = ["Dinas", "Dinas Sosial", "Bappeda", "BPS", "Dinsos"]
    verbs = ["kata", "katanya", "ujar", "ujarnya"]
    rxs = [
        re.compile(r"(?<![\w])" + literal_trie(heads) + r"(?![\w-])"),
        re.compile(r"(?<![\w/-])" + literal_trie(heads) + r"(?![\w/-])"),
        re.compile(r"(?<![\w-])" + literal_trie(verbs) + r"\s+(?=[A-Z])"),
    ]
    scan = WordScan([(heads, "", "-", None), (heads, "/-", "/-", None),
                     (verbs, "-", None, re.compile(r"\s+(?=[A-Z])"))])
    anycase = ["PKH", "PKH Plus", "bansos", "Program Keluarga Harapan"]
    any_rx = re.compile(r"(?<![\w-])" + literal_trie(anycase, ignore_case=True) + r"(?![\w-])", re.I)
    any_scan = WordScan([(anycase, "-", "-", None)], ignore_case=True)
    found = 0
    for text in WORD_TEXTS:
        want = [[m.span() for m in rx.finditer(text)] for rx in rxs]
        assert scan.scan(text) == want
        assert pickle.loads(pickle.dumps(scan)).scan(text) == want
        found += sum(map(len, want))
        assert any_scan.scan(lower_text(text)) == [[m.span() for m in any_rx.finditer(text)]]
    assert found >= 12
    # "katanya Budi": the longer verb first; "kata-kata Ani": no verb after a hyphen
    assert (WORD_TEXTS[1].index("katanya"), WORD_TEXTS[1].index("katanya") + 8) in scan.scan(WORD_TEXTS[1])[2]
    monkeypatch.setattr(regex_speed, "_ahocorasick", None)
    assert WordScan([(heads, "", "-", None)]).automaton is None  # the callers keep their regexes
    monkeypatch.undo()
    assert WordScan([(["Café"], "", "-", None)], ignore_case=True).automaton is None


def test_components_same_with_and_without_word_scans(monkeypatch) -> None:
    import kemiskinan_ie
    from kemiskinan_ie.pipeline import build

    texts = [t + " Menurut Kepala BPS Kabupaten Garut, Ir. Budi Santoso, angka kemiskinan turun." for t in WORD_TEXTS]
    fast = [kemiskinan_ie.extract(t, "2024-06-01", nlp=build()).to_json() for t in texts]
    nlp = build()
    for name in ("kie_agencies", "kie_programs", "kie_officials"):
        pipe = nlp.get_pipe(name)
        for attr in ("word_scan", "any_scan", "cased_scan", "speech_scan", "lower_title_scan"):
            if getattr(pipe, attr, None) is not None:
                monkeypatch.setattr(getattr(pipe, attr), "automaton", None)
    plain = [kemiskinan_ie.extract(t, "2024-06-01", nlp=nlp).to_json() for t in texts]
    assert fast == plain
    assert any('"AGENCY"' in j for j in fast) and any('"OFFICIAL"' in j for j in fast)


def test_start_set_patterns_still_pickle_as_such_after_equal_ones_are_collected() -> None:
    import gc
    import pickle

    from kemiskinan_ie.components.officials import OfficialTagger

    gc.disable()
    try:
        dropped = [OfficialTagger(None) for _ in range(2)]  # equal patterns, made first
        kept = OfficialTagger(None)
        del dropped
    finally:
        gc.enable()
    gc.collect()
    clone = pickle.loads(pickle.dumps(kept))
    assert clone.title_re == kept.title_re  # the start-set form, not the plain pattern
    assert clone.title_re != re.compile(kept.title_re.pattern, kept.title_re.flags)


def test_line_start_search_same_matches() -> None:
    from kemiskinan_ie.regex_speed import LineStartSearch

    text = ("Baca juga: Angka kemiskinan turun\nJAKARTA, KOMPAS.com - Data BPS\n  Editor: Budi\n\n"
            "Penulis : Ani\nbaca juga berita lain\nTeks biasa, Editor: bukan di awal baris\n")
    anchored = [
        re.compile(r"(?:^[ \t]*(baca\s+juga|editor|penulis)\s*:?)|(?:^[ \t]*\*{3,}\s*$)", re.I | re.M),
        re.compile(r"^[A-Z][^\n,()]{1,35},\s*(?P<b>[A-Z][\w.]*)", re.M),
    ]
    for rx in anchored:
        search = LineStartSearch(rx)
        assert search.lines_only
        assert [m.span() for m in search.finditer(text)] == [m.span() for m in rx.finditer(text)]
    assert len(list(LineStartSearch(anchored[0]).finditer(text))) == 4
    # not every match starts a line, no MULTILINE, or an empty match: the plain scan
    for rx in (re.compile(r"^baca|editor", re.I | re.M), re.compile(r"^Baca"), re.compile(r"^\s*", re.M)):
        search = LineStartSearch(rx)
        assert not search.lines_only
        assert [m.span() for m in search.finditer(text)] == [m.span() for m in rx.finditer(text)]
