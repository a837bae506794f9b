"""A given name that is only a man's or only a woman's ("Brock", "Siân", "Huw") marks who a "he said" or "she told
him" can be, in British, Irish, Welsh and Commonwealth copy as in American."""
from __future__ import annotations

from tests.helpers import facts_of, speaker_of


def test_she_is_never_the_man_named_brock():
    facts = facts_of("Brock Hallam, 29, pleaded guilty to choking his former partner.\n\n"
                     "Hallam grabbed her phone during an argument.\n\n"
                     "\u201cI can\u2019t breathe, let go,\u201d she told him, according to the police facts.\n")
    assert speaker_of(facts, "I can\u2019t breathe") != "Brock Hallam"


def test_he_said_after_a_woman_named_sian_is_the_judge():
    facts = facts_of("Si\u00e2n Prothero, 45, was given a suspended sentence at Swansea Crown Court.\n\n"
                     "The judge, Huw Meredith, said the footage was \u201cdeeply disturbing to watch\u201d. In one clip, "
                     "Prothero is heard telling a colleague: \u201cShe can shout all she likes.\u201d\n\n"
                     "\u201cThese are not the actions of people who were simply tired,\u201d he said.\n")
    assert speaker_of(facts, "These are not") == "Huw Meredith"
