"""Deterministic generator of a synthetic corpus of Vietnamese Party and State documents.

Every document is assembled from the phrase lists in this module (nothing is read from the
sample corpus at run time): a header with the host's own number, a heading ("KẾ HOẠCH"), a
title line citing the document it implements, an opening sentence, numbered sections of
body paragraphs, a signature block and "Nơi nhận:", sometimes an annex. References of many
shapes (DOMAIN.md §3-§5, §11) and distractors that are not codes (dates, year ranges,
"COVID-19", phone numbers, "quý III/2021" …) are planted through `DocBuilder`, which
records the span and the canonical code of every planted mention, so a benchmark can check
recall and false positives.

    python -m bench.gen_corpus --out bench/out/corpus --mb 50 --seed 1

writes doc_00000.txt, doc_00001.txt … (5-30 KB each) until the total reaches the target,
and expected.jsonl with one line per file:
{"file", "bytes", "codes": [canonical, …], "mentions": [[start, end, canonical], …],
"short": [[start, end, canonical], …], "self": [[start, end], …]}.
Offsets count characters (code points) of the file read as UTF-8 with newline="".
"""

from __future__ import annotations

import argparse
import json
import random
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

MB = 1_000_000
MIN_DOC_BYTES = 5_000
MAX_DOC_BYTES = 30_000
_CLOSING_RESERVE = 1_800  # bytes kept for the last section, signature and recipients

# ---------------------------------------------------------------------------------------
# Vocabulary (own phrase lists, in the style of provincial and district Party documents)
# ---------------------------------------------------------------------------------------

PROVINCES = (
    "Bắc Giang", "Quảng Ngãi", "Nam Định", "Yên Bái", "Tiền Giang", "Ninh Thuận", "Nghệ An",
    "Thanh Hóa", "Hà Tĩnh", "Quảng Ninh", "Bình Thuận", "Tuyên Quang", "Đắk Lắk", "Lào Cai",
    "Phú Thọ", "Thái Bình", "Hải Dương", "Long An", "Cà Mau", "Sơn La",
)  # fmt: skip
DISTRICTS = (
    "Tân Yên", "Hải Hậu", "Lục Nam", "Việt Yên", "Đức Phố", "Yên Thế", "Sơn Dương",
    "Nghĩa Hưng", "Thạch Hà", "Quỳnh Lưu", "Hàm Thuận Bắc", "Cẩm Xuyên", "Đô Lương",
    "Bảo Thắng", "Thanh Sơn", "Kiến Xương", "Ninh Giang", "Cần Giuộc", "Năm Căn", "Mộc Châu",
)  # fmt: skip
COMMUNES = (
    "Phổ Ninh", "Hải Minh", "Cao Xá", "Quang Châu", "Tân Trung", "Nghĩa Lạc", "Xuân Lâm",
    "Quỳnh Thạch", "Thịnh Sơn", "Phú Nhuận", "Hợp Thành", "Liên Sơn",
)  # fmt: skip
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Cao")
MIDDLE = ("Văn", "Thị", "Đức", "Minh", "Thanh", "Quang", "Hữu", "Ngọc", "Xuân", "Thu")
GIVEN = ("Hoàn", "Hùng", "Lan", "Bình", "Dũng", "Hương", "Tuấn", "Nam", "Hà", "Sơn", "Thảo")

ACTORS = (
    "Các cấp ủy, tổ chức đảng", "Cấp ủy đảng các cấp", "Thường trực Huyện ủy",
    "Ủy ban MTTQ và các tổ chức chính trị - xã hội huyện", "Ban Tuyên giáo Huyện ủy",
    "Ban Dân vận Huyện ủy", "Ban Tổ chức Huyện ủy", "Ủy ban Kiểm tra Huyện ủy",
    "Văn phòng Huyện ủy", "UBND huyện", "HĐND, UBND các xã, thị trấn",
    "Đảng ủy các xã, thị trấn", "Các chi, đảng bộ trực thuộc",
    "Ban cán sự đảng UBND tỉnh", "Các sở, ban, ngành, đoàn thể tỉnh",
    "Người đứng đầu cấp ủy, chính quyền các cấp", "Đội ngũ cán bộ, đảng viên",
    "Công đoàn các cấp", "Hội Nông dân các cấp", "Hội Liên hiệp Phụ nữ các cấp",
    "Hội Cựu chiến binh các cấp", "Đoàn Thanh niên các cấp", "Trung tâm Chính trị huyện",
    "Các cơ quan thông tin, truyền thông trên địa bàn", "Công an huyện",
    "Ban Chỉ huy Quân sự huyện", "Phòng Nội vụ huyện", "Mặt trận Tổ quốc các cấp",
    "Các chi bộ thôn, tổ dân phố", "Đảng đoàn HĐND tỉnh", "Thường trực HĐND, UBND huyện",
)  # fmt: skip
VERBS = (
    "tiếp tục quán triệt, triển khai thực hiện nghiêm túc", "chủ động tham mưu, đề xuất",
    "tăng cường lãnh đạo, chỉ đạo", "thường xuyên kiểm tra, giám sát việc thực hiện",
    "đẩy mạnh tuyên truyền, phổ biến", "tập trung chỉ đạo thực hiện có hiệu quả",
    "nâng cao chất lượng, hiệu quả", "phối hợp chặt chẽ trong việc triển khai",
    "rà soát, sửa đổi, bổ sung", "đổi mới nội dung, phương thức thực hiện",
    "chú trọng củng cố, kiện toàn", "quan tâm bố trí nguồn lực cho",
    "định kỳ sơ kết, đánh giá", "cụ thể hóa và tổ chức thực hiện tốt",
    "lãnh đạo, chỉ đạo thực hiện đồng bộ", "nắm chắc tình hình và kịp thời giải quyết",
    "xây dựng chương trình phối hợp về", "làm tốt công tác tham mưu về",
)  # fmt: skip
OBJECTS = (
    "các chủ trương của Đảng, chính sách, pháp luật của Nhà nước",
    "công tác dân vận trong tình hình mới", "công tác xây dựng Đảng và hệ thống chính trị",
    "hoạt động giám sát, phản biện xã hội", "công tác cải cách hành chính",
    'phong trào thi đua "Dân vận khéo"',
    'cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"',
    "công tác đào tạo, bồi dưỡng, luân chuyển cán bộ",
    "việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "công tác phòng, chống tham nhũng, lãng phí, tiêu cực",
    "nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh",
    "việc thực hiện Quy chế dân chủ ở cơ sở", "công tác chuyển đổi số",
    "việc tiếp công dân, giải quyết khiếu nại, tố cáo", "công tác bảo vệ môi trường",
    "công tác phát triển đảng viên", "chất lượng sinh hoạt chi bộ",
    "công tác kiểm tra, giám sát và thi hành kỷ luật đảng",
    "việc xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh",
    "công tác bảo vệ chính trị nội bộ", "công tác quốc phòng, quân sự địa phương",
    "việc sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả",
    "các mô hình tự quản, hòa giải tại cộng đồng",
    "công tác giảm nghèo bền vững", "công tác đối ngoại nhân dân",
)  # fmt: skip
PURPOSES = (
    "nhằm nâng cao nhận thức và trách nhiệm của cả hệ thống chính trị",
    "góp phần xây dựng Đảng, chính quyền trong sạch, vững mạnh",
    "bảo đảm phù hợp với tình hình thực tế của địa phương, đơn vị",
    "tạo sự chuyển biến rõ nét về nhận thức và hành động",
    "đáp ứng yêu cầu nhiệm vụ trong tình hình mới",
    "củng cố vững chắc lòng tin của Nhân dân đối với Đảng",
    "phát huy sức mạnh của khối đại đoàn kết toàn dân tộc",
    "kịp thời phát hiện, giải quyết những vấn đề phát sinh ngay từ cơ sở",
    "góp phần thực hiện thắng lợi nhiệm vụ chính trị của địa phương",
    "bảo vệ quyền và lợi ích hợp pháp, chính đáng của đoàn viên, hội viên và nhân dân",
)  # fmt: skip
EXTRAS = (
    "nhất là người đứng đầu", "trọng tâm là cấp cơ sở", "gắn với trách nhiệm cá nhân",
    "không để phát sinh điểm nóng", "thiết thực, hiệu quả, tránh hình thức",
    "phù hợp với chức năng, nhiệm vụ được giao", "bảo đảm đúng quy định",
    "(*nếu thấy cần thiết*)", "trên tinh thần dân chủ, công khai, minh bạch",
)  # fmt: skip
SUBJECTS = (
    "tăng cường sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới",
    "tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động "
    "hiệu lực, hiệu quả",
    "tăng cường công tác kiểm tra, giám sát và kỷ luật của Đảng",
    "đẩy mạnh phòng, chống tham nhũng, lãng phí, tiêu cực",
    "tăng cường và đổi mới sự lãnh đạo của các cấp ủy đảng đối với công tác của Mặt trận Tổ "
    "quốc và các tổ chức chính trị - xã hội",
    "nâng cao hiệu quả công tác dân vận của các cơ quan nhà nước các cấp",
    "tiếp tục đẩy mạnh xây dựng nông thôn mới",
    "chuyển đổi số trong các cơ quan Đảng, Nhà nước",
    "bảo đảm an ninh, trật tự trong tình hình mới",
    "tăng cường công tác thanh niên trong thời kỳ mới",
    "quy định việc giám sát và phản biện xã hội của Mặt trận Tổ quốc",
    "quy định việc góp ý xây dựng Đảng, xây dựng chính quyền",
    "công tác văn thư", "đẩy mạnh cải cách hành chính",
    "tăng cường sự lãnh đạo của Đảng đối với công tác giảm nghèo bền vững",
    "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "công tác tuyên truyền, giáo dục truyền thống cách mạng",
)  # fmt: skip
SECTION_TITLES = (
    "MỤC ĐÍCH, YÊU CẦU", "MỤC TIÊU", "QUAN ĐIỂM CHỈ ĐẠO", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
    "KẾT QUẢ THỰC HIỆN", "ĐÁNH GIÁ CHUNG", "HẠN CHẾ, NGUYÊN NHÂN", "BÀI HỌC KINH NGHIỆM",
    "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "ĐỀ XUẤT, KIẾN NGHỊ", "NỘI DUNG TRỌNG TÂM",
)  # fmt: skip
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
TITLE_CUES = (
    "thực hiện", "triển khai thực hiện", "tiếp tục thực hiện", "sơ kết 5 năm thực hiện",
    "tổng kết 10 năm thực hiện", "học tập, quán triệt và triển khai thực hiện",
)  # fmt: skip
OPENING_CUES = ("Thực hiện", "Căn cứ", "Triển khai thực hiện", "Để cụ thể hóa")
CITE_CUES = (
    "Thực hiện", "Căn cứ", "Triển khai", "Theo tinh thần", "Tiếp tục thực hiện",
    "Quán triệt", "Cụ thể hóa", "Trên cơ sở",
)  # fmt: skip
INLINE_CUES = (
    "tiếp tục quán triệt và thực hiện nghiêm", "tổ chức sơ kết việc thực hiện",
    "thực hiện tốt", "bám sát", "theo quy định tại", "theo hướng dẫn tại", "căn cứ",
    "nghiên cứu, học tập", "đánh giá kết quả thực hiện",
)  # fmt: skip
RECIPIENTS = (
    "Thường trực Tỉnh ủy", "Văn phòng Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Thường trực Huyện ủy",
    "Thường trực HĐND, UBND huyện", "Các đồng chí Huyện ủy viên",
    "Các chi, đảng bộ trực thuộc", "Các cơ quan, ban, ngành, đoàn thể huyện",
    "Ủy ban MTTQ và các tổ chức chính trị - xã hội huyện", "Các phòng, ban chuyên môn",
)  # fmt: skip
TERMS = ((2001, "IX"), (2006, "X"), (2011, "XI"), (2016, "XII"), (2021, "XIII"))


# Sentences that begin with a type word and a number but cite nothing.
PROSE_NUMBERS = (
    "Báo cáo 6 tháng đầu năm và báo cáo năm gửi về Thường trực Huyện ủy trước ngày 15/6 và "
    "15/12 hằng năm. ",
    "Kế hoạch 5 năm {y}-{y4} được triển khai đồng bộ ở các xã, thị trấn. ",
    "Báo cáo 9 tháng phải nêu rõ kết quả, hạn chế và nguyên nhân. ",
)  # fmt: skip
# Draft numbers that are not codes (DOMAIN.md pitfall 12).
PLACEHOLDERS = ("Số      -KH/HU", "Số: /KH-UBND", "Số: .../QĐ-UBND", "Số     -NQ/ĐU")
# New → old tone-mark placement (DOMAIN.md pitfall 17): "Huyện ủy" → "Huyện uỷ".
OLD_TONES = (("ủy", "uỷ"), ("Ủy", "Uỷ"), ("khóa", "khoá"), ("hòa", "hoà"), ("thỏa", "thoả"))


def old_tones(text: str) -> str:
    for new, old in OLD_TONES:
        text = text.replace(new, old)
    return text


def _distractors(rng: random.Random) -> str:
    """A phrase that looks numeric or code-like but holds no document code."""
    y = rng.randint(2011, 2024)
    n = rng.randint(1, 28)
    options = (
        f"giai đoạn {y}-{y + 4}", f"giai đoạn {y}- {y + 4}", f"nhiệm kỳ {y} - {y + 5}",
        f"giai đoạn {y}–{y + 4}", f"đạt {rng.randint(20, 99)}% trở lên",
        f"đạt {rng.randint(50, 99)},{rng.randint(1, 9)}%", "phòng, chống dịch COVID-19",
        "qua số điện thoại 0204.3854.123", "Ban Chấp hành Trung ương Đảng khóa XIII",
        f"xong trong quý III/{y}", f"theo quy định tại Điều {rng.randint(2, 30)}",
        f"khoản 2 Điều {rng.randint(2, 30)}", f"trước ngày {n}/{rng.randint(1, 12)}/{y}",
        f"ngày {n:02d}/{rng.randint(1, 12):02d}/{y}", f"các ngày 12, 13/5/{y}",
        "bản đồ quy hoạch tỷ lệ 1/500", "bảo đảm QCVN 01:2021/BYT", "theo Mẫu B01/ĐP",
        "đăng trên Báo Bắc Giang số 49 (7.397)", "từ 03 - 05 mô hình mỗi năm",
        "có từ 25 đến 30% chi bộ", f"năm học {y}-{y + 1}", f"tháng {rng.randint(1, 12)}/{y}",
        "đường dây nóng 1900.1234", f"Hội nghị Trung ương {rng.randint(3, 9)} khóa XII",
        f"{rng.randint(2, 40)}/{rng.randint(41, 60)} xã đạt chuẩn", "tốc độ tối đa 10-km/h",
        "phòng, chống SARS-CoV-2", "áp dụng TCVN ISO 9001:2015", "Fax: 0204.3854.124",
    )  # fmt: skip
    return rng.choice(options)


# ---------------------------------------------------------------------------------------
# Codes
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Code:
    """A document that a generated text cites, with what is needed to write it out."""

    family: str  # "party" | "state"
    number: int
    kind: str  # canonical type abbreviation; "" for State letters and laws
    issuer: str  # canonical issuer with units: "TW", "TWĐTN-BTC", "UBND-NC", "QH14"
    word: str  # type word in prose: "Kết luận"
    body: str  # issuing body in prose: "Bộ Chính trị"
    issued: date
    year: int | None = None  # year in a State code
    suffix: str = ""  # "c" in 30c/NQ-CP
    internal: bool = False  # Party "/nb"

    @property
    def num(self) -> str:
        return f"{self.number:02d}{self.suffix}"

    @property
    def canonical(self) -> str:
        if self.family == "party":
            return f"{self.num}-{self.kind}/{self.issuer}{'/nb' if self.internal else ''}"
        year = f"{self.year}/" if self.year else ""
        symbol = f"{self.kind}-{self.issuer}" if self.kind else self.issuer
        return f"{self.num}/{year}{symbol}"


@dataclass(frozen=True, slots=True)
class Maker:
    """A kind of document that may be cited: type, issuer(s), type word, bodies, numbers."""

    family: str
    kind: str
    issuers: tuple[str, ...]
    word: str
    bodies: tuple[str, ...]
    max_number: int = 300
    year: float = 0.0  # probability that a State code carries its year
    weight: int = 1


_TW_BODIES = ("Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương Đảng")
_TU_BODIES = ("Ban Thường vụ Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh", "Thường trực Tỉnh ủy")
_HU_BODIES = ("Ban Thường vụ Huyện ủy", "Ban Chấp hành Đảng bộ huyện", "Huyện ủy")
PARTY_MAKERS = (
    Maker("party", "KL", ("TW",), "Kết luận", _TW_BODIES, 250, weight=6),
    Maker("party", "NQ", ("TW",), "Nghị quyết", _TW_BODIES, 60, weight=5),
    Maker("party", "CT", ("TW",), "Chỉ thị", ("Ban Bí thư", "Bộ Chính trị"), 50, weight=4),
    Maker("party", "QĐ", ("TW",), "Quyết định", ("Bộ Chính trị",), 400, weight=3),
    Maker("party", "QĐ", ("TW",), "Quy định", ("Bộ Chính trị", "Ban Bí thư"), 400, weight=2),
    Maker("party", "QĐi", ("TW",), "Quy định", ("Ban Chấp hành Trung ương",), 30),
    Maker("party", "TB", ("TW",), "Thông báo", ("Bộ Chính trị", "Ban Bí thư"), 300, weight=2),
    Maker("party", "HD", ("BTCTW",), "Hướng dẫn", ("Ban Tổ chức Trung ương",), 80),
    Maker("party", "HD", ("VPTW",), "Hướng dẫn", ("Văn phòng Trung ương Đảng",), 80),
    Maker("party", "HD", ("UBKTTW",), "Hướng dẫn", ("Ủy ban Kiểm tra Trung ương",), 20),
    Maker("party", "KH", ("BTGDVTW",), "Kế hoạch",
          ("Ban Tuyên giáo và Dân vận Trung ương",), 200),  # fmt: skip
    Maker("party", "CV", ("VPTW",), "Công văn", ("Văn phòng Trung ương Đảng",), 19_999),
    Maker("party", "CT", ("TWĐTN-BTC",), "Chỉ thị", ("Ban Bí thư Trung ương Đoàn",), 20),
    Maker("party", "QĐ", ("TWĐTN-VP", "TWĐTN"), "Quyết định",
          ("Ban Chấp hành Trung ương Đoàn",), 2000),  # fmt: skip
    Maker("party", "KH", ("TĐTN-BCNLĐ", "TĐTN-CTĐ&TTN", "TĐTN-TCKT"), "Kế hoạch",
          ("Ban Thường vụ Tỉnh đoàn",), 500),  # fmt: skip
    Maker("party", "NQ", ("TU",), "Nghị quyết", ("Ban Chấp hành Đảng bộ tỉnh",), 150, weight=3),
    Maker("party", "KL", ("TU",), "Kết luận", _TU_BODIES, 300, weight=3),
    Maker("party", "CT", ("TU",), "Chỉ thị", ("Ban Thường vụ Tỉnh ủy",), 60, weight=2),
    Maker("party", "KH", ("TU",), "Kế hoạch", _TU_BODIES, 400, weight=3),
    Maker("party", "CTr", ("TU",), "Chương trình hành động", ("Tỉnh ủy",), 80),
    Maker("party", "QĐ", ("TU",), "Quyết định", ("Ban Thường vụ Tỉnh ủy",), 5000),
    Maker("party", "TB", ("TU",), "Thông báo", ("Thường trực Tỉnh ủy",), 900),
    Maker("party", "CV", ("TU",), "Công văn", ("Văn phòng Tỉnh ủy",), 3000),
    Maker("party", "NQ", ("HU",), "Nghị quyết", _HU_BODIES, 80, weight=3),
    Maker("party", "KH", ("HU",), "Kế hoạch", _HU_BODIES, 300, weight=2),
    Maker("party", "ĐA", ("HU",), "Đề án", ("Ban Chấp hành Đảng bộ huyện",), 30),
    Maker("party", "KL", ("HU",), "Kết luận", ("Ban Thường vụ Huyện ủy",), 200),
    Maker("party", "KH", ("QU",), "Kế hoạch", ("Ban Thường vụ Quận ủy",), 300),
    Maker("party", "NQ", ("ĐU",), "Nghị quyết", ("Ban Chấp hành Đảng bộ xã",), 40),
    Maker("party", "KH", ("ĐU",), "Kế hoạch", ("Đảng ủy phường",), 150),
    Maker("party", "QyĐ", ("ĐU",), "Quy định", ("Đảng ủy xã",), 20),
    Maker("party", "KH", ("BCĐ",), "Kế hoạch", ("Ban Chỉ đạo",), 90),
    Maker("party", "KH", ("BCSĐ",), "Kế hoạch", ("Ban cán sự đảng UBND tỉnh",), 90),
    Maker("party", "KH", ("ĐUK",), "Kế hoạch", ("Đảng ủy Khối các cơ quan tỉnh",), 150),
)  # fmt: skip
_MINISTRIES = {
    "BTC": "Bộ Tài chính", "BNV": "Bộ Nội vụ", "BGDĐT": "Bộ Giáo dục và Đào tạo",
    "BTNMT": "Bộ Tài nguyên và Môi trường", "BYT": "Bộ Y tế", "BKHCN": "Bộ Khoa học và Công nghệ",
    "BNNMT": "Bộ Nông nghiệp và Môi trường", "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
}  # fmt: skip
STATE_MAKERS = (
    Maker("state", "NĐ", ("CP",), "Nghị định", ("Chính phủ",), 200, 1.0, weight=4),
    Maker("state", "NQ", ("CP",), "Nghị quyết", ("Chính phủ",), 200, 0.1, weight=3),
    Maker("state", "QĐ", ("TTg",), "Quyết định", ("Thủ tướng Chính phủ",), 2500, 0.2, weight=4),
    Maker("state", "CT", ("TTg",), "Chỉ thị", ("Thủ tướng Chính phủ",), 40, weight=3),
    Maker("state", "CĐ", ("TTg",), "Công điện", ("Thủ tướng Chính phủ",), 1200),
    *(Maker("state", "TT", (k,), "Thông tư", (v,), 60, 1.0) for k, v in _MINISTRIES.items()),
    # Irregular joint code (DOMAIN.md §11 #44): written 19/2008/NQLT/CP-UBTUMTTQVN.
    Maker("state", "NQLT", ("CP-UBTUMTTQVN",), "Nghị quyết liên tịch",
          ("Chính phủ và Ủy ban Trung ương MTTQ Việt Nam",), 30, 1.0),  # fmt: skip
    Maker("state", "TTLT", ("BNV-VPCP", "BTC-BNV"), "Thông tư liên tịch",
          ("Bộ Nội vụ và Văn phòng Chính phủ",), 60, 1.0),  # fmt: skip
    Maker("state", "KH", ("UBND",), "Kế hoạch", ("UBND tỉnh", "UBND huyện"), 400, weight=4),
    Maker("state", "QĐ", ("UBND",), "Quyết định", ("UBND tỉnh",), 3000, 0.3, weight=3),
    Maker("state", "NQ", ("HĐND",), "Nghị quyết", ("HĐND tỉnh",), 200, 0.4, weight=2),
    Maker("state", "TB", ("UBND",), "Thông báo", ("UBND huyện",), 500),
    Maker("state", "HD", ("SNV",), "Hướng dẫn", ("Sở Nội vụ",), 90),
    Maker("state", "BC", ("VPUB",), "Báo cáo", ("Văn phòng UBND tỉnh",), 900),
    Maker("state", "QĐ", ("MTTW-BTT",), "Quyết định",
          ("Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",), 300),  # fmt: skip
    Maker("state", "HD", ("MT",), "Hướng dẫn", ("Ban Thường trực Ủy ban MTTQ tỉnh",), 60),
    Maker("state", "VBHN", ("BNNMT",), "Văn bản hợp nhất",
          ("Bộ Nông nghiệp và Môi trường",), 60),  # fmt: skip
    Maker("state", "NQ", ("UBTVQH15",), "Nghị quyết", ("Ủy ban Thường vụ Quốc hội",), 1800),
    Maker("state", "", ("UBTVQH14", "UBTVQH15"), "Nghị quyết",
          ("Ủy ban Thường vụ Quốc hội",), 400, 1.0),  # fmt: skip
    Maker("state", "", ("QH13", "QH14", "QH15"), "Luật", ("Quốc hội",), 80, 1.0, weight=2),
    Maker("state", "", ("UBND-NC", "UBND-VX", "UBND-KT", "BKHCN-TTCNTT"), "Công văn",
          ("UBND tỉnh", "Bộ Khoa học và Công nghệ"), 6000, weight=2),  # fmt: skip
)  # fmt: skip
_PARTY_WEIGHTS = [m.weight for m in PARTY_MAKERS]
_STATE_WEIGHTS = [m.weight for m in STATE_MAKERS]
# Type words for short forms ("Kết luận 62"), by code type.
SHORT_WORDS = {
    "KL": "Kết luận", "TB": "Thông báo", "NQ": "Nghị quyết", "CT": "Chỉ thị",
    "QĐ": "Quyết định", "KH": "Kế hoạch", "HD": "Hướng dẫn", "NĐ": "Nghị định",
}  # fmt: skip
_DAY0 = date(2006, 1, 1)


def _random_date(rng: random.Random, since: date = _DAY0) -> date:
    return since + timedelta(days=rng.randrange(max(1, (date(2025, 6, 30) - since).days)))


def term_of(day: date) -> str:
    """The numbered term ("khóa XII") of the Central Committee sitting on `day`."""
    found = TERMS[0][1]
    for start, name in TERMS:
        if day.year >= start:
            found = name
    return found


def new_code(rng: random.Random, used: set[int], *, party: float = 0.72,
             maker: Maker | None = None) -> Code:  # fmt: skip
    """Draw a cited document; its number is not in `used` (numbers are unique per text)."""
    if maker is None:
        if rng.random() < party:
            maker = rng.choices(PARTY_MAKERS, _PARTY_WEIGHTS)[0]
        else:
            maker = rng.choices(STATE_MAKERS, _STATE_WEIGHTS)[0]
    number = rng.randint(1, maker.max_number)
    while number in used:
        number = rng.randint(1, maker.max_number + 50)
    used.add(number)
    issued = _random_date(rng)
    year = issued.year if rng.random() < maker.year else None
    suffix = "c" if maker.kind == "NQ" and maker.issuers == ("CP",) and rng.random() < 0.05 else ""
    internal = maker.kind == "CV" and maker.issuers == ("VPTW",) and rng.random() < 0.3
    return Code(maker.family, number, maker.kind, rng.choice(maker.issuers), maker.word,
                rng.choice(maker.bodies), issued, year, suffix, internal)  # fmt: skip


def sibling(code: Code, used: set[int]) -> Code:
    """The next document of the same series and date ("217-QĐ/TW và 218-QĐ/TW")."""
    number = code.number + 1
    while number in used:
        number += 1
    used.add(number)
    return Code(code.family, number, code.kind, code.issuer, code.word, code.body, code.issued,
                code.year, "", code.internal)  # fmt: skip


def _pick(rng: random.Random, options: Sequence[tuple[float, str]]) -> str:
    """Choose among (weight, value) pairs."""
    return rng.choices([v for _, v in options], [w for w, _ in options])[0]


def render_party(rng: random.Random, code: Code) -> str:
    """Write a Party code as real text does: spaces, en dashes, line breaks, eth, case."""
    num = code.num if code.number >= 10 or rng.random() < 0.85 else str(code.number)
    kind, issuer = code.kind, code.issuer
    exact_kind = True
    if kind == "CTr" and rng.random() < 0.2:
        kind, exact_kind = "Ctr", False
    elif "Đ" in kind and rng.random() < 0.03:
        kind, exact_kind = kind.replace("Đ", "\u00d0"), False  # Latin capital eth
    seps = [(86.0, "-"), (3.0, " - "), (3.0, " -"), (2.0, "- "), (3.0, "\u2013"),
            (1.0, "\u00a0-\u00a0"), (0.5, "-\n")]  # fmt: skip
    if exact_kind:
        seps.append((2.0, " "))  # missing hyphen: "84 QĐ/TWĐTN"
    slash = _pick(rng, [(95.0, "/"), (2.0, "/\n"), (1.0, "\uff0f"), (1.0, "/\u200b"),
                        (1.0, " / ")])  # fmt: skip
    tail = "/nb" if code.internal else ""
    return f"{num}{_pick(rng, seps)}{kind}{slash}{issuer}{tail}"


_BARLESS = {"NĐ": "ND", "QĐ": "QD", "HĐND": "HDND"}


def render_state(rng: random.Random, code: Code) -> str:
    """Write a State code: "44 /2005/QĐ-UBND", "11/CT- UBND", "101/QĐ-TTG", "43/2014/ND-CP"."""
    lead = code.num + _pick(rng, [(96.0, "/"), (3.0, " /"), (1.0, "/\n")])
    year = f"{code.year}/" if code.year else ""
    parts = [code.kind, *code.issuer.split("-")] if code.kind else code.issuer.split("-")
    r = rng.random()
    if r < 0.04:
        parts = [_BARLESS.get(p, p) for p in parts]
    elif r < 0.14:
        parts = ["TTG" if p == "TTg" else p for p in parts]
    hyphen = _pick(rng, [(95.0, "-"), (3.0, "- "), (2.0, " -")])
    if code.kind == "NQLT":  # the irregular joint form keeps a slash after the type
        return f"{lead}{year}{parts[0]}/{hyphen.join(parts[1:])}"
    return f"{lead}{year}{hyphen.join(parts)}"


def render(rng: random.Random, code: Code) -> str:
    return render_party(rng, code) if code.family == "party" else render_state(rng, code)


# ---------------------------------------------------------------------------------------
# The builder: append-only text that remembers where planted mentions stand
# ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class DocBuilder:
    parts: list[str] = field(default_factory=list)
    chars: int = 0
    nbytes: int = 0
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    shorts: list[tuple[int, int, str]] = field(default_factory=list)
    selfs: list[tuple[int, int]] = field(default_factory=list)
    old_tones: bool = False  # write "Huyện uỷ", "khoá" (old tone-mark placement)
    nfd: bool = False  # write decomposed Unicode, as some PDF extractors do

    def text(self, s: str) -> None:
        if self.old_tones:
            s = old_tones(s)
        if self.nfd:
            s = unicodedata.normalize("NFD", s)
        self.parts.append(s)
        self.chars += len(s)
        self.nbytes += len(s.encode("utf-8"))

    def code(self, surface: str, canonical: str) -> None:
        start = self.chars
        self.text(surface)
        self.mentions.append((start, self.chars, canonical))

    def short(self, surface: str, canonical: str) -> None:
        start = self.chars
        self.text(surface)
        self.shorts.append((start, self.chars, canonical))

    def self_ref(self, surface: str) -> None:
        start = self.chars
        self.text(surface)
        self.selfs.append((start, self.chars))

    def value(self) -> str:
        return "".join(self.parts)


@dataclass(slots=True)
class Host:
    """The document being written: its kind, issuer, own code and what it has cited."""

    family: str
    heading: str  # "KẾ HOẠCH"
    word: str  # "Kế hoạch"
    actor: str  # "Ban Thường vụ Huyện ủy"
    place: str
    province: str
    own: Code | None
    issued: date
    used: set[int] = field(default_factory=set)
    cited: list[Code] = field(default_factory=list)


_HOST_KINDS = (
    ("KẾ HOẠCH", "Kế hoạch", "KH", 6), ("KẾT LUẬN", "Kết luận", "KL", 2),
    ("NGHỊ QUYẾT", "Nghị quyết", "NQ", 2), ("CHỈ THỊ", "Chỉ thị", "CT", 1),
    ("HƯỚNG DẪN", "Hướng dẫn", "HD", 1), ("BÁO CÁO", "Báo cáo", "BC", 2),
    ("THÔNG BÁO", "Thông báo", "TB", 1), ("CHƯƠNG TRÌNH HÀNH ĐỘNG", "Chương trình", "CTr", 1),
)  # fmt: skip
_PARTY_HOSTS = (
    ("HU", "Ban Thường vụ Huyện ủy", "Huyện ủy {d}", 5), ("TU", "Ban Thường vụ Tỉnh ủy",
    "Tỉnh ủy {p}", 2), ("ĐU", "Ban Thường vụ Đảng ủy", "Đảng ủy xã {c}", 2),
    ("QU", "Ban Thường vụ Quận ủy", "Quận ủy {d}", 1),
)  # fmt: skip


def new_host(rng: random.Random) -> Host:
    heading, word, kind, _ = rng.choices(_HOST_KINDS, [k[3] for k in _HOST_KINDS])[0]
    province, district = rng.choice(PROVINCES), rng.choice(DISTRICTS)
    issued = _random_date(rng, date(2012, 1, 1))
    used: set[int] = set()
    if rng.random() < 0.8:
        issuer, actor, body, _ = rng.choices(_PARTY_HOSTS, [h[3] for h in _PARTY_HOSTS])[0]
        family = "party"
        body = body.format(d=district, p=province, c=rng.choice(COMMUNES))
    else:
        issuer, family = "UBND", "state"
        actor = body = f"UBND tỉnh {province}"
        kind = "KH" if kind in ("CTr", "KL") else kind
    own = None
    if rng.random() < 0.75:
        number = rng.randint(1, 400)
        used.add(number)
        own = Code(family, number, kind, issuer, word, body, issued)
    place = district if family == "party" else province
    return Host(family, heading, word, actor, place, province, own, issued, used)


# ---------------------------------------------------------------------------------------
# Pieces of text
# ---------------------------------------------------------------------------------------


def _date_text(rng: random.Random, day: date) -> str:
    dd = f"{day.day:02d}" if rng.random() < 0.6 else str(day.day)
    mm = f"{day.month:02d}" if rng.random() < 0.5 else str(day.month)
    return _pick(rng, [
        (72.0, f"{dd}/{mm}/{day.year}"), (10.0, f"{dd}-{mm}-{day.year}"),
        (12.0, f"{dd} tháng {mm} năm {day.year}"), (3.0, f"{dd}/\n{mm}/{day.year}"),
        (3.0, f"{dd} / {mm} /{day.year}"),
    ])  # fmt: skip


def _tail(b: DocBuilder, rng: random.Random, code: Code, *, subject: bool) -> None:
    """Date, issuing body, term and subject after a code; each part optional."""
    if rng.random() < 0.8:
        sep = ", ngày " if code.family == "party" and rng.random() < 0.3 else " ngày "
        b.text(sep + _date_text(rng, code.issued))
    if rng.random() < 0.85:
        b.text(f" của {code.body}")
        if code.family == "party" and code.issuer == "TW" and rng.random() < 0.4:
            form = rng.choice((" (khóa {})", " khóa {}", " (\nkhóa {})"))
            b.text(form.format(term_of(code.issued)))
    if subject and rng.random() < 0.6:
        b.text(f" về {rng.choice(SUBJECTS)}")


def _type_word(rng: random.Random, code: Code) -> str:
    if code.kind == "TB" and code.issuer == "TW" and rng.random() < 0.3:
        return "Thông báo kết luận"
    if code.family == "state" and not code.kind and code.word == "Công văn":
        return rng.choice(("Công văn", "văn bản", "Văn bản"))
    return code.word


def cite(b: DocBuilder, rng: random.Random, host: Host, code: Code, *, tail: bool = True,
         subject: bool = True) -> None:  # fmt: skip
    """Write "Kết luận số 62-KL/TW ngày 08/12/2009 của Bộ Chính trị về …"."""
    word = _type_word(rng, code)
    b.text(word + _pick(rng, [(84.0, " số "), (10.0, " "), (3.0, " số\n"), (3.0, " số: ")]))
    stars = rng.random() < 0.01
    if stars:
        b.text("*")
    b.code(render(rng, code), code.canonical)
    if stars:
        b.text("*")
    if tail:
        _tail(b, rng, code, subject=subject)
    if code not in host.cited:
        host.cited.append(code)


def cite_pair(b: DocBuilder, rng: random.Random, host: Host) -> None:
    """'Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị'."""
    first = new_code(rng, host.used)
    second = sibling(first, host.used)
    if rng.random() < 0.25:  # numbers sharing one symbol: "154 & 201/KH-ĐHHV", "217 và 218-QĐ/TW"
        b.text(f"các {first.word} số ")
        b.code(first.num, first.canonical)
        b.text(rng.choice((" và ", " & ", ", ")))
        b.code(render(rng, second), second.canonical)
        host.cited.extend((first, second))
        _tail(b, rng, second, subject=True)
        return
    cite(b, rng, host, first, tail=False)
    b.text(rng.choice((" và ", ", ")))
    cite(b, rng, host, second)


def _citable(rng: random.Random, host: Host) -> Code:
    """An earlier cited document (texts cite the same few again and again) or a new one."""
    if host.cited and rng.random() < 0.45:
        return rng.choice(host.cited)
    return new_code(rng, host.used)


_COMMON_NOUN_STARTS = ("Các ", "Cấp ", "Người ", "Đội ")


def _clause(rng: random.Random, *, after_semicolon: bool = False) -> str:
    actor = rng.choice(ACTORS)
    if after_semicolon and actor.startswith(_COMMON_NOUN_STARTS):
        actor = actor[0].lower() + actor[1:]
    text = f"{actor} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
    if rng.random() < 0.35:
        text += f", {rng.choice(EXTRAS)}"
    if rng.random() < 0.5:
        text += f"; {rng.choice(PURPOSES)}"
    if rng.random() < 0.07:  # a PDF line break in the middle of a sentence
        cut = text.rfind(" ", 0, len(text) // 2)
        if cut > 0:
            text = text[:cut] + rng.choice(("\n\n", "\n")) + text[cut + 1 :]
    return text


def filler_sentence(b: DocBuilder, rng: random.Random) -> None:
    text = _clause(rng)
    if rng.random() < 0.3:
        text += f", {_distractors(rng)}"
    b.text(text + ". ")


def citing_sentence(b: DocBuilder, rng: random.Random, host: Host) -> None:
    if rng.random() < 0.5:
        b.text(f"{rng.choice(CITE_CUES)} ")
        cite(b, rng, host, _citable(rng, host))
        b.text(f"; {_clause(rng, after_semicolon=True)}. ")
        return
    actor = rng.choice(ACTORS)
    b.text(f"{actor} {rng.choice(INLINE_CUES)} ")
    if rng.random() < 0.15:
        cite_pair(b, rng, host)
    else:
        cite(b, rng, host, _citable(rng, host))
        if rng.random() < 0.25:
            b.text(", ")
            cite(b, rng, host, _citable(rng, host))
    b.text(f", {rng.choice(PURPOSES)}. ")


def _has_short_form(code: Code) -> bool:
    if code.family == "party":
        return code.kind in SHORT_WORDS
    return code.kind in ("NĐ", "CT")


def bare_sentence(b: DocBuilder, rng: random.Random, host: Host) -> None:
    """Codes with no tail, right before punctuation, in brackets or listed bare."""
    form = rng.random()
    if form < 0.4:
        b.text(f"{_clause(rng)} theo ")
        cite(b, rng, host, _citable(rng, host), tail=False)
        b.text(rng.choice((". ", "; ", ": ", "! ")))
    elif form < 0.7:
        b.text(f"{_clause(rng)} (")
        cite(b, rng, host, _citable(rng, host), tail=False)
        b.text(rng.choice(("). ", ")./.", ")\n")))
    else:
        codes = [_citable(rng, host) for _ in range(rng.randint(2, 3))]
        b.text(f"{rng.choice(ACTORS)} tiếp tục thực hiện các văn bản ")
        for i, code in enumerate(codes):
            if i:
                b.text(" và " if i == len(codes) - 1 else ", ")
            b.code(render(rng, code), code.canonical)
            if code not in host.cited:
                host.cited.append(code)
        b.text(f", {rng.choice(PURPOSES)}. ")


def prose_number_sentence(b: DocBuilder, rng: random.Random) -> None:
    y = rng.randint(2011, 2021)
    b.text(rng.choice(PROSE_NUMBERS).format(y=y, y4=y + 4))


def short_sentence(b: DocBuilder, rng: random.Random, host: Host) -> bool:
    """'Tiếp tục thực hiện Kết luận 62 …' for a document cited in full before; False if none."""
    candidates = [c for c in host.cited if _has_short_form(c)]
    if not candidates:
        return False
    code = rng.choice(candidates)
    b.text(f"{rng.choice(ACTORS)} {rng.choice(INLINE_CUES)} ")
    word = SHORT_WORDS[code.kind]
    # Without "số", a year-like number ("Quyết định 1978") reads as a year: write "số".
    so = rng.random() < 0.2 or 1945 <= code.number <= 2099
    b.short(f"{word}{' số' if so else ''} {code.number}", code.canonical)
    b.text(f" gắn với {rng.choice(OBJECTS)}; {rng.choice(PURPOSES)}. ")
    return True


def self_sentence(b: DocBuilder, rng: random.Random, host: Host) -> None:
    word = host.word if rng.random() < 0.8 else host.word.lower()
    if rng.random() < 0.5:
        b.text(f"Giao {rng.choice(ACTORS)} theo dõi, đôn đốc việc thực hiện ")
        b.self_ref(f"{word} này")
        b.text("; định kỳ báo cáo kết quả theo quy định. ")
    else:
        b.text(f"{rng.choice(ACTORS)} căn cứ ")
        b.self_ref(f"{word} này")
        b.text(f" xây dựng kế hoạch cụ thể, {rng.choice(PURPOSES)}. ")


def paragraph(b: DocBuilder, rng: random.Random, host: Host) -> None:
    lead = _pick(rng, [(70.0, ""), (15.0, "- "), (8.0, "+ "), (7.0, "a) ")])
    b.text(lead)
    # Reference density calibrated on examples/corpus (about 0.8 references per KB, 3.1
    # paragraphs per KB, median paragraph 226 bytes; see RESULTS_extract.md). Every sentence
    # kind keeps its share relative to the others; only prose (filler) gained.
    for _ in range(rng.randint(1, 5)):
        r = rng.random()
        if r < 0.08:
            citing_sentence(b, rng, host)
        elif r < 0.095:
            if not short_sentence(b, rng, host):
                filler_sentence(b, rng)
        elif r < 0.105:
            self_sentence(b, rng, host)
        elif r < 0.12:
            bare_sentence(b, rng, host)
        elif r < 0.13:
            prose_number_sentence(b, rng)
        else:
            filler_sentence(b, rng)
    if rng.random() < 0.03:
        b.text("¹")
    b.text("\n\n")


def _subheading(rng: random.Random) -> str:
    verb = rng.choice(VERBS)
    return f"{verb[0].upper()}{verb[1:]} {rng.choice(OBJECTS)}"


def section(b: DocBuilder, rng: random.Random, host: Host, index: int, title: str,
            budget: int) -> None:  # fmt: skip
    sep = rng.choice((". ", "- ", ". "))
    b.text(f"{ROMAN[index]}{sep}{title}\n\n")
    for sub in range(1, rng.randint(2, 5)):
        if b.nbytes >= budget:
            return
        if rng.random() < 0.1:
            b.text(f"**{index + 1}.{sub}.** {_subheading(rng)}\n\n")
        else:
            b.text(f"{sub}{sep}{_subheading(rng)}\n\n")
        for _ in range(rng.randint(1, 3)):
            paragraph(b, rng, host)
            if b.nbytes >= budget:
                return


def header(b: DocBuilder, rng: random.Random, host: Host) -> None:
    b.text("\n" * rng.randint(0, 2))
    if host.own is None:
        if rng.random() < 0.15:  # a draft: "Số      -KH/HU" is not a code
            b.text(f"{host.actor.upper()}\n{rng.choice(PLACEHOLDERS)}\n\n")
        return
    if rng.random() < 0.4:
        return  # many texts start at the heading, as the samples do
    own = host.own
    day = host.issued
    when = f"{host.place}, ngày {day.day:02d} tháng {day.month} năm {day.year}"
    if host.family == "party":
        b.text(f"ĐẢNG BỘ TỈNH {host.province.upper()}\n{own.body.upper()}\n*\nSố ")
        b.code(render(rng, own), own.canonical)
        b.text(f"\nĐẢNG CỘNG SẢN VIỆT NAM\n{when}\n\n")
    else:
        b.text(f"ỦY BAN NHÂN DÂN\nTỈNH {host.province.upper()}\nSố: ")
        b.code(render(rng, own), own.canonical)
        b.text("\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n")
        b.text(f"{when}\n\n")


def title_and_opening(b: DocBuilder, rng: random.Random, host: Host) -> None:
    b.text(f"{host.heading}\n\n")
    primary = new_code(rng, host.used, party=0.8 if host.family == "party" else 0.3)
    if rng.random() < 0.85:
        b.text(f"{rng.choice(TITLE_CUES)} ")
        cite(b, rng, host, primary)
    else:
        b.text(f"về {rng.choice(SUBJECTS)}")
    b.text("\n\n")
    if host.family == "state" and rng.random() < 0.7:
        b.text("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n")
        b.text("Căn cứ ")
        cite(b, rng, host, new_code(rng, host.used, party=0.0))
        b.text(";\n")
    b.text(f"{rng.choice(OPENING_CUES)} ")
    cite(b, rng, host, primary)
    if rng.random() < 0.3:
        b.text("; ")
        cite(b, rng, host, new_code(rng, host.used))
    if rng.random() < 0.15 and primary.family == "party":
        b.text(f" (sau đây gọi tắt là {primary.word} số ")
        b.code(primary.canonical, primary.canonical)
        b.text(")")
    b.text(f"; {host.actor} xây dựng {host.word} thực hiện, cụ thể như sau:\n\n")


def closing(b: DocBuilder, rng: random.Random, host: Host, index: int) -> None:
    b.text(f"{ROMAN[index]}. TỔ CHỨC THỰC HIỆN\n\n1. ")
    filler_sentence(b, rng)
    b.text("\n\n2. ")
    self_sentence(b, rng, host)
    b.text(f"\n\n3. {rng.choice(ACTORS)} chủ trì, phối hợp với các cơ quan liên quan theo dõi, "
           "đôn đốc, kiểm tra việc thực hiện; định kỳ hằng năm báo cáo kết quả với "
           f"{host.actor} theo quy định./.\n\n")  # fmt: skip
    b.text("Nơi nhận:\n\n")
    for name in rng.sample(RECIPIENTS, rng.randint(3, 7)):
        b.text(f"- {name},\n")
    b.text("- Lưu Văn thư.\n\n")
    name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
    if host.family == "party":
        office = rng.choice(("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ", "T/M BAN THƯỜNG VỤ\nBÍ THƯ",
                             "T/M BAN CHẤP HÀNH\nBÍ THƯ"))  # fmt: skip
    else:
        office = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
    stars = "**" if rng.random() < 0.3 else ""
    b.text(f"{stars}{office}{stars}\n\n{'(Đã ký)' if rng.random() < 0.5 else ''}\n\n{name}\n")


def annex(b: DocBuilder, rng: random.Random, host: Host, budget: int) -> None:
    """'(Ban hành kèm theo Kế hoạch số 123-KH/TU, ngày 29/8/2014 của …)' and an outline."""
    own = host.own
    if own is None:
        return
    b.text("\n\nĐỀ CƯƠNG\n\nBÁO CÁO KẾT QUẢ THỰC HIỆN\n\n(Ban hành kèm theo ")
    b.text(f"{host.word} số ")
    b.code(render(rng, own), own.canonical)
    b.text(f", ngày {_date_text(rng, host.issued)} của {host.actor})\n\n")
    for i in range(1, 4):
        if b.nbytes >= budget:
            return
        b.text(f"{i}. {_subheading(rng)}\n\n")
        paragraph(b, rng, host)


# ---------------------------------------------------------------------------------------
# Documents and the corpus
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Document:
    text: str
    nbytes: int
    mentions: list[tuple[int, int, str]]
    shorts: list[tuple[int, int, str]]
    selfs: list[tuple[int, int]]

    def expected(self, name: str) -> dict[str, object]:
        return {
            "file": name,
            "bytes": self.nbytes,
            "codes": sorted({c for _, _, c in self.mentions}),
            "mentions": [list(m) for m in self.mentions],
            "short": [list(s) for s in self.shorts],
            "self": [list(s) for s in self.selfs],
        }


def document(seed: int, index: int) -> Document:
    """Generate document `index` of the corpus for `seed` (independent of the others)."""
    rng = random.Random(f"vbgraph-bench:{seed}:{index}")
    target = int(rng.triangular(MIN_DOC_BYTES + 800, MAX_DOC_BYTES - 1500, 14_000))
    host = new_host(rng)
    b = DocBuilder(old_tones=rng.random() < 0.2, nfd=rng.random() < 0.03)
    header(b, rng, host)
    title_and_opening(b, rng, host)
    titles = rng.sample(SECTION_TITLES, 6)
    has_annex = host.own is not None and rng.random() < 0.2
    body_budget = target - _CLOSING_RESERVE - (2_500 if has_annex else 0)
    index_ = 0
    while b.nbytes < body_budget and index_ < len(titles):
        section(b, rng, host, index_, titles[index_], body_budget)
        index_ += 1
    closing(b, rng, host, index_)
    if has_annex:
        annex(b, rng, host, target)
    text = b.value()
    return Document(text, b.nbytes, b.mentions, b.shorts, b.selfs)


@dataclass(frozen=True, slots=True)
class CorpusStats:
    files: int
    nbytes: int
    mentions: int
    seconds: float


def generate(out: Path, mb: float, seed: int = 1,
             progress: Callable[[int, int], None] | None = None) -> CorpusStats:  # fmt: skip
    """Write documents into `out` until their total size reaches `mb` MB (10**6 bytes)."""
    start = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    target = int(mb * MB)
    total = mentions = index = 0
    with (out / "expected.jsonl").open("w", encoding="utf-8", newline="") as expected:
        while total < target:
            doc = document(seed, index)
            name = f"doc_{index:05d}.txt"
            (out / name).write_text(doc.text, encoding="utf-8", newline="")
            expected.write(json.dumps(doc.expected(name), ensure_ascii=False) + "\n")
            total += doc.nbytes
            mentions += len(doc.mentions)
            index += 1
            if progress is not None and index % 500 == 0:
                progress(index, total)
    return CorpusStats(index, total, mentions, time.perf_counter() - start)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, required=True, help="directory to write into")
    parser.add_argument("--mb", type=float, default=50.0, help="total size in MB (10**6 B)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    stats = generate(args.out, args.mb, args.seed)
    print(f"wrote {stats.files} files, {stats.nbytes / MB:.1f} MB, {stats.mentions} planted "
          f"code mentions to {args.out} in {stats.seconds:.1f} s")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
