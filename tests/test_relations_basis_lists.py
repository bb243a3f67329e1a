"""Basis clauses the relations stage used to miss (helper basis2, 2026-12-07): a basis list's
later lines without "Căn cứ", "… và văn bản số …" joins, the amender or consolidation of a
basis named without a number, a copy's dropped "cứ"; each with a control where the rule must
not fire. Real texts, trimmed; the source of each in the comment above it."""

from __future__ import annotations

import pytest

from ingest.extract import extract
from ingest.models import HOST
from ingest.relations import RelationType

BASED, CITES = RelationType.BASED_ON, RelationType.CITES

_HEAD_QD = (
    "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n\nSố: 189/QĐ-UBND\n\nBắc Kạn, ngày 31 tháng 10 năm 2013\n\n"
    "QUYẾT ĐỊNH\n\nVỀ VIỆC BAN HÀNH PHƯƠNG ÁN PHÒNG CHÁY, CHỮA CHÁY RỪNG MÙA KHÔ NĂM 2013 - 2014"
    "\n\nỦY BAN NHÂN DÂN TỈNH BẮC KẠN\n\n"
)
_HEAD_KH = (
    "BỘ GIAO THÔNG VẬN TẢI\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - "
    "Hạnh phúc\n---------------\n\nSố: 784/KH-BGTVT\n\nHà Nội, ngày 20 tháng 01 năm 2017\n\n"
    "KẾ HOẠCH HÀNH ĐỘNG\n\n“Năm An toàn giao thông - 2017”\n\n"
)

CASES = [
    # https://luatminhkhue.vn/quyet-dinh-189-qd-ubnd-nam-2013-ve-phuong-an-phong-chay--chua-
    # chay-rung-mua-kho-nam-2013---2014-tinh-bac-kan.aspx: the list's lines go on without the
    # cue; "Nghị định: 09/2006/NĐ-CP" (a colon its number follows does not end the list)
    (_HEAD_QD + "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\n\nLuật Bảo vệ và Phát triển "
     "rừng ngày 03/12/2002;\n\nNghị định: 09/2006/NĐ-CP ngày 16/01/2006 của Chính phủ quy định "
     "về công tác phòng cháy, chữa cháy rừng;\n\nXét đề nghị của Sở Nông nghiệp,\n\nQUYẾT ĐỊNH:",
     "09/2006/NĐ-CP", BASED),
    # https://hethongphapluat.com/ke-hoach-784-kh-bgtvt-ve-hanh-dong-nam-an-toan-giao-thong-
    # 2017-do-bo-giao-thong-van-tai-ban-hanh.html: "… và văn bản số …" after a basis's date
    (_HEAD_KH + "Căn cứ Chỉ thị số 18-CT/TW ngày 04 tháng 9 năm 2012 và văn bản số 28-CV/TW ngày "
     "02 tháng 11 năm 2016 của Ban Bí thư Trung ương Đảng về tăng cường sự lãnh đạo của Đảng "
     "đối với công tác bảo đảm trật tự an toàn giao thông;",
     "28-CV/TW", BASED),
    # https://github.com/LaHieu11/baucu-luongminh (HD hiệp thương, MTTQ tỉnh Quảng Ninh, 2025):
    # the amender of a basis named without a number
    ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nTỈNH QUẢNG NINH\nSố: 12/HD-MTTQ-BTT\n\nHƯỚNG DẪN\n"
     "Quy trình hiệp thương\nCăn cứ Hiến pháp nước CHXHCN Việt Nam đã được sửa đổi, bổ sung một"
     " số điều theo Nghị quyết số 203/2025/QH15;\nCăn cứ Luật Bầu cử đại biểu Quốc hội và đại "
     "biểu Hội đồng nhân dân số 85/2015/QH13;\nBan Thường trực hướng dẫn như sau:",
     "203/2025/QH15", BASED),
    # https://123docz.net/document/3056447-kh-nam-giao-duc-vung-kho-khan-2013-2014-xa.htm: a
    # copy that dropped its small words keeps "Căn" before the type word
    ("ỦY BAN NHÂN DÂN XÃ VẦY NƯA CỘNG HÒA XÃ HỘI CHỦ NGHIA VIỆT NAM Độc lập – Tự – Hạnh phúc "
     "KẾ HOẠCH “NĂM GIÁO DỤC VÙNG KHÓ KHĂN” XÃ VẦY NƯA (Ban hành kèm theo Quyết định số "
     "./QĐ-UBND ngày . tháng 11 năm 2013 của Ủy ban nhân dân xã Vầy Nưa) Căn công văn "
     "167/SGD&ĐT-VP ngày 17/01/2013 việc triển khai thực “ Năm giáo dục vùng khó khăn” tỉnh Hòa "
     "Bình; Căn vào công văn số 804/HD-PGD-ĐT ngày 01/11/2013 V/v triển khai thực “Năm Giáo dục "
     "vùng khó khăn” năm học 2013- 2014; . Căn tình hình thực tế Giáo dục của địa phương, Ủy ban "
     "nhân dân xa Vầy Nưa xây dựng Kế hoạch “Năm Giáo dục vùng khó khăn” xa Vầy Nưa. Nội dung cụ"
     " thể sau:",
     "804/HD-PGD-ĐT", BASED),
    # http://hoitruongson.vn/tin-tuc/2137_5113/ke-hoach-to-chuc-cac-hoat-dong-ky-niem-70-nam-
    # ngay-thuong-binh-liet-si-27-7-2017.htm: an item's own line under a basis line ended by "."
    ("HỘI TRUYỀN THỐNG TRƯỜNG SƠN\n\nSố: 12/KH-TWH\n\nKẾ HOẠCH\n\nTổ chức các hoạt động kỷ niệm "
     "70 năm Ngày Thương binh Liệt sỹ\n\n-  Căn cứ chỉ thị số 02/CT-TTg ngày 25/01/2016 của Thủ "
     "tướng Chính phủ về\n\ntăng cường chỉ đạo thực hiện chính sách ưu đãi đối với người có công "
     "với cách mạng.\n\n              -  Kế hoạch số 9799/KH-BQP ngày 7/10/2015 của Bộ Quốc phòng "
     "về tổ chức các hoạt động kỷ niệm 70 năm Ngày Thương binh Liệt sỹ.\n\nHội Truyền thống "
     "Trường Sơn xây dựng kế hoạch như sau:",
     "9799/KH-BQP", BASED),
    # https://truyenhinhcapsongthu.net/top/quyet-dinh-172-2015-qd-ubnd-bac-giang/7z3YOIgueI0LG4wa:
    # the consolidation of a law a basis names is a basis, not the host's act
    (_HEAD_QD + "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\n\nCăn cứ Luật Thi đua, Khen "
     "thưởng hợp nhất tại văn bản số 16/VBHN-VPQH ngày 13/12/2013 của Văn phòng Quốc hội;\n\n"
     "QUYẾT ĐỊNH:",
     "16/VBHN-VPQH", BASED),
    # https://www.scribd.com/document/715754662 (HD kiện toàn Đoàn cấp tỉnh, 2023): the text a
    # basis named without a number stands "theo"
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\nSố: 90-HD/TWĐTN-TC\n\nHƯỚNG DẪN\nQuy trình"
     " kiện toàn\n\n- Căn cứ Quy chế Cán bộ Đoàn TNCS Hồ Chí Minh do Ban Bí thư Trung\nương Đảng "
     "ban hành theo Quyết định số 289-QĐ/TW ngày 08/02/2010;\nBan Bí thư Trung ương Đoàn hướng "
     "dẫn như sau:",
     "289-QĐ/TW", BASED),
]

CONTROLS = [
    # (control) http://xananghiusm.sonla.vnptweb.vn/tin-tuc-su-kien/quyet-dinh-so-01-2024-qd-
    # ubnd-xa-na-nghiu-ban-hanh-quy-che-thuc-hien-dan-chu-760951: an aside "(theo Báo cáo …)"
    # in a basis line cites the report
    ("ỦY BAN NHÂN DÂN XÃ NÀ NGHỊU\nSố: 01/2024/QĐ-UBND\n\nQUYẾT ĐỊNH\nBan hành Quy chế\n\nCăn cứ"
     " kết quả xin ý kiến nhân dân (theo Báo cáo số 147/BC-UBMTTQ ngày 02/02/2024 của Ủy ban Mặt "
     "trận Tổ quốc xã Nà Nghịu).\n\nTheo đề nghị của Ban Dân chủ cơ sở xã Nà Nghịu,\n\n"
     "QUYẾT ĐỊNH:",
     "147/BC-UBMTTQ", BASED),
    # (control) the same Hội Trường Sơn list with its second line opening on the carrying-out
    # cue: not an item of the bases
    ("HỘI TRUYỀN THỐNG TRƯỜNG SƠN\n\nSố: 12/KH-TWH\n\nKẾ HOẠCH\n\nTổ chức các hoạt động kỷ niệm "
     "70 năm Ngày Thương binh Liệt sỹ\n\n-  Căn cứ chỉ thị số 02/CT-TTg ngày 25/01/2016 của Thủ "
     "tướng Chính phủ về tăng cường chỉ đạo thực hiện chính sách ưu đãi.\n\n-  Thực hiện Kế "
     "hoạch số 9799/KH-BQP ngày 7/10/2015 của Bộ Quốc phòng về tổ chức các hoạt động kỷ niệm."
     "\n\nHội Truyền thống Trường Sơn xây dựng kế hoạch như sau:",
     "9799/KH-BQP", BASED),
    # (control) the 784/KH-BGTVT clause opened by the carrying-out cue: "và" joins the next
    # text the plan carries out, no basis
    (_HEAD_KH + "Thực hiện Chỉ thị số 18-CT/TW ngày 04 tháng 9 năm 2012 và văn bản số 28-CV/TW "
     "ngày 02 tháng 11 năm 2016 của Ban Bí thư Trung ương Đảng về tăng cường sự lãnh đạo của "
     "Đảng đối với công tác bảo đảm trật tự an toàn giao thông;",
     "28-CV/TW", BASED),
    # (control) https://english.luatvietnam.vn/decision-no-1554-qd-ttg-dated-september-21-2021-
    # of-the-prime-minister-approving-the-adjustments-to-the-scheme-on-residential-
    # stabilization-and-socio-209724-doc1.html: a translation's plural proposal line ends the
    # bases; the report it names is cited
    ("THE PRIME MINISTER | | THE SOCIALIST REPUBLIC OF VIETNAM Independence - Freedom - "
     "Happiness |\nNo. 1554/QD-TTg | | Hanoi, September 21, 2021 |\nDECISION\nApproving the "
     "adjustments to the Scheme\nPursuant to the June 13, 2019 Law on Public Investment;\n"
     "Pursuant to the Prime Minister’s Decision No. 84/QD-TTg of January 19, 2015, approving "
     "the adjustments to the Scheme on residential stabilization;\nAt the proposals of the "
     "Ministry of Planning and Investment in Report No. 6068/TTr-BKHDT of September 10, 2021,"
     "\nDECIDES:",
     "6068/TTr-BKHĐT", BASED),
    # (control) a body's line "Luật … được sửa đổi, bổ sung theo …" outside a basis line
    (_HEAD_QD + "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. "
     "Thực hiện theo Hiến pháp đã được sửa đổi, bổ sung một số điều theo Nghị quyết số "
     "203/2025/QH15.",
     "203/2025/QH15", BASED),
]


def _edges(text: str) -> set[tuple[str, RelationType, str]]:
    return {(r.source, r.type, r.target) for r in extract(text).relations}


@pytest.mark.parametrize(("text", "target", "kind"), CASES)
def test_a_basis_the_clause_names(text: str, target: str, kind: RelationType) -> None:
    edges = _edges(text)
    assert (HOST, kind, target) in edges
    assert not {e for e in edges if e[0] == HOST and e[2] == target and e[1] != kind}


@pytest.mark.parametrize(("text", "target", "kind"), CONTROLS)
def test_not_a_basis(text: str, target: str, kind: RelationType) -> None:
    assert (HOST, kind, target) not in _edges(text)
