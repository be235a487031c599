"""Sentence shapes that generalize about a group ("all X are...", "X can't...", "typical X").

Patterns are written over a sentence in which every group term (see
`lexicon`) has been replaced by the token `GRP`, so one pattern covers every
group. Policy language reuses some of these shapes ("all mothers are
entitled to..."), so a match followed by an entitlement or procedure word is
not a generalization.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guardrails.bias.lexicon import PEOPLE, Mention, find_mentions

TOKEN = "GRP"
# A group term, possibly two ("Ethiopian women"), possibly followed by a word for people ("Muslim employees").
_G = rf"{TOKEN}(?:\s+{TOKEN})?(?:\s+{PEOPLE})?"

_Q = (r"(?:all|most|many|these|those|such|every|the\s+majority\s+of|(?:almost|nearly|virtually)\s+all|"
      r"most\s+of\s+the|all\s+the|a\s+lot\s+of|lots\s+of)")
_BE = r"(?:are|is|were|was|'re|’re)"
_ADV = (r"(?:naturally|inherently|always|never|genetically|innately|by\s+nature|typically|usually|generally|"
        r"notoriously|invariably|basically|fundamentally|born|all\s+the\s+same|all\s+alike|just|simply|so|too|"
        r"incapable|unable|bad|terrible|hopeless|useless|lazy|stupid|dangerous|violent|greedy|dirty|emotional|"
        r"irrational|weak|inferior|superior|smarter|dumber|better|worse)")
_CANT = (r"(?:can't|can’t|cannot|can\s+not|could\s+never|will\s+never|won't\s+ever|are\s+unable\s+to|"
         r"are\s+incapable\s+of|aren't\s+capable\s+of|are\s+not\s+capable\s+of|don't\s+know\s+how\s+to|"
         r"do\s+not\s+know\s+how\s+to|never\s+learn|lack|have\s+no\s+(?:sense|idea|talent|ability)|"
         r"tend\s+to|are\s+prone\s+to|are\s+known\s+(?:for|to)|are\s+notorious\s+for|always|never)")
_CMP = r"(?:more|less|better|worse|smarter|dumber|stronger|weaker|lazier|\w{3,}er)"
_VERB = (r"(?:are|is|were|have|has|do|don't|can't|cannot|never|always|will|would|tend|love|hate|like|get|make|"
         r"think|act|seem|look|believe|want|lack|just|all)")
# What follows a match in policy text: who may do what, not what a group is like.
_POLICY = re.compile(
    r"^\W*(?:\w+\W+){0,2}?(?:eligible|entitled|welcome|invited|encouraged|covered|protected|allowed|permitted|exempt|"
    r"included|represented|required|asked|expected|paid|offered|given|treated|assessed|supported|paired|reimbursed|"
    r"informed|consulted|enrolled|insured|able\s+to\s+(?:request|apply|use|join|book|take|ask)|free\s+to|"
    r"operate|work\s+(?:night|at\s+height|alone|overtime)|drive|lift|handle)\b", re.IGNORECASE)

_PATTERNS: tuple[tuple[str, re.Pattern[str], bool], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE), policy_check)
    for name, pattern, policy_check in (
        ("quantified", rf"\b{_Q}\s+(?:of\s+)?(?:the\s+)?{_G}\s+{_VERB}\b", True),
        ("essential", rf"\b{_G}\s+{_BE}\s+(?:all\s+|just\s+|really\s+|very\s+)?{_ADV}\b", True),
        ("inability", rf"\b{_G}\s+{_CANT}\b", True),
        ("typical", (rf"\b(?:typical(?:ly)?|stereotypical|classic|such\s+a)\s+{_G}\b|\btypical\s+(?:of\s+)?(?:a\s+|an\s+|the\s+)?{_G}\b|"
                    rf"\blike\s+(?:all|most|every|other|a\s+typical|any)\s+(?:other\s+)?{_G}\b|"
                    rf"\b(?:that's|that\s+is|thats)\s+(?:just\s+)?(?:what|how)\s+{_G}\b|\byou\s+know\s+how\s+{_G}\b"), False),
        ("comparative", (rf"\b{_G}\s+(?:{_BE}|make|do)\s+(?:(?:much|far|a\s+lot|way|generally|usually|simply|naturally)\s+)?"
                        rf"(?:{_CMP}|the\s+best|the\s+worst)\b[^.;]*\b(?:than|at|in)\b[^.;]*\b{_G}\b"
                        rf"|\b{_G}\s+{_BE}\s+(?:{_CMP})\s+than\b"), True),
        ("exclusion", (rf"\b{_G}\s+(?:should(?:\s+not|n't|\s+never)|ought\s+not\s+to)\s+(?:be\s+)?"
                      rf"(?:allowed|trusted|hired|promoted|employed|lead|vote|manage|be\s+in\s+charge)\b"
                      rf"|\b(?:never|don't|do\s+not)\s+(?:hire|trust|promote|rent\s+to)\s+(?:a\s+|an\s+)?{_G}\b"), False),
    )
)


# Sentences about rules, rights and protection name groups to protect them, not to judge them.
_POLICY_CUE = re.compile(
    r"\b(?:discriminat\w*|harass\w*|not\s+tolerated|protected\s+(?:by|under|from|against|characteristics?)|"
    r"regardless\s+of|irrespective\s+of|whatever\s+their|equal(?:ly)?\s+(?:treatment|pay|opportunit\w+|rights|terms)|"
    r"(?:applies|apply)\s+(?:equally|to\s+(?:all|every|everyone))|equally|on\s+the\s+same\s+terms|"
    r"the\s+same\s+(?:\w+\s+){0,2}as\s+(?:everyone|all|other|any)|like\s+everyone\s+else|as\s+everyone\s+else|"
    r"(?:is|are)\s+(?:eligible|entitled|welcome|invited|covered|allowed|permitted)|may\s+(?:request|ask|apply|take|use)|"
    r"can\s+(?:request|ask|apply|book|use|join|take|contact|choose|get)|policy|policies|code\s+of\s+conduct|"
    r"accessib\w+|adjustments?|accommodations?|confidential\w*|inclusi\w+|divers\w+|under-represented|represented)\b",
    re.IGNORECASE)


def policy_cue(text: str) -> bool:
    """Whether a sentence reads as a rule, a right or a protection (which raises the classifier's bar)."""
    return bool(_POLICY_CUE.search(text))


@dataclass(frozen=True)
class PatternMatch:
    name: str
    start: int
    end: int


def masked(text: str, mentions: list[Mention] | None = None) -> tuple[str, list[int]]:
    """`text` with each group term replaced by TOKEN, and a map from masked offsets back to the original."""
    mentions = find_mentions(text) if mentions is None else mentions
    out: list[str] = []
    where: list[int] = []
    last = 0
    for m in mentions:
        if m.start < last:
            continue
        out.append(text[last:m.start])
        where += range(last, m.start)
        out.append(TOKEN)
        where += [m.start] * len(TOKEN)
        last = m.end
    out.append(text[last:])
    where += range(last, len(text) + 1)
    return "".join(out), where


def find_generalizations(text: str, mentions: list[Mention] | None = None) -> list[PatternMatch]:
    """Generalization shapes in one sentence, with offsets into `text`."""
    mentions = find_mentions(text) if mentions is None else mentions
    if not mentions:
        return []
    flat, where = masked(text, mentions)
    found = []
    for name, regex, policy_check in _PATTERNS:
        for m in regex.finditer(flat):
            if policy_check and _POLICY.match(flat[m.end():]):
                continue
            found.append(PatternMatch(name, where[m.start()], where[min(m.end(), len(where) - 1)]))
    return found
