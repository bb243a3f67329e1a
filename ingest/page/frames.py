"""Frames a lead opens with before the act it reports (causes C15 of
bench/first_contact_causes_aa.json): pure functions over the shadow text."""

from __future__ import annotations

import re

# A purpose clause fronted on its line before "tại <document>": "Nhằm chủ động ứng phó với mưa
# lớn, lũ, ngập lụt …, tại Văn bản số 2945/UBND- NNMT, ngày 22/8/2025, UBND tỉnh đề nghị …"
# (baophutho.vn); the frame is the lead's, as "Tại Văn bản số …, UBND tỉnh …" opening it is.
# (or a topic it relays the document on: "Về thực hiện nội dung “cấp ủy chuẩn bị dự thảo nghị
# quyết đại hội, …” theo Chỉ thị số 35-CT/TW …, tại Công văn số 11977-CV/VPTW, ngày 23/4/2020
# của Văn phòng Trung ương Đảng đã truyền đạt ý kiến chỉ đạo … như sau:", a provincial Party
# portal)
_FRONTED_PURPOSE = re.compile(
    r"[ \t]*(?:nham|de|ve\s+(?:viec\s+)?thuc\s+hien)\s[^.;:!?\n]{3,300}?,[ \t]*"
)


def fronted_purpose(shadow: str, pos: int) -> bool:
    """Whether only a fronted purpose clause ("Nhằm …,", "Để …,") stands between the line's
    start and `pos`."""
    line = shadow.rfind("\n", 0, pos) + 1
    return _FRONTED_PURPOSE.fullmatch(shadow, line, pos) is not None
