"""The regex tokenizer keeps Indonesian number formats whole and offsets exact."""

import pytest
import spacy

from kemiskinan_ie.tokenizer import RegexTokenizer


@pytest.fixture(scope="module")
def tok():
    return RegexTokenizer(spacy.blank("id").vocab)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("sebanyak 7.064,00 jiwa", ["sebanyak", "7.064,00", "jiwa"]),
        ("Rp550.458/kapita/bulan", ["Rp", "550.458", "/", "kapita", "/", "bulan"]),
        ("408.522(74,21%)", ["408.522", "(", "74,21", "%", ")"]),
        ("Rp.406.882 per bulan", ["Rp", ".", "406.882", "per", "bulan"]),
        ("Kamis (28/11/2024).", ["Kamis", "(", "28", "/", "11", "/", "2024", ")", "."]),
        ("Lurah Dayeuh-luhur", ["Lurah", "Dayeuh-luhur"]),
        ("PARINGIN-Pemerintah", ["PARINGIN", "-", "Pemerintah"]),
        ("urutan ke-6", ["urutan", "ke-6"]),
    ],
)
def test_tokens(tok, text, expected):
    assert [t.text for t in tok(text)] == expected


def test_offsets_and_whitespace_preserved(tok):
    text = "  Angka  kemiskinan\n\nturun 0,21 persen poin.\t"
    doc = tok(text)
    assert doc.text == text
    for t in doc:
        assert text[t.idx:t.idx + len(t.text)] == t.text


def test_serialisation_roundtrip(tok, tmp_path):
    tok.to_disk(tmp_path / "tok")
    other = RegexTokenizer(tok.vocab).from_disk(tmp_path / "tok")
    assert [t.text for t in other("Rp1.517 miliar")] == ["Rp", "1.517", "miliar"]
