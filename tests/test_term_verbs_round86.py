"""Round 86, the verbs and frames that tell an imposed prison term: the participle a British or Australian court report
opens with ("Jailing Hollis for four years, Judge ... said"); a bare length received at a named court; Australia's
"effective" total; custody told as where he will be ("will be behind bars for four years"); the term he was told he
would serve; the sentence told as the subject of another verb ("the four-year sentence handed to Hollis ..."). Each
with its near misses: another person's term, a hypothetical, a past sentence, a starting point, an ask. All texts
invented."""
from __future__ import annotations

from tests.helpers import wire_sentencing

LEAD = "Ewan Hollis, 31, admitted wounding with intent at Leeds Crown Court.\n\n"


def _terms(sentence: str) -> list[tuple[str, str, str]]:
    """(text, kind, status) of each of the defendant's terms, the sentence told after the story's opening paragraph."""
    return [(t.text, t.kind, t.status) for t in wire_sentencing(LEAD + sentence).terms]


def _others(sentence: str) -> list[tuple[str, str | None]]:
    """(text, subject) of each term told as another person's."""
    return [(t.text, t.subject) for t in wire_sentencing(LEAD + sentence).others]


def _imposed(sentence: str) -> list[str]:
    return [text for text, _, status in _terms(sentence) if status == "imposed"]


def test_a_participial_lead_imposes_the_term():
    said = ", Judge Mark Ellis said the attack was cowardly."
    assert _terms("Jailing Hollis for four years" + said) == [("four years", "prison", "imposed")]
    assert _terms("Imprisoning Hollis for four years on Friday" + said) == [("four years", "prison", "imposed")]
    assert _terms("Giving him four years" + said) == [("four years", "prison", "imposed")]
    assert _terms("Sentencing him to four years" + said) == [("four years", "prison", "imposed")]
    assert _terms("Handing Hollis a four-year sentence" + said) == [("a four-year sentence", "prison", "imposed")]
    assert _terms("Giving Hollis a four-year jail term" + said) == [("a four-year jail term", "jail", "imposed")]
    assert _terms("Imposing a four-year sentence" + said) == [("a four-year sentence", "prison", "imposed")]
    assert _terms("Placing him on probation for two years, Judge Mark Ellis said the attack was out of character.") == [
        ("probation for two years", "probation", "imposed")]


def test_a_participle_that_is_no_lead():
    # near miss: the participle as the subject of an argument is no sentence given
    assert _imposed("Jailing Hollis for four years would send the wrong message, his barrister argued.") == []
    # near miss: a co-accused named as the participle's object has a term of his own
    sentence = "Jailing Rory Platt for four years, Judge Mark Ellis said the attack was cowardly."
    assert _terms(sentence) == []
    assert _others(sentence) == [("four years", "Rory Platt")]


def test_a_bare_length_received_at_a_named_court():
    assert _terms("Hollis, 31, of Armley, received four years at Leeds Crown Court.") == [("four years", "prison", "imposed")]
    assert _terms("Hollis got four years at the Old Bailey.") == [("four years", "prison", "imposed")]
    assert _terms("Hollis was given four years at Leeds Crown Court.") == [("four years", "prison", "imposed")]


def test_a_bare_length_that_is_not_this_sentence():
    # near miss: a past sentence, its year after the court
    assert _imposed("Hollis received four years at Leeds Crown Court in 2015 for robbery.") == []
    # near miss: a co-accused received it
    sentence = "Rory Platt, 29, of Armley, received four years at Leeds Crown Court."
    assert _terms(sentence) == []
    assert _others(sentence) == [("four years", "Rory Platt")]
    # near miss: a hypothetical
    assert _imposed("Hollis would have received four years had he gone to trial.") == []


def test_an_effective_total():
    assert _terms("Hollis was sentenced to an effective four years.") == [
        ("sentenced to an effective four years", "prison", "imposed")]
    assert _terms("Hollis was jailed for a total effective six years.") == [
        ("jailed for a total effective six years", "prison", "imposed")]
    assert _terms("Hollis was sentenced to an effective four years' imprisonment.") == [
        ("sentenced to an effective four years' imprisonment", "prison", "imposed")]
    assert _terms("Hollis was sentenced to an aggregate of nine years.") == [
        ("sentenced to an aggregate of nine years", "prison", "imposed")]
    assert _terms("Hollis was given an effective four years.") == [("an effective four years", "prison", "imposed")]
    assert _terms("Hollis was given a total effective sentence of four years.") == [
        ("total effective sentence of four years", "prison", "imposed")]
    # near miss: an effective length of another kind is no custody
    assert _terms("Hollis was sentenced to an effective four years' probation.") == [
        ("four years' probation", "probation", "imposed")]


def test_custody_told_as_where_he_will_be():
    assert _terms("Hollis will be behind bars for four years.") == [("behind bars for four years", "prison", "imposed")]
    assert _terms("Hollis will remain in prison for six years.") == [("in prison for six years", "prison", "imposed")]
    assert _terms("Hollis will be locked up for four years.") == [("locked up for four years", "prison", "imposed")]
    assert _terms("Hollis was locked away for four years.") == [("locked away for four years", "prison", "imposed")]


def test_custody_told_as_a_state_that_is_not_the_sentence():
    # near miss: what the law allows
    assert _terms("Hollis could be behind bars for four years.") == [("behind bars for four years", "prison", "maximum")]
    assert _terms("Hollis could be locked up for four years.") == [("locked up for four years", "prison", "maximum")]
    # near miss: a road not taken
    assert _imposed("Hollis would be behind bars for four years had he gone to trial.") == []
    # near miss: time already spent
    assert _terms("Hollis has been behind bars for four years.") == []
    assert _terms("Hollis had been locked away for four years before his release.") == []


def test_the_term_he_was_told_he_would_serve():
    assert _terms("Hollis was told he would serve four years.") == [("four years", "prison", "imposed")]
    assert _terms("The judge told him he would serve four years.") == [("four years", "prison", "imposed")]
    assert _terms("Hollis was told he must serve four years.") == [("must serve four years", "prison", "imposed")]
    # near miss: a warning of what a breach would bring
    assert _imposed("Hollis was told he would serve four years if he breached the order.") == []


def test_a_sentence_told_as_the_subject_of_another_verb():
    assert _terms("The four-year sentence handed to Hollis on Friday was criticised by the family.") == [
        ("four-year sentence", "prison", "imposed")]
    assert _terms("The six-year term imposed on him was described as lenient.") == [("six-year term", "prison", "imposed")]
    assert _terms("The sentence passed on Hollis was four years.") == [("four years", "prison", "imposed")]
    assert _terms("Judge Mark Ellis meted out a four-year sentence.") == [("a four-year sentence", "prison", "imposed")]


def test_a_sentence_handed_to_someone_else():
    # near miss: the co-accused named as its receiver
    sentence = "The four-year sentence handed to Rory Platt on Friday was criticised by the family."
    assert _terms(sentence) == []
    assert _others(sentence) == [("four-year sentence", "Rory Platt")]
    sentence = "The sentence passed on Rory Platt was four years."
    assert _terms(sentence) == []
    assert _others(sentence) == [("four years", "Rory Platt")]


def test_a_starting_point_and_an_ask_are_no_sentence():
    # near miss: the judge's reckoning before the discount is no term; the sentence he reached is
    assert _terms("Judge Mark Ellis took a starting point of six years, reduced it for his plea and jailed Hollis for four "
                  "years.") == [("four years", "prison", "imposed")]
    assert _terms("Judge Mark Ellis took a starting point of six years.") == []
    # near miss: the side's ask
    assert _terms("His barrister asked the judge to give him four years.") == [("four years", "prison", "recommended")]
