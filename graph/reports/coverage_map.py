"""What a coverage picture shows: the places of the first level below a document (the
provinces for a central one, the districts or, after 2025, the communes of its province for a
provincial one), each with its status and the centre the gazetteer gives it.

Status per place: `implemented` (an IMPLEMENTS chain reaches the document), `reviewed` (only a
REVIEWS chain: the place reported on it without a plan of its own being recorded) or `none`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from graph.reports.coverage import Coverage, coverage
from graph.reports.places import PlaceRef, gazetteer_point
from graph.store import GraphStore
from ingest.codes import Level
from ingest.relations import RelationType

Status = Literal["implemented", "reviewed", "none"]
STATUSES: tuple[Status, ...] = ("implemented", "reviewed", "none")


@dataclass(frozen=True, slots=True)
class PlacePoint:
    """One place on the picture: its name, status, documents and centre (None: unknown)."""

    place: PlaceRef
    status: Status
    documents: tuple[str, ...]
    point: tuple[float, float] | None

    @property
    def label(self) -> str:
        """The place's own name (its level's), as the picture writes it."""
        return next(n for n in reversed(self.place.names) if n)

    def as_dict(self) -> dict[str, Any]:
        lat, lon = self.point if self.point else (None, None)
        return {**self.place.as_dict(), "status": self.status,
                "documents": list(self.documents), "lat": lat, "lon": lon}  # fmt: skip


@dataclass(frozen=True, slots=True)
class CoverageMap:
    """The result of `coverage_map`."""

    root: str
    code: str
    level: Level | None  # the level drawn; None when no level below has places
    places: tuple[PlacePoint, ...]
    unplaced: int
    units_on: date | None
    places_from: str

    def counts(self) -> dict[Status, int]:
        return {s: sum(p.status == s for p in self.places) for s in STATUSES}

    def as_dict(self) -> dict[str, Any]:
        return {
            "root": self.root,
            "code": self.code,
            "level": self.level.value if self.level else None,
            "counts": self.counts(),
            "unplaced": self.unplaced,
            "units_on": self.units_on.isoformat() if self.units_on else None,
            "places_from": self.places_from,
            "places": [p.as_dict() for p in self.places],
        }


def coverage_map(
    store: GraphStore, key: str, *, units_on: date | None = None, province: str | None = None
) -> CoverageMap:
    """Return the places one level below `key`, each implemented, reviewed or with none.

    `units_on` and `province` as for `coverage`; with `province`, the places one level below
    the province (its communes).

    Raises
    ------
    DocumentNotFound
        If `key` is not in `store`.
    """
    era: dict[str, Any] = {"units_on": units_on, "province": province}
    implemented = coverage(store, key, **era)
    with_reviews = coverage(
        store, key, types=(RelationType.IMPLEMENTS, RelationType.REVIEWS), **era
    )
    shown = [lc for lc in implemented.levels if lc.places]
    if province is not None:  # one province: its communes, not its one dot
        shown = [lc for lc in shown if lc.level is not Level.PROVINCE]
    first = shown[0] if shown else None
    if first is None:
        return _empty(implemented)
    reviewed = {
        (p.place.level, p.place.key): p.documents
        for lc in with_reviews.levels
        for p in lc.places
        if p.implemented
    }
    points = []
    for p in first.places:
        reviews = reviewed.get((p.place.level, p.place.key), ())
        status: Status = "implemented" if p.implemented else "reviewed" if reviews else "none"
        documents = p.documents or reviews
        points.append(PlacePoint(p.place, status, documents, _point(p.place, implemented)))
    return CoverageMap(
        implemented.root, implemented.code, first.level, tuple(points),
        len(set(with_reviews.unplaced)), implemented.units_on, implemented.places_from,
    )  # fmt: skip


def _point(place: PlaceRef, report: Coverage) -> tuple[float, float] | None:
    if report.places_from != "gazetteer":
        return None
    return gazetteer_point(place, report.units_on)


def _empty(report: Coverage) -> CoverageMap:
    return CoverageMap(
        report.root, report.code, None, (), len(report.unplaced), report.units_on,
        report.places_from,
    )  # fmt: skip
