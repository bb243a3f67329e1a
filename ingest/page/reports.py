"""Reports about a document: the lead of a page that reports an act (freshly issued, passive,
joint signing, a Front programme, a decision, a notice, guidance, a document led by its
number), read into a PageReading."""

from __future__ import annotations

import re
from datetime import date

from ingest.context import parse_date
from ingest.find import TYPE_WORD_ALT
from ingest.page.actors import (
    _DATELINE_END,
    _FRESHLY_ISSUED_AFTER_WORD,
    _NAMES_NUMBER,
    _TITLE_WORDS,
    _actor,
    actor_at,
)
from ingest.page.common import (
    _ACTOR_MAX,
    _BODY_START,
    _LEAD_SCAN,
    _PAST,
    _SELF_STATEMENT,
    REPORT,
    PageReading,
    _clause_start,
    _is_sentence_line,
    _lead_lines,
    _line_start,
    _sentence_end,
    _skip_space,
)
from ingest.page.dates import (
    _lead_date,
)
from ingest.page.leads import (
    _LEAD_PREFIX,
    _SUBJECT_START,
    _decides_next,
    _headline_span,
    _lead_sentence,
    _news_lead,
)
from ingest.page.reposts import (
    _FIRST_SECTION,
)
from ingest.page.statements import (
    _WORD_BEFORE,
    _directing_someone,
    body_directing_at,
)
from ingest.text import NormalizedText, shadow_of

# A headline that names an event: an anniversary, a workshop, a conference, a ceremony.
_EVENT_HEADLINE = re.compile(
    r"(?:ky\s+niem|hoi\s+thao|toa\s+dam|hoi\s+nghi|le\s+(?:ky\s+niem|cong\s+bo|trao|ra\s+mat"
    r"|khai\s+mac|don\s+nhan)|phien\s+hop)(?![a-z])"
)

# "… được thể hiện tại Công văn số 168/CV-BNCTU do Ban Nội chính Tỉnh ủy ban hành": a
# document named first, then the body that issued it.
_PASSIVE_ACT = re.compile(
    # (the number with "số", or a code without it: "Quyết định 153/QĐ-TTg do Phó Thủ tướng …
    # ký ban hành ngày 27/2/2024 …")
    # (the generic "Văn bản" with its number: "Đó là nội dung chính trong Văn bản số 822/UBND-KTN
    # vừa được UBND tỉnh ban hành gửi các sở, ban, ngành …", a copy of a Bình Phước news item)
    rf"(?<![a-z])(?P<word>{TYPE_WORD_ALT}|van\s+ban(?=\s+so\s*:?\s*\d))"
    r"\s+(?:so\s*:?\s*\d|\d+[a-z]?\s*[-–/])[^\s,;.]*"
    # ("… Công điện số 1118/CĐ-TTg vừa được Thủ tướng Chính phủ ban hành ngày 7/9 …")
    r"(?:[^.;\n]{0,40}?)\s+(?:do|(?:(?:vua|moi|da)\s+)?duoc)\s+"
    r"(?P<body>[^.;\n]{3,90}?)\s+(?:(?:ky\s+)?ban\s+hanh(?![a-z])"
    # a signer alone, the sentence going on to what the document does: "Cụ thể theo quyết định
    # số 1879/QĐ-UBND, ngày 11/12, do Chủ tịch UBND tỉnh Quảng Ngãi Đặng Văn Minh ký, điều động
    # ông …" (baogiaothong.vn)
    r"|ky(?=\s*,))"
)
# (also a provision quoted from it: "tại Mục 19 Quy định 29-QĐ/TW năm 2016 … do Ban Chấp hành
# Trung ương ban hành, có quy định về …")
_CUE_IN_CLAUSE = re.compile(
    r"(?<![a-z])(?:thuc\s+hien|can\s+cu|theo|trien\s+khai"
    r"|tai\s+(?:muc|dieu|khoan|diem|chuong|phan)\s+[^\s,;.]+)(?![a-z])"
)


# "Kế hoạch do Phó Chủ tịch UBND tỉnh Lê Trường Sơn ký ban hành, yêu cầu …": the lead's
# first words name the reported document, with no number, then the body that issued it.
# (its subject may stand before "do", and "vừa"/"mới" before the act: "Quyết định ban hành
# khung kế hoạch thời gian năm học 2020 - 2021 … do Bộ GD-ĐT mới ban hành nêu rõ: …")
_PASSIVE_OPENING = re.compile(
    rf"(?P<word>{TYPE_WORD_ALT})(?P<between>\s[^.;:\n]{{0,240}}?)?\s+do\s+(?P<body>[^.;\n]{{3,90}}?)"
    r"\s+(?:(?:vua|moi|da)\s+)?(?:(?:ky\s+)?ban\s+hanh(?![a-z])"
    # a signer alone, the clause going on: "Quyết định sửa đổi của Bộ GD&ĐT do Thứ trưởng Nguyễn
    # Hữu Độ ký, áp dụng đối với năm học 2019-2020"
    r"|ky(?=\s*[,.;]|\s+ngay(?![a-z])))"
)
# "… được Bộ Nông nghiệp và Phát triển nông thôn ban hành tại Thông tư số 73/2009/TT-BNNPTNT":
# what the lead speaks of was issued by a body in a numbered document.
_ISSUED_IN = re.compile(
    r"(?<![a-z])duoc\s+(?P<body>[^.;\n]{3,90}?)\s+(?:ky\s+)?ban\s+hanh\s+(?:tai|theo|kem\s+theo)\s+"
    rf"(?P<word>{TYPE_WORD_ALT})\s+so\s*:?\s*\d"
)


# "… Chỉ thị số 06-CT/TU của Ban Thường vụ Thành ủy Hà Nội về “…” vừa được đồng chí Đinh Tiến
# Dũng, …, Bí thư Thành ủy Hà Nội ký ban hành ngày 01/9/2021": a numbered document, then what
# was freshly done to it, in the passive ("vừa được", "mới được" … "ký ban hành").
_FRESHLY_ISSUED = re.compile(
    rf"(?<![a-z])(?P<word>{TYPE_WORD_ALT})\s+(?:so\s*:?\s*\d|\d+[a-z]?\s*[-–/]"
    # (or its bare number: "… trong Nghị định 282 quy định chi tiết … vừa được Chính phủ ban
    # hành", thanhnien.vn)
    r"|\d{1,4}(?![\d.,/\-]))[^\s,;.]*"
    r"(?P<between>[^.;\n]{0,240}?)\s(?:vua|moi)\s+duoc\s+(?P<body>[^.;\n]{3,160}?)"
    r"\s+(?:ky\s+)?ban\s+hanh(?![a-z])"
)
_DATED_AFTER = re.compile(r"\s*(?:vao\s+)?ngay\s+")
# A speaker's verb before the text: "nhắc đến", "đề cập tới", "khẳng định", "nhấn mạnh".
_SPEAKER_MENTIONS = re.compile(
    r"(?<![a-z])(?:nhac\s+(?:den|toi)|de\s+cap(?:\s+(?:den|toi))?|khang\s+dinh|nhan\s+manh)"
    r"(?![a-z])"
)
# Another numbered document named in its subject: "… về việc thực hiện nghị quyết số 80 …".
_CITED_NUMBERED = re.compile(rf"(?<![a-z])(?:{TYPE_WORD_ALT})\s+(?:so\s*:?\s*)?\d")

_FRESHLY_ISSUED_OPENING = re.compile(rf"(?P<word>{TYPE_WORD_ALT}){_FRESHLY_ISSUED_AFTER_WORD}")
# … or issued on a day the lead gives, "vừa" or not: "Quyết định thứ hai, được UBND huyện Thanh
# Chương ban hành ngày 14/7." (a dated issue is told as a fresh one is; without the day, "Quy
# định được Bộ Chính trị ban hành nhằm …" may open a feature on a standing text).
_DATED_ISSUE_OPENING = re.compile(
    rf"(?P<word>{TYPE_WORD_ALT})(?P<between>(?:\s[^.;\n]{{0,240}}?)?)\s(?:(?:vua|moi|da)\s+)?duoc\s+"
    r"(?P<body>[^.;\n]{3,160}?)\s+(?:ky\s+)?ban\s+hanh(?=\s+(?:vao\s+)?ngay\s+\d)"
)


def _freshly_issued_report(norm: NormalizedText, shadow: str, start: int,
                           end: int) -> PageReading | None:  # fmt: skip
    """A lead that names a numbered document and says it "vừa được … ký ban hành" reports it:
    the body named after "của" issued it (or the one named after "được"), dated by a "ngày"
    right after the act. Not where the clause carries out or rests on it ("Thực hiện …")."""
    lines = _lead_lines(shadow, start, end)
    if not lines:
        return None
    last = lines[-1]
    lead_end = shadow.find("\n", last, end)
    lead_end = end if lead_end < 0 else lead_end
    for m in _FRESHLY_ISSUED.finditer(shadow, lines[0], lead_end):
        clause = _clause_start(shadow, start, m.start())
        if _CUE_IN_CLAUSE.search(shadow, clause, m.start()):
            continue
        if _SPEAKER_MENTIONS.search(shadow, clause, m.start()):
            # "Bộ trưởng … nhiều lần nhắc đến Nghị quyết 71 … vừa được Bộ Chính trị ban hành"
            # (thanhnien.vn, a speech's video): what a person says of the text, no report
            continue
        actor = None
        of = _OF_BODY.search(shadow, m.start("between"), m.end("between"))
        if of is not None and _CITED_NUMBERED.search(shadow, m.start("between"), of.start()):
            # "Chương trình hành động số 08 về việc thực hiện nghị quyết số 80 của Bộ Chính trị
            # …, vừa được Thành ủy Hà Nội ban hành" (tuoitre.vn): the "của" of a document the
            # subject cites, not of the one issued
            of = None
        if of is not None and _BODY_START.match(shadow, of.end()):
            stop = _SUBJECT_START.search(shadow, of.end(), m.end("between"))
            body = " ".join(norm.text[of.end() : stop.start() if stop else m.end("between")]
                            .split()).strip(" ,-–")  # fmt: skip
            actor = body if body[:1].isupper() and len(body) <= _ACTOR_MAX else None
        actor = actor or _actor(norm.text, shadow, m.start("body"), m.end("body"))
        if actor is not None:
            return _freshly_issued(shadow, m, actor)
    for line in lines:
        prefix = _LEAD_PREFIX.match(shadow, line)
        at = prefix.end() if prefix else line
        op = (_FRESHLY_ISSUED_OPENING.match(shadow, at, lead_end)
              or _DATED_ISSUE_OPENING.match(shadow, at, lead_end))
        if op is None or _NAMES_NUMBER.search(shadow, op.start("between"), op.end("between")):
            continue
        actor = _actor(norm.text, shadow, op.start("body"), op.end("body"))
        if actor is not None:
            return _freshly_issued(shadow, op, actor)
    return None


def _freshly_issued(shadow: str, m: re.Match[str], actor: str) -> PageReading:
    """The report a "vừa được … ban hành" match tells: its document's type word, `actor`, and
    the day right after the act ("… ký ban hành ngày 01/9/2021"), if given."""
    dated = _DATED_AFTER.match(shadow, m.end())
    parsed = parse_date(shadow, dated.end()) if dated else None
    word = " ".join(m.group("word").split())
    return PageReading(REPORT, m.start(), word, m.start("word"), m.end("word"), actor,
                       parsed[0] if parsed else None)  # fmt: skip

# A news lead under its headline whose subject is a document "just issued": "Nghị định 291 vừa
# được ban hành, sửa đổi, bổ sung …", "Quyết định về việc kiện toàn Ban Chỉ đạo phòng thủ dân
# sự quốc gia (Ban Chỉ đạo) vừa được ký ban hành ngày 21-7.", "Theo quyết định của UBND tỉnh
# Tây Ninh vừa được ban hành, hồ Dầu Tiếng …", "Chính phủ đặt mục tiêu …, theo Đề án 433 vừa được
# phê duyệt." (thanhnien.vn, tuoitre.vn, vnexpress.net: the issuer unsaid, or after "của").
_FRESHLY_PASSED = re.compile(
    rf"(?:(?<=\n)|^|(?<=,\s))(?:theo\s+)?(?P<word>{TYPE_WORD_ALT})(?![a-z])"
    r"(?!\s+dieu\s+tra(?![a-z]))"  # (a criminal investigation's "kết luận điều tra": no such text)
    r"(?P<between>[^.;:\n]{0,160}?)\s+vua\s+(?:duoc\s+(?:ky\s+)?(?:ban\s+hanh|phe\s+duyet)"
    # (active, its issuer in a relative clause: "Quy định 377 của Bộ Chính trị vừa ban hành quy
    # định …", "Theo Thông tư quy định cơ chế, … do Bộ Xây dựng vừa ban hành, …", "Thông tư quy
    # định khen thưởng và kỷ luật học sinh mà Bộ GD-ĐT vừa ban hành đã …", "Nghị định 46 vừa ban
    # hành được ví như …": tuoitre.vn, thanhnien.vn)
    r"|(?:ky\s+)?ban\s+hanh)(?![a-z])"
)
# Who issued it, in the relative clause: "… của Chính phủ", "… do Bộ Xây dựng", "… mà Bộ GD-ĐT".
_ISSUED_BY = re.compile(r"(?<![a-z])(?:cua|do|ma)\s+")


def _freshly_passed_report(norm: NormalizedText, shadow: str, start: int,
                           end: int) -> PageReading | None:  # fmt: skip
    """A lead line, under a headline, that opens with a document "vừa được (ký) ban hành" or
    "vừa được phê duyệt" (or ends on it after a comma) reports that document; its issuer is
    the body named after "của" if any."""
    headline = _headline_span(shadow, start)
    if headline is None or headline[1] >= len(shadow):
        return None  # no headline over a lead
    lead = _skip_space(shadow, headline[1])
    lead_end = shadow.find("\n", lead, end)
    m = _FRESHLY_PASSED.search(shadow, lead, end if lead_end < 0 else lead_end)
    if m is None:
        return None
    # (the last one names the issuer: "Thông tư quy định … của … mà Bộ GD-ĐT")
    by = list(_ISSUED_BY.finditer(shadow, m.start("between"), m.end("between")))
    actor = _actor(norm.text, shadow, by[-1].end(), m.end("between")) if by else None
    word = " ".join(m.group("word").split())
    return PageReading(REPORT, m.start("word"), word, m.start("word"), m.end("word"), actor)


def _passive_report(norm: NormalizedText, shadow: str, start: int, end: int) -> PageReading | None:
    """A page whose lead names a document and then the body that issued it reports it; not
    where the clause carries out or rests on it ("Thực hiện Kế hoạch số … do UBND tỉnh ban
    hành"). So does a lead that opens with a document's type word and the body that issued it
    ("Kế hoạch do … ký ban hành, yêu cầu …"), or one that says what a body issued in a
    numbered document ("… được Bộ … ban hành tại Thông tư số …")."""
    first = _lead_sentence(shadow, start, end)
    found = [m for m in (_PASSIVE_ACT.search(shadow, start, end),
                         _PASSIVE_OPENING.match(shadow, first[0], first[1]) if first else None,
                         _ISSUED_IN.search(shadow, first[0], first[1]) if first else None)
             if m is not None]  # fmt: skip
    for m in sorted(found, key=lambda m: m.start()):
        cue = _CUE_IN_CLAUSE.search(shadow, _clause_start(shadow, start, m.start()), m.start())
        if cue is not None and not (cue.group() == "theo" and _decides_next(shadow, m.end())):
            continue  # (but "Cụ thể theo quyết định số …, do Chủ tịch UBND tỉnh … ký, điều động
            # ông …": the document that did what the sentence goes on to tell)
        between = m.groupdict().get("between")
        if between and _NAMES_NUMBER.search(between):
            continue  # "Kết luận … được thể hiện tại Công văn số 168/CV-BNCTU do …": another's
        actor = _actor(norm.text, shadow, m.start("body"), m.end("body"))
        if actor is None and between:
            # "… của Bộ GD&ĐT do Thứ trưởng Nguyễn Hữu Độ ký": the signer's ministry
            of = _OF_BODY.search(shadow, m.start("between"), m.end("between"))
            actor = _actor(norm.text, shadow, of.end(), m.end("between")) if of else None
        if actor is None:
            continue
        word = " ".join(m.group("word").split())
        return PageReading(REPORT, m.start(), word, m.start("word"), m.end("word"), actor,
                           _lead_date(shadow, start, m.start()))  # fmt: skip
    return None


# "Hội Khuyến học và Tỉnh Đoàn Kon Tum ký kết chương trình phối hợp …", "… ký kết Kế hoạch
# phối hợp giữa Đoàn Thanh niên Chính phủ và Tỉnh Đoàn Ninh Bình": bodies that sign a joint
# programme, plan or regulation issue it together.
# (and a cooperation record: "Hội LHPN tỉnh Hà Tĩnh ký kết Biên bản hợp tác với Hội LHPN tỉnh
# Bolykhămxay", signed by both, as a joint programme is)
# ("UBND phường Sài Gòn và Trung tâm Chuyển đổi số Thành phố ký Kế hoạch liên tịch …": "ký"
# alone before the joint text's name)
# (twinning rules, signed by both units: "Ban Chỉ huy Quân sự (CHQS) huyện Vĩnh Hưng - Bộ CHQS
# tỉnh Long An và Chi khu Quân sự Kom Pong Ro, Svay Chum … ký kết quy chế kết nghĩa và biên bản
# hợp tác năm 2015", baolongan.vn; "Hai đơn vị đã ký kết quy chế kết nghĩa …", huengaynay.vn;
# not the twinning itself, "… ký kết nghĩa giai đoạn 2024 - 2026", which names no text)
_SIGNS_JOINT = re.compile(
    r"(?<![a-z])ky(?:\s+ket)?\s+(?P<word>chuong\s+trinh|ke\s+hoach|quy\s+che|bien\s+ban)"
    r"(?=\s+(?:phoi\s+hop|hop\s+tac|lien\s+tich|ket\s+nghia)(?![a-z]))"
    # (the joint text left unnamed, the partner named: "Ngày 7-11, Đảng ủy xã Bình Hưng (TPHCM)
    # ký kết phối hợp toàn diện trên các lĩnh vực với đảng ủy 6 phường, xã giáp ranh.",
    # sggp.org.vn; no kind)
    r"|(?<![a-z])ky\s+ket(?=\s+(?:phoi\s+hop|hop\s+tac)(?![a-z])[^.;\n]{0,80}?\s(?:voi|giua)\s)"
    # (a joint text named by its kind of signing: "UBND phường Hòa Hưng và Trung tâm Chuyển đổi
    # số TPHCM tổ chức Lễ ký kết liên tịch thực hiện các nhiệm vụ chuyển đổi số …", sggp.org.vn;
    # "… đã tổ chức lễ ký kết thỏa thuận liên ngành giữa Hội LHPN – Hội Nông dân – Ngân hàng …",
    # muonglat.thanhhoa.gov.vn: an inter-agency or coordination agreement; no kind)
    r"|(?<![a-z])ky\s+ket(?=\s+(?:lien\s+tich|thoa\s+thuan\s+(?:lien\s+nganh|phoi\s+hop))(?![a-z]))"
)
# A clause that opens on its ground: "Thực hiện …", "Theo …", "Căn cứ …", "Triển khai …".
_GROUND_OPENING = re.compile(r"[\s\W]*(?:thuc\s+hien|can\s+cu|theo|trien\s+khai)(?![a-z])")
# "sẽ ký kết", "dự kiến ký kết", "tiến tới ký kết": a signing still to come
_SIGNING_TO_COME = re.compile(
    r"(?<![a-z])(?:se|du\s+kien|chuan\s+bi|tien\s+toi|huong\s+toi|de\s+xuat)(?:\s+[a-z]+)?\s+$"
)
_TO_COME_REACH = 30
# "ký kết" as a word (shadow text): also what stages.reported reads a joint signing by
SIGNING = re.compile(r"(?<![a-z])ky\s+ket(?![a-z])")
_CEREMONY_HELD = re.compile(r"(?<![a-z])to\s+chuc\s+(?:le|hoi\s+nghi|buoi\s+le)\s+$")
# A headline that names the signing by its event ("Hội nghị ký kết Quy chế phối hợp giữa UBND
# xã với UBMTTQ và các tổ chức Chính trị-Xã hội xã Nghi Lộc.", nghiloc.nghean.gov.vn): "Hội
# nghị" reads as a body's name ("Hội …"), but a conference signs nothing; the lead names the
# signers.
_SIGNING_EVENT = re.compile(r"(?:hoi\s+nghi|hoi\s+thao|buoi\s+le|le)")


def _joint_signing_report(norm: NormalizedText, shadow: str, start: int,
                          end: int) -> PageReading | None:  # fmt: skip
    """A lead in which bodies sign a joint programme, plan or regulation reports it; not a
    signing still to come, nor the text's own statement ("… cùng ký kết Chương trình phối hợp
    với các nội dung như sau:"). A signing whose signers the sentence does not name (a
    headline "Ký kết Chương trình phối hợp giữa …") gives way to the lead's that names them."""
    unnamed: PageReading | None = None
    signings = list(_SIGNS_JOINT.finditer(shadow, start, end))
    named = any(m.group("word") for m in signings)
    for m in signings:
        if named and m.group("word") is None:
            continue  # a signing the page names elsewhere ("Chương trình phối hợp") is that text
        clause = _clause_start(shadow, start, m.start())
        if _SIGNING_TO_COME.search(shadow, max(clause, m.start() - _TO_COME_REACH), m.start()):
            continue
        if (_GROUND_OPENING.match(shadow, clause, m.start())
                and "," not in shadow[clause : m.start()]):  # fmt: skip
            continue  # "Thực hiện chương trình ký kết liên tịch giữa …, ngày 5/6, …": a signing
            # named as the ground the sentence opens on, not the item's news (not "Nhằm đẩy
            # mạnh thực hiện …, chiều 25.4, ông … và ông … đã ký kết kế hoạch phối hợp …")
        sentence_end = _sentence_end(shadow, m.end(), end)
        if _SELF_STATEMENT.search(shadow, m.end(), sentence_end):
            continue
        if not _BODY_START.search(shadow, clause, sentence_end):
            continue  # no body signs in the sentence
        # (the organiser of the signing ceremony: "huyện Văn Quan tổ chức Lễ ký kết Quy chế …")
        held = _CEREMONY_HELD.search(shadow, clause, m.start())
        actor = _actor(norm.text, shadow, clause, held.start() if held else m.start())
        if actor is not None and _SIGNING_EVENT.fullmatch(shadow_of(actor).lower()):
            actor = None  # "Hội nghị ký kết Quy chế phối hợp giữa …": the event, no signer
        if not m.group(0).startswith("ky ket") and (
            actor is None or shadow[max(clause, m.start() - 4) : m.start()].rstrip()[-1:] in "\"“'‘"
        ):
            # "… diễn ra hội nghị " Ký kế hoạch phối hợp chỉ đạo …"": "ký" alone is a signing
            # only with its signers before it, not a meeting's quoted name
            continue
        again = SIGNING.search(shadow, m.end(), sentence_end)
        if actor is None and again is not None:
            # "Tại buổi Lễ ký kết Chương trình phối hợp …, Sở Giáo dục và Đào tạo tỉnh Tiền
            # Giang, Hội Khuyến học tỉnh Tiền Giang ký kết phối hợp với …": the signers after
            actor = _actor(norm.text, shadow, m.end(), again.start())
        # the signing day is the programme's: "Sáng 16.4, Hội ND Thanh Hóa và Sở NNPTNT tỉnh
        # đã ký kết chương trình phối hợp …" under the page's "17/04/2012 05:06"
        signed = _lead_date(shadow, _line_start(shadow, start, clause), m.start())
        word = m.group("word")
        if signed is None and actor is not None and word:
            signed = _signed_on_after(shadow, start, signings, m, sentence_end)
        reading = PageReading(REPORT, m.start(), " ".join(word.split()) if word else None,
                              m.start("word") if word else None,
                              m.end("word") if word else None, actor, signed)  # fmt: skip
        if actor is not None:
            return reading
        unnamed = unnamed or reading
    return unnamed


_SIGNED_AFTER_REACH = 400  # the lead's sentence right after a headline's signing


def _signed_on_after(shadow: str, start: int, signings: list[re.Match[str]],
                     headline: re.Match[str], after: int) -> date | None:  # fmt: skip
    """The day of the same signing told again right after a headline that names it undated:
    "UBND tỉnh va Ủy ban MTTQ tỉnh Ninh Binh ký kết Quy chế phối hợp công tác …" over "Chiều
    29/11/2021, UBND tỉnh và Ủy ban MTTQ tỉnh Ninh Bình tổ chức hội nghị ký kết Quy chế phối
    hợp công tác …" (ninhbinh.gov.vn), as a headline "Lễ ký kết Quy chế phối hợp …" or "…:
    Ký kết quy chế phối hợp" is dated by its lead ("Ngày 06/10/2021, huyện Văn Quan tổ chức Lễ
    ký kết Quy chế phối hợp …", "Chiều 1-7, HĐND tỉnh Khánh Hòa tổ chức lễ ký kết Quy chế phối
    hợp …"): the signing day is the text's."""
    word = " ".join(headline.group("word").split())
    for later in signings:
        if later.start() < after or later.start() > after + _SIGNED_AFTER_REACH:
            continue
        if later.group("word") is None or " ".join(later.group("word").split()) != word:
            continue
        clause = _clause_start(shadow, start, later.start())
        if _SIGNING_TO_COME.search(shadow, max(clause, later.start() - _TO_COME_REACH),
                                   later.start()):  # fmt: skip
            return None
        return _lead_date(shadow, _line_start(shadow, start, clause), later.start())
    return None


# A Front committee that has agreed its own supervision plan or programme adopted it (FORMAT.md,
# meetings and adoption): "Ủy ban Trung ương MTTQ Việt Nam vừa thống nhất kế hoạch giám sát và
# phản biện xã hội năm 2022 …" (sggp.org.vn), "Tại hội nghị, các đại biểu đã thảo luận, thống
# nhất thông qua các nội dung chương trình giám sát và phản biện xã hội của Ủy ban MTTQ tỉnh …"
# (baothaibinh.com.vn); told as done ("vừa", "đã"), the Front named in the sentence. Not a
# council's meeting ("các đại biểu thảo luận và thống nhất kế hoạch giám sát của Thường trực
# HĐND …") nor a conference held "để thống nhất" it, not done yet.
_FRONT_AGREES = re.compile(
    r"(?<![a-z])(?:vua|da)\s+(?:thao\s+luan\s*,?\s*(?:va\s+)?)?thong\s+nhat(?:\s+thong\s+qua)?"
    r"(?:\s+cac)?(?:\s+noi\s+dung)?\s+(?P<word>ke\s+hoach|chuong\s+trinh)\s+giam\s+sat(?![a-z])"
)
_FRONT_BODY = re.compile(
    r"(?<![a-z])(?:uy\s+ban\s+(?:trung\s+uong\s+)?(?:mttq|mat\s+tran)|ub\s*mttq|ub\s+mat\s+tran)"
    r"(?![a-z])"
)
_FRONT_NAME_END = re.compile(r"[,.;:()\n]|\s(?:va|nam|ve|tai|trong)\s")


def _front_programme_report(norm: NormalizedText, shadow: str, start: int,
                            end: int) -> PageReading | None:  # fmt: skip
    """A lead in which a Front committee (the subject, or the body whose plan it is) is told
    to have agreed its supervision plan or programme reports it."""
    for m in _FRONT_AGREES.finditer(shadow, start, end):
        sentence = _clause_start(shadow, start, m.start(), ".!?\n")
        sentence_end = _sentence_end(shadow, m.end(), end)
        actor = _actor(norm.text, shadow, _clause_start(shadow, start, m.start()), m.start())
        if actor is None or _FRONT_BODY.search(shadow_of(actor)) is None:
            front = _FRONT_BODY.search(shadow, m.end(), sentence_end)
            if front is None or _FRONT_BODY.search(shadow, sentence, m.start()) is not None:
                continue
            cut = _FRONT_NAME_END.search(shadow, front.end(), sentence_end)
            actor = " ".join(norm.text[front.start() : cut.start() if cut else sentence_end]
                             .split())  # fmt: skip
        word = " ".join(m.group("word").split())
        return PageReading(REPORT, m.start(), word, m.start("word"), m.end("word"), actor)
    return None

# A body deciding in a lead ("Thủ tướng Chính phủ vừa quyết định thành lập Ban Chỉ đạo …",
# "Ngày 22/5, Chủ tịch Ủy ban nhân dân tỉnh quyết định công nhận 08 xã …"): it issued a
# decision.
_DECIDES = re.compile(
    r"(?<![a-z])(?P<word>quyet\s+dinh)\s+(?:thanh\s+lap|cong\s+nhan|phe\s+duyet|bo\s+nhiem"
    r"|giao|phan\s+bo|khen\s+thuong|tang\s+(?:thuong|bang|danh\s+hieu)|thu\s+hoi|dieu\s+dong"
    r"|ky\s+luat|cho\s+phep|dinh\s+chi|giai\s+the|sap\s+nhap|cong\s+bo|kien\s+toan"
    # (discipline in the Party's and the State's own words: "Mới đây, Thủ tướng Chính phủ quyết
    # định thi hành kỷ luật bằng hình thức Cảnh cáo đối với ông …", phapluat.tuoitrethudo.vn)
    r"|thi\s+hanh\s+ky\s+luat|xu\s+phat|khai\s+tru|cach\s+chuc|tam\s+dinh\s+chi"
    # a Party committee admitting members, which it does by decision ("Ban Thường vụ Thành ủy
    # Bảo Lộc đã xem xét và quyết định kết nạp thêm 36 đảng viên mới", lamdong.gov.vn)
    r"|ket\s+nap)(?![a-z])"
)

# Words after which "quyết định" is the noun: "công bố quyết định", "trao quyết định", "các
# quyết định", "theo quyết định"; after "dự thảo" it is a draft no one has issued yet ("UBND
# Thành phố đã thông qua dự thảo quyết định thành lập Ban Tổ chức …").
_DECISION_AS_NOUN = frozenset({
    "bo", "trao", "nhan", "doc", "qua", "khai", "cac", "cua", "theo", "tai", "ve", "va", "so",
    "hanh", "ky", "duoc", "nhung", "mot", "hai", "tien", "co", "thao",
})  # fmt: skip


# A body that deliberated and decided: "… đã xem xét và quyết định kết nạp …" (the verb after
# "và", not a decision listed after another text; shadow text).
_DELIBERATED = re.compile(r"(?<![a-z])(?:xem\s+xet|thao\s+luan|ban\s+bac)\s+va\s+$")


# What ends a decision when it is the object, not a body's act: "Sở đã thu hồi quyết định cho
# phép hoạt động … đối với 2 trung tâm ngoại ngữ" (baogialai.com.vn): the withdrawn decisions
# are named, the withdrawal told without its own document.
_DECISION_UNDONE = re.compile(r"(?<![a-z])(?:thu\s+hoi|huy\s+bo|bai\s+bo)\s+$")


def _titled_mid_sentence(text: str, floor: int, pos: int) -> bool:
    """Whether the word at `pos` is written as a document's name ("Quyết định", capital then
    lower case) inside a sentence, not at its start: the verb "quyết định" (decides) is lower
    case there, and a headline in capitals is no name."""
    if not (text[pos : pos + 1].isupper() and text[pos + 1 : pos + 2].islower()):
        return False
    before = text[floor:pos].rstrip()
    return bool(before) and before[-1] not in ".!?:\n-–"


def _decision_report(norm: NormalizedText, shadow: str, start: int, end: int) -> PageReading | None:
    """A lead in which a body decides, in the past or under a dateline, reports its
    decision."""
    text = norm.text
    for line in _lead_lines(shadow, start, end):
        for m in _DECIDES.finditer(shadow, line, _sentence_end(shadow, line, end)):
            before = _WORD_BEFORE.search(shadow, line, m.start())
            if (before is not None and before.group(1) in _DECISION_AS_NOUN
                    and not _DELIBERATED.search(shadow, max(line, m.start() - 24),
                                                m.start())):  # fmt: skip
                continue  # "tổ chức Lễ công bố quyết định thành lập …": the noun
            if _DECISION_UNDONE.search(shadow, max(line, m.start() - 12), m.start()):
                continue  # "Sở đã thu hồi quyết định cho phép hoạt động …": undone, not issued
            if _titled_mid_sentence(text, line, m.start()):
                continue  # "… công bố Nghị Quyết 08 HĐND tỉnh về sáp nhập xóm, Quyết định
                # thành lập các tổ chức …": a document's name in a list, not a body deciding
            clause = _clause_start(shadow, line, m.start())
            actor = _actor(text, shadow, clause, m.start())
            if actor is None or _CUE_IN_CLAUSE.search(shadow, clause, m.start()):
                continue
            if not (_PAST.search(shadow, clause, m.start())
                    or _news_lead(text, shadow, line, m.start())):  # fmt: skip
                continue
            return PageReading(REPORT, m.start(), "quyet dinh", m.start("word"), m.end("word"),
                               actor, _lead_date(shadow, clause, m.start()))  # fmt: skip
    return None


# A body giving notice of its conclusions in a lead or a headline ("Thường trực Thành ủy thông
# báo kết luận về công tác chuẩn bị Tết …"): it issued a notice (Thông báo kết luận).
_NOTIFIES = re.compile(r"(?<![a-z])(?P<word>thong\s+bao)\s+ket\s+luan(?![a-z])")


def _notice_report(norm: NormalizedText, shadow: str, start: int, end: int) -> PageReading | None:
    """A lead or a headline in which a body gives notice of its conclusions reports the
    notice; not a text that states its own ("… thông báo kết luận như sau:")."""
    text = norm.text
    for line in _lead_lines(shadow, start, end):
        sentence_end = _sentence_end(shadow, line, end)
        for m in _NOTIFIES.finditer(shadow, line, sentence_end):
            clause = _clause_start(shadow, line, m.start())
            actor = _actor(text, shadow, clause, m.start())
            if actor is None or _CUE_IN_CLAUSE.search(shadow, clause, m.start()):
                continue
            if _SELF_STATEMENT.search(shadow, m.end(), sentence_end):
                continue  # the notice's own opening
            return PageReading(REPORT, m.start(), "thong bao", m.start("word"), m.end("word"),
                               actor, _lead_date(shadow, clause, m.start()))  # fmt: skip
    return None

# A document named as the speaker of what the lead quotes or tells, closing its sentence: "…
# bảo đảm trật tự, an toàn giao thông …” - công điện nêu rõ.", "…, công văn nêu rõ." (the
# attribution after the words, as "Công văn nêu rõ, …" before them).
_ATTRIBUTED_TO = re.compile(
    rf"(?:[”\"…)][ \t]*[-–]|,)[ \t]*(?P<word>{TYPE_WORD_ALT})[ \t]+"
    r"(?:neu(?:\s+ro)?|nhan\s+manh|chi\s+ro)[ \t]*\."
)


def _attributed_report(shadow: str, start: int, end: int) -> PageReading | None:
    """A headerless page whose lead quotes a document it names as the speaker ("…” - công
    điện nêu rõ.") reports that document; its issuer is what the lead says of it, if anything."""
    m = _ATTRIBUTED_TO.search(shadow, start, end)
    if m is None:
        return None
    word = " ".join(m.group("word").split())
    return PageReading(REPORT, m.start("word"), word, m.start("word"), m.end("word"))

# A lead that opens with a numbered document and says what it states: "Chỉ thị 35-CT/TW của
# Bộ Chính trị về … nêu rõ …", "Chỉ thị số 1112/CT-BGDĐT … của Bộ Giáo dục và Đào tạo xác
# định …" (not a title's "quy định", "hướng dẫn", "phê duyệt": a listing names a document so).
# Not "khẳng định" (affirms): "Nghị quyết 57-NQ/TW khẳng định chuyển đổi số là động lực then
# chốt …" opens a feature or a theory article on a standing text's doctrine, not news of what
# a new text says (no labelled report leads so).
_LED_BY_DOCUMENT = re.compile(  # a code, not a short form ("Nghị quyết số 41 khẳng định")
    rf"(?P<word>{TYPE_WORD_ALT})\s+(?:so\s*:?\s*)?\d+[a-z]?\s*[-–/]\s*[a-z0-9][^\s,;]*"
)
# (not "xác định" over a quotation of the text's position, "Nghị quyết số 16-NQ/TU ngày
# 22/5/2016 … xác định: Cây chè là một trong 7 sản phẩm …" (hamyen.org.vn), "Nghị quyết số
# 22-NQ/TW về … xác định chủ trương: “Đổi mới, …”" (congan.com.vn): a known text quoted as the
# ground of a feature, FORMAT's "known text stating its position", other; "Chỉ thị số
# 1112/CT-BGDĐT … xác định chủ đề năm học mới là …" tells a new text's content)
_STATES = re.compile(
    r"(?<![a-z])(?<!ve\s)(?<!viec\s)(?:neu\s+ro|xac\s+dinh(?!(?:\s+[a-z]+){0,2}\s*:)|yeu\s+cau"
    r"|nhan\s+manh|chi\s+ro|de\s+ra|co\s+hieu\s+luc)(?![a-z])"
)
_OF_BODY = re.compile(r"(?<![a-z])cua\s+")
# A lead that opens with an unnumbered document's type word and what it states: "Công văn nêu
# rõ, để thực hiện …, BTV Tỉnh ủy yêu cầu …", "Thông báo nêu rõ: Nhân dịp kỷ niệm …": the item
# tells the content of a document it does not number.
# ("Kết luận nêu, tại phiên họp ngày 17-10, …, Bộ Chính trị, Ban Bí thư kết luận như sau: …":
# "nêu" alone, sggp.org.vn)
_LED_BY_UNNUMBERED = re.compile(rf"(?P<word>{TYPE_WORD_ALT})\s+neu(?:\s+ro)?\s*[,:]")
# What a body does in the content it issued, besides directing: "xin … cảm ơn", "chủ trương".
_STANDS = re.compile(r"(?<![a-z])(?:xin|chu\s+truong|quyet\s+dinh|dong\s+y|thong\s+nhat)(?![a-z])")
# "Theo đó, …" (accordingly) opening the sentence after a lead that names a document.
_ACCORDINGLY = re.compile(r"theo\s+do\s*,")


# A line that opens a summary of a document its headline named: "Một số nội dung chính của
# Chỉ thị:", "Những điểm mới của Nghị quyết" (not "… với những nội dung chính như sau:", a
# document's own opening).
_CONTENTS_OF = re.compile(
    r"(?:(?:mot\s+so|nhung|cac)\s+)?(?:noi\s+dung|diem)\s+(?:chinh|chu\s+yeu|co\s+ban|moi"
    rf"|noi\s+bat)\s+(?:cua|trong)\s+(?:{TYPE_WORD_ALT})(?![a-z])"
)


# A digest's numbered item labelled with the issuer of the text it sums up: "1. Chính phủ:
# Nghị quyết số 169/NQ-CP ngày 11/11/2020 Phiên họp Chính phủ thường kỳ tháng 10 năm 2020 /
# Theo đó, …" (a central agency's list of directing texts; shadow text, up to the text's name).
_DIGEST_ITEM = re.compile(r"(?P<number>\d{1,2}[.)][ \t]+)[^\n:.;]{2,60}?:[ \t]*")


def _document_led_report(norm: NormalizedText, shadow: str, start: int,
                         end: int) -> PageReading | None:  # fmt: skip
    """A page whose lead opens with a numbered document and goes on to what it states
    reports it; the body named after "của" before the verb issued it."""
    past_headline = False  # a headline named the document; only "Theo đó" may follow it
    headline = None
    for line in _lead_lines(shadow, start, end):
        prefix = _LEAD_PREFIX.match(shadow, line)
        at = prefix.end() if prefix else line
        item = _DIGEST_ITEM.match(shadow, at)
        if item is not None and _BODY_START.match(shadow, item.end("number")):
            at = item.end()  # "1. Chính phủ: Nghị quyết số 169/NQ-CP …": a digest's item
        m = _LED_BY_DOCUMENT.match(shadow, at)
        told = _LED_BY_UNNUMBERED.match(shadow, at) if m is None and headline is None else None
        if told is not None:
            # the body that directs in the document's content issued it (its sentence runs on
            # over semicolons: "… chủ trương của Chính phủ; Thủ tướng …, BTV Tỉnh ủy yêu cầu …")
            stops = [i for i in (shadow.find(c, told.end(), end) for c in ".\n") if i >= 0]
            actor = _directing_someone(norm, told.end(), min(stops, default=end)) or (
                # or the body that states its position in it ("…, Ban Thường trực Ủy ban Trung
                # ương MTTQ Việt Nam xin trân trọng cảm ơn …; … chủ trương không tổ chức …")
                _directing_someone(norm, told.end(), min(stops, default=end), _STANDS)
            )
            word = " ".join(told.group("word").split())
            return PageReading(REPORT, told.start(), word, told.start("word"),
                               told.end("word"), actor)  # fmt: skip
        if m is None:
            if headline is not None and _CONTENTS_OF.match(shadow, at):
                # "HOẢ TỐC: CHỈ THỊ SỐ 06-CT/TU VỀ …\nMột số nội dung chính của Chỉ thị:": a
                # summary of the document its headline names, not that document's text
                word = " ".join(headline.group("word").split())
                return PageReading(REPORT, headline.start(), word, headline.start("word"),
                                   headline.end("word"))  # fmt: skip
            if _is_sentence_line(shadow, line, end):
                return None  # the lead was another sentence: a document named later is cited
            continue
        sentence_end = _sentence_end(shadow, m.end(), end)
        verb = None if past_headline else _STATES.search(shadow, m.end(), sentence_end)
        if verb is not None:
            named_end = verb.start()
        elif _ACCORDINGLY.match(shadow, _skip_space(shadow, min(len(shadow), sentence_end + 1))):
            # "(Cinet)- Quyết định số 2138/QĐ-BVHTTDL ngày 11/6 của Bộ VHTTDL về việc tổ chức
            # …. / Theo đó, …": the next sentence tells what the named document says
            named_end = sentence_end
        elif _is_sentence_line(shadow, line, end):
            return None
        else:
            past_headline = True
            headline = headline or m
            continue  # a headline naming the document; its lead may say more
        actor = None
        of = _OF_BODY.search(shadow, m.end(), named_end)
        if of is not None and _BODY_START.match(shadow, of.end()):
            stop = _SUBJECT_START.search(shadow, of.end(), named_end)
            body = " ".join(norm.text[of.end() : stop.start() if stop else named_end].split())
            actor = body if body[:1].isupper() and len(body) <= _ACTOR_MAX else None
        word = " ".join(m.group("word").split())
        return PageReading(REPORT, m.start(), word, m.start("word"), m.end("word"), actor)
    return None


# A document the item names as the one it tells of: "Quyết định này", "Quyết định xử phạt này"
# (shadow text; a kind word or two between).
_THIS_DOCUMENT = re.compile(
    rf"(?<![a-z])(?P<word>{TYPE_WORD_ALT})(?:\s+[a-z]+){{0,2}}?\s+nay(?![a-z])"
)


def _this_document_report(norm: NormalizedText, shadow: str, start: int,
                          end: int) -> PageReading | None:  # fmt: skip
    """A page that opens "Theo đó, …" (a news item stored from the paragraph after its lead)
    and names the document it tells of as "… này" reports that document, issued by the body
    that directs in the sentence naming it, or in the first ("Theo đó, UBND tỉnh Hậu Giang giao
    Sở NN&PTNT … chịu trách nhiệm thi hành Quyết định này kể từ ngày ký…", cand.com.vn; "Phó
    chủ tịch UBND tỉnh yêu cầu bà … nghiêm chỉnh chấp hành Quyết định xử phạt này",
    truyenhinhdaknong.vn). A document's own text opens on its heading or its basis, never on
    "Theo đó"."""
    at = _skip_space(shadow, start)
    if not _ACCORDINGLY.match(shadow, at):
        return None
    this = _THIS_DOCUMENT.search(shadow, at, end)
    if this is None:
        return None
    sentence = _clause_start(shadow, at, this.start(), ".!?\n")
    actor = body_directing_at(norm, sentence, _sentence_end(shadow, sentence, end)) or (
        body_directing_at(norm, at, _sentence_end(shadow, at, end)))
    word = " ".join(this.group("word").split())
    return PageReading(REPORT, this.start(), word, this.start("word"), this.end("word"), actor)


# A body that guides, told in a news lead: "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Phúc
# hướng dẫn việc tổ chức Ngày hội …", "Ủy ban Trung ương MTTQ Việt Nam hướng dẫn sắp xếp, tinh
# gọn các hội …" (not a guide, "hướng dẫn viên").
# (nor the noun before its author: "theo chỉ đạo của Thủ tướng Chính phủ và chỉ đạo, hướng dẫn
# của Bộ Nông nghiệp …" names the guidance a request follows)
_GUIDES = re.compile(r"(?<![a-z])huong\s+dan(?!\s+vien)(?!\s+cua\s)(?![a-z])")


def _guidance_report(norm: NormalizedText, shadow: str, start: int,
                     end: int) -> PageReading | None:  # fmt: skip
    """A news lead in which a body guides ("<body> hướng dẫn …."), under a headline or after
    a dateline, its sentence closed with no text of the guidance after it ("như sau:", a
    colon): the page reports the body's guidance. A guidance's own opening states "…
    hướng dẫn … như sau:" and is the document."""
    lines = _lead_lines(shadow, start, end)
    headline_guides = False
    for line in lines[:_GUIDANCE_LINES]:
        line_end = shadow.find("\n", line, end)
        line_end = end if line_end < 0 else line_end
        verb = _GUIDES.search(shadow, line, line_end)
        if verb is None:
            continue
        sentence = _clause_start(shadow, line, verb.start(), ".;:")
        acting = actor_at(norm.text, shadow, sentence, verb.start())
        if acting is None:
            return None
        if "," in shadow[acting[1] + len(acting[0]) : verb.start()]:
            # "Từ ngày 01/7/2025, Trung tâm Phục vụ Hành chính công xã Phong Hải chính thức đi
            # vào hoạt động, thực hiện chức năng tiếp nhận, hướng dẫn và giải quyết thủ tục hành
            # chính …" (a commune's notice, retired batch t): one of a list of acts, a unit's
            # functions, not the body's guidance
            return None
        dated = _DATELINE_END.search(  # ("Ngày 5/10/2024, Ủy ban MTTQ …": past its comma)
            _TITLE_WORDS.sub("", shadow[sentence : acting[1]].rstrip()).rstrip(" \t,")
        )
        if dated is None and (line == lines[0] or headline_guides):
            if line == lines[0] and line_end < end:
                # "Ủy ban MTTQ huyện hướng dẫn tổ chức Ngày hội …\nNgày 5/10/2024, Ủy ban MTTQ
                # Việt Nam huyện Hàm Yên hướng dẫn …": a headline; a dated lead may follow
                headline_guides = True
                continue
            return None  # a headline or the text's own first sentence, not a news lead
        closing = _sentence_end(shadow, verb.end(), end)
        if shadow[closing : closing + 1] == ";" or _SELF_STATEMENT.search(shadow, verb.end(),
                                                                           closing):
            return None
        if (_GUIDED_AT_MEETING.search(shadow, sentence, closing)
                or _EVENT_HEADLINE.search(shadow, lines[0], shadow.find("\n", lines[0], end))):
            return None  # "Tại buổi tập huấn, Ban Tuyên giáo … hướng dẫn …": a meeting's item
        if shadow.find(":", verb.end(), closing) >= 0 or _FIRST_SECTION.search(
            shadow, closing, min(len(shadow), closing + _LEAD_SCAN)
        ):
            return None  # the guidance's points follow: its own text
        return PageReading(REPORT, verb.start(), "huong dan", verb.start(), verb.end(),
                           acting[0], _lead_date(shadow, sentence, acting[1])
                           if dated is not None else None)  # fmt: skip
    return None


_GUIDANCE_LINES = 3
# A meeting or a class in the guiding sentence: what is guided there is taught, not issued.
_GUIDED_AT_MEETING = re.compile(
    r"(?<![a-z])(?:hoi\s+nghi|tap\s+huan|boi\s+duong|lop|buoi|cuoc\s+hop|phien\s+hop"
    r"|chu\s+tri|truc\s+tiep|tai\s+cho|cho\s+nguoi\s+dan|ba\s+con)(?![a-z])"
)
