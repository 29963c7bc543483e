"""``kie_dates``: years, month-years, full dates, ranges and relative periods.

DATE spans go to ``doc.spans["date"]`` (attrs: year, month, day); the details (kind, range
start, relative offset) to ``state(doc)["dates"]``. The article's own date (``doc._.article_date``)
is the ``published`` date when given, else the first full date near the top (the dateline:
"Kamis (28/11/2024)"); free-form date strings are parsed with dateparser (Indonesian).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicon
from ..extensions import doc_ext, set_doc_ext, set_many_span_attrs
from ..regex_speed import AlternationDispatch, LowerSearch, ascii_twin, first_char_gate, gated, literal_trie
from .base import Component, add_spans, ascii_doc, doc_text, in_ranges, lower_doc_text, numeric_windows, state

#: the cue words of this module (``data/date_cues.yaml``), composed into the patterns below once
_CUES = lexicon.load("date_cues")
#: month names and short forms -> month number
MONTHS: dict[str, int] = dict(_CUES["months"])
#: the month names as one prefix tree (same matches as their plain alternation, case-insensitive)
_MONTH_ALT = literal_trie(MONTHS, ignore_case=True)
_MONTH = r"(?P<month>" + _MONTH_ALT + r")\.?"
_YEAR = r"(?P<year>(?:19[5-9]\d|20[0-4]\d))"
#: "tahun" between a month or range word and the year, optional ("Maret tahun 2023")
_YEAR_WORD = r"(?:" + _CUES["year_word"] + r"\s+)?"

#: the shapes of a date, tried in this order at each place
_DATE_ALTERNATIVES = [
    # 28/11/2024, 3/10/2022, 05/12/2019
    r"(?P<d1>\d{1,2})/(?P<m1>\d{1,2})/(?P<y1>(?:19|20)\d{2})",
    # 26 Maret 2022
    r"(?P<d2>\d{1,2})\s+(?P<m2>" + _MONTH_ALT + r")\.?\s+(?P<y2>(?:19|20)\d{2})",
    # April-Juni 2020, Maret–September 2023
    r"(?P<m3a>" + _MONTH_ALT + r")\s*[-–]\s*(?P<m3>"
    + _MONTH_ALT + r")\s+(?P<y3>(?:19|20)\d{2})",
    # Maret 2023
    r"(?P<m4>" + _MONTH_ALT + r")\.?\s+" + _YEAR_WORD + r"(?P<y4>(?:19|20)\d{2})",
    # 2015-2019, 2021–2026, 2015 sampai 2019, 2015 hingga tahun 2022
    r"(?P<ya>(?:19[5-9]|20[0-4])\d)\s*(?:[-–]|" + "|".join(_CUES["year_range_words"]) + r")\s*" + _YEAR_WORD
    + r"(?P<yb>(?:19[5-9]|20[0-4])\d)",
    # 2017 (kondisi Maret): a year with its release month in brackets
    r"(?P<y7>(?:19[5-9]|20[0-4])\d)\s*\(\s*(?:" + "|".join(_CUES["release_month_words"]) + r")\s+(?P<m7>"
    + _MONTH_ALT + r")\s*\)",
    # 2022
    r"(?P<y5>(?:19[5-9]|20[0-4])\d)",
    # (15/2) after a weekday: day/month without year
    r"(?<=\()(?P<d6>\d{1,2})/(?P<m6>\d{1,2})(?=\))",
]
_DATE_LEAD = r"(?<![\w/])"
_DATE_END = r"(?![\w]|[.,]\d|/\d)"
_DATE_RE = gated(re.compile(_DATE_LEAD + "(?:" + "|".join(_DATE_ALTERNATIVES) + ")" + _DATE_END, re.I))
#: the same matches over lower-cased text as a tree of first characters; each match's groups are
#: those of its alternative alone, the others' groups are None (``_DATE_GROUPS``)
_DATE_DISPATCH = AlternationDispatch(_DATE_LEAD, [a + _DATE_END for a in _DATE_ALTERNATIVES], groups=True)
_DATE_GROUPS = dict.fromkeys(_DATE_RE.groupindex)
# "Maret lalu", "bulan Januari lalu", "bulan lalu": the latest such month before the article's date
_MONTH_PAST_RE = gated(re.compile(
    r"(?<![\w-])(?:(?:bulan\s+)?(?P<pm>" + _MONTH_ALT
    + r")|bulan)\s+(?:yang\s+)?lalu(?![\w-])", re.I))
#: a month named without its year after "pada"/"bulan" ("turun dari 16,12 persen pada Maret menjadi 15,81 persen
#: pada September"): the month of the year in view (full month names only; not "Maret lalu", not "Maret 2023")
_BARE_MONTH_RE = gated(re.compile(
    r"(?<![\w-])(?:" + "|".join(_CUES["bare_month_before"]) + r")\s+(?P<bm>"
    + literal_trie([m for m in MONTHS if len(m) > 3 or m == "mei"], ignore_case=True)
    + r")(?![\w-])(?!\.?\s+" + _YEAR_WORD + r"(?:19|20)\d\d)(?!\s+(?:yang\s+)?lalu\b)", re.I))
_BARE_MONTH_ASCII = ascii_twin(_BARE_MONTH_RE)  # (for ``ascii_safe`` texts: same matches)
#: every match of _MONTH_PAST_RE holds "lalu": a window without it is skipped in one fast scan
_LALU_RE = re.compile(literal_trie(["lalu"], ignore_case=True))
_MONTH_BEFORE_REL_RE = gated(re.compile(r"\b(" + _MONTH_ALT + r")\s+$", re.I))
# the same searches over the lower-cased text when the document allows (same matches)
_DATE_SEARCH = LowerSearch(_DATE_RE)
_MONTH_PAST_SEARCH = LowerSearch(_MONTH_PAST_RE)
_POINTING_OPENING_RE = re.compile(_CUES["pointing_opening"], re.I)
_WEEKDAY_RE = gated(re.compile(r"\b(" + "|".join(_CUES["weekdays"]) + r")\b[\s,]*\(?\s*$", re.I))
_UNIT_AFTER_RE = re.compile(r"\s*(?:" + "|".join(_CUES["unit_after_year"]) + r")\b", re.I)
_YEAR_WORD_BEFORE_RE = re.compile(r"\b(?:" + "|".join(_CUES["year_words_before"]) + r")\s+$", re.I)


@lru_cache(maxsize=4096)
def parse_date_string(s: str) -> dt.date | None:
    """Parse a free-form date (``"28/11/2024"``, ``"Kamis, 28 November 2024"``) with Indonesian
    settings; fast formats first, dateparser for the rest. None when it is not a date."""
    s = s.strip()
    if not s:
        return None
    m = _DATE_RE.search(s)
    if m and (m.group("y1") or m.group("y2")):
        try:
            if m.group("y1"):
                return dt.date(int(m.group("y1")), int(m.group("m1")), int(m.group("d1")))
            return dt.date(int(m.group("y2")), MONTHS[m.group("m2").lower()], int(m.group("d2")))
        except ValueError:
            pass
    import dateparser

    d = dateparser.parse(
        s,
        languages=["id", "en"],
        settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"]},
    )
    return d.date() if d else None


class DateTagger(Component):
    """Tag dates and set ``doc._.article_date``."""

    def __init__(self, nlp: Language, name: str = "kie_dates", data: str = "cues"):
        self.name = name
        self.cfg = {"data": data}
        cues = lexicon.load(data)
        rel = dict(cues["relative_years"])
        ctx_rel = dict(cues.get("context_relative_years", {}))
        # (the previous period is one of them whether or not the list names it)
        for k in cues.get("previous_period", []):
            ctx_rel.setdefault(k, 0)
        rel.update(ctx_rel)
        # months back from the period just named ("enam bulan sebelumnya": the release before)
        ctx_months = cues.get("context_relative_months", {})
        rel.update(dict.fromkeys(ctx_months, 0))
        self.month_offsets = [ctx_months.get(k, 0) for k in rel]
        self.context_relative = [k in ctx_rel or k in ctx_months for k in rel]
        compared = set(cues.get("compared_relative_years", []))
        self.compared_relative = [k in compared for k in rel]
        self.compared_before_re = re.compile(cues["compared_relative_before"], re.I) if compared else None
        present = set(cues.get("present_time", []))
        self.present = [k in present for k in rel]
        previous = set(cues.get("previous_period", []))
        self.previous = [k in previous for k in rel]
        same_year = set(cues.get("same_year", []))
        self.same_year = [k in same_year for k in rel]
        same_period = set(cues.get("same_period", []))
        self.same_period = [k in same_period for k in rel]
        self.relative_re = gated(re.compile(
            r"(?<!\w)(?:" + "|".join(f"{first_char_gate(pat, re.I)}(?P<r{i}>{pat}(?!\\w))" for i, pat in enumerate(rel)) + ")",
            re.I,
        ))
        self.offsets = list(rel.values())
        self.relative_search = LowerSearch(self.relative_re)  # same matches, over lower-cased text
        # over lower-cased text, as a tree of first letters (same matches and alternative numbers)
        self.relative_dispatch = AlternationDispatch(r"(?<!\w)", [f"{pat}(?!\\w)" for pat in rel])

    def find(self, text: str, skip: list[tuple[int, int]], windows: list[tuple[int, int]] | None = None,
             low: str | None = None, ascii: bool = False) -> list[dict]:
        """Dates in ``text`` (within ``windows`` when given) outside ``skip``: dicts with start, end,
        kind, year, month, day; ``low`` is ``regex_speed.lower_text(text)`` when known, ``ascii``
        whether ``regex_speed.ascii_safe(text)`` holds."""
        out: list[dict] = []
        windows = windows if windows is not None else [(0, len(text))]
        # each match's groups: over lower-cased text only its own alternative's groups are there
        # (``get`` reads the others as None, as the whole pattern's ``groupdict`` has them)
        if low is not None and _DATE_DISPATCH.rx is not None:
            found = ((m, m.groupdict()) for ws, we in windows for m, _ in _DATE_DISPATCH.matches(low, ws, we, ascii))
        else:
            found = ((m, m.groupdict()) for ws, we in windows for m in _DATE_SEARCH.finditer(text, low, ws, we))
        for m, groups in found:
            s, e = m.span()
            if skip and in_ranges(s, e, skip):
                continue
            d: dict = {"start": s, "end": e, "month": None, "day": None, "year_from": None}
            g = groups.get
            try:
                if g("y1"):
                    d.update(kind="full", year=int(g("y1")), month=int(g("m1")), day=int(g("d1")))
                    dt.date(d["year"], d["month"], d["day"])
                elif g("y2"):
                    d.update(kind="full", year=int(g("y2")), month=MONTHS[g("m2").lower()], day=int(g("d2")))
                elif g("y3"):
                    d.update(kind="month", year=int(g("y3")), month=MONTHS[g("m3").lower()])
                elif g("y4"):
                    d.update(kind="month", year=int(g("y4")), month=MONTHS[g("m4").lower()])
                elif g("y7"):
                    d.update(kind="month", year=int(g("y7")), month=MONTHS[g("m7").lower()])
                elif g("yb"):
                    d.update(kind="range", year=int(g("yb")), year_from=int(g("ya")))
                elif g("y5"):
                    if _UNIT_AFTER_RE.match(text, e) and not _YEAR_WORD_BEFORE_RE.search(text, max(0, s - 15), s):
                        continue  # "sebanyak 2020 jiwa": a count (not "Pada 2023 desa tersebut ...")
                    d.update(kind="year", year=int(g("y5")))
                elif g("d6"):
                    if not _WEEKDAY_RE.search(text[max(0, s - 20):s]):
                        continue
                    d.update(kind="daymonth", year=None, month=int(g("m6")), day=int(g("d6")))
                else:
                    continue
            except (ValueError, KeyError):
                continue
            if d.get("month") is not None and not 1 <= d["month"] <= 12:
                continue
            out.append(d)
        if low is not None and self.relative_dispatch.rx is not None:
            relatives = (x for ws, we in windows for x in self.relative_dispatch.finditer(low, ws, we, ascii))
        else:
            relatives = ((*m.span(), int(m.lastgroup[1:]))
                         for ws, we in windows for m in self.relative_search.finditer(text, low, ws, we))
        for s, e, idx in relatives:
            if skip and in_ranges(s, e, skip):
                continue
            if any(x["start"] <= s < x["end"] for x in out):
                continue
            month = None
            mb = _MONTH_BEFORE_REL_RE.search(text, max(0, s - 12), s)
            if mb:  # "Maret tahun lalu", "September tahun yang sama"
                month, s = MONTHS[mb.group(1).lower()], mb.start()
            context = self.context_relative[idx]
            compared_year = None
            if not context and self.compared_relative[idx] \
                    and self.compared_before_re.search(text, max(0, s - 20), s) is not None:
                # "... pada Maret 2019 ..., naik 4,6 persen dibanding tahun lalu": a year before the period the
                # sentence named (none named before it in the sentence: the article's date's year before; nor a year
                # after the article's, a goal's: checked once the article's date is known)
                head = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
                named = [x["year"] for x in out if head <= x["start"] and x["end"] <= s and x.get("year") is not None
                         and x["kind"] != "relative"]
                if not named and head > 1 and text[head - 1] != "\n" and _POINTING_OPENING_RE.match(text, head):
                    # "... per September 2024 terdapat 13.468 keluarga. Jumlah itu turun dibanding September tahun lalu":
                    # the year the sentence before named (session 23)
                    prev = max(text.rfind(". ", 0, head - 2), text.rfind("\n", 0, head - 2)) + 1
                    named = [x["year"] for x in out if prev <= x["start"] and x["end"] <= head and x.get("year") is not None
                             and x["kind"] != "relative"]
                context = bool(named)
                compared_year = max(named) if named else None
            out.append({"start": s, "end": e, "kind": "relative", "offset": self.offsets[idx], "year": None,
                        "month": month, "day": None, "year_from": None, "context": context, "compared_year": compared_year,
                        "present": self.present[idx], "month_offset": self.month_offsets[idx],
                        "previous": self.previous[idx], "same_year": self.same_year[idx],
                        "same": self.same_period[idx]})
        # (over the lower-cased text, "lalu" in any case is one plain find)
        lalu_in = (lambda ws, we: low.find("lalu", ws, we) >= 0) if low is not None else \
            (lambda ws, we: _LALU_RE.search(text, ws, we) is not None)
        for m in (m for ws, we in windows if lalu_in(ws, we) for m in _MONTH_PAST_SEARCH.finditer(text, low, ws, we)):
            s, e = m.span()
            if (skip and in_ranges(s, e, skip)) or any(x["start"] < e and s < x["end"] for x in out):
                continue
            month = MONTHS[m.group("pm").lower()] if m.group("pm") else None
            out.append({"start": s, "end": e, "kind": "relative", "offset": 0, "year": None, "month": month,
                        "day": None, "year_from": None, "context": False, "present": False, "month_past": True})
        bare_month_re = _BARE_MONTH_ASCII if ascii else _BARE_MONTH_RE
        for m in (m for ws, we in windows for m in bare_month_re.finditer(text, ws, we)):
            s, e = m.span("bm")
            if (skip and in_ranges(s, e, skip)) or any(x["start"] < e and s < x["end"] for x in out):
                continue
            out.append({"start": s, "end": e, "kind": "relative", "offset": 0, "year": None,
                        "month": MONTHS[m.group("bm").lower()], "day": None, "year_from": None, "context": True,
                        "present": False, "month_offset": 0, "previous": False})
        out.sort(key=lambda x: x["start"])
        # a relative cue inside a longer relative cue ("hingga kini" vs "kini")
        dedup: list[dict] = []
        for d in out:
            if dedup and d["start"] < dedup[-1]["end"]:
                if d["end"] - d["start"] > dedup[-1]["end"] - dedup[-1]["start"]:
                    dedup[-1] = d
                continue
            prev = dedup[-1] if dedup else None
            if (prev is not None and prev["kind"] == "relative" and d["kind"] == "relative"
                    and not prev.get("month_past") and not d.get("month_past")
                    and not text[prev["end"]:d["start"]].strip()):
                # "periode yang sama tahun sebelumnya", "bulan yang sama tahun lalu": one period
                merged = dict(prev, end=d["end"], offset=prev["offset"] + d["offset"],
                              context=prev["context"] or d["context"], present=False,
                              month=prev["month"] or d["month"])
                dedup[-1] = merged
                continue
            dedup.append(d)
        return dedup

    def __call__(self, doc: Doc) -> Doc:
        st = state(doc)
        text = doc_text(doc)
        dates = self.find(text, st.get("boilerplate", []), numeric_windows(doc), lower_doc_text(doc), ascii_doc(doc))
        article = None
        published = doc_ext(doc, "published")
        if published:
            try:
                article = dt.date.fromisoformat(published)
            except ValueError:
                article = None
        if article is None:
            for d in dates:
                if d["kind"] == "full" and d["start"] < max(600, len(text) // 2):
                    article = dt.date(d["year"], d["month"], d["day"])
                    break
        if article is not None:
            set_doc_ext(doc, "article_date", article.isoformat())
            for d in dates:
                if d.get("month_past"):
                    # the latest such month before the article: "Maret lalu" in November is this
                    # year's March, in February last year's; "bulan lalu" is the month before
                    month = d["month"] or (article.month - 1 or 12)
                    d["month"] = month
                    d["year"] = article.year if month < article.month else article.year - 1
                elif d["kind"] == "relative":
                    d["year"] = article.year + d["offset"]
                    if d.get("compared_year") is not None and d["compared_year"] > article.year:
                        d["context"] = False  # ("Target 2026 ... dibanding tahun lalu": the article's last year)
                elif d["kind"] == "daymonth":
                    d["year"] = article.year
        st["dates"] = dates
        add_spans(doc, "date", [(d["start"], d["end"], "DATE") for d in dates])
        set_many_span_attrs(doc, "DATE", [
            (d["start"], d["end"], {k: d[k] for k in ("year", "month", "day") if d.get(k) is not None}) for d in dates])
        return doc


@Language.factory("kie_dates", default_config={"data": "cues"})
def make_dates(nlp: Language, name: str, data: str) -> DateTagger:
    """Factory for the date tagger."""
    return DateTagger(nlp, name, data)
