"""The graph commands of `vbgraph`: ingest, lineage, show, stats, view and serve.

Every command that touches the graph takes --backend and --data-dir (defaults from
VBGRAPH_BACKEND / VBGRAPH_DATA_DIR, then sqlite and .data/; Neo4j from NEO4J_URI/USER/
PASSWORD). Exit codes: 0 ok, 2 a file failed or bad input, 3 store unavailable, 4 unknown or
ambiguous code (the candidates are listed).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from api import present
from api.cli_extract import add_read_options, parse_meta, read_options
from api.ingest_run import Extracting, RunStats, default_jobs, ingest_files
from api.schemas import IngestFileOut
from api.search import searcher_of, with_typed_codes
from api.settings import Settings, load_settings, open_configured_store
from api.uploads import walk_named
from api.views import lineage_view
from graph import lineage as L
from graph.errors import (
    CANDIDATES_SHOWN,
    AmbiguousCode,
    DocumentNotFound,
    StoreUnavailable,
)
from graph.misprints import misprints_in
from graph.model import DATE, ISSUER, Edge, Head, Node, candidates_of
from graph.removal import NotIngested
from graph.store import GraphStore
from graph.store_files import EMBEDDED_FILE, EMBEDDED_JOURNAL, SQLITE_FILE
from ingest.codes import COUNTED_KIND_WORDS, Level, kind_word
from ingest.errors import VbgraphError, bilingual, os_reason
from ingest.relations import RelationType
from viz import render_html

EXIT_OK, EXIT_FAILED, EXIT_STORE, EXIT_NOT_FOUND = 0, 2, 3, 4
PROGRESS_PER_SECOND = 10  # how often `vbgraph ingest` redraws its progress bar, at most
LEVEL_NAMES = {
    Level.CENTRAL.value: "Trung ương / central",
    Level.PROVINCE.value: "Tỉnh / province",
    Level.DISTRICT.value: "Huyện / district",
    Level.COMMUNE.value: "Xã, phường / commune",
    Level.UNKNOWN.value: "Không rõ / unknown",
}
Handler = Callable[[argparse.Namespace, GraphStore, TextIO], int]


def settings_from(args: argparse.Namespace) -> Settings:
    """Settings from the environment, overridden by --backend / --data-dir when given."""
    given = {"backend": getattr(args, "backend", None), "data_dir": getattr(args, "data_dir", None)}
    return load_settings(**{k: v for k, v in given.items() if v is not None})


def _say_where(settings: Settings, command: str, stderr: TextIO) -> None:
    """Name the embedded (or SQLite) store's directory when it holds no graph yet: run from
    another folder, `vbgraph` would otherwise answer quietly from an empty ./.data."""
    # (a SQLite store opened where only an embedded one lies copies it first: not empty)
    files = {
        "embedded": (EMBEDDED_FILE, EMBEDDED_JOURNAL),
        "sqlite": (SQLITE_FILE, EMBEDDED_FILE),
    }
    if settings.backend not in files:
        return
    where = Path(settings.data_dir).resolve()
    kept = [where / name for name in files[settings.backend] if (where / name).exists()]
    if not kept or kept == [where / SQLITE_FILE] and not _holds_documents(kept[0]):
        print(f"vbgraph {command}: kho đồ thị trống, chưa nạp văn bản nào / empty graph store, "
              f"nothing ingested yet: {where}", file=stderr)  # fmt: skip


def _holds_documents(sqlite_file: Path) -> bool:
    """Whether a SQLite store's file holds a document: the first ingest into a directory
    creates the file even when it refuses every file ("vbgraph ingest /no/such/folder")."""
    try:
        with contextlib.closing(sqlite3.connect(f"{sqlite_file.as_uri()}?mode=ro", uri=True)) as db:
            return db.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is not None
    except sqlite3.Error:
        return True  # not a store this notice can judge: opening it says what is wrong


@contextlib.contextmanager
def opened(settings: Settings) -> Iterator[GraphStore]:
    store = open_configured_store(settings)
    try:
        yield store
    finally:
        store.close()


@contextlib.contextmanager
def _started(args: argparse.Namespace) -> Iterator[None]:
    """What a command starts before its store opens: `vbgraph ingest`'s extraction workers
    (`args.extracting`), copies of this process made before the store opens, which extract the
    first files while this one opens the store (on Neo4j: imports the driver, connects) and
    sets up its writer."""
    if args.command != "ingest":
        yield
        return
    paths = [os.path.abspath(p) for p in args.paths]  # (why absolute: `_ingest`)
    files = walk_named(paths, follow_links=args.follow_links)
    meta, jobs = parse_meta(args.meta or []), args.jobs or default_jobs()
    with Extracting(files, metadata=meta, options=read_options(args), jobs=jobs) as extracting:
        args.extracting = extracting
        yield


def run(handler: Handler, args: argparse.Namespace, *, stdout: TextIO, stderr: TextIO) -> int:
    """Open the store, run `handler`, and turn graph errors into one line and an exit code."""
    name = f"vbgraph {args.command}"
    settings = settings_from(args)
    if args.command not in ("ingest", "copy-embedded"):  # they fill a new store
        _say_where(settings, args.command, stderr)
    try:
        with _started(args), opened(settings) as store:
            try:
                try:
                    return handler(args, store, stdout)
                except DocumentNotFound as exc:  # "nghi quyet 57": say which document it names
                    raise with_typed_codes(exc, searcher_of(store)) from None
            except AmbiguousCode as exc:  # each candidate told apart by its term and date
                told = _told_apart(store, exc.candidates)  # terms and dates, in Vietnamese
                said = bilingual(
                    f"số hiệu {exc.text!r} ứng với {len(exc.candidates)} văn bản, hãy chọn một: "
                    f"{told}",
                    f"{exc.text!r} names {len(exc.candidates)} documents; pick one of those "
                    "listed (its key in brackets)",
                )
                print(f"{name}: {said}", file=stderr)
                return EXIT_NOT_FOUND
    except VbgraphError as exc:
        print(f"{name}: {exc}", file=stderr)
        if isinstance(exc, StoreUnavailable):
            return EXIT_STORE
        not_found = isinstance(exc, DocumentNotFound | AmbiguousCode | NotIngested)
        return EXIT_NOT_FOUND if not_found else EXIT_FAILED
    except OSError as exc:  # an output file that cannot be written (view -o)
        vi, en = os_reason(exc)
        said = bilingual(f"không ghi hoặc đọc được tệp: {vi}", f"cannot write or read: {en}",
                         subject=exc.filename and str(exc.filename))  # fmt: skip
        print(f"{name}: {said}", file=stderr)
        return EXIT_FAILED


def _told_apart(store: GraphStore, keys: Sequence[str]) -> str:
    """The documents a code names, each with its term and date (`present.told_apart`): the
    first CANDIDATES_SHOWN, and how many more."""
    shown = list(keys[:CANDIDATES_SHOWN])
    heads = store.heads_by_key(shown)
    told = ", ".join(present.told_apart(heads[k]) if k in heads else k for k in shown)
    more = len(keys) - len(shown)
    return f"{told}, … và {more} khác / and {more} more" if more > 0 else told


# ---------------------------------------------------------------------------- copy
def _copy_embedded(args: argparse.Namespace, store: GraphStore, out: TextIO) -> int:
    """Copy the embedded store of the data directory into the SQLite store beside it (done on
    opening when the SQLite store is new there: then this reports what was copied)."""
    from graph.embedded import FILE_NAME, EmbeddedStore
    from graph.sqlite_import import copy_store
    from graph.sqlite_store import SQLiteStore

    if not isinstance(store, SQLiteStore):
        raise VbgraphError(
            "copy-embedded chép sang kho SQLite: hãy thêm --backend sqlite",
            "copy-embedded writes a SQLite store: add --backend sqlite",
        )
    source = Path(settings_from(args).data_dir)
    if not (source / FILE_NAME).exists():
        raise VbgraphError(
            f"không có kho nhúng cũ ({FILE_NAME}) ở đây",
            f"no embedded store ({FILE_NAME}) here",
            subject=str(source.resolve()),
        )
    try:
        counts = store.adopted or copy_store(EmbeddedStore(source), store)
    except ValueError as exc:
        raise VbgraphError(
            "không chép được kho nhúng cũ sang SQLite", f"cannot copy the embedded store: {exc}"
        ) from exc
    out.write(
        f"Đã chép / copied {counts['documents']} văn bản / documents, {counts['nodes']} nút / "
        f"nodes, {counts['edges']} cạnh / edges into {store.file}\n"
    )
    return EXIT_OK


# ---------------------------------------------------------------------------- ingest
def _ingest(args: argparse.Namespace, store: GraphStore, out: TextIO) -> int:
    batch = getattr(store, "batch", None)
    console = Console(file=sys.stderr)
    with batch() if callable(batch) else contextlib.nullcontext(), _progress(console) as bar:
        task = bar.add_task("Đang nạp / ingesting", total=None, rate="")
        started = time.monotonic()
        shown = [0.0]  # when the bar was last drawn

        def show(stats: RunStats) -> None:
            elapsed = max(time.monotonic() - started, 1e-9)
            bar.update(task, completed=stats.files, rate=(
                f"{stats.files / elapsed:,.0f} văn bản/s (docs/s) · "
                f"{stats.bytes / 1e6 / elapsed:.1f} MB/s"
            ))  # fmt: skip

        def report(file: IngestFileOut, stats: RunStats) -> None:
            if not file.ok and file.error is not None:
                line = f"vbgraph ingest: {file.error.detail}"
                console.print(line, markup=False, soft_wrap=True)
            elif file.outcome == "duplicate" and file.similarity is not None:
                said = bilingual(
                    f"cùng văn bản với {file.same_as} đã lưu (cùng số hiệu, ngày; nội dung giống "
                    f"{file.similarity:g}%), không lưu lại",
                    f"the same document as {file.same_as} (code, date; texts "
                    f"{file.similarity:g}% alike), stored already; not stored again",
                    subject=file.filename,
                )
                console.print(f"vbgraph ingest: {said}", markup=False, soft_wrap=True)
            elif file.outcome == "duplicate":
                said = bilingual(
                    f"trùng nội dung với {file.same_as} đã lưu, không lưu lại",
                    f"the same text as {file.same_as}, stored already; not stored again",
                    subject=file.filename,
                )
                console.print(f"vbgraph ingest: {said}", markup=False, soft_wrap=True)
            # (the bar is updated only to be drawn: updating it for every file cost the one
            # writing process 20-40 µs a file)
            elapsed = time.monotonic() - started
            if elapsed - shown[0] >= 1 / PROGRESS_PER_SECOND:
                show(stats)
                bar.refresh()
                shown[0] = elapsed

        # Each file is stored under its absolute path (`_started` walks them so): the same
        # file typed as "docs/a.txt" in one run and "/home/u/docs/a.txt" in the next is one
        # source, so its edit replaces its earlier version instead of standing beside it
        stats = ingest_files(store, args.extracting, on_report=report)
        show(stats)  # (what the bar shows last)
    print(ingest_summary(stats), file=out)
    if stats.warnings:
        print(
            "Xem từng cảnh báo / each warning: vbgraph extract TỆP_HOẶC_THƯ_MỤC (FILE_OR_FOLDER)",
            file=out,
        )
    return EXIT_FAILED if stats.failed else EXIT_OK


# Why files were refused (the problem's title), in Vietnamese / English.
REFUSED_AS = {
    "UnreadableDocument": "không đọc được / unreadable",
    "LegacyEncodingError": "bảng mã cũ không chuyển được / legacy encoding not converted",
    "UnsupportedFormat": "loại tệp không đọc / unsupported file type",
    "Skipped": "bỏ qua / skipped",
    "TooSlow": "quá thời gian / too slow",
    "TooLarge": "quá bộ nhớ / too large",
    "WorkerDied": "tiến trình trích xuất hỏng / extraction worker died",
    "ExtractionFailed": "lỗi trích xuất / extraction failed",
    "InvalidMetadata": "thông tin cho trước không dùng được / invalid metadata",
    "GazetteerMissing": "thiếu danh mục đơn vị hành chính / gazetteer missing",
}


def ingest_summary(stats: RunStats) -> str:
    """What became of every file of a run: stored (new, replacing the version from the same
    file, unchanged), identical to a document stored already (not stored again), refused and
    why; then what the stored ones gave. A user trial's summary said "Ingested 5,705
    documents" of a store that held 5,690: fifteen files were copies of others."""
    parts = [f"{stats.documents - stats.replaced - stats.unchanged} mới / new"]
    if stats.replaced:
        parts.append(f"{stats.replaced} thay bản cũ cùng tệp / replacing the version stored "
                     "from the same file")  # fmt: skip
    if stats.unchanged:
        parts.append(f"{stats.unchanged} không đổi / unchanged")
    lines = [
        f"Đã xử lý {stats.files} tệp / files: {stats.documents} văn bản đã lưu / documents "
        f"stored ({', '.join(parts)})"
    ]
    if stats.duplicates:
        lines.append(
            f"  {stats.duplicates} tệp trùng nội dung với văn bản đã lưu, không lưu lại / "
            "identical to a document already stored, not stored again"
        )
    lines.append(f"  {stats.failed} tệp bị từ chối / files refused" + (": " + "; ".join(
        f"{count} {REFUSED_AS.get(title, title)}"
        for title, count in sorted(stats.refused.items(), key=lambda kv: (-kv[1], kv[0]))
    ) if stats.refused else ""))  # fmt: skip
    lines.append(
        f"{stats.references} dẫn chiếu / references, {stats.new_nodes} nút mới / new nodes, "
        f"{stats.warnings} cảnh báo / warnings"
    )
    return "\n".join(lines)


def _progress(console: Console) -> Progress:
    """Documents done and documents per second, on a terminal only. Drawn by the run as files
    are written (`PROGRESS_PER_SECOND`), not by a thread of its own: a process running no
    other thread may start its extraction workers as copies of itself
    (`ingest_run.start_method`)."""
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.completed:,.0f} văn bản (documents)"),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        console=console,
        disable=not console.is_terminal,
        auto_refresh=False,
    )


# ---------------------------------------------------------------------------- lineage
def _lineage(args: argparse.Namespace, store: GraphStore, out: TextIO) -> int:
    key = L.resolve(store, args.code)
    walk_ = L.up if args.up else L.down
    types = args.types or L.LINEAGE_TYPES
    walked = walk_(store, key, depth=args.depth, types=types, limit=args.offset + args.limit + 1)
    result, more = L.page(walked, offset=args.offset, limit=args.limit)
    nodes = store.nodes_by_key([key, *(r.key for r in result.reached)])
    root = nodes.get(key)
    same = present.same_code(store, root) if root is not None else []
    answer = present.lineage(result, nodes, same, offset=args.offset, next_offset=more)
    if args.json:
        out.write(answer.model_dump_json(indent=2) + "\n")
        return EXIT_OK
    way = "lên / up" if args.up else "xuống / down"
    table = Table(
        title=f"Dòng văn bản {way}: {present.readable(root) if root else key}",
        show_lines=False,
    )
    for column in ("Cấp / level", "Địa bàn / place", "Văn bản / document", "Trích yếu / about",
                   "Bậc / depth", "Quan hệ / via"):  # fmt: skip
        table.add_column(column)
    rows = {x.key: x for x in result.reached}
    for level, places in result.by_level().items():
        for place, keys in places.items():
            for k in keys:
                n = nodes.get(k)
                r = rows[k]
                about = present.about(n)
                table.add_row(
                    LEVEL_NAMES.get(level, level),
                    place or "—",
                    present.readable(n) if n else k,
                    about[:70] + ("…" if len(about) > 70 else ""),
                    str(r.depth),
                    _via(r.hops[-1]) if r.hops else "",
                )
    console = Console(file=out, width=160, markup=False)  # document text: never markup
    console.print(table)
    if not result.reached:
        console.print("Không có văn bản nào / no documents found")
    if same:
        console.print(Text.assemble(("Cùng số hiệu / same code:", "yellow"), f" {_named(same)}"))
        for line in _misprint_notes(store, root):
            console.print(Text(line, style="yellow"))
    for line in _uncertain_notes(result, nodes):
        console.print(Text(line, style="yellow"))
    if more is not None:
        shown = f"{args.offset + 1}–{args.offset + len(result.reached)}"
        console.print(Text(f"Chỉ hiện {shown} / only {shown} shown; tiếp / next: --offset {more}",
                           style="yellow"))  # fmt: skip
    return EXIT_OK


def _misprint_notes(store: GraphStore, node: Node | None) -> list[str]:
    """Where `node` and another document of its code are probably one whose year a text
    misprinted (`graph.misprints`: 57-NQ/TW of 2014 beside that of 2024), say so."""
    if node is None or not node.canonical:
        return []
    return [
        f"Có thể là một văn bản / may be one document: {m.suspect} ({m.suspect_date}, "
        f"{m.suspect_mentions} lần nêu / mentions) và / and {m.likely} ({m.likely_date}, "
        f"{m.likely_mentions}) cùng ngày tháng, trích yếu giống nhau / the same day and month, "
        f"the same subject"
        + ("" if m.even else f"; có lẽ năm {m.suspect_date[:4]} in sai / the year "
           f"{m.suspect_date[:4]} is probably a misprint")
        for m in misprints_in(store, [node.canonical])
        if m.names(node.key)
    ]


def _uncertain_notes(result: L.Lineage, nodes: Mapping[str, Node]) -> list[str]:
    """Why a row is uncertain: the text cites a code without a date and the graph holds
    several documents of it; the row stands to each (its candidates)."""
    lines = []
    for r in result.reached:
        for hop in r.hops:
            if not hop.uncertain:
                continue
            n = nodes.get(r.key)
            names = ", ".join(candidates_of(hop.evidence))
            lines.append(
                f"Chưa chắc / uncertain: {present.readable(n) if n else r.key} — văn bản "
                f"{hop.doc} dẫn số hiệu không kèm ngày, có thể là / cites the code without a "
                f"date, may mean: {names}"
            )
            break
    return lines


def _via(hop: L.Hop) -> str:
    """The relation a lineage row was reached by, marked where the citing text does not say
    which of several documents with the code it means."""
    return hop.type.label + (f" ({present.UNCERTAIN_LABEL})" if hop.uncertain else "")


def _path(args: argparse.Namespace, store: GraphStore, out: TextIO) -> int:
    a, b = L.resolve(store, args.source), L.resolve(store, args.target)
    answer = L.explain_path(store, a, b, depth=args.depth, types=args.types,
                            directed=not args.undirected)  # fmt: skip
    hops = answer.hops if answer.hops is not None else answer.reverse or ()
    nodes = store.nodes_by_key([a, b, *(h.source for h in hops), *(h.target for h in hops)])
    result = present.path(answer, nodes)
    if args.json:
        out.write(result.model_dump_json(indent=2) + "\n")
        return EXIT_OK
    console = Console(file=out, width=160, markup=False)  # document text: never markup
    names = {k: present.readable_at(n) for k, n in nodes.items()}
    if hops:
        way = "" if answer.found else " (chiều ngược lại / the other way)"
        table = Table(title=f"Đường / path: {names.get(hops[0].source)} → "
                            f"{names.get(hops[-1].target)}{way}")  # fmt: skip
        for column in ("Bước / hop", "Văn bản / document", "Quan hệ / relation",
                       "Văn bản / document", "Bằng chứng / evidence"):  # fmt: skip
            table.add_column(column)
        for i, h in enumerate(hops, start=1):
            said = present.evidence_line(h.evidence, chars=80)
            table.add_row(str(i), names.get(h.source, h.source), h.type.label,
                          names.get(h.target, h.target), said)  # fmt: skip
        console.print(table)
    if result.hint:
        console.print(result.hint)
    return EXIT_OK  # "no path" is an answer, with its hint


def _search(args: argparse.Namespace, store: GraphStore, out: TextIO) -> int:
    hits = searcher_of(store).search(args.query, limit=args.limit)
    nodes = store.nodes_by_key([h.key for h in hits])
    if args.json:
        out.write(present.search(args.query, hits, nodes).model_dump_json(indent=2) + "\n")
        return EXIT_OK
    table = Table(title=f"Tìm kiếm / search: {args.query}")
    for column in ("Điểm / score", "Khớp / matched", "Văn bản / document", "Cấp / level",
                   "Địa bàn / place", "Trích yếu / about"):  # fmt: skip
        table.add_column(column, justify="right" if column.startswith("Điểm") else "left")
    for h in hits:
        n = nodes.get(h.key)
        if n is None:
            continue
        about = present.about(n)
        table.add_row(f"{h.score:g}", _MATCHED.get(h.match, h.match), present.readable(n),
                      LEVEL_NAMES[n.level.value], present.place_label(n) or "—",
                      about[:60] + ("…" if len(about) > 60 else ""))  # fmt: skip
    console = Console(file=out, width=160, markup=False)  # document text: never markup
    console.print(table)
    if not hits:
        console.print("Không tìm thấy văn bản nào / nothing found")
    return EXIT_OK


_MATCHED = {
    "code": "số hiệu / code", "number": "số và loại / number", "name": "tên luật / law name",
    "issuer": "cơ quan ban hành / issuer", "place": "địa bàn / place",
    "text": "nội dung / text",
}  # fmt: skip


# ---------------------------------------------------------------------------- show, stats
def _force_label(in_force: bool, ended_by: list[str]) -> str:
    if in_force:
        return "còn hiệu lực (theo đồ thị) / in force, as far as the graph knows"
    return f"hết hiệu lực / no longer in force: thay thế, bãi bỏ bởi / by {', '.join(ended_by)}"


def _named(heads: Iterable[Head]) -> str:
    """Documents sharing a code, as a person reads them and types them back: "35-CT/TW (khóa
    XIII) [35-CT/TW@XIII]"."""
    return ", ".join(f"{present.scoped_code(h)} [{h.key}]" for h in heads)


def _show(args: argparse.Namespace, store: GraphStore, out: TextIO) -> int:
    key = L.resolve(store, args.code)
    node = store.node(key)
    if node is None:
        raise DocumentNotFound(key)
    same = present.same_code(store, node)
    incoming, outgoing = _ordered(store.in_edges([key])), _ordered(store.out_edges([key]))
    doc = present.detail(
        node, cited_by=incoming, cites_total=len(outgoing), limit=SHOW_EDGES, same=same
    )
    if args.json:
        out.write(doc.model_dump_json(indent=2) + "\n")
        return EXIT_OK
    console = Console(file=out, width=160, markup=False)  # document text: never markup
    facts = Table(title=f"Văn bản / document {present.readable(node)}", show_header=False)
    facts.add_column()
    facts.add_column()
    rows = [
        ("Khóa / key", doc.key),
        ("Loại / kind", _kind_label(doc.kind)),
        ("Cấp / level", LEVEL_NAMES[doc.level.value]),
        ("Địa bàn / place", doc.place_label),
        ("Cơ quan / issued by", present.said_counted(node, ISSUER)),
        ("Ngày / dates", present.said_counted(node, DATE)),
        ("Khóa (nhiệm kỳ) / terms", ", ".join(doc.terms)),
        ("Trích yếu / subject", doc.subject or doc.title or ""),
        ("Cách viết khác / aliases", ", ".join(doc.aliases)),
        ("Trạng thái / status", "chưa thu thập / stub" if doc.stub else "đã nạp / ingested"),
        ("Hiệu lực / in force", _force_label(doc.in_force, doc.ended_by)),
        ("Cùng số hiệu / same code", _named(same)),
    ]
    for name, value in rows:
        if value:
            facts.add_row(name, value)
    console.print(facts)
    files = present.source_names(
        store, [f.doc for c in doc.conflicts for v in c.values for f in v.sources]
    )
    for c in doc.conflicts:
        values = "; ".join(
            f"{v.value} ({_some(list(dict.fromkeys(files[f.doc] for f in v.sources)))})"
            for v in c.values
        )
        field = present.FIELD_NAMES.get(c.field, c.field)
        console.print(Text.assemble(("Mâu thuẫn / conflict", "yellow"), f" {field}: {values}"))
    if same:
        for line in _misprint_notes(store, node):
            console.print(Text(line, style="yellow"))
    console.print(_edge_table(store, f"Dẫn chiếu / cites ({len(outgoing)})",
                              outgoing[:SHOW_EDGES], out=True))  # fmt: skip
    count = f"{len(incoming)} quan hệ / relations, {doc.cited_by_documents} văn bản / documents"
    if doc.cited_by_uncertain:  # (texts citing the code undated: `present.detail`)
        count += f", {doc.cited_by_uncertain} {present.UNCERTAIN_LABEL}"
    console.print(_edge_table(store, f"Được dẫn chiếu bởi / cited by ({count})",
                              incoming[:SHOW_EDGES], out=False))  # fmt: skip
    return EXIT_OK


# Edges `show` lists each way, at most (the JSON's cited_by too)
SHOW_EDGES = 50


def _ordered(edges: Sequence[Edge]) -> list[Edge]:
    """Edges by type, then the documents at their ends and the text that states them (the
    order `present.detail` gives the API's cited_by)."""
    return sorted(edges, key=lambda e: (e.type.value, e.source, e.target, e.doc))


def _edge_table(store: GraphStore, title: str, edges: Sequence[Edge], *, out: bool) -> Table:
    """One row an edge: the document at its other end, the relation, the sentence that states
    it, why the rule read it so (where the sentence is, its cue) and the file that says it."""
    table = Table(title=title)
    for column in ("Văn bản / document", "Quan hệ / type", "Căn cứ / evidence", "Vì sao / why",
                   "Tệp / file"):  # fmt: skip
        table.add_column(column)
    ends = store.nodes_by_key({e.target if out else e.source for e in edges})
    files = present.source_names(store, [e.doc for e in edges])
    for e in edges:
        end = ends.get(e.target if out else e.source)
        name = present.readable(end, path=e.path) if end else (e.target if out else e.source)
        table.add_row(name, e.type.label, present.evidence_line(e.evidence),
                      present.why_line(e.evidence), files.get(e.doc, e.doc))  # fmt: skip
    return table


# Files named after a conflicting value, at most: `show 57-NQ/TW` named 21 for its date
SOURCES_SHOWN = 3


def _some(names: list[str]) -> str:
    """The first SOURCES_SHOWN names, and how many more."""
    more = len(names) - SOURCES_SHOWN
    shown = ", ".join(names[:SOURCES_SHOWN])
    return f"{shown}, … +{more} tệp khác / more files" if more > 0 else shown


def _kind_label(kind: str | None) -> str:
    """A document's kind as a reader names it: "Nghị quyết (NQ)", or the word it was given."""
    if not kind:
        return ""
    word = kind_word(kind)
    return f"{word} ({kind})" if word else kind


def _stat_label(field: str, name: str) -> str:
    """A row of `stats` as a reader names it: "Huyện / district", "Kế hoạch (KH)", "thực hiện /
    implements"."""
    if field == "levels":
        return LEVEL_NAMES.get(name, name)
    if field == "edge_types" and name in RelationType.__members__:
        return RelationType(name).label
    # counts are by kind code alone: "TT" is Thông tư and Thông tri
    word = COUNTED_KIND_WORDS.get(name) or kind_word(name)
    return f"{word} ({name})" if field == "kinds" and word else name


def _stats(args: argparse.Namespace, store: GraphStore, out: TextIO) -> int:
    data: dict[str, Any] = L.stats(store)
    if args.json:
        import json

        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    console = Console(file=out, width=120, markup=False)
    console.print(
        f"{data['nodes']} nút / nodes, {data['edges']} cạnh / edges, "
        f"{data['documents']} văn bản đã nạp / documents ingested"
    )
    for title, field in (("Cấp / level", "levels"), ("Loại / kind", "kinds"),
                         ("Quan hệ / edge type", "edge_types")):  # fmt: skip
        table = Table(title=title)
        table.add_column(title)
        table.add_column("Số / count", justify="right")
        for name, count in data[field].items():
            table.add_row(_stat_label(field, name), str(count))
        console.print(table)
    console.print(
        f"Chưa thu thập / stubs: {data['stubs']}; chưa rõ địa bàn / unqualified: "
        f"{data['unqualified']}; mâu thuẫn / conflicts: {data['conflicts']}; "
        f"có thể trùng / possible duplicates: {data['possible_duplicates']}"
    )
    return EXIT_OK


# ---------------------------------------------------------------------------- view, serve
def _view(args: argparse.Namespace, store: GraphStore, out: TextIO) -> int:
    key = L.resolve(store, args.code)
    graph = lineage_view(store, key, depth=args.depth, types=args.types or L.LINEAGE_TYPES)
    node = store.node(key)
    name = present.readable(node) if node else key
    page = render_html(graph, title=f"Dòng văn bản {name} / lineage of {name}")
    Path(args.output).write_text(page, encoding="utf-8")
    print(f"Đã ghi / wrote {args.output} ({len(graph.nodes)} văn bản / documents)", file=out)
    return EXIT_OK


# How long a server worker may take to start before uvicorn's supervisor kills it (its default,
# 5 s, killed a worker importing the app and opening the store on a loaded 2-core machine: "Child
# process died" in a user trial at load average 18; the worker it started again served).
WORKER_START_S = 60


def _default_workers(backend: str) -> int:
    """One server process per core on the SQLite and Neo4j stores, which they share (SQLite
    10K documents, concurrency 16: 378 → 820 requests/s from 1 to 2 workers on 2 cores); one
    on the embedded store, whose every worker would hold its own copy of the graph."""
    return 1 if backend == "embedded" else default_jobs()


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    settings = settings_from(args)
    _say_where(settings, "serve", sys.stderr)
    workers = args.workers or _default_workers(settings.backend)
    if workers > 1:
        # Each worker process builds the app from the environment: hand it the options.
        # They share the store (the embedded one re-reads files another process wrote).
        os.environ["VBGRAPH_BACKEND"] = settings.backend
        os.environ["VBGRAPH_DATA_DIR"] = str(settings.data_dir)
        uvicorn.run("api.main:create_app", factory=True, host=args.host, port=args.port,
                    workers=workers, timeout_worker_healthcheck=WORKER_START_S)  # fmt: skip
        return EXIT_OK
    from api.main import create_app

    uvicorn.run(create_app(settings), host=args.host, port=args.port, workers=1)
    return EXIT_OK


# ---------------------------------------------------------------------------- parser
def add_store_options(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """Add --backend and --data-dir, the options of every command that opens the graph.

    They are taken before the sub-command too (`vbgraph --data-dir D show X` and `vbgraph show
    X --data-dir D` alike): the top-level parser sets them, and a sub-command's own copy
    (default SUPPRESS) only overrides them when given after it.
    """
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--backend", choices=("embedded", "sqlite", "neo4j"), default=default,
        help="graph store: sqlite (one file, the default), embedded (networkx in memory) or "
             "neo4j (default $VBGRAPH_BACKEND or sqlite)",
    )  # fmt: skip
    parser.add_argument(
        "--data-dir", default=default, metavar="DIR",
        help="SQLite or embedded store directory (default $VBGRAPH_DATA_DIR or .data/)",
    )  # fmt: skip


def _walk_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--depth", type=int, choices=range(1, L.MAX_DEPTH + 1), default=10, metavar="N",
        help=f"longest chain, 1-{L.MAX_DEPTH} (default 10)",
    )  # fmt: skip
    parser.add_argument(
        "--type", dest="types", action="append", type=_relation_type, metavar="T",
        help="edge type to follow, repeatable: " + ", ".join(t.value for t in RelationType)
        + " (default IMPLEMENTS, REVIEWS)",
    )  # fmt: skip


def _relation_type(text: str) -> RelationType:
    """A relation type as typed, in any case ("implements", "IMPLEMENTS")."""
    try:
        return RelationType(text.strip().upper())
    except ValueError:
        types = ", ".join(t.value for t in RelationType)
        raise argparse.ArgumentTypeError(bilingual(
            f"không có loại quan hệ {text!r}; hãy chọn một trong: {types}",
            f"no relation type {text!r}; one of: {types}",
        )) from None  # fmt: skip


def _at_least(least: int) -> Callable[[str], int]:
    """An argparse type: a whole number of at least `least`, else a message in both languages."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = least - 1
        if value < least:
            raise argparse.ArgumentTypeError(bilingual(
                f"cần một số nguyên ≥ {least}, không phải {text!r}",
                f"expected a whole number ≥ {least}, got {text!r}",
            ))  # fmt: skip
        return value

    return parse


_positive, _not_negative = _at_least(1), _at_least(0)


def _add(subparsers: Any, name: str, handler: Handler, help: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(name, help=help)
    add_store_options(parser)
    parser.set_defaults(handler=lambda a: run(handler, a, stdout=sys.stdout, stderr=sys.stderr))
    return parser


def register(subparsers: Any) -> None:
    """Add ingest, lineage, path, search, show, copy-embedded, stats, view and serve to
    `vbgraph`."""
    said = "nạp văn bản vào đồ thị / read documents into the graph (files or folders)"
    p = _add(subparsers, "ingest", _ingest, said)
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--meta", action="append", metavar="KEY=VALUE",
                   help="facts for every file (province, district, level, date…)")  # fmt: skip
    p.add_argument("--jobs", "-j", type=_positive, default=None, metavar="N",
                   help="processes that read and extract (default: the machine's cores; "
                        "1: none); one process writes: every N gives the same graph")  # fmt: skip
    p.add_argument("--follow-links", action="store_true",
                   help="read linked files that lead outside the folders given")  # fmt: skip
    add_read_options(p)

    said = ("dòng văn bản: văn bản được thực hiện và văn bản "
            "thực hiện / documents a document implements or that implement it")
    p = _add(subparsers, "lineage", _lineage, said)
    p.add_argument("code", metavar="CODE", help='a code as typed ("62 KL TW") or a node key')
    way = p.add_mutually_exclusive_group()
    way.add_argument("--up", action="store_true", help="what CODE implements, up to the centre")
    way.add_argument("--down", action="store_true", help="what implements CODE (default)")
    _walk_options(p)
    p.add_argument("--limit", type=_positive, default=1000,
                   help="most documents (default 1000)")  # fmt: skip
    p.add_argument("--offset", type=_not_negative, default=0,
                   help="documents of the walk to skip: the next page's --offset")  # fmt: skip
    p.add_argument("--json", action="store_true", help="the API's JSON answer")

    said = "đường nối hai văn bản / the chain from a document to another"
    p = _add(subparsers, "path", _path, said)
    p.add_argument("source", metavar="FROM", help="the implementing document, e.g. a ward plan")
    p.add_argument("target", metavar="TO", help="the document it may carry out, e.g. 62-KL/TW")
    _walk_options(p)
    p.add_argument("--undirected", action="store_true", help="walk edges either way")
    p.add_argument("--json", action="store_true", help="the API's JSON answer")

    said = ("tìm kiếm theo số hiệu, số, cơ quan, địa bàn hoặc từ / find documents by "
            "code, number, issuer, place or words")
    p = _add(subparsers, "search", _search, said)
    p.add_argument("query", metavar="QUERY", help='"62 KL TW", "ket luan 62", "doi moi noi dung"')
    p.add_argument("--limit", type=_positive, default=20, help="most hits (default 20)")
    p.add_argument("--json", action="store_true", help="the API's JSON answer")

    said = ("một văn bản: thông tin, mâu thuẫn, văn bản dẫn chiếu nó / one "
            "document: facts, conflicts, who cites it")
    p = _add(subparsers, "show", _show, said)
    p.add_argument("code", metavar="CODE")
    p.add_argument("--json", action="store_true")

    _add(subparsers, "copy-embedded", _copy_embedded,
         "chép kho cũ (graph.json) sang SQLite / copy the embedded store (graph.json) into the "
         "SQLite store in the same directory (done on first opening too)")  # fmt: skip

    said = ("thống kê theo cấp, loại, quan hệ / counts by level, kind and "
            "edge type")
    p = _add(subparsers, "stats", _stats, said)
    p.add_argument("--json", action="store_true")

    said = ("trang HTML xem dòng văn bản, dùng không cần mạng / write a "
            "document's lineage as an offline HTML page")
    p = _add(subparsers, "view", _view, said)
    p.add_argument("code", metavar="CODE")
    p.add_argument("-o", "--output", default="lineage.html", metavar="FILE")
    _walk_options(p)

    said = "chạy API và trang xem đồ thị / serve the API and the graph view (uvicorn)"
    p = subparsers.add_parser("serve", help=said)
    add_store_options(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--workers", type=_positive, default=None, metavar="N",
                   help="server processes (default: one per core on SQLite and Neo4j; one on "
                        "the embedded store, of which each would hold a copy)")  # fmt: skip
    p.set_defaults(handler=_serve)
