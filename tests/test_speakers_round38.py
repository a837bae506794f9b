"""Speakers and parties for Commonwealth courtrooms and unnamed voices: a British recorder called "the recorder",
"Crown counsel" and "Defence lawyer" before a name, an office in common nouns speaking with its article ("the
district attorney's office"), a lawyer the article never names ("his lawyer", "a lawyer for Roe",
"Roe's court-appointed attorney" and then "the attorney"). All texts are written for these tests."""
from __future__ import annotations

from tests.helpers import facts_of, speaker_of


def _role_of(facts, name: str) -> list[str]:
    return next(p.roles for p in facts.parties if p.name == name)


# "Recorder Ann Bell KC ordered …" and later "the recorder told her": Britain's part-time judge, by her title.
def test_the_recorder_is_the_judge_named_by_that_title():
    facts = facts_of("Nora Plimley, 58, was given a suspended sentence at Hull Crown Court.\n\nRecorder Edith Sayle KC "
                     "ordered her to do 120 hours of unpaid work.\n\nThe theft came to light in an audit.\n\n"
                     "\u2018You took from people who trusted you,\u2019 the recorder told her.\n")
    assert speaker_of(facts, "You took from people") == "Edith Sayle"


# "Crown counsel Ann Roe": the prosecution's lawyer, so "his lawyer" is never her.
def test_crown_counsel_is_no_defence_lawyer():
    facts = facts_of("Wendel Orrin was sentenced on Friday.\n\nCrown counsel Maud Tennick asked for six years.\n\n"
                     "Orrin's lawyer said he had stopped drinking.\n\n\u201cHe is a changed man,\u201d his lawyer said.\n")
    assert _role_of(facts, "Maud Tennick") == ["Crown counsel"]
    assert speaker_of(facts, "He is a changed man").replace("\u2019", "'") == "Orrin's lawyer"


# "Defence lawyer Ann Roe" opening a sentence: a defence lawyer named after "his lawyer" spoke in a lede.
def test_a_capitalised_defence_lawyer_is_the_one_his_lawyer_meant():
    facts = facts_of("Wendel Orrin was jailed for seven years.\n\nThe defence asked for less, citing what his lawyer "
                     "described as \"a real and lasting remorse.\"\n\nDefence lawyer Ilse Marrow said her client was sorry.\n")
    assert _role_of(facts, "Ilse Marrow") == ["Defence lawyer"]
    assert speaker_of(facts, "a real and lasting") == "Ilse Marrow"


# A lawyer the article never names speaks as the client's lawyer.
def test_an_unnamed_lawyer_speaks_as_the_clients_lawyer():
    facts = facts_of("Wendel Orrin was jailed for seven years on Monday.\n\n\u201cHe accepts it,\u201d his lawyer said.\n")
    assert speaker_of(facts, "He accepts it") == "Orrin\u2019s lawyer"
    facts = facts_of("Police charged Wendel Orrin with fraud.\n\nA lawyer for Orrin said in a statement that his client "
                     "\"denies every allegation and will fight them.\"\n")
    assert speaker_of(facts, "denies every allegation") == "Orrin\u2019s lawyer"
    facts = facts_of("Wendel Orrin was jailed, a term his own barrister privately called \u201cabout what we feared\u201d.\n")
    assert speaker_of(facts, "about what we feared") == "Orrin\u2019s barrister"


# "Roe's court-appointed attorney … / "…," the attorney said": the role as qualified, and no "court" speaking.
def test_a_qualified_unnamed_attorney_and_the_attorney_after():
    facts = facts_of("Wendel Orrin was charged on Monday.\n\nOrrin's court-appointed attorney asked for a low bond, saying "
                     "his client \"has nowhere else to go.\"\n\n\"He has a son here,\" the attorney said.\n")
    assert speaker_of(facts, "has nowhere else to go") == "Orrin\u2019s court-appointed attorney"
    assert speaker_of(facts, "He has a son here") == "Orrin\u2019s court-appointed attorney"


# An office in common nouns speaks with its article: "the district attorney's office".
def test_an_office_in_common_nouns_keeps_its_article():
    facts = facts_of("Wendel Orrin was sentenced in 2021.\n\nThe district attorney's office said it was \"satisfied with the "
                     "outcome.\"\n")
    assert speaker_of(facts, "satisfied with the") == "the district attorney's office"
