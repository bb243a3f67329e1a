"""What importing the packages loads: the public names, and no extraction rules for queries."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _loaded_after(statement: str) -> set[str]:
    probe = f"{statement}\nimport sys\nprint(' '.join(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return set(out.split())


def test_query_commands_do_not_load_the_extraction_rules() -> None:
    loaded = _loaded_after(
        "import api.cli, api.cli_graph, graph, graph.model, graph.sqlite_import, ingest.codes"
    )
    assert "ingest.extract" not in loaded
    rules = ("ingest.page", "ingest.stages", "ingest.host")  # the page, stage and host readers
    assert not [m for m in loaded if m.startswith(rules)]
    assert "networkx" not in loaded  # the default store is SQLite; networkx is the embedded one's


def test_the_package_name_extract_is_the_function_after_its_module_is_imported() -> None:
    probe = (
        "from ingest.extract import extract as direct\n"
        "from ingest import extract, find_codes, normalize_code, RelationType\n"
        "import ingest\n"
        "assert extract is direct and ingest.extract is direct, extract\n"
        "assert callable(find_codes) and callable(normalize_code) and RelationType.IMPLEMENTS\n"
        "print(extract('Thực hiện Kết luận số 62-KL/TW', path='x').references[0].surface)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "62-KL/TW"


def test_an_unknown_package_name_says_so() -> None:
    import ingest

    try:
        ingest.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("ingest.no_such_name did not raise")
