"""Response models of the HTTP API, apart from the graph's dataclasses (STYLE habit 11)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from graph.lineage import PathRelations
from ingest.codes import Level
from ingest.relations import RelationType


class Problem(BaseModel):
    """An RFC 9457 problem: every error the API returns has this shape."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "type": "about:blank",
                    "title": "DocumentNotFound",
                    "status": 404,
                    "detail": "no document '62-KL/TV' in the graph; close matches: 62-KL/TW",
                    "instance": "/api/v1/documents/62-KL/TV",
                    "close_matches": ["62-KL/TW"],
                }
            ]
        }
    )

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    instance: str | None = None
    close_matches: list[str] | None = None
    candidates: list[str] | None = None
    errors: list[dict[str, Any]] | None = None


class PlaceOut(BaseModel):
    province: str | None = None
    district: str | None = None
    commune: str | None = None


class FactOut(BaseModel):
    field: str
    value: str
    doc: str
    start: int | None = None
    end: int | None = None


class ConflictValue(BaseModel):
    value: str
    sources: list[FactOut]


class ConflictOut(BaseModel):
    """Two or more values one field was given (two dates, two terms), each with its sources."""

    key: str
    field: str
    values: list[ConflictValue]


class EvidenceOut(BaseModel):
    start: int
    end: int
    text: str
    position: str = "body"
    label: str = ""
    cue: str | None = None
    provision: str | None = Field(
        None, description='the part of the target cited ("khoản 2 Điều 8"); None: the whole'
    )
    candidates: list[str] = Field(
        default_factory=list,
        description="chưa chắc / uncertain: every document the mention may name, where its "
        "code names several (other terms or years) and the sentence says not which; the edge "
        "stands to each. Empty: certain",
    )


class EdgeOut(BaseModel):
    """`source` —type→ `target`, asserted by document `doc`, with the sentences saying so."""

    source: str
    target: str
    type: RelationType
    doc: str
    label: str = ""
    path: str | None = None
    evidence: list[EvidenceOut] = Field(default_factory=list)


class DocumentSummary(BaseModel):
    """A document (node) in a list: who issued it, where, when, about what."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "key": "62-KL/TW",
                    "code": "62-KL/TW",
                    "kind": "KL",
                    "kind_code": "KL",
                    "level": "central",
                    "place": {"province": None, "district": None, "commune": None},
                    "place_label": "",
                    "title": None,
                    "subject": "tiếp tục đổi mới nội dung, phương thức hoạt động của Mặt trận"
                    " Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội",
                    "issuing_body": "Bộ Chính trị",
                    "dates": ["2009-09-08", "2009-12-08"],
                    "stub": True,
                    "qualified": True,
                }
            ]
        }
    )

    key: str
    code: str | None
    kind: str | None
    kind_code: str
    level: Level
    place: PlaceOut
    place_label: str
    title: str | None
    subject: str | None
    issuing_body: str | None
    dates: list[str]
    stub: bool
    qualified: bool


class DocumentOut(DocumentSummary):
    """One document with every fact the graph keeps and the documents citing it."""

    canonical: str | None
    scope: str | None
    family: str | None
    number: str | None
    issuer: str | None
    host_doc: str | None
    terms: list[str]
    subjects: list[str]
    issuing_bodies: list[str]
    aliases: list[str]
    alternatives: list[str]
    sources: list[str]
    possible_duplicates: list[dict[str, Any]]
    matches: list[dict[str, Any]]
    uncertain: list[str]
    conflicts: list[ConflictOut]
    cites_total: int
    cited_by_total: int
    cited_by_documents: int = Field(
        0, description="how many documents the cited_by_total edges come from (one may state "
        "several relations: based on it and implementing it)",
    )  # fmt: skip
    cited_by_uncertain: int = Field(
        0,
        description="chưa chắc / uncertain: how many of those documents only may mean this one "
        "(they name its code without a date while several documents have it; each edge's "
        "evidence lists its candidates), as `report top` counts them",
    )
    cited_by: list[EdgeOut] = Field(description="incoming edges with evidence, capped")
    cited_by_truncated: bool
    in_force: bool = Field(
        True,
        description="còn hiệu lực / in force: false when an ingested text replaces or repeals it",
    )
    ended_by: list[str] = Field(
        default_factory=list, description="keys of the documents that replace or repeal it"
    )
    same_code: list[str] = Field(
        default_factory=list,
        description="cùng số hiệu / same code: keys of the other documents its issuer numbered "
        "alike in other terms or years (35-CT/TW of 2019 and of 2024)",
    )


class DocumentPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[DocumentSummary]


class SearchHitOut(BaseModel):
    key: str
    score: float
    match: Literal["code", "number", "name", "issuer", "place", "text"]
    document: DocumentSummary


class SearchOut(BaseModel):
    query: str
    hits: list[SearchHitOut]
    offset: int = 0
    next_offset: int | None = None  # where the next page starts; None: no more hits


class HopOut(BaseModel):
    source: str
    target: str
    type: RelationType
    label: str
    doc: str
    evidence: list[EvidenceOut]


class ReachedOut(BaseModel):
    """A document a walk reached, and the shortest chain of hops leading to it."""

    key: str
    code: str | None
    kind_code: str
    title: str | None
    level: Level
    place: str
    depth: int
    hops: list[HopOut]


class LineageOut(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "root": "62-KL/TW",
                    "direction": "down",
                    "truncated": False,
                    "reached": [],
                    "by_level": {"central": {"": ["160-TB/TW"]}},
                }
            ]
        }
    )

    root: str
    direction: Literal["up", "down"]
    truncated: bool
    reached: list[ReachedOut]
    by_level: dict[str, dict[str, list[str]]]
    same_code: list[str] = Field(
        default_factory=list,
        description="cùng số hiệu / same code: keys of the other documents its root's issuer "
        "numbered alike in other terms or years (walk them by key)",
    )
    offset: int = Field(0, description="where this page starts in the walk's order")
    next_offset: int | None = Field(
        None, description="`offset` of the next page (None: this is the last one)"
    )


class PathOut(BaseModel):
    source: str
    target: str
    found: bool
    hops: list[HopOut]
    relations: PathRelations = Field(
        description="implementation: IMPLEMENTS/REVIEWS only (preferred); any: no such chain, "
        "every relation; given: the types asked for"
    )
    reverse_hops: list[HopOut] | None = Field(
        None, description="with no path this way, the path from target to source, if any"
    )
    hint: str | None = Field(None, description="how to read the answer (Vietnamese / English)")


class NeighboursOut(BaseModel):
    key: str
    edges: list[EdgeOut]


class SubgraphOut(BaseModel):
    root: str
    nodes: list[DocumentSummary]
    edges: list[EdgeOut]
    truncated: bool


class StatsOut(BaseModel):
    nodes: int
    edges: int
    documents: int
    levels: dict[str, int]
    kinds: dict[str, int]
    edge_types: dict[str, int]
    stubs: int
    unqualified: int
    conflicts: int
    possible_duplicates: int


class UncertainOut(BaseModel):
    key: str
    reasons: list[str]


class WarningsOut(BaseModel):
    """What an analyst should check: conflicting facts, possible duplicates, local codes whose
    place is unknown, identities that could not be pinned down, short forms ("Kết luận 62")
    that no full citation in their text resolves."""

    conflicts: list[ConflictOut]
    possible_duplicates: list[dict[str, Any]]
    unqualified: list[DocumentSummary]
    uncertain: list[UncertainOut]
    unresolved_short_forms: list[dict[str, Any]]


# What became of one file: stored as a new document; stored in place of the version stored
# earlier from the same file (edited since); stored again unchanged (the same text from the
# same file); not stored because a document with the same text and facts is stored already
# from another file (`same_as` names it); refused (`error` says why).
Outcome = Literal["stored", "replaced", "unchanged", "duplicate", "refused"]


class IngestFileOut(BaseModel):
    """What one uploaded file gave: its document, what it cites, what is new in the graph."""

    filename: str
    ok: bool
    status: int
    outcome: Outcome = "refused"
    same_as: str | None = None
    # a duplicate that is the stored document in another form (a PDF and a TXT of it): how
    # alike the two texts are, in per cent (same code and date, and at least 90)
    similarity: float | None = None
    document: str | None = None
    code: str | None = None
    format: str | None = None
    references: int = 0
    relations: int = 0
    nodes: int = 0
    edges: int = 0
    new_nodes: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    error: Problem | None = None


class IngestOut(BaseModel):
    ingested: int  # files stored (new, replacing their earlier version, or unchanged)
    duplicates: int = 0  # files not stored: the same text as a document stored already
    failed: int
    files: list[IngestFileOut]


class HealthOut(BaseModel):
    status: Literal["ok"]
    backend: str | None = None
    counts: dict[str, int] | None = None


class RemovedOut(BaseModel):
    """What `DELETE /api/v1/ingest` took out: how many documents, and their ids."""

    removed: int
    documents: list[str]
