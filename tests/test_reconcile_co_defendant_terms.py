"""A co-defendant's sentence told beside the defendant's is compared across stories like the defendant's own: two
stories giving that person different prison terms disagree, and the briefing must say so."""
from __future__ import annotations

from tests.helpers import conflicts_of

_FIRST = ("a.txt", "title: Cousins sentenced\ndate: 2025-03-04\n\nU.S. District Judge Wen Marlow sentenced Dario "
          "Quennell-Ramos, 34, to 12 years in prison and his cousin Tomas Quennell, 29, to 78 months in prison for a "
          "stolen-parts ring.\n")
_SECOND = ("b.txt", "title: Cousins get prison\ndate: 2025-03-05\n\nDario Quennell-Ramos, 34, was sentenced Tuesday to 12 "
           "years in federal prison for a stolen-parts ring, and his cousin, Tomas Quennell, 29, received 87 months in "
           "federal prison.\n")


def test_two_stories_giving_a_co_defendant_different_terms_disagree():
    conflicts = conflicts_of(_FIRST, _SECOND)
    assert any("Tomas Quennell" in subject and values == ["78 months", "87 months"] for subject, values in conflicts.items()), conflicts


def test_the_same_co_defendant_term_in_other_words_agrees():
    second = (_SECOND[0], _SECOND[1].replace("87 months", "six and a half years"))
    conflicts = conflicts_of(_FIRST, second)
    assert not any("Tomas Quennell" in subject for subject in conflicts), conflicts


def test_one_ask_told_by_a_prosecutor_by_name_and_as_prosecutors_is_one_term_once_stories_join():
    from tests.helpers import case_of

    first = ("a.txt", "title: Aide faces sentencing\ndate: 2025-01-10\n\nProsecutors want Judge Ines Varga to impose "
             "78 months in prison on Dorrit Vantongerloo, a former campaign aide convicted of wire fraud.\n")
    second = ("b.txt", "title: Aide sentenced\ndate: 2025-01-17\n\nDorrit Vantongerloo was sentenced Thursday to five "
              "years in federal prison for wire fraud. Prosecutors had asked the judge to impose a 78-month prison "
              "term.\n\nAssistant US Attorney Tomas Becker asked the judge to impose a 78-month prison term.\n")
    asks = [t for t in case_of(first, second).sentencing.terms if t.amount == 78]
    assert len(asks) == 1, [(t.text, t.by, t.status) for t in asks]


def test_a_us_attorney_written_without_periods_is_the_prosecution():
    from builder.model import Party
    from builder.reconcile.merge import sides_of

    sides = sides_of([Party(name="Tomas Becker", kind="person", roles=["Assistant US Attorney"], citations=[])])
    assert sides == {"Tomas Becker": "prosecution"}
