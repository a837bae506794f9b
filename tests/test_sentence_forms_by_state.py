"""Sentence wordings particular to a state's or a country's courts (Missouri's suspended execution, Canada's credit told
with what is left, a named custody agency), and the forms a local TV story tells a sentence in. Each test gives the
wording, its paraphrases and a near-miss."""
from __future__ import annotations

from tests.helpers import sentencing_of

_LEDE = "Loretta Bixler, 59, of Lebanon, was sentenced Thursday to five years of probation for animal neglect."


def _terms(*paragraphs: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.kind, t.status) for t in sentencing_of(_LEDE, *paragraphs).terms}


def test_a_suspended_execution_is_the_suspension_of_the_term_told():
    for sentence, words in [("Judge Cagle sentenced her to four years in prison but suspended execution of that sentence.",
                             "suspended execution of that sentence"),
                            ("A judge gave her a four-year prison sentence, but suspended the execution of it.",
                             "suspended the execution of it"),
                            ("She got four years, and the rest of the sentence is suspended.", "the rest of the sentence is suspended")]:
        assert _terms(sentence).get(words) == ("suspended_sentence", "imposed"), sentence
    # the disposition's own name stays the order it always was
    assert "suspended imposition of sentence" in _terms("She received a suspended imposition of sentence.")


def test_a_bar_on_keeping_animals_told_as_a_probation_condition():
    for sentence, words in [("As a condition of probation, she may not own, possess or breed any dog.", "may not own, possess or breed any dog"),
                            ("As part of her probation, Bixler can\u2019t own or breed dogs.", "can\u2019t own or breed dogs")]:
        assert _terms(sentence).get(words) == ("disqualification", "imposed"), sentence
    # near-miss: what she may not do, told with no supervision around it, is no order
    assert not [t for t in _terms("Neighbors say she cannot own dogs in the subdivision anyway.") if "own" in t]


def test_the_custody_agency_named_is_the_wording_shown_for_a_length_told_twice():
    terms = _terms("Bixler will spend the next 18 years in prison.",
                   "Judge Cagle sentenced her to 18 years in the Arizona Department of Corrections.")
    assert "18 years in the Arizona Department of Corrections" in terms
    assert not [t for t in terms if t.startswith("18 years in prison")]


def test_a_restitution_order_totalling_a_sum():
    assert _terms("The judge also imposed a restitution order totalling $187,400.").get(
        "restitution order totalling $187,400") == ("restitution", "imposed")


def test_credit_told_with_the_time_it_leaves_to_serve():
    lede = "Kurt Brettner, 30, was sentenced Friday to 10 years in prison for human trafficking."
    terms = {t.text: t.status for t in sentencing_of(
        lede, "With credit for 36 months of pre-sentence custody, Brettner has seven years left to serve.").terms}
    assert terms.get("credit for 36 months of pre-sentence custody") == "imposed"
    # near-miss: a reckoning of what credit might do is not the court's grant
    near = {t.text: t.status for t in sentencing_of(lede, "With credit for time served, he could be out by 2030.").terms}
    assert not [t for t, status in near.items() if t.startswith("credit") and status == "imposed"]


def test_one_jailing_verb_for_two_people_gives_each_length():
    sentencing = sentencing_of("Mikaere Tautahi, 24, was sentenced to life imprisonment for murder.",
                               "Justice Helen Abernethy jailed Brightwater for five years and four months "
                               "and Hona for four years and nine months.")
    terms = [t.text for t in sentencing.terms + sentencing.others]
    assert "five years and four months" in terms and "four years and nine months" in terms


def test_a_length_told_with_the_parole_it_denies():
    lede = "Kurt Brettner, 30, was convicted of murder in March."
    for sentence, words in [("The judge sentenced him to 25 years without parole.", "25 years without parole"),
                            ("He must serve 25 years without the possibility of parole.", "25 years without the possibility of parole"),
                            ("He was sentenced to 17 years and six months in federal prison without parole.",
                             "17 years and six months in federal prison without parole")]:
        terms = {t.text: (t.kind, t.status) for t in sentencing_of(lede, sentence).terms}
        assert terms.get(words) == ("prison", "imposed"), sentence
    # near-miss: the cap he faced is no term imposed
    faced = {t.text: t.status for t in sentencing_of("Kurt Brettner, 30, was charged with murder.",
                                                     "He faces up to 40 years without parole if convicted.").terms}
    assert faced.get("up to 40 years without parole") == "maximum"


def test_new_zealand_and_australian_orders_told_whole():
    lede = "Tyson Reeve, 29, was sentenced in the District Court on Friday."
    for sentence, words, kind in [
            ("He was placed on six months' supervision with activity.", "six months' supervision with activity", "supervision"),
            ("She was sentenced to four months' jail, wholly suspended for two years.",
             "four months' jail, wholly suspended for two years", "suspended_sentence"),
            ("He received a 20-month conditional sentence order.", "20-month conditional sentence order", "conditional_sentence"),
            ("He was disqualified for 18 months, after which he must apply for a zero-alcohol licence.",
             "apply for a zero-alcohol licence", "zero_alcohol_licence"),
            ("The judge sentenced him to five years' imprisonment, and ordered that he be released on a recognizance release "
             "order after serving two years and two months.",
             "released on a recognizance release order after serving two years and two months", "non_parole_period"),
            ("Once released, he must be of good behaviour for three years, on a $1000 recognizance.", "$1000 recognizance", "good_behaviour"),
            ("He was also given a 10-year ban under the Criminal Code on holding any position of trust.",
             "a 10-year ban under the Criminal Code on holding any position of trust", "disqualification")]:
        terms = {t.text: (t.kind, t.status) for t in sentencing_of(lede, sentence).terms}
        assert terms.get(words) == (kind, "imposed"), (sentence, terms)


def test_a_pair_of_co_offenders_is_neither_the_defendant():
    from builder.extract._defendant import find_defendant
    from builder.extract.parties import find_parties
    from tests.helpers import dated_source

    source = dated_source("A man who shot dead a teenager outside a birthday party has been sentenced to life imprisonment.\n\n"
                          "Mikaere Tautahi, 24, appeared in the High Court today for sentencing on the murder of Jay Roe.\n\n"
                          "Two co-offenders, Kyle Brightwater, 26, and Rawiri Hona, 22, who were found guilty of manslaughter "
                          "at the same trial, were also sentenced.")
    assert find_defendant(source, find_parties(source)).name == "Mikaere Tautahi"
