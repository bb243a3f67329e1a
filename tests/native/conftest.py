"""Shared fixtures for the differential tests of the native core against ingest/.

The Python pipeline is the reference. Texts come from the five seeds, from the benchmark's
generator (bench/gen_corpus.py, fixed seeds) and from perturbations of both; only texts in
the native core's alphabet are used (outside it, extraction runs the Python pipeline).
"""

from __future__ import annotations

import os
import random
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from bench.gen_corpus import document
from ingest.read import read_document

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "examples" / "corpus").glob("*.txt"))
GENERATED_DOCS = int(os.environ.get("VBGRAPH_NATIVE_DOCS", "150"))


def _native() -> ModuleType | None:
    try:
        import vbgraph_native
    except ImportError:
        return None
    return vbgraph_native


@pytest.fixture(scope="session")
def native() -> ModuleType:
    module = _native()
    if module is None:
        message = "vbgraph_native is not installed (make install builds it with cargo)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip("!!! " + message + " !!!")
    return module


def _perturb(text: str, rng: random.Random) -> str:
    """Cut, splice and respace a text: references land at odd places, lines break mid-code."""
    ops = rng.randrange(1, 6)
    for _ in range(ops):
        if not text:
            break
        i = rng.randrange(len(text))
        j = min(len(text), i + rng.randrange(1, 200))
        choice = rng.randrange(5)
        if choice == 0:
            text = text[:i] + text[j:]
        elif choice == 1:
            glue = rng.choice(["\n", " ", "\n\n", "  ", " - ", "/", ". ", ", "])
            text = text[:i] + glue + text[i:]
        elif choice == 2:
            text = text[i:] + text[:i]
        elif choice == 3:
            text = text[:i] + text[i:j].upper() + text[j:]
        else:
            text = text[:i] + text[i:j].lower() + text[j:]
    return text


def _texts() -> Iterator[tuple[str, str]]:
    for path in SEEDS:
        yield path.name, read_document(path).text
    rng = random.Random(7)
    for i in range(GENERATED_DOCS):
        yield f"gen{i}", document(3, i).text
    seeds = [read_document(p).text for p in SEEDS]
    for i in range(GENERATED_DOCS):
        base = seeds[i % len(seeds)] if i % 3 == 0 else document(5, i).text
        yield f"perturbed{i}", _perturb(base, rng)


@pytest.fixture(scope="session")
def corpus(native: ModuleType) -> list[tuple[str, str]]:
    """(name, text) pairs the native core takes whose normalization keeps every offset (the
    stage tests index the original text with normalized offsets)."""
    return [
        (name, text)
        for name, text in _texts()
        if (found := native.debug_normalize_map(text)) is not None and not found[2]
    ]


def _special(text: str, rng: random.Random) -> str:
    """The text with zero-width characters inserted, or in decomposed form, or both."""
    choice = rng.randrange(3)
    if choice != 1:
        for _ in range(rng.randrange(1, 20)):
            i = rng.randrange(len(text) + 1)
            text = text[:i] + rng.choice(["\u200b", "\u00ad", "\ufeff", "\u200c"]) + text[i:]
    if choice != 0:
        i = rng.randrange(len(text) + 1)
        text = text[:i] + unicodedata.normalize("NFD", text[i:])
    return text


@pytest.fixture(scope="session")
def special_corpus(native: ModuleType, corpus: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(name, text) pairs the native core takes whose normalization moves offsets: deleted
    invisible characters and decomposed letters, generated and made from the corpus."""
    rng = random.Random(11)
    made = [(f"special-{name}", _special(text, rng)) for name, text in corpus[::3]]
    generated = [(f"gen1-{i}", document(1, i).text) for i in range(GENERATED_DOCS)]
    return [
        (name, text)
        for name, text in made + generated
        if (found := native.debug_normalize_map(text)) is not None and found[2]
    ]
