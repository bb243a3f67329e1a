"""Ingest stays linear when thousands of documents cite one central document (issue 17).

Writes N small commune plans as files, each citing the same three central documents
(62-KL/TW, 18-NQ/TW, 105-QĐ/TW), and ingests them as `vbgraph ingest FOLDER --jobs 1` does, in
a fresh process per run, into each store. Reports the cost per document overall and in the
last tenth of the run (what one more citer costs when the central nodes already hold N-1),
and the writer's peak memory.

    python -m bench.bench_citers                          # 1,000 / 10,000 / 100,000, both stores
    python -m bench.bench_citers --sizes 1000 10000 --backends embedded --out -
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "RESULTS_citers.md"
PLAN = (
    "ĐẢNG ỦY XÃ {i}\nSố {i}-KH/ĐU\n\nKẾ HOẠCH\nthực hiện Kết luận số 62-KL/TW ngày 08/12/2009 "
    "của Bộ Chính trị và Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương\n\n"
    "Căn cứ Quy định số 105-QĐ/TW ngày 19/12/2017, Đảng ủy xã {i} ban hành kế hoạch như sau.\n"
)


def write_corpus(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"plan_{i:06d}.txt").write_text(PLAN.format(i=i), encoding="utf-8")


def child(folder: Path, backend: str, data_dir: Path) -> dict[str, Any]:
    """What `vbgraph ingest FOLDER --jobs 1` runs, timing the last tenth of the documents."""
    from api.ingest_run import RunStats, ingest_files
    from api.settings import Settings, open_configured_store
    from api.uploads import walk
    from graph.store import GraphStore

    store: GraphStore = open_configured_store(Settings(backend=backend, data_dir=data_dir))
    store.clear()
    total = sum(1 for _ in folder.glob("*.txt"))
    marks: dict[int, float] = {}

    def report(_: Any, stats: RunStats) -> None:
        done = stats.files
        if done in (total // 10, total - total // 10, total):
            marks[done] = time.perf_counter()

    start = time.perf_counter()
    batch = getattr(store, "batch", None)
    if callable(batch):
        with batch():
            ingest_files(store, walk([folder]), jobs=1, on_report=report)
    else:
        ingest_files(store, walk([folder]), jobs=1, on_report=report)
    wall = time.perf_counter() - start
    hwm = _peak_mb()  # the writer's, before the whole central node is read below
    head = store.head("62-KL/TW")
    tally = sum(n for values in head.tally.values() for n in values.values()) if head else 0
    show_start = time.perf_counter()
    central = store.node("62-KL/TW")  # what showing it costs: every fact decoded
    show_ms = (time.perf_counter() - show_start) * 1000
    cited_by = len(store.in_edges(["62-KL/TW"]))
    store.close()
    last_tenth = (marks[total] - marks[total - total // 10]) / (total // 10)
    first_tenth = (marks[total // 10] - start) / (total // 10)
    return {
        "n": total, "wall": wall, "per_doc_ms": wall / total * 1000,
        "first_tenth_ms": first_tenth * 1000, "last_tenth_ms": last_tenth * 1000,
        "peak_mb": hwm, "central_facts": len(central.facts) if central else 0,
        "central_tally": tally, "show_ms": show_ms, "cited_by": cited_by,
    }  # fmt: skip


def _peak_mb() -> float:
    """This process's peak resident memory so far (VmHWM), in MB."""
    return next(
        int(line.split()[1]) / 1024
        for line in Path("/proc/self/status").read_text().splitlines()
        if line.startswith("VmHWM:")
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--backends", nargs="+", default=["sqlite", "embedded", "neo4j"])
    parser.add_argument("--out", default=str(RESULTS), help='results file ("-": none)')
    args = parser.parse_args(argv)
    if args.child:
        folder, backend, data_dir = args.child
        print(json.dumps(child(Path(folder), backend, Path(data_dir))))
        return 0
    rows = []
    with tempfile.TemporaryDirectory(prefix="vbgraph-citers-") as tmp_name:
        tmp = Path(tmp_name)
        for n in args.sizes:
            folder = tmp / f"n{n}"
            write_corpus(folder, n)
            for backend in args.backends:
                out = subprocess.run(
                    [sys.executable, "-m", "bench.bench_citers", "--child", str(folder),
                     backend, str(tmp / f"store-{backend}-{n}")],
                    cwd=REPO, capture_output=True, text=True, check=False,
                )  # fmt: skip
                if out.returncode != 0:
                    print(f"{backend} {n}: failed\n{out.stderr[-2000:]}")
                    continue
                r = json.loads(out.stdout.strip().splitlines()[-1])
                r["backend"] = backend
                rows.append(r)
                print(
                    f"{backend:8s} {n:>7,} docs: {r['per_doc_ms']:.2f} ms/doc overall, "
                    f"first tenth {r['first_tenth_ms']:.2f}, last tenth {r['last_tenth_ms']:.2f} "
                    f"ms/doc; peak {r['peak_mb']:.0f} MB; 62-KL/TW holds {r['central_facts']:,} "
                    f"facts (shown in {r['show_ms']:.0f} ms), cited by {r['cited_by']:,}",
                    flush=True,
                )
    lines = [
        "# Many citers of one central document (`python -m bench.bench_citers`)",
        "",
        f"Run {datetime.now().astimezone().isoformat(timespec='seconds')}, 2 vCPU, CPython "
        f"{sys.version.split()[0]}. N small commune plans, each citing 62-KL/TW, 18-NQ/TW and "
        "105-QĐ/TW, ingested from files as `vbgraph ingest FOLDER --jobs 1` does, each run a "
        "fresh process (its peak RSS is the writer's). Last tenth: the cost of one more "
        "citer when the central nodes already hold ~N facts each. Peak RSS: the writer's, "
        "read before the whole central node is shown (show: `store.node('62-KL/TW')`, every "
        "fact decoded, as `vbgraph show` and the API do).",
        "",
        "| store | documents | ms/doc overall | ms/doc, first tenth | ms/doc, last tenth | "
        "peak RSS MB | facts on 62-KL/TW | show 62-KL/TW ms |",
        "|---|---|---|---|---|---|---|---|",
        *(
            f"| {r['backend']} | {r['n']:,} | {r['per_doc_ms']:.2f} | {r['first_tenth_ms']:.2f} "
            f"| {r['last_tenth_ms']:.2f} | {r['peak_mb']:.0f} | {r['central_facts']:,} "
            f"| {r['show_ms']:.0f} |"
            for r in rows
        ),
        "",
    ]
    if args.out != "-":
        out = Path(args.out)
        # Notes kept from the file being replaced: every section after the table ("## …").
        old = out.read_text(encoding="utf-8") if out.exists() else ""
        kept = old[old.index("\n## ") + 1 :] if "\n## " in old else ""
        out.write_text("\n".join(lines) + ("\n" + kept if kept else ""), encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
