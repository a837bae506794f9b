"""Speakers, round 46: a role after a conjunction opening the sentence, "what she described as the", a letter's
writer inside a reported clause, a courtesy title choosing among relatives who share a surname, the judge's
reasoning after "He took into account", names written family name first, an unnamed local described after
"said", and the "and he …" that marks the subject's gender. All texts invented."""
from tests.helpers import quotes_of, speaker_in

LEDE = ("Dorrit Vale, 52, was jailed for seven years at Brackwater Crown Court on Monday. "
        "Judge Hester Groveland sentenced him.\n\n\"You showed no mercy,\" she said.\n\n")


def test_role_after_a_conjunction_is_the_subject_of_the_coordinated_verb():
    text = LEDE + "But the judge accepted Vale's apology was sincere and said his chances of reform were \"modest, but real\"."
    assert speaker_in(text, "modest, but real") == "Hester Groveland"


def test_what_she_described_as_the_is_a_partial_quote_of_hers():
    text = LEDE + "Judge Groveland also weighed what she described as the \"harsh conditions\" of his remand."
    assert speaker_in(text, "harsh conditions") == "Hester Groveland"


def test_described_as_the_before_an_of_phrase_is_still_her_judgement():
    text = LEDE + "The judge allowed for what she described as the \"slow ruin\" of his family business."
    assert speaker_in(text, "slow ruin") == "Hester Groveland"


def test_unnamed_letter_writer_inside_a_reported_clause_speaks_as_described():
    text = LEDE + ("She noted that his parents came to every hearing, and that a reference from his old boxing trainer "
                   "described him as \"a boy who never had a chance\".")
    assert speaker_in(text, "a boy who never had a chance") == "his old boxing trainer"


def test_unnamed_letter_writer_opening_the_sentence_speaks_as_described():
    text = LEDE + "A letter from his former teacher described him as \"gentle and eager to please\"."
    assert speaker_in(text, "gentle and eager to please") == "his former teacher"


def test_mrs_picks_the_wife_among_people_sharing_the_surname():
    text = ("Dorrit Vale, 52, was jailed for seven years on Monday for attacking Cormac Ormiston.\n\n"
            "Cormac Ormiston's wife, Nell Ormiston, told the court her life had changed.\n\n"
            "Judge Hester Groveland said the attack was \"vicious\".\n\n\"You showed no mercy,\" she said.\n\n"
            "Afterwards, Mrs Ormiston spoke briefly to reporters.\n\n\"It is over,\" she said.")
    assert speaker_in(text, "It is over") == "Nell Ormiston"


def test_the_judges_reasoning_after_took_into_account_is_the_judges():
    text = ("Dorrit Vale, 52, was jailed for seven years at Brackwater Crown Court on Monday.\n\n"
            "Judge Hester Groveland said the attack was grave and planned.\n\n"
            "She took into account his early plea, his clean record and his \"real and lasting regret\".")
    assert speaker_in(text, "real and lasting regret") == "Hester Groveland"


def test_a_pronoun_opening_a_sentence_about_someone_else_gives_no_speaker():
    text = ("Dorrit Vale, 52, was jailed for seven years at Brackwater Crown Court on Monday.\n\n"
            "\"I am sorry,\" Vale said.\n\n"
            "He kept the cash in a tin, which the staff called the \"rainy day box\", prosecutors said.")
    assert speaker_in(text, "rainy day box") != "Dorrit Vale"


def test_name_written_family_name_first_keeps_all_three_words():
    text = ("Tay Su Xiu, 41, was charged in a district court on Tuesday with cheating.\n\n"
            "When asked if she had anything to say, Tay said: \"I will pay everything back.\"")
    assert speaker_in(text, "I will pay everything back.") == "Tay Su Xiu"


def test_unnamed_local_after_said_speaks_by_the_description_before_its_relative_clause():
    text = ("Dorrit Vale, 52, was charged on Monday.\n\nNeighbours told reporters the two men had feuded for years.\n\n"
            "\"They argued every single week. We all heard it,\" said a 70-year-old pensioner who lives next door and "
            "asked not to be named. \"Still, nobody expected this.\"")
    assert quotes_of(text) == [("They argued every single week. We all heard it,", "a 70-year-old pensioner"),
                               ("Still, nobody expected this.", "a 70-year-old pensioner")]


def test_and_he_after_the_subject_marks_his_gender_so_a_later_she_skips_him():
    text = ("Dorrit Vale, 52, was jailed for seven years on Friday.\n\n"
            "Vale's passenger, Nell Ormiston, lost a leg in the crash.\n\n"
            "Judge Cormac Ashdown weighed both reports, and he explained his reasons at length.\n\n"
            "I watched Nell Ormiston's face as the sentence was read. Later, in the corridor, she told me she felt "
            "forgotten.\n\n\"Nobody asked me what I lost,\" she said.")
    assert speaker_in(text, "Nobody asked me what I lost") == "Nell Ormiston"
