"""Words that an act has not happened yet: a draft to come, a session to come, a document
not yet issued or signed ("sắp ban hành", "chưa ký"), an unissued act in a lead."""

from __future__ import annotations

import re

from ingest.page.common import (
    _clause_start,
)

# The words that tell a text is not issued yet: one table, each word with its shadow and its
# kind, for the places that read them (`_not_yet_issued`, `_unissued_in_lead`, `_NOT_YET`,
# `_TO_COME`). They differ in how far before the act they look, and each reads the kinds that
# hold that far:
# - a time to come, "sẽ ban hành", "dự kiến", "sắp" (`_TO_COME_WORDS`), holds anywhere before
#   it;
# - a text under way, "Bộ Y tế đang phối hợp với Bộ Xây dựng ban hành thông tư …", "chuẩn bị"
#   (`_UNDER_WAY_WORDS`), holds in the act's clause, not past a comma ("Trong khi dịch bệnh
#   đang diễn biến phức tạp, UBND tỉnh vừa ban hành …");
# - a text asked for or aimed at, "Chính phủ đề xuất Quốc hội ban hành Nghị quyết …", "…
#   TP.HCM phấn đấu ban hành quyết định …", "Thành phố Hải Phòng sẽ trình HĐND xem xét, ban
#   hành nghị quyết …", what a body does in general, "Quốc hội làm Hiến pháp, làm luật, ban hành
#   nghị quyết", an issue that is only the time of the news, "Sau khi Bộ GD-ĐT … ban hành kế
#   hoạch …, các trường …" (`_ASKED_WORDS`), holds within a lead's short reach;
# - a purpose, "để ban hành", "nhằm", "tiến tới" (`_PURPOSE_WORDS`), holds only right before
#   the act ("Nhằm …, UBND tỉnh ban hành …" issues).
# Right before the act every kind holds (`_NOT_YET`). The shadow folds "đang" and "Đảng", "sẽ"
# and "chia sẻ", "sắp" and "sáp nhập", "để" and "đề": a word counts as written where the text
# is at hand.
_TO_COME_WORDS = {"se": "sẽ", "sap": "sắp", "du\\s+kien": "dự kiến"}
_UNDER_WAY_WORDS = {"dang": "đang", "chuan\\s+bi": "chuẩn bị"}
_ASKED_WORDS = {
    "sau\\s+khi": "sau khi", "de\\s+xuat": "đề xuất", "de\\s+nghi": "đề nghị",
    "kien\\s+nghi": "kiến nghị", "phan\\s+dau": "phấn đấu", "lam\\s+luat": "làm luật",
    # ("trình" before the body that would issue)
    "trinh(?=\\s+(?:hdnd|hoi\\s+dong|quoc\\s+hoi|chinh\\s+phu|thu\\s+tuong|ubnd|uy\\s+ban"
    "|chu\\s+truong))": "trình",
}  # fmt: skip
_PURPOSE_WORDS = {"de": "để", "nham": "nhằm", "tien\\s+toi": "tiến tới"}


def _words(*kinds: dict[str, str], but: str = "") -> tuple[str, frozenset[str]]:
    """The shadow alternation of the words of `kinds`, save the word written `but` (the longer
    first: "đề xuất" before "để", which the shadow spells alike), and the words as written."""
    words = {w: v for kind in kinds for w, v in kind.items() if v != but}
    return "|".join(sorted(words, key=len, reverse=True)), frozenset(words.values())


# A time to come alone, in the shadow: what a session or an event will do, not what it did ("…
# kỳ họp sẽ đánh giá …", "Kỳ họp sẽ xem xét, thông qua …", "dự kiến", "sắp").
_TO_COME = re.compile(rf"(?<![a-z])(?:{_words(_TO_COME_WORDS)[0]})(?![a-z])")

# "ky" in the shadow is a signing only where the text writes "ký": "thi hành kỷ luật đối với
# Chi ủy …" (discipline), "kỳ họp" (a session) and "kỹ" (skill) sign nothing.
_KY_WORD = re.compile(r"(?<![a-z])ky(?![a-z])")
_IN_CLAUSE, _NOT_YET_WORDS = _words(_TO_COME_WORDS, _UNDER_WAY_WORDS)
_NOT_YET_ISSUED = re.compile(rf"(?<![a-z])(?:{_IN_CLAUSE})(?![a-z])")


def _not_yet_issued(text: str, shadow: str, floor: int, pos: int) -> bool:
    """Whether the clause before `pos` tells a text still being made or to come ("đang phối
    hợp … ban hành", "sẽ ban hành", "dự kiến"): the words as written ("đang", not "Đảng";
    "sắp", not "sáp nhập": one shadow each)."""
    return _written_as(text, shadow, _NOT_YET_ISSUED, _NOT_YET_WORDS, floor, pos)


def _written_as(text: str, shadow: str, pattern: re.Pattern[str], words: frozenset[str],
                floor: int, pos: int) -> bool:  # fmt: skip
    """Whether `pattern` finds, in the shadow between `floor` and `pos`, words that the text
    writes as one of `words` (lower case, spaces collapsed): the shadow folds "đang" and
    "Đảng", "sẽ" and "sẻ" alike."""
    return any(" ".join(text[w.start() : w.end()].lower().split()) in words
               for w in pattern.finditer(shadow, floor, pos))


def _signs_nothing(text: str, shadow: str, act: re.Match[str]) -> bool:
    """Whether a "ký" in the act's verb is another word in the text ("kỷ luật", "kỳ")."""
    return any(text[k.start() + 1] not in "ýÝ"
               for k in _KY_WORD.finditer(shadow, act.start("verb"), act.end("verb")))

# A word of the table right before an act: "để ban hành", "nhằm ban hành", "sẽ ban hành", "dự
# kiến ban hành", "chuẩn bị ban hành", "tiến tới ban hành", "đề nghị ban hành". Read in the
# shadow alone (`own_act_stands` has no text), so without "đang", whose shadow is also "Đảng"
# ("… của Ban Chấp hành Trung ương Đảng ban hành …").
_RIGHT_BEFORE = _words(_TO_COME_WORDS, _UNDER_WAY_WORDS, _ASKED_WORDS, _PURPOSE_WORDS,
                       but="đang")[0]
_NOT_YET = re.compile(rf"(?<![a-z])(?:{_RIGHT_BEFORE})\s+$")
# A leader who chairs a meeting on a draft, between the actor's name and the act.
_CHAIRS_A_DRAFT = re.compile(
    r"(?<![a-z])chu\s+tri\s+(?:[a-z]+\s+){0,3}?(?:gop\s+y|cho\s+y\s+kien)\s+(?:vao\s+)?du\s+thao(?![a-z])"
)
_NOT_YET_REACH = 14


def _unissued_in_lead(text: str, shadow: str, start: int, act: int,
                      breaks: str = ".;:\n") -> bool:  # fmt: skip
    """Whether the lead's words before the act tell that nothing is issued yet, or that the
    issue is only the time of the news, or ask for it (`_UNISSUED_LEAD`): "Hội Nông dân tỉnh
    đề xuất UBND tỉnh phê duyệt Đề án …" (baonghean.vn), a proposal, not an approval. `breaks`
    end the act's clause (`page.common._clause_start`)."""
    # (in the act's own clause, close before it: not "Nhằm …, phấn đấu hoàn thành …; ngày
    # 29/11/2022, UBND huyện ban hành Kế hoạch số 210/KH-UBND …", a purpose told first)
    floor = max(_clause_start(shadow, start, act, breaks), act - _UNISSUED_REACH)
    return _written_as(text, shadow, _UNISSUED_LEAD, _UNISSUED_WORDS, floor, act)


_UNISSUED_REACH = 60


# What, before the act in a lead, tells that nothing is issued yet or that the issue is only the
# time of the news (the table's words that hold past a comma, as written).
_IN_LEAD, _UNISSUED_WORDS = _words(_TO_COME_WORDS, _ASKED_WORDS)
_UNISSUED_LEAD = re.compile(rf"(?<![a-z])(?:{_IN_LEAD})(?![a-z])")
