"""The speed-ups of round 8 give what the code they replace gives."""

from __future__ import annotations

import random
import re

import pytest
import spacy
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.tokens import Doc

from kemiskinan_ie import tokenizer as tok_mod
from kemiskinan_ie.components.base import write_ents
from kemiskinan_ie.regex_speed import ascii_safe, ascii_twin, gated

_TEXTS = [
    "JAKARTA, Kompas.com - Jumlah penduduk miskin turun 0,36 persen poin menjadi 9,03 persen.",
    "Rp550.458/kapita/bulan (74,21%) pada 28/11/2024; Dayeuh-luhur, kabupaten/kota ke-6.",
    "Kata Kepala BPS, Budi Santoso:\n\n- Batugaing: 58 KPM\t(112 keluarga)  ***",
    "S.E. A.Md. 10ribu 2,5juta 7.064,00 _x_ ’kutip’ — “Bank Dunia” US$ 2,15 per hari",
    "garis kemiskinan\x1cRp 1.000\x1fjiwa",  # ASCII, but with separators Unicode reads as white space
    "Ibu kota: İstanbul, Kelvin \u212a, ſ",  # not ASCII
]


def _random_text(rng: random.Random) -> str:
    alphabet = "aAbKkSs zZ09.,-/()%:\n\t\x1c\x1f_’İ\u212a–“é\u00a0"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))


def test_ascii_safe_refuses_what_reads_differently_in_ascii_mode():
    assert ascii_safe("Jumlah 9,03 persen\n\tturun")
    assert ascii_safe("turun \u2013 9 \u201cpersen\u201d \u2019")  # dashes and quotes read the same
    assert ascii_safe("")
    for bad in ("turun\x1c9", "Andr\u00e9", "\u00a0", "\u0661", "\u212a", "\u0130", "ok \U0001F600"):
        assert not ascii_safe(bad), bad


@pytest.mark.parametrize("pattern, flags", [
    (r"\w+|\s+|\d+|[^\w\s]", 0),
    (r"(?<![\w-])(?:kata|ujar|persen)(?![\w-])", re.I),
    (r"[^\S\n]*(?P<u>%|persen|jiwa)\b", re.I),
    (r"\bK\w*\s+S", re.I),
])
def test_ascii_twin_same_matches_on_ascii_safe_texts(pattern: str, flags: int) -> None:
    rng = random.Random(8)
    for rx in (re.compile(pattern, flags), gated(re.compile(pattern, flags))):
        twin = ascii_twin(rx)
        assert twin.flags & re.ASCII
        texts = _TEXTS + [_random_text(rng) for _ in range(400)]
        for text in texts:
            if not ascii_safe(text):
                continue
            assert [(m.span(), m.groups(), m.lastgroup) for m in twin.finditer(text)] == \
                [(m.span(), m.groups(), m.lastgroup) for m in rx.finditer(text)]


def test_ascii_twin_differs_where_ascii_safe_refuses():
    # the reason for the check: Unicode \s takes \x1c, ASCII \s does not
    rx = re.compile(r"\s+")
    assert rx.findall("a\x1cb") != ascii_twin(rx).findall("a\x1cb")


def test_tokenizer_pieces_same_with_the_ascii_pattern():
    rng = random.Random(3)
    for text in _TEXTS + [_random_text(rng) for _ in range(400)]:
        if ascii_safe(text):
            assert tok_mod._PIECES_ASCII.findall(text) == tok_mod._PIECES_RE.findall(text)
    nlp = spacy.blank("id")
    tok = tok_mod.RegexTokenizer(nlp.vocab)
    for text in _TEXTS:
        doc = tok(text)
        assert doc.text == text


def _columns(doc: Doc):
    return doc.to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]).tolist()


def test_write_ents_same_annotation_as_set_ents():
    nlp = spacy.blank("id")
    words = "Bupati Budi Santoso di Kabupaten Majene mengatakan 9,03 persen".split()
    for labelled in ([], [(1, 3, "OFFICIAL")], [(0, 1, "OFFICIAL"), (4, 6, "PLACE")]):
        a = Doc(nlp.vocab, words=words)
        b = Doc(nlp.vocab, words=words)
        # earlier entities are replaced either way
        for d in (a, b):
            d.set_ents([d[7:8]], default="unmodified")
            d.ents = [spacy.tokens.Span(d, 7, 9, label="QUANTITY")]
        a.set_ents([spacy.tokens.Span(a, s, e, label=lab) for s, e, lab in labelled], default="outside")
        write_ents(b, [spacy.tokens.Span(b, s, e, label=lab) for s, e, lab in labelled])
        assert _columns(a) == _columns(b)
        assert [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in b.ents]
    empty = Doc(nlp.vocab, words=[])
    write_ents(empty, [])
    assert list(empty.ents) == []


def test_alternative_needles_never_refuse_a_text_with_a_match():
    from kemiskinan_ie import lexicon
    from kemiskinan_ie.components.relations.patterns import AlternativeNeedles, lower_text

    cues = lexicon.load("cues")
    rx = re.compile(cues["foreign_line"], re.I)
    gate = AlternativeNeedles(rx)
    assert gate.alternatives is not None
    texts = [
        "Menurut Bank Dunia, garis kemiskinan ekstrem US$ 2,15 per hari.",
        "Standar WORLD BANK dipakai di sini.", "Garis Kemiskinan Internasional naik.",
        "Dengan paritas daya beli (PPP) 2017.", "Bank daerah memberi kredit setiap hari.",
        "Harga US$ 5 per kapita per hari", "Tidak ada apa-apa hari ini.",
    ]
    rng = random.Random(11)
    words = ["bank", "Dunia", "US$", "2", "per", "hari", "world", "paritas", "daya", "beli", "garis", "x", " ", "\n"]
    texts += ["".join(rng.choice(words) + rng.choice([" ", ""]) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    refused = 0
    for text in texts:
        low = lower_text(text)
        if not gate.may_match(low):
            refused += 1
            assert rx.search(text) is None, text
    assert refused > 100
    assert gate.may_match(None)
    assert AlternativeNeedles(re.compile(r"a|\d+")).alternatives is None  # an alternative without a word


def test_word_scan_with_an_exact_list_gives_each_list_its_own_spans():
    from kemiskinan_ie.regex_speed import WordScan, lower_text

    anycase = ["kepala dinas", "camat", "ketua"]
    cased = ["Kata", "kata", "ujar", "PKH", "Pkh", "katanya"]
    tail_any = re.compile(r"(?:\s+\w+){0,2}?\s*,\s+(?=[A-Z])", re.I)
    tail_cased = re.compile(r"\s+(?=[A-Z])")
    merged = WordScan([(anycase, "-", None, tail_any), (cased, "-", "-", tail_cased)], ignore_case=True,
                      exact=(False, True))
    alone_any = WordScan([(anycase, "-", None, tail_any)], ignore_case=True)
    alone_cased = WordScan([(cased, "-", "-", tail_cased)])
    assert merged.automaton is not None
    rng = random.Random(4)
    pieces = ["kata", "Kata", "KATA", "katanya", " ", ", ", "Budi", "ujar", "-", "camat", "Camat", "PKH", "pkh",
              "Pkh", "kepala dinas", "Ketua", "x", "\n"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        low = lower_text(text)
        got = merged.scan(low, text)
        assert got[0] == alone_any.scan(low)[0]
        assert got[1] == alone_cased.scan(text)[0]


def _fixture_texts() -> list[str]:
    from pathlib import Path

    folder = Path(__file__).resolve().parent / "fixtures" / "articles"
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def test_ascii_twins_of_the_component_patterns_find_the_same():
    import kemiskinan_ie
    from kemiskinan_ie import gazetteer
    from kemiskinan_ie.components import dates, quantities

    nlp = kemiskinan_ie.load()
    pairs = [(quantities._NUM_RE, quantities._NUM_ASCII, False), (dates._BARE_MONTH_RE, dates._BARE_MONTH_ASCII, False),
             (gazetteer.RUN_RE, gazetteer.RUN_ASCII, False),
             (nlp.get_pipe("kie_boilerplate").any_tail, nlp.get_pipe("kie_boilerplate").any_tail_ascii, False),
             (nlp.get_pipe("kie_officials").title_re, nlp.get_pipe("kie_officials").title_ascii, False),
             (dates._DATE_DISPATCH.rx, dates._DATE_DISPATCH.rx_ascii, True),
             (nlp.get_pipe("kie_dates").relative_dispatch.rx, nlp.get_pipe("kie_dates").relative_dispatch.rx_ascii, True),
             (nlp.get_pipe("kie_metrics").rx_dispatch.rx, nlp.get_pipe("kie_metrics").rx_dispatch.rx_ascii, True)]
    # the fixture articles made ASCII (their typographic quotes and dashes replaced), and each line alone
    texts = _TEXTS + _fixture_texts() + [t.encode("ascii", "replace").decode() for t in _fixture_texts()]
    texts = [t for t in texts + [line for t in texts for line in t.splitlines()] if ascii_safe(t)]
    assert any(not t.isascii() for t in texts)
    for plain, twin, low in pairs:
        assert twin is not plain and twin.flags & re.ASCII
        for text in texts:
            x = text.lower() if low else text
            assert [(m.span(), m.groups()) for m in twin.finditer(x)] == [(m.span(), m.groups()) for m in plain.finditer(x)]


def test_pipeline_same_output_with_and_without_the_ascii_twins(monkeypatch):
    import kemiskinan_ie
    from kemiskinan_ie import regex_speed

    own = ("KUPANG, Kabarnusa.com \u2013 Badan Pusat Statistik (BPS) mencatat persentase penduduk miskin di "
           "Kabupaten Kupang turun menjadi 21,3 persen pada Maret 2024, dari 22,1 persen setahun sebelumnya. "
           "\u201cPenurunan ini berkat bantuan sosial,\u201d ujar Kepala BPS Kupang, Maria Lado, Senin (1/7/2024). "
           "Sebanyak 12.400 KPM menerima PKH tahun lalu.")
    assert ascii_safe(own) and not own.isascii()
    texts = [own] + _fixture_texts() + [t.encode("ascii", "replace").decode() for t in _fixture_texts()]
    records = [{"id": str(i), "text": t, "meta": {"published": "2024-06-01"}} for i, t in enumerate(texts)]
    nlp = kemiskinan_ie.load()
    fast = [r.to_json() for r in kemiskinan_ie.extract_many(records, nlp=nlp)]
    monkeypatch.setattr(regex_speed, "ascii_safe", lambda text: False)
    monkeypatch.setattr(tok_mod, "ascii_safe", lambda text: False)
    plain = [r.to_json() for r in kemiskinan_ie.extract_many(records, nlp=nlp)]
    assert fast == plain
    assert any('"figures": [{' in line or '"figures":[{' in line for line in fast)


def test_boilerplate_lines_at_line_starts_over_the_lower_cased_text():
    import kemiskinan_ie
    from kemiskinan_ie.regex_speed import lower_text

    bp = kemiskinan_ie.load().get_pipe("kie_boilerplate")
    assert bp.any_line_search.lines_only and bp.any_line_search.low is not None
    texts = _TEXTS + _fixture_texts() + [
        "Baca juga: Angka kemiskinan turun\nEDITOR: Budi\n\n  Penulis : Sari\nTags: kemiskinan, PKH\n1.204 views",
        "SIARAN PERS Nomor: 12/HUMAS/2017 \u2013 Bagian Humas\nBeranda \u00bb Berita\n(Humas Pemkab Bima/HN)",
    ]
    for text in texts:
        low = lower_text(text)
        want = [m.span() for m in bp.any_line.finditer(text)]
        assert [m.span() for m in bp.any_line_search.finditer(text, low)] == want
        assert [m.span() for m in bp.any_line_search.finditer(text)] == want
        assert bp.find(text, low) == bp.find(text)


def test_tails_at_the_end_of_a_one_line_text_found_by_one_mirrored_match():
    import kemiskinan_ie
    from kemiskinan_ie.regex_speed import TextEndSearch

    bp = kemiskinan_ie.load().get_pipe("kie_boilerplate")
    assert bp.tail_at_end.suffix is not None
    pieces = ["Angka kemiskinan turun.", " ", "ANTARA", "/", "HO-Diskominfo Bartim", ".", "(Fik)", "(adv/dkk/lz)",
              "\u201d", " Metro7", "/Sri", "***", "Dok", "Istimewa", "  ", "(IL1)]", "x", "\u201c", "9,03"]
    rng = random.Random(6)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        has = bp.any_tail.search(text) is not None
        assert bp.tail_at_end.may_match(text) == has, text
        found += has
    assert found > 200
    assert bp.tail_at_end.may_match("satu\ndua")  # with a line break: search as before
    assert TextEndSearch(re.compile(r"a$|b")).suffix is None  # an alternative not closed by "$"


def test_lower_text_and_ascii_safe_read_each_character_as_the_plain_definitions_do():
    from kemiskinan_ie.regex_speed import lower_text

    def cased(ch: str) -> bool:
        return ord(ch) > 0xFFFF or ch.lower() != ch or ch.upper() != ch

    def unsafe(ch: str) -> bool:
        return cased(ch) or ch.isalnum() or ch.isspace()

    alphabet = "aZ9 .,\n\u2019\u201c\u2013\u00e9\u00c9\u0130\u0131\u00df\u212a\u03a3\u0661\u00a0\u00b0\u00a9\U0001F600\x1c"
    rng = random.Random(9)
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        wide = [ch for ch in text if ord(ch) >= 128]
        assert lower_text(text) == (None if any(cased(ch) for ch in wide) else text.lower())
        want = not any(unsafe(ch) for ch in wide) and not any(c in text for c in "\x1c\x1d\x1e\x1f")
        assert ascii_safe(text) == want, repr(text)


def test_shared_word_scan_gives_each_component_its_own_spans():
    import pickle

    import kemiskinan_ie
    from kemiskinan_ie.regex_speed import SharedWordScan, lower_text

    nlp = kemiskinan_ie.load()
    agencies, programs, officials = (nlp.get_pipe(n) for n in ("kie_agencies", "kie_programs", "kie_officials"))
    assert agencies._shared is programs._shared is officials._shared
    texts = _TEXTS + _fixture_texts() + [
        "Kata Kepala Dinas Sosial, Budi: BPS dan Dinsos Kabupaten Garut menyalurkan PKH dan BPNT, ujar Camat Sari.",
        "kata kepala desa setempat, Rini. \u201cProgram Keluarga Harapan (PKH) turun,\u201d ujarnya kepada Kemensos RI.",
    ]
    for text in texts:
        low = lower_text(text)
        if low is None:
            continue
        cache: dict = {}
        got_a = agencies._shared.spans(cache, low, text, agencies._slot)
        assert got_a == agencies.word_scan.scan(text)
        assert programs._shared.spans(cache, low, text, programs._slot) == programs.name_scan.scan(low, text)
        assert officials._shared.spans(cache, low, text, officials._slot) == officials.title_speech_scan.scan(low, text)
        assert len(cache) == 1  # one pass for the three
    assert agencies._shared.spans({}, None, "X", agencies._slot) is None  # no lower-cased text: each scans itself
    clone = pickle.loads(pickle.dumps(agencies._shared))
    assert clone.lists == agencies._shared.lists and clone.exact == agencies._shared.exact
    text = "Kepala BPS Garut mengatakan PKH naik."
    assert clone.spans({}, text.lower(), text, agencies._slot) == agencies.word_scan.scan(text)
    lone = SharedWordScan()
    slot = lone.add([(["BPS"], "", "-", None)], (True,))
    assert lone.spans({}, "bps dan bps", "bps dan BPS", slot) == [[(8, 11)]]


def test_tokenizer_split_gives_the_findall_pieces_and_spaces():
    nlp = spacy.blank("id")
    tok = tok_mod.RegexTokenizer(nlp.vocab)
    rng = random.Random(12)
    alphabet = "ab Z9.,-_/()%\n\t  \u00b2\u00bd\u2019\u2013\u00e9\u0130x"
    texts = _TEXTS + ["", " ", "\n\n", "a  b"] + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
                                                 for _ in range(2000)]
    for text in texts:
        rx = tok_mod._PIECES_ASCII if ascii_safe(text) else tok_mod._PIECES_RE
        pairs = rx.findall(text)
        doc = tok(text)
        assert [t.text for t in doc] == [w for w, _ in pairs]
        assert [t.whitespace_ for t in doc] == [s for _, s in pairs]
        assert doc.text == text


def test_programme_and_registry_gates_never_refuse_a_text_with_a_match():
    import kemiskinan_ie
    from kemiskinan_ie.regex_speed import lower_text

    nlp = kemiskinan_ie.load()
    programs, metrics = nlp.get_pipe("kie_programs"), nlp.get_pipe("kie_metrics")
    pairs = [(programs.lower_head_gate, programs.lower_head_re), (metrics.registry_gate, metrics.registry_re)]
    pieces = ["program ", "Program ", "gerakan ", "Keluarga ", "Harapan ", "Sejahtera ", "DTKS ", "dtks ", "data ",
              "Data Terpadu Kesejahteraan Sosial ", "Regsosek ", "P3KE ", "BDT ", "basis data terpadu ", "x ", ", "]
    rng = random.Random(13)
    texts = _TEXTS + _fixture_texts() + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
                                         for _ in range(3000)]
    refused = 0
    for text in texts:
        low = lower_text(text)
        for gate, rx in pairs:
            assert gate.alternatives is not None
            if not gate.may_match(low):
                refused += 1
                assert rx.search(text) is None, text
    assert refused > 300
