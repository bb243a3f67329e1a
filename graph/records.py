"""How one document's contribution combines with what a store holds: pure functions on nodes.

Every backend loads the nodes a write touches, calls `plan_write` (and `fold_nodes` for
variant merges), and stores the result; so both backends give the same answers by construction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from graph.model import DocumentRecord, DocumentWrite, Node
from ingest.models import Place


def strip_document(node: Node, doc: str) -> Node:
    """`node` without anything document `doc` said about it."""
    facts = tuple(f for f in node.facts if f.doc != doc)
    if node.host_doc == doc:
        return replace(node, facts=facts, host_doc=None, title=None)
    return replace(node, facts=facts)


def _fill(a: Place, b: Place) -> Place:
    return Place(a.province or b.province, a.district or b.district, a.commune or b.commune)


def combine(existing: Node | None, new: Node, *, fresh: bool = False) -> Node:
    """Add a document's contribution `new` to the stored node (identity fields stay).

    `fresh`: the stored node holds nothing from `new`'s document (every fact names its
    document), so its facts are kept as they are and only `new`'s are de-duplicated: the
    cost of adding one citer does not grow with the citers before it.
    """
    if existing is None:
        return new
    if fresh:
        facts = existing.facts + tuple(dict.fromkeys(new.facts))
    else:
        facts = tuple(dict.fromkeys(existing.facts + new.facts))
    node = replace(
        existing,
        facts=facts,
        scope=existing.scope or new.scope,
        place=_fill(existing.place, new.place),
    )
    if new.host_doc is not None:  # the document itself: its own description wins
        node = replace(
            node,
            host_doc=new.host_doc,
            title=new.title,
            kind=new.kind or node.kind,
            level=new.level,
            place=_fill(new.place, node.place),
        )
    return node


def combine_many(existing: Node | None, contributions: list[Node]) -> Node:
    """`combine` of many contributions at once (bulk writes: linear, not quadratic)."""
    base = existing if existing is not None else contributions[0]
    facts = [*base.facts]
    for new in contributions:
        facts.extend(new.facts)
    node = combine(base if existing is not None else None, replace(contributions[0], facts=()))
    for new in contributions[1:]:
        if new.host_doc is not None or not node.scope:
            if (
                new.host_doc is None
                and (node.scope or new.scope) == node.scope
                and _fill(node.place, new.place) == node.place
            ):
                continue  # combine would change nothing but facts (the common case)
            node = combine(node, replace(new, facts=()))
    return replace(node, facts=tuple(dict.fromkeys(facts)))


def fold_nodes(old: Node, into: Node) -> Node:
    """Node `old` folded into `into` (a confirmed variant spelling): facts united."""
    facts = tuple(dict.fromkeys(into.facts + old.facts))
    return replace(
        into,
        facts=facts,
        host_doc=into.host_doc or old.host_doc,
        title=into.title or old.title,
        scope=into.scope or old.scope,
    )


def is_orphan(node: Node) -> bool:
    """Nothing says anything about it any more (no facts, not ingested): safe to remove."""
    return node.host_doc is None and not node.facts


@dataclass(frozen=True, slots=True)
class Plan:
    """Node rows to write and node keys to delete, for one document write."""

    upserts: tuple[Node, ...]
    deletes: tuple[str, ...]


def plan_write(
    write: DocumentWrite,
    old: DocumentRecord | None,
    current: Mapping[str, Node],
    superseded: Sequence[DocumentRecord] = (),
) -> Plan:
    """Replace the contribution of `old` (same document, earlier version) and of the
    `superseded` documents (earlier versions under other ids) by `write`.

    `current` holds the stored nodes for every key in their `node_keys` and `write.nodes`.
    """
    nodes: dict[str, Node] = dict(current)
    touched: set[str] = set()
    for rec in (*([old] if old is not None else []), *superseded):
        for key in rec.node_keys:
            if key in nodes:
                nodes[key] = strip_document(nodes[key], rec.doc)
                touched.add(key)
    for new in write.nodes:
        # A node this document did not touch before holds none of its facts (a record lists
        # every node its document wrote to).
        nodes[new.key] = combine(nodes.get(new.key), new, fresh=new.key not in touched)
        touched.add(new.key)
    upserts = tuple(nodes[k] for k in sorted(touched) if not is_orphan(nodes[k]))
    deletes = tuple(k for k in sorted(touched) if is_orphan(nodes[k]) and k in current)
    return Plan(upserts, deletes)
