"""Table tests of the English readings: legal sites' translations of State texts, the English
portals of the Government and the provinces, English dailies. One real snippet each, its source
above it (tests/realworld/cases/zs_english_dev.json holds the pages).
"""

from __future__ import annotations

import datetime

import pytest

from ingest.bodies import body_level
from ingest.codes import Level
from ingest.context import parse_date
from ingest.extract import extract
from ingest.relations import RelationType, classify_relation

AMENDS, BASED, CITES = RelationType.AMENDS, RelationType.BASED_ON, RelationType.CITES
GUIDES, IMPL, REPLACES = RelationType.GUIDES, RelationType.IMPLEMENTS, RelationType.REPLACES
REPEALS, REVIEWS, ATTACHED = RelationType.REPEALS, RelationType.REVIEWS, RelationType.ATTACHED_TO


@pytest.mark.parametrize(
    ("lead_in", "expected"),
    [
        # https://vbpl.vn/bonongnghiep/pages/vbpqen-toanvan.aspx?ItemID=137
        ("pursuant to the government’s decree no. ", BASED),
        # http://news.chinhphu.vn/Utilities/PrintView.aspx?ID=27387
        ("based on the discussion of the cabinet’s members and the decree no. ", BASED),
        # https://global-regulation.com/translation/vietnam/2956124/… ("Decision base 2473/QĐ-TTg")
        ("decision base ", BASED),
        # https://www.global-regulation.com/translation/vietnam/2956026/… (its body's basis)
        ("base of protocol ", BASED),
        # a basis clause that opens with "In accordance with" / "On the basis of"
        ("in accordance with the prime minister’s decision no. ", BASED),
        # https://vietjack.me/phap-luat/luat-sua-doi-bo-sung-luat-to-chuc-chinh-phu-… (a law
        # named by its amending title in a basis clause is a basis)
        ("pursuant to the law on amending and supplementing a number of articles of the law on "
         "government organization no. ", BASED),
        # http://asemconnectvietnam.gov.vn/law.aspx?…MaVB_Id=3020…
        ("on amendments to government’s decree no. ", AMENDS),
        # https://english.luatvietnam.vn/hanh-chinh/decree-59-2024-nd-cp-amend-decree-34-2016-…
        ("amending and supplementing a number of articles of the government’s decree no. ", AMENDS),
        # https://vietjack.me/phap-luat/nghi-dinh-163-2013-nd-cp-…/chuong-6-11823.html
        ("this decree supersedes: a) the government's decree no. ", REPLACES),
        ("this decision replaces decision no. ", REPLACES),
        ("to annul decision no. ", REPEALS),
        # https://english.luatvietnam.vn/circular-no-31-2011-tt-bldtbxh-…
        ("guiding the implementation of a number of articles of decree no.", GUIDES),
        # https://vanbanphapluat.co/decree-33-2021-nd-cp-elaboration-and-measures-for-…
        ("on elaboration and measures for implementation of the national assembly’s resolution "
         "no. ", GUIDES),
        # https://thuvienphapluat.vn/van-ban/tai-chinh-nha-nuoc/thong-tu-56-2011-tt-btc-…
        ("this circular provide guidance on the calculation of criteria for supervising public "
         "debts and foreign debts prescribed in article 7 of the government's decree no. ", GUIDES),
        # https://baonghean.vn/en/ubnd-tinh-ban-hanh-ke-hoach-tong-ket-10-nam-…-10240780.html
        ("of the provincial people's committee to summarize 10 years of implementing resolution "
         "no. ", REVIEWS),
        # https://baohaiduong.vn/en/thu-tuong-chi-dao-tap-trung-ung-pho-bao-so-3-… ("tiếp tục
        # thực hiện", how well between the verbs), as "to continue implementing" (en.hungyen)
        ("to continue to resolutely, seriously and effectively implement the prime minister's "
         "directions in official dispatches no. ", IMPL),
        ("to continue implementing the resolution no. ", IMPL),
        # english.hanoi.gov.vn ("Plan No. 59-KH/TU on summing up implementation of Directive …")
        (" on summing up implementation of directive no. ", REVIEWS),
        # https://new.dongnai.gov.vn/en/news/other/provincial-party-committee-promulgates-plan-…
        ("promulgated the plan to preliminarily review the 5 year implementation of directive ",
         REVIEWS),
        # https://en.binhthuan.gov.vn/general-news/continuing-to-implement-urgent-solutions-…
        ("to continue to seriously implement the urgent solutions to prevent and control covid-19 "
         "in the province under direction of the prime minister at the directive no ", IMPL),
        ("the provincial party committee will carry out resolution no. ", IMPL),
        # https://baonghean.vn/en/tang-cuong-su-lanh-dao-…-10081747.html
        ("plan to study and thoroughly grasp conclusion ", CITES),
        ("to implement the campaign in the spirit of notice of conclusion no. ", CITES),
        # https://hethongphapluat.com/decision-no-121-1999-qd-btc-… (its annex's line)
        ("(issued together with decision no. ", ATTACHED),
        # "… has issued Plan 197-KH/TH.U to direct …": the verb right before the document
        ("the party committee of hoa binh city has issued plan ", CITES),
        # https://english.luatvietnam.vn/hanh-chinh/decree-59-2024-nd-cp-… (a passive: the
        # text after the verb acts)
        ("which had a number of articles amended and supplemented under the government’s decree "
         "no. ", CITES),
        # Vietnamese lead-ins keep their readings
        ("can cu nghi dinh so ", BASED),
        ("thuc hien nghi quyet so ", IMPL),
    ],
)
def test_english_verbs_type_relations_as_the_vietnamese_do(
    lead_in: str, expected: RelationType
) -> None:
    assert classify_relation(lead_in).type is expected


@pytest.mark.parametrize(
    ("shadow", "expected"),
    [
        ("september 18, 2002", datetime.date(2002, 9, 18)),  # hethongphapluat.com's header
        ("april\n29th 2011", datetime.date(2011, 4, 29)),  # thuvienphapluat.vn's line break
        ("18 september 2002", datetime.date(2002, 9, 18)),
        ("the 30th of september 1992", datetime.date(1992, 9, 30)),  # a basis clause's law
        ("day 05 month 02 year 2008", datetime.date(2008, 2, 5)),  # asianlii.org's header
        ("may 09, 2016", datetime.date(2016, 5, 9)),  # chinhphu.vn's English print view
        ("09/05/2016", datetime.date(2016, 5, 9)),  # the Vietnamese order stays day first
    ],
)
def test_english_dates_are_read_as_the_vietnamese_ones(
    shadow: str, expected: datetime.date
) -> None:
    parsed = parse_date(shadow, 0)
    assert parsed is not None and parsed[0] == expected


def test_may_without_a_day_and_year_is_no_date() -> None:
    assert parse_date("may co the", 0) is None  # "máy", "mây" in the shadow text


# https://hethongphapluat.com/decision-no-120-2002-qd-ttg-82e92ca766474b0cfba31b3421a97736.html
PM_120_2002 = """THE PRIME MINISTER OF GOVERNMENT
-------

SOCIALIST REPUBLIC OF VIET NAM
Independence - Freedom - Happiness
------------

No: 120/2002/QD-TTg

Hanoi, September 18, 2002

DECISION

ADDING AND REPLACING COMMUNES COVERED BY THE PROGRAM ON SOCIO-ECONOMIC DEVELOPMENT IN COMMUNES

THE PRIME MINISTER

Pursuant to the Law on Organization of the Government of December 25, 2001;
At the proposal of the Minister-Director of the Committee for Nationalities,

DECIDES:"""

# https://vbpl.vn/bonongnghiep/pages/vbpqen-toanvan.aspx?ItemID=137 (its basis clauses)
# http://news.chinhphu.vn/Utilities/PrintView.aspx?ID=27387
GOV_33_NQ_CP = """THE GOVERNMENT
-------

SOCIALIST REPUBLIC OF VIET NAM
Independence - Freedom - Happiness

---------------

No. 33/NQ-CP

Ha Noi, May 09, 2016

RESOLUTION

THE GOVERNMENT’S REGULAR MEETING - APRIL 2016

THE GOVERNMENT

Pursuant to the Law on Organization of the Government dated June 19, 2015;

Pursuant to the Government’s Decree No. 08/2012/ND-CP dated February 16, 2012 promulgating \
the working regulation of the Government;

RESOLVES:"""

# http://asemconnectvietnam.gov.vn/law.aspx?ZID1=10&ID1=2&MaVB_Id=3020&… ("No.:" label)
GOV_80_2023 = """THE GOVERNMENT OF VIETNAM
--------
THE SOCIALIST REPUBLIC OF VIETNAM
Independence - Freedom – Happiness
-----------
No.: 80/2023/ND-CP
Hanoi, November 17, 2023

Pursuant to the Law on Commerce dated June 14, 2005;
At the request of the Minister of Industry and Trade of Vietnam;
The Government promulgates a Decree providing amendments to Government’s Decree No. \
95/2021/ND-CP dated November 01, 2021 and Government’s Decree No. 83/2014/ND-CP dated \
September 03, 2014 on petrol and oil trading."""


@pytest.mark.parametrize(
    ("text", "code", "day"),
    [
        (PM_120_2002, "120/2002/QĐ-TTg", datetime.date(2002, 9, 18)),
        (GOV_33_NQ_CP, "33/NQ-CP", datetime.date(2016, 5, 9)),
        (GOV_80_2023, "80/2023/NĐ-CP", datetime.date(2023, 11, 17)),
    ],
)
def test_an_english_header_gives_the_documents_number_and_date(
    text: str, code: str, day: datetime.date
) -> None:
    doc = extract(text).document
    assert doc.page == "document"
    assert doc.code is not None and doc.code.canonical == code
    assert doc.date == day


def test_an_english_translation_states_its_basis_and_its_amendments() -> None:
    relations = {(r.type, r.target) for r in extract(GOV_33_NQ_CP).relations if r.source == "HOST"}
    assert (BASED, "08/2012/NĐ-CP") in relations
    relations = {(r.type, r.target) for r in extract(GOV_80_2023).relations if r.source == "HOST"}
    assert (AMENDS, "95/2021/NĐ-CP") in relations
    assert (AMENDS, "83/2014/NĐ-CP") in relations  # the list's next item, after "dated … and"


def test_an_english_date_in_running_text_is_no_header_date() -> None:
    # https://english.luatvietnam.vn/xay-dung/decision-1059-qd-ttg-2023-… (the site's summary,
    # no motto: the summary's "On September 14, 2023" is no place-date line)
    text = ("SUMMARY\n\nOn September 14, 2023, the Prime Minister issues Decision No. "
            "1059/QD-TTg approving the Master Plan of Nghe An province.")
    assert extract(text).document.date is None


# https://baonghean.vn/en/ubnd-tinh-ban-hanh-ke-hoach-tong-ket-10-nam-thuc-hien-nghi-quyet-so-
# 26-cua-bo-chinh-tri-ve-nghe-an-10240780.html (the headline's act, then the lead's numbered one)
NGHE_AN_348 = (
    "The Provincial People's Committee issued a plan to summarize 10 years of implementing "
    "Resolution No. 26 of the Politburo on Nghe An.\n\n(Baonghean.vn) - Deputy Secretary of the "
    "Provincial Party Committee, Chairman of the People's Committee of Nghe An province Nguyen "
    "Duc Trung signed and issued Plan No. 348/KH-UBND of the Provincial People's Committee to "
    "summarize 10 years of implementing Resolution No. 26-NQ/TW dated July 30, 2013 of the "
    "Politburo on Nghe An."
)
# http://primeminister.chinhphu.vn/Home/prime-minister-opinion/trang-2.vgp
PM_27_CT = (
    "Management on imports, use of scrap enhanced\n\nVGP – The PM has signed Directive No. "
    "27/CT-TTg on launching some urgent measures to strengthen management on imports and use of "
    "scraps as raw materials for production."
)


def test_an_english_lead_reports_the_numbered_plan_its_headline_announced() -> None:
    ext = extract(NGHE_AN_348)
    assert ext.document.page == "report"
    assert ext.document.code is not None and ext.document.code.canonical == "348/KH-UBND"
    assert (REVIEWS, "26-NQ/TW") in {(r.type, r.target) for r in ext.relations
                                      if r.source == "HOST"}


def test_the_pm_who_has_signed_a_directive_issued_it() -> None:
    doc = extract(PM_27_CT).document
    assert doc.page == "report"
    assert doc.code is not None and doc.code.canonical == "27/CT-TTg"


# https://en.binhthuan.gov.vn/general-news/continuing-to-implement-urgent-solutions-to-prevent-
# and-control-covid-19-571349 (the province's English copy of its own announcement)
BINH_THUAN_74 = """PEOPLE’S COMMITTEE OF BINH THUAN PROVINCE

SOCIALIST REPUBLIC OF VIETNAM

Independence – Freedom - Happiness

No: 74/TB-UBND                                        April 15, 2020

ANNOUNCEMENT

Continuing to implement urgent solutions to prevent and control Covid-19

While waiting for the promulgation from the Prime Minister on implementing measures to prevent \
and control Covid-19 epidemic after April 15, 2020, the Chairman of Provincial People’s \
Committee has following opinions:

1. Proposing the entire people in the Province and requesting all agencies, departments, units \
to continue to seriously implement the urgent solutions to prevent and control Covid-19 in the \
province under direction of the Prime Minister at the Directive no 16/CT-TTg dated 31/3/2020."""


def test_an_english_heading_word_names_the_kind_and_opens_the_text() -> None:
    ext = extract(BINH_THUAN_74)
    doc = ext.document
    assert doc.page == "document" and doc.kind == "Thông báo"
    assert doc.code is not None and doc.code.canonical == "74/TB-UBND"
    assert doc.date == datetime.date(2020, 4, 15)
    assert (IMPL, "16/CT-TTg") in {(r.type, r.target) for r in ext.relations if r.source == "HOST"}


# https://thuvienphapluat.vn/van-ban/EN/Lao-dong-Tien-luong/Integrated-document-2007-VBHN-
# BLDTBXH-2024-Circular-elaborating-some-articles-Law-Vietnamese-guest-workers/611850/
# tieng-anh.aspx (an English consolidated text: its lead, the amending list, then the bases)
VBHN_2007 = """MINISTRY OF LABOUR - INVALIDS AND SOCIAL AFFAIRS OF VIETNAM
-------

SOCIALIST REPUBLIC OF VIETNAM
Independence – Freedom – Happiness
----------------

No. 2007/VBHN-BLDTBXH

Hanoi, May 14, 2024

CIRCULAR

ELABORATING SOME ARTICLES OF LAW ON VIETNAMESE GUEST WORKERS

Circular No. 21/2021/TT-BLDTBXH dated December 15, 2021 of the Minister of Labour - Invalids \
and Social Affairs on elaboration of some Articles of the Law on Vietnamese Guest Workers, which \
comes into force from February 01, 2022 is amended by:

1. Circular No. 08/2023/TT-BLDTBXH dated August 29, 2023 of the Minister of Labour - Invalids \
and Social Affairs on amendments to and annulment of some articles of Circulars, which comes \
into force from October 12, 2023.

2. Circular No. 02/2024/TT-BLDTBXH dated February 23, 2024 of the Minister of Labour - \
Invalids and Social Affairs on amendments to some Articles of the Circular No. \
21/2021/TT-BLDTBXH, which comes into force from May 15, 2024.

Pursuant to the Law on Vietnamese Guest Workers No. 69/2020/QH14 dated November 13, 2020;"""


def test_an_english_consolidated_text_consolidates_the_law_and_its_amendments() -> None:
    ext = extract(VBHN_2007)
    assert ext.document.code is not None
    assert ext.document.code.canonical == "2007/VBHN-BLĐTBXH"
    relations = {(r.source, r.type, r.target) for r in ext.relations}
    consolidates = RelationType.CONSOLIDATES
    assert {("HOST", consolidates, "21/2021/TT-BLĐTBXH"),
            ("HOST", consolidates, "08/2023/TT-BLĐTBXH"),
            ("08/2023/TT-BLĐTBXH", AMENDS, "21/2021/TT-BLĐTBXH")} <= relations


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # https://vbpl.vn/binhdinh/Pages/vbpqen-print.aspx?ItemID=8452&dvid=236
        ("DECISION No. 231/2003/QD-TTg OF NOVEMBER 12, 2003 ADDING AND RENAMING COMMUNES UNDER "
         "THE PROGRAM ON SOCIO-ECONOMIC DEVELOPMENT\nTHE PRIME MINISTER\nPursuant to the December "
         "25, 2001 Law on Organization of the Government;", "231/2003/QĐ-TTg"),
        # https://english.luatvietnam.vn/circular-no-31-2011-tt-bldtbxh-dated-november-3-2011-…
        ("Circular No. 31/2011/TT-BLDTBXH dated November 3, 2011 of the Ministry of Labor, War "
         "Invalids and Social Affairs guiding the implementation of a number of articles of "
         "Decree No.34/2008/ND-CP", "31/2011/TT-BLĐTBXH"),
        # https://vietnam.vn/en/cu-hich-tu-nghi-quyet-57 (a sentence about the resolution)
        ("Resolution No. 57-NQ/TW represents an important breakthrough in innovative thinking.",
         None),
    ],
)
def test_an_english_page_that_opens_with_the_documents_title_is_the_document(
    text: str, code: str | None
) -> None:
    doc = extract(text).document
    found = doc.code.canonical if doc.code is not None and doc.page == "document" else None
    assert found == code


def test_an_english_legal_sites_issuing_date_row_dates_the_document() -> None:
    # https://english.luatvietnam.vn/xay-dung/decision-1059-qd-ttg-2023-approve-master-plan-…
    text = ("Decision 1059/QD-TTg 2023 approve Master Plan of Nghe An for 2021-2030\n\n"
            "ATTRIBUTE\n\n"
            "Official number:1059/QD-TTgSigner:Tran Hong Ha\nType:DecisionExpiry date:Updating\n"
            "Issuing date:14/09/2023Effect status:\nKnown\n")
    assert extract(text).document.date == datetime.date(2023, 9, 14)


# the same page as the portal shows it, its headline above the header
BINH_THUAN_74_PAGE = (
    "Continuing to implement urgent solutions to prevent and control Covid-19\n\n" + BINH_THUAN_74
)

# http://www.asianlii.org/vn/legis/laws/gtfmmattridpitqp1039 (the ministry's header over "No:")
MOF_46_2004 = """THE MINISTRY OF FINANCE

No: 46/2004/TT-BTC

SOCIALIST REPUBLIC OF VIET NAM
Independence - Freedom - Happiness
----- o0o -----
Ha Noi , Day 27 month 05 year 2004

CIRCULAR No. 46/2004/TT-BTC OF MAY 27, 2004 GUIDING THE FINANCIAL MANAGEMENT MECHANISM \
APPLICABLE TO THE RURAL INCOME DIVERSIFICATION PROJECT IN TUYEN QUANG PROVINCE

Pursuant to the Government's Decree No. 77/2003/ND-CP of July 1, 2003 defining the functions, \
tasks and organizational structure of the Ministry of Finance;"""


@pytest.mark.parametrize(
    ("text", "level", "province"),
    [
        (BINH_THUAN_74, Level.PROVINCE, "Bình Thuận"),
        (BINH_THUAN_74_PAGE, Level.PROVINCE, "Bình Thuận"),
        (MOF_46_2004, Level.CENTRAL, None),
    ],
)
def test_an_english_header_over_its_number_line_gives_the_level_and_place(
    text: str, level: Level, province: str | None
) -> None:
    doc = extract(text).document
    assert doc.level is level
    assert doc.place.province == province


@pytest.mark.parametrize(
    ("body", "level", "place"),
    [
        # en.binhthuan.gov.vn's header (above)
        ("PEOPLE’S COMMITTEE OF BINH THUAN PROVINCE", Level.PROVINCE, "Bình Thuận"),
        # https://discoveryindochina.com/…/hanoi-municipal-peoples-committee/ ("The Hanoi
        # People’s Committee is an executive body …"), in a header's capitals
        ("Hanoi People’s Committee", Level.PROVINCE, "Hà Nội"),
        ("HANOI PEOPLE’S COMMITTEE", Level.PROVINCE, "Hà Nội"),
        # https://www.vietnam.vn/en/hdnd-tinh-hai-duong-thong-qua-10-nghi-quyet ("the Hai Duong
        # Provincial People's Council"), in capitals
        ("PROVINCIAL PEOPLE'S COUNCIL", Level.PROVINCE, None),
        # https://www.sggp.org.vn/… ("The HCMC People's Committee, on October 2, issued a
        # directive …")
        ("HCMC People's Committee", Level.PROVINCE, "Hồ Chí Minh"),
        ("THE MINISTRY OF FINANCE", Level.CENTRAL, None),
        # a Vietnamese header's bare line stays without a level
        ("ỦY BAN NHÂN DÂN", Level.UNKNOWN, None),
    ],
)
def test_an_english_body_in_capitals_gives_its_level_and_place(
    body: str, level: Level, place: str | None
) -> None:
    assert body_level(body) == (level, place)


# https://www.vietnam.vn/en/bo-chinh-tri-hoi-nghi-quan-triet-trien-khai-thuc-hien-4-nghi-quyet
# (the items after a comma and after "and" take the list's verb, as after "," and "và")
POLITBURO_4_RESOLUTIONS = (
    "RESOLUTION\n\nThe Politburo requests Party committees to implement Resolution No. 59-NQ/TW, "
    "Resolution No. 70-NQ/TW, Resolution No. 71-NQ/TW and Resolution No. 72-NQ/TW of the "
    "Politburo."
)


def test_an_english_list_joined_by_and_carries_its_verb() -> None:
    relations = {(r.type, r.target) for r in extract(POLITBURO_4_RESOLUTIONS).relations
                 if r.source == "HOST"}  # fmt: skip
    assert {(IMPL, f"{n}-NQ/TW") for n in (59, 70, 71, 72)} <= relations


# https://en.binhthuan.gov.vn/general-news/continuing-to-implement-urgent-solutions-to-prevent-
# and-control-covid-19-571349 (item 1: each item repeats "direction of … at the …")
BINH_THUAN_74_LIST = BINH_THUAN_74.rsplit("\n\n1. ", 1)[0] + (
    "\n\n1. Proposing the entire people in the Province and requesting all agencies, departments, "
    "units, fatherland front, unions; the central agencies branched in the province and People’s "
    "Committee of districts, towns, cities to continue to seriously implement the urgent "
    "solutions to prevent and control Covid-19 in the province under direction of the Prime "
    "Minister at the Directive no 16/CT-TTg dated 31/3/2020, direction of the Provincial Party "
    "Standing Committee at the Directive no 48-CT/TU dated 31/3/2020, and direction of the "
    "Provincial People’s Committee at the Official Letter no 1205/UBND-KHVXNV dated 31/3/2020 on "
    "the implementation of urgent measures to prevent and control Covid-19 and other relevant "
    "documents."
)


def test_list_items_that_repeat_the_first_items_words_take_its_verb() -> None:
    relations = {(r.type, r.target) for r in extract(BINH_THUAN_74_LIST).relations
                 if r.source == "HOST"}  # fmt: skip
    assert {(IMPL, "16/CT-TTg"), (IMPL, "48-CT/TU"), (IMPL, "1205/UBND-KHVXNV")} <= relations


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # https://new.dongnai.gov.vn/en/news/other/provincial-party-committee-promulgates-plan-…
        ("On 28/6/2013, the provincial Party Committee promulgated the Plan to preliminarily "
         "review the 5 year implementation of Directive 21-CT/TW of the Politburo (term X) dated "
         "26/3/2008 on \"Continuing to strengthen leadership and direction in the new context of "
         "drug prevention and control\".", datetime.date(2013, 6, 28)),
        # baohoabinh.com.vn ("Hoa Binh works to prevent self-evolution, self-transformation")
        ("Hoa Binh works to prevent self-evolution, self-transformation\n(HBO) - On March 27, "
         "2017, the Standing Board of the Party Committee of the provincial Agencies’ Bloc issued "
         "Resolution No. 08-NQ/DU on reforming the ideological work.", datetime.date(2017, 3, 27)),
    ],
)
def test_an_english_lead_dates_the_act_it_reports_with_on(text: str, day: datetime.date) -> None:
    doc = extract(text).document
    assert doc.page == "report"
    assert doc.date == day


# vbpl.vn (Thái Nguyên's database), the Prime Minister's decision on the master plan of the
# healthcare system: no header, the authority's line in capitals right above "Pursuant to"
PM_HEALTHCARE_PLAN = """DECISION
Approving the master Plan on development of Vietnam's healthcare system up to 2010 with a \
vision to 2020
THE PRIME MINISTER
Pursuant to the December 25, 2001 Law on Organization of the Government;
Pursuant to the Government's Decree No. 49/2003/ND-CP of May 15, 2003, defining the functions, \
tasks, powers and organizational structure of the Ministry of Health;
At the proposal of the Minister of Health,
DECIDES:"""


def test_the_authority_line_above_pursuant_to_gives_the_level() -> None:
    doc = extract(PM_HEALTHCARE_PLAN).document
    assert doc.page == "document" and doc.kind == "Quyết định"
    assert doc.level is Level.CENTRAL


def test_a_signed_document_with_its_number_is_reported() -> None:
    # baohaiduong.vn (English): "Document" for the official letter, as "ký văn bản số …"
    text = ("Deputy Prime Minister Tran Luu Quang signed Document 666/TTg-QHDP on urgently "
            "implementing solutions to remove difficulties and promote the implementation of "
            "three national target programs.")
    doc = extract(text).document
    assert doc.page == "report"
    assert doc.code is not None and doc.code.canonical == "666/TTg-QHDP"
    assert doc.level is Level.CENTRAL


def test_an_english_title_names_the_kind_of_a_code_without_one() -> None:
    # http://www.asianlii.org/vn/legis/laws/… (DECISION No.507-TTg, run on in one paragraph)
    text = ("DECISION No.507-TTg OF AUGUST 26, 1995 OF THE PRIME MINISTER TRANSFERRING STATE "
            "MANAGEMENT RESPONSIBILITY OVER THE DA RIVER, THACH NHAM, DAU TIENG AND TRI AN "
            "PROTECTIVE FOREST BUILDING PROJECTS TO THE PEOPLE'S COMMITTEES OF THE PROVINCES IN "
            "THE PROJECT AREAS THE PRIME MINISTER Pursuant to the Law on Organization of the "
            "Government of September 30, 1992;")
    doc = extract(text).document
    assert doc.code is not None and doc.code.canonical == "507-TTg"
    assert doc.kind == "Quyết định"


# tests/realworld/cases/zs_english_dev2.json: a committee or council named with "Provincial"
# between its place and itself is that province's
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # https://news.laodong.vn/xa-hoi/dak-lak-cat-giam-thu-tuc-hanh-chinh-…-1566305.ldo
        ("On August 30, the Dak Lak Provincial People's Committee informed that it had issued an "
         "official dispatch on ensuring the reduction and simplification of administrative "
         "procedures and business conditions in implementing local government at 2 levels.",
         "Đắk Lắk"),
        # https://baobinhdinh.vn/news/2011/1/103305 (and "Jan." is no full stop)
        ("Chairman of Binh Dinh Provincial People’s Committee on Jan. 5 promulgated the Decision "
         "on establishing the steering board for the water supply and sanitation project.",
         "Bình Định"),
        # https://en.nhandan.vn/ha-nam-provincial-peoples-council-passes-22-socio-economic-…
        ("Ha Nam Provincial People’s Council passes 22 socio-economic resolutions\n\nThe 14th "
         "People’s Council of the northern province of Ha Nam province considered, discussed and "
         "unanimously approved 22 socio-economic resolutions at its regular mid-year meeting, "
         "held on July 6.", "Hà Nam"),
    ],
)
def test_a_provincial_committee_named_after_its_place_reports_for_that_province(
    text: str, place: str
) -> None:
    doc = extract(text).document
    assert doc.page == "report"
    assert doc.level is Level.PROVINCE and doc.place.province == place


def test_a_councils_session_that_adopted_resolutions_reports_them() -> None:
    # http://baohoabinh.com.vn/en/1/4394/Ninth-sessi111n-of-16th-Hoa-Binh-Peoples-Council-…
    text = ("(HBO) – The 9th session of the 16th People’s Council of Hoa Binh province "
            "successfully completed its agenda after three working days.\n\nThe session adopted "
            "27 resolutions to institutionalise the Party’s policies, State’s regulations, and "
            "the provincial Party Committee’s policies so as to promote the local socio-economic "
            "development.")
    doc = extract(text).document
    assert doc.page == "report" and doc.kind == "Nghị quyết"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # https://en.sggp.org.vn/eight-expressway-projects-added-to-list-of-key-national-…
        # (the year from the item's own date line)
        (" date 2023-10-10 On October 10, Prime Minister Pham Minh Chinh signed Decision "
         "No.1166/QD-TTg, which supplements the project list and consolidates the State Steering "
         "Committee for vital national and key projects within the transportation sector.",
         datetime.date(2023, 10, 10)),
        # https://news.laodong.vn/xa-hoi/dak-lak-cap-toc-thanh-lap-so-chi-huy-tien-phuong-…
        # (the year from a later full date of the same day)
        ("On November 27, the Chairman of the Dak Lak Provincial People's Committee issued a "
         "Decision on the establishment of a Forward Command Department to respond to storm No. "
         "15 and heavy rain caused by the storm (abbreviated as the Command Department).\n\nThe "
         "working time of the Command Department starts from November 27, 2025 until the "
         "completion of the task.", datetime.date(2025, 11, 27)),
    ],
)
def test_an_english_lead_dates_its_day_and_month_by_the_year_the_page_gives(
    text: str, day: datetime.date
) -> None:
    doc = extract(text).document
    assert doc.page == "report"
    assert doc.date == day


def test_an_english_day_and_month_without_a_year_anywhere_stay_undated() -> None:
    # https://news.laodong.vn/thoi-su/pho-thu-tuong-chinh-phu-mai-van-chinh-co-them-…
    text = ("On July 16, the Government Office announced that Prime Minister Pham Minh Chinh had "
            "just issued Decision No. 1532/QD-TTg on the completion of the State Steering "
            "Committee on Tourism.")
    doc = extract(text).document
    assert doc.page == "report" and doc.date is None


# https://baonghean.vn/en/cong-dien-khan-ve-khac-phuc-hau-qua-con-bao-so-2-10140181.html
NGHE_AN_10_CD = (
    "Urgent telegram on overcoming the consequences of storm No. 2\n(Baonghean.vn) - The "
    "Provincial People's Committee issued Official Dispatch No. 10/CD.UBND dated July 17, 2017 on "
    "overcoming the consequences of storm No. 2. The contents of the official dispatch are as "
    "follows:\nChairman of the People's Committee - Head of the Steering Committee for Natural "
    "Disaster Prevention and Search and Rescue of Nghe An province:\n- Provincial Military "
    "Command;"
)
# https://baonghean.vn/en/cong-dien-khan-cua-ubnd-tinh-ve-khac-phuc-hau-qua-con-bao-so-10-…
# (the item's date and time on a line of their own between the headline and the lead)
NGHE_AN_16_CD = (
    "Urgent telegram of the Provincial People's Committee on overcoming the consequences of storm "
    "No. 10\n\nSeptember 16, 2017 17:05\n\n(Baonghean.vn) - The Chairman of Nghe An Provincial "
    "People's Committee has just issued urgent dispatch No. 16/CD.UBND at 10:00 on September 16, "
    "2017 on overcoming the consequences of storm No. 10. The content is as follows:\n\nCHAIRMAN "
    "OF PEOPLE'S COMMITTEE - HEAD OF THE DISASTER PREVENTION COMMITTEE\nAND SEARCH AND RESCUE IN "
    "NGHE AN PROVINCE\n\nElectricity:\n\n- Provincial Military Command;"
)


@pytest.mark.parametrize(
    ("text", "code"), [(NGHE_AN_10_CD, "10/CĐ-UBND"), (NGHE_AN_16_CD, "16/CĐ-UBND")]
)
def test_an_english_reprint_of_a_telegram_under_its_lead_is_the_telegram(
    text: str, code: str
) -> None:
    # a dot for the hyphen and no bar on the Đ ("10/CD.UBND"), the lead saying the contents follow
    doc = extract(text).document
    assert doc.page == "document"
    assert doc.code is not None and doc.code.canonical == code
    assert doc.level is Level.PROVINCE and doc.place.province == "Nghệ An"


def test_a_dotted_abbreviation_is_no_code() -> None:
    # the dot form is read for a State type and a known issuer only
    text = "Chủ tịch UBND TP.HCM vừa ký văn bản số 12/TP.HCM gửi các sở."
    assert "12/TP-HCM" not in {r.code.canonical for r in extract(text).references}


def test_an_english_basis_line_amending_another_decree_is_that_decrees_act() -> None:
    # https://english.luatvietnam.vn/xay-dung/decision-1288-qd-ttg-2023-approve-the-master-plan-
    # of-bac-kan-for-2021-2030-274226-d1.html (the participle set off by a comma, as English
    # writes it; the "No." inside the subject is no full stop)
    text = ("DECISION\nTHE PRIME MINISTER\nPursuant to the Government’s Decree No. "
            "58/2023/ND-CP of August 12, 2023, amending and supplementing a number of articles of "
            "the Government’s Decree No. 37/2019/ND-CP of May 7, 2019, detailing a number of "
            "articles of the Planning Law;\nDECIDES:")
    relations = {(r.source, r.type, r.target) for r in extract(text).relations}
    assert ("HOST", BASED, "58/2023/NĐ-CP") in relations
    assert ("58/2023/NĐ-CP", AMENDS, "37/2019/NĐ-CP") in relations
    assert ("HOST", AMENDS, "37/2019/NĐ-CP") not in relations


def test_an_english_basis_amended_by_a_list_of_laws_is_amended_by_each() -> None:
    # https://vanban123.vn/Nghi-quyet/Resolution-No-1201-NQ-UBTVQH15-dated-September-28-2024-
    # on-the-arrangement-of-commune-level-administrative-divisions-in-Thai-Binh-province-during-
    # the-2023-2025-period-676018 (the "No." before each amending law is no full stop: the
    # list acts on the law before it, as "được sửa đổi, bổ sung bởi Luật số …, Luật số …")
    text = ("RESOLUTION\nSTANDING COMMITTEE OF THE NATIONAL ASSEMBLY\nPursuant to the Law on "
            "Organization of Local Governments No. 77/2015/QH13, amended by Law No. 21/2017/QH14, "
            "Law No. 47/2019/QH14, Law No. 31/2024/QH15, Law No. 34/2024/QH15, and Law No. "
            "43/2024/QH15;\nPursuant to Resolution No. 35/2023/UBTVQH15;\nRESOLVES:")
    relations = {(r.source, r.type, r.target) for r in extract(text).relations}
    for law in ("21/2017/QH14", "47/2019/QH14", "31/2024/QH15", "34/2024/QH15", "43/2024/QH15"):
        assert ("HOST", BASED, law) in relations
        assert (law, AMENDS, "77/2015/QH13") in relations
    assert ("HOST", BASED, "77/2015/QH13") in relations


def test_an_english_effect_articles_lettered_list_is_superseded() -> None:
    # https://vietjack.me (Decree 163/2013/NĐ-CP in English, Article 43; dev case
    # zen-vietjack-163-2013-nd-cp-supersedes): each lettered item that names a whole text after
    # "This Decree supersedes:" is replaced, as "Nghị định này thay thế:\na) Nghị định số …"
    text = ("DECREE\nArticle 43. Effect\n1. This Decree takes effect on December 31, 2013.\n"
            "2. This Decree supersedes:\na) The Government's Decree No. 90/2009/ND-CP dated "
            "October 20, 2009 on penalties for administrative violations pertaining to "
            "chemicals;\nb) The Government's Decree No. 15/2010/ND-CP dated March 01, 2010 on "
            "penalties for administrative violations pertaining to manufacture and sale of "
            "fertilizers;\n")
    relations = {(r.source, r.type, r.target) for r in extract(text).relations}
    assert ("HOST", REPLACES, "90/2009/NĐ-CP") in relations
    assert ("HOST", REPLACES, "15/2010/NĐ-CP") in relations


def test_an_english_basis_list_goes_on_after_and_to_the_proposal_line() -> None:
    # https://vanbanphapluat.co/decision-no-2631-qd-ttg-the-master-plan-on-socio-economic-…
    # ("; and Decree No. …" is the list's next basis) over luatminhkhue.vn's 93/2001/NĐ-CP ("At
    # the proposal of … in Report No. 3113/UB-TT" ends it)
    text = ("DECISION\nTHE PRIME MINISTER\nPursuant to the Government’s Decree No. 92/ 2006/ND-CP "
            "of September 7, 2006, on the elaboration, approval and management of socio-economic "
            "development master plans; and Decree No. 04/2008/ND-CP of January 11, 2008, amending "
            "and supplementing a number of articles of Decree No. 92/2006/ND-CP;\nAt the proposal "
            "of the president of the People’s Committee of Ho Chi Minh City in Report No. "
            "3113/UB-TT of September 7, 2001,\nDECIDES:")
    relations = {(r.source, r.type, r.target) for r in extract(text).relations}
    assert ("HOST", BASED, "04/2008/NĐ-CP") in relations
    assert ("04/2008/NĐ-CP", AMENDS, "92/2006/NĐ-CP") in relations
    assert ("HOST", CITES, "3113/UB-TT") in relations


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # https://english.luatvietnam.vn/xay-dung/decision-1059-qd-ttg-2023-… (the attribute
        # table's cells run together: the label glued before, the next label after)
        ("Official number:1059/QD-TTgSigner:Tran Hong Ha\nType:DecisionExpiry date:Updating",
         "1059/QĐ-TTg"),
        # https://english.luatvietnam.vn/circular-no-31-2011-tt-bldtbxh-…
        ("Official number:31/2011/TT-BLDTBXHSigner:Nguyen Thanh Hoa", "31/2011/TT-BLĐTBXH"),
    ],
)
def test_a_code_in_an_english_sites_run_together_table_is_read(text: str, code: str) -> None:
    assert [r.code.canonical for r in extract(text).references] == [code]


def test_a_body_acting_in_its_numbered_letter_issued_it() -> None:
    # http://www.dongnai.gov.vn/… (the post stamp with its weekday between headline and lead)
    text = ("The people’s committee of Dong Nai Province announced the work program assigned by "
            "the provincial Party committee to be implemented in quarter I/2005.\n\nTuesday - "
            "19/07/2011 23:18\nOn 17/01/2005, the Chairman of the people’s Committee of Dong Nai "
            "Province in his letter no. 326/CV-UBT, announced the work program assigned by the "
            "provincial Party committee to be implemented in quarter I/2005 with the following.")
    doc = extract(text).document
    assert doc.page == "report"
    assert doc.code is not None and doc.code.canonical == "326/CV-UBT"
    assert doc.level is Level.PROVINCE and doc.place.province == "Đồng Nai"
    assert doc.date == datetime.date(2005, 1, 17)


def test_a_proposal_line_naming_a_bodys_dispatch_reports_nothing() -> None:
    # http://asianlii.org/vn/legis/laws/… (DECISION No.507-TTg): "in its Official Dispatch
    # No.2189-UB/NLN of July 5, 1995" names the comments' document, no act of the body
    text = ("DECISION No.507-TTg OF AUGUST 26, 1995 OF THE PRIME MINISTER TRANSFERRING STATE "
            "MANAGEMENT RESPONSIBILITY THE PRIME MINISTER Pursuant to the Law on Organization of "
            "the Government of September 30, 1992; At the proposal of the Minister of Forestry "
            "made in Report No.1805-TCLD of June 30, 1995, and considering the comments of the "
            "State Planning Committee in its Official Dispatch No.2189-UB/NLN of July 5, 1995, "
            "DECIDES:")
    assert extract(text).document.page == "document"


def test_the_provincial_agencies_bloc_is_provincial_whatever_its_code_suffix() -> None:
    # baohoabinh.com.vn ("Hoa Binh works to prevent self-evolution, self-transformation"): the
    # Party committee of the provincial Agencies' Bloc writes …/ĐU, which is no commune's here
    text = ("Hoa Binh works to prevent self-evolution, self-transformation\n(HBO) - On March 27, "
            "2017, the Standing Board of the Party Committee of the provincial Agencies’ Bloc "
            "issued Resolution No. 08-NQ/DU on reforming the ideological work.")
    doc = extract(text).document
    assert doc.page == "report" and doc.level is Level.PROVINCE
    assert body_level("the Party Committee of the provincial agencies’ block") == (
        Level.PROVINCE, None)


def test_they_who_approved_resolutions_is_the_council_the_sentence_before_names() -> None:
    # https://www.vietnam.vn/en/… (zen-vietnam-vn-hdnd-17th-session-12-resolutions)
    text = ("On the afternoon of October 10th, after a day of serious and responsible work, the "
            "17th session of the 11th Provincial People's Council, chaired by the Chairman of the "
            "Provincial People's Council Nguyen Hoai Anh and the Vice-Chairmen of the Provincial "
            "People's Council, concluded.\nAt this session, the Provincial People's Council "
            "carefully considered and discussed the submissions and draft resolutions presented "
            "by the Provincial People's Committee. As a result, they unanimously approved 12 "
            "resolutions on provincial planning, mechanisms, policies, and investment guidelines.")
    doc = extract(text).document
    assert doc.page == "report" and doc.kind == "Nghị quyết" and doc.level is Level.PROVINCE


def test_they_with_no_body_before_reports_nothing() -> None:
    text = ("Delegates met on Monday. As a result, they approved 3 resolutions on the economy.")
    assert extract(text).document.page != "report"


def test_a_continued_implementation_is_labelled_as_the_vietnamese_one() -> None:
    # the label "continues", as "tiếp tục thực hiện": a request to continue carrying a text out
    # keeps its IMPLEMENTS in a report's later sentence
    found = classify_relation("to continue to resolutely, seriously and effectively implement "
                              "the prime minister's directions in official dispatches no. ")
    assert (found.type, found.label) == (IMPL, "continues")


def test_an_english_citation_dated_at_an_hour_on_a_day() -> None:
    # https://baonghean.vn/en/cong-dien-khan-cua-ubnd-tinh-ve-khac-phuc-hau-qua-con-bao-so-10-…
    assert extract(NGHE_AN_16_CD).document.date == datetime.date(2017, 9, 16)


def test_the_session_that_adopted_resolutions_is_its_councils_on_the_line_above() -> None:
    # http://baohoabinh.com.vn/en/1/4394/Ninth-sessi111n-of-16th-Hoa-Binh-Peoples-Council-…
    text = ("(HBO) – The 9th session of the 16th People’s Council of Hoa Binh province "
            "successfully completed its agenda after three working days.\n\nThe session adopted "
            "27 resolutions to institutionalise the Party’s policies.")
    doc = extract(text).document
    assert doc.page == "report" and doc.level is Level.PROVINCE
    assert doc.place.province == "Hòa Bình"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # https://hanoitimes.vn/hanoi-to-deploy-major-missions-and-solutions-for-development-6496.html
        # (its stamp's time after a slash is no lead line)
        ("Dec 14, 2017 / 20:28\n\nHanoi to deploy major missions and solutions for development\n\n"
         "The Hanoi People’s Committee released the Plan No. 240/KH-UBND on December 12, "
         "implementing the conclusion of Prime Minister Nguyen Xuan Phuc at the Announcement No. "
         "508/TB-VPCP dated October 31 on several major missions and measures for the city’s "
         "development in the coming time.", "240/KH-UBND"),
        # https://english.hanoi.gov.vn/policies-of-ha-noi?…articleId=34607… (a weekly digest)
        ("Releasing Directive on easing difficulties in the field of production and trading\n\n"
         "Chairman of the Municipal People’s Committee signed and released Directive 07/CT-UBND "
         "dated April 16 on easing difficulties in the field of production and trading, "
         "enhancing the growth in 2019.", "07/CT-UBND"),
    ],
)
def test_a_body_that_released_a_document_issued_it(text: str, code: str) -> None:
    # (the level of a "Municipal People’s Committee" is not this rule's)
    doc = extract(text).document
    assert doc.page == "report" and doc.code is not None and doc.code.canonical == code


def test_a_council_that_voted_to_approve_resolutions_adopted_them() -> None:
    # https://baohaiduong.vn/en/hdnd-tinh-hai-duong-thong-bao-ket-qua-ky-hop-thuong-le-cuoi-nam-…
    text = ("After the closing session, Hai Duong Provincial People's Council announced the "
            "results of the 19th Session (regular session at the end of 2023) of the 17th "
            "Provincial People's Council, term 2021 - 2026.\nAccording to the announcement, the "
            "Hai Duong Provincial People's Council reviewed and approved reports and proposals "
            "from the Provincial People's Committee and a number of other agencies, and voted to "
            "approve 41 resolutions.")
    doc = extract(text).document
    assert doc.page == "report" and doc.kind == "Nghị quyết" and doc.code is None
    assert doc.level is Level.PROVINCE and doc.place.province == "Hải Dương"


def test_it_that_passed_resolutions_is_the_council_the_sentence_before_names() -> None:
    # https://english.hanoi.gov.vn/featured-news/hanoi-peoples-council-wraps-up-22nd-session-…
    text = ("The overview of the closing ceremony.\nThe council reviewed reports and proposals "
            "from the Hanoi People's Committee and reports from the Council's committees. It "
            "passed 20 resolutions with a high level of consensus.")
    doc = extract(text).document
    assert doc.page == "report" and doc.kind == "Nghị quyết" and doc.code is None
    assert extract("The plan was drafted by experts. It passed 3 resolutions "
                   "of doubt.").document.page != "report"


@pytest.mark.parametrize(
    "text",
    [
        # https://baonghean.vn/en/thu-tuong-pham-minh-chinh-chi-dao-sap-xep-tru-so-tai-san-cong-…
        ("Prime Minister Pham Minh Chinh directed to arrange headquarters and public assets so "
         "that the new apparatus can operate smoothly.\nPrime Minister Pham Minh Chinh has just "
         "signed an Official Dispatch on ensuring material facilities for State agencies, "
         "organizations and units.\nTelegram sent to ministers, heads of ministerial-level "
         "agencies, government agencies."),
        # https://baonghean.vn/en/cong-dien-cua-thu-tuong-don-doc-thuc-hien-nhiem-vu-sau-tet-…
        ("Prime Minister's telegram urging the implementation of tasks after Tet\n\nFebruary 24, "
         "2015 21:42\n\nPrime Minister Nguyen Tan Dung has just sent an official dispatch to "
         "ministries, ministerial-level agencies, government agencies; and People's Committees "
         "of provinces and centrally-run cities on urging the implementation of tasks after the "
         "2015 Lunar New Year holiday.\n\nThe content of the telegram is as follows:"),
    ],
)
def test_an_official_dispatch_the_text_calls_a_telegram_is_a_telegram(text: str) -> None:
    doc = extract(text).document
    assert doc.kind == "Công điện" and doc.level is Level.CENTRAL


def test_a_thank_you_letter_sent_is_no_report() -> None:
    text = ("The Prime Minister sent a letter of thanks to the doctors on the occasion of the "
            "Vietnamese Doctors’ Day.")
    assert extract(text).document.page != "report"


@pytest.mark.parametrize(
    ("text", "code", "level"),
    [
        # https://lawnet.vn/thong-tin-phap-luat/en/thong-bao-van-ban-moi/prime-minister-bans-…
        ("This is the notable content mentioned in Official Telegram 240/CD-TTg issued by the "
         "Prime Minister, urging the agencies and departments to fulfill their duties after the "
         "2018 Lunar New Year holiday.", "240/CĐ-TTg", Level.CENTRAL),
        # baothainguyen.vn/en (zen-baothainguyen-05-ct-ubnd-11-nq-cp)
        ("That is the key content of Directive No. 05/CT-UBND issued by the Provincial People's "
         "Committee to effectively implement the Prime Minister's Resolution No. 11/NQ-CP.",
         "05/CT-UBND", Level.PROVINCE),
    ],
)
def test_a_lead_on_the_content_of_a_document_issued_by_a_body_reports_it(
        text: str, code: str, level: Level) -> None:  # fmt: skip
    doc = extract(text).document
    assert doc.page == "report" and doc.code is not None and doc.code.canonical == code
    assert doc.level is level


def test_a_document_issued_by_a_body_in_a_sentence_about_something_else_reports_nothing() -> None:
    text = ("Delegates discussed the results of Resolution No. 18-NQ/TW issued by the Politburo "
            "at the conference.")
    assert extract(text).document.page != "report"


def _relations(text: str) -> set[tuple[str, RelationType, str]]:
    return {(r.source, r.type, r.target) for r in extract(text).relations}


def test_a_second_number_after_and_no_is_the_lists_next_item() -> None:
    # https://baohaiduong.vn/en/thu-tuong-chi-dao-tap-trung-ung-pho-bao-so-3-… (zen2-baohaiduong-
    # 88-cd-ttg-storm-yagi): "… in Official Dispatches No. 86/CD-TTg dated … and No. 87/CD-TTg"
    text = ("Prime Minister Pham Minh Chinh signed Official Dispatch No. 88/CD-TTg dated September "
            "6, 2024 requesting ministries, branches and localities to focus on responding to "
            "storm No. 3 and post-storm floods.\nTo ensure the safety of people's lives and "
            "property, the Prime Minister requested ministries, branches and localities to "
            "continue to resolutely, seriously and effectively implement the Prime Minister's "
            "directions in Official Dispatches No. 86/CD-TTg dated September 3, 2024 and No. "
            "87/CD-TTg dated September 5, 2024")
    found = _relations(text)
    assert {("HOST", IMPL, "86/CĐ-TTg"), ("HOST", IMPL, "87/CĐ-TTg")} <= found


def test_a_second_number_after_va_so_is_the_lists_next_item() -> None:
    # Công báo, Thông tư số 21/2026/TT-BTC (realcorpus cb-thue_tncn-thong-tu-so-21-2026-tt-btc):
    # each "số …" after a comma or "và" is the list's next law, under the basis line's verb
    text = ("Căn cứ Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung bởi các Luật \nsố "
            "43/2024/QH15, số 47/2024/QH15, số 58/2024/QH15, số 71/2025/QH15, số \n84/2025/QH15, "
            "số 93/2025/QH15 và số 95/2025/QH15; \nCăn cứ Luật Thuế thu nhập doanh nghiệp số "
            "67/2025/QH15;")
    found = _relations(text)
    for law in ("43/2024/QH15", "47/2024/QH15", "58/2024/QH15", "71/2025/QH15", "84/2025/QH15",
                "93/2025/QH15", "95/2025/QH15"):
        assert ("HOST", BASED, law) in found and (law, AMENDS, "31/2024/QH15") in found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # http://www.asianlii.org/… (zen-asianlii-507-ttg-forest-projects): a ministry's letter of
        # 1995 in the Party's order, its department after the slash
        ("considering the comments of the Ministry of Construction in its Official Dispatch "
         "No.1158-BXD/CSXD of August 10, 1995, DECIDES:", "1158/BXD-CSXD"),
        # hethongphapluat.com (zen-htpl-121-1999-qd-btc-annulled-list): the Prime Minister's
        # decision of 1997 with no type segment
        ("Pursuant to the Prime Minister’s Decision No. 355/TTg of May 28, 1997 on the "
         "establishment of", "355/TTg"),
        # Công báo, Quyết định 135/QĐ-BLĐTBXH (realcorpus cb-cong_doan-quyet-dinh-so-135-qd-…)
        ("sửa đổi, bổ sung một số điều của Quyết định số 118/TTg ngày 27/02/1996 của Thủ tướng "
         "Chính phủ", "118/TTg"),
    ],
)
def test_an_old_state_code_of_the_1990s_is_read(text: str, code: str) -> None:
    assert [r.code.canonical for r in extract(text).references if r.code] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "Số: 15-BTC/TT",  # a type after the slash: the circular's code stays unread, not a letter
        "Công văn số 73/TTg-CN",  # the Prime Minister's letter keeps its unit
    ],
)
def test_old_shapes_that_are_no_party_order_letter(text: str) -> None:
    codes = [r.code.canonical for r in extract(text).references if r.code]
    assert codes in ([], ["73/TTg-CN"])


def test_the_prime_ministers_old_code_names_no_letter() -> None:
    from ingest.normalize import parse_code

    found = parse_code("355/TTg")
    assert found is not None and found.document_type is None


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # https://vbpl.vn/bonongnghiep/… (zen-vbpl-bnn-103-2000-qd-bnn-tccb-amends-115): the
        # drafting unit after a slash for its hyphen
        ("Number: 103/2000/QD-BNN/TCCB", ["103/2000/QĐ-BNN-TCCB"]),
        ("Quyết định số 103/2000/QĐ-BNN/TCCB ngày 12/10/2000", ["103/2000/QĐ-BNN-TCCB"]),
        # not after a letter's lone issuer, nor a year after the symbol
        ("công văn 3517/UBND/VX", []),
        ("Kế hoạch số 12/KH-UBND/2020", []),
    ],
)
def test_a_drafting_unit_after_a_slash_is_the_codes_last_part(text: str, codes: list[str]) -> None:
    assert [r.code.canonical for r in extract(text).references if r.code] == codes


def test_a_translation_numbered_with_a_slashed_unit_is_its_document() -> None:
    # https://vbpl.vn/bonongnghiep/… (zen-vbpl-bnn-103-2000-qd-bnn-tccb-amends-115)
    text = ("THE MINISTRY OF AGRICULTURE AND RURAL DEVELOPMENT\nNumber: 103/2000/QD-BNN/TCCB\n"
            "SOCIALIST REPUBLIC OF VIET NAM\nIndependence - Freedom - Happiness\nHa Noi , "
            "October 12, 2000\nDECISION No\n\nDECISION No. 103/2000/QD-BNN-TCCB OF OCTOBER 12, "
            "2000 AMENDING THE REGULATION ON MANAGEMENT OF THE IMPLEMENTATION OF PROJECT ON "
            "NATURAL RESOURCE PROTECTION AND FOREST REPRODUCTION IN DA RIVER HEADWATER AREA")
    doc = extract(text).document
    assert doc.page == "document" and doc.code is not None
    assert doc.code.canonical == "103/2000/QĐ-BNN-TCCB" and doc.date == datetime.date(2000, 10, 12)


def test_a_digests_first_item_is_read_as_its_lead() -> None:
    # https://english.hanoi.gov.vn/policies-of-ha-noi?…articleId=34607… (zen2-hanoi-07-ct-ubnd-
    # production-2019): the lead announces the week's items "as the following"
    text = ("Significant progress in leadership and management of Municipal People’s Committee in "
            "the16th week (from April 15 to 21) (16:59 25/04/2019)\n\nHNP - The Office of "
            "Municipal People’s Committee provided information about its operation and "
            "instruction in the 16th week of 2019 as the following.\n\nReleasing Directive on "
            "easing difficulties in the field of production and trading, and enhancing the growth "
            "in 2019\n\nChairman of the Municipal People’s Committee signed and released Directive "
            "07/CT-UBND dated April 16 on easing difficulties in the field of production and "
            "trading, enhancing the growth in 2019.")
    doc = extract(text).document
    assert doc.page == "report" and doc.code is not None and doc.code.canonical == "07/CT-UBND"
    # (without the announcing lead the fourth line is no lead's)
    plain = text.replace(" as the following.", ".")
    assert extract(plain).document.page != "report"


def test_an_english_place_date_after_the_number_on_its_line() -> None:
    # https://www.scribd.com/document/426931587/Decree-71-2017 (zen3-scribd-71-2017-nd-cp-…)
    text = ("GOVERNMENT SOCIALIST REPUBLIC OF VIETNAM\n\n-------- Independence - Freedom - "
            "Happiness\n\n\n----------------\nNo: 71/2017/ND-CP Hanoi, June 6th, 2017\n\nDECREE\n"
            "GUIDELINES ON CORPORATE GOVERNANCE OF PUBLIC COMPANIES\nPursuant to the law on "
            "organization of the government dated June 19 th, 2015")
    doc = extract(text).document
    assert doc.date == datetime.date(2017, 6, 6)
    # (not a number line's citation: "No: 5/2017/ND-CP of June 6, 2017" has no place)
    cited = text.replace("No: 71/2017/ND-CP Hanoi, June 6th, 2017", "No: 71/2017/ND-CP")
    assert extract(cited).document.date is None
