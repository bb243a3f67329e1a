"""An analyst's fourth day: her graph copied onto the office's shared server, then worked on
by her and her colleagues at once. What surprised her, each held to what she needed."""

from __future__ import annotations

import fcntl
import logging
from pathlib import Path

import pytest

from graph import sqlite_store
from graph.build import ingest_extraction
from graph.errors import StoreUnavailable
from graph.locking import LOCK_NAME
from graph.sqlite_store import SQLiteStore
from tests.graph_fixtures import corpus, open_test_neo4j

VI_WAIT = "một tiến trình khác đang ghi vào"


def test_a_writer_kept_waiting_by_another_is_told_so_in_vietnamese_and_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A colleague's write while the analyst copies the store (which holds its writer lock):
    the warning that it waits and the error when it gives up say it in both languages."""
    store = SQLiteStore(tmp_path)
    monkeypatch.setattr(sqlite_store, "WRITE_WAIT_S", 0.3)
    with open(tmp_path / LOCK_NAME, "a+b") as other, caplog.at_level(logging.WARNING):
        fcntl.flock(other, fcntl.LOCK_EX)
        with pytest.raises(StoreUnavailable) as err:
            ingest_extraction(store, corpus()[0])
    assert VI_WAIT in str(err.value) and "another process" in str(err.value)
    assert "chưa ghi gì; hãy thử lại khi nó xong" in str(err.value)
    assert "nothing written; try again when it is done" in str(err.value)
    (waiting,) = [r.getMessage() for r in caplog.records if "waiting" in r.getMessage()]
    assert VI_WAIT in waiting and "đang chờ" in waiting and "waiting for it" in waiting
    assert store.counts()["documents"] == 0
    store.close()


@pytest.mark.neo4j
def test_a_writer_kept_waiting_by_the_servers_lease_holder_is_told_so_in_both_languages(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from graph.neo4j_store import Neo4jStore

    holder = open_test_neo4j()
    other = Neo4jStore(holder.uri, holder.user, _password())
    try:
        with (
            holder.writing(),
            caplog.at_level(logging.WARNING),
            pytest.raises(StoreUnavailable) as err,
            other.writing(wait_s=0.3),
        ):
            pass
        assert VI_WAIT in str(err.value) and "another process" in str(err.value)
        waiting = [r.getMessage() for r in caplog.records if "waiting" in r.getMessage()]
        assert waiting and VI_WAIT in waiting[0]
    finally:
        other.close()
        holder.close()


def _password() -> str:
    from tests.graph_fixtures import neo4j_settings

    return neo4j_settings()[2]


def test_a_relation_type_is_taken_as_typed_in_any_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`vbgraph lineage 62-KL/TW --type implements` answered "invalid RelationType value"."""
    from api.cli import main
    from tests.graph_fixtures import CORPUS

    data = str(tmp_path / "g")
    assert main(["ingest", str(CORPUS), "--data-dir", data]) == 0
    capsys.readouterr()
    assert main(["lineage", "62-KL/TW", "--type", "implements", "--data-dir", data]) == 0
    lower = capsys.readouterr().out
    assert main(["lineage", "62-KL/TW", "--type", "IMPLEMENTS", "--data-dir", data]) == 0
    assert capsys.readouterr().out == lower and "160-TB/TW" in lower
    with pytest.raises(SystemExit):
        main(["lineage", "62-KL/TW", "--type", "thuc-hien", "--data-dir", data])
    err = capsys.readouterr().err
    assert "không có loại quan hệ 'thuc-hien'" in err and "IMPLEMENTS" in err
    assert "no relation type 'thuc-hien'" in err


def test_a_code_of_two_documents_names_each_with_its_term(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`vbgraph lineage "35 CT TW"` on a graph with both directives 35-CT/TW answered "pick
    one: 35-CT/TW, 35-CT/TW@XII": which is 2019's and which 2024's, the keys did not say."""
    from api.cli import main
    from tests.test_graph_store import StoreContract

    for name, text in (("kh-150.txt", StoreContract._PLAN_2019),
                       ("ct-35-2024.txt", StoreContract._DIRECTIVE_2024)):  # fmt: skip
        (tmp_path / name).write_text(text, encoding="utf-8")
    data = str(tmp_path / "g")
    assert main(["ingest", str(tmp_path / "kh-150.txt"), str(tmp_path / "ct-35-2024.txt"),
                 "--data-dir", data]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["lineage", "35 CT TW", "--data-dir", data]) == 4
    err = capsys.readouterr().err
    assert "số hiệu '35-CT/TW' ứng với 2 văn bản" in err and "'35-CT/TW' names 2 documents" in err
    assert "35-CT/TW (khóa XII, 2019-05-30) [35-CT/TW@XII]" in err
    assert "35-CT/TW (khóa XIII, 2024-06-14) [35-CT/TW@XIII]" in err
