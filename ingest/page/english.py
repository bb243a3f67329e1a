"""English leads: a page in English that reports a Vietnamese document's issue."""

from __future__ import annotations

import re
from datetime import date

from ingest.context import MONTH_NAME, month_number, parse_date
from ingest.page.common import (
    REPORT,
    PageReading,
    _clause_start,
    _is_sentence_line,
    _lead_lines,
    _sentence_end,
)
from ingest.page.dates import _lead_date
from ingest.page.reposts import _full_text_follows
from ingest.text import NormalizedText

# An English-language page (a portal's English site, an English daily, a machine translation)
# that says a body issued a document, the verb active and the type word right after it: "Tay
# Ho District Party Committee issued Plan No. 142-KH/QU dated April 3, 2023" (vietnam.vn),
# "the Provincial People's Committee issued the Plan No. 100/KH-UBND" (en.hungyen.gov.vn),
# "The Party Committee of Lục Ngạn District … has issued a directive on …" (vietnamnews.vn),
# "… Nguyen Phu Trong on March 22 signed into issuance the Politburo’s Directive No. 01-CT/TW"
# (en.vietnamplus.vn).
# Not the participle after its document ("Resolution No. 18 issued by the Politburo"): that
# names a document the sentence is not about. The English type word's shadow equivalent.
_ENGLISH_TYPE_WORDS = {
    "plan": "ke hoach", "directive": "chi thi", "resolution": "nghi quyet",
    "decision": "quyet dinh", "conclusion": "ket luan", "notice": "thong bao",
    "regulation": "quy dinh", "official letter": "cong van", "official dispatch": "cong van",
    "circular": "thong tu", "decree": "nghi dinh", "guideline": "huong dan",
    "guidance": "huong dan", "working regulation": "quy che", "document": "van ban",
    # "has just issued urgent dispatch No. 16/CD.UBND" (baonghean.vn/en): a dispatch as the
    # official one; a telegram is a công điện
    "dispatch": "cong van", "telegram": "cong dien", "letter": "cong van",
    "official telegram": "cong dien",
    # "The Central Organizing Committee has issued Instruction No. 31-HD/BTCTW on …"
    # (news.laodong.vn, retired batch t): a Hướng dẫn, only where numbered (below)
    "instruction": "huong dan",
}
_ENGLISH_ISSUED = re.compile(
    r"(?<![a-z])(?:(?:has|have|had)\s+(?:(?:just|recently)\s+)?|(?:just|recently)\s+)?"
    r"(?:issued|promulgated|signed\s+and\s+issued|signed\s+into\s+issuance"
    # a committee that adopts or draws up its own texts: "the communal Party Committee adopted
    # the working regulations and agenda for the whole tenure" (baohoabinh.com.vn), "Trần
    # Nguyên Hãn Ward Party Committee and the People's Committee of Trần Nguyên Hãn have devised
    # a plan" (vietnamnews.vn)
    r"|adopted|devised|drawn\s+up|drew\s+up"
    # "VGP – The PM has signed Directive No. 27/CT-TTg on …" (primeminister.chinhphu.vn); a
    # council's session that "unanimously approved 12 resolutions" (vietnam.vn: several at once)
    r"|signed|approved|passed"
    # "The Hanoi People’s Committee released the Plan No. 240/KH-UBND on December 12, …"
    # (hanoitimes.vn), "Chairman of the Municipal People’s Committee signed and released
    # Directive 07/CT-UBND …" (english.hanoi.gov.vn); a council that "voted to approve 41
    # resolutions" (baohaiduong.vn/en); a telegram "sent" ("Prime Minister Nguyen Tan Dung has
    # just sent an official dispatch to ministries …", baonghean.vn/en), not a letter of thanks
    r"|signed\s+and\s+released|released|voted\s+to\s+(?:approve|pass|adopt)"
    # a council's vote told in a headline's gerund or as ratifying: "The 12th meeting of the
    # Provincial People’s Council: Voting to pass 12 resolutions" (old.baolangson.vn/en),
    # "Ratifying 22 significant resolutions" over "…, Provincial People’s Council tenure 7
    # conducted discussion …; ratifying the resolutions …" (phuyennews.vn)
    r"|voting\s+to\s+(?:approve|pass|adopt)|ratif(?:ied|ies|ying)"
    r"|sent(?=\s+(?:an?\s+|the\s+)?(?:urgent\s+)?(?:official\s+dispatch|dispatch|telegram))"
    # a council's headline in the present tense: "Ha Nam Provincial People’s Council passes 22
    # socio-economic resolutions" (en.nhandan.vn); not "issues", which a legal site's summary
    # writes of the document it shows ("On September 14, 2023, the Prime Minister issues
    # Decision No. 1059/QD-TTg …", english.luatvietnam.vn)
    r"|adopts|passes)\s+"
    r"(?!(?:by|in|on|at|to|under|with|for|from)\s)(?:the\s+|a\s+|an\s+|\d{1,3}\s+)?"
    r"(?:[a-z]+(?:-[a-z]+)*\s+){0,2}?(?:[a-z]+['’]s\s+)?"
    r"(?P<word>official\s+letter|official\s+dispatch|plan|directive|resolution|decision"
    r"|conclusion|notice|working\s+regulation|regulation|circular|decree|guideline|guidance"
    # "Deputy Prime Minister Tran Luu Quang signed Document 666/TTg-QHDP on urgently …"
    # (baohaiduong.vn), as "ký văn bản số …"
    r"|document|dispatch|telegram"
    # (not "has issued instructions to the ministries …": directions, no document named)
    r"|instruction(?=\s+no\.?\s*\d))"
    r"(?P<plural>s|es)?(?![a-z])"
    r"(?P<number>\s+no\.?\s*)?"
)
# A body that acts in its own numbered document: "On 17/01/2005, the Chairman of the people’s
# Committee of Dong Nai Province in his letter no. 326/CV-UBT, announced the work program …"
# (dongnai.gov.vn), as "Tại Công văn số …, UBND tỉnh …" (FORMAT.md: a request that names its
# document issued it).
_ENGLISH_IN_ITS = re.compile(
    r"(?<![a-z])in\s+(?:his|her|its|their)\s+(?P<word>official\s+letter|letter|official\s+dispatch"
    r"|dispatch|document|decision|directive|plan)(?P<plural>s)?(?P<number>\s+no\.?\s*)"
    # the body's act right after the code (not "… the comments of the State Planning Committee
    # in its Official Dispatch No.2189-UB/NLN of July 5, 1995", a decision's proposal line)
    r"(?=\d[^\s,;]*[ \t]*,?[ \t]*[a-z]+ed(?![a-z]))"
)
# A line that opens on the numbered document a body acts in, the body named after it: "In
# Decision No. 1752/QD-UBND, the Hanoi People's Committee (UBND) assigned the Dong Anh District
# People's Committee 14,794.4m2 of land …" (news.laodong.vn/en), as "Tại Quyết định số
# 2179/QĐ-UBND, UBND tỉnh giao …" (shadow text; not a body that only cites it, "In Decision No.
# …, the ministry is asked to …": a past verb right after the body).
_ENGLISH_IN_DOC = re.compile(
    r"(?m)^[ \t]*in\s+(?P<word>decision|directive|plan|official\s+letter|resolution|document"
    r"|official\s+dispatch|dispatch)(?P<plural>s)?(?P<number>\s+no\.?\s*)\d[^\s,;]*[^,\n]{0,40}?,"
    r"[ \t]*(?P<body>(?:the\s+)?[^,.;\n]{0,80}?(?<![a-z])(?:committee|council|government|ministry"
    r"|prime\s+minister|chairman|politburo|secretariat)(?:\s*\([^()\n]{1,12}\))?)\s+[a-z]+ed(?![a-z])"
)
_FRESH = re.compile(r"(?<![a-z])(?:just|recently)\s")
_ENGLISH_PASSIVE = re.compile(r"(?<![a-z])(?:was|were|been|be|is|are)\s+$")
# An issue told as the time of something else: "2019 is the third year since the Politburo
# issued Directive 05" (english.hochiminh.vn, a meeting's item).
# (in the subject's part of the clause only: "Shortly after the second Party Congress … wrapped
# up on June 17, the communal Party Committee adopted …" times the adoption itself)
_ENGLISH_SINCE = re.compile(r"(?<![a-z])(?:since|after|when|before|until|as)(?![a-z])")
_ENGLISH_LEAD_LINES = 2  # the headline and the lead's paragraph
# A sentence that opens by looking back from the news ("Previously, …", "Earlier, …", "Before
# that, …": the English of "Trước đó, …").
_ENGLISH_LOOKS_BACK = re.compile(
    r"[ \t]*(?:previously|earlier|before\s+that|prior\s+to\s+that)\s*,"
)
# A line holding only the item's date and time: "September 16, 2017 17:05" (shadow text).
_STAMP_ONLY = re.compile(  # (its weekday first: "Tuesday - 19/07/2011 23:18", dongnai.gov.vn)
    # (or its label: "Update: 15-07-2017 | 17:20:56", baobinhduong.vn/en; "Updated : Wednesday,
    # July 12, 2017 4:22 PM (GMT+0700)", phuyennews)
    r"[ \t]*(?:updated?[ \t]*:[ \t]*)?(?:[a-z]{3,6}day[ \t]*[-,]?[ \t]*)?"
    r"(?:[a-z]{3,9}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[/-]\d{1,2}[/-]\d{4})[ \t]*"
    # (its time after a slash or a bar: "Dec 14, 2017 / 20:28", hanoitimes.vn)
    r"(?:[/|][ \t]*)?(?:\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[ap]m)?)?[ \t]*"
    r"(?:\(gmt[+-]\d{1,4}\)[ \t]*)?(?:\n|$)"
)
# The body that acts: a committee, a council, the Government and its members, a ministry.
_ENGLISH_BODY = re.compile(
    r"(?<![a-z])(?:committee|council|government|prime\s+minister|ministry|politburo"
    r"|secretariat|national\s+assembly|department|front|union"
    # a Party organisation for its committee: "The district’s Party organisation has issued a
    # plan on the implementation of the resolution" (baohoabinh.com.vn)
    r"|party\s+organi[sz]ation"
    # a leader who signs for his body: "Party General Secretary Nguyen Phu Trong on March 22
    # signed into issuance …", "Deputy Prime Minister …", "the Minister of …", "the chairman"
    r"|secretary|minister|chairman|chairwoman|president|pm"
    # a council's session for the council: "The session adopted 27 resolutions to institutionalise
    # the Party’s policies …" (baohoabinh.com.vn)
    r"|session)(?![a-z])"
)
# A dateline before the lead's subject: "BẮC GIANG — The Party Committee …".
_ENGLISH_DATELINE = re.compile(r"[^\n]{0,40}?\s[-–—]\s")


def _english_report(norm: NormalizedText, shadow: str, start: int,
                    end: int) -> PageReading | None:
    """An English page whose lead says a body issued a document reports it (the body is the
    clause's subject before the verb: after the last comma, or the whole clause where that
    part names no body, "The Party Committee of Lục Ngạn District, Bắc Giang Province has
    issued …")."""
    # (a line that only dates the item is none of the two: "Urgent telegram …\n\nSeptember 16,
    # 2017 17:05\n\n(Baonghean.vn) - The Chairman … has just issued urgent dispatch No. …")
    first = _lead_lines(shadow, start, end)
    lines = [at for at in first if not _STAMP_ONLY.match(shadow, at)]
    stamp = next((at for at in first if at not in lines), None)
    lead_end = (lines[_ENGLISH_LEAD_LINES] if len(lines) > _ENGLISH_LEAD_LINES else end)
    if (len(lines) > _ENGLISH_LEAD_LINES + 1 and "follow" in shadow[lines[1] : lead_end]
            and _AS_FOLLOWS.search(shadow, lines[1], lead_end)):  # fmt: skip
        # a digest whose lead announces its items: "HNP - The Office of Municipal People’s
        # Committee provided information about its operation and instruction in the 16th week
        # of 2019 as the following.\n\nReleasing Directive on …\n\nChairman of the Municipal
        # People’s Committee signed and released Directive 07/CT-UBND dated April 16 on …"
        # (english.hanoi.gov.vn): the first item, its heading and its paragraph, is the lead's
        nl = shadow.find("\n", lines[-1], end)
        lead_end = end if nl < 0 else nl
    if (len(lines) > _ENGLISH_LEAD_LINES and lead_end == lines[_ENGLISH_LEAD_LINES]
            and _COUNCIL_SESSION.search(shadow, lines[1], lead_end)):  # fmt: skip
        # a lead that tells a council's session, its vote told in the paragraph after: "(Baonghean)
        # -On the morning of October 21, the People's Council of Do Luong district held the 7th
        # session …" over "The delegates discussed, contributed opinions and unanimously passed a
        # resolution …" (baonghean.vn/en); "…, the 2nd session of the 11th tenure Vĩnh Thạnh
        # district People’s Council for 2016-2021 closed." over "Ending the session, delegates
        # voted and approved 4 resolutions …" (en.canthotv.vn): the vote is the session's news
        nl = shadow.find("\n", lead_end, end)
        lead_end = end if nl < 0 else nl
    if (len(lines) > _ENGLISH_LEAD_LINES and lead_end == lines[_ENGLISH_LEAD_LINES]
            and _ENGLISH_ISSUED.search(shadow, start, lead_end) is None
            and _is_sentence_line(shadow, lines[1], end)):  # fmt: skip
        # a lead that tells what the issue is for, the fresh issue told in the paragraph after:
        # "(Baonghean.vn) - Nghe An will select 2 district-level units …" over "Implementing
        # the Government's Project …, Nghe An Provincial People's Committee has just issued a
        # Plan …" (baonghean.vn/en, retired blind batch y): that paragraph, where it says "just"
        # (not a tag page's list of headlines, "Government decree\n\nUpdate news Government
        # decree\n\nThe Vietnamese Government has recently promulgated Decree No 75/2020 …",
        # vietnamnet.vn/en: no lead's sentence above it)
        nl = shadow.find("\n", lead_end, end)
        after = end if nl < 0 else nl
        if any(_FRESH.search(m.group()) for m in _ENGLISH_ISSUED.finditer(shadow, lead_end, after)):
            lead_end = after
    found = sorted([*_ENGLISH_ISSUED.finditer(shadow, start, lead_end),
                    *_ENGLISH_IN_ITS.finditer(shadow, start, lead_end),
                    *_ENGLISH_IN_DOC.finditer(shadow, start, lead_end)], key=lambda m: m.start())
    # a headline's act without the number the lead then gives ("The Provincial People's
    # Committee issued a plan to summarize …" over "… signed and issued Plan No. 348/KH-UBND …",
    # baonghean.vn): the numbered one, of the same kind
    for i, m in enumerate(found):
        if m.group("number") is None and (numbered := next((
            n for n in found[i + 1 :]
            if n.group("number") is not None and n.group("word") == m.group("word")
        ), None) or _renamed_in_lead(shadow, lines, m, found[i + 1 :])) is not None:  # fmt: skip
            found[i] = numbered
    for m in found:
        # (not further down: "To promptly bring the 12th Party Resolution into reality, the
        # Politburo issued the Directive No.01-CT/TW …" in an editorial's fourth paragraph)
        clause = _clause_start(shadow, start, m.start())
        comma = shadow.rfind(",", clause, m.start())
        subject = comma + 1 if comma >= 0 else clause
        if (_ENGLISH_PASSIVE.search(shadow, clause, m.start())
                or _ENGLISH_SINCE.search(shadow, subject, m.start())):  # fmt: skip
            continue
        if _ENGLISH_LOOKS_BACK.match(shadow, _clause_start(shadow, start, m.start(), ".!?\n")):
            # "Previously, on March 3, 2025, the Provincial Party Standing Committee issued an
            # official dispatch …" (vietnam.vn, Tay Ninh's paper): a sentence that goes on from
            # the one before tells the act as background, as "Trước đó, …" does
            continue
        actor_span = None
        if m.re is _ENGLISH_IN_DOC:
            actor_span = m.span("body")  # the body named after the document it acts in
        elif (m.group().startswith(("voting", "ratifying"))
                and _ENGLISH_BODY.search(shadow, subject, m.start()) is None):  # fmt: skip
            # a gerund with no subject of its own: "The 12th meeting of the Provincial People’s
            # Council: Voting to pass 12 resolutions" (old.baolangson.vn/en), "…, Provincial
            # People’s Council tenure 7 conducted discussion …; ratifying the resolutions …"
            # (phuyennews.vn): the body the clause before names votes
            actor_span = _named_before(shadow, start, clause)
            if actor_span is None:
                continue
        elif _DELEGATES.match(shadow, clause, m.start()):
            # "The delegates discussed, contributed opinions and unanimously passed a
            # resolution …", "Ending the session, delegates voted and approved 4 resolutions …"
            # under the sentence that names the council holding the session: that council's
            actor_span = _named_before(shadow, start, clause)
            if actor_span is None:
                continue
        elif _SESSION_SUBJECT.fullmatch(shadow, subject, m.start()):
            # "The session adopted 27 resolutions …" under "(HBO) – The 9th session of the 16th
            # People’s Council of Hoa Binh province successfully completed its agenda …"
            # (baohoabinh.com.vn): the council whose session the sentence before names
            actor_span = _they_of(shadow, start, clause, comma, m.start())
        if actor_span is None and _ENGLISH_BODY.search(shadow, subject, m.start()) is None:
            subject = clause
            if _ENGLISH_BODY.search(shadow, subject, m.start()) is None:
                actor_span = _they_of(shadow, start, clause, comma, m.start())
                if actor_span is None:
                    continue
            dateline = _ENGLISH_DATELINE.match(shadow, subject)
            if dateline is not None and _ENGLISH_BODY.search(shadow, dateline.end(), m.start()):
                subject = dateline.end()
        a, b = actor_span or (subject, m.start())
        actor = " ".join(norm.text[a:b].split()) or None
        word_end = m.end("number") if m.group("number") else m.end("word")
        word = _ENGLISH_TYPE_WORDS[" ".join(m.group("word").split())]
        if (m.group("number") is None and m.group("word").endswith("dispatch")
                and "telegram" in shadow[m.end() : m.end() + _TELEGRAM_SCAN]):  # fmt: skip
            # "Prime Minister Pham Minh Chinh has just signed an Official Dispatch on …. Telegram
            # sent to ministers, …" (baonghean.vn/en; vietnam.vn): the Government's English for a
            # công điện, which the text then calls a telegram
            word = "cong dien"
        # (dated as a Vietnamese lead is: "On 28/6/2013, the provincial Party Committee
        # promulgated the Plan …", dongnai.gov.vn; "On March 27, 2017, the Standing Board …
        # issued Resolution No. 08-NQ/DU", baohoabinh.com.vn)
        # (a repost: "… issued Official Dispatch No. 10/CD.UBND dated July 17, 2017 on …. The
        # contents of the official dispatch are as follows:" over the telegram, baonghean.vn/en)
        return PageReading(REPORT, m.start(), word, m.start("word"), word_end, actor,
                           _opening_date(shadow, clause, m.start(), stamp)
                           or _lead_date(shadow, clause, m.start()),
                           several=m.group("plural") is not None,
                           repost=_full_text_follows(shadow, start, m.start()))  # fmt: skip
    return _content_of_report(norm, shadow, start, lead_end)


_TELEGRAM_SCAN = 300


def _renamed_in_lead(shadow: str, lines: list[int], m: re.Match[str],
                     later: list[re.Match[str]]) -> re.Match[str] | None:
    """The numbered act of the lead's first sentence where the headline's act `m`, one
    document unnumbered, names it by another English word: "… issued a Notice on Party
    Congresses at all levels." over "… issued Circular No. 09-TT/TU dated September 10, 2024
    …" (baonghean.vn/en: both are its Thông tri); None otherwise."""
    if len(lines) < 2 or not lines[0] <= m.start() < lines[1] or m.group("plural"):
        return None
    sentence_end = _sentence_end(shadow, lines[1], len(shadow))
    return next((n for n in later if n.group("number") is not None and n.group("plural") is None
                 and lines[1] <= n.start() < sentence_end), None)  # fmt: skip
# A clause that opens on its full date, without the "On" `_lead_date` reads: "December 23, 2008,
# the Government of Vietnam issued Decree 10/ND-CP adjusting …", "April 11, 2007, the Government
# of Vietnam issued Decree 137/2007/ND-CP …" (lawnet.vn/en): the date of the act (shadow text).
_OPENING_DATE = re.compile(
    rf"[ \t]*(?=(?:{MONTH_NAME})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s+(?:19|20)\d\d\s*,)"
)


# … or on its day and month alone, the year the item's stamp line above gives: "July 14, the
# 4th session of the 9th tenure provincial People’s Council voted to approve 20 significant draft
# resolution …" under "Update: 15-07-2017 | 17:20:56" (baobinhduong.vn/en; FORMAT: a day printed
# without its year takes the year of the item's date stamp printed with it).
_OPENING_DAY_MONTH = re.compile(rf"[ \t]*({MONTH_NAME})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,")
# The date on a stamp line (`_STAMP_ONLY`): "15-07-2017", "19/07/2011", "July 12, 2017".
_STAMP_DATE = re.compile(rf"\d{{1,2}}[/-]\d{{1,2}}[/-]\d{{4}}|(?:{MONTH_NAME})\.?[ \t]+\d")


def _opening_date(shadow: str, clause: int, act: int, stamp: int | None) -> date | None:
    """The full date `_OPENING_DATE` finds at the clause's start, before the act, or its day
    and month (`_OPENING_DAY_MONTH`) in the year of the stamp line at `stamp` (the year before
    where the day comes later in the year than the stamp's); None where neither is written."""
    m = _OPENING_DATE.match(shadow, clause, act)
    parsed = parse_date(shadow, m.end()) if m is not None else None
    if parsed is not None:
        return parsed[0] if parsed[1] <= act else None
    day_month = None if stamp is None else _OPENING_DAY_MONTH.match(shadow, clause, act)
    month = month_number(day_month.group(1)) if day_month is not None else None
    if stamp is None or day_month is None or month is None:
        return None
    line_end = shadow.find("\n", stamp)
    on = _STAMP_DATE.search(shadow, stamp, len(shadow) if line_end < 0 else line_end)
    page = parse_date(shadow, on.start()) if on is not None else None
    if page is None:
        return None
    day = int(day_month.group(2))
    year = page[0].year - ((month, day) > (page[0].month, page[0].day))
    try:
        return date(year, month, day)
    except ValueError:
        return None


# A lead line that ends announcing a list: "… as following.", "… as the following:", "… as
# follows:" (shadow text).
_AS_FOLLOWS = re.compile(r"as\s+(?:the\s+)?follow(?:s|ing)\s*[.:]?[ \t]*\n")
# A lead about a document's content, the document then named with its issuer after it: "That is
# the key content of Directive No. 05/CT-UBND issued by the Provincial People's Committee to
# effectively implement …" (baothainguyen.vn/en), "This is the notable content mentioned in
# Official Telegram 240/CD-TTg issued by the Prime Minister, urging …" (lawnet.vn/en). The
# passive names the document the sentence is about, unlike "Resolution No. 18 issued by the
# Politburo" in a sentence about something else.
# The same site's other wording, the body after "of": "Here are the notable contents of Official
# Telegram 1212/CD-BYT of the Ministry of Health on strengthening …" (lawnet.vn/en, retired
# blind batch w).
_ENGLISH_CONTENT_OF = re.compile(
    r"(?<![a-z])(?:(?:that|this|these|those)\s+(?:is|are)|here\s+(?:is|are))\s+the\s+"
    r"(?:[a-z]+\s+){0,2}?contents?\s+"
    r"(?:mentioned\s+)?(?:of|in)\s+(?:the\s+)?(?:[a-z]+['’]s\s+)?"
    r"(?P<word>official\s+telegram|official\s+letter|official\s+dispatch|plan|directive"
    r"|resolution|decision|conclusion|notice|regulation|circular|decree|guideline|telegram)"
    r"(?:(?P<number>\s+no\.?\s*)|\s+)(?=\d)(?P<code>[^\s,;]+)\s+(?:issued\s+by|of)\s+"
    r"(?:the\s+)?"
)
# The closing line of such a page, which dates the document: "For detailed content, see Official
# Telegram 240/CD-TTg issued on February 21, 2018." (lawnet.vn/en); "For more details, see
# Official Telegram 1212/CD-BYT promulgated on August 3, 2020." (the same site, retired blind
# batch w). Shadow text; the code is matched against the lead's.
_ENGLISH_SEE_DATED = re.compile(
    r"(?<![a-z])see\s+(?:the\s+)?(?:[a-z]+\s+){1,2}?(?:no\.?\s*)?(?P<code>\d[^\s,;]*)\s+"
    r"(?:issued|promulgated|signed)\s+on\s+"
)
_BY_END = re.compile(r",|;|\.(?:\s|$)|\s(?:to|on|in|dated|urging|requesting|asking)\s")


def _content_of_report(norm: NormalizedText, shadow: str, start: int,
                       lead_end: int) -> PageReading | None:
    """`_ENGLISH_CONTENT_OF`: the document reported, its issuer the words after "issued by" up
    to the clause's next comma or preposition."""
    if "content" not in shadow[start:lead_end]:
        return None
    m = _ENGLISH_CONTENT_OF.search(shadow, start, lead_end)
    if m is None:
        return None
    stop = _BY_END.search(shadow, m.end(), lead_end)
    actor = " ".join(norm.text[m.end() : stop.start() if stop else lead_end].split()) or None
    if actor is None or _ENGLISH_BODY.search(actor.lower()) is None:
        return None
    word_end = m.end("number") if m.group("number") else m.end("word")
    word = _ENGLISH_TYPE_WORDS[" ".join(m.group("word").split())]
    return PageReading(REPORT, m.start("word"), word, m.start("word"), word_end, actor,
                       _seen_on(shadow, m.group("code"), m.end()))


_SEE_SCAN = 1500


def _seen_on(shadow: str, code: str, start: int) -> date | None:
    """The date a closing "see … <code> issued on <date>" line gives the reported document
    (`_ENGLISH_SEE_DATED`), where it names the same code; None otherwise."""
    end = min(len(shadow), start + _SEE_SCAN)
    for see in _ENGLISH_SEE_DATED.finditer(shadow, start, end):
        if see.group("code").rstrip(".") != code.rstrip("."):
            continue
        parsed = parse_date(shadow, see.end())
        if parsed is not None:
            return parsed[0]
    return None


# A pronoun for the body the sentence before names: "At this session, the Provincial People's
# Council carefully considered and discussed the submissions and draft resolutions …. As a
# result, they unanimously approved 12 resolutions …" (vietnam.vn, a council's session).
# (also "it": "The council reviewed reports and proposals from the Hanoi People's Committee …. It
# passed 20 resolutions …", english.hanoi.gov.vn)
_THEY = re.compile(r"\s*(?:they|it|the\s+session)\s+(?:[a-z]+ly\s+)?$")
_SESSION_SUBJECT = re.compile(r"\s*the\s+session\s+(?:[a-z]+ly\s+)?")
# A body's place after its name: "… People’s Council of Hoa Binh province" (shadow text).
_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?(?:[a-z]+\s+){1,4}?(?:province|district|city)(?![a-z])")


# A People's Council's session told in a lead (shadow text): "the People's Council of Do Luong
# district held the 7th session", "the 2nd session of … Vĩnh Thạnh district People’s Council".
_COUNCIL_SESSION = re.compile(
    r"(?<![a-z])(?:people['’]?s\s+council(?![a-z])[^\n]*?(?<![a-z])session"
    r"|session(?![a-z])[^\n]*?(?<![a-z])people['’]?s\s+council)(?![a-z])"
)
# The council's delegates as the clause's subject, a phrase before them set off by a comma:
# "The delegates discussed, …", "Ending the session, delegates voted …" (shadow text).
_DELEGATES = re.compile(r"[ \t]*(?:[a-z][^,\n]{0,40},[ \t]*)?(?:the[ \t]+)?delegates[ \t]")


def _they_of(shadow: str, start: int, clause: int, comma: int, act: int) -> tuple[int, int] | None:
    """Where the body a clause's "they" (or "the session") stands for is named: the subject of
    the sentence before, from its clause's start to the end of its body's words and the place
    after them. None where the clause's subject is neither or the sentence before names no
    body."""
    subject = comma + 1 if comma >= clause else clause
    if _THEY.match(shadow, subject, act) is None:
        return None
    return _named_before(shadow, start, clause)


def _named_before(shadow: str, start: int, clause: int) -> tuple[int, int] | None:
    """Where the sentence before `clause` names its body (`_they_of`), or None."""
    if clause <= start:
        return None
    end = clause - 1  # (the sentence before ends there, or on a line above: skip the breaks)
    while end > start and shadow[end - 1].isspace():
        end -= 1
    if end > start and shadow[end - 1] in ".;:":
        end -= 1  # (its own stop, on the line above)
    before = _clause_start(shadow, start, end)
    body = next((b for b in _ENGLISH_BODY.finditer(shadow, before, end)
                 if b.group() != "session"), None)  # ("At this session, the … Council …")
    if body is None:
        return None
    comma = shadow.rfind(",", before, body.start())
    place = _OF_PLACE.match(shadow, body.end(), end)
    return (comma + 1 if comma >= 0 else before), (place.end() if place else body.end())
