"""The relation linker's module-level cue words live in data/relation_cues.yaml: each key loads and compiles,
and the patterns built from them still find (or do not find) representative phrases."""

import re

import pytest

from kemiskinan_ie import lexicon
from kemiskinan_ie.components.relations import linker, metric, patterns, period, region, tables

CUES = lexicon.load("relation_cues")


def test_every_key_loads_and_compiles():
    assert len(CUES) >= 80
    for key, value in CUES.items():
        assert value, key
        for v in value if isinstance(value, list) else [value]:
            assert isinstance(v, str) and v, key
            re.compile(v)


@pytest.mark.parametrize(("rx", "text", "found"), [
    (patterns._SERIES_RE, "tiga tahun berturut-turut", True),
    (patterns._SERIES_RE, "tiga tahun lalu", False),
    (patterns._RECEIVE_RE, "1.200 KPM menerima bantuan", True),
    (patterns._STAT_AGENCY_RE, "menurut Badan Pusat Statistik", True),
    (patterns._ATTACH_RE, " pada tahun ", True),
    (patterns._ATTACH_RE, " dalam APBN-P ", True),
    (patterns._ATTACH_SOURCE_RE, " berdasarkan data BPS per ", True),
    (period._LIST_SEP_RE, "Ambon adapun Buru", True),
    (period.THEN_RE, "ketika itu", True),
    (period._BASE_VALUE_RE, ", yakni sebesar ", True),
    (region._DESCRIBED_RE, "kabupaten paling miskin ", True),
    (region._TYPED_BY_TITLE_RE, "Desa ", True),
    (metric._PER_RECIPIENT_AFTER_RE, " per bulan", True),
    (metric._OFFICE_BEFORE_RE, "Badan Pusat Statistik (BPS) ", True),
    (tables._SCALE_RE, "(ribu jiwa)", True),
    (linker._CUMULATIVE_RE, "secara kumulatif", True),
    (linker._COMPARED_BEFORE_RE, "dibandingkan", True),
    (linker._LATEST_DATA_RE, "data kemiskinan yang terbaru masih", True),
    (linker._VALUE_LABEL_RE, "12 persen dan 3.400 jiwa: miskin", True),
])
def test_patterns_built_from_the_cues(rx, text, found):
    m = rx.match(text) if rx in (patterns._ATTACH_RE, patterns._ATTACH_SOURCE_RE, period._BASE_VALUE_RE,
                                 metric._PER_RECIPIENT_AFTER_RE, linker._VALUE_LABEL_RE) else rx.search(text)
    assert (m is not None) is found


def test_wrappers_keep_their_inner_patterns():
    assert patterns._FROM_BEFORE.rx is patterns._FROM_RE
    assert patterns._FROM_BEFORE.rx.search("turun dari ") is not None
    assert region._TYPE_TITLES == tuple(CUES["type_titles"])
    assert dict(tables._FAMILY_RE)["persons"].search("12.000 jiwa")


def test_an_emptied_key_changes_what_is_found():
    # an empty entry would match anywhere: the phrases that must not be found above fail then; and without its
    # words a pattern no longer finds them
    emptied = re.compile(CUES["series"].replace("berturut-turut|", ""), re.I)
    assert patterns._SERIES_RE.search("dua tahun berturut-turut") and not emptied.search("dua tahun berturut-turut")
    assert re.compile("|".join(CUES["type_titles"])).search("Kelurahan")
    for key in ("series", "cumulative", "attach_words", "value_label_joint", "type_titles", "family_persons"):
        assert CUES[key]
