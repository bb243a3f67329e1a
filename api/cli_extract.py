"""`vbgraph extract`: print what each document cites, as JSON lines or a readable table."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from api.uploads import DEFAULT_READ, ReadOptions, Skipped, said_once, walk_named
from ingest.errors import InvalidMetadata, UnreadableDocument, VbgraphError, os_reason
from ingest.models import Extraction
from ingest.read import read_document

EXIT_OK = 0
EXIT_UNREADABLE = 2


def parse_meta(items: Sequence[str]) -> dict[str, str]:
    """Parse repeated `--meta key=value` options.

    Raises:
        InvalidMetadata: if an item has no "=".
    """
    meta: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InvalidMetadata(
                f"--meta cần dạng khóa=giá_trị (ví dụ --meta province=\"Bắc Giang\"), không phải "
                f"{item!r}",
                f"--meta needs key=value (e.g. --meta province=\"Bắc Giang\"), got {item!r}",
            )
        meta[key.strip()] = value.strip()
    return meta


def extract_inputs(
    paths: Sequence[str],
    *,
    meta: dict[str, str],
    stdin: TextIO,
    options: ReadOptions = DEFAULT_READ,
) -> Iterator[tuple[str, Extraction | VbgraphError, tuple[str, ...]]]:
    """Read (as `options` say) and extract each input, a folder's supported files as
    `vbgraph ingest` walks them; yield (path, extraction or the error that stopped it, what
    reading it warned of: encodings guessed, bytes replaced, pages skipped, a web page's menus
    left out)."""
    from ingest.extract import extract  # only the commands that extract load the rules

    for path in _named_files(paths):
        if isinstance(path, Skipped):
            skipped = UnreadableDocument(
                f"bỏ qua: {path.vi}", f"skipped: {path.en}", subject=path.name
            )
            yield path.name, skipped, ()
            continue
        try:
            if path == "-":
                data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode()
                result = read_document(data, filename="stdin.txt")
            else:
                result = read_document(path, whole_page=options.whole_page)
        except VbgraphError as exc:
            yield path, exc, ()
            continue
        except OSError as exc:
            vi, en = os_reason(exc)
            unread = UnreadableDocument(f"không đọc được: {vi}", f"cannot read: {en}", subject=path)
            yield path, unread, ()
            continue
        merged = {**result.metadata, **meta}
        try:
            yield (
                path,
                extract(result.text, path=path, metadata=merged, body_start=result.body_start),
                result.warnings,
            )
        except VbgraphError as exc:
            yield path, exc.about(path), result.warnings


def _named_files(paths: Sequence[str]) -> Iterator[str | Skipped]:
    """The inputs named, "-" as it is, each folder replaced by the files in it that vbgraph
    reads (api.uploads.walk_named); a folder holding none is an error, not silence."""
    for path in paths:
        if path == "-":
            yield path
            continue
        for entry in walk_named([path]):
            yield entry if isinstance(entry, Skipped) else str(entry)


# What the text is (ingest.page), as the table names it.
PAGE_NAMES = {
    "document": "toàn văn hoặc phần đầu văn bản / the document itself",
    "report": "tin, bài đưa tin văn bản / a report of the document below",
    "other": "chỉ nhắc đến văn bản / mentions documents only",
}


def _table(extraction: Extraction, read_warnings: tuple[str, ...], console: Console) -> None:
    doc = extraction.document
    place = ", ".join(p for p in (doc.place.commune, doc.place.district, doc.place.province) if p)
    console.print(Text.assemble((extraction.path or "", "bold"),
                                f"  ·  {PAGE_NAMES.get(doc.page, doc.page)}"))  # fmt: skip
    console.print(
        f"  Văn bản / document: {doc.kind or '?'} "
        f"{doc.code.canonical if doc.code else '(không số)'}"
        f"  ·  Cơ quan / body: {doc.issuing_body or '?'}  ·  Cấp / level: {doc.level.value}"
        f"  ·  Địa bàn / place: {place or '?'}"
    )
    refs = Table(title="Văn bản được dẫn chiếu / references", show_lines=False)
    for column in ("Mã / code", "Loại / type word", "Ngày / date", "Cơ quan / issuing body",
                   "Khóa / term", "Vị trí (ký tự) / character offset"):  # fmt: skip
        refs.add_column(column)
    for ref in extraction.references:
        refs.add_row(
            ref.canonical or f"? ({ref.surface})",
            ref.type_word or "",
            ref.date.isoformat() if ref.date else "",
            ref.issuing_body or "",
            ref.term or "",
            str(ref.start),
        )
    console.print(refs)
    rels = Table(title="Quan hệ / relations")
    for column in ("Nguồn / source", "Quan hệ / type", "Đích / target", "Căn cứ / evidence"):
        rels.add_column(column)
    for rel in extraction.relations:
        source = "(văn bản này)" if rel.source == "HOST" else rel.source
        text = " ".join(rel.evidence.text.split())
        rels.add_row(
            source, rel.type.label, rel.target, text[:100] + ("…" if len(text) > 100 else "")
        )
    console.print(rels)
    for message in said_once([*read_warnings, *(w.message for w in extraction.warnings)]):
        console.print(Text.assemble(("  Cảnh báo / warning: ", "yellow"), message))


def run_extract(args: argparse.Namespace, *, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    try:
        meta = parse_meta(args.meta or [])
    except InvalidMetadata as exc:
        print(f"vbgraph extract: {exc}", file=stderr)
        return EXIT_UNREADABLE
    status = EXIT_OK
    console = Console(file=stdout, width=160, markup=False)  # document text: never markup
    options = read_options(args)
    inputs = extract_inputs(args.paths, meta=meta, stdin=stdin, options=options)
    for _path, outcome, read_warnings in inputs:
        if isinstance(outcome, VbgraphError):
            print(f"vbgraph extract: {outcome}", file=stderr)
            status = EXIT_UNREADABLE
            continue
        if args.json:
            payload: dict[str, Any] = outcome.as_dict()
            payload["read_warnings"] = list(read_warnings)
            stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
        else:
            _table(outcome, read_warnings, console)
    return status


def add_read_options(parser: argparse.ArgumentParser) -> None:
    """The options of how files are read, shared by `extract` and `ingest`."""
    parser.add_argument(
        "--whole-page", action="store_true",
        help="saved web pages (.html): read the whole page (cả trang), the site's menus, lists "
        "of other items and footer included; by default only its main content (nội dung chính)",
    )  # fmt: skip


def read_options(args: argparse.Namespace) -> ReadOptions:
    """The read options given on the command line."""
    return ReadOptions(whole_page=args.whole_page)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "extract", help="tìm văn bản mỗi tệp dẫn chiếu / find the documents each input "
        "cites (txt, md, html, docx, doc, pdf)"
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files or folders to read, or - for stdin"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per input per line")
    parser.add_argument(
        "--meta", action="append", metavar="KEY=VALUE",
        help="facts about the document (code, province, district, commune, issuing_body, date…)",
    )  # fmt: skip
    add_read_options(parser)
    parser.set_defaults(handler=lambda a: run_extract(a, stdout=sys.stdout, stderr=sys.stderr,
                                                      stdin=sys.stdin))  # fmt: skip
