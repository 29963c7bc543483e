"""Execution engines for batch annotation: in-process, a local process pool, or Dask.

Every engine takes an iterable of *chunks* (lists of record dicts) and yields, **in input
order**, one list of ``(json_line, failed)`` pairs per chunk. The work on a chunk is always the
same function, ``process_chunk``, so the output bytes do not depend on the engine or on the
number of workers. Workers build the spaCy pipeline once (``worker_nlp`` caches it per
process) and keep it for every chunk they get.
"""

from __future__ import annotations

import gc
import importlib
import multiprocessing as mp
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any, Protocol

ChunkResult = list[tuple[str, bool]]


@dataclass(frozen=True)
class PipelineSpec:
    """How a worker builds its pipeline: ``kemiskinan_ie.load(**load_kwargs)`` or a ``module:function`` factory."""

    factory: str | None = None
    load_kwargs: tuple[tuple[str, Any], ...] = field(default_factory=tuple)

    @classmethod
    def make(cls, factory: str | None = None, **load_kwargs: Any) -> PipelineSpec:
        """Build a spec from keyword arguments of ``kemiskinan_ie.load``."""
        return cls(factory, tuple(sorted(load_kwargs.items())))


_NLP: dict[PipelineSpec, Any] = {}
_LOAD_ERRORS: dict[PipelineSpec, str] = {}


class PipelineLoadError(RuntimeError):
    """The pipeline could not be built in a worker (bad factory, missing model, ...)."""


def worker_nlp(spec: PipelineSpec) -> Any:
    """The pipeline for ``spec``, built once per process and cached."""
    nlp = _NLP.get(spec)
    if nlp is None:
        if spec.factory:
            mod, _, attr = spec.factory.partition(":")
            nlp = getattr(importlib.import_module(mod), attr or "load")()
        else:
            from ..pipeline import load

            nlp = load(**dict(spec.load_kwargs))
        _NLP[spec] = nlp
        # the pipeline's long-lived objects (about half a million, mostly gazetteer tables) leave the cyclic
        # collector's view: its full collections no longer walk them, which took about a tenth of a batch
        gc.collect()
        gc.freeze()
    return nlp


def error_line(rec: dict, exc: BaseException | str, etype: str | None = None) -> str:
    """The JSON line of an error record for ``rec`` (used when a whole chunk could not run)."""
    from ..schema import ArticleResult

    rid = str(rec.get("id", "")) if isinstance(rec, dict) else ""
    try:
        res = ArticleResult.error_record(rid, exc, meta=rec.get("meta") if isinstance(rec, dict) else None)
    except Exception:  # noqa: BLE001
        res = ArticleResult.error_record(rid, exc)
    if etype and res.error is not None:
        res.error.type = etype
    return res.to_json()


class ArticleTimeout(BaseException):
    """Raised by the alarm when one article takes longer than ``timeout`` seconds.

    A ``BaseException`` so that the pipeline's own ``except Exception`` retry does not catch it.
    """


def _on_alarm(signum: int, frame: object) -> None:
    raise ArticleTimeout


def _can_time_out() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _extract_with_timeout(chunk: list[dict], nlp: Any, timeout: float) -> list[Any]:
    """One article at a time, each under a SIGALRM timer; an article over time becomes an error."""
    from ..pipeline import extract_many

    results: list[Any] = []
    old = signal.signal(signal.SIGALRM, _on_alarm)
    try:
        for rec in chunk:
            try:
                signal.setitimer(signal.ITIMER_REAL, timeout)
                try:
                    results.extend(extract_many([rec], nlp=nlp, batch_size=1))
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
            except ArticleTimeout:
                results.append(("ArticleTimeout", f"processing took longer than {timeout:g} s"))
    finally:
        signal.signal(signal.SIGALRM, old)
    return results


def process_chunk(spec: PipelineSpec, chunk: list[dict], batch_size: int = 64, timeout: float | None = None) -> ChunkResult:
    """Annotate one chunk of records; one ``(json_line, failed)`` per record, in order. Never raises
    for a bad record: it becomes an error record.

    timeout: seconds per article (needs SIGALRM and the main thread, as in the local engines;
    ignored elsewhere). An article over time becomes an ``ArticleTimeout`` error record.
    """
    from ..pipeline import extract_many

    nlp = worker_nlp(spec)
    out: ChunkResult = []
    try:
        if timeout and _can_time_out():
            results = _extract_with_timeout(chunk, nlp, timeout)
        else:
            results = list(extract_many(chunk, nlp=nlp, batch_size=batch_size))
    except Exception:  # noqa: BLE001  should not happen; isolate record by record
        results = []
        for rec in chunk:
            try:
                results.extend(extract_many([rec], nlp=nlp, batch_size=1))
            except Exception as exc:  # noqa: BLE001
                results.append(exc)  # type: ignore[arg-type]
    for rec, res in zip(chunk, results, strict=True):
        if isinstance(res, BaseException):
            out.append((error_line(rec, res), True))
            continue
        if isinstance(res, tuple):  # (error type, message) from the timeout path
            out.append((error_line(rec, res[1], res[0]), True))
            continue
        try:
            out.append((res.to_json(), res.error is not None))
        except Exception as exc:  # noqa: BLE001
            out.append((error_line(rec, exc), True))
    return out


class Engine(Protocol):
    """What ``batch.run_batch`` needs from an engine."""

    def map(self, chunks: Iterable[list[dict]]) -> Iterator[ChunkResult]:
        """Results of ``process_chunk`` for each chunk, in input order."""
        ...

    def close(self) -> None:
        """Release workers/clusters."""
        ...


class SerialEngine:
    """Runs every chunk in this process (``--workers 1``)."""

    def __init__(self, spec: PipelineSpec, batch_size: int = 64, timeout: float | None = None):
        self.spec, self.batch_size, self.timeout = spec, batch_size, timeout
        check_pipeline(ping(spec))  # fail before any output is written

    def map(self, chunks: Iterable[list[dict]]) -> Iterator[ChunkResult]:
        """Process chunks one after the other."""
        for chunk in chunks:
            yield process_chunk(self.spec, chunk, self.batch_size, self.timeout)

    def close(self) -> None:
        """Nothing to release."""


def _watch_parent(main_pid: int, ppid: int) -> None:
    import time

    while True:
        time.sleep(0.5)
        try:
            os.kill(main_pid, 0)
            alive = os.getppid() == ppid
        except ProcessLookupError:
            alive = False
        except PermissionError:  # pragma: no cover  (pid reused by another user's process)
            alive = False
        if not alive:  # the batch process died (e.g. SIGKILL): do not linger as an orphan
            os._exit(1)


def _init_worker(spec: PipelineSpec, main_pid: int) -> None:
    """Pool initializer: one thread for numeric libraries, parent watchdog, pipeline loaded once.

    A load failure is remembered (not raised, which would break the pool) and reported by ``ping``.
    """
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    threading.Thread(target=_watch_parent, args=(main_pid, os.getppid()), daemon=True).start()
    ping(spec)


def ping(spec: PipelineSpec) -> str | None:
    """Build (or reuse) the pipeline for ``spec`` in this process; the error text if that fails."""
    if spec in _LOAD_ERRORS:
        return _LOAD_ERRORS[spec]
    try:
        worker_nlp(spec)
    except Exception as exc:  # noqa: BLE001
        _LOAD_ERRORS[spec] = f"{type(exc).__name__}: {exc}"
        return _LOAD_ERRORS[spec]
    return None


def check_pipeline(err: str | None) -> None:
    """Raise ``PipelineLoadError`` for an error text from ``ping``."""
    if err:
        raise PipelineLoadError(f"the pipeline could not be built: {err}")


def _mp_context() -> mp.context.BaseContext:
    """``forkserver`` where available (workers fork from a clean process that has already imported
    spaCy and the pipeline modules, so they start fast and share no threads), else ``spawn``."""
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["kemiskinan_ie.pipeline", "kemiskinan_ie.components", "kemiskinan_ie.engines"])
        return ctx
    return mp.get_context("spawn")


#: how often a wait for a chunk checks that the pool's worker processes are still alive (seconds)
LIVENESS_POLL_S = 2.0


class PoolEngine:
    """A pool of ``workers`` processes (forkserver or spawn: the parent's threads and state are not copied).

    At most ``workers * inflight`` chunks are queued at a time, so memory stays flat on huge
    inputs. If a worker process dies (a crash, the OOM killer), the pool is restarted and the
    chunks in flight are redone one record at a time, so only the record that kills a worker
    becomes an error record (``WorkerCrashed``).
    """

    def __init__(
        self, spec: PipelineSpec, workers: int, batch_size: int = 64, inflight: int = 3, timeout: float | None = None
    ):
        self.spec, self.workers, self.batch_size, self.timeout = spec, max(1, workers), batch_size, timeout
        self.max_inflight = self.workers * max(1, inflight)
        self._ctx = _mp_context()
        self._pool: ProcessPoolExecutor | None = None
        try:  # wait for one worker to have built the pipeline, and fail early if it cannot
            check_pipeline(self._executor().submit(ping, spec).result())
        except BaseException:
            self.close()
            raise

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=self._ctx, initializer=_init_worker, initargs=(self.spec, os.getpid())
            )
        return self._pool

    def _restart(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def _submit(self, chunk: list[dict]) -> Future:
        """Queue ``chunk`` on the pool. A pool that broke since the last submission (a worker died on a chunk still in
        flight) refuses new work at once; the chunk then gets a future holding that error, so it is redone when the
        results reach it, like the other chunks in flight, instead of the error escaping from the window's refill."""
        try:
            return self._executor().submit(process_chunk, self.spec, chunk, self.batch_size, self.timeout)
        except BrokenProcessPool as exc:
            fut: Future = Future()
            fut.set_exception(exc)
            return fut

    def _wait(self, fut: Future) -> ChunkResult:
        """``fut.result()``, checking every ``LIVENESS_POLL_S`` seconds that no worker process has died
        unnoticed: the pool normally reports a dead worker itself (``BrokenProcessPool``), but when a
        worker dies while the pool is being replaced the report can be lost and the wait would never
        end; a dead worker then breaks the pool here."""
        while True:
            try:
                return fut.result(timeout=LIVENESS_POLL_S)
            except TimeoutError:
                procs = getattr(self._pool, "_processes", None) or {}
                if any(proc.exitcode is not None for proc in list(procs.values())):
                    raise BrokenProcessPool("a worker process died and the pool did not report it") from None

    def _isolate(self, chunk: list[dict]) -> ChunkResult:
        out: ChunkResult = []
        for rec in chunk:
            try:
                out.extend(self._wait(self._submit([rec])))
            except BrokenProcessPool:
                self._restart()
                out.append((error_line(rec, "the worker process died while processing this article",
                                       "WorkerCrashed"), True))
            except Exception as exc:  # noqa: BLE001  e.g. a record that cannot be pickled
                out.append((error_line(rec, exc), True))
        return out

    def map(self, chunks: Iterable[list[dict]]) -> Iterator[ChunkResult]:
        """Process chunks in parallel, yielding results in input order."""
        for chunk, fut, window in ordered_window(chunks, self._submit, self.max_inflight):
            try:
                out = self._wait(fut)
            except BrokenProcessPool:
                rest = [c for c, _ in window]
                window.clear()
                self._restart()
                out = self._isolate(chunk)
                window.extend((c, self._submit(c)) for c in rest)
            except Exception:  # noqa: BLE001
                out = self._isolate(chunk)
            yield out

    def close(self) -> None:
        """Stop the worker processes (without waiting on a pool one of whose workers died unreported:
        its other workers are terminated instead)."""
        if self._pool is not None:
            procs = list((getattr(self._pool, "_processes", None) or {}).values())
            dead = any(proc.exitcode is not None for proc in procs)
            self._pool.shutdown(wait=not dead, cancel_futures=True)
            if dead:
                for proc in procs:
                    if proc.exitcode is None:
                        proc.terminate()
            self._pool = None


def ordered_window(
    chunks: Iterable[list[dict]], submit: Callable[[list[dict]], Any], size: int
) -> Iterator[tuple[list[dict], Any, deque]]:
    """Submit chunks with at most ``size`` in flight and hand them back in input order.

    Yields ``(chunk, future, window)``; the caller may clear and refill ``window`` (the chunks still
    in flight) to resubmit them, e.g. after a worker pool broke. The window is topped up after each
    yield, so results are consumed before more work is queued.
    """
    it = iter(chunks)
    window: deque[tuple[list[dict], Any]] = deque()

    def fill() -> None:
        while len(window) < size:
            chunk = next(it, None)
            if chunk is None:
                return
            window.append((chunk, submit(chunk)))

    fill()
    while window:
        chunk, fut = window.popleft()
        yield chunk, fut, window
        fill()


def make_engine(
    engine: str = "local",
    *,
    workers: int = 1,
    spec: PipelineSpec | None = None,
    batch_size: int = 64,
    scheduler: str | None = None,
    timeout: float | None = None,
) -> Engine:
    """An engine by name: ``local`` (serial for one worker, else a process pool) or ``dask``.

    ``timeout`` (seconds per article) is honoured by the local engines only.
    """
    spec = spec or PipelineSpec()
    if engine == "local":
        if workers <= 1:
            return SerialEngine(spec, batch_size, timeout)
        return PoolEngine(spec, workers, batch_size, timeout=timeout)
    if engine == "dask":
        from .dask_engine import DaskEngine

        return DaskEngine(spec, scheduler=scheduler, workers=max(1, workers), batch_size=batch_size)
    raise ValueError(f"unknown engine {engine!r}: use 'local' or 'dask'")
