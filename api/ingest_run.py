"""Ingest many files: read and extract in worker processes, write from this one.

`vbgraph ingest FOLDER --jobs N` streams the files (a folder of any size is never listed whole),
hands them in small batches to N worker processes that read and extract (`uploads.prepare`, no
store involved), and builds and writes each document here, in the order the files were found
(`uploads.commit`). One writer sees every earlier document, as a run with `--jobs 1` does, so
both give the same store. At most a few batches per worker are in flight: memory stays
bounded however large the folder. A worker that dies (a library crashing on a hostile file)
fails its batch's files with a clear message; the run goes on with a fresh pool.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import importlib
import itertools
import multiprocessing
import os
import resource
import signal
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard

from api.schemas import IngestFileOut
from api.uploads import (
    DEFAULT_READ,
    MAX_FILE_BYTES,
    Prepared,
    ReadOptions,
    Skipped,
    commit,
    failure_report,
    prepare,
)
from graph.store import DocumentTarget, GraphStore
from ingest.errors import VbgraphError, bilingual

if TYPE_CHECKING:  # the writer's only: workers start without the Neo4j driver (0.3 s)
    from graph.neo4j_store import Neo4jStore
    from graph.staged import StagedNeo4jWriter

BATCH_FILES = 16  # files per task: amortises the hand-over for one-page notices
BATCH_BYTES = 2_000_000  # ... and bounds a task's size when the files are big
IN_FLIGHT_PER_WORKER = 3  # batches queued per worker: enough to keep it busy, no more
# The window of batches ahead of the writer (which writes in order): workers take the largest
# of them first once the writer's next is under way, so a large law found late does not leave
# one worker extracting it alone at the end; done batches wait in it for the writer. At most
# this many batches, or bytes of their files, which bounds the memory their results hold.
AHEAD_BATCHES = 64
AHEAD_BYTES = 32_000_000
SMALL_RUN = 32  # fewer files than this are read and extracted in the writer, without workers
TAKE_AHEAD = 32  # documents the writer takes from the workers at a time
# ... and a staged Neo4j writer, which loads what they read in one go (graph.staged: one round
# trip each for their codes and their records, in the writer): as many as a flush.
PREPARE_AHEAD = 128
SETTLE_EVERY = 256  # documents written between two settlings of what the writer holds (_Settled)
_YOUNG_EVERY = 10_000  # allocations between two collections of the writer's youngest objects
# How workers start: None chooses (`start_method`); tests that patch what workers run set "fork".
START_METHOD: str | None = None
# A process up to this size (its address space) may be copied into its workers.
FORK_MAX_MB = 512.0
FILE_SECONDS = 300.0  # time budget of one file (VBGRAPH_FILE_TIMEOUT)
WORKER_MEMORY_MB = 4096.0  # address space of a worker process (VBGRAPH_WORKER_MEMORY_MB)
# How much less a worker's claim on a core weighs than the writer's (`os.nice`). One process
# writes, in order; N workers extract ahead of it. With as many workers as cores, the writer
# shared a core with them and fell behind while they ran ahead (up to AHEAD_BATCHES), then
# built the last documents alone, a core idle: on the generated 40 MB corpus under `--jobs 2`
# the workers ended 1.5-4.3 s before the writer. Ahead of them it takes a core when it has
# work, and they take what it leaves.
WORKER_NICE = 5


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass
class RunStats:
    """What a run did and where its time went (seconds; read and extract summed over workers)."""

    documents: int = 0  # files stored (new, replacing their earlier version, or unchanged)
    failed: int = 0  # files refused (`refused` counts them by reason)
    replaced: int = 0  # of `documents`: stored in place of the version from the same file
    unchanged: int = 0  # of `documents`: the same text from the same file, stored again
    duplicates: int = 0  # not stored: the same text as a document stored from another file
    refused: Counter[str] = field(default_factory=Counter)  # problem title -> files
    bytes: int = 0
    references: int = 0
    new_nodes: int = 0
    warnings: int = 0
    read_s: float = 0.0
    extract_s: float = 0.0
    build_s: float = 0.0  # building documents against the store (its reads included)
    write_s: float = 0.0  # writing them (a staged Neo4j run: loading and sending batches too)
    wait_s: float = 0.0  # the writer waiting for workers
    worker_peak_mb: float = 0.0  # the largest peak RSS a worker process reported
    wall_s: float = 0.0
    reports: list[IngestFileOut] = field(default_factory=list)

    def add(self, report: IngestFileOut, size: int) -> None:
        self.bytes += size
        if report.outcome == "duplicate":
            self.duplicates += 1
        elif report.ok:
            self.documents += 1
            self.replaced += report.outcome == "replaced"
            self.unchanged += report.outcome == "unchanged"
            self.references += report.references
            self.new_nodes += len(report.new_nodes)
            self.warnings += len(report.warnings)
        else:
            self.failed += 1
            self.refused[report.error.title if report.error else "Refused"] += 1

    @property
    def files(self) -> int:
        """Every file the run met: stored, duplicate or refused."""
        return self.documents + self.duplicates + self.failed


@dataclass(frozen=True, slots=True)
class _Done:
    """One file's outcome from a worker, with the time its stages took there."""

    path: str
    size: int
    outcome: Prepared | IngestFileOut
    read_s: float
    extract_s: float
    peak_kb: int = 0  # the worker's peak RSS after this file (0: prepared in the writer)


@dataclass(frozen=True, slots=True)
class Budgets:
    """What one file may cost: seconds, and a worker's address space in MB. Read from the
    environment by the process that starts the workers, and handed to them."""

    file_seconds: float
    worker_memory_mb: float

    @classmethod
    def from_env(cls) -> Budgets:
        return cls(
            _env_number("VBGRAPH_FILE_TIMEOUT", FILE_SECONDS),
            _env_number("VBGRAPH_WORKER_MEMORY_MB", WORKER_MEMORY_MB),
        )


_worker_metadata: Mapping[str, str] = {}
_worker_budgets: Budgets | None = None
_worker_options: ReadOptions = DEFAULT_READ


def init_worker(
    metadata: Mapping[str, str], budgets: Budgets, options: ReadOptions = DEFAULT_READ
) -> None:
    """Set up a worker process: the metadata and read options for every file, and the
    budgets."""
    global _worker_metadata, _worker_budgets, _worker_options
    _worker_metadata, _worker_budgets, _worker_options = dict(metadata), budgets, options
    # What the worker starts with (extraction's modules, patterns and gazetteer, a copy of the
    # writer) lives as long as it does: the collector's full passes need not walk it (on the
    # generated 40 MB corpus they cost each worker 0.05-0.09 s, 0.01 s frozen).
    gc.freeze()
    with contextlib.suppress(OSError):  # (the writer first: WORKER_NICE)
        os.nice(WORKER_NICE)
    limit = int(budgets.worker_memory_mb * 1024 * 1024)
    with contextlib.suppress(ValueError, OSError):  # a file beyond it fails with MemoryError
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _env_number(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, default))
    except ValueError:
        return default
    return value if value > 0 else default


class _Overtime(Exception):
    """A file took longer than its time budget."""


@contextlib.contextmanager
def _time_budget(seconds: float) -> Iterator[None]:
    """Raise `_Overtime` in this thread after `seconds` (main thread only; else no limit)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def overtime(signum: int, frame: object) -> None:
        raise _Overtime

    previous = signal.signal(signal.SIGALRM, overtime)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# What a worker is given per file: path (printable), size, and why it is skipped (or None).
Item = tuple[str, int, str | None]


def prepare_within_budget(
    source: str | bytes,
    *,
    filename: str,
    metadata: Mapping[str, str],
    max_bytes: int,
    options: ReadOptions = DEFAULT_READ,
) -> Prepared | IngestFileOut:
    """`uploads.prepare` within the file's time budget (and the worker's memory budget):
    a file over either, or one that trips a bug, fails alone with a clear reason."""
    budget = (_worker_budgets or Budgets.from_env()).file_seconds
    try:
        with _time_budget(budget):
            return prepare(
                source, filename=filename, metadata=metadata, max_bytes=max_bytes,
                options=options,
            )  # fmt: skip
    except _Overtime:
        return too_slow(filename, budget)
    except MemoryError:
        why = bilingual(
            "cần nhiều bộ nhớ hơn mức một tiến trình được dùng (VBGRAPH_WORKER_MEMORY_MB); "
            "bỏ qua",
            "needed more memory than a worker may use (VBGRAPH_WORKER_MEMORY_MB); skipped",
            subject=filename,
        )
        return failure_report(filename, 422, "TooLarge", why)
    except Exception as exc:  # noqa: BLE001 - a bug on one file must not end the run
        detail = bilingual(
            "lỗi khi trích xuất tệp này (lỗi của vbgraph, xin báo lại); không lưu gì",
            f"extraction failed on this file: {type(exc).__name__}: {exc}",
            subject=filename,
        )
        return failure_report(filename, 500, "ExtractionFailed", detail)


def _prepare_file(item: Item, metadata: Mapping[str, str], options: ReadOptions) -> _Done:
    path, size, skipped = item
    if skipped is not None:
        report = failure_report(path, 422, "Skipped", f"{path}: {skipped}")
        return _Done(path, size, report, 0.0, 0.0)
    start = time.perf_counter()
    outcome = prepare_within_budget(
        path, filename=path, metadata=metadata, max_bytes=MAX_FILE_BYTES, options=options
    )
    if isinstance(outcome, Prepared):
        return _Done(path, size, outcome, outcome.read_s, outcome.extract_s)
    return _Done(path, size, outcome, 0.0, time.perf_counter() - start)


def _prepare_batch(batch: list[Item]) -> list[_Done]:
    done = [_prepare_file(item, _worker_metadata, _worker_options) for item in batch]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return [dataclasses.replace(d, peak_kb=peak) for d in done]


def too_slow(filename: str, seconds: float) -> IngestFileOut:
    """The report of a file over its time budget."""
    why = bilingual(
        f"đọc và trích xuất mất hơn {seconds:g} giây (VBGRAPH_FILE_TIMEOUT); bỏ qua",
        f"took over {seconds:g} s to read and extract (VBGRAPH_FILE_TIMEOUT); skipped",
        subject=filename,
    )
    return failure_report(filename, 422, "TooSlow", why)


def worker_died(filename: str, status: int) -> IngestFileOut:
    """The report of a file whose extraction worker died."""
    detail = bilingual(
        "tiến trình trích xuất bị dừng đột ngột khi đọc tệp này (thư viện đọc tệp bị lỗi, "
        "hoặc hết bộ nhớ); không lưu gì của tệp",
        "the extraction worker died on this file (a crash in a reader library, or out of "
        "memory); nothing of it was stored",
        subject=filename,
    )
    return failure_report(filename, status, "WorkerDied", detail)


def start_method() -> str:
    """How to start extraction workers: as copies of this process ("fork") when that is safe,
    else from a small server process ("forkserver").

    A copy starts at once with extraction imported; a forkserver imports it all again first
    (about a second of one core on a small machine, the writer idle meanwhile). A copy is
    made only on Linux, of a process that runs no other thread (a copy would keep their locks
    held forever) and is small (a copy of a large store would count against each worker's
    memory budget and be copied page by page).
    """
    if START_METHOD is not None:
        return START_METHOD
    if sys.platform != "linux" or threading.active_count() > 1:
        return "forkserver"
    size = _address_space_mb()
    return "fork" if size is not None and size <= FORK_MAX_MB else "forkserver"


def _address_space_mb() -> float | None:
    """This process's address space in MB (None: unknown)."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            pages = int(statm.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def worker_pool(
    workers: int,
    metadata: Mapping[str, str],
    budgets: Budgets,
    options: ReadOptions = DEFAULT_READ,
) -> ProcessPoolExecutor:
    """A pool of extraction workers (`start_method`), each set up by `init_worker`."""
    method = start_method()
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(["api.ingest_run", "ingest.warm"])
    else:  # copies of this process: each starts with what it holds when the pool starts
        importlib.import_module("ingest.warm")
    return ProcessPoolExecutor(
        workers, mp_context=context, initializer=init_worker,
        initargs=(metadata, budgets, options),
    )  # fmt: skip


def _batches(files: Iterable[Path | Skipped]) -> Iterator[list[Item]]:
    batch: list[Item] = []
    held = 0
    for f in files:
        if isinstance(f, Skipped):
            batch.append((f.name, 0, f.reason))
            continue
        try:
            size = f.stat().st_size
        except OSError:
            size = 0  # prepare reports why it cannot be read
        batch.append((str(f), size, None))
        held += size
        if len(batch) >= BATCH_FILES or held >= BATCH_BYTES:
            yield batch
            batch, held = [], 0
    if batch:
        yield batch


def _is_neo4j(store: GraphStore) -> TypeGuard[Neo4jStore]:
    """Whether `store` is a Neo4j store, without importing the Neo4j driver: workers import
    this module, and a process that never imported the store's module holds no such store."""
    module = sys.modules.get("graph.neo4j_store")
    return module is not None and isinstance(store, module.Neo4jStore)


class Extracting:
    """The files of a run read and extracted ahead of its writer: by `jobs` worker processes
    started at once, so they work while the writer still gets ready (imports, opens its
    store); or, with one job or a small run, in the writer as it takes each file. A context
    manager: leaving it stops the workers (`ingest_files` does when it ends).

    Args:
        files: the files, in the order to write them.
        metadata: facts given by the user, applied to every file.
        options: how every file is read (`--whole-page`), the same in every worker.
        jobs: worker processes; 1 reads and extracts in the writer, without a pool.
    """

    def __init__(
        self,
        files: Iterable[Path | Skipped],
        *,
        metadata: Mapping[str, str] | None = None,
        options: ReadOptions = DEFAULT_READ,
        jobs: int = 1,
    ) -> None:
        self._metadata = dict(metadata or {})
        self._options = options
        files = iter(files)
        head = list(itertools.islice(files, SMALL_RUN))
        if len(head) < SMALL_RUN:
            jobs = 1  # a few files: starting workers would cost more than they save
        self._files: Iterator[Path | Skipped] = itertools.chain(head, files)
        self._workers = (
            _run_in_workers(self._files, self._metadata, options, jobs) if jobs > 1 else None
        )

    def outcomes(self, stats: RunStats) -> Iterator[_Done]:
        """Each file's outcome, in the order of the files (waits counted in `stats`)."""
        if self._workers is None:
            return _run_here(self._files, self._metadata, self._options)
        return self._workers.outcomes(stats)

    def close(self) -> None:
        if self._workers is not None:
            self._workers.close()

    def __enter__(self) -> Extracting:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def ingest_files(
    store: GraphStore,
    files: Iterable[Path | Skipped] | Extracting,
    *,
    metadata: Mapping[str, str] | None = None,
    options: ReadOptions = DEFAULT_READ,
    jobs: int = 1,
    on_report: Callable[[IngestFileOut, RunStats], None] | None = None,
    keep_reports: bool = False,
) -> RunStats:
    """Ingest `files` into `store`, extracting in `jobs` worker processes (1: in this one).

    Args:
        store: where to write (only this process writes).
        files: the files, in the order to write them; or an `Extracting` of them started
            before (`vbgraph ingest` starts its workers before it opens the store), whose
            metadata, options and jobs then hold.
        metadata: facts given by the user, applied to every file.
        options: how every file is read (`--whole-page`), the same in every worker.
        jobs: worker processes; 1 reads and extracts here, without a pool.
        on_report: called after each file with its report and the totals so far.
        keep_reports: keep every file's report in the returned totals (for a small run).

    Returns:
        The totals and the time each stage took.

    Raises:
        StoreUnavailable: the store failed; what was written before stays written.
    """
    stats = RunStats()
    start = time.perf_counter()
    if not isinstance(files, Extracting):  # (the workers start before the writer's set-up)
        files = Extracting(files, metadata=metadata, options=options, jobs=jobs)
    with files as extracting:
        done = extracting.outcomes(stats)
        timings: dict[str, float] = {}
        staged: StagedNeo4jWriter | None = None
        lease: contextlib.AbstractContextManager[object] | None = None
        if _is_neo4j(store):
            from graph.staged import StagedNeo4jWriter

            staged = StagedNeo4jWriter(store)
            # A bulk run into Neo4j holds the writer lease throughout, as a batch holds the
            # embedded store's lock: another writer waits, then works on what this run wrote.
            lease = store.writing(wait_s=None)
        target: DocumentTarget = staged if staged is not None else store
        with lease if lease is not None else contextlib.nullcontext():
            _commit_all(staged, target, done, stats, timings, keep_reports, on_report)
    stats.build_s += timings.get("build", 0.0)
    stats.write_s += timings.get("write", 0.0)
    stats.wall_s = time.perf_counter() - start
    return stats


class _Settled:
    """Keeps what the writer has built out of the cyclic garbage collector's passes.

    The store grows with every document, and each pass of the collector over an older
    generation walks all that generation holds, garbage or not: on the generated 40 MB corpus
    the writer spent 0.8-1.1 s of its 2.5-3 s of CPU in the collector, which found 1,200
    objects of garbage in 1,981 documents. So, for the run:
    - every `SETTLE_EVERY` documents what the writer holds is frozen (`gc.freeze`: no later
      pass walks it), without a collection first: cyclic garbage is rare here (reference
      counting frees the rest), and what a freeze catches is collected once the run unfreezes;
    - the youngest generation is collected every `_YOUNG_EVERY` allocations instead of 700
      (each object is walked as often either way; the passes over older generations, which
      walk the store's recent objects again, come 14 times less often).
    At the end of the run both are undone. A caller that froze what it held before the run (a
    service after its start-up) finds it frozen again after, with what the run left.
    """

    def __init__(self) -> None:
        self.count = 0
        self.frozen = False
        self.held = gc.get_freeze_count() > 0  # frozen before the run, by its caller
        self.thresholds = gc.get_threshold()
        gc.set_threshold(_YOUNG_EVERY, *self.thresholds[1:])

    def written(self, documents: int) -> None:
        self.count += documents
        if self.count >= SETTLE_EVERY:
            self.count = 0
            gc.freeze()
            self.frozen = True

    def close(self) -> None:
        gc.set_threshold(*self.thresholds)
        if self.frozen:
            gc.unfreeze()
            self.frozen = False
            if self.held:
                gc.collect()
                gc.freeze()


def _commit_all(
    staged: StagedNeo4jWriter | None,
    target: DocumentTarget,
    done: Iterator[_Done],
    stats: RunStats,
    timings: dict[str, float],
    keep_reports: bool,
    on_report: Callable[[IngestFileOut, RunStats], None] | None,
) -> None:
    """Build and write each prepared file in order (the one writer)."""
    settled = _Settled()
    try:
        take = PREPARE_AHEAD if staged is not None else TAKE_AHEAD
        while chunk := list(itertools.islice(done, take)):
            if staged is not None:
                t = time.perf_counter()
                ready = [i.outcome for i in chunk if isinstance(i.outcome, Prepared)]
                staged.prepare(p.extraction for p in ready)
                stats.write_s += time.perf_counter() - t
            for item in chunk:
                stats.worker_peak_mb = max(stats.worker_peak_mb, item.peak_kb / 1024)
                stats.read_s += item.read_s
                stats.extract_s += item.extract_s
                report = commit(target, item.outcome, timings)
                stats.add(report, item.size)
                if keep_reports:
                    stats.reports.append(report)
                if on_report is not None:
                    on_report(report, stats)
            settled.written(len(chunk))
    finally:
        settled.close()
        if staged is not None:
            t = time.perf_counter()
            staged.flush()  # what was committed above reaches the server, whatever stopped us
            stats.write_s += time.perf_counter() - t


def _run_here(
    files: Iterable[Path | Skipped], metadata: Mapping[str, str], options: ReadOptions
) -> Iterator[_Done]:
    for batch in _batches(files):
        for item in batch:
            yield _prepare_file(item, metadata, options)


class WorkersUnavailable(VbgraphError):
    """The worker processes cannot run at all (not one file's fault)."""

    status = 503


def _isolated(item: Item, new_pool: Callable[[], ProcessPoolExecutor]) -> _Done:
    """Prepare one file in a pool of its own; a worker that dies on it fails only this file."""
    path, size, _ = item
    pool = new_pool()
    try:
        return pool.submit(_prepare_batch, [item]).result()[0]
    except BrokenProcessPool:
        return _Done(path, size, worker_died(path, 500), 0.0, 0.0)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _run_in_workers(
    files: Iterable[Path | Skipped],
    metadata: Mapping[str, str],
    options: ReadOptions,
    jobs: int,
) -> _Workers:
    """A pool of `jobs` workers, started now on the first batches of `files`."""
    return _Workers(files, metadata, options, jobs)


class _Workers:
    """Files prepared by a pool of worker processes, the first batches submitted at once."""

    def __init__(
        self,
        files: Iterable[Path | Skipped],
        metadata: Mapping[str, str],
        options: ReadOptions,
        jobs: int,
    ) -> None:
        def new_pool() -> ProcessPoolExecutor:
            return worker_pool(jobs, metadata, Budgets.from_env(), options)

        self._new_pool = new_pool
        self._window = _Window(_batches(files), jobs * IN_FLIGHT_PER_WORKER)
        self._pool = new_pool()
        self._window.top_up(self._pool)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def outcomes(self, stats: RunStats) -> Iterator[_Done]:
        """Each file's outcome in the order of the files; the pool is shut down at the end.

        Raises:
            WorkersUnavailable: workers die on every file of a batch, each run alone.
        """
        window = self._window
        try:
            while True:
                window.top_up(self._pool)
                if not window.slots:
                    return
                head = window.slots[0]
                t = time.perf_counter()
                while head.future is None or not head.future.done():
                    wait(window.unfinished(), return_when=FIRST_COMPLETED)
                    window.top_up(self._pool)
                window.slots.popleft()
                try:
                    results = head.future.result()
                except BrokenProcessPool:
                    # Every batch in flight fails with the pool; which file killed the worker
                    # is found by running this batch's files one by one, each in a pool of
                    # its own.
                    self._pool.shutdown(wait=False, cancel_futures=True)
                    results = [_isolated(item, self._new_pool) for item in head.batch]
                    if len(head.batch) > 1 and all(_died(r) for r in results):
                        raise WorkersUnavailable(
                            "các tiến trình trích xuất dừng đột ngột ở mọi tệp; hãy thử --jobs 1",
                            "the extraction workers die on every file; try --jobs 1",
                        ) from None
                    self._pool = self._new_pool()
                    for slot in window.slots:  # each is sent again, to the new pool
                        slot.future = None
                stats.wait_s += time.perf_counter() - t
                yield from results
        finally:
            self.close()


@dataclass
class _Slot:
    """A batch ahead of the writer: its files' bytes, and its task once submitted."""

    batch: list[Item]
    size: int
    future: Future[list[_Done]] | None = None


class _Window:
    """The batches ahead of the writer, in the order it writes them, and which to extract next.

    `limit` batches are extracted at a time: the writer's next first, then the largest in the
    window (longest first keeps the workers evenly busy to the end of a run).
    """

    def __init__(self, batches: Iterator[list[Item]], limit: int) -> None:
        self._batches: Iterator[list[Item]] | None = batches
        self._limit = limit
        self.slots: deque[_Slot] = deque()

    def top_up(self, pool: ProcessPoolExecutor) -> None:
        """Read batches in up to the bounds, then submit up to `limit` unfinished."""
        self.fill()
        self.submit(pool)

    def fill(self) -> None:
        """Read batches into the window up to its bounds."""
        while self._batches is not None and self.has_room():
            batch = next(self._batches, None)
            if batch is None:
                self._batches = None
                return
            self.slots.append(_Slot(batch, sum(size for _, size, _ in batch)))

    def has_room(self) -> bool:
        return len(self.slots) < AHEAD_BATCHES and sum(s.size for s in self.slots) < AHEAD_BYTES

    def unfinished(self) -> list[Future[list[_Done]]]:
        return [s.future for s in self.slots if s.future is not None and not s.future.done()]

    def submit(self, pool: ProcessPoolExecutor) -> None:
        """Submit batches until `limit` are unfinished: the writer's next, then the largest."""
        running = len(self.unfinished())
        while running < self._limit:
            waiting = [s for s in self.slots if s.future is None]
            if not waiting:
                return
            next_up = waiting[0] is self.slots[0]
            slot = waiting[0] if next_up else max(waiting, key=lambda s: s.size)
            slot.future = _submit(pool, slot.batch)
            running += 1


def _died(done: _Done) -> bool:
    outcome = done.outcome
    return isinstance(outcome, IngestFileOut) and outcome.error is not None and (
        outcome.error.title == "WorkerDied"
    )


def _submit(pool: ProcessPoolExecutor, batch: list[Item]) -> Future[list[_Done]]:
    """Submit, turning a pool already broken into a failed future (handled like the others)."""
    try:
        return pool.submit(_prepare_batch, batch)
    except BrokenProcessPool as exc:
        failed: Future[list[_Done]] = Future()
        failed.set_exception(exc)
        return failed
