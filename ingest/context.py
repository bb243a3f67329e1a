"""Read what a citation says around a code: date, issuing body, term, subject, alias.

"Kết luận số 62-KL/TW ngày 08/12/2009 của Bộ Chính trị (khóa X) về tiếp tục đổi mới …"
gives date 2009-12-08, body "Bộ Chính trị", term "X", subject "tiếp tục đổi mới …".
Pure functions over `NormalizedText`; offsets index the normalized text.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import date

from ingest.codes import Level
from ingest.find import TYPE_WORD_ALT
from ingest.gazetteer import known_name_at
from ingest.text import NormalizedText
from ingest.values import quick_init

# "ngày 08/12/2009", "ngày 08/\n12/2009", "ngày 25-10-2017", "ngày 06 / 7 /2005" (shadow text).
# An English translation's date: "September 18, 2002", "October 1, 1999", "April\n29th 2011"
# (thuvienphapluat.vn's line breaks), "18 September 2002", "on the 30th of September 1992",
# the literal "day 05 month 02 year 2008" (asianlii.org) (shadow text: lower case).
_MONTHS = {
    name: number
    for number, names in enumerate((
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
        ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
        ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
        ("december", "dec"),
    ), start=1)
    for name in names
}  # fmt: skip
MONTH_NAME = "|".join(sorted(_MONTHS, key=len, reverse=True))


def month_number(name: str) -> int | None:
    """The month an English month's name or abbreviation (shadow text) gives: "oct" → 10."""
    return _MONTHS.get(name)


_DATE_NUMERIC = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?!\d)")
# "ngày 08 tháng 12 năm 2009" (also glued by a PDF's text: "ngày 07 tháng 12 năm2010", "ngày
# 05 tháng11 năm 2010")
_DATE_WORDS = re.compile(r"(\d{1,2})\s+thang\s*(\d{1,2})\s*,?\s+nam\s*(\d{4})(?!\d)")
_TAIL_SEPARATOR = re.compile(r"[\s,]*")
# ("ngày18": a space lost; an English translation's "Decree No. 73/CP of November 1, 1995",
# "Decree No.46/2011/ND-CP dated June 17, 2011 of the Government", english.luatvietnam.vn)
# (and its hour, then "on": "urgent dispatch No. 16/CD.UBND at 10:00 on September 16, 2017",
# baonghean.vn/en)
_TAIL_DATE = re.compile(
    rf"(?:ban\s+hanh\s+)?ngay(?:\s+|(?=\d))|dated\s+|of\s+(?=(?:{MONTH_NAME})\.?\s+\d)"
    rf"|(?:at\s+\d{{1,2}}[:h]\d{{2}}\s+)?on\s+(?=(?:{MONTH_NAME})\.?\s+\d)"
)
# (an English body named with its term's ordinal: "Conclusion No. 121-KL/TW, dated January 24,
# 2025 of the 13th Party Central Committee on summarizing Resolution 18-NQ/TW", vietnam.vn)
_TAIL_BODY = re.compile(r"cua\s+|of\s+the\s+(?:\d{1,2}(?:st|nd|rd|th)[\s-]+)?(?=[a-z])")
# A date whose year lost digits ("ngày 28/10/201"), or a news item's day and month without
# the year ("Kết luận số 51 ngày 17.6 của Bộ Chính trị", thanhnien.vn): no date, but the tail
# goes on after it.
_CUT_DATE = re.compile(
    r"\d{1,2}/\d{1,2}/\d{3}(?![\d/])"
    r"|(?P<day>\d{1,2})\s*[/.\-]\s*(?P<month>\d{1,2})(?!\s*[/.\-]?\s*\d|[.\-/]?[a-z])"
)
# "(khóa X)", "khoá XI", "Khóa X", "(khóa 11)"
_TAIL_TERM = re.compile(r"\(?\s*khoa\s+(?P<term_number>[ivxl]+|\d{1,2})(?![a-z0-9])\s*\)?")
# A subject starts with "về (việc)", or, in titles, with the act ("Quyết định số 1133/QĐ-TTg
# … của Thủ tướng Chính phủ phê duyệt … các Đề án tại Quyết định số 409/QĐ-TTg", "Kế hoạch
# số 25-KH/TU … của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 100-KL/TW"): the act is part
# of the subject, and only where no comma stands before it (", thực hiện …" is the
# sentence's own clause). Not "ban hành": "… của Ban Thường vụ Huyện ủy ban hành Kế hoạch"
# is as often the host's own act with its comma left out (measured on the real-text sets).
# ("về“Tuyên truyền …”": the space before the quote lost in the copy; so is the one in
# "vềviệc triển khai Quyết định 34/2014/QĐ-TTg", "… của UBND huyện Thiệu Hoá vềviệc tuyên
# truyền …")
# An English translation's "on" is "về": "Plan No. 04-KH/TU dated July 16, 2025, of the
# Standing Committee of the Provincial Party Committee on implementing Decision No. 204-QĐ/TW"
# (vietnam.vn), "Conclusion No. 118-KL/TW dated January 18, 2025 of the Politburo on adjusting
# and supplementing a number of contents of Directive No. 35-CT/TW" (laodong.vn); not "on the
# basis of", nor a date ("No. 41/TTr-UBND on 09/11/2007"); its acts as the Vietnamese ones
# ("Circular No. 54/1999/TT-BTC dated May 10, 1999 guiding the implementation of …").
_TAIL_SUBJECT = re.compile(
    r"ve(?:\s+(?:viec\s+)?|viec\s+|(?=[“\"]))"
    r"|on\s+(?!(?:the\s+)?(?:basis|behalf)(?![a-z])|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
    r"|nov|dec)[a-z]*(?![a-z]))"
    r"|(?=(?P<act>phe\s+duyet|quy\s+dinh|huong\s+dan|sua\s+doi|thuc\s+hien|trien\s+khai"
    r"|amending|supplementing|guiding|implementing|detailing"
    r"|tiep\s+tuc\s+thuc\s+hien|ket\s+luan)(?![a-z]))"
)
# One step of a tail: the separator, then whichever of the parts above starts there. The
# parts start differently ("ban hanh"/"ngay", "cua", "(khoa"/"khoa", "ve"), so at most one
# can match; the possessive separator keeps `_TAIL_SEPARATOR`'s greedy end. An opening quote
# may stand before a subject ("… của Ban Thường vụ Đảng ủy “về thực hiện Chỉ thị …").
_TAIL_STEP = re.compile(  # "189-QĐ/TW (ngày 8/10/2024) về …": a date in brackets too
    rf"[\s,“\"()]*+(?:(?P<date>{_TAIL_DATE.pattern})|(?P<body>{_TAIL_BODY.pattern})"
    rf"|(?P<term>{_TAIL_TERM.pattern})|(?P<subject>{_TAIL_SUBJECT.pattern}))"
)
# A line that ends in "số" goes on with the number on the next line.
_NUMBER_WORD_END = re.compile(r"(?<![a-z])so[ \t]*$")
# A line that ends in a type word goes on with the code on the next line ("Nghị\nđịnh 92/…" is
# a wrapped line already).
_TYPE_WORD_END = re.compile(rf"(?<![a-z])(?:{TYPE_WORD_ALT})[ \t]*$")
# What the next line starts with when a code wrapped after its type word (shadow text): the
# number itself, or "số" before it (capitalised in a title, so no wrapped lower-case line).
_CODE_NEXT_LINE = re.compile(r"[ \t]*(?:so[ \t]*:?[ \t]*)?\d")
# (and a dash between words: "… phê duyệt Chương trình mục tiêu Y tế -\nDân số giai đoạn 2016 -
# 2020", Cà Mau 1659/QĐ-UBND)
# A line that ends in words that cannot end a sentence goes on with the next line (a legal
# site's copy wraps lines there, the next one capitalised: "… ban hành\nChương trình …").
# ("… được sửa đổi, bổ sung bởi\nThông tư số 69/2023/TT-BTC", "(được sửa đổi, bổ sung tại\nNghị
# định số 187/2025/NĐ-CP …)": the acting text follows "bởi", "tại", "theo")
_RUNS_ON_END = re.compile(
    r"(?<![a-z])(?:ban\s+hanh|va|cua|ve|thuc\s+hien|trien\s+khai|boi|tai|theo|[-–])[ \t]*$"
)
# A semicolon inside a title, its next item in lower case: "Thông tư số 68/2024/TT-BTC … sửa đổi,
# bổ sung một số điều của các Thông tư quy định về giao dịch chứng khoán trên hệ thống giao dịch
# chứng khoán; bù trừ và thanh toán giao dịch chứng khoán; hoạt động của công ty chứng khoán …"
# (Công báo VBHN), "… quy định về mẫu bằng tốt nghiệp trung cấp, cao đẳng; việc in, quản lý, cấp
# phát …" (Thông tư 10/2017/TT-BLĐTBXH). Not a list's next item ("; b) Thông tư số …"), a
# provision ("; khoản 3 Điều 5 …"), a number ("; số 158/NQ-HĐND …") nor a capitalised item;
# and only in a rule-making text's title ("quy định …", "hướng dẫn …", "sửa đổi …"): a plan's
# or a decision's subject goes on with the citing sentence ("Kế hoạch số 05-KH/ĐU … triển khai
# Quyết định số 204-QĐ/TW của Ban Bí thư; xác định lộ trình …", a ward's news).
_TITLE_GOES_ON = re.compile(
    r";[ \t]*\n?[ \t]*(?![a-zđ]\)|(?:khoản|điểm|điều|mục|chương|phần|số|và|căn)(?!\w))\w"
)
_RULE_MAKING = re.compile(r"(?:quy\s+dinh|huong\s+dan|sua\s+doi)(?![a-z])")
# … nor an item that names a numbered text: the citing sentence's next basis ("… hướng dẫn các
# bộ, ngành, địa phương thực hiện Chuyển đổi số cấp bộ, cấp tỉnh; trên cơ sở Nghị quyết số
# 05-NQ/TU …", Đà Nẵng 93/KH-UBND)
_NAMES_A_CODE = re.compile(rf"(?<![a-z])(?:{TYPE_WORD_ALT})\s+(?:so\s*:?\s*)?\d")


def _item_end(text: str, start: int, limit: int) -> int:
    """Where the item of a list that starts at `start` ends: its ";", or the line's end."""
    ends = [at for at in (text.find(";", start, limit), text.find("\n", start, limit)) if at >= 0]
    return min(ends, default=limit)
# A line that opens a numbered bullet ("- 3Quyết định 1679/QĐ-TTg năm 2019 …", a legal site's
# list of related documents) starts an item of its own.
_BULLET_LINE = re.compile(r"[ \t]*-[ \t]*\d")
# The year a site's list writes after a code: "Nghị quyết 137/NQ-CP năm 2017 về …".
_TAIL_YEAR = re.compile(r"[ \t]+nam\s+\d{4}(?!\d)")
# A person named in a subject, then his title after a comma: "… về kết luận của đồng chí Tổng
# Bí thư Tô Lâm, Trưởng Ban Chỉ đạo tại Hội nghị sơ kết … thực hiện Nghị quyết số 57-NQ/TW"
# (vbpl.ts24.com.vn, Quy chế 09-QC/TW), as news items write "Thủ tướng Chính phủ Phạm Minh Chính,
# Trưởng Ban Chỉ đạo": the title goes on the subject, it starts no clause.
_TITLE_WORDS = frozenset({"Trưởng", "Phó", "Ủy", "Uỷ", "Bí", "Chủ", "Thường", "Giám", "Tổng"})
_PERSON_BEFORE = re.compile(r"(?<![a-z])(?:dong\s+chi|thu\s+tuong|bo\s+truong|chu\s+tich)\s")
_PERSON_REACH = 60
# An English number word's dot, no full stop: "… of the Government’s Decree No. 37/2019/ND-CP"
# (shadow text).
_NUMBER_DOT = re.compile(r"(?<![a-z])no\.$")
# Characters at which `_subject_end` may stop; it walks from one to the next.
_SUBJECT_STOP = re.compile(r"[\n;(.:,]")
# An aside that ends a subject: "(sau đây gọi tắt là …)", "(theo …)".
# A text's own code in brackets after its subject, as a list writes it once more: "Nghị định số
# 288/2025/NĐ-CP quy định về quản lý tàu bay không người lái và phương tiện bay khác (Nghị định
# số 288/2025/NĐ-CP)", "Nghị định số 131/2021/NĐ-CP … quy định chi tiết và biện pháp thi hành
# Pháp lệnh Ưu đãi người có công với cách mạng (Nghị định số 131/2021/NĐ-CP)" (Công báo,
# Nghị quyết 24/2026/NQ-CP and 26/2026/NQ-CP): a type word and a code, nothing else, closed
_CODE_ASIDE = re.compile(rf"\(\s*(?:{TYPE_WORD_ALT})\s+(?:so\s*:?\s*)?\d[^\s()]*\s*\)")
_SUBJECT_ASIDE = re.compile(r"\(\s*(?:sau\s+day|goi\s+(?:tat|chung)|viet\s+tat|theo\b)")
# "(sau đây gọi tắt là …)", "(viết tắt là …)", "(sau đây gọi là …)": the short name a text
# defines for a document it cites.
_ALIAS_DEF = re.compile(
    r"\(\s*(?:sau\s+day\s+(?:goi|viet)(?:\s+tat)?|(?:goi|viet)\s+tat)\s+la\s+(?P<alias>[^)]{1,200})\)"
)

# Lower-case words that belong inside the name of a body ("Ban Chấp hành Đảng bộ tỉnh").
_BODY_LOWER_WORDS = frozenset({
    "tỉnh", "huyện", "xã", "phường", "thị", "trấn", "thành", "phố", "quận", "ủy", "uỷ",
    "bộ", "hành", "vụ", "trị", "ương", "phủ", "thư", "tướng", "nhân", "dân", "quốc",
    "trực", "khối", "chấp", "đồng", "trường", "trận", "đảng", "tịch", "phòng",
    # ministries and departments: "Bộ Tài chính", "Bộ trưởng Bộ Y tế", "Sở Tư pháp", "Bộ Nông
    # nghiệp và Phát triển nông thôn", "Bộ Giáo dục và Đào tạo", "Bộ Lao động - Thương binh"
    "chính", "trưởng", "tế", "pháp", "nghiệp", "thôn", "động", "binh", "dục", "tạo",
    "hóa", "hoá", "thao", "lịch", "học", "nghệ", "tải", "vận", "đoàn",
    # "… Phát triển nông thôn", "Bộ Kế hoạch và Đầu tư", "Bộ Lao động - Thương binh và Xã
    # hội", "Bộ Xây dựng", "Bộ Công an"
    "nông", "tư", "hội", "dựng", "an",
    "quan",  # "Cơ quan Thường trực Ban Chỉ đạo Trung ương"
    "đạo",  # "Ban Chỉ đạo Trung ương", "Ban Chỉ đạo quốc gia"
    "nhiệm",  # "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Chủ nhiệm Ủy ban Dân tộc"
    # mass organisations: "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh", "Đoàn Thanh niên"
    "hiệp", "nữ", "chiến", "niên",
})  # fmt: skip
# Lower-case words of a ministry's name that are verbs or common words elsewhere, kept only
# right after the word they follow in the name: "Bộ Giao thông vận tải", "Bộ Thông tin và
# Truyền thông", "Bộ Tài nguyên và Môi trường", "Bộ Ngoại giao", "Bộ Dân tộc và Tôn giáo",
# "Ngân hàng Nhà nước", "Thanh tra Chính phủ", "Kiểm toán Nhà nước" ("giao" alone is "to assign":
# "… của Bộ Kế hoạch và Đầu tư giao …").
_NAME_WORD_AFTER = frozenset({
    ("giao", "thông"), ("thông", "tin"), ("truyền", "thông"), ("tài", "nguyên"),
    ("ngoại", "giao"), ("dân", "tộc"), ("tôn", "giáo"), ("ngân", "hàng"), ("thanh", "tra"),
    ("kiểm", "toán"),
    ("ban", "thường"),  # "Ban thường vụ Thành ủy", as news items spell it
    # "… của Cơ quan Thường trực Ban chỉ đạo Trung ương về phát triển …" (nhansu.vn, Huế
    # 458/KH-UBND): a steering committee in lower case
    ("ban", "chỉ"), ("chỉ", "đạo"),
    # "… Phát triển nông thôn" ("… của Ban thường vụ Thành ủy triển khai thực hiện …": the act)
    ("phát", "triển"),
    # "… của Bộ trưởng Bộ Kế hoạch và Đầu tư quy định chi tiết …" (Công báo, 01/2024/TT-BKHĐT):
    # without it the name stopped at "Bộ Kế", and the subject after it was lost
    ("kế", "hoạch"),
    # bodies whose names the cited-facts samples found cut after their first word: "… của Ban
    # Tuyên giáo Đảng ủy Khối" (Lai Châu), "… của Trung tâm Trợ giúp pháp lý Nhà nước tỉnh" (Vũ
    # Quang), "… của Ngân hàng Nhà nước Việt Nam" (thanhnien.vn), "… của Ủy ban An toàn giao
    # thông Quốc gia" (a basis line)
    ("tuyên", "giáo"), ("trung", "tâm"), ("trợ", "giúp"), ("pháp", "lý"), ("nhà", "nước"),
    ("an", "toàn"), ("toàn", "giao"),
    # "… ngày 25-11-2017 của Hội nghị Trung ương 6 (khóa XII)" (baothainguyen.vn, read "Hội"),
    # "… của Hội đồng thành viên AEON Finance" (thanhnien.vn, read "Hội đồng thành")
    ("hội", "nghị"), ("thành", "viên"),
    # a ministry's or a committee's Party delegation: "… của Ban cán sự đảng, Ban Chấp hành Đảng
    # bộ Bộ Tài nguyên và Môi trường thực hiện …" (Huế 156/KH-UBND), "Báo cáo của Ban cán sự
    # đảng UBND tỉnh" (Huế 445-KL/TU), "chỉ đạo của Ban cán sự đảng UBND tỉnh" (Khánh Hòa
    # 14092/KH-UBND): read "Ban" alone before
    ("ban", "cán"), ("cán", "sự"),
})  # fmt: skip
# Words that end a body's name, as written: "tại" ends it, "Tài" (Bộ Tài chính) does not.
_BODY_STOP = frozenset({
    "về", "khóa", "khoá", "ngày", "và", "tại", "theo", "thực", "trong", "vv", "v/v",
})  # fmt: skip
_MAX_BODY_WORDS = 10
# Unit words a place name follows ("tỉnh An Giang", "thành phố Hồ Chí Minh"): a long body's
# name ("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh An Giang") may run past _MAX_BODY_WORDS to
# finish the place it ends with.
_PLACE_UNITS = frozenset({"tỉnh", "huyện", "quận", "xã", "phường", "phố", "trấn", "thị"})


def _naming_a_place(words: list[str]) -> bool:
    """True while the last words are a unit word and at most one word of its name."""
    return any(w.lower() in _PLACE_UNITS for w in words[-2:])

# The unit word before a place's name, and the level of the unit it names.
_UNIT_BEFORE_DASH = re.compile(
    r"(?<![^\W\d_])(?:(?P<province>tỉnh|Tỉnh|TỈNH)|(?P<district>huyện|Huyện|HUYỆN|quận|Quận|QUẬN"
    r"|thị xã|Thị xã|THỊ XÃ)|(?P<commune>xã|Xã|XÃ|phường|Phường|PHƯỜNG|thị trấn|Thị trấn"
    r"|THỊ TRẤN))[ \t]+(?P<name>(?:\S+[ \t]+){0,2}\S+)[ \t]*$"
)


def _place_across_dash(text: str, dash: int) -> int | None:
    """Where the name of the place a unit word names ends, when the name goes on across the
    dash at `dash` ("tỉnh Bà Rịa - Vũng Tàu", "tỉnh Thừa Thiên - Huế"), or None ("UBND huyện
    Tân Yên - Bắc Giang": a district, then its province)."""
    unit = _UNIT_BEFORE_DASH.search(text, max(0, dash - 60), dash)
    if unit is None:
        return None
    level = next(Level(g) for g in ("province", "district", "commune") if unit.group(g))
    named = known_name_at(text, unit.start("name"), level)
    return named[1] if named is not None and named[1] > dash else None


_ISSUES = re.compile(r"ban\s+hanh\s")
_MAX_SUBJECT = 400
_WORD = re.compile(r"[^\s,;:()\"“”]+")
# A file's extension glued to the last word of an attachment's name ("… của UBND tỉnh.pdf").
_FILE_EXTENSION = re.compile(r"(?<=\w)\.(?:pdf|docx?|xlsx?|rar|zip)$", re.IGNORECASE)
_NEXT_WORD = re.compile(r",\s*([^\s,;]+)")
# A line break inside a sentence: the next line goes on in lower case ("Nghị định\nsố …", a
# PDF's wrapped line). WRAPPED_NEXT is what follows the break, for patterns that exclude it.
# (its "à-ỹ" holds capitals too, "Đ", "Ủ": "… cao đẳng\nĐược thay thế bởi Thông tư số …", a
# consolidated list's cell under its row's title, reads as one sentence, which the list's
# relations need; a class of small letters only, `text.SMALL_LETTERS`, loses them)
WRAPPED_NEXT = r"[ \t]*[a-zđà-ỹ]"
WRAPPED_LINE = re.compile(r"\n" + WRAPPED_NEXT)
# A legal site's note inside the text, on what a later text did to it (shadow text): "[Điều
# này hết hiệu lực bởi Khoản 3 Điều 115 Luật Thi hành án dân sự 2025 có hiệu lực từ ngày
# 01/07/2026]", "[Khoản này được sửa đổi bởi …]". Its words are the site's, not the text's.
SITE_NOTE = re.compile(
    r"\[[^\[\]]{0,600}?(?<![a-z])(?:boi|co\s+hieu\s+luc)(?![a-z])[^\[\]]{0,600}\]"
)
_NOTE_REACH = 1200


def site_note_at(shadow: str, pos: int) -> re.Match[str] | None:
    """The site's note that holds `pos`, if any."""
    opening = shadow.rfind("[", max(0, pos - _NOTE_REACH), pos)
    if opening < 0 or "]" in shadow[opening:pos]:
        return None
    note = SITE_NOTE.match(shadow, opening)
    return note if note is not None and note.end() > pos else None


# Parts of a text named in a subject: "sửa đổi, bổ sung khoản 2, Điều 8, Nghị định số …".
_PROVISION_WORDS = frozenset({"Điều", "Khoản", "Điểm", "Chương", "Mục", "Phần", "Phụ"})
_PROVISION_BEFORE = re.compile(r"(?<![a-z])(?:dieu|khoan|diem|chuong|muc)\s+\w{1,4}\s*$")


@quick_init
@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@quick_init
@dataclass(frozen=True, slots=True)
class CitationTail:
    """What follows a code in a citation. Spans index the normalized text."""

    end: int  # where the tail (before any subject) stops
    date: date | None = None
    date_span: Span | None = None
    issuing_body: str | None = None
    term: str | None = None
    subject: str | None = None
    subject_span: Span | None = None


def parse_date(shadow: str, pos: int) -> tuple[date, int] | None:
    """Parse a date written at `pos` of the shadow text; return it and its end offset."""
    for pattern in (_DATE_NUMERIC, _DATE_WORDS):
        m = pattern.match(shadow, pos)
        if m is not None:
            day, month, year = (int(g) for g in m.groups())
            try:
                return date(year, month, day), m.end()
            except ValueError:
                return None
    if "a" <= shadow[pos : pos + 1] <= "z" or shadow[pos : pos + 2].isdigit():
        return _english_date(shadow, pos)
    return None


_ORDINAL = r"(?:st|nd|rd|th)?"
_DATE_MONTH_FIRST = re.compile(
    rf"(?P<month>{MONTH_NAME})\.?\s+(?P<day>\d{{1,2}}){_ORDINAL}\s*,?\s+(?P<year>\d{{4}})(?!\d)"
)
_DATE_DAY_FIRST = re.compile(
    rf"(?:the\s+)?(?P<day>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<month>{MONTH_NAME})\.?,?\s+"
    r"(?P<year>\d{4})(?!\d)"
)
_DATE_LITERAL = re.compile(
    r"day\s+(?P<day>\d{1,2})\s+month\s+(?P<month>\d{1,2})\s+year\s+(?P<year>\d{4})(?!\d)"
)


def _english_date(shadow: str, pos: int) -> tuple[date, int] | None:
    for pattern in (_DATE_MONTH_FIRST, _DATE_DAY_FIRST, _DATE_LITERAL):
        m = pattern.match(shadow, pos)
        if m is None:
            continue
        month = m.group("month")
        try:
            number = _MONTHS.get(month) or int(month)
            found = date(int(m.group("year")), number, int(m.group("day")))
        except ValueError:
            return None
        return found, m.end()
    return None


# The word after a dash inside a ministry's name: "- Thương binh", also on the next line where
# the line wraps after the dash ("… của Bộ trưởng Bộ Lao động - \nThương binh và Xã hội quy
# định …", Công báo's text copies).
_DASH_GOES_ON = re.compile(r"[ \t]*(?:\n[ \t]*)?([^\s,;:()\"“”]+)")
# Words after which a ministry's name cannot end, so it goes on over a wrapped line: "… của Bộ
# Lao động - Thương binh và \nXã hội …", "… của Bộ Công \nThương, …" (Công báo's text copies).
_NAME_GOES_ON_WORDS = frozenset({"-", "–", "và", "Công"})
_NEW_BODY_WORDS = frozenset({
    "Bộ", "Sở", "Phòng", "Ủy", "UBND", "Ban", "Thủ", "Chính", "Văn", "Tổng",
})  # fmt: skip


def _in_ministry_name(words: list[str]) -> bool:
    """Whether the body read so far is a ministry's or a department's ("Bộ …", "Sở …", not the
    Politburo's "Bộ Chính trị"), or a district's office ("Phòng Giáo dục và Đào tạo Cam Lâm",
    mnmaivang.pgddtcamlam.edu.vn), whose names run on over "và" and commas."""
    if bool(words) and words[0] in ("Bộ", "Sở", "Phòng") and words[1:2] != ["Chính"]:
        return True
    # a body of a ministry, named with the ministry's whole name: "Ban Chấp hành Đảng bộ Bộ Tài
    # nguyên và Môi trường" (Huế 156/KH-UBND), "Đảng ủy Bộ Nông nghiệp và Phát triển nông thôn"
    return any(
        w == "Bộ" and words[k - 1].lower() in _OF_A_MINISTRY and words[k + 1 : k + 2] != ["Chính"]
        for k, w in enumerate(words[1:-1], start=1)
    )


# The word before "Bộ" when a body of a ministry is named (lower case): "Đảng bộ Bộ …",
# "Đảng ủy Bộ …", "Ban cán sự đảng Bộ …", "Công đoàn Bộ …".
_OF_A_MINISTRY = frozenset({"bộ", "ủy", "uỷ", "đảng", "đoàn"})


def _ministry_goes_on(words: list[str], following: str) -> bool:
    """Whether a comma inside a ministry's or department's name continues it: "Bộ Văn hóa,
    Thể thao …" does, "Bộ Tài chính, Bộ Kế hoạch và Đầu tư" (two bodies) does not."""
    return (
        _in_ministry_name(words)
        and following[:1].isupper()
        and following not in _NEW_BODY_WORDS
    )


# The blanks before a name's next word, over one wrapped line at most.
_NEXT_WORD_START = re.compile(r"[ \t]*(?:\n[ \t]*)?")


def _parse_body(norm: NormalizedText, pos: int) -> tuple[str, int] | None:
    words: list[str] = []
    text = norm.text
    end = pos
    skip_to = pos  # (past a place's name taken whole across its dash)
    for m in _WORD.finditer(text, pos, min(len(text), pos + 160)):
        word = m.group()
        start = m.start()
        if start < skip_to:
            continue
        if words and (gap := text[end:start]) != " ":  # (a single blank: the name goes on)
            if gap.strip() == "," and "\n" not in gap and _ministry_goes_on(words, word):
                words[-1] += ","  # "Bộ Văn hóa, Thể thao và Du lịch": one ministry's name
            elif gap.count("\n") == 1 and not gap.strip() and (
                word[:1].islower()
                or (_in_ministry_name(words) and words[-1] in ("Bộ", "Sở") and not word.isupper())
                or (words[-1].lower() == "tướng" and word == "Chính")  # "Thủ tướng\nChính phủ"
                or (_in_ministry_name(words) and words[-1] in _NAME_GOES_ON_WORDS
                    and word[:1].isupper() and word not in _NEW_BODY_WORDS)
            ):
                # "của Ủy\nban Thường vụ Quốc hội", "Bộ Lao động - Thương\nbinh", "Bộ trưởng
                # Bộ\nLao động": a line wrapped inside the name (the word is still checked below)
                pass
            elif gap.strip() or "\n" in gap:
                break  # punctuation or a line break ends the name
        ends_sentence = word.endswith((".", "…"))
        if word.endswith("…"):  # "… của Chính phủ… chính là …" (thanhnien.vn): the name ends
            word = word.rstrip("…")
        if "." in word:  # (no extension without a dot)
            attached = _FILE_EXTENSION.search(word)
            if attached is not None:  # "… của UBND tỉnh.pdf": an attachment's name ends there
                word, ends_sentence = word[: attached.start()], True
            word = word.rstrip("./")
        elif word.endswith("/"):
            word = word.rstrip("/")
        lower = word.lower()
        previous = words[-1].lower() if words else ""
        if word[:1].isdigit():
            if previous in {"quận", "phường"} and len(word) <= 2:
                words.append(word)  # "Quận ủy Quận 3", "UBND Phường 5": a numbered unit's name
                end = start + len(word)
                break
            if word.isdigit() and len(word) <= 2 and previous == "ương" and (
                [w.lower() for w in words[:2]] == ["hội", "nghị"]
            ):
                words.append(word)  # "Hội nghị Trung ương 6": the plenum by its number
                end = start + len(word)
                break
            if word.isdigit() and previous == "đạo" and len(word) <= 4:
                words.append(word)  # "Ban Chỉ đạo 35": named by number
                end = start + len(word)
                continue
            break
        if lower == "gia" and previous == "quốc":
            words.append(word)  # "Ban Chỉ đạo 389 quốc gia"
            end = start + len(word)
            continue
        if lower == "và" and _in_ministry_name(words):
            blanks = _NEXT_WORD_START.match(text, m.end())  # (always matches)
            nxt = _WORD.match(text, blanks.end() if blanks else m.end())
            if nxt is not None and nxt.group()[:1].isupper() and (  # "Bộ Nông nghiệp và Phát triển
                nxt.group() not in _NEW_BODY_WORDS
            ):
                words.append(word)  # nông thôn", "Sở Tài nguyên và Môi trường": one body
                end = start + len(word)
                continue
        if word in ("-", "–") and _in_ministry_name(words) and not {"-", "–"} & set(words):
            nxt = _DASH_GOES_ON.match(text, m.end())
            following = nxt.group(1) if nxt is not None else ""
            if following[:1].isupper() and following not in _NEW_BODY_WORDS:
                # "Bộ Lao động - Thương binh và Xã hội", "Sở Văn hóa - Thể thao": one body
                words.append(word)
                end = start + len(word)
                continue
        if word in ("-", "–") and any(w.lower() in _PLACE_UNITS for w in words[-4:]):
            name_end = _place_across_dash(text, start)
            if name_end is not None:
                # "của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", "UBND tỉnh Thừa Thiên - Huế":
                # a place whose name the dash joins, not a dash that ends the body's name
                words.extend([word, *text[m.end() : name_end].split()])
                end = skip_to = name_end
                continue
        if lower in _BODY_STOP:
            break
        if words and _ISSUES.match(norm.shadow, start):
            break  # "… của Thủ tướng Chính phủ Ban hành Kế hoạch …": the act, in title case
        if not (
            word[:1].isupper()
            or lower in _BODY_LOWER_WORDS
            or (lower == "ban" and previous in {"ủy", "uỷ"})
            or (previous, lower) in _NAME_WORD_AFTER
        ):
            break
        if not word:
            break
        words.append(word)
        end = start + len(word)
        counted = len(words) - ("-" in words) - ("–" in words)
        if ends_sentence or counted >= _MAX_BODY_WORDS + 3:
            break
        if counted >= _MAX_BODY_WORDS and not (
            _naming_a_place(words) or _in_ministry_name(words)
        ):  # (a ministry's body runs longer: "Ban Chấp hành Đảng bộ Bộ Tài nguyên và Môi trường")
            break
    if not words:
        return None
    return " ".join(words), end


# When the cited text takes or loses effect, said after its subject: not part of it. A
# consolidated text's notes ("Luật số 46/2014/QH13 sửa đổi, bổ sung một số điều của Luật Bảo hiểm
# y tế, có hiệu lực kể từ ngày 01 tháng 01 năm 2015", Công báo VBHN), a circular's end ("Thông
# tư số 04/2014/TT-BLĐTBXH … hướng dẫn thực hiện chế độ trang bị phương tiện bảo vệ cá nhân hết
# hiệu lực kể từ ngày Thông tư này có hiệu lực") and news ("Thông tư 30/2026/TT-BXD về trình tự,
# thủ tục kiểm định xe cơ giới chính thức có hiệu lực thi hành.", thanhnien.vn). Only with "từ"
# or the sentence's end after it: "danh mục văn bản hết hiệu lực toàn bộ" is a subject.
_EFFECT_CLAUSE = re.compile(
    r"(?<![a-z])hieu\s+luc(?:\s+thi\s+hanh)?(?:\s+(?:ke\s+)?tu(?![a-z])|\s*[.;]|\s*$)"
)
# The words before it that belong to the clause (searched back to the clause, so the pattern
# above keeps its literal start: a subject is scanned once for "hieu").
_EFFECT_LEAD = re.compile(r"(?:,\s*|\s+)(?:(?:chinh\s+thuc|da|se)\s+)?(?:(?:co|het)\s+)?$")

# "… được sửa đổi, bổ sung bởi Nghị định số …" after a cited text's subject says what amended it
# since, not what it is about: "Điều 15 Nghị định số 103/2017/NĐ-CP quy định về thành lập, tổ
# chức, hoạt động, giải thể và quản lý các cơ sở trợ giúp xã hội, được sửa đổi, bổ sung bởi
# Nghị định số 140/2018/NĐ-CP" (Công báo, a consolidated form list), "Căn cứ Nghị định số
# 29/2025/NĐ-CP … quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tài chính
# được sửa đổi, bổ sung bởi Nghị định số 166/2025/NĐ-CP" (a circular's basis). Not in a subject
# that itself amends: "sửa đổi, bổ sung một số điều của Nghị định số 181/2025/NĐ-CP … đã được
# sửa đổi, bổ sung một số điều bởi Nghị định số 359/2025/NĐ-CP" is an amending decree's title.
_AMENDED_BY = re.compile(
    r"(?<![a-z])duoc\s+sua\s+doi(?:\s*,?\s*bo\s+sung)?(?:\s+mot\s+so\s+dieu)?\s+(?:boi|tai|theo)"
    r"(?![a-z])"
)
_AMENDED_LEAD = re.compile(r"(?:\s*,\s*|\s+)(?:\(\s*)?(?:da\s+)?$")
# (In brackets, "(đã được sửa đổi, bổ sung tại Nghị định số …)", the amenders stay in the
# subject's clause: an amending decree's title names them so, and the edges read them there.)
_AMENDING_SUBJECT = re.compile(r"(?:sua\s+doi|bo\s+sung|bai\s+bo|thay\s+the|dinh\s+chinh)(?![a-z])")

# A news sentence goes on after the subject with when the text came out: "Nghị quyết 09-NQ/TW
# về xây dựng và phát triển TP.HCM trong kỷ nguyên mới, vừa được Tổng Bí thư, Chủ tịch nước Tô
# Lâm thay mặt Bộ Chính trị ký ban hành" (thanhnien.vn), "Thông tư số 11/2026/TT-BGDĐT quy định
# chế độ làm việc đối với giáo viên mầm non, vừa được Bộ Giáo dục và Đào tạo ban hành"
# (tuoitre.vn). "vừa" in a title is "nhỏ và vừa", never before a verb of issuing.
_JUST_ISSUED = re.compile(r"(?<![a-z])vua\s+(?:duoc|ky|ban\s+hanh)(?![a-z])")
_JUST_ISSUED_LEAD = re.compile(r"\s*,?\s*$")

# The citing text's own clause run on after a cited subject: it sends the text, or asks
# someone to act on it ("… tạm dừng tiếp công dân trên địa bàn thị xã Duy Tiên gửi Thủ trưởng
# các cơ quan, ban, ngành thuộc thị xã", Duy Tiên 1067/UBND-VP; "… tiêm phòng vaccine phòng
# COVID-19 cho trẻ em từ 12-17 tuổi gửi Sở Y tế các tỉnh …", Bộ Y tế 8688/BYT-DP; "… phòng,
# chống dịch bệnh COVID-19 yêu cầu Ban Chỉ đạo phòng, chống dịch bệnh COVID-19 các huyện …",
# Yên Bái): "gửi" / "yêu cầu" and an addressee, a capitalised name or "các". Not "tiền gửi"
# (a bank's deposit, "Bảo hiểm tiền gửi Việt Nam") nor "đáp ứng yêu cầu" (a title's phrase),
# nor a title in capitals ("… ĐÁP ỨNG YÊU CẦU CÔNG NGHIỆP HÓA …", Ninh Thuận 5257/KH-UBND).
_ADDRESSED = re.compile(r"(?<![a-z])(?:gui|yeu\s+cau)\s+(?:cac\s)?")
_NOT_ADDRESSING = re.compile(r"(?:tiền|đáp\s+ứng)\s+$", re.IGNORECASE)  # text (a line may break)
# A consolidated text's note on a law's preamble: "Luật … sửa đổi, bổ sung một số điều của Luật
# Bảo hiểm y tế có căn cứ ban hành như sau" (Công báo VBHN): the preamble's words, not its title.
_BASIS_NOTE = re.compile(r"\s+co\s+can\s+cu\s+ban\s+hanh(?![a-z])")
# After a comma, the citing sentence going on: "… Nghị quyết số 154/NQ-CP … của Chính phủ,
# theo đó yêu cầu các đơn vị …" (Kon Tum 2302/UBND-KTTH), "… Nghị quyết 68-NQ/TW … về phát
# triển kinh tế tư nhân, chủ trì phiên họp lần thứ ba" (sggp.org.vn, a meeting's news).
# (", nhấn mạnh …": a news sentence's comment on the text, "Ngày 4.5.2025, Bộ Chính trị ban
# hành Nghị quyết 68-NQ/TW về phát triển kinh tế tư nhân, nhấn mạnh mục tiêu …", thanhnien.vn)
# And after a comma, the citing text's actor, named short, with its verb: "Thực hiện Quyết định
# số 411/QĐ-TTg … về việc phê duyệt Chiến lược quốc gia phát triển kinh tế số …, UBND tỉnh ban
# hành Kế hoạch …" (Vĩnh Long 43/KH-UBND), "…, UBND tỉnh Gia Lai yêu cầu …" (a capitalised
# actor, "Ủy ban nhân dân tỉnh", already stops the subject at its comma; an acronym does not,
# since ", MTTQ …" goes on in a list): "UBND" / "HĐND", its unit and place (up to four words),
# and a verb of acting.
_CITER_AFTER_COMMA = re.compile(
    r",\s*(?:(?:theo\s+do|chu\s+tri|nhan\s+manh)(?![a-z])"
    r"|(?:ubnd|hdnd)\s+(?:[^\s,;.:]+\s+){0,4}?"
    r"(?:ban\s+hanh|yeu\s+cau|de\s+nghi|chi\s+dao|trien\s+khai|xay\s+dung|thong\s+bao)"
    r"(?![a-z]))"
)
# An English list's next numbered text after a comma and "and": "… on implementing Decision No.
# 204-QĐ/TW dated November 29, 2024, of the Central Party Secretariat, and Plan No. 02-KH/TU
# …" (vietnam.vn, Tuyên Quang's committee): the item beside the cited one, out of its subject
# (text: the capitalised type word, up to four words, then "No").
_ENGLISH_NEXT_ITEM = re.compile(r",\s+and\s+(?:the\s+)?(?:[A-Z][\w’']*\s+){1,4}No(?![a-z])")
# A comma inside a title that lists texts of one kind: "… sửa đổi, bổ sung một số điều của Luật
# Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác công tư và Luật Đấu thầu" (Luật
# số 57/2024/QH15, Công báo), "… bãi bỏ một số điều của các Thông tư, Thông tư liên tịch có quy
# định liên quan đến việc nộp, xuất trình sổ hộ khẩu giấy …" (08/2023/TT-BLĐTBXH): a law's or a
# circular's type word after the comma with no number after it (", Nghị định số 12/…" is the
# next text cited), in a subject that named a text of that kind before it (shadow text).
_LISTED_KIND = re.compile(
    r",\s*(?P<kind>luat|bo\s+luat|phap\s+lenh|thong\s+tu)(?:\s+lien\s+tich)?\s+(?!so\b|\d)"
)
_LAW_NAMED = re.compile(r"(?<![a-z])luat(?![a-z])")  # ("Bộ luật" names a law too)
_KIND_NAMED = {  # the kind named before the comma, by the first letters of the one after it
    "lu": _LAW_NAMED,
    "bo": _LAW_NAMED,
    "ph": re.compile(r"(?<![a-z])phap\s+lenh(?![a-z])"),
    "th": re.compile(r"(?<![a-z])thong\s+tu(?![a-z])"),
}

# A news sentence's predicate after the title, "đã" and a verb of what the text did: "Nghị quyết
# số 80-NQ/TW … về phát triển văn hóa Việt Nam đã đặt ra một tầm nhìn rất mới" (tuoitre.vn),
# "… về đột phá phát triển giáo dục và đào tạo đã chỉ rõ các nhiệm vụ …", "Công văn số
# 11977-CV/VPTW … của Văn phòng Trung ương Đảng đã truyền đạt ý kiến chỉ đạo …" (Quảng Trị).
# Only these verbs: "đã" before others is a title's own ("đã hoàn thành nhiệm vụ", "đã qua sử
# dụng", "đã được sửa đổi").
_DID = re.compile(
    r"da(?<![a-z]da)\s+(?:dat\s+ra|de\s+cap|chi\s+ro|xac\s+lap|dat\s+duoc|thu\s+duoc|tao"
    r"|co\s+nhieu|truyen\s+dat)(?![a-z])"
)

def _addressed_at(norm: NormalizedText, start: int, limit: int) -> int | None:
    """Where a "gửi / yêu cầu <addressee>" clause begins in a subject (its comma before it
    too), looked for only where "gui" or "yeu cau" stands; None if none or it would leave the
    subject no word."""
    shadow, text = norm.shadow, norm.text
    for word in ("gui", "yeu cau"):
        at = shadow.find(word, start, limit)
        while at >= 0:
            m = _ADDRESSED.match(shadow, at)
            if m is not None and m.end() < limit and not text[at].isupper() and (
                text[m.end()].isupper() or m.group().endswith("cac ")
            ) and not _NOT_ADDRESSING.search(text, max(start, at - 12), at):
                lead = _JUST_ISSUED_LEAD.search(shadow, max(start, at - 4), at)
                cut = lead.start() if lead is not None else at
                if cut > start:
                    return cut
            at = shadow.find(word, at + 1, limit)
    return None


# A quoted title closed, then the next document of a list: '… về việc ban hành "Quy chế …"
# và Quyết định số 218-QĐ/TW …' (the subject is the title; the decision after it is the
# list's next item, not part of it).
_QUOTE_THEN_NEXT = re.compile(rf'[”"]\s*,?\s*va\s*(?:{TYPE_WORD_ALT})\s+(?:so\s*:?\s*)?\d')


# "và" then a verb that changes texts, after a text that a change verb right before it acts
# on: the second act of the same actor, not the text's subject going on ("… thay thế Thông tư
# số 07/2018/TT-BKHĐT … hướng dẫn công tác thi đua … và bãi bỏ các Quyết định số
# 1731/QĐ-BKHĐT", 15/2023/TT-BKHĐT). Not a subject that itself changes texts ("… sửa đổi, bổ
# sung một số điều … và bãi bỏ …": its own list of acts), nor a text no act names ("Nghị định số
# 211/2025/NĐ-CP quy định về hoạt động mật mã dân sự và sửa đổi, bổ sung …": its title).
# (The look-behind after the word, not before it: sre then looks for "va" in C instead of
# trying the pattern at every character of the subject; the same matches.)
_AND_CHANGE = re.compile(
    r"va(?<![a-z]va)\s+(?:bai\s+bo|huy\s+bo|thay\s+the|sua\s+doi|dinh\s+chi|tam\s+ngung)(?![a-z])"
)
_CHANGES_TEXTS = re.compile(
    r"(?<![a-z])(?:bai\s+bo|huy\s+bo|thay\s+the|sua\s+doi|bo\s+sung|dinh\s+chi|tam\s+ngung"
    r"|ngung\s+hieu\s+luc|het\s+hieu\s+luc)(?![a-z])"
)
_ACTED_ON_BEFORE = re.compile(
    r"(?<![a-z])(?:thay\s+the|bai\s+bo|huy\s+bo|sua\s+doi(?:,?\s+bo\s+sung)?)\s+"
    r"(?:(?:toan\s+bo|cac|mot\s+so\s+dieu(?:\s+cua)?|(?:dieu|khoan|diem)\s+\S+(?:\s+cua)?)\s+)?"
    rf"(?:{TYPE_WORD_ALT})\s*(?:so\s*:?\s*)?\S+$"
)
_ACTED_ON_REACH = 80


# A State decision's request line, the body before its text: "Xét đề nghị của Sở Giáo dục - Đào
# tạo tại Tờ trình số 1147/SGDĐT-GDTH ngày 28/8/2014", "…; của Giám đốc Sở Tư pháp tại Công
# văn số 806/STP-XD&KTVBQPPL ngày 09/5/2017" (tests/realworld/cases: Hưng Yên 1480/QĐ-CTUBND,
# Hòa Bình 816/QĐ-UBND): "của", the body, "tại", the type word (shadow text, before it).
_REQUESTED_OF = re.compile(
    r"(?:(?<![a-z])(?:de\s+nghi|y\s+kien|chi\s+dao)\s+|[;,]\s*)cua\s+"
)
_AT_THE_TEXT = re.compile(r"\s*tai\s+(?:(?:cac\s+)?van\s+ban\s+)?(?:so\s*:?\s*)?$")
_DIRECTOR = re.compile(r"giam\s+doc\s+")  # "Giám đốc Sở …": the name read after the title
_REQUEST_REACH = 160


# A news item's issuer named after the text, in the passive: "… theo quy định mới tại Thông tư
# 155/2025/TT-BTC vừa được Bộ Tài chính ban hành." (thanhnien.vn), "Nghị định 183/2025/NĐ-CP
# vừa được Chính phủ ban hành cho phép …" (thanhnien.vn): "(vừa / mới / đã) được", the body and
# "(ký) ban hành" right after it (shadow text), where the code's tail (or its subject) ends.
# Not "do … ban hành": a legal site writes it after the title of the page's own text ("Kế
# hoạch 458/KH-UBND … triển khai Kế hoạch 02-KH/TU … do thành phố Huế ban hành").
_PASSIVE_BY = re.compile(r"[ \t]*,?[ \t]*(?:(?:vua|moi|da)\s+)?duoc\s+")
_PASSIVE_ACT = re.compile(r"\s+(?:ky\s+)?ban\s+hanh(?![a-z])")


def passive_issuer(norm: NormalizedText, pos: int) -> str | None:
    """The body a text is said to be issued by right after its tail ends at `pos` ("… vừa được
    Bộ Tài chính ban hành"); None if the words there are not so."""
    by = _PASSIVE_BY.match(norm.shadow, pos)
    if by is None:
        return None
    body = _parse_body(norm, by.end())
    if body is None or not _PASSIVE_ACT.match(norm.shadow, body[1]):
        return None
    return body[0]


def requesting_body(norm: NormalizedText, lead: int) -> str | None:
    """The body whose request a text is, named before it: "đề nghị của <body> tại <type word>
    số …" with the type word at `lead`; None if the words before it are not so."""
    shadow = norm.shadow
    at = _AT_THE_TEXT.search(shadow, max(0, lead - 8), lead)
    if at is None:
        return None
    found = None
    for m in _REQUESTED_OF.finditer(shadow, max(0, lead - _REQUEST_REACH), at.start()):
        found = m
    if found is None:
        return None
    start = found.end()
    title = _DIRECTOR.match(shadow, start)
    body = _parse_body(norm, title.end() if title else start)
    if body is None or not _AT_THE_TEXT.fullmatch(shadow, body[1], lead):
        return None
    return (norm.text[start : title.end()] if title else "") + body[0]


# The next document of a list run into a subject: "Kết luận số 130-KL/TW ngày 14/3/2025 về số
# lượng đơn vị hành chính cấp tỉnh sau sắp xếp và Kết luận số 137-KL/TW ngày 28/3/2025 về …"
# (a Lâm Đồng letter), "Thông tư số 36/2018/TT-BTC … hướng dẫn việc lập dự toán … và Thông tư số
# 40/2017/TT-BTC ngày 28 tháng 4 năm 2017 của Bộ Tài chính quy định …", "Nghị định số
# 128/2020/NĐ-CP … quy định xử phạt vi phạm hành chính trong lĩnh vực hải quan và Điều 2 Nghị
# định số 102/2021/NĐ-CP …" (Công báo): "và", a type word and a code (shadow text). Only in
# a subject that names no document before it; one that does lists the texts it acts on
# ("thực hiện Kết luận số 100-KL/TW của Ban Bí thư và Kết luận số 111-KL/TU …", "sửa đổi, bổ
# sung Nghị định 100/2024/NĐ-CP … và Nghị định 192/2025/NĐ-CP").
_AND_NEXT_TEXT = re.compile(
    rf"va(?<![a-z]va)\s+(?:(?:dieu|khoan|diem)\s+\w+\s+(?:cua\s+)?)?(?:{TYPE_WORD_ALT})\s+"
    r"(?:so\s*:?\s*)?\d+(?:\.\d+)?[/\-]"  # a code's number, not a name's ("và Đề án 06 - …")
)
# a document named in a subject (text, capitalised): "… thực hiện Nghị quyết …", "… của Luật …";
# and the legal acts' own words in any case and spelling (shadow text: a page with its
# diacritics garbled, "tổng kết Nghị qụỵết số 18-NQ/TW …", societynews)
_NAMES_AN_ACT = re.compile(
    r"(?<![a-z])(?:nghi\s+quyet|nghi\s+dinh|thong\s+tu|chi\s+thi|ket\s+luan|phap\s+lenh"
    r"|hien\s+phap|(?<!phap\s)luat)(?![a-z])"
)
_NAMES_A_TEXT = re.compile(
    r"(?<!\w)(?:Nghị quyết|Nghị định|Thông tư|Quyết định|Chỉ thị|Kết luận|Luật|Bộ luật|Pháp lệnh"
    r"|Hiến pháp|Kế hoạch|Chương trình|Công văn|Hướng dẫn|Quy định|Thông báo|Điều)(?!\w)"
)


def _clause_lead(
    shadow: str, start: int, limit: int, word: str, clause: re.Pattern[str],
    lead: re.Pattern[str], reach: int,
) -> re.Match[str] | None:
    """Where a clause that is no part of a subject begins in `shadow[start:limit]`: the `lead`
    words up to `reach` characters before the first `clause` (the clause looked for only where
    its first `word` stands: one `find` a subject, not a scan), if the subject keeps a word."""
    if shadow.find(word, start, limit) < 0:
        return None
    found = clause.search(shadow, start, limit)
    if found is None:
        return None
    before = lead.search(shadow, max(start, found.start() - reach), found.start())
    return before if before is not None and before.start() > start else None


def _subject_end(norm: NormalizedText, start: int, code_end: int) -> int:
    text = norm.text
    limit = min(len(text), start + _MAX_SUBJECT)
    if text.startswith('"', start):
        close = text.find('"', start + 1, limit)
        return close + 1 if close > 0 else limit
    then = _QUOTE_THEN_NEXT.search(norm.shadow, start, limit)
    if then is not None:
        limit = then.start() + 1
    shadow = norm.shadow
    effect = _clause_lead(shadow, start, limit, "hieu", _EFFECT_CLAUSE, _EFFECT_LEAD, 24)
    if effect is not None:
        limit = effect.start()
    just = _clause_lead(shadow, start, limit, "vua", _JUST_ISSUED, _JUST_ISSUED_LEAD, 4)
    if just is not None:
        limit = just.start()
    basis = _clause_lead(shadow, start, limit, "can cu", _BASIS_NOTE, _JUST_ISSUED_LEAD, 1)
    if basis is not None:
        limit = basis.start()
    did = _clause_lead(shadow, start, limit, "da", _DID, _JUST_ISSUED_LEAD, 4)
    if did is not None and text[did.end() : did.end() + 2].lower() == "đã":  # not "đa"
        limit = did.start()
    addressed = _addressed_at(norm, start, limit)
    if addressed is not None:
        limit = addressed
    amended = _clause_lead(shadow, start, limit, "duoc", _AMENDED_BY, _AMENDED_LEAD, 8)
    if (amended is not None and "(" not in amended.group()
            and not _AMENDING_SUBJECT.match(shadow, start)):  # fmt: skip
        limit = amended.start()
    listed = _clause_lead(shadow, start, limit, "va", _AND_NEXT_TEXT, _JUST_ISSUED_LEAD, 4)
    if listed is not None and not (
        _NAMES_A_TEXT.search(text, start, listed.start())
        or _NAMES_AN_ACT.search(shadow, start, listed.start())
    ):
        limit = listed.start()
    act = _AND_CHANGE.search(norm.shadow, start, limit)
    if act is not None and not _CHANGES_TEXTS.search(norm.shadow, start, act.start()) and (
        _ACTED_ON_BEFORE.search(norm.shadow, max(0, code_end - _ACTED_ON_REACH), code_end)
    ):
        limit = act.start()
    listed_through = -1
    for stop in _SUBJECT_STOP.finditer(text, start, limit):  # only these characters matter
        i = stop.start()
        ch = text[i]
        if i < listed_through:
            continue
        if ch == "\n" and WRAPPED_LINE.match(text, i):
            continue  # a line wrapped mid-sentence: "… một số điều của Nghị định\nsố 35/2015 …"
        if ch == "\n" and _NUMBER_WORD_END.search(norm.shadow, max(start, i - 6), i):
            continue  # "… tiếp tục thực hiện Chỉ thị số\n32-CT/TW …": the number wrapped
        if ch == "\n" and _TYPE_WORD_END.search(norm.shadow, max(start, i - 30), i) and (
            _CODE_NEXT_LINE.match(norm.shadow, i + 1)
        ):
            # "… một số điều của Nghị định\n92/2006/NĐ-CP;", and a capitalised title wrapped
            # before its "SỐ" ("… VỀ THỰC HIỆN NGHỊ QUYẾT\nSỐ 29-NQ/TW …"): the code wrapped
            continue
        if ch == "\n" and _RUNS_ON_END.search(norm.shadow, max(start, i - 16), i) and not (
            _BULLET_LINE.match(norm.shadow, i + 1)
        ):
            continue  # "… của Thủ tướng Chính phủ ban hành\nChương trình hành động thực hiện …"
            # (not into a legal site's next list item: "… do Chính phủ ban hành\n- 3Quyết định")
        goes = _TITLE_GOES_ON.match(text, i) if ch == ";" else None
        if goes and text[goes.end() - 1].islower() and _RULE_MAKING.match(norm.shadow, start) and (
            not _NAMES_A_CODE.search(norm.shadow, i, _item_end(text, i + 1, limit))
        ):
            continue  # "… về giao dịch chứng khoán; bù trừ và thanh toán …": one title's list
        if ch in "\n;":
            return i
        if ch == "(" and (
            _SUBJECT_ASIDE.match(norm.shadow, i) or _CODE_ASIDE.match(norm.shadow, i)
        ):
            return i
        if ch in ".:" and (i + 1 >= len(text) or text[i + 1] in " \n") and not (
            _NUMBER_DOT.search(norm.shadow, max(start, i - 3), i + 1)
        ):
            return i
        if ch == "," and (
            _CITER_AFTER_COMMA.match(norm.shadow, i) or _ENGLISH_NEXT_ITEM.match(text, i)
        ):
            return i
        if ch == ",":
            nxt = _NEXT_WORD.match(text, i)
            if nxt and nxt.group(1)[:1] in "LTPB" and (kind := _LISTED_KIND.match(norm.shadow, i)):
                named = _KIND_NAMED[kind.group("kind")[:2]]
                if named.search(norm.shadow, start, i):
                    listed_through = kind.end()  # (the line may break after the comma)
                    continue  # "… của Luật Quy hoạch, Luật Đầu tư, …": one title's list
            if (
                nxt
                and nxt.group(1)[:1].isupper()
                and not nxt.group(1).isupper()
                and (
                    nxt.group(1) not in _PROVISION_WORDS
                    and not _PROVISION_BEFORE.search(norm.shadow, max(start, i - 20), i)
                )
                and not (
                    nxt.group(1) in _TITLE_WORDS
                    and _PERSON_BEFORE.search(norm.shadow, max(start, i - _PERSON_REACH), i)
                )
            ):
                return i  # ", Đảng ủy ban hành …" starts a new clause; ", MTTQ …", ", Điều 8",
                # "Điều 8, Nghị định số …" do not
    return limit


# A body's short name in brackets after its name, which the subject follows: "Kế hoạch số
# 1711/KH-TTCP ngày 26 tháng 7 năm 2013 của Thanh tra Chính phủ (TTCP) về triển khai Chỉ thị số
# 10/CT-TTg" (Hà Nam 1347/KH-UBND); capitals only, so no aside that says more.
_BODY_SHORT_NAME = re.compile(r"[ \t]*\([A-ZĐ][A-ZĐ0-9&\-]{1,11}\)")


def parse_tail(norm: NormalizedText, pos: int, *, year: int | None = None) -> CitationTail:
    """Parse date, issuing body, term and subject written after a code ending at `pos`.

    `year` is the code's own year, if it prints one: a day and month written without a year
    right after it are of that year ("Nghị quyết số 66.13/2026/NQ-CP ngày 27-1": 2026-01-27).
    """
    shadow = norm.shadow
    found_date: date | None = None
    date_span: Span | None = None
    body: str | None = None
    term: str | None = None
    end = pos
    step = None
    if (year_word := _TAIL_YEAR.match(shadow, end)) is not None:
        end = year_word.end()  # "Nghị quyết 137/NQ-CP năm 2017 về …": the subject follows
    for _ in range(6):
        step = _TAIL_STEP.match(shadow, end)
        if step is None or step.lastgroup == "subject":
            break
        if step.lastgroup == "date":
            if (parsed := parse_date(shadow, step.end())) is None:
                if (cut := _CUT_DATE.match(shadow, step.end())) is None:
                    break
                end = cut.end()  # "ngày 28/10/201 của …": a date cut short; the tail goes on
                if found_date is None and year is not None and cut.group("day"):
                    with contextlib.suppress(ValueError):
                        found_date = date(year, int(cut.group("month")), int(cut.group("day")))
                        date_span = Span(step.end(), end)
                step = None
                continue
            if found_date is None:
                found_date, date_span = parsed[0], Span(step.end(), parsed[1])
            end = parsed[1]
        elif step.lastgroup == "body":
            if (named := _parse_body(norm, step.end())) is None:
                break
            body = body or named[0]
            end = named[1]
            if (short := _BODY_SHORT_NAME.match(norm.text, end)) is not None:
                end = short.end()  # "của Thanh tra Chính phủ (TTCP) về triển khai …"
            end = _joint_issuers_end(norm, end)
        else:  # term
            term = term or step.group("term_number").upper()
            end = step.end()
        step = None
    else:
        step = _TAIL_STEP.match(shadow, end)
    subject = subject_span = None
    if step is not None and step.group("act") is not None and (
        ("," in step.group() and step.group("act") not in _ENGLISH_ACTS)
        or _NEW_SENTENCE_LINE.match(norm.text, step.start(), step.end() + 2)
    ):
        # "…, ban hành Kế hoạch": a new clause, not the subject; so is an act that opens a line
        # in sentence case ("… Chỉ thị số 05-CT/TW của Bộ Chính trị\n\nThực hiện Kế hoạch số
        # 58-KH/TU …": the title ends, the opening starts)
        step = None
    # (the act may open a wrapped line: "… của Chính phủ\nban hành Chương trình hành động …")
    issued_at = _past_wrap(norm, end)
    if step is None and (_in_basis(shadow, pos) or _ISSUED_CARRYING_OUT.match(shadow, issued_at)):
        # "Căn cứ Nghị quyết số 71/NQ-CP … của Chính phủ ban hành Chương trình hành động thực
        # hiện Nghị quyết số 57-NQ/TW": a basis names no act of the host's own; nor does a
        # citation whose "ban hành" issues a text that carries out another numbered one
        # ("Quyết định số 2074/QĐ-TTg … của Thủ tướng Chính phủ Ban hành Kế hoạch triển khai
        # thực hiện Chỉ thị số 06-CT/TW …, Bộ trưởng … đã ký Quyết định số 389/QĐ-BVHTTDL"):
        # the host would name what it carries out by its number once, before its own act
        step = _ISSUED_SUBJECT.match(shadow, issued_at)
    if step is not None and step.lastgroup == "subject" and shadow.startswith(
        "on", step.start("subject")
    ) and norm.text[step.start("subject") : step.start("subject") + 2].lower() != "on":
        step = None  # the shadow's "on" of "ơn", "ổn", "ôn" is no English "on"
    if step is not None and step.lastgroup == "subject":
        s_end = _subject_end(norm, step.end(), pos)
        raw = norm.text[step.end() : s_end]
        cleaned = " ".join(raw.split()).strip(' "-,')
        if cleaned and not _ONLY_AS_FOLLOWS.fullmatch(shadow, step.end(), s_end):
            subject, subject_span = cleaned, Span(step.end(), s_end)
    return CitationTail(end, found_date, date_span, body, term, subject, subject_span)


# A further issuer after a comma, whose name the subject follows at once: "… ngày 28/02/2025
# của Bộ Chính trị, Ban Bí thư về triển khai nghiên cứu …" (Kết luận số 127-KL/TW), "… của Ban
# cán sự đảng, Ban Chấp hành Đảng bộ Bộ Tài nguyên và Môi trường thực hiện Nghị định số
# 26/NQ-CP …" (Huế 156/KH-UBND): one text's joint issuers, then its subject. Not ", Ủy ban nhân
# dân tỉnh Nghệ An ban hành Kế hoạch" (no subject follows: the citing sentence's own clause).
_JOINT_ISSUER = re.compile(
    r",[ \t]+(?=(?:Ban|Bộ|Sở|Ủy|Uỷ|UBND|Hội|Đảng|Văn|Tổng|Liên|Tỉnh|Thành|Huyện)\s)"
)


def _joint_issuers_end(norm: NormalizedText, end: int) -> int:
    """The end of a citation's issuers from `end`, after the first one's name: past each
    further issuer named after a comma where the subject follows it (else `end`)."""
    for _ in range(3):
        comma = _JOINT_ISSUER.match(norm.text, end)
        if comma is None:
            return end
        named = _parse_body(norm, comma.end())
        if named is None:
            return end
        step = _TAIL_STEP.match(norm.shadow, named[1])
        if step is None or step.lastgroup != "subject" or "," in step.group():
            return end
        end = named[1]
    return end


_ISSUED_SUBJECT = re.compile(r"[ \t]*(?P<subject>)(?=ban\s+hanh\s)")
# The act and "như sau" is what a provision says next, no subject: "Điều 3 Quyết định số
# 38/2019/QĐ-TTg quy định như sau:" (Công báo VBHN)
_ONLY_AS_FOLLOWS = re.compile(r"(?:quy\s+dinh|huong\s+dan)\s+nhu\s+sau\s*")
# The English acts of `_TAIL_SUBJECT`: an English translation sets them off with a comma and
# they stay the cited text's subject ("Decree No. 58/2023/ND-CP of August 12, 2023, amending
# and supplementing a number of articles of the Government’s Decree No. 37/2019/ND-CP",
# english.luatvietnam.vn), where a Vietnamese comma opens the sentence's own clause.
_ENGLISH_ACTS = frozenset({"amending", "supplementing", "guiding", "implementing", "detailing"})
_SPACES = re.compile(r"[ \t]*")


def _past_wrap(norm: NormalizedText, pos: int) -> int:
    """`pos`, or the start of the next line where the line breaks there mid-sentence (the next
    line goes on in lower case: "… của Chính phủ\nban hành …", thuvienphapluat.vn's copies)."""
    at = _SPACES.match(norm.text, pos).end()  # type: ignore[union-attr]
    return at + 1 if WRAPPED_LINE.match(norm.text, at) else pos
# A line break, then a word in sentence case (capital, then lower case): a new sentence.
_NEW_SENTENCE_LINE = re.compile(r"[^\n]*\n[\s,“\"()]*[A-ZĐÀ-Ỹ][a-zđà-ỹ]")
# "ban hành Chương trình hành động thực hiện Nghị quyết số 03-NQ/TU", "ban hành Kế hoạch
# triển khai thực hiện Chỉ thị số 06-CT/TW": on the same line, no comma or stop between.
_ISSUED_CARRYING_OUT = re.compile(
    r"[ \t]*ban\s+hanh\s+[^,.;:\n]{0,80}?(?<![a-z])(?:thuc\s+hien|trien\s+khai)\s+"
    rf"(?:{TYPE_WORD_ALT})\s+(?:so\s*:?\s*)?\d"
)
BASIS_START = re.compile(r"[ \t\-–•*+]*can\s+cu(?![a-z])")  # a "Căn cứ" clause's opening
_BASIS_LOOKBACK = 400


def _in_basis(shadow: str, pos: int) -> bool:
    """Whether the code ending at `pos` stands in a "Căn cứ …" clause (since the last line
    break or semicolon)."""
    floor = max(0, pos - _BASIS_LOOKBACK)
    cut = max(shadow.rfind("\n", floor, pos), shadow.rfind(";", floor, pos))
    if cut < 0 and floor > 0:
        return False  # no clause start within reach
    return BASIS_START.match(shadow, cut + 1) is not None


def alias_definitions(norm: NormalizedText) -> list[tuple[Span, str]]:
    """Return "(sau đây gọi tắt là …)" definitions: the parenthesis span and the alias text."""
    out = []
    for m in _ALIAS_DEF.finditer(norm.shadow):
        alias = " ".join(norm.text[m.start("alias") : m.end("alias")].split())
        out.append((Span(m.start(), m.end()), alias))
    return out
