"""The staged Neo4j writer's send chain (graph.staged): batches are written one after
another in the order they were sent, at most IN_FLIGHT of them unwritten, and after a batch
fails nothing sent after it is written and the writer raises its error. No server: the
target is a stand-in that records what it is asked to write."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace
from typing import Any, cast

import pytest

from graph import staged
from graph.neo4j_store import Neo4jStore
from graph.staged import StagedNeo4jWriter


class _Target:
    def __init__(self, fail_on: int | None = None) -> None:
        self.written: list[int] = []
        self.fail_on = fail_on
        self.running = 0
        self.most_running = 0
        self.lock = threading.Lock()

    def change_rows(self, changes: Any) -> None:
        return None

    def apply_changes(self, changes: Any, *, new: Any = (), rows: Any = None) -> None:
        with self.lock:
            self.running += 1
            self.most_running = max(self.most_running, self.running)
        try:
            time.sleep(0.02 if changes.n == 0 else 0.001)  # the first batch is the slowest
            if changes.n == self.fail_on:
                raise RuntimeError(f"batch {changes.n} failed")
            self.written.append(changes.n)
        finally:
            with self.lock:
                self.running -= 1


def _send(writer: StagedNeo4jWriter, batch: int) -> None:
    changes = SimpleNamespace(n=batch, nodes=())
    writer._mirror.take_changes = lambda: changes  # type: ignore[method-assign,assignment,return-value]
    writer._pending = 1
    writer.send()


def test_batches_are_written_in_order_one_at_a_time() -> None:
    target = _Target()
    writer = StagedNeo4jWriter(cast(Neo4jStore, target))
    for batch in range(6):
        _send(writer, batch)
        assert len(writer._sending) <= staged.IN_FLIGHT
    writer.flush()
    assert target.written == list(range(6))
    assert target.most_running == 1


def test_nothing_sent_after_a_failed_batch_is_written() -> None:
    target = _Target(fail_on=1)
    writer = StagedNeo4jWriter(cast(Neo4jStore, target))
    with pytest.raises(RuntimeError, match="batch 1 failed"):
        for batch in range(6):
            _send(writer, batch)
        writer.flush()
    assert target.written == [0]
    assert not writer._sending
