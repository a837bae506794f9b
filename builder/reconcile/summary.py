"""The extractive summary: the strongest sentences from every source, said once, within 120 words."""
from __future__ import annotations

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
    return similar >= _SAME_POINT and bool(facts_a) and bool(facts_b) and (facts_a <= facts_b or facts_b <= facts_a)


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty "
                          "hundred thousand million billion".split())


def _names_and_numbers(sentence: str) -> set[str]:
    """The capitalised words after the first, and the numbers, of a sentence: what it is about, not how it is put."""
    words = [w.strip(".,;:!?\"'\u201c\u201d\u2018\u2019()") for w in sentence.split()]
    return {w for i, w in enumerate(words) if w and ((i > 0 and w[0].isupper()) or w[0].isdigit() or w.lower() in _NUMBER_WORDS)}
