"""The regression set: rated answers promoted to cases, re-asked, scored, and gated against a baseline.

The library path runs on a stand-in model that answers with the first sentence of its first source, so the
scores are exact; the command line runs the real local model end to end.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from assistant.chat import Answer, Question
from assistant.feedback import record_feedback
from assistant.llm.base import StreamEnd, TokenDelta, Usage
from assistant.regression import (
    RegressionError,
    compare,
    load_baseline,
    load_cases,
    promote,
    regression_file,
    regression_principal,
    run_regression,
)
from assistant.retrieval import Principal
from assistant.runtime import Runtime, folder_source
from tests.conftest import CONFIGS, make_settings

DOCS = {
    "lockers.md": "# Lockers\nLockers on floor 2 are assigned by facilities. Ask the front desk for a key.",
    "canteen.md": "# Canteen\nThe canteen serves lunch from 11:30 to 14:00 on weekdays.",
    "parking.md": "# Parking\nEmployees park in garage B with their badge. Visitors use the public lot.",
}
ASKER = Principal(user="dana@example.com")
NO_GUARDS = {"boundary": [], "output": []}


class EchoLLM:
    """A stand-in model: the first sentence of the first numbered source, citing it."""

    name = "echo"
    remote = False

    def stream(self, request, cancel=None):
        user = request.messages[-1].content
        block = re.search(r"\[1\][^\n]*\n(.+)", user)
        text = (re.split(r"(?<=\.)\s", block.group(1))[0] + " [1]") if block else "I could not find it."
        for word in text.split(" "):
            yield TokenDelta(word + " ")
        yield StreamEnd(Usage(prompt_tokens=len(user.split()), completion_tokens=len(text.split())))

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def close(self) -> None:
        pass


def echo_runtime(root: Path, embedder, docs: dict[str, str] = DOCS, **overrides) -> Runtime:
    """A runtime over `docs` (source 'docs', public) answering with EchoLLM."""
    folder = root / "docs"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    rt = Runtime(make_settings(root / "data", **{"guards": NO_GUARDS, **overrides}))
    rt.__dict__["embedder"] = embedder
    rt.__dict__["llm"] = EchoLLM()
    rt.sync.register("docs", "filesystem", folder_source(folder, public=True))
    rt.sync.sync("docs")
    return rt


def ask(rt: Runtime, text: str, principal: Principal = ASKER, **kw) -> Answer:
    return [e for e in rt.chat.ask(Question(text=text, principal=principal, **kw)) if isinstance(e, Answer)][-1]


@pytest.fixture
def rt(tmp_path, embedder):
    # One document per answer, so each case expects exactly one.
    runtime = echo_runtime(tmp_path, embedder, retrieval={"top_k": 1})
    yield runtime
    runtime.close()


def test_the_gate_passes_unchanged_and_fails_when_the_expected_source_is_gone(rt, tmp_path):
    up = ask(rt, "Who assigns the lockers?")
    down = ask(rt, "When is lunch served?")
    assert [c.doc_id for c in up.citations] == ["docs:lockers.md"]
    record_feedback(rt.db, answer_id=up.id, principal=ASKER.user, rating="up")
    record_feedback(rt.db, answer_id=down.id, principal=ASKER.user, rating="down", comment="too vague")
    path = regression_file(rt.settings)

    with pytest.raises(RegressionError, match="rated down: give the right answer"):
        promote(rt.db, path, [down.id])
    with pytest.raises(RegressionError, match="no feedback"):
        promote(rt.db, path, ["no-such-answer"])
    with pytest.raises(RegressionError, match="no document 'docs:nope.md'"):
        promote(rt.db, path, [down.id], expected_docs=["docs:nope.md"])
    promote(rt.db, path, [up.id])
    promote(rt.db, path, [down.id], reference="The canteen serves lunch from 11:30 to 14:00 on weekdays.",
            expected_docs=["docs:canteen.md"])
    promote(rt.db, path, [up.id])  # promoting again replaces the case
    cases = load_cases(path)
    assert [(c.id, c.rating, c.expected_sources) for c in cases] == [
        (down.id, "down", ["docs:canteen.md"]), (up.id, "up", ["docs:lockers.md"])]
    assert cases[1].reference == up.text and cases[1].question == "Who assigns the lockers?"

    admin = regression_principal(rt)
    baseline = run_regression(rt.chat, admin, cases, rt.embedder.embed)
    assert baseline.recall == 1.0 and baseline.similarity > 0.95
    again = run_regression(rt.chat, admin, cases, rt.embedder.embed)
    assert compare(again, baseline.baseline(), margin=0.05).passed

    (tmp_path / "docs" / "lockers.md").unlink()
    assert rt.sync.sync("docs").deleted == 1
    broken = run_regression(rt.chat, admin, cases, rt.embedder.embed)
    lockers = next(r for r in broken.results if r.case.id == up.id)
    assert lockers.recall == 0.0 and "docs:lockers.md" not in lockers.cited
    verdict = compare(broken, baseline.baseline(), margin=0.05)
    assert not verdict.passed and verdict.common == 2 and verdict.score < verdict.baseline_score - 0.05
    # The re-asked answers are audited under their own channel, which the report leaves out.
    with rt.db.session() as s:
        from assistant.state.tables import AuditRow

        assert s.get(AuditRow, lockers.answer_id).channel == "regression"


def test_a_prompt_split_is_deterministic_per_conversation_and_recorded(tmp_path, embedder):
    rt = echo_runtime(tmp_path, embedder, chat={"prompt_split": {"answer@1": 50, "answer@2": 50}})
    try:
        versions = {}
        for i in range(12):
            answer = ask(rt, f"Where do employees park? ({i})")
            versions[answer.conversation_id] = answer.prompt_version
            follow = ask(rt, "And visitors?", conversation_id=answer.conversation_id)
            assert follow.prompt_version == answer.prompt_version
        assert set(versions.values()) == {"answer@1", "answer@2"}
        assert all(rt.chat.prompts.choose(c).version == int(v[-1]) for c, v in versions.items())
    finally:
        rt.close()


def cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path / "data"),
           "ASSISTANT_CONFIG_DIR": str(tmp_path / "configs"), "ASSISTANT_PROFILES": "default,fast", "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "assistant", *args], env=env, cwd=tmp_path, capture_output=True,
                          text=True, timeout=300)


@pytest.mark.slow
def test_promote_and_gate_from_the_command_line_with_the_real_model(tmp_path, embedder):
    configs = tmp_path / "configs"
    (configs / "prompts").mkdir(parents=True)
    (configs / "default.yaml").write_text((CONFIGS / "default.yaml").read_text())
    for p in (CONFIGS / "prompts").glob("*.yaml"):
        (configs / "prompts" / p.name).write_text(p.read_text())
    (configs / "fast.yaml").write_text(yaml.safe_dump({"llm": {"max_tokens": 24}, "guards": NO_GUARDS}))
    rt = echo_runtime(tmp_path, embedder)
    try:
        answer = ask(rt, "Who assigns the lockers?")
        record_feedback(rt.db, answer_id=answer.id, principal=ASKER.user, rating="up")
    finally:
        rt.close()

    promoted = cli(tmp_path, "feedback", "promote", answer.id)
    assert promoted.returncode == 0, promoted.stderr
    assert "expects docs:lockers.md" in promoted.stdout
    first = cli(tmp_path, "eval", "regression")
    assert first.returncode == 0, first.stderr
    assert "baseline created" in first.stdout
    baseline = load_baseline(tmp_path / "data" / "eval" / "regression-baseline.json")
    assert baseline is not None and baseline.recall == 1.0

    (tmp_path / "docs" / "lockers.md").unlink()
    rt = Runtime(make_settings(tmp_path / "data", guards=NO_GUARDS))
    rt.__dict__["embedder"] = embedder
    try:
        assert rt.sync.sync("docs").deleted == 1
    finally:
        rt.close()
    gated = cli(tmp_path, "eval", "regression")
    assert gated.returncode == 1, gated.stdout + gated.stderr
    assert "regression:" in gated.stderr and "Traceback" not in gated.stderr
    exported = cli(tmp_path, "feedback", "export")
    records = [json.loads(line) for line in exported.stdout.splitlines()]
    assert [r["answer_id"] for r in records] == [answer.id] and "principal" not in records[0]


def test_the_comparison_uses_the_cases_both_runs_share_and_the_margin():
    from datetime import datetime, timezone

    from assistant.regression import Baseline, CaseResult, RegressionCase, RegressionRun

    def result(case_id: str, recall: float) -> CaseResult:
        case = RegressionCase(id=case_id, question="q", expected_sources=["d"], reference="", rating="up",
                              promoted_at=datetime.now(timezone.utc))
        return CaseResult(case=case, answer_id="a", cited=(), recall=recall, similarity=None)

    baseline = Baseline(score=0.9, recall=0.9, similarity=None, cases={"a": 1.0, "b": 0.8, "gone": 0.0},
                        created_at=datetime.now(timezone.utc))
    run = RegressionRun((result("a", 1.0), result("b", 0.7), result("new", 0.0)))
    verdict = compare(run, baseline, margin=0.05)
    assert (verdict.common, verdict.new_cases, verdict.dropped_cases) == (2, 1, 1)
    assert verdict.baseline_score == pytest.approx(0.9) and verdict.score == pytest.approx(0.85)
    assert verdict.passed
    assert not compare(run, baseline, margin=0.04).passed
