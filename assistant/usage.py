"""`assistant usage`: what answering cost, summed from the audit log by user, model and day."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from sqlalchemy import select

from assistant.state import Database
from assistant.state.tables import AuditRow

GroupBy = Literal["user", "model", "day"]


@dataclass
class UsageRow:
    """One group's totals; speeds are means over the answers the model generated at least one token for."""

    key: tuple[str, ...]
    answers: int = 0
    blocked: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    energy_wh: float = 0.0
    _ttft: list[float] = field(default_factory=list, repr=False)
    _speed: list[float] = field(default_factory=list, repr=False)

    @property
    def mean_ttft_ms(self) -> float:
        return sum(self._ttft) / len(self._ttft) if self._ttft else 0.0

    @property
    def mean_tokens_per_s(self) -> float:
        return sum(self._speed) / len(self._speed) if self._speed else 0.0

    def as_dict(self, by: tuple[GroupBy, ...]) -> dict:
        return {**dict(zip(by, self.key)), "answers": self.answers, "blocked": self.blocked,
                "prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens,
                "mean_ttft_ms": round(self.mean_ttft_ms, 1), "mean_tokens_per_s": round(self.mean_tokens_per_s, 2),
                "energy_wh": round(self.energy_wh, 6)}


def _key(row: AuditRow, part: GroupBy) -> str:
    if part == "user":
        return row.principal
    if part == "model":
        return row.model or "-"
    return row.created_at.date().isoformat()


def summarize(db: Database, by: tuple[GroupBy, ...] = ("user", "model", "day"), *,
              since: datetime | None = None, until: datetime | None = None, user: str | None = None) -> list[UsageRow]:
    """Totals per distinct (by...) key, biggest token users first. Reads the audit log in batches."""
    stmt = select(AuditRow).order_by(AuditRow.created_at).execution_options(yield_per=1000)
    if since is not None:
        stmt = stmt.where(AuditRow.created_at >= since)
    if until is not None:
        stmt = stmt.where(AuditRow.created_at < until)
    if user:
        stmt = stmt.where(AuditRow.principal == user.lower())
    groups: dict[tuple[str, ...], UsageRow] = defaultdict(lambda: UsageRow(()))
    with db.session() as s:
        for row in s.scalars(stmt):
            key = tuple(_key(row, part) for part in by)
            g = groups[key]
            g.key = key
            g.answers += 1
            g.blocked += bool(row.blocked)
            g.prompt_tokens += row.prompt_tokens or 0
            g.completion_tokens += row.completion_tokens or 0
            g.energy_wh += row.energy_wh or 0.0
            if row.completion_tokens:
                g._ttft.append(row.ttft_ms or 0.0)
                if row.tokens_per_s:
                    g._speed.append(row.tokens_per_s)
    return sorted(groups.values(), key=lambda g: (-(g.prompt_tokens + g.completion_tokens), g.key))
