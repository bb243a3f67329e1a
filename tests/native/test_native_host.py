"""Differential tests: native layout.rs and host.rs against ingest/layout.py and ingest/host.py.

The Python functions are the reference: `find_layout`, `heading_kind`, `_lines`,
`_paragraph_after`, `read_host_facts` with `body_name_case`, `level_of_body`, `_signature`,
`_recipients` and `_place` must give the same values on every text of the safe alphabet.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest import host as py_host
from ingest import layout as py_layout
from ingest.codes import Level
from ingest.layout import Layout, find_layout
from ingest.text import normalize_text

BODY_STARTS = (0, 1, 37, 200, 1500, 10**6)


def _plain_layout(layout: Layout) -> tuple[Any, ...]:
    return (
        layout.kind,
        layout.heading,
        layout.title,
        layout.opening,
        list(layout.annexes),
        layout.body_start,
    )


def _plain_facts(facts: py_host.HostFacts) -> tuple[Any, ...]:
    return (
        facts.issuing_body,
        facts.level.value,
        facts.term,
        facts.date.isoformat() if facts.date else None,
        facts.signer,
        facts.signer_title,
        list(facts.recipients),
        (facts.place.province, facts.place.district, facts.place.commune),
        sorted(facts.sources.items()),
    )


def _expected_facts(text: str, body_start: int, spans: tuple | None = None) -> tuple[Any, ...]:
    norm = normalize_text(text)
    layout = find_layout(norm, body_start=body_start)
    if spans is not None:
        heading, title, opening = spans
        layout = Layout(layout.kind, heading, title, opening, layout.annexes, body_start)
    return _plain_facts(py_host.read_host_facts(norm, layout))


def _check_layout(native: ModuleType, name: str, text: str, body_start: int) -> None:
    expected = _plain_layout(find_layout(normalize_text(text), body_start=body_start))
    got = native.debug_find_layout(text, body_start)
    assert got == expected, f"{name} body_start={body_start}: layout\n{got}\n!=\n{expected}"


def _check_facts(native: ModuleType, name: str, text: str, body_start: int) -> None:
    expected = _expected_facts(text, body_start)
    got = native.debug_read_host_facts(text, body_start)
    assert got == expected, f"{name} body_start={body_start}: host facts\n{got}\n!=\n{expected}"


# --- the corpus ---------------------------------------------------------------------------


def test_layout_on_corpus(native: ModuleType, corpus: list[tuple[str, str]]) -> None:
    for name, text in corpus:
        for body_start in BODY_STARTS:
            _check_layout(native, name, text, body_start)


def test_host_facts_on_corpus(native: ModuleType, corpus: list[tuple[str, str]]) -> None:
    for name, text in corpus:
        for body_start in BODY_STARTS:
            _check_facts(native, name, text, body_start)


def test_parts_on_corpus(native: ModuleType, corpus: list[tuple[str, str]]) -> None:
    for name, text in corpus:
        norm = normalize_text(text)
        for start in (0, 500):
            expected = py_host._signature(norm, start)
            assert native.debug_signature(text, start) == expected, (name, start)
            expected_recipients = list(py_host._recipients(norm, start))
            assert native.debug_recipients(text, start) == expected_recipients, (name, start)
        for level in Level:
            layout = Layout(None, None, None, None, (), 0)
            place = py_host._place(norm, layout, level)
            expected_place = (place.province, place.district, place.commune)
            assert native.debug_place(text, 0, level.value) == expected_place, (name, level)


# --- tables -------------------------------------------------------------------------------

HEADING_LINES = [
    "KẾ HOẠCH",
    "  KẾ   HOẠCH  ",
    "KẾ HOẠCH 5",
    "Kế hoạch",
    "KẾT LUẬN",
    "THÔNG BÁO KẾT LUẬN",
    "CHƯƠNG TRÌNH HÀNH ĐỘNG",
    "NGHỊ QUYẾT",
    "LUẬT",
    "ĐỀ ÁN",
    "ĐỀ CƯƠNG",
    "PHƯƠNG ÁN",
    "TỜ TRÌNH",
    "QUY CHẾ",
    "QUY ĐỊNH",
    "THÔNG TRI",
    "CÔNG VĂN",
    "KẾ HOẠCH THỰC HIỆN",
    "",
    "   ",
    "123",
    "K" * 41,
    "KẾ HOẠCH" + " " * 40,
    " " * 35 + "KẾ HOẠCH",
    "KE HOACH",
    "BÁO CÁO\n",
]


@pytest.mark.parametrize("line", HEADING_LINES)
def test_heading_kind(native: ModuleType, line: str) -> None:
    text = "xx\n" + line + "\nyy"
    norm = normalize_text(text)
    for start, end in ((3, 3 + len(line)), (0, len(text)), (3, len(text)), (5, 2)):
        expected = py_layout.heading_kind(norm, start, end)
        assert native.debug_heading_kind(text, start, end) == expected, (line, start, end)


LAYOUT_TEXTS = [
    "",
    "\n\n\n",
    "KẾ HOẠCH",
    "KẾ HOẠCH\n",
    "HUYỆN ỦY TÂN YÊN\n\nKẾ HOẠCH\nthực hiện Kết luận số 115\n\nThực hiện ...; Ban Thường vụ"
    " Huyện ủy xây dựng Kế hoạch thực hiện như sau:\n\nI. MỤC ĐÍCH",
    "KẾT LUẬN\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN\nKHÓA XXVII\n\nHội nghị lần thứ 5 ngày"
    " 12/3/2021 thảo luận.\n",
    "KẾT LUẬN\n\n\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nABC\n\nTiếp theo.",
    "NGHỊ QUYẾT\n\nvề công tác cán bộ.\n\nI. Nội dung",
    "NGHỊ QUYẾT\n\n-----\n\n=== ...\n\nĐoạn mở đầu\n\n1. Mục",
    "NGHỊ QUYẾT\n\nvề công tác " + "x" * 800 + "\n\nTiếp",
    "Đoạn đầu tiên\n\nII- nội dung\n\nPHỤ LỤC\nKẾ HOẠCH\n text KẾ HOẠCH\n",
    "1. Mục một\n\nBÁO CÁO\n\nBÁO CÁO \n",
    "QUYẾT ĐỊNH\nCỦA BỘ\nAB\n\nx: y;\n\nZ",
    "\n \t\n" + "THÔNG BÁO\n\n" * 3,
]


@pytest.mark.parametrize("text", LAYOUT_TEXTS)
def test_layout_table(native: ModuleType, text: str) -> None:
    for body_start in range(0, len(text) + 2, 3):
        _check_layout(native, repr(text[:30]), text, body_start)
    norm = normalize_text(text)
    for pos in range(len(text) + 2):
        expected = py_layout._paragraph_after(norm.text, pos)
        assert native.debug_paragraph_after(text, pos) == expected, (text, pos)
    spans = (
        (0, len(text)),
        (2, 10),
        (5, 5),
        (7, 3),
        (4, 1000),
        (len(text), len(text)),
        (1, max(0, len(text) - 1)),
    )
    for start, end in spans:
        expected_lines = py_layout._lines(norm.text, start, end)
        assert native.debug_lines(text, start, end) == expected_lines, (text, start, end)


ANNEX_TEXT = (  # two annex headings after the title: "THÔNG BÁO" (padded), "BÁO CÁO"
    "KẾ HOẠCH\nthực hiện Kết luận\n\nNội dung.\nxem KẾ HOẠCH\n  THÔNG BÁO  \n\n"
    + "chữ thường " * 20
    + "\nBÁO CÁO\n"
)


def test_annex_headings_from_every_start(native: ModuleType) -> None:
    """Annex headings are whole lines, at every body start and wherever the text ends."""
    assert len(find_layout(normalize_text(ANNEX_TEXT), body_start=0).annexes) == 2
    for body_start in range(len(ANNEX_TEXT) + 2):
        _check_layout(native, "annexes", ANNEX_TEXT, body_start)
    for cut in range(len(ANNEX_TEXT)):
        _check_layout(native, "annexes cut", ANNEX_TEXT[:cut], 0)


SIGNATURE_BLOCK = "Nội dung.\n\n"
HOST_TEXTS = [
    "KẾ HOẠCH\n\nNội dung\n\n**T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ**\n\nCao Văn Hoàn",
    SIGNATURE_BLOCK + "T/M BAN THƯỜNG VỤ HUYỆN ỦY\nBÍ THƯ\n(đã ký)\n\nNguyễn Văn An\n",
    SIGNATURE_BLOCK + "K/T BÍ THƯ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\nTrần Thị Bình",
    SIGNATURE_BLOCK + "TM. BAN CHẤP HÀNH ĐẢNG BỘ XÃ\nBÍ THƯ\nLê Văn C",
    SIGNATURE_BLOCK + "TM. Đảng ủy\nBí thư\nLê Văn C",
    SIGNATURE_BLOCK + "  KT.   \n   BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\n\n\n\n\n\n\nNguyễn An",
    SIGNATURE_BLOCK + "T/M\nBAN THƯỜNG VỤ\n" + "T/L BAN THƯỜNG VỤ TỈNH ỦY\nCHÁNH VĂN PHÒNG\nHà B",
    SIGNATURE_BLOCK + "TUQ. BAN THƯỜNG VỤ\nQ. CHÁNH VĂN PHÒNG\nnguyễn văn a\nNguyễn Văn A",
    SIGNATURE_BLOCK + "T/M BAN THƯỜNG VỤ THÀNH ỦY\n(ký tên)\nNGUYỄN VĂN AN\nNguyễn Văn An",
    SIGNATURE_BLOCK + "TL.",
    SIGNATURE_BLOCK + "TL.\n",
    "Nơi nhận:\n- Thường trực Tỉnh ủy,\n+ Văn phòng;\n-\n- ...\n\n- Lưu Văn thư.",
    "Noi nhan:\n- A\n\nNơi nhận :  \n\n-  Ban   Dân vận,\nXong\n- B",
    "Nơi nhận\n- A\n" + "- x\n" * 45,
    "Nơi nhận: - A\n- B",
    "Bắc Giang, ngày 08 tháng 12 năm 2020\n\nKẾ HOẠCH\n\nNội dung",
    "Tân Yên, ngày 31/02/2020\nHà Nội, ngày 01/02/2021\n",
    "  Huyện Tân Yên , ngày   5 tháng 3 , năm 2019",
    "a,ngay 1/1/2000",
    "KẾ HOẠCH\n\nHội nghị Ban Chấp hành lần 3 ngày 12/3/2021 thống nhất.\n\nx",
    "KẾ HOẠCH\n\nHội nghị ngày 31/02/2021 thống nhất.\n\nx",
    "KẾT LUẬN\n\nThực hiện Nghị quyết; Ban Thường vụ Tỉnh ủy khóa XIX thảo luận và kết luận"
    " như sau:\n\nI. Nội dung",
    "KẾT LUẬN\n\nBan Chấp hành Đảng bộ huyện khoá xx quyết định.\n\nx",
    "KẾ HOẠCH\n\nĐảng ủy xây dựng kế hoạch.\n\nUBND phường Hòa Bình; các xã",
    "KẾ HOẠCH\n\nĐảng ủy xây dựng kế hoạch.\n\nkhông có đơn vị",
    "KẾT LUẬN\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA XXVII\n\nNội dung.",
    "KẾT LUẬN\nCỦA  \n\nNội dung.\nT/M BAN THƯỜNG VỤ\n",
    "KẾT LUẬN\nCỦA BỘ CHÍNH TRỊ\n\nTỉnh ủy Bắc Giang, Tỉnh ủy Bắc Ninh, tỉnh Bắc Ninh, huyện Tân"
    " Yên, Huyện ủy Tân Yên, xã Việt Lập, Xã Liên Chung, phường Trần Phú, thị trấn Cao Thượng",
    "Nội dung. Thành phố trực thuộc Trung ương Hải Phòng, UBND tỉnh Lạng Sơn, UBND tỉnh Lạng Sơn,"
    " Đảng bộ tỉnh Bắc Giang Bắc Ninh Hà Nam Nam Định Thái Bình, quận Ba Đình, thị xã Sơn Tây,"
    " Thị ủy Sơn Tây, Quận ủy Hoàn Kiếm, Quận Hoàn Kiếm",
    "Atỉnh Bắc Giang, xtỉnh Hà Nam, Xã Đông, xã Đông, xã Tây, xã Tây",
]


@pytest.mark.parametrize("text", HOST_TEXTS)
def test_host_table(native: ModuleType, text: str) -> None:
    for body_start in range(0, len(text) + 2, 4):
        _check_facts(native, repr(text[:30]), text, body_start)
    norm = normalize_text(text)
    for start in range(0, len(text) + 1):
        assert native.debug_signature(text, start) == py_host._signature(norm, start), start
        expected = list(py_host._recipients(norm, start))
        assert native.debug_recipients(text, start) == expected, start


@pytest.mark.parametrize("text", HOST_TEXTS[-4:])
def test_host_with_given_spans(native: ModuleType, text: str) -> None:
    n = len(text)
    cuts = sorted({0, 8, 9, n // 3, n // 2, n})
    spans = [None, *((a, b) for a in cuts for b in cuts if a <= b)]
    for heading in spans[:4]:
        for title in spans:
            for opening in spans[::3]:
                layout = (heading, title, opening)
                expected = _expected_facts(text, 0, layout)
                got = native.debug_read_host_facts(text, 0, layout)
                assert got == expected, (text[:30], layout)


BODY_NAMES = [
    "BAN THƯỜNG VỤ TỈNH ỦY",
    "BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN",
    "BAN CHẤP HÀNH ĐẢNG BỘ XÃ",
    "ĐẢNG ỦY PHƯỜNG TRẦN PHÚ",
    "BỘ CHÍNH TRỊ",
    "BAN BÍ THƯ",
    "BAN CHẤP HÀNH TRUNG ƯƠNG",
    "BAN THƯỜNG VỤ THÀNH UỶ",
    "BAN THƯỜNG VỤ THỊ ỦY SƠN TÂY",
    "THƯỜNG TRỰC HUYỆN ỦY",
    "UỶ BAN NHÂN DÂN TỈNH",
    "ban  dân vận  quận ủy",
    "Ban Thường vụ Huyện ủy",
    "",
    "Đảng bộ thị xã",
    "BAN",
    "ĐẢNG ỦY",
]


def _check_level_of_body(native: ModuleType, shadow: str, contexts: tuple[str | None, ...]) -> None:
    """level_of_body(shadow, normalize_text(context)) in both, for each context."""
    for context in contexts:
        norm = normalize_text(context) if context is not None else None
        expected = py_host.level_of_body(shadow, norm).value
        assert native.debug_level_of_body(shadow, context) == expected, (shadow, context)


@pytest.mark.parametrize("name", BODY_NAMES)
def test_body_name_case_and_level(native: ModuleType, name: str) -> None:
    assert native.debug_body_name_case(name) == py_host.body_name_case(name)
    contexts = (None, "UBND phường A", "các xã;", "đảng ủy phường", "không")
    _check_level_of_body(native, normalize_text(name).shadow, contexts)


LEVEL_SHADOWS = [
    "bo chinh tri",
    "xbo chinh tri",
    "ban bi thux",
    "xban bi thu",  # the look-behind binds to the first alternative only
    "trung uongx",  # the look-ahead binds to the last alternative only
    "xtrung uong",
    "tinh uy",
    "tinh uyx",
    "dang bo thanh pho",
    "xhuyen uy",
    "dang bo thi xa",
    "dang uy xa",
    "dang uy thi tran",
    "dang bo phuongx",
    "dang uy",
    "xdang uy",
    "dang uyx",
    "",
]


@pytest.mark.parametrize("shadow", LEVEL_SHADOWS)
def test_level_of_body_words(native: ModuleType, shadow: str) -> None:
    _check_level_of_body(native, shadow, (None, "UBND xã A", "thị trấn;", "đảng ủy xã", "xã"))


# --- random text --------------------------------------------------------------------------

SNIPPETS = [
    "KẾ HOẠCH", "KẾT LUẬN", "THÔNG BÁO", "BÁO CÁO", "CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN",
    " KHÓA XXVII", "CỦA ", "\n", "\n\n", "\n \n", "  ", " ", ", ", "; ", ": ", ".", "I. ",
    "1) ", "T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ", "TM. ", "TL.", "Q. ", "TUQ.", "PHÓ BÍ THƯ",
    "Nguyễn Văn An", "(đã ký)", "Nơi nhận:", "Noi nhan", "- ", "+ ", "Bắc Giang", "Tân Yên",
    ", ngày 08 tháng 12 năm 2020", ", ngày 31/12/2020", "Hội nghị", " ngày 12/3/2021",
    "Ban Thường vụ Huyện ủy", "Tỉnh ủy ", "tỉnh ", "Tỉnh ", "huyện ", "Huyện ủy ", "thị xã ",
    "Quận ", "xã ", "Xã ", "phường ", "thị trấn ", "UBND tỉnh ", "Đảng bộ tỉnh ", "Đảng ủy",
    " xây dựng", " thảo luận", " khóa ", "XIX", "UBND phường", "các xã;", "-----", "Đông",
]  # fmt: skip
LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếềểễệốồổỗộớờởỡợứừửữự ĐÂĂÊÔƠƯÁẾỐ AB XY\n,.;:-/()+"
RANDOM_TEXT = st.lists(
    st.one_of(st.sampled_from(SNIPPETS), st.text(alphabet=LETTERS, max_size=6)), max_size=60
).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=RANDOM_TEXT, body_start=st.integers(min_value=0, max_value=80))
def test_random_texts(native: ModuleType, text: str, body_start: int) -> None:
    if native.normalize(text) is None:
        return
    _check_layout(native, "random", text, body_start)
    _check_facts(native, "random", text, body_start)
    norm = normalize_text(text)
    assert native.debug_signature(text, body_start) == py_host._signature(norm, body_start)
    expected = list(py_host._recipients(norm, body_start))
    assert native.debug_recipients(text, body_start) == expected


SIGNATURE_LINES = [
    "", " ", "  \t", "T/M", " T/M ", "K/T BAN THƯỜNG VỤ", "TM.", "  TM.  ", "KT.", "TL. 5", "Q.",
    "TUQ.", "TUQ. X", "Q. CHÁNH VĂN PHÒNG", "x T/M y", "T/MBAN", "BÍ THƯ", "Nguyễn Văn An",
    "NGUYỄN VĂN AN", "(đã ký)", "Nơi nhận:", "Noi nhan", "Nơi nhận :  ", " Nơi nhận", "- A,",
    "+ B;", "-", "Xong", "Nội dung.", "KẾ HOẠCH", "Bắc Giang, ngày 1/2/2020",
]  # fmt: skip
BLOCK_TEXT = st.lists(st.sampled_from(SIGNATURE_LINES), max_size=25).map("\n".join)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=BLOCK_TEXT, start=st.integers(min_value=0, max_value=60))
def test_random_signature_blocks(native: ModuleType, text: str, start: int) -> None:
    """Lines that run on into each other (`\\s*` after "T/M" crosses blank lines)."""
    norm = normalize_text(text)
    assert native.debug_signature(text, start) == py_host._signature(norm, start)
    expected = list(py_host._recipients(norm, start))
    assert native.debug_recipients(text, start) == expected
    _check_facts(native, "block", text, start)
