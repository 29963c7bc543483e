"""``kie_metrics``: metric cue phrases ("persentase penduduk miskin", "garis kemiskinan", "KPM").

One compiled alternation over all cues of ``data/metric_cues.yaml`` finds them in a single pass;
each cue keeps its unit-family -> metric map for the relation layer (``state(doc)["cues"]``) and
becomes a METRIC span (``doc.spans["metric"]``, ``attrs.metric`` = the cue's main metric).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicon
from ..extensions import set_many_span_attrs
from ..regex_speed import AlternationDispatch, LowerSearch, first_char_gate, gated
from .base import Component, add_spans, ascii_doc, doc_text, in_ranges, lower_doc_text, numeric_windows, state


def cue_regex(cues: list[dict]) -> re.Pattern:
    """One alternation over all cue patterns; ``m.lastgroup`` is ``c<index into cues>``.
    A possessive "-nya" may follow any cue ("persentase penduduk miskinnya").
    Each cue is gated by the characters it can start with (``first_char_gate``; same matches)."""
    return gated(re.compile(
        r"(?<![\w-])(?:"
        + "|".join(
            f"{first_char_gate(c['pattern'], re.I)}(?P<c{i}>(?:{c['pattern']})(?:nya)?(?![\\w-]))" for i, c in enumerate(cues)
        )
        + ")",
        re.I,
    ))


class MetricCueTagger(Component):
    """Find metric cue phrases."""

    def __init__(self, nlp: Language, name: str = "kie_metrics", data: str = "metric_cues"):
        self.name = name
        self.cfg = {"data": data}
        d = lexicon.load(data)
        self.cues = d["cues"]
        self.rx = cue_regex(self.cues)
        # per cue: whether it is an anaphora ("angka tersebut"), and its main metric (first of its map)
        self._anaphora = [bool(c.get("anaphora")) for c in self.cues]
        self._span_metric = [next(iter(c.get("map", {}).values()), None) for c in self.cues]
        self.registry_re = gated(re.compile(r"(?<![\w-])(?:" + "|".join(d["registries"]) + r")(?![\w-])", re.I))
        # the same searches over the lower-cased text, when the document allows (same matches);
        # the cues as a tree of their first letters there (same matches, one branch per letter)
        self.rx_search = LowerSearch(self.rx)
        self.rx_dispatch = AlternationDispatch(
            r"(?<![\w-])", [f"(?:{c['pattern']})(?:nya)?(?![\\w-])" for c in self.cues])
        self.registry_search = LowerSearch(self.registry_re)
        from .relations.patterns import AlternativeNeedles  # (here: the relations package imports this one)

        self.registry_gate = AlternativeNeedles(self.registry_re)  # (the words each registry's name holds)

    def find(self, text: str, skip: list[tuple[int, int]], windows: list[tuple[int, int]] | None = None,
             low: str | None = None, ascii: bool = False) -> list[dict]:
        """Cue dicts ``{start, end, cue}`` (cue = index into the cue table), within ``windows``
        (character ranges; the whole text when None); ``low`` is ``regex_speed.lower_text(text)``,
        ``ascii`` whether ``regex_speed.ascii_safe(text)`` holds."""
        out = []
        if low is not None and self.rx_dispatch.rx is not None:
            for ws, we in windows if windows is not None else [(0, len(text))]:
                for s, e, cue in self.rx_dispatch.finditer(low, ws, we, ascii):
                    if not (skip and in_ranges(s, e, skip)):
                        out.append({"start": s, "end": e, "cue": cue})
            return out
        for ws, we in windows if windows is not None else [(0, len(text))]:
            for m in self.rx_search.finditer(text, low, ws, we):
                if skip and in_ranges(m.start(), m.end(), skip):
                    continue
                out.append({"start": m.start(), "end": m.end(), "cue": int(m.lastgroup[1:])})
        return out

    def __call__(self, doc: Doc) -> Doc:
        st = state(doc)
        text = doc_text(doc)
        skip = st.get("boilerplate", [])
        low = lower_doc_text(doc)
        cues = self.find(text, skip, numeric_windows(doc), low, ascii_doc(doc))
        st["cues"] = cues
        st["registries"] = [
            {"start": m.start(), "end": m.end()} for m in self.registry_search.finditer(text, low)
            if not (skip and in_ranges(m.start(), m.end(), skip))
        ] if self.registry_gate.may_match(low) else []
        spans = []
        attrs = []
        anaphora = self._anaphora
        for c in cues:
            i = c["cue"]
            if anaphora[i]:
                continue
            spans.append((c["start"], c["end"], "METRIC"))
            main = self._span_metric[i]
            if main:
                attrs.append((c["start"], c["end"], {"metric": main}))
        set_many_span_attrs(doc, "METRIC", attrs)
        add_spans(doc, "metric", spans)
        return doc


@Language.factory("kie_metrics", default_config={"data": "metric_cues"})
def make_metrics(nlp: Language, name: str, data: str) -> MetricCueTagger:
    """Factory for the metric cue tagger."""
    return MetricCueTagger(nlp, name, data)
