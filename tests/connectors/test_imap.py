"""The IMAP connector against a real Dovecot on loopback (plaintext: no TLS on 127.0.0.1)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

import pytest

import connectors.imap as imap_module
from connectors import Access, ConnectorFailure, Deletion, Document
from connectors.base import CheckpointMark
from connectors.errors import (
    ConnectorAuthError,
    ConnectorConfigError,
    SourceUnavailableError,
)
from connectors.imap import ImapCheckpoint, ImapConnector
from tests.contract import check_contract, check_marks, drain
from tests.services import free_port
from tests.services.dovecot import dovecot_fixture

dovecot = dovecot_fixture("module")

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
HTML = (
    '<html><head><meta charset="iso-8859-1"><title>Invite</title></head>'
    "<body><p>Friday at <b>5 pm</b> on the roof.</p></body></html>"
)


def message(subject: str | None, body: str = "", *, html: str | None = None, attachments=()) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Alice Example <alice@example.com>"
    msg["To"] = "team@example.com"
    msg["Date"] = "Mon, 03 Jun 2024 09:30:00 +0200"
    if subject is not None:
        msg["Subject"] = subject
    msg["Message-ID"] = f"<{abs(hash((subject, body)))}@example.com>"
    if html is not None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
    for filename, data, mime in attachments:
        maintype, subtype = mime.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg


def connector(server, mailboxes=("INBOX",), user="alice", **options) -> ImapConnector:
    return ImapConnector(
        "mail", host=server.host, port=server.port, username=user, password=server.users[user],
        ssl=False, mailboxes=list(mailboxes), **options,
    )


@pytest.fixture(scope="module")
def inbox(dovecot) -> dict[str, int]:
    """Alice's INBOX, filled once: subject -> UID."""
    files = [
        ("notes.txt", b"Remember the escrow clause.", "text/plain"),
        ("report.pdf", PDF, "application/pdf"),
        ("photo.png", b"\x89PNG\r\n\x1a\n", "image/png"),
    ]
    msgs = [
        message("Quarterly report", "Revenue grew 12 % in Q2."),
        message("Launch party", html=HTML),
        message("Überstunden im März ✓", "Bitte bis Freitag eintragen. Grüße"),
        message("Contract draft", "See the attached files.", attachments=files),
        message(None, "A note without a subject."),
    ]
    return {str(m["Subject"] or ""): dovecot.append("alice", "INBOX", m) for m in msgs}


def test_first_sync_yields_messages_and_attachments(dovecot, inbox):
    run = check_contract(connector(dovecot))
    assert run.failures == [] and run.deletions == []
    v = run.checkpoint.mailboxes["INBOX"].uidvalidity
    docs = {d.id: d for d in run.documents}
    uid = inbox["Contract draft"]
    assert sorted(docs) == sorted(
        [f"mail:INBOX/{v}/{u}" for u in inbox.values()]
        + [f"mail:INBOX/{v}/{uid}/att/0-notes.txt", f"mail:INBOX/{v}/{uid}/att/1-report.pdf"]
    )

    report = docs[f"mail:INBOX/{v}/{inbox['Quarterly report']}"]
    assert (report.title, report.mime_type, report.filename) == ("Quarterly report", "text/plain", "message.txt")
    assert report.content.decode().startswith(
        "From: Alice Example <alice@example.com>\nTo: team@example.com\n"
        "Date: Mon, 03 Jun 2024 09:30:00 +0200\nSubject: Quarterly report\n\nRevenue grew 12 % in Q2."
    )
    assert report.modified == datetime(2024, 6, 3, 9, 30, tzinfo=timezone(timedelta(hours=2)))
    uid_report = inbox["Quarterly report"]
    assert report.uri == f"imap://alice@127.0.0.1:{dovecot.port}/INBOX;UIDVALIDITY={v}/;UID={uid_report}"
    assert report.metadata["mailbox"] == "INBOX" and report.metadata["uid"] == str(inbox["Quarterly report"])
    assert report.metadata["from"] == "Alice Example <alice@example.com>"
    assert report.metadata["message_id"].endswith("@example.com>")

    party = docs[f"mail:INBOX/{v}/{inbox['Launch party']}"]
    assert (party.mime_type, party.filename) == ("text/html", "message.html")
    text = party.content.decode()
    assert '<meta charset="utf-8">' in text, "the declared charset must match the UTF-8 bytes"
    assert "<body><div>From: Alice Example &lt;alice@example.com&gt;<br>" in text and "<b>5 pm</b>" in text

    umlaut = docs[f"mail:INBOX/{v}/{inbox['Überstunden im März ✓']}"]
    assert umlaut.title == "Überstunden im März ✓"
    assert "Subject: Überstunden im März ✓" in umlaut.content.decode() and "Grüße" in umlaut.content.decode()

    assert docs[f"mail:INBOX/{v}/{inbox['']}"].title == "(no subject)"

    notes = docs[f"mail:INBOX/{v}/{uid}/att/0-notes.txt"]
    pdf = docs[f"mail:INBOX/{v}/{uid}/att/1-report.pdf"]
    assert (notes.title, notes.filename) == ("Contract draft — notes.txt", "notes.txt")
    assert notes.content == b"Remember the escrow clause."
    assert (pdf.title, pdf.mime_type, pdf.content) == ("Contract draft — report.pdf", "application/pdf", PDF)
    assert pdf.metadata["attachment"] == "report.pdf" and pdf.uri == docs[f"mail:INBOX/{v}/{uid}"].uri
    assert run.checkpoint.mailboxes["INBOX"].messages[uid] == ["att/0-notes.txt", "att/1-report.pdf"]

    assert all(d.access == Access(local_users=frozenset({"imap:alice"})) for d in run.documents)
    assert b"\\Seen" not in dovecot.flags("alice", "INBOX", uid_report), "the sync marked mail as read"


def test_owner_and_extra_access(dovecot, inbox):
    shared = Access(groups=frozenset({"finance"}))
    run = drain(connector(dovecot, owner="alice@example.com", access=shared))
    expected = Access(users=frozenset({"alice@example.com"}), groups=frozenset({"finance"}))
    assert run.documents and all(d.access == expected for d in run.documents)


def test_incremental_sync_yields_only_new_messages(dovecot):
    dovecot.append("alice", "Projects", message("Kickoff", "Agenda attached."))
    mail = connector(dovecot, ["Projects"])
    first = check_contract(mail)
    assert [d.title for d in first.documents] == ["Kickoff"]

    uid = dovecot.append("alice", "Projects", message("Follow-up", "Minutes of the kickoff."))
    checkpoint = ImapCheckpoint.model_validate_json(first.checkpoint.model_dump_json())
    second = check_contract(mail, checkpoint)
    assert [(d.title, d.metadata["uid"]) for d in second.documents] == [("Follow-up", str(uid))]
    assert second.deletions == [] and second.failures == []
    assert drain(mail, second.checkpoint).items == []


def test_an_expunged_message_is_deleted_with_its_attachments(dovecot):
    keep = dovecot.append("alice", "Expunge", message("Keep me", "Still here."))
    files = [("notes.txt", b"notes", "text/plain"), ("report.pdf", PDF, "application/pdf")]
    gone = dovecot.append("alice", "Expunge", message("Delete me", "Going away.", attachments=files))
    mail = connector(dovecot, ["Expunge"])
    first = drain(mail)
    v = first.checkpoint.mailboxes["Expunge"].uidvalidity

    dovecot.expunge("alice", "Expunge", gone)
    second = drain(mail, first.checkpoint)
    base = f"mail:Expunge/{v}/{gone}"
    assert second.ids(Deletion) == [base, f"{base}/att/0-notes.txt", f"{base}/att/1-report.pdf"]
    assert second.documents == [] and set(second.checkpoint.mailboxes["Expunge"].messages) == {keep}


def test_a_new_uidvalidity_resyncs_the_mailbox(dovecot):
    for n in range(2):
        dovecot.append("alice", "Renumbered", message(f"Old {n}", "before"))
    mail = connector(dovecot, ["Renumbered"])
    first = drain(mail)
    old_v = first.checkpoint.mailboxes["Renumbered"].uidvalidity

    dovecot.delete("alice", "Renumbered")
    uid = dovecot.append("alice", "Renumbered", message("New", "after"))
    second = check_contract(mail, first.checkpoint)
    new_v = second.checkpoint.mailboxes["Renumbered"].uidvalidity
    assert new_v != old_v
    assert sorted(second.ids(Deletion)) == sorted(first.ids())
    assert second.ids() == [f"mail:Renumbered/{new_v}/{uid}"]


def test_two_mailboxes_a_missing_one_and_a_dropped_one(dovecot):
    dovecot.append("alice", "Filed", message("Filed away", "old news"))
    dovecot.append("alice", "Entw&APw-rfe", message("Draft", "unfinished"))  # "Entwürfe" in modified UTF-7
    run = check_contract(connector(dovecot, ["Filed", "Entwürfe", "Missing"]))
    found = sorted((d.metadata["mailbox"], d.title) for d in run.documents)
    assert found == [("Entwürfe", "Draft"), ("Filed", "Filed away")]
    assert [(f.id, "does not exist" in f.reason) for f in run.failures] == [("mail:Missing", True)]
    assert set(run.checkpoint.mailboxes) == {"Filed", "Entwürfe"}

    dropped = drain(connector(dovecot, ["Filed"]), run.checkpoint)
    assert dropped.documents == []
    assert dropped.ids(Deletion) == [d.id for d in run.documents if d.metadata["mailbox"] == "Entwürfe"]

    with pytest.raises(ConnectorConfigError, match="none of the mailboxes"):
        drain(connector(dovecot, ["Missing", "Gone"]))


def test_oversized_and_malformed_messages_fail_alone(dovecot):
    small = dovecot.append("alice", "Limits", message("Small", "fits"))
    big = dovecot.append("alice", "Limits", message("Big", "x" * 50_000))
    bad = dovecot.append("alice", "Limits", b"this line is no header\r\nand neither is this\r\n")
    run = check_contract(connector(dovecot, ["Limits"], max_bytes=20_000))
    v = run.checkpoint.mailboxes["Limits"].uidvalidity
    assert [d.title for d in run.documents] == ["Small"]
    reasons = {f.id: f.reason for f in run.failures}
    assert set(reasons) == {f"mail:Limits/{v}/{big}", f"mail:Limits/{v}/{bad}"}
    assert "over the limit of 20,000" in reasons[f"mail:Limits/{v}/{big}"]
    assert "malformed" in reasons[f"mail:Limits/{v}/{bad}"]
    state = run.checkpoint.mailboxes["Limits"]
    assert (state.last_uid, set(state.messages)) == (bad, {small}), "failed messages are not fetched again"


def test_wrong_password_is_an_auth_error(dovecot):
    mail = ImapConnector(
        "mail", host=dovecot.host, port=dovecot.port, username="alice", password="hunter2-wrong", ssl=False
    )
    with pytest.raises(ConnectorAuthError) as caught:
        drain(mail)
    assert "hunter2" not in str(caught.value) and "\n" not in str(caught.value)


def test_closed_port_is_unavailable():
    mail = ImapConnector("mail", host="127.0.0.1", port=free_port(), username="a", password="b", ssl=False)
    with pytest.raises(SourceUnavailableError, match="cannot be reached"):
        drain(mail)


def test_tls_settings_are_checked(dovecot):
    with pytest.raises(ConnectorConfigError, match="not both"):
        ImapConnector("mail", host="h", username="a", password="b", ssl=True, starttls=True)
    no_tls_here = connector(dovecot, starttls=True)
    with pytest.raises(ConnectorConfigError, match="does not offer STARTTLS"):
        drain(no_tls_here)


def test_an_interrupted_sync_resumes_from_the_previous_checkpoint(dovecot, monkeypatch):
    # Tiny batches, so the interruption falls between FETCH round trips.
    monkeypatch.setattr(imap_module, "FETCH_BATCH", 2)
    monkeypatch.setattr(imap_module, "FETCH_BYTES", 1)
    dovecot.append("alice", "Resume", message("Before", "already synced"))
    mail = connector(dovecot, ["Resume"])
    before = drain(mail).checkpoint
    new = [dovecot.append("alice", "Resume", message(f"Note {n}", f"body {n}")) for n in range(5)]

    partial = mail.load(before)
    taken = [i for i in (next(partial) for _ in range(4)) if not isinstance(i, CheckpointMark)]
    partial.close()
    assert len(taken) == 3 and all(isinstance(i, Document) for i in taken)

    rerun = check_contract(mail, before)
    assert [int(d.metadata["uid"]) for d in rerun.documents] == new
    assert not any(isinstance(i, ConnectorFailure | Deletion) for i in rerun.items)


def test_marks_after_each_batch_resume_without_loss_or_repeat(dovecot, monkeypatch):
    monkeypatch.setattr(imap_module, "FETCH_BATCH", 2)
    for n in range(3):
        dovecot.append("alice", "Marks", message(f"Old {n}", f"old {n}"))
    dovecot.append("alice", "Marks2", message("Other", "in the second mailbox"))
    mail = connector(dovecot, ["Marks", "Marks2"])
    before = drain(mail).checkpoint
    for n in range(5):
        dovecot.append("alice", "Marks", message(f"New {n}", f"new {n}"))
    run = check_marks(mail, before)
    assert len(run.documents) == 5 and [at for at, _ in run.marks] == [2, 4, 5]
    first = run.marks[0][1]
    assert first.mailboxes["Marks2"] == before.mailboxes["Marks2"] and first.mailboxes["Marks"].last_uid > 3
