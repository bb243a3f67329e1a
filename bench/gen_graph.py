"""Generate document graphs shaped like the Party hierarchy, directly as graph writes.

1 centre, 63 provinces, ~700 districts, ~10,000 communes; documents cascade down (each
implements one or two documents of the level above in its own chain) and cite central
documents across levels. Deterministic for a given seed.

    python bench/gen_graph.py 10000   # prints counts
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator

from graph.model import DocumentWrite, Edge, EdgeEvidence, Fact, Node
from ingest.codes import Level
from ingest.models import Place
from ingest.relations import RelationType

PROVINCES, DISTRICTS_PER_PROVINCE, COMMUNES_PER_DISTRICT = 63, 11, 14  # 693 and 9,702 units
# Share of documents per level: central, province, district, commune.
SHARES = (0.01, 0.09, 0.30, 0.60)
_EVIDENCE = (EdgeEvidence(0, 40, "Thực hiện Kết luận số 62-KL/TW của Bộ Chính trị", "opening",
                          "implements", "thực hiện"),)


def _node(key: str, level: Level, place: Place, doc: str, host: bool) -> Node:
    canonical = None if key.startswith("doc:") else key.split("@")[0]
    return Node(key=key, canonical=canonical, base=key, family="party", level=level, place=place,
                host_doc=doc if host else None, title=f"Kế hoạch {doc}" if host else None,
                facts=(Fact("spelling", canonical or key, doc),))


def generate(n_docs: int, *, seed: int = 7) -> Iterator[DocumentWrite]:
    """Yield `n_docs` document writes, top level first (so every target exists already)."""
    rng = random.Random(seed)
    counts = [max(1, int(n_docs * s)) for s in SHARES]
    counts[3] = n_docs - sum(counts[:3])
    central: list[str] = []
    by_province: dict[int, list[str]] = {}
    by_district: dict[tuple[int, int], list[str]] = {}
    info: dict[str, tuple[Level, Place]] = {}

    def write(doc: str, key: str, level: Level, place: Place, targets: list[tuple[str, RelationType]]) -> DocumentWrite:  # noqa: E501
        nodes = [_node(key, level, place, doc, True)]
        edges = []
        for t, ty in dict(targets).items():
            lvl, plc = info[t]
            nodes.append(_node(t, lvl, plc, doc, False))
            edges.append(Edge(key, t, ty, doc, ty.value.lower(), None, _EVIDENCE))
        info[key] = (level, place)
        return DocumentWrite(doc, f"h{doc}", None, key, tuple(nodes), tuple(edges))

    impl, cites = RelationType.IMPLEMENTS, RelationType.CITES
    for i in range(counts[0]):
        targets = [(rng.choice(central), cites)] if central else []
        key = f"{i + 1}-NQ/TW"
        yield write(f"tw{i}", key, Level.CENTRAL, Place(), targets)
        central.append(key)
    for i in range(counts[1]):
        p = i % PROVINCES
        key = f"{i + 1}-KH/TU@p{p}"
        yield write(f"p{i}", key, Level.PROVINCE, Place(f"P{p}"),
                    [(rng.choice(central), impl), (rng.choice(central), cites)])
        by_province.setdefault(p, []).append(key)
    for i in range(counts[2]):
        p, d = rng.randrange(PROVINCES), rng.randrange(DISTRICTS_PER_PROVINCE)
        key = f"{i + 1}-KH/HU@p{p}/d{d}"
        up = by_province.get(p) or [rng.choice(central)]
        yield write(f"d{i}", key, Level.DISTRICT, Place(f"P{p}", f"D{d}"),
                    [(rng.choice(up), impl), (rng.choice(central), cites)])
        by_district.setdefault((p, d), []).append(key)
    districts = list(by_district)
    for i in range(counts[3]):
        p, d = rng.choice(districts)
        c = rng.randrange(COMMUNES_PER_DISTRICT)
        ups = by_district[(p, d)]
        targets = [(rng.choice(ups), impl), (rng.choice(central), cites)]
        if rng.random() < 0.3:
            targets.append((rng.choice(by_province.get(p) or central), impl))
        yield write(f"c{i}", f"doc:c{i}", Level.COMMUNE, Place(f"P{p}", f"D{d}", f"C{c}"), targets)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    writes = list(generate(n))
    print(f"{len(writes)} documents, {sum(len(w.edges) for w in writes)} edges")
