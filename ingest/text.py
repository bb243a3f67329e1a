"""Normalize raw document text for matching while keeping a map back to the original.

Steps (DOMAIN.md §9, steps 2-4): NFC, a one-to-one character map (dash and slash
families, exotic spaces, look-alike letters such as Ð U+00D0 → Đ U+0110, Markdown
emphasis), deletion of invisible characters (zero-width spaces, soft hyphen, BOM), and
a "shadow" copy for word matching that is lower-case and free of diacritics, aligned
character for character with the normalized text.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

# The small letters, as a regex class's body: "a-z" and every small letter from "À" to "ỹ"
# ("đ", "ủ"). The range "à-ỹ" is no such class: it holds the capitals of Latin Extended
# Additional ("Ủ", "Ỹ") and "Đ" (U+0110) too, so "\nỦy ban …" read as a line going on.
SMALL_LETTERS = "a-z" + "".join(sorted({c for c in map(chr, range(0xC0, 0x1EFA)) if c.islower()}))
# One-to-one replacements: every key maps to exactly one character, so positions survive.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_SLASHES = "\u2044\u2215\uff0f\u29f8"
_SPACES = "\u00a0\u202f\u2007\u2009\u2002\u2003\u2004\u2005\u2006\u2008\u200a\u3000\u205f\t"
_CYRILLIC_LOOKALIKES, _LATIN_TWINS = "АВЕКМНОРСТХУаеорсху", "ABEKMHOPCTXYaeopcxy"
_CHAR_MAP: dict[int, str] = {
    **{ord(c): "-" for c in _DASHES},
    **{ord(c): "/" for c in _SLASHES},
    **{ord(c): " " for c in _SPACES},
    ord("\u00d0"): "Đ",  # Latin capital eth, looks exactly like Đ (pitfall 14)
    ord("\u0189"): "Đ",  # African D
    ord("\u00f0"): "đ",  # Latin small eth
    # Cyrillic letters drawn like Latin ones arrive by copy-paste inside codes: "Nghị định số
    # 40/2026/NĐ-СР" (Cyrillic ES and ER, in Government resolution 17/2026/NQ-CP as
    # published), "Hướng dẫn số 03/HD-MTTW-BТТ" (Cyrillic TE)
    **{ord(c): twin for c, twin in zip(_CYRILLIC_LOOKALIKES, _LATIN_TWINS, strict=True)},
    ord("*"): " ",  # Markdown emphasis: "**1.1.**", "*62-KL/TW*"
    ord("#"): " ",  # Markdown headings
    ord("\r"): " ",  # readers already turned CRLF into LF; a stray CR is a space
    ord("\u2028"): "\n",
    ord("\u2029"): "\n",
    ord("\u201c"): '"',  # curly quotes, for simpler subject parsing
    ord("\u201d"): '"',
    # Pictographs and dingbats a social post sets before its lines as bullets ("🌟 HỘI NGHỊ
    # HIỆP THƯƠNG LẦN THỨ HAI …", "📌 HỘI NGHỊ LẦN THỨ NHẤT …", "🗓 Sáng ngày 11/7/2025, Ủy ban
    # MTTQ Việt Nam xã Phong Hải tổ chức …", a commune Front's page, retired batch t; "✅",
    # "➡️", "1️⃣") are spaces, their variation selectors and keycap marks too: the line reads
    # from its first word, as a line under "- " or "• " does.
    **dict.fromkeys(range(0x1F000, 0x1FB00), " "),
    **dict.fromkeys(range(0x2600, 0x27C0), " "),
    **dict.fromkeys(range(0x2B00, 0x2C00), " "),
    0xFE0E: " ", 0xFE0F: " ", 0x20E3: " ",
}

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


_SHADOW_MAP = _build_shadow_table()
# Dense table (identity where nothing is mapped): str.translate raises and clears a
# LookupError for every character a sparse table lacks, which made the dict version slow.
_SHADOW = "".join(_SHADOW_MAP.get(cp, chr(cp)) for cp in range(0x2000))


def shadow_of(text: str) -> str:
    """Return `text` lower-cased without diacritics, đ→d, one character per character.

    Use it only on text that is already NFC (for example `NormalizedText.text`).
    """
    return text.translate(_SHADOW)


# Fast path. Ordinary Vietnamese text uses few characters; a charmap codec gives each of them
# one byte, so a document is encoded once and decoded once per view (normalized text,
# shadow), all in C. Other ("odd") characters become NUL through an error handler and are
# handled one by one; offsets stay aligned since every character is one byte. None of the
# encodable characters can start a `_SPECIAL` piece (they are NFC, no trailers, not deleted).
_ONE_BYTE = (
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ"
    "\u2013\u00a0\u201c\u201d\u00d0\uff0f\u2014\u2018\u2019\u00b9\u00b2\u00b3\u00b0\u2026\u2022"
    "\u00ab\u00bb\u00b7\u00a7\u00d7"
    # a table drawn in text (its rules), limits in a regulation, a form's tick box
    "\u2500\u2502\u2264\u2265\u25a1"
)
_SPECIAL_CHAR = re.compile(rf"[{_TRAILERS}{_NFC_CHANGED}{re.escape(_DELETED)}]")


def _build_codec() -> tuple[Any, str, str, bytes]:
    """(encoding map, decoding table to the mapped text, to its shadow, bytes of map keys)."""
    table = [chr(i) for i in range(128)] + [""] * 128
    # NUL and "\n" keep their byte; other control characters and 128-255 carry the rest.
    slots = [i for i in range(1, 32) if i != 10] + [127, *range(128, 256)]
    chars = [c for c in dict.fromkeys(_ONE_BYTE) if not c.isascii()]
    if len(chars) > len(slots) or any(_SPECIAL_CHAR.match(c) for c in chars):
        raise AssertionError("bad one-byte alphabet")
    for slot in slots:
        table[slot] = ""
    for slot, ch in zip(slots, chars, strict=False):
        table[slot] = ch
    decoding = "".join(c or "\ufffe" for c in table)  # U+FFFE: a byte never produced
    mapped = "".join(_CHAR_MAP.get(ord(c), c) for c in decoding)
    keys = bytes(i for i, c in enumerate(table) if c and ord(c) in _CHAR_MAP)
    return codecs.charmap_build(decoding), decoding, shadow_of(mapped), keys


def _odd_to_nul(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    return "\x00" * (exc.end - exc.start), exc.end


codecs.register_error("vbgraph-odd", _odd_to_nul)
_ENCODING, _ENCODING_CHARS, _TO_SHADOW, _KEY_BYTES = _build_codec()


_NUL_RUN = re.compile(b"\x00+")


def _odd_runs(encoded: bytes) -> list[tuple[int, int]]:
    """Spans of NUL bytes (odd characters, or NUL itself) in `encoded`."""
    runs: list[tuple[int, int]] = []
    n = len(encoded)
    i = encoded.find(0)
    while i >= 0:
        # (a run of one is the common case; a longer one, a table's rule, is walked in C)
        j = i + 1 if i + 1 == n or encoded[i + 1] else _NUL_RUN.match(encoded, i).end()  # type: ignore[union-attr]
        runs.append((i, j))
        i = encoded.find(0, j)
    return runs


def _encode(text: str) -> tuple[bytes, list[tuple[int, int]]]:
    """One byte per character of `text`, and the runs of odd characters (NUL bytes)."""
    encoded: bytes = codecs.charmap_encode(text, "vbgraph-odd", _ENCODING)[0]
    return encoded, (_odd_runs(encoded) if 0 in encoded else [])


# The older spelling "qui" of the type words Quy định and Quy chế ("vừa ban hành qui định
# mới", "Qui chế làm việc"): the shadow spells them as the type words are matched (same length).
# (The look-behind after the word, not before it: sre then looks for "qui" in C instead of
# trying the pattern at every character; the same matches.)
_OLD_QUI = re.compile(r"qui(?<![a-z]qui)(?=[ \t]+(?:dinh|che)(?![a-z]))")


def _shadow(encoded: bytes, runs: list[tuple[int, int]], text: str) -> str:
    """The shadow of `text`, the mapped text whose unmapped form gave `encoded`."""
    shadow: str = codecs.charmap_decode(encoded, "strict", _TO_SHADOW)[0]
    if "qui" in shadow:
        shadow = _OLD_QUI.sub("quy", shadow)
    if not runs:
        return shadow
    pieces = []
    pos = 0
    for a, b in runs:
        pieces.append(shadow[pos:a])
        pieces.append(shadow_of(text[a:b]))
        pos = b
    pieces.append(shadow[pos:])
    return "".join(pieces)


def _nfc_pieces(pieces: list[str]) -> list[str]:
    """NFC of each piece, deleted characters removed; one C call for all pieces when no
    piece holds NUL (NUL is a starter that composes with nothing, so it separates them)."""
    if not pieces:
        return []
    joined = "\x00".join(pieces)
    if "\x00" in "".join(pieces):
        out = [unicodedata.normalize("NFC", p) for p in pieces]
        return ["".join(c for c in p if c not in _DELETED) for p in out]
    joined = unicodedata.normalize("NFC", joined)
    for c in _DELETED:
        if c in joined:
            joined = joined.replace(c, "")
    return joined.split("\x00")


def _special_matches(raw: str, runs: list[tuple[int, int]]) -> list[re.Match[str]]:
    """`list(_SPECIAL.finditer(raw))`, trying only where a match can start.

    Every piece holds a trailer, an NFC-changed or a deleted character, and these are all
    odd (not one-byte) characters; a piece starts at such a character or just before it.
    One pass: at each such character past the last piece, the character before it is tried
    first, then the character itself if no piece took it (a start tried before and refused
    is refused again).
    """
    found: list[re.Match[str]] = []
    pos = 0
    match = _SPECIAL.match
    for a, b in runs:
        for m in _SPECIAL_CHAR.finditer(raw, max(a, pos), b):
            i = m.start()
            if i < pos:
                continue
            if i > pos:  # (a base letter before its mark: "a" + U+0301)
                piece = match(raw, i - 1)
                if piece is not None:
                    found.append(piece)
                    pos = piece.end()
            if i >= pos:
                piece = match(raw, i)
                if piece is not None:
                    found.append(piece)
                    pos = piece.end()
    return found


def _odd_chars(text: str, runs: list[tuple[int, int]]) -> set[str]:
    """The distinct characters of `text` inside `runs` (the odd characters, see `_encode`)."""
    return set("".join([text[a:b] for a, b in runs])) if runs else set()


def _plain_space(odd: set[str]) -> bool:
    """Whether " " and "\n" are the only whitespace in a text whose odd characters, before
    the character map, are `odd` (the one-byte alphabet has no other whitespace once mapped,
    so only odd characters need a look)."""
    return not any(c.isspace() and c not in " \n" for c in (_CHAR_MAP.get(ord(o), o) for o in odd))


# `_encode`'s bytes as digits (b"0") and the rest (b"x"): ASCII keeps its bytes and the one-byte
# alphabet holds no other digit ("¹²³" are no decimal digits); odd characters (NUL) are
# looked at apart.
_DIGIT_BYTES = bytes(b"0"[0] if chr(i).isdigit() else b"x"[0] for i in range(128)) + b"x" * 128


def _digit_mask(encoded: bytes, runs: list[tuple[int, int]], text: str, odd: set[str]) -> bytes:
    """`NormalizedText.digit_mask` from `_encode(text)` and `_odd_chars`, with no second pass
    over the text: the odd characters are looked at only when one of them is a digit."""
    mask = encoded.translate(_DIGIT_BYTES)
    if not any(c.isdecimal() for c in odd):
        return mask
    fixed = bytearray(mask)
    for a, b in runs:
        for i in range(a, b):
            if text[i].isdecimal():
                fixed[i] = b"0"[0]
    return bytes(fixed)


_KEY_ITEMS = tuple((k, _ENCODING_CHARS[k], _CHAR_MAP[ord(_ENCODING_CHARS[k])]) for k in _KEY_BYTES)


def _map_chars(text: str, encoded: bytes, odd: set[str]) -> str:
    """`text.translate(_TRANSLATE)` for the one-to-one `_CHAR_MAP`, whose values are never
    keys: replacing the characters that are present gives the same text, much faster.
    `encoded` and `odd` come from `_encode(text)` and `_odd_chars` and tell which characters
    are present."""
    present = [(key, value) for byte, key, value in _KEY_ITEMS if byte in encoded]
    present += [(c, _CHAR_MAP[ord(c)]) for c in odd if ord(c) in _CHAR_MAP]
    for key, value in present:
        text = text.replace(key, value)
    return text


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
    # True when the only whitespace characters in `text` are " " and "\n".
    plain_space: bool = False
    # One byte per character: b"0" for a decimal digit (what `\\d` matches), b"x" for any
    # other (the same in `text` and `shadow`, whose maps change no digit); see `_digit_mask`.
    digit_mask: bytes = field(default=b"", repr=False, compare=False)

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


_TONE_MARKS = ("\u0301", "\u0300", "\u0323", "\u0309", "\u0303")  # most frequent first


def likely_decomposed(text: str) -> bool:
    """Whether `text` types Vietnamese letters as a base and combining marks (NFD: UniKey's
    "Unicode tổ hợp", text copied from macOS, Windows-1258): it holds a combining tone mark
    (sắc, huyền, nặng, hỏi, ngã), which any Vietnamese phrase so typed carries. At most five
    scans of the text in C, ~3 ms a MB where none is found (`unicodedata.is_normalized`: ~12
    ms a MB on real texts)."""
    return any(tone in text for tone in _TONE_MARKS)


def normalize_text(raw: str) -> NormalizedText:
    """Normalize `raw` for matching (NFC, character map, invisible characters removed).

    Never raises on any `str`; idempotent: normalizing the result again changes nothing.

    Args:
        raw: the document text as read.

    Returns:
        The normalized text with its shadow and the offset map to `raw`.
    """
    if likely_decomposed(raw):
        specials = _special_matches(raw, [(0, len(raw))])  # (one run: odd characters abound)
        if not specials:
            encoded, runs = _encode(raw)
    else:
        encoded, runs = _encode(raw)
        specials = _special_matches(raw, runs) if runs else []
    if not specials:
        odd = _odd_chars(raw, runs)
        text = _map_chars(raw, encoded, odd)
        return NormalizedText(
            raw, text, _shadow(encoded, runs, text), plain_space=_plain_space(odd),
            digit_mask=_digit_mask(encoded, runs, raw, odd),
        )
    spans = [m.span() for m in specials]
    replacements = _nfc_pieces([raw[a:b] for a, b in spans])
    pieces: list[str] = []
    norm: list[int] = [0]
    orig: list[int] = [0]
    exact: list[bool] = [True]
    pos = 0
    out_len = 0
    for (a, b), replacement in zip(spans, replacements, strict=True):
        if a > pos:
            pieces.append(raw[pos:a])
            out_len += a - pos
        pieces.append(replacement)
        if len(replacement) == b - a:
            out_len += b - a
        else:
            norm.append(out_len)
            orig.append(a)
            exact.append(False)
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
    encoded, runs = _encode(text)
    odd = _odd_chars(text, runs)
    digit_mask = _digit_mask(encoded, runs, text, odd)
    text = _map_chars(text, encoded, odd)
    shadow = _shadow(encoded, runs, text)
    return NormalizedText(raw, text, shadow, norm, orig, exact, _plain_space(odd), digit_mask)
