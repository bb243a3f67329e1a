"""Benchmark the graph stores on generated hierarchies (bench/gen_graph.py).

Measures bulk ingest rate, embedded load time, the time of one more single-document write
into the full store, lineage latency (up from communes/districts, down from districts) p50/p99,
and peak RSS; prints a table and writes bench/RESULTS_graph.md. For the embedded and SQLite
stores a second fresh process then opens the store as a user would and times opening, lineage,
the reports (bench/bench_reports.py, one run each) and search, with its own peak RSS (the
first process also holds the generated writes).

    python bench/bench_graph.py                # 10k on both stores, 100k embedded
    python -m bench.bench_graph --backends embedded,sqlite --sizes 100000,1000000 --out -
    python bench/bench_graph.py --neo4j-100k   # also 100k on Neo4j
    python -m bench.bench_graph --backends neo4j --sizes 100000 --neo4j-100k --repeat 3 \
        --out -                                # Neo4j 100k three times, median; no file

With --repeat N each (store, size) runs N times in fresh processes; the table shows the run
with the median ingest rate and lists every run's rate. --out names the results file
(default bench/RESULTS_graph.md; "-" writes none).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_graph import generate  # noqa: E402

from graph import lineage  # noqa: E402
from graph.embedded import EmbeddedStore  # noqa: E402
from graph.errors import StoreUnavailable  # noqa: E402
from graph.sqlite_store import SQLiteStore  # noqa: E402
from graph.store import GraphStore  # noqa: E402

LOCAL = ("embedded", "sqlite")  # stores in a data directory
KEYS = "bench_keys.json"  # the sampled keys, for the process that reopens the store

SAMPLES = 300


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def _latency(store: GraphStore, keys: list[str], fn: str) -> tuple[float, float]:
    walk = lineage.up if fn == "up" else lineage.down
    times = []
    for k in keys:
        t = time.perf_counter()
        walk(store, k)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), _pct(times, 0.99)


def run(backend: str, n: int, data: Path) -> dict[str, object]:
    writes = list(generate(n))
    rng = random.Random(1)
    ups = [w.host_key for w in rng.sample(writes, SAMPLES) if not w.host_key.endswith("/TW")]
    downs = [w.host_key for w in rng.sample(writes[: n // 2], SAMPLES) if "@" in w.host_key]
    (data / KEYS).write_text(json.dumps({"up": ups, "down": downs}))
    store: GraphStore
    if backend == "embedded":
        store = EmbeddedStore(data)
    elif backend == "sqlite":
        store = SQLiteStore(data)
    else:
        from graph.neo4j_store import Neo4jStore

        store = Neo4jStore(os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687"),
                           os.environ.get("NEO4J_USER", "neo4j"),
                           os.environ.get("NEO4J_PASSWORD", "vbgraph-dev-password"))
        store.clear()
    t = time.perf_counter()
    store.bulk_write(writes)
    ingest_s = time.perf_counter() - t
    counts = store.counts()
    load_s = None
    if backend in LOCAL:
        store.close()
        t = time.perf_counter()
        store = EmbeddedStore(data) if backend == "embedded" else SQLiteStore(data)
        load_s = time.perf_counter() - t
    # one more document, written alone (a changed file re-ingested into a large store)
    last = writes[-1]
    extra = replace(last, doc="extra", host_key="doc:extra",
                    nodes=(replace(last.nodes[0], key="doc:extra", host_doc="extra"),
                           *last.nodes[1:]),
                    edges=tuple(replace(e, source="doc:extra", doc="extra") for e in last.edges))
    t = time.perf_counter()
    store.replace_document(extra)
    write1_ms = (time.perf_counter() - t) * 1000
    up50, up99 = _latency(store, ups, "up")
    down50, down99 = _latency(store, downs, "down")
    settings = _neo4j_settings(store) if backend == "neo4j" else ""
    store.close()
    return {"backend": backend, "settings": settings, "docs": n, "nodes": counts["nodes"],
            "edges": counts["edges"],
            "ingest_docs_s": n / ingest_s, "load_s": load_s, "write1_ms": write1_ms,
            "up_p50": up50, "up_p99": up99,
            "down_p50": down50, "down_p99": down99, "rss_mb": _rss_mb()}


def _search_queries(keys: list[str]) -> list[str]:
    """What users type for the documents of `keys`: the code with spaces ("12 KH HU"), the
    type word and number ("ke hoach 12"), the title's words ("ke hoach d12")."""
    out = []
    for k in keys:
        code = k.split("@")[0]
        if code.startswith("doc:"):
            out.append(f"ke hoach {code[4:]}")
        else:
            out.append(code.replace("-", " ").replace("/", " "))
            out.append(f"ke hoach {code.split('-')[0]}")
    return out


def serve(backend: str, n: int, data: Path, *, scans: bool = True) -> dict[str, object]:
    """Open the store in this fresh process and answer as a user would: lineage, reports,
    search; with the open time and this process's peak RSS. `scans` False leaves out what the
    embedded store answers by reading every node (its reports and its search index)."""
    from bench_reports import report_calls

    from api.search import CandidateSearch, Searcher, SearchIndex

    keys = json.loads((data / KEYS).read_text())
    t = time.perf_counter()
    store: GraphStore = EmbeddedStore(data) if backend == "embedded" else SQLiteStore(data)
    open_s = time.perf_counter() - t
    up50, up99 = _latency(store, keys["up"], "up")
    down50, down99 = _latency(store, keys["down"], "down")
    reports: dict[str, float] = {}
    wanted = ("coverage (gazetteer)", "coverage --from-graph", "lag", "top", "quality", "stats")
    for name, fn in report_calls(store):
        if name in wanted and (scans or backend != "embedded"):
            t = time.perf_counter()
            fn()
            reports[name] = (time.perf_counter() - t) * 1000
    if not scans and backend == "embedded":
        store.close()
        return {"backend": backend, "docs": n, "open_s": open_s, "up_p50": up50,
                "up_p99": up99, "down_p50": down50, "down_p99": down99, "reports": reports,
                "index_s": None, "search_p50": None, "search_p99": None, "searches": 0,
                "rss_mb": _rss_mb()}
    t = time.perf_counter()
    searcher: Searcher = (
        SearchIndex(store.iter_nodes()) if backend == "embedded" else CandidateSearch(store)  # type: ignore[arg-type]
    )
    index_s = time.perf_counter() - t
    times = []
    for q in _search_queries(keys["up"][:40] + keys["down"][:20]):
        t = time.perf_counter()
        searcher.search(q)
        times.append((time.perf_counter() - t) * 1000)
    store.close()
    return {"backend": backend, "docs": n, "open_s": open_s, "up_p50": up50, "up_p99": up99,
            "down_p50": down50, "down_p99": down99, "reports": reports, "index_s": index_s,
            "search_p50": statistics.median(times), "search_p99": _pct(times, 0.99),
            "searches": len(times), "rss_mb": _rss_mb()}


def serve_table(rows: list[dict[str, object]]) -> str:
    names = ("coverage (gazetteer)", "coverage --from-graph", "lag", "top", "quality", "stats")
    head = ("| store | docs | open s | up p50/p99 ms | down p50/p99 ms | "
            + " | ".join(f"{n} ms" for n in names)
            + " | search index s | search p50/p99 ms | peak RSS MB |\n|"
            + "---|" * (len(names) + 8))
    lines = [head]
    for r in rows:
        reports: dict[str, float] = r["reports"]  # type: ignore[assignment]
        cells = " | ".join(f"{reports[n]:,.0f}" if n in reports else "–" for n in names)
        search = (f"{r['index_s']:.2f} | {r['search_p50']:.1f} / {r['search_p99']:.1f}"
                  if r["index_s"] is not None else "– | –")
        lines.append(f"| {r['backend']} | {r['docs']:,} | {r['open_s']:.2f} "
                     f"| {r['up_p50']:.2f} / {r['up_p99']:.2f} "
                     f"| {r['down_p50']:.2f} / {r['down_p99']:.2f} | {cells} "
                     f"| {search} | {r['rss_mb']:,.0f} |")
    return "\n".join(lines)


def _neo4j_settings(store: GraphStore) -> str:
    """The server's heap and page cache, as the server reports them."""
    try:
        rows = store._read(  # type: ignore[attr-defined]
            "SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value",
            names=["server.memory.pagecache.size", "server.memory.heap.max_size"],
        )
        conf = {r["name"].split(".")[-2]: r["value"] for r in rows}
        heap = store._read(  # type: ignore[attr-defined]
            "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes "
            "RETURN attributes.HeapMemoryUsage.value.properties.max AS max"
        )
        if heap and heap[0]["max"]:
            conf["heap"] = f"{int(heap[0]['max']) // (1 << 20)}m"
        return f"page cache {conf.get('pagecache', '?')}, heap max {conf.get('heap', '?')}"
    except Exception as exc:  # a report detail only
        return f"settings unknown ({type(exc).__name__})"


def machine() -> str:
    lines = Path("/proc/cpuinfo").read_text().splitlines()
    cpu = next((ln.split(":", 1)[1].strip() for ln in lines if ln.startswith("model name")),
               platform.processor())
    mem = subprocess.run(["free", "-g"], capture_output=True, text=True).stdout.strip()
    python = platform.python_version()
    return f"nproc {os.cpu_count()}; CPU {cpu}; Python {python}\n\n```\n{mem}\n```"


def table(rows: list[dict[str, object]]) -> str:
    head = ("| store | docs | nodes | edges | ingest docs/s | load s | 1-doc write ms "
            "| up p50/p99 ms | down p50/p99 ms | peak RSS MB |\n"
            "|---|---|---|---|---|---|---|---|---|---|")
    lines = [head]
    for r in rows:
        load = f"{r['load_s']:.2f}" if r["load_s"] is not None else "–"
        lines.append(f"| {r['backend']} | {r['docs']:,} | {r['nodes']:,} | {r['edges']:,} "
                     f"| {r['ingest_docs_s']:,.0f} | {load} | {r['write1_ms']:,.1f} "
                     f"| {r['up_p50']:.2f} / {r['up_p99']:.2f} "
                     f"| {r['down_p50']:.2f} / {r['down_p99']:.2f} | {r['rss_mb']:,.0f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--neo4j-100k", action="store_true")
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--backends", default="embedded,neo4j")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--scans-up-to", type=int, default=None, metavar="DOCS",
                        help="time the embedded store's reports and search index (which read "
                        "every node) only up to this many documents")
    parser.add_argument("--out", default=str(Path(__file__).with_name("RESULTS_graph.md")))
    args = parser.parse_args()
    backends = args.backends.split(",")
    plan = []
    for n in (int(s) for s in args.sizes.split(",")):
        plan += [(b, n) for b in LOCAL if b in backends]
        if "neo4j" in backends and (n <= 10_000 or args.neo4j_100k):
            plan.append(("neo4j", n))
    rows, served = [], []
    for backend, n in plan:
        runs = []
        for _ in range(args.repeat):
            with tempfile.TemporaryDirectory() as tmp:
                # one process per run, so peak RSS is per run
                out = subprocess.run([sys.executable, __file__, "--one", backend, str(n), tmp],
                                     capture_output=True, text=True)
                if not out.returncode and backend in LOCAL:
                    scans = args.scans_up_to is None or n <= args.scans_up_to
                    opened = subprocess.run(
                        [sys.executable, __file__, "--open", backend, str(n), tmp,
                         *([] if scans else ["--no-scans"])],
                        capture_output=True, text=True,
                    )  # fmt: skip
                    if opened.returncode:
                        print(f"{backend} {n} open: FAILED\n{opened.stderr[-2000:]}",
                              file=sys.stderr)  # fmt: skip
                    else:
                        served.append(eval(opened.stdout.strip().splitlines()[-1]))
                        print(serve_table(served[-1:]).splitlines()[-1], flush=True)
            if out.returncode:
                print(f"{backend} {n}: FAILED\n{out.stderr[-2000:]}", file=sys.stderr)
                continue
            runs.append(eval(out.stdout.strip().splitlines()[-1]))  # our own repr
            print(table(runs[-1:]).splitlines()[-1], runs[-1]["settings"], flush=True)
        if runs:
            runs.sort(key=lambda r: float(r["ingest_docs_s"]))
            median = runs[(len(runs) - 1) // 2]  # the lower median for an even count
            rates = ", ".join(f"{float(r['ingest_docs_s']):,.0f}" for r in runs)
            print(f"{backend} {n}: ingest docs/s over {len(runs)} runs: {rates}; "
                  f"median {statistics.median(float(r['ingest_docs_s']) for r in runs):,.0f}",
                  flush=True)
            rows.append(median)
    text = (f"# Graph store benchmark\n\nMachine: {machine()}\n\n{table(rows)}\n\n"
            f"{serve_table(served)}\n\n"
            "Ingest is `bulk_write` of generated writes (bench/gen_graph.py), embedded including "
            "the save to disk. Lineage: `up` from random non-central documents, `down` from "
            f"random province/district documents ({SAMPLES} samples each). Peak RSS is the "
            "whole benchmark process for that run (generation included).\n")
    if args.out != "-":
        Path(args.out).write_text(text, encoding="utf-8")
    print(table(rows))
    print(serve_table(served))


if __name__ == "__main__":
    if len(sys.argv) in (5, 6) and sys.argv[1] == "--open":
        print(repr(serve(sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]),
                         scans=sys.argv[5:] != ["--no-scans"])))
    elif len(sys.argv) == 5 and sys.argv[1] == "--one":
        try:
            print(repr(run(sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]))))
        except StoreUnavailable as exc:
            sys.exit(f"store unavailable: {exc}")
    else:
        main()
