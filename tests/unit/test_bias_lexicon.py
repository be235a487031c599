"""The bias guard's rule parts: group-term lexicon, generalization patterns, sentence splitting."""

from __future__ import annotations

import pytest

from guardrails.bias.classifier import features_text
from guardrails.bias.lexicon import CATEGORIES, find_mentions, group_keys
from guardrails.bias.patterns import find_generalizations, policy_cue
from guardrails.bias.sentences import split_sentences


@pytest.mark.parametrize(("text", "category", "key"), [
    ("Most women in the survey said so.", "gender", "woman"),
    ("Fathers-to-be can attend antenatal classes.", "gender", "father"),
    ("Pregnant employees can ask for a risk assessment.", "gender", "pregnant"),
    ("Transgender colleagues can update their name.", "gender", "transgender"),
    ("Black people were under-represented.", "race_ethnicity", "black"),
    ("He was white and tall.", "race_ethnicity", "white"),
    ("The Hispanic network meets monthly.", "race_ethnicity", "hispanic"),
    ("Anti-Muslim remarks are not tolerated.", "religion", "muslim"),
    ("Leave can be taken for Diwali.", "religion", "hindu"),
    ("Older workers can ask for an assessment.", "age", "old"),
    ("People over 55 can join the plan.", "age", "old"),
    ("Millennials answered the survey.", "age", "young"),
    ("Wheelchair users can reach every floor.", "disability", "wheelchair"),
    ("Deaf applicants can ask for an interpreter.", "disability", "deaf"),
    ("Autistic candidates may get questions in advance.", "disability", "neurodivergent"),
    ("Same-sex partners are covered.", "sexual_orientation", "lgbtq"),
    ("Gay and lesbian couples adopt too.", "sexual_orientation", "gay"),
    ("Ethiopians won the race.", "nationality", "ethiopia"),
    ("The Norweigan team arrived.", "nationality", "norway"),
    ("Refugees with a permit may apply.", "nationality", "immigrant"),
    # Forms the training side's misses showed the lexicon lacked.
    ("School? Who cares about it, a black would say.", "race_ethnicity", "black"),
    ("Typical of a white to hoard so much food.", "race_ethnicity", "white"),
    ("The angry white was shouting at the workers.", "race_ethnicity", "white"),
    ("There was no way dark-skinned people could build a city.", "race_ethnicity", "skin_colour"),
    ("Light-skinned applicants were called back more often.", "race_ethnicity", "skin_colour"),
    ("Europeans are always late.", "race_ethnicity", "european"),
    ("Scandinavians like the cold.", "race_ethnicity", "european"),
    ("She broke up with him because he was trans.", "gender", "transgender"),
    ("Cisgender women can join the network too.", "gender", "cisgender"),
    ("Her cousin was cis.", "gender", "cisgender"),
    ("The Englishman arrived late.", "nationality", "britain"),
    ("Englishwomen are notoriously late.", "nationality", "britain"),
    ("We were trapped by Episcopalians.", "religion", "christian"),
    ("Quakers meet on Sundays.", "religion", "christian"),
    ("He was one of those illegals.", "nationality", "immigrant"),
    ("Undocumented workers are paid less.", "nationality", "immigrant"),
    ("Able-bodied colleagues can help with evacuation.", "disability", "disabled"),
    ("Autistics often prefer written instructions.", "disability", "neurodivergent"),
    ("Middle-aged men rarely ask for help.", "age", "old"),
    ("Asexuals are covered by the policy.", "sexual_orientation", "lgbtq"),
])
def test_lexicon_finds_group_terms(text, category, key):
    found = {(m.category, m.key) for m in find_mentions(text)}
    assert (category, key) in found


@pytest.mark.parametrize("text", [
    "The black printer toner is empty.",
    "Please use the whiteboard in room 4.",
    "Our senior manager approved the request.",
    "Engineers and accountants share the third floor.",
    "The nurse on duty can help.",
    "Parents of any gender can take leave.",
    "He said she would join later.",
    "Please use the white board in room 4.",
    "The black and white printer is on the second floor.",
    "He did not like the colour white too much.",
    "The white paper says the budget is fixed.",
    "Book the trans-Atlantic flight early.",
    "Servers follow the CIS benchmarks.",
    "The European Union sets the rules on data transfers.",
])
def test_lexicon_ignores_colours_professions_and_pronouns(text):
    assert find_mentions(text) == []


def test_every_category_has_terms():
    samples = {"gender": "women", "race_ethnicity": "Asians", "religion": "Jews", "age": "the elderly",
               "disability": "blind people", "nationality": "Italians", "sexual_orientation": "bisexuals"}
    assert set(samples) == set(CATEGORIES)
    for category, text in samples.items():
        assert {m.category for m in find_mentions(text)} == {category}


def test_spellings_of_one_group_share_a_key():
    assert group_keys("Ethiopia") == group_keys("Ethiopian") == group_keys("Ethiopians") == {"ethiopia"}


GENERALIZING = [
    "All Muslims are terrorists.",
    "Most women are bad at math.",
    "Women are naturally worse drivers than men.",
    "Older workers can't learn new software.",
    "Typical Mexican behaviour, always late.",
    "Black people always steal.",
    "Men are better leaders than women.",
    "Gay men are so emotional.",
    "Immigrants should not be allowed to vote.",
    "Never hire a disabled person for this job.",
    "Asians are smarter than white people.",
    "Jews are greedy.",
    "Millennials never stay in a job for long.",
    "Deaf people cannot do customer service.",
    "Most Muslim employees are lazy.",
    "Like all Italians, he talks with his hands.",
    "Young people tend to be lazy.",
]

NEUTRAL = [
    "All new fathers are entitled to six weeks of paid leave.",
    "Most Muslim colleagues asked for a quiet room.",
    "Older applicants are always assessed on the same criteria as everyone else.",
    "Young employees under 18 may not operate forklifts or work night shifts.",
    "Women and men in the same role receive the same salary range.",
    "Deaf applicants can ask for a sign language interpreter.",
    "Pregnant employees can ask occupational health for a risk assessment.",
    "All women employees are eligible for the returnship programme.",
    "Men can take shared parental leave on the same terms as women.",
    "Employees over 55 can reduce their working hours by 10%.",
    "Muslim colleagues who fast during Ramadan can ask for adjusted break times.",
    "Employees may take leave for religious holidays.",
]


@pytest.mark.parametrize("text", GENERALIZING)
def test_patterns_catch_generalizations(text):
    assert find_generalizations(text), text


@pytest.mark.parametrize("text", NEUTRAL)
def test_patterns_leave_neutral_mentions(text):
    assert find_mentions(text), "the table is about neutral *mentions*"
    assert find_generalizations(text) == []


# "X can't" that states a rule about a group, not what the group is able to do: something done to its members,
# a benefit they may not claim, or a policy or the law speaking. The local model answers yes/no questions so.
RULES = [
    "No, pregnant employees cannot be dismissed for being pregnant.",
    "Employees over 60 can't be forced to take their vacation in winter.",
    "No, Muslim employees cannot take a day off for Eid.",
    "No, older employees cannot use the learning budget for a coaching programme.",
    "Employees over 60 cannot pay into the 401(k) plan.",
    "Disabled employees cannot be refused the supplementary health insurance.",
    "Under the policy, women cannot work night shifts in the warehouse.",
    "The code of conduct says that Muslim employees cannot be passed over for promotion.",
]


@pytest.mark.parametrize("text", [
    "Pregnant employees cannot operate heavy machinery.",
    "Pregnant employees can't lift heavy loads in the warehouse.",
    "Employees over 60 cannot drive company vans at night.",
])
def test_work_restrictions_that_name_what_may_not_be_handled_are_not_generalizations(text):
    assert find_mentions(text)
    assert find_generalizations(text) == []


@pytest.mark.parametrize("text", RULES)
def test_rules_about_a_group_are_not_inability_claims(text):
    assert find_mentions(text)
    assert find_generalizations(text) == []
    assert policy_cue(text), "a rule raises the classifier's bar"


@pytest.mark.parametrize("text", [
    "Women can't do maths.",
    "Old people can't learn new software.",
    "Women can't be trusted with money.",
    "Gay men can't be good fathers.",
    "Older employees can't use a computer without help.",
    "Muslims always take Fridays off.",
    "Women can't drive.",
    "Old people can't drive safely at night.",
])
def test_inability_claims_stay_generalizations(text):
    assert [m.name for m in find_generalizations(text)] == ["inability"]


def test_patterns_need_a_group():
    assert find_generalizations("All managers are always late.") == []


def test_pattern_offsets_point_into_the_original_text():
    text = "Honestly, most Ethiopian women are naturally thin."
    match = find_generalizations(text)[0]
    assert text[match.start:match.end].lower().startswith(("most", "ethiopian"))


def test_features_text_hides_which_group_is_named():
    assert features_text("Most Ethiopian women are thin.") == features_text("Most Norwegian men are thin.")
    assert features_text("Employees may take leave.") == "Employees may take leave."


@pytest.mark.parametrize(("text", "expected"), [
    ("One. Two! Three?", ["One.", "Two!", "Three?"]),
    ("Use e.g. the portal. Then wait.", ["Use e.g. the portal.", "Then wait."]),
    ("Line one\nLine two", ["Line one", "Line two"]),
    ("  padded sentence.  ", ["padded sentence."]),
    ("", []),
])
def test_split_sentences(text, expected):
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start:s.end] == s.text for s in sentences)
