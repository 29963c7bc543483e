"""Load the knowledge files in ``kemiskinan_ie/data`` once per process.

Code is the engine; what it knows (titles, agency patterns, programme names, metric cues,
boilerplate cues, region aliases) lives in these YAML files.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).parent / "data"

try:  # the C loader is much faster when PyYAML was built with libyaml
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader  # type: ignore[misc]


@cache
def load(name: str) -> Any:
    """Parsed contents of ``data/<name>.yaml`` (cached)."""
    path = DATA_DIR / f"{name}.yaml"
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader)


def alternation(patterns: list[str]) -> str:
    """One non-capturing alternation of regex fragments, longest first."""
    return "(?:" + "|".join(sorted(patterns, key=len, reverse=True)) + ")"


def literal_alternation(words: list[str]) -> str:
    """Alternation of literal strings (escaped), longest first."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"
