"""Batch annotation: many inputs in, one durable output, deterministic and resumable.

``run_batch`` reads records (``io.readers``), drops the ids an earlier run already wrote
(``resume``), sends chunks to an engine (``engines``), and appends the results in input order
to a JSONL journal (``io.writers``); for CSV/Parquet the tables are built from the journal at
the end. Because results are written strictly in input order, a killed run has written a
prefix of the input; resuming appends the rest, so the final file is byte-identical to an
uninterrupted run.
"""

from __future__ import annotations

import itertools
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .engines import Engine, PipelineSpec, make_engine
from .io.readers import count_records, expand_inputs, iter_records
from .io.writers import (
    JsonlAppender,
    OutputPaths,
    jsonl_to_tables,
    output_paths,
    require_table_support,
    scan_jsonl,
)

#: Exit codes of ``kemiskinan-ie annotate``.
EXIT_OK, EXIT_USAGE, EXIT_FAILED_ARTICLES, EXIT_INTERRUPTED = 0, 2, 3, 130


class OutputExists(ValueError):
    """The output exists and neither resume nor overwrite was asked for (a usage error)."""


class EngineUnavailable(ValueError):
    """The engine could not start (e.g. no Dask scheduler at the address given)."""


@dataclass
class BatchSummary:
    """What a batch did. ``errors_total`` counts error records in the whole output (resumed part too)."""

    written: int = 0
    skipped: int = 0
    errors: int = 0
    errors_total: int = 0
    records_total: int = 0
    repaired_bytes: int = 0
    bad_lines: list[int] = field(default_factory=list)
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)
    tables: dict[str, int] = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        """0 when no article in the output failed, 3 otherwise."""
        return EXIT_FAILED_ARTICLES if self.errors_total else EXIT_OK

    def line(self) -> str:
        """A one-line human summary."""
        rate = self.written / self.seconds if self.seconds > 0 else 0.0
        parts = [f"annotated {self.written} articles in {self.seconds:.1f}s ({rate:.1f}/s)"]
        if self.skipped:
            parts.append(f"{self.skipped} already done (resume)")
        parts.append(f"{self.errors} failed" if self.errors else "none failed")
        if self.errors_total != self.errors:
            parts.append(f"{self.errors_total} error records in output")
        if self.repaired_bytes:
            parts.append(f"cut a partial last line ({self.repaired_bytes} bytes)")
        return "; ".join(parts) + " -> " + ", ".join(str(p) for p in self.outputs)


def chunked(records: Iterable[dict], size: int) -> Iterator[list[dict]]:
    """Split a record stream into lists of ``size``."""
    it = iter(records)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


def annotate_records(
    records: Iterable[dict],
    *,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    batch_size: int = 64,
    chunk_size: int | None = None,
    spec: PipelineSpec | None = None,
    timeout: float | None = None,
    engine_obj: Engine | None = None,
) -> Iterator[tuple[str, bool]]:
    """Annotate records and yield ``(json_line, failed)`` in input order (the engine is closed at the end).

    ``engine_obj``: an engine already made by ``engines.make_engine`` (then ``engine``, ``workers``,
    ``scheduler``, ``spec`` and ``timeout`` only choose the chunk size).
    """
    eng = engine_obj or make_engine(
        engine, workers=workers, spec=spec, batch_size=batch_size, scheduler=scheduler, timeout=timeout
    )
    size = chunk_size or (batch_size if engine == "local" and workers <= 1 else max(1, min(batch_size, 32)))
    try:
        for out in eng.map(chunked(records, size)):
            yield from out
    finally:
        eng.close()


class _Progress:
    """A rich progress bar on stderr (articles, articles/s, ETA), or nothing."""

    def __init__(self, enabled: bool, total: int | None, done: int):
        self.enabled = enabled
        self._p: Any = None
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task: Any) -> Text:
                speed = task.finished_speed or task.speed
                return Text(f"{speed:,.1f} art/s" if speed else "-- art/s", style="progress.data.speed")

        self._p = Progress(
            SpinnerColumn(), TextColumn("[bold]annotate"), BarColumn(), MofNCompleteColumn(), Rate(),
            TextColumn("{task.fields[errors]} failed"), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=Console(stderr=True), transient=False, speed_estimate_period=10.0,
        )
        self._p.start()
        self._task = self._p.add_task("annotate", total=total, errors=0, completed=0)
        del done

    def advance(self, n: int, errors: int) -> None:
        if self._p is not None:
            self._p.update(self._task, advance=n, errors=errors)

    def stop(self) -> None:
        if self._p is not None:
            self._p.stop()


def run_batch(
    inputs: Sequence[str | os.PathLike],
    output: str | os.PathLike,
    *,
    fmt: str | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    batch_size: int = 64,
    chunk_size: int | None = None,
    resume: bool = False,
    overwrite: bool = False,
    progress: bool | None = None,
    spec: PipelineSpec | None = None,
    fsync_every: int = 64,
    max_chars: int | None = None,
    timeout: float | None = None,
) -> BatchSummary:
    """Annotate every article of ``inputs`` into ``output``; see the module docstring.

    progress: ``None`` shows a bar only when stderr is a terminal.
    max_chars: cut longer texts (with a warning) before processing; deterministic.
    timeout: seconds per article, local engines only; an article over time becomes an
    ``ArticleTimeout`` error record (this depends on machine speed, so it is off by default).
    Raises ``InputNotFound``/``OutputExists``/``ValueError``/``ImportError`` for usage problems
    before any work starts; a failing article never raises (it becomes an error record).
    """
    t0 = time.perf_counter()
    paths: OutputPaths = output_paths(output, fmt)
    require_table_support(paths.fmt)
    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r}: use 'local' or 'dask'")
    if workers < 1 or batch_size < 1 or (chunk_size is not None and chunk_size < 1):
        raise ValueError("--workers, --batch-size and --chunk-size must be at least 1")
    if (max_chars is not None and max_chars < 1) or (timeout is not None and timeout <= 0):
        raise ValueError("--max-chars and --timeout must be positive")
    files = expand_inputs(inputs)
    summary = BatchSummary(outputs=paths.all())
    exists = paths.journal.exists() and paths.journal.stat().st_size > 0
    if exists and not (resume or overwrite):
        raise OutputExists(f"{paths.journal} exists: pass --resume to continue it or --overwrite to replace it")
    done: set[str] = set()
    if resume and exists:
        state = scan_jsonl(paths.journal, repair=True)
        done = state.ids
        summary.repaired_bytes = state.repaired_bytes
        summary.bad_lines = state.bad_lines
        summary.errors_total = state.errors
        summary.records_total = state.records
    try:  # start the engine before touching the output, so a failure leaves nothing behind
        eng = make_engine(engine, workers=workers, spec=spec, batch_size=batch_size, scheduler=scheduler,
                          timeout=timeout)
    except ImportError:
        raise
    except Exception as exc:  # noqa: BLE001  unreachable scheduler, pipeline that cannot be built, ...
        raise EngineUnavailable(f"cannot start the {engine} engine: {exc}") from exc
    show = (sys.stderr.isatty() if progress is None else progress)
    total = None
    if show:
        total = max(0, count_records(files) - len(done))

    def todo() -> Iterator[dict]:
        for rec in iter_records(files):
            if rec["id"] in done:
                summary.skipped += 1
                continue
            text = rec.get("text")
            if max_chars and isinstance(text, str) and len(text) > max_chars:
                warn = f"text of {len(text)} characters truncated to {max_chars}"
                rec = {**rec, "text": text[:max_chars], "warnings": [*rec.get("warnings", []), warn]}
            yield rec

    sink: JsonlAppender | None = None
    bar = _Progress(False, None, 0)
    try:
        bar = _Progress(show, total, 0)
        sink = JsonlAppender(paths.journal, append=resume, fsync_every=fsync_every)
        pending = 0
        for line, failed in annotate_records(
            todo(), workers=workers, engine=engine, scheduler=scheduler, batch_size=batch_size,
            chunk_size=chunk_size, engine_obj=eng,
        ):
            sink.write(line)
            summary.written += 1
            if failed:
                summary.errors += 1
            pending += 1
            if pending >= 16 or failed:
                bar.advance(pending, summary.errors)
                pending = 0
        bar.advance(pending, summary.errors)
    finally:
        if sink is not None:
            sink.close()
        bar.stop()
        eng.close()
    summary.errors_total += summary.errors
    summary.records_total += summary.written
    if paths.fmt != "jsonl":
        summary.tables = jsonl_to_tables(paths.journal, paths)
    summary.seconds = time.perf_counter() - t0
    return summary
