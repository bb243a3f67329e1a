"""scripts/build_law_table.py reads a law's number, name and day of passage, and only a law's."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "build_law_table", Path(__file__).resolve().parents[1] / "scripts" / "build_law_table.py"
)
assert _SPEC is not None and _SPEC.loader is not None
build = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(build)

# the opening and closing lines of Luật Doanh nghiệp (59/2020/QH14), as the gazette prints them
LAW = (
    "QUỐC HỘI ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
    "--------------- Luật số: 59/2020/QH14 Hà Nội, ngày 17 tháng 6 năm 2020 LUẬT DOANH NGHIỆP\n"
    "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
    "Quốc hội ban hành Luật Doanh nghiệp.\n…\nLuật này được Quốc hội nước Cộng hòa xã hội chủ "
    "nghĩa Việt Nam khóa XIV, kỳ họp thứ 9 thông qua ngày 17 tháng 6 năm 2020.\n"
)
# a decree citing laws by number is no law
DECREE = (
    "CHÍNH PHỦ Số: 145/2026/NĐ-CP NGHỊ ĐỊNH Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15; "
    "Căn cứ Luật Doanh nghiệp số 59/2020/QH14;\n"
)


def test_a_law_gives_its_number_name_and_day() -> None:
    assert build.read_law(LAW) == ("59/2020/QH14", "Luật Doanh nghiệp", "2020-06-17")


def test_a_decree_citing_laws_is_not_read_as_one() -> None:
    assert build.read_law(DECREE) is None


def test_the_shipped_table_has_its_source_and_no_duplicate_numbers() -> None:
    table = Path(__file__).resolve().parents[1] / "ingest" / "data" / "laws.tsv"
    lines = table.read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("# Built by scripts/build_law_table.py") for line in lines)
    numbers = [line.split("\t")[0] for line in lines if line and not line.startswith("#")][1:]
    assert len(numbers) == len(set(numbers)) >= 50
