"""Turn graph values (nodes, edges, lineage walks) into the API's response models, and filter
document lists. Shared by the routes and the command line."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import Any, cast

import orjson

from api import schemas as S
from api.search import Hit, fold, kind_code
from graph import reports as R
from graph.identity import documents_of_base
from graph.lineage import Hop, Lineage, PathAnswer, ended_by
from graph.model import ISSUER, SUBJECT, Conflict, Edge, EdgeEvidence, Head, Node
from graph.reports._common import document_date, uncertain_sources
from graph.store import (
    DocumentListing,
    DocumentSelection,
    GraphStore,
    SaidListing,
    SearchingStore,
)
from ingest.bodies import names_a_body
from ingest.codes import Level, kind_code_of, kind_word
from ingest.laws import law_title
from viz.coverage_map import title as coverage_title


def place_label(node: Node) -> str:
    """ "Nguyễn Nghiêm, Đức Phố, Quảng Ngãi", "Phường 12, Quận 10, Hồ Chí Minh": commune
    first, the parts the graph knows (a numbered unit with its word: `graph.reports.spelled`)."""
    p = node.place
    return place_words(p.province, p.district, p.commune)


def place_words(province: str | None, district: str | None, commune: str | None) -> str:
    """`place_label` of a place with these names."""
    return ", ".join(x for x in reversed(R.spelled(province, district, commune)) if x)


def issuing_bodies(node: Node | Head) -> list[str]:
    """The issuing bodies citers name, the most often named first (`Node.ranked`); a word
    that names no body ("tỉnh" of "Nghị quyết số 57-NQ/TW của tỉnh", `names_a_body`) left
    out: no listing shows it as the document's issuer, no issuer filter matches it."""
    return [b for b in node.ranked(ISSUER) if names_a_body(b)]


def main_subject(node: Node | Head) -> str | None:
    """The subject most citers give (`Node.ranked`), None when none gives one."""
    ranked = node.ranked(SUBJECT)
    return ranked[0] if ranked else None


# How tables mark a relation whose citing text does not say which of several documents with
# the code it means (an uncertain edge, `graph.model.candidates_of`).
UNCERTAIN_LABEL = "chưa chắc / uncertain"
# The notes a store keeps on why a document's identity is uncertain (graph.build, graph.undated,
# graph.identity.undated_note), in English, each with its Vietnamese from what it names: said
# in Vietnamese first when shown.
_UNCERTAIN_NOTES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    # graph.identity.undated_note: the keys the undated mention names
    (re.compile(r"undated mention; the code names several documents: (.*)"),
     lambda m: f"văn bản dẫn số hiệu không kèm ngày, số hiệu ứng với nhiều văn bản: {m[1]}"),
    # graph.build split_reused: how many documents one text dates, and their dates
    (re.compile(r"the code names (\d+) documents in this text, dated (.*)"),
     lambda m: f"số hiệu ứng với {m[1]} văn bản trong cùng văn bản dẫn chiếu, ngày "
               + ", ".join(_day_vi(d) for d in m[2].split(", "))),
    # graph.build place: the terms the mentions' dates fall in
    (re.compile(r"dates in terms \[(.*)\]"),
     lambda m: "các ngày được nêu thuộc nhiều khóa, nhiệm kỳ: " + m[1].replace("'", "")),
)  # fmt: skip


def _day_vi(iso: str) -> str:
    """ "2019-05-30" → "30/05/2019" (as Vietnamese texts write a date); as given otherwise."""
    year, _, rest = iso.partition("-")
    month, _, day = rest.partition("-")
    return f"{day}/{month}/{year}" if day else iso


def uncertain_note(note: str) -> str:
    """A stored note on an uncertain identity, in Vietnamese and English, each half saying
    what it names ("số hiệu ứng với 2 văn bản trong cùng văn bản dẫn chiếu, ngày 30/05/2019,
    14/06/2024 / the code names 2 documents in this text, dated 2019-05-30, 2024-06-14")."""
    for english, vietnamese in _UNCERTAIN_NOTES:
        if (m := english.fullmatch(note)) is not None:
            return f"{vietnamese(m)} / {note}"
    return note


def scoped_code(node: Node | Head) -> str:
    """The code, with the term or year its key carries (every dated document of a code whose
    numbering restarts: graph.identity) ("35-CT/TW (khóa XIII)", "110-NQ/TU (nhiệm kỳ
    2020-2025)", "16/CT-TTg (năm 2021)"); the code alone for a code that names one document
    ("30/2020/NĐ-CP") or one only mentioned without a date ("35-CT/TW")."""
    scope = node.scope
    if not scope or not node.key.endswith(f"@{scope}"):
        return node.canonical or ""
    return f"{node.canonical} ({scope_words(scope)})"


def scope_words(scope: str) -> str:
    """A term or year as a reader names it: "khóa XIII", "nhiệm kỳ 2020-2025", "năm 2021"."""
    word = "nhiệm kỳ" if "-" in scope else "năm" if scope.isdigit() else "khóa"
    return f"{word} {scope}"


def told_apart(node: Node | Head) -> str:
    """One of several documents a code names, as a reader tells them apart and types it back:
    its code, term or year and earliest date said, and its key ("35-CT/TW (khóa XII,
    2019-05-30) [35-CT/TW]")."""
    said = [scope_words(node.scope) if node.scope else "", min(node.dates, default="")]
    # one with neither ("35-CT/TW [35-CT/TW@?doc-16fd…]", a page read as the directive
    # itself, undated) said to be so, not left bare beside the dated ones
    about = ", ".join(s for s in said if s) or "chưa rõ khóa, ngày"
    return f"{node.canonical or node.key} ({about}) [{node.key}]"


# The scope a `scoped_code` names, as its English half says it ("khóa XIII" → "term XIII").
_SCOPE_WORDS = re.compile(r"\((?:khóa|nhiệm kỳ) ([^()]+)\)$|\(năm (\d{4})\)$")


def in_english(name: str) -> str:
    """`name` (a `readable` name) for a message's English half: the scope its code carries
    said in English.

    >>> in_english("35-CT/TW (khóa XIII)"), in_english("16/CT-TTg (năm 2021)")
    ('35-CT/TW (term XIII)', '16/CT-TTg (2021)')
    """
    return _SCOPE_WORDS.sub(lambda m: f"(term {m[1]})" if m[1] else f"({m[2]})", name)


def label(node: Node, *, chars: int = 40, scoped: bool = False) -> str:
    """A short name: the code (`scoped`: with its term or year, `scoped_code`, where another
    document drawn beside it has the code), or for a document without one its kind, body and
    place ("KH Đảng ủy (Đức Phố)")."""
    if node.canonical:
        return scoped_code(node) if scoped else node.canonical
    bodies = issuing_bodies(node)
    parts = [kind_code(node) or node.kind or "", bodies[0] if bodies else ""]
    text = " ".join(p for p in parts if p) or node.title or node.key
    place = R.spelled(None, node.place.district)[1] or node.place.province
    if place and place not in text:
        text = f"{text} ({place})"
    return text if len(text) <= chars else text[: chars - 1] + "…"


def readable(node: Node, *, path: str | None = None) -> str:
    """How a person names a document in a table or a title: its code, or for one without a
    code its kind, issuer, place and year ("Kế hoạch — Đảng ủy, Đức Phố, 2021"), never a
    hash key."""
    if node.canonical:
        return scoped_code(node)
    code = kind_code(node)
    kind = kind_word(code, node.family) or node.kind or "Văn bản"
    bodies = issuing_bodies(node)
    day = document_date(node)
    parts = [bodies[0] if bodies else "", place_label(node), str(day.year) if day else ""]
    said = ", ".join(p for p in parts if p)
    if said:
        return f"{kind} — {said}"
    if node.title:
        return f"{kind} — {node.title}"
    # nothing said of it but its file (an English news item): the file's name, not a hash
    return f"{kind} — {PurePath(path).name}" if path else node.key


# A conflicting fact's field as the tables name it
FIELD_NAMES = {"date": "ngày / date", "term": "khóa / term", "issuer": "cơ quan / issuer"}


def said_counted(node: Node, name: str) -> str:
    """What citers say of `name` ("issuing_body", "date"), one spelling per value however it
    was cased ("Bộ Chính trị", "BỘ CHÍNH TRỊ", "Bộ chính trị" are one), the most said first,
    each with how many sayings when more than one value is said: "Bộ Chính trị (52),
    Politburo (2)". `show 57-NQ/TW` listed six issuers, three of them one body cased three
    ways, beside two misreadings, all alike; an issuer word that names no body ("tỉnh (1)",
    `names_a_body`) is left out."""
    merged: dict[str, tuple[str, int]] = {}
    for value, n in sorted(node._counts(name).items(), key=lambda kv: (-kv[1], kv[0])):
        if name == ISSUER and not names_a_body(value):
            continue  # "tỉnh": as `issuing_bodies`
        same = " ".join(value.split()).casefold()
        shown, total = merged.get(same, (value, 0))
        merged[same] = (shown, total + n)
    ranked = sorted(merged.values(), key=lambda vn: (-vn[1], vn[0]))
    if len(ranked) == 1:
        return ranked[0][0]
    return ", ".join(f"{value} ({n})" for value, n in ranked)


def timeline_title(node: Node | None, key: str) -> str:
    """The title of a lineage's timeline, in the CLI's file and the API's page alike:
    "Dòng thời gian / timeline: 35-CT/TW (khóa XII)" (the code alone named both directives)."""
    return f"Dòng thời gian / timeline: {readable(node) if node else key}"


def readable_at(node: Node) -> str:
    """`readable`, with the place of a local document whose code alone names one in many
    places ("02-KH/TU — Huế"): a path from a provincial plan up to a Politburo resolution
    named the plan "02-KH/TU", a code every provincial committee's numbering has."""
    name = readable(node)
    place = place_label(node)
    if node.canonical and place and node.level is not Level.CENTRAL:
        return f"{name} — {place}"
    return name


def document_title(node: Node) -> str | None:
    """The document's title: its own, else, for a law cited by number only, the law's title
    in the shipped table ("31/2024/QH15" → "Luật Đất đai")."""
    return node.title or law_title(node.canonical)


def about(node: Node | None) -> str:
    """What a table says a document is about: a law's title from the shipped table (a citer's
    words about a law are often another text's subject), else its first subject, else its
    title."""
    if node is None:
        return ""
    return law_title(node.canonical) or (main_subject(node) or node.title) or ""


def summary(node: Node) -> S.DocumentSummary:
    bodies = issuing_bodies(node)
    return S.DocumentSummary(
        key=node.key,
        code=node.canonical,
        kind=node.kind,
        kind_code=kind_code(node),
        level=node.level,
        place=S.PlaceOut(**node.place.as_dict()),
        place_label=place_label(node),
        title=document_title(node),
        subject=main_subject(node),
        issuing_body=bodies[0] if bodies else None,
        dates=list(node.dates),
        stub=node.stub,
        qualified=node.qualified,
    )


def conflict(c: Conflict) -> S.ConflictOut:
    return S.ConflictOut.model_validate(c.as_dict())


def edge(e: Edge) -> S.EdgeOut:
    return S.EdgeOut.model_validate(e.as_dict())


def hop(h: Hop) -> S.HopOut:
    return S.HopOut.model_validate(h.as_dict())


def evidence_line(evidence: Sequence[EdgeEvidence | S.EvidenceOut], chars: int = 100) -> str:
    """The first sentence stating a relation, on one line, with the provision it is about in
    front ("[khoản 2 Điều 8] Sửa đổi, bổ sung …"); "" when there is none."""
    if not evidence:
        return ""
    first = evidence[0]
    text = " ".join(first.text.split())
    if first.provision:
        text = f"[{first.provision}] {text}"
    if first.candidates:  # the code names several documents and the sentence says not which
        text = f"({UNCERTAIN_LABEL}: {' | '.join(first.candidates)}) {text}"
    return text if len(text) <= chars else text[: chars - 1] + "…"


# Where in the citing text a relation is stated (`EdgeEvidence.position`), as a reader says it.
POSITION_NAMES = {
    "title": "trích yếu / title",
    "opening": "mở đầu / opening",
    "basis": "phần căn cứ / basis",
    "body": "thân văn bản / body",
    "annex": "phụ lục / annex",
    "nested": "trong lời dẫn văn bản khác / within another text's citation",
}


def why_line(evidence: Sequence[EdgeEvidence | S.EvidenceOut]) -> str:
    """Why the edge stands, as its first evidence says it: where in the text the sentence is
    and the cue word the rule read ("thân văn bản / body; dấu hiệu / cue: thuc hien"); a
    colleague asking why a plan "implements" a resolution reads it beside the sentence."""
    if not evidence:
        return ""
    first = evidence[0]
    where = POSITION_NAMES.get(first.position, first.position)
    return f"{where}; dấu hiệu / cue: {first.cue}" if first.cue else where


def coverage_map(store: GraphStore, key: str, **era: Any) -> tuple[R.CoverageMap, str]:
    """A document's coverage picture and its title (the page, the API and the CLI alike);
    `era`: `units_on` and `province`, as `graph.reports.coverage_map` takes them."""
    cmap = R.coverage_map(store, key, **era)
    root = store.node(key)
    name = readable(root) if root is not None else key
    level = cmap.level.value if cmap.level else None
    return cmap, coverage_title(name, level, len(cmap.places), cmap.units_on)


def source_names(store: GraphStore, docs: Iterable[str]) -> dict[str, str]:
    """The file name each ingested document came from ("ke-hoach-74.pdf"), for tables that
    cite their sources; the document id when the store has no path for it."""
    names: dict[str, str] = {}
    for doc in sorted(set(docs)):
        record = store.document(doc)
        names[doc] = PurePath(record.path).name if record and record.path else doc
    return names


def search(query: str, hits: Sequence[Hit], nodes: Mapping[str, Node]) -> S.SearchOut:
    """The API's (and `vbgraph search --json`'s) answer for a search."""
    return S.SearchOut(
        query=query,
        hits=[
            S.SearchHitOut(
                key=h.key,
                score=h.score,
                match=h.match,  # type: ignore[arg-type]
                document=summary(nodes[h.key]),
            )
            for h in hits
            if h.key in nodes
        ],
    )


def path(answer: PathAnswer, nodes: Mapping[str, Node]) -> S.PathOut:
    """The API's (and `vbgraph path --json`'s) answer for a path."""
    names = {k: readable(n) for k, n in nodes.items()}
    return S.PathOut(
        source=answer.source,
        target=answer.target,
        found=answer.found,
        hops=[hop(h) for h in answer.hops or ()],
        relations=answer.relations,
        reverse_hops=[hop(h) for h in answer.reverse] if answer.reverse else None,
        hint=path_hint(answer, names),
    )


def path_hint(answer: PathAnswer, names: Mapping[str, str]) -> str | None:
    """One bilingual sentence on how to read a path answer (None when there is nothing to
    add): the direction a found chain runs, or where to look when there is none."""
    a, b = names.get(answer.source, answer.source), names.get(answer.target, answer.target)
    ea, eb = in_english(a), in_english(b)
    if answer.hops is not None:
        if answer.relations == "any":
            return (
                f"Không có chuỗi thực hiện từ {a} đến {b}; đường ngắn nhất qua mọi quan hệ / "
                f"no chain of implementation from {ea} to {eb}; shortest path over every relation"
            )
        return None
    if answer.reverse is not None:
        return (
            f"Không có đường từ {a} đến {b}, nhưng có theo chiều ngược lại ({len(answer.reverse)} "
            f"bước): {b} thực hiện hoặc dẫn chiếu {a} / no path from {ea} to {eb}, but there is "
            f"one the other way ({len(answer.reverse)} hops): {eb} carries out or cites {ea}. "
            f"Cạnh đi từ văn bản thực hiện đến văn bản được thực hiện / edges run from the "
            f"implementing document to the one it implements"
        )
    return (
        f"Không có đường nào giữa {a} và {b} trong đồ thị, theo cả hai chiều / no path between "
        f"{ea} and {eb} either way"
    )


def same_code(store: GraphStore, node: Node | Head) -> list[Head]:
    """The other documents numbered like `node` by its issuer, in other terms or years (the
    directive 35-CT/TW of 2024 beside that of 2019), by key."""
    if not node.canonical:
        return []
    same = documents_of_base(node.base, store.heads_by_code(node.canonical))
    return [h for h in same if h.key != node.key and h.canonical == node.canonical]


def detail(node: Node, *, cited_by: Sequence[Edge], cites_total: int, limit: int,
           same: Sequence[Head] = ()) -> S.DocumentOut:  # fmt: skip
    """The document with its facts and up to `limit` incoming edges (with evidence), and the
    documents sharing its code (`same_code`)."""
    data = node.as_dict()
    incoming = sorted(cited_by, key=lambda e: (e.type.value, e.source, e.doc))
    enders = ended_by(incoming).get(node.key, [])
    return S.DocumentOut(
        **summary(node).model_dump(),
        canonical=node.canonical,
        scope=node.scope,
        family=node.family,
        number=node.number,
        issuer=node.issuer,
        host_doc=node.host_doc,
        terms=data["terms"],
        subjects=data["subjects"],
        issuing_bodies=issuing_bodies(node),
        aliases=data["aliases"],
        alternatives=data["alternatives"],
        sources=data["sources"],
        possible_duplicates=data["possible_duplicates"],
        matches=data["matches"],
        uncertain=[uncertain_note(n) for n in data["uncertain"]],
        conflicts=[conflict(c) for c in node.conflicts()],
        cites_total=cites_total,
        cited_by_total=len(incoming),
        cited_by_documents=len({e.source for e in incoming}),
        cited_by_uncertain=uncertain_sources(incoming).get(node.key, 0),
        cited_by=[edge(e) for e in incoming[:limit]],
        cited_by_truncated=len(incoming) > limit,
        in_force=not enders,
        ended_by=enders,
        same_code=[h.key for h in same],
    )


def _lineage_data(
    walk: Lineage,
    nodes: Mapping[str, Node] | Mapping[str, Head],
    same: Sequence[Head] = (),
    next_offset: int | None = None,
    offset: int = 0,
) -> dict[str, Any]:
    """The walk's answer as plain data, in `LineageOut`'s shape; a node's code, kind and title
    are in its head, so the heads do."""
    hops: dict[int, dict[str, Any]] = {}  # a chain's hops are shared by the documents below it

    def plain(h: Hop) -> dict[str, Any]:
        out = hops.get(id(h))
        if out is None:
            out = hops[id(h)] = h.as_dict()
        return out

    reached = []
    for r in walk.reached:
        n = nodes.get(r.key)
        reached.append({
            "key": r.key,
            "code": n.canonical if n else None,
            "kind_code": kind_code(n) if n else "",
            "title": n.title if n else None,
            "level": r.level.value,
            "place": r.place,
            "depth": r.depth,
            "hops": [plain(h) for h in r.hops],
        })  # fmt: skip
    return {
        "root": walk.root,
        "direction": walk.direction,
        "truncated": walk.truncated,
        "reached": reached,
        "by_level": walk.by_level(),
        "same_code": [h.key for h in same],
        "offset": offset,
        "next_offset": next_offset,
    }


def lineage_json(walk: Lineage, nodes: Mapping[str, Node] | Mapping[str, Head],
                 same: Sequence[Head] = (), *, offset: int = 0,
                 next_offset: int | None = None) -> bytes:  # fmt: skip
    """`lineage(walk, nodes).model_dump_json()`, the same bytes, without building the models:
    a walk of a thousand documents holds thousands of hops, and validating each as a model cost
    the API most of its time on the large answers (tests/test_present_lineage.py compares)."""
    return orjson.dumps(_lineage_data(walk, nodes, same, next_offset, offset))


def lineage(walk: Lineage, nodes: Mapping[str, Node] | Mapping[str, Head],
            same: Sequence[Head] = (), *, offset: int = 0,
            next_offset: int | None = None) -> S.LineageOut:  # fmt: skip
    """The walk's answer as the response model (the command line's tables)."""
    return S.LineageOut.model_validate(_lineage_data(walk, nodes, same, next_offset, offset))


@dataclass(frozen=True, slots=True)
class DocumentFilter:
    """Filters of the document list; every given one must hold."""

    type: str | None = None  # kind code, "KL"
    level: Level | None = None
    place: str | None = None  # part of a place name, diacritics ignored
    issuer: str | None = None  # part of the issuing body, or the code's issuer ("TW")
    year: int | None = None
    status: str | None = None  # "ingested" | "stub"
    # a 2025 province (`graph.reports.province_named`): documents of its land, old or new
    province: str | None = None

    def accepts(self, node: Node) -> bool:
        p = node.place
        if not self.accepts_place(p.province, p.district, p.commune):
            return False
        if not self.accepts_kind(node.kind):
            return False
        if self.level is not None and node.level is not self.level:
            return False
        return self.accepts_said(node)

    def accepts_place(
        self, province: str | None, district: str | None, commune: str | None
    ) -> bool:
        """The `province` and `place` filters, over a place's names."""
        if self.province is not None and self.province != R.province_now(
            province or None, district or None
        ):
            return False
        return self.place is None or fold(self.place) in fold(
            place_words(province, district, commune)
        )

    def accepts_kind(self, kind: str | None) -> bool:
        """The `type` filter, over a node's kind word or code."""
        return self.type is None or fold(kind_code_of(kind or None)) == fold(self.type)

    @property
    def needs_facts(self) -> bool:
        """Whether a filter reads what the documents said of a node (its issuing bodies, its
        dates), which the stores' list queries do not."""
        return self.issuer is not None or self.year is not None

    def accepts_code_issuer(self, issuer: str | None) -> bool:
        """The `issuer` filter over a code's issuer ("TU"): the same, folded."""
        return self.issuer is not None and fold(issuer or "") == fold(self.issuer)

    def accepts_body(self, body: str) -> bool:
        """The `issuer` filter over an issuing body citers name: it holds the filter, folded
        (a word that names no body, `names_a_body`, is no issuing body: `issuing_bodies`)."""
        return self.issuer is not None and fold(self.issuer) in fold(body) and names_a_body(body)

    def accepts_said(self, node: Node | Head) -> bool:
        """The `issuer`, `year` and `status` filters (over the tally of what was said: a
        node's head is enough)."""
        if self.issuer is not None and not (
            self.accepts_code_issuer(node.issuer)
            or any(self.accepts_body(b) for b in issuing_bodies(node))
        ):
            return False
        if self.year is not None and not any(d.startswith(f"{self.year:04d}") for d in node.dates):
            return False
        if self.status == "ingested" and node.stub:
            return False
        return not (self.status == "stub" and not node.stub)


def select(
    store: GraphStore, how: DocumentFilter, *, limit: int, offset: int
) -> tuple[int, list[Node]]:
    """(how many documents match, the page of them in key order). A store that lists
    documents itself (`graph.store.DocumentListing`: SQLite, Neo4j) selects and pages them in
    its query, given the kinds and places the filters accept (each decided once here); the
    filters on what documents said (issuer, year) too where it selects them
    (`graph.store.SaidListing`: SQLite, given the issuers and bodies accepted), else they
    read the heads of the nodes it selected (Neo4j). Any other store's nodes are read and
    filtered here."""
    if not isinstance(store, DocumentListing) or not getattr(store, "lists_documents", True):
        nodes = sorted((n for n in store.iter_nodes() if how.accepts(n)), key=lambda n: n.key)
        return len(nodes), nodes[offset : offset + limit]
    kinds = None if how.type is None else frozenset(
        k for k in store.document_kinds() if how.accepts_kind(k))
    places = None
    if how.place is not None or how.province is not None:
        places = frozenset(p for p in store.document_places() if how.accepts_place(*p))
    stub = None if how.status is None else how.status == "stub"
    chosen = DocumentSelection(how.level, stub, kinds, places)
    said_in_query = isinstance(store, SaidListing) and getattr(store, "lists_said", True)
    if how.needs_facts and said_in_query:
        chosen = _said_chosen(cast(SaidListing, store), how, chosen)
    select_keys = functools.partial(store.document_keys, chosen)
    if not how.needs_facts or said_in_query:
        total, keys = select_keys(limit=limit, offset=offset)
        found = store.nodes_by_key(keys)
        return total, [found[k] for k in keys if k in found]
    _, keys = select_keys(limit=None, offset=0)
    matching: list[str] = []
    # what documents said is in each node's tally (its head): the facts are not read
    said_of = store.heads_by_key if isinstance(store, SearchingStore) else store.nodes_by_key
    for i in range(0, len(keys), _READ_AT_ONCE):
        chunk = keys[i : i + _READ_AT_ONCE]
        told: Mapping[str, Node | Head] = said_of(chunk)
        matching += [k for k in chunk if k in told and how.accepts_said(told[k])]
    page = matching[offset : offset + limit]
    found = store.nodes_by_key(page)
    return len(matching), [found[k] for k in page if k in found]


def _said_chosen(
    store: SaidListing, how: DocumentFilter, chosen: DocumentSelection
) -> DocumentSelection:
    """`chosen` with the issuer and year filters as a `SaidListing` selects them: the code
    issuers and issuing bodies `DocumentFilter.accepts_said`'s rule accepts, each decided
    once over the store's distinct ones."""
    issuers = bodies = None
    if how.issuer is not None:
        codes, said = store.document_issuers()
        issuers = frozenset(i for i in codes if how.accepts_code_issuer(i))
        bodies = frozenset(b for b in said if how.accepts_body(b))
    return replace(chosen, issuers=issuers, bodies=bodies, year=how.year)


# Nodes read in one query while a filter on what documents said goes through a store's list.
_READ_AT_ONCE = 2000
