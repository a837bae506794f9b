"""Titles printed abbreviated before a name ("Ald.", "Cmdr.", "Mr.") are part of the name that follows: never a
speaker or a party on their own, whichever of them a reporter uses. One list holds them all."""
from __future__ import annotations

import pytest

from tests.helpers import facts_of, party_names, quotes_of


@pytest.mark.parametrize("title", ["Ald.", "Cmdr.", "Cdr.", "Brig.", "Sen.", "Sgt.", "Const."])
def test_a_speaker_after_an_abbreviated_title_is_the_named_person(title):
    text = (f"Royce Pellam, 58, was sentenced on Monday.\n\n"
            f"\"Nobody is above the law here,\" said {title} Imelda Fennimore, who sat through the trial. "
            f"\"Not even a friend.\"")
    assert quotes_of(text) == [("Nobody is above the law here,", "Imelda Fennimore"),
                               ("Not even a friend.", "Imelda Fennimore")]


def test_an_abbreviated_rank_gives_the_persons_role():
    facts = facts_of("Royce Pellam was sentenced.\n\n\"We acted,\" said Cmdr. Imelda Fennimore, a Navy spokeswoman.")
    person = next(p for p in facts.parties if p.name == "Imelda Fennimore")
    assert "Commander" in person.roles


@pytest.mark.parametrize("honorific", ["Mr.", "Ms.", "Dr.", "Sgt."])
def test_restitution_to_a_titled_person_names_the_person_not_the_title(honorific):
    facts = facts_of(f"Royce Pellam was sentenced on Monday. The judge ordered Mr. Pellam to pay $40,000 in restitution to "
                     f"{honorific} Voss for his medical bills.")
    names = party_names(facts)
    assert honorific.rstrip(".") not in names and "Voss" in names


def test_every_abbreviated_title_reads_as_part_of_a_name():
    import re

    from builder.extract._lexicon import NAME_TOKEN, TITLE_ABBREVIATIONS
    for abbreviation in TITLE_ABBREVIATIONS:
        assert re.fullmatch(NAME_TOKEN, f"{abbreviation}."), abbreviation
