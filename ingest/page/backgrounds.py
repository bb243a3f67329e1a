"""Tell an issue a page recounts as its background from the issue it reports (cause C1 of
bench/first_contact_causes_*.json: a page that only mentions a document read as reporting it).

Pure functions over the shadow text (lower case, no diacritics); read_page calls them on a
report's act once it has one."""

from __future__ import annotations

import re

from ingest.find import TYPE_WORD_ALT, TYPE_WORD_START
from ingest.page.common import _skip_space

# A headline that tells lively activities: the news is what was done, any plan named below it
# is the ground it was done on ("Đô Lương sôi nổi các hoạt động tháng công nhân", doluong.gov.vn;
# "Hội Chữ thập đỏ Bắc Giang: Sôi nổi các hoạt động thiết thực chào mừng Tháng Nhân đạo năm
# 2022", nhandaoonline.vn; "Sôi nổi các hoạt động sinh hoạt hè cho thanh thiếu nhi",
# camson.camxuyen.hatinh.gov.vn).
_ACTIVITIES_HEADLINE = re.compile(
    r"(?<![a-z])soi\s+noi\s+(?:cac\s+)?hoat\s+dong(?![a-z])"
    # or an anniversary's years of work: "Huyện Mường Nhé 20 năm xây dựng và phát triển"
    # (baomoi.net.vn; the decision that founded the district's Party committee in its lead),
    # "Huyện Quang Bình 15 năm xây dựng và phát triển (2003-2018)" (a district's book,
    # tailieu.vn)
    r"|(?<![\w])\d{1,3}\s+nam\s+(?:xay\s+dung\s+va\s+(?:phat\s+trien|truong\s+thanh)"
    r"|hinh\s+thanh\s+va\s+phat\s+trien)(?![a-z])"
    # or a turnout for a campaign ("ra quân"): the news is the work done, a plan the lead names
    # is what it was done by ("XÃ ĐIỆN TRUNG RA QUÂN TỔNG DỌN VỆ SINH MÔI TRƯỜNG, …" over "UBND
    # xã ban hành Kế hoạch số 90/KH-UBND …. Thực hiện Kế hoạch …, Ban chỉ đạo … triển khai công
    # tác ra quân", dientrung.dienban.quangnam.gov.vn, retired blind batch z; "CÁC THÔN, KHU
    # DÂN CƯ XÃ AN HƯNG ĐỒNG LOẠT RA QUÂN …" over "UBND xã An Hưng đã triển khai kế hoạch …";
    # "Xã Xuân Thành ra quân dọn dẹp vệ sinh …" over "Thực hiện kế hoạc số 19/KH-UBND …",
    # sub.dost-dongnai.gov.vn); not a document's own title ("KẾ HOẠCH Ra quân …", "THÔNG BÁO
    # TỔ CHỨC RA QUÂN …"), which `activities_headline` leaves out
    r"|(?<![a-z])ra\s+quan(?![a-z])"
)

# The time since the act told right after it: the act is where a history starts, not news
# ("Ngày 11 tháng 4 năm 2007, Bộ Chính trị đã ban hành Quyết định số 48-QĐ/TW …. Đến nay, trực
# thuộc Đảng bộ Khối … có 35 đảng bộ", an encyclopedia's article; "Ngày 24/2/2012, Ban Bí thư …
# đã ban hành Thông báo số 77-TB/TW về tổ chức "Tháng Công nhân", từ đó, hàng năm, lấy tháng 5
# …", doluong.gov.vn). Within the act's sentence, or opening the next one; "từ đó" only as
# "since then" (its comma, or "đến nay"), not "thereby" ("…; từ đó thực hiện …").
_SINCE_THEN = re.compile(
    r"(?:[^.!?;\n]|\.(?!\s))*?"
    r"(?:\.\s+den\s+nay\s*,|,\s*tu\s+do\s*,|,?\s*tu\s+do\s+(?:den|toi)\s+nay(?![a-z]))"
)


# Many localities as the actor of a line above the act: a roundup, whose items each tell one
# locality's act ("Các địa phương chủ động phòng, chống dịch viêm phổi cấp nCoV / Nhằm hạn chế
# …, các địa phương đã có nhiều biện pháp chủ động phòng, chống dịch. / Hà Nội chuẩn bị 4 "kịch
# bản" … / UBND thành phố Hà Nội đã có Kế hoạch số 23/KH-UBND …", chinhphu.vn's item copied
# onto a district site). Dev's pages with such a line in their opening are all other (6) but
# a letter.
_LOCALITIES_ACT = re.compile(r"(?<![a-z])(?:cac|nhieu)\s+dia\s+phuong\s+(?:da|dang|deu)(?![a-z])")


def roundup_lead(shadow: str, start: int, act: int) -> bool:
    """Whether a line above the act's own line tells what many localities did
    (`_LOCALITIES_ACT`): the page rounds up their acts and reports no one of them."""
    act_line = shadow.rfind("\n", start, act)
    return act_line > start and _LOCALITIES_ACT.search(shadow, start, act_line) is not None


def activities_headline(shadow: str, start: int, act: int) -> bool:
    """Whether the page's first line, above the act at `act`, is a headline that tells lively
    activities or an anniversary's years of work (`_ACTIVITIES_HEADLINE`)."""
    first = _skip_space(shadow, start)
    line_end = shadow.find("\n", first)
    if line_end < 0 or act <= line_end or TYPE_WORD_START.match(shadow, first):
        return False
    return _ACTIVITIES_HEADLINE.search(shadow, first, line_end) is not None


def told_since(shadow: str, act: int) -> bool:
    """Whether the sentence of the act at `act` goes on to the time since it, or the next
    sentence opens on it (`_SINCE_THEN`)."""
    return _SINCE_THEN.match(shadow, act) is not None


# An issue praised as timely: "BTV Tỉnh ủy đã kịp thời ban hành Kế hoạch số 248-KH/TU …"
# under "Đảng bộ tỉnh Gia Lai hoàn thành việc tổ chức đại hội đảng bộ cấp huyện …"
# (vietgiaitri.com), "Ban Thường vụ Huyện ủy Lạc Dương đã kịp thời ban hành Kế hoạch số
# 115-KH/HU …" in a review conference's item (vietnam.vn), "… các ban xây dựng đảng thuộc Thành
# ủy đã kịp thời ban hành các văn bản chỉ đạo, …" (baolangson.vn): a feature looks back on work
# done and rates the act; news tells it as fresh ("vừa ban hành") or urgent ("đã khẩn trương
# ban hành Kế hoạch số 08 …", a report). Dev: the 3 pages with "kịp thời ban hành" are other.
_TIMELY_ISSUE = re.compile(
    r"(?<![a-z])kip\s+thoi\s+(?:xay\s+dung\s+(?:va\s+)?)?ban\s+hanh(?![a-z])"
)
_TIMELY_BEFORE = 20  # "đã kịp thời " before the act's verb
_TIMELY_AFTER = 40


def timely_issue(shadow: str, start: int, act: int) -> bool:
    """Whether the act at `act`, below the page's first line, is praised as timely
    (`_TIMELY_ISSUE`): the page looks back on the work it was part of."""
    first = _skip_space(shadow, start)
    line_end = shadow.find("\n", first)
    if line_end < 0 or act <= line_end:
        return False
    return _TIMELY_ISSUE.search(shadow, max(line_end, act - _TIMELY_BEFORE),
                                act + _TIMELY_AFTER) is not None


# Party and State bodies of one place named together, by commas, as the actor of one issue:
# "Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh đã ban hành văn bản chỉ đạo …" (baophutho.vn, a
# Tết feature), "Huyện ủy, UBND đã ban hành Chương trình hành động và Kế hoạch CĐS …"
# (baoyenbai.com.vn, a results feature), "Tỉnh ủy, HĐND, UBND tỉnh đã ban hành các văn bản làm
# cơ sở …" (a feature on merging units): each body issued its own texts, which the page sums up
# as the ground of the work it tells; no one document is reported (dev: the 3 such pages are
# other). A joint text two bodies sign ("UBND tỉnh và Ủy ban MTTQ tỉnh ký kết chương trình phối
# hợp") is named with "và", which this leaves out.
_BODY = (
    r"(?:(?:ban\s+thuong\s+vu|thuong\s+truc|ban\s+chap\s+hanh)\s+)?(?:tinh|thanh|huyen|quan"
    r"|thi|dang)\s+uy"
    r"|(?:chu\s+tich\s+)?(?:ubnd|hdnd|uy\s+ban\s+nhan\s+dan|hoi\s+dong\s+nhan\s+dan)"
    r"(?:\s+(?:tinh|huyen|xa|phuong|thanh\s+pho|thi\s+xa|quan))?"
)
# The list opens its clause (after a line break, a full stop, a semicolon or a comma), never
# a citation's issuer ("Căn cứ Quyết định số 1043/QĐ-UBND … của Ủy ban nhân dân Thành phố, Ủy
# ban nhân dân quận đã ban hành kế hoạch số 1541/KH-UBND …", a report of the district's plan).
_LISTED_BODIES = re.compile(
    rf"(?:^|(?<=\n)|(?<=[.;:,!?])\s*)(?:{_BODY})(?:\s*,\s*(?:{_BODY}))+"
    r"\s*(?:(?:da|vua|cung)\s+)*$"
)
_LISTED_REACH = 120


def listed_bodies_act(shadow: str, act: int) -> bool:
    """Whether the actor of the act at `act` is the last of Party and State bodies listed by
    commas (`_LISTED_BODIES`): the act sums up what each of them issued."""
    line_start = shadow.rfind("\n", 0, act) + 1
    return _LISTED_BODIES.search(shadow, max(line_start, act - _LISTED_REACH), act) is not None


# An issue told as a count of texts a body has issued: "… BTV Thành ủy Đà Lạt đã ban hành 5
# nghị quyết chuyên đề để lãnh đạo từng lĩnh vực: NQ số 02 …" (baolamdong.vn, a term's
# feature), "Thực hiện Nghị quyết 57, Đảng ủy xã Vĩnh Thanh đã ban hành 02 Quyết định, 01 Quy
# chế làm việc …" (a steering committee's monthly meeting), "… đã ban hành nhiều văn bản …":
# the page sums up work done, and reports no one document (dev: the 3 such pages are other).
# Fresh news of several texts says "vừa ban hành 3 Quyết định (308/QĐ-UBND, …)", and a
# council's session that "đã ban hành 15 nghị quyết" votes them (the caller leaves votes out).
_COUNTED_ISSUE = re.compile(
    r"da\s+ban\s+hanh\s+(?:\d+|hai|ba|bon|nam|sau|bay|tam|chin|muoi|nhieu)\s+"
    rf"(?:{TYPE_WORD_ALT}|van\s+ban)(?![a-z])"
)


def counted_issue(shadow: str, act: int) -> bool:
    """Whether the act at `act` tells a count of texts issued (`_COUNTED_ISSUE`)."""
    return _COUNTED_ISSUE.match(shadow, act) is not None
