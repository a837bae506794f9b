"""Local state-court conventions for sentence terms: the law explained before any sentence, other people's and earlier
sentences told for comparison or history, totals broken into parts, split sentences, conditions told as modal
predicates, kind nouns kept whole and asks a side makes. Each test: several paraphrases and a near-miss."""
from __future__ import annotations

from tests.helpers import sentencing_of

_SENTENCED = "Corwin Ashdale, 37, of Brimley, was sentenced Tuesday to nine years in prison for a fatal drunken crash."
_VERDICT = "A jury on Tuesday convicted Corwin Ashdale, 37, of Brimley, of murder in a fatal shooting. Sentencing is set for July."
_VIOLATION = ("Corwin Ashdale, 37, of Brimley, who violated his probation by drinking, was sentenced Tuesday to "
              "three years in state prison.")


def _facts(*paragraphs: str, lede: str = _SENTENCED):
    return sentencing_of(lede, *paragraphs, published="2024-06-14")


def _imposed(sentencing, words: str) -> list:
    return [t for t in sentencing.terms if words in t.text and t.status == "imposed"]


def _term(sentencing, words: str):
    found = [t for t in sentencing.terms if words in t.text]
    assert found, f"no term with {words!r} in {[t.text for t in sentencing.terms]}"
    return found[0]


def test_the_laws_penalty_in_a_verdict_story_is_not_imposed():
    for sentence, words in [("Murder in the first degree carries a mandatory sentence of life without parole.", "life without parole"),
                            ("The conviction brings an automatic term of life in prison.", "life in prison"),
                            ("Jurors also found a firearm enhancement that adds 20 years to life to his sentence.", "20 years to life")]:
        assert not _imposed(_facts(sentence, lede=_VERDICT), words), sentence
    # near-miss: the same words where the judge did sentence him stay imposed
    assert _imposed(_facts("Judge Ona Pellew sentenced Ashdale to life without parole."), "life without parole")


def test_pretrial_orders_in_a_story_with_no_sentence_are_not_imposed():
    for sentence, words in [("The judge extended a temporary order of protection that bars him from any contact with the woman.", "contact"),
                            ("A restraining order issued last spring barred him from coming within 300 feet of her.", "300 feet"),
                            ("That order barred him from the apartment complex.", "apartment")]:
        assert not _imposed(_facts(sentence, lede=_VERDICT), words), sentence
    assert _imposed(_facts("Judge Ona Pellew also barred him from contacting the woman's family."), "contacting")


def test_another_persons_sentence_told_for_comparison_is_not_the_defendants():
    for sentence, words in [("In April, a Dunsford County judge sentenced a Pellston man to six years in prison for a similar crash.", "six years"),
                            ("One of them, a Harlowe woman, was sentenced in May to two to four years in state prison.", "two to four years"),
                            ("A second driver was charged too. That man was later sentenced to 15 years.", "15 years")]:
        assert not _imposed(_facts(sentence), words), sentence
    assert _imposed(_facts("Ashdale, a Brimley mechanic, was also ordered to pay $800 in restitution."), "$800")


def test_earlier_sentences_and_old_conditions_in_a_violation_story_are_history():
    for sentence, words in [("He had been sentenced in June to 60 days in the county jail and four years of probation.", "four years of probation"),
                            ("A condition of his probation barred him from drinking alcohol.", "drinking"),
                            ("A judge had placed him on three years of probation in 2022.", "three years of probation")]:
        facts = _facts(sentence, lede=_VIOLATION)
        assert not _imposed(facts, words), sentence
        assert _imposed(facts, "three years in state prison")
    # near-miss: without a violation, a condition of the new probation is imposed
    assert _imposed(_facts("A condition of his probation bars him from drinking alcohol."), "drinking")


def test_the_parts_of_a_total_are_not_extra_imposed_terms():
    for sentence, total, part in [
            ("Judge Ona Pellew sentenced Ashdale to 35 years to life \u2014 10 years to life for the murder plus 25 years to life for the gun.",
             "35 years to life", "10 years to life"),
            ("Judge Ona Pellew sentenced Ashdale to 30 years to life: 15 years to life for the killing and 15 more for the gun.",
             "30 years to life", "15 years to life for"),
            ("Judge Ona Pellew sentenced Ashdale to 40 years to life \u2014 20 years to life for the murder and a consecutive 20 years for the gun.",
             "40 years to life", "20 years to life")]:
        facts = _facts(sentence)
        assert _imposed(facts, total), sentence
        assert not [t for t in facts.terms if t.text.startswith(part) and t.status == "imposed"], sentence
    # near-miss: a list of different kinds is three terms
    facts = _facts("Judge Ona Pellew sentenced Ashdale to 10 years in prison, five years of probation and a $500 fine.")
    assert _imposed(facts, "five years of probation") and _imposed(facts, "$500 fine")


def test_split_sentences_keep_their_executed_and_suspended_parts():
    for sentence, words in [("Judge Ona Pellew imposed an eight-year sentence, with five years executed in prison and three years suspended to probation.",
                             "three years suspended"),
                            ("Ashdale was sentenced to 18 years, to serve six in prison and the balance on probation.", "the balance on probation"),
                            ("Judge Ona Pellew gave him a 14-year sentence with 12 years executed.", "12 years executed")]:
        assert _imposed(_facts(sentence), words), sentence
    near = _facts("Judge Ona Pellew gave him a 14-year sentence with credit for time served.")
    assert not [t for t in near.terms if "with credit" in t.text and t.kind == "prison"]


def test_conditions_told_as_modal_or_passive_predicates_are_imposed():
    for sentence, words in [("While on probation, he is banished from every county in the state except Tift County.", "except Tift County"),
                            ("He is not allowed to drink alcohol while on probation.", "drink alcohol"),
                            ("He was also ordered to undergo a psychological evaluation.", "psychological evaluation")]:
        assert _imposed(_facts(sentence), words), sentence
    near = _facts("Years ago he was banished from the family farm by his father.")
    assert not _imposed(near, "family farm")


def test_the_last_item_of_a_condition_list_is_kept():
    for sentence, words in [("He must finish a 12-week anger management program, abstain from alcohol and submit to random drug testing.", "drug testing"),
                            ("He must also stay away from the victim, undergo a substance abuse evaluation and submit to drug screens.", "drug screens"),
                            ("Ashdale must complete 100 hours of community service and undergo an alcohol assessment.", "alcohol assessment")]:
        assert _imposed(_facts(sentence), words), sentence
    near = _facts("Before trial he had already completed a drug screening, his lawyer said.", lede=_VERDICT)
    assert not _imposed(near, "drug screening")


def test_order_of_protection_is_one_kind_with_its_length_and_qualifier():
    for sentence, words in [("Judge Ona Pellew also issued a 10-year full order of protection.", "10-year full order of protection"),
                            ("Judge Ona Pellew issued a new order of protection lasting until 2039.", "order of protection lasting until 2039"),
                            ("Judge Ona Pellew signed a permanent protective order.", "permanent protective order")]:
        assert _term(_facts(sentence), words).status == "imposed", sentence
    near = _facts("He was arrested in March for violating an order of protection.")
    assert not _imposed(near, "order of protection")


def test_ranges_with_a_mixed_number_floor_are_whole():
    for sentence, words in [("Judge Ona Pellew sentenced Ashdale to 11 1/2 to 23 months of house arrest.", "11 1/2 to 23 months of house arrest"),
                            ("Ashdale received 11\u00bd to 23 months of house arrest.", "11\u00bd to 23 months of house arrest"),
                            ("Prosecutors asked the judge to send him to state prison for 3 1/2 to 7 years.", "state prison for 3 1/2 to 7 years")]:
        assert _term(_facts(sentence), words), sentence
    near = _facts("Judge Ona Pellew sentenced Ashdale to 23 months of house arrest.")
    assert not [t for t in near.terms if "1/2" in t.text]


def test_an_offence_word_between_length_and_sentence_is_kept():
    for sentence, words in [("The appeals court left in place the two-year felony-firearm sentence he must serve first.", "two-year felony-firearm sentence"),
                            ("Judge Ona Pellew kept the five-year gun sentence.", "five-year gun sentence"),
                            ("Judge Ona Pellew left intact the 10-year weapons sentence.", "10-year weapons sentence")]:
        assert _imposed(_facts(sentence), words), sentence
    near = _facts("The gun charge carries a mandatory two-year firearm sentence.", lede=_VERDICT)
    assert not _imposed(near, "firearm sentence")


def test_asks_by_a_side_are_requests():
    for sentence, words in [("Prosecutors asked the judge to send him to state prison for four to eight years.", "four to eight years"),
                            ("The state asks the court to bar him from working with children.", "working with children"),
                            ("Defense attorney Lila Marrable asked for 90 days in a probation detention center.", "probation detention center")]:
        term = _term(_facts(sentence), words)
        assert term.status in ("recommended", "sought"), sentence
    near = _facts("The licensing board voted to bar him from working with children.")
    assert not [t for t in near.terms if "working with children" in t.text and t.status in ("recommended", "sought", "imposed")]


def test_a_total_told_before_its_parts_is_the_imposed_term():
    for sentence, words in [("Ashdale received 26 years in all: 16 years for the robbery and 10 years for the gun.", "26 years"),
                            ("Judge Ona Pellew imposed a total of 19 years \u2014 nine for the assault and 10 for the weapon.", "19 years"),
                            ("Ashdale got 14 years altogether, eight for the burglary and six for the gun.", "14 years")]:
        assert _imposed(_facts(sentence, lede=_VERDICT.replace(" Sentencing is set for July.", "")), words), sentence
    near = _facts("Ashdale received 26 years' worth of letters from his family, his lawyer said.", lede=_VERDICT)
    assert not [t for t in near.terms if "26 years" in t.text]


def test_a_dui_courts_panel_and_seminar_orders_are_kept():
    for sentence, words in [("He must attend a victim impact panel and pay a $1,000 fine.", "victim impact panel"),
                            ("Ashdale must also complete a DUI risk reduction seminar.", "risk reduction seminar"),
                            ("Judge Ona Pellew ordered him to attend a MADD victim impact panel.", "MADD victim impact panel")]:
        assert _imposed(_facts(sentence), words), sentence
    near = _facts("A panel of three judges heard the appeal.")
    assert not [t for t in near.terms if "panel" in t.text]
