"""Place again what a stored text said of a code it cites without a date, when the dated
documents of that code change.

An undated mention of a code whose numbering restarts ("thực hiện Chỉ thị số 35-CT/TW")
names the dated documents of the code the store holds (`graph.identity.undated_targets`):
none yet (the node keyed by the code alone stands for it), one, or several (an edge to each,
uncertain). So that the graph is a function of the documents and not of the order they came
in, a write that adds a dated document of such a code (or folds one into another: a variant
spelling) also rewrites the contribution of every stored text that mentions the code
undated, as that text would be written now: its facts and edges move from the keys they
named to the keys the mention names now (`moved`). Such a mention's facts carry an UNDATED
fact (the citing text's date and the kind it gives the document) that says so and what
placing it needs.

Pure functions only; `graph.build` reads the stores and the stores write the result, as any
other document's write (`DocumentWrite.rewrites`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from graph import identity as ident
from graph.model import (
    UNCERTAIN,
    UNDATED,
    DocumentRecord,
    DocumentWrite,
    Edge,
    Fact,
    Head,
    Merge,
    Node,
    decode_said,
)
from graph.records import contributed
from graph.store import DocumentTarget

# A stored text's contribution as a store gives it (GraphStore.document_contribution): the
# heads of the nodes it touched, the edges it wrote, what it says about each node, encoded.
Stored = tuple[list[Head], list[Edge], list[tuple[str, str, str]]]


def marker(doc: str, day: date | None, kind: str | None) -> Fact:
    """The UNDATED fact of an undated mention in text `doc` dated `day` that gives the cited
    document the kind `kind`."""
    return Fact(UNDATED, f"{day.isoformat() if day else ''}|{kind or ''}", doc)


def read_marker(value: str) -> tuple[date | None, str | None]:
    """The citing text's date and the kind of an UNDATED fact's value (`marker`)."""
    day, _, kind = value.partition("|")
    return (date.fromisoformat(day) if day else None), (kind or None)


@dataclass(frozen=True, slots=True)
class Contribution:
    """What one stored text wrote: its record, the heads of the nodes it touched, what it says
    about each (by key) and its edges."""

    record: DocumentRecord
    heads: Mapping[str, Head]
    said: Mapping[str, tuple[Fact, ...]]
    edges: tuple[Edge, ...]

    @classmethod
    def of(cls, record: DocumentRecord, stored: Stored) -> Contribution:
        heads, edges, said = stored
        return cls(
            record,
            {h.key: h for h in heads},
            {key: decode_said(text, doc) for key, doc, text in said if doc == record.doc},
            tuple(e for e in edges if e.doc == record.doc),
        )

    def undated(self, base: str) -> tuple[str, ...]:
        """The keys of `base` this text's undated mention of it is on (sorted): those it says
        an UNDATED fact of, or the key of the base alone (which only undated mentions name;
        a store written before UNDATED facts has none there)."""
        return tuple(
            sorted(
                k for k, facts in self.said.items()
                if (h := self.heads.get(k)) is not None and h.base == base
                and (k == base or any(f.field == UNDATED for f in facts))
            )
        )  # fmt: skip

    def names_among(self, key: str) -> bool:
        """Whether an undated mention of this text names `key` among several documents (an
        edge's candidates, a note)."""
        if any(key in ev.candidates for e in self.edges for ev in e.evidence):
            return True
        return any(
            key in (ident.noted_keys(f.value) or ())
            for facts in self.said.values() for f in facts if f.field == UNCERTAIN
        )  # fmt: skip

    def marked(self, keys: Sequence[str]) -> tuple[date | None, str | None]:
        """The date and kind the UNDATED fact on `keys` gives (none: neither known)."""
        for key in keys:
            for f in self.said.get(key, ()):
                if f.field == UNDATED:
                    return read_marker(f.value)
        return None, None


@dataclass(frozen=True, slots=True)
class Move:
    """An undated mention's keys before (`old`) and now (`new`); `host`: the mention is the
    text's own code (a host without a date), which moves the text's own node."""

    old: tuple[str, ...]
    new: tuple[str, ...]
    host: bool = False


def target_keys(base: str, doc: str, day: date | None, scopes: Iterable[str],
                *, host: bool) -> tuple[str, ...]:  # fmt: skip
    """The keys an undated mention of `base` in text `doc` dated `day` names, given the dated
    documents' `scopes` (`identity.undated_targets`); a host without a date of a code several
    dated documents have is a node of its own text (`identity.undated_key`), and so is a
    mention in a text older than every dated document of the code (unplaced: it names none
    of them, and the first dated document of its time it names once that arrives)."""
    keys = ident.undated_targets(base, None if host else day, scopes)
    if (host and len(keys) > 1) or not keys:
        return (ident.undated_key(base, doc),)
    return keys


def moved(c: Contribution, moves: Sequence[Move], templates: Mapping[str, Head]) -> DocumentWrite:
    """`c`'s text written again with each of `moves` made: the facts of its undated mention on
    the old keys go to each new key (with a note naming them when they are several), its
    edges to the old keys stand to each new key (uncertain when several: their candidates),
    its edges from them start at the first new key. `templates` holds the heads of the new
    keys (their identity); every other node keeps what the text said of it."""
    doc = c.record.doc
    nodes: dict[str, Node] = {}
    for key in c.record.node_keys:
        head = c.heads.get(key)
        if head is not None:
            nodes[key] = contributed(head, doc, c.said.get(key, ()))
    edges = list(c.edges)
    host_key = c.record.host_key
    for move in moves:
        first = c.heads[move.old[0]]
        note = Fact(UNCERTAIN, ident.undated_note(move.old), doc)
        facts = tuple(f for f in c.said.get(move.old[0], ()) if f != note)
        day, kind = c.marked(move.old)
        for key in move.old:
            nodes.pop(key, None)
        extra = (Fact(UNCERTAIN, ident.undated_note(move.new), doc),) if len(move.new) > 1 else ()
        title = first.title if move.host and first.host_doc == doc else None
        for key in move.new:
            template = replace(templates[key], kind=first.kind if move.host else kind,
                               host_doc=doc if title else None, title=title)  # fmt: skip
            own = contributed(template, doc, facts + extra)
            if key in nodes:  # (it said something of this key already)
                own = replace(own, facts=tuple(dict.fromkeys(nodes[key].facts + own.facts)))
            nodes[key] = own
        edges = _moved_edges(edges, move)
        if move.host:
            host_key = move.new[0]
    return DocumentWrite(
        doc, c.record.content_hash, c.record.path, host_key,
        tuple(nodes[k] for k in sorted(nodes)), tuple(edges),
    )  # fmt: skip


def renamed(c: Contribution, merge: Merge, into: Head) -> Contribution:
    """`c` with node `merge.old` named `merge.into` (whose head is `into`) wherever it names
    it: the node it speaks of (its facts there joined with those it says of `into`), its
    edges' ends, their candidates and the notes naming the documents an undated mention may
    name (a variant spelling folded into its alternative; a node renamed by a migration).
    A mention left naming one document is certain."""
    said: dict[str, tuple[Fact, ...]] = {}
    for key, facts in c.said.items():
        new = merge.key(key)
        said[new] = tuple(dict.fromkeys(said.get(new, ()) + _renamed_facts(facts, merge)))
    heads = {merge.key(k): h for k, h in c.heads.items() if k != merge.old}
    if merge.old in c.heads:
        heads[merge.into] = into
    edges: dict[tuple[str, str, str], Edge] = {}
    for e in c.edges:
        source, target = merge.key(e.source), merge.key(e.target)
        if source != target:
            evidence = tuple(replace(ev, candidates=_renamed_keys(ev.candidates, merge))
                             for ev in e.evidence)  # fmt: skip
            _join(edges, replace(e, source=source, target=target, evidence=evidence))
    edge_list = tuple(edges[k] for k in sorted(edges))
    return Contribution(merge.rekeyed(c.record), heads, said, edge_list)


def _renamed_keys(keys: Sequence[str], merge: Merge) -> tuple[str, ...]:
    """Candidates after `merge` (sorted); none when they come to name one document."""
    found = tuple(sorted({merge.key(k) for k in keys}))
    return found if len(found) > 1 else ()


def _renamed_facts(facts: Sequence[Fact], merge: Merge) -> tuple[Fact, ...]:
    out = []
    for f in facts:
        named = ident.noted_keys(f.value) if f.field == UNCERTAIN else None
        if named is not None and merge.old in named:
            keys = _renamed_keys(named, merge)
            if not keys:
                continue
            f = replace(f, value=ident.undated_note(keys))
        out.append(f)
    return tuple(out)


def _join(edges: dict[tuple[str, str, str], Edge], edge: Edge) -> None:
    """Put `edge` among `edges` (by ends and type), its evidence joined to an edge there."""
    k = (edge.source, edge.target, edge.type.value)
    found = edges.get(k)
    if found is not None:
        edge = replace(edge, evidence=tuple(dict.fromkeys(found.evidence + edge.evidence)))
    edges[k] = edge


def _moved_edges(edges: Sequence[Edge], move: Move) -> list[Edge]:
    """`edges` with their ends on `move.old` moved (see `moved`); edges that come to join
    the same two nodes by the same type are one, with the evidence of both."""
    old = set(move.old)
    uncertain = move.new if len(move.new) > 1 else ()
    out: dict[tuple[str, str, str], Edge] = {}
    for e in edges:
        if e.source not in old and e.target not in old:  # (most: kept as they are)
            if e.source != e.target:
                _join(out, e)
            continue
        source = move.new[0] if e.source in old else e.source
        targets = move.new if e.target in old else (e.target,)
        evidence = e.evidence
        if e.target in old:
            evidence = tuple(replace(ev, candidates=uncertain) for ev in e.evidence)
        for target in targets:
            if source != target:
                _join(out, replace(e, source=source, target=target, evidence=evidence))
    return [out[k] for k in sorted(out)]


def scope_renames(heads: Iterable[Head]) -> list[tuple[Merge, Head]]:
    """What brings a store written before keys carried the scope (`identity.scoped_key`) to
    today's keys: the first dated document of a code held the code alone ("35-CT/TW", scope
    XII, beside "35-CT/TW@XIII"); it is "35-CT/TW@XII" now. Each rename, by old key, with the
    renamed node's head (its identity; no facts)."""
    found = [h for h in heads if h.scope and h.key == h.base and ident.shared(h.key)]
    renamed = [(h, ident.scoped_key(h.key, h.scope)) for h in sorted(found, key=lambda h: h.key)]
    return [(Merge(h.key, key), replace(h, key=key, tally={})) for h, key in renamed]


def renaming_writes(target: DocumentTarget, merge: Merge, into: Head) -> list[DocumentWrite]:
    """The stored texts whose undated mention names `merge.old` among several documents (its
    edges' candidates, its notes), written again naming `merge.into` (whose head is `into`):
    what a store writes after folding or renaming a node (`renamed`)."""
    out = []
    for doc in target.citing_documents(merge.old, UNCERTAIN):
        record = target.document(doc)
        if record is None:
            continue
        c = Contribution.of(record, target.document_contribution(record))
        if c.names_among(merge.old):
            out.append(moved(renamed(c, merge, into), (), {}))
    return out
