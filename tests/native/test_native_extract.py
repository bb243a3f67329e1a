"""The whole native extraction against the Python pipeline (the reference), field by field."""

from __future__ import annotations

from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.extract import extract_reference
from ingest.host import META_KEYS, InvalidMetadata
from ingest.models import Extraction
from ingest.native import native_extract


def _native_or_fail(text: str, body_start: int = 0) -> Extraction:
    found = native_extract(text, body_start, "x")
    assert found is not None, "the native core refused a text in its alphabet"
    return found


def _compare(name: str, expected: Extraction, got: Extraction) -> None:
    assert got.document == expected.document, f"{name}: host differs"
    assert len(got.references) == len(expected.references), (
        f"{name}: {len(got.references)} references, expected {len(expected.references)}: "
        f"{[r.surface for r in got.references]} vs {[r.surface for r in expected.references]}"
    )
    for i, (g, e) in enumerate(zip(got.references, expected.references, strict=True)):
        assert g == e, f"{name}: reference {i} differs:\n got {g}\n exp {e}"
    for i, (g, e) in enumerate(zip(got.relations, expected.relations, strict=False)):
        assert g == e, f"{name}: relation {i} differs:\n got {g}\n exp {e}"
    assert got.relations == expected.relations, f"{name}: relations differ in number"
    assert got.warnings == expected.warnings, f"{name}: warnings differ"
    assert got == expected


def test_native_extract_equals_reference(native: ModuleType, corpus: list[tuple[str, str]]) -> None:
    assert len(corpus) > 250
    for name, text in corpus:
        _compare(name, extract_reference(text, path="x"), _native_or_fail(text))


@pytest.mark.parametrize("body_start", [0, 1, 40, 500])
def test_native_extract_with_body_start(
    native: ModuleType, corpus: list[tuple[str, str]], body_start: int
) -> None:
    for name, text in corpus[:40]:
        expected = extract_reference(text, path="x", body_start=body_start)
        _compare(name, expected, _native_or_fail(text, body_start))


def test_native_extract_equals_reference_where_offsets_move(
    native: ModuleType, special_corpus: list[tuple[str, str]]
) -> None:
    """Zero-width characters and decomposed letters: offsets map back to the original."""
    assert len(special_corpus) > 50
    for name, text in special_corpus:
        _compare(name, extract_reference(text, path="x"), _native_or_fail(text))


def test_native_refuses_text_outside_its_alphabet(native: ModuleType) -> None:
    assert native.extract("Kết luận số 62-KL/TW \u00c5", 0, 2026, None) is None  # Å: not Vietnamese
    assert native.extract("\u0301Kết luận số 62-KL/TW", 0, 2026, None) is None  # a mark first
    assert native.extract("Ke\u0302't lua\u0323\u0302n 62-KL/TW\u200b", 0, 2026, None) is not None
    assert native.normalize("Kết luận") == ("Kết luận", "ket luan")


@pytest.mark.parametrize(
    ("text", "handled"),
    [
        # one byte per character (Latin-1): ASCII, and ASCII with § and ° (non-ASCII, safe)
        ("Thuc hien Ket luan so 62-KL/TW ngay 08/12/2009.", True),
        ("\u00a7 2. Can cu Nghi quyet so 04-NQ/HU, nhiet do 30\u00b0C", True),
        ("Thuc hien Ket luan so 62-KL/TW \u00c5", False),  # Å: Latin-1, not safe
        # two bytes per character: Vietnamese, with zero-width spaces and decomposed letters
        ("Thực hiện Kết luận số 62-KL/TW ngày 08/12/2009 của Bộ Chính trị.", True),
        ("Thư\u0323c hiê\u0323n\u200b Kết luận số\u00ad 62-KL/TW.", True),
        # four bytes per character: outside the alphabet wherever it stands
        ("Thực hiện Kết luận số 62-KL/TW \U0001f4c4", False),
        ("\U0001d400 Kết luận số 62-KL/TW", False),
    ],
)
def test_native_reads_every_str_storage(native: ModuleType, text: str, handled: bool) -> None:
    """The core reads a str's own storage (1, 2 or 4 bytes per character) in place."""
    got = native_extract(text, 0, "x")
    assert (got is not None) == handled
    if got is not None:
        _compare(text, extract_reference(text, path="x"), got)


# Random documents: citation fragments, structural lines and loose characters, so headings,
# signature blocks, lists and broken codes meet in every order.
_FRAGMENTS = st.sampled_from([
    "Kết luận số 62-KL/TW", " ngày 08/12/2009", " của Bộ Chính trị", " (khóa X)", " về ",
    "Thông báo 160", "Kế hoạch này", "217 -QĐ/TW", "30/2020/NĐ-CP", "16/CT-TTg", " và ",
    "Thực hiện ", "sơ kết 05 năm ", "(sau đây gọi tắt là Kết luận 62)", "2021-2025", "\n\n",
    "KẾ HOẠCH\n", "Số 123-KH/TU\n", "Bắc Giang, ngày 08 tháng 12 năm 2020\n",
    "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn An\n", "Nơi nhận:\n- Như trên;\n- Lưu VP.\n",
    "Ban hành kèm theo Kế hoạch số 123-KH/TU", "Thông báo Kết luận số 160-KL/TW",
    "Căn cứ ", "tiếp tục thực hiện ", "Tỉnh ủy Bắc Giang", "Huyện ủy Tân Yên", "; ", ". ",
    "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW", " ngày 25-10-2017", "QĐ 988",
    "Chỉ thị 05", "Nghị quyết số 04-NQ/HU", "45/2019/QH14", "4912/UBND-NC", "ban hành ",
])  # fmt: skip
_LOOSE = st.sampled_from(
    list("0123456789 -/.,;:!?()\n\tKLNQTWHUĐđƯưabcâăêôơưáàảãạếềểễệ\u2013\u00a0*#")
)
_DOCUMENTS = st.lists(st.one_of(_FRAGMENTS, _LOOSE), max_size=120).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_DOCUMENTS)
def test_native_extract_equals_reference_on_random_documents(text: str) -> None:
    if native_extract(text, 0, None) is None:  # the module is missing: the fixture says so
        pytest.skip("native core not installed")
    _compare("random", extract_reference(text, path="x"), _native_or_fail(text))


class _BrokenCore:
    """A core whose extract fails as a Rust panic would (a BaseException)."""

    @staticmethod
    def extract(*_: object) -> None:
        raise BaseException("panicked")


def test_a_failing_core_falls_back_to_the_python_pipeline(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from ingest import native
    from ingest.extract import extract

    text = "Thực hiện Kết luận số 62-KL/TW ngày 08/12/2009 của Bộ Chính trị."
    monkeypatch.setattr(native, "_core", _BrokenCore())
    assert extract(text, path="x") == extract_reference(text, path="x")
    assert "native core failed on x" in caplog.text


# Metadata (front matter, --meta, a .docx's or .pdf's own properties): Python checks and
# types it, the core merges it into the host; self references take the code given.
METADATA: list[dict[str, str]] = [
    {"code": "123-KH/TU"},
    {"code": "30/2020/NĐ-CP", "level": "CENTRAL"},
    {"level": "district"},
    {"issuing_body": "Ban Thường vụ Huyện ủy Tân Yên"},
    {"issuing_body": "Đảng ủy"},  # a bare "Đảng ủy": the text tells the level
    {"province": "Bắc Giang", "District": "Tân Yên", "place.commune": "Cao Xá"},
    {"kind": "Báo cáo", "title": "Tiêu đề", "term": "khóa XX", "signer": "Nguyễn Văn A"},
    {"date": "31/12/2020", "issuing_body": "Tỉnh ủy Bắc Giang", "level": "province"},
    {"date": "2021-02-03", "code": "45-KH/HU"},
    {"title": "", "code": "", "kind": " "},  # empty values are not given
    {"author": "Văn phòng", "created": "2020-01-01", "keywords": "kế hoạch"},  # not read
]


@pytest.mark.parametrize("metadata", METADATA, ids=lambda m: ",".join(m))
def test_native_extract_with_metadata(
    native: ModuleType, corpus: list[tuple[str, str]], metadata: dict[str, str]
) -> None:
    for name, text in corpus[:60]:
        expected = extract_reference(text, path="x", metadata=metadata)
        got = native_extract(text, 0, "x", metadata)
        assert got is not None, "the native core refused a text in its alphabet"
        _compare(f"{name} {metadata}", expected, got)


@pytest.mark.parametrize(
    "metadata", [{"code": "không phải mã"}, {"level": "village"}, {"date": "hôm qua"}]
)
def test_native_extract_refuses_bad_metadata_as_python_does(
    native: ModuleType, metadata: dict[str, str]
) -> None:
    text = "KẾ HOẠCH\nThực hiện Kết luận số 62-KL/TW ngày 08/12/2009 của Bộ Chính trị."
    with pytest.raises(InvalidMetadata) as python_error:
        extract_reference(text, path="x", metadata=metadata)
    with pytest.raises(InvalidMetadata) as native_error:
        native_extract(text, 0, "x", metadata)
    assert str(native_error.value) == str(python_error.value)


_META_VALUES = st.sampled_from([
    "", " ", "123-KH/TU", "62-KL/TW", "province", "commune", "Bắc Giang", "Huyện ủy Tân Yên",
    "Đảng ủy", "31/12/2020", "2020-12-31", "Kế hoạch", "Tân Yên", "khóa X", "x",
])  # fmt: skip
_META = st.dictionaries(
    st.sampled_from(sorted(META_KEYS | {"author", "Place.Province", "issuing-body"})),
    _META_VALUES,
    max_size=6,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_DOCUMENTS, _META)
def test_native_extract_with_random_metadata(text: str, metadata: dict[str, str]) -> None:
    try:
        expected = extract_reference(text, path="x", metadata=metadata)
    except InvalidMetadata:
        with pytest.raises(InvalidMetadata):
            native_extract(text, 0, "x", metadata)
        return
    got = native_extract(text, 0, "x", metadata)
    if got is None:  # the module is missing: the fixture says so
        pytest.skip("native core not installed")
    _compare("random", expected, got)
