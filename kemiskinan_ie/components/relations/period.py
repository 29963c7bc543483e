"""Which year and month a quantity refers to: attached dates, context, series, restatements."""

from __future__ import annotations

import re

from ... import lexicon
from ...lexicon import literal_alternation
from ...regex_speed import gated
from ..dates import MONTHS
from .patterns import (
    _ATTACH_BRACKET_RE,
    _ATTACH_LONG_RE,
    _ATTACH_RE,
    _ATTACH_SOURCE_RE,
    _FOR_RECIPIENTS_RE,
    _FROM_BEFORE,
    _SERIES_FAST,
    _TO_VALUE_RE,
    _TWIN_BEFORE,
)

#: the cue words of this module's patterns (``data/relation_cues.yaml``), compiled below once
_R = lexicon.load("relation_cues")
#: between the two ends of a span of periods ("Maret 2010 hingga September 2014")
_SPAN_GAP_RE = re.compile(_R["table_period_span_gap"], re.I)

#: what may stand between two values of a list: place or area words and separators, no number
_LIST_GAP_RE = re.compile(r"^[^\d.;:()]{0,80}$")
_LIST_SEP_RE = gated(re.compile(_R["list_sep"], re.I))
_ATTACH_EDGE_OF_RELATIVE_RE = re.compile(_R["attach_edge_of_relative"], re.I)
_MONEY_PURPOSE_DATE_GAP_RE = re.compile(_R["money_purpose_date_gap"], re.I)
#: the date written right after a value, at the start of the gap to the next item of its list ("26,12 persen
#: pada 2023, sedangkan Kota Ambon ... 4,42 persen")
_DATE_HEAD_RE = re.compile(
    r"^\s*(?:" + _R["date_head_words"] + r")*(?:" + literal_alternation(list(MONTHS)) + r"\.?\s+)?(?:19|20)\d\d\b", re.I)
_UNDATED = ("article", "context", "none")
#: the words of "at that time" ("ketika", "kala", "tatkala" alone; "saat", "waktu" with "itu")
_THEN_WORDS = _R["then_words"]
_THEN_WITH_ITU = _R["then_with_itu"]
#: a clause that opens on the time just named ("..., ketika ...", "..., saat itu ...")
_WHEN_CLAUSE_RE = re.compile(rf"[\s,;]*(?:{_THEN_WORDS}|(?:{_THEN_WITH_ITU})\s+itu)\b", re.I)
#: a compared period, then its value in apposition ("sedikit lebih baik dari September 2019, yakni 9,22 persen")
#: a value in apposition after the words "yakni"/"yaitu" ("..., yakni 9,22 persen")
_APPOSITION_VALUE = _R["apposition_value_lead"]
_BASE_VALUE_RE = re.compile(
    r"\s*,?\s*" + _APPOSITION_VALUE
    # (or its value after an aside on that period: "dibandingkan September 2019, sebelum pandemi Covid-19, yang
    # sebesar 9,22 persen")
    + r"|" + _R["base_value_after_aside"], re.I)
_BARE_COMMA_GAP_RE = re.compile(r"[^\S\n]*,[^\S\n]*(?:sekitar[^\S\n]+|sebesar[^\S\n]+)?")
_SENTENCE_END_RE = re.compile(r"[^\S\n]*(?:[.;]|$)", re.M)
#: a value in apposition to a date another value took ("di bawah 10 persen pada Maret 2018, yakni 9,82 persen")
_DATE_APPOSITION_RE = re.compile(r"\s*,\s*" + _APPOSITION_VALUE, re.I)
#: the story told at the period in view ("Jumlah penduduk miskin ketika itu naik dari ... menjadi ...")
THEN_RE = re.compile(rf"\b(?:{_THEN_WORDS}|{_THEN_WITH_ITU})\s+itu\b", re.I)



def restated_value(f: dict, g: dict) -> bool:
    """Whether figure ``g`` states ``f``'s value again: within 0.5 %, or 5 % when ``f`` is approximate (a
    rounded figure, "Hampir 20 Ribu Warga", restated exactly later, "19.874 jiwa")."""
    tolerance = 0.05 if f.get("approx") else 0.005
    try:
        return abs(float(g["value"]) - float(f["value"])) <= tolerance * max(abs(float(f["value"])), 1e-9)
    except (TypeError, ValueError):
        return False

#: between a count and a count of the places it is spread over ("15.206 KPM BLT Dana Desa di 176 desa"), and the place
#: noun after the second (session 20)
_PLACE_COUNT_BEFORE_RE = re.compile(_R["place_count_before"], re.I)
_PLACE_NOUN_AFTER_RE = re.compile(_R["place_noun_after"], re.I)


class PeriodLinking:
    """Which year and month a quantity refers to: attached dates, context, series, restatements (part of ``RelationLinker``)."""

    def _attach_dates(self, text: str, qs: list[dict], dates: list[dict]) -> dict[int, dict]:
        """Dates written right after a quantity ("8.590 jiwa (6,63%) pada 2023"): start -> date."""
        out: dict[int, dict] = {}
        if not dates:
            return out
        for i, q in enumerate(qs):
            nxt_q = qs[i + 1]["start"] if i + 1 < len(qs) else None
            for d in dates:
                if d["start"] < q["end"]:
                    continue
                gap = text[q.get("tail_end", q["end"]):d["start"]]
                if nxt_q is not None and nxt_q < d["start"]:
                    # "8.590 jiwa (6,63%) pada 2023": a bracketed twin may sit in between
                    twin = qs[i + 1]
                    # (or the recipients of the money: "Rp42,4 triliun untuk 18,8 juta KPM pada 2021")
                    if not ((_TWIN_BEFORE.found(text[q["end"]:twin["start"]]) or (
                            # (or a count of the places it is spread over: "15.206 KPM BLT Dana Desa di 176 desa pada 2022")
                            _PLACE_COUNT_BEFORE_RE.fullmatch(text, q.get("tail_end", q["end"]), twin["start"])
                            and _PLACE_NOUN_AFTER_RE.match(text, twin["end"])) or (
                            q["family"] == "idr" and twin["family"] in ("persons", "households")
                            and _FOR_RECIPIENTS_RE.fullmatch(text, q.get("tail_end", q["end"]), twin["start"])))
                            and twin["end"] <= d["start"] and (i + 2 >= len(qs) or qs[i + 2]["start"] > d["start"])):
                        break
                    gap = text[twin["end"]:d["start"]]
                if len(gap) > 100 or (len(gap) > 60 and ")" not in gap and not _ATTACH_LONG_RE.match(gap)):
                    break
                if d["base"]:
                    break
                if nxt_q is not None and d["end"] <= nxt_q and (gap.lstrip().startswith(",") or (
                        # (no comma needed for the present moment: "yang lima tahun lalu masih di atas 3 persen kini
                        # tinggal 0,89 persen")
                        d.get("present") and not gap.strip())) \
                        and self.date_leads_value_re.fullmatch(text, d["end"], nxt_q) \
                        and (qs[i + 1]["family"] == q["family"] or self.value_arrived_at_re.search(text, q["end"], nxt_q)):
                    break  # "sekitar 2,8 juta keluarga, kini 10 juta keluarga": the date of the value after it
                if nxt_q is not None and d["kind"] == "relative" and gap.strip() == "," and d["end"] <= nxt_q \
                        and self.clause_opens_after_date_re.match(text, d["end"], nxt_q):
                    break  # "... dengan anggaran Rp24 miliar, tahun ini jumlah pemegang kartu naik menjadi 55.000 keluarga":
                    # the date opens the next clause
                if (d["kind"] == "relative" or d.get("present")) and gap.strip() == "," \
                        and self.change_clause_after_date_re.match(text, d["end"]):
                    break  # "Tahun lalu penerimanya 52 KPM, sekarang berkurang": the date of the change after it
                if _ATTACH_RE.match(gap) or (_ATTACH_BRACKET_RE.fullmatch(gap) and text.startswith(")", d["end"])) \
                        or (d["kind"] == "relative" and _ATTACH_EDGE_OF_RELATIVE_RE.fullmatch(gap)):
                    out[q["start"]] = d  # (the comparison check of every date is done once, before)
                elif _ATTACH_SOURCE_RE.match(gap) and not any(
                        x["end"] <= q["start"] and not x["base"] and x["kind"] != "relative" and "," not in text[x["end"]:q["start"]]
                        and not any(x is y for y in out.values()) for x in dates):
                    out[q["start"]] = d  # (not "Pada Maret 2024 ... 14,6 persen menurut data BPS tahun 2023"; but an earlier
                    # value's own date is no date of this one: "turun dari 22,1 persen pada SSGI 2022 menjadi 17,4 persen
                    # berdasarkan SKI 2023")
                elif (self.poor_state_gap_re.match(gap) or _ATTACH_LONG_RE.match(gap)) \
                        and not any(x["end"] <= q["start"] and not x["base"] for x in dates) \
                        and not self.cause_before_date_re.search(gap):
                    # the longer forms only for a value with no date of its own before it ("Angka kemiskinan
                    # Blora yang pada 2022 mencapai 11,5 persen, masih tergolong ... pada 2023" keeps 2022)
                    out[q["start"]] = d
                break
        for i, q in enumerate(qs[:-1]):
            if q.get("range_partner") and q["start"] not in out and qs[i + 1]["start"] in out:
                out[q["start"]] = out[qs[i + 1]["start"]]  # a range's first end, dated with its second ("6–7 persen pada 2024")
        return out

    def _yearly_from_value(self, text: str, q: dict, release: str | None) -> bool:
        """Whether ``q`` is a yearly statistic's from-value after a change verb ("turun dari 7,49 persen"), whose year is
        the one before its level's: a survey's statistic (not money, often changed within its year, "naik dari Rp31,2
        miliar pada APBD murni"; nor one of no survey's, "defisit ... naik dari 1,5 persen"), with no time of its own
        told in words ("turun dari 8,4 persen saat pandemi", "Selama sepuluh tahun, jumlah itu turun dari 13.400 jiwa")."""
        qs = q["start"]
        return q["family"] != "idr" and release is not None \
            and self.change_from_before_re.search(text, max(0, qs - 40), qs) is not None \
            and self.from_own_time_after_re.match(text, q.get("tail_end", q["end"])) is None \
            and self.from_own_time_before_re.search(text, max(0, qs - 100), qs) is None

    @staticmethod
    def _earlier_period(ctx: dict, release: str | None = None) -> tuple[int | None, int | None] | None:
        """The period a from-value with no date of its own belongs to: the comparison base carried
        over, else the earlier period the article named before the current one ("berkurang ... dari
        37,31 ribu jiwa" after "Setahun sebelumnya, Maret 2023, ..."), of the value's own release
        when the article named one (not the year of an aside on growth in between)."""
        if ctx["from_year"] is not None:
            return ctx["from_year"], ctx["from_month"]
        prev = ctx["prev_by_release"].get(release) if release is not None else None
        if prev is None or ctx["year"] is None or prev[0] >= ctx["year"]:
            prev = ctx.get("prev")
        if prev is not None and ctx["year"] is not None and prev[0] < ctx["year"]:
            return prev
        return None

    def _period(self, text: str, q: dict, kind: str, attached: dict[int, dict], sent_dates: list[dict],
                cls: list[tuple[int, int]], ctx: dict, article_year: int | None,
                from_before: bool | None = None, release: str | None = None) -> tuple[int | None, int | None, str]:
        """(year, month, how) of quantity ``q``; ``from_before`` is ``_FROM_RE`` found right before
        it, when the caller has already checked; ``release`` is the survey its metric comes from."""
        resolve = self._resolve
        if not sent_dates:  # nothing in the sentence dates it: a from-value's base, the context, the article
            if from_before is None:
                from_before = _FROM_BEFORE.found(text[max(0, q["start"] - 25):q["start"]])
            if from_before and kind == "level":
                earlier = self._earlier_period(ctx, release)
                if earlier is not None:
                    return (*earlier, "from")
                if ctx["year"] is not None and ctx["month"] is None and self._yearly_from_value(text, q, release):
                    # ("Jumlah penduduk miskin bertambah dari 8.410 menjadi 8.950 jiwa" in a story of "tahun ini")
                    return ctx["year"] - 1, None, "from"
            if ctx["year"] is not None:
                return ctx["year"], ctx["month"], "context"
            if article_year is not None:
                return article_year, None, "article"
            return None, None, "none"
        d = attached.get(q["start"])
        if d is not None:
            return (*resolve(d, sent_dates, ctx), "attached")
        if from_before is None:
            from_before = _FROM_BEFORE.found(text[max(0, q["start"] - 25):q["start"]])
        is_from = from_before and kind == "level"
        qs = q["start"]
        clause = (qs, qs)
        for a, b in cls:
            if a <= qs < b:
                clause = (a, b)
                break
        own = {id(x) for x in attached.values()} if attached else ()
        before = [x for x in sent_dates if x["end"] <= qs and id(x) not in own] if own else \
            [x for x in sent_dates if x["end"] <= qs]
        in_clause = [x for x in before if x["start"] >= clause[0]]
        # "menjadi" right before the number: a new level (looked for only when a date precedes it)
        to_value = bool(in_clause) and bool(_TO_VALUE_RE.search(text, max(0, q["start"] - 20), q["start"]))
        for x in reversed(in_clause):
            if (kind == "change" or to_value) and x["base"]:
                continue  # "... dibanding Maret 2017 menjadi 12,36 persen": the base is not the new level's period
            if is_from and x.get("same") and x["end"] <= qs:
                continue  # "P1 pada periode yang sama turun dari 1,21 menjadi 1,08": the period is the new value's
            return (*resolve(x, sent_dates, ctx), "base" if x["base"] else "clause")
        if not in_clause and before and kind == "level" and before[-1]["base"] \
                and (_BASE_VALUE_RE.fullmatch(text, before[-1]["end"], qs) or (
                    _BARE_COMMA_GAP_RE.fullmatch(text, before[-1]["end"], qs)
                    and _SENTENCE_END_RE.match(text, q.get("tail_end", q["end"])))):
            # "... dari September 2019, yakni 9,22 persen"; "Angka itu sedikit membaik dibanding tahun sebelumnya, 7,07
            # persen." (the value alone after the comma, ending the sentence, session 23)
            return (*resolve(before[-1], sent_dates, ctx), "base")
        if own and kind == "level" and not is_from:
            # the value the date just named belongs to, in apposition after a threshold it was told with ("BPS pertama
            # kali mencatat kemiskinan di bawah 10 persen pada Maret 2018, yakni 9,82 persen")
            last = max((x for x in sent_dates if x["end"] <= qs), key=lambda x: x["end"], default=None)
            if last is not None and id(last) in own and not last["base"] \
                    and _DATE_APPOSITION_RE.fullmatch(text, last["end"], qs):
                return (*resolve(last, sent_dates, ctx), "clause")
        if not in_clause and kind == "level" and own and attached:
            # a second pair told like the first one, with no dates of its own ("turun dari 14,17 persen pada Maret
            # 2014 menjadi 11,79 persen pada Maret 2024, sedangkan di perkotaan dari 8,34 persen menjadi 7,09 persen"):
            # the first pair's from-date and to-date
            role = "from" if is_from else ("to" if _TO_VALUE_RE.search(text, max(0, qs - 20), qs) else None)
            if role is not None and q["family"] != "idr" and not self.pair_own_period_re.search(text, clause[0], clause[1]):
                pairs = [(start, d) for start, d in attached.items() if start < qs and not d["base"]]
                froms = [(start, d) for start, d in pairs if _FROM_BEFORE.found(text[max(0, start - 25):start])]
                tos = [(start, d) for start, d in pairs if _TO_VALUE_RE.search(text, max(0, start - 20), start)]
                if froms and tos and max(froms)[0] < max(tos)[0] and max(tos)[1]["end"] <= clause[0]:
                    d = max(froms)[1] if role == "from" else max(tos)[1]
                    return (*resolve(d, sent_dates, ctx), "clause")
                if role == "from" and froms and not tos and max(froms)[1]["end"] <= clause[0]:
                    # (the first pair dated only at its from-value: "P1 turun dari 2,08 pada September 2018 menjadi
                    # 1,86, sedangkan P2 turun dari 0,55 menjadi 0,46")
                    return (*resolve(max(froms)[1], sent_dates, ctx), "clause")
        if not in_clause and kind == "level" and _WHEN_CLAUSE_RE.match(text, clause[0]):
            # "... sejak Maret 2015, ketika rasio gini nasional masih 0,408": the time the clause opens on (also
            # when that date is another value's: "memuncak di 10,19 persen pada September 2020, ketika jumlah
            # penduduk miskin menembus 27,55 juta orang")
            opened = before or [x for x in sent_dates if x["end"] <= clause[0]]
            if opened:
                return (*resolve(opened[-1], sent_dates, ctx), "when")
        if is_from:
            spans = [x for x in before if x["kind"] == "range" and x.get("year_from")]
            if spans:  # "periode 2019–2023 ... merosot dari 9,48 persen": the start of the span
                return spans[-1]["year_from"], None, "from"
            ends = [x for x in before if x["kind"] in ("month", "year") and x.get("year") and not x["base"]]
            if len(ends) >= 2 and _SPAN_GAP_RE.fullmatch(text, ends[-2]["end"], ends[-1]["start"]) \
                    and (ends[-2]["year"], ends[-2].get("month") or 0) < (ends[-1]["year"], ends[-1].get("month") or 0):
                # "sepanjang Maret 2010 hingga September 2014 angka kemiskinan hanya turun ..., dari 13,33 persen menjadi
                # 10,96 persen": the span's start (session 22)
                return (*resolve(ends[-2], sent_dates, ctx), "from")
            base = [x for x in before if x["base"]]
            if base:
                return (*resolve(base[-1], sent_dates, ctx), "from")
            earlier = self._earlier_period(ctx, release)
            stated = next((x for x in reversed(before) if x.get("year") and x["kind"] in ("year", "month")), None)
            if earlier is not None and not (
                    stated is not None and (earlier[0], earlier[1] or 0) >= (stated["year"], stated.get("month") or 0)):
                # (not a period after the sentence's own: "Pada Maret 2021, indeks kedalaman kemiskinan turun dari 2,8")
                return (*earlier, "from")
            if earlier is None and stated is not None and stated["kind"] == "year" and not stated["base"] \
                    and stated.get("year") and not stated.get("year_from") and self._yearly_from_value(text, q, release):
                # a yearly figure's own from-value with no period named anywhere: the year before ("kemiskinan
                # Kerinci tahun 2019 hanya 7,19 persen, turun dari 7,49 persen")
                return stated["year"] - 1, None, "from"
        if kind == "change":
            # a date written after a from-value ("dari 12,07 persen pada periode yang sama tahun
            # sebelumnya, atau turun 0,55 persen poin") is the comparison's, not the change's
            from_dates = {id(dd) for start, dd in attached.items()
                          if _FROM_BEFORE.found(text[max(0, start - 25):start])}
            before = [x for x in sent_dates if x["end"] <= q["start"] and id(x) not in from_dates]
        for x in reversed(before):
            if x["base"]:
                continue
            return (*resolve(x, sent_dates, ctx), "sentence")
        after = [x for x in sent_dates if x["start"] >= q["end"] and x["start"] < clause[1] and id(x) not in own
                 and not x["base"] and not self.cause_before_date_re.search(text, q["end"], x["start"])]
        if after and (kind != "level" or (q["family"] == "idr" and not q.get("per_capita"))):
            # a change, or money followed by its budget year ("Rp 2 miliar dari APBK 2026")
            return (*resolve(after[0], sent_dates, ctx), "after")
        if not after and kind == "level" and q["family"] == "idr" and not q.get("per_capita"):
            purpose = next((x for x in sent_dates if x["start"] >= q["end"] and id(x) not in own and not x["base"]), None)
            if purpose is not None and _MONEY_PURPOSE_DATE_GAP_RE.fullmatch(text, q.get("tail_end", q["end"]), purpose["start"]):
                # the year of what money is for, past a "dan" inside the purpose ("anggaran Rp12 miliar untuk verifikasi
                # dan validasi data pada tahun depan")
                return (*resolve(purpose, sent_dates, ctx), "after")
        if kind == "change":
            # "minus 0,12 persen poin, dari 3,05 persen pada 2022 menjadi 2,93 persen pada 2023": a change
            # ends at the period of the value it arrives at
            for start, d in sorted(attached.items(), reverse=True):
                if start > q["end"] and _TO_VALUE_RE.search(text[max(q["end"], start - 20):start]) and not d["base"]:
                    return (*resolve(d, sent_dates, ctx), "after")
        if own and kind == "level" and not is_from:
            # a value told with another one and its date, after that date ("naik ke 10,19 persen pada September
            # 2020, dengan jumlah penduduk miskin 27,55 juta orang"): the same period
            last = max((x for x in sent_dates if x["end"] <= qs and id(x) in own and not x["base"]),
                       key=lambda x: x["end"], default=None)
            if last is not None and self.date_shared_gap_re.fullmatch(text, last["end"], qs) and not any(
                    d is last and _FROM_BEFORE.found(text[max(0, start - 25):start]) for start, d in attached.items()):
                # (not a from-value's date: "menjadi Rp46,98 triliun dari Rp20,77 triliun pada 2015, atau rata-rata
                # sekitar Rp628 juta per desa")
                return (*resolve(last, sent_dates, ctx), "clause")
        if ctx["year"] is not None:
            return ctx["year"], ctx["month"], "context"
        if after:
            return (*resolve(after[0], sent_dates, ctx), "after")
        if article_year is not None:
            return article_year, None, "article"
        return None, None, "none"

    @staticmethod
    def _resolve(d: dict, sent_dates: list[dict], ctx: dict) -> tuple[int | None, int | None]:
        """(year, month) that date ``d`` of a sentence with ``sent_dates`` names."""
        if d["kind"] == "relative":
            if d.get("context"):
                # "setahun sebelumnya": relative to the period just named in the sentence, else
                # to the period carried over
                anchor = next((x for x in reversed(sent_dates) if x["end"] <= d["start"] and x["kind"] in
                               ("year", "month", "range")), None)
                if d.get("month_offset"):
                    # "enam bulan sebelumnya": months back from the period just named, when it has a month
                    year, month = (anchor["year"], anchor.get("month")) if anchor is not None else (ctx["year"], ctx["month"])
                    if year is None or not month:
                        return year, None
                    n = year * 12 + month - 1 + d["month_offset"]
                    return n // 12, n % 12 + 1
                if d.get("previous") and anchor is None and ctx["from_year"] is not None:
                    return ctx["from_year"], ctx["from_month"]  # "pada periode sebelumnya": the comparison base
                if anchor is not None:
                    if d.get("same_year") and not d.get("month"):
                        return anchor["year"], None  # "pada tahun yang sama": the year, no month of its own
                    return anchor["year"] + d["offset"], d.get("month") or anchor.get("month")
                if ctx["year"] is not None:
                    return ctx["year"] + d["offset"], d.get("month") or ctx["month"]
            if d.get("month"):
                return d["year"], d["month"]
            if d.get("present") and ctx["year"] == d["year"]:
                return ctx["year"], ctx["month"]  # "kini": now, in the release being discussed
            latest = ctx.get("latest")
            if d.get("present") and ctx.get("lagged") and ctx["year"] != d["year"] - 1 and latest is not None \
                    and latest[0] == d["year"] - 1:
                # ("Setahun sebelumnya ... ketika itu 13,62 persen. ... Mesuji kini 16,58 ribu orang": the
                # latest release the article named, not the year it looked back to)
                return latest[0], latest[1] or None
            if d.get("present") and ctx.get("lagged") and ctx["year"] == d["year"] - 1:
                # "kini" early in the year, of a statistic released late, after the year before was
                # named: the latest release, of that year
                return ctx["year"], ctx["month"]
            return d["year"], None
        return d["year"], d.get("month")

    @staticmethod
    def _list_period(text: str, figs: list[dict]) -> None:
        """Values listed side by side share the one date the list gives ("Buton 12,47 persen, Muna
        11,8 persen, dan Kota Baubau 7,45 persen pada 2022"; "perkotaan 6,84 persen, sedangkan di
        perdesaan 13,71 persen pada Maret 2024"; "antara 12 hingga 13 persen pada 2024"): items of the
        same metric for different regions or areas, or the two ends of a range, with no date of their
        own, take the date of the item that has one."""

        def parallel(a: dict, b: dict) -> bool:
            if a["kind"] != "level" or b["kind"] != "level" or a["metric"] != b["metric"] or a["metric"] == "other":
                return False
            if a["_family"] != b["_family"] or a["_from"] or b["_from"]:
                return False
            if (a["region_code"], a["area"]) == (b["region_code"], b["area"]) and not a["_range"]:
                return False  # the same subject twice is a change or a restatement, unless a range
            gap = text[a["end"]:b["start"]]
            if a["_how"] == "attached":
                gap = _DATE_HEAD_RE.sub("", gap, count=1)
            return bool(_LIST_GAP_RE.match(gap)) and (bool(_LIST_SEP_RE.search(gap)) or a["_range"])

        for i, f in enumerate(figs):
            if f["_how"] != "attached":
                continue
            for step in (-1, 1):
                j = i
                while 0 <= j + step < len(figs):
                    a, b = (figs[j + step], figs[j]) if step < 0 else (figs[j], figs[j + step])
                    other = figs[j + step]
                    if other["_how"] not in _UNDATED or not parallel(a, b) or other["metric"] != f["metric"]:
                        break
                    other["year"], other["month"], other["_how"] = f["year"], f["month"], "list"
                    j += step

    def _series(self, text: str, s0: int, e0: int, figs: list[dict], ctx: dict, article_year: int | None) -> None:
        """"tiga tahun berturut-turut ... 7,9 ke 7,6, lalu 7,3": count the years back."""
        undated = [f for f in figs if f["kind"] == "level" and f["_how"] in ("context", "article", "none", "from")
                   and f["metric"] != "other"]
        if len(undated) < 2 or not _SERIES_FAST.search(text, s0, e0):
            return
        ref = ctx["year"] or article_year
        if ref is None:
            return
        n = len(undated)
        for i, f in enumerate(undated):
            f["year"] = ref - (n - 1 - i)
            f["month"] = None
            f["_how"] = "series"

    @staticmethod
    def _adopt_restated_years(figs: list[dict]) -> None:
        """A figure dated only by the article's date takes the period of its explicit restatement; a
        headline figure ("Turun Jadi 11,52 Persen") also that of a later one dated by context. A
        figure dated by context that repeats a value stated earlier with its own date ("Angka 18,46
        persen bukan sekadar ...") is that figure again."""
        explicit_how = ("attached", "clause", "sentence", "series", "list")
        # the figures of each (metric, kind, region code), in order: only those can restate each other
        # (the loop changes no figure's metric, kind or region)
        groups: dict[tuple, list[dict]] | None = None
        for f in figs:
            by_context = f["_how"] == "context"
            if f["_how"] not in ("article", "none") and not by_context:
                continue
            if groups is None:
                groups = {}
                for g in figs:
                    key = (g["metric"], g["kind"], g["region_code"])
                    group = groups.get(key)
                    if group is None:
                        groups[key] = [g]
                    else:
                        group.append(g)
            for g in groups[(f["metric"], f["kind"], f["region_code"])]:
                if g is f:
                    continue
                if by_context and not (g["start"] < f["start"] and g["_how"] in explicit_how and g["value"] == f["value"]):
                    continue  # a figure dated by context takes only the period of the same value stated earlier
                if g["_how"] not in explicit_how and not (g["_how"] == "context" and g["start"] > f["start"]):
                    continue
                if restated_value(f, g):
                    f["year"], f["month"] = g["year"], g["month"]
                    break
