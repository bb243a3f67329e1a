"""Decide which graph node a mention or a host document is: the node key (DOMAIN §10.5).

Keys, in the practical version this project uses:

* central code (…/TW, …/CP, …/TTg, QHnn …): the canonical code, ``62-KL/TW``; a second
  document with the same code whose date falls in another term gets ``18-NQ/TW@XIII``;
* local code whose issuer place is known down to the level its body names:
  ``115-KL/TU@bac-giang``, ``09-ĐA/HU@bac-giang/tan-yen``, ``12-NQ/ĐU@a/b/c``; a later term
  adds ``@2020-2025``;
* local code whose issuer place is not fully known: ``36-NQ/HU@?<citing document id>`` with
  ``qualified=False`` (never merged silently; possible matches are reported);
* a host document without a code: ``doc:<document id>``.

Pure functions only; the store lookups that feed them live in `graph.build`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from graph.model import Head
from ingest.bodies import body_level
from ingest.codes import LEVEL_RANK, DocumentCode, Level
from ingest.models import Place
from ingest.text import shadow_of
from ingest.values import quick_init

# Subject similarity (rapidfuzz token_set_ratio on folded text) to merge a variant spelling.
MERGE_SCORE = 85.0
# The same, when both spellings carry the same full date (strong evidence on its own).
MERGE_SCORE_DATED = 70.0
# Below MERGE_SCORE but at least this: report a possible duplicate instead of merging.
DOUBT_SCORE = 60.0


@functools.lru_cache(maxsize=1 << 14)
def fold(text: str) -> str:
    """Lower case, no diacritics, đ → d, one character per character ("Tỉnh ủy" → "tinh uy").
    Cached (the latest 16k texts): the writer folds the same subjects over and over."""
    return shadow_of(unicodedata.normalize("NFC", text))


@functools.lru_cache(maxsize=1 << 12)
def slug(name: str) -> str:
    """ "Bắc Giang" → "bac-giang". Cached: a run slugs the same few hundred place names for
    every key and every pair of places it compares."""
    return _NOT_SLUG.sub("-", fold(name)).strip("-")


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@quick_init
@dataclass(frozen=True, slots=True)
class Issuer:
    """Where and at which level a code's issuing body sits, as far as the evidence tells."""

    level: Level
    place: Place
    qualified: bool


def issuer_of(
    code: DocumentCode, bodies: Sequence[str | None], host_level: Level, host_place: Place
) -> Issuer:
    """Place the issuer of a cited local code.

    The body named in the citation decides the level ("Thị ủy Đức Phố" is a district even though
    it writes …/TU) and may name the place; otherwise the code's issuer tells the level and the
    citing (host) document's own place fills it in when the host sits at or below that level.
    """
    if code.is_central:
        return Issuer(Level.CENTRAL, Place(), True)
    level, name = Level.UNKNOWN, None
    for body in bodies:
        lvl, nm = body_level(body)
        if lvl is not Level.UNKNOWN and (level is Level.UNKNOWN or (nm and not name)):
            level, name = lvl, nm
    if level is Level.UNKNOWN:
        level = code.issuer_level
    place = _fill_place(level, name, host_level, host_place)
    return Issuer(level, place, _complete(level, place))


def host_issuer(code: DocumentCode, level: Level, place: Place) -> Issuer:
    """Place the issuer of a host document's own code: the host's own level and place."""
    if code.is_central:
        return Issuer(Level.CENTRAL, Place(), True)
    if level is Level.UNKNOWN:
        level = code.issuer_level
    place = place.down_to(level)
    return Issuer(level, place, _complete(level, place))


def _fill_place(level: Level, name: str | None, host_level: Level, host_place: Place) -> Place:
    if level is Level.CENTRAL:  # a central body named in the citation has no local place
        return Place()
    below = host_level is not Level.CENTRAL  # a local host shares its province with the issuer
    province = host_place.province if below else None
    if level is Level.PROVINCE:
        return Place(name or province)
    if level is Level.DISTRICT:
        own = host_level in (Level.DISTRICT, Level.COMMUNE)
        return Place(province, name or (host_place.district if own else None))
    if level is Level.COMMUNE:
        own = host_level is Level.COMMUNE
        return Place(province, host_place.district, name or (host_place.commune if own else None))
    return Place(province)


def _complete(level: Level, place: Place) -> bool:
    if level not in LEVEL_RANK:
        return False
    parts = (place.province, place.district, place.commune)[: LEVEL_RANK[level]]
    return all(parts)


def place_slug(level: Level, place: Place) -> str:
    """ "bac-giang/tan-yen": the issuer's place down to its level."""
    parts = (place.province, place.district, place.commune)[: LEVEL_RANK.get(level, 0)]
    return "/".join(slug(p) if p else "?" for p in parts)


def base_key(canonical: str, issuer: Issuer, citing_doc: str) -> str:
    """The key before any term suffix (see the module docstring)."""
    if issuer.level is Level.CENTRAL:
        return canonical
    if not issuer.qualified:
        return f"{canonical}@?{citing_doc}"
    return f"{canonical}@{place_slug(issuer.level, issuer.place)}"


def choose_key(base: str, scope: str | None, candidates: Iterable[Head]) -> tuple[str, str | None]:
    """Pick the key for a mention of `base` dated in `scope` among existing nodes of that base.

    Returns the key and, when the choice is a guess, why ("identity uncertain").
    """
    same = documents_of_base(base, candidates)
    if scope is None:
        if len(same) > 1:
            return base, undated_note(n.key for n in same)
        return base, None
    for n in same:
        if n.scope == scope:
            return n.key, None
    for n in same:
        if n.key == base:
            return (base, None) if n.scope is None else (f"{base}@{scope}", None)
    return base, None


def documents_of_base(base: str | None, candidates: Iterable[Head]) -> list[Head]:
    """The stored documents numbered `base`, one per term or year ("35-CT/TW",
    "35-CT/TW@XIII"), by key."""
    return sorted((n for n in candidates if n.base == base), key=lambda n: n.key)


def undated_note(keys: Iterable[str]) -> str:
    """Why an undated mention's document is uncertain (an `identity_uncertain` fact)."""
    return f"undated mention; the code names several documents: {', '.join(keys)}"


def subject_score(subject: str | None, others: Iterable[str]) -> float:
    """Best rapidfuzz token_set_ratio of `subject` against `others`, on folded text (0 if none)."""
    if not subject:
        return 0.0
    mine = fold(subject)
    return max((fuzz.token_set_ratio(mine, fold(o)) for o in others if o), default=0.0)


def places_compatible(a: Place, b: Place) -> bool:
    """No known component of `a` contradicts `b`."""
    pairs = ((a.province, b.province), (a.district, b.district), (a.commune, b.commune))
    return all(x is None or y is None or slug(x) == slug(y) for x, y in pairs)
