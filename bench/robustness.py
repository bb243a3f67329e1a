"""Metamorphic test of the host's facts: does the reading hold when the same text is wrapped
differently?

Every development case (tests/realworld/cases) is read as it stands, then again after each
transformation below, each of which changes how the text is wrapped but not what it states
(the same words, in the same order, around the same statements). A field the original reading
got right and the variant gets wrong is a *flip*: a fault of the reader, since the labels hold
for the variant as they do for the original. Fields are compared exactly as
`bench.score_accuracy` compares them (page kind; the main document's code, kind, level,
province, district, commune, date).

    python -m bench.robustness                    # flip table, per transformation and field
    python -m bench.robustness --misses           # and every flip (case, field, before → after)
    python -m bench.robustness --only two_column  # one transformation (repeatable)

What each transformation preserves is in its docstring. Portal chrome and the legal site's
block are modelled on real pages (URLs beside them); their headlines, menus and footers name
no document, no place and no body, so that a variant states nothing the original did not.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
import unicodedata
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.score_accuracy import CASES, FIELDS, _page, _same, load_cases, main_of
from ingest.codes import PARTY_TYPES, STATE_TYPES
from ingest.extract import extract
from ingest.layout import KIND_HEADINGS
from ingest.read import read_document
from ingest.text import shadow_of

SCORED = ("page", *FIELDS)


@dataclass(frozen=True, slots=True)
class Variant:
    """A transformed text and the file name suffix it is read under (".txt", ".html")."""

    text: str
    suffix: str = ".txt"


Transform = Callable[[dict[str, Any]], Variant | None]

# --- the header's lines ------------------------------------------------------------------------

# The national motto or the Party's name on a line of its own: where a document's header has
# its right-hand column ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM").
_MOTTO = re.compile(
    r"^\s*(?:CỘNG\s+H[OÒ][AÀ]\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM)"
    r"\s*$"
)
_HEADER_SCAN = 15  # lines from the top where a header's motto may stand
_CELL = 60  # a header cell's line is short; a longer line is prose


def _motto_line(lines: list[str]) -> int | None:
    for i, line in enumerate(lines[:_HEADER_SCAN]):
        if _MOTTO.match(line):
            return i
    return None


def _is_heading(line: str) -> bool:
    """A kind's heading line in capitals ("KẾ HOẠCH", "QUYẾT ĐỊNH")."""
    bare = line.strip()
    return bool(bare) and bare.isupper() and shadow_of(bare).lower() in KIND_HEADINGS


def _columns(lines: list[str]) -> tuple[int, list[str], list[str], int] | None:
    """The two columns of a document's header as plain text prints them one under the other:
    (first line, left column, right column, line after the header), or None without one.

    The left column is the run of short non-blank lines just above the motto (the issuer and
    its number); the right one the motto and the short lines after it up to a blank line or
    the kind's heading."""
    motto = _motto_line(lines)
    if motto is None:
        return None
    start = motto
    while start > 0 and motto - start < 5:
        above = lines[start - 1].strip()
        if not above or len(above) > _CELL or "|" in above:
            break
        start -= 1
    end = motto + 1
    while end < len(lines) and end - motto < 5:
        below = lines[end].strip()
        if not below or len(below) > _CELL or _is_heading(below) or "|" in below:
            break
        end += 1
    left = [line.strip() for line in lines[start:motto]]
    right = [line.strip() for line in lines[motto:end]]
    return (start, left, right, end) if left else None


# --- the transformations -----------------------------------------------------------------------


def joined_header(case: dict[str, Any]) -> Variant | None:
    """Every line of the header (the top down to the kind's heading, or the header's columns)
    joined into one line, as a PDF's text layer or a copy from a web page gives it. Preserves
    every word and their order; only line breaks inside the header become spaces."""
    lines = case["text"].split("\n")
    motto = _motto_line(lines)
    if motto is None:
        return None
    end = next(
        (i for i in range(motto + 1, min(len(lines), motto + 10)) if _is_heading(lines[i])), None
    )
    if end is None:
        cols = _columns(lines)
        if cols is None:
            return None
        end = cols[3]
    head = " ".join(line.strip() for line in lines[:end] if line.strip())
    return Variant("\n".join([head, *lines[end:]]))


def wrapped_70(case: dict[str, Any]) -> Variant | None:
    """Every line longer than 75 characters broken at the last space before the 70th, as a
    PDF's text layer breaks a paragraph at the page's margin. Preserves every word and their
    order; only spaces become line breaks."""
    text: str = case["text"]
    out: list[str] = []
    changed = False
    for line in text.split("\n"):
        while len(line) > 75:
            cut = line.rfind(" ", 20, 70)
            if cut < 0:
                break
            out.append(line[:cut])
            line = line[cut + 1 :]
            changed = True
        out.append(line)
    return Variant("\n".join(out)) if changed else None


def two_column(case: dict[str, Any]) -> Variant | None:
    """The header's two columns side by side, as `pdftotext -layout` prints them: the issuer's
    lines on the left, the motto's on the right, on the same lines, padded with spaces.
    Preserves every line of the header (only their order interleaves) and the rest as it is."""
    lines = case["text"].split("\n")
    cols = _columns(lines)
    if cols is None:
        return None
    start, left, right, end = cols
    width = max(len(cell) for cell in left) + 8
    rows = [
        (left[i] if i < len(left) else "").ljust(width) + (right[i] if i < len(right) else "")
        for i in range(max(len(left), len(right)))
    ]
    return Variant("\n".join([*lines[:start], *(r.rstrip() for r in rows), *lines[end:]]))


def as_html(case: dict[str, Any]) -> Variant | None:
    """The text as a web page: every line a paragraph, the header's two columns as a table's
    cells (as provincial portals and vbpl.vn publish a document), read through the HTML
    reader. Preserves every line and its order."""
    lines = case["text"].split("\n")
    cols = _columns(lines)
    parts = ["<html><head><meta charset='utf-8'></head><body><div class='content'>"]

    def para(line: str) -> str:
        return f"<p>{html.escape(line)}</p>" if line.strip() else ""

    if cols is None:
        parts += [para(line) for line in lines]
    else:
        start, left, right, end = cols
        parts += [para(line) for line in lines[:start]]
        cells = ["<br>".join(html.escape(cell) for cell in column) for column in (left, right)]
        parts.append(f"<table><tr><td>{cells[0]}</td><td>{cells[1]}</td></tr></table>")
        parts += [para(line) for line in lines[end:]]
    parts.append("</div></body></html>")
    return Variant("\n".join(parts), ".html")


# Portal chrome: the shapes of real provincial portals' navigation and footers, with their
# place names, bodies and headlines left out (a headline naming another plan would change
# what the page states):
# - "Ngày đăng 15/09/2020 | 11:04  | Lượt xem: 224" (dongda.hanoi.gov.vn, longbien.hanoi.gov.vn)
# - "Lượt xem: 7370 | Gửi lúc: 05/12/2013 15:42:27" (www.sxdthanhhoa.gov.vn)
# - "Ngày đăng: 21/01/2021 - Lượt xem: 87 / Xem với cỡ chữ" (nganson.backan.gov.vn)
# - "Thứ Ba, 27-02-2024 / 12:47:46 Sáng / 115 Lượt xem" (daklakff.vn)
_SITES = ("CỔNG THÔNG TIN ĐIỆN TỬ", "TRANG THÔNG TIN ĐIỆN TỬ", "Cổng Thông tin điện tử")
_MENUS = (
    "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo điều hành | Liên hệ",
    "Trang chủ\nGiới thiệu\nTin tức\nThủ tục hành chính\nHỏi đáp\nSơ đồ cổng",
    "TRANG CHỦ  TIN TỨC  CHỈ ĐẠO ĐIỀU HÀNH  CÔNG KHAI  LIÊN HỆ",
)
_CRUMBS = (
    "Trang chủ > Tin tức > Hoạt động",
    "Trang chủ / Tin tức - Sự kiện / Tin trong nước",
    "Trang chủ » Chỉ đạo điều hành",
)
_STAMPS = (
    "Ngày đăng {d:%d/%m/%Y} | 08:39  | Lượt xem: 3565",
    "Lượt xem: 123 | Gửi lúc: {d:%d/%m/%Y} 15:42:27",
    "Ngày đăng: {d:%d/%m/%Y} - Lượt xem: 87\nXem với cỡ chữ",
    "{d:%d-%m-%Y} / 12:47:46 Sáng\n115 Lượt xem",
)
_HEADLINES = (
    "Hội nghị giao ban công tác quý III",
    "Ra quân tổng vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới",
    "Tăng cường công tác phòng, chống thiên tai mùa mưa bão",
    "Trao tặng quà cho học sinh có hoàn cảnh khó khăn",
    "Tập huấn nghiệp vụ cho cán bộ làm công tác văn phòng",
)
_FOOTERS = (
    "Địa chỉ: Số 01 đường Trần Phú\nĐiện thoại: 0236.3822.123 - Fax: 0236.3822.456",
    "Chịu trách nhiệm chính: Chánh Văn phòng\nĐiện thoại: 0236.3822.789\n"
    "Ghi rõ nguồn khi phát hành lại thông tin từ website này",
    "Bản quyền thuộc Cổng thông tin điện tử\nĐiện thoại: 0236.3822.321 | Email: banbientap@gov.vn",
)
_DEFAULT_STAMP = dt.date(2024, 2, 27)


def _pick(case: dict[str, Any], options: Sequence[str], salt: str) -> str:
    """One of `options`, the same for a case every run (a hash of its id)."""
    return options[zlib.crc32(f"{salt}{case['id']}".encode()) % len(options)]


def _posted(case: dict[str, Any]) -> dt.date:
    """A post date a few days after the document's own (a portal posts what was issued)."""
    label = (case.get("main") or {}).get("date")
    try:
        return dt.date.fromisoformat(label) + dt.timedelta(days=3) if label else _DEFAULT_STAMP
    except ValueError:
        return _DEFAULT_STAMP


def _headline(lines: list[str], first: int) -> bool:
    """Whether line `first` is a headline a portal prints its stamp under: a paragraph of its
    own (a blank line follows) that opens on a letter and is no header's line in capitals."""
    line = lines[first].strip()
    return (first + 1 < len(lines) and not lines[first + 1].strip() and line[:1].isalpha()
            and not line.isupper() and _motto_line(lines) is None)  # fmt: skip


def portal_chrome(case: dict[str, Any]) -> Variant | None:
    """The text inside a portal's chrome: site name, menu and breadcrumb above, a post stamp
    (date, time, view count) under the headline (the text's first line where it is one;
    above the text where that line is a header's, a wrapped sentence's or a label's, which a
    portal never splits), and a "Tin liên quan"
    list of neutral headlines with the site's address and phone below. Preserves the text
    whole and in order; the chrome names no document, place or body."""
    lines = case["text"].split("\n")
    stamp = _pick(case, _STAMPS, "stamp").format(d=_posted(case))
    head = [_pick(case, _SITES, "site"), _pick(case, _MENUS, "menu"), _pick(case, _CRUMBS, "c")]
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    if not _headline(lines, first):
        first = -1  # no headline (a header, a wrapped sentence, a label): the stamp goes on top
    n = 3 + zlib.crc32(case["id"].encode()) % 3
    foot = ["", "Tin liên quan", *(f"- {h}" for h in _HEADLINES[:n]), "",
            _pick(case, _FOOTERS, "foot")]  # fmt: skip
    body = [*lines[: first + 1], stamp, "", *lines[first + 1 :]]
    return Variant("\n".join([*head, "", *body, *foot]))


# A legal database's repost: title bar, then its attribute block, then the text, as
# thuvienphapluat.vn and lawnet.vn print it ("Số hiệu: 2113/QĐ-TTg Loại văn bản: Quyết
# định / Nơi ban hành: Thủ tướng Chính phủ Người ký: … / Ngày ban hành: 28/11/2011 Ngày hiệu
# lực: Đã biết / … / Tình trạng: Đã biết", lawnet.vn/vb/Quyet-dinh-2113-QD-TTg-…-222BF.html).
_REPOST_BLOCK = (
    "Số hiệu: {code} Loại văn bản: {kind}\n"
    "Nơi ban hành: {issuer} Người ký: Đã biết\n"
    "Ngày ban hành: {date} Ngày hiệu lực: Đã biết\n"
    "Ngày công báo: Đang cập nhật Số công báo: Đang cập nhật\n"
    "Tình trạng: Còn hiệu lực"
)


def legal_repost(case: dict[str, Any]) -> Variant | None:
    """A document (page `document`, its code printed in its text) as a legal database reposts
    it: a title bar ("Kế hoạch 116/KH-UBND năm 2024") and the attribute block with the
    labelled code, kind word, issuer and date, then the text. Preserves what the text states:
    the block repeats its own facts (the labels), nothing else."""
    main = case.get("main") or {}
    code, kind, date = main.get("code"), main.get("kind"), main.get("date")
    if case["page"] != "document" or not code or not kind or not date or code not in case["text"]:
        return None
    word = (PARTY_TYPES | STATE_TYPES).get(kind)
    issuer = main.get("issuer")
    if not word or not issuer:
        return None
    day = dt.date.fromisoformat(date)
    block = _REPOST_BLOCK.format(code=code, kind=word, issuer=issuer, date=f"{day:%d/%m/%Y}")
    return Variant("\n".join([f"{word} {code} năm {day.year}", "", block, "", case["text"]]))


def nbsp(case: dict[str, Any]) -> Variant | None:
    """Every other space a no-break space, as HTML's "&nbsp;" leaves it in a copied page."""
    parts = case["text"].split(" ")
    return Variant("".join(p + ("\u00a0" if i % 2 else " ") for i, p in enumerate(parts[:-1]))
                   + parts[-1])  # fmt: skip


def nfd(case: dict[str, Any]) -> Variant | None:
    """The text decomposed (NFD): each Vietnamese letter as its base and combining marks, as
    text copied from macOS or typed in UniKey's "Unicode tổ hợp" gives it."""
    text = unicodedata.normalize("NFD", case["text"])
    return Variant(text) if text != case["text"] else None


def zero_width(case: dict[str, Any]) -> Variant | None:
    """A byte-order mark first and a zero-width space after every fifth space, as editors and
    web pages leave them; invisible, so the text states the same."""
    parts = case["text"].split(" ")
    return Variant("\ufeff" + "".join(p + (" \u200b" if i % 5 == 4 else " ")
                                      for i, p in enumerate(parts[:-1])) + parts[-1])  # fmt: skip


def tu_for_tw(case: dict[str, Any]) -> Variant | None:
    """"/TƯ" for "/TW" in every Party code of the Centre ("62-KL/TƯ"), as Vietnamese-keyboard
    text prints it: the same code (DOMAIN.md §0.6)."""
    text = re.sub(r"/\s*TW\b", "/TƯ", case["text"])
    return Variant(text) if text != case["text"] else None


TRANSFORMS: dict[str, Transform] = {
    "portal_chrome": portal_chrome,
    "legal_repost": legal_repost,
    "joined_header": joined_header,
    "wrapped_70": wrapped_70,
    "two_column": two_column,
    "as_html": as_html,
    "nbsp": nbsp,
    "nfd": nfd,
    "zero_width": zero_width,
    "tu_for_tw": tu_for_tw,
}

# --- scoring -----------------------------------------------------------------------------------


def reading(case: dict[str, Any], text: str, suffix: str = ".txt") -> dict[str, str | None]:
    """The page kind and the main document's fields read from `text`, as a user's file named
    after the case (`suffix` its format) would be read."""
    read = read_document(text.encode("utf-8"), filename=f"{case['id']}{suffix}")
    ext = extract(read.text, path=case["id"], metadata=read.metadata, body_start=read.body_start)
    return {"page": _page(ext), **main_of(ext)}


def verdicts(case: dict[str, Any], found: dict[str, str | None]) -> dict[str, bool | None]:
    """Whether each scored field of `found` (a `reading`) is right (None: not scored for the
    case), by `bench.score_accuracy`'s comparisons."""
    out: dict[str, bool | None] = {"page": found["page"] == case["page"]}
    label = case.get("main") or {}
    for name in FIELDS:
        want, got = label.get(name), found.get(name) or None
        if case["page"] == "other":
            out[name] = None
        elif want is None:
            # as score_accuracy: a code or province stated where the label has none is a miss
            out[name] = got is None if name in ("code", "province") else None
        else:
            out[name] = _same(name, want, got)
    return out


@dataclass
class Flips:
    """Per transformation: cases it applied to, and per field the cases read right before and
    the flips (right before, wrong after) and mends (wrong before, right after)."""

    applied: Counter[str] = field(default_factory=Counter)
    right: Counter[tuple[str, str]] = field(default_factory=Counter)
    flips: Counter[tuple[str, str]] = field(default_factory=Counter)
    mends: Counter[tuple[str, str]] = field(default_factory=Counter)
    listed: list[str] = field(default_factory=list)


# Transformations that hold for a data file too (front matter, a JSON record): the others
# reflow, wrap or space a text, which for a data file changes its syntax (NBSP is no JSON
# space, a line break cuts a JSON string), or wrap it as a web page, which a data file is not.
_DATA_SAFE = frozenset({"nfd", "tu_for_tw"})


def _data_file(case: dict[str, Any]) -> bool:
    """Whether the case's text is front matter or a JSON record ("---json", '"title": …')."""
    return bool(case["text"].lstrip().startswith(("---", "{", '"')))


def run(cases: Iterable[dict[str, Any]], names: Sequence[str], *, explain: bool = False) -> Flips:
    """Read every case and each of its variants under `names`; count the flips."""
    result = Flips()
    for case in cases:
        applicable = [n for n in names if n in _DATA_SAFE] if _data_file(case) else names
        if not applicable:
            continue
        original = reading(case, case["text"])
        before = verdicts(case, original)
        for name in applicable:
            variant = TRANSFORMS[name](case)
            if variant is None:
                continue
            result.applied[name] += 1
            found = reading(case, variant.text, variant.suffix)
            after = verdicts(case, found)
            for what in SCORED:
                was, now = before[what], after[what]
                if was is None or now is None:
                    continue
                if was:
                    result.right[name, what] += 1
                if was and not now:
                    result.flips[name, what] += 1
                    if explain:
                        result.listed.append(f"{name}: {case['id']}: {what} "
                                             f"{original[what]!r} → {found[what]!r}")
                elif now and not was:
                    result.mends[name, what] += 1
    return result


def report(result: Flips, names: Sequence[str]) -> str:
    head = "| transformation | cases | " + " | ".join(SCORED) + " | all |"
    lines = [
        "Flips (read right before, wrong in the variant) out of the fields read right before; "
        "mends (wrong before, right after) in brackets.",
        "",
        head,
        "|" + " --- |" + " ---: |" * (len(SCORED) + 2),
    ]
    for name in names:
        cells, total, mends = [], 0, 0
        for what in SCORED:
            f, m = result.flips[name, what], result.mends[name, what]
            total, mends = total + f, mends + m
            cells.append(f"{f}/{result.right[name, what]}" + (f" (+{m})" if m else ""))
        lines.append(f"| {name} | {result.applied[name]} | " + " | ".join(cells)
                     + f" | {total} (+{mends}) |")  # fmt: skip
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--only", action="append", choices=sorted(TRANSFORMS))
    parser.add_argument("--misses", action="store_true", help="list every flip")
    args = parser.parse_args(argv)
    names = args.only or list(TRANSFORMS)
    result = run(load_cases(args.cases), names, explain=args.misses)
    print(report(result, names))
    if args.misses:
        print("\n".join(["", "Flips:", *result.listed]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
