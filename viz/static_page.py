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


_SHELL = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<link rel="icon" href="data:,">
<title>{title}</title>
<style>
body {{ font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; margin: 0; color: #1b2631; }}
header {{ padding: 10px 16px; border-bottom: 1px solid #d5d8dc; }}
header a {{ margin-right: 14px; }}
{css}
</style>
</head>
<body>
{header}{body}
</body>
</html>
"""


def render_page(
    title: str, body: str, *, css: str = "", links: Sequence[tuple[str, str]] = ()
) -> str:
    """A script-free page: `title` (escaped), the links row (when there are links), and
    `body` and `css` as given (the caller escapes what it puts in them)."""
    header = f"<header><nav>{nav_links(links)}</nav></header>\n" if links else ""
    return _SHELL.format(csp=CSP, title=escape(title), css=css, header=header, body=body)


_ERROR_CSS = """body { margin: 24px; }
p.detail { color: #566573; }
ul { line-height: 1.8; }"""


def render_error_page(
    title: str, detail: str, choices_title: str, choices: Sequence[tuple[str, str]]
) -> str:
    """A script-free error page for the browser: what went wrong and the documents the
    reader may have meant ((text, URL) pairs), everything escaped."""
    items = "".join(
        f'<li><a href="{escape(url)}">{escape(text)}</a></li>' for text, url in choices
        if safe_url(url)
    )  # fmt: skip
    listed = f"<h2>{escape(choices_title)}</h2><ul>{items}</ul>" if items else ""
    body = (
        f"<h1>{escape(title)}</h1>\n<p class=\"detail\">{escape(detail)}</p>\n{listed}\n"
        '<p><a href="/view">Toàn bộ đồ thị / whole graph</a></p>'
    )
    return render_page(title, body, css=_ERROR_CSS)
