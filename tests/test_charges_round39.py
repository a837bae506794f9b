"""Charges from short articles written for these tests: two nouns an attempt qualifies sharing one object, a deed with
its mental element, statutory complements ("in the purchase of", "in connection with drug trafficking", "derived
from"), deeds and enterprises told in plain words, a habit of charging anyone, a dated earlier conviction, a live blog's
summary bullets, and words that are no offence ("counts of conviction", "whichever")."""
from __future__ import annotations

from tests.test_charges import _charges


def test_an_attempt_qualifies_two_nouns_that_share_their_object():
    charges = _charges("A grand jury returned an indictment charging Milo Farrance, 41, of Dunbury, Ohio, with attempted "
                       "coercion and enticement of a minor, attempted sexual exploitation of a minor, and receipt of "
                       "stolen mail.")
    assert charges == {"attempted coercion and enticement of a minor": "charged",
                       "attempted sexual exploitation of a minor": "charged", "receipt of stolen mail": "charged"}


def test_a_deed_and_its_mental_element_are_one_offence():
    charges = _charges("Bree Kallis had pleaded guilty to intentionally causing a fire and being reckless as to its "
                       "spread, and to destroying property by fire.")
    assert charges == {"intentionally causing a fire and being reckless as to its spread": "pleaded guilty",
                       "destroying property by fire": "pleaded guilty"}


def test_statutory_complements_keep_the_offence_going():
    assert _charges("Tobin Ruhl pleaded guilty to one count of engaging in monetary transactions in property derived "
                    "from specified unlawful activity.") == {
        "engaging in monetary transactions in property derived from specified unlawful activity": "pleaded guilty"}
    assert _charges("Tobin Ruhl was found guilty of two counts of making false statements in the purchase of "
                    "firearms after a short trial.") == {
        "making false statements in the purchase of firearms": "convicted"}
    assert _charges("Tobin Ruhl pleaded guilty to carrying a gun in connection with drug trafficking.") == {
        "carrying a gun in connection with drug trafficking": "pleaded guilty"}
    # the event's "in connection with" still ends the offence
    assert _charges("Tobin Ruhl was charged with murder in connection with the death of a neighbor.") == {
        "murder": "charged"}


def test_an_enterprise_or_a_conspiracy_led_is_a_deed_told():
    assert _charges("A jury convicted Cass Obi of running a parts-smuggling pipeline that moved rifles north.") == {}
    assert _charges("Cass Obi was convicted in March of running a call center that cheated retirees.") == {}
    assert _charges("Cass Obi was sentenced to nine years in prison for leading a conspiracy that moved stolen "
                    "cars abroad.") == {}


def test_a_habit_of_charging_a_kind_of_people_is_no_charge():
    charges = _charges("Cass Obi pleaded guilty to wire fraud. Before the new law, prosecutors typically charged "
                       "straw buyers with lying on forms.")
    assert charges == {"wire fraud": "pleaded guilty"}


def test_a_dated_earlier_conviction_is_the_defendants_record():
    charges = _charges("Nils Ardent pleaded guilty to possession with intent to distribute cocaine. He missed the "
                       "lower range because of a 2015 conviction for second-degree burglary, which he committed at 19.")
    assert charges == {"possession with intent to distribute cocaine": "pleaded guilty"}


def test_a_live_blogs_summary_bullets_name_the_charges_the_updates_do_not():
    charges = _charges("Live updates: Pell Varro sentenced\n\nWhat we know\n\n"
                       "- Exchange founder Pell Varro was sentenced to 9 years in prison in federal court.\n"
                       "- A jury convicted him in March of wire fraud and conspiracy to commit bank fraud.\n\n"
                       "Varro said he was sorry.")
    assert charges == {"wire fraud": "convicted", "conspiracy to commit bank fraud": "convicted"}


def test_a_place_type_a_statute_names_goes_on_with_the_offence():
    assert _charges("Jon Asker was convicted of theft in a business setting.") == {
        "theft in a business setting": "convicted"}


def test_counts_of_conviction_and_whichever_name_no_offence():
    assert _charges("Jon Asker was convicted of bribery. Two of his five counts of conviction depended on that "
                    "theory.") == {"bribery": "convicted"}
    charges = _charges("Jon Asker is charged with arson. Treatment can last no longer than the maximum sentence for "
                       "the most serious charge, whichever is shorter.")
    assert "whichever" not in charges
