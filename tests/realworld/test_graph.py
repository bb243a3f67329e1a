"""The graph of the real development set answers "who implements X, in which provinces".

Every case text is ingested as its own document into an embedded store. The labels say which
document implements which (the main document, or a document named in a chain); the graph's
direct implementers of each target are compared with them, and the coverage report of each
target must place its implementers in the provinces the labels give. Names in the coverage
report must be places, never fragments of a sentence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pytest

from bench.score_accuracy import MAIN, load_cases
from graph import lineage as L
from graph.build import ingest_extraction
from graph.embedded import EmbeddedStore
from graph.errors import AmbiguousCode, DocumentNotFound
from graph.reports.coverage import coverage
from ingest.codes import Level
from ingest.extract import extract
from ingest.gazetteer import fold_name, gazetteer
from ingest.normalize import UnparseableCode, normalize_code
from ingest.relations import RelationType

CASES = load_cases()


@pytest.fixture(scope="module")
def store() -> Iterator[EmbeddedStore]:
    graph = EmbeddedStore(None)
    for case in CASES:
        write = ingest_extraction(graph, extract(case["text"], path=case["id"]))
        HOST[case["id"]] = write.host_key  # two sites reposting one text: one document
    yield graph


HOST: dict[str, str] = {}


def _canonical(code: str) -> str | None:
    try:
        return normalize_code(code)
    except UnparseableCode:
        return None


def _key(store: EmbeddedStore, code: str) -> str | None:
    try:
        return L.resolve(store, code)
    except (AmbiguousCode, DocumentNotFound):
        return None


def _labelled_implementers(store: EmbeddedStore) -> dict[str, set[str]]:
    """Target node key → keys of the documents the labels say implement it directly."""
    host = HOST
    wanted: dict[str, set[str]] = defaultdict(set)
    for case in CASES:
        for rel in case["relations"]:
            target = _canonical(rel["target"])
            if rel["type"] != "IMPLEMENTS" or target is None:
                continue
            target_key = _key(store, target)
            source = rel["source"]
            source_key = host[case["id"]] if source == MAIN else _key(store, source)
            if target_key is not None and source_key is not None:
                wanted[target_key].add(source_key)
    return wanted


def test_who_implements_each_document_matches_the_labels(store: EmbeddedStore) -> None:
    wanted = _labelled_implementers(store)
    tp = fp = fn = 0
    for target, sources in wanted.items():
        found = {
            r.key
            for r in L.down(store, target, depth=1, types=(RelationType.IMPLEMENTS,)).reached
            if r.depth == 1
        }
        tp, fp, fn = tp + len(found & sources), fp + len(found - sources), fn + len(sources - found)
    assert tp >= 30
    assert tp / (tp + fp) >= 0.85 and tp / (tp + fn) >= 0.65, (tp, fp, fn)


def test_coverage_places_implementers_in_their_labelled_provinces(store: EmbeddedStore) -> None:
    by_target: dict[str, set[str]] = defaultdict(set)
    for case in CASES:
        main = case.get("main") or {}
        if not main.get("province") or main.get("level") != "province":
            continue
        for rel in case["relations"]:
            target = _canonical(rel["target"])
            implements = rel["source"] == MAIN and rel["type"] == "IMPLEMENTS"
            if implements and target and (key := _key(store, target)) is not None:
                by_target[key].add(fold_name(main["province"]))
    checked = found = 0
    for key, provinces in by_target.items():
        report = coverage(store, key)
        implemented = {
            fold_name(p.place.province or "")
            for level in report.levels
            if level.level is Level.PROVINCE
            for p in level.places
            if p.implemented
        }
        checked += len(provinces)
        found += len(provinces & implemented)
    assert checked >= 5 and found / checked >= 0.7, (found, checked)


def test_coverage_names_only_real_provinces(store: EmbeddedStore) -> None:
    known = gazetteer().provinces
    keys = [n.key for code in ("35-CT/TW", "57-NQ/TW", "19/CT-TTg")
            for n in store.heads_by_code(code) if n.canonical == code]  # (every document of each)
    assert len(keys) >= 3
    for key in keys:
        for level in coverage(store, key).levels:
            for place in level.places:
                province = place.place.province
                if province is not None:
                    assert fold_name(province) in known, place
