"""Property tests: normalization is idempotent and total; offsets always slice the original."""

from __future__ import annotations

from unittest import mock

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ingest import extract, normalize_code
from ingest.host import signature
from ingest.normalize import UnparseableCode
from ingest.text import normalize_text

# Text that looks like the documents: Vietnamese letters, code punctuation, odd spaces,
# dashes, combining marks and invisible characters, plus whole fragments of real citations.
ALPHABET = st.sampled_from(
    list("0123456789 -/.,;:()\n\tKLNQTWHUĐđƯưÐðabcâăêôơưáàảãạếềểễệ")
    + [
        "\u2013",
        "\u2014",
        "\u00a0",
        "\u200b",
        "\u00ad",
        "\ufeff",
        "\u0301",
        "\u0323",
        "\uff0f",
        "*",
        "#",
    ]
)
FRAGMENTS = st.sampled_from([
    "Kết luận số 62-KL/TW", " ngày 08/12/2009", " của Bộ Chính trị", " (khóa X)", " về ",
    "Thông báo 160", "Kế hoạch này", "217 -QĐ/TW", "30/2020/NĐ-CP", "16/CT-TTg", " và ",
    "Thực hiện ", "sơ kết 05 năm ", "(sau đây gọi tắt là Kết luận 62)", "2021-2025", "\n\n",
])  # fmt: skip
DOCUMENT_TEXT = st.lists(st.one_of(ALPHABET, FRAGMENTS), max_size=80).map("".join)


@given(st.text())
def test_normalize_text_never_raises_and_keeps_lengths_aligned(raw: str) -> None:
    norm = normalize_text(raw)
    assert len(norm.text) == len(norm.shadow)


@given(st.one_of(st.text(), DOCUMENT_TEXT))
def test_normalize_text_is_idempotent(raw: str) -> None:
    once = normalize_text(raw).text
    assert normalize_text(once).text == once


@given(st.one_of(st.text(), DOCUMENT_TEXT), st.data())
def test_normalized_spans_map_inside_the_original(raw: str, data: st.DataObject) -> None:
    norm = normalize_text(raw)
    n = len(norm.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    a, b = norm.to_original(start, end)
    assert 0 <= a <= b <= len(raw)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@example("Kết luận số 62-KL/TWKết luận số 62-KL/TWKết luận số 62-KL/TW\n ngày 08/12/2009")
@example("Kết luận số 62-KL/TWKết luận số 62-KL/TWKết luận số 62-KL/TW\nđ")
@given(DOCUMENT_TEXT)
def test_reference_offsets_always_slice_the_original_to_the_surface(raw: str) -> None:
    result = extract(raw)
    for ref in result.references:
        assert _as_read(raw[ref.start : ref.end], ref.surface)
        assert ref.surface.strip()
    for rel in result.relations:
        assert _as_read(raw[rel.evidence.start : rel.evidence.end], rel.evidence.text)


def _as_read(printed: str, evidence: str) -> bool:
    """Whether `evidence` is `printed` as extraction reads it: the same characters, a line break
    inside a wrapped sentence shown as the space it was joined into (`ingest.wraps`, same length;
    hypothesis found "…62-KL/TW\n ngày 08/12/2009" read as one line)."""
    return len(printed) == len(evidence) and all(
        p == e or (p == "\n" and e == " ") for p, e in zip(printed, evidence, strict=True)
    )


@example("1A/QĐ/TU")  # read leniently as 01a/QĐ-TU, which the finder reads as 01a-QĐ/TU
@given(st.one_of(st.text(max_size=60), DOCUMENT_TEXT))
def test_normalize_code_is_idempotent_or_refuses_cleanly(raw: str) -> None:
    try:
        canonical = normalize_code(raw)
    except UnparseableCode:
        return
    assert normalize_code(canonical) == canonical


@settings(max_examples=200)
@given(st.text(max_size=400))
def test_extract_never_crashes_on_arbitrary_text(raw: str) -> None:
    result = extract(raw)
    assert result.as_dict()["document"]["id"]


_WHITESPACE_HEAVY = st.lists(
    st.one_of(ALPHABET, FRAGMENTS, st.sampled_from([" ", "  ", "\n", "\t", "\u3000", "x" * 40])),
    max_size=120,
).map("".join)


@given(_WHITESPACE_HEAVY, st.integers(min_value=1, max_value=64))
def test_content_id_hashed_in_chunks_is_the_hash_of_the_collapsed_body(
    raw: str, chunk: int
) -> None:
    import hashlib
    import importlib

    host_stage = importlib.import_module("ingest.stages.host_document")
    norm = normalize_text(raw)
    expected = hashlib.sha256(" ".join(norm.text.split()).encode("utf-8")).hexdigest()
    saved = host_stage._HASH_CHUNK
    host_stage._HASH_CHUNK = chunk  # small chunks: many cuts, long words across them
    try:
        assert host_stage._content_id(norm, 0) == expected
    finally:
        host_stage._HASH_CHUNK = saved


@given(
    st.text(),
    st.text(),
    st.text(alphabet=st.characters(blacklist_characters="\t")),
    st.none() | st.integers(min_value=0, max_value=10**9),
    st.none() | st.integers(min_value=0, max_value=10**9),
)
def test_fact_storage_spelling_is_json_dumps_and_decodes_back(
    field: str, value: str, doc: str, start: int | None, end: int | None
) -> None:
    import json

    from graph.model import Fact

    fact = Fact(field, value, doc, start, end)
    body = json.dumps([field, value, start, end], ensure_ascii=False)
    assert fact.encode() == f"{doc}\t{body}"
    assert Fact.decode(fact.encode()) == fact


_SHORT_PIECES = st.sampled_from([
    "Kết luận ", "Thông báo ", "Kế hoạch số ", "NQ ", "QĐ số ", "KL ", "ngày ", "tháng ",
    "năm ", "số ", "Chỉ thị ", "Luật ", "và ", "12", "160", "5", "2020", "6 tháng", "\n",
    " ", "55%", "-KL/TW", "/2019", "Quyết định này ",
])  # fmt: skip


@given(st.lists(_SHORT_PIECES, max_size=40).map("".join))
def test_short_form_scan_equals_its_patterns_run_over_the_whole_text(raw: str) -> None:
    # scan_short_refs tries its look-back patterns only at numbers whose preceding word ends
    # as a type word, "số" or an abbreviation can: that prefilter must drop no match
    from ingest.find import (
        SHORT_ABBREV_REF,
        SHORT_REF,
        TextScan,
        _abbreviated_ref,
        _short_ref,
        scan_short_refs,
    )

    norm = normalize_text(raw)
    naive = {
        (s.start, s.end)
        for m in SHORT_REF.finditer(norm.shadow)
        if (s := _short_ref(norm, m)) is not None
    } | {
        (s.start, s.end)
        for m in SHORT_ABBREV_REF.finditer(norm.text)
        if (s := _abbreviated_ref(m)) is not None
    }
    scanned = {(s.start, s.end) for s in scan_short_refs(TextScan.of(norm), []) if s.number}
    assert scanned == naive


_DIGIT_PIECES = st.sampled_from([
    "12", "0", "٣", "０", "¹", "²", "①", "a", "Đ", "ề", "e\u0301", "\u0323", "\u200b", "—", "…",
    "│", " ", "\n", "qui định", "Ｑ", "\x00", "𝟙", "𝟘7",
])  # fmt: skip


@given(st.lists(_DIGIT_PIECES, max_size=30).map("".join))
def test_digit_mask_marks_the_decimal_digits_of_the_shadow(raw: str) -> None:
    # normalizing makes the digit mask from its one-byte encoding, with no second pass
    from ingest.find import _digit_runs

    norm = normalize_text(raw)
    assert norm.digit_mask == bytes(b"0"[0] if c.isdecimal() else b"x"[0] for c in norm.shadow)
    starts = [i for i, c in enumerate(norm.shadow)
              if c.isdecimal() and not (i and norm.shadow[i - 1].isdecimal())]  # fmt: skip
    assert _digit_runs(norm) == starts


_CODE_PIECES = st.sampled_from([
    "12", "0", "30c", "66", ".17", "2020", " ", "\n", "\t", ".", "/", "-", " - ", "(", ",", "Đ",
    "/KH-UBND", "-NQ/TW", "/2019/QH14", "/2013/nđ-cp", " QĐ/TWĐTN", "KH/ĐTN", "-CP", "/HĐBT",
    "/2026/NQ-CP", "/UBND", "/QĐ/BNN-KL", "\nNQ/TW", "-TTg", "TTg", "c", "ngày", "Điều", "%20",
])  # fmt: skip


@given(st.lists(_CODE_PIECES, max_size=40).map("".join))
@example("Số 12/KH-UBND, 84 QĐ/TWĐTN, 66.17/2026/NQ-CP, 101 - CP, 116/2013/nđ-cp, 30c/NQ-CP")
@example("09KH/ĐTN và 52\nNQ/TW, 8/HĐBT, 197/2005/QĐ/BNN-KL; S%E1%BB%91%2006/2018/TT-BTC")
@example("Số 84 QĐ /TWĐTN và 66.17 / 2026/NQ-CP")
def test_code_scan_prefilter_drops_no_match_of_its_patterns(raw: str) -> None:
    # scan_codes tries CODE_PATTERN and the lower-case code only at digit runs that
    # _GOES_ON_AS_CODE accepts: every start either pattern matches at must be accepted
    from ingest.find import _GOES_ON_AS_CODE, _LOWER_STATE_CODE, CODE_PATTERN

    text = normalize_text(raw).text
    for start in range(len(text)):
        if CODE_PATTERN.match(text, start) or _LOWER_STATE_CODE.match(text, start):
            assert _GOES_ON_AS_CODE.match(text, start) is not None


@given(
    st.lists(st.sampled_from(["T/M", "K/T", "Q.", "x", "\n", " ", "TM", "/M", "."]), max_size=80)
    .map("".join),
    st.integers(min_value=4, max_value=16),
    st.data(),
)
def test_last_anchor_searched_in_windows_is_the_last_of_any_anchor(
    text: str, window: int, data: st.DataObject
) -> None:
    anchors = ("T/M", "K/T", "Q.")
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=start, max_value=len(text)))
    expected = max(text.rfind(a, start, end) for a in anchors)
    with mock.patch.object(signature, "_ANCHOR_WINDOW", window):  # small windows: many of them
        assert signature._last_anchor(text, anchors, start, end) == expected


@given(
    st.lists(
        st.sampled_from(["T/M", "KT.", "TUQ.", "Nơi nhận:", "Noi nhan", "x", "\n", " ", "\t"]),
        max_size=60,
    ).map("".join),
    st.data(),
)
def test_last_line_match_found_after_breaks_is_finditers_last(
    text: str, data: st.DataObject
) -> None:
    # signature._last_from tries a "(?m)^" pattern at `pos`, then only after line breaks
    pos = data.draw(st.integers(min_value=0, max_value=len(text)))
    for pattern in (signature._SIGNATURE, signature._RECIPIENTS):
        expected = None
        for expected in pattern.finditer(text, pos):  # noqa: B007
            pass
        found = signature._last_from(pattern, text, pos)
        assert (found and (found.span(), found.groupdict())) == (
            expected and (expected.span(), expected.groupdict())
        )
