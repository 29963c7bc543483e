"""The faster lexical attribute getters give spaCy's values for every string."""

from __future__ import annotations

import random

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from kemiskinan_ie.lex_attrs import install_fast_getters

WORDS = [
    "kemiskinan", "Kemiskinan", "KEMISKINAN", "BPS", "Rp", "Rp.", "US$", "$", "€", "2024", "7.064,00", "12,5", "+3",
    "1/2", "dua", "Dua", "sepuluh", "ke-6", "Dayeuh-luhur", "www.bps.go.id", "https://x.id", "a@b.co", "x", "X", "Xx",
    "(", ")", "[", "«", "»", "''", "``", '"', "'", "—", "...", "e.g.", "S.E.", "A.Md.", "ñandu", "İstanbul", "ǅemal",
    "ﬁne", "Ⅻ", "²", "١٢٣", "日本", "x" * 120, "aBc", "ABc1", "a1", "1a", "%", "Rp550.458", "juta", "ribu", " ", "\n",
]


def _pairs():
    plain = spacy.blank("id")
    fast = spacy.blank("id")
    install_fast_getters(fast.vocab)
    return plain.vocab.lex_attr_getters, fast.vocab.lex_attr_getters


def test_same_values_on_tricky_words() -> None:
    slow, fast = _pairs()
    assert set(slow) == set(fast)
    changed = [a for a in slow if slow[a] is not fast[a]]
    assert len(changed) >= 8  # the getters really were replaced
    rng = random.Random(5)
    words = WORDS + ["".join(rng.choice("aZ9.,-/@:$€'\"()") for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    for w in words:
        for attr in changed:
            assert fast[attr](w) == slow[attr](w), (attr, w)


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=30))
def test_same_values_on_any_text(word: str) -> None:
    slow, fast = _pairs_cached()
    for attr in slow:
        assert fast[attr](word) == slow[attr](word), (attr, word)


_CACHE: list = []


def _pairs_cached():
    if not _CACHE:
        _CACHE.append(_pairs())
    return _CACHE[0]


@pytest.mark.parametrize("text", ["Penduduk miskin Kabupaten Garut 9,8 persen (Rp 550.458) di www.garutkab.go.id."])
def test_a_pipeline_gives_the_same_token_attributes(text: str) -> None:
    import kemiskinan_ie

    doc = kemiskinan_ie.load()(text)
    plain = spacy.blank("id")(text)
    ours = [(t.text, t.shape_, t.like_num, t.like_url, t.is_punct, t.is_currency, t.is_ascii, t.is_quote) for t in doc]
    theirs = {t.text: (t.text, t.shape_, t.like_num, t.like_url, t.is_punct, t.is_currency, t.is_ascii, t.is_quote)
              for t in plain}
    assert all(theirs[o[0]] == o for o in ours if o[0] in theirs)
    assert sum(o[0] in theirs for o in ours) >= 8
