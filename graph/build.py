"""Turn one `ingest.Extraction` into graph nodes and edges and write them through a store.

HOST relations start at the document's own node; nested relations ("74-KH/TU → 160-TB/TW")
become edges between the cited nodes, asserted by (owned by) the citing document.
"""

from __future__ import annotations

import json
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from graph import identity as ident
from graph import undated as U
from graph.model import (
    ALTERNATIVE,
    DATE,
    ISSUER,
    MATCH,
    POSSIBLE_DUPLICATE,
    SHORT_FORM,
    SPELLING,
    SUBJECT,
    TERM,
    UNCERTAIN,
    UNDATED,
    DocumentRecord,
    DocumentWrite,
    Edge,
    EdgeEvidence,
    Fact,
    Head,
    Merge,
    Node,
)
from graph.records import emptied
from graph.removal import notes_undone
from graph.store import DocumentTarget, citing_documents_of, code_batch_reader
from ingest.bodies import body_level
from ingest.codes import DocumentCode, Level, kind_code_of, letter_kind
from ingest.laws import law_kind
from ingest.models import HOST, Extraction, HostDocument, Reference, Relation
from ingest.normalize import parse_code
from ingest.relations import RelationType
from ingest.terms import named_central_term, restarts, reused, scope_of

# Decides whether a variant spelling is the same document: (subject score, dates) → verdict
# "merge", "doubt" or "no"; dates is "same" (both known, equal), "unknown" (neither known, same
# issuer) or "differ". A strategy parameter (STYLE habit 7).
Matcher = Callable[[float, str], str]
Keys = tuple[str, ...]  # node keys


def default_matcher(score: float, dates: str) -> str:
    """Merge when the subjects agree and the dates agree; report a close but unproven match.

    The same full date is strong evidence, so a lower subject score suffices with it
    (`identity.MERGE_SCORE_DATED`); without dates the subjects must agree closely.
    """
    if dates == "same" and score >= ident.MERGE_SCORE_DATED:
        return "merge"
    if dates == "unknown" and score >= ident.MERGE_SCORE:
        return "merge"
    if score >= ident.DOUBT_SCORE:
        return "doubt"
    return "no"


@dataclass(slots=True)
class _Group:
    """Every mention of one canonical code in one document."""

    code: DocumentCode
    refs: list[Reference] = field(default_factory=list)
    indices: list[int] = field(default_factory=list)  # the refs' places in the extraction
    key: str = ""
    facts: list[Fact] = field(default_factory=list)
    issuer: ident.Issuer | None = None
    base: str = ""
    scope: str | None = None
    # the stored dated documents an undated mention names (graph.identity.undated_targets),
    # when it names them through the store (else ()); its key is the first
    targets: tuple[str, ...] = ()
    # its scope is the term a mention names, no mention giving a date (`_Builder.place`)
    termed: bool = False

    @property
    def canonical(self) -> str:
        return self.code.canonical

    @property
    def subject(self) -> str | None:
        return next((r.subject for r in self.refs if r.subject), None)

    @property
    def kind_said(self) -> str | None:
        """The kind the text gives by its type word, the most said (the first on a tie):
        "Luật Bảo hiểm y tế số 25/2008/QH12", "Nghị định số 12/CP" (whose codes carry no type
        letters) are a law and a decree ("NĐ": a kind code where one exists)."""
        words = Counter(r.type_word for r in self.refs if r.type_word and r.type_word != "Văn bản")
        if not words:
            return None
        word = words.most_common(1)[0][0]  # ties: the first counted, the first in the text
        return kind_code_of(word) or word

    @property
    def dated(self) -> bool:
        """Whether a mention of the group gives a date."""
        return any(r.date for r in self.refs)

    @property
    def dates(self) -> set[str]:
        return {r.date.isoformat() for r in self.refs if r.date}

    @property
    def alternatives(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a for r in self.refs for a in r.alternatives))


def _dates_agree(mine: set[str], theirs: tuple[str, ...], same_issuer: bool) -> str:
    if mine and theirs:
        return "same" if mine & set(theirs) else "differ"
    return "unknown" if not mine and not theirs and same_issuer else "differ"


def _node_for(group: _Group, host: HostDocument | None, doc: str) -> Node:
    code, issuer = group.code, group.issuer
    assert issuer is not None
    # a code without type letters (a law's "25/2008/QH12") takes the kind its text gives, else
    # the shipped law table's for a law cited by its bare number ("Căn cứ 25/2008/QH12")
    kind = (code.document_type or (host.kind if host is not None else None) or group.kind_said
            or law_kind(code.canonical))  # fmt: skip
    if code.letter_shaped:  # "Hướng dẫn số 1510/UBND-GDĐT": HD, not the letter's CV
        kind = letter_kind(host.kind if host is not None else None, group.kind_said)
    return Node(
        key=group.key,
        canonical=code.canonical,
        base=group.base,
        scope=group.scope,
        family=code.family.value,
        kind=kind,
        number=code.number,
        issuer=code.issuer,
        level=issuer.level,
        place=issuer.place,
        qualified=issuer.qualified,
        host_doc=doc if host is not None else None,
        title=host.title if host else None,
        facts=tuple(dict.fromkeys(group.facts)),
    )


def _mention_facts(group: _Group, doc: str) -> list[Fact]:
    facts = []
    for r in group.refs:
        written = r.code.canonical if r.code else group.canonical
        facts.append(Fact(SPELLING, written, doc, r.start, r.end))
        if r.date:
            facts.append(Fact(DATE, r.date.isoformat(), doc, r.start, r.end))
        if r.term:
            facts.append(Fact(TERM, r.term, doc, r.start, r.end))
        if r.subject:
            facts.append(Fact(SUBJECT, r.subject, doc, r.start, r.end))
        if r.issuing_body:
            facts.append(Fact(ISSUER, r.issuing_body, doc, r.start, r.end))
    return facts


def _named_term(group: _Group) -> str | None:
    """The scope of an undated group whose mention names the central term of its code ("Chỉ
    thị số 05-CT/TƯ của Bộ Chính trị khóa XII": XII, `ingest.terms.named_central_term`), the
    first named; None when none does. Such a mention names that term's document as a date in
    the term would, never the dated documents of other terms."""
    return next(
        (t for r in group.refs if (t := named_central_term(group.code, r.term)) is not None),
        None,
    )


def _dating_fields(head: Head) -> tuple[str, ...]:
    """The facts that tell which scope a stored node of a restarting code is in: the dates
    texts give it, and for a central code the terms they name (`_named_term`)."""
    return (DATE, TERM) if head.level is Level.CENTRAL else (DATE,)


def same_document(key: str, other: str, *, on_disk: bool) -> bool:
    """Whether two host keys stored from one source name one document (see
    `_Builder._earlier_versions`); `on_disk`: the source is a file's absolute path."""
    if key == other:
        return True
    if on_disk and key.startswith("doc:") and other.startswith("doc:"):
        return True  # (a document without a code: its key names its text, which changed)
    return ident.versions_of_one_code(key, other, on_disk=on_disk)


class _Builder:
    def __init__(self, store: DocumentTarget, ext: Extraction, matcher: Matcher) -> None:
        self.store, self.ext, self.matcher = store, ext, matcher
        self.host = ext.document
        self.doc = self.host.id
        self.merges: list[Merge] = []
        self._by_code: dict[str, list[Head]] = {}
        self._renamed: set[str] = set()  # stored texts naming a node this write folds away
        # Per shared base, the scopes of stored dated documents no text dates once this one
        # replaces its earlier versions (`_undated_away`)
        self._gone: dict[str, set[str]] = {}

    def _heads_by_code(self, code: str) -> list[Head]:
        """The store's nodes with `code`, read once per build (nothing is written meanwhile)."""
        heads = self._by_code.get(code)
        if heads is None:
            heads = self._by_code[code] = self.store.heads_by_code(code)
        return heads

    def groups(self) -> dict[str, _Group]:
        groups: dict[str, _Group] = {}
        for i, r in enumerate(self.ext.references):
            if r.code is None or r.mention == "self" or r.resolves_to == HOST:
                continue
            group = groups.setdefault(r.code.canonical, _Group(r.code))
            group.refs.append(r)
            group.indices.append(i)
        return groups

    def split_reused(self, group: _Group, anchor: date | None) -> list[_Group]:
        """Take out of `group` the mentions dated as another document with the same code
        ("… thay thế Chỉ thị số 35-CT/TW ngày 30/5/2019" in the directive 35-CT/TW of 2024):
        one group per document, the mentions of the first (`anchor`: the host's own date)
        left in `group`. An undated mention's facts stay with the first document (its
        relations go to each: `_undated_candidates`); each document keeps a note that the
        code names several here."""
        kept: list[tuple[Reference, int]] = []
        others: list[tuple[date, _Group]] = []
        for r, i in zip(group.refs, group.indices, strict=True):
            if r.date is not None and anchor is None:
                anchor = r.date
            if r.date is None or not reused(group.code, r.date, anchor):
                kept.append((r, i))
                continue
            other = next((g for day, g in others if not reused(g.code, r.date, day)), None)
            if other is None:
                other = _Group(group.code)
                others.append((r.date, other))
            other.refs.append(r)
            other.indices.append(i)
        if not others:
            return []
        group.refs, group.indices = [r for r, _ in kept], [i for _, i in kept]
        days = sorted({day for day in (anchor, *(day for day, _ in others)) if day is not None})
        note = f"the code names {len(days)} documents in this text, dated " + ", ".join(
            d.isoformat() for d in days
        )
        for g in (group, *(g for _, g in others)):
            g.facts.append(Fact(UNCERTAIN, note, self.doc))
        return [g for _, g in others]

    def place_reused(self, group: _Group, taken: Mapping[str, str | None]) -> None:
        """Place a document split off by `split_reused`: its own key, with its term (the key
        of a dated document; an unplaced local code's first document in this text holds the
        base, `identity.shared`)."""
        self.place(group, host_code=False)
        if group.key in taken and taken[group.key] != group.scope and group.scope:
            group.key = ident.scoped_key(group.base, group.scope)

    def place(self, group: _Group, host_code: bool) -> None:
        h = self.host
        if host_code:
            group.issuer = ident.host_issuer(group.code, h.level, h.place)
        else:
            bodies: list[str | None] = [r.issuing_body for r in group.refs if r.issuing_body]
            bodies.sort(key=lambda b: body_level(b)[1] is None)  # named places first
            group.issuer = ident.issuer_of(group.code, bodies, h.level, h.place)
        group.base = ident.base_key(group.canonical, group.issuer, self.doc)
        first = next((r.date for r in group.refs if r.date), None)
        if host_code and h.date:
            first = h.date
        group.scope = scope_of(group.code, first)
        if group.scope is None and not host_code:
            group.scope = _named_term(group)
            group.termed = group.scope is not None
        scopes = {scope_of(group.code, r.date) for r in group.refs if r.date}
        if len(scopes) > 1:
            group.facts.append(
                Fact(UNCERTAIN, f"dates in terms {sorted(s for s in scopes if s)}", self.doc)
            )
        if not ident.shared(group.base):  # only this text names it (split_reused: its terms)
            group.key = group.base
        elif group.scope is not None or not restarts(group.code):
            group.key = ident.scoped_key(group.base, group.scope)
        else:  # undated, numbered anew each term or year: the dated documents stored
            self.place_undated(group, host_code)

    def place_undated(self, group: _Group, host_code: bool) -> None:
        """Key an undated mention of a code whose numbering restarts by the dated documents
        of its code the store holds (`undated.target_keys`); when it names several, its
        facts go to each, with a note, and its relations to each, uncertain."""
        heads = self._heads_by_code(group.canonical)
        scopes = set(ident.dated_scopes(group.base, heads)) - self._gone.get(group.base, set())
        targets = U.target_keys(group.base, self.doc, self.host.date, scopes, host=host_code)
        group.key = targets[0]
        group.facts = [f for f in group.facts if f.field != UNDATED
                       and (f.field != UNCERTAIN or ident.noted_keys(f.value) is None)]  # fmt: skip
        group.facts.append(Fact(UNDATED, "", self.doc))  # (its value: `_node_for`'s kind)
        group.targets = ()
        if len(targets) > 1:
            group.targets = targets
            group.facts.append(Fact(UNCERTAIN, ident.undated_note(targets), self.doc))

    def _said_by_others(self, node: Head) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Subjects and dates other documents give `node` (this document's earlier version
        must not vouch for itself on re-ingest): the node's tally less what this document
        said there, so a node cited by thousands is read without its facts."""
        own = Counter((f.field, f.value) for f in self.store.said(node.key, self.doc))

        def others(name: str) -> tuple[str, ...]:
            values = node.tally.get(name, {})
            return tuple(sorted(v for v, n in values.items() if n > own[(name, v)]))

        return others(SUBJECT), others(DATE)

    def variants(self, group: _Group, groups: Mapping[str, _Group]) -> None:
        """Merge a variant spelling into the node of its alternative reading, or report it."""
        for alt in group.alternatives:
            alt_code = parse_code(alt)
            if alt_code is None:
                continue
            in_doc = groups.get(alt)
            candidates: list[tuple[str, tuple[str, ...], tuple[str, ...], bool]] = []
            if in_doc is not None:
                candidates.append(
                    (in_doc.key, tuple(filter(None, [in_doc.subject])), tuple(in_doc.dates), True)
                )
            assert group.issuer is not None
            alt_base = ident.base_key(alt, group.issuer, self.doc)
            for n in self._heads_by_code(alt):
                if n.canonical == alt and n.base == alt_base:
                    subjects, dates = self._said_by_others(n)
                    candidates.append((n.key, subjects, dates, n.issuer == alt_code.issuer))
            group.facts.append(Fact(ALTERNATIVE, alt, self.doc))
            for key, subjects, dates, same_issuer in candidates:
                score = ident.subject_score(group.subject, subjects)
                agree = _dates_agree(group.dates, dates, same_issuer)
                verdict = self.matcher(score, agree)
                if verdict == "merge" and group.targets:
                    verdict = "doubt"  # (an undated mention of several documents: one of them)
                evidence = {
                    "from": group.canonical,
                    "into": alt,
                    "key": key,
                    "score": round(score, 1),
                    "dates_agree": agree,
                }
                if verdict == "merge":
                    group.key = key
                    found = self.store.head(key)
                    group.base = (found.base if found else None) or alt_base
                    group.scope = found.scope if found else group.scope
                    group.code = alt_code
                    group.facts.append(
                        Fact(
                            MATCH,
                            json.dumps(evidence, ensure_ascii=False, sort_keys=True),
                            self.doc,
                        )
                    )
                    group.facts.append(Fact(SPELLING, alt, self.doc))
                    return
                if verdict == "doubt":
                    group.facts.append(
                        Fact(
                            POSSIBLE_DUPLICATE,
                            json.dumps(
                                {**evidence, "reason": "variant spelling"},
                                ensure_ascii=False,
                                sort_keys=True,
                            ),
                            self.doc,
                        )
                    )

    def reverse_variants(self, group: _Group) -> None:
        """An earlier document wrote this code another way (listing it as an alternative):
        fold that node into this one when the subjects and dates agree."""
        for n in self._heads_by_code(group.canonical):
            if n.canonical == group.canonical or group.canonical not in n.alternatives:
                continue
            subjects, dates = self._said_by_others(n)
            score = ident.subject_score(group.subject, subjects)
            agree = _dates_agree(group.dates, dates, n.issuer == group.code.issuer)
            verdict = self.matcher(score, agree)
            evidence = {
                "from": n.canonical,
                "into": group.canonical,
                "key": group.key,
                "score": round(score, 1),
                "dates_agree": agree,
            }
            if verdict == "merge":
                self.merges.append(Merge(n.key, group.key))
                group.facts.append(
                    Fact(MATCH, json.dumps(evidence, ensure_ascii=False, sort_keys=True), self.doc)
                )
            elif verdict == "doubt":
                group.facts.append(
                    Fact(
                        POSSIBLE_DUPLICATE,
                        json.dumps(
                            {**evidence, "key": n.key, "reason": "variant spelling"},
                            ensure_ascii=False,
                            sort_keys=True,
                        ),
                        self.doc,
                    )
                )

    def duplicates(self, group: _Group) -> None:
        """Report (never merge) other nodes with this code that may be the same document."""
        assert group.issuer is not None
        for n in self._heads_by_code(group.canonical):
            if n.key == group.key or n.canonical != group.canonical or n.base == group.base:
                continue
            if group.issuer.qualified and n.qualified:
                continue  # two known places: two documents
            if not ident.places_compatible(group.issuer.place, n.place):
                continue
            score = ident.subject_score(group.subject, n.subjects)
            group.facts.append(
                Fact(
                    POSSIBLE_DUPLICATE,
                    json.dumps(
                        {
                            "key": n.key,
                            "score": round(score, 1),
                            "reason": "unqualified local code",
                        },
                        ensure_ascii=False,
                        sort_keys=True,
                    ),
                    self.doc,
                )
            )

    def build(self) -> DocumentWrite:
        h = self.host
        groups = self.groups()
        reader = code_batch_reader(self.store)
        if reader is not None:  # every code's nodes in one read
            codes = [*groups, *([h.code.canonical] if h.code is not None else [])]
            self._by_code.update(reader.heads_by_codes(codes))
        host_group: _Group | None = None
        reused_groups: list[_Group] = []
        if h.code is not None:
            host_group = groups.pop(h.code.canonical, None) or _Group(h.code)
            reused_groups += self.split_reused(host_group, h.date)
            self.place(host_group, host_code=True)
        for g in groups.values():
            reused_groups += self.split_reused(g, None)
            self.place(g, host_code=False)
        taken = {g.key: g.scope for g in [*groups.values(), *([host_group] if host_group else [])]}
        for g in reused_groups:
            self.place_reused(g, taken)
            taken[g.key] = g.scope
        placed = [*groups.values(), *([host_group] if host_group else []), *reused_groups]
        superseded = self._earlier_versions(host_group.key if host_group else f"doc:{self.doc}")
        self._gone = self._undated_away(
            superseded,
            {g.key for g in placed if g.dated or g.termed or (g is host_group and h.date)},
        )
        for g in placed:  # an undated mention names none of the documents no text dates now
            if g.base in self._gone and any(f.field == UNDATED for f in g.facts):
                self.place_undated(g, host_code=g is host_group)
        for g in groups.values():
            self.variants(g, groups)
        for g in [*groups.values(), *([host_group] if host_group else [])]:
            self.reverse_variants(g)
            self.duplicates(g)
        nodes: list[Node] = []
        if host_group is not None:
            host_group.facts += _mention_facts(host_group, self.doc)
            host_group.facts += self._host_facts(host_group.canonical)
            host_node = self._marked(_node_for(host_group, h, self.doc))
        else:
            host_node = Node(
                key=f"doc:{self.doc}",
                kind=h.kind,
                level=h.level,
                place=h.place,
                host_doc=self.doc,
                title=h.title,
                facts=tuple(self._host_facts(None)),
            )
        nodes.append(host_node)
        key_of: dict[str, str] = {HOST: host_node.key}
        if h.code is not None:
            key_of[h.code.canonical] = host_node.key
        for canonical, g in groups.items():
            g.facts = _mention_facts(g, self.doc) + g.facts
            key_of[canonical] = g.key
        key_of_reference: dict[int, str] = {}
        for g in reused_groups:
            g.facts = _mention_facts(g, self.doc) + g.facts
            key_of_reference.update((i, g.key) for i in g.indices)
        undated = self._undated_candidates(groups, reused_groups)
        by_key: dict[str, Node] = {}
        for g in [*groups.values(), *reused_groups]:
            for node in self._nodes_of(g):
                if node.key in by_key:  # two spellings folded into one node in this document
                    prev = by_key[node.key]
                    node = replace(prev, facts=tuple(dict.fromkeys(prev.facts + node.facts)))
                by_key[node.key] = node
        if host_node.key in by_key:
            extra = by_key.pop(host_node.key)
            host_node = replace(
                host_node, facts=tuple(dict.fromkeys(host_node.facts + extra.facts))
            )
            nodes[0] = host_node
        nodes += by_key.values()
        return DocumentWrite(
            self.doc,
            h.content_hash,
            self.ext.path,
            host_node.key,
            tuple(nodes),
            self._edges(key_of, key_of_reference, undated),
            tuple(self.merges),
            superseded,
            self._rewrites(nodes, superseded),
        )

    def _rewrites(self, nodes: Sequence[Node], skip: Sequence[str]) -> tuple[DocumentWrite, ...]:
        """Other stored texts written again (graph.undated): those that mention undated a code
        whose dated documents this write changes (`_changed_scopes`: their mention names
        others now), and those whose undated mention names a node a variant merge folds
        away."""
        changed = self._changed_scopes(nodes)
        if not changed and not self.merges:
            return ()  # (most writes)
        written = {n.key: n for n in nodes}  # (a head is made only where one is needed)
        found: dict[str, U.Contribution | None] = {self.doc: None, **dict.fromkeys(skip)}
        renames = [
            (m, into) for m in self.merges
            if (into := written[m.into].head if m.into in written else self.store.head(m.into))
            is not None
        ]  # fmt: skip
        for merge, _ in renames:  # what names the folded node names the one it is folded into
            for doc in self.store.citing_documents(merge.old, UNCERTAIN):
                self._contribution(doc, found, renames)
        moves: dict[str, dict[tuple[str, ...], U.Move]] = defaultdict(dict)
        named = self._named_undated(changed)
        citers = citing_documents_of(self.store, [ask for _, _, ask in named])
        for base, scopes, ask in named:
            for doc in citers[ask]:
                c = self._contribution(doc, found, renames)
                old = c.undated(base) if c is not None else ()
                if c is None or not old:
                    continue
                host = c.record.host_key in old
                day, _ = c.marked(old)
                new = U.target_keys(base, doc, day, scopes, host=host)
                if new != old:
                    moves[doc][old] = U.Move(old, new, host)
        out = []
        for doc in sorted(self._renamed | moves.keys()):
            c = found[doc]
            assert c is not None
            by_old = moves.get(doc, {})
            wanted = {k for m in by_old.values() for k in m.new}
            stored = wanted - written.keys()
            templates = {**(self.store.heads_by_key(stored) if stored else {}),
                         **{k: written[k].head for k in wanted & written.keys()}}  # fmt: skip
            for m in by_old.values():  # a key no stored node has yet: the code alone
                if len(m.new) == 1 and m.new[0] not in templates:
                    first = c.heads[m.old[0]]
                    templates[m.new[0]] = replace(first, key=m.new[0], scope=None, tally={})
            out.append(U.moved(c, list(by_old.values()), templates))
        return tuple(out)

    def _named_undated(
        self, changed: Mapping[str, tuple[str, set[str]]]
    ) -> list[tuple[str, set[str], tuple[str, str | None]]]:
        """For each shared base of `changed` (`_changed_scopes`), the nodes an undated mention
        of its code may name (the base itself, or a dated document of it that a text names
        undated), each as the base, its scopes after the write, and what to ask of the store:
        (node key, the field a citer's facts hold: None for the base, whose every citer names
        it undated)."""
        named = []
        for base, (code, scopes) in changed.items():
            for head in self._heads_by_code(code):
                stub = head.key == base  # (only undated mentions name the base alone)
                if head.base != base or not (stub or UNDATED in head.tally):
                    continue
                named.append((base, scopes, (head.key, None if stub else UNDATED)))
        return named

    def _changed_scopes(self, nodes: Sequence[Node]) -> dict[str, tuple[str, set[str]]]:
        """The shared bases whose dated documents this write changes, each with its code and
        the scopes of its dated documents after the write: it adds one, or the text it
        replaces was the last to date one (`_undated_away`)."""
        dated: dict[str, set[str]] = defaultdict(set)
        for n in nodes:
            if n.base and n.scope and ident.shared(n.base) \
                    and n.key == ident.scoped_key(n.base, n.scope):  # fmt: skip
                dated[n.base].add(n.scope)
        changed: dict[str, tuple[str, set[str]]] = {}
        for base in {*dated, *self._gone}:
            code = base.partition("@")[0]  # (a shared base: the code, then a place)
            before = set(ident.dated_scopes(base, self._heads_by_code(code)))
            after = (before - self._gone.get(base, set())) | dated[base]
            if after != before:
                changed[base] = (code, after)
        return changed

    def _undated_away(self, replaced: Sequence[str], dated: set[str]) -> dict[str, set[str]]:
        """Per shared base, the scopes of the stored dated documents that no text dates once
        this text replaces its stored versions (itself, `replaced`): the last text to date one
        no longer does (`dated`: the keys this write dates). Such a node is no dated document
        any more: what names the code undated goes to the others."""
        records = [r for d in (self.doc, *replaced) if (r := self.store.document(d)) is not None]
        if not records:
            return {}
        docs = {r.doc for r in records}
        keys = {k for r in records for k in r.node_keys} - dated
        gone: dict[str, set[str]] = {}
        for key, head in self.store.heads_by_key(keys).items():
            base = head.base
            if not (base and head.scope and ident.shared(base)
                    and key == ident.scoped_key(base, head.scope)):  # fmt: skip
                continue
            fields = _dating_fields(head)
            own = sum(f.field in fields for d in docs for f in self.store.said(key, d))
            said = sum(n for name in fields for n in head.tally.get(name, {}).values())
            if said > own or head.host_doc not in (None, *docs):
                continue  # another text dates it
            gone.setdefault(base, set()).add(head.scope)
        return gone

    def _contribution(
        self, doc: str, found: dict[str, U.Contribution | None],
        renames: Sequence[tuple[Merge, Head]],
    ) -> U.Contribution | None:  # fmt: skip
        """What the stored text `doc` wrote, with the variant merges of this write made
        (`renames`: each with the head of the node it folds into); None: not stored, or this
        text or one it replaces. Read once per build."""
        if doc not in found:
            record = self.store.document(doc)
            c = (
                None if record is None
                else U.Contribution.of(record, self.store.document_contribution(record))
            )  # fmt: skip
            for merge, into in renames:
                if c is not None and (merge.old in c.heads or c.names_among(merge.old)):
                    c = U.renamed(c, merge, into)
                    self._renamed.add(doc)
            found[doc] = c
        return found[doc]

    def _earlier_versions(self, host_key: str) -> tuple[str, ...]:
        """Documents this one replaces: stored from the same source (path) as the same
        document, under another id because the text changed. The same document is the same
        host node, the same code with no known place (whose key names the citing text), or no
        code at all, before and after (the key names the text: a user trial's edited news
        item without a code was stored beside its earlier version), or, from a file on disk,
        the same code with no known place or date before or after (an edit pasted its header
        in or took it out: `identity.versions_of_one_code`). A document from another source,
        or with another code or another known place, is never replaced. Known limit: two uploads of
        different documents under one file name, with one code and no known place or with no
        code, count as versions of one document (a path cannot tell them apart). So a
        document without a code replaces its earlier version only from a file on disk (its
        absolute path, `vbgraph ingest`): two uploads under one name ("vanban.docx") may be two
        documents, and neither is lost."""
        path = self.ext.path
        if not path:
            return ()
        on_disk = os.path.isabs(path)
        return tuple(
            rec.doc
            for rec in self.store.documents_at(path)
            if rec.doc != self.doc and same_document(rec.host_key, host_key, on_disk=on_disk)
        )

    def _host_facts(self, canonical: str | None) -> list[Fact]:
        h = self.host
        facts = [Fact(SPELLING, canonical, self.doc)] if canonical else []
        if h.date:
            facts.append(Fact(DATE, h.date.isoformat(), self.doc))
        if h.term:
            facts.append(Fact(TERM, h.term, self.doc))
        if h.issuing_body:
            facts.append(Fact(ISSUER, h.issuing_body, self.doc))
        facts.extend(
            Fact(SHORT_FORM, r.surface, self.doc, r.start, r.end)
            for r in self.ext.references
            if r.mention == "short" and r.code is None
        )
        return facts

    def _undated_candidates(
        self, groups: Mapping[str, _Group], reused_groups: Sequence[_Group]
    ) -> dict[str, Keys]:
        """For each cited code that names several documents, the nodes an undated mention of
        it names: the dated ones stored (`place_undated`), or the ones this text tells apart
        by their dates (`split_reused`)."""
        undated: dict[str, Keys] = {}
        for canonical, g in groups.items():
            split = [r.key for r in reused_groups if r.canonical == canonical]
            if split:
                undated[canonical] = tuple(sorted({g.key, *split}))
            elif g.targets:
                undated[canonical] = g.targets
        return undated

    def _nodes_of(self, group: _Group) -> list[Node]:
        """The node(s) of a cited code's group: one, or one per document an undated mention
        names (each with the mention's facts and the note that names them all)."""
        node = self._marked(_node_for(group, None, self.doc))
        return [node, *(replace(node, key=k) for k in group.targets[1:])]

    def _marked(self, node: Node) -> Node:
        """`node` with its undated mention's UNDATED fact saying the citing text's date and
        the kind it gives (`undated.marker`: what placing it again needs)."""
        if not any(f.field == UNDATED for f in node.facts):
            return node
        mark = U.marker(self.doc, self.host.date, node.kind)
        return replace(node, facts=tuple(mark if f.field == UNDATED else f for f in node.facts))

    def _targets(self, rel: Relation, key_of: Mapping[str, str],
                 key_of_reference: Mapping[int, str],
                 undated: Mapping[str, Keys]) -> tuple[Keys, Keys]:  # fmt: skip
        """The node(s) a relation points to, and the candidates when the mention does not
        say which of several documents with its code it means (an edge to each, uncertain)."""
        if rel.reference in key_of_reference:  # dated, one of several here
            return (key_of_reference[rel.reference],), ()
        ref = self.ext.references[rel.reference]
        keys = undated.get(rel.target, ())
        if ref.date is None and len(keys) > 1:
            return keys, keys
        dst = key_of.get(rel.target)
        return ((dst,) if dst is not None else ()), ()

    def _edges(self, key_of: Mapping[str, str], key_of_reference: Mapping[int, str],
               undated: Mapping[str, Keys]) -> tuple[Edge, ...]:  # fmt: skip
        """The relations as edges; a target is its reference's node where its code names
        several documents here (`split_reused`), otherwise its code's, or each of its code's
        documents, marked uncertain, where an undated mention does not say which."""
        grouped: dict[tuple[str, str, str], list[EdgeEvidence]] = defaultdict(list)
        labels: dict[tuple[str, str, str], str] = {}
        for rel in self.ext.relations:
            src = key_of.get(rel.source)
            dsts, candidates = self._targets(rel, key_of, key_of_reference, undated)
            ev = rel.evidence
            provision = rel.provision or self.ext.references[rel.reference].provision
            for dst in dsts:
                if src is None or src == dst:
                    continue
                k = (src, dst, rel.type.value)
                grouped[k].append(
                    EdgeEvidence(ev.start, ev.end, ev.text, rel.position, rel.label, rel.cue,
                                 provision, candidates)  # fmt: skip
                )
                labels.setdefault(k, rel.label)
        return tuple(
            Edge(
                s,
                t,
                RelationType(ty),
                self.doc,
                labels[(s, t, ty)],
                self.ext.path,
                tuple(evs) if len(evs) == 1 else tuple(dict.fromkeys(evs)),
            )
            for (s, t, ty), evs in sorted(grouped.items())
        )


class _Removal(_Builder):
    """The build of a document's removal (`removal_write`): no nodes, no edges; what other
    stored texts said undated of a code only this document dated placed again."""

    def __init__(self, store: DocumentTarget, doc: str) -> None:  # (no extraction to read)
        self.store, self.doc = store, doc
        self.merges = []
        self._by_code = {}
        self._renamed = set()
        self._gone = {}

    def write(self, record: DocumentRecord) -> DocumentWrite:
        self._gone = self._undated_away((), set())
        rewrites = notes_undone(self.store, record, self._rewrites((), ()))
        return replace(emptied(record), rewrites=rewrites)


def removal_write(store: DocumentTarget, record: DocumentRecord) -> DocumentWrite:
    """The write that takes `record`'s document out of `store` (`graph.removal`): its
    contribution replaced by nothing, and the stored texts that mention undated a code whose
    only dated document it was written again, naming the code alone (or the dated documents
    left), as they would be had it never been ingested (`graph.undated`)."""
    return _Removal(store, record.doc).write(record)


def build_document(
    store: DocumentTarget, ext: Extraction, *, matcher: Matcher = default_matcher
) -> DocumentWrite:
    """Decide the nodes and edges of one extraction against what `store` already holds.

    Parameters
    ----------
    store : DocumentTarget
        Read only, to find the nodes mentions belong to (terms, places, variant spellings).
    ext : Extraction
        The output of ``ingest.extract``.
    matcher : callable, optional
        ``(subject score, dates agree) → "merge" | "doubt" | "no"`` for variant spellings.

    Returns
    -------
    DocumentWrite
        The document's whole contribution, ready for ``store.replace_document``.
    """
    return _Builder(store, ext, matcher).build()


def ingest_extraction(
    store: DocumentTarget, ext: Extraction, *, matcher: Matcher = default_matcher
) -> DocumentWrite:
    """Build and write one extraction; re-ingesting an unchanged document changes nothing."""
    write = build_document(store, ext, matcher=matcher)
    store.replace_document(write)
    return write


def ingest_file(
    store: DocumentTarget, path: str | Path, *, metadata: Mapping[str, str] | None = None
) -> DocumentWrite:
    """Read a UTF-8 text file, extract it and write it (metadata as for ``ingest.extract``)."""
    from ingest.extract import extract  # the rules load only when a document is extracted

    p = Path(path)
    return ingest_extraction(
        store, extract(p.read_text(encoding="utf-8"), path=str(p), metadata=metadata)
    )
