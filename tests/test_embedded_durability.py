"""Crash safety of the embedded store: a killed writer never leaves a corrupt or half-written store.

Real files and real processes only: a child process ingests documents into a temporary data
directory and is SIGKILLed at random moments; the files it leaves are then opened and checked
against an in-memory store that replayed the same writes. The other tests damage the files the
way a crash (or a disk) would and check what opening them does.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graph import embedded
from graph.build import ingest_extraction
from graph.embedded import EmbeddedStore
from graph.errors import StoreCorrupt
from graph.model import DocumentWrite, Edge, EdgeEvidence, Fact, Node
from ingest.codes import Level
from ingest.models import Place
from ingest.relations import RelationType
from tests.graph_fixtures import corpus, hierarchy
from tests.test_graph_store import snapshot

ROOT = Path(__file__).resolve().parent.parent
# Many central resolutions, so no node gathers thousands of facts (each write reads its nodes).
CENTRAL = [f"{i:02d}-NQ/TW" for i in range(1, 98)]
# Every BLOCK_EVERY-th document starts a bulk_write of BLOCK documents (one save for all).
BLOCK_EVERY, BLOCK = 50, 20


# ---------------------------------------------------------------------- the workload
def doc_write(i: int, version: int = 1) -> DocumentWrite:
    """Document d{i}: implements a central resolution, cites an earlier document d{i//2}."""
    doc, key = f"d{i}", f"doc:d{i}"
    central = CENTRAL[(i + version) % len(CENTRAL)]
    nodes = [
        Node(
            key,
            base=key,
            level=Level.DISTRICT,
            place=Place("Bắc Giang", f"D{i % 13}"),
            host_doc=doc,
            title=f"Kế hoạch {doc} v{version}",
            facts=(Fact("spelling", key, doc),),
        ),
        Node(
            central,
            central,
            central,
            level=Level.CENTRAL,
            facts=(
                Fact("spelling", central, doc, 10, 18),
                Fact("date", f"2020-01-{i % 28 + 1:02d}", doc),
            ),
        ),
    ]
    evidence = (EdgeEvidence(0, 9, f"thực hiện {central}"),)
    edges = [Edge(key, central, RelationType.IMPLEMENTS, doc, "implements", f"{doc}.txt", evidence)]
    if i:
        cited = f"doc:d{i // 2}"
        nodes.append(Node(cited, base=cited, facts=(Fact("spelling", cited, doc),)))
        edges.append(Edge(key, cited, RelationType.CITES, doc, "cites", f"{doc}.txt"))
    return DocumentWrite(doc, f"h{i}v{version}", f"{doc}.txt", key, tuple(nodes), tuple(edges))


def steps(start: int) -> Iterator[tuple[int, int]]:
    """The write schedule from document `start` on: (first, end) per atomic write."""
    i = start
    while True:
        end = i + BLOCK if i % BLOCK_EVERY == 0 else i + 1
        yield i, end
        i = end


def apply_step(store: EmbeddedStore, first: int, end: int) -> None:
    if end - first == 1:
        store.replace_document(doc_write(first))
    else:
        store.bulk_write(doc_write(j) for j in range(first, end))


# The child: a small journal threshold makes snapshot rewrites (temp file, fsync, os.replace,
# journal unlink) frequent, so kills land in them as well as in journal appends.
CHILD = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from graph import embedded
from tests.test_embedded_durability import apply_step, steps
embedded.JOURNAL_MIN_BYTES = 16 * 1024
store = embedded.EmbeddedStore(sys.argv[1])
start = store.counts()["documents"]
print("ready", start, flush=True)
for first, end in steps(start):
    apply_step(store, first, end)
    print("ack", end, flush=True)
"""


# ---------------------------------------------------------------------- checks
def check_consistent(store: EmbeddedStore) -> None:
    """Every edge's ends exist, both adjacency indexes agree, counts match a recount."""
    nodes = {n.key: n for n in store.iter_nodes()}
    edges = list(store.iter_edges())
    for e in edges:
        assert e.source in nodes and e.target in nodes, f"edge {e.id} dangles"
    out_ids = sorted(e.id for e in store.out_edges(list(nodes)))
    in_ids = sorted(e.id for e in store.in_edges(list(nodes)))
    assert out_ids == in_ids == sorted(e.id for e in edges)
    documents = sum(1 for i in range(len(nodes) + BLOCK) if store.document(f"d{i}"))
    assert store.counts() == {"nodes": len(nodes), "edges": len(edges), "documents": documents}


def check_prefix(store: EmbeddedStore, written: int) -> None:
    """Documents d0..d{written-1} are each wholly present, and no later document is there."""
    for i in range(written + BLOCK + 1):
        doc = f"d{i}"
        rec = store.document(doc)
        own_edges = sorted(e.id for e in store.out_edges([f"doc:{doc}"]) if e.doc == doc)
        if i < written:
            want = doc_write(i)
            assert rec == want.record, f"{doc} is not as written"
            assert set(store.nodes_by_key(rec.node_keys)) == set(rec.node_keys), doc
            assert own_edges == sorted(e.id for e in want.edges), f"{doc} lacks edges"
        else:
            assert rec is None, f"{doc} is present though {written} documents were written"
            assert own_edges == [] and store.node(f"doc:{doc}") is None, f"{doc} is half there"


def advance(store: EmbeddedStore, written: int) -> EmbeddedStore:
    """Give an in-memory store the child's writes up to `written` documents."""
    for first, end in steps(store.counts()["documents"]):
        if first >= written:
            break
        assert end <= written, f"{written} documents stored: the bulk write {first}..{end} is cut"
        apply_step(store, first, end)
    return store


def files(data: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(data.iterdir()) if p.is_file()}


def _wait_for_line(out: Path, child: subprocess.Popen[bytes], timeout: float = 30.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = out.read_text()
        if text.endswith("\n"):
            return text.splitlines()[0]
        if child.poll() is not None:
            break
        time.sleep(0.002)
    child.kill()
    child.wait()
    stderr = child.stderr.read().decode() if child.stderr else ""
    raise AssertionError(f"the child did not start: {out.read_text()!r}\n{stderr}")


# ---------------------------------------------------------------------- (a) kill -9
def test_writer_killed_at_random_moments_leaves_a_consistent_prefix(tmp_path: Path) -> None:
    data = tmp_path / "graph"
    seed = int(os.environ.get("VBGRAPH_CRASH_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    delays = [0.0, 0.003, 0.01, 0.03, 0.06, 0.1, 0.2, 0.3, 0.5, 0.8, 1.2]
    written, acked_kills, t0 = 0, 0, time.monotonic()
    expected = EmbeddedStore(None)
    for n, delay in enumerate(delays + [1.2] * 20):
        enough = written > BLOCK_EVERY and acked_kills >= 3
        if n >= len(delays) and enough:
            break
        if n >= 6 and enough and time.monotonic() - t0 > 16:
            break  # keep the test within ~20 s on a slow machine
        # A loaded machine starts children slowly and writes less in each: more kills
        # then, with the longest delay, until enough was written (at most ~90 s).
        if time.monotonic() - t0 > 90:
            break
        out = tmp_path / f"child{n}.out"
        with open(out, "wb") as fh:
            child = subprocess.Popen(
                [sys.executable, "-c", CHILD, str(data)], stdout=fh, stderr=subprocess.PIPE
            )
        ready = _wait_for_line(out, child)
        assert ready == f"ready {written}", f"seed {seed}: {ready!r}"
        time.sleep(delay * rng.uniform(0.5, 1.5))
        child.send_signal(signal.SIGKILL)
        child.wait()
        stderr = child.stderr.read().decode() if child.stderr else ""
        assert child.returncode == -signal.SIGKILL, f"seed {seed}: child failed\n{stderr}"
        # whole lines only: the kill may cut the child's last "ack N" line short
        lines = out.read_text().split("\n")[1:-1]
        acks = [int(line.split()[1]) for line in lines if line]
        acked = acks[-1] if acks else written
        acked_kills += bool(acks)

        before = files(data)
        store = EmbeddedStore(data)  # opening succeeds
        check_consistent(store)
        now = store.counts()["documents"]
        where = f"seed {seed}, kill {n} after {delay:.3f} s: {now} stored, {acked} acknowledged"
        # Nothing acknowledged is lost; at most the write in flight is added, whole.
        assert acked <= now, where
        assert now in (acked, next(e for f, e in steps(0) if f >= acked)), where
        check_prefix(store, now)
        assert snapshot(store) == snapshot(advance(expected, now)), where
        assert files(data) == before, "opening a store must not change its files"
        written = now
    assert written > BLOCK_EVERY and acked_kills >= 3, (written, acked_kills)


# ---------------------------------------------------------------------- journal damage
def _store_with_journal(data: Path, docs: int) -> EmbeddedStore:
    """d0 in the snapshot, d1..d{docs-1} one journal line each."""
    store = EmbeddedStore(data)
    for i in range(docs):
        store.replace_document(doc_write(i))
    lines = (data / "graph.journal").read_bytes().splitlines(keepends=True)
    assert len(lines) == docs - 1 and all(line.endswith(b"\n") for line in lines)
    return store


def _in_memory(docs: range) -> EmbeddedStore:
    store = EmbeddedStore(None)
    for i in docs:
        store.replace_document(doc_write(i))
    return store


@pytest.mark.parametrize("tear", ["half a line", "all but the newline", "zeroed block"])
def test_torn_last_journal_line_is_dropped(tmp_path: Path, tear: str) -> None:
    data = tmp_path / "g"
    _store_with_journal(data, 5)
    journal = data / "graph.journal"
    blob = journal.read_bytes()
    start = blob.rindex(b"\n", 0, len(blob) - 1) + 1  # the last line: d4
    last = blob[start:]
    torn = {
        "half a line": last[: len(last) // 2],
        "all but the newline": last[:-1],
        "zeroed block": last[:8] + b"\0" * (len(last) - 8),
    }[tear]
    journal.write_bytes(blob[:start] + torn)

    store = EmbeddedStore(data)
    assert store.document("d4") is None
    assert snapshot(store) == snapshot(_in_memory(range(4)))
    check_consistent(store)
    # The next write is kept (a new snapshot: the torn bytes are not appended to).
    store.replace_document(doc_write(4))
    store.replace_document(doc_write(5))
    again = EmbeddedStore(data)
    assert snapshot(again) == snapshot(_in_memory(range(6)))
    assert b"\0" not in (data / "graph.journal").read_bytes()


def test_journal_left_from_an_older_generation_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "g"
    store = _store_with_journal(data, 3)  # journal: d1 v1, d2 v1 on generation 1
    old_journal = (data / "graph.journal").read_bytes()
    # d1 v2 written as a new snapshot (generation 2); the crash came before the old journal
    # was unlinked, so it is still there.
    monkeypatch.setattr(embedded, "JOURNAL_MAX_OPS", 0)
    store.replace_document(doc_write(1, version=2))
    monkeypatch.undo()
    assert not (data / "graph.journal").exists()
    (data / "graph.journal").write_bytes(old_journal)
    generation_1 = json.loads(old_journal.splitlines()[0])[0]
    assert json.loads((data / "graph.json").read_bytes())["generation"] != generation_1

    expected = _in_memory(range(3))
    expected.replace_document(doc_write(1, version=2))
    reopened = EmbeddedStore(data)
    assert reopened.document("d1") == doc_write(1, version=2).record  # not v1 replayed
    assert snapshot(reopened) == snapshot(expected)
    # The next write replaces the stale journal rather than extending it.
    reopened.replace_document(doc_write(3))
    expected.replace_document(doc_write(3))
    assert snapshot(EmbeddedStore(data)) == snapshot(expected)
    journal = data / "graph.journal"
    assert not journal.exists() or generation_1.encode() not in journal.read_bytes()


@pytest.mark.parametrize("damage", ["garbage bytes", "unknown operation", "dangling edge"])
def test_corrupt_journal_line_in_the_middle_is_a_clear_error(tmp_path: Path, damage: str) -> None:
    data = tmp_path / "g"
    _store_with_journal(data, 5)
    journal = data / "graph.journal"
    lines = journal.read_bytes().splitlines(keepends=True)  # d1, d2, d3, d4
    base, ops = json.loads(lines[2])
    if damage == "garbage bytes":
        lines[2] = lines[2][:20] + b"\xff#!" + lines[2][23:]
    elif damage == "unknown operation":
        lines[2] = json.dumps([base, [["x", "doc:d3"], *ops]]).encode() + b"\n"
    else:  # d3's edges without d3's node
        ops = [op for op in ops if not (op[0] == "n" and op[1][0] == "doc:d3")]
        lines[2] = json.dumps([base, ops]).encode() + b"\n"
    journal.write_bytes(b"".join(lines))
    before, mtimes = files(data), {p.name: p.stat().st_mtime_ns for p in data.iterdir()}

    said = r"graph\.journal: kho đồ thị bị hỏng; .* / the graph store is corrupt"
    with pytest.raises(StoreCorrupt, match=said) as err:
        EmbeddedStore(data)
    assert "restore a backup" in str(err.value) and err.value.status == 503
    assert files(data) == before
    assert {p.name: p.stat().st_mtime_ns for p in data.iterdir()} == mtimes


# ---------------------------------------------------------------------- formats and reopening
def _write_old(data: Path, store: EmbeddedStore, docs: list[str], version: int) -> None:
    """The store as a file of an earlier version, every fact in its node's row: version 1
    (stdlib JSON, no mentions: every spelling among the facts) or version 2 (mentions)."""
    nodes = []
    for node in store.iter_nodes():
        row = node.to_row()
        if version == 1:
            row["facts"] = sorted(f.encode() for f in node.facts)
        fields = embedded.V1_NODE_FIELDS if version == 1 else embedded.V2_NODE_FIELDS
        nodes.append([row[f] for f in fields])
    edges = [[e.to_row()[f] for f in embedded.EDGE_FIELDS] for e in store.iter_edges()]
    records = [store.document(d) for d in docs]
    assert all(records) and len(records) == store.counts()["documents"]
    data_: dict[str, Any] = {
        "format": embedded.FORMAT,
        "version": version,
        "nodes": nodes,
        "edges": edges,
        "documents": [
            [r.doc, r.content_hash, r.path, r.host_key, list(r.node_keys)]
            for r in records
            if r is not None
        ],
    }
    data.mkdir()
    blob = json.dumps(data_, ensure_ascii=False, separators=(",", ":")).encode()
    (data / "graph.json").write_bytes(blob)


@pytest.mark.parametrize("version", [1, 2])
def test_earlier_file_versions_still_load(tmp_path: Path, version: int) -> None:
    expected, extractions, writes = EmbeddedStore(None), corpus(), hierarchy(2, 2, 1)
    for extraction in extractions:
        ingest_extraction(expected, extraction)
    expected.bulk_write(writes)
    docs = [x.document.id for x in extractions] + [w.doc for w in writes]
    _write_old(tmp_path / "g", expected, docs, version)
    old = json.loads((tmp_path / "g" / "graph.json").read_bytes())
    width = len(embedded.V1_NODE_FIELDS if version == 1 else embedded.V2_NODE_FIELDS)
    assert {len(row) for row in old["nodes"]} == {width}

    store = EmbeddedStore(tmp_path / "g")
    assert snapshot(store) == snapshot(expected)
    assert store.counts() == expected.counts()
    assert len(store.node("62-KL/TW@X").sources) == 4  # type: ignore[union-attr]
    # Written back as the current version (facts apart from their nodes), and read the same.
    store.replace_document(doc_write(0))
    expected.replace_document(doc_write(0))
    assert json.loads((tmp_path / "g" / "graph.json").read_bytes())["version"] == embedded.VERSION
    assert snapshot(EmbeddedStore(tmp_path / "g")) == snapshot(expected)


def test_two_reopen_cycles_give_identical_snapshots(tmp_path: Path) -> None:
    data = tmp_path / "g"
    store = EmbeddedStore(data)
    for extraction in corpus():
        ingest_extraction(store, extraction)  # a snapshot, then journal lines
    store.bulk_write(hierarchy(2, 2, 1))
    assert (data / "graph.journal").exists()
    written, on_disk = snapshot(store), files(data)

    first = EmbeddedStore(data)
    second = EmbeddedStore(data)
    assert snapshot(first) == snapshot(second) == written
    assert files(data) == on_disk  # reopening writes nothing
    first.replace_document(doc_write(0))
    third, fourth = EmbeddedStore(data), EmbeddedStore(data)
    assert snapshot(third) == snapshot(fourth) == snapshot(first) != written


def test_a_failed_snapshot_write_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os as os_module

    from graph.errors import StoreUnavailable as Unavailable

    store = EmbeddedStore(tmp_path)
    docs = corpus()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os_module, "fsync", disk_full)
    with pytest.raises(Unavailable, match="No space left"):
        ingest_extraction(store, docs[0])
    monkeypatch.undo()
    assert not list(tmp_path.glob("*.tmp"))
    ingest_extraction(store, docs[0])  # once there is room, writes work again
    assert EmbeddedStore(tmp_path).counts()["documents"] == 1
