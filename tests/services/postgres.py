"""A throwaway PostgreSQL cluster on loopback, for tests that need the real server.

Use `postgres_server(tmp_dir)` as a context manager, or make a fixture where
the tests that share it can see it (a conftest shares one cluster more widely):

    postgres = postgres_fixture()

Each test that needs a clean slate calls `server.create_database()` for a
fresh database of its own, which is much cheaper than a new cluster.
"""

from __future__ import annotations

import itertools
import os
import shlex
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.services import free_port

SUPERUSER = "postgres"
START_TIMEOUT_S = 60


def postgres_bin_dir() -> Path:
    """The newest installed server's bin folder; fails the test (never skips) when there is none."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: _version(p.parent.parent.name))
    if not found:
        pytest.fail("PostgreSQL server binaries not found under /usr/lib/postgresql: install postgresql (make test does)")
    return found[-1].parent


def _version(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


@dataclass
class PostgresServer:
    """A running cluster with trust auth; `url` points at the database made for it."""

    host: str
    port: int
    database: str
    bin_dir: Path
    data_dir: Path
    socket_dir: Path
    _counter: Iterator[int] = field(default_factory=itertools.count, repr=False)

    @property
    def url(self) -> str:
        return self.url_for(self.database)

    def url_for(self, database: str, user: str = SUPERUSER, password: str = "") -> str:
        auth = f"{user}:{password}" if password else user
        return f"postgresql+psycopg://{auth}@{self.host}:{self.port}/{database}"

    def create_database(self, prefix: str = "test") -> str:
        """A fresh, empty database; returns its SQLAlchemy URL."""
        name = f"{prefix}_{next(self._counter)}"
        self.psql(f'CREATE DATABASE "{name}"')
        return self.url_for(name)

    def add_password_user(self, user: str, password: str, database: str = "") -> str:
        """A login role that must give its password over TCP (everyone else stays on trust); returns its URL."""
        self.psql(f"CREATE ROLE \"{user}\" LOGIN SUPERUSER PASSWORD '{password}'")
        hba = self.data_dir / "pg_hba.conf"
        hba.write_text(f"host all {user} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
        self.psql("SELECT pg_reload_conf()")
        return self.url_for(database or self.database, user, password)

    def psql(self, sql: str, database: str = "postgres") -> str:
        """Run one statement as the superuser over the unix socket (no Python driver needed)."""
        cmd = [str(self.bin_dir / "psql"), "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1",
               "-h", str(self.socket_dir), "-p", str(self.port), "-U", SUPERUSER, "-d", database, "-c", sql]
        return _run(cmd).stdout


def _as_owner(cmd: list[str]) -> list[str]:
    # initdb and the server refuse to run as root; a root test run hands them to the postgres account.
    return ["runuser", "-u", SUPERUSER, "--", *cmd] if os.geteuid() == 0 else cmd


def _run(cmd: list[str], timeout: float = START_TIMEOUT_S) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    if proc.returncode != 0:
        raise RuntimeError(f"{shlex.join(cmd)} failed: {proc.stderr.strip()}")
    return proc


@contextmanager
def postgres_server(tmp_dir: Path, database: str = "test") -> Iterator[PostgresServer]:
    """Start a cluster under `tmp_dir`, create `database`, stop the cluster on exit."""
    bin_dir = postgres_bin_dir()
    as_root = os.geteuid() == 0
    # pytest's tmp folders are private to root, so the postgres account could not reach
    # a cluster inside them; as root the cluster lives in its own folder in the system temp dir.
    base = Path(tempfile.mkdtemp(prefix="pg-", dir=tempfile.gettempdir())) if as_root else Path(tmp_dir)
    data_dir, socket_dir = base / "data", base / "sock"
    socket_dir.mkdir(parents=True, exist_ok=True)
    if as_root:
        shutil.chown(base, SUPERUSER)
        shutil.chown(socket_dir, SUPERUSER)
    port = free_port()
    server = PostgresServer("127.0.0.1", port, database, bin_dir, data_dir, socket_dir)
    started = False
    try:
        _run(_as_owner([str(bin_dir / "initdb"), "-D", str(data_dir), "-U", SUPERUSER, "-A", "trust",
                        "-E", "UTF8", "--locale=C", "--no-sync"]))
        options = f"-c listen_addresses=127.0.0.1 -p {port} -k {socket_dir} -c fsync=off -c full_page_writes=off"
        log = base / "server.log"
        try:
            _run(_as_owner([str(bin_dir / "pg_ctl"), "-D", str(data_dir), "-l", str(log),
                            "-o", options, "-w", "-t", str(START_TIMEOUT_S), "start"]))
        except RuntimeError as exc:
            raise RuntimeError(f"{exc}\n{log.read_text(errors='replace') if log.exists() else ''}") from None
        started = True
        server.psql(f'CREATE DATABASE "{database}"')
        yield server
    finally:
        if started:
            _run(_as_owner([str(bin_dir / "pg_ctl"), "-D", str(data_dir), "-m", "fast", "-w", "stop"]))
        if as_root:
            shutil.rmtree(base, ignore_errors=True)


def postgres_fixture(scope: str = "session"):
    """A pytest fixture yielding a running `PostgresServer`; assign it to a name in a test module or conftest."""

    @pytest.fixture(scope=scope)
    def postgres(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PostgresServer]:
        with postgres_server(tmp_path_factory.mktemp("postgres")) as server:
            yield server

    return postgres
