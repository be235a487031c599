"""Shape checks for the hold-out round 3 prompt-injection data (no detector calls)."""

from __future__ import annotations

from eval.injection_data import Item
from eval.injection_data_holdout3 import HOLDOUT3_HARMLESS, HOLDOUT3_INJECTIONS


def test_counts() -> None:
    assert len(HOLDOUT3_INJECTIONS) >= 120
    assert len(HOLDOUT3_HARMLESS) >= 120


def test_items_carry_round_name() -> None:
    for item in HOLDOUT3_INJECTIONS + HOLDOUT3_HARMLESS:
        assert isinstance(item, Item)
        assert item.category == "holdout-3"
        assert item.split == "holdout-3"
        assert isinstance(item.text, str) and item.text.strip()


def test_no_duplicates_within_lists() -> None:
    for items in (HOLDOUT3_INJECTIONS, HOLDOUT3_HARMLESS):
        texts = [i.text for i in items]
        assert len(texts) == len(set(texts))


def test_no_overlap_between_lists() -> None:
    assert not {i.text for i in HOLDOUT3_INJECTIONS} & {
        i.text for i in HOLDOUT3_HARMLESS
    }
