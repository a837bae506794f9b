"""Sentence terms and the sentencing day in constructions met in round 39: a judge named with a middle initial, the
law's "mandatory" fixed term, links to other stories under a story, property in a place with an abbreviated name, a
count's part of a stacked term, a lede's rounded ask, a floor told twice, a live blog's entry stamp and a noun ban;
texts invented for these tests."""
from __future__ import annotations

from tests.helpers import dated_facts, texts as _texts


def _facts(body: str, published: str = "2025-02-11"):
    return dated_facts(body, published)


def test_a_judge_named_with_a_middle_initial_orders_terms_for_the_defendant_not_for_himself():
    s = _facts("“You made a bad choice,” U.S. District Judge Harold T. Pemberton said.\n\n"
               "Then he sentenced Calvin Ostrander to eight years in federal prison.\n\n"
               "Pemberton ordered four years of supervised release after Ostrander’s prison term and the mandatory $100 "
               "special assessment.").sentencing
    texts = _texts(s.terms)
    assert "four years of supervised release" in texts
    assert any(t.endswith("$100 special assessment") for t in texts)


def test_the_laws_mandatory_term_keeps_its_qualifier():
    s = _facts("Wendell Praskey pleaded guilty Monday to bank fraud and aggravated identity theft.\n\n"
               "Praskey faces up to 30 years in prison on the bank fraud count. The identity theft count carries a "
               "mandatory two years in prison, which must be served after any other sentence.").sentencing
    assert "mandatory two years in prison" in _texts(s.terms)


def test_headlines_listed_under_a_links_header_are_other_stories():
    s = _facts("Wendell Praskey pleaded guilty Monday to bank fraud.\n\n"
               "Praskey faces up to 30 years in prison.\n\n"
               "Related coverage:\n"
               "• Tulsa woman gets 6 years for loan scheme\n"
               "• Fraud cases keep courts busy").sentencing
    assert _texts(s.terms) == {"up to 30 years in prison"}


def test_property_in_a_place_with_an_abbreviated_name_is_forfeited_whole():
    s = _facts("Judge Maren Castellano sentenced Lydia Farrowby to nine years in federal prison on Tuesday.\n\n"
               "Farrowby must also forfeit her condo in Mt. Pleasant, which prosecutors said was bought with stolen "
               "money.").sentencing
    assert "forfeit her condo in Mt. Pleasant" in _texts(s.terms)


def test_a_stacked_terms_part_keeps_its_count_and_a_range_after_for_stays_whole():
    s = _facts("Judge Ona Birk sentenced Tomas Vell to six years in prison on Monday, ordering him to serve 48 months on "
               "the wire fraud count and a consecutive two-year term for identity theft.\n\n"
               "Federal sentencing guidelines called for 57 to 71 months on the fraud count.").sentencing
    texts = _texts(s.terms)
    assert "48 months on the wire fraud count" in texts
    assert "57 to 71 months on the fraud count" in texts and "71 months on the fraud count" not in texts


def test_a_ledes_rounded_ask_joins_the_sides_exact_ask():
    s = _facts("Prosecutors are asking a judge to sentence Dalia Movsessian to more than nine years in prison for a "
               "fraud scheme.\n\n"
               "In a filing Monday, prosecutors asked for 111 months in prison. Movsessian is to be sentenced March 3."
               ).sentencing
    prison = [t.text for t in s.terms if t.kind == "prison" and t.status == "recommended"]
    assert prison == ["111 months in prison"]


def test_a_ledes_at_least_is_the_non_parole_period_told_again():
    s = _facts("A man who set fire to a shed will spend at least three years and two months behind bars.\n\n"
               "Corin Daley, 41, was sentenced in the District Court on Friday to five years’ jail, with a non-parole "
               "period of three years and two months.").sentencing
    texts = _texts(s.terms)
    assert "at least three years and two months behind bars" not in texts
    assert "non-parole period of three years and two months" in texts


def test_a_live_blog_entry_stamp_dates_an_undated_sentencing():
    s = _facts("March 4, 2025, 2:10 PM EST\n\n"
               "Okafor sentenced to 11 years\n\n"
               "Judge Tamsin Reyes sentenced Bartholomew Okafor to 11 years in prison.", published="2025-03-04").sentencing
    assert s.sentencing_date is not None and s.sentencing_date.text == "March 4, 2025"


def test_a_ban_told_as_a_noun_with_its_length_is_a_term():
    s = _facts("Judge Colm Reddaway sentenced Marla Vossberg to 90 days in jail on Monday and placed her on two years of "
               "probation.\n\n"
               "The five-year ban on owning animals bars her from caring for any animal.").sentencing
    assert "five-year ban on owning animals" in _texts(s.terms)


def test_a_bare_ask_by_role_joins_the_same_sides_stated_ask_and_paid_restitution_is_no_term():
    s = _facts("Judge Ann Loomis sentenced Petra Glass to 14 months in prison, more than the probation her lawyer asked "
               "for.\n\n"
               "Her attorney, Rufus Kemble, had asked for two years of probation. He noted that his client had already "
               "paid the full restitution amount.").sentencing
    texts = _texts(s.terms)
    assert "probation" not in texts and "two years of probation" in texts
    assert "full restitution" not in texts
