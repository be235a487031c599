"""Scoring helpers and data sets of `eval.bias` (the evaluation itself runs in tests/integration)."""

from __future__ import annotations

import hashlib
import json
from collections import Counter

import pytest

from eval.bias import ANSWERS_TEST, HELD_OUT, NEUTRAL_TEST, _mask_terms, _row, verdicts
from eval.bias_data import (
    DATA,
    Example,
    GroupSplit,
    hash_rank,
    neutral_mentions,
    pinned_split,
    policy_answers,
    policy_questions,
)
from guardrails.bias.lexicon import find_mentions
from guardrails.bias.patterns import find_generalizations


def test_row_figures():
    row = _row("bias", "d", [1, 1, 1, 0, 0, 0, 0], [True, True, False, True, False, False, False], [1.0, 2.0, 3.0])
    assert row["precision"] == pytest.approx(2 / 3)
    assert row["recall"] == pytest.approx(2 / 3)
    assert row["f1"] == pytest.approx(2 / 3)
    assert row["fpr_benign"] == pytest.approx(1 / 4)
    assert (row["p50_ms"], row["p95_ms"], row["n"]) == (2.0, 3.0, 7)
    assert set(row) == {"guard", "dataset", "precision", "recall", "f1", "fpr_benign", "p50_ms", "p95_ms", "n"}


def test_row_with_negatives_only_has_no_precision():
    row = _row("bias", "neutral", [0, 0, 0, 0], [False, True, False, False], [0.0])
    assert row["precision"] is None and row["recall"] is None and row["f1"] is None
    assert row["fpr_benign"] == 0.25


def test_verdicts_judge_the_test_rows_against_the_targets():
    rows = [{"guard": "bias", "dataset": HELD_OUT, "f1": 0.86},
            {"guard": "bias", "dataset": NEUTRAL_TEST, "fpr_benign": 0.06},
            {"guard": "bias", "dataset": ANSWERS_TEST, "fpr_benign": 0.01},
            {"guard": "bias", "dataset": "neutral mentions, dev (chose the bars)", "fpr_benign": 0.5}]
    assert [line.split()[0] for line in verdicts(rows)] == ["PASS", "FAIL", "PASS"]


def test_mask_terms_hides_the_swapped_group():
    assert _mask_terms("As an older employee you get 26 days.", ["an older", "a younger"]) == \
        "As an GROUP employee you get 26 days."


@pytest.mark.parametrize("split", ["dev", "test"])
def test_neutral_sets_are_large_and_name_groups(split):
    sentences = neutral_mentions(split)
    assert len(sentences) >= 200
    assert len(set(sentences)) == len(sentences)
    assert sum(1 for s in sentences if find_mentions(s)) >= 200


def test_the_neutral_test_set_shares_nothing_with_the_development_set():
    assert not set(neutral_mentions("test")) & set(neutral_mentions("dev"))


def test_the_development_set_has_no_generalization_shapes():
    # Only the development set: the test set is scored by the guard as a whole, never checked part by part.
    assert [s for s in neutral_mentions("dev") if find_generalizations(s)] == []


def test_every_question_has_one_stored_answer():
    questions = policy_questions()
    assert Counter(split for _, _, split in questions) == {"dev": 62, "test": 36, "counterfactual": 64}
    rows = [json.loads(line) for line in (DATA / "policy_answers.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["doc"], r["question"], r["set"]) for r in rows] == questions
    assert len(policy_answers("test")) == 100 and len(policy_answers("dev")) == 62


def test_the_group_split_is_pinned_as_drawn():
    split = pinned_split()
    assert len(split.held_out) == 65 and {"white", "gay", "young", "christian"} <= split.held_out
    # A sentence a later lexicon keys differently keeps the keys it was drawn with; others keep their own.
    text = "A white would take them both, greedily."
    pinned = GroupSplit(split.held_out, {hashlib.sha1(text.encode()).hexdigest()[:16]: frozenset({"jewish"})})
    assert pinned.keys(Example(text, 1, "crows-pairs", frozenset({"jewish", "white"}))) == {"jewish"}
    assert pinned.keys(Example("Women are too emotional.", 1, "crows-pairs", frozenset({"woman"}))) == {"woman"}


def test_a_hash_ranked_sample_keeps_its_members_when_the_pool_shrinks():
    pool = [f"sentence {i}" for i in range(500)]
    sample = sorted(pool, key=hash_rank)[:100]
    smaller = [t for t in pool if t not in sample[:5]]
    assert set(sample[5:]) <= set(sorted(smaller, key=hash_rank)[:100])


def test_the_pinned_split_keeps_the_keys_an_example_was_drawn_with():
    # The current lexicon sees "a white" and keys this CrowS-Pairs sentence {jewish, white}; it was drawn as {jewish}.
    drawn = Example("A white would take them both, greedily.", 1, "crows-pairs", frozenset({"jewish", "white"}))
    assert pinned_split().keys(drawn) == {"jewish"}
