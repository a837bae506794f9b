"""Parties and charges from round 58: a body named in an appositive after its kind ("The trucking company, NAME,
fired him"; "a shell company, NAME."), or after its kind and a relative clause ("The network that aired his show,
NAME, canceled it"); a person named after an age-and-place description ("A 58-year-old Millbrook man, NAME,"); no
business out of a one-word surname the person founded ("the firm Voss founded"); a driving charge aggravated by
carrying a child ("driving under the influence while transporting a minor")."""
from __future__ import annotations

from tests.helpers import charge_texts, party_kinds


_LEAD = "Harlan Voss, 51, was sentenced Tuesday to three years in prison for vehicular assault.\n\n"


def test_a_body_named_in_an_appositive_after_its_kind_as_subject():
    parties = party_kinds(_LEAD + "The trucking company, Brisco Valley Freight, fired Voss the day after the crash.")
    assert parties.get("Brisco Valley Freight") == "organization"


def test_a_body_named_in_an_appositive_after_its_kind_at_the_sentence_end():
    parties = party_kinds(_LEAD + "The lumber was billed by a sawmill company, Tamarack Hollow Lumber.")
    assert parties.get("Tamarack Hollow Lumber") == "organization"


def test_a_network_named_after_a_relative_clause():
    parties = party_kinds(_LEAD + "The network that aired his show, Quillmark TV, canceled it in June.")
    assert parties.get("Quillmark TV") == "organization"


def test_a_person_after_a_kind_in_an_opening_phrase_stays_no_body():
    parties = party_kinds(_LEAD + "After leaving the company, Harlan Voss, then 40, started a rival business.")
    assert parties.get("Harlan Voss") == "person"


def test_a_person_named_after_an_age_and_home_town():
    parties = party_kinds(_LEAD + "A 58-year-old Millbrook man, Tobias Renfrow, suffered a broken arm.\n\n"
                       "A 33-year-old woman, Priya Calloway, was also hurt.")
    assert parties.get("Tobias Renfrow") == "person"
    assert parties.get("Priya Calloway") == "person"


def test_the_firm_a_person_founded_is_not_named_for_them():
    parties = party_kinds(_LEAD + "The trades paid Pellwood Ridge Capital Management, the Stamford firm Voss founded in 2009.")
    assert "Voss" not in parties


def test_driving_under_the_influence_while_transporting_a_minor():
    assert charge_texts("Olwen Tresco pleaded guilty Monday to driving under the influence while transporting a minor "
                    "and two counts of reckless endangerment. She was sentenced to two years in prison.") == [
        "driving under the influence while transporting a minor", "reckless endangerment"]
