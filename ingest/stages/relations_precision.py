"""Edges the extraction drops or turns once every rule has spoken, because the text does not
state them of their source: a report's citation of the texts it reports, the host's "annex" of
the plan its approving article encloses."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ingest.codes import Level
from ingest.find import TYPE_WORD_ALT
from ingest.models import HOST, Relation
from ingest.relations import RelationType
from ingest.stages.common import _Draft


def _reported_among_several(relations: list[Relation], references: list[_Draft],
                            host_kind: str, host_level: Level,
                            host_date: date | None) -> list[Relation]:  # fmt: skip
    """`relations` without the host's citation of a text that is one of the several a report
    tells were issued at once: the main stands for them, and a text cites nothing of its own.

    "… vừa ban hành 3 Quyết định (308/QĐ-UBND, 309/QĐ-UBND, 310/QĐ-UBND) công nhận các thôn …"
    (tuyenquang.gov.vn), "Theo đó, UBND tỉnh đã ký ban hành thêm 2 Quyết định số 2434/QĐ-UBND
    và 2435/QĐ-UBND …" (baoxaydung.vn), "… đã ký các quyết định công nhận … Cụ thể, Quyết định
    số 668/QĐ-TTg …" (FORMAT, several texts reported at once: each is listed, none is the
    main). A text of the reported kind whose code names a body of the host's level, or of no
    level, and that has no date of its own but the report's, is one of them; another kind, a
    body of another level ("theo Nghị quyết 1675/NQ-UBTVQH14" under a ward council's
    resolutions, "Nghị định số 46/2002/NĐ-CP" under a province's decisions) or an earlier
    date ("Nghị quyết số 02/NQ-HĐND ngày 17/5/2024" that a council's drafts adjust) is the
    background the report cites."""
    if not host_kind:
        return relations
    kept = []
    for r in relations:
        ref = references[r.reference]
        code = ref.code
        if (r.source == HOST and r.type is RelationType.CITES and code is not None
                and code.kind == host_kind
                and code.issuer_level in (host_level, Level.UNKNOWN)
                and ref.date in (None, host_date)):  # fmt: skip
            continue
        kept.append(r)
    return kept


# "(Kèm theo Kế hoạch số 74/KH-SYT …)": a bracket that names what comes with the text it stands
# in (shadow text, from the bracket to the reference's code).
_ENCLOSED = re.compile(rf"\(\s*kem\s+theo\s+(?:{TYPE_WORD_ALT})\s+(?:so\s*:?\s*)?")
# The approving article the bracket closes: "Điều 1. Phê duyệt Kế hoạch …" (shadow text).
_APPROVING_ARTICLE = re.compile(r"dieu\s+\d+\s*[.:]\s*phe\s+duyet(?![a-z])")
_ARTICLE = re.compile(r"(?<![a-z])dieu\s+\d+\s*[.:]")
_APPROVAL_REACH = 600  # how far before the bracket its article may open


def _enclosed_with_approval(shadow: str, references: list[_Draft], relations: list[Relation],
                            host_code: str | None, host_kind: str) -> list[Relation]:  # fmt: skip
    """`relations` with a text enclosed under the host's approving article attached to the
    host: "Điều 1. Phê duyệt Kế hoạch thực hiện “Đề án …” giai đoạn từ năm 2013 đến năm 2015.
    (Kèm theo Kế hoạch số 27/KH-SNNPTNT, ngày 06 tháng 5 năm 2013 của Sở Nông nghiệp và Phát
    triển nông thôn)" (843/QĐ-UBND Vĩnh Long: `27/KH-SNNPTNT ATTACHED_TO 843/QĐ-UBND`, FORMAT's
    ATTACHED_TO): the decision approves the plan that comes with it; it is no annex of the
    plan, nor does it merely cite it. Not the heading line of an annex, "(Ban hành kèm theo
    Quyết định số …)", which names the text the host came with, nor a submission sent with
    another ("Theo đề nghị của Sở Xây dựng tại Báo cáo thẩm định số 1618/SXD-QH … (kèm theo
    Tờ trình số 41/TTr-UBND …)", 1036/QĐ-UBND Thanh Hóa), which no approving article opens."""
    if host_code is None:
        return relations
    out = []
    for r in relations:
        d = references[r.reference]
        code = d.code
        if (r.source == HOST and r.label == "annex_of" and code is not None
                and r.type in (RelationType.ATTACHED_TO, RelationType.CITES)
                and code.kind != host_kind and _approves_enclosed(shadow, d.start)):  # fmt: skip
            r = replace(r, source=r.target, target=host_code, type=RelationType.ATTACHED_TO)
        out.append(r)
    return out


def _approves_enclosed(shadow: str, start: int) -> bool:
    """Whether the code at `start` opens a "(Kèm theo [type word] số …" bracket right after an
    article of the host that approves ("Điều 1. Phê duyệt …")."""
    bracket = shadow.rfind("(", max(0, start - 40), start)
    enclosed = _ENCLOSED.match(shadow, bracket) if bracket >= 0 else None
    if enclosed is None or enclosed.end() != start:
        return False
    articles = list(_ARTICLE.finditer(shadow, max(0, bracket - _APPROVAL_REACH), bracket))
    return bool(articles) and _APPROVING_ARTICLE.match(shadow, articles[-1].start()) is not None
