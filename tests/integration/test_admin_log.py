"""The admin audit log records what administrators do from the CLI: sources, exports, keys."""

from __future__ import annotations

from sqlalchemy import select

from assistant.state import Database
from assistant.state.tables import AdminEventRow
from tests.integration.test_privacy import cli


def test_source_changes_exports_and_keys_are_in_the_admin_log(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.md").write_text("# Canteen\n\nThe canteen opens at 8.\n", encoding="utf-8")
    assert cli(tmp_path, "ingest", str(folder), "--public", "--name", "notes").returncode == 0
    assert cli(tmp_path, "audit", "--json").returncode == 0
    created = cli(tmp_path, "keys", "create", "--user", "ann@corp.example", "--scopes", "chat")
    assert created.returncode == 0, created.stderr
    removed = cli(tmp_path, "sources", "remove", "notes")
    assert removed.returncode == 0 and "1 documents deleted" in removed.stdout

    db = Database(f"sqlite:///{tmp_path / 'data' / 'state.db'}")
    with db.session() as s:
        events = [(e.action, e.target, e.detail) for e in s.scalars(select(AdminEventRow).order_by(AdminEventRow.id))]
    actions = [a for a, _, _ in events]
    assert actions == ["source.register", "audit.export", "key.create", "source.remove"]
    assert events[0][1] == "notes" and events[0][2]["access"]["public"] is True
    assert events[3][2] == {"documents": 1}
    assert "sk-asst-" not in str(events)
