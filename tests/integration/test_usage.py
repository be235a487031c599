"""`assistant usage`: tokens, speed and energy summed from the audit log by user, model and day."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from assistant.runtime import Runtime
from assistant.state.tables import AuditRow
from assistant.usage import summarize
from tests.conftest import CONFIGS, make_settings

DAY = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def row(n: int, user: str, model: str, day: int, prompt: int, completion: int, *, ttft: float = 800.0,
        speed: float = 20.0, wh: float = 0.01, blocked: bool = False) -> AuditRow:
    return AuditRow(id=f"00000000-0000-4000-8000-{n:012d}", created_at=DAY + timedelta(days=day, minutes=n),
                    principal=user, channel="api", conversation_id=f"c{n}", question="q", answer="a", model=model,
                    prompt_version="answer@2", prompt_tokens=prompt, completion_tokens=completion, blocked=blocked,
                    provider=model, ttft_ms=ttft if completion else 0.0, tokens_per_s=speed if completion else 0.0,
                    energy_wh=wh if completion else 0.0)


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data", make_settings(tmp_path / "data")


def seeded(settings) -> Runtime:
    rt = Runtime(settings)
    with rt.db.session() as s:
        s.add_all([
            row(1, "ann@corp.example", "local", 0, 1000, 100, ttft=600, speed=30, wh=0.02),
            row(2, "ann@corp.example", "local", 0, 500, 50, ttft=1000, speed=10, wh=0.01),
            row(3, "ann@corp.example", "cloud", 1, 800, 200, wh=0.0),
            row(4, "bob@corp.example", "local", 1, 300, 0, blocked=True),  # blocked before the model
        ])
    return rt


def test_sums_and_means_by_user_model_and_day(data_dir):
    _, settings = data_dir
    rt = seeded(settings)
    try:
        by_model = {r.key: r for r in summarize(rt.db, ("model",))}
        local = by_model[("local",)]
        assert (local.answers, local.blocked, local.prompt_tokens, local.completion_tokens) == (3, 1, 1800, 150)
        # Means over the answers the model generated for; the blocked one has no speed to average.
        assert local.mean_ttft_ms == 800 and local.mean_tokens_per_s == 20
        assert local.energy_wh == pytest.approx(0.03)
        rows = summarize(rt.db, ("user", "day"))
        assert [r.key for r in rows] == [("ann@corp.example", "2026-11-02"), ("ann@corp.example", "2026-11-03"),
                                         ("bob@corp.example", "2026-11-03")]
        assert summarize(rt.db, ("user",), user="BOB@corp.example")[0].answers == 1
        assert summarize(rt.db, ("user",), since=DAY + timedelta(days=1))[0].key == ("ann@corp.example",)
    finally:
        rt.close()


def test_the_command_prints_json_and_refuses_a_wrong_grouping(data_dir):
    d, settings = data_dir
    seeded(settings).close()
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(d), "ASSISTANT_CONFIG_DIR": str(CONFIGS)}
    run = [sys.executable, "-m", "assistant", "usage"]
    result = subprocess.run([*run, "--by", "model,day", "--since", "2026-11-01", "--json"], env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {(r["model"], r["day"]) for r in rows} == {("local", "2026-11-02"), ("cloud", "2026-11-03"),
                                                       ("local", "2026-11-03")}
    first = next(r for r in rows if r["model"] == "local" and r["day"] == "2026-11-02")
    assert first["completion_tokens"] == 150 and first["energy_wh"] == pytest.approx(0.03)
    table = subprocess.run([*run, "--by", "user", "--since", "2026-11-01"], env={**env, "COLUMNS": "200"}, capture_output=True,
                           text=True, timeout=300)
    assert table.returncode == 0 and "ann@corp.example" in table.stdout and "estimate" in table.stdout
    wrong = subprocess.run([*run, "--by", "team"], env=env, capture_output=True, text=True, timeout=300)
    assert wrong.returncode == 1 and "--by takes distinct names among user, model, day" in wrong.stderr
