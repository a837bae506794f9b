"""Round 59 sentence-term constructions: a judge titled in lower case, state names for post-prison supervision and the
offender registry, an order told as what the defendant "will be under", and restitution whose sum is left for later.
Each test: paraphrases of invented stories and a near-miss."""
from __future__ import annotations

from tests.helpers import sentencing_of


def _term(sentencing, words: str):
    found = [t for t in sentencing.terms if words in t.text]
    assert found, f"no term with {words!r} in {[(t.text, t.status) for t in sentencing.terms + sentencing.others]}"
    return found[0]


def test_a_judge_titled_in_lower_case_is_the_judge_and_his_terms_stay_the_defendants():
    # British and some US outlets write the title in lower case: "Dane county circuit judge Ann Roe sentenced him"
    for title in ("Dane county circuit judge", "US district judge", "Kerrow crown court judge"):
        s = sentencing_of("Orvel Tamsworth, 49, a former swim coach from Kerrow, pleaded guilty in May to two counts of assault.",
                          f"On Friday, {title} Maribel Quintavo sentenced him to nine years in prison on the first count "
                          "and a concurrent four-year term on the second.")
        assert s.judge is not None and s.judge.name == "Maribel Quintavo", title
        assert _term(s, "concurrent four-year term").status == "imposed", title
    # near-miss: a lower-case "judge" with no title before it is no named judge
    s = sentencing_of("Orvel Tamsworth was sentenced to nine years in prison. The judge Friday called it a grave case.")
    assert s.judge is None


def test_conditional_release_is_supervision_after_prison():
    for sentence in ("After his release he will be under 10 years of conditional release.",
                     "He must also serve five years of conditional release once he leaves prison."):
        s = sentencing_of("Judge Maribel Quintavo sentenced Orvel Tamsworth on Friday to nine years in prison.", sentence)
        term = _term(s, "conditional release")
        assert term.kind == "supervised_release" and term.status == "imposed", sentence
    # near-miss: conditional release someone may be granted is no term of the sentence
    s = sentencing_of("Judge Maribel Quintavo sentenced Orvel Tamsworth on Friday to nine years in prison.",
                      "He may apply for conditional release after six years.")
    assert not [t for t in s.terms if "conditional release" in t.text]


def test_will_be_under_a_supervision_is_the_order_to_come():
    s = sentencing_of("Judge Maribel Quintavo sentenced Orvel Tamsworth on Friday to nine years in prison.",
                      "After his release he will be under three years of supervised release.")
    assert _term(s, "three years of supervised release").status == "imposed"


def test_registration_under_a_states_name_for_the_list():
    for sentence, words in (("He must register as a predatory offender for the rest of his life.",
                             "register as a predatory offender for the rest of his life"),
                            ("She will have to register as a sexual predator for 15 years.", "register as a sexual predator for 15 years")):
        s = sentencing_of("Judge Maribel Quintavo sentenced Orvel Tamsworth on Friday to nine years in prison.", sentence)
        term = _term(s, words)
        assert term.kind == "registration" and term.status == "imposed", sentence


def test_restitution_left_to_be_determined_is_a_term():
    s = sentencing_of("Orvel Tamsworth is due to be sentenced on Friday.",
                      "Prosecutors asked for 12 years in prison, forfeiture of $3 million and restitution to be determined.")
    term = _term(s, "restitution to be determined")
    assert term.kind == "restitution" and term.status == "recommended" and term.amount is None
    s = sentencing_of("Judge Maribel Quintavo sentenced Orvel Tamsworth on Friday to nine years in prison and ordered him to pay "
                      "restitution in an amount to be set at a later hearing.")
    assert _term(s, "restitution in an amount to be set at a later hearing").status == "imposed"
    # near-miss: a hearing on restitution is no term
    s = sentencing_of("Judge Maribel Quintavo sentenced Orvel Tamsworth on Friday to nine years in prison. A restitution hearing is set for June.")
    assert not [t for t in s.terms if "restitution" in t.text]


def test_a_ledes_time_to_serve_gives_way_to_the_split_sentence_wording():
    s = sentencing_of("A former bookkeeper from Harlow Flats will spend four years in prison for stealing from her church.",
                      "Circuit Judge Maribel Quintavo sentenced Dessa Prindle to 12 years, suspended to four years served, "
                      "followed by three years of probation.")
    served = [t for t in s.terms if t.kind == "prison" and t.amount == 4.0]
    assert [t.text for t in served] == ["suspended to four years served"]
    # near-miss: with no split sentence in the body, the lede's wording stays
    s = sentencing_of("A former bookkeeper from Harlow Flats will spend four years in prison for stealing from her church.",
                      "Circuit Judge Maribel Quintavo sentenced Dessa Prindle to four years in prison.")
    assert [t.text for t in s.terms if t.kind == "prison"] == ["four years in prison"]


def test_a_period_of_a_kind_after_followed_by_is_a_term_of_its_own():
    s = sentencing_of("Dessa Prindle is to be sentenced Monday for embezzlement.",
                      "Her lawyer asked for a sentence of 20 months, followed by a period of home confinement.")
    term = _term(s, "a period of home confinement")
    assert term.kind == "home_confinement" and term.status == "recommended"
    assert _term(s, "20 months").text == "sentence of 20 months"
    # near-miss: a bare kind straight after the length still completes that term
    s = sentencing_of("Dessa Prindle is to be sentenced Monday for embezzlement.",
                      "Her lawyer asked for 20 months in prison followed by home confinement.")
    assert [t.text for t in s.terms if "confinement" in t.text] == ["20 months in prison followed by home confinement"]


def test_a_bare_length_runs_through_an_offence_named_elsewhere():
    s = sentencing_of("A jury convicted Orvel Tamsworth of abduction, aggravated battery and having weapons while under disability.",
                      "At sentencing in May 2024, Judge Maribel Quintavo ordered Tamsworth to serve 9 to 13 1/2 years in prison for "
                      "abduction, six years for aggravated battery and 30 months for the weapons charge, all consecutively.")
    assert _term(s, "six years").text == "six years for aggravated battery"
    # near-miss: a length for something that is no charge keeps its own words
    s = sentencing_of("A jury convicted Orvel Tamsworth of arson in March.",
                      "Judge Maribel Quintavo ordered him to serve 10 years in prison for arson and four years for his role in the fraud.")
    assert not [t for t in s.terms if "role" in t.text]


def test_a_forfeited_sum_in_cryptocurrency_runs_to_the_last_item_of_the_list():
    s = sentencing_of("Judge Maribel Quintavo sentenced Orvel Tamsworth on Friday to six years in prison.",
                      "He was also ordered to forfeit $75,000 in cryptocurrency and a 2019 Audi Q7 seized at his arrest.")
    assert _term(s, "forfeit").text == "forfeit $75,000 in cryptocurrency and a 2019 Audi Q7"


def test_commonwealth_names_for_orders():
    s = sentencing_of("Judge Maribel Quintavo sentenced Orvel Tamsworth to five years, to be split equally between custody and licence.")
    assert _term(s, "split equally between custody and licence").status == "imposed"
    s = sentencing_of("Judge Maribel Quintavo sentenced Orvel Tamsworth to six years in prison.",
                      "She also made an order forfeiting €9,200 in cash found in his car.")
    term = _term(s, "forfeiting €9,200 in cash")
    assert term.kind == "forfeiture" and term.status == "imposed"
    s = sentencing_of("Judge Maribel Quintavo sentenced Orvel Tamsworth to an aggregate term of two years.",
                      "The judge also made a compensation direction for the full $52,300 to be repaid to the council.")
    assert _term(s, "compensation direction for the full $52,300").kind == "compensation"


def test_staying_home_for_a_stretch_is_house_arrest():
    s = sentencing_of("Judge Maribel Quintavo gave Orvel Tamsworth a conditional sentence of 18 months.",
                      "He must remain in his home for the first eight months except for work and medical appointments.")
    term = _term(s, "remain in his home for the first eight months")
    assert term.kind == "home_confinement" and term.status == "imposed"
    # near-miss: staying home with no length told is no term
    s = sentencing_of("Judge Maribel Quintavo gave Orvel Tamsworth a conditional sentence of 18 months.",
                      "He said he would stay at his home and look after his mother.")
    assert not [t for t in s.terms if "home" in t.text]


def test_the_victim_surcharge_named_without_its_sum_is_a_term():
    s = sentencing_of("Judge Maribel Quintavo jailed Orvel Tamsworth for two years on Monday. He must also pay the victim surcharge.")
    term = _term(s, "victim surcharge")
    assert term.kind == "costs" and term.status == "imposed"
    # near-miss: with its sum the whole phrase is the one term
    s = sentencing_of("Judge Maribel Quintavo jailed Orvel Tamsworth for two years on Monday. He must also pay a victim surcharge of £120.")
    assert [t.text for t in s.terms if "surcharge" in t.text] == ["victim surcharge of £120"]
