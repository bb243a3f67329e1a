"""Page kind and the host code it hides: real leads whose page kind was misread (session 39,
dev misses "page misread"), each rule's real text and the real texts where it must not fire.

Every text is a dev case's (tests/realworld/cases), its source address above it."""

from __future__ import annotations

import pytest

from ingest.codes import Level
from ingest.extract import extract
from ingest.models import HOST
from ingest.relations import RelationType


def _read(text: str) -> tuple[str, str | None]:
    doc = extract(text).document
    code = doc.code.canonical if doc.code is not None else None
    return doc.page, code



# A sanction decision told as the lead's news reports it, whoever the lead names as acting for
# the body: 'xác nhận' before the body (as 'cho biết'), 'đã chính thức có', a unit's leaders or
# government by its unit word ('lãnh đạo phòng', 'chính quyền tỉnh này'), the unnamed competent
# authorities ('cơ quan chức năng'). Controls: an act told without its document, an announcement
# by a department's leaders.
@pytest.mark.parametrize(
    ("text", "page", "code"),
    [
        # dev zz21-kim-ngan-ubnd-xa-tam-dinh-chi-hieu-pho-ngo-doc-2025:
        # https://docnhanh.vn/xa-hoi/tam-dinh-chi-cong-tac-nu-hieu-pho-lien-quan-vu-40-hoc-sinh-bi-ngo-doc-tintuc1013794
        ("Xã hội\n02/10/2025 09:19Tạm đình chỉ công tác nữ hiệu phó liên quan vụ 40 học sinh "
         "bị ngộ độc\n\nSáng 2-10, nguồn tin riêng của Tuổi Trẻ Online xác nhận UBND xã Kim "
         "Ngân đã chính thức có quyết định tạm đình chỉ công tác với bà Đỗ Thị Hồng Huế, "
         "nữ hiệu phó Trường Phổ thông dân tộc bán trú tiểu học Kim Thủy.",
         "report", None),
        # dev zz21-hatinh-phong-giao-duc-huong-son-dinh-chi-hieu-truong:
        # http://m.baomoi.com/dinh-chi-hieu-truong-de-giao-vien-danh-20-hoc-sinh/c/1538458.epi
        ("Hanoinet - Ông Nguyễn Tấn, Trưởng phòng Giáo dục Hương Sơn cho biết, ngày 9/4, "
         "lãnh đạo phòng ra quyết định đình chỉ công tác đối với ông Lương Hữu Thanh (Hiệu "
         "trưởng THCS Sơn Kim 1, Hương Sơn, Hà Tĩnh).",
         "report", None),
        # dev zsn-danviet-phu-yen-chinh-quyen-tinh-ky-quyet-dinh-xu-phat:
        # https://danviet.vn/cong-ty-san-xuat-va-thuong-mai-viet-thai.html
        ("Ngày 2.8, theo UBND tỉnh Phú Yên, đại diện chính quyền tỉnh này vừa ký quyết định "
         "xử phạt 210 triệu đồng về hành vi vi phạm hành chính trong lĩnh vực môi trường "
         "của Công ty TNHH Sản xuất và Thương mại Việt Thái (đóng tại Khu công nghiệp An "
         "Phú, Phú Yên).",
         "report", None),
        # dev zz21-thanhhoa-thanh-my-co-quan-chuc-nang-cach-chuc-chu-tich-hoi-phu-nu:
        # https://doisongvietnam.vn/cach-chuc-chu-tich-hoi-phu-nu-xa-o-thanh-hoa-quan-he-bat-chinh-voi-cap-tren-133674-3.html
        ("Liên quan đến vụ Chủ tịch xã bị đánh ghen tại trụ sở, theo báo Tiền Phong, ngày "
         "25/6, thông tin từ Ủy ban nhân dân xã Thành Mỹ (huyện Thạch Thành, tỉnh Thanh "
         "Hóa) cho biết, cơ quan chức năng vừa có quyết định kỷ luật bằng hình thức cách "
         "chức Chủ tịch Hội Liên hiệp phụ nữ xã Thành Mỹ đối với bà Trương Thị Hà.",
         "report", None),
        # dev zz7-phapluatplus-ubnd-huyen-quan-son-xu-phat-cat:
        # https://phapluatplus.baophapluat.vn/tag/ubnd-huyen-quan-son-145066.tag
        ("Thanh Hóa: Xử phạt hàng loạt doanh nghiệp khai thác cát trái phép\nTình trạng \"cát "
         "tặc\" đang tàn phá tài nguyên sông Lò hiện là điều nhức nhối đối với chính quyền "
         "huyện Quan Sơn. Mới đây, UBND huyện đã xử phạt hàng loạt doanh nghiệp khai thác "
         "cát trái phép.",
         "other", None),
        # dev m-daknong-dakmil-ngay-cds-09-nq-tu-762:
        # http://dakmil.daknong.gov.vn/danh-muc-2/chuyen-doi-so/dak-mil-tham-du-hoi-nghi-truc-tuyen-chuoi-su-kien-ngay-chuyen-doi-so-tinh-dak-nong.html
        ("Đắk Mil tham dự Hội nghị trực tuyến chuỗi sự kiện Ngày chuyển đổi số tỉnh Đắk "
         "Nông\n\nNgày 11/11/2022, Uỷ ban nhân dân tỉnh Đắk Nông tổ chức Hội nghị trực tuyến "
         "công bố Ngày chuyển đổi số tỉnh Đăk Nông năm 2022, đánh giá kết quả sau 01 năm "
         "triển khai, thực hiện Nghị quyết số 09-NQ/TU ngày 01/11/2021 của Tỉnh ủy Đắk Nông "
         "về chuyển đổi số giai đoạn 2025, định hướng đến năm 2030 và Khai trương Trung "
         "tâm giám sát điều hành đô thị thông minh (IOC) của tỉnh.\n\nTại Hội nghị, lãnh đạo "
         "Sở Thông tin và Truyền thông đã Công bố Quyết định số 762/QĐ-UBND ngày 26/4/2022 "
         "của Chủ tịch UBND tỉnh, về việc lấy ngày 01/11 hằng năm là Ngày Chuyển đổi số "
         "tỉnh Đắk Nông;",
         "other", None),
    ],
)
def test_a_sanction_lead_reports_its_decision(
    text: str, page: str, code: str | None
) -> None:
    assert _read(text) == (page, code)


# Acts of issue the lead words unusually: a past word before a numbered text (the verb dropped),
# 'nhận được', 'thành lập', 'phát hành' a numbered text; a council passing 'nội dung nghị quyết
# số'; a headline's adopted scheme adopted by a numbered resolution; a digest's item labelled
# with its issuer; a leader's 'văn bản' numbered as the next sentence's 'Theo Công văn số'.
# Controls: a letter's own 'nhận được Công văn số' under its header, 'Nhận được công văn này' in
# a letter, a congress passing 'nội dung báo cáo'.
@pytest.mark.parametrize(
    ("text", "page", "code"),
    [
        # dev zz13-hiep-hoa-550-qd-ubnd-cach-ly-school-repost:
        # https://raw.githubusercontent.com/21ts444/thcshoangluong/main/tin-tuc-su-kien/thuc-hien-cach-ly-xa-hoi-doi-voi-huyen-hiep-hoa.html
        ("Thực hiện cách ly xã hội đối với huyện Hiệp Hòa\n\nChủ tịch UBND tỉnh vừa Quyết "
         "định số 550/QĐ-UBND về thực hiện cách ly xã hội đối với 2 huyện: Hiệp Hòa, Yên "
         "Thế kể từ 12 giờ 00 phút ngày 26/5/2021 theo tinh thần Chỉ thị số 16/CT-TTg ngày "
         "31/3/2020 của Thủ tướng Chính phủ cho đến khi có thông báo mới.",
         "report", "550/QĐ-UBND"),
        # dev zz18-daksong-125-tb-ubnd-portal:
        # github:easywebhub/daksong_website/content/0312202001.md
        ("Thông báo các chương trình hội trợ triễn lãm, hội nghị xúc tiến thương mại\nTrang "
         "thông tin điện tử huyện Đắk Song nhận được Thông báo số 125/TB-UBND của UBND huyện "
         "Đắk Song ngày 03 tháng 12 năm 2020 về việc các chương trình hội chợ triễn lãm, "
         "hội nghị xúc tiến thương mại.",
         "report", "125/TB-UBND"),
        # dev zz25-langson-minh-tien-13-qd-ubnd-thanh-lap-quyet-dinh:
        # http://minhtien.huulung.langson.gov.vn/cong-tac-kiem-tra-toan-thuc-pham-dip-tet-nguyen-dan-2022
        ("Công tác kiểm tra an toàn thực phẩm dịp tết Nguyên đán 2022\n\nCông tác kiểm tra "
         "an toàn thực phẩm dịp tết Nguyên đán Nhâm Dần năm 2022\n\nThực hiện kế hoạch kiểm "
         "tra an toàn thực phẩm dịp tết Nguyên đán Nhâm Dần năm 2022. UBND xã Minh Tiến "
         "thành lập Quyết định số 13/QĐ-UBND, ngày 17 tháng 01 năm 2022 Quyết định kiểm "
         "tra an toàn thực phẩm năm 2022 trên địa bàn xã Minh Tiến.",
         "report", "13/QĐ-UBND"),
        # dev zz30-thuyphu-17-tb-ubnd-dot-rom-ra-thuc-hien-11-ct-ubnd:
        # https://thuyphu.thuathienhue.gov.vn/?gd=4&cn=115&tc=1384
        ("Thực hiện các giải pháp hạn chế đốt rơm rạ sau thu hoạch lúa trên địa bàn xã\nNgày "
         "cập nhật 08/05/2020\n\nThực hiện các giải pháp hạn chế đốt rơm rạ sau thu hoạch "
         "lúa trên địa bàn xã Thủy Phù\n\nThực hiện Chỉ thị số 11/CT-UBND ngày 17/4/2020 của "
         "UBND tỉnh Thừa Thiên Huế về việc tăng cường thực hiện các giải pháp hạn chế đốt "
         "rơm rạ sau thu hoạch lúa trên địa bàn tỉnh.\n\nĐể tăng cường chỉ đạo thực hiện các "
         "giải pháp hạn chế đốt rơm rạ sau thu hoạch, nhằm bảo vệ môi trường trên địa bàn, "
         "UBND xã Thủy Phù đã phát hành thông báo số 17/TB-UBND ngày 23/4/2020 cho các cơ "
         "quan, đơn vị, BCH 12 thôn và nhân dân trên địa bàn xã thực hiện. Nội dung aThoong "
         "báo như sau:\n\n1. Đối với các cơ quan, đơn vị, 12 thôn: Thường xuyên tổ chức tuyên "
         "truyền, phổ biến các quy định của Pháp luật về bảo vệ môi trường; vận động hướng "
         "dẫn người dân không đốt rơm rạ trên đồng ruộng nhằm bảo vệ môi trường.",
         "report", "17/TB-UBND"),
        # dev zz28-ha-noi-la-khe-10-nq-hdnd-2019:
        # http://lakhe.hadong.gov.vn/hdnd-phuong-la-khe-chuc-ky-hop-bat-thuong
        ("HĐND phường La Khê tổ chức kỳ họp bất thường\n\nSáng ngày 17 tháng 9 năm 2019 tại "
         "hội trường UBND phường La Khê, HĐND phường La Khê khóa xx nhiệm kỳ 2016-2021 đã "
         "tổ chức kỳ họp bất thường.\n\nTrong kỳ họp các đại biểu HĐND phường đã thảo luận "
         "và nhất trí thông qua nội dung tờ trình số 57/TTr của UBND về việc phê duyệt chủ "
         "trương đầu tư dự án: cải tạo giếng Đình, ao Đình làng La Khê, phường La Khê, thông "
         "qua nội dung nghị quyết số 10/NQ - HĐND về việc bổ sung kinh phí kết dư năm 2018 "
         "để thực hiện nhiệm vụ chi thường xuyên năm 2019.",
         "report", "10/NQ-HĐND"),
        # dev zz15-nghiatan-hdnd-phuong-04-nq-hdnd-2019-ky-hop-bat-thuong:
        # https://caugiay.hanoi.gov.vn/phuong-nghia-tan/-/view_content/4886187-hdnd-phuong-nghia-tan-to-chuc-ky-hop-bat-thuong-thong-qua-de-an-tiep-tuc-kien-toan-to-dan-pho-tren-dia-ban.html
        ("HĐND phường Nghĩa Tân tổ chức Kỳ họp bất thường thông qua Đề án tiếp tục kiện "
         "toàn tổ dân phố trên địa bàn\nNgày đăng 22/10/2019 | 10:04  | View count: 203\n\nNgày "
         "21/10/2019, HĐND phường Nghĩa Tân nhiệm kỳ 2016-2021 đã tiến hành kỳ họp thứ 11 "
         "(kỳ họp bất thường) để thảo luận, xem xét Tờ trình đề nghị thông qua Đề án tiếp "
         "tục kiện toàn tổ dân phố thuộc địa bàn phường Nghĩa Tân. Tới dự kỳ họp có đồng "
         "chí Phương Kiến Quốc - Phó Bí thư thường trực Quận ủy, Chủ tịch HĐND quận cùng "
         "các đồng chí lãnh đạo Ban Kinh tế - Xã hội HĐND quận, Uỷ ban MTTQ và Công an quận "
         "Cầu Giấy.\n\nTại kỳ họp, HĐND phường đã nghe và thảo luận về Tờ trình số 24/TTr-UBND "
         "ngày 21/10/2019 của UBND phường đề nghị thông qua Đề án tiếp tục kiện toàn tổ "
         "dân phố thuộc địa bàn phường.\n\nHĐND phường đã nhất trí thông qua Nghị quyết số "
         "04/NQ-HĐND về việc thông qua Đề án Tiếp tục kiện toàn tổ dân phố thuộc địa bàn "
         "phường Nghĩa Tân, đồng thời đề nghị UBND phường hoàn thiện hồ sơ trình UBND quận "
         "theo quy định và đề nghị đại biểu HĐND nắm tình hình, tuyên truyền rộng rãi trong "
         "nhân dân về Nghị quyết thông qua Đề án Tiếp tục kiện toàn Tổ dân phố thuộc địa "
         "bàn phường Nghĩa Tân.",
         "report", "04/NQ-HĐND"),
        # dev o-bqllang-digest-169-nq-cp-reviews-01-nq-cp:
        # https://bqllang.gov.vn/tin-tuc/tin-tong-hop/10204-mot-so-van-ban-chi-dao-dieu-hanh-de-pho-ng-cho-ng-dich-covid-19-phan-26.html
        ("1. Chính phủ: Nghị quyết số 169/NQ-CP ngày 11/11/2020 Phiên họp Chính phủ thường "
         "kỳ tháng 10 năm 2020\nTheo đó, về tình hình triển khai thực hiện Nghị quyết số "
         "01/NQ-CP; tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2020, Chính phủ "
         "thống nhất đánh giá: Mặc dù gặp nhiều khó khăn do thiên tai, bão lũ, dịch bệnh "
         "nhưng với sự quyết tâm của cả hệ thống chính trị, sự nỗ lực của các bộ, ngành, "
         "địa phương, nhân dân cả nước và cộng đồng doanh nghiệp, tình hình kinh tế - xã "
         "hội nước ta có chuyển biến tích cực.",
         "report", "169/NQ-CP"),
        # dev zbe-baomoi-ha-noi-460-cv-tu-report:
        # http://www.baomoi.com/ha-noi-tam-dung-cac-doan-cong-tac-nuoc-ngoai/c/9364539.epi
        ("Phó Bí thư Thường trực Thành ủy Hà Nội Nguyễn Công Soái vừa ký văn bản về việc "
         "tập trung thực hiện nhiệm vụ chính trị, tạm dừng các Đoàn đi công tác nước ngoài.\n\n"
         "Theo "
         "Công văn số 460-CV/TU, để đảm bảo thực hiện nhiệm vụ chính trị của Thành phố năm "
         "2012 đạt kết quả, Thường trực Thành ủy yêu cầu:",
         "report", "460-CV/TU"),
        # dev zll-haugiang-454-ubnd-ncth-2011-dated-in-vi-thanh:
        # http://www.haugiang.gov.vn/Portal/DocView.aspx?pageid=1385&ItemID=19067&mid=2537&pageindex=11&siteid=1
        ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HẬU GIANG Độc Lập - Tự "
         "Do - Hạnh Phúc\n\n\nSố: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011\n\nV/v tiếp "
         "tục phối hợp tuyên truyền và tham gia bầu chọn Vịnh Hạ Long là kỳ quan thiên nhiên "
         "thế giới\n\nKính gửi:\n\n- Giám đốc Sở Văn hóa, Thể thao và Du lịch;\n\n- Giám đốc Sở "
         "Thông tin và Truyền thông;\n\n- Giám đốc Đài Phát thanh - Truyền hình Hậu Giang;\n\n- "
         "Chủ tịch UBND huyện, thị xã, thành phố.\n\nỦy ban nhân dân tỉnh nhận được Công văn "
         "số 847/UBND-VX1 ngày 22 tháng 3 năm 2011 của UBND tỉnh Quảng Ninh V/v tiếp tục "
         "phối hợp tuyên truyền và tham gia bầu chọn Vịnh Hạ Long là kỳ quan thiên nhiên "
         "thế giới, Chủ tịch UBND tỉnh có ý kiến như sau: \n\nGiao Giám đốc: Sở Văn hóa, Thể "
         "thao và Du lịch, Sở Thông tin và Truyền thông, Đài Phát thanh - Truyền hình Hậu "
         "Giang phối hợp với các sở, ban, ngành, đoàn thể tỉnh và UBND huyện, thị xã, thành "
         "phố tiếp tục tuyên truyền và phát động trong toàn thể cán bộ, công chức, viên "
         "chức, người lao động và nhân dân lao động trên địa bàn tỉnh tham gia bầu chọn "
         "Vịnh Hạ Long là kỳ quan thiên nhiên thế giới theo yêu cầu tại Công văn nêu trên./.",
         "document", "454/UBND-NCTH"),
        # dev zkk-lacduong-btghu-cv-tuyen-truyen-130-nam-bac-ho:
        # https://lacduong.lamdong.dcs.vn/huong-dan-nghiep-vu/type/detail/id/16299/task/1460
        ("Thực hiện Công văn số 1494-CV/BTGTU, ngày 31 tháng 3 năm 2020 của Ban Tuyên giáo "
         "Tỉnh ủy về việc tuyên truyền kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh; Ban "
         "Tuyên giáo Huyện ủy đề nghị các tổ chức cơ sở đảng, Mặt trận Tổ quốc và các đoàn "
         "thể huyện, Phòng Văn hoá và Thông tin, Trung tâm Văn hoá, Thông tin và Thể thao "
         "huyện thực hiện một số nội dung sau:\n1. Tuyên truyền về thân thế, cuộc đời, sự "
         "nghiệp cách mạng vẻ vang của Chủ tịch Hồ Chí Minh; tôn vinh cống hiến vĩ đại của "
         "Người đối với sự nghiệp cách mạng của Đảng và dân tộc Việt Nam, với phong trào "
         "cộng sản và công nhân quốc tế.\n2. Tổ chức các hoạt động kỷ niệm 130 năm Ngày sinh "
         "Chủ tịch Hồ Chí Minh và sơ kết 04 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính "
         "trị theo tinh thần Kế hoạch của Ban Thường vụ Huyện ủy (sẽ có Kế hoạch sau).\nNhận "
         "được Công văn này, đề nghị các tổ chức cơ sở đảng, các cơ quan, đơn vị triển khai "
         "công tác tuyên truyền đảm bảo kịp thời, hiệu quả.",
         "document", None),
        # dev zr-hoilhpn-hatinh-dai-hoi-bieu-quyet-bao-cao-gop-y-du-thao:
        # http://hoilhpn.org.vn/web/guest/tin-chi-tiet/-/chi-tiet/ba-nguyen-thi-viet-ha-tai-%C4%91ac-cu-chu-tich-hoi-lhpn-tinh-ha-tinh-nhiem-ky-2021-2026-41140-1902.html
        ("Bà Nguyễn Thị Việt Hà tái đắc cử Chủ tịch Hội LHPN tỉnh Hà Tĩnh nhiệm kỳ 2021-2026\n"
         "\n23/09/2021\nChiều "
         "22/9, Đại hội đại biểu Phụ nữ tỉnh Hà Tĩnh lần thứ XVI, nhiệm kỳ 2021-2026, chính "
         "thức bế mạc.\n…\nĐại hội đã nghe báo cáo tổng hợp ý kiến góp ý vào các dự thảo Văn "
         "kiện Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII và biểu quyết thông qua nội "
         "dung báo cáo.",
         "other", None),
    ],
)
def test_an_unusually_worded_act_reports_its_numbered_text(
    text: str, page: str, code: str | None
) -> None:
    assert _read(text) == (page, code)


# Pages that are the document: a title-only record under the post's place-date line, a numbered
# invitation's entry, an entry under a sharing site's counters, an intro over the decision's
# 'QUYẾT ĐỊNH:' and first article, an intro that presents the text word for word ('trích đăng
# nguyên văn'), a topic frame over 'tại Công văn số … như sau:'. Controls: a lead that reports a
# signed decision and tells its content in its own words, an act told without its document.
@pytest.mark.parametrize(
    ("text", "page", "code"),
    [
        # dev r-haiphong-3107-2016-qd-ubnd-printitem-2019-date:
        # http://www.haiphong.gov.vn/Portal/PrintItem.aspx?ContentID=135634
        ("Hải Phòng, ngày 08 tháng 12 năm 2019\nQuyết định số 3107/2016/QĐ-UBND ngày 13/12/2016 "
         "của UBND thành phố Hải Phòng",
         "document", "3107/2016/QĐ-UBND"),
        # dev zz18-cuknia-88-gm-ubnd-listing-doc:
        # github:easywebhub/daksong_website/content/ (the entry
        # -giay-moi-so-88gm-ubnd-ngay-2962016-cua-ubnd-huyen-vv-hop-ban-bien-phap-day-nhanh-
        # tien-do-thuc-hien-tieu-chi-xdntm-xa-cu-knia-nam-2016.md)
        ("Giấy mời số 88/GM-UBND ngày 29/6/2016 của UBND huyện V/v Họp bàn biện pháp đẩy "
         "nhanh tiến độ thực hiện tiêu chí XDNTM xã Cư Knia năm 2016",
         "document", "88/GM-UBND"),
        # dev zz24-cong-dien-09-cd-ttg-2025-le-hoi-entry:
        # https://tailieu.vn/tim-kiem?q=n%E1%BA%BFp+s%E1%BB%91ng+v%C4%83n+minh
        ("3 trang\n35 lượt xem\n0\n35\nCông điện số 09/CĐ-TTg năm 2025\nCông điện số 09/CĐ-TTg "
         "ngày 03/02/2025 của Thủ tướng Chính phủ chỉ đạo các bộ, ngành và địa phương đảm "
         "bảo thực hiện nếp sống văn minh, an toàn, tiết kiệm trong các hoạt động lễ hội "
         "sau Tết Nguyên đán Ất Tỵ và Lễ hội xuân năm 2025. Văn bản yêu cầu tăng cường quản "
         "lý nhà nước về tín ngưỡng, tôn giáo và lễ hội; đẩy mạnh tuyên truyền, hướng dẫn "
         "thực hiện đúng quy định pháp luật; xử lý nghiêm các hành vi lợi dụng lễ hội để "
         "trục lợi, mê tín dị đoan.\nphongtrongkim2025",
         "document", "09/CĐ-TTg"),
        # dev zz26-quangthai-283-qd-ubnd-2020-ho-ngheo-spaced-code:
        # https://quangthai.thuathienhue.gov.vn/?gd=4&cn=280&tc=25984
        ("Quyết định công nhận hộ nghèo, hộ cận nghèo cuối năm 2020\nNgày cập nhật 31/12/2020\n"
         "\nNgày "
         "30 tháng 12 năm 2020 Ủy ban nhân dân xã Quảng Thái ban hành Quyết định số :283 "
         "/QĐ - UBND về việc công nhận hộ nghèo, hộ cận nghèo cuối năm 2020.\n\n \n\nTheo đó:\n"
         "\nQUYẾT "
         "ĐỊNH:\n\nĐiều 1. Công nhận hộ nghèo, hộ cận nghèo, hộ thoát nghèo, hộ thoát cận "
         "nghèo theo kết quả rà soát cuối năm 2020 cụ thể như sau:\n\n1. Hộ nghèo:\n\n108\n\nhộ"
         ",\n\n207\n\nkhẩu.",
         "document", "283/QĐ-UBND"),
        # dev zz32-btgtw-118-hd-2020-repost-kontum-basis:
        # http://tuyengiaokontum.org.vn/ly-luan-chinh-tri/huong-dan-tuyen-truyen-ky-niem-cac-ngay-le-lon-va-su-kien-lich-su-quan-trong-trong-nam-2020-2104.html
        ("HƯỚNG DẪN TUYÊN TRUYỀN KỶ NIỆM CÁC NGÀY LỄ LỚN VÀ SỰ KIỆN LỊCH SỬ QUAN TRỌNG TRONG "
         "NĂM 2020\n\nThứ năm - 09/01/2020 09:32\nNgày 08-01-2020, Ban Tuyên giáo Trung ương "
         "ban hành Hướng dẫn số 118-HD/BTGTW về hướng dẫn tuyên truyền kỷ niệm các ngày "
         "lễ lớn và sự kiện lịch sử quan trọng trong năm 2020. BBT trích đăng nguyên văn "
         "Hướng dẫn.\nHình minh họa trên Internet\n- Căn cứ Chỉ thị số 45-CT/TW, ngày 22/7/2010 "
         "của Bộ Chính trị về đổi mới, nâng cao hiệu quả tổ chức các ngày kỷ niệm, nghi "
         "thức trao tặng, đón nhận danh hiệu vinh dự Nhà nước và các hình thức khen thưởng "
         "cao; Kết luận số 88-KL/TW, ngày 18/2/2014 của Bộ Chính trị về tổ chức kỷ niệm "
         "100 năm, trên 100 năm ngày sinh; xây dựng khu lưu niệm, nhà lưu niệm; xây dựng, "
         "công bố phim tài liệu về thân thế sự nghiệp các đồng chí lãnh đạo chủ chốt của "
         "Đảng, Nhà nước và lãnh đạo tiền bối tiêu biểu; Nghị định số 145/2013/NĐ-CP, ngày "
         "29/10/2013 của Chính phủ quy định về tổ chức ngày kỷ niệm; nghi thức trao tặng, "
         "đón nhận hình thức khen thưởng, danh hiệu thi đua; nghi lễ đối ngoại và đón, tiếp "
         "khách nước ngoài;\n- Căn cứ Công văn số 10845-CV/VPTW, ngày 29/10/2019 của Văn "
         "phòng Trung ương Đảng về việc tổ chức kỷ niệm một số ngày lễ và sự kiện quan trọng "
         "trong năm 2020, Ban Tuyên giáo Trung ương hướng dẫn tuyên truyền kỷ niệm các ngày "
         "lễ lớn và sự kiện lịch sử quan trọng trong năm 2020 như sau:\nI. MỤC ĐÍCH, YÊU "
         "CẦU",
         "document", "118-HD/BTGTW"),
        # dev zz5-quang-tri-11977-cv-vptw-ctr-hanh-dong-doc:
        # https://tinhuyquangtri.vn/ve-thao-luan-chuong-trinh-hanh-dong-tai-dai-hoi-dang-bo-cac-cap
        ("Về thảo luận Chương trình hành động tại đại hội đảng bộ các cấp \n\nVề thực hiện "
         "nội dung “cấp ủy chuẩn bị dự thảo nghị quyết đại hội, chương trình hành động để "
         "đại hội thảo luận, quyết định” theo Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ "
         "Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ "
         "XIII của Đảng, tại Công văn số 11977-CV/VPTW, ngày 23/4/2020 của Văn phòng Trung "
         "ương Đảng đã truyền đạt ý kiến chỉ đạo của Thường trực Ban Bí thư như sau:\n\nChương "
         "trình hành động của đại hội chi bộ, đảng bộ là những giải pháp, biện pháp chủ "
         "yếu mang tính khả thi cao để thực hiện những nhiệm vụ trọng tâm, đột phá của nghị "
         "quyết đại hội. Đại hội thảo luận chương trình hành động đồng thời với thảo luận "
         "báo cáo chính trị và dự thảo nghị quyết nhưng không biểu quyết chương trình hành "
         "động mà giao cho cấp ủy khóa mới tiếp thu ý kiến đại hội, hoàn thiện và ban hành "
         "để triển khai tổ chức thực hiện. HY-VPTU",
         "document", "11977-CV/VPTW"),
        # dev zkg-daidoanket-chu-tich-huyen-que-son-ky-quyet-dinh-ky-luat:
        # https://daidoanket.vn/print/10005296.html
        ("Kỷ luật lãnh đạo xã liên quan vụ cấp gà sai đối tượng ở Quảng Nam\n\n13/04/2015 "
         "02:34\n\nChủ tịch UBND huyện Quế Sơn (tỉnh Quảng Nam) Lê Tấn Trung vừa ký quyết "
         "định thi hành kỷ luật với hình thức cảnh cáo và khiển trách đối với 6 cán bộ xã "
         "liên quan đến vụ cấp gà trong Chương trình mục tiêu quốc gia xây dựng nông thôn "
         "mới sai đối tượng tại xã Quế An.",
         "report", None),
        # dev zz7-phapluatplus-ubnd-huyen-quan-son-xu-phat-cat:
        # https://phapluatplus.baophapluat.vn/tag/ubnd-huyen-quan-son-145066.tag
        ("Thanh Hóa: Xử phạt hàng loạt doanh nghiệp khai thác cát trái phép\nTình trạng \"cát "
         "tặc\" đang tàn phá tài nguyên sông Lò hiện là điều nhức nhối đối với chính quyền "
         "huyện Quan Sơn. Mới đây, UBND huyện đã xử phạt hàng loạt doanh nghiệp khai thác "
         "cát trái phép.",
         "other", None),
    ],
)
def test_a_record_or_a_presented_text_is_the_document(
    text: str, page: str, code: str | None
) -> None:
    assert _read(text) == (page, code)


# "về tình hình triển khai thực hiện Nghị quyết số 01/NQ-CP" weighs how a text is carried out
# (REVIEWS, as "đánh giá", "kết quả thực hiện"); supervising how others carry it out stays a
# citation (control).
def test_the_situation_of_carrying_a_text_out_is_reviewed() -> None:
    # https://bqllang.gov.vn/tin-tuc/tin-tong-hop/10204-mot-so-van-ban-chi-dao-dieu-hanh-de-pho-ng-cho-ng-dich-covid-19-phan-26.html
    # (dev o-bqllang-digest-169-nq-cp-reviews-01-nq-cp)
    text = (
        "1. Chính phủ: Nghị quyết số 169/NQ-CP ngày 11/11/2020 Phiên họp Chính phủ thường kỳ "
        "tháng 10 năm 2020\nTheo đó, về tình hình triển khai thực hiện Nghị quyết số 01/NQ-CP; "
        "tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2020, Chính phủ thống nhất đánh giá: "
        "Mặc dù gặp nhiều khó khăn do thiên tai, bão lũ, dịch bệnh"
    )
    ext = extract(text)
    assert {(r.source, r.type, r.target) for r in ext.relations if r.target == "01/NQ-CP"} == {
        (HOST, RelationType.REVIEWS, "01/NQ-CP")
    }
    # (control) https://sggp.org.vn/phoi-hop-giam-sat-linh-vuc-giao-duc-dao-tao-va-bao-ve-moi-truong-post456080.html
    # dev zbc-sggp-mttq-ky-ket-chuong-trinh-giam-sat-29-nq-tw: supervising is no review
    control = extract(CONTROL_SUPERVISION)
    assert not [r for r in control.relations if r.type is RelationType.REVIEWS]


CONTROL_SUPERVISION = (
    "Theo đó, trên cơ sở thống nhất của các bên, Ban Thường trực Ủy ban Trung ương MTTQ "
    "Việt Nam phối hợp với Văn phòng Chính phủ, các bộ, các tổ chức chính trị - xã hội, "
    "một số tổ chức thành viên của MTTQ Việt Nam tổ chức ký kết 2 Chương trình phối hợp "
    "giám sát ở hai nội dung.\nThứ nhất là giám sát việc thực hiện Nghị quyết 29-NQ/TW "
    "về đổi mới căn bản, toàn diện GD-ĐT, đáp ứng yêu cầu công nghiệp hóa, hiện đại hóa "
    "trong điều kiện kinh tế thị trường định hướng xã hội chủ nghĩa và hội nhập quốc "
    "tế. Chương trình này do Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam phối hợp "
    "với Bộ GD-ĐT, Bộ LĐ-TB và XH, Văn phòng Chính phủ; Liên hiệp các Hội Khoa học và "
    "Kỹ thuật Việt Nam, Hội Khuyến học Việt Nam, Hội Cựu giáo chức Việt Nam ký kết và "
    "triển khai thực hiện."
)


# The office whose leaders act by its unit word alone ("lãnh đạo phòng") is the one the lead
# named before: its level and place.
def test_an_offices_leaders_act_at_the_offices_level() -> None:
    # http://m.baomoi.com/dinh-chi-hieu-truong-de-giao-vien-danh-20-hoc-sinh/c/1538458.epi
    # (dev zz21-hatinh-phong-giao-duc-huong-son-dinh-chi-hieu-truong)
    doc = extract(
        "Hanoinet - Ông Nguyễn Tấn, Trưởng phòng Giáo dục Hương Sơn cho biết, ngày 9/4, lãnh đạo "
        "phòng ra quyết định đình chỉ công tác đối với ông Lương Hữu Thanh (Hiệu trưởng THCS Sơn "
        "Kim 1, Hương Sơn, Hà Tĩnh)."
    ).document
    assert (doc.page, doc.level, doc.place.district) == ("report", Level.DISTRICT, "Hương Sơn")
