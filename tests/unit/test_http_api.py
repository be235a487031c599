"""The SaaS connectors' shared client: retries, Retry-After, backoff with jitter, credentials, vendor errors."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import httpx
import pytest

from connectors.errors import ConnectorAuthError, ConnectorConfigError, SourceUnavailableError
from connectors.http_api import ApiClient, ApiError, error_detail, retry_after_seconds


def client(responses: list, **kw) -> tuple[ApiClient, list[float], list[httpx.Request]]:
    waits: list[float] = []
    seen: list[httpx.Request] = []
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        item = queue.pop(0)
        if isinstance(item, Exception):
            raise item
        return item

    api = ApiClient("wiki", "Confluence", "https://example.test/wiki", transport=httpx.MockTransport(handler),
                    sleep=waits.append, rng=random.Random(1), **kw)
    return api, waits, seen


def test_retry_after_in_seconds_and_as_an_http_date():
    now = datetime(2026, 11, 30, 12, 0, tzinfo=timezone.utc)
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds(format_datetime(now + timedelta(seconds=30), usegmt=True), now) == 30.0
    assert retry_after_seconds(format_datetime(now - timedelta(seconds=30), usegmt=True), now) == 0.0
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_429_waits_what_the_server_asks_then_succeeds():
    api, waits, seen = client([httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(200, json={"ok": 1})])
    assert api.get_json("/rest/api/content") == {"ok": 1}
    assert waits == [3.0] and len(seen) == 2
    assert str(seen[0].url) == "https://example.test/wiki/rest/api/content"


def test_retry_after_is_capped():
    api, waits, _ = client([httpx.Response(429, headers={"Retry-After": "86400"}), httpx.Response(200, json={})],
                           max_retry_after_s=120)
    api.get_json("x")
    assert waits == [120]


def test_5xx_backs_off_with_jitter_then_gives_up_as_unavailable():
    api, waits, seen = client([httpx.Response(503, json={"message": "down"})] * 4, max_retries=3, backoff_s=1.0)
    with pytest.raises(SourceUnavailableError, match="kept answering 503 after 4 attempts"):
        api.get("x")
    assert len(seen) == 4 and len(waits) == 3
    for attempt, wait in enumerate(waits):  # full jitter: within [0, base * 2**attempt]
        assert 0 <= wait <= 2 ** attempt
    assert len(set(waits)) == 3


def test_connection_errors_are_retried_then_reported():
    api, waits, _ = client([httpx.ConnectError("refused")] * 3, max_retries=2)
    with pytest.raises(SourceUnavailableError, match="cannot be reached"):
        api.get("x")
    assert len(waits) == 2


def test_401_names_what_to_fix_and_is_not_retried():
    api, waits, seen = client([httpx.Response(401, json={"message": "Token expired"})],
                              auth_hint="the API token in sources[].options.token")
    with pytest.raises(ConnectorAuthError, match=r"Confluence refused the credentials \(401: Token expired\); "
                                                 r"check the API token in sources\[\]\.options\.token"):
        api.get("x")
    assert waits == [] and len(seen) == 1


def test_401_asks_a_refreshable_token_source_once_more():
    tokens = []

    def auth(refresh: bool) -> str:
        tokens.append(refresh)
        return "Bearer new" if refresh else "Bearer old"

    api, _, seen = client([httpx.Response(401), httpx.Response(200, json={"v": 1})], auth_header=auth)
    assert api.get_json("x") == {"v": 1}
    assert tokens == [False, True] and [r.headers["Authorization"] for r in seen] == ["Bearer old", "Bearer new"]


def test_other_4xx_is_an_item_error_with_the_vendors_message():
    api, _, _ = client([httpx.Response(404, json={"error": {"code": "itemNotFound", "message": "Item not found"}})])
    with pytest.raises(ApiError, match="answered 404 .*Item not found") as info:
        api.get("x")
    assert info.value.status == 404


def test_github_secondary_rate_limit_403_with_retry_after_is_waited():
    api, waits, _ = client([httpx.Response(403, headers={"Retry-After": "2"}), httpx.Response(200, json=[])])
    assert api.get_json("x") == [] and waits == [2.0]


def test_vendor_error_bodies():
    assert error_detail(httpx.Response(400, json={"errorMessages": ["bad JQL"], "errors": {}})) == "bad JQL"
    assert error_detail(httpx.Response(400, json={"ok": False, "error": "invalid_auth"})) == "invalid_auth"
    assert error_detail(httpx.Response(500, text="<html>oops</html>")) == "<html>oops</html>"
    oauth = {"error": "invalid_client", "error_description": "AADSTS7000215: Invalid client secret provided."}
    assert error_detail(httpx.Response(401, json=oauth)) == "invalid_client: AADSTS7000215: Invalid client secret provided."


def test_a_base_url_that_is_not_http_is_a_config_error():
    with pytest.raises(ConnectorConfigError, match="base_url must be an http"):
        ApiClient("wiki", "Confluence", "example.test")


def test_a_body_that_is_not_json_is_an_item_error():
    api, _, _ = client([httpx.Response(200, text="<html/>")])
    with pytest.raises(ApiError, match="not JSON"):
        api.get_json("x")


def test_after_a_refresh_later_retries_reuse_the_new_token():
    asked = []

    def auth(refresh: bool) -> str:
        asked.append(refresh)
        return "Bearer t"

    api, waits, _ = client([httpx.Response(401), httpx.Response(503), httpx.Response(200, json={})], auth_header=auth)
    api.get_json("x")
    assert asked == [False, True, False] and len(waits) == 1


def test_a_redirect_loop_is_an_item_error():
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": str(request.url)})

    api = ApiClient("wiki", "Confluence", "https://example.test", transport=httpx.MockTransport(handler),
                    sleep=lambda _s: None)
    with pytest.raises(ApiError, match="TooManyRedirects"):
        api.get("loop")
