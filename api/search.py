"""Find documents by what a user types: codes ("62 KL TW"), type word and number ("ket luan
62"), or words of a title, subject or issuing body without diacritics ("doi moi noi dung").

Pure functions over `graph.model.Node` values; the service keeps one `SearchIndex` per store
version. Scores: 100 an exact code, 98 number and type word, 95 a law's title (the laws of
that title, newest first), 92 a document of the issuing body the query names, even misspelt
("Tỉnh ủy Bắc Gian", "UBND tinh Kien Giang"), 91 a document of the place the query names
("Đức Phố", "tinh Quang Ngai": the gazetteer's units of either era) and 90.7 / 90.4 those of
the units one / two levels below it, at most 90 fuzzy text (rapidfuzz on folded text), 70 a
bare number.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Protocol, cast

from rapidfuzz import fuzz, process

from graph.errors import DocumentNotFound
from graph.model import ISSUER as ISSUER_FIELD
from graph.model import Head, Node
from graph.reports._common import level_rank, place_key
from graph.store import (
    Candidate,
    FoldedSearchingStore,
    GraphStore,
    PlacedSearchingStore,
    SearchingStore,
    Unit,
    search_texts,
)
from graph.store import fold as fold  # re-exported: api.present folds names too
from ingest.codes import PARTY_TYPES, STATE_TYPES, kind_code_of
from ingest.find import find_codes
from ingest.gazetteer import fold_name, gazetteer
from ingest.laws import laws_titled
from ingest.normalize import UnparseableCode, normalize_code
from ingest.text import normalize_text

EXACT_CODE = 100.0
NUMBER_AND_KIND = 98.0
LAW_NAME = 95.0  # a law's title ("Luật Đất đai"): its laws, newest first, 0.1 apart
TEXT_WEIGHT = 0.9  # fuzzy text scores at most 90, below any code match
BARE_NUMBER = 70.0
MIN_SCORE = 60.0
# A query naming an issuing body: the documents of the body it most likely names score ISSUER,
# those of a body named almost as well (within ISSUER_MARGIN) a little less; a body is named
# when its name (or its tail: "Tỉnh ủy Bắc Giang" in "Ban Thường vụ Tỉnh ủy Bắc Giang") is at
# least ISSUER_MIN alike (rapidfuzz ratio on folded text, abbreviations spelt out).
ISSUER = 92.0
ISSUER_MIN = 88.0
ISSUER_MARGIN = 3.0
# Words that make a query the name of a body ("Tỉnh ủy …", "UBND …", "Bộ …"), folded.
_BODY_WORDS = frozenset({
    "uy", "ubnd", "hdnd", "bo", "ban", "so", "chinh phu", "thu tuong", "hoi dong", "uy ban",
    "mat tran", "mttq", "doan", "quoc hoi", "van phong", "btv", "bch", "dang bo",
})  # fmt: skip
# Abbreviations of bodies, spelt out on both sides before names are compared.
_BODY_ABBREVIATIONS = {
    "ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan", "btv": "ban thuong vu",
    "bch": "ban chap hanh", "tp": "thanh pho", "mttq": "mat tran to quoc",
}  # fmt: skip
# A query naming a place ("Đức Phố", "huyện Đức Phố", "tinh Quang Ngai"): the documents placed
# there (the node's own province, district or commune) score PLACE, those of the units below it
# PLACE_STEP less a level (a province's districts', then its communes'), all above any text
# match: an analyst typing a place wants what was issued there before what mentions it.
PLACE = 91.0
PLACE_STEP = 0.3
# A level word in front of a place name (folded) → the ranks it may name (1 province, 2
# district, 3 commune); "thành phố" is a province (Huế), a district (Quảng Ngãi, before
# 2025) or, from 2025, no level below the province.
_PLACE_WORDS = {
    "tinh": (1,), "thanh pho": (1, 2), "tp": (1, 2), "huyen": (2,), "quan": (2,),
    "thi xa": (2,), "xa": (3,), "phuong": (3,), "thi tran": (3,), "dac khu": (3,),
}  # fmt: skip
# A document number as typed: "62", "30c".
_NUMBER = re.compile(r"^\d{1,5}[a-z]?$")


def _kind_words() -> dict[str, frozenset[str]]:
    """Folded type word ("ket luan") or code ("kl") → folded kind codes it names."""
    words: dict[str, set[str]] = {}
    for table in (PARTY_TYPES, STATE_TYPES):
        for code, word in table.items():
            words.setdefault(fold(word), set()).add(fold(code))
            words.setdefault(fold(code), set()).add(fold(code))
    return {w: frozenset(c) for w, c in words.items()}


KIND_WORDS = _kind_words()
# A type word typed without its spaces ("kehoach 22", "nghiquyet 57") → the word with them.
_JOINED_KIND_WORDS = {w.replace(" ", ""): w for w in KIND_WORDS if " " in w}
# A kind code and a number typed as one word: "NQ57", "KH22" (and "57NQ"); folded.
_KIND_THEN_NUMBER = re.compile(r"^([a-z]{2,6})(\d{1,5})$")
_NUMBER_THEN_KIND = re.compile(r"^(\d{1,5})([a-z]{2,6})$")
# Words a user types before a code's number: the type word (any of KIND_WORDS) and "số".
_NUMBER_WORDS = frozenset({"so"})
_KIND_CODES = frozenset(c for codes in KIND_WORDS.values() for c in codes)  # "nq", "kh"


def respelled(text: str) -> str:
    """`text` folded, with what a user runs together spaced out as a code's parts are: a kind
    code and its number ("NQ57" → "nq 57", "57NQ" → "57 nq") and a type word typed as one
    word ("kehoach 22" → "ke hoach 22"). Only a kind code's letters are split from a number
    ("QH14", "30c" stay as typed).

    >>> respelled("NQ57")
    'nq 57'
    >>> respelled("kehoach 22 KH TU")
    'ke hoach 22 kh tu'
    """
    out = []
    for word in fold(text).split():
        joined = _JOINED_KIND_WORDS.get(word)
        m = _KIND_THEN_NUMBER.match(word) or _NUMBER_THEN_KIND.match(word)
        if joined is not None:
            out.append(joined)
        elif m is not None and (m.group(1) in KIND_WORDS or m.group(2) in KIND_WORDS):
            out.extend(m.groups())
        else:
            out.append(word)
    return " ".join(out)


def typed_code(words: list[str]) -> str | None:
    """The code a query types as its parts without their marks, after the type word or "số"
    it may open with ("ke hoach 22 KH TU", "NQ 57 TW", "nghị quyết số 57 NQ TW": 22-KH/TU,
    57-NQ/TW), its kind code before or after the number; None when what is left is not a
    code with its issuer (`words`: `respelled`'s, split).

    >>> typed_code("ke hoach 22 kh tu".split())
    '22-KH/TU'
    >>> typed_code("nq 57".split()) is None  # no issuer: the number and kind (98) find it
    True
    """
    rest = list(words)
    while rest:
        for size in (3, 2, 1):
            head = " ".join(rest[:size])
            # a type word ("ke hoach"), not a kind code before its number ("KH 22 TU")
            if len(rest) > size and (head in _NUMBER_WORDS or (
                    head in KIND_WORDS and head not in _KIND_CODES)):  # fmt: skip
                rest = rest[size:]
                break
        else:
            break
    if len(rest) >= 2 and rest[0] in _KIND_CODES and _NUMBER.match(rest[1]):
        rest = [rest[1], rest[0], *rest[2:]]  # "NQ 57 TW": the kind before the number
    if not 3 <= len(rest) <= 6 or not _NUMBER.match(rest[0]):
        return None
    try:
        return normalize_code(" ".join(rest))
    except UnparseableCode:
        return None
    try:
        return normalize_code(" ".join(rest))
    except UnparseableCode:
        return None


def kind_code(node: Node | Head) -> str:
    """The short kind code of a node ("KL"), also for host documents that only give the type
    word ("Kế hoạch" → "KH"); "" when unknown."""
    return kind_code_of(node.kind)


@dataclass(frozen=True, slots=True)
class Entry:
    """One node as search sees it."""

    key: str
    codes: frozenset[str]
    number: str
    kind: str  # folded kind code, "kl"
    texts: tuple[str, ...]  # folded code, title, subjects, issuing bodies
    weight: int  # documents that mention the node (ties: the more cited first)
    # The bodies most sayings name as its issuer, folded, abbreviations spelt out
    # (`issuers_of`); empty when not known (a store's text index gives texts only)
    issuers: tuple[str, ...] = ()
    # Its place as search compares it (`place_of_entry`): the folded names from the province
    # down to its own level; empty for a central node (or a store's text index's candidate)
    place: tuple[str | None, ...] = ()

    @classmethod
    def of(cls, node: Node | Head, weight: int | None = None) -> Entry:
        """`weight`: the documents speaking of the node (a Node counts its own sources)."""
        texts = search_texts(node)
        if weight is None:
            weight = len(node.sources) if isinstance(node, Node) else 0
        return cls(
            key=node.key,
            codes=frozenset(node.codes) | {node.key},
            number=(node.number or "").lower(),
            kind=fold(kind_code(node)),
            texts=texts,
            weight=weight,
            issuers=issuers_of(node),
            place=place_of_entry(node),
        )


def place_of_entry(node: Node | Head) -> tuple[str | None, ...]:
    """The folded names (`place_key`) of `node`'s province, district and commune, down to its
    level ("Thị ủy Đức Phố"'s plan: (None, "ducpho")); () for a central or unknown level."""
    rank = level_rank(node.level) or 0
    p = node.place
    return tuple(place_key(n) for n in (p.province, p.district, p.commune)[:rank])


@dataclass(frozen=True, slots=True)
class NamedPlace:
    """The place a query names: its folded name (`place_key`) and the levels (ranks: 1
    province, 2 district, 3 commune) a unit of that name is known at."""

    key: str
    ranks: tuple[int, ...]

    def score(self, place: tuple[str | None, ...]) -> float | None:
        """PLACE for a node placed at a unit of this name, less PLACE_STEP a level for one
        placed below it ("Quảng Ngãi": the province's own documents, then its districts',
        then its communes'); None for a node placed elsewhere."""
        top = min(self.ranks)
        for rank in self.ranks:
            if rank <= len(place) and place[rank - 1] == self.key:
                return PLACE - PLACE_STEP * (len(place) - top)
        return None


@functools.lru_cache(maxsize=256)
def named_place(text: str) -> NamedPlace | None:
    """The place `text` names, as the gazetteer knows it (units before and after the 2025
    reorganisation), with or without marks and a level word: "Đức Phố", "Duc Pho", "huyện
    Đức Phố", "tỉnh Quảng Ngãi"; None when it is not a place's name (and nothing else).

    A bare name names a province or district of that name (and then also a commune of that
    name: Đức Phố became a ward); a commune's name only after its level word ("xã Đoàn
    Kết"), as many communes are named by words a query may mean ("Đoàn Kết", "Quyết Thắng").

    >>> named_place("huyện Đức Phố")
    NamedPlace(key='ducpho', ranks=(2,))
    >>> named_place("Quang Ngai")
    NamedPlace(key='quangngai', ranks=(1, 2, 3))
    >>> named_place("doan ket") is None
    True
    """
    words = fold(text).split()
    # bare, and after a level word: "Tịnh Biên" is a district, not "tỉnh Biên"
    readings: list[tuple[tuple[int, ...], list[str]]] = [((1, 2, 3), words)]
    for size in (2, 1):
        if len(words) > size and " ".join(words[:size]) in _PLACE_WORDS:
            readings.insert(0, (_PLACE_WORDS[" ".join(words[:size])], words[size:]))
            break
    units = gazetteer()
    tables = {1: units.provinces, 2: units.districts, 3: units.communes}
    for allowed, rest in readings:
        name = " ".join(rest)
        if not name or name.isdigit():
            continue
        keys = [k for k in (fold_name(name), place_key(name)) if k]
        spellings = {r: s for r in allowed for k in keys if (s := tables[r].get(k))}
        if spellings and not (len(allowed) == 3 and min(spellings) == 3):
            # the dataset's spelling ("TP.HCM" is "Hồ Chí Minh"), compared as the reports
            # compare places: `place_key` on both sides
            spelling = spellings[min(spellings)][0]
            return NamedPlace(place_key(spelling) or "", tuple(sorted(spellings)))
    return None


def body_name(text: str) -> str:
    """A body's name as search compares it: folded, abbreviations spelt out ("UBND tỉnh Kiên
    Giang" → "uy ban nhan dan tinh kien giang")."""
    return " ".join(_BODY_ABBREVIATIONS.get(w, w) for w in fold(text).split())


def issuers_of(node: Node | Head) -> tuple[str, ...]:
    """The bodies that issued `node` as most of what is said of it names them (`body_name`):
    those said at least half as often as the most said. One citer's misreading does not make
    57-NQ/TW a document of "Đảng ủy xã Nghĩa Tá" (its 52 other sayings name the Politburo)."""
    counts: dict[str, int] = {}
    for name, n in node._counts(ISSUER_FIELD).items():
        folded = body_name(name)
        if folded:
            counts[folded] = counts.get(folded, 0) + n
    top = max(counts.values(), default=0)
    return tuple(sorted(name for name, n in counts.items() if 2 * n >= top))


def names_alike(query: str, name: str) -> float:
    """How alike a typed body name and a body's name are (both `body_name`): rapidfuzz ratio
    with the name or a tail of its words, so "tinh uy bac giang" names "ban thuong vu tinh uy
    bac giang" as well as "tinh uy bac giang"."""
    words = name.split()
    return max(fuzz.ratio(query, " ".join(words[i:])) for i in range(len(words)))


@functools.lru_cache(maxsize=1024)
def _folded_kind(kind: str | None) -> str:
    return fold(kind_code_of(kind))


def entry_of(c: Candidate) -> Entry:
    """The Entry of a candidate a store's index gives with its folded texts (the same as
    `Entry.of` its node)."""
    return Entry(
        key=c.key,
        codes=frozenset(c.codes) | {c.key},
        number=(c.number or "").lower(),
        kind=_folded_kind(c.kind),
        texts=c.texts,
        weight=c.weight,
    )


class Searcher(Protocol):
    """What the search route asks: the best `limit` hits for `text`."""

    def search(self, text: str, *, limit: int = 20) -> list[Hit]: ...


@dataclass(frozen=True, slots=True)
class Hit:
    key: str
    score: float
    match: str  # "code", "number", "name", "issuer", "place", "text"


def searcher_of(store: GraphStore) -> Searcher:
    """The search of `store` for one command: its own text index (SQLite, Neo4j), else an index
    of every node (the embedded store)."""
    if isinstance(store, SearchingStore):
        return CandidateSearch(store)
    return SearchIndex(store.iter_nodes())


def typed_codes(searcher: Searcher, text: str, *, limit: int = 5) -> list[str]:
    """The documents `text` names by a code typed as words ("nghi quyet 57", "NQ 57", "kết luận
    số 62"): the keys of the hits on a code or on a number and type word, best first; none
    for words that name no code. What a command that wants one document offers when `text`
    is not a code it can read (`graph.lineage.resolve` reads codes only)."""
    return [h.key for h in searcher.search(text, limit=limit) if h.score >= NUMBER_AND_KIND]


def with_typed_codes(exc: DocumentNotFound, searcher: Searcher) -> DocumentNotFound:
    """`exc` naming the documents its text names as words (`typed_codes`) when it has no close
    matches of its own; else `exc` as it is."""
    if exc.matches:
        return exc
    named = typed_codes(searcher, exc.text)
    return DocumentNotFound(exc.text, named) if named else exc


@dataclass(frozen=True, slots=True)
class Query:
    """What a query says once read: a code, numbers and kinds, and its folded text."""

    folded: str
    code: str | None
    numbers: frozenset[str]
    kinds: frozenset[str]

    @classmethod
    def read(cls, text: str) -> Query:
        folded = respelled(text)  # "NQ57" → "nq 57"
        tokens = folded.split()
        try:
            code: str | None = normalize_code(text) if text.strip() else None
        except UnparseableCode:
            code = code_within(text) or typed_code(tokens)
        else:
            # a code and the place it is of: "22-KH/TU Cần Thơ" read as "22-KH/TU-CẦN-THƠ"
            within = code_within(text) if code and " " in text.strip() else None
            if within is not None and code is not None and code.startswith(f"{within}-"):
                code = within
        kinds: set[str] = set()
        for size in (3, 2, 1):  # longest type word first: "nghi quyet lien tich"
            for i in range(len(tokens) - size + 1):
                kinds |= KIND_WORDS.get(" ".join(tokens[i : i + size]), frozenset())
        numbers = frozenset(t.lstrip("0") or "0" for t in tokens if _NUMBER.match(t))
        return cls(folded, code, numbers, frozenset(kinds))


def code_within(text: str) -> str | None:
    """The one code a query holds among other words, as a paper writes it and a user pastes
    it ("Kế hoạch số 22-KH/TU" → "22-KH/TU"; `ingest.find`), None for none or several."""
    found = find_codes(normalize_text(text)) if any(c.isdigit() for c in text) else []
    return found[0].code.canonical if len(found) == 1 else None


def _number(value: str) -> str:
    return value.lstrip("0") or "0"


class SearchIndex:
    """Every node's searchable text, folded once.

    Parameters
    ----------
    nodes : iterable of Node
    """

    def __init__(self, nodes: Iterable[Node] = (), *, entries: Iterable[Entry] = ()) -> None:
        self.entries = [Entry.of(n) for n in nodes] + list(entries)
        self._choices: list[str] = []
        self._owner: list[int] = []
        self._issued: dict[str, list[int]] = {}  # body_name -> the entries it issued
        for i, e in enumerate(self.entries):
            for t in e.texts:
                self._choices.append(t)
                self._owner.append(i)
            for name in e.issuers:
                self._issued.setdefault(name, []).append(i)

    def search(self, text: str, *, limit: int = 20) -> list[Hit]:
        """Return the best `limit` nodes for `text`, best first.

        Ties go to the node more documents mention, then to the key.

        Examples
        --------
        >>> from graph.model import Node
        >>> index = SearchIndex([Node("62-KL/TW", "62-KL/TW", number="62", kind="KL")])
        >>> [h.key for h in index.search("ket luan 62")]
        ['62-KL/TW']
        """
        query = Query.read(text)
        if not query.folded and query.code is None:
            return []
        best: dict[int, tuple[float, str]] = {}

        def offer(i: int, score: float, why: str) -> None:
            if score >= MIN_SCORE and score > best.get(i, (0.0, ""))[0]:
                best[i] = (score, why)

        self._offer_issuers(text, offer)
        place = named_place(text)
        named = {code: n for n, code in enumerate(laws_titled(text))}
        for i, e in enumerate(self.entries):
            if place is not None and e.place:
                score = place.score(e.place)
                if score is not None:
                    offer(i, score, "place")
            for code in e.codes & named.keys():
                offer(i, LAW_NAME - named[code] / 10, "name")
            if query.code is not None and query.code in e.codes or text.strip() in e.codes:
                offer(i, EXACT_CODE, "code")
            elif e.number and _number(e.number) in query.numbers:
                if query.kinds and e.kind in query.kinds:
                    offer(i, NUMBER_AND_KIND, "number")
                elif not query.kinds:
                    offer(i, BARE_NUMBER, "number")
        if query.folded:
            wanted = max(limit * 8, 50)
            scorers = [fuzz.token_set_ratio]
            if len(query.folded) >= 4:
                scorers.append(fuzz.partial_ratio)
            for scorer in scorers:
                found = process.extract(
                    query.folded,
                    self._choices,
                    scorer=scorer,
                    limit=wanted,
                    score_cutoff=MIN_SCORE / TEXT_WEIGHT,
                )
                for _, score, j in found:
                    offer(self._owner[j], float(score) * TEXT_WEIGHT, "text")
        ranked = sorted(
            best.items(),
            key=lambda kv: (-kv[1][0], -self.entries[kv[0]].weight, self.entries[kv[0]].key),
        )
        return [Hit(self.entries[i].key, round(s, 1), why) for i, (s, why) in ranked[:limit]]

    def _offer_issuers(self, text: str, offer: Callable[[int, float, str], None]) -> None:
        """Offer the documents of the body a query names, by what the user most likely meant:
        a user trial's "Tỉnh ủy Bắc Gian" ranked 57-NQ/TW (a text match) above every
        document of Tỉnh ủy Bắc Giang."""
        typed = body_name(text)
        if not names_body(typed):
            return
        alike = {name: names_alike(typed, name) for name in self._issued}
        best = max(alike.values(), default=0.0)
        if best < ISSUER_MIN:
            return
        for name, score in alike.items():
            if score >= best - ISSUER_MARGIN:
                for i in self._issued[name]:
                    offer(i, ISSUER - (best - score), "issuer")


def names_body(typed: str) -> bool:
    """Whether a query (`body_name`) reads as the name of a body: it holds a body's word."""
    words = typed.split()
    pairs = {" ".join(words[i : i + 2]) for i in range(len(words) - 1)}
    return bool(_BODY_WORDS & ({*words} | pairs | {_BODY_ABBREVIATIONS.get(w, w) for w in words}))


# Candidates a store's own text index gives one search (`graph.store.SearchingStore`).
CANDIDATES = 400


class CandidateSearch:
    """Search over a store that indexes its own text (Neo4j): the store's full-text index
    gives a few hundred candidates, and for a query naming a place its place index those
    placed there and below (`graph.store.PlacedSearchingStore`), ranked here as
    `SearchIndex` ranks every node; nothing reads the whole graph."""

    def __init__(self, store: SearchingStore) -> None:
        self.store = store

    def search(self, text: str, *, limit: int = 20) -> list[Hit]:
        if not fold(text):
            return []
        wanted = max(CANDIDATES, limit * 8)
        place = named_place(text)
        query = Query.read(text)
        asked = query.folded  # "NQ57" asked as "nq 57"
        if isinstance(self.store, FoldedSearchingStore):  # folded on write (Neo4j)
            entries = [entry_of(c) for c in self.store.search_folded(asked, limit=wanted)]
            body = names_body(body_name(text))
            if body or place is not None:
                # who issued each and where: read only when the query names a body or place
                heads: dict[str, Head] = self.store.heads_by_key([e.key for e in entries])
                entries = [
                    replace(
                        e,
                        issuers=issuers_of(heads[e.key]) if body else (),
                        place=place_of_entry(heads[e.key]),
                    )
                    if e.key in heads
                    else e
                    for e in entries
                ]
        else:
            found = self.store.search_candidates(asked, limit=wanted)
            entries = [Entry.of(head, weight) for head, weight in found]
        entries += self._numbered(query, {e.key for e in entries}, wanted)
        if place is not None and isinstance(self.store, PlacedSearchingStore):
            entries = self._with_placed(entries, place, wanted)
        # a law the text index cannot know by its title (its nodes hold no title words), and
        # the code a query holds among other words: the index ranks every node holding "kế
        # hoạch" and "22" alike, and "Kế hoạch số 22-KH/TU" may not be among the first
        held = {e.key for e in entries}
        pasted = code_within(text) or query.code  # (or typed as its parts: "ke hoach 22 KH TU")
        for code in [*laws_titled(text), *([pasted] if pasted else [])]:
            found_heads = [h for h in self.store.heads_by_code(code) if h.key not in held]
            entries += [Entry.of(h) for h in found_heads]
            held |= {h.key for h in found_heads}
        return SearchIndex(entries=entries).search(text, limit=limit)

    def _numbered(self, query: Query, held: set[str], wanted: int) -> list[Entry]:
        """The nodes of the number and kind a query types ("ke hoach 22", "NQ57"), asked of
        the index by their code's words ("22 kh"), those not `held` already: the words of a
        type ("kế hoạch") stand in the titles of thousands of nodes, and a plan's own title
        seldom holds them, so the plan 22-KH/TU was not among the candidates of "ke hoach
        22"."""
        if query.code is not None or not query.numbers or not query.kinds:
            return []
        out: list[Entry] = []
        for number in sorted(query.numbers):
            for kind in sorted(query.kinds):
                words = f"{number} {kind}"
                if isinstance(self.store, FoldedSearchingStore):
                    found = [entry_of(c) for c in self.store.search_folded(words, limit=wanted)]
                else:
                    pairs = self.store.search_candidates(words, limit=wanted)
                    found = [Entry.of(h, w) for h, w in pairs]
                for e in found:
                    if e.key not in held and _number(e.number) == number and e.kind == kind:
                        held.add(e.key)
                        out.append(e)
        return out

    def _with_placed(self, entries: list[Entry], place: NamedPlace, wanted: int) -> list[Entry]:
        """`entries` and the nodes placed at `place` and below it (`NamedPlace.score`), best
        placed first, the most spoken of first within a level, `wanted` at most: the text
        index gives only the nodes whose text names the place (a commune's plan saying "UBND
        xã Tịnh Trà" is none for "Quảng Ngãi"), the in-memory index ranks them all."""
        store = cast(PlacedSearchingStore, self.store)
        groups: dict[float, list[Unit]] = {}
        for unit in store.local_places():
            lv, *names = unit
            score = place.score(tuple(place_key(n) for n in names[: level_rank(lv) or 0]))
            if score is not None:
                groups.setdefault(score, []).append(unit)
        placed: dict[str, Entry] = {}
        for score in sorted(groups, reverse=True):
            if len(placed) >= wanted:
                break
            for head, weight in store.heads_placed(groups[score], limit=wanted - len(placed)):
                placed[head.key] = Entry.of(head, weight)
        return [*placed.values(), *(e for e in entries if e.key not in placed)]
