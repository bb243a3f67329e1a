"""Benchmark `ingest.extract` on one core over a synthetic corpus, and check its recall.

    python -m bench.bench_extract [--dir bench/out/corpus] [--mb 50] [--seed 1]
                                  [--profile-mb 5] [--no-profile] [--no-write]

Generates the corpus with `bench.gen_corpus` when DIR holds none, then runs `extract()` on
every file in this single process, timing extraction alone (time.perf_counter, file reading
excluded) and extraction plus reading. It reports MB/s (1 MB = 10**6 bytes of UTF-8),
documents/s, per-document latency, peak RSS, the recall of the codes the generator planted
and the codes found that were not planted. When throughput is under the target, it profiles
the first `--profile-mb` MB with cProfile. It prints a table and writes RESULTS_extract.md
next to this file; text after the NOTES_MARKER line of an existing results file is kept.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import os
import platform
import pstats
import re
import resource
import subprocess
import sys
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.gen_corpus import MB, generate

if TYPE_CHECKING:
    from ingest.models import Extraction, Reference

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
DEFAULT_DIR = BENCH_DIR / "out" / "corpus"
RESULTS = BENCH_DIR / "RESULTS_extract.md"
TARGET_MB_S = 20.0
NOTES_MARKER = "<!-- notes: everything below this line is kept when the bench rewrites -->"
MAX_EXAMPLES = 15
_CONTEXT = 70

Span = tuple[int, int]


# ---------------------------------------------------------------------------------------
# Corpus
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Expected:
    """What the generator planted in one file."""

    file: str
    nbytes: int
    codes: frozenset[str]
    mentions: tuple[tuple[int, int, str], ...]
    shorts: tuple[tuple[int, int, str], ...]
    selfs: tuple[Span, ...]

    @classmethod
    def from_json(cls, row: dict[str, Any]) -> Expected:
        return cls(
            row["file"],
            int(row["bytes"]),
            frozenset(row["codes"]),
            tuple((s, e, c) for s, e, c in row["mentions"]),
            tuple((s, e, c) for s, e, c in row["short"]),
            tuple((s, e) for s, e in row["self"]),
        )


def ensure_corpus(directory: Path, mb: float, seed: int) -> None:
    """Generate the corpus into `directory` unless it already holds one."""
    if (directory / "expected.jsonl").is_file() and any(directory.glob("doc_*.txt")):
        return
    print(f"generating {mb:g} MB of synthetic documents into {directory} …", flush=True)
    stats = generate(directory, mb, seed)
    print(f"  {stats.files} files, {stats.nbytes / MB:.1f} MB in {stats.seconds:.1f} s")


def load_expected(directory: Path, mb: float) -> list[Expected]:
    """The planted facts of the first files whose sizes add up to `mb` MB."""
    rows: list[Expected] = []
    total = 0
    with (directory / "expected.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if total >= mb * MB:
                break
            row = Expected.from_json(json.loads(line))
            rows.append(row)
            total += row.nbytes
    if total < mb * MB * 0.99:
        print(f"note: {directory} holds only {total / MB:.1f} MB; measuring all of it")
    return rows


def read_text(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as f:
        return f.read()


# ---------------------------------------------------------------------------------------
# Scoring against what was planted
# ---------------------------------------------------------------------------------------


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _snippet(text: str, start: int, end: int) -> str:
    """The text around [start, end) on one line, the span itself in ⟦ ⟧."""
    left = text[max(0, start - _CONTEXT) : start]
    right = text[end : end + _CONTEXT]
    shown = f"{left}⟦{text[start:end]}⟧{right}"
    return shown.replace("\n", "⏎").replace("\u00a0", "⍽").replace("\u200b", "‹ZWSP›")


def _shape(surface: str) -> str:
    """A pattern key for grouping examples: digits → 9, invisible characters named."""
    shape = re.sub(r"\d+", "9", unicodedata.normalize("NFC", surface))
    for char, name in (("\n", "⏎"), ("\u00a0", "⍽"), ("\u200b", "‹ZWSP›"), ("\u2013", "–")):
        shape = shape.replace(char, name)
    return shape


@dataclass(slots=True)
class Example:
    """One kind of failure: how often it happened and the first time it did."""

    count: int
    file: str
    snippet: str
    expected: str
    found: str


@dataclass(slots=True)
class Tally:
    planted_codes: int = 0  # unique codes per document, summed
    recalled_codes: int = 0
    found_codes: int = 0  # unique found codes per document, summed
    unplanted_codes: int = 0  # found codes (unique per document) that were not planted
    planted_mentions: int = 0
    recalled_mentions: int = 0
    misread_mentions: int = 0  # a reference on the span, with another code
    spurious_mentions: int = 0  # a code reference where nothing was planted
    planted_shorts: int = 0
    resolved_shorts: int = 0
    found_shorts: int = 0
    spurious_shorts: int = 0
    spurious_short_codes: int = 0  # of which resolved to a code: a false code reference
    planted_selfs: int = 0
    found_selfs: int = 0
    spurious_selfs: int = 0
    references: int = 0
    relations: int = 0
    warnings: int = 0
    misses: dict[str, Example] = field(default_factory=dict)
    false_positives: dict[str, Example] = field(default_factory=dict)
    short_failures: dict[str, Example] = field(default_factory=dict)


def _note(table: dict[str, Example], key: str, example: Example) -> None:
    if key in table:
        table[key].count += 1
    else:
        table[key] = example


def score(exp: Expected, text: str, result: Extraction, tally: Tally) -> None:
    """Compare one extraction with what the generator planted in that document."""
    refs = result.references
    tally.references += len(refs)
    tally.relations += len(result.relations)
    tally.warnings += len(result.warnings)
    found = {r.code.canonical for r in refs if r.code is not None}
    tally.planted_codes += len(exp.codes)
    tally.recalled_codes += len(exp.codes & found)
    tally.found_codes += len(found)
    tally.unplanted_codes += len(found - exp.codes)
    _score_mentions(exp, text, refs, tally)
    _score_shorts(exp, text, refs, tally)
    selfs = [(r.start, r.end) for r in refs if r.mention == "self"]
    tally.planted_selfs += len(exp.selfs)
    tally.found_selfs += sum(any(_overlaps(s, f) for f in selfs) for s in exp.selfs)
    tally.spurious_selfs += sum(not any(_overlaps(s, f) for s in exp.selfs) for f in selfs)


def _code_of(ref: Reference) -> str:
    return ref.code.canonical if ref.code is not None else "?"


def _score_mentions(exp: Expected, text: str, refs: Sequence[Reference], tally: Tally) -> None:
    coded = [r for r in refs if r.mention == "code" and r.code is not None]
    tally.planted_mentions += len(exp.mentions)
    for start, end, canonical in exp.mentions:
        over = [r for r in coded if _overlaps((r.start, r.end), (start, end))]
        if any(_code_of(r) == canonical for r in over):
            tally.recalled_mentions += 1
            continue
        if over:
            tally.misread_mentions += 1
        got = ", ".join(f"{_code_of(r)} from {r.surface!r}" for r in over) or "nothing"
        key = f"{_shape(text[start:end])} → {'misread' if over else 'missed'}"
        _note(tally.misses, key, Example(1, exp.file, _snippet(text, start, end), canonical, got))
    for r in coded:
        if any(_overlaps((r.start, r.end), (s, e)) for s, e, _ in exp.mentions):
            continue
        tally.spurious_mentions += 1
        key = f"{_shape(r.surface)} → {_shape(_code_of(r))}"
        example = Example(
            1,
            exp.file,
            _snippet(text, r.start, r.end),
            "no code here",
            f"{_code_of(r)} from {r.surface!r}",
        )
        _note(tally.false_positives, key, example)


def _score_shorts(exp: Expected, text: str, refs: Sequence[Reference], tally: Tally) -> None:
    shorts = [r for r in refs if r.mention == "short"]
    tally.planted_shorts += len(exp.shorts)
    tally.found_shorts += len(shorts)
    for start, end, canonical in exp.shorts:
        over = [r for r in shorts if _overlaps((r.start, r.end), (start, end))]
        if any(r.canonical == canonical for r in over):
            tally.resolved_shorts += 1
            continue
        got = ", ".join(f"{r.canonical} from {r.surface!r}" for r in over) or "nothing"
        key = f"short {_shape(text[start:end])}"
        _note(
            tally.short_failures,
            key,
            Example(1, exp.file, _snippet(text, start, end), canonical, got),
        )
    for r in shorts:
        if not any(_overlaps((r.start, r.end), (s, e)) for s, e, _ in exp.shorts):
            tally.spurious_shorts += 1
            tally.spurious_short_codes += r.code is not None
            how = "resolved to a code" if r.code is not None else "unresolved"
            key = f"spurious short {_shape(r.surface)} ({how})"
            example = Example(
                1,
                exp.file,
                _snippet(text, r.start, r.end),
                "no short form",
                f"{r.canonical} from {r.surface!r}",
            )
            _note(tally.short_failures, key, example)


# ---------------------------------------------------------------------------------------
# The run
# ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class Timing:
    files: int = 0
    nbytes: int = 0
    extract_s: float = 0.0
    extract_cpu_s: float = 0.0  # process CPU time: insensitive to other load on the machine
    read_s: float = 0.0
    latencies: list[tuple[float, int, str]] = field(default_factory=list)  # (s, bytes, file)


def run(directory: Path, rows: Sequence[Expected]) -> tuple[Timing, Tally]:
    """Extract every file once, in this process, timing read and extract separately."""
    from ingest import extract

    timing, tally = Timing(), Tally()
    clock, cpu = time.perf_counter, time.process_time
    for i, exp in enumerate(rows, 1):
        path = directory / exp.file
        nbytes = path.stat().st_size
        t0 = clock()
        text = read_text(path)
        t1 = clock()
        c1 = cpu()
        result = extract(text, path=exp.file)
        c2 = cpu()
        t2 = clock()
        timing.read_s += t1 - t0
        timing.extract_s += t2 - t1
        timing.extract_cpu_s += c2 - c1
        timing.nbytes += nbytes
        timing.files += 1
        timing.latencies.append((t2 - t1, nbytes, exp.file))
        score(exp, text, result, tally)
        if i % 500 == 0:
            rate = timing.nbytes / MB / timing.extract_s
            print(f"  {i}/{len(rows)} files, {rate:.2f} MB/s so far", flush=True)
    return timing, tally


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


@dataclass(frozen=True, slots=True)
class HotSpot:
    where: str  # file:line(function)
    tottime: float
    cumtime: float
    calls: int


def profile(directory: Path, rows: Sequence[Expected], mb: float) -> tuple[float, list[HotSpot]]:
    """cProfile the extraction of the first `mb` MB; return (total seconds, functions)."""
    from ingest import extract

    texts: list[tuple[str, str]] = []
    total = 0
    for exp in rows:
        if total >= mb * MB:
            break
        texts.append((exp.file, read_text(directory / exp.file)))
        total += exp.nbytes
    profiler = cProfile.Profile()
    profiler.enable()
    for name, text in texts:
        extract(text, path=name)
    profiler.disable()
    stats = pstats.Stats(profiler)
    spots = []
    for (file, line, func), (_, calls, tottime, cumtime, _) in stats.stats.items():  # type: ignore[attr-defined]
        where = f"{_short_path(file)}:{line}({func})"
        spots.append(HotSpot(where, tottime, cumtime, calls))
    return stats.total_tt, spots  # type: ignore[attr-defined]


def _short_path(file: str) -> str:
    try:
        return str(Path(file).resolve().relative_to(REPO))
    except ValueError:
        return file if file.startswith("<") or file == "~" else Path(file).name


# ---------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    cpu = "unknown"
    mem = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024**2:.1f} GiB"
                break
    except OSError:
        pass
    return {
        "CPU": cpu,
        "nproc": str(len(os.sched_getaffinity(0))),
        "memory": mem,
        "Python": f"{platform.python_version()} ({platform.python_implementation()})",
        "OS": platform.platform(),
        "load average at start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def code_state() -> str:
    """The repository commit and a hash of ingest/*.py as they were measured."""
    try:
        commit = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        commit = "?"
    digest = hashlib.sha256()
    sources = [*(REPO / "ingest").glob("*.py")]
    for path in sorted(sources):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return (
        f"commit {commit or '?'}, ingest/*.py sha256 "
        f"{digest.hexdigest()[:12]} (working tree)"
    )


def _pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.2f}%" if whole else "n/a"


def _quantile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def figures(timing: Timing, tally: Tally, rss: float, rss_base: float) -> list[tuple[str, str]]:
    mb = timing.nbytes / MB
    lat = [t for t, _, _ in timing.latencies]
    rate = mb / timing.extract_s if timing.extract_s else 0.0
    verdict = "meets" if rate >= TARGET_MB_S else "BELOW"
    return [
        ("documents", f"{timing.files}"),
        ("corpus size", f"{mb:.2f} MB"),
        ("extract time (reading excluded)", f"{timing.extract_s:.2f} s"),
        ("throughput, extract only", f"**{rate:.2f} MB/s** ({verdict} target {TARGET_MB_S:g})"),
        ("documents/s, extract only", f"{timing.files / timing.extract_s:.1f}"),
        (
            "throughput, extract only, process CPU time",
            f"{mb / timing.extract_cpu_s:.2f} MB/s ({timing.extract_cpu_s:.2f} s CPU)",
        ),
        ("throughput, read + extract", f"{mb / (timing.extract_s + timing.read_s):.2f} MB/s"),
        (
            "per-document latency p50 / p95 / max",
            f"{_quantile(lat, 0.5) * 1e3:.1f} / {_quantile(lat, 0.95) * 1e3:.1f} / "
            f"{max(lat, default=0) * 1e3:.1f} ms",
        ),
        ("peak RSS (whole process / after imports)", f"{rss:.0f} MiB / {rss_base:.0f} MiB"),
        (
            "code recall, unique codes per document",
            f"{tally.recalled_codes}/{tally.planted_codes} = "
            f"{_pct(tally.recalled_codes, tally.planted_codes)}",
        ),
        (
            "code recall, every planted mention",
            f"{tally.recalled_mentions}/{tally.planted_mentions} = "
            f"{_pct(tally.recalled_mentions, tally.planted_mentions)}",
        ),
        ("mentions read as another code", f"{tally.misread_mentions}"),
        ("found codes not planted (unique per document)", f"{tally.unplanted_codes}"),
        ("code references where nothing was planted", f"{tally.spurious_mentions}"),
        (
            "short forms resolved to the planted code",
            f"{tally.resolved_shorts}/{tally.planted_shorts} = "
            f"{_pct(tally.resolved_shorts, tally.planted_shorts)}",
        ),
        (
            "short forms found where none was planted (of which resolved to a code)",
            f"{tally.spurious_shorts} ({tally.spurious_short_codes})",
        ),
        (
            "self references found",
            f"{tally.found_selfs}/{tally.planted_selfs}; {tally.spurious_selfs} unplanted",
        ),
        (
            "references / relations / warnings returned",
            f"{tally.references} / {tally.relations} / {tally.warnings}",
        ),
    ]


def size_buckets(timing: Timing) -> list[tuple[str, str]]:
    """Throughput by document size: flat means linear time, falling means super-linear."""
    rows = []
    for low, high in ((0, 10_000), (10_000, 15_000), (15_000, 20_000), (20_000, 31_000)):
        picked = [(t, n) for t, n, _ in timing.latencies if low <= n < high]
        if picked:
            seconds, nbytes = sum(t for t, _ in picked), sum(n for _, n in picked)
            label = f"{low // 1000}-{high // 1000} KB ({len(picked)} docs)"
            rows.append((label, f"{nbytes / MB / seconds:.2f} MB/s"))
    return rows


def _table(rows: Iterable[tuple[str, str]], head: tuple[str, str]) -> list[str]:
    lines = [f"| {head[0]} | {head[1]} |", "| --- | --- |"]
    lines += [f"| {a} | {b} |" for a, b in rows]
    return lines


def _examples(title: str, table: dict[str, Example]) -> list[str]:
    if not table:
        return [f"### {title}", "", "None.", ""]
    lines = [f"### {title}", "", f"{len(table)} distinct patterns; the most frequent first.", ""]
    ranked = sorted(table.items(), key=lambda kv: -kv[1].count)[:MAX_EXAMPLES]
    for n, (key, ex) in enumerate(ranked, 1):
        lines += [
            f"{n}. `{key}` — {ex.count}× (first in {ex.file})",
            f"   - text: `{ex.snippet}`",
            f"   - expected: `{ex.expected}`; extractor gave: `{ex.found}`",
        ]
    return [*lines, ""]


def _hot_spots(total: float, spots: list[HotSpot], mb: float) -> list[str]:
    if not spots:
        return []
    # Shares are of the time spent inside extract(), the profiler's own bookkeeping aside.
    total = max((s.cumtime for s in spots if s.where.endswith("(extract)")), default=total)
    lines = [
        "## Profile (cProfile)",
        "",
        f"First {mb:g} MB of the corpus, {total:.2f} s inside extract() under the profiler "
        "(cProfile inflates call-heavy Python code; the shares matter, not the seconds). "
        "Regex matching done while a loop iterates `pattern.finditer(...)` is charged to the "
        "function (or generator expression) that iterates: cProfile does not see the C "
        "iterator.",
        "",
        "Top functions by own time (tottime):",
        "",
        "| function (file:line) | own time | share | cumulative | calls |",
        "| --- | --- | --- | --- | --- |",
    ]
    for s in sorted(spots, key=lambda s: -s.tottime)[:20]:
        lines.append(
            f"| `{s.where}` | {s.tottime:.2f} s | {_pct(s.tottime, total)} | "
            f"{_pct(s.cumtime, total)} | {s.calls} |"
        )
    lines += [
        "",
        "Project functions by cumulative time:",
        "",
        "| function (file:line) | cumulative | share | calls |",
        "| --- | --- | --- | --- |",
    ]
    ours = [s for s in spots if s.where.startswith("ingest/")]
    for s in sorted(ours, key=lambda s: -s.cumtime)[:20]:
        lines.append(f"| `{s.where}` | {s.cumtime:.2f} s | {_pct(s.cumtime, total)} | {s.calls} |")
    return [*lines, ""]


def report(
    args: argparse.Namespace,
    timing: Timing,
    tally: Tally,
    rss: float,
    rss_base: float,
    prof: tuple[float, list[HotSpot]] | None,
) -> str:
    lines = [
        "# Extraction benchmark (`bench/bench_extract.py`)",
        "",
        f"Run {datetime.now().astimezone().isoformat(timespec='seconds')}: "
        f"`python -m bench.bench_extract --dir {_shown(args.dir)} --mb {args.mb:g} "
        f"--seed {args.seed}`",
        "",
        f"Code measured: {code_state()}. One process, one core; 1 MB = 10^6 bytes of UTF-8.",
        "The corpus is synthetic (`bench/gen_corpus.py`); recall is measured against the codes",
        "the generator planted, spans included.",
        "",
        "## Machine",
        "",
        *_table(machine().items(), ("", "")),
        "",
        "## Figures",
        "",
        *_table(figures(timing, tally, rss, rss_base), ("measure", "value")),
        "",
        "Throughput by document size (extract only):",
        "",
        *_table(size_buckets(timing), ("documents", "throughput")),
        "",
        "Slowest documents: "
        + ", ".join(
            f"{f} ({n / 1000:.0f} KB, {t * 1e3:.0f} ms)"
            for t, n, f in sorted(timing.latencies, reverse=True)[:5]
        ),
        "",
        "## Recall and false positives (examples)",
        "",
        "Snippets show the planted span in ⟦ ⟧; ⏎ is a line break, ⍽ a no-break space.",
        "",
        *_examples("Planted codes missed or misread", tally.misses),
        *_examples("Codes found where none was planted", tally.false_positives),
        *_examples(
            "Short forms not resolved, or found where none was planted", tally.short_failures
        ),
    ]
    if prof is not None:
        lines += _hot_spots(prof[0], prof[1], args.profile_mb)
    return "\n".join(lines)


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(REPO))
    except ValueError:
        return str(path)


def write_results(body: str) -> None:
    notes = ""
    if RESULTS.is_file():
        old = RESULTS.read_text(encoding="utf-8")
        if NOTES_MARKER in old:
            notes = old.split(NOTES_MARKER, 1)[1]
    RESULTS.write_text(f"{body}\n{NOTES_MARKER}{notes or chr(10)}", encoding="utf-8")


def print_summary(timing: Timing, tally: Tally, rss: float, rss_base: float) -> None:
    rows = figures(timing, tally, rss, rss_base) + size_buckets(timing)
    width = max(len(a) for a, _ in rows)
    print()
    for a, b in rows:
        print(f"  {a.ljust(width)}  {b.replace('**', '')}")
    for title, table in (
        ("missed/misread", tally.misses),
        ("not planted", tally.false_positives),
        ("short forms", tally.short_failures),
    ):
        for key, ex in sorted(table.items(), key=lambda kv: -kv[1].count)[:5]:
            print(f"  [{title}] {ex.count}× {key}: expected {ex.expected}, got {ex.found}")
            print(f"      {ex.snippet}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="corpus directory")
    parser.add_argument("--mb", type=float, default=50.0, help="MB to generate and measure")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (new corpus only)")
    parser.add_argument("--profile-mb", type=float, default=5.0, help="MB to profile")
    parser.add_argument(
        "--profile",
        dest="force_profile",
        action="store_true",
        help="profile even when the target is met",
    )
    parser.add_argument("--no-profile", action="store_true", help="never profile")
    parser.add_argument("--no-write", action="store_true", help=f"do not write {RESULTS.name}")
    args = parser.parse_args(argv)
    ensure_corpus(args.dir, args.mb, args.seed)
    rows = load_expected(args.dir, args.mb)
    import ingest  # noqa: F401  (imports and table building are not part of the timing)

    rss_base = peak_rss_mb()
    print(f"extracting {len(rows)} files on one core …", flush=True)
    timing, tally = run(args.dir, rows)
    rss = peak_rss_mb()
    print_summary(timing, tally, rss, rss_base)
    rate = timing.nbytes / MB / timing.extract_s
    prof = None
    if not args.no_profile and (args.force_profile or rate < TARGET_MB_S):
        print(f"\nprofiling the first {args.profile_mb:g} MB …", flush=True)
        prof = profile(args.dir, rows, args.profile_mb)
        for line in _hot_spots(*prof, args.profile_mb)[7:20]:
            print("  " + line)
    if not args.no_write:
        write_results(report(args, timing, tally, rss, rss_base, prof))
        print(f"\nwrote {RESULTS.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
