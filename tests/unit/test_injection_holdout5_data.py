"""Shape checks for hold-out round 5 of the prompt-injection data (contents are not inspected)."""

from __future__ import annotations

from eval.injection_data import Item
from eval.injection_data_holdout5 import HOLDOUT5_HARMLESS, HOLDOUT5_INJECTIONS


def test_counts() -> None:
    assert len(HOLDOUT5_INJECTIONS) >= 160
    assert len(HOLDOUT5_HARMLESS) >= 160


def test_items_are_well_formed() -> None:
    for item in HOLDOUT5_INJECTIONS + HOLDOUT5_HARMLESS:
        assert isinstance(item, Item)
        assert item.category == "holdout-5"
        assert item.split == "holdout-5"
        assert isinstance(item.text, str)
        assert item.text.strip()


def test_no_duplicates_within_lists() -> None:
    for items in (HOLDOUT5_INJECTIONS, HOLDOUT5_HARMLESS):
        texts = [item.text for item in items]
        assert len(texts) == len(set(texts))


def test_no_overlap_between_lists() -> None:
    injections = {item.text for item in HOLDOUT5_INJECTIONS}
    harmless = {item.text for item in HOLDOUT5_HARMLESS}
    assert not injections & harmless
