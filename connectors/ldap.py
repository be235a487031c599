"""Users, groups and nested memberships from an LDAP directory (OpenLDAP, 389 DS, Active Directory).

Every load is a full snapshot read with the simple paged results control, so
a directory larger than the server's size limit still comes back whole. A
search the server cuts short raises instead of returning a partial snapshot:
the identity store replaces what a source said last time, and a partial one
would silently revoke access.
"""

from __future__ import annotations

import logging
import math
import re
import ssl
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING, ClassVar
from urllib.parse import urlsplit

from pydantic import Field

from connectors.base import Directory, DirectorySource, GroupRecord, UserRecord
from connectors.errors import (
    ConnectorAuthError,
    ConnectorConfigError,
    ConnectorError,
    SourceUnavailableError,
)

if TYPE_CHECKING:
    import ldap3

log = logging.getLogger(__name__)

_PAGED_RESULTS_OID = "1.2.840.113556.1.4.319"
# uniqueMember values may carry an optional bit-string uid after the DN (RFC 4517 nameAndOptionalUID).
_OPTIONAL_UID = re.compile(r"#'[01]*'B$")

# ldap3 nests the ssl module's message inside tuples of strings; this picks it out.
_SSL_REASON = re.compile(r"\[SSL: \w+\][^(]*")

_CONFIG_RESULTS = {
    10: "the base DN lies outside this server (referral)",
    32: "the base DN does not exist",
    34: "the base DN is not a valid DN",
    4: "the server stopped the search at its size limit; raise the limit for the bind account",
    11: "the server stopped the search at an administrative limit; raise it for the bind account",
    8: "the server requires a stronger authentication; enable start_tls or use ldaps://",
    13: "the server requires a confidential connection; enable start_tls or use ldaps://",
}
_AUTH_RESULTS = {48, 49, 50, 53}
_UNAVAILABLE_RESULTS = {3, 51, 52, 80}


def _ldap3():
    try:
        import ldap3
    except ImportError as exc:
        raise ImportError(
            "the LDAP directory source needs ldap3: pip install ldap3"
        ) from exc
    return ldap3


def normalize_dn(dn: str) -> str:
    """Lowercase, without the spaces some servers and admins put around ',' and '='.

    Member values and entry DNs are compared in this form; escaped commas stay
    inside their component.
    """
    parts, current, escaped = [], [], False
    for ch in dn:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == "\\":
            current.append(ch)
            escaped = True
        elif ch == ",":
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    out = []
    for part in parts:
        attr, sep, value = part.partition("=")
        out.append(f"{attr.strip()}{sep}{value.strip()}" if sep else part.strip())
    return ",".join(out).lower()


def _rdn_value(normalized_dn: str) -> str:
    return normalized_dn.split(",", 1)[0].partition("=")[2]


class LdapSnapshot(Directory):
    """A directory snapshot plus the entries left out of it, so an operator can tell why someone is missing."""

    users_without_email: int = Field(0, description="User entries skipped because they have no email attribute.")
    groups_without_name: int = Field(0, description="Group entries skipped because they have no name attribute.")
    duplicates: int = Field(0, description="Entries skipped because an earlier entry had the same email or group name.")


class LdapDirectory(DirectorySource):
    """Reads users and groups under `base_dn`.

    Users get the local ids `ldap:<dn>`, `posix:<uid>` and `posix-uid:<uidNumber>`;
    groups `ldap:<dn>` and `posix-gid:<gidNumber>`. Group members given as DNs
    (member, uniqueMember) resolve to users or nested groups; posixGroup
    memberUid values resolve to users by uid. Members that resolve to nothing
    (outside the base DN, filtered out, without an email) are dropped.

    Certificates are always verified, for ldaps:// and StartTLS alike: against
    `ca_file` (a PEM bundle) when given, else the system's trust store.
    """

    kind: ClassVar[str] = "ldap"

    def __init__(
        self,
        name: str,
        *,
        url: str,
        bind_dn: str = "",
        password: str = "",
        base_dn: str,
        user_filter: str = "(objectClass=inetOrgPerson)",
        group_filter: str = "(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames)(objectClass=posixGroup))",
        email_attribute: str = "mail",
        group_name_attribute: str = "cn",
        start_tls: bool = False,
        ca_file: str = "",
        page_size: int = 500,
        timeout_s: float = 10.0,
    ) -> None:
        self.name = name
        self.url = url
        parts = urlsplit(url)
        try:
            port = parts.port
        except ValueError:
            port = -1
        if parts.scheme not in ("ldap", "ldaps") or not parts.hostname or port == -1:
            raise ConnectorConfigError(
                f"source {name!r}: url must look like ldap://host:389 or ldaps://host:636, got {url!r}"
            )
        if start_tls and parts.scheme == "ldaps":
            raise ConnectorConfigError(f"source {name!r}: start_tls is for ldap:// urls; ldaps:// is already encrypted")
        if bool(bind_dn) != bool(password):
            raise ConnectorConfigError(
                f"source {name!r}: give both bind_dn and password, or neither for an anonymous bind"
            )
        if not base_dn.strip():
            raise ConnectorConfigError(f"source {name!r}: base_dn is required")
        if page_size < 1:
            raise ConnectorConfigError(f"source {name!r}: page_size must be at least 1, got {page_size}")
        if timeout_s <= 0:
            raise ConnectorConfigError(f"source {name!r}: timeout_s must be positive, got {timeout_s}")
        self.host = parts.hostname
        self.use_ssl = parts.scheme == "ldaps"
        self.port = port or (636 if self.use_ssl else 389)
        self.bind_dn = bind_dn
        self.password = password
        self.base_dn = base_dn
        self.user_filter = user_filter
        self.group_filter = group_filter
        self.email_attribute = email_attribute
        self.group_name_attribute = group_name_attribute
        self.start_tls = start_tls
        self.ca_file = ca_file
        self.page_size = page_size
        self.timeout_s = timeout_s

    def __repr__(self) -> str:
        # Spelled out so the password never reaches a log line or a traceback.
        return f"LdapDirectory({self.name!r}, url={self.url!r}, base_dn={self.base_dn!r})"

    def load_directory(self) -> LdapSnapshot:
        conn = self._connect()
        try:
            user_entries = list(
                self._search(conn, self.user_filter, [self.email_attribute, "uid", "uidNumber", "displayName", "cn"])
            )
            group_entries = list(
                self._search(
                    conn,
                    self.group_filter,
                    [self.group_name_attribute, "member", "uniqueMember", "memberUid", "gidNumber"],
                )
            )
        finally:
            _close(conn)
        snapshot = self._snapshot(user_entries, group_entries)
        if snapshot.users_without_email or snapshot.groups_without_name or snapshot.duplicates:
            log.warning(
                "directory %s: skipped %d users without email, %d groups without name, %d duplicates",
                self.name, snapshot.users_without_email, snapshot.groups_without_name, snapshot.duplicates,
            )
        return snapshot

    def _connect(self) -> ldap3.Connection:
        ldap3 = _ldap3()
        # ldap3 does not verify certificates unless asked; a bind password must never go to an unverified server.
        tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=self.ca_file or None)
        server = ldap3.Server(
            self.host, port=self.port, use_ssl=self.use_ssl, tls=tls,
            get_info=ldap3.NONE, connect_timeout=self.timeout_s,
        )
        conn = ldap3.Connection(
            server,
            user=self.bind_dn or None,
            password=self.password or None,
            authentication=ldap3.SIMPLE if self.bind_dn else ldap3.ANONYMOUS,
            # ldap3 packs this into a socket option that takes whole seconds only.
            receive_timeout=max(1, math.ceil(self.timeout_s)),
            raise_exceptions=False,
            read_only=True,
            auto_referrals=False,
            # ldap3's own DN check rejects forms servers accept ("dc=example, dc=org"); the server judges.
            check_names=False,
        )
        try:
            with self._talking():
                conn.open()
                if self.start_tls:
                    conn.start_tls()
                bound = conn.bind()
            if not bound:
                self._raise_for(conn.result, "bind")
        except BaseException:
            _close(conn)
            raise
        return conn

    def _search(
        self, conn: ldap3.Connection, search_filter: str, attributes: list[str]
    ) -> Iterator[tuple[str, dict[str, list]]]:
        ldap3 = _ldap3()
        cookie = None
        while True:
            with self._talking(search_filter):
                conn.search(
                    self.base_dn, search_filter, ldap3.SUBTREE,
                    attributes=attributes, paged_size=self.page_size, paged_cookie=cookie,
                )
            if conn.result["result"] != 0:
                self._raise_for(conn.result, "search")
            for entry in conn.response:
                if entry.get("type") == "searchResEntry":
                    yield entry["dn"], entry["attributes"]
            # A server without paged results ignores the (non-critical) control and sends no cookie.
            control = (conn.result.get("controls") or {}).get(_PAGED_RESULTS_OID) or {}
            cookie = (control.get("value") or {}).get("cookie")
            if not cookie:
                return

    @contextmanager
    def _talking(self, search_filter: str = ""):
        errors = _ldap3().core.exceptions
        where = f"source {self.name!r} ({self.url})"
        try:
            yield
        except errors.LDAPInvalidFilterError as exc:
            raise ConnectorConfigError(f"{where}: invalid search filter {search_filter!r}: {exc}") from None
        except errors.LDAPStartTLSError as exc:
            raise ConnectorConfigError(
                f"{where}: StartTLS failed{_tls_reason(exc)}; check start_tls and ca_file"
            ) from None
        except (errors.LDAPCommunicationError, errors.LDAPResponseTimeoutError) as exc:
            if _SSL_REASON.search(str(exc)):
                raise ConnectorConfigError(
                    f"{where}: TLS handshake failed{_tls_reason(exc)}; check the url's scheme and port, and ca_file"
                ) from None
            raise SourceUnavailableError(f"{where}: cannot reach the LDAP server: {exc}") from None
        except errors.LDAPException as exc:
            raise ConnectorError(f"{where}: LDAP error: {exc}") from None
        except (KeyError, IndexError) as exc:
            # ldap3 fails this way while decoding bytes from something that is not an LDAP server.
            raise SourceUnavailableError(f"{where}: the server did not answer in LDAP ({exc!r})") from None

    def _raise_for(self, result: dict, operation: str) -> None:
        code = result.get("result")
        where = f"source {self.name!r} ({self.url})"
        detail = result.get("description", "")
        if result.get("message"):
            detail += f": {result['message']}"
        if operation == "bind" and code == 34:
            raise ConnectorConfigError(f"{where}: bind_dn {self.bind_dn!r} is not a valid DN ({detail})")
        if operation == "bind" and code in (32, 49):
            raise ConnectorAuthError(f"{where}: the server refused the bind DN or password ({detail})")
        if code in _CONFIG_RESULTS:
            raise ConnectorConfigError(f"{where}: {_CONFIG_RESULTS[code]} ({detail}); base_dn is {self.base_dn!r}")
        if code in _AUTH_RESULTS:
            raise ConnectorAuthError(f"{where}: {operation} refused ({detail})")
        if code in _UNAVAILABLE_RESULTS:
            raise SourceUnavailableError(f"{where}: {operation} failed, the server is not answering ({detail})")
        raise ConnectorError(f"{where}: {operation} failed ({detail})")

    def _snapshot(
        self, user_entries: list[tuple[str, dict[str, list]]], group_entries: list[tuple[str, dict[str, list]]]
    ) -> LdapSnapshot:
        snapshot = LdapSnapshot()
        email_by_dn: dict[str, str] = {}
        email_by_uid: dict[str, str] = {}
        seen_emails: set[str] = set()
        # Sorted so that which of two clashing entries wins does not depend on the server's order.
        for dn, attrs in sorted(((normalize_dn(dn), attrs) for dn, attrs in user_entries), key=_by_dn):
            email = _first(attrs.get(self.email_attribute)).strip().lower()
            if not email:
                snapshot.users_without_email += 1
                continue
            if email in seen_emails:
                snapshot.duplicates += 1
                continue
            seen_emails.add(email)
            uids = [str(u) for u in attrs.get("uid") or []]
            local_ids = {f"ldap:{dn}"}
            local_ids |= {f"posix:{u}" for u in uids}
            local_ids |= {f"posix-uid:{n}" for n in attrs.get("uidNumber") or []}
            email_by_dn[dn] = email
            for uid in uids:
                email_by_uid.setdefault(uid.lower(), email)
            name = _first(attrs.get("displayName")) or _first(attrs.get("cn"))
            snapshot.users.append(UserRecord(email=email, local_ids=frozenset(local_ids), name=name))

        named: list[tuple[str, str, dict[str, list]]] = []
        name_by_dn: dict[str, str] = {}
        seen_names: set[str] = set()
        for dn, attrs in sorted(((normalize_dn(dn), attrs) for dn, attrs in group_entries), key=_by_dn):
            name = self._group_name(dn, attrs)
            if not name:
                snapshot.groups_without_name += 1
                continue
            if name.lower() in seen_names:
                snapshot.duplicates += 1
                continue
            seen_names.add(name.lower())
            name_by_dn[dn] = name
            named.append((dn, name, attrs))

        for dn, name, attrs in named:
            users: set[str] = set()
            groups: set[str] = set()
            member_dns = [str(v) for v in attrs.get("member") or []]
            member_dns += [_OPTIONAL_UID.sub("", str(v)) for v in attrs.get("uniqueMember") or []]
            for member in map(normalize_dn, member_dns):
                if member in email_by_dn:
                    users.add(email_by_dn[member])
                elif member in name_by_dn:
                    groups.add(name_by_dn[member])
            for uid in attrs.get("memberUid") or []:
                if str(uid).lower() in email_by_uid:
                    users.add(email_by_uid[str(uid).lower()])
            local_ids = {f"ldap:{dn}"} | {f"posix-gid:{n}" for n in attrs.get("gidNumber") or []}
            snapshot.groups.append(
                GroupRecord(name=name, users=frozenset(users), groups=frozenset(groups), local_ids=frozenset(local_ids))
            )
        return snapshot

    def _group_name(self, normalized_dn: str, attrs: dict[str, list]) -> str:
        values = [str(v).strip() for v in attrs.get(self.group_name_attribute) or [] if str(v).strip()]
        # A multi-valued cn comes back in any order; the value in the DN is the stable one.
        rdn = _rdn_value(normalized_dn)
        for value in values:
            if value.lower() == rdn:
                return value
        return values[0] if values else ""


def _close(conn: ldap3.Connection) -> None:
    # Closing a connection that already failed must not replace the error that says why.
    with suppress(Exception):
        conn.unbind()
    # ldap3 keeps the socket of a failed open without closing it.
    if conn.socket is not None:
        conn.socket.close()


def _tls_reason(exc: Exception) -> str:
    found = _SSL_REASON.search(str(exc))
    return f" ({found.group(0).strip()})" if found else f" ({exc})"


def _by_dn(entry: tuple[str, dict]) -> str:
    return entry[0]


def _first(values: list | None) -> str:
    return str(values[0]).strip() if values else ""
