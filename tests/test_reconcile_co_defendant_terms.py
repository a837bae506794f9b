"""A co-defendant's sentence told beside the defendant's is compared across stories like the defendant's own: two
stories giving that person different prison terms disagree, and the briefing must say so."""
from __future__ import annotations

from tests.helpers import conflicts_of

_FIRST = ("a.txt", "title: Cousins sentenced\ndate: 2025-03-04\n\nU.S. District Judge Wen Marlow sentenced Dario "
          "Quillen-Ramos, 34, to 12 years in prison and his cousin Tomas Quillen, 29, to 78 months in prison for a "
          "stolen-parts ring.\n")
_SECOND = ("b.txt", "title: Cousins get prison\ndate: 2025-03-05\n\nDario Quillen-Ramos, 34, was sentenced Tuesday to 12 "
           "years in federal prison for a stolen-parts ring, and his cousin, Tomas Quillen, 29, received 87 months in "
           "federal prison.\n")


def test_two_stories_giving_a_co_defendant_different_terms_disagree():
    conflicts = conflicts_of(_FIRST, _SECOND)
    assert any("Tomas Quillen" in subject and values == ["78 months", "87 months"] for subject, values in conflicts.items()), conflicts


def test_the_same_co_defendant_term_in_other_words_agrees():
    second = (_SECOND[0], _SECOND[1].replace("87 months", "six and a half years"))
    conflicts = conflicts_of(_FIRST, second)
    assert not any("Tomas Quillen" in subject for subject in conflicts), conflicts
