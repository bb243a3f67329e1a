"""Time the lineage queries (up, down, path, subgraph, neighbours, an unknown code's close
matches) and the API's search on a store already holding a generated graph
(bench/gen_graph.py), one client.

    python -m bench.bench_queries --load 100000 --uri bolt://127.0.0.1:7688   # clear, write
    python -m bench.bench_queries --docs 100000 --uri bolt://127.0.0.1:7688   # time only

Keys are drawn as bench_graph draws them (seeded), so two versions of the code time the same
calls. Prints one Markdown row per query: p50 and p99 in milliseconds.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_graph import _search_queries  # noqa: E402
from gen_graph import generate  # noqa: E402

from api.search import CandidateSearch  # noqa: E402
from graph import lineage  # noqa: E402
from graph.errors import DocumentNotFound  # noqa: E402
from graph.neo4j_store import Neo4jStore  # noqa: E402


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def _time(fn: Callable[[str], object], keys: list[str]) -> tuple[float, float]:
    times = []
    for k in keys:
        t = time.perf_counter()
        fn(k)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), _pct(times, 0.99)


def _unknown(store: Neo4jStore, text: str) -> None:
    with contextlib.suppress(DocumentNotFound):
        lineage.resolve(store, text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uri", default=os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687"))
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--load", type=int, help="clear the store and write this many first")
    parser.add_argument("--samples", type=int, default=300)
    args = parser.parse_args()
    store = Neo4jStore(
        args.uri,
        os.environ.get("NEO4J_USER", "neo4j"),
        os.environ.get("NEO4J_PASSWORD", "vbgraph-dev-password"),
    )
    n = args.load or args.docs
    writes = list(generate(n))
    if args.load:
        store.clear()
        t = time.perf_counter()
        store.bulk_write(writes)
        print(f"wrote {n:,} documents in {time.perf_counter() - t:.1f} s", flush=True)
    rng = random.Random(1)
    ups = [w.host_key for w in rng.sample(writes, args.samples) if not w.host_key.endswith("/TW")]
    downs = [w.host_key for w in rng.sample(writes[: n // 2], args.samples) if "@" in w.host_key]
    pairs = list(zip(ups, downs, strict=False))
    searcher = CandidateSearch(store)
    typos = [k.replace("-", " ", 1).replace("/", "", 1) + "9" for k in downs]
    calls: list[tuple[str, Callable[[str], object], list[str]]] = [
        ("up", lambda k: lineage.up(store, k), ups),
        ("down", lambda k: lineage.down(store, k), downs),
        ("down, depth 2, limit 200", lambda k: lineage.down(store, k, depth=2, limit=200), downs),
        ("path (directed, any type)", lambda i: lineage.path(store, *pairs[int(i)]),
         [str(i) for i in range(len(pairs))]),
        ("path (undirected, depth 4)",
         lambda i: lineage.path(store, *pairs[int(i)], directed=False, depth=4),
         [str(i) for i in range(min(60, len(pairs)))]),
        ("subgraph (depth 2, limit 200)", lambda k: lineage.subgraph(store, k), ups),
        ("neighbours", lambda k: lineage.neighbours(store, k), ups),
        ("unknown code (close matches)", lambda k: _unknown(store, k), typos[:60]),
        # as bench_graph types them: "12 KH HU", "ke hoach 12"; ranked as the API ranks
        ("search (the API's)", lambda q: searcher.search(q),
         _search_queries(ups[:40] + downs[:20])),
    ]
    print(f"| query ({n:,} documents) | calls | p50 ms | p99 ms |\n|---|---|---|---|")
    for name, fn, keys in calls:
        fn(keys[0])  # plan the query once
        p50, p99 = _time(fn, keys)
        print(f"| {name} | {len(keys)} | {p50:.2f} | {p99:.2f} |", flush=True)
    store.close()


if __name__ == "__main__":
    main()
