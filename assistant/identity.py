"""The identity store: canonical users, the local ids other sources use for them, nested groups.

Directory sources (LDAP, a YAML/CSV file) write snapshots here; the sync
engine maps documents' source-local ids through it, and retrieval expands a
principal's groups through it at question time, so a membership change
reaches retrieval as soon as the directory is synced.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select

from assistant.state import Database
from assistant.state.tables import IdentityAliasRow, IdentityMemberRow, IdentityUserRow
from connectors import Access, Directory


@dataclass(frozen=True)
class DirectorySummary:
    directory: str
    users: int
    groups: int
    memberships: int
    aliases: int


class IdentityStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def replace(self, directory: str, snapshot: Directory) -> DirectorySummary:
        """Replace everything `directory` said last time with this snapshot, in one transaction."""
        with self.db.session() as s:
            for table in (IdentityUserRow, IdentityAliasRow, IdentityMemberRow):
                s.execute(delete(table).where(table.directory == directory))
            users = {u.email.lower(): u for u in snapshot.users}
            aliases: dict[str, tuple[str, str]] = {}
            for email, user in users.items():
                s.add(IdentityUserRow(email=email, name=user.name, directory=directory))
                for local in user.local_ids:
                    aliases[local] = ("user", email)
            members: set[tuple[str, str, str]] = set()
            for group in snapshot.groups:
                name = group.name.lower()
                for local in group.local_ids:
                    aliases[local] = ("group", name)
                members |= {(name, "user", u.lower()) for u in group.users}
                members |= {(name, "group", g.lower()) for g in group.groups}
            # Another directory may already claim a local id; the newest snapshot wins.
            s.execute(delete(IdentityAliasRow).where(IdentityAliasRow.local_id.in_(list(aliases))))
            for local, (kind, target) in aliases.items():
                s.add(IdentityAliasRow(local_id=local, kind=kind, target=target, directory=directory))
            for group, kind, member in members:
                s.add(IdentityMemberRow(group=group, member_kind=kind, member=member, directory=directory))
        return DirectorySummary(directory, len(users), len(snapshot.groups), len(members), len(aliases))

    def canonical(self, access: Access) -> Access:
        """Map source-local ids to canonical users and groups; ids nobody claims are dropped (fail closed)."""
        if not access.local_users and not access.local_groups:
            return access
        wanted = list(access.local_users | access.local_groups)
        with self.db.session() as s:
            rows = s.scalars(select(IdentityAliasRow).where(IdentityAliasRow.local_id.in_(wanted))).all()
        users = {r.target for r in rows if r.kind == "user" and r.local_id in access.local_users}
        groups = {r.target for r in rows if r.kind == "group" and r.local_id in access.local_groups}
        return Access(public=access.public, users=access.users | users, groups=access.groups | groups)

    def groups_of(self, email: str) -> set[str]:
        """Every group the user belongs to, directly or through nested groups (cycles are harmless)."""
        found: set[str] = set()
        frontier = [("user", email.lower())]
        with self.db.session() as s:
            while frontier:
                kinds = {k for k, _ in frontier}
                names = [m for _, m in frontier]
                rows = s.execute(
                    select(IdentityMemberRow.group, IdentityMemberRow.member_kind, IdentityMemberRow.member)
                    .where(IdentityMemberRow.member.in_(names), IdentityMemberRow.member_kind.in_(kinds))
                ).all()
                wanted = set(frontier)
                new = {g for g, k, m in rows if (k, m) in wanted} - found
                found |= new
                frontier = [("group", g) for g in new]
        return found

    def directories(self) -> dict[str, int]:
        """Users per directory."""
        with self.db.session() as s:
            return dict(s.execute(select(IdentityUserRow.directory, func.count()).group_by(IdentityUserRow.directory)).all())
