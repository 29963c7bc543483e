"""Tests for the statistical NER component (``kie_stat_ner``) and the shipped ``models/ner-id``."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Span

import kemiskinan_ie
from kemiskinan_ie.components.stat_ner import add_stat_ner
from kemiskinan_ie.pipeline import models_dir
from kemiskinan_ie.tokenizer import RegexTokenizer

MODEL = Path(__file__).resolve().parents[1] / "models" / "ner-id"

# Own sentences (invented names), written for these tests.
PERSON_TEXT = (
    "Bupati Sumber Jaya, Haryanto Wibisono, mengatakan angka kemiskinan di daerahnya turun "
    "menjadi 8,12 persen pada tahun lalu."
)
ORG_TEXT = "PT Sinar Harapan Nusantara menyerahkan bantuan sembako kepada warga Desa Sukamaju."


def _nlp():
    nlp = spacy.blank("id")
    nlp.tokenizer = RegexTokenizer(nlp.vocab)
    add_stat_ner(nlp, MODEL.parent)
    return nlp


@pytest.fixture(scope="module")
def nlp():
    return _nlp()


def _spans(doc) -> set[tuple[str, str]]:
    return {(s.text, s.label_) for s in doc.spans["ner"]}


def test_shipped_model_is_a_plain_spacy_pipeline():
    model = spacy.load(MODEL)
    assert "ner" in model.pipe_names
    assert set(model.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}


def test_person_found_and_ents_untouched(nlp):
    doc = nlp.make_doc(PERSON_TEXT)
    marker = Span(doc, 0, 1, label="OFFICIAL")
    doc.ents = [marker]
    doc = nlp(doc)
    assert ("Haryanto Wibisono", "PER") in _spans(doc)
    assert [(e.start, e.end, e.label_) for e in doc.ents] == [(0, 1, "OFFICIAL")]


def test_organisation_found(nlp):
    doc = nlp(ORG_TEXT)
    assert ("PT Sinar Harapan Nusantara", "ORG") in _spans(doc)
    assert len(doc.ents) == 0


def test_spans_use_our_tokens_and_skip_paragraph_breaks(nlp):
    text = "Menurut Haryanto Wibisono,\n\nPT Sinar Harapan Nusantara mencatat kenaikan."
    doc = nlp(text)
    for span in doc.spans["ner"]:
        assert span.doc is doc
        assert not any(t.is_space for t in span)
        assert span.text == text[span.start_char : span.end_char]
    assert {s.label_ for s in doc.spans["ner"]} <= {"PER", "ORG", "LOC"}


def test_pipe_matches_single_calls(nlp):
    texts = [PERSON_TEXT, ORG_TEXT, "", "   \n\n  "]
    piped = [_spans(d) for d in nlp.pipe(texts, batch_size=2)]
    single = [_spans(nlp(t)) for t in texts]
    assert piped == single
    assert piped[2] == set() and piped[3] == set()


def test_load_with_ner_contains_component():
    nlp = kemiskinan_ie.load(ner="cnn")
    assert "kie_stat_ner" in nlp.pipe_names and "kie_crf_ner" not in nlp.pipe_names
    doc = nlp(PERSON_TEXT)
    assert ("Haryanto Wibisono", "PER") in _spans(doc)
    assert models_dir() / "ner-id" == Path(nlp.get_pipe("kie_stat_ner").path)


def test_missing_model_dir_gives_clear_error(tmp_path):
    nlp = spacy.blank("id")
    with pytest.raises(FileNotFoundError, match="ner-id"):
        add_stat_ner(nlp, tmp_path)
    # the component on its own fails on first use, naming the path
    nlp.add_pipe("kie_stat_ner", config={"model_path": str(tmp_path / "nowhere")})
    with pytest.raises(FileNotFoundError, match="nowhere"):
        nlp("Teks uji coba.")


def test_serialisation_keeps_config(tmp_path):
    nlp = _nlp()
    nlp.to_disk(tmp_path / "pipe")
    again = spacy.blank("id")
    again.tokenizer = RegexTokenizer(again.vocab)
    again.add_pipe("kie_stat_ner").from_disk(tmp_path / "pipe" / "kie_stat_ner")
    assert again.get_pipe("kie_stat_ner").path == MODEL
    clone = pickle.loads(pickle.dumps(nlp.get_pipe("kie_stat_ner")))
    assert clone.path == MODEL
