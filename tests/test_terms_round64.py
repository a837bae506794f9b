"""Round 64 sentence-term constructions: registration on lists other than sex offenders', the bench pronouncing in the
third person, an official's quoted "He will also ...", a forfeited list closed by "held in", a guidelines range told in
a relative clause or as moving, and the time left after a suspension. Each test: invented stories and a near-miss."""
from __future__ import annotations

from tests.helpers import all_term_texts, any_term, sentencing_of


def test_registration_as_a_violent_or_other_offender_is_a_term():
    for sentence, words in (("Judge Aldo Prewitt sentenced Corvin Tash to 18 years in prison and ruled that he must "
                             "register as a violent offender after his release.", "register as a violent offender"),
                            ("Judge Aldo Prewitt sentenced Corvin Tash to six years in prison. Tash must also register as "
                             "an arson offender.", "register as an arson offender")):
        s = sentencing_of(sentence)
        term = any_term(s, words)
        assert term in s.terms and term.kind == "registration" and term.status == "imposed", all_term_texts(s)
    # near-miss: the offender named without the order to register
    s = sentencing_of("Judge Aldo Prewitt sentenced Corvin Tash, a violent offender, to six years in prison.")
    assert not any(t.kind == "registration" for t in s.terms + s.others), all_term_texts(s)


def test_the_court_imposes_in_a_quoted_pronouncement_gives_the_terms():
    s = sentencing_of("Hollis Ebner was sentenced Monday to 10 years in prison by U.S. District Judge Mara Quint.",
                      '"The court imposes a sentence of 120 months, to be followed by four years of supervised release," '
                      "Quint said.")
    term = any_term(s, "four years of supervised release")
    assert term in s.terms and term.status == "imposed", all_term_texts(s)
    # near-miss: a hypothetical pronouncement is no sentence
    s = sentencing_of("Hollis Ebner was sentenced Monday to 10 years in prison by U.S. District Judge Mara Quint.",
                      '"If the court imposes a sentence of 120 months, followed by four years of supervised release, '
                      'he will be old when he gets out," his lawyer said.')
    assert "four years of supervised release" not in " ".join(t.text for t in s.terms), all_term_texts(s)


def test_an_officials_quoted_he_will_also_adds_imposed_terms():
    s = sentencing_of("Judge Mara Quint sentenced Hollis Ebner on Monday to six years in prison.",
                      '"Hollis Ebner cheated every client he ever had," U.S. Attorney Dena Roff said. "He will also '
                      'forfeit the $2.4 million in commissions and pay a $75,000 fine. Greed has a price."')
    for words in ("forfeit the $2.4 million in commissions", "$75,000 fine"):
        term = any_term(s, words)
        assert term in s.terms and term.status == "imposed", all_term_texts(s)
    # near-miss: a hope told in the quote is no order
    s = sentencing_of("Judge Mara Quint sentenced Hollis Ebner on Monday to six years in prison.",
                      '"Hollis Ebner cheated every client he ever had," U.S. Attorney Dena Roff said. "He will also pay a '
                      '$75,000 fine if the appeals court agrees with us. Greed has a price."')
    assert not any("$75,000" in t.text for t in s.terms), all_term_texts(s)


def test_a_forfeited_list_runs_past_a_sum_held_somewhere():
    s = sentencing_of("Judge Mara Quint sentenced Pella Voss to four years in prison and ordered her to forfeit a "
                      "sapphire necklace, a 2022 Range Rover and $91,000 held in a trust account.")
    assert any(t.text == "forfeit a sapphire necklace, a 2022 Range Rover and $91,000" for t in s.terms), all_term_texts(s)


def test_a_guidelines_range_in_a_relative_clause_or_moving_is_no_imposed_or_asked_term():
    s = sentencing_of("Orrin Delk was sentenced Tuesday to 40 months in prison after a judge granted a downward departure "
                      "from sentencing guidelines that called for roughly seven to nine years behind bars.")
    term = any_term(s, "seven to nine years")
    assert term.status == "other", (term.text, term.status)
    assert any(t.text == "40 months in prison" and t.status == "imposed" for t in s.terms), all_term_texts(s)
    s = sentencing_of("Orrin Delk will be resentenced next month.",
                      "Without the enhancement, Delk's recommended range under the sentencing guidelines falls to 97 to "
                      "121 months. Prosecutors have asked for 15 years in prison.")
    term = any_term(s, "97 to 121 months")
    assert term.status == "other" and term.by is None, (term.text, term.status, term.by)


def test_the_time_left_after_a_suspension_is_a_reckoning_not_a_second_imposed_term():
    s = sentencing_of("Brant Ekwuazi was sentenced Friday to 30 years in prison with the last 14 years suspended, meaning "
                      "he will serve 16 years in custody followed by 14 years on probation.")
    texts = all_term_texts(s)
    assert not any("16 years" in t.text and t.status == "imposed" for t in s.terms + s.others), texts
    assert any(t.text == "30 years in prison with the last 14 years suspended" for t in s.terms) and any(
        t.text == "14 years on probation" and t.status == "imposed" for t in s.terms), texts
    # near-miss: without a suspension, a second length told with "meaning" is left as it was
    s = sentencing_of("Brant Ekwuazi was sentenced Friday to 30 years in prison and 14 years on probation.")
    assert any(t.text == "30 years in prison" for t in s.terms), all_term_texts(s)
