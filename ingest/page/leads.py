"""News leads and headlines: a dateline or source tag before an act, a headline over a lead,
what a lead under a headline tells, and a reported act's date, number and chain in the lead."""

from __future__ import annotations

import re
from datetime import date

from ingest.context import parse_date
from ingest.find import TYPE_WORD_ALT, TYPE_WORD_START
from ingest.page.actors import (
    _ACTOR_END,
    _PLACE_UNIT,
    _actor,
    _freshly_issued_by,
)
from ingest.page.common import (
    _BODY_START,
    _DAY,
    _LEAD_SCAN,
    _NUMBERED,
    _PAST,
    _SELF_STATEMENT,
    DAY_MONTH,
    PART_OF_DAY,
    _clause_start,
    _first_line_end,
    _is_sentence_line,
    _lead_lines,
    _line_start,
    _sentence_end,
    _skip_space,
)
from ingest.page.not_yet import (
    _TO_COME,
)
from ingest.page.reposts import (
    _FIRST_SECTION,
    _full_text_follows,
)
from ingest.page.statements import (
    _AS_FOLLOWS_ANY,
    _CARRIES_OUT_LINE,
    _CARRIES_OUT_OPENING,
    _LONG_AGO,
    _STATEMENT_VERB,
)
from ingest.text import NormalizedText, shadow_of

# "đã ban hành", "vừa ký ban hành", "có văn bản số", "đã xây dựng": a past act reported.
_REPORTED_ACT = re.compile(
    r"(?<![a-z])(?P<verb>(?:da|vua|moi)(?:\s+(?!ban\s)[a-z]+){0,2}?\s+(?:ky\s+)?ban\s+hanh"
    # ("… đã nhanh chóng xây dựng kế hoạch thực hiện": a word or two between)
    r"|(?:da|vua|moi)(?:\s+(?!xay\s)[a-z]+){0,2}?\s+(?:xay\s+dung|thong\s+qua)"
    r"|chinh\s+thuc\s+ban\s+hanh"
    # "Ban Chấp hành … (khóa XXII) thống nhất thông qua Nghị quyết số 26-NQ/TU"
    r"|thong\s+nhat\s+thong\s+qua(?=\s+\S+(?:\s+\S+)?\s+so\s*:?\s*\d)"
    # "Phó Thủ tướng … đã ký các quyết định công nhận 6 địa phương …", "Bộ Chính trị vừa ban
    # hành các quyết định chuẩn y …": several issued at once
    r"|(?:(?:da|vua|moi)\s+(?:ky(?:\s+ban\s+hanh)?|ban\s+hanh)|ky(?:\s+ban\s+hanh)?)"
    r"\s+(?P<several>cac)"
    r"(?=\s+(?:quyet\s+dinh|chi\s+thi"
    r"|nghi\s+dinh|nghi\s+quyet|thong\s+tu)\b)"
    # "Ngày 22/5, ông … - Chủ tịch UBND tỉnh Thanh Hóa đã ký phê duyệt Đề án …": the signature
    # approves the text named next (chuongtrinhmtqg.baodantoc.vn)
    r"|(?:da|vua|moi)\s+ky\s+phe\s+duyet"
    # "Ngày 07/3/2018, Thủ tướng Chính phủ phê duyệt Quyết định số 275/QĐ-TTg về việc Phê
    # duyệt Danh sách …" (bandantoc.langson.gov.vn), "Thủ tướng vừa phê duyệt quyết định số
    # 1891 về việc rút ngắn thời gian …" (tuoitre.vn): a decision is signed, never approved by
    # another body; the wording slips for "ký Quyết định … phê duyệt", so the approver issued it
    # (a plan or a scheme named after the verb is another body's text: not read here)
    r"|(?:(?:da|vua|moi)\s+)?phe\s+duyet(?=\s+quyet\s+dinh\s+so\s*:?\s*\d)"
    # A body that approves a plan, a scheme, a programme or a project as the item's news issued
    # it (FORMAT, approval: the approver's text): "Bộ Nông nghiệp và PTNT vừa phê duyệt kế
    # hoạch tiêm vaccine …" (omard.gov.vn), "Ngày 9/3, UBND tỉnh Quảng Nam phê duyệt đề án
    # thành lập Trung tâm …" (baomoi.com), "Ngày 6/10, UBND tỉnh Bắc Giang đã phê duyệt điều
    # chỉnh, bổ sung kế hoạch sử dụng đất …" (xaydungtoday.vn). The acting body is checked in
    # the loop as for "ban hành": "Quyết định số 749/QĐ-TTg … của Thủ tướng Chính phủ phê duyệt
    # Chương trình …" names a decision's subject, "Ngay sau khi UBND tỉnh phê duyệt Kế hoạch
    # …, Hội Liên hiệp Phụ nữ tỉnh đã chỉ đạo …" tells it as background.
    r"|(?P<approves>(?:(?:da|vua|moi)\s+)?phe\s+duyet(?:\s+dieu\s+chinh(?:\s*,?\s*bo\s+sung)?)?)"
    r"(?=\s+(?:ke\s+hoach|de\s+an|chuong\s+trinh|phuong\s+an|du\s+an)(?![a-z]))"
    r"|(?:da|vua|moi)\s+ky|(?:(?:da|vua)\s+)?co(?=\s+(?:cong\s+van|van\s+ban|cong\s+dien)\b)"
    # ("Sáng 2-10, … UBND xã Kim Ngân đã chính thức có quyết định tạm đình chỉ công tác với bà
    # …", tuoitre.vn: "officially" between the past word and the act)
    r"|(?:da|vua|moi)\s+(?:chinh\s+thuc\s+)?co|(?:da|vua|moi)\s+(?:chinh\s+thuc\s+)?ra"
    r"|co(?=\s+\S+(?:\s+\S+)?\s+so\s*:?\s*\d)"
    # "Trung tâm Dịch vụ Đô thị Bạc Liêu, tỉnh Cà Mau vừa phát đi thông báo về việc …": sent out
    r"|(?:da|vua|moi)\s+phat\s+di"
    # "… UBND xã Thủy Phù đã phát hành thông báo số 17/TB-UBND ngày 23/4/2020 cho các cơ quan,
    # …" (thuyphu portal): published, as issued
    r"|(?:da|vua|moi)\s+phat\s+hanh"
    r"|ky\s+ban\s+hanh|ban\s+hanh|(?:da\s+)?trien\s+khai"
    # "Kỳ họp thứ 2 HĐND xã An Nông thông qua 9 nghị quyết", "Ban Thường vụ Huyện ủy thông
    # qua Kế hoạch …": a committee or a council adopting (checked in the loop)
    # ("Đại hội biểu quyết với tỷ lệ 100% thống nhất Nghị quyết nhiệm kỳ 2025 -2030": a vote
    # that adopts, "thông qua" unsaid)
    # ("… đã thảo luận và nhất trí thông qua nội dung tờ trình số 57/TTr …, thông qua nội dung
    # nghị quyết số 10/NQ - HĐND về việc …", HĐND phường La Khê's session: the numbered
    # resolution's content passed, the resolution adopted)
    r"|(?P<adopts>thong\s+qua(?:\s+noi\s+dung(?=\s+nghi\s+quyet\s+so\s*:?\s*\d))?|bieu\s+quyet(?:\s+voi\s+ty\s+le\s+[\d.,]+\s*%)?"
    r"\s+(?:thong\s+nhat|nhat\s+tri)(?!\s+thong\s+qua))"
    # (a council's session passes its reports and submissions with its resolutions: "biểu
    # quyết thông qua các báo cáo, tờ trình, Nghị quyết về dự toán ngân sách …")
    # (counted, with its notices: "HĐND quận đã xem xét, thảo luận và thông qua 21 báo cáo, 01
    # thông báo, 17 tờ trình, 17 dự thảo nghị quyết", haibatrung.hanoi.gov.vn)
    r"(?:\s+(?:cac|\d{1,3})\s+(?:bao\s+cao|to\s+trinh|thong\s+bao)"
    r"(?:\s*(?:,|va)\s*(?:\d{1,3}\s+)?(?:bao\s+cao|to\s+trinh|thong\s+bao))*"
    # (or their drafts, which a council's session passes: "Kỳ họp đã thông qua các tờ trình,
    # dự thảo nghị quyết về kế hoạch phát triển kinh tế-xã hội …", baobariavungtau.com.vn;
    # checked in the loop: a council at its session only)
    r"\s*(?:,|va)(?:\s+(?:(?P<drafts_count>\d{1,2})\s+)?(?P<drafts>du\s+thao))?"
    r"(?=\s+(?:\d{1,2}\s+)?nghi\s+quyet)"
    # (or the drafts alone, one, counted or all: "… các đại biểu Hội đồng Nhân dân xã Tân Phú
    # đã biểu quyết thống nhất 100% ý kiến thông qua dự thảo Nghị quyết về việc tán thành chủ
    # trương thành lập xã Vĩnh An …", tanphu.chauthanh.angiang.gov.vn; checked in the loop as
    # the drafts above: a council at its session only)
    r"|\s+(?:(?P<draft_all>cac)\s+|(?P<draft_count>\d{1,2})\s+)?(?P<draft>du\s+thao)"
    r"(?=\s+nghi\s+quyet(?![a-z]))"
    # ("… biểu quyết thống nhất thông qua các Nghị quyết về …": all the session's, uncounted;
    # checked in the loop)
    # (or some of them, as a ward council's session: "… đã thảo luận và biểu quyết thông qua
    # một số Nghị quyết quan trọng", phuochai.nhatrang.khanhhoa.gov.vn; "Tại hội nghị BCH Đảng
    # bộ đã thông qua một số nghị quyết chuyên đề"; "… THÔNG QUA NHIỀU NGHỊ QUYẾT QUAN TRỌNG")
    r"|\s+(?P<all>cac)(?=\s+nghi\s+quyet(?![a-z]))|\s+(?P<some>mot\s+so|nhieu)(?=\s+nghi\s+quyet(?![a-z]))"
    # (a congress passes its charter with its resolution: "… thành công tốt đẹp với việc thông
    # qua Điều lệ Hội Liên hiệp Phụ nữ Việt Nam (sửa đổi), Nghị quyết Đại hội …")
    r"|\s+dieu\s+le(?![a-z])[^,;.:\n]{0,80},(?=\s+nghi\s+quyet\s+(?:cua\s+)?dai\s+hoi(?![a-z]))"
    # (or a report named at length before them: "… thông qua báo cáo thẩm tra của Ban Kinh tế -
    # Xã hội HĐND huyện và 4 nghị quyết …")
    r"|\s+(?:cac\s+)?(?:bao\s+cao|to\s+trinh)(?:\s+[^\s,.;:\n]+){0,12}?\s+va"
    r"(?=\s+(?:\d{1,2}\s+)?nghi\s+quyet(?![a-z])))?"
    r"|xay\s+dung(?=\s+\S+(?:\s+\S+)?\s+so\s*:?\s*\d)"
    # "Phó Thủ tướng … ký Quyết định 1571", "… ký Công điện khẩn số 173"
    r"|ky(?=\s+\S+(?:\s+\S+)?(?:\s+(?:khan|hoa\s+toc))?\s+(?:so\s*:?\s*)?\d)"
    # "Ngày 27-10, Thủ tướng … ký quyết định phân công …": no number (a news lead's only)
    r"|(?P<signs>ky)"
    # "Văn phòng Trung ương Đảng vừa gửi Công văn số 5185-CV/VPTW tới …": sent, numbered (a
    # plain "gửi" in a dated or tagged lead only)
    r"|(?:da|vua|moi)\s+gui(?=\s+\S+(?:\s+\S+)?(?:\s+(?:khan|hoa\s+toc))?\s+so\s*:?\s*\d)"
    # "Bộ trưởng Bộ Giáo dục và Đào tạo đã gửi công điện đề nghị các Sở …": sent, unnumbered
    # (a past "gửi" with a letter's or a telegram's noun, as "có công văn")
    r"|(?:da|vua|moi)\s+gui(?=\s+(?:cong\s+van|van\s+ban|cong\s+dien)(?![a-z]))"
    # "Bộ Nông nghiệp và Phát triển nông thôn vừa phát công điện khẩn đề nghị …", "Thủ tướng
    # vừa phát đi công điện …": a telegram sent out
    r"|(?:da|vua|moi)\s+phat(?:\s+di)?(?=\s+(?:cong\s+dien|cong\s+van|van\s+ban)(?![a-z]))"
    r"|(?P<sends>gui)(?=\s+\S+(?:\s+\S+)?(?:\s+(?:khan|hoa\s+toc))?\s+so\s*:?\s*\d)"
    # (an urgency mark before the number: "đã ký gửi Công điện hỏa tốc số 1677/CĐ-TTg")
    # "Ngày 29/1, UBND tỉnh ban Quyết định số 320/QĐ-UBND …": "hành" dropped (a dated lead)
    rf"|(?P<typo>ban)(?=\s+(?:{TYPE_WORD_ALT})\s+so\s*:?\s*\d)"
    # "Chủ tịch UBND tỉnh vừa Quyết định số 550/QĐ-UBND về thực hiện cách ly xã hội …" (a
    # school's repost of bacgiang news): the verb dropped after the past word, the numbered
    # document right after it
    rf"|(?:da|vua|moi)(?=\s+(?:{TYPE_WORD_ALT})\s+so\s*:?\s*\d)"
    # a site that tells it has received a body's numbered text: "Trang thông tin điện tử huyện
    # Đắk Song nhận được Thông báo số 125/TB-UBND của UBND huyện Đắk Song ngày 03 tháng 12 năm
    # 2020 về việc …" (daksong portal): the text's issuer is named after its code
    rf"|nhan\s+duoc(?=\s+(?:{TYPE_WORD_ALT})\s+so\s*:?\s*\d)"
    # "UBND xã Minh Tiến thành lập Quyết định số 13/QĐ-UBND, ngày 17 tháng 01 năm 2022 Quyết
    # định kiểm tra …" (a commune portal): "establishes" a numbered document, issues it
    rf"|thanh\s+lap(?=\s+(?:{TYPE_WORD_ALT})\s+so\s*:?\s*\d)"
    # "Ngày 10/3/1993, Bộ Chính trị ra Quyết định số 61-QĐ/TW" (not "đề ra")
    r"|(?<!de\s)ra(?=\s+\S+(?:\s+\S+)?\s+so\s*:?\s*\d)"
    # "Ngày 19/02/2021, UBND thành phố Hưng Yên ra thông báo về việc dừng tổ chức Lễ hội …"
    # (sovhttdl.hungyen.gov.vn), "Chủ tịch Hải Phòng ra văn bản …" (haiphong24h.org): a notice,
    # a letter or a directive put out is issued, past word or not (not "đưa ra", "đề ra", put
    # forward; nor "ngày ra thông báo", "khi ra thông báo", the day or the time of it)
    r"|(?<!dua\s)(?<!de\s)(?<!ngay\s)(?<!khi\s)ra(?=\s+(?:thong\s+bao|van\s+ban|cong\s+van"
    r"|chi\s+thi)(?![a-z]))"
    # "Ngày 30.3.2020, Văn phòng Chính phủ ra công điện về việc …": a telegram is issued
    r"|(?<!de\s)ra(?=\s+cong\s+dien(?![a-z]))"
    # "UBND huyện ra quyết định kết thúc sự ưu ái" (a headline): a decision is issued (not
    # "đưa ra quyết định", makes up its mind)
    r"|(?<!de\s)(?<!dua\s)ra(?=\s+quyet\s+dinh(?![a-z]))"
    # "Đảng ủy quân sự tỉnh Thái Nguyên ra nghị quyết thực hiện nhiệm vụ quý IV/2020": a
    # committee resolves (its subject checked as for "thông qua")
    r"|(?<![a-z])(?P<resolves>ra)(?=\s+nghi\s+quyet(?![a-z]))"
    r"|gioi\s+thieu\s+(?:toan\s+van|noi\s+dung)|trich\s+dang|dang(?:\s+tai)?\s+toan\s+van"
    r"(?:\s+du\s+thao)?"  # "Báo Phú Thọ trân trọng đăng toàn văn Dự thảo Báo cáo Chính trị"
    r"|do\s+la\s+(?:noi\s+dung|yeu\s+cau)(?:\s+chinh)?(?:\s+(?:tai|cua))?"
    # "Đó là chỉ đạo của UBND tỉnh đối với các Sở … tại Công văn số 4079/UBND-KT"; also with
    # the stress word: "Đó chính là nội dung chỉ đạo của Ủy ban nhân dân tỉnh tại văn bản số
    # 4235/UBND- KGVX …" (vhttdldaklak.gov.vn, retired blind batch y)
    r"|do\s+(?:chinh\s+)?la\s+(?:noi\s+dung\s+)?(?:chi\s+dao|yeu\s+cau|de\s+nghi)\s+cua\s+"
    r"(?P<of>[^.;:\n]{3,200}?)\s+(?:tai|trong)"
    r"|(?<=[-–)]\s)theo|^theo|(?:(?<=\n)|^)trong\s+noi\s+dung"
    # a lead's first sentence under its headline: "Lào Cai: Ông … giữ chức Giám đốc Sở
    # TT&TT\nTheo Quyết định số 3888/QĐ-UBND ngày 30/11/2018 của Chủ tịch UBND tỉnh, …"
    # (checked in the loop: numbered and dated, no sentence before it)
    r"|(?P<line_theo>(?:(?<=\n)|(?<=\n[ \t]))theo)"
    # a text named as the source of the news, said to be just issued: "Văn phòng UBND tỉnh
    # chiều 7/4 cho biết, theo công văn UBND tỉnh vừa ban hành, mô hình …"
    # (baothuathienhue.vn), "… Theo văn bản của UBND tỉnh Long An vừa ban hành, một số địa
    # phương …" (24h.com.vn): the text the item reports (checked in the loop: after a comma or
    # as a capital "Theo")
    rf"|(?P<fresh_theo>theo)(?=\s+(?:{TYPE_WORD_ALT}|van\s+ban)(?![a-z])[^.;:\n]{{0,80}}?"
    r"\s(?:vua|moi)\s+(?:duoc\s+)?(?:ky\s+)?ban\s+hanh(?![a-z]))"
    # a headline's credit: "Công khai … (Theo Quyết định số 120/QĐ-UBND … của UBND huyện …)"
    r"|(?P<credit>(?<=\()theo(?=[^()\n]{0,240}\)[ \t]*(?:\n|$)))"
    # a sentence that names the document: "Đó là Chỉ thị 20/CT-UBND ngày 30.12.2019 của …"
    rf"|(?:^|(?<=\n)|(?<=[.!?]\s))do\s+la(?=\s+(?:{TYPE_WORD_ALT})\s+(?:so\s*:?\s*)?\d)"
    # "Tại Quyết định số 2179/QĐ-UBND, UBND tỉnh giao …", "Ngày 14/3/2024, tại Quyết định
    # số 153/QĐ-TTg, Thủ tướng Chính phủ đã phê duyệt …": what a body decided in it
    r"|(?:(?<=[-–),]\s)|(?<=\n)|^)tai)"
    # "vừa thông qua 9 kế hoạch"; "Kỳ họp đã biểu quyết thống nhất ban hành được 2 nghị
    # quyết" (xahuongdo.hatinh.gov.vn: "được" before the count, what the vote achieved)
    r"(?:\s+(?P<achieved>duoc\s+)?(?P<count>\d{1,2}))?"
    # a lead's "Theo các Quyết định do Ban Thường vụ Tỉnh ủy … mới ban hành, …": several named
    r"(?:\s(?P<named_several>cac)(?<=theo cac))?"
    # "Cục Quản lý dược, Bộ Y tế vừa ban hành loạt thông báo đình chỉ lưu hành, thu hồi …"
    # (tuoitre.vn): a series issued at once, none numbered
    r"(?:\s+(?P<series>(?:hang\s+)?loat))?"
    # (or an open letter or a call, named as the text issued: "Chủ tịch UBND tỉnh Trà Vinh vừa
    # có thư ngỏ kêu gọi …", travinh.gov.vn, retired blind batch ab; "Chủ tịch UBND tỉnh An
    # Giang … vừa có thư kêu gọi người dân …", plo.vn; "UB MTTQ Việt Nam Tỉnh Hà Giang đã có
    # thư kêu gọi gửi các Sở …", dbnd.hagiang.gov.vn: no type abbreviation, kind null)
    rf"\s+(?P<word>{TYPE_WORD_ALT}|van\s+ban|thu\s+(?:ngo|keu\s+goi))(?![a-z])"
    r"(?!\s+(?:tai|o)\s+day(?![a-z]))"  # a site's link: "tải văn bản tại đây" (download it)
)

# A dateline or a source tag at the start of a news lead ("Ngày 6/8, ", "(Baonghean.vn) - ").
_NEWS_LEAD = re.compile(
    r"(?m)^[ \t]*+(?:\([^)\n]{2,40}\)\s*[-–]|cttdt\s*[-–]|ttdt\s*[-–]"
    rf"|{PART_OF_DAY}?\s*{DAY_MONTH}\b[^,\n]{{0,12}},"
    # the date written out, as commune portals date their items: "Ngày 28 tháng 10 năm 2016,"
    rf"|{PART_OF_DAY}?\s*(?:ngay\s+)?\d{{1,2}}\s+thang\s+\d{{1,2}}(?:\s+nam\s+\d{{4}})?\s*,)"
)
# A newspaper's tag opening its lead, in capitals ("BDK - ", "KTĐT - ", "ND - "; not a
# numbered heading "II - ").
_SOURCE_TAG = re.compile(r"(?m)^[ \t]*+(?![IVXLC]+\s*[-–])[A-ZĐ]{2,6}[ \t]*[-–][ \t]+(?=[A-ZĐ])")
# The hour of a day right before the acting body, after a sentence's opening clause: "Hưởng
# ứng Tuần lễ …, Sáng ngày 01/10/2019,UBND phường Phúc La triển khai kế hoạch …"
# (phucla.hadong.gov.vn): the time of the act, as a lead's dateline ("Sáng 27-8, …") is; a
# document's date never bears the hour.
_TIMED_BEFORE = re.compile(
    rf"(?<![a-z]){PART_OF_DAY}\s+{DAY_MONTH}(?:\s*[/\-.]\s*\d{{4}})?\s*,\s*$"
)
# "…, ngày 13/5/2011, Ủy ban nhân dân huyện ban hành …": a dated act within a sentence.
_DATE_BEFORE_ACTOR = re.compile(
    r"(?<![a-z])ngay\s+\d{1,2}\s*(?:[/\-]\s*\d{1,2}(?:\s*[/\-]\s*\d{4})?"
    r"|thang\s+\d{1,2}(?:\s+nam\s+\d{4})?)\s*,"  # "Ngày 28 tháng 10 năm 2016,"
)

# (a PDF may break the line after "K/T")
_SIGNED = re.compile(r"(?m)^[ \t]*(?:T/M|TM\.|K/T|KT\.|T/L|TL\.)[ \t]*\n?[ \t]*[A-ZĐ]")

# Reported acts whose body, if any, is named after the code: a repost's intro ("giới thiệu toàn
# văn …", "trích đăng", "đăng tải"), "Đó là nội dung …", a lead "Theo Công văn số …".
_NAMED_AFTER_VERBS = ("gioi", "trich", "dang", "do la", "do chinh la", "theo", "trong", "tai",
                      "nhan duoc")

# The words of a dated lead that tells an event, not an issue: a meeting, a session, a
# conference, a hearing, a ceremony ("Sáng 2-2, tại Nhà Văn hóa Thanh niên đã diễn ra chương
# trình …", "Trong hai ngày 26-27.5, … Bộ LĐ,TB&XH tổ chức hội nghị triển khai …").
_EVENT_WORDS = re.compile(
    r"(?<![a-z])(?:hoi\s+nghi|hoi\s+thao|toa\s+dam|phien\s+(?:hop|toa)|ky\s+hop|cuoc\s+hop"
    r"|dien\s+ra|khai\s+mac|chu\s+tri|lam\s+viec|tham\s+tra|le\s+(?:ky\s+niem|trao|ra\s+mat"
    r"|khai\s+mac|don\s+nhan|cong\s+bo)|to\s+chuc\s+thanh\s+cong\s+dai\s+hoi)(?![a-z])"
)
# A lead that opens by setting its event in the recent past without a dateline: "Tháng 8 vừa
# qua, Đảng bộ huyện Hà Trung tổ chức thành công Đại hội …", "Vừa qua, … tổ chức Hội nghị …",
# "Hôm nay (21/11), TAND TP Hà Nội mở phiên tòa …".
_RECENTLY = re.compile(
    r"[ \t]*(?:(?:thang\s+\d{1,2}\s+)?vua\s+qua"
    r"|hom\s+nay\s*\(\s*\d{1,2}\s*[/\-.]\s*\d{1,2}\s*\))\s*,"  # "Hôm nay (21/11), TAND …"
)


def _event_lead_before(norm: NormalizedText, first: int, act: int) -> bool:
    """Whether a line before the act's own line opens with a news lead's dateline or source
    tag and tells an event held (a meeting, a session, a ceremony; not one to come, "… sẽ khai
    mạc vào ngày 14-10"): the page's news is that event, and an act told in a later paragraph
    is not what it reports."""
    shadow = norm.shadow
    act_line = _line_start(shadow, first, act)
    pos = first
    while pos < act_line:
        line_end = shadow.find("\n", pos, act_line)
        line_end = act_line if line_end < 0 else line_end
        if ((_news_lead(norm.text, shadow, pos, min(line_end, pos + 60))
             or _RECENTLY.match(shadow, pos))
                and _EVENT_WORDS.search(shadow, pos, line_end)
                and not _TO_COME.search(shadow, pos, line_end)):  # fmt: skip
            return True
        pos = line_end + 1
    return False

_FRESH_ACT = re.compile(r"(?<![a-z])(?:vua|moi)(?![a-z])")
_ALSO = re.compile(r"(?<![a-z])cung\s+$")
_ALSO_REACH = 6
_ISSUED = re.compile(r"da\s+(?:ky\s+)?ban\s+hanh(?![a-z])")


def _one_more_step(shadow: str, first: int, act: int) -> bool:
    """Whether a past act is told with "cũng" ("… Đảng ủy xã cũng đã ban hành Kế hoạch …")
    after the page's first sentence: one more step of an account, not the news it leads with
    ("UBND tỉnh cũng vừa ban hành …" is fresh)."""
    if (_FRESH_ACT.match(shadow, act) or _ISSUED.match(shadow, act) is None
            or act <= _sentence_end(shadow, first, len(shadow))):  # fmt: skip
        return False  # (nor "Hội nghị cũng đã thông qua báo cáo …": a meeting adopts its own)
    return _ALSO.search(shadow, max(first, act - _ALSO_REACH), act) is not None


# (and what a plan's body strives for, its target: "(NDH) Theo kế hoạch của quận Long Biên,
# năm 2014, quận phấn đấu 100% các tuyến đường … không xảy ra tình trạng lấn chiếm vỉa hè",
# baomoi.com)
_FORESEEN = re.compile(r"(?<![a-z])(?:se|du\s+kien|phan\s+dau)(?![a-z])")
# A city's or a town's abbreviation, whose dot ends no sentence: "của TP. Hà Nội" (shadow text).
_UNIT_ABBREVIATION = re.compile(r"(?<![a-z])(?:tp|tx)$")


def _forecast_by_plan(shadow: str, act: re.Match[str], end: int) -> bool:
    """Whether a "Theo <document>" lead names no number and tells what will happen ("… sẽ …",
    "dự kiến"), with no word that the document is fresh ("kế hoạch vừa được … ký ban hành").
    A plan told only by its content is no act (FORMAT.md, settled 2026-12-07): "(Dân Việt) -
    Theo kế hoạch phòng, chống dịch bệnh gia súc, gia cầm của TP. Hà Nội, năm 2011, toàn thành
    phố sẽ thực hiện hai đợt tiêm phòng …" (danviet.vn), the sentence read past "TP."."""
    if _NUMBERED.match(shadow, act.end()):
        return False
    sentence_end = _sentence_end(shadow, act.end(), end)
    while (sentence_end < end and shadow[sentence_end] == "."
           and _UNIT_ABBREVIATION.search(shadow, act.end(), sentence_end)):  # fmt: skip
        sentence_end = _sentence_end(shadow, sentence_end + 1, end)
    return (_FORESEEN.search(shadow, act.end(), sentence_end) is not None
            and _FRESH_ACT.search(shadow, act.end(), sentence_end) is None)


# A numbered document with its day, right after its type word: "Quyết định số 3888/QĐ-UBND
# ngày 30/11/2018", "thông báo (số 34/TB-UBND ngày 19/4/2017)".
_DATED_NUMBER = re.compile(
    r"\s*\(?\s*(?:so\s*:?\s*)?\d+[a-z]?\s*[-–/]\s*[a-z0-9][^\s,;()]*\s*,?\s*ngay\s*\d"
)


def _lead_line_under_headline(shadow: str, start: int, end: int, act: re.Match[str]) -> bool:
    """Whether the line holding `act` is one of the lead's first lines, under nothing but a
    headline or a date stamp (no sentence before it)."""
    line = _skip_space(shadow, _line_start(shadow, start, act.start()))
    lines = _lead_lines(shadow, start, end)
    return line in lines and not any(_is_sentence_line(shadow, earlier, end)
                                     for earlier in lines[: lines.index(line)])  # fmt: skip


def _fresh_lead_under_headline(text: str, shadow: str, start: int, end: int,
                               act: re.Match[str]) -> bool:  # fmt: skip
    """Whether a line's "Theo <document>" under a headline says a body has just issued it
    ("Mục đích, yêu cầu\nTheo kế hoạch tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm
    2025 vừa được Chủ tịch UBND tỉnh ban hành, mục đích, yêu cầu đặt ra là …", baohatinh.vn):
    the lead tells the fresh issue, as it does at the page's top ("Theo kế hoạch vừa được Chủ
    tịch UBND tỉnh Cà Mau ký ban hành, …")."""
    return _lead_line_under_headline(shadow, start, end, act) and (
        _freshly_issued_by(text, shadow, act.end("word"), end, numbered=True) is not None
    )


def _dated_lead_under_headline(shadow: str, start: int, end: int, act: re.Match[str]) -> bool:
    """Whether a line's "Theo <document>" opens the lead's first sentence, under nothing but
    a headline or a date stamp, and names the document by number and day: the item tells
    what that document does ("SÁT NHẬP XÃ HẢI - PHÚ\nTheo nghị quyết số 862/NQ-UBTVQH ngày
    10 tháng 01 năm 2020 của Ủy ban thường vụ Quốc Hội …, sát nhập xã …"). After a sentence
    (an event's lead, "Sáng 30/6, Tỉnh ủy Điện Biên tổ chức hội nghị … công bố Nghị quyết …")
    the document is the event's ground."""
    if _DATED_NUMBER.match(shadow, act.end()) is None:
        return False
    if not _lead_line_under_headline(shadow, start, end, act):
        return False
    sentence_end = _sentence_end(shadow, act.end(), end)
    comma = shadow.find(",", act.end(), sentence_end)
    while comma >= 0:
        # what the document does: its body acting ("…, kể từ ngày 1/12/2018, UBND tỉnh điều
        # động ông …", "…), Chủ tịch UBND tỉnh đã điều chỉnh …") or its decision's verb with no
        # subject ("…, sát nhập xã Hải Trạch và xã Phú Trạch thành xã Hải Phú"); not others'
        # work under it ("…, toàn tỉnh Lai Châu đã hoàn tất việc sắp xếp …")
        at = _skip_space(shadow, comma + 1)
        if (_BODY_START.match(shadow, at) and not _PLACE_UNIT.match(shadow, at)) or (
            _DOCUMENT_DECIDES.match(shadow, at)
        ):
            # (a place is no body here: "…, tỉnh Điện Biên có 45 đơn vị hành chính cấp xã")
            return True
        comma = shadow.find(",", comma + 1, sentence_end)
    return False


def _decides_next(shadow: str, pos: int) -> bool:
    """Whether the clause after the comma at `pos` opens on a decision's verb ("…, điều động
    ông …")."""
    at = _skip_space(shadow, pos)
    return shadow[at : at + 1] == "," and _DOCUMENT_DECIDES.match(
        shadow, _skip_space(shadow, at + 1)) is not None  # fmt: skip


# The verbs of what a decision or a resolution does, opening its clause with no subject.
_DOCUMENT_DECIDES = re.compile(
    r"(?:sap|sat)\s+nhap|thanh\s+lap|dieu\s+dong|bo\s+nhiem|cong\s+nhan|phe\s+duyet"
    r"(?![a-z])"
)


# A sentence that opens with whose account it is: "Theo ông Nguyễn Quang Dương, …", "Theo bà
# …", "Theo đồng chí …" (a person named, up to the comma).
_SOMEONES_ACCOUNT = re.compile(r"[ \t]*theo\s+(?:ong|ba|dong\s+chi)\s+[a-z]+(?:\s+[a-z]+){0,4}\s*,")


def _in_someones_account(shadow: str, floor: int, act: int) -> bool:
    """Whether a past act is told in a person's account that opens its sentence ("Theo ông …,
    … đã ký ban hành …"), and is not fresh ("vừa ban hành")."""
    if _FRESH_ACT.match(shadow, act):
        return False
    return _SOMEONES_ACCOUNT.match(shadow, _clause_start(shadow, floor, act, ".!?\n")) is not None


def _set_back_in_time(shadow: str, floor: int, act: int) -> bool:
    """Whether the sentence of a past act opens by setting it back in time ("đầu nhiệm kỳ",
    "thời gian qua", "ngay từ khi …", "sau 29 năm hợp nhất …"), and the act is not fresh."""
    if _FRESH_ACT.match(shadow, act):
        return False  # "Thời gian qua, … Mới đây, UBND tỉnh vừa ban hành …": news
    sentence = _clause_start(shadow, floor, act, ".!?\n")
    return any(
        not (long_ago.group(0).startswith("thoi") and _SITUATION_OPENING.fullmatch(
            shadow, _skip_space(shadow, sentence), long_ago.start()))
        for long_ago in _LONG_AGO.finditer(shadow, sentence, act)
    )  # fmt: skip


# A sentence opening on the situation the act answers, not yet past its first comma: "Trước
# thực trạng hát nhép gây tranh cãi … trong thời gian qua, Sở VH-TT TP.HCM đã ban hành văn bản
# …" (thanhnien.vn): the time it names is the situation's, not the act's ("Trước thực trạng
# đó, …" points back to what the page told before, and is set back in time itself).
_SITUATION_OPENING = re.compile(
    r"truoc\s+(?:thuc\s+trang|tinh\s+trang|tinh\s+hinh)\s+(?!(?:do|nay|tren)(?![a-z]))[^,;:]*"
)

# A name's words that run on to the next line: "… Ủy ban MTTQ Việt Nam tỉnh\nBình Định vừa
# ban hành …" (a portal's hard wrap): no comma, stop or colon before the act.
_NAME_RUNS_ON = re.compile(r"[^,.;:()\n]*")


def _unwrapped_clause(shadow: str, floor: int, clause: int, act: int) -> int:
    """The clause start before a hard line wrap inside the acting body's name: "(Mặt trận) -
    Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh\nBình Định vừa ban hành …", "Ngày 12/8/2024, Ban
    Chấp hành\nTrung ương ban hành …": the line above opens a news lead (a source tag or a
    dateline) and ends inside a body's name (its last body word opens a name no verb follows),
    and the next runs into the act with no stop. Otherwise `clause` as it is."""
    if clause <= floor or shadow[clause - 1] != "\n":
        return clause
    run = _NAME_RUNS_ON.match(shadow, clause)
    if run is None or run.end() < act:
        return clause
    if not _NEWS_LEAD.match(shadow, _line_start(shadow, floor, clause - 1)):
        return clause  # the line above is a headline, not a lead cut by the wrap
    before = _clause_start(shadow, floor, clause - 1)
    bodies = list(_BODY_START.finditer(shadow, before, clause - 1))
    if not bodies:
        return clause
    tail = shadow[bodies[-1].start() : clause - 1]
    if _ACTOR_END.search(tail) or _STATEMENT_VERB.search(tail) or _REPORTED_VERB.search(tail):
        return clause  # the line's body already acted: the next line is a new sentence
    return before


_REPORTED_VERB = re.compile(r"(?<![a-z])(?:ban\s+hanh|thong\s+qua|ky|to\s+chuc)(?![a-z])")

_PLAN_WORDS = ("ke hoach", "chuong trinh", "huong dan", "de an", "phuong an")


def _told_under_headline(norm: NormalizedText, shadow: str, start: int, act: re.Match[str],
                         sentence_end: int) -> bool:  # fmt: skip
    """Whether an own act ("… xây dựng Kế hoạch …") stands under a news headline that a body
    opens ("Huyện đoàn Tây Giang tổ chức Hội trại …"), not on it, and no document's text
    follows the act: no statement of its own ("như sau"), no basis lines, no first section,
    no signature. A document copied without its header opens with its own act or its
    title, not with a body's news."""
    first = _skip_space(shadow, start)
    line_end = _first_line_end(shadow, start)
    if act.start() <= line_end or TYPE_WORD_START.match(shadow, first):
        return False
    if _BODY_START.match(shadow, first) is None and _is_sentence_line(shadow, first, line_end):
        return False  # (a headline need not name the body: "Tuyên truyền chủ đề đại hội …")
    if _TYPE_WORD_LINE.search(shadow, line_end, act.start()):
        return False  # "image banner / … / Chương trình Tổ chức …": the document's own title
    scan_end = min(len(shadow), sentence_end + _LEAD_SCAN)
    return not (
        _SELF_STATEMENT.search(shadow, act.end(), scan_end)
        or len(_BASIS_LINE.findall(shadow, start, scan_end)) >= 2
        or _FIRST_SECTION.search(shadow, act.end(), scan_end)
        or _SIGNED.search(norm.text, act.end())
        or _AS_FOLLOWS_ANY.search(shadow, act.end(), scan_end)
    )


_TYPE_WORD_LINE = re.compile(rf"(?m)^[ \t]*(?:{TYPE_WORD_ALT})(?![a-z])")

# A source tag that opens a news lead: "(Baonghean) - ", "(Bơi an toàn - Phòng chống đuối
# nước) - ", "BDK - ".
_LEAD_TAG = re.compile(r"[ \t]*+\([^)\n]{2,40}\)[ \t]*[-–][ \t]")


def _tagged_news_lead(norm: NormalizedText, title_end: int) -> bool:
    """Whether the first line after a title at `title_end` opens a news lead with a source tag."""
    at = _skip_space(norm.shadow, title_end)
    line = norm.shadow.rfind("\n", 0, at) + 1
    return bool(_LEAD_TAG.match(norm.shadow, line) or _SOURCE_TAG.match(norm.text, line))

# What ends a cited document's number and date before its subject: "về", "nhằm", a stop.
_SUBJECT_START = re.compile(r"(?<![a-z])(?:ve|nham|the\s+hien)(?![a-z])|[.;:\n]")
_OF = re.compile(r"(?<![a-z])cua(?![a-z])")

# A basis line: only a document lists what it rests on, one "Căn cứ …" a line.
_BASIS_LINE = re.compile(r"(?m)^[ \t\-–+•*]*can\s+cu\s")


def _dated_report_after(shadow: str, floor: int, after: int, end: int) -> bool:
    """Whether a later sentence reports a numbered document with a dated lead ("UBND huyện
    ban hành kế hoạch … Huyện ủy. … Ngày 18/3/2022, UBND huyện Càng Long ban hành Kế hoạch
    số 52/KH-UBND …"): then an unnumbered act before it is the item's headline."""
    for later in _REPORTED_ACT.finditer(shadow, after, end):
        if _NUMBERED.match(shadow, later.end()) is None:
            continue
        clause = _clause_start(shadow, after, later.start())
        if _DATE_BEFORE_ACTOR.search(shadow, clause, later.start()) or _PAST.search(
            shadow, clause, later.start("word")  # (the past word may open the act: "vừa ký")
        ):
            return True
    return False


_LEAD_AFTER = 400  # how far after a headline's act the lead's numbered act may stand


def _lead_dated_act(shadow: str, act: re.Match[str], after: int, end: int) -> date | None:
    """The date of the lead's act of the same type right after a headline's act, when a
    dateline opens its clause ("… ban hành Nghị quyết …\nNgày 10/1/2026, Ban Chấp hành …
    ban hành Nghị quyết …")."""
    word = " ".join(act.group("word").split())
    for later in _REPORTED_ACT.finditer(shadow, after, min(end, after + _LEAD_AFTER)):
        if " ".join(later.group("word").split()) != word or later.group("several"):
            continue
        if later.group("verb").endswith("trien khai"):
            continue  # the day a body deploys a plan is not the plan's
        clause = _clause_start(shadow, after, later.start())
        if _DATE_BEFORE_ACTOR.search(shadow, clause, later.start()) is None:
            return None
        for day in _DAY.finditer(shadow, clause, later.start()):
            parsed = parse_date(shadow, day.end())
            if parsed is not None:
                return parsed[0]
        return None
    return None


def _numbered_act_after(text: str, shadow: str, act: re.Match[str], after: int,
                        end: int) -> bool:  # fmt: skip
    """Whether the lines right after an unnumbered act report a numbered document of the same
    type by a body ("… ban hành Chỉ thị về …\nNgày 10/10, Chủ tịch UBND tỉnh ban hành Chỉ thị
    số 17/CT-UBND …"): the first act is the item's headline."""
    word = " ".join(act.group("word").split())
    for later in _REPORTED_ACT.finditer(shadow, after, min(end, after + _LEAD_AFTER)):
        if " ".join(later.group("word").split()) != word or later.group("several"):
            continue
        verb = later.group("verb")
        if verb.startswith(_NAMED_AFTER_VERBS) or verb.endswith("trien khai"):
            continue  # ("Hội nghị đã triển khai Kế hoạch số 62-KH/ĐU": a meeting deploys it)
        if _NUMBERED.match(shadow, later.end()) is None:
            continue
        if _actor(text, shadow, _clause_start(shadow, after, later.start()), later.start()):
            return True
    return False


def _deploys_its_own(shadow: str, start: int, act: re.Match[str]) -> bool:
    """Whether "… triển khai Kế hoạch số 89-KH/ĐU ngày 9/8/2019 về …" issues the actor's own
    numbered plan: in a sentence that opens by carrying out other texts ("Thực hiện Chỉ thị
    số 35-CT/TW …, Đảng ủy phường Phúc La triển khai kế hoạch số 89 –KH/ĐU …"), with no "của"
    naming another body before the plan's subject (a district "triển khai Kế hoạch số 12-KH/TU
    của Tỉnh ủy" deploys the province's). A plan told by its title, unnumbered, is the actor's
    own unless "của" follows the plan word ("Thực hiện kế hoạch số 1618/KH-BHXH của BHXH Việt
    Nam …, BHXH Khánh Hòa triển khai kế hoạch khảo sát đánh giá …", thanhnien.vn; not "…
    triển khai kế hoạch của UBND tỉnh về …")."""
    if _NUMBERED.match(shadow, act.end()) is None:
        if (not " ".join(act.group("word").split()).startswith(_PLAN_WORDS)
                or _ANOTHERS.match(shadow, act.end())):  # fmt: skip
            return False
        return _CARRIES_OUT_OPENING.match(
            shadow, _clause_start(shadow, start, act.start(), ".\n")) is not None
    if not _CARRIES_OUT_OPENING.match(shadow, _clause_start(shadow, start, act.start(), ".\n")):
        return False
    subject = _SUBJECT_START.search(shadow, act.end(), min(len(shadow), act.end() + 120))
    stop = subject.start() if subject else min(len(shadow), act.end() + 120)
    return _OF.search(shadow, act.end(), stop) is None

# Another body's plan named right after the plan word: "… kế hoạch của UBND tỉnh …".
_ANOTHERS = re.compile(r"(?:\s+hanh\s+dong)?\s+cua(?![a-z])")


# ("… đang triển khai kế hoạch tổ chức Đại hội …": the body carries out its plan now; "BHXH
# tỉnh Khánh Hòa chính thức triển khai Kế hoạch số 68/KH-BHXH về công tác tuyên truyền …",
# thanhnien.vn: it starts it)
_FRESH_BEFORE = re.compile(r"(?<![a-z])(?:vua|moi|dang|chinh\s+thuc)\s+$")
_FRESH_REACH = 12


# Persons who lead a body, named by their post: what they deploy they present at a meeting.
_LEADERS = re.compile(
    r"(?:lanh\s+dao|dong\s+chi|(?:pho\s+)?(?:chu\s+tich|bi\s+thu|giam\s+doc|truong\s+ban))"
    r"(?![a-z])"
)


# A headline that names a meeting or an event: its lead's deployment is the meeting's.
_HEADLINE_MEETING = re.compile(
    r"(?<![a-z])(?:hoi\s+nghi|phien\s+hop|cuoc\s+hop|ky\s+hop|le\s+[a-z]+|hoi\s+thao"
    r"|quan\s+triet|trien\s+khai)(?![a-z])"
)


def _deploys_in_opening_sentence(shadow: str, start: int, act: re.Match[str], end: int,
                                 actor: str) -> bool:  # fmt: skip
    """Whether the page opens with the sentence of a body that deploys a plan of its own, no
    headline above it: "Ban Thường trực Uỷ ban MTTQ tỉnh Bắc Kạn triển khai Kế hoạch tổ chức
    đợt sinh hoạt chính trị và tuyên truyền Đại hội …." (daidoanket.vn, the item's lead):
    the lead tells the plan issued, as FORMAT reads a deployment with no meeting (a headline
    "… triển khai kế hoạch …" leaves it to the lead below, which may tell a meeting; a meeting
    named in the next sentence is ruled out before)."""
    first, line_end = _skip_space(shadow, start), _first_line_end(shadow, start)
    if act.start() > line_end and not shadow[first:line_end].rstrip().endswith("."):
        # "Đức Huệ chú trọng chuyển đổi số cấp xã\n\nUBND huyện Đức Huệ, tỉnh Long An triển
        # khai kế hoạch chuyển đổi số (CĐS) cấp xã để …." (baolongan.vn): the lead sentence
        # right under a headline that names no meeting opens the item as the page's first
        # sentence would
        if _HEADLINE_MEETING.search(shadow, first, line_end):
            return False
        first = _skip_space(shadow, line_end)
        line_end = shadow.find("\n", first)
        line_end = len(shadow) if line_end < 0 else line_end
    if act.start() > line_end or not shadow[first:line_end].rstrip().endswith("."):
        return False  # (a headline, closed by no full stop, however long)
    if (not " ".join(act.group("word").split()).startswith(_PLAN_WORDS)
            or _NUMBERED.match(shadow, act.end())):  # fmt: skip
        return False  # (a numbered plan deployed may be another body's: "II - Ban Thường vụ
        # Huyện ủy triển khai Kế hoạch số 12-KH/TU.", the province's)
    if _clause_start(shadow, first, act.start(), ",.;:\n") != first and not (
        _clause_start(shadow, first, act.start(), ".;:\n") == first
        and shadow.startswith(shadow_of(actor).lower(), first)
    ):
        return False  # the body opens the page's sentence (its place after a comma: "UBND
        # huyện Đức Huệ, tỉnh Long An triển khai kế hoạch …")
    if _LEADERS.match(shadow_of(actor).lower()):
        return False  # "Lãnh đạo phường Vạn Thạnh triển khai kế hoạch …; đại diện 11 tổ dân phố
        # ký kết thi đua …": a photo's caption, leaders presenting the plan at a ceremony
    return _OF.search(shadow, act.end(), _sentence_end(shadow, act.end(), end)) is None


def _fresh_own_plan(shadow: str, start: int, act: re.Match[str], end: int) -> bool:
    """Whether a body "vừa triển khai" a plan of its own: "UBND huyện Đông Hòa vừa triển khai
    kế hoạch tổ chức đón Tết Nguyên đán Quý Tỵ 2013 …" (not another body's plan, "… kế hoạch
    của UBND tỉnh …", and not one a meeting passes on: that is ruled out before). A body that
    "đã triển khai kế hoạch …" undated issued it where the headline is about a plan too ("Hội
    Liên hiệp Thanh niên tỉnh: Triển khai kế hoạch tổ chức Đại hội …\n… Theo đó, Ủy ban Hội
    LHTN Việt Nam tỉnh đã triển khai kế hoạch tổ chức Đại hội …"); under a headline on other
    work the plan is that work's background ("CÁC THÔN … ĐỒNG LOẠT RA QUÂN TỔNG VỆ SINH MÔI
    TRƯỜNG\nVới quyết tâm …, UBND xã An Hưng đã triển khai kế hoạch …")."""
    if not (_FRESH_BEFORE.search(shadow, max(0, act.start() - _FRESH_REACH), act.start())
            or (act.group("verb").startswith("da ") and _headline_on_a_plan(shadow, start))):
        return False
    if not " ".join(act.group("word").split()).startswith(_PLAN_WORDS):
        return False
    sentence_end = _sentence_end(shadow, act.end(), end)
    return _OF.search(shadow, act.end(), sentence_end) is None


_PLAN_WORD = re.compile(
    r"(?<![a-z])(?:" + "|".join(w.replace(" ", r"\s+") for w in _PLAN_WORDS) + r")(?![a-z])"
)


def _headline_on_a_plan(shadow: str, start: int) -> bool:
    """Whether the page's first line, its headline, names a plan ("… Triển khai kế hoạch tổ
    chức Đại hội …", "… triển khai chương trình …")."""
    first = _skip_space(shadow, start)
    return _PLAN_WORD.search(shadow, first, _first_line_end(shadow, start)) is not None


def _headline_of_news(text: str, shadow: str, start: int, act: int) -> bool:
    """Whether an act stands in the page's first line and the next line opens a news lead
    ("Ban Bí thư T.Ư Đoàn ban hành kế hoạch tổ chức …\nTPO - Kỷ niệm 95 năm …"): the first
    line is a news item's headline."""
    first = _skip_space(shadow, start)  # no slice: pages may be megabytes long
    line_end = shadow.find("\n", first)
    if line_end < 0 or act > line_end:
        return False
    following = _skip_space(shadow, line_end)
    next_end = shadow.find("\n", following)
    next_end = len(shadow) if next_end < 0 else next_end
    return _news_lead(text, shadow, following, min(next_end, following + 60))


def _news_headline(norm: NormalizedText, shadow: str, start: int, act: re.Match[str]) -> bool:
    """Whether an act stands in the page's first line, a headline (short, no stop) over a
    lead, and no document's own text follows (no heading, basis, first section, signature,
    nor an intro saying its full text follows)."""
    headline = _headline_span(shadow, start)
    if headline is None or act.start() > headline[1]:
        return False
    first, line_end = headline
    if shadow[first:line_end].rstrip().endswith(","):
        return False
    following = _skip_space(shadow, line_end)
    lead_end = min(len(shadow), following + _LEAD_SCAN)
    if following >= lead_end:
        return not shadow[first:line_end].rstrip().endswith(":")  # a lone headline
    return not (
        _SELF_STATEMENT.search(shadow, following, lead_end)
        or _BASIS_LINE.search(shadow, following, lead_end)
        or _CARRIES_OUT_LINE.search(shadow, following, lead_end)
        or _FIRST_SECTION.search(shadow, line_end, lead_end)
        or _SIGNED.search(norm.text, following)
        or _full_text_follows(shadow, start, act.start())
    )


_PAGE_END = re.compile(r"\s*\Z")


def _lead_under_headline(norm: NormalizedText, shadow: str, start: int, act: re.Match[str],
                         end: int) -> bool:
    """Whether an act opens the paragraph right under the page's headline (a short line, no
    stop) and its sentence closes the page with a full stop, no document's own text after it:
    a national newspaper's headline and lead ("Cà Mau ban hành mức chi mới cho công tác bồi
    thường, hỗ trợ đất đai\n\nUBND tỉnh Cà Mau ban hành quyết định quy định mức chi …",
    "Việt Nam nới lỏng nhập khẩu thiết bị bán dẫn qua sử dụng\n\nBộ Khoa học và Công nghệ ban
    hành thông tư, mở rộng điều kiện, …": thanhnien.vn, vnexpress.net). A document's opening
    under its title goes on ("… như sau:", its sections)."""
    headline = _headline_span(shadow, start)
    if headline is None or headline[1] >= act.start():
        return False
    first, line_end = headline
    if shadow[first:line_end].rstrip().endswith((",", ":")):
        return False
    lead = _skip_space(shadow, line_end)
    if lead != _line_start(shadow, start, act.start()):
        return False  # the act stands in the lead's first line, not further down
    closing = _sentence_end(shadow, act.end(), end)
    if shadow[closing : closing + 1] != "." or not _PAGE_END.match(shadow, closing + 1):
        return False  # the lead's sentence closes the page
    return not (
        _SELF_STATEMENT.search(shadow, lead, closing)
        or shadow.find(":", act.end(), closing) >= 0
        or _full_text_follows(shadow, start, act.start())
    )


def _headline_span(shadow: str, start: int) -> tuple[int, int] | None:
    """Where the page's first non-blank line starts and ends, where it can be a headline (no
    full sentence: `_is_sentence_line`); None where it cannot."""
    first = _skip_space(shadow, start)
    line_end = _first_line_end(shadow, start)
    return None if _is_sentence_line(shadow, first, line_end) else (first, line_end)


_NEWS_BELOW_SCAN = 400  # a tag's name stands right over the teasers


def news_lead_below(norm: NormalizedText, pos: int) -> bool:
    """Whether a line that opens with a news lead's dateline or source tag follows `pos`
    closely ("Chỉ thị số 47-CT/TW\n\nXây dựng thêm …\n\nNgày 1-9, tại TP Hồ Chí Minh, …"):
    the line above is a tag page's name or a headline, not a document's title."""
    end = min(len(norm.shadow), pos + _NEWS_BELOW_SCAN)
    return _news_lead(norm.text, norm.shadow, pos, end)


def _news_lead(text: str, shadow: str, start: int, act: int) -> bool:
    """Whether a news lead's dateline or source tag stands before the act."""
    return bool(_NEWS_LEAD.search(shadow, start, act) or _SOURCE_TAG.search(text, start, act))


def _last_in_chain(text: str, shadow: str, m: re.Match[str], clause_start: int, actor: str,
                   sentence_end: int) -> tuple[re.Match[str], int, str]:  # fmt: skip
    """The last numbered act of a chain told in one sentence ("…, Ban Thường vụ Tỉnh ủy ban
    hành Kế hoạch số 118-KH/TU, Ban Thường vụ Huyện ủy Lạc Dương đã kịp thời ban hành Kế
    hoạch số 115-KH/HU …"): a chain runs down to the body the report is about."""
    for later in _REPORTED_ACT.finditer(shadow, m.end(), sentence_end):
        if later.group("verb").startswith(_NAMED_AFTER_VERBS):
            continue
        if _NUMBERED.match(shadow, later.end()) is None:
            continue
        later_clause = _clause_start(shadow, m.end(), later.start(), ".;:\n,")
        later_actor = _actor(text, shadow, later_clause, later.start())
        if later_actor is not None:
            m, clause_start, actor = later, later_clause, later_actor
    return m, clause_start, actor

# A lead's first words, after a source tag, a bullet or a sign ("(LSVN) - ", "🎯 ", "- ").
_LEAD_PREFIX = re.compile(
    # (and an urgency tag before a headline: "HOẢ TỐC: CHỈ THỊ SỐ 06-CT/TU VỀ …")
    r"[ \t]*(?:\([^)\n]{2,40}\)\s*[-–]\s*|(?:hoa\s+toc|khan)\s*:\s*|[^\w\n(]{1,3}\s*)?"
)


def _lead_sentence(shadow: str, start: int, end: int) -> tuple[int, int] | None:
    """The first sentence of the page's text (a headline counts as one), from its first word."""
    at = _skip_space(shadow, start)
    if at >= end:
        return None
    prefix = _LEAD_PREFIX.match(shadow, at)
    at = prefix.end() if prefix else at
    return at, _sentence_end(shadow, at, end)
