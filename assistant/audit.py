"""The audit log: one record per answer, in pseudonymized form."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from assistant.state import Database
from assistant.state.tables import AuditRow


def record_audit(db: Database, answer, *, principal: str, channel: str, question: str, answer_text: str) -> None:
    """`question` and `answer_text` must already be pseudonymized; findings keep labels and offsets, never text."""
    findings = [
        {
            "guard": f.guard, "verdict": f.verdict.value, "risk": round(f.risk, 3), "elapsed_ms": round(f.elapsed_ms, 2),
            "reason": f.reason, "spans": [{"start": s.start, "end": s.end, "label": s.label} for s in f.spans],
        }
        for f in answer.findings
    ]
    with db.session() as s:
        s.add(AuditRow(
            id=answer.id, principal=principal, channel=channel, conversation_id=answer.conversation_id,
            question=question, answer=answer_text,
            # Titles can name people (a review, a mail subject): the audit keeps ids only.
            sources=[{"number": c.number, "doc_id": c.doc_id} for c in answer.citations],
            # The model that ran (the provider's own name for it, e.g. llama_cpp:SmolLM2...gguf or the remote's
            # model); `provider` is the router's name of the provider. A question blocked before any model ran
            # keeps the planned provider's name in both.
            findings=findings, blocked=answer.blocked, model=answer.usage.model or answer.model,
            prompt_version=answer.prompt_version,
            prompt_tokens=answer.usage.prompt_tokens, completion_tokens=answer.usage.completion_tokens,
            timings_ms={k: round(v, 1) for k, v in answer.timings_ms.items()},
            provider=answer.usage.provider or answer.model, ttft_ms=round(answer.usage.ttft_ms, 1),
            tokens_per_s=round(answer.usage.tokens_per_s, 2), energy_wh=answer.usage.energy_wh,
        ))


def query_audit(db: Database, *, since: datetime | None = None, principal: str | None = None,
                limit: int = 50) -> list[AuditRow]:
    stmt = select(AuditRow).order_by(AuditRow.created_at.desc()).limit(limit)
    if since is not None:
        stmt = stmt.where(AuditRow.created_at >= since)
    if principal:
        stmt = stmt.where(AuditRow.principal == principal.lower())
    with db.session() as s:
        return list(s.scalars(stmt))
