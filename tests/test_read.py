"""Tests for ingest.read (files -> text) and ingest.legacy (TCVN3/VNI mojibake -> Unicode)."""

import codecs
import contextlib
import datetime
import html
import io
import json
import os
import re
import shutil
import unicodedata
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter

from ingest import legacy
from ingest.codes import Level
from ingest.errors import LegacyEncodingError, UnreadableDocument, UnsupportedFormat, VbgraphError
from ingest.extract import extract
from ingest.legacy import (
    TCVN3_TO_UNICODE,
    VNI_TO_UNICODE,
    LegacyVerdict,
    assess_legacy,
    convert_legacy,
    detect_legacy,
    looks_legacy,
)
from ingest.read import ReadResult, read_document
from tests.messages import said_in_both

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"

# Real Party-document sentences. None starts a word with a toned capital ("Ủy"), which TCVN3
# cannot store (see test_tcvn3_toned_capital_in_lower_case_word_comes_back_small).
SNIPPET = (
    "Kết luận số 62-KL/TW ngày 08/12/2009 của Bộ Chính trị (khóa X) về tiếp tục đổi mới nội "
    "dung, phương thức hoạt động của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội"
)
SENTENCES = [
    SNIPPET,
    "Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ",
    "Uỷ ban nhân dân tỉnh Bắc Giang thực hiện Kế hoạch số 123-KH/TU, ngày 29/8/2014",
    "Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII về sắp xếp tổ chức bộ máy",
    # all-capital title lines: TCVN3 keeps these with lower-case codes (".VnTimeH" fonts)
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
    "KẾT LUẬN CỦA BỘ CHÍNH TRỊ\nvề tiếp tục thực hiện Nghị quyết Trung ương 4 khóa XI",
    "II. NHIỆM VỤ VÀ GIẢI PHÁP\nTiếp tục quán triệt, triển khai thực hiện nghiêm túc",
]


# --- Encoders for fixtures: the inverse of the module's own tables ----------------------------


def _inverse(table: Mapping[str, str]) -> dict[str, str]:
    inverse: dict[str, str] = {}
    for code, letter in table.items():
        inverse.setdefault(letter, code)
    return inverse


_TO_TCVN3 = _inverse(TCVN3_TO_UNICODE)
_TO_VNI = _inverse(VNI_TO_UNICODE)


def to_tcvn3(text: str) -> str:
    """Unicode -> TCVN3 as read through Latin-1; toned capitals take the lower-case code."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        code = _TO_TCVN3.get(ch) or (_TO_TCVN3.get(ch.lower()) if ch.isupper() else None)
        out.append(code or ch)
    return "".join(out)


def to_vni(text: str) -> str:
    """Unicode -> VNI as read through Latin-1."""
    return "".join(_TO_VNI.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def to_cp1258(text: str) -> bytes:
    """Unicode -> Windows-1258, which has hatted letters but puts tones in combining marks."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            tones = "\u0300\u0301\u0303\u0309\u0323"
            decomposed = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
            out += (base + "".join(c for c in decomposed if c in tones)).encode("cp1258")
    return bytes(out)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# --- ingest.legacy ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mojibake", "encoding", "expected"),
    [
        ("§¶ng bé tØnh", "tcvn3", "Đảng bộ tỉnh"),  # § = Đ, ¶ = ả
        ("Uû ban nh©n d©n", "tcvn3", "Uỷ ban nhân dân"),  # old tone placement, as typed
        ("Q§-TTg", "tcvn3", "QĐ-TTg"),
        ("®−îc n−íc Tr−êng", "tcvn3", "được nước Trường"),  # "ư" extracted as U+2212 minus
        ("5 − 3", "tcvn3", "5 − 3"),  # a real minus sign stays
        ("Ñoäc laäp - Töï do - Haïnh phuùc", "vni", "Độc lập - Tự do - Hạnh phúc"),
        ("Ñaûng boä tænh", "vni", "Đảng bộ tỉnh"),
        ("ÑAÛNG COÄNG SAÛN VIEÄT NAM", "vni", "ĐẢNG CỘNG SẢN VIỆT NAM"),
        ("Aùnh", "vni", "Ánh"),  # mixed-case pair: the base letter's case wins
    ],
)
def test_convert_legacy_known_markers(mojibake: str, encoding: str, expected: str) -> None:
    assert convert_legacy(mojibake, encoding) == expected


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize(("encoding", "encode"), [("tcvn3", to_tcvn3), ("vni", to_vni)])
def test_legacy_sentence_round_trips(
    sentence: str, encoding: str, encode: Callable[[str], str]
) -> None:
    mojibake = encode(sentence)
    assert mojibake != sentence
    assert detect_legacy(mojibake) == encoding
    assert convert_legacy(mojibake, encoding) == nfc(sentence)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name)
def test_legacy_corpus_document_round_trips(path: Path) -> None:
    # A .VnTime file cannot hold characters TCVN3 uses as letter codes (the corpus has a "¹").
    original = nfc(path.read_text(encoding="utf-8"))
    original = "".join(ch for ch in original if ch not in TCVN3_TO_UNICODE)
    assert detect_legacy(original) is None
    assert detect_legacy(to_vni(original)) == "vni"
    assert convert_legacy(to_vni(original), "vni") == original
    assert detect_legacy(to_tcvn3(original)) == "tcvn3"
    # only word-initial toned capitals next to small letters ("Ủy") come back small
    assert convert_legacy(to_tcvn3(original), "tcvn3").lower() == original.lower()


def test_tcvn3_toned_capital_in_lower_case_word_comes_back_small() -> None:
    # ABC fonts have no code for "Ủ"; mixed-case words cannot be restored (documented limit)
    assert convert_legacy(to_tcvn3("Ủy ban nhân dân"), "tcvn3") == "ủy ban nhân dân"


@pytest.mark.parametrize(
    "text",
    [
        SNIPPET,  # modern Unicode Vietnamese
        nfc(to_cp1258(SNIPPET).decode("cp1252", errors="replace")),  # Windows-1258 read as 1252
        "Copyright © 2024 Microsoft® Corporation. Windows® and Office® are trademarks. ©Acme",
        "Où est la bibliothèque ? Le garçon naïf a déjà goûté le maïs à Noël, en août, à Israël.",
        "Größe, schön, Köln, Düsseldorf, Österreich, Mädchen, Straße, über, für, Bär, Kälte",
        "¡Hola! España, año, niño, señor, mañana, aún, Raúl, acción, ¿qué tal?",
        "Ket luan so 62-KL/TW ngay 08/12/2009 cua Bo Chinh tri",  # no diacritics at all
    ],
)
def test_detect_legacy_ignores_ordinary_text(text: str) -> None:
    assert detect_legacy(text) is None
    assert not looks_legacy(text)


# Short lines of real Unicode text whose every accented letter is a Latin-1 one: each such word
# also decodes to a TCVN3 syllable ("Báo" -> "Bỏo", "công" -> "cụng", "Bình" -> "Bỡnh"), so such
# words are no evidence; these lines (dev cases named beside them) once read as TCVN3.
@pytest.mark.parametrize(
    "line",
    [
        "Thái Bình, ngày 30 tháng 09 năm 2013",  # j-thaibinh-51-kh-ubnd-three-level-chain
        "Phan Rang-Tháp Chàm, ngày 05 tháng 3 năm 2007",  # h-ninhthuan-55-2007-ct-ubnd-…
        "I. ĐÁNH GIÁ TÌNH HÌNH",  # a-123doc-445-kl-tu-printed-TU-hue
        "BAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021 -2026",  # d-xuanphu-quy-che-attached-59-qd-ubnd
        "- Tòa án nhân dân tối cao;",  # j-hdph-573-cv-pbgdpl-no-own-code
        "Nông nghiệp và Phát triển nông thôn;",  # v-quangbinh-933-qd-ubnd-2011-…
        "Báo cáo công tác tiếp công dân năm 2020",
    ],
)
def test_short_unicode_lines_of_latin1_letters_are_not_legacy(line: str) -> None:
    assert detect_legacy(line) is None
    assert read_document(line.encode(), filename="dong.txt").text == line


# assess_legacy skips the word-by-word analysis when byte counts show Unicode Vietnamese; the
# analysis would not have found a legacy encoding in such a text either.
_MIXED_PIECES = [
    *SENTENCES,
    *(to_tcvn3(s) for s in SENTENCES),
    *(to_vni(s) for s in SENTENCES),
    "Où est la bibliothèque ? ¡Hola! España, año, Größe, schön",
    "9" * 300,
    "Copyright © 2024 Microsoft® Windows®",
]


def _full_verdict(text: str) -> LegacyVerdict:
    sample = text[: legacy._SAMPLE_CHARS]
    modern = len(legacy._MODERN_WORD.findall(sample))
    return legacy._verdict(sample, modern, legacy._ENCODINGS)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MIXED_PIECES), min_size=1, max_size=12), st.text(max_size=40))
def test_plainly_unicode_texts_hold_no_legacy_encoding(pieces: list[str], noise: str) -> None:
    text = " ".join(pieces) + noise
    verdict = assess_legacy(text)
    if legacy._plainly_unicode(text):
        assert verdict == LegacyVerdict(None, False)
        assert _full_verdict(text).encoding is None
    else:
        assert verdict == _full_verdict(text)


# A text file's bytes, when the text is their strict UTF-8 decoding, stand in for the sample's
# encoding (ingest.read passes them; the verdict is the same).
@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_MIXED_PIECES), min_size=1, max_size=12),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=40),
)
def test_assess_legacy_with_the_texts_bytes_gives_the_same_verdict(
    pieces: list[str], noise: str
) -> None:
    text = " ".join(pieces) + noise
    assert assess_legacy(text, text.encode()) == assess_legacy(text)


@pytest.mark.parametrize("size", [1, 2_000])  # within the sample, and beyond it
def test_a_utf8_file_of_legacy_mojibake_is_converted_whatever_its_length(size: int) -> None:
    sentence = "Đảng bộ tỉnh lãnh đạo thực hiện Nghị quyết của Trung ương. "
    data = to_tcvn3(sentence * size).encode()
    read = read_document(data, filename="cu.txt")
    assert read.text == sentence * size
    assert any("converted from TCVN3 legacy encoding" in w for w in read.warnings)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name)
def test_corpus_texts_skip_the_word_analysis_and_legacy_copies_do_not(path: Path) -> None:
    original = nfc(path.read_text(encoding="utf-8"))
    assert legacy._plainly_unicode(original)
    for copy in (to_tcvn3(original), to_vni(original)):
        assert not legacy._plainly_unicode(copy)
        assert assess_legacy(copy) == _full_verdict(copy)


def test_convert_legacy_unknown_encoding_raises() -> None:
    with pytest.raises(LegacyEncodingError, match="viscii"):
        convert_legacy("abc", "viscii")


# --- read_document: text encodings -----------------------------------------------------------

# (label, file bytes, reported encoding). Each file holds SNIPPET with CRLF line ends.
_CRLF = SNIPPET.replace(" của Bộ", "\r\ncủa Bộ")
ENCODED_FILES = [
    ("utf-8", _CRLF.encode("utf-8"), "utf-8"),
    ("utf-8 BOM", codecs.BOM_UTF8 + _CRLF.encode("utf-8"), "utf-8-sig"),
    ("utf-16 LE BOM", codecs.BOM_UTF16_LE + _CRLF.encode("utf-16-le"), "utf-16"),
    ("utf-16 BE BOM", codecs.BOM_UTF16_BE + _CRLF.encode("utf-16-be"), "utf-16"),
    ("utf-16 LE, no BOM", _CRLF.encode("utf-16-le"), "utf-16-le"),
    ("utf-16 BE, no BOM", _CRLF.encode("utf-16-be"), "utf-16-be"),
    ("utf-32 BOM", _CRLF.encode("utf-32"), "utf-32"),
    ("windows-1258", to_cp1258(_CRLF), "cp1258"),  # combining tones: NFD-like until NFC
    ("tcvn3 8-bit", to_tcvn3(_CRLF).encode("latin-1"), "tcvn3"),
    ("vni 8-bit", to_vni(_CRLF).encode("latin-1"), "vni"),
    ("tcvn3 mojibake saved as utf-8", to_tcvn3(_CRLF).encode("utf-8"), "utf-8"),
]


@pytest.mark.parametrize(
    ("data", "encoding"), [pytest.param(d, e, id=label) for label, d, e in ENCODED_FILES]
)
def test_read_text_decodes_every_encoding(data: bytes, encoding: str) -> None:
    result = read_document(data, filename="ket-luan.txt")
    assert result.encoding == encoding
    assert result.format == "txt"
    assert "\r" not in result.text
    assert result.text == SNIPPET.replace(" của Bộ", "\ncủa Bộ")  # composed (NFC) as read


@pytest.mark.parametrize(
    ("data", "warning"),
    [
        (to_tcvn3(SNIPPET).encode("latin-1"), "converted from TCVN3 legacy encoding"),
        (to_vni(SNIPPET).encode("latin-1"), "converted from VNI legacy encoding"),
        (to_tcvn3(SNIPPET).encode("utf-8"), "converted from TCVN3 legacy encoding"),
        (to_cp1258(SNIPPET), "Windows-1258"),
        (SNIPPET.encode("utf-16-le"), "no byte-order mark"),
    ],
)
def test_read_text_warns_about_guesses_and_conversions(data: bytes, warning: str) -> None:
    assert any(warning in w for w in read_document(data, filename="a.txt").warnings)


def test_read_text_normalises_every_line_ending() -> None:
    result = read_document("một\r\nhai\rba\nbốn".encode(), filename="a.txt")
    assert result.text == "một\nhai\nba\nbốn"


def test_read_text_utf8_has_no_warnings() -> None:
    result = read_document(SNIPPET.encode(), filename="a.txt")
    assert result == ReadResult(SNIPPET, "txt", "utf-8", {}, 0, ())


# --- read_document: front matter and Markdown ------------------------------------------------

FRONT_MATTER = (
    "---\r\n"
    "title: Kết luận số 62-KL/TW\r\n"
    "date: '2009-12-08'\r\n"
    'issuer: "Bộ Chính trị"\r\n'
    "tags:\r\n"
    "  - mttq\r\n"
    "---\r\n"
    "**1.1.** Tiếp tục thực hiện *Kết luận số 62-KL/TW*\r\n"
)


@pytest.mark.parametrize("filename", ["ket-luan.md", "KET-LUAN.MARKDOWN", "ket-luan.txt"])
def test_front_matter_becomes_metadata_and_stays_in_text(filename: str) -> None:
    result = read_document(FRONT_MATTER.encode(), filename=filename)
    assert result.metadata == {
        "title": "Kết luận số 62-KL/TW",
        "date": "2009-12-08",
        "issuer": "Bộ Chính trị",
    }
    assert result.text.startswith("---\ntitle:")  # offsets stay true to the file
    # Markdown debris is kept for later stages (pitfall 28)
    assert (
        result.text[result.body_start :] == "**1.1.** Tiếp tục thực hiện *Kết luận số 62-KL/TW*\n"
    )


@pytest.mark.parametrize(
    "text",
    [
        "---\ntitle: no closing line\nbody",  # unclosed: not front matter
        "\n---\ntitle: x\n---\nbody",  # not at the very top
        "Kết luận --- không phải front matter",
    ],
)
def test_text_without_front_matter_has_body_start_zero(text: str) -> None:
    result = read_document(text.encode(), filename="a.md")
    assert (result.metadata, result.body_start, result.text) == ({}, 0, text)


def test_front_matter_of_legacy_file_is_converted_before_parsing() -> None:
    data = to_vni("---\ntitle: Kết luận số 62\n---\n" + SNIPPET).encode("latin-1")
    result = read_document(data, filename="a.md")
    assert result.metadata == {"title": "Kết luận số 62"}
    assert result.text[result.body_start :] == SNIPPET


# --- read_document: HTML ---------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Kết luận 62-KL/TW</title>
<meta name="Description" content="Về tiếp tục  đổi mới">
<style>p { color: red }</style>
<script>var code = "99-KL/TW";</script>
</head>
<body>
<h1>KẾT LUẬN</h1>
<p>Kết   luận
số&nbsp;62-KL/TW ngày 08/12/2009 c&#7911;a B&ocirc;̣ Chính trị &amp; MTTQ</p>
<!-- 77-KL/TW in a comment -->
<noscript>bật JavaScript</noscript>
<table>
  <tr><th>Số</th><th>Ngày</th></tr>
  <tr><td>62-KL/TW</td><td>08/12/2009</td></tr>
</table>
<div>dòng một<br>dòng hai</div>
<ul><li>một</li><li>hai</li></ul>
</body></html>"""


def test_read_html_keeps_paragraphs_and_rows_and_drops_scripts() -> None:
    result = read_document(HTML.encode(), filename="ket-luan.htm")
    assert result.text == (  # "B&ocirc;̣" composed
        "KẾT LUẬN\n\n"
        "Kết luận số\xa062-KL/TW ngày 08/12/2009 của Bộ Chính trị & MTTQ\n\n"
        "Số\tNgày\n62-KL/TW\t08/12/2009\n\n"
        "dòng một\ndòng hai\n\n"
        "một\n\nhai"
    )
    assert result.metadata == {"title": "Kết luận 62-KL/TW", "description": "Về tiếp tục đổi mới"}
    assert (result.format, result.encoding, result.body_start) == ("html", "utf-8", 0)


# A saved vbpl.vn page (the national database of legal texts): the 2001 amendment of the 1992
# Constitution, saved by Minh0511/vbpl-web-crawl (misc/vbpl_v1.html), its scripts and styles
# removed and its text cut after 40 paragraphs. The site's menus ("Cơ quan ban hành / Quốc hội
# / Ủy ban thường vụ Quốc hội / Chính phủ …") stand above the document's header.
VBPL_PAGE = Path(__file__).parent / "pages" / "vbpl-hien-phap-1992-sua-doi-2001.html"


def test_a_saved_web_page_is_read_from_its_main_content() -> None:
    result = read_document(VBPL_PAGE)
    assert result.text.startswith("Hiệu lực: Hết hiệu lực toàn bộ\n")
    assert "Sơ đồ cổng thông tin" not in result.text  # the site's menus
    assert "Ủy ban thường vụ Quốc hội" not in result.text
    assert "QUỐC HỘI\nSố: Không số" in result.text  # the header keeps its lines
    assert any("main content" in w for w in result.warnings)
    document = extract(result.text, path="vbpl").document
    assert (document.level, document.issuing_body) == (Level.CENTRAL, "Quốc Hội")


def test_a_legal_sites_article_headings_stay_in_the_main_content() -> None:
    # vbpl.vn's page of the Criminal Code 2015 (100/2015/QH13), saved by Minh0511/vbpl-web-crawl
    # (misc/vbpl.html), trimmed as above: each article heading holds an empty named anchor
    # ("<strong>Điều <a name=…></a>3. Nguyên tắc xử lý</strong>") that made it look like a link
    result = read_document(Path(__file__).parent / "pages" / "vbpl-bo-luat-hinh-su-2015.html")
    assert "Sơ đồ cổng thông tin" not in result.text
    headings = re.findall(r"^Điều (\d+)\.", result.text, re.MULTILINE)
    assert headings == [str(n) for n in range(1, len(headings) + 1)] and len(headings) >= 5


def test_a_sites_name_in_the_title_tag_is_not_the_documents_title() -> None:
    # vbpl.vn titles every page "Trung ương", the database's name, shown again above its menus
    # and nowhere in the main content: the document's title is its own heading's
    for page, kind, title in (
        ("vbpl-bo-luat-hinh-su-2015.html", "Bộ luật", "BỘ LUẬT HÌNH SỰ"),
        ("vbpl-hien-phap-1992-sua-doi-2001.html", "Hiến pháp", "HIẾN PHÁP NƯỚC CỘNG HOÀ"),
    ):
        result = read_document(Path(__file__).parent / "pages" / page)
        assert "title" not in result.metadata
        document = extract(result.text, path=page, metadata=result.metadata).document
        assert document.kind == kind  # "BỘ LUẬT / HÌNH SỰ", "HIẾN PHÁP / NƯỚC CỘNG HOÀ …"
        assert document.title is not None and document.title.startswith(title)


def test_a_headline_in_the_title_tag_is_kept() -> None:
    # the <title> a portal gives its news item stands as the item's headline in the main
    # content, and "headline - site" is no line of the page: both stay the page's title
    assert read_document(PORTAL_PAGE.encode(), filename="tin.html").metadata["title"] == (
        "Huyện ủy Lạc Dương ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW"
    )


def test_a_page_without_main_content_is_read_line_by_line() -> None:
    # vbpl.vn's "Lược đồ" (diagram) page of the consolidated Law on Handling Administrative
    # Violations (31/VBHN-VPQH), saved by Minh0511/vbpl-web-crawl (misc/vbpl_luocdo_hopnhat.html),
    # scripts, styles and comments removed: trafilatura finds no main content and falls back
    # to the page's whole text in one paragraph, which ran its 98 lines into one
    result = read_document(Path(__file__).parent / "pages" / "vbpl-luoc-do-van-ban-hop-nhat.html")
    assert "\nLuật 15/2012/QH13 Ngày ban hành: 20/06/2012\n" in result.text
    assert not any("main content" in w for w in result.warnings)


def test_the_whole_page_is_read_on_request() -> None:
    # the menus' list of issuing bodies then stands before the header (what the main-content
    # reading leaves out)
    result = read_document(VBPL_PAGE, whole_page=True)
    assert result.text.startswith("Liên hệ Sơ đồ cổng thông tin")
    assert not any("main content" in w for w in result.warnings)
    menus = result.text.index("Ủy ban thường vụ Quốc hội")
    assert menus < result.text.index("QUỐC HỘI\n\nSố: Không số")


# The layout of a provincial Party portal's news page (menu, a side list of new documents,
# the item, its related news, the footer; constructed), around a news lead.
PORTAL_PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Huyện ủy Lạc Dương ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW</title></head><body>
<div id="header"><div class="logo">ĐẢNG BỘ TỈNH LÂM ĐỒNG</div></div>
<div id="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a>
</li><li><a href="/van-ban">Văn bản</a></li></ul></div>
<div id="sidebar-left"><h3>Văn bản mới</h3><ul>
<li><a href="/vb/1">Kế hoạch số 245-KH/TU ngày 10/3/2025 của Ban Thường vụ Tỉnh ủy</a></li>
<li><a href="/vb/2">Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ</a></li>
</ul></div>
<div class="main-content">
<h1 class="title">Huyện ủy Lạc Dương ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW</h1>
<div class="content"><p>Ngày 10/01/2025, Ban Thường vụ Huyện ủy Lạc Dương ban hành Kế hoạch số
120-KH/HU thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát
triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.</p>
<p>Kế hoạch đề ra mục tiêu đến năm 2030, 100% cơ quan, đơn vị trên địa bàn huyện ứng dụng hiệu
quả chuyển đổi số.</p></div></div>
<div class="related"><h3>Tin liên quan</h3><ul>
<li><a href="/t/1">Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 248-KH/TU thực hiện Kết luận số
121-KL/TW</a></li><li><a href="/t/3">Hội nghị sơ kết 5 năm thực hiện Nghị quyết số 35-NQ/TW</a></li>
</ul></div>
<div id="footer">Cơ quan chủ quản: Tỉnh ủy Lâm Đồng. Điện thoại: 0263.3822.111. Giấy phép số
12/GP-TTĐT ngày 10/2/2020.</div></body></html>"""


def test_a_portals_side_lists_are_not_the_items_citations() -> None:
    result = read_document(PORTAL_PAGE.encode(), filename="tin.html")
    ext = extract(result.text, path="tin", metadata=result.metadata)
    assert {r.canonical for r in ext.references} == {"120-KH/HU", "57-NQ/TW"}
    assert ext.document.page == "report"
    assert ext.document.code is not None and ext.document.code.canonical == "120-KH/HU"
    whole = read_document(PORTAL_PAGE.encode(), filename="tin.html", whole_page=True)
    assert "245-KH/TU" in whole.text and "245-KH/TU" not in result.text


def test_a_page_the_main_content_reader_fails_on_is_read_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import trafilatura

    def fail(*args: object, **kwargs: object) -> str:
        raise ValueError("odd markup")

    monkeypatch.setattr(trafilatura, "extract", fail)
    result = read_document(PORTAL_PAGE.encode(), filename="tin.html")
    assert "245-KH/TU" in result.text and not result.warnings


def test_a_page_nested_deeper_than_the_parser_builds_is_read_flat() -> None:
    # old pages leave <font> and <b> unclosed by the thousand; libxml2 stops at 2,048 levels
    page = "<font><b>" * 3000 + "Thực hiện Kết luận số 62-KL/TW ngày 08/12/2009<br>dòng hai"
    for whole_page in (True, False):
        result = read_document(page.encode(), filename="cu.html", whole_page=whole_page)
        assert result.text == "Thực hiện Kết luận số 62-KL/TW ngày 08/12/2009\ndòng hai"


def test_an_xhtml_page_with_an_xml_declaration_is_read() -> None:
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        "<html><body><p>Kế hoạch số 12-KH/TU</p></body></html>"
    )
    assert read_document(page.encode(), filename="x.xhtml.html").text == "Kế hoạch số 12-KH/TU"


def test_a_pages_own_meta_tags_are_not_taken_for_facts_of_its_document() -> None:
    # a site's CMS writes <meta name="date"> (its publishing day) or <meta name="code">; named
    # like a user's --meta facts they overrode the document's date or refused the file
    page = (
        '<html><head><title>Tin</title><meta name="date" content="2024-05-01">'
        '<meta name="code" content="xyz"><meta name="keywords" content="kế hoạch"></head><body>'
        "<p>Ngày 10/01/2025, Ban Thường vụ Huyện ủy Lạc Dương ban hành Kế hoạch số 120-KH/HU "
        "thực hiện Nghị quyết số 57-NQ/TW.</p></body></html>"
    )
    result = read_document(page.encode(), filename="tin.html")
    assert result.metadata == {"title": "Tin", "keywords": "kế hoạch"}
    doc = extract(result.text, path="tin", metadata=result.metadata).document
    assert doc.date == datetime.date(2025, 1, 10)


def test_read_html_uses_declared_charset() -> None:
    # also: no </head>, which html.parser does not supply, so <body> ends up inside <head>
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
    data = page.encode() + b"<body><p>" + to_cp1258(SNIPPET) + b"</p></body></html>"
    result = read_document(data, filename="a.html")
    assert result.encoding == "cp1258"
    assert nfc(result.text) == SNIPPET


@pytest.mark.parametrize("charset", ["base64", "x-no-such-charset", "utf-8", "utf-16"])
def test_read_html_ignores_bogus_or_lying_charset(charset: str) -> None:
    data = f'<meta charset="{charset}"><p>'.encode() + to_cp1258(SNIPPET) + b"</p>"
    result = read_document(data, filename="a.html")
    assert (result.encoding, nfc(result.text)) == ("cp1258", SNIPPET)


def test_read_html_converts_vntime_page() -> None:
    # A 2000s page: Latin-1 charset, text typed in the .VnTime font
    page = (
        '<html><head><meta charset="iso-8859-1"><title>{title}</title></head>'
        '<body><p><font face=".VnTime">{body}</font></p></body></html>'
    ).format(title=to_tcvn3("Kết luận số 62"), body=to_tcvn3(SNIPPET))
    result = read_document(page.encode("cp1252"), filename="a.html")
    assert result.text == SNIPPET
    assert result.metadata == {"title": "Kết luận số 62"}
    assert any("converted from TCVN3 legacy encoding" in w for w in result.warnings)


# --- read_document: DOCX ---------------------------------------------------------------------


def _docx(build: Callable[[DocxDocument], None]) -> bytes:
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _add_footnote(data: bytes, text: str) -> bytes:
    """Add a footnotes part (python-docx cannot write one) holding one real footnote."""
    note = f'<w:footnote w:id="1"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote>'
    footnotes = (
        '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        f"</w:footnote>{note}</w:footnotes>"
    )
    relationship = (
        '<Relationship Id="rIdFootnotes" Target="footnotes.xml" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/footnotes"/></Relationships>'
    )
    override = (
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.footnotes+xml"/></Types>'
    )
    source, buffer = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(b"</Types>", override.encode())
            elif item.filename == "word/_rels/document.xml.rels":
                content = content.replace(b"</Relationships>", relationship.encode())
            target.writestr(item, content)
        target.writestr("word/footnotes.xml", footnotes)
    return buffer.getvalue()


def _build_plan(document: DocxDocument) -> None:
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("")  # empty paragraphs leave no extra blank lines
    document.add_paragraph("Thực hiện Kết luận số 62-KL/TW ngày 08/12/2009 của Bộ Chính trị")
    table = document.add_table(rows=2, cols=3)
    for row, texts in enumerate([["Số", "Ngày", "Trích yếu"], ["160-TB/TW", "15/01/2020", ""]]):
        for column, text in enumerate(texts):
            table.cell(row, column).text = text
    table.cell(1, 2).paragraphs[0].text = "Thông báo kết luận"
    table.cell(1, 2).add_paragraph("của Ban Bí thư")  # two paragraphs in one cell
    document.add_paragraph("Ban hành kèm theo Kế hoạch số 123-KH/TU")
    properties = document.core_properties
    properties.title, properties.author = "Kế hoạch 123-KH/TU", "Tỉnh ủy Quảng Ngãi"
    properties.subject, properties.keywords = "", ""
    properties.created = datetime.datetime(2014, 8, 29, 8, 30)


def test_read_docx_keeps_tables_in_body_order() -> None:
    result = read_document(_docx(_build_plan), filename="ke-hoach.DOCX")
    assert result.text == (
        "KẾ HOẠCH\n\n"
        "Thực hiện Kết luận số 62-KL/TW ngày 08/12/2009 của Bộ Chính trị\n\n"
        "Số\tNgày\tTrích yếu\n"
        "160-TB/TW\t15/01/2020\tThông báo kết luận của Ban Bí thư\n\n"
        "Ban hành kèm theo Kế hoạch số 123-KH/TU"
    )
    assert result.metadata == {
        "title": "Kế hoạch 123-KH/TU",
        "author": "Tỉnh ủy Quảng Ngãi",
        "created": "2014-08-29",
    }
    assert (result.format, result.encoding, result.warnings) == ("docx", None, ())


def test_read_docx_appends_footnotes() -> None:
    data = _add_footnote(_docx(_build_plan), "Xem Thông báo số 160-TB/TW")
    result = read_document(data, filename="a.docx")
    assert result.text.endswith("Kế hoạch số 123-KH/TU\n\nXem Thông báo số 160-TB/TW")
    assert result.warnings == (
        "1 chú thích cuối trang được nối vào sau phần thân / 1 footnote(s) appended after the body",
    )


def test_read_docx_converts_vntime_text_with_soft_hyphen_u_horn() -> None:
    # In .VnTime documents "ư" is byte 0xAD, which Word saves as a <w:softHyphen/> element.
    def build(document: DocxDocument) -> None:
        paragraph = document.add_paragraph(to_tcvn3("Tỉnh uỷ đã lãnh đạo thực hiện tốt, đ"))
        paragraph.add_run()._r.append(OxmlElement("w:softHyphen"))
        paragraph.add_run(to_tcvn3("ợc nhân dân đồng tình"))

    result = read_document(_docx(build), filename="a.docx")
    assert result.text == "Tỉnh uỷ đã lãnh đạo thực hiện tốt, được nhân dân đồng tình"
    assert any("converted from TCVN3 legacy encoding" in w for w in result.warnings)


# --- read_document: PDF ----------------------------------------------------------------------


def _pdf(*page_streams: bytes) -> bytes:
    """A minimal PDF, one page per content stream, text in the built-in Helvetica font."""
    count = len(page_streams)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
    ]
    for i, stream in enumerate(page_streams):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 "
            + f"{3 + 2 * count} 0 R >> >> /Contents {4 + 2 * i} 0 R >>".encode()
        )
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


TEXT_PDF = _pdf(
    b"BT /F1 12 Tf 72 770 Td (Ket luan so 62-KL/TW) Tj 0 -16 Td (ngay 08/12/2009) Tj ET",
    b"",  # an empty page in the middle
    b"BT /F1 12 Tf 72 770 Td (cua Bo Chinh tri) Tj ET",
)


def _rewrite_pdf(data: bytes, change: Callable[[PdfWriter], None]) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    change(writer)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_read_pdf_joins_pages_with_blank_lines() -> None:
    with_info = _rewrite_pdf(
        TEXT_PDF, lambda w: w.add_metadata({"/Title": "Kết luận 62", "/Author": "Bộ Chính trị"})
    )
    result = read_document(with_info, filename="kl62.pdf")
    assert result.text == "Ket luan so 62-KL/TW\nngay 08/12/2009\n\n\n\ncua Bo Chinh tri"
    assert result.metadata == {"title": "Kết luận 62", "author": "Bộ Chính trị"}
    assert result.warnings == ("trang 2 không có chữ (bản scan?) / no text on page(s) 2",)


def test_read_pdf_opens_pdf_encrypted_with_empty_user_password() -> None:
    # Official PDFs often carry only an owner password that forbids printing or copying.
    data = _rewrite_pdf(TEXT_PDF, lambda w: w.encrypt("", "owner", algorithm="RC4-128"))
    assert read_document(data, filename="a.pdf").text.startswith("Ket luan so 62-KL/TW")


def test_read_pdf_takes_the_text_from_pdfium(monkeypatch: pytest.MonkeyPatch) -> None:
    # pypdf only checks and describes the file; its own (slow) extraction is not called
    def refuse(*args: object, **kwargs: object) -> str:
        raise AssertionError("pypdf's extract_text was called")

    monkeypatch.setattr("pypdf.PageObject.extract_text", refuse)
    result = read_document(TEXT_PDF, filename="kl62.pdf")
    assert result.text == "Ket luan so 62-KL/TW\nngay 08/12/2009\n\n\n\ncua Bo Chinh tri"


def test_read_pdf_falls_back_to_pypdf_where_pdfium_cannot_open_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ingest.read

    monkeypatch.setattr(ingest.read, "_pdfium_pages", lambda data: None)
    result = read_document(TEXT_PDF, filename="kl62.pdf")
    assert result.text == "Ket luan so 62-KL/TW\nngay 08/12/2009\n\n\n\ncua Bo Chinh tri"


def test_read_pdf_from_path(tmp_path: Path) -> None:
    (tmp_path / "kl62.PDF").write_bytes(TEXT_PDF)
    assert read_document(tmp_path / "kl62.PDF").format == "pdf"


# --- read_document: errors -------------------------------------------------------------------

ERRORS = [
    # (filename, bytes, error class, words the message must contain)
    ("ket-luan.doc", b"\xd0\xcf\x11\xe0", UnreadableDocument, ["Word 97-2003", "OLE2"]),
    ("ket-luan.rtf", b"{\\rtf1}", UnsupportedFormat, ["unsupported file type '.rtf'", ".doc"]),
    ("README", b"text", UnsupportedFormat, ["(no extension)"]),
    ("empty.txt", b"", UnreadableDocument, ["empty"]),
    ("bom-only.txt", codecs.BOM_UTF8, UnreadableDocument, ["empty"]),
    ("blank.md", b" \r\n\t\n", UnreadableDocument, ["no text"]),
    ("garbage.txt", bytes(range(256)) * 8, UnreadableDocument, ["binary"]),
    ("controls.txt", b"\x01\x02\x03\x04abc" * 50, UnreadableDocument, ["binary"]),
    ("bad-bom.txt", codecs.BOM_UTF8 + b"\xff\xfe\xfd", UnreadableDocument, ["UTF-8 byte-order"]),
    ("undecodable.txt", b"caf\x81\x8d\x8f\x90\x9d", UnreadableDocument, ["not UTF-8"]),
    ("corrupt.docx", b"PK\x03\x04 not really a zip", UnreadableDocument, [".docx"]),
    ("plain.docx", "Kết luận".encode(), UnreadableDocument, [".docx"]),
    ("corrupt.pdf", b"%PDF-1.4\n1 0 obj <<", UnreadableDocument, ["PDF"]),
    ("scan.pdf", _pdf(b""), UnreadableDocument, ["no text layer", "OCR"]),
    ("blank.html", b"<html><script>x()</script></html>", UnreadableDocument, ["no text"]),
    # TCVN3 markers ("Q§", "H§ND") that decode to no Vietnamese word
    ("odd.txt", "Q§ H§ND Q§ T§ X§ Q§".encode("latin-1"), LegacyEncodingError, ["TCVN3"]),
]


@pytest.mark.parametrize(
    ("filename", "data", "error", "words"), ERRORS, ids=[row[0] for row in ERRORS]
)
def test_read_document_failure_names_file_in_one_line(
    filename: str, data: bytes, error: type[VbgraphError], words: list[str]
) -> None:
    with pytest.raises(error) as caught:
        read_document(data, filename=filename)
    message = str(caught.value)
    assert message.startswith(f"{filename}: ") and said_in_both(message)
    assert "\n" not in message
    for word in words:
        assert word in caught.value.en


# A PDF's text layer copied out keeps a form's checkboxes as NUL bytes: such a file is text
# (Công báo's Thông tư 02/2024/TT-BKHĐT, 2 NULs in 89 KB), each NUL a space so offsets hold.
def test_a_text_with_a_few_nul_bytes_is_read_with_them_as_spaces() -> None:
    form = (
        "Tham gia Hệ thống thực hiện (Chọn 01 hoặc nhiều hoạt động):  \n"
        "\x00 Tiếp nhận, kiểm tra hồ sơ"
    )
    data = ("Căn cứ Luật Đầu tư số 61/2020/QH14; " * 60 + form).encode()
    read = read_document(data, filename="02-2024-tt-bkhdt.txt")
    assert read.text.endswith(form.replace("\x00", " "))
    assert len(read.text) == len(data.decode())
    assert read.warnings == ("đọc 1 byte NUL thành dấu cách / read 1 NUL byte as space",)


def test_a_short_text_with_a_nul_byte_is_still_binary() -> None:
    with pytest.raises(UnreadableDocument, match="binary"):
        read_document("Kết luận \x00 số 62-KL/TW".encode(), filename="x.txt")


def test_zip_that_is_not_docx_is_unreadable() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "xin chào")
    said = r"^x\.docx: không phải tệp \.docx đọc được .* / not a readable \.docx"
    with pytest.raises(UnreadableDocument, match=said):
        read_document(buffer.getvalue(), filename="x.docx")


def _bomb(part_bytes: int) -> bytes:
    """A .docx-shaped zip whose document.xml unpacks to `part_bytes` spaces."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as part:
            chunk = b" " * 1_000_000
            for _ in range(part_bytes // len(chunk)):
                part.write(chunk)
    return buffer.getvalue()


def test_docx_zip_bomb_is_refused_before_it_is_unpacked() -> None:
    data = _bomb(80_000_000)  # ~80 KB packed
    assert len(data) < 1_000_000
    said = "^bomb.docx: phần word/document.xml giải nén .* / part word/document.xml would unpack"
    with pytest.raises(UnreadableDocument, match=said):
        read_document(data, filename="bomb.docx")


def test_docx_part_growing_too_much_is_refused() -> None:
    with pytest.raises(UnreadableDocument, match="zip bomb"):
        read_document(_bomb(5_000_000), filename="bomb.docx")  # 5 MB of spaces, ratio ~1000


def test_password_protected_pdf_is_unreadable() -> None:
    data = _rewrite_pdf(TEXT_PDF, lambda w: w.encrypt("secret", "owner", algorithm="RC4-128"))
    said = "^a.pdf: tệp PDF có mật khẩu.* / the PDF is password-protected"
    with pytest.raises(UnreadableDocument, match=said):
        read_document(data, filename="a.pdf")


def test_bytes_without_filename_is_unsupported() -> None:
    with pytest.raises(UnsupportedFormat, match="filename"):
        read_document(b"abc")


def test_size_limit_applies_to_bytes_and_paths(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 101)
    said = "big.txt: tệp nặng 101 byte, quá giới hạn 100 byte / the file is 101 bytes, over the"
    with pytest.raises(UnreadableDocument, match=said + " 100-byte limit"):
        read_document(path, max_bytes=100)
    with pytest.raises(UnreadableDocument, match="101 bytes, over the 100-byte limit"):
        read_document(b"a" * 101, filename="big.txt", max_bytes=100)
    assert read_document(path, max_bytes=101).text == "a" * 101


def test_missing_path_is_unreadable(tmp_path: Path) -> None:
    said = "nowhere.txt: không mở được tệp: không có tệp hay thư mục này / cannot read the file"
    with pytest.raises(UnreadableDocument, match=said):
        read_document(tmp_path / "nowhere.txt")


def test_filename_overrides_path_for_format(tmp_path: Path) -> None:
    path = tmp_path / "upload.bin"
    path.write_bytes(b"# Tieu de")
    assert read_document(path, filename="upload.md").format == "md"


def test_error_statuses_map_to_http() -> None:
    assert (VbgraphError.status, UnreadableDocument.status, UnsupportedFormat.status) == (
        500,
        422,
        415,
    )
    assert issubclass(LegacyEncodingError, UnreadableDocument)
    assert LegacyEncodingError.status == 422


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=3000), filename=st.sampled_from(["x.txt", "x.md", "x.html"]))
def test_read_document_on_arbitrary_bytes_returns_or_raises_vbgraph_error(
    data: bytes, filename: str
) -> None:
    try:
        result = read_document(data, filename=filename)
    except VbgraphError:
        return
    assert isinstance(result, ReadResult)
    assert "\r" not in result.text
    assert 0 <= result.body_start <= len(result.text)


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=2000), filename=st.sampled_from(["x.docx", "x.pdf"]))
def test_read_document_on_arbitrary_binary_formats_raises_only_vbgraph_error(
    data: bytes, filename: str
) -> None:
    with contextlib.suppress(VbgraphError):
        read_document(data, filename=filename)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"])))
def test_utf8_text_reads_back_unchanged_up_to_line_ends(text: str) -> None:
    try:
        result = read_document(text.encode(), filename="x.txt")
    except UnreadableDocument:
        return  # empty, blank, control characters, or legacy-looking
    if result.warnings:  # converted from legacy: by design not the same text
        return
    expected = text.removeprefix("\ufeff")  # a leading U+FEFF is read as a byte-order mark
    assert result.text == expected.replace("\r\n", "\n").replace("\r", "\n")


def test_pdf_stream_over_the_decompression_limit_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdf

    import ingest.read

    def compress(writer: PdfWriter) -> None:
        for page in writer.pages:
            page.compress_content_streams()

    def unchecked(data: bytes) -> list[str]:
        raise AssertionError("PDFium read a file whose streams exceed the limit")

    monkeypatch.setattr(ingest.read, "_pdfium_pages", unchecked)  # PDFium has no such limit
    data = _rewrite_pdf(TEXT_PDF, compress)
    saved = pypdf.get_configuration()
    pypdf.overwrite_configuration(zlib_maximum_output_length=10)  # stands for a 1 GiB stream
    try:
        with pytest.raises(UnreadableDocument, match="decompresses to more than the reader"):
            read_document(data, filename="huge.pdf")
    finally:
        pypdf.overwrite_configuration(saved)


@pytest.mark.parametrize("damage", [1, 4, 12])
def test_a_few_invalid_utf8_bytes_are_replaced_and_reported(damage: int) -> None:
    good = (SNIPPET + "\n") * 3
    spots = [5 + 37 * i for i in range(damage)]  # character positions
    cuts = zip([0, *spots], [*spots, len(good)], strict=True)
    pieces = [good[a:b].encode("utf-8") for a, b in cuts]
    stray = [b"\x80" if i % 2 else b"\xe9" for i in range(damage)]  # lone continuation, Latin-1
    data = pieces[0] + b"".join(s + p for s, p in zip(stray, pieces[1:], strict=True))
    result = read_document(data, filename="hong.txt")
    assert result.encoding == "utf-8"  # never a silent Windows-1258 reading of UTF-8
    assert result.text.count("\ufffd") == len(spots)
    assert result.text.replace("\ufffd", "") == good
    (note,) = [w for w in result.warnings if "invalid UTF-8" in w]
    assert f" / {len(spots)} invalid UTF-8 byte(s) replaced by U+FFFD" in note
    assert f"offset(s) {result.text.index(chr(0xFFFD))}" in note


# A district association's report as a document-sharing site gives its text, formatting tags
# and all (https://text.123docz.net/document/8540166-bao-cao-tong-ket-cong-tac-khuyen-hoc-huyen.htm).
_TAGGED = (
    "UBND HUYỆN THANH OAI <b>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>\n"
    "<b>HỘI KHUYẾN HỌC</b> <b><sub>Độc lập - Tự do - Hạnh phúc</sub></b>\n\n\n"
    "Số: /BC-HKH <i> Thanh Oai, ngày tháng 4 năm 2012</i>\n<b> </b>\n\n\n<b>BÁO CÁO</b>\n\n\n"
    "<b>Tổng kết công tác khuyến học nhiệm kỳ thứ nhất, </b>\n"
    "<b>phương hướng công tác nhiệm kỳ hai 2012 - 2017.</b>\n"
)


def test_formatting_tags_left_in_a_text_file_are_removed() -> None:
    result = read_document(_TAGGED.encode("utf-8"), filename="bao-cao.txt")
    assert "<" not in result.text and ">" not in result.text
    assert "HỘI KHUYẾN HỌC Độc lập - Tự do - Hạnh phúc" in result.text
    assert result.warnings == (
        "đã bỏ 18 thẻ HTML khỏi văn bản / 18 HTML tags removed from the text",
    )
    ext = extract(result.text)
    assert (ext.document.kind, ext.document.level.value) == ("Báo cáo", "district")


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ hộ nghèo <5% và thu nhập >50 triệu đồng/năm; Kế hoạch số 12/KH-UBND.\n",
        "Xem <b>Kế hoạch số 12/KH-UBND</b> tại đây.\n",  # two tags: not a page's markup
        "Ký hiệu <a> và <b> trong công thức a<b>c.\n",
    ],
)
def test_a_few_angle_brackets_are_text(text: str) -> None:
    assert read_document(text.encode("utf-8"), filename="x.txt").text == text


# A city Youth Union's page reposting the central Propaganda Commission's guidance, its text the
# page's source with character references (thanhdoan.hochiminhcity.gov.vn; the case
# zsec-thanhdoan-hcm-btgtw-21-hd-btgtw-html-entities); the <meta> tag is left unclosed.
_PAGE_SOURCE = (
    "Ban Tuyên giáo Trung ương: Hướng dẫn tuyên truyền kỷ niệm các ngày lễ lớn trong năm 2017\n\n"
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"'
    '</head><body> <p style="text-align:justify"><span style="font-size:14px">Ng&agrave;y '
    "5/1/2017, Ban Tuy&ecirc;n gi&aacute;o Trung ương đ&atilde; ban h&agrave;nh hướng dẫn Số "
    "21- HD/BTGTW, hướng dẫn&nbsp;tuy&ecirc;n truyền kỷ niệm c&aacute;c ng&agrave;y lễ lớn "
    "trong năm 2017.&nbsp;<br /> <br /> <strong>I. MỤC Đ&Iacute;CH, Y&Ecirc;U CẦU</strong>"
    "<br /> <br /> 1. Tuy&ecirc;n truyền, gi&aacute;o dục l&ograve;ng y&ecirc;u nước</span></p>"
)


def test_a_pages_source_in_a_text_file_reads_as_its_text() -> None:
    text = read_document(_PAGE_SOURCE.encode("utf-8"), filename="huong-dan.txt").text
    assert "<" not in text and "&" not in text
    assert "Ngày 5/1/2017, Ban Tuyên giáo Trung ương đã ban hành hướng dẫn Số 21- HD/BTGTW" in text
    assert "I. MỤC ĐÍCH, YÊU CẦU" in text
    doc = extract(text).document
    assert doc.code is not None and doc.code.canonical == "21-HD/BTGTW"


def test_an_ampersand_in_plain_text_stays() -> None:
    text = "Sở GD&ĐT; Phòng NN&PTNT &amp; Kế hoạch số 12/KH-UBND.\n"
    assert read_document(text.encode("utf-8"), filename="x.txt").text == text


# --- Word 97-2003 (.doc) ---------------------------------------------------------------------

# A real Word 97-2003 form (a leave request, "Đơn xin nghỉ phép"), from the public repository
# github.com/longnguyencoder/mauvanban (backend/uploads/documents/…_20251218_153701.doc), with
# the applicant's name, street number, telephone and the file's author property overwritten
# byte for byte (same lengths) so no person's details are kept.
REAL_DOC = Path(__file__).parent / "pages" / "mauvanban-don-xin-nghi-phep.doc"
needs_antiword = pytest.mark.skipif(
    shutil.which("antiword") is None and os.environ.get("CI", "").lower() != "true",
    reason="!!! antiword not installed (make doc-deps): .doc reading NOT TESTED !!!",
)


@needs_antiword
def test_a_real_word_97_file_is_read_through_antiword() -> None:
    result = read_document(REAL_DOC)
    assert result.format == "doc"
    assert result.warnings[-1].endswith(" / read with antiword (Word 97-2003 .doc)")
    lines = [line.strip() for line in result.text.split("\n") if line.strip()]
    assert lines[:4] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập – Tự do – Hạnh phúc",
        "Thành phố Hồ Chí Minh, ngày  tháng  năm 2025",
        "ĐƠN XIN NGHỈ PHÉP",
    ]
    # a telephone number and a date in brackets are no document codes
    assert "Điện thoại: 0912345678." in result.text
    assert extract(result.text).references == ()


def test_a_doc_that_is_a_docx_or_a_web_page_is_read_as_what_it_is() -> None:
    document = docx.Document()
    document.add_paragraph("Thực hiện Kết luận số 62-KL/TW ngày 08/12/2009 của Bộ Chính trị.")
    out = io.BytesIO()
    document.save(out)
    as_docx = read_document(out.getvalue(), filename="ke-hoach.doc")
    assert as_docx.format == "docx" and "62-KL/TW" in as_docx.text
    page = "<html><body><p>Căn cứ Nghị định số 30/2020/NĐ-CP.</p></body></html>".encode()
    as_html = read_document(page, filename="cong-van.doc", whole_page=True)
    assert as_html.format == "html" and "30/2020/NĐ-CP" in as_html.text


@pytest.mark.parametrize(
    ("data", "error", "says"),
    [
        (b"{\\rtf1\\ansi Ke hoach}", UnsupportedFormat, "RTF file named .doc; save it as .docx"),
        (b"not a word file at all", UnreadableDocument, "no OLE2 header"),
    ],
)
def test_a_doc_that_is_not_word_97_is_refused_with_what_to_do(
    data: bytes, error: type[VbgraphError], says: str
) -> None:
    with pytest.raises(error, match=re.escape(says)):
        read_document(data, filename="x.doc")


@needs_antiword
def test_a_damaged_word_97_file_is_refused_naming_the_file() -> None:
    data = REAL_DOC.read_bytes()[:4096]  # the header and no more
    said = r"^cut\.doc: không phải tệp \.doc đọc được / not a readable \.doc file"
    with pytest.raises(UnreadableDocument, match=said):
        read_document(data, filename="cut.doc")


def test_without_antiword_a_doc_is_refused_saying_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("ingest.read.shutil.which", lambda _: None)
    with pytest.raises(UnreadableDocument, match="apt-get install antiword"):
        read_document(REAL_DOC)


def test_a_links_percent_encoded_code_is_read_decoded(tmp_path: Path) -> None:
    # Quyết định 1478/QĐ-BLĐTBXH (Công báo), cb-cong_doan-quyet-dinh-so-1478-qd-bldtbxh-42752:
    # a table of texts copied with their vbpl.vn links, "%C4%90-TTg" read as it stood gave a
    # Party-shaped "90-TTg" (edge audit round 8, node 18)
    path = tmp_path / "1478.txt"
    path.write_text(
        "quy định chi tiết Luật Bảo hiểm xã hội\n- https://vbpl.vn/TW/Pages/vbpq-\n"
        "toanvan.aspx?ItemID=57544&Keyword=\nS%E1%BB%91%2031/2015/N%C4%90-CP\n"
        "67/1998/Q%C4%90-TTg  \nđạt 55%, tăng 12,5% so với năm 2020; 30%20 x\n",
        encoding="utf-8",
    )
    text = read_document(path).text
    assert "Số 31/2015/NĐ-CP\n67/1998/QĐ-TTg" in text
    assert "đạt 55%, tăng 12,5% so với năm 2020; 30%20 x" in text  # no letter encoded: kept
    codes = {r.code.canonical for r in extract(text).references if r.code is not None}
    assert {"31/2015/NĐ-CP", "67/1998/QĐ-TTg"} <= codes
    assert not {"90-TTg", "90-CP"} & codes


# --- read_document: text typed with combining marks --------------------------------------------

_CASES = Path(__file__).parent / "realworld" / "cases"


def _dev_case(case_id: str) -> str:
    for path in sorted(_CASES.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            if case["id"] == case_id:
                return str(case["text"])
    raise LookupError(case_id)


_VIETNAMESE_LETTERS = "".join(
    unicodedata.normalize("NFC", base + tone)
    for base in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
    for tone in ("", "\u0301", "\u0300", "\u0323", "\u0309", "\u0303")
)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(_VIETNAMESE_LETTERS + "bcdđghklmnpqrstvxĐ \n.,-/0123")))
def test_text_typed_with_combining_marks_reads_as_its_composed_form(text: str) -> None:
    """UniKey's "Unicode tổ hợp", text copied from macOS and Windows-1258 files type a letter as
    its base and combining marks; a Vietnamese text with a toned letter reads as its composed
    form (NFC), whichever way it was typed."""
    tones = set("\u0301\u0300\u0323\u0309\u0303")
    if not text.strip() or not tones & set(unicodedata.normalize("NFD", text)):
        return  # no text, or no tone mark: not told from a composed text (likely_decomposed)
    decomposed = read_document(unicodedata.normalize("NFD", text).encode(), filename="a.txt")
    composed = read_document(unicodedata.normalize("NFC", text).encode(), filename="a.txt")
    assert decomposed.text == composed.text
    assert unicodedata.is_normalized("NFC", decomposed.text)


@pytest.mark.parametrize("case_id", [
    # Công báo, Thông tư 01/2023/TT-BKHĐT: the amending decrees across a running header
    "zj-cb-01-2023-tt-bkhdt-amending-decrees-across-page-break",
    # Nghị quyết 03-NQ/TU Thừa Thiên Huế (2016), flattened by a documents site
    "zz4-hue-03-nq-tu-2016-tourism-flattened-doc-site",
])  # fmt: skip
def test_a_decomposed_copy_of_a_real_text_extracts_as_the_text_does(case_id: str) -> None:
    """A hard-wrapped real text typed with combining marks: each mark counted as a character
    made its lines read wider than any page, so no wrapped sentence was joined and relations
    across a line break were lost (6 of the 3,242 dev texts read otherwise in NFD)."""
    text = unicodedata.normalize("NFC", _dev_case(case_id))

    def relations(data: str) -> list[tuple[str, str, str]]:
        read = read_document(data.encode("utf-8"), filename="vanban.txt")
        ext = extract(read.text)
        return sorted((r.source, r.type.value, r.target) for r in ext.relations)

    assert relations(unicodedata.normalize("NFD", text)) == relations(text)


# --- an HTML page's paragraphs read as a text's lines (bench/RESULTS_robustness.md, robust3) ----

# The Bắc Kạn Propaganda Commission's orientation for July 2020 as bachthong.gov.vn reposts it
# (https://bachthong.gov.vn/dinh-huong-tuyen-truyen-thang-7-nam-2020-2/), its lines as the PDF
# printed them; a portal that converts such a file prints each line as a paragraph of its own.
_PRINTED_LINES = [
    "ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 7 NĂM 2020",
    "Thực hiện Kế hoạch số 172-KH/TU, ngày 21/01/2020 của Ban Thường vụ",
    "Tỉnh ủy Bắc Kạn về “công tác tuyên giáo năm 2020”; Kế hoạch số 157-KH/TU,",
    "ngày 17/9/2019 của Ban Thường vụ Tỉnh ủy về “truyền thông của tỉnh từ nay đến",
    "hết năm 2020”; căn cứ Hướng dẫn số 115- HD/BTGW, ngày 08 tháng 01 năm",
    "2020 của Ban Tuyên giáo Trung ương “Tuyên truyền kỷ niệm các ngày lễ lớn và sự",
    "kiện lịch sử quan trọng trong năm 2020”… Để góp phần ổn định tư tưởng, tạo sự",
    "đồng thuận và không khí phấn khởi trong các tầng lớp nhân dân trên địa bàn tỉnh",
    "trong tháng 7 năm 2020, Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương, đơn vị,",
    "Mặt trận tổ quốc, các hội, đoàn thể chính trị- xã hội tỉnh tập trung tuyên truyền tốt",
    "các nội dung sau:",
]


def _as_page(paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
    return f"<html><body><div class='content'>{body}</div></body></html>".encode()


def test_a_pages_paragraphs_are_lines_as_a_text_prints_them() -> None:
    # one <p> per printed line: the text file's lines, so its wrapped sentences are joined
    # alike (a blank line between them kept every line a paragraph of its own)
    page = read_document(_as_page(_PRINTED_LINES), filename="dinh-huong.html", whole_page=True)
    assert page.text == "\n".join(_PRINTED_LINES)
    text = "\n".join([_PRINTED_LINES[0], "", *_PRINTED_LINES[1:]])
    plain = extract(text).document
    doc = extract(page.text).document
    assert (doc.level, doc.place.province) == (plain.level, plain.place.province)
    assert (doc.level, doc.place.province) == (Level.PROVINCE, "Bắc Kạn")


def test_a_heading_or_table_still_stands_apart_from_the_paragraphs() -> None:
    markup = "<h1>KẾ HOẠCH</h1><p>một</p><p>hai</p><table><tr><td>a</td></tr></table><p>ba</p>"
    result = read_document(markup.encode(), filename="x.html", whole_page=True)
    assert result.text == "KẾ HOẠCH\n\nmột\nhai\n\na\n\nba"


def test_markup_a_page_shows_as_text_is_removed_as_a_text_files_is() -> None:
    # the same page source shown on a page (escaped), as the Youth Union's page printed it
    page = f"<html><body><p>{html.escape(_PAGE_SOURCE)}</p></body></html>".encode()
    result = read_document(page, filename="huong-dan.html", whole_page=True)
    assert "<" not in result.text and "&" not in result.text
    assert any("HTML tags removed" in w for w in result.warnings)
    doc = extract(result.text).document
    assert doc.code is not None and doc.code.canonical == "21-HD/BTGTW"
