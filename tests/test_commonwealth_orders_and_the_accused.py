"""Commonwealth copy: an order made "at the victim's request" is the court's; a curfew keeps how it is kept ("a
nightly curfew from 9 p.m. to 6 a.m."); Canada's "conditional sentence of two years less a day" is served in the
community, never prison; the accused is the one "on Friday jailed", not the man who "was punched"; and a force or an
inspectorate named by its acronym ("the PSNI's", "passed to the RSPCA") or in lower case ("A West Midlands police
spokesperson said") is a party."""
from __future__ import annotations

import pytest

from tests.helpers import dated_source, one_term_of_kind, party_kinds, sentencing_of, shown_terms

_KERSLAKE = "Ross Kerslake, 37, was sentenced to 10 months' home detention in the Dunedin District Court."


def test_an_order_made_at_the_victim_s_request_is_imposed():
    s = sentencing_of(_KERSLAKE, "At the victim's request, the judge also made a final protection order under the "
                                 "Family Violence Act.")
    term = one_term_of_kind(s, "no_contact")
    assert (term.text, term.status) == ("final protection order", "imposed")


def test_a_request_still_governs_an_ask():
    s = sentencing_of("Ross Kerslake, 37, will be sentenced in May.", "Prosecutors have requested a $5,000 fine.")
    assert one_term_of_kind(s, "fine").status == "recommended", shown_terms(s)


def test_a_curfew_keeps_how_it_is_kept():
    s = sentencing_of("Ross Kerslake, 37, was given a conditional sentence of two years less a day. For the second "
                      "year he will be under a nightly curfew from 9 p.m. to 6 a.m.")
    assert one_term_of_kind(s, "curfew").text == "nightly curfew from 9 p.m. to 6 a.m."


def test_a_conditional_sentence_named_before_its_length_is_no_prison():
    s = sentencing_of("Ross Kerslake, 37, was given a conditional sentence of two years less a day.")
    term = one_term_of_kind(s, "conditional_sentence")
    assert term.text == "conditional sentence of two years less a day"
    assert not [t for t in s.terms if t.kind == "prison"], shown_terms(s)


def test_the_accused_is_the_one_jailed_not_the_one_punched():
    from builder.extract._defendant import find_defendant
    from builder.extract.parties import find_parties

    source = dated_source("Jayden Pollard, 24, was on Friday jailed for 13 years after pleading guilty to the "
                          "manslaughter of Daniel Kerrigan.\n\nMr Kerrigan, 40, was punched from behind. Mr Kerrigan "
                          "never woke. Mr Kerrigan had turned away, the judge said. Mr Kerrigan's widow wept.",
                          published="2025-05-09")
    assert find_defendant(source, find_parties(source)).name == "Jayden Pollard"


@pytest.mark.parametrize("sentence, body", [
    ("Detective Sergeant Claire Ferris said the PSNI's public protection branch had worked closely with her.", "PSNI"),
    ("The videos were passed to the RSPCA by a member of the public.", "RSPCA"),
    ("Two days later, Halifax District RCMP stopped a car on Sackville Drive.", "Halifax District RCMP"),  # the detachment by its place
    ("A West Midlands police spokesperson said: \u201cWe will always act.\u201d", "West Midlands police"),
])
def test_a_force_or_inspectorate_named_briefly_is_a_party(sentence, body):
    assert party_kinds(f"Tom Howe, 22, was jailed for three years. {sentence}").get(body) == "organization"


def test_where_someone_once_worked_is_no_party():
    assert "RSPCA" not in party_kinds("Tom Howe, 22, a former RSPCA inspector, was jailed for three years.")


def test_a_body_named_only_in_a_line_pointing_readers_to_help_is_no_party():
    found = party_kinds("Tom Howe, 22, was jailed for stalking.\n\nIf you have been affected by stalking, you can "
                        "contact the National Stalking Helpline on 0808 802 0300.\n\n\u2022 Information and support for "
                        "anyone worried about neglect is available from the charity Hourglass.")
    assert "National Stalking Helpline" not in found and "Hourglass" not in found, found


def test_an_appeal_for_information_still_names_the_investigating_force():
    found = party_kinds("Tom Howe, 22, was jailed for burglary.\n\nAnyone with information can contact the South Gate "
                        "Police Department.")
    assert found.get("South Gate Police Department") == "organization" or \
        found.get("the South Gate Police Department") == "organization", found


def test_a_sentence_of_the_record_is_no_term_of_this_case():
    s = sentencing_of("Jayden Pollard, 24, was on Friday jailed for 13 years.",
                      "The court heard Pollard had prior convictions for unlawful assault and affray as a teenager, for "
                      "which he received a community corrections order.")
    order = next(t for t in s.terms + s.others if "community corrections order" in t.text)
    assert order.status == "other", shown_terms(s)


def test_the_offence_admitted_now_keeps_its_order():
    s = sentencing_of("Jayden Pollard, 24, admitted affray, for which he received a community corrections order.")
    assert any(t.status == "imposed" and "community corrections order" in t.text for t in s.terms), shown_terms(s)


def test_the_law_s_rule_for_anyone_convicted_is_no_one_s_sentence():
    s = sentencing_of("Jayden Pollard, 24, was jailed for 13 years with a non-parole period of 10 years.",
                      "Under Victoria's single punch laws, introduced in 2014 after a series of deaths, a person convicted "
                      "of manslaughter by a single punch must serve a minimum of 10 years before becoming eligible for "
                      "parole.")
    assert not [t for t in s.others if t.subject == "another defendant"], shown_terms(s)
