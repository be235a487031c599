"""`assistant eval pii`: the scoring rules on hand-made cases, and the command end to end on small samples."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from eval.pii import Counts, check_answer, main, match, wilson
from eval.pii_templates import TARGETS, Entity, join, labelled_sentences
from guardrails.pii.vault import Vault

E = Entity


@pytest.mark.parametrize(("gold", "predicted", "expected"), [
    pytest.param([E(0, 10, "PERSON")], [E(0, 10, "PERSON")], {"PERSON": (1, 0, 0)}, id="exact"),
    pytest.param([E(0, 10, "PERSON")], [E(5, 30, "PERSON")], {"PERSON": (1, 0, 0)}, id="half-of-gold-is-enough"),
    pytest.param([E(0, 10, "PERSON")], [E(0, 4, "PERSON")], {"PERSON": (0, 1, 1)}, id="under-half-is-fp-and-fn"),
    pytest.param([E(0, 11, "US_SSN")], [E(0, 11, "US_PASSPORT")], {"US_SSN": (0, 0, 1), "US_PASSPORT": (0, 1, 0)},
                 id="right-place-wrong-type"),
    pytest.param([E(0, 12, "PERSON")], [E(0, 6, "PERSON"), E(0, 12, "PERSON")], {"PERSON": (1, 1, 0)},
                 id="one-gold-matches-one-prediction-the-best"),
    pytest.param([E(0, 5, "PERSON"), E(10, 15, "PERSON")], [E(0, 15, "PERSON")], {"PERSON": (1, 0, 1)},
                 id="one-prediction-across-two-golds"),
    pytest.param([], [E(0, 5, "LOCATION")], {}, id="untargeted-type-ignored"),
    pytest.param([E(0, 22, "IBAN_CODE")], [], {"IBAN_CODE": (0, 0, 1)}, id="missed"),
    pytest.param([E(0, 10, "PERSON")], [E(20, 30, "PERSON")], {"PERSON": (0, 1, 1)}, id="elsewhere"),
])
def test_match_counts_by_the_overlap_rule(gold, predicted, expected):
    counts = match(gold, predicted)
    assert set(counts) == set(TARGETS)
    for label in TARGETS:
        c = counts[label]
        assert (c.tp, c.fp, c.fn) == expected.get(label, (0, 0, 0)), label


def test_a_span_found_under_another_type_is_masked_but_not_a_true_positive():
    counts = match([E(0, 9, "US_PASSPORT"), E(20, 30, "PERSON")], [E(0, 9, "PERSON"), E(20, 24, "PERSON")])
    passport, person = counts["US_PASSPORT"], counts["PERSON"]
    assert (passport.tp, passport.fn, passport.masked) == (0, 1, 1)
    assert (person.tp, person.fp, person.fn, person.masked) == (0, 2, 1, 0)


def test_precision_recall_f2():
    c = Counts(tp=1, fp=0, fn=3)
    assert (c.precision, c.recall, c.support) == (1.0, 0.25, 4)
    assert c.f2 == pytest.approx(5 * 0.25 / 4.25)
    assert Counts(tp=8, fp=2, fn=2).f2 == pytest.approx(0.8)
    assert (Counts().precision, Counts().recall, Counts().f2) == (None, None, None)
    assert Counts(tp=0, fp=3, fn=2).f2 == 0.0


@pytest.mark.parametrize(("k", "n", "low", "high"), [
    (5, 10, 0.2366, 0.7634),
    (0, 10, 0.0, 0.2775),
    (10, 10, 0.7225, 1.0),
    (81, 263, 0.2553, 0.3662),
    (0, 0, 0.0, 1.0),
])
def test_wilson_interval(k, n, low, high):
    lo, hi = wilson(k, n)
    assert lo == pytest.approx(low, abs=1e-4) and hi == pytest.approx(high, abs=1e-4)


def test_emitted_placeholders_are_checked_against_the_vault_entry_they_name():
    vault = Vault.new("c", "owner", timedelta(hours=1))
    vault.placeholder_for("Femke Visser", "PERSON", "doc:1")
    vault.placeholder_for("femke.visser@corp.example", "EMAIL_ADDRESS", "doc:1")
    answer = "Ask <PERSON_1> ([Person 1]) at EMAIL_ADDRESS_1, not <PERSON_2> and not <PHONE_NUMBER_1>."
    check = check_answer(answer, vault)
    # Three variants name held entries; PERSON_2 and PHONE_NUMBER_1 name nothing the vault holds.
    assert (check.emitted, check.restored, check.invented) == (5, 3, 2)
    assert check.kept == {"<PERSON_1>", "<EMAIL_ADDRESS_1>"}
    assert check_answer("No placeholder here.", vault).emitted == 0


@pytest.mark.parametrize(("answer", "restored", "missed"), [
    pytest.param("Mail Person 1 today.", 1, (), id="title-case-restored"),
    pytest.param("Mail the person 1 today.", 0, ("person 1",), id="lower-case-prose-counted-as-a-miss"),
    pytest.param("Mail Person 1 of the team.", 0, ("Person 1",), id="guarded-prose-counted-as-a-miss"),
    pytest.param("Write to email address_1.", 1, (), id="half-underscored"),
    pytest.param("Write to email address 1.", 0, ("email address 1",), id="lower-case-bare"),
])
def test_variants_restore_does_not_take_count_as_misses(answer, restored, missed):
    vault = Vault.new("c", "owner", timedelta(hours=1))
    vault.placeholder_for("Femke Visser", "PERSON", "doc:1")
    vault.placeholder_for("femke.visser@corp.example", "EMAIL_ADDRESS", "doc:1")
    check = check_answer(answer, vault)
    assert (check.emitted, check.restored, check.missed) == (1, restored, missed)


def test_generation_is_reproducible_and_reaches_every_target():
    first = labelled_sentences(10, seed=7)
    assert first == labelled_sentences(10, seed=7)
    for label in TARGETS:
        assert sum(e.label == label for s in first for e in s.entities) >= 10
    for s in first:
        for e in s.entities:
            assert 0 <= e.start < e.end <= len(s.text)
    joined = join(first[:3], "project")
    assert [joined.text[e.start:e.end] for e in joined.entities] == [
        s.text[e.start:e.end] for s in first[:3] for e in s.entities]


def test_small_run_without_the_model(tmp_path):
    out = tmp_path / "pii.json"
    assert main(["--per-entity", "20", "--no-model", "--latency-questions", "5", "--json", str(out)]) == 0
    figures = json.loads(out.read_text())
    for config in ("ours", "presidio_default"):
        entities = figures["detection"][config]["entities"]
        assert set(entities) == set(TARGETS)
        for label, f in entities.items():
            assert f["support"] >= 20, (config, label)
            assert 0.0 <= f["precision"] <= 1.0 and 0.0 <= f["recall"] <= 1.0, (config, label)
            assert f["recall_ci95"][0] <= f["recall"] <= f["recall_ci95"][1]
    # The plain email pattern keeps company-internal domains that Presidio's own recognizer drops.
    ours = figures["detection"]["ours"]["entities"]["EMAIL_ADDRESS"]["recall"]
    assert ours >= figures["detection"]["presidio_default"]["entities"]["EMAIL_ADDRESS"]["recall"]
    assert figures["latency"]["questions"] == 5 and figures["latency"]["p95_ms"] > 0
    assert figures["restoration"] is None
    assert {t["name"] for t in figures["targets"]} >= {"PERSON recall", "IBAN_CODE recall", "boundary p95 (ms)"}


@pytest.mark.slow
def test_restoration_with_the_local_model(tmp_path):
    out = tmp_path / "pii.json"
    # One model thread: with all cores, llama.cpp slows down tenfold when other work shares the machine.
    assert main(["--per-entity", "5", "--model-samples", "5", "--model-threads", "1", "--latency-questions", "3",
                 "--json", str(out)]) == 0
    rest = json.loads(out.read_text())["restoration"]
    assert rest["samples"] == len(rest["answers"]) == 5
    assert rest["emitted"] > 0 and rest["named"] + rest["invented"] == rest["emitted"]
    assert 0.0 <= rest["accuracy"] <= 1.0 and 0.0 <= rest["retention"] <= 1.0
    assert any(t["name"] == "restoration accuracy" for t in json.loads(out.read_text())["targets"])
