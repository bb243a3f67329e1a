"""A generated roll-out whose report answers are known by construction.

`rollout()` records, for every place of a small country (3 provinces × 2 districts × 2
communes, Vietnamese names, the same commune names in every district), which document it
wrote, what that document implements and when; `Rollout.write` puts it through a store as
`DocumentWrite`s, as ingest would. Places that do not implement the root write a plan for an
unrelated resolution (99-NQ/TW), so every place is known to the graph.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from graph.identity import slug
from graph.model import DATE, SPELLING, DocumentWrite, Edge, EdgeEvidence, Fact, Node
from graph.store import GraphStore
from ingest.codes import Level
from ingest.models import Place
from ingest.relations import RelationType
from tests.graph_fixtures import open_test_neo4j

__all__ = ["open_test_neo4j"]  # re-exported for the report and export tests

ROOT = "01-KL/TW"
ROOT_DATE = date(2020, 1, 10)
UNRELATED = "99-NQ/TW"
PROVINCES = {
    "Bắc Giang": ("Tân Yên", "Yên Thế"),
    "Đắk Lắk": ("Krông Pắc", "Ea Kar"),
    "Quảng Ngãi": ("Đức Phố", "Mộ Đức"),
}
COMMUNES = ("Hòa Bình", "Tân Lập")
# Who implements, with the lag in days from ROOT_DATE (None: the plan carries no date).
IMPLEMENTERS: dict[tuple[str, ...], int | None] = {
    ("Bắc Giang",): 30,
    ("Đắk Lắk",): 90,
    ("Bắc Giang", "Tân Yên"): 60,
    ("Đắk Lắk", "Krông Pắc"): 120,
    ("Quảng Ngãi", "Đức Phố"): None,  # its province wrote nothing: implements the root directly
    ("Bắc Giang", "Tân Yên", "Hòa Bình"): 100,
    ("Bắc Giang", "Tân Yên", "Tân Lập"): 200,
    ("Quảng Ngãi", "Đức Phố", "Hòa Bình"): 150,
}
# Central documents cited (CITES) by a few places, for the stub ranking.
CITED = {
    "05-CT/TW": (("Bắc Giang",), ("Đắk Lắk", "Ea Kar")),
    "07-QĐ/TW": (("Quảng Ngãi",),),
}
_LEVELS = (Level.PROVINCE, Level.DISTRICT, Level.COMMUNE)
_ISSUERS = ("TU", "HU", "ĐU")


@dataclass(frozen=True)
class PlannedDoc:
    """One document of the roll-out: who wrote it, what it implements, when."""

    doc: str
    key: str
    code: str
    level: Level
    names: tuple[str, ...]
    day: date | None
    implements: str
    cites: tuple[str, ...] = ()

    @property
    def place(self) -> Place:
        return Place(*(list(self.names) + [None, None])[:3])


@dataclass
class Rollout:
    """The plan of a roll-out and the documents it writes."""

    root: str = ROOT
    root_date: date = ROOT_DATE
    docs: list[PlannedDoc] = field(default_factory=list)

    def by_names(self) -> dict[tuple[str, ...], PlannedDoc]:
        return {d.names: d for d in self.docs}

    def chain(self) -> set[str]:
        """Keys of documents implementing the root, directly or transitively."""
        found, grew = {self.root}, True
        while grew:
            new = {d.key for d in self.docs if d.implements in found} - found
            found |= new
            grew = bool(new)
        return found - {self.root}

    def writes(self) -> Iterator[DocumentWrite]:
        own = (Fact(DATE, self.root_date.isoformat(), "root"), Fact(SPELLING, self.root, "root"))
        root = Node(
            self.root, self.root, self.root, level=Level.CENTRAL, kind="KL", host_doc="root",
            facts=own,
        )  # fmt: skip
        yield DocumentWrite("root", "h", "root.txt", self.root, (root,), ())
        for d in self.docs:
            facts = [Fact(SPELLING, d.code, d.doc)]
            if d.day:
                facts.append(Fact(DATE, d.day.isoformat(), d.doc))
            host = Node(
                d.key, d.code, d.key, kind="KH", level=d.level, place=d.place, host_doc=d.doc,
                facts=tuple(facts),
            )  # fmt: skip
            nodes = [host, self._mention(d, d.implements)]
            nodes += [self._mention(d, c) for c in d.cites]
            edges = [_edge(d.key, d.implements, d.doc, RelationType.IMPLEMENTS)]
            edges += [_edge(d.key, c, d.doc, RelationType.CITES) for c in d.cites]
            yield DocumentWrite(d.doc, "h", f"{d.doc}.txt", d.key, tuple(nodes), tuple(edges))

    def _mention(self, d: PlannedDoc, key: str) -> Node:
        facts = [Fact(SPELLING, key.split("@")[0], d.doc)]
        parent = next((p for p in self.docs if p.key == key), None)
        if key == self.root and d.names == ("Bắc Giang",):
            # Bắc Giang dates the root wrongly and writes it with another type word
            facts += [Fact(DATE, "2020-01-01", d.doc), Fact(SPELLING, "01-TB/TW", d.doc)]
        if parent is not None:
            return Node(key, parent.code, key, kind="KH", level=parent.level,
                        place=parent.place, facts=tuple(facts))  # fmt: skip
        if key.startswith("36-NQ/HU@?"):
            return Node(key, "36-NQ/HU", key, kind="NQ", level=Level.DISTRICT,
                        place=Place(*d.names[:1]), qualified=False, facts=tuple(facts))  # fmt: skip
        code = key
        return Node(key, code, key, kind=code.split("-")[1].split("/")[0], level=Level.CENTRAL,
                    facts=tuple(facts))  # fmt: skip

    def write(self, store: GraphStore) -> None:
        for w in self.writes():
            store.replace_document(w)


def write_review(store: GraphStore, province: str, target: str = ROOT) -> str:
    """A provincial plan of `province` that REVIEWS `target` (a sơ kết); returns its key."""
    key = f"77-KH/TU@{slug(province)}"
    host = Node(key, "77-KH/TU", key, kind="KH", level=Level.PROVINCE, place=Place(province),
                host_doc="review", facts=(Fact(SPELLING, "77-KH/TU", "review"),))  # fmt: skip
    said = (Fact(SPELLING, target, "review"),)
    cited = Node(target, target, target, level=Level.CENTRAL, facts=said)
    edge = _edge(key, target, "review", RelationType.REVIEWS)
    store.replace_document(DocumentWrite("review", "h", "review.txt", key, (host, cited), (edge,)))
    return key


def _edge(source: str, target: str, doc: str, type_: RelationType) -> Edge:
    evidence = (EdgeEvidence(0, 9, "thực hiện" if type_ is RelationType.IMPLEMENTS else "theo"),)
    return Edge(source, target, type_, doc, type_.value.lower(), f"{doc}.txt", evidence)


def _places() -> Iterator[tuple[str, ...]]:
    for province, districts in PROVINCES.items():
        yield (province,)
        for district in districts:
            yield (province, district)
            for commune in COMMUNES:
                yield (province, district, commune)


def rollout() -> Rollout:
    """The roll-out described by IMPLEMENTERS and CITED (see the module docstring)."""
    plan = Rollout()
    keys: dict[tuple[str, ...], str] = {}
    for n, names in enumerate(_places(), start=1):
        depth = len(names)
        code = f"{n}-KH/{_ISSUERS[depth - 1]}"
        key = f"{code}@{'/'.join(slug(x) for x in names)}"
        keys[names] = key
        if names in IMPLEMENTERS:
            lag = IMPLEMENTERS[names]
            day = ROOT_DATE + timedelta(days=lag) if lag is not None else None
            parent = next(
                (keys[names[:i]] for i in range(depth - 1, 0, -1) if names[:i] in IMPLEMENTERS),
                ROOT,
            )
        else:
            day, parent = ROOT_DATE + timedelta(days=400 + n), UNRELATED
        cites = tuple(c for c, where in CITED.items() if names in where)
        if names == ("Bắc Giang", "Yên Thế", "Hòa Bình"):
            cites += ("36-NQ/HU@?c-yen-the",)  # a district code whose place is not known
        plan.docs.append(
            PlannedDoc(f"d{n}", key, code, _LEVELS[depth - 1], names, day, parent, cites)
        )
    return plan


def corpus_store(store: GraphStore) -> GraphStore:
    """`store` with the five sample documents ingested through `graph.ingest_file`."""
    from graph import ingest_file
    from tests.graph_fixtures import CORPUS

    for path in sorted(CORPUS.glob("*.txt")):
        ingest_file(store, path)
    return store
