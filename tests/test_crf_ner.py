"""The CRF named-entity tagger ``kie_crf_ner`` and its features (``models/ner-crf``)."""

from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path

import pytest
import spacy

from kemiskinan_ie.components.crf_ner import (
    LABELS,
    MODEL_FILE,
    SPAN_KEY,
    LexiconDriftWarning,
    add_crf_ner,
    bio_spans,
    check_model_dir,
    lexicon_drift,
)
from kemiskinan_ie.ner_features import FEATURE_VERSION, default_lexicon, sent_features

MODELS = Path(__file__).resolve().parents[1] / "models"
TEXT = (
    "Menteri Sosial Tri Rismaharini menyerahkan bantuan sembako kepada warga miskin di Kabupaten Brebes, "
    "Jawa Tengah, pada Senin pagi. Menurut Badan Pusat Statistik, jumlah penduduk miskin di sana turun."
)


def _blank() -> spacy.language.Language:
    from kemiskinan_ie import components  # noqa: F401  (registers factories)

    return spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "kemiskinan_ie.RegexTokenizer.v1"}}})


@pytest.fixture(scope="module")
def nlp():
    nlp = _blank()
    add_crf_ner(nlp, MODELS)
    return nlp


def _found(doc, label: str) -> list[str]:
    return [s.text for s in doc.spans[SPAN_KEY] if s.label_ == label]


def test_model_and_meta_are_shipped():
    meta = check_model_dir(MODELS / "ner-crf")
    assert meta["feature_version"] == FEATURE_VERSION
    assert meta["labels"] == list(LABELS)
    assert meta["model_file"]["bytes"] == (MODELS / "ner-crf" / MODEL_FILE).stat().st_size


def test_loads_and_tags_without_network(monkeypatch):
    def no_network(*args, **kwargs):
        raise OSError("network used")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    nlp = _blank()
    add_crf_ner(nlp, MODELS)
    doc = nlp("Bupati Sleman Kustini Sri Purnomo meninjau Desa Wukirsari.")
    assert SPAN_KEY in doc.spans


def test_tags_person_organisation_place(nlp):
    doc = nlp(TEXT)
    assert any("Rismaharini" in t for t in _found(doc, "PER"))
    assert any("Badan Pusat Statistik" in t for t in _found(doc, "ORG"))
    assert any("Brebes" in t for t in _found(doc, "LOC"))
    # job titles are not part of the person's name
    assert not any(t.startswith("Menteri") for t in _found(doc, "PER"))


def test_spans_are_valid_and_ents_untouched(nlp):
    text = "Wali Kota Bandung Yana Mulyana  berbicara di Balai Kota.\n\nDinas Sosial Kota Bandung membagikan beras."
    doc = nlp(text)
    spans = list(doc.spans[SPAN_KEY])
    assert spans, "expected at least one entity"
    assert len(doc.ents) == 0
    for sp in spans:
        assert sp.label_ in LABELS
        assert 0 <= sp.start < sp.end <= len(doc)
        assert text[sp.start_char : sp.end_char] == sp.text
        assert not any(t.is_space for t in sp)
        assert "\n" not in sp.text


def test_every_sentence_is_tagged(nlp):
    doc = nlp("Camat Ciputat hadir.\nGubernur Banten Andra Soni meresmikan program itu di Kota Serang.")
    second = doc.text.index("Gubernur")
    assert any(sp.start_char >= second for sp in doc.spans[SPAN_KEY])


def test_round_trip_to_disk(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipe")
    again = spacy.load(tmp_path / "pipe")
    assert again.pipe_names == ["kie_crf_ner"]
    doc_a, doc_b = nlp(TEXT), again(TEXT)
    a = [(s.start, s.end, s.label_) for s in doc_a.spans[SPAN_KEY]]
    b = [(s.start, s.end, s.label_) for s in doc_b.spans[SPAN_KEY]]
    assert a == b and a


def test_missing_model_is_a_clear_error(tmp_path):
    nlp = _blank()
    with pytest.raises(FileNotFoundError, match=MODEL_FILE):
        add_crf_ner(nlp, tmp_path)
    # configured directly with a bad folder: the error comes on first use and names the file
    comp = nlp.add_pipe("kie_crf_ner", config={"model_dir": str(tmp_path / "nowhere")})
    with pytest.raises(FileNotFoundError, match="nowhere"):
        comp.tagger()


def test_feature_version_mismatch_is_refused(tmp_path):
    shutil.copy(MODELS / "ner-crf" / MODEL_FILE, tmp_path / MODEL_FILE)
    (tmp_path / "meta.json").write_text(json.dumps({"feature_version": FEATURE_VERSION + 1}))
    with pytest.raises(ValueError, match="feature version"):
        check_model_dir(tmp_path)


def test_shipped_model_matches_todays_word_lists():
    """Editing titles/agencies/gazetteer lists without retraining the CRF fails here."""
    meta = check_model_dir(MODELS / "ner-crf")
    assert meta["lexicon_fingerprint"] == default_lexicon().fingerprint(), lexicon_drift(meta)


def test_model_trained_on_other_word_lists_warns(tmp_path):
    shutil.copy(MODELS / "ner-crf" / MODEL_FILE, tmp_path / MODEL_FILE)
    meta = json.loads((MODELS / "ner-crf" / "meta.json").read_text(encoding="utf8"))
    assert lexicon_drift(meta) is None
    meta["lexicon_fingerprint"] = "0" * 16
    (tmp_path / "meta.json").write_text(json.dumps(meta))
    assert "retrain" in lexicon_drift(meta)
    comp = _blank().add_pipe("kie_crf_ner", config={"model_dir": str(tmp_path)})
    with pytest.warns(LexiconDriftWarning, match="0000000000000000"):
        comp.tagger()
    assert comp.tag_words(["Menteri", "Sosial", "Tri", "Rismaharini"])  # still tags


def test_bio_spans():
    assert bio_spans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "I-PER"]) == [
        (0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG"), (5, 6, "PER")
    ]
    assert bio_spans([]) == []


def test_features_read_the_dictionaries():
    words = ["Kepala", "Dinas", "Sosial", "Kabupaten", "Brebes", "berkata", "."]
    feats = sent_features(words)
    assert len(feats) == len(words)
    assert feats[4]["w"] == "brebes" and feats[4]["gaz"] in ("B", "I")
    assert feats[6]["gaz"] == ""
    assert feats[0]["-1:pad"] == 1.0 and feats[0]["pos"] == "first"
    assert feats[6]["pos"] == "last" and "bi+" not in feats[6]
    assert sent_features(words) == feats  # deterministic
    assert default_lexicon() is default_lexicon()  # loaded once


def test_component_pickles_without_the_tagger(nlp):
    import pickle

    comp = nlp.get_pipe("kie_crf_ner")
    comp.tagger()
    clone = pickle.loads(pickle.dumps(comp))
    assert clone.model_dir == comp.model_dir and clone._tagger is None
    assert clone.tag_words(["Bupati", "Brebes", "Paramitha", "Widya", "Kusuma", "hadir", "."]) == comp.tag_words(
        ["Bupati", "Brebes", "Paramitha", "Widya", "Kusuma", "hadir", "."]
    )


def test_load_ner_true_uses_the_crf_and_rejects_unknown_models():
    import kemiskinan_ie

    nlp = kemiskinan_ie.load(ner=True)
    assert "kie_crf_ner" in nlp.pipe_names and "kie_stat_ner" not in nlp.pipe_names
    assert nlp.pipe_names.index("kie_crf_ner") < nlp.pipe_names.index("kie_places")
    assert kemiskinan_ie.load(ner="crf") is nlp
    with pytest.raises(ValueError, match="unknown ner model"):
        kemiskinan_ie.load(ner="bert")
