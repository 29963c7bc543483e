"""Registered spaCy component factories: importing this package registers them all, so a saved
kemiskinan_ie pipeline loads back with ``spacy.load`` once ``kemiskinan_ie`` is imported."""

from . import (  # noqa: F401
    agencies,
    boilerplate,
    checks,
    crf_ner,
    dates,
    metrics,
    officials,
    places,
    programs,
    quantities,
    relations,
    stat_ner,
)
