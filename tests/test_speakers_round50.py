"""Speakers, round 50: a possessive pronoun's lawyers who report on their client by name, an action beat whose
object is described or named, a whole sentence quoted after a beat, statuses a record gave ("reported as "X""),
and a client's lawyers as the "they"/"their" of their own sentence. All texts invented."""
from tests.helpers import quotes_of, speaker_in

LEDE = "Dov Terrane, 44, was sentenced Tuesday to five years in prison for fraud.\n\n"
HER_LEDE = "Anna Quillane, 58, was sentenced Tuesday to six years in prison for fraud.\n\n\u201cI am ashamed,\u201d she said.\n\n"


def test_his_lawyers_reporting_on_the_client_by_name_are_the_clients():
    text = LEDE + ("Prosecutor Alan Brisket said the fraud was vast.\n\n"
                   "His attorneys argued that Terrane \u201cnever meant harm.\u201d")
    assert speaker_in(text, "never meant harm") == "Terrane\u2019s attorneys"


def test_his_lawyers_said_then_the_client_without_that():
    text = LEDE + ("Prosecutor Alan Brisket said the fraud was vast.\n\n"
                   "In their memo, his lawyers said Terrane was \u201ca broken man.\u201d")
    assert speaker_in(text, "a broken man") == "Terrane\u2019s lawyers"


def test_a_beat_whose_object_a_who_clause_describes_stages_the_actor():
    text = HER_LEDE + ("She then turned toward the family, who sat in the front row. "
                       "\u201cPia, I am sorry for everything.\u201d")
    assert speaker_in(text, "I am sorry for everything") == "Anna Quillane"


def test_a_beat_aimed_at_a_named_family_stages_the_actor():
    text = HER_LEDE + ("She turned toward the Brandts, who sat in the second row. "
                       "\u201cPia, I am sorry for everything.\u201d")
    assert speaker_in(text, "I am sorry for everything") == "Anna Quillane"


def test_a_short_whole_sentence_after_a_beat_is_a_quote():
    text = LEDE + ("\u201cI was wrong,\u201d he said.\n\n"
                   "He looked at his wife, seated behind him. \u201cNell, forgive me.\u201d")
    assert ("Nell, forgive me.", "Dov Terrane") in quotes_of(text)


def test_a_status_a_record_gave_is_no_quote():
    text = LEDE + ("The audit found that trips reported as \u201cfully booked\u201d had earned half the fees.")
    assert not any("fully booked" in q for q, _ in quotes_of(text))


def test_the_clients_lawyers_own_their_sentences_their_and_the_next_they():
    text = LEDE + ("Prosecutors asked for 10 years, saying he \u201cbetrayed everyone.\u201d\n\n"
                   "Prosecutors also asked for a fine.\n\n"
                   "Terrane's lawyers paint a different picture in their filing: a man who was \u201cdrowning in debt.\u201d\n\n"
                   "\u201cHe is not a villain,\u201d they wrote.")
    assert speaker_in(text, "drowning in debt") == "Terrane\u2019s lawyers"
    assert speaker_in(text, "He is not a villain") == "Terrane\u2019s lawyers"
