"""Hostile input stays bounded in time and memory (issue 16): long runs of every character
class, repeated fragments of citations, deep nesting, compressed bombs.

Not timed unit tests of speed (those live in bench/): each document gets a generous budget,
many times what a linear pass needs, that a quadratic pass overruns by minutes. Before issue
16, 64 KB of "9"s took 60 s and a 50 MB line with many codes 794 s.
"""

from __future__ import annotations

import contextlib
import io
import time
import tracemalloc
import zipfile
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ingest.errors import UnreadableDocument, VbgraphError
from ingest.extract import extract
from ingest.read import read_document

SIZE = 100_000  # characters per document
SECONDS = 20.0  # per document: a linear pass takes well under 2 s here
PEAK_BYTES = 400_000_000

RUNS = {
    "digits": "9",
    "letters": "a",
    "vietnamese": "ệ",
    "spaces": " ",
    "newlines": "\n",
    "dashes": "-",
    "slashes": "/",
    "dots": ".",
    "open parentheses": "(",
    "close parentheses": ")",
    "emoji": "😀",
    "party codes": "62-KL/TW ",
    "shared symbols": "217 và 218-QĐ/TW, ",
    "state codes": "Thông tư 12/2020/TT-BTC ",
    "plan words": "Kế hoạch số ",
    "self references": "Kế hoạch này ",
    "aliases": "(sau đây gọi tắt là Kết luận 62) ",
    "terms": "(khóa X) ",
    "dates": "ngày 01/01/2020 ",
    "headings": "KẾ HOẠCH\n",
    "annex lines": "ban hành kèm theo Quyết định số ",
    "citation chains": "thực hiện Kế hoạch số 74-KH/TU ngày 01/3/2021 của Tỉnh ủy về ",
    "cues": "sơ kết, tổng kết, đánh giá, thực hiện, triển khai, căn cứ ",
    # a portal's table headings (ingest.page.table_entry) and a legal site's status line, its
    # title naming what it amends before the passive (stages.relations_acted)
    "column headings": "Số hiệu\nNgày ban hành\n",
    "status lines": "Quyết định 20/2007/QĐ-UBND sửa đổi Quyết định 02/2007/QĐ-UBND đã được thay "
    "thế bởi ",
}


def _bounded(work: Callable[[], object]) -> float:
    # this process's CPU time: a bound on the work, not on how busy the machine is (under a
    # load of 7 the 50,000-deep page took 26 s of wall time for 3 s of CPU); timed apart from
    # the memory run, as tracing every allocation made that page cost 18-21 CPU-s, not 5-7
    start = time.process_time()
    with contextlib.suppress(VbgraphError):  # refusing with a clear error is bounded too
        work()
    took = time.process_time() - start
    tracemalloc.start()
    with contextlib.suppress(VbgraphError):
        work()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < PEAK_BYTES
    return took


@pytest.mark.parametrize("piece", list(RUNS.values()), ids=list(RUNS))
def test_long_runs_extract_in_bounded_time_and_memory(piece: str) -> None:
    text = (piece * (SIZE // len(piece) + 1))[:SIZE]
    assert _bounded(lambda: extract(text)) < SECONDS
    assert _bounded(lambda: read_document(text.encode(), filename="x.txt")) < SECONDS


@pytest.mark.parametrize("run", [" ", "\n", " \n"])
@pytest.mark.parametrize("code", ["62-KL/TW", "Kết luận số:  62-KL/TW"])
def test_a_long_run_of_whitespace_before_a_code_is_bounded(run: str, code: str) -> None:
    # the type word looked for before a code tried the run split every way (5 s for 59 KB)
    text = run * (SIZE // len(run)) + code
    assert _bounded(lambda: extract(text)) < SECONDS


@pytest.mark.parametrize("run", [" ", "\n", " \n", "\t"])
def test_a_long_run_of_whitespace_between_two_documents_is_bounded(run: str) -> None:
    # the gap between two references, and a notice's closing looked for over the opening, tried
    # the run split every way: 100 KB of spaces took 35 s (5 s for 25 KB), the fourteenth session
    gap = run * (SIZE // len(run))
    text = f"Kế hoạch số 12-KH/TU\n{gap}\nThực hiện Nghị quyết số 57-NQ/TW"
    assert _bounded(lambda: extract(text)) < SECONDS


def test_one_long_line_of_many_codes_is_bounded() -> None:
    line = " ".join(f"{i}-KH/TU, {i}/QĐ-UBND" for i in range(1, 10_000))  # 250 KB, one line
    assert _bounded(lambda: extract(line)) < 3 * SECONDS


@pytest.mark.parametrize("depth", [5_000, 50_000])
def test_deeply_nested_html_is_bounded(depth: int) -> None:
    page = ("<div>" * depth + "Kế hoạch số 74-KH/TU" + "</div>" * depth).encode()
    assert _bounded(lambda: read_document(page, filename="x.html")) < SECONDS


def test_a_compressed_bomb_is_refused_quickly() -> None:
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/document.xml", "w") as part,
    ):
        for _ in range(300):
            part.write(b"<w:t>" + b" " * 1_000_000)  # 300 MB unpacked, ~300 KB packed
    with pytest.raises(UnreadableDocument, match="zip bomb"):
        read_document(buffer.getvalue(), filename="bomb.docx")


_FRAGMENTS = [*RUNS.values(), "\x00", "\u200b", "\u0301", "Đ", "<div>", "số ", "/", "-KH/TU"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.sampled_from(_FRAGMENTS), st.integers(min_value=1, max_value=4_000)),
        min_size=1,
        max_size=6,
    )
)
# A long run of spaces before a line of cues: a basis heading's pattern tried the spaces split
# every way, once per "căn cứ" on the line (35 s for 60 KB).
@example([(" ", 3442), (RUNS["cues"], 4000)])
def test_adversarial_mixtures_stay_bounded(parts: list[tuple[str, int]]) -> None:
    text = "".join(piece * count for piece, count in parts)[:60_000]
    assert _bounded(lambda: extract(text)) < SECONDS
    assert _bounded(lambda: read_document(text.encode(), filename="x.txt")) < SECONDS
    assert _bounded(lambda: read_document(text.encode(), filename="x.html")) < SECONDS
