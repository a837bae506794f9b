"""Whose term it is, which court sentenced, and where a term's words end: a pronoun is never widened into a name, a
vague span is no term, the court is the one that sentences (never a clerk's office or an earlier hearing's court), and
a condition never ends on a bare conjunction. Each test gives several paraphrases and a near-miss."""
from __future__ import annotations

import re

from builder.extract import extract
from builder.sources import source_from_text

_CONVICTED = "A federal jury on Tuesday convicted Renata Stolz, a former county treasurer from Alder Falls, of bribery."
_SENTENCED = "Gideon Marsh, 29, of Tullwater, was sentenced Friday to 11 years in prison for a stabbing outside a tavern."


def _facts(*paragraphs: str, lede: str = _CONVICTED):
    text = "title: Stolz case\noutlet: Test Wire\ndate: 2024-06-14\n\n" + "\n\n".join((lede, *paragraphs)) + "\n"
    source = source_from_text("story.txt", text)
    sentencing = extract(source).sentencing
    for term in sentencing.terms + sentencing.others:
        c = term.citations[0]
        assert source.text[c.start:c.end] == term.text  # the product's core promise
    if sentencing.court:
        c = sentencing.court.citations[0]
        assert source.text[c.start:c.end] == sentencing.court.text
    return sentencing


def test_a_sentence_initial_pronoun_is_the_defendant_never_a_headline_word_taken_for_a_name():
    for heading, sentence, words in [
        ("Stolz Says She Will Appeal Bribery Verdict", "She faces up to 15 years in prison on the bribery counts.", "up to 15 years"),
        ("Jury Convicts Stolz; Lawyer Says She Did Nothing Wrong", "She could get up to 10 years in prison.", "up to 10 years"),
        ("Stolz Convicted: Here's What She Faces", "She now faces as much as 30 years behind bars.", "as much as 30 years"),
    ]:
        sentencing = _facts(heading, "Stolz, who did not testify, showed no reaction as the verdicts were read. She declined to comment.", sentence)
        assert [t for t in sentencing.terms if words in t.text and t.status == "maximum"], sentence
        assert not [t for t in sentencing.others if re.search(r"\b(?:She|Says|What)\b", t.subject or "")], sentence
    # near-miss: a named cooperator's own exposure stays his
    near = _facts("Stolz's former deputy, Lyle Braddock, pleaded guilty and testified against her. Braddock faces up to five years in prison.")
    assert [t for t in near.others if "up to five years" in t.text and t.subject == "Lyle Braddock"]


def test_a_vague_span_without_a_number_is_never_a_term():
    for sentence in [
        "Stolz's lawyer, Mina Ostrow, attacked Lyle Braddock's credibility, reminding jurors that he faced decades in prison before agreeing to cooperate.",
        "She faces decades in prison.",
        "Stolz could spend years behind bars, legal experts said.",
    ]:
        sentencing = _facts(sentence)
        assert not [t for t in sentencing.terms + sentencing.others if not re.search(r"\d|up to|five|ten", t.text)], sentence
    # near-miss: a stated number of decades is a term
    near = _facts("She was sentenced to two decades in prison.", lede="A former treasurer was sentenced Friday for bribery.")
    assert [t for t in near.terms if "two decades" in t.text]


def test_the_court_shown_is_the_one_that_sentences_never_a_clerks_office_or_an_earlier_hearings_court():
    for paragraphs, court in [
        (("The scheme ran through the Pell County Clerk of Courts' title division.",
          "U.S. District Judge Ada Fenwick sentenced her in U.S. District Court in Alder Falls."), "U.S. District Court in Alder Falls"),
        (("Stolz is scheduled to appear in General Sessions Court on Sept. 24 on a separate charge.",
          "A judge in Pell County Criminal Court sentenced her to six years."), "Pell County Criminal Court"),
        (("Stolz was first arraigned in Alder Falls Municipal Court in March.",
          "She was sentenced Tuesday in Pell County Superior Court by Judge Ada Fenwick."), "Pell County Superior Court"),
        (("Judge Ada Fenwick of Federal District Court in Alder Falls imposed the sentence.",), "Federal District Court in Alder Falls"),
    ]:
        sentencing = _facts(*paragraphs)
        assert sentencing.court and sentencing.court.text == court, paragraphs
    # near-miss: an earlier hearing's court stands when no other court is named
    near = _facts("Stolz is scheduled to appear in General Sessions Court on Sept. 24.")
    assert near.court and near.court.text == "General Sessions Court"


def test_a_condition_never_ends_on_a_bare_conjunction():
    for sentence, kept in [
        ("Marsh was also barred from contact with any member of the Quill family while incarcerated.", "while incarcerated"),
        ("Marsh must not contact the Quill family while he serves his sentence.", "while he serves his sentence"),
        ("Marsh must stay away from the tavern while he is on probation.", None),
        ("The judge ordered him to have no contact with any member of the Quill family while he is in prison.", None),
    ]:
        sentencing = _facts(sentence, lede=_SENTENCED)
        conditions = [t for t in sentencing.terms if "Quill" in t.text or "tavern" in t.text]
        assert conditions, sentence
        assert not [t for t in conditions if re.search(r"\b(?:while|during|until|and|or)$", t.text)], sentence
        if kept:
            assert any(t.text.endswith(kept) for t in conditions), sentence
    # near-miss: a bail condition before trial is no term at all
    near = _facts("Until trial, Marsh must stay away from the tavern while he is free on bond.", lede="Gideon Marsh, 29, was charged Friday with a stabbing.")
    assert not [t for t in near.terms if t.status == "imposed"]


def test_a_cap_asked_for_as_the_maximum_is_the_sides_request():
    for sentence in ["Prosecutors urged the judge to hand down the maximum 20 years.",
                     "Prosecutors asked the judge to impose the maximum 20 years.",
                     "The state asked for the maximum of 20 years in prison."]:
        sentencing = _facts(sentence, lede=_SENTENCED)
        assert [t for t in sentencing.terms if "20 years" in t.text and t.status in ("recommended", "sought")], sentence
    # near-miss: the law's cap told without an ask stays a maximum
    near = _facts("He faced a maximum of 20 years at sentencing.", lede=_SENTENCED)
    assert not [t for t in near.terms if "20 years" in t.text and t.status in ("recommended", "sought")]
