"""Time the reports (coverage, coverage from the graph, lag, top, top by level and by year,
quality, stats) on a Neo4j store already holding a generated graph (bench/gen_graph.py), one
client, each report a few times after one untimed run (the server plans each query once).

    python -m bench.bench_reports --uri bolt://127.0.0.1:7689 [--runs 3]

Prints one Markdown row per report: the median and the slowest run in milliseconds, and the
size of the answer (rows listed), so two versions of the code time the same calls.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph import lineage  # noqa: E402
from graph import reports as R  # noqa: E402
from graph.neo4j_store import Neo4jStore  # noqa: E402
from ingest.codes import Level  # noqa: E402

ROOT = "1-NQ/TW"  # the first central resolution of bench/gen_graph.py: implemented everywhere


def _size(answer: Any) -> int:
    if isinstance(answer, dict):
        return sum(_size(v) for v in answer.values()) if answer else 0
    if isinstance(answer, R.Top):
        return len(answer.cited) + len(answer.implemented)
    if isinstance(answer, R.Coverage):
        return sum(lc.total for lc in answer.levels)
    if isinstance(answer, R.Lag):
        return len(answer.rows)
    if isinstance(answer, R.Quality):
        return sum(answer.counts().values())
    return 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uri", default=os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", nargs="*", help="names of the reports to time")
    args = parser.parse_args()
    store = Neo4jStore(
        args.uri,
        os.environ.get("NEO4J_USER", "neo4j"),
        os.environ.get("NEO4J_PASSWORD", "vbgraph-dev-password"),
        timeout_s=30,
    )
    print(f"store: {store.counts()}", flush=True)
    calls: list[tuple[str, Callable[[], object]]] = [
        ("coverage (gazetteer)", lambda: R.coverage(store, ROOT)),
        ("coverage --from-graph", lambda: R.coverage(store, ROOT, from_graph=True)),
        ("lag", lambda: R.lag(store, ROOT)),
        ("top", lambda: R.top(store)),
        ("top --level district", lambda: R.top(store, level=Level.DISTRICT)),
        ("top --year 2020", lambda: R.top(store, year=2020)),
        ("top --by level", lambda: R.top_groups(store, by="level")),
        ("top --by year", lambda: R.top_groups(store, by="year")),
        ("quality", lambda: R.quality(store)),
        ("stats", lambda: lineage.stats(store)),
    ]
    print("| report (Neo4j) | runs | p50 ms | max ms | answer rows |")
    print("|---|---|---|---|---|")
    for name, fn in calls:
        if args.only and name not in args.only:
            continue
        answer = fn()  # planned once, untimed
        times = []
        for _ in range(args.runs):
            t = time.perf_counter()
            fn()
            times.append((time.perf_counter() - t) * 1000)
        print(
            f"| {name} | {args.runs} | {statistics.median(times):,.1f} | {max(times):,.1f} "
            f"| {_size(answer):,} |",
            flush=True,
        )
    store.close()


if __name__ == "__main__":
    main()
