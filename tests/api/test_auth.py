"""Authentication on every route: API keys, OIDC bearer tokens, widget keys with host tokens, rate limits, CLI."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import socket
import time

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi import FastAPI
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from assistant.admin_log import query_admin
from assistant.api import create_app
from assistant.api.auth import Caller, require
from assistant.api.errors import install_handlers
from assistant.keys import HostSigning, KeyStore, mint_user_token
from assistant.privacy import load_keys
from assistant.state import Database
from tests.api.conftest import auth
from tests.conftest import make_settings
from tests.services.oidc_issuer import OidcIssuer

SITE = "https://intranet.example"
FALCON = "Project Falcon budget"


def settings_with(settings, **api):
    """The test settings with some `api` fields changed."""
    return settings.model_copy(update={"api": settings.api.model_copy(update=api)})


def probe_app(rt, settings) -> TestClient:
    """A throwaway app with the real auth on two routes: /whoami (scope chat) and /search-only (scope search)."""
    app = FastAPI()
    app.state.runtime, app.state.settings, app.state.keys = rt, settings, KeyStore(rt.db)
    install_handlers(app)

    def describe(caller: Caller) -> dict:
        return {"user": caller.principal.user, "groups": list(caller.principal.groups), "kind": caller.kind,
                "key_id": caller.key_id, "channel": caller.channel, "origin": caller.origin,
                "signed_in": caller.signed_in, "scopes": sorted(caller.scopes)}

    @app.get("/whoami")
    def whoami(caller: Caller = require("chat")) -> dict:
        return describe(caller)

    @app.get("/search-only")
    def search_only(caller: Caller = require("search")) -> dict:
        return describe(caller)

    return TestClient(app)


@pytest.fixture(scope="module")
def probe(api_runtime, app):
    return probe_app(api_runtime, app.state.settings)


@pytest.fixture(scope="module")
def widget_store(api_runtime, app) -> KeyStore:
    settings = app.state.settings
    return KeyStore(api_runtime.db, vault_keys=lambda: load_keys(settings))


@pytest.fixture(scope="module")
def widget(widget_store):
    """An HS256 widget key for SITE: (info, key secret)."""
    return widget_store.create(kind="widget", origins=(SITE,), label="intranet")


def error_of(response) -> dict:
    return response.json()["error"]


# --- API keys ---------------------------------------------------------------------------------------------------

def test_api_key_authenticates_its_user_and_marks_its_use(probe, make_key, app):
    secret = make_key(user="carol@example.com", groups=("Finance",), scopes=("chat",))
    r = probe.get("/whoami", headers=auth(secret))
    assert r.status_code == 200
    assert r.json() | {"key_id": ""} == {"user": "carol@example.com", "groups": ["finance"], "kind": "api_key",
                                         "key_id": "", "channel": "api", "origin": "", "signed_in": False,
                                         "scopes": ["chat"]}
    assert app.state.keys.lookup(secret).last_used_at is not None


def test_revoked_unknown_and_missing_credentials_are_401(probe, make_key, app):
    secret = make_key(user="dave@example.com")
    app.state.keys.revoke(app.state.keys.lookup(secret).id)
    for headers in (auth(secret), auth("sk-asst-" + "x" * 43)):
        r = probe.get("/whoami", headers=headers)
        assert r.status_code == 401
        assert error_of(r)["message"] == "invalid or revoked API key"
    r = probe.get("/whoami")
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert "missing credentials" in error_of(r)["message"]
    r = probe.get("/whoami", headers={"Authorization": "Basic Zm9vOmJhcg=="})
    assert r.status_code == 401
    r = probe.get("/whoami", headers=auth("just-some-token"))
    assert r.status_code == 401 and "OIDC tokens are not enabled" in error_of(r)["message"]


def test_a_key_without_the_scope_is_403(probe, make_key, client):
    secret = make_key(user="erin@example.com", scopes=("chat",))
    r = probe.get("/search-only", headers=auth(secret))
    assert r.status_code == 403
    assert error_of(r) == {"message": "this key or token lacks the 'search' scope", "type": "permission_error",
                           "code": None}
    assert client.get("/v1/models", headers=auth(secret)).status_code == 200


# --- OIDC ------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def issuer():
    with OidcIssuer() as iss:
        yield iss


def oidc_probe(api_runtime, app, issuer_url: str) -> TestClient:
    oidc = app.state.settings.api.oidc.model_copy(update={"issuer": issuer_url, "audience": "assistant"})
    return probe_app(api_runtime, settings_with(app.state.settings, oidc=oidc))


@pytest.fixture
def oidc(api_runtime, app, issuer):
    return oidc_probe(api_runtime, app, issuer.url)


def test_oidc_token_names_the_user_and_groups_and_keys_are_cached(oidc, issuer, api_runtime, app):
    before = issuer.jwks_fetches
    r = oidc.get("/whoami", headers=auth(issuer.mint("Olga@Example.com", ("finance",))))
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["user"], body["groups"], body["kind"], body["scopes"]) == ("olga@example.com", ["finance"], "oidc",
                                                                            ["chat", "search"])
    assert oidc.get("/search-only", headers=auth(issuer.mint())).status_code == 200
    assert issuer.jwks_fetches == before + 1
    # The real app, with the same settings, takes the token on a real route.
    real = TestClient(create_app(settings_with(app.state.settings, oidc=app.state.settings.api.oidc.model_copy(
        update={"issuer": issuer.url, "audience": "assistant"})), api_runtime, scheduler=False))
    assert real.get("/v1/models", headers=auth(issuer.mint())).json()["data"][0]["id"] == "assistant"


def test_oidc_es256_tokens(api_runtime, app):
    with OidcIssuer(alg="ES256") as iss:
        client = oidc_probe(api_runtime, app, iss.url)
        r = client.get("/whoami", headers=auth(iss.mint("ec@example.com")))
        assert r.status_code == 200 and r.json()["user"] == "ec@example.com"


def forged_hs256(issuer: OidcIssuer) -> str:
    """The classic confusion attack: HS256 'signed' with the issuer's public key as the HMAC secret."""
    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    pem = issuer.private_key.public_key().public_bytes(serialization.Encoding.PEM,
                                                       serialization.PublicFormat.SubjectPublicKeyInfo)
    now = int(time.time())
    head = b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": issuer.kid}).encode())
    body = b64(json.dumps({"iss": issuer.url, "aud": "assistant", "email": "mallory@example.com",
                           "exp": now + 300}).encode())
    return f"{head}.{body}.{b64(hmac.new(pem, f'{head}.{body}'.encode(), hashlib.sha256).digest())}"


@pytest.mark.parametrize(("make_token", "code", "words"), [
    (lambda iss: iss.mint(ttl_s=-3600), "token_expired", "has expired"),
    (lambda iss: iss.mint(audience="another-app"), "invalid_audience", "another audience; expected 'assistant'"),
    (lambda iss: iss.mint(issuer="https://evil.example"), "invalid_issuer", "unknown issuer"),
    (lambda iss: iss.mint(key=rsa.generate_private_key(public_exponent=65537, key_size=2048)),
     "invalid_signature", "bad signature"),
    (lambda iss: iss.mint(nbf=int(time.time()) + 3600), "invalid_token", "not valid yet"),
    (lambda iss: iss.mint(exp=None), "invalid_token", "lacks the 'exp' claim"),
    (lambda iss: iss.mint(email=None, sub="u1"), "invalid_token", "lacks the 'email' claim"),
    (forged_hs256, "invalid_signature", "only RS256, ES256 are accepted"),
    (lambda iss: jwt.encode({"iss": iss.url, "email": "m@example.com"}, None, algorithm="none"),
     "invalid_signature", "only RS256, ES256"),
    (lambda iss: "eyJhbGciOi.not-a.jwt", "invalid_token", "neither an API key nor a well-formed JWT"),
])
def test_bad_oidc_tokens_are_401_and_say_why(oidc, issuer, make_token, code, words):
    r = oidc.get("/whoami", headers=auth(make_token(issuer)))
    assert r.status_code == 401, r.text
    assert error_of(r)["code"] == code
    assert words in error_of(r)["message"]


def test_oidc_key_rotation_is_picked_up_on_an_unknown_kid(api_runtime, app):
    with OidcIssuer() as iss:
        client = oidc_probe(api_runtime, app, iss.url)
        old = iss.mint()
        assert client.get("/whoami", headers=auth(old)).status_code == 200
        iss.rotate()
        new = iss.mint("new@example.com")
        r = client.get("/whoami", headers=auth(new))
        assert r.status_code == 200 and r.json()["user"] == "new@example.com"
        assert iss.jwks_fetches == 2
        # The retired key is gone from the issuer's JWKS: its tokens stop working.
        r = client.get("/whoami", headers=auth(old))
        assert r.status_code == 401 and "does not publish" in error_of(r)["message"]


def test_unreachable_issuer_is_503_not_500(api_runtime, app, issuer):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        down = f"http://127.0.0.1:{s.getsockname()[1]}"
    client = oidc_probe(api_runtime, app, down)
    r = client.get("/whoami", headers=auth(issuer.mint(issuer=down)))
    assert r.status_code == 503
    assert error_of(r)["code"] == "oidc_unavailable"
    assert f"the identity provider {down} cannot be reached" in error_of(r)["message"]


# --- Widget keys -----------------------------------------------------------------------------------------------

def test_widget_key_from_an_allowed_origin_is_an_anonymous_visitor(probe, widget):
    info, secret = widget
    r = probe.get("/whoami", headers={**auth(secret), "Origin": "https://INTRANET.example"})
    assert r.status_code == 200
    assert r.json() | {"scopes": None} == {"user": f"widget:{info.id}", "groups": [], "kind": "widget",
                                            "key_id": info.id, "channel": "widget", "origin": SITE,
                                            "signed_in": False, "scopes": None}


@pytest.mark.parametrize(("origin", "words"), [
    (None, "has no Origin header"),
    ("https://evil.example", "'https://evil.example' is not allowed"),
    ("https://intranet.example.evil.example", "is not allowed"),
    ("null", "is not allowed"),
])
def test_widget_key_from_a_foreign_or_no_origin_is_403(probe, widget, origin, words):
    headers = auth(widget[1]) | ({"Origin": origin} if origin else {})
    r = probe.get("/whoami", headers=headers)
    assert r.status_code == 403
    assert error_of(r)["code"] == "origin_not_allowed" and words in error_of(r)["message"]


def test_widget_key_has_chat_only(probe, widget):
    r = probe.get("/search-only", headers={**auth(widget[1]), "Origin": SITE})
    assert r.status_code == 403 and "'search' scope" in error_of(r)["message"]


def test_revoked_widget_key_is_401(probe, widget_store):
    info, secret = widget_store.create(kind="widget", origins=(SITE,))
    widget_store.revoke(info.id)
    r = probe.get("/whoami", headers={**auth(secret), "Origin": SITE})
    assert r.status_code == 401 and error_of(r)["message"] == "invalid or revoked widget key"


def ask(client, secret: str, user_token: str | None = None) -> dict:
    headers = {**auth(secret), "Origin": SITE} | ({"X-User-Token": user_token} if user_token else {})
    r = client.post("/v1/chat/completions", headers=headers, json={
        "model": "assistant", "max_tokens": 8,
        "messages": [{"role": "user", "content": "What is the budget of Project Falcon?"}]})
    assert r.status_code == 200, r.text
    return r.json()


def test_anonymous_widget_sees_public_documents_and_a_signed_in_member_sees_finance(client, widget):
    info, secret = widget
    anonymous = ask(client, secret)
    assert anonymous["citations"] and FALCON not in [c["title"] for c in anonymous["citations"]]
    member = ask(client, secret, mint_user_token(info.signing_secret, info.id, "fiona@example.com", ["finance"]))
    assert FALCON in [c["title"] for c in member["citations"]]


def test_host_token_makes_a_signed_in_widget_caller(probe, widget):
    info, secret = widget
    token = mint_user_token(info.signing_secret, info.id, "Fiona@Example.com", ["Finance"], ttl_s=60)
    r = probe.get("/whoami", headers={**auth(secret), "Origin": SITE, "X-User-Token": token})
    assert r.status_code == 200
    body = r.json()
    assert (body["user"], body["groups"], body["kind"], body["signed_in"], body["scopes"]) == (
        "fiona@example.com", ["finance"], "widget", True, ["chat"])


def host_claims(key_id: str, **changes) -> dict:
    now = int(time.time())
    claims = {"sub": "u1", "email": "fiona@example.com", "groups": ["finance"], "aud": key_id, "exp": now + 60}
    return {k: v for k, v in (claims | changes).items() if v is not None}


@pytest.mark.parametrize(("token_of", "code", "words"), [
    (lambda info: mint_user_token(info.signing_secret, info.id, "f@example.com", ["finance"], ttl_s=-600),
     "token_expired", "X-User-Token has expired"),
    (lambda info: mint_user_token("forged-secret-" * 4, info.id, "f@example.com", ["finance"]),
     "invalid_signature", "X-User-Token has a bad signature"),
    (lambda info: mint_user_token(info.signing_secret, "some-other-key", "f@example.com", ["finance"]),
     "invalid_audience", "X-User-Token is for another audience"),
    (lambda info: jwt.encode(host_claims(info.id, groups=None), info.signing_secret, algorithm="HS256"),
     "invalid_user_token", "lacks the 'groups' claim"),
    (lambda info: jwt.encode(host_claims(info.id, email=None), info.signing_secret, algorithm="HS256"),
     "invalid_user_token", "lacks the 'email' claim"),
    (lambda info: jwt.encode(host_claims(info.id, email="not-an-email"), info.signing_secret, algorithm="HS256"),
     "invalid_user_token", "not an email address"),
    (lambda info: mint_user_token(info.signing_secret, info.id, "f@example.com", ["finance"], ttl_s=86400),
     "invalid_user_token", "lives too long"),
    (lambda info: jwt.encode(host_claims(info.id), None, algorithm="none"), "invalid_signature", "not accepted"),
    (lambda info: "garbage", "invalid_user_token", "X-User-Token is malformed"),
])
def test_bad_host_tokens_are_401_never_anonymous(probe, widget, token_of, code, words):
    info, secret = widget
    r = probe.get("/whoami", headers={**auth(secret), "Origin": SITE, "X-User-Token": token_of(info)})
    assert r.status_code == 401, r.text
    assert error_of(r)["code"] == code and words in error_of(r)["message"]


def test_rs256_host_tokens(probe, widget_store):
    host = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = host.public_key().public_bytes(serialization.Encoding.PEM,
                                         serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    info, secret = widget_store.create(kind="widget", origins=(SITE,), signing=HostSigning("RS256", pem))
    assert info.signing_secret == ""
    private_pem = host.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                     serialization.NoEncryption())
    good = mint_user_token(private_pem, info.id, "gus@example.com", ["finance"], algorithm="RS256")
    headers = {**auth(secret), "Origin": SITE}
    r = probe.get("/whoami", headers={**headers, "X-User-Token": good})
    assert r.status_code == 200 and r.json()["user"] == "gus@example.com"
    # HS256 keyed with the public key is refused: only the configured algorithm counts.
    forged = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}).encode()).rstrip(b"=").decode() \
        + "." + base64.urlsafe_b64encode(json.dumps(host_claims(info.id)).encode()).rstrip(b"=").decode()
    forged += "." + base64.urlsafe_b64encode(hmac.new(pem.encode(), forged.encode(), hashlib.sha256).digest()) \
        .rstrip(b"=").decode()
    r = probe.get("/whoami", headers={**headers, "X-User-Token": forged})
    assert r.status_code == 401 and error_of(r)["code"] == "invalid_signature"


# --- Rate limits -----------------------------------------------------------------------------------------------

def test_rate_limits_answer_429_with_retry_after(api_runtime, app, make_key, widget):
    limited = probe_app(api_runtime, settings_with(app.state.settings, rate_limit_per_minute=3,
                                                   widget_rate_limit_per_minute=2))
    hank, hank2, ivy = (make_key(user="hank@example.com"), make_key(user="hank@example.com"),
                        make_key(user="ivy@example.com"))
    assert [limited.get("/whoami", headers=auth(k)).status_code for k in (hank, hank, hank2)] == [200] * 3
    r = limited.get("/whoami", headers=auth(hank2))  # a second key of the same user shares the limit
    assert r.status_code == 429
    assert error_of(r)["code"] == "rate_limited" and "3 requests per minute" in error_of(r)["message"]
    assert 1 <= int(r.headers["retry-after"]) <= 60
    assert limited.get("/whoami", headers=auth(ivy)).status_code == 200
    visitor = {**auth(widget[1]), "Origin": SITE}
    assert [limited.get("/whoami", headers=visitor).status_code for _ in range(3)] == [200, 200, 429]
    r = limited.get("/whoami", headers=visitor)
    assert error_of(r)["code"] == "rate_limited" and int(r.headers["retry-after"]) >= 1


# --- CLI -------------------------------------------------------------------------------------------------------

@pytest.fixture
def cli(tmp_path, monkeypatch):
    from assistant.cli import app as cli_app

    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COLUMNS", "240")  # the key table on one line per key
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(cli_app, list(args))

    db = Database(make_settings(tmp_path / "data").database_url)
    db.migrate()
    return run, KeyStore(db)


def created(output: str) -> tuple[str, str]:
    key_id = re.search(r"created \w+ key (\S+)", output).group(1)
    return key_id, re.search(r"key: (\S+)", output).group(1)


def test_cli_creates_lists_and_revokes_keys(cli, tmp_path):
    run, store = cli
    r = run("keys", "create", "--user", "Bob@Example.com", "--groups", "finance,ops", "--scopes", "chat,search",
            "--label", "laptop")
    assert r.exit_code == 0, r.output
    key_id, secret = created(r.stdout)
    assert "not shown again" in r.stderr
    info = store.lookup(secret)
    assert (info.id, info.user, info.groups, info.scopes) == (key_id, "bob@example.com", ("finance", "ops"),
                                                              ("chat", "search"))

    r = run("keys", "create", "--widget", "--origin", SITE, "--origin", "https://b.example")
    assert r.exit_code == 0, r.output
    widget_id, widget_secret = created(r.stdout)
    signing = re.search(r"HS256 signing secret for visitor tokens: (\S+)", r.stdout).group(1)
    assert store.lookup(widget_secret).origins == (SITE, "https://b.example")
    vault = load_keys(make_settings(tmp_path / "data"))
    assert store.host_key(widget_id, vault) == ("HS256", signing.encode())

    pem = tmp_path / "host.pem"
    pem.write_bytes(rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    r = run("keys", "create", "--widget", "--origin", SITE, "--rs256-public-key", str(pem))
    assert r.exit_code == 0 and "signing secret" not in r.stdout

    r = run("keys", "revoke", key_id)
    assert r.exit_code == 0 and f"revoked api key {key_id}" in r.stdout
    assert store.lookup(secret) is None
    r = run("keys", "list")
    assert r.exit_code == 0
    assert "Keys" in r.stdout and "widget (HS256)" in r.stdout and "widget (RS256)" in r.stdout
    assert secret not in r.stdout and widget_secret not in r.stdout and signing not in r.stdout
    row = next(line for line in r.stdout.splitlines() if key_id in line)
    cells = [c.strip() for c in row.strip().strip("│").split("│")]
    assert cells[:6] == [key_id, "api", "bob@example.com", "finance, ops", "chat, search", "-"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", cells[8])  # revoked at
    actions = [(e.action, e.target) for e in query_admin(store.db)]
    assert ("key.create", key_id) in actions and ("key.revoke", key_id) in actions


@pytest.mark.parametrize(("args", "words"), [
    (["--user", "a@example.com", "--scopes", "chat,root"], "unknown scopes"),
    (["--scopes", "chat"], "needs a user"),
    (["--widget"], "at least one --origin"),
    (["--widget", "--origin", "https://a.example/path"], "is not an origin"),
    (["--widget", "--origin", SITE, "--scopes", "chat,search"], "'chat' scope only"),
    (["--widget", "--origin", SITE, "--user", "a@example.com"], "drop --user"),
    (["--user", "a@example.com", "--origin", SITE], "add --widget"),
    (["--widget", "--origin", SITE, "--rs256-public-key", "{pem}"], "not a PEM public key"),
    (["--widget", "--origin", SITE, "--rs256-public-key", "{missing}"], "cannot read"),
])
def test_cli_bad_input_is_one_red_line(cli, tmp_path, args, words):
    run, store = cli
    (tmp_path / "bad.pem").write_text("-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----\n")
    args = [a.format(pem=tmp_path / "bad.pem", missing=tmp_path / "missing.pem") for a in args]
    r = run("keys", "create", *args)
    assert r.exit_code == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and words in lines[0], r.stderr
    assert store.list(include_revoked=True) == []


def test_cli_revoke_of_an_unknown_key(cli):
    run, _ = cli
    r = run("keys", "revoke", "no-such-id")
    assert r.exit_code == 1 and "no key 'no-such-id'" in r.stderr
