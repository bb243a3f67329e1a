"""Time the reports (coverage, coverage from the graph, lag, top, top by level and by year,
quality, stats) on a store already holding a generated graph (bench/gen_graph.py), one client,
each report a few times after one untimed run (the server plans each query once).

    python -m bench.bench_reports --uri bolt://127.0.0.1:7689 [--runs 3]        # Neo4j
    python -m bench.bench_reports --backend sqlite --data-dir DIR [--runs 3]    # or embedded

Prints one Markdown row per report: the median and the slowest run in milliseconds, and the
size of the answer (rows listed), so two versions of the code time the same calls.
`report_calls` gives the same calls to bench/bench_graph.py.
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

from graph import lineage, open_store  # noqa: E402
from graph import reports as R  # noqa: E402
from graph.store import GraphStore  # noqa: E402
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


def report_calls(store: GraphStore) -> list[tuple[str, Callable[[], object]]]:
    """The reports timed, by name, on `store`."""
    return [
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=("neo4j", "embedded", "sqlite"), default="neo4j")
    parser.add_argument("--data-dir", type=Path, help="the embedded or SQLite store's directory")
    parser.add_argument("--uri", default=os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", nargs="*", help="names of the reports to time")
    args = parser.parse_args()
    store = open_store(
        args.backend,
        data_dir=args.data_dir,
        neo4j_uri=args.uri,
        user=os.environ.get("NEO4J_USER", "neo4j"),
        password=os.environ.get("NEO4J_PASSWORD", "vbgraph-dev-password"),
        neo4j_timeout_s=30,
    )
    print(f"store: {store.counts()}", flush=True)
    calls = report_calls(store)
    print(f"| report ({args.backend}) | runs | p50 ms | max ms | answer rows |")
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
