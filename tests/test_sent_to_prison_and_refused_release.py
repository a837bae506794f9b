"""US copy: "a judge sent Haugen, 58, to prison for 58 months, rejecting her plea to remain free" is a prison term (the
refused release is no release condition, and "her plea to remain free" no guilty plea); "plus 25 years to life for a
firearm enhancement" keeps what the term is for."""
from __future__ import annotations

from tests.helpers import charge_texts, one_term_of_kind, sentencing_of, shown_terms

_PLEA = "Linda Haugen, 58, pleaded guilty to theft by swindle in March."


def test_sent_to_prison_with_the_age_between():
    s = sentencing_of(_PLEA, "On Thursday, a Hennepin County judge sent Haugen, 58, to prison for 58 months, rejecting "
                             "her plea to remain free.")
    term = one_term_of_kind(s, "prison")
    assert term.status == "imposed" and term.amount == 58 and term.text.endswith("prison for 58 months")


def test_a_plea_to_remain_free_is_no_guilty_plea():
    assert charge_texts(f"{_PLEA} The judge rejected her plea to remain free so she could keep working.") == \
        ["theft by swindle"]


def test_release_still_granted_keeps_its_conditions_out():
    s = sentencing_of(_PLEA, "She will remain free until her sentencing in May and must wear an ankle monitor.")
    assert not s.terms, shown_terms(s)


def test_a_life_term_keeps_its_enhancement():
    s = sentencing_of("Luis Becerra, 25, was convicted of second-degree murder.",
                      "Judge Gregory Tsai sentenced Becerra to 15 years to life for the murder, plus 25 years to life for "
                      "a firearm enhancement.")
    assert "25 years to life for a firearm enhancement" in [t.text for t in s.terms], shown_terms(s)


def test_the_body_s_fuller_wording_of_a_lede_s_term_is_shown():
    s = sentencing_of("Former deputy Brent Kessler will spend a year in jail for stealing seized cash, a judge ruled "
                      "Thursday.", "Judge Celia Hart ordered him to serve one year in the Vanderburgh County Jail and "
                      "the final two years on probation.")
    assert one_term_of_kind(s, "jail").text == "one year in the Vanderburgh County Jail"
