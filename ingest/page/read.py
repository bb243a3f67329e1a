"""Read a page: read_page decides whether a text is a document, a report about one or other."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ingest.codes import ABBREVIATED_TYPE_WORDS
from ingest.find import TYPE_WORD_ALT, TYPE_WORD_START
from ingest.layout import Layout
from ingest.page.actors import (
    _ACTS_BY_TEXT,
    _actor,
    _actor_after,
    _actor_named_of,
    _freshly_issued_by,
    _place_acting,
    actor_at,
)
from ingest.page.backgrounds import (
    activities_headline,
    counted_issue,
    listed_bodies_act,
    roundup_lead,
    timely_issue,
    told_since,
)
from ingest.page.common import (
    _LEAD_SCAN,
    _NUMBERED,
    _PAST,
    _SELF_STATEMENT,
    DOCUMENT,
    OTHER,
    REPORT,
    PageReading,
    _clause_start,
    _first_line_end,
    _lead_lines,
    _line_start,
    _sentence_end,
    _skip_space,
    past_marked_shadow,
)
from ingest.page.dates import (
    _lead_date,
)
from ingest.page.english import (
    _english_report,
)
from ingest.page.frames import fronted_purpose
from ingest.page.leads import (
    _BASIS_LINE,
    _DATE_BEFORE_ACTOR,
    _LEAD_AFTER,
    _NAMED_AFTER_VERBS,
    _PLAN_WORDS,
    _REPORTED_ACT,
    _SIGNED,
    _TIMED_BEFORE,
    _dated_lead_under_headline,
    _dated_report_after,
    _deploys_in_opening_sentence,
    _deploys_its_own,
    _event_lead_before,
    _forecast_by_plan,
    _fresh_lead_under_headline,
    _fresh_own_plan,
    _headline_of_news,
    _in_someones_account,
    _last_in_chain,
    _lead_dated_act,
    _lead_under_headline,
    _news_headline,
    _news_lead,
    _numbered_act_after,
    _one_more_step,
    _set_back_in_time,
    _tagged_news_lead,
    _told_under_headline,
    _unwrapped_clause,
)
from ingest.page.meetings import (
    _CONFERENCE_SUBJECT,
    _adopted_at_session,
    _adopted_headline_report,
    _adopting_body,
    _adoption_told,
    _adopts_anothers,
    _assembly_adopting,
    _council_adopting,
    _council_passes_drafts,
    _deploying_meeting,
    _earlier_session,
    _own_numbered_plan,
    _own_session_headline,
    _passes,
    _plenum_adopting,
    _session_date,
    _untitled_plan_made,
    _vote_told,
    _voted_through,
)
from ingest.page.not_yet import (
    _CHAIRS_A_DRAFT,
    _NOT_YET,
    _NOT_YET_REACH,
    _not_yet_issued,
    _signs_nothing,
    _unissued_in_lead,
)
from ingest.page.reports import (
    _EVENT_HEADLINE,
    _attributed_report,
    _decision_report,
    _document_led_report,
    _freshly_issued_report,
    _freshly_passed_report,
    _front_programme_report,
    _guidance_report,
    _joint_signing_report,
    _notice_report,
    _passive_report,
    _this_document_report,
)
from ingest.page.reposts import (
    _contents_follow,
    _full_text_follows,
    _linked_document,
    _links_elsewhere,
    _opening_under_subject_line,
    _own_text_below,
    _past_menu,
    _presented_before,
    _published_orientation,
    _published_outline,
    _published_schedule,
    _title_only_record,
    _titled_with_its_file,
    another_text_below,
    attachment_entry,
    legal_site_title_record,
    notice_before,
    portal_entry,
)
from ingest.page.statements import (
    _LOOKS_BACK,
    _NON_SPACE,
    _RESOLVES,
    _TITLE_SCAN,
    _TITLE_SUBJECT,
    _TITLE_SUBJECT_REACH,
    OWN_ACT,
    _bracketed_number,
    _own_act_has_subject,
    _resolves_flattened,
    _stands_as_title,
    _subject_named,
    _submitted_for,
    _tag_before,
    asks_others,
    directed_opening,
    own_act_stands,
    own_act_type_word,
    own_statement,
    placeholder_subject,
)
from ingest.text import NormalizedText, shadow_of

_STATED_KINDS = ("thong bao", "huong dan")  # the act names the document's kind

# A page titled with a document: a line that starts with a type word and says whose it is or
# what it carries out ("Chương trình của Ban Chấp hành …", "Kế hoạch thực hiện Nghị quyết …").
_TITLE_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<word>{TYPE_WORD_ALT})(?:\s+(?:hanh\s+dong|so\s+\S+))?"
    r"\s+(?:cua|thuc\s+hien|trien\s+khai|ve\s+(?:viec\s+)?thuc\s+hien|tong\s+ket|so\s+ket"
    # "Quyết định ban hành bộ tiêu chí khu dân cư kiểu mẫu" (a portal posts a decision by its
    # title), "Hướng dẫn thi hành một số quy định của Điều lệ sáng kiến …"
    r"|ban\s+hanh|thi\s+hanh)(?![a-z])"
)
# … or, as the page's first line, by the subject line a decision or a notice prints under its
# name: "Quyết định về việc thu hồi đất bổ sung để thực hiện dự án …" (thanhba.phutho.gov.vn, a
# district portal's list entry), "Thông báo về việc treo cờ Tổ quốc và nghỉ lễ" under the item's
# stamp (baokhanhhoa.vn); not a subject cell inside a portal's table of several rows.
_SUBJECT_TITLE_LINE = re.compile(rf"[ \t]*(?P<word>{TYPE_WORD_ALT})\s+ve\s+viec(?![a-z])")
# A line that only stamps the item: "09:08, 31/08/2020", "21/07/2022 10:53" (shadow text).
_STAMP_LINE = re.compile(r"[ \t]*[\d:/,.|\- \t]{8,30}\n")


def _subject_titled(shadow: str, start: int) -> re.Match[str] | None:
    """`_SUBJECT_TITLE_LINE` on the page's first line, or on the line after its stamp."""
    first = _skip_space(shadow, start)
    stamp = _STAMP_LINE.match(shadow, first)
    at = _skip_space(shadow, stamp.end()) if stamp is not None else first
    title = _SUBJECT_TITLE_LINE.match(shadow, at)
    if title is None or not _stands_as_title(shadow, title.start("word"), start):
        return None
    return title

# The line under an attached instrument's title: "(Ban hành kèm theo Quyết định số …)".
_ATTACHED_LINE = re.compile(r"(?m)^[ \t]*\(\s*(?:ban\s+hanh\s+)?kem\s+theo(?![a-z])")

# A prompt act told as news: "… đặc khu Phú Quý khẩn trương xây dựng và ban hành Chương trình
# hành động …" (a document states its act plainly: "UBND xã ban hành Kế hoạch … như sau").
_PROMPTLY = re.compile(
    r"(?<![a-z])(?:khan\s+truong|nhanh\s+chong|kip\s+thoi)(?:\s+xay\s+dung\s+va)?\s*$"
)
_PROMPTLY_REACH = 40

# A draft named in a headline: "Thống nhất Dự thảo Kế hoạch …", "Góp ý dự thảo …".
_DRAFT = re.compile(r"(?<![a-z])du\s+thao(?![a-z])")


def read_page(norm: NormalizedText, layout: Layout, own_number: bool) -> PageReading:
    """Read what the text is from its opening lines.

    Args:
        norm: the normalized text.
        layout: its layout (heading, title, opening).
        own_number: whether a "Số: …" line gives the document's own number (then the text is
            the document itself, whatever its lead says).
    """
    reading = _read_opening(norm, layout, own_number)
    word = another_text_below(norm, _past_menu(norm.text, layout.body_start), reading)
    if word is not None:
        # the page gives another document's text than the one its intro tells issued: that
        # document, of the kind the headline or the body's own notice names, its own facts
        # read from its text (the act is its background)
        return PageReading(DOCUMENT, type_word=word)
    if reading.kind == REPORT and reading.act_start is not None and notice_before(
        norm, _past_menu(norm.text, layout.body_start), reading.act_start
    ):
        return PageReading(DOCUMENT, type_word="thong bao")  # the body's own notice first
    return reading


def _read_opening(norm: NormalizedText, layout: Layout, own_number: bool) -> PageReading:
    """`read_page` before the check that a repost's text is the one its intro tells of.

    Args:
        norm: the normalized text.
        layout: its layout (heading, title, opening).
        own_number: whether a "Số: …" line gives the document's own number (then the text is
            the document itself, whatever its lead says).
    """
    if own_number:
        return PageReading(DOCUMENT)
    reading = _read_page(norm, layout)
    if reading.kind == REPORT and reading.repost and reading.act_start is not None and (
        _presented_before(norm.shadow, layout.body_start, reading.act_start)
    ):
        # "… Bí thư Đảng ủy … đã có những ý kiến chỉ đạo cụ thể …. Website VDB trân trọng giới
        # thiệu toàn văn nội dung này. / … / Ngày 10/12/2019, Ban Thường vụ Đảng ủy NHPT đã ban
        # hành Kế hoạch số 101-KH/ĐU …": the act is told inside the text the intro presents,
        # which is no document (a person's directions); the page reports nothing
        return PageReading(OTHER)
    if reading.kind == REPORT and not reading.repost and reading.act_start is not None:
        first = _skip_space(norm.shadow, layout.body_start)
        line_end = norm.shadow.find("\n", first)
        if (line_end >= 0 and reading.act_start > line_end
                and _EVENT_HEADLINE.match(norm.shadow, first)
                and not _own_session_headline(norm.shadow, first, line_end, reading)):  # fmt: skip
            # "Kỷ niệm 35 năm Ngày thành lập Đảng bộ Khối …\n… Ngày 16/7/1987, Ban Thường vụ
            # Tỉnh ủy … ban hành Nghị quyết số 621/NQ-NS-TU …": an anniversary's, a workshop's
            # or a meeting's item tells an issue as its background; it reports no document
            return PageReading(OTHER)
        if activities_headline(norm.shadow, first, reading.act_start) or (
            not reading.voted and (told_since(norm.shadow, reading.act_start)
                                   or roundup_lead(norm.shadow, first, reading.act_start))
        ):
            # "Đô Lương sôi nổi các hoạt động tháng công nhân\n\nNgày 24/2/2012, Ban Bí thư …
            # đã ban hành Thông báo số 77-TB/TW …, từ đó, hàng năm, …": a headline of lively
            # activities, the time since the act told after it, or a roundup of many
            # localities' acts; the issue is background
            return PageReading(OTHER)
        if not reading.voted and timely_issue(norm.shadow, first, reading.act_start):
            # "Đảng bộ tỉnh Gia Lai hoàn thành việc tổ chức đại hội …\n\nBTV Tỉnh ủy đã kịp thời
            # ban hành Kế hoạch số 248-KH/TU …": an issue rated as timely is the background
            # of the work the page looks back on
            return PageReading(OTHER)
        if not reading.voted and listed_bodies_act(norm.shadow, reading.act_start):
            # "… Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh đã ban hành văn bản chỉ đạo …": the
            # texts several bodies each issued, summed up as the ground of the work told
            return PageReading(OTHER)
        if not reading.voted and counted_issue(norm.shadow, reading.act_start):
            # "… BTV Thành ủy Đà Lạt đã ban hành 5 nghị quyết chuyên đề …": a count of texts
            # issued sums up work done; no one of them is reported
            return PageReading(OTHER)
        if _RETROSPECTIVE.search(norm.shadow, layout.body_start,
                                 min(len(norm.shadow), layout.body_start + _LEAD_SCAN)):
            # "LTS: Ngày 14-5-2011, Bộ Chính trị ban hành Chỉ thị 03-CT/TƯ …. Hơn 2 năm qua,
            # các cấp ủy … đã nghiêm túc thực hiện Chỉ thị", "… 5 năm qua, trong bối cảnh …,
            # Công đoàn Việt Nam …. … Bộ Chính trị đã ban hành Nghị quyết số 02-NQ/TW …": a
            # feature on years of work tells the issue as its background
            return PageReading(OTHER)
        if _set_back_in_time(norm.shadow, layout.body_start, reading.act_start):
            # "Trước thực trạng đó, đầu nhiệm kỳ 2020 - 2025, Ban Chấp hành Đảng bộ huyện …
            # ban hành Nghị quyết số 02-NQ/HU …", "… ngay từ khi được giao nhiệm vụ …, Đảng ủy
            # xã Lai Uyên đã ban hành Nghị quyết …": a feature recalls an issue long past
            return PageReading(OTHER)
        if not reading.voted and _one_more_step(norm.shadow, first, reading.act_start):
            # "… xã đã thực hiện theo đúng hướng dẫn của Chỉ thị số 35-CT/TW …; Kế hoạch số
            # 153-KH/TU …\nTheo đó, ngày 16 tháng 8 năm 2019 Đảng ủy xã cũng đã ban hành Kế
            # hoạch số 291-KH/ĐU …": an issue told as one more step of the work the page
            # recounts, after its lead (a session's or a congress's vote is its news: "Đại hội
            # cũng đã … thông qua Nghị quyết …")
            return PageReading(OTHER)
        if (not reading.voted and not _adoption_told(norm.shadow, reading)
                and _event_lead_before(norm, first, reading.act_start)):  # fmt: skip
            # "Chiều ngày 27/9, tiếp tục phiên họp toàn thể lần thứ 13, … Ủy ban Kinh tế đã thẩm
            # tra báo cáo …\n… Triển khai thực hiện Nghị quyết, Chính phủ đã ban hành Nghị quyết
            # số 54/NQ-CP ngày 02/4/2022 …": the page leads with a dated event; an issue told in
            # a later paragraph is its background (or, on a list of teasers, another item)
            return PageReading(OTHER)
        if line_end >= 0 and reading.act_start > line_end and _in_someones_account(
            norm.shadow, layout.body_start, reading.act_start
        ):
            # "Sáng 14/6, tại … Hội nghị Tập huấn toàn quốc …, ông Nguyễn Quang Dương … đã giới
            # thiệu chuyên đề …\nTheo ông Nguyễn Quang Dương, để …, ngày 26/5/2025, Tổng Bí thư
            # Tô Lâm đã ký ban hành Quy định số 294-QĐ/TW …": a speaker's account, below the
            # item's own lead, tells the issue as background
            return PageReading(OTHER)
        if _contents_follow(norm, reading):
            # "Thực hiện Chỉ thị số 19-CT/ThU …, UBND thị xã xây dựng kế hoạch số 657/KH-UBND
            # ngày 31/7/2018 về việc … với những nội dung cơ bản sau:\nVới mục đích …"
            # (badontv.vn): the lead presents the plan's contents, which follow: the page is
            # the plan (a portal's copy)
            return replace(reading, repost=True)
        if _own_text_below(norm, reading):
            # "Ngày 07/7/2020, Ban Tuyên giáo Huyện ủy đã có Công văn số 93-CV/BTGHU về việc …
            # / Thực hiện Chỉ thị 38-CT/TU …. Nhằm …, Ban Tuyên giáo Huyện ủy hướng dẫn một số
            # nội dung trọng tâm … như sau: / 1. …": a one-line lead over the letter's own body,
            # its body stating its points in its own voice: the page is the letter
            return replace(reading, repost=True)
        if not reading.several and _ENACTED_BELOW.search(
            norm.shadow, reading.act_start, min(len(norm.shadow), reading.act_start + _LEAD_SCAN)
        ):
            # "Ngày 30 tháng 12 năm 2020 Ủy ban nhân dân xã Quảng Thái ban hành Quyết định số
            # :283 /QĐ - UBND về việc … / Theo đó: / QUYẾT ĐỊNH: / Điều 1. Công nhận …"
            # (quangthai portal): the decision's own enacting word and first article follow
            # the intro; the page is the decision (the 118 other dev pages that print them are
            # all documents)
            return replace(reading, repost=True)
    return reading


# A decision's enacting word on a line of its own and, right below it, its first article
# (shadow text).
_ENACTED_BELOW = re.compile(
    r"(?m)^[ \t]*quyet\s+dinh\s*:[ \t]*\n(?:[ \t]*\n){0,3}[ \t]*dieu\s+1[ \t]*[.:]"
)

# A span of time the sentence looks back over: "Nhiệm kỳ qua", "Trong năm", "5 năm qua".
_OVER_A_SPAN = re.compile(
    r"(?<![a-z])(?:nhiem\s+ky(?:\s+vua)?\s+qua|thoi\s+gian\s+qua|nhung\s+nam\s+qua|\d+\s+nam\s+qua"
    r"|trong\s+nam(?!\s+(?:\d|hoc))|tu\s+dau\s+(?:nam|nhiem\s+ky))(?![a-z])"
)

# An actor that is the body of every unit of a level: "… các xã, thị trấn", "UBND các huyện".
_SEVERAL_UNITS = re.compile(
    r"(?<![a-z])cac\s+(?:xa|phuong|thi\s+tran|huyen|quan|thi\s+xa|tinh|dia\s+phuong)(?![a-z])"
)

# A steering committee named for the text it carries out, right before the verb: "Ban Chỉ đạo
# quốc gia triển khai Nghị quyết số 79-NQ/TW", "Ban Chỉ đạo (BCĐ) Trung ương thực hiện Nghị
# quyết số 70/NQ-CP", "BCĐ tỉnh triển khai …".
_COMMITTEE_NAMED_FOR = re.compile(
    r"(?<![a-z])(?:ban\s+chi\s+dao|bcd)(?:\s*\([^()\n]{1,12}\))?"
    r"(?:\s+(?:trung\s+uong|quoc\s+gia|nha\s+nuoc|tinh|thanh\s+pho|huyen|quan|thi\s+xa|xa"
    r"|phuong|lien\s+nganh|tw))*\s+$"
)
_COMMITTEE_REACH = 60

# A sentence that opens with a span of past years, as a feature on what was done looks back:
# "Hơn 2 năm qua, các cấp ủy …", "5 năm qua, trong bối cảnh …" (not "Những năm qua", which a
# document's situation section opens with, nor "sau 5 năm thực hiện", a review's subject;
# nor after a colon, where a report quotes what the document it tells of says: "Kết luận nêu
# rõ: 5 năm qua, …").
_RETROSPECTIVE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:(?:hon|gan|sau|trong)\s+)?\d+\s+nam\s+qua\s*,"
    # "Trong thời gian qua, hoạt động khoa học và công nghệ trên địa bàn tỉnh đã …": the same
    # look back over unnamed time
    r"|(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*trong\s+thoi\s+gian\s+qua\s*,"
    # … and in English: "In recent years, digital transformation has brought many notable
    # results in Quang Tri Province.\nTo concretize …, the Department of Science and Technology
    # has issued Plan No. 15/KH-SKHCN …" (en.baoquangtri.vn); "Over the past 5 years, …"
    r"|(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:in\s+recent\s+years"
    r"|over\s+the\s+(?:past|last)\s+(?:(?:\d+|few|several)\s+)?years)\s*,"
    # a book's foreword, on a line of its own: "LỜI NÓI ĐẦU / Hội nghị lần thứ 7 của Ban Chấp
    # hành Trung ương Đảng khóa X đã ban hành Nghị quyết số 26-NQ/TW …" (a ministry's handbook,
    # tmsquynhon.com.vn): what it tells is the book's background
    r"|(?:^|(?<=\n))[ \t]*loi\s+(?:noi\s+dau|mo\s+dau|gioi\s+thieu)[ \t]*\n"
)

# A meeting or a page that passes a congress's resolution on: "Hội nghị triển khai, quán triệt
# Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XII".
_DEPLOYS_CONGRESS_RESOLUTION = re.compile(
    r"(?<![a-z])(?:trien\s+khai|quan\s+triet|hoc\s+tap)(?![a-z])[^.\n]{0,40}?"
    r"nghi\s+quyet\s+(?:cua\s+)?dai\s+hoi(?![a-z])"
)

# An unnumbered submission's subject that issues a text: "Tờ trình về việc Ban hành Quy chế
# làm việc của HĐND …" (trungly.thanhhoa.gov.vn), "Tờ trình về việc ban hành nghị quyết cho ý
# kiến …" (hdnd.tayninh.gov.vn) (shadow text, after the type word).
_SUBMISSION_ISSUES = re.compile(
    rf"\s+ve\s+viec\s+ban\s+hanh\s+(?P<word>{TYPE_WORD_ALT})(?![a-z])"
)


def _read_page(norm: NormalizedText, layout: Layout) -> PageReading:
    """`read_page` for a text without a number line of its own."""
    text, start = norm.text, _past_menu(norm.text, layout.body_start)
    end = min(len(text), start + _LEAD_SCAN)
    shadow = past_marked_shadow(norm, start, end)
    if layout.heading is not None and layout.heading[0] < end:
        end = layout.heading[0]  # the document's own text starts at its heading
    headlines = _Headlines()
    reported = _reported_act(norm, layout, shadow, start, end, headlines)
    if reported is not None:
        return reported
    headed = _headed_page(norm, layout, shadow, start, end, headlines)
    if headed is not None:
        return headed
    own = _own_act_page(norm, shadow, start)
    if own is not None:
        return own
    return _unnumbered_document(norm, shadow, start)


@dataclass(slots=True)
class _Headlines:
    """What `_reported_act` found of a headline over its lead: an act whose lead numbers or
    dates the document (`act`), a news headline's report to fall back on (`report`)."""

    act: bool = False
    report: PageReading | None = None


def _reported_act(norm: NormalizedText, layout: Layout, shadow: str, start: int, end: int,
                  headlines: _Headlines) -> PageReading | None:  # fmt: skip
    """The report of an act its lead tells ("UBND tỉnh vừa ban hành Kế hoạch …", "Kỳ họp đã
    thông qua …"), each act tried in turn; None when none is reported."""
    text = norm.text
    for m in _REPORTED_ACT.finditer(shadow, start, end):
        # a repost's intro, "Đó là nội dung Chỉ thị số … của …", a lead "Theo Công văn số …":
        # the body is named after the code, if at all
        if _no_act_of_its_own(text, shadow, start, end, m):
            continue
        if m.group("verb").startswith(_NAMED_AFTER_VERBS):
            return _named_after_report(text, shadow, start, end, m)
        if _tells_no_issue(text, shadow, start, m):
            continue
        clause_start = _unwrapped_clause(shadow, start, _clause_start(shadow, start, m.start()),
                                         m.start())  # fmt: skip
        acting, assembly, council = _acting_body(text, shadow, start, clause_start, m)
        if acting is None:
            continue
        if _issues_nothing(text, shadow, start, m, clause_start, acting, assembly, council):
            continue
        actor = acting[0]
        deploys = m.group("verb").endswith("trien khai")
        if _no_one_document(text, shadow, start, end, m, acting, actor, deploys):
            continue
        lead = _news_lead(text, shadow, start, m.start())
        in_lead = _news_lead(text, shadow, _line_start(shadow, start, m.start()), m.start())
        if _not_told_here(shadow, start, end, m, clause_start, acting, actor, deploys, in_lead):
            continue
        headline_lead = m.group("verb") == "ban hanh" and _lead_under_headline(
            norm, shadow, start, m, end
        )
        if headline_lead and _unissued_in_lead(norm.text, shadow, start, m.start()):
            # "Xem xét thu phí 0 đồng …\n\nThành phố Hải Phòng sẽ trình HĐND xem xét, ban hành
            # nghị quyết …" (tuoitre.vn): a news lead on a text to come; nothing issued
            return PageReading(OTHER)
        news = _told_as_news(text, shadow, start, m, clause_start, lead, council, headline_lead)
        sentence_end = _sentence_end(shadow, m.end(), end)
        # A document does not give its own number in its opening: "UBND phường Xuân Đài ban
        # hành Kế hoạch số 20/KH-UBND …" reports the plan, whatever follows.
        numbered = _NUMBERED.match(shadow, m.end()) is not None
        if (not numbered and not _SELF_STATEMENT.search(shadow, m.end(), sentence_end)
                and (_numbered_act_after(text, shadow, m, sentence_end, end)
                     or _adopting_resolution_after(shadow, m, sentence_end, end))):  # fmt: skip
            # "Chủ tịch UBND tỉnh ban hành Chỉ thị về …\nChủ tịch UBND tỉnh vừa ký ban hành Chỉ
            # thị số 17/CT-UBND …": a headline; the lead numbers the document it names
            headlines.act = True
            continue
        if not numbered and (not news or _SELF_STATEMENT.search(shadow, m.end(), sentence_end)):
            told = _unnumbered_report(norm, layout, shadow, start, end, m, clause_start, actor,
                                      sentence_end, headlines)  # fmt: skip
            if told is None:
                continue
            return told
        reported = _numbered_report(text, shadow, start, end, m, clause_start, actor,
                                    sentence_end, numbered, assembly, council)  # fmt: skip
        if reported is None:
            continue
        return reported
    return None


# A numbered resolution that adopts a named text: "Nghị quyết số 04/NQ-HĐND về việc thông
# qua Đề án …" (shadow text, after the resolution's type word; the adopted text's type word).
_ADOPTS_BY_RESOLUTION = re.compile(
    rf"\s*(?:so\s*:?\s*)?\d[^\s,;]*[^.\n]{{0,60}}?(?:ve\s+viec\s+)?thong\s+qua\s+"
    rf"(?P<word>{TYPE_WORD_ALT})(?![a-z])"
)


def _adopting_resolution_after(shadow: str, act: re.Match[str], after: int, end: int) -> bool:
    """Whether a text a headline says was adopted is adopted, further down the lead, by a
    numbered resolution ("HĐND phường Nghĩa Tân tổ chức Kỳ họp bất thường thông qua Đề án …"
    over "… HĐND phường đã nhất trí thông qua Nghị quyết số 04/NQ-HĐND về việc thông qua Đề
    án …", hanoi ward portal): a council adopts a scheme by its resolution, the report's."""
    if act.group("adopts") is None:
        return False
    word = " ".join(act.group("word").split())
    for later in _REPORTED_ACT.finditer(shadow, after, end):
        if not (later.group("adopts") or later.group("verb").endswith("thong qua")) or (
            " ".join(later.group("word").split()) != "nghi quyet"
        ):
            continue
        adopted = _ADOPTS_BY_RESOLUTION.match(shadow, later.end())
        if adopted is not None and " ".join(adopted.group("word").split()) == word:
            return True
    return False


def _no_act_of_its_own(text: str, shadow: str, start: int, end: int, m: re.Match[str]) -> bool:
    """Whether the act `m` tells is none of the page's own: a credit, a "theo" inside a
    sentence, a text cited as the ground of other news, what a plan foresees."""
    if m.group("credit") is not None and m.start() > _first_line_end(shadow, start):
        return True  # a credit in brackets reports only on the headline
    if (m.group("verb") in ("theo", "tai") and m.group("credit") is None
            and not _tag_before(shadow, m.start())
            and not _fresh_source(text, shadow, m)
            and not (m.group("verb") == "tai" and fronted_purpose(shadow, m.start()))):  # fmt: skip
        return True  # "… (gồm xã Đồng Trung, …) theo Nghị quyết số …": inside a sentence
    if m.group("line_theo") is not None and m.start() > _skip_space(shadow, start) and not (
        # (the content's first word, under blank lines or a site's chrome, is as the text's
        # first: "Theo kế hoạch, trong giai đoạn 2021-2025, Đông Anh là 1 trong 5 huyện …")
        _dated_lead_under_headline(shadow, start, end, m)
        or _fresh_lead_under_headline(text, shadow, start, end, m)
    ):
        return True  # "Theo Nghị quyết số 1670/NQ-UBTVQH15 của …, toàn tỉnh …": no day
        # named, the text cited as the ground of other news (a live blog's item)
    if m.group("verb") == "theo" and _forecast_by_plan(shadow, m, end):  # noqa: SIM103
        return True  # "TP - Theo kế hoạch của Ban Bí thư T.Ư Đoàn …, tháng 7 sẽ là tháng cao
        # điểm của chiến dịch": what an unnumbered plan foresees, no issue told
    return False


def _fresh_source(text: str, shadow: str, m: re.Match[str]) -> bool:
    """Whether a "theo" at `m` names, as the news's source, a text just issued, opening a
    clause: after a comma, or with a capital "Theo" (a headline glued to its lead)."""
    if m.group("fresh_theo") is None:
        return False
    return text[m.start()] == "T" or shadow[max(0, m.start() - 2) : m.start()] == ", "


def _named_after_report(text: str, shadow: str, start: int, end: int,
                        m: re.Match[str]) -> PageReading:  # fmt: skip
    """The report of an act whose body is named after its code, if at all ("Đó là nội dung Chỉ
    thị số … của …", "Theo Công văn số …")."""
    return PageReading(REPORT, m.start(), " ".join(m.group("word").split()),
                       m.start("word"), m.end("word"),
                       _actor_named_of(text, shadow, m)
                       or _actor_after(text, shadow, m.end("word"),
                                       _sentence_end(shadow, m.end("word"), end),
                                       verbs=_ACTS_BY_TEXT)
                       or _freshly_issued_by(text, shadow, m.end("word"), end),
                       # "Ngày 14/3/2024, tại Quyết định số …": the dateline dates it
                       _lead_date(shadow, _line_start(shadow, start, m.start()), m.start())
                       if m.group("verb") == "tai" else None,
                       repost=_full_text_follows(shadow, start, m.start()))  # fmt: skip


def _tells_no_issue(text: str, shadow: str, start: int, m: re.Match[str]) -> bool:
    """Whether the words at `m` tell no issue: no signing, a text not yet issued, a committee's
    name, another document's title, an untitled plan, a sentence going on from the one before,
    an earlier session's adoption."""
    if _signs_nothing(text, shadow, m):
        return True  # "… xem xét … và thi hành kỷ luật đối với Chi ủy …": no signing
    if m.group("verb") == "ban hanh" and _not_yet_issued(
        text, shadow, _clause_start(shadow, start, m.start(), ",.;:\n"), m.start()
    ):
        # "Lãnh đạo Cục Dân số cho biết Bộ Y tế đang phối hợp với Bộ Xây dựng ban hành thông
        # tư hướng dẫn …, dự kiến hoàn thành trước ngày 15/5" (vnexpress.net): a text being
        # made, or to be made, is not issued yet
        return True
    if m.group("approves") is not None and _unissued_in_lead(
        text, shadow, start, m.start(), breaks=",.;:\n"
    ):
        # "Hội Nông dân tỉnh đề xuất UBND tỉnh phê duyệt Đề án …" (baonghean.vn): an approval
        # asked for, nothing approved yet
        return True
    if (_COMMITTEE_NAMED_FOR.search(shadow, max(start, m.start() - _COMMITTEE_REACH),
                                    m.start())
            and not " ".join(m.group("word").split()).startswith(_PLAN_WORDS)):  # fmt: skip
        # "Thủ tướng …, Trưởng Ban Chỉ đạo quốc gia triển khai Nghị quyết số 79-NQ/TW …, chủ
        # trì phiên họp": the verb is part of a steering committee's name, not an act (a
        # committee that deploys a plan acts: "Ban Chỉ đạo tỉnh triển khai Kế hoạch …")
        return True
    if _TITLE_SUBJECT.search(shadow, max(start, m.start() - _TITLE_SUBJECT_REACH), m.start()):
        # "… Nghị quyết số 70/NQ-CP ngày 1/11/2012 của Chính phủ về việc ban hành Chương
        # trình hành động …": the act is the subject of another document's title
        return True
    if _untitled_plan_made(shadow, m.group("verb"), " ".join(m.group("word").split()),
                           m.end("word")):  # fmt: skip
        return True  # "… UBND huyện đã xây dựng kế hoạch tổ chức; lịch tổ chức …"
    if _one_measure_of_several(shadow, m):
        return True  # "… đã ban hành kế hoạch chuyên đề, thành lập Ban Chỉ đạo …"
    if _LOOKS_BACK.match(shadow, _skip_space(shadow, _clause_start(shadow, start, m.start(),
                                                                    ".!?\n"))):
        # "Trên cơ sở đó, ngày 30/7/2021 … ban hành Quyết định …", "Trước đó, ngày 14-11, Bộ
        # Công an ban hành Điện số 481/ĐK-HT …": a sentence that goes on from the one before
        # tells the act as background; it is no lead
        return True
    if _earlier_session(shadow, start, _skip_space(shadow, _clause_start(  # noqa: SIM103
            shadow, start, m.start(), ".!?\n"))):  # fmt: skip
        # "Tiếp tục Kỳ họp thứ 10, sáng 28/10, … Quốc hội nghe …\n…\nTại Kỳ họp thứ 7, Quốc
        # hội khóa XV đã thông qua Nghị quyết số 130/2024/QH15 …": an earlier session's
        # adoption told as the background of the session the item is about
        return True
    return False


# An unnumbered text issued as one measure of several the sentence lists, a committee set up
# after it (shadow text, from the type word's end): "Bám sát Nghị quyết số 57-NQ/TW …, Ban
# Thường vụ Đảng ủy xã đã ban hành kế hoạch chuyên đề, thành lập Ban Chỉ đạo phát triển khoa
# học, công nghệ …; phân công nhiệm vụ rõ ràng, …" (baophutho.vn, a feature on a commune's work,
# retired blind batch y), "Ủy ban bầu cử xã đã ban hành kế hoạch triển khai công tác bầu cử,
# quy chế làm việc …, thành lập các Ban bầu cử, …" (baophutho.vn, dev): the work told as the
# feature's background (FORMAT: other), not an issue reported.
_THEN_SETS_UP = re.compile(r"[^.;:\n\d]{0,120}?,\s*(?:va\s+)?thanh\s+lap\s")


def _one_measure_of_several(shadow: str, m: re.Match[str]) -> bool:
    """Whether the past act at `m` issues an unnumbered text that its sentence lists with a
    body set up after it (`_THEN_SETS_UP`)."""
    return (m.group("verb").startswith(("da ", "vua ", "moi "))
            and m.group("verb").endswith(("ban hanh", "xay dung"))
            and _NUMBERED.match(shadow, m.end()) is None
            and _THEN_SETS_UP.match(shadow, m.end("word")) is not None)  # fmt: skip


def _acting_body(text: str, shadow: str, start: int, clause_start: int, m: re.Match[str]
                 ) -> tuple[tuple[str, int] | None, tuple[str, int] | None,
                            tuple[str, int] | None]:  # fmt: skip
    """The body that acts at `m` and where it stands (`acting`), with the congress (`assembly`)
    or the People's Council's session (`council`) that votes, where one does."""
    if m.group("adopts") is not None or m.group("resolves") is not None:
        acting = _adopting_body(text, shadow, clause_start, m.start())
        if acting is None:
            # "Ngày 3-10, Thị ủy Ninh Hòa … tổ chức hội nghị lần thứ 15 ….\nHội nghị còn
            # thông qua báo cáo …": the committee's numbered plenum adopts
            acting = _plenum_adopting(text, shadow, start, clause_start, m)
        if acting is None and shadow[clause_start - 1 : clause_start] == ":":
            # "Kỳ họp thứ 20, HĐND tỉnh khóa X: thông qua 12 Nghị quyết quan trọng": a
            # headline's subject before its colon
            acting = _adopting_body(text, shadow, _line_start(shadow, start, clause_start),
                                    m.start())  # fmt: skip
            acting = (acting[0].rstrip(" :"), acting[1]) if acting else None
    else:
        acting = actor_at(text, shadow, clause_start, m.start())
        if acting is not None and _CONFERENCE_SUBJECT.fullmatch(shadow, clause_start,
                                                                 m.start()):  # fmt: skip
            # "… Hội LHPN xã Lộc Hưng tổ chức Hội nghị Ban Chấp hành lần thứ nhất ….
            # Hội nghị cũng đã thông qua báo cáo …": the plenum's organisation adopts
            acting = _plenum_adopting(text, shadow, start, clause_start, m) or acting
        if acting is None:
            acting = _place_acting(text, shadow, clause_start, m)
    assembly = None
    if acting is None and _passes(m):
        # "Đại hội cũng thông qua Nghị quyết Đại hội …", "các đại biểu đã biểu quyết thông
        # qua Nghị quyết Đại hội đại biểu Đảng bộ huyện Võ Nhai …": a Party congress votes
        assembly = _assembly_adopting(text, shadow, start, m)
        if assembly is not None and _DEPLOYS_CONGRESS_RESOLUTION.search(
            shadow, start, _clause_start(shadow, start, m.start(), ".\n")
        ):
            # "Huyện ủy Long Mỹ vừa tổ chức Hội nghị triển khai, quán triệt Nghị quyết Đại
            # hội … Theo đó, đại hội đã thống nhất thông qua Nghị quyết …": the congress's
            # vote is what a later conference passes on
            assembly = None
        acting = assembly
    council = None
    if acting is None:
        # "Kỳ họp ban hành 04 Nghị quyết", "các vị đại biểu HĐND xã đã tiến hành biểu quyết
        # thông qua 02 Nghị quyết": a People's Council's session adopts its resolutions
        council = _council_adopting(text, shadow, start, m)
        acting = council
    return acting, assembly, council


def _issues_nothing(text: str, shadow: str, start: int, m: re.Match[str], clause_start: int,
                    acting: tuple[str, int], assembly: tuple[str, int] | None,
                    council: tuple[str, int] | None) -> bool:  # fmt: skip
    """Whether the body `acting` issues nothing at `m`: a draft, a meeting it chairs, a term's
    figure, another's text adopted, a text to come, submitted or asked of others."""
    if (m.group("drafts") or m.group("draft")) and not _council_passes_drafts(
        shadow, start, m, acting
    ):
        return True  # a draft passed by a working meeting or any other body: nothing issued
    if m.group("draft") and not _vote_told(shadow, clause_start, m.start()):
        # "… các đại biểu Hội đồng Nhân dân xã Tân Phú đã biểu quyết thống nhất 100% ý kiến
        # thông qua dự thảo Nghị quyết …": the drafts alone are adopted only where the
        # clause tells the vote; a bare "thông qua" may be a presenting ("Tại kỳ họp, các
        # đại biểu được UBND huyện thông qua tờ trình về …", thoibinh.camau.dcs.vn)
        return True
    if _CHAIRS_A_DRAFT.search(shadow, acting[1], m.start()):
        # "… Phó Chủ tịch UBND tỉnh chủ trì hội nghị góp ý dự thảo Kế hoạch của UBND tỉnh
        # triển khai thực hiện Nghị quyết số 281/NQ-CP của Chính phủ ban hành Chương trình
        # …" (tuyengiao.hungyen.dcs.vn): the leader chairs a meeting on a draft; the act
        # further on is a cited text's title, and the draft issues nothing yet
        return True
    if m.group("achieved") and not (m.group("adopts") or assembly or council):
        # "Nhiệm kỳ qua, Ban Chấp hành Đảng bộ huyện đã ban hành được 12 nghị quyết": what
        # a body achieved over a term is a review's figure; only a session's vote issues
        return True
    if m.group("verb").endswith("thong qua") and _adopts_anothers(text, shadow, m, acting):
        return True  # "Tại kỳ họp, UBND xã … đã Thông qua Nghị quyết số 74/NQ-CP … của Chính phủ"
    if _NOT_YET.search(shadow, max(start, m.start() - _NOT_YET_REACH), m.start()):
        # "Thủ tướng chỉ đạo hoàn thiện dự thảo để ban hành chương trình …": what a draft is
        # for, or what is to come, is not an issue
        return True
    if _submitted_for(shadow, clause_start, m):
        # "… thực hiện quy trình, thủ tục xây dựng, trình Chính phủ ban hành Nghị định thay
        # thế …": a draft to be put to the body, which has issued nothing yet
        return True
    if asks_others(shadow, acting[1], m.start()):  # noqa: SIM103
        # "Thủ tướng Chính phủ yêu cầu các bộ, ngành, địa phương …, sớm ban hành Chỉ thị
        # …": the body asks others to issue; no one has issued yet
        return True
    return False


def _no_one_document(text: str, shadow: str, start: int, end: int, m: re.Match[str],
                     acting: tuple[str, int], actor: str, deploys: bool) -> bool:  # fmt: skip
    """Whether the act at `m` issues no one document: many units' bodies, a meeting that
    deploys texts, a vote not yet taken or a term's figure."""
    if _SEVERAL_UNITS.search(shadow, acting[1], acting[1] + len(actor)):
        # "Hội đồng nghĩa vụ các xã, thị trấn đã xây dựng kế hoạch khám tuyển …"
        # (bachthong.gov.vn): the bodies of many units, each its own plan; no one document
        return True
    if deploys and m.group("count"):
        return True  # "hội nghị triển khai 2 Quyết định": a meeting, not an issue
    if (m.group("all") or m.group("some")) and not _voted_through(text, shadow, start, m):
        return True  # "Kỳ họp sẽ xem xét, thông qua các nghị quyết …": not yet voted
    if m.group("some") and _OVER_A_SPAN.search(
        shadow, _clause_start(shadow, start, m.start(), ".\n"), m.start()
    ):
        # "Nhiệm kỳ qua, HĐND huyện đã thông qua nhiều nghị quyết quan trọng": a review's
        # figure over a span of time, no session's vote
        return True
    if (deploys and _deploying_meeting(shadow, acting[1], m, end)  # noqa: SIM103
            and not (" ".join(m.group("word").split()).startswith(_PLAN_WORDS)
                     and _own_numbered_plan(shadow, acting, m.end("word"),
                                            min(end, m.end() + _LEAD_AFTER)))):  # fmt: skip
        # "Đảng bộ xã Vĩnh Lộc tổ chức Hội nghị học tập, quán triệt và triển khai Nghị
        # quyết …", "Đảng ủy Khối … quán triệt, triển khai Chỉ thị số 35-CT/TW": a meeting
        # or a study session passes a text on; it issues none
        return True
    return False


def _not_told_here(shadow: str, start: int, end: int, m: re.Match[str],
                   clause_start: int, acting: tuple[str, int], actor: str, deploys: bool,
                   in_lead: bool) -> bool:  # fmt: skip
    """Whether a deploying or a signing is told where it reports nothing: out of a lead's
    sentence, or in no dated or tagged lead."""
    dated_past = bool(
        _DATE_BEFORE_ACTOR.search(shadow, clause_start, m.start())
        and _PAST.search(shadow, clause_start, m.start("word"))
    )  # "Ngày 10/11/2015, Huyện ủy đã triển khai kế hoạch …"
    if (deploys and not in_lead and not dated_past and not _deploys_its_own(shadow, start, m)
            and not _fresh_own_plan(shadow, start, m, end)
            and not _TIMED_BEFORE.search(shadow, clause_start, acting[1])
            and not _deploys_in_opening_sentence(shadow, start, m, end, actor)):  # fmt: skip
        return True  # "triển khai Kế hoạch" reports only in a lead's sentence ("Sáng 27-8")
    if (m.group("signs") or m.group("sends") or m.group("typo")) and not (  # noqa: SIM103
        in_lead or _DATE_BEFORE_ACTOR.search(shadow, clause_start, m.start())
    ):
        return True  # "ký quyết định" with no number reports only in a dated or tagged lead
    return False


def _told_as_news(text: str, shadow: str, start: int, m: re.Match[str], clause_start: int,
                  lead: bool, council: tuple[str, int] | None,
                  headline_lead: bool) -> bool:  # fmt: skip
    """Whether the act at `m` is told as news (a past, a lead, a headline, a date, a session's
    vote), not as the text's own act."""
    return (
        m.group("verb") != "ban hanh"
        or _PAST.search(shadow, clause_start, m.start()) is not None
        or lead
        or _headline_of_news(text, shadow, start, m.start())
        or _DATE_BEFORE_ACTOR.search(shadow, clause_start, m.start()) is not None
        or _PROMPTLY.search(shadow, max(clause_start, m.start() - _PROMPTLY_REACH),
                            m.start()) is not None
        or council is not None  # a session's vote is told, never the text's own act
        or headline_lead
    )


def _unnumbered_report(norm: NormalizedText, layout: Layout, shadow: str, start: int, end: int,
                       m: re.Match[str], clause_start: int, actor: str, sentence_end: int,
                       headlines: _Headlines) -> PageReading | None:  # fmt: skip
    """The reading of a page whose act at `m` gives no number: a headline over its lead (None:
    the lead tells; `headlines` notes it), a portal's note, else the document itself."""
    if not _SELF_STATEMENT.search(shadow, m.end(), sentence_end) and _dated_report_after(
        shadow, clause_start, sentence_end, end
    ):
        headlines.act = True  # a headline; its lead dates and numbers the document
        return None
    if (headlines.report is None and layout.heading is None and layout.kind is None
            and not _SELF_STATEMENT.search(shadow, m.end(), sentence_end)
            and _news_headline(norm, shadow, start, m)):  # fmt: skip
        # "LĐLĐ thành phố ban hành Kế hoạch tổ chức Tết …\nNhằm chăm lo …": a news
        # headline over a lead, no document text after it
        headlines.report = PageReading(
            REPORT, m.start(), " ".join(m.group("word").split()), m.start("word"),
            m.end("word"), actor,
        )  # fmt: skip
        return None
    if actor is not None and _links_elsewhere(shadow, m.end(), sentence_end):
        # "… UBND quận Cầu Giấy ban hành Kế hoạch thực hiện Chương trình …\nPhòng Văn
        # hóa và Thông tin thông báo nội dung của Kế hoạch (Xem nội dung kế hoạch tại
        # đây).": a portal's note on a plan it links to, not the plan's text
        return PageReading(REPORT, m.start(), " ".join(m.group("word").split()),
                           m.start("word"), m.end("word"), actor)  # fmt: skip
    return PageReading(DOCUMENT)  # "UBND huyện ban hành Kế hoạch … như sau:"


# One act naming several coded texts together, after the type word it reports: "ban hành Quyết
# định số 2051/QĐ-UBND, 2052/QĐ-UBND về việc …" (VP UBND tỉnh Bình Định), "đã ban hành Chỉ
# thị số 25/CT-HU và Kế hoạch số 62/KH-HU về tổ chức đại hội …" (baoquangnam.vn): none of them
# is the report's (FORMAT.md, several texts reported at once, settled 2026-12-07). A code's
# shape: a number, then a slash and letters (a year between) or a hyphen, letters and a slash;
# a date ("ngày 08/6/2017") has no letters (shadow text).
_CODE_SHAPE = r"\d+[a-z]?[ \t]*(?:/[ \t]*(?:\d{4}[ \t]*/[ \t]*)?[a-z]|-[ \t]*[a-z]+[ \t]*/)[^\s,;]*"
_CODES_TOGETHER = re.compile(
    rf"\s*(?:so\s*:?\s*)?{_CODE_SHAPE}\s*(?:,|va)\s*(?:(?:{TYPE_WORD_ALT})\s+)?"
    rf"(?:so\s*:?\s*)?{_CODE_SHAPE}"
)


def _numbered_report(text: str, shadow: str, start: int, end: int, m: re.Match[str],
                     clause_start: int, actor: str, sentence_end: int, numbered: bool,
                     assembly: tuple[str, int] | None,
                     council: tuple[str, int] | None) -> PageReading | None:  # fmt: skip
    """The report of the act at `m` (the chain's last, where numbered), its date and count;
    None where a council passes a submission that issues no text."""
    if numbered:
        m, clause_start, actor = _last_in_chain(text, shadow, m, clause_start, actor,
                                                sentence_end)  # fmt: skip
    # (the day a body deploys a plan is not the plan's: "Ngày 15/10/2024, Ủy ban nhân dân
    # xã Tân Hải triển khai Kế hoạch …", "Ngày 10/11/2015, Huyện ủy đã triển khai kế hoạch";
    # a congress's vote is told after its dateline: "sáng 13/6, Đại hội … đã bầu …; thông
    # qua Nghị quyết …")
    dated = None if m.group("verb").endswith("trien khai") else _lead_date(
        shadow, _clause_start(shadow, start, m.start(), ".\n") if assembly else clause_start,
        m.start())
    if dated is None and m.start() <= _first_line_end(shadow, start):
        # "Đảng ủy phường Tân Định ban hành Nghị quyết …\nNgày 10/1/2026, Ban Chấp hành
        # Đảng bộ phường Tân Định ban hành Nghị quyết …": the lead dates the headline's act
        dated = _lead_dated_act(shadow, m, sentence_end, end)
    if dated is None and _adopted_at_session(m, council):
        # "Sáng ngày 14/11/2025, HĐND xã Mỹ Hòa Hưng … tổ chức Kỳ họp thứ 4 … kỳ họp đã …
        # thông qua 4 nghị quyết": resolutions adopted at a session bear its day
        dated = _session_date(shadow, start, end, congress=assembly is not None)
    word, word_start, word_end = " ".join(m.group("word").split()), m.start("word"), m.end(
        "word")
    voted = (m.group("adopts") is not None or m.group("resolves") is not None
             or assembly is not None or council is not None)  # fmt: skip
    if word == "to trinh" and (voted or m.group("verb").endswith("thong qua")):
        issued = _SUBMISSION_ISSUES.match(shadow, word_end)
        if issued is None:
            # "Tại kỳ họp, HĐND thị xã đã thông qua tờ trình cho thôi làm nhiệm vụ đại biểu
            # … và miễn nhiệm chức danh Ủy viên UBND thị xã …" (baonghean.vn): the council
            # passes the committee's submission and names no text of its own (FORMAT,
            # settled 2026-12-06)
            return None
        # "HĐND xã đã thảo luận và biểu quyết thông qua Tờ trình về việc Ban hành Quy chế
        # làm việc …": the vote on the submission issues what it submits
        word = " ".join(issued.group("word").split())
        word_start, word_end = issued.start("word"), issued.end("word")
    return PageReading(
        REPORT, m.start(), word, word_start, word_end,
        actor, dated,
        _full_text_follows(shadow, start, m.start()),
        # ("… vừa ban hành 3 Quyết định (308/QĐ-UBND, 309/QĐ-UBND, 310/QĐ-UBND) …": more
        # than one issued at once, none of them the report's)
        voted=voted,
        several=m.group("several") is not None or m.group("all") is not None
        or m.group("some") is not None
        or m.group("draft_all") is not None
        or (m.group("draft_count") is not None and int(m.group("draft_count")) > 1)
        or (m.group("drafts_count") is not None and int(m.group("drafts_count")) > 1)
        or m.group("series") is not None
        or m.group("named_several") is not None or (
            m.group("count") is not None
            and (m.group("adopts") is not None or int(m.group("count")) > 1)
        ) or _CODES_TOGETHER.match(shadow, word_end) is not None,
    )  # fmt: skip


def _headed_page(norm: NormalizedText, layout: Layout, shadow: str, start: int, end: int,
                 headlines: _Headlines) -> PageReading | None:  # fmt: skip
    """The reading of a page by its headline, a legal site's title, a passive report or its
    heading; None when none of them tells it."""
    if headlines.report is not None:
        return headlines.report
    if not headlines.act and legal_site_title_record(shadow, start):
        # "Thông Tư 03/2004/TTBYT … Do Bộ Y Tế Ban Hành": a legal site's title, not a lead
        opening = TYPE_WORD_START.match(shadow, _skip_space(shadow, start))
        assert opening is not None  # (the title opens on it)
        return PageReading(DOCUMENT, type_word=" ".join(opening.group(0).split()),
                           word_start=opening.start(), word_end=opening.end())  # fmt: skip
    if not headlines.act and layout.heading is None and layout.kind is None:
        passive = (
            _passive_report(norm, shadow, start, end)
            or _freshly_passed_report(norm, shadow, start, end)
            or _freshly_issued_report(norm, shadow, start, end)
            or _adopted_headline_report(norm, shadow, start)
            or _decision_report(norm, shadow, start, end)
            or _notice_report(norm, shadow, start, end)
            or _document_led_report(norm, shadow, start, end)
            or _joint_signing_report(norm, shadow, start, end)
            or _front_programme_report(norm, shadow, start, end)
            or _guidance_report(norm, shadow, start, end)
            or _attributed_report(shadow, start, end)
            or _english_report(norm, shadow, start, end)
            or _this_document_report(norm, shadow, start, end)
        )
        if passive is not None:
            return passive
    if (not headlines.act and layout.heading is not None and layout.title is not None
            and _tagged_news_lead(norm, layout.title[1])):  # fmt: skip
        # "CHƯƠNG TRÌNH BƠI AN TOÀN, PHÒNG CHỐNG ĐUỐI NƯỚC TRẺ EM GIAI ĐOẠN 2017-2020\n(Bơi an
        # toàn - Phòng chống đuối nước) - Hàng năm, …": a headline in capitals over a news lead
        # with its source tag; a document's title is followed by its own opening
        return PageReading(OTHER)
    if headlines.act or layout.heading is not None or layout.kind is not None:
        return PageReading(DOCUMENT)
    return None


def _own_act_page(norm: NormalizedText, shadow: str, start: int) -> PageReading | None:
    """The reading of a page whose opening tells the body's own act ("… UBND xã xây dựng Kế
    hoạch …"); None when it tells none."""
    text = norm.text
    act = next(
        (a for a in OWN_ACT.finditer(shadow, start, min(len(shadow), start + _LEAD_SCAN))
         if own_act_stands(shadow, start, a) and _own_act_has_subject(norm, shadow, start, a)
         and not placeholder_subject(norm, start, a)  # "đảng ủy xã A … xây dựng chương trình"
         and not _not_yet_issued(text, shadow,
                                 _clause_start(shadow, start, a.start(), ",.;:\n"), a.start())),
        None,
    )  # fmt: skip
    if act and not _news_lead(text, shadow, _line_start(shadow, start, act.start()), act.end()):
        bracketed = _bracketed_number(shadow, act)
        if bracketed is not None:  # "… UBND tỉnh xây dựng Kế hoạch … (Kế hoạch số 08/KH-UBND)."
            clause = _clause_start(shadow, start, act.start(), ",.;:\n")
            own_actor = _actor(text, shadow, clause, act.start())
            if own_actor is not None:
                word = own_act_type_word(act)
                return PageReading(REPORT, act.start(), word, bracketed.start("word"),
                                   bracketed.end("word"), own_actor)  # fmt: skip
        if _NUMBERED.match(shadow, act.end()):
            # "… trong giai đoạn mới UBND thành phố ban hành Kế hoạch số 44 về triển khai …": a
            # document gives no number of its own in its opening, so the page reports it (its
            # body may follow a headline glued to the same line)
            clause = _clause_start(shadow, start, act.start(), ",.;:\n")
            named = _subject_named(norm, clause, act.start())
            if named is not None and not _SINCE.search(shadow, clause, named[1]):
                # (not "… nhất là sau khi Ban Chấp hành Trung ương Đảng ban hành Kết luận số
                # 21-KL/TW …": an issue told as the time of what the page is about)
                return PageReading(REPORT, act.start(), own_act_type_word(act),
                                   act.start("word"), act.end("word"), named[0])  # fmt: skip
        sentence_end = _sentence_end(shadow, act.end(), len(shadow))
        if _links_elsewhere(shadow, act.end(), sentence_end):
            # "… UBND xã Tam Phước xây dựng Kế hoạch phối hợp … năm 2020.\nXem chi tiết Kế
            # hoạch tại đây": a portal's note on a plan it links to, not the plan's text
            clause = _clause_start(shadow, start, act.start(), ",.;:\n")
            own_actor = _actor(text, shadow, clause, act.start())
            if own_actor is not None:
                return PageReading(REPORT, act.start(), own_act_type_word(act),
                                   act.start("word"), act.end("word"), own_actor)  # fmt: skip
        if _told_under_headline(norm, shadow, start, act, sentence_end):
            if _DRAFT.search(shadow, _skip_space(shadow, start), _first_line_end(shadow, start)):
                # "Thống nhất Dự thảo Kế hoạch giám sát …\n… Theo đó, Ban Thường trực Ủy ban
                # MTTQ xây dựng kế hoạch dự kiến giám sát 3 chuyên đề …": a meeting on a draft;
                # the act under its headline tells what the draft says, nothing is issued
                return PageReading(OTHER)
            # "Huyện đoàn Tây Giang tổ chức Hội trại thanh niên …\nThực hiện Kế hoạch số
            # 78-KH/HU …. Ban Thường vụ Huyện đoàn Tây Giang xây dựng Kế hoạch tổ chức Hội trại
            # Thanh niên nhằm …": a news item under a body's headline tells of the plan
            clause = _clause_start(shadow, start, act.start(), ",.;:\n")
            own_actor = _actor(text, shadow, clause, act.start())
            if own_actor is not None:
                return PageReading(REPORT, act.start(), own_act_type_word(act),
                                   act.start("word"), act.end("word"), own_actor)  # fmt: skip
        return PageReading(DOCUMENT)  # "… UBND xã xây dựng Kế hoạch …", not in a news lead
    return None


def _unnumbered_document(norm: NormalizedText, shadow: str, start: int) -> PageReading:
    """The reading of a page by what marks a document's text without its number: a title line,
    a signature, a resolution, a basis, a header, a first section, a linked or attached file."""
    text = norm.text
    first = _skip_space(shadow, start)
    whole = _FULL_TEXT_HEADLINE.match(shadow, first)
    if whole is not None and _NON_SPACE.search(shadow, _first_line_end(shadow, start)):
        # "Toàn văn Dự thảo Báo cáo Chính trị trình Đại hội đại biểu Đảng bộ tỉnh Cà Mau …" over
        # the draft's text (baoanhdatmui.vn): a headline that gives the whole of a text
        return PageReading(DOCUMENT, type_word=" ".join(whole.group("word").split()),
                           word_start=whole.start("word"), word_end=whole.end("word"))
    title = next(
        (t for t in _TITLE_LINE.finditer(shadow, start, min(len(shadow), start + _TITLE_SCAN))
         if _stands_as_title(shadow, t.start("word"), start)),
        None,
    )  # fmt: skip
    title = title or _subject_titled(shadow, start)
    if title is not None:  # "Chương trình của … thực hiện Nghị quyết số …": its kind too
        word = " ".join(title.group("word").split())
        return PageReading(DOCUMENT, type_word=word, word_start=title.start("word"),
                           word_end=title.end("word"))  # fmt: skip
    if _SIGNED.search(text, start):
        return PageReading(DOCUMENT)
    lead_end = min(len(shadow), start + _LEAD_SCAN)
    if _RESOLVES.search(shadow, start, lead_end) or _resolves_flattened(text, shadow, start,
                                                                          lead_end):
        # "Hội nghị lần thứ tư Ban Chấp hành Tổng Liên đoàn … quyết nghị:"
        return PageReading(DOCUMENT, type_word="nghi quyet")
    if _ATTACHED_LINE.search(shadow, start, min(len(shadow), start + _LEAD_SCAN)):
        return PageReading(DOCUMENT)  # "(Ban hành kèm theo Quyết định số …)": an attachment
    stated = own_statement(norm, start, min(len(shadow), start + _LEAD_SCAN))
    if stated is not None:  # "Thực hiện …; UBND phường … triển khai … như sau:"
        # "UBND xã thông báo lịch tiếp công dân … như sau:" is a notice; "… hướng dẫn …", a
        # guidance
        kind_word = next((w for w in _STATED_KINDS if shadow.startswith(w, stated[1])), None)
        return PageReading(DOCUMENT, type_word=kind_word)
    if len(_BASIS_LINE.findall(shadow, start, min(len(shadow), start + _LEAD_SCAN))) >= 2:
        return PageReading(DOCUMENT)  # "Căn cứ Luật …;\nCăn cứ Nghị định số …": its basis
    if len(_ENGLISH_BASIS_LINE.findall(shadow, start, min(len(shadow), start + _LEAD_SCAN))) >= 2:
        # the same in an English translation; its enacting word, where printed, names its kind
        enacts = _ENGLISH_ENACTS.search(shadow, start, min(len(shadow), start + _ENACTS_SCAN))
        if enacts is not None and text[enacts.start("word") : enacts.end("word")].isupper():
            return PageReading(DOCUMENT, type_word=_ENGLISH_ENACTED[enacts.group("word")])
        return PageReading(DOCUMENT)
    if directed_opening(norm, start) is not None:
        return PageReading(DOCUMENT)  # "Thực hiện Công văn số …, Sở … yêu cầu các phòng …"
    lead_end = min(len(shadow), start + _LEAD_SCAN)
    if _MOTTO_LINE.search(shadow, start, lead_end) and _HEADER_DATE.search(shadow, start, lead_end):
        # "TỈNH UỶ PHÚ THỌ / * / ĐẢNG CỘNG SẢN VIỆT NAM / Phú Thọ, ngày 15 tháng 6 năm 2020 /
        # Số       -BC/TU / (Dự thảo lần 5)": a document's header, its number left blank
        return PageReading(DOCUMENT)
    flat = _FLAT_HEADER.match(shadow, _skip_space(shadow, start))
    if flat is not None and text[flat.start("motto") : flat.end("motto")].isupper():
        # "UBND HUYỆN THÁI THỤY PHÒNG GIÁO DỤC & ĐÀO TẠO ------ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
        # Độc lập - Tự do - Hạnh phúc Thụy Dương, ngày 07 tháng 12 năm2010BÁOCÁO…": a
        # document's header a site flattened into its first line
        return PageReading(DOCUMENT)
    titled = _titled_first_section(shadow, start, lead_end)
    if titled is not None:
        # "Báo cáo công tác chỉ đạo điều hành của UBND tỉnh, …; nhiệm vụ công tác trọng tâm
        # tháng 6/2017\n\nI. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH …" (vpubnd.quangnam.gov.vn): the text
        # itself, its title over its first section, copied without a header
        return PageReading(DOCUMENT, type_word=" ".join(titled.group("word").split()),
                           word_start=titled.start("word"), word_end=titled.end("word"))
    section = _PLAN_SECTION.search(shadow, start, lead_end)
    if section is not None:
        # "… Thứ hai - 11/11/2024 04:09 / I. CĂN CỨ LẬP KẾ HOẠCH - Quyết định số 749/QĐ-TTg …":
        # a plan's first section, copied without its header and opening
        word = section.group("word")
        return PageReading(DOCUMENT, type_word=" ".join(word.split()) if word else None)
    linked = _linked_document(norm, start)
    if linked is not None:
        return linked
    entry_title = portal_entry(shadow, start)
    if entry_title is not None:  # a title line over an entry's fields: its kind too
        opening = TYPE_WORD_START.match(shadow, entry_title)
        if opening is None:
            return PageReading(DOCUMENT)
        return PageReading(DOCUMENT, type_word=" ".join(opening.group(0).split()),
                           word_start=opening.start(), word_end=opening.end())  # fmt: skip
    file_name = attachment_entry(shadow, start)
    if file_name is not None:  # "Xem văn bản tại đây: QĐ 06.pdf": its file names its kind
        opening = _FILE_NAME_KIND.match(shadow, file_name)
        if opening is None:
            return PageReading(DOCUMENT)
        word = opening.group("word")
        return PageReading(DOCUMENT, type_word=_ABBREVIATED_WORD.get(word, " ".join(word.split())),
                           word_start=opening.start(), word_end=opening.end())  # fmt: skip
    if (_published_outline(norm, start, lead_end) or _published_schedule(shadow, start)
            or _published_orientation(shadow, start)
            or _opening_under_subject_line(shadow, start) or _titled_with_its_file(shadow, start)
            or _FIRST_ARTICLE.search(shadow, start, min(len(shadow), start + _ARTICLE_SCAN))
            or _CHAPTER_ARTICLE.search(shadow, start, min(len(shadow), start + _ARTICLE_SCAN))
            ):  # fmt: skip
        return PageReading(DOCUMENT)
    record = _title_only_record(text, shadow, start)
    if record is not None:  # its title's type word is its kind ("Báo cáo …; …")
        # (lower case: an invitation's "mời" is marked in capitals, `past_marked_shadow`)
        return PageReading(DOCUMENT, type_word=" ".join(record.group("word").lower().split()),
                           word_start=record.start("word"), word_end=record.end("word"))
    return PageReading(OTHER)


# An English translation's basis line, as "Căn cứ …" (`_BASIS_LINE`): "THE PRIME MINISTER /
# Pursuant to the Law on Organization of the Government of September 30, 1992; / Pursuant to
# the Law on the Protection and Development of Forests …" (vbpl.vn, its header cut off). Every
# dev page with such a line is a document (47; none read `other` or `report`).
_ENGLISH_BASIS_LINE = re.compile(r"(?m)^[ \t\-–+•*]*pursuant\s+to\s")
# … and its enacting word in capitals on a line of its own after the basis, as "QUYẾT ĐỊNH:":
# "DECIDES:", "DECREES:", "RESOLVES:", "HEREBY RESOLVES:" (the 19 dev pages that print one are
# decisions, decrees and resolutions, as the word says); its type word (shadow form).
_ENGLISH_ENACTS = re.compile(
    r"(?m)^[ \t]*(?:hereby\s+)?(?P<word>decides|decrees|resolves)[ \t]*:[ \t]*$"
)
_ENGLISH_ENACTED = {"decides": "quyet dinh", "decrees": "nghi dinh", "resolves": "nghi quyet"}
_ENACTS_SCAN = 2500


# A headline that gives the whole of a text, a draft's too, over it: "Toàn văn Hướng dẫn
# 07-HD/BTGDVTW về tuyên truyền …", "TOÀN VĂN: Nghị quyết của Bộ Chính trị về …", "Toàn văn
# Dự thảo Báo cáo Chính trị trình Đại hội …" (the 5 dev pages headed so are the text; not
# "Toàn văn bài viết / phát biểu của …", an article or a speech, which names no type word).
_FULL_TEXT_HEADLINE = re.compile(
    rf"toan\s+van\s*:?\s+(?:du\s+thao\s+)?(?P<word>{TYPE_WORD_ALT})(?![a-z])"
)


# The type a bare entry's file name opens on, written out ("Quyết định …pdf") or abbreviated
# ("QĐ 06.pdf", sovhttdl.hatinh.gov.vn), shadow form; the abbreviation's type word.
_ABBREVIATED_WORD = {shadow_of(abbr): word for abbr, word in ABBREVIATED_TYPE_WORDS.items()}
_FILE_NAME_KIND = re.compile(
    rf"(?P<word>{TYPE_WORD_ALT}|{'|'.join(_ABBREVIATED_WORD)})(?![a-z])"
)


# A text's first article under its title ("Thể lệ Cuộc thi trực tuyến … / Điều 1. Đơn vị tổ
# chức cuộc thi"): rules, a charter or a decision's own articles, never a news item's.
_FIRST_ARTICLE = re.compile(r"(?m)^[ \t]*dieu[ \t]+1[ \t]*[.:]")
_ARTICLE_SCAN = 700
# A later chapter of rules a portal pages through: the chapter's heading on a line of its own
# and, a few lines below, an article ("Chương V / CÁC CUỘC HỌP, HỘI NGHỊ … / Điều 20. Các cuộc
# họp, hội nghị của Uỷ ban nhân dân huyện …"): the rules' own text, without title or header.
_CHAPTER_ARTICLE = re.compile(
    r"(?m)^[ \t]*chuong[ \t]+[ivxl]+[ \t]*\n(?:[ \t]*[^\n]{0,120}\n){0,6}?"
    r"[ \t]*dieu[ \t]+\d{1,3}[ \t]*[.:]"
    # in an English translation, as a legal site pages a decree through its chapters:
    # "Chapter 6. / IMPLEMENTATION / Article 43. Effect" (vietjack.me, Decree 163/2013/ND-CP;
    # the 20 dev pages with an English chapter or article line near the top are documents)
    r"|^[ \t]*chapter[ \t]+(?:[ivxl]+|\d{1,2})[ \t]*\.?[ \t]*\n(?:[ \t]*[^\n]{0,120}\n){0,6}?"
    r"[ \t]*article[ \t]+\d{1,3}[ \t]*[.:]"
)


def _titled_first_section(shadow: str, start: int, end: int) -> re.Match[str] | None:
    """The title over a text's first section, where the title is one of the page's first
    non-blank lines (`_lead_lines`: a headline, a date, the lead)."""
    for line in _lead_lines(shadow, start, end):
        m = _SECTION_TITLE.match(shadow, _line_start(shadow, start, line), end)
        if m is not None:
            return m
    return None


# A plan's first numbered section near the top: its basis ("I. CĂN CỨ LẬP KẾ HOẠCH", "I. Căn
# cứ xây dựng kế hoạch") or its aims ("I. MỤC ĐÍCH, YÊU CẦU", "I. MỤC TIÊU, YÊU CẦU").
_PLAN_SECTION = re.compile(
    r"(?m)^[ \t]*(?:i|1)[ \t]*[.\-–][ \t]*(?:can\s+cu\s+(?:xay\s+dung|lap|ban\s+hanh)\s+"
    r"(?P<word>ke\s+hoach|chuong\s+trinh|de\s+an|phuong\s+an|huong\s+dan)"
    r"|muc\s+(?:dich|tieu)[\s,\-–]+yeu\s+cau)(?![a-z])"
    # or, numbered I, the situation it starts from: "I. Tình hình chăn nuôi gia cầm trên địa
    # bàn tỉnh Tây Ninh / 1. Tình hình chăn nuôi" (sonongnghiep.tayninh.gov.vn, a plan's body)
    r"|^[ \t]*i[ \t]*[.\-–][ \t]*(?:tinh\s+hinh|thuc\s+trang)(?![a-z])"
    # or its aims in an English translation: "I. PURPOSE, REQUIREMENTS" (baonghean.vn/en, a
    # provincial Party plan under its one-line intro)
    r"|^[ \t]*(?:i|1)[ \t]*[.\-–][ \t]*(?:purposes?|objectives?)(?:\s*,\s*|\s+and\s+)"
    r"requirements?(?![a-z])"
)


# A title line that opens on a type word (a title's ";" kept: "Báo cáo …, tình hình KT-XH
# tháng 5 …; nhiệm vụ …"), and the first section of a text ("I. …", "PHẦN I: …") on one of the
# few lines below it (the unit's name may stand between: "KẾ HOẠCH PHÁT TRIỂN KINH TẾ XÃ HỘI
# NĂM 2020 / XÃ: HẢI YANG / PHẦN I: NHỮNG ĐẶC ĐIỂM CƠ BẢN VỀ XÃ", dakdoa.gialai.gov.vn).
_SECTION_TITLE = re.compile(
    rf"(?m)^[ \t]*(?P<word>{TYPE_WORD_ALT})(?![a-z])[^\n.!?:]{{3,200}}\n"
    r"(?:[ \t]*(?:[^\n.]{1,60})?\n){0,4}?"  # (no sentence between: a lead is no unit's name)
    r"[ \t]*(?:phan[ \t]+(?:i|1|thu[ \t]+nhat)[ \t]*[:.\-–]|i[ \t]*[.\-–][ \t]*[a-z]"
    # (or lettered, as Party guidance letters its parts: "Hướng dẫn số 20-HD/BTCTW, ngày
    # 10/10/2008 của Ban Tổ chức Trung ương về đánh giá … / A - MỤC ĐÍCH, YÊU CẦU",
    # text.123docz.net; or a copy that starts at its second section: "KẾ HOẠCH Phát triển
    # chương trình giáo dục mầm non … / II. ĐẶC ĐIỂM TÌNH HÌNH", evbn.org)
    r"|(?:a|ii)[ \t]*[.\-–][ \t]*[a-z])"
)


# The Party's name or the national motto on a line of its own, as a header prints it.
_MOTTO_LINE = re.compile(
    r"(?m)^[ \t|*]*(?:dang\s+cong\s+san\s+viet\s+nam|cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia"
    r"\s+viet\s+nam)[ \t|*]*$"
)
# A header's place-date line in words ("Phú Thọ, ngày 15 tháng 6 năm 2020"; news write "Ngày
# 6/8").
# The motto in a page's first line, then a worded place-date: a flattened header (checked in
# capitals in the text, not a sentence naming the State).
_FLAT_HEADER = re.compile(
    r"[^\n]{0,200}?(?P<motto>cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+nam"
    r"|dang\s+cong\s+san\s+viet\s+nam)[^\n]{0,120}?,\s*ngay\s+(?:\d{1,2}\s+)?thang"
    r"\s+(?:\d{1,2}\s+)?nam\s*\d{4}"  # (a copy before signing: "ngày   tháng   năm 2016")
)
_HEADER_DATE = re.compile(
    r"(?m)^[ \t|]*[^\n,]{2,40},\s*ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}"
)

# "sau khi", "từ khi", "kể từ khi", "trước khi" right before a subject: a time clause.
_SINCE = re.compile(r"(?<![a-z])(?:sau|tu|truoc)\s+khi\s*$")
