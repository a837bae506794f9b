"""Speakers, round 44: findings that speak for themselves, broadcast introductions with no verb of speech,
transcript labels, passive verbs, quotes named by the paragraph after them, spokespeople's pronouns and
participles of speech hung on a reported action. All texts invented."""
from tests.helpers import quotes_of, speaker_in

LEDE = "Dorian Vale, 52, was jailed for seven years at Brackwater Crown Court on Monday.\n\n"


def test_what_it_called_is_the_finding_opening_the_sentence():
    text = LEDE + "A safety review ordered by the harbour board found what it called \"a pattern of ignored warnings\"."
    assert speaker_in(text, "a pattern of ignored warnings") == "safety review"


def test_what_it_described_as_is_the_finding_too():
    text = LEDE + "An internal audit found what it described as \"routine falsification of logs\" at the yard."
    assert speaker_in(text, "routine falsification of logs") == "internal audit"


def test_we_spoke_with_names_the_speaker_of_the_next_quote_paragraph():
    text = LEDE + "We spoke with Vale's former landlord, Petra Quine.\n\n\"He paid on time and kept to himself.\""
    assert speaker_in(text, "He paid on time") == "Petra Quine"


def test_relative_who_spoke_to_reporters_speaks_the_next_quote_paragraph():
    text = LEDE + "Vale's brother Anselm spoke to reporters.\n\n\"We are ashamed, and we are sorry for the Ormiston family.\""
    assert speaker_in(text, "We are ashamed") == "Anselm Vale"


def test_transcript_labels_give_the_judge_and_the_titled_person():
    text = (LEDE + "Judge Hester Grove presided.\n\n"
            "THE COURT: \"Is there anything you want to say before I pass sentence?\"\n\n"
            "MR. VALE: \"Only that I regret every minute of that night.\"")
    assert quotes_of(text) == [("Is there anything you want to say before I pass sentence?", "Hester Grove"),
                               ("Only that I regret every minute of that night.", "Dorian Vale")]


def test_a_passive_verb_of_answering_does_not_speak():
    text = ("Dorian Vale, 52, was jailed for killing Colm Ormiston.\n\n"
            "Nell Ormiston, 16, did not speak. A note she wrote was read aloud by a caseworker.\n\n"
            "Vale's barrister, Liesl Tarrowby, asked for five years. She said her client had written to the Ormiston "
            "family, though she accepted the letter was never answered, \"and rightly so.\"")
    assert speaker_in(text, "and rightly so.") == "Liesl Tarrowby"


def test_those_were_the_words_of_names_the_quote_paragraph_before():
    text = "\"I forgave him the day it happened.\"\n\nThose were the words of Odile Marrock, whose husband Dorian Vale killed."
    assert speaker_in(text, "I forgave him the day") == "Odile Marrock"


def test_a_spokeswomans_she_speaks_for_the_body_she_was_introduced_for():
    text = (LEDE + "A spokeswoman for the Brackwater Borough Council said the council accepted the verdict.\n\n"
            "\"Lessons have been learned and our inspections are now far stricter,\" she said.")
    assert speaker_in(text, "Lessons have been learned") == "Brackwater Borough Council"


def test_participle_of_speech_after_a_reported_action_is_the_actors():
    text = (LEDE + "Prosecutor Wynn Ashdale opened the case.\n\n"
            "Ashdale said Vale then drove off, telling a passenger: \"Nobody saw a thing.\"")
    assert speaker_in(text, "Nobody saw a thing.") == "Dorian Vale"


def test_participle_addressing_the_court_stays_the_reporters():
    text = (LEDE + "Prosecutor Wynn Ashdale opened the case.\n\n"
            "Ashdale said Vale had lied, telling the court \"the account does not survive the footage.\"")
    assert speaker_in(text, "the account does not survive") == "Wynn Ashdale"
