"""Sentence terms told in constructions the earlier rounds missed: press-release lengths, several defendants sentenced
at once, a column's comparison, time gone by, and conditions joined to another (texts invented for these tests)."""
from __future__ import annotations

from tests.helpers import dated_facts, texts as _texts


def _facts(body: str, published: str = "2022-04-08"):
    return dated_facts(body, published)


def test_a_press_release_length_in_years_and_months_without_and_is_one_term():
    s = _facts("Corwin Malby, 38, of Elk Ridge, was sentenced to six years, four months in prison, to be followed by "
               "three years of supervised release.\n\nMalby pleaded guilty to bank fraud in March.").sentencing
    prison = next(t for t in s.terms if t.kind == "prison")
    assert prison.text == "six years, four months in prison"
    assert abs(prison.amount - (6 + 4 / 12)) < 0.01 and prison.unit == "years"


def test_a_comma_before_a_count_of_months_over_a_year_joins_nothing():
    s = _facts("Corwin Malby was sentenced Tuesday to 10 years, 18 months of which were suspended.\n\n"
               "Malby pleaded guilty to arson.").sentencing
    assert "10 years" in _texts(s.terms)


def test_each_defendant_of_a_roster_sentenced_together_keeps_a_term_of_the_case():
    body = ("DENVILLE - Three men have been sentenced to federal prison for a scheme that stole copper wire from rail yards.\n\n"
            "The following defendants were sentenced by U.S. District Judge Hester Quayle:\n\n"
            "Ormond Pike, 44, of Denville, was sentenced to eight years in prison. Pike was convicted of conspiracy in June.\n\n"
            "Lyle Brannock, 29, of Tanner, was sentenced to four years, two months in prison, to be followed by two years "
            "of supervised release.\n\n"
            "Ferris Odum, 31, of Tanner, was sentenced to 30 months in prison.\n\n"
            "The defendants were also ordered to pay $410,000 in restitution.")
    s = _facts(body).sentencing
    texts = _texts(s.terms)
    assert {"eight years in prison", "four years, two months in prison", "two years of supervised release",
            "30 months in prison", "$410,000 in restitution"} <= texts
    assert all(t.status == "imposed" for t in s.terms)


def test_a_co_defendant_sentenced_outside_a_joint_hearing_stays_anothers_term():
    body = ("Ormond Pike, 44, was sentenced Tuesday to eight years in prison for running the copper theft ring.\n\n"
            "His cousin, Lyle Brannock, was sentenced to four years in prison in a separate hearing last month.")
    s = _facts(body).sentencing
    assert "four years in prison" not in _texts(s.terms)


def test_a_pronoun_after_a_described_defendant_is_the_defendant_not_a_place_in_the_description():
    body = ("Dorian Welk Pardee III, 25, the son of a well-known builder in the Lowcountry, pleaded guilty to "
            "felony assault. Superior Court Judge Imogen Rusk gave him 36 months of probation and $4,200 in restitution.\n\n"
            "Pardee apologised in court.")
    s = _facts(body).sentencing
    assert {"36 months of probation", "$4,200 in restitution"} <= _texts(s.terms)
    assert not s.others


def test_a_sentence_a_columnist_watched_someone_else_get_is_anothers():
    body = ("Dorian Pardee, 25, pleaded guilty to felony assault. Judge Imogen Rusk gave him 36 months of probation.\n\n"
            "Pardee apologised in court.\n\n"
            "Last winter I watched a 20-year-old from the north side, with no record, get 60 days in jail for a shoving match.")
    s = _facts(body).sentencing
    assert "60 days in jail" not in _texts(s.terms)


def test_custody_never_to_be_spent_is_no_term():
    body = ("Dorian Pardee, 25, pleaded guilty to felony assault. Judge Imogen Rusk gave him a suspended 90-day jail "
            "sentence and 36 months of probation.\n\n"
            "If Pardee completes his probation, he will never spend a night in jail.")
    s = _facts(body).sentencing
    assert not any("night" in t.text for t in s.terms + s.others)


def test_time_gone_by_on_probation_is_no_term_but_still_dates_the_sentencing():
    body = ("A Millport man who admitted stealing from a church was ordered Friday to serve prison time after a judge "
            "found he had repaid little in more than four years on probation.\n\n"
            "District Judge Imogen Rusk revoked the deferred sentence Tobin Marsh, 51, received in 2017 and imposed a "
            "six-year Department of Corrections commitment with four years suspended.")
    s = _facts(body).sentencing
    texts = _texts(s.terms)
    assert not any("probation" in t for t in texts)
    assert "a six-year Department of Corrections commitment" in texts
    assert s.sentencing_date is not None and s.sentencing_date.text == "Friday"


def test_a_difference_between_two_sentences_is_no_term():
    body = ("A man who fled before his sentencing will serve three more years in prison than he had been promised, a "
            "judge ruled Thursday.\n\n"
            "Tobin Marsh, 30, was sentenced to seven years in state prison for robbery.")
    s = _facts(body).sentencing
    texts = _texts(s.terms)
    assert "seven years in state prison" in texts and not any("more" in t for t in texts)
    assert s.sentencing_date is not None and s.sentencing_date.text == "Thursday"


def test_a_bar_ends_before_the_judges_next_act():
    body = ("Tobin Marsh, 30, was sentenced to seven years in state prison for robbery. Judge Imogen Rusk also issued "
            "a five-year order of protection barring Marsh from contacting the clerk and ordered him to pay $2,315 in "
            "restitution for her dental bills.")
    texts = _texts(_facts(body).sentencing.terms)
    assert "five-year order of protection barring Marsh from contacting the clerk" in texts
    assert "$2,315 in restitution" in texts


def test_wisconsin_life_without_extended_supervision_and_a_later_fuller_wording():
    body = ("A Racine County judge on Monday sentenced Tobin Marsh to life in prison for killing his neighbor.\n\n"
            "Judge Imogen Rusk sentenced Marsh to life in prison without the possibility of extended supervision.\n\n"
            "Prosecutor Hale Vornley asked for life in prison with no chance of release.")
    s = _facts(body).sentencing
    texts = _texts(s.terms)
    assert "life in prison without the possibility of extended supervision" in texts
    assert "life in prison with no chance of release" in texts
    assert "life in prison" not in texts


def test_an_injunction_in_force_when_the_crime_was_done_is_no_term():
    body = ("Judge Imogen Rusk on Monday sentenced Tobin Marsh to 40 years in prison for beating his former partner "
            "while a restraining order barred him from contacting her.")
    s = _facts(body).sentencing
    assert not any("barred" in t.text for t in s.terms)


def test_no_contact_with_a_second_group_repeats_its_preposition():
    body = ("Tobin Marsh was sentenced to 40 years in prison. The judge also ordered Marsh to have no contact with "
            "his stepchildren or with any member of Rena Talbot's family.")
    texts = _texts(_facts(body).sentencing.terms)
    assert "no contact with his stepchildren or with any member of Rena Talbot's family" in texts


def test_a_connecticut_split_sentence_keeps_its_suspension():
    body = ("Judge Imogen Rusk sentenced Tobin Marsh to 12 years in prison, execution suspended after five years, "
            "followed by four years of probation.")
    texts = _texts(_facts(body).sentencing.terms)
    assert "12 years in prison, execution suspended after five years" in texts


def test_victims_losses_ordered_repaid_are_restitution():
    body = "Tobin Marsh was sentenced to 20 years in prison. Marsh was also ordered to pay $6,115 in funeral costs to the family."
    s = _facts(body).sentencing
    term = next(t for t in s.terms if t.text == "$6,115 in funeral costs")
    assert term.kind == "restitution" and term.amount == 6115 and term.status == "imposed"


def test_a_second_course_joined_to_a_condition_is_a_term_of_its_own():
    body = ("Rena Talbot, 33, was sentenced to four years of probation. As conditions of her probation, she must "
            "complete a budgeting course and substance abuse treatment. She was also ordered to complete 60 hours of "
            "community service and a victim-awareness program.")
    texts = _texts(_facts(body).sentencing.terms)
    assert {"complete a budgeting course", "substance abuse treatment", "60 hours of community service",
            "a victim-awareness program"} <= texts


def test_a_rule_for_a_group_is_no_ones_condition():
    body = ("Sgt. Tobin Marsh was sentenced to 14 months of confinement by a court-martial on Friday.\n\n"
            "Drill instructors at Camp Verne have since been required to complete a revised safety course.")
    assert not any("course" in t.text for t in _facts(body).sentencing.terms)


def test_plural_fines_capped_per_count():
    body = ("Each of the nine defendants faces two to 10 years in prison and fines of up to $3,000 if convicted of "
            "aggravated rioting.")
    s = _facts(body).sentencing
    fine = next(t for t in s.terms if t.kind == "fine")
    assert fine.text == "fines of up to $3,000" and fine.status == "maximum"


def test_a_sum_in_millions_is_whole_cents():
    s = _facts("Prosecutors asked that Rena Talbot pay $4.1 million in restitution.").sentencing
    assert next(t for t in s.terms if t.kind == "restitution").amount == 4_100_000
