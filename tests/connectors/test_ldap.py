"""LdapDirectory against a real slapd on loopback."""

from __future__ import annotations

import socket
import threading
from urllib.parse import urlsplit

import ldap3
import pytest

from connectors.base import DirectorySource
from connectors.errors import (
    ConnectorAuthError,
    ConnectorConfigError,
    SourceUnavailableError,
)
from connectors.ldap import LdapDirectory, normalize_dn
from tests.services import free_port
from tests.services.slapd import slapd_fixture, start_slapd

BASE = "dc=example,dc=org"
PEOPLE = f"ou=people,{BASE}"
GROUPS = f"ou=groups,{BASE}"
READER_DN, READER_PW = f"cn=reader,{BASE}", "reader-pw"


def _person(uid: str, *extra: str) -> str:
    return "\n".join([
        f"dn: uid={uid},{PEOPLE}", "objectClass: inetOrgPerson", f"uid: {uid}", f"cn: {uid.title()}", f"sn: {uid}",
        *extra,
    ]) + "\n"


def _group(cn: str, object_class: str, *lines: str, ou: str = GROUPS) -> str:
    return "\n".join([f"dn: cn={cn},{ou}", f"objectClass: {object_class}", f"cn: {cn}", *lines]) + "\n"


LDIF = "\n".join([
    f"dn: {PEOPLE}\nobjectClass: organizationalUnit\nou: people\n",
    f"dn: {GROUPS}\nobjectClass: organizationalUnit\nou: groups\n",
    f"dn: ou=legacy,{BASE}\nobjectClass: organizationalUnit\nou: legacy\n",
    (
        f"dn: {READER_DN}\nobjectClass: organizationalRole\nobjectClass: simpleSecurityObject\n"
        f"cn: reader\nuserPassword: {READER_PW}\n"
    ),
    _person("ann", "mail: Ann@Example.org", "uidNumber: 1001", "gidNumber: 2001",
            "homeDirectory: /home/ann", "objectClass: posixAccount", "displayName: Ann Archer"),
    _person("bob", "mail: bob@example.org", "uidNumber: 1002", "gidNumber: 2001",
            "homeDirectory: /home/bob", "objectClass: posixAccount"),
    _person("cat", "mail: cat@example.org"),
    _person("dan", "mail: dan@example.org"),
    _person("eve", "mail: eve@example.org"),
    _person("svc"),
    _group("engineering", "groupOfNames", f"member: uid=ann,{PEOPLE}", f"member: cn=backend,{GROUPS}"),
    _group("backend", "groupOfNames", f"member: uid=bob,{PEOPLE}", f"member: cn=databases,{GROUPS}"),
    _group("databases", "groupOfNames", f"member: uid=cat,{PEOPLE}", f"member: uid=ghost,{PEOPLE}"),
    _group("cycle-a", "groupOfNames", f"member: cn=cycle-b,{GROUPS}"),
    _group("cycle-b", "groupOfNames", f"member: cn=cycle-a,{GROUPS}", f"member: uid=dan,{PEOPLE}"),
    _group("devs", "posixGroup", "gidNumber: 2001", "memberUid: ann", "memberUid: EVE", "memberUid: ghost"),
    _group("reviewers", "groupOfUniqueNames", f"uniqueMember: uid=eve,{PEOPLE}#'0101'B",
           f"uniqueMember: uid=svc,{PEOPLE}", f"uniqueMember: cn=devs,{GROUPS}"),
    _group("engineering", "groupOfNames", f"member: uid=eve,{PEOPLE}", ou=f"ou=legacy,{BASE}"),
])

# The non-root reader may fetch 3 entries per search; only a paged search sees all six people.
slapd = slapd_fixture(LDIF, config="sizelimit size.soft=3 size.hard=3 size.prtotal=unlimited", tls=True)


def _directory(server, **options) -> LdapDirectory:
    options = {"url": server.url, "bind_dn": server.root_dn, "password": server.root_pw, "base_dn": BASE, **options}
    return LdapDirectory("corp", timeout_s=3, **options)


@pytest.fixture(scope="module")
def snapshot(slapd):
    return _directory(slapd).load_directory()


def test_is_a_directory_source():
    assert issubclass(LdapDirectory, DirectorySource)
    assert LdapDirectory.kind == "ldap"


def test_users_have_lowercased_emails_and_local_ids(snapshot):
    users = {u.email: u for u in snapshot.users}
    assert set(users) == {"ann@example.org", "bob@example.org", "cat@example.org", "dan@example.org", "eve@example.org"}
    assert users["ann@example.org"].local_ids == {f"ldap:uid=ann,{PEOPLE}", "posix:ann", "posix-uid:1001"}
    assert users["ann@example.org"].name == "Ann Archer"
    assert users["cat@example.org"].local_ids == {f"ldap:uid=cat,{PEOPLE}", "posix:cat"}
    assert users["cat@example.org"].name == "Cat"


def test_skipped_entries_are_counted(snapshot):
    assert snapshot.users_without_email == 1
    assert snapshot.duplicates == 1
    assert snapshot.groups_without_name == 0


@pytest.mark.parametrize(
    ("group", "users", "groups"),
    [
        ("engineering", {"ann@example.org"}, {"backend"}),
        ("backend", {"bob@example.org"}, {"databases"}),
        ("databases", {"cat@example.org"}, set()),
        ("cycle-a", set(), {"cycle-b"}),
        ("cycle-b", {"dan@example.org"}, {"cycle-a"}),
        ("devs", {"ann@example.org", "eve@example.org"}, set()),
        ("reviewers", {"eve@example.org"}, {"devs"}),
    ],
)
def test_group_members(snapshot, group, users, groups):
    record = {g.name: g for g in snapshot.groups}[group]
    assert record.users == users
    assert record.groups == groups


def test_group_local_ids(snapshot):
    groups = {g.name: g for g in snapshot.groups}
    assert groups["devs"].local_ids == {f"ldap:cn=devs,{GROUPS}", "posix-gid:2001"}
    # Of the two groups named engineering, the one first in DN order is kept.
    assert groups["engineering"].local_ids == {f"ldap:cn=engineering,{GROUPS}"}
    assert len(snapshot.groups) == 7


def test_paged_search_gets_past_the_size_limit(slapd):
    server = ldap3.Server("127.0.0.1", port=urlsplit(slapd.url).port)
    conn = ldap3.Connection(server, user=READER_DN, password=READER_PW, auto_bind=True)
    conn.search(BASE, "(objectClass=inetOrgPerson)", attributes=["mail"])
    assert conn.result["description"] == "sizeLimitExceeded"
    conn.unbind()

    snapshot = _directory(slapd, bind_dn=READER_DN, password=READER_PW, page_size=2).load_directory()
    assert len(snapshot.users) == 5
    assert snapshot.users_without_email == 1
    assert len(snapshot.groups) == 7


def test_a_search_cut_short_raises_instead_of_returning_a_partial_snapshot(tmp_path):
    # Without size.prtotal the limit caps paged searches too, as on a server an admin has locked down.
    server = start_slapd(tmp_path, ldif=LDIF, config="sizelimit 3")
    try:
        with pytest.raises(ConnectorConfigError, match="size limit"):
            _directory(server, bind_dn=READER_DN, password=READER_PW, page_size=2).load_directory()
    finally:
        server.stop()


def test_membership_change_is_picked_up(slapd):
    source = _directory(slapd)
    change = f"dn: cn=databases,{GROUPS}\nchangetype: modify\n{{op}}: member\nmember: uid=eve,{PEOPLE}\n"
    slapd.modify(change.format(op="add"))
    try:
        databases = {g.name: g for g in source.load_directory().groups}["databases"]
        assert databases.users == {"cat@example.org", "eve@example.org"}
    finally:
        slapd.modify(change.format(op="delete"))
    databases = {g.name: g for g in source.load_directory().groups}["databases"]
    assert databases.users == {"cat@example.org"}


def test_filters_narrow_the_snapshot_and_drop_unresolved_members(slapd):
    snapshot = _directory(slapd, user_filter="(uid=a*)", group_filter="(cn=engineering)").load_directory()
    assert [u.email for u in snapshot.users] == ["ann@example.org"]
    [engineering] = snapshot.groups
    assert engineering.users == {"ann@example.org"}
    assert engineering.groups == set()


def test_anonymous_bind_and_a_spaced_base_dn(slapd):
    snapshot = _directory(slapd, bind_dn="", password="", base_dn="dc=example, dc=org").load_directory()
    assert len(snapshot.users) == 5


@pytest.mark.parametrize("kind", ["start_tls", "ldaps"])
def test_tls_verifies_the_server_certificate(slapd, kind):
    options = {"start_tls": True} if kind == "start_tls" else {"url": slapd.ldaps_url}
    assert len(_directory(slapd, ca_file=slapd.ca_file, **options).load_directory().users) == 5
    with pytest.raises(ConnectorConfigError, match="CERTIFICATE_VERIFY_FAILED"):
        _directory(slapd, **options).load_directory()


def test_wrong_password_is_an_auth_error(slapd):
    with pytest.raises(ConnectorAuthError) as info:
        _directory(slapd, password="not-the-password").load_directory()
    message = str(info.value)
    assert "not-the-password" not in message
    assert "\n" not in message


def test_closed_port_is_unavailable():
    with pytest.raises(SourceUnavailableError, match="cannot reach"):
        LdapDirectory("corp", url=f"ldap://127.0.0.1:{free_port()}", base_dn=BASE, timeout_s=2).load_directory()


def test_a_server_that_does_not_speak_ldap_is_unavailable():
    listener = socket.create_server(("127.0.0.1", 0))

    def answer_garbage():
        conn, _ = listener.accept()
        with conn:
            conn.recv(1024)
            # A well-formed BER envelope around an operation no LDAP server sends.
            conn.sendall(b"\x30\x05\x02\x01\x01\x74\x00")
            conn.recv(1024)

    threading.Thread(target=answer_garbage, daemon=True).start()
    port = listener.getsockname()[1]
    try:
        with pytest.raises(SourceUnavailableError):
            LdapDirectory("corp", url=f"ldap://127.0.0.1:{port}", base_dn=BASE, timeout_s=2).load_directory()
    finally:
        listener.close()


@pytest.mark.parametrize("base_dn", ["dc=nowhere,dc=org", "not a dn"])
def test_bad_base_dn_is_a_config_error(slapd, base_dn):
    with pytest.raises(ConnectorConfigError, match="base"):
        _directory(slapd, base_dn=base_dn).load_directory()


def test_invalid_filter_is_a_config_error(slapd):
    with pytest.raises(ConnectorConfigError, match="filter"):
        _directory(slapd, user_filter="(objectClass=inetOrgPerson").load_directory()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"url": "http://ldap.example.org"}, "url must look like"),
        ({"url": "ldap://ldap.example.org:notaport"}, "url must look like"),
        ({"url": "ldaps://ldap.example.org", "start_tls": True}, "start_tls"),
        ({"bind_dn": "cn=admin,dc=example,dc=org"}, "password"),
        ({"password": "secret"}, "password"),
        ({"base_dn": " "}, "base_dn"),
        ({"page_size": 0}, "page_size"),
        ({"timeout_s": 0}, "timeout_s"),
    ],
)
def test_bad_options_are_config_errors(options, message):
    options = {"url": "ldap://ldap.example.org", "base_dn": BASE, **options}
    with pytest.raises(ConnectorConfigError, match=message):
        LdapDirectory("corp", **options)


@pytest.mark.parametrize(
    ("dn", "normalized"),
    [
        ("uid=Ann,ou=People,dc=Example,dc=org", "uid=ann,ou=people,dc=example,dc=org"),
        ("UID = ann , ou=people, dc=example,dc=org", "uid=ann,ou=people,dc=example,dc=org"),
        (r"cn=Smith\, John,ou=people", r"cn=smith\, john,ou=people"),
    ],
)
def test_normalize_dn(dn, normalized):
    assert normalize_dn(dn) == normalized
