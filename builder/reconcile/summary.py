"""The extractive summary: the strongest sentences from every source, said once, within 120 words."""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from builder.model import SummarySentence

MAX_WORDS = 120
_SAME_POINT = 60  # token-set similarity above which two sentences say the same thing


def pick_summary(ranked_per_source: list[list[SummarySentence]]) -> list[SummarySentence]:
    """Round-robin over the sources (best first in each), skipping near-duplicates, to the word limit."""
    queues = [list(r) for r in ranked_per_source if r]
    chosen: list[SummarySentence] = []
    words = 0
    while any(queues):
        for queue in queues:
            while queue:
                candidate = queue.pop(0)
                length = len(candidate.text.split())
                if words + length > MAX_WORDS:
                    continue
                if any(_same_point(candidate.text, c.text) for c in chosen):
                    continue
                chosen.append(candidate)
                words += length
                break
    return chosen


def _same_point(a: str, b: str) -> bool:
    similar = fuzz.token_set_ratio(a.lower(), b.lower())
    if similar >= _SAME_POINT + 10 or fuzz.ratio(a.lower(), b.lower()) >= _SAME_POINT:
        return True
    # Two outlets telling one fact in their own words share its names and numbers: "His wife, Rita Marsh, received
    # six years" and "His wife, Rita Marsh, 55, who was tried with him, was sentenced to six years"
    facts_a, facts_b = _names_and_numbers(a), _names_and_numbers(b)
    if similar >= _SAME_POINT and bool(facts_a) and bool(facts_b) and (facts_a <= facts_b or facts_b <= facts_a):
        return True
    # One sentence told twice with different background: "A Florida dealer who shipped 1,400 turtles ... was sentenced
    # on Tuesday to three years of probation and a $75,000 fine" and "Farrimond was sentenced in May 2024 to three years
    # of probation, including six months of home detention, and a $75,000 fine"
    return bool(_SENTENCED.search(a) and _SENTENCED.search(b)) and len(_amounts(a) & _amounts(b)) >= 2


_SENTENCED = re.compile(r"\bsentenced\b", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")


def _amounts(sentence: str) -> set[str]:
    """The numbers of a sentence that are no calendar years: the terms it states."""
    words = {w.strip(".,;:!?\"'\u201c\u201d\u2018\u2019()$") for w in sentence.lower().split()}
    return {w for w in words if w and (w[0].isdigit() or w in _NUMBER_WORDS) and not _YEAR.fullmatch(w)}


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty "
                          "hundred thousand million billion".split())


def _names_and_numbers(sentence: str) -> set[str]:
    """The capitalised words after the first, and the numbers, of a sentence: what it is about, not how it is put."""
    words = [w.strip(".,;:!?\"'\u201c\u201d\u2018\u2019()") for w in sentence.split()]
    return {w for i, w in enumerate(words) if w and ((i > 0 and w[0].isupper()) or w[0].isdigit() or w.lower() in _NUMBER_WORDS)}
