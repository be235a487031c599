"""kill -9 in the middle of `assistant sync`, run it again: the same store as one uninterrupted run.

The filesystem source has its own test in test_sync.py; this one drives sources of other kinds
through the settings, the way a deployment declares them. Each of them marks safe places to resume,
and the settings store a mark every few documents: the process is killed once one is stored, and
the run after it fetches only what came after that mark.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.runtime import Runtime
from assistant.settings import load_settings
from assistant.state.tables import DocumentRow
from tests.services.dovecot import dovecot_fixture

REPO = Path(__file__).resolve().parents[2]
BODY = " ".join(f"Clause {i}: forklifts on quay {i % 7} are inspected every {i % 5 + 1} weeks." for i in range(30))


def configs_with(tmp_path: Path, source_yaml: str) -> Path:
    configs = tmp_path / "configs"
    (configs / "prompts").mkdir(parents=True)
    for name in ("default.yaml", "prompts/answer.yaml", "prompts/rewrite.yaml"):
        (configs / name).write_text((REPO / "configs" / name).read_text())
    (configs / "source.yaml").write_text(source_yaml + "ingest:\n  checkpoint_every: {documents: 5}\n")
    return configs


def store_state(configs: Path, data: Path, embedder) -> dict[str, list[int]]:
    rt = Runtime(load_settings(profiles=["default", "source"], config_dir=configs, overrides={"data_dir": str(data)}))
    rt.__dict__["embedder"] = embedder
    try:
        with rt.db.session() as s:
            ids = [r.id for r in s.query(DocumentRow).all()]
        state = {i: [h.payload["chunk_index"] for h in rt.index.scroll_document(i)] for i in ids}
        assert rt.index.count() == sum(len(v) for v in state.values()), "no point outside the ledger"
        return state
    finally:
        rt.close()


def query(db: Path, sql: str, default=None):
    """One value from the state database of a running sync, read-only; `default` while there is none yet."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            row = conn.execute(sql).fetchone()
    except sqlite3.Error:
        return default
    return row[0] if row and row[0] is not None else default


def ledger_size(db: Path) -> int:
    return query(db, "select count(*) from documents", 0)


def stored_checkpoint(db: Path) -> str | None:
    return query(db, "select checkpoint from sources")


def sync(configs: Path, data: Path) -> subprocess.Popen:
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(data), "ASSISTANT_CONFIG_DIR": str(configs),
           "ASSISTANT_PROFILES": "default,source"}
    return subprocess.Popen([sys.executable, "-m", "assistant", "sync"], env=env, cwd=data.parent,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def killed_then_resumed(configs: Path, tmp_path: Path, embedder, total: int) -> None:
    reference = sync(configs, tmp_path / "reference")
    assert reference.wait(timeout=600) == 0, reference.stderr.read()
    expected = store_state(configs, tmp_path / "reference", embedder)
    assert len(expected) == total

    data = tmp_path / "killed"
    db = data / "state.db"
    proc = sync(configs, data)
    deadline = time.time() + 300
    while time.time() < deadline and proc.poll() is None and stored_checkpoint(db) is None:
        time.sleep(0.05)
    assert proc.poll() is None, "the sync finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert stored_checkpoint(db) is not None, "no mark was stored while the sync ran"
    assert 5 <= ledger_size(db) < total

    resumed = sync(configs, data)
    assert resumed.wait(timeout=600) == 0, resumed.stderr.read()
    assert store_state(configs, data, embedder) == expected
    fetched = json.loads(query(db, "select last_summary from sources"))["fetched"]
    assert 0 < fetched < total, "the resumed run fetched everything again instead of starting at the stored mark"


@pytest.mark.slow
def test_a_killed_sql_sync_resumes_to_the_same_store(tmp_path, embedder):
    db = tmp_path / "kb.db"
    with sqlite3.connect(db) as conn:
        conn.execute("create table articles (id integer primary key, title text, body text, updated_at text)")
        conn.executemany("insert into articles values (?, ?, ?, ?)",
                         [(i, f"Article {i}", f"{BODY} Article {i}.", f"2026-01-{i % 28 + 1:02d}") for i in range(60)])
    configs = configs_with(tmp_path, f"sources:\n  - name: kb\n    kind: sql\n    options: {{url: 'sqlite:///{db}', "
                                     "table: articles, batch_size: 10}\n    access: {public: true}\n")
    killed_then_resumed(configs, tmp_path, embedder, total=60)


@pytest.mark.slow
def test_a_killed_git_sync_resumes_to_the_same_store(tmp_path, embedder):
    repo = tmp_path / "repo"
    repo.mkdir()

    def git(*args):
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-C", str(repo), *args],
                       check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    for i in range(60):
        (repo / f"runbook-{i:02d}.md").write_text(f"# Runbook {i}\n\n{BODY} Runbook {i}.")
    git("add", ".")
    git("commit", "-q", "-m", "runbooks")
    configs = configs_with(tmp_path, f"sources:\n  - name: ops\n    kind: git\n    options: {{repo: '{repo}', "
                                     "branch: main}\n    access: {groups: [ops]}\n")
    killed_then_resumed(configs, tmp_path, embedder, total=60)


@pytest.mark.slow
def test_a_killed_web_crawl_resumes_to_the_same_store(tmp_path, embedder):
    from tests.connectors.web_site import Site, html

    pages = {"/": html("Home", *(f"/policy/{i}" for i in range(60)))}
    for i in range(60):
        pages[f"/policy/{i}"] = html(f"Policy {i}", "/")
        pages[f"/policy/{i}"].body = pages[f"/policy/{i}"].body.replace(b"</body>", f"<p>{BODY} {i}</p></body>".encode())
    with Site(pages) as site:
        configs = configs_with(tmp_path, f"sources:\n  - name: wiki\n    kind: web\n    options: {{seeds: ['{site.url('/')}'], "
                                         "respect_robots: false}\n    access: {public: true}\n")
        killed_then_resumed(configs, tmp_path, embedder, total=61)


dovecot = dovecot_fixture("module")


@pytest.mark.slow
def test_a_killed_mailbox_sync_resumes_to_the_same_store(tmp_path, embedder, dovecot):
    from email.message import EmailMessage

    user = next(iter(dovecot.users))
    for i in range(60):
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = "ops@corp.example", "legal@corp.example", f"Inspection {i}"
        msg.set_content(f"{BODY} Inspection {i}.")
        dovecot.append(user, "INBOX", msg)
    configs = configs_with(tmp_path, (
        f"sources:\n  - name: mail\n    kind: imap\n    options: {{host: {dovecot.host}, port: {dovecot.port}, "
        f"username: {user}, password: '{dovecot.users[user]}', ssl: false, owner: legal@corp.example}}\n"
    ))
    killed_then_resumed(configs, tmp_path, embedder, total=60)
