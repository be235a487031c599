"""Who is calling: API keys, OIDC bearer tokens, widget keys (with an optional host-signed user token).

Every route depends on `require(scope)`, which authenticates the request, applies the rate limit and
checks the scope.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import httpx
import jwt
from fastapi import Depends, FastAPI, Request

from assistant.api.errors import ApiError
from assistant.api.ratelimit import RateLimiter, retry_after
from assistant.errors import AssistantError
from assistant.keys import API_PREFIX, WIDGET_PREFIX, KeyInfo, KeyStore, normalize_origin
from assistant.privacy import load_keys
from assistant.retrieval import Principal
from assistant.settings import OidcSettings

# Only asymmetric algorithms: with HS* a token could be "signed" with the issuer's public key.
OIDC_ALGORITHMS = {"RS256": "RSA", "ES256": "EC"}
# Clock skew tolerated between us and whoever signed a token.
LEEWAY_S = 30
# A host token is a short-lived proof of sign-in; a longer one is refused rather than trusted for days.
MAX_HOST_TOKEN_S = 3600
# An unknown `kid` triggers a JWKS refetch (key rotation), but not more often than this: forged kids are cheap.
MIN_REFETCH_S = 5.0


@dataclass(frozen=True)
class Caller:
    principal: Principal
    scopes: frozenset[str]
    kind: str  # "api_key", "oidc", "widget"
    key_id: str = ""
    origin: str = ""  # widget callers: the page's origin, already checked against the key
    signed_in: bool = False  # widget callers: a host token named the visitor

    @property
    def channel(self) -> str:
        return "widget" if self.kind == "widget" else "api"

    @property
    def is_admin(self) -> bool:
        return "admin" in self.scopes


T = TypeVar("T")
_parts_lock = threading.Lock()


def _part(app: FastAPI, name: str, make: Callable[[], T]) -> T:
    """A per-app helper object kept on `app.state`, made on first use."""
    part = getattr(app.state, name, None)
    if part is None:
        with _parts_lock:
            part = getattr(app.state, name, None)
            if part is None:
                part = make()
                setattr(app.state, name, part)
    return part


def _unauthorized(message: str, code: str | None = None) -> ApiError:
    return ApiError(401, message, "authentication_error", code, headers={"WWW-Authenticate": "Bearer"})


def _bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise _unauthorized("missing credentials: send 'Authorization: Bearer <key or token>'")
    return token.strip()


def _token_error(exc: jwt.PyJWTError, what: str, audience: str = "", code: str = "invalid_token") -> ApiError:
    """A 401 that says what is wrong with the token: expired, wrong audience or issuer, bad signature, ..."""
    if isinstance(exc, jwt.ExpiredSignatureError):
        return _unauthorized(f"{what} has expired", "token_expired")
    if isinstance(exc, jwt.ImmatureSignatureError):
        return _unauthorized(f"{what} is not valid yet (nbf or iat in the future)", code)
    if isinstance(exc, jwt.InvalidAudienceError):
        wanted = f"; expected {audience!r}" if audience else ""
        return _unauthorized(f"{what} is for another audience{wanted}", "invalid_audience")
    if isinstance(exc, jwt.InvalidIssuerError):
        return _unauthorized(f"{what} comes from an unknown issuer", "invalid_issuer")
    if isinstance(exc, jwt.InvalidSignatureError):
        return _unauthorized(f"{what} has a bad signature", "invalid_signature")
    if isinstance(exc, jwt.InvalidAlgorithmError):
        return _unauthorized(f"{what} is signed with an algorithm that is not accepted", "invalid_signature")
    if isinstance(exc, jwt.MissingRequiredClaimError):
        return _unauthorized(f"{what} lacks the '{exc.claim}' claim", code)
    if isinstance(exc, jwt.DecodeError):
        return _unauthorized(f"{what} is malformed", code)
    return _unauthorized(f"{what} is invalid: {exc}", code)


class OidcVerifier:
    """Checks bearer JWTs from one OIDC issuer against its published keys (discovery, then JWKS, cached)."""

    def __init__(self, settings: OidcSettings) -> None:
        self.settings = settings
        self.issuer = settings.issuer.strip()
        self._keys: dict[str, jwt.PyJWK] = {}
        self._fetched_at: float | None = None
        self._refetched_at = float("-inf")
        self._lock = threading.Lock()

    def verify(self, token: str) -> dict:
        try:
            header = jwt.get_unverified_header(token)
            unverified = jwt.decode(token, options={"verify_signature": False})
        except jwt.PyJWTError:
            raise _unauthorized("invalid credentials: neither an API key nor a well-formed JWT",
                                "invalid_token") from None
        alg = header.get("alg")
        if alg not in OIDC_ALGORITHMS:
            raise _unauthorized(f"the token is signed with {alg!r}; only {', '.join(OIDC_ALGORITHMS)} are accepted",
                                "invalid_signature")
        if unverified.get("iss") != self.issuer:
            # Said before any key lookup: a token of another issuer would otherwise read as "unknown key".
            raise _unauthorized("the token comes from an unknown issuer", "invalid_issuer")
        key = self._key(str(header.get("kid", "")), alg)
        audience = self.settings.audience.strip()
        try:
            return jwt.decode(token, key.key, algorithms=[alg], issuer=self.issuer, audience=audience or None,
                              leeway=LEEWAY_S, options={"require": ["exp", "iss"], "verify_aud": bool(audience)})
        except jwt.PyJWTError as exc:
            raise _token_error(exc, "the token", audience) from None

    def _key(self, kid: str, alg: str) -> jwt.PyJWK:
        with self._lock:
            now = time.monotonic()
            if self._fetched_at is None or now - self._fetched_at > self.settings.jwks_cache_s:
                self._refresh()
            key = self._pick(kid)
            if key is None and now - self._refetched_at > MIN_REFETCH_S:
                self._refetched_at = now
                self._refresh()  # the issuer may have rotated its keys since we last looked
                key = self._pick(kid)
        if key is None:
            raise _unauthorized("the token is signed with a key the issuer does not publish", "invalid_signature")
        if key.key_type != OIDC_ALGORITHMS[alg] or key.algorithm_name != alg:
            raise _unauthorized(f"the token's algorithm {alg} does not match its key", "invalid_signature")
        return key

    def _pick(self, kid: str) -> jwt.PyJWK | None:
        if kid:
            return self._keys.get(kid)
        # A token without a kid is usable only when the issuer publishes a single key.
        return next(iter(self._keys.values())) if len(self._keys) == 1 else None

    def _refresh(self) -> None:
        try:
            with httpx.Client(timeout=self.settings.timeout_s, follow_redirects=False) as client:
                discovery = self._get_json(client, self.issuer.rstrip("/") + "/.well-known/openid-configuration")
                if discovery.get("issuer") != self.issuer:
                    raise ValueError(f"its discovery document names the issuer {discovery.get('issuer')!r}")
                jwks_uri = discovery.get("jwks_uri")
                if not isinstance(jwks_uri, str) or not jwks_uri.startswith(("https://", "http://")):
                    raise ValueError("its discovery document has no jwks_uri")
                published = self._get_json(client, jwks_uri).get("keys")
                if not isinstance(published, list):
                    raise ValueError(f"{jwks_uri} has no 'keys' list")
        except (httpx.HTTPError, ValueError) as exc:
            reason = type(exc).__name__ if isinstance(exc, httpx.TransportError) else str(exc)
            raise ApiError(503, f"the identity provider {self.issuer} cannot be reached or answered badly ({reason}); "
                                "try again later", "service_unavailable", "oidc_unavailable",
                           headers={"Retry-After": "10"}) from None
        keys: dict[str, jwt.PyJWK] = {}
        for i, data in enumerate(published):
            if not isinstance(data, dict) or data.get("use", "sig") != "sig":
                continue
            try:
                keys[str(data.get("kid", f"#{i}"))] = jwt.PyJWK(data)
            except (jwt.PyJWTError, ValueError, TypeError, KeyError):
                continue  # a key type we do not use (such as an encryption key): the others still count
        self._keys = keys
        self._fetched_at = time.monotonic()

    @staticmethod
    def _get_json(client: httpx.Client, url: str) -> dict:
        response = client.get(url, headers={"Accept": "application/json"})
        if response.status_code != 200:
            raise ValueError(f"{url} answered HTTP {response.status_code}")
        try:
            body = response.json()
        except ValueError:
            raise ValueError(f"{url} did not answer JSON") from None
        if not isinstance(body, dict):
            raise ValueError(f"{url} did not answer a JSON object")
        return body


def _rate_limit(request: Request, bucket: str, per_minute: int) -> None:
    limiter = _part(request.app, "rate_limiter", RateLimiter)
    wait = limiter.hit(bucket, per_minute)
    if wait:
        seconds = retry_after(wait)
        raise ApiError(429, f"rate limit of {per_minute} requests per minute reached; retry in {seconds} s",
                       "rate_limit_error", "rate_limited", headers={"Retry-After": seconds})


def _api_key(request: Request, token: str) -> Caller:
    keys: KeyStore = request.app.state.keys
    info = keys.lookup(token)
    if info is None or info.kind != "api":
        raise _unauthorized("invalid or revoked API key", "invalid_api_key")
    principal = request.app.state.runtime.principal(info.user, info.groups, admin="admin" in info.scopes)
    _rate_limit(request, f"principal:{principal.user}", request.app.state.settings.api.rate_limit_per_minute)
    keys.touch(info.id)
    return Caller(principal=principal, scopes=frozenset(info.scopes), kind="api_key", key_id=info.id)


def _oidc(request: Request, token: str) -> Caller:
    settings: OidcSettings = request.app.state.settings.api.oidc
    if not settings.issuer.strip():
        raise _unauthorized("invalid credentials: not an API key, and OIDC tokens are not enabled on this server")
    verifier = _part(request.app, "oidc_verifier", lambda: OidcVerifier(settings))
    claims = verifier.verify(token)
    user = claims.get(settings.user_claim)
    if not isinstance(user, str) or not user.strip():
        raise _unauthorized(f"the token lacks the '{settings.user_claim}' claim that names the user", "invalid_token")
    groups = claims.get(settings.groups_claim)
    # Providers send a list, a single name, or nothing; anything else grants no group rather than failing.
    groups = [groups] if isinstance(groups, str) else groups if isinstance(groups, list) else []
    scopes = frozenset(settings.scopes)
    principal = request.app.state.runtime.principal(
        user.strip(), tuple(g for g in groups if isinstance(g, str)), admin="admin" in scopes)
    _rate_limit(request, f"principal:{principal.user}", request.app.state.settings.api.rate_limit_per_minute)
    return Caller(principal=principal, scopes=scopes, kind="oidc")


def _widget(request: Request, token: str) -> Caller:
    keys: KeyStore = request.app.state.keys
    info = keys.lookup(token)
    if info is None or info.kind != "widget":
        raise _unauthorized("invalid or revoked widget key", "invalid_api_key")
    raw_origin = request.headers.get("origin")
    if not raw_origin:
        raise ApiError(403, "a widget key works only from a web page of an allowed origin: the request has no "
                            "Origin header", "permission_error", "origin_not_allowed")
    try:
        origin = normalize_origin(raw_origin)
    except AssistantError:
        origin = ""
    if origin not in info.origins:
        raise ApiError(403, f"origin {raw_origin[:200]!r} is not allowed for this widget key", "permission_error",
                       "origin_not_allowed")
    client = request.client.host if request.client else "unknown"
    _rate_limit(request, f"widget:{info.id}:{client}", request.app.state.settings.api.widget_rate_limit_per_minute)
    user_token = request.headers.get("x-user-token", "").strip()
    principal = _host_user(request, info, user_token) if user_token else Principal(user=f"widget:{info.id}")
    keys.touch(info.id)
    return Caller(principal=principal, scopes=frozenset(info.scopes), kind="widget", key_id=info.id, origin=origin,
                  signed_in=bool(user_token))


def _host_user(request: Request, info: KeyInfo, token: str) -> Principal:
    """The visitor the host page vouches for; any flaw is a 401, never a quiet fall back to anonymous."""
    settings = request.app.state.settings
    try:
        vault_keys = _part(request.app, "vault_keys", lambda: load_keys(settings))
    except AssistantError as exc:
        raise ApiError(503, f"signed-in visitors cannot be checked: {exc}", "service_unavailable") from None
    try:
        alg, key = request.app.state.keys.host_key(info.id, vault_keys)
    except AssistantError as exc:
        raise _unauthorized(f"X-User-Token cannot be checked: {exc}", "invalid_user_token") from None
    try:
        claims = jwt.decode(token, key, algorithms=[alg], audience=info.id, leeway=LEEWAY_S,
                            options={"require": ["exp", "aud", "sub", "email", "groups"]})
    except jwt.PyJWTError as exc:
        raise _token_error(exc, "X-User-Token", code="invalid_user_token") from None
    email, groups = claims["email"], claims["groups"]
    if not isinstance(email, str) or "@" not in email:
        raise _unauthorized("X-User-Token: the 'email' claim is not an email address", "invalid_user_token")
    if not isinstance(groups, list) or not all(isinstance(g, str) for g in groups):
        raise _unauthorized("X-User-Token: the 'groups' claim must be a list of group names", "invalid_user_token")
    if claims["exp"] - time.time() > MAX_HOST_TOKEN_S + LEEWAY_S:
        raise _unauthorized(f"X-User-Token lives too long: host tokens must expire within {MAX_HOST_TOKEN_S} s",
                            "invalid_user_token")
    return request.app.state.runtime.principal(email.strip(), tuple(groups))


def authenticate(request: Request) -> Caller:
    """The caller of this request, after its origin check (widget keys) and rate limit."""
    token = _bearer(request)
    if token.startswith(API_PREFIX):
        return _api_key(request, token)
    if token.startswith(WIDGET_PREFIX):
        return _widget(request, token)
    return _oidc(request, token)


def require(scope: str):
    """A dependency: the authenticated caller, refused with 403 when it lacks `scope`."""

    def dependency(request: Request) -> Caller:
        caller = authenticate(request)
        if scope not in caller.scopes:
            raise ApiError(403, f"this key or token lacks the '{scope}' scope", "permission_error")
        request.state.caller = caller
        return caller

    return Depends(dependency)
