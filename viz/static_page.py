"""What the script-free pages (timeline, coverage picture) share: their content security
policy, escaping, and the links row above them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

# no script at all; inline styles only
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'"
)
# characters XML 1.0 does not allow even escaped
XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def escape(text: str) -> str:
    """`text` safe inside HTML or SVG text and attribute values."""
    return html.escape(XML_BAD.sub("", text), quote=True)


def safe_url(url: str) -> bool:
    """True for a relative or http(s) URL (never javascript:, data: …)."""
    scheme = url.split(":", 1)[0].lower() if ":" in url.split("/", 1)[0] else ""
    return scheme in ("", "http", "https")


def nav_links(links: Sequence[tuple[str, str]]) -> str:
    """The anchors for (text, URL) pairs, escaped; unsafe URLs left out."""
    return "".join(f'<a href="{escape(url)}">{escape(text)}</a>' for text, url in links
                   if safe_url(url))  # fmt: skip
