"""Meetings, sessions and adoptions: a body that adopts at its plenum, congress, assembly or
council session, a draft voted through, a meeting that deploys, an earlier session."""

from __future__ import annotations

import re
from datetime import date

from ingest.bodies import body_level
from ingest.codes import Level
from ingest.find import TYPE_WORD_ALT
from ingest.page.actors import (
    actor_at,
)
from ingest.page.common import (
    _ACTOR_MAX,
    _BODY_START,
    _LEAD_SCAN,
    REPORT,
    PageReading,
    _clause_start,
    _first_line_end,
    _sentence_end,
    _skip_space,
)
from ingest.page.dates import (
    _dated_by_named_year,
    _lead_date,
)
from ingest.page.not_yet import (
    _TO_COME,
)
from ingest.page.statements import (
    _SESSION_PREFIX,
)
from ingest.text import NormalizedText, shadow_of

_ADOPTED = re.compile(r"(?<![a-z])thong\s+qua(?![a-z])")
_ADOPTED_REACH = 40


def _adoption_told(shadow: str, reading: PageReading) -> bool:
    """Whether the reported act is an adoption ("Hội nghị cũng đã thông qua báo cáo …", "Các
    nghị quyết được thông qua tại kỳ họp …"): what a meeting adopts is its news."""
    if reading.act_start is None:
        return False
    stop = max(reading.act_start, reading.word_end or reading.act_start) + _ADOPTED_REACH
    return _ADOPTED.search(shadow, reading.act_start, min(len(shadow), stop)) is not None

# The bodies that adopt a text by vote: a Party committee or its standing committee, a
# People's Council (not a People's Committee, which issues, nor a place: "Huyện Đất Đỏ thông
# qua Kế hoạch" heads an item on a chairman's working meeting).
_COLLEGIAL = re.compile(  # ("Đảng bộ thành phố Bảo Lộc đã tổ chức Hội nghị Ban chấp hành …
    # và thông qua Nghị quyết …": the organisation's committee adopts at its conference)
    r"(?:ban\s+chap\s+hanh|bch|ban\s+thuong\s+vu|btv|thuong\s+truc|dang\s+bo"
    r"|(?:huyen|tinh|thanh|quan|thi)\s+uy|dang\s+uy|hdnd|hoi\s+dong\s+nhan\s+dan"
    # "Sáng 26/6, tại Kỳ họp thứ 7, Quốc hội khóa XV đã thông qua Nghị quyết …": the
    # National Assembly adopts at its session as a council does
    r"|quoc\s+hoi"
    # a Front committee at its own conference: "Tại hội nghị, Ủy ban MTTQ xã đã tiến hành kiện
    # toàn Ủy viên … và thông qua báo cáo kết quả hoạt động 6 tháng đầu năm 2022"
    # (vumuon.bachthong.gov.vn)
    r"|uy\s+ban\s+(?:mttq|mat\s+tran)|ub\s*mttq|ub\s+mat\s+tran)(?![a-z])"
)
# A meeting a person chairs, or a draft: what it passes is not yet issued; and a body that
# directs others "thông qua" (through) a text ("… chỉ đạo thông qua Kế hoạch số 12 …").
_WORKING_MEETING = re.compile(
    r"(?<![a-z])(?:chu\s+tri|cuoc\s+hop|buoi\s+lam\s+viec|du\s+thao|cho\s+y\s+kien"
    r"|chi\s+dao|yeu\s+cau|de\s+nghi|huong\s+dan|giao)(?![a-z])"
)


# A new conjunct with its own verb after a draft: "HĐND xã Đông Hội đã thông qua Dự thảo Đề án
# …, đồng thời quyết nghị … và thông qua các Nghị quyết của kỳ họp" (donganh.hanoi.gov.vn):
# the draft is what the first verb passed, not what the later one adopts.
_NEXT_CONJUNCT = re.compile(r",\s*(?:dong\s+thoi|va|sau\s+do)\s")


def _working_words(shadow: str, begin: int, act: int, pattern: re.Pattern[str]) -> bool:
    """Whether `pattern` (a working meeting's words, or a purpose or a draft) stands between
    `begin` and the act at `act`, a draft counting only in the act's own conjunct."""
    return any(not _draft_of_earlier_conjunct(shadow, m, act)
               for m in pattern.finditer(shadow, begin, act))  # fmt: skip


def _draft_of_earlier_conjunct(shadow: str, m: re.Match[str], act: int) -> bool:
    """Whether `m` is a draft ("dự thảo") that a conjunct before the act's passed
    (`_NEXT_CONJUNCT` between them)."""
    return m.group() == "du thao" and _NEXT_CONJUNCT.search(shadow, m.end(), act) is not None


def _adopting_body(text: str, shadow: str, clause_start: int,
                   verb: int) -> tuple[str, int] | None:  # fmt: skip
    """The committee or council that adopts by "thông qua" in its clause ("Kỳ họp thứ 2 HĐND
    xã An Nông thông qua …": HĐND xã An Nông), after a session's name if the clause opens
    with one; None for anyone else (a chairman's working meeting, a place)."""
    at = _skip_space(shadow, clause_start)
    session = _SESSION_PREFIX.match(shadow, at)
    acting = actor_at(text, shadow, session.end() if session else at, verb)
    if acting is None or _working_words(shadow, acting[1], verb, _WORKING_MEETING):
        return None
    return acting if _COLLEGIAL.match(shadow, acting[1]) else None


# A committee holding its numbered plenum: "Thị ủy Ninh Hòa (Khánh Hòa) tổ chức hội nghị lần
# thứ 15", "tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 42".
_PLENUM_HELD = re.compile(
    r"(?<![a-z])(?:to\s+chuc|tien\s+hanh|hop)\s+hoi\s+nghi"
    r"(?:\s+(?P<executive>ban\s+chap\s+hanh|bch)(?:\s+[^,.;:\n]{0,40}?)?)?"
    r"\s+lan\s+thu\s+[a-z0-9]+(?![a-z])"
)
# The conference alone as the clause's subject: "Hội nghị còn", "Đồng thời, hội nghị cũng".
_CONFERENCE_SUBJECT = re.compile(
    r"[ \t]*(?:dong\s+thoi\s*,\s*)?hoi\s+nghi(?:\s+(?:cung|con|da|tiep\s+tuc))*\s+"
)


def _plenum_adopting(text: str, shadow: str, start: int, clause_start: int,
                     act: re.Match[str]) -> tuple[str, int] | None:  # fmt: skip
    """The committee whose numbered plenum the lead says it held, when the clause that adopts
    has the conference alone as its subject ("Ngày 3-10, Thị ủy Ninh Hòa (Khánh Hòa) tổ chức
    hội nghị lần thứ 15 ….\nHội nghị còn thông qua báo cáo …"): a committee adopts at its own
    session. None for a meeting with no number (a working, a deploying or a study meeting), a
    body that is no committee, or a working meeting's words or a time to come in the
    sentence."""
    # (the subject up to the act: "Hội nghị cũng đã thông qua …", the act's "đã" its own)
    if _CONFERENCE_SUBJECT.fullmatch(shadow, clause_start, act.start()) is None:
        return None
    sentence = _clause_start(shadow, start, act.start(), ".\n")
    if _working_words(shadow, sentence, act.start(), _WORKING_MEETING) or _TO_COME.search(
        shadow, sentence, act.start()
    ):
        return None
    found = None
    for held in _PLENUM_HELD.finditer(shadow, start, clause_start):
        acting = actor_at(text, shadow, _clause_start(shadow, start, held.start()), held.start())
        # (any organisation's executive committee at its numbered plenum: "Hội Liên hiệp phụ
        # nữ (LHPN) xã Lộc Hưng tổ chức Hội nghị Ban Chấp hành lần thứ nhất …")
        if acting is not None and (_COLLEGIAL.match(shadow, acting[1]) or held.group("executive")):
            found = acting
    return found

# Who votes at a Party congress: the congress itself or its delegates
# ("Đại hội cũng thông qua Nghị quyết Đại hội …", "các đại biểu đã biểu quyết thông qua …").
_ASSEMBLY_SUBJECT = re.compile(r"(?<![a-z])(?:dai\s+hoi|dai\s+bieu)(?![a-z])")
# The Party organisation whose congress it is: "Đảng bộ huyện Tân Phú Đông", "Đảng bộ Quận
# 11" (a unit word after it). (Not a council's delegates: whether a session's votes issue its
# resolutions is told by the session's name, see `_adopting_body`.)
_ASSEMBLY_BODY = re.compile(
    r"(?<![a-z])(?:dang\s+bo"
    # a mass organisation's congress votes its resolution too: "Đại hội Đại biểu Đoàn TNCS Hồ
    # Chí Minh tỉnh Vĩnh Long lần thứ IX …. Đồng thời Đại hội đã biểu quyết thông qua Nghị
    # quyết Đại hội", "Đại hội đại biểu Hội Nông dân huyện …"
    r"|doan\s+tncs\s+ho\s+chi\s+minh|hoi\s+(?:lien\s+hiep\s+phu\s+nu|nong\s+dan|cuu\s+chien\s+binh)"
    r"|lien\s+doan\s+lao\s+dong)\s+"
    r"(?=(?:tinh|thanh\s+pho|tp|huyen|quan|thi\s+xa|xa|phuong|thi\s+tran|dac\s+khu)(?![a-z]))"
    # a national one: "… Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam khoá XIII"
    r"|(?<![a-z])(?=hoi\s+(?:lien\s+hiep\s+phu\s+nu|nong\s+dan|cuu\s+chien\s+binh)\s+viet\s+nam"
    r"(?![a-z]))"
    # a province's agency's Party organisation: "Đảng bộ Sở Thông tin và Truyền thông", "Đảng
    # bộ Công an tỉnh" (its name read by `_agency_name`)
    r"|(?<![a-z])(?P<agency>dang\s+bo)\s+(?=(?:so|cong\s+an|quan\s+su|bo\s+chi\s+huy)\s)"
    # the Party's national congress, or a national mass organisation's: "… thông qua Nghị quyết
    # Đại hội lần thứ XI của Đảng", "Đại hội đại biểu toàn quốc Đoàn TNCS Hồ Chí Minh"
    r"|(?<![a-z])(?=dai\s+hoi(?:\s+[a-z]+){0,4}?\s+toan\s+quoc(?![a-z])"
    r"|dai\s+hoi\s+(?:lan\s+thu\s+)?[ivxl]+\s+cua\s+dang(?![a-z])(?!\s+bo))"
)
# The congress a resolution names: "Nghị quyết Đại hội đại biểu Đảng bộ huyện Võ Nhai lần thứ
# XXII", "Nghị quyết của Đại hội".
_CONGRESS_AFTER = re.compile(r"\s+(?:cua\s+)?(?=dai\s+hoi(?![a-z]))")
_NAME_END = re.compile(r"[,.;:\n()]|\s(?:voi|ve|nham|gom|da|vua|la)\s")
_ASSEMBLY_NAME_MAX = 80


# Words that join an agency's name: "Sở Lao động - Thương binh và Xã hội".
_NAME_JOINS = frozenset({"và", "-", "–", "&"})
_UNIT_WORDS = frozenset({"tỉnh", "thành", "phố", "TP"})
# Words that follow a name and are no part of it: "… tỉnh Nghệ An lần thứ XXV", "… khóa V".
_AFTER_NAME = frozenset({"lần", "khóa", "khoá", "nhiệm", "đã", "vừa", "tổ", "năm"})


def _agency_name(text: str, start: int) -> str:
    """An agency's Party organisation's name from `start`: its capitalised words, each maybe
    followed by one in lower case ("Thông tin", "Giáo dục"), joined by "và" or a dash, and a
    province after it; it stops at the second word in lower case in a row or a stop ("Đảng bộ
    Sở Thông tin và Truyền thông nỗ lực xây dựng thành phố thông minh": Đảng bộ Sở Thông tin
    và Truyền thông)."""
    words: list[str] = []
    lower_run = 0
    for m in re.finditer(r"[^\s,.;:()]+|[,.;:()\n]", text[start : start + _ASSEMBLY_NAME_MAX]):
        word = m.group()
        if (not word[0].isalpha() and word not in _NAME_JOINS) or word.lower() in _AFTER_NAME:
            break
        # (a unit word may bring its place: "Đảng bộ Sở Giáo dục và Đào tạo tỉnh Quảng Nam")
        if word[0].isupper() or word in _NAME_JOINS or word in _UNIT_WORDS:
            lower_run = 0
        else:
            lower_run += 1
            if lower_run > 1:
                break
        words.append(word)
    while words and words[-1] in _NAME_JOINS:
        words.pop()
    return " ".join(words)


# A session's agenda listed before its items: "Phiên chính thức Đại hội diễn ra trong 2 ngày …
# với các nội dung: thảo luận …; thông qua Nghị quyết Đại hội …" (what it will do).
_AGENDA = re.compile(r"(?<![a-z])(?:voi\s+)?cac\s+noi\s+dung(?:\s+chinh)?\s*:")
_DONE = re.compile(r"(?<![a-z])da(?![a-z])")


def _agenda_item(shadow: str, sentence: int, act: int) -> bool:
    """Whether the act is an item of an agenda the sentence lists, not told as done."""
    agenda = _AGENDA.search(shadow, sentence, act)
    return agenda is not None and _DONE.search(shadow, sentence, act) is None


def _assembly_adopting(text: str, shadow: str, start: int,
                       act: re.Match[str]) -> tuple[str, int] | None:  # fmt: skip
    """The Party congress that adopts at its session what the sentence says its delegates or
    the congress passed (no committee named as the subject): the Party organisation the
    resolution's name holds ("… thông qua Nghị quyết Đại hội đại biểu Đảng bộ huyện Võ Nhai
    lần thứ XXII"), else the one the sentence names ("Đại hội đại biểu Đảng bộ thị xã Cửa Lò
    khóa VI đã bế mạc và thông qua Nghị quyết …"), else the one the page names first, its
    congress's headline
    ("Bế mạc Đại hội đại biểu Đảng bộ huyện Tân Phú Đông …\n … Đại hội cũng thông qua Nghị
    quyết Đại hội …"). None where no congress or delegates vote, what they pass is no
    resolution (the session's rules and agenda), or a working meeting's words stand in the
    sentence (a draft, opinions)."""
    if not act.group("word").startswith("nghi quyet"):
        return None  # "Đại hội đã thông qua Quy chế, Chương trình làm việc": the session's own
    sentence = _clause_start(shadow, start, act.start(), ".\n")
    if _ASSEMBLY_SUBJECT.search(shadow, sentence, act.start()) is None:
        return None
    if _WORKING_MEETING.search(shadow, sentence, act.start()):
        return None
    if _agenda_item(shadow, sentence, act.start()):
        return None
    named = _CONGRESS_AFTER.match(shadow, act.end("word"))
    spans = [(named.end(), named.end() + _ASSEMBLY_NAME_MAX)] if named else []
    spans += [(sentence, act.start()), (start, act.start())]
    for lo, hi in spans:
        for body in _ASSEMBLY_BODY.finditer(shadow, lo, min(hi, len(shadow))):
            if body.group("agency"):
                name = _agency_name(text, body.start())
            else:
                cut = _NAME_END.search(shadow, body.end(), body.end() + _ASSEMBLY_NAME_MAX)
                name = " ".join(text[body.start() : cut.start() if cut else body.end()].split())
            if body_level(name)[0] is not Level.UNKNOWN:
                return name, body.start()
    return None


# A People's Council's session, or its delegates, voting in the sentence: "Kỳ họp ban hành 04
# Nghị quyết", "các đại biểu dự kỳ họp … thống nhất biểu quyết thông qua 03 nghị quyết".
_COUNCIL_SUBJECT = re.compile(
    r"(?<![a-z])(?:ky\s+hop|dai\s+bieu|hdnd|hoi\s+dong\s+nhan\s+dan)(?![a-z])"
)
_COUNCIL_SESSION = re.compile(r"(?<![a-z])ky\s+hop(?![a-z])")  # (a congress holds no "kỳ họp")
# A People's Council named with its unit: "HĐND thị trấn Trà Lĩnh", "Hội đồng nhân dân (HĐND)
# xã", "HĐND lâm thời phường An Hải".
_COUNCIL = re.compile(
    r"(?<![a-z])(?:hdnd|hoi\s+dong\s+nhan\s+dan)(?:\s*\(hdnd\))?(?:\s+lam\s+thoi)?\s+"
    r"(?:tinh|thanh\s+pho|tp|huyen|quan|thi\s+xa|xa|phuong|thi\s+tran|dac\s+khu)(?![a-z])"
)
# A person's title or a part of the council before its name: "Chủ tịch HĐND xã", "Phó Trưởng
# ban Pháp chế HĐND huyện Chợ Mới", "28/29 vị đại biểu HĐND xã", "Thường trực HĐND huyện".
_COUNCIL_MEMBER = re.compile(
    r"(?<![a-z])(?:chu\s+tich|truong\s+ban|ban\s+[a-z]+(?:\s+[a-z]+)?|dai\s+bieu"
    r"|uy\s+vien|thuong\s+truc|to)\s*$"
)
_COUNCIL_NAME_END = re.compile(
    r"[,.;:\n(]|\s(?:khoa|nhiem\s+ky|to\s+chuc|tien\s+hanh|da|vua|de|lan\s+thu|ky\s+hop"
    r"|thao\s+luan|thong\s+qua|ban\s+hanh|lay|bieu\s+quyet)(?![a-z])"
)
_MEMBER_SCAN = 40
# The session opening its sentence as the subject: "Kỳ họp đã …", "Kỳ họp thứ 3 cũng …".
# (or its discussion, then the agreement that is its vote: "Kỳ họp tập trung thảo luận, thống
# nhất thông qua 4 dự thảo nghị quyết gồm: …", baotuyenquang.com.vn, retired batch t)
_SESSION_SUBJECT = re.compile(
    r"[ \t]*(?P<session>ky\s+hop)(?:\s+thu\s+[a-z0-9]+)?\s+(?:da|cung"
    r"|(?:tap\s+trung\s+)?thao\s+luan\s*(?:,|va)\s*(?:thong\s+nhat|nhat\s+tri))\s"
)
# The session's delegates as the subject: "Tại kỳ họp lần này, các đại biểu cũng đã …".
_SESSION_DELEGATES = re.compile(
    r"[ \t]*(?:tai|trong)\s+(?P<session>ky\s+hop)(?:\s+(?:nay|lan\s+nay|thu\s+[a-z0-9]+))?"
    r"\s*,?\s+(?:cac\s+)?(?:vi\s+)?dai\s+bieu(?![a-z])"
)


def _council_adopting(text: str, shadow: str, start: int,
                      act: re.Match[str]) -> tuple[str, int] | None:  # fmt: skip
    """The People's Council whose session adopts the resolutions the sentence says the session
    or its delegates passed or issued ("Với tinh thần …, Kỳ họp thứ 2 HĐND thị trấn Trà Lĩnh,
    nhiệm kỳ 2021 – 2026 đã thông qua 3 Nghị quyết", "Sau khi thảo luận tại kỳ họp các đại
    biểu đã biểu quyết nhất trí cao thông qua Nghị Quyết về …"): the council the lead names
    last before the act, not one in a person's title ("Chủ tịch HĐND xã"). None where the
    page holds no council session, what is passed is no resolution, or a working meeting's
    words stand in the sentence (a draft, opinions)."""
    if not act.group("word").startswith("nghi quyet"):
        return None
    if not (_passes(act) or act.group("verb").endswith("ban hanh")):
        return None
    sentence = _clause_start(shadow, start, act.start(), ".\n")
    if _COUNCIL_SUBJECT.search(shadow, _subject_sentence(shadow, start, sentence),
                               act.start()) is None:  # fmt: skip
        return None
    if _working_words(shadow, _after_last_vote(shadow, sentence, act.start()), act.start(),
                      _WORKING_MEETING):  # fmt: skip
        return None
    if _TO_COME.search(shadow, sentence, act.start()):
        return None  # "… chương trình kỳ họp sẽ đánh giá …; ban hành nghị quyết …": not yet
    if _COUNCIL_SESSION.search(shadow, start, act.start()) is None:
        return None
    found = None
    for council in _COUNCIL.finditer(shadow, start, act.start()):
        if _COUNCIL_MEMBER.search(shadow, max(start, council.start() - _MEMBER_SCAN),
                                  council.start()):  # fmt: skip
            continue
        cut = _COUNCIL_NAME_END.search(shadow, council.end(),
                                       council.end() + _ASSEMBLY_NAME_MAX)  # fmt: skip
        name = " ".join(text[council.start() : cut.start() if cut else council.end()].split())
        found = name, council.start()
    if found is None:
        # "Kỳ họp đã biểu quyết thông qua các nghị quyết chuyên đề": the session itself, its
        # council not named with its unit
        own = _SESSION_SUBJECT.match(shadow, sentence) or _SESSION_DELEGATES.match(shadow, sentence)
        if own is not None:
            found = text[own.start("session") : own.end("session")], own.start("session")
    return found


# A vote told in the sentence: what the council discussed or gave opinions on before it is the
# debate the vote closes ("Tại kỳ họp, HĐND quận đã tiến hành xem xét, cho ý kiến, 100% đại
# biểu đã biểu quyết thống nhất thông qua 4 nghị quyết", kinhtedothi.vn, HĐND quận Nam Từ Liêm).
_VOTE = re.compile(r"(?<![a-z])bieu\s+quyet(?![a-z])")
# An agreement right before "thông qua" that is the vote itself: "Kỳ họp tập trung thảo luận,
# thống nhất thông qua 4 dự thảo nghị quyết gồm: …" (baotuyenquang.com.vn, HĐND huyện Na Hang,
# retired batch t), "… nhất trí cao thông qua …"; not the passive of a presenting ("các đại
# biểu được UBND huyện thông qua tờ trình về …").
_AGREED_BEFORE = re.compile(r"(?<![a-z])(?:thong\s+nhat|nhat\s+tri(?:\s+cao)?)\s+$")
_AGREED_REACH = 20


def _vote_told(shadow: str, clause_start: int, act: int) -> bool:
    """Whether the clause up to the act ("thông qua") tells a vote: "biểu quyết" in it, or an
    agreement right before the act ("thống nhất thông qua", "nhất trí thông qua")."""
    return bool(_VOTE.search(shadow, clause_start, act)
                or _AGREED_BEFORE.search(shadow[max(clause_start, act - _AGREED_REACH) : act]))


def _after_last_vote(shadow: str, sentence: int, act: int) -> int:
    """Where a working meeting's words still count before the act: after the sentence's last
    vote ("biểu quyết") if it holds one, else from the sentence's start."""
    ends = [vote.end() for vote in _VOTE.finditer(shadow, sentence, act)]
    if not ends and _AGREED_BEFORE.search(shadow[max(sentence, act - _AGREED_REACH) : act]):
        # "Kỳ họp tập trung thảo luận, thống nhất thông qua …": the agreement is the vote
        return act
    return ends[-1] if ends else sentence


# A sentence that goes on with the previous one's subject: "… các đại biểu HĐND xã Thọ Lập đã
# thảo luận … dự thảo Nghị quyết. Đồng thời biểu quyết thông qua các tờ trình, Nghị quyết …".
_GOES_ON = re.compile(r"[ \t]*dong\s+thoi(?![a-z])")


def _subject_sentence(shadow: str, start: int, sentence: int) -> int:
    """Where the subject of the sentence at `sentence` is told: the previous sentence's start
    when it opens with "Đồng thời", which carries that subject on; else its own start."""
    if sentence <= start or not _GOES_ON.match(shadow, sentence):
        return sentence
    return _clause_start(shadow, start, sentence - 1, ".\n")


# The lead's sentence that holds a session: "Sáng ngày 14/11/2025, Hội đồng nhân dân (HĐND)
# xã Mỹ Hòa Hưng … tổ chức Kỳ họp thứ 4", "Chiều ngày 14/9/2023, … đã diễn ra kỳ họp thứ mười".
_SESSION_HELD = re.compile(
    r"(?<![a-z])(?:to\s+chuc|tien\s+hanh|dien\s+ra|khai\s+mac|be\s+mac)(?:\s+thanh\s+cong)?"
    # (a review conference named by its act: "Ngày 25/6/2022, Ủy ban Mặt trận Tổ quốc xã Vũ
    # Muộn tổ chức sơ kết công tác 6 tháng đầu năm", vumuon.bachthong.gov.vn)
    r"\s+(?:ky\s+hop|hoi\s+nghi|phien\s+hop|so\s+ket|tong\s+ket)(?![a-z])"
)


# A vote or a past act right before "thông qua": "biểu quyết thống nhất thông qua", "đã nhất
# trí thông qua".
_VOTED_BEFORE = re.compile(
    r"(?:(?<![a-z])bieu\s+quyet|(?<![a-z])da|(?<![a-z])xem\s+xet\s*,?"
    # "Tại kỳ họp, HĐND huyện Vĩnh Linh tập trung thảo luận để đi đến thống nhất và thông qua
    # các Nghị quyết quan trọng" (vinhlinh.quangtri.gov.vn): discussed, then voted
    r"|(?<![a-z])thao\s+luan(?:\s+de\s+di\s+den\s+thong\s+nhat)?\s+va)"
    r"(?:\s+(?:thong\s+nhat|nhat\s+tri(?:\s+cao)?))?\s+$"
)
# A purpose or a draft in the sentence: "tổ chức kỳ họp để xem xét, thông qua …", "dự thảo".
_NOT_VOTED_YET = re.compile(r"(?<![a-z])(?:de|nham|du\s+thao)(?![a-z])")
_VOTED_REACH = 40
_OF_THE_SESSION = re.compile(r"\s+cua\s+ky\s+hop(?![a-z])")


# A document's number (and date), then "của" and the body that issued it: "Nghị quyết số
# 74/NQ-CP ngày 07/4/2025 của Chính phủ".
_NUMBERED_OF = re.compile(
    r"\s+(?:so\s*:?\s*)?\d+[a-z]?\s*[-–/][^\s,;]*"
    r"(?:\s*,?\s*ngay\s+\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4})?\s*,?\s+cua\s+"
)
# Where the issuer's name after "của" ends: a stop, or its document's subject.
_ISSUER_END = re.compile(r"[,;.:\n()]|\s(?:ve|tai|nham|theo|quy\s+dinh|ban\s+hanh)\s")


def _adopts_anothers(text: str, shadow: str, act: re.Match[str], acting: tuple[str, int]) -> bool:
    """Whether what a body or session "thông qua" is numbered as another level's document:
    "Tại kỳ họp, UBND xã Hiền Lương đã Thông qua Nghị quyết số 74/NQ-CP ngày 07/4/2025 của
    Chính phủ …" (a commune's session hears the Government's resolution read out; it adopts
    none of its own). A body adopts its own texts, of its own level."""
    of = _NUMBERED_OF.match(shadow, act.end("word"))
    if of is None or _BODY_START.match(shadow, of.end()) is None:
        return False
    stop = _ISSUER_END.search(shadow, of.end(), min(len(shadow), of.end() + _ACTOR_MAX))
    issuer = " ".join(text[of.end() : stop.start() if stop else of.end() + _ACTOR_MAX].split())
    level = body_level(issuer)[0]
    return level is not Level.UNKNOWN and level is not body_level(acting[0])[0]


# A headline whose subject is a numbered session: "KỲ HỌP THỨ 17 HĐND XÃ SƠN THỦY KHOÁ XX, …
# THÔNG QUA NHIỀU NGHỊ QUYẾT QUAN TRỌNG." (a commune portal's item): the session was held.
_NUMBERED_SESSION = re.compile(
    r"(?:ky\s+hop|hoi\s+nghi|phien\s+hop)\s+(?:lan\s+)?thu\s+[a-z0-9]+(?![a-z])"
)


# "thảo luận để đi đến thống nhất và thông qua các Nghị quyết …": the discussion's outcome,
# then the vote, not a purpose still to be met (vinhlinh.quangtri.gov.vn).
_REACHES_AGREEMENT = re.compile(r"\s+di\s+den\s+thong\s+nhat(?![a-z])")
_AT_THE_SESSION = re.compile(r"(?<![a-z])tai\s+ky\s+hop(?![a-z])")


# A session's past act that the sentence opens with, carried on to its last conjunct: "Kỳ họp
# đã thông qua các tờ trình giới thiệu nhân sự, tiến hành bầu cử và thông qua các nghị quyết
# xác nhận kết quả bầu cử …" (thapmuoi.dongthap.gov.vn, HĐND xã Tân Kiều, retired blind batch
# ab; the same words on vanlang.langson.gov.vn, HĐND xã Nhạc Kỳ) (shadow text).
_SESSION_PAST = re.compile(r"\s*ky\s+hop(?:\s+thu\s+[a-z0-9]+)?\s+(?:cung\s+)?da\s")
_LAST_CONJUNCT = re.compile(r"[^.;:\n]\s+va\s+$")
_CONJUNCT_REACH = 8


def _past_session_conjunct(shadow: str, sentence: int, act: int) -> re.Match[str] | None:
    """The conjunction before the act ("thông qua") where it is the last conjunct of a sentence
    that opens with the session's past act (`_SESSION_PAST`), else None."""
    if _SESSION_PAST.match(shadow, sentence) is None:
        return None
    return _LAST_CONJUNCT.search(shadow, max(sentence, act - _CONJUNCT_REACH), act)


def _voted_through(text: str, shadow: str, start: int, act: re.Match[str]) -> bool:
    """Whether "thông qua các nghị quyết" tells a vote held: a vote, a past word or the
    council's consideration right before it ("các đại biểu HĐND xã … biểu quyết thống nhất
    thông qua các Nghị quyết về …", "Kỳ họp lần này, HĐND huyện Nông Sơn xem xét thông qua các
    nghị quyết về …"), a headline's session held ("• Hội đồng nhân dân tỉnh khóa X tổ chức kỳ
    họp bất thường, thông qua các nghị quyết …"), or the resolutions named as the session's
    ("… thảo luận, thông qua các nghị quyết của kỳ họp"); nothing to come, no purpose and no
    draft in the sentence ("Kỳ họp sẽ thông qua các nghị quyết", "tổ chức kỳ họp để xem xét,
    thông qua các nghị quyết", "thông qua các dự thảo …")."""
    sentence = _clause_start(shadow, start, act.start(), ".\n")
    held = act.start() <= _first_line_end(shadow, start) and _SESSION_HELD.search(
        shadow, sentence, act.start()
    )  # a headline: "• Hội đồng nhân dân tỉnh … tổ chức kỳ họp bất thường, thông qua các …"
    held = held or _OF_THE_SESSION.match(shadow, act.end())  # "… các nghị quyết của kỳ họp"
    held = held or _past_session_conjunct(shadow, sentence, act.start())
    headline_end = _first_line_end(shadow, start)
    held = held or (act.start() <= headline_end and (
        _NUMBERED_SESSION.match(shadow, _skip_space(shadow, sentence))
        # "HĐND xã Đồng Lương thông qua nhiều nghị quyết quan trọng tại Kỳ họp thường lệ cuối
        # năm 2025": the headline places the vote at a session
        or _AT_THE_SESSION.search(shadow, act.end(), headline_end)))
    if not held and not _VOTED_BEFORE.search(
        shadow[max(sentence, act.start() - _VOTED_REACH) : act.start()]
    ):
        return False
    if _TO_COME.search(shadow, sentence, act.start()):
        return False
    # ("để" only as written: the shadow folds "chuyên đề", a session's name, to the same "de")
    return not any(
        (m.group() != "de" or text[m.start() : m.end()].lower() == "để")
        and not _draft_of_earlier_conjunct(shadow, m, act.start())
        and not _REACHES_AGREEMENT.match(shadow, m.end())
        for m in _NOT_VOTED_YET.finditer(shadow, sentence, act.start())
    )


# A People's Council as the adopting body's name: "HĐND huyện Nông Sơn", "Hội đồng nhân dân xã".
_COUNCIL_BODY = re.compile(r"(?:hdnd|hoi\s+dong\s+nhan\s+dan)(?![a-z])")


def _council_passes_drafts(shadow: str, start: int, act: re.Match[str],
                           acting: tuple[str, int]) -> bool:  # fmt: skip
    """Whether the drafts the act passes ("thông qua các tờ trình, dự thảo nghị quyết …") are
    a council's own resolutions voted at its session: the body is a People's Council or its
    session ("Kỳ họp đã thông qua …"), the page holds a session before the act, and nothing
    is still to come in the sentence. A working meeting or any other body that passes a
    draft issues nothing yet."""
    if _COUNCIL_BODY.match(shadow, acting[1]) is None and _COUNCIL_SESSION.match(
        shadow, acting[1]
    ) is None:
        return False
    if _COUNCIL_SESSION.search(shadow, start, act.start()) is None:
        return False
    return _TO_COME.search(shadow, _clause_start(shadow, start, act.start(), ".\n"),
                           act.start()) is None  # fmt: skip


def _adopted_at_session(act: re.Match[str], council: tuple[str, int] | None) -> bool:
    """Whether the reported act is what a session adopts ("… thông qua 4 nghị quyết", a
    council's "Kỳ họp ban hành 04 Nghị quyết", "HĐND xã đã thảo luận và biểu quyết thông qua
    Tờ trình về việc Ban hành Quy chế làm việc …"): it bears the session's day."""
    return council is not None or _passes(act)


def _passes(act: re.Match[str]) -> bool:
    """Whether the reported act is a vote that passes ("thông qua", "đã thông qua", "thông qua
    các báo cáo, tờ trình, Nghị quyết …")."""
    return act.group("adopts") is not None or act.group("verb").endswith("thong qua")


# A congress held in the lead, "Ngày 11-8, Đảng bộ xã Đak Pơ long trọng tổ chức Đại hội đại
# biểu xã lần thứ I", or closed, "sáng 19-1-2011, Đại hội lần thứ XI của Đảng đã bế mạc" (its
# resolution is voted at the close).
_CONGRESS_HELD = re.compile(
    r"(?<![a-z])(?:to\s+chuc(?:\s+thanh\s+cong)?\s+dai\s+hoi"
    r"|dai\s+hoi[^.;\n]{0,60}?\s(?:da\s+)?be\s+mac)(?![a-z])"
)


def _session_date(shadow: str, start: int, end: int, congress: bool = False) -> date | None:
    """The day of the session the lead tells of, from the sentence that holds it (or of the
    congress, for a congress's vote)."""
    held_at = _CONGRESS_HELD if congress else _SESSION_HELD
    for held in held_at.finditer(shadow, start, end):
        clause = _clause_start(shadow, start, held.start(), ".\n")
        found = _lead_date(shadow, clause, held.start()) or _dated_by_named_year(
            shadow, clause, held.start(), held.end())
        if found is not None:
            return found
    return None


# Words before "triển khai" that make it a meeting's or a study session's act: "tổ chức
# hội nghị", "học tập, quán triệt và", "tuyên truyền,".
# ("Ban Tổ chức Tỉnh ủy triển khai …" names a body.) A plan or a programme a meeting deploys
# may be the acting body's own, just issued ("Đảng ủy phường … tổ chức hội nghị triển khai Kế
# hoạch … Kế hoạch số 62-KH/ĐU, ngày 05/7/2022 của Đảng ủy phường"): those still report.
_MEETING_DEPLOYS = re.compile(
    r"(?<![a-z])(?:hoi\s+nghi|quan\s+triet|hoc\s+tap|tuyen\s+truyen|pho\s+bien"
    # a working session a leader chairs: "Chủ tịch UBND Quận chủ trì phiên họp … triển khai"
    r"|phien\s+hop|cuoc\s+hop|buoi\s+lam\s+viec|chu\s+tri"
    r"|(?<!ban\s)to\s+chuc)(?![a-z])"
)

# The sentence after a deployment that tells a meeting: its attendance ("Tham dự hội nghị có
# …", "… cùng ban ngành đoàn thể xã ấp đến tham dự", "Đến dự có …") (shadow text).
_MEETING_ATTENDED = re.compile(
    r"(?<![a-z])(?:tham\s+du|den\s+du|du\s+hoi\s+nghi|chu\s+tri|cuoc\s+hop)(?![a-z])"
)
_ORGANISES_DEPLOYING = re.compile(r"to\s+chuc\s+$")  # "tổ chức triển khai", nothing between
_MEETING_NAMED = re.compile(r"(?<![a-z])(?:tham\s+du|den\s+du|du)\s+hoi\s+nghi(?![a-z])")


def _deploying_meeting(shadow: str, acting: int, act: re.Match[str], end: int) -> bool:
    """Whether the body acting at `acting` deploys the text at `act` at a meeting: its
    sentence names one ("tổ chức Hội nghị … triển khai", "chủ trì phiên họp … triển khai"),
    or it "tổ chức triển khai" and the next sentence tells who attended ("… tổ chức triển
    khai Kế hoạch …. Ông … cùng ban ngành đoàn thể xã ấp đến tham dự"), or the next sentence
    names the meeting ("… triển khai Kế hoạch tổ chức … Tham dự hội nghị có …"). A body that
    "đã tổ chức triển khai kế hoạch hoạt động hè" with nothing more deploys its own plan."""
    meeting = list(_MEETING_DEPLOYS.finditer(shadow, acting, act.start()))
    sentence_end = _sentence_end(shadow, act.end(), end)
    after = _sentence_end(shadow, min(len(shadow), sentence_end + 1), min(len(shadow), end + 400))
    if any(not _organises_deploying(shadow, w, act) for w in meeting):
        return True  # (also "tổ chức họp triển khai", "tổ chức hội nghị trực tuyến triển khai")
    if meeting:  # only "tổ chức triển khai": a meeting where the next sentence tells one
        return _MEETING_ATTENDED.search(shadow, sentence_end, after) is not None
    return _MEETING_NAMED.search(shadow, sentence_end, after) is not None


def _organises_deploying(shadow: str, word: re.Match[str], act: re.Match[str]) -> bool:
    """Whether a meeting word is the "tổ chức" of "tổ chức triển khai" right before the act."""
    return _ORGANISES_DEPLOYING.match(shadow, word.start(), act.start()) is not None
# A plan made as one task among others, named by no title: "UBND huyện đã xây dựng kế hoạch
# tổ chức; lịch tổ chức …" (a document's name runs on after its type word: "xây dựng Kế
# hoạch tổ chức Hội trại …").
_UNTITLED_PLAN = re.compile(r"(?:\s+to\s+chuc)?[ \t]*[,;]")


def _untitled_plan_made(shadow: str, verb: str, word: str, word_end: int) -> bool:
    """Whether the act makes ("xây dựng") a plan the text gives no title: work told, not a
    document issued."""
    return (verb.endswith("xay dung") and word == "ke hoach"
            and _UNTITLED_PLAN.match(shadow, word_end) is not None)
# ... and only where the page numbers a plan ("Hội nghị đã triển khai Kế hoạch số 62-KH/ĐU"):
# "hội nghị quán triệt và triển khai chương trình hành động thực hiện Nghị quyết 20" names none
_NUMBERED_LATER = re.compile(
    r"(?<![a-z])(?:ke\s+hoach|chuong\s+trinh|huong\s+dan|de\s+an|phuong\s+an)"
    r"(?:\s+hanh\s+dong)?\s+so\s*:?\s*\d"
)
# A State body (a People's Committee or Council, or its chairman) issues State codes only: a
# Party plan ("Kế hoạch số 211-KH/QU", hyphen first) that its meeting deploys is not its own.
_STATE_BODY = re.compile(
    r"(?<![a-z])(?:ubnd|uy\s+ban\s+nhan\s+dan|hdnd|hoi\s+dong\s+nhan\s+dan)(?![a-z])"
)
_PARTY_NUMBER = re.compile(r"\d+[a-z]?\s*[-–]\s*[a-z]")


def _own_numbered_plan(shadow: str, acting: tuple[str, int], start: int, end: int) -> bool:
    """Whether the lead numbers a plan the acting body may have issued itself ("Đảng ủy
    phường … tổ chức hội nghị triển khai Kế hoạch … Kế hoạch số 62-KH/ĐU …"): not a Party plan
    deployed by a State body's meeting ("Chủ tịch UBND Quận chủ trì phiên họp … triển khai
    … Kế hoạch số 211-KH/QU")."""
    numbered = _NUMBERED_LATER.search(shadow, start, end)
    if numbered is None:
        return False
    party = _PARTY_NUMBER.match(shadow, numbered.end() - 1) is not None
    return not (party and _STATE_BODY.search(shadow_of(acting[0])))

# A session named by its ordinal, in digits or roman numerals: "Kỳ họp thứ 10", "kỳ họp thứ
# VII" (shadow text).
_SESSION_ORDINAL = re.compile(r"(?<![a-z])ky\s+hop\s+thu\s+(?P<n>\d{1,2}|[ivxl]{1,6})(?![a-z\d])")
# A sentence that opens at a session: "Tại Kỳ họp thứ 7, …".
_AT_SESSION = re.compile(r"tai\s+(?=ky\s+hop\s+thu\s)")
_SESSION_LEAD_SCAN = 300  # the lead's session stands in the headline or the lead's opening


def _ordinal(word: str) -> int:
    if word.isdigit():
        return int(word)
    values = {"i": 1, "v": 5, "x": 10, "l": 50}
    total = 0
    for a, b in zip(word, word[1:] + " ", strict=True):
        value = values[a]
        total += -value if values.get(b, 0) > value else value
    return total


def _earlier_session(shadow: str, start: int, clause: int) -> bool:
    """Whether a sentence opens at a session ("Tại Kỳ họp thứ 7, …") earlier than the one the
    page's lead is about ("Tiếp tục Kỳ họp thứ 10, …"): it looks back."""
    at = _AT_SESSION.match(shadow, clause)
    if at is None:
        return False
    told = _SESSION_ORDINAL.match(shadow, at.end())
    lead = _SESSION_ORDINAL.search(shadow, start, min(clause, start + _SESSION_LEAD_SCAN))
    if told is None or lead is None:
        return False
    return _ordinal(told.group("n")) < _ordinal(lead.group("n"))


# A body's vote told by its verb: "Hội nông dân xã đã thông qua chương trình công tác …".
_PASSES_AT = re.compile(r"(?:(?:da|vua|moi)(?:\s+[a-z]+){0,2}?\s+)?thong\s+qua(?![a-z])")
# A unit word closing a body's name with no place after it ("Hội nông dân xã"): a headline
# names the body without it ("Hội nghị … Hội nông dân …").
_UNIT_CLOSING = re.compile(r"\s+(?:xa|phuong|thi\s+tran|huyen|quan|thi\s+xa|tinh|thanh\s+pho)$")


def _own_session_headline(shadow: str, first: int, line_end: int, reading: PageReading) -> bool:
    """Whether the meeting a headline names is the session of the body whose vote the lead
    reports ("Hội nghị Huyện ủy Đạ Tẻh lần thứ 21 mở rộng\nHuyện ủy Đạ Tẻh vừa tổ chức hội
    nghị Ban chấp hành … ra nghị quyết về …", "Hội nghị giao chỉ tiêu kế hoạch công tác Hội nông
    dân …\n… Tại hội nghị, Hội nông dân xã đã thông qua chương trình công tác …"): the item is
    the adoption, not its background."""
    if reading.actor is None or reading.act_start is None:
        return False
    if not reading.voted and not _PASSES_AT.match(shadow, reading.act_start):
        return False
    actor = _UNIT_CLOSING.sub("", shadow_of(reading.actor).strip())
    return len(actor) > 3 and shadow.find(actor, first, line_end) >= 0

# A headline saying a session's text has been adopted: "Nghị quyết Hội nghị BCH Trung ương Hội
# NDVN lần thứ 2 năm 2019 đã được thông qua".
_ADOPTED_HEADLINE = re.compile(
    rf"(?P<word>{TYPE_WORD_ALT})\s+(?P<session>hoi\s+nghi|ky\s+hop)(?P<name>[^.;:\n]{{3,160}}?)"
    r"\s+(?:da|vua)\s+duoc\s+(?:bieu\s+quyet\s+)?thong\s+qua[ \t]*$",
    re.MULTILINE,
)
# What ends the body's name in a session's: "… lần thứ 2 năm 2019", "… khóa VII".
_SESSION_TAIL = re.compile(r"\s+(?:lan\s+thu|khoa|nam\s+\d{4}|thu\s+\d)(?![a-z])")
# A lead's line, as a section heading, saying a council session adopted resolutions: "Các
# nghị quyết được thông qua tại kỳ họp thứ 21 HĐND tỉnh" (the council named after the session).
_ADOPTED_AT_SESSION_LINE = re.compile(
    r"^[ \t]*(?:cac\s+)?(?:\d{1,2}\s+)?(?P<word>nghi\s+quyet)\s+(?:da\s+)?duoc\s+"
    r"(?:bieu\s+quyet\s+)?thong\s+qua\s+tai\s+ky\s+hop(?P<name>[^.;:\n]{3,160}?)[ \t]*$",
    re.MULTILINE,
)


# Resolutions a council named in the passive adopted: "có 11 Nghị quyết được HĐND thành phố
# nhất trí thông qua tại kỳ họp".
_ADOPTED_BY_COUNCIL = re.compile(
    r"(?<![a-z])(?:\d{1,2}\s+)?(?P<word>nghi\s+quyet)\s+(?:da\s+)?duoc\s+"
    r"(?P<name>(?:hdnd|hoi\s+dong\s+nhan\s+dan)\s[^.;:\n]{3,60}?)\s+"
    r"(?:(?:nhat\s+tri|thong\s+nhat|bieu\s+quyet)\s+)?thong\s+qua\s+tai\s+ky\s+hop(?![a-z])"
)


def _adopted_headline_report(norm: NormalizedText, shadow: str, start: int) -> PageReading | None:
    """A headline that names a session's document as adopted ("Nghị quyết Hội nghị BCH Trung
    ương Hội NDVN lần thứ 2 năm 2019 đã được thông qua") reports it: the committee adopts a
    text at its own session; the body is the one the session is of."""
    first = _skip_space(shadow, start)
    m = _ADOPTED_HEADLINE.match(shadow, first, _first_line_end(shadow, start))
    if m is None:
        return _adopted_at_session_line(norm, shadow, start)
    name_start = _skip_space(shadow, m.end("session"))
    tail = _SESSION_TAIL.search(shadow, name_start, m.end("name"))
    body = " ".join(norm.text[name_start : tail.start() if tail else m.end("name")].split())
    actor = body if _BODY_START.match(shadow, name_start) and body[:1].isupper() else None
    if actor is None or len(actor) > _ACTOR_MAX:
        return None
    word = " ".join(m.group("word").split())
    return PageReading(REPORT, m.start(), word, m.start("word"), m.end("word"), actor)


def _adopted_at_session_line(norm: NormalizedText, shadow: str,
                             start: int) -> PageReading | None:  # fmt: skip
    """A lead line saying resolutions were adopted at a session of a council it names ("Các
    nghị quyết được thông qua tại kỳ họp thứ 21 HĐND tỉnh") reports them: the council issues
    them at its own session; several at once, so no one code is the report's."""
    lead_end = min(len(shadow), start + _LEAD_SCAN)
    m = _ADOPTED_AT_SESSION_LINE.search(shadow, start, lead_end)
    if m is None:
        # "… kỳ họp thứ 15 HĐND thành phố khóa IX đã hoàn thành …; có 11 Nghị quyết được HĐND
        # thành phố nhất trí thông qua tại kỳ họp": the council named in the passive
        m = _ADOPTED_BY_COUNCIL.search(shadow, start, lead_end)
        if m is None or _TO_COME.search(shadow, _clause_start(shadow, start, m.start(), ".\n"),
                                        m.start("name")):  # fmt: skip
            return None
    council = _COUNCIL.search(shadow, m.start("name"), m.end("name"))
    if council is None:
        return None
    cut = _COUNCIL_NAME_END.search(shadow, council.end(), m.end("name"))
    actor = " ".join(norm.text[council.start() : cut.start() if cut else m.end("name")].split())
    word = " ".join(m.group("word").split())
    return PageReading(REPORT, m.start("word"), word, m.start("word"), m.end("word"), actor,
                       several=True)  # fmt: skip
