"""Shape checks for the hold-out rounds of the prompt-injection data, each in its own module (no detector calls)."""

from __future__ import annotations

import importlib

import pytest

from eval.injection_data import Item

# Round, and the fewest injections and harmless passages it was written with.
ROUNDS = [(3, 120), (4, 150), (5, 160)]


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
