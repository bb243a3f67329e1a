"""The code finder on a labelled sample of real printings (bench/code_net_audit.py).

A loose net over real texts (the State corpus, its PDFs, the news pool, the dev cases' texts,
search pages) caught every code-like span; 120 spans no reference covered and 120 that one did
were drawn at random (seed 12) and labelled by hand: the canonical code a reader would take
(DOMAIN.md), or none (form numbers "Mẫu số 01/BK-STK", "Biểu số 105/LĐVL-Sở", amounts "600
USD/tháng", technical regulations "QCVN 01 - 2008/BLĐTBXH", a type word and a bare number
"Nghị quyết số 18 ngày …", which FORMAT.md lists as no code). Each row keeps its snippet and
its source (`source`: the page, or the corpus file). Rows noted "left: …" are references the
finder does not read yet (a slip or a family DOMAIN has no rule for); they must not be read
wrong.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.code_net_audit import finder_code

ROWS = json.loads((Path(__file__).parent / "code_printings.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['i']}-{r['shape']}" for r in ROWS])
def test_code_printing(row: dict[str, object]) -> None:
    span, at = str(row["span"]), int(str(row["at"]))
    found = finder_code(str(row["snippet"]), at, len(span))
    want = row["code"]
    if str(row["note"]).startswith("left"):
        assert found in (None, want), (span, found)
    else:
        assert found == want, (span, row["source"], found)


def test_sample_is_large_and_labelled() -> None:
    assert len(ROWS) >= 200
    assert all(r["source"] for r in ROWS)

