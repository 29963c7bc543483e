"""Shared test fixtures: the pipeline (built once per session) and the shared gold folder."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    import kemiskinan_ie

    return kemiskinan_ie.load()


@pytest.fixture(scope="session")
def extract(nlp):
    import kemiskinan_ie

    def run(text: str, published: str | None = None):
        return kemiskinan_ie.extract(text, published, nlp=nlp)

    return run


@pytest.fixture(scope="session")
def shared_gold() -> Path:
    gold = SHARED / "gold"
    if not gold.is_dir():
        pytest.skip("../shared/gold is not present")
    return gold
