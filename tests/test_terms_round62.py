"""Round 62 sentence-term constructions: a spouse given a term by the same sentencing verb, a second defendant's own
lawyer asking for a term, a pronoun after another person's plea who completed a sentence, and the modal kept with a
length to be served. Each test: paraphrases of invented stories and a near-miss."""
from __future__ import annotations

from tests.helpers import any_term, sentencing_of


_SPOUSES = ("Corwin Ashvale, 51, and Marisol Ashvale, 47, of Fenwick ran the scheme for three years. Corwin Ashvale "
            "pleaded guilty to wire fraud, and Marisol Ashvale pleaded guilty to tax evasion.")


def test_the_spouse_given_a_term_by_the_same_verb_is_a_second_defendant_of_the_case():
    for lede in ("A judge has sentenced a Fenwick man to four years in prison and his wife to 20 months in prison for "
                 "looting a school fund.",
                 "A federal judge on Monday sentenced a Fenwick man to four years in prison and his wife to serve "
                 "20 months in prison for looting a school fund."):
        s = sentencing_of(lede, _SPOUSES)
        wife = any_term(s, "20 months")
        assert wife in s.terms and wife.status == "imposed" and wife.subject == "Marisol Ashvale", (lede, wife)
        assert any_term(s, "four years").subject is None
    # near-miss: no spouse after the first object, no second defendant
    s = sentencing_of("A judge has sentenced a Fenwick man to four years in prison and ordered him to pay 20 months of "
                      "wages to his former employer.", _SPOUSES)
    assert any_term(s, "four years").subject is None


def test_a_second_defendants_own_lawyer_asks_for_her():
    s = sentencing_of("A judge has sentenced a Fenwick man to four years in prison and his wife to 20 months in prison.",
                      _SPOUSES,
                      "Corwin Ashvale's lawyers had asked for two years in prison. Marisol Ashvale's attorney, Tobiah "
                      "Quell, wanted probation with four months of home confinement.")
    for words in ("four months of home confinement", "probation"):
        asked = any_term(s, words)
        assert asked in s.terms and asked.subject == "Marisol Ashvale" and asked.status in ("recommended", "sought"), asked
    assert any_term(s, "two years").subject is None
    # near-miss: the defendant's own lawyer asks for the defendant
    s = sentencing_of("Corwin Ashvale was sentenced to four years in prison. Corwin Ashvale's attorney, Tobiah Quell, had "
                      "wanted probation with four months of home confinement.")
    assert any_term(s, "four months of home confinement").subject is None


def test_the_pronoun_after_another_persons_plea_completed_his_own_sentence():
    for verb in ("has completed", "finished"):
        s = sentencing_of("Former state senator Ellery Vantongeren was sentenced Tuesday to five years in prison for bribery.",
                          f"The developer's former president, Ruford Kasprzak, pleaded guilty to conspiracy and testified "
                          f"against Vantongeren. He {verb} a 14-month sentence.")
        done = any_term(s, "14-month sentence")
        assert done in s.others and done.subject == "Ruford Kasprzak", (verb, done)
    # near-miss: the pronoun after the defendant's own plea is the defendant
    s = sentencing_of("Former state senator Ellery Vantongeren pleaded guilty to bribery in 2019. He has completed a 14-month "
                      "sentence and now faces a second trial.")
    assert any_term(s, "14-month sentence").subject is None


def test_a_length_to_be_served_keeps_its_modal():
    for tail in ("meaning he will serve 12 years", "so she must serve 12 years", "which means he shall serve 12 years"):
        s = sentencing_of(f"A judge sentenced Oswin Tarrant to 30 years in prison with the remaining 18 years suspended, {tail}.")
        served = any_term(s, "12 years")
        assert served.text.endswith("serve 12 years") and served.amount == 12, (tail, served)
    # near-miss: "ordered to serve" keeps the bare length (the order's verb is no modal)
    s = sentencing_of("A judge ordered Oswin Tarrant to serve 12 years.")
    assert any_term(s, "12 years").text == "12 years"


def test_a_bare_length_keeps_the_deed_an_enhancement_punishes():
    s = sentencing_of("A judge sentenced Brisco Delane to 22 years to life in state prison: 12 years to life for second-degree "
                      "murder, plus 10 years for personally using a gun.")
    assert "10 years for personally using a gun" in [t.text for t in s.terms + s.others]
    # near-miss: a gerund that tells no deed ("nothing")
    s = sentencing_of("A judge sentenced Brisco Delane to 22 years in prison, plus 10 years for nothing else.")
    assert "10 years for nothing else" not in [t.text for t in s.terms + s.others]

