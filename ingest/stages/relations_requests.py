"""The relations stage's reading of requests and purposes: numbered requests, a report that
relays what others were asked, purpose sections, a cue opening another text's subject."""

from __future__ import annotations

import re

from ingest.layout import Layout
from ingest.relations import Classification, RelationType
from ingest.stages.common import _Draft, _sentence
from ingest.stages.relations_common import _CARRIED_OUT
from ingest.text import NormalizedText

# The numbered items an opening announces: "… đề nghị các địa phương … triển khai thực hiện
# công tác tuyên truyền về Đại hội như sau:\n\n1. Tiếp tục thực hiện Chỉ thị số 38-CT/TU …".
_FIRST_ITEM = re.compile(r"\s*1\s*[.)]\s")
_NEXT_HEADING = re.compile(r"\n[ \t]*(?:[IVX]+[ \t]*[.\-)]|[A-Z][ \t]*[.)])[ \t]")
_REQUESTS_MAX = 3000
# An opening that asks the bodies under it for what follows, unnumbered: "… theo đó yêu cầu
# các đơn vị, địa phương … tập trung thực hiện hiệu quả một số nhiệm vụ sau:", "… các nhiệm vụ
# trọng tâm sau đây:".
_ASKS_FOR = re.compile(
    r"(?<![a-z])(?:yeu\s+cau|de\s+nghi)\s+(?:cac|ubnd|uy\s+ban|thu\s+truong|chu\s+tich)"
    r"(?![a-z])[^.;]*?(?:nhu\s+sau|(?:nhiem\s+vu|noi\s+dung|giai\s+phap)(?:\s+[a-z]+){0,2}"
    r"\s+sau(?:\s+day)?)"
    r"\s*:\s*$"
)
_ASKS_SCAN = 400  # the request stands in the opening's last words
_LINE_ENDS = re.compile(r"[ \t]*\n")


def _numbered_requests(norm: NormalizedText, layout: Layout) -> tuple[int, int] | None:
    """The span of the numbered list that right follows an opening ending in a colon (a
    letter's or a guidance's own requests, DOMAIN §7.3 2.), up to the next heading."""
    if layout.opening is None:
        return None
    end = layout.opening[1]
    text = norm.text
    if not text[:end].rstrip().endswith(":"):
        return None
    if not _FIRST_ITEM.match(text, end) and not (
        _ASKS_FOR.search(norm.shadow, max(layout.opening[0], end - _ASKS_SCAN), end)
        and _LINE_ENDS.match(text, text.rfind(":", 0, end) + 1)  # the requests start below
    ):
        return None
    stop = _NEXT_HEADING.search(text, end, min(len(text), end + _REQUESTS_MAX))
    return end, stop.start() if stop else min(len(text), end + _REQUESTS_MAX)


# The heading of a document's purpose section: "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "I.
# MỤC ĐÍCH,\nYÊU CẦU", or "MỤC ĐÍCH, YÊU CẦU" alone on its line (shadow text); not "MỤC TIÊU"
# (targets), nor "Mục đích của …" opening a sentence.
_PURPOSE_HEADING = re.compile(
    r"(?m)^[ \t]*(?:(?:(?:[ivx]+|\d+|[a-z])[ \t]*[.\-)][ \t]*)muc\s+dich(?![a-z])"
    r"|muc\s+dich(?:\s*,\s*yeu\s+cau)?[ \t]*:?[ \t]*$)"
)
# What ends it: the next section ("II. NỘI DUNG", "B. …") or the requirements beside the
# purpose ("2. Yêu cầu", "b) Yêu cầu"), which bind those who carry the plan out (shadow text).
_PURPOSE_ENDS = re.compile(
    r"\n[ \t]*(?:[ivx]+[ \t]*[.\-)][ \t]|(?:\d+|[a-z])[ \t]*[.)][ \t]*yeu\s+cau(?![a-z]))"
)
_PURPOSE_MAX = 3000


def _purpose_sections(norm: NormalizedText) -> list[tuple[int, int]]:
    """The spans of the text's purpose sections, heading included: each up to the next
    section, its requirements, or _PURPOSE_MAX. What a plan's purpose says it carries out it
    carries out (the dev set's labels: "I. MỤC ĐÍCH, YÊU CẦU\n- Tiếp tục triển khai hiệu quả
    Chương trình tổng thể cải cách hành chính … quy định tại Nghị quyết số 76/NQ-CP …; Kế
    hoạch số 2943/KH-UBND …", Lai Châu 1888/KH-VPUBND; "1. Quán triệt và triển khai thực hiện
    nghiêm túc Chỉ thị số 01/CT-TTg"); the carrying-out cue it words it with stays strong,
    as an opening's does."""
    shadow = norm.shadow
    spans: list[tuple[int, int]] = []
    pos = shadow.find("muc")
    while pos >= 0:
        line = shadow.rfind("\n", 0, pos) + 1
        m = _PURPOSE_HEADING.match(shadow, line)
        if m is not None and m.end() > pos:
            cap = min(len(shadow), m.end() + _PURPOSE_MAX)
            stop = _PURPOSE_ENDS.search(shadow, m.end(), cap)
            spans.append((m.start(), stop.start() if stop else cap))
            pos = spans[-1][1]
        else:
            pos += 3
        pos = shadow.find("muc", pos)
    return spans


# "về (việc)" right before a cue: the words open the subject clause of a document named
# before them, "… Kết luận số 16-KT/TU, ngày 03/6/2016 … về việc tiếp tục thực hiện Nghị quyết
# 06-NQ/TU …" (shadow text, up to the cue; not "bảo vệ")
_SUBJECT_OPENS = re.compile(r"(?<![a-z])(?<!bao )ve\s+(?:viec\s+)?$")
_SUBJECT_REACH = 12


def _opens_subject(norm: NormalizedText, start: int, lead: int, cls: Classification) -> bool:
    """Whether the cue of the clause at `start` that leads to a reference at `lead` stands
    right after "về (việc)": the subject of another document, not the host's own act."""
    if cls.cue is None:
        return False
    at = norm.shadow.rfind(cls.cue, start, lead)
    return at >= 0 and (
        _SUBJECT_OPENS.search(norm.shadow, max(0, at - _SUBJECT_REACH), at) is not None
    )


# "Theo đó" (accordingly) right before a carrying-out cue: a report relays what the text it
# reports says (shadow text, up to the cue).
_RELAYED = re.compile(r"(?<![a-z])theo\s+do\s*[,:]?\s*(?:de\s+)?(?:tiep\s+tuc\s+)?$")
_RELAYED_REACH = 24


def _relays_reported(norm: NormalizedText, start: int, lead: int, cls: Classification) -> bool:
    """Whether a report's clause at `start` that leads to a reference at `lead` relays the
    reported text's own "Thực hiện X": "Sở Nông nghiệp & PTNT … vừa có văn bản số
    1066/BVTV-QLT … Theo đó: Thực hiện văn bản số 2827/BNN-BVTV … của Bộ trưởng …"
    (quangninh.gov.vn), "Theo đó, thực hiện Kế hoạch số 1256/KH-CĐN …" (tapchigiaothong.vn).
    Every labelled real case with the words says the reported text carries X out.

    So does the reported text's request that those under it carry X out, in the sentence
    ("Theo Công văn, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy đảng … quán triệt, cụ thể hóa
    và tổ chức triển khai thực hiện nghiêm túc Chỉ thị số 34/CT-TTg", tuyengiao.hungyen.dcs.vn)
    or in the list a request ending in a colon opens ("… yêu cầu các cấp uỷ đảng … tổ chức
    thực hiện tốt các nhiệm vụ trọng tâm sau đây:\n\n1. Quán triệt sâu sắc và tổ chức thực
    hiện nghiêm túc, hiệu quả Chỉ thị số 26-CT/TW …", vietnam.vn/thanhhoa): a report's body
    tells the reported text's requests."""
    if cls.type not in _CARRIED_OUT or cls.cue is None:
        return False
    at = norm.shadow.rfind(cls.cue, start, lead)
    if at < 0:
        return False
    if _RELAYED.search(norm.shadow, max(0, at - _RELAYED_REACH), at) is not None:
        return True
    sentence, _ = _sentence(norm, at, at)
    return _REQUESTS_OTHERS.search(norm.shadow, sentence, at) is not None or _requested_item(
        norm, at
    )


# A paragraph of a report's body that opens with the host's own carrying-out cue: "Thực hiện
# …", "Để triển khai thực hiện …", "Tiếp tục thực hiện …" (shadow text, from the paragraph's
# start; an ellipsis line before it marks the lines of the reported text a news item left out).
_RELAYED_OPENING = re.compile(
    r"(?:de\s+)?(?:tiep\s+tuc\s+)?(?:trien\s+khai\s+|to\s+chuc\s+)?thuc\s+hien(?![a-z])"
    # an English page's: "To continue promoting the positive results achieved by the working
    # delegations and effectively implementing Resolution No. 164/NQ-CP …, the Prime Minister
    # has the following instructions:" (vietnam.vn/en, an official dispatch relayed under its
    # lead), "Implementing …", "In implementation of …", "To implement …"
    r"|(?:in\s+order\s+)?to\s+(?:[a-z]+,?\s+){0,12}?(?:implement|implementing)(?![a-z])"
    r"|implementing(?![a-z])|in\s+implementation\s+of(?![a-z])"
)
_CLAUSE_LEAD = re.compile(r"[\s…]*(?:\.\.\.[\s…]*)?")
_PARAGRAPH_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:(?:…|\.\.\.)[ \t]*\n[ \t]*)?$")
# What a third body did, in the sentence after the cue's text: "…, Đảng ủy phường Phúc Yên đã
# triển khai đồng bộ nhiều giải pháp …" (the background of the reported text, not its words;
# the text as written: the shadow's "dang" is also "Đảng"). Nor one that issues another text
# than the reported one ("…, UBND xã ban hành Kế hoạch số …": that text carries X out).
_PAST_ACT = re.compile(
    r"(?<!\w)(?:đã|vừa|đang)\s+\w"
    # (English: "…, Government members have chaired working delegations …")
    r"|(?<![a-z])(?:has|have|had)\s+(?:[a-z]+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|ne|de)(?![a-z])",
    re.IGNORECASE,
)
_ISSUES = re.compile(r"(?<![a-z])(?:ban\s+hanh|issued|promulgated)(?![a-z])")
_PARAGRAPH_REACH = 40  # the ellipsis line and spaces before the paragraph's first word


def _relays_opening(norm: NormalizedText, drafts: list[_Draft], j: int, start: int,
                    cls: Classification, host_code: str | None) -> bool:  # fmt: skip
    """Whether a report's clause at `start` that leads to reference `j` is a paragraph of the
    body that opens with "Thực hiện X" or "Để triển khai thực hiện X", the reported
    text's own opening quoted under the lead: "(Phù Ninh)- Ngày 21 tháng 5 năm 2020, UBND
    huyện Phù Ninh ban hành văn bản số 598 /UBND-CN&TY … / … / Thực hiện sự chỉ đạo của UBND
    tỉnh tại Văn bản số 1964/UBND-KTN …" (phuninh.phutho.gov.vn); "Thủ tướng Chính phủ …
    vừa ký ban hành Chỉ thị số 36/CT-TTg … / … / Để triển khai thực hiện quyết liệt, hiệu quả
    Chỉ thị số 55-CT/TW …" (cafef.vn). Not where the sentence goes on with what a body did
    ("Thực hiện Nghị quyết số 57-NQ/TW …, Đảng ủy phường Phúc Yên đã triển khai đồng bộ nhiều
    giải pháp …"): the background of the reported text."""
    if cls.type is not RelationType.IMPLEMENTS or cls.cue is None:
        return False
    shadow, lead = norm.shadow, drafts[j].lead_start
    lead_in = _CLAUSE_LEAD.match(shadow, start)
    first = lead_in.end() if lead_in is not None else start  # the clause's first word
    opening = _RELAYED_OPENING.match(shadow, first, lead)
    if opening is None or not _PARAGRAPH_BEFORE.search(
        norm.text, max(0, first - _PARAGRAPH_REACH), first
    ):
        return False
    if not norm.text[first : first + 1].isupper():
        return False  # (a capital opens the paragraph: not a wrapped line)
    _, end = _sentence(norm, lead, lead)
    if not opening.group().startswith(("thuc", "de", "tiep", "trien", "to chuc")):
        # (an English paragraph's sentence goes on past "Decision No. 853/QD-TTg": to its line's
        # end, where "…, Government members have chaired …" tells what others did)
        line_end = norm.text.find("\n", lead)
        end = max(end, line_end if line_end >= 0 else len(norm.text))
    if _PAST_ACT.search(norm.text, lead, end):
        return False
    issues = _ISSUES.search(shadow, lead, end)
    return issues is None or not any(
        issues.end() <= k.start < end and k.code is not None and k.code.canonical != host_code
        for k in drafts[j + 1 :]
    )


# What ends the list a relayed "Thực hiện …" paragraph opens, between two of its items: a
# sentence's end, a colon, a blank line (shadow text).
_RELAYED_LIST_ENDS = re.compile(r"(?<! no)\.\s|:\s|\n[ \t]*\n")


def _relayed_list_item(norm: NormalizedText, drafts: list[_Draft],
                       classes: list[Classification | None], j: int,
                       relayed_items: list[int]) -> bool:  # fmt: skip
    """Whether reference `j` is a later item, after a semicolon, of the list a report's relayed
    "Thực hiện …" paragraph opens (`_relays_opening` held for the item before): "Thực hiện
    Chỉ thị số 05/CT-TTg ngày 28/1/2021 của Thủ tướng Chính Phủ về …; Chỉ thị số 03/CT UBND
    ngày 3/2/2021 của Chủ tịch UBND TP Hà Nội về …; Thông báo kết luận số 128/TB-HU ngày
    8/2/2021 của huyện ủy Đông Anh." (a district's notice quoted under a news lead). The list
    gave the item the cue; the reported text carries out each, as the preamble's list does
    (`_preamble_list_item`)."""
    if not relayed_items:
        return False
    k = relayed_items[-1]
    if classes[k] is not classes[j]:
        return False
    gap = norm.shadow[drafts[k].end : drafts[j].lead_start]
    return ";" in gap and not _RELAYED_LIST_ENDS.search(gap)


# A request to the bodies under the one that makes it, right before a cue in its sentence:
# "yêu cầu các cấp ủy đảng, chính quyền … quán triệt, cụ thể hóa và tổ chức triển khai thực
# hiện" (shadow text, up to the cue).
_REQUESTS_OTHERS = re.compile(r"(?<![a-z])(?:yeu\s+cau|de\s+nghi)\s+(?:cac|toan)(?![a-z])[^.;:]*$")
# The mark that opens a list item's line: "1. ", "2) ", "a) ", "- ", "+ ".
_LIST_ITEM_LINE = re.compile(r"[ \t]*(?:\d+[ \t]*[.)]|[a-zđ][ \t]*\)|[-–•+*])[ \t]")


def _requested_item(norm: NormalizedText, cue: int) -> bool:
    """Whether the line of `cue` is an item of the list a request ending in a colon opens
    (`_ASKS_FOR`): every line from the colon's down to it is an item, the first below it."""
    text = norm.text
    at = text.rfind("\n", 0, cue) + 1
    colon = text.rfind(":", max(0, at - _REQUESTS_MAX), at)
    if colon < 0 or not _ASKS_FOR.search(norm.shadow, max(0, colon + 1 - _ASKS_SCAN), colon + 1):
        return False
    lines = text[colon + 1 : at].split("\n")
    if len(lines) < 2 or lines[0].strip():
        return False  # the items start on the line below the colon
    return _LIST_ITEM_LINE.match(text, at) is not None and all(
        not line.strip() or _LIST_ITEM_LINE.match(line) for line in lines[1:]
    )


# The annex line right under an attached text's capital title: "(Ban hành kèm theo Quyết định
# số 2309/QĐ-UBND …)", "(Kèm theo …)" (shadow text).
_ANNEX_LINE_OPENS = re.compile(r"\(\s*(?:ban\s+hanh\s+)?kem\s+theo(?![a-z])")
_TITLE_TO_ANNEX_LINE = 500  # from the cited text in the title to the annex line under it


def _titles_hosts_annex(norm: NormalizedText, drafts: list[_Draft], j: int,
                        host_code: str | None) -> bool:  # fmt: skip
    """Whether reference `j` stands in the capital title of a text issued with the host, its
    annex line naming the host's own number right under it: "THỰC\nHIỆN QUYẾT ĐỊNH SỐ
    76/QĐ-TTG … TRÊN\nĐỊA BÀN TỈNH KHÁNH HÒA\n(Ban hành kèm theo Quyết định số 2309/QĐ-UBND
    …)" (m.thuvienphapluat.vn). The plan the host issues carries out what its title names, as
    the host's own title would (the dev labels of every such title read so: 881/QĐ-UBND Đà
    Nẵng, 630/QĐ-TTg, 682/QĐ-UBND Quảng Nam, 70/2006/QĐ-UBND Gia Lai, 2309/QĐ-UBND Khánh
    Hòa)."""
    if host_code is None:
        return False
    d = drafts[j]
    text = norm.text
    line = text.rfind("\n", 0, d.lead_start) + 1
    words = text[line : d.start]
    if not words.strip() or words != words.upper():
        return False  # (a title in capitals, from its line's start)
    bracket = _ANNEX_LINE_OPENS.search(norm.shadow, d.end, d.end + _TITLE_TO_ANNEX_LINE)
    if bracket is None or "(" in text[d.end : bracket.start()]:
        return False
    close = text.find(")", bracket.end())
    close = close if close >= 0 else len(text)
    return any(
        bracket.end() <= k.start < close and k.code is not None and k.code.canonical == host_code
        for k in drafts[j + 1 :]
    )


# The reported text as the subject of a verb that states what it says, right before a review
# of the years since another text: "Nghị quyết nêu rõ: Sau 5 năm thực hiện Nghị quyết số
# 55-NQ/TW …" (Bộ Chính trị's 70-NQ/TW, the news of its issue), "Kết luận số 210-KL/TW nêu rõ
# kết quả đạt được sau 8 năm thực hiện Nghị quyết số 18-NQ/TW …" (vietnamplus.vn): the text
# itself weighs the years, so it reviews what it names (shadow text, up to the cue; the type
# word, its number if printed, "nêu rõ" or "chỉ rõ", then at most five words).
_STATES_ITS_REVIEW = re.compile(
    r"(?<![a-z])(?:nghi\s+quyet|ket\s+luan|chi\s+thi|ke\s+hoach|chuong\s+trinh(?:\s+hanh\s+dong)?"
    r"|quyet\s+dinh|thong\s+bao|de\s+an)(?:\s+so)?(?:\s+[0-9][^\s,:;]*)?"
    r"\s+(?:neu\s+ro|chi\s+ro)\s*:?\s*(?:[a-z]+\s+){0,5}$"
)
_STATES_REACH = 120


def _relays_review(norm: NormalizedText, start: int, lead: int, cls: Classification,
                   years_after: str) -> bool:  # fmt: skip
    """Whether a report's clause at `start` that leads to a reference at `lead` relays the
    reported text's own review of the years since the reference ("Nghị quyết nêu rõ: Sau 5
    năm thực hiện Nghị quyết số 55-NQ/TW …"). Only where the text is the one that states it:
    the reporter's own "Qua 15 năm triển khai thực hiện Nghị quyết số 27-NQ/TW …" (a
    province's programme reported, sotrang.gov.vn) or "Hơn 10 năm thực hiện Chỉ thị số
    43-CT/TW …" (a conclusion's news) tells the background, not what the text reviews."""
    if cls.type is not RelationType.REVIEWS or cls.label != years_after or cls.cue is None:
        return False
    at = norm.shadow.rfind(cls.cue, start, lead)
    if at < 0:
        return False
    sentence, _ = _sentence(norm, at, at)  # (the clause may start after the colon)
    return _STATES_ITS_REVIEW.search(
        norm.shadow, max(sentence, at - _STATES_REACH), at
    ) is not None


# A decision's first article that issues the plan or programme it comes with (shadow text,
# from the clause after "Article 1." / "Điều 1."): "Article 1. To promulgate together with this
# Decision the Plan for further implementation of the Political Bureau's Resolution No.
# 45-NQ/TW …" (366/QĐ-TTg in English, hethongphapluat.com), "Điều 1. Ban hành kèm theo Quyết
# định này Kế hoạch thực hiện Nghị quyết số 02/NQ-CP …" (881/QĐ-UBND of Đà Nẵng).
_ENACTS_ATTACHED = re.compile(
    r"[ \t\-–.]*(?:(?:to\s+)?(?:promulgate|issue)\s+(?:together\s+)?with\s+this\s+decision"
    r"|ban\s+hanh\s+kem\s+theo\s+quyet\s+dinh\s+nay)(?![a-z])"
)
_FIRST_ARTICLE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:article|dieu)\s+1[ \t]*[.:\-–]*[ \t]*$")


def _enacts_attached_plan(norm: NormalizedText, start: int, cls: Classification) -> bool:
    """Whether the clause at `start`, whose cue carries a text out, is a decision's first
    article issuing the plan that carries it out: the decision's own act, wherever the layout
    put its opening (an English copy without its heading and title reads every line as body).
    A plan about an uncoded text whose subject carries the reference out is typed before this
    ("… Kế hoạch triển khai thực hiện Chương trình hành động của Thủ tướng Chính phủ về việc
    thực hiện Chỉ thị số 47-CT/TW": CITES, not carried out here)."""
    if cls.type not in _CARRIED_OUT or cls.cue is None:
        return False
    if _ENACTS_ATTACHED.match(norm.shadow, start) is None:
        return False
    return _FIRST_ARTICLE_BEFORE.search(norm.shadow, max(0, start - 24), start) is not None
