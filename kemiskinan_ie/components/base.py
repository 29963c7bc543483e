"""Shared plumbing of the rule components: spans from character offsets, serialisation, state.

Components work on ``doc.text`` with compiled regexes (C speed) and only turn their results into
spaCy spans at the end. Intermediate results that later components need (resolved places,
quantities, dates, cues) live in ``doc.user_data["kie"]``, a dict of plain lists.
"""

from __future__ import annotations

import json
import re
import weakref
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import minibatch

from ..regex_speed import SharedWordScan

STATE_KEY = "kie"
_DIGIT_RE = re.compile(r"\d")
#: the token columns ``write_ents`` writes
_IOB_TYPE = [ENT_IOB, ENT_TYPE]
_OUTSIDE = 2  # ENT_IOB "O"


def state(doc: Doc) -> dict[str, Any]:
    """The per-document working state shared by the components."""
    st = doc.user_data.get(STATE_KEY)
    if st is None:
        st = {}
        doc.user_data[STATE_KEY] = st
    return st


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once (spaCy rebuilds it from the tokens on every access)."""
    st = state(doc)
    text = st.get("text")
    if text is None:
        text = doc.text
        st["text"] = text
    return text


def lower_doc_text(doc: Doc) -> str | None:
    """``regex_speed.lower_text`` of the document's text, computed once per Doc (None when the
    text has cased characters beyond ASCII: patterns then run on the text itself)."""
    st = state(doc)
    if "lower_text" not in st:
        from ..regex_speed import lower_text

        st["lower_text"] = lower_text(doc_text(doc))
    return st["lower_text"]


def ascii_doc(doc: Doc) -> bool:
    """``regex_speed.ascii_safe`` of the document's text, computed once per Doc: the components'
    searches may then run in ``re.ASCII`` mode (``regex_speed.ascii_twin``; same matches, faster)."""
    st = state(doc)
    flag = st.get("ascii")
    if flag is None:
        from ..regex_speed import ascii_safe

        flag = st["ascii"] = ascii_safe(doc_text(doc))
    return flag


def sentence_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Sentence character ranges (``text_units.sentences``), computed once per Doc."""
    st = state(doc)
    sents = st.get("sentences")
    if sents is None:
        from ..text_units import sentences

        sents = sentences(doc_text(doc))
        st["sentences"] = sents
    return sents


def numeric_windows(doc: Doc) -> list[tuple[int, int]]:
    """Ranges that can hold a statistic's context: each sentence with a number, joined with the
    sentence before it (context carries over one sentence), and the opening of the article up to
    its first number (the topic a reader carries into the first figures). Cue and date scanning is
    limited to these; most sentences of an article have no number at all."""
    st = state(doc)
    wins = st.get("numeric_windows")
    if wins is None:
        text = doc_text(doc)
        sents = sentence_ranges(doc)
        # numbers written in words ("tujuh puluh empat ribu jiwa") count as numbers too
        worded = [q["start"] for q in st.get("quantities", ()) if q.get("words")]
        wins = []
        # ``digit``: the first digit at or after ``searched`` (None: there is none), so sentences
        # without a digit cost no search of their own
        digit: int | None = None
        searched = -1
        for i, (s, e) in enumerate(sents):
            if searched < 0 or s < searched or (digit is not None and digit < s):
                m = _DIGIT_RE.search(text, s)
                digit = m.start() if m else None
                searched = s
            if (digit is not None and digit < e) or (worded and any(s <= w < e for w in worded)):
                start = sents[i - 1][0] if wins and i else 0
                if wins and start <= wins[-1][1]:
                    wins[-1] = (wins[-1][0], e)
                else:
                    wins.append((start, e))
        st["numeric_windows"] = wins
    return wins


def whole_word_spans(text: str, word: str, joiners: str = "-") -> list[tuple[int, int]]:
    """Where ``word`` stands in ``text`` as a whole word: no letter, digit, "_" or one of
    ``joiners`` right before or after it (``str.find``, no pattern built per word)."""
    out = []
    n = len(word)
    i = text.find(word)
    while i >= 0:
        e = i + n
        before = text[i - 1] if i else " "
        after = text[e] if e < len(text) else " "
        if not (before.isalnum() or before == "_" or before in joiners) and \
                not (after.isalnum() or after == "_" or after in joiners):
            out.append((i, e))
        i = text.find(word, e)
    return out


def char_span(doc: Doc, start: int, end: int, label: str = "") -> Span | None:
    """A token span covering ``[start, end)`` (expanded to token boundaries)."""
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def add_spans(doc: Doc, key: str, items: list[tuple[int, int, str]]) -> list[Span]:
    """Store ``(start, end, label)`` character ranges as ``doc.spans[key]``."""
    spans = []
    for s, e, label in items:
        sp = char_span(doc, s, e, label)
        if sp is not None:
            spans.append(sp)
    doc.spans[key] = SpanGroup(doc, name=key, spans=spans)
    return spans


def boilerplate_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of boilerplate found by ``kie_boilerplate``."""
    return state(doc).get("boilerplate", [])


def in_ranges(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    """True when ``[start, end)`` overlaps any of the ranges."""
    for s, e in ranges:
        if start < e and s < end:
            return True
    return False


class ExternalModelConfig:
    """Serialisation for a component whose model lives in its own folder (``models/...``): only
    the folder's path (attribute ``config_key``) is stored; the model is opened again on first use
    (``_forget_model``). The class's ``__init__`` takes ``(nlp, name, path)``."""

    config_key = "model_path"
    name: str

    def _forget_model(self) -> None:  # pragma: no cover - overridden
        """Drop the loaded model so the next call opens it from the stored path."""

    def to_bytes(self, *, exclude: tuple = ()) -> bytes:
        """Serialise the config."""
        return json.dumps({self.config_key: getattr(self, self.config_key)}).encode("utf8")

    def from_bytes(self, data: bytes, *, exclude: tuple = ()):
        """Restore the config; the model is opened again on first use."""
        setattr(self, self.config_key, json.loads(data.decode("utf8")).get(self.config_key, ""))
        self._forget_model()
        return self

    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        """Write the config to ``path/cfg.json``."""
        p = Path(path)
        p.mkdir(parents=True, exist_ok=True)
        (p / "cfg.json").write_bytes(self.to_bytes())

    def from_disk(self, path: str | Path, *, exclude: tuple = ()):
        """Read the config written by ``to_disk``."""
        return self.from_bytes((Path(path) / "cfg.json").read_bytes())

    def __getstate__(self) -> dict[str, Any]:
        return {"name": self.name, self.config_key: getattr(self, self.config_key)}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(None, state["name"], state[self.config_key])  # type: ignore[misc]


class Component:
    """Base class: config-only serialisation, like spaCy's rule components."""

    name = "kie_component"
    cfg: dict[str, Any]

    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "cfg.json").write_text(json.dumps(self.cfg, sort_keys=True), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> Component:
        p = Path(path) / "cfg.json"
        if p.exists():
            self.cfg = json.loads(p.read_text(encoding="utf-8"))
        return self

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Process a stream of Docs a batch at a time: the whole batch goes through this component
        before the first of it is handed on, so ``nlp.pipe`` runs stage by stage over each batch
        (every component's patterns and tables stay in the CPU's caches: about 15-20 % less time
        per article than taking each Doc through every component in turn). Each Doc's result is
        the same either way."""
        for batch in minibatch(docs, size=max(1, batch_size)):
            yield from [self(doc) for doc in batch]

    def __call__(self, doc: Doc) -> Doc:  # pragma: no cover - overridden
        return doc


_SHARED_SCANS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def shared_word_scan(nlp) -> SharedWordScan:
    """The ``regex_speed.SharedWordScan`` of the pipeline ``nlp``: the entity components add their
    word lists to it, and the lists of all of them are found in one pass per document (a fresh
    one for a component made without a pipeline)."""
    if nlp is None:
        return SharedWordScan()
    try:
        shared = _SHARED_SCANS.get(nlp)
        if shared is None:
            shared = _SHARED_SCANS[nlp] = SharedWordScan()
    except TypeError:  # (an object that cannot be weakly referenced)
        return SharedWordScan()
    return shared


def shared_spans(doc: Doc, shared: SharedWordScan, slot: tuple[int, int]) -> list[list[tuple[int, int]]] | None:
    """``shared.spans`` for the document (its lower-cased text; one pass kept in its state)."""
    st = state(doc)
    cache = st.get("word_scans")
    if cache is None:
        cache = st["word_scans"] = {}
    return shared.spans(cache, lower_doc_text(doc), doc_text(doc), slot)


def set_entities(doc: Doc, items: list[tuple[int, int, str]], replace_overlapping: bool = True,
                 write: bool = True) -> None:
    """Add ``(start, end, label)`` entities, dropping earlier ones they overlap, and write ``doc.ents``
    (``write=False`` defers the spaCy spans to a later component: the last entity component writes).

    The current entities are kept as character ranges in ``state(doc)["ents"]`` so components never
    read ``doc.ents`` back (that getter walks every token).
    """
    st = state(doc)
    current: list[tuple[int, int, str]] = st.get("ents", [])
    if replace_overlapping and items and current:
        # c overlaps an item when some item starting before c's end ends after c's start:
        # items by start, with the running maximum of their ends
        by_start = sorted((s, e) for s, e, _ in items)
        starts = [s for s, _ in by_start]
        max_end: list[int] = []
        top = None
        for _, e in by_start:
            top = e if top is None or e > top else top
            max_end.append(top)
        kept_current = []
        for c in current:
            k = bisect_left(starts, c[1])
            if not (k and max_end[k - 1] > c[0]):
                kept_current.append(c)
        current = kept_current
    merged = sorted(current + list(items))
    kept: list[tuple[int, int, str]] = []
    for it in merged:
        if kept and it[0] < kept[-1][1]:
            if (it[1] - it[0]) > (kept[-1][1] - kept[-1][0]):
                kept[-1] = it
            continue
        kept.append(it)
    st["ents"] = kept
    if not write:
        return
    spans = []
    for s, e, label in kept:
        sp = char_span(doc, s, e, label)
        if sp is not None and (not spans or sp.start >= spans[-1].end):
            spans.append(sp)
    st["ents"] = kept
    write_ents(doc, spans)


def write_ents(doc: Doc, spans: list[Span]) -> None:
    """``doc.set_ents(spans, default="outside")``. Without spans (most documents outside the
    topic) every token becomes O with no label: written as two token columns with
    ``Doc.from_array``, the same annotation without ``set_ents``' Python-level pass over every
    token (entity and knowledge-base ids are kept, as ``set_ents`` keeps them)."""
    if spans or not len(doc):
        doc.set_ents(spans, default="outside")
        return
    arr = numpy.zeros((len(doc), 2), dtype="uint64")
    arr[:, 0] = _OUTSIDE
    doc.from_array(_IOB_TYPE, arr)


def defer_entities(nlp) -> bool:
    """True when ``kie_officials`` runs later in ``nlp`` and will write ``doc.ents`` once for all
    entity components (creating spaCy spans four times over costs more than finding them)."""
    components = getattr(nlp, "_components", None)
    disabled = getattr(nlp, "_disabled", None)
    if components is None or disabled is None:  # not a spaCy Language: ask it the public way
        return "kie_officials" in getattr(nlp, "pipe_names", ())
    # (``nlp.pipe_names`` builds two lists and two error messages on every call: this runs per Doc)
    return any(name == "kie_officials" and name not in disabled for name, _ in components)
