"""Charges from round 83: a charge lessened to another ("downgraded to", "reduced the charge to", "a charge later
reduced to") and the "before" clause that tells it; a noun plea or conviction as a subject, ended by its own verb; a
place after "in" or "at" taken for no subject; a share of a group convicted of an offence, a statistic."""
from __future__ import annotations

from tests.helpers import facts_of


def _charges(body: str) -> list[tuple[str, str]]:
    return [(c.text, c.status) for c in facts_of(f"title: Court case\noutlet: Test Wire\ndate: 2025-03-12\n\n{body}\n").sentencing.charges]


def test_a_charge_lessened_to_another_names_both():
    assert _charges("Tobin Vasko was originally charged with murder before the charge was downgraded to manslaughter.") == [
        ("murder", "charged"), ("manslaughter", "reduced")]
    assert _charges("Tobin Vasko was initially charged with attempted murder, but prosecutors later reduced the charge to "
                    "wounding with intent.") == [("attempted murder", "charged"), ("wounding with intent", "reduced")]
    assert _charges("Tobin Vasko was first charged with dangerous driving causing death before the count was reduced to "
                    "careless driving.") == [("dangerous driving causing death", "charged"), ("careless driving", "reduced")]
    assert _charges("Tobin Vasko was originally charged with first-degree murder, a charge later reduced to second-degree "
                    "murder.") == [("first-degree murder", "charged"), ("second-degree murder", "reduced")]
    assert _charges("Tobin Vasko was initially charged with murder; the charge was later downgraded to manslaughter.") == [
        ("murder", "charged"), ("manslaughter", "reduced")]
    # (the lesser count taken as part of a plea deal is the plea's)
    assert _charges("The Crown downgraded the charge against Tobin Vasko to manslaughter as part of a plea deal.") == [
        ("manslaughter", "pleaded guilty")]


def test_before_opening_a_clause_ends_the_offence():
    assert _charges("Tobin Vasko faced a charge of aggravated burglary before prosecutors amended it.") == [
        ("aggravated burglary", "charged")]
    assert _charges("Tobin Vasko was charged with perjury before a grand jury.") == [("perjury", "charged")]


def test_a_noun_plea_as_subject_ends_at_its_verb():
    assert _charges("His plea on Tuesday to theft came after weeks of talks.") == [("theft", "pleaded guilty")]
    assert _charges("Tobin Vasko's plea to burglary followed a deal with prosecutors.") == [("burglary", "pleaded guilty")]
    assert _charges("Her guilty plea last month to fraud means she avoids a trial.") == [("fraud", "pleaded guilty")]
    assert _charges("Tobin Vasko's plea of guilty to arson and criminal damage spared his neighbours from giving evidence.") == [
        ("arson", "pleaded guilty"), ("criminal damage", "pleaded guilty")]
    assert _charges("His plea to handling stolen goods came as a surprise.") == [("handling stolen goods", "pleaded guilty")]
    assert _charges("Tobin Vasko's conviction for dangerous driving ended his career.") == [("dangerous driving", "convicted")]


def test_a_place_after_in_is_no_subject():
    # (a place read as a person elsewhere in the article must not become the clause's subject)
    from builder.extract.charges import _reading_epithets
    about = _reading_epithets(lambda before: not any(place in before for place in ("Kinsey Falls", "Port Ellery", "Dunmore")))
    assert about("The pair were sentenced Tuesday in 40 Kinsey Falls after pleading guilty to ")
    assert about("The couple were sentenced at Port Ellery after admitting ")
    assert about("Both men were jailed in Kinsey Falls on Friday after pleading guilty to ")
    assert about("In Dunmore, the brothers pleaded guilty to ")
    # (an owner's name after "in" is still read: "in Dunmore's trial")
    assert not about("A witness in Dunmore's trial pleaded guilty to ")
    body = ("Jorun Tesk and his brother were fined on Friday over the poaching of two deer. "
            "The pair were sentenced Tuesday in 40 Mile Crossing after pleading guilty to hunting out of season and "
            "hunting without a permit.")
    assert _charges(body) == [("hunting out of season", "pleaded guilty"), ("hunting without a permit", "pleaded guilty")]


def test_a_share_of_a_group_convicted_is_a_statistic():
    assert _charges("Hal Brenner was jailed. A study found that more than half of the young adults it worked with who had "
                    "been convicted of drug offences had been exploited.") == []
    assert _charges("Hal Brenner was jailed. Most of those convicted of arson are released within five years.") == []
    assert _charges("Hal Brenner was jailed. About 40 per cent of prisoners convicted of burglary reoffend.") == []
    assert _charges("Hal Brenner was jailed. A third of the teenagers who were charged with knife crime had been excluded "
                    "from school.") == []
    assert _charges("Hal Brenner, most of whose victims were elderly, was convicted of fraud.") == [("fraud", "convicted")]
