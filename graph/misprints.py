"""Documents of one code that are probably one document whose year a text misprinted.

A code whose numbering restarts each term or year names a document per term ("35-CT/TW" of 2019
and of 2024), and the graph keeps them apart by the dates the texts give (graph.build). A text
that misprints the year makes a second document of the same code out of one: an English page
reporting "Resolution No. 57 - NQ/TW, dated December 22, 2014 of the Politburo on breakthroughs
in science, technology, innovation and national digital transformation" (the resolution is of
22/12/2024) gave 57-NQ/TW a document of term XI, and every later undated "Nghị quyết số
57-NQ/TW" an uncertain edge to both. Documents of one code and issuer whose dates share the day
and month in different years and whose subjects agree are reported here (not merged: two texts
may number two documents alike on the same day of two years), with how many mentions give each
date, the better attested first, so an analyst sees which text to check or remove.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any, Protocol, runtime_checkable

from graph.identity import MERGE_SCORE, documents_of_base, subject_score
from graph.model import DATE, SUBJECT, Head
from graph.store import CodeBatchReading, GraphStore


@dataclass(frozen=True, slots=True)
class MisprintedYear:
    """Two documents of `code` that may be one: `likely` dated `likely_date` by
    `likely_mentions` mentions, `suspect` dated `suspect_date` (the same day and month, another
    year) by `suspect_mentions`; their subjects agree to `score` per cent. `likely` is the better
    attested (on a tie, the earlier key: `even` says nothing tells which). `suspect_docs`: the
    texts that date `suspect` (what to check), when the store was asked (`misprints_in`)."""

    code: str
    likely: str
    likely_date: str
    likely_mentions: int
    suspect: str
    suspect_date: str
    suspect_mentions: int
    score: float
    suspect_docs: tuple[str, ...] = ()

    @property
    def even(self) -> bool:
        return self.likely_mentions == self.suspect_mentions

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "suspect_docs": list(self.suspect_docs)}

    def names(self, key: str) -> bool:
        return key in (self.likely, self.suspect)


def _same_day_other_year(a: Mapping[str, int], b: Mapping[str, int]) -> tuple[str, str] | None:
    """The best attested pair of dates (a's, b's) on the same day and month of two years."""
    pairs = [(x, y) for x in a for y in b if x[4:] == y[4:] and x[:4] != y[:4] and len(x) == 10]
    if not pairs:
        return None
    return max(pairs, key=lambda p: (a[p[0]] + b[p[1]], p))


def _pair(code: str, a: Head, b: Head) -> MisprintedYear | None:
    dates = _same_day_other_year(a.tally.get(DATE, {}), b.tally.get(DATE, {}))
    if dates is None:
        return None
    subjects = list(b.tally.get(SUBJECT, {}))
    score = max((subject_score(s, subjects) for s in a.tally.get(SUBJECT, {})), default=0.0)
    if score < MERGE_SCORE:
        return None
    na, nb = a.tally[DATE][dates[0]], b.tally[DATE][dates[1]]
    if (nb, a.key) > (na, b.key):  # b better attested (a tie: the earlier key is likely)
        return MisprintedYear(code, b.key, dates[1], nb, a.key, dates[0], na, round(score, 1))
    return MisprintedYear(code, a.key, dates[0], na, b.key, dates[1], nb, round(score, 1))


def misprinted_years(heads: Sequence[Head]) -> list[MisprintedYear]:
    """The pairs of `heads` (documents of one code) that may be one document with a misprinted
    year: the same code and issuer, dates on the same day and month of two years, subjects
    agreeing at least as much as a variant spelling's must to be merged (`MERGE_SCORE`)."""
    found = []
    done: set[str] = set()
    for head in sorted(heads, key=lambda h: h.key):
        if not head.canonical or head.key in done:
            continue
        same = [h for h in documents_of_base(head.base, heads) if h.canonical == head.canonical]
        done.update(h.key for h in same)
        same.sort(key=lambda h: h.key)
        for i, a in enumerate(same):
            for b in same[i + 1:]:
                if (pair := _pair(head.canonical, a, b)) is not None:
                    found.append(pair)
    return found


@runtime_checkable
class _FlatCodeReading(Protocol):
    """A store that reads the nodes of many codes in one query, as one list (Neo4j's)."""

    def heads_for_codes(self, codes: Collection[str]) -> list[Head]: ...


def _heads_by_code(store: GraphStore, codes: list[str]) -> Mapping[str, Sequence[Head]]:
    """The documents of each of `codes`, in one query where the store can."""
    if isinstance(store, CodeBatchReading):
        return store.heads_by_codes(codes)
    if isinstance(store, _FlatCodeReading):
        grouped: defaultdict[str, list[Head]] = defaultdict(list)
        for head in store.heads_for_codes(codes):
            if head.canonical:
                grouped[head.canonical].append(head)
        return grouped
    return {c: store.heads_by_code(c) for c in codes}


def misprints_in(store: GraphStore, codes: Iterable[str] | None = None) -> list[MisprintedYear]:
    """`misprinted_years` over the documents of each of `codes` (all the store's codes when
    None), by code then key, each with the texts that date its suspect."""
    wanted = sorted(set(store.codes() if codes is None else codes))
    by_code = _heads_by_code(store, wanted)
    found = [
        m
        for c in wanted
        if len(heads := [h for h in by_code.get(c, ()) if h.canonical == c]) > 1
        for m in misprinted_years(heads)
    ]
    found = [replace(m, suspect_docs=tuple(sorted(store.citing_documents(m.suspect, DATE))))
             for m in found]  # fmt: skip
    return sorted(found, key=lambda m: (m.code, m.likely, m.suspect))
