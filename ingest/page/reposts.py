"""Reposts, archives and full-text intros: a page that presents or links a document's full
text, an archive's title-only record, a published outline, orientation or schedule."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingest.find import TYPE_WORD_ALT
from ingest.page.common import (
    _BODY_START,
    _LEAD_SCAN,
    _SELF_STATEMENT,
    REPORT,
    PageReading,
    _first_line_end,
    _sentence_end,
    _skip_space,
)
from ingest.page.statements import (
    _AS_FOLLOWS_ANY,
    _CARRIES_OUT_LINE,
    _NON_SPACE,
    body_directing_at,
    own_statement,
)
from ingest.text import NormalizedText, shadow_of

# A repost's intro says the document's full text follows: "Báo Thanh Hóa trân trọng giới
# thiệu toàn văn Chỉ thị", "Ban quản trị website xin đăng toàn văn Chương trình …", "Nội
# dung Chỉ thị như sau:", "Chúng tôi xin trích đăng nội dung thông báo kết luận nêu trên:".
# The page is then the document itself, introduced by its lead.
_FULL_TEXT_FOLLOWS = re.compile(
    r"(?<![a-z])(?:toan\s+van(?!\s+(?:bai|loi|phat\s+bieu|dien\s+van))"  # not an article's
    r"|tran\s+trong\s+gioi\s+thieu|xin\s+(?:dang|gioi\s+thieu|trich\s+dang)"
    # the text word for word: "BBT trích đăng nguyên văn Hướng dẫn." (a provincial propaganda
    # site's repost of 118-HD/BTGTW)
    r"|(?:trich\s+dang|dang(?:\s+tai)?|gioi\s+thieu)\s+nguyen\s+van"
    # the document's own words set off under a line that names it: "Công điện nêu:" (a
    # newspaper's reprint of a telegram; not "Công điện nêu rõ: …", a summary on the same line)
    rf"|(?:{TYPE_WORD_ALT})\s+neu\s*:[ \t]*(?=\n)"
    r"|toan\s+bo\s+noi\s+dung"  # "dưới đây là toàn bộ nội dung văn bản"
    # "Báo VietnamPlus trân trọng đăng tải toàn bộ thông báo của Hội nghị Trung ương Đảng lần
    # thứ 15:" (vietnamplus.vn): the whole document published
    rf"|(?:dang(?:\s+tai)?|gioi\s+thieu)\s+toan\s+bo(?=\s+(?:{TYPE_WORD_ALT})(?![a-z]))"
    # "Ban Biên tập trân trọng đăng nội dung Thông tri." (mattran.org.vn, under a lead that
    # reports the Front's Thông tri 40/TTr-MTTW-BTT): the document's content, published
    rf"|tran\s+trong\s+dang(?:\s+tai)?\s+noi\s+dung(?=\s+(?:{TYPE_WORD_ALT})(?![a-z]))"
    rf"|noi\s+dung(?:\s+(?:{TYPE_WORD_ALT}|van\s+ban|chinh))?(?:\s+(?:nay|chi\s+dao))?"
    r"\s+(?:cu\s+the\s+)?nhu\s+sau"
    # the site publishing the body's own words below: "…, BBT Trang Thông tin điện tử HĐND tỉnh
    # đăng tải nội dung trả lời của UBND tỉnh, như sau:" under "UBND tỉnh đã có Báo cáo số
    # 240/BC-UBND …" (hdnd.laichau.gov.vn, retired blind batch y)
    r"|dang\s+tai\s+noi\s+dung[^.;:\n]{0,60}?,?\s+nhu\s+sau\s*:"
    # an English copy's: "The contents of the official dispatch are as follows:", "The content
    # is as follows:" (baonghean.vn/en, a telegram reprinted under its lead)
    r"|the\s+contents?(?:\s+of\s+the(?:\s+[a-z]+){1,3})?\s+(?:is|are)\s+as\s+follows\s*:)"
    r"(?![a-z])"
)
_FULL_TEXT_SCAN = 500  # the cue stands in the intro, after the lead ("Theo đó …", a caption)
_PRESENTED_NAMED = 60  # how far after the cue the presented document's type word stands


def _presented_before(shadow: str, start: int, act: int) -> bool:
    """Whether the intro's full-text cue ends before the sentence of the reported act and
    names no document it presents ("… giới thiệu toàn văn nội dung này", not "… giới thiệu
    toàn văn Chỉ thị"): the act is then told inside the presented text."""
    sentence = max(shadow.rfind(". ", start, act), shadow.rfind("\n", start, act))
    cue = _FULL_TEXT_FOLLOWS.search(shadow, start, max(start, sentence))
    if cue is None:
        return False
    after = shadow[cue.end() : min(len(shadow), cue.end() + _PRESENTED_NAMED)]
    return _TYPE_WORD_ANY.search(after) is None


_TYPE_WORD_ANY = re.compile(rf"(?<![a-z])(?:{TYPE_WORD_ALT})(?![a-z])")

# A newspaper's tag opening its lead: "BDK.VN - ", "(HNM) - ", "KTĐT - " (original text).
_PRESS_TAG = re.compile(
    r"[ \t]*+(?:\([^)\n]{2,40}\)|[A-ZĐ][A-Za-zĐ]{1,12}(?:\.[A-Za-z]{2,4})+|[A-ZĐ]{2,6})"
    r"[ \t]*[-–][ \t]+"
)


# A sentence presenting the contents below it, ending its line: "với những nội dung cơ bản
# sau:", "gồm các nội dung chủ yếu như sau:", "vừa ban hành Kế hoạch tuyên truyền với nội
# dung sau:" (vhtt-tdtthuonghoa.gov.vn) (shadow text).
_CONTENTS_FOLLOW = re.compile(
    r"(?<![a-z])(?:voi|gom)\s+(?:(?:nhung|cac)\s+)?noi\s+dung"
    r"(?:\s+(?:co\s+ban|chu\s+yeu|chinh|cu\s+the))?\s+(?:nhu\s+)?sau\s*:[ \t]*\n"
)


def _contents_follow(norm: NormalizedText, reading: PageReading) -> bool:
    """Whether the sentence of a report's act presents the reported text's contents, which
    follow on the next lines ("… xây dựng kế hoạch số 657/KH-UBND … với những nội dung cơ bản
    sau:"), in no paper's bylined lead."""
    if reading.act_start is None or not reading.actor:
        return False
    if _PRESS_TAG.match(norm.text, norm.text.rfind("\n", 0, reading.act_start) + 1):
        return False
    end = _sentence_end(norm.shadow, reading.act_start, len(norm.shadow))
    return _CONTENTS_FOLLOW.search(norm.shadow, reading.act_start, end + 1) is not None


def _own_text_below(norm: NormalizedText, reading: PageReading) -> bool:
    """Whether the paragraphs below a report's lead are the reported text itself: the body
    the lead names states its own points there ("…, Ban Tuyên giáo Huyện ủy hướng dẫn … như
    sau:")."""
    if reading.act_start is None or not reading.actor:
        return False
    if _PRESS_TAG.match(norm.text, norm.text.rfind("\n", 0, reading.act_start) + 1):
        # "BDK.VN - Ngày 14-6-2021, UBND tỉnh có Công văn số 3314/UBND-TH … / Căn cứ …, UBND
        # tỉnh có ý kiến như sau:": a paper's bylined lead paraphrases the letter it reports
        return False
    below = norm.shadow.find("\n", reading.act_start)
    if below < 0:
        return False
    stated = own_statement(norm, below, min(len(norm.shadow), below + _LEAD_SCAN))
    return stated is not None and shadow_of(stated[0]).lower() == shadow_of(reading.actor).lower()

# A portal's link to the document it only describes: "Xem chi tiết Kế hoạch tại đây", "Xem
# toàn văn …", "(file đính kèm)".
_SEE_ELSEWHERE = re.compile(
    r"(?<![a-z])(?:xem\s+(?:chi\s+tiet|toan\s+van|noi\s+dung|file|van\s+ban)[^\n]{0,60}?"
    r"(?:tai\s+day|dinh\s+kem|o\s+day)|file\s+dinh\s+kem|tai\s+ve|download"
    # the link named by what it fetches: "Tải Chỉ thị tại đây" (snnptnt.quangnam.gov.vn),
    # "Tải toàn văn Công văn số 1067/UBND-VP: Tại đây", "tải văn bản tại đây", "Xem Kế hoạch
    # tại đây", "Chi tiết tại đây"
    rf"|(?:xem|tai(?:\s+toan\s+(?:van|bo))?)\s+(?:van\s+ban|{TYPE_WORD_ALT})(?![a-z])"
    r"[^\n.]{0,60}?tai\s+day|chi\s+tiet\s*:?\s*tai\s+day)(?![a-z])"
)
_SEE_SCAN = 300


def _links_elsewhere(shadow: str, act_end: int, sentence_end: int) -> bool:
    """Whether the sentence of an act ending at `sentence_end` states nothing of its own ("…
    như sau") and a portal's link to the document follows it ("Xem chi tiết Kế hoạch tại
    đây") with none of the document's own text between (its "… như sau:", its carrying-out
    line, its first section): the page tells of the document, whose text is elsewhere."""
    if _SELF_STATEMENT.search(shadow, act_end, sentence_end):
        return False
    link = _SEE_ELSEWHERE.search(shadow, sentence_end, min(len(shadow), sentence_end + _SEE_SCAN))
    return link is not None and not (
        _AS_FOLLOWS_ANY.search(shadow, sentence_end, link.start())
        or _CARRIES_OUT_LINE.search(shadow, sentence_end, link.start())
        or _SECTION_LINE.search(shadow, sentence_end, link.start())
    )


# A numbered section's line: "1. Mục đích", "I. MỤC ĐÍCH, YÊU CẦU", "a) …" (shadow text).
_SECTION_LINE = re.compile(r"(?m)^[ \t]*(?:[ivx]+|\d+|[a-d])[ \t]*[.)\-–][ \t]*[a-z]")

# A site's menu copied above the page: a run of short bulleted lines ("• An Giang\n  • Bình
# Dương\n …", a portal's list of provinces or sections). The lead starts after it.
_MENU = re.compile(r"(?:[ \t]*[•·▪*][ \t]+[^\n]{1,40}\n)+")
_MENU_LINES = 5


def _past_menu(text: str, start: int) -> int:
    """Where the text starts after a menu of short bulleted lines at `start`, if any."""
    m = _MENU.match(text, start)
    if m is None or m.group(0).count("\n") < _MENU_LINES:
        return start
    return m.end()

# A title line opening on a type word: "Kế hoạch phòng, tránh đuối nước đối với học sinh năm
# học 2021-2022", "Thông báo Lịch tiếp công dân của Chủ tịch HĐND huyện …" (a line, no
# sentence; the line's end is not taken). Also read by extract for a document's kind.
TYPE_WORD_TITLE_LINE = re.compile(
    rf"(?P<word>{TYPE_WORD_ALT})(?![a-z])[^\n.!?;:]{{3,200}}(?=\n|$)"
)
# A site's label for a document's attached file, opening a line: "Tài liệu đính kèm: Tải về",
# "Tập tin đính kèm", "Tệp tin đính kèm:", "File đính kèm", "Tải về", "Tải file tại đây" (a
# town portal's print view). Under a title it offers the titled document's file; over the
# page's text it labels the attached document's text.
_ATTACHED_FILE = re.compile(
    r"(?m)^[ \t]*(?:(?:tai\s+lieu|file|tap\s+tin|tep(?:\s+tin)?)\s+dinh\s+kem"
    r"|tai\s+(?:ve|file|xuong)(?:\s+tai\s+day)?)[ \t]*(?::|$)"
)


# A record's title alone on its page may go on past a colon or a semicolon, as a document's
# subject does ("Báo cáo xử lý mái hiên di động trái phép của ông Nguyễn Đức Hạnh địa chỉ:
# Thôn Tân Bình, …", "Báo cáo Công tác tiếp công dân, tiếp nhận và xử lý đơn thư; giải quyết
# khiếu nại, tố cáo trên địa bàn xã 6 tháng đầu năm 2020", easywebhub/daksong_website's
# documents, retired batch s); no sentence's stop.
# (an invitation too, numbered: "Giấy mời số 88/GM-UBND ngày 29/6/2016 của UBND huyện V/v Họp
# bàn biện pháp …", a district portal's list entry, easywebhub/daksong_website; "mời" is kept
# apart from the past word "mới" in capitals, `past_marked_shadow`)
_TITLE_ONLY_LINE = re.compile(
    rf"(?P<word>{TYPE_WORD_ALT}|giay\s+(?:moi|MOI)(?=\s+so\s*:?\s*\d))(?![a-z])[^\n.!?]{{3,200}}(?=\n|$)"
)


# A post's place and date on a line of its own, written out: "Hải Phòng, ngày 08 tháng 12 năm
# 2019" (shadow text).
_POST_DATE_LINE = re.compile(
    r"[ \t]*[a-z][a-z ]{1,30},[ \t]*ngay[ \t]+\d{1,2}[ \t]+thang[ \t]+\d{1,2}[ \t]+nam[ \t]+\d{4}"
    r"[ \t]*\n"
)


def _title_only_record(text: str, shadow: str, start: int) -> re.Match[str] | None:
    """Whether the page is a document's record that holds nothing but its title: one line
    that opens on a type word ("Hướng dẫn và kế hoạch thời gian xét thi đua năm học
    2015-2016", a school office's file list; a legal site's record with the text behind a
    login). A headline over a news item has the item below it; a blog's archive of the
    posts tagged with a document's name is no record of it. The title's match (its type word
    names the record's kind), or None."""
    first = _skip_space(shadow, start)
    dated = _POST_DATE_LINE.match(shadow, first)
    if dated is not None:
        # (under the post's own place and date: "Hải Phòng, ngày 08 tháng 12 năm 2019 /
        # Quyết định số 3107/2016/QĐ-UBND ngày 13/12/2016 của UBND thành phố Hải Phòng", a
        # city portal's print view of the entry)
        first = _skip_space(shadow, dated.end())
    title = _TITLE_ONLY_LINE.match(shadow, first)
    if (title is not None and not shadow[title.end():].strip()
            and not _BARE_NAME.fullmatch(shadow, first, title.end())
            and not archive_title(text, first)):  # fmt: skip
        return title
    return None


# A legal site's record of one document that holds only its title, in the sites' title form:
# the type word and number, the subject, "do <issuer> ban hành" closing it, at most a bracketed
# tag after it ("Thông Tư 03/2004/TTBYT Hướng Dẫn Xếp Hạng Bệnh Viện Do Bộ Y Tế Ban Hành
# [Download miễn phí]", timkiemvanban.com; the same line heads the dev pages of thuvienphapluat,
# luatvietnam, nhansu.vn over their texts). The issuer named there issued the titled document:
# no news item tells it.
_LEGAL_SITE_TITLE = re.compile(
    rf"[ \t]*(?:{TYPE_WORD_ALT})[ \t]+(?:so[ \t]*:?[ \t]*)?\d{{1,5}}[^\s]*[^\n]{{3,300}}?"
    r"[ \t]do[ \t]+[^\n]{3,120}?[ \t]ban[ \t]+hanh[ \t]*(?:\[[^\]\n]{0,40}\])?[ \t]*"
)


def legal_site_title_record(shadow: str, start: int) -> bool:
    """Whether the page is nothing but a legal site's title line of one document
    (`_LEGAL_SITE_TITLE`)."""
    first = _skip_space(shadow, start)
    end = shadow.find("\n", first)
    end = len(shadow) if end < 0 else end
    return (_NON_SPACE.search(shadow, end) is None  # (the title alone)
            and _LEGAL_SITE_TITLE.fullmatch(shadow, first, end) is not None)  # fmt: skip


def archive_title(text: str, pos: int) -> bool:
    """Whether the line at `pos` is a blog's archive title, the name of a tag or category
    and the archive word after it (`_ARCHIVE_WORD_END`), or a listing's numbered page."""
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    if _LISTING_PAGE_NUMBER.search(text, pos, end):
        return True
    word = _ARCHIVE_WORD_END.search(text, pos, end)
    return word is not None and not word.group("prev")[0].isupper() and (
        word.group("prev").lower() not in _ARCHIVE_NOT_AFTER
    )


# The Vietnamese "Archives" a WordPress site (its SEO plugin's default) puts after the name
# of a tag or category: "Thông tư 28/2015/TT-BLĐTBXH hướng dẫn điều 52 của luật việc làm 2013
# Lưu trữ", "Download Thông tư 28/2015/TT-BLĐTBXH file doc Lưu trữ" (ytho.vn/tag/…): as
# printed, capital L after a word in lower case or a number (not the name of the Law on
# Archives, "… của Luật Lưu trữ", nor a title's own "… công tác văn thư, Lưu trữ").
_ARCHIVE_WORD_END = re.compile(r"(?<![^\s])(?P<prev>[^\s,&]+)[ \t]+Lưu trữ[ \t]*$")
_ARCHIVE_NOT_AFTER = frozenset({"và", "thư", "văn"})
# A listing's page number between the query and the site's name: "thông tư 30/2021/tt-byt -
# trang 15 - Eballsviet.com", "\"quyết định số 307qđ ttg\" trang 15 - tải miễn phí từ
# tailieunhanh" (a search's results, page 15).
_LISTING_PAGE_NUMBER = re.compile(r"[ \t](?:-[ \t]+)?trang[ \t]+\d{1,4}[ \t]+-[ \t]")


# A document's bare name, its type word and code and nothing else: "Thông tư 13/2013/ TT- BYT",
# a newspaper's tag page (a record's title says what the document is about).
_BARE_NAME = re.compile(
    rf"(?:{TYPE_WORD_ALT})\s+(?:so\s*:?\s*)?\d{{1,5}}\s*[/\-–]\s*(?:\d{{4}}\s*[/\-–]\s*)?"
    r"[a-z]{1,8}(?:\s*[/\-–]\s*[a-z]{1,12}){0,3}(?:\s+(?:nam\s+)?\d{4})?\s*"
)


def _titled_with_its_file(shadow: str, start: int) -> bool:
    """Whether a headerless page is a portal's copy of a document: its first line is the
    document's title, opening on a type word, and the page offers the document's file."""
    first = _skip_space(shadow, start)
    return bool(TYPE_WORD_TITLE_LINE.match(shadow, first)
                and _ATTACHED_FILE.search(shadow, first))  # fmt: skip


# A portal's document entry: its title line, then only the entry's labelled fields ("Số ký
# hiệu: 06/NQ-HĐND", "Ngày ban hành: 15/07/2020", "Cơ quan ban hành: HỘI ĐỒNG NHÂN DÂN HUYỆN ĐẮK
# SONG", "Trích yếu: …", "Tài liệu đính kèm: 06-NQ-HDND_20200721085400539530.pdf":
# easywebhub/daksong_website's van-ban entries, a district portal's), several to a line in a
# legal site's record ("Số hiệu: 155/KH-UBND Loại văn bản: Văn bản khác", phapluatcongdong.vn;
# "Cơ quan ban hành: | Ủy ban nhân dân tỉnh Lạng Sơn | Số công báo: | …", hieuluat.vn;
# "Loại văn bản : Quyết định Số hiệu : 15/2014/QÐ-UBND", baothainguyen.vn). Its title need not
# open on a type word ("Trả lời đơn kiến nghị …", "Về việc công bố Danh mục thủ tục hành chính
# …"), and may itself be a field ("Trích yếu: …"); one field must give the document's number
# or its file. A field may be left empty ("Người ký:"), or its file's name stand on the next
# line. A list of entries prints more than one title; a news item has sentences below its
# headline.
_ENTRY_FIELD = re.compile(
    r"[ \t|]*(?:(?P<number>so[ \t]*(?:/[ \t]*)?(?:ky[ \t]+hieu|hieu(?:[ \t]+van[ \t]+ban)?)"
    r"|ky[ \t]+hieu)"
    r"|ngay[ \t]+(?:ban[ \t]+hanh|ky|(?:co[ \t]+)?hieu[ \t]+luc|dang|phat[ \t]+hanh)"
    r"|(?:co[ \t]+quan|noi|don[ \t]+vi)[ \t]+ban[ \t]+hanh|nguoi[ \t]+ky"
    # (the title field, also as a site's data names it: "title: Nghị quyết về việc …", a JSON
    # record of easywebhub/daksong_website read as its fields, retired batch t)
    r"|(?P<title>trich[ \t]+yeu|ten[ \t]+van[ \t]+ban|tieu[ \t]+de|title)"
    r"|(?:loai|hinh[ \t]+thuc)[ \t]+van[ \t]+ban|linh[ \t]+vuc"
    r"|tinh[ \t]+trang(?:[ \t]+hieu[ \t]+luc)?"
    r"|(?P<file>(?:tai[ \t]+lieu|file|tap[ \t]+tin|tep(?:[ \t]+tin)?)[ \t]+dinh[ \t]+kem"
    r"|tai[ \t]+(?:ve|file|xuong)(?:[ \t]+tai[ \t]+day)?))"
    r"[ \t]*(?:[:|\t][ \t|]*(?P<value>[^\n]*))?"
)
# A file's name on a line of its own, the value of the field above it.
_ENTRY_FILE_NAME = re.compile(r"[ \t|]*[^\n]{1,200}\.(?:pdf|docx?|xlsx?|rar|zip)[ \t|]*")
# A portal page's furniture around an entry: "Bản in", "Quay lại", "Lượt xem: 35", the day it
# was posted ("12/03/2020 08:30").
_ENTRY_FURNITURE = re.compile(
    r"[ \t|]*(?:(?:ban[ \t]+in|quay[ \t]+lai|in[ \t]+trang|tro[ \t]+ve|chia[ \t]+se)[ \t|]*)+"
    r"|[ \t|]*luot[ \t]+xem[ \t]*:?[ \t]*\d*[ \t|]*"
    r"|[ \t|(]*\d{1,2}/\d{1,2}/\d{4}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t|)]*"
)
_ENTRY_LINES_MAX = 14


# A portal's heading over an entry's title: its section's name and the day it posted the entry
# ("Văn bản pháp luật  2020-03-12T00:00:00.000Z", the header row of daksong_website's van-ban
# layout), a line of a few words and no sentence.
_ENTRY_SECTION_LINE = re.compile(
    r"[ \t|]*[a-z][a-z \t&,\-]{1,50}(?:[ \t|]+\d{1,4}[\-/]\d{1,2}[\-/]\d{1,4}[^\n\s]*)?[ \t|]*"
)


def portal_entry(shadow: str, start: int) -> int | None:
    """Where the title of the portal entry the page is stands, if the page is one document's
    entry: a title line (under its section's heading, `_ENTRY_SECTION_LINE`) and, below it,
    nothing but the entry's labelled fields (`_ENTRY_FIELD`), one of them its number or its
    attached file, given."""
    first = _skip_space(shadow, start)
    if _entry_below(shadow, first):
        return _title_words(shadow, first)
    line_end = shadow.find("\n", first)
    if line_end > 0 and _ENTRY_SECTION_LINE.fullmatch(shadow, first, line_end):
        title = _skip_space(shadow, line_end)
        if _entry_below(shadow, title):
            return _title_words(shadow, title)
    return None


def _title_words(shadow: str, line: int) -> int:
    """Where the words of the entry's title on the line at `line` start: past its label where
    the title is a field ("Tiêu đề: Nghị quyết về việc …", "title: Thông báo về …"), else the
    line's start."""
    end = shadow.find("\n", line)
    field = _ENTRY_FIELD.fullmatch(shadow, line, len(shadow) if end < 0 else end)
    if field is None or not field.group("title") or not (field.group("value") or "").strip():
        return line
    return _skip_space(shadow, field.start("value"))


# A bare entry's one line: its attached file's name, after at most a label that offers it
# ("Xem văn bản tại đây: QĐ 06.pdf  biểu kèm theo", sovhttdl.hatinh.gov.vn; a commune portal's
# "/uploads/images/0405_quy_dinh_ban_hanh_kem_theo_qd_…_signed_….pdf", khanhthien.ninhbinh;
# "0612ban_ghep_khung_chuong_trinh_he_vlvh_chinhthuc.xls", a university centre's), a few words
# after it at most. The name holds no blank before its extension but for the words of a name
# such as "QĐ 06.pdf"; a sentence that mentions a file ("… trong file đính kèm") is no name.
_ATTACHMENT_LINE = re.compile(
    r"[ \t|]*(?:(?:xem|tai)[ \t]+(?:van[ \t]+ban|file|tep|toan[ \t]+van)(?:[ \t]+tai[ \t]+day)?"
    r"[ \t]*:[ \t]*|(?:(?:tai[ \t]+lieu|file|tap[ \t]+tin|tep(?:[ \t]+tin)?)[ \t]+)?dinh[ \t]+kem"
    r"[ \t]*:[ \t]*)?"
    r"(?P<name>[^\s:][^\s]{0,160}?(?:[ \t]+[^\s]{1,40}?){0,3}\.(?:pdf|docx?|xlsx?|rar|zip))"
    r"(?![a-z0-9])[ \t]*(?:[^\s.:;!?][^\n.:;!?]{0,39})?"
)
_ATTACHMENT_ENTRY_LINES_MAX = 3
_FILE_EXTENSION = re.compile(r"\.(?:pdf|docx?|xlsx?|rar|zip)(?![a-z0-9])")


def _filled_lines(shadow: str, pos: int) -> Iterator[tuple[int, int]]:
    """Where each line from `pos` on that is not blank starts and ends (its newline)."""
    while pos < len(shadow):
        end = shadow.find("\n", pos)
        end = len(shadow) if end < 0 else end
        line_start, pos = pos, end + 1
        if shadow[line_start:end].strip():
            yield line_start, end


def attachment_entry(shadow: str, start: int) -> int | None:
    """Where the attached file's name stands, if the page is one document's bare entry: no
    title, only (under at most its section's heading, `_ENTRY_SECTION_LINE`) one line that
    gives the file (`_ATTACHMENT_LINE`), and page furniture. A page of two files lists them."""
    name = None
    first = _skip_space(shadow, start)
    for lines, (line_start, end) in enumerate(_filled_lines(shadow, first), 1):
        if lines > _ATTACHMENT_ENTRY_LINES_MAX:
            return None
        m = (_ATTACHMENT_LINE.fullmatch(shadow, line_start, end)
             if _FILE_EXTENSION.search(shadow, line_start, end) else None)  # fmt: skip
        if m is not None:
            if name is not None:
                return None  # a second file: a list
            name = m.start("name")
        elif name is None and lines == 1 and _ENTRY_SECTION_LINE.fullmatch(shadow, line_start, end):
            continue
        elif not _ENTRY_FURNITURE.fullmatch(shadow, line_start, end):
            return None
    return name


def _entry_below(shadow: str, first: int) -> bool:
    """Whether the line at `first` is a title with only an entry's fields below it (read line
    by line, to the first line that is none: a news item's second)."""
    title_end = shadow.find("\n", first)
    if title_end < 0 or title_end - first > 400:
        return False
    head = _ENTRY_FIELD.fullmatch(shadow, first, title_end)
    if head is not None and not head.group("title"):
        return False  # "Trích yếu: …" over the other fields: the title is one of them
    pos = first if head is not None else title_end + 1
    given = False
    file_next = False  # a file field left without its name: the next line may give it
    for lines, (line_start, end) in enumerate(_filled_lines(shadow, pos), 1):
        if lines > _ENTRY_LINES_MAX:
            return False
        field = _ENTRY_FIELD.fullmatch(shadow, line_start, end)
        if field is not None:
            value = (field.group("value") or "").strip(" \t|")
            given = given or bool(value and (field.group("number") or field.group("file")))
            file_next = bool(field.group("file")) and not value
            continue
        if file_next and _ENTRY_FILE_NAME.fullmatch(shadow, line_start, end):
            given, file_next = True, False
            continue
        if not _ENTRY_FURNITURE.fullmatch(shadow, line_start, end):
            return False
    return given


# A propaganda outline's title line ("Đề cương tuyên truyền: Hội Cựu Chiến binh Việt Nam - 25
# năm …", "ĐỀ CƯƠNG TUYÊN TRUYỀN / ĐẠI HỘI ĐẠI BIỂU ĐOÀN …"), and a body that compiled it ("…
# Ban Tuyên giáo Trung ương phối hợp với … biên soạn Đề cương tuyên truyền", "Tiểu ban … xây
# dựng Đề cương tuyên truyền …"). An outline has no type abbreviation of its own.
_OUTLINE_TITLE = re.compile(r"(?m)^[ \t]*de\s+cuong\s+(?:tuyen\s+truyen|gioi\s+thieu)(?![a-z])")
_OUTLINE_COMPILED = re.compile(
    r"(?<![a-z])(?:bien\s+soan|xay\s+dung|ban\s+hanh)\s+(?:ban\s+)?de\s+cuong(?![a-z])"
)


def _published_outline(norm: NormalizedText, start: int, end: int) -> bool:
    """Whether a headerless page is a propaganda outline: the page opens on the outline's title
    (under a site's "Tập tin đính kèm" label, if any) and the intro says which body compiled
    it, or that its full text follows ("TG trân trọng giới thiệu toàn văn bản đề cương"), or
    the title stands in capitals, as the outline prints its own ("ĐỀ CƯƠNG TUYÊN TRUYỀN /
    KỶ NIỆM 78 NĂM …"). A site's own outline, titled as a web page with no body and no such
    intro, is no document."""
    shadow = norm.shadow
    first = _skip_space(shadow, start)
    label = _ATTACHED_FILE.match(shadow, shadow.rfind("\n", 0, first) + 1)
    if label is not None:
        first = _skip_space(shadow, label.end())
    title = _OUTLINE_TITLE.match(shadow, first)
    if title is None:
        return False
    return bool(_OUTLINE_COMPILED.search(shadow, first, end)
                or _FULL_TEXT_FOLLOWS.search(shadow, first, end)
                or norm.text[title.start() : _first_line_end(shadow, first)].isupper())  # fmt: skip


# A propaganda orientation's title opening the page ("Định hướng công tác tuyên truyền tháng 6
# năm 2022", "Định hướng tuyên truyền tháng 9/2022") and its first numbered point on the next
# line ("1. Tuyên truyền kết quả …", "I- ĐỊNH HƯỚNG CHUNG").
_ORIENTATION_TITLE = re.compile(
    r"dinh\s+huong\s+(?:cong\s+tac\s+|noi\s+dung\s+)?tuyen\s+truyen(?![a-z])[^\n]{0,80}\n"
)
_FIRST_POINT = re.compile(r"\s*(?:1|i)\s*[.\-–)]\s")


def _published_orientation(shadow: str, start: int) -> bool:
    """Whether a headerless page is a propaganda orientation: its title, then its points."""
    first = _skip_space(shadow, start)
    title = _ORIENTATION_TITLE.match(shadow, first)
    return title is not None and _FIRST_POINT.match(shadow, title.end()) is not None


# A schedule's title opening the page ("Lịch tiếp công dân", "LỊCH LÀM VIỆC CỦA LÃNH ĐẠO ỦY
# BAN NHÂN DÂN XÃ NGHĨA TRUNG") and, under it, the schedule's own entries: numbered items, days
# of the week, the week it covers ("1. Lịch tiếp công dân thường xuyên:", "THỨ HAI
# (09/02/2026):", "- Buổi sáng: Từ 7h30 …", "(Tuần thứ 07 từ ngày …)").
_SCHEDULE_TITLE = re.compile(r"lich\s+(?:tiep\s+cong\s+dan|lam\s+viec|cong\s+tac)(?![a-z])")
_SCHEDULE_ENTRY = re.compile(
    r"(?m)^[ \t]*(?:\d{1,2}\.[ \t]|[-*•+]?[ \t]*(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\s+nhat)"
    r"[ \t]*[(:]|[-*•+]?[ \t]*buoi\s+(?:sang|chieu)[ \t]*:|\(tuan\s+thu\s+\d)"
)
_SCHEDULE_SCAN = 400


def _published_schedule(shadow: str, start: int) -> bool:
    """Whether a headerless page is a schedule: its first line is the schedule's title and its
    entries follow within a few lines (a news item about a schedule tells it in sentences)."""
    first = _skip_space(shadow, start)
    if not _SCHEDULE_TITLE.match(shadow, first):
        return False
    line_end = shadow.find("\n", first)
    if line_end < 0:
        return False
    scan_end = min(len(shadow), line_end + _SCHEDULE_SCAN)
    return _SCHEDULE_ENTRY.search(shadow, line_end, scan_end) is not None


# A letter's or a notice's subject line opening the page ("Về việc treo Quốc kỳ nhân dịp …",
# "V/v tham gia ý kiến …"), and the opening that carries out a numbered document on the next
# line ("Thực hiện Thông báo số 12/TB-UBND ngày 16 tháng 07 năm 2025 của UBND tỉnh …").
_SUBJECT_LINE = re.compile(r"(?:ve\s+viec|v/v)[ \t]+\S")
_CARRIES_OUT_NUMBERED = re.compile(
    rf"[ \t]*(?:thuc\s+hien|can\s+cu)\s+(?:{TYPE_WORD_ALT}|van\s+ban)\s+so\s*:?\s*\d"
)


def _opening_under_subject_line(shadow: str, start: int) -> bool:
    """Whether a headerless page is a letter or a notice copied from its subject line down:
    the page opens on "Về việc …" and the next line opens by carrying out a numbered document
    (a news headline is followed by its date or a lead, not by such an opening)."""
    first = _skip_space(shadow, start)
    if not _SUBJECT_LINE.match(shadow, first):
        return False
    line_end = shadow.find("\n", first)
    if line_end < 0:
        return False
    return _CARRIES_OUT_NUMBERED.match(shadow, _skip_space(shadow, line_end)) is not None


# A portal's link to a document of a body it names: "Nội dung công văn Ban Tuyên giáo Tỉnh
# ủy: click xem tại đây", "Nội dung Kế hoạch …: xem tại đây".
_LINKED_NOTE = re.compile(
    rf"(?<![a-z])noi\s+dung\s+(?P<word>{TYPE_WORD_ALT})(?![a-z])[^\n:]{{0,80}}?:?\s*"
    r"(?:click\s+|bam\s+|nhan\s+)?(?:xem\s+)?(?:tai|o)\s+day(?![a-z])"
)
# … or a note that shows where to read it: "Xem chi tiết công văn đính kèm", "Xem toàn văn Kế
# hoạch tại đây", "Xem nội dung Công văn trong file đính kèm".
_LINKED_SEE = re.compile(
    rf"(?<![a-z])xem\s+(?:chi\s+tiet|toan\s+van|noi\s+dung)\s+(?P<word>{TYPE_WORD_ALT})(?![a-z])"
    r"[^\n]{0,80}?(?:(?:trong|tai|o)\s+)?(?:(?:file|tep|tap\s+tin)\s+)?"
    r"(?:dinh\s+kem|tai\s+day|o\s+day)(?![a-z])"
)
# … or by the generic "văn bản": "Xem văn bản chi tiết tại đây!" under a district chairman's
# request (hiephoa.bacgiang.gov.vn, retired blind batch y), "Xem Văn bản tại đây" (daknong.gov.vn)
_LINKED_SEE_TEXT = re.compile(
    r"(?<![a-z])xem\s+(?:chi\s+tiet\s+)?(?P<word>van\s+ban)(?:\s+chi\s+tiet)?\s+(?:tai|o)\s+day"
    r"(?![a-z])"
)
_LINKED_SCAN = 2000  # the note follows the item's few sentences
_SENTENCE_STARTS = re.compile(r"(?:^|(?<=\.)\s|(?<=\n))\s*(?=\S)")


def _linked_document(norm: NormalizedText, start: int) -> PageReading | None:
    """A portal item that tells the content of a document it links to: a body directs in one
    of its sentences ("Thực hiện Hướng dẫn số 96-HD/BTGTW …. Ban Tuyên giáo Tỉnh ủy đề nghị
    các địa phương, đơn vị …") and a note below links the document ("Nội dung công văn Ban
    Tuyên giáo Tỉnh ủy: click xem tại đây"). The item reports that document, of the note's
    kind, issued by the directing body; None where no such note and body stand."""
    shadow = norm.shadow
    scan_end = min(len(shadow), start + _LINKED_SCAN)
    notes = [n for n in (_LINKED_NOTE.search(shadow, start, scan_end),
                         _LINKED_SEE.search(shadow, start, scan_end),
                         _LINKED_SEE_TEXT.search(shadow, start, scan_end))
             if n is not None]  # fmt: skip
    if not notes:
        return None
    note = min(notes, key=lambda n: n.start())
    for sentence in _SENTENCE_STARTS.finditer(shadow, start, note.start()):
        at = sentence.end()
        end = _sentence_end(shadow, at, note.start())
        actor = body_directing_at(norm, at, end)
        if actor is not None:
            return PageReading(REPORT, at, " ".join(note.group("word").split()),
                               note.start("word"), note.end("word"), actor)  # fmt: skip
    return None


def _full_text_follows(shadow: str, start: int, act: int) -> bool:
    """Whether the intro around a reported act (from the page's start to a little after
    the act's sentence) says the document's full text follows."""
    sentence_end = _sentence_end(shadow, act, len(shadow))
    end = min(len(shadow), sentence_end + _FULL_TEXT_SCAN)
    cue = _FULL_TEXT_FOLLOWS.search(shadow, start, end)
    if cue is not None:
        return _TEASER_CUT.match(shadow, cue.end()) is None
    # the document's own text right after the lead: its first section ("I. Mục đích, yêu
    # cầu", "I. CÔNG TÁC PHỔ BIẾN …") or, after a lead that ends "cụ thể như sau:", its opening
    if _FIRST_SECTION.search(shadow, sentence_end, end) is not None:
        return True
    # the document's own voice on the next line saying what follows ("Ngày 23/02/2025, Văn
    # phòng Chính phủ có Thông báo số 56/TB-VPCP …\nTrên cơ sở đánh giá …, Thủ tướng Chính phủ
    # thống nhất về nhiệm vụ, giải pháp … như sau:"; not a news item's "Theo đó, …")
    if _OWN_VOICE_NEXT_LINE.match(shadow, sentence_end) is not None:
        return True
    line_end = shadow.find("\n", act)
    line_end = len(shadow) if line_end < 0 else line_end
    return _AS_FOLLOWS.search(shadow, max(act, line_end - _AS_FOLLOWS_MAX), line_end) is not None


# A list's teaser cut off right after its cue, the page ending there: "Ngày 29/01/2021 Bộ Nội
# vụ ra Công văn Số 416/BNV-TGCP … Toàn văn Công văn như sau:..." (btgcp.gov.vn, a category
# page's item): the text is on the item's own page, not this one.
_TEASER_CUT = re.compile(r"[^\n.…]{0,40}?[ \t:]*(?:\.{3}|…)\s*$")
_OWN_VOICE_NEXT_LINE = re.compile(
    r"[ \t]*\n[ \t]*(?!theo\s+do)[^\n]{0,300}?(?<![a-z])(?:ket\s+luan|thong\s+nhat|quyet\s+nghi)"
    r"[^\n]{0,160}?nhu\s+sau\s*:[ \t]*\n"
)
# The first numbered section of a plan or a guidance, on a line of its own.
# ("I-Tình hình khai thác thủy sản …": a Party text's dash, often with no space after it)
# (or its first arabic-numbered section when that names a plan's purpose: "Ngày 06/9/2021, Ban
# Dân tộc ban hành Kế hoạch số 665/KH-BDT về …\n\n1. Mục tiêu chung:")
_FIRST_SECTION = re.compile(
    r"\n[ \t]*(?:i[ \t]*(?:\.[ \t]+|[\-–][ \t]*)[a-z]"
    r"|1[ \t]*[.)][ \t]*(?:muc\s+(?:tieu|dich)|quan\s+diem|yeu\s+cau)(?![a-z]))"
)
# A lead that ends saying the content follows: "…, cụ thể như sau:"; a letter's lead that
# ends on the signer's directions ("Ngày 9/02/2021, UBND tỉnh Thanh Hóa ban hành công văn …;
# Đồng chí Phó Chủ tịch UBND tỉnh … có ý kiến chỉ đạo như sau:" over its numbered points).
_AS_FOLLOWS = re.compile(
    r"(?<![a-z])(?:cu\s+the|chi\s+dao)\s+nhu\s+sau\s*:[ \t]*$"
    # (the directions named with whose they are: "… tại Công văn số 11977-CV/VPTW … đã truyền
    # đạt ý kiến chỉ đạo của Thường trực Ban Bí thư như sau:", a provincial Party portal)
    r"|(?<![a-z])y\s+kien\s+chi\s+dao\s+cua\s+[^\n:.;]{3,60}?\s+nhu\s+sau\s*:[ \t]*$"
)
_AS_FOLLOWS_MAX = 100  # (the match is anchored at the line's end)


# A headline that names the text whose full text the page gives: "Toàn văn Nghị quyết Đại hội
# đại biểu toàn quốc lần thứ XIV của Đảng" (thanhnien.vn), "TOÀN VĂN: Nghị quyết của Bộ Chính
# trị về …" (shadow text).
_FULL_TEXT_HEADLINE = re.compile(
    rf"[ \t]*toan\s+van\s*:?\s*(?:cua\s+)?(?P<word>{TYPE_WORD_ALT})(?![a-z])"
)
# A body's own statement that names its text by its verb, a notice: "UBND xã … thông báo …"
# (shadow text, at the statement's act). Not "hướng dẫn", which also tells what a letter does
# ("Ngày 07/7/2020, Ban Tuyên giáo Huyện ủy đã có Công văn số 93-CV/BTGHU … / …, Ban Tuyên giáo
# Huyện ủy hướng dẫn một số nội dung …": the letter's own body, phuloc portal); nor below a
# letter, which may notify as well.
_STATED_KIND = re.compile(r"(?P<word>thong\s+bao)(?![a-z])")
_NOTIFYING_KINDS = ("thong bao", "cong van", "van ban", "cong dien")


def another_text_below(norm: NormalizedText, start: int, reading: PageReading) -> str | None:
    """Whether a report read as a repost gives the text of another document than the one its
    intro tells issued: a headline "Toàn văn <type word> …" of another kind ("Toàn văn Nghị
    quyết Đại hội …" over "Ngày 6.2, Văn phòng Trung ương Đảng có công văn 307-CV/VPTW công bố
    Văn kiện …", thanhnien.vn), or, below an act told as past ("đã ban hành"), the body's own
    notice or guidance, of another kind ("Ngày 21/11/2019, UBND quận Lê Chân đã ban hành Kế
    hoạch số 280/KH-UBND … / … UBND quận Lê Chân trân trọng thông báo tạm dừng …",
    thanhphohaiphong.gov.vn; "… Chủ tịch UBND xã Phù Ninh đã ban hành Quyết định số 05/QĐ-UBND
    ngày 14/01/2019 …. …, UBND xã Phù Ninh thông báo nội dung như sau:", phuninh portal): the
    page is that document, the act its background (not below a letter or a notice told).
    Returns that document's type word (shadow form), or None where the page gives the text
    its intro tells of."""
    if reading.kind != REPORT or not reading.repost or reading.type_word is None:
        return None
    shadow = norm.shadow
    head = _FULL_TEXT_HEADLINE.match(shadow, _skip_space(shadow, start))
    if head is not None and head.end() <= _first_line_end(shadow, start):
        word = " ".join(head.group("word").split())
        return word if word != reading.type_word else None
    act = reading.act_start
    if act is None or not shadow.startswith("da ", act):
        return None
    return "thong bao" if notice_below(norm, act, reading.type_word) else None


def notice_below(norm: NormalizedText, act: int, type_word: str | None) -> bool:
    """Whether, after the sentence of a past issue at `act` of a text of `type_word`, the body's
    own notice follows (`_STATED_KIND`), the text being no letter or notice itself."""
    shadow = norm.shadow
    if type_word is None or " ".join(type_word.split()) in _NOTIFYING_KINDS:
        return False
    below = _skip_space(shadow, min(len(shadow), _sentence_end(shadow, act, len(shadow)) + 1))
    stated = own_statement(norm, below, min(len(shadow), below + _LEAD_SCAN))
    return stated is not None and _STATED_KIND.match(shadow, stated[1]) is not None


# "… trân trọng thông báo": a body's courteous notice in its own voice, its clause opened by the
# body or by its unit ("xã Trung Lương", "UBND phường …"; shadow text).
_COURTEOUS = re.compile(r"(?<![a-z])(?:xin\s+)?tran\s+trong\s+thong\s+bao(?![a-z])")
_UNIT_START = re.compile(r"(?:xa|phuong|thi\s+tran|dac\s+khu)\s+[a-z]")


def notice_before(norm: NormalizedText, start: int, act: int) -> bool:
    """Whether the opening, before a reported act at `act`, states the body's own courteous
    notice: "Thực hiện Kế hoạch số 88/KH-UBND …, xã Trung Lương trân trọng thông báo và kêu gọi
    toàn thể Nhân dân … / Ngày 05/5/2025, Quốc hội khóa XV đã thảo luận và thông qua Nghị quyết
    số 194/2025/QH15 …" (trungluong portal): the page is the notice, the act its content (the
    10 dev pages of a body that "trân trọng thông báo" in its opening are all documents)."""
    shadow = norm.shadow
    for m in _COURTEOUS.finditer(shadow, start, act):
        clause = _skip_space(shadow, max(shadow.rfind(c, start, m.start()) for c in ",;\n") + 1)
        if clause < start:
            clause = _skip_space(shadow, start)
        if _BODY_START.match(shadow, clause) or _UNIT_START.match(shadow, clause):
            return True
    return False
