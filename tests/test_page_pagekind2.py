"""Page kind: reports whose act the lead tells with a plain "ra" or through the text it names as
the news's source, said to be just issued (helper pagekind2, session 39). Real snippets, the
source URL in a comment; each rule with a control where it must not fire."""

from __future__ import annotations

import pytest

from bench.score_accuracy import main_of
from ingest.extract import extract


@pytest.mark.parametrize(
    ("text", "page", "kind", "level"),
    [
        # https://sovhttdl.hungyen.gov.vn/portal/pages/print.aspx?p=9339
        ("Thông báo dừng tổ chức Lễ hội Văn hóa dân gian Phố Hiến\n\nNgày 19/02/2021, UBND thành "
         "phố Hưng Yên ra thông báo về việc dừng tổ chức Lễ hội Văn hóa dân gian Phố Hiến năm "
         "2021, để bảo đảm cho công tác phòng, chống dịch COVID-19. Đây là năm thứ 2 liên tiếp, "
         "lễ hội này tạm dừng do ảnh hưởng của dịch bệnh.\n\nXem nội dung Thông báo tại đây!",
         "report", "TB", "district"),
        # https://haiphong24h.org/tag/thi-cong-tren-via-he
        ('Chủ tịch Hải Phòng ra văn bản "giải cứu" vỉa hè trước Tết Nguyên đán\nĐể bảo đảm an '
         "toàn giao thông, vệ sinh môi trường và mĩ quan đô thị dịp Tết Nguyên Đán Ất Tỵ, Chủ "
         "tịch UBND Tp.Hải Phòng yêu cầu đơn vị thi công hoàn thành công việc, hoàn trả vỉa hè "
         "trước ngày 15/1.", "report", None, "province"),
        # https://baothuathienhue.vn/amp.aspx?newid=111635
        ("Văn phòng UBND tỉnh chiều 7/4 cho biết, theo công văn UBND tỉnh vừa ban hành, mô hình "
         "Tổ công nghệ số cộng đồng trên địa bàn tỉnh sẽ được triển khai trong thời gian tới.",
         "report", "CV", "province"),
        # https://www.24h.com.vn/tin-tuc-trong-ngay/long-an-nguoi-tiem-2-mui-vaccine-duoc-qua-chot-
        # kiem-soat-c46a1288899.html (the headline glued to its lead: a capital "Theo")
        ("Các địa phương tiếp tục thực hiện Chỉ thị 16 Theo văn bản của UBND tỉnh Long An vừa "
         "ban hành, một số địa phương dưới đây tiếp tục áp dụng Chỉ thị 16 đến hết 20-9.",
         "report", None, "province"),
    ],
)
def test_a_text_put_out_or_named_as_just_issued_is_reported(
    text: str, page: str, kind: str | None, level: str
) -> None:
    ext = extract(text)
    assert ext.document.page == page
    main = main_of(ext)
    assert (main["kind"], main["level"]) == (kind, level)


@pytest.mark.parametrize(
    ("text", "page"),
    [
        # (control) http://cand.com.vn/Thong-tin-phap-luat/Thong-bao-truy-tim-chu-so-huu-tang-
        # vat-phuong-tien-vi-pham-hanh-chinh-483497/ ("kể từ ngày ra thông báo": the notice's day,
        # in the notice itself)
        ("Do đối tượng điều khiển phương tiện bỏ trốn, nên chưa xác định được chủ sở hữu của số "
         "tang vật, phương tiện trên.\n\nĐể đảm bảo việc xử lý tang vật, phương tiện bị tạm giữ "
         "theo đúng quy định, nay Công an huyện Thạnh Hóa thông báo ai là chủ sở hữu của tang "
         "vật, phương tiện trên, đến Công an huyện Thạnh Hóa để giải quyết. Nếu quá thời hạn 30 "
         "ngày kể từ ngày ra thông báo, chủ sở hữu hợp pháp không đến nhận, Công an huyện Thạnh "
         "Hóa sẽ lập thủ tục xử lý theo quy định của pháp luật.\nPV", "not report"),
        # (control) http://camau.dcs.vn/ap-tran-do-xa-thanh-phu-huyen-cai-nuoc-tinh-ca-mau-to-
        # chuc-ngay-hoi-dai-doan-ket-toan-dan-toc-nam-2018.302 (", theo kế hoạch này, …": a plan
        # cited, none said to be just issued)
        ("Thực hiện Kế hoạch số 169/KH-MTTQ-BTT ngày 02-10-2018 của Ban Thường trực Ủy ban Mặt "
         "trận Tổ quốc Việt Nam tỉnh Cà Mau về Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm "
         "2018, theo kế hoạch này, mỗi huyện, thành phố chọn 01 ấp, khóm làm điểm và thời gian tổ "
         "chức Ngày hội từ ngày 01/11 đến ngày 18/11/2018.\n\n     Sáng ngày 06/11/2018, Ban "
         "công tác Mặt trận ấp Trần Độ, xã Thạnh Phú, huyện Cái Nước, tỉnh Cà Mau tổ chức Ngày "
         "hội Đại đoàn kết toàn dân tộc năm 2018, đây là ấp điểm của huyện Cái Nước.", "other"),
        # (control) https://baobinhduong.vn/tx-tan-uyen-phan-dau-95-ho-gia-dinh-duoc-cong-nhan-
        # danh-hieu-gia-dinh-van-hoa-a197787.html
        ("Thực hiện phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2019, theo kế "
         "hoạch, TX.Tân Uyên phấn đấu ít nhất 95% hộ gia đình được công nhận danh hiệu “Gia đình "
         "văn hóa”, ...", "other"),
    ],
)
def test_a_day_of_issue_or_a_plan_cited_reports_nothing(text: str, page: str) -> None:
    # (the notice itself is labelled a document, still read as other: not this rule's matter)
    found = extract(text).document.page
    assert found != "report" if page == "not report" else found == page


@pytest.mark.parametrize(
    "text",
    [
        # https://old.baolangson.vn/en/politics/26870-the-12th-meeting-of-the-provincial-peoples-
        # council-voting-to-pass-12-resolutions (a headline's gerund, the council before its colon)
        ("The 12th meeting of the Provincial People’s Council: Voting to pass 12 resolutions\n\nOn "
         "the morning of September 27, the 17th Provincial People’s Council, term 2021-2026, held "
         "its 12th session (thematic session) to deal with urgent and important local "
         "socio-economic affairs between two regular meetings."),
        # http://phuyennews.vn/politics/6605605605905706066 (the gerund after a semicolon, the
        # council the subject of the sentence's first clause)
        ("Ratifying 22 significant resolutions\nUpdated : Wednesday, July 12, 2017 4:22 PM "
         "(GMT+0700)\n\nOn July 13th, the 4th meeting, Provincial People’s Council tenure 7 "
         "conducted discussion at the hall, asking and answering the delegates of the provincial "
         "people’s council; ratifying the resolutions and conducted the concluding session."),
    ],
)
def test_an_english_councils_vote_told_in_a_gerund_reports_its_resolutions(text: str) -> None:
    ext = extract(text)
    assert ext.document.page == "report"
    assert main_of(ext)["kind"] == "NQ"
    assert main_of(ext)["level"] == "province"


def test_a_vote_to_come_reports_nothing() -> None:
    # (control) http://viipip.com/homeen/print/?newscode=5186 (a session's agenda: "will also
    # ratify a resolution …", nothing adopted yet)
    text = ("According to the five-week meetings agenda, which was announced at a press meeting "
            "yesterday, law-makers will also ratify a resolution on confidence voting procedures "
            "for positions elected or approved by the National Assembly or local Peoples "
            "Councils. A resolution on collecting feedback on the draft version of the revised "
            "1992 Constitution will also be passed.")
    assert extract(text).document.page == "other"


def test_an_english_line_opening_on_the_decision_a_body_acted_in_reports_it() -> None:
    # https://news.laodong.vn/bat-dong-san/ha-noi-giao-dat-de-thuc-hien-5-du-an-quan-trong-
    # 1483256.ldo (English edition), as "Tại Quyết định số …, UBND tỉnh giao …"
    text = ("In Decision No. 1752/QD-UBND, the Hanoi People's Committee (UBND) assigned the Dong "
            "Anh District People's Committee 14,794.4m2 of land in Kim No commune to implement "
            "the technical infrastructure construction project at point X5, Bac village to "
            "auction land use rights.\n\nIn Decision No. 1753/QD-UBND, the City People's "
            "Committee assigned 17,891.1m2 of land in Kim Chung commune to the Dong Anh District "
            "People's Committee to build Hau Duong Village Primary School, Kim Chung commune.")
    ext = extract(text)
    assert ext.document.page == "report"
    assert main_of(ext)["code"] == "1752/QĐ-UBND"
