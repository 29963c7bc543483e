"""The relation layer skips a check of the words before a figure when the one-pass needle index
(``RelationLinker.piece_needles``) shows that none of the check's words is there: such a skip must
never hide a match the check's pattern would find."""

from __future__ import annotations

import re

import pytest

import kemiskinan_ie
from kemiskinan_ie.components.relations.patterns import Pieces, lower_text, may_hold

#: short sentences of the kinds those checks look for, and some with none of their words
SENTENCES = (
    "Angka kemiskinan di tingkat provinsi tercatat 8,5 persen pada Maret 2024.",
    "Dari anggaran provinsi, Pemprov menyalurkan Rp 2,1 miliar untuk 1.200 keluarga.",
    "Kecamatan Sukamaju mencatat penerima terbanyak, yakni 2.310 KPM.",
    "Selama lima tahun terakhir, angka kemiskinan turun 3,2 persen poin.",
    "Sebanyak 14 kabupaten di wilayah itu berada di bawah 10 persen.",
    "Dari setiap seratus warga, ada sebelas orang yang hidup miskin.",
    "Jumlahnya turun dibanding tahun lalu yang mencapai Rp 51,8 miliar.",
    "Kota berpenduduk 120.000 jiwa itu kini memiliki 3.400 warga miskin.",
    "Pelatihan yang dihadiri 85 peserta itu digelar di balai desa.",
    "Sebanyak 40 petugas pendamping PKH turun ke lapangan.",
    "Ada tambahan sekitar 15 ribu penduduk miskin tahun ini.",
    "Artinya ada pemangkasan Rp 10,5 miliar dari pagu semula.",
    "Ekonomi sempat terkontraksi 2,1 persen sebelum tumbuh kembali.",
    "Harga beras naik 4 persen di pasar induk pekan lalu.",
    "Bantuan itu diterima 9.800 keluarga di Desa Sukamaju.",
)


@pytest.fixture(scope="module")
def linker():
    return kemiskinan_ie.load().get_pipe("kie_relations")


def _text_and_pieces() -> tuple[str, list[tuple[int, int]]]:
    """The sentences as one text, and each sentence's range as a piece."""
    pieces, pos = [], 0
    for s in SENTENCES:
        pieces.append((pos, pos + len(s)))
        pos += len(s) + 1
    return " ".join(SENTENCES), pieces


def test_every_piece_check_has_words_to_gate_on(linker) -> None:
    # (a check whose pattern yields no needle words would never be skipped: the gate must stay useful)
    assert linker.piece_checks
    for name in linker.piece_checks:
        assert linker.needles[name].words, name
        assert name in linker.piece_needles.names


def test_a_skipped_window_never_holds_a_match(linker) -> None:
    text, pieces = _text_and_pieces()
    low = lower_text(text)
    assert low is not None
    hits = linker.piece_needles.index_pieces(Pieces(low, pieces))
    matched, skipped = set(), set()
    for name, rx in linker.piece_checks.items():
        for s0, e0 in pieces:
            # (the checks end right before a number: windows end there, and at other places too)
            numbers = [m.start() for m in re.compile(r"(?<![\d.,])\d").finditer(text, s0, e0)]
            for a in range(s0, e0, 3):
                for b in {e0, min(e0, a + 40), *(n for n in numbers if n > a)}:
                    found = rx.search(text[a:b]) is not None
                    if found:
                        matched.add(name)
                        assert may_hold(hits[name], a, b), (name, text[a:b])
                    elif not may_hold(hits[name], a, b):
                        skipped.add(name)
    # the sentences exercise both sides of most gates (a test that only ever skips proves nothing)
    assert len(matched) >= 10, sorted(set(linker.piece_checks) - matched)
    assert skipped == set(linker.piece_checks)


def test_skips_leave_the_figures_unchanged(linker) -> None:
    nlp = kemiskinan_ie.load()
    text = ("Angka kemiskinan di tingkat provinsi tercatat 8,5 persen pada Maret 2024. "
            "Kecamatan Sukamaju mencatat penerima terbanyak, yakni 2.310 KPM. "
            "Ada tambahan sekitar 15 ribu penduduk miskin tahun ini.")
    figs = kemiskinan_ie.extract(text, "2024-06-01", nlp=nlp).figures
    # without the index every check runs: the figures must come out the same
    plain = linker.piece_needles.index_pieces
    try:
        linker.piece_needles.index_pieces = lambda pieces: {name: None for name in linker.piece_needles.needles}
        unskipped = kemiskinan_ie.extract(text, "2024-06-01", nlp=nlp).figures
    finally:
        linker.piece_needles.index_pieces = plain
    assert [f.model_dump() for f in figs] == [f.model_dump() for f in unskipped]
    assert figs and any(f.kind == "change" for f in figs)


def _frozen_after_load(flag: str | None) -> int:
    """``gc.get_freeze_count()`` in a fresh interpreter right after ``load()``."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {k: v for k, v in os.environ.items() if k != "KEMISKINAN_IE_GC_FREEZE"}
    if flag is not None:
        env["KEMISKINAN_IE_GC_FREEZE"] = flag
    root = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    code = "import gc, kemiskinan_ie; kemiskinan_ie.load(); print(gc.get_freeze_count())"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, cwd=root)
    return int(out.stdout.strip().splitlines()[-1])


def test_load_takes_the_pipeline_out_of_the_collectors_view_only_when_asked() -> None:
    # a library leaves the host's collector alone by default ...
    assert _frozen_after_load(None) == 0
    # ... and freezes the built pipeline's long-lived objects (full collections no longer walk them) on request
    assert _frozen_after_load("1") > 100_000


def test_gated_headline_date_search_finds_what_the_plain_pattern_finds() -> None:
    from kemiskinan_ie.components.dates import MONTHS
    from kemiskinan_ie.components.relations import linker as linker_module

    plain = re.compile(r"\b(?:19|20)\d\d\b|\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b", re.I)
    headlines = ("Angka Kemiskinan Kabupaten Bone Turun pada Maret 2024", "Penduduk Miskin Bertambah 320 Orang",
                 "BLT Dana Desa Cair Bulan Depan, Warga Diminta Bersabar", "Kemiskinan 2023 Capai 9,36 Persen",
                 "Per SEPTEMBER, Penerima PKH 14.562 KPM", "Target 20245 belum tercapai", "Bupati: Marettaaa")
    for h in headlines:
        a, b = plain.search(h), linker_module._HEADLINE_DATE_RE.search(h, 0, len(h))
        assert (a and a.span()) == (b and b.span()), h
    assert linker_module._HEADLINE_DATE_RE.search(headlines[0]) is not None
    assert linker_module._HEADLINE_DATE_RE.search(headlines[1]) is None


def test_lowered_searches_of_the_linker_find_what_its_patterns_find(linker) -> None:
    from kemiskinan_ie.regex_speed import lower_text as exact_lower_text

    text = (" ".join(SENTENCES) + " Sebanyak 1.250 warga menerima BLT, 18.904 di antaranya tercatat sebagai penerima PKH."
            " Sekitar 30 persen dari total anggaran dipakai untuk pendidikan. Di Kabupaten Bone, angka itu 7 persen;"
            " di kabupaten itu pula 3.120 keluarga di desa tersebut menerima bantuan.")
    low = exact_lower_text(text)
    assert low is not None and low != text
    hits = 0
    for search in (linker.beneficiary_after, linker.share_of):
        assert search.low is not None  # (else the test compares the plain pattern with itself)
        for pos in range(len(text)):
            want, got = search.rx.match(text, pos), search.match(text, low, pos)
            assert (want and want.span()) == (got and got.span()), (search.rx.pattern[:40], text[pos:pos + 30])
            hits += want is not None
            # without the lower-cased text the plain pattern runs
            plain = search.match(text, None, pos)
            assert (want and want.span()) == (plain and plain.span())
    want = [(m.span(), m.group(1).lower()) for m in linker.place_anaphora_re.finditer(text)]
    got = [(m.span(), m.group(1)) for m in linker.place_anaphora.finditer(text, low)]
    assert want == got and len(want) >= 2
    assert hits >= 3


def test_kind_reads_the_same_with_and_without_the_lower_cased_text(linker) -> None:
    from kemiskinan_ie.regex_speed import lower_text as exact_lower_text

    sentences = ("Angka kemiskinan Turun 0,5 persen poin menjadi 9,2 persen.",
                 "Penduduk miskin bertambah 1.200 jiwa dibanding tahun lalu.",
                 "Pemerintah menargetkan kemiskinan turun ke 7 persen pada 2026.",
                 "Deputi Bidang Peningkatan Kesejahteraan Sosial menyebut 12 program.",
                 "Anggaran percepatan penurunan stunting mencapai Rp 6,3 miliar.",
                 "Penurunan itu tertolong oleh bantuan sosial sebesar 4 persen.")
    kinds = set()
    for sent in sentences:
        low = exact_lower_text(sent)
        assert low is not None
        for m in re.finditer(r"(?<![\d.,])\d[\d.,]*", sent):
            q = {"start": m.start(), "end": m.end(), "family": "idr" if "Rp" in sent else "pct"}
            plain = linker._kind(sent, q, 0, 0, None)
            assert linker._kind(sent, q, 0, 0, None, low) == plain, sent
            kinds.add(plain[0])
    assert kinds == {"level", "change", "target"}


def test_lower_search_search_keeps_the_plain_spans() -> None:
    from kemiskinan_ie.regex_speed import LowerSearch
    from kemiskinan_ie.regex_speed import lower_text as exact_lower_text

    rx = re.compile(r"\b(?:R?APB[DNK](?:-?P)?|tahun\s+anggaran)\s*$|\bDTKS\b", re.I)
    search = LowerSearch(rx)
    assert search.low is not None
    text = "Rancangan APBD 2025 memuat data dtks terbaru; Tahun Anggaran "
    low = exact_lower_text(text)
    found = 0
    for a in range(0, len(text), 2):
        for b in (len(text), min(len(text), a + 20)):
            want, got = rx.search(text, a, b), search.search(text, low, a, b)
            assert (want and want.span()) == (got and got.span())
            found += want is not None
    assert found > 5
