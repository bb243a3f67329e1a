"""What a cited State text's subject says it does, said of the texts joined to it
(ingest/stages/relations_acted.py `_joint_acts`), and the norms a circular issues as a part of
it acted on (ingest/relations.py `_ANNEX_PART`).

Each row is real text (the comment gives its source): the edges it states and the edges a
careless reading would give (`absent`).
"""

from __future__ import annotations

import pytest

from ingest import extract

Edge = tuple[str, str, str]

_DECISION = "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 676/QĐ-UBND\nQUYẾT ĐỊNH\n"


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # two circulars joined by "và" before one amending subject: both amend
        # (hethongphapluat.com/quyet-dinh-676-qd-ubnd-nam-2022-phe-duyet-ke-hoach-phong-chong-
        # dich-benh-dong-vat-tren-can-va-thuy-san-tren-dia-ban-tinh-gia-lai-nam-2023.html;
        # dev zz4-gialai-676-qd-ubnd-2022-reused-number-amends-circulars)
        (_DECISION + "Căn cứ các Thông tư của Bộ Nông nghiệp và PTNT: Thông tư số "
         "04/2016/TT-BNNPTNT ngày 10/5/2016 quy định về phòng, chống dịch bệnh động vật thủy "
         "sản; Thông tư số 07/2016/TT-BNNPTNT ngày 31/5/2016 quy định về phòng, chống dịch bệnh "
         "động vật trên cạn; Thông tư số 24/2019/TT- BNNPTNT ngày 24/12/2019 và Thông tư số "
         "09/2021/TT-BNNPTNT ngày 12/8/2021 sửa đổi, bổ sung một số điều của Thông tư số "
         "07/2016/TT-BNNPTNT;\n",
         {("24/2019/TT-BNNPTNT", "AMENDS", "07/2016/TT-BNNPTNT"),
          ("09/2021/TT-BNNPTNT", "AMENDS", "07/2016/TT-BNNPTNT")},
         # (control: the circular before the semicolon has its own subject)
         {("04/2016/TT-BNNPTNT", "AMENDS", "07/2016/TT-BNNPTNT")}),
        # the same in a consolidated text's quoted bases (github:hrmaster1982-dev/phapluat-8chude-
        # data docs/bhxh/van-ban-hop-nhat-so-464-vbhn-bldtbxh-44174, 464/VBHN-BLĐTBXH)
        ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 464/VBHN-BLĐTBXH\nTHÔNG TƯ\n"
         "Căn cứ Nghị định số 53/2013/NĐ-CP ngày 18 tháng 5 năm 2013 của Chính phủ về thành\n"
         "lập, tổ chức và hoạt động của Công ty Quản lý tài sản của các tổ chức tín dụng Việt "
         "Nam; Nghị\nđịnh số 34/2015/NĐ-CP ngày 31 tháng 3 năm 2015 và Nghị định số "
         "18/2016/NĐ-CP ngày 18\ntháng 3 năm 2016 của Chính phủ sửa đổi, bổ sung một số điều "
         "của Nghị định số 53/2013/NĐ-\nCP ngày 18 tháng 5 năm 2013 của Chính phủ về thành lập, "
         "tổ chức và hoạt động của Công ty\nQuản lý tài sản của các tổ chức tín dụng Việt Nam;\n",
         {("34/2015/NĐ-CP", "AMENDS", "53/2013/NĐ-CP"),
          ("18/2016/NĐ-CP", "AMENDS", "53/2013/NĐ-CP")},
         set()),
        # (control: a decree joined to a guiding circular is of another kind; the circular's
        # subject is its own, github:hrmaster1982-dev/phapluat-8chude-data docs/thue_tncn/
        # thong-tu-so-11-2026-tt-btc-468949, 11/2026/TT-BTC)
        ("BỘ TÀI CHÍNH\nSố: 11/2026/TT-BTC\nTHÔNG TƯ\n"
         "Căn cứ Nghị định số 123/2020/NĐ-CP ngày 19 tháng\n10 năm 2020 của Chính phủ quy định "
         "về hóa đơn, chứng từ, được sửa đổi, bổ sung\nbởi Nghị định số 70/2025/NĐ-CP và Thông "
         "tư số 32/2025/TT-BTC ngày 31 tháng\n5 năm 2025 của Bộ trưởng Bộ Tài chính hướng dẫn "
         "thực hiện một số điều của Luật\nQuản lý thuế ngày 13 tháng 6 năm 2019, Nghị định số "
         "123/2020/NĐ-CP ngày 19\ntháng 10 năm 2020 của Chính phủ quy định về hóa đơn, chứng "
         "từ;\n",
         set(),
         {("70/2025/NĐ-CP", "GUIDES", "123/2020/NĐ-CP")}),
        # a decree named after a detailing subject, of the amending decree's own kind and
        # issuer, is the amended decree's sibling, not what it details
        # (thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-60-2025-QD-UBND-bien-phap-
        # thi-hanh-noi-dung-xay-dung-van-ban-quy-pham-phap-luat-Lang-Son-669915.aspx; dev
        # zd-tvpl-60-2025-qd-ubnd-lang-son-vbqppl)
        ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 60/2025/QĐ-UBND\nQUYẾT ĐỊNH\n"
         "Căn cứ Nghị định số\n187/2025/NĐ-CP ngày 01 tháng 7 năm 2025 của Chính phủ sửa đổi, "
         "bổ sung một số\nđiều của Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính "
         "phủ Quy\nđịnh chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban"
         "\nhành văn bản quy phạm pháp luật và Nghị định số 79/2025/NĐ-CP ngày 01 tháng 4\nnăm "
         "2025 của Chính phủ về kiểm tra, rà soát, hệ thống hóa và xử lý văn bản quy\nphạm pháp "
         "luật;\n",
         {("187/2025/NĐ-CP", "AMENDS", "78/2025/NĐ-CP"),
          ("187/2025/NĐ-CP", "AMENDS", "79/2025/NĐ-CP")},
         {("187/2025/NĐ-CP", "GUIDES", "79/2025/NĐ-CP")}),
        # the same in an English translation (vanbanphapluat.co/decision-no-08-2013-qd-ubnd-
        # compensation-assistance-and-resettlement-when-the-state-recovers-land; dev
        # zz22-en-vbpl-quangngai-08-2013-qd-ubnd-resettlement)
        ("QUANG NGAI PROVINCIAL PEOPLE'S COMMITTEE\nNo. 08/2013/QD-UBND\nDECISION\n"
         "Pursuant to the Government’s Decree No. 17/2006/ND-CP dated January 27, 2006, on "
         "amending and supplementing a number of articles of the Decrees guiding the "
         "implementation of the Land Law and Decree No. 187/2004/ND-CP on transformation of "
         "state companies into joint-stock companies;\n",
         {("17/2006/NĐ-CP", "AMENDS", "187/2004/NĐ-CP")},
         {("17/2006/NĐ-CP", "GUIDES", "187/2004/NĐ-CP")}),
        # (control: a circular detailing a decree inside an amending circular's subject still
        # guides it, of another kind; hethongphapluat.com/ke-hoach-142-kh-ubnd-nam-2019-…, dev
        # zz12-sonla-142-kh-ubnd-2019-chuyen-doi-lua)
        ("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 142/KH-UBND\nKẾ HOẠCH\n"
         "Căn cứ Thông tư số 18/2016/TT-BTC ngày 21/01/2016 của Bộ Tài chính hướng dẫn thực "
         "hiện một số điều của Nghị định 35/2015/NĐ-CP ngày 13/4/2015 của Chính phủ quy định về "
         "quản lý, sử dụng đất trồng lúa;\n",
         {("18/2016/TT-BTC", "GUIDES", "35/2015/NĐ-CP")},
         {("18/2016/TT-BTC", "AMENDS", "35/2015/NĐ-CP")}),
        # norms issued with a circular are a part of it: amending them amends the circular
        # (28/2016/TT-BGTVT's title, vanban.chinhphu.vn's list; dev
        # p-chinhphu-vanban-list-same-date-28-2016-amends-76-2014)
        ("BỘ GIAO THÔNG VẬN TẢI\nSố: 28/2016/TT-BGTVT\nTHÔNG TƯ\nSửa đổi, bổ sung một số nội "
         "dung của Định mức kinh tế - kỹ thuật quản lý, vận hành đèn biển ban hành kèm theo "
         "Thông tư số 76/2014/TT-BGTVT ngày 19 tháng 12 năm 2014 của Bộ trưởng Bộ Giao thông "
         "vận tải\n",
         {("HOST", "AMENDS", "76/2014/TT-BGTVT")},
         {("HOST", "ATTACHED_TO", "76/2014/TT-BGTVT")}),
    ],
)
def test_joined_texts_share_the_act_their_subject_states(
    text: str, expected: set[Edge], absent: set[Edge]
) -> None:
    found = {(r.source, r.type.value, r.target) for r in extract(text).relations}
    assert expected <= found, f"missing {sorted(expected - found)}"
    assert not absent & found, f"stated wrongly {sorted(absent & found)}"


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the colon after "bởi" runs on to the acting text on the same line (a district's draft
        # decision on a cemetery's rules, Tiến Lộc, Thanh Hóa; dev
        # zz27-thanhhoa-tien-loc-du-thao-qd-quy-che-nghia-trang; the colon that ends its line,
        # opening a consolidated text's list, stays a break: the 82 such leads of
        # /work/realcorpus read as before)
        ("ỦY BAN NHÂN DÂN\nXÃ TIẾN LỘC\nSố: 12/2024/QĐ-UBND\nQUYẾT ĐỊNH\nCăn cứ Nghị định số "
         "23/2016/NĐ-CP ngày 05 tháng 4 năm 2016 về xây dựng, quản lý, sử dụng nghĩa trang và cơ "
         "sở hỏa táng, có hiệu lực kể từ ngày 27 tháng 5 năm 2016, được sửa đổi, bổ sung bởi:Nghị "
         "định số 98/2019/NĐ-CP ngày 27 tháng 12 năm 2019 về sửa đổi, bổ sung một số điều của các "
         "Nghị định thuộc lĩnh vực hạ tầng kỹ thuật, có hiệu lực kể từ ngày 15 tháng 02 năm "
         "2020.\n",
         {("98/2019/NĐ-CP", "AMENDS", "23/2016/NĐ-CP"), ("HOST", "BASED_ON", "98/2019/NĐ-CP")},
         {("HOST", "CITES", "98/2019/NĐ-CP")}),
    ],
)
def test_a_passives_colon_on_the_same_line_runs_on(
    text: str, expected: set[Edge], absent: set[Edge]
) -> None:
    found = {(r.source, r.type.value, r.target) for r in extract(text).relations}
    assert expected <= found, f"missing {sorted(expected - found)}"
    assert not absent & found, f"stated wrongly {sorted(absent & found)}"


def test_a_bracket_under_a_title_that_guides_rules_places_the_rules() -> None:
    # the title guides rules; the bracket under it names the decision that issued them
    # (asianlii.org/vie/vn/legis/laws/hdthqcqlvsdnvtcctcpcpnn591, 04/1999/TTLT-BKH-BTC; dev
    # zy-asianlii-04-1999-ttlt-bkh-btc-guides-28-1999-qd-ttg-quy-che). A guidance a decision
    # issues is that decision's annex: the rule reads only under a circular's or a decree's
    # type line
    text = (
        "BỘ KẾ HOẠCH VÀ ĐẦU TƯ - BỘ TÀI CHÍNH\nSố: 04/1999/TTLT-BKH-BTC\n"
        "Hà Nội, ngày 01 tháng 11 năm 1999\n\nTHÔNG TƯ LIÊN TỊCH\n\nHướng dẫn thực hiện Quy chế "
        "Quản lý và sử dụng nguồnviện trợ của các tổ chức phi Chính phủ nước ngoài\n\n(Ban hành "
        "kèm theo Quyết định số 28/1999/QĐ-TTg ngày23/2/1999 của Thủ tướng Chính phủ)\n\n"
        "Ngày23 tháng 2 năm 1999, Thủ tướng Chính phủ đã ký Quyết định số 28/1999/QĐ-TTg banhành "
        "Quy chế Quản lý và sử dụng viện trợ của các tổ chức phi Chính phủ nướcngoài.\n"
    )
    found = {(r.source, r.type.value, r.target) for r in extract(text).relations}
    assert ("HOST", "GUIDES", "28/1999/QĐ-TTg") in found
    assert ("HOST", "ATTACHED_TO", "28/1999/QĐ-TTg") not in found
    # (control: the same lines under a guidance's own type line keep the annex reading)
    annex = text.replace("THÔNG TƯ LIÊN TỊCH", "HƯỚNG DẪN")
    found = {(r.source, r.type.value, r.target) for r in extract(annex).relations}
    assert ("HOST", "GUIDES", "28/1999/QĐ-TTg") not in found


def test_a_consolidated_copy_cut_after_its_list_still_reads_the_list() -> None:
    # thuvienphapluat.vn's English copy of 2007/VBHN-BLĐTBXH ends with the lead's list (no
    # authentication block, no bases): each text listed amends the circular consolidated
    # (thuvienphapluat.vn/van-ban/EN/Lao-dong-Tien-luong/Integrated-document-2007-VBHN-BLDTBXH-
    # 2024-Circular-elaborating-some-articles-Law-Vietnamese-guest-workers/611850/tieng-anh.aspx;
    # dev zen-tvpl-2007-vbhn-bldtbxh-guest-workers)
    text = (
        "MINISTRY OF LABOUR - INVALIDS AND SOCIAL AFFAIRS OF VIETNAM\n-------\n\nSOCIALIST "
        "REPUBLIC OF VIETNAM\nIndependence – Freedom – Happiness\n----------------\n\n"
        "No. 2007/VBHN-BLDTBXH\n\nHanoi, May 14, 2024\n\nCIRCULAR\n\nELABORATING SOME ARTICLES "
        "OF LAW ON VIETNAMESE GUEST WORKERS\n\nCircular No. 21/2021/TT-BLDTBXH dated December "
        "15, 2021 of the Minister of Labour - Invalids and Social Affairs on elaboration of some "
        "Articles of the Law on Vietnamese Guest Workers, which comes into force from February "
        "01, 2022 is amended by:\n\n1. Circular No. 08/2023/TT-BLDTBXH dated August 29, 2023 of "
        "the Minister of Labour - Invalids and Social Affairs on amendments to and annulment of "
        "some articles of Circulars and Joint Circulars on submission and presentation of paper "
        "household registration books, which comes into force from October 12, 2023.\n\n2. "
        "Circular No. 02/2024/TT-BLDTBXH dated February 23, 2024 of the Minister of Labour - "
        "Invalids and Social Affairs on amendments to some Articles of the Circular No. "
        "21/2021/TT-BLDTBXH dated December 15, 2021 of the Minister of Labour - Invalids and "
        "Social Affairs on elaboration of some Articles of the Law on Vietnamese Guest Workers, "
        "which comes into force from May 15, 2024.\n"
    )
    found = {(r.source, r.type.value, r.target) for r in extract(text).relations}
    assert {("08/2023/TT-BLĐTBXH", "AMENDS", "21/2021/TT-BLĐTBXH"),
            ("02/2024/TT-BLĐTBXH", "AMENDS", "21/2021/TT-BLĐTBXH"),
            ("HOST", "CONSOLIDATES", "08/2023/TT-BLĐTBXH")} <= found  # fmt: skip
    assert ("HOST", "CITES", "08/2023/TT-BLĐTBXH") not in found
