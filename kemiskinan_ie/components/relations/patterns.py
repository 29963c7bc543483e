"""Regular expressions and small helpers shared by the relation linker's parts."""

from __future__ import annotations

import re
from bisect import bisect_left

from ... import lexicon
from ...regex_speed import SuffixSearch, gated

_SERIES_RE = re.compile(
    r"\b(?:dua|tiga|empat|lima|enam|[2-9])\s+tahun\s+(?:berturut-turut|terakhir|belakangan)", re.I
)
_SERIES_FAST = gated(_SERIES_RE)  # the same matches, found faster (``regex_speed``)
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
# the end-anchored checks of the words right before a number or place: one mirrored match each
_FROM_BEFORE = SuffixSearch(_FROM_RE)
_LOCATIVE_BEFORE = SuffixSearch(_LOCATIVE_RE)
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


