"""Differential tests: native context.rs / relations.rs against ingest/context.py and
ingest/relations.py (parse_tail, alias_definitions, classify_relation)."""

from __future__ import annotations

import random
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest import relations
from ingest.context import CitationTail, alias_definitions, parse_tail
from ingest.extract import _clause_start, _drafts, _link_structure
from ingest.find import find_codes, find_short_refs
from ingest.relations import classify_relation
from ingest.text import NormalizedText, normalize_text, shadow_of

TailTuple = tuple[object, ...]


def _tail_tuple(t: CitationTail) -> TailTuple:
    def span(s: object) -> tuple[int, int] | None:
        return None if s is None else (s.start, s.end)  # type: ignore[attr-defined]

    return (
        t.end,
        t.date.isoformat() if t.date else None,
        span(t.date_span),
        t.issuing_body,
        t.term,
        t.subject,
        span(t.subject_span),
    )


def _check_tails(native: ModuleType, name: str, text: str, positions: list[int]) -> None:
    norm = normalize_text(text)
    got = native.debug_parse_tails(text, positions)
    assert got is not None, f"{name}: native refused the text"
    for pos, mine in zip(positions, got, strict=True):
        want = _tail_tuple(parse_tail(norm, pos))
        assert mine == want, (
            f"{name} @ {pos}: {norm.text[max(0, pos - 40) : pos]!r}"
            f" | {norm.text[pos : pos + 120]!r}"
            f"\n native {mine}\n python {want}"
        )


def _check_aliases(native: ModuleType, name: str, text: str) -> None:
    want = [((s.start, s.end), alias) for s, alias in alias_definitions(normalize_text(text))]
    assert native.debug_alias_definitions(text) == want, name


def _check_classify(native: ModuleType, lead_in: str, where: str = "") -> None:
    found = classify_relation(lead_in)
    want = (found.type.value, found.label, found.cue)
    assert native.debug_classify_relation(lead_in) == want, f"{where} {lead_in!r}"


def test_relation_rules_are_the_python_rules(native: ModuleType) -> None:
    """The Rust rule table is a copy of `DEFAULT_RULES`: same patterns, order, types, labels."""
    rules, scope = native.debug_relation_rules()
    expected = [(r.pattern.pattern, r.type.value, r.label) for r in relations.DEFAULT_RULES]
    assert rules == expected
    assert scope == relations._REVIEW_SCOPE


def _shadow_lead_ins(norm: NormalizedText) -> list[str]:
    """The lead-ins `ingest.extract._relations` hands to `classify_relation`."""
    drafts = _drafts(norm, 0)
    _link_structure(norm, drafts, [s for s, _ in alias_definitions(norm)])
    out = []
    for j, d in enumerate(drafts):
        floor = drafts[j - 1].end if j > 0 else 0
        if d.parent is not None:
            floor = max(floor, drafts[d.parent].end)
        start = _clause_start(norm, d.lead_start, floor)
        out.append(norm.shadow[start : d.lead_start])
    return out


# ---------------------------------------------------------------------------------------------
# parse_tail and alias_definitions


def test_parse_tail_after_codes_and_short_forms(native: ModuleType, corpus) -> None:
    checked = 0
    for name, text in corpus:
        norm = normalize_text(text)
        ends = [m.end for m in find_codes(norm)] + [s.end for s in find_short_refs(norm, [])]
        _check_tails(native, name, text, ends)
        checked += len(ends)
    assert checked > 1000


def test_parse_tail_at_random_positions(native: ModuleType, corpus) -> None:
    rng = random.Random(11)
    for name, text in corpus:
        positions = [rng.randrange(len(text) + 1) for _ in range(60)] + [0, len(text)]
        _check_tails(native, name, text, positions)


def test_parse_tail_at_every_position_of_the_seeds(native: ModuleType, corpus) -> None:
    for name, text in corpus[:5]:
        _check_tails(native, name, text, list(range(len(text) + 1)))


def test_alias_definitions_on_corpus(native: ModuleType, corpus) -> None:
    for name, text in corpus:
        _check_aliases(native, name, text)


TAIL_CASES = [
    "Kết luận số 62-KL/TW ngày 08/12/2009 của Bộ Chính trị (khóa X) về tiếp tục đổi mới",
    "số 62 ban hành ngày 08 tháng 12 năm 2009 của Ban Chấp hành Đảng bộ tỉnh về việc xây dựng",
    "số 62 ngày 31/02/2009 của Bộ Chính trị về việc A",  # invalid date stops the tail
    "số 62 ngày 1/1/2009 ngày 2/2/2010 của Tỉnh ủy, của Huyện ủy khóa 11 khoá XI về B",
    "số 62, ngày 06 / 7 /2005, của Ủy ban nhân dân tỉnh Quảng Ngãi về việc C",
    "số 62 của ủy ban nhân dân về D",  # lower-case body words
    "số 62 của các xã về E",  # no body: the tail stops
    "số 62 của Bộ Chính trị. Về F",  # a full stop ends the body name
    "số 62 của Bộ Chính trị\nvề G",
    "số 62 của Bộ Chính trị và Ban Bí thư về H",
    "số 62 của Thường vụ 2020 về I",
    "số 62 của A B C D E F G H I J K L về J",  # at most ten words
    "số 62 của Bộ/ Chính trị về K",
    "số 62 (khóa X) (Khóa XI) ngày 1/1/2000 của Bộ về L",
    "số 62 khoa 123 về M",
    "số 62 khóa xii về N",
    'số 62 về "Tăng cường, đổi mới; tiếp tục" và khác',
    'số 62 về "không đóng ngoặc',
    "số 62 về việc tăng cường (sau đây gọi tắt là Nghị quyết 62) và",
    "số 62 về tăng cường (theo Kế hoạch) và",
    "số 62 về tăng cường (thứ hai) và; tiếp",
    "số 62 về tăng cường. Tiếp theo",
    "số 62 về tăng cường.Tiếp theo: là",
    "số 62 về tăng cường, Đảng ủy ban hành",
    "số 62 về tăng cường, MTTQ và đoàn thể",
    "số 62 về tăng cường, các cấp ủy",
    "số 62 về - , ",
    "số 62 về ",
    "số 62 về",
    "số 62 ngày 1/1/2000 ngày 2/2/2000 ngày 3/3/2000 ngày 4/4/2000 ngày 5/5/2000 "
    "ngày 6/6/2000 về việc bảy bước",
    "số 62 ngày 1/1/2000 ngày 2/2/2000 ngày 3/3/2000 ngày 4/4/2000 ngày 5/5/2000 "
    "ngày 6/6/2000 ngày 7/7/2000 về việc quá sáu bước",
    "số 62 về " + "chữ " * 150,
    "số 62 của Ủy Ban nhân dân, Ủy ban Mặt trận về O",
    "số 62 của Ủy ban Thường vụ Quốc hội về P",
    "số 62 của Uỷ ban tỉnh về Q",
    "số 62 của Đảng ủy Khối Doanh nghiệp tỉnh về R",
    "số 62 của Bộ Chính trị “về S”",
    "(sau đây gọi tắt là Nghị quyết số 62) (gọi tắt là\n  NQ 62 ) (viết tắt là)"
    " ( Sau đây viết tắt là ABC)",
]


@pytest.mark.parametrize("text", TAIL_CASES)
def test_parse_tail_cases(native: ModuleType, text: str) -> None:
    _check_tails(native, "case", text, list(range(len(text) + 1)))
    _check_aliases(native, "case", text)


TAIL_SNIPPETS = [
    "số 62-KL/TW", " ngày ", "ban hành ngày ", "08/12/2009", "8 tháng 12 năm 2009", "31/2/2009",
    " của ", "Bộ Chính trị", "ủy ban", "Ủy ban nhân dân", " ban ", "tỉnh", "Tỉnh ủy", " và ",
    "(khóa X)", " khoá 11 ", "khóa", " về ", "về việc ", "Nghị quyết", " theo ", "MTTQ", "Đảng",
    "\n", ", ", ". ", "; ", ": ", "(", ")", '"', "“", "”", "(sau đây gọi tắt là ", "(theo ",
    "gọi tắt là", "/", ".", "-", " ", "  ", "2020", "x", "A", "Ă", "thực hiện",
]  # fmt: skip


def joined(snippets: list[str], max_size: int) -> st.SearchStrategy[str]:
    """Texts made of up to `max_size` of `snippets`, in any order."""
    return st.lists(st.sampled_from(snippets), max_size=max_size).map("".join)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(joined(TAIL_SNIPPETS, 30))
def test_parse_tail_on_generated_snippets(native: ModuleType, text: str) -> None:
    _check_tails(native, "generated", text, list(range(len(text) + 1)))
    _check_aliases(native, "generated", text)


# ---------------------------------------------------------------------------------------------
# classify_relation


def test_classify_relation_on_extract_lead_ins(native: ModuleType, corpus) -> None:
    checked = 0
    for name, text in corpus:
        for lead_in in _shadow_lead_ins(normalize_text(text)):
            _check_classify(native, lead_in, name)
            checked += 1
    assert checked > 1000


def test_classify_relation_on_random_shadow_slices(native: ModuleType, corpus) -> None:
    rng = random.Random(5)
    for name, text in corpus:
        shadow = normalize_text(text).shadow
        for _ in range(40):
            a = rng.randrange(len(shadow) + 1)
            b = min(len(shadow), a + rng.randrange(0, 260))
            _check_classify(native, shadow[a:b], f"{name} [{a}:{b}]")


CLASSIFY_CASES = [
    "thực hiện ",
    "Triển khai thực hiện ",
    "tiếp tục thực hiện ",
    "Tiếp tục đẩy mạnh triển khai thực hiện ",
    "cụ thể hoá ",
    "học tập, quán triệt ",
    "hướng dẫn thi hành ",
    "sơ kết 05 năm (2009 - 2014) thực hiện ",
    "tổng kết 10 năm thực hiện ",
    "báo cáo đánh giá 5 năm triển khai thực hiện ",
    "Qua 5 năm thực hiện ",
    "kết quả 5 năm (2019 - 2024) thực hiện ",
    "kết quả 5 năm (2019-2024) triển khai thực hiện ",
    "kiểm tra, giám sát việc ",
    "kiểm tra giám sát việc thực hiện ",
    "Căn cứ ",
    "xét Tờ trình ",
    "theo đề nghị ",
    "(Ban hành kèm theo ",
    "kèm theo ",
    "theo tinh thần ",
    "trên cơ sở ",
    "Quyết định này thay thế ",
    "sửa đổi bổ sung ",
    "bãi bỏ ",
    "hết hiệu lực ",
    "phúc đáp ",
    "trả lời ",
    "tham gia góp ý ",
    "",
    "Để phát huy kết quả đã đạt được, tiếp tục thực hiện ",
    "thực hiệnxyz ",
    "abcxét tờ trình ",
    "xyzcăn cứ ",
    "sơ kết " + "chữ " * 26 + "thực hiện ",
    "sơ kết " + "chữ " * 27 + "thực hiện ",
    "sơ kết " + "chữ " * 28 + "thực hiện ",
    "đánh giá tình hình, kết quả thực hiện ",
    "đánh giá § “ … – ” sơ kết ² thực hiện ",
    "sơ kết đánh giá tổng kết thực hiện ",
    "căn cứ thực hiện ",
    "thực hiện căn cứ ",
    "ban hành kèm theo quy định chi tiết ",
]


@pytest.mark.parametrize("words", CLASSIFY_CASES)
def test_classify_relation_cases(native: ModuleType, words: str) -> None:
    _check_classify(native, normalize_text(words).shadow)
    _check_classify(native, words)


CUE_SNIPPETS = [
    "thuc hien", "so ket", "tong ket", "danh gia", "can cu", "kem theo", "ban hanh kem theo",
    "tiep tuc", "day manh", "trien khai", "ket qua", "5 nam", "05 nam", "(2019 - 2024)",
    "(2019-2024)", "ket qua 5 nam (2019 - 2024) thuc hien", "qua", "nam", "kiem tra,",
    "giam sat viec", "xet to trinh", "theo de nghi", "cu the hoa", "huong dan", "thi hanh",
    "quy dinh chi tiet", "quan triet", "thay the", "sua doi, bo sung", "bai bo",
    "het hieu luc", "theo tinh than", "tren co so", "theo noi dung", "phuc dap", "tra loi",
    " ", "  ", "\n", ",", ", ", ".", "(", ")", "-", " - ", "x", "a", "2019", "12", "²", "…",
    "“", "–", "đ", "ả", "chu ", "van ban ",
]  # fmt: skip


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(joined(CUE_SNIPPETS, 40))
def test_classify_relation_on_cue_words(native: ModuleType, lead_in: str) -> None:
    _check_classify(native, lead_in)


SAFE_SAMPLE = "abcdeghiklmnopqrstuvxy ĐđẢảỆệ0123456789\n,.;:()-/“”…§²"


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=SAFE_SAMPLE, max_size=200))
def test_classify_relation_on_random_strings(native: ModuleType, lead_in: str) -> None:
    _check_classify(native, lead_in)
    _check_classify(native, shadow_of(lead_in))
