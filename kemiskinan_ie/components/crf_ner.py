"""CRF named-entity tagger (PER/ORG/LOC) as a side channel: ``doc.spans["ner"]``.

The component ``kie_crf_ner`` runs the linear-chain CRF shipped in ``models/ner-crf``
(``model.crfsuite``, trained by ``training/ner/train_crf.py``) with python-crfsuite only. The text
is cut into sentences with :func:`kemiskinan_ie.text_units.sentences`, each sentence's
non-whitespace tokens get the features of :mod:`kemiskinan_ie.ner_features` (the ones used in
training) and are tagged BIO; the entities come back as ``doc.spans["ner"]`` on our own token
boundaries, exactly as ``kie_stat_ner`` stores them. ``doc.ents`` is never touched.

An entity that would run across a whitespace-only token is cut into its parts.
"""

from __future__ import annotations

import json
import threading
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..ner_features import FEATURE_VERSION, default_lexicon, sent_features
from ..text_units import sentences
from .base import ExternalModelConfig

#: Key of the span group that receives the predictions.
SPAN_KEY = "ner"
#: Labels the component emits.
LABELS: tuple[str, ...] = ("PER", "ORG", "LOC")
#: Folder name of the shipped model inside the models directory.
MODEL_NAME = "ner-crf"
#: Files inside the model folder.
MODEL_FILE = "model.crfsuite"
META_FILE = "meta.json"


def default_model_dir() -> Path:
    """``kemiskinan_ie.pipeline.models_dir() / "ner-crf"``."""
    from ..pipeline import models_dir

    return models_dir() / MODEL_NAME


def check_model_dir(path: str | Path) -> dict[str, Any]:
    """Check a model folder and return its ``meta.json`` (``{}`` when there is none).

    Raises ``FileNotFoundError`` naming the missing model file, and ``ValueError`` when the
    model was trained with other features than this version of the library computes.
    """
    path = Path(path)
    model = path / MODEL_FILE
    if not model.is_file():
        raise FileNotFoundError(
            f"CRF NER model not found: {model} does not exist; retrain it with "
            "`python training/ner/train_crf.py --out <dir>` or set KEMISKINAN_IE_MODELS"
        )
    meta_path = path / META_FILE
    meta: dict[str, Any] = json.loads(meta_path.read_text(encoding="utf8")) if meta_path.is_file() else {}
    version = meta.get("feature_version", FEATURE_VERSION)
    if version != FEATURE_VERSION:
        raise ValueError(
            f"CRF NER model {model} was trained with feature version {version}, but this library "
            f"computes version {FEATURE_VERSION}; retrain it with `python training/ner/train_crf.py`"
        )
    return meta


class LexiconDriftWarning(UserWarning):
    """The CRF was trained with other word lists than the data files now hold: retrain it."""


def lexicon_drift(meta: dict[str, Any]) -> str | None:
    """A message when ``meta["lexicon_fingerprint"]`` differs from today's word lists, else ``None``.

    The CRF's dictionary features come from ``titles.yaml``, ``agencies.yaml`` and the gazetteer;
    after large edits to them the model still runs, but its dictionary features mean something
    else than in training.
    """
    trained = meta.get("lexicon_fingerprint")
    if not trained:
        return None
    now = default_lexicon().fingerprint()
    if trained == now:
        return None
    return (
        f"CRF NER model was trained with word lists {trained}, the data files now give {now}; "
        "retrain it with `python training/ner/train_crf.py` so its dictionary features match"
    )


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` spans of a BIO sequence; a stray ``I-X`` opens a new entity."""
    out: list[tuple[int, int, str]] = []
    start = -1
    cur = ""
    for i, tag in enumerate(tags):
        prefix, _, lab = tag.partition("-")
        if prefix == "I" and lab == cur:
            continue
        if cur:
            out.append((start, i, cur))
        if prefix in ("B", "I") and lab:
            start, cur = i, lab
        else:
            start, cur = -1, ""
    if cur:
        out.append((start, len(tags), cur))
    return out


class CrfNer(ExternalModelConfig):
    """Tag sentences with a python-crfsuite model and store PER/ORG/LOC in ``doc.spans["ner"]``."""

    config_key = "model_dir"

    def __init__(self, nlp: Language | None, name: str = "kie_crf_ner", model_dir: str = "") -> None:
        self.name = name
        self.model_dir = model_dir
        self._tagger: Any = None
        self._lock = threading.Lock()

    @property
    def path(self) -> Path:
        """The model folder: ``model_dir`` from the config, else the default models dir."""
        return Path(self.model_dir) if self.model_dir else default_model_dir()

    def tagger(self) -> Any:
        """The loaded ``pycrfsuite.Tagger`` (opened on first use, once per process)."""
        if self._tagger is None:
            with self._lock:
                if self._tagger is None:
                    import pycrfsuite

                    path = self.path
                    meta = check_model_dir(path)
                    default_lexicon()  # build the dictionaries now, not inside the first tag call
                    drift = lexicon_drift(meta)
                    if drift:
                        warnings.warn(drift, LexiconDriftWarning, stacklevel=2)
                    tagger = pycrfsuite.Tagger()
                    tagger.open(str(path / MODEL_FILE))
                    self._tagger = tagger
        return self._tagger

    def tag_words(self, words: Sequence[str]) -> list[str]:
        """BIO tags (``B-PER``, ``I-ORG``, ``O``, ...) for one sentence of words."""
        if not words:
            return []
        feats = sent_features(words)
        tagger = self.tagger()
        with self._lock:  # a Tagger holds per-call state
            return list(tagger.tag(feats))

    def __call__(self, doc: Doc) -> Doc:
        """Tag one Doc: set ``doc.spans["ner"]``; ``doc.ents`` is left as it was."""
        text = doc.text
        ranges = sentences(text)
        groups: list[list[int]] = [[] for _ in ranges]
        k = 0
        n_ranges = len(ranges)
        for tok in doc:
            if tok.is_space:
                continue
            idx = tok.idx
            while k + 1 < n_ranges and idx >= ranges[k][1]:
                k += 1
            if n_ranges:
                groups[k].append(tok.i)
        spans: list[Span] = []
        for index in groups:
            if not index:
                continue
            tags = self.tag_words([doc[i].text for i in index])
            for s, e, lab in bio_spans(tags):
                if lab not in LABELS:
                    continue
                start = prev = index[s]
                for j in range(s + 1, e):
                    if index[j] != prev + 1:  # a whitespace token inside: cut here
                        spans.append(Span(doc, start, prev + 1, label=lab))
                        start = index[j]
                    prev = index[j]
                spans.append(Span(doc, start, prev + 1, label=lab))
        doc.spans[SPAN_KEY] = spans
        return doc

    def _forget_model(self) -> None:
        self._tagger = None


@Language.factory("kie_crf_ner", default_config={"model_dir": ""})
def make_crf_ner(nlp: Language, name: str, model_dir: str) -> CrfNer:
    """spaCy factory: ``nlp.add_pipe("kie_crf_ner", config={"model_dir": ...})``."""
    return CrfNer(nlp, name, model_dir)


def add_crf_ner(
    nlp: Language, models_dir: str | Path, *, model_name: str = MODEL_NAME, **add_pipe_kwargs: Any
) -> CrfNer:
    """Add ``kie_crf_ner`` using the model in ``models_dir/model_name``.

    Raises ``FileNotFoundError`` naming the missing file when the model is absent.
    """
    path = Path(models_dir) / model_name
    check_model_dir(path)
    return nlp.add_pipe("kie_crf_ner", config={"model_dir": str(path)}, **add_pipe_kwargs)
