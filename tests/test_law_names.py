"""Laws named without their year are read as the law the same text names in full (ingest.laws).

Each case is the opening of a real State text (thuvienphapluat.vn copies in /work/realcorpus);
thuvienphapluat.vn's "Lược đồ" says the text guides the law it names.
"""

from __future__ import annotations

import pytest

from ingest.extract import extract
from ingest.laws import find_law_names
from ingest.relations import RelationType
from ingest.text import normalize_text

GUIDES, BASED = RelationType.GUIDES, RelationType.BASED_ON

HEADER = (
    "CHÍNH PHỦ -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
    "---------------\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nghị định 08/2015/NĐ-CP: the title names the law it details without its year; the
        # basis gives the year
        (HEADER + "Số: 08/2015/NĐ-CP\nHà Nội, ngày 21 tháng 01 năm 2015\nNGHỊ ĐỊNH QUY ĐỊNH "
         "CHI TIẾT VÀ BIỆN PHÁP THI HÀNH LUẬT HẢI QUAN VỀ THỦ TỤC HẢI QUAN, KIỂM TRA, GIÁM SÁT, "
         "KIỂM SOÁT HẢI QUAN\nCăn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\nCăn cứ "
         "Luật Hải quan ngày 23 tháng 6 năm 2014;\n",
         {(GUIDES, "54/2014/QH13"), (BASED, "54/2014/QH13")}),
        # Nghị định 102/2024/NĐ-CP: the enacting line names the law again, after the basis
        (HEADER + "Số: 102/2024/NĐ-CP\nHà Nội, ngày 30 tháng 7 năm 2024\nNGHỊ ĐỊNH\nCăn cứ "
         "Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nCăn cứ Luật Đất đai ngày 18 tháng "
         "01 năm 2024;\nTheo đề nghị của Bộ trưởng Bộ Tài nguyên và Môi trường;\nChính phủ ban "
         "hành Nghị định quy định chi tiết thi hành một số điều của Luật Đất đai.\n",
         {(GUIDES, "31/2024/QH15"), (BASED, "31/2024/QH15")}),
    ],
)  # fmt: skip
def test_a_law_named_without_its_year_is_the_one_the_text_dates(
    text: str, expected: set[tuple[RelationType, str]]
) -> None:
    relations = {(r.type, r.target) for r in extract(text).relations}
    assert expected <= relations


def test_the_law_a_text_stands_on_is_the_one_its_bare_name_means() -> None:
    # Nghị định 88/2024/NĐ-CP: based on Luật Đất đai 2024, it recalls the 2013 law in a
    # transitional article; its scope article names the law it details without a year
    text = (
        HEADER + "Số: 88/2024/NĐ-CP\nHà Nội, ngày 13 tháng 7 năm 2024\nNGHỊ ĐỊNH\nCăn cứ Luật "
        "Đất đai ngày 18 tháng 01 năm 2024;\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy "
        "định chi tiết, hướng dẫn thi hành khoản 3 Điều 87, Điều 92, Điều 94, Điều 95, Điều 96, "
        "Điều 98, Điều 99, Điều 100, Điều 102, Điều 106, Điều 107, Điều 108, Điều 109 và Điều "
        "111 của Luật Đất đai về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất.\n"
        "Điều 37. … thì tiếp tục thực hiện theo quy định của pháp luật hướng dẫn thi hành Luật "
        "Đất đai năm 2013 về lập dự toán\n"
    )
    relations = {(r.type, r.target) for r in extract(text).relations}
    assert (GUIDES, "31/2024/QH15") in relations
    # the 2013 law is guided by other texts, which the host only cites
    assert (RelationType.CITES, "45/2013/QH13") in relations


def test_a_title_the_text_dates_twice_stays_unresolved() -> None:
    # a text naming Luật Đất đai of 2013 and of 2024: a bare "Luật Đất đai" is either
    text = (
        "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;\nCăn cứ Luật Đất đai ngày 18 tháng 01 "
        "năm 2024;\nthực hiện theo quy định của Luật Đất đai và các văn bản hướng dẫn\n"
    )
    norm = normalize_text(text)
    named = [norm.text[m.start : m.end] for m in find_law_names(norm)]
    assert named == ["Luật Đất đai ngày 29 tháng 11 năm 2013",
                     "Luật Đất đai ngày 18 tháng 01 năm 2024"]  # fmt: skip


def test_a_name_without_a_year_that_no_dated_name_backs_stays_a_word() -> None:
    # thuvienphapluat.vn's copy of a decree naming a law only by its title
    assert find_law_names(normalize_text("theo quy định của Luật Hải quan về thủ tục")) == []


def test_a_name_followed_by_its_number_adds_no_second_reference() -> None:
    # Thông tư 33/2023/TT-BTC: "Căn cứ Luật Hải quan số 54/2014/QH13 ngày 23 tháng 6 năm 2014"
    text = (
        "Căn cứ Luật Hải quan ngày 23 tháng 6 năm 2014;\n"
        "Căn cứ Luật Hải quan số 54/2014/QH13 ngày 23 tháng 6 năm 2014;\n"
    )
    norm = normalize_text(text)
    assert [m.start for m in find_law_names(norm)] == [text.index("Luật Hải quan")]


# Laws passed before 2007, named by their title and date in real texts' "Căn cứ" lines: each
# with what the table resolves it to. Sources: the files of /work/realcorpus, from the public
# repositories johnPa02/thuvienphapluat-crawler (thuvienphapluat.vn copies) and
# hrmaster1982-dev/phapluat-8chude-data (Công báo, congbao.chinhphu.vn).
OLDER_LAWS = [
    # Nghị định 102/2021/NĐ-CP, github.com/johnPa02/thuvienphapluat-crawler
    # crawl/hai_quan/Nghị_định_102_2021_NĐ-CP.txt
    ("Căn cứ Luật Kinh doanh bảo hiểm ngày 09 tháng 12 năm 2000;", "24/2000/QH10"),
    # Nghị định 167/2025/NĐ-CP, same repository, crawl/hai_quan/Nghị_định_167_2025_NĐ-CP.txt
    ("Căn cứ Luật Thương mại ngày 14 tháng 6 năm 2005;", "36/2005/QH11"),
    # Thông tư 01/2024/TT-BKHĐT, github.com/hrmaster1982-dev/phapluat-8chude-data
    # docs/uu_dai_dt/thong-tu-so-01-2024-tt-bkhdt-41483.txt (Công báo số 441 + 442/2024)
    ("Căn cứ Luật Giao dịch điện tử ngày 29 tháng 11 năm 2005; ", "51/2005/QH11"),
    # Quyết định 1056/QĐ-CT of Tuyên Quang (2010), github.com/johnPa02/thuvienphapluat-crawler
    # crawl/dan_su/Quyết_định_1056_QĐ-CT.txt: "Uỷ" in the old spelling
    ("Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 26 tháng 11 năm 2003;",
     "11/2003/QH11"),
]  # fmt: skip


# A PDF's line wrapped between the name and its date: the date goes on in lower case.
WRAPPED_DATES = [
    # Thông tư 28/2026/TT-BTC (Công báo), github.com/hrmaster1982-dev/phapluat-8chude-data
    # docs/thue_tncn/thong-tu-so-28-2026-tt-btc-469231.txt
    ("Bộ trưởng Bộ Tài chính hướng dẫn thực hiện một số điều của Luật Quản lý thuế \nngày 13 "
     "tháng 6 năm 2019, Nghị định số 123/2020/NĐ-CP", "38/2019/QH14"),
    # Nghị quyết 07/NQ-HĐND of Bắc Giang, github.com/hoangmd2410/RAG_DEMO data/07-nq-hđnd.md
    ("Căn cứ Luật tổ chức chính quyền địa phương\nngày 19 tháng 6 năm 2015;", "77/2015/QH13"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "code"), WRAPPED_DATES)
def test_a_date_wrapped_onto_the_next_line_dates_the_law(sentence: str, code: str) -> None:
    norm = normalize_text(sentence)
    assert [m.code.canonical for m in find_law_names(norm)] == [code]


def test_a_capitalized_line_after_a_name_is_no_date_of_it() -> None:
    # a new line that starts "Ngày …" is not the name's date going on
    norm = normalize_text("Căn cứ Luật tổ chức chính quyền địa phương\nNgày 19 tháng 6 năm 2015")
    assert find_law_names(norm) == []


@pytest.mark.parametrize(("sentence", "code"), OLDER_LAWS)
def test_an_older_law_named_with_its_date_resolves_to_its_code(sentence: str, code: str) -> None:
    norm = normalize_text(sentence)
    assert [m.code.canonical for m in find_law_names(norm)] == [code]


def test_a_longer_title_is_not_read_as_the_shorter_law_it_starts_with() -> None:
    # Nghị định 89/2024/NĐ-CP, github.com/johnPa02/thuvienphapluat-crawler
    # crawled_new/Nghị_định_89_2024_NĐ-CP.txt: Luật Doanh nghiệp nhà nước is not Luật Doanh
    # nghiệp; its 1995 text bears the number of the President's order ("…-L/CTN"), which the
    # table does not hold
    text = (
        "theo quy định tại Luật Doanh nghiệp nhà nước năm 1995, Luật Doanh nghiệp nhà nước năm "
        "2003 (sau đây gọi tắt là Luật Doanh nghiệp nhà nước) thành công ty trách nhiệm hữu hạn"
    )
    norm = normalize_text(text)
    named = [(norm.text[m.start : m.end], m.code.canonical) for m in find_law_names(norm)]
    assert named[0] == ("Luật Doanh nghiệp nhà nước năm 2003", "14/2003/QH11")
    assert "59/2020/QH14" not in {code for _, code in named}


# A name in the subject of an older text means the law in force when that text was issued,
# not the later law of the same title the citing text stands on (Công báo texts,
# github.com/hrmaster1982-dev/phapluat-8chude-data; edge audit bench/edge_audit_dec2026.json).
OLDER_TEXTS_SUBJECTS = [
    # Văn bản hợp nhất 03/VBHN-BTC (Nghị định 181/2025/NĐ-CP), docs/thue_tncn/
    # van-ban-hop-nhat-so-03-vbhn-btc-468970.txt: 209/2013/NĐ-CP details the VAT law of 2008
    ("Căn cứ Luật Thuế giá trị gia tăng số 48/2024/QH15 được sửa đổi, bổ sung bởi Luật số "
     "90/2025/QH15;\n2. Nghị định này thay thế: \na) Nghị định số 209/2013/NĐ-CP ngày 18 tháng "
     "12 năm 2013 của Chính \nphủ quy định chi tiết và hướng dẫn thi hành một số điều Luật Thuế "
     "giá trị gia tăng.  \n", "209/2013/NĐ-CP", "13/2008/QH12", "48/2024/QH15"),
    # Nghị định 152/2026/NĐ-CP, docs/hd_kinh_te/nghi-dinh-so-152-2026-nd-cp-469524.txt:
    # 62/2015/NĐ-CP details Luật Thi hành án dân sự of 2008
    ("Căn cứ Luật Thi hành án dân sự số 106/2025/QH15; \n2. Nghị định số 62/2015/NĐ-CP ngày 18 "
     "tháng 7 năm 2015 của Chính phủ \nquy định chi tiết và hướng dẫn thi hành một số điều của "
     "Luật Thi hành án dân \nsự đã được sửa đổi, bổ sung bởi Nghị định số 120/2016/NĐ-CP, Nghị "
     "định số \n33/2020/NĐ-CP và Nghị định số 152/2024/NĐ-CP hết hiệu lực kể từ ngày \n",
     "62/2015/NĐ-CP", "26/2008/QH12", "106/2025/QH15"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "older", "law", "later"), OLDER_TEXTS_SUBJECTS)
def test_a_name_in_an_older_texts_subject_is_the_law_then_in_force(
    text: str, older: str, law: str, later: str
) -> None:
    relations = {(r.source, r.type, r.target) for r in extract(text).relations}
    assert (older, GUIDES, law) in relations
    assert (older, GUIDES, later) not in relations


def test_the_hosts_own_subject_after_an_older_item_keeps_the_law_it_stands_on() -> None:
    # the next item is the host's own sentence: its bare name is the law of its basis
    text = (
        "Căn cứ Luật Thuế giá trị gia tăng số 48/2024/QH15;\na) Nghị định số 209/2013/NĐ-CP "
        "ngày 18 tháng 12 năm 2013 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số "
        "điều Luật Thuế giá trị gia tăng.\nb) Nghị định này quy định chi tiết Luật Thuế giá trị "
        "gia tăng.\n"
    )
    norm = normalize_text(text)
    assert [m.code.canonical for m in find_law_names(norm)] == ["13/2008/QH12", "48/2024/QH15"]
