"""Speakers of round 53: an anonymous source before what they know ("said a Navy official familiar with the
internal review"), "the judge" meaning a judge known only by a Scottish courtesy title ("Lady Roe"), "the task force"
as the short form of a unit named once in capitals, a bare quote paragraph after "In her closing argument, Prosecutor
Ann Roe reminded jurors …", a local government as a body ("The city of Larkmoor said"), a dek's own sentences ("Roe
ran the town for years. A judge said he "…""), "the woman wrote" after a quote given to an unnamed letter writer, an
order a witness retells ("testified that Roe instructed her to "…""), and an owned group's "their" across an
appositive of names. All texts are written for these tests."""
from __future__ import annotations

from tests.helpers import facts_of, speaker_of

_CLERK = "A supply clerk named Orrin Falkowe pleaded guilty Tuesday to taking classified ledgers from an Army depot.\n\n"


def test_anonymous_source_familiar_with_a_two_word_matter():
    facts = facts_of(_CLERK + "\"He walked out with a box,\" said a Navy official familiar with the internal review, who "
                     "spoke on the condition of anonymity because the findings have not been released.\n")
    assert speaker_of(facts, "He walked out") == "a Navy official"


_SCOTTISH = ("Orrin Falkowe, 30, admitted culpable homicide at the High Court in Glasgow.\n\n"
             "Sentencing him, Lady Kinnowe said: \"You betrayed your friend.\"\n\n")


def test_the_judge_is_the_judge_known_by_a_courtesy_title():
    facts = facts_of(_SCOTTISH + "The judge told Falkowe she would have imposed a longer sentence had he not pleaded "
                     "guilty, adding: \"Your plea has saved the witnesses an ordeal.\"\n")
    assert speaker_of(facts, "Your plea has saved") == "Lady Kinnowe"


def test_the_task_force_is_the_unit_named_before():
    facts = facts_of(_CLERK + "The case was brought by the Justice Department's Supply Fraud Task Force, which was "
                     "formed in 2019.\n\n\"Theft from the armed forces will be prosecuted,\" the task force said in a "
                     "statement Wednesday.\n")
    assert speaker_of(facts, "Theft from the armed forces") == "Supply Fraud Task Force"


def test_quote_paragraphs_after_a_closing_argument_opened_by_her():
    facts = facts_of(_CLERK + "In her closing argument Wednesday, Assistant Prosecutor Delia Quarrendon reminded jurors "
                     "that the ledgers were found in his garage.\n\n\"He knew what they were. He hid them for a year.\n\n"
                     "\"He sold them anyway. That is what theft is.\"\n")
    assert speaker_of(facts, "He knew what they were") == "Delia Quarrendon"
    assert speaker_of(facts, "He sold them anyway") == "Delia Quarrendon"


def test_a_city_speaks_as_a_body():
    facts = facts_of("A tow operator named Orrin Falkowe was sentenced Tuesday for bribing a city inspector.\n\n"
                     "The city of Larkmoor said in a statement Tuesday morning that it had \"cooperated fully\" with "
                     "federal investigators.\n")
    assert speaker_of(facts, "cooperated fully") == "city of Larkmoor"


def test_a_judge_in_the_dek_after_another_sentence():
    facts = facts_of("Title: Ex-mayor of Brindle Hollow gets three years for bribes\n\n"
                     "Ex-mayor of Brindle Hollow gets three years for bribes\n\n"
                     "Orrin Falkowe ran the village for 12 years. A judge said he \u201csold out his neighbours.\u201d\n\n"
                     "By Staff Writer\n\n"
                     "U.S. District Judge Hilda Marsh sentenced Orrin Falkowe to three years in prison on Thursday.\n\n"
                     "\u201cYou sold out your neighbours,\u201d Marsh told him.\n")
    assert speaker_of(facts, "sold out his neighbours") == "Hilda Marsh"


def test_the_woman_wrote_after_an_unnamed_letter_writer():
    facts = facts_of("Former senator Orrin Falkowe will be sentenced next week for steering grants to a charity he ran.\n\n"
                     "Dozens of letters support him. One, from a retired Ardsley nurse, said Falkowe \"paid for my "
                     "daughter's surgery\" and asked for mercy.\n\n"
                     "\"I am not asking you to forget what he did,\" the woman wrote.\n")
    assert speaker_of(facts, "I am not asking you") == "a retired Ardsley nurse"


def test_an_order_a_witness_retells_is_the_one_who_gave_it():
    facts = facts_of("Startup founder Orrin Falkowe was convicted of fraud on Tuesday.\n\n"
                     "His former finance chief, Delia Quarrendon, pleaded guilty last year.\n\n"
                     "Quarrendon told jurors that Falkowe instructed her to \"make the books look healthy\" before a "
                     "funding round.\n")
    assert speaker_of(facts, "make the books look healthy") == "Orrin Falkowe"


def test_their_filing_is_the_owned_group_before_named_lawyers():
    facts = facts_of("Sailor Orrin Falkowe pleaded guilty to selling secrets.\n\n"
                     "Prosecutors asked the judge to impose a sentence of 12 years.\n\n"
                     "Falkowe's attorneys, Federal Public Defender Ann Roe and Assistant Federal Public Defender Ben Lee, "
                     "paint a different picture in their filing: a lonely man who was \"targeted because he was "
                     "vulnerable.\"\n")
    assert speaker_of(facts, "targeted because he was") == "Falkowe\u2019s attorneys"
