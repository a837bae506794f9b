"""Who speaks when a deck's subject is a bare noun ("Widow tells court ..."), when a relative introduced with her name
and no comma reads a statement, when a lede's described mother is followed by a man's name, when a group asks the judge
something and a participle gives its words, and when a later "the defense wrote" points back at "his attorneys": short
texts written for these tests, each with a near-miss."""
from __future__ import annotations

from tests.helpers import speaker_in

_PLEA = "Connor Bell (27) pleaded guilty to the manslaughter of Paul Gilmore (52) at Belfast Crown Court.\n\n"


def test_a_deck_whose_subject_is_a_bare_noun_names_the_person_the_story_gives_that_role():
    text = (_PLEA + "In a victim impact statement, Mr Gilmore's widow, Deirdre Gilmore, described the night he died.\n\n"
            "The judge will pass sentence next month.")
    title = 'Widow tells court her daughter still asks "when daddy is coming home"'
    assert speaker_in(text, "when daddy", title=title) == "Deirdre Gilmore"


def test_a_relative_named_without_a_comma_gives_the_statement_after_her():
    text = (_PLEA + "In a victim impact statement read to the court, Mr Gilmore's widow Deirdre described the moment she "
            "was told he would not recover.\n\n"
            "\u201cPaul went out that night to have a drink with his brother. He kissed me at the door.\n\n"
            "\u201cI do not hate the man who did this.\u201d\n\n"
            "Defence barrister Seamus Breen said his client was sorry.")
    assert speaker_in(text, "Paul went out") == "Deirdre Gilmore"
    assert speaker_in(text, "I do not hate") == "Deirdre Gilmore"


def test_a_ledes_mother_is_no_man_named_in_the_next_paragraph():
    text = ("The mother of a Saskatoon man who was stabbed to death in 2023 told a courtroom Friday that she has forgiven "
            "the man who killed him \u2014 but that she wants him to \u201cdo his time.\u201d\n\n"
            "Jordan Littlecrow, 28, pleaded guilty to manslaughter last November in the death of Curtis Fiddler.")
    assert speaker_in(text, "do his time") != "Jordan Littlecrow"
    # near-miss: the woman who opens the next paragraph and speaks is the mother the lede described
    text = ("The mother of a Saskatoon man who was stabbed to death in 2023 told a courtroom Friday that she wants the "
            "killer to \u201cdo his time.\u201d\n\n"
            "Bernice Fiddler told reporters outside court that she had forgiven him.\n\n"
            "Jordan Littlecrow, 28, pleaded guilty to manslaughter last November.")
    assert speaker_in(text, "do his time") == "Bernice Fiddler"


def test_a_group_that_asks_the_judge_speaks_through_its_participle():
    text = ("Daniel Reyes, 41, pleaded guilty to wire fraud in May.\n\n"
            "In a sentencing memorandum filed late Tuesday in Federal District Court in Manhattan, prosecutors asked "
            "Judge Miriam Castell to sentence Mr. Reyes, 41, to 12 years in prison, writing that he had deceived "
            "investors \u201cwith a fluency few defendants have matched.\u201d")
    assert speaker_in(text, "with a fluency") == "prosecutors"
    # near-miss: a named person who asks keeps the words
    text = ("Daniel Reyes, 41, pleaded guilty to wire fraud in May.\n\n"
            "In a letter filed in Federal District Court in Manhattan, Lisa Ford asked Judge Miriam Castell for mercy, "
            "writing that he was \u201ca good father.\u201d")
    assert speaker_in(text, "a good father") == "Lisa Ford"


def test_the_defense_after_his_attorneys_is_the_defendants_attorneys():
    text = ("Randall Pratt, 60, pleaded guilty to tax evasion in March.\n\n"
            "In Wednesday's memo, his attorneys said the conduct was inexcusable.\n\n"
            '"Mr. Pratt\'s conduct was wrong, and he has never said otherwise," the defense wrote.')
    assert speaker_in(text, "conduct was wrong").replace("\u2019", "'") == "Pratt's attorneys"
