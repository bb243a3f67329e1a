"""Who acts in a page: the body named before an act ("UBND tỉnh … ban hành"), joint bodies,
bodies in lower case, a place acting, the body a lead says issued or directs."""

from __future__ import annotations

import re

from ingest.bodies import body_level
from ingest.codes import Level
from ingest.gazetteer import known_name_at
from ingest.page.common import (
    _ACTOR_MAX,
    _BODY_START,
    _PAST,
    DAY_MONTH,
    PART_OF_DAY,
    _skip_space,
)
from ingest.text import NormalizedText

# A place standing for its government ("Tỉnh Quảng Ngãi vừa ban hành Kế hoạch …").
_PLACE_UNIT = re.compile(r"(?:tinh|huyen|thanh\s+pho|thi\s+xa|quan|dac\s+khu)\s(?!uy)")
# Where a body's name stops before its act: "Ban Thường vụ LĐLĐ tỉnh đã tổ chức …, ban hành".
# What ends a body's name before its act: a comma (not the one of "phòng, chống", which
# names the body's task: "Ban Chỉ đạo phòng, chống dịch bệnh COVID-19 tỉnh"), or "đã", "vừa" …
_ACTOR_END = re.compile(
    r",(?!\s*chong\s)|(?<![a-z])(?:da|vua|moi|cung|tiep tuc|khan truong)(?![a-z])"
)

# A province named after a body's name and its comma, the act right after it: ", tỉnh Cà Mau".
_PROVINCE_APPOSED = re.compile(r"\s*(?:tinh|thanh\s+pho|tp\.?)\s+[a-z]+(?:\s+[a-z]+){0,2}\s*")
_JOINT_ACTOR_MAX = 2 * _ACTOR_MAX
# "… và Bộ …", "… với Sở …": a second body joined to the first.
_JOINED_BODY = re.compile(r"\s(?:va|voi)\s+(?=\S)")


def _joint_bodies(shadow: str, start: int, end: int) -> bool:
    """Whether a second body is joined to the first in the actor's span."""
    joins = _JOINED_BODY.finditer(shadow, start, end)
    return any(_BODY_START.match(shadow, j.end()) for j in joins)


# A speaker's verb: what follows is what a person said, not the body's act.
_SAYS = re.compile(
    r"(?<![a-z])(?:cho\s+biet|cho\s+hay|nhan\s+manh|khang\s+dinh|phat\s+bieu)(?![a-z])"
)
# "Ngày 29 tháng 12/2020  Ban …", "Sáng 15-3 Ban …": a date right before the actor; not an
# ordinal ("… kết quả Hội nghị lần thứ 12 Ban Chấp hành Trung ương …": a body inside a name).
_DATELINE_END = re.compile(
    r"(?:(?<!thu )(?<!thu \d)\d|ngay|sang|chieu|toi|trua|vua"
    r"|(?<![a-z])(?:hom|sang|chieu|toi|trua|dem|tuan|thang|vua)\s+qua"  # not "kết quả"
    r"|(?<![a-z])(?:moi|gan)\s+day)$"  # "Mới đây UBND tỉnh … đã ban hành"
)

# A title before a body's name: "Phó Thủ tướng …", "Quyền Chủ tịch UBND …", a deputy minister
# or a head of a body's office ("Thứ trưởng Bộ Y tế Nguyễn Trường Sơn đã có công văn …",
# "Chánh Văn phòng …").
_TITLE_WORDS = re.compile(
    # ("Ngày 2.8, theo UBND tỉnh Phú Yên, đại diện chính quyền tỉnh này vừa ký quyết định xử
    # phạt …", danviet.vn: a body's representative signs for it, as "thay mặt")
    r"(?:\s|^)(?:pho|quyen|thay mat|dai dien|giam doc|pho giam doc|(?:pho\s+)?thu truong|chanh)$"
)

_ADDRESSEES = re.compile(r"\s+doi\s+voi(?![a-z])|,")

# "Kế hoạch tuyển chọn, gọi công dân nhập ngũ … năm 2024 vừa được UBND tỉnh ban hành nhằm …":
# a lead line that opens with a document's type word, names no number, and says the body has
# just issued it.
# (or with no subject between: "Kế hoạch vừa được Chủ tịch UBND tỉnh Cà Mau ký ban hành, …")
_FRESHLY_ISSUED_AFTER_WORD = (
    r"(?P<between>(?:\s[^.;\n]{0,240}?)?)\s(?:vua|moi)\s+duoc\s+(?P<body>[^.;\n]{3,160}?)"
    r"\s+(?:ky\s+)?ban\s+hanh(?![a-z])"
)

# The same after a lead's "Theo kế hoạch …": the body that has just issued what it names.
_FRESHLY_ISSUED_BY = re.compile(_FRESHLY_ISSUED_AFTER_WORD)
# … or the body it names after "do": "Theo các Quyết định do Ban Thường vụ Tỉnh ủy Lào Cai mới
# ban hành, …", "Theo Kế hoạch do UBND tỉnh vừa ban hành, …" (the subject, if any, without a
# comma between).
_ISSUED_BY_AFTER_WORD = re.compile(
    r"(?P<between>(?:\s[^.;,\n]{0,120}?)?)\s+do\s+(?P<body>[^.;\n]{3,160}?)"
    r"\s+(?:(?:vua|moi|da)\s+)?(?:ky\s+)?ban\s+hanh(?![a-z])"
)
# … or the body named right after the word, bare or after "của": "theo công văn UBND tỉnh vừa
# ban hành, …" (baothuathienhue.vn), "Theo văn bản của UBND tỉnh Long An vừa ban hành, …"
# (24h.com.vn).
_OF_BODY_FRESHLY = re.compile(
    r"(?P<between>)\s+(?:cua\s+)?(?P<body>[^.;,\n]{3,120}?)\s+(?:vua|moi)\s+(?:ky\s+)?ban\s+hanh"
    r"(?![a-z])"
)
_NAMES_NUMBER = re.compile(r"(?<![a-z])so\s*:?\s*\d|\d+[a-z]?\s*[-–/]\s*[a-z]")


def _freshly_issued_by(text: str, shadow: str, word_end: int, end: int, *,
                       numbered: bool = False) -> str | None:  # fmt: skip
    """The body a lead says has just issued the document it names ("Theo kế hoạch vừa được
    Chủ tịch UBND tỉnh Cà Mau ký ban hành, …": Chủ tịch UBND tỉnh Cà Mau; "Theo Quyết định do
    Ban Thường vụ Tỉnh ủy … mới ban hành": Ban Thường vụ Tỉnh ủy …); with `numbered`, also
    after the document's number and its subject, no comma between ("Theo Nghị định số
    91/2019/NĐ-CP về xử phạt vi phạm hành chính trong lĩnh vực đất đai vừa được Chính phủ ban
    hành thì …", baohaiduong.vn)."""
    m = (_FRESHLY_ISSUED_BY.match(shadow, word_end, end)
         or _ISSUED_BY_AFTER_WORD.match(shadow, word_end, end)
         or _OF_BODY_FRESHLY.match(shadow, word_end, end))  # fmt: skip
    if m is None:
        return None
    if _NAMES_NUMBER.search(shadow, word_end, m.start("body")) and (
        not numbered or "," in shadow[word_end : m.start("body")]
    ):
        return None
    return _actor(text, shadow, m.start("body"), m.end("body"))


def _actor_named_of(text: str, shadow: str, act: re.Match[str]) -> str | None:
    """The body an "Đó là chỉ đạo của …" act names before its addressees ("Đó là chỉ đạo của
    UBND tỉnh đối với các Sở, ban, ngành … tại Công văn số …": UBND tỉnh)."""
    if act.group("of") is None:
        return None
    start, end = act.span("of")
    if _BODY_START.match(shadow, start) is None:
        return None
    stop = _ADDRESSEES.search(shadow, start, end)
    body = " ".join(text[start : stop.start() if stop else end].split()).strip(" ,-–")
    return body if body[:1].isupper() and len(body) <= _ACTOR_MAX else None


# What a body does in a clause after the document it acts by ("Theo Công văn số 3517/UBND
# ngày 18/7/2022, UBND huyện đề nghị …").
_DIRECTS = re.compile(
    r"(?<![a-z])(?:de\s+nghi|yeu\s+cau|chi\s+dao|giao|de\s+ra|quy\s+dinh|huong\s+dan"
    r"|thong\s+bao)(?![a-z])"
)
# … and what a body does by the text a lead opens on ("Theo thông báo (số 34/TB-UBND ngày
# 19/4/2017), Chủ tịch UBND tỉnh đã điều chỉnh …", baovinhlong.com.vn; "Theo quyết định, Thủ
# tướng phê chuẩn bổ sung 2 Ủy viên UBND tỉnh …", plo.vn; "… tại Quyết định số 328-QĐ/TW, Bộ
# Chính trị quyết định thành lập …"): the act the text itself performs, its issuer's.
_ACTS_BY_TEXT = re.compile(
    rf"{_DIRECTS.pattern}|(?<![a-z])(?:phe\s+chuan|phe\s+duyet|dieu\s+chinh|quyet\s+dinh"
    # a sanction the text imposes: "Cụ thể, tại Quyết định số 1724/QĐ-UBND, UBND tỉnh thu hồi,
    # chấm dứt hiệu lực Giấy phép số 08/GP-UBND …" (thiennhien.net), "… xử phạt …"
    r"|thu\s+hoi|xu\s+phat|dinh\s+chi|ky\s+luat|cach\s+chuc)(?![a-z])"
)


def directing_body(norm: NormalizedText, start: int, end: int) -> str | None:
    """The body that directs in a sentence after what it carries out ("Thực hiện Nghị quyết
    số 60-NQ/TW …; Nghị quyết số 74/NQ-CP …, UBND tỉnh giao các sở …": UBND tỉnh)."""
    return _actor_after(norm.text, norm.shadow, start, end)


def acting_body(norm: NormalizedText, start: int, end: int) -> str | None:
    """The body that acts as the subject of a clause between `start` and `end` ("Thực hiện
    Nghị quyết số 57-NQ/TW …, Đảng ủy phường Phúc Yên đã triển khai …": Đảng ủy phường Phúc
    Yên), not one named inside a citation ("… của Ban Thường vụ Huyện ủy"); None if none."""
    return _actor(norm.text, norm.shadow, start, end)


def _actor_after(text: str, shadow: str, start: int, end: int, *,
                 verbs: re.Pattern[str] = _DIRECTS) -> str | None:  # fmt: skip
    """The body that acts in a clause after the documents named first ("Theo Công văn số
    3517/UBND ngày 18/7/2022, UBND huyện đề nghị …", "Trong nội dung Công văn số 4913/VP-KT,
    ban hành ngày 15/6, UBND thành phố Hà Nội yêu cầu …"), between `start` and `end`."""
    comma = shadow.find(",", start, end)
    while comma >= 0:
        at = _skip_space(shadow, comma + 1)
        if _BODY_START.match(shadow, at):
            verb = verbs.search(shadow, at, min(end, at + _ACTOR_MAX))
            actor = _actor(text, shadow, at, verb.start()) if verb else None
            if actor is not None:
                return actor
        comma = shadow.find(",", comma + 1, end)
    return None


# A unit named mid-sentence, standing for its government: "Ngày 06/10/2021, huyện Văn Quan tổ
# chức Lễ ký kết Quy chế phối hợp …" (its name in capitals after the unit word in lower case).
_LOWER_CASE_UNIT = re.compile(r"(?:huyen|quan|thi\s+xa|xa|phuong|thi\s+tran|tinh|thanh\s+pho)\s+")


# (only as the sentence's subject after nothing but its dateline: not the place in apposition
# after a body, "UBND xã Đông Phương Yên, huyện Chương Mỹ, Hà Nội cho biết …")
_ONLY_DATELINE = re.compile(
    rf"(?:(?:{PART_OF_DAY}\s+)?{DAY_MONTH}(?:\s*[/\-.]\s*\d{{2,4}})?\s*,?)?"
)


def _named_unit(text: str, shadow: str, start: int) -> bool:
    """Whether a unit word in lower case at `start` is followed by a name in capitals."""
    unit = _LOWER_CASE_UNIT.match(shadow, start)
    return unit is not None and text[unit.end() : unit.end() + 1].isupper()


# A leader's title in lower case, as newspapers write it, before the capitalised body it heads:
# "Phó bí thư Thường trực Thành ủy TP.HCM Lê Quốc Phong vừa ký ban hành kết luận …", "Phó chủ
# tịch UBND tỉnh … vừa ký …" (thanhnien.vn), "Phó thủ tướng Phạm Thị Thanh Trà đã ký ban hành
# nghị định 361/2025 của Chính phủ …", "Phó thủ tướng thường trực Chính phủ Nguyễn Hòa Bình vừa
# ký Quyết định số 86/QĐ-TTg …" (tuoitre.vn, thanhnien.vn: the Prime Minister's deputies).
_LOWER_CASE_TITLE = re.compile(
    r"(?:bi\s+thu|chu\s+tich|thu\s+tuong(?:\s+thuong\s+truc)?"
    # a committee's leaders: "…, lãnh đạo Huyện ủy vừa có quyết định cho thôi chức …"
    r"|lanh\s+dao)\s+(?=\S)"
)


def _lower_case_leader(text: str, shadow: str, start: int) -> bool:
    """Whether a body's name opens on a leader's title in lower case and the body it heads
    follows in capitals ("bí thư Thường trực Thành ủy …", "chủ tịch UBND …")."""
    title = _LOWER_CASE_TITLE.match(shadow, start)
    return title is not None and text[title.end() : title.end() + 1].isupper()


# A Party committee named by its level in lower case, its place after it in capitals: "Trên cơ
# sở đó, thị ủy Cửa Lò đã xây dựng và thông qua chương trình hành động …" (truyenhinhnghean.vn).
_LOWER_CASE_COMMITTEE = re.compile(r"(?:tinh|thanh|huyen|quan|thi)\s+uy\s+(?=\S)")


def _lower_case_committee(text: str, shadow: str, start: int) -> bool:
    """Whether a body's name is a Party committee's in lower case followed by its place in
    capitals ("thị ủy Cửa Lò"), one body (not "các huyện ủy", not a committee unnamed)."""
    committee = _LOWER_CASE_COMMITTEE.match(shadow, start)
    return committee is not None and text[committee.end() : committee.end() + 1].isupper()


# A local government's full name typed in lower case names one body all the same: "…,
# ủy ban nhân dân xã xây dựng kế hoạch …" (not "ủy ban nhân dân các xã": no one body).
_LOWER_CASE_BODY = re.compile(
    r"(?:uy\s+ban\s+nhan\s+dan|hoi\s+dong\s+nhan\s+dan|dang\s+uy)\s+"
    r"(?:tinh|thanh\s+pho|huyen|quan|thi\s+xa|xa|phuong|thi\s+tran|dac\s+khu)(?![a-z])"
    # a special zone standing for its government, its unit word in lower case mid-sentence
    # ("…, đặc khu Phú Quý khẩn trương xây dựng và ban hành Chương trình hành động …")
    r"|dac\s+khu(?=\s+[a-z])"
    # a unit's leaders or its government named by the unit word alone, as a lead refers back to
    # the unit it has named: "Ông Nguyễn Tấn, Trưởng phòng Giáo dục Hương Sơn cho biết, ngày 9/4,
    # lãnh đạo phòng ra quyết định đình chỉ công tác …" (hanoinet), "theo UBND tỉnh Phú Yên, đại
    # diện chính quyền tỉnh này vừa ký quyết định xử phạt …" (danviet.vn)
    r"|(?:lanh\s+dao|chinh\s+quyen)\s+(?:xa|phuong|thi\s+tran|huyen|quan|thi\s+xa|tinh|phong|so)"
    r"(?![a-z])"
    r"|co\s+quan\s+chuc\s+nang(?![a-z])"  # the competent authorities (`_BODY_START`)
)


# Hồ Chí Minh City by its usual short name: "TP.HCM", "TP. HCM", "TPHCM".
_HCM_SHORT = re.compile(r"tp\.?\s*hcm(?![a-z])")
_SENTENCE_CLOSED = re.compile(r"[.!?…][\s\"”’']*$")


def _place_acting(text: str, shadow: str, clause_start: int,
                  act: re.Match[str]) -> tuple[str, int] | None:  # fmt: skip
    """A province or a district named alone as the subject that issues: its government acts
    ("TP.HCM vừa ban hành quyết định thành lập …", "Cần Thơ ban hành chỉ thị siết quản lý vũ
    khí …", "Để đáp ứng …, TP.HCM đã ban hành đề án …", tuoitre.vn and thanhnien.vn; "Thực hiện
    chỉ đạo của Trung ương và của tỉnh, Đức Phổ đã ban hành Kế hoạch …"): the name is all that
    stands between the clause's start, or its last comma, and the act. Told as news only: done
    ("đã", "vừa") or in a sentence its line closes, not a headline ("Hưng Nguyên ban hành Kế
    hoạch tổ chức …" over the lead that names the body)."""
    if not act.group("verb").endswith("ban hanh"):
        return None
    line_end = shadow.find("\n", act.end())
    line_end = len(shadow) if line_end < 0 else line_end
    if not (_PAST.match(shadow, act.start())
            or _SENTENCE_CLOSED.search(text, act.end(), line_end)):  # fmt: skip
        return None
    at = _skip_space(shadow, max(clause_start, shadow.rfind(",", clause_start, act.start()) + 1))
    short = _HCM_SHORT.match(shadow, at)
    ends = [short.end()] if short else []
    ends += [known[1] for level in (Level.PROVINCE, Level.DISTRICT)
             if (known := known_name_at(text, at, level)) is not None]
    for name_end in ends:
        if not shadow[name_end : act.start()].strip():
            return " ".join(text[at:name_end].split()), at
    return None


def _actor(text: str, shadow: str, clause_start: int, verb_start: int) -> str | None:
    """The issuing body named before the verb in the clause: the last body name that stands
    as a subject (after the clause start, a comma, a dash or a dateline, not inside a
    citation), up to the verb ("Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành")."""
    found = actor_at(text, shadow, clause_start, verb_start)
    return found[0] if found else None


# A clause that is a dateline and "của" only: "…, ngày 20 tháng 12 năm 2023 của UBND xã Cao Sơn
# ban hành Kế hoạch số 134/KH-UBND …" (a slip for "ngày …, UBND xã …"); no document is named
# for the body to be of.
_DATELINE_OF = re.compile(
    r"(?:^|,\s*)(?:ngay\s+)?\d{1,2}(?:\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|\s+thang\s+\d{1,2}\s+nam\s+\d{4})"
    r"\s+cua$"
)


# A steering committee's name lists its tasks with commas and ends with its unit ("Ban Chỉ đạo
# Phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc
# tỉnh Khánh Hòa (gọi tắt là Ban Chỉ đạo tỉnh) vừa ban hành …"): at most this long.
_TASKS_LISTED_MAX = 220


def _tasks_listed(text: str, shadow: str, start: int, comma: int, verb_start: int) -> str | None:
    """The body's whole name when its part before a comma names no level and the name read on
    to its act (past the commas, up to "đã", "vừa" … or the verb) ends in one, e.g. a steering
    committee's tasks listed before "tỉnh Khánh Hòa"."""
    stop = _ACTOR_END.search(shadow, comma + 1, verb_start)
    while stop is not None and stop.group(0) == ",":
        stop = _ACTOR_END.search(shadow, stop.end(), verb_start)
    end = stop.start() if stop else verb_start
    if end - start > _TASKS_LISTED_MAX:
        return None
    body = " ".join(text[start:end].split()).strip(" ,-–")
    return body if body_level(body)[0] is not Level.UNKNOWN else None


def _dateline_of(before: str) -> bool:
    """Whether the words before a body are a dateline and "của" only, not a cited document's
    date ("Kế hoạch số 78-KH/HU, ngày 24/11/2022 của Ban Thường vụ Huyện ủy")."""
    m = _DATELINE_OF.search(before)
    if m is None:
        return False
    words = before[: m.start()].split()
    return not words or not any(ch.isdigit() for ch in words[-1])


# What may stand right before a clause's subject: a comma, a dash, a bracket's end, a quote.
_SUBJECT_AFTER = (",", "-", "–", ")", '"', "“")


# A source that tells another body's act, with no comma before that body: "Ngày 25-12, Tổng công
# ty Viễn thông Viettel cho biết Bộ Khoa học và Công nghệ đã ban hành văn bản ghi nhận …"
# (tuoitre.vn; as "… cho biết, Tỉnh ủy Thanh Hóa đã có công văn …" reads).
_TOLD_BY = re.compile(r"(?<![a-z])(?:cho\s+(?:biet|hay)|xac\s+nhan)$")


# A body named as the source of the news, its own act told right after its "cho biết" with no
# subject of its own: "Ngày 5-7, thông tin từ UBND huyện Đức Thọ (tỉnh Hà Tĩnh) cho biết, vừa
# ban hành quyết định số 3543/QĐ-UBND …" (hatinh24h.com.vn). Not where another subject acts
# after it ("… thông tin từ Văn phòng UBND tỉnh Thanh Hóa cho biết, Tỉnh ủy Thanh Hóa đã có công
# văn …", soha.vn; "… cho biết, cơ quan chức năng vừa có quyết định kỷ luật …").
_MEETING_OF_SPAN = 60  # the longest "…, tại cuộc họp … của" it reads, from the body back
_NEWS_SOURCE = re.compile(r"(?<![a-z])thong\s+tin\s+tu$")
_OWN_ACT_TOLD = re.compile(r"[\s,:]*(?:(?:da|vua|moi|cung)\s+)*")


# A meeting "of" the body as the sentence's subject, a slip for the body at its meeting: "Tại
# cuộc họp mới đây của Ban Thường vụ Thành ủy Bảo Lộc đã xem xét và quyết định kết nạp thêm 36
# đảng viên mới" (lamdong.gov.vn).
_MEETING_OF = re.compile(
    r"(?:^|,\s*)(?:tai|trong)\s+(?:cuoc\s+hop|phien\s+hop)(?:\s+(?:moi\s+day|gan\s+day"
    r"|dinh\s+ky|thuong\s+ky|thang\s+\d{1,2}))?\s+cua$"
)


def _source_tells_own_act(shadow: str, before: str, body: int, verb_start: int) -> bool:
    """Whether the body at `body`, after "thông tin từ", tells its own act (`_NEWS_SOURCE`)."""
    if not before.endswith("tu") or _NEWS_SOURCE.search(before, max(0, len(before) - 24)) is None:
        return False
    says = _SAYS.search(shadow, body, verb_start)
    return says is not None and _OWN_ACT_TOLD.fullmatch(shadow, says.end(), verb_start) is not None


def actor_at(text: str, shadow: str, clause_start: int,
             verb_start: int) -> tuple[str, int] | None:  # fmt: skip
    """`_actor` with where its name starts."""
    found = None
    for m in _BODY_START.finditer(shadow, clause_start, verb_start):
        before = _TITLE_WORDS.sub("", shadow[clause_start : m.start()].rstrip()).rstrip()
        # (or an opening quote mark: a leader quoted, '"Lãnh đạo xã vừa ký quyết định …"')
        subject = (not before or before.endswith(_SUBJECT_AFTER) or _dateline_of(before)
                   or _TOLD_BY.search(before) is not None
                   or _source_tells_own_act(shadow, before, m.end(), verb_start)
                   or (before.endswith("cua")
                       and _MEETING_OF.search(before, max(0, len(before) - _MEETING_OF_SPAN))
                       is not None))
        if not subject and not _DATELINE_END.search(before):
            continue  # "… của Thành ủy Hà Nội": a body named inside a citation, not the actor
        stop = _ACTOR_END.search(shadow, m.end(), verb_start)
        says = _SAYS.search(shadow, m.end(), stop.start() if stop else verb_start)
        if says and _BODY_START.search(shadow, says.end(), verb_start):
            # "Bí thư Đảng ủy phường … cho biết Ban Bí thư … vừa ban hành …": a speaker telling
            # another body's act (not "Văn phòng Tỉnh ủy cho biết đơn vị đã có văn bản …")
            continue
        if stop is not None and stop.group(0) == ",":
            later = _ACTOR_END.search(shadow, stop.end(), verb_start)
            apposed_end = later.start() if later else verb_start
            if _PROVINCE_APPOSED.fullmatch(shadow, stop.end(), apposed_end):
                # "Trung tâm Dịch vụ Đô thị Bạc Liêu, tỉnh Cà Mau vừa …": the province after the
                # comma is the body's own (its place name may be a ward's since 2025)
                stop = later
        body_end = stop.start() if stop else verb_start
        if says is not None:
            # "Công an TP Hà Nội cho biết từ ngày 6/12 đã ban hành Kế hoạch số 416"
            # (vietnamnet.vn): the body tells its own act; its name ends before "cho biết"
            body_end = min(body_end, says.start())
        body = text[m.start() : body_end]
        body = " ".join(body.split()).strip(" ,-–")
        limit = _ACTOR_MAX
        if stop is not None and stop.group(0) == "," and body_level(body)[0] is Level.UNKNOWN:
            listed = _tasks_listed(text, shadow, m.start(), stop.start(), verb_start)
            body, limit = (listed, _TASKS_LISTED_MAX) if listed else (body, limit)
        if _PLACE_UNIT.match(shadow, m.start()) and body_level(body)[0] is Level.UNKNOWN:
            continue  # "Tình hình …", "Thành phố đã …": no place named, no body
        if limit == _ACTOR_MAX and _joint_bodies(shadow, m.end(), m.start() + len(body)):
            # "Trung ương Hội Nông dân Việt Nam và Bộ Nông nghiệp và Phát triển nông thôn tổ
            # chức Hội nghị ký kết …": two bodies act together; their names run longer
            limit = _JOINT_ACTOR_MAX
        if (body and (body[0].isupper() or _LOWER_CASE_BODY.match(shadow, m.start())
                      or _lower_case_leader(text, shadow, m.start())
                      or _lower_case_committee(text, shadow, m.start())
                      or (_ONLY_DATELINE.fullmatch(before)
                          and _named_unit(text, shadow, m.start())))
                and len(body) <= limit):  # fmt: skip
            found = body, m.start()  # the last subject before the act is the one that acts
    return found
