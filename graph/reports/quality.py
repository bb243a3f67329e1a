"""Data quality: what an analyst should check or acquire next. Conflicting dates and terms
for one document, type words that contradict the code, local codes with no known place,
possible duplicates, stubs (cited, not ingested) ranked by how often they are cited, and
documents that still carry out or rest on one that was replaced or repealed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graph.lineage import ended_by
from graph.misprints import MisprintedYear, misprints_in
from graph.model import SHORT_FORM as SHORT_FORM_FIELD
from graph.model import Conflict, Edge
from graph.reports._common import code_of, place_label
from graph.reports._scan import reporting
from graph.store import (
    CONFLICT,
    DUPLICATE,
    MISMATCH,
    SHORT_FORM,
    STUB,
    UNCERTAIN,
    UNQUALIFIED,
    GraphStore,
    ReportRow,
    type_words,
)
from ingest.relations import RelationType

# Edges by which a document relies on another: it carries it out, reviews it, rests on it.
_RELIES = frozenset({
    RelationType.IMPLEMENTS, RelationType.REVIEWS, RelationType.BASED_ON, RelationType.GUIDES,
})  # fmt: skip
# Flags whose nodes are listed with their citers and date (and possible duplicates' heads).
_LISTED = frozenset({MISMATCH, UNQUALIFIED, UNCERTAIN, STUB, DUPLICATE})


@dataclass(frozen=True, slots=True)
class DocumentIssue:
    """A document worth a look: its code, level, place, how many documents cite it, and
    what is wrong (`detail`: the spellings or readings seen, the reason, …). `uncertain`: how
    many of those citers only may mean it (an undated mention of a code several documents
    have, counted for each: `GraphStore.uncertain_citers`, as `report top` says)."""

    key: str
    code: str
    level: str
    place: str
    cited_by: int
    detail: tuple[str, ...] = ()
    date: str | None = None
    uncertain: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "code": self.code,
            "level": self.level,
            "place": self.place,
            "cited_by": self.cited_by,
            "uncertain": self.uncertain,
            "detail": list(self.detail),
            "date": self.date,
        }


@dataclass(frozen=True, slots=True)
class Quality:
    """The result of `quality`; each list is sorted, most important first."""

    conflicts: tuple[Conflict, ...]
    type_mismatches: tuple[DocumentIssue, ...]
    unqualified: tuple[DocumentIssue, ...]
    uncertain: tuple[DocumentIssue, ...]
    possible_duplicates: tuple[dict[str, Any], ...]
    stubs: tuple[DocumentIssue, ...]
    short_forms: tuple[dict[str, Any], ...] = ()
    # {"source", "type", "target", "ended_by", "source_date", "doc"}: a document that relies on
    # one an ingested text replaces or repeals, and is not known to predate that end
    relies_on_ended: tuple[dict[str, Any], ...] = ()
    # two documents of one code that are probably one whose year a text misprinted
    # (graph.misprints: 57-NQ/TW "dated December 22, 2014" beside the 2024 resolution)
    misprinted_years: tuple[MisprintedYear, ...] = ()

    def counts(self) -> dict[str, int]:
        return {
            "conflicts": len(self.conflicts),
            "type_mismatches": len(self.type_mismatches),
            "unqualified": len(self.unqualified),
            "uncertain": len(self.uncertain),
            "possible_duplicates": len(self.possible_duplicates),
            "stubs": len(self.stubs),
            "short_forms": len(self.short_forms),
            "relies_on_ended": len(self.relies_on_ended),
            "misprinted_years": len(self.misprinted_years),
        }

    def as_dict(self) -> dict[str, Any]:
        return {
            "counts": self.counts(),
            "conflicts": [c.as_dict() for c in self.conflicts],
            "type_mismatches": [d.as_dict() for d in self.type_mismatches],
            "unqualified": [d.as_dict() for d in self.unqualified],
            "uncertain": [d.as_dict() for d in self.uncertain],
            "possible_duplicates": list(self.possible_duplicates),
            "stubs": [d.as_dict() for d in self.stubs],
            "short_forms": list(self.short_forms),
            "relies_on_ended": list(self.relies_on_ended),
            "misprinted_years": [m.as_dict() for m in self.misprinted_years],
        }


def _issue(row: ReportRow, uncertain: int, detail: tuple[str, ...] = ()) -> DocumentIssue:
    h = row.head
    return DocumentIssue(
        h.key,
        code_of(h),
        h.level.value,
        place_label(h),
        row.cited_by,
        detail,
        row.day.isoformat() if row.day else None,
        uncertain,
    )


def _ranked(issues: list[DocumentIssue]) -> tuple[DocumentIssue, ...]:
    return tuple(sorted(issues, key=lambda d: (-d.cited_by, d.code, d.key)))


def quality(store: GraphStore) -> Quality:
    """Return the graph's data-quality findings.

    Parameters
    ----------
    store : GraphStore

    Returns
    -------
    Quality
        ``conflicts``: one code given several dates or terms, each value with its sources;
        ``type_mismatches``: codes written with another type word (160-KL/TW for 160-TB/TW);
        ``unqualified``: local codes whose issuer's place is not known;
        ``uncertain``: identities not pinned down, with the reason;
        ``possible_duplicates``: reported, not merged, matches;
        ``stubs``: documents cited but not ingested, most cited first (what to acquire
        next); ``short_forms``: short forms no full citation in their text resolves.
        ``cited_by`` counts distinct citing documents (edge sources, any type).
        ``misprinted_years``: documents of one code that are probably one, a text having
        misprinted its year (`graph.misprints`), among the codes listed as uncertain (texts
        citing the code undated stand uncertain between its documents).

    See also
    --------
    graph.lineage.conflicts, graph.lineage.possible_duplicates
    """
    agg = reporting(store)
    flags = agg.flagged()
    ends, relying = agg.ending(_RELIES)
    ended = ended_by(ends)
    wanted = {e.source for e in relying} | {k for e in relying for k in ended[e.target]}
    listed = {k for k, f in flags.items() if _LISTED.intersection(f)}
    rows = agg.report_rows(listed, cited=True)
    # the citers counted for several documents of a code, said beside each count
    unsure = agg.uncertain_citers(listed, None)
    dated = agg.report_rows(wanted - listed) | rows
    dates = {k: r.day.isoformat() for k, r in dated.items() if k in wanted and r.day}
    whole = store.nodes_by_key([k for k, f in flags.items() if {CONFLICT, SHORT_FORM} & set(f)])
    nodes = [whole[k] for k in sorted(whole)]

    def issues(flag: str) -> list[str]:
        return [k for k in sorted(rows) if flag in flags[k]]

    duplicates = sorted(
        (
            {"key": k, **{("other" if f == "key" else f): v for f, v in d.items()}}
            for k in issues(DUPLICATE)
            for d in rows[k].head.possible_duplicates
        ),
        key=lambda d: (d["key"], d["other"]),
    )
    short_forms = sorted(
        (
            {"key": n.key, "surface": f.value, "doc": f.doc, "start": f.start, "end": f.end}
            for n in nodes
            for f in n.facts
            if f.field == SHORT_FORM_FIELD
        ),
        key=lambda d: (d["key"], d["start"] or 0),
    )
    return Quality(
        tuple(sorted((c for n in nodes for c in n.conflicts()), key=lambda c: (c.key, c.field))),
        _ranked([
            _issue(rows[k], unsure.get(k, 0), type_words(rows[k].head) or ())
            for k in issues(MISMATCH)
        ]),
        _ranked([_issue(rows[k], unsure.get(k, 0)) for k in issues(UNQUALIFIED)]),
        _ranked([
            _issue(rows[k], unsure.get(k, 0), rows[k].head.uncertain) for k in issues(UNCERTAIN)
        ]),
        tuple(duplicates),
        _ranked([_issue(rows[k], unsure.get(k, 0)) for k in issues(STUB)]),
        tuple(short_forms),
        _relies_on_ended(relying, ended, dates),
        # (the codes whose documents an undated citation stands uncertain between: where a
        # misprinted year splits what texts say; one query for those codes, not the store's)
        tuple(misprints_in(store, {c for k in issues(UNCERTAIN) if (c := rows[k].head.canonical)})),
    )


def _relies_on_ended(relying: list[Edge], ended: dict[str, list[str]],
                     dates: dict[str, str]) -> tuple[dict[str, Any], ...]:  # fmt: skip
    """The relying edges whose source is not known to predate the end of its target's force
    (a plan of 2015 based on a decision repealed in 2020 was right when it was written)."""
    out: dict[tuple[str, str, str], dict[str, Any]] = {}
    for e in relying:
        enders = [k for k in ended[e.target] if k != e.source]
        if not enders:
            continue
        ends = [dates[k] for k in enders if k in dates]
        since = dates.get(e.source)
        if since is not None and ends and since < min(ends):
            continue
        out.setdefault((e.source, e.type.value, e.target), {
            "source": e.source, "type": e.type.value, "target": e.target,
            "ended_by": enders, "source_date": since, "doc": e.doc,
        })  # fmt: skip
    return tuple(out[k] for k in sorted(out))
