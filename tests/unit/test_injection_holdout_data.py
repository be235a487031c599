"""Shape checks for the hold-out rounds of the prompt-injection data, each in its own module (no detector calls)."""

from __future__ import annotations

import importlib

import pytest

from eval.injection_data import Item

# Round, and the fewest injections and harmless passages it was written with.
ROUNDS = [(3, 120), (4, 150), (5, 160), (6, 200), (7, 220), (8, 200), (9, 250), (10, 250), (11, 250), (12, 250)]


@pytest.fixture(params=ROUNDS, ids=lambda r: f"holdout-{r[0]}")
def lists(request) -> tuple[str, int, list[Item], list[Item]]:
    n, least = request.param
    module = importlib.import_module(f"eval.injection_data_holdout{n}")
    return f"holdout-{n}", least, getattr(module, f"HOLDOUT{n}_INJECTIONS"), getattr(module, f"HOLDOUT{n}_HARMLESS")


def test_counts(lists) -> None:
    _, least, injections, harmless = lists
    assert len(injections) >= least and len(harmless) >= least


def test_items_carry_their_round(lists) -> None:
    name, _, injections, harmless = lists
    for item in injections + harmless:
        assert isinstance(item, Item)
        assert item.category == name and item.split == name
        assert isinstance(item.text, str) and item.text.strip()


def test_no_duplicates_within_or_across_the_lists(lists) -> None:
    _, _, injections, harmless = lists
    for items in (injections, harmless):
        texts = [item.text for item in items]
        assert len(texts) == len(set(texts))
    assert not {i.text for i in injections} & {i.text for i in harmless}


CORPORA = ("a", "b", "c", "d", "e", "f", "g", "h")


@pytest.fixture(params=CORPORA, ids=lambda c: f"corpus-{c}")
def corpus(request) -> tuple[list[str], list[str]]:
    module = importlib.import_module(f"eval.injection_corpus_{request.param}")
    key = request.param.upper()
    return getattr(module, f"CORPUS_{key}_ATTACKS"), getattr(module, f"CORPUS_{key}_LOOKALIKES")


def test_training_corpora_are_distinct_and_share_nothing_with_the_rounds_that_measure(corpus) -> None:
    attacks, lookalikes = corpus
    assert len(attacks) >= 300 and len(lookalikes) >= 300
    assert len(set(attacks)) == len(attacks) and len(set(lookalikes)) == len(lookalikes)
    assert not set(attacks) & set(lookalikes)
    from eval.injection_data_train import sentences

    # Phrasing, not boilerplate, chat tokens or fragments that any two writers share ("assert response.",
    # "<|assistant|>", "References available on request.", "curl -X POST https://api.", and "example via the mail
    # tool." cut at the dot of an address).
    trained = {s for text in attacks + lookalikes for s in sentences(text) if len(s.split()) >= 5 and not s[:1].islower()}
    from eval.injection_rounds import UNSEEN_ROUND, VALIDATION_ROUNDS, items

    for name in (*VALIDATION_ROUNDS, UNSEEN_ROUND):
        injections, harmless = items(name)
        measured = {s for item in injections + harmless for s in sentences(item.text)}
        assert not trained & measured, (name, sorted(trained & measured)[:3])


def test_the_rounds_table_never_trains_on_the_validation_rounds_or_the_unseen_one() -> None:
    from eval.injection_rounds import ROUNDS as TABLE
    from eval.injection_rounds import UNSEEN_ROUND, VALIDATION_ROUNDS, cases, training_rounds

    names = [r.name for r in TABLE]
    assert UNSEEN_ROUND in names and set(VALIDATION_ROUNDS) <= set(names) and UNSEEN_ROUND not in VALIDATION_ROUNDS
    assert training_rounds() == [n for n in names if n not in (UNSEEN_ROUND, *VALIDATION_ROUNDS)]
    seen = {c.split for c in cases()}
    assert set(VALIDATION_ROUNDS) <= seen and UNSEEN_ROUND not in seen
