"""Inputs for the graph tests: the sample corpus, hand-made extractions, a generated hierarchy."""

from __future__ import annotations

import fcntl
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, NoReturn

import pytest

from graph.errors import StoreUnavailable
from graph.model import DocumentWrite, Edge, EdgeEvidence, Fact, Node
from graph.neo4j_store import Neo4jStore
from graph.store import GraphStore
from ingest import extract
from ingest.codes import Level
from ingest.models import Evidence, Extraction, HostDocument, Place, Reference, Relation
from ingest.normalize import parse_code
from ingest.relations import RelationType

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"


class BackendContract:
    """Base of the tests every backend must pass: a subclass names its store in `make_store`,
    and each test gets a fresh one as the `store` fixture, closed after it."""

    def make_store(self, tmp_path: Path) -> GraphStore:
        raise NotImplementedError

    @pytest.fixture
    def store(self, tmp_path: Path) -> Iterator[GraphStore]:
        s = self.make_store(tmp_path)
        yield s
        s.close()


# The sample corpus's central documents by their keys: their citers date them in term X (the
# Politburo's conclusion of 2009) and XII (the Secretariat's notice of 2020).
CONCLUSION_62 = "62-KL/TW@X"
NOTICE_160 = "160-TB/TW@XII"
WARD_PLAN = "doc:doc-1c20726a4c84769a"  # 001: ward plan in Đức Phố town
TOWN_PLAN = "74-KH/TU@quang-ngai/duc-pho@2020-2025"  # Thị ủy Đức Phố (Quảng Ngãi, its one province)
PROVINCE_PLAN = "123-KH/TU@?doc-ff97253a8f1f1fde"  # 002, its own 123-KH/TU, province unknown


def neo4j_settings() -> tuple[str, str, str]:
    """The test Neo4j (`make neo4j`): URI, user, password, from the environment; the server is
    held for this run first (`hold_test_server`)."""
    uri = os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687")
    hold_test_server(uri)
    return (
        uri,
        os.environ.get("NEO4J_USER", "neo4j"),
        os.environ.get("NEO4J_PASSWORD", "vbgraph-dev-password"),
    )


# How long a run waits for another run on this machine to let the test server go.
HOLD_WAIT_S = float(os.environ.get("VBGRAPH_TEST_NEO4J_WAIT_S", "1800"))
_held: dict[str, IO[bytes]] = {}  # lock file's path -> the open file that holds its lock


def hold_test_server(uri: str, wait_s: float = HOLD_WAIT_S) -> None:
    """Hold the test server at `uri` for the rest of this process, waiting while another test
    run on this machine holds it: two runs on one server clear and count each other's data
    (a run's tests failed by the dozen when a second one started beside it). The hold is an
    exclusive lock on a file named after the URI, let go by the system when the process ends,
    however it ends."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", uri).strip("-")
    path = Path(tempfile.gettempdir()) / f"vbgraph-test-neo4j-{slug}.lock"
    if str(path) in _held:
        return
    handle = path.open("ab")
    deadline = time.monotonic() + wait_s
    said = False
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if time.monotonic() >= deadline:
                handle.close()
                pytest.fail(
                    f"another test run on this machine holds the test Neo4j at {uri} "
                    f"({path}); give this run its own server (NEO4J_URI) or wait for it"
                )
            if not said:
                print(f"!!! the test Neo4j at {uri} is held by another test run: waiting up "
                      f"to {wait_s:.0f} s !!!", file=sys.stderr)  # fmt: skip
                said = True
            time.sleep(0.2)
    _held[str(path)] = handle


def neo4j_not_running(exc: Exception) -> NoReturn:
    """Fail in CI (the Neo4j tests must run there), else skip with a loud reason."""
    reason = f"!!! Neo4j tests NOT RUN: {exc} (start it: bash scripts/neo4j-start.sh) !!!"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason)
    pytest.skip(reason)


def open_test_neo4j() -> Neo4jStore:
    """The test Neo4j, cleared (the test server is ours)."""
    uri, user, password = neo4j_settings()
    try:
        store = Neo4jStore(uri, user, password)
    except StoreUnavailable as exc:
        neo4j_not_running(exc)
    store.clear()
    return store


def corpus() -> list[Extraction]:
    """The five sample documents, extracted, in file order."""
    return [
        extract(p.read_text(encoding="utf-8"), path=p.name) for p in sorted(CORPUS.glob("*.txt"))
    ]


@dataclass(frozen=True)
class Cite:
    """One cited code in a hand-made extraction."""

    code: str
    type: RelationType = RelationType.IMPLEMENTS
    date: date | None = None
    body: str | None = None
    subject: str | None = None
    alternatives: tuple[str, ...] = ()
    source: str = "HOST"


def make_extraction(
    doc: str,
    cites: Sequence[Cite],
    *,
    code: str | None = None,
    level: Level = Level.DISTRICT,
    place: Place | None = None,
    day: date | None = None,
    version: str = "1",
    body: str = "Ban Thường vụ Huyện ủy",
) -> Extraction:
    """An extraction as `ingest.extract` would give, built by hand for identity tests."""
    refs, rels = [], []
    for i, c in enumerate(cites):
        start = 100 * (i + 1)
        parsed = parse_code(c.code)
        assert parsed is not None, c.code
        refs.append(
            Reference(
                c.code,
                start,
                start + len(c.code),
                "code",
                parsed,
                date=c.date,
                issuing_body=c.body,
                subject=c.subject,
                alternatives=c.alternatives,
            )
        )
        text = f"thực hiện {c.code}"
        rels.append(
            Relation(
                c.source,
                parsed.canonical,
                c.type,
                c.type.value.lower(),
                "thực hiện",
                "body",
                Evidence(start - 10, start + len(c.code), text),
                i,
            )
        )
    host = HostDocument(
        id=doc,
        content_hash=f"{doc}-v{version}",
        code=parse_code(code) if code else None,
        kind="Kế hoạch",
        title=f"Kế hoạch {doc}",
        issuing_body=body,
        level=level,
        place=place or Place(),
        date=day,
    )
    return Extraction(host, tuple(refs), tuple(rels), (), path=f"{doc}.txt")


def hierarchy(provinces: int = 3, districts: int = 2, communes: int = 2) -> list[DocumentWrite]:
    """A small implementation hierarchy, answers known by construction.

    Central 01-NQ/TW; each province p writes 1{p}-KH/TU implementing it; each district d of p
    writes a plan implementing its province's; each commune implements its district's plan
    and CITES 01-NQ/TW. A cycle (the first district's plan also implements the first commune's)
    checks that walks terminate.
    """
    writes: list[DocumentWrite] = []

    def node(key: str, level: Level, place: Place, doc: str, host: bool) -> Node:
        return Node(
            key=key,
            canonical=key.split("@")[0] if "@" in key else None,
            base=key,
            level=level,
            place=place,
            host_doc=doc if host else None,
            facts=(Fact("spelling", key, doc),),
        )

    def edge(s: str, t: str, doc: str, ty: RelationType = RelationType.IMPLEMENTS) -> Edge:
        return Edge(s, t, ty, doc, "implements", f"{doc}.txt", (EdgeEvidence(0, 9, "thực hiện"),))

    top = "01-NQ/TW"
    writes.append(
        DocumentWrite(
            "c",
            "h",
            "c.txt",
            top,
            (
                Node(
                    top,
                    top,
                    top,
                    level=Level.CENTRAL,
                    host_doc="c",
                    facts=(Fact("spelling", top, "c"),),
                ),
            ),
            (),
        )
    )
    for p in range(provinces):
        pk, pplace = f"1{p}-KH/TU@p{p}", Place(f"P{p}")
        writes.append(
            DocumentWrite(
                f"p{p}",
                "h",
                None,
                pk,
                (
                    node(pk, Level.PROVINCE, pplace, f"p{p}", True),
                    node(top, Level.CENTRAL, Place(), f"p{p}", False),
                ),
                (edge(pk, top, f"p{p}"),),
            )
        )
        for d in range(districts):
            dk, dplace = f"doc:p{p}d{d}", Place(f"P{p}", f"D{d}")
            writes.append(
                DocumentWrite(
                    f"p{p}d{d}",
                    "h",
                    None,
                    dk,
                    (
                        node(dk, Level.DISTRICT, dplace, f"p{p}d{d}", True),
                        node(pk, Level.PROVINCE, pplace, f"p{p}d{d}", False),
                    ),
                    (edge(dk, pk, f"p{p}d{d}"),),
                )
            )
            for c in range(communes):
                doc = f"p{p}d{d}c{c}"
                ck = f"doc:{doc}"
                cnodes = (
                    node(ck, Level.COMMUNE, Place(f"P{p}", f"D{d}", f"C{c}"), doc, True),
                    node(dk, Level.DISTRICT, dplace, doc, False),
                    node(top, Level.CENTRAL, Place(), doc, False),
                )
                cedges = (edge(ck, dk, doc), edge(ck, top, doc, RelationType.CITES))
                writes.append(DocumentWrite(doc, "h", None, ck, cnodes, cedges))
    # cycle: p0d0 also implements p0d0c0
    writes.append(
        DocumentWrite(
            "cycle",
            "h",
            None,
            "doc:p0d0",
            (
                node("doc:p0d0", Level.DISTRICT, Place("P0", "D0"), "cycle", False),
                node("doc:p0d0c0", Level.COMMUNE, Place("P0", "D0", "C0"), "cycle", False),
            ),
            (edge("doc:p0d0", "doc:p0d0c0", "cycle"),),
        )
    )
    return writes
