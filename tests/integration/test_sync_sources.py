"""Connectors of other kinds through the sync engine, as the settings declare them."""

from __future__ import annotations

import sqlite3
import subprocess

from assistant.index import SearchFilter
from assistant.state.tables import DocumentRow


def git(repo, *args):
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-C", str(repo), *args],
                   check=True, capture_output=True)


def ledger_ids(rt, source):
    with rt.db.session() as s:
        return sorted(r.id for r in s.query(DocumentRow).filter_by(source=source))


def test_a_git_source_syncs_commits_through_the_engine(runtime, tmp_path):
    repo = tmp_path / "runbooks"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    (repo / "restart.md").write_text("# Restarting the berth scheduler\nRun `berthctl restart` on host bs-01.")
    (repo / "backup.md").write_text("# Backups\nNightly backups run at 02:00 to the Lisbon vault.")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "first")
    runtime.sync.register("runbooks", "git", {"options": {"repo": str(repo), "branch": "main"}, "access": {"groups": ["ops"]}})
    assert runtime.sync.sync("runbooks").added == 2
    assert (runtime.settings.data_dir / "cache" / "runbooks").exists(), "the git mirror lives in the data dir"

    git(repo, "mv", "backup.md", "backups.md")
    (repo / "restart.md").write_text("# Restarting the berth scheduler\nRun `berthctl restart --graceful` on bs-01.")
    git(repo, "commit", "-q", "-am", "rename and edit")
    summary = runtime.sync.sync("runbooks")
    assert (summary.added, summary.updated, summary.deleted) == (1, 1, 1)
    assert ledger_ids(runtime, "runbooks") == ["runbooks:backups.md", "runbooks:restart.md"]
    assert runtime.index.count(SearchFilter(acl=("group:ops",))) == runtime.index.count()


def test_a_sql_source_with_access_columns(runtime, tmp_path):
    db = tmp_path / "kb.db"
    with sqlite3.connect(db) as conn:
        conn.execute("create table articles (id integer primary key, title text, body text, updated_at text, grp text)")
        conn.execute("insert into articles values (1, 'Refunds', 'Refunds are paid within 14 days.', '2026-01-01', 'support')")
        conn.execute("insert into articles values (2, 'Pricing', 'List prices change on 1 July.', '2026-01-02', 'sales')")
    runtime.sync.register("kb", "sql", {"options": {"url": f"sqlite:///{db}", "table": "articles", "groups_column": "grp"},
                                        "access": {}})
    assert runtime.sync.sync("kb").added == 2
    assert runtime.index.count(SearchFilter(acl=("group:support",))) >= 1
    assert runtime.index.count(SearchFilter(acl=("public",))) == 0
    with sqlite3.connect(db) as conn:
        conn.execute("update articles set body='Refunds are paid within 10 days.', updated_at='2026-02-01' where id=1")
        conn.execute("delete from articles where id=2")
    summary = runtime.sync.sync("kb")
    assert (summary.updated, summary.deleted) == (1, 1)
    assert ledger_ids(runtime, "kb") == ["kb:1"]
