"""The words a term pattern's every match holds, read from the pattern itself: the gate that spares sentences (and a
cold build) the term patterns they cannot match."""
from __future__ import annotations

import re

from builder.extract._term_phrases import TERM_SOURCES, _required_words, term_pattern, term_words
from builder.extract._term_phrases import regex_parser


def _words(pattern: str) -> list[set[str]]:
    return [set(words) for words in _required_words(list(regex_parser.parse(pattern, re.I)))]


def test_a_literal_run_is_required_where_it_stands_and_not_where_it_is_optional():
    assert _words(r"sentenced\s+to") == [{"sentenced"}]  # ("to" is under three letters: too common to tell)
    assert _words(r"(?:suspended\s+)?prison") == [{"prison"}]
    assert _words(r"jail(?:\s+term)*") == [{"jail"}]
    assert _words(r"(?:weekend\s+)+jail") == [{"weekend"}, {"jail"}]


def test_an_alternation_requires_one_of_its_branches_unless_a_branch_requires_nothing():
    assert _words(r"(?:probation|custody)\s+for") == [{"probation", "custody"}, {"for"}]
    assert _words(r"(?:probation|\d+)\s+for") == [{"for"}]
    assert _words(r"(?=fine\b)(?:a|the)\s+(?:fine|penalty)") == [{"fine", "penalty"}]


def test_lookarounds_and_classes_require_nothing():
    assert _words(r"(?<!no\s)(?!without)[a-z]+\s+jail") == [{"jail"}]


def test_most_term_patterns_name_words_every_match_holds():
    # The gate only works if the words are there: a pattern without any is tried on every sentence of its kind.
    with_words = [i for i in range(len(TERM_SOURCES)) if term_words(i)]
    assert len(with_words) >= 0.9 * len(TERM_SOURCES)


SENTENCES = [
    "Judge Ann Ruddimore sentenced Dale Vellwood to 12 years in state prison followed by five years of supervised release.",
    "He was also ordered to pay $4,500 in restitution and a $1,000 fine, and to complete 200 hours of community service.",
    "Prosecutors asked for 30 months in prison; the defense sought probation.",
    "Vellwood faces up to 20 years in federal prison and a fine of up to $250,000.",
    "The judge suspended all but 18 months of a 10-year sentence and placed her on three years of probation.",
    "She was jailed for six years and banned from driving for four years.",
    "He must register as a sex offender for 25 years and wear an electronic monitor for six months.",
    "The court imposed a two-year community corrections order with 150 hours of unpaid community work.",
    "Lee received 90 days in the county jail, to be served on weekends, and 120 days of home confinement.",
    "He will serve a minimum of 15 years before he is eligible for parole.",
    "The magistrate gave her a conditional discharge and ordered her to pay £350 in costs and a £114 victim surcharge.",
    "He was sentenced to life without parole plus 25 years for the firearm count.",
    "The jury assessed punishment at 40 years in prison and a $10,000 fine.",
    "She was ordered to forfeit $2.1 million and a 2019 pickup truck.",
    "He was given a suspended sentence of eight months, suspended for two years, and a 12-month curfew.",
]


def test_every_match_of_every_term_pattern_holds_its_words():
    checked = 0
    for index in range(len(TERM_SOURCES)):
        for sentence in SENTENCES:
            if term_pattern(index).search(sentence):
                lowered = sentence.lower()
                assert all(any(word in lowered for word in words) for words in term_words(index)), (index, sentence)
                checked += 1
    assert checked >= 30
