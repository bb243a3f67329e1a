"""Table tests of the English readings: legal sites' translations of State texts, the English
portals of the Government and the provinces, English dailies. One real snippet each, its source
above it (tests/realworld/cases/zs_english_dev.json holds the pages).
"""

from __future__ import annotations

import pytest

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
