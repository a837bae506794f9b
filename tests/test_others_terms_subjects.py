"""Another person's term keeps its subject only where the subject is someone: a clause's other noun read as its subject
("One of the searches ... sent Ann Roe to jail"), a place's name ("a St. Landry Parish man") or a bare "most" names no
one, and a term of no one in particular is no term of the case."""
from __future__ import annotations

from tests.helpers import facts_of

_LEAD = "Ivo Lang, 41, was sentenced Friday to five years in prison for arson."


def _others(body: str) -> list[tuple[str, str | None]]:
    facts = facts_of(f"title: Court case\noutlet: Test Wire\ndate: 2025-03-12\n\n{_LEAD}\n\n{body}\n")
    return [(t.text, t.subject) for t in facts.sentencing.others]


def test_a_named_co_defendants_term_keeps_her_name():
    assert _others("His co-defendant, Ann Roe, 33, was sentenced to 18 months in prison.") == [("18 months in prison", "Ann Roe")]


def test_a_clauses_other_noun_is_no_subject():
    assert _others("One of the raids, in April 2021, sent Jermaine Ashby to jail for 11 months on drug charges that were "
                   "later dismissed.") == []
    assert _others("Eleven other people were charged over the riot; most pleaded guilty to misdemeanors and received "
                   "probation.") == []


def test_a_place_before_a_person_noun_is_no_subject():
    assert _others("In 2019, a Louisiana man set fire to three churches in St. Landry Parish and was later sentenced to "
                   "25 years in federal prison.") == []


def _charges(body: str) -> list[tuple[str, str | None]]:
    facts = facts_of(f"title: Court case\noutlet: Test Wire\ndate: 2025-03-12\n\n{_LEAD}\n\n{body}\n")
    return [(c.text, c.subject) for c in facts.sentencing.charges]


def test_a_co_defendant_sentenced_in_the_story_has_his_pleas_under_his_name():
    charges = _charges("His associate Marcus Doyle, 31, from Erdington, had admitted two counts of burglary and possession "
                       "of criminal property. Doyle was jailed for three years.")
    assert ("burglary", "Marcus Doyle") in charges and ("possession of criminal property", "Marcus Doyle") in charges
    assert ("arson", None) in charges


def test_someone_the_story_sentences_no_one_to_has_no_charges_listed():
    charges = _charges("His associate Marcus Doyle, 31, from Erdington, had admitted two counts of burglary in an "
                       "unrelated case.")
    assert [c for c in charges if c[1] is not None] == []


def test_someone_sentenced_in_the_story_without_a_role_is_listed_as_also_sentenced():
    facts = facts_of(f"title: Court case\noutlet: Test Wire\ndate: 2025-03-12\n\n{_LEAD}\n\nThe man who ran the line, "
                     "Marcus Doyle, 27, of Erdington, was jailed for eight years and six months.\n")
    roles = {p.name: p.roles for p in facts.parties}
    assert roles.get("Marcus Doyle") == ["also sentenced"]
    assert "also sentenced" not in roles.get("Ivo Lang", [])
