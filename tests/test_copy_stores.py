"""`vbgraph copy`: a store filled from real texts, copied embedded → SQLite → Neo4j → SQLite,
answers every question as the first did, and a copy never writes over what a store holds.

The texts: the five sample documents, the Politburo's two directives 35-CT/TW (2019, 2024)
with a plan citing the older by date and a commune plan citing "Chỉ thị số 35-CT/TW" undated
(its edges uncertain, with candidates), and real pages of the development set (State texts
amending provisions: "khoản 2, Điều 8"), one of them edited and ingested again.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from api.cli import main
from bench.score_accuracy import load_cases
from graph import copy as C
from graph import open_store
from graph.embedded import EmbeddedStore
from graph.errors import CopyClash, StoreUnavailable, TargetNotEmpty
from graph.model import MATCH, SHORT_FORM
from graph.sqlite_store import SQLiteStore
from graph.store import GraphStore
from ingest.relations import RelationType
from tests.graph_fixtures import CORPUS, neo4j_settings, open_test_neo4j
from tests.test_graph_store import StoreContract

# Development cases (tests/realworld/cases) whose texts amend, repeal or replace provisions
# of other texts, or cite a provision ("Khoản 6, Điều 2"), with Party pages of each level.
CASE_IDS = (
    "j-tuyenquang-02-2011-qd-ubnd-amends-in-basis",
    "j-gov-48-2013-nd-cp-amends-four-decrees",
    "j-haiphong-30-2018-qd-ubnd-amends-56-2015",
    "m-danang-1773-qd-ubnd-24-2022-amends-06-2016",
    "p-thanhhoa-cong-bo-ky-luat-356-tb-ubkttw-651-683-102",
    "a-baomoi-ctr-57-no-province",
    "b-thanhhoa-danluc-ubnd-xa-kh-baucu-2021",
    "d-trap-quangtri-35-ct-tw-2019-vs-2024",
    "c-khanh-hoa-thong-tri-hoi-lhtn",  # "Nghị quyết số 25", "Kết luận số 80": short forms
    "a-yenbai-ct-17-quan-triet-chain",
)
EDITED = "j-haiphong-30-2018-qd-ubnd-amends-56-2015"
# Codes whose lineage, page and reports are compared (each in the store: checked).
CODES = ("62-KL/TW", "160-TB/TW", "35-CT/TW", "57-NQ/TW", "48/2013/NĐ-CP", "30/2018/QĐ-UBND")
SEARCHES = ("62 KL TW", "ket luan 62", "Chỉ thị 35", "Đức Phố", "sửa đổi bổ sung một số điều")


def _write_texts(folder: Path) -> Path:
    """The real texts as the analyst's files: one folder, one file a text."""
    folder.mkdir(parents=True)
    for sample in sorted(CORPUS.glob("*.txt")):
        (folder / sample.name).write_text(sample.read_text(encoding="utf-8"), encoding="utf-8")
    cases = {c["id"]: c for c in load_cases()}
    for case_id in CASE_IDS:
        (folder / f"{case_id}.txt").write_text(cases[case_id]["text"], encoding="utf-8")
    texts = (StoreContract._PLAN_2019, StoreContract._DIRECTIVE_2024,
             StoreContract._UNDATED_PLAN)  # fmt: skip
    for name, text in zip(("kh-150.txt", "ct-35-2024.txt", "kh-12.txt"), texts, strict=True):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _cli(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An embedded store (the default of earlier versions) filled from the real texts."""
    root = tmp_path_factory.mktemp("analyst")
    folder = _write_texts(root / "vanban")
    data = str(root / "laptop")
    embedded = ["--backend", "embedded", "--data-dir", data]
    assert main([*embedded, "ingest", str(folder), "-j", "1"]) == 0
    edited = folder / f"{EDITED}.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nNơi nhận: như trên.\n",
                      encoding="utf-8")  # fmt: skip
    assert main([*embedded, "ingest", str(edited)]) == 0
    return Path(data)


def snapshot(store: GraphStore) -> dict[str, Any]:
    """Everything a store holds, as plain ordered data: every node with every fact (and its
    conflicts, sources, duplicates), every head's tally, every edge with its evidence
    (provision, candidates), every document record."""
    assert isinstance(store, C.CopySource)
    nodes = sorted(
        ({**n.as_dict(), "facts": sorted(map(repr, n.facts))} for n in store.iter_nodes()),
        key=lambda n: n["key"],
    )
    heads = store.heads_by_key([n["key"] for n in nodes])
    return {
        "nodes": nodes,
        "tallies": {k: sorted((f, sorted(v.items())) for f, v in h.tally.items())
                    for k, h in heads.items()},  # fmt: skip
        "edges": sorted(json.dumps(e.as_dict(), ensure_ascii=False, sort_keys=True)
                        for e in store.iter_edges()),  # fmt: skip
        "records": sorted(map(repr, store.iter_documents())),
        "counts": store.counts(),
    }


def answers(where: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    """What the analyst asks the store through the command line, as JSON."""
    asked = [["stats", "--json"], ["report", "quality", "--json"],
             ["report", "top", "--json"], ["report", "top", "--by", "level", "--json"],
             ["export", "--format", "json"]]  # fmt: skip
    every_type = [a for t in RelationType for a in ("--type", t.value)]
    for code in CODES:
        asked += [["lineage", code, "--json"], ["lineage", code, "--up", "--json"],
                  ["show", code, "--json"], ["report", "lag", code, "--json"],
                  ["report", "coverage", code, "--json"],
                  ["lineage", code, "--up", "--json", *every_type]]  # fmt: skip
    asked += [["search", q, "--json"] for q in SEARCHES]
    asked += [["path", "74-KH/TU", "62-KL/TW", "--json"]]
    got = {}
    for command in asked:
        code, out, err = _cli(*where, *command, capsys=capsys)
        got[" ".join(command)] = f"{code}\n{out}\n{err}"
    return got


@pytest.fixture
def neo4j_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The test Neo4j, cleared, as the command line reaches it."""
    open_test_neo4j().close()
    uri, user, password = neo4j_settings()
    for name, value in (("NEO4J_URI", uri), ("NEO4J_USER", user), ("NEO4J_PASSWORD", password)):
        monkeypatch.setenv(name, value)
    yield ["--backend", "neo4j"]
    open_test_neo4j().close()


def test_the_real_store_holds_every_kind_of_record(filled: Path) -> None:
    """The store copied below is worth copying: conflicts, undated mentions' candidates,
    provisions, a variant merge's evidence, short forms, an edited file's one version."""
    store = EmbeddedStore(filled)
    nodes = list(store.iter_nodes())
    edges = list(store.iter_edges())
    assert any(n.conflicts() for n in nodes)
    assert any(f.field == MATCH for n in nodes for f in n.facts)
    assert any(f.field == SHORT_FORM for n in nodes for f in n.facts)
    assert any(e.candidates for e in edges)
    assert any(ev.provision for e in edges for ev in e.evidence)
    edited = [r for r in store.iter_documents() if r.path and r.path.endswith(f"{EDITED}.txt")]
    assert len(edited) == 1
    for code in CODES:
        assert store.nodes_by_code(code), code


@pytest.mark.neo4j
def test_embedded_to_sqlite_to_neo4j_to_sqlite_answers_alike(
    filled: Path, tmp_path: Path, neo4j_env: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    first = ["--backend", "embedded", "--data-dir", str(filled)]
    laptop = ["--data-dir", str(tmp_path / "laptop")]
    back = ["--data-dir", str(tmp_path / "back")]
    want = snapshot(EmbeddedStore(filled))
    on_embedded = answers(first, capsys)
    steps = [(first, ["--to", "sqlite", "--to-data-dir", str(tmp_path / "laptop")]),
             (laptop, ["--to", "neo4j"]),
             (neo4j_env, ["--to", "sqlite", "--to-data-dir", str(tmp_path / "back")])]  # fmt: skip
    for source, to in steps:
        code, out, err = _cli(*source, "copy", *to, capsys=capsys)
        assert code == 0, err
        docs = want["counts"]["documents"]
        assert f"Đã chép / copied {docs} văn bản / documents" in out
        assert f"{want['counts']['nodes']} nút / nodes, {want['counts']['edges']} cạnh" in out
    expected = answers(laptop, capsys)
    # The embedded store ranks every node, SQLite and Neo4j the few hundred candidates their
    # text indexes give (FTS5, Lucene): the best hit is the same, the tail of weak or tied
    # hits may differ between backends, never between copies on one backend.
    for asked, answer in on_embedded.items():
        assert _same(asked, expected[asked], answer, across=True), ("embedded", asked)
    stores = {"sqlite": laptop, "neo4j": neo4j_env, "sqlite again": back}
    for name, where in stores.items():
        settings = {"backend": "neo4j"} if name == "neo4j" else {"data_dir": where[1]}
        store = _open(settings)
        try:
            assert snapshot(store) == want, name
        finally:
            store.close()
        got = answers(where, capsys)
        for asked, answer in expected.items():
            assert _same(asked, got[asked], answer, across=name == "neo4j"), (name, asked)


def _same(asked: str, got: str, want: str, *, across: bool) -> bool:
    """Whether two answers agree: alike, or for a search on another backend, in the best hit."""
    if not (across and asked.startswith("search")):
        return got == want
    best = [json.loads(a.split("\n", 1)[1])["hits"][:1] for a in (got, want)]
    return best[0] == best[1] and bool(best[0])


def _open(settings: dict[str, str]) -> GraphStore:
    if settings.get("backend") == "neo4j":
        uri, user, password = neo4j_settings()
        return open_store("neo4j", neo4j_uri=uri, user=user, password=password)
    return open_store("sqlite", data_dir=settings["data_dir"])


def test_a_store_that_holds_documents_is_not_copied_over(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "office"
    sample = str(CORPUS / "001_a85e39af42177292.txt")
    assert main(["ingest", sample, "--data-dir", str(target)]) == 0
    capsys.readouterr()
    before = snapshot(SQLiteStore(target))
    code, out, err = _cli("--backend", "embedded", "--data-dir", str(filled), "copy", "--to",
                          "sqlite", "--to-data-dir", str(target), capsys=capsys)  # fmt: skip
    assert code == 2 and out == ""
    assert "kho đích đã có dữ liệu (1 văn bản" in err and "không chép gì" in err
    assert "the target store is not empty (1 documents" in err
    assert "nothing copied. Add --merge" in err
    assert snapshot(SQLiteStore(target)) == before


def test_a_store_is_not_copied_onto_itself(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _cli("--backend", "embedded", "--data-dir", str(filled), "copy", "--to",
                        "embedded", capsys=capsys)  # fmt: skip
    assert code == 2
    assert "nguồn và đích là cùng một kho" in err
    assert "/ the source and the target are the same store" in err


def test_a_merge_adds_what_the_target_lacks_and_keeps_what_it_holds(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The colleague's store holds three of the samples, from files of her own; the merge
    gives it the rest, and it answers as the whole copy does (the three are the same texts:
    the same documents, kept as she stored them)."""
    whole = SQLiteStore(tmp_path / "whole")
    C.copy_documents(EmbeddedStore(filled), whole)
    office, theirs = tmp_path / "office", tmp_path / "colleague"
    theirs.mkdir()
    for sample in sorted(CORPUS.glob("*.txt"))[:3]:
        (theirs / sample.name).write_text(sample.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["ingest", str(theirs), "--data-dir", str(office)]) == 0
    capsys.readouterr()
    code, out, err = _cli("--backend", "embedded", "--data-dir", str(filled), "copy",
                          "--to", "sqlite", "--to-data-dir", str(office), "--merge",
                          capsys=capsys)  # fmt: skip
    assert code == 0, err
    docs = whole.counts()["documents"]
    assert f"Đã chép / copied {docs - 3} văn bản / documents" in out
    assert "3 văn bản kho đích đã có, giữ nguyên / documents the target already held" in out
    got, want = snapshot(SQLiteStore(office)), snapshot(whole)
    assert got["counts"] == want["counts"]
    assert got["nodes"] == want["nodes"] and got["tallies"] == want["tallies"]
    assert _pathless(got["edges"]) == _pathless(want["edges"])
    held = [r for r in SQLiteStore(office).iter_documents() if str(theirs) in (r.path or "")]
    assert len(held) == 3


def _pathless(edges: list[str]) -> list[str]:
    """Edges without the file they were read from (the same text, another file)."""
    return sorted(json.dumps({**json.loads(e), "path": None}, sort_keys=True) for e in edges)


def test_a_merge_keeps_the_targets_version_of_an_edited_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "vanban"
    folder.mkdir()
    plan = folder / "002.txt"
    text = (CORPUS / "002_b55e7754f641a03a.txt").read_text(encoding="utf-8")
    plan.write_text(text, encoding="utf-8")
    laptop, office = str(tmp_path / "laptop"), str(tmp_path / "office")
    assert main(["ingest", str(plan), "--data-dir", office]) == 0
    plan.write_text(text + "\nGhi chú của chuyên viên.\n", encoding="utf-8")
    assert main(["ingest", str(plan), "--data-dir", laptop]) == 0
    capsys.readouterr()
    before = snapshot(SQLiteStore(office))
    code, out, err = _cli("--data-dir", laptop, "copy", "--to", "sqlite", "--to-data-dir",
                          office, "--merge", capsys=capsys)  # fmt: skip
    assert code == 0, err
    assert "Đã chép / copied 0 văn bản" in out
    assert "1 tệp kho đích có bản khác, giữ bản của kho đích" in out and str(plan) in out
    assert snapshot(SQLiteStore(office)) == before


def test_a_merge_of_two_documents_of_one_code_is_the_graph_of_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The laptop holds the 2019 plan carrying out 35-CT/TW of 2019, the office the 2024
    directive 35-CT/TW: each store keys the 2019 directive 35-CT/TW@XII whatever else it
    holds, so merging gives the graph of both files ingested into one store."""
    folder = _write_texts(tmp_path / "vanban")
    laptop, office, both = (str(tmp_path / d) for d in ("laptop", "office", "both"))
    assert main(["ingest", str(folder / "kh-150.txt"), "--data-dir", laptop]) == 0
    assert main(["ingest", str(folder / "ct-35-2024.txt"), "--data-dir", office]) == 0
    assert main(["ingest", str(folder / "ct-35-2024.txt"), str(folder / "kh-150.txt"),
                 "--data-dir", both]) == 0  # fmt: skip
    capsys.readouterr()
    code, _, err = _cli("--data-dir", laptop, "copy", "--to", "sqlite", "--to-data-dir",
                        office, "--merge", capsys=capsys)  # fmt: skip
    assert code == 0, err
    assert snapshot(SQLiteStore(office)) == snapshot(SQLiteStore(both))


# A commune plan of 2019 citing 35-CT/TW without a date: only the directive of 2019 (term
# XII) was issued by then, so its mention names that one whatever else a store holds.
_UNDATED_PLAN_2019 = (
    "ĐẢNG ỦY XÃ HẢI AN\nSố 15-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
    "Hải An, ngày 02 tháng 7 năm 2019\n\nKẾ HOẠCH\nthực hiện Chỉ thị số 35-CT/TW của "
    "Bộ Chính trị về đại hội đảng bộ các cấp\n"
)


def _ingest_each(folder: Path, **stores: list[str]) -> dict[str, str]:
    """Each store's data directory (under `folder`'s parent) with its files ingested."""
    (folder / "kh-15.txt").write_text(_UNDATED_PLAN_2019, encoding="utf-8")
    dirs = {}
    for name, files in stores.items():
        dirs[name] = str(folder.parent / name)
        paths = [str(folder / f) for f in files]
        assert main(["ingest", *paths, "--data-dir", dirs[name]]) == 0
    return dirs


@pytest.mark.parametrize(
    ("laptop", "office", "clash"),
    [
        # the laptop names the code only undated (the code alone stands for it)
        (["kh-12.txt"], ["ct-35-2024.txt"], "35-CT/TW (— / XII, XIII)"),
        # the laptop's undated mention stands to the one directive it holds, the 2019 one
        (["kh-150.txt", "kh-12.txt"], ["ct-35-2024.txt"], "35-CT/TW (XII / XII, XIII)"),
        # the office's does: the laptop brings it the 2024 directive
        (["ct-35-2024.txt"], ["kh-150.txt", "kh-12.txt"], "35-CT/TW (XII, XIII / XII)"),
    ],
    ids=["undated-only", "placed-in-source", "placed-in-target"],
)
def test_a_merge_that_would_place_an_undated_mention_elsewhere_writes_nothing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    laptop: list[str],
    office: list[str],
    clash: str,
) -> None:
    """A commune plan of July 2024 cites 35-CT/TW without a date: it names every directive
    35-CT/TW issued by then that its store holds. Where the merged store would hold one its
    own does not, the mention would name another set of documents, which a copy does not
    decide (ingesting the file does). Refused, nothing written."""
    dirs = _ingest_each(_write_texts(tmp_path / "vanban"), laptop=laptop, office=office)
    capsys.readouterr()
    before = snapshot(SQLiteStore(dirs["office"]))
    code, out, err = _cli("--data-dir", dirs["laptop"], "copy", "--to", "sqlite",
                          "--to-data-dir", dirs["office"], "--merge", capsys=capsys)  # fmt: skip
    assert code == 2 and out == ""
    assert clash in err and "nothing was merged" in err
    assert "Ingest the source's files into the target instead" in err
    assert snapshot(SQLiteStore(dirs["office"])) == before
    with pytest.raises(CopyClash):
        C.copy_documents(SQLiteStore(dirs["laptop"]), SQLiteStore(dirs["office"]), merge=True)


@pytest.mark.parametrize(
    ("laptop", "office"),
    [
        # the 2019 commune plan's mention names the 2019 directive with or without the 2024 one
        (["kh-150.txt", "kh-15.txt"], ["ct-35-2024.txt"]),
        (["ct-35-2024.txt"], ["kh-150.txt", "kh-15.txt"]),
        # the office holds the laptop's undated plan itself: the office's copy of it is kept
        (["kh-12.txt"], ["kh-150.txt", "kh-12.txt"]),
    ],
    ids=["issued-after-source", "issued-after-target", "held"],
)
def test_a_merge_whose_undated_mentions_name_the_same_documents_is_the_graph_of_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], laptop: list[str], office: list[str]
) -> None:
    """An undated mention that names the same documents in the merged store as in its own is
    no reason to refuse: the merge is the graph of both stores' files ingested into one."""
    dirs = _ingest_each(_write_texts(tmp_path / "vanban"), laptop=laptop, office=office,
                        both=sorted(set(laptop) | set(office)))  # fmt: skip
    capsys.readouterr()
    code, _, err = _cli("--data-dir", dirs["laptop"], "copy", "--to", "sqlite", "--to-data-dir",
                        dirs["office"], "--merge", capsys=capsys)  # fmt: skip
    assert code == 0, err
    assert snapshot(SQLiteStore(dirs["office"])) == snapshot(SQLiteStore(dirs["both"]))


def test_an_interrupted_copy_is_completed_by_a_merge(
    filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each batch is written whole: a copy cut short keeps whole documents, and copying again
    with merge gives the whole copy."""
    whole = SQLiteStore(tmp_path / "whole")
    C.copy_documents(EmbeddedStore(filled), whole)
    monkeypatch.setattr(C, "BATCH_DOCS", 4)
    target = SQLiteStore(tmp_path / "cut")
    real = target.bulk_write
    calls = []

    def cut(writes: Any) -> int:
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(writes)

    monkeypatch.setattr(target, "bulk_write", cut)
    with pytest.raises(KeyboardInterrupt):
        C.copy_documents(EmbeddedStore(filled), target)
    assert target.counts()["documents"] == 4
    with pytest.raises(TargetNotEmpty):
        C.copy_documents(EmbeddedStore(filled), target)
    outcome = C.copy_documents(EmbeddedStore(filled), target, merge=True)
    assert outcome.held == 4
    assert snapshot(target) == snapshot(whole)


@pytest.mark.parametrize(
    ("to", "wrong"),
    [(["--to", "neo4j", "--to-data-dir", "ban-sao"], "--to-data-dir"),
     (["--to", "sqlite", "--to-uri", "bolt://10.0.0.5:7687"], "--to-uri")],
)  # fmt: skip
def test_a_target_option_of_another_backend_is_refused_not_ignored(
    filled: Path, capsys: pytest.CaptureFixture[str], to: list[str], wrong: str
) -> None:
    """`copy --to neo4j --to-data-dir ban-sao` meant a folder: it would have gone to the
    server named by NEO4J_URI, the folder ignored."""
    code, out, err = _cli("--backend", "embedded", "--data-dir", str(filled), "copy", *to,
                          capsys=capsys)  # fmt: skip
    assert code == 2 and out == ""
    assert f"{wrong} không dùng cho --to {to[1]}" in err
    assert f"{wrong} does not apply to --to {to[1]}" in err


def test_an_unreachable_target_is_named_as_the_target(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _cli("--backend", "embedded", "--data-dir", str(filled), "copy", "--to",
                        "neo4j", "--to-uri", "bolt://127.0.0.1:1", capsys=capsys)  # fmt: skip
    assert code == 3
    assert "neo4j bolt://127.0.0.1:1: kho đích không dùng được" in err
    assert "not reachable" in err and "chưa chép gì" in err and "nothing copied" in err


def test_a_store_nobody_may_write_is_copied(
    filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only copy of a store (handed out on a read-only share): nobody writes it, so a
    copy needs none of its writer lock, which it could not take there (the lock file cannot
    be made)."""
    from graph import sqlite_store

    source = tmp_path / "readonly"
    made = SQLiteStore(source)
    C.copy_documents(EmbeddedStore(filled), made)
    made.close()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, m: m != os.W_OK and real_access(p, m)
                        if str(p).startswith(str(source)) else real_access(p, m))  # fmt: skip
    locked = sqlite_store.writer_lock

    def no_lock_file(directory: Path, wait_s: float | None) -> Any:
        if str(directory).startswith(str(source)):
            raise StoreUnavailable(f"cannot write the graph store in {directory}: read-only")
        return locked(directory, wait_s)

    monkeypatch.setattr(sqlite_store, "writer_lock", no_lock_file)
    store = SQLiteStore(source)
    assert store.read_only
    target = SQLiteStore(tmp_path / "mine")
    outcome = C.copy_documents(store, target)
    assert outcome.counts == store.counts() and outcome.written == store.counts()["documents"]


def test_sqlite_to_embedded_and_back_holds_everything(filled: Path, tmp_path: Path) -> None:
    """The round trip without a server: every node, fact, tally, edge and record."""
    want = snapshot(EmbeddedStore(filled))
    laptop = SQLiteStore(tmp_path / "laptop")
    C.copy_documents(EmbeddedStore(filled), laptop)
    again = EmbeddedStore(tmp_path / "embedded")
    C.copy_documents(laptop, again)
    back = SQLiteStore(tmp_path / "back")
    C.copy_documents(EmbeddedStore(tmp_path / "embedded"), back)  # (read from its files)
    for store in (laptop, again, back):
        assert snapshot(store) == want
