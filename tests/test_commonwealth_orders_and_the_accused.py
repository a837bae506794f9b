"""Commonwealth copy: an order made "at the victim's request" is the court's; a curfew keeps how it is kept ("a
nightly curfew from 9 p.m. to 6 a.m."); Canada's "conditional sentence of two years less a day" is served in the
community, never prison; and the accused is the one "on Friday jailed", not the man who "was punched"."""
from __future__ import annotations

from tests.helpers import dated_source, one_term_of_kind, sentencing_of, shown_terms

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
