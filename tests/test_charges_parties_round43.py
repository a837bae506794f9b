"""Charges and parties from short articles written for these tests: a Commonwealth employee's theft ("theft as a
servant"), two drugs of one dealing count before a further conspiracy, a statute's value threshold ("with a market
value of ... or more", "valued at $1,500 or more"), a release's title-cased offences after a count in plain words, and
those titles never read as people."""
from __future__ import annotations

from builder.extract.parties import find_parties
from builder.sources import source_from_text
from tests.test_charges import _charges


def test_theft_as_a_servant_is_one_offence():
    assert _charges("Orla Brennick, 46, pleaded guilty to theft as a servant and false accounting.") == {
        "theft as a servant": "pleaded guilty", "false accounting": "pleaded guilty"}
    assert _charges("The former clerk was charged with theft as a servant, fraud by abuse of position and false "
                    "accounting.") == {"theft as a servant": "charged", "fraud by abuse of position": "charged",
                                       "false accounting": "charged"}


def test_two_drugs_of_one_count_stay_together_before_a_further_conspiracy():
    assert _charges("Tobin Carrow pleaded guilty to conspiracy to possess with intent to distribute heroin and "
                    "fentanyl and conspiracy to commit money laundering.") == {
        "conspiracy to possess with intent to distribute heroin and fentanyl": "pleaded guilty",
        "conspiracy to commit money laundering": "pleaded guilty"}
    assert _charges("Tobin Carrow was convicted of possession of cocaine and methamphetamine.") == {
        "possession of cocaine and methamphetamine": "convicted"}


def test_a_value_threshold_goes_on_to_its_or_more():
    assert _charges("Fiachra Dunmorrow, 29, pleaded guilty to possession of heroin with a market value of \u20ac13,000 "
                    "or more for sale or supply.") == {
        "possession of heroin with a market value of \u20ac13,000 or more for sale or supply": "pleaded guilty"}
    assert _charges("Wendover Sprott was charged with theft of property valued at $1,500 or more and burglary.") == {
        "theft of property valued at $1,500 or more": "charged", "burglary": "charged"}


def test_titled_offences_after_a_count_in_plain_words():
    assert _charges("Hollis Vantree pleaded guilty to one count each of Identity Theft, Forgery and Receiving Stolen "
                    "Property.") == {"Identity Theft": "pleaded guilty", "Forgery": "pleaded guilty",
                                     "Receiving Stolen Property": "pleaded guilty"}


def test_titled_offences_are_no_people():
    source = source_from_text("a.txt", "date: 2025-01-10\n\nHollis Vantree, 51, pleaded guilty to one count each of "
                                       "Identity Theft, Forgery and Receiving Stolen Property.")
    assert [p.name for p in find_parties(source)] == ["Hollis Vantree"]
    # a person named after a deed is still a person
    source = source_from_text("a.txt", "date: 2025-01-10\n\nGil Marten was charged with assaulting Dana Theft.")
    assert "Dana Theft" in [p.name for p in find_parties(source)]


def test_a_co_defendant_charged_in_the_same_paper_has_the_case_counts():
    text = ("A grand jury returned an indictment against Reuben Kestwick, 52, and against Tova Brindle, 47, a "
            "contractor. Kestwick is charged with conspiracy to commit wire fraud and accepting bribes. Brindle is "
            "charged with the conspiracy count and two counts of paying bribes.")
    # the conspiracy count named again for the co-defendant is the one already named, not a bare "conspiracy"
    assert _charges(text) == {"conspiracy to commit wire fraud": "charged", "accepting bribes": "charged",
                              "paying bribes": "charged"}
    # someone charged with no sign of one paper for both is their own case
    assert _charges("Reuben Kestwick is charged with accepting bribes. Tova Brindle is charged with two counts of "
                    "paying bribes.") == {"accepting bribes": "charged"}


def _party_names(body: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in find_parties(source_from_text("a.txt", "date: 2025-01-10\n\n" + body))}


def test_a_plural_title_after_a_plural_place_word_is_shared():
    assert _party_names("Assistant United States Attorneys Wen Harbury and Priya Castellan prosecuted the case.") == {
        "Wen Harbury": ["Assistant United States Attorney"], "Priya Castellan": ["Assistant United States Attorney"]}


def test_prosecuting_offices_abroad_are_bodies():
    assert list(_party_names("The Crown Office and Procurator Fiscal Service said Ewan Tolmie had shown no "
                             "remorse.")) == ["Crown Office and Procurator Fiscal Service"]
    # a named holder of the office keeps the whole title as the role
    assert _party_names("Director of Public Prosecutions Nuala Brack said the sentence would be reviewed.") == {
        "Nuala Brack": ["Director of Public Prosecutions"]}


def test_a_court_reports_opening_participle_is_no_part_of_the_name():
    names = _party_names("Jailing Ross Kelbie for six years, Judge Ann Pellinore said he had shown no remorse.")
    assert "Ross Kelbie" in names and "Jailing Ross Kelbie" not in names
    names = _party_names("Sentencing Innes Bairdlaw, 41, at the High Court in Edinburgh, Lady Dunnet said the attack "
                         "was cowardly.")
    assert "Innes Bairdlaw" in names


def test_an_offence_named_only_by_its_statute_number():
    assert _charges("Lennart Vrabel was charged with violating Section 18-2-204, a felony.") == {
        "violating Section 18-2-204": "charged"}
    assert _charges("Dorrit Pelham was convicted of violating 18 U.S.C. \u00a7 922(g), which bars felons from "
                    "possessing firearms.") == {"violating 18 U.S.C. \u00a7 922(g)": "convicted"}
