"""Run a batch on a Dask cluster (``pip install 'kemiskinan-ie[dask]'``).

Without a scheduler address a small ``dask.distributed.LocalCluster`` is started on the
loopback interface (``workers`` processes x 1 thread, no dashboard) and closed afterwards.
With ``--scheduler tcp://host:8786`` the job goes to an existing cluster whose workers have
kemiskinan_ie installed.

Each partition (chunk of records) is one task running ``engines.process_chunk``, the same
function the local engines run, so the output is byte-identical. A ``WorkerPlugin`` builds the
pipeline when a worker starts, and ``engines.worker_nlp`` keeps it in a module-level cache, so every
worker loads the model once. Results are collected in input order with a bounded number of
partitions in flight.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

from . import ChunkResult, PipelineSpec, check_pipeline, error_line, ordered_window, ping, process_chunk

try:  # the plugin base class only exists when distributed is installed
    from distributed.diagnostics.plugin import WorkerPlugin as _WorkerPluginBase
except ImportError:  # pragma: no cover
    _WorkerPluginBase = object  # type: ignore[assignment,misc]


class PreloadPipeline(_WorkerPluginBase):  # type: ignore[misc,valid-type]
    """Worker plugin: build the pipeline once when a worker starts (or joins later)."""

    name = "kemiskinan-ie-preload"

    def __init__(self, spec: PipelineSpec):
        self.spec = spec

    def setup(self, worker: Any) -> None:
        """Called by Dask on every worker (a load failure is kept for ``ping`` to report)."""
        ping(self.spec)


def _process_partition(spec: PipelineSpec, chunk: list[dict], batch_size: int) -> ChunkResult:
    """The task run on a worker for one partition."""
    return process_chunk(spec, chunk, batch_size)


class DaskEngine:
    """Process chunks as Dask tasks and yield their results in input order."""

    def __init__(
        self,
        spec: PipelineSpec,
        *,
        scheduler: str | None = None,
        workers: int = 2,
        batch_size: int = 64,
        inflight: int = 3,
    ):
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise ImportError("the Dask engine needs dask.distributed: pip install 'kemiskinan-ie[dask]'") from exc
        self.spec, self.batch_size = spec, batch_size
        self._cluster = None
        self._closed = False
        self.client: Any = None
        if scheduler:
            self.client = Client(scheduler, set_as_default=False)
        else:
            self._cluster = LocalCluster(
                n_workers=max(1, workers),
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            self.client = Client(self._cluster, set_as_default=False)
        try:
            self.client.register_plugin(PreloadPipeline(spec), name=PreloadPipeline.name)
            check_pipeline(self.client.submit(ping, spec, pure=False).result())
        except BaseException:
            self.close()
            raise
        n = len(self.client.scheduler_info().get("workers", {})) or max(1, workers)
        self.max_inflight = n * max(1, inflight)

    def _submit(self, chunk: list[dict]) -> Any:
        return self.client.submit(_process_partition, self.spec, chunk, self.batch_size, pure=False)

    def _isolate(self, chunk: list[dict]) -> ChunkResult:
        out: ChunkResult = []
        for rec in chunk:
            try:
                out.extend(self._submit([rec]).result())
            except Exception as exc:  # noqa: BLE001  KilledWorker and the like
                etype = "WorkerCrashed" if type(exc).__name__ == "KilledWorker" else None
                out.append((error_line(rec, exc, etype), True))
        return out

    def map(self, chunks: Iterable[list[dict]]) -> Iterator[ChunkResult]:
        """Submit partitions (a bounded window of them) and yield results in order."""
        for chunk, fut, _window in ordered_window(chunks, self._submit, self.max_inflight):
            try:
                out = fut.result()
            except Exception:  # noqa: BLE001
                out = self._isolate(chunk)
            finally:
                fut.release()
            yield out

    def close(self) -> None:
        """Close the client, and the local cluster when this engine started it (idempotent)."""
        if self._closed:
            return
        self._closed = True
        try:
            if self.client is not None:
                self.client.close()
        finally:
            if self._cluster is not None:
                self._cluster.close()
