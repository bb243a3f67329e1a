"""Values of the citation graph: document nodes, typed edges with evidence, facts and conflicts.

Node identity (the key) is decided in `graph.identity`; this module only holds the values and
their one storage spelling (plain rows of str/int/bool/list, the same for every backend).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any

import orjson

from ingest.codes import Level
from ingest.models import Place
from ingest.relations import ENDS_FORCE, RelationType
from ingest.values import quick_init

# Fact fields a node collects from the documents that mention it.
DATE = "date"  # ISO date the citing text gives
TERM = "term"  # khóa written in the text ("X", "XI")
SUBJECT = "subject"  # "về …" clause
SPELLING = "spelling"  # the code as written (aliases)
ALTERNATIVE = "alternative"  # another reading of the code (type word disagrees)
ISSUER = "issuing_body"  # body named in the citation
MATCH = "match"  # evidence of a variant merge (JSON: from, into, scores)
POSSIBLE_DUPLICATE = "possible_duplicate"  # JSON: other key, score, reason
UNCERTAIN = "identity_uncertain"  # why the identity could not be pinned down
SHORT_FORM = "unresolved_short_form"  # "Kết luận 62" with no full citation in the same text
# A mention without a date of a code whose numbering restarts, placed by the dated documents
# of its code the store holds ("<citing text's date>|<kind it gives>"; graph.undated)
UNDATED = "undated_mention"
CONFLICT_FIELDS = (DATE, TERM)

# The columns of an edge row, in storage order (the embedded store's rows; Changes.edges_added).
EDGE_FIELDS = ("id", "source", "target", "type", "doc", "label", "path", "evidence")
# The scalar properties of a node row, in storage order (both stores use this order).
NODE_SCALAR_FIELDS = (
    "key",
    "canonical",
    "base",
    "scope",
    "family",
    "kind",
    "number",
    "issuer",
    "level",
    "province",
    "district",
    "commune",
    "qualified",
    "host_doc",
    "title",
)

_json_str = json.encoder.encode_basestring  # JSON string literal, non-ASCII kept as is


@quick_init
@dataclass(frozen=True, slots=True)
class Fact:
    """One thing one document says about a node, with where it says it."""

    field: str
    value: str
    doc: str
    start: int | None = None
    end: int | None = None

    def encode(self) -> str:
        """Storage spelling: "<doc>\t<json>" so a store can drop one document's facts by prefix.

        The JSON is `json.dumps([field, value, start, end], ensure_ascii=False)`, written
        directly (the strings through json's own C escaper)."""
        start = "null" if self.start is None else int(self.start)
        end = "null" if self.end is None else int(self.end)
        return f"{self.doc}\t[{_json_str(self.field)}, {_json_str(self.value)}, {start}, {end}]"

    @classmethod
    def decode(cls, text: str) -> Fact:
        doc, _, body = text.partition("\t")
        field_, value, start, end = orjson.loads(body)
        return cls(field_, value, doc, start, end)

    def as_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "value": self.value,
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two or more values of one field for one node; every value keeps its sources."""

    key: str
    field: str
    values: tuple[tuple[str, tuple[Fact, ...]], ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "field": self.field,
            "values": [{"value": v, "sources": [f.as_dict() for f in fs]} for v, fs in self.values],
        }


# How many facts give each value of each field of a node: {field: {value: count}}. A node's
# summary for identity decisions (graph.identity, graph.build), kept up to date on write so a
# node cited by thousands is read without its facts. Never changed in place (a write makes a
# new one, see `tallied`).
Tally = dict[str, dict[str, int]]


def tallied(tally: Tally, facts: Iterable[Fact], *, sign: int = 1) -> Tally:
    """`tally` with `facts` added (sign 1) or taken away (sign -1); a new mapping, only the
    fields touched copied (`tally` is left as it is)."""
    if sign == 1 and not tally:  # a new node's tally (`Node.head`): nothing to copy or drop
        made: Tally = {}
        for f in facts:
            counts = made.get(f.field)
            if counts is None:
                counts = made[f.field] = {}
            counts[f.value] = counts.get(f.value, 0) + 1
        return made
    out = dict(tally)
    copied: set[str] = set()
    for f in facts:
        if f.field not in copied:
            out[f.field] = dict(out.get(f.field, {}))
            copied.add(f.field)
        values = out[f.field]
        n = values.get(f.value, 0) + sign
        if n > 0:
            values[f.value] = n
        else:
            values.pop(f.value, None)
    for name in copied:
        if not out[name]:
            del out[name]
    return out


@dataclass(frozen=True, slots=True)
class _Described:
    """A document's identity and description, and what its facts say, by value: shared by
    `Node` (which holds the facts) and `Head` (which holds their tally).

    `key` is the identity (DOMAIN §10.5, practical version; see graph.identity); `canonical`
    is the code as one spelling (None for a document without a code); `base` is the key
    without a term suffix and `scope` the term the node's dates fall in.
    """

    key: str
    canonical: str | None = None
    base: str | None = None
    scope: str | None = None
    family: str | None = None
    kind: str | None = None
    number: str | None = None
    issuer: str | None = None
    level: Level = Level.UNKNOWN
    place: Place = field(default_factory=Place)
    qualified: bool = True
    host_doc: str | None = None
    title: str | None = None

    @property
    def stub(self) -> bool:
        """Cited but not ingested."""
        return self.host_doc is None

    def _values(self, name: str) -> tuple[str, ...]:
        raise NotImplementedError

    def _counts(self, name: str) -> dict[str, int]:
        raise NotImplementedError

    def ranked(self, name: str) -> tuple[str, ...]:
        """The values said of `name` ("subject", "issuer"), the most often said first (ties in
        sorted order): what one line shows of a document is what most citers say, not the
        alphabetically first saying (57-NQ/TW's subject was a citer's misread "thúc đẩy …"
        before 11 readings of "đột phá …", as 't' sorts before 'đ')."""
        counts = self._counts(name)
        return tuple(sorted(counts, key=lambda v: (-counts[v], v)))

    @property
    def dates(self) -> tuple[str, ...]:
        return self._values(DATE)

    @property
    def terms(self) -> tuple[str, ...]:
        return self._values(TERM)

    @property
    def subjects(self) -> tuple[str, ...]:
        return self._values(SUBJECT)

    @property
    def issuers(self) -> tuple[str, ...]:
        """The issuing bodies citations name ("Bộ Chính trị")."""
        return self._values(ISSUER)

    @property
    def aliases(self) -> tuple[str, ...]:
        """Every spelling of the code seen, other than the canonical one."""
        return tuple(v for v in self._values(SPELLING) if v != self.canonical)

    @property
    def alternatives(self) -> tuple[str, ...]:
        """Other readings of the code seen (type word disagreeing), not yet confirmed."""
        return tuple(v for v in self._values(ALTERNATIVE) if v != self.canonical)

    @property
    def codes(self) -> tuple[str, ...]:
        """Every code this node answers to: canonical, aliases, alternatives."""
        own = (self.canonical,) if self.canonical else ()
        return tuple(dict.fromkeys(own + self._values(SPELLING) + self.alternatives))

    @property
    def possible_duplicates(self) -> tuple[dict[str, Any], ...]:
        return tuple(json.loads(v) for v in self._values(POSSIBLE_DUPLICATE))

    @property
    def matches(self) -> tuple[dict[str, Any], ...]:
        return tuple(json.loads(v) for v in self._values(MATCH))

    @property
    def uncertain(self) -> tuple[str, ...]:
        return self._values(UNCERTAIN)


@quick_init
@dataclass(frozen=True, slots=True)
class Head(_Described):
    """A node without its facts: its identity and description, and the tally of what its
    facts say. What building a document reads (a node cited by a hundred thousand documents
    reads as fast as one cited once); `Node` is the whole node, for showing it."""

    tally: Tally = field(default_factory=dict)

    def _values(self, name: str) -> tuple[str, ...]:
        return tuple(sorted(self.tally.get(name, ())))

    def _counts(self, name: str) -> dict[str, int]:
        return dict(self.tally.get(name, {}))

    def scalars(self) -> dict[str, Any]:
        """The scalar columns of the storage spelling, in NODE_SCALAR_FIELDS order."""
        return _scalars(self)

    def to_row(self) -> dict[str, Any]:
        """The storage spelling of a node's own record (its facts are stored apart, a list per
        citing document: see `encode_said`)."""
        return {**self.scalars(), "codes": list(self.codes), "tally": self.tally}

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Head:
        return cls(**_scalar_args(row), tally=row.get("tally") or {})

    def with_facts(self, facts: Iterable[Fact]) -> Node:
        """The whole node: this head and its facts."""
        return Node(
            self.key, self.canonical, self.base, self.scope, self.family, self.kind,
            self.number, self.issuer, self.level, self.place, self.qualified, self.host_doc,
            self.title, tuple(sorted(facts, key=_fact_order)),
        )  # fmt: skip


@quick_init
@dataclass(frozen=True, slots=True)
class Node(_Described):
    """A document in the graph: ingested (host_doc set) or only cited (a stub), with every
    fact the documents give about it (see `_Described` for its identity)."""

    facts: tuple[Fact, ...] = ()

    def _values(self, name: str) -> tuple[str, ...]:
        return tuple(sorted({f.value for f in self.facts if f.field == name}))

    def _counts(self, name: str) -> dict[str, int]:
        counts: dict[str, int] = {}
        for f in self.facts:
            if f.field == name:
                counts[f.value] = counts.get(f.value, 0) + 1
        return counts

    @property
    def head(self) -> Head:
        """This node without its facts, their tally in their place."""
        return Head(
            self.key, self.canonical, self.base, self.scope, self.family, self.kind,
            self.number, self.issuer, self.level, self.place, self.qualified, self.host_doc,
            self.title, tallied({}, self.facts),
        )  # fmt: skip

    @property
    def sources(self) -> tuple[str, ...]:
        """Documents that say something about this node."""
        return tuple(sorted({f.doc for f in self.facts}))

    def conflicts(self) -> tuple[Conflict, ...]:
        """Fields (date, term) given more than one value, with each value's sources."""
        out = []
        for name in CONFLICT_FIELDS:
            by_value: dict[str, list[Fact]] = defaultdict(list)
            for f in self.facts:
                if f.field == name:
                    by_value[f.value].append(f)
            if len(by_value) > 1:
                values = tuple(
                    (v, tuple(sorted(fs, key=_fact_order))) for v, fs in sorted(by_value.items())
                )
                out.append(Conflict(self.key, name, values))
        return tuple(out)

    def to_row(self) -> dict[str, Any]:
        """The storage spelling shared by every backend (flat, JSON and Neo4j friendly).

        Spelling facts equal to the canonical code (one per citing document: the bulk of a
        much-cited node) are kept as compact `mentions` ("<doc>" or "<doc>\\t<start>\\t<end>"):
        they still record which document said it, so replacing a document drops exactly its
        own contribution, and `from_row` gives back the same facts.
        """
        facts, mentions = self.encode_facts(self.facts)
        return {
            **self.scalars(),
            "facts": sorted(facts),
            "mentions": sorted(mentions),
            "codes": list(self.codes),
        }

    def scalars(self) -> dict[str, Any]:
        """The scalar columns of the storage spelling, in NODE_SCALAR_FIELDS order."""
        return _scalars(self)

    def encode_facts(self, facts: Iterable[Fact]) -> tuple[list[str], list[str]]:
        """`facts` (of this node) in their storage spelling, in order: (facts, mentions)."""
        encoded: list[str] = []
        mentions: list[str] = []
        for f in facts:
            if self._is_mention(f):
                mentions.append(_encode_mention(f))
            else:
                encoded.append(f.encode())
        return encoded, mentions

    def _is_mention(self, f: Fact) -> bool:
        """A spelling fact that only repeats the canonical code: stored as a mention."""
        return f.field == SPELLING and self.canonical is not None and f.value == self.canonical

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Node:
        """A node of the version 2 storage spelling (every fact in the node's row; still read)."""
        facts = _decode_facts(row.get("facts"), row.get("mentions"), row.get("canonical"))
        return cls(**_scalar_args(row), facts=facts)

    def as_dict(self) -> dict[str, Any]:
        """Plain data for the API and for comparing backends."""
        return {
            "key": self.key,
            "canonical": self.canonical,
            "scope": self.scope,
            "family": self.family,
            "kind": self.kind,
            "number": self.number,
            "issuer": self.issuer,
            "level": self.level.value,
            "place": self.place.as_dict(),
            "qualified": self.qualified,
            "stub": self.stub,
            "host_doc": self.host_doc,
            "title": self.title,
            "dates": list(self.dates),
            "terms": list(self.terms),
            "subjects": list(self.subjects),
            "aliases": list(self.aliases),
            "alternatives": list(self.alternatives),
            "sources": list(self.sources),
            "possible_duplicates": list(self.possible_duplicates),
            "matches": list(self.matches),
            "uncertain": list(self.uncertain),
            "conflicts": [c.as_dict() for c in self.conflicts()],
        }


_HEAD_ARGS = tuple(f.name for f in fields(_Described))
# The fields `Head.with_facts` and `Node.head` hand on by position, in order.
assert _HEAD_ARGS == (
    "key", "canonical", "base", "scope", "family", "kind", "number", "issuer", "level", "place",
    "qualified", "host_doc", "title",
)  # fmt: skip


def _scalars(node: Head | Node) -> dict[str, Any]:
    return {
        "key": node.key,
        "canonical": node.canonical,
        "base": node.base,
        "scope": node.scope,
        "family": node.family,
        "kind": node.kind,
        "number": node.number,
        "issuer": node.issuer,
        "level": node.level.value,
        "province": node.place.province,
        "district": node.place.district,
        "commune": node.place.commune,
        "qualified": node.qualified,
        "host_doc": node.host_doc,
        "title": node.title,
    }


def _scalar_args(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "key": row["key"],
        "canonical": row.get("canonical"),
        "base": row.get("base"),
        "scope": row.get("scope"),
        "family": row.get("family"),
        "kind": row.get("kind"),
        "number": row.get("number"),
        "issuer": row.get("issuer"),
        "level": Level(row.get("level") or "unknown"),
        "place": Place(row.get("province"), row.get("district"), row.get("commune")),
        "qualified": bool(row.get("qualified", True)),
        "host_doc": row.get("host_doc"),
        "title": row.get("title"),
    }


def encode_said(facts: Iterable[Fact]) -> str:
    """Storage spelling of what one document says about one node: a JSON list of
    [field, value, start, end] (the document and the node are the entry's keys)."""
    return orjson.dumps([[f.field, f.value, f.start, f.end] for f in facts]).decode()


def decode_said(text: str, doc: str) -> tuple[Fact, ...]:
    """The facts of `encode_said`, said by `doc`."""
    return tuple(Fact(name, value, doc, a, b) for name, value, a, b in orjson.loads(text))


def _fact_order(f: Fact) -> tuple[str, str, str, int, int]:
    return (f.doc, f.field, f.value, f.start or 0, f.end or 0)


def _encode_mention(f: Fact) -> str:
    """Storage spelling of a spelling fact equal to the canonical code: "<doc>" when it has no
    offsets, else "<doc>\t<start>\t<end>" (the code itself is the node's canonical)."""
    if f.start is None and f.end is None:
        return f.doc
    return f"{f.doc}\t{'' if f.start is None else f.start}\t{'' if f.end is None else f.end}"


def _decode_mention(text: str, canonical: str) -> Fact:
    doc, _, offsets = text.partition("\t")
    if not offsets:
        return Fact(SPELLING, canonical, doc)
    start, _, end = offsets.partition("\t")
    return Fact(SPELLING, canonical, doc, int(start) if start else None, int(end) if end else None)


def _decode_facts(
    facts: list[str] | None, mentions: list[str] | None, canonical: str | None
) -> tuple[Fact, ...]:
    """Facts of a stored row: encoded facts plus mentions (rows written before mentions existed
    hold every spelling among the facts; both read the same)."""
    out = [Fact.decode(f) for f in facts or ()]
    if mentions:
        if canonical is None:
            raise ValueError("a node row with mentions but no canonical code")
        out += [_decode_mention(m, canonical) for m in mentions]
    return tuple(sorted(out, key=_fact_order))


@quick_init
@dataclass(frozen=True, slots=True)
class EdgeEvidence:
    """Where the citing document states the relation."""

    start: int
    end: int
    text: str
    position: str = "body"
    label: str = ""
    cue: str | None = None
    provision: str | None = None  # the part of the target the sentence is about ("Điều 8")
    # Every document the mention may name, when its code names several and the mention says
    # not which ("thực hiện Chỉ thị số 35-CT/TW", undated, beside the directives of 2019 and
    # 2024): the edge stands to each of them, and this marks it uncertain. Empty: certain.
    candidates: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.candidates, tuple):  # read back from JSON as a list
            object.__setattr__(self, "candidates", tuple(self.candidates))

    def as_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "position": self.position,
            "label": self.label,
            "cue": self.cue,
            "provision": self.provision,
            "candidates": list(self.candidates),
        }


def edge_id(doc: str, type_: str, source: str, target: str) -> str:
    """An edge's key in the stores: one per citing document, type, source and target."""
    return f"{doc}|{type_}|{source}|{target}"


def encode_evidence(evidence: Sequence[EdgeEvidence]) -> str:
    """Storage spelling of an edge's evidence: the JSON list of each one's `as_dict`, which
    orjson writes from the dataclasses themselves (their fields in order, the candidates
    tuple as a list: the same bytes, without a dict per sentence)."""
    return orjson.dumps(evidence).decode()


# What a sentence that names its edge's target for certain (no candidates) reads as inside
# `encode_evidence`'s text: the stores' reports look for it in the stored column (quotes in a
# sentence's own text are escaped there, so only the field itself matches).
CERTAIN_EVIDENCE = '"candidates":[]'


def candidates_of(evidence: Sequence[EdgeEvidence]) -> tuple[str, ...]:
    """The documents a relation's citing text may mean, when none of its sentences says which
    of several documents with the code it means (an uncertain edge, `EdgeEvidence.candidates`);
    empty when any sentence names its target for certain."""
    if not evidence or any(not ev.candidates for ev in evidence):
        return ()
    return tuple(sorted({k for ev in evidence for k in ev.candidates}))


@quick_init
@dataclass(frozen=True, slots=True)
class Edge:
    """A typed relation `source → target` asserted by document `doc` (one edge per doc, pair
    and type; every sentence stating it is kept in `evidence`)."""

    source: str
    target: str
    type: RelationType
    doc: str
    label: str = ""
    path: str | None = None
    evidence: tuple[EdgeEvidence, ...] = ()

    @property
    def id(self) -> str:
        return edge_id(self.doc, RelationType(self.type).value, self.source, self.target)

    @property
    def candidates(self) -> tuple[str, ...]:
        """The documents the citing text may mean where it does not say which (see
        `candidates_of`)."""
        return candidates_of(self.evidence)

    @property
    def ends_force(self) -> bool:
        """Whether this edge ends its target's force: a replacement or repeal of another
        document, stated at least once of the whole of it. "Bãi bỏ khoản 2 Điều 26 Quyết định
        số 04/2020/QĐ-UBND" repeals one provision (every evidence names one): the decision
        stays in force."""
        if self.type not in ENDS_FORCE or self.source == self.target:
            return False
        return not self.evidence or any(ev.provision is None for ev in self.evidence)

    def to_row(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "target": self.target,
            "type": RelationType(self.type).value,
            "doc": self.doc,
            "label": self.label,
            "path": self.path,
            "evidence": encode_evidence(self.evidence),
        }

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Edge:
        evidence = tuple(EdgeEvidence(**e) for e in orjson.loads(row.get("evidence") or "[]"))
        return cls(
            row["source"],
            row["target"],
            RelationType(row["type"]),
            row["doc"],
            row.get("label") or "",
            row.get("path"),
            evidence,
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "type": self.type.value,
            "doc": self.doc,
            "label": self.label,
            "path": self.path,
            "evidence": [e.as_dict() for e in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class Merge:
    """Fold node `old` into node `into` (variant spelling confirmed); evidence in a MATCH fact."""

    old: str
    into: str

    def key(self, key: str) -> str:
        """`key` after the merge."""
        return self.into if key == self.old else key

    def moved(self, edge: Edge) -> Edge:
        """`edge` with its ends on `old` moved to `into`."""
        return replace(edge, source=self.key(edge.source), target=self.key(edge.target))

    def rekeyed(self, record: DocumentRecord) -> DocumentRecord:
        """`record` naming `into` where it named `old`."""
        keys = tuple(sorted({self.key(k) for k in record.node_keys}))
        return replace(record, host_key=self.key(record.host_key), node_keys=keys)


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """What the store remembers about one ingested file, to replace its contribution later."""

    doc: str
    content_hash: str
    path: str | None
    host_key: str
    node_keys: tuple[str, ...]

    def to_row(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "content_hash": self.content_hash,
            "path": self.path,
            "host_key": self.host_key,
            "node_keys": list(self.node_keys),
        }

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> DocumentRecord:
        return cls(
            row["doc"],
            row["content_hash"],
            row.get("path"),
            row["host_key"],
            tuple(row.get("node_keys") or ()),
        )


@dataclass(frozen=True, slots=True)
class DocumentWrite:
    """One document's whole contribution: its node, the nodes it mentions (with this document's
    facts only), its edges, and variant merges it confirms. Written atomically."""

    doc: str
    content_hash: str
    path: str | None
    host_key: str
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    merges: tuple[Merge, ...] = ()
    # Earlier versions of this document stored under other ids (the same source, edited):
    # their contributions and records go in the same write.
    supersedes: tuple[str, ...] = ()
    # Other stored documents' whole contributions, placed again because this one adds a dated
    # document of a code they mention undated (graph.undated): written after it, in the same
    # transaction.
    rewrites: tuple[DocumentWrite, ...] = ()

    @property
    def record(self) -> DocumentRecord:
        return DocumentRecord(
            self.doc,
            self.content_hash,
            self.path,
            self.host_key,
            tuple(sorted({n.key for n in self.nodes})),
        )


@dataclass(frozen=True, slots=True)
class Changes:
    """The final states a batch of writes left, for a store to take over as they are: node
    records (heads) to set, nodes and edges to remove (edge id, source, target), edges to add
    (rows of EDGE_FIELDS, as the store that kept them holds them: the evidence in its storage
    spelling, not decoded into an Edge to be encoded again), records; what documents say about
    nodes, (key, doc, `encode_said` text) to set and (key, doc) to remove."""

    nodes: tuple[Head, ...] = ()
    nodes_removed: tuple[str, ...] = ()
    edges_added: tuple[Sequence[Any], ...] = ()
    edges_removed: tuple[tuple[str, str, str], ...] = ()
    documents: tuple[DocumentRecord, ...] = ()
    documents_removed: tuple[str, ...] = ()
    said: tuple[tuple[str, str, str], ...] = ()
    said_removed: tuple[tuple[str, str], ...] = ()

    def __bool__(self) -> bool:
        return bool(
            self.nodes or self.nodes_removed or self.edges_added or self.edges_removed
            or self.documents or self.documents_removed or self.said or self.said_removed
        )
