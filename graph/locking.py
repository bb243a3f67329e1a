"""The data directory's writer lock, one flock on ``graph.lock`` shared by the file stores
(embedded and SQLite): a writer of either waits for the other."""

from __future__ import annotations

import contextlib
import fcntl
import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from graph.errors import store_busy, store_failed
from ingest.errors import bilingual

_log = logging.getLogger(__name__)

LOCK_NAME = "graph.lock"


def acquire(fh: IO[bytes], path: Path, wait_s: float | None) -> None:
    """flock `fh` exclusively, waiting at most `wait_s` seconds (None: as long as it takes).

    Raises:
        StoreUnavailable: another writer held it for longer, or it cannot be locked.
    """
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return
    except BlockingIOError:
        pass
    except OSError as exc:  # pragma: no cover - platform specific
        raise store_failed("lock", path, exc) from exc
    _log.warning(
        "%s", bilingual("một tiến trình khác đang ghi vào kho đồ thị; đang chờ nó xong",
                        "another process is writing the graph store; waiting for it",
                        subject=str(path)),
    )  # fmt: skip
    deadline = None if wait_s is None else time.monotonic() + wait_s
    while True:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | (fcntl.LOCK_NB if deadline is not None else 0))
            return
        except BlockingIOError:
            if deadline is not None and time.monotonic() >= deadline:
                raise store_busy(path, wait_s) from None
            time.sleep(0.05)


@contextlib.contextmanager
def writer_lock(directory: Path, wait_s: float | None) -> Iterator[IO[bytes]]:
    """Hold `directory`'s writer lock for the with-block; yields the locked file.

    Raises:
        StoreUnavailable: the lock file cannot be made (a read-only directory), or the lock
            cannot be had in time.
    """
    path = directory / LOCK_NAME
    try:
        fh = open(path, "a+b")  # noqa: SIM115 - held across the with-block below
    except OSError as exc:
        raise store_failed("write", directory, exc) from exc
    try:
        acquire(fh, path, wait_s)
        try:
            yield fh
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
    finally:
        fh.close()
