"""Durable, resumable JSONL output and flat tables (CSV, Parquet) of figures and entities.

The JSONL file is the journal of a batch: one ``ArticleResult`` line per article, appended in
input order, flushed after every record and fsynced at record boundaries. A run killed with
SIGKILL leaves at most one partial last line, which ``repair_jsonl`` cuts off on resume.

Tables are derived from a finished journal (``jsonl_to_tables``):

* ``<stem>.<ext>`` (the output path): one row per figure, with ``article_id``, ``figure_index``,
  the figure's fields and its ``start``/``end`` offsets into the article text;
* ``<stem>.entities.<ext>``: one row per entity (label, text, offsets, ``attr_*`` columns);
* ``<stem>.articles.<ext>``: one row per article (metadata, counts, warnings, error), so that
  every input id, including failed ones, is accounted for.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..schema import EntityAttrs

FORMATS = ("jsonl", "csv", "parquet")
_SUFFIX_FORMAT = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".parquet": "parquet",
                  ".pq": "parquet"}

FIGURE_COLUMNS: tuple[str, ...] = (
    "article_id", "figure_index", "metric", "value", "unit", "region", "region_code", "year", "month", "kind",
    "approx", "area", "program", "source", "speaker", "text", "start", "end",
)
_ATTR_FIELDS: tuple[str, ...] = tuple(EntityAttrs.model_fields)
ENTITY_COLUMNS: tuple[str, ...] = (
    "article_id", "entity_index", "label", "text", "start", "end", *(f"attr_{a}" for a in _ATTR_FIELDS),
)
ARTICLE_COLUMNS: tuple[str, ...] = (
    "article_id", "title", "published", "source", "article_date", "n_chars", "n_entities", "n_figures",
    "n_warnings", "warnings", "error_type", "error_message",
)

_INT = {"figure_index", "year", "month", "start", "end", "entity_index", "attr_year", "attr_month", "attr_day",
        "n_chars", "n_entities", "n_figures", "n_warnings"}
_FLOAT = {"value", "attr_value"}


def format_for(output: str | os.PathLike, fmt: str | None = None) -> str:
    """The output format: ``fmt`` when given, else from the output suffix, else ``jsonl``."""
    if fmt:
        fmt = fmt.lower()
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
        return fmt
    return _SUFFIX_FORMAT.get(Path(output).suffix.lower(), "jsonl")


@dataclass(frozen=True)
class OutputPaths:
    """Where a batch writes: the JSONL journal and, for table formats, the three tables."""

    fmt: str
    journal: Path
    tables: dict[str, Path] = field(default_factory=dict)

    def all(self) -> list[Path]:
        """Every file this output consists of."""
        return [self.journal, *self.tables.values()]


def output_paths(output: str | os.PathLike, fmt: str | None = None) -> OutputPaths:
    """Files for ``output``: JSONL writes ``output`` itself; csv/parquet write ``output`` (figures),
    ``<stem>.entities.<ext>``, ``<stem>.articles.<ext>`` and keep the journal as ``<stem>.jsonl``."""
    out = Path(output)
    f = format_for(out, fmt)
    if f == "jsonl":
        return OutputPaths(f, out)
    ext = "." + f
    stem = out.with_suffix("") if out.suffix.lower() in (ext, ".pq") else out
    figures = out if out.suffix.lower() in (ext, ".pq") else Path(f"{out}{ext}")
    return OutputPaths(
        f,
        Path(f"{stem}.jsonl"),
        {"figures": figures, "entities": Path(f"{stem}.entities{ext}"), "articles": Path(f"{stem}.articles{ext}")},
    )


@dataclass
class JournalState:
    """What an existing JSONL output already holds (read by ``scan_jsonl``)."""

    ids: set[str] = field(default_factory=set)
    records: int = 0
    errors: int = 0
    bad_lines: list[int] = field(default_factory=list)
    repaired_bytes: int = 0


def repair_jsonl(path: str | os.PathLike) -> int:
    """Cut a partial last line (no trailing newline) left by a killed writer; return bytes removed."""
    p = Path(path)
    if not p.exists():
        return 0
    size = p.stat().st_size
    if size == 0:
        return 0
    with open(p, "rb+") as fh:
        fh.seek(size - 1)
        if fh.read(1) == b"\n":
            return 0
        pos = size
        block = 1 << 16
        keep = 0
        while pos > 0:
            start = max(0, pos - block)
            fh.seek(start)
            chunk = fh.read(pos - start)
            nl = chunk.rfind(b"\n")
            if nl >= 0:
                keep = start + nl + 1
                break
            pos = start
        fh.truncate(keep)
        fh.flush()
        os.fsync(fh.fileno())
    return size - keep


def scan_jsonl(path: str | os.PathLike, repair: bool = True) -> JournalState:
    """Ids already written to a JSONL output (after cutting a partial last line when ``repair``)."""
    state = JournalState()
    p = Path(path)
    if not p.exists():
        return state
    if repair:
        state.repaired_bytes = repair_jsonl(p)
    with open(p, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
                rid = obj["id"]
            except (ValueError, KeyError, TypeError):
                state.bad_lines.append(lineno)
                continue
            state.ids.add(str(rid))
            state.records += 1
            if obj.get("error"):
                state.errors += 1
    return state


class JsonlAppender:
    """Append-only JSONL writer: each record is written whole and flushed at once; ``sync`` fsyncs.

    Records are only ever appended, so a killed run leaves a prefix of the output plus at most
    one partial line.
    """

    def __init__(self, path: str | os.PathLike, *, append: bool, fsync_every: int = 64):
        self.path = Path(path)
        if self.path.parent and not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(self.path, "ab" if append else "wb", buffering=0)
        self._since_sync = 0
        self.fsync_every = max(1, fsync_every)

    def write(self, line: str) -> None:
        """Write one JSON line (without newline) as a single write, then fsync every ``fsync_every``.

        A lone surrogate (only possible inside a JSON string) is written as its ``\\uXXXX``
        escape, which keeps the line valid JSON and UTF-8.
        """
        data = line.encode("utf-8", errors="backslashreplace") + b"\n"
        view = memoryview(data)
        while view:
            n = self._fh.write(view)
            view = view[n:]
        self._since_sync += 1
        if self._since_sync >= self.fsync_every:
            self.sync()

    def sync(self) -> None:
        """Flush and fsync (always at a record boundary)."""
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._since_sync = 0

    def close(self) -> None:
        """Sync and close."""
        if not self._fh.closed:
            self.sync()
            self._fh.close()

    def __enter__(self) -> JsonlAppender:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _iter_results(journal: Path) -> Iterator[dict]:
    with open(journal, "rb") as fh:
        for raw in fh:
            if raw.strip():
                try:
                    yield json.loads(raw)
                except ValueError:
                    continue


def result_rows(obj: dict) -> tuple[list[dict], list[dict], dict]:
    """Flatten one ArticleResult dict into (figure rows, entity rows, article row)."""
    aid = obj.get("id")
    figs = []
    for i, f in enumerate(obj.get("figures") or []):
        row = {c: f.get(c) for c in FIGURE_COLUMNS[2:]}
        row.update(article_id=aid, figure_index=i)
        figs.append(row)
    ents = []
    for i, e in enumerate(obj.get("entities") or []):
        attrs = e.get("attrs") or {}
        row = {"article_id": aid, "entity_index": i, "label": e.get("label"), "text": e.get("text"),
               "start": e.get("start"), "end": e.get("end")}
        row.update({f"attr_{a}": attrs.get(a) for a in _ATTR_FIELDS})
        ents.append(row)
    meta = obj.get("meta") or {}
    err = obj.get("error") or {}
    warns = obj.get("warnings") or []
    art = {
        "article_id": aid, "title": meta.get("title"), "published": meta.get("published"),
        "source": meta.get("source"), "article_date": obj.get("article_date"), "n_chars": len(obj.get("text") or ""),
        "n_entities": len(ents), "n_figures": len(figs), "n_warnings": len(warns),
        "warnings": "; ".join(f"{w.get('code')}: {w.get('message')}" for w in warns) or None,
        "error_type": err.get("type"), "error_message": err.get("message"),
    }
    return figs, ents, art


class _CsvTable:
    def __init__(self, path: Path, columns: tuple[str, ...]):
        self.path, self.tmp = path, Path(f"{path}.tmp")
        self._fh = open(self.tmp, "w", encoding="utf-8", newline="")
        self._w = csv.DictWriter(self._fh, fieldnames=list(columns), lineterminator="\n")
        self._w.writeheader()

    def add(self, rows: Iterable[dict]) -> None:
        self._w.writerows(rows)

    def close(self) -> None:
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()
        os.replace(self.tmp, self.path)


class _ParquetTable:
    def __init__(self, path: Path, columns: tuple[str, ...], rows_per_group: int = 50_000):
        import pyarrow as pa
        import pyarrow.parquet as pq

        def typ(c: str) -> Any:
            return pa.int64() if c in _INT else pa.float64() if c in _FLOAT else pa.string()

        self._pa = pa
        self.path, self.tmp = path, Path(f"{path}.tmp")
        self.columns = columns
        self.schema = pa.schema([pa.field(c, typ(c)) for c in columns])
        self._w = pq.ParquetWriter(self.tmp, self.schema)
        self._buf: list[dict] = []
        self.rows_per_group = rows_per_group

    def add(self, rows: Iterable[dict]) -> None:
        self._buf.extend(rows)
        if len(self._buf) >= self.rows_per_group:
            self._flush()

    def _flush(self) -> None:
        if self._buf:
            cols = {c: [r.get(c) for r in self._buf] for c in self.columns}
            for c in _FLOAT & set(cols):
                cols[c] = [None if v is None else float(v) for v in cols[c]]
            for c in set(cols) - _INT - _FLOAT:
                cols[c] = [None if v is None else str(v) for v in cols[c]]
            self._w.write_table(self._pa.table(cols, schema=self.schema))
            self._buf = []

    def close(self) -> None:
        self._flush()
        self._w.close()
        os.replace(self.tmp, self.path)


def require_table_support(fmt: str) -> None:
    """Raise ``ImportError`` with an install hint when ``fmt`` needs a missing package."""
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
            import pyarrow.parquet  # noqa: F401
        except ImportError as exc:
            raise ImportError("Parquet output needs pyarrow: pip install 'kemiskinan-ie[tables]'") from exc


def jsonl_to_tables(journal: str | os.PathLike, paths: OutputPaths) -> dict[str, int]:
    """Write the figure, entity and article tables of ``paths`` from a JSONL journal; return row counts.

    Tables are written to temporary files and renamed into place, so a reader never sees a
    half-written table. Column sets and types are fixed (empty tables keep their columns).
    """
    if paths.fmt == "jsonl":
        return {}
    require_table_support(paths.fmt)
    kind = _CsvTable if paths.fmt == "csv" else _ParquetTable
    tables = {
        "figures": kind(paths.tables["figures"], FIGURE_COLUMNS),
        "entities": kind(paths.tables["entities"], ENTITY_COLUMNS),
        "articles": kind(paths.tables["articles"], ARTICLE_COLUMNS),
    }
    counts = dict.fromkeys(tables, 0)
    for obj in _iter_results(Path(journal)):
        figs, ents, art = result_rows(obj)
        tables["figures"].add(figs)
        tables["entities"].add(ents)
        tables["articles"].add([art])
        counts["figures"] += len(figs)
        counts["entities"] += len(ents)
        counts["articles"] += 1
    for t in tables.values():
        t.close()
    return counts
