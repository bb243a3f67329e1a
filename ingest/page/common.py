"""What every family of ingest.page shares: the three page kinds, PageReading, and the scans
over a text (clause, line and sentence bounds, the first line, lead lines)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ingest.context import MONTH_NAME
from ingest.text import NormalizedText

DOCUMENT, REPORT, OTHER = "document", "report", "other"
_LEAD_SCAN = 1200  # a report states its document in the first lines
# A news dateline's pieces (shadow text): the part of the day before it, "Sáng", "Chiều", and
# its day and month, "ngày 01/10", "27-8" (a lead's dateline, a timed act, a subject after it).
PART_OF_DAY = r"(?:sang|chieu|toi|trua)"
DAY_MONTH = r"(?:ngay\s+)?\d{1,2}\s*[/\-.]\s*\d{1,2}"

# Words that open the name of an issuing body ("Ban Thường vụ Tỉnh ủy", "UBND huyện", "BTV").
_BODY_START = re.compile(  # not inside a code: "2715/QĐ-UBND" names no actor
    r"(?<![a-z/\-])(?:ban\s+thuong\s+vu|btv|ban\s+chap\s+hanh|bch|ban\s+thuong\s+truc|thuong\s+truc"
    r"|thuong\s+vu\s+(?=[a-z]+\s+uy)"  # "Thường vụ Tỉnh ủy", "Thường vụ Quân ủy Trung ương"
    r"|ban\s+bi\s+thu|(?:tong\s+)?bi\s+thu|bo\s+chinh\s+tri|tinh\s+uy|thanh\s+uy|huyen\s+uy|quan\s+uy|thi\s+uy"
    r"|dang\s+uy|dang\s+bo|chi\s+bo|ubnd|uy\s+ban|hdnd|hoi\s+dong|chinh\s+phu|thu\s+tuong"
    r"|quoc\s+hoi"
    r"|tinh\s+doan|thanh\s+doan|huyen\s+doan|hoi\s+[a-z]|so\s+[a-z]|bo\s+[a-z]|mat\s+tran"
    r"|chu\s+tich|van\s+phong|ub\s*mttq|ub\s+mat\s+tran|bcd\s*\d+"
    # a unit's leaders as its own voice: "Lãnh đạo xã vừa ký quyết định khen thưởng đột xuất"
    # (or an office's: "Ông Nguyễn Tấn, Trưởng phòng Giáo dục Hương Sơn cho biết, ngày 9/4, lãnh
    # đạo phòng ra quyết định đình chỉ công tác đối với ông …", hanoinet)
    r"|lanh\s+dao\s+(?=(?:xa|phuong|thi\s+tran|huyen|quan|thi\s+xa|tinh|phong|so)(?![a-z]))"
    # a unit's police, or its government named as such, with its unit word: "Công an xã Bình
    # Đại (tỉnh Vĩnh Long) đã ban hành quyết định xử phạt …" (tuoitre.vn), "Chính quyền xã vùng
    # cao Đà Nẵng ban hành thông báo khẩn cấp, …" (thanhnien.vn)
    r"|(?:cong\s+an|chinh\s+quyen)\s+(?=(?:xa|phuong|thi\s+tran|huyen|quan|thi\s+xa|tinh"
    r"|thanh\s+pho|tp|dac\s+khu)(?![a-z]))"
    # a Party committee's leaders likewise: "Văn phòng Huyện ủy Phong Điền … cho biết, lãnh đạo
    # Huyện ủy vừa có quyết định cho thôi chức Bí thư Đảng ủy xã …" (cand.com.vn)
    r"|lanh\s+dao\s+(?=(?:tinh|thanh|huyen|quan|thi)\s+uy(?![a-z]))"
    # an inspectorate and its chief: "Chánh Thanh tra Sở Tài nguyên Môi trường tỉnh Sóc Trăng
    # vừa ra 10 quyết định xử phạt …" (baomoi.com), "Thanh tra Sở Y tế …"
    r"|(?:chanh\s+)?thanh\s+tra\s+(?=(?:so|bo|tinh|huyen|thanh\s+pho|chinh\s+phu)(?![a-z]))"
    # the competent authorities, unnamed: "…, thông tin từ Ủy ban nhân dân xã Thành Mỹ … cho biết,
    # cơ quan chức năng vừa có quyết định kỷ luật bằng hình thức cách chức …"
    # (doisongvietnam.vn; the act is reported, its issuer unknown)
    r"|co\s+quan\s+chuc\s+nang(?![a-z])"
    r"|bcd\s+(?=trung\s+uong|tinh|huyen|quoc\s+gia)"  # "BCĐ Trung ương về Phòng, chống thiên tai"
    # a ministry's department: "Cục Quản lý khám chữa bệnh Bộ Y tế", "Tổng cục Thuế"
    r"|(?:tong\s+)?cuc\s+(?!bo\s|dien\s)[a-z]"
    # … and its branch in a province or a district, a department's sub-department: "Chi cục
    # Kiểm lâm vừa có công văn yêu cầu các Hạt Kiểm lâm …" (baokhanhhoa.vn), "Chi cục Thuế"
    r"|chi\s+cuc\s+(?!truong\s)[a-z]"
    # "Tỉnh Quảng Ngãi": a place (not "cơ quan": "UBND tỉnh … cho biết, cơ quan này vừa ban
    # hành quyết định xử phạt …", danviet.vn, where the body after "cho biết" is the speaker)
    r"|(?:tinh|huyen|thanh\s+pho|thi\s+xa|(?<!co\s)quan)\s(?=[a-z])"
    r"|dac\s+khu\s(?=[a-z])"  # "đặc khu Phú Quý" (a special zone of 2025, commune level)
    r"|cong\s+doan|doan\s+[a-z]|ban\s+chi\s+dao|ban\s+[a-z]"
    # a central mass organisation named by its centre: "Trung ương Hội Chữ thập đỏ Việt Nam",
    # "Trung ương Đoàn", "T.Ư Hội Nông dân"
    r"|(?:trung\s+uong|t\.?\s*u)\s+(?:hoi|doan)(?![a-z])"
    # the Central Committee named by "Trung ương" alone, as its own act's subject: "Trung ương
    # ban hành Quy định mới về 19 điều đảng viên không được làm" (vnexpress.net)
    r"|trung\s+uong(?![a-z])"
    r"|(?:tong\s+)?(?:ldld|lien\s+doan\s+lao\s+dong)"  # "LĐLĐ tỉnh", "Liên đoàn Lao động quận"
    # a province's social security office (the State agency's branch): "BHXH TP.HCM vừa có văn
    # bản gửi UBND các xã …", "BHXH tỉnh Khánh Hòa chính thức triển khai Kế hoạch số 68/KH-BHXH"
    # (thanhnien.vn)
    r"|bhxh|bao\s+hiem\s+xa\s+hoi(?=\s+(?:tinh|thanh\s+pho|tp|huyen|quan|thi\s+xa|viet\s+nam)(?![a-z]))"
    # an office of a People's Committee: "Phòng Văn hóa - Thông tin huyện" (not "phòng, chống")
    r"|phong\s+(?!chong|ngua|tranh|dich|chay|benh|ve\s|hop|lam)[a-z]"
    # a public service centre: "Trung tâm Y tế TP Thanh Hóa đã ra công văn mới …"
    r"|trung\s+tam\s+(?:y\s+te|van\s+hoa|chinh\s+tri|khuyen\s+nong|phuc\s+vu\s+hanh\s+chinh"
    # (any public service centre: "Trung tâm Dịch vụ việc làm", "Trung tâm Dịch vụ Đô thị Bạc
    # Liêu, tỉnh Cà Mau vừa phát đi thông báo …"; a district's vocational and continuing
    # education centre: "Ngày 10/02/2020, Trung tâm GDNN-GDTX huyện Đắk Song đã ban hành Kế
    # hoạch số 01/KH-GDNN-GDTX, …", daksong portal)
    r"|kiem\s+soat\s+benh\s+tat|dich\s+vu|gdnn|gdtx|giao\s+duc\s+(?:nghe\s+nghiep|thuong\s+xuyen))"
    r"(?![a-z]))"
)

# The document speaking of itself: "… ban hành Kế hoạch … như sau:", "Kế hoạch này".
_SELF_STATEMENT = re.compile(r"(?<![a-z])(?:nhu\s+sau|cu\s+the\s+nhu\s+sau|ke\s+hoach\s+nay)")

_ACTOR_MAX = 90

# "ngày 14/3", also a news lead's part of the day in its place: "Chiều nay 8/10/2020, Giám đốc
# Sở … đã ký văn bản", "Sáng 26/9, …"; an English lead's "On" before a date: "On 28/6/2013, the
# provincial Party Committee promulgated the Plan …" (dongnai.gov.vn), "On March 27, 2017, the
# Standing Board … issued Resolution No. 08-NQ/DU" (baohoabinh.com.vn)
_DAY = re.compile(
    r"(?<![a-z])(?:ngay|(?:sang|chieu|trua|toi)(?:\s+nay)?(?:\s+ngay)?(?=\s+\d)"
    rf"|on(?=\s+(?:\d|(?:{MONTH_NAME})\.?\s+\d)))\s+"
)
# The reported document's number right after its type word: "Kế hoạch số 44-KH/ĐU".
_NUMBERED = re.compile(r"\s*(?:so\s*:?\s*)?\d")

# (`_PAST` opens on its first letter, the look-behind after it: sre skips to those letters in
# C. A leading lookahead on the words' first letters ("(?=[dvm])(?<![a-z])…", as it was)
# changes no match but gains little: sre still tries such a pattern at each character (~20 %
# faster than without it, against ~2.4× for the first-letter form; the twenty-eighth
# session's speed round).)
_PAST = re.compile(r"[dvm](?<![a-z][dvm])(?:(?<=d)a|(?<=v)ua|(?<=m)oi)(?![a-z])")

_PAST_WORDS = frozenset({"đã", "vừa", "mới"})
# "Giấy mời" (an invitation, its type GM): its "mời" (invite, falling tone) is no past word
# "mới" (rising tone) and no "Mỗi" either, but a type word's, which the shadow spells "giay moi"
# (shadow text, before the "moi").
_INVITATION_BEFORE = re.compile(r"(?<![a-z])giay\s+$")


@dataclass(frozen=True, slots=True)
class PageReading:
    """What the text is, and for a report where its lead names the reported document."""

    kind: str
    act_start: int | None = None  # the reported act ("đã ban hành Kế hoạch"), shadow offsets
    type_word: str | None = None  # the reported document's type word (shadow form)
    word_start: int | None = None
    word_end: int | None = None
    actor: str | None = None  # the issuing body as the lead names it
    date: date | None = None  # "Ngày 23/8/2017, Tỉnh ủy … đã ban hành …": the day of the act
    repost: bool = False  # the lead introduces the document's full text, which follows
    several: bool = False  # "… đã ký các quyết định công nhận …": no one code is the report's
    voted: bool = False  # a committee's, a council's or a congress's vote at its session

    @property
    def shown_as(self) -> str:
        """What the page is to a reader: a repost of a document is that document."""
        return DOCUMENT if self.repost else self.kind

_SENTENCE_SCAN = 600

_SPACE = re.compile(r"\s*")


def _skip_space(shadow: str, pos: int) -> int:
    found = _SPACE.match(shadow, pos)
    return found.end() if found else pos


def _first_line_end(shadow: str, start: int) -> int:
    """Where the page's first non-blank line (its headline, on a news page) ends."""
    first = _skip_space(shadow, start)
    line_end = shadow.find("\n", first)
    return len(shadow) if line_end < 0 else line_end


def past_marked_shadow(norm: NormalizedText, start: int, end: int) -> str:
    """The shadow with "da", "vua", "moi" kept only where the text says "đã", "vừa", "mới":
    the shadow folds "Đà Nẵng", "Đa Phước", "Mỗi" to the same letters, and a place name must
    not read as a past act ("… thành phố Đà Nẵng ban hành Chương trình …")."""
    shadow = norm.shadow
    pieces: list[str] = []
    pos = start
    for m in _PAST.finditer(shadow, start, end):
        word = norm.text[m.start() : m.end()].lower()
        if word == "mời" and _INVITATION_BEFORE.search(shadow, max(0, m.start() - 12), m.start()):
            continue  # "Giấy mời": the type word (GM), kept as the type words are spelt
        if word not in _PAST_WORDS:
            pieces += [shadow[pos : m.start()], m.group().upper()]
            pos = m.end()
    if not pieces:
        return shadow
    return shadow[:start] + "".join(pieces) + shadow[pos:]


# A unit word abbreviated before its dot (shadow text, the two characters before the dot): "TP.
# Hồ Chí Minh"; a town's "TX. Phú Mỹ" ("Tại kỳ họp, HĐND TX. Phú Mỹ đã biểu quyết thông qua
# Nghị quyết về phương hướng …", baobariavungtau.com.vn; "TX. Hồng Lĩnh, Hà Tĩnh: Rà soát …",
# a dev headline).
_UNIT_ABBR = frozenset({"tp", "tx"})
# "q.1", "p.5": a district's or a ward's unit word abbreviated before its number (shadow text,
# matched from two characters before the dot).
_NUMBERED_UNIT_ABBR = re.compile(r"[^a-z][qp]\.\d")
# An English month's abbreviation before its dot (shadow text): "jan.", "sept.".
_MONTH_DOT = re.compile(r"(?<![a-z])(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.$")


def _clause_start(shadow: str, floor: int, pos: int, breaks: str = ".;:\n") -> int:
    cut = max(shadow.rfind(c, floor, pos) for c in breaks)
    while cut > floor and shadow[cut] == "." and (
        shadow[max(floor, cut - 2) : cut] in _UNIT_ABBR or shadow[cut + 1 : cut + 2].isalpha()
        or (shadow[cut - 1 : cut].isdigit() and shadow[cut + 1 : cut + 2].isdigit())
        or (_NUMBERED_UNIT_ABBR.match(shadow, max(floor, cut - 2), cut + 2) is not None)
        or (shadow[cut + 1 : cut + 3] == " " + shadow[cut + 2 : cut + 3]
            and shadow[cut + 2 : cut + 3].isdigit()
            and _MONTH_DOT.search(shadow, max(floor, cut - 5), cut + 1) is not None)
    ):  # "TP. Hồ Chí Minh", "T.Ư Đoàn", "TP.HCM": an abbreviation, not a stop; "Ngày
        # 14.6.2019 Huyện ủy …": a dotted date; "UBND Q.1 vừa có kế hoạch …": a numbered
        # district or ward abbreviated; "… Committee on Jan. 5 promulgated the Decision …"
        # (baobinhdinh.vn): an English month's abbreviation
        cut = max(shadow.rfind(c, floor, cut) for c in breaks)
    return floor if cut < 0 else cut + 1


def _line_start(shadow: str, floor: int, pos: int) -> int:
    """Where the line holding `pos` starts (a news lead's dateline or tag opens its line)."""
    return max(floor, shadow.rfind("\n", floor, pos) + 1)


def _sentence_end(shadow: str, pos: int, limit: int) -> int:
    ends = [i for i in (shadow.find(c, pos, limit) for c in ";\n") if i >= 0]
    stop = _FULL_STOP.search(shadow, pos, limit)
    if stop is not None:
        ends.append(stop.start())
    return min(ends) if ends else limit


# A full stop, not a dot inside a word or a number: "(Chinhphu.vn) - Thủ tướng …", "TP.HCM".
_FULL_STOP = re.compile(r"\.(?![a-z0-9])")

_LEAD_LINES = 4  # a headline, the page's date, a rule: the lead starts within a few lines

_HEADLINE_MAX = 160  # a headline is short and ends without a stop


def _is_sentence_line(shadow: str, line: int, end: int) -> bool:
    """Whether the line at `line` is running text (a lead's sentence), not a headline, a date
    or a rule."""
    line_end = shadow.find("\n", line, end)
    body = shadow[line : line_end if line_end >= 0 else end].rstrip()
    return len(body) > _HEADLINE_MAX or body.endswith((".", ":", ";")) or ". " in body


def _lead_lines(shadow: str, start: int, end: int) -> list[int]:
    """Where the page's first few lines start (a headline, a date, the lead)."""
    lines: list[int] = []
    at = _skip_space(shadow, start)
    while at < end and len(lines) < _LEAD_LINES:
        lines.append(at)
        nl = shadow.find("\n", at, end)
        if nl < 0:
            break
        at = _skip_space(shadow, nl)
    return lines
