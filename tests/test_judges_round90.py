"""The judge: a magistrate who sentences in a lower court is the judge ("Magistrate Carolyn Hasset imposed ..."), and a
name that ran into the next words ("told Judge Ann Bell Rowley had spent ...", the reporter's "that" dropped) ends
where another mention of the judge shows it ends."""
from __future__ import annotations

from tests.helpers import facts_of


def _judge(body: str) -> str | None:
    judge = facts_of(f"title: Court case\noutlet: Test Wire\ndate: 2025-03-12\n\n{body}\n").sentencing.judge
    return judge.name if judge else None


def test_a_magistrate_who_sentences_is_the_judge():
    assert _judge("Brock Hale, 29, was sentenced at Penrith Local Court. Magistrate Carolyn Hasset imposed an 18-month "
                  "intensive correction order.") == "Carolyn Hasset"


def test_a_judges_name_run_into_the_defendants_ends_where_another_mention_ends_it():
    assert _judge("Kane Rowe was jailed. The prosecutor told Judge Ann Bell Rowe had spent the evening drinking. Judge "
                  "Ann Bell on Friday set a non-parole period of four years.") == "Ann Bell"
    # a three-word name told once, or named again without a title, stays whole
    assert _judge("Ed Roe was sentenced by Judge Mary Ann Lee. Mary Ann left the room.") == "Mary Ann Lee"
