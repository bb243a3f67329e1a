"""What real State texts state in their titles, bases, amending and final articles: amends,
replaces, repeals, guides (issue 12, item 4).

Each row is a sentence or clause of one of the 405 real texts of /work/realcorpus (Công báo
copies laid out from github.com/hrmaster1982-dev/phapluat-8chude-data; the comment names the
file under docs/), read after the host's own number line, as vbgraph reads the text. The
expected edges are what the sentence states, labelled before vbgraph's answers were read
(tests/realworld/FORMAT.md: an end or replacement of part of a text is AMENDS, the source is
the text that acts; the host also acts on the texts that amended the one it acts on, as the
project reads "… đã được sửa đổi, bổ sung bởi …"). `absent` holds the edges a careless reader
would give: a repeal of one clause, a form or annex replaced, "hướng dẫn" in a cited text's
title, a text named as background. Rows marked `miss` are known misses, held as strict xfails
with the reason.
"""

from __future__ import annotations

import pytest

from ingest import extract

Edge = tuple[str, str, str]

_ISSUERS = {
    "CP": ("CHÍNH PHỦ", "NGHỊ ĐỊNH"), "TTg": ("THỦ TƯỚNG CHÍNH PHỦ", "QUYẾT ĐỊNH"),
    "BTC": ("BỘ TÀI CHÍNH", "THÔNG TƯ"), "BKHĐT": ("BỘ KẾ HOẠCH VÀ ĐẦU TƯ", "THÔNG TƯ"),
    "BLĐTBXH": ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "THÔNG TƯ"),
    "BNV": ("BỘ NỘI VỤ", "THÔNG TƯ"), "BCA": ("BỘ CÔNG AN", "THÔNG TƯ"),
    "BNNMT": ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "THÔNG TƯ"),
    "BNNPTNT": ("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "THÔNG TƯ"),
    "NHNN": ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "THÔNG TƯ"), "QH15": ("QUỐC HỘI", "LUẬT"),
}  # fmt: skip
_KIND_WORDS = {"NĐ": "NGHỊ ĐỊNH", "NQ": "NGHỊ QUYẾT", "QĐ": "QUYẾT ĐỊNH", "TT": "THÔNG TƯ"}


def _heading(code: str) -> str:
    """The host's own issuer, number and type lines, as its Công báo copy prints them."""
    symbol = code.rsplit("/", 1)[-1]
    kind, _, issuer = symbol.rpartition("-")
    body, word = _ISSUERS[issuer]
    return f"{body}\nSố: {code}\n{_KIND_WORDS.get(kind, word)}\n"


def _row(code: str, text: str, expected: set[Edge], absent: set[Edge], *,
         miss: str | None = None) -> object:  # fmt: skip
    marks = [pytest.mark.xfail(strict=True, reason=f"known miss: {miss}")] if miss else []
    return pytest.param(code, text, expected, absent, marks=marks, id=f"{code}:{text[:24]}")


ROWS = [
    # docs/chinh_sach_dn/nghi-dinh-so-139-2026-nd-cp-469377.txt (139/2026/NĐ-CP)
    _row(
        "139/2026/NĐ-CP",
        "2. Nghị định này thay thế Nghị định số 60/2018/NĐ-CP ngày 20 tháng 4\n"
        "năm 2018 của Chính phủ quy định chi tiết nội dung chế độ báo cáo thống kê\n"
        "cấp quốc gia.",
        {("HOST", "REPLACES", "60/2018/NĐ-CP")},
        set(),
    ),
    # docs/thue_tncn/thong-tu-so-157-2025-tt-btc-468715.txt (157/2025/TT-BTC)
    _row(
        "157/2025/TT-BTC",
        "1. Thông tư này có hiệu lực từ ngày 01/01/2026, thay thế Thông tư số\n"
        "18/2020/TT-BTC ngày 31/3/2020 của Bộ trưởng Bộ Tài chính về việc hướng\n"
        "dẫn đăng ký và sử dụng tài khoản tại Kho bạc Nhà nước trong điều kiện áp dụng\n"
        "hệ thống thông tin quản lý ngân sách và kho bạc (TABMIS) và bãi bỏ Điều 2\n"
        "Thông tư số 41/2025/TT-BTC ngày 16/6/2025 của Bộ trưởng Bộ Tài chính sửa\n"
        "đổi, bổ sung một số điều của Thông tư số 123/2014/TT-BTC ngày 27/8/2014\n"
        "CÔNG BÁO/Số 51/Ngày 23-01-2026\n"
        "109\n"
        "của Bộ trưởng Bộ Tài chính hướng dẫn tổ chức vận hành, khai thác hệ thống\n"
        "thông tin quản lý ngân sách và kho bạc (TABMIS);",
        {
            ("41/2025/TT-BTC", "AMENDS", "123/2014/TT-BTC"),
            ("HOST", "AMENDS", "41/2025/TT-BTC"),
            ("HOST", "REPLACES", "18/2020/TT-BTC"),
        },
        {("HOST", "AMENDS", "123/2014/TT-BTC"), ("HOST", "REPEALS", "41/2025/TT-BTC")},
        miss=(
            "without its article heading the act after 'và' ('… (TABMIS) và bãi bỏ Điều 2 Thông "
            "tư số 41/2025/TT-BTC') stays in the replaced text's subject (test_relations_state "
            "holds the version under 'Điều 15. Hiệu lực thi hành')"
        ),
    ),
    # docs/uu_dai_dt/thong-tu-so-16-2023-tt-bkhdt-41231.txt (16/2023/TT-BKHĐT)
    _row(
        "16/2023/TT-BKHĐT",
        "Điều 2. Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 02 năm 2024,\n"
        "thay thế Thông tư số 07/2020/TT-BKHĐT ngày 30 tháng 9 năm 2020 của Bộ\n"
        "trưởng Bộ Kế hoạch và Đầu tư quy định về công tác bảo vệ bí mật nhà nước thuộc\n"
        "lĩnh vực kế hoạch, đầu tư và thống kê.",
        {("HOST", "REPLACES", "07/2020/TT-BKHĐT")},
        set(),
    ),
    # docs/chinh_sach_dn/nghi-quyet-so-15-2026-nq-cp-469344.txt (15/2026/NQ-CP)
    _row(
        "15/2026/NQ-CP",
        "1. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành và thay thế Nghị\n"
        "quyết số 09/2026/NQ-CP ngày 04 tháng 02 năm 2026 của Chính phủ tạm ngưng hiệu\n"
        "lực và điều chỉnh thời hạn áp dụng Nghị định số 46/2026/NĐ-CP ngày 26 tháng 01\n"
        "năm 2026 và Nghị quyết số 66.13/2026/NQ-CP ngày 27 tháng 01 năm 2026.",
        {("HOST", "REPLACES", "09/2026/NQ-CP")},
        {("HOST", "REPLACES", "46/2026/NĐ-CP"), ("HOST", "SUSPENDS", "46/2026/NĐ-CP")},
        miss=(
            "the suspension in the replaced resolution's subject ('… thay thế Nghị quyết số "
            "09/2026/NQ-CP … tạm ngưng hiệu lực … Nghị định số 46/2026/NĐ-CP') is read as the "
            "host's"
        ),
    ),
    # docs/uu_dai_dt/thong-tu-so-03-2025-tt-bkhdt-44046.txt (03/2025/TT-BKHĐT)
    _row(
        "03/2025/TT-BKHĐT",
        "1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 4 năm 2025 và thay\n"
        "thế Thông tư số 19/2022/TT-BKHĐT ngày 10 tháng 8 năm 2022 của Bộ trưởng Bộ Kế\n"
        "hoạch và Đầu tư quy định Chế độ báo cáo thống kê ngành Kế hoạch, Đầu tư và\n"
        "Thống kê.",
        {("HOST", "REPLACES", "19/2022/TT-BKHĐT")},
        set(),
    ),
    # docs/hd_kinh_te/nghi-dinh-so-191-2026-nd-cp-469672.txt (191/2026/NĐ-CP)
    _row(
        "191/2026/NĐ-CP",
        "Điều 2. Nghị định này có hiệu lực thi hành từ ngày ký ban hành, thay thế\n"
        "Nghị định số 39/2022/NĐ-CP ngày 18 tháng 6 năm 2022 của Chính phủ ban hành\n"
        "Quy chế làm việc của Chính phủ.",
        {("HOST", "REPLACES", "39/2022/NĐ-CP")},
        set(),
    ),
    # docs/uu_dai_dt/thong-tu-so-20-2024-tt-bkhdt-43261.txt (20/2024/TT-BKHĐT)
    _row(
        "20/2024/TT-BKHĐT",
        "1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2025 và thay\n"
        "thế Thông tư số 01/2019/TT-BKHĐT ngày 04 tháng 01 năm 2019 của Bộ trưởng\n"
        "Bộ Kế hoạch và Đầu tư quy định Chế độ báo cáo thống kê ngành Thống kê.",
        {("HOST", "REPLACES", "01/2019/TT-BKHĐT")},
        set(),
    ),
    # docs/chinh_sach_dn/nghi-quyet-so-109-nq-cp-469403.txt (109/NQ-CP)
    _row(
        "109/NQ-CP",
        "1. Nghị quyết này có hiệu lực thi hành kể từ ngày ký và thay thế Nghị quyết số\n"
        "41/NQ-CP ngày 11 tháng 3 năm 2026 của Chính phủ về Chương trình hành động của\n"
        "Chính phủ thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.",
        {("HOST", "REPLACES", "41/NQ-CP")},
        set(),
    ),
    # docs/uu_dai_dt/thong-tu-so-09-2023-tt-bkhdt-40228.txt (09/2023/TT-BKHĐT)
    _row(
        "09/2023/TT-BKHĐT",
        "1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2024 và thay\n"
        "thế Thông tư số 05/2017/TT-BKHĐT ngày 30 tháng 11 năm 2017 của Bộ trưởng Bộ\n"
        "Kế hoạch và Đầu tư quy định hệ thống chỉ tiêu thống kê ngành Kế hoạch, Đầu tư và\n"
        "Thống kê.",
        {("HOST", "REPLACES", "05/2017/TT-BKHĐT")},
        set(),
    ),
    # docs/bhxh/thong-tu-so-81-2025-tt-bca-46273.txt (81/2025/TT-BCA)
    _row(
        "81/2025/TT-BCA",
        "1. Thông tư này có hiệu lực thi hành kể từ ngày 13 tháng 10 năm 2025 và thay\n"
        "thế Thông tư số 43/2016/TT-BCA ngày 25 tháng 10 năm 2016 của Bộ trưởng Bộ\n"
        "Công an quy định biện pháp thực hiện bảo hiểm y tế đối với sĩ quan, hạ sĩ quan,\n"
        "chiến sĩ Công an nhân dân.",
        {("HOST", "REPLACES", "43/2016/TT-BCA")},
        set(),
    ),
    # docs/thue_tncn/thong-tu-so-39-2026-tt-btc-469256.txt (39/2026/TT-BTC)
    _row(
        "39/2026/TT-BTC",
        "1. Thông tư này có hiệu lực kể từ ngày 01 tháng 4 năm 2026 và thay thế Thông\n"
        "tư số 248/2016/TT-BTC ngày 11 tháng 11 năm 2016 của Bộ trưởng Bộ Tài chính\n"
        "quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí áp dụng tại cảng,\n"
        "bến thủy nội địa.",
        {("HOST", "REPLACES", "248/2016/TT-BTC")},
        set(),
    ),
    # docs/bhxh/quyet-dinh-so-798-qd-ttg-469485.txt (798/QĐ-TTg)
    _row(
        "798/QĐ-TTg",
        "Điều 6. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết\n"
        "định số 1480/QĐ-TTg ngày 03 tháng 7 năm 2025 của Thủ tướng Chính phủ kiện\n"
        "toàn Ban Chỉ đạo Trung ương về cải cách chính sách tiền lương, bảo hiểm xã hội\n"
        "và ưu đãi người có công.",
        {("HOST", "REPLACES", "1480/QĐ-TTg")},
        set(),
    ),
    # docs/bhxh/thong-tu-so-86-2025-tt-bca-46332.txt (86/2025/TT-BCA)
    _row(
        "86/2025/TT-BCA",
        "1. Thông tư này có hiệu lực kể từ ngày 13 tháng 10 năm 2025 và thay thế\n"
        "Thông tư 57/2019/TT-BCA ngày 11 tháng 11 năm 2019 của Bộ trưởng Bộ Công\n"
        "an hướng dẫn thực hiện bảo hiểm y tế đối với người lao động, học sinh, sinh viên\n"
        "và thân nhân của cán bộ, chiến sĩ, công nhân công an đang phục vụ, công tác trong\n"
        "Công an nhân dân.",
        {("HOST", "REPLACES", "57/2019/TT-BCA")},
        set(),
    ),
    # docs/thue_tncn/thong-tu-so-18-2026-tt-btc-469080.txt (18/2026/TT-BTC)
    _row(
        "18/2026/TT-BTC",
        "2. Thông tư này thay thế Thông tư số 40/2021/TT-BTC ngày 01 tháng 6\n"
        "năm 2021 của Bộ trưởng Bộ Tài chính hướng dẫn thuế giá trị gia tăng, thuế thu\n"
        "nhập cá nhân và quản lý thuế đối với hộ kinh doanh, cá nhân kinh doanh; Thông\n"
        "tư số 100/2021/TT-BTC ngày 15 tháng 11 năm 2021 của Bộ trưởng Bộ Tài chính\n"
        "sửa đổi, bổ sung một số điều của Thông tư số 40/2021/TT-BTC ngày 01/6/2021\n"
        "hướng dẫn thuế giá trị gia tăng, thuế thu nhập cá nhân và quản lý thuế đối với hộ\n"
        "kinh doanh, cá nhân kinh doanh.",
        {
            ("100/2021/TT-BTC", "AMENDS", "40/2021/TT-BTC"),
            ("HOST", "REPLACES", "100/2021/TT-BTC"),
            ("HOST", "REPLACES", "40/2021/TT-BTC"),
        },
        set(),
    ),
    # docs/thue_tncn/thong-tu-so-38-2026-tt-btc-469387.txt (38/2026/TT-BTC)
    # content of a text replaced: amends
    _row(
        "38/2026/TT-BTC",
        "1. Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 4 năm 2026 và thay\n"
        "thế nội dung về đầu tư ra nước ngoài quy định tại Thông tư số 03/2021/TT-\n"
        "BKHĐT ngày 09 tháng 4 năm 2021 của Bộ trưởng Bộ Kế hoạch và Đầu tư quy\n"
        "định mẫu văn bản, báo cáo liên quan đến hoạt động đầu tư tại Việt Nam, đầu tư\n"
        "từ Việt Nam ra nước ngoài và xúc tiến đầu tư; Thông tư số 25/2023/TT-BKHĐT\n"
        "ngày 31 tháng 12 năm 2023 của Bộ trưởng Bộ Kế hoạch và Đầu tư sửa đổi, bổ\n"
        "sung một số điều của Thông tư số 03/2021/TT-BKHĐT và Phụ lục I của Thông\n"
        "tư số 31/2026/TT-BTC ngày 27 tháng 3 năm 2026 của Bộ Tài chính quy định về\n"
        "phân cấp thực hiện một số nhiệm vụ, quyền hạn trong lĩnh vực quản lý nhà nước\n"
        "của Bộ Tài chính.",
        {
            ("25/2023/TT-BKHĐT", "AMENDS", "03/2021/TT-BKHĐT"),
            ("HOST", "AMENDS", "03/2021/TT-BKHĐT"),
        },
        {("HOST", "REPLACES", "03/2021/TT-BKHĐT")},
    ),
    # docs/chinh_sach_dn/thong-tu-so-22-2026-tt-bnnmt-469587.txt (22/2026/TT-BNNMT)
    _row(
        "22/2026/TT-BNNMT",
        "3. Thay thế Mẫu số 8 ban hành kèm theo Thông tư số 04/2018/TT-\n"
        "BNNPTNT bằng Mẫu số 8 Phụ lục III kèm theo Thông tư này.",
        {("HOST", "AMENDS", "04/2018/TT-BNNPTNT")},
        {("HOST", "REPLACES", "04/2018/TT-BNNPTNT")},
    ),
    # docs/thue_tncn/thong-tu-so-06-2026-tt-btc-468899.txt (06/2026/TT-BTC)
    _row(
        "06/2026/TT-BTC",
        "4. Thay thế cụm từ “Cục Hải quan tỉnh, thành phố” bằng cụm từ “Chi cục\n"
        "Hải quan khu vực” tại điểm e khoản 3 Điều 10 Thông tư số 13/2015/TT-BTC.",
        {("HOST", "AMENDS", "13/2015/TT-BTC")},
        {("HOST", "REPLACES", "13/2015/TT-BTC")},
    ),
    # docs/hdld/thong-tu-so-02-2022-tt-bldtbxh-37042.txt (02/2022/TT-BLĐTBXH)
    _row(
        "02/2022/TT-BLĐTBXH",
        "2. Thay thế Phụ lục IV Thông tư số 07/2021/TT-BLĐTBXH bằng Phụ lục IV\n"
        "ban hành kèm theo Thông tư này.",
        {("HOST", "AMENDS", "07/2021/TT-BLĐTBXH")},
        {("HOST", "REPLACES", "07/2021/TT-BLĐTBXH")},
    ),
    # docs/thue_tncn/thong-tu-so-25-2026-tt-btc-469238.txt (25/2026/TT-BTC)
    _row(
        "25/2026/TT-BTC",
        "6. Thay thế Mẫu số 06A, Mẫu số 06B, Mẫu số 07C, ban hành kèm theo\n"
        "Thông tư số 22/2019/TT-BTC bằng Mẫu số 06A, Mẫu số 06B, Mẫu số 07C ban\n"
        "hành kèm theo Thông tư này.",
        {("HOST", "AMENDS", "22/2019/TT-BTC")},
        {("HOST", "REPLACES", "22/2019/TT-BTC")},
    ),
    # docs/uu_dai_dt/thong-tu-so-21-2023-tt-bkhdt-41015.txt (21/2023/TT-BKHĐT)
    _row(
        "21/2023/TT-BKHĐT",
        "4. Thay thế tiểu mục b mục 12 Phụ lục IV ban hành kèm theo Thông tư số\n"
        "08/2019/TT-BKHĐT tương ứng bằng Phụ lục II ban hành kèm theo Thông tư này.",
        {("HOST", "AMENDS", "08/2019/TT-BKHĐT")},
        {("HOST", "REPLACES", "08/2019/TT-BKHĐT")},
    ),
    # docs/chinh_sach_dn/thong-tu-so-17-2026-tt-nhnn-469613.txt (17/2026/TT-NHNN)
    _row(
        "17/2026/TT-NHNN",
        "4. Thay thế Phụ lục số 1, Phụ lục số 2, Phụ lục số 3, Phụ lục số 4, Phụ lục\n"
        "số 5, Phụ lục số 6, Phụ lục số 7 ban hành kèm theo Thông tư số 37/2013/TT-\n"
        "NHNN bằng Phụ lục số 1, Phụ lục số 2, Phụ lục số 3, Phụ lục số 4, Phụ lục số 5,\n"
        "Phụ lục số 6, Phụ lục số 7 thuộc Phụ lục II ban hành kèm theo Thông tư này.",
        {("HOST", "AMENDS", "37/2013/TT-NHNN")},
        {("HOST", "REPLACES", "37/2013/TT-NHNN")},
    ),
    # docs/hd_kinh_te/nghi-dinh-so-152-2026-nd-cp-469524.txt (152/2026/NĐ-CP)
    _row(
        "152/2026/NĐ-CP",
        "2. Thay thế biểu số 004.N/BCB-TP và biểu số 005.N/BCB-TP tại Phụ\n"
        "lục II ban hành kèm theo Nghị định số 139/2026/NĐ-CP ngày 07 tháng 4\n"
        "năm 2026 của Chính phủ quy định chi tiết nội dung chế độ báo cáo thống kê\n"
        "cấp quốc gia bằng biểu số 004.N/BCB-TP và biểu số 005.N/BCB-TP tại Phụ\n"
        "lục ban hành kèm theo Nghị định này.",
        {("HOST", "AMENDS", "139/2026/NĐ-CP")},
        {("HOST", "REPLACES", "139/2026/NĐ-CP")},
        miss=(
            "the statistical forms' numbers ('biểu số 004.N/BCB-TP') read as references; the act "
            "stands before them"
        ),
    ),
    # docs/hdld/thong-tu-so-95-2025-tt-btc-46745.txt (95/2025/TT-BTC)
    _row(
        "95/2025/TT-BTC",
        "1. Thay thế cụm từ “Lao động - Thương binh và Xã hội” bằng cụm từ “Nội\n"
        "vụ” tại Thông tư số 44/2022/TT-BTC, trừ cụm từ “Bộ Lao động - Thương binh và\n"
        "Xã hội” quy định tại khoản 4 Điều 7 Thông tư số 44/2022/TT-BTC; thay thế cụm\n"
        "từ “cơ quan Lao động - Thương binh và Xã hội” bằng cụm từ “cơ quan Nội vụ\n"
        "hoặc cơ quan được giao quản lý và sử dụng kinh phí người có công với cách\n"
        "mạng” tại khoản 3 Điều 8 Thông tư số 44/2022/TT-BTC.",
        {("HOST", "AMENDS", "44/2022/TT-BTC")},
        {("HOST", "REPLACES", "44/2022/TT-BTC")},
    ),
    # docs/thue_tncn/thong-tu-so-45-2026-tt-btc-469477.txt (45/2026/TT-BTC)
    # a phrase naming a decree replaced in the host's target: the decree itself untouched
    _row(
        "45/2026/TT-BTC",
        "5. Thay thế cụm từ “Nghị định số 29/2018/NĐ-CP ngày 05 tháng 3 năm\n"
        "2018 của Chính phủ quy định trình tự, thủ tục xác lập quyền sở hữu toàn dân về\n"
        "tài sản và xử lý đối với tài sản được xác lập quyền sở hữu toàn dân” bằng cụm từ\n"
        "“Nghị định số 77/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy\n"
        "định thẩm quyền, thủ tục xác lập quyền sở hữu toàn dân về tài sản và xử lý đối\n"
        "với tài sản được xác lập quyền sở hữu toàn dân được sửa đổi, bổ sung một số điều\n"
        "CÔNG BÁO/Số 279/Ngày 18-05-2026\n"
        "106\n"
        "bởi Nghị định số 286/2025/NĐ-CP ngày 03 tháng 11 năm 2025 của Chính phủ\n"
        "sửa đổi, bổ sung một số điều của các Nghị định trong lĩnh vực quản lý, sử dụng\n"
        "tài sản công” tại khoản 1 Điều 10.",
        {("286/2025/NĐ-CP", "AMENDS", "77/2025/NĐ-CP")},
        {
            ("HOST", "AMENDS", "29/2018/NĐ-CP"),
            ("HOST", "REPLACES", "29/2018/NĐ-CP"),
            ("HOST", "REPLACES", "77/2025/NĐ-CP"),
        },
    ),
    # docs/hdld/thong-tu-so-02-2024-tt-bldtbxh-41394.txt (02/2024/TT-BLĐTBXH)
    _row(
        "02/2024/TT-BLĐTBXH",
        "1. Thay thế: Phụ lục II, Phụ lục III, Phụ lục IV, Phụ lục V, Phụ lục VI, Phụ lục VII,\n"
        "Phụ lục VIII, Phụ lục IX, Phụ lục X và Phụ lục XI ban hành kèm theo Thông tư\n"
        "số 21/2021/TT-BLĐTBXH tương ứng bằng các Phụ lục II, Phụ lục III, Phụ lục IV,\n"
        "Phụ lục V, Phụ lục VI, Phụ lục VII, Phụ lục VIII, Phụ lục IX, Phụ lục X và Phụ lục XI\n"
        "ban hành kèm theo Thông tư này;",
        {("HOST", "AMENDS", "21/2021/TT-BLĐTBXH")},
        {("HOST", "REPLACES", "21/2021/TT-BLĐTBXH")},
    ),
    # docs/chinh_sach_dn/nghi-dinh-so-182-2026-nd-cp-469623.txt (182/2026/NĐ-CP)
    _row(
        "182/2026/NĐ-CP",
        "5. Bãi bỏ Quyết định số 244/2005/QĐ-TTg ngày 06 tháng 10 năm 2005\n"
        "của Thủ tướng Chính phủ về chế độ phụ cấp ưu đãi theo nghề đối với nhà giáo\n"
        "đang trực tiếp giảng dạy trong các cơ sở giáo dục công lập.",
        {("HOST", "REPEALS", "244/2005/QĐ-TTg")},
        set(),
    ),
    # docs/chinh_sach_dn/thong-tu-so-22-2026-tt-bnnmt-469587.txt (22/2026/TT-BNNMT)
    _row(
        "22/2026/TT-BNNMT",
        "2. Bãi bỏ Thông tư số 17/2016/TT-BNNPTNT ngày 24 tháng 6 năm 2016\n"
        "của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn hướng dẫn quản lý các\n"
        "nhiệm vụ bảo vệ môi trường thuộc Bộ Nông nghiệp và Phát triển nông thôn;",
        {("HOST", "REPEALS", "17/2016/TT-BNNPTNT")},
        set(),
    ),
    # docs/hdld/thong-tu-so-09-2026-tt-bnv-469696.txt (09/2026/TT-BNV)
    _row(
        "09/2026/TT-BNV",
        "Bãi bỏ Thông tư số 02/2024/TT-BLĐTBXH ngày 23 tháng 2 năm 2024 của\n"
        "Bộ trưởng Bộ Lao động - Thương binh và Xã hội sửa đổi, bổ sung một số điều của\n"
        "Thông tư số 21/2021/TT-BLĐTBXH ngày 15 tháng 12 năm 2021 của Bộ trưởng\n"
        "Bộ Lao động - Thương binh và Xã hội quy định chi tiết một số điều của Luật Người\n"
        "lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng.",
        {
            ("02/2024/TT-BLĐTBXH", "AMENDS", "21/2021/TT-BLĐTBXH"),
            ("HOST", "REPEALS", "02/2024/TT-BLĐTBXH"),
        },
        {("HOST", "REPEALS", "21/2021/TT-BLĐTBXH")},
    ),
    # docs/thue_tncn/thong-tu-so-28-2026-tt-btc-469231.txt (28/2026/TT-BTC)
    _row(
        "28/2026/TT-BTC",
        "3. Bãi bỏ Thông tư số 62/2023/TT-BTC ngày 03 tháng 10 năm 2023 của\n"
        "Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư số\n"
        "25/2021/TT-BTC ngày 07 tháng 4 năm 2021 của Bộ trưởng Bộ Tài chính quy\n"
        "định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí trong lĩnh vực xuất\n"
        "cảnh, nhập cảnh, quá cảnh, cư trú tại Việt Nam.",
        {("62/2023/TT-BTC", "AMENDS", "25/2021/TT-BTC"), ("HOST", "REPEALS", "62/2023/TT-BTC")},
        {("HOST", "REPEALS", "25/2021/TT-BTC")},
    ),
    # docs/hd_khoan/thong-tu-so-26-2022-tt-bldtbxh-38401.txt (26/2022/TT-BLĐTBXH)
    _row(
        "26/2022/TT-BLĐTBXH",
        "2. Bãi bỏ Thông tư liên tịch số 30/2015/TTLT-BLĐTBXH-BNV ngày 19\n"
        "tháng 8 năm 2015 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội và Bộ\n"
        "trưởng Bộ Nội vụ quy định mã số và tiêu chuẩn chức danh nghề nghiệp viên chức\n"
        "chuyên ngành công tác xã hội.",
        {("HOST", "REPEALS", "30/2015/TTLT-BLĐTBXH-BNV")},
        set(),
    ),
    # docs/uu_dai_dt/thong-tu-so-22-2024-tt-bkhdt-43426.txt (22/2024/TT-BKHĐT)
    _row(
        "22/2024/TT-BKHĐT",
        "2. Kể từ ngày Thông tư này có hiệu lực thi hành, Thông tư số 06/2024/TT-BKHĐT\n"
        "hết hiệu lực thi hành.",
        {("HOST", "REPEALS", "06/2024/TT-BKHĐT")},
        set(),
    ),
    # docs/uu_dai_dt/thong-tu-so-23-2024-tt-bkhdt-44020.txt (23/2024/TT-BKHĐT)
    _row(
        "23/2024/TT-BKHĐT",
        "2. Kể từ ngày Thông tư này có hiệu lực thi hành, Thông tư số 07/2024/TT-BKHĐT\n"
        "hết hiệu lực thi hành.",
        {("HOST", "REPEALS", "07/2024/TT-BKHĐT")},
        set(),
    ),
    # docs/bhxh/thong-tu-so-02-2025-tt-bldtbxh-43964.txt (02/2025/TT-BLĐTBXH)
    _row(
        "02/2025/TT-BLĐTBXH",
        "2. Kể từ ngày Thông tư này có hiệu lực, Thông tư số 15/2019/TT-BLĐTBXH\n"
        "ngày 18/9/2019 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội quy định\n"
        "quy định Chế độ báo cáo thống kê ngành Lao động - Thương binh và Xã hội hết\n"
        "hiệu lực.",
        {("HOST", "REPEALS", "15/2019/TT-BLĐTBXH")},
        set(),
    ),
    # docs/bhxh/nghi-dinh-so-212-2025-nd-cp-45740.txt (212/2025/NĐ-CP)
    # a law whose end is the term of kept provisions: no act on it
    _row(
        "212/2025/NĐ-CP",
        "2. Nghị định số 30/2016/NĐ-CP ngày 28 tháng 4 năm 2016 của Chính phủ quy\n"
        "định chi tiết hoạt động đầu tư từ quỹ bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất\n"
        "nghiệp hết hiệu lực thi hành kể từ ngày Nghị định này có hiệu lực thi hành. Đối với\n"
        "quy định tại điểm đ khoản 1, khoản 2 Điều 4 và Điều 11 Nghị định số\n"
        "30/2016/NĐ-CP tiếp tục thực hiện cho đến khi Luật Việc làm số 38/2013/QH13\n"
        "ngày 16 tháng 11 năm 2013 hết hiệu lực thi hành.",
        {("HOST", "REPEALS", "30/2016/NĐ-CP")},
        {("HOST", "AMENDS", "38/2013/QH13"), ("HOST", "REPEALS", "38/2013/QH13")},
    ),
    # docs/hd_kinh_te/nghi-dinh-so-170-2026-nd-cp-469562.txt (170/2026/NĐ-CP)
    _row(
        "170/2026/NĐ-CP",
        "2. Nghị định số 118/2024/NĐ-CP ngày 30 tháng 9 năm 2024 quy định chi\n"
        "tiết thi hành một số điều của Luật Thi hành án hình sự và Nghị định số\n"
        "09/2023/NĐ-CP ngày 13 tháng 3 năm 2023 quy định chi tiết thi hành Nghị\n"
        "quyết số 54/2022/QH15 ngày 16 tháng 6 năm 2022 của Quốc hội thí điểm mô\n"
        "hình tổ chức hoạt động lao động, hướng nghiệp, dạy nghề cho phạm nhân ngoài\n"
        "trại giam hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.",
        {
            ("09/2023/NĐ-CP", "GUIDES", "54/2022/QH15"),
            ("HOST", "REPEALS", "09/2023/NĐ-CP"),
            ("HOST", "REPEALS", "118/2024/NĐ-CP"),
        },
        {("HOST", "REPEALS", "54/2022/QH15")},
        miss=(
            "the second decree after 'và' is read into the first one's subject (118/2024 GUIDES "
            "09/2023)"
        ),
    ),
    # docs/bhxh/nghi-dinh-so-158-2025-nd-cp-45240.txt (158/2025/NĐ-CP)
    _row(
        "158/2025/NĐ-CP",
        "2. Kể từ ngày Nghị định này có hiệu lực thi hành, các Nghị định của Chính\n"
        "phủ và các điều khoản sau đây hết hiệu lực thi hành:\n"
        "a) Nghị định số 115/2015/NĐ-CP ngày 11 tháng 11 năm 2015 của Chính phủ quy\n"
        "định chi tiết một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc;\n"
        "b) Nghị định số 143/2018/NĐ-CP ngày 15 tháng 10 năm 2018 của Chính phủ\n"
        "quy định chi tiết Luật Bảo hiểm xã hội và Luật An toàn, vệ sinh lao động về bảo\n"
        "hiểm xã hội bắt buộc đối với người lao động là công dân nước ngoài làm việc tại\n"
        "Việt Nam;\n"
        "c) Khoản 2 Điều 3; các khoản 1, 3 Điều 7 và khoản 2 Điều 8 của Nghị định\n"
        "số 135/2020/NĐ-CP ngày 18 tháng 11 năm 2020 của Chính phủ quy định về\n"
        "tuổi nghỉ hưu.",
        {
            ("HOST", "AMENDS", "135/2020/NĐ-CP"),
            ("HOST", "REPEALS", "115/2015/NĐ-CP"),
            ("HOST", "REPEALS", "143/2018/NĐ-CP"),
        },
        {("HOST", "REPEALS", "135/2020/NĐ-CP")},
    ),
    # docs/chinh_sach_dn/nghi-dinh-so-200-2026-nd-cp-469728.txt (200/2026/NĐ-CP)
    _row(
        "200/2026/NĐ-CP",
        "2. Các Nghị định số 153/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của\n"
        "Chính phủ quy định về chào bán, giao dịch trái phiếu doanh nghiệp riêng lẻ tại\n"
        "thị trường trong nước và chào bán trái phiếu doanh nghiệp ra thị trường quốc\n"
        "tế, Nghị định số 65/2022/NĐ-CP ngày 16 tháng 9 năm 2022 sửa đổi, bổ sung\n"
        "một số điều của Nghị định số 153/2020/NĐ-CP và Nghị định số 08/2023/NĐ-\n"
        "CP ngày 05 tháng 3 năm 2023 sửa đổi, bổ sung và ngưng hiệu lực thi hành một\n"
        "số điều tại các Nghị định quy định về chào bán, giao dịch trái phiếu doanh\n"
        "nghiệp riêng lẻ tại thị trường trong nước và chào bán trái phiếu doanh nghiệp\n"
        "ra thị trường quốc tế hết hiệu lực thi hành kể từ ngày Nghị định này có hiệu lực\n"
        "thi hành, ngoại trừ các trường hợp quy định tại các khoản 2, 4, 6, 8 và 9 Điều\n"
        "50 Nghị định này.",
        {
            ("65/2022/NĐ-CP", "AMENDS", "153/2020/NĐ-CP"),
            ("HOST", "REPEALS", "08/2023/NĐ-CP"),
            ("HOST", "REPEALS", "153/2020/NĐ-CP"),
            ("HOST", "REPEALS", "65/2022/NĐ-CP"),
        },
        set(),
    ),
    # docs/hd_kinh_te/nghi-dinh-so-147-2026-nd-cp-469496.txt (147/2026/NĐ-CP)
    # the host's own term ends when provisions of a resolution end
    _row(
        "147/2026/NĐ-CP",
        "1. Nghị định này có hiệu lực thi hành kể từ ngày 07 tháng 5 năm 2026 đến\n"
        "ngày các quy định về cơ chế, chính sách đặc thù tháo gỡ khó khăn, vướng mắc\n"
        "cho các dự án tồn đọng, kéo dài quy định tại Nghị quyết số 29/2026/QH16 hết\n"
        "hiệu lực thi hành.",
        set(),
        {("HOST", "REPEALS", "29/2026/QH16")},
    ),
    # docs/hd_kinh_te/nghi-dinh-so-151-2026-nd-cp-469523.txt (151/2026/NĐ-CP)
    # a certificate's force, not a text's
    _row(
        "151/2026/NĐ-CP",
        "4. Giấy chứng nhận kết quả kiểm tra tập sự hành nghề Thừa phát lại được\n"
        "cấp theo quy định của Nghị định số 08/2020/NĐ-CP tiếp tục có hiệu lực sau\n"
        "thời điểm Nghị định này có hiệu lực thi hành. Hết thời hạn 05 năm kể từ ngày\n"
        "Nghị định này có hiệu lực thi hành mà người được cấp giấy chứng nhận kết quả\n"
        "kiểm tra tập sự hành nghề Thừa phát lại không đề nghị bổ nhiệm Thừa hành\n"
        "viên thì giấy chứng nhận hết hiệu lực.",
        set(),
        {("HOST", "AMENDS", "08/2020/NĐ-CP"), ("HOST", "REPEALS", "08/2020/NĐ-CP")},
    ),
    # docs/uu_dai_dt/thong-tu-so-06-2023-tt-bkhdt-40164.txt (06/2023/TT-BKHĐT)
    _row(
        "06/2023/TT-BKHĐT",
        "1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2024. Những\n"
        "chỉ tiêu phân công cho Tổng cục Thống kê chủ trì thu thập quy định tại Thông tư\n"
        "số 05/2017/TT-BKHĐT ngày 30/11/2017 của Bộ trưởng Bộ Kế hoạch và Đầu tư\n"
        "hết hiệu lực kể từ khi Thông tư này có hiệu lực.",
        {("HOST", "AMENDS", "05/2017/TT-BKHĐT")},
        {("HOST", "REPEALS", "05/2017/TT-BKHĐT")},
        miss=(
            "content of a text ended 'kể từ khi Thông tư này có hiệu lực' (not 'kể từ ngày') is "
            "not read"
        ),
    ),
    # docs/cong_doan/thong-tu-so-12-2024-tt-bldtbxh-43233.txt (12/2024/TT-BLĐTBXH)
    _row(
        "12/2024/TT-BLĐTBXH",
        "3. Bãi bỏ khoản 4 Điều 5 Thông tư số 34/2016/TT-BLĐTBXH.",
        {("HOST", "AMENDS", "34/2016/TT-BLĐTBXH")},
        {("HOST", "REPEALS", "34/2016/TT-BLĐTBXH")},
    ),
    # docs/hdld/thong-tu-so-18-2021-tt-bnnptnt-36440.txt (18/2021/TT-BNNPTNT)
    _row(
        "18/2021/TT-BNNPTNT",
        "1. Bãi bỏ Điều 3, Điều 4 Thông tư số 22/2011/TT-BNNPTNT ngày 06/4/2011\n"
        "của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn sửa đổi, bổ sung một số\n"
        "quy định về thủ tục hành chính trong lĩnh vực kinh tế hợp tác và phát triển nông\n"
        "thôn, thi đua khen thưởng, quản lý đề tài khoa học theo Nghị quyết số 57/NQ-CP\n"
        "ngày 15/12/2010.",
        {("HOST", "AMENDS", "22/2011/TT-BNNPTNT")},
        {("22/2011/TT-BNNPTNT", "AMENDS", "57/NQ-CP"), ("HOST", "REPEALS", "22/2011/TT-BNNPTNT")},
    ),
    # docs/uu_dai_dt/thong-tu-so-09-2024-tt-bkhdt-41965.txt (09/2024/TT-BKHĐT)
    _row(
        "09/2024/TT-BKHĐT",
        "3. Bãi bỏ Điều 5 và Mục V Phụ lục của Thông tư số 09/2019/TT-BKHĐT\n"
        "ngày 29 tháng 7 năm 2019 của Bộ trưởng Bộ Kế hoạch và Đầu tư về sửa đổi,\n"
        "bổ sung, bãi bỏ một số điều khoản của các thông tư liên quan đến chế độ báo\n"
        "cáo định kỳ thuộc phạm vi quản lý nhà nước và hệ thống thông tin báo cáo của\n"
        "Bộ Kế hoạch và Đầu tư.",
        {("HOST", "AMENDS", "09/2019/TT-BKHĐT")},
        {("HOST", "REPEALS", "09/2019/TT-BKHĐT")},
    ),
    # docs/hd_khoan/thong-tu-so-14-2021-tt-bldtbxh-34755.txt (14/2021/TT-BLĐTBXH)
    _row(
        "14/2021/TT-BLĐTBXH",
        "3. Bãi bỏ Điều 2 Thông tư số 18/2018/TT-BLĐTBXH ngày 30 tháng 10 năm 2018\n"
        "của Bộ trưởng Bộ Lao động - Thương binh và Xã hội sửa đổi, bổ sung một số điều\n"
        "của các thông tư liên quan đến thủ tục hành chính thuộc phạm vi chức năng quản\n"
        "lý nhà nước của Bộ Lao động - Thương binh và Xã hội.",
        {("HOST", "AMENDS", "18/2018/TT-BLĐTBXH")},
        {("HOST", "REPEALS", "18/2018/TT-BLĐTBXH")},
    ),
    # docs/chinh_sach_dn/nghi-dinh-so-128-2026-nd-cp-469347.txt (128/2026/NĐ-CP)
    _row(
        "128/2026/NĐ-CP",
        "2. Bãi bỏ Điều 32 Nghị định số 125/2025/NĐ-CP ngày 11 tháng 6 năm\n"
        "2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa\n"
        "phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tài chính.",
        {("HOST", "AMENDS", "125/2025/NĐ-CP")},
        {("HOST", "REPEALS", "125/2025/NĐ-CP")},
    ),
    # docs/thue_tncn/thong-tu-so-21-2026-tt-btc-469148.txt (21/2026/TT-BTC)
    _row(
        "21/2026/TT-BTC",
        "4. Bãi bỏ Điều 60 Thông tư số 80/2021/TT-BTC.",
        {("HOST", "AMENDS", "80/2021/TT-BTC")},
        {("HOST", "REPEALS", "80/2021/TT-BTC")},
    ),
    # docs/cong_doan/thong-tu-so-15-2023-tt-bldtbxh-40971.txt (15/2023/TT-BLĐTBXH)
    _row(
        "15/2023/TT-BLĐTBXH",
        "8. Bãi bỏ khoản 2 Điều 10 của Thông tư số 28/2015/TT-BLĐTBXH.",
        {("HOST", "AMENDS", "28/2015/TT-BLĐTBXH")},
        {("HOST", "REPEALS", "28/2015/TT-BLĐTBXH")},
    ),
    # docs/hd_kinh_te/nghi-dinh-so-151-2026-nd-cp-469523.txt (151/2026/NĐ-CP)
    _row(
        "151/2026/NĐ-CP",
        "3. Bãi bỏ Điều 10 của Nghị định số 18/2026/NĐ-CP ngày 14 tháng 01 năm\n"
        "2026 của Chính phủ sửa đổi, bổ sung một số nghị định để cắt giảm, đơn giản\n"
        "hóa thủ tục hành chính, điều kiện kinh doanh thuộc phạm vi quản lý của Bộ Tư\n"
        "pháp; các Điều 27, 28, 29 và 30 của Nghị định số 121/2025/NĐ-CP ngày 11\n"
        "tháng 6 năm 2025 của Chính phủ quy định về phân quyền, phân cấp trong lĩnh\n"
        "vực quản lý nhà nước của Bộ Tư pháp.",
        {("HOST", "AMENDS", "121/2025/NĐ-CP"), ("HOST", "AMENDS", "18/2026/NĐ-CP")},
        {("HOST", "REPEALS", "121/2025/NĐ-CP"), ("HOST", "REPEALS", "18/2026/NĐ-CP")},
        miss=(
            "parts of a second decree after a semicolon that closes the first one's subject take "
            "no act"
        ),
    ),
    # docs/hd_khoan/thong-tu-so-08-2023-tt-bldtbxh-40176.txt (08/2023/TT-BLĐTBXH)
    _row(
        "08/2023/TT-BLĐTBXH",
        "1. Bãi bỏ các Mẫu số 1A, Mẫu số 1B, Mẫu số 1C, Mẫu số 02, Mẫu số 3A, Mẫu\n"
        "số 3B, Mẫu số 3C, Mẫu số 4A, Mẫu số 4B, Mẫu số 4C, Mẫu số 05 ban hành kèm\n"
        "theo Thông tư liên tịch số 08/2012/TTLT-BLĐTBXH-BNV-BTC ngày 16 tháng 4\n"
        "năm 2012 của Bộ Lao động - Thương binh và Xã hội, Bộ Nội vụ, Bộ Tài chính\n"
        "hướng dẫn thực hiện chế độ trợ cấp đối với thanh niên xung phong đã hoàn thành\n"
        "nhiệm vụ trong kháng chiến theo Quyết định số 40/2011/QĐ-TTg ngày 27 tháng 7\n"
        "năm 2011 của Thủ tướng Chính phủ.",
        {("HOST", "AMENDS", "08/2012/TTLT-BLĐTBXH-BNV-BTC")},
        {
            ("HOST", "REPEALS", "08/2012/TTLT-BLĐTBXH-BNV-BTC"),
            ("HOST", "REPEALS", "40/2011/QĐ-TTg"),
        },
    ),
    # docs/hd_kinh_te/nghi-dinh-so-153-2026-nd-cp-469525.txt (153/2026/NĐ-CP)
    _row(
        "153/2026/NĐ-CP",
        "2. Bãi bỏ cụm từ “Thực hiện đúng yêu cầu phối hợp của cơ quan hải quan”\n"
        "tại điểm b khoản 1 Điều 12 Nghị định số 01/2015/NĐ-CP ngày 02 tháng 01\n"
        "năm 2015 quy định chi tiết phạm vi địa bàn hoạt động hải quan; trách nhiệm\n"
        "phối hợp trong phòng, chống buôn lậu, vận chuyển trái phép hàng hóa qua\n"
        "biên giới.",
        {("HOST", "AMENDS", "01/2015/NĐ-CP")},
        {("HOST", "REPEALS", "01/2015/NĐ-CP")},
    ),
    # docs/cong_doan/thong-tu-so-10-2024-tt-bldtbxh-43067.txt (10/2024/TT-BLĐTBXH)
    _row(
        "10/2024/TT-BLĐTBXH",
        "1. Bãi bỏ Điều 17, Điều 18, Điều 19 và khoản 1 Điều 20 Thông tư số\n"
        "07/2023/TT-BLĐTBXH ngày 28 tháng 8 năm 2023 của Bộ trưởng Bộ Lao động -\n"
        "Thương binh và Xã hội quy định mã số, tiêu chuẩn chức danh nghề nghiệp; xếp\n"
        "lương, thăng hạng chức danh nghề nghiệp viên chức chuyên ngành giáo dục\n"
        "nghề nghiệp.",
        {("HOST", "AMENDS", "07/2023/TT-BLĐTBXH")},
        {("HOST", "REPEALS", "07/2023/TT-BLĐTBXH")},
    ),
    # docs/bhxh/luat-so-51-2024-qh15-43559.txt (51/2024/QH15)
    _row(
        "51/2024/QH15",
        "Bãi bỏ khoản 2 Điều 32 của Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở\n"
        "cơ sở số 30/2023/QH15.",
        {("HOST", "AMENDS", "30/2023/QH15")},
        {("HOST", "REPEALS", "30/2023/QH15")},
    ),
    # docs/hd_kinh_te/nghi-dinh-so-185-2026-nd-cp-469629.txt (185/2026/NĐ-CP)
    _row(
        "185/2026/NĐ-CP",
        "2. Bãi bỏ các quy định liên quan đến người hoạt động không chuyên\n"
        "trách ở thôn, tổ dân phố quy định tại Nghị định số 33/2023/NĐ-CP ngày 10\n"
        "tháng 6 năm 2023 của Chính phủ quy định về cán bộ, công chức cấp xã và\n"
        "người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố./.",
        {("HOST", "AMENDS", "33/2023/NĐ-CP")},
        {("HOST", "REPEALS", "33/2023/NĐ-CP")},
        miss=(
            "'Bãi bỏ các quy định liên quan đến …' names provisions by their matter, no numbered "
            "part: read as a repeal of the whole decree"
        ),
    ),
    # docs/hd_kinh_te/nghi-quyet-so-19-2026-nq-cp-469466.txt (19/2026/NQ-CP)
    _row(
        "19/2026/NQ-CP",
        "1. Bãi bỏ điều kiện đối với kinh doanh tạm nhập tái xuất hàng thực phẩm\n"
        "đông lạnh quy định tại Điều 22, Điều 23 Nghị định 69/2018/NĐ-CP.",
        {("HOST", "AMENDS", "69/2018/NĐ-CP")},
        {("HOST", "REPEALS", "69/2018/NĐ-CP")},
    ),
    # docs/uu_dai_dt/thong-tu-so-10-2022-tt-bkhdt-37566.txt (10/2022/TT-BKHĐT)
    _row(
        "10/2022/TT-BKHĐT",
        "1. Bãi bỏ khoản 4 Điều 8 Thông tư số 09/2021/TT-BKHĐT ngày 16 tháng 11\n"
        "năm 2021 của Bộ trưởng Bộ Kế hoạch và Đầu tư hướng dẫn lựa chọn nhà đầu tư\n"
        "thực hiện dự án đầu tư theo phương thức PPP và dự án đầu tư có sử dụng đất (sau\n"
        "đây gọi là Thông tư số 09/2021/TT-BKHĐT).",
        {("HOST", "AMENDS", "09/2021/TT-BKHĐT")},
        {("HOST", "REPEALS", "09/2021/TT-BKHĐT")},
    ),
    # docs/uu_dai_dt/thong-tu-so-10-2022-tt-bkhdt-37566.txt (10/2022/TT-BKHĐT)
    _row(
        "10/2022/TT-BKHĐT",
        "2. Kể từ ngày Thông tư này có hiệu lực thi hành, các Điều 7, 8, 9, 10 và 13 của\n"
        "Thông tư số 06/2020/TT-BKHĐT ngày 18 tháng 9 năm 2020 của Bộ trưởng Bộ Kế\n"
        "hoạch và Đầu tư hướng dẫn thực hiện Nghị định số 25/2020/NĐ-CP ngày 28\n"
        "tháng 02 năm 2020 của Chính phủ quy định chi tiết thi hành một số điều của Luật\n"
        "Đấu thầu về lựa chọn nhà đầu tư hết hiệu lực thi hành.",
        {("06/2020/TT-BKHĐT", "GUIDES", "25/2020/NĐ-CP"), ("HOST", "AMENDS", "06/2020/TT-BKHĐT")},
        {("HOST", "REPEALS", "06/2020/TT-BKHĐT"), ("HOST", "REPEALS", "25/2020/NĐ-CP")},
    ),
    # docs/hdld/thong-tu-so-95-2025-tt-btc-46745.txt (95/2025/TT-BTC)
    _row(
        "95/2025/TT-BTC",
        "2. Bãi bỏ cụm từ “(Sở Lao động - Thương binh và Xã hội hoặc Phòng Lao\n"
        "động - Thương binh và Xã hội tùy theo phân cấp của từng địa phương)” tại\n"
        "khoản 2 Điều 8 Thông tư số 44/2022/TT-BTC.",
        {("HOST", "AMENDS", "44/2022/TT-BTC")},
        {("HOST", "REPEALS", "44/2022/TT-BTC")},
    ),
    # docs/cong_doan/thong-tu-so-12-2024-tt-bldtbxh-43233.txt (12/2024/TT-BLĐTBXH)
    _row(
        "12/2024/TT-BLĐTBXH",
        "Điều 8. Sửa đổi, bổ sung một số điều của Thông tư số 12/2022/TT-\n"
        "BLĐTBXH ngày 30 tháng 6 năm 2022 của Bộ trưởng Bộ Lao động - Thương\n"
        "binh và Xã hội hướng dẫn thực hiện quản lý lao động, tiền lương, thù lao, tiền\n"
        "thưởng đối với Quỹ Đổi mới công nghệ quốc gia",
        {("HOST", "AMENDS", "12/2022/TT-BLĐTBXH")},
        {("HOST", "GUIDES", "12/2022/TT-BLĐTBXH")},
    ),
    # docs/bhxh/nghi-dinh-so-74-2025-nd-cp-44712.txt (74/2025/NĐ-CP)
    _row(
        "74/2025/NĐ-CP",
        "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 70/2015/NĐ-CP\n"
        "ngày 01 tháng 9 năm 2015 của Chính phủ quy định chi tiết và hướng dẫn thi\n"
        "hành một số điều của Luật Bảo hiểm y tế đối với quân đội nhân dân, công an\n"
        "nhân dân và người làm công tác cơ yếu",
        {("HOST", "AMENDS", "70/2015/NĐ-CP")},
        {("HOST", "GUIDES", "70/2015/NĐ-CP")},
    ),
    # docs/thue_tncn/thong-tu-so-25-2026-tt-btc-469238.txt (25/2026/TT-BTC)
    _row(
        "25/2026/TT-BTC",
        "Điều 2. Sửa đổi, bổ sung khoản 2 Điều 4 Thông tư số 12/2015/TT-\n"
        "BTC đã được sửa đổi, bổ sung tại điểm b khoản 2 Điều 1 Thông tư số\n"
        "22/2019/TT-BTC",
        {
            ("22/2019/TT-BTC", "AMENDS", "12/2015/TT-BTC"),
            ("HOST", "AMENDS", "12/2015/TT-BTC"),
            ("HOST", "AMENDS", "22/2019/TT-BTC"),
        },
        set(),
    ),
    # docs/hd_kinh_te/nghi-dinh-so-170-2026-nd-cp-469562.txt (170/2026/NĐ-CP)
    _row(
        "170/2026/NĐ-CP",
        "Điều 42. Sửa đổi, bổ sung điểm i, n khoản 4 Điều 84 của Nghị định số\n"
        "214/2025/NĐ-CP ngày 04 tháng 8 năm 2025 của Chính phủ quy định chi\n"
        "tiết một số điều và biện pháp thi hành Luật Đấu thầu về lựa chọn nhà thầu\n"
        "như sau:",
        {("HOST", "AMENDS", "214/2025/NĐ-CP")},
        set(),
    ),
    # docs/hdld/thong-tu-so-03-2023-tt-bldtbxh-39601.txt (03/2023/TT-BLĐTBXH)
    _row(
        "03/2023/TT-BLĐTBXH",
        "Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 17/2022/TT-BLĐTBXH\n"
        "ngày 06 tháng 9 năm 2022 của Bộ trưởng Bộ Lao động - Thương binh và Xã\n"
        "hội hướng dẫn thực hiện một số nội dung về giáo dục nghề nghiệp và giải\n"
        "quyết việc làm cho người lao động tại các tiểu dự án và nội dung thành phần\n"
        "thuộc 03 chương trình mục tiêu quốc gia giai đoạn 2021 - 2025 (sau đây gọi là\n"
        "Thông tư số 17/2022/TT-BLĐTBXH)",
        {("HOST", "AMENDS", "17/2022/TT-BLĐTBXH")},
        set(),
    ),
    # docs/chinh_sach_dn/nghi-dinh-so-136-2026-nd-cp-469355.txt (136/2026/NĐ-CP)
    # as_amended: the host amends the amenders too, as the project reads it
    _row(
        "136/2026/NĐ-CP",
        "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 100/2024/NĐ-CP\n"
        "ngày 26 tháng 7 năm 2024 của Chính phủ quy định chi tiết một số điều\n"
        "của Luật Nhà ở về phát triển và quản lý nhà ở xã hội, đã được sửa đổi, bổ\n"
        "sung tại Nghị định số 261/2025/NĐ-CP và Nghị định số 54/2026/NĐ-CP của\n"
        "Chính phủ (sau đây gọi là Nghị định số 100/2024/NĐ-CP sửa đổi)",
        {
            ("261/2025/NĐ-CP", "AMENDS", "100/2024/NĐ-CP"),
            ("54/2026/NĐ-CP", "AMENDS", "100/2024/NĐ-CP"),
            ("HOST", "AMENDS", "100/2024/NĐ-CP"),
            ("HOST", "AMENDS", "261/2025/NĐ-CP"),
            ("HOST", "AMENDS", "54/2026/NĐ-CP"),
        },
        set(),
    ),
    # docs/thue_tncn/thong-tu-so-06-2026-tt-btc-468899.txt (06/2026/TT-BTC)
    _row(
        "06/2026/TT-BTC",
        "Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 13/2015/TT-BTC\n"
        "đã được sửa đổi, bổ sung một số điều bởi Thông tư số 13/2020/TT-BTC",
        {
            ("13/2020/TT-BTC", "AMENDS", "13/2015/TT-BTC"),
            ("HOST", "AMENDS", "13/2015/TT-BTC"),
            ("HOST", "AMENDS", "13/2020/TT-BTC"),
        },
        set(),
    ),
    # docs/hdld/thong-tu-so-03-2021-tt-bnv-33974.txt (03/2021/TT-BNV)
    _row(
        "03/2021/TT-BNV",
        "Điều 2. Sửa đổi, bổ sung một số quy định về chế độ phụ cấp thâm niên\n"
        "vượt khung đối với cán bộ, công chức, viên chức tại Thông tư số 04/2005/TT-BNV\n"
        "ngày 05 tháng 01 năm 2005 của Bộ trưởng Bộ Nội vụ",
        {("HOST", "AMENDS", "04/2005/TT-BNV")},
        set(),
    ),
    # docs/uu_dai_dt/thong-tu-so-10-2024-tt-bkhdt-42068.txt (10/2024/TT-BKHĐT)
    _row(
        "10/2024/TT-BKHĐT",
        "Điều 2. Sửa đổi một số điều của Thông tư số 10/2022/TT-BKHĐT ngày 15\n"
        "tháng 6 năm 2022 của Bộ trưởng Bộ Kế hoạch và Đầu tư quy định chi tiết việc\n"
        "cung cấp, đăng tải thông tin và lựa chọn nhà đầu tư trên Hệ thống mạng đấu\n"
        "thầu quốc gia",
        {("HOST", "AMENDS", "10/2022/TT-BKHĐT")},
        set(),
    ),
    # docs/hdld/thong-tu-so-02-2023-tt-bldtbxh-39230.txt (02/2023/TT-BLĐTBXH)
    _row(
        "02/2023/TT-BLĐTBXH",
        "Điều 1. Sửa đổi, bổ sung Điều 1 của Thông tư số 09/2022/TT-BLĐTBXH\n"
        "ngày 25 tháng 5 năm 2022 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội\n"
        "hướng dẫn một số nội dung thực hiện đa dạng hóa sinh kế, phát triển mô hình\n"
        "giảm nghèo và hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng\n"
        "thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025\n"
        "như sau:",
        {("HOST", "AMENDS", "09/2022/TT-BLĐTBXH")},
        set(),
    ),
    # docs/thue_tncn/thong-tu-so-21-2026-tt-btc-469148.txt (21/2026/TT-BTC)
    _row(
        "21/2026/TT-BTC",
        "Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 80/2021/TT-BTC\n"
        "ngày 29 tháng 9 năm 2021 của Bộ trưởng Bộ Tài chính hướng dẫn thi hành\n"
        "một số điều của Luật Quản lý thuế và Nghị định số 126/2020/NĐ-CP ngày\n"
        "19 tháng 10 năm 2020 của Chính phủ quy định chi tiết một số điều của Luật\n"
        "Quản lý thuế",
        {("80/2021/TT-BTC", "GUIDES", "126/2020/NĐ-CP"), ("HOST", "AMENDS", "80/2021/TT-BTC")},
        {("HOST", "AMENDS", "126/2020/NĐ-CP")},
    ),
    # docs/cong_doan/thong-tu-so-15-2023-tt-bldtbxh-40971.txt (15/2023/TT-BLĐTBXH)
    _row(
        "15/2023/TT-BLĐTBXH",
        "Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 28/2015/TT-BLĐTBXH\n"
        "ngày 31 tháng 7 năm 2015 hướng dẫn thực hiện Điều 52 Luật Việc làm và một số\n"
        "điều của Nghị định số 28/2015/NĐ-CP ngày 12 tháng 3 năm 2015 của Chính phủ\n"
        "quy định chi tiết thi hành một số điều của Luật Việc làm về bảo hiểm thất nghiệp\n"
        "(sau đây viết tắt là Thông tư số 28/2015/TT-BLĐTBXH)",
        {
            ("28/2015/TT-BLĐTBXH", "GUIDES", "28/2015/NĐ-CP"),
            ("HOST", "AMENDS", "28/2015/TT-BLĐTBXH"),
        },
        {("HOST", "AMENDS", "28/2015/NĐ-CP")},
    ),
    # docs/chinh_sach_dn/thong-tu-so-22-2026-tt-bnnmt-469587.txt (22/2026/TT-BNNMT)
    _row(
        "22/2026/TT-BNNMT",
        "Điều 6. Sửa đổi, bổ sung một số điều của Thông tư số 11/2026/TT-\n"
        "BNNMT ngày 13 tháng 02 năm 2026 của Bộ trưởng Bộ Nông nghiệp và Môi\n"
        "trường quy định quản lý, vận hành hệ thống đăng ký quốc gia về hạn ngạch\n"
        "phát thải khí nhà kính và tín chỉ các-bon",
        {("HOST", "AMENDS", "11/2026/TT-BNNMT")},
        set(),
    ),
    # docs/hd_khoan/thong-tu-so-28-2022-tt-bldtbxh-38853.txt (28/2022/TT-BLĐTBXH)
    _row(
        "28/2022/TT-BLĐTBXH",
        "Điều 2. Sửa đổi, bổ sung một số điều của Thông tư số 07/2017/TT-BLĐTBXH\n"
        "ngày 10 tháng 3 năm 2017 của Bộ trưởng Bộ Lao động - Thương binh và Xã\n"
        "hội quy định chế độ làm việc của nhà giáo giáo dục nghề nghiệp",
        {("HOST", "AMENDS", "07/2017/TT-BLĐTBXH")},
        set(),
    ),
    # docs/cong_doan/thong-tu-so-13-2024-tt-bldtbxh-43506.txt (13/2024/TT-BLĐTBXH)
    _row(
        "13/2024/TT-BLĐTBXH",
        "Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 26/2018/TT-BLĐTBXH",
        {("HOST", "AMENDS", "26/2018/TT-BLĐTBXH")},
        set(),
    ),
    # docs/chinh_sach_dn/thong-tu-so-26-2026-tt-bnnmt-469701.txt (26/2026/TT-BNNMT)
    _row(
        "26/2026/TT-BNNMT",
        "Bộ trưởng Bộ Nông nghiệp và Môi trường ban hành Thông tư hướng dẫn\n"
        "một số nội dung tại Nghị định số 289/2025/NĐ-CP ngày 06 tháng 11 năm 2025\n"
        "của Chính phủ hướng dẫn thi hành Nghị quyết số 197/2025/QH15 của Quốc hội\n"
        "về một số cơ chế, chính sách đặc biệt tạo đột phá trong xây dựng và tổ chức thi\n"
        "hành pháp luật.",
        {("289/2025/NĐ-CP", "GUIDES", "197/2025/QH15"), ("HOST", "GUIDES", "289/2025/NĐ-CP")},
        {("HOST", "GUIDES", "197/2025/QH15")},
    ),
    # docs/chinh_sach_dn/thong-tu-so-33-2026-tt-bca-469654.txt (33/2026/TT-BCA)
    _row(
        "33/2026/TT-BCA",
        "Điều 1. Phạm vi điều chỉnh\n"
        "Thông tư này hướng dẫn thực hiện một số quy định tại Nghị định số\n"
        "289/2025/NĐ-CP ngày 06 tháng 11 năm 2025 của Chính phủ hướng dẫn thi\n"
        "hành Nghị quyết số 197/2025/QH15 ngày 17 tháng 5 năm 2025 của Quốc hội\n"
        "về một số cơ chế, chính sách đặc biệt tạo đột phá trong xây dựng và tổ chức\n"
        "thi hành pháp luật thuộc thẩm quyền của Bộ Công an",
        {("289/2025/NĐ-CP", "GUIDES", "197/2025/QH15"), ("HOST", "GUIDES", "289/2025/NĐ-CP")},
        {("HOST", "GUIDES", "197/2025/QH15")},
    ),
    # docs/thue_tncn/thong-tu-so-148-2025-tt-btc-468756.txt (148/2025/TT-BTC)
    _row(
        "148/2025/TT-BTC",
        "Điều 1. Phạm vi điều chỉnh\n"
        "Thông tư này hướng dẫn thực hiện một số nội dung tại Nghị định số\n"
        "289/2025/NĐ-CP ngày 06 tháng 11 năm 2025 của Chính phủ hướng dẫn thi hành\n"
        "Nghị quyết số 197/2025/QH15 ngày 17 tháng 5 năm 2025 của Quốc hội về một\n"
        "số cơ chế, chính sách đặc biệt tạo đột phá trong xây dựng và tổ chức thi hành\n"
        "pháp luật (sau đây gọi là Nghị định số 289/2025/NĐ-CP) thuộc thẩm quyền của\n"
        "Bộ Tài",
        {("289/2025/NĐ-CP", "GUIDES", "197/2025/QH15"), ("HOST", "GUIDES", "289/2025/NĐ-CP")},
        {("HOST", "GUIDES", "197/2025/QH15")},
    ),
    # docs/hd_khoan/thong-tu-so-07-2022-tt-bldtbxh-37100.txt (07/2022/TT-BLĐTBXH)
    _row(
        "07/2022/TT-BLĐTBXH",
        "Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư hướng\n"
        "dẫn thực hiện một số điều của Quyết định số 57/2013/QĐ-TTg ngày 14 tháng 10\n"
        "năm 2013 đã được sửa đổi, bổ sung một số điều tại Quyết định số 62/2015/QĐ-TTg\n"
        "ngày 04 tháng 12 năm 2015 của Thủ tướng Chính phủ về trợ cấp một lần đối với\n"
        "người được cử làm chuyên gia sang giúp Lào và Căm-pu-chi-a.",
        {("62/2015/QĐ-TTg", "AMENDS", "57/2013/QĐ-TTg"), ("HOST", "GUIDES", "57/2013/QĐ-TTg")},
        set(),
    ),
    # docs/hdld/thong-tu-so-02-2021-tt-bldtbxh-33949.txt (02/2021/TT-BLĐTBXH)
    _row(
        "02/2021/TT-BLĐTBXH",
        "Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư hướng dẫn\n"
        "thực hiện một số điều của Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021\n"
        "của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội\n"
        "(sau đây gọi là Nghị định số 20/2021/NĐ-CP).",
        {("HOST", "GUIDES", "20/2021/NĐ-CP")},
        set(),
    ),
    # docs/hdld/thong-tu-so-08-2026-tt-bnv-469695.txt (08/2026/TT-BNV)
    _row(
        "08/2026/TT-BNV",
        "Bộ trưởng Bộ Nội vụ ban hành Thông tư quy định chi tiết và hướng dẫn thi\n"
        "hành một số điều của Nghị định số 337/2025/NĐ-CP ngày 24 tháng 12 năm 2025\n"
        "của Chính phủ quy định về hợp đồng lao động điện tử.",
        {("HOST", "GUIDES", "337/2025/NĐ-CP")},
        set(),
    ),
    # docs/hdld/thong-tu-so-21-2021-tt-bldtbxh-36486.txt (21/2021/TT-BLĐTBXH)
    _row(
        "21/2021/TT-BLĐTBXH",
        "Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư quy định\n"
        "chi tiết và hướng dẫn thi hành một số điều của Luật Người lao động Việt Nam đi\n"
        "làm việc ở nước ngoài theo hợp đồng số 69/2020/QH14 ngày 13 tháng 11 năm 2020\n"
        "(sau đây gọi tắt là Luật 69/2020/QH14) như sau:",
        {("HOST", "GUIDES", "69/2020/QH14")},
        set(),
        miss=(
            "'theo' inside the law's name ('… đi làm việc ở nước ngoài theo hợp đồng số "
            "69/2020/QH14') is taken as the cue"
        ),
    ),
    # docs/thue_tncn/thong-tu-so-20-2026-tt-btc-469144.txt (20/2026/TT-BTC)
    _row(
        "20/2026/TT-BTC",
        "Bộ trưởng Bộ Tài chính ban hành Thông tư quy định chi tiết một số điều\n"
        "của Luật Thuế thu nhập doanh nghiệp và Nghị định số 320/2025/NĐ-CP ngày 15\n"
        "tháng 12 năm 2025 của Chính phủ quy định chi tiết một số điều và biện pháp để\n"
        "tổ chức, hướng dẫn thi hành Luật Thuế thu nhập doanh nghiệp.",
        {("HOST", "GUIDES", "320/2025/NĐ-CP")},
        set(),
    ),
    # docs/chinh_sach_dn/nghi-dinh-so-134-2026-nd-cp-469388.txt (134/2026/NĐ-CP)
    _row(
        "134/2026/NĐ-CP",
        "1. Nghị định này quy định chi tiết một số điều của Luật Sở hữu trí tuệ số\n"
        "50/2005/QH11 được sửa đổi, bổ sung bởi Luật số 36/2009/QH12, Luật số\n"
        "42/2019/QH14, Luật số 07/2022/QH15, Luật số 93/2025/QH15 và Luật số\n"
        "131/2025/QH15 (sau đây gọi là Luật Sở hữu trí tuệ) về quyền tác giả, quyền\n"
        "liên quan, bao gồm:",
        {
            ("07/2022/QH15", "AMENDS", "50/2005/QH11"),
            ("131/2025/QH15", "AMENDS", "50/2005/QH11"),
            ("36/2009/QH12", "AMENDS", "50/2005/QH11"),
            ("42/2019/QH14", "AMENDS", "50/2005/QH11"),
            ("93/2025/QH15", "AMENDS", "50/2005/QH11"),
            ("HOST", "GUIDES", "50/2005/QH11"),
        },
        {("HOST", "AMENDS", "50/2005/QH11")},
    ),
    # docs/chinh_sach_dn/nghi-dinh-so-207-2026-nd-cp-469769.txt (207/2026/NĐ-CP)
    _row(
        "207/2026/NĐ-CP",
        "1. Nghị định này quy định chi tiết một số điều của Luật Xây dựng số\n"
        "135/2025/QH15 về:",
        {("HOST", "GUIDES", "135/2025/QH15")},
        set(),
    ),
    # docs/hd_kinh_te/nghi-dinh-so-138-2026-nd-cp-469380.txt (138/2026/NĐ-CP)
    _row(
        "138/2026/NĐ-CP",
        "Điều 1. Phạm vi điều chỉnh\n"
        "Nghị định này quy định chi tiết một số nội dung về phát triển kỹ năng nghề\n"
        "tại khoản 4 Điều 22, khoản 3 Điều 23, khoản 6 Điều 24, khoản 4 Điều 25 và\n"
        "khoản 2 Điều 26 của Luật Việc làm số 74/2025/QH15.",
        {("HOST", "GUIDES", "74/2025/QH15")},
        set(),
    ),
    # docs/hd_kinh_te/nghi-dinh-so-172-2026-nd-cp-469584.txt (172/2026/NĐ-CP)
    _row(
        "172/2026/NĐ-CP",
        "Điều 1. Phạm vi điều chỉnh\n"
        "Nghị định này quy định chi tiết Điều 11 của Luật Dẫn độ số\n"
        "100/2025/QH15 (sau đây gọi là Luật Dẫn độ); Điều 10, Điều 11 của Luật\n"
        "Chuyển giao người đang chấp hành án phạt tù số 101/2025/QH15 (sau đây gọi\n"
        "là Luật Chuyển giao người đang chấp hành án phạt tù) và Điều 15 của Luật\n"
        "Tương trợ tư pháp về hình sự số 103/2025/QH15 (sau đây gọi là Luật Tương\n"
        "trợ tư pháp về hình sự).",
        {
            ("HOST", "GUIDES", "100/2025/QH15"),
            ("HOST", "GUIDES", "101/2025/QH15"),
            ("HOST", "GUIDES", "103/2025/QH15"),
        },
        set(),
        miss=(
            "the third law, after an alias and 'và', takes no act"
        ),
    ),
    # docs/hd_kinh_te/nghi-dinh-so-147-2026-nd-cp-469496.txt (147/2026/NĐ-CP)
    _row(
        "147/2026/NĐ-CP",
        "Chính phủ ban hành Nghị định hướng dẫn thực hiện cơ chế, chính sách đặc\n"
        "thù tháo gỡ khó khăn, vướng mắc cho các dự án tồn đọng, kéo dài quy định tại\n"
        "Nghị quyết số 29/2026/QH16 ngày 24 tháng 4 năm 2026 của Quốc hội.",
        {("HOST", "GUIDES", "29/2026/QH16")},
        set(),
    ),
    # docs/thue_tncn/thong-tu-so-52-2026-tt-btc-469527.txt (52/2026/TT-BTC)
    _row(
        "52/2026/TT-BTC",
        "Điều 1. Phạm vi điều chỉnh\n"
        "Thông tư này hướng dẫn thực hiện một số nội dung tiêu chí thuộc Bộ tiêu\n"
        "chí quốc gia về xã nông thôn mới và điều kiện quy định tỉnh, thành phố hoàn thành\n"
        "nhiệm vụ xây dựng nông thôn mới thuộc lĩnh vực quản lý nhà nước của Bộ Tài\n"
        "chính quy định tại Phụ lục I và Phụ lục III Quyết định số 51/2025/QĐ-TTg ngày 29\n"
        "tháng 12 năm 2025 của Thủ tướng Chính phủ",
        {("HOST", "GUIDES", "51/2025/QĐ-TTg")},
        set(),
        miss=(
            "the annexes named between 'quy định tại' and the decision keep the host's guiding "
            "statement from it"
        ),
    ),
    # docs/bhxh/nghi-dinh-so-158-2025-nd-cp-45240.txt (158/2025/NĐ-CP)
    # the basis line names the law with its date; the items after it cut
    _row(
        "158/2025/NĐ-CP",
        "Căn cứ Luật Bảo hiểm xã hội ngày 29 tháng 6 năm 2024;\n"
        "Căn cứ điểm 13 của Nghị quyết số 142/2024/QH15 ngày 29 tháng 6 năm 2024\n"
        "của Quốc hội về Nghị quyết kỳ họp thứ 7, Quốc hội Khóa XV;\n"
        "Theo đề nghị của Bộ trưởng Bộ Nội vụ;\n"
        "Chính phủ ban hành Nghị định quy định chi tiết và hướng dẫn thi hành một số\n"
        "điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc.\n"
        "Chương I\n"
        "NHỮNG QUY ĐỊNH CHUNG\n"
        "Điều 1. Phạm vi điều chỉnh\n"
        "Nghị định này quy định chi tiết và hướng dẫn thi hành một số điều của Luật\n"
        "Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc và chế độ đối với người lao động\n"
        "không đủ điều kiện hưởng lương hưu và chưa đủ tuổi hưởng trợ cấp hưu trí xã hội;\n"
        "điểm 13 của Nghị quyết số 142/2024/QH15 ngày 29 tháng 6 năm 2024 của Quốc\n"
        "hội về Nghị quyết kỳ họp thứ 7, Quốc hội Khóa XV.",
        {("HOST", "GUIDES", "142/2024/QH15")},
        set(),
    ),
    # docs/hd_khoan/thong-tu-so-26-2022-tt-bldtbxh-38401.txt (26/2022/TT-BLĐTBXH)
    # hướng dẫn as a noun: 'theo hướng dẫn tại'
    _row(
        "26/2022/TT-BLĐTBXH",
        "5. Việc thăng hạng chức danh nghề nghiệp viên chức chuyên ngành công tác\n"
        "xã hội được thực hiện sau khi đã được cấp có thẩm quyền bổ nhiệm và xếp lương\n"
        "các chức danh nghề nghiệp viên chức chuyên ngành công tác xã hội theo quy định\n"
        "tại Thông tư này và thực hiện xếp lương theo hướng dẫn tại khoản 1 Mục II Thông\n"
        "tư số 02/2007/TT-BNV.",
        set(),
        {("HOST", "GUIDES", "02/2007/TT-BNV")},
    ),
    # docs/hdld/thong-tu-so-44-2022-tt-btc-37701.txt (44/2022/TT-BTC)
    _row(
        "44/2022/TT-BTC",
        "Thực hiện theo hướng dẫn tại các Thông tư liên tịch: số 21/2008/TTLT-BQP-\n"
        "BLĐTBXH-BTC ngày 26 tháng 02 năm 2008 của Bộ Quốc phòng, Bộ Lao động -\n"
        "Thương binh và Xã hội, Bộ Tài chính sửa đổi, bổ sung Thông tư số\n"
        "191/2005/TTLT-BQP-BLĐTBXH-BTC; số 144/2008/TTLT-BQP-BLĐTBXH-\n"
        "BTC ngày 27 tháng 11 năm 2008 của Bộ Quốc phòng, Bộ Lao động - Thương binh\n"
        "và Xã hội, Bộ Tài chính hướng dẫn thực hiện Quyết định số 142/2008/QĐ-TTg;",
        {
            ("144/2008/TTLT-BQP-BLĐTBXH-BTC", "GUIDES", "142/2008/QĐ-TTg"),
            ("21/2008/TTLT-BQP-BLĐTBXH-BTC", "AMENDS", "191/2005/TTLT-BQP-BLĐTBXH-BTC"),
        },
        {
            ("HOST", "AMENDS", "191/2005/TTLT-BQP-BLĐTBXH-BTC"),
            ("HOST", "GUIDES", "142/2008/QĐ-TTg"),
            ("HOST", "GUIDES", "21/2008/TTLT-BQP-BLĐTBXH-BTC"),
        },
        miss=(
            "items 'số X … sửa đổi …; số Y … hướng dẫn …' of one list of joint circulars: each "
            "item's verb read as the host's"
        ),
    ),
    # docs/bhxh/thong-tu-so-86-2025-tt-bca-46332.txt (86/2025/TT-BCA)
    # a guiding decree's subject in the basis
    _row(
        "86/2025/TT-BCA",
        "Căn cứ Nghị định số 188/2025/NĐ-CP ngày 01 tháng 7 năm 2025 của Chính\n"
        "phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm y tế\n"
        "(sau đây viết gọn là Nghị định số 188/2025/NĐ-CP);",
        set(),
        {("HOST", "GUIDES", "188/2025/NĐ-CP")},
    ),
    # docs/thue_tncn/thong-tu-so-28-2026-tt-btc-469231.txt (28/2026/TT-BTC)
    _row(
        "28/2026/TT-BTC",
        "Căn cứ Nghị định số 126/2020/NĐ-CP của Chính phủ quy định chi tiết một\n"
        "số điều của Luật Quản lý thuế được sửa đổi, bổ sung bởi Nghị định số\n"
        "91/2022/NĐ-CP và Nghị định số 373/2025/NĐ-CP;",
        {
            ("373/2025/NĐ-CP", "AMENDS", "126/2020/NĐ-CP"),
            ("91/2022/NĐ-CP", "AMENDS", "126/2020/NĐ-CP"),
        },
        {("HOST", "AMENDS", "126/2020/NĐ-CP"), ("HOST", "GUIDES", "126/2020/NĐ-CP")},
    ),
    # docs/uu_dai_dt/thong-tu-so-28-2024-tt-bkhdt-44112.txt (28/2024/TT-BKHĐT)
    _row(
        "28/2024/TT-BKHĐT",
        "Căn cứ Nghị định số 85/2013/NĐ-CP ngày 29 tháng 7 năm 2013 của Chính\n"
        "phủ quy định chi tiết và biện pháp thi hành Luật Giám định tư pháp; Nghị định số\n"
        "157/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ sửa đổi, bổ sung một\n"
        "số điều của Nghị định số 85/2013/NĐ-CP ngày 29 tháng 7 năm 2013 của Chính\n"
        "phủ quy định chi tiết và biện pháp thi hành Luật Giám định tư pháp;",
        {("157/2020/NĐ-CP", "AMENDS", "85/2013/NĐ-CP")},
        {("HOST", "AMENDS", "85/2013/NĐ-CP"), ("HOST", "GUIDES", "85/2013/NĐ-CP")},
    ),
    # docs/uu_dai_dt/thong-tu-so-20-2024-tt-bkhdt-43261.txt (20/2024/TT-BKHĐT)
    _row(
        "20/2024/TT-BKHĐT",
        "Căn cứ Nghị định số 62/2024/NĐ-CP ngày 07 tháng 6 năm 2024 của Chính\n"
        "phủ sửa đổi, bổ sung một số điều, phụ lục của Nghị định số 94/2016/NĐ-CP ngày\n"
        "01 tháng 7 năm 2016 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số\n"
        "điều của Luật Thống kê và Nghị định số 94/2022/NĐ-CP ngày 07 tháng 11 năm 2022\n"
        "của Chính phủ quy định nội dung chỉ tiêu thống kê thuộc hệ thống chỉ tiêu thống kê\n"
        "quốc gia và quy trình biên soạn chỉ tiêu tổng sản phẩm trong nước, chỉ tiêu tổng\n"
        "sản phẩm trên địa bàn tỉnh, thành phố trực thuộc Trung ương;",
        {
            ("62/2024/NĐ-CP", "AMENDS", "94/2016/NĐ-CP"),
            ("62/2024/NĐ-CP", "AMENDS", "94/2022/NĐ-CP"),
        },
        {("HOST", "AMENDS", "94/2016/NĐ-CP"), ("HOST", "AMENDS", "94/2022/NĐ-CP")},
    ),
    # docs/hd_kinh_te/nghi-quyet-so-6619-2026-nq-cp-469586.txt (6619/2026/NQ-CP)
    _row(
        "6619/2026/NQ-CP",
        "IV. Không thực hiện thủ tục hành chính công bố lại thông tin sản phẩm\n"
        "thức ăn bổ sung quy định tại Điều 33 Luật Chăn nuôi số 32/2018/QH14 được\n"
        "sửa đổi, bổ sung bởi Luật số 146/2025/QH15; Điều 8b Nghị định số\n"
        "13/2020/NĐ-CP hướng dẫn chi tiết Luật Chăn nuôi được bổ sung bởi Nghị\n"
        "định số 32/2026/NĐ-CP.",
        {
            ("13/2020/NĐ-CP", "GUIDES", "32/2018/QH14"),
            ("146/2025/QH15", "AMENDS", "32/2018/QH14"),
            ("32/2026/NĐ-CP", "AMENDS", "13/2020/NĐ-CP"),
        },
        {("HOST", "AMENDS", "13/2020/NĐ-CP"), ("HOST", "AMENDS", "32/2018/QH14")},
    ),
    # docs/uu_dai_dt/thong-tu-so-15-2022-tt-bkhdt-37532.txt (15/2022/TT-BKHĐT)
    _row(
        "15/2022/TT-BKHĐT",
        "(11) Ghi loại kết cấu, cấp công trình của công trình thuộc gói thầu. Loại kết\n"
        "cấu, cấp công trình được xác định theo Phụ lục II ban hành kèm theo Thông tư số\n"
        "06/2021/TT-BXD ngày 30 tháng 6 năm 2021 quy định về phân cấp công trình xây\n"
        "dựng và hướng dẫn áp dụng trong quản lý hoạt động đầu tư xây dựng. Trường hợp\n"
        "Thông tư số 06/2021/TT-BXD được sửa đổi, bổ sung, thay thế thì việc xác định\n"
        "loại, cấp công trình thực hiện theo quy định tại văn bản sửa",
        set(),
        {
            ("HOST", "AMENDS", "06/2021/TT-BXD"),
            ("HOST", "GUIDES", "06/2021/TT-BXD"),
            ("HOST", "REPLACES", "06/2021/TT-BXD"),
        },
    ),
    # docs/hd_kinh_te/nghi-dinh-so-169-2026-nd-cp-469561.txt (169/2026/NĐ-CP)
    _row(
        "169/2026/NĐ-CP",
        "1. Thủ tục xử phạt, thi hành quyết định xử phạt vi phạm hành chính trong\n"
        "lĩnh vực hải quan thực hiện theo quy định tại Chương III Phần thứ hai Luật Xử\n"
        "lý vi phạm hành chính số 15/2012/QH13 và các khoản từ 29 đến 45 Điều 1 Luật\n"
        "số 67/2020/QH14 và Luật số 88/2025/QH15; Luật Quản lý thuế số\n"
        "108/2025/QH15 và các văn bản quy định chi tiết một số điều và biện pháp tổ\n"
        "chức, hướng dẫn thi hành của Luật Quản lý thuế số 108/2025/QH15.",
        set(),
        {("HOST", "AMENDS", "15/2012/QH13"), ("HOST", "GUIDES", "108/2025/QH15")},
    ),
]


@pytest.mark.parametrize(("code", "text", "expected", "absent"), ROWS)
def test_real_state_sentences_state_these_edges(
    code: str, text: str, expected: set[Edge], absent: set[Edge]
) -> None:
    found = {(r.source, r.type.value, r.target) for r in extract(_heading(code) + text).relations}
    assert expected <= found, f"missing {sorted(expected - found)}"
    assert not absent & found, f"stated wrongly {sorted(absent & found)}"


def test_the_set_holds_every_type_and_its_traps() -> None:
    # at least 60 sentences across the four State types and the negatives (the task's floor)
    kinds = {e[1] for p in ROWS for e in p.values[2]}  # type: ignore[attr-defined]
    assert len(ROWS) >= 60 and {"AMENDS", "REPLACES", "REPEALS", "GUIDES"} <= kinds
    assert sum(1 for p in ROWS if p.values[3]) >= 20  # type: ignore[attr-defined]
