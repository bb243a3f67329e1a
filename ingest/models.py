"""Values that extraction produces: references, relations, the host document, warnings.

All offsets index the ORIGINAL text as read (not the normalized text).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ingest.codes import LEVEL_RANK, DocumentCode, Level, letter_kind, pickled_by_fields
from ingest.relations import RelationType
from ingest.values import quick_init

HOST = "HOST"  # the source of a relation stated by the document itself


@pickled_by_fields
@quick_init
@dataclass(frozen=True, slots=True)
class Evidence:
    start: int
    end: int
    text: str

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@pickled_by_fields
@quick_init
@dataclass(frozen=True, slots=True)
class Place:
    province: str | None = None
    district: str | None = None
    commune: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {"province": self.province, "district": self.district, "commune": self.commune}

    def down_to(self, level: Level) -> Place:
        """The names down to `level` only (a province's place has no district)."""
        rank = LEVEL_RANK.get(level, 3)
        return Place(
            self.province if rank >= 1 else None,
            self.district if rank >= 2 else None,
            self.commune if rank >= 3 else None,
        )

    def naming(self, level: Level, name: str) -> Place:
        """This place with `name` at `level` (the names above it kept): what a body's name
        adds to the places the text gave ("Huyện ủy Tân Yên" in Bắc Giang)."""
        if level is Level.PROVINCE:
            return Place(name)
        if level is Level.DISTRICT:
            return Place(self.province, name)
        if level is Level.COMMUNE:
            return Place(self.province, self.district, name)
        return self


# No place known: one value for the many references that name none (a worker hands every
# reference to the writer, and pickle sends one value once per batch, a fresh one each time).
NO_PLACE = Place()


@pickled_by_fields
@quick_init
@dataclass(frozen=True, slots=True)
class Reference:
    """One mention of a document in the text.

    `mention` is "code" (a full code), "short" ("Thông báo 160") or "self" ("Kế hoạch này").
    `code` is None for an unresolved short form; for a short form or self reference it is
    the code it resolves to (`resolves_to`: a canonical code, or "HOST").
    """

    surface: str
    start: int
    end: int
    mention: str
    code: DocumentCode | None
    type_word: str | None = None
    date: date | None = None
    issuing_body: str | None = None
    term: str | None = None
    subject: str | None = None
    resolves_to: str | None = None
    parent: int | None = None  # index of the reference whose subject clause holds this one
    alias: bool = False  # inside a "(sau đây gọi tắt là …)" definition
    alternatives: tuple[str, ...] = ()  # other readings of the code (type word disagrees)
    flags: tuple[str, ...] = ()
    level: Level = Level.UNKNOWN  # of the issuing body, from its name or the code's issuer
    place: Place = field(default_factory=Place)  # of the issuing body, as the text names it
    provision: str | None = None  # the part cited: "khoản 2 Điều 8" (Nghị định số …)

    @property
    def canonical(self) -> str | None:
        return self.code.canonical if self.code else None

    def as_dict(self) -> dict[str, Any]:
        code = self.code
        return {
            "surface": self.surface,
            "start": self.start,
            "end": self.end,
            "mention": self.mention,
            "code": code.canonical if code else None,
            "family": code.family.value if code else None,
            "type": (letter_kind(self.type_word) if code.letter_shaped else code.document_type)
            if code else None,
            "type_word": self.type_word,
            "number": code.number if code else None,
            "issuer": code.issuer if code else None,
            "year": code.year if code else None,
            "date": self.date.isoformat() if self.date else None,
            "issuing_body": self.issuing_body,
            "level": self.level.value,
            "place": self.place.as_dict(),
            "term": self.term,
            "subject": self.subject,
            "resolves_to": self.resolves_to,
            "alternatives": list(self.alternatives),
            "flags": list(self.flags),
            "provision": self.provision,
        }


@pickled_by_fields
@quick_init
@dataclass(frozen=True, slots=True)
class Relation:
    """A typed edge stated by the text. `source` is HOST or a canonical code."""

    source: str
    target: str
    type: RelationType
    label: str
    cue: str | None
    position: str  # title | opening | basis | body | annex | nested
    evidence: Evidence
    reference: int  # index of the target reference
    # The part of the target the relation is about where the reference names none: "12. Bãi
    # bỏ khoản 3 Điều 79." under "Sửa đổi, bổ sung một số điều của Luật …" (None: the
    # reference's own provision, if any)
    provision: str | None = None

    def as_dict(self) -> dict[str, Any]:
        found = {
            "source": self.source,
            "target": self.target,
            "type": self.type.value,
            "label": self.label,
            "cue": self.cue,
            "position": self.position,
            "evidence": self.evidence.as_dict(),
        }
        if self.provision is not None:
            found["provision"] = self.provision
        return found


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Warning:
    """A disagreement or doubt kept for the analyst, with every reading and where it stands."""

    kind: str
    message: str
    code: str | None = None
    readings: tuple[dict[str, Any], ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "message": self.message,
            "code": self.code,
            "readings": list(self.readings),
        }


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class HostDocument:
    """What the document says about itself.

    `page` tells what the text is: "document" (the document itself, or its opening),
    "report" (a news item or summary that reports a document: the other fields describe the
    reported document, and the relations the report states run from it) or "other" (a speech,
    a meeting item: it only cites).
    """

    id: str
    content_hash: str
    code: DocumentCode | None = None
    kind: str | None = None
    title: str | None = None
    issuing_body: str | None = None
    level: Level = Level.UNKNOWN
    place: Place = field(default_factory=Place)
    term: str | None = None
    date: date | None = None
    signer: str | None = None
    signer_title: str | None = None
    recipients: tuple[str, ...] = ()
    sources: tuple[tuple[str, str], ...] = ()  # (field, where it came from)
    page: str = "document"

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "page": self.page,
            "code": self.code.canonical if self.code else None,
            "content_hash": self.content_hash,
            "kind": self.kind,
            "title": self.title,
            "issuing_body": self.issuing_body,
            "level": self.level.value,
            "place": self.place.as_dict(),
            "term": self.term,
            "date": self.date.isoformat() if self.date else None,
            "signer": self.signer,
            "signer_title": self.signer_title,
            "recipients": list(self.recipients),
            "sources": dict(self.sources),
        }


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything found in one document."""

    document: HostDocument
    references: tuple[Reference, ...]
    relations: tuple[Relation, ...]
    warnings: tuple[Warning, ...]
    path: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "document": self.document.as_dict(),
            "references": [r.as_dict() for r in self.references],
            "relations": [r.as_dict() for r in self.relations],
            "warnings": [w.as_dict() for w in self.warnings],
        }
