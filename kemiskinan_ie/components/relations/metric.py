"""Which metric a quantity measures, and its kind (level, change, target) and area."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ... import lexicon
from ...backends.syntax import noun_head_of
from .patterns import (
    _TWIN_BEFORE,
    EXTREME_AFTER,
    may_hold,
)

#: the cue words of this module's patterns (``data/relation_cues.yaml``), compiled below once
_R = lexicon.load("relation_cues")
#: the statistics office announcing a figure ("BPS mengumumkan", "Badan Pusat Statistik (BPS) merilis")
_STAT_ANNOUNCES_RE = re.compile(_R["stat_announces"])
#: a price named as the subject right before a change word ("harga kebutuhan pokok melonjak")
_PRICE_SUBJECT_BEFORE_RE = re.compile(_R["price_subject_before"], re.I)

#: "dari" right before a value: the base a target starts from ("menargetkan IPM naik dari 66,84 pada 2015")
#: (not "lebih dari 7", a bound)
_TARGET_BASE_RE = re.compile(_R["target_base"], re.I)


#: a relative clause giving the state a goal starts from ("... yang kini masih", "yang pada 2023 masih")
_CURRENT_STATE_RE = re.compile(
    _R["current_state"],
    re.I)


#: the goal after a baseline in a target's clause ("menargetkan kemiskinan ekstrem, yang pada 2023 masih 4,12
#: persen, turun menjadi 0 persen"): the words from the baseline to the goal
_GOAL_AFTER_BASELINE_RE = re.compile(
    _R["goal_after_baseline"], re.I)


#: the size of a change named by a noun, told in a relative clause ("Penurunan angka kemiskinan Kabupaten Lahat
#: yang hanya 0,21 persen"; not "... yang kini 14,88 persen", a level)
_NOUN_CHANGE_AMOUNT_RE = re.compile(_R["noun_change_amount"], re.I)


#: a value in apposition right after a comparative (", yakni ", "Bali memang jauh lebih rendah, hanya 3,81 persen")
_APPOSITION_VALUE_RE = re.compile(_R["apposition_value"], re.I)
#: the gap between a rate and the count of its people ("12,47 persen dengan 17.020 jiwa")
_WITH_COUNT_RE = re.compile(_R["with_count"], re.I)
#: an office right before a place: the place is its seat ("Badan Pusat Statistik (BPS) Provinsi Bengkulu")
_OFFICE_BEFORE_RE = re.compile(_R["office_before"])
#: a span of two periods ("dari Maret 2021 ke Maret 2022"): its "ke" leads to no new level
_PERIOD_SPAN_RE = re.compile(
    _R["period_span"], re.I)


#: an amount fixed right before it ("dipatok sebesar Rp 400.000")
_FIXED_AMOUNT_RE = re.compile(_R["fixed_amount"], re.I)
#: between a group cue and the count it names ("beranggotakan sekitar 250 keluarga miskin")
_GROUP_COUNT_GAP_RE = re.compile(_R["group_count_gap"])
#: an amount per recipient or per month right after the money ("dengan nilai Rp110.000 per bulan"): what each
#: gets, fixed, not a goal (even in a sentence that sets a goal for the recipients' number)
_AMOUNT_OF_BEFORE_RE = re.compile(_R["amount_of_before"], re.I)
_PER_RECIPIENT_AFTER_RE = re.compile(
    _R["per_recipient_after"], re.I)
#: a clause after a change word that names its own subject ("..., tapi jumlahnya tetap besar, sekitar")
_NEW_SUBJECT_BETWEEN_RE = re.compile(_R["new_subject_after_change"], re.I)
_COMPARED_AFTER_VALUE_RE = re.compile(_R["compared_after_value"], re.I)
_APPOSITION_WORD_RE = re.compile(_R["apposition_words"], re.I)
#: a word that points back to a rate ("Angka provinsi sendiri berada di 10,38 persen")
_RATE_WORD_BEFORE_RE = re.compile(_R["rate_pointer_words"], re.I)
#: between a pair's last value and its change told again in points (", atau 5,70 persen poin")
_OR_POINTS_GAP_RE = re.compile(_R["or_points_gap"], re.I)
#: "N dari M kabupaten/kota" after a bare number: a part of a count of places
_PLACES_PART_AFTER_RE = re.compile(_R["places_part_after"], re.I)
#: "dari 30 kecamatan di X, 18 di antaranya": the count of places a bare number is a part of
_PLACES_WHOLE_BEFORE_RE = re.compile(_R["places_whole_before"], re.I)
#: a clause of what follows from a value ("..., sehingga garis kemiskinan per rumah tangga setara"): no restatement of it
_CONSEQUENCE_RE = re.compile(r"\b(?:sehingga|maka|akibatnya)\b", re.I)


class MetricLinking:
    """Which metric a quantity measures, and its kind (level, change, target) and area (part of ``RelationLinker``)."""

    def _metric_for(self, q: dict, cues: list[dict], text: str, s0: int, prev_metric: dict | None,
                    registry: bool) -> tuple[str, bool]:
        """(metric, strong_cue_used) for quantity ``q``; cues are those of its sentence before it."""
        fam = q["family"]
        uw = q.get("unit_word", "")
        if uw.startswith("penduduk"):
            if self.poor_after_residents_re.match(text, q["end"]):
                return "poverty_count", False  # "314,19 ribu penduduk miskin"
            return "population", False
        if uw in self.beneficiary_units:
            return "beneficiary_count", False
        poor = self.poor_after_residents_re.match(text, q["end"]) if fam in ("persons", "households") else None
        if poor is not None and cues and self.cue_table[cues[-1]["cue"]].get("group") \
                and _GROUP_COUNT_GAP_RE.fullmatch(text, cues[-1]["end"], q["start"]):
            # "Kube yang beranggotakan 250 keluarga miskin": the members of the groups a programme forms;
            # "Kube tersebut beranggotakan 10 keluarga miskin": one group's size (the cue's metric)
            return self.cue_table[cues[-1]["cue"]]["map"][fam], False
        if poor is not None:
            if self.reach_before.found(text[max(s0, q["start"] - 90):q["start"]]):
                return "beneficiary_count", False  # "Program itu menyasar 550 warga miskin": the poor it reaches
            if text.startswith(EXTREME_AFTER, poor.end()):
                return "extreme_poverty_count", False  # "8.420 jiwa miskin ekstrem"
            return "poverty_count", False  # "131 rumah tangga miskin", "2.400 jiwa miskin"
        if fam == "bare" and _PLACES_PART_AFTER_RE.match(text, q["end"]):
            return "other", False  # "sebanyak 10 dari 12 kabupaten/kota di Riau mengalami penurunan": places, no people
        if fam == "bare" and _PLACES_WHOLE_BEFORE_RE.search(text, max(s0, q["start"] - 80), q["start"]):
            return "other", False  # "dari 30 kecamatan di Halmahera Selatan, 18 di antaranya ...": places (session 23)
        if q["per_item"] and not (fam == "bare" and q["scaled"] and any(
                self.cue_table[c["cue"]].get("map", {}).get("idr") for c in cues)):
            return "other", False  # (a scaled amount per person after a money cue is money: "pinjaman ... 1,5 jt per orang")
        anaphora_seen = False
        for c in reversed(cues):
            entry = self.cue_table[c["cue"]]
            if entry.get("anaphora") or (entry.get("subset") and fam != "pct"):
                anaphora_seen = True  # "dari jumlah itu, 46.300 jiwa": a part of the count before
                continue
            if entry.get("line_anaphora") and prev_metric is not None and prev_metric.get("named_line") and fam == "idr":
                return prev_metric["metric"], False  # "GKBM mencakup ... Nilainya ... Rp151.809" (session 23)
            if entry.get("own_value") and any(ch.isdigit() for ch in text[c["end"]:q["start"]]):
                continue  # (the gap's own value only: "selisih itu sekitar 5,4 persen poin (perdesaan 12,82 persen")
            mp = entry.get("map", {})
            key = fam
            if fam == "count":
                key = "count"
            if fam == "pct" and q["unit"] == "percent_point":
                key = "pct"
            metric = mp.get(key)
            if metric is None and fam == "bare" and q["scaled"] and "idr" in mp and abs(float(q["value"])) >= 1e6:
                metric = mp["idr"]  # money written without "Rp": "nilainya 180-an juta", "kita terima 72 juta"
            if metric is None and entry.get("strong") and fam in ("bare", "persons", "idr") and "bare" in mp and (
                    fam != "idr" or self.units.get(mp["bare"], "").startswith("idr")):
                # (money is never a size or an index: "Setiap Kube beranggotakan 10 kepala keluarga dan menerima modal
                # usaha Rp25 juta")
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
            if fam == prev_metric["family"] or (fam == "bare" and prev_metric["family"] != "idr") or (
                    fam == "pct" and prev_metric["family"] == "bare" and pm in self.rate_metrics
                    and _RATE_WORD_BEFORE_RE.search(text, max(s0, q["start"] - 60), q["start"])):
                # (a percentage after rates written bare, "Sampang (21,61), ..., semuanya dalam persen. Angka provinsi
                # sendiri berada di 10,38 persen": the same rate)
                return pm, False
            if anaphora_seen:
                sibling = self._sibling(pm, fam)
                if sibling == "other" and fam == "pct" and q["unit"] == "percent" \
                        and self.units.get(pm) not in (None, "percent", "percent_point", "index"):
                    # "... Rp1,27 triliun. Angka itu naik sekitar 6,7 persen": a change of that amount or count in
                    # percent (no change: a share, "other") (session 20)
                    return "@pct_change:" + pm, False
                return sibling, False
        if prev_metric is None and anaphora_seen:
            fallback = next((self.cue_table[c["cue"]].get("fallback", {}).get(fam) for c in reversed(cues)
                             if self.cue_table[c["cue"]].get("anaphora")), None)
            if fallback is not None:
                return fallback, False  # ("Persentasenya 20,71 Persen" in a headline: the poverty rate)
        if fam == "idr":
            return ("poverty_line" if q["per_capita"] else "budget"), False
        return "other", False

    def _sibling(self, metric: str, fam: str) -> str:
        """The count metric of a rate and back ("angka itu ... 135 ribu jiwa"); an index stays
        itself for points and bare numbers ("IPM ... 78,14. Capaian itu naik 0,62 poin")."""
        if fam in ("pct", "bare") and self.units.get(metric) == "index":
            return metric
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

    def _kind(self, text: str, q: dict, sent_start: int, prev_q_end: int,
              hits: dict | None = None, low: str | None = None) -> tuple[str, int]:
        """('level'|'change'|'target', sign) from the words before the number in its sentence;
        ``hits`` (``Needles.index`` by name; a name left out has no needle in the text) lets
        pieces without a needle go unsearched; ``low`` is ``regex_speed.lower_text(text)`` when
        known (the change words are then looked for in it: same spans, faster)."""
        qs = q["start"]
        window_start = max(sent_start, prev_q_end)
        clause_start = max(sent_start, qs - 120)
        down = hits is None or ("down" in hits and may_hold(hits["down"], window_start, qs))
        up = hits is None or ("up" in hits and may_hold(hits["up"], window_start, qs))
        target = hits is None or ("target" in hits and may_hold(hits["target"], min(clause_start, window_start), qs))
        if not (down or up or target):
            if q.get("unit") == "percent_point" and prev_q_end > sent_start \
                    and _OR_POINTS_GAP_RE.fullmatch(text, prev_q_end, qs) is not None:
                # "turun dari 16,66 persen pada 2004 menjadi 10,96 persen pada 2014, atau 5,70 persen poin": the change
                # the pair before it spans, told again in points, goes the pair's way
                before = text[sent_start:prev_q_end]
                low_before = low[sent_start:prev_q_end] if low is not None else None
                moves = [(m.start(), sg) for rx, sg in ((self.down_low, -1), (self.up_low, 1))
                         for m in rx.finditer(before, low_before)]
                if moves:
                    return "change", max(moves)[1]
            return "level", 0  # no change or target word before it
        window = text[window_start:qs]
        low_window = low[window_start:qs] if low is not None else None
        headline_end = text.find("\n")
        sign = 0
        last = None
        money = q["family"] == "idr" and not q.get("per_capita")
        for rx, sg, searched in ((self.down_low, -1, down), (self.up_low, 1, up)):
            if not searched:
                continue
            for m in rx.finditer(window, low_window):
                if money and self.change_topic_re.match(window, m.end()):
                    continue  # "anggaran percepatan penurunan stunting ... Rp 6,3 miliar": a purpose
                if m.start() > 0 and window[m.start()].isupper() and window_start + m.start() > headline_end \
                        and self.name_head_run_re.search(window, 0, m.start()):
                    continue  # a capitalised word inside an office's or a unit's name ("Deputi Bidang Koordinasi
                    # Peningkatan Kesejahteraan Sosial"), no change told (a metric's name, "Tingkat Penurunan
                    # Kemiskinan sebesar -0,33 persen", still is one)
                if self.change_anaphora_re.match(window, m.end()):
                    continue  # "penurunan itu tertolong oleh ...": an earlier figure's change
                if q["family"] in ("persons", "households") and (
                        self.price_change_object_re.match(window, m.end())
                        or _PRICE_SUBJECT_BEFORE_RE.search(window, max(0, m.start() - 40), m.start())):
                    continue  # "untuk meredam dampak kenaikan BBM, ... 9.874 keluarga": a price's rise, not the count's (nor
                    # "bila harga kebutuhan pokok melonjak, ... PKH yang tahun ini menjangkau 620.000 rumah tangga",
                    # session 22)
                if last is None or m.start() > last[0]:
                    last = (m.start(), m.end(), sg)
        if target:
            # (its last clause: a decimal comma has no space after it; searched in place, so that a word's
            # lookbehind sees the unit before it: "52.118 rumah tangga sasaran" names no goal)
            last_clause = text.rfind(", ", clause_start, qs)
            last_clause = clause_start if last_clause == -1 else last_clause + 2
            if self.target_fast.search(text, last_clause, qs) or self.target_fast.search(text, window_start, qs):
                if _TARGET_BASE_RE.search(window) or _CURRENT_STATE_RE.search(window) or (
                        q["family"] == "idr" and (_FIXED_AMOUNT_RE.search(window) or (
                            _AMOUNT_OF_BEFORE_RE.search(window) and _PER_RECIPIENT_AFTER_RE.match(text, q["end"])))):
                    # "menargetkan IPM naik dari 66,84 pada 2015 menjadi 70,5": the baseline, measured; "harus
                    # menurunkan angka kemiskinan yang kini masih 10,25 persen": the state now, measured; "Garis
                    # kemiskinan ... dipatok sebesar Rp 400.000", "ditargetkan menjangkau 15,6 juta KPM dengan nilai
                    # Rp110.000 per bulan": an amount fixed, no goal
                    return "level", 0
                if self.compared_actual_before_re.search(text, max(clause_start, qs - 120), qs):
                    return "level", 0  # "Sasaran itu lebih rendah dibanding capaian terakhir BPS, yakni 8,47 persen": the
                    # actual the goal is compared with, measured
                said = max((m.end() for m in self.target_fast.finditer(text, clause_start, qs)), default=None)
                if said is not None and _STAT_ANNOUNCES_RE.search(text, said, qs):
                    return "level", 0  # "Proyeksi itu dirilis sehari setelah BPS mengumumkan angka kemiskinan Maret 2020
                    # naik menjadi 9,78 persen": what the statistics office announced after the goal's word, measured
                    # (session 22)
                if not (money and self.budget_before.found(text[max(clause_start, qs - 60):qs])):
                    return "target", 0
                # "menargetkan bedah 150 unit RTLH dengan anggaran Rp 3,75 miliar": the money is spent
            elif not money and prev_q_end > clause_start and _GOAL_AFTER_BASELINE_RE.search(text, clause_start, qs) \
                    and self.target_fast.search(text, clause_start, qs):
                # the goal after the baseline ("menargetkan kemiskinan ekstrem, yang pada 2023 masih 4,12 persen,
                # turun menjadi 0 persen pada akhir 2024")
                return "target", 0
        if last is not None:
            between = window[last[1]:]
            low_between = low_window[last[1]:] if low_window is not None else None
            if _PERIOD_SPAN_RE.search(between):  # ("penurunan dari Maret 2021 ke Maret 2022 ... 0,17")
                between, low_between = _PERIOD_SPAN_RE.sub(" ", between), None
            if (apposition := _APPOSITION_VALUE_RE.fullmatch(between)) and window[last[0]:last[1]].lower().startswith("lebih") \
                    and q.get("unit") != "percent_point" and (_APPOSITION_WORD_RE.search(apposition.group()) or not _COMPARED_AFTER_VALUE_RE.match(
                        text, q.get("tail_end", q["end"]))):  # (not a difference: "lebih rendah, yaitu sebesar 0,35 persen poin";
                # "lebih sedikit, 3.000 jiwa dibanding tahun sebelumnya")
                return "level", 0  # a comparative and its value in apposition: "lebih rendah, yakni Rp361.496"
            if window[last[0]:last[1]].lower().startswith("lebih") and q.get("unit") != "percent_point" \
                    and self.compared_period_value_re.fullmatch(between):
                return "level", 0  # the earlier period's value: "lebih rendah dibanding Maret 2015, yakni 5,48"
            if window[last[0]:last[1]].lower().startswith("lebih") and q.get("unit") != "percent_point" \
                    and self.compared_with_value_re.fullmatch(between):
                return "level", 0  # the value of what it is compared with: "lebih rendah dibanding garis kemiskinan
                # nasional Rp374.478" (not a period's: "lebih rendah dibanding tahun lalu 5.000 jiwa" stays a difference)
            if _NEW_SUBJECT_BETWEEN_RE.search(between) and q.get("unit") != "percent_point" \
                    and not self.more_than_after_re.match(text, q.get("tail_end", q["end"])) \
                    and not _COMPARED_AFTER_VALUE_RE.match(text, q.get("tail_end", q["end"])):
                return "level", 0  # a new clause with a count or rate of its own after the change word ("Jadi turun, tapi
                # jumlahnya tetap besar, sekitar 65 ribu jiwa", "naik lagi, jumlah penduduk miskinnya sekitar 131 ribu")
            if self.bound_between_re.search(between) and not self.bound_change_after_re.match(text, q.get("tail_end", q["end"])):
                return "level", 0  # "turun di bawah 25 juta orang": the new level, a bound (not "naik di atas 5 persen
                # dibanding tahun lalu", "turun di bawah 0,3 persen poin setiap tahun": a change's size)
            if not self.to_level_low.search(between, low_between) or (
                    window[last[0]:last[1]].lower().endswith("an") and _NOUN_CHANGE_AMOUNT_RE.fullmatch(between)) \
                    or self.more_than_after_re.match(text, q.get("tail_end", q["end"])):
                # ("bertambah, sekarang 1.500 jiwa lebih banyak dari tahun lalu": a difference, whatever came between)
                # ("Penurunan angka kemiskinan Kabupaten Lahat yang hanya 0,21 persen": the fall's size)
                sign = last[2]
                return "change", sign
        return "level", 0

    def _respectively(self, text: str, s0: int, figs: list[dict], cues: list[dict], hits: dict | None,
                      mentions: list[dict] | None = None, earlier: list[dict] | None = None,
                      dates: list[dict] | None = None) -> None:
        """Values listed after "masing-masing" go one by one to the metrics, the areas, the places or the
        periods named before it in the same order ("indeks kedalaman dan indeks keparahan kemiskinan
        masing-masing 1,05 dan 0,22"; "di perkotaan dan perdesaan masing-masing 3,31 persen dan 4,79 persen";
        "Kecamatan Tanjung Tiram dan Nibung Hangus ... masing-masing 1.842 dan 1.215 keluarga"; "pada Maret
        2022, 2023 dan 2024 masing-masing ..."), or, in a sentence that opens with "Keduanya", to the metrics
        of ``earlier`` (the figures of the sentence before)."""
        for m in self.respectively_re.finditer(text, s0, figs[-1]["start"] + 1):
            group: list[dict] = []
            pos = m.end()
            for f in figs:
                if f["start"] < m.end():
                    continue
                if (group and not self.list_joint_re.fullmatch(text, pos, f["start"])) or (
                        not group and text[pos:f["start"]].strip()):
                    break
                group.append(f)
                pos = f["end"]
            if len(group) < 2:
                continue
            lo = max([f["end"] for f in figs if f["end"] <= m.start()], default=s0)
            heads: list[dict] = []
            for c in cues:  # (a cue and its abbreviation, "indeks kedalaman kemiskinan (P1)", name one head)
                if lo <= c["start"] and c["end"] <= m.start() and not (heads and heads[-1]["cue"] == c["cue"]):
                    heads.append(c)
            if len(heads) == len(group):
                metrics = [self.cue_table[c["cue"]].get("map", {}).get(f["_family"]) for c, f in zip(heads, group, strict=True)]
                if all(x and not x.startswith("auto") for x in metrics) and len(set(metrics)) == len(metrics):
                    for f, metric in zip(group, metrics, strict=True):
                        f["metric"] = f["_base_metric"] = metric
            elif not heads and earlier and lo == s0 and self.both_anaphora_re.match(text, s0):
                named = [f["metric"] for f in earlier if f["metric"] != "other" and f["kind"] == "level"]
                metrics = list(dict.fromkeys(named))
                if len(metrics) == len(group) == 2 and len({f["_family"] for f in earlier if f["metric"] in metrics}
                                                           | {f["_family"] for f in group}) == 1:
                    for f, metric in zip(group, metrics, strict=True):
                        f["metric"] = f["_base_metric"] = metric
                        if f is not group[0] and f["_how"] in ("context", "article", "none"):
                            # (the list has one period: "dibanding Maret 2023 yang masing-masing 2,58 dan 0,63")
                            f["year"], f["month"], f["_how"] = group[0]["year"], group[0]["month"], "list"
                            f["_from"] = group[0]["_from"]
            periods = [d for d in dates or () if lo <= d["start"] and d["end"] <= m.start() and not d["base"]
                       and d["kind"] in ("year", "month") and d.get("year")]
            spans = [d for d in dates or () if lo <= d["start"] and d["end"] <= m.start() and d["kind"] == "range"
                     and d.get("year_from") and d.get("year")]
            if not periods and len(spans) == 1 and spans[0]["year"] - spans[0]["year_from"] + 1 == len(group):
                # "pada 2015 hingga 2019 berturut-turut 22,11 persen, 21,40 persen, ... dan 19,31 persen": a year each
                periods = [{"year": y, "month": None} for y in range(spans[0]["year_from"], spans[0]["year"] + 1)]
            if not periods and not spans and earlier and any(
                    d.get("same") and lo <= d["start"] and d["end"] <= m.start() for d in dates or ()):
                # "pada periode yang sama berturut-turut 23,71 ribu jiwa, ..." after "pada Maret 2020, Maret 2021, dan
                # Maret 2022 berturut-turut sebesar 14,70 persen, ...": the periods of the list before, one by one
                listed = [f for f in earlier if f["_how"] == "list" and f["kind"] == "level"]
                if len(listed) == len(group):
                    periods = [{"year": f["year"], "month": f["month"]} for f in listed]
            if len(periods) == len(group) and len({d["year"] for d in periods}) == len(periods) \
                    and all(f["kind"] == "level" for f in group):
                month = periods[0].get("month")  # ("Maret 2022, 2023 dan 2024": March of each)
                for f, d in zip(group, periods, strict=True):
                    f["year"], f["month"], f["_how"] = d["year"], d.get("month") or month, "list"
            elif group[0]["_how"] not in ("context", "article", "none") and group[0]["kind"] == "level":
                # one period for the whole list ("sejak September 2019, ketika angkanya masing-masing 12,60 persen
                # dan 6,56 persen"): the first value's
                for f in group[1:]:
                    if f["_how"] in ("context", "article", "none") and f["kind"] == "level":
                        f["year"], f["month"], f["_how"] = group[0]["year"], group[0]["month"], "list"
            words = self._area_words(text, lo, m.start(), hits)
            if len(words) == len(group) and len(set(words)) == len(words):
                for f, area in zip(group, words, strict=True):
                    f["area"] = area
            places = [p for p in mentions or () if lo <= p["start"] and p["end"] <= m.start() and p["code"]
                      and not p.get("apposition")]
            if len(places) > len(group):
                # (not the office that reports them: "BPS Provinsi Bengkulu mencatat Kabupaten Kaur dan Kabupaten
                # Lebong ..., masing-masing 19,30 persen dan 18,16 persen")
                places = [p for p in places if not p.get("in_agency") and not p["frame"]
                          and not _OFFICE_BEFORE_RE.search(text, max(0, p["start"] - 30), p["start"])]
            if not places and earlier and self.places_pointed_back_re.search(text, lo, m.start()):
                # "Tingkat kemiskinan ekstrem kedua daerah itu masing-masing 9,41 persen dan 8,76 persen": the
                # places of the sentence before, in their order
                seen: dict[str, str] = {}
                for f in earlier:
                    if f["region_code"] and f["region_code"] != "ID":
                        seen.setdefault(f["region_code"], f["region"])
                if len(seen) == len(group) and len({c.count(".") for c in seen}) == 1:
                    places = [{"code": c, "name": n} for c, n in seen.items()]
            if not any(not p.get("frame") for p in places):
                # islands, which have no code ("Sumatera, Jawa, Kalimantan, Sulawesi, serta Maluku dan Papua
                # berturut-turut 9,15 persen, ...")
                islands = [p for p in mentions or () if lo <= p["start"] and p["end"] <= m.start() and not p["code"]
                           and p["kind"] == "island" and not p["frame"] and not p.get("apposition")]
                if len(islands) == len(group) and len({p["name"] for p in islands}) == len(islands):
                    for f, p in zip(group, islands, strict=True):
                        f["region"], f["region_code"] = p["name"], None
            if len(places) == len(group) and len({p["code"] for p in places}) == len(places) \
                    and len({p["code"].count(".") for p in places}) == 1:
                for f, p in zip(group, places, strict=True):
                    f["region"], f["region_code"] = p["name"], p["code"]
                # the items share one measure: what the one with its unit word counts ("1.842 dan 1.215 keluarga")
                known = {f["metric"] for f in group if f["metric"] != "other"}
                if len(known) == 1 and len({f["_family"] for f in group} - {"bare"}) <= 1:
                    metric = known.pop()
                    for f in group:
                        f["metric"] = metric

    def _area_words(self, text: str, start: int, end: int, hits: dict | None) -> list[str]:
        """The area words ("perkotaan", "perdesaan") in ``text[start:end]``, in order, as areas."""
        found = []
        for rx, area, name in ((self.urban_fast, "urban", "urban"), (self.rural_fast, "rural", "rural")):
            if hits is None or (name in hits and may_hold(hits[name], start, end)):
                found.extend((m.start(), area) for m in rx.finditer(text, start, end))
        return [area for _, area in sorted(found)]

    def _area(self, text: str, sent_start: int, pos: int, hits: dict | None = None, end: int | None = None) -> str | None:
        """'urban' or 'rural': the area named right after the value that ends at ``end`` ("19,82 persen di
        perkotaan"), else after the last area word before ``pos`` in the sentence; ``hits`` as for ``_kind``."""
        if end is not None:
            after = self.area_after_re.match(text, end)
            if after is not None:
                return "urban" if after.group("urban") else "rural"
        words = self._area_words(text, sent_start, pos, hits)
        return words[-1] if words else None

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

    def _twin_of(self, text: str, q: dict, figs: list[dict]) -> dict | None:
        """The figure this quantity restates in another unit ("10,52 persen atau setara 79.640 orang")."""
        if not figs:
            return None
        prev = figs[-1]
        gap = text[prev["end"]:q["start"]]
        if len(gap) <= 60 and "\n" not in gap and _TWIN_BEFORE.found(gap) and not _CONSEQUENCE_RE.search(gap) \
                and not (q["family"] == "idr" and prev["_family"] not in ("idr", "bare")):
            return prev  # (not what follows from it, nor money after a count: "memiliki 4,6 anggota, sehingga garis
            # kemiskinan per rumah tangga setara Rp3.147.366", "dengan rata-rata 4,1 anggota, garis kemiskinan per rumah
            # tangga setara sekitar Rp2,37 juta", session 23)
        if gap.strip() == "|" and prev["_family"] == "pct" and q["family"] in ("persons", "households") \
                and prev["metric"] in ("poverty_rate", "extreme_poverty_rate"):
            return prev  # "Jawa Barat: 7,83 persen | 3,77 juta jiwa" under "(persentase | jumlah):": the rate's people
            # (session 22)
        if prev["kind"] == "change" and len(gap) <= 40 and self.change_twin_re.fullmatch(gap):
            return prev  # "turun 0,36 persen poin, atau berkurang 5,70 ribu orang": one change, two units
        if prev["kind"] == "change" and len(gap) <= 60 and "\n" not in gap and "," in gap \
                and (m := self.change_twin_re.search(gap, gap.rfind(","))) is not None and m.end() == len(gap):
            return prev  # (after words on the first: "2.429 keluarga yang keluar dari DTKS dalam setahun, atau berkurang 7.558 jiwa")
        if prev["_family"] == "pct" and q["family"] in ("persons", "households") and q["noun"] is None \
                and prev["metric"] in ("poverty_rate", "extreme_poverty_rate") and _WITH_COUNT_RE.fullmatch(gap):
            return prev  # "Setahun sebelumnya 12,47 persen dengan 17.020 jiwa": the rate's people
        return None
