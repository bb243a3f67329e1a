"""`bodies.english_places` looks for its needles before composing the text (NFC): composing
never makes an ASCII letter, so a decomposed text names the same places as its composed form,
and a text without the needles names none."""

from __future__ import annotations

import unicodedata

from ingest.bodies import english_places
from ingest.codes import Level


def test_decomposed_text_names_the_same_places() -> None:
    text = "The Party Committee of Lục Ngạn District, Bắc Giang Province issued Plan No. 12."
    composed = english_places(text)
    assert (Level.DISTRICT, "Lục Ngạn") in composed
    assert (Level.PROVINCE, "Bắc Giang") in composed
    assert english_places(unicodedata.normalize("NFD", text)) == composed


def test_text_without_needles_names_none() -> None:
    assert english_places("Ban Thường vụ Huyện ủy Lục Ngạn ban hành Kế hoạch số 12-KH/HU.") == ()


def test_composing_makes_no_needle_letter() -> None:
    # the only characters NFC turns into ASCII letters: KELVIN SIGN → K (no needle holds K)
    # (a character NFC changes alone has a canonical decomposition)
    made = {
        c
        for c in map(chr, range(0x80, 0x30000))
        if unicodedata.decomposition(c)[:1] not in ("", "<")
        and any(n.isascii() and n.isalpha() for n in unicodedata.normalize("NFC", c))
    }
    assert made == {"\u212a"}
