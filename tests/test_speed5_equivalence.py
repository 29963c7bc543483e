"""The speed-ups of round 5 (relation layer) give what the checks they replace give."""

from __future__ import annotations

import random

from kemiskinan_ie.components.relations import linker
from kemiskinan_ie.components.relations.patterns import _FROM_BEFORE, found_before, lower_text


def _old_outside(items: list[dict], spans: list[tuple[int, int]]) -> list[dict]:
    return [c for c in items if not any(ps <= c["start"] and c["end"] <= pe and (ps, pe) != (c["start"], c["end"])
                                        for ps, pe in spans)]


def test_outside_spans_matches_the_plain_filter():
    rng = random.Random(5)
    for _ in range(2000):
        spans = []
        for _ in range(rng.randint(1, 5)):
            a = rng.randint(0, 60)
            spans.append((a, a + rng.randint(1, 25)))
        items = []
        for _ in range(rng.randint(0, 12)):
            a = rng.randint(0, 80)
            items.append({"start": a, "end": a + rng.randint(1, 15)})
        items.sort(key=lambda c: c["start"])
        assert linker._outside_spans(items, spans) == _old_outside(items, spans)


def test_outside_spans_keeps_an_item_equal_to_a_span():
    items = [{"start": 3, "end": 9}, {"start": 4, "end": 8}, {"start": 20, "end": 25}]
    assert linker._outside_spans(items, [(3, 9)]) == [items[0], items[2]]


def test_from_words_gate_every_match():
    # every match of the from-check holds one of the gate's words: a window without them has none
    assert linker._FROM_WORDS
    text = ("Angka itu turun dari 12,5 persen, semula 13 persen, dan sebelumnya sekitar 14 persen; "
            "DARI posisi 9 persen, lebih dari 7 orang, tidak dari 8 orang, naik 3 persen")
    low = lower_text(text)
    rlow = low[::-1]
    found = 0
    for end in range(len(text) + 1):
        start = max(0, end - 25)
        hit = found_before(_FROM_BEFORE, text, rlow, start, end)
        if hit:
            found += 1
            assert any(w in low[start:end] for w in linker._FROM_WORDS)
    assert found >= 4


def _old_quantities_by_sentence(quantities: list[dict], sents: list[tuple[int, int]]):
    per_sent: dict[int, list[dict]] = {}
    pieces: list[tuple[int, int]] = []
    qi, nq = 0, len(quantities)
    for sent_no, (s0, e0) in enumerate(sents):
        if qi == nq:
            break
        if quantities[qi]["start"] >= e0:
            continue
        sent_qs = []
        while qi < nq and quantities[qi]["start"] < e0:
            if quantities[qi]["start"] >= s0:
                sent_qs.append(quantities[qi])
            qi += 1
        if sent_qs:
            per_sent[sent_no] = sent_qs
            pieces.append((s0, max(q["start"] for q in sent_qs)))
    return per_sent, pieces


def test_quantities_by_sentence_matches_the_walk_in_and_out_of_order():
    rng = random.Random(7)
    for _ in range(2000):
        sents, pos = [], 0
        for _ in range(rng.randint(0, 6)):
            pos += rng.randint(0, 3)
            end = pos + rng.randint(0, 20)
            sents.append((pos, end))
            pos = end
        qs = [{"start": rng.randint(0, pos + 5)} for _ in range(rng.randint(0, 8))]
        if rng.random() < 0.7:
            qs.sort(key=lambda q: q["start"])
        assert linker._quantities_by_sentence(qs, sents) == _old_quantities_by_sentence(qs, sents)


def test_restated_years_only_within_metric_kind_and_region():
    from kemiskinan_ie.components.relations.period import PeriodLinking

    def fig(metric, how, year, start, value=10.0, region="33"):
        return {"metric": metric, "kind": "level", "region_code": region, "_how": how, "year": year,
                "month": None, "start": start, "value": value}

    figs = [fig("poverty_rate", "article", 2025, 0), fig("poverty_count", "attached", 2019, 10),
            fig("poverty_rate", "attached", 2023, 20, region="34"), fig("poverty_rate", "attached", 2022, 30)]
    PeriodLinking._adopt_restated_years(figs)
    assert figs[0]["year"] == 2022  # the same metric, kind and region: not the count, not the other region


def test_doc_extensions_written_directly_read_back_through_doc_underscore():
    import kemiskinan_ie
    from kemiskinan_ie import pipeline
    from kemiskinan_ie.extensions import doc_ext

    nlp = kemiskinan_ie.load()
    text = ("Jakarta, 3 Maret 2024 - Badan Pusat Statistik mencatat persentase penduduk miskin "
            "Kabupaten Bantul turun menjadi 11,5 persen pada Maret 2023.")
    doc = nlp(pipeline.make_doc(nlp, text, None))
    assert doc._.article_date == "2024-03-03"  # the dateline's date, set by kie_dates
    assert doc._.figures and doc._.figures is doc_ext(doc, "figures")
    assert any(f["value"] == 11.5 for f in doc._.figures)
    assert doc._.warnings is doc_ext(doc, "warnings") and isinstance(doc._.warnings, list)


def test_event_place_with_the_lower_text_gate_matches_the_plain_checks():
    import re

    import kemiskinan_ie

    rel = kemiskinan_ie.load().get_pipe("kie_relations")
    text = ("Hal itu disampaikan Bupati saat ditemui di Mataram, Senin (3/6). Warga yang tinggal di Bima "
            "menerima bantuan. Rapat digelar DI Sumbawa, Selasa (4/6), kata Kepala Dinas di Dompu. "
            "Di Lombok Timur, 12 persen; dari Lombok Barat di  Praya, 7 Juni lalu.")
    low = lower_text(text)
    rlow = low[::-1]
    seen = 0
    for m in re.finditer(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", text):
        p = {"start": m.start(), "end": m.end()}
        after = text[m.end():m.end() + 25]
        fast = rel._event_place(text, p, after, low, rlow)
        assert fast == rel._event_place(text, p, after, None, None), m.group()
        seen += fast
    assert seen >= 2


def test_clause_bounds_with_the_lalu_lookbehinds_after_the_word_match_the_former_pattern():
    import re

    from kemiskinan_ie.text_units import _CLAUSE_RE, clauses

    words = ("tahun", "bulan", "pekan", "minggu", "hari", "Januari", "Februari", "Maret", "April", "Mei", "Juni",
             "Juli", "Agustus", "September", "Oktober", "November", "Desember")
    former = re.compile(r"(?:;|,(?!\d)|\s(?:sedangkan|sementara|namun|tetapi|kemudian|serta|dan|sehingga|padahal|atau|"
                        + "".join(f"(?<!{w}\\s)" for w in words) + r"lalu)\s)")
    text = ("Angka itu turun sejak Maret lalu dan tahun lalu, lalu naik lagi; kemudian lalu lintas padat, "
            "Desember  lalu warga datang, bulan\tlalu sedangkan 12,5 persen tercatat Juli lalu serta sementara "
            "itu kemiskinan TAHUN lalu turun, hari lalu.")
    assert [m.span() for m in _CLAUSE_RE.finditer(text)] == [m.span() for m in former.finditer(text)]
    for start in range(0, len(text), 7):
        got = [m.span() for m in _CLAUSE_RE.finditer(text, start, len(text))]
        assert got == [m.span() for m in former.finditer(text, start, len(text))]
    bounds = clauses(text, 0, len(text))
    assert len(bounds) >= 8 and text[bounds[0][0]:bounds[0][1]] == "Angka itu turun sejak Maret lalu"


def test_gated_relation_searches_find_what_the_plain_patterns_find():
    import re

    import kemiskinan_ie
    from kemiskinan_ie.components.relations import patterns

    rel = kemiskinan_ie.load().get_pipe("kie_relations")
    text = ("Dari anggaran provinsi dan APBD Prov Jawa Tengah, Pemprov menyalurkan BLT Dana Desa ke 12 kabupaten; "
            "warga dusun Sukamaju (RT 3) yang masuk desil 1 menerima bantuan, dibandingkan tahun sebelumnya. "
            "DANA DESA, DESIL 2, MENDAPATKAN, menjadi  peserta, tiga belas provinsi. Menurut data BPS angkanya "
            "turun menjadi 9 persen, serta Kepala Desa Sukamaju dan Badan Pusat Statistik mencatat naik ke level 10.")
    from kemiskinan_ie.components.relations import period, region

    for rx in (rel.counted_regions_re, rel.village_funds_re, rel.sub_village_re, rel.province_funds_re,
               linker._DECILE_RE, linker._COMPARED_BEFORE_RE, patterns._RECEIVE_RE, patterns._TO_VALUE_RE,
               patterns._SOURCE_CUE_RE, patterns._STAT_AGENCY_RE, period._LIST_SEP_RE, region._TYPED_BY_TITLE_RE):
        plain = re.compile(rx.pattern, rx.flags)
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for start in range(0, len(text), 11):
            a, b = rx.search(text, start, start + 60), plain.search(text, start, start + 60)
            assert (a and a.span()) == (b and b.span())
    assert rel.province_funds_re.search(text) and patterns._RECEIVE_RE.search(text)


def test_gated_tagger_searches_find_what_the_plain_patterns_find():
    import re

    import kemiskinan_ie
    from kemiskinan_ie.components import dates, officials, places

    pl = kemiskinan_ie.load().get_pipe("kie_places")
    text = ("Warga di Jalan Ahmad Yani Gang Melati, dekat Sungai Musi dan Hotel Santika, bertemu Kepala Desa Sukamaju, "
            "Camat Ampenan, pada Senin, ( kemarin di kota Mataram dan Kabupaten Lombok; KAB. BIMA, Rabu. "
            "Survei Status Gizi Indonesia yang dipimpin pejabat Kementerian Kesehatan.")
    rxs = [places._NOT_A_PLACE_BEFORE_RE, places._PREFIX_KOTA_RE, places._PREFIX_KAB_RE,
           dates._WEEKDAY_RE, officials._ROLE_RE]
    if pl.name_before_country_re is not None:
        rxs.append(pl.name_before_country_re)
    hits = 0
    for rx in rxs:
        plain = re.compile(rx.pattern, rx.flags)
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for end in range(len(text) + 1):
            a, b = rx.search(text, max(0, end - 40), end), plain.search(text, max(0, end - 40), end)
            assert (a and a.span()) == (b and b.span())
            hits += a is not None
    assert hits >= 10
