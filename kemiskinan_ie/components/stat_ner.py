"""Statistical NER (PER/ORG/LOC) as a side channel: ``doc.spans["ner"]``.

The component ``kie_stat_ner`` wraps the small spaCy model shipped in ``models/ner-id``
(trained by ``training/ner/``). It never touches ``doc.ents``: the model runs on a copy of the
Doc built from our own tokens, and its entities come back as ``doc.spans["ner"]`` with exactly
our token boundaries, so rule components can use them as evidence (a person name next to a job
title, an organisation name) without being overridden.

Whitespace-only tokens (paragraph breaks) are not shown to the model, which never saw them in
training; an entity that would run across such a break is cut into its parts.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from .base import ExternalModelConfig

#: Key of the span group that receives the predictions.
SPAN_KEY = "ner"
#: Labels the component emits.
LABELS: tuple[str, ...] = ("PER", "ORG", "LOC")
#: Folder name of the shipped model inside the models directory.
MODEL_NAME = "ner-id"


def default_model_path() -> Path:
    """``kemiskinan_ie.pipeline.models_dir() / "ner-id"``."""
    from ..pipeline import models_dir

    return models_dir() / MODEL_NAME


def _check_model_dir(path: Path) -> None:
    if not (path / "config.cfg").is_file():
        raise FileNotFoundError(
            f"statistical NER model not found at {path} (expected a spaCy pipeline folder with config.cfg); "
            "retrain it with `bash training/ner/train.sh` or set KEMISKINAN_IE_MODELS"
        )


class StatNer(ExternalModelConfig):
    """Run a separately loaded spaCy NER model and store its entities in ``doc.spans["ner"]``."""

    config_key = "model_path"

    def __init__(self, nlp: Language | None, name: str = "kie_stat_ner", model_path: str = "") -> None:
        self.name = name
        self.model_path = model_path
        self._model: Language | None = None
        self._lock = threading.Lock()

    @property
    def path(self) -> Path:
        """The model folder: ``model_path`` from the config, else the default models dir."""
        return Path(self.model_path) if self.model_path else default_model_path()

    def ner_pipeline(self) -> Language:
        """The loaded NER pipeline (loaded on first use).

        A method, not a ``model`` property: spaCy and ``typing`` protocol checks call
        ``hasattr(component, "model")``, which would load the model (or raise) too early."""
        if self._model is None:
            with self._lock:
                if self._model is None:
                    path = self.path
                    _check_model_dir(path)
                    self._model = spacy.load(path)
        return self._model

    # -- running -----------------------------------------------------------------------------
    def _model_doc(self, doc: Doc) -> tuple[Doc, list[int]]:
        """A Doc in the model's vocab with our non-whitespace tokens, and their indices in ``doc``."""
        words: list[str] = []
        spaces: list[bool] = []
        index: list[int] = []
        for tok in doc:
            if tok.is_space:
                if spaces:
                    spaces[-1] = True
                continue
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))
            index.append(tok.i)
        return Doc(self.ner_pipeline().vocab, words=words, spaces=spaces), index

    @staticmethod
    def _store(doc: Doc, pred: Doc, index: list[int]) -> Doc:
        spans: list[Span] = []
        for ent in pred.ents:
            if ent.label_ not in LABELS:
                continue
            start = index[ent.start]
            prev = start
            for k in range(ent.start + 1, ent.end):
                if index[k] != prev + 1:  # a paragraph break inside: cut here
                    spans.append(Span(doc, start, prev + 1, label=ent.label_))
                    start = index[k]
                prev = index[k]
            spans.append(Span(doc, start, prev + 1, label=ent.label_))
        doc.spans[SPAN_KEY] = spans
        return doc

    def __call__(self, doc: Doc) -> Doc:
        """Tag one Doc: set ``doc.spans["ner"]``; ``doc.ents`` is left as it was."""
        mdoc, index = self._model_doc(doc)
        return self._store(doc, self.ner_pipeline()(mdoc), index)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Tag a stream of Docs, running the model over batches."""
        for batch in minibatch(docs, size=batch_size):
            prepared = [self._model_doc(d) for d in batch]
            preds = self.ner_pipeline().pipe((m for m, _ in prepared), batch_size=batch_size)
            for doc, (_, index), pred in zip(batch, prepared, preds, strict=True):
                yield self._store(doc, pred, index)

    def _forget_model(self) -> None:
        self._model = None


@Language.factory("kie_stat_ner", default_config={"model_path": ""})
def make_stat_ner(nlp: Language, name: str, model_path: str) -> StatNer:
    """spaCy factory: ``nlp.add_pipe("kie_stat_ner", config={"model_path": ...})``."""
    return StatNer(nlp, name, model_path)


def add_stat_ner(
    nlp: Language, models_dir: str | Path, *, model_name: str = MODEL_NAME, **add_pipe_kwargs: Any
) -> StatNer:
    """Add ``kie_stat_ner`` using the model in ``models_dir/model_name``.

    Raises ``FileNotFoundError`` naming the path when the model folder is missing.
    """
    path = Path(models_dir) / model_name
    _check_model_dir(path)
    return nlp.add_pipe("kie_stat_ner", config={"model_path": str(path)}, **add_pipe_kwargs)
