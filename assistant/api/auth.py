"""Who is calling: API keys, OIDC bearer tokens, widget keys (with an optional host-signed user token).

Every route depends on `require(scope)`, which authenticates the request and checks the scope.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Depends, Request

from assistant.api.errors import ApiError
from assistant.keys import API_PREFIX, KeyStore
from assistant.retrieval import Principal


@dataclass(frozen=True)
class Caller:
    principal: Principal
    scopes: frozenset[str]
    kind: str  # "api_key", "oidc", "widget"
    key_id: str = ""

    @property
    def channel(self) -> str:
        return "widget" if self.kind == "widget" else "api"

    @property
    def is_admin(self) -> bool:
        return "admin" in self.scopes


def _bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "missing credentials: send 'Authorization: Bearer <key or token>'",
                       "authentication_error", headers={"WWW-Authenticate": "Bearer"})
    return token.strip()


def authenticate(request: Request) -> Caller:
    token = _bearer(request)
    rt = request.app.state.runtime
    keys: KeyStore = request.app.state.keys
    if token.startswith(API_PREFIX):
        info = keys.lookup(token)
        if info is None or info.kind != "api":
            raise ApiError(401, "invalid or revoked API key", "authentication_error",
                           headers={"WWW-Authenticate": "Bearer"})
        principal = rt.principal(info.user, info.groups, admin="admin" in info.scopes)
        return Caller(principal=principal, scopes=frozenset(info.scopes), kind="api_key", key_id=info.id)
    raise ApiError(401, "invalid credentials", "authentication_error", headers={"WWW-Authenticate": "Bearer"})


def require(scope: str):
    """A dependency: the authenticated caller, refused with 403 when it lacks `scope`."""

    def dependency(request: Request) -> Caller:
        caller = authenticate(request)
        if scope not in caller.scopes:
            raise ApiError(403, f"this key or token lacks the '{scope}' scope", "permission_error")
        request.state.caller = caller
        return caller

    return Depends(dependency)
