"""Who speaks when the story keeps a victim's name from the reader, when a body is named by what it belongs to, and when a
new person is introduced as "one of" a group before a "she said": short texts written for these tests, each with a
near-miss."""
from __future__ import annotations

from tests.helpers import speaker_in

_JUDGE = ('Colin Lowry, 28, was given a conditional sentence on Friday.\n\n'
          '"It was a serious violation," Judge Elaine Marr said.\n\n')


def test_a_victim_whose_name_a_ban_protects_is_the_she_of_her_statement():
    text = _JUDGE + ("The woman, whose name is protected by a publication ban, was 23 at the time. She was not in court.\n\n"
                     'In a written statement, she said she was "disappointed but not surprised."')
    assert speaker_in(text, "disappointed") == "the woman"
    # near-miss: with no ban, the judge who spoke last stays the "she" a bare description does not replace
    text = _JUDGE + 'The judge paused before she went on. "I have read every letter," she said.'
    assert speaker_in(text, "every letter") == "Elaine Marr"


def test_a_body_named_by_what_it_belongs_to_speaks_as_named():
    text = ('Connor Ash, 24, was jailed for life.\n\n'
            'Beth Orr, of the CPS, said the sentence reflected "the sheer scale of the harm".\n\n'
            "In a statement read outside court, the mosque's management committee said worshippers had been "
            '"shaken to the core" but added: "We will not be divided."')
    assert speaker_in(text, "shaken to the core") == "the mosque's management committee"
    assert speaker_in(text, "will not be divided") == "the mosque's management committee"


def test_one_of_the_victims_introduced_with_her_age_is_the_next_she():
    text = ("Darren Fenn, 47, was ordered to pay back £400,000.\n\n"
            'Fenn\'s barrister, Harriet Blake, said her client had "co-operated fully".\n\n'
            '"He wants the victims to get their money back," she said.\n\n'
            "One of Fenn's victims, 89-year-old Margaret Ellis, of Fishponds, paid him £31,000 for work on her chimney. "
            'She told reporters her house had since been repaired by "a proper firm, at a proper price".\n\n'
            '"I don\'t care about him," she said.')
    assert speaker_in(text, "a proper firm") == "Margaret Ellis"
    assert speaker_in(text, "care about him") == "Margaret Ellis"
    assert speaker_in(text, "get their money back") == "Harriet Blake"  # near-miss: before her, the barrister
