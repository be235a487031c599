"""Vaults at rest, key rotation, the audit log, and a full CLI run whose logs must not carry personal data."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from assistant.privacy import SqlVaultStore, VaultKeyError, load_keys
from assistant.state import Database
from assistant.state.tables import VaultRow
from tests.conftest import make_settings

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(tmp_path):
    d = Database(f"sqlite:///{tmp_path / 'state.db'}")
    d.migrate()
    return d


def test_vaults_are_encrypted_bound_to_their_owner_and_expire(db):
    key = Fernet.generate_key()
    store = SqlVaultStore(db, [key], timedelta(hours=1))
    vault = store.new("conv-1", "ann@corp.example")
    vault.placeholder_for("Femke Visser", "PERSON", "question")
    store.save(vault)
    with db.session() as s:
        assert b"Femke" not in s.get(VaultRow, "conv-1").ciphertext
    assert store.load("conv-1", "ann@corp.example").entries["<PERSON_1>"].value == "Femke Visser"
    assert store.load("conv-1", "mallory@corp.example") is None
    expired = SqlVaultStore(db, [key], timedelta(seconds=-1))
    old = expired.new("conv-2", "ann@corp.example")
    expired.save(old)
    assert expired.load("conv-2", "ann@corp.example") is None and expired.purge_expired() == 0


def test_key_rotation_re_encrypts_and_the_old_key_stops_working(db):
    old, new = Fernet.generate_key(), Fernet.generate_key()
    store = SqlVaultStore(db, [old], timedelta(hours=1))
    vault = store.new("c", "ann@corp.example")
    vault.placeholder_for("Femke Visser", "PERSON", "question")
    store.save(vault)
    assert store.rotate(new) == 1
    assert SqlVaultStore(db, [new], timedelta(hours=1)).load("c", "ann@corp.example") is not None
    with pytest.raises(VaultKeyError, match="cannot be decrypted"):
        SqlVaultStore(db, [old], timedelta(hours=1)).load("c", "ann@corp.example")


def test_a_missing_key_creates_a_private_key_file_and_a_bad_key_is_refused(tmp_path):
    settings = make_settings(tmp_path / "data")
    keys = load_keys(settings)
    path = settings.data_dir / "secrets" / "vault.key"
    assert path.exists() and oct(path.stat().st_mode & 0o777) == "0o600" and load_keys(settings) == keys
    with pytest.raises(VaultKeyError, match="not a Fernet key"):
        load_keys(make_settings(tmp_path / "d2", privacy={"vault_key": "not-a-key"}))


def cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path / "data"), "ASSISTANT_CONFIG_DIR": str(REPO / "configs"),
           "ASSISTANT_LOG_LEVEL": "DEBUG", "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "assistant", *args], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=600)


@pytest.mark.slow
def test_a_full_run_logs_no_personal_data_and_the_audit_log_is_pseudonymized(tmp_path):
    planted = ["Zoe Quartermain", "zoe.quartermain@corp.example", "+44 20 7946 0958", "GB82WEST12345698765432",
               "femke.visser@northwind-harbor.example", "+31 10 555 0142"]
    assert cli(tmp_path, "ingest", "--sample").returncode == 0
    asked = cli(tmp_path, "ask", "I am Zoe Quartermain (zoe.quartermain@corp.example, +44 20 7946 0958, "
                "IBAN GB82WEST12345698765432). Who approves leave requests, and how do I reach Femke Visser?")
    assert asked.returncode == 0, asked.stderr[-2000:]
    assert "DEBUG" in asked.stderr, "debug logging was on"
    for value in planted:
        assert value not in asked.stderr, f"{value!r} reached the logs"
    records = cli(tmp_path, "audit", "--json")
    assert records.returncode == 0
    record = json.loads(records.stdout.splitlines()[0])
    text = json.dumps(record)
    for value in planted:
        assert value not in text
    assert re.search(r"<PERSON_\d+>", record["question"]) and record["sources"]
