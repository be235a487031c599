"""The PII guard with the real analyzer: tables of inputs and pseudonymized outputs, and bad input."""

from __future__ import annotations

from datetime import timedelta

import pytest

from guardrails import GuardContext, Verdict
from guardrails.base import Span
from guardrails.pii.guard import PiiGuard
from guardrails.pii.vault import Vault


@pytest.fixture(scope="module")
def guard():
    return PiiGuard("pii", allow_list=["Northwind Harbor"])


def boundary(guard, text, vault=None, fragments=()):
    ctx = GuardContext("boundary", principal="ann@corp.example")
    ctx.cache["pii.vault"] = vault or Vault.new("c", "ann@corp.example", timedelta(hours=1))
    ctx.cache["pii.fragments"] = list(fragments)
    return guard.scan(text, ctx), ctx


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mail femke.visser@northwind-harbor.example today.", "Mail <EMAIL_ADDRESS_1> today."),
        ("Call Femke Visser on +31 10 555 0142.", "Call <PERSON_1> on <PHONE_NUMBER_1>."),
        ("Card 4111 1111 1111 1111 was declined.", "Card <CREDIT_CARD_1> was declined."),
        ("Pay to NL91ABNA0417164300 by Friday.", "Pay to <IBAN_CODE_1> by Friday."),
        ("The VPN gateway is 10.20.30.40.", "The VPN gateway is <IP_ADDRESS_1>."),
        ("Northwind Harbor opens at nine.", "Northwind Harbor opens at nine."),
        ("Ask Joana Carvalho, then Joana again.", "Ask <PERSON_1>, then <PERSON_1> again."),
        ("Emails: a.b@corp.example and c.d@corp.example", "Emails: <EMAIL_ADDRESS_1> and <EMAIL_ADDRESS_2>"),
    ],
)
def test_pseudonymized_outputs(guard, text, expected):
    result, _ = boundary(guard, text)
    assert result.text == expected
    assert result.verdict is (Verdict.TRANSFORM if expected != text else Verdict.ALLOW)


def test_fragments_use_stored_spans_and_ner_runs_only_on_the_rest(guard):
    chunk = "Contact: Zorblax Quint."  # NER would not call this a person; the stored span says it is
    spans = [Span(start=9, end=22, label="PERSON")]
    result, ctx = boundary(guard, f"Sources: {chunk}\nQuestion: is Femke Visser in?", fragments=[(chunk, spans, "doc:a")])
    assert result.text == "Sources: Contact: <PERSON_1>.\nQuestion: is <PERSON_2> in?"
    vault = ctx.cache["pii.vault"]
    assert vault.entries["<PERSON_1>"].origins == ["doc:a"] and vault.entries["<PERSON_2>"].origins == ["question"]


def test_output_restores_allowed_values_and_masks_invented_ones(guard):
    vault = Vault.new("c", "ann@corp.example", timedelta(hours=1))
    vault.placeholder_for("Femke Visser", "PERSON", "question")
    vault.placeholder_for("Pieter Bakker", "PERSON", "doc:secret")
    ctx = GuardContext("output")
    ctx.cache["pii.vault"] = vault
    ctx.cache["pii.allowed"] = lambda e: "question" in e.origins
    result = guard.feed("Ask person_1 or <PERSON_2>, or mail bob.jones@elsewhere.example.", ctx)
    assert result.text == "Ask Femke Visser or <PERSON_2>, or mail [EMAIL_ADDRESS]."
    assert [s.label for s in result.spans] == ["EMAIL_ADDRESS"] and "masked 1" in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "Müller wohnt in Köln; 李雷的邮箱是 li.lei@corp.example; Иван Петров звонит +7 495 555 0100.",
        "<PERSON_1> <PERSON_2> <EMAIL_ADDRESS_1> [PERSON_3] PERSON 4 " * 50,
        "\x00\x01 control \u202e bidi \u200b zero-width femke.visser@northwind-harbor.example",
    ],
)
def test_bad_input_is_handled_without_a_crash_or_a_leak(guard, text):
    result, ctx = boundary(guard, text)
    assert "femke.visser@northwind-harbor.example" not in result.text
    assert "li.lei@corp.example" not in result.text
    vault = ctx.cache["pii.vault"]
    # Placeholder-shaped input is defused: it can never name a vault entry on the way back.
    assert all(e.origins == ["question"] for e in vault.entries.values())


@pytest.mark.slow
def test_a_megabyte_of_text_is_analysed_whole(guard):
    filler = "The quay opens at six and closes at ten. " * 25_000
    text = filler + "Mail femke.visser@northwind-harbor.example now."
    assert len(text) > 1_000_000
    result, _ = boundary(guard, text)
    assert "femke.visser@northwind-harbor.example" not in result.text and result.text.endswith("Mail <EMAIL_ADDRESS_1> now.")
