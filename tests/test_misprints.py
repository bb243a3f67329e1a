"""Two documents of one code that are probably one whose year a text misprinted
(graph.misprints), on every store, and how the quality report and the CLI say it.

The case that asked for it: one English news page (vietnam.vn, dev case
zz37-vietnam-vn-en-binh-thuan-…) dates Resolution 57-NQ/TW "December 22, 2014"; the
graph then held a 57-NQ/TW of term XI beside the resolution of 22/12/2024, and every undated
"Nghị quyết số 57-NQ/TW" in the dev set stood uncertain between the two (26 edges).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from graph import reports as R
from graph.build import ingest_extraction
from graph.embedded import EmbeddedStore
from graph.misprints import misprinted_years, misprints_in
from graph.model import DATE, SUBJECT, Head
from graph.sqlite_store import SQLiteStore
from graph.store import GraphStore
from ingest.extract import extract
from tests.graph_fixtures import open_test_neo4j

# Official plans quoted (Đồng Tháp, dev case d-dongthap-283-kh-ubnd-10-ctr-tu-01-kh-bcd):
# the resolution with its date and subject, twice, in two texts.
DATED = (
    "Kế hoạch số 283/KH-UBND ngày 20/8/2025 của UBND tỉnh Đồng Tháp thực hiện Nghị quyết số "
    "57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi "
    "mới sáng tạo và chuyển đổi số quốc gia.",
    "Chương trình hành động số 10-CTr/TU ngày 13/8/2025 của Ban Thường vụ Tỉnh ủy về thực hiện "
    "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, "
    "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.",
)
# The one sentence of the news page (https://vietnam.vn/en/tang-cuong-dau-tu-hoan-thien-ha-
# tang-cho-khoa-hoc-cong-nghe) with the misprinted year.
MISPRINTED = (
    "The province has drastically deployed and implemented the Action Program on implementing "
    "Resolution No. 57 - NQ/TW, dated December 22, 2014 of the Politburo on breakthroughs in "
    "science, technology, innovation and national digital transformation."
)
# An undated mention (dev case zz8-chonthanh-binhphuoc-…): its subject goes to both documents.
UNDATED = (
    'Phong trào "Bình dân học vụ số" được phát động nhằm thực hiện Nghị quyết số 57-NQ/TW của Bộ '
    "Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc "
    "gia."
)
# Control: a code reused by the Politburo in two terms, alike subjects, other days and months
# (dev cases b-backan-havi-…, and the directive of 2024).
REUSED = (
    "Ban Thường vụ Đảng ủy đã triển khai Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về "
    "Đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.",
    "Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp "
    "tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.",
)
TEXTS = {f"dated-{i}.txt": t for i, t in enumerate(DATED)} | {
    "misprinted.txt": MISPRINTED, "undated.txt": UNDATED,
    **{f"reused-{i}.txt": t for i, t in enumerate(REUSED)},
}  # fmt: skip


def _embedded(tmp: Path) -> GraphStore:
    return EmbeddedStore(tmp / "g")


def _sqlite(tmp: Path) -> GraphStore:
    return SQLiteStore(tmp)


def _neo4j(tmp: Path) -> GraphStore:
    return open_test_neo4j()


@pytest.fixture(params=[
    pytest.param(_embedded, id="embedded"),
    pytest.param(_sqlite, id="sqlite"),
    pytest.param(_neo4j, id="neo4j", marks=pytest.mark.neo4j),
])  # fmt: skip
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    opened: GraphStore = request.param(tmp_path)
    docs = {}
    for name, text in TEXTS.items():
        docs[name] = ingest_extraction(opened, extract(text, path=name)).doc
    opened.docs = docs  # type: ignore[attr-defined]  # (the test's own note)
    yield opened
    opened.close()


def test_a_misprinted_year_is_reported_with_the_text_that_gives_it(store: GraphStore) -> None:
    (found,) = misprints_in(store)
    assert (found.code, found.likely, found.suspect) == ("57-NQ/TW", "57-NQ/TW@XIII", "57-NQ/TW@XI")
    assert (found.likely_date, found.likely_mentions) == ("2024-12-22", 2)
    assert (found.suspect_date, found.suspect_mentions) == ("2014-12-22", 1)
    assert found.suspect_docs == (store.docs["misprinted.txt"],)  # type: ignore[attr-defined]
    assert not found.even and found.score >= 85
    report = R.quality(store)
    assert report.misprinted_years == (found,)
    assert report.counts()["misprinted_years"] == 1
    assert report.as_dict()["misprinted_years"][0]["suspect"] == "57-NQ/TW@XI"


def test_a_code_reused_on_other_days_is_not_a_misprint(store: GraphStore) -> None:
    # 35-CT/TW of 2019 and of 2024: subjects nearly alike, days apart: two documents
    assert len(store.heads_by_code("35-CT/TW")) == 2
    assert misprints_in(store, ["35-CT/TW"]) == []


def _head(key: str, dates: dict[str, int], subjects: dict[str, int]) -> Head:
    code, _, scope = key.partition("@")
    return Head(key=key, canonical=code, base=code, scope=scope,
                tally={DATE: dates, SUBJECT: subjects})  # fmt: skip


@pytest.mark.parametrize(("a", "b", "found"), [
    # the same day and month, the same subject: reported, the better attested as likely
    (({"2020-03-27": 3}, {"phòng, chống dịch COVID-19": 1}),
     ({"2021-03-27": 1}, {"phòng chống dịch Covid-19": 1}), ("X@2020", "X@2021")),
    # a tie: still reported, nothing says which (even)
    (({"2020-03-27": 1}, {"phòng, chống dịch COVID-19": 1}),
     ({"2021-03-27": 1}, {"phòng, chống dịch COVID-19": 1}), ("X@2020", "X@2021")),
    # the same day and month, other subjects: two documents
    (({"2016-11-04": 1}, {"phát triển đô thị tỉnh giai đoạn 2016-2021": 1}),
     ({"2021-11-04": 1}, {"công tác cán bộ nhiệm kỳ mới": 1}), None),
    # no subject on one side: nothing to compare, not reported
    (({"2016-11-04": 1}, {"phát triển đô thị": 1}), ({"2021-11-04": 1}, {}), None),
    # other days: two documents
    (({"2019-05-30": 1}, {"đại hội đảng bộ các cấp": 1}),
     ({"2024-06-14": 1}, {"đại hội đảng bộ các cấp": 1}), None),
])  # fmt: skip
def test_misprinted_years_of_two_heads(
    a: tuple[dict[str, int], dict[str, int]],
    b: tuple[dict[str, int], dict[str, int]],
    found: tuple[str, str] | None,
) -> None:
    heads = [_head("X@2020", *a), _head("X@2021", *b)]
    got = misprinted_years(heads)
    assert [(m.likely, m.suspect) for m in got] == ([found] if found else [])
    if got:
        assert got[0].even == (a[0]["2020-03-27"] == b[0]["2021-03-27"])


def test_the_cli_says_it_in_show_lineage_and_quality(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from api.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    data = str(tmp_path / "data")
    run: Callable[[list[str]], str] = lambda args: (  # noqa: E731
        main([*args, "--data-dir", data]), capsys.readouterr().out
    )[1]
    run(["ingest", str(folder)])
    quality = run(["report", "quality"])
    assert "year possibly misprinted" in quality and "misprinted.txt" in quality
    assert "có lẽ 57-NQ/TW@XI in sai năm" in quality
    for args in (["show", "57-NQ/TW@XI"], ["lineage", "57-NQ/TW@XIII"]):
        out = run(args)
        assert "may be one document" in out and "the year 2014 is probably a misprint" in out
    assert "may be one document" not in run(["show", "35-CT/TW@XIII"])
