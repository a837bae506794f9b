"""Reference points, others' outcomes and less common obligations in sentencing stories: advisory ranges are not
sentences, a group of other defendants' outcomes is not the defendant's, and talks, essays, counted property and the
second part of an ask are terms. Each test: several paraphrases and a near-miss."""
from __future__ import annotations

from tests.helpers import sentencing_of

_SENTENCED = "Wendell Okonkwo-Pratt, 38, a former fraternity treasurer from Harlowe, was sentenced Tuesday to four years in prison."
_PLEA = "Wendell Okonkwo-Pratt, 38, a former fraternity treasurer from Harlowe, pleaded guilty Tuesday to hazing and fraud."


def _sentencing(*paragraphs: str, lede: str = _SENTENCED):
    return sentencing_of(lede, *paragraphs, published="2025-03-12")


def _with(sentencing, words: str):
    found = [t for t in sentencing.terms if words in t.text]
    assert found, f"no term with {words!r} in {[(t.text, t.status) for t in sentencing.terms]}"
    return found[0]


def test_an_advisory_range_is_a_reference_point_not_a_sentence_or_ask():
    for sentence in ("The judge said state guidelines for the other counts called for anything from probation up to eight months in jail.",
                     "Federal sentencing guidelines recommended a range of 51 to 63 months in prison.",
                     "His advisory guideline range was calculated at 87 to 108 months."):
        s = _sentencing(sentence)
        assert not [t for t in s.terms if t.status in ("imposed", "maximum", "recommended", "sought") and "four years" not in t.text], sentence
    near = _sentencing("Prosecutors asked for 63 months in prison.")
    assert _with(near, "63 months").status in ("recommended", "sought")


def test_an_ask_at_the_low_end_of_a_range_asks_for_its_floor():
    for sentence, floor in [("Prosecutors agreed to recommend a sentence at the low end of the guidelines, which both sides put at 46 to 57 months.", 46),
                            ("The government will ask for a term at the bottom of the guidelines range of 70 to 87 months.", 70),
                            ("Prosecutors agreed to seek a sentence at the low end of the range, 41 to 51 months.", 41)]:
        asked = [t for t in _sentencing(sentence, lede=_PLEA).terms if t.status in ("recommended", "sought")]
        assert asked and asked[0].amount == floor, (sentence, [(t.text, t.amount) for t in asked])
    near = _sentencing("Prosecutors asked for 46 to 57 months.", lede=_PLEA)
    assert _with(near, "46 to 57 months").amount == 57  # a plain range ask keeps its own reading


def test_a_cap_after_a_recommendation_or_a_floor_is_the_laws_maximum():
    for sentence, words in [("The judge is not bound by the deal, and the fraud count alone carries up to 20 years.", "up to 20 years"),
                            ("He faces a mandatory minimum of 10 years and up to 40 years.", "up to 40 years"),
                            ("The charge carries a minimum of five years and as much as 20 years.", "as much as 20 years")]:
        assert _with(_sentencing(sentence, lede=_PLEA), words).status == "maximum", sentence
    near = _sentencing("Prosecutors asked for the maximum sentence of up to 20 years.", lede=_PLEA)
    assert _with(near, "20 years").status in ("recommended", "sought")


def test_other_defendants_outcomes_told_as_a_group_are_not_the_defendants():
    for sentence in ("Nine other members pleaded guilty to lesser charges, and most received probation.",
                     "Three others took plea deals; two were sentenced to probation.",
                     "The other men charged in the scheme were given probation."):
        s = _sentencing(sentence, lede=_PLEA)
        assert not [t for t in s.terms if t.status == "imposed"], sentence
    near = _sentencing("He was also sentenced to three years of probation.")
    assert _with(near, "three years of probation").status == "imposed"


def test_a_co_defendants_sentencing_day_is_not_the_cases():
    for sentence in ("Lorna Beckensall, a co-defendant, was sentenced on March 3 to four years in prison.",
                     "His co-defendant, Lorna Beckensall, was sentenced on Feb. 9 to two years in prison.",
                     "Lorna Beckensall, a co-defendant, was sentenced on Jan. 22 to 30 months."):
        s = _sentencing(sentence, lede="Wendell Okonkwo-Pratt was sentenced this week to four years in prison for fraud.")
        assert s.sentencing_date is None or "Tuesday" in s.sentencing_date.text, (sentence, s.sentencing_date)
        assert not [t for t in s.terms if t.text.startswith(("3 to", "9 to", "22 to"))]  # a day is no range's floor
    near = _sentencing("He was sentenced to 3 to 5 years in prison.", lede="Wendell Okonkwo-Pratt was sentenced on March 3.")
    assert _with(near, "3 to 5 years").status == "imposed"


def test_counted_property_forfeited_is_a_forfeiture():
    for sentence, words in [("He was ordered to forfeit 96 rifles agents seized from his shop.", "forfeit 96 rifles"),
                            ("He must forfeit two trucks and a boat.", "two trucks"),
                            ("Okonkwo-Pratt also forfeited 14 handguns and the cash found in his safe.", "14 handguns")]:
        term = _with(_sentencing(sentence), words)
        assert (term.kind, term.status) == ("forfeiture", "imposed"), sentence
    near = _sentencing("He forfeited his right to appeal as part of the deal.")
    assert not [t for t in near.terms if t.kind == "forfeiture"]


def test_talks_essays_and_speaking_orders_are_terms_with_their_count():
    for sentence, words, amount in [("He was ordered to give at least 12 talks about the dangers of hazing.", "12 talks", 12),
                                    ("He must speak at four high schools about binge drinking.", "four high schools", 4),
                                    ("The judge ordered him to write a 2,500-word essay on the victim.", "2,500-word essay", 2500)]:
        term = _with(_sentencing(sentence), words)
        assert (term.status, term.amount) == ("imposed", amount), sentence
    near = _sentencing("He has given talks at 10 schools since his arrest.")
    assert not [t for t in near.terms if "talks" in t.text]


def test_an_asks_qualifier_and_second_part_belong_to_the_ask():
    s = _sentencing("His lawyer asked for probation without house arrest.")
    assert _with(s, "probation without house arrest").status in ("recommended", "sought")
    s = _sentencing("Prosecutors sought 20 months in prison followed by home confinement.")
    assert _with(s, "home confinement").status in ("recommended", "sought")
    s = _sentencing("Prosecutors asked for five years followed by residential drug treatment.")
    assert _with(s, "residential drug treatment").status in ("recommended", "sought")
    s = _sentencing("The term fell between the 40 months prosecutors sought and the year of home confinement his lawyer had asked for.")
    home = _with(s, "year of home confinement")
    assert home.status in ("recommended", "sought") and "lawyer" in (home.by or "")
    near = _sentencing("He was sentenced to 20 months in prison followed by home confinement.")
    assert _with(near, "home confinement").status == "imposed"


def test_an_order_keeps_its_verb_and_its_possessed_place():
    for sentence, words in [("He must complete a 26-week batterer intervention program.", "complete a 26-week batterer intervention program"),
                            ("He must stay away from the victim's apartment.", "stay away from the victim's apartment"),
                            ("He was ordered to stay away from Beckensall's office.", "stay away from Beckensall's office")]:
        assert _with(_sentencing(sentence), words).text == words, sentence
    near = _sentencing("He completed a 12-week anger management course before trial.")
    assert not [t for t in near.terms if "course" in t.text]


def test_bars_that_follow_release_are_conditions():
    for sentence, words in [("Once released, he cannot have contact with the victim's family.", "contact with the victim's family"),
                            ("After he gets out of prison, he must not have contact with minors.", "contact with minors"),
                            ("Once he is released, he may not contact Beckensall.", "contact Beckensall")]:
        assert _with(_sentencing(sentence), words).status == "imposed", sentence
    near = _sentencing("He said he cannot afford the fine.")
    assert not [t for t in near.terms if "afford" in t.text]
