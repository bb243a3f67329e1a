"""Relation typing from the words that lead up to a reference (DOMAIN.md §7.2)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest import RelationType, classify_relation, extract
from ingest.relations import DEFAULT_RULES, Rule
from ingest.text import normalize_text


def lead_in(words: str) -> str:
    return normalize_text(words).shadow


@pytest.mark.parametrize(
    ("words", "expected", "label"),
    [
        ("thực hiện ", RelationType.IMPLEMENTS, "implements"),
        ("Triển khai thực hiện ", RelationType.IMPLEMENTS, "implements"),
        ("tiếp tục thực hiện ", RelationType.IMPLEMENTS, "continues"),
        # a text that stops another's execution carries nothing out (luatminhkhue.vn,
        # "Quyết định số 264/CT … VỀ VIỆC KHÔNG THỰC HIỆN QUYẾT ĐỊNH SỐ 156/CT")
        ("VỀ VIỆC KHÔNG THỰC HIỆN QUYẾT ĐỊNH SỐ ", RelationType.CITES, "not_carried_out"),
        ("Tiếp tục triển khai thực hiện ", RelationType.IMPLEMENTS, "continues"),
        ("cụ thể hóa ", RelationType.IMPLEMENTS, "concretises"),
        ("cụ thể hoá ", RelationType.IMPLEMENTS, "concretises"),  # old tone placement
        # studying or spreading a text is not carrying it out (issue 12; real pages:
        # "Trên cơ sở quán triệt sâu sắc Nghị quyết số 68-NQ/TW …" of a Ninh Bình resolution)
        ("học tập, quán triệt ", RelationType.CITES, "disseminates"),
        ("tổ chức tuyên truyền ", RelationType.CITES, "disseminates"),
        # "phổ biến, giáo dục pháp luật" names a field of work, not a way of citing
        ("Kế hoạch triển khai Luật Phổ biến, giáo dục pháp luật và ", RelationType.IMPLEMENTS,
         "implements"),
        ("hướng dẫn thực hiện ", RelationType.IMPLEMENTS, "guides"),
        ("sơ kết 05 năm (2009 - 2014) thực hiện ", RelationType.REVIEWS, "interim_review"),
        ("tổng kết 10 năm thực hiện ", RelationType.REVIEWS, "final_review"),
        ("báo cáo đánh giá 5 năm triển khai thực hiện ", RelationType.REVIEWS, "assesses"),
        ("Qua 5 năm thực hiện ", RelationType.REVIEWS, "assesses"),
        ("kết quả 05 năm thực hiện ", RelationType.REVIEWS, "assesses"),
        ("Căn cứ ", RelationType.BASED_ON, "based_on"),
        ("đảng ủy các xã, thị trấn căn cứ ", RelationType.BASED_ON, "based_on"),
        ("(Ban hành kèm theo ", RelationType.ATTACHED_TO, "annex_of"),
        ("theo tinh thần ", RelationType.CITES, "in_spirit_of"),
        ("theo nội dung ", RelationType.CITES, "in_spirit_of"),
        # a submission considered is cited (every real case's label), not a basis
        ("Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số ", RelationType.CITES, "considers"),
        ("Xét Tờ trình số ", RelationType.CITES, "considers"),
        ("Quyết định này thay thế ", RelationType.REPLACES, "replaces"),
        ("sửa đổi, bổ sung ", RelationType.AMENDS, "amends"),
        ("sửa đổi, bổ sung một số điều của ", RelationType.AMENDS, "amends"),
        ("bãi bỏ ", RelationType.REPEALS, "repeals"),
        ("Quyết định số 10 hết hiệu lực kể từ ngày ", RelationType.REPEALS, "repeals"),
        ("hủy bỏ ", RelationType.REPEALS, "repeals"),
        ("quy định chi tiết một số điều của ", RelationType.GUIDES, "details"),
        ("hướng dẫn thi hành ", RelationType.GUIDES, "details"),
        ("đính chính ", RelationType.CORRECTS, "corrects"),
        ("hợp nhất ", RelationType.CONSOLIDATES, "consolidates"),
        ("tạm ngưng hiệu lực ", RelationType.SUSPENDS, "suspends"),
        ("đình chỉ thi hành ", RelationType.SUSPENDS, "suspends"),
        # the verb in the title of a law the host stands on is not the host's act
        # (Nghị định 115/2024/NĐ-CP: "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai
        # số 31/2024/QH15, …"; Nghị định 01/2021/NĐ-CP: "Căn cứ Luật Tổ chức Chính phủ …; Luật
        # sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền
        # địa phương ngày 22 tháng 11 năm 2019" has it after a semicolon, out of this rule's reach)
        ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai số ", RelationType.BASED_ON,
         "basis_title"),
        ("Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Đầu tư công, Luật Đầu tư ",
         RelationType.BASED_ON, "basis_title"),
        # … while the host's own enacting sentence amends (Luật 07/2022/QH15)
        ("Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Sở hữu trí tuệ số ",
         RelationType.AMENDS, "amends"),
        # other texts guide the law; the host cites it (Nghị định 88/2024/NĐ-CP, Nghị định
        # 103/2024/NĐ-CP)
        ("thì tiếp tục thực hiện theo quy định của pháp luật hướng dẫn thi hành ",
         RelationType.CITES, "guided_elsewhere"),
        ("theo quy định tại các Điều 141, 195 và 196 Luật Đất đai, Nghị định của Chính phủ quy "
         "định chi tiết thi hành một số điều của ", RelationType.CITES, "guided_elsewhere"),
        # adding a part to a law amends it (Luật 65/2025/QH15: "Bổ sung khoản 3 vào sau khoản 2
        # Điều 7 của Luật Biển Việt Nam số 18/2012/QH13 như sau"); adding money adds no part
        # (Nghị định 129/2026/NĐ-CP: "cơ quan chủ quản tổng hợp nhu cầu bổ sung kinh phí gửi …")
        ("Bổ sung khoản 3 vào sau khoản 2 Điều 7 của ", RelationType.AMENDS, "supplements"),
        ("tổng hợp nhu cầu bổ sung kinh phí gửi ", RelationType.CITES, "mentions"),
        # the annex acted on belongs to the law (Luật 20/2023/QH15: "Sửa đổi, bổ sung mục 119
        # thuộc Phụ lục IV - Danh mục ngành, nghề đầu tư kinh doanh có điều kiện ban hành kèm
        # theo Luật Đầu tư số 61/2020/QH14 …"; Luật 09/2022/QH15: "Bổ sung mục 228 vào sau mục
        # 227 của Phụ lục IV …")
        ("Sửa đổi, bổ sung mục 119 thuộc Phụ lục IV - Danh mục ngành, nghề đầu tư kinh doanh có "
         "điều kiện ban hành kèm theo ", RelationType.AMENDS, "supplements"),
        ("Bổ sung mục 228 vào sau mục 227 của Phụ lục IV Danh mục ngành, nghề đầu tư kinh doanh "
         "có điều kiện ban hành kèm theo ", RelationType.AMENDS, "supplements"),
        # a text that says it guides what it names (Nghị quyết 02/2022/NQ-HĐTP, Điều 1)
        ("Nghị quyết này hướng dẫn một số quy định về trách nhiệm bồi thường thiệt hại ngoài "
         "hợp đồng của ", RelationType.GUIDES, "details"),
        ("Thông tư này hướng dẫn thực hiện một số nội dung tại ", RelationType.GUIDES, "details"),
        # several verbs in one passive: the cited text acts on the one before it (a table row of
        # Quyết định 135/QĐ-BLĐTBXH, Công báo: "Được sửa đổi, bổ sung, bãi bỏ bởi Nghị định số
        # 04/2023/NĐ-CP …"; a law site's note: "(Văn bản hết hiệu lực) bị bãi bỏ, thay thế bởi
        # Thông tư liên tịch số 01/2015/TTLT-VPCP-BNV …")
        ("Được sửa đổi, bổ sung, bãi bỏ bởi \n", RelationType.CITES, "acted_on_by"),
        ("(Văn bản hết hiệu lực) bị bãi bỏ, thay thế bởi ", RelationType.CITES, "acted_on_by"),
        # a legal site's history row (vbpl.vn, Quyết định 90/2007/QĐ-UBND of Gia Lai): the
        # supplementing text right after the words; not "được bổ sung theo …" (funds, tasks)
        ("25/10/2008 Được bổ sung ", RelationType.CITES, "acted_on_by"),
        ("Kinh phí được bổ sung theo ", RelationType.CITES, "according_to"),
        ("tham gia góp ý ", RelationType.CITES, "mentions"),
        ("", RelationType.CITES, "mentions"),
        # the years past of carrying a text out review it (Nghị quyết 11-NQ/TW 2012 of the
        # Politburo, on Hà Nội: "Mười năm qua, thực hiện Nghị quyết 15-NQ/TW của Bộ Chính trị …")
        ("Mười năm qua, thực hiện ", RelationType.REVIEWS, "assesses"),
        # "cơ sở kết luận" is no "sơ kết" once the diacritics are gone ("trên cơ sở kết luận
        # của …", a common clause of plans' openings)
        ("trên cơ sở kết luận của Thường trực Tỉnh ủy tại Thông báo số ", RelationType.CITES,
         "in_spirit_of"),
        # "triển khai … theo": according to the dispatch, not carrying it out (Chỉ thị
        # 02/CT-UBND 2025 of Hồ Chí Minh City, its title)
        ("đẩy mạnh triển khai các nhiệm vụ, giải pháp trọng tâm để phấn đấu đạt mục tiêu tăng "
         "trưởng kinh tế theo Công điện số ", RelationType.CITES, "according_to"),
        # A continuation wins over an earlier review cue in the same clause.
        (
            "Để phát huy kết quả đã đạt được, tiếp tục thực hiện ",
            RelationType.IMPLEMENTS,
            "continues",
        ),
    ],
)
def test_classify_relation_reads_the_cue(words: str, expected: RelationType, label: str) -> None:
    found = classify_relation(lead_in(words))
    assert (found.type, found.label) == (expected, label)


@pytest.mark.parametrize(
    "words",
    ["thực hiệnxyz ", "abcxét tờ trình ", "không bãi bỏa ", "trả lờii ", "xyzcăn cứ "],
)
def test_cue_words_glued_to_other_letters_are_not_cues(words: str) -> None:
    assert classify_relation(lead_in(words)).label == "mentions"


def test_classify_relation_takes_custom_rules() -> None:
    rules = (Rule(re.compile(r"ap dung"), RelationType.BASED_ON, "applies"),)
    assert classify_relation(lead_in("áp dụng "), rules=rules).label == "applies"


def test_chain_in_one_sentence_gives_edges_between_cited_documents() -> None:
    text = (
        "Thực hiện Kế hoạch số 74-KH/TU ngày 02/11/2022 của Thị ủy Đức Phố về việc thực hiện "
        "Thông báo số 160-TB/TW ngày 15/01/2020 của Bộ Chính trị về tiếp tục thực hiện Kết luận "
        "số 62-KL/TW ngày 08/12/2009 của Bộ Chính trị, Đảng ủy ban hành Kế hoạch như sau:"
    )
    edges = {(r.source, r.type.value, r.target) for r in extract(text).relations}
    assert {("HOST", "IMPLEMENTS", "74-KH/TU"), ("74-KH/TU", "IMPLEMENTS", "160-TB/TW"),
            ("160-TB/TW", "IMPLEMENTS", "62-KL/TW")} <= edges  # fmt: skip


def test_attached_to_only_for_an_annex_line_of_its_own() -> None:
    plan = (
        "QUY CHẾ\n\nlàm việc của Ban Chỉ đạo\n"
        "(Ban hành kèm theo Quyết định số 12-QĐ/TU ngày 01/02/2021)\n"
    )
    edges = {(r.source, r.type.value, r.target) for r in extract(plan).relations}
    assert edges == {("HOST", "ATTACHED_TO", "12-QĐ/TU")}
    inline = "theo Đề án “Nâng cao chất lượng” (ban hành kèm theo Quyết định 2720-QĐ/TU)."
    assert {r.type.value for r in extract(inline).relations} == {"CITES"}


def test_coordinated_references_share_the_cue() -> None:
    text = "Nâng cao hiệu quả theo tinh thần Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW."
    labels = {(r.target, r.label) for r in extract(text).relations}
    assert labels == {("217-QĐ/TW", "in_spirit_of"), ("218-QĐ/TW", "in_spirit_of")}


def _tail_facts(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {
        r.canonical: (str(r.date) if r.date else None, r.issuing_body)
        for r in extract(text).references
        if r.canonical
    }


def test_a_shared_tail_speaks_for_every_code_of_one_issuer() -> None:
    text = (
        "Thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 "
        "của Bộ Chính trị."
    )
    facts = _tail_facts(text)
    assert facts["217-QĐ/TW"] == facts["218-QĐ/TW"] == ("2013-12-12", "Bộ Chính trị")


def test_a_tail_after_another_issuers_code_is_that_codes_own() -> None:
    # baonghean.vn, Nghệ An Tỉnh ủy's plan to review 33-NQ/TW (tests/realworld g_reports_plans)
    text = (
        "đánh giá toàn diện quá trình triển khai thực hiện Nghị quyết số 33-NQ/TW và Chương trình "
        "hành động số 10-Ctr/TU, ngày 26/4/2016 của Ban Thường vụ Tỉnh ủy về xây dựng văn hóa."
    )
    facts = _tail_facts(text)
    assert facts["33-NQ/TW"] == (None, None)
    assert facts["10-CTr/TU"] == ("2016-04-26", "Ban Thường vụ Tỉnh ủy")
    # a law named with a decree: the decree's date and body are not the law's (chinhphu.vn)
    law = (
        "Căn cứ Luật Đấu thầu số 22/2023/QH15 và Nghị định số 24/2024/NĐ-CP ngày 27/2/2024 "
        "của Chính phủ;"
    )
    assert _tail_facts(law)["22/2023/QH15"] == (None, None)


def test_own_number_line_makes_the_host_code_and_no_self_edge() -> None:
    text = (
        "TỈNH ỦY BẮC GIANG\nSố 25-KH/TU\n\nKẾ HOẠCH\n\n"
        "thực hiện Kết luận số 100-KL/TW của Ban Bí thư\n"
    )
    result = extract(text)
    assert result.document.code is not None and result.document.code.canonical == "25-KH/TU"
    assert {(r.source, r.target) for r in result.relations} == {("HOST", "100-KL/TW")}


# The needle prefilter of classify_relation skips only rules that cannot match.
_CUE_PIECES = st.sampled_from([
    "thuc hien ", "trien khai ", "so ket 05 nam ", "tong ket ", "danh gia ", "can cu ",
    "ket qua 10 nam (2009 - 2019) trien khai thuc hien ", "qua 5 nam ", "ban hanh kem theo ",
    "kiem tra, giam sat viec ", "tiep tuc day manh thuc hien ", "cu the hoa ", "quan triet ",
    "huong dan thi hanh ", "quy dinh chi tiet ", "thay the ", "sua doi, bo sung ", "bai bo ",
    "het hieu luc ", "theo tinh than ", "tren co so ", "phuc dap ", "tra loi ", "xet to trinh ",
    "theo de nghi ", "ke hoach ", "nghi quyet so ", "cua ", "va ", "(", ")", "-", "ket",
    "theo ", "tiep tuc thuc hien ",  # a cue guarded by a lookbehind ("(?<!hien )theo")
    "muoi nam qua, ", "5 nam qua ", "to cong tac trien khai ",  # a cue opening with a group
    # the words a rule's alternatives hold: "(?:tam\s+)?(?:dinh\s+chi|ngung)\s+…" needs "dinh"
    # and "chi", or "ngung"; "quy\s+dinh\s+chi\s+tiet(?:…)?" needs "quy", "dinh", "chi"
    "dinh chi ", "tam ngung ", "ngung ", "hieu luc ", "viec thi hanh ", "quy dinh ", "chi ",
    "dinh ", "xet", "de nghi ", "phat huy cac ket qua ", "sua doi,", "duoc sua doi ", "thi ",
    # rules looked for by a word after their first ones: "… tại Điều 5 Luật sửa đổi, bổ sung …"
    # (unnamed_amender: "sua", "thay", "bai"), "được … bởi" (acted_on_by: "duoc", "bi", "boi"),
    # "điều chỉnh" (adjusts: "chinh"), "sáp nhập, hợp nhất" (merger: "nhat")
    "luat ", "tai ", "dieu 5 ", "khoan 2 ", "van ban ", "nghi dinh ", "boi ", "bi ", "duoc ",
    "mot so dieu ", "noi dung ", "dieu chinh ", "chinh ", "dieu ", "diem a ", ", ", "hop nhat",
    "hop ", "nhat ", "sap nhap, ", "chia, tach ", "huy bo ", "dinh chinh ",
])


def _unfiltered_rules() -> tuple[Rule, ...]:
    """DEFAULT_RULES with neither needles nor the words held: every rule searched always."""
    from dataclasses import replace as dc_replace

    from ingest import relations

    rules = tuple(dc_replace(rule, needles=()) for rule in DEFAULT_RULES)
    index = relations._index(rules)
    relations._INDEXES[id(rules)] = dc_replace(index, held=(None,) * len(rules))
    return rules


_UNFILTERED = _unfiltered_rules()


@given(st.lists(_CUE_PIECES, max_size=12).map("".join))
def test_needle_prefilter_never_changes_a_classification(lead_in: str) -> None:
    assert classify_relation(lead_in) == classify_relation(lead_in, rules=_UNFILTERED)


def test_the_words_held_are_each_alternatives_leading_words() -> None:
    from ingest.relations import _words_held

    suspends = next(rule for rule in DEFAULT_RULES if rule.label == "suspends")
    assert set(_words_held(suspends.pattern) or ()) == {
        frozenset({"dinh", "chi"}), frozenset({"ngung"})
    }
    amends = next(rule for rule in DEFAULT_RULES if rule.label == "amends")
    assert _words_held(amends.pattern) == (frozenset({"sua"}),)  # "doi" may run on: "doi,"


def test_every_rule_has_needles() -> None:
    assert all(rule.needles for rule in DEFAULT_RULES)


def test_a_text_that_says_it_guides_a_document_guides_it() -> None:
    # Nghị quyết 02/2022/NQ-HĐTP (thuvienphapluat.vn's copy): "Nghị quyết này" is a mention of
    # its own, so the words after it open the next reference's lead-in
    text = (
        "NGHỊ QUYẾT\nĐiều 1. Phạm vi điều chỉnh\nNghị quyết này hướng dẫn một số quy định về "
        "trách nhiệm bồi thường thiệt hại ngoài hợp đồng của Bộ luật Dân sự số 91/2015/QH13 ngày "
        "24 tháng 11 năm 2015 (sau đây gọi tắt là Bộ luật Dân sự).\n"
    )
    types = {r.type for r in extract(text).relations if r.target == "91/2015/QH13"}
    assert types == {RelationType.GUIDES}
    # a line that opens with "Hướng dẫn thực hiện" stays a Party-style guidance that implements
    assert classify_relation(lead_in("Hướng dẫn thực hiện ")).type is RelationType.IMPLEMENTS
