"""Round 82: a term told with its suspended part is one term ("with the final three years suspended", "with all but
eight years suspended" after a named custody); property forfeited in lists with a sum "in proceeds", a sum "seized from
his bank accounts", and goods "ordered forfeited" or ordered destroyed; an interlock told of the vehicle; a passive
licence revocation beside the court's orders; credit for pre-sentence custody in Canadian and Australian wording; British
young offender detention with its place; Australia's "total effective sentence" and partial accumulation; curfews told by
their hours or as "N months of curfew"; a "decade-long" ban; a fraud prohibition "for 10 years from any job". Each test
has a near-miss where one is meaningful."""
from __future__ import annotations

from tests.helpers import sentencing_of


def _sentencing(*paragraphs: str):
    return sentencing_of("Judge Ines Corvo presided over the hearing.", *paragraphs, published="2024-05-17", title="Merrow case")


def _terms(*paragraphs: str) -> dict:
    return {t.text: t for t in _sentencing(*paragraphs).terms}


def test_a_term_runs_through_its_suspended_part():
    terms = _terms("Dace Merrow was sentenced to 12 years, with the final three years suspended.")
    whole = terms["sentenced to 12 years, with the final three years suspended"]
    assert whole.kind == "prison" and whole.amount == 12
    terms = _terms("Dace Merrow was sentenced to 30 years in prison with all but 18 years suspended.")
    assert terms["30 years in prison with all but 18 years suspended"].amount == 30
    terms = _terms("Corvo jailed Hollis Brae for nine years, the last two suspended.")
    assert "nine years, the last two suspended" in terms
    terms = _terms("Hollis Brae got 14 years' imprisonment, with the final four years of the sentence suspended.")
    assert "14 years' imprisonment, with the final four years of the sentence suspended" in terms
    # near-miss: a suspension of another matter later in the sentence is not the term's
    terms = _terms("Dace Merrow was sentenced to six years in prison, and his licence was suspended.")
    assert "six years in prison" in terms


def test_forfeited_property_with_a_sum_in_proceeds_or_seized_from_accounts():
    terms = _terms("Dace Merrow, 52, was also ordered to forfeit his cottage in Lakeport and more than $1.4 million in proceeds "
                   "from Merrow Auto Sales in Dunmore, which agents said sold stolen cars.")
    assert "forfeit his cottage in Lakeport and more than $1.4 million in proceeds" in terms
    terms = _terms("Hollis Brae must forfeit his boat and $640,000 in proceeds from the scheme.")
    assert "forfeit his boat and $640,000 in proceeds" in terms
    terms = _terms("Merrow was also ordered to forfeit about $88,000 seized from his bank accounts and a 2021 Ford Bronco.")
    assert terms["forfeit about $88,000 seized from his bank accounts and a 2021 Ford Bronco"].amount == 88000
    terms = _terms("Brae was ordered to forfeit $31,500 frozen in two bank accounts.")
    assert "forfeit $31,500 frozen in two bank accounts" in terms


def test_goods_ordered_forfeited_or_destroyed():
    terms = _terms("Police seized a shotgun and a drone. The court ordered the shotgun and drone forfeited to the Crown.")
    assert terms["the shotgun and drone forfeited to the Crown"].kind == "forfeiture"
    terms = _terms("The judge directed that the van be forfeited.")
    assert "the van be forfeited" in terms
    terms = _terms("Dace Merrow was jailed for three years. The judge ordered the forfeiture of \u00a31,900 in cash and the "
                   "destruction of the drugs, scales and knife.")
    assert "forfeiture of \u00a31,900 in cash" in terms
    assert "destruction of the drugs, scales and knife" in terms
    terms = _terms("Dace Merrow was given a suspended sentence. Judge Corvo ordered the destruction of the cannabis plants and "
                   "growing equipment seized at the house.")
    assert "destruction of the cannabis plants and growing equipment" in terms
    # near-miss: a forfeited bail is no sentence
    terms = _terms("Merrow was fined $500 and his bail was forfeited.")
    assert not any(t.kind == "forfeiture" for t in terms.values())


def test_an_interlock_told_of_the_vehicle_and_a_passive_revocation():
    terms = _terms("Dace Merrow was sentenced to five years of probation. For the length of his probation, any vehicle he "
                   "drives must be equipped with an ignition interlock device.")
    assert terms["any vehicle he drives must be equipped with an ignition interlock device"].status == "imposed"
    terms = _terms("Dace Merrow was sentenced to 90 days in jail. Any car she drives will have to be fitted with an ignition interlock for a year.")
    assert any(t.kind == "ignition_interlock" for t in terms.values())
    terms = _terms("Dace Merrow was sentenced to five years of probation. Judge Corvo also ordered Merrow to complete 100 hours "
                   "of community service. His license was revoked.")
    assert terms["license was revoked"].status == "imposed"
    terms = _terms("Merrow was jailed for two years. Her licence was cancelled for three years.")
    assert terms["licence was cancelled for three years"].status == "imposed"
    # near-misses: a revocation from years before, or one told of an arrest
    terms = _terms("Dace Merrow was sentenced to five years of probation. Judge Corvo also ordered him to pay $900. "
                   "His license was suspended in 2019 after a crash.")
    assert not any(t.kind == "licence_revocation" for t in terms.values())
    terms = _terms("Merrow was arrested for drunken driving last year. His license was suspended.")
    assert not any(t.kind == "licence_revocation" for t in terms.values())


def test_credit_for_pre_sentence_custody():
    terms = _terms("Dace Merrow was sentenced to six years. Corvo gave Merrow nine months of credit for pre-sentence custody.")
    assert terms["nine months of credit for pre-sentence custody"].kind == "time_served_credit"
    terms = _terms("Dace Merrow was sentenced to eight years. He was given 200 days' credit for time spent in custody on remand.")
    assert terms["200 days' credit for time spent in custody"].amount == 200
    terms = _terms("Dace Merrow was sentenced to six years. Judge Corvo declared 512 days already served in pre-sentence detention.")
    assert terms["512 days already served in pre-sentence detention"].kind == "time_served_credit"
    terms = _terms("Dace Merrow was sentenced to six years. Merrow has already spent 512 days in custody, which will count "
                   "towards his sentence.")
    assert terms["512 days in custody"].kind == "time_served_credit"
    # near-miss: days held before trial, told with no reckoning, are no credit
    terms = _terms("Dace Merrow was sentenced to eight years. Merrow had spent 40 days in custody before his trial.")
    assert not any(t.kind == "time_served_credit" for t in terms.values())


def test_young_offender_detention_keeps_its_place():
    terms = _terms("Dace Merrow, 19, was sentenced to four years and eight months' detention in a young offender institution.")
    term = terms["four years and eight months' detention in a young offender institution"]
    assert term.kind == "detention"
    terms = _terms("Corvo sentenced Dace Merrow to 30 months' custody at a youth detention centre.")
    assert "30 months' custody at a youth detention centre" in terms
    # near-miss: "in custody at the time of" tells no place
    terms = _terms("Dace Merrow was sentenced to 16 months in custody at the time of his arrest.")
    assert "16 months in custody" in terms


def test_australian_total_effective_sentence_and_partial_accumulation():
    terms = _terms("Corvo sentenced him to nine years' jail on the first charge and six years on the second, with one year of "
                   "the second sentence to be served cumulatively, for a total effective sentence of 10 years.")
    assert terms["total effective sentence of 10 years"].amount == 10
    assert "one year of the second sentence to be served cumulatively" in terms
    terms = _terms("Dace Merrow was jailed for nine years. Eighteen months of the robbery sentence is to be served cumulatively on the first.")
    assert "Eighteen months of the robbery sentence is to be served cumulatively on the first" in terms


def test_curfews_and_house_arrest_parts():
    terms = _terms("Corvo ordered that Merrow spend the first eight months of the sentence under house arrest. For the second "
                   "year he will be under a 9 p.m. to 7 a.m. curfew.")
    assert terms["9 p.m. to 7 a.m. curfew"].kind == "curfew"
    terms = _terms("Under the terms of the sentence, Merrow will be confined to his home for the first six months, followed by six months of curfew.")
    assert terms["six months of curfew"].amount == 6
    terms = _terms("Dace Merrow was given a community corrections order with an 8pm-6am curfew.")
    assert "8pm-6am curfew" in terms
    terms = _terms("Judge Corvo ordered that Merrow spend the first 12 months of the sentence under house arrest with electronic "
                   "monitoring, leaving home only for work.")
    assert "first 12 months of the sentence under house arrest with electronic monitoring" in terms
    # near-miss: house arrest with monitoring and no part of a sentence stays one term
    terms = _terms("Merrow was placed on house arrest with GPS monitoring.")
    assert "house arrest with GPS monitoring" in terms


def test_bans_told_by_their_span_or_before_their_object():
    terms = _terms("Dace Merrow received a decade-long hunting ban and $9,000 in fines.")
    ban = terms["decade-long hunting ban"]
    assert ban.kind == "hunting_prohibition" and ban.amount == 10
    terms = _terms("Merrow, 30, got a five-year-long driving ban.")
    assert terms["five-year-long driving ban"].amount == 5
    terms = _terms("Dace Merrow was sentenced to a conditional sentence. Corvo also prohibited Merrow for five years from any "
                   "job that gives him authority over other people's money.")
    assert "prohibited Merrow for five years from any job" in terms
    terms = _terms("Dace Merrow was sentenced to a conditional sentence. He is also barred for five years from any employment "
                   "that gives him control of others' money.")
    assert "barred for five years from any employment" in terms
