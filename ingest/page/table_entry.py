"""A portal's table of documents cut to one row: its column headings, then one document's
cells (`table_entry`), as a page's text holds it when the table is read one cell to a line.

    Văn bản của huyện                      (the section's name)
    Số hiệu / Cơ quan ban hành / Hình thức văn bản / Lĩnh vực / Trích yếu nội dung /
    Ngày ban hành / Tải về                 (the headings, one to a line)
    43/NQ-UBND / HĐND huyện Đắk Song / Nghị quyết / Nghị quyết về việc phê duyệt … /
    24/08/2021 / Tải                       (the row; "Lĩnh vực" left empty)

(easywebhub/daksong_website's van-ban-cua-huyen pages, retired batch v; a school's list
"Số hiệu  Ngày BH  Đơn vị BH  Trích yếu / 19/2018/TT-BGDĐT …", mamnonhoahong.pgdchauthanhdt.
edu.vn, and a district's "STT  Số ký hiệu  Cơ quan ban hành  Trích yếu  Ngày ban hành",
cukuin.daklak.gov.vn, head their tables so.) The row is that document's entry, as a portal's
labelled entry is ("Số ký hiệu: 06/NQ-HĐND / Cơ quan ban hành: …", `reposts.portal_entry`):
its number cell is the document's own number, its issuer, form and date cells its facts. A
table of two rows or more is a list, no one document's entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations

from ingest.find import TYPE_WORD_ALT

# A column's heading, the whole cell (shadow text): which of the entry's facts it heads.
_HEADING = re.compile(
    r"(?P<number>so(?:[ \t]*/[ \t]*|[ \t]+)(?:ky[ \t]+)?hieu(?:[ \t]+van[ \t]+ban)?"
    r"|ky[ \t]+hieu|so[ \t]+van[ \t]+ban)"
    r"|(?P<issuer>(?:co[ \t]+quan|noi|don[ \t]+vi)[ \t]+(?:ban[ \t]+hanh|bh))"
    r"|(?P<kind>(?:hinh[ \t]+thuc|loai)[ \t]+van[ \t]+ban)"
    r"|(?P<title>trich[ \t]+yeu(?:[ \t]+noi[ \t]+dung)?|ten[ \t]+van[ \t]+ban|tieu[ \t]+de)"
    r"|(?P<date>ngay[ \t]+(?:ban[ \t]+hanh|bh|ky))"
    r"|(?P<file>tai[ \t]+ve|download|(?:tep|file|tap[ \t]+tin)(?:[ \t]+dinh[ \t]+kem)?)"
    r"|(?P<other>stt|linh[ \t]+vuc|ngay[ \t]+(?:co[ \t]+)?hieu[ \t]+luc|nguoi[ \t]+ky"
    r"|tinh[ \t]+trang(?:[ \t]+(?:hieu[ \t]+luc|van[ \t]+ban))?|trang[ \t]+thai)"
)
_HEADING_COLON = re.compile(r"[ \t]*:?[ \t]*")
# A cell that is a document's number and nothing else: "43/NQ-UBND", "Số 305 - CV/BTGHU".
_NUMBER_CELL = re.compile(
    r"(?:so[ \t]*:?[ \t]*)?\d{1,5}[a-z]?[ \t]*[/\-–][ \t]*[a-z0-9&][^\s/\-–]*"
    r"(?:[ \t]*[/\-–][ \t]*[a-z0-9&][^\s/\-–]*)*"
)
# A day of issue, its hour as a site stores it after it: "24/08/2021", "01-10-2018 00:00:00".
_DATE_CELL = re.compile(r"\d{1,2}[/\-.]\d{1,2}[/\-.]\d{4}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?")
# The download cell: its link's word, or the file's name.
_FILE_CELL = re.compile(r"tai(?:[ \t]+ve)?|download|xem|[^\n]{1,200}\.(?:pdf|docx?|xlsx?|rar|zip)")
_KIND_CELL = re.compile(rf"(?:{TYPE_WORD_ALT})")
# A section's name over the table: a few words, no sentence ("Văn bản của huyện").
_SECTION = re.compile(r"[a-z][a-z \t&,\-]{1,50}")
_HEADINGS_MIN = 3
_HEADINGS_MAX = 12  # (and the empty columns a row may leave are chosen among these few)
_CHECKED = ("number", "date", "file")  # headings whose cell must look so


@dataclass(frozen=True, slots=True)
class TableEntry:
    """Where the row's cells stand (start, end), each None where the row has none."""

    number: tuple[int, int]
    issuer: tuple[int, int] | None
    kind: tuple[int, int] | None  # the form's cell, where it names a type ("Nghị quyết")
    date: tuple[int, int] | None


def table_entry(shadow: str, start: int) -> TableEntry | None:
    """The one row of a portal's table of documents the page is, under the table's column
    headings (`_HEADING`, at least three, one of them the number's); None for any other page,
    a table of several rows among them."""
    cells = _cells(shadow, start)
    first = next(cells, None)
    if first is None:
        return None
    cell: tuple[int, int] | None = first
    if _heading(shadow, *first) is None and _SECTION.fullmatch(shadow, *first):
        cell = next(cells, None)  # the section's name over the table
    headings: list[str] = []
    while cell is not None and (name := _heading(shadow, *cell)) is not None:
        headings.append(name)
        if len(headings) > _HEADINGS_MAX:
            return None  # no portal's table has so many columns
        cell = next(cells, None)
    if len(headings) < _HEADINGS_MIN or "number" not in headings or cell is None:
        return None
    row = [cell]
    for cell in cells:
        row.append(cell)
        if len(row) > len(headings):
            return None  # more cells than columns: several rows, a list
    paired = _pair(shadow, headings, row)
    if paired is None or "number" not in paired:
        return None
    return TableEntry(paired["number"], paired.get("issuer"), paired.get("kind"),
                      paired.get("date"))  # fmt: skip


def _cells(shadow: str, start: int) -> Iterator[tuple[int, int]]:
    """The page's cells from `start`, in order: one to a line, or a row's cells set apart by
    bars ("| 43/NQ-UBND | HĐND huyện Đắk Song |"; a tab is a blank in the normalized text, no
    cell's end)."""
    pos = start
    while pos < len(shadow):
        end = shadow.find("\n", pos)
        end = len(shadow) if end < 0 else end
        cell = pos
        while (bar := shadow.find("|", cell, end)) >= 0:
            yield from _trimmed(shadow, cell, bar)
            cell = bar + 1
        yield from _trimmed(shadow, cell, end)
        pos = end + 1


def _trimmed(shadow: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cell in [start, end) without its blanks, or none where it is blank."""
    while start < end and shadow[start] in " \t|":
        start += 1
    while end > start and shadow[end - 1] in " \t|":
        end -= 1
    return [(start, end)] if end > start else []


def _heading(shadow: str, start: int, end: int) -> str | None:
    """The fact the cell heads, if it is a column's heading (its colon allowed)."""
    m = _HEADING.match(shadow, start, end)
    if m is None or not _HEADING_COLON.fullmatch(shadow, m.end(), end):
        return None
    return m.lastgroup


def _pair(shadow: str, headings: list[str],
          row: list[tuple[int, int]]) -> dict[str, tuple[int, int]] | None:  # fmt: skip
    """The row's cells under their headings, in order, the columns a row leaves empty chosen
    so that every number, date and download cell looks so and most form cells name a type;
    None where no choice fits."""
    best: tuple[int, dict[str, tuple[int, int]]] | None = None
    for empty in combinations(range(len(headings)), len(headings) - len(row)):
        filled = [h for i, h in enumerate(headings) if i not in empty]
        score = 0
        for name, (a, b) in zip(filled, row, strict=True):
            check = _CHECKS.get(name)
            if check is None:
                continue
            if check.fullmatch(shadow, a, b):
                score += 1
            elif name in _CHECKED:
                break
        else:
            if best is None or score > best[0]:
                paired = {name: cell for name, cell in zip(filled, row, strict=True)
                          if name != "kind" or _KIND_CELL.fullmatch(shadow, *cell)}  # fmt: skip
                best = score, paired
    return best[1] if best else None


_CHECKS = {"number": _NUMBER_CELL, "date": _DATE_CELL, "file": _FILE_CELL, "kind": _KIND_CELL}
