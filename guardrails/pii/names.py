"""Person names the small spaCy model misses, found from the tokens it has already produced.

`en_core_web_sm` tags many plain "Given Surname" pairs as organisations or not at all ("Background check
for Megan Parsons", "copy Darrell Rodriguez"). This recognizer reads the spaCy `Doc` Presidio computed
anyway (no second NLP pass) and adds PERSON spans for:

- a run of capitalised tokens that starts with a known given name (`data/given_names.txt`), unless
  it names a place or an organisation ("Lincoln Center", "Jordan Valley Bank");
- a run after a cue that introduces a person: a title ("Dr.", "Ms."), "my name is", "Name:", "Dear",
  "Regards,", "From:", "Contact:", "approved by", ...;
- a display name before an address ("Femke Visser <femke.visser@corp.example>"), or a run whose words
  spell the local part of an email address in the same text;
- every other occurrence of a word of a name found in the text (by spaCy or by the rules above), and
  the other members of a list ("Hiroya, Timothy and Michelle") where most members are names.

Lower-case names are not attempted: without capitals, a name-list lookup flags ordinary words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources

from presidio_analyzer import EntityRecognizer, RecognizerResult

# Given names that also name places, months or things, beyond those `data/common_word_names.txt` finds
# by counting: alone, or before a word that is not a known surname, they are not taken for a name.
PLACES_AND_WORDS = frozenset("""
Africa America Asia Austin Bill Brooklyn Camden Carolina Chelsea China Dakota Dallas Denver Florence France
Frank Georgia Houston India Israel Jack Jordan Lincoln London Madison Mark Max Milan Nevada Paris Phoenix Prince
Princess Sydney Victoria Virginia
""".split())

# Words that make a capitalised run a place, an organisation or a thing, not a person: company and
# institution words, street words in the languages of European addresses, and the US street suffixes
# that are not also common surnames.
NOT_PERSON_WORDS = frozenset("""
Academy Agency Airlines Airport Alley Allee Apartments Association Authority Avenida Avenue Ave Avda Bank Bay
Beach Boulevard Bridge Building Calle Camino Campus Capital Carrer Center Centre Chemin Church Circle City Clinic
Club College Committee Company Consulting Corp Corporation Council County Court Cove Creek Crescent Crossing
Crossroad Department Drive Embassy Energy Estate Estates Estrada Expressway Falls Ferry Foundation Freeway Fund
Gallery Gardens Gasse Gateway Glens Group Grove Harbor Haven Health Heights Highway Hills Holdings Hollow
Hospital Hotel Inc Industries Institute Insurance International Island Junction Knoll Labs Lake Landing Largo
Limited Loop Ltd Llc Management Manor Meadows Media Mews Mission Motors Mountain Museum Network Office Oval
Parkway Partners Paseo Pass Path Pharma Piazza Pike Pines Plac Plains Platz Plaza Plc Port Ports Praça Prairie
Project Railway Ramp Ranch Rapids Realty Region Republic Research Restaurant Ridge River Road Room Route Rua
Rue School Services Shoal Shore Skyway Software Solutions Springs Spurs Square Stadium Station Strada Strasse
Straße Stravenue Street Studio Studios Summit Systems Team Technologies Technology Terrace Theatre Tower Trace
Trail Travessa Trust Tunnel Turnpike Ulica Underpass University Valley Ventures Via Viale Vicolo Village
Villages Ville Vista Way Weg
""".split())

PARTICLES = frozenset("van von de den der da di du le la del della dos das do ter ten bin ibn al el y".split())

TITLES = frozenset("mr mrs ms miss mx dr prof sir madam madame dame lord lady rev fr herr frau mme mlle".split())
# Cue phrases, lower case, as the tokens that end right before a name. "<participle> by" ("approved by",
# "written by") is a cue too, read from the tagger, for runs of two words or more.
CUES = tuple(tuple(c.split()) for c in (
    "name is", "name was", "names are", "name :", "named", "called", "call me", "dear", "hi", "hello", "thanks ,",
    "regards ,", "sincerely ,", "cheers ,", "from :", "to :", "cc :", "attn :", "attention :", "contact :",
    "contact person :", "owner :", "assignee :", "approver :", "author :", "reporter :", "manager :",
))
CALENDAR = frozenset("""
January February March April May June July August September October November December Monday Tuesday Wednesday
Thursday Friday Saturday Sunday Christmas Easter
""".split())
_PLACE_TYPES = ("GPE", "LOC", "FAC")
_EMAIL = re.compile(r"([A-Za-z0-9._%+-]+)@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_SCORE_LISTED = 0.7
_SCORE_CUED = 0.65
_SCORE_SPREAD = 0.6


def _words(name: str) -> frozenset[str]:
    text = resources.files("guardrails.pii").joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def given_names() -> frozenset[str]:
    return _words("given_names.txt")


@cache
def surnames() -> frozenset[str]:
    return _words("surnames.txt")


@cache
def common_words() -> frozenset[str]:
    return _words("common_words.txt")


@cache
def ambiguous_given() -> frozenset[str]:
    return _words("common_word_names.txt") | PLACES_AND_WORDS | CALENDAR


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if c.isalpha())


def _capitalised(word: str) -> bool:
    parts = re.split(r"['’-]", word)
    return (all(p[:1].isupper() and p.isalpha() for p in parts if p) and len(word) >= 2
            and not word.isupper() and not word.endswith(("'", "’", "-")))


def _initial(word: str) -> bool:
    return bool(re.fullmatch(r"[^\W\d_]\.?", word)) and word[0].isupper()


class PersonNameRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="PersonNameRecognizer", supported_language="en")

    def load(self) -> None:
        """Read the name and word lists now, at engine start, not on the first question."""
        given_names(), surnames(), common_words(), ambiguous_given()

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        if nlp_artifacts is None or nlp_artifacts.tokens is None or "PERSON" not in entities:
            return []
        doc = nlp_artifacts.tokens
        runs = _runs(doc)
        found: dict[tuple[int, int], float] = {}
        folded_locals = {_fold(m.group(1)) for m in _EMAIL.finditer(text)}
        for run in runs:
            span = _judge(doc, run, text, folded_locals)
            if span:
                a, b, score = span
                found[(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]))] = score
        known = [(e.start_char, e.end_char) for e in doc.ents
                 if e.label_ == "PERSON" and not implausible_person(e.text)] + list(found)
        for a, b in _spread(doc, runs, known, text):
            found.setdefault((a, b), _SCORE_SPREAD)
        return [RecognizerResult("PERSON", a, b, score) for (a, b), score in sorted(found.items())]


def _runs(doc) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens, initials and name particles on one line, as token ranges.

    Hyphenated parts stay in one run ("Anne-Lise", "Paul-Nevermann-Platz"), so a part is never judged alone.
    """
    runs = []
    i, n = 0, len(doc)
    while i < n:
        if not _capitalised(doc[i].text) or (i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_):
            i += 1
            continue
        j = i + 1
        while j < n:
            word = doc[j].text
            following = doc[j + 1].text if j + 1 < n else ""
            if word == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ and _capitalised(following):
                j += 2
            elif not doc[j - 1].whitespace_:
                break
            elif (_capitalised(word) or _initial(word)
                  or (word.lower() in PARTICLES and (_capitalised(following) or following.lower() in PARTICLES))):
                j += 1
            else:
                break
        while j > i + 1 and doc[j - 1].text.lower() in PARTICLES:
            j -= 1
        runs.append((i, j))
        i = j
    return runs


def _given(word: str) -> bool:
    return word in given_names() or word.split("-")[0] in given_names()


def _cued(doc, start: int) -> bool:
    """A cue phrase ends right before token `start` (on the same line)."""
    before = []
    k = start - 1
    while k >= 0 and len(before) < 3:
        t = doc[k]
        if "\n" in t.text and before:
            break
        if not t.is_space:
            before.insert(0, t.text.lower().rstrip("."))
        k -= 1
    return any(tuple(before[-len(c):]) == c for c in CUES)


def _judge(doc, run: tuple[int, int], text: str, folded_locals: set[str]) -> tuple[int, int, float] | None:
    a, b = run
    # A title opens the run ("Mr Smith"); the name is what follows. "Dr." and "ms." stay outside runs.
    while a < b and doc[a].text.lower().rstrip(".") in TITLES:
        a += 1
    # A place the tagger is sure of ends the name: "Santana Brazil".
    b = next((k for k in range(a + 1, b) if doc[k].ent_iob_ == "B" and doc[k].ent_type_ in _PLACE_TYPES), b)
    words = [t.text for t in doc[a:b]]
    if a >= b or any(w in NOT_PERSON_WORDS or w in CALENDAR for w in words) or _house_number(doc, a, b):
        return None
    names = [w for w in words if _capitalised(w)]
    if a > run[0] or (a > 0 and doc[a - 1].text.lower().rstrip(".") in TITLES) or _cued(doc, a):
        # After "From:" or "Regards," a run of ordinary words is a team or a department.
        if doc[a].is_stop or all(w.lower() in common_words() for w in names):
            return None
        return _trim(doc, a, b, _SCORE_CUED)
    if len(names) >= 2 and a > 1 and doc[a - 1].text.lower() == "by" and doc[a - 2].tag_ == "VBN":
        return _trim(doc, a, b, _SCORE_CUED)
    end = doc[b - 1].idx + len(doc[b - 1])
    following = text[end:end + 200].lstrip()
    if len(names) >= 2 and following[:1] in "<(" and _EMAIL.match(following[1:].lstrip()):
        return _trim(doc, a, b, _SCORE_CUED)
    if len(names) >= 2 and any(all(_fold(w) in local for w in names[:2]) for local in folded_locals):
        return _trim(doc, a, b, _SCORE_CUED)
    # The first known given name in the run starts the name: "Ask Megan Parsons" gives "Megan Parsons".
    for k in range(a, b):
        token = doc[k]
        if not _given(token.text):
            continue
        if token.is_stop or (k > 0 and doc[k - 1].lower_ == "the"):
            return None
        rest = [t.text for t in doc[k + 1:b] if _capitalised(t.text)]
        if token.text in ambiguous_given() and not (rest and rest[-1] in surnames()):
            return None
        # "Christian Science Monitor": a last word that is an ordinary word and no surname.
        if rest and rest[-1].lower() in common_words() and rest[-1] not in surnames():
            return None
        if not rest and not _single_name_ok(doc, k):
            return None
        return _trim(doc, k, b, _SCORE_LISTED)
    return None


def implausible_person(value: str) -> bool:
    """What the small spaCy model calls a person and no name is: a number in it ("Box 6025", "passport
    R06346157"), a place or company word ("Victoria Station"), or only ordinary words ("Personal Info",
    "Discipline") that do not start with a given name."""
    words = re.findall(r"[^\W\d_]+", value)
    if any(c.isdigit() for c in value) or not words or any(w in NOT_PERSON_WORDS for w in words):
        return True
    return words[0] not in given_names() and all(w.lower() in common_words() for w in words)


def _house_number(doc, a: int, b: int) -> bool:
    """A number right before or after ("307 Alvaro Cunqueiro 55"): a street named after someone."""
    return (a > 0 and doc[a - 1].like_num and bool(doc[a - 1].whitespace_)) or (
        b < len(doc) and doc[b].like_num and doc[b - 1].whitespace_ == " ")


def _single_name_ok(doc, k: int) -> bool:
    """A lone given name counts where the tagger reads a proper noun that is no date, language or work.

    The small model's place label on a lone name ("go to Sara") is too often wrong to veto it; a name
    inside a longer place ("San Antonio") is vetoed, and given names that are mostly places ("Paris",
    "Florence") are in the ambiguous list.
    """
    token = doc[k]
    if token.pos_ != "PROPN" or token.ent_type_ in ("DATE", "NORP", "EVENT", "LAW", "LANGUAGE", "PRODUCT",
                                                     "WORK_OF_ART", "MONEY", "TIME"):
        return False
    in_longer_entity = token.ent_iob_ == "I" or (k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I")
    return not (token.ent_type_ in _PLACE_TYPES + ("ORG",) and in_longer_entity)


def _trim(doc, a: int, b: int, score: float) -> tuple[int, int, float] | None:
    # At most four words: a longer capitalised run is a heading or a title, of which the name is the start.
    words = 0
    k = a
    while k < b and words < 4:
        words += doc[k].text.lower() not in PARTICLES
        k += 1
    while k > a and (doc[k - 1].text.lower() in PARTICLES or doc[k - 1].text == "."):
        k -= 1
    return (a, k, score) if k > a else None


def _spread(doc, runs: Sequence[tuple[int, int]], known: Iterable[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Other mentions of a name already found, and the rest of a list whose members are mostly names."""
    known = list(known)
    words = {w for a, b in known for w in re.findall(r"[^\W\d_][^\W\d_'’-]+", text[a:b])
             if _capitalised(w) and len(w) >= 3 and w not in ambiguous_given() and w not in NOT_PERSON_WORDS}
    out = []

    def covered(a: int, b: int) -> bool:
        return any(x < b and a < y for x, y in known)

    for a, b in runs:
        for k in range(a, b):
            t = doc[k]
            if t.text in words and not covered(t.idx, t.idx + len(t)):
                out.append((t.idx, t.idx + len(t)))
    out += _list_members(doc, runs, known + out)
    return out


def _list_members(doc, runs: Sequence[tuple[int, int]], known: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """In "A, B, C and D" of single capitalised words, once most members are names, so are the others."""
    single = {a for a, b in runs if b - a == 1}
    out = []
    i = 0
    while i < len(doc):
        members = []
        k = i
        while k in single:
            members.append(doc[k])
            following = [t.lower_ for t in doc[k + 1:k + 3]]
            if following[:2] in ([",", "and"], [",", "or"]):
                k += 3
            elif following[:1] in ([","], ["and"], ["or"], ["&"]):
                k += 2
            else:
                break
        if len(members) >= 3:
            spans = [(t.idx, t.idx + len(t)) for t in members if t.text not in NOT_PERSON_WORDS]
            hits = [any(x <= a and b <= y for x, y in known) for a, b in spans]
            if sum(hits) * 2 > len(members):
                out += [span for span, hit in zip(spans, hits) if not hit]
        i = max(k, i) + 1
    return out
