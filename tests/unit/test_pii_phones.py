"""The context phone recognizer: formats the numbering-plan recognizer misses, and numbers that are not phones."""

from __future__ import annotations

import pytest

from guardrails.pii.phones import ContextPhoneRecognizer, nearest_label


def phones(text: str) -> list[str]:
    return [text[r.start:r.end] for r in ContextPhoneRecognizer().analyze(text, ["PHONE_NUMBER"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Mobile: 730 064 218", ["730 064 218"], id="label-before"),
        pytest.param("Can someone call me on 469 34 883? Thanks.", ["469 34 883"], id="call-me-on"),
        pytest.param("office (491)905-8651x850", ["(491)905-8651x850"], id="parentheses-and-extension"),
        pytest.param("Fax: +41 (0)37 165 72 62", ["+41 (0)37 165 72 62"], id="trunk-prefix"),
        pytest.param("Reach me at +447700 400 499.", ["+447700 400 499"], id="international-groups"),
        pytest.param("Switchboard +31 20 555 0142", ["+31 20 555 0142"], id="international-spaced"),
        pytest.param("Tel. 030 1234567 ext. 45", ["030 1234567 ext. 45"], id="ext-word"),
        pytest.param("Phone: 0049.30.1234.5678", ["0049.30.1234.5678"], id="dots"),
        pytest.param("Phone:\n780 6326\n", ["780 6326"], id="label-on-the-line-before"),
        pytest.param("96 569629 office", ["96 569629"], id="label-after"),
        pytest.param("68 58 82-Office", ["68 58 82"], id="label-after-hyphen"),
        pytest.param("The hotline +4420 7946 0958 is open late.", ["+4420 7946 0958"], id="plus-without-label"),
        pytest.param("I would like to stop receiving messages to 689 556 892", ["689 556 892"], id="messages-to"),
    ],
)
def test_phone_formats_are_found(text, expected):
    assert phones(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Order number 12345678 ships today, call us if late.", id="order-number"),
        pytest.param("Call facilities and mention ticket 123 456 789.", id="nearer-word-is-ticket"),
        pytest.param("For the visa, her passport number is 067165726.", id="passport"),
        pytest.param("My driver's license number is 9164492790", id="licence"),
        pytest.param("We reached 1 500 000 users in 2024.", id="count"),
        pytest.param("Contact finance: revenue was 12.500.000 EUR.", id="amount-after-weak-word"),
        pytest.param("Call me about the meeting on 2024-05-06.", id="date"),
        pytest.param("Call HR about SSN 536-22-1234.", id="ssn-shape"),
        pytest.param("Call if 10.20.30.40 is down.", id="ip-address"),
        pytest.param("Call the bank: card 4111 1111 1111 1111 was declined.", id="card-too-long"),
        pytest.param("I'd like to call a taxi to 3348 84 Cassinia Street.", id="house-number"),
        pytest.param("Invoice 2024-0042 is due; the total is 1234567.", id="no-label"),
        pytest.param("Call me at 12345.", id="too-short"),
    ],
)
def test_numbers_that_are_not_phones_are_left_alone(text):
    assert phones(text) == []


@pytest.mark.parametrize(
    ("before", "label"),
    [
        ("Phone: ", "phone"),
        ("order number ", "other"),
        ("call the desk about ticket ", "other"),
        ("ticket 12, then call ", "phone"),
        ("reach me on ", "weak"),
        ("the value is ", None),
        ("Phone:\n", "phone"),
        ("Phone\n", None),
    ],
)
def test_the_nearest_telling_word_decides(before, label):
    assert nearest_label(before + "555 0100", len(before)) == label
