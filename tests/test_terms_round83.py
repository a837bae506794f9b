"""Round 83: a date inside the "for <deed>" tail of a sentencing sentence dates the deed, not the sentencing; a term told
as what a side had asked for, or as the yardstick the sentence falls short of, is not the sentence; a "He/She was
given ..." right after a sentence whose subject is another named person who admitted or pleaded is that person's.
Each test has a near-miss where one is meaningful."""
from __future__ import annotations

from tests.helpers import sentencing_of


def _sentencing(*paragraphs: str, published: str = "2024-11-22"):
    return sentencing_of("Judge Ines Corvo presided over the hearing.", *paragraphs, published=published, title="Merrow case")


def _terms(*paragraphs: str) -> dict:
    return {t.text: t for t in _sentencing(*paragraphs).terms}


def _day(*paragraphs: str):
    date = _sentencing(*paragraphs).sentencing_date
    return None if date is None else date.text


# 1. the deed's day in the "for <gerund> ..." tail

def test_a_date_in_the_gerund_deed_tail_is_the_deeds():
    assert _day("On Thursday, Judge Corvo sentenced Dace Merrow, 35, to eight years in state prison for leaving his son, 2, "
                "in a hot car outside a warehouse on Aug. 19.") == "Thursday"
    assert _day("Dace Merrow was jailed for six years on Friday for stabbing a neighbour outside a pub on 3 March.") == "Friday"
    assert _day("Hollis Brae was sentenced to 11 years for killing a cyclist while drunk on July 4, 2023.") != "July 4, 2023"
    assert _day("Hollis Brae, 29, was given a suspended sentence for stealing a tractor from a farm in Wexbury on 12 June.") != "12 June"
    assert _day("Merrow was ordered to serve four years for setting fire to his former partner's flat on Sept. 2.") != "Sept. 2"
    # near-miss: the sentencing's own day after the deed's tail, told with its own verb
    assert _day("Hollis Brae, who admitted stealing cars, was sentenced on Nov. 20 to three years in prison.") == "Nov. 20"


# 2. the ask a sentence falls short of

def test_a_term_a_side_had_asked_for_is_not_imposed():
    terms = _terms("Dace Merrow was sentenced to two years less a day. The sentence falls well short of the three and a half "
                   "years in a penitentiary that Crown prosecutor Ada Quill had asked for.")
    assert terms["three and a half years in a penitentiary"].status != "imposed"
    terms = _terms("Hollis Brae was jailed for four years. That is far less than the nine years in prison which prosecutors "
                   "had sought.")
    assert terms["nine years in prison"].status != "imposed"
    terms = _terms("Judge Corvo gave Dace Merrow 18 months' imprisonment, rather than the three years' imprisonment the Crown "
                   "wanted.")
    assert terms["three years' imprisonment"].status != "imposed"
    terms = _terms("Merrow received a community order instead of the 12 months in jail recommended by the probation service.")
    assert terms["12 months in jail"].status != "imposed"
    terms = _terms("Hollis Brae was sentenced to six years in prison, more than the five years in prison his lawyer had "
                   "requested.")
    assert terms["five years in prison"].status != "imposed"
    assert terms["six years in prison"].status == "imposed"
    # near-miss: "more than"/"less than" qualifying the sentence itself
    terms = _terms("Dace Merrow was sentenced to more than 20 years in prison on Friday.")
    assert terms["more than 20 years in prison"].status == "imposed"
    terms = _terms("Hollis Brae was sentenced to less than two years in prison.")
    assert terms["two years in prison"].status == "imposed"


# 3. "He/She was given ..." after another named person's plea

def test_a_pronoun_after_another_persons_plea_is_that_persons():
    s = _sentencing("Dace Merrow, 44, of Hexley, was jailed for four years for causing death by dangerous driving.",
                    "Tamsin Okoro, of Lindale, who was driving the second car, admitted careless driving. She was given a "
                    "12-month community order and was disqualified from driving for 12 months.")
    order = next(t for t in s.terms + s.others if "12-month community order" in t.text)
    assert order.subject == "Tamsin Okoro"
    assert next(t for t in s.terms if "four years" in t.text).subject is None
    s = _sentencing("Dace Merrow, 38, was jailed for 30 months at Brackford Crown Court on Friday.",
                    "Rufus Achterberg, 51, who sold him the van, pleaded guilty to handling stolen goods. He was handed a "
                    "fine of \u00a3900.")
    assert next(t for t in s.terms + s.others if "\u00a3900" in t.text).subject == "Rufus Achterberg"
    s = _sentencing("Dace Merrow, 38, of Hexley, was jailed for 30 months.",
                    "Orla Venntree, 33, of Kilbarra, pleaded guilty to handling stolen property. She received a two-year "
                    "suspended sentence.")
    assert next(t for t in s.terms + s.others if "suspended sentence" in t.text).subject == "Orla Venntree"
    s = _sentencing("Dace Merrow was jailed for three years.",
                    "Kiri Dallowby admitted assault with intent to injure. She was sentenced to 150 hours' community work.")
    assert next(t for t in s.terms + s.others if "community work" in t.text).subject == "Kiri Dallowby"
    # near-miss: a witness who only speaks is not the pronoun's person
    s = _sentencing("Dace Merrow was jailed for three years.",
                    "Constable Ann Rowbury said the crash was avoidable. He was also banned from driving for five years.")
    assert next(t for t in s.terms if "banned from driving" in t.text).subject is None
    # near-miss: a sentence opened by its day and the judge who sentenced is no other person's plea
    s = _sentencing("On Thursday, Judge Ines Corvo sentenced Dace Merrow to 18 years' jail. He must serve 14 years before he "
                    "is eligible for parole.")
    assert next(t for t in s.terms if "14 years before" in t.text).subject is None
    # near-miss: the defendant's own plea before the pronoun keeps the term his
    s = _sentencing("Dace Merrow, 38, of Hexley, admitted dangerous driving. He was given a 12-month community order.")
    assert next(t for t in s.terms if "12-month community order" in t.text).subject is None


# 4. a step of the judge's reckoning is no term

def test_time_added_for_a_sentencing_factor_is_a_step_not_a_term():
    terms = _terms("Dace Merrow was sentenced to nine years' imprisonment. Justice Corvo adopted a starting point of 11 years, "
                   "added nine months for his previous convictions, and then allowed a discount of 20 per cent for his plea.")
    assert "nine months" not in terms
    terms = _terms("Hollis Brae was jailed for 30 months. The judge added six months for his prior record and took off a "
                   "third for his plea.")
    assert "six months" not in terms
    terms = _terms("Dace Merrow was jailed for six years. The judge added four months for the fact he was on bail at the time.")
    assert "four months" not in terms
    terms = _terms("Hollis Brae was jailed for three years. Judge Corvo added eight months for aggravating features.")
    assert "eight months" not in terms
    terms = _terms("Dace Merrow was jailed for 14 years. Justice Corvo adopted a starting point of 15 years and six months, "
                   "added six months for Merrow\u2019s previous drug convictions, and then allowed discounts.")
    assert "six months" not in terms
    # near-miss: a stacked count's term, added for the offence, stays
    terms = _terms("Dace Merrow was sentenced to five years for robbery. The judge added three years for the gun convictions.")
    assert any("three years" in t for t in terms)
    terms = _terms("Dace Merrow was sentenced to five years for robbery. The judge added three years for the hit-and-run.")
    assert any("three years" in t for t in terms)


# 5. England's surcharge keeps its qualifier

def test_the_statutory_victim_surcharge_keeps_its_qualifier():
    terms = _terms("Dace Merrow was jailed for four years and ordered to pay the statutory victim surcharge.")
    assert terms["statutory victim surcharge"].status == "imposed"
    terms = _terms("Hollis Brae was fined \u00a3300 and must pay a victim surcharge.")
    assert "victim surcharge" in terms


# 6. property forfeited, told by its value

def test_property_forfeited_told_by_its_value():
    terms = _terms("Dace Merrow was sentenced to six years in prison and ordered to forfeit cryptocurrency worth roughly "
                   "$2.1 million seized by agents.")
    term = terms["forfeit cryptocurrency worth roughly $2.1 million"]
    assert term.kind == "forfeiture" and term.amount == 2100000
    terms = _terms("Hollis Brae was jailed for four years and must forfeit jewellery valued at \u00a345,000.")
    assert terms["forfeit jewellery valued at \u00a345,000"].kind == "forfeiture"
    terms = _terms("Dace Merrow was ordered to forfeit property worth more than $1 million.")
    assert "forfeit property worth more than $1 million" in terms
    terms = _terms("Hollis Brae was ordered to forfeit bitcoin worth about $800,000 and two cars.")
    assert any(t.startswith("forfeit bitcoin worth about $800,000") for t in terms)
    # near-miss: what was stolen is told by its value too, and is no term
    terms = _terms("Dace Merrow stole cryptocurrency worth $2 million and was jailed for five years.")
    assert not any("cryptocurrency" in t for t in terms)


# 7. an ask's breakdown after a dash is the ask's; what the law "requires" is no order

def test_the_breakdown_of_an_ask_after_a_dash_is_the_ask():
    s = _sentencing("Prosecutors had asked for a total sentence of 15 years \u2014 the 14-year mandatory minimum required by "
                    "the gun counts plus one year for the robberies.")
    assert all(t.status != "imposed" for t in s.terms + s.others), [(t.text, t.status) for t in s.terms]
    s = _sentencing("The defence sought a sentence of four years \u2013 three years for the burglary and one year for the theft.")
    assert all(t.status != "imposed" for t in s.terms + s.others), [(t.text, t.status) for t in s.terms]
    s = _sentencing("Crown counsel Ada Quill recommended nine years -- the six years required under the statute and three more "
                    "for the assault.")
    assert all(t.status != "imposed" for t in s.terms + s.others), [(t.text, t.status) for t in s.terms]
    # near-miss: an order the court says the term requires stays the court's
    terms = _terms("Dace Merrow was jailed for two years. He is required to complete 100 hours of unpaid work.")
    assert terms["100 hours of unpaid work"].status == "imposed"
