"""A throwaway Dovecot IMAP server on loopback, configured entirely from a temp folder.

`dovecot_fixture(scope)` builds a pytest fixture that yields a running `Dovecot`;
tests deliver mail by APPENDing over IMAP as the user.
"""

from __future__ import annotations

import getpass
import grp
import imaplib
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest

from tests.services import free_port

USERS = {"alice": "alice-secret", "bob": "bob-secret", "carol": "carol-secret"}


@dataclass
class Dovecot:
    host: str
    port: int
    users: dict[str, str]
    root: Path

    @contextmanager
    def client(self, user: str) -> Iterator[imaplib.IMAP4]:
        imap = imaplib.IMAP4(self.host, self.port, timeout=10)
        try:
            imap.login(user, self.users[user])
            yield imap
        finally:
            imap.logout()

    def create(self, user: str, mailbox: str) -> None:
        """`mailbox` as it goes on the wire (modified UTF-7 for non-ASCII names)."""
        with self.client(user) as imap:
            _ok(imap.create(_quote(mailbox)))

    def delete(self, user: str, mailbox: str) -> None:
        with self.client(user) as imap:
            _ok(imap.delete(_quote(mailbox)))

    def append(self, user: str, mailbox: str, message: EmailMessage | bytes) -> int:
        """Store a message, creating the mailbox when missing; returns its UID."""
        raw = message.as_bytes(policy=SMTP) if isinstance(message, EmailMessage) else message
        with self.client(user) as imap:
            typ, data = imap.append(_quote(mailbox), None, None, raw)
            if typ == "NO" and b"TRYCREATE" in data[0]:
                _ok(imap.create(_quote(mailbox)))
                typ, data = imap.append(_quote(mailbox), None, None, raw)
            _ok((typ, data))
        found = re.search(rb"APPENDUID \d+ (\d+)", data[0])
        assert found, f"no APPENDUID in {data!r}"
        return int(found.group(1))

    def expunge(self, user: str, mailbox: str, *uids: int) -> None:
        with self.client(user) as imap:
            _ok(imap.select(_quote(mailbox)))
            _ok(imap.uid("STORE", ",".join(map(str, uids)), "+FLAGS.SILENT", r"(\Deleted)"))
            _ok(imap.expunge())

    def flags(self, user: str, mailbox: str, uid: int) -> bytes:
        with self.client(user) as imap:
            _ok(imap.select(_quote(mailbox), readonly=True))
            typ, data = imap.uid("FETCH", str(uid), "(FLAGS)")
            _ok((typ, data))
            return data[0]


def _quote(mailbox: str) -> str:
    return '"' + mailbox.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _ok(result: tuple[str, list]) -> None:
    typ, data = result
    assert typ == "OK", f"IMAP said {typ}: {data!r}"


def _config(root: Path, port: int) -> str:
    if os.geteuid() == 0:
        # Dovecot will not run mail processes as root; its own unprivileged
        # users hold the mail, and first_valid_uid must admit them.
        internal, login = "dovecot", "dovenull"
        mail_user = pwd.getpwnam(internal)
        ids = f"uid={mail_user.pw_uid} gid={mail_user.pw_gid}"
        chroot = ""
        first_uid = mail_user.pw_uid
    else:
        # Unprivileged, every process runs as the caller and nothing can chroot.
        internal = login = getpass.getuser()
        ids = f"uid={os.getuid()} gid={os.getgid()}"
        chroot = "  chroot =\n"
        first_uid = os.getuid()
    return f"""\
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
instance_name = test-{port}
default_internal_user = {internal}
default_internal_group = {grp.getgrgid(pwd.getpwnam(internal).pw_gid).gr_name}
default_login_user = {login}
first_valid_uid = {first_uid}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:~/Maildir
mail_fsync = never
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
userdb {{
  driver = static
  args = {ids} home={root}/mail/%u
}}
# A wrong-password test would make anvil delay every later login from
# 127.0.0.1 by seconds; without its penalty socket the auth process skips that.
service anvil {{
{chroot}  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service imap-login {{
{chroot}  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
"""


def _wait_for_port(port: int, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 20
    while True:
        if proc.poll() is not None:
            pytest.fail(f"dovecot exited with {proc.returncode}:\n{_tail(log)}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            if time.monotonic() > deadline:
                pytest.fail(f"dovecot did not listen on {port} within 20 s:\n{_tail(log)}")
            time.sleep(0.05)


def _tail(log: Path) -> str:
    """Dovecot's own log, plus what it printed before it could open it (config errors)."""
    parts = [p.read_text(errors="replace") for p in (log.with_suffix(".console"), log) if p.exists()]
    return "\n".join(parts)[-3000:] or "(no log)"


@contextmanager
def running_dovecot() -> Iterator[Dovecot]:
    binary = shutil.which("dovecot") or ("/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None)
    if binary is None:
        pytest.fail("install dovecot-imapd (make test does)")
    version = subprocess.run([binary, "--version"], check=False, capture_output=True, text=True).stdout.strip()
    if not version.startswith("2.3."):
        # 2.4 renamed most of the settings written below.
        pytest.fail(f"tests/services/dovecot.py writes a Dovecot 2.3 config; this is Dovecot {version}")
    # Not pytest's tmp_path: it sits under a 0700 folder the mail processes
    # (running as the dovecot user) could not traverse.
    root = Path(tempfile.mkdtemp(prefix="dovecot-"))
    root.chmod(0o755)
    port = free_port()
    conf = root / "dovecot.conf"
    conf.write_text(_config(root, port))
    (root / "users").write_text("".join(f"{u}:{{PLAIN}}{p}::::::\n" for u, p in USERS.items()))
    (root / "mail").mkdir()
    if os.geteuid() == 0:
        mail_user = pwd.getpwnam("dovecot")
        os.chown(root / "mail", mail_user.pw_uid, mail_user.pw_gid)
    log = root / "dovecot.log"
    with log.with_suffix(".console").open("wb") as console:
        proc = subprocess.Popen([binary, "-c", str(conf), "-F"], stdout=console, stderr=subprocess.STDOUT)
    try:
        _wait_for_port(port, proc, log)
        yield Dovecot("127.0.0.1", port, dict(USERS), root)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
        shutil.rmtree(root, ignore_errors=True)


def dovecot_fixture(scope: str = "module"):
    """A fixture yielding a running `Dovecot`; assign it to a name in a test module or conftest."""

    @pytest.fixture(scope=scope)
    def dovecot() -> Iterator[Dovecot]:
        with running_dovecot() as server:
            yield server

    return dovecot
