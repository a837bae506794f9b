"""Messages quoted through "reading" or "that said" (the sender's words, whatever verb frames the sentence), a
described speaker who is the subject of her own verb, the defence side as a speaker, and a "she" after a short
broadcast paragraph whose subject is an unnamed judge. All texts are written for these tests."""
from __future__ import annotations

from tests.helpers import facts_of, speaker_of


def _plain(speaker: str | None) -> str | None:
    return speaker.replace("\u2019", "'") if speaker else speaker


LEDE = "Quentin Marrowby, 37, was sentenced Thursday to nine years in prison.\n\n"


# "Police say X sent her a text reading, "…"": the sender's words, not the police's.
def test_a_message_reading_is_its_senders_under_another_verb_of_speech():
    for middle in ("Police say Marrowby sent the woman a text message reading, ",
                   "Prosecutors said Marrowby left a voicemail saying, ",
                   "According to detectives, Marrowby had emailed his cousin a note reading "):
        facts = facts_of(LEDE + middle + "\u201cYou will be sorry.\u201d\n")
        assert speaker_of(facts, "You will be sorry") == "Quentin Marrowby", middle


# "a note from him saying "…"" / "a text from Lee's wife saying": the one it came from.
def test_a_message_from_someone_is_theirs_not_the_receivers():
    facts = facts_of(LEDE + "Ottoline Graves said she got a text from him saying \u201cdon\u2019t call anyone.\u201d\n")
    assert speaker_of(facts, "don\u2019t call anyone") == "Quentin Marrowby"
    facts = facts_of(LEDE + "Ottoline Graves said she got a text from Marrowby's brother saying \u201cdon\u2019t call.\u201d\n")
    assert _plain(speaker_of(facts, "don\u2019t call.")) == "Marrowby's brother"


# "read aloud a text X sent to a friend: "…"": the writer of the reduced relative, not the reader.
def test_a_message_read_aloud_is_its_writers():
    facts = facts_of(LEDE + "Prosecutor Delphine Aske read aloud a text Marrowby sent to a friend: \u201cShe won\u2019t talk.\u201d\n")
    assert speaker_of(facts, "She won") == "Quentin Marrowby"


# "X said Y posted a message that said the victim was "…"": the message's words, retold, are its sender's.
def test_a_retold_message_keeps_its_sender():
    for framing in ("Prosecutors say Marrowby sent his former partner an email that said she would ",
                    "Detective Ivo Brant said Marrowby posted a message online that said the victim was "):
        facts = facts_of(LEDE + framing + "\u201ca liar\u201d.\n")
        assert speaker_of(facts, "a liar") == "Quentin Marrowby", framing


# "In her statement, the woman said: "…"" with no woman named: the woman, never the man "her" might point to.
def test_a_described_subject_of_the_verb_is_the_speaker_not_an_earlier_possessive():
    facts = facts_of(LEDE + "In her statement to the court, the woman said: \u201cI still check the locks twice.\u201d\n")
    assert speaker_of(facts, "I still check") == "the woman"


# ""…," the defense said": the accused's side (as the article named his lawyers), never the accused.
def test_the_defense_speaks_as_the_defense_not_the_accused():
    facts = facts_of(LEDE + "\u201cHe was only the driver,\u201d the defense said.\n")
    assert speaker_of(facts, "He was only") == "the defense"
    facts = facts_of(LEDE + "Marrowby's attorneys asked for probation.\n\n\u201cHe was only the driver,\u201d the defence said.\n")
    assert _plain(speaker_of(facts, "He was only")) == "Marrowby's attorneys"
    facts = facts_of(LEDE + "\u201cHe was only the driver,\u201d his defense team said.\n")
    assert _plain(speaker_of(facts, "He was only")) == "Marrowby's defense team"


# Short broadcast paragraphs: "The judge did not hold back. ¶ "…," she said." is the judge.
def test_she_after_a_paragraph_about_an_unnamed_judge_is_the_judge():
    facts = facts_of(LEDE + "Marrowby's lawyer declined to comment. The judge, however, did not hold back.\n\n"
                            "\u201cYou are a menace to this town,\u201d she said.\n")
    assert speaker_of(facts, "You are a menace") == "the judge"


# "The prosecutor asked her about the knife. "…," she said": the one asked answers, not the asker.
def test_she_after_a_sentence_that_addresses_her_is_not_its_subject():
    facts = facts_of(LEDE + "Ottoline Graves testified Tuesday.\n\nThe prosecutor asked her about the knife. "
                            "\u201cI never touched it,\u201d she said.\n")
    assert speaker_of(facts, "I never touched") == "Ottoline Graves"


# "X read a statement on behalf of the Y family: "…"": the family speaks, not the one reading.
def test_a_statement_read_on_behalf_of_a_family_is_the_familys():
    facts = facts_of(LEDE + "Perpetua Ambler, the victim's aunt, read a statement on behalf of the Quorn family: "
                            "\u201cWe have lost our compass.\u201d\n")
    assert speaker_of(facts, "We have lost") == "the Quorn family"
    facts = facts_of(LEDE + "Perpetua Ambler read a statement on behalf of her brother, Lucius Quorn: "
                            "\u201cWe have lost our compass.\u201d\n")
    assert speaker_of(facts, "We have lost") == "Lucius Quorn"


# "The appeals court wrote that …": the court above (as written, or as the article named it), never the trial judge.
def test_an_unnamed_appeals_court_is_not_the_trial_judge():
    facts = facts_of(LEDE + "Judge Wilhelmina Soto presided at the trial.\n\n"
                            "The appeals court, in a 2-1 ruling, wrote that the judge \u201cacted within her discretion.\u201d\n")
    assert speaker_of(facts, "acted within") == "the appeals court"
    facts = facts_of(LEDE + "Judge Wilhelmina Soto presided at the trial.\n\n"
                            "\u201cThe trial was fair,\u201d the high court said.\n")
    assert speaker_of(facts, "The trial was fair") == "the high court"


# "CCTV in which X could be heard shouting: "…"": the one heard, not the jury shown it.
def test_the_one_heard_on_a_recording_speaks():
    facts = facts_of(LEDE + "The jury was shown footage in which Marrowby could be heard shouting: \u201cStay down!\u201d\n")
    assert speaker_of(facts, "Stay down") == "Quentin Marrowby"
