"""Tables written as text: a header line of labelled columns ("Kabupaten/Kota | Persentase (%) |
Jumlah (jiwa)") and rows under it ("Kabupaten Siak | 5,61 | 24,7 ribu"). A number in a row takes
the unit and metric of its column; the metric may also come from the table's caption line
("Tabel: Penduduk Miskin Menurut Kabupaten/Kota di Riau, 2015")."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: the unit family a column label names, first match wins
_FAMILY_RE = (
    ("pct", re.compile(r"%|\bpersen|\bpersentase|\btingkat|\bP[012]\b", re.I)),
    ("idr", re.compile(r"\bRp\b|rupiah", re.I)),
    ("households", re.compile(r"rumah\s*tangga|\bRTM?\b|\bKK\b|\bKPM\b|keluarga", re.I)),
    ("persons", re.compile(r"\bjiwa\b|\borang\b|penduduk|\bwarga\b", re.I)),
)
_UNIT_OF = {"pct": "percent", "idr": "idr", "households": "households", "persons": "persons"}


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a text table: its label, unit family (None: unknown) and metric (None: unknown)."""

    label: str
    family: str | None
    metric: str | None

    @property
    def unit(self) -> str | None:
        """The unit of the column's family."""
        return _UNIT_OF.get(self.family or "")


def find_tables(text: str, sents: list[tuple[int, int]], metric_of) -> dict[int, list[Column]]:
    """The rows of text tables, by sentence number: each row's columns. ``metric_of(label, family)``
    names the metric a label (or the caption line before the header) gives numbers of that family.
    A header is a line with two or more ``|`` separated labels and no digit outside a year; its rows
    follow it, one per line, until a line without ``|``."""
    out: dict[int, list[Column]] = {}
    columns: list[Column] | None = None
    prev_line = ""
    for n, (s, e) in enumerate(sents):
        line = text[s:e]
        if "|" not in line:
            columns = None
            prev_line = line
            continue
        cells = [c.strip() for c in line.split("|")]
        if len(cells) >= 3 and not any(re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", c)) for c in cells):
            cols = []
            for label in cells:
                family = next((f for f, rx in _FAMILY_RE if rx.search(label)), None)
                metric = None
                if family is not None:
                    metric = metric_of(label, family) or metric_of(prev_line, family)
                cols.append(Column(label, family, metric))
            columns = cols if any(c.family for c in cols) else None
        elif columns is not None and len(cells) == len(columns):
            out[n] = columns
        prev_line = line
    return out


def column_at(text: str, row_start: int, pos: int, columns: list[Column]) -> Column | None:
    """The column of the cell holding position ``pos`` of a row starting at ``row_start``."""
    i = text.count("|", row_start, pos)
    return columns[i] if i < len(columns) else None
