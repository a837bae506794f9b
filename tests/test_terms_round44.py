"""Sentence terms (round 44): an accomplice sentenced at the case's own hearing (a British or Australian court report
tells her plea and her order in one paragraph), against one sentenced earlier who testified at the trial; a condition
the plea agreement itself offers ("also agreed to surrender his licence"); texts invented for these tests."""
from __future__ import annotations

from tests.helpers import dated_facts, texts as _texts


def _sentencing(body: str):
    return dated_facts(body, "2025-06-20").sentencing


_HEARING = ("A driver who killed a cyclist on the Fennabrook bypass has been jailed for six years.\n\n"
            "Harlan Vellwood, 31, of Eastmoor, was sentenced at Fennabrook Crown Court on Thursday. Vellwood pleaded guilty to "
            "causing death by careless driving.\n\n"
            "Vellwood had been driving at twice the speed limit. Judge Orla Penrose also banned Vellwood from driving for seven "
            "years. Vellwood wept in the dock as the sentence was read.\n\n")


def test_accomplice_sentenced_at_the_same_hearing_is_the_cases_term():
    sentencing = _sentencing(_HEARING + "His friend, Mina Telford, 26, of Northgate, who admitted perverting the course "
                                        "of justice, was given a 12-month community order with 80 hours of unpaid work.")
    assert {"a 12-month community order", "80 hours of unpaid work"} <= set(_texts(sentencing.terms))
    assert all(t.status == "imposed" for t in sentencing.terms if "community" in t.text or "unpaid" in t.text)


def test_accomplice_whose_plea_follows_the_order_is_the_cases_term():
    sentencing = _sentencing(_HEARING + "Darcy Quistorp, 22, was placed on an 18-month community corrections order. "
                                        "She had pleaded guilty to assisting an offender.")
    assert "18-month community corrections order" in _texts(sentencing.terms)


def test_accomplice_who_testified_at_an_earlier_trial_stays_another_case():
    sentencing = _sentencing("Judge Orla Penrose sentenced Harlan Vellwood to 12 years in prison on Thursday for armed robbery.\n\n"
                             "The second man, Darcy Quistorp, pleaded guilty and testified against Vellwood. He was sentenced to "
                             "five years of probation.")
    assert "five years of probation" not in _texts(sentencing.terms)
    assert "five years of probation" in _texts(sentencing.others)


def test_condition_the_plea_agreement_offers_is_recommended():
    sentencing = _sentencing("Under the plea agreement, prosecutors and the defense agreed that Arvid Lorne should serve "
                             "30 months in prison. Lorne also agreed to surrender his commercial pilot's license.")
    surrender = next(t for t in sentencing.terms if t.kind == "licence_revocation")
    assert surrender.text == "surrender his commercial pilot's license" and surrender.status == "recommended"


_LEAD = "Tamsin Orrell, 29, of Wexbridge, appeared for sentence on Tuesday. Orrell had pleaded guilty to affray. "


def _only(body: str, kind: str):
    return next(t for t in _sentencing(_LEAD + body).terms if t.kind == kind)


def test_named_order_with_its_length_after_it():
    order = _only("Orrell was placed on a restriction of liberty order for nine months.", "restriction_of_liberty_order")
    assert order.text == "restriction of liberty order for nine months" and (order.amount, order.unit) == (9, "months")
    order = _only("She was also handed a criminal behaviour order for three years.", "criminal_behaviour_order")
    assert (order.amount, order.unit, order.status) == (3, "years", "imposed")


def test_curfew_told_by_its_hours_then_its_length():
    curfew = _only("Orrell was made subject to a curfew between 8pm and 6am for 10 weeks.", "curfew")
    assert curfew.text == "curfew between 8pm and 6am for 10 weeks" and (curfew.amount, curfew.unit) == (10, "weeks")


def test_final_year_suspended_is_one_year():
    part = _only("Orrell was jailed for four years, with the final year suspended.", "suspended_sentence")
    assert part.text == "the final year suspended" and (part.amount, part.unit) == (1, "years")


def test_signing_the_register_for_life():
    register = _only("Orrell must sign the sex offenders' register for life.", "registration")
    assert register.text == "sign the sex offenders' register for life" and register.unit == "life"


def test_released_on_a_sentencing_order_is_no_bail():
    bond = _only("Orrell was released on a two-year good behaviour bond.", "good_behaviour_bond")
    assert bond.status == "imposed"
    order = _only("Orrell was released on an 18-month community correction order.", "community_correction_order")
    assert order.status == "imposed" and (order.amount, order.unit) == (18, "months")


def test_possible_fine_keeps_its_word_and_stays_the_cap():
    fine = next(t for t in _sentencing("Ansel Brumby was indicted on Monday on three counts of wire fraud. Each count "
                                       "carries a possible fine of up to $250,000.").terms if t.kind == "fine")
    assert fine.text == "possible fine of up to $250,000" and fine.status == "maximum"


def test_would_face_before_any_verdict_is_the_charges_exposure():
    terms = _sentencing("Ansel Brumby, 40, was charged on Monday with murder and denied bond. If convicted of murder, "
                        "Brumby would face a mandatory sentence of life in prison.").terms
    life = next(t for t in terms if t.unit == "life")
    assert life.status == "maximum"


def test_would_face_after_the_sentence_is_a_road_not_taken():
    sentencing = _sentencing("Judge Orla Penrose sentenced Ansel Brumby to 20 years in prison on Monday. Had the terms run "
                             "concurrently, Brumby would face a sentence of 12 years.")
    assert all(t.status != "maximum" for t in sentencing.terms + sentencing.others)
