"""Whether a quote is critical or supportive, only where its words make that plain.

A small lexicon of evaluative phrases, not a sentiment model: a briefing may
only label a reaction when a reader would agree at a glance, so anything mixed
or unmarked stays unlabelled (None).
"""
from __future__ import annotations

import re

from builder.extract._regex import lazy_compile
from builder.model import Stance

_CRITICAL = lazy_compile(
    r"\b(?:disgrace\w*|outrage\w*|shameful|unjust\w*|injustice|slap in the face|travesty|betray\w*|"
    r"lack of accountability|lose faith|los(?:t|ing) faith|no accountability|whitewash|cover-?up|"
    r"should (?:not|have) (?:face|received|been|get|gotten)|not face serious consequences|disappoint\w*|"
    r"unacceptable|appall\w*|outrageous|insult\w*|mockery|sham|wrongly|"
    r"lynch-mob|unprincipled|traitor|violence is inevitable|shut this city down|"
    r"will not forget|kill people|brutaliz\w*|angry|furious|condemn\w*)\b",
    re.IGNORECASE,
)
_SUPPORTIVE = lazy_compile(
    r"\b(?:relief|relieved|welcome[sd]?|pleased|grateful|thankful|fair(?:ly|ness)?|justice (?:was|has been) served|"
    r"right decision|the right thing|punished enough|vindicat\w*|applaud\w*|"
    r"commend\w*|glad|happy|good news|deserves? (?:a )?second chance)\b",
    re.IGNORECASE,
)
_APOLOGY = lazy_compile(
    r"\b(?:sorry|apologi[sz]e\w*|remorse\w*|ashamed|shame|regret\w*|responsibility|mistake|I was (?:wrong|stupid))\b",
    re.IGNORECASE)


def stance_of(text: str) -> Stance | None:
    """critical / supportive where the quote's own words are clearly one-sided, else None."""
    critical = _asserted(_CRITICAL, text)
    supportive = _asserted(_SUPPORTIVE, text)
    if _APOLOGY.search(text) and not supportive:
        return None  # contrition is neither for nor against the outcome
    if critical and not supportive:
        return "critical"
    if supportive and not critical:
        return "supportive"
    return None


# "I'm not glad it happened", "we are not angry", "nobody here is happy": a denied word says the opposite or nothing
# (only a linking word between: "does not tolerate betrayal" still condemns)
_DENIED = lazy_compile(r"(?:\bnot|n['\u2019]t|\bnever|\bno|\bnobody|\bno\s+one)\s+"
                       r"(?:(?:be|been|is|was|are|were|feel|felt|seem|seems|very|so|too|really|entirely|here|all|that)\s+){0,2}$",
                       re.IGNORECASE)


def _asserted(words: re.Pattern[str], text: str) -> int:
    """How many of the words the quote says without denying them."""
    return sum(1 for m in words.finditer(text) if not _DENIED.search(text, max(0, m.start() - 20), m.start()))
