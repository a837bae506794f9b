"""Sentence terms whose status turns on who the sentence belongs to and what kind of number it is: other people's
sentences told for comparison, differences between sentences, release before trial, the law's fixed penalties in a
charging story, rough paraphrases, and parole-eligibility floors. Each test gives several paraphrases and a near-miss."""
from __future__ import annotations

from tests.helpers import sentencing_of

_SENTENCED = "Corbin Aldous, 47, a former pharmacy technician from Lisle, was sentenced Monday to six years in prison for theft."
_CHARGED = "Corbin Aldous, 47, a former pharmacy technician from Lisle, was charged Monday with bribery and identity theft."


def _facts(*paragraphs: str, lede: str = _SENTENCED):
    return sentencing_of(lede, *paragraphs, published="2024-06-14", title="Aldous case")


def _with(sentencing, words: str):
    return [t for t in sentencing.terms if words in t.text]


def test_an_indefinite_other_persons_sentence_told_for_comparison_is_not_the_defendants():
    for sentence, words in [
        ("Two years ago a pharmacist at a Wexford clinic who stole morphine was sentenced in the same courthouse to 28 months in prison.", "28 months"),
        ("By comparison, a courier who lost a package of fentanyl last spring was sentenced to 17 months.", "17 months"),
        ("Another clerk who sold forged titles in a neighboring county was sentenced in 2020 to 37 months behind bars.", "37 months"),
    ]:
        sentencing = _facts("Prosecutors said the thefts ran for three years.", sentence)
        assert not [t for t in _with(sentencing, words) if t.status == "imposed"], sentence
    # near-miss: the defendant's own sentence told with a relative clause stays his
    near = _facts("A pharmacy technician who stole oxycodone for years was sentenced Monday to six years in prison.", lede=_SENTENCED.replace(" to six years in prison", ""))
    assert [t for t in _with(near, "six years") if t.status == "imposed"]


def test_a_difference_between_sentences_is_not_a_term():
    for sentence, words in [("Aldous had his prison sentence cut by a year and a half on appeal.", "a year and a half"),
                            ("His sentence was reduced by 30 months after he cooperated.", "30 months"),
                            ("His term was shortened by 14 months under the new law.", "14 months")]:
        assert not [t for t in _with(_facts(sentence), words) if t.status != "other"], sentence
    near = _facts("An appeals court later reduced his sentence to 30 months.")
    assert [t for t in _with(near, "30 months") if t.status == "imposed"]


def test_release_before_trial_is_not_a_sentence_ask():
    for sentence in ("His lawyer asked that Aldous be released on electronic monitoring until trial.",
                     "The defense asked for his release on a $25,000 bond with electronic monitoring.",
                     "His attorney asked the judge to release him to house arrest before trial."):
        sentencing = _facts(sentence, lede=_CHARGED)
        assert not [t for t in sentencing.terms if t.status in ("recommended", "sought")], sentence
    near = _facts("His lawyer asked for house arrest instead of prison.")
    assert [t for t in _with(near, "house arrest") if t.status in ("recommended", "sought")]


def test_the_laws_fixed_penalty_in_a_charging_story_is_exposure_never_imposed():
    for sentence, words in [("Aggravated identity theft requires a mandatory two years in prison, to be served after any other sentence.", "two years"),
                            ("The gun count carries a mandatory five-year term.", "five-year term"),
                            ("He faces up to 15 years on the bribery counts, plus a mandatory two years for identity theft.", "mandatory two years")]:
        found = _with(_facts(sentence, lede=_CHARGED), words)
        assert found and all(t.status == "maximum" for t in found), sentence
    both = _facts("He faces up to 15 years on the bribery counts, plus a mandatory two years for identity theft.", lede=_CHARGED)
    assert [t for t in _with(both, "15 years") if t.status == "maximum"]
    # near-miss: a floor is not a cap
    near = _facts("The drug count carries a mandatory minimum of 10 years.", lede=_CHARGED)
    assert not [t for t in _with(near, "10 years") if t.status in ("maximum", "imposed")]


def test_a_rough_paraphrase_of_the_time_is_not_a_term():
    for sentence in ("Aldous will spend most of the next two decades in prison.", "Aldous faces the better part of a decade behind bars.",
                     "Aldous will spend much of the next 10 years in prison."):
        sentencing = _facts(sentence, "Judge Petra Lomax sentenced him to 18 years and four months in prison.", lede="A Lisle man was sentenced Monday for theft.")
        assert not [t for t in sentencing.terms if "decade" in t.text or t.text.startswith("10 years")], sentence
        assert _with(sentencing, "18 years and four months")
    near = _facts("Aldous was sentenced to nearly two decades in prison.", lede="A Lisle man was sentenced Monday for theft.")
    assert [t for t in _with(near, "two decades") if t.status == "imposed"]


def test_a_sentence_told_as_what_runs_concurrently_is_imposed():
    for sentence, words in [("His sentence of 11 months and 29 days for violating the protective order will run concurrently.", "11 months and 29 days"),
                            ("His term of six months for resisting arrest will run concurrently.", "six months"),
                            ("A sentence of two years for the burglary will be served at the same time.", "two years")]:
        assert [t for t in _with(_facts(sentence), words) if t.status == "imposed"], sentence
    near = _facts("If convicted, his sentence of two years would run consecutively.", lede=_CHARGED)
    assert not [t for t in _with(near, "two years") if t.status == "imposed"]


def test_a_parole_eligibility_floor_is_an_imposed_minimum():
    for sentence, words in [("He must serve at least 85% of his sentence before he is eligible for parole.", "85% of his sentence"),
                            ("He will not be eligible for release until he has served 85 percent of the kidnapping sentence.", "85 percent of the kidnapping sentence"),
                            ("He will not be eligible for parole until he has served at least 12 years.", "at least 12 years"),
                            ("He must serve half before parole.", "half"),
                            # the phrase is the term: "12 years" alone would not say it is the time before parole
                            ("He will not be eligible to apply for parole until he has served 12 years, the judge said.",
                             "not be eligible to apply for parole until he has served 12 years"),
                            ("The judge ordered that he not be eligible for parole for 13 years.", "not be eligible for parole for 13 years"),
                            ("He will be eligible for parole after serving four years, Judge Amy Lee ruled.",
                             "eligible for parole after serving four years")]:
        found = _with(_facts(sentence), words)
        assert found and found[0].kind == "minimum_term" and found[0].status == "imposed", sentence
    # near-misses: the law's reckoning, and a conviction not yet had, are not a floor the court set
    for sentence, words in [("Under Texas law, he will not be eligible for parole until he has served 30 years.", "30 years"),
                            ("If convicted, he would not be eligible for parole for 20 years.", "20 years")]:
        assert not [t for t in _with(_facts(sentence), words) if t.status == "imposed"], sentence


def test_a_modifier_between_of_and_the_kind_keeps_the_term():
    for sentence, words in [("He must also serve two years of mandatory supervised release.", "two years of mandatory supervised release"),
                            ("He will then serve three years of post-release supervision.", "three years of post-release supervision"),
                            ("He will serve six months of electronically monitored home confinement.", "six months of electronically monitored home confinement")]:
        assert [t for t in _with(_facts(sentence), words) if t.status == "imposed"], sentence
    near = _facts("He had completed two years of supervised release on an earlier case.")
    assert not [t for t in _with(near, "two years of supervised release") if t.status == "imposed"]


def test_credit_with_the_defendant_as_subject():
    for sentence, words in [("He will receive credit for time served since his arrest in June.", "credit for time served"),
                            ("He gets credit for the 200 days he has spent in jail.", "200 days"),
                            ("He will be credited with the 311 days he spent in the county jail.", "311 days")]:
        assert [t for t in _with(_facts(sentence), words) if t.kind == "time_served_credit"], sentence
    near = _facts("He has already spent 200 days in jail.")
    assert not [t for t in near.terms if t.kind == "time_served_credit"]


def test_a_statutory_range_with_life_as_the_alternative_is_one_maximum():
    for sentence, words in [("The charge is punishable by 10 to 30 years or life in prison.", "10 to 30 years or life in prison"),
                            ("He faces 20 to 60 years or life in prison if convicted.", "20 to 60 years or life in prison"),
                            ("Each count is punishable by five to 99 years or life.", "five to 99 years or life")]:
        found = _with(_facts(sentence, lede=_CHARGED), words)
        assert found and found[0].status == "maximum", sentence
    near = _facts("He faces up to 30 years in prison.", lede=_CHARGED)
    assert not [t for t in near.terms if "or life" in t.text]


def test_asks_put_to_the_bench_with_a_trailing_word_or_a_named_bound():
    for sentence, words in [("Prosecutors asked Judge Lomax to impose 96 months anyway.", "96 months"),
                            ("Prosecutors asked for the four-year minimum.", "four-year minimum"),
                            ("The state urged the judge to impose 12 years instead.", "12 years")]:
        assert [t for t in _with(_facts(sentence), words) if t.status in ("recommended", "sought")], sentence
    near = _facts("Judge Petra Lomax imposed 96 months anyway.")
    assert not [t for t in _with(near, "96 months") if t.status in ("recommended", "sought")]


def test_conditions_announced_before_a_colon_are_imposed_terms():
    for sentence, words in [("Judge Petra Lomax extended his probation with a new condition: an ankle monitor for the first year.", ["ankle monitor"]),
                            ("The judge added two new conditions: no alcohol and a 9 p.m. curfew.", ["no alcohol", "curfew"]),
                            ("His probation comes with strict terms: a GPS monitor and weekly drug tests.", ["GPS monitor", "weekly drug tests"])]:
        sentencing = _facts(sentence)
        for w in words:
            assert [t for t in _with(sentencing, w) if t.status == "imposed"], (sentence, w)
    # near-miss: bail conditions before trial are no sentence
    near = _facts("A judge set bond at $5,000 with two conditions: no alcohol and a 9 p.m. curfew.", lede=_CHARGED)
    assert not [t for t in near.terms if t.status == "imposed"]


def test_a_judge_sending_the_defendant_to_prison_dates_the_sentencing():
    for lede, day in [("A Wexford County judge on Wednesday sent Corbin Aldous, 47, to state prison for theft.", "Wednesday"),
                      ("A judge on Monday sent Corbin Aldous back to prison for breaking his probation.", "Monday"),
                      ("Corbin Aldous was sent to federal prison Friday for theft.", "Friday")]:
        sentencing = _facts("Judge Petra Lomax called the thefts cruel.", lede=lede)
        assert sentencing.sentencing_date is not None and sentencing.sentencing_date.text == day, lede
    near = _facts("He was sent to jail in 2019 for an earlier theft.", lede=_CHARGED)
    assert near.sentencing_date is None or "2019" not in near.sentencing_date.text
