"""The key store (API and widget keys, host signing at rest) and the in-memory rate limiter."""

from __future__ import annotations

import time

import jwt
import pytest
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from sqlalchemy import select

from assistant.admin_log import query_admin
from assistant.api.ratelimit import RateLimiter, retry_after
from assistant.errors import AssistantError
from assistant.keys import API_PREFIX, WIDGET_PREFIX, HostSigning, KeyStore, mint_user_token, normalize_origin
from assistant.state import Database
from assistant.state.tables import ApiKeyRow

VAULT_KEY = Fernet.generate_key()


@pytest.fixture
def store(tmp_path) -> KeyStore:
    db = Database(f"sqlite:///{tmp_path / 'state.db'}")
    db.migrate()
    return KeyStore(db, vault_keys=lambda: [VAULT_KEY])


def public_pem(key) -> str:
    return key.public_key().public_bytes(serialization.Encoding.PEM,
                                         serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def test_api_key_round_trip_and_revocation(store):
    info, secret = store.create(user=" Bob@Example.com ", groups=("Finance", " ", "finance"),
                                scopes=("chat", "search"), label="laptop")
    assert secret.startswith(API_PREFIX) and len(secret) > 40
    assert (info.kind, info.user, info.groups, info.scopes) == ("api", "bob@example.com", ("finance",),
                                                                ("chat", "search"))
    assert (store.lookup(secret).id, store.lookup(secret).scopes) == (info.id, info.scopes)
    with store.db.session() as s:
        row = s.get(ApiKeyRow, info.id)
        assert secret not in (row.secret_hash, str(row.signing))
    store.revoke(info.id)
    assert store.lookup(secret) is None
    assert [k.id for k in store.list()] == []
    assert [k.id for k in store.list(include_revoked=True)] == [info.id]
    actions = [(e.action, e.target) for e in query_admin(store.db)]
    assert ("key.create", info.id) in actions and ("key.revoke", info.id) in actions


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"user": "a@x.example", "scopes": ("chat", "root")}, "unknown scopes"),
    ({"user": "  ", "scopes": ("chat",)}, "needs a user"),
    ({"user": "a@x.example", "scopes": ()}, "at least one scope"),
    ({"user": "a@x.example", "origins": ("https://a.example",)}, "belong to widget keys"),
    ({"kind": "widget", "scopes": ("chat", "search"), "origins": ("https://a.example",)}, "'chat' scope only"),
    ({"kind": "widget", "scopes": ("chat",)}, "at least one origin"),
    ({"kind": "widget", "groups": ("finance",), "origins": ("https://a.example",)}, "has no groups"),
    ({"kind": "widget", "origins": ("https://a.example/page",)}, "is not an origin"),
    ({"kind": "widget", "origins": ("ftp://a.example",)}, "is not an origin"),
    ({"kind": "widget", "origins": ("https://a.example",), "signing": HostSigning("RS256", "not a pem")},
     "not a PEM public key"),
    ({"kind": "bot", "user": "a@x.example"}, "unknown key kind"),
])
def test_bad_keys_are_refused(store, kwargs, message):
    with pytest.raises(AssistantError, match=message):
        store.create(**kwargs)
    assert store.list(include_revoked=True) == []


def test_rs256_needs_an_rsa_key_of_2048_bits(store):
    small = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    with pytest.raises(AssistantError, match="1024 bits"):
        store.create(kind="widget", origins=("https://a.example",), signing=HostSigning("RS256", public_pem(small)))
    curve = ec.generate_private_key(ec.SECP256R1())
    with pytest.raises(AssistantError, match="must be an RSA key"):
        store.create(kind="widget", origins=("https://a.example",), signing=HostSigning("RS256", public_pem(curve)))


def test_widget_key_hs256_secret_is_encrypted_at_rest(store):
    info, secret = store.create(kind="widget", origins=("https://Intranet.Example/", "https://intranet.example"))
    assert secret.startswith(WIDGET_PREFIX)
    assert info.user == f"widget:{info.id}" and info.scopes == ("chat",)
    assert info.origins == ("https://intranet.example",)
    assert info.signing_alg == "HS256" and len(info.signing_secret) >= 32
    with store.db.session() as s:
        stored = s.get(ApiKeyRow, info.id).signing
    assert stored["alg"] == "HS256" and info.signing_secret not in stored["secret"]
    assert Fernet(VAULT_KEY).decrypt(stored["secret"].encode()).decode() == info.signing_secret
    # What lookup and list hand out never carries the secret again.
    assert store.lookup(secret).signing_secret == "" and store.list()[0].signing_secret == ""
    assert store.host_key(info.id, [VAULT_KEY]) == ("HS256", info.signing_secret.encode())
    with pytest.raises(AssistantError, match="cannot be decrypted"):
        store.host_key(info.id, [Fernet.generate_key()])


def test_widget_key_without_a_vault_key_cannot_make_a_secret(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'state.db'}")
    db.migrate()
    bare = KeyStore(db)
    with pytest.raises(AssistantError, match="no vault key"):
        bare.create(kind="widget", origins=("https://a.example",))
    host = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    info, _ = bare.create(kind="widget", origins=("https://a.example",),
                          signing=HostSigning("RS256", public_pem(host)))
    alg, key = bare.host_key(info.id, [])
    assert alg == "RS256" and key.public_numbers() == host.public_key().public_numbers()


def test_mint_user_token_is_what_a_host_backend_sends():
    token = mint_user_token("s3cret" * 6, "key-1", "ann@corp.example", ["finance"], ttl_s=120)
    claims = jwt.decode(token, "s3cret" * 6, algorithms=["HS256"], audience="key-1")
    assert (claims["sub"], claims["email"], claims["groups"], claims["aud"]) == (
        "ann@corp.example", "ann@corp.example", ["finance"], "key-1")
    assert 100 <= claims["exp"] - time.time() <= 120


def test_touch_writes_at_most_once_a_minute(store):
    info, _ = store.create(user="a@x.example")
    assert info.last_used_at is None
    store.touch(info.id)
    with store.db.session() as s:
        first = s.scalar(select(ApiKeyRow.last_used_at).where(ApiKeyRow.id == info.id))
    assert first is not None
    time.sleep(0.01)
    store.touch(info.id)
    assert store.list()[0].last_used_at == first


@pytest.mark.parametrize(("raw", "origin"), [
    ("https://App.Example", "https://app.example"),
    ("http://localhost:8000/", "http://localhost:8000"),
    ("https://a.example:8443", "https://a.example:8443"),
])
def test_origins_are_normalized(raw, origin):
    assert normalize_origin(raw) == origin


@pytest.mark.parametrize("raw", ["null", "a.example", "https://", "https://a.example/x", "https://u@a.example",
                                 "https://a.example?x=1", "javascript:alert(1)"])
def test_non_origins_are_refused(raw):
    with pytest.raises(AssistantError):
        normalize_origin(raw)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_rate_limiter_sliding_window():
    clock = Clock()
    limiter = RateLimiter(clock)
    assert [limiter.hit("a", 3) for _ in range(3)] == [0.0, 0.0, 0.0]
    clock.now += 20
    assert limiter.hit("a", 3) == pytest.approx(40.0)
    assert limiter.hit("b", 3) == 0.0  # buckets are independent
    clock.now += 40.5
    assert limiter.hit("a", 3) == 0.0  # the first three left the window
    assert limiter.hit("a", 3) == 0.0
    assert limiter.hit("a", 3) == 0.0
    assert limiter.hit("a", 3) > 0


def test_rate_limiter_forgets_quiet_buckets():
    clock = Clock()
    limiter = RateLimiter(clock)
    for i in range(50):
        limiter.hit(f"visitor-{i}", 5)
    clock.now += 61
    limiter.hit("new", 5)
    assert list(limiter._hits) == ["new"]


@pytest.mark.parametrize(("seconds", "header"), [(0.001, "1"), (1.0, "1"), (1.2, "2"), (59.9, "60")])
def test_retry_after_rounds_up(seconds, header):
    assert retry_after(seconds) == header
