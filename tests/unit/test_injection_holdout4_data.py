"""Shape checks for the hold-out round 4 prompt-injection data (no detector calls)."""

from __future__ import annotations

from eval.injection_data import Item
from eval.injection_data_holdout4 import HOLDOUT4_HARMLESS, HOLDOUT4_INJECTIONS


def test_counts() -> None:
    assert len(HOLDOUT4_INJECTIONS) >= 150
    assert len(HOLDOUT4_HARMLESS) >= 150


def test_items_carry_round_name() -> None:
    for item in HOLDOUT4_INJECTIONS + HOLDOUT4_HARMLESS:
        assert isinstance(item, Item)
        assert item.category == "holdout-4"
        assert item.split == "holdout-4"
        assert isinstance(item.text, str) and item.text.strip()


def test_no_duplicates_within_lists() -> None:
    for items in (HOLDOUT4_INJECTIONS, HOLDOUT4_HARMLESS):
        texts = [i.text for i in items]
        assert len(texts) == len(set(texts))


def test_no_overlap_between_lists() -> None:
    assert not {i.text for i in HOLDOUT4_INJECTIONS} & {
        i.text for i in HOLDOUT4_HARMLESS
    }
