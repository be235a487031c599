"""The watermark end to end: an answer from the local model through the chat service carries it; the same
question answered without it, and people's text, do not. `assistant watermark detect` says so."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from assistant.chat import Answer, Question
from assistant.runtime import Runtime, folder_source
from assistant.settings import WatermarkSettings
from assistant.watermark import Detector
from tests.conftest import CONFIGS, make_settings

KEY = "test-watermark-key"
POLICY = """# Travel policy

Employees book travel through the travel desk at least two weeks ahead. Economy class is the rule for flights
under six hours; business class needs a director's approval. Hotels are booked up to 180 euros a night in
most cities and 250 euros in London, Paris and New York. Meals are reimbursed with a per diem of 45 euros.
Receipts go into the expense tool within 30 days of the trip.
"""
HUMAN = ("The lighthouse stood at the end of the harbour wall for nearly two centuries before the council voted "
         "to restore it. Volunteers repainted the tower, the keeper's cottage became a small museum, and on "
         "summer evenings the lamp is lit again for visitors who walk out along the breakwater to watch the "
         "fishing boats come home. ") * 2


@pytest.fixture(scope="module")
def runtimes(tmp_path_factory, embedder):
    made = []

    def make(marked: bool) -> Runtime:
        root = tmp_path_factory.mktemp("wm")
        (root / "docs").mkdir()
        (root / "docs" / "travel.md").write_text(POLICY)
        rt = Runtime(make_settings(root / "data", llm={"max_tokens": 120, "watermark": {
            "enabled": marked, "key": KEY}}))
        rt.__dict__["embedder"] = embedder
        rt.sync.register("docs", "filesystem", folder_source(root / "docs", public=True))
        rt.sync.sync("docs")
        made.append(rt)
        return rt

    yield make
    for rt in made:
        rt.close()


def answer(rt: Runtime) -> str:
    q = Question(text="How do I book travel, and what may a hotel cost? Explain every rule.",
                 principal=rt.principal("ann@corp.example"))
    final = [e for e in rt.chat.ask(q) if isinstance(e, Answer)][-1]
    assert not final.blocked
    return final.text


def test_a_watermarked_answer_is_detected_and_others_are_not(runtimes):
    marked_rt = runtimes(True)
    plain_rt = runtimes(False)
    marked, plain = answer(marked_rt), answer(plain_rt)
    detector = Detector(WatermarkSettings(key=KEY), marked_rt.llm.model_path)
    try:
        hit, miss, human = detector.detect(marked), detector.detect(plain), detector.detect(HUMAN)
        wrong_key = Detector(WatermarkSettings(key="another key"), marked_rt.llm.model_path).detect(marked)
    finally:
        detector.close()
    assert hit.tokens >= 40 and hit.watermarked, (hit, marked)
    assert not miss.watermarked and not human.watermarked and not wrong_key.watermarked
    assert hit.z > miss.z + 3


def test_the_command_reports_each_file(tmp_path, runtimes):
    text = answer(runtimes(True))
    (tmp_path / "answer.txt").write_text(text)
    (tmp_path / "human.txt").write_text(HUMAN)
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path / "data"), "ASSISTANT_CONFIG_DIR": str(CONFIGS)}
    run = [sys.executable, "-m", "assistant", "watermark", "detect"]
    no_key = subprocess.run([*run, str(tmp_path / "answer.txt")], env=env, capture_output=True, text=True,
                            timeout=300, check=False)
    assert no_key.returncode == 1 and "llm.watermark.key is empty" in no_key.stderr
    env["ASSISTANT_WATERMARK_KEY"] = KEY
    result = subprocess.run([*run, "--json", str(tmp_path / "answer.txt"), str(tmp_path / "human.txt"),
                             str(tmp_path / "missing.txt")], env=env, capture_output=True, text=True, timeout=300,
                            check=False)
    assert result.returncode == 1 and "missing.txt: no such file" in result.stderr
    result = subprocess.run([*run, "--json", str(tmp_path / "answer.txt"), str(tmp_path / "human.txt")], env=env,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["verdict"] for r in rows] == ["watermarked", "not watermarked"]
    assert rows[0]["z"] >= 4 > rows[1]["z"]


@pytest.mark.slow
def test_split_evaluation_records_generates_elsewhere_and_delivers_the_same_answers(tmp_path, monkeypatch):
    """--record saves the chat service's requests, eval.watermark_generate runs them through the provider (here on
    this machine), --deliver hands each answer its generation; a request that changed is refused."""
    from assistant.llm.models import default_gguf_path
    from eval import watermark as wm
    from eval.watermark_generate import generate

    people = ("The harbour office opens at seven on weekdays and at nine on Saturdays. Visitors sign in at the desk, "
              "collect a badge and wait in the lobby until their host arrives. Parking behind the warehouse is "
              "reserved for delivery vans, so guests use the public garage on Quay Street, two minutes away.")
    monkeypatch.setattr(wm, "human_passages", lambda: [people])
    work = tmp_path / "work"
    assert wm.record(work, answers=2, plain_answers=1, temperature=0.7, log=lambda _m: None) == 3
    rows = [json.loads(line) for line in (work / "requests.jsonl").read_text().splitlines()]
    assert [r["marked"] for r in rows] == [True, True, False]
    assert all(r["messages"][0]["role"] == "system" and r["watermark_temperature"] == 0.7 for r in rows)
    summary = generate(work, default_gguf_path(), workers=1, gpu_layers=0, threads=2)
    assert summary["requests"] == 3 and summary["completion_tokens"] > 0
    generated = {g["id"]: "".join(g["deltas"]) for g in
                 map(json.loads, (work / "generations.jsonl").read_text().splitlines())}

    result = wm.deliver(work, min_tokens=150, passages_limit=10, log=lambda _m: None)
    assert result["marked_answers"] == 2 and len(result["answers"]) == 3
    for n, answer in enumerate(result["answers"]):
        # Delivered = the generation after the output guards; a short SmolLM answer passes them unchanged.
        first_words = generated[n].split()[:3]
        assert first_words and all(w in answer["text"] for w in first_words), (generated[n], answer["text"])
        assert isinstance(answer["z"], float)
    assert result["false_positives"]["passages"] == 1

    rows[1]["messages"][1]["content"] += " (edited)"
    (work / "requests.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    with pytest.raises(RuntimeError, match="request 1 differs from the recorded one"):
        wm.deliver(work, min_tokens=150, passages_limit=10, log=lambda _m: None)


def test_deliver_and_generate_say_what_to_run_first(tmp_path):
    empty = tmp_path / "work"
    empty.mkdir()
    for module, args in (("eval.watermark", ["--deliver", str(empty)]),
                         ("eval.watermark_generate", [str(empty), "--model", str(tmp_path / "none.gguf")])):
        done = subprocess.run([sys.executable, "-m", module, *args], capture_output=True, text=True, timeout=120,
                              env={**os.environ, "HF_HUB_OFFLINE": "1"})
        assert done.returncode == 2
        assert "run" in done.stderr and "--record" in done.stderr and "Traceback" not in done.stderr
