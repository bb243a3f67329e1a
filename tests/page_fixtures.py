"""A saved web page read two ways, for the tests of `--whole-page` / `whole_page` wherever
vbgraph runs (command line, ingest workers, API)."""

from __future__ import annotations

from pathlib import Path

from ingest.extract import extract
from ingest.read import read_document

# vbpl.vn's page of the 2001 amendment of the 1992 Constitution: its main content starts with
# the document's status, the whole page with the site's menu.
VBPL_PAGE = Path(__file__).parent / "pages" / "vbpl-hien-phap-1992-sua-doi-2001.html"
VBPL_STARTS = {False: "Hiệu lực:", True: "Liên hệ Sơ đồ cổng thông tin"}


def vbpl_content_hash(*, whole_page: bool) -> str:
    """The content hash of the page read whole or from its main content (checked by how its
    text starts): what a stored or printed document records of the text it was read from."""
    read = read_document(VBPL_PAGE, whole_page=whole_page)
    assert read.text.startswith(VBPL_STARTS[whole_page])
    return extract(read.text, path="vbpl", body_start=read.body_start).document.content_hash


def warns_of_main_content(warnings: list[str]) -> bool:
    """Whether reading said it kept only the page's main content."""
    return any("main content" in w for w in warnings)
