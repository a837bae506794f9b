"""A clause that opens with a verb after "by Ann Roe," is no description of her: the job named inside it belongs
to someone else. Short texts written for these tests."""
from __future__ import annotations

from builder.extract.parties import find_parties
from builder.sources import source_from_text

HEADER = "title: Fraud sentencing\noutlet: Test News\ndate: 2025-05-01\nurl: https://example.com/a\n\n"


def roles_of(body: str, name: str) -> list[str]:
    parties = find_parties(source_from_text("a.txt", HEADER + body))
    return next(p.roles for p in parties if p.name == name)


def test_a_verb_clause_after_a_name_gives_that_person_no_role():
    for body in (
        "Prosecutor Nadia Brisk read three letters. One, read aloud by Brisk, came from a retired nurse in Toledo.\n",
        "Prosecutor Nadia Brisk read three letters. The longest, chosen by Brisk, went to the judge from a bus driver.\n",
        "Prosecutor Nadia Brisk read three letters. A note, forwarded by Brisk, arrived with a pharmacist's signature.\n",
    ):
        assert not any("nurse" in r or "driver" in r or "pharmacist" in r for r in roles_of(body, "Nadia Brisk")), body


def test_an_appositive_role_after_a_name_is_still_theirs():
    body = "The case was brought by Nadia Brisk, chief of the fraud unit, who asked for ten years.\n"
    assert any("chief" in r for r in roles_of(body, "Nadia Brisk"))
