"""The regression set: rated answers promoted to eval cases, re-asked and scored against a stored baseline.

A case holds the pseudonymized question, the documents a good answer cites and a reference answer. A run
re-asks every question through the ChatService as the CLI's admin principal (see `regression_principal`),
scores source recall (expected documents among the cited ones) and answer similarity (embedding cosine to
the reference), and compares the per-case scores with the baseline's on the cases both share.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

import numpy as np
from pydantic import BaseModel, ValidationError
from sqlalchemy import select

from assistant.errors import AssistantError
from assistant.settings import Settings
from assistant.state import Database
from assistant.state.tables import AuditRow, DocumentRow, FeedbackRow

# Answers to regression runs are audited like any other, under this channel; the report leaves them out.
REGRESSION_CHANNEL = "regression"


class RegressionError(AssistantError):
    """A case cannot be promoted, or the regression set cannot be read or run."""


class RegressionCase(BaseModel):
    id: str
    question: str
    expected_sources: list[str]
    reference: str
    rating: Literal["up", "down"]
    prompt_version: str = ""
    promoted_at: datetime


class Baseline(BaseModel):
    score: float
    recall: float | None
    similarity: float | None
    cases: dict[str, float]
    created_at: datetime


@dataclass(frozen=True)
class CaseResult:
    case: RegressionCase
    answer_id: str
    cited: tuple[str, ...]
    recall: float | None
    similarity: float | None

    @property
    def score(self) -> float:
        parts = [x for x in (self.recall, self.similarity) if x is not None]
        return sum(parts) / len(parts) if parts else 0.0


@dataclass(frozen=True)
class RegressionRun:
    results: tuple[CaseResult, ...]

    @property
    def score(self) -> float:
        return _mean([r.score for r in self.results]) or 0.0

    @property
    def recall(self) -> float | None:
        return _mean([r.recall for r in self.results if r.recall is not None])

    @property
    def similarity(self) -> float | None:
        return _mean([r.similarity for r in self.results if r.similarity is not None])

    def baseline(self) -> Baseline:
        return Baseline(score=self.score, recall=self.recall, similarity=self.similarity,
                        cases={r.case.id: r.score for r in self.results}, created_at=datetime.now(timezone.utc))


@dataclass(frozen=True)
class Comparison:
    """The run against the baseline, on the cases both have."""

    common: int
    baseline_score: float | None
    score: float | None
    margin: float
    new_cases: int
    dropped_cases: int

    @property
    def passed(self) -> bool:
        return self.common == 0 or self.score >= self.baseline_score - self.margin - 1e-9


def regression_file(settings: Settings) -> Path:
    return settings.data_dir / "eval" / "regression.jsonl"


def baseline_file(settings: Settings) -> Path:
    return settings.data_dir / "eval" / "regression-baseline.json"


def load_cases(path: Path) -> list[RegressionCase]:
    if not path.exists():
        return []
    cases = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            cases.append(RegressionCase.model_validate_json(line))
        except ValidationError as exc:
            raise RegressionError(f"{path}:{n}: not a regression case: {str(exc).splitlines()[0]}") from None
    return cases


def save_cases(path: Path, cases: Iterable[RegressionCase]) -> None:
    _write(path, "".join(c.model_dump_json() + "\n" for c in cases))


def drop_cases(path: Path, ids: set[str]) -> int:
    """Remove the cases promoted from these answers; returns how many went."""
    cases = load_cases(path)
    kept = [c for c in cases if c.id not in ids]
    if len(kept) != len(cases):
        save_cases(path, kept)
    return len(cases) - len(kept)


def promote(db: Database, path: Path, answer_ids: list[str], *, reference: str = "",
            expected_docs: list[str] = ()) -> list[RegressionCase]:
    """Rated answers as cases: a thumbs-up as it was answered, a thumbs-down with the right answer or document.

    A case promoted again is replaced.
    """
    if reference and len(answer_ids) > 1:
        raise RegressionError("--reference is the right answer to one question: promote one answer with it")
    with db.session() as s:
        unknown = [d for d in expected_docs if s.get(DocumentRow, d) is None]
        if unknown:
            raise RegressionError(f"no document {', '.join(map(repr, unknown))} in the ledger")
        new = []
        for answer_id in answer_ids:
            row = s.scalars(select(FeedbackRow).where(FeedbackRow.answer_id == answer_id)
                            .order_by(FeedbackRow.created_at.desc())).first()
            if row is None:
                raise RegressionError(f"answer {answer_id!r} has no feedback: only rated answers are promoted")
            if not row.question.strip():
                raise RegressionError(f"answer {answer_id!r} has no question text left (erased)")
            up = row.rating > 0
            if not up and not (reference or expected_docs):
                raise RegressionError(f"answer {answer_id!r} was rated down: give the right answer (--reference) "
                                      "or the right document (--expected-doc)")
            cited = [src["doc_id"] for src in row.sources or []]
            new.append(RegressionCase(
                id=answer_id, question=row.question,
                expected_sources=list(expected_docs) or (cited if up else []),
                reference=reference or (row.answer if up else ""), rating="up" if up else "down",
                prompt_version=row.prompt_version, promoted_at=datetime.now(timezone.utc),
            ))
    ids = {c.id for c in new}
    save_cases(path, [c for c in load_cases(path) if c.id not in ids] + new)
    return new


def regression_principal(rt):
    """Who re-asks: the CLI's principal as an admin.

    Not the original asker: they may have lost access or been forgotten, and the set measures the system on
    the whole corpus. The expected documents were readable by the asker, so an admin can read them too.
    """
    cli = rt.settings.cli
    return rt.principal(cli.user, tuple(cli.groups), admin=True)


def run_regression(chat, principal, cases: list[RegressionCase], embed: Callable[[list[str]], np.ndarray],
                   on_case: Callable[[CaseResult], None] | None = None) -> RegressionRun:
    from assistant.chat import Answer, Question

    if not cases:
        raise RegressionError("the regression set is empty: promote rated answers with `assistant feedback promote`")
    results = []
    for case in cases:
        answer = None
        for event in chat.ask(Question(text=case.question, principal=principal, channel=REGRESSION_CHANNEL,
                                       temperature=0.0)):
            if isinstance(event, Answer):
                answer = event
        if answer is None:
            raise RegressionError(f"case {case.id}: the answer ended early")
        cited = tuple(c.doc_id for c in answer.citations)
        recall = (len(set(case.expected_sources) & set(cited)) / len(set(case.expected_sources))
                  if case.expected_sources else None)
        similarity = None
        if case.reference.strip():
            # The answer as stored (pseudonymized), like the reference it is compared with.
            with chat.db.session() as s:
                stored = s.get(AuditRow, answer.id)
                text = stored.answer if stored is not None else answer.text
            a, b = embed([text, case.reference])
            similarity = float(max(0.0, min(1.0, float(np.dot(a, b)))))
        result = CaseResult(case=case, answer_id=answer.id, cited=cited, recall=recall, similarity=similarity)
        results.append(result)
        if on_case is not None:
            on_case(result)
    return RegressionRun(tuple(results))


def load_baseline(path: Path) -> Baseline | None:
    if not path.exists():
        return None
    try:
        return Baseline.model_validate_json(path.read_text(encoding="utf-8"))
    except ValidationError as exc:
        raise RegressionError(f"{path}: not a regression baseline ({str(exc).splitlines()[0]}); "
                              "write a new one with --baseline-update") from None


def save_baseline(path: Path, baseline: Baseline) -> None:
    _write(path, json.dumps(baseline.model_dump(mode="json"), indent=2) + "\n")


def compare(run: RegressionRun, baseline: Baseline, margin: float) -> Comparison:
    now = {r.case.id: r.score for r in run.results}
    common = sorted(now.keys() & baseline.cases.keys())
    return Comparison(
        common=len(common), baseline_score=_mean([baseline.cases[i] for i in common]),
        score=_mean([now[i] for i in common]), margin=margin,
        new_cases=len(now.keys() - baseline.cases.keys()), dropped_cases=len(baseline.cases.keys() - now.keys()),
    )


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _write(path: Path, text: str) -> None:
    """Replace the file whole, so a crash never leaves half a set."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
