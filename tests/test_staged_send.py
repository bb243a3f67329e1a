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
    changes = SimpleNamespace(n=batch, nodes=(), documents=())
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


class _Stored:
    """A stand-in store that records what the writer looks up: found empty or not, under a
    lease this process holds (token 1) or not."""

    def __init__(self, *, empty: bool, token: int | None = 1) -> None:
        self.empty = empty
        self.token = token
        self.asked: list[tuple[str, list[str]]] = []

    def lease_token(self) -> int | None:
        return self.token

    def is_empty(self) -> bool:
        return self.empty

    def heads_for_codes(self, codes: list[str]) -> list[Any]:
        self.asked.append(("codes", sorted(codes)))
        return []

    def heads_by_key(self, keys: list[str]) -> dict[str, Any]:
        self.asked.append(("keys", sorted(keys)))
        return {}

    def stored_records(self, docs: list[str], *, paths: Any = ()) -> list[Any]:
        self.asked.append(("docs", sorted(docs) + sorted(paths)))
        return []


def test_a_store_found_empty_under_the_lease_is_asked_only_for_what_was_sent() -> None:
    target = _Stored(empty=True)
    writer = StagedNeo4jWriter(cast(Neo4jStore, target))
    writer._load_codes(["1/2020/NĐ-CP"])
    writer._load_documents(["d1"], ["a.txt"])
    writer._load_keys(["1/2020/NĐ-CP@x"])
    assert target.asked == []  # nothing sent: nothing stored
    writer._sent_codes.update(["2/2020/NĐ-CP", "2/2020/NĐ-CP@y"])
    writer._sent_docs.add("d2")
    writer._sent_paths.add("b.txt")
    writer._reset()  # the mirror emptied: what was sent is on the server
    writer._load_codes(["1/2020/NĐ-CP", "2/2020/NĐ-CP"])
    writer._load_documents(["d1", "d2"], ["a.txt", "b.txt"])
    writer._load_keys(["1/2020/NĐ-CP@x", "2/2020/NĐ-CP@y"])
    assert target.asked == [
        ("codes", ["2/2020/NĐ-CP"]),
        ("docs", ["d2", "b.txt"]),
        ("keys", ["2/2020/NĐ-CP@y"]),
    ]
    # The lease taken again (another process may have written meanwhile): everything asked.
    target.token, target.asked = 2, []
    writer._reset()
    writer._load_codes(["1/2020/NĐ-CP"])
    assert target.asked == [("codes", ["1/2020/NĐ-CP"])]


@pytest.mark.parametrize(("empty", "token"), [(False, 1), (True, None)])
def test_a_store_not_found_empty_under_the_lease_is_asked_for_everything(
    empty: bool, token: int | None
) -> None:
    target = _Stored(empty=empty, token=token)
    writer = StagedNeo4jWriter(cast(Neo4jStore, target))
    writer._load_codes(["1/2020/NĐ-CP"])
    writer._load_documents(["d1"], ["a.txt"])
    assert target.asked == [("codes", ["1/2020/NĐ-CP"]), ("docs", ["d1", "a.txt"])]
