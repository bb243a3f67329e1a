"""A page's own voice: its own statement or notice ("Ủy ban … thông báo"), its own act
("UBND xã xây dựng Kế hoạch …") and whether it stands, what its opening directs, and the actor
of its opening."""

from __future__ import annotations

import re

from ingest.bodies import body_level
from ingest.codes import Level
from ingest.find import TYPE_WORD_ALT, TYPE_WORDS_SHADOW
from ingest.page.actors import (
    _ACTOR_END,
    _LOWER_CASE_BODY,
    _PROVINCE_APPOSED,
    _actor,
)
from ingest.page.common import (
    _ACTOR_MAX,
    _BODY_START,
    _FULL_STOP,
    _HEADLINE_MAX,
    _NUMBERED,
    _SELF_STATEMENT,
    _SENTENCE_SCAN,
    _clause_start,
    _line_start,
    _sentence_end,
    _skip_space,
    past_marked_shadow,
)
from ingest.page.not_yet import (
    _NOT_YET,
    _NOT_YET_REACH,
)
from ingest.text import NormalizedText

# A document's own act in its opening: "…, Ban Thường vụ Huyện ủy xây dựng Kế hoạch …",
# "UBND tỉnh ban hành Kế hoạch thực hiện, cụ thể như sau". A text with none of these, no
# heading, no number and no signature is a page about documents, not one of them.
# Type words as PDF text glues them too ("xây dựng kếhoạch"): spaces optional.
_GLUED_TYPE_WORD_ALT = "|".join(w.replace(" ", r"\s*") for w in TYPE_WORDS_SHADOW)
_UNGLUED = {w.replace(" ", ""): w for w in TYPE_WORDS_SHADOW}
OWN_ACT = re.compile(
    # (not the act named as a noun after "trong": "lồng ghép … trong xây dựng chương trình, kế
    # hoạch")
    # (on the verbs' first letters, the look-behinds after them: see `page.common._PAST`)
    r"[xbdt](?<![a-z][xbdt])(?<!da [xbdt])(?<!vua [xbdt])(?<!moi [xbdt])(?<!trong [xbdt])"
    r"(?:(?<=x)ay\s*dung|(?<=b)an\s*hanh|(?<=d)e\s+ra|(?<=t)hong\s+nhat)\s*"
    # (the plan's name in quotes: "Trường mầm non Vân Từ xây dựng “Kế hoạch phát triển …”")
    rf"(?:[\"“]\s*)?(?P<word>{_GLUED_TYPE_WORD_ALT})(?![a-z])"
)


# A document's own statement in an opening that carries out another text: "Thực hiện Công
# văn số 49/UBND-VHTT …; UBND phường Hà Huy Tập triển khai nhiệm vụ cụ thể như sau:".
_CARRIES_OUT_OPENING = re.compile(r"[ \t]*(?:thuc\s+hien|can\s+cu|theo|de|nham)\s")
# (also "Theo đề nghị của …", a State text's proposal line)
_CARRIES_OUT_LINE = re.compile(r"(?m)^[ \t\-–+•]*(?:thuc\s+hien|can\s+cu|theo\s+de\s+nghi)\s")
_STATEMENT_VERBS = (
    r"trien\s+khai|yeu\s+cau|de\s+nghi|huong\s+dan|thong\s+bao|chi\s+dao"
    r"|to\s+chuc|xay\s+dung|co\s+y\s+kien|co\s+ket\s+luan"
    # "Ban Tuyên giáo Tỉnh ủy định hướng nội dung tuyên truyền tháng 3/2018 như sau:" (a
    # propaganda commission's monthly orientation)
    r"|dinh\s+huong(?=\s+(?:noi\s+dung|cong\s+tac))"
)
_STATEMENT_VERB = re.compile(rf"(?<![a-z])(?:{_STATEMENT_VERBS})(?![a-z])")
_OWN_STATEMENT = re.compile(
    # (the occasion may run long: "UBND tỉnh thông báo treo cờ Tổ quốc nhân kỷ niệm 44 năm Ngày
    # giải phóng miền Nam, … (30/4/1975-30/4/2019), Ngày Quốc tế lao động (1-5) và hưởng ứng sự
    # kiện Lễ hội Nho và Vang Ninh Thuận, như sau:", baoninhthuan.com.vn)
    rf"(?<![a-z])(?P<verb>{_STATEMENT_VERBS})(?![a-z])(?:(?!\n[ \t]*\n)[^.:;]){{0,240}}?"
    r"(?:(?:cu\s+the\s+)?nhu\s+sau|(?:cac\s+|mot\s+so\s+)?(?:noi\s+dung|nhiem\s+vu)"
    r"(?:\s+trong\s+tam)?\s+sau)\s*:"  # wrapped lines too ("… một số nội dung trọng tâm sau:")
    # a notice's own opening, its points below: "…, UBND thị xã thông báo:\n1. Các cơ quan …"
    r"|(?<![a-z])(?P<notice>thong\s+bao)\s*:[ \t]*\n\s*(?:1|i)\s*[.)]"
)


# The period a statement is for, opening its clause before the body: "Trong tháng 7 năm 2021, "
# (shadow text).
_PERIOD_OPENING = re.compile(
    r"(?:trong\s+)?(?:thang|quy|nam)\s+[\d/ivx]+(?:\s+nam\s+\d{4})?\s*,\s*"
)

# A notice's closing on a line its body opens: "UBND xã thông báo để các cơ quan … và toàn thể
# nhân dân trên địa bàn xã được biết./.", "Văn phòng UBND tỉnh thông báo đến quý cơ quan, đơn
# vị, tổ chức và công dân biết …" (also after "Vậy, ", or "Vậy" with no comma: "Vậy UBND phường
# thông báo đến các cá nhân, tổ chức trên địa bàn được biết …").
_NOTICE_CLOSING = re.compile(
    # (the line's marks taken whole and the body opening on a word: a line of spaces fails in
    # one pass, not by every split of the run between the marks, the body and the gap)
    r"(?m)^[ \t\-–+•]*+(?:vay\s*,?\s*)?(?P<body>[^\s.;:][^\n.;:]{2,89}?)\s+(?P<verb>thong\s+bao)"
    r"\s+(?:de|den|toi|cho)\s(?:(?!\n[ \t]*\n)[^.:;]){0,200}?(?:duoc\s+)?biet(?![a-z])"
)
_COURTESY_END = re.compile(r"\s+(?:tran\s+trong|xin)$")
# A body's courteous notice in its own voice, the body opening its line: "UBND xã Châu Pha,
# TP.HCM trân trọng thông báo!" (a commune's notice printed in a newspaper, thanhnien.vn); a
# news item tells another body's notice "vừa thông báo", "có thông báo" (shadow text).
_COURTEOUS_NOTICE = re.compile(
    r"(?<![a-z])(?:xin\s+)?tran\s+trong\s+(?P<verb>thong\s+bao)(?![a-z])"
)
_COURTEOUS_BODY = re.compile(r"[ \t\-–+•]*+[^\s.;:!?][^\n;:!?]{2,89}?\s+$")  # "TP.HCM": a dot
# An opening that names the occasion of the statement: "Nhân kỷ niệm 125 năm Ngày sinh Chủ tịch
# Hồ Chí Minh …, UBND tỉnh thông báo treo cờ Tổ quốc như sau:", "Nhân dịp Tết Nguyên đán …".
# Also a first sentence that announces the event to come: "Đại hội đại biểu Đảng bộ tỉnh Ninh
# Thuận lần thứ XIV, nhiệm kỳ 2020-2025 sẽ diễn ra từ ngày 26-10 đến ngày 28-10-2020. UBND
# tỉnh thông báo về việc treo cờ … như sau:" (baoninhthuan.com.vn).
_OCCASION_LINE = re.compile(
    r"(?m)^[ \t\-–+•]*(?:nhan\s+(?:dip|ky\s+niem)\s"
    r"|[^.\n]{10,200}?\sse\s+(?:dien\s+ra|duoc\s+to\s+chuc)\s[^\n]{0,80}?\.\s)"
)


# A body's issuing verb before the type word of the text it issues (shadow text).
_ISSUES_TEXT = re.compile(
    r"\s(?:ban\s+hanh)\s+(?=(?:ke\s+hoach|chuong\s+trinh|huong\s+dan|thong\s+bao"
    r"|quyet\s+dinh|nghi\s+quyet|chi\s+thi|cong\s+van|van\s+ban|de\s+an|phuong\s+an)"
    r"(?![a-z]))"
)


def own_statement_actor(norm: NormalizedText, start: int, end: int) -> str | None:
    """The body of an opening that states its own act: after lines that carry out or rest on
    other texts ("Thực hiện Công văn số 49/UBND-VHTT …; UBND phường Hà Huy Tập triển khai
    nhiệm vụ cụ thể như sau:", "Căn cứ …;\nỦy ban nhân dân xã Tây Sơn thông báo lịch tiếp công
    dân … như sau:"), or on a line of its own that the body opens ("Chủ tịch HĐND huyện Ngân
    Sơn … thông báo lịch tiếp công dân như sau:"); None otherwise."""
    found = own_statement(norm, start, end)
    return found[0] if found is not None else None


def own_statement(norm: NormalizedText, start: int, end: int) -> tuple[str, int] | None:
    """`own_statement_actor`'s body, with where its act ("triển khai", "có ý kiến") starts."""
    text, shadow = norm.text, norm.shadow
    for m in _OWN_STATEMENT.finditer(shadow, start, end):
        line = _line_start(shadow, start, m.start())
        carried = (
            _CARRIES_OUT_OPENING.match(shadow, start)
            or _CARRIES_OUT_LINE.search(shadow, start, line)
            or _CARRIES_OUT_LINE.match(shadow, line)  # (its own line too: "Theo đề nghị …, UBND")
            or _OCCASION_LINE.search(shadow, start, line)
            or _OCCASION_LINE.match(shadow, line)  # (its own line too)
        )
        opened_by_body = False
        if not carried:
            # the statement's clause opens with its body: at a line's start, or after a
            # semicolon ("…; Ban Tuyên giáo Huyện ủy đề nghị các địa phương … như sau:")
            clause = _clause_start(shadow, line, m.start(), ";\n")
            at = clause + len(shadow[clause : m.start()]) - len(shadow[clause : m.start()].lstrip())
            period = _PERIOD_OPENING.match(shadow, at, m.start())
            at = period.end() if period else at  # "Trong tháng 7 năm 2021, Ban Tuyên giáo …"
            opened_by_body = _BODY_START.match(shadow, at) is not None
            if not opened_by_body:
                continue
            line = clause
        floor = line if opened_by_body else start
        stop = shadow.rfind(".", floor, m.start())
        if stop >= 0 and (opened_by_body or _actor(text, shadow, floor, stop) is not None):
            # the statement is the opening's sentence, not a later one; but a first sentence
            # that only names what is carried out ("Thực hiện ý kiến chỉ đạo … tại Thông báo
            # số 2927-TB/TU ngày 4/2/2020. Sau khi nghe …, Chủ tịch UBND tỉnh … đã có kết luận
            # … như sau:") leads to the statement in the next
            continue
        breaks = ".;:\n" if opened_by_body else ".;:\n,"  # "… khóa XIX, nhiệm kỳ … thông báo"
        # the verb nearest the statement's end may be the act: "Sau khi nghe Ban Chỉ đạo cấp
        # tỉnh báo cáo, …, Chủ tịch UBND tỉnh … đã có kết luận … như sau:"
        verb_end = m.end("verb") if m.group("verb") else m.end()
        acts = [m.start()] + [v.start() for v in _STATEMENT_VERB.finditer(shadow, verb_end,
                                                                          m.end())]  # fmt: skip
        for act in acts:
            clause = _clause_start(shadow, floor, act, breaks)
            if (clause > floor and shadow[clause - 1] == ","
                    and _PROVINCE_APPOSED.fullmatch(shadow, clause, act)):  # fmt: skip
                # the province set off after the body's name, not the body: "Căn cứ … Luật Đất
                # đai năm 2024, UBND xã Đăk Rơ Wa, tỉnh Quảng Ngãi thông báo nội dung …"
                # (vtcnews.vn, retired blind batch w)
                clause = _clause_start(shadow, floor, clause - 1, breaks)
            # (the body's own issuing verb before a statement verb that names the text:
            # "…; UBND xã Tịnh Trà ban hành Kế hoạch triển khai thực hiện Nghị quyết với nội
            # dung chủ yếu như sau:", xatinhtra.sontinh.quangngai.gov.vn: the body ends there)
            issues = _ISSUES_TEXT.search(shadow, clause, act)
            actor = _actor(text, shadow, clause, issues.start() if issues else act)
            if actor is not None:
                return actor, act
    for m in _NOTICE_CLOSING.finditer(shadow, start, end):
        if _BODY_START.match(shadow, m.start("body")) is None:
            continue
        # ("Văn phòng HĐND và UBND thành phố trân trọng thông báo để …": the adverb is no name)
        courtesy = _COURTESY_END.search(shadow, m.start("body"), m.end("body"))
        body_end = courtesy.start() if courtesy else m.end("body")
        actor = _actor(text, shadow, m.start("body"), body_end)
        if actor is not None:
            return actor, m.start("verb")
    for m in _COURTEOUS_NOTICE.finditer(shadow, start, end):
        line = _line_start(shadow, start, m.start())
        if _CARRIES_OUT_OPENING.match(shadow, line):
            # its body after the text it carries out, in the same sentence: "Thực hiện Nghị định
            # số 118/2025/NĐ-CP của Chính phủ về …, UBND xã Phong Hải trân trọng thông báo:" (a
            # commune's page, retired batch t; "Thực hiện Kế hoạch số 88/KH-UBND …, xã Trung
            # Lương trân trọng thông báo và kêu gọi …", trungluong.dinhhoa.thainguyen.gov.vn)
            line = _clause_start(shadow, line, m.start(), ",;\n")
        body = _COURTEOUS_BODY.fullmatch(shadow, line, m.start())
        if (body is None or _FULL_STOP.search(shadow, line, m.start()) is not None
                or _BODY_START.match(shadow, _skip_space(shadow, line)) is None):
            continue
        actor = _actor(text, shadow, line, m.start())
        if actor is not None:
            return actor, m.start("verb")
    return None


def own_act_type_word(act: re.Match[str]) -> str:
    """The type word an `OWN_ACT` match names, in its shadow form ("ke hoach")."""
    return _UNGLUED["".join(act.group("word").split())]

_TITLE_SCAN = 400
# "Chương trình của <body> thực hiện …": the body a title line names.
_TITLE_OF = re.compile(
    # (a title opens its line: "Hội nghị quán triệt … các hướng dẫn của Trung ương, Tỉnh ủy,
    # Huyện ủy về đại hội …; chỉ thị của Trung ương về …" names others' documents mid-sentence)
    rf"(?m)^[ \t]*(?:{TYPE_WORD_ALT})(?:\s+hanh\s+dong)?\s+(?P<of>cua\s+)[^\n]{{3,120}}?"
    r"(?P<then>\s+(?:khoa\s+[ivxl]+\s+)?(?:thuc\s+hien|trien\s+khai|ve\s))"
)

# The operative formula a resolution's text opens its points with, closing its line:
# "Hội nghị lần thứ tư Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam quyết nghị:",
# "QUYẾT NGHỊ:" (a news item tells what a body "quyết nghị thông qua …", in running text).
_RESOLVES = re.compile(r"(?m)(?<![a-z])quyet\s+nghi[ \t]*:?[ \t]*$")
# … or, on a page flattened to one line, in capitals with its colon after the basis clauses:
# "… CHÍNH PHỦ Căn cứ Luật Tổ chức Chính phủ …; Trên cơ sở thảo luận … QUYẾT NGHỊ: I. Tình
# hình kinh tế - xã hội …" (a running text's "quyết nghị" is in lower case).
_RESOLVES_INLINE = re.compile(r"(?<![a-z])quyet\s+nghi\s*:")
_BASIS_BEFORE = re.compile(r"(?<![a-z])can\s+cu\s")


def _resolves_flattened(text: str, shadow: str, start: int, end: int) -> bool:
    """Whether a flattened resolution's "QUYẾT NGHỊ:" follows its basis clauses."""
    m = _RESOLVES_INLINE.search(shadow, start, end)
    return bool(m and text[m.start() : m.end()].isupper()
                and _BASIS_BEFORE.search(shadow, start, m.start()))  # fmt: skip

# A time phrase that sets an act well back from the page's day, in the act's sentence before
# it: the start of a term, a span of past years, "ever since", "years before". A feature on
# results, a model or a congress recalls the issue so; news tells it "vừa", "mới".
_LONG_AGO = re.compile(
    # ("thời gian qua" that dates what happened, not the act: "Trước tình trạng nhập lậu gia
    # cầm diễn ra trong thời gian qua, Bộ NN-PTNT có văn bản gửi …")
    r"(?<![a-z])(?:dau\s+nhiem\s+ky|(?<!dien\sra\strong\s)(?<!xay\sra\strong\s)thoi\s+gian\s+qua"
    r"|nhung\s+nam\s+(?:qua|truoc)"
    r"|\d+\s+nam\s+qua|ngay\s+tu\s+(?:khi|dau)(?![a-z])"
    r"|truoc\s+(?:thuc\s+trang|tinh\s+hinh)\s+(?:do|nay|tren)"
    # ("Sau 29 năm hợp nhất với tỉnh Phú Thọ, ngày 6/11/1996, …"; not "Sau 10 năm thực hiện
    # Nghị quyết, Bộ Chính trị ban hành Kết luận …", the review that the news is about)
    r"|sau\s+(?:gan\s+|hon\s+)?\d+\s+nam(?!\s+(?:thuc\s+hien|trien\s+khai|thi\s+hanh))"
    # ("Từ cuối năm 2021 Hội CCB xã đã xây dựng kế hoạch tổ chức Đại hội …", a commune
    # portal's feature on preparing a congress: since a time, as "từ năm 2015"; not "ngay từ
    # tháng 10/2019, Uỷ ban MTTQ … đã có hướng dẫn …", right from then, prompt)
    r"|(?<!ngay\s)tu\s+(?:(?:dau|cuoi|giua)\s+)?(?:nam|thang\s+\d{1,2}\s*(?:/|nam))\s*\d{4}"
    r")(?![a-z])"
    # (not "Cách đây gần 1 năm, ngày 11/10/2021, Chính phủ ban hành Nghị quyết 128/NQ-CP …"
    # under a headline on that resolution: a series on the document tells its issue)
)

# A drafting team named for the text it drafts, right before the verb: "Tổ xây dựng Đề án",
# "Tổ công tác xây dựng Đề án", "Nhóm biên tập xây dựng Chương trình" (shadow text).
_TEAM_NAMED_FOR = re.compile(
    r"(?<![a-z])(?:to|nhom)(?:\s+(?:cong\s+tac|giup\s+viec|bien\s+tap|soan\s+thao))?\s+$"
)
_TEAM_REACH = 24
# "về việc" (or "về") right before an act: the act is a cited document's subject ("Quyết định
# số … về việc ban hành Quy chế …", "Nghị quyết số 74/NQ-CP … của Chính phủ về ban hành Kế
# hoạch …"), not one the page reports; also abbreviated, "vv" or "V/v" ("Quyết định vv ban hành
# Quy chế quản lý và sử dụng Quỹ bù trừ", vsd.vn's record of its decision, dev zbe-vsd-97).
_TITLE_SUBJECT = re.compile(r"(?<![a-z])(?:ve(?:\s+viec)?|vv|v\s*/\s*v)\s+$")
_TITLE_SUBJECT_REACH = 12

# A session of a committee or a council opening the clause: "Kỳ họp thứ 2 HĐND xã …",
# "Hội nghị lần thứ 4 Ban Chấp hành …", "Hội nghị Huyện ủy … lần thứ 4".
# (also where the session is the place of the act: "Tại hội nghị BCH Đảng bộ đã thông qua một
# số nghị quyết chuyên đề", vihuong.bachthong.gov.vn)
_SESSION_PREFIX = re.compile(
    r"[ \t]*(?:tai\s+)?(?:ky\s+hop|hoi\s+nghi|phien\s+hop)(?:\s+(?:lan\s+)?thu\s+[a-z0-9]+)?\s+"
)

_AS_FOLLOWS_ANY = re.compile(r"(?<![a-z])(?:nhu\s+sau|cu\s+the|noi\s+dung\s+sau|sau\s+day)\s*:")

# A sentence opening that goes back before what the sentences above tell: "Trước đó, …", or
# another linking phrase with an earlier day ("Trên cơ sở đó, ngày 30/7/2021 …", "Sau đó, ngày
# 5/3, …"; not "Trên cơ sở đó, đại hội đã thống nhất thông qua Nghị quyết …", the same event).
_LOOKS_BACK = re.compile(
    # ("Theo báo cáo, tại kỳ họp thứ 7, HĐND huyện đã xem xét thông qua … 04 Nghị quyết": what a
    # meeting heard of an earlier session)
    # ("Theo báo cáo tại hội nghị cho biết: Thực hiện Nghị quyết 57, Đảng ủy xã … đã ban hành
    # 02 Quyết định …": what a monthly meeting heard)
    r"truoc\s+do\s*,|theo\s+bao\s+cao(?:\s+(?:tai|cua)\s[^,.:;\n]{1,40}?)?(?:\s+cho\s+biet)?\s*[,:]"
    r"|(?:tren\s+co\s+so\s+do|sau\s+do|tu\s+do|tiep\s+do|ben\s+canh\s+do"
    # (a fronted phrase that points back or tells a course of past work, then a date: "Với vị
    # trí và tính chất quan trọng đó, ngày 18-2-1998, Bộ Chính trị đã ra Chỉ thị số 30-CT/TW
    # …", "Trong quá trình xây dựng và thực hiện, tháng 4-2007, Ủy ban Thường vụ Quốc hội đã
    # ban hành Pháp lệnh …", lyluanchinhtri.vn, retired batch s; "Từ kinh nghiệm làm điểm,
    # tháng 4/2011, Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết số 02-NQ/TU …", thaibinh.gov.vn
    # feature series, retired batch n: a feature tells the issue as background)
    r"|voi\s+(?:[a-z]+\s+){1,8}?do|trong\s+qua\s+trinh(?:\s+[a-z]+){0,8}?"
    r"|tu\s+(?:kinh\s+nghiem|thuc\s+tien)(?:\s+[a-z]+){0,8}?)"
    r"\s*,\s*(?:vao\s+)?(?:ngay|thang|nam)\s+\d"
    # (a sentence opening on "Và" goes on from the one before: "Tiếp đó, ngày 05/8/2008, Hội
    # nghị Trung ương … đã thông qua Nghị quyết số 26-NQ/TW …. Và đến ngày 28/10/2008, Chính
    # phủ ban hành Nghị quyết số 24/2008/NQ-CP …", truyenhinhcapsongthu.net)
    r"|va\s+(?:den\s+)?(?:ngay|thang|nam)\s+\d"
)

# A line that opens with what a text carries out: "Thực hiện Công văn số 3711/UBND-KGVX …".
_CARRIES_OUT_START = re.compile(r"(?m)^[ \t]*thuc\s+hien\s")
_DIRECTED_SCAN = 400  # the line stands under the page's title, at the top


def directed_opening(norm: NormalizedText, start: int) -> int | None:
    """Where a text without a heading opens with what it carries out and then the body that
    directs by it ("Thực hiện Công văn số 3711/UBND-KGVX … của Ủy ban nhân dân tỉnh …, Sở
    Giáo dục và Đào tạo yêu cầu các phòng GDĐT …"): a letter's body, copied without its
    header. None when its first such line has no body directing in its sentence."""
    shadow = norm.shadow
    line = _CARRIES_OUT_START.search(shadow, start, min(len(shadow), start + _DIRECTED_SCAN))
    if line is None:
        return None
    at = _skip_space(shadow, line.start())
    if not norm.text[at : at + 1].isupper():
        return None  # a wrapped line going on in lower case
    if _FULL_STOP.search(shadow, start, at):
        # "Nâng cao chất lượng sinh hoạt chi bộ …\nNâng cao chất lượng chi bộ … là một trong
        # những giải pháp quan trọng …. \nThực hiện Hướng dẫn số 12-HD/BTCTW …, Đảng bộ xã
        # Ngọc Sơn chỉ đạo các chi bộ …": a feature's lead above it; the line tells its story
        return None
    # (to the sentence's full stop: what it carries out may be a list, one document after a
    # semicolon each, before the body: "Thực hiện Công văn số 1161/UBNDYT …, Công văn số
    # 1256/UBNDYT … của UBND quận Cầu Giấy …; Phòng GDĐT yêu cầu các trường mầm non, …")
    limit = min(len(shadow), at + _SENTENCE_SCAN * 2)
    stop, line_end = _FULL_STOP.search(shadow, at, limit), shadow.find("\n", at, limit)
    end = min(stop.start() if stop else limit, line_end if line_end >= 0 else limit)
    if _LONG_AGO.search(shadow, at, end):
        # "Thực hiện Chỉ thị số 11 … của Bộ Chính trị …, thời gian qua, Huyện ủy Đăk Hà (Kon Tum)
        # đã quán triệt, ban hành các văn bản chỉ đạo các tổ chức cơ sở đảng …" (nhandan.vn): a
        # feature looking back over what was done; a letter speaks of now
        return None
    return at if _directing_someone(norm, at, end, _DIRECTS_NOW, after=",;") is not None else None


# (or the occasion it is made for: "Nhân dịp hưởng ứng "Ngày toàn dân PCCC" lần thứ 16
# (4/10/2017), Chủ tịch UBND huyện yêu cầu Thủ trưởng các cơ quan, …", hiephoa.bacgiang.gov.vn,
# retired blind batch y)
_LEAD_IN = re.compile(
    r"(?:theo\s+do\s*,|trong\s+do\s*,|cu\s+the\s*,|de\s|nham\s|nhan\s+(?:dip|ngay)\s)"
)


def body_directing_at(norm: NormalizedText, start: int, end: int) -> str | None:
    """The body that opens the sentence at `start` and directs the bodies under it ("Bộ Chính
    trị, Ban Bí thư yêu cầu các cấp ủy, tổ chức đảng tiếp tục quán triệt, thực hiện …");
    None otherwise."""
    shadow = norm.shadow
    at = _skip_space(shadow, start)
    if _BODY_START.match(shadow, at) is None:
        # (or after the words that tie the sentence to the lead or give its purpose: "Theo đó,
        # Chủ tịch UBND tỉnh đề nghị …", "Để chuẩn bị chu đáo …, Thủ tướng Chính phủ yêu cầu …")
        return _directing_someone(norm, at, end) if _LEAD_IN.match(shadow, at) else None
    verb = _DIRECTS_SOMEONE.search(shadow, at, min(end, at + _ACTOR_MAX))
    return _actor(norm.text, shadow, at, verb.start()) if verb else None


def _directing_someone(
    norm: NormalizedText, start: int, end: int, verbs: re.Pattern[str] | None = None, *,
    after: str = ",",
) -> str | None:
    """The body that, after a comma (or another of the marks `after`) in [start, end),
    directs the bodies under it ("…, Sở Giáo dục và Đào tạo (GDĐT) yêu cầu các phòng GDĐT …"),
    or acts by one of `verbs`; None if none does."""
    shadow = norm.shadow
    verbs = verbs or _DIRECTS_SOMEONE
    for i in range(start, end):
        if shadow[i] not in after:
            continue
        body = _skip_space(shadow, i + 1)
        if _BODY_START.match(shadow, body):
            verb = verbs.search(shadow, body, min(end, body + _ACTOR_MAX))
            actor = _actor(norm.text, shadow, body, verb.start()) if verb else None
            if actor is not None:
                return actor
    return None


# A body directing the bodies under it: "yêu cầu các phòng GDĐT", "đề nghị các UBND huyện",
# "giao Sở Tài chính" (not "đã tập trung lãnh đạo, chỉ đạo toàn diện", what a body did; nor
# the pair "lãnh đạo, chỉ đạo các cấp ủy", which tells how a body led: "Thực hiện chỉ thị của
# Ban Bí thư …, Ban Thường vụ Tỉnh uỷ tập trung lãnh đạo, chỉ đạo các cấp uỷ, tổ chức đảng …").
_DIRECTS_SOMEONE = re.compile(
    r"(?<![a-z])(?:de\s+nghi|yeu\s+cau|(?<!lanh\sdao,\s)(?<!lanh\sdao\s)(?<!lanh\sdao\sva\s)chi\s+dao"
    # (a colon before the addressees: "Ban Tuyên giáo Thị ủy yêu cầu: các tổ chức cơ sở Đảng,
    # …", badontv.vn)
    r"|giao|huong\s+dan)(?:\s*:)?\s+(?:cac|cho|ubnd|uy\s+ban"
    r"|so|phong|thu\s+truong|chu\s+tich|toan\s+the"
    # ("Phó Thủ tướng yêu cầu Văn phòng Chính phủ chủ trì, … trình Chính phủ ban hành Nghị
    # định …", "… yêu cầu Bộ Tài chính …": an office or a ministry asked)
    r"|van\s+phong|bo"
    r"|btv|ban\s+thuong\s+vu)(?![a-z])"  # "BTV Tỉnh ủy yêu cầu BTV Thành ủy Huế; các huyện ủy"
)


# The same, in the letter's own voice: not told as done ("…, UBND tỉnh đã yêu cầu Chủ tịch UBND
# các huyện …", a news item's past: baothainguyen.vn).
_DIRECTS_NOW = re.compile(r"(?<!\bda )(?<!\bvua )(?<!\bmoi )" + _DIRECTS_SOMEONE.pattern)

# "trình" (submit) right before the body that would issue: "… trình Chính phủ ban hành …",
# "… trình UBND tỉnh ban hành …".
_SUBMITTED_TO = re.compile(r"(?<![a-z])trinh\s+(?:[a-z]+\s+){1,4}$")
_SUBMITTED_REACH = 40


def _submitted_for(shadow: str, clause_start: int, act: re.Match[str]) -> bool:
    """Whether an unnumbered act is what a draft is submitted for ("trình Chính phủ ban hành
    Nghị định …"): the body it is put to has issued nothing."""
    if _NUMBERED.match(shadow, act.end()):
        return False
    before = max(clause_start, act.start() - _SUBMITTED_REACH)
    found = _SUBMITTED_TO.search(shadow, before, act.start())
    return found is not None and _BODY_START.match(shadow, found.start() + 6) is not None


def asks_others(shadow: str, start: int, end: int) -> bool:
    """Whether a body directs others between `start` and `end` ("Thủ tướng Chính phủ yêu cầu
    các bộ, ngành, địa phương …, sớm ban hành Chỉ thị …"): an act after it is theirs to do, not
    done. Not a steering committee's name ("Ban Chỉ đạo phòng, chống dịch …")."""
    return any(
        shadow[max(0, m.start() - 4) : m.start()] != "ban "
        for m in _DIRECTS_SOMEONE.finditer(shadow, start, end)
    )

# A source tag before a lead's "Theo …": "(hocmon.gov.vn) Theo Công văn số …", "TTĐT - Theo".
_TAG_MAX = 40
# What ends a line that a paragraph wrapped mid-sentence: "… của Ban Tuyên giáo và\nCông văn
# số 164/CV-ĐU của Đảng ủy phường …" (a connective, a preposition or a comma).
_RUNS_ON = re.compile(r"(?:(?<![a-z])(?:va|cua|so|theo|tai|voi|cho|ve|hoac|the|cac)|,)[ \t]*$")
_SENTENCE_STOP = re.compile(r"[.!?]\s+\S")  # a second sentence on the line
_PAST_TOLD = re.compile(r"(?<![a-z])(?:da|vua)\s+(?!duoc\s)(?=[a-z])")
_TITLE_LINE_MAX = 300

# A document named with its number: "Nghị quyết số 138/NQ-CP", "Quyết định 217 QĐ/ TW", or
# by its code alone ("… các Quyết định của Thủ tướng Chính phủ số: 1521/QĐ-TTg ngày 06/10/2020
# ban hành Kế hoạch …": the clause starts after the colon); not a date ("06/10/2020").
_CITED = re.compile(
    rf"(?<![a-z])(?:{TYPE_WORD_ALT})\s+(?:so\s*:?\s*)?\d"
    r"|(?<![\w/])\d{1,5}\s*[-/]\s*(?:\d{4}\s*/\s*)?[a-z]{1,8}\s*[-/]\s*[a-z]"
)


# A request right before the act: "… yêu cầu xây dựng đề án thành lập đảng bộ (mới) …"; also
# with the asked-for step or haste between ("Thủ tướng yêu cầu nghiên cứu xây dựng Luật Kinh
# doanh cá thể", a tuoitre.vn headline over a meeting's lead).
_ASKED_TO = re.compile(
    r"(?<![a-z])(?:yeu\s+cau|de\s+nghi)(?:\s+(?:nghien\s+cuu|khan\s+truong|som|tiep\s+tuc)){0,2}"
    r"\s+$"
)
_ASKED_REACH = 44


# A meeting a body holds ("tổ chức cuộc họp", "tổ chức hội nghị") (shadow text).
_MEETING_HELD = re.compile(
    r"(?<![a-z])to\s+chuc\s+(?:cuoc\s+hop|hoi\s+nghi|phien\s+hop|buoi\s+lam\s+viec|hop)(?![a-z])"
)


def own_act_stands(shadow: str, start: int, act: re.Match[str]) -> bool:
    """Whether an `OWN_ACT` match is the text's own act, not the subject of a document its
    clause cites ("Nghị quyết số 138/NQ-CP … của Chính phủ ban hành Kế hoạch hành động",
    "Quyết định 217 QĐ/TW … “Về việc ban hành quy chế …”", "Kết luận 150-KL/TW … hướng dẫn xây
    dựng phương án")."""
    clause = _clause_start(shadow, start, act.start(), ",.;:\n")
    if _CITED.search(shadow, clause, act.start()) is not None:
        return False
    sentence = _clause_start(shadow, start, act.start(), ".;:\n")
    if asks_others(shadow, sentence, act.start()):
        return False  # "… yêu cầu các bộ, ngành, địa phương …, sớm ban hành Chỉ thị …"
    if _ASKED_TO.search(shadow, max(clause, act.start() - _ASKED_REACH), act.start()):
        return False  # "Bộ Chính trị, Ban Bí thư yêu cầu xây dựng đề án …": others are to
    if _told_as_past_time(shadow, sentence, act.start()):
        # "… thời gian qua, nhất là sau khi Ban Chấp hành Trung ương Đảng ban hành Kết luận số
        # 21-KL/TW …", "… từ đầu năm 2014 Hội liên hiệp phụ nữ xã … xây dựng kế hoạch và …": an
        # act set back in time is what a feature looks back on, no document's own act
        return False
    if _submitted_for(shadow, sentence, act):
        return False  # "… về việc xây dựng, trình Chính phủ ban hành Nghị định …": to be put
    if _NOT_YET.search(shadow, max(clause, act.start() - _NOT_YET_REACH), act.start()):
        return False  # "… hoàn thiện dự thảo để ban hành chương trình …": what it is for
    if _TITLE_SUBJECT.search(shadow, max(clause, act.start() - _TITLE_SUBJECT_REACH), act.start()):
        # "Phó Thủ tướng … vừa có ý kiến về việc xây dựng Nghị định thay thế …": the act is
        # the subject of an opinion or of a cited text, not done
        return False
    if _TEAM_NAMED_FOR.search(shadow, max(clause, act.start() - _TEAM_REACH), act.start()):
        # "… Tổ trưởng Tổ xây dựng Đề án và dự thảo Nghị quyết của Tỉnh ủy … chủ trì Cuộc họp":
        # the verb is part of a drafting team's name; the text is still being drafted
        return False
    if _LOOKS_BACK.match(shadow, _skip_space(shadow, _clause_start(shadow, start, act.start(),
                                                                    ".!?\n"))):
        # "… Nghị quyết số 26-NQ/TW về nông nghiệp, nông dân, nông thôn. Và đến ngày 28/10/2008,
        # Chính phủ ban hành Nghị quyết số 24/2008/NQ-CP …": a sentence going on from the one
        # before tells what came next in a story, no text's own act
        return False
    if _MEETING_HELD.search(shadow, sentence, act.start()):
        # "Thường trực Hội đồng nhân dân huyện cùng với 02 Ban Hội đồng nhân dân huyện tổ chức
        # cuộc họp thống nhất nội dung giám sát và xây dựng kế hoạch khảo sát, giám sát năm
        # 2019" (hdnd.bentre.gov.vn): what a meeting is held to build is still to be issued
        return False
    # A past act told ("… xã đã tập trung xây dựng kế hoạch Đại hội …", as "đã xây dựng" is):
    # the page tells of work done; it is no document's own act
    return _PAST_BEFORE.search(shadow, max(clause, act.start() - 30), act.start()) is None


def _own_act_has_subject(norm: NormalizedText, shadow: str, start: int,
                         act: re.Match[str]) -> bool:  # fmt: skip
    """Whether an own act has a body as its subject or states itself ("… như sau"): "Phân
    công nhiệm vụ cụ thể cho mỗi thành viên chủ động triển khai, xây dựng kế hoạch và …"
    lists a task, it is no document's act."""
    clause = _clause_start(shadow, start, act.start(), ".;:\n")
    for body in _SUBJECT_BODY.finditer(shadow, clause, act.start()):
        # a body named in the clause, in capitals as names are ("… giai đoạn mới UBND thành
        # phố ban hành Kế hoạch …", "… của Đảng” Đảng bộ các KCN xây dựng kế hoạch …"), not
        # one the clause only cites ("… của Bộ Chính trị …")
        before = _WORD_BEFORE.search(shadow, clause, body.start())
        if (norm.text[body.start()].isupper() or _LOWER_CASE_BODY.match(shadow, body.start())) \
                and (before is None or before.group(1) not in _CITING_WORDS):
            return True
    sentence_end = _sentence_end(shadow, act.end(), min(len(shadow), act.end() + _SENTENCE_SCAN))
    return (_SELF_STATEMENT.search(shadow, act.end(), sentence_end) is not None
            or _AS_FOLLOWS_ANY.search(shadow, act.end(), sentence_end + 1) is not None)


# A unit or body named by a lone capital letter, as a question-and-answer page or a situation
# for a contest puts a case (original text): "Hằng năm, đảng ủy xã A thuộc đảng bộ huyện M có
# xây dựng chương trình kiểm tra, giám sát, … Vậy … ?" (ubkttu.camau.dcs.vn, retired blind
# batch ab), "Chi bộ Phòng A tổ chức thành công đại hội chi bộ …" (a contest's situations,
# scribd.com), "Uỷ ban kiểm tra huyện uỷ A nhận được đơn của đảng viên B, … Đảng uỷ xã C …"
# (an inspection committee's questions, scribd.com); dev: "xã C", "chi bộ Y" on two such
# pages. Not a real name that opens with one letter: "huyện A Lưới", "A Yun Pa".
_PLACEHOLDER_UNIT = re.compile(
    r"(?i:xã|phường|thị\s+trấn|huyện|quận|tỉnh|chi\s+bộ|đảng\s+bộ|đảng\s+ủy|đảng\s+uỷ"
    r"|huyện\s+ủy|huyện\s+uỷ|phòng|cơ\s+quan|đơn\s+vị|cơ\s+sở)"
    r"[ \t]+[A-Z](?![\w.'’-])(?![ \t]+[A-ZĐÀ-Ỹ])"
)


# A rule quoted after its provision's verb, its clause opening the quotation (original text):
# "… Quy định số 30 của BCH Trung ương), quy định: “Đảng ủy, ban thường vụ đảng ủy cơ sở xây
# dựng chương trình, kế hoạch …”" (the same page's answer): what the rule asks, no act.
_QUOTED_RULE = re.compile(r"(?i:quy\s+định|nêu|yêu\s+cầu)[ \t]*:[ \t]*[\"“][^\"“”\n]*$")


def placeholder_subject(norm: NormalizedText, start: int, act: re.Match[str]) -> bool:
    """Whether the clause of an own act names its body by a placeholder letter
    (`_PLACEHOLDER_UNIT`), a hypothetical case, or opens a quoted rule (`_QUOTED_RULE`): no
    body's act."""
    clause = _clause_start(norm.shadow, start, act.start(), ".;:\n")
    if _PLACEHOLDER_UNIT.search(norm.text, clause, act.start()) is not None:
        return True
    line = norm.text.rfind("\n", start, act.start()) + 1
    return _QUOTED_RULE.search(norm.text, max(line, start), act.start()) is not None


# A time clause or a look back before an own act in its sentence: "sau khi <body> ban hành",
# "từ đầu năm 2014 <body> xây dựng".
_PAST_TIME_BEFORE = re.compile(
    r"(?<![a-z])(?:(?:sau|tu|truoc)\s+khi|tu\s+dau\s+nam\s+\d{4}|da)(?![a-z])"
)
_PAST_TIME_REACH = 80


def _told_as_past_time(shadow: str, sentence: int, act: int) -> bool:
    """Whether an own act stands inside a time clause ("sau khi <body> ban hành …") or right
    after a look back ("từ đầu năm 2014 <body> xây dựng …"), with no comma closing it before
    the act ("Sau khi có Kết luận …, Ban Thường vụ xây dựng Kế hoạch như sau:" acts itself)."""
    clause = _clause_start(shadow, sentence, act, ",.;:\n")
    return _PAST_TIME_BEFORE.search(shadow, max(clause, act - _PAST_TIME_REACH), act) is not None


def _subject_named(norm: NormalizedText, clause: int, act: int) -> tuple[str, int] | None:
    """The last body named in capitals between `clause` and `act`, as the subject of the act
    ("… giai đoạn mới UBND thành phố ban hành …": UBND thành phố), not one the clause cites
    ("… của Bộ Chính trị …"); None if none."""
    shadow, found = norm.shadow, None
    for body in _SUBJECT_BODY.finditer(shadow, clause, act):
        before = _WORD_BEFORE.search(shadow, clause, body.start())
        if norm.text[body.start()].isupper() and (
            before is None or before.group(1) not in _CITING_WORDS
        ):
            found = body.start()
    if found is None:
        return None
    stop = _ACTOR_END.search(shadow, found, act)
    name = " ".join(norm.text[found : stop.start() if stop else act].split()).strip(" ,-–")
    return (name, found) if name and len(name) <= _ACTOR_MAX else None


_CITING_WORDS = frozenset({"cua", "theo", "voi", "tai", "cho", "doi"})
# Any body that may issue a text, the legislature too ("Quốc hội ban hành Luật …").
_SUBJECT_BODY = re.compile(rf"{_BODY_START.pattern}|(?<![a-z])quoc\s+hoi(?![a-z])")


_PAST_BEFORE = re.compile(r"(?<![a-z])da(?:\s+[a-z]+){1,2}\s+$")


def _tag_before(shadow: str, pos: int) -> bool:
    """Whether only a source tag stands between the line's start and `pos` (a lead's
    "Theo …"), not a sentence that runs on ("… Tu Vũ) theo Nghị quyết số 1676/NQ-UBTVQH15")."""
    line = shadow.rfind("\n", 0, pos) + 1
    return pos - line <= _TAG_MAX


# A conclusion or a speech a person gave at a meeting, as a news headline names it ("Kết luận
# của Bí thư Thành ủy … tại Hội nghị Ban Thường vụ …"); a document is a body's ("Kết luận
# của Bộ Chính trị …", "Thông báo kết luận của Thường trực Tỉnh ủy …").
_SPOKEN_AT = re.compile(
    r"[a-z ]{0,30}?\s+cua\s+(?:dong\s+chi|(?:pho\s+)?(?:tong\s+)?bi\s+thu|(?:pho\s+)?chu\s+tich"
    r"|(?:pho\s+)?thu\s+tuong|giam\s+doc)(?![a-z])[^\n]{0,200}?(?<![a-z])tai\s+(?:hoi\s+nghi"
    r"|phien\s+hop|buoi\s+lam\s+viec|cuoc\s+hop|ky\s+hop|le\s)"
)


_NON_SPACE = re.compile(r"\S")


def _under_headline(shadow: str, pos: int, start: int = 0) -> bool:
    """Whether the line at `pos` comes right after the page's first line (the first from the
    content's `start`, under a site's chrome), a headline (a short phrase with no full stop),
    blank lines apart."""
    above = shadow.rfind("\n", 0, pos)
    while above > 0 and not shadow[shadow.rfind("\n", 0, above) + 1 : above].strip():
        above = shadow.rfind("\n", 0, above)  # (past the blank lines)
    if above <= start:
        return False
    headline_start = shadow.rfind("\n", 0, above) + 1
    headline = shadow[headline_start:above].rstrip()
    first_word = _NON_SPACE.search(shadow, start)
    return (first_word is not None and first_word.start() >= headline_start
            and len(headline) <= _HEADLINE_MAX and not headline.endswith((".", ":", ";"))
            # (a headline is a phrase, not a field's label: "Trích yếu\nChương trình của … .")
            and len(headline.split()) >= _HEADLINE_WORDS)


_HEADLINE_WORDS = 5


def _stands_as_title(shadow: str, pos: int, start: int = 0) -> bool:
    """Whether the line starting at `pos` can be a title: not a line a paragraph wrapped onto,
    not a news paragraph ("Nghị quyết số 72 của Bộ Chính trị về … đã mở ra …. Thực hiện …");
    `start`: where the page's content starts."""
    line_end = shadow.find("\n", pos)
    line = shadow[pos : line_end if line_end >= 0 else len(shadow)]
    if len(line) > _TITLE_LINE_MAX or _SENTENCE_STOP.search(line):
        return False
    if _SPOKEN_AT.match(line):
        return False  # "Kết luận của Bí thư Thành ủy … tại Hội nghị …": what a person said
    if line.rstrip().endswith(".") and (
        _PAST_TOLD.search(line) or _under_headline(shadow, pos, start)
    ):
        # "Quyết định số 1523 của Bộ trưởng Bộ Công an đã hướng dẫn chi tiết thủ tục cấp giấy
        # phép mua pháo hoa để kinh doanh." (tuoitre.vn, under a headline): a news sentence
        # telling what the document did, closed by its full stop; a title tells no past act.
        # So is a closed sentence right under a page's one headline: "Bộ Chính trị ban hành tiêu
        # chí đánh giá cán bộ, đảng viên theo thang điểm 100\n\nQuy định số 366-QĐ/TW của Bộ
        # Chính trị quy định chi tiết khung tiêu chí … ." (thanhnien.vn)
        return False
    before = shadow.rfind("\n", 0, pos)
    if before < start:
        return True  # (the content's first line: the site's chrome above it runs on nowhere)
    previous = shadow[shadow.rfind("\n", 0, before) + 1 : before]
    return _RUNS_ON.search(previous) is None


def _bracketed_number(shadow: str, act: re.Match[str]) -> re.Match[str] | None:
    """The "(Kế hoạch số 08/KH-UBND)" closing an own act's sentence: a document gives no
    number of its own in its opening, so a page that does reports the document."""
    end = _sentence_end(shadow, act.end(), min(len(shadow), act.end() + _SENTENCE_SCAN))
    word = own_act_type_word(act).replace(" ", r"\s+")
    return re.compile(rf"\(\s*(?P<word>{word})\s+so\s*:?\s*\d").search(shadow, act.end(), end)

_TERM_AFTER_COMMA = re.compile(r"nhiem\s+ky\s+\d{4}")


def opening_actor(norm: NormalizedText, start: int, end: int) -> str | None:
    """The body that acts in an opening ("…, UBND xã Hải Dương xây dựng Kế hoạch …"), or
    the body a title line names ("Chương trình của Ban Chấp hành Đảng bộ tỉnh … thực hiện")."""
    text, shadow = norm.text, past_marked_shadow(norm, start, end)
    act = None
    for act in OWN_ACT.finditer(shadow, start, end):  # noqa: B007 - the last: the main clause
        pass
    if act is not None:
        clause = _clause_start(shadow, start, act.start(), ",.;:\n")
        while clause > start and shadow[clause - 1] == "\n" and text[clause : clause + 1].islower():
            # a line wrapped inside the body's name: "Chính phủ và Đoàn Chủ tịch Ủy ban Trung
            # ương Mặt\ntrận Tổ quốc Việt Nam ban hành Nghị quyết liên tịch …"
            clause = _clause_start(shadow, start, clause - 1, ",.;:\n")
        if _TERM_AFTER_COMMA.match(shadow, _skip_space(shadow, clause)):
            # "Ủy ban MTTQ Việt Nam tỉnh Bình Thuận khoá VIII, nhiệm kỳ 2019 – 2024 xây dựng
            # chương trình …": the comma sets the body's term off, the body stands before it
            clause = _clause_start(shadow, start, act.start())
        actor = _actor(text, shadow, clause, act.start())
        if (actor is not None and body_level(actor)[0] is Level.UNKNOWN and clause > start
                and shadow[clause - 1] == ","):  # fmt: skip
            # "Ủy ban nhân dân xã Phù Long, Ban chỉ đạo lễ hội … xây dựng chương trình": the
            # government named first issues it with its committee
            before = _clause_start(shadow, start, clause - 1, ",.;:\n")
            earlier = _actor(text, shadow, before, clause - 1)
            if earlier is not None and body_level(earlier)[0] is not Level.UNKNOWN:
                return earlier
        return actor
    stated = own_statement_actor(norm, start, end)
    if stated is not None:
        return stated
    resolves = _RESOLVES.search(shadow, start, end)
    if resolves is not None:  # "Hội nghị lần thứ tư Ban Chấp hành Tổng Liên đoàn … quyết nghị:"
        clause = _skip_space(shadow, _clause_start(shadow, start, resolves.start()))
        session = _SESSION_PREFIX.match(shadow, clause)
        resolving = _actor(text, shadow, session.end() if session else clause, resolves.start())
        if resolving is not None:
            return resolving
    if _CARRIES_OUT_START.match(shadow, start):  # "Thực hiện …, Sở … yêu cầu các phòng …"
        directing = _directing_someone(norm, start, end, after=",;")
        if directing is not None:
            return directing
    title = _TITLE_OF.search(shadow, start, min(end, start + _TITLE_SCAN))
    if title is not None:
        body = " ".join(text[title.end("of") : title.start("then")].split())
        return body if body[:1].isupper() and len(body) <= _ACTOR_MAX else None
    return None

_WORD_BEFORE = re.compile(r"([a-z]+)\s*$")
