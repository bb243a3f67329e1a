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

from graph.errors import StoreUnavailable

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
        raise StoreUnavailable(f"cannot lock {path}: {exc}") from exc
    _log.warning(
        "vbgraph: một tiến trình khác đang ghi kho đồ thị, đang chờ / waiting: another process "
        "is writing the graph store (%s); waiting for it", path,
    )  # fmt: skip
    deadline = None if wait_s is None else time.monotonic() + wait_s
    while True:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | (fcntl.LOCK_NB if deadline is not None else 0))
            return
        except BlockingIOError:
            if deadline is not None and time.monotonic() >= deadline:
                raise StoreUnavailable(
                    f"một tiến trình khác đang ghi kho đồ thị quá {wait_s:g} giây, không ghi gì; "
                    f"thử lại khi xong / try again when it is done: another process has been "
                    f"writing the graph store for over {wait_s:g} s ({path}), nothing written"
                ) from None
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
        raise StoreUnavailable(f"cannot write the graph store in {directory}: {exc}") from exc
    try:
        acquire(fh, path, wait_s)
        try:
            yield fh
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
    finally:
        fh.close()
