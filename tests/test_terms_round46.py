"""Sentence terms, round 46: Ohio's indefinite "a minimum of X and a maximum of Y", a count's term "added", a bare
range after "received"/"imposed", Texas community supervision, Maryland's "with all but X suspended", Georgia's fixed
and capped penalties in a verdict story, probation and no-contact orders, community service work, Singapore's
"fined or caned", and the false lengths of an age, a notional head sentence and custody declared as time served.
Every text here is invented."""
from __future__ import annotations

import pytest

from builder.extract import extract
from builder.model import Term
from builder.sources import source_from_text


def _terms(body: str) -> dict[str, Term]:
    facts = extract(source_from_text("case.txt", "Date: 2024-03-05\n\n" + body))
    return {t.text: t for t in facts.sentencing.terms}


@pytest.mark.parametrize("body, text, amount", [
    ("Judge Ada Cranwell sentenced Dorrit Pellingham to 15 years to life for murder. For the robbery count, the judge imposed an "
     "indefinite term of a minimum of four years and a maximum of six years.",
     "indefinite term of a minimum of four years and a maximum of six years", 6),
    ("Judge Ada Cranwell sentenced Dorrit Pellingham to a minimum of three years and a maximum of four and a half years in prison.",
     "a minimum of three years and a maximum of four and a half years in prison", 4.5),
])
def test_an_indefinite_term_is_one_imposed_term_from_its_floor_to_its_ceiling(body, text, amount):
    term = _terms(body)[text]
    assert term.kind == "prison" and term.status == "imposed" and term.amount == amount


@pytest.mark.parametrize("body, text, amount, unit", [
    ("Judge Ada Cranwell sentenced Dorrit Pellingham to 12 years for murder. She added 18 months on the tampering charge, also "
     "concurrent.", "18 months on the tampering charge", 18, "months"),
    ("Judge Ada Cranwell sentenced Dorrit Pellingham to 12 years. The judge then added two years on the weapons count.",
     "two years on the weapons count", 2, "years"),
])
def test_a_count_s_term_told_as_added(body, text, amount, unit):
    term = _terms(body)[text]
    assert term.kind == "prison" and term.status == "imposed" and (term.amount, term.unit) == (amount, unit)


def test_added_without_a_count_is_no_term():
    assert not any("three years" in t for t in _terms("Judge Ada Cranwell sentenced Dorrit Pellingham to 12 years. "
                                                      "Cranwell added three years ago she had warned him."))


@pytest.mark.parametrize("body, text, amount", [
    ("Judge Lena Fiskett sentenced Wade Corbinet to four years. Corbinet also received not less than two nor more than ten years "
     "for fleeing an officer.", "not less than two nor more than ten years", 10),
    ("Judge Lena Fiskett sentenced Wade Corbinet to 6 to 12 years for the crash. For the assault, the judge imposed 2 to 4 "
     "years, to run concurrently.", "2 to 4 years", 4),
])
def test_a_bare_range_after_received_or_imposed(body, text, amount):
    term = _terms(body)[text]
    assert term.kind == "prison" and term.status == "imposed" and term.amount == amount


def test_deferred_adjudication_community_supervision_is_probation_kept_whole():
    term = _terms("Judge Lena Fiskett placed Wade Corbinet on eight years of deferred adjudication community supervision.")[
        "eight years of deferred adjudication community supervision"]
    assert term.kind == "probation" and term.amount == 8 and term.status == "imposed"


@pytest.mark.parametrize("body, text, amount", [
    ("Judge Omar Blyford sentenced Nate Ruel, 41, of Glen Burnie, to 15 years with all but six years suspended on a "
     "burglary conviction.", "15 years with all but six years suspended", 15),
    ("Judge Omar Blyford sentenced Nate Ruel to 12 years, with all but five years suspended.",
     "12 years, with all but five years suspended", 12),
])
def test_a_maryland_split_sentence_keeps_its_suspension_and_the_time_to_serve(body, text, amount):
    # the whole sentence with its suspension, and the part served beside it (a fact the reader needs on its own)
    terms = _terms(body)
    assert terms[text].status == "imposed" and terms[text].amount == amount
    served = [t for t in terms.values() if t.text.startswith("all but")]
    assert len(served) == 1 and served[0].status == "imposed" and served[0].amount < amount


def test_a_length_that_names_its_kind_stands_beside_its_suspension():
    terms = _terms("Judge Omar Blyford sentenced Nate Ruel to 12 years in prison, with all but five years suspended.")
    # (the whole term is told with its suspension, as reporters and readers take it; the part suspended stays its own)
    assert {"12 years in prison, with all but five years suspended", "all but five years suspended"} <= set(terms)


def test_a_verdict_story_keeps_each_count_s_fixed_term_and_cap():
    terms = _terms("A jury convicted Rollo Kent of malice murder on Thursday. Malice murder carries a mandatory life "
                   "sentence in Georgia, where a person sentenced to life must serve 30 years before parole. Kent also "
                   "faces up to life in prison on the burglary count and up to 20 years for aggravated assault. The gun "
                   "conviction carries a mandatory five years. He has not yet been sentenced.")
    for text in ("a mandatory life sentence", "up to life in prison on the burglary count", "up to 20 years",
                 "a mandatory five years"):
        assert terms[text].status == "maximum", text


@pytest.mark.parametrize("body, text, kind", [
    ("Justice Hal Moraine imposed a conditional sentence, to be followed by a three-year probation order.",
     "a three-year probation order", "probation"),
    ("Judge Hal Moraine sentenced Tess Quillan to two years. He also ordered Quillan to pay $800 in restitution to Abe Lundevall "
     "and to have no contact with him or his family.", "no contact with him or his family", "no_contact"),
    ("Magistrate Hal Moraine sentenced Tess Quillan to an intensive correction order. She must complete 120 hours of "
     "community service work.", "120 hours of community service work", "community_service"),
])
def test_orders_told_with_their_own_nouns(body, text, kind):
    assert _terms(body)[text].kind == kind


@pytest.mark.parametrize("body", [
    "Loh Kok Seng, 44, was charged on Tuesday. If found guilty, Loh can be jailed for up to 10 years, and can also be "
    "fined or caned.",
    "Loh Kok Seng, 44, was charged on Tuesday with theft. He can be jailed for up to three years, fined, caned or both.",
])
def test_singapore_punishments_named_by_their_verbs_are_caps(body):
    terms = _terms(body)
    assert terms["fined"].kind == "fine" and terms["fined"].status == "maximum"
    assert terms["caned"].kind == "caning" and terms["caned"].status == "maximum"


def test_fined_in_a_plain_clause_is_no_term():
    assert "fined" not in _terms("Judge Ada Cranwell sentenced Tess Quillan to two years. Quillan was arrested, fined, and released.")


@pytest.mark.parametrize("body, absent", [
    ("A judge declined to probate the sentence of a 23-year-old woman convicted of reckless homicide.", "23"),
    ("Judge Ada Cranwell sentenced Tess Quillan to six years. But for the plea, she would have imposed a head sentence of "
     "nine years.", "nine years"),
    ("Judge Ada Cranwell sentenced Tess Quillan to 18 months. The discount brought the end sentence below two years.", "two years"),
    ("Judge Ada Cranwell sentenced Tess Quillan to 18 months. She had spent 200 days in custody, declared as time served.",
     "time served"),
])
def test_lengths_that_are_no_term(body, absent):
    assert not any(absent in t for t in _terms(body)), _terms(body)


def test_a_sentence_told_with_a_date_between_verb_and_length():
    assert "12 years" in _terms("His nephew, Ned Orrin, 31, was sentenced in September to 12 years for his part.")
