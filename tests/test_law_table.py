"""scripts/build_law_table.py reads a law's number, name and day of passage, and only a law's."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

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


# Other real openings, each with what the table takes from it.
LAWS = [
    # Luật Hải quan (thuvienphapluat.vn's copy): "Số:" alone on the number line, and the site's
    # own note in brackets between "LUẬT" and "HẢI QUAN"
    ("QUỐC HỘI --------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
     "----------------\nSố: 54/2014/QH13\nHà Nội, ngày 23 tháng 06 năm 2014 LUẬT [Xử phạt vi "
     "phạm hành chính trong lĩnh vực hải quan được hướng dẫn bởi Nghị định 128/2020/NĐ-CP có "
     "hiệu lực từ ngày 10/12/2020 Nội dung hướng dẫn về xử phạt vi phạm hành chính trong lĩnh "
     "vực hải quan tại Nghị định 128/2020/NĐ-CP nay được sửa đổi bởi Điều 2 và Khoản 2 Điều 6 "
     "Nghị định 102/2021/NĐ-CP có hiệu lực từ ngày 01/01/2022] HẢI QUAN\nCăn cứ Hiến pháp nước "
     "Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật hải quan.\n",
     ("54/2014/QH13", "Luật hải quan", "2014-06-23")),
    # Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng (the gazette's PDF
    # text): the enacting sentence wraps onto the next line
    ("QUỐC HỘI\nLuật số: 69/2020/QH14\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nLUẬT\nNGƯỜI LAO "
     "ĐỘNG VIỆT NAM ĐI LÀM VIỆC Ở NƯỚC NGOÀI\nTHEO HỢP ĐỒNG\nCăn cứ Hiến pháp nước Cộng hòa "
     "xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật Người lao động Việt Nam đi làm việc ở "
     "nước ngoài\ntheo hợp đồng.\n…\nthông qua ngày 13 tháng 11 năm 2020.\n",
     ("69/2020/QH14", "Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng",
      "2020-11-13")),
    # Luật sửa đổi … Luật thuế thu nhập cá nhân (thuvienphapluat.vn): the enacting sentence
    # runs on into "Điều 1" after a comma
    ("QUỐC HỘI --------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
     "---------------\nLuật số: 26/2012/QH13\nHà Nội, ngày 22 tháng 11 năm 2012 LUẬT SỬA ĐỔI, "
     "BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT THUẾ THU NHẬP CÁ NHÂN\nQuốc hội ban hành Luật sửa đổi, bổ "
     "sung một số điều của Luật thuế thu nhập cá nhân số 04/2007/QH12, Điều 1 Sửa đổi, bổ sung "
     "một số điều của Luật thuế thu nhập cá nhân:\n",
     ("26/2012/QH13", "Luật sửa đổi, bổ sung một số điều của Luật thuế thu nhập cá nhân số "
      "04/2007/QH12", "2012-11-22")),
    # Laws passed before 2007 have no enacting sentence: the name is their capitalized title.
    # Luật Điện lực (the Vietnamese Legal Corpus's thuvienphapluat.vn copy, undertheseanlp/
    # underthesea@e0be4fc0 …/CP_Vietnamese-VLC/output/processed/Luat-Dien-Luc-2004-28-2004-QH11-
    # 18056.txt): "QH 11" spaced
    ("QUỐC HỘI ******\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
     "************\nLuật số: 28/2004/QH 11\nHà Nội, ngày03 tháng 12 năm 2004\nLUẬT\nĐIỆN LỰC\n"
     "Căn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ "
     "sung theo Nghị quyết số 51/2001/QH10 ngày 25 tháng 12 năm 2001 của Quốc hội khoá X, kỳ họp "
     "thứ 10; Luật này quy định về điện lực.\n…\nLuật này đã được Quốc hội nước Cộng hoà xã hội "
     "chủ nghĩa Việt Nam khoá XI, kỳ họp thứ 6 thông qua ngày 03 tháng 12 năm 2004.\n",
     ("28/2004/QH11", "Luật Điện lực", "2004-12-03")),
    # Luật Sĩ quan Quân đội nhân dân Việt Nam (same corpus, …-16-1999-QH10-46063.txt): the title
    # says whose law it is
    ("QUỐC HỘI ********\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
     "********\nSố: 16/1999/QH10\nHà Nội, ngày 21 tháng 12 năm 1999\nLUẬT\nCỦA QUỐC HỘI NƯỚC "
     "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM SỐ 16/1999/QH10 VỀ SĨ QUAN QUÂN ĐỘI NHÂN DÂN VIỆT NAM\n"
     "Để xây dựng đội ngũ sĩ quan Quân đội nhân dân Việt Nam vững mạnh…\n",
     ("16/1999/QH10", "Luật Sĩ quan Quân đội nhân dân Việt Nam", "1999-12-21")),
    # Luật Khiếu nại, tố cáo (same corpus, corpus/luat-khieu-nai-to-cao.txt): number and date
    # before the name, no "VỀ"
    ("QUỐC HỘI\n********\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "********\nSố: 09/1998/QH10\nHà Nội, ngày 02 tháng 12 năm 1998\n\nLUẬT\n\nCỦA QUỐC HỘI SỐ "
     "09/1998/QH10 NGÀY 02 THÁNG 12 NĂM 1998 KHIẾU NẠI, TỐ CÁO\n\nĐể việc khiếu nại, tố cáo và "
     "giải quyết khiếu nại, tố cáo đúng pháp luật…\n",
     ("09/1998/QH10", "Luật Khiếu nại, tố cáo", "1998-12-02")),
    # Luật Đất đai 2003 (thuvienphapluat.vn copy, johnPa02/thuvienphapluat-crawler): on one line
    ("QUỐC HỘI ******** CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
     "********\nSố: 13/2003/QH11 Hà Nội , ngày 26 tháng 11 năm 2003 LUẬT SỐ13/2003/QH11 CỦA "
     "QUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VỀ ĐẤT ĐAI\nĐất đai là tài nguyên quốc gia "
     "vô cùng quý giá…\nLuật này đã được Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam khoá "
     "XI, kỳ họp thứ 4 thông qua ngày 26 tháng 11 năm 2003.\n",
     ("13/2003/QH11", "Luật Đất đai", "2003-11-26")),
    # Luật Luật sư (same corpus, …-65-2006-QH11-12981.txt): a title that starts with "LUẬT"
    ("QUỐC HỘI -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
     "---------------\nSố: 65/2006/QH11\nHà Nội, ngày 29 tháng 6 năm 2006\nQUỐC HỘI NƯỚC CỘNG "
     "HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKhoá XI, kỳ họp thứ 9\n(Từ ngày 16 tháng 5 đến ngày 29 tháng "
     "6 năm 2006)\nLUẬT\nLUẬT SƯ\nCăn cứ vào Hiến pháp …\n",
     ("65/2006/QH11", "Luật Luật sư", "2006-06-29")),
]


def test_a_law_gives_its_number_name_and_day() -> None:
    assert build.read_law(LAW) == ("59/2020/QH14", "Luật Doanh nghiệp", "2020-06-17")


@pytest.mark.parametrize(("text", "expected"), LAWS)
def test_real_law_openings_give_number_name_and_day(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert build.read_law(text) == expected


def test_a_decree_citing_laws_is_not_read_as_one() -> None:
    assert build.read_law(DECREE) is None


def test_a_resolution_of_the_national_assembly_is_not_read_as_a_law() -> None:
    # Nghị quyết 51/2001/QH10 amending the 1992 Constitution: numbered as laws are, titled not
    resolution = (
        "QUỐC HỘI\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 51/2001/QH10\nHà Nội, ngày 25 tháng "
        "12 năm 2001\nNGHỊ QUYẾT\nVỀ VIỆC SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA HIẾN PHÁP NƯỚC CỘNG "
        "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM NĂM 1992\nQUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        "\nCăn cứ vào Điều 147 của Hiến pháp …; Luật này quy định\n"
    )
    assert build.read_law(resolution) is None


def test_the_shipped_table_has_its_source_and_no_duplicate_numbers() -> None:
    table = Path(__file__).resolve().parents[1] / "ingest" / "data" / "laws.tsv"
    lines = table.read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("# Built by scripts/build_law_table.py") for line in lines)
    numbers = [line.split("\t")[0] for line in lines if line and not line.startswith("#")][1:]
    assert len(numbers) == len(set(numbers)) >= 50
