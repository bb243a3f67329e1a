"""Read, extract and write one document (uploaded bytes or a path), reporting what it gave.

`prepare` reads and extracts (no store: it runs in worker processes), `commit` builds the
document against the store and writes it in one all-or-nothing write. A file that cannot be
read or extracted gets its own error report and writes nothing; a store failure
(`StoreUnavailable`) is not a file's fault and propagates. `walk` lists the files of folders.
"""

from __future__ import annotations

import os
import re
import time
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from api.schemas import IngestFileOut, Outcome, Problem
from graph.build import build_document
from graph.errors import StoreUnavailable
from graph.model import DATE, DocumentRecord, Head
from graph.store import DocumentTarget
from ingest.errors import UnreadableDocument, VbgraphError, bilingual, os_reason
from ingest.models import Extraction
from ingest.read import SUPPORTED_SUFFIXES, read_document

MAX_FILE_BYTES = 50_000_000
# Two files of one document, a gazette's PDF and the TXT copied out of it, read as texts that
# differ by spacing, words hyphenated at line ends, page numbers and running heads. Of 394
# Công báo texts in both forms (hrmaster1982-dev/phapluat-8chude-data, docs/: PDF and TXT, laid
# out by bench/real_corpus.py), 374 give one code and one date in both, their `comparable`
# texts 90.4 to 100 alike (99 and more for most); of 622 pairs of different documents of one
# series, 97 (36/2021/TT-BLĐTBXH and 01/2023/TT-BLĐTBXH, which amends it), then 88 and less.
# So two files are one document only when their code and date agree, and their texts are then
# at least SAME_TEXT_MIN alike (rapidfuzz ratio): a text and its annex saved apart, or a text
# and its opening, are far less alike and stay two.
SAME_TEXT_MIN = 90.0
# The part of a long text compared: its first and last COMPARED characters (two 200,000-character
# texts took 2.5 s whole, in the one writing process; their ends of 30,000 each, 0.06 s, and of
# 20,000, 0.03 s). Of the 374 Công báo pairs above, 191 are longer than 40,000 characters; their
# ends of 20,000 are 91.0 to 100 alike (of 30,000: 90.4 to 100; within 3.4 points of it each).
COMPARED = 20_000
# A word hyphenated across a line end ("bảo hiểm xã hội bắt-\nbuộc" in a PDF's text). (The
# hyphen first, its word character looked behind: sre then finds the "-" in C instead of trying
# the pattern at every character; the same matches, 23x faster over real texts' ends.)
_LINE_END_HYPHEN = re.compile(r"-(?<=\w-)[ \t]*\n\s*(?=\w)")
# A line that is only a page number ("\n4 \n" in the TXT, joined to a running head in the PDF),
# with the line end before it: `_folded` puts one before the text, so the first line counts (the
# same lines as "(?m)^[ \t]*\d{1,4}[ \t]*$", found through their "\n" in C).
_PAGE_NUMBER_LINE = re.compile(r"\n[ \t]*\d{1,4}[ \t]*(?=\n|\Z)")


def comparable(text: str) -> str:
    """`text` as two files of one document share it: words hyphenated at line ends joined,
    page-number lines dropped, spacing collapsed, case folded; of a long text its first and
    last `COMPARED` characters."""
    if len(text) > 4 * COMPARED:  # (only the ends are folded: twice what they keep)
        return _folded(text[: 2 * COMPARED])[:COMPARED] + _folded(text[-2 * COMPARED :])[-COMPARED:]
    folded = _folded(text)
    if len(folded) > 2 * COMPARED:
        return folded[:COMPARED] + folded[-COMPARED:]
    return folded


# A long text's `comparable` form is made where the file is read (in a worker, for a few
# milliseconds: only its ends are folded) and kept by the writer for the last FORMS_KEPT such
# files, so comparing two texts of one code and date does not read either file again (the
# writer reads them otherwise: on the generated 40 MB corpus, whose five laws share a code and
# a date, that was 0.45 CPU-s of 1.7 MB files read again in the one writing process, at the
# end of the run). A form is used only while its file's size and modification time are those
# it was read with; else the file is read again, as before.
LONG_TEXT = 4 * COMPARED
FORMS_KEPT = 32


@dataclass(frozen=True, slots=True)
class Compared:
    """The `comparable` form of a file's text, and the file's size and modification time
    (ns) when it was read."""

    path: str
    size: int
    mtime_ns: int
    form: str


def _stamp(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_size, st.st_mtime_ns


_forms: OrderedDict[str, Compared] = OrderedDict()  # the writer's: path -> its last form


def _keep_form(compared: Compared) -> None:
    _forms[compared.path] = compared
    _forms.move_to_end(compared.path)
    while len(_forms) > FORMS_KEPT:
        _forms.popitem(last=False)


def _form_of(path: str) -> str:
    """`comparable` of the text of the file at `path`: the form kept when it was read if the
    file is as it was then, else read again.

    Raises:
        VbgraphError, ValueError, OSError: the file cannot be read.
    """
    kept = _forms.get(path)
    if kept is not None and _stamp(path) == (kept.size, kept.mtime_ns):
        return kept.form
    return comparable(read_document(path, max_bytes=MAX_FILE_BYTES).text)


def _compared(
    source: bytes | str | os.PathLike[str],
    stamp: tuple[int, int] | None,
    text: str,
    max_bytes: int,
    options: ReadOptions,
) -> Compared | None:
    """A long text's form for the writer's comparison (`_form_of`), with its file's `stamp`
    taken before it was read: only of a file the writer would read the same way (by its
    absolute path, with the default reading)."""
    if stamp is None or len(text) <= LONG_TEXT or isinstance(source, bytes):
        return None
    if options != DEFAULT_READ or max_bytes != MAX_FILE_BYTES:
        return None
    return Compared(os.fspath(source), *stamp, comparable(text))


def _stamp_of(source: bytes | str | os.PathLike[str]) -> tuple[int, int] | None:
    """The size and modification time of the file `source` names by its absolute path."""
    if isinstance(source, bytes) or not os.path.isabs(os.fspath(source)):
        return None
    return _stamp(os.fspath(source))


def _folded(text: str) -> str:
    folded = _PAGE_NUMBER_LINE.sub("\n ", "\n" + _LINE_END_HYPHEN.sub("", text))
    return " ".join(folded.split()).casefold()


def said_once(messages: Iterable[str]) -> list[str]:
    """Each message once, in first-seen order, with how many times it came when more than once:
    a text that names "Dự án 7" seven times without citing it gave seven like warnings
    (10/2022/TT-BLĐTBXH; a user trial read them in an upload's report).

    >>> said_once(["'QĐ 155' names no document", "x", "'QĐ 155' names no document"])
    ["'QĐ 155' names no document (×2)", 'x']
    """
    counts = Counter(messages)
    return [m if n == 1 else f"{m} (×{n})" for m, n in counts.items()]


def failure_report(filename: str, status: int, title: str, detail: str) -> IngestFileOut:
    """The report of a file that was not stored, with the problem that stopped it."""
    problem = Problem(title=title, status=status, detail=detail, instance=filename)
    return IngestFileOut(filename=filename, ok=False, status=status, error=problem)


def error_report(filename: str, exc: VbgraphError) -> IngestFileOut:
    """The report of a file that `exc` stopped, its message naming the file."""
    return failure_report(filename, exc.status, type(exc).__name__, str(exc.about(filename)))


def _unreadable(exc: ValueError | OSError) -> UnreadableDocument:
    """A library's error on a file, as vbgraph says it."""
    if isinstance(exc, OSError):
        vi, en = os_reason(exc)
        return UnreadableDocument(f"không đọc được tệp: {vi}", f"cannot read the file: {en}")
    return UnreadableDocument("không đọc được tệp", f"cannot read the file: {exc}")


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How the files of a run or an upload are read (`ingest.read.read_document`); handed to
    worker processes, so it stays small, frozen and picklable."""

    # HTML: read every element of a saved web page, its menus, lists of other items and
    # footer included; by default only its main content (their codes are not its citations).
    whole_page: bool = False


DEFAULT_READ = ReadOptions()


@dataclass(frozen=True, slots=True)
class Prepared:
    """A document read and extracted, not yet written: what a worker process hands back."""

    filename: str
    format: str
    read_warnings: tuple[str, ...]
    extraction: Extraction
    read_s: float = 0.0  # seconds reading (decoding, flattening) the file
    extract_s: float = 0.0  # seconds extracting
    compared: Compared | None = None  # a long text's comparable form (`_form_of`)


def prepare(
    source: bytes | str | os.PathLike[str],
    *,
    filename: str,
    metadata: Mapping[str, str] | None = None,
    max_bytes: int = MAX_FILE_BYTES,
    options: ReadOptions = DEFAULT_READ,
) -> Prepared | IngestFileOut:
    """Read and extract one document (no store involved, so it can run in any process).

    Returns:
        The prepared document, or the failure report of a file that cannot be read.
    """
    from ingest.extract import extract  # loaded once; commands that only query never need it

    try:
        start = time.perf_counter()
        name = filename if isinstance(source, bytes) else None
        stamp = _stamp_of(source)  # (before reading: a file changed meanwhile is read again)
        read = read_document(
            source, filename=name, max_bytes=max_bytes, whole_page=options.whole_page
        )
        meta = {**read.metadata, **{k: v for k, v in (metadata or {}).items() if v}}
        middle = time.perf_counter()
        ext = extract(read.text, path=filename, metadata=meta, body_start=read.body_start)
    except VbgraphError as exc:
        return error_report(filename, exc)
    except (ValueError, OSError) as exc:
        return error_report(filename, _unreadable(exc))
    compared = _compared(source, stamp, read.text, max_bytes, options)
    end = time.perf_counter()
    return Prepared(
        filename, read.format, read.warnings, ext, middle - start, end - middle, compared
    )


def commit(
    store: DocumentTarget,
    prepared: Prepared | IngestFileOut,
    timings: dict[str, float] | None = None,
) -> IngestFileOut:
    """Build a prepared document against `store` and write it in one all-or-nothing write.

    Args:
        timings: when given, the seconds spent building and writing are added to its
            "build" and "write" entries.

    Raises:
        StoreUnavailable: the store failed while reading or writing.
    """
    if isinstance(prepared, IngestFileOut):
        return prepared
    if prepared.compared is not None:
        _keep_form(prepared.compared)
    ext, filename = prepared.extraction, prepared.filename
    before = store.document(ext.document.id)
    if (
        before is not None
        and before.path != ext.path
        and not (ext.path and store.documents_at(ext.path))
    ):
        return _duplicate(prepared, before)
    start = time.perf_counter()
    try:
        write = build_document(store, ext)
    except StoreUnavailable:
        raise
    except VbgraphError as exc:
        return error_report(filename, exc)
    except ValueError as exc:
        return error_report(filename, _unreadable(exc))
    keys = sorted({n.key for n in write.nodes})
    existing = store.heads_by_key(keys)
    stored_host = existing.get(write.host_key)
    if stored_host is not None and before is None and not write.supersedes:
        twin = _stored_in_another_form(store, prepared, stored_host)
        if twin is not None:
            return _duplicate(prepared, twin[0], similarity=twin[1])
    built = time.perf_counter()
    store.replace_document(write)
    if timings is not None:
        timings["build"] = timings.get("build", 0.0) + built - start
        timings["write"] = timings.get("write", 0.0) + time.perf_counter() - built
    host = ext.document
    outcome: Outcome = (
        "replaced" if write.supersedes else "unchanged" if before is not None else "stored"
    )
    return IngestFileOut(
        filename=filename,
        ok=True,
        status=200,
        outcome=outcome,
        document=write.host_key,
        code=host.code.canonical if host.code else None,
        format=prepared.format,
        references=len(ext.references),
        relations=len(ext.relations),
        nodes=len(write.nodes),
        edges=len(write.edges),
        new_nodes=[k for k in keys if k not in existing],
        warnings=said_once([*prepared.read_warnings, *(w.message for w in ext.warnings)]),
    )


def _stored_in_another_form(
    store: DocumentTarget, prepared: Prepared, head: Head
) -> tuple[DocumentRecord, float] | None:
    """The document stored from another file that this one is in another form (a gazette
    text as PDF and as TXT: a user trial stored the two as two documents, each edge twice),
    with how alike their texts are: the same host node, code and date, and texts at least
    `SAME_TEXT_MIN` alike. Both files are read again to compare, only then (the writing
    process reads them: reading every text's comparable form in the workers added 15 % to
    extraction's time on the generated corpus; a long text's form, cheap to make, is made
    there and kept while its file stays as it was: `_form_of`), so only files under their
    absolute paths (`vbgraph ingest`) and still there count; an upload's name names no file."""
    host, path = prepared.extraction.document, prepared.extraction.path
    if host.code is None or host.date is None or not path or not os.path.isabs(path):
        return None
    if head.host_doc is None or head.canonical != host.code.canonical:
        return None
    stored = store.document(head.host_doc)
    if stored is None or not stored.path or not os.path.isabs(stored.path):
        return None
    if stored.path == prepared.extraction.path:
        return None
    said = store.said(head.key, head.host_doc)
    if not any(f.field == DATE and f.value == host.date.isoformat() for f in said):
        return None
    try:
        texts = [_form_of(p) for p in (path, stored.path)]
    except (VbgraphError, ValueError, OSError):
        return None  # (moved or changed since: the two are stored apart, as before)
    score = fuzz.ratio(*texts, score_cutoff=SAME_TEXT_MIN)
    return (stored, round(score, 1)) if score else None


def _duplicate(
    prepared: Prepared, stored: DocumentRecord, *, similarity: float | None = None
) -> IngestFileOut:
    """The report of a file whose text (and given facts) is a document stored already from
    another file: nothing is written, so the stored one keeps its source (a later edit of
    that file replaces it). Fifteen of the 5,705 real files of a user trial were copies of
    others under another name, and the summary counted them as stored documents. With
    `similarity`: the file is that document in another form (`_stored_in_another_form`)."""
    ext = prepared.extraction
    return IngestFileOut(
        filename=prepared.filename,
        ok=True,
        status=200,
        outcome="duplicate",
        same_as=stored.path,
        similarity=similarity,
        document=stored.host_key,
        code=ext.document.code.canonical if ext.document.code else None,
        format=prepared.format,
        references=len(ext.references),
        relations=len(ext.relations),
    )


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file a folder walk found and will not read, and why."""

    name: str  # printable (bytes that are not UTF-8 shown as \\xNN)
    vi: str  # why, in Vietnamese
    en: str  # why, in English

    @property
    def reason(self) -> str:
        return bilingual(self.vi, self.en)


def printable(path: str | os.PathLike[str]) -> str:
    """`path` as text that can be printed and stored (undecodable bytes as \\xNN)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def walk(
    paths: Iterable[str | os.PathLike[str]], *, follow_links: bool = False
) -> Iterator[Path | Skipped]:
    """Files named by `paths`, directories walked for supported extensions; a folder's
    README.* describes the folder and is skipped (name it to ingest it), and so is the
    "<page>_files" folder a browser saves beside "<page>.html" (the page's images, scripts
    and embedded frames: advertisements and widgets, not documents).

    A generator: a folder of any size is streamed, never listed whole. Entries of each folder
    come in name order and a subfolder where its name falls, the order of `sorted()` on the
    paths, so every run sees the files in the same order. Linked folders are not entered; a
    linked file that leads outside the folder given (/etc/passwd) is skipped unless
    `follow_links`; a file whose name is not valid UTF-8 is skipped (it cannot be stored or
    shown as it is).
    """
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            yield from _walk_dir(p, p.resolve(), follow_links)
        elif not p.exists() and not p.is_symlink() and not p.suffix:
            # a mistyped folder ("corpsu/"): not "unsupported file type (no extension)"
            yield Skipped(printable(p), "không có tệp hay thư mục này", "no such file or folder")
        else:
            yield _checked_name(p)


def walk_named(
    paths: Iterable[str | os.PathLike[str]], *, follow_links: bool = False
) -> Iterator[Path | Skipped]:
    """`walk`, each path given on its own, a folder holding no file vbgraph reads reported as
    skipped: an error, not silence (`vbgraph ingest EMPTY/` said "0 files failed", exit 0)."""
    for raw in paths:
        found = False
        for entry in walk([raw], follow_links=follow_links):
            found = True
            yield entry
        if not found:
            kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
            yield Skipped(printable(raw), f"ở đây không có tệp nào vbgraph đọc được ({kinds})",
                          f"no file vbgraph reads here ({kinds})")  # fmt: skip


def _checked_name(path: Path) -> Path | Skipped:
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return Skipped(printable(path), "tên tệp không phải mã UTF-8; hãy đổi tên tệp",
                       "its name is not valid UTF-8; rename the file")  # fmt: skip
    return path


def _walk_dir(folder: Path, root: Path, follow_links: bool) -> Iterator[Path | Skipped]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return  # unreadable folder: nothing to list (the files in it were never named)
    names = {e.name for e in entries}
    for entry in entries:
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):  # a linked folder could loop: not entered
            if not _saved_page_resources(entry.name, names):
                yield from _walk_dir(path, root, follow_links)
        elif (
            entry.is_file()
            and path.suffix.lower() in SUPPORTED_SUFFIXES
            and not entry.name.lower().startswith("readme.")
        ):
            if entry.is_symlink() and not follow_links and not _inside(path.resolve(), root):
                yield Skipped(
                    printable(path),
                    "liên kết tới một tệp ngoài thư mục; không đọc (--follow-links để đọc)",
                    "a link to a file outside the folder; not followed (--follow-links)",
                )
            else:
                yield _checked_name(path)


def _saved_page_resources(name: str, siblings: set[str]) -> bool:
    """Whether folder `name` is what a browser saved with a page beside it ("Tin tức_files"
    next to "Tin tức.html" or ".htm")."""
    stem = name.removesuffix("_files")
    return stem != name and any(f"{stem}{suffix}" in siblings for suffix in _PAGE_SUFFIXES)


_PAGE_SUFFIXES = (".html", ".htm", ".HTML", ".HTM")


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents
