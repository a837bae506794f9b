"""Who speaks in stories that never name the victims (a newsroom's naming rule set between a described girl and her
words, a relative described by whose relative she is, a mother who opens the paragraph before), who speaks for a
person ("a publicist for Marlowe"), a board the story names by its club, an aside comparing a term with what someone
asked for, a pastor described with his church and the place it stands, and the one a group acted on in the sentence
before: short texts written for these tests, each with a near-miss."""
from __future__ import annotations

from tests.helpers import O, C, party_roles, speaker_in

_SENTENCED = "Greg Hensley, 52, was sentenced Friday to 55 years to life in prison for abusing two girls he coached.\n\n"


def _plain(name: str | None) -> str | None:
    return name.replace("\u2019", "'") if name else name


def test_a_newsrooms_naming_rule_between_a_described_girl_and_her_words_is_no_speaker():
    text = (_SENTENCED + "The older of the two victims, now 17, addressed the court, with her mother standing beside her. "
            "The Associated Press does not generally identify people who say they were victims of sexual abuse.\n\n"
            f'{O}For a long time I thought I was the one who did something wrong,{C} she said.')
    assert speaker_in(text, "For a long time") == "the older of the two victims"
    # near-miss: with nothing between, a named woman who spoke last is still the "she"
    text = (_SENTENCED + f'Prosecutor Ana Ruiz read the charges. {O}He knew what he was doing,{C} she said.')
    assert speaker_in(text, "He knew") == "Ana Ruiz"


def test_a_body_is_never_a_she():
    text = (_SENTENCED + "The hearing lasted two hours. The Associated Press does not generally identify people who say "
            f"they were victims of sexual abuse.\n\n{O}I still cannot sleep,{C} she said.")
    assert speaker_in(text, "cannot sleep") is None


def test_the_mother_is_the_relative_the_story_described_before():
    text = (_SENTENCED + "The younger girl's mother read a statement on her daughter's behalf.\n\n"
            f'{O}She has not picked up a bat since,{C} the mother said.')
    assert _plain(speaker_in(text, "picked up a bat")) == "the younger girl's mother"
    # near-miss: two mothers described, so "the mother" stays as written
    text = (_SENTENCED + "The younger girl's mother and the older girl's mother sat together.\n\n"
            f'{O}She has not picked up a bat since,{C} the mother said.')
    assert _plain(speaker_in(text, "picked up a bat")) == "mother"


def test_her_mother_after_one_of_the_victims_is_the_victims_mother():
    text = (_SENTENCED + "One of the victims, now 19, told the judge she had believed him.\n\n"
            f"{O}I was 15. I did not know,{C} she said.\n\n"
            "Her mother, speaking after her, said the family had left the church.\n\n"
            f"{O}We handed our daughter to that man every Wednesday night,{C} she said.")
    assert speaker_in(text, "I was 15") == "one of the victims"
    assert _plain(speaker_in(text, "We handed")) == "the victim's mother"


def test_someone_speaking_for_a_person_is_that_persons_voice():
    text = ("Actor Jensen Marlowe, 44, was sentenced to probation on Monday.\n\n"
            f"A publicist for Marlowe said in a statement that the actor {O}takes full responsibility{C} for the crash.")
    assert _plain(speaker_in(text, "takes full responsibility")) == "Marlowe's publicist"
    # near-miss: a spokeswoman for a body speaks as the body
    text = ("Actor Jensen Marlowe, 44, was sentenced to probation on Monday.\n\n"
            f"A spokeswoman for the Elm County Sheriff's Office said deputies {O}followed every procedure.{C}")
    assert _plain(speaker_in(text, "followed every procedure")) != "Marlowe's spokeswoman"


def test_a_board_is_named_by_the_club_whose_board_it_is():
    text = ("Bob Brisco, 44, was convicted Friday of abusing swimmers he coached.\n\n"
            "The club, Green Mountain Aquatics, dismissed him in 2023.\n\n"
            f"In an email to The Post, the club's board of directors said it had {O}cooperated fully{C} with police.\n\n"
            f"{O}We are heartbroken for these athletes,{C} the board wrote.")
    assert speaker_in(text, "cooperated fully") == "Green Mountain Aquatics board of directors"
    assert speaker_in(text, "heartbroken") == "Green Mountain Aquatics board of directors"


def test_an_aside_comparing_a_term_with_what_was_asked_for_gives_no_speaker():
    text = ("Judge Harold Nakamura sentenced Jensen Marlowe, 44, to probation on Monday.\n\n"
            f"{O}Your fame did not help you today,{C} the judge said.\n\n"
            "He added that a state prison term, as the district attorney's office had asked for, "
            f"{O}would serve the court's sense of outrage more than public safety.{C}")
    assert speaker_in(text, "sense of outrage") == "Harold Nakamura"
    # near-miss: an aside that gives the words, "as X put it", is X's
    text = ("Judge Harold Nakamura sentenced Jensen Marlowe, 44, to probation on Monday.\n\n"
            f"The sentence was, as prosecutor Ann Lee put it, {O}a gift.{C}")
    assert speaker_in(text, "a gift") == "Ann Lee"


def test_a_pastor_described_with_his_church_and_where_it_stands_speaks_himself():
    text = ("Officer Bob Kowalczyk, 31, was sentenced Monday to six years in prison.\n\n"
            "The Rev. Leon Fairley, pastor of Greater New Hope Missionary Baptist Church in Chatham, where the family "
            f"worships, said the sentence was {O}less than this family deserved.{C}")
    assert speaker_in(text, "less than this family") == "Leon Fairley"


def test_the_one_a_group_acted_on_just_before_is_the_he():
    text = ("Kyle Brandvold, 34, was sentenced to 41 months in federal prison for a hate crime.\n\n"
            "A station clerk called 911. Seattle police officers arrested Brandvold a few blocks away. According to the "
            f"charging papers, he told an officer that the victim {O}looked like a terrorist.{C}")
    assert speaker_in(text, "looked like a terrorist") == "Kyle Brandvold"
    # near-miss: the clerk who opens the sentence just before and speaks keeps the words
    text = ("Kyle Brandvold, 34, was sentenced to 41 months in federal prison for a hate crime.\n\n"
            f"A station clerk, Tom Reyes, called 911. He told the dispatcher {O}a man is hurt.{C}")
    assert speaker_in(text, "a man is hurt") == "Tom Reyes"


def test_a_place_is_nobodys_relative_and_a_letter_writer_named_there_is_the_she():
    text = ("Daniel Reyes-Katz was sentenced Tuesday to five years in prison for fraud.\n\n"
            "The former finance chief, Priya Venkataraman, pleaded guilty last year. She is to be sentenced in November.\n\n"
            "More than 140 letters were submitted on Mr. Reyes-Katz's behalf, from former employees, a rabbi in "
            "Westchester County and his wife, Elena Reyes-Katz, who wrote that he had taught coding classes.\n\n"
            f"{O}He has not once asked me to feel sorry for him,{C} she wrote.")
    assert speaker_in(text, "feel sorry") == "Elena Reyes-Katz"
    roles = party_roles(text)
    assert not any("County" in r for r in roles.get("Elena Reyes-Katz", []))


def test_a_witness_described_after_her_name_speaks_as_herself():
    text = ("Adrian Castellanos was sentenced to 288 months in federal prison for a Ponzi scheme.\n\n"
            "Nine investors spoke. Among them was Marta Echeverria, 71, a retired nurse from Kendall who said she and her "
            "husband had invested $410,000.\n\n"
            f"{O}My husband died believing our money was safe.{C}")
    assert speaker_in(text, "My husband died") == "Marta Echeverria"


def test_defence_counsels_client_is_the_accused():
    text = ("Darragh Keogan, 29, was jailed for 10 years for manslaughter at the Central Criminal Court.\n\n"
            "Det Gda Paul Hennelly agreed with Michael Corcoran SC, defending, that his client had told gardai: "
            f"{O}I only meant to frighten him.{C}")
    assert speaker_in(text, "only meant to frighten") == "Darragh Keogan"
    # near-miss: a victim's family's lawyer's client is not the accused
    text = ("Darragh Keogan, 29, was jailed for 10 years for manslaughter at the Central Criminal Court.\n\n"
            f"Ann Lee, who represents the Brophy family, said her client was {O}devastated by the loss.{C}")
    assert speaker_in(text, "devastated") != "Darragh Keogan"


def test_a_law_cited_by_its_section_is_no_party():
    from tests.helpers import party_kinds

    kinds = party_kinds("Greg Hensley, 52, was convicted on Friday of abusing two girls.\n\n"
                        "He must register as a sex offender for life under Penal Code Section 290.")
    assert "Penal Code Section" not in kinds
    assert kinds.get("Greg Hensley") == "person"
