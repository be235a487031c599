"""Mail in IMAP mailboxes: every message, and its document-like attachments, synced by UID."""

from __future__ import annotations

import base64
import html
import imaplib
import mimetypes
import re
import ssl as ssl_lib
from collections.abc import Generator, Iterable
from contextlib import suppress
from datetime import UTC, datetime
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import parsedate_to_datetime
from pathlib import PurePosixPath
from urllib.parse import quote

from pydantic import BaseModel, Field

from connectors.base import (
    Access,
    Checkpoint,
    CheckpointMark,
    Connector,
    ConnectorFailure,
    Deletion,
    Document,
    SourceItem,
)
from connectors.errors import (
    ConnectorAuthError,
    ConnectorConfigError,
    SourceUnavailableError,
)

FETCH_BATCH = 50
FETCH_BYTES = 32_000_000
# imaplib caps a response line at 1 MB, and one `UID SEARCH ALL` answer for a
# mailbox of 100k+ messages is longer than that.
MAX_LINE = 64 * 1024 * 1024
DEFAULT_ATTACHMENT_TYPES = [".txt", ".md", ".html", ".pdf", ".docx", ".pptx", ".xlsx", ".csv"]


class MailboxState(BaseModel):
    uidvalidity: int = Field(description="UIDVALIDITY the UIDs below belong to.")
    last_uid: int = Field(0, description="Highest UID looked at; later runs fetch only above it.")
    messages: dict[int, list[str]] = Field(
        default_factory=dict, description="UID of each synced message -> id suffixes of its attachment documents."
    )


class ImapCheckpoint(Checkpoint):
    mailboxes: dict[str, MailboxState] = Field(default_factory=dict, description="Mailbox name -> its sync state.")


class _Malformed(ValueError):
    """A message that is not an e-mail; the text is safe to show."""


class _LongLines:
    def readline(self) -> bytes:
        line = self.file.readline(MAX_LINE + 1)  # type: ignore[attr-defined]
        if len(line) > MAX_LINE:
            raise imaplib.IMAP4.error(f"got more than {MAX_LINE} bytes in one line")
        return line


class _Client(_LongLines, imaplib.IMAP4):
    pass


class _TlsClient(_LongLines, imaplib.IMAP4_SSL):
    pass


class ImapConnector(Connector):
    """Reads the configured mailboxes of one account, read-only (EXAMINE, BODY.PEEK): nothing is marked seen.

    New messages are fetched in UID order, a batch at a time; after each batch a `CheckpointMark` says how
    far the run got, so a killed sync resumes from there.
    """

    kind = "imap"
    checkpoint_model = ImapCheckpoint

    def __init__(
        self,
        name: str,
        access: Access | None = None,
        *,
        host: str,
        port: int = 993,
        username: str,
        password: str,
        ssl: bool = True,
        starttls: bool = False,
        mailboxes: list[str] | None = None,
        owner: str = "",
        max_bytes: int = 25_000_000,
        attachment_types: list[str] | None = None,
        timeout_s: float = 30.0,
    ) -> None:
        super().__init__(name)
        if ssl and starttls:
            raise ConnectorConfigError(
                f"source {name!r}: choose ssl (implicit TLS, usually port 993) or starttls (port 143), not both"
            )
        mailboxes = ["INBOX"] if mailboxes is None else list(mailboxes)
        if not mailboxes:
            raise ConnectorConfigError(f"source {name!r}: no mailboxes configured")
        self.host, self.port = host, port
        self.username, self._password = username, password
        self.ssl, self.starttls = ssl, starttls
        self.mailboxes = list(dict.fromkeys(mailboxes))
        self.max_bytes = max_bytes
        types = DEFAULT_ATTACHMENT_TYPES if attachment_types is None else attachment_types
        self.attachment_types = {t.lower() if t.startswith(".") else f".{t.lower()}" for t in types}
        self.timeout_s = timeout_s
        mine = Access(users=frozenset({owner})) if owner else Access(local_users=frozenset({f"imap:{username}"}))
        self.access = _merge(mine, access) if access else mine

    def doc_id(self, mailbox: str, uidvalidity: int, uid: int, suffix: str = "") -> str:
        base = f"{self.name}:{mailbox}/{uidvalidity}/{uid}"
        return f"{base}/{suffix}" if suffix else base

    def uri(self, mailbox: str, uidvalidity: int, uid: int) -> str:
        """An RFC 5092 IMAP URL of the message."""
        default_port = 993 if self.ssl else 143
        port = "" if self.port == default_port else f":{self.port}"
        user = quote(self.username, safe="")
        return f"imap://{user}@{self.host}{port}/{quote(mailbox, safe='/')};UIDVALIDITY={uidvalidity}/;UID={uid}"

    def load(self, checkpoint: Checkpoint | None) -> Generator[SourceItem, None, Checkpoint]:
        previous = dict(checkpoint.mailboxes) if isinstance(checkpoint, ImapCheckpoint) else {}
        client = self._connect()
        try:
            states = yield from self._sync(client, previous)
        except imaplib.IMAP4.error as exc:
            # A dropped connection (abort) or a protocol error (BAD): the run
            # stops and the engine keeps the previous checkpoint.
            raise SourceUnavailableError(f"source {self.name!r}: the IMAP session failed: {exc}") from None
        except OSError as exc:
            raise SourceUnavailableError(
                f"source {self.name!r}: lost {self.host}:{self.port}: {exc.strerror or type(exc).__name__}"
            ) from None
        finally:
            with suppress(OSError, imaplib.IMAP4.error):
                client.logout()
        return ImapCheckpoint(mailboxes=states)

    def _sync(
        self, client: imaplib.IMAP4, previous: dict[str, MailboxState]
    ) -> Generator[SourceItem, None, dict[str, MailboxState]]:
        # A single missing mailbox is reported and the others go on; when none
        # of them exists the account or the setting is wrong, which is a
        # configuration error rather than a per-document failure.
        missing = [m for m in self.mailboxes if client.status(_mailbox_arg(m), "(UIDVALIDITY)")[0] != "OK"]
        if len(missing) == len(self.mailboxes):
            raise ConnectorConfigError(
                f"source {self.name!r}: none of the mailboxes {', '.join(self.mailboxes)} exist on {self.host}"
            )
        states: dict[str, MailboxState] = {}
        # What a mark says of each mailbox: its previous state until this run has finished it.
        settled = dict(previous)
        for mailbox in self.mailboxes:
            if mailbox in missing:
                yield self._mailbox_failure(mailbox, f"mailbox {mailbox!r} does not exist")
                # Kept, so a mailbox that comes back is not re-ingested from scratch.
                if mailbox in previous:
                    states[mailbox] = previous[mailbox]
                continue
            state = yield from self._sync_mailbox(client, mailbox, previous.get(mailbox), settled)
            if state is not None:
                states[mailbox] = settled[mailbox] = state
        for mailbox, old in previous.items():
            if mailbox not in self.mailboxes:
                yield from self._forget(mailbox, old)
        return states

    def _sync_mailbox(
        self, client: imaplib.IMAP4, mailbox: str, old: MailboxState | None, settled: dict[str, MailboxState]
    ) -> Generator[SourceItem, None, MailboxState | None]:
        typ, data = client.select(_mailbox_arg(mailbox), readonly=True)
        if typ != "OK":
            yield self._mailbox_failure(mailbox, f"cannot open mailbox {mailbox!r}: {_text(data)}")
            return old
        answer = client.response("UIDVALIDITY")[1][0]
        if not answer:
            yield self._mailbox_failure(mailbox, f"the server sent no UIDVALIDITY for {mailbox!r}")
            return old
        uidvalidity = int(answer)
        if old is not None and old.uidvalidity != uidvalidity:
            # The server renumbered the mailbox: old UIDs mean nothing now.
            yield from self._forget(mailbox, old)
            old = None
        state = old.model_copy(deep=True) if old else MailboxState(uidvalidity=uidvalidity)
        typ, data = client.uid("SEARCH", "ALL")
        if typ != "OK":
            yield self._mailbox_failure(mailbox, f"cannot list mailbox {mailbox!r}: {_text(data)}")
            return old
        present = {int(u) for u in b" ".join(d for d in data if d).split()}
        for uid in sorted(state.messages.keys() - present):
            yield from self._delete_message(mailbox, uidvalidity, uid, state.messages.pop(uid))
        new = sorted(u for u in present if u > state.last_uid)
        for start in range(0, len(new), FETCH_BATCH):
            batch = new[start : start + FETCH_BATCH]
            yield from self._fetch_batch(client, mailbox, state, batch)
            state.last_uid = max(state.last_uid, batch[-1])
            # Every UID up to last_uid has been looked at, in order: a run may resume above it.
            now = MailboxState.model_construct(
                uidvalidity=state.uidvalidity, last_uid=state.last_uid, messages=dict(state.messages)
            )
            yield CheckpointMark(checkpoint=ImapCheckpoint.model_construct(mailboxes={**settled, mailbox: now}))
        return state

    def _mailbox_failure(self, mailbox: str, reason: str) -> ConnectorFailure:
        return ConnectorFailure(id=f"{self.name}:{mailbox}", reason=reason)

    def _forget(self, mailbox: str, old: MailboxState) -> Generator[SourceItem, None, None]:
        for uid, attachments in sorted(old.messages.items()):
            yield from self._delete_message(mailbox, old.uidvalidity, uid, attachments)

    def _delete_message(
        self, mailbox: str, uidvalidity: int, uid: int, attachments: list[str]
    ) -> Generator[SourceItem, None, None]:
        yield Deletion(id=self.doc_id(mailbox, uidvalidity, uid))
        for suffix in attachments:
            yield Deletion(id=self.doc_id(mailbox, uidvalidity, uid, suffix))

    def _fetch_batch(
        self, client: imaplib.IMAP4, mailbox: str, state: MailboxState, batch: list[int]
    ) -> Generator[SourceItem, None, None]:
        _, sizes = _fetched(client, batch, "RFC822.SIZE")
        groups: list[list[int]] = [[]]
        total = 0
        for uid in batch:
            if uid not in sizes:
                continue  # expunged since the search
            size = int(sizes[uid])
            if size > self.max_bytes:
                yield ConnectorFailure(
                    id=self.doc_id(mailbox, state.uidvalidity, uid),
                    reason=f"message is {size:,} bytes, over the limit of {self.max_bytes:,}",
                )
                continue
            # Bounds memory: fifty messages near max_bytes would not fit in one FETCH.
            if groups[-1] and total + size > FETCH_BYTES:
                groups.append([])
                total = 0
            groups[-1].append(uid)
            total += size
        for group in filter(None, groups):
            yield from self._fetch_messages(client, mailbox, state, group)

    def _fetch_messages(
        self, client: imaplib.IMAP4, mailbox: str, state: MailboxState, uids: list[int]
    ) -> Generator[SourceItem, None, None]:
        refusal, bodies = _fetched(client, uids, "BODY.PEEK[]")
        for uid in uids:
            msg_id = self.doc_id(mailbox, state.uidvalidity, uid)
            if uid not in bodies:
                if refusal:
                    yield ConnectorFailure(id=msg_id, reason=f"the server would not send it: {refusal}")
                continue
            try:
                docs = self._documents(mailbox, state.uidvalidity, uid, bodies[uid])
            except _Malformed as exc:
                yield ConnectorFailure(id=msg_id, reason=f"malformed message: {exc}")
                continue
            # The email package raises a zoo of exception types on hostile
            # input; any of them means this one message is unreadable. Only the
            # type is reported: the message text may quote the mail.
            except Exception as exc:  # noqa: BLE001
                reason = f"malformed message: the parser failed ({type(exc).__name__})"
                yield ConnectorFailure(id=msg_id, reason=reason)
                continue
            state.messages[uid] = [d.id.removeprefix(f"{msg_id}/") for d in docs[1:]]
            yield from docs

    def _documents(self, mailbox: str, uidvalidity: int, uid: int, raw: bytes) -> list[Document]:
        msg = message_from_bytes(raw, policy=default_policy)
        if not msg.keys():
            raise _Malformed("it has no header, so it is not an e-mail")
        subject = " ".join(str(msg.get("subject", "")).split()) or "(no subject)"
        modified = _date(msg.get("date"))
        msg_id = self.doc_id(mailbox, uidvalidity, uid)
        uri = self.uri(mailbox, uidvalidity, uid)
        metadata = {
            "mailbox": mailbox,
            "uidvalidity": str(uidvalidity),
            "uid": str(uid),
            "message_id": str(msg.get("message-id", "")).strip(),
            "from": str(msg.get("from", "")),
        }
        body = msg.get_body(preferencelist=("plain", "html"))
        content, mime_type, filename = _body(msg, body)
        docs = [
            Document(
                id=msg_id, source=self.name, title=subject, uri=uri, content=content, mime_type=mime_type,
                filename=filename, modified=modified, access=self.access, metadata=metadata,
            )
        ]
        named = (p for p in msg.walk() if not p.is_multipart() and p is not body and p.get_filename())
        for index, part in enumerate(named):
            name = PurePosixPath(str(part.get_filename()).replace("\\", "/")).name or "attachment"
            if PurePosixPath(name).suffix.lower() not in self.attachment_types:
                continue
            mime = part.get_content_type()
            if mime == "application/octet-stream":
                mime = mimetypes.guess_type(name)[0] or mime
            docs.append(
                Document(
                    id=self.doc_id(mailbox, uidvalidity, uid, f"att/{index}-{name}"),
                    source=self.name,
                    title=f"{subject} — {name}",
                    uri=uri,
                    content=part.get_payload(decode=True) or b"",
                    mime_type=mime,
                    filename=name,
                    modified=modified,
                    access=self.access,
                    metadata={**metadata, "attachment": name},
                )
            )
        return docs

    def _connect(self) -> imaplib.IMAP4:
        where = f"source {self.name!r}: {self.host}:{self.port}"
        context = ssl_lib.create_default_context()
        client: imaplib.IMAP4 | None = None
        try:
            if self.ssl:
                client = _TlsClient(self.host, self.port, ssl_context=context, timeout=self.timeout_s)
            else:
                client = _Client(self.host, self.port, timeout=self.timeout_s)
                if self.starttls:
                    if "STARTTLS" not in client.capabilities:
                        raise ConnectorConfigError(f"{where} does not offer STARTTLS; check port and ssl")
                    client.starttls(ssl_context=context)
            self._login(client, where)
        except BaseException as exc:
            if client is not None:
                with suppress(OSError, imaplib.IMAP4.error):
                    client.logout()
            if isinstance(exc, ssl_lib.SSLError):
                raise ConnectorConfigError(f"{where}: TLS failed ({exc.reason}); check port and ssl") from None
            if isinstance(exc, OSError | imaplib.IMAP4.abort):
                reason = (exc.strerror if isinstance(exc, OSError) else None) or str(exc) or type(exc).__name__
                raise SourceUnavailableError(f"{where} cannot be reached: {reason}") from None
            if isinstance(exc, imaplib.IMAP4.error):
                raise ConnectorConfigError(f"{where} did not answer as an IMAP server: {exc}") from None
            raise
        return client

    def _login(self, client: imaplib.IMAP4, where: str) -> None:
        if "LOGINDISABLED" in client.capabilities and "AUTH=PLAIN" not in client.capabilities:
            raise ConnectorConfigError(f"{where} refuses logins without TLS; set ssl or starttls")
        try:
            if "AUTH=PLAIN" in client.capabilities:
                # SASL PLAIN carries UTF-8 credentials, which LOGIN's ASCII quoting cannot.
                token = f"\0{self.username}\0{self._password}".encode()
                client.authenticate("PLAIN", lambda _challenge: token)
            else:
                client.login(self.username, self._password)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error:
            # The server's words may echo what was sent; say only what happened.
            raise ConnectorAuthError(f"{where} refused the login; check username and password") from None


def _merge(a: Access, b: Access) -> Access:
    return Access(
        public=a.public or b.public,
        users=a.users | b.users,
        groups=a.groups | b.groups,
        local_users=a.local_users | b.local_users,
        local_groups=a.local_groups | b.local_groups,
    )


def _fetched(client: imaplib.IMAP4, uids: Iterable[int], item: str) -> tuple[str, dict[int, bytes]]:
    """UID -> the item's value (a literal such as BODY[], or a number such as RFC822.SIZE), and the
    server's words when it refused some of them (it may still have sent the rest)."""
    typ, data = client.uid("FETCH", ",".join(map(str, uids)), f"(UID {item})")
    number = re.compile(re.escape(item.encode()) + rb" (\d+)")
    values: dict[int, bytes] = {}
    for i, entry in enumerate(data):
        head = entry[0] if isinstance(entry, tuple) else entry
        if not isinstance(head, bytes):
            continue
        uid = re.search(rb"UID (\d+)", head)
        if uid is None and isinstance(entry, tuple) and i + 1 < len(data) and isinstance(data[i + 1], bytes):
            # Some servers send the UID after the literal rather than before it.
            uid = re.search(rb"UID (\d+)", data[i + 1])
        if uid is None:
            continue
        if isinstance(entry, tuple):
            values[int(uid.group(1))] = entry[1]
        elif found := number.search(head):
            values[int(uid.group(1))] = found.group(1)
    return ("" if typ == "OK" else _text(data[-1:])), values


def _body(msg: EmailMessage, body: EmailMessage | None) -> tuple[bytes, str, str]:
    lines = [f"{h}: {' '.join(str(msg[h]).split())}" for h in ("From", "To", "Cc", "Date", "Subject") if msg[h]]
    if body is None:
        return "\n".join(lines).encode(), "text/plain", "message.txt"
    text = _decode(body)
    if body.get_content_type() != "text/html":
        return "\n".join([*lines, "", text]).encode(), "text/plain", "message.txt"
    # The text is re-encoded as UTF-8, so a declared charset must say so too.
    text = re.sub(r"(<meta[^>]*charset\s*=\s*[\"']?)[\w.:-]+", r"\1utf-8", text, flags=re.IGNORECASE)
    block = "<div>" + "<br>".join(html.escape(line) for line in lines) + "</div>"
    opening = re.search(r"<body[^>]*>", text, flags=re.IGNORECASE)
    at = opening.end() if opening else 0
    return (text[:at] + block + text[at:]).encode(), "text/html", "message.html"


def _decode(part: EmailMessage) -> str:
    payload = part.get_payload(decode=True) or b""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:
        return payload.decode("utf-8", errors="replace")


def _date(value: object) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _mailbox_arg(name: str) -> str:
    """A mailbox name as IMAP wants it: modified UTF-7 (RFC 3501 5.1.3), quoted."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            encoded = base64.b64encode("".join(pending).encode("utf-16-be")).decode().rstrip("=")
            out.append("&" + encoded.replace("/", ",") + "-")
            pending.clear()

    for ch in name:
        if 0x20 <= ord(ch) <= 0x7E:
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            pending.append(ch)
    flush()
    wire = "".join(out)
    return '"' + wire.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _text(data: list) -> str:
    return " ".join(d.decode(errors="replace") if isinstance(d, bytes) else str(d) for d in data if d)
