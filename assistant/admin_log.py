"""The admin audit log: who created or revoked keys, changed sources, deleted or exported documents."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from assistant.state import Database
from assistant.state.tables import AdminEventRow


def record_admin(db: Database, actor: str, action: str, target: str = "", **detail) -> None:
    with db.session() as s:
        s.add(AdminEventRow(actor=actor, action=action, target=target, detail=detail))


def query_admin(db: Database, *, since: datetime | None = None, limit: int = 100) -> list[AdminEventRow]:
    stmt = select(AdminEventRow).order_by(AdminEventRow.id.desc()).limit(limit)
    if since is not None:
        stmt = stmt.where(AdminEventRow.created_at >= since)
    with db.session() as s:
        return list(s.scalars(stmt))
