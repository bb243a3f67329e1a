"""End-to-end ingest benchmark: files on disk → graph, as `vbgraph ingest FOLDER` runs it.

Every measured run is a fresh process running what the CLI runs (`api.uploads.walk` →
`api.ingest_run.ingest_files` inside the store's batch), so start-up, worker pools, reading,
extraction, building and writing are all in the figure. Beside each corpus the same run
measures a **bare pass**: a fresh process that reads the same files, decodes them and runs one
candidate-code regex over them; the ratio to it says what the pipeline costs over touching
the bytes at all.

Corpora:
- `generated`: documents from bench/gen_corpus.py dressed with the character variety of real
  files (tables drawn with box characters, legal symbols ≥ ≤ ± □ § °, Cyrillic look-alike
  letters, bullets) and, beside the 5-30 KB notices, laws of 1-3 MB; written as files.
- `--real DIR`: any folder of real texts.
- `linearity`: one 16 MB document and the same text cut into 100 KB files.

    python -m bench.bench_ingest                          # generated, embedded + Neo4j
    python -m bench.bench_ingest --real ~/texts --mb 30   # and a folder of real texts
    python -m bench.bench_ingest --backends embedded --out -

Writes bench/RESULTS_ingest.md (--out - writes nothing). Neo4j runs need the server
(`make neo4j`); its database is cleared before each run, and untimed runs warm it first
(`--neo4j-warm`, 1 by default).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "RESULTS_ingest.md"
MB = 1_000_000
CANDIDATE = re.compile(r"\d{1,5}\s*[-/]\s*(?:\d{4}\s*/\s*)?[A-ZĐ][A-Za-zĐđ]{0,7}")

# ----------------------------------------------------------------------------- corpora
_TABLE_ROWS = (
    "┌────┬──────────────────────────────┬──────────┐",
    "│ TT │ Nội dung công việc           │ Thời gian│",
    "├────┼──────────────────────────────┼──────────┤",
    "│ 1  │ Tuyên truyền, quán triệt     │ Quý I    │",
    "└────┴──────────────────────────────┴──────────┘",
    "| STT | Chỉ tiêu | Đơn vị | Năm 2024 | Năm 2025 |",
    "|-----|----------|--------|----------|----------|",
    "| 1 | Tỷ lệ hộ nghèo | % | ≤ 2,5 | ≤ 2,0 |",
)
_SYMBOL_LINES = (
    "□ Đạt  ☐ Không đạt  ☑ Hoàn thành; ± 5 %; nhiệt độ ≥ 25 °C; § 3 Điều 12",
    "• Giao Ban Tuyên giáo chủ trì; ▪ phối hợp với Mặt trận; ◦ báo cáo định kỳ",
    "– Kinh phí: 1.250.000.000 đồng (≈ 1,25 tỷ); tỷ lệ ≥ 95 %; ™ ® © ½ ¼ ¾",
)
_LOOKALIKES = str.maketrans({"o": "о", "a": "а", "e": "е", "c": "с", "p": "р"})  # Cyrillic


def _dress(text: str, rng: random.Random) -> str:
    """Add tables, symbols, bullets and Cyrillic look-alikes between paragraphs."""
    out = []
    for paragraph in text.split("\n\n"):
        out.append(paragraph)
        roll = rng.random()
        if roll < 0.08:
            out.append("\n".join(rng.sample(_TABLE_ROWS, 4)))
        elif roll < 0.16:
            out.append(rng.choice(_SYMBOL_LINES))
        elif roll < 0.20:  # a word typed with a look-alike letter (never inside a code)
            words = rng.choice(["phối hợp tổ chức", "công tác cán bộ", "kế hoạch năm"])
            out.append(f"- Tăng cường {words.translate(_LOOKALIKES)} ở cơ sở.")
    return "\n\n".join(out)


def make_generated(folder: Path, mb: float, seed: int) -> None:
    """Notices and plans of 5-30 KB, and about one law of 1-3 MB per 10 MB."""
    from bench.gen_corpus import document

    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"bench-ingest:{seed}")
    written, index, laws = 0, 0, 0
    while written < mb * MB:
        if index % 400 == 199:  # a law: many sections of generated text under one heading
            size = rng.randrange(1, 3) * MB + rng.randrange(MB)
            parts = ["QUỐC HỘI\n\nLUẬT\n\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU\n"]
            n = 0
            while sum(len(p) for p in parts) < size // 2:  # ~2 bytes per character
                parts.append(f"\n\nĐiều {n + 1}.\n" + _dress(document(seed, 100_000 + n).text, rng))
                n += 1
            text = "".join(parts)
            name = f"law_{laws:03d}.txt"
            laws += 1
        else:
            text = _dress(document(seed, index).text, rng)
            name = f"doc_{index:05d}.txt"
        data = text.encode("utf-8")
        (folder / name).write_bytes(data)
        written += len(data)
        index += 1


def make_linearity(folder: Path, seed: int) -> tuple[Path, Path]:
    """One 16 MB file and the same text in ~100 KB files (cut at paragraph breaks)."""
    from bench.gen_corpus import document

    rng = random.Random(f"bench-linear:{seed}")
    parts: list[str] = []
    size, i = 0, 0
    while size < 16 * MB:
        part = _dress(document(seed + 7, i).text, rng)
        parts.append(part)
        size += len(part.encode("utf-8")) + 2
        i += 1
    big, small = folder / "one_16mb", folder / "slices_100kb"
    big.mkdir(parents=True, exist_ok=True)
    small.mkdir(parents=True, exist_ok=True)
    (big / "law_16mb.txt").write_text("\n\n".join(parts), encoding="utf-8")
    chunk: list[str] = []
    held, k = 0, 0
    for part in parts:
        chunk.append(part)
        held += len(part.encode("utf-8"))
        if held >= 100_000:
            (small / f"slice_{k:04d}.txt").write_text("\n\n".join(chunk), encoding="utf-8")
            chunk, held, k = [], 0, k + 1
    if chunk:
        (small / f"slice_{k:04d}.txt").write_text("\n\n".join(chunk), encoding="utf-8")
    return big, small


# ----------------------------------------------------------------------------- child runs
def _peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


def child_bare(folder: Path) -> dict[str, Any]:
    """Read, decode and scan every file once with one candidate regex: the floor."""
    from api.uploads import walk

    start = time.perf_counter()
    files = nbytes = found = 0
    for path in walk([folder]):
        if not isinstance(path, Path):
            continue  # skipped by the walk (a link outside the folder, a bad name)
        data = path.read_bytes()
        found += len(CANDIDATE.findall(data.decode("utf-8", errors="replace")))
        files += 1
        nbytes += len(data)
    wall = time.perf_counter() - start
    own, kids = _peak_mb()
    return {"wall": wall, "files": files, "bytes": nbytes, "found": found, "rss": own,
            "rss_workers": kids}  # fmt: skip


def child_ingest(folder: Path, backend: str, jobs: int, data_dir: Path) -> dict[str, Any]:
    """What `vbgraph ingest FOLDER --jobs N` runs, into a fresh store."""
    from api.ingest_run import ingest_files
    from api.settings import Settings, open_configured_store
    from api.uploads import walk

    store = open_configured_store(Settings(backend=backend, data_dir=str(data_dir)))
    store.clear()
    start = time.perf_counter()
    batch = getattr(store, "batch", None)
    if callable(batch):
        with batch():
            stats = ingest_files(store, walk([folder]), jobs=jobs)
    else:
        stats = ingest_files(store, walk([folder]), jobs=jobs)
    wall = time.perf_counter() - start  # the embedded store's save at batch end included
    counts = store.counts()
    store.close()
    own, kids = _peak_mb()
    return {
        "wall": wall, "files": stats.files, "documents": stats.documents,
        "failed": stats.failed, "bytes": stats.bytes, "read": stats.read_s,
        "extract": stats.extract_s, "build": stats.build_s, "write": stats.write_s,
        "wait": stats.wait_s, "rss": own, "rss_workers": max(kids, stats.worker_peak_mb),
        "counts": counts,
    }  # fmt: skip


def _run_child(args: list[str]) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "bench.bench_ingest", "--child", *args],
        cwd=REPO, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if out.returncode != 0:
        raise RuntimeError(f"child {args} failed:\n{out.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


# ----------------------------------------------------------------------------- report
def _machine() -> str:
    from bench.bench_extract import machine

    return "; ".join(f"{k} {v}" for k, v in machine().items())


def _row(name: str, r: dict[str, Any], bare: dict[str, Any]) -> str:
    mbs = r["bytes"] / MB / r["wall"]
    ratio = r["wall"] / bare["wall"]
    split = " / ".join(f"{r[k]:.1f}" for k in ("read", "extract", "build", "write"))
    return (
        f"| {name} | {r['files']:,} | {r['bytes'] / MB:.1f} | {r['wall']:.2f} | **{mbs:.2f}** | "
        f"{r['files'] / r['wall']:,.0f} | {ratio:.1f}× | {split} | {r['wait']:.1f} | "
        f"{r['rss']:.0f} / {r['rss_workers']:.0f} |"
    )


_HEADER = (
    "| run | files | MB | wall s | MB/s | docs/s | × bare | read / extract / build / write s "
    "| writer waits s | peak RSS MB (writer / largest worker) |\n"
    "|---|---|---|---|---|---|---|---|---|---|"
)


# Untimed runs into Neo4j before a corpus's timed rows (--neo4j-warm). The server's JIT is
# far from settled after one: its compiler threads' CPU in successive generated 40 MB runs
# (--jobs 2, a fresh server) was 18.8, 10.6, 5.1, 2.5, 1.6 s, against 3.9-4.8 s of the
# threads that run the queries; the server's CPU per run 36, 17, 11, 8.5, 7.2 s.
NEO4J_WARM_RUNS = 1


def _warm_server(folder: Path, tmp: Path) -> None:
    """Untimed runs into Neo4j (NEO4J_WARM_RUNS), so the timed ones meet a warm server (its
    JIT and page cache), as a server that has been running does (the first run after a start
    was 1.4× slower on the real corpus of bench/RESULTS.md)."""
    for _ in range(NEO4J_WARM_RUNS):
        with contextlib.suppress(RuntimeError):  # the timed runs say why
            _run_child(["ingest", str(folder), "neo4j", "1", str(tmp / "store-warm")])


def measure(name: str, folder: Path, backends: Sequence[str], jobs: Sequence[int],
            tmp: Path, lines: list[str]) -> dict[str, dict[str, Any]]:  # fmt: skip
    """The bare pass and then each backend's rows over `folder`, as one table in `lines`."""
    results = measure_bare(name, folder, lines)
    measure_rows(folder, backends, jobs, tmp, results, lines)
    lines.append("")
    return results


def measure_bare(name: str, folder: Path, lines: list[str]) -> dict[str, dict[str, Any]]:
    """The bare read + regex pass over `folder`: a table's heading and first row."""
    bare = _run_child(["bare", str(folder)])
    rate = bare["bytes"] / MB / bare["wall"]
    print(f"\n{name}: {bare['files']} files, {bare['bytes'] / MB:.1f} MB; "
          f"bare pass {bare['wall']:.2f} s ({rate:.0f} MB/s)", flush=True)  # fmt: skip
    lines += [f"### {name}", "", _HEADER,
              f"| bare read + regex | {bare['files']:,} | {bare['bytes'] / MB:.1f} | "
              f"{bare['wall']:.2f} | {bare['bytes'] / MB / bare['wall']:.0f} | "
              f"{bare['files'] / bare['wall']:,.0f} | 1.0× | – | – | "
              f"{bare['rss']:.0f} |"]  # fmt: skip
    return {"bare": bare}


def measure_rows(folder: Path, backends: Sequence[str], jobs: Sequence[int], tmp: Path,
                 results: dict[str, dict[str, Any]], lines: list[str]) -> None:  # fmt: skip
    """Each backend's rows over `folder`, added to `results` and to the table in `lines`."""
    bare = results["bare"]
    for backend in backends:
        if backend == "neo4j":
            _warm_server(folder, tmp)
        for n in jobs:
            key = f"{backend}, --jobs {n}"
            data_dir = tmp / f"store-{backend}-{n}"
            try:
                r = _run_child(["ingest", str(folder), backend, str(n), str(data_dir)])
            except RuntimeError as exc:
                print(f"  {key}: not run ({str(exc).splitlines()[-1]})")
                lines.append(f"| {key} | not run: {str(exc).splitlines()[-1]} |")
                continue
            shutil.rmtree(data_dir, ignore_errors=True)
            results[key] = r
            print("  " + _row(key, r, bare), flush=True)
            lines.append(_row(key, r, bare))


def main(argv: Sequence[str] | None = None) -> int:
    global NEO4J_WARM_RUNS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--mb", type=float, default=40.0, help="generated corpus size")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--real", type=Path, action="append", default=[],
                        help="a folder of real texts (repeatable)")  # fmt: skip
    parser.add_argument("--backends", nargs="+", default=["sqlite", "embedded", "neo4j"])
    parser.add_argument("--jobs", type=int, nargs="+", default=None,
                        help="worker counts (default: 1 and the machine's cores)")  # fmt: skip
    parser.add_argument("--no-linearity", action="store_true")
    parser.add_argument("--neo4j-warm", type=int, default=NEO4J_WARM_RUNS,
                        help="untimed Neo4j runs before each corpus's rows")  # fmt: skip
    parser.add_argument("--out", default=str(RESULTS), help='results file ("-": none)')
    args = parser.parse_args(argv)
    if args.child:
        kind, *rest = args.child
        if kind == "bare":
            print(json.dumps(child_bare(Path(rest[0]))))
        else:
            folder, backend, n, data_dir = rest
            print(json.dumps(child_ingest(Path(folder), backend, int(n), Path(data_dir))))
        return 0

    NEO4J_WARM_RUNS = args.neo4j_warm
    from api.ingest_run import default_jobs

    jobs = args.jobs or sorted({1, default_jobs()})
    lines = [
        "# Ingest benchmark, files on disk → graph (`bench/bench_ingest.py`)",
        "",
        f"Run {datetime.now().astimezone().isoformat(timespec='seconds')} on {_machine()}.",
        "Each row is a fresh process running what `vbgraph ingest FOLDER --jobs N` runs (walk, "
        "worker pool, read, extract, build, write, the embedded store's save); the bare pass "
        "is a fresh process reading, decoding and regex-scanning the same files. Stage "
        "seconds: read and extract are summed over workers (CPU-bound, so with N workers "
        "they can exceed the wall time), build and write are the single writer's. 1 MB = "
        "10^6 bytes of the files.",
        "",
    ]
    with tempfile.TemporaryDirectory(prefix="vbgraph-bench-ingest-") as tmp_name:
        tmp = Path(tmp_name)
        generated = tmp / "generated"
        make_generated(generated, args.mb, args.seed)
        lines += ["## Corpora", ""]
        corpora = [(f"generated, {args.mb:g} MB (tables, symbols, look-alikes, laws of 1-3 MB)",
                    generated)] + [(f"real texts: {real.name}/", real) for real in args.real]
        # Every corpus's rows in this process's stores first, then the Neo4j rows: after a
        # run, the server's JIT and collector stay busy for a while and slowed the rows that
        # followed it (real corpus, embedded --jobs 2: 9.8 MB/s after the Neo4j rows of the
        # generated corpus, 11.1 with the server stopped).
        local = [b for b in args.backends if b != "neo4j"]
        tables: list[tuple[Path, list[str], dict[str, dict[str, Any]]]] = []
        for name, folder in corpora:
            table: list[str] = []
            tables.append((folder, table, measure_bare(name, folder, table)))
            measure_rows(folder, local, jobs, tmp, tables[-1][2], table)
        linearity: list[str] = []
        if not args.no_linearity:
            big, small = make_linearity(tmp / "linear", args.seed)
            linearity += ["## Linearity: one 16 MB document against the same text in 100 KB "
                          "files", ""]  # fmt: skip
            one = measure("one 16 MB document", big, ["embedded"], [1], tmp, linearity)
            many = measure("the same text in ~100 KB files", small, ["embedded"], [1], tmp,
                           linearity)  # fmt: skip
            a, b = one["embedded, --jobs 1"], many["embedded, --jobs 1"]
            per_mb = (a["wall"] / (a["bytes"] / MB)) / (b["wall"] / (b["bytes"] / MB))
            ext = (a["extract"] / a["bytes"]) / (b["extract"] / b["bytes"])
            text = (f"Cost per MB of the 16 MB document against the 100 KB files: "
                    f"{per_mb:.2f}× end to end, {ext:.2f}× for extraction alone.")  # fmt: skip
            print("\n" + text)
            linearity += [text, ""]
        if "neo4j" in args.backends:
            for folder, table, results in tables:
                measure_rows(folder, ["neo4j"], jobs, tmp, results, table)
        for _, table, _ in tables:
            lines += [*table, ""]
        lines += linearity
    if args.out != "-":
        Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
