"""Uploads read and extracted in a worker process, so one hostile file cannot hold the server.

Reading and extracting is CPU work in Python: in the server's own process a pathological
upload would hold the interpreter (every other request waits) and its memory. Here each
upload goes to a small pool of worker processes with the file budgets of a bulk run
(`api.ingest_run.Budgets`: time per file, address space per worker). A worker that overruns
its time without returning, or dies, is replaced, and that file alone fails with a reason.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool

from api.ingest_run import Budgets, init_worker, prepare_within_budget
from api.schemas import IngestFileOut, Problem
from api.uploads import Prepared

GRACE_S = 5.0  # beyond the file's own budget, before its worker is killed


def _failure(filename: str, title: str, detail: str) -> IngestFileOut:
    problem = Problem(title=title, status=422, detail=detail, instance=filename)
    return IngestFileOut(filename=filename, ok=False, status=422, error=problem)


class IsolatedExtraction:
    """A lazily started pool of extraction workers for the server's uploads."""

    def __init__(self, workers: int = 2) -> None:
        self._workers = workers
        self._pool: ProcessPoolExecutor | None = None
        self._mutex = threading.Lock()

    def _get(self, budgets: Budgets) -> ProcessPoolExecutor:
        with self._mutex:
            if self._pool is None:
                context = multiprocessing.get_context("forkserver")
                context.set_forkserver_preload(["api.ingest_run"])
                self._pool = ProcessPoolExecutor(
                    self._workers, mp_context=context, initializer=init_worker,
                    initargs=({}, budgets),
                )  # fmt: skip
            return self._pool

    def _discard(self, pool: ProcessPoolExecutor) -> None:
        """Drop a pool whose worker is stuck or dead; the next upload starts a new one."""
        with self._mutex:
            if self._pool is pool:
                self._pool = None
        # ProcessPoolExecutor cannot cancel a running task: end its processes.
        for process in list(getattr(pool, "_processes", {}).values()):
            process.kill()
        pool.shutdown(wait=False, cancel_futures=True)

    def prepare(
        self, data: bytes, *, filename: str, metadata: Mapping[str, str], max_bytes: int
    ) -> Prepared | IngestFileOut:
        """Read and extract one upload in a worker, within the budgets."""
        budgets = Budgets.from_env()
        pool = self._get(budgets)
        try:
            future = pool.submit(
                prepare_within_budget, data, filename=filename, metadata=dict(metadata),
                max_bytes=max_bytes,
            )  # fmt: skip
            return future.result(timeout=budgets.file_seconds + GRACE_S)
        except FutureTimeout:
            self._discard(pool)
            detail = (
                f"{filename}: took over {budgets.file_seconds:g} s to read and extract "
                "(VBGRAPH_FILE_TIMEOUT); skipped"
            )
            return _failure(filename, "TooSlow", detail)
        except BrokenProcessPool:
            self._discard(pool)
            detail = (
                f"{filename}: the extraction worker died on this file (a crash in a reader "
                "library, or out of memory); nothing of it was stored"
            )
            return _failure(filename, "WorkerDied", detail)

    def close(self) -> None:
        with self._mutex:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
