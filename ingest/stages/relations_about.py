"""Whose act a cited text's subject tells: a letter, a submission or a report about a plan
that carries a third text out ("công văn số 83/BKHCN-BTTTT-VP … về Chương trình hành động của
Chính phủ thực hiện Nghị quyết số 57-NQ/TW") names that text; it carries out nothing itself."""

from __future__ import annotations

import re

from ingest.codes import letter_kind
from ingest.relations import Classification, RelationType
from ingest.stages.common import _Draft
from ingest.stages.relations_common import _CARRIED_OUT

# Kinds of text that issue nothing they are about: a letter (also a State letter's code, which
# prints no type: "83/BKHCN-BTTTT-VP"), a submission, a report. A resolution or decision "về
# Chương trình hành động thực hiện …" issues the programme (137/NQ-CP, 1669/QĐ-TTg: the dev
# labels give it the programme's edge), and so does a plan that is the plan ("Kế hoạch số
# 283-KH/TU … về Kế hoạch hành động thực hiện …").
_ABOUT_ONLY_KINDS = frozenset({"CV", "TTr", "BC"})

# The subject names an uncoded plan, a programme or a draft, whose own words then carry the
# reference out (shadow text of the lead-in, from the cited text's code to the reference):
# " ngày 08 tháng 01 năm 2025 về Chương trình hành động của Chính phủ thực hiện " (03/NQ-CP's
# basis), "về việc phê duyệt Kế hoạch thực hiện …" (a department's submission, 387/KH-UBND of
# Bắc Ninh). A few words may stand between "về" and the plan: the letter's own verb on it.
# (an English translation's "on the Plan …": "Report No. 9423/TTr-BKH of December 29, 2008, on
# the Plan for further implementation of the Political Bureau's Resolution No. 45-NQ/TW", the
# English 366/QĐ-TTg)
_ABOUT_PLAN = re.compile(
    r"(?<![a-z])ve(?:\s+viec)?(?:\s+[a-z]+,?){0,4}?\s+(?:du\s+thao\s+)?"
    r"(?:ke\s+hoach|chuong\s+trinh|de\s+an|du\s+an|phuong\s+an|chien\s+luoc)(?![a-z])"
    r"[^\d;:()]*$"
    r"|(?<![a-z])on\s+(?:the\s+)?(?:draft\s+)?(?:action\s+)?"
    r"(?:plan|program|programme|scheme|project|strategy)(?![a-z])[^\d;:()]*$"
)


def _about_uncoded_plan(shadow: str, drafts: list[_Draft], d: _Draft, start: int,
                        found: Classification) -> Classification:  # fmt: skip
    """The cue of reference `d`, which stands in the subject of a letter, a submission or a
    report, where that subject is an uncoded plan that carries `d` out: the text cites `d`;
    the plan, which has no code to give an edge, carries it out."""
    if found.type not in _CARRIED_OUT or found.cue is None or d.parent is None:
        return found
    parent = drafts[d.parent]
    if parent.code is None:
        return found
    kind = parent.code.kind or letter_kind(parent.type_word)
    if kind not in _ABOUT_ONLY_KINDS:
        return found
    lead = shadow[start : d.lead_start]
    cue_at = lead.rfind(found.cue)
    if cue_at < 0 or not _ABOUT_PLAN.search(lead, 0, cue_at):
        return found
    return Classification(RelationType.CITES, "about_uncoded", found.cue)


# A clause joined to a cited text's subject by "gắn với (việc) thực hiện" (shadow text, the
# lead-in up to the reference): "Nghị quyết số 19-NQ/TW … về tiếp tục đổi mới hệ thống tổ
# chức và quản lý … của các đơn vị sự nghiệp công lập, gắn với thực hiện Kết luận số 64-KL/TW"
_JOINED_TO_ACT = re.compile(
    r"(?<![a-z])gan\s+voi\s+(?:viec\s+)?(?:tiep\s+tuc\s+)?(?:thuc\s+hien|trien\s+khai)\s*$"
)


def _joined_to_outer_act(shadow: str, drafts: list[_Draft],
                         classes: list[Classification | None], d: _Draft, start: int,
                         found: Classification) -> Classification:  # fmt: skip
    """The cue of reference `d`, joined by "gắn với thực hiện" to the subject of the cited
    text it follows: the clause goes with what is done to that text, not with its subject
    ("đoàn sẽ kiểm tra công tác lãnh đạo, chỉ đạo và thực hiện Nghị quyết số 18-NQ/TW … và
    Nghị quyết số 19-NQ/TW … về …, gắn với thực hiện Kết luận số 64-KL/TW", plo.vn and
    vietnamplus.vn on the Secretariat's inspection teams: the inspection covers 64-KL/TW;
    19-NQ/TW does not carry it out). `d` moves beside that text and takes its cue where the
    words before it give one, else keeps its own ("gắn với thực hiện")."""
    if d.parent is None or not _JOINED_TO_ACT.search(shadow, start, d.lead_start):
        return found
    outer = classes[d.parent]
    d.parent = drafts[d.parent].parent
    return outer if outer is not None and outer.cue is not None else found
