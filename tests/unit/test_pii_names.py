"""The person-name recognizer's lists and the filter on what the small spaCy model calls a person."""

from __future__ import annotations

import pytest

from guardrails.pii.names import (
    ambiguous_given,
    common_words,
    given_names,
    implausible_person,
    surnames,
)


def test_the_lists_load_from_the_package():
    assert {"Kimberly", "Curtis", "Megan", "Priya", "Mandeep"} <= given_names()
    assert {"Rodriguez", "Parsons", "Nguyen"} <= surnames()
    assert {"the", "station", "discipline"} <= common_words()
    assert not any(line.startswith("#") for line in given_names() | surnames() | common_words())


@pytest.mark.parametrize("word", ["Will", "May", "Grant", "Summer", "Paris", "Monday", "Christmas", "Jack"])
def test_given_names_that_are_also_words_or_places_are_ambiguous(word):
    assert word in ambiguous_given()


@pytest.mark.parametrize(
    ("value", "implausible"),
    [
        ("Box 6025", True),
        ("passport R06346157", True),
        ("Victoria Station", True),
        ("Personal Info", True),
        ("Discipline", True),
        ("Megan Parsons", False),
        ("Will Young", False),
        ("Zorblax Quint", False),
        ("Søren Kleist", False),
    ],
)
def test_what_no_name_can_be(value, implausible):
    assert implausible_person(value) is implausible
