"""Speakers, round 64: a "he said" quote marks its speaker's gender for a later "she said", a company's unnamed
spokesperson speaks for the company the article named, "an emailed statement" holds no verb of speech, a body named
with its generic noun ("the Elm Ridge Academy network") is what "the network" means however far back, and a money
label in marks ("$40,000 in "advisory fees"") is no quote. All texts invented."""
from tests.helpers import C, O, quotes_of, speaker_in

LEDE = "A former hospital director, Corvanne Adelsberg, was sentenced Monday to six years in prison for fraud.\n\n"


def test_a_she_said_skips_a_man_a_he_said_quote_was_given_to():
    text = LEDE + (
        "Adelsberg, in a grey suit, spoke before the sentence was read.\n\n"
        f"{O}I am sorry for what I did,{C} he said.\n\n"
        "Wilhelmina Tasset, whose husband died after a delayed surgery, read a statement.\n\n"
        f"{O}My husband waited nine months,{C} Tasset said, citing testimony that Adelsberg had told managers to "
        f"{O}trim the fat,{C} meaning the surgical staff.\n\n"
        f"{O}He deserved better than a spreadsheet,{C} she said.\n")
    assert speaker_in(text, "better than a spreadsheet") == "Wilhelmina Tasset"
    assert speaker_in(text, "I am sorry") == "Corvanne Adelsberg"


def test_a_company_spokesperson_speaks_for_the_company_the_article_named():
    text = LEDE + (
        "Adelsberg had worked for Quarrow Health Systems until 2021. The company paid $9 million to settle. "
        f"A company spokesperson said in an emailed statement that the firm {O}has replaced its entire billing team{C} "
        "and that Adelsberg left in 2021.\n")
    assert speaker_in(text, "entire billing team") == "Quarrow Health Systems"


def test_a_participle_after_an_article_is_no_verb_of_speech():
    # (no company named: the spokesperson as written, not nobody)
    text = LEDE + f"A company spokesperson said in an emailed statement that the firm {O}was robbed from within.{C}\n"
    assert speaker_in(text, "robbed from within") == "company spokesperson"


def test_a_body_named_with_its_generic_noun_is_the_network_far_later():
    text = LEDE + (
        "Adelsberg founded the Tavish Creek Clinics network in 2006 and ran its four sites.\n\n"
        "He pleaded guilty in March.\n\nThe judge said the losses were large.\n\nHis lawyer asked for probation.\n\n"
        f"The network said in a statement that it had {O}rebuilt our billing controls from scratch{C} and would stay open.\n")
    assert speaker_in(text, "rebuilt our billing controls") == "Tavish Creek Clinics network"


def test_a_money_label_in_marks_is_no_quote():
    text = LEDE + (
        "Prosecutors said that between 2016 and 2020 Adelsberg paid surgeons about $1.4 million in "
        f"{O}advisory fees{C} for meetings that never took place.\n")
    assert [q for q, _ in quotes_of(text)] == []
