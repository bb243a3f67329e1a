"""What a publisher says one State text does to another, checked on the text's own words.

Each case of `state_pairs/pairs.json` is a pair from thuvienphapluat.vn (its note "[Khoản này
được sửa đổi bởi … Luật 95/2025/QH15 …]" in Y's text says X amends Y): X's opening and the
sentence of X that names Y, quoted from thuvienphapluat.vn's copy of X, with the edge types the
publisher's relation names (bench/score_state_pairs.py, RELATION_TYPES). `known_miss` marks the
pairs vbgraph does not type right yet (each is a strict xfail: a fix shows as a pass to record).
The whole measure over every pair is `python -m bench.score_state_pairs` (RESULTS_accuracy.md).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ingest.extract import extract
from ingest.models import HOST

CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "state_pairs" / "pairs.json").read_text(encoding="utf-8")
)


def _fold(code: str) -> str:
    return code.upper().replace("Đ", "D")


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, id=f"{c['x']} {c['relation']} {c['y']}", marks=[pytest.mark.xfail(
            strict=True, reason="known miss")] if c["known_miss"] else [])  # fmt: skip
        for c in CASES
    ],
)
def test_the_publishers_relation_is_an_edge_of_its_type(case: dict[str, Any]) -> None:
    ext = extract(case["text"])
    types = {
        r.type.value
        for r in ext.relations
        if r.source == HOST and _fold(r.target) == _fold(case["y"])
    }
    assert types & set(case["expected"]), (case["text"], types)


def test_the_sample_is_small_and_holds_hits_and_misses() -> None:
    assert 10 <= len(CASES) <= 40
    assert {c["known_miss"] for c in CASES} == {True, False}
