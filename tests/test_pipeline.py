"""Public API: load/extract/extract_many, Doc extensions, bad input, determinism, serialisation."""

from __future__ import annotations

import json

import spacy

import kemiskinan_ie
from kemiskinan_ie.schema import ArticleResult, json_schema

ARTICLE = (
    "KERINCI (ANTARA) - Badan Pusat Statistik (BPS) Kabupaten Kerinci mencatat jumlah penduduk miskin pada "
    "Maret 2023 sebanyak 16.870 jiwa atau 6,92 persen, turun 0,31 persen poin dibandingkan Maret 2022.\n"
    "Kepala BPS Kerinci, Nurhayati, mengatakan garis kemiskinan naik menjadi Rp512.031 per kapita per bulan.\n"
    "Baca juga: Bupati Kerinci resmikan pasar baru\n"
)


def test_load_is_cached_and_has_components():
    nlp = kemiskinan_ie.load()
    assert nlp is kemiskinan_ie.load()
    for name in ("kie_boilerplate", "kie_places", "kie_relations", "kie_checks"):
        assert name in nlp.pipe_names


def test_extract_returns_typed_result():
    r = kemiskinan_ie.extract(ARTICLE, published="2023-07-17", id="a1")
    assert isinstance(r, ArticleResult) and r.id == "a1" and r.error is None
    assert r.article_date == "2023-07-17"
    metrics = {(f.metric, f.kind) for f in r.figures}
    assert ("poverty_count", "level") in metrics and ("poverty_rate", "change") in metrics
    assert {"Nurhayati"} == {e.text for e in r.entities if e.label == "OFFICIAL"}
    assert any(f.source and "BPS" in f.source for f in r.figures)
    line = json.loads(r.to_json())
    assert set(line) >= {"id", "text", "entities", "figures", "boilerplate", "warnings"}


def test_doc_extensions_for_spacy_users():
    nlp = kemiskinan_ie.load()
    doc = nlp(ARTICLE)
    assert doc._.figures and all("metric" in f for f in doc._.figures)
    places = [e for e in doc.ents if e.label_ == "PLACE"]
    assert places and places[0]._.attrs.get("code") == "15.01"
    assert sorted(s.label_ for s in doc.spans["boilerplate"]) == ["outlet", "related_link"]
    assert len(doc.spans["quantity"]) >= 4


def test_pipe_matches_single_calls():
    nlp = kemiskinan_ie.load()
    texts = [ARTICLE, "Angka kemiskinan Provinsi Aceh 14,45 persen pada 2023.", ""]
    piped = [d._.figures for d in nlp.pipe(texts)]
    single = [nlp(t)._.figures for t in texts]
    assert piped == single


def test_bad_input_never_raises():
    results = list(kemiskinan_ie.extract_many([
        {"id": "empty", "text": ""},
        {"id": "blank", "text": "   \n\t "},
        {"id": "bytes", "text": b"Angka kemiskinan \xff\xfe 9,5 persen"},
        {"id": "none", "text": None},
        {"id": "english", "text": "The quick brown fox jumps over the lazy dog."},
        {"id": "ctrl", "text": "Angka\x00kemiskinan\x07 turun."},
        {"id": "ok", "text": ARTICLE},
    ]))
    by = {r.id: r for r in results}
    assert [r.id for r in results] == ["empty", "blank", "bytes", "none", "english", "ctrl", "ok"]
    assert by["empty"].error is None and not by["empty"].figures
    assert by["blank"].error is None and not by["blank"].entities
    assert any("replacement" in w.message for w in by["bytes"].warnings)
    assert by["none"].error is not None and by["none"].error.type == "InputError"
    assert by["english"].error is None and not by["english"].figures
    assert "\x00" not in by["ctrl"].text and len(by["ctrl"].text) == len("Angka\x00kemiskinan\x07 turun.")
    assert by["ok"].figures


def test_deterministic_json():
    a = kemiskinan_ie.extract(ARTICLE, "2023-07-17").to_json()
    b = kemiskinan_ie.extract(ARTICLE, "2023-07-17").to_json()
    assert a == b


def test_json_schema_has_contract_fields():
    schema = json_schema()
    fig = schema["$defs"]["Figure"]["properties"]
    for field in ("metric", "value", "unit", "region", "region_code", "year", "month", "kind", "approx", "area",
                  "program", "text", "start", "end"):
        assert field in fig


def test_pipeline_serialises_to_disk_and_back(tmp_path):
    nlp = kemiskinan_ie.load()
    nlp.to_disk(tmp_path / "kie")
    nlp2 = spacy.load(tmp_path / "kie")
    assert nlp2.pipe_names == nlp.pipe_names
    assert nlp2(ARTICLE)._.figures == nlp(ARTICLE)._.figures


def test_entities_written_whichever_entity_components_run():
    """The place/agency/programme taggers leave ``doc.ents`` to ``kie_officials`` only while it runs
    later: with it disabled or removed, their own entities still reach ``doc.ents``."""
    from kemiskinan_ie.pipeline import build

    text = "Bupati Sleman Kustini Sri Purnomo meminta Dinas Sosial Kabupaten Sleman menyalurkan PKH di Depok."
    nlp = build()
    full = {(e.text, e.label_) for e in nlp(text).ents}
    assert ("PKH", "PROGRAM") in full and any(label == "OFFICIAL" for _, label in full)
    with nlp.select_pipes(disable=["kie_officials"]):
        partial = {(e.text, e.label_) for e in nlp(text).ents}
    assert ("PKH", "PROGRAM") in partial
    assert not any(label == "OFFICIAL" for _, label in partial)
    assert {x for x in full if x[1] != "OFFICIAL"} <= partial | {x for x in full if x[1] == "OFFICIAL"}
    nlp.remove_pipe("kie_officials")
    removed = {(e.text, e.label_) for e in nlp(text).ents}
    assert removed == partial
