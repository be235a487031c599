"""Shape checks for the hold-out rounds of the prompt-injection data, each in its own module (no detector calls)."""

from __future__ import annotations

import importlib

import pytest

from eval.injection_data import Item

# Round, and the fewest injections and harmless passages it was written with.
ROUNDS = [(3, 120), (4, 150), (5, 160), (6, 200), (7, 220), (8, 200)]


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


CORPORA = ("a", "b", "c", "d", "e", "f")


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

    trained = {s for text in attacks + lookalikes for s in sentences(text)}
    for n in (7, 8):  # the validation round and the unseen one
        module = importlib.import_module(f"eval.injection_data_holdout{n}")
        items = getattr(module, f"HOLDOUT{n}_INJECTIONS") + getattr(module, f"HOLDOUT{n}_HARMLESS")
        measured = {s for item in items for s in sentences(item.text)}
        assert not trained & measured, sorted(trained & measured)[:3]
