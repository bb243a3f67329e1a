"""The extraction's warnings: a type word that disagrees with its code's kind, and codes that
conflict."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from ingest.codes import TYPE_WORD_KINDS, Family
from ingest.errors import bilingual
from ingest.models import Warning
from ingest.stages.common import (
    _Draft,
)
from ingest.text import NormalizedText


def _type_word_warnings(
    norm: NormalizedText, drafts: list[_Draft], warnings: list[Warning]
) -> None:
    for d in drafts:
        if d.mention != "code" or d.code is None or d.type_word is None:
            continue
        wanted = TYPE_WORD_KINDS.get(d.type_word)
        if not wanted or d.code.kind in wanted:
            continue
        if not d.code.kind and d.code.document_type is None:
            # a code that names no type cannot disagree with its type word: a resolution of
            # the National Assembly or its Standing Committee (N/YYYY/QHnn, UBTVQHnn, DOMAIN
            # §5.3) or an old government's 50/CP, 8/HĐBT (a decree, a decision or a directive)
            continue
        code = d.code
        alt = None
        if len(wanted) == 1 and code.family is Family.PARTY:
            (alternative_kind,) = wanted
            alt = replace(code, kind=alternative_kind).canonical
            d.alternatives.append(alt)
        word = norm.text[d.lead_start : d.start].strip()
        readings = [{"reading": code.canonical, "from": "code"}]
        if alt:
            readings.append({"reading": alt, "from": f"type word '{word}'"})
        warnings.append(Warning("type_word_mismatch", bilingual(
            f"từ chỉ loại '{word}' không khớp số hiệu {code.canonical}"
            + (f" (gợi ý {alt})" if alt else ""),
            f"the type word does not match the code {code.canonical}"
            + (f" (it suggests {alt})" if alt else "")),
            code.canonical, tuple(readings)))  # fmt: skip


def _conflict_warnings(norm: NormalizedText, drafts: list[_Draft], warnings: list[Warning]) -> None:
    dates: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    terms: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for d in drafts:
        if d.code is None or d.alias:
            continue
        if d.date:
            dates[d.code.canonical][d.date.isoformat()].append(d.start)
        if d.term:
            terms[d.code.canonical][d.term].append(d.start)
    for kind, table in (("conflicting_date", dates), ("conflicting_term", terms)):
        for canonical, values in table.items():
            if len(values) < 2:
                continue
            readings = tuple(
                {"value": v, "offsets": [norm.to_original(s, s)[0] for s in starts]}
                for v, starts in sorted(values.items())
            )
            what, what_vi = (("dates", "ngày") if kind == "conflicting_date"
                             else ("terms (khóa)", "khóa"))  # fmt: skip
            given = ", ".join(sorted(values))
            warnings.append(Warning(kind, bilingual(
                f"{canonical} được ghi {len(values)} {what_vi} khác nhau: {given}",
                f"{canonical} is given {len(values)} {what}: {given}"),
                canonical, readings))  # fmt: skip
