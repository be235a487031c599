"""Property-based fuzzing of every route from the app's own OpenAPI document: no 5xx, responses as documented."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from tests.api.conftest import auth


@pytest.fixture(scope="module")
def api_schema(app):
    return schemathesis.openapi.from_asgi("/openapi.json", app)


@pytest.fixture(scope="module")
def admin_key(make_key):
    return make_key(user="fuzz@example.com", scopes=("chat", "search", "ingest", "admin"))


@pytest.mark.slow
def test_no_route_answers_5xx_or_off_its_schema(api_schema, admin_key):
    # schemathesis' own pytest loader does not work with pytest 9 yet: each operation's strategy is run here.
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 8
    failures = []
    for operation in operations:
        @settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
                  database=None)
        @given(case=operation.as_strategy())
        def run(case):
            case.call_and_validate(headers=auth(admin_key))

        try:
            run()
        except Exception as exc:  # noqa: BLE001 - collect every operation's failure, then report them together
            failures.append(f"{operation.label}: {str(exc)[:1500]}")
    assert not failures, "\n\n".join(failures)
