"""Tests for the optional Stanza backend and the syntax helpers.

The first group needs neither Stanza nor torch (model-directory checks, sentence splitting,
writing annotations into a Doc, dependency helpers). The second group loads the small POS model
shipped in ``models/stanza-id-pos`` and is skipped when Stanza/torch are not installed.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Doc

from kemiskinan_ie.backends import has_pos, has_syntax, noun_head_of
from kemiskinan_ie.backends.stanza_backend import (
    StanzaModelError,
    find_stanza_model,
    sentence_token_ids,
    write_annotations,
)
from kemiskinan_ie.tokenizer import RegexTokenizer

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "models" / "stanza-id-pos"


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("id")
    nlp.tokenizer = RegexTokenizer(nlp.vocab)
    return nlp


def _fake_model(root: Path, pos: bool = True, pretrain: bool = True) -> Path:
    """A Stanza-shaped directory with empty files (enough for the file checks)."""
    (root / "id" / "pos").mkdir(parents=True)
    (root / "id" / "pretrain").mkdir(parents=True)
    res = {"id": {"default_processors": {"tokenize": "gsd", "pos": "gsd_charlm"},
                  "pos": {"gsd_charlm": {"dependencies": [{"model": "pretrain", "package": "conll17"}]},
                          "csui_charlm": {"dependencies": [{"model": "pretrain", "package": "conll17"}]}},
                  "pretrain": {"conll17": {}}}}
    (root / "resources.json").write_text(json.dumps(res))
    if pos:
        (root / "id" / "pos" / "gsd_charlm.pt").write_bytes(b"x")
        (root / "id" / "pos" / "csui_charlm.pt").write_bytes(b"x")
    if pretrain:
        (root / "id" / "pretrain" / "conll17.pt").write_bytes(b"x")
    return root


# ---------------------------------------------------------------- no Stanza needed


def test_missing_directory_names_the_path(tmp_path):
    with pytest.raises(StanzaModelError, match="does not exist"):
        find_stanza_model(tmp_path / "nowhere")


def test_empty_directory_names_missing_resources(tmp_path):
    with pytest.raises(StanzaModelError) as err:
        find_stanza_model(tmp_path)
    assert "resources.json" in str(err.value)
    assert str(tmp_path / "id" / "pos") in str(err.value)


def test_load_with_empty_directory_raises_before_importing_stanza(tmp_path):
    import kemiskinan_ie

    with pytest.raises(StanzaModelError, match="resources.json"):
        kemiskinan_ie.load(backend="stanza", stanza_dir=tmp_path)


def test_missing_dependency_is_named(tmp_path):
    _fake_model(tmp_path, pretrain=False)
    with pytest.raises(StanzaModelError) as err:
        find_stanza_model(tmp_path)
    assert str(tmp_path / "id" / "pretrain" / "conll17.pt") in str(err.value)


def test_resources_without_models_is_an_error(tmp_path):
    _fake_model(tmp_path, pos=False)
    with pytest.raises(StanzaModelError, match="no Stanza model"):
        find_stanza_model(tmp_path)


def test_asking_for_an_absent_processor_names_its_file(tmp_path):
    _fake_model(tmp_path)
    with pytest.raises(StanzaModelError, match="depparse"):
        find_stanza_model(tmp_path, processors="pos,depparse")


def test_detects_processors_and_preferred_package(tmp_path):
    _fake_model(tmp_path)
    spec = find_stanza_model(tmp_path)
    assert spec.processors == {"tokenize": "gsd", "pos": "gsd_charlm"}
    assert spec.annotates == ("pos",)
    assert not spec.lowercase
    assert find_stanza_model(tmp_path, package="csui").processors["pos"] == "csui_charlm"
    # pointing at the language folder works too
    assert find_stanza_model(tmp_path / "id").root == tmp_path


def test_sentence_split_keeps_numbers_and_abbreviations(blank):
    doc = blank("Angka kemiskinan 7,5 persen. Di Kab. Sleman turun.\nBupati hadir")
    sents = [[doc[i].text for i in ids] for ids in sentence_token_ids(doc)]
    assert sents == [
        ["Angka", "kemiskinan", "7,5", "persen", "."],
        ["Di", "Kab", ".", "Sleman", "turun", "."],
        ["Bupati", "hadir"],
    ]


def test_sentence_split_caps_long_runs(blank):
    doc = blank(" ".join(["kata"] * 25))
    assert [len(s) for s in sentence_token_ids(doc, max_tokens=10)] == [10, 10, 5]


def _word(upos, xpos, head=0, deprel="root", lemma=None):
    return SimpleNamespace(upos=upos, xpos=xpos, head=head, deprel=deprel, lemma=lemma)


def test_write_annotations_pos_only_sets_tags_and_sentences(blank):
    doc = blank("Warga miskin 120 orang.\n\nDinas mencatat")
    sents = sentence_token_ids(doc)
    words = [[_word("NOUN", "NNO"), _word("ADJ", "ADJ"), _word("NUM", "NUM"), _word("NOUN", "NNO"),
              _word("PUNCT", "SYM")], [_word("PROPN", "NNP"), _word("VERB", "VBT")]]
    write_annotations(doc, sents, words, ["pos"])
    assert [t.pos_ for t in doc] == ["NOUN", "ADJ", "NUM", "NOUN", "PUNCT", "SPACE", "PROPN", "VERB"]
    assert doc[2].tag_ == "NUM" and doc[6].tag_ == "NNP"
    assert [s.text for s in doc.sents] == ["Warga miskin 120 orang.\n\n", "Dinas mencatat"]
    assert has_pos(doc) and not has_syntax(doc)
    assert doc[0].lemma_ == ""  # no lemma model: lemma left unset


def test_write_annotations_with_parse_and_lemmas(blank):
    doc = blank("Jumlahnya 120 orang")
    words = [[_word("NOUN", "NNO", 3, "nsubj", "jumlah"), _word("NUM", "NUM", 3, "nummod", "120"),
              _word("NOUN", "NNO", 0, "root", "orang")]]
    write_annotations(doc, [[0, 1, 2]], words, ["pos", "lemma", "depparse"])
    assert [t.head.i for t in doc] == [2, 2, 2]
    assert [t.dep_ for t in doc] == ["nsubj", "nummod", "ROOT"]
    assert doc[0].lemma_ == "jumlah"
    assert has_syntax(doc)


def _parsed(words, heads, deps, pos):
    nlp = spacy.blank("id")
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_noun_head_of_follows_nummod():
    # "penduduk miskin 7.064 jiwa": 7.064 -> jiwa (nummod), jiwa -> penduduk (appos)
    doc = _parsed(["penduduk", "miskin", "7.064", "jiwa"], [0, 0, 3, 0],
                  ["ROOT", "amod", "nummod", "appos"], ["NOUN", "ADJ", "NUM", "NOUN"])
    assert noun_head_of(doc[2:3]).text == "jiwa"
    assert noun_head_of(doc[2:4]).text == "penduduk"


def test_noun_head_of_nominal_predicate_uses_subject():
    doc = _parsed(["Jumlahnya", "7.064"], [1, 1], ["nsubj", "ROOT"], ["NOUN", "NUM"])
    assert noun_head_of(doc[1:2]).text == "Jumlahnya"


def test_noun_head_of_object_of_verb_uses_subject():
    doc = _parsed(["Jumlah", "penduduk", "mencapai", "7.064"], [2, 0, 2, 2],
                  ["nsubj", "nmod", "ROOT", "obj"], ["NOUN", "NOUN", "VERB", "NUM"])
    assert noun_head_of(doc[3:4]).text == "Jumlah"
    # a subject that is not nominal gives nothing
    doc = _parsed(["Ia", "mencapai", "7.064"], [1, 1, 1], ["nsubj", "ROOT", "obj"], ["PRON", "VERB", "NUM"])
    assert noun_head_of(doc[2:3]) is None


def test_noun_head_of_without_parse_is_none(blank):
    doc = blank("penduduk miskin 7.064 jiwa")
    assert not has_syntax(doc)
    assert noun_head_of(doc[2:3]) is None


# ---------------------------------------------------------------- with the shipped Stanza model

TEXT = (
    "Badan Pusat Statistik mencatat jumlah penduduk miskin di Kabupaten Sleman turun menjadi 98.500 jiwa "
    "pada tahun 2023.\n\nBupati Kustini Sri Purnomo mengatakan bantuan sosial akan terus disalurkan kepada "
    "warga yang membutuhkan."
)


@pytest.fixture(scope="module")
def stanza_nlp():
    pytest.importorskip("torch")
    pytest.importorskip("stanza")
    if not (SHIPPED / "resources.json").is_file():
        pytest.skip("shipped Stanza model not present")
    from kemiskinan_ie.pipeline import build

    return build(backend="stanza", stanza_dir=SHIPPED)


def test_shipped_model_is_found():
    spec = find_stanza_model(SHIPPED)
    assert spec.annotates == ("pos",)
    assert spec.lowercase


def test_stanza_backend_runs_first(stanza_nlp):
    assert stanza_nlp.pipe_names[0] == "kie_stanza"


def test_stanza_offsets_match_default_backend(stanza_nlp):
    from kemiskinan_ie.pipeline import build

    plain = build()
    a, b = plain(TEXT), stanza_nlp(TEXT)
    assert b.text == a.text == TEXT
    assert [(t.idx, t.text) for t in b] == [(t.idx, t.text) for t in a]


def test_stanza_pos_lands_on_the_right_tokens(stanza_nlp):
    doc = stanza_nlp(TEXT)
    by_text = {t.text: t for t in doc}
    assert by_text["98.500"].pos_ == "NUM" and by_text["98.500"].tag_ == "NUM"
    assert by_text["2023"].pos_ == "NUM"
    assert by_text["Sleman"].pos_ == "PROPN" and by_text["Sleman"].tag_ == "NNP"
    assert by_text["di"].pos_ == "ADP"
    assert by_text["mencatat"].pos_ == "VERB"
    assert by_text["\n\n"].pos_ == "SPACE"
    assert by_text["yang"].tag_ == "PRR"
    # whole doc tagged, the original casing untouched
    assert has_pos(doc) and by_text["Sleman"].text == "Sleman"


def test_stanza_pipe_equals_single_calls(stanza_nlp):
    texts = [TEXT, "", "Angka kemiskinan turun 1,2 persen.", TEXT[:60]]
    piped = [[t.tag_ for t in d] for d in stanza_nlp.pipe(texts, batch_size=3)]
    single = [[t.tag_ for t in stanza_nlp(x)] for x in texts]
    assert piped == single
    assert piped[1] == []
