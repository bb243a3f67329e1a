"""Find where a page's content starts under the site chrome a copied web page keeps above it:
the site's banner, its menus and the breadcrumb that leads from the home page to the item.

A text copied from a portal or a legal database starts with the site's navigation ("Trang chủ
» Văn bản » Y tế", dulieuphapluat.vn; "Trang chủ > Tin tức > …"); the headline, the document's
header or its title bar follow. Every reading of the page's own facts looks at its first lines,
so it starts where the navigation ends. Pure function on the normalized text.
"""

from __future__ import annotations

import dataclasses
import re

from ingest.text import NormalizedText, shadow_of

# The home item a site's navigation starts from, as its own item (shadow text): "Trang chủ",
# "Trang nhất", "Home"; a bullet may stand before it ("  • Trang chủ").
_HOME = r"[ \t]*(?:[•·▪*][ \t]+)?(?:trang[ \t]+chu|trang[ \t]+nhat|home)"
# A separator between two items of a breadcrumb or a menu bar: ">", "»", "›", "/", "|", or a
# run of spaces (a menu bar's items copied as "TRANG CHỦ  TIN TỨC  LIÊN HỆ").
_SEP = r"(?:[ \t]*[>»›/|][ \t]*|[ \t]{2,})"
# An item: a few words, no sentence's stop.
_ITEM = r"[^\n>»›/|.!?;:]{1,40}?"
# A navigation line: the home item alone (a menu's first line) or followed by items.
_NAV_LINE = re.compile(rf"{_HOME}(?:{_SEP}{_ITEM})*[ \t]*$")
_LONE_HOME = re.compile(rf"{_HOME}[ \t]*$")
# A menu's item on a line of its own, under the home item ("Giới thiệu", "  • Văn bản").
_MENU_ITEM = re.compile(r"[ \t]*(?:[•·▪*][ \t]+)?[^\n.!?;:]{1,40}$")
# A banner's line above the navigation (the site's name, "Logo trang chủ", a search box):
# short, no sentence.
_BANNER_LINE = re.compile(r"[^\n.!?;]{1,80}$")
# A post stamp (shadow text): the date and time an item was posted and its view counter,
# "Ngày đăng: 21/01/2021 - Lượt xem: 87" (nganson.backan.gov.vn), "Lượt xem: 7370 | Gửi
# lúc: 05/12/2013 15:42:27" (www.sxdthanhhoa.gov.vn), "115 Lượt xem" (daklakff.vn); or a
# date and its time alone, "Thứ Ba, 27-02-2024 / 12:47:46 Sáng" (a bare date stays: the
# page's readers take it as the lead's date, "20/01/2026\nHội nghị ký kết …",
# nghiloc.nghean.gov.vn).
_DATE_TIME = r"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}[ \t]*[|/,-]?[ \t]*\d{1,2}:\d{2}(?::\d{2})?"
_STAMP = re.compile(
    # (or a document-sharing site's counters, a line each over the entry: "3 trang / 35 lượt
    # xem / 0 / 35 / Công điện số 09/CĐ-TTg năm 2025 / …", tailieu.vn's search result: its page
    # count and bare numbers, above everything else only)
    r"[ \t]*(?:\d{1,6}(?:[ \t]+trang)?"
    r"|[^\n]{0,60}luot[ \t]+xem[^\n]{0,60}"
    rf"|(?:thu[ \t]+\w+,[ \t]*)?{_DATE_TIME}[ \t]*(?:sang|chieu|am|pm)?)[ \t]*$"
)
# A page's tools beside its stamp: "Xem với cỡ chữ" (nganson.backan.gov.vn), "Cỡ chữ", "In
# bài viết".
_TOOLS = re.compile(
    r"[ \t]*(?:(?:xem[ \t]+voi[ \t]+)?co[ \t]+chu[^\n]{0,20}|in[ \t]+bai[ \t]+viet)[ \t]*$"
)
# What makes a line a stamp to blank: its view counter (a date and time alone may date the
# lead, `_STAMP`'s note).
_VIEW_COUNT = re.compile(r"luot[ \t]+xem")
_SCAN_LINES = 24  # the navigation stands among the page's first lines
_SCAN_CHARS = 2000


def is_stamp(line: str) -> bool:
    """Whether `line` (as read, not shadowed) is a post's stamp with its view counter ("Ngày
    đăng 12/09/2016 | 17:17 | Lượt xem: 224"): a line of its own, which `ingest.wraps` keeps
    apart from the headline above it."""
    shadow = shadow_of(line).lower()
    return (_STAMP.match(shadow) is not None and _VIEW_COUNT.search(shadow) is not None
            and _POSTED.search(shadow) is not None)  # fmt: skip


_POSTED = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}")  # (a stamp's date: not "… lượt xem …")


def _lines(shadow: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of the lines from `start`, within the scanned top of the page."""
    out: list[tuple[int, int]] = []
    pos, limit = start, min(len(shadow), start + _SCAN_CHARS)
    while pos < limit and len(out) < _SCAN_LINES:
        end = shadow.find("\n", pos)
        end = len(shadow) if end < 0 else end
        out.append((pos, end))
        pos = end + 1
    return out


def content_start(norm: NormalizedText, start: int = 0) -> int:
    """Where the page's content starts after the site's chrome at its top: the line after the
    last navigation line (with the banner lines above it and the menu items under a lone home
    item) or after a post stamp that stands above everything else, blank lines skipped.
    `start` itself where the top holds no chrome. A stamp under a headline stays (the
    headline is content); running text ends the search."""
    shadow = norm.shadow
    end = None
    clean = True  # every line so far is chrome
    in_menu = False
    for a, b in _lines(shadow, start):
        line = shadow[a:b]
        if not line.strip():
            in_menu = False
            continue
        if _NAV_LINE.match(line):
            end, clean, in_menu = b, True, _LONE_HOME.match(line) is not None
        elif in_menu and _MENU_ITEM.match(line):
            end = b
        elif _STAMP.match(line) or _TOOLS.match(line):
            if clean:
                end = b
        elif _BANNER_LINE.match(line) is None:
            break  # running text: what stands above it is the page's, not a site's chrome
        else:
            clean = in_menu = False
    end = start if end is None else end
    while end < len(shadow) and shadow[end] in " \t\n":
        end += 1  # (blank lines above the content: a blanked stamp, a copy's leading breaks)
    return end


_STAMP_LINES = 5  # a stamp stands above or under the headline, among the page's first lines


def without_stamps(norm: NormalizedText, start: int = 0) -> NormalizedText:
    """`norm` with the post stamps among the first lines from `start` blanked (spaces in the
    text and its shadow; offsets unchanged): a portal prints the post's date, time and view
    counter above the headline or between it and the lead ("Ngày đăng 15/09/2020 | 11:04 | Lượt xem:
    224", dongda.hanoi.gov.vn), and the lead under a headline reads the same with the stamp
    or without it. `norm` itself where no stamp stands there."""
    shadow = norm.shadow
    lines = [(a, b) for a, b in _lines(shadow, start) if shadow[a:b].strip()][:_STAMP_LINES]
    spans = []
    for i, (a, b) in enumerate(lines):
        line = shadow[a:b]
        if _STAMP.match(line) and _VIEW_COUNT.search(line):
            spans.append((a, b))
        elif _TOOLS.match(line) and spans and spans[-1][1] < a:
            spans.append((a, b))  # "Xem với cỡ chữ" beside the stamp
        elif _STAMP.match(line) and i + 1 < len(lines) and _STAMP.match(
            shadow[lines[i + 1][0] : lines[i + 1][1]]
        ):
            # a date and time over the view counter ("27-02-2024 / 12:47:46 Sáng\n115 Lượt
            # xem", daklakff.vn); a date and time alone stays (`_STAMP`'s note)
            spans.append((a, b))
    return _blanked(norm, spans)


def _blanked(norm: NormalizedText, spans: list[tuple[int, int]]) -> NormalizedText:
    """`norm` with the spans turned to spaces in its text and shadow (offsets unchanged)."""
    if not spans:
        return norm
    text, shadow, mask = list(norm.text), list(norm.shadow), bytearray(norm.digit_mask)
    for a, b in spans:
        text[a:b] = shadow[a:b] = " " * (b - a)
        if mask:
            mask[a:b] = b"x" * (b - a)
    return dataclasses.replace(
        norm, text="".join(text), shadow="".join(shadow), digit_mask=bytes(mask)
    )


# The heading of a portal's list of other items under the page (shadow text, a line of its
# own): "Tin liên quan", "Tin cùng chuyên mục", "Các tin khác", "Bài viết liên quan", "Tin
# đã đưa", "Xem thêm". With the line end before it, and `without_related` puts one before the
# shadow (the same lines as "(?m)^…$", found through their "\n" in C: 2.6x faster).
_RELATED = re.compile(
    r"\n[ \t]*(?:tin[ \t]+lien[ \t]+quan|bai[ \t]+viet[ \t]+lien[ \t]+quan"
    r"|tin[ \t]+cung[ \t]+chuyen[ \t]+muc|(?:cac[ \t]+)?tin[ \t]+khac|tin[ \t]+da[ \t]+dua"
    r"|xem[ \t]+them)[ \t]*:?[ \t]*(?=\n|\Z)"
)
_LISTED_LINE_MAX = 200  # a listed headline, an address, a phone number: short lines


def without_related(norm: NormalizedText) -> NormalizedText:
    """`norm` with a portal's list of other items at its end blanked: from the list's heading
    ("Tin liên quan") to the end, where every line after the heading is short (headlines,
    the site's address and phone). Those headlines are other pages'; what they name is not
    this page's. `norm` itself where no such list ends the text."""
    shadow = norm.shadow
    heading = next(reversed(list(_RELATED.finditer("\n" + shadow))), None)
    if heading is None:
        return norm
    start, end = heading.start(), heading.end() - 1  # (in `shadow`: its line, from its start)
    tail = shadow[end:]
    if any(len(line.strip()) > _LISTED_LINE_MAX for line in tail.split("\n")):
        return norm
    return _blanked(norm, [(start, len(shadow))])
