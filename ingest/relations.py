"""Type a reference from the words that lead up to it (DOMAIN.md §7.2).

"thực hiện X" → IMPLEMENTS, "sơ kết … thực hiện X" → REVIEWS, "căn cứ X" → BASED_ON,
"ban hành kèm theo X" → ATTACHED_TO; for State texts "quy định chi tiết X" → GUIDES,
"sửa đổi, bổ sung X" → AMENDS, "thay thế X" → REPLACES, "bãi bỏ X" → REPEALS, "đính chính
X" → CORRECTS, "hợp nhất X" → CONSOLIDATES, "đình chỉ X" → SUSPENDS; anything else → CITES.
Cues are matched on the shadow text (lower case, no diacritics), so "hoá"/"hóa" and "uỷ"/"ủy"
spellings agree.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from ingest.values import quick_init


class RelationType(StrEnum):
    """Edge types. Values double as Neo4j relationship types, so they come from here only."""

    IMPLEMENTS = "IMPLEMENTS"
    REVIEWS = "REVIEWS"
    ATTACHED_TO = "ATTACHED_TO"
    BASED_ON = "BASED_ON"
    CITES = "CITES"
    # What State texts do to one another (the national legal database's "lược đồ" pairs)
    GUIDES = "GUIDES"  # quy định chi tiết, hướng dẫn thi hành
    AMENDS = "AMENDS"  # sửa đổi, bổ sung
    REPLACES = "REPLACES"  # thay thế
    REPEALS = "REPEALS"  # bãi bỏ, hủy bỏ, hết hiệu lực
    CORRECTS = "CORRECTS"  # đính chính
    CONSOLIDATES = "CONSOLIDATES"  # hợp nhất
    SUSPENDS = "SUSPENDS"  # đình chỉ, tạm ngưng hiệu lực

    @property
    def label(self) -> str:
        """The type as a reader names it: Vietnamese, then English."""
        return RELATION_LABELS[self]


RELATION_LABELS: dict[RelationType, str] = {
    RelationType.IMPLEMENTS: "thực hiện / implements",
    RelationType.REVIEWS: "sơ kết, tổng kết / reviews",
    RelationType.ATTACHED_TO: "kèm theo / attached to",
    RelationType.BASED_ON: "căn cứ / based on",
    RelationType.CITES: "dẫn chiếu / cites",
    RelationType.GUIDES: "hướng dẫn, quy định chi tiết / guides",
    RelationType.AMENDS: "sửa đổi, bổ sung / amends",
    RelationType.REPLACES: "thay thế / replaces",
    RelationType.REPEALS: "bãi bỏ / repeals",
    RelationType.CORRECTS: "đính chính / corrects",
    RelationType.CONSOLIDATES: "hợp nhất / consolidates",
    RelationType.SUSPENDS: "đình chỉ / suspends",
}
# A document that replaces or repeals another ends its force.
ENDS_FORCE = frozenset({RelationType.REPLACES, RelationType.REPEALS})


@dataclass(frozen=True, slots=True)
class Rule:
    """A cue: a pattern on the shadow text, the edge type it signals and a finer label.

    `needles` are words of which every match holds at least one (the pattern's required
    words); a lead-in holding none of them is not searched.
    """

    pattern: re.Pattern[str]
    type: RelationType
    label: str
    needles: tuple[str, ...] = ()


_LETTERS = re.compile(r"[a-z]+")


def _split_top(pattern: str) -> list[str]:
    """`pattern`'s alternatives at its top level (not inside a group)."""
    alternatives, depth, start = [], 0, 0
    for i, ch in enumerate(pattern):
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            alternatives.append(pattern[start:i])
            start = i + 1
    alternatives.append(pattern[start:])
    return alternatives


_LEADING_GROUP = re.compile(r"\(\?:")


def _group_end(pattern: str) -> int:
    """The index of the ")" closing the group `pattern` opens with, or -1 if none does."""
    depth = 0
    for i, ch in enumerate(pattern):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            return i
    return -1


def _needles(pattern: str) -> tuple[str, ...]:
    """The first required word of each top-level alternative of `pattern`: its first run of
    letters outside an optional group. Alternatives are split at top-level "|" only; an
    alternative that opens with a group of alternatives ("(?:ban chi dao|to cong tac) …")
    gives the first word of each of them."""
    found: list[str] = []
    for alt in _split_top(pattern):
        required = re.sub(r"\(\?:[^()]*\)\?", "", alt)  # drop optional groups "(?:…)?"
        # and lookarounds, which hold no letters of the match: "(?<!hien )theo" needs "theo"
        required = re.sub(r"\(\?<?[!=][^()]*\)", "", required)
        if _LEADING_GROUP.match(required):
            close = _group_end(required)
            inner = required[3:close]
            if close > 0 and "|" in inner and required[close + 1 : close + 2] not in ("?", "*"):
                inner_words = _needles(inner)
                if not inner_words:
                    return ()
                found.extend(inner_words)
                continue
        words = _LETTERS.findall(required.replace("\\s", " ").replace("\\d", " "))
        if not words:
            return ()  # an alternative without a required word: always search
        found.append(words[0])
    return tuple(dict.fromkeys(found))


def _rule(
    pattern: str, type_: RelationType, label: str, needles: tuple[str, ...] | None = None
) -> Rule:
    """A rule of `pattern`, whose needles are the first required word of each alternative
    (`_needles`), or `needles` where a rarer word stands in every match (its verb after a
    common first word: each of `needles` a whole word of the shadow text)."""
    # The group keeps the word boundaries around every alternative of the pattern.
    found = _needles(pattern) if needles is None else needles
    return Rule(re.compile(rf"(?<![a-z])(?:{pattern})(?![a-z])"), type_, label, found)


_IMPL = RelationType.IMPLEMENTS
REPEALS_TOO = "amends_and_repeals"  # the label of a cue that amends a text and repeals parts
_REV = RelationType.REVIEWS
# The label of "Sau 10 năm thực hiện Nghị quyết …": an assessment that opens a section, in the
# body as much as in the opening
YEARS_AFTER = "years_after"
# What one State text does to another, as a group (for the passive "được thay thế bởi").
# ("bị hết hiệu lực": a legal site's history row, "21/06/1993 Bị hết hiệu lực 42-CP", names
# the text that ended the one the page is about)
ACTS_ON = (
    r"(?:thay\s+the|sua\s+doi(?:,?\s+bo\s+sung)?|bai\s+bo|huy\s+bo|dinh\s+chinh|hop\s+nhat"
    r"|dinh\s+chi|het\s+hieu\s+luc)"
)
# How another text guides a law: "quy định chi tiết (thi hành) (một số điều) (của)", "hướng dẫn …"
_GUIDED = (
    r"(?:quy\s+dinh\s+chi\s+tiet|huong\s+dan)(?:\s+(?:thi\s+hanh|chi\s+tiet))?"
    r"(?:\s+(?:mot\s+so|cac)\s+dieu)?(?:\s+cua)?"
)
# "thực hiện (những) nội dung … theo", right before the text it names (see DEFAULT_RULES)
_CONTENTS_THEO = (
    r"thuc\s+hien\s+(?:(?:nhung|cac|mot\s+so)\s+)?noi\s+dung"
    r"(?:\s+(?!theo\s)[^\s;:.]+){0,30}\s+theo(?=\s*$)"
)
DEFAULT_RULES: tuple[Rule, ...] = (
    _rule(r"(?:ban\s+hanh\s+)?kem\s+theo", RelationType.ATTACHED_TO, "annex_of"),
    # A body named for its task: "Phiên họp … Ban Chỉ đạo quốc gia triển khai Nghị quyết số
    # 68-NQ/TW", "Đoàn Kiểm tra của Ban Chỉ đạo tổng kết 10 năm thực hiện Kết luận 62-KL/TW":
    # the verb is the committee's name, not what the text does (ahead of the verbs' rules)
    # ("Ban Chỉ đạo (BCĐ) Trung ương thực hiện Nghị quyết số 70/NQ-CP": its abbreviation in
    # brackets after the name)
    # ("BCĐ Trung ương thực hiện Nghị quyết 70 có nhiệm vụ …": the committee abbreviated)
    _rule(r"(?:ban\s+chi\s+dao|bcd|to\s+cong\s+tac|to\s+giup\s+viec|ban\s+dieu\s+hanh)"
          r"(?:\s*\([^()]{1,12}\))?"
          r"(?:\s+(?:quoc\s+gia|trung\s+uong|cap\s+tinh|tinh|huyen|xa|thanh\s+pho))?"
          r"(?:\s+(?:de|trien\s+khai|tong\s+ket|so\s+ket)(?:\s+\d+\s+nam)?)?"
          r"\s+(?:thuc\s+hien|trien\s+khai|tong\s+ket|so\s+ket)",
          RelationType.CITES, "named_body"),
    # "Căn cứ kết quả thực hiện Kế hoạch số 268/KH-UBND …": the results of a text as a basis
    # clause's object; the host stands on them, it does not review them (ahead of the review
    # cue "kết quả … thực hiện", which ends at the same place)
    _rule(r"can\s+cu(?:\s+vao)?\s+(?:cac\s+)?ket\s+qua(?:\s+\d+\s+nam)?(?:\s+trien\s+khai)?"
          r"\s+thuc\s+hien", RelationType.BASED_ON, "based_on"),
    # "Tuyên truyền kết quả bước đầu trong thực hiện tổng kết Nghị quyết số 18-NQ/TW …" (the
    # Propaganda Commission's monthly orientation): the results are what to propagate; the
    # text neither reviews nor carries out the resolution (ahead of the review and the verbs'
    # cues, which end at the same place)
    _rule(r"tuyen\s+truyen(?:\s+ve)?\s+(?:cac\s+)?ket\s+qua(?:\s+[a-z]+){0,6}"
          r"\s+(?:tong\s+ket|so\s+ket|thuc\s+hien|trien\s+khai)",
          RelationType.CITES, "disseminates"),
    # (not "trên cơ sở kết luận …": "cơ sở" (basis) runs into "kết" without its diacritics)
    _rule(r"(?<!co\s)so\s+ket", _REV, "interim_review"),
    _rule(r"tong\s+ket", _REV, "final_review"),
    _rule(r"danh\s+gia", _REV, "assesses"),
    _rule(r"ket\s+qua(?:\s+\d+\s+nam)?(?:\s+\(\S+\s*-\s*\S+\))?(?:\s+trien\s+khai)?\s+thuc\s+hien",
          _REV, "assesses"),
    _rule(r"qua\s+\d+\s+nam", _REV, "assesses"),
    # "… về tình hình triển khai thực hiện Nghị quyết số 01/NQ-CP; tình hình kinh tế - xã hội
    # tháng 10 …, Chính phủ thống nhất đánh giá: …" (a Government session's resolution, a
    # central agency's digest): how a text is being carried out, weighed
    _rule(r"(?<!kiem\s)(?<!sat\s)tinh\s+hinh(?:\s+trien\s+khai,?)?\s+thuc\s+hien", _REV,
          "assesses"),
    # "Sau 10 năm thực hiện Nghị quyết 13-NQ/TƯ của Tỉnh ủy (khóa XIV), hệ thống kết cấu hạ
    # tầng …", "Sau 10 năm triển khai thực hiện Nghị quyết số 29-NQ/TW …, giáo dục và đào tạo
    # nước ta đã đạt được …": the years after carrying a text out, weighed (as "qua 10 năm")
    _rule(r"sau\s+(?:hon\s+|gan\s+)?(?:\d+|mot|hai|ba|bon|nam|muoi)\s+nam"
          r"(?:\s+\([^()]{0,20}\))?(?:\s+trien\s+khai,?)?\s+(?:thuc\s+hien|trien\s+khai)",
          _REV, YEARS_AFTER),
    # "Mười năm qua, thực hiện Nghị quyết 15-NQ/TW …": the years past of carrying a text out
    # (its needle is "qua": the number before it is one of several words)
    Rule(re.compile(r"(?<![a-z])(?:\d+|hai|ba|bon|nam|sau|bay|tam|chin|muoi)"
                    r"(?:\s+(?:muoi|lam|nam))?\s+nam\s+qua,?\s+(?:trien\s+khai\s+)?thuc\s+hien"
                    r"(?![a-z])"), _REV, "assesses", ("qua",)),
    # "Kế hoạch số 66-KH/QU … về kiểm tra việc triển khai thực hiện Kế hoạch 62-KH/QU"
    # (danguyphuong4quan11.com, TP.HCM), "giám sát việc thực hiện Nghị quyết 29-NQ/TW" (sggp.org.vn,
    # the Front's supervision programme), "đoàn sẽ kiểm tra công tác lãnh đạo, chỉ đạo và
    # thực hiện Nghị quyết số 18 -NQ/TW" (plo.vn): inspecting or supervising how others carry
    # a text out neither carries it out nor reviews it; the text is cited (the dev labels of
    # all three; ahead of the verbs' rules, which end at the same place)
    _rule(r"(?:kiem\s+tra|giam\s+sat)(?:,?\s+(?:kiem\s+tra|giam\s+sat))?"
          r"(?:\s+(?:viec|tinh\s+hinh|cong\s+tac|lanh\s+dao,?|chi\s+dao|va)(?![a-z]))*"
          r"(?:\s+trien\s+khai,?)?\s+(?:thuc\s+hien|trien\s+khai)",
          RelationType.CITES, "inspects"),
    _rule(r"can\s+cu", RelationType.BASED_ON, "based_on"),
    # "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15": the verb is
    # the title of the law the host stands on, not what the host does; the law it names is a
    # basis (ahead of the verbs' own rules, which end at the same place)
    _rule(r"can\s+cu(?:\s+vao)?\s+(?:bo\s+luat|luat|phap\s+lenh|nghi\s+quyet|nghi\s+dinh"
          r"|thong\s+tu(?:\s+lien\s+tich)?|quyet\s+dinh)\s+(?:sua\s+doi(?:,?\s+bo\s+sung)?"
          r"|bai\s+bo|thay\s+the|huong\s+dan(?:\s+thi\s+hanh)?"
          r"|quy\s+dinh\s+chi\s+tiet(?:\s+thi\s+hanh)?)",
          RelationType.BASED_ON, "basis_title"),
    # "Căn cứ Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng số
    # 69/2020/QH14", "Căn cứ Luật Đầu tư theo phương thức đối tác công tư số 64/2020/QH14"
    # (Công báo): "theo" is a word of the law's name, which runs on to the number; the law is
    # the basis (ahead of "theo", which ends before; not "… theo quy định tại …", "… theo …
    # của …": a basis that goes by another text)
    _rule(r"can\s+cu(?:\s+vao)?\s+(?:bo\s+luat|luat|phap\s+lenh)(?:\s+[a-z]+)+?\s+theo"
          r"(?:\s+(?!quy\s+dinh(?![a-z])|tai(?![a-z])|cua(?![a-z]))[a-z]+)+(?=\s*$)",
          RelationType.BASED_ON, "based_on"),
    # "Xét đề nghị … tại Tờ trình số …", "theo đề nghị của … tại …": a submission considered,
    # cited (the labels of every real case say so), not a basis; nor carried out where the
    # consideration joins an opening's "Thực hiện" list ("Thực hiện Quyết định số 568/QĐ-TTg …
    # và xét đề nghị của Giám đốc Sở Y tế tại Tờ trình số 4294/TTr-SYT …, Ủy ban nhân dân tỉnh
    # ban hành Kế hoạch": hethongphapluat.com, Quảng Ngãi 206/KH-UBND of 2023)
    # ("Qua xem xét Tờ trình số 719/TTr-UBND …": the verb right before the submission, whose
    # type word starts the reference; Quảng Bình 66/2013/NQ-HĐND, a law-firm site's copy)
    _rule(r"xet\s+(?:to\s+trinh|de\s+nghi)|theo\s+de\s+nghi|(?:xem\s+)?xet(?=\s*$)",
          RelationType.CITES, "considers"),
    _rule(r"tiep\s+tuc(?:\s+day\s+manh)?(?:\s+trien\s+khai)?\s+thuc\s+hien", _IMPL, "continues"),
    _rule(r"cu\s+the\s+hoa", _IMPL, "concretises"),
    # "Thực hiện Nghị quyết Đại hội …; Tiếp tục phát huy kết quả Chương trình 02-CTr/QU về …":
    # building on the results of a former programme is not carrying it out (the item has a
    # verb of its own, so the list's "Thực hiện" does not reach it)
    _rule(r"phat\s+huy\s+(?:cac\s+|nhung\s+)?ket\s+qua", RelationType.CITES, "builds_on"),
    # "Nghị quyết này hướng dẫn một số quy định về … của Bộ luật Dân sự số 91/2015/QH13": the
    # text says what it is, a guide to what it names (ahead of "hướng dẫn thực hiện" → implements)
    # (the text's own mention "Nghị quyết này" is a reference of its own: the lead-in of what
    # follows then starts with a blank, right after it)
    _rule("|".join(rf"{kind}\s+nay\s+huong\s+dan(?:\s+(?:thuc\s+hien|thi\s+hanh|ap\s+dung))?"
                   for kind in (r"nghi\s+quyet", r"nghi\s+dinh", r"thong\s+tu(?:\s+lien\s+tich)?",
                                r"quyet\s+dinh", r"phap\s+lenh")),
          RelationType.GUIDES, "details"),
    Rule(re.compile(r"^ huong\s+dan(?:\s+(?:thuc\s+hien|thi\s+hanh|ap\s+dung))?(?![a-z])"),
         RelationType.GUIDES, "details", ("huong",)),
    _rule(r"huong\s+dan\s+thuc\s+hien", _IMPL, "guides"),  # a Party guidance carries X out
    # "theo quy định của pháp luật hướng dẫn thi hành Luật Đất đai năm 2013", "văn bản quy định
    # chi tiết Luật …", "Nghị định của Chính phủ quy định chi tiết …": other texts guide the law;
    # the host only cites it (ahead of the guiding cue, which ends at the same place or before)
    # (and the guiding words that follow theirs: "… và các văn bản quy định chi tiết một số điều
    # và biện pháp tổ chức, hướng dẫn thi hành của Luật Quản lý thuế số 108/2025/QH15",
    # 169/2026/NĐ-CP; "trình Chính phủ ban hành văn bản quy định chi tiết, hướng dẫn thi hành
    # Luật Cơ quan đại diện …", 122/NQ-CP; "Quyết định về việc công bố văn bản quy định chi
    # tiết, quy định biện pháp cụ thể để tổ chức, hướng dẫn thi hành Nghị định số …", 333/QĐ-BTC)
    _rule("|".join(rf"{who}\s+{_GUIDED}(?:[^;:.]{{0,80}}\s{_GUIDED})?" for who in (
        r"phap\s+luat", r"van\s+ban(?:\s+phap\s+luat)?", r"nghi\s+dinh\s+cua\s+chinh\s+phu",
    )), RelationType.CITES, "guided_elsewhere"),
    # ("Nghị định này quy định thi hành Bộ luật Dân sự về bảo đảm thực hiện nghĩa vụ", not
    # "quy định thi hành án": the execution of judgments)
    # ("Nghị định này quy định chi tiết việc thực hiện khoản 6 Điều 37 của Luật Ngân sách nhà
    # nước số 89/2025/QH15": 118/2026/NĐ-CP details the law, it does not carry it out)
    _rule(r"huong\s+dan\s+thi\s+hanh"
          r"|quy\s+dinh\s+chi\s+tiet(?:\s+(?:thi\s+hanh|(?:viec\s+)?thuc\s+hien))?"
          r"|quy\s+dinh\s+thi\s+hanh(?!\s+an(?![a-z]))"
          # "hướng dẫn (chi tiết) (một số điều của) Nghị định số …": right before the document
          # ("… ban hành Thông tư hướng dẫn một số nội dung tại Nghị định số 289/2025/NĐ-CP …",
          # 26/2026/TT-BNNMT, 148/2025/TT-BTC; "… hướng dẫn một số quy định tại …", 33/2026/TT-BCA)
          r"|huong\s+dan(?:\s+chi\s+tiet)?(?:\s+(?:mot\s+so|cac)\s+(?:dieu|noi\s+dung|quy\s+dinh)"
          r"(?:\s+(?:cua|tai))?)?(?=\s*$)",
          RelationType.GUIDES, "details"),
    # "VỀ VIỆC KHÔNG THỰC HIỆN QUYẾT ĐỊNH SỐ 156/CT": a text that stops another's execution
    # (or a unit that failed to carry it out) names it, carries nothing out
    _rule(r"khong\s+(?:thuc\s+hien|trien\s+khai)", RelationType.CITES, "not_carried_out"),
    # "… giải quyết các vấn đề liên quan đến việc triển khai thực hiện Nghị quyết số 70/NQ-CP":
    # what concerns carrying a text out, not carrying it out (chinhphu.vn, a steering committee's
    # tasks)
    _rule(r"lien\s+quan\s+(?:den|toi)\s+(?:viec\s+)?(?:trien\s+khai\s+)?(?:thuc\s+hien|trien\s+khai)",
          RelationType.CITES, "concerns"),
    # "… các bộ, cơ quan, địa phương … đã tổ chức thực hiện nghiêm Chỉ thị số 40-CT/TW …": what
    # others have carried out, the background of the text, not what it carries out (ahead of
    # the verbs' rule, which ends at the same place or before)
    _rule(r"da\s+(?:to\s+chuc\s+|trien\s+khai\s+)?thuc\s+hien"
          r"(?:\s+(?:nghiem(?:\s+tuc)?|tot|co\s+hieu\s+qua))?", RelationType.CITES, "done_before"),
    # "… không được tiếp tục thực hiện quyền, nghĩa vụ của người khiếu nại quy định tại Điều 12
    # Luật Khiếu nại", "Nghị định số 18/2019/NĐ-CP … về quản lý và thực hiện hoạt động khắc phục
    # hậu quả bom mìn …", "… dự án … được thực hiện trước thời điểm Luật Đầu tư theo phương thức
    # đối tác công tư có hiệu lực", "… Nghị định số 30/2016/NĐ-CP tiếp tục thực hiện cho đến khi
    # Luật Việc làm số 38/2013/QH13 … hết hiệu lực", "… kinh phí thực hiện chính sách ưu đãi người
    # có công … và Thông tư số 148/2015/TT-BTC": a right, an activity, a time or funds, not the
    # text named after them (ahead of the verbs' rules, which end at the same place or before)
    _rule(r"thuc\s+hien\s+(?:cac\s+)?(?:quyen|hoat\s+dong|che\s+do|chinh\s+sach)(?![a-z])"
          r"|thuc\s+hien\s+(?:cho\s+)?(?:den\s+khi|truoc\s+(?:thoi\s+diem|ngay))(?![a-z])",
          RelationType.CITES, "activity"),
    # "Thủ tục … quy định tại Điều 19 Nghị định số 15/2019/NĐ-CP thực hiện theo thủ tục giải thể
    # … quy định tại Điều 9 Nghị định số 95/2026/NĐ-CP", "Thực hiện theo quy định tại Nghị định
    # số 176/2024/NĐ-CP", "… thì tiếp tục thực hiện theo quy định tại Thông tư số 17/2022/…":
    # which rule or procedure applies (a cross-reference or a transitional clause), not a text
    # carried out (ahead of the verbs' rules, which end before "theo")
    _rule(r"thuc\s+hien\s+theo\s+(?:cac\s+)?(?:quy\s+dinh|thu\s+tuc)(?![a-z])",
          RelationType.CITES, "according_to"),
    # "1. Tiếp tục thực hiện những nội dung theo Kế hoạch 112-KH/HU …" (a district propaganda
    # board's letter), "Về thực hiện nội dung “cấp ủy chuẩn bị dự thảo nghị quyết đại hội …”
    # theo Chỉ thị số 35-CT/TW" (the Central Party Office's guidance): the verb's object is the
    # text's contents, which the host carries out; a measure or a task carried out according
    # to a text only cites it (FORMAT, settled 2026-12-06) (ahead of "theo", which ends at the
    # same place)
    # (no other "theo" between: "… nội dung theo kế hoạch, đồng thời theo …" cites the last;
    # "tiếp tục" before the verb continues the text, as "tiếp tục thực hiện X" does)
    # (looked for only where "nội" stands, rarer than the verbs)
    _rule(rf"tiep\s+tuc(?:\s+trien\s+khai)?\s+{_CONTENTS_THEO}", _IMPL, "continues", ("noi",)),
    _rule(_CONTENTS_THEO, _IMPL, "carries_out_contents", ("noi",)),
    # "Thực hiện chỉ đạo của Ủy ban nhân dân Thành phố Hồ Chí Minh về thí điểm triển khai Tổ
    # công nghệ số cộng đồng tại Thành phố Hồ Chí Minh theo Công văn số 2350/UBND-KT …"
    # (phuhuu.tpthuduc.hochiminhcity.gov.vn, blind batch ab): the direction carried out is
    # the letter's content, as with "tại Công văn số …" (DOMAIN §7.2: "thực hiện ý kiến chỉ
    # đạo … tại Công văn số X" implements; the 5 dev labels of "thực hiện (ý kiến) chỉ đạo …
    # tại/theo X" read IMPLEMENTS). Not a measure carried out according to a direction
    # ("… duy trì thực hiện các giải pháp cấp bách … theo chỉ đạo của Thủ tướng Chính phủ tại
    # Chỉ thị …": the verb's object is the measures; CITES) (ahead of "theo")
    _rule(r"thuc\s+hien\s+(?:nghiem\s+(?:tuc\s+)?)?(?:(?:y\s+kien|su|cac|noi\s+dung)\s+)?"
          r"chi\s+dao(?:\s+(?!theo\s)[^\s;:.,]+){0,30}\s+theo(?=\s*$)",
          _IMPL, "carries_out_direction", ("dao",)),
    # (not a law's name: "Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15", 185/2026/NĐ-CP;
    # "Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn"; but "pháp luật thực hiện" is a verb:
    # "văn bản quy phạm pháp luật thực hiện theo …", 191/2026/NĐ-CP)
    # "Kế hoạch số 244/KH-UBND về tuyên truyền, phổ biến thực hiện Nghị quyết số 66-NQ/TƯ"
    # (Hà Nội), "Tuyên truyền thực hiện Chỉ thị số 45-CT/TW" (a cell meeting's material),
    # "Tuyên truyền triển khai thực hiện Nghị quyết Trung ương 4 …" (a propaganda board's
    # guidance): propaganda about carrying a text out, with no break before the verb, cites
    # it (FORMAT, settled 2026-12-07); a list whose last verb is set off by a comma or "và"
    # ("tuyên truyền, triển khai thực hiện …") carries it out (ahead of the verbs' rule,
    # which ends at the same place)
    _rule(r"tuyen\s+truyen(?:\s*,\s*pho\s+bien)?\s+(?:trien\s+khai\s+)?(?:thuc\s+hien|trien\s+khai)",
          RelationType.CITES, "disseminates"),
    # "Được biết sau khi tổng kết việc thực hiện Chỉ thị số 35-CT/TW, ngày 30/5/2019 …, Bộ
    # Chính trị đã ban hành Chỉ thị số 35-CT/TW …" (a Q&A on the new directive), "… trên cơ
    # sở tổng kết 20 năm thực hiện Nghị quyết số 13-NQ/TW …" (baochinhphu.vn): a review done
    # before, which the text builds on, is cited (FORMAT: "Trên cơ sở kết quả tổng kết …"),
    # not held (ahead of the review and the verbs' rules, which end at the same place)
    _rule(r"(?:sau\s+khi|tren\s+co\s+so)(?:\s+(?:cac\s+)?ket\s+qua)?\s+(?:so\s+ket|tong\s+ket)"
          r"(?:(?:\s+(?:viec|\d+\s+nam))*\s+(?:trien\s+khai\s+)?thuc\s+hien)?",
          RelationType.CITES, "done_before"),
    _rule(r"(?<!luat )(?<!phap lenh )thuc\s+hien|(?<=phap luat )thuc\s+hien|trien\s+khai",
          _IMPL, "implements"),
    # An English page's verb (a portal's English site, an English daily): "Implementing
    # Resolution No. 18-NQ/TU …, Tay Ho District Party Committee issued Plan No. 142-KH/QU"
    # (vietnam.vn), "… to continue implementing the Resolution No. 10-NQ/TW"
    # (en.hungyen.gov.vn)
    # ("… requested ministries, branches and localities to continue to resolutely, seriously
    # and effectively implement the Prime Minister's directions in Official Dispatches No.
    # 86/CD-TTg …", baohaiduong.vn/en: "tiếp tục thực hiện", how well between the verbs)
    _rule(r"(?:continue|continues|continued|continuing)\s+(?:to\s+)?(?:(?:[a-z]+,?|and)\s+){0,5}?"
          r"implement(?:ing)?", _IMPL, "continues"),
    _rule(r"implementing|implements|implemented|implement", _IMPL, "implements"),
    # "Thi hành Nghị định số 196-HĐBT …, Bộ Tài chính hướng dẫn …", "Thi hành Điều 2 Quyết
    # định của Bộ Chính trị số 31-QĐ/TW …": a clause that opens with "thi hành" (to execute)
    # carries the text out, as "thực hiện" does. Only at the clause's start: inside one,
    # "tình hình thi hành Luật …", "biện pháp thi hành …", "Luật Thi hành án …" say other things.
    Rule(re.compile(r"^[ \t\-–•*+]*thi\s+hanh(?![a-z])(?!\s+an(?![a-z]))"), _IMPL, "implements",
         ("thi",)),
    _rule(r"quan\s+triet|tuyen\s+truyen", RelationType.CITES, "disseminates"),
    # "Thực hiện Quyết định số 468/QĐ-TTg …, UBND tỉnh Ninh Bình đã ban hành Kế hoạch số
    # 107/KH-UBND …": the verb right before the document issues it; the cue before it is
    # what that document carries out, not a cue for it
    Rule(re.compile(r"(?<![a-z])ban\s+hanh\s*$"), RelationType.CITES, "issued", ("ban",)),
    # Passive: "Quyết định 119/QĐ-UBND … đã được thay thế bởi Quyết định 366/QĐ-UBND" — the
    # cited document acts on the host, not the other way round; the edge would point the
    # wrong way, so it stays a citation (ahead of the active cues, which end at the same place)
    # (looked for only where "được", "bị" or "bởi" stands, as every match holds one: the act's
    # words are everywhere, "định" of "quy định", "Nghị định", "Quyết định" above all)
    # (several verbs: "được sửa đổi, bổ sung, bãi bỏ bởi Luật số 93/2025/QH15")
    # ("… đã được sửa đổi, bổ sung một số điều theo Luật số 48/2014/QH13": the parts too)
    # (and without "được" where "bởi" follows: "… Điều 13 Nghị định số 147/2024/NĐ-CP, sửa đổi,
    # bổ sung bởi khoản 4 Điều 26 Nghị định số 116/2026/NĐ-CP" (20/2026/NQ-CP), "… Luật Luật
    # sư; sửa đổi, bổ sung bởi Nghị định số 137/2018/NĐ-CP" (66.16/2026/NQ-CP): "bởi" names the
    # acting text)
    Rule(re.compile(rf"(?<![a-z])(?:(?:duoc|bi)\s+{ACTS_ON}(?:\s*(?:,|va)\s*{ACTS_ON})*"
                    r"(?:\s+(?:mot\s+so|cac)\s+dieu)?(?:\s+(?:boi|theo|tai))?"
                    rf"|{ACTS_ON}(?:\s*(?:,|va)\s*{ACTS_ON})*(?:\s+(?:mot\s+so|cac)\s+dieu)?"
                    r"\s+boi)(?![a-z])"),
         RelationType.CITES, "acted_on_by", ("duoc", "bi", "boi")),
    # the same of a guide or a supplement: "[Điều này được hướng dẫn bởi Điều 29 Nghị định
    # 181/2004/NĐ-CP …]", "[Khoản này được bổ sung bởi Khoản 1 Điều 2 Luật …]"
    Rule(re.compile(r"(?<![a-z])(?:duoc|bi)\s+(?:huong\s+dan|quy\s+dinh\s+chi\s+tiet|bo\s+sung)"
                    r"(?:\s+thi\s+hanh)?\s+(?:boi|tai)(?![a-z])"),
         RelationType.CITES, "acted_on_by", ("huong", "quy", "bo")),
    # a legal site's history row names the supplementing text right after the words: "25/10/2008
    # Được bổ sung 58/2008/QĐ-UBND" (nothing between, so not "được bổ sung kinh phí theo …")
    Rule(re.compile(r"(?<![a-z])(?:duoc|bi)\s+bo\s+sung(?=\s*$)"),
         RelationType.CITES, "acted_on_by", ("bo",)),
    # and of an end: "[Điều này hết hiệu lực bởi Khoản 4 Điều 252 Luật Đất đai 2024 …]"
    Rule(re.compile(r"(?<![a-z])het\s+hieu\s+luc\s+boi(?![a-z])"),
         RelationType.CITES, "acted_on_by", ("het",)),
    # The English passive: "… which had a number of articles amended and supplemented under
    # the Government’s Decree No. 154/2020/ND-CP" (english.luatvietnam.vn), "Circular No. 21
    # … is amended by: 1. Circular No. 08/2023/TT-BLDTBXH …" (thuvienphapluat.vn): the text
    # named after the verb acts, as "được sửa đổi, bổ sung bởi" above
    Rule(re.compile(r"(?<![a-z])(?:amended|supplemented|replaced|superseded|repealed|annulled)"
                    r"(?:\s*(?:,|and)\s*(?:amended|supplemented|replaced|superseded|repealed"
                    r"|annulled))*\s+(?:by|under)(?![a-z])"),
         RelationType.CITES, "acted_on_by",
         ("amended", "supplemented", "replaced", "superseded", "repealed", "annulled")),
    # A text not yet named that will or may change the one cited: "Khẩn trương trình Chính phủ
    # Nghị định sửa đổi, bổ sung Nghị định số 165/2024/NĐ-CP" (122/NQ-CP), "… với Nghị định số
    # 26/2023/NĐ-CP và các Nghị định sửa đổi, bổ sung Nghị định số 26/2023/NĐ-CP (nếu có)"
    # (25/2026/NQ-CP), "… theo quy định của Nghị định sửa đổi, bổ sung Nghị định số
    # 91/2020/NĐ-CP" (22/2026/NQ-CP), "… thực hiện theo quy định tại văn bản sửa đổi, bổ sung,
    # thay thế Thông tư số 06/2021/TT-BXD" (15/2022/TT-BKHĐT): the verb is that text's, not
    # the host's (ahead of the verbs' rules, which end at the same place; not "Chính phủ ban
    # hành Nghị định sửa đổi, bổ sung …", the host's own name)
    # (and a law's name in running text: "… được sửa đổi, bổ sung bởi Luật sửa đổi, bổ sung một
    # số điều của Luật Tần số vô tuyến điện số 09/2022/QH15" (66.16/2026/NQ-CP: the number is
    # the amending law's), "… tại Khoản 3 Điều 34 Luật sửa đổi, bổ sung một số điều của Luật
    # Chất lượng sản phẩm, hàng hóa năm 2025 và Điều 83 Nghị định số 37/2026/NĐ-CP" (20/2026/
    # NQ-CP); not the host's own "Quốc hội ban hành Luật sửa đổi, bổ sung …")
    _rule(r"(?:van\s+ban|(?:(?:cac|nhung|cua|tai|theo)|trinh(?:\s+thu\s+tuong)?(?:\s+chinh\s+phu)?"
          r"(?:\s+du\s+thao)?)\s+(?:nghi\s+dinh|thong\s+tu|quyet\s+dinh)"
          r"|(?:cua|tai|theo|boi|(?:dieu|khoan|diem)\s+\d+[a-z]?)\s+luat)\s+"
          r"(?:sua\s+doi(?:,?\s+bo\s+sung)?(?:\s*(?:,|va|hoac)\s*(?:thay\s+the|bai\s+bo))*"
          r"|thay\s+the|bai\s+bo)(?:\s+(?:mot\s+so|cac)\s+(?:dieu|noi\s+dung))?(?![a-z])",
          RelationType.CITES, "unnamed_amender", ("sua", "thay", "bai")),
    # (looked for only where its verb stands: its first words, "của", "tại", "theo", "Điều",
    # stand before nearly every reference in a State text)
    # "Sửa đổi, bổ sung, bãi bỏ một số điều của Luật Sở hữu trí tuệ số 50/2005/QH11": parts
    # amended and parts repealed (REPEALS_TOO: both edges), "Sửa đổi, bổ sung, thay thế …":
    # amended (ahead of the repeal's and the replacement's own rules, which end at the same
    # place)
    _rule(r"sua\s+doi(?:,?\s+bo\s+sung)?(?:\s*(?:,|va)\s*(?:thay\s+the|bai\s+bo|huy\s+bo))*"
          r"\s*(?:,|va)\s*(?:bai\s+bo|huy\s+bo)", RelationType.AMENDS, REPEALS_TOO),
    _rule(r"sua\s+doi(?:,?\s+bo\s+sung)?\s*(?:,|va)\s*thay\s+the", RelationType.AMENDS, "amends"),
    # "Thay thế cụm từ “khu công nghệ thông tin tập trung” bằng cụm từ “khu công nghệ số tập
    # trung” tại …", "Thay thế Phụ lục I …": a part of the text is replaced, the text amended
    # and still in force
    # ("Thay thế Danh mục (Phụ lục I, Phụ lục II) ban hành kèm theo Nghị định số
    # 181/2025/NĐ-CP …", 144/2026/NĐ-CP; "… thay thế nội dung về đầu tư ra nước ngoài quy định
    # tại Thông tư số 03/2021/TT-BKHĐT …", 38/2026/TT-BTC: a list or some content replaced)
    # ("4. Thay thế tiểu mục b mục 12 Phụ lục IV ban hành kèm theo Thông tư số
    # 08/2019/TT-BKHĐT tương ứng bằng Phụ lục II …", 21/2023/TT-BKHĐT: a section of an annex)
    _rule(r"thay\s+the\s+(?:cac\s+|mot\s+so\s+)?(?:tu(?=\s*[“\"',])|cum\s+tu|phu\s+luc|(?:bieu\s+)?mau|khoan"
          r"|diem|dieu|danh\s+muc|noi\s+dung|(?:tieu\s+)?muc(?!\s+(?:tieu|dich))|chuong)(?![a-z])",
          RelationType.AMENDS, "replaces_part"),
    # (not "… điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế quy định tại …
    # Nghị định số 141/2024/NĐ-CP", 21/2026/NQ-CP: a substitute drug, no act)
    _rule(r"(?<!thuoc\s)thay\s+the", RelationType.REPLACES, "replaces"),
    _rule(r"sua\s+doi(?:,?\s+bo\s+sung)?", RelationType.AMENDS, "amends"),
    # "ĐIỀU CHỈNH QUYẾT ĐỊNH SỐ 872/QĐ-UBND NGÀY 09/5/2013 …", "Điều 1. Điều chỉnh điểm c,
    # khoản 2, mục II, Kế hoạch … ban hành kèm theo Quyết định số 872/QĐ-UBND …" (1502/QĐ-UBND
    # Lâm Đồng, luatminhkhue.vn), "… điều chỉnh một số nội dung tại Nghị quyết 360/NQ-HĐND"
    # (vinhlinh.quangtri.gov.vn): a text, or named parts of it, adjusted: the text amended.
    # Only right before the text or a part's name: "Tờ khai tham gia, điều chỉnh thông tin bảo
    # hiểm y tế theo Mẫu số 02 …", "phê duyệt danh mục …/điều chỉnh danh mục đề án … quy định
    # tại …", "Phạm vi điều chỉnh" adjust or govern other things (realcorpus/)
    _rule(r"(?<!pham\svi\s)(?<!doi\stuong\s)(?<!duoc\s)"
          r"dieu\s+chinh(?:\s+(?:mot\s+so\s+)?noi\s+dung(?:\s+(?:cua|tai))?)?(?=\s*$)"
          r"|dieu\s+chinh\s+(?:diem|khoan|tiet)\s+[a-z0-9]{1,3}(?=\s*,)", RelationType.AMENDS,
          "adjusts", ("chinh",)),
    # (looked for where "chỉnh" stands, and "điều" with it: "Điều" alone is in most lead-ins)
    # "Các nội dung khác vẫn thực hiện theo Kế hoạch số 196/KH-UBND …" (a letter adjusting a
    # provincial sports congress plan, Đồng Tháp), "Các nội dung khác giữ nguyên theo Thông báo
    # số 24/TB-UBND …" (a notice adjusting the flag days, baovinhlong.com.vn): the closing words
    # of a text that changes parts of another say the rest of it stands: that text is amended
    # (ahead of "thực hiện … theo", which ends at the same place). Not "Các nội dung khác
    # thực hiện theo quy định tại …" with no word of continuing (realcorpus/: a regulation's
    # residual rule, "other matters follow …")
    _rule(r"(?:cac|nhung)\s+(?:noi\s+dung|diem|quy\s+dinh)\s+khac\s+(?:(?:van|deu)\s+)*"
          r"(?:giu\s+nguyen|khong\s+thay\s+doi|(?<=van\s)thuc\s+hien|tiep\s+tuc\s+thuc\s+hien)"
          r"(?:\s+nhu)?\s+theo(?=\s*$)", RelationType.AMENDS, "keeps_rest", ("khac",)),
    # "Bổ sung khoản 3 vào sau khoản 2 Điều 7 của Luật Biển Việt Nam số …", "Bổ sung cụm từ …":
    # adding a part to a text amends it (not "bổ sung kinh phí", which adds no part)
    # ("… về điều chỉnh bổ sung một số điều của Nghị định số 35/2015/NĐ-CP": parts added)
    _rule(r"bo\s+sung\s+(?:cac\s+)?(?:khoan|diem|dieu|muc|chuong|tiet|cum\s+tu|phu\s+luc"
          r"|mau)(?![a-z])"
          r"|(?<!doi\s)(?<!doi,\s)bo\s+sung\s+mot\s+so\s+(?:dieu|khoan|diem|muc|noi\s+dung)"
          r"(?![a-z])", RelationType.AMENDS, "supplements"),
    # ("… UBND tỉnh thu hồi, chấm dứt hiệu lực Giấy phép số 08/GP-UBND …", thiennhien.net, as
    # "chấm dứt hiệu lực kể từ ngày Nghị định này có hiệu lực" ends a text in Công báo)
    _rule(r"bai\s+bo|huy\s+bo|het\s+hieu\s+luc|cham\s+dut\s+hieu\s+luc", RelationType.REPEALS,
          "repeals"),
    # "Bỏ từ “quy hoạch,” tại các điều, khoản, điểm của các luật sau đây:", "Bỏ cụm từ tại
    # Nghị định số 128/2020/NĐ-CP": words struck out of a text (thuvienphapluat.vn: "[Cụm từ này
    # bị bãi bỏ bởi …]"); a quote or "các"/"một số" before the words keeps "Bộ Tư pháp" out
    _rule(r"bo\s+(?:(?:cac|mot\s+so)\s+(?:tu|cum\s+tu)(?:\s*,\s*cum\s+tu)?"
          r"|(?:tu|cum\s+tu)(?=\s*[“\"']|\s+tai(?![a-z])))", RelationType.REPEALS, "repeals_words"),
    _rule(r"dinh\s+chinh", RelationType.CORRECTS, "corrects"),
    # "Hồ sơ đề nghị chấp thuận hợp nhất, sáp nhập quỹ đóng, quỹ mở … tại khoản 2 Điều 238 …
    # Nghị định số 155/2020/NĐ-CP" (24/2026/NQ-CP), "(Trường hợp chia, tách, hợp nhất, sáp
    # nhập, chuyển đổi loại hình tổ chức kinh tế)" (25/2023/TT-BKHĐT): a merger of bodies or
    # funds, no consolidated text (ahead of "hợp nhất", which ends at the same place)
    _rule(r"(?:(?:chia,?\s+)?tach,?\s+|sap\s+nhap,?\s+(?:va\s+)?)hop\s+nhat"
          r"|hop\s+nhat,?\s+(?:va\s+)?(?:sap\s+nhap|chia,?\s+tach)", RelationType.CITES, "merger",
          ("nhat",)),  # (every match holds "nhất"; "hợp" stands in "phù hợp", "phối hợp" …)
    _rule(r"hop\s+nhat", RelationType.CONSOLIDATES, "consolidates"),
    # "Tạm ngưng hiệu lực Nghị định số 46/2026/NĐ-CP", "Ngưng hiệu lực của Thông tư số …",
    # "đình chỉ việc thi hành …": a text's force or execution stopped, or the text right after
    # the verb. Not a sanction ("Đình chỉ các hoạt động quy định tại khoản 1 … Điều 9 của Luật
    # …", "quyết định đình chỉ thi hành án"), a business pausing ("tạm ngừng, chấm dứt hoạt động
    # kinh doanh"), nor "định chỉ/định chi" of the shadow text ("quy định chi tiết", "giám định
    # chi phí", "Quyết định chỉ định"; edge audit round 4: 20 of 24 sampled pairs so)
    _rule(r"(?:tam\s+)?(?:dinh\s+chi|ngung)\s+(?:viec\s+)?(?:thi\s+hanh(?!\s+an(?![a-z]))"
          r"|hieu\s+luc)|(?:tam\s+)?(?:dinh\s+chi|ngung)(?=\s*$)",
          RelationType.SUSPENDS, "suspends"),
    # "Trong thời gian ngưng hiệu lực của Thông tư số 08/2022/TT-BKHĐT …, các văn bản … sau
    # đây tiếp tục có hiệu lực thi hành: a) Thông tư số 01/2015/TT-BKHĐT …": kept in force
    _rule(r"tiep\s+tuc\s+(?:co\s+)?hieu\s+luc(?:\s+thi\s+hanh)?", RelationType.CITES,
          "kept_in_force"),
    # "Trên cơ sở Kế hoạch số 6103/KH-UBND …", "trên cơ sở Nghị quyết số 05-NQ/TU …": on the
    # basis of the document right after it, as "căn cứ" (every labelled real case says so;
    # not "trên cơ sở kết luận của … tại Thông báo số …", where the basis is what it holds)
    _rule(r"tren\s+co\s+so(?:\s+(?:cac|noi\s+dung(?:\s+cua)?))?(?=\s*$)",
          RelationType.BASED_ON, "on_basis"),
    # English pages (legal sites' translations, the Government's and the provinces' English
    # portals, English dailies): the same relations in the translators' words. Every
    # alternative is a whole word, so the needle index skips them on a Vietnamese lead-in.
    # "Pursuant to the Government’s Decree No. 73/CP …" (vbpl.vn), "Based on the discussion
    # …" (chinhphu.vn), the machine translation's "Decision base 2473/QĐ-TTg …", "Base of
    # Protocol 17/2010/NĐ-CP …" (global-regulation.com); "In accordance with …", "On the
    # basis of …" open a basis clause only where the clause starts with them
    _rule(r"pursuant\s+to|based\s+on|base(?:\s+of(?:\s+protocol)?)?(?=\s*$)",
          RelationType.BASED_ON, "based_on"),
    # "Pursuant to the Law on amending and supplementing a number of articles of … No.
    # 47/2019/QH14": the verb is the title of the law the host stands on (as "Căn cứ Luật sửa
    # đổi, bổ sung …" above; ahead of the verbs' rules below, which end at the same place)
    _rule(r"(?:pursuant\s+to|based\s+on)[^;]*?\s(?:law|laws|code|ordinance|resolution|decree"
          r"|circular|decision)(?:\s+on)?\s+(?:(?:amending|amendments|amendment)"
          r"(?:\s*(?:,|and)\s*supplementing)?|supplementing|replacing|guiding|detailing"
          r"|elaborating)", RelationType.BASED_ON, "basis_title"),
    Rule(re.compile(r"^[ \t\-–•*+]*(?:in\s+accordance\s+with|on\s+the\s+basis\s+of)(?![a-z])"),
         RelationType.BASED_ON, "based_on", ("accordance", "basis")),
    # "… amending and supplementing a number of articles of Circular No. …", "Decree … on
    # amendments to Government’s Decree No. 95/2021/ND-CP" (asemconnectvietnam.gov.vn),
    # "Amendments And Supplements To Some Articles Of The Circular No. 32/2010/tt-Bldtbxh"
    # (global-regulation.com), "To amend the Regulation …" (vbpl.vn); a part replaced amends
    _rule(r"amending|amends|amend|amendment|amendments|supplementing|supplements"
          r"|replace\s+(?:the\s+)?(?:words?|phrases?|annex|appendix|forms?|clauses?|points?"
          r"|articles?|sections?)", RelationType.AMENDS, "amends"),
    # "This Decree supersedes: a) The Government's Decree No. 90/2009/ND-CP …" (vietjack.me),
    # "… replaces Decision No. …", "in replacement of …"
    _rule(r"supersedes|superseding|supersede|replaces|replacing|replace|replacement",
          RelationType.REPLACES, "replaces"),
    _rule(r"repeals|repealing|repeal|annuls|annulling|annul|abolishes|abolishing|abolish",
          RelationType.REPEALS, "repeals"),
    # "Circular No. 31/2011/TT-BLDTBXH … guiding the implementation of a number of articles of
    # Decree No.34/2008/ND-CP" (english.luatvietnam.vn), "Decree No. 33/2021/ND-CP … on
    # elaboration and measures for implementation of the National Assembly’s Resolution No.
    # 19/2020/QH14" (vanbanphapluat.co), "This Circular provide guidance on the calculation of
    # criteria … prescribed in Article 7 of the Government's Decree No. 79/2010/ND-CP"
    # (thuvienphapluat.vn)
    _rule(r"(?:guiding|detailing|(?:measures|guidance)\s+for|guidance\s+on)\s+(?:the\s+)?"
          r"implementation\s+of"
          r"|guiding|guides|detailing|elaborating|elaborates|elaboration"
          r"|(?:provide|provides|providing)\s+guidance\s+on",
          RelationType.GUIDES, "details"),
    # "… to summarize 10 years of implementing Resolution No. 26-NQ/TW" (baonghean.vn),
    # "Plan No. 59-KH/TU on summing up implementation of Directive No. 25-CT/TU"
    # (english.hanoi.gov.vn), "the Plan to preliminarily review the 5 year implementation of
    # Directive 21-CT/TW" (dongnai.gov.vn): a review, which scopes over "implementing"
    _rule(r"summarize|summarizing|summarise|summarising|summing\s+up|sum\s+up|sums\s+up"
          r"|review|reviews|reviewing|reviewed", _REV, "final_review"),
    _rule(r"assess|assesses|assessing|evaluate|evaluates|evaluating", _REV, "assesses"),
    # carrying a text out, as "thực hiện" ("implementing" has its rule above)
    _rule(r"carry\s+out|carrying\s+out|carries\s+out|concretize|concretizing|concretise"
          r"|concretising", _IMPL, "implements"),
    # the noun, as Vietnamese "(việc) thực hiện": "Plan No. 310-KH/TU on the detailed plan to
    # organize the implementation of Conclusion No. 127-KL/TW" (vietnam.vn, Hòa Bình), "the
    # Plan for further implementation of the Political Bureau's Resolution No. 45-NQ/TW"
    # (366/QĐ-TTg in English); after the rules that end at the same place and say more
    # ("guiding the implementation of …" guides; a review's "summing up implementation of"
    # scopes over it)
    # ("The directive also emphasizes the continued, effective execution of National Assembly
    # Resolution No. 98/2023/QH15", sggp.org.vn: "tiếp tục thực hiện", how well between)
    _rule(r"(?:continued|further)(?:,?\s+[a-z]+){0,3}?,?\s+(?:implementation|execution)\s+of",
          _IMPL, "continues"),
    _rule(r"implementation\s+of", _IMPL, "implements"),
    # "Plan to study and thoroughly grasp Conclusion 107-KH/TU …", "… in the spirit of Notice
    # of Conclusion No. 264-TB/TW …" (baonghean.vn): quán triệt, theo tinh thần
    _rule(r"thoroughly\s+grasp|thoroughly\s+grasping|disseminate|disseminating|disseminates"
          r"|dissemination|popularise|popularising|popularize|popularizing|according\s+to",
          RelationType.CITES, "disseminates"),
    Rule(re.compile(r"(?<![a-z])in\s+the\s+spirit\s+of(?![a-z])"), RelationType.CITES,
         "in_spirit_of", ("spirit",)),
    # "(Issued together with Decision No. 121/1999/QD-BTC …)" (hethongphapluat.com)
    _rule(r"(?:issued|promulgated)\s+(?:together\s+)?with|enclosed\s+with|attached\s+to",
          RelationType.ATTACHED_TO, "annex_of"),
    # "… has issued Plan 197-KH/TH.U …", "… signed and issued Plan No. 348/KH-UBND …": the verb
    # right before the document issues it (as "ban hành" above)
    Rule(re.compile(r"(?<![a-z])(?:issued|promulgated|signed)(?!\s+(?:together\s+)?with)"
                    r"(?:\s+[a-z’']+){0,3}\s*$"),
         RelationType.CITES, "issued", ("issued", "promulgated", "signed")),
    _rule(r"theo\s+tinh\s+than|tren\s+co\s+so|theo\s+noi\s+dung", RelationType.CITES,
          "in_spirit_of"),
    # "… nhiệm vụ năm 2021 theo Nghị quyết số 02-NQ/TU": according to, not carrying out
    # ("thực hiện theo Kế hoạch …" keeps its verb)
    _rule(r"(?<!hien )theo", RelationType.CITES, "according_to"),
    # "… phải lập, sửa đổi, thẩm định, phê duyệt lại hồ sơ mời thầu cho phù hợp với quy định
    # của Luật Đấu thầu, Nghị định số 24/2024/NĐ-CP" (06/2024/TT-BKHĐT): what a matter is made
    # to conform to, not what the verb before acts on
    _rule(r"phu\s+hop\s+voi(?:\s+(?:cac\s+)?quy\s+dinh(?:\s+(?:cua|tai))?)?",
          RelationType.CITES, "conforms_to"),
    _rule(r"phuc\s+dap|tra\s+loi", RelationType.CITES, "replies_to"),
)  # fmt: skip
# What one text does to another's words: an annex acted on stays the act's target.
_ACTS = frozenset({
    RelationType.AMENDS, RelationType.REPLACES, RelationType.REPEALS, RelationType.CORRECTS,
    RelationType.SUSPENDS,
})  # fmt: skip
# A part of a text that another text's annex holds: "Phụ lục IV", "mục 227 của Danh mục …",
# "Mẫu số 01", "Biểu mẫu"
# (also the rules a decision issues: "Sửa đổi, bổ sung một số điều của Quy chế công tác thi
# đua … ban hành kèm theo Quyết định số 13/2018/QĐ-UBND" amends that decision; and the norms a
# circular issues: "Sửa đổi, bổ sung một số nội dung của Định mức kinh tế - kỹ thuật quản lý,
# vận hành đèn biển ban hành kèm theo Thông tư số 76/2014/TT-BGTVT", 28/2016/TT-BGTVT's
# title in chinhphu.vn's list)
_ANNEX_PART = re.compile(
    r"(?<![a-z])(?:phu\s+luc|danh\s+muc|(?:bieu\s+)?mau|quy\s+che|quy\s+dinh|dieu\s+le"
    r"|dinh\s+muc|noi\s+quy|ke\s+hoach|regulations?|rules|annex|appendix|list|forms?|charter)(?![a-z])"
)
# Words between a review cue and the reference that keep the review in force
# ("sơ kết 05 năm (2009 - 2014) thực hiện …", "đánh giá sâu kỹ tình hình, kết quả … thực hiện").
_REVIEW_SCOPE = 110
# "thực hiện …" between a review cue and the "theo" that ends the lead-in (see `_classify`)
_CARRIED_BEFORE_THEO = re.compile(r"(?<![a-z])thuc\s+hien(?![a-z])[^;:]*\stheo$")
# Lead-ins `classify_relation` remembers for the default rules (a few MB at most).
_LEAD_IN_CACHE = 16384


@quick_init
@dataclass(frozen=True, slots=True)
class Classification:
    type: RelationType
    label: str
    cue: str | None  # the cue words as they stand in the shadow text


@dataclass(frozen=True, slots=True)
class _RuleIndex:
    """What `classify_relation` needs of a rule list, computed once per list: one pattern that
    finds every needle, and for each needle the rules (by priority) that require it."""

    rules: tuple[Rule, ...]
    needles: re.Pattern[str] | None  # None when no rule has needles
    # The needles, where every one is a run of letters [a-z] (the needles `_needles` gives):
    # a needle stands as a whole word in a lead-in exactly where it is one of the lead-in's
    # maximal letter runs, which one C pass finds faster than the pattern above.
    needle_words: frozenset[str] | None
    by_needle: dict[str, tuple[int, ...]]
    always: tuple[int, ...]  # rules without needles: always tried
    # Each rule's pattern without its leading word boundary (None where it has none, or where
    # taking it off could change the pattern): see `_last_match`.
    unguarded: tuple[re.Pattern[str] | None, ...]
    # For each rule, the words each of its alternatives holds (`_words_held`), or None: a rule
    # none of whose alternatives has all its words in a lead-in is not searched there.
    held: tuple[tuple[frozenset[str], ...] | None, ...]


# The word boundary every `_rule` pattern starts with.
_GUARD = "(?<![a-z])"


def _unguarded(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """`pattern` without the `_GUARD` it starts with, when the guard stands before all of it
    (no top-level "|" after it) and no flag changes what [a-z] means; else None."""
    source = pattern.pattern
    if pattern.flags != re.UNICODE or not source.startswith(_GUARD):
        return None
    rest = source[len(_GUARD) :]
    return None if _top_level_bar(rest) else re.compile(rest)


def _top_level_bar(source: str) -> bool:
    """Whether the pattern `source` has an alternation outside every group (escapes and
    character classes skipped)."""
    depth, i, n = 0, 0, len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: "]" right after "[" or "[^" is a member, not its end
            i += 2 if source.startswith("[^", i) else 1
            i += 1 if source[i : i + 1] == "]" else 0
            while i < n and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


def _last_match(
    rule: Rule, unguarded: re.Pattern[str] | None, lead_in: str
) -> re.Match[str] | None:
    """The last of `rule.pattern.finditer(lead_in)`. Where the rule starts with `_GUARD`, the
    pattern without it is searched (sre skips ahead to its first letters, which the guard
    prevents) and a match right after a letter is passed over, as the guard would: the same
    matches, in about half the time."""
    found = None
    if unguarded is None:
        for found in rule.pattern.finditer(lead_in):  # noqa: B007 - the last one is wanted
            pass
        return found
    pos = 0
    while (m := unguarded.search(lead_in, pos)) is not None:
        start = m.start()
        if start and "a" <= lead_in[start - 1] <= "z":
            pos = start + 1  # the guard fails here: finditer tries the next place
            continue
        if m.end() == start:  # an empty match: finditer goes on differently; ask it
            for found in rule.pattern.finditer(lead_in):  # noqa: B007
                pass
            return found
        found, pos = m, m.end()
    return found


# Words joined by required whitespace at the start of an alternative: "dinh\\s+chi".
_WORD_RUN = re.compile(r"[a-z]+(?:\\s\+[a-z]+)*")
_OPTIONAL_GROUP = re.compile(r"\(\?:[^()]*\)\?")
_LOOKAROUND = re.compile(r"\(\?<?[!=][^()]*\)")
_LOOKBEHIND = re.compile(r"\(\?<[!=][^()]*\)")
# What stands for a dropped group or lookaround (see `_alternative_words`).
_BREAK, _SPACED, _ENDS = "\x00", "\x01", "\x02"


def _words_held(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...] | None:
    """For a `_rule` pattern, the words that every match of each alternative holds, each as a
    whole word (a maximal run of letters of the lead-in); None where that cannot be read off.

    Only an alternative's leading words joined by required whitespace count ("dinh\\s+chi"),
    and its last one only where whitespace or the word boundary follows it; an alternative
    that opens with a group of alternatives gives each of them ("(?:dinh\\s+chi|ngung)\\s+…":
    {dinh, chi} and {ngung})."""
    source = pattern.pattern
    head, tail = f"{_GUARD}(?:", ")(?![a-z])"
    if pattern.flags != re.UNICODE or not (source.startswith(head) and source.endswith(tail)):
        return None
    held: list[frozenset[str]] = []
    for alternative in _split_top(source[len(head) : -len(tail)]):
        words = _alternative_words(alternative, ends_word=True)
        if words is None:
            return None
        held.extend(words)
    return tuple(held)


def _alternative_words(alternative: str, *, ends_word: bool) -> list[frozenset[str]] | None:
    """`_words_held` of one alternative (`ends_word`: what follows it cannot be a letter)."""
    # An optional group holds no required word and may stand between two: it breaks a run of
    # words, unless it opens the alternative and ends in whitespace ("(?:tam\\s+)?ngung": the
    # word after it starts a word either way); a lookaround holds no letter of the match.
    required = _OPTIONAL_GROUP.sub(
        lambda m: _SPACED if m.group().endswith("\\s+)?") else _BREAK, alternative
    )
    # (what ends a word stays known: "(?![a-z])", "(?=\\s*$)")
    required = required.replace("(?![a-z])", _ENDS).replace("(?=\\s*$)", _ENDS)
    required = _LOOKAROUND.sub(_BREAK, required).lstrip(_SPACED)
    while required.startswith(_BREAK) and (behind := _LOOKBEHIND.match(alternative)):
        required = required[1:]  # a look-behind that opens the alternative (after the guard)
        alternative = alternative[behind.end() :]
    if required.startswith("(?:"):
        close = _group_end(required)
        inner, after = required[3:close], required[close + 1 :]
        if close < 0 or after[:1] in ("?", "*", "+", "{") or any(
            c in inner for c in (_BREAK, _SPACED)
        ):
            return None
        inner_ends = (after == "" and ends_word) or _opens_with_space(after)
        found: list[frozenset[str]] = []
        for inner_alternative in _split_top(inner):
            inner_held = _alternative_words(inner_alternative, ends_word=inner_ends)
            if inner_held is None:
                return None
            found.extend(inner_held)
        return found
    run = _WORD_RUN.match(required)
    if run is None:
        return None
    words = run.group().split("\\s+")
    after = required[run.end() :]
    if not ((after == "" and ends_word) or _opens_with_space(after)):
        words.pop()  # "sua\\s+doi(?:,?\\s+bo\\s+sung)?": "doi" may run on ("doi," ends it)
    return [frozenset(words)] if words else None


def _opens_with_space(source: str) -> bool:
    """Whether `source`, a piece of a pattern, opens with at least one whitespace character
    (or with a lookahead that ends a word)."""
    return source.startswith(_ENDS) or (
        source.startswith("\\s") and source[2:3] not in ("*", "?", "{")
    )


_INDEXES: dict[int, _RuleIndex] = {}  # by id() of the rule list: hashing rules costs more


def _index(rules: Sequence[Rule]) -> _RuleIndex:
    found = _INDEXES.get(id(rules))
    if found is not None and found.rules is rules:
        return found
    listed = tuple(rules)
    words = sorted({n for rule in listed for n in rule.needles}, key=len, reverse=True)
    by_needle: dict[str, list[int]] = {}
    for i, rule in enumerate(listed):
        for n in rule.needles:
            by_needle.setdefault(n, []).append(i)
    index = _RuleIndex(
        listed,
        re.compile(rf"(?<![a-z])(?:{'|'.join(map(re.escape, words))})(?![a-z])") if words else None,
        frozenset(words) if words and all(map(_LETTERS.fullmatch, words)) else None,
        {n: tuple(v) for n, v in by_needle.items()},
        tuple(i for i, rule in enumerate(listed) if not rule.needles),
        tuple(_unguarded(rule.pattern) for rule in listed),
        tuple(_words_held(rule.pattern) for rule in listed),
    )
    if isinstance(rules, tuple):
        _INDEXES[id(rules)] = index  # the tuple stays alive in the index: its id stays its own
    return index


def classify_relation(lead_in: str, *, rules: Sequence[Rule] = DEFAULT_RULES) -> Classification:
    """Type a reference from the shadow text that leads up to it in its clause.

    The cue nearest to the reference wins, except that a review cue ("sơ kết", "tổng kết",
    "đánh giá") shortly before an implementation cue scopes over it: "sơ kết 05 năm thực
    hiện X" reviews X.

    Args:
        lead_in: shadow text from the start of the clause to the reference.
        rules: cue rules, in priority order for cues ending at the same place.

    Returns:
        The edge type, its finer label and the cue; CITES/"mentions" when no cue is found.
    """
    if rules is DEFAULT_RULES:
        return _classify_default(lead_in)
    return _classify(lead_in, rules)


@functools.lru_cache(maxsize=_LEAD_IN_CACHE)
def _classify_default(lead_in: str) -> Classification:
    """`_classify` with the default rules, remembered: lead-ins repeat ("can cu ", ", ", "(kem
    theo ", " da duoc sua doi, bo sung mot so dieu theo "), over a third of them in real texts."""
    return _classify(lead_in, DEFAULT_RULES)


def _classify(lead_in: str, rules: Sequence[Rule]) -> Classification:
    best: tuple[int, int, Rule, str] | None = None  # (end, -priority, rule, text)
    reviews: list[tuple[int, Rule, str]] = []
    acts: list[tuple[int, int, Rule, str, int]] = []  # what the host does to a text (_ACTS)
    index = _index(rules)
    tried = set(index.always)
    present = set(_LETTERS.findall(lead_in))  # the lead-in's words
    if index.needle_words is not None:
        for word in index.needle_words & present:
            tried.update(index.by_needle[word])
    elif index.needles is not None:
        for word in set(index.needles.findall(lead_in)):
            tried.update(index.by_needle[word])
    tried = {
        i for i in tried if (held := index.held[i]) is None or any(w <= present for w in held)
    }
    # Only a rule's last match can count: its matches do not overlap, so each ends and starts
    # after the one before, and every choice below takes the largest end or start (ties to the
    # rule listed first).
    for priority in sorted(tried):
        rule = index.rules[priority]
        m = _last_match(rule, index.unguarded[priority], lead_in)
        if m is None:
            continue
        key = (m.end(), -priority, rule, m.group())
        if best is None or key[:2] > best[:2]:
            best = key
        if rule.type is RelationType.REVIEWS:
            reviews.append((m.start(), rule, m.group()))
        if rule.type in _ACTS:
            acts.append((*key, m.start()))
    if best is None:
        return Classification(RelationType.CITES, "mentions", None)
    cue_end, _, rule, cue = best
    if rule.type is RelationType.ATTACHED_TO and acts:
        # "Bổ sung mục 228 vào sau mục 227 của Phụ lục IV … ban hành kèm theo Luật Đầu tư số …":
        # the annex is the part of the law acted on; the act is the host's
        # ("Thay thế Mẫu số 8 ban hành kèm theo Thông tư số 04/2018/TT-BNNPTNT bằng …",
        # 22/2026/TT-BNNMT: the part's name in the act's own words)
        _, _, act_rule, act_cue, act_start = max(acts, key=lambda a: a[:2])
        if _ANNEX_PART.search(lead_in, act_start, len(lead_in) - len(cue)):
            return Classification(act_rule.type, act_rule.label, act_cue)
    if rule.type is RelationType.IMPLEMENTS and rule.label != "continues" and reviews:
        start, review_rule, review_cue = max(reviews, key=lambda r: r[0])
        if len(lead_in) - start <= _REVIEW_SCOPE:
            return Classification(RelationType.REVIEWS, review_rule.label, review_cue)
    if rule.label == "according_to" and reviews:
        # "Để tổng kết, đánh giá việc thực hiện đào tạo nghề … theo Quyết định số 1956/QĐ-TTg",
        # "Báo cáo … kết quả thực hiện nhiệm vụ chống khai thác IUU theo chỉ đạo … tại văn bản số
        # 81-CV/TW": the review covers what was carried out according to the text
        start, review_rule, review_cue = max(reviews, key=lambda r: r[0])
        if len(lead_in) - start <= _REVIEW_SCOPE and _CARRIED_BEFORE_THEO.search(
            lead_in, start, cue_end
        ):
            return Classification(RelationType.REVIEWS, review_rule.label, review_cue)
    return Classification(rule.type, rule.label, cue)


_PASSIVE_PREFIX = re.compile(r"^(?:duoc|bi)\s+")
# "… bởi", the acting text follows ("… amended by", "… amended and supplemented under")
_PASSIVE_AGENT = re.compile(r"\s+(?:boi|theo|tai|by|under)$")
# The active verb of a passive whose words alone type nothing: "được hướng dẫn bởi", "được
# bổ sung bởi".
_PASSIVE_ACTIVE = (
    (re.compile(r"^(?:huong\s+dan|quy\s+dinh\s+chi\s+tiet)"), RelationType.GUIDES, "guides"),
    (re.compile(r"^bo\s+sung"), RelationType.AMENDS, "supplements"),
    # the English participles ("amended and supplemented", "superseded", "annulled")
    (re.compile(r"^(?:amended|supplemented)"), RelationType.AMENDS, "amends"),
    (re.compile(r"^(?:replaced|superseded)"), RelationType.REPLACES, "replaces"),
    (re.compile(r"^(?:repealed|annulled)"), RelationType.REPEALS, "repeals"),
)


def active_of_passive(cue: str) -> Classification | None:
    """What the acting text does in a passive cue ("duoc sua doi, bo sung boi" → AMENDS,
    "duoc huong dan boi" → GUIDES), or None."""
    text = _PASSIVE_AGENT.sub("", _PASSIVE_PREFIX.sub("", cue))
    found = classify_relation(text)
    if found.cue is not None:
        return found
    for pattern, type_, label in _PASSIVE_ACTIVE:
        if pattern.match(text):
            return Classification(type_, label, text)
    return None
