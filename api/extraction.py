"""Uploads read and extracted in a worker process, so one hostile file cannot hold the server.

Reading and extracting is CPU work in Python: in the server's own process a pathological
upload would hold the interpreter (every other request waits) and its memory. Here each
upload goes to a small pool of worker processes with the file budgets of a bulk run
(`api.ingest_run.Budgets`: time per file, address space per worker). A worker that overruns
its time without returning, or dies, is replaced, and that file alone fails with a reason.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool

from api.ingest_run import Budgets, prepare_within_budget, too_slow, worker_died, worker_pool
from api.schemas import IngestFileOut
from api.uploads import DEFAULT_READ, Prepared, ReadOptions

GRACE_S = 5.0  # beyond the file's own budget, before its worker is killed


class IsolatedExtraction:
    """A lazily started pool of extraction workers for the server's uploads."""

    def __init__(self, workers: int = 2) -> None:
        self._workers = workers
        self._pool: ProcessPoolExecutor | None = None
        self._mutex = threading.Lock()

    def _get(self, budgets: Budgets) -> ProcessPoolExecutor:
        with self._mutex:
            if self._pool is None:
                self._pool = worker_pool(self._workers, {}, budgets)
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
        self,
        data: bytes,
        *,
        filename: str,
        metadata: Mapping[str, str],
        max_bytes: int,
        options: ReadOptions = DEFAULT_READ,
    ) -> Prepared | IngestFileOut:
        """Read and extract one upload in a worker, within the budgets, as `options` say."""
        budgets = Budgets.from_env()
        pool = self._get(budgets)
        try:
            future = pool.submit(
                prepare_within_budget, data, filename=filename, metadata=dict(metadata),
                max_bytes=max_bytes, options=options,
            )  # fmt: skip
            return future.result(timeout=budgets.file_seconds + GRACE_S)
        except FutureTimeout:
            self._discard(pool)
            return too_slow(filename, budgets.file_seconds)
        except BrokenProcessPool:
            self._discard(pool)
            return worker_died(filename, 422)

    def close(self) -> None:
        with self._mutex:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
