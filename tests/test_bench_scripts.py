"""Every script in bench/ compiles and answers --help: the benchmarks and scorers are run by
hand and at a session's end, not by the other tests, so a broken one would otherwise be found
only when its figures are needed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = sorted(p for p in (ROOT / "bench").glob("*.py") if p.name != "__init__.py")


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_bench_script_compiles(script: Path) -> None:
    compile(script.read_text(encoding="utf-8"), str(script), "exec")  # SyntaxError fails it


@pytest.mark.parametrize(
    "module", ["bench.bench_ingest", "bench.score_accuracy", "bench.dump_extraction"]
)
def test_bench_command_answers_help(module: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", module, "--help"], cwd=ROOT, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "usage" in done.stdout.lower()


@pytest.mark.parametrize(
    ("labelled", "found", "same"),
    [
        ("Hanoi", "Hà Nội", True),  # an English copy writes the place as one word
        ("TP. Hồ Chí Minh", "Hồ Chí Minh", True),
        ("Quận 2", "2", True),
        ("Hà Nam", "Hà Nội", False),
        ("Hà Giang", "Hậu Giang", False),
    ],
)
def test_the_scorer_reads_one_place_however_it_is_spaced(labelled: str, found: str,
                                                          same: bool) -> None:  # fmt: skip
    from bench.score_accuracy import _same

    assert _same("province", labelled, found) is same
