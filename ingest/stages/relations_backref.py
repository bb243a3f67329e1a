"""A text named by number whose own words carry out a text named only by its type word, the
same sentence having named a text of that type by number before it:

    "Quán triệt … của Nghị quyết số 45-NQ/TW, ngày 24/11/2023 của Ban Chấp hành Trung ương
    Đảng khóa XIII về …, Tỉnh ủy Sóc Trăng ban hành Chương trình số 51-CTr/TU, ngày 10/5/2024
    thực hiện Nghị quyết." (soctrang.dcs.vn): 51-CTr/TU IMPLEMENTS 45-NQ/TW;
    "… những nội dung cốt lõi của Nghị quyết số 09-NQ/ĐH ngày 27/9/2025 của Đại hội …, và
    Chương trình hành động số 05-CTr/TU ngày 06/11/2025 của Ban Chấp hành Đảng bộ thành phố
    triển khai thực hiện Nghị quyết." (hadong.haiphong.gov.vn): 05-CTr/TU IMPLEMENTS 09-NQ/ĐH.

The bare type word ("Nghị quyết", "Nghị quyết nêu trên") ends the sentence or clause: it names
no other text, and the text of that type the sentence named is the one carried out (DOMAIN
§7.4: a short reference resolves to the same document's earlier full citation). Not where the
sentence names two texts of that type (which one is meant the words do not say), nor a type
word followed by more words ("thực hiện Nghị quyết Đại hội …" names another text)."""

from __future__ import annotations

import re

from ingest.codes import TYPE_WORD_KINDS
from ingest.models import HOST, Evidence, Relation
from ingest.relations import RelationType
from ingest.stages.common import _Draft, _sentence
from ingest.text import NormalizedText

# What follows a cited text's tail: its own carrying-out verb on a bare type word, then the
# end of the clause (shadow text).
_CARRIES_OUT_BARE = re.compile(
    r"[ \t,]*(?:(?:de|nham)\s+)?(?P<go_on>tiep\s+tuc\s+)?(?:(?:trien\s+khai|to\s+chuc)\s+)?"
    r"(?:thuc\s+hien|trien\s+khai|cu\s+the\s+hoa)(?:\s+co\s+hieu\s+qua)?\s+"
    r"(?P<word>nghi\s+quyet|chi\s+thi|ket\s+luan|quyet\s+dinh|thong\s+bao|nghi\s+dinh"
    r"|ke\s+hoach|chuong\s+trinh|huong\s+dan|quy\s+dinh|de\s+an)"
    r"(?:\s+(?P<this>nay)|\s+(?:tren|neu\s+tren|noi\s+tren))?\s*(?:[.;]|$)"
)


def _bare_type_backrefs(norm: NormalizedText, drafts: list[_Draft], host_code: str | None,
                        host_kind: str | None,
                        relations: list[Relation]) -> list[Relation]:  # fmt: skip
    """The edges of texts whose words carry out a text named before them by its type word
    only (see the module's docstring), not already stated."""
    shadow = norm.shadow
    stated = {(r.source, r.target) for r in relations if r.type is not RelationType.CITES}
    found: list[Relation] = []
    for k, d in enumerate(drafts):
        if d.code is None or d.alias or d.mention != "code":
            continue
        after = max(d.end, d.tail.end)
        m = _CARRIES_OUT_BARE.match(shadow, after)
        if m is None:
            continue
        kinds = TYPE_WORD_KINDS.get(" ".join(m.group("word").split()), frozenset())
        if m.group("this") and (host_kind is None or host_kind in kinds):
            continue  # ("… triển khai thực hiện Kế hoạch này" in a plan: the host itself)
        start, _ = _sentence(norm, d.start, d.end)
        named = {i: code for i in range(k) if drafts[i].start >= start
                 and (code := drafts[i].code) is not None and not drafts[i].alias
                 and code.kind in kinds}  # fmt: skip
        targets = {code.canonical for code in named.values()}
        if len(targets) != 1:
            continue
        target = targets.pop()
        source = d.code.canonical
        if source == host_code:
            source = HOST
        if source == target or (source, target) in stated:
            continue
        label = "continues" if m.group("go_on") else "implements"
        oa, ob = norm.to_original(start, m.end())
        found.append(Relation(source, target, RelationType.IMPLEMENTS, label,
                              " ".join(shadow[m.start() : m.end()].split()).strip(" ,.;"),
                              "nested" if source != HOST else "body",
                              Evidence(oa, ob, norm.original[oa:ob]), max(named)))  # fmt: skip
    return found
