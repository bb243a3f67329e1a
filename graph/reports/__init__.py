"""Analyst reports over any GraphStore: coverage by place, implementation lag, data quality,
most cited documents, and the dated lineage a timeline draws. Each returns a frozen dataclass
with ``as_dict()``.

coverage(store, resolve(store, "62-KL/TW")).levels[0].percent
"""

from graph.misprints import MisprintedYear
from graph.reports._common import Spread, document_date, name_key, spelled
from graph.reports.coverage import Coverage, Formerly, LevelCoverage, PlaceCoverage, coverage
from graph.reports.coverage_map import CoverageMap, PlacePoint, coverage_map
from graph.reports.lag import Lag, LagRow, LevelLag, lag
from graph.reports.places import (
    InvalidPlaces,
    PlaceRef,
    known_places,
    province_named,
    province_now,
    read_places,
)
from graph.reports.quality import DocumentIssue, Quality, quality
from graph.reports.timeline import LineageTimeline, TimelineDoc, TimelineLink, lineage_timeline
from graph.reports.top import Ranked, Top, top, top_groups

__all__ = [
    "Coverage",
    "CoverageMap",
    "DocumentIssue",
    "Formerly",
    "InvalidPlaces",
    "Lag",
    "LagRow",
    "LevelCoverage",
    "LevelLag",
    "LineageTimeline",
    "MisprintedYear",
    "PlaceCoverage",
    "PlacePoint",
    "PlaceRef",
    "Quality",
    "Ranked",
    "Spread",
    "TimelineDoc",
    "TimelineLink",
    "Top",
    "coverage",
    "coverage_map",
    "document_date",
    "known_places",
    "lag",
    "lineage_timeline",
    "name_key",
    "province_named",
    "province_now",
    "quality",
    "read_places",
    "spelled",
    "top",
    "top_groups",
]
