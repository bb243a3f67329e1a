"""Turn a document file (.txt, .md, .html, .docx, .doc, .pdf) into Unicode text plus metadata.

This is the only module that touches bytes and file formats. It decodes text files (BOMs, UTF-8,
UTF-16, Windows-1258, and legacy TCVN3/VNI via `ingest.legacy`), flattens HTML/DOCX/PDF into
paragraphs, reads Word 97-2003 files through antiword, and reports what it did. It composes
letters typed with combining marks (NFC) and cleans no other character: offsets that later
stages report point into `ReadResult.text` exactly as returned here (line endings already
turned into "\\n"). Every failure is a `VbgraphError` whose one-line message names the file.
"""

from __future__ import annotations

import codecs
import copy
import html
import io
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ingest.errors import (
    LegacyEncodingError,
    UnreadableDocument,
    UnsupportedFormat,
    VbgraphError,
    bilingual,
    os_reason,
)
from ingest.legacy import assess_legacy, convert_legacy
from ingest.text import likely_decomposed

# The readers of HTML, DOCX and PDF import their libraries when first used: a run over plain
# texts never loads them, and the workers of `vbgraph ingest --jobs N` start 0.2 s sooner.
if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["SUPPORTED_SUFFIXES", "ReadResult", "read_document"]


@dataclass(frozen=True, slots=True)
class ReadResult:
    """A document's text and what was learnt while reading it."""

    text: str  # clean Unicode, NFC, "\n" line ends; offsets point into this
    format: str  # "txt" | "md" | "html" | "docx" | "doc" | "pdf"
    encoding: str | None  # text formats only: "utf-8", "utf-8-sig", "utf-16", "cp1258", "tcvn3" ...
    metadata: dict[str, str]  # front matter, <title>/<meta name>, docx/pdf document properties
    body_start: int  # offset in `text` after the front matter (kept in `text`); 0 if none
    warnings: tuple[str, ...]  # e.g. "converted from TCVN3 legacy encoding"


# File extension -> format name.
_FORMATS = {
    ".txt": "txt", ".text": "txt",
    ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html",
    ".docx": "docx",
    ".doc": "doc",
    ".pdf": "pdf",
}  # fmt: skip
SUPPORTED_SUFFIXES = tuple(_FORMATS)
_SUPPORTED = ", ".join(sorted(_FORMATS))

# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Windows-1252 with its five unassigned bytes read as Latin-1, so any byte string decodes; used
# to look at 8-bit text the way legacy TCVN3/VNI fonts drew it.
_CP1252_LENIENT = {
    byte: bytes([byte]).decode("cp1252")
    for byte in range(0x80, 0xA0)
    if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}
# Control characters that never occur in text (tab, line feed, VT, FF, CR, SUB and ESC aside).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x19\x1c-\x1f\x7f]")
_CONTROL_BYTES = bytes(b for b in range(128) if _CONTROL.match(chr(b)))
# "<meta charset=...>" or "<meta http-equiv=... content='text/html; charset=...'>".
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.-]+)", re.IGNORECASE)
# Labels that browsers read as Windows-1252 (WHATWG Encoding Standard).
_WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii"}
# "---" front matter at the very top, closed by "---" or "..." on a line of its own.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>(?:.*\n)*?)(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
# "key: value" inside front matter (nested and list lines are skipped).
_FRONT_MATTER_LINE = re.compile(r"(?P<key>[A-Za-z0-9_][\w .-]*?)[ \t]*:[ \t]*(?P<value>.*)")

# HTML elements whose content is never body text. <head> itself is not dropped: html.parser
# does not close it implicitly, so a page that never writes </head> has its body inside it.
_HTML_DROP = frozenset({"script", "style", "noscript", "template", "title"})
# HTML elements that start a new paragraph.
_HTML_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "menu", "nav", "ol", "p",
    "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "ul",
})  # fmt: skip
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # HTML collapsible white space (not U+00A0)

# WordprocessingML element names, as "{namespace}local".
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_P, _W_TBL, _W_TR, _W_TC = f"{_W}p", f"{_W}tbl", f"{_W}tr", f"{_W}tc"
# Runs of text inside a paragraph: what each special element stands for.
_DOCX_CHARS = {"tab": "\t", "br": "\n", "cr": "\n", "softHyphen": "\xad", "noBreakHyphen": "-"}
# Elements whose content is not document text: deleted runs, field codes, and the VML copy of
# a text box (mc:Fallback repeats mc:Choice).
_DOCX_SKIP = frozenset({"delText", "instrText", "Fallback", "footnoteReference", "sym"})
_FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def read_document(
    source: str | os.PathLike[str] | bytes,
    *,
    filename: str | None = None,
    max_bytes: int = 50_000_000,
    whole_page: bool = False,
) -> ReadResult:
    """Read a .txt, .md, .html, .docx, .doc or .pdf document into Unicode text.

    Text files are decoded by BOM, then UTF-16 without BOM (NUL-byte pattern), strict UTF-8,
    legacy TCVN3/VNI (converted, with a warning), and Windows-1258. Legacy mojibake found in
    UTF-8, HTML, DOCX or PDF text is converted too. Line endings become "\\n" in every format.

    Args:
        source: A path, or the file's bytes (then `filename` is required).
        filename: The file's name; its extension picks the format. Overrides the path's name.
        max_bytes: Largest file accepted.
        whole_page: HTML only: read every element of the page. By default a saved web page
            is read from its main content (trafilatura): the site's menus, its lists of other
            news or documents and its footer are not the document's text, and their codes
            would be taken for the page's own citations.

    Returns:
        The text, format, encoding, metadata, body offset and warnings.

    Raises:
        UnsupportedFormat: The extension is not one of .txt/.text/.md/.markdown/.html/.htm/
            .docx/.doc/.pdf, or bytes came without a filename, or a .doc holds RTF.
        LegacyEncodingError: The text shows TCVN3/VNI markers but does not convert cleanly.
        UnreadableDocument: The file is missing, too large, empty, binary, corrupt, encrypted,
            or (PDF) has no text layer.
    """
    if isinstance(source, bytes):
        if filename is None:
            raise UnsupportedFormat(
                f"không có tên tệp nên không biết định dạng; hãy cho filename= (đọc được: "
                f"{_SUPPORTED})",
                f"no filename given, so the format is unknown; pass filename= (supported: "
                f"{_SUPPORTED})",
                subject=f"<{len(source)} bytes>",
            )
        name = filename
    else:
        name = filename or os.fspath(source)
    suffix = Path(name).suffix.lower()
    fmt = _FORMATS.get(suffix)
    if fmt is None:
        kind = f"'{suffix}'" if suffix else None
        raise UnsupportedFormat(
            f"vbgraph không đọc loại tệp {kind or '(không có đuôi tệp)'}; chỉ đọc {_SUPPORTED}",
            f"unsupported file type {kind or '(no extension)'}; supported: {_SUPPORTED}",
            subject=name,
        )
    data = source if isinstance(source, bytes) else _read_file(source, name, max_bytes)
    if len(data) > max_bytes:
        raise _too_large(name, len(data), max_bytes)
    if not data:
        raise _empty(name)
    if fmt == "html":
        return _read_html(data, name, fmt, whole_page=whole_page)
    return _READERS[fmt](data, name, fmt)


def _read_file(path: str | os.PathLike[str], name: str, max_bytes: int) -> bytes:
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            raise _too_large(name, size, max_bytes)
        with open(path, "rb") as file:
            # (what `read(max_bytes + 1)` returns, without asking for a buffer of the limit's
            # size for every file: 50 MB each time, 45 µs of a 20 KB file's read)
            data = file.read(size + 1)
            if len(data) > size:  # it grew since: on up to the limit
                data += file.read(max_bytes + 1 - len(data))
            return data
    except OSError as exc:
        vi, en = os_reason(exc)
        raise UnreadableDocument(
            f"không mở được tệp: {vi}", f"cannot read the file: {en}", subject=name
        ) from exc


def _too_large(name: str, size: int, max_bytes: int) -> UnreadableDocument:
    return UnreadableDocument(
        f"tệp nặng {size:,} byte, quá giới hạn {max_bytes:,} byte",
        f"the file is {size:,} bytes, over the {max_bytes:,}-byte limit",
        subject=name,
    )


def _empty(name: str) -> UnreadableDocument:
    return UnreadableDocument("tệp rỗng", "the file is empty", subject=name)


def _one_line(exc: BaseException) -> str:
    """An exception as a short single line, for wrapping library errors."""
    detail = " ".join(str(exc).split()) or "no detail"
    return f"{type(exc).__name__}: {detail[:200]}"


# --- Text decoding ---------------------------------------------------------------------------


def _sniff_utf16(data: bytes) -> str | None:
    """Name the UTF-16 byte order of BOM-less `data`, judged by where its NUL bytes sit."""
    pairs = len(data) // 2
    if pairs < 2 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd >= 0.2 * pairs and even <= 0.05 * odd:
        return "utf-16-le"  # ASCII "K" is 4B 00
    if even >= 0.2 * pairs and odd <= 0.05 * even:
        return "utf-16-be"  # ASCII "K" is 00 4B
    return None


def _decode_unicode(
    data: bytes, name: str, declared: str | None
) -> tuple[str, str, list[str]] | None:
    """Decode by BOM, declared charset, BOM-less UTF-16 or UTF-8; None if none applies."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, []
            except UnicodeDecodeError as exc:
                label = encoding.removesuffix("-sig").upper()
                raise UnreadableDocument(
                    f"tệp mở đầu bằng dấu BOM của {label} nhưng nội dung không phải {label} "
                    "hợp lệ",
                    f"starts with a {label} byte-order mark but is not valid {label}",
                    subject=name,
                ) from exc
    if declared is not None:
        try:
            return data.decode(declared), declared, []
        except (UnicodeDecodeError, LookupError):  # LookupError: "base64" is no text encoding
            pass  # the declaration is wrong; fall through to detection
    if b"\x00" in data:
        utf16 = _sniff_utf16(data)
        if utf16 is not None:
            try:
                text = data.decode(utf16)
            except UnicodeDecodeError:
                pass
            else:
                return (
                    text,
                    utf16,
                    [bilingual(
                        f"không có dấu BOM; đọc theo {utf16.upper()} nhờ các byte NUL",
                        f"no byte-order mark; read as {utf16.upper()} from its NUL bytes",
                    )],  # fmt: skip
                )
        stray = _stray_nuls(data)
        if stray is not None:
            return stray
        raise UnreadableDocument(
            "có vẻ là tệp nhị phân (có byte NUL), không phải văn bản",
            "looks binary (it contains NUL bytes), not like text",
            subject=name,
        )
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        return _mostly_utf8(data)


# A text with a few NUL bytes in it is still text: a PDF's text layer copied out keeps a
# form's checkboxes as NUL ("(Chọn 01 hoặc nhiều hoạt động): \n\x00 Tiếp nhận, kiểm tra hồ sơ",
# 2 NULs in the 89 KB of Thông tư 02/2024/TT-BKHĐT). A binary file has far more, and is not
# valid UTF-8 besides.
_STRAY_NULS_PER_BYTE = 1 / 1000


def _stray_nuls(data: bytes) -> tuple[str, str, list[str]] | None:
    """`data` as UTF-8 with each of its few NUL bytes read as a space (one character for one,
    so offsets hold), or None when the NULs are too many or the rest is not UTF-8."""
    count = data.count(b"\x00")
    if count > len(data) * _STRAY_NULS_PER_BYTE:
        return None
    try:
        text = data.replace(b"\x00", b" ").decode("utf-8")
    except UnicodeDecodeError:
        return None
    plural = "s" if count > 1 else ""
    said = bilingual(
        f"đọc {count} byte NUL thành dấu cách", f"read {count} NUL byte{plural} as space{plural}"
    )
    return text, "utf-8", [said]


_BAD_BYTE = re.compile("[\udc80-\udcff]")  # what surrogateescape makes of an invalid byte
_REPORTED_OFFSETS = 10


def _mostly_utf8(data: bytes) -> tuple[str, str, list[str]] | None:
    """UTF-8 with a few invalid bytes (a damaged download, a bad copy): the bytes replaced by
    U+FFFD and reported, the rest kept. None when the invalid bytes are not few against the
    valid UTF-8 letters: then the text is 8-bit (Windows-1258, TCVN3, VNI), not UTF-8."""
    text = data.decode("utf-8", "surrogateescape")
    bad = [m.start() for m in _BAD_BYTE.finditer(text)]
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))  # counted in C
    letters = non_ascii - len(bad)
    if letters < 2 * len(bad):  # not UTF-8 with damage, but another encoding
        return None
    shown = ", ".join(str(i) for i in bad[:_REPORTED_OFFSETS])
    extra = len(bad) - _REPORTED_OFFSETS
    more, more_vi = (f" and {extra} more", f" và {extra} chỗ khác") if extra > 0 else ("", "")
    note = bilingual(
        f"{len(bad)} byte sai mã UTF-8 được thay bằng U+FFFD ở vị trí ký tự {shown}{more_vi}; "
        "phần còn lại của tệp đọc theo UTF-8",
        f"{len(bad)} invalid UTF-8 byte(s) replaced by U+FFFD at character offset(s) "
        f"{shown}{more}; the rest of the file is read as UTF-8",
    )
    return _BAD_BYTE.sub("\ufffd", text), "utf-8", [note]


def _converted(legacy: str) -> str:
    """The warning that a legacy-encoded text was converted to Unicode."""
    return bilingual(
        f"đã chuyển sang Unicode từ bảng mã {legacy.upper()} cũ",
        f"converted from {legacy.upper()} legacy encoding",
    )


def _decode_8bit(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """Decode non-Unicode bytes: TCVN3/VNI if their markers say so, else Windows-1258/1252."""
    latin = data.decode("latin-1").translate(_CP1252_LENIENT)
    verdict = assess_legacy(latin)
    if verdict.encoding is not None:
        legacy = verdict.encoding
        text = convert_legacy(latin, legacy)
        return text, legacy, [_converted(legacy)]
    if verdict.looks_legacy:
        raise _unconverted(name)
    for encoding, note in (
        ("cp1258", bilingual(
            "đọc theo bảng mã Windows-1258: dấu thanh là ký tự tổ hợp cho đến khi chuẩn hóa NFC",
            "read as Windows-1258: tone marks are combining characters until NFC")),
        ("cp1252", bilingual(
            "không phải UTF-8 hay Windows-1258; đọc theo Windows-1252",
            "not UTF-8 or Windows-1258; read as Windows-1252")),
    ):  # fmt: skip
        try:
            return data.decode(encoding), encoding, [note]
        except UnicodeDecodeError:
            continue
    raise UnreadableDocument(
        "không phải văn bản mã UTF-8, UTF-16, Windows-1258, TCVN3 hay VNI (có byte không giải "
        "mã được)",
        "not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI text (undecodable bytes)",
        subject=name,
    )


def _unconverted(name: str) -> LegacyEncodingError:
    return LegacyEncodingError(
        "có vẻ là văn bản mã TCVN3/VNI cũ nhưng không chuyển sang Unicode được chắc chắn; hãy "
        "chuyển mã sang Unicode (ví dụ bằng UniKey) rồi nạp lại",
        "looks like TCVN3/VNI legacy text but does not convert cleanly; convert it to Unicode "
        "(e.g. with UniKey) and try again",
        subject=name,
    )


def _may_hold_control(data: bytes, encoding: str) -> bool:
    """Whether text decoded from `data` may hold a `_CONTROL` character. In UTF-8 every such
    character is its own byte, which no other character's bytes hold: one pass over the bytes
    in C (`bytes.translate`) answers for the text, faster than the pattern over the text."""
    if encoding not in ("utf-8", "utf-8-sig"):
        return True
    return len(data.translate(None, _CONTROL_BYTES)) != len(data)


def _decode(data: bytes, name: str, declared: str | None = None) -> tuple[str, str, list[str]]:
    """Decode text bytes; return (text, encoding, warnings). Legacy TCVN3/VNI is converted."""
    decoded = _decode_unicode(data, name, declared) or _decode_8bit(data, name)
    text = decoded[0]
    if not text:
        raise _empty(name)
    if "\x00" in text or (
        _may_hold_control(data, decoded[1])
        and len(_CONTROL.findall(text[:100_000])) > 0.01 * len(text[:100_000])
    ):
        raise UnreadableDocument(
            "có vẻ là tệp nhị phân (nhiều ký tự điều khiển), không phải văn bản",
            "looks binary (control characters), not like text",
            subject=name,
        )
    return decoded


def _fix_legacy(text: str, name: str, utf8: bytes | None = None) -> tuple[str, str | None]:
    """Convert TCVN3/VNI mojibake found in already-decoded text; return (text, encoding used).
    `utf8`: the bytes `text` is the strict UTF-8 decoding of, if known (`assess_legacy`)."""
    verdict = assess_legacy(text, utf8)
    if verdict.encoding is not None:
        return convert_legacy(text, verdict.encoding), verdict.encoding
    if verdict.looks_legacy:
        raise _unconverted(name)
    return text, None


def _composed(text: str) -> str:
    """`text` in Unicode's composed form (NFC): a letter typed as its base and combining marks
    ("Unicode tổ hợp" in UniKey, text copied from macOS: "Quyết định" as "Quye\u0302\u0301t
    đi\u0323nh") becomes the precomposed letter every rule is written for. Without it the
    page's line width reads wider than it is (each mark counts), so no hard-wrapped sentence is
    joined, and the Official Gazette's running header is not found. Offsets point into the
    composed text (the text as read), as they do after a legacy encoding's conversion."""
    return unicodedata.normalize("NFC", text) if likely_decomposed(text) else text


def _newlines(text: str) -> str:
    """`text` with CR LF and lone CR as LF (`text` itself when it has no CR)."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _finish(
    text: str,
    name: str,
    fmt: str,
    *,
    encoding: str | None = None,
    metadata: dict[str, str] | None = None,
    warnings: list[str] | None = None,
    utf8: bytes | None = None,
) -> ReadResult:
    """Normalise line ends, convert legacy mojibake, parse front matter, build the result.
    `utf8`: the bytes `text` is the strict UTF-8 decoding of, if known (read once, not
    encoded again to look for legacy letters)."""
    warnings = list(warnings or [])
    metadata = dict(metadata or {})
    lined = _newlines(text)
    text, legacy = _fix_legacy(lined, name, utf8 if lined is text else None)
    if legacy is not None:
        warnings.append(_converted(legacy))
        metadata = {key: convert_legacy(value, legacy) for key, value in metadata.items()}
    if not text.strip():
        raise UnreadableDocument("tệp không có chữ nào", "the file contains no text", subject=name)
    text = _composed(_percent_decoded(text))
    metadata = {key: _composed(value) for key, value in metadata.items()}
    body_start = 0
    if fmt in ("txt", "md"):
        text = _json_record_as_fields(text)
        front, body_start = _front_matter(text)
        metadata |= front
    return ReadResult(text, fmt, encoding, metadata, body_start, tuple(warnings))


# A run of percent-encoded bytes, as a web link's query prints them: a table of texts copied
# with its vbpl.vn links ("…&Keyword=S%E1%BB%91%2031/2015/N%C4%90-CP" is "Số 31/2015/NĐ-CP",
# cb-cong_doan-quyet-dinh-so-1478-qd-bldtbxh, 87 such codes). Read as they stand, "%C4%90-TTg"
# gave a phantom Party-shaped code "90-TTg".
_PERCENT_RUN = re.compile(r"%[0-9A-Fa-f]{2}(?:%[0-9A-Fa-f]{2})*")  # (a literal first: a fast scan)
_NON_ASCII_BYTE = re.compile(r"%[89A-Fa-f]")


def _percent_decoded(text: str) -> str:
    """`text` with each run of percent-encoded bytes that holds a letter beyond ASCII and is
    UTF-8 ("%C4%90" → "Đ", "%E1%BB%91%20" → "ố ") decoded; other runs ("%20" alone, "50%20" …)
    and runs that are no UTF-8 left as they stand."""
    if "%" not in text:
        return text

    def decoded(m: re.Match[str]) -> str:
        run = m.group()
        if not _NON_ASCII_BYTE.search(run):
            return run
        try:
            letters = bytes.fromhex(run.replace("%", "")).decode("utf-8")
        except UnicodeDecodeError:
            return run
        return run if any(c < " " for c in letters) else letters

    return _PERCENT_RUN.sub(decoded, text)


# --- Plain text and Markdown -----------------------------------------------------------------


# A site's data record written as a JSON object's members, one to a line: a static site's JSON
# front matter ('"title": "Nghị quyết về việc thông qua Đồ án …",', '"co_quan_ban_hanh": "HỘI
# ĐỒNG NHÂN DÂN HUYỆN ĐẮK SONG",', '"tai_lieu_dinh_kem": "/img/05-NQ-HDND_2020….PDF",' between
# "---json", "{" and "}", easywebhub/daksong_website's document entries, retired batch t). A
# member's string value; a number, true, false, null or an empty list or object is furniture.
_JSON_MEMBER = re.compile(
    r'[ \t]*"(?P<key>[A-Za-z_][\w .-]{0,40})"[ \t]*:[ \t]*'
    r'(?:"(?P<value>(?:[^"\\\n]|\\.)*)"|true|false|null|-?\d+(?:\.\d+)?|\[[ \t]*\]|\{[ \t]*\})'
    r"[ \t]*,?[ \t]*"
)
# A static-site generator's own keys for the page it builds (Jekyll's and Hugo's front matter:
# its address, template, section, tags, build flags and posting date), not the entry's fields:
# '"slug": "11-nq-hdnd-dak-song-15-07-2020",', '"layout": "van-ban.html",', '"date":
# "2020-07-17T00:20:00.000Z",' above and under a document entry's title (easywebhub/
# daksong_website's whole stored files, retired batches t and y: the date the entry was posted,
# "ngay_ban_hanh" the document's).
_SITE_KEYS = frozenset({
    "slug", "layout", "permalink", "url", "aliases", "category", "categories", "tag", "tags",
    "draft", "weight", "date",
})
_JSON_FURNITURE = re.compile(r"[ \t]*(?:[{}\[\]],?|---(?:json)?)?[ \t]*")
_JSON_MEMBERS_MIN = 2


def _json_record_as_fields(text: str) -> str:
    """`text` read as its fields where it is nothing but a JSON record's members
    (`_JSON_MEMBER`, with braces and a front matter's fences): each member's line becomes
    "key words: value", the key's "_" a space, the quotes and the comma blank, one character
    for one (offsets hold), so a record's "ngay_ban_hanh", "tai_lieu_dinh_kem" read as a
    portal's labels "Ngày ban hành", "Tài liệu đính kèm" do. Any other text as it stands."""
    if not text.lstrip(" \t\n-json{").startswith('"'):
        return text  # (the first filled line opens no member: a quick way out for other texts)
    pairs: list[tuple[re.Match[str] | None, str]] = []
    for line in text.split("\n"):
        member = _JSON_MEMBER.fullmatch(line)
        if member is None and not _JSON_FURNITURE.fullmatch(line):
            return text
        pairs.append((member, line))
    if sum(m is not None for m, _ in pairs) < _JSON_MEMBERS_MIN:
        return text
    out = []
    for m, line in pairs:
        if m is None or not m.group("value") or m.group("key").lower() in _SITE_KEYS:
            # (a member with no text, '"description": "",', '"permalink": true,', says nothing
            # of the entry: blank, as the furniture is; so does a generator's key)
            out.append(" " * len(line))
            continue
        chars = [" "] * len(line)
        key = m.group("key").replace("_", " ")
        chars[m.start("key") : m.end("key")] = key
        chars[m.end("key")] = ":"  # where the closing quote stood
        if m.group("value") is not None:
            chars[m.start("value") : m.end("value")] = m.group("value")
        out.append("".join(chars))
    return "\n".join(out)


def _front_matter(text: str) -> tuple[dict[str, str], int]:
    """Parse flat "key: value" front matter; return (metadata, offset where the body starts)."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return {}, 0
    metadata: dict[str, str] = {}
    for line in match.group("body").splitlines():
        pair = _FRONT_MATTER_LINE.fullmatch(line)
        if pair is None:
            continue
        value = pair.group("value").strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if value:
            metadata[pair.group("key")] = value
    return metadata, match.end()


def _read_text(data: bytes, name: str, fmt: str) -> ReadResult:
    text, encoding, warnings = _decode(data, name)
    # (UTF-8 read without a warning is the strict decoding of `data`: `_decode_unicode`)
    utf8 = data if encoding == "utf-8" and not warnings else None
    text, tags = _strip_markup(text)
    if tags:
        warnings.append(_tags_removed(tags))
        utf8 = None
    return _finish(text, name, fmt, encoding=encoding, warnings=warnings, utf8=utf8)


def _tags_removed(tags: int) -> str:
    return bilingual(
        f"đã bỏ {tags} thẻ HTML khỏi văn bản", f"{tags} HTML tags removed from the text"
    )


# HTML formatting tags left in a text file copied from a page's source or a document-sharing
# site ("UBND HUYỆN THANH OAI <b>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>\n<b>HỘI KHUYẾN
# HỌC</b> <b><sub>Độc lập - Tự do - Hạnh phúc</sub></b>"): they split the header's lines and
# words from what reads them. Only these element names, and only when a text holds several.
_MARKUP_TAG = re.compile(
    r"</?(?P<name>b|i|u|s|em|strong|sub|sup|span|font|a|p|div|br|center|h[1-6]|li|ul|ol"
    r"|table|tbody|thead|tr|td|th|html|head|body|meta)(?:\s[^<>]{0,300})?(?:/?>|(?=<))",
    re.IGNORECASE,
)
_BLOCK_TAGS = frozenset({
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tbody",
    "thead", "tr", "center", "html", "head", "body",
})  # fmt: skip
# A character reference left in the page's source ("Ng&agrave;y", "Tuy&ecirc;n gi&aacute;o",
# "&nbsp;", "&#7889;"), read back where the text is a page's markup.
_CHARACTER_REFERENCE = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,5}|#x[0-9A-Fa-f]{2,4});")
_MIN_MARKUP_TAGS = 4


def _strip_markup(text: str) -> tuple[str, int]:
    """`text` without its HTML formatting tags (a block tag leaves a line break, an inline one
    nothing) and with its character references read, and how many tags there were; unchanged
    when it holds fewer than a few."""
    if "<" not in text:
        return text, 0
    tags = list(_MARKUP_TAG.finditer(text))
    if len(tags) < _MIN_MARKUP_TAGS:
        return text, 0
    pieces: list[str] = []
    pos = 0
    for m in tags:
        pieces.append(text[pos : m.start()])
        if m.group("name").lower() in _BLOCK_TAGS:
            pieces.append("\n")
        pos = m.end()
    pieces.append(text[pos:])
    stripped = "".join(pieces)
    if "&" in stripped:
        stripped = _CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group(0)), stripped)
    return stripped, len(tags)


# --- HTML ------------------------------------------------------------------------------------


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML file declares in a <meta> tag, if Python knows it."""
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    label = match.group(1).decode("ascii").lower()
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        encoding = codecs.lookup(label).name
    except LookupError:
        return None
    # A <meta> can only be read if the bytes are ASCII-compatible, so a declared UTF-16/32 is
    # wrong; browsers read such pages as UTF-8 (WHATWG "prescan").
    return "utf-8" if encoding.startswith(("utf-16", "utf-32")) else encoding


def _html_text(root: HtmlElement) -> str:
    """Flatten HTML into text: a blank line between blocks, one line per paragraph and per
    table row.

    A paragraph is a line as a text file gives it, not a block set apart: portals print a
    converted document one <p> per printed line (its header's cells, its wrapped sentences),
    and a text copied from such a page has each on a line of its own, with no blank line
    between, which is how the rules that join wrapped lines and read headers know them. A
    heading, list, table or division still stands apart by a blank line."""
    # Output pieces: text, or an int = a line break of that many "\n" that merges with the
    # breaks next to it ("</p><p>" is one paragraph break, not two).
    parts: list[str | int] = []
    # Work list, popped from the end: elements, text (str), breaks (ints), or (text,) to emit
    # as is. An element's tail (the text after it, up to its next sibling) is pushed first,
    # so it comes out after the element's own content.
    work: list[HtmlElement | str | int | tuple[str]] = [root]
    while work:
        item = work.pop()
        if isinstance(item, int):
            if parts and isinstance(parts[-1], int):
                parts[-1] = max(parts[-1], item)
            elif parts:
                parts.append(item)
        elif isinstance(item, tuple):
            parts.append(item[0])
        elif isinstance(item, str):
            text = _HTML_SPACE.sub(" ", item)
            if text != " " or (parts and not isinstance(parts[-1], int)):
                parts.append(text)
        else:
            if item.tail:
                work.append(item.tail)
            name = item.tag
            if not isinstance(name, str) or name in _HTML_DROP:
                continue  # comments, <?…?>, scripts: only the text after them counts
            if name == "br":
                work.append(("\n",))
                continue
            breaks = 1 if name in ("tr", "p") else 2 if name in _HTML_BLOCKS else 0
            if breaks:
                work.append(breaks)
            elif name in ("td", "th"):
                work.append(("\t",))
            work.extend(reversed(item))
            if item.text:
                work.append(item.text)
            if breaks:
                work.append(breaks)
    text = "".join("\n" * part if isinstance(part, int) else part for part in parts)
    text = re.sub(r" *\t[ \t]*", "\t", text)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", re.sub(r" {2,}", " ", text)).strip("\n\t ")


def _html_metadata(root: HtmlElement) -> dict[str, str]:
    metadata: dict[str, str] = {}
    title = root.find(".//title")
    if title is not None:
        text = " ".join(title.text_content().split())
        if text:
            metadata["title"] = text
    for meta in root.iter("meta"):
        key, value = meta.get("name"), meta.get("content")
        key = key.strip().lower() if key is not None else None
        if key in _HTML_META_KEPT and value is not None and value.strip():
            metadata[key] = " ".join(value.split())
    return metadata


# The <meta> names a page's metadata keeps: what describes it. The site writes the others
# ("date", "code", "title" of its own CMS …), and facts named like a user's (--meta date=…)
# would be taken for the document's: a portal's publishing date for the plan's, or a file
# refused for a "code" that is none.
_HTML_META_KEPT = frozenset({"description", "keywords", "news_keywords", "author", "subject"})


# What libxml2 takes no part in: an XML declaration naming an encoding (the text is decoded
# already) and the control characters XML forbids (the decoder lets a few through).
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*>")
_XML_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


# A page nested deeper than libxml2 builds (2,048 elements: old pages leave <font> and <b>
# unclosed by the thousand) is read flat: its scripts and styles dropped, each block tag a
# line break, every other tag removed.
_SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_ANY_TAG = re.compile(r"<(/?)([A-Za-z][\w:.-]*)[^>]*>")


def _parse_html(markup: str) -> HtmlElement:
    """The page's element tree (lxml: libxml2's HTML parser, as forgiving as a browser)."""
    import lxml.html

    markup = _XML_FORBIDDEN.sub(" ", _XML_DECLARATION.sub("", markup))
    if not markup.strip():
        markup = "<html></html>"
    parser = lxml.html.HTMLParser(huge_tree=True)
    root = lxml.html.document_fromstring(markup, parser=parser)
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        flat = _ANY_TAG.sub(_flat_tag, _SCRIPT_OR_STYLE.sub("", markup))
        root = lxml.html.document_fromstring(f"<html><body>{flat}</body></html>", parser=parser)
    return root


def _flat_tag(tag: re.Match[str]) -> str:
    name = tag.group(2).lower()
    return "<br>" if name in _HTML_BLOCKS or name in ("br", "tr", "td", "th") else ""


def _read_html(data: bytes, name: str, fmt: str, *, whole_page: bool = False) -> ReadResult:
    markup, encoding, warnings = _decode(data, name, _declared_charset(data))
    try:
        root = _parse_html(markup)
        metadata = _html_metadata(root)
        text = _html_text(root)
        main = None if whole_page else _main_content(root)
        main_root = _parse_html(main) if main else None
        main_text = "" if main_root is None or _page_run_together(main_root) else (
            _html_text(main_root)
        )  # fmt: skip
    except Exception as exc:  # libxml2 gives up on some malformed markup
        raise UnreadableDocument(
            "không đọc được trang HTML này", f"not readable HTML ({_one_line(exc)})", subject=name
        ) from exc
    if main_text.strip() and len(main_text) < len(text):
        if _site_banner_title(metadata.get("title"), text, main_text):
            del metadata["title"]
        warnings.append(bilingual(
            f"chỉ đọc nội dung chính của trang ({len(main_text):,} trên {len(text):,} ký tự); "
            "trình đơn, danh sách tin khác và chân trang bị bỏ qua (--whole-page hay whole_page "
            "đọc cả)",
            f"read the page's main content ({len(main_text):,} of {len(text):,} characters); "
            "its menus, lists of other items and footer are left out (--whole-page, or "
            "whole_page, reads them too)",
            subject=name,
        ))  # fmt: skip
        text = main_text
    text = _without_shown_markup(text, warnings)
    return _finish(text, name, fmt, encoding=encoding, metadata=metadata, warnings=warnings)


def _without_shown_markup(text: str, warnings: list[str]) -> str:
    """A page's text without the HTML tags it shows as text, as a text file's are removed: a
    page that reposts a document copied from another page's source prints its markup escaped
    ("&lt;p&gt;Ng&amp;agrave;y 5/1/2017, Ban Tuy&amp;ecirc;n gi&amp;aacute;o …", the source of
    thanhdoan.hochiminhcity.gov.vn's 21-HD/BTGTW), which the page shows as "<p>Ng&agrave;y …":
    the tags split the header's lines and the references hide the letters."""
    stripped, tags = _strip_markup(text)
    if tags:
        warnings.append(_tags_removed(tags))
    return stripped


def _page_run_together(main: HtmlElement) -> bool:
    """Whether trafilatura found no main content and gave its fallback instead: the page's
    whole text in one paragraph, its lines kept only as line feeds, which HTML reads as spaces
    (vbpl.vn's "Lược đồ" page, a provincial gazette's search page: menus, banner, list and
    footer run into one line of 5,000 characters). The whole page says the same, line by line."""
    body = main.find("body")
    blocks = list(body) if body is not None else []
    return (
        len(blocks) == 1 and blocks[0].tag == "p" and len(blocks[0]) == 0
        and "\n" in (blocks[0].text or "").strip()
    )  # fmt: skip


def _site_banner_title(title: str | None, page_text: str, main_text: str) -> bool:
    """Whether the page's <title> is the site's name, not its document's: a line of its own in
    the site's banner or menus and nowhere in the main content. vbpl.vn titles every page
    "Trung ương" (or the province's name), the database it belongs to, and shows that name
    above its menus; as the document's title it would name every law "Trung ương". A
    headline ("Kế hoạch số 12-KH/UBND …") stands in the main content and is kept, and so is
    a "headline - site" title, which is no line of the page."""
    if not title:
        return False

    def lines(text: str) -> set[str]:
        return {" ".join(line.split()) for line in text.splitlines()}

    return title in lines(page_text) and title not in lines(main_text)


def _main_content(root: HtmlElement) -> str | None:
    """The page's main content as HTML, as trafilatura finds it (tables, headings and lines
    kept, so the header of a document published as a web page reads as before), or None
    where it finds none or cannot parse the page (then the whole page is read)."""
    import trafilatura

    tree = copy.deepcopy(root)  # trafilatura prunes the tree it is given
    for anchor in list(tree.iter("a")):
        if anchor.get("href") is None:
            # "<strong>Điều <a name="Dieu_3"></a>3. Nguyên tắc xử lý</strong>" (vbpl.vn): a
            # target, not a link; as a link it would make the heading look like a menu's
            anchor.drop_tag()
    try:
        return trafilatura.extract(
            tree,
            output_format="html", include_tables=True, include_comments=False,
            include_images=False, include_links=False, favor_recall=True, deduplicate=False,
        )  # fmt: skip
    except Exception:  # lxml and trafilatura raise many kinds on odd markup
        return None


# --- DOCX ------------------------------------------------------------------------------------


def _local(tag: Any) -> str | None:
    """An lxml element's local name; None for comments and processing instructions."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else None


def _docx_inline(element: Any) -> str:
    """The text of a paragraph (or any inline container), in document order."""
    parts: list[str] = []
    for child in element:
        local = _local(child.tag)
        if local is None or local in _DOCX_SKIP or local.endswith("Pr"):
            continue  # properties (pPr, rPr ...) hold tab stops, not tabs
        if local == "t":
            parts.append(child.text or "")
        elif local in _DOCX_CHARS:
            parts.append(_DOCX_CHARS[local])
        else:
            parts.append(_docx_inline(child))
    return "".join(parts)


def _docx_blocks(container: Any) -> Iterator[str]:
    """Paragraph texts and tables (rows on lines, cells split by tabs) in body order."""
    for child in container:
        if child.tag == _W_P:
            text = _docx_inline(child).strip()
            if text:
                yield text
        elif child.tag == _W_TBL:
            rows = []
            for row in child.iterchildren(_W_TR):
                cells = [_docx_cell(cell) for cell in row.iterchildren(_W_TC)]
                if any(cells):
                    rows.append("\t".join(cells))
            if rows:
                yield "\n".join(rows)
        elif _local(child.tag) in ("sdt", "sdtContent", "customXml", "smartTag"):
            yield from _docx_blocks(child)  # content controls wrap ordinary paragraphs


def _docx_cell(cell: Any) -> str:
    return " ".join(" ".join(block.split("\n")) for block in _docx_blocks(cell))


def _docx_footnotes(document: Any) -> list[str]:
    """Text of each real footnote (not the separator lines Word keeps in the same part)."""
    from docx.oxml import parse_xml

    notes: list[str] = []
    for rel in document.part.rels.values():
        if rel.reltype != _FOOTNOTES_REL or rel.is_external:
            continue
        for note in parse_xml(rel.target_part.blob):
            if _local(note.tag) == "footnote" and note.get(f"{_W}type") in (None, "normal"):
                text = " ".join(_docx_blocks(note))
                if text:
                    notes.append(text)
    return notes


def _docx_metadata(document: Any) -> dict[str, str]:
    props = document.core_properties
    metadata = {
        key: " ".join(value.split())
        for key, value in (
            ("title", props.title),
            ("author", props.author),
            ("subject", props.subject),
            ("keywords", props.keywords),
        )  # fmt: skip
        if value and value.strip()
    }
    if props.created is not None:
        metadata["created"] = props.created.date().isoformat()
    return metadata


DOCX_MAX_UNPACKED = 256_000_000  # bytes all parts of a .docx may unpack to
DOCX_MAX_PART = 64_000_000  # bytes one part (document.xml …) may unpack to
DOCX_MAX_RATIO = 100  # how much a part over 1 MB may grow when unpacked
DOCX_MAX_PARTS = 10_000


def _check_docx_sizes(data: bytes, name: str) -> None:
    """Refuse a .docx whose parts would unpack beyond the limits (a zip bomb), from the
    sizes its zip directory declares; zipfile never unpacks a part beyond its declared size."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _not_docx(name, exc) from exc
    if len(parts) > DOCX_MAX_PARTS:
        raise UnreadableDocument(
            f"tệp có {len(parts):,} phần, một tệp .docx thật có ít hơn nhiều",
            f"the file has {len(parts):,} parts; a .docx has far fewer",
            subject=name,
        )
    total = sum(p.file_size for p in parts)
    if total > DOCX_MAX_UNPACKED:
        raise UnreadableDocument(
            f"giải nén sẽ ra {total:,} byte, quá giới hạn {DOCX_MAX_UNPACKED:,} byte (bom nén?); "
            "chưa đọc gì",
            f"it would unpack to {total:,} bytes, over the {DOCX_MAX_UNPACKED:,}-byte limit "
            "(a zip bomb?); nothing was read",
            subject=name,
        )
    for p in parts:
        ratio = p.file_size / max(1, p.compress_size)
        if p.file_size > DOCX_MAX_PART or (p.file_size > 1_000_000 and ratio > DOCX_MAX_RATIO):
            raise UnreadableDocument(
                f"phần {p.filename} giải nén sẽ ra {p.file_size:,} byte (gấp {ratio:,.0f} lần "
                "khi nén), quá giới hạn (bom nén?); chưa đọc gì",
                f"part {p.filename} would unpack to {p.file_size:,} bytes ({ratio:,.0f}× its "
                "packed size), over the limits (a zip bomb?); nothing was read",
                subject=name,
            )


def _not_docx(name: str, exc: Exception) -> UnreadableDocument:
    return UnreadableDocument(
        "không phải tệp .docx đọc được (tệp hỏng hoặc sai định dạng)",
        f"not a readable .docx file ({_one_line(exc)})",
        subject=name,
    )


def _read_docx(data: bytes, name: str, fmt: str) -> ReadResult:
    import docx

    _check_docx_sizes(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # BadZipFile, KeyError, lxml errors ...: all mean "not a docx"
        raise _not_docx(name, exc) from exc
    try:
        blocks = list(_docx_blocks(document.element.body))
        footnotes = _docx_footnotes(document)
        metadata = _docx_metadata(document)
    except Exception as exc:
        raise UnreadableDocument(
            "cấu trúc tệp .docx bị hỏng",
            f"damaged .docx structure ({_one_line(exc)})",
            subject=name,
        ) from exc
    warnings = [bilingual(
        f"{len(footnotes)} chú thích cuối trang được nối vào sau phần thân",
        f"{len(footnotes)} footnote(s) appended after the body",
    )] if footnotes else []  # fmt: skip
    text = "\n\n".join(blocks + footnotes)
    return _finish(text, name, fmt, metadata=metadata, warnings=warnings)


# --- Word 97-2003 (.doc) ---------------------------------------------------------------------

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file a Word 97-2003 file is
DOC_TIMEOUT_S = 60  # antiword reads a large .doc in well under a second


def _read_doc(data: bytes, name: str, fmt: str) -> ReadResult:
    """A Word 97-2003 file, through antiword (Debian package `antiword`, `make doc-deps`).
    Portals often serve a .docx or a saved web page under a .doc name: those are read as what
    they are; RTF under a .doc name is refused with what to do."""
    if data.startswith(b"PK\x03\x04"):
        return _read_docx(data, name, "docx")
    if data.lstrip()[:5].lower() == b"{\\rtf":
        raise UnsupportedFormat(
            "đây là tệp RTF mang đuôi .doc; hãy lưu lại thành .docx rồi nạp",
            "an RTF file named .doc; save it as .docx to read it",
            subject=name,
        )
    if not data.startswith(_OLE2):
        head = data[:4096].lower()
        if b"<html" in head or b"<!doctype html" in head:
            return _read_html(data, name, "html")
        raise UnreadableDocument(
            "không phải văn bản Word 97-2003 (thiếu phần đầu OLE2)",
            "not a Word 97-2003 document (no OLE2 header)",
            subject=name,
        )
    antiword = shutil.which("antiword")
    if antiword is None:
        raise UnreadableDocument(
            "cần chương trình antiword để đọc tệp Word 97-2003 (.doc) (Debian/Ubuntu: apt-get "
            "install antiword, hoặc `make doc-deps`), hoặc lưu tệp thành .docx",
            "reading a Word 97-2003 .doc needs antiword (Debian/Ubuntu: apt-get install "
            "antiword, or `make doc-deps`); or save the file as .docx",
            subject=name,
        )
    with tempfile.NamedTemporaryFile(suffix=".doc") as copy_:
        copy_.write(data)
        copy_.flush()
        try:
            run = subprocess.run(
                [antiword, "-m", "UTF-8.txt", "-w", "0", copy_.name],
                capture_output=True, timeout=DOC_TIMEOUT_S, check=False,
            )  # fmt: skip
        except subprocess.TimeoutExpired as exc:
            raise UnreadableDocument(
                f"antiword chạy quá {DOC_TIMEOUT_S} giây; chưa đọc gì",
                f"antiword took over {DOC_TIMEOUT_S} s; nothing was read",
                subject=name,
            ) from exc
    if run.returncode != 0:
        said = run.stderr.decode("utf-8", "replace").replace(copy_.name, name).strip()
        why = said.splitlines()[-1] if said else f"antiword exited with {run.returncode}"
        raise UnreadableDocument(
            "không phải tệp .doc đọc được", f"not a readable .doc file ({why})", subject=name
        )
    text = run.stdout.decode("utf-8", "replace")
    said = bilingual(
        "đọc bằng antiword (tệp Word 97-2003 .doc)", "read with antiword (Word 97-2003 .doc)"
    )
    return _finish(text, name, fmt, warnings=[said])


# --- PDF -------------------------------------------------------------------------------------


def _pdf_metadata(reader: Any) -> dict[str, str]:
    info = reader.metadata
    if info is None:
        return {}
    metadata: dict[str, str] = {}
    for key, value in (("title", info.title), ("author", info.author), ("subject", info.subject)):
        if isinstance(value, str) and value.strip():
            metadata[key] = " ".join(value.split())
    if info.creation_date is not None:
        metadata["created"] = info.creation_date.date().isoformat()
    return metadata


def _check_content_size(page: Any) -> None:
    """Raise LimitReachedError if the page's content stream unpacks beyond pypdf's limit."""
    contents = page.get_contents()
    if contents is not None:
        contents.get_data()


def _pdfium_pages(data: bytes) -> list[str] | None:
    """Each page's text as PDFium lays it out (a gazette's 3 MB resolution: 0.35 s, against
    7.4 s for pypdf's own extraction); None when PDFium cannot open the file, which pypdf then
    reads alone."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
    except Exception:  # pypdfium2 raises its own PdfiumError, and others on odd input
        return None
    try:
        pages = []
        for index in range(len(document)):
            page = document[index]
            try:
                textpage = page.get_textpage()
                try:
                    # PDFium marks a hyphen that ended a line with U+0002 and drops the break:
                    # "Số: 01/2022/TTLT-VKSNDTC\x02TANDTC-BCA-BQP-BLĐTBXH"
                    pages.append(textpage.get_text_bounded().replace("\x02", "-\n"))
                finally:
                    textpage.close()
            finally:
                page.close()
        return pages
    except Exception:
        return None
    finally:
        document.close()


def _read_pdf(data: bytes, name: str, fmt: str) -> ReadResult:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, LimitReachedError

    warnings: list[str] = []
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")  # many official PDFs only restrict printing
            except DependencyError as exc:
                raise UnreadableDocument(
                    "tệp PDF được mã hóa AES; cần cài gói 'cryptography' để đọc",
                    "the PDF is AES-encrypted; install 'cryptography' to read it",
                    subject=name,
                ) from exc
            if not opened:
                raise UnreadableDocument(
                    "tệp PDF có mật khẩu; hãy gỡ mật khẩu rồi nạp lại",
                    "the PDF is password-protected; remove the password and try again",
                    subject=name,
                )
        pages: list[str] = []
        oversized: list[str] = []  # pages whose content stream is too large to decompress
        # Every page's content is unpacked within pypdf's limit before PDFium reads any: a
        # stream that would unpack beyond it (a damaged or hostile file) keeps PDFium out.
        refused: dict[int, Exception] = {}
        for number, page in enumerate(reader.pages, start=1):
            try:
                _check_content_size(page)
            except Exception as exc:
                refused[number] = exc
        fast = _pdfium_pages(data) if not refused else None
        if fast is not None and len(fast) != len(reader.pages):
            fast = None  # the two readers disagree on the pages: pypdf reads them all
        for number, page in enumerate(reader.pages, start=1):
            try:
                if number in refused:
                    raise refused[number]
                text = fast[number - 1] if fast is not None else page.extract_text() or ""
                pages.append(text)
            except LimitReachedError as exc:
                oversized.append(str(number))
                warnings.append(bilingual(
                    f"trang {number} có luồng dữ liệu giải nén vượt giới hạn của pypdf, chưa đọc",
                    f"page {number} holds a stream over pypdf's decompression limit, not read "
                    f"({_one_line(exc)})",
                ))  # fmt: skip
                pages.append("")
            except Exception as exc:
                warnings.append(
                    bilingual(
                        f"không đọc được trang {number}",
                        f"page {number} could not be read ({_one_line(exc)})",
                    )
                )
                pages.append("")
        try:
            metadata = _pdf_metadata(reader)
        except Exception:
            metadata = {}  # a broken /Info dictionary should not cost the text
    except VbgraphError:
        raise
    except Exception as exc:
        raise UnreadableDocument(
            "không phải tệp PDF đọc được", f"not a readable PDF ({_one_line(exc)})", subject=name
        ) from exc
    if not pages:
        raise UnreadableDocument(
            "tệp PDF không có trang nào (tệp hỏng?)", "no pages (damaged PDF?)", subject=name
        )
    if not any(page.strip() for page in pages):
        if oversized:
            pages_ = ", ".join(oversized)
            raise UnreadableDocument(
                f"nội dung trang {pages_} giải nén ra quá giới hạn của trình đọc (PDF hỏng hoặc "
                "độc hại?); chưa đọc gì",
                f"the content of page(s) {pages_} decompresses to more than the reader's limit "
                "(a damaged or hostile PDF?); nothing was read",
                subject=name,
            )
        raise UnreadableDocument(
            "tệp PDF không có lớp chữ (bản scan?), hãy chạy OCR trước",
            "no text layer (scanned PDF?); run OCR first",
            subject=name,
        )
    empty = [str(n) for n, page in enumerate(pages, start=1) if not page.strip()]
    if empty:
        pages_ = ", ".join(empty)
        warnings.append(
            bilingual(f"trang {pages_} không có chữ (bản scan?)", f"no text on page(s) {pages_}")
        )
    return _finish("\n\n".join(pages), name, fmt, metadata=metadata, warnings=warnings)


_READERS: dict[str, Callable[[bytes, str, str], ReadResult]] = {
    "txt": _read_text,
    "md": _read_text,
    "html": _read_html,
    "docx": _read_docx,
    "doc": _read_doc,
    "pdf": _read_pdf,
}
