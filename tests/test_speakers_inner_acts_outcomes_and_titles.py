"""Speakers of words reported inside another source's sentence: a directive speech act ("telling them to "…"") keeps
its actor however the sentence ends (", prosecutors said"), coordinated quotes keep the inner speaker, a statement read
for a family is the family's, a role opening a sentence owns its participle, an outcome judged in a relative clause is
judged by that clause's subject, a pronoun after a fronted question is the one questioned, member bodies and local
offices speak by their kind, and a title after a naming construction is no quote. All texts are written for these
tests."""
from __future__ import annotations

import pytest

from tests.helpers import facts_of, speaker_of

LEDE = "Corwin Tallowby, a 38-year-old landlord, was charged Monday with fraud, according to court records.\n\n"


# A directive speech act inside the sentence ("telling a tenant to "…"") is the actor's; the trailing source only
# reports it.
@pytest.mark.parametrize("sentence", [
    "Video shows Tallowby telling a tenant to \"sign it now and stop asking,\" prosecutors said.",
    "A recording captured Tallowby ordering the crew to \"sign it now and stop asking,\" according to the indictment.",
    "Phone records show Tallowby texting a manager to \"sign it now and stop asking,\" investigators said.",
    "Tallowby left a voicemail warning the tenant to \"sign it now and stop asking,\" the complaint alleges.",
])
def test_a_directive_speech_act_keeps_its_actor(sentence):
    facts = facts_of(LEDE + "Prosecutor Dara Vinh told jurors the scheme ran for years.\n\n" + sentence + "\n")
    assert speaker_of(facts, "sign it now") == "Corwin Tallowby"


def test_both_coordinated_quotes_of_a_directive_are_the_actors():
    facts = facts_of(LEDE + "Tallowby sent a text telling the tenants to \"delete the emails\" and \"say nothing,\" "
                     "police said.\n")
    assert speaker_of(facts, "delete the emails") == "Corwin Tallowby"
    assert speaker_of(facts, "say nothing") == "Corwin Tallowby"


def test_a_quote_only_the_trailing_source_said_stays_the_sources():
    facts = facts_of(LEDE + "Prosecutor Dara Vinh said Tallowby hid the ledgers. \"That was the moment it became a "
                     "crime,\" she said.\n")
    assert speaker_of(facts, "That was the moment") == "Dara Vinh"


# "… told them it was "X" and that "Y"": the second quote is coordinated with the first, inside the same report.
@pytest.mark.parametrize("sentence", [
    "A former tenant, Ilse Morland, testified that Tallowby told the tenants the fee was \"standard\" and that "
    "\"everyone in the building pays it.\"",
    "Ilse Morland told jurors Tallowby said the deposit was \"a formality\" and that \"everyone in the building pays it.\"",
    "Ilse Morland recalled that Tallowby called it \"a test\" and said that \"everyone in the building pays it.\"",
])
def test_coordinated_reported_quotes_keep_the_inner_speaker(sentence):
    facts = facts_of(LEDE + sentence + "\n")
    assert speaker_of(facts, "everyone in the building") == "Corwin Tallowby"


def test_a_second_that_clause_without_a_quote_before_stays_the_witnesss():
    facts = facts_of(LEDE + "Ilse Morland testified that Tallowby told the tenants to pay in cash, and that \"nobody "
                     "ever got a receipt.\"\n")
    assert speaker_of(facts, "nobody ever got") == "Ilse Morland"


# A statement read aloud for a family is the family's, never the reader's.
@pytest.mark.parametrize("reading", [
    "The victim's cousin, Petra Lundquist, read a statement on behalf of the Arnault family.",
    "Family friend Joel Brisk read aloud a statement from the Arnault family.",
    "On behalf of the Arnault family, their pastor, Joel Brisk, read a statement.",
])
def test_a_statement_read_for_a_family_is_the_familys(reading):
    facts = facts_of(LEDE + reading + "\n\n\"We are grateful to the jury for its care,\" the statement said.\n")
    assert speaker_of(facts, "We are grateful") == "the Arnault family"


def test_the_reader_keeps_words_of_her_own():
    facts = facts_of(LEDE + "The victim's cousin, Petra Lundquist, read a statement on behalf of the Arnault family.\n\n"
                     "Later, Lundquist told reporters, \"I have known them for twenty years.\"\n")
    assert speaker_of(facts, "I have known") == "Petra Lundquist"


# "The judge sentenced Roe …, calling it "…"": the role opening the sentence, resolved to the named judge.
@pytest.mark.parametrize("sentence", [
    "The judge sentenced Tallowby to nine years, calling the scheme \"the cruelest scheme this court has seen.\"",
    "The judge denied Tallowby's request for bail, calling the evidence \"the cruelest scheme this court has seen.\"",
    "The judge rejected the plea deal for Tallowby, describing the scheme as \"the cruelest scheme this court has seen.\"",
])
def test_a_definite_role_subject_owns_the_participle(sentence):
    facts = facts_of(LEDE + "Judge Mirela Osei presided over the trial.\n\n" + sentence + "\n")
    assert speaker_of(facts, "the cruelest scheme") == "Mirela Osei"


def test_the_object_of_the_main_clause_is_never_the_participles_speaker():
    facts = facts_of(LEDE + "Judge Mirela Osei praised Detective Ruben Kask, calling the inquiry \"exemplary work "
                     "from start to finish.\"\n")
    assert speaker_of(facts, "exemplary work") == "Mirela Osei"


# "…, a decision the young man's mother called "…"": the relative clause's subject judges the outcome.
@pytest.mark.parametrize("sentence", [
    "Judge Mirela Osei sentenced Tallowby to probation, a decision the young man's mother called \"a betrayal.\"",
    "Judge Mirela Osei gave Tallowby probation in a ruling the young man's mother called \"a betrayal.\"",
    "A jury acquitted Tallowby of fraud, a verdict that the young man's mother described as \"a betrayal.\"",
])
def test_an_outcome_is_judged_by_the_relative_clauses_subject(sentence):
    facts = facts_of(LEDE + sentence + "\n\nThe victim's mother, Noor Haddadin, read a letter to the court.\n")
    assert speaker_of(facts, "a betrayal") == "Noor Haddadin"


def test_an_outcome_judged_by_an_unnamed_relation_is_nobody_named():
    facts = facts_of(LEDE + "Judge Mirela Osei sentenced Tallowby to probation, a decision the young man's mother "
                     "called \"a betrayal.\"\n")
    assert speaker_of(facts, "a betrayal") != "Mirela Osei"


# "When the judge asked whether he knew, he paused before answering, "…"": the one questioned answers.
@pytest.mark.parametrize("sentence", [
    "When the judge asked whether he knew it was illegal, he paused and looked at his lawyer before answering, \"I did.\"",
    "When Judge Mirela Osei asked if he had anything to say, he stood and said, \"I did.\"",
    "After the judge asked whether he understood, he nodded and answered, \"I did.\"",
])
def test_the_pronoun_after_a_fronted_question_is_the_one_questioned(sentence):
    facts = facts_of(LEDE + "Judge Mirela Osei accepted the plea.\n\nTallowby admitted taking the deposits.\n\n"
                     + sentence + "\n")
    assert speaker_of(facts, "I did") == "Corwin Tallowby"


def test_a_later_quote_of_the_judge_herself_stays_hers():
    facts = facts_of(LEDE + "Tallowby admitted taking the deposits.\n\nJudge Mirela Osei looked up. \"You had every "
                     "chance,\" she said.\n")
    assert speaker_of(facts, "You had every chance") == "Mirela Osei"


# A member body named by its kind ("the national fraternity", "the parent organization") is the one body named.
@pytest.mark.parametrize("attribution", [
    "\"We have suspended the chapter,\" the national fraternity said in a statement.",
    "\"We have suspended the chapter,\" the parent organization said.",
    "The local chapter said it had expelled the members. \"We have suspended the chapter,\" the statement said.",
])
def test_a_member_body_named_by_its_kind(attribution):
    facts = facts_of(LEDE + "The pledge belonged to the Hartwell chapter of Tau Omega Rho.\n\n"
                     "Detective Ruben Kask said the inquiry continues.\n\n" + attribution + "\n")
    assert speaker_of(facts, "We have suspended") == "Tau Omega Rho"


def test_a_statement_after_a_person_spoke_last_is_not_an_unrelated_bodys():
    facts = facts_of(LEDE + "Detective Ruben Kask said the inquiry continues. \"We expect more arrests,\" Kask said.\n")
    assert speaker_of(facts, "We expect more") == "Ruben Kask"


# "The FBI's Tampa field office, which …, said …. "…," the office said": the local office that spoke.
@pytest.mark.parametrize("sentence", [
    "The FBI's Norfolk field office, which led the investigation, said in the release that Tallowby targeted tenants.",
    "The FBI's Norfolk field office said in a statement that Tallowby targeted tenants.",
    "The FBI's Norfolk field office said Tallowby targeted tenants.",
])
def test_the_office_is_the_local_office_that_spoke(sentence):
    facts = facts_of(LEDE + "The city police department first received a complaint in 2022.\n\n" + sentence
                     + "\n\n\"No tenant should live in fear,\" the office said.\n")
    assert speaker_of(facts, "No tenant should") == "FBI's Norfolk field office"


# "Ann Roe, a lawyer representing Lee Park in a suit, called it "…"": the head of the subject, not her client.
@pytest.mark.parametrize("sentence", [
    "Hana Brillhart, a civil rights lawyer representing Omar Satoh in a lawsuit against the city, called the charges \"a start.\"",
    "Hana Brillhart, an attorney advising Omar Satoh's family, called the charges \"a start.\"",
    "Hana Brillhart, a lawyer suing the city on behalf of Omar Satoh, called the charges \"a start.\"",
])
def test_the_head_of_an_appositive_subject_speaks(sentence):
    facts = facts_of("Corwin Tallowby, a former police officer, was indicted Tuesday in the beating of Omar Satoh.\n\n"
                     + sentence + "\n")
    assert speaker_of(facts, "a start") == "Hana Brillhart"


def test_a_name_in_a_plain_appositive_still_speaks():
    facts = facts_of(LEDE + "The tenants' lawyer, Hana Brillhart, called the charges \"a start.\"\n")
    assert speaker_of(facts, "a start") == "Hana Brillhart"


# A title or name after a naming construction is no quote, however the sentence ends.
@pytest.mark.parametrize("sentence", [
    "Tallowby served as the \"resident liaison\" for the building, police said.",
    "The assault happened the night after what members called \"Rush Night,\" according to the indictment.",
    "Tallowby was known as \"the Collector\" among the tenants, prosecutors said.",
    "The ritual, which pledges referred to as \"the line,\" lasted hours, witnesses said.",
    "Tenants nicknamed the basement \"the vault,\" police said.",
])
def test_a_title_after_a_naming_construction_is_no_quote(sentence):
    facts = facts_of(LEDE + sentence + "\n")
    assert not [q for q in facts.quotes if q.text.strip(",. ") in ("resident liaison", "Rush Night", "the Collector",
                                                                   "the line", "the vault")]


def test_a_judgement_after_called_is_still_a_quote():
    facts = facts_of(LEDE + "Prosecutor Dara Vinh called the scheme \"a betrayal of every tenant,\" court records show.\n")
    assert speaker_of(facts, "a betrayal of every") == "Dara Vinh"
