"""Edges the relations stage drops once every rule has spoken, because the text does not state
them of their source: the host's citation of a text named only inside another's subject."""

from __future__ import annotations

from ingest.models import HOST, Relation
from ingest.relations import RelationType


def _named_inside_another(relations: list[Relation]) -> list[Relation]:
    """`relations` without the host's bare citation of a text whose edge comes from the text
    in whose subject it is named, where that edge still stands.

    "Căn cứ Quyết định số 1521/QĐ-TTg … ban hành Kế hoạch thực hiện Kết luận số 80-KL/TW …"
    (Bộ Tư pháp 2658/QĐ-BTP): the host is based on 1521/QĐ-TTg, which implements 80-KL/TW;
    the host states nothing of 80-KL/TW itself, and the labels of the development set read
    it so (102 such targets with no edge from the main document, 4 with a CITES). An analyst
    still reaches 80-KL/TW from the host through 1521/QĐ-TTg. Where a later rule dropped the
    nested edge (a misread act), the host's citation stays: the text names the target; and so
    where the other text only mentions it ("Báo cáo thẩm định số 1618/SXD-QH … (kèm theo Tờ
    trình số 41/TTr-UBND …)": the host cites both)."""
    nested = {(r.reference, r.target) for r in relations
              if r.source != HOST and r.type is not RelationType.CITES}  # fmt: skip
    return [
        r
        for r in relations
        if not (r.source == HOST and r.type is RelationType.CITES and r.label == "mentions"
                and r.cue is None and (r.reference, r.target) in nested)
    ]  # fmt: skip
