"""``kie_relations``: link every statistic to metric, region, period, kind and more.

For each QUANTITY outside boilerplate the linker decides, reading left to right as a careful
reader does:

* **metric** from the nearest metric cue before it in the sentence whose unit map fits the
  quantity (``data/metric_cues.yaml``), anaphora ("angka tersebut", "jumlahnya") repeating the
  metric before, a registry cited in the sentence making level counts ``welfare_registry_count``;
  quantities with no fitting cue become ``other`` (kept, but not claimed as a known statistic);
* **kind**: a change verb governing the number ("turun 0,21 persen poin", "berkurang 61 KPM")
  makes a signed change unless a level word intervenes ("turun menjadi 7.316 jiwa"); target
  cues make a ``target``;
* **period**: a date attached after the number ("8.590 jiwa pada 2023"), else the nearest date
  before it in its clause or sentence (comparison bases such as "dibandingkan Maret 2022" are
  skipped for changes), else the period carried over from earlier sentences, else the article's
  own date; a "dari X menjadi Y" from-value takes the comparison period; "tiga tahun
  berturut-turut" series are counted back;
* **region**: the nearest subject place before it in the sentence (comparison frames such as
  "terendah di Kalsel" and appositions such as "Bone, Sulawesi Selatan" are not subjects;
  "nasional" is Indonesia), else the region carried over, else the article's main region;
* **area**, **approx**, **program** (for beneficiaries, budgets, registries), **source**
  (the agency cited) and **speaker** (the official quoted).

Results: ``doc._.figures`` (dicts with ``schema.Figure`` fields) and ``state(doc)["figures"]``.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicon
from ..backends.syntax import has_syntax, noun_head_of
from ..numbers import tidy
from ..text_units import clauses
from .base import Component, doc_text, sentence_ranges, state
from .metrics import cue_regex

_SERIES_RE = re.compile(
    r"\b(?:dua|tiga|empat|lima|enam|[2-9])\s+tahun\s+(?:berturut-turut|terakhir|belakangan)", re.I
)
_NUMWORD = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6}
_ATTACH_RE = re.compile(
    r"^\s*(?:\([^()]{0,30}\)\s*)?\)?\s*,?\s*(?:pada|di|per|untuk|sepanjang|selama|dalam\s+rentang|dalam\s+kurun|"
    r"hingga|sampai)?\s*(?:tahun\s+|periode\s+|bulan\s+)?$"
    # "61.302 keluarga menerima PKH pada 2019": a short verb phrase, then the period
    r"|^\s*(?:[A-Za-z]+\s+){1,4}(?:pada|sepanjang|selama)\s+(?:tahun\s+)?$",
    re.I,
)
_FROM_RE = re.compile(
    r"(?:(?<!\slebih )(?<!\skurang )(?<!\stidak )\bdari|\bsemula|\bsebelumnya)\s+(?:posisi\s+|angka\s+|level\s+)?(?:sekitar\s+)?$",
    re.I,
)
_TWIN_RE = re.compile(
    r"(?:^\s*\(\s*$|(?:\batau|\bsetara|\batau\s+setara|\batau\s+sama\s+dengan)(?:\s+dengan)?(?:\s+sekitar|\s+kurang\s+lebih|\s+lebih\s+dari)?\s*$)",
    re.I,
)
_DATELINE_RE = re.compile(r"^[\s\W]*(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s*[-–—,]\s*)?$")
_LOCATIVE_RE = re.compile(r"\b(?:di|ke|dari|menuju|dekat|kunjungan\s+kerja\s+ke)\s+(?:wilayah\s+|daerah\s+)?$", re.I)
_SUBJECT_AFTER_RE = re.compile(r"^\s*(?:lebih\s+)?(?:warga|masyarakat|penduduk|jiwa|orang|KK|KPM)?\s*(?:lebih\s+)?(?:warga|masyarakat|penduduk)?\s*(?:(?:berada|tinggal|bermukim)\s+)?(?:di\s+)?$", re.I)
_SENTENCE_BOUND = frozenset({"welfare_registry_count", "beneficiary_count", "budget", "other"})
_TO_VALUE_RE = re.compile(r"\b(?:menjadi|ke\s+level|ke\s+angka|hingga\s+ke)\s+(?:sekitar\s+)?$", re.I)
_RECEIVE_RE = re.compile(r"\b(?:menerima|mendapat(?:kan)?|memperoleh|mengikuti|menjadi\s+peserta)\b", re.I)
_RANGE_OR_LIST_RE = re.compile(r"^\s*(?:%|persen)?\s*(?:sampai|hingga|s\.?d\.?|-|–|dan|atau|,)\s*(?:dengan\s+)?(?:Rp\.?\s*)?$", re.I)
_SOURCE_CUE_RE = re.compile(r"\b(?:data|menurut|berdasarkan|merujuk|catatan|rilis|mengacu|mencatat|dirilis)\b", re.I)
_STAT_AGENCY_RE = re.compile(r"\b(?:BPS|Badan\s+Pusat\s+Statistik)\b")


def _in_range(items: list[dict], starts: list[int], s0: int, e0: int) -> list[dict]:
    """The items (sorted by start) that start inside ``[s0, e0)``."""
    return items[bisect_left(starts, s0):bisect_left(starts, e0)]


def _rx(patterns: list[str]) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + lexicon.alternation(patterns) + r"(?![\w-])", re.I)


class RelationLinker(Component):
    """Turn quantities into figures."""

    def __init__(self, nlp: Language, name: str = "kie_relations", data: str = "cues",
                 metric_data: str = "metric_cues", max_rate_change: float = 5.0):
        self.name = name
        self.cfg = {"data": data, "metric_data": metric_data, "max_rate_change": max_rate_change}
        cues = lexicon.load(data)
        mc = lexicon.load(metric_data)
        self.cue_table = mc["cues"]
        self.units = mc["units"]
        self.rate_metrics = set(mc["rate_metrics"])
        self.down_re = _rx(cues["change"]["down"])
        self.up_re = _rx(cues["change"]["up"])
        self.to_level_re = _rx(cues["to_level"])
        self.base_re = re.compile(r"(?<![\w-])" + lexicon.alternation(cues["base"]) + r"\s*(?:posisi\s+)?(?:tahun\s+|periode\s+|bulan\s+)?$", re.I)
        self.target_re = _rx(cues["target"])
        self.urban_re = _rx(cues["area"]["urban"])
        self.rural_re = _rx(cues["area"]["rural"])
        self.frame_re = re.compile(r"(?:" + lexicon.alternation(cues["frame"]) + r")\s*(?:wilayah\s+|provinsi\s+|kabupaten\s+)?$", re.I)
        self.national_re = re.compile(r"(?<![\w-])(?:nasional|secara\s+nasional|se-?Indonesia)(?![\w-])", re.I)
        self.max_rate_change = max_rate_change
        self.local_re = re.compile(r"(?:" + "|".join(cues["local_subject"]) + r")\s*(?:wilayah\s+)?$", re.I)
        # these are used as pattern.match(text, pos): "^" would only match at the start of the text
        self.beneficiary_after_re = re.compile(cues["beneficiary_after"].lstrip("^"), re.I)
        self.share_of_re = re.compile(cues["share_of"].lstrip("^"), re.I)
        self.side_re = re.compile(cues["side_sentence"].lstrip("^"), re.I)
        self.household_size_re = re.compile(cues["household_size_after"], re.I)
        self.poor_after_re = re.compile(cues["poor_after"], re.I)
        self.earlier_re = re.compile(cues["earlier_level"], re.I)
        self.registry_re = re.compile("(?:" + "|".join(mc["registries"]) + ")", re.I)
        self.max_line = float(mc.get("max_poverty_line_idr", 2e7))
        self.cue_rx = cue_regex(self.cue_table)
        self.event_before_re = re.compile("|".join(f"(?:{p})" for p in cues["event_location_before"]), re.I)
        self.event_after_re = re.compile("|".join(f"(?:{p})" for p in cues["event_location_after"]), re.I)

    # -- helpers ---------------------------------------------------------------------------------
    def _metric_for(self, q: dict, cues: list[dict], text: str, s0: int, prev_metric: dict | None,
                    registry: bool) -> tuple[str, bool]:
        """(metric, strong_cue_used) for quantity ``q``; cues are those of its sentence before it."""
        fam = q["family"]
        uw = q.get("unit_word", "")
        if uw.startswith("penduduk"):
            return "population", False
        if uw in ("kpm", "pkm"):
            return "beneficiary_count", False
        if q["per_item"]:
            return "other", False
        anaphora_seen = False
        for c in reversed(cues):
            entry = self.cue_table[c["cue"]]
            if entry.get("anaphora") or (entry.get("subset") and fam != "pct"):
                anaphora_seen = True  # "dari jumlah itu, 46.300 jiwa": a part of the count before
                continue
            mp = entry.get("map", {})
            key = fam
            if fam == "count":
                key = "count"
            if fam == "pct" and q["unit"] == "percent_point":
                key = "pct"
            metric = mp.get(key)
            if metric is None and entry.get("strong") and fam in ("bare", "persons", "idr") and "bare" in mp:
                metric = mp.get("bare")
            if metric is None and fam == "pct" and "pct_change" in mp:
                metric = "@pct_change:" + mp["pct_change"]
            if metric is None:
                continue
            if metric == "auto" or metric == "auto_extreme":
                rate = isinstance(q["value"], float) and abs(q["value"]) < 100
                if metric == "auto":
                    metric = "poverty_rate" if rate else "poverty_count"
                else:
                    metric = "extreme_poverty_rate" if rate else "extreme_poverty_count"
            if anaphora_seen and prev_metric and c["end"] < s0:
                break
            return metric, bool(entry.get("strong"))
        if prev_metric is not None:
            pm = prev_metric["metric"]
            if fam == prev_metric["family"] or (fam == "bare" and prev_metric["family"] != "idr"):
                return pm, False
            if anaphora_seen:
                return self._sibling(pm, fam), False
        if fam == "idr":
            return ("poverty_line" if q["per_capita"] else "budget"), False
        return "other", False

    @staticmethod
    def _sibling(metric: str, fam: str) -> str:
        """The count metric of a rate and back ("angka itu ... 135 ribu jiwa")."""
        pairs = {
            "poverty_rate": "poverty_count", "extreme_poverty_rate": "extreme_poverty_count",
            "unemployment_rate": "unemployment_count",
        }
        if fam in ("persons", "households"):
            return pairs.get(metric, metric if metric.endswith("count") else "other")
        if fam == "pct":
            back = {v: k for k, v in pairs.items()}
            return back.get(metric, metric if metric.endswith("rate") else "other")
        return "other"

    def _kind(self, text: str, q: dict, sent_start: int, prev_q_end: int) -> tuple[str, int]:
        """('level'|'change'|'target', sign) from the words before the number in its sentence."""
        window_start = max(sent_start, prev_q_end)
        window = text[window_start:q["start"]]
        sign = 0
        last = None
        for rx, sg in ((self.down_re, -1), (self.up_re, 1)):
            for m in rx.finditer(window):
                if last is None or m.start() > last[0]:
                    last = (m.start(), m.end(), sg)
        clause_window = text[max(sent_start, q["start"] - 120):q["start"]]
        if self.target_re.search(clause_window.split(",")[-1]) or self.target_re.search(window):
            return "target", 0
        if last is not None:
            between = window[last[1]:]
            if not self.to_level_re.search(between):
                sign = last[2]
                return "change", sign
        return "level", 0

    def _area(self, text: str, sent_start: int, pos: int) -> str | None:
        seg = text[sent_start:pos]
        u = [m.end() for m in self.urban_re.finditer(seg)]
        r = [m.end() for m in self.rural_re.finditer(seg)]
        if not u and not r:
            return None
        return "urban" if (max(u) if u else -1) > (max(r) if r else -1) else "rural"

    # -- main ------------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        st = state(doc)
        text = doc_text(doc)
        quantities = st.get("quantities", [])
        article_year = int(doc._.article_date[:4]) if doc._.article_date else None
        syntax = has_syntax(doc)
        if not quantities:
            doc._.figures = []
            st["figures"] = []
            return doc
        dates = [d for d in st.get("dates", []) if d["kind"] in ("year", "month", "range", "relative")
                 and (d.get("year") or d.get("context"))]
        for d in dates:
            before = text[max(0, d["start"] - 40):d["start"]]
            d["base"] = bool(self.base_re.search(before))
        mentions = self._mentions(doc, text)
        main_region = self._main_region(mentions)
        programs_ = st.get("programs", [])
        cues = [c for c in st.get("cues", []) if not any(p["start"] <= c["start"] and c["end"] <= p["end"]
                                                          and not (p["start"] == c["start"] and p["end"] == c["end"])
                                                          for p in programs_)]
        registries = st.get("registries", [])
        programs = st.get("programs", [])
        officials = st.get("officials", [])
        agencies = st.get("agencies", [])

        date_starts = [d["start"] for d in dates]
        cue_starts = [c["start"] for c in cues]
        mention_starts = [m["start"] for m in mentions]
        program_starts = [p["start"] for p in programs]
        registry_starts = [r["start"] for r in registries]
        figures: list[dict] = []
        ctx = {"region": None, "year": None, "month": None, "from_year": None, "from_month": None,
               "program": None, "metric": None, "metric_by_family": {}, "cue": None, "cue_sent": -9, "last": None}
        qi = 0
        for sent_no, (s0, e0) in enumerate(sentence_ranges(doc)):
            sent_qs = []
            while qi < len(quantities) and quantities[qi]["start"] < e0:
                if quantities[qi]["start"] >= s0:
                    sent_qs.append(quantities[qi])
                qi += 1
            sent_dates = _in_range(dates, date_starts, s0, e0)
            sent_cues = _in_range(cues, cue_starts, s0, e0)
            sent_mentions = _in_range(mentions, mention_starts, s0, e0)
            sent_programs = _in_range(programs, program_starts, s0, e0)
            if not sent_qs:
                self._update_context_without_figures(ctx, sent_dates, sent_cues, sent_mentions, sent_programs, s0, e0)
                if ctx["cue"] is not None and any(c["cue"] == ctx["cue"] for c in sent_cues):
                    ctx["cue_sent"] = sent_no
                continue
            cls = clauses(text, s0, e0)
            attached = self._attach_dates(text, sent_qs, sent_dates)
            registry = _in_range(registries, registry_starts, s0, e0)
            prev_end = s0
            sent_figs: list[dict] = []
            for q in sent_qs:
                q_cues = [c for c in sent_cues if c["end"] <= q["start"]]
                real_prev = [f for f in sent_figs if f["metric"] != "other"]
                if real_prev:
                    prev_metric = {"metric": real_prev[-1]["metric"], "family": real_prev[-1]["_family"]}
                elif ctx["last"] is not None and any(self.cue_table[c["cue"]].get("subset") for c in q_cues[-1:]):
                    prev_metric = {"metric": ctx["last"][0], "family": ctx["last"][1]}
                else:
                    fam_prev = ctx["metric_by_family"].get(q["family"]) if q["family"] != "idr" else None
                    prev_metric = {"metric": fam_prev, "family": q["family"]} if fam_prev else (
                        {"metric": ctx["metric"][0], "family": ctx["metric"][1]} if ctx["metric"] and q["family"] != "idr" else None)
                twin = self._twin_of(text, q, sent_figs)
                if twin is not None and twin["_base_metric"] != "other":
                    tm = twin["_base_metric"]
                    metric, strong = (self._sibling(tm, q["family"]) if twin["_family"] != q["family"] else tm), False
                else:
                    metric, strong = self._metric_for(q, q_cues, text, s0, prev_metric, bool(registry))
                    real_q_cues = [c for c in q_cues if not self.cue_table[c["cue"]].get("anaphora")]
                    if metric == "other" and not real_q_cues and ctx["cue"] is not None and q["noun"] is None \
                            and not q["per_item"] and ctx["cue_sent"] == sent_no - 1 and q["family"] in ("pct", "persons", "bare"):
                        carried = self.cue_table[ctx["cue"]].get("map", {}).get(q["family"])
                        if carried and not carried.startswith("auto"):
                            metric = carried
                if q["family"] == "bare" and sent_figs and sent_figs[-1]["_family"] == "persons" and sent_figs[-1]["_scale"] != 1.0 \
                        and sent_figs[-1]["metric"] != "other" and "," in q.get("raw", "") and 1 <= q["value"] < 1000 \
                        and not any(sent_figs[-1]["end"] <= c["start"] and not self.cue_table[c["cue"]].get("anaphora")
                                    for c in q_cues):
                    # a list continues: "31,31 (ribu jiwa), lalu ... 31,29 pada 2022"
                    metric = sent_figs[-1]["metric"]
                    q = dict(q, value=q["value"] * sent_figs[-1]["_scale"], family="persons", unit="persons",
                             scale_factor=sent_figs[-1]["_scale"])
                if q["family"] in ("persons", "households") and self.beneficiary_after_re.match(text, q["end"]):
                    metric = "beneficiary_count"
                if q["family"] in ("persons", "households") and metric in ("other", "population") and \
                        self.poor_after_re.match(text, q["end"]):
                    metric = "poverty_count"
                if q["family"] in ("persons", "bare") and self.household_size_re.match(text, q["end"]):
                    metric = "household_size"
                if q["family"] == "pct" and self.share_of_re.match(text, q["end"]):
                    metric = "other"
                if metric.startswith("poverty_line") and q["family"] == "idr" and abs(float(q["value"])) > self.max_line:
                    metric = "budget"
                if metric in ("poverty_count", "other") and q["family"] in ("persons", "households") and q["noun"] is None:
                    last_cue = max((c["end"] for c in q_cues if not self.cue_table[c["cue"]].get("anaphora")), default=-1)
                    progs = [p for p in sent_programs if last_cue <= p["start"] and p["end"] <= q["start"]
                             and not self._is_registry(p["text"])]
                    if progs:
                        metric = "beneficiary_count"
                if metric in ("poverty_count", "other") and q["family"] in ("persons", "households") and q["noun"] is None:
                    nxt = next((x["start"] for x in sent_qs if x["start"] > q["start"]), e0)
                    verb = _RECEIVE_RE.search(text, q["end"], nxt)
                    if verb and any(verb.end() <= p["start"] <= verb.end() + 60 for p in sent_programs):
                        metric = "beneficiary_count"  # "112 keluarga di Desa X ... menerima BLT Dana Desa"
                if metric == "other" and syntax and q["noun"] is None and not q["per_item"]:
                    metric = self._syntax_metric(doc, q) or metric
                if q["per_item"]:
                    metric = "other"
                if q["family"] in ("persons", "bare") and self.household_size_re.match(text, q["end"]):
                    metric = "household_size"  # a size is per household by definition
                base_metric = metric
                kind, sign = self._kind(text, q, s0, prev_end)
                if q["unit"] == "percent_point" and kind == "level":
                    kind = "change"  # points are a difference by definition ("minus 0,12 persen poin")
                if kind == "level" and sent_figs and sent_figs[-1]["kind"] == "target" and _RANGE_OR_LIST_RE.match(
                        text[sent_figs[-1]["end"]:q["start"]]):
                    kind = "target"
                prev_end = q["end"]
                value = q["value"]
                unit = q["unit"]
                if metric.startswith("@pct_change:"):
                    metric = metric.split(":", 1)[1] if kind == "change" else "other"
                if metric != "other" and metric in self.units:
                    target_unit = self.units[metric]
                    if unit in (None, "count") or (strong and unit in ("persons", "households", "idr")):
                        unit = target_unit
                    elif unit in ("percent", "percent_point") and target_unit == "index":
                        unit = "index"  # "IPM 70,30 persen", "P1 sebesar 3,30 persen"
                    elif unit == "idr" and target_unit == "idr_per_capita_month":
                        unit = target_unit
                if kind == "change":
                    if sign and value > 0:
                        value = sign * value
                    if metric in self.rate_metrics and unit in ("percent", "percent_point"):
                        unit = "percent_point"
                        if abs(value) >= self.max_rate_change:
                            kind, value, unit = "level", abs(value), "percent"
                explicit_beneficiary = self.beneficiary_after_re.match(text, q["end"]) is not None or any(
                    self.cue_table[c["cue"]].get("map", {}).get(q["family"]) == "beneficiary_count" for c in q_cues[-1:])
                if registry and kind == "level" and q["family"] in ("persons", "households", "bare") and (metric in (
                        "poverty_count", "extreme_poverty_count", "other", "population") or (
                        metric == "beneficiary_count" and not explicit_beneficiary)) and q["noun"] is None:
                    metric = "welfare_registry_count"
                    unit = "households" if q["family"] == "households" else "persons"
                if metric == "beneficiary_count" and (q["family"] == "households" or (
                        q["family"] == "bare" and sent_figs and sent_figs[-1]["unit"] == "households")):
                    unit = "households"
                # period
                year, month, how = self._period(text, q, kind, attached, sent_dates, cls, ctx, article_year)
                if how == "context" and kind == "change":
                    # a change ends at the latest period the article has reached for this metric
                    latest = max((f["year"] for f in figures[-12:] + sent_figs
                                  if f["metric"] == metric and f["year"] is not None
                                  and f["_sent"] >= sent_no - 2), default=None)
                    if latest is not None and year is not None and latest > year:
                        year, month = latest, None
                if how == "context" and metric in ("beneficiary_count", "budget", "welfare_registry_count", "other"):
                    month = None  # a release month carried over says nothing about programme counts
                    if article_year is not None:
                        year = article_year
                region = self._region(q, sent_mentions, ctx, main_region, text)
                program = None
                if metric in ("beneficiary_count", "budget", "welfare_registry_count"):
                    program = self._program(q, sent_programs, ctx, metric, text, registry)
                fig = {
                    "metric": metric,
                    "value": tidy(value),
                    "unit": unit if unit != "count" or metric == "other" else unit,
                    "region": region["name"] if region else None,
                    "region_code": region["code"] if region else None,
                    "year": year,
                    "month": month,
                    "kind": kind,
                    "approx": q["approx"],
                    "area": self._area(text, s0, q["start"]),
                    "program": program,
                    "text": text[q["start"]:q["end"]],
                    "start": q["start"],
                    "end": q["end"],
                    "source": self._source(text, s0, e0, agencies, q),
                    "speaker": self._speaker(s0, e0, officials, text, q),
                    "_how": how,
                    "_family": q["family"],
                    "_from": (bool(_FROM_RE.search(text[max(0, q["start"] - 25):q["start"]]))
                              or bool(self.earlier_re.search(text[max(s0, q["start"] - 40):q["start"]]))) and kind == "level",
                    "_scale": q.get("scale_factor", 1.0),
                    "_sent": sent_no,
                    "_base_metric": base_metric,
                    "_local": bool(region and region.get("local")) or bool(self.side_re.match(text, s0)),
                }
                if twin is not None and how in ("context", "article", "none", "sentence", "clause"):
                    fig["year"], fig["month"], fig["_from"] = twin["year"], twin["month"], twin["_from"]
                if how == "base" and kind == "level":
                    fig["_from"] = True
                sent_figs.append(fig)
            self._series(text, s0, e0, sent_figs, ctx, article_year)
            figures.extend(sent_figs)
            self._update_context(ctx, sent_figs, sent_mentions, sent_programs, sent_dates)
        self._adopt_restated_years(figures)
        figures = self._dedup(figures)
        for f in figures:
            for k in [k for k in f if k.startswith("_")]:
                del f[k]
        st["figures"] = figures
        doc._.figures = figures
        return doc

    def _syntax_metric(self, doc: Doc, q: dict) -> str | None:
        """With a dependency parse (Stanza backend): the metric named by the noun phrase the number
        attaches to ("... 7.064 jiwa" -> "penduduk miskin"), when no cue before it decided."""
        span = doc.char_span(q["start"], q["end"], alignment_mode="expand")
        head = noun_head_of(span) if span is not None else None
        if head is None:
            return None
        # the head noun with its nearest modifiers, never the number itself
        if head.i >= span.end:
            phrase = doc[max(span.end, head.i - 1):min(len(doc), head.i + 4)]
        else:
            phrase = doc[max(0, head.i - 3):head.i + 1]
        m = self.cue_rx.search(phrase.text)
        if m is None:
            return None
        return self.cue_table[int(m.lastgroup[1:])].get("map", {}).get(q["family"])

    def _is_registry(self, name: str) -> bool:
        return bool(self.registry_re.fullmatch(name.strip()))

    @staticmethod
    def _twin_of(text: str, q: dict, figs: list[dict]) -> dict | None:
        """The figure this quantity restates in another unit ("10,52 persen atau setara 79.640 orang")."""
        if not figs:
            return None
        prev = figs[-1]
        gap = text[prev["end"]:q["start"]]
        if len(gap) <= 60 and _TWIN_RE.search(gap) and "\n" not in gap:
            return prev
        return None

    # -- context ---------------------------------------------------------------------------------
    def _mentions(self, doc: Doc, text: str) -> list[dict]:
        out = []
        places = state(doc).get("places", [])
        programs = state(doc).get("programs", [])
        typed_codes: set[str] = set()
        for p in places:
            if any(pr["start"] <= p["start"] and p["end"] <= pr["end"] for pr in programs):
                continue
            before = text[max(0, p["start"] - 40):p["start"]]
            frame = bool(self.frame_re.search(before))
            line_start = text.rfind("\n", 0, p["start"]) + 1
            after = text[p["end"]:p["end"] + 25]
            dateline = p["start"] - line_start < 60 and bool(_DATELINE_RE.match(text[line_start:p["start"]])) and bool(
                re.match(r"\s*(?:\([^)]{0,30}\))?\s*[-–—,]", after)) and not p.get("in_agency")
            typed = text[p["start"]:p["end"]].split()[0].lower() in ("kecamatan", "distrik", "desa", "kelurahan", "kampung")
            if typed:
                typed_codes.add(p["code"])
            subject_kind = p["kind"] in ("provinsi", "kabupaten", "kota", "country", "island") or typed or (
                p["code"] in typed_codes) or text[max(0, p["start"] - 3):p["start"]].lower() == "di "
            event = bool(self.event_after_re.match(after)) and text[max(0, p["start"] - 4):p["start"]].strip().lower() == "di" \
                or bool(self.event_before_re.search(text[max(0, p["start"] - 60):p["start"]]))
            out.append({"start": p["start"], "end": p["end"], "code": p["code"], "name": p["name"],
                        "kind": p["kind"], "frame": frame or dateline or event or not subject_kind, "dateline": dateline,
                        "in_agency": p.get("in_agency", False),
                        "local": bool(self.local_re.search(text[max(0, p["start"] - 50):p["start"]])),
                        "locative": bool(_LOCATIVE_RE.search(text[max(0, p["start"] - 30):p["start"]]))})
        for m in self.national_re.finditer(text):
            if any(o["start"] <= m.start() < o["end"] for o in out):
                continue
            out.append({"start": m.start(), "end": m.end(), "code": "ID", "name": "Indonesia", "kind": "country",
                        "frame": False, "in_agency": False, "locative": False, "dateline": False})
        out.sort(key=lambda m: m["start"])
        # appositions: "Bone, Sulawesi Selatan (Sulsel)", "Kabupaten Barito Kuala (Batola)"
        for a, b in zip(out, out[1:], strict=False):
            gap = text[a["end"]:b["start"]]
            if gap.strip() == "di" and a["code"] and b["code"] and a["code"].startswith(b["code"] + "."):
                b["apposition"] = True
            if gap.strip() in (",", "(", ", (", "") and len(gap) <= 3 and a["code"] and b["code"]:
                if a["code"] == b["code"] or a["code"].startswith(b["code"] + ".") or b["code"] == "ID" or (
                        gap.strip() == "(" and "." in a["code"]):
                    b["apposition"] = True
        return out

    @staticmethod
    def _main_region(mentions: list[dict]) -> dict | None:
        counts: dict[str, int] = {}
        first: dict[str, dict] = {}
        for m in mentions:
            if m["frame"] or not m["code"] or m.get("apposition"):
                continue
            counts[m["code"]] = counts.get(m["code"], 0) + 1
            first.setdefault(m["code"], m)
        if not counts:
            return None
        best = max(counts.items(), key=lambda kv: (kv[1], -first[kv[0]]["start"]))[0]
        return first[best]

    def _region(self, q: dict, sent_mentions: list[dict], ctx: dict, main: dict | None, text: str = "") -> dict | None:
        for m in sent_mentions:
            if m["start"] >= q["end"] and not m["frame"] and m["code"] and _SUBJECT_AFTER_RE.match(text[q["end"]:m["start"]]):
                return m
        cands = [m for m in sent_mentions if m["end"] <= q["start"] and not m["frame"] and not m.get("apposition")
                 and not (m["in_agency"] and m["code"] == "ID")]
        outside = [m for m in cands if not m["in_agency"]]
        if outside:
            return outside[-1]
        if cands:
            return cands[-1]
        if ctx["region"] is not None:
            return ctx["region"]
        return main

    def _attach_dates(self, text: str, qs: list[dict], dates: list[dict]) -> dict[int, dict]:
        """Dates written right after a quantity ("8.590 jiwa (6,63%) pada 2023"): start -> date."""
        out: dict[int, dict] = {}
        for i, q in enumerate(qs):
            nxt_q = qs[i + 1]["start"] if i + 1 < len(qs) else None
            for d in dates:
                if d["start"] < q["end"]:
                    continue
                gap = text[q.get("tail_end", q["end"]):d["start"]]
                if len(gap) > 60:
                    break
                if nxt_q is not None and nxt_q < d["start"]:
                    # "8.590 jiwa (6,63%) pada 2023": a bracketed twin may sit in between
                    twin = qs[i + 1]
                    if not (_TWIN_RE.search(text[q["end"]:twin["start"]]) and twin["end"] <= d["start"]
                            and (i + 2 >= len(qs) or qs[i + 2]["start"] > d["start"])):
                        break
                    gap = text[twin["end"]:d["start"]]
                if _ATTACH_RE.match(gap) and not self.base_re.search(text[max(0, d["start"] - 40):d["start"]]):
                    out[q["start"]] = d
                break
        return out

    def _period(self, text: str, q: dict, kind: str, attached: dict[int, dict], sent_dates: list[dict],
                cls: list[tuple[int, int]], ctx: dict, article_year: int | None) -> tuple[int | None, int | None, str]:
        def resolve(d: dict) -> tuple[int | None, int | None]:
            if d["kind"] == "relative":
                if d.get("context"):
                    # "setahun sebelumnya": relative to the period just named in the sentence, else
                    # to the period carried over
                    anchor = next((x for x in reversed(sent_dates) if x["end"] <= d["start"] and x["kind"] in
                                   ("year", "month", "range")), None)
                    if anchor is not None:
                        return anchor["year"] + d["offset"], d.get("month") or anchor.get("month")
                    if ctx["year"] is not None:
                        return ctx["year"] + d["offset"], d.get("month") or ctx["month"]
                if d.get("month"):
                    return d["year"], d["month"]
                if ctx["year"] == d["year"]:
                    return ctx["year"], ctx["month"]
                return d["year"], None
            return d["year"], d.get("month")

        d = attached.get(q["start"])
        if d is not None:
            return (*resolve(d), "attached")
        is_from = bool(_FROM_RE.search(text[max(0, q["start"] - 25):q["start"]])) and kind == "level"
        clause = next(((a, b) for a, b in cls if a <= q["start"] < b), (q["start"], q["start"]))
        own = {id(x) for x in attached.values()}
        before = [x for x in sent_dates if x["end"] <= q["start"] and id(x) not in own]
        in_clause = [x for x in before if x["start"] >= clause[0]]
        for x in reversed(in_clause):
            if kind == "change" and x["base"]:
                continue
            return (*resolve(x), "base" if x["base"] else "clause")
        if is_from:
            base = [x for x in before if x["base"]]
            if base:
                return (*resolve(base[-1]), "from")
            if ctx["from_year"] is not None:
                return ctx["from_year"], ctx["from_month"], "from"
        if kind == "change":
            before = [x for x in sent_dates if x["end"] <= q["start"]]
        for x in reversed(before):
            if x["base"]:
                continue
            return (*resolve(x), "sentence")
        after = [x for x in sent_dates if x["start"] >= q["end"] and x["start"] < clause[1] and id(x) not in own
                 and not x["base"]]
        if after and kind != "level":
            return (*resolve(after[0]), "after")
        if kind == "change":
            # "minus 0,12 persen poin, dari 3,05 persen pada 2022 menjadi 2,93 persen pada 2023": a change
            # ends at the period of the value it arrives at
            for start, d in sorted(attached.items(), reverse=True):
                if start > q["end"] and _TO_VALUE_RE.search(text[max(q["end"], start - 20):start]) and not d["base"]:
                    return (*resolve(d), "after")
        if ctx["year"] is not None:
            return ctx["year"], ctx["month"], "context"
        if after:
            return (*resolve(after[0]), "after")
        if article_year is not None:
            return article_year, None, "article"
        return None, None, "none"

    def _program(self, q: dict, sent_programs: list[dict], ctx: dict, metric: str, text: str,
                 registry: list[dict]) -> str | None:
        if metric == "welfare_registry_count":
            regs = [r for r in registry]
            names = {text[r["start"]:r["end"]].upper() for r in regs}
            if len(names) == 1:
                short = [p["text"] for p in sent_programs if p["text"].upper() == next(iter(names))]
                return short[0] if short else text[regs[0]["start"]:regs[0]["end"]]
            return None
        after = [p for p in sent_programs if 0 <= p["start"] - q["end"] <= 40]
        if after and metric == "beneficiary_count" and self.beneficiary_after_re.match(text, q["end"]):
            return after[0]["text"]
        before = [p for p in sent_programs if p["end"] <= q["start"]]
        if before:
            return before[-1]["text"]
        return ctx["program"]

    @staticmethod
    def _source(text: str, s0: int, e0: int, agencies: list[dict], q: dict) -> str | None:
        sent = [a for a in agencies if s0 <= a["start"] < e0]
        stat = [a for a in sent if _STAT_AGENCY_RE.search(a["text"])]
        if stat:
            return stat[-1]["text"] if stat[-1]["start"] < q["start"] else stat[0]["text"]
        cited = [a for a in sent if a["start"] < q["start"] and _SOURCE_CUE_RE.search(text[max(s0, a["start"] - 30):a["start"]])]
        return cited[-1]["text"] if cited else None

    @staticmethod
    def _speaker(s0: int, e0: int, officials: list[dict], text: str, q: dict) -> str | None:
        sent = [o for o in officials if s0 <= o["start"] < e0]
        if not sent:
            return None
        after = [o for o in sent if o["start"] >= q["end"]]
        pick = after[0] if after else sent[-1]
        return text[pick["start"]:pick["end"]]

    def _series(self, text: str, s0: int, e0: int, figs: list[dict], ctx: dict, article_year: int | None) -> None:
        """"tiga tahun berturut-turut ... 7,9 ke 7,6, lalu 7,3": count the years back."""
        m = _SERIES_RE.search(text, s0, e0)
        if not m:
            return
        undated = [f for f in figs if f["kind"] == "level" and f["_how"] in ("context", "article", "none", "from")
                   and f["metric"] != "other"]
        if len(undated) < 2:
            return
        ref = ctx["year"] or article_year
        if ref is None:
            return
        n = len(undated)
        for i, f in enumerate(undated):
            f["year"] = ref - (n - 1 - i)
            f["month"] = None
            f["_how"] = "series"

    def _update_context(self, ctx: dict, figs: list[dict], mentions: list[dict], programs: list[dict],
                        dates: list[dict]) -> None:
        main = [f for f in figs if not f["_from"] and f["year"] is not None]
        if main:
            last = main[-1]
            ctx["year"], ctx["month"] = last["year"], last["month"]
        real = [f for f in figs if f["metric"] != "other"]
        if real:
            ctx["last"] = (real[-1]["metric"], real[-1]["_family"])
            ctx["metric"] = (real[-1]["metric"], real[-1]["_family"])
            for f in real:
                if f["metric"] in _SENTENCE_BOUND or (f["_family"] == "pct" and f["unit"] not in ("percent", "percent_point")):
                    continue  # programme counts and relative changes of lines do not carry over
                ctx["metric_by_family"][f["_family"]] = f["metric"]
            topical = [f for f in real if not f["_local"]]
            if topical and topical[-1]["region_code"]:
                ctx["region"] = {"code": topical[-1]["region_code"], "name": topical[-1]["region"]}
        base = [d for d in dates if d["base"]]
        if base:
            ctx["from_year"], ctx["from_month"] = base[-1]["year"], base[-1].get("month")
        froms = [f for f in figs if f["_how"] == "attached" and f is not figs[-1]]
        if froms and not base:
            ctx["from_year"], ctx["from_month"] = froms[-1]["year"], froms[-1]["month"]
        if programs:
            ctx["program"] = programs[-1]["text"]

    def _update_context_without_figures(self, ctx: dict, dates: list[dict], cues: list[dict],
                                        mentions: list[dict], programs: list[dict], s0: int = 0,
                                        e0: int = 0) -> None:
        if programs:
            ctx["program"] = programs[-1]["text"]
        real_cues = [c for c in cues if not self.cue_table[c["cue"]].get("anaphora") and self.cue_table[c["cue"]].get("map")]
        subj = [m for m in mentions if not m["frame"] and not m.get("apposition") and m["code"]]
        if not real_cues:
            # a topic shift: "Sementara itu, Pemkab Tuban, Jawa Timur, menempuh jalan lain."
            short = e0 - s0 < 80
            early = [m for m in subj if m["start"] - s0 < 60 and (not m["locative"] or short)]
            if early:
                ctx["region"] = {"code": early[0]["code"], "name": early[0]["name"]}
            return
        ctx["cue"] = real_cues[-1]["cue"]
        if subj:
            ctx["region"] = {"code": subj[0]["code"], "name": subj[0]["name"]}
        own = [d for d in dates if not d["base"] and d["kind"] != "relative"]
        if own:
            ctx["year"], ctx["month"] = own[-1]["year"], own[-1].get("month")

    @staticmethod
    def _adopt_restated_years(figs: list[dict]) -> None:
        """A figure dated only by the article's date takes the year of its explicit restatement."""
        explicit = [f for f in figs if f["_how"] in ("attached", "clause", "sentence", "series")]
        for f in figs:
            if f["_how"] not in ("article", "context", "none"):
                continue
            for g in explicit:
                if g is f or g["metric"] != f["metric"] or g["kind"] != f["kind"] or g["region_code"] != f["region_code"]:
                    continue
                try:
                    close = abs(float(g["value"]) - float(f["value"])) <= 0.005 * max(abs(float(f["value"])), 1e-9)
                except (TypeError, ValueError):
                    close = False
                if close and f["_how"] in ("article", "none"):
                    f["year"], f["month"] = g["year"], g["month"]
                    break

    @staticmethod
    def _dedup(figs: list[dict]) -> list[dict]:
        """Drop exact restatements (same metric, kind, period, region, area, value)."""
        out: list[dict] = []
        seen: list[dict] = []
        for f in figs:
            dup = False
            for g in seen:
                if all(f[k] == g[k] for k in ("metric", "kind", "year", "month", "region_code", "area")) and f["metric"] != "other":
                    try:
                        if abs(float(f["value"]) - float(g["value"])) <= 0.005 * max(abs(float(g["value"])), 1e-9):
                            dup = True
                            break
                    except (TypeError, ValueError):
                        pass
            if not dup:
                out.append(f)
                seen.append(f)
        return out


@Language.factory(
    "kie_relations",
    default_config={"data": "cues", "metric_data": "metric_cues", "max_rate_change": 5.0},
)
def make_relations(nlp: Language, name: str, data: str, metric_data: str, max_rate_change: float) -> RelationLinker:
    """Factory for the relation linker."""
    return RelationLinker(nlp, name, data, metric_data, max_rate_change)
