"""Speakers, round 47: a description opening the clause before a name its verb acts on, a subject whose aside says
how its words came out or who led it, "the family of" a titled name, "per a sentencing memo" inside a clause, speech
reported inside reported speech and told to the reporter, "one user" in an absolute clause, an unnamed subject with a
who-clause or "for his part" before its verb, and a lede's owned body named in the next paragraph. All texts
invented."""
from tests.helpers import quotes_of, speaker_in

LEDE = "Singer Tomas Rell was sentenced Monday for striking cyclist Omar Quillan with his car.\n\n"


def test_description_opening_the_clause_speaks_not_the_name_its_verb_acts_on():
    text = LEDE + ("Quillan spoke first.\n\nHolding a folded page, the singer turned toward Omar Quillan and said: "
                   "\u201cI am sorry for every day since.\u201d")
    assert speaker_in(text, "every day since") == "Tomas Rell"
    text = LEDE + "Quillan spoke first.\n\nThe singer looked at Omar Quillan and told him: \u201cI cannot undo it.\u201d"
    assert speaker_in(text, "cannot undo it") == "Tomas Rell"


def test_a_name_after_the_verb_still_speaks_when_no_description_opens():
    text = LEDE + "At the hearing, Rell faced Omar Quillan and told him: \u201cI cannot undo it.\u201d"
    assert speaker_in(text, "cannot undo it") == "Tomas Rell"


def test_group_subject_speaks_through_an_aside_naming_a_person():
    text = LEDE + ("The Quillan family, in a statement posted to Facebook by his sister, Dana Quillan, said they were "
                   "\u201cbruised but standing.\u201d")
    assert speaker_in(text, "bruised but standing") == "Quillan family"
    text = LEDE + ("Wrenbury Adairson, in a letter read by her lawyer, Carl Dunwell, said she was \u201cstill afraid to "
                   "drive.\u201d")
    assert speaker_in(text, "still afraid") == "Wrenbury Adairson"


def test_a_team_led_by_someone_speaks_as_the_team():
    text = LEDE + "The defense team, led by Nadia Brill, argued that he was \u201ca changed man.\u201d"
    assert speaker_in(text, "a changed man") == "the defense team"


def test_family_of_a_titled_name_speaks_as_the_family():
    text = ("Sgt. Dale Ambry was sentenced Monday for the death of Pvt. Leo Marshby.\n\nThe family of Pvt. Leo Marshby "
            "said in a statement that they \u201cfind no comfort in this.\u201d")
    assert speaker_in(text, "no comfort") == "Marshby family"
    text = ("Dale Ambry was sentenced Monday for the death of Senior Airman Nora Fitchley.\n\nThe family of Senior "
            "Airman Fitchley said they were \u201cgrateful to the jury.\u201d")
    assert speaker_in(text, "grateful to the jury") == "Fitchley family"


def test_per_a_memo_inside_a_clause_is_the_filer_who_opens_the_sentence():
    text = LEDE + ("The defense, led by Nadia Brill, painted a different picture: a man who worked hard and has "
                   "since, per a sentencing memo, \u201cturned his life around.\u201d A letter from his pastor, "
                   "Carl Dunwell, was attached.")
    assert speaker_in(text, "turned his life around") == "the defense"


def test_speech_reported_inside_reported_speech_is_the_tellers():
    lede = ("Mayor Dale Pruden was convicted of bribery. Contractor Ray Gomez testified against him.\n\n")
    text = lede + ("Gomez testified he paid Pruden in cash. He said the mayor called the money \"dock fees\" and "
                   "once told him, \u201cNobody parks here for free.\u201d")
    assert speaker_in(text, "Nobody parks") == "Dale Pruden"
    text = lede + "Gomez testified the mayor once told him: \u201cNobody parks here for free.\u201d"
    assert speaker_in(text, "Nobody parks") == "Dale Pruden"


def test_a_later_verb_with_no_inner_subject_keeps_the_reporter():
    text = ("Judge Ann Wu sentenced Ray Gomez.\n\nThe judge said she gave Gomez some credit, but told him, "
            "\u201cThis was greed.\u201d")
    assert speaker_in(text, "This was greed") == "Ann Wu"


def test_one_user_in_an_absolute_clause_is_an_unnamed_speaker():
    text = LEDE + "Fans were angry online, with one user calling the ruling \u201ca total disgrace.\u201d"
    assert speaker_in(text, "a total disgrace") == "one user"
    text = LEDE + "Critics piled on, with another commenter calling the sentence \u201cfar too soft.\u201d"
    assert speaker_in(text, "far too soft") == "another commenter"


def test_a_thing_in_an_absolute_clause_is_no_speaker():
    text = LEDE + "The case drew notice, with one report calling it \u201ca mess from the start.\u201d"
    assert speaker_in(text, "a mess from the start") is None


def test_unnamed_subject_with_a_who_clause_is_the_pronoun_of_the_next_sentence():
    text = ("Prosecutor Lila Hartwick spoke first.\n\n\u201cHe is dangerous,\u201d Hartwick said.\n\nThe woman, who is 31, "
            "did not attend. In a written statement read aloud by an advocate, she described her fear.\n\n"
            "\u201cI am tired of being afraid,\u201d the statement said.")
    assert speaker_in(text, "tired of being afraid") == "the woman"
    text = ("Prosecutor Lila Hartwick spoke first.\n\n\u201cHe is dangerous,\u201d Hartwick said.\n\nThe nurse, 52, did not "
            "come to court. In a letter read by a clerk, she described her fear.\n\n\u201cI am tired of it,\u201d "
            "the letter said.")
    assert speaker_in(text, "tired of it") == "the nurse"


def test_for_his_part_subject_is_the_pronoun_not_the_previous_speaker():
    text = ("Wade Kellet was sentenced for hitting Arlo Penn.\n\n\u201cHe never called,\u201d Penn said.\n\n"
            "The bus driver, for his part, kept his eyes down. \u201cI was wrong,\u201d he told the court.")
    assert speaker_in(text, "I was wrong") == "the bus driver"


def test_owned_body_of_a_lede_is_the_body_named_in_the_next_paragraph():
    text = LEDE + ("Rell's record label says it will \u201cstand with him.\u201d\n\nIn a statement, Blue Owl Records "
                   "said the label would support his family.")
    assert speaker_in(text, "stand with him") == "Blue Owl Records"
    text = LEDE + ("Rell's former employer says it is \u201cdeeply saddened.\u201d\n\nHarlan Freight Group said in a "
                   "statement that the company had let him go in May.")
    assert speaker_in(text, "deeply saddened") == "Harlan Freight Group"


def test_owned_body_stays_as_written_when_the_next_paragraph_names_a_person():
    text = LEDE + ("Rell's record label says it will \u201cstand with him.\u201d\n\nHis manager, Ann Colet, said the "
                   "label would support his family.")
    assert speaker_in(text, "stand with him") != "Ann Colet"
