"""Normalize raw document text for matching while keeping a map back to the original.

Steps (DOMAIN.md §9, steps 2-4): NFC, a one-to-one character map (dash and slash
families, exotic spaces, look-alike letters such as Ð U+00D0 → Đ U+0110, Markdown
emphasis), deletion of invisible characters (zero-width spaces, soft hyphen, BOM), and
a "shadow" copy for word matching that is lower-case and free of diacritics, aligned
character for character with the normalized text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

# One-to-one replacements: every key maps to exactly one character, so positions survive.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_SLASHES = "\u2044\u2215\uff0f\u29f8"
_SPACES = "\u00a0\u202f\u2007\u2009\u2002\u2003\u2004\u2005\u2006\u2008\u200a\u3000\u205f\t"
_CHAR_MAP: dict[int, str] = {
    **{ord(c): "-" for c in _DASHES},
    **{ord(c): "/" for c in _SLASHES},
    **{ord(c): " " for c in _SPACES},
    ord("\u00d0"): "Đ",  # Latin capital eth, looks exactly like Đ (pitfall 14)
    ord("\u0189"): "Đ",  # African D
    ord("\u00f0"): "đ",  # Latin small eth
    ord("*"): " ",  # Markdown emphasis: "**1.1.**", "*62-KL/TW*"
    ord("#"): " ",  # Markdown headings
    ord("\r"): " ",  # readers already turned CRLF into LF; a stray CR is a space
    ord("\u2028"): "\n",
    ord("\u2029"): "\n",
    ord("\u201c"): '"',  # curly quotes, for simpler subject parsing
    ord("\u201d"): '"',
}
_TRANSLATE = str.maketrans(_CHAR_MAP)

# Characters removed outright (zero-width spaces and joiners, word joiner, BOM, soft hyphen).
_DELETED = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def _build_unicode_classes() -> tuple[str, str]:
    """Return regex classes of (composing trailers, characters NFC changes on their own)."""
    trailers: set[str] = set()
    changed: list[str] = []
    for cp in range(0x10000):
        ch = chr(cp)
        if 0xD800 <= cp <= 0xDFFF:
            continue
        if unicodedata.combining(ch):
            trailers.add(ch)
        decomposition = unicodedata.decomposition(ch)
        if decomposition and not decomposition.startswith("<"):
            parts = decomposition.split()
            if len(parts) == 2:
                trailers.add(chr(int(parts[1], 16)))  # e.g. U+0B3E composes with a ccc-0 start
        if unicodedata.normalize("NFC", ch) != ch:
            changed.append(ch)
    trailers.update(chr(cp) for cp in range(0x1160, 0x1200))  # Hangul V and T jamo
    trailers.discard("\n")

    def as_class(chars: set[str] | list[str]) -> str:
        return "".join(re.escape(c) for c in sorted(chars))

    return as_class(trailers), as_class(changed)


_TRAILERS, _NFC_CHANGED = _build_unicode_classes()
# A piece whose NFC form or invisible characters may change its length.
_SPECIAL = re.compile(
    rf"(?:.[{_TRAILERS}]+|[{_NFC_CHANGED}][{_TRAILERS}]*|[{re.escape(_DELETED)}]+)", re.S
)


def _build_shadow_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in list(range(0x41, 0x5B)) + list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base.isascii() and base.isalpha():
            table[cp] = base.lower()
    for ch in "ĐđƉ":
        table[ord(ch)] = "d"
    return table


_SHADOW = str.maketrans(_build_shadow_table())


def shadow_of(text: str) -> str:
    """Return `text` lower-cased without diacritics, đ→d, one character per character.

    Use it only on text that is already NFC (for example `NormalizedText.text`).
    """
    return text.translate(_SHADOW)


@dataclass(slots=True)
class NormalizedText:
    """The normalized text of a document and the map back to the original.

    `text` and `shadow` have the same length. Offsets into them convert to offsets into
    `original` with `to_original`.
    """

    original: str
    text: str
    shadow: str
    # Checkpoints: from normalized position _norm[k] on, text maps to _orig[k]; _exact[k]
    # tells whether the region is one-to-one (else it is one piece mapped as a whole).
    _norm: list[int] = field(default_factory=list)
    _orig: list[int] = field(default_factory=list)
    _exact: list[bool] = field(default_factory=list)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalized span [start, end) to a span of the original text."""
        if not self._norm:
            return start, end
        return self._start(start), self._end(end) if end > start else self._start(start)

    def _start(self, i: int) -> int:
        k = bisect_right(self._norm, i) - 1
        if k < 0:
            return i
        if self._exact[k]:
            return self._orig[k] + (i - self._norm[k])
        return self._orig[k]

    def _end(self, j: int) -> int:
        k = bisect_right(self._norm, j - 1) - 1
        if k < 0:
            return j
        if self._exact[k]:
            return self._orig[k] + (j - self._norm[k])
        return self._orig[k + 1] if k + 1 < len(self._orig) else len(self.original)


def normalize_text(raw: str) -> NormalizedText:
    """Normalize `raw` for matching (NFC, character map, invisible characters removed).

    Never raises on any `str`; idempotent: normalizing the result again changes nothing.

    Args:
        raw: the document text as read.

    Returns:
        The normalized text with its shadow and the offset map to `raw`.
    """
    if not _SPECIAL.search(raw):
        text = raw.translate(_TRANSLATE)
        return NormalizedText(raw, text, shadow_of(text))
    pieces: list[str] = []
    norm: list[int] = [0]
    orig: list[int] = [0]
    exact: list[bool] = [True]
    pos = 0
    out_len = 0
    for match in _SPECIAL.finditer(raw):
        a, b = match.span()
        if a > pos:
            pieces.append(raw[pos:a])
            out_len += a - pos
        replacement = unicodedata.normalize("NFC", match.group())
        replacement = "".join(c for c in replacement if c not in _DELETED)
        if len(replacement) == b - a:
            pieces.append(replacement)
            out_len += b - a
        else:
            norm.append(out_len)
            orig.append(a)
            exact.append(False)
            pieces.append(replacement)
            out_len += len(replacement)
            norm.append(out_len)
            orig.append(b)
            exact.append(True)
        pos = b
    pieces.append(raw[pos:])
    text = "".join(pieces)
    if not unicodedata.is_normalized("NFC", text):  # exotic composition across pieces
        text = unicodedata.normalize("NFC", text)
        norm, orig, exact = [0, len(text)], [0, len(raw)], [False, True]
    text = text.translate(_TRANSLATE)
    return NormalizedText(raw, text, shadow_of(text), norm, orig, exact)
