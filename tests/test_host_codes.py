"""The host's own code as real pages print it (tests/realworld/cases/zt_host_codes.json)."""

import pytest

from ingest.extract import extract

_DIV = "This div, which you should delete, represents the content area …"


@pytest.mark.parametrize(
    ("text", "code", "kind"),
    [
        # the national database's history tab of a 1991 decree, slashed old shape
        # (https://vbpl.vn/boyte/Pages/vbpq-lichsu.aspx?ItemID=11510)
        ("• Hiệu lực: Hết hiệu lực toàn bộ\nLịch sử hiệu lực: Nghị định 193/HĐBT\n"
         "Ngày Trạng thái Văn bản nguồn Phần hết hiệu lực\n"
         f"19/06/1991 Văn bản được ban hành 193/HĐBT\n \n{_DIV}", "193/HĐBT", "Nghị định"),
        # a 1995 decree of the Government (https://vbpl.vn:443/tayninh/…lichsu.aspx?ItemID=9587)
        ("Lịch sử hiệu lực: Nghị định 45/CP\nNgày Trạng thái Văn bản nguồn Phần hết hiệu lực\n"
         f"15/07/1995 Văn bản được ban hành 45/CP\n \n{_DIV}", "45/CP", "Nghị định"),
        # the dashed shape names no type either (https://vbpl.vn/TW/…ivbpq-lichsu…ItemID=11217)
        ("  • Tải chi tiết\nLịch sử hiệu lực: Nghị định 18-HĐBT\n"
         f"17/01/1992 Văn bản được ban hành 18-HĐBT\n \n{_DIV}", "18-HĐBT", "Nghị định"),
        # a State President's order on the same tab (http://vbpl.vn/TW/…lichsu…ItemID=113277)
        ("• Hiệu lực: Còn hiệu lực\nLịch sử hiệu lực: Lệnh 20/2008/L-CTN\n"
         "Ngày Trạng thái Văn bản nguồn Phần hết hiệu lực\n"
         "28/11/2008 Văn bản được ban hành 20/2008/L-CTN\n", "20/2008/L-CTN", None),
        # the related-documents tab opens with its document in a bullet
        # (https://vbpl.vn/Kiemtoannhanuoc/Pages/vbpq-vanbanlienquan.aspx?ItemID=27451)
        ("• Quyết định 05/2012/QĐ-KTNN\n  • Hiệu lực: Hết hiệu lực toàn bộ\n"
         "  • Ngày có hiệu lực: 21/05/2012\nVăn bản căn cứ\nVăn bản bị thay thế\n",
         "05/2012/QĐ-KTNN", None),
        # a gazette's joint circular whose number line breaks after a hyphen
        # (github.com/hrmaster1982-dev/phapluat-8chude-data, docs/hd_khoan/…-36844.txt)
        ("CÔNG BÁO/Số 261 + 262/Ngày 06-3-2022 \n3 \nVIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - \n"
         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc \n \n"
         "Số: 01/2022/TTLT-VKSNDTC-\nTANDTC-BCA-BQP-BLĐTBXH \nHà Nội, ngày 18 tháng 02 năm 2022 \n"
         " \nTHÔNG TƯ LIÊN TỊCH \n", "01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH", None),
        # a Party header flattened onto one line: the asterisk under the issuer, then its
        # number (https://tailieutuoi.com/tai-lieu/nghi-quyet-so-03-nq-tu)
        ("Nội dung\n\nTỈNH ỦY THỪA THIÊN HUẾ * Số 03-NQ/TU ĐẢNG CỘNG SẢN VIỆT NAM Thành phố "
         "Huế, ngày 08 tháng 11 năm 2016 NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ NĂM BAN CHẤP HÀNH ĐẢNG BỘ "
         "TỈNH KHOÁ XV về phát triển du lịch, dịch vụ", "03-NQ/TU", None),
        # a Party rule whose only number is its annex line, "Ban hành theo" and no "số"
        # (https://thanhuyhue.vn/ipage/ban-tuyen-giao-tinh-uy/gioi-thieu-725/…)
        ("Chức năng, nhiệm vụ, tổ chức bộ máy của Ban Tuyên giáo Tỉnh ủy\nQUY ĐỊNH\n"
         "chức năng, nhiệm vụ, tổ chức bộ máy của Ban Tuyên giáo Tỉnh ủy\n(Ban hành theo Quy "
         "định 1635 - QĐ/TU, ngày 29/3/2024 của Ban Thường vụ Tỉnh ủy)\n-\nChương I\n",
         "1635-QĐ/TU", "Quy định"),
    ],
)
def test_host_code_is_read_where_the_page_prints_it(text: str, code: str, kind: str | None) -> None:
    host = extract(text).document
    assert host.page == "document"
    assert host.code is not None and host.code.canonical == code
    if kind is not None:
        assert host.kind == kind


def test_an_old_government_code_in_the_body_is_no_host_code() -> None:
    # a department's repost of a 1998 decree without its number line
    # (https://sokhcn.cantho.gov.vn/default.aspx?nid=200&pid=57)
    text = (
        "CHÍNH PHỦ\nCăn cứ Luật tổ chức Chính phủ ngày 30 tháng 9 năm 1992;\nNGHỊ ĐỊNH:\n"
        "Điều 1. Cơ sở sản xuất, kinh doanh được quy định trong Nghị định\nnày bao gồm: doanh "
        "nghiệp nhà nước … quy định tại Nghị\nđịnh số 66/HĐBT ngày 02 tháng 3 năm 1992 của "
        "Hội đồng Bộ trưởng (nay là Chính\nphủ) dưới đây gọi chung là doanh nghiệp."
    )
    ext = extract(text)
    assert ext.document.code is None
    assert [r.code.canonical for r in ext.references if r.code is not None] == ["66/HĐBT"]


@pytest.mark.parametrize(
    ("text", "code", "day"),
    [
        # a provincial Youth Union's plan: its number in brackets under the repeated title
        # (http://www.tinhdoanhungyen.org.vn/?vc=mod_news&do=detail&catid=116&id=ke_hoach_…)
        ("Ban thường vụ tỉnh Đoàn Hưng Yên triển khai Kế hoạch hành động Tháng thanh niên năm "
         "2010 với các nội dung cụ thể như sau:\n\nKẾ HOẠCH\nHành động Tháng thanh niên năm "
         "2010\n(Số 61-KH/TĐ ngày 26/01/2010)\n----------\n", "61-KH/TĐ", "2010-01-26"),
        # a 1990 plenum resolution: number and date on one line under the title
        # (https://tulieuvankien.dangcongsan.vn/…/nghi-quyet-so-10-nqhntw-ngay-26111990-…)
        ("NGHỊ QUYẾT\n\nHỘI NGHỊ LẦN THỨ MƯỜI BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG (KHÓA VI)\n\n"
         "Số 10-NQ/HNTW, ngày 26 tháng 11 năm 1990\n\nVề phương hướng chỉ đạo kế hoạch\n",
         "10-NQ/HNTW", "1990-11-26"),
    ],
)
def test_a_number_line_that_dates_itself_dates_the_host(text: str, code: str, day: str) -> None:
    host = extract(text).document
    assert host.code is not None and host.code.canonical == code
    assert host.date is not None and host.date.isoformat() == day


# A consolidated text as the gazette prints it (github.com/hrmaster1982-dev/phapluat-8chude-data,
# docs/cong_doan/van-ban-hop-nhat-so-714-vbhn-bldtbxh-41372.txt): the law's heading and lead,
# the amending text under "được sửa đổi, bổ sung bởi:", the bases, and far below, after the
# consolidated articles, the block that authenticates it with its own number and date.
_CONSOLIDATED = (
    "CÔNG BÁO/Số 383 + 384/Ngày 07-3-2024 \n \nVĂN BẢN PHÁP LUẬT KHÁC \n \n"
    "VĂN BẢN HỢP NHẤT -  \nBỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI \n \n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc \n \n"
    "THÔNG TƯ LIÊN TỊCH \n"
    "Hướng dẫn thực hiện một số điều về hỗ trợ đưa người lao động đi làm việc  \n"
    "ở nước ngoài theo hợp đồng quy định tại Nghị định số 61/2015/NĐ-CP  \n"
    "ngày 09 tháng 7 năm 2015 của Chính phủ quy định về chính sách  \n"
    "hỗ trợ tạo việc làm và Quỹ quốc gia về việc làm \n \n"
    "Thông tư liên tịch số 09/2016/TTLT-BLĐTBXH-BTC ngày 15 tháng 6 năm 2016 \n"
    "của Bộ trưởng Bộ Lao động - Thương binh và Xã hội và Bộ trưởng Bộ Tài chính \n"
    "hướng dẫn thực hiện một số điều về hỗ trợ đưa người lao động đi làm việc ở nước \n"
    "ngoài theo hợp đồng quy định tại Nghị định số 61/2015/NĐ-CP ngày 09 tháng 7 \n"
    "năm 2015 của Chính phủ quy định về chính sách hỗ trợ tạo việc làm và Quỹ quốc \n"
    "gia về việc làm, có hiệu lực kể từ ngày 01 tháng 8 năm 2016, được sửa đổi, bổ \n"
    "sung bởi: \n"
    "Thông tư số 08/2023/TT-BLĐTBXH ngày 29 tháng 8 năm 2023 của Bộ \n"
    "trưởng Bộ Lao động - Thương binh và Xã hội sửa đổi, bổ sung, bãi bỏ một số điều \n"
    "của các Thông tư, Thông tư liên tịch có quy định liên quan đến việc nộp, xuất trình \n"
    "sổ hộ khẩu giấy, sổ tạm trú giấy, có hiệu lực kể từ ngày 12 tháng 10 năm 2023. \n"
    "Căn cứ Nghị định số 106/2012/NĐ-CP ngày 20 tháng 12 năm 2012 của Chính phủ \n"
    "quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Lao động - \n"
    "Thương binh và Xã hội; \n"
    + "Điều 1. Phạm vi điều chỉnh \n" * 40
    + "BỘ LAO ĐỘNG -  \nTHƯƠNG BINH VÀ XÃ HỘI \n \nSố: 714/VBHN-BLĐTBXH \n \n"
    "XÁC THỰC VĂN BẢN HỢP NHẤT \n \n \n \nHà Nội, ngày 26 tháng 02 năm 2024 \n"
    "KT. BỘ TRƯỞNG \nTHỨ TRƯỞNG \n \nNguyễn Bá Hoan \n"
    "Mẫu số 02: Ban hành kèm theo Thông tư liên tịch số 09/2016/TTLT-BLĐTBXH-BTC \n"
)


def test_a_consolidated_text_is_its_authenticated_number_and_consolidates_its_lead() -> None:
    ext = extract(_CONSOLIDATED)
    host = ext.document
    assert host.code is not None and host.code.canonical == "714/VBHN-BLĐTBXH"
    assert host.kind == "Văn bản hợp nhất"
    # the ministry that authenticates it, as the text spells it, not the law's two ministers
    assert host.issuing_body == "Bộ Lao động - Thương binh và Xã hội"
    assert host.date is not None and host.date.isoformat() == "2024-02-26"
    edges = {(r.source, r.type.value, r.target) for r in ext.relations}
    assert {
        ("HOST", "CONSOLIDATES", "09/2016/TTLT-BLĐTBXH-BTC"),
        ("HOST", "CONSOLIDATES", "08/2023/TT-BLĐTBXH"),
        ("08/2023/TT-BLĐTBXH", "AMENDS", "09/2016/TTLT-BLĐTBXH-BTC"),
        ("HOST", "BASED_ON", "106/2012/NĐ-CP"),
    } <= edges
    # the law its subject names mid-line is not consolidated, and the lead's texts are not
    # also cited from the lead
    assert not {e for e in edges if e[1] == "CONSOLIDATES"} - {
        ("HOST", "CONSOLIDATES", "09/2016/TTLT-BLĐTBXH-BTC"),
        ("HOST", "CONSOLIDATES", "08/2023/TT-BLĐTBXH"),
    }


def test_a_vbhn_code_cited_on_a_number_line_of_another_text_is_not_its_own() -> None:
    text = ("UBND TỈNH AN GIANG\nSố: 12/KH-UBND\nAn Giang, ngày 5 tháng 3 năm 2024\nKẾ HOẠCH\n"
            "Triển khai Văn bản hợp nhất số 05/VBHN-BTC ngày 1 tháng 2 năm 2024 của Bộ Tài chính\n")
    assert extract(text).document.code.canonical == "12/KH-UBND"  # type: ignore[union-attr]


def test_a_gazette_issue_that_goes_on_with_a_text_is_that_text() -> None:
    # Thông tư 102/2018/TT-BTC (Công báo số 203 + 204), cb-bhxh-thong-tu-so-102-2018-tt-btc-28383:
    # the issue's pages continue the circular, named above "(Tiếp theo Công báo số 201 + 202)";
    # each form's "(Ban hành kèm theo Thông tư số 102/2018/TT-BTC …)" names the text itself
    # (edge audit rounds 1-8, ATTACHED_TO 31 and 32: the host's number was not found)
    text = (
        " \n2 \nCÔNG BÁO/Số 203 + 204/Ngày 18-02-2019 \n  \nVĂN BẢN QUY PHẠM PHÁP LUẬT \n \n \n"
        "BỘ TÀI CHÍNH \n \n \nThông tư số 102/2018/TT-BTC ngày 14 tháng 11 năm 2018 \nhướng dẫn "
        "kế toán Bảo hiểm xã hội  \n \n \n(Tiếp theo Công báo số 201 + 202) \n \n \n \n \nPhụ lục "
        "số 04 \nHỆ THỐNG BÁO CÁO TÀI CHÍNH, BÁO CÁO NGHIỆP VỤ QUỸ  \nBẢO HIỂM DO HỆ THỐNG BẢO "
        "HIỂM XÃ HỘI VIỆT NAM QUẢN LÝ  \n(Ban hành kèm theo Thông tư số 102/2018/TT-BTC ngày 14 "
        "tháng 11 năm 2018  \ncủa Bộ Tài chính) \n"
    )
    ext = extract(text)
    assert ext.document.code is not None
    assert ext.document.code.canonical == "102/2018/TT-BTC"
    assert not [r for r in ext.relations if r.type.value == "ATTACHED_TO"]
