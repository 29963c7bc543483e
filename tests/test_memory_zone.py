"""A long batch keeps a bounded vocabulary: once it holds ``KEEP_LEXEMES`` words, each batch of
``extract_many`` runs in a spaCy memory zone and the words first seen there are freed after it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kemiskinan_ie import pipeline

ARTICLES = Path(__file__).parent / "fixtures" / "articles"


def _records(prefix: str, names: list[str]) -> list[dict]:
    """Fixture articles, each with a few made-up words and numbers no other record has."""
    out = []
    for i, name in enumerate(names):
        text = (ARTICLES / name).read_text(encoding="utf-8")
        extra = f"\n\nWarga Dusun {prefix.capitalize()}lorawi{'abcdefgh'[i]} mencatat {9000 + i}.{i:03d} jiwa pada 2023."
        out.append({"id": f"{prefix}{i}", "text": text + extra, "meta": {"published": "2024-06-01"}})
    return out


NAMES = ["desa-gunungkidul.txt", "kemiskinan-kalsel-2023.txt", "nasional-2024.txt", "stunting-ntt.txt"]


@pytest.fixture(scope="module")
def fresh_nlp():
    return pipeline.build()


def test_batches_past_the_threshold_add_no_words_and_give_the_same_results(fresh_nlp, monkeypatch):
    first = _records("awal", NAMES[:2])
    later = _records("lanjut", NAMES)
    # a reference pipeline that keeps every word (no memory zone ever)
    monkeypatch.setattr(pipeline, "KEEP_LEXEMES", 10**12)
    reference = [r.to_json() for r in pipeline.extract_many(later, nlp=pipeline.build(), batch_size=2)]

    monkeypatch.setattr(pipeline, "KEEP_LEXEMES", 50)
    list(pipeline.extract_many(first, nlp=fresh_nlp, batch_size=2))  # the vocabulary passes 50 words here
    assert len(fresh_nlp.vocab) >= 50
    strings = len(fresh_nlp.vocab.strings)
    got = [r.to_json() for r in pipeline.extract_many(later, nlp=fresh_nlp, batch_size=2)]
    assert got == reference
    assert any(f.value for r in pipeline.extract_many(later[:1], nlp=fresh_nlp) for f in r.figures)
    # the made-up words and numbers of the later batch were freed with its zone
    assert len(fresh_nlp.vocab.strings) == strings
    assert "Lanjutlorawia" not in fresh_nlp.vocab.strings


def test_below_the_threshold_new_words_stay(fresh_nlp, monkeypatch):
    monkeypatch.setattr(pipeline, "KEEP_LEXEMES", 10**12)
    list(pipeline.extract_many(_records("tetap", NAMES[:1]), nlp=fresh_nlp))
    assert "Tetaplorawia" in fresh_nlp.vocab.strings


def test_a_callers_own_memory_zone_is_not_nested(fresh_nlp, monkeypatch):
    monkeypatch.setattr(pipeline, "KEEP_LEXEMES", 0)
    recs = _records("zona", NAMES[:1])
    with fresh_nlp.memory_zone():
        inside = [r.to_json() for r in pipeline.extract_many(recs, nlp=fresh_nlp)]
    assert [r.to_json() for r in pipeline.extract_many(recs, nlp=fresh_nlp)] == inside
    assert "Zonalorawia" not in fresh_nlp.vocab.strings
