"""Sentence shapes that generalize about a group ("all X are...", "X can't...", "typical X").

Patterns are written over a sentence in which every group term (see
`lexicon`) has been replaced by the token `GRP`, so one pattern covers every
group. Policy language reuses some of these shapes ("all mothers are
entitled to..."), so a match followed by an entitlement or procedure word is
not a generalization. Nor is a rule about a group: "X can't" followed by
something done to people ("cannot be dismissed", "can't be forced to") or by
the use of a benefit ("cannot use the learning budget", "can't take a day
off"), or said where a policy or the law is the speaker ("under the policy, X
cannot..."). "Women can't do maths" and "old people can't learn new software"
say what a group is able to do, and stay generalizations.
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
    r"work\s+(?:night|at\s+height|alone|overtime)|"
    # Work restrictions name what may not be driven or handled; a bare "can't drive" is an inability claim.
    r"(?:operate|drive|lift|handle|use)\s+(?:\w+\s+){0,2}?(?:machinery|machines|forklifts?|vehicles?|vans?|trucks?|"
    r"lorries|loads?|equipment|tools|chemicals|cranes?|ladders?|company\s+cars?|fleet\s+cars?|pool\s+cars?))\b",
    re.IGNORECASE)
# Passives of what an employer, a plan or a colleague does to people: "cannot be dismissed" states a rule.
# Passives of judgement ("can't be trusted") are not here: they stay generalizations.
_DONE_TO = (r"(?:dismissed|fired|sacked|terminated|let\s+go|made\s+redundant|forced|made|obliged|compelled|"
            r"pressured|refused|denied|excluded|left\s+out|barred|banned|prevented|stopped|kept|charged|billed|"
            r"penali[sz]ed|disciplined|punished|demoted|passed\s+over|discriminated|harassed|singled\s+out|"
            r"transferred|reassigned|retired|removed|deducted|docked|added|enrolled|registered|granted|"
            r"reimbursed|moved|sent|scheduled|rostered|questioned|searched|photographed|recorded|"
            r"turned\s+away|rejected|overlooked)")
# Claiming a benefit: a verb of use followed, within a few words, by something a policy grants.
_BENEFIT = (r"(?:leave|budget|plan|plans|day\s+off|days\s+off|time\s+off|allowance|benefits?|insurance|pension|"
            r"scheme|fund|contributions?|bonus|vacation|holidays?|sabbatical|programmes?|programs?|reimbursement|"
            r"subsid(?:y|ies)|stipend|policy|match|coverage|cover|perks?|voucher|facilities|facility|"
            r"parking|equipment|budgets)")
_CLAIM = (r"(?:use|take|claim|join|pay\s+into|contribute\s+to|apply\s+for|request|book|receive|get|access|"
          r"enrol+\s+in|sign\s+up\s+for|opt\s+(?:in|out)|carry\s+over|spend|transfer|qualify\s+for|"
          r"be\s+(?:covered|included)\s+(?:by|in|under))")
_RULE = re.compile(rf"^\W*(?:be\s+(?:\w+ly\s+)?{_DONE_TO}\b|{_CLAIM}\b[^.;!?]{{0,40}}?\b{_BENEFIT}\b)",
                   re.IGNORECASE)
_MODAL_NOT = (r"(?:can't|can’t|cannot|can\s+not|may\s+not|must\s+not|mustn't|mustn’t|will\s+not|won't|won’t|"
              r"are\s+not\s+allowed\s+to|is\s+not\s+allowed\s+to|are\s+unable\s+to|is\s+unable\s+to)")
# A policy, the law or the company as the one who speaks or decides: what follows is its rule.
_RULE_FRAME = re.compile(
    r"\b(?:under|according\s+to|as\s+per|per|by)\s+(?:the\s+|our\s+|this\s+|company\s+|local\s+)?"
    r"(?:\w+\s+){0,2}?(?:policy|policies|plan|code|rules?|law|laws|regulations?|contract|agreement|scheme|"
    r"handbook|guidelines?|terms)\b"
    r"|\b(?:the|this|our)\s+(?:\w+\s+){0,3}?(?:policy|plan|code|rules?|law|regulations?|contract|agreement|"
    r"scheme|handbook|guidelines?|company|employer|document)\s+(?:says|states|requires|provides|specifies|"
    r"stipulates|means|makes\s+clear|is\s+clear|explains|sets\s+out)\b",
    re.IGNORECASE)

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


_MODAL_RULE = re.compile(rf"\b{_MODAL_NOT}\s+", re.IGNORECASE)
_ENDS_MODAL_NOT = re.compile(rf"{_MODAL_NOT}$", re.IGNORECASE)


def _states_rule(flat: str, m: re.Match[str]) -> bool:
    """Whether an "X can't" match states a rule: something done to X, a benefit X may not claim, or a policy or
    the law speaking. Only the modal negation: "X never take leave" is no rule."""
    if not _ENDS_MODAL_NOT.search(m.group(0)):
        return False
    return bool(_RULE.match(flat[m.end():]) or _RULE_FRAME.search(flat[:m.start()]))


def policy_cue(text: str) -> bool:
    """Whether a sentence reads as a rule, a right or a protection (which raises the classifier's bar)."""
    if _POLICY_CUE.search(text) or _RULE_FRAME.search(text):
        return True
    return any(_RULE.match(text[m.end():]) for m in _MODAL_RULE.finditer(text))


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
            if name == "inability" and _states_rule(flat, m):
                continue
            found.append(PatternMatch(name, where[m.start()], where[min(m.end(), len(where) - 1)]))
    return found
