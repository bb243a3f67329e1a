"""Differential tests: native doc.rs (`Doc::new`, `Doc::to_original`) against
ingest/text.py (`normalize_text`, `NormalizedText.to_original`) on text with invisible
characters that normalization deletes and Vietnamese letters in decomposed form (NFD).

The native core accepts a text when every `_SPECIAL` piece is a run of deleted characters
or a safe letter followed by marks that compose into one safe letter, and every other
character is safe (`_accepted` below); it must then give the same text, shadow, offset map
checkpoints and `to_original` spans as Python.
"""

from __future__ import annotations

import importlib.util
import random
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.gen_corpus import document
from ingest.text import _DELETED, _SPECIAL, NormalizedText, normalize_text

ROOT = Path(__file__).resolve().parents[2]


def _load_gen_tables() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_tables", ROOT / "native/tools/gen_tables.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GEN_TABLES = _load_gen_tables()
SAFE = frozenset(GEN_TABLES.safe_alphabet())
MARKS: str = GEN_TABLES.MARKS
ZWSP, SOFT_HYPHEN = "\u200b", "\u00ad"

MapTuple = tuple[str, str, list[int], list[int], list[bool]]


def _python_map(nt: NormalizedText) -> MapTuple:
    return nt.text, nt.shadow, nt._norm, nt._orig, nt._exact


def _composes(piece: str) -> bool:
    """A safe letter followed by marks whose NFC is one safe letter."""
    nfc = unicodedata.normalize("NFC", piece)
    return piece[0] in SAFE and all(m in MARKS for m in piece[1:]) and len(nfc) == 1 and nfc in SAFE


def _accepted(raw: str) -> bool:
    """Whether the native core should handle `raw` (the specification of `Doc::new`)."""
    pos = 0
    for m in _SPECIAL.finditer(raw):
        piece = m.group()
        if any(c not in SAFE for c in raw[pos : m.start()]):
            return False
        if not (all(c in _DELETED for c in piece) or _composes(piece)):
            return False
        pos = m.end()
    return all(c in SAFE for c in raw[pos:])


def _spans(nt: NormalizedText, rng: random.Random, checkpoints: int = 150) -> list[tuple[int, int]]:
    """Spans around (a sample of) the checkpoints, random spans, empty and reversed ones."""
    n = len(nt.text)
    spans = [(0, 0), (0, n), (n, n), (n, n + 1), (n + 1, n + 3), (3, 1)]
    points = sorted(set(nt._norm))
    if len(points) > checkpoints:
        points = rng.sample(points, checkpoints)
    for p in points:
        for a in range(max(0, p - 2), p + 3):
            spans += [(a, a + length) for length in range(4)]
    for _ in range(100):
        a = rng.randrange(n + 1)
        spans.append((a, min(n + 1, a + rng.randrange(40))))
    return spans


def _check(
    native: ModuleType,
    name: str,
    raw: str,
    spans: list[tuple[int, int]] | None = None,
    rng: random.Random | None = None,
) -> bool:
    """Compare native and Python on `raw`; return whether the native core accepted it."""
    got = native.debug_normalize_map(raw)
    expected_accept = _accepted(raw)
    assert (got is not None) == expected_accept, (
        f"{name}: native {'accepted' if got is not None else 'refused'} {raw[:200]!r}"
    )
    if got is None:
        return False
    nt = normalize_text(raw)
    want = _python_map(nt)
    if tuple(got) != want:
        labels = ("text", "shadow", "_norm", "_orig", "_exact")
        got_parts: list[Sequence[object]] = list(got)
        want_parts: list[Sequence[object]] = list(want)
        for label, g, w in zip(labels, got_parts, want_parts, strict=True):
            if g != w:
                i = next((k for k, (x, y) in enumerate(zip(g, w, strict=False)) if x != y), None)
                i = min(len(g), len(w)) if i is None else i
                raise AssertionError(
                    f"{name}: {label} differs at index {i} (lengths {len(g)}, {len(w)}):"
                    f"\n native {g[max(0, i - 5) : i + 5]!r}\n python {w[max(0, i - 5) : i + 5]!r}"
                )
    if spans is None:
        spans = _spans(nt, rng or random.Random(name))
    got_spans = native.debug_to_original(raw, spans)
    want_spans = [nt.to_original(a, b) for a, b in spans]
    if got_spans != want_spans:
        k = next(k for k, (g, w) in enumerate(zip(got_spans, want_spans, strict=True)) if g != w)
        raise AssertionError(
            f"{name}: to_original{spans[k]} native {got_spans[k]} python {want_spans[k]}"
            f" (checkpoints {nt._norm[:20]}…, {nt._orig[:20]}…, {nt._exact[:20]}…)"
        )
    return True


def _all_spans(n: int) -> list[tuple[int, int]]:
    return [(a, b) for a in range(n + 2) for b in range(n + 2)]


def _insert_deleted(text: str, rng: random.Random) -> str:
    """Zero-width spaces, soft hyphens, BOMs… (runs of 1 to 3) at random places."""
    chars = list(text)
    for _ in range(rng.randrange(1, 30)):
        run = "".join(rng.choice(_DELETED) for _ in range(rng.randrange(1, 4)))
        chars.insert(rng.randrange(len(chars) + 1), run)
    return "".join(chars)


def _mix(text: str, rng: random.Random) -> str:
    """Part NFD, part NFC, with zero-width spaces inserted anywhere (also before marks)."""
    text = unicodedata.normalize("NFC", text)
    cuts = sorted(rng.randrange(len(text) + 1) for _ in range(rng.randrange(1, 8)))
    parts = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    mixed = "".join(unicodedata.normalize("NFD", p) if i % 2 else p for i, p in enumerate(parts))
    chars = list(mixed)
    for _ in range(rng.randrange(0, 4)):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice([ZWSP, SOFT_HYPHEN, ZWSP * 2]))
    return "".join(chars)


def test_tables_are_generated() -> None:
    assert (ROOT / "native/src/tables.rs").read_text(encoding="utf-8") == GEN_TABLES.render(), (
        "native/src/tables.rs is stale: run `python native/tools/gen_tables.py`"
    )


def test_dense_alphabet_fits_one_byte_slots() -> None:
    """doc.rs numbers the code points below U+2000 it handles (safe characters, marks and
    deleted characters) in one byte, 0 meaning "not handled"."""
    handled = SAFE | set(MARKS) | set(_DELETED)
    dense = len({c for c in handled if ord(c) < 0x2000})
    assert dense < 256, f"{dense} code points: widen doc.rs's Alphabet.slot to u16"


def test_normalized_alphabet_has_two_whitespace_characters() -> None:
    """extract.rs's content_id relies on it: whitespace is " " and "\\n" after normalization."""
    normalized = {normalize_text(c).text for c in SAFE}
    assert {t for t in normalized if t.isspace()} == {" ", "\n"}


CASES: list[tuple[str, bool]] = [
    ("", True),
    ("Kết luận", True),
    ("Ke\u0302\u0301t lua\u0323\u0302n 62-KL/TW", True),
    ("Ke\u0301\u0302t", False),  # acute then circumflex: NFC keeps "é\u0302"
    ("lua\u0302\u0323n", True),  # any order of marks NFC reorders
    ("O\u031b\u0323 o\u0323\u031b \u1ecc\u031b", True),  # Ọ + horn → Ợ
    ("\u0103\u0301 \u00e2\u0300 \u01a1\u0303", True),  # precomposed base + tone
    ("a\u0301\u0301", False),  # two tones
    ("a\u0302\u0301\u0323", False),  # three marks, not one letter
    ("b\u0301", False),  # no such letter
    ("\n\u0301", False),
    ("\u0301a", False),  # mark at the start
    ("a\u200b\u0301", False),  # mark after a deleted character (Python composes it)
    ("a\u200b\u200b\u0301", False),
    ("\u200b\u0301", False),
    ("\u200b", True),
    ("\u200b\u200c\u200d\u2060\ufeff\u00ad", True),
    ("62-KL/\u200bTW", True),
    ("\ufeffKết luận\u00ad", True),
    ("\u200ba\u0301\u200b", True),  # a deletion right before and after a composition
    ("a\u0301\u200b\u0301", False),
    ("a\u0301\u0304", False),  # a trailer outside the marks
    ("a\u0340", False),  # NFC-changed mark
    ("x\u0304", False),
    ("\u00c5", False),  # outside the safe alphabet
    ("\u00d0o\u0302\u0301", True),  # Ð maps to Đ after composition
    ("\t*a\u0301#\r", True),
    ("A\u0306\u0309 \u0110", True),
]


@pytest.mark.parametrize(("raw", "accepted"), CASES)
def test_edge_cases(native: ModuleType, raw: str, accepted: bool) -> None:
    assert _check(native, repr(raw), raw, spans=_all_spans(len(raw))) == accepted


def test_safe_text_keeps_offsets(native: ModuleType, corpus: list[tuple[str, str]]) -> None:
    for name, text in corpus:
        if _accepted(text) and not any(c in _DELETED or c in MARKS for c in text):
            got = native.debug_normalize_map(text)
            assert got is not None and got[2:] == ([], [], []), name


def test_corpus_with_deleted_characters(native: ModuleType, corpus: list[tuple[str, str]]) -> None:
    rng = random.Random(11)
    for name, text in corpus:
        raw = _insert_deleted(unicodedata.normalize("NFC", text), rng)  # no mark to split
        assert _check(native, f"{name}+zwsp", raw, rng=rng), f"{name}+zwsp: refused"


def test_corpus_nfd(native: ModuleType, corpus: list[tuple[str, str]]) -> None:
    rng = random.Random(12)
    for name, text in corpus:
        raw = unicodedata.normalize("NFD", text)
        assert _check(native, f"{name}+nfd", raw, rng=rng), f"{name}+nfd: refused"


def test_corpus_mixed(native: ModuleType, corpus: list[tuple[str, str]]) -> None:
    rng = random.Random(13)
    accepted = 0
    for name, text in corpus:
        accepted += _check(native, f"{name}+mix", _mix(text, rng), rng=rng)
    assert accepted > len(corpus) // 3


def test_generated_documents(native: ModuleType) -> None:
    special = 0
    for i in range(300):
        text = document(1, i).text
        holds_special = any(c in _DELETED or c in MARKS for c in text)
        special += holds_special
        accepted = _check(native, f"document(1, {i})", text)
        assert accepted or not holds_special, f"document(1, {i}): refused"
    assert special > 10


_HYPOTHESIS_CHARS = (
    "aAeEoOuUyYiIdDbn \n\t*#.-"
    "\u00e2\u0103\u01a1\u01b0\u00c2\u0102\u01a0\u01af\u00ea\u00f4\u1ea1\u1ecd\u1eb9\u00d0\u0111"
    + MARKS * 2
    + _DELETED
    + "\u0304\u0340\u00c5"
)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=_HYPOTHESIS_CHARS, max_size=30))
def test_random_strings(native: ModuleType, raw: str) -> None:
    _check(native, repr(raw), raw, spans=_all_spans(len(raw)))


# Decomposed letters (also with marks in the other order), deleted characters, safe
# characters, and now and then a lone mark or a mark that does not compose.
_NFD_LETTERS = sorted(
    {unicodedata.normalize("NFD", c) for c in SAFE if unicodedata.normalize("NFD", c) != c}
)
_TOKENS = (
    _NFD_LETTERS
    + [d[0] + d[:0:-1] for d in _NFD_LETTERS if len(d) == 3]
    + list(_DELETED) * 6
    + list("aeoudD \n\t.-/") * 4
    + ["\u0103", "\u01a1", "\u00ea", "\u1ea1", "\u00d0"] * 2
    + list(MARKS)
)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_TOKENS), max_size=25).map("".join))
def test_random_tokens(native: ModuleType, raw: str) -> None:
    _check(native, repr(raw), raw, spans=_all_spans(len(raw)))


_SNIPPETS = ["Kết luận ", "Nghị quyết ", "số 62-KL/TW", "\n", "ngày 5/7", "Quyết định "]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_SNIPPETS), max_size=8), st.randoms(use_true_random=False))
def test_random_snippets(native: ModuleType, words: list[str], rng: random.Random) -> None:
    raw = _mix("".join(words), rng) if words else ""
    _check(native, repr(raw), raw, spans=_all_spans(len(raw)))
