from datetime import timedelta

import pytest

from guardrails.base import Span
from guardrails.pii.pseudonymize import defuse, placeholder_spans, pseudonymize, restore
from guardrails.pii.vault import Vault


def vault() -> Vault:
    return Vault.new("c1", "ann@corp.example", timedelta(hours=1))


def spans_of(text: str, *values: tuple[str, str]) -> list[Span]:
    out = []
    for value, label in values:
        at = text.index(value)
        out.append(Span(start=at, end=at + len(value), label=label))
    return out


def test_the_same_value_keeps_its_placeholder_across_texts_and_turns():
    v = vault()
    q = "Ask Femke Visser or mail femke.visser@corp.example."
    a = pseudonymize(q, spans_of(q, ("Femke Visser", "PERSON"), ("femke.visser@corp.example", "EMAIL_ADDRESS")), v, "question")
    assert a == "Ask <PERSON_1> or mail <EMAIL_ADDRESS_1>."
    doc = "Femke Visser approves leave. Pieter Bakker signs contracts."
    b = pseudonymize(doc, spans_of(doc, ("Femke Visser", "PERSON"), ("Pieter Bakker", "PERSON")), v, "doc:hr.md")
    assert b == "<PERSON_1> approves leave. <PERSON_2> signs contracts."
    assert v.entries["<PERSON_1>"].origins == ["question", "doc:hr.md"]


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Femke Visser", "Visser", True),
        ("Femke Visser", "femke", True),
        ("Femke", "Femke Visser", True),
        ("Femke Visser", "Femke  visser", True),
        ("Femke Visser", "Pieter Visserman", False),
        ("Femke Visser", "Joana Carvalho", False),
    ],
)
def test_name_parts_map_to_the_full_name_already_known(first, second, same):
    v = vault()
    p1 = v.placeholder_for(first, "PERSON", "question")
    p2 = v.placeholder_for(second, "PERSON", "question")
    assert (p1 == p2) is same


def test_an_email_is_not_merged_with_a_person_of_the_same_text():
    v = vault()
    assert v.placeholder_for("ann", "PERSON", "q") != v.placeholder_for("ann", "EMAIL_ADDRESS", "q")


@pytest.mark.parametrize(
    "variant",
    ["<PERSON_1>", "<Person_1>", "PERSON_1", "PERSON 1", "<PERSON-1>", "[PERSON_1]", "person_1", "< PERSON_1 >",
     "(PERSON_1)", "<person 1>", "{PERSON_1}", "<PERSON _1>", "< PERSON _ 1 >", "<PERSON_1]", "PERSON1", "PERSON-1",
     "Person 1", "PERSON_1>", "**PERSON_1**", "<PERSON_01>"],
)
def test_restoration_tolerates_what_models_do_to_placeholders(variant):
    v = vault()
    v.placeholder_for("Femke Visser", "PERSON", "question")
    text, masked = restore(f"Please contact {variant} today.", v, lambda e: True)
    assert text.replace("**", "") == "Please contact Femke Visser today." and masked == []


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("<PERSON_1>'s desk", "Femke Visser's desk"),
        ("PERSON_1's desk", "Femke Visser's desk"),
        ("The answer was cut: <PERSON_1", "The answer was cut: Femke Visser"),
        ("To reach Person 1, mail Email Address 1.", "To reach Femke Visser, mail femke@corp.example."),
        ("Write to <EMAIL-ADDRESS-1> or <EmailAddress_1>.", "Write to femke@corp.example or femke@corp.example."),
        ("[PERSON_1, PERSON_2]", "[Femke Visser, Pieter Bakker]"),
        ("(PERSON_1 and PERSON_2)", "(Femke Visser and Pieter Bakker)"),
        ("EMAIL ADDRESS 1", "femke@corp.example"),
    ],
)
def test_restoration_of_variants_in_context(answer, expected):
    v = vault()
    v.placeholder_for("Femke Visser", "PERSON", "question")
    v.placeholder_for("Pieter Bakker", "PERSON", "question")
    v.placeholder_for("femke@corp.example", "EMAIL_ADDRESS", "question")
    assert restore(answer, v, lambda e: True)[0] == expected


def test_restoration_keeps_values_the_reader_may_not_see_masked():
    v = vault()
    v.placeholder_for("Femke Visser", "PERSON", "doc:secret.md")
    v.placeholder_for("+31 10 555 0142", "PHONE_NUMBER", "question")
    text, masked = restore("Call <phone_number_1> about <Person_1>.", v, lambda e: "question" in e.origins)
    assert text == "Call +31 10 555 0142 about <PERSON_1>." and masked == ["<PERSON_1>"]


def test_unknown_placeholders_and_numbers_are_left_alone():
    v = vault()
    v.placeholder_for("Femke Visser", "PERSON", "question")
    text, _ = restore("<PERSON_7> met <CREDIT_CARD_1> on day 1.", v, lambda e: True)
    assert text == "<PERSON_7> met <CREDIT_CARD_1> on day 1."


@pytest.mark.parametrize(
    ("incoming", "expected"),
    [
        ("What is <PERSON_1>'s phone?", "What is [placeholder]'s phone?"),
        ("<EMAIL_ADDRESS_12> and < PERSON_2 >", "[placeholder] and [placeholder]"),
        ("plain text", "plain text"),
    ],
)
def test_placeholders_typed_by_someone_are_defused(incoming, expected):
    assert defuse(incoming) == expected
    v = vault()
    v.placeholder_for("Femke Visser", "PERSON", "question")
    v.placeholder_for("a@b.example", "EMAIL_ADDRESS", "question")
    assert restore(defuse(incoming), v, lambda e: True)[0] == expected, "a defused marker never restores"


@pytest.mark.parametrize(
    "prose",
    ["the person 1 desk down", "Person 1 of the team", "phone number 1 is busy", "the Person 1 on the list",
     "Each Person 1 badge", "A Person 2 said so", "PERSON_12 is unknown"],
)
def test_ordinary_prose_is_not_taken_for_a_placeholder(prose):
    v = vault()
    v.placeholder_for("Femke Visser", "PERSON", "question")
    v.placeholder_for("+31 10 555 0142", "PHONE_NUMBER", "question")
    assert restore(prose, v, lambda e: True)[0] == prose


def test_placeholder_spans_find_variants():
    v = vault()
    v.placeholder_for("Femke Visser", "PERSON", "question")
    assert placeholder_spans("a <Person_1> b PERSON 1", v) == [(2, 12), (15, 23)]


def test_vault_round_trips_and_expires():
    v = vault()
    v.placeholder_for("Femke Visser", "PERSON", "question")
    again = Vault.model_validate_json(v.model_dump_json())
    assert again == v and not again.expired()
    assert again.expired(now=again.expires_at + timedelta(seconds=1))
