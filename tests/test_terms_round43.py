"""Sentence terms as US, British, Irish and Australian reporters tell them (round 43): supervision told as a range,
a split sentence's jailed part and probation tail, a life term with a stacked number of years, parts served after a
suspension ("all suspended except", "suspended to ... served"), a gun count's mandatory years, a count and how it
runs after "a sentence of", surcharges, good behaviour, suspended fines, forfeiture orders and lists, minimum
mandatory terms, statutory caps and the statute's "imprisonment for up to", boot camp, day reporting, weekend jail,
extended licence, and "gave him the maximum"; texts invented for these tests."""
from __future__ import annotations

from tests.helpers import dated_facts, texts as _texts


def _sentencing(body: str):
    return dated_facts(body, "2025-04-14").sentencing


def _term(terms, kind: str):
    return next(t for t in terms if t.kind == kind)


def test_post_release_control_told_as_a_range():
    terms = _sentencing("Judge Ilse Brathwick sentenced Corwell Pelmont to nine years in prison, followed by one to three years "
                        "of post-release control.").terms
    assert "one to three years of post-release control" in _texts(terms)


def test_split_sentence_keeps_the_named_jail_and_the_probation_tail():
    terms = _sentencing("Davin Roke was sentenced to five years, with the first 10 months to be served in the Marlow County "
                        "jail and the rest on supervised probation.").terms
    assert any(t.text.endswith("to be served in the Marlow County jail and the rest on supervised probation") for t in terms)


def test_life_without_parole_plus_years_is_one_term():
    terms = _sentencing("Judge Ilse Brathwick sentenced Tobin Wrey to life without parole plus 15 years.").terms
    assert _term(terms, "prison").text == "life without parole plus 15 years"


def test_all_suspended_except_is_the_time_served():
    terms = _sentencing("Judge Ilse Brathwick sentenced Quinn Oder to eight years, all suspended except for nine months.").terms
    served = next(t for t in terms if t.text == "all suspended except for nine months")
    assert served.kind == "prison" and served.amount == 9 and served.unit == "months"


def test_suspended_to_years_served_is_the_time_served():
    terms = _sentencing("Judge Ilse Brathwick sentenced Quinn Oder to 12 years, suspended to four years served.").terms
    served = next(t for t in terms if t.text == "suspended to four years served")
    assert served.kind == "prison" and served.amount == 4


def test_mandatory_years_for_a_gun_count():
    terms = _sentencing("Pelmont must first serve the mandatory two years for felony firearm.").terms
    assert "the mandatory two years for felony firearm" in _texts(terms)


def test_sentence_of_keeps_its_count_and_how_it_runs():
    terms = _sentencing("Judge Ilse Brathwick imposed a sentence of 20 years on the robbery conviction and a sentence of "
                        "eight years on the burglary conviction, to run concurrently.").terms
    assert "sentence of eight years on the burglary conviction, to run concurrently" in _texts(terms)
    assert "8 years" not in _texts(terms) and "eight years" not in _texts(terms)


def test_mandatory_surcharge_is_a_cost():
    terms = _sentencing("Judge Ilse Brathwick ordered Pelmont to pay a $250 mandatory surcharge.").terms
    cost = _term(terms, "costs")
    assert cost.text == "$250 mandatory surcharge" and cost.amount == 250


def test_good_behaviour_for_years_is_a_term():
    terms = _sentencing("Judge Ilse Brathwick suspended the sentence on condition that Pelmont remain on good behavior for "
                        "15 years.").terms
    assert _term(terms, "good_behaviour").text == "good behavior for 15 years"
    terms = _sentencing("Judge Ilse Brathwick ordered that Pelmont be of good behaviour for two years.").terms
    assert _term(terms, "good_behaviour").text == "good behaviour for two years"
    terms = _sentencing("Judge Ilse Brathwick suspended the last year on condition that Pelmont keep the peace and be of good "
                        "behaviour for three years.").terms
    assert _term(terms, "good_behaviour").text == "keep the peace and be of good behaviour for three years"


def test_suspended_or_waived_fines_are_no_fine_to_pay():
    terms = _sentencing("Judge Ilse Brathwick waived the fines on both counts.").terms
    waived = next(t for t in terms if t.text == "waived the fines on both counts")
    assert waived.kind == "suspended_fine" and waived.status == "imposed"


def test_forfeiture_order_of_a_sum_and_counted_property():
    terms = _sentencing("Judge Ilse Brathwick entered a forfeiture order of $3.4 million and six boats registered to "
                        "Pelmont's company.").terms
    assert _term(terms, "forfeiture").text == "forfeiture order of $3.4 million and six boats"


def test_forfeiture_list_ends_with_a_rough_sum():
    terms = _sentencing("Pelmont agreed to forfeit the lake cabin, a 2020 Audi Q7, and approximately $51,000 seized from "
                        "his accounts.").terms
    assert _term(terms, "forfeiture").text == "forfeit the lake cabin, a 2020 Audi Q7, and approximately $51,000"


def test_minimum_mandatory_told_before_the_kind_word():
    terms = _sentencing("The charge carries a three-year minimum mandatory prison sentence.").terms
    floor = _term(terms, "minimum_term")
    assert floor.text == "three-year minimum mandatory prison sentence" and floor.amount == 3


def test_statutory_maximum_without_a_kind_word():
    terms = _sentencing("The offense carries a statutory maximum of 30 years.").terms
    cap = _term(terms, "prison")
    assert cap.text == "a statutory maximum of 30 years" and cap.status == "maximum"


def test_the_statutes_imprisonment_for_up_to():
    terms = _sentencing("Wrey is liable to imprisonment for up to 14 years.").terms
    cap = _term(terms, "prison")
    assert cap.text == "imprisonment for up to 14 years" and cap.status == "maximum"
    terms = _sentencing("Wrey faces imprisonment for a term not exceeding five years.").terms
    assert "imprisonment for a term not exceeding five years" in _texts(terms)


def test_maximum_told_as_an_adjective_stays_with_the_term():
    terms = _sentencing("Wrey faces a maximum five-year prison term.").terms
    assert "maximum five-year prison term" in _texts(terms)


def test_boot_camp_and_day_reporting_are_their_own_kinds():
    terms = _sentencing("Judge Ilse Brathwick sentenced Oder to 120 days of boot camp.").terms
    assert _term(terms, "boot_camp").text == "120 days of boot camp"
    terms = _sentencing("Judge Ilse Brathwick sentenced Oder to 45 days of day reporting.").terms
    assert _term(terms, "day_reporting").text == "45 days of day reporting"


def test_weekend_jail_keeps_how_it_is_served():
    assert "20 days in jail on weekends" in _texts(_sentencing("Oder must serve 20 days in jail on weekends.").terms)
    assert "weekends in jail for four months" in _texts(_sentencing("Oder will spend weekends in jail for four months.").terms)


def test_extended_licence_period():
    terms = _sentencing("Oder was jailed for six years with an extended licence period of four years.").terms
    licence = _term(terms, "extended_licence")
    assert licence.text == "extended licence period of four years" and licence.amount == 4


def test_gave_him_the_maximum_is_imposed():
    terms = _sentencing("Judge Ilse Brathwick gave Oder the maximum: 60 years.").terms
    term = _term(terms, "prison")
    assert term.text == "60 years" and term.status == "imposed"
    terms = _sentencing("Judge Ilse Brathwick gave Oder the maximum, 12 years in prison.").terms
    assert _term(terms, "prison").status == "imposed"


def test_count_after_a_colon_list_is_no_term():
    terms = _sentencing("Judge Ilse Brathwick handed down the sentence Friday: six years in state prison, three years of "
                        "post-release supervision, for robbery in the first degree.").terms
    assert "six years in state prison" in _texts(terms)
    assert not any(t.text.startswith("for robbery") for t in terms)


def test_licence_surrendered_permanently():
    terms = _sentencing("Oder was ordered to surrender her state pharmacy board license permanently.").terms
    assert "surrender her state pharmacy board license permanently" in _texts(terms)


def test_each_before_a_weekday_is_a_schedule_not_a_count():
    terms = _sentencing("Under the terms of her house arrest, Vale may leave home only for medical appointments, "
                        "counselling and four hours each Saturday for errands.").terms
    assert not any("hours" in t.text for t in terms)
    assert "10 years on each count" in _texts(_sentencing("Judge Ilse Brathwick sentenced Vale to 10 years on each count.").terms)
