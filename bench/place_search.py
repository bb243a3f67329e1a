"""Search by place on a store's own index against the in-memory index over every node.

A query naming a place ranks the documents placed there first (api.search.named_place); on
the SQLite and Neo4j stores the candidates come from the store (api.search.CandidateSearch).
This compares each store's top 20 with the in-memory index's (`SearchIndex` over every node)
for the 40 most frequent province and district names of the store and five spellings, with
and without the store's place query (`--without-placed`: the text index's candidates only,
as before), and times the searches.

    python -m bench.place_search --build /tmp/place-store            # SQLite, from texts
    python -m bench.place_search --sqlite /tmp/place-store [--neo4j bolt://127.0.0.1:7699]

The Neo4j server must hold the same texts (`--build` with `--neo4j` writes both).

The texts (`--build`): /work/realcorpus and the dev cases' texts (tests/realworld/cases,
never the held-out set), each extracted and ingested in name order; `--neo4j` with `--build`
ingests them into that (cleared) server too.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from api.search import CandidateSearch, SearchIndex
from graph.build import ingest_extraction
from graph.sqlite_store import SQLiteStore
from graph.store import GraphStore, SearchingStore

REAL = Path("/work/realcorpus")
CASES = Path(__file__).resolve().parent.parent / "tests" / "realworld" / "cases"
FIXED = ["Đức Phố", "huyện Sơn Tịnh", "tinh Quang Ngai", "TP.HCM", "Ha Noi"]


def texts() -> Iterator[tuple[str, str]]:
    """(name, text): the real corpus's files, then the dev cases' texts."""
    for path in sorted(REAL.glob("*.txt")):
        yield path.name, path.read_text(encoding="utf-8")
    for path in sorted(CASES.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for case in data if isinstance(data, list) else data["cases"]:
            yield f"case-{case['id']}.txt", case["text"]


def build(stores: list[GraphStore]) -> int:
    from ingest.extract import extract

    n = 0
    for name, text in texts():
        ext = extract(text, path=name)
        for store in stores:
            ingest_extraction(store, ext)
        n += 1
    return n


def queries(index: SearchIndex, nodes: list) -> list[str]:  # type: ignore[type-arg]
    places: Counter[str] = Counter()
    for node in nodes:
        for name in (node.place.province, node.place.district):
            if name:
                places[name] += 1
    return [q for q, _ in places.most_common(40)] + FIXED


def compare(name: str, store: SearchingStore, index: SearchIndex, qs: list[str]) -> None:
    for placed in (False, True):
        search = CandidateSearch(store)
        if not placed:
            search._with_placed = lambda entries, place, wanted: entries  # type: ignore[method-assign]
        same = overlap = placed_same = 0
        times = []
        for q in qs:
            want = [(h.key, h.match) for h in index.search(q, limit=20)]
            start = time.perf_counter()
            got = [(h.key, h.match) for h in search.search(q, limit=20)]
            times.append((time.perf_counter() - start) * 1000)
            same += got == want
            placed_same += [h for h in got if h[1] == "place"] == [
                h for h in want if h[1] == "place"
            ]
            overlap += len({k for k, _ in got} & {k for k, _ in want})
        print(
            f"{name} {'with' if placed else 'without'} place query: top 20 equal in {same} of "
            f"{len(qs)} (their place hits in {placed_same}), mean overlap "
            f"{overlap / len(qs):.1f} of 20; search median "
            f"{statistics.median(times):.1f} ms, mean {statistics.mean(times):.1f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, help="build a SQLite store here from the texts")
    parser.add_argument("--sqlite", type=Path, help="an existing SQLite store's directory")
    parser.add_argument("--neo4j", help="a Neo4j server's bolt URI (NEO4J_PASSWORD, user neo4j)")
    args = parser.parse_args()
    neo = None
    if args.neo4j:
        from graph.neo4j_store import Neo4jStore

        password = os.environ.get("NEO4J_PASSWORD", "vbgraph-dev-password")
        neo = Neo4jStore(args.neo4j, "neo4j", password)
    if args.build:
        sqlite = SQLiteStore(args.build)
        if neo is not None:
            neo.clear()
        start = time.perf_counter()
        n = build([sqlite] + ([neo] if neo is not None else []))
        print(f"built {n} texts in {time.perf_counter() - start:.0f} s")
    else:
        sqlite = SQLiteStore(args.sqlite)
    nodes = list(sqlite.iter_nodes())
    index = SearchIndex(nodes)
    qs = queries(index, nodes)
    print(f"{len(nodes)} nodes, {len(qs)} place queries")
    compare("SQLite", sqlite, index, qs)
    if neo is not None:
        compare("Neo4j", neo, index, qs)
        neo.close()
    sqlite.close()


if __name__ == "__main__":
    main()
