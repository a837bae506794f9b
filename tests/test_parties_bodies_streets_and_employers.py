"""A body named only inside a noun phrase ("Members of the ... Coalition", "the ... Schools statement", "a ... Society
spokeswoman") is a party; a street with its city quadrant and an agency that only qualifies someone's job are not.
Short texts written for these tests."""
from __future__ import annotations

from builder.extract.parties import find_parties
from builder.sources import source_from_text

LEDE = "Headline\n\nNell Orwin was charged on Monday with vehicular homicide.\n\n"


def parties(body: str) -> dict[str, str]:
    source = source_from_text("story.txt", LEDE + body.replace("|", "\n\n") + "\n")
    return {p.name: p.kind for p in find_parties(source)}


def test_a_body_named_only_inside_a_noun_phrase_is_a_party():
    assert parties("Members of the Cycle Fenby Coalition placed a white bicycle at the corner.").get(
        "Cycle Fenby Coalition") == "organization"
    assert parties("\"We grieve with the family,\" the Ashgrove City Schools statement said.").get(
        "Ashgrove City Schools") == "organization"
    assert parties("\"This was preventable,\" a Tarn County Humane Society spokeswoman said.").get(
        "Tarn County Humane Society") == "organization"
    # near-miss: a state after "of the" is no body, and a car after "a" is no one
    found = parties("Officers of the State of Ohio met Orwin.|Orwin drove a Jeep Grand Cherokee.")
    assert "Ohio" not in found and "State of Ohio" not in found
    assert "Jeep Grand Cherokee" not in found


def test_a_street_with_its_quadrant_is_no_party():
    found = parties("Orwin, of the 4100 block of Alder Street NW, was held.|The crash was on Quill Avenue SE.|"
                    "Police closed Ridge Road NE and Fifth Street SW.")
    for street in ("Alder Street NW", "Quill Avenue SE", "Ridge Road NE", "Street SW", "Fifth Street SW"):
        assert street not in found
    # near-miss: the neighbor who lives on such a street is still a person
    found = parties("Edith Varlow, who lives on Cole Street NW, called police.")
    assert found.get("Edith Varlow") == "person" and "Cole Street NW" not in found


def test_an_agency_that_only_qualifies_a_job_is_no_party_but_one_that_acts_is():
    assert "TRANZ" not in parties("Orwin, a retired TRANZ mechanic, was held on bail.")
    assert "MVTA" not in parties("Orwin was a former MVTA bus driver.")
    assert "KCTA" not in parties("Orwin worked as a KCTA inspector for 20 years.")
    # near-miss: the same agency speaking is a party
    assert parties("Orwin, a retired TRANZ mechanic, was held. TRANZ said it had fired him in 2019.").get(
        "TRANZ") == "organization"
