"""Whose act a cue in a basis line tells where the cited text's tail was not read: "Căn cứ
Thông tư số 36/2006/TT-BVHTT ngày 20 tháng 3 tháng 2006 của Bộ trưởng … hướng dẫn thực hiện …
Nghị định số 91/2005/NĐ-CP" (a misprinted date), "… và Thông tư 03/2004/TT-BNV ngày 16/01/2004
của Bộ trưởngBộ Nội vụ hướng dẫn thực hiện Nghị định 114/2003/NĐ-CP" (words glued): the
subject goes on after the date or body the reader could not take, and the verb is the cited
text's. A basis line names the texts the host stands on; what the host itself carries out it
says in its own clause ("Căn cứ …; Thực hiện …", "Căn cứ …, thực hiện …")."""

from __future__ import annotations

import re

from ingest.relations import Classification
from ingest.stages.common import _Draft
from ingest.stages.relations_common import _CARRIED_OUT
from ingest.text import NormalizedText

# A clause that opens with the basis cue (shadow text).
_BASIS_CLAUSE = re.compile(r"[ \t\-–•*+]*can\s+cu(?:\s+vao)?(?![a-z])")
# The host's own clause inside the basis line: the cue right after a comma or "và" ("Căn cứ
# Quyết định số …, thực hiện Kế hoạch số …", "… và để triển khai thực hiện …"), not the words
# that go on from the cited text's subject (shadow text, up to the cue).
_OWN_CLAUSE_BEFORE = re.compile(
    r"(?:,|(?<![a-z])va|(?<![a-z])dong\s+thoi)\s*(?:(?:de|nham)\s+)?(?:tiep\s+tuc\s+)?"
    r"(?:(?:trien\s+khai|to\s+chuc)\s+)?$"
)
_CUE_REACH = 300  # from the cited text's code to the cue its subject goes on with
_LINE_REACH = 600  # from the basis clause's opening to the cited text's code


def _breaks(text: str, lo: int, hi: int) -> bool:
    """Whether a clause ends between `lo` and `hi` (a sentence's or an item's end, a line)."""
    return any(text.find(mark, lo, hi) >= 0 for mark in ".;:!?\n")


def _clause_opening(text: str, start: int, at: int) -> int:
    """Where the clause holding `at` opens: `start`, the clause the reader found for the
    reference there, unless it is the end of a text listed before it in the same clause
    ("Căn cứ Nghị định 114/2003/NĐ-CP … và Thông tư 03/2004/TT-BNV …"): then the last end of
    a clause before `at`."""
    if start <= 0 or not text[start - 1].isalnum():
        return start
    floor = max(0, at - _LINE_REACH)
    last = max(text.rfind(mark, floor, at) for mark in ".;:!?\n")
    return last + 1 if last >= 0 else start


def _cue_of_earlier_basis(norm: NormalizedText, drafts: list[_Draft], start_of: list[int],
                          j: int, found: Classification) -> None:  # fmt: skip
    """Set reference `j`'s parent to the coded text before it in the same basis clause where
    the carrying-out cue (`found`) stands after that text's code, its subject unread (see the
    module's docstring). `start_of` holds where each reference's clause starts, up to `j`."""
    d = drafts[j]
    if d.parent is not None or d.code is None or found.cue is None:
        return
    if found.type not in _CARRIED_OUT or j == 0:
        return
    k = j - 1
    before = drafts[k]
    if before.code is None or before.alias or before.code == d.code:
        return
    if before.tail.subject_span is not None or before.parent is not None:
        return  # (a subject read ends where the reader found it)
    shadow = norm.shadow
    opening = _clause_opening(norm.text, start_of[k], before.start)
    if _BASIS_CLAUSE.match(shadow, opening) is None or _breaks(norm.text, before.end, d.lead_start):
        return
    cue_at = shadow.rfind(found.cue, before.end, d.lead_start)
    if cue_at < 0 or cue_at - before.end > _CUE_REACH:
        return
    if _OWN_CLAUSE_BEFORE.search(shadow, before.end, cue_at) is not None:
        return
    d.parent = k
