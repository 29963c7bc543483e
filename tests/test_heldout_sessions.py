"""Shape checks shared by the held-out gold sets of sessions 15 on, one test per set: seven articles with enough scored
figures, a regional set's figures inside the provinces its theme named, a national set's figures mostly the nation's.

What each session asked for lives in ``fixtures/heldout_sessions.json`` (first and last set, the fewest scored figures
a set may have, the national sets, and the provinces of each regional set by Kemendagri code); the checks particular
to one session stay in its own ``test_heldout_sessionNN_fixtures.py``. None of these checks runs the extractor."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest

from .gold_fixtures import FIXTURES, check_mostly_national, check_set_shape, check_sets_keep_to, load

SESSIONS: dict[str, dict[str, Any]] = json.loads((FIXTURES / "heldout_sessions.json").read_text(encoding="utf-8"))


@cache
def _set(n: int) -> list[dict[str, Any]]:
    return load(FIXTURES / f"gold_heldout{n}.jsonl")


def _each(key: str) -> list[Any]:
    return [pytest.param(s, n, id=f"s{s}-{n}") for s, sess in SESSIONS.items()
            for n in (range(sess["first"], sess["last"] + 1) if key == "all" else map(int, sess[key]))]


def test_the_sessions_cover_consecutive_sets_and_name_only_their_own() -> None:
    spans = sorted((sess["first"], sess["last"]) for sess in SESSIONS.values())
    assert all(b[0] == a[1] + 1 for a, b in zip(spans, spans[1:], strict=False))
    for sess in SESSIONS.values():
        named = {int(n) for n in sess["islands"]} | set(sess["national"]) | {int(n) for n in sess["left_out"]}
        assert named <= set(range(sess["first"], sess["last"] + 1))
        assert not {int(n) for n in sess["islands"]} & (set(sess["national"]) | {int(n) for n in sess["left_out"]})


@pytest.mark.parametrize(("session", "n"), _each("all"))
def test_each_set_has_seven_articles_with_scored_figures(session: str, n: int) -> None:
    check_set_shape({n: _set(n)}, articles=7, min_scored=SESSIONS[session]["min_scored"])


@pytest.mark.parametrize(("session", "n"), _each("islands"))
def test_the_regional_sets_keep_to_their_islands(session: str, n: int) -> None:
    check_sets_keep_to({n: _set(n)}, {n: set(SESSIONS[session]["islands"][str(n)])})


@pytest.mark.parametrize(("session", "n"), _each("national"))
def test_the_national_sets_are_mostly_the_nations(session: str, n: int) -> None:
    check_mostly_national({n: _set(n)}, (n,))
