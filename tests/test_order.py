"""The stored graph is a function of the set of documents, not of the order they arrive in
(bench/order_check.py measures it on whole corpora)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.order_check import Doc, build, check, export, ordered, read_folder
from graph import open_store
from graph.store import GraphStore
from ingest import extract
from tests.graph_fixtures import CORPUS, corpus

# Real citers whose order mattered (bench/order_check.py on /work/realcorpus): the kind of the
# Civil Procedure Code 92/2015/QH13, "Luật số 92/2015/QH13" in Công báo's consolidated text
# 19/VBHN-VPQH and "Bộ luật Tố tụng dân sự số 92/2015/QH13" in the Labour Code 45/2019/QH14
# (hrmaster1982-dev/phapluat-8chude-data docs/).
KIND_CITERS = (
    "Căn cứ Bộ luật Lao động số 10/2012/QH13 đã được sửa đổi, bổ sung một số điều theo "
    "Luật số 92/2015/QH13;",
    "2. Sửa đổi, bổ sung Điều 32 của Bộ luật Tố tụng dân sự số 92/2015/QH13",
)
# Two Government resolutions numbered 11/NQ-CP, of 2022 and 2026, as Decisions 08/2022/QĐ-TTg
# and 982/QĐ-TTg (2026) cite them (same source).
YEAR_CITERS = (
    "Căn cứ Nghị quyết số 11/NQ-CP ngày 30 tháng 01 năm 2022 của Chính phủ về Chương trình "
    "phục hồi và phát triển kinh tế - xã hội;",
    "Căn cứ Nghị quyết số 11/NQ-CP ngày 14 tháng 01 năm 2026 của Chính phủ về sửa đổi, bổ "
    "sung, cập nhật Nghị quyết số 71/NQ-CP ngày 01 tháng 4 năm 2025 của Chính phủ;",
)


def _docs(texts: tuple[str, ...], stem: str) -> list[Doc]:
    return [
        Doc(f"{stem}-{i}.txt", len(t), extract(t, path=f"{stem}-{i}.txt"))
        for i, t in enumerate(texts)
    ]


def _small_corpus() -> list[Doc]:
    """The sample corpus (a variant spelling, reused codes, local codes) and the kind citers."""
    sample = [Doc(e.path or str(i), i, e) for i, e in enumerate(corpus())]
    return sample + _docs(KIND_CITERS, "kind")


def _embedded() -> GraphStore:
    return open_store("embedded")


_SMALL = _small_corpus()
_NAME_ORDER = build(_SMALL, _embedded, reopen=False)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations(range(len(_SMALL))))
def test_any_order_of_a_small_corpus_gives_one_graph(order: list[int]) -> None:
    assert build([_SMALL[i] for i in order], _embedded, reopen=False) == _NAME_ORDER


def test_orders_are_what_the_check_says() -> None:
    docs = [Doc("b", 1, _SMALL[0].extraction), Doc("a", 3, _SMALL[1].extraction),
            Doc("c", 2, _SMALL[2].extraction)]  # fmt: skip
    names = {o: [d.name for d in ordered(docs, o)] for o in ("name", "reverse", "largest", "ba")}
    assert names == {"name": ["a", "b", "c"], "reverse": ["c", "b", "a"],
                     "largest": ["a", "c", "b"], "ba": ["b", "c", "a"]}  # fmt: skip


def test_the_check_reads_a_folder_and_reopens_the_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for p in sorted(CORPUS.glob("*.txt")):
        (tmp_path / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    docs = read_folder(tmp_path)
    assert len(docs) == len(list(CORPUS.glob("*.txt")))
    assert check(docs, ["reverse", "largest", "ba", "reopen"], "embedded") == {
        "reverse": [], "largest": [], "ba": [], "reopen": []
    }  # fmt: skip
    assert "reopen: 0 differences" in capsys.readouterr().out


def test_the_sqlite_store_gives_the_same_export() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:

        def sqlite() -> GraphStore:
            return open_store("sqlite", data_dir=tmp)

        assert build(_SMALL, sqlite, reopen=True) == _NAME_ORDER


def test_two_documents_of_one_code_are_keyed_whatever_comes_first() -> None:
    docs = _docs(YEAR_CITERS, "year")
    assert build(docs, _embedded, reopen=False) == build(docs[::-1], _embedded, reopen=False)


def test_an_export_lists_every_node_and_edge() -> None:
    store = _embedded()
    for d in _docs(KIND_CITERS, "kind"):
        from graph.build import ingest_extraction

        ingest_extraction(store, d.extraction)
    out = export(store)
    assert {k.split()[0] for k in out} == {"node", "edge"}
    assert len(out) == store.counts()["nodes"] + store.counts()["edges"]


@pytest.mark.neo4j
@pytest.mark.parametrize("staged", [False, True], ids=["one-by-one", "staged"])
def test_neo4j_gives_the_export_of_the_embedded_store_in_any_order(
    staged: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The small corpus and the two 11/NQ-CP citers into Neo4j (the test server), document by
    document or as `vbgraph ingest` writes (graph.staged), in name order and backwards."""
    from bench.order_check import _neo4j, build_staged
    from tests.graph_fixtures import neo4j_settings, open_test_neo4j

    open_test_neo4j().close()  # no server: skip loudly (fail in CI) as the other Neo4j tests do
    uri, _, password = neo4j_settings()
    monkeypatch.setenv("NEO4J_URI", uri)
    monkeypatch.setenv("NEO4J_PASSWORD", password)
    docs = _SMALL + _docs(YEAR_CITERS, "year")
    want = build(docs, _embedded, reopen=False)
    for order in (docs, docs[::-1]):
        if staged:
            got = build_staged(order, _neo4j(), batch=4)
        else:
            fresh = [True]

            def neo4j(fresh: list[bool] = fresh) -> GraphStore:
                return _neo4j(cleared=bool(fresh and fresh.pop()))

            got = build(order, neo4j, reopen=True)
        assert got == want


# Forty generated documents (bench/gen_corpus, seed 1, as /tmp/gen40 begins): two of them cite
# "77-NQ/HU" with no known place, so the code has a node keyed by each citing text, and the one
# written second lists the first as a possible duplicate ("unqualified local code": graph.build
# `_Builder.duplicates` compares with what the store holds when it writes). On the whole
# generated 40 MB corpus, name order against largest first: 2,537 of 12,491 nodes differ, all
# in that list and nothing else (bench/RESULTS.md, the fortieth session).
def _generated(count: int = 40) -> list[Doc]:
    from bench.gen_corpus import document

    docs = []
    for i in range(count):
        name = f"doc_{i:05d}.txt"
        text = document(1, i).text
        docs.append(Doc(name, len(text.encode()), extract(text, path=name)))
    return docs


_GENERATED = _generated()


def _generated_builds(backend: str) -> dict[str, dict[str, str]]:
    import tempfile

    out = {}
    for order in ("name", "reverse", "largest"):
        with tempfile.TemporaryDirectory() as tmp:

            def opener(tmp: str = tmp) -> GraphStore:
                return open_store(backend, data_dir=tmp if backend == "sqlite" else None)  # type: ignore[arg-type]

            out[order] = build(ordered(_GENERATED, order), opener, reopen=False)
    return out


def _without_duplicates(graph: dict[str, str]) -> dict[str, dict[str, object]]:
    import json

    lines = {k: json.loads(v) for k, v in graph.items()}
    for line in lines.values():
        line.pop("possible_duplicates", None)
    return lines


@pytest.mark.parametrize("backend", ["embedded", "sqlite"])
def test_the_order_of_a_generated_corpus_changes_nothing_but_possible_duplicates(
    backend: str,
) -> None:
    """What the writer's order may change today, and only that (so a writer free to take
    another order, e.g. the largest files first, changes nothing else): the nodes, their
    facts and edges of any order are those of name order, less `possible_duplicates`."""
    from bench.order_check import fields_apart

    graphs = _generated_builds(backend)
    base = graphs["name"]
    for order in ("reverse", "largest"):
        assert _without_duplicates(graphs[order]) == _without_duplicates(base), order
        apart = {f for k in base.keys() | graphs[order].keys()
                 for f in fields_apart(base.get(k), graphs[order].get(k))}  # fmt: skip
        assert apart <= {"possible_duplicates"}, order


@pytest.mark.xfail(
    strict=True,
    reason="issue 11 lever 1, open: a node's possible duplicates are those the store held "
    "when a text citing it was written (graph.build `_Builder.duplicates`), so they depend on "
    "the order; order-free they must be computed on the final store",
)
def test_possible_duplicates_do_not_depend_on_the_order() -> None:
    graphs = _generated_builds("embedded")
    assert graphs["reverse"] == graphs["name"]
