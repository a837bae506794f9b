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
    return fuzz.token_set_ratio(a.lower(), b.lower()) >= _SAME_POINT + 10 or fuzz.ratio(a.lower(), b.lower()) >= _SAME_POINT
