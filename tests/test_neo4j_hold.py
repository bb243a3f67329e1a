"""Two test runs on one machine never share the test Neo4j at once (tests.graph_fixtures).

No server is needed: the hold is a lock on a file named after the server's URI."""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.graph_fixtures import hold_test_server

ROOT = Path(__file__).resolve().parent.parent


def _other_run_holding(uri: str) -> subprocess.Popen[str]:
    """Another process that holds `uri` until it is stopped."""
    code = (
        "import sys, time\n"
        "from tests.graph_fixtures import hold_test_server\n"
        f"hold_test_server({uri!r}, wait_s=0)\n"
        "print('held', flush=True)\n"
        "time.sleep(60)\n"
    )
    other = subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert other.stdout is not None and other.stdout.readline().strip() == "held"
    return other


def test_a_second_run_waits_for_the_first_and_takes_the_server_when_it_ends() -> None:
    uri = f"bolt://127.0.0.1:1/{uuid.uuid4().hex}"
    other = _other_run_holding(uri)
    try:
        started = time.monotonic()
        with pytest.raises(pytest.fail.Exception, match="another test run"):
            hold_test_server(uri, wait_s=0.5)
        assert time.monotonic() - started >= 0.5  # it waited before it gave up
    finally:
        other.kill()
        other.wait()
    hold_test_server(uri, wait_s=10)  # the ended run's hold is gone with it
    hold_test_server(uri, wait_s=0)  # and a run holds its server once, however often asked
