"""The HTTP client the SaaS connectors share: authentication, retries, rate limits and errors in one place.

Every vendor API these connectors read (Confluence, Jira, Microsoft Graph, Google Drive, Slack, GitHub)
answers a rate limit with 429 and a `Retry-After` header, a bad or expired credential with 401, and an
overloaded server with 5xx. `ApiClient` turns those into the project's behaviour:

- 429 (and 503 with `Retry-After`): wait what the server asks (seconds or an HTTP date), at most
  `max_retry_after_s`, then retry; a server that keeps limiting counts against `max_retries`.
- 5xx and connection errors: exponential backoff with full jitter, up to `max_retries` retries, then
  `SourceUnavailableError`: the sync stops and keeps the checkpoint of the last complete batch.
- 401: `ConnectorAuthError` with one line naming the source and what to fix; stored documents stay.
- Other 4xx: `ApiError`, which a connector turns into a `ConnectorFailure` for the one item concerned.

The base URL is a setting of every connector, which is how tests point it at a fake server on loopback.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from typing import Any

import httpx

from connectors.errors import ConnectorAuthError, ConnectorConfigError, ConnectorError, SourceUnavailableError


class ApiError(ConnectorError):
    """A request about one item failed for a reason other than credentials or availability (403, 404, 400)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """The wait a `Retry-After` header asks for: delay-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


def error_detail(response: httpx.Response, limit: int = 200) -> str:
    """The vendor's own error message from a JSON error body (each vendor names it differently), or the text."""
    try:
        body = response.json()
    except ValueError:
        return response.text.strip()[:limit]
    found: Any = None
    if isinstance(body, dict):
        # Atlassian: message / errorMessages; Graph and Google: error.message; Slack: error; GitHub: message.
        err = body.get("error")
        if isinstance(err, dict):
            found = err.get("message") or err.get("code")
        if isinstance(err, str) and body.get("error_description"):
            # OAuth token endpoints (Entra, Google): the code and the sentence that says what is wrong.
            found = f"{err}: {body['error_description']}"
        found = found or body.get("message") or body.get("errorMessages") or err
    if isinstance(found, list):
        found = "; ".join(str(f) for f in found)
    return str(found if found else body)[:limit]


class ApiClient:
    """GET/POST JSON against one vendor's API with the project's retry, rate-limit and error rules.

    `auth_hint` completes the 401 message: what the user should check ("the API token in
    sources[].options.token", ...). `sleep` and `transport` are injectable so tests run without waiting
    and without a network. The `Authorization` header is set by the connector (`headers`) or by
    `auth_header`, a callable asked again after a 401 once, for token sources that can refresh.
    """

    def __init__(
        self,
        source: str,
        vendor: str,
        base_url: str,
        *,
        headers: Mapping[str, str] | None = None,
        auth_header: Callable[[bool], str] | None = None,
        auth_hint: str = "the credentials in the source's settings",
        timeout_s: float = 30.0,
        max_retries: int = 5,
        backoff_s: float = 1.0,
        max_backoff_s: float = 60.0,
        max_retry_after_s: float = 300.0,
        verify: bool | str = True,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        if not base_url or not base_url.startswith(("http://", "https://")):
            raise ConnectorConfigError(f"source {source!r}: base_url must be an http(s) URL, got {base_url!r}")
        if max_retries < 0:
            raise ConnectorConfigError(f"source {source!r}: max_retries must be 0 or more")
        self.source, self.vendor = source, vendor
        self.base_url = base_url.rstrip("/")
        self.auth_header, self.auth_hint = auth_header, auth_hint
        self.max_retries, self.backoff_s, self.max_backoff_s = max_retries, backoff_s, max_backoff_s
        self.max_retry_after_s = max_retry_after_s
        self.sleep = sleep
        self.rng = rng or random.Random()
        self.requests = 0
        self.waited_s = 0.0
        self._client = httpx.Client(
            base_url=self.base_url, headers=dict(headers or {}), timeout=timeout_s, verify=verify,
            transport=transport, follow_redirects=True,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def url(self, path: str) -> str:
        """An absolute URL for a path or a vendor's own next-page link (which may be absolute already)."""
        return path if path.startswith(("http://", "https://")) else f"{self.base_url}/{path.lstrip('/')}"

    def backoff(self, attempt: int) -> float:
        """Full jitter: a uniform wait in [0, min(max, base * 2**attempt)]."""
        return self.rng.uniform(0, min(self.max_backoff_s, self.backoff_s * (2 ** attempt)))

    def _wait(self, seconds: float) -> None:
        self.waited_s += seconds
        self.sleep(seconds)

    def request(self, method: str, path: str, *, params: Mapping[str, Any] | None = None,
                json: Any = None, data: Any = None, headers: Mapping[str, str] | None = None) -> httpx.Response:
        """One request, retried as the module says; returns a 2xx/3xx response or raises."""
        url = self.url(path)
        refreshed = False  # a 401 has already led to a fresh token once
        refresh_now = False  # ask the token source for a fresh one on this attempt only
        attempt = 0
        while True:
            extra = dict(headers or {})
            if self.auth_header is not None:
                extra["Authorization"] = self.auth_header(refresh_now)
                refresh_now = False
            try:
                self.requests += 1
                response = self._client.request(method, url, params=params, json=json, data=data, headers=extra)
            except (httpx.TooManyRedirects, httpx.DecodingError) as exc:
                raise ApiError(f"{self.vendor}: {type(exc).__name__} for {url}", 0) from None
            except httpx.TransportError as exc:
                if attempt >= self.max_retries:
                    raise SourceUnavailableError(
                        f"{self.vendor} at {self.base_url} cannot be reached ({type(exc).__name__}) after "
                        f"{attempt + 1} attempts; check base_url and the network"
                    ) from None
                self._wait(self.backoff(attempt))
                attempt += 1
                continue
            status = response.status_code
            if status == 401:
                if self.auth_header is not None and not refreshed:
                    refreshed = refresh_now = True  # an expired token that can be refreshed gets one more try
                    continue
                raise ConnectorAuthError(
                    f"{self.vendor} refused the credentials (401: {error_detail(response)}); check {self.auth_hint}"
                )
            retry_after = retry_after_seconds(response.headers.get("Retry-After"))
            if status == 429 or status >= 500 or (status == 403 and retry_after is not None):
                # GitHub answers its secondary rate limit with 403 + Retry-After.
                if attempt >= self.max_retries:
                    what = "kept rate-limiting" if status in (429, 403) else f"kept answering {status}"
                    raise SourceUnavailableError(
                        f"{self.vendor} {what} after {attempt + 1} attempts ({error_detail(response)}); "
                        "the sync stopped at its last complete batch and resumes from there"
                    )
                wait = retry_after if retry_after is not None else self.backoff(attempt)
                self._wait(min(wait, self.max_retry_after_s))
                attempt += 1
                continue
            if status >= 400:
                raise ApiError(f"{self.vendor} answered {status} for {url}: {error_detail(response)}", status)
            return response

    def get(self, path: str, params: Mapping[str, Any] | None = None, **kw: Any) -> httpx.Response:
        return self.request("GET", path, params=params, **kw)

    def get_json(self, path: str, params: Mapping[str, Any] | None = None, **kw: Any) -> Any:
        response = self.get(path, params, **kw)
        try:
            return response.json()
        except ValueError:
            raise ApiError(f"{self.vendor} sent a body that is not JSON for {response.url}", response.status_code) from None

    def post_json(self, path: str, json: Any = None, **kw: Any) -> Any:
        response = self.request("POST", path, json=json, **kw)
        try:
            return response.json()
        except ValueError:
            raise ApiError(f"{self.vendor} sent a body that is not JSON for {response.url}", response.status_code) from None
