"""Round 77, terms and charges: counts listed after a colon with the code they are brought under; a list going on after
a class told of its items ("both federal felonies"); a weapon count's predicate crime; a country's name qualifying a
protected office; a long described owner before the verdict's "of"; life terms in the plural beside a lede's life term;
a count named by its offence alone; a forfeited sum named by its source heading a list; a licence revoked in an order's
subjunctive; a rank's pay grade; a bar as a later item of an order's list; treatment "taken part in"; two offences
sharing one "counts"; a past case's ask cited as a yardstick."""
from __future__ import annotations

from tests.helpers import sentencing_of, facts_of


def _terms(*paragraphs: str) -> dict:
    return {t.text: t for t in sentencing_of("Judge Ines Corvo presided over the hearing.", *paragraphs,
                                              published="2025-03-12", title="Arbury case").terms}


def _charges(body: str) -> list[tuple[str, str]]:
    return [(c.text, c.status) for c in facts_of(f"title: Court case\noutlet: Test Wire\ndate: 2025-03-12\n\n{body}\n").sentencing.charges]


def test_counts_after_a_colon_with_their_code():
    charges = _charges("Sgt. Dalen Okafor pleaded guilty Tuesday to four charges under the Uniform Code of Military Justice: "
                       "larceny of military property, dereliction of duty and making a false official statement.")
    assert ("larceny of military property", "pleaded guilty") in charges
    assert ("dereliction of duty", "pleaded guilty") in charges
    assert ("making a false official statement", "pleaded guilty") in charges
    charges = _charges("Harlan Voss pleaded guilty to two charges under state law: arson and insurance fraud.")
    assert ("arson", "pleaded guilty") in charges and ("insurance fraud", "pleaded guilty") in charges
    charges = _charges("Jurors convicted Harlan Voss on three counts under the Controlled Substances Act: distribution of "
                       "fentanyl, possession with intent to distribute and maintaining a drug-involved premises.")
    assert ("distribution of fentanyl", "convicted") in charges
    assert ("maintaining a drug-involved premises", "convicted") in charges


def test_the_list_goes_on_after_a_class_told_of_its_items():
    charges = _charges("A jury convicted Harlan Voss of bribery and honest services fraud, both federal felonies, and of "
                       "obstruction of justice.")
    assert ("obstruction of justice", "convicted") in charges and ("bribery", "convicted") in charges
    charges = _charges("Voss was found guilty of wire fraud and money laundering, each punishable by 20 years, and of filing "
                       "a false tax return.")
    assert ("filing a false tax return", "convicted") in charges
    charges = _charges("Voss pleaded guilty to arson and burglary, both second-degree felonies, and to witness tampering.")
    assert ("witness tampering", "pleaded guilty") in charges
    assert not any("felon" in text for text, _ in charges)


def test_a_weapon_counts_predicate_crime():
    charges = _charges("Carl Denning was found guilty of conspiracy to distribute heroin, and using a firearm in a crime of "
                       "violence resulting in death.")
    assert ("using a firearm in a crime of violence resulting in death", "convicted") in charges
    charges = _charges("Carl Denning was convicted of robbery and discharging a firearm in a crime of violence.")
    assert ("discharging a firearm in a crime of violence", "convicted") in charges
    # near-miss: an event after "in" still closes the offence
    charges = _charges("Carl Denning was convicted of manslaughter in a 2023 shooting.")
    assert ("manslaughter", "convicted") in charges


def test_the_countrys_name_qualifies_the_protected_office():
    charges = _charges("Carl Denning, 61, was sentenced to 30 months. A jury convicted him in March of threatening to murder "
                       "a United States senator and two counts of mailing threatening letters.")
    assert ("threatening to murder a United States senator", "convicted") in charges
    charges = _charges("A jury convicted Carl Denning of assaulting a U.S. marshal.")
    assert ("assaulting a U.S. marshal", "convicted") in charges


def test_a_long_described_owner_before_the_verdicts_of():
    charges = _charges("A federal jury on Friday convicted the reputed leader of an East Side drug crew of racketeering "
                       "conspiracy and of ordering the killing of a witness.")
    assert ("racketeering conspiracy", "convicted") in charges
    assert not any("crew" in text for text, _ in charges)
    charges = _charges("Jurors convicted the alleged head of a South Texas human smuggling network of conspiracy to "
                       "transport migrants.")
    assert ("conspiracy to transport migrants", "convicted") in charges


def test_plural_life_terms_beside_a_ledes_life_term_and_a_count_named_by_its_offence():
    terms = _terms("Corvo sentenced Lem Arbury, 40, to life in prison plus 10 years. Corvo imposed concurrent life terms "
                   "on the murder and kidnapping counts and 20 years on the arson conspiracy, to run concurrently.")
    assert "concurrent life terms" in terms
    assert "20 years on the arson conspiracy" in terms and "20 years" not in terms
    terms = _terms("Corvo sentenced Lem Arbury to life in prison on the racketeering count and 30 years on the heroin "
                   "conspiracy.")
    assert "30 years on the heroin conspiracy" in terms
    # near-miss: a life term told twice in the singular is one term
    terms = _terms("Corvo sentenced Lem Arbury to life in prison. The life sentence was mandatory.")
    assert len([t for t in terms.values() if t.unit == "life"]) == 1


def test_two_offences_sharing_one_counts():
    charges = _charges("Lem Arbury was sentenced Friday. Corvo imposed 20 years on the robbery and burglary counts.")
    assert ("robbery", "convicted") in charges and ("burglary", "convicted") in charges
    assert not any(" and " in text for text, _ in charges)


def test_a_forfeited_sum_named_by_its_source_heads_a_list():
    terms = _terms("Corvo also ordered Lem Arbury to forfeit $1.2 million in fraud proceeds and a boat registered to his company.")
    assert "forfeit $1.2 million in fraud proceeds and a boat" in terms
    terms = _terms("Corvo ordered Arbury to forfeit $46,000 in drug money and two rifles seized at his home.")
    assert "forfeit $46,000 in drug money and two rifles" in terms


def test_a_licence_revoked_in_the_orders_subjunctive():
    terms = _terms("Corvo sentenced Lem Arbury to six years. She also ordered that his driver's license be revoked for 10 "
                   "years after his release.")
    assert "driver's license be revoked for 10 years" in terms
    assert terms["driver's license be revoked for 10 years"].kind == "licence_revocation"
    terms = _terms("Corvo sentenced Lem Arbury to six years and directed that her commercial driver's license be suspended "
                   "for life.")
    assert "driver's license be suspended for life" in terms


def test_a_ranks_pay_grade():
    terms = _terms("The military judge reduced him to the lowest enlisted rank, E-1, and ordered a bad-conduct discharge.")
    assert "reduced him to the lowest enlisted rank, E-1" in terms
    terms = _terms("The panel sentenced Pvt. Lem Arbury to 18 months of confinement and reduced her to private, E-1.")
    assert "reduced her to private, E-1" in terms


def test_a_bar_as_a_later_item_of_an_orders_list():
    terms = _terms("Corvo sentenced Lem Arbury to four years. Corvo ordered Arbury to have no contact with the victim, to "
                   "undergo a mental health evaluation, and not to possess firearms.")
    assert "not to possess firearms" in terms
    terms = _terms("Corvo sentenced Lem Arbury to four years. She ordered him to stay away from the school, to complete "
                   "anger management classes and not to drink alcohol.")
    assert "not to drink alcohol" in terms
    # near-miss: a negation outside an order's list is no bar
    terms = _terms("Corvo sentenced Lem Arbury to four years. Arbury said he chose not to testify.")
    assert not any(t.startswith("not to") for t in terms)


def test_treatment_taken_part_in():
    terms = _terms("Corvo sentenced Lem Arbury to four years and ordered him to take part in mental health treatment while "
                   "on supervised release.")
    assert any("mental health treatment" in t for t in terms)
    terms = _terms("Corvo sentenced Lem Arbury to four years and ordered her to participate in substance abuse counseling.")
    assert any("substance abuse counseling" in t for t in terms)


def test_a_past_cases_ask_cited_as_a_yardstick():
    terms = _terms("Corvo will sentence Lem Arbury next month. In 2021 she sentenced a Dayton bank manager who stole $3 "
                   "million to six years, well below the 12 years prosecutors had sought.")
    assert not any("12 years" in t for t in terms)
    terms = _terms("Corvo will sentence Lem Arbury next month. In 2019 she sentenced a former pastor convicted of fraud to "
                   "four years, far less than the nine years the government requested.")
    assert not any("nine years" in t for t in terms)
    # near-miss: the case's own lede, its person told by an indefinite noun, keeps the ask
    terms = _terms("A judge sentenced a Dayton man to six years Tuesday, well below the 12 years prosecutors had sought.")
    assert any("12 years" in t for t in terms)
