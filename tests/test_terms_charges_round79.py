"""Round 79, terms and charges: an offence whose verb of hindering takes "from" and a gerund; a means told with "by"
that closes its own item, not the list; a second bare object of an offence's complement; the defendant's own "his X
conviction"; a field of law's "tax charges" and a victim's possessive before the homicide; split sentences counted out
of the head term ("12 of them in custody", "all but three suspended"); a stage name told back by its role noun ("the
singer, whose legal name is ..."); forfeited property after the sum; the credit told with a sentence "of" its length;
a court-martial's reprimand. All texts invented."""
from __future__ import annotations

from tests.helpers import wire_charges, wire_terms


def test_a_verb_of_hindering_keeps_its_from_and_the_list_goes_on():
    charges = wire_charges("Orrin Vasko was convicted of conspiracy to prevent county officials from certifying the vote, arson "
                       "of a public building and assaulting a deputy with a knife.")
    assert "conspiracy to prevent county officials from certifying the vote" in charges
    assert "arson of a public building" in charges
    assert "assaulting a deputy with a knife" in charges
    charges = wire_charges("Orrin Vasko pleaded guilty to conspiring to prevent park rangers from carrying out their duties.")
    assert charges == ["conspiring to prevent park rangers from carrying out their duties"]
    assert wire_charges("Orrin Vasko was convicted of conspiring to keep voters from casting ballots and wire fraud.") == [
        "conspiring to keep voters from casting ballots", "wire fraud"]
    assert wire_charges("Orrin Vasko was convicted of conspiracy to deter jurors from serving, and perjury.") == [
        "conspiracy to deter jurors from serving", "perjury"]
    assert wire_charges("Orrin Vasko pleaded guilty to conspiring to stop inspectors from entering the plant.") == [
        "conspiring to stop inspectors from entering the plant"]


def test_a_means_closes_its_own_item_only():
    charges = wire_charges("Spc. Dana Ferreira admitted to misconduct before the enemy by abandoning her post, and theft of "
                       "government property.")
    assert "misconduct before the enemy" in charges
    assert "theft of government property" in charges
    charges = wire_charges("Tam Ostrow admitted perverting the course of justice by burning the letters, and "
                       "two counts of fraud.")
    assert "perverting the course of justice" in charges and "fraud" in charges


def test_a_second_bare_object_stays_with_its_offence():
    assert wire_charges("Renny Calder pleaded guilty to interference with ferry crew members and deckhands.") == [
        "interference with ferry crew members and deckhands"]
    assert wire_charges("Renny Calder was convicted of assault with a deadly weapon and kidnapping.") == [
        "assault with a deadly weapon", "kidnapping"]
    assert "perjury" in wire_charges("Renny Calder was convicted of distribution of opioids and two counts of perjury.")


def test_the_defendants_own_conviction_named_by_its_offence():
    charges = wire_charges("Hollis Brann was convicted of manslaughter. His reckless homicide conviction merged with the "
                       "manslaughter count for sentencing.")
    assert "reckless homicide" in charges
    charges = wire_charges("Hollis Brann was convicted of manslaughter. Her vehicular assault conviction will merge into the top count.")
    assert "vehicular assault" in charges
    charges = wire_charges("Hollis Brann was convicted of manslaughter. His 2015 burglary conviction weighed on the judge.")
    assert "burglary" not in charges


def test_a_field_of_law_is_no_offence_and_a_victims_possessive_is_dropped():
    assert wire_charges("Jurors acquitted Hollis Brann of tax charges.") == []
    assert wire_charges("Hollis Brann was convicted of bribery but acquitted of federal immigration counts.") == ["bribery"]
    assert "tax evasion" in wire_charges("Hollis Brann pleaded guilty to a tax evasion charge.")
    assert wire_charges("Hollis Brann was convicted of racketeering but acquitted of Ortiz's murder.") == ["racketeering", "murder"]
    assert wire_charges("Jurors found Hollis Brann not guilty of Pia Lund\u2019s manslaughter.") == ["manslaughter"]


def test_split_sentences_counted_out_of_the_head_term():
    terms = wire_terms("A judge sentenced Arlo Quist to 18 years, 10 of them in custody and the balance on probation.")
    assert "18 years, 10 of them in custody and the balance on probation" in terms
    terms = wire_terms("Arlo Quist was sentenced to 30 years, nine of them to be served behind bars.")
    assert any(t.endswith("30 years, nine of them to be served behind bars") for t in terms)
    terms = wire_terms("Arlo Quist was sentenced to 10 years, all but three suspended.")
    assert any(t.endswith("10 years, all but three suspended") for t in terms)
    terms = wire_terms("Arlo Quist was sentenced Monday to 16 years, with seven to serve.")
    assert any(t.endswith("16 years, with seven to serve") for t in terms)


def test_a_stage_name_told_back_by_its_role_noun():
    body = ("Denver singer Lil Marro was sentenced Friday to 14 years, with six to be served in prison, after a jury found "
            "he ran a robbery crew.\n\nDistrict Judge Wanda Fisk ordered the singer, whose legal name is Tobias Renfrow, to "
            "serve the remaining eight years on probation.\n\nRenfrow, 29, was convicted in May of robbery.\n\n"
            "State law carries a penalty of up to 14 years in prison for each count.")
    assert "14 years, with six to be served in prison" in wire_terms(body)


def test_property_forfeited_with_the_sum():
    terms = wire_terms("Mika Dorne was sentenced to five years in prison and ordered to forfeit $61,000 in cash and jewelry "
                   "seized from her condo.")
    assert "forfeit $61,000 in cash and jewelry" in terms
    terms = wire_terms("Mika Dorne was sentenced to five years in prison and ordered to forfeit $94,000 and the shop's remaining "
                   "stock of 150 rifles.")
    assert "forfeit $94,000 and the shop's remaining stock of 150 rifles" in terms
    terms = wire_terms("Mika Dorne was sentenced to five years in prison and ordered to forfeit $2.1 million and two vacation homes.")
    assert "forfeit $2.1 million and two vacation homes" in terms
    terms = wire_terms("Mika Dorne was sentenced to five years in prison and ordered to forfeit $50,000 in cash and serve three "
                   "years of probation.")
    assert "forfeit $50,000 in cash" in terms


def test_a_credit_told_with_the_sentence_of_its_length():
    terms = wire_terms("Jonah Pryce will be eligible for parole after serving his minimum sentence of three years, with credit "
                   "for the 10 months he has already spent in jail.")
    assert "credit for the 10 months he has already spent in jail" in terms
    terms = wire_terms("Jonah Pryce must serve a term of 40 months, with credit for the more than a year he spent in custody.")
    assert "credit for the more than a year he spent in custody" in terms
    assert not any("credit" in t for t in wire_terms("Jonah Pryce could be out in a year with credit for the 10 months he has "
                                                 "spent in jail."))


def test_a_court_martials_reprimand():
    terms = wire_terms("A military judge sentenced Capt. Ilse Varga to six months of confinement. Varga was also ordered to "
                   "forfeit all pay and allowances and received a reprimand, the judge announced.")
    assert "a reprimand" in terms
    terms = wire_terms("A military judge sentenced Sgt. Omari Fenn to 90 days of confinement, a reduction to private and a "
                   "letter of reprimand.")
    assert "a letter of reprimand" in terms
    terms = wire_terms("Sgt. Omari Fenn was sentenced to 90 days of confinement. He had received a reprimand in 2019 for "
                   "missing formation.")
    assert not any("reprimand" in t for t in terms)


def test_an_added_length_told_with_how_it_runs():
    terms = wire_terms("Judge Ines Corvo sentenced Kai Brennan to eight years in prison on the conspiracy count, plus an "
                   "additional two years to run consecutively for the assault on the guard.")
    assert "an additional two years to run consecutively" in terms
    terms = wire_terms("Kai Brennan was sentenced to five years in prison, plus an additional 18 months to run consecutively "
                   "for the gun charge.")
    assert "an additional 18 months to run consecutively" in terms
    terms = wire_terms("Kai Brennan was sentenced to five years in prison and an additional three years for the firearm count.")
    assert "an additional three years for the firearm count" in terms


def test_the_next_term_of_a_list_is_no_forfeited_property():
    terms = wire_terms("Prosecutors are seeking 96 months in prison, forfeiture of $51,200 and a fine for Ansel Ruhl.")
    assert "forfeiture of $51,200" in terms and not any("and a fine" in t for t in terms), terms
    terms = wire_terms("Judge Ivy Marsh ordered Ansel Ruhl to forfeit $8,000 and three years of probation was added.")
    assert not any("three years of probation" in t and t.startswith("forfeit") for t in terms), terms
    terms = wire_terms("Judge Ivy Marsh ordered Ansel Ruhl to forfeit $8,000 and a lake house in Vermont.")
    assert "forfeit $8,000 and a lake house in Vermont" in terms, terms
