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


# A type broken before its "Đ" by a PDF's text layer, and the spans it must leave alone
# (hrmaster1982-dev/phapluat-8chude-data docs/, read from the PDFs of the lists of texts in
# force: cb-uu_dai_dt-quyet-dinh-so-1205-qd-bkhdt, cb-cong_doan-quyet-dinh-so-135-qd-bldtbxh).
SPLIT_TYPE = [
    ("Nghị định s\nố 63/2015/N\nĐ-CP ngày 22/7/2015 c\nủa Chính \nph\nủ", "63/2015/NĐ-CP"),
    ("Quy\nết \nđịnh c\nủa \nTTCP \n166/2008/Q\nĐ-TTg \nngày 11/12/2008", "166/2008/QĐ-TTg"),
    ("c\nủa Nghị định s\nố 61/2015/ \nN\nĐ-CP ngày 09 tháng 7 n\năm 2015", "61/2015/NĐ-CP"),
    ("Quyết định số 1614/2003/Q\nĐ-BL\nĐTBXH ngày 08/12/2003", "1614/2003/QĐ-BLĐTBXH"),
    # not codes: a date, a year range, a type that is no State one once joined
    ("ngày 30/4/2025 N\nĐ-CP", None),
    ("giai đoạn 2021/2025/N\nĐoàn viên", None),
    ("số 12/2020/Q\nĐT-TTg", None),
]


@pytest.mark.parametrize(("text", "want"), SPLIT_TYPE)
def test_type_split_before_dd(text: str, want: str | None) -> None:
    from ingest.find import find_codes
    from ingest.text import normalize_text

    found = [m.code.canonical for m in find_codes(normalize_text(text), this_year=2100)]
    assert found == ([want] if want else [])


# A number with its issuer only after a type word and "số", the type left out: a submission's,
# a guidance's (Ninh Thuận 55/2007/CT-UBND and Thái Bình 40/QĐ-BCĐ of 2014, luatminhkhue.vn;
# dev cases h-ninhthuan-55-2007 and k-thaibinh-40); and the spans it must leave alone.
LONE_AFTER_TYPE_WORD = [
    ("Theo đề nghị của Sở Kế hoạch và Đầu tư tại Tờ trình số 126/SKHĐT ngày 23/01/2007,",
     "126/SKHĐT"),
    ("Căn cứ Hướng dẫn số 4488/BCĐ ngày14/11/2013 của Ban Chỉ đạo", "4488/BCĐ"),
    ("Căn cứ Nghị quyết số 1210/2016/UBTVQH ngày 25/5/2016 của Quốc hội", "1210/2016/UBTVQH"),
    # no type word, or a form's number: no code
    ("tại phòng họp số 12/UBND phường", None),
    ("Tờ khai theo Mẫu số 01/XSBHĐC ban hành kèm theo Thông tư này", None),
    ("Biểu số 701/BĐG Người làm công tác bình đẳng giới", None),
]


@pytest.mark.parametrize(("text", "want"), LONE_AFTER_TYPE_WORD)
def test_lone_issuer_after_type_word(text: str, want: str | None) -> None:
    from ingest.find import find_codes
    from ingest.text import normalize_text

    found = [m.code.canonical for m in find_codes(normalize_text(text), this_year=2100)]
    assert found == ([want] if want else [])
