"""The main document's own code: its number line, a listing's or a site's source and name
lines, an authenticated or consolidated text's own number, and what it is attached to."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ingest.bodies import body_level
from ingest.codes import DocumentCode, Level
from ingest.context import MONTH_NAME, parse_date
from ingest.find import TYPE_WORD_ALT
from ingest.host.common import ENGLISH_TITLE_WORDS, _skip_blank
from ingest.host.dates import WORDED_DATE
from ingest.host.names import body_name_case
from ingest.layout import Layout
from ingest.models import HOST, Evidence, Relation
from ingest.normalize import code_fixed_by_issuer
from ingest.page.common import REPORT, PageReading
from ingest.page.leads import news_lead_below
from ingest.page.reposts import _full_text_follows, archive_title, notice_below
from ingest.page.table_entry import table_entry
from ingest.relations import RelationType
from ingest.stages.common import (
    _consolidated_lead,
    _Draft,
    _sentence,
)
from ingest.text import NormalizedText, shadow_of

# "Số: " alone, or after the kind with a colon ("Nghị quyết số: 11-NQ/TW" of a reposted header).
# (also in brackets on its own line under a repeated title: "KẾ HOẠCH\nHành động Tháng thanh
# niên năm 2010\n(Số 61-KH/TĐ ngày 26/01/2010)")
# (also "Bộ luật số: 45/2019/QH14", and a line kept in HTML: "<p align="left">Số: 11/2025/…")
_OWN_NUMBER_LINE = re.compile(
    rf"(?:^|\n)[ \t|]*(?:<[a-z][^<>\n]{{0,40}}>[ \t]*)*(?:\([ \t]*)?"  # "(Số 61-KH/TĐ ngày …)"
    rf"(?P<label>s[oố]\s*:?|(?:bo\s+)?(?:{TYPE_WORD_ALT})\s+s[oố]\s*:"
    # an English translation's header: "No: 120/2002/QD-TTg" (hethongphapluat.com), "No.
    # 33/NQ-CP" (chinhphu.vn), "Number: 64/2008/NĐ-CP" (vbpl.vn), "Numbers: 201/QĐ-TTg"
    # (global-regulation.com), "No.: 80/2023/ND-CP" (asemconnectvietnam.gov.vn)
    rf"|no\.?[ \t]*:|no\.|numbers?[ \t]*:)[ \t|]*$",
    re.IGNORECASE,
)
# A header flattened into one line ("… Hạnh phúc Số: 94 /BC-UBND Hội An, ngày …") keeps the
# colon, and legal sites put the number in a table of facts ("Loại văn bản : Quyết định Số hiệu
# : 15/2014/QĐ-UBND", "| Số hiệu | 0265/KH-UBND |"). Within a line this is the document's own
# number only where no type word precedes "số": "(Ban hành kèm theo Quyết định số: 59/QĐ-UBND"
# names another document. A school site's register repeats the label in its cell: "Số hiệu | Số
# 16/KH-PGD&ĐT |". OCR and broken code pages spell the label "s6:" ("CHiNHPHU s6: 122/2018/
# ND-CP", pdfslide.tips) and "S?:" ("TRUNG ??NG***S?: 42 -HD/TWTN-BKT", a .doc read as ASCII).
# An English header flattened so keeps its "Number:" after the issuer ("THE GOVERNMENT Number:
# 18/2004/ND-CP |", global-regulation.com/law).
_OWN_NUMBER_INLINE = re.compile(
    r"(?:^|\s)(?:s[oố6?]|number)\s*:"
    r"|(?:^|\s)s[oố]\s*(?:/\s*)?(?:ky\s+)?hieu(?:\s+van\s+ban)?\s*[:|]?[ \t|]*"
    r"(?:s[oố][ \t]*:?[ \t]*)?$"
    # An English header flattened so keeps its "No." after the issuer's rule or the motto:
    # "THE GOVERNMENT ------- No. 28/NQ-CP | THE SOCIALIST REPUBLIC OF VIET NAM …"
    # (english.luatvietnam.vn), "… COMMITTEE Independence-freedom-Happiness No.05-UB/KH …"
    # (park.org's copies of 1994 texts); not "Decision No. 12/QĐ-UBND" in a sentence
    r"|(?:[-_]{3,}|happiness)[ \t|]*no\.[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)  # (and "Số / ký hiệu 01/2016/QH14" of a department's facts block)
# The national legal database's tabs name their document on a labelled line: "Lịch sử hiệu
# lực: Quyết định 30/2013/QĐ-UBND", "Thuộc tính: …", "Lược đồ: …".
_SITE_TAB_LINE = re.compile(
    rf"(?:^|\n)[ \t|•*\-]*(?:lich\s+su\s+hieu\s+luc|thuoc\s+tinh|luoc\s+do)\s*:\s*"
    rf"(?:{TYPE_WORD_ALT}|lenh)\s+(?:so\s*:?\s*)?$"  # (and a President's "Lệnh 20/2008/L-CTN")
)
# "(Ban hành kèm theo Nghị quyết số 20/2017/NQ-HĐND …", "(Kèm theo Nghị quyết số 124/2017/…"
# (and a Party rule's "(Ban hành theo Quy định 1635 - QĐ/TU, ngày 29/3/2024 …)", without "số")
_ANNEX_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:\(\s*(?:ban\s+hanh\s+)?kem|\(\s*ban\s+hanh|ban\s+hanh\s+kem)\s+theo"
    r"\s+(?P<kind>[a-z ]+?)(?:\s+so\s*:?)?\s*$"  # ("Quyết định số: 59/QĐ-UBND")
)
# A page that opens with the document's name and number: "Thông tư số 84/2017/TT-BTC của Bộ
# Tài chính ngày 15 tháng 8 năm 2017 về việc hướng dẫn …" (a portal's copy or summary).
# (also whose it is between, as a library's title in capitals has it: "QUYẾT ĐỊNH CỦA THỦ
# TƯỚNG CHÍNH PHỦ SỐ 69/2008/QĐ-TTg NGÀY 28 THÁNG 5 NĂM 2008")
# (or a legal site's page for one provision, which opens with it: "Khoản 11 Điều 1 Quyết định
# 460/QĐ-UBND năm 2023 phê duyệt …", hethongphapluat.com, retired blind batch w)
_TITLE_NUMBER = re.compile(
    r"\s*(?:•\s*)?(?:(?:diem\s+[a-z]\s+)?(?:khoan\s+\d+\s+)?dieu\s+\d+[a-z]?\s+)?"
    rf"(?:{TYPE_WORD_ALT})(?:\s+cua\s+[^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,9}}\s+so)?"
    r"\s+(?:so\s*:?\s*)?"
)
# The same in an English translation: "DECISION No. 231/2003/QD-TTg OF NOVEMBER 12, 2003 …"
# (vbpl.vn), "DECISION No.507-TTg OF AUGUST 26, 1995 …" (asianlii.org), "Circular No.
# 31/2011/TT-BLDTBXH dated November 3, 2011 …" (english.luatvietnam.vn), "Decision
# 1059/QD-TTg 2023 approve …", "Circular 04/2013/tt-Bldtbxh: …" (global-regulation.com)
# The type words an English title line opens with: `ENGLISH_TITLE_WORDS` (ingest.host.common).
# (a leading "The" on global-regulation.com's decisions, whose tail is then "Dated:": "The
# Decision 100/2008/qd-Ttg Dated: Approved Master Plan For …", retired batch s)
_TITLE_NUMBER_ENGLISH = re.compile(
    rf"\s*(?P<the>the\s+)?(?:{ENGLISH_TITLE_WORDS})(?:\s+no\s*[.:]?)?\s*"
)
# … and what follows the number in such a title: its date ("OF NOVEMBER 12, 2003", "dated
# November 3, 2011"), its year ("1059/QD-TTg 2023 approve …") or a colon; not a sentence about
# the document ("Resolution No. 57-NQ/TW represents an important breakthrough …", vietnam.vn)
# (the year after the short name of the place whose body issued it, in capitals: "Official
# Dispatch 151/SYT-NVY HCMC 2022 “Guidance on medical bags …”", english.luatvietnam.vn,
# retired blind batch w)
_TITLE_TAIL_ENGLISH = re.compile(
    rf"\s*(?::|(?P<dated>dated\s*:)|dated\s|of\s+(?:{MONTH_NAME})(?![a-z])"
    r"|(?:(?P<place>[a-z]{2,6})[ \t]+)?\d{4}(?!\d))"
)
_OWN_NUMBER_SCAN = 2500
# An English translation's own number line that names its type: in brackets under its title,
# whose it is after the date ("(Official Dispatch No. 1144/UBND-TH dated March 4, 2015 of the
# Provincial People's Committee)", "(Official dispatch No. 1924 – CV/TU, dated February 22,
# 2013 of the Standing Committee …)", baonghean.vn/en), as "(Số 61-KH/TĐ ngày 26/01/2010)"; or
# a header's cell ("Law No. 47/2019/QH14 |" between the issuer's and the place-date cells,
# vietjack.me). Not a sentence or list item that opens on a document ("Decision No. 12/QĐ-UBND
# dated … approving …"): the bracket closes the line, or the cell holds the number alone.
_ENGLISH_NUMBER_LINE = re.compile(
    rf"(?:^|\n)[ \t|]*(?P<open>\(\s*)?(?:{ENGLISH_TITLE_WORDS})\s+no\s*[.:]?\s*$"
)
_ENGLISH_BRACKET_CLOSE = re.compile(r"[^()\n]{0,200}\)[ \t.]*(?:\n|$)")
_ENGLISH_NUMBER_SCAN = 600  # the line stands under the title or in the header, above the text
# A Party header's asterisk under the issuer, then its number, wherever a flattened page puts
# the line breaks: "TỈNH ỦY THỪA THIÊN HUẾ * Số 03-NQ/TU ĐẢNG CỘNG SẢN VIỆT NAM …",
# "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VP…" (as "*\nSố 445-KL/TƯ" on its own lines).
_STARRED_NUMBER = re.compile(r"\*[ \t\n]*S[ốỐo][ \t]*:?[ \t]*$")
# A legal site's header flattened onto one line, its number label last: "CỘNG HÒA … Hạnh
# phúc --------------- Luật số:\n91/2015/QH13" (the colon makes it the document's own number).
_OWN_NUMBER_LABEL = re.compile(
    rf"(?:[-_]{{3,}}|hanh\s+phuc)[ \t|]*(?:bo\s+)?(?:{TYPE_WORD_ALT})\s+so\s*:\s*$"
)  # after the motto or its rule: not "(Ban hành kèm theo Quyết định số: 59/QĐ-UBND …"
_NUMBER_LABEL_SCAN = 1500
_NUMBER_LEAD = 40  # "Thông báo kết luận số: " before a code on its own number line

# A portal item that names the document it comes from or attaches, after its text: "(Nguồn:
# Từ Công văn số 1150/UBND-VP ngày 22/04/2021)", "N.H.N- Nguồn QĐ số:654/QĐ-UBND", "(Kèm
# theo: Công văn số 359/UBND-NN ngày 22/01/2018 của UBND tỉnh.pdf)"; not "ban hành kèm theo".
_SOURCE_LEAD = re.compile(
    r"(?<![a-z])(?:nguon\s*:?|(?<!hanh )(?:kem\s+theo|dinh\s+kem)\s*:)\s*(?:tu\s+)?"
    r"(?:[a-z]+\s+){0,2}?(?:so\s*:?\s*)?"
    # (the file's folder before its name: "Tài liệu đính kèm: /img/01-TB-UBND_202001100.PDF",
    # easywebhub/daksong_website's entries, retired batch t)
    r"(?:[a-z0-9_.-]*/){0,4}$"
)
_SOURCE_LEAD_MAX = 40
# A site's footer naming its licence on the same line: "Giấy phép số: 795/GP-STTTT, ngày
# 15/8/2017 của Sở Thông tin và Truyền thông" under a portal's news item (a licence's own page
# prints "GIẤY PHÉP" as its heading and "Số: …" on a line of its own).
_LICENCE_LEAD = re.compile(r"(?<![a-z])giay[ \t]+phep(?:[ \t]+[a-z]+){0,4}?[ \t]+so[ \t]*:?[ \t]*$")
# A portal's credit that closes the copied text on a line of its own: "(Theo Công văn số
# 6202/UBND-KT, ngày 23/11/2023)" under "UBND tỉnh có ý kiến như sau: …" (not a bracketed
# "theo …" inside a sentence: the bracket opens the line and closes it).
_CREDIT_LEAD = re.compile(r"(?m)^[ \t]*\(\s*theo\s+(?:[a-z]+\s+){0,2}?(?:so\s*:?\s*)?$")
_CREDIT_CLOSE = re.compile(r"[^()\n]{0,80}\)[ \t.]*(?:\n|$)")


# … or that points to the file it is in after its code: "Cụ thể xem trong công văn số
# 2092/BNN-KN trong file đính kèm" (khuyennongvn.gov.vn, the whole text of a notice page).
_ATTACHED_AFTER = re.compile(
    r"[ \t]+(?:trong|tai|o)[ \t]+(?:file|tep|tap[ \t]+tin)[ \t]+dinh[ \t]+kem"
)


def _source_line(norm: NormalizedText, drafts: list[_Draft]) -> int | None:
    """The last code a page names as its source or attachment, if any."""
    shadow = norm.shadow
    for i in range(len(drafts) - 1, -1, -1):
        d = drafts[i]
        if d.mention != "code" or d.parent is not None:
            continue
        lead = max(shadow.rfind("\n", 0, d.start) + 1, d.start - _SOURCE_LEAD_MAX)
        if _SOURCE_LEAD.search(shadow, lead, d.start) or _ATTACHED_AFTER.match(shadow, d.end) or (
            _CREDIT_LEAD.search(shadow, lead, d.start) and _CREDIT_CLOSE.match(shadow, d.end)
        ):
            return i
    return None


_NAME_LINE_SCAN = 600  # a portal names the document in its first lines, above its text


def _name_line(norm: NormalizedText, drafts: list[_Draft], layout: Layout,
               page: PageReading) -> int | None:  # fmt: skip
    """The code of a line that names the document a portal copies, above its text: the line
    opens with the document's own type word and number and says whose it is ("Thông báo số
    217/TB-UBND ngày 08/5/2019 của UBND thị xã Điện Bàn V/v treo cờ …" over "…, UBND thị xã
    thông báo:"). Only where the page's reading named its kind; None otherwise."""
    if page.type_word is None:
        return None
    shadow = norm.shadow
    for i, d in enumerate(drafts):
        if d.start > layout.body_start + _NAME_LINE_SCAN:
            return None
        if d.mention != "code" or d.issuing_body is None:
            continue
        line = shadow.rfind("\n", 0, d.lead_start) + 1
        if (page.type_word == "giay moi" and d.type_word is None
                and _INVITATION_NUMBER.fullmatch(shadow, line, d.start)):  # fmt: skip
            # "Giấy mời số 88/GM-UBND ngày 29/6/2016 của UBND huyện V/v Họp bàn …" (a portal's
            # list entry): an invitation has no type word of the codes' own
            return i
        if d.type_word != page.type_word:
            continue
        if shadow[line : d.lead_start].strip() == "" and _NAMED_NUMBER.match(
            shadow, d.lead_start, d.start
        ):
            return i
    return None


def _titled_short_number(norm: NormalizedText, drafts: list[_Draft], layout: Layout) -> int | None:
    """The short form that opens a headerless page's first line and says whose it is: the
    page's own title, numbered without its symbol ("Chương trình hành động số 01 của Thành ủy
    TPHCM về Thực hiện Thông báo Kết luận số 234-TB/TW …", a city Party archive's copy)."""
    first = _skip_blank(norm.text, layout.body_start)
    for i, d in enumerate(drafts):
        if d.start != first:
            continue
        if d.mention == "short" and d.code is None and d.tail.issuing_body:
            return i
    return None


# A repost's intro presenting the whole of a document ("… trân trọng giới thiệu đến bạn đọc
# toàn văn Nghị quyết 71 của Bộ Chính trị …", tuoitre.vn) right before the document's name.
_WHOLE_OF = re.compile(r"(?<![a-z])toan\s+(?:van|bo)\s+$")
_WHOLE_OF_SCAN = 20


def _presented_by_number(norm: NormalizedText, drafts: list[_Draft],
                         layout: Layout) -> tuple[int, DocumentCode] | None:  # fmt: skip
    """The short form a repost's intro presents in full, named by number, type and issuer only,
    and the code those fix (`code_fixed_by_issuer`: "toàn văn Nghị quyết 71 của Bộ Chính trị"
    → 71-NQ/TW); None where the intro presents none or its issuer fixes no code."""
    for i, d in enumerate(drafts):
        if d.start > layout.body_start + _NAME_LINE_SCAN:
            return None
        if (d.mention != "short" or d.code is not None or d.number is None
                or d.type_word is None or not d.tail.issuing_body):  # fmt: skip
            continue
        if not _WHOLE_OF.search(norm.shadow, max(0, d.lead_start - _WHOLE_OF_SCAN), d.lead_start):
            continue
        code = code_fixed_by_issuer(d.number, d.type_word, d.tail.issuing_body)
        if code is not None:
            return i, code
    return None


# The act of issue right before a numbered document: "…, Ban Tuyên giáo Trung ương ban hành
# Hướng dẫn số " (shadow text, up to the code).
_ISSUED_NUMBERED = re.compile(
    rf"(?<![a-z])ban\s+hanh\s+(?P<word>{TYPE_WORD_ALT})\s+so\s*:?\s*$"
)
_ISSUED_SCAN = 40


def _issued_and_presented(norm: NormalizedText, drafts: list[_Draft],
                          layout: Layout) -> int | None:  # fmt: skip
    """The code a repost's intro reports issued and then presents in full ("Ngày 08-01-2020,
    Ban Tuyên giáo Trung ương ban hành Hướng dẫn số 118-HD/BTGTW về …. BBT trích đăng nguyên
    văn Hướng dẫn.", a provincial propaganda site under the guidance's title in capitals),
    among the page's first lines; None where no intro does."""
    for i, d in enumerate(drafts):
        if d.start > layout.body_start + _NAME_LINE_SCAN:
            return None
        if d.mention != "code" or d.code is None or d.parent is not None:
            continue
        issued = _ISSUED_NUMBERED.search(norm.shadow, max(0, d.start - _ISSUED_SCAN), d.start)
        if issued is None:
            continue
        if norm.shadow[max(0, issued.start() - 3) : issued.start()] == "da " and notice_below(
            norm, issued.start(), issued.group("word")
        ):
            # "… Chủ tịch UBND xã Phù Ninh đã ban hành Quyết định số 05/QĐ-UBND ngày 14/01/2019
            # …. …, UBND xã Phù Ninh thông báo nội dung như sau:" (phuninh portal): the page is
            # the notice that follows, the decision its background
            return None
        if _full_text_follows(norm.shadow, layout.body_start, d.start):
            return i
        return None  # (the first issue told is the intro's; a later one is cited)
    return None


# A headerless page's title line closed by the document's own number and date in brackets,
# the number first: "Về việc báo cáo tình hình ô nhiễm môi trường … (3585/VP-KTN, ngày
# 23/10/2017)." (dnls.langson.gov.vn), "Kế hoạch tổ chức các hoạt động mừng Đảng - mừng Xuân
# Đinh Dậu năm 2017 (04/KH-UBND ngày 06/01/2017)" (langson.gov.vn/huulung). Shadow text: the
# bracket right before the code, with the title before it on its line …
_BRACKET_OPEN = re.compile(r"[^\W\d_][^\n]{10,}\([ \t]*$")
# … and after the code at most its date, then the bracket that ends the line.
_BRACKET_CLOSE = re.compile(r"[ \t]*,?[ \t]*(?:ngay[ \t]*[\d/.\- ]{6,12})?[ \t]*\)[ \t.]*(?:\n|$)")


def _bracketed_number(norm: NormalizedText, drafts: list[_Draft], layout: Layout) -> int | None:
    """The code in brackets that closes a headerless page's title line (`_BRACKET_OPEN`): its
    own number, as the portal gives it; None where none does. A type word in the brackets
    ("(Kế hoạch số 08/KH-UBND)") names a document, and is left to the page's reading."""
    shadow = norm.shadow
    for i, d in enumerate(drafts):
        if d.start > layout.body_start + _NAME_LINE_SCAN or (
            layout.heading is not None and d.start > layout.heading[0]
        ):  # (a post's title over the heading of the text it posts: "… (04/KH-UBND …)\nKẾ HOẠCH")
            return None
        if d.mention != "code" or d.parent is not None:
            continue
        line = shadow.rfind("\n", 0, d.start) + 1
        if _BRACKET_OPEN.match(shadow, line, d.start) and _BRACKET_CLOSE.match(shadow, d.end):
            return i
    return None


_LETTER_WORD = "cong van"


def _letter_annex_line(norm: NormalizedText, drafts: list[_Draft], salutation: int) -> int | None:
    """The code of an annex line, after a headerless letter's salutation, that names a letter:
    the letter's own number, which only its annex prints ("Kính gửi: Các tỉnh ủy, …" … "Mẫu
    1-QCLV … (Ban hành kèm theo Công văn số 7619-CV/BTCTW, ngày 30/12/2024 của Ban Tổ chức
    Trung ương)", thuvienphapluat.vn; DOMAIN §0.10). None where no such line stands."""
    shadow = norm.shadow
    for i, d in enumerate(drafts):
        if d.mention != "code" or d.start < salutation:
            continue
        m = _ANNEX_LINE.search(shadow, max(0, d.start - 60), d.start)
        if m and " ".join(m.group("kind").split()) == _LETTER_WORD:
            return i
    return None

# The type word and "số" before a code, nothing else ("Thông báo số 217/TB-UBND").
_INVITATION_NUMBER = re.compile(r"[ \t]*giay\s+moi\s+so\s*:?\s*")
_NAMED_NUMBER = re.compile(rf"(?:{TYPE_WORD_ALT})\s+so\s*:?\s*$")


def _tag_name(norm: NormalizedText, draft: _Draft) -> bool:
    """Whether a title line is a bare name and number over a news item ("Chỉ thị số
    47-CT/TW\n\nXây dựng thêm các Phòng Cảnh sát PCCC\n\nNgày 1-9, tại TP Hồ Chí Minh, Thành
    ủy … đã tổ chức Hội nghị sơ kết …", a newspaper's tag page): the code ends its line and a
    dated or tagged lead follows, where a document's page goes on with its own text. A bare
    name and number with nothing after it ("Thông tư 13/2013/ TT- BYT", all a tag page holds)
    is one too."""
    # "Thông tư 28/2015/TT-BLĐTBXH hướng dẫn điều 52 … Lưu trữ": a blog's tag archive, its
    # title the tag's name, with its words after the code
    archive = archive_title(norm.text, norm.text.rfind("\n", 0, draft.start) + 1)
    line_end = norm.shadow.find("\n", draft.end)
    if line_end < 0:
        return archive or not norm.shadow[draft.end :].strip()
    if norm.shadow[draft.end : line_end].strip() and not archive:
        return False
    return news_lead_below(norm, line_end) or not norm.shadow[line_end:].strip()


def _reported_by_source(drafts: list[_Draft], index: int) -> PageReading:
    """A page that only summarises the document it names as its source reports it."""
    d = drafts[index]
    return PageReading(REPORT, d.lead_start, d.type_word, d.lead_start, d.lead_start)


def _english_number_line(norm: NormalizedText, lead: int, draft: _Draft, layout: Layout) -> bool:
    """Whether the code of `draft` stands on an English translation's own number line
    (`_ENGLISH_NUMBER_LINE`): a bracketed line under the title, or a header's cell."""
    if draft.start >= layout.body_start + _ENGLISH_NUMBER_SCAN:
        return False  # (a listing's row of documents further down is no header's cell)
    m = _ENGLISH_NUMBER_LINE.search(norm.shadow, lead, draft.start)
    if m is None:
        return False
    if m.group("open") is not None:
        return _ENGLISH_BRACKET_CLOSE.match(norm.shadow, draft.end) is not None
    line_end = norm.shadow.find("\n", draft.end)
    rest = norm.shadow[draft.end : line_end if line_end >= 0 else len(norm.shadow)]
    return rest.strip() == "|"  # the header's cell holds the number alone


def _own_number_line(norm: NormalizedText, lead: int, start: int) -> bool:
    """Whether the code at `start` stands on a number line (`_OWN_NUMBER_LINE`): not "số" in
    lower case without a colon, a wrapped line of the basis above it ("Căn cứ Luật khám bệnh,
    chữa bệnh\nsố 40/2009/QH12 ngày 23 tháng 11 năm 2009;")."""
    m = _OWN_NUMBER_LINE.search(norm.shadow, lead, start)
    if m is None:
        return False
    label = m.group("label")
    return ":" in label or not norm.text[m.start("label")].islower()


# A legal site's facts label: "Số hiệu:28/2004/QH11", "Số / ký hiệu 01/2016/QH14".
_FACTS_LABEL = re.compile(r"(?<![a-z])(?:so|ky)\s*(?:/\s*ky\s*)?\s*hieu\s*:?\s*$")


def _listed_numbers(shadow: str, drafts: list[_Draft], i: int) -> bool:
    """Whether the code `i`, under a facts label, is one of a list of documents: the next
    code stands under a facts label of its own and is another document ("Số hiệu:28/2004/QH11
    / Ngày ban hành: 03/12/2004 / Số hiệu:27/2001/QH10 / …", a central agency's list page)."""
    if not _FACTS_LABEL.search(shadow, max(0, drafts[i].start - _NUMBER_LEAD), drafts[i].start):
        return False
    own = drafts[i].code
    for d in drafts[i + 1 :]:
        if d.mention != "code" or d.code is None:
            continue
        labelled = _FACTS_LABEL.search(shadow, max(0, d.start - _NUMBER_LEAD), d.start)
        return labelled is not None and own is not None and d.code.canonical != own.canonical
    return False


def _own_number_inline(norm: NormalizedText, lead: int, start: int) -> bool:
    """Whether the code at `start` follows a "Số:" label (`_OWN_NUMBER_INLINE`) that is one: in
    capitals, or opening its line; not a running sentence's "… các Quyết định của Thủ tướng
    Chính phủ số: 1521/QĐ-TTg …" (Công văn 573/HĐPH-PBGDPL, which has no number of its own)."""
    m = _OWN_NUMBER_INLINE.search(norm.shadow, lead, start)
    if m is None:
        return False
    label = m.start() + (norm.shadow[m.start()] in " \t\n")  # past the blank before "số"
    if norm.shadow[label + 1 : label + 2] == "6":
        return True  # "CHiNHPHU s6: 122/2018/ND-CP": OCR's 6 for ố, no running sentence's
    return not norm.text[label].islower() or norm.shadow[m.start()] == "\n" or m.start() == 0


def _starred_number(norm: NormalizedText, lead: int, start: int) -> bool:
    """Whether the code at `start` follows a Party header's asterisk and "Số" (the asterisk is
    read in the original text: normalizing blanks it)."""
    a, b = norm.to_original(lead, start)
    return _STARRED_NUMBER.search(norm.original, a, b) is not None


def _header_over_facts(norm: NormalizedText, drafts: list[_Draft], layout: Layout, i: int) -> int:
    """The document's own number line where a portal's facts row above it (`i`, under "Số /
    ký hiệu") gives the same number with another symbol: "Số / ký hiệu\n18/QĐ-MTTQ-BTT" over
    the text's header "ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG TRỊ\n  Số: 18/QĐ-MTTQ-UB"
    (ubmttqvn.quangtri.gov.vn): the header is the document's. `i` for any other."""
    shadow, own = norm.shadow, drafts[i].code
    if own is None or not _FACTS_LABEL.search(shadow, max(0, drafts[i].start - _NUMBER_LEAD),
                                              drafts[i].start):  # fmt: skip
        return i
    for j in range(i + 1, len(drafts)):
        d = drafts[j]
        if d.start > layout.body_start + _OWN_NUMBER_SCAN:
            break
        if d.mention != "code" or d.code is None or d.code.number != own.number:
            continue
        lead = max(0, d.start - _NUMBER_LEAD)
        if d.code.canonical != own.canonical and _own_number_line(norm, lead, d.start) and (
            not _FACTS_LABEL.search(shadow, lead, d.start)
        ):
            return j
    return i


# "(Tiếp theo Công báo số 201 + 202)": a text continued from the Gazette's earlier issue.
_GAZETTE_CONTINUED = re.compile(r"\(\s*tiep\s+theo\s+cong\s+bao\s+so")
_CONTINUED_TITLE = 300  # from the code on the title line to the continuation mark


def _own_code(norm: NormalizedText, drafts: list[_Draft], layout: Layout) -> tuple[int | None, str]:
    """Find the host's own code: a "Số …" line near the top, or an annex line."""
    shadow = norm.shadow
    for i, d in enumerate(drafts):
        if d.start > layout.body_start + _OWN_NUMBER_SCAN:
            break
        if d.mention != "code":
            continue
        lead = max(0, d.start - _NUMBER_LEAD)
        if (
            _own_number_line(norm, lead, d.start)
            or (d.type_word is None and _own_number_inline(norm, lead, d.start))
            or _SITE_TAB_LINE.search(shadow, max(0, d.start - 2 * _NUMBER_LEAD), d.start)
            or _starred_number(norm, lead, d.start)
            or _english_number_line(norm, lead, d, layout)
            or (d.start < layout.body_start + _NUMBER_LABEL_SCAN
                and _OWN_NUMBER_LABEL.search(shadow, lead, d.start))
        ):  # fmt: skip
            if _SOURCE_LEAD.search(shadow, lead, d.start):
                continue  # "Nguồn QĐ số:654/QĐ-UBND": the item's source, not its own number
            if _LICENCE_LEAD.search(shadow, lead, d.start):
                continue  # "Giấy phép số: 795/GP-STTTT, ngày 15/8/2017 …": the site's licence
            if _listed_numbers(shadow, drafts, i):
                return None, ""  # a site's list of documents, each under its "Số hiệu:"
            return _header_over_facts(norm, drafts, layout, i), "number line"
    entry = table_entry(shadow, layout.body_start)
    if entry is not None:  # a portal's table of documents cut to one row: its number cell
        for i, d in enumerate(drafts):
            if d.mention == "code" and entry.number[0] <= d.start < entry.number[1]:
                return i, "number line"
    host_kind = shadow_of(layout.kind).lower() if layout.kind else None
    for i, d in enumerate(drafts):
        if d.mention != "code":
            continue
        m = _ANNEX_LINE.search(shadow, max(0, d.start - 60), d.start)
        if m and host_kind and " ".join(m.group("kind").split()) == host_kind:
            return i, "annex line"
        if m and host_kind is None and (
            _skip_blank(shadow, layout.body_start) == m.end() - len(m.group(0).lstrip())
        ):
            # "(Ban hành kèm theo Thông tư số:22 /2023/TT-BYT, ngày 17 tháng 11 năm 2023 của Bộ Y
            # tế)" opening a page with no heading of its own: an annex (a form, a price list) of
            # the text it names, part of it (a titled annex, "QUY ĐỊNH … (Ban hành kèm theo …)",
            # is a text of its own)
            return i, "annex line"
    if (cont := _GAZETTE_CONTINUED.search(shadow, layout.body_start,
                                          layout.body_start + _OWN_NUMBER_SCAN)) is not None:
        # "VĂN BẢN QUY PHẠM PHÁP LUẬT / BỘ TÀI CHÍNH / Thông tư số 102/2018/TT-BTC ngày 14 tháng
        # 11 năm 2018 / hướng dẫn kế toán Bảo hiểm xã hội / (Tiếp theo Công báo số 201 + 202)":
        # a Gazette issue's pages that go on with a text name it above; they are that text (its
        # annexes: "(Ban hành kèm theo Thông tư số 102/2018/TT-BTC …)" under each form)
        for i, d in enumerate(drafts):
            if d.start > cont.start():
                break
            line = shadow.rfind("\n", 0, d.start) + 1
            if (d.mention == "code" and cont.start() - d.end <= _CONTINUED_TITLE
                    and _TITLE_NUMBER.fullmatch(shadow, line, d.start)):  # fmt: skip
                return i, "title line"
    for i, d in enumerate(drafts):  # the page opens with the document's name and number
        if d.mention == "code" and (
            _TITLE_NUMBER.fullmatch(shadow, layout.body_start, d.start)
            or ((title := _TITLE_NUMBER_ENGLISH.fullmatch(shadow, layout.body_start, d.start))
                and (tail := _TITLE_TAIL_ENGLISH.match(shadow, d.end))
                and (tail.group("place") is None
                     or norm.text[tail.start("place") : tail.end("place")].isupper())
                and (title.group("the") is None or tail.group("dated") is not None))
        ):
            return i, "title line"
        if d.mention == "code" and (row := _listing_row(norm, layout.body_start)) is not None and (
            _TITLE_NUMBER.fullmatch(shadow, row, d.start)
        ):
            return i, "title line"  # a listing's heading line over its one row
        break
    return None, ""


# A listing's row field: "Ban hành:10/10/2012", "Hiệu lực:26/11/2012", "Ngày ban hành: …".
_LISTING_FIELD = re.compile(r"(?m)^[ \t]*(?:ngay\s+)?(?:ban\s+hanh|(?:co\s+)?hieu\s+luc)[ \t]*:")
_LISTING_HEADING_MAX = 80


def _listing_row(norm: NormalizedText, start: int) -> int | None:
    """Where the row starts under a listing's heading line, when the page opens with a body's
    name alone on its line (the listing's filter) and a row's fields follow: "Bộ Kế hoạch và Đầu
    tư / Thông tư liên tịch 31/2012/TTLT-BCT-BKHĐT / Hướng dẫn xử lý cụm công nghiệp … / Ban
    hành:10/10/2012 / Hiệu lực:26/11/2012" (vbpl.vn/bokehoachvadautu, a ministry's page of the
    national legal database). None otherwise."""
    shadow = norm.shadow
    first = _skip_blank(shadow, start)
    line_end = shadow.find("\n", first)
    if line_end < 0 or line_end - first > _LISTING_HEADING_MAX:
        return None
    heading = norm.text[first:line_end].strip()
    if not heading or any(c.isdigit() or c in ".:;" for c in heading):
        return None
    if body_level(heading)[0] is Level.UNKNOWN:
        return None
    row = _skip_blank(shadow, line_end)
    if _LISTING_FIELD.search(shadow, row) is None:
        return None
    return row


# A consolidated text (văn bản hợp nhất) prints its own number in the block that authenticates
# it, wherever that falls (after the consolidated articles, before or after their annexes):
# "Số: 714/VBHN-BLĐTBXH / XÁC THỰC VĂN BẢN HỢP NHẤT / Hà Nội, ngày 26 tháng 02 năm 2024"
# (78 of the 82 consolidated texts of the real-text corpus, at 4 % to 100 % of the text).
_AUTHENTICATION_PHRASE = r"xac\s+thuc\s+van\s+ban\s+hop\s+nhat"
_AUTHENTICATION = re.compile(rf"(?<![a-z]){_AUTHENTICATION_PHRASE}(?![a-z])")
_AUTHENTICATION_REACH = 400
_CONSOLIDATED_KIND = "VBHN"
# The phrase itself where it stands beside the body's name.
_AUTHENTICATION_LINE = re.compile(rf"\s*{_AUTHENTICATION_PHRASE}[ \t]*$")
_BODY_LINES = 3  # "BỘ LAO ĐỘNG - THƯƠNG BINH / VÀ XÃ HỘI" over the number line


def _authenticated_own(norm: NormalizedText, drafts: list[_Draft]) -> int | None:
    """The consolidated text's own code: a VBHN code on a number line, in a text that is
    consolidated (its authentication block around the number, or the lead "… được sửa đổi,
    bổ sung bởi:" in its opening)."""
    shadow = norm.shadow
    lead = _consolidated_lead(shadow)
    for i, d in enumerate(drafts):
        if d.mention != "code" or d.code is None or d.code.kind != _CONSOLIDATED_KIND:
            continue
        if not _own_number_line(norm, max(0, d.start - _NUMBER_LEAD), d.start):
            continue
        near = _AUTHENTICATION.search(shadow, max(0, d.start - _AUTHENTICATION_REACH),
                                      min(len(shadow), d.end + _AUTHENTICATION_REACH))  # fmt: skip
        if near is not None or lead is not None:
            return i
    return None


def _authentication_date(norm: NormalizedText, start: int) -> date | None:
    """The date of the place-date line right after a consolidated text's number line."""
    shadow = norm.shadow
    m = WORDED_DATE.search(shadow, start, min(len(shadow), start + _AUTHENTICATION_REACH))
    if m is None:
        return None
    parsed = parse_date(shadow, m.end())
    return parsed[0] if parsed is not None else None



def _authenticating_body(norm: NormalizedText, number_start: int) -> str | None:
    """The body that authenticates a consolidated text: the lines in capitals right above its
    number line ("BỘ LAO ĐỘNG -  / THƯƠNG BINH VÀ XÃ HỘI / Số: 714/VBHN-BLĐTBXH"), written as
    the text itself writes the name elsewhere ("Bộ Lao động - Thương binh và Xã hội"), or in
    name case when it does not."""
    text, shadow = norm.text, norm.shadow
    end = text.rfind("\n", 0, number_start)
    lines: list[str] = []
    while end > 0 and len(lines) < _BODY_LINES:
        start = text.rfind("\n", 0, end) + 1
        cut = _AUTHENTICATION_LINE.search(shadow, start, end)  # its own line, or beside it
        line = text[start : cut.start() if cut is not None else end].strip()
        end = start - 1
        if not line:
            continue
        if not line.isupper() or line.endswith((".", ";", ":")):
            break
        lines.insert(0, line)
    if not lines:
        return None
    name = re.sub(r"\s*-\s*", " - ", " ".join(" ".join(lines).split())).strip(" -")
    if not 3 <= len(name) <= 80:
        return None
    words = shadow_of(name).lower().replace(" - ", " ").split()
    spelled = re.compile(r"[\s-]+".join(re.escape(w) for w in words))
    for m in spelled.finditer(shadow):
        written = " ".join(text[m.start() : m.end()].split())
        if not written.isupper():
            return written
    return body_name_case(name)


_LEAD_REACH = 1500  # from the law's number to "được sửa đổi, bổ sung bởi:"


def _consolidates(norm: NormalizedText, drafts: list[_Draft],
                  relations: list[Relation]) -> list[Relation]:
    """A consolidated text's lead names what it consolidates: the law, then "… có hiệu lực kể
    từ ngày …, được sửa đổi, bổ sung bởi:" and each amending text on a line of its own ("Thông
    tư số 08/2023/TT-BLĐTBXH ngày 29 tháng 8 năm 2023 … có hiệu lực kể từ ngày …"), up to
    the bases. The text CONSOLIDATES each (not CITES), and each amending text AMENDS the law."""
    shadow = norm.shadow
    lead = _consolidated_lead(shadow)
    if lead is None:
        return relations
    # the lead ends at the first basis clause ("Căn cứ" opening a line: _BASIS_LINE)
    reach = min(len(shadow), lead.end() + _LEAD_REACH)
    basis = _BASIS_LINE.search(shadow, lead.end(), reach)
    if basis is None:
        # a copy that keeps the lead but not the bases (thuvienphapluat.vn's English
        # 2007/VBHN-BLĐTBXH ends after "2. Circular No. 02/2024/TT-BLDTBXH …"): the list runs
        # to the first article or chapter, or as far as a lead reaches
        basis = _ARTICLE_LINE.search(shadow, lead.end(), reach)
    end = basis.start() if basis is not None else reach
    # the law: the nearest code before the lead whose name starts a line ("Thông tư liên tịch
    # số 09/2016/TTLT-BLĐTBXH-BTC ngày …"), not one its subject names mid-line
    law = next((j for j in range(len(drafts) - 1, -1, -1)
                if (d := drafts[j]).code is not None and d.mention == "code"
                and lead.start() - _LEAD_REACH <= d.end <= lead.start()
                and _starts_line(norm, d.start)), None)  # fmt: skip
    amending = [j for j, d in enumerate(drafts) if d.code is not None and d.mention == "code"
                and lead.end() <= d.start < end and _starts_line(norm, d.start)]  # fmt: skip
    if law is None and not amending:
        return relations
    lead_drafts = {j for j in (law, *amending) if j is not None}
    kept = [r for r in relations if not (r.source == HOST and r.reference in lead_drafts)]
    added: list[Relation] = []
    named: set[str] = set()
    for j in sorted(lead_drafts):  # (a footnote inside the lead may list the law again)
        if drafts[j].code.canonical not in named:  # type: ignore[union-attr]
            named.add(drafts[j].code.canonical)  # type: ignore[union-attr]
            added.append(_lead_relation(norm, drafts, j, HOST, RelationType.CONSOLIDATES,
                                        "consolidates"))  # fmt: skip
    if law is not None:
        target = drafts[law].code.canonical  # type: ignore[union-attr]
        for j in amending:
            source = drafts[j].code.canonical  # type: ignore[union-attr]
            if source != target:
                added.append(replace(
                    _lead_relation(norm, drafts, j, source, RelationType.AMENDS, "amends"),
                    target=target))  # fmt: skip
    return kept + added


# A line that names a document first, after a list marker if any: "Thông tư liên tịch số …",
# "1. Luật số 32/2013/QH13 …", "- Thông tư số 57/2021/TT-BTC …", "Luật Bảo hiểm y tế số …".
_NAMING_LINE = re.compile(
    rf"[ \t]*(?:[-–•+*]|\d{{1,2}}[.)]|[a-z][.)])?[ \t]*[“\"]?(?:{TYPE_WORD_ALT}"
    # (an English translation's list: "1. Circular No. 08/2023/TT-BLDTBXH dated …")
    r"|(?:joint\s+)?circular|decree|decision|resolution|law)(?![a-z])"
)


def _starts_line(norm: NormalizedText, start: int) -> bool:
    """Whether the code at `start` belongs to the name that opens its line."""
    line = norm.text.rfind("\n", 0, start) + 1
    m = _NAMING_LINE.match(norm.shadow, line, start)
    return m is not None and not _CODE_SHAPE.search(norm.shadow, m.end(), start)


_CODE_SHAPE = re.compile(r"\d[/-]")  # another code between the name and this one


def _lead_relation(norm: NormalizedText, drafts: list[_Draft], j: int, source: str,
                   kind: RelationType, label: str) -> Relation:  # fmt: skip
    d = drafts[j]
    a, b = _sentence(norm, d.start, d.end)
    oa, ob = norm.to_original(a, b)
    target = d.code.canonical  # type: ignore[union-attr]
    return Relation(source, target, kind, label, "hop nhat", "opening",
                    Evidence(oa, ob, norm.original[oa:ob]), j, None)  # fmt: skip


_ATTACHED_SCAN = 1500  # the annex line stands under the attached text's title


def _attached_to(norm: NormalizedText, drafts: list[_Draft], layout: Layout) -> _Draft | None:
    """The document a text without a number of its own is issued with: the code of the
    "(Ban hành kèm theo Quyết định số …)" line under its title, if that is the first code."""
    for d in drafts:
        if d.mention != "code" or d.start > layout.body_start + _ATTACHED_SCAN:
            return None
        return d if _ANNEX_LINE.search(norm.shadow, max(0, d.start - 60), d.start) else None
    return None

# An article or chapter opening a line (shadow text).
_ARTICLE_LINE = re.compile(r"\n[ \t]*(?:dieu|chuong|article|chapter)\s+(?:\d|[ivxl]+(?![a-z]))")
# "Căn cứ" opening a line (shadow text before the item).
_BASIS_LINE = re.compile(r"(?:^|\n)[ \t\-–•*+]*(?:can\s+cu|pursuant\s+to)(?![a-z])")
