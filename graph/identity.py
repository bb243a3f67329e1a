"""Decide which graph node a mention or a host document is: the node key (DOMAIN §10.5).

A node's key is its one address: every output gives it and every input takes it, and it names
that document for good, however many documents with the same code arrive later. Keys, in the
practical version this project uses:

* a code that names one document in every scope (a State code with its year,
  ``30/2020/NĐ-CP``): the canonical code;
* a code whose numbering restarts (a Party code each term, a State code without a year each
  year, DOMAIN §0.2-3), dated: its base and the scope its date falls in, ``62-KL/TW@X``,
  ``35-CT/TW@XIII``, ``16/CT-TTg@2021``, ``115-KL/TU@bac-giang@2015-2020``; the plain base,
  ``35-CT/TW``, is never a dated document's key, so a key is never also "the code typed",
  which may name several (`graph.lineage.resolve`);
* such a code only ever mentioned without a date (no dated document of it is stored): its
  base, ``16/CT-TTg``, a node that stands for "the document with this code"; once a dated one
  arrives, what was said of it moves there (`graph.undated`), and its old key, typed, names
  that document as the code does;
* local code whose issuer place is known down to the level its body names: the base
  ``115-KL/TU@bac-giang``, ``09-ĐA/HU@bac-giang/tan-yen``, ``12-NQ/ĐU@a/b/c`` (then the scope);
* local code whose issuer place is not fully known: ``36-NQ/HU@?<citing document id>`` with
  ``qualified=False`` (never merged silently; possible matches are reported); only the text
  it names can give this base documents, so its first one keeps it and another term's gets
  the scope (``36-NQ/HU@?<id>@2020-2025``);
* a host document without a code: ``doc:<document id>``.

Placing a mention (issue 12 item 6), in the order `graph.build` applies it:

1. Place: the body the mention names ("Ban Thường vụ Huyện ủy Hải Hậu") gives the level and
   may give the place; else the code's issuer gives the level and the citing text's own place
   fills it in down to that level (a local text shares its province with what it cites).
   A district named without its province takes the one province the gazetteer gives a
   district of that name, the citing text's own district likewise ("ĐẢNG BỘ HUYỆN HẢI HẬU":
   Nam Định; `_with_province`); a district named in a text of a province merged in 2025 takes
   the old province that held it (Hải Hậu in a text of Ninh Bình: Nam Định). A name several
   provinces had (Châu Thành) leaves the place unknown: the key names the citing text.
2. Scope: a date in the mention gives its term or year (`ingest.terms.scope_of`); a mention
   of several documents of one code in one text is split by their dates. Without a date, a
   central Party code's named term ("… của Bộ Chính trị khóa XII") is its scope
   (`ingest.terms.named_central_term`); a local committee's "khóa" is not.
3. Neither: the stored dated documents of the code (`undated_targets`), less those whose scope
   starts after the citing text's date; none stored: the code alone; several: an edge to
   each, uncertain (their candidates); every one starts after the citing text: none of them
   (a node of the citing text's own, `graph.undated.target_keys`), since a text cannot carry
   out a document issued after it. Which these are depends on every document stored, not on
   the order they came in; `graph.undated` places again what earlier texts said when a dated
   document of the code arrives (or the last text dating one goes).

Known limits: the comparison with the citing text's date is by scope, not by day (a plan of
April 2021 naming "Chỉ thị số 05-CT/TW" undated may still go to the Secretariat's directive of
June 2021, in the same term); a text with no date of its own names every stored document of
the code, however late; an undated mention in a text that dates the code elsewhere is that
dated document (a 2024 page titled "Chỉ thị số 35-CT/TW … lần thứ XIV" that dates only the
2019 directive).

Pure functions only; the store lookups that feed them live in `graph.build`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz

from graph.model import Head
from ingest.bodies import body_level
from ingest.codes import LEVEL_RANK, DocumentCode, Level
from ingest.gazetteer import district_province
from ingest.models import Place
from ingest.terms import scope_start
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
    place = _fill_place(level, name, host_level, _with_province(host_place))
    return Issuer(level, place, _complete(level, place))


def host_issuer(code: DocumentCode, level: Level, place: Place) -> Issuer:
    """Place the issuer of a host document's own code: the host's own level and place."""
    if code.is_central:
        return Issuer(Level.CENTRAL, Place(), True)
    if level is Level.UNKNOWN:
        level = code.issuer_level
    place = _with_province(place.down_to(level))
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
        return _with_province(Place(province, name or (host_place.district if own else None)))
    if level is Level.COMMUNE:
        own = host_level is Level.COMMUNE
        commune = name or (host_place.commune if own else None)
        return _with_province(Place(province, host_place.district, commune))
    return Place(province)


def _with_province(place: Place) -> Place:
    """`place` with the province of its district as it was before 2025 (a district's plan
    names the province it lay in then): the one the gazetteer knows for a district named
    without one ("ĐẢNG BỘ HUYỆN HẢI HẬU": Nam Định), or the old province of a district named
    in a text of a merged 2025 province (Hải Hậu in a text of Ninh Bình: Nam Định);
    `ingest.gazetteer.district_province`."""
    if place.district is None:
        return place
    province = district_province(place.district, place.province)
    if province == place.province:
        return place
    return Place(province, place.district, place.commune)


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


def shared(base: str) -> bool:
    """Whether texts other than one can name documents of `base`: every base but an
    unplaced local code's, which names the text citing it (`base_key`)."""
    return "@?" not in base


def scoped_key(base: str, scope: str | None) -> str:
    """The key of the document of `base` dated in `scope` (see the module docstring):
    "35-CT/TW@XIII"; `base` itself when the scope is not known or the code has none.

    >>> scoped_key("35-CT/TW", "XIII"), scoped_key("30/2020/NĐ-CP", None)
    ('35-CT/TW@XIII', '30/2020/NĐ-CP')
    """
    return f"{base}@{scope}" if scope else base


def undated_key(base: str, doc: str) -> str:
    """The key of a host document of `base` without a date where several dated documents of
    its code are stored: of its own text, as an unplaced local code's ("35-CT/TW@?doc-1f…")."""
    return f"{base}@?{doc}"


def versions_of_one_code(key: str, other: str, *, on_disk: bool) -> bool:
    """Whether two host keys of one code stored from one source name one document where the
    key of one of them names its text (an unplaced local code's, `base_key`; an undated one's,
    `undated_key`): both so keyed, from any source; one so keyed and the other placed or dated
    (an edit gave the plan its header, its place or its date, or took them away), only from a
    file on disk (`on_disk`), since two uploads under one name may be two districts' plans.

    >>> versions_of_one_code("169-KH/HU@?doc-1", "169-KH/HU@?doc-2", on_disk=False)
    True
    >>> versions_of_one_code("169-KH/HU@?doc-1", "169-KH/HU@bac-giang/tan-yen", on_disk=True)
    True
    >>> versions_of_one_code("169-KH/HU@?doc-1", "169-KH/HU@bac-giang/tan-yen", on_disk=False)
    False
    >>> versions_of_one_code("169-KH/HU@?doc-1", "170-KH/HU@bac-giang/tan-yen", on_disk=True)
    False
    """
    mine, theirs = "@?" in key, "@?" in other
    if not (mine or theirs) or key.partition("@")[0] != other.partition("@")[0]:
        return False
    return (mine and theirs) or on_disk


def documents_of_base(base: str | None, candidates: Iterable[Head]) -> list[Head]:
    """The stored documents numbered `base`, one per term or year ("35-CT/TW@XII",
    "35-CT/TW@XIII"), and a node of the base with no known scope ("35-CT/TW"), by key."""
    return sorted((n for n in candidates if n.base == base), key=lambda n: n.key)


def dated_scopes(base: str, candidates: Iterable[Head]) -> tuple[str, ...]:
    """The scopes of the stored dated documents of `base` (those keyed `scoped_key(base,
    scope)`), sorted."""
    return tuple(
        sorted(
            {n.scope for n in candidates
             if n.base == base and n.scope and n.key == scoped_key(base, n.scope)}
        )
    )  # fmt: skip


def undated_targets(base: str, day: date | None, scopes: Iterable[str]) -> tuple[str, ...]:
    """The keys an undated mention of `base` in a text dated `day` names, given the scopes of
    the dated documents of `base` (`dated_scopes`): each of them, less those whose scope
    starts after `day` (a 2021 plan's "Chỉ thị số 16/CT-TTg" is not the Prime Minister's
    16/CT-TTg of 2026); `base` itself when there are none; () when every one starts after
    `day` (a 2019 page's "Chỉ thị số 35-CT/TW" is none of the directives of 2024: a text
    cannot carry out one issued after it, so the mention is placed on none of them,
    `graph.undated.target_keys`). A function of the scopes, not of the order their documents
    came in.

    >>> undated_targets("16/CT-TTg", date(2021, 7, 1), ["2020", "2026"])
    ('16/CT-TTg@2020',)
    >>> undated_targets("35-CT/TW", None, ["XII", "XIII"])
    ('35-CT/TW@XII', '35-CT/TW@XIII')
    >>> undated_targets("35-CT/TW", None, [])
    ('35-CT/TW',)
    >>> undated_targets("35-CT/TW", date(2019, 9, 30), ["XIII"])
    ()
    """
    found = sorted(set(scopes))
    if not found:
        return (base,)
    if day is not None:
        found = [s for s in found if not _starts_after(s, day)]
    return tuple(scoped_key(base, s) for s in found)


def _starts_after(scope: str, day: date) -> bool:
    start = scope_start(scope)
    return start is not None and start > day


_UNDATED_NOTE = "undated mention; the code names several documents: "


def undated_note(keys: Iterable[str]) -> str:
    """Why an undated mention's document is uncertain (an `identity_uncertain` fact)."""
    return _UNDATED_NOTE + ", ".join(keys)


def noted_keys(note: str) -> tuple[str, ...] | None:
    """The keys an `undated_note` names (None: another note).

    >>> noted_keys(undated_note(["35-CT/TW@XII", "35-CT/TW@XIII"]))
    ('35-CT/TW@XII', '35-CT/TW@XIII')
    """
    if not note.startswith(_UNDATED_NOTE):
        return None
    return tuple(note[len(_UNDATED_NOTE) :].split(", "))


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
