"""How one document's contribution combines with what a store holds: pure functions on nodes.

Every backend loads the nodes a write touches, calls `plan_write` (and `fold_nodes` for
variant merges), and stores the result; so both backends give the same answers by construction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from graph.model import DocumentRecord, DocumentWrite, Fact, Head, Node, tallied
from ingest.models import Place

# What one document says about one node, as stored: (node key, document) → its facts.
Said = Mapping[tuple[str, str], tuple[Fact, ...]]


def strip_document(head: Head, doc: str, facts: Iterable[Fact]) -> Head:
    """`head` without what document `doc` said about it (`facts`, as stored)."""
    tally = tallied(head.tally, facts, sign=-1)
    if head.host_doc == doc:
        return replace(head, tally=tally, host_doc=None, title=None)
    return replace(head, tally=tally)


def _fill(a: Place, b: Place) -> Place:
    return Place(a.province or b.province, a.district or b.district, a.commune or b.commune)


def _kind_rank(kind: str) -> tuple[bool, int, str]:
    """Which of two kinds citers give a document the node keeps: a type word before a kind
    code ("Luật" before "NQ"), the more words first ("Bộ luật" before "Luật": a code, the more
    specific word), then the alphabet. A total order, so the kept kind is the same whatever
    order the citers arrive in (10/2012/QH13 was "Bộ luật" or "Luật" by which citer came first)."""
    return kind.isupper(), -len(kind.split()), kind


def cited_kind(kept: str | None, said: str | None) -> str | None:
    """The kind a node not yet ingested keeps when a citer says `said` and it holds `kept`."""
    if kept is None or said is None or kept == said:
        return kept or said
    return min(kept, said, key=_kind_rank)


def _host_rank(title: str | None, doc: str) -> tuple[bool, str]:
    """Which of several texts of one document describes its node: one with a title (the
    document's own text) before one without (a page reporting it), then the smaller document
    id. Not the last written: two pages hosting Kế hoạch 01-KH/BCĐTW gave its node one or the
    other description by the order they arrived in."""
    return title is None, doc


def combine(existing: Head | None, new: Node) -> Head:
    """Add a document's contribution `new` (a node with this document's facts only) to the
    stored node (identity fields stay). The stored node holds nothing from `new`'s document
    (a document's earlier version is stripped first), so this costs what `new` adds, however
    many documents said something before."""
    if existing is None:
        return new.head
    tally = tallied(existing.tally, new.facts)
    scope = existing.scope or new.scope
    if new.host_doc is None:  # a citer fills what the node does not know yet
        # (the kind: the document's own if ingested, else the first of all citers' by rank)
        kind = (existing.kind if existing.host_doc and existing.kind
                else cited_kind(existing.kind, new.kind))  # fmt: skip
        return replace(
            existing, tally=tally, scope=scope, kind=kind, place=_fill(existing.place, new.place)
        )
    if (
        existing.host_doc
        and existing.host_doc != new.host_doc
        and _host_rank(existing.title, existing.host_doc) <= _host_rank(new.title, new.host_doc)
    ):
        # another text of the document ranks first: it keeps its description, this one fills
        return replace(existing, tally=tally, scope=scope, kind=existing.kind or new.kind,
                       place=_fill(existing.place, new.place))  # fmt: skip
    # the document itself: its own description wins
    return replace(
        existing,
        tally=tally,
        scope=scope,
        host_doc=new.host_doc,
        title=new.title,
        kind=new.kind or existing.kind,
        level=new.level,
        place=_fill(new.place, existing.place),
    )


def combine_many(existing: Head | None, contributions: Sequence[Node]) -> Head:
    """`combine` of many contributions at once (bulk writes: linear, not quadratic)."""
    node = existing
    facts: list[Fact] = []
    for new in contributions:
        facts.extend(new.facts)
        if (
            node is not None
            and new.host_doc is None
            and node.scope
            and (not new.kind or node.kind == new.kind or bool(node.host_doc and node.kind))
            and _fill(node.place, new.place) == node.place
        ):
            continue  # combine would change nothing but the tally (the common case)
        node = combine(node, replace(new, facts=()))
    assert node is not None, "no contributions"
    return replace(node, tally=tallied(node.tally, facts))


def fold_nodes(
    old: Head, into: Head, old_said: Mapping[str, Sequence[Fact]],
    into_said: Mapping[str, Sequence[Fact]],
) -> tuple[Head, dict[str, tuple[Fact, ...]]]:  # fmt: skip
    """Node `old` folded into `into` (a confirmed variant spelling): facts united.

    `old_said` holds what each document said about `old`, `into_said` what those same
    documents said about `into`. Returns the folded head and, for each of those documents,
    what it now says about `into` (the rest of `into`'s facts stay as they are).
    """
    said: dict[str, tuple[Fact, ...]] = {}
    added: list[Fact] = []
    for doc, facts in old_said.items():
        had = tuple(into_said.get(doc, ()))
        united = tuple(dict.fromkeys((*had, *facts)))
        said[doc] = united
        added.extend(united[len(had) :])
    head = replace(
        into,
        tally=tallied(into.tally, added),
        host_doc=into.host_doc or old.host_doc,
        title=into.title or old.title,
        scope=into.scope or old.scope,
    )
    return head, said


def contributed(head: Head, doc: str, facts: Iterable[Fact]) -> Node:
    """What document `doc` contributed to the stored node `head`, written again (a copy into
    another store, graph.copy; a text placed again, graph.undated): its facts there, and the
    node's own description where `doc` is the text that describes it (a citer's contribution
    carries the description as the node holds it, which `combine` leaves as it is)."""
    node = head.with_facts(facts)
    return node if head.host_doc == doc else replace(node, host_doc=None, title=None)


def emptied(record: DocumentRecord) -> DocumentWrite:
    """The write that replaces `record`'s document by nothing (`graph.removal`): a version
    with no nodes and no edges, whose plan strips all it said; the store then forgets the
    record."""
    return DocumentWrite(
        record.doc, record.content_hash, record.path, record.host_key, nodes=(), edges=()
    )


def is_orphan(head: Head) -> bool:
    """Nothing says anything about it any more (no facts, not ingested): safe to remove."""
    return head.host_doc is None and not head.tally


@dataclass(frozen=True, slots=True)
class Plan:
    """What one document write changes: node heads to set, node keys to delete, what
    documents say about nodes to set ((key, doc) → facts) and to drop ((key, doc))."""

    upserts: tuple[Head, ...]
    deletes: tuple[str, ...]
    said: tuple[tuple[str, str, tuple[Fact, ...]], ...] = ()
    unsaid: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Replaced:
    """What a write replaces: the stored record of its own document (an earlier version) and
    those of the documents it supersedes (earlier versions under other ids)."""

    old: DocumentRecord | None
    superseded: tuple[DocumentRecord, ...]

    @classmethod
    def of(cls, write: DocumentWrite, document: Callable[[str], DocumentRecord | None]) -> Replaced:
        """Read with `document` (a store's record lookup)."""
        superseded = tuple(
            rec for d in write.supersedes if d != write.doc and (rec := document(d)) is not None
        )
        return cls(document(write.doc), superseded)

    @property
    def records(self) -> tuple[DocumentRecord, ...]:
        return (*([self.old] if self.old is not None else []), *self.superseded)

    def keys(self, write: DocumentWrite) -> set[str]:
        """Every node key the write and the replaced records touch."""
        return {n.key for n in write.nodes}.union(*(rec.node_keys for rec in self.records))


def plan_write(
    write: DocumentWrite,
    old: DocumentRecord | None,
    current: Mapping[str, Head],
    said: Said,
    superseded: Sequence[DocumentRecord] = (),
) -> Plan:
    """Replace the contribution of `old` (same document, earlier version) and of the
    `superseded` documents (earlier versions under other ids) by `write`.

    `current` holds the stored heads for every key in their `node_keys` and `write.nodes`;
    `said` what those documents said about each of their `node_keys` (as stored). Only the
    nodes and documents involved are read and written: adding a citer to a node cited by
    thousands costs what the citer says.
    """
    nodes: dict[str, Head] = dict(current)
    touched: set[str] = set()
    unsaid: dict[tuple[str, str], None] = {}
    for rec in (*([old] if old is not None else []), *superseded):
        for key in rec.node_keys:
            if key in nodes:
                nodes[key] = strip_document(nodes[key], rec.doc, said.get((key, rec.doc), ()))
                touched.add(key)
                if (key, rec.doc) in said:
                    unsaid[(key, rec.doc)] = None
    new_said: list[tuple[str, str, tuple[Fact, ...]]] = []
    for new in write.nodes:
        facts = tuple(dict.fromkeys(new.facts))
        if len(facts) != len(new.facts):  # a fact said twice counts once
            new = replace(new, facts=facts)
        nodes[new.key] = combine(nodes.get(new.key), new)
        touched.add(new.key)
        if facts:
            if said.get((new.key, write.doc)) != facts:  # (the same facts: the row stays)
                new_said.append((new.key, write.doc, facts))
            unsaid.pop((new.key, write.doc), None)  # set anew, not dropped
    # A node whose head the write leaves as it was is not written again, whatever the write
    # does to what documents say of it (those rows are written on their own): a text placed
    # again (graph.undated) writes its facts back, sorted, on some ten nodes whose heads stay
    # (a store that keeps counts per node counts what changes in said rows by their own
    # keys: graph.neo4j_kept.Kept.settle)
    upserts = tuple(
        nodes[k] for k in sorted(touched)
        if not is_orphan(nodes[k]) and nodes[k] != current.get(k)
    )  # fmt: skip
    deletes = tuple(k for k in sorted(touched) if is_orphan(nodes[k]) and k in current)
    return Plan(upserts, deletes, tuple(new_said), tuple(unsaid))
