"""Round 84, terms and charges in British, Irish, Canadian and Australian coverage: a gain named by its source
("receiving a material benefit from ...", "living on the avails of ..."); a pair of harms a statute's act caused
("causing death and grievous bodily harm") is one offence; the DNA order told as its deed ("provide a sample of his
DNA"); an order named by the Act it is made under; Queensland's parole eligibility date; Britain's confiscation
order; the bind-over to keep the peace. All texts invented."""
from __future__ import annotations

from tests.helpers import wire_charges, wire_sentencing, wire_terms


def test_a_gain_keeps_its_source():
    assert wire_charges("Corwin Bask, 31, was found guilty of trafficking in persons, receiving a material benefit from "
                        "trafficking in persons, advertising sexual services and assault.") == [
        "trafficking in persons", "receiving a material benefit from trafficking in persons", "advertising sexual services",
        "assault"]
    assert wire_charges("Tilda Voss, 40, was convicted of receiving a financial benefit from crime.") == [
        "receiving a financial benefit from crime"]
    assert wire_charges("Tilda Voss, 40, was convicted of living on the avails of prostitution and assault.") == [
        "living on the avails of prostitution", "assault"]
    # near miss: a place told after "from" still ends a plain offence
    assert wire_charges("Tilda Voss, 40, was convicted of assault from her home in Elmvale.") == ["assault"]


def test_a_pair_of_harms_is_one_offence():
    assert wire_charges("Tobin Reece, 26, pleaded guilty to dangerous operation of a vehicle causing death and grievous "
                        "bodily harm.") == ["dangerous operation of a vehicle causing death and grievous bodily harm"]
    assert wire_charges("Tobin Reece, 26, was convicted of dangerous driving occasioning death and serious injury while "
                        "intoxicated.") == ["dangerous driving occasioning death and serious injury while intoxicated"]
    # near miss: a second offence with its own act still splits
    assert wire_charges("Tobin Reece, 26, pleaded guilty to culpable driving causing death and negligent driving causing "
                        "serious injury.") == ["culpable driving causing death", "negligent driving causing serious injury"]


def test_a_dna_order_told_as_its_deed():
    facts = wire_sentencing("Judge Amara Quist jailed Lionel Petch for six years and ordered him to provide a sample of "
                            "his DNA for the national databank.")
    dna = [t for t in facts.terms if t.kind == "dna_order"]
    assert [t.text for t in dna] == ["provide a sample of his DNA"]  # the verb is what the order requires
    assert "submit a DNA sample" in wire_terms("Lionel Petch was jailed for six years and must submit a DNA sample.")
    # near miss: a sample found as evidence is no order
    terms = wire_terms("A DNA sample taken from the door linked Lionel Petch to the break-in. He was jailed for six years.")
    assert not any("DNA" in t for t in terms)


def test_an_order_keeps_the_act_it_is_made_under():
    terms = wire_terms("Justice Orla Brent imposed a lifetime weapons prohibition and a 20-year order under the Sex "
                       "Offender Information Registration Act on Lionel Petch.")
    assert "20-year order under the Sex Offender Information Registration Act" in terms
    terms = wire_terms("Lionel Petch was jailed for four years and given a 10-year prohibition order under the Firearms Act.")
    assert "10-year prohibition order under the Firearms Act" in terms
    # near miss: an order with no Act after it ends at its own name
    assert "a two-year community order" in wire_terms("Lionel Petch was handed a two-year community order under supervision.")


def test_a_parole_eligibility_date():
    facts = wire_sentencing("Judge Ward sentenced Tobin Reece to six years' jail and set his parole eligibility date at "
                            "March 3, 2028.")
    dated = [t for t in facts.terms if t.kind == "parole_eligibility_date"]
    assert [t.text for t in dated] == ["parole eligibility date at March 3, 2028"]
    assert "parole eligibility date of 14 June 2029" in wire_terms(
        "Tobin Reece was jailed for nine years with a parole eligibility date of 14 June 2029.")
    # near miss: a parole reckoning told as a date is no date the court fixed
    facts = wire_sentencing("Tobin Reece was jailed for nine years and will be eligible for parole in June 2029.")
    assert not [t for t in facts.terms if t.kind == "parole_eligibility_date"]


def test_a_confiscation_order():
    facts = wire_sentencing("Judge Penrose made a confiscation order for £48,000 against Ossian Pratt at Bristol Crown Court.")
    (term,) = [t for t in facts.terms if t.kind == "confiscation"]
    assert (term.text, term.amount) == ("confiscation order for £48,000", 48000.0)
    assert "£90,000 confiscation order" in wire_terms("Ossian Pratt was handed a £90,000 confiscation order and given "
                                                      "three months to pay.")
    # near miss: a hearing still to come orders nothing
    facts = wire_sentencing("Ossian Pratt, who was jailed for six years, now faces a confiscation hearing.")
    assert not [t for t in facts.terms if t.kind == "confiscation"]


def test_bound_over_to_keep_the_peace():
    assert "bound to the peace for two years" in wire_terms("Xander Zorn was bound to the peace for two years at Cork "
                                                             "District Court.")
    assert "bound over to keep the peace for 12 months" in wire_terms("Xander Zorn was bound over to keep the peace for "
                                                                      "12 months.")
    # near misses: "bound for" a place, "bound to" happen
    facts = wire_sentencing("Xander Zorn was bound for Limerick when he was stopped, and was later jailed for two years.")
    assert not [t for t in facts.terms if t.kind == "bound_over"]
    facts = wire_sentencing("The ruling was bound to be appealed, and Xander Zorn was jailed for two years.")
    assert not [t for t in facts.terms if t.kind == "bound_over"]


