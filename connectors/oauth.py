"""Short-lived OAuth 2.0 bearer tokens for the connectors whose credential is exchanged for one.

Microsoft's identity platform (client credentials) and Google's token endpoint (a service account's
signed JWT) both take a form POST and answer RFC 6749 JSON: `access_token` and `expires_in`, or `error`
and `error_description`. `BearerToken` is the `auth_header` callable `ApiClient` asks before each request:
it keeps the token until shortly before it expires and fetches a new one when the API answered 401.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

from connectors.errors import ConnectorAuthError
from connectors.http_api import ApiClient, ApiError

# Fetched again this long before the server says it expires, so a request never leaves with a dying token.
EXPIRY_MARGIN_S = 60.0


class BearerToken:
    """`Authorization: Bearer ...` from a token endpoint, cached until it expires; refreshed on demand."""

    def __init__(self, fetch: Callable[[], Mapping[str, Any]], clock: Callable[[], float] = time.monotonic) -> None:
        self.fetch, self.clock = fetch, clock
        self._token = ""
        self._expires = 0.0
        self.fetches = 0

    def __call__(self, refresh: bool = False) -> str:
        if refresh or not self._token or self.clock() >= self._expires:
            body = self.fetch()
            self.fetches += 1
            try:
                lifetime = float(body.get("expires_in", 3600))
            except (TypeError, ValueError):
                lifetime = 3600.0
            self._token = str(body["access_token"])
            self._expires = self.clock() + max(0.0, lifetime - EXPIRY_MARGIN_S)
        return f"Bearer {self._token}"


def token_request(client: ApiClient, path: str, form: Mapping[str, str], fix: str) -> Mapping[str, Any]:
    """POST a token request; a refusal (400/401 with an OAuth error) is a `ConnectorAuthError` that says what to fix.

    `client.auth_hint` covers the 401 that `ApiClient` turns into a credential error itself; `fix` says the
    same for the 400 that RFC 6749 prescribes for a bad grant (Google's invalid_grant, Entra's AADSTS codes).
    """
    try:
        response = client.request("POST", path, data=dict(form), headers={"Accept": "application/json"})
    except ApiError as exc:
        raise ConnectorAuthError(f"{client.vendor} refused the token request ({exc}); check {fix}") from None
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict) or not isinstance(body.get("access_token"), str) or not body["access_token"]:
        raise ConnectorAuthError(f"{client.vendor} answered the token request without an access_token; check {fix}")
    return body
