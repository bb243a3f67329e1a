"""Page kind: bodies that sign a joint programme, plan or regulation issue it, so a news item
on the signing reports it. Snippets from real pages (dev batch zq_news_reports)."""

from __future__ import annotations

import pytest

from ingest.codes import Level
from ingest.extract import extract


@pytest.mark.parametrize(
    ("text", "kind_word"),
    [
        # kontumtv.vn: two provincial bodies sign a joint programme
        ("(kontumtv.vn) – Sáng 28/3, Hội Khuyến học và Tỉnh Đoàn Kon Tum ký kết chương trình "
         "phối hợp hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập giai đoạn 2016 – "
         "2020.", "Chương trình"),
        # tienphong.vn: the secretaries of two Youth Union bodies sign a joint plan
        ("Đoàn Thanh niên Chính phủ và Tỉnh Đoàn Ninh Bình ký kết phối hợp hoạt động\n"
         "Ngày 5/2, anh Bùi Hoàng Tùng - Ủy viên Ban Thường vụ T.Ư Đoàn, Bí thư Đoàn Thanh niên "
         "Chính phủ và anh Trần Ngọc Nam - Ủy viên Ban Thường vụ T.Ư Đoàn, Bí thư Tỉnh Đoàn Ninh "
         "Bình ký kết Kế hoạch phối hợp giữa Đoàn Thanh niên Chính phủ và Tỉnh Đoàn Ninh Bình.",
         "Kế hoạch"),
        # baotuyenquang.com.vn: "… đã ký kết chương trình hợp tác"
        ("Tỉnh đoàn Tuyên Quang ký kết hợp tác với Đoàn Thanh niên Đài Truyền hình Việt Nam\n\n"
         "- Ngày 26-11, Tỉnh đoàn Tuyên Quang và Đoàn Thanh niên Đài Truyền hình Việt Nam đã ký "
         "kết chương trình hợp tác.", "Chương trình"),
    ],
)
def test_bodies_signing_a_joint_text_report_it(text: str, kind_word: str) -> None:
    doc = extract(text).document
    assert doc.page == "report"
    assert doc.kind == kind_word


def test_the_signers_named_after_the_ceremony_give_the_level() -> None:
    # baomoi.net.vn (Tiền Giang): "Tại buổi Lễ ký kết Chương trình phối hợp …, Sở …, Hội
    # Khuyến học tỉnh Tiền Giang ký kết phối hợp với …": the signers follow the programme
    text = (
        "Tiền Giang: Ký kết phối hợp hoạt động giữa Hội Khuyến học tỉnh và các đơn vị liên quan\n"
        "Sáng 9-10, Hội Khuyến học tỉnh Tiền Giang tổ chức Lễ ký kết phối hợp hoạt động giữa Hội "
        "Khuyến học tỉnh và các đơn vị liên quan.\n"
        "Tại buổi Lễ ký kết Chương trình phối hợp về đẩy mạnh phong trào học tập suốt đời, khuyến "
        "học, khuyến tài, khuyến đọc, xây dựng xã hội học tập giai đoạn 2023 - 2026, định hướng "
        "đến năm 2030, Sở Giáo dục và Đào tạo tỉnh Tiền Giang, Hội Khuyến học tỉnh Tiền Giang ký "
        "kết phối hợp với các đơn vị: Ủy ban MTTQ Việt Nam tỉnh Tiền Giang, Công an tỉnh Tiền "
        "Giang."
    )
    doc = extract(text).document
    assert doc.page == "report"
    assert doc.level is Level.PROVINCE and doc.place.province == "Tiền Giang"


@pytest.mark.parametrize(
    "text",
    [
        # dev r-kiengiang-giongrieng: twinning ("ký kết nghĩa") signs no programme
        ("Chiều ngày 12 tháng 01 năm 2024, tại hội trường trường THCS và THPT Long Thạnh, ba đơn "
         "vị: xã đoàn Hòa Lợi xã đoàn Vĩnh Thạnh và Đoàn cơ sở Công an huyện ký kết nghĩa giai "
         "đoạn 2024 - 2026."),
        # dev zg-ctrl-vanthanh: an emulation pledge ("ký kết thi đua")
        ("Lãnh đạo phường Vạn Thạnh triển khai kế hoạch xây dựng phường đạt chuẩn văn minh đô "
         "thị; đại diện 11 tổ dân phổ ký kết thi đua thực hiện đạt các tiêu chí xây dựng phường "
         "đạt chuẩn văn minh đô thị."),
    ],
)
def test_a_signing_of_no_joint_text_is_no_report(text: str) -> None:
    assert extract(text).document.page != "report"
