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
