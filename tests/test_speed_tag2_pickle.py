"""Start-set patterns pickle as themselves, so worker processes keep the fast form."""

import copy
import pickle
import re

import kemiskinan_ie
from kemiskinan_ie import pipeline
from kemiskinan_ie.regex_speed import gated, with_start_set

TEXTS = [
    "Jakarta - Badan Pusat Statistik (BPS) mencatat jumlah penduduk miskin di Kabupaten Garut turun "
    "menjadi 9,36 persen pada Maret 2024, kata Kepala BPS Garut, Nuryadin, Senin (1/7/2024).",
    "Dinas Sosial menyalurkan Program Keluarga Harapan kepada 12.500 KPM senilai Rp 3,2 miliar "
    "sepanjang tahun lalu. Bupati Sleman Kustini Sri Purnomo berharap angka kemiskinan turun.",
]


def _patterns(obj, seen=None, path="nlp"):
    """(path, pattern) for every compiled pattern reachable through attributes, lists and dicts."""
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return
    seen.add(id(obj))
    if isinstance(obj, re.Pattern):
        yield path, obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from _patterns(v, seen, f"{path}[{k!r}]")
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            yield from _patterns(v, seen, f"{path}[{i}]")
    elif hasattr(obj, "__dict__") and type(obj).__module__.startswith("kemiskinan_ie"):
        for k, v in vars(obj).items():
            yield from _patterns(v, seen, f"{path}.{k}")


def test_start_set_pattern_pickles_to_the_fast_form():
    rx = re.compile(r"(?<![\w-])(?:garis|Indeks)\s+\w+", re.I)
    fast = with_start_set(rx)
    assert fast != rx  # patterns compare by their compiled program too
    back = pickle.loads(pickle.dumps(fast))
    assert back == fast and back != rx
    assert copy.deepcopy(fast) == fast
    gate = gated(re.compile(r"(?<!\w)(?:kemiskinan|penduduk)", re.I))
    assert pickle.loads(pickle.dumps(gate)) == gate
    # any other pattern pickles as before
    plain = re.compile(r"(\d+)\s*persen")
    assert pickle.loads(pickle.dumps(plain)) == plain


def test_pickled_pipeline_keeps_fast_patterns_and_output():
    nlp = kemiskinan_ie.load()
    clone = pickle.loads(pickle.dumps(nlp))
    before = dict(_patterns([proc for _, proc in nlp.pipeline]))
    after = dict(_patterns([proc for _, proc in clone.pipeline]))
    assert before.keys() == after.keys() and len(before) > 20
    changed = [k for k in before if before[k] != after[k]]
    assert changed == []
    fast = [k for k, rx in before.items() if rx.pattern is not None and rx != re.compile(rx.pattern, rx.flags)]
    assert len(fast) >= 5  # the components do hold start-set patterns
    for text in TEXTS:
        a = pipeline.doc_to_result(nlp(pipeline.make_doc(nlp, text, "2024-07-01")), "a").to_json()
        b = pipeline.doc_to_result(clone(pipeline.make_doc(clone, text, "2024-07-01")), "a").to_json()
        assert a == b


def test_cloudpickle_keeps_the_fast_form():
    import pytest

    cloudpickle = pytest.importorskip("cloudpickle")  # what Dask ships work with
    fast = with_start_set(re.compile(r"(?<![\w-])(?:garis|Indeks)\s+\w+", re.I))
    assert pickle.loads(cloudpickle.dumps(fast)) == fast
    nlp = kemiskinan_ie.load()
    clone = pickle.loads(cloudpickle.dumps(nlp))
    assert clone.get_pipe("kie_officials").title_re == nlp.get_pipe("kie_officials").title_re
