"""Helpers the reports share: a document's one date, place names folded for matching, levels.

Pure functions over `graph.model.Node`; no store access.
"""

from __future__ import annotations

import functools
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from graph.identity import fold
from graph.model import DATE, Edge, Head, Node
from ingest.codes import LEVEL_RANK, Level
from ingest.gazetteer import unit_name
from ingest.relations import RelationType

# Levels below which places are counted, from the top; UNKNOWN is never a place level.
PLACE_LEVELS: tuple[Level, ...] = (Level.PROVINCE, Level.DISTRICT, Level.COMMUNE)
# OCR look-alikes of Đ/đ (Eth) that NFD does not fold.
_ETH = str.maketrans({"Ð": "Đ", "ð": "đ"})
# Administrative words in front of a place name ("Tỉnh Bắc Giang", "huyện Tân Yên", "TP. Huế"),
# as words with their own marks: "Tịnh Trà", "Quan Hóa", "Xà Bang", "Phượng Sơn" are names
# (a commune, a district, a commune, a commune) that fold to the same letters.
_PREFIX = re.compile(
    r"^(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu)\s+(?=\S)",
    re.IGNORECASE,
)
# The same words in a name typed without marks ("tinh Quang Ngai"), which cannot tell them.
_PREFIX_UNMARKED = re.compile(
    r"^(?:tinh|thanh pho|tp\.?|huyen|quan|thi xa|thi tran|xa|phuong|dac khu)\s+(?=\S)",
    re.IGNORECASE,
)


# Separators that spellings of one name differ by.
_SEPARATORS = re.compile(r"[\s.\-–'’ʼ]+")
# Names of one place the dataset spells otherwise: Thừa Thiên Huế became the city of Huế
# (January 2025) and the dataset knows it only by its new name.
_PLACE_ALIASES = {"thuathienhue": "hue"}


def level_rank(level: Level) -> int | None:
    """0 for central … 3 for commune; None for unknown."""
    return LEVEL_RANK.get(level)


@functools.lru_cache(maxsize=1 << 16)
def place_key(name: str | None) -> str | None:
    """The key two spellings of one place share: `name_key` without spaces, hyphens, dots
    or apostrophes ("Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu"), and the province the dataset
    calls "Huế" for "Thừa Thiên Huế".

    >>> place_key("Tỉnh Thừa Thiên - Huế") == place_key("Huế")
    True
    """
    folded = name_key(name)
    if folded is None:
        return None
    key = _SEPARATORS.sub("", folded)
    return _PLACE_ALIASES.get(key, key)


def name_key(name: str | None) -> str | None:
    """Fold a place name for matching: no diacritics, đ → d, lower case, no "tỉnh"/"huyện"…
    in front (the word with its marks; without them only in a name typed without marks).

    >>> name_key("Huyện Tân Yên") == name_key("tan yen")
    True
    >>> name_key("Tịnh Trà")
    'tinh tra'
    """
    if name is None or not name.strip():
        return None
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFC", name.translate(_ETH))).strip()
    unit = _PREFIX_UNMARKED if text.isascii() else _PREFIX
    return fold(unit.sub("", text))


def document_date(node: Node) -> date | None:
    """The date a report uses for `node`: the one its own text gives, else the one most
    citing documents give (ties: the earliest); None if no document dates it."""
    facts = [f for f in node.facts if f.field == DATE]
    own = [f for f in facts if node.host_doc is not None and f.doc == node.host_doc]
    chosen = own or facts
    votes: Counter[str] = Counter(v for v, _ in {(f.value, f.doc) for f in chosen})
    for value, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])):
        try:
            return date.fromisoformat(value)
        except ValueError:
            continue
    return None


def code_of(node: Head | Node) -> str:
    """The code to show for `node` (its key when it has none)."""
    return node.canonical or node.key


def place_label(node: Head | Node) -> str:
    """ "Bắc Giang / Tân Yên", "Hồ Chí Minh / Quận 10 / Phường 12" (`spelled`); "" for a
    central document, "?" when nothing is known."""
    p = node.place
    parts = [n for n in spelled(p.province, p.district, p.commune) if n]
    return " / ".join(parts) or ("" if node.level is Level.CENTRAL else "?")


def spelled(
    province: str | None, district: str | None = None, commune: str | None = None
) -> tuple[str | None, str | None, str | None]:
    """A place's names as a reader says them: a numbered district or ward, which a document's
    place holds as its number alone ("10", "12"), with its word ("Quận 10", "Phường 12":
    `ingest.gazetteer.unit_name`)."""
    return province, unit_name(Level.DISTRICT, district), unit_name(Level.COMMUNE, commune)


@dataclass(frozen=True, slots=True)
class Spread:
    """Distribution of a sample of integers: count, median and quartiles (inclusive method)."""

    count: int
    median: float | None
    min: int | None
    p25: float | None
    p75: float | None
    max: int | None

    @classmethod
    def of(cls, values: Sequence[int]) -> Spread:
        if not values:
            return cls(0, None, None, None, None, None)
        xs = sorted(values)
        if len(xs) == 1:
            q1 = q3 = float(xs[0])
        else:
            q1, _, q3 = statistics.quantiles(xs, n=4, method="inclusive")
        return cls(len(xs), float(statistics.median(xs)), xs[0], q1, q3, xs[-1])

    def as_dict(self) -> dict[str, Any]:
        return {
            "count": self.count,
            "median": self.median,
            "min": self.min,
            "p25": self.p25,
            "p75": self.p75,
            "max": self.max,
        }


def uncertain_sources(edges: Iterable[Edge]) -> dict[str, int]:
    """{target key: how many distinct sources reach it only by uncertain edges} over `edges`
    (`Edge.candidates`; a source with one certain edge to it counts as certain); targets with
    none left out. The definition each store's `uncertain_citers` answers."""
    sure: dict[str, set[str]] = {}
    unsure: dict[str, set[str]] = {}
    for e in edges:
        (unsure if e.candidates else sure).setdefault(e.target, set()).add(e.source)
    counts = {t: len(s - sure.get(t, set())) for t, s in unsure.items()}
    return {t: n for t, n in counts.items() if n}


def citing_sources(
    edges: Iterable[Edge], types: Collection[RelationType] | None = None
) -> dict[str, set[str]]:
    """{target key: distinct source keys} over `edges` of `types` (None: every type)."""
    out: dict[str, set[str]] = {}
    for e in edges:
        if types is None or e.type in types:
            out.setdefault(e.target, set()).add(e.source)
    return out
