"""Frames a lead opens with before the act it reports (causes C15 of
bench/first_contact_causes_aa.json): pure functions over the shadow text."""

from __future__ import annotations

import re

# A purpose clause fronted on its line before "tại <document>": "Nhằm chủ động ứng phó với mưa
# lớn, lũ, ngập lụt …, tại Văn bản số 2945/UBND- NNMT, ngày 22/8/2025, UBND tỉnh đề nghị …"
# (baophutho.vn); the frame is the lead's, as "Tại Văn bản số …, UBND tỉnh …" opening it is.
_FRONTED_PURPOSE = re.compile(r"[ \t]*(?:nham|de)\s[^.;:!?\n]{3,300}?,[ \t]*")


def fronted_purpose(shadow: str, pos: int) -> bool:
    """Whether only a fronted purpose clause ("Nhằm …,", "Để …,") stands between the line's
    start and `pos`."""
    line = shadow.rfind("\n", 0, pos) + 1
    return _FRONTED_PURPOSE.fullmatch(shadow, line, pos) is not None
