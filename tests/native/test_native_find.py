"""Differential tests: native/src/find.rs and codes.rs against ingest/find.py and codes.py.

Each test runs the Python reference and the native port on the same text and compares
every field, span and flag, in order.
"""

from __future__ import annotations

import random
import re
from types import ModuleType

import pytest

from ingest import codes, find
from ingest.codes import DocumentCode, Family, Level
from ingest.find import TextScan, scan_codes, scan_short_refs, scan_type_word_before
from ingest.text import normalize_text

# Hand-written texts for the corners: every flag, the year limit, shared symbols, zero
# numbers, irregular joint codes, missing hyphens, short and self references.
CORNERS = [
    "Căn cứ Kết luận số 62-KL/TW ngày 01/01/2020 và 217 và 218-QĐ/TW, 154 & 201/KH-ĐHHV.",
    "Theo Nghị quyết liên tịch số 19/2008/NQLT/CP-UBTUMTTQVN và 03/2019/TTLT/BCA - BQP.",
    "Kết luận 445-KL/TƯ; 12-KL/TƯ-BTC; 84 QĐ/TWĐTN; 84 Qđ/TWĐTN; 141-CV/VPTW/nb.",
    "Chỉ thị 16/CT-TTG, 16/ct-ttg, 4912/UBND-NC, 45/2019/QH14, 30/2020/ND-CP, 7/QD-UBND.",
    "Số 000-KL/TW, 0/2020/NĐ-CP, 00c/NQ-CP, 30c/NQ-CP, 05a-KL/TW và 0, 7-QĐ/TW.",
    "Quyết định 30/1944/QĐ-TTg, 30/1945/QĐ-TTg, 30/2016/QĐ-TTg, 30/2017/QĐ-TTg, 30/2027/QĐ-TTg.",
    "Công văn số\n\n1623-CV/\nTU và 100 - KL/TW, 12 - HD/BTGTU-VX, 435-KH/TĐTN-CTĐ&TTN.",
    "Thông báo 160, Kế hoạch 2021, Kế hoạch số 2021, Báo cáo 6 tháng, Kế hoạch 5 năm, 55%.",
    "QĐ 988 và NQ số 57, KL 2019, CV 12/3, Thông báo Kết luận số 5 và Kế hoạch này.",
    "Kế hoạch này; văn bản này; Nghị quyết\nnày; Quyết định số 5 này; kế hoạch\n này.",
    "quyết định 5 nội dung, Chương trình hành động số 10 ngày 2/3/2021 của Tỉnh ủy.",
    "Thông tư liên tịch số 01/2015/TTLT-BTP-BNV; Pháp lệnh 02/2012/UBTVQH13; Luật số 80/2015/QH13.",
    "Theo Nghị quyết số 5/NQ-abc, 6/abc-XYZ, 7/Abc-Xyz, 8/ABC-xyz, 9/Nq-Cp, 10/2020/Abc-CP.",
    "NQ số 12-NQ/TW; QĐ số 2/QĐ-UBND; Nghị quyết số: 7-NQ/TU; Kết luận số  :  9-KL/HU.",
    "Hướng dẫn 3-HD/BTCTW, 4-HD/BTCHU, 5-TT/TW, 6-QĐI/TW, 7-QDi/TW, 8-Ctr/TU, 9-QD/TW.",
    "Ket luan so 1-KL/XYZ, 2-KL/ĐU-K, 3-KL/DU, 4/KH-DHHV, 5/KH-UBND-VX, 6/TB-VPCP.",
]


def _code_row(m: find.CodeMatch) -> tuple:
    c = m.code
    fields = (c.number, c.kind, c.issuer, c.family is Family.PARTY, c.year, c.internal)
    derived = (c.canonical, c.main_issuer, c.is_central, c.issuer_level.value)
    return (m.start, m.end, fields, list(m.flags), derived)


def _short_rows(found: list[find.ShortMatch]) -> list[tuple]:
    return [(s.start, s.end, s.type_word, s.number) for s in found]


def _taken(scan: TextScan) -> list[tuple[int, int]]:
    """The spans extract() marks taken before short forms: each code with its type word."""
    taken = []
    for m in scan_codes(scan, this_year=2026):
        before = scan_type_word_before(scan, m.start)
        taken.append((before[1] if before else m.start, m.end))
    return taken


@pytest.fixture(scope="session")
def texts(native: ModuleType, corpus: list[tuple[str, str]]) -> list[tuple[str, str]]:
    corners = [(f"corner{i}", t) for i, t in enumerate(CORNERS)]
    corners += [(f"corners-{case}", case_fn(" ".join(CORNERS))) for case, case_fn in
                (("upper", str.upper), ("lower", str.lower))]  # fmt: skip
    assert all(native.normalize(t) is not None for _, t in corners)
    return corners + corpus


def test_tables_and_patterns_are_the_python_ones(native: ModuleType) -> None:
    tables = native.find_debug_tables()

    def pairs(name: str) -> dict[str, str]:
        return {k: v[0] for k, v in tables[name]}

    assert pairs("PARTY_TYPES") == codes.PARTY_TYPES
    assert pairs("STATE_TYPES") == codes.STATE_TYPES
    assert [k for k, _ in tables["ABBREVIATED_TYPE_WORDS"]] == list(codes.ABBREVIATED_TYPE_WORDS)
    assert pairs("ABBREVIATED_TYPE_WORDS") == codes.ABBREVIATED_TYPE_WORDS
    assert pairs("TYPE_WORD_DISPLAY") == codes.TYPE_WORD_DISPLAY
    assert {k: frozenset(v) for k, v in tables["TYPE_WORD_KINDS"]} == codes.TYPE_WORD_KINDS
    assert {k: Level(v[0]) for k, v in tables["ISSUER_LEVEL"]} == codes.ISSUER_LEVEL
    for name in ("CENTRAL_PARTY_ISSUERS", "LOCAL_PARTY_ISSUERS", "CENTRAL_STATE_ISSUERS",
                 "LOCAL_STATE_ISSUERS"):  # fmt: skip
        assert {k for k, _ in tables[name]} == getattr(codes, name), name
    assert tuple(k for k, _ in tables["TYPE_WORDS_SHADOW"]) == find.TYPE_WORDS_SHADOW
    for name, source in pairs("patterns").items():
        assert source == getattr(find, name).pattern, name


def _token_variants(rng: random.Random, key: str) -> set[str]:
    variants = {key, key.upper(), key.lower(), key.title(), key.swapcase()}
    variants |= {v.replace("Đ", "D").replace("đ", "d") for v in list(variants)}
    variants |= {v.replace("U", "Ư").replace("u", "ư") for v in list(variants)}
    chars = list(key)
    for _ in range(3):
        i = rng.randrange(len(chars))
        chars[i] = rng.choice("ĐđDdƯưUuQqHhTtI")
        variants.add("".join(chars))
    return variants


def test_lookup(native: ModuleType) -> None:
    rng = random.Random(3)
    tables = {
        "party_types": codes.PARTY_TYPES,
        "state_types": codes.STATE_TYPES,
        "party_issuers": codes.PARTY_ISSUERS,
        "state_issuers": codes.STATE_ISSUERS,
    }
    keys = sorted({k for t in tables.values() for k in t})
    tokens = {t for k in keys for t in _token_variants(rng, k)} | {"XYZ", "QD", "DA", "TTG"}
    for token in sorted(tokens):
        for name, table in tables.items():
            assert native.find_debug_lookup(token, name) == codes.lookup(token, table), (
                token, name)  # fmt: skip


def test_numbers_and_state_issuers(native: ModuleType) -> None:
    raws = ["5", "030c", "00", "0đ", "12345", "99999z", "7a", "010"]
    for raw in raws:
        assert native.find_debug_number_issuer(raw)[0] == codes.canonical_number(raw)
    tokens = ["QH14", "QH1", "QH144", "UBTVQH15", "UBTVQH", "QH14\n", "CP", "TTg", "UBND", "x"]
    for token in tokens + sorted(codes.STATE_ISSUERS | codes.PARTY_ISSUERS):
        assert native.find_debug_number_issuer(token)[1] == codes.is_known_state_issuer(token)


def test_code_properties(native: ModuleType) -> None:
    issuers = sorted(codes.PARTY_ISSUERS | codes.STATE_ISSUERS | {"QH14", "UBTVQH15", "XYZ"})
    rng = random.Random(5)
    for issuer in issuers:
        for family in Family:
            tail = rng.choice(["", "-BTC", "-VX-NC"])
            for year in (None, 2020):
                code = DocumentCode("05", rng.choice(["KL", "", "NĐ"]), issuer + tail, family,
                                    year, rng.random() < 0.3)  # fmt: skip
                fields = (code.number, code.kind, code.issuer, family is Family.PARTY,
                          code.year, code.internal)  # fmt: skip
                expected = (code.canonical, code.main_issuer, code.is_central,
                            code.issuer_level.value)  # fmt: skip
                assert native.find_debug_code(*fields) == expected


@pytest.mark.parametrize("this_year", [2026, 2015])
def test_scan_codes(native: ModuleType, texts: list[tuple[str, str]], this_year: int) -> None:
    for name, text in texts:
        expected = [_code_row(m) for m in scan_codes(TextScan.of(normalize_text(text)),
                                                     this_year=this_year)]  # fmt: skip
        assert native.find_debug_codes(text, this_year) == expected, name


def test_type_word_before(native: ModuleType, texts: list[tuple[str, str]]) -> None:
    rng = random.Random(11)
    for name, text in texts:
        scan = TextScan.of(normalize_text(text))
        starts = [m.start for m in scan_codes(scan, this_year=2026)]
        starts += [m.end() for m in re.finditer(r"(?:số|so|:)\s*", text)]
        starts += [rng.randrange(len(text) + 1) for _ in range(40)] + [0, len(text)]
        expected = [scan_type_word_before(scan, s) for s in starts]
        assert native.find_debug_type_word_before(text, starts) == expected, name


def test_short_refs_after_codes_as_extract_does(
    native: ModuleType, texts: list[tuple[str, str]]
) -> None:
    for name, text in texts:
        scan = TextScan.of(normalize_text(text))
        taken = _taken(scan)
        expected = _short_rows(scan_short_refs(scan, taken))
        assert native.find_debug_drafts(text, 2026) == (taken, expected), name


def test_short_refs_random_taken(native: ModuleType, texts: list[tuple[str, str]]) -> None:
    rng = random.Random(13)
    for name, text in texts:
        scan = TextScan.of(normalize_text(text))
        expected = _short_rows(scan_short_refs(scan, []))
        assert native.find_debug_short_refs(text, []) == expected, name
        for _ in range(3):
            spans = []
            for _ in range(rng.randrange(0, 30)):
                a = rng.randrange(len(text) + 1)
                spans.append((a, a + rng.randrange(0, 80)))
            if rng.random() < 0.7:
                spans.sort()
            expected = _short_rows(scan_short_refs(scan, spans))
            assert native.find_debug_short_refs(text, spans) == expected, (name, spans)


_PIECES = [
    "1", "05", "30c", "2020", "2015", "1944", "12345", "0", "/", "/", " / ", "-", " - ", " ", " ",
    "  ", "\n", ", ", " và ", " & ", ".", ":", "số ", "so ", "Số: ", "KL", "QĐ", "Qđ", "QD", "NQ",
    "NĐ", "ND", "CT", "TB", "KH", "CV", "TTLT", "NQLT", "TW", "TƯ", "TU", "HU", "ĐTN", "UBND",
    "TTg", "TTG", "CP", "QH14", "UBTVQH15", "BTC", "ĐHHV", "abc", "Xyz", "/nb", "&", "Kết luận",
    "Kế hoạch", "kế hoạch", "Thông báo", "Quyết định", "Chương trình hành động", "Văn bản",
    "Thông tư liên tịch", "Thông tư", " lien tich", "này", " này", "tháng", "%", "Luật", "x",
]  # fmt: skip


def test_fuzzed_code_soup(native: ModuleType) -> None:
    rng = random.Random(17)
    for _ in range(1500):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(5, 60)))
        scan = TextScan.of(normalize_text(text))
        for year in (2026, 2015):
            expected = [_code_row(m) for m in scan_codes(scan, this_year=year)]
            assert native.find_debug_codes(text, year) == expected, text
        starts = list(range(len(text) + 1))
        expected_words = [scan_type_word_before(scan, s) for s in starts]
        assert native.find_debug_type_word_before(text, starts) == expected_words, text
        taken = _taken(scan)
        expected_short = _short_rows(scan_short_refs(scan, taken))
        assert native.find_debug_drafts(text, 2026) == (taken, expected_short), text
