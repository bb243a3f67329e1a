"""Property-based requests from the live OpenAPI schema (schemathesis): no input makes the
service answer 5xx. Every GET route, and POST /ingest without a token; embedded store with
the sample corpus. Bounded: 25 examples per operation, no deadline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from api.main import create_app
from api.settings import Settings
from graph import open_store
from graph.build import ingest_extraction
from tests.graph_fixtures import corpus

schemathesis = pytest.importorskip("schemathesis")
from schemathesis.checks import not_a_server_error  # noqa: E402

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Any:
    data_dir: Path = tmp_path_factory.mktemp("schema")
    store = open_store("embedded", data_dir=data_dir)
    for ext in corpus():
        ingest_extraction(store, ext)
    store.close()
    app = create_app(
        Settings(backend="embedded", data_dir=data_dir, api_token="never-sent-by-the-fuzzer")
    )
    openapi = getattr(schemathesis, "openapi", None)
    if openapi is not None and hasattr(openapi, "from_asgi"):
        return openapi.from_asgi("/openapi.json", app)
    return schemathesis.from_asgi("/openapi.json", app)  # schemathesis 3


def test_no_request_makes_the_service_fail(api_schema: Any) -> None:
    # Driven with hypothesis directly: the schemathesis pytest plugin does not support pytest 9.
    operations = [result.ok() for result in api_schema.get_all_operations()]
    labels = {op.label for op in operations}
    assert "POST /api/v1/ingest" in labels and "GET /api/v1/lineage/down" in labels
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
        def no_server_error(case: Any) -> None:
            case.call_and_validate(checks=[not_a_server_error])

        no_server_error()
