"""Labelled sentences for `assistant eval pii`, generated offline and deterministically.

Two sources, kept apart so their figures can be told apart:
- presidio-evaluator's own templates filled by its `PresidioSentenceFaker`
  (names, addresses, cards and phone numbers from many countries, mostly
  without context words);
- the project's templates below: the kind of sentence an internal knowledge
  base holds (HR contacts, payment instructions, IT tickets, travel), with
  values from Faker: IBANs with valid checksums from six countries, Luhn-valid
  cards of the common networks, SSNs Presidio does not reject as invalid,
  US passport numbers, IPv4 and IPv6 addresses, and one email address in three
  on a company-internal domain (`.example`, `.internal`, `.local`), which
  enterprise documents are full of.

Labels presidio-evaluator produces that the assistant does not target
(addresses, organizations, dates, ...) are dropped from the gold standard; a
prediction of a target type on such text therefore counts as a false positive.
"""

from __future__ import annotations

import contextlib
import io
import random
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from guardrails.pii.analyzer import DEFAULT_ENTITIES

TARGETS = DEFAULT_ENTITIES

# presidio-evaluator's output labels that are ours; everything else it labels is dropped.
PRESIDIO_LABELS = {label: label for label in TARGETS}

PROJECT_TEMPLATES = (
    "Please wire the deposit to {IBAN_CODE} by Friday.",
    "Refunds for order {TICKET} go to {IBAN_CODE}, account holder {PERSON}.",
    "Salaries are paid to the account {IBAN_CODE} on the 25th; questions go to {PERSON}.",
    "The supplier changed its bank details: new IBAN {IBAN_CODE}, old IBAN {IBAN_CODE}.",
    "{PERSON} asked finance to pay invoice {TICKET} into {IBAN_CODE}.",
    "Leave requests go to {PERSON} ({EMAIL_ADDRESS}, {PHONE_NUMBER}).",
    "Payroll questions go to {PERSON}, {EMAIL_ADDRESS}.",
    "For access to the wiki, email {EMAIL_ADDRESS} and copy {PERSON}.",
    "Send the signed contract to {EMAIL_ADDRESS} before the end of the month.",
    "The on-call engineer this week is {PERSON}; call {PHONE_NUMBER} outside office hours.",
    "Reception can be reached on {PHONE_NUMBER} between 8 and 18.",
    "If the badge reader fails, call facilities at {PHONE_NUMBER} and mention ticket {TICKET}.",
    "Customer {PERSON} called from {PHONE_NUMBER} about order {TICKET}.",
    "The corporate card {CREDIT_CARD} was charged twice for the hotel in Lisbon.",
    "Book the flights with the team card {CREDIT_CARD}, held by {PERSON}.",
    "Card number {CREDIT_CARD} expires next month; {PERSON} will order a replacement.",
    "Please block card {CREDIT_CARD} immediately, it was reported stolen.",
    "The VPN gateway {IP_ADDRESS} drops connections after ten minutes, reports {PERSON}.",
    "Ticket {TICKET}: the staging server at {IP_ADDRESS} does not answer on port 443.",
    "Firewall rule 12 allows traffic from {IP_ADDRESS} to {IP_ADDRESS}.",
    "Login attempts from {IP_ADDRESS} were blocked on {DATE}.",
    "The new printer on the third floor has the address {IP_ADDRESS}.",
    "Employee SSN on file: {US_SSN}.",
    "{PERSON}'s social security number is {US_SSN}; keep it out of shared folders.",
    "The benefits form lists SSN {US_SSN} for the dependant.",
    "Background check for {PERSON} submitted with social security number {US_SSN}.",
    "For the visa application, {PERSON}'s passport number is {US_PASSPORT}.",
    "The travel desk needs passport {US_PASSPORT} to book the flight to Boston.",
    "US passport number {US_PASSPORT} was scanned on {DATE} for the conference registration.",
    "Travel document: United States passport {US_PASSPORT}, holder {PERSON}.",
    "{PERSON} approved the budget for the migration on {DATE}.",
    "Meeting notes by {PERSON}: {PERSON} will own the rollout, {PERSON} the training.",
    "Ask {PERSON} or {PERSON} before changing the retention policy.",
    "Onboarding buddy for the new hire is {PERSON}.",
)

# Short documents and questions about them for the restoration check. `{LABEL:k}` names one value,
# so a slot that recurs (in the document and the question) holds the same value. The questions name a
# person of the document, as people do, and ask for values: answers then hold placeholders to restore.
RESTORATION_CASES = (
    ("HR contacts", ("Leave requests go to {PERSON:1} ({EMAIL_ADDRESS:1}, {PHONE_NUMBER:1}). "
                     "Payroll questions go to {PERSON:2}."),
     "What are the email address and phone number of {PERSON:1}?"),
    ("Payment instructions", ("Supplier invoices are paid to the account {IBAN_CODE:1}. "
                              "The finance contact is {PERSON:1}."),
     "Which account does {PERSON:1} say supplier invoices are paid to?"),
    ("Server inventory", ("The staging server runs at {IP_ADDRESS:1}; the production server at {IP_ADDRESS:2}. "
                          "Ask {PERSON:1} for access."),
     "What is the address of the staging server, and what does {PERSON:1} do?"),
    ("Corporate cards", "The sales team's corporate card is {CREDIT_CARD:1}, held by {PERSON:1}.",
     "Which card does {PERSON:1} hold?"),
    ("On-call rota", "{PERSON:1} is the on-call engineer this week; reach them on {PHONE_NUMBER:1}.",
     "How do I call {PERSON:1} this week?"),
    ("Travel desk", "Send {PERSON:1}'s passport number {US_PASSPORT:1} to {EMAIL_ADDRESS:1} before booking.",
     "Where should I send the passport number of {PERSON:1}?"),
    ("Expense policy", "{PERSON:1} approves expense claims above 500 EUR; {PERSON:2} approves the rest.",
     "Which expense claims do {PERSON:1} and {PERSON:2} approve?"),
    ("Team directory", "{PERSON:1} leads the data team and can be reached at {EMAIL_ADDRESS:1}.",
     "How do I reach {PERSON:1}?"),
    ("Benefits", "The benefits form of {PERSON:1} lists social security number {US_SSN:1}.",
     "Which social security number does the benefits form of {PERSON:1} list?"),
    ("Bank details", "{PERSON:1} changed the refund account to {IBAN_CODE:1}.",
     "Which account did {PERSON:1} give for refunds?"),
    ("IT support", "Password resets: {PERSON:1}, {PHONE_NUMBER:1}. Laptop repairs: {PERSON:2}, {EMAIL_ADDRESS:1}.",
     "What does {PERSON:1} handle, and on which number?"),
    ("Security contacts", "Report phishing to {EMAIL_ADDRESS:1}. The security officer is {PERSON:1}.",
     "Is {PERSON:1} the security officer, and where do I report phishing?"),
    ("Office manager", "The office manager is {PERSON:1}; her desk phone is {PHONE_NUMBER:1}.",
     "What is the desk phone of {PERSON:1}?"),
    ("Firewall change", "{PERSON:1} asked to open port 443 on {IP_ADDRESS:1} for {PERSON:2}.",
     "Which server did {PERSON:1} ask to open port 443 on, and for whom?"),
    ("Vendor payment", "Pay the vendor's invoice to {IBAN_CODE:1}; questions to {PERSON:1} at {EMAIL_ADDRESS:1}.",
     "Which IBAN does {PERSON:1} want the vendor's invoice paid to?"),
    ("Lost card", "{PERSON:1} reported the card {CREDIT_CARD:1} lost; {PERSON:2} blocked it.",
     "Which card did {PERSON:1} report lost?"),
    ("Visa application", "The visa application for {PERSON:1} uses passport {US_PASSPORT:1}.",
     "Which passport does the visa application for {PERSON:1} use?"),
    ("Project leads", "{PERSON:1} leads the migration, {PERSON:2} the rollout and {PERSON:3} the training.",
     "What do {PERSON:1}, {PERSON:2} and {PERSON:3} lead?"),
    ("Customer call", "Customer {PERSON:1} called from {PHONE_NUMBER:1} about a late delivery.",
     "From which number did {PERSON:1} call?"),
    ("Mailing lists", "New starters are added to the list by {PERSON:1}; the list address is {EMAIL_ADDRESS:1}.",
     "What does {PERSON:1} do for new starters, and what is the list address?"),
)

# Questions and earlier turns for the latency figure: what a user types at question time.
QUESTION_TEMPLATES = (
    "How do I reach {PERSON} about my leave request?",
    "Which account did {PERSON} ask us to pay invoice {TICKET} into?",
    "Is {EMAIL_ADDRESS} still the right address for payroll questions?",
    "I am {PERSON}, my number is {PHONE_NUMBER}. Who handles expense claims?",
    "Why was my card {CREDIT_CARD} charged twice?",
    "Can you check whether {IP_ADDRESS} is on the firewall allow list?",
    "Who approves travel for {PERSON} next month?",
    "What is the deadline for the benefits form?",
)

# Faker's dates end "now"; anchored here so a seed gives the same sentences on any day.
_CLOCK = datetime(2025, 1, 1)
_SLOT = re.compile(r"\{([A-Z_]+)(?::(\d+))?\}")
_INTERNAL_DOMAINS = ("corp.example", "northwind-harbor.example", "intranet.acme.internal", "hr.contoso.local")
_OTHER_LOCALES = ("de_DE", "nl_NL", "fr_FR", "es_ES", "it_IT", "en_GB")
_CARD_TYPES = ("visa16", "visa16", "mastercard", "mastercard", "amex", "discover", "jcb16", "diners", "visa13")


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Sentence:
    text: str
    entities: tuple[Entity, ...]
    source: str


def _require_evaluator() -> None:
    try:
        import faker  # noqa: F401
        import presidio_evaluator  # noqa: F401
    except ImportError:
        raise ImportError("the PII evaluation needs presidio-evaluator: pip install presidio-evaluator==0.3.2 faker") from None


class Values:
    """Fake values per entity type, from one seeded random source so a seed gives the same data."""

    def __init__(self, seed: int) -> None:
        _require_evaluator()
        from faker import Faker
        from presidio_analyzer.predefined_recognizers import UsSsnRecognizer

        self.rng = random.Random(seed)
        self.fakers = {}
        for i, locale in enumerate(("en_US", *_OTHER_LOCALES)):
            self.fakers[locale] = Faker(locale)
            self.fakers[locale].seed_instance(seed + i)
        self._ssn = UsSsnRecognizer()

    def __call__(self, label: str) -> str:
        return getattr(self, label.lower())()

    def _faker(self, share_us: float):
        return self.fakers["en_US" if self.rng.random() < share_us else self.rng.choice(_OTHER_LOCALES)]

    def person(self) -> str:
        # First and last name only: Faker's prefixes ("Prof.") and suffixes are not part of a name span.
        f = self._faker(0.7)
        return f"{f.first_name()} {f.last_name()}" if self.rng.random() < 0.85 else f.first_name()

    def email_address(self) -> str:
        f = self.fakers["en_US"]
        if self.rng.random() < 1 / 3:
            return f"{f.first_name()}.{f.last_name()}@{self.rng.choice(_INTERNAL_DOMAINS)}".lower()
        return f.email() if self.rng.random() < 0.5 else f.company_email()

    def phone_number(self) -> str:
        import phonenumbers

        # Faker draws area codes at random and writes US numbers with a "001-" prefix; real documents hold
        # numbers that exist in their country's numbering plan, so only those are kept.
        locale = "en_US" if self.rng.random() < 0.6 else self.rng.choice(_OTHER_LOCALES)
        while True:
            number = self.fakers[locale].phone_number()
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(number, locale[-2:])):
                    return number
            except phonenumbers.NumberParseException:
                pass

    def credit_card(self) -> str:
        digits = self.fakers["en_US"].credit_card_number(card_type=self.rng.choice(_CARD_TYPES))
        style = self.rng.random()
        if style < 0.5 or len(digits) not in (14, 15, 16):
            return digits
        groups = {16: (4, 4, 4, 4), 15: (4, 6, 5), 14: (4, 6, 4)}[len(digits)]
        parts, at = [], 0
        for g in groups:
            parts.append(digits[at:at + g])
            at += g
        return (" " if style < 0.75 else "-").join(parts)

    def iban_code(self) -> str:
        iban = self.fakers[self.rng.choice(_OTHER_LOCALES)].iban()
        # The printed form, in groups of four, is how IBANs appear on invoices and letters.
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if self.rng.random() < 0.4 else iban

    def ip_address(self) -> str:
        f = self.fakers["en_US"]
        r = self.rng.random()
        return f.ipv4_private() if r < 0.35 else f.ipv4_public() if r < 0.7 else f.ipv6()

    def us_ssn(self) -> str:
        while True:
            ssn = self.fakers["en_US"].ssn()
            if not self._ssn.invalidate_result(ssn):
                return ssn

    def us_passport(self) -> str:
        return self.fakers["en_US"].passport_number()

    def ticket(self) -> str:
        # Not PII: order and ticket numbers of the lengths that look like passports and SSNs.
        return str(self.rng.randint(10 ** (self.rng.choice((5, 8)) - 1), 10 ** 9 - 1))

    def date(self) -> str:
        day = _CLOCK - timedelta(days=self.rng.randint(0, 3650))
        return day.strftime(self.rng.choice(("%Y-%m-%d", "%d %B %Y", "%B %d")))


def _fixed_clock_provider():
    from faker.providers import BaseProvider

    class FixedClock(BaseProvider):
        def date_time(self) -> datetime:
            return _CLOCK - timedelta(seconds=self.generator.random.randint(0, 50 * 365 * 86400))

        def date_of_birth(self):
            return (_CLOCK - timedelta(days=self.generator.random.randint(18 * 365, 90 * 365))).date()

        def year(self) -> str:
            return str(self.date_time().year)

        def day_of_week(self) -> str:
            return self.date_time().strftime("%A")

    return FixedClock


def fill(template: str, values: Values, source: str, memo: dict[str, str] | None = None) -> Sentence:
    """Fill `{LABEL}` slots; labels outside TARGETS fill text but are not gold."""
    memo = {} if memo is None else memo
    out, entities, last = [], [], 0
    for m in _SLOT.finditer(template):
        label, key = m.group(1), m.group(0)
        if not m.group(2):
            value = values(label)
        elif key in memo:
            value = memo[key]
        else:
            value = memo[key] = values(label)
        out.append(template[last:m.start()])
        start = sum(map(len, out))
        out.append(value)
        if label in TARGETS:
            entities.append(Entity(start, start + len(value), label))
        last = m.end()
    out.append(template[last:])
    return Sentence("".join(out), tuple(entities), source)


def join(sentences: list[Sentence], source: str) -> Sentence:
    """Sentences one after the other as one text, their spans moved along."""
    text, entities = "", []
    for s in sentences:
        if text:
            text += " "
        entities += [Entity(e.start + len(text), e.end + len(text), e.label) for e in s.entities]
        text += s.text
    return Sentence(text, tuple(entities), source)


def _unescape_newlines(text: str, entities: list[Entity]) -> tuple[str, list[Entity]]:
    """presidio-evaluator's address templates hold a literal backslash-n where a line break is meant."""
    shift = [0] * (len(text) + 1)
    out, removed, i = [], 0, 0
    while i < len(text):
        shift[i] = removed
        if text.startswith("\\n", i):
            out.append("\n")
            removed += 1
            shift[i + 1] = removed
            i += 2
            continue
        out.append(text[i])
        i += 1
    shift[len(text)] = removed
    return "".join(out), [Entity(e.start - shift[e.start], e.end - shift[e.end], e.label) for e in entities]


def presidio_sentences(n: int, seed: int) -> list[Sentence]:
    _require_evaluator()
    from presidio_evaluator.data_generator import PresidioSentenceFaker
    from presidio_evaluator.data_generator.faker_extensions import HospitalProvider
    from presidio_evaluator.data_generator.presidio_sentence_faker import (
        presidio_additional_entity_providers,
    )

    # Its person table draws middle initials from the global random module before the constructor
    # seeds it, so the seed goes in first. The templates name no hospital, and its provider would try
    # to download a list; passing every argument keeps presidio-evaluator from printing its defaults.
    PresidioSentenceFaker.seed(seed)
    faker = PresidioSentenceFaker(
        "en_US", lower_case_ratio=0.0, random_seed=seed,
        entity_providers=[*(p for p in presidio_additional_entity_providers if p is not HospitalProvider),
                          _fixed_clock_provider()],
        entity_type_mapping=dict(PresidioSentenceFaker.ENTITY_TYPE_MAPPING),
        provider_aliases=list(PresidioSentenceFaker.PROVIDER_ALIASES),
    )
    with contextlib.redirect_stderr(io.StringIO()):  # its own tqdm bar
        samples = faker.generate_new_fake_sentences(n)
    sentences = []
    for sample in samples:
        entities = [Entity(s.start_position, s.end_position, PRESIDIO_LABELS[s.entity_type])
                    for s in sample.spans if s.entity_type in PRESIDIO_LABELS]
        text, entities = _unescape_newlines(sample.full_text, entities)
        sentences.append(Sentence(text, tuple(sorted(entities, key=lambda e: e.start)), "presidio"))
    return sentences


def labelled_sentences(per_entity: int, seed: int) -> list[Sentence]:
    """presidio-evaluator's sentences, then project sentences until every target has `per_entity` instances."""
    sentences = presidio_sentences(3 * per_entity, seed)
    counts = {label: 0 for label in TARGETS}
    for s in sentences:
        for e in s.entities:
            counts[e.label] += 1
    values = Values(seed)
    by_label = {label: [t for t in PROJECT_TEMPLATES if "{" + label + "}" in t] for label in TARGETS}
    while True:
        short = min(TARGETS, key=counts.__getitem__)
        if counts[short] >= per_entity:
            break
        sentence = fill(values.rng.choice(by_label[short]), values, "project")
        sentences.append(sentence)
        for e in sentence.entities:
            counts[e.label] += 1
    return sentences
