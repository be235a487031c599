"""The watermark evaluation's bookkeeping: generating a subset, reusing an earlier run, comparing two runs."""

from __future__ import annotations

import json

import pytest

from eval.watermark_compare import compare
from eval.watermark_generate import reuse_others, select


def _jsonl(path, rows) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_a_subset_is_generated_in_the_order_asked():
    rows = [{"id": i} for i in range(5)]
    assert select(rows, None) == rows
    assert [r["id"] for r in select(rows, [3, 0, 3])] == [3, 0]
    with pytest.raises(ValueError, match="does not have"):
        select(rows, [7])


def test_the_rest_is_filled_from_an_earlier_run(tmp_path):
    _jsonl(tmp_path / "requests.jsonl", [{"id": i} for i in range(4)])
    _jsonl(tmp_path / "generations.jsonl", [{"id": 2, "deltas": ["new"]}])
    old = tmp_path / "old.jsonl"
    _jsonl(old, [{"id": i, "deltas": ["old"]} for i in range(4)])
    assert reuse_others(tmp_path, old) == 3
    gens = {g["id"]: g["deltas"] for g in map(json.loads, (tmp_path / "generations.jsonl").read_text().splitlines())}
    assert gens == {0: ["old"], 1: ["old"], 2: ["new"], 3: ["old"]}
    assert json.loads((tmp_path / "regenerated_ids.json").read_text()) == [2]
    _jsonl(old, [{"id": 0, "deltas": ["old"]}])
    _jsonl(tmp_path / "generations.jsonl", [{"id": 2, "deltas": ["new"]}])
    with pytest.raises(ValueError, match="no generation"):
        reuse_others(tmp_path, old)


def _answer(tokens: int, detected: bool, grounded: bool) -> dict:
    return {"text_tokens": tokens, "completion_tokens": tokens, "detected": detected, "z": 5.0 if detected else 1.0,
            "grounded": grounded}


def test_two_runs_are_compared_on_the_regenerated_questions_only():
    # 3 marked answers then 2 unmarked ones (to questions 0 and 1); only questions 1 and 2 were regenerated.
    new = {"settings": {"delta": 3.0}, "marked_answers": 3,
           "answers": [_answer(10, False, True), _answer(200, True, False), _answer(160, False, False),
                       _answer(90, False, True), _answer(80, False, True)]}
    old = {"marked_answers": 3, "answers": [_answer(10, False, True), _answer(150, True, True), _answer(30, False, True),
                                            _answer(90, False, True), _answer(80, False, True)]}
    out = compare(new, old, [1, 2])
    assert out["detection_long"]["answers"] == 2 and out["detection_long"]["detected"] == 1
    assert out["detection_all"] == {"answers": 2, "detected": 1}
    assert out["grounding_all_ids"] == {"new": 0.0, "old": 1.0}
    assert out["also_unmarked"]["questions"] == 1 and out["also_unmarked"]["grounding_unmarked"] == 1.0
