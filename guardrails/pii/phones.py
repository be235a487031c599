"""Phone numbers by their context, for the formats the `phonenumbers`-based recognizer cannot validate.

Presidio's `PhoneRecognizer` finds numbers that are valid in the configured regions' numbering plans.
Documents also hold numbers of other countries written without their country code ("Mobile: 730 064
218"), numbers with an extension ("(491)905-8651x850") and short internal ones ("Phone: 780 6326").
`ContextPhoneRecognizer` takes a group of digits (6 to 15, in groups, with an optional `+CC`, a `(0)`
trunk prefix, an area code in parentheses, an extension) as a phone number when:

- it starts with `+` and a country code (and has at least 8 digits): written that way, it is a phone;
- or a phone word ("phone", "tel", "mobile", "fax", "call", "messages", ...) is the nearest label
  before it on its line (or on the line above, when that is a label such as "Phone:"); a weaker word
  ("reach", "contact", "office", "desk") counts unless the number reads as an amount ("1 500 000");
- or a line label ("office", "mobile", "fax") follows it directly.

Dates, SSN-shaped and IP-shaped numbers and a house number before a street name are never taken.

"Nearest" matters: in "call facilities and mention ticket 123 456" the number belongs to "ticket".
The same rule removes the other recognizer's findings that a nearer word assigns to another entity
("passport number is 067165726", valid as a French mobile number).
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.predefined_recognizers import PhoneRecognizer

PHONE_WORDS = frozenset("""
phone phones telephone tel tlf telefon mobile mob cell cellphone fax call calls called calling ring dial sms
text texts message messages whatsapp landline hotline helpline switchboard ext extension voicemail
""".split())
# Words that often label a phone number and as often a count or an amount ("reached 1 500 000 users").
WEAK_PHONE_WORDS = frozenset("reach contact desk office direct".split())
OTHER_WORDS = frozenset("""
passport ssn social security card iban account acct invoice order ticket reference ref policy tracking serial
employee customer routing tax vat id zip postal postcode code pin badge bsn nino swift bic isbn case claim
license licence permit registration plate vin
""".split())
# Words that label a number written before them on a business card or a signature.
TRAILING_LABELS = frozenset("office mobile fax cell home work desk direct phone tel".split())

_CANDIDATE = re.compile(
    r"(?<![\w+/.-])"
    r"(\+\d{1,3}[ \t.-]?)?"  # country code
    r"(?:\(0\)[ \t.-]?)?"  # trunk prefix written beside it
    r"(?:\(\d{1,5}\)[ \t.-]?)?"  # area code in parentheses
    r"\d{1,12}(?:[ \t.-]\d{1,8}){0,5}"  # digit groups on one line, one separator between them
    r"((?:\s?(?:x|ext\.?|extension)\s?)\d{1,5})?"  # extension
    r"(?![\w/]|[.-]\d)"
)
_DATE = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}")
_SSN = re.compile(r"\d{3}-\d{2}-\d{4}")
_AMOUNT = re.compile(r"[1-9]\d{0,2}(?:[ ,.]\d{3})+")
# A house number before a street: "call a taxi to 3348 84 Cassinia Street".
_STREET_AFTER = re.compile(r"\s+(?:[A-Z][^\W\d_]+\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Ln|Lane|Way|Blvd|"
                           r"Boulevard|Ct|Court|Pl|Place|Sq|Square)\b")
_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_WORD = re.compile(r"[^\W\d_]+")
_SCORE_CONTEXT = 0.6
_SCORE_INTERNATIONAL = 0.5


def nearest_label(text: str, start: int, window: int = 48) -> str | None:
    """'phone', 'weak', 'other' or None: what the closest telling word before `start` on its line says.

    A number alone at the start of a line reads the line before when that one is a label ("Phone:\n...").
    """
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - window):start]
    if not before.strip() and line_start:
        previous = text[text.rfind("\n", 0, line_start - 1) + 1:line_start].strip()
        before = previous[-window:] if previous.endswith(":") else before
    for word in reversed(_WORD.findall(before.lower())):
        if word in PHONE_WORDS:
            return "phone"
        if word in WEAK_PHONE_WORDS:
            return "weak"
        if word in OTHER_WORDS:
            return "other"
    return None


def _labelled_after(text: str, end: int) -> bool:
    m = re.match(r"[\s,;:(\-]{0,3}([^\W\d_]+)", text[end:end + 16])
    return bool(m) and m.group(1).lower() in TRAILING_LABELS


class ContextPhoneRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=["PHONE_NUMBER"], name="ContextPhoneRecognizer", supported_language="en")

    def load(self) -> None:
        """A pattern and word lists; nothing to load."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        if "PHONE_NUMBER" not in entities:
            return []
        out = []
        for m in _CANDIDATE.finditer(text):
            value = m.group(0)
            number = value[:m.start(2) - m.start()] if m.group(2) else value
            digits = sum(c.isdigit() for c in number)
            if (not 6 <= digits <= 15 or _DATE.fullmatch(value) or _SSN.fullmatch(value) or _IPV4.fullmatch(value)
                    or _STREET_AFTER.match(text, m.end())):
                continue
            label = nearest_label(text, m.start())
            if label == "weak":
                label = None if _AMOUNT.fullmatch(value) else "phone"
            if label == "phone" or (label is None and _labelled_after(text, m.end())):
                out.append(RecognizerResult("PHONE_NUMBER", m.start(), m.end(), _SCORE_CONTEXT))
            elif m.group(1) and digits >= 8 and label is None:
                out.append(RecognizerResult("PHONE_NUMBER", m.start(), m.end(), _SCORE_INTERNATIONAL))
        return out


class RegionPhoneRecognizer(PhoneRecognizer):
    """Presidio's recognizer, less the numbers a nearer word gives to another entity (a passport, an order)."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        return [r for r in super().analyze(text, entities, nlp_artifacts)
                if text[r.start] == "+" or nearest_label(text, r.start) != "other"]
