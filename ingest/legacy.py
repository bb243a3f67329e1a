"""Recognise and convert legacy Vietnamese 8-bit text (TCVN3/ABC and VNI) read as Latin-1.

Before Unicode, Vietnamese was typed in 8-bit fonts that re-drew Latin-1 code points as
Vietnamese letters: TCVN3 (TCVN 5712:1993 "VN3", the ABC fonts .VnTime, .VnArial ...) and VNI
(VNI-Times, VNI-Helve ...). Read as Latin-1 or Windows-1252, such text looks like "§¶ng" (Đảng),
"Uû ban nh©n d©n" (Uỷ ban nhân dân), "Q§" (QĐ), or in VNI "Ñoäc laäp" (Độc lập). This module
works on `str` only: it decides whether a text is such mojibake and maps it back to Unicode.
Reading bytes belongs to `ingest.read`. Output is not NFC-normalised (that happens later).

Detection first counts bytes: a text with no character a legacy decoding could use, or with at
least as many Vietnamese letters that Latin-1 cannot hold (ă, đ, ơ, ư, ạ … ỹ) as such characters,
is Unicode and costs no more (`_plainly_unicode`). Otherwise it decodes every word that contains
legacy code points and is not already a Vietnamese syllable as written ("Bình", "tháng": such a
word reads both ways and tells nothing), and counts how many come out as well-formed Vietnamese
syllables; it fires only when enough do, and when they outnumber the words already written in
Unicode Vietnamese.
So modern Unicode text, English with a stray © or ®, and French or German Latin-1 text are left
alone.
"""

import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from ingest.errors import LegacyEncodingError

LegacyEncoding = Literal["tcvn3", "vni"]

__all__ = [
    "TCVN3_TO_UNICODE",
    "VNI_TO_UNICODE",
    "LegacyEncoding",
    "LegacyVerdict",
    "assess_legacy",
    "convert_legacy",
    "detect_legacy",
    "looks_legacy",
]

# Tone order of every row below: none, sắc (acute), huyền (grave), hỏi (hook above),
# ngã (tilde), nặng (dot below).
_TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
_VOWELS = "aăâeêioôơuưy"


def _toned(base: str) -> tuple[str, ...]:
    """Return `base` with each of the six tones, precomposed, in `_TONES` order."""
    return tuple(unicodedata.normalize("NFC", base + tone) for tone in _TONES)


# --- TCVN3 (ABC, TCVN 5712:1993 VN3) -------------------------------------------------------
# One byte per lower-case letter. Each row: a base vowel and its six bytes in tone order; the
# comment shows how those bytes look when read as Latin-1 (what a mojibake document shows).
_TCVN3_VOWEL_ROWS: tuple[tuple[str, bytes], ...] = (
    ("a", b"a\xb8\xb5\xb6\xb7\xb9"),  # a ¸ µ ¶ · ¹
    ("ă", b"\xa8\xbe\xbb\xbc\xbd\xc6"),  # ¨ ¾ » ¼ ½ Æ
    ("â", b"\xa9\xca\xc7\xc8\xc9\xcb"),  # © Ê Ç È É Ë
    ("e", b"e\xd0\xcc\xce\xcf\xd1"),  # e Ð Ì Î Ï Ñ
    ("ê", b"\xaa\xd5\xd2\xd3\xd4\xd6"),  # ª Õ Ò Ó Ô Ö
    ("i", b"i\xdd\xd7\xd8\xdc\xde"),  # i Ý × Ø Ü Þ
    ("o", b"o\xe3\xdf\xe1\xe2\xe4"),  # o ã ß á â ä
    ("ô", b"\xab\xe8\xe5\xe6\xe7\xe9"),  # « è å æ ç é
    ("ơ", b"\xac\xed\xea\xeb\xec\xee"),  # ¬ í ê ë ì î
    ("u", b"u\xf3\xef\xf1\xf2\xf4"),  # u ó ï ñ ò ô
    ("ư", b"\xad\xf8\xf5\xf6\xf7\xf9"),  # (soft hyphen U+00AD) ø õ ö ÷ ù
    ("y", b"y\xfd\xfa\xfb\xfc\xfe"),  # y ý ú û ü þ
)
# Letters outside the vowel rows.
_TCVN3_OTHER: dict[int, str] = {
    # VN3 capitals with a breve, hat, horn or bar, and đ
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",  # ¡ ¢ £ ¤ ¥ ¦ §
    0xAE: "đ",  # ®
    # TCVN 5712 VN1 capitals that sit in otherwise unused printable slots. ABC (VN3) fonts have
    # no toned capitals at all (titles used the look-alike ".VnTimeH" fonts, which draw the
    # lower-case bytes as capitals), so these only come from VN1-aware converters.
    0xAF: "Ằ", 0xBA: "Ẳ", 0xBF: "Ẵ", 0xC0: "Ắ", 0xC1: "Ầ", 0xC2: "Ẩ", 0xC3: "Ẫ", 0xC4: "Ấ",
    0xC5: "Ề", 0xCD: "Ể", 0xD9: "Ễ", 0xDA: "Ế", 0xDB: "Ồ", 0xE0: "Ổ", 0xF0: "Ỗ", 0xFF: "Ố",
}  # fmt: skip
# Not decoded: 0xB0-0xB4, combining tone marks in TCVN 5712, are left alone because in real
# files they are far more often a degree sign, ±, ², ³ or ´ typed in another font; and
# 0x80-0x9F, VN1 capitals, which Windows-1252 uses for quotes and dashes.
# Seen in text extracted from .VnTime PDFs and Word files: the soft-hyphen glyph of "ư" comes
# out as U+2212 MINUS SIGN ("n−íc" = nước). Decoded inside words only.
_MINUS = "\u2212"
_TCVN3_ALIASES = {_MINUS: "ư"}


def _tcvn3_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for base, codes in _TCVN3_VOWEL_ROWS:
        for code, letter in zip(codes, _toned(base), strict=True):
            if code >= 0x80:
                table[chr(code)] = letter
    table.update({chr(code): letter for code, letter in _TCVN3_OTHER.items()})
    return table


# TCVN3 code point (as read through Latin-1) -> Unicode letter. Toned capitals other than the VN1
# slots above have no code: they share the lower-case code (see `_convert_tcvn3`).
TCVN3_TO_UNICODE: Mapping[str, str] = MappingProxyType(_tcvn3_table())

# --- VNI (VNI-Windows) ---------------------------------------------------------------------
# A vowel is its base letter followed by one mark character; i, ỵ, ơ, ư and đ have characters
# of their own. Rows as for TCVN3; capitals are the same sequences upper-cased ("AÙ" = Á).
_VNI_VOWEL_ROWS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("a", ("a", "aù", "aø", "aû", "aõ", "aï")),
    ("ă", ("aê", "aé", "aè", "aú", "aü", "aë")),
    ("â", ("aâ", "aá", "aà", "aå", "aã", "aä")),
    ("e", ("e", "eù", "eø", "eû", "eõ", "eï")),
    ("ê", ("eâ", "eá", "eà", "eå", "eã", "eä")),
    ("i", ("i", "í", "ì", "æ", "ó", "ò")),
    ("o", ("o", "où", "oø", "oû", "oõ", "oï")),
    ("ô", ("oâ", "oá", "oà", "oå", "oã", "oä")),
    ("ơ", ("ô", "ôù", "ôø", "ôû", "ôõ", "ôï")),
    ("u", ("u", "uù", "uø", "uû", "uõ", "uï")),
    ("ư", ("ö", "öù", "öø", "öû", "öõ", "öï")),
    ("y", ("y", "yù", "yø", "yû", "yõ", "î")),
)
_VNI_OTHER = {"ñ": "đ"}


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for base, codes in _VNI_VOWEL_ROWS:
        for code, letter in zip(codes, _toned(base), strict=True):
            if code != letter:  # "a" -> "a", "í" -> "í" are identities
                table[code] = letter
                table[code.upper()] = letter.upper()
    for code, letter in _VNI_OTHER.items():
        table[code] = letter
        table[code.upper()] = letter.upper()
    return table


# VNI character sequence (as read through Latin-1) -> Unicode letter, lower and upper case.
VNI_TO_UNICODE: Mapping[str, str] = MappingProxyType(_vni_table())


def _vni_decoder() -> dict[str, str]:
    """VNI_TO_UNICODE plus mixed-case pairs ("Aù", "aÙ"): the case of the base letter wins."""
    decoder = dict(VNI_TO_UNICODE)
    for code, letter in VNI_TO_UNICODE.items():
        if len(code) == 2:
            decoder[code[0] + code[1].swapcase()] = letter
    return decoder


_VNI_DECODE = _vni_decoder()
# Longest sequence first, so "aù" wins over a bare "a".
_VNI_SEQUENCE = re.compile(
    "|".join(re.escape(code) for code in sorted(_VNI_DECODE, key=len, reverse=True))
)

# --- Word shapes -----------------------------------------------------------------------------
# Runs of characters that can make up a legacy-encoded word.
_TCVN3_DECODE = {**TCVN3_TO_UNICODE, **_TCVN3_ALIASES}
_TCVN3_CODES = re.escape("".join(sorted(_TCVN3_DECODE)))
_TCVN3_WORD = re.compile(f"[A-Za-z{_TCVN3_CODES}]+")
_TCVN3_READ = str.maketrans(_TCVN3_DECODE)  # for judging single words
_TCVN3_TRANSLATE = str.maketrans(dict(TCVN3_TO_UNICODE))  # for whole texts; see _convert_tcvn3
_VNI_CHARS = sorted({ch for code in _VNI_DECODE for ch in code if not ch.isascii()})
_VNI_WORD = re.compile(f"[A-Za-z{re.escape(''.join(_VNI_CHARS))}]+")

# Bytes TCVN3 uses for letters that are symbols, not letters, in Latin-1: ¡-® and µ-¾.
_TCVN3_SYMBOLS = "".join(
    ch for ch in TCVN3_TO_UNICODE if ("\xa1" <= ch <= "\xae" or "\xb5" <= ch <= "\xbe")
)
# A TCVN3 marker: a Latin-1 symbol glued inside a word ("nh©n", "c«ng"), a word-initial Đ/đ or
# hatted capital ("§¶ng", "®Þnh"; not ¡ = Ă, which starts Spanish "¡Hola"), or a capital before
# Đ ("Q§", "H§ND"). A trailing ® or © ("Windows®") is not one.
_TCVN3_MARKER = re.compile(
    rf"[A-Za-z][{_TCVN3_SYMBOLS}](?=[A-Za-z\xa1-\xff])|[\xa2-\xa7\xae][A-Za-z\xa1-\xff]|[A-Z]§"
)
# VNI markers: base letter -> the marks that, following it, betray VNI. Pairs that also occur in
# French, Spanish or Portuguese (où, goût, naïf, héroïne, ambiguïté, Israël, aéroport, aún) or in
# modern Vietnamese (hoà, khoá, hoãn) are left out.
_VNI_MARKER_PAIRS = {
    "a": "ùøûõâáàåãäêè",  # á à ả ã ạ, ấ ầ ẩ ẫ ậ, ă ằ
    "e": "ùøûõâáàåãä",  # é è ẻ ẽ ẹ, ê ế ề ể ễ ệ
    "o": "øõâåä",  # ò õ, ô ổ ộ
    "u": "ùøûõ",  # ú ù ủ ũ
    "y": "ùøûõ",  # ý ỳ ỷ ỹ
    "ô": "ùøûõï",  # ớ ờ ở ỡ ợ (ô is VNI for ơ)
    "ö": "ùøûõïô",  # ứ ừ ử ữ ự, ươ (ö is VNI for ư)
}
_VNI_MARKER = re.compile(
    "|".join(
        f"[{base}{base.upper()}][{marks}{marks.upper()}]"
        for base, marks in _VNI_MARKER_PAIRS.items()
    )
    + "|^[ñÑ][A-Za-z]"  # word-initial Đ/đ: "Ñaûng", "ñoàng" (Spanish ñ is never initial)
)
# Words already in Unicode Vietnamese (letters no legacy text read as Latin-1 can contain).
# Anchored at a word's start and lazy, so each word is scanned once: linear in the text.
_MODERN_WORD = re.compile(
    r"(?<!\w)\w*?[ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9\u0300\u0301\u0303\u0309\u0323]"
)

# A Vietnamese syllable, checked without its tone: initial consonant, vowel nucleus, final.
_INITIALS = r"ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx]"
_NUCLEI = (  # longest first, so the alternation tries "uyê" before "u"
    "iêu", "yêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu",
    "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi",
    "ôi", "ơi", "oo", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
)  # fmt: skip
_FINALS = r"ch|ng|nh|[cmnpt]"
_SYLLABLE = re.compile(rf"(?:{_INITIALS})?(?:{'|'.join(_NUCLEI)})(?:{_FINALS})?")
_UNTONE = {toned: base for base in _VOWELS for toned in _toned(base)[1:]}
_UNTONE_TRANSLATE = str.maketrans(_UNTONE)

_SAMPLE_CHARS = 200_000  # detection reads this much; conversion always covers the whole text
_MIN_WORDS = 3  # fewest decoded syllables (or markers) that count as evidence
_MIN_SHARE = 0.6  # share of candidate words that must decode to syllables
_MARKER_SHARE = 0.2  # share of non-ASCII words that must carry markers for looks_legacy


@functools.lru_cache(maxsize=1 << 16)
def _is_syllable(word: str) -> bool:
    """Return True if `word` is spelled like one Vietnamese syllable (at most one tone)."""
    lower = word.lower()
    if sum(ch in _UNTONE for ch in lower) > 1:
        return False
    return _SYLLABLE.fullmatch(lower.translate(_UNTONE_TRANSLATE)) is not None


def _decode_vni(text: str) -> str:
    return _VNI_SEQUENCE.sub(lambda match: _VNI_DECODE[match.group()], text)


@dataclass(frozen=True, slots=True)
class _Evidence:
    valid: int  # words with legacy characters that decode to a Vietnamese syllable
    candidates: int  # words with legacy characters, less those that are a syllable as written
    markers: int  # words with a marker cluster


def _evidence(sample: str, encoding: LegacyEncoding) -> _Evidence:
    word_re, marker_re = (
        (_TCVN3_WORD, _TCVN3_MARKER) if encoding == "tcvn3" else (_VNI_WORD, _VNI_MARKER)
    )
    valid = candidates = markers = 0
    for match in word_re.finditer(sample):
        word = match.group()
        if word.isascii():
            continue
        marked = marker_re.search(word) is not None
        markers += marked
        if not marked and _is_syllable(word):
            # a word that is a Vietnamese syllable as it stands ("Bình", "tháng", "công": Latin-1
            # letters only) reads both ways, so it is no evidence of a legacy encoding
            continue
        candidates += 1
        decoded = word.translate(_TCVN3_READ) if encoding == "tcvn3" else _decode_vni(word)
        valid += len(word) > 1 and decoded != word and _is_syllable(decoded)
    return _Evidence(valid, candidates, markers)


@dataclass(frozen=True, slots=True)
class LegacyVerdict:
    """What the legacy check found in a text."""

    encoding: LegacyEncoding | None  # the encoding it confidently decodes in, if any
    looks_legacy: bool  # whether marker clusters are plentiful (see `looks_legacy`)


_PLAIN = LegacyVerdict(None, False)


# UTF-8 of the letters a legacy text read as Latin-1 can never hold: ă Ă đ Đ ĩ Ĩ ũ Ũ ơ Ơ ư Ư,
# and the lead bytes of U+1E80-U+1EFF (every toned Vietnamese letter, ạ … ỹ).
_VIETNAMESE_ONLY_UTF8 = tuple(ch.encode() for ch in "ăĂđĐĩĨũŨơƠưƯ")
_TONED_LEAD_UTF8 = (b"\xe1\xba", b"\xe1\xbb")


def _plainly_unicode(sample: str, utf8: bytes | None = None) -> bool:
    """True when counting bytes already shows `sample` is Unicode text, not legacy mojibake.

    Every code point TCVN3 and VNI use for letters lies in U+00A1-U+00FF (or is U+2212), so a
    text without such characters has no legacy word to judge; and a text with at least as many
    Vietnamese letters that Latin-1 cannot hold as characters a legacy decoding could use is
    Vietnamese already written in Unicode. Byte counts run at memory speed; the word-by-word
    analysis (`_verdict`) runs only when this cannot tell. `utf8`: the UTF-8 of `sample` when
    the caller holds it (the file's bytes), so it is not encoded again.
    """
    data = sample.encode("utf-8", "surrogatepass") if utf8 is None else utf8
    # (one character counted in the text runs faster than its two or three bytes in the UTF-8)
    latin = data.count(b"\xc2") + data.count(b"\xc3") - sample.count("\u00a0")  # not NBSP
    latin += sample.count(_MINUS)
    if latin == 0:
        return True
    vietnamese = sum(data.count(lead) for lead in _TONED_LEAD_UTF8)
    if vietnamese >= latin:
        return True
    return vietnamese + sum(data.count(letter) for letter in _VIETNAMESE_ONLY_UTF8) >= latin


def assess_legacy(text: str, utf8: bytes | None = None) -> LegacyVerdict:
    """Tell at once what `detect_legacy` and `looks_legacy` tell (one pass over the sample).

    Args:
        text: Decoded text; only its first 200,000 characters are examined.
        utf8: the bytes `text` is the strict UTF-8 decoding of, when the caller holds them
            (a text file's, read as they are): a short text's sample is then not encoded again.

    Returns:
        The confident encoding (or None) and whether the text looks legacy.
    """
    sample = text[:_SAMPLE_CHARS]
    if utf8 is not None and len(sample) < len(text):
        utf8 = None  # the sample's bytes are a prefix of unknown length
    if sample.isascii() or _plainly_unicode(sample, utf8):
        return _PLAIN
    return _verdict(sample, len(_MODERN_WORD.findall(sample)), _ENCODINGS)


_ENCODINGS: tuple[LegacyEncoding, ...] = ("tcvn3", "vni")


def _verdict(sample: str, modern: int, encodings: tuple[LegacyEncoding, ...]) -> LegacyVerdict:
    """Judge every candidate word of `sample` in each of `encodings`."""
    evidence = {enc: _evidence(sample, enc) for enc in encodings}
    passing = {
        enc: ev.valid
        for enc, ev in evidence.items()
        if ev.valid >= _MIN_WORDS
        and ev.valid >= _MIN_SHARE * ev.candidates
        and ev.valid > 2 * modern
    }
    ranked = sorted(passing.items(), key=lambda item: item[1], reverse=True)
    confident: LegacyEncoding | None = None
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        confident = "tcvn3" if ranked[0][0] == "tcvn3" else "vni"
    marked = any(
        ev.markers >= _MIN_WORDS and ev.markers >= _MARKER_SHARE * (ev.candidates + modern)
        for ev in evidence.values()
    )
    return LegacyVerdict(confident, marked)


def detect_legacy(text: str) -> LegacyEncoding | None:
    """Tell whether `text` is TCVN3 or VNI Vietnamese that was read as Latin-1/Windows-1252.

    Args:
        text: Decoded text; only its first 200,000 characters are examined.

    Returns:
        "tcvn3" or "vni" when at least three words, and most words containing legacy code
        points, decode to Vietnamese syllables in that encoding and clearly outnumber the words
        already written in Unicode Vietnamese; otherwise None.
    """
    return assess_legacy(text).encoding


def looks_legacy(text: str) -> bool:
    """Tell whether `text` shows TCVN3/VNI marker clusters ("§¶ng", "nh©n", "Q§", "Ñoäc").

    This is weaker than `detect_legacy`: a text can look legacy without decoding cleanly in
    either encoding (mixed or damaged files). Readers use it to refuse such text rather than
    pass mojibake on.

    Args:
        text: Decoded text; only its first 200,000 characters are examined.

    Returns:
        True if at least three words, and a fifth of the words with non-ASCII letters, carry
        legacy marker clusters.
    """
    return assess_legacy(text).looks_legacy


_TCVN3_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ") | frozenset(
    code for code, letter in TCVN3_TO_UNICODE.items() if letter.isupper()
)
# A TCVN3 word with no lower-case ASCII letter: the only kind whose case may need restoring.
_TCVN3_UPPERISH_WORD = re.compile(
    f"(?<![A-Za-z{_TCVN3_CODES}])[A-Z{_TCVN3_CODES}]+(?![A-Za-z{_TCVN3_CODES}])"
)
# U+2212 standing for "ư" inside a word ("n−íc"); a lone "−" stays a minus sign.
_TCVN3_MINUS_IN_WORD = re.compile(
    f"(?<=[A-Za-z{_TCVN3_CODES}]){_MINUS}|{_MINUS}(?=[A-Za-z{_TCVN3_CODES}])"
)


def _capitals(word: str | None) -> int | None:
    """Count unambiguous capitals in a TCVN3 word; None if it has a lower-case ASCII letter."""
    if word is None or any("a" <= ch <= "z" for ch in word):
        return None
    return sum(ch in _TCVN3_CAPITALS for ch in word)


def _neighbours(text: str, start: int, end: int) -> list[str]:
    """The words just before and after text[start:end] on the same line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = list(_TCVN3_WORD.finditer(text, max(line_start, start - 100), start))
    after = _TCVN3_WORD.search(text, end, len(text) if line_end < 0 else line_end)
    return [match.group() for match in (before[-1] if before else None, after) if match]


def _restore_caps(word: str, neighbours: list[str]) -> bool:
    """Decide whether a TCVN3 word was typed in a ".VnTimeH" capitals font.

    ABC fonts have no toned capitals, so "NGHỊ QUYẾT" is stored as "NGHÞ QUYÕT" with lower-case
    codes. A word without lower-case ASCII letters is upper-cased when it has two unambiguous
    capitals itself ("NGHÞ"), or when its neighbours on the same line have no lower-case ASCII
    letters either and one of them has two capitals ("Vô" in "NHIÖM Vô Vµ GI¶I PH¸P"). One
    capital next to a lower-case word stays as it is ("Uû ban" = "Uỷ ban"): a toned capital in
    such a word cannot be told from a small letter.
    """
    own = _capitals(word)
    if own is None:
        return False
    if own >= 2:
        return True
    counts = [_capitals(other) for other in neighbours]
    return (
        len(counts) >= (1 if own == 1 else 2)
        and all(count is not None and count >= 1 for count in counts)
        and any(count is not None and count >= 2 for count in counts)
    )


def _convert_tcvn3(text: str) -> str:
    text = _TCVN3_MINUS_IN_WORD.sub("\xad", text)
    converted = text.translate(_TCVN3_TRANSLATE)  # one character for one: offsets still agree
    parts: list[str] = []
    position = 0
    for match in _TCVN3_UPPERISH_WORD.finditer(text):
        word = match.group()
        if word.isascii() or not _restore_caps(word, _neighbours(text, *match.span())):
            continue
        parts += [
            converted[position : match.start()],
            converted[match.start() : match.end()].upper(),
        ]
        position = match.end()
    parts.append(converted[position:])
    return "".join(parts)


def convert_legacy(text: str, encoding: str) -> str:
    """Convert TCVN3 or VNI text read as Latin-1/Windows-1252 into Unicode.

    The whole text is converted, so call this only on text `detect_legacy` recognised (a text
    mixing Unicode and legacy runs gets its Unicode accented letters mangled). TCVN3 stores toned
    capitals with lower-case codes; case is restored for all-capital words (see
    `_restore_caps`). The result is not NFC-normalised and may hold old-style tone placement
    ("uỷ"), as the source did.

    Args:
        text: The mojibake text, e.g. "§¶ng bé" or "Ñaûng boä".
        encoding: "tcvn3" or "vni".

    Returns:
        The Unicode text, e.g. "Đảng bộ".

    Raises:
        LegacyEncodingError: If `encoding` is not "tcvn3" or "vni".
    """
    if encoding == "tcvn3":
        return _convert_tcvn3(text)
    if encoding == "vni":
        return _decode_vni(text)
    raise LegacyEncodingError(
        f"không biết bảng mã cũ {encoding!r}; chỉ có 'tcvn3' hoặc 'vni'",
        f"unknown legacy encoding {encoding!r}; expected 'tcvn3' or 'vni'",
    )
