"""Tables written as text: a header line of labelled columns ("Kabupaten/Kota | Persentase (%) |
Jumlah (jiwa)") and rows under it ("Kabupaten Siak | 5,61 | 24,7 ribu"), the cells parted by ``|``
or by tabs. A number in a row takes the unit, scale ("Anggaran (Rp juta)") and metric of its
column; the metric may also come from the table's caption line ("Tabel: Penduduk Miskin Menurut
Kabupaten/Kota di Riau, 2015")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ... import lexicon
from ...numbers import SCALES
from ..dates import MONTHS

#: the cue words of this module's patterns (``data/relation_cues.yaml``), compiled below once
_R = lexicon.load("relation_cues")

#: the unit family a column label names, first match wins
_FAMILY_RE = (
    ("pct", re.compile(_R["family_pct"], re.I)),
    ("idr", re.compile(_R["family_idr"], re.I)),
    ("households", re.compile(_R["family_households"], re.I)),
    ("persons", re.compile(_R["family_persons"], re.I)),
)
_UNIT_OF = {"pct": "percent", "idr": "idr", "households": "households", "persons": "persons"}
#: a scale named in a column label: "(Rp juta)", "(ribu jiwa)"
_SCALE_RE = re.compile(_R["scale"], re.I)
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
#: a period in a label or caption: "Kemiskinan Maret 2025 (%)", "..., 2015"
#: a column labelled by an area ("Perkotaan", "Perdesaan"): its values are that area's (cues.yaml ``area``)
_AREA_LABELS = tuple((area, re.compile(r"^\W*(?:" + "|".join(words) + r")\W*$", re.I))
                     for area, words in lexicon.load("cues")["area"].items())
_PERIOD_RE = re.compile(r"(?:\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\s+)?\b((?:19|20)\d\d)\b", re.I)
#: a caption's month with no year ("kemiskinan Nunukan kondisi Maret dalam empat tahun terakhir"): the rows' month
_CAPTION_MONTH_RE = re.compile(r"\b" + _R["caption_month_lead"] + r"\s+("
                               + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b(?!\s*(?:19|20)\d\d)", re.I)
#: the label of a table's column of places ("Provinsi", "Kabupaten/Kota", "Kecamatan")
_PLACE_KIND_LABEL_RE = re.compile(_R["table_place_kind_label"], re.I)
#: a number that is part of a column's label ("Keluarga Desil 1", "Tahap 2"): no row's value
_LABEL_NUMBER_RE = re.compile(_R["table_label_number"], re.I)
#: a header cell naming the country ("Nasional", "Indonesia"): the nation's column
_NATION_CELL_RE = re.compile(_R["table_nation_cell"], re.I)
#: a column of entries struck off a list or added to it ("Dicoret", "Ditambah"): its cells are the list's changes
_DOWN_LABEL_RE = re.compile(_R["table_down_label"], re.I)
_UP_LABEL_RE = re.compile(_R["table_up_label"], re.I)
#: a column labelled only as a count ("Jumlah", "Total")
_COUNT_LABEL_RE = re.compile(_R["table_count_label"], re.I)


#: the first header cell of a table whose rows name the statistic and whose columns are periods ("Indikator")
_ROW_LABEL_RE = re.compile(_R["table_row_label"], re.I)
#: between two periods a lead lists side by side ("Maret 2015 dan Maret 2025", "2023, 2024")
_PERIOD_LIST_GAP_RE = re.compile(_R["table_period_list_gap"], re.I)
#: the first header cell of a table of areas by period ("Daerah | Sept 2020 | Maret 2021")
_AREA_HEADER_RE = re.compile(_R["table_area_header"], re.I)
#: between the two ends of a span of periods ("2019 hingga 2024")
_PERIOD_SPAN_GAP_RE = re.compile(_R["table_period_span_gap"], re.I)
#: a row label naming a depth or severity index ("P1", "P2 (Indeks Keparahan)"): no percent family for its cells
_INDEX_ROW_RE = re.compile(_R["table_index_row"])


#: the label of a column of row numbers ("No", "No.", "Nomor", "#")
_INDEX_LABEL_RE = re.compile(_R["table_index_label"], re.I)
#: a caption's unit in brackets ("(ribu jiwa)", "(Rp/kapita/bulan)", "(%)")
_CAPTION_UNIT_RE = re.compile(r"\((?:[^()\d]{0,30})\)\s*$")
#: a labelled value on a line of its own ("2021: 24,07", "Perkotaan: 14,12")
_LABEL_LINE_RE = re.compile(r"\s*[^:|\t\n]{1,40}:\s*[\d][\d.,]*\s*$")


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a text table: its label, unit family (None: unknown) and metric (None: unknown)."""

    label: str
    family: str | None
    metric: str | None
    scale: float = 1.0
    year: int | None = None  # the period the label (or else the header or caption) names
    month: int | None = None
    area: str | None = None  # the area the label names ("Perkotaan": urban)
    index: bool = False  # a column of row numbers ("No | Kelurahan | ..."): its cells are no figures
    place: tuple[int, int] | None = None  # the header cell naming the column's place ("Indikator | Wonosobo | Jawa Tengah")
    nation: bool = False  # that cell names the country by a word ("Nasional")
    program: tuple[int, int] | None = None  # the header cell naming the column's programme ("Kecamatan | PKH | BPNT")
    direction: int = 0  # a column of entries struck off (-1) or added (+1): "Kecamatan | Dicoret | Ditambah"

    @property
    def unit(self) -> str | None:
        """The unit of the column's family."""
        return _UNIT_OF.get(self.family or "")


def find_tables(text: str, sents: list[tuple[int, int]], metric_of,
                places: list[tuple[int, int]] | tuple = (),
                programs: list[tuple[int, int]] | tuple = ()) -> dict[int, tuple[list[Column], str]]:
    """The rows of text tables, by sentence number: each row's columns and cell separator.
    ``metric_of(label, family)`` names the metric a label (or the caption line before the header)
    gives numbers of that family. A header is a line with two or more ``|`` (or tab) separated
    labels and no digit outside a year; its rows follow it, one per line, until a line without the
    separator. ``places`` (start, end of each place named in the text) lets a header of places
    ("Indikator | Wonosobo | Jawa Tengah") give each of its columns the place in its cell; ``programs``
    (the same for programmes named in the text) lets a header of programmes over a column of places
    ("Kecamatan | PKH | BPNT") give each column its programme."""
    out: dict[int, tuple[list[Column], str]] = {}
    columns: list[Column] | None = None
    sep = "|"
    by_row_label = False  # the header is "Indikator | <period> | <period>": the rows' labels give unit and scale
    prev_line = ""
    for n, (s, e) in enumerate(sents):
        line = text[s:e]
        line_sep = "|" if "|" in line else "\t" if "\t" in line else None
        if line_sep is None:
            if columns is not None and sep == ":" and _LABEL_LINE_RE.match(line):
                out[n] = (columns, sep)  # "2021: 24,07" under "Jumlah Penduduk Miskin (ribu jiwa)"
                continue
            columns = None
            if line.rstrip().endswith(":") and "|" in text[e:e + 200]:
                periods = list(_PERIOD_RE.finditer(line))
                if len(periods) >= 2 and len({m.group(0).lower() for m in periods}) == len(periods) and (all(
                        _PERIOD_LIST_GAP_RE.fullmatch(line, a.end(), b.start()) for a, b in zip(periods, periods[1:], strict=False))
                        or (len(periods) == 2 and _PERIOD_SPAN_GAP_RE.fullmatch(line, periods[0].end(), periods[1].start())
                            and n + 1 < len(sents) and _one_unit_cells(text[sents[n + 1][0]:sents[n + 1][1]], 2))):
                    # (periods listed side by side, not a span, "sejak 2019 hingga 2024", nor one in brackets,
                    # "Data kemiskinan 2023 (angka 2024 belum rilis)"; a span's two ends only over values of one unit,
                    # "sejak 2019 hingga 2024 ...:" over "- Persentase: 21,09% | 19,48%")
                    # "Tabel ringkas, Maret 2015 dan Maret 2025:" over "- Persentase penduduk miskin: 11,22% | 8,47%": a
                    # column per period the lead names, in its order (session 21)
                    columns, sep = [_period_column("", m) for m in periods], "|"
                    prev_line = line
                    continue
            caption = _CAPTION_UNIT_RE.search(line)
            if caption is not None and len(line) <= 90 and n + 1 < len(sents) \
                    and not re.search(r"\d", _YEAR_RE.sub("", line)) \
                    and _LABEL_LINE_RE.match(text, sents[n + 1][0], sents[n + 1][1]):
                # an infographic written as lines: a caption with its unit in brackets, then "label: value"
                # lines; the caption is the one column of their values
                family = next((f for f, rx in _FAMILY_RE if rx.search(caption.group(0))), None)
                if family is not None:
                    sm = _SCALE_RE.search(caption.group(0))
                    col = Column(line, family, metric_of(line, family), SCALES[sm.group(1).lower()] if sm else 1.0)
                    columns, sep = [Column("", None, None), col], ":"
            prev_line = line
            continue
        cells = [c.strip() for c in line.split(line_sep)]
        if columns is not None and by_row_label and line_sep == sep and len(cells) == len(columns):
            out[n] = (_row_labelled(columns, cells[0], metric_of), sep)
            prev_line = line
            continue
        by_row_label = False
        if (len(cells) >= 3 or (len(cells) == 2 and _PLACE_KIND_LABEL_RE.fullmatch(cells[0]) is not None)) \
                and not any(re.search(r"\d", _LABEL_NUMBER_RE.sub("", _YEAR_RE.sub("", c))) for c in cells):
            # (two columns only under a place column: "Provinsi | Garis Kemiskinan per Rumah Tangga")
            cols = []
            # the table's period: the one the caption line before the header names, else the first in
            # the header; a label naming its own period keeps it ("Kemiskinan Maret 2025 (%)")
            pm = _PERIOD_RE.search(prev_line) or _PERIOD_RE.search(line)
            table_year = int(pm.group(2)) if pm else None
            # (the month only from the caption: one column's "Kemiskinan Maret 2025 (%)" dates no other column's month)
            cm = _PERIOD_RE.search(prev_line)
            table_month = MONTHS[cm.group(1).lower()] if cm and cm.group(1) else None
            if table_month is None and (bm := _CAPTION_MONTH_RE.search(prev_line)) is not None:
                table_month = MONTHS[bm.group(1).lower()]  # "kondisi Maret dalam empat tahun terakhir:", years in the rows
            # the unit the caption line names ("... Maret 2024 dan Maret 2025 (dalam persen):"): the unit
            # of the columns labelled only by their period ("Maret 2024 | Maret 2025")
            caption_family = next((f for f, rx in _FAMILY_RE if rx.search(prev_line)), None)
            if len(cells) >= 3 and (_ROW_LABEL_RE.fullmatch(cells[0]) is not None or (
                    # ("Daerah | Sept 2020 | Maret 2021" over "Perkotaan (persen) | 7,88 | 7,89": rows of areas, each
                    # with its unit; not rows of places, "Daerah | 2023 | 2024" over "Kabupaten Siak | 5,61 | 5,40")
                    _AREA_HEADER_RE.fullmatch(cells[0]) is not None and n + 1 < len(sents)
                    and _row_area(text[sents[n + 1][0]:sents[n + 1][1]].split(line_sep)[0]) is not None)) \
                    and all(_period_only(c) is not None for c in cells[1:]):
                # "Indikator | Maret 2024 | Maret 2025": a column per period, each row names its statistic (and its unit
                # and scale, "Penduduk miskin (ribu jiwa)"); the caption's unit is not theirs (session 21)
                columns, sep, by_row_label = [Column(cells[0], None, None)] + [
                    _period_column(c, _period_only(c)) for c in cells[1:]], line_sep, True
                prev_line = line
                continue
            for label in cells:
                lm = _PERIOD_RE.search(label)
                year = int(lm.group(2)) if lm else table_year
                # (a label with no period of its own takes the table's month too: "... data kemiskinan Maret 2023:")
                month = (MONTHS[lm.group(1).lower()] if lm.group(1) else None) if lm else table_month
                family = next((f for f, rx in _FAMILY_RE if rx.search(label)), None)
                if family is None and lm is not None and not _PERIOD_RE.sub("", label).strip(" ()-"):
                    family = caption_family
                if family is None and len(cells) == 2 and label is cells[1]:
                    # the one value column of a two-column table: the caption's unit, else the one its label's metric has
                    family = caption_family or next((f for f in ("idr", "pct", "persons", "households")
                                                     if metric_of(label, f) is not None), None)
                if family is None and _COUNT_LABEL_RE.fullmatch(label.strip(" ()")) \
                        and any(rx.search(c) for c in cells if c is not label for f, rx in _FAMILY_RE if f == "pct"):
                    # "Tahun | Persen | Jumlah" under "Berikut perkembangan kemiskinan Nunukan ...": the count beside the
                    # rate, of people (the caption's metric for them)
                    family = "persons"
                metric = None
                if family is not None:
                    metric = metric_of(label, family) or metric_of(prev_line, family)
                sm = _SCALE_RE.search(label)
                area = next((a for a, rx in _AREA_LABELS if rx.match(label)), None)
                cols.append(Column(label, family, metric, SCALES[sm.group(1).lower()] if sm else 1.0, year, month, area,
                                   _INDEX_LABEL_RE.fullmatch(label) is not None))
            if not any(c.family or c.area for c in cols) and len(cols) >= 3 and places:
                # a header of places after the row labels' column ("Indikator | Wonosobo | Jawa Tengah"): each column
                # holds its place's values, the row label names the statistic (session 20)
                spans = _cell_spans(line, line_sep, s)
                # (the country's column named by a word, "Nasional", holds the cell itself)
                # (the empty cells of a row opened and closed by the separator, "| Indikator | Buleleng | Bali |", name
                # nothing; the first cell with words labels the rows)
                filled = [i for i, (a, b) in enumerate(spans) if b > a]
                named = {i: next(((ps, pe) for ps, pe in places if spans[i][0] <= ps and pe <= spans[i][1]), None)
                         or (spans[i] if _NATION_CELL_RE.fullmatch(text, *spans[i]) else None) for i in filled[1:]}
                if len(named) >= 2 and all(named.values()):
                    cols = [Column(c.label, None, None, year=c.year, month=c.month, place=named[i],
                                   nation=named[i] == spans[i] and _NATION_CELL_RE.fullmatch(text, *spans[i]) is not None)
                            if i in named else c for i, c in enumerate(cols)]
                    columns, sep = cols, line_sep
                    prev_line = line
                    continue
            if not any(c.family or c.area for c in cols) and len(cols) >= 3 and programs \
                    and _PLACE_KIND_LABEL_RE.fullmatch(cells[0]) is not None:
                # a header of programmes after the places' column ("Kecamatan | PKH | BPNT" over "Tiris | 3.402 KPM |
                # 5.611 KPM"): each column holds its programme's counts, in the cells' own units (session 22)
                named = {i: next(((ps, pe) for ps, pe in programs if a <= ps and pe <= b), None)
                         for i, (a, b) in enumerate(_cell_spans(line, line_sep, s)) if i > 0}
                if all(named.values()):
                    columns, sep = [c if i == 0 else Column(c.label, None, None, year=c.year, month=c.month,
                                                            program=named[i]) for i, c in enumerate(cols)], line_sep
                    prev_line = line
                    continue
            if not any(c.family or c.area for c in cols) and len(cols) >= 3 \
                    and _PLACE_KIND_LABEL_RE.fullmatch(cells[0]) is not None:
                # a header of changes over a column of places ("Kecamatan | Dicoret | Ditambah" under "Berikut rincian
                # per kecamatan (jumlah keluarga):"): each column holds the list's falls or rises, in the caption's unit
                # (session 23)
                dirs = [-1 if _DOWN_LABEL_RE.fullmatch(c.label) else 1 if _UP_LABEL_RE.fullmatch(c.label) else 0
                        for c in cols[1:]]
                if all(dirs):
                    metric = metric_of(prev_line, caption_family) if caption_family else None
                    columns, sep = [cols[0]] + [Column(c.label, caption_family, metric, year=c.year, month=c.month,
                                                       direction=d) for c, d in zip(cols[1:], dirs, strict=True)], line_sep
                    prev_line = line
                    continue
            # (a header of areas only, "| Periode | Perkotaan | Perdesaan |": the rows' own units)
            columns, sep = (cols, line_sep) if any(c.family or c.area for c in cols) else (None, "|")
        elif columns is not None and line_sep == sep and len(cells) == len(columns):
            out[n] = (columns, sep)
        prev_line = line
    return out


def _cell_spans(line: str, sep: str, start: int) -> list[tuple[int, int]]:
    """The (start, end) in the text of each cell of a line starting at ``start``, its spaces left out."""
    spans, pos = [], start
    for cell in line.split(sep):
        a = pos + len(cell) - len(cell.lstrip())
        spans.append((a, a + len(cell.strip())))
        pos += len(cell) + 1
    return spans


def _period_only(cell: str) -> re.Match | None:
    """The period a header cell names when it names nothing else ("Maret 2024", "(2023)"); None otherwise."""
    m = _PERIOD_RE.search(cell)
    return m if m is not None and not (cell[:m.start()] + cell[m.end():]).strip(" ()-") else None


def _period_column(label: str, m: re.Match) -> Column:
    """A column of the period ``m`` names (year, and month when named), no unit or metric of its own."""
    return Column(label, None, None, year=int(m.group(2)), month=MONTHS[m.group(1).lower()] if m.group(1) else None)


def _one_unit_cells(line: str, count: int) -> bool:
    """Whether a list line holds ``count`` "|"-separated values of one unit ("- Persentase: 21,09% | 19,48%")."""
    cells = line.split("|")
    if len(cells) != count:
        return False
    kinds = {("pct" if ("%" in c or "persen" in c.lower()) else "idr" if "Rp" in c else "other") for c in cells}
    return len(kinds) == 1 and "other" not in kinds


def _row_area(label: str) -> str | None:
    """The area a row's label names before its unit in brackets ("Perkotaan (persen)": urban), if any."""
    bare = label.split("(", 1)[0]
    return next((a for a, rx in _AREA_LABELS if rx.match(bare)), None)


def _row_labelled(columns: list[Column], label: str, metric_of) -> list[Column]:
    """The columns of one row under a header of periods: the unit family, scale, metric and area its own label names."""
    family = None if _INDEX_ROW_RE.match(label) else next((f for f, rx in _FAMILY_RE if rx.search(label)), None)
    if family is None:
        return columns
    sm = _SCALE_RE.search(label)
    scale, metric = SCALES[sm.group(1).lower()] if sm else 1.0, metric_of(label, family)
    area = _row_area(label)
    return [columns[0]] + [Column(c.label, family, metric, scale, c.year, c.month, area) for c in columns[1:]]


def place_columns(row: tuple[list[Column], str], kinds: dict[str, str]) -> dict[int, str]:
    """The columns of a row whose labels name a kind of place ("Kecamatan", "Nama Kelurahan"), by position,
    with that kind (``kinds``: level word -> kind of place)."""
    out = {}
    for i, col in enumerate(row[0]):
        words = col.label.lower().split()
        kind = kinds.get(words[-1]) if words else None
        if kind is not None and len(words) <= 2:
            out[i] = kind
    return out


def column_at(text: str, row_start: int, pos: int, row: tuple[list[Column], str]) -> Column | None:
    """The column of the cell holding position ``pos`` of a row starting at ``row_start``."""
    columns, sep = row
    i = text.count(sep, row_start, pos)
    return columns[i] if i < len(columns) else None
