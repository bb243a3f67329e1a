"""Edges the extraction drops once every rule has spoken, because the text does not state them
of their source: a report's citation of the texts it reports."""

from __future__ import annotations

from datetime import date

from ingest.codes import Level
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
