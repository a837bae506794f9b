"""The extractive summary: the strongest sentences from every source, said once, within 120 words."""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from builder.model import SummarySentence

MAX_WORDS = 120
_SAME_POINT = 60  # token-set similarity above which two sentences say the same thing
# Below this a sentence tells nothing of the case (no case word, number or name, and far down its story: "Insurance
# covered part of the loss."): a shorter summary reads better than one padded to the word limit with it
_LEAST_SCORE = 0.25
_LEAST_SHARE_OF_BEST = 0.2


def pick_summary(ranked_per_source: list[list[SummarySentence]], sentenced: bool = False) -> list[SummarySentence]:
    """Round-robin over the sources (best first in each), skipping near-duplicates, to the word limit.

    The sources come newest first, and so does the printed summary: each source's sentences in its reading order,
    so the case's latest state leads and no story is read backwards. What an older story said lay ahead ("is
    scheduled to be arraigned March 20") has happened or been overtaken since; once a sentence has been imposed
    (`sentenced`), so has every "faces up to 20 years" and "pleaded not guilty"."""
    # (a story's weak sentence, a fifth of its best one's score, is no point of the case even where words are left:
    # "Houston was one of the hardest-hit cities" beside "sentenced Tuesday to 12 years")
    queues = [[s for s in r if s.score >= max(_LEAST_SCORE, _LEAST_SHARE_OF_BEST * r[0].score)
               and not ((sentenced and _PROSPECT.search(s.text)) or (rank > 0 and _AHEAD.search(s.text)))]
              for rank, r in enumerate(ranked_per_source)]
    chosen: list[tuple[int, SummarySentence]] = []
    words = 0
    while any(queues):
        for rank, queue in enumerate(queues):
            while queue:
                candidate = queue.pop(0)
                length = len(candidate.text.split())
                if words + length > MAX_WORDS:
                    continue
                if any(_same_point(candidate.text, c.text) for _, c in chosen):
                    continue
                chosen.append((rank, candidate))
                words += length
                break
    chosen.sort(key=lambda pair: (pair[0], pair[1].citations[0].start))
    return [sentence for _, sentence in chosen]


# What a story before the sentencing said lay ahead: the maximum, the hearing to come
_PROSPECT = re.compile(r"\b(?:(?:could|would|can|may|might|will)\s+face|fac(?:es|ed|ing)\s+(?:up\s+to|a\s+maximum|as\s+much|as\s+many"
                       r"|a\s+(?:possible|potential|mandatory)|(?:a\s+)?(?:possible\s+)?sentenc)|carr(?:y|ies|ied)\s+up\s+to"
                       r"|carr(?:y|ies|ied)\s+(?:a\s+)?"
                       r"(?:(?:possible|potential|mandatory|maximum|minimum)\s+)+(?:sentence|penalty|term|prison)|maximum\s+"
                       r"(?:sentence|penalty)\s+(?:of|is)|(?:is|are|was|were)\s+(?:scheduled|set|due|expected)\s+to\s+be\s+sentenced"
                       r"|will\s+be\s+sentenced|sentencing\s+(?:is|was)\s+(?:scheduled|set)|set\s+sentencing\s+for"
                       # the plea before the verdict or the guilty plea ("pleaded not guilty at an arraignment")
                       r"|(?:pleaded|pleads|pled)\s+not\s+guilty|(?:has\s+)?denied\s+(?:the\s+)?(?:charges|wrongdoing)"
                       # the range a judge could still choose from ("could still receive as little as four years") and
                       # the accusation in the present tense ("Rusk, 26, is charged with ...")
                       r"|(?:could|would|can|may|might)\s+(?:still\s+)?(?:receive|get|spend|be\s+sentenced\s+to)"
                       r"|(?:is|are)\s+(?:charged|accused)\s+(?:with|of)"
                       # the hearing still to come and each side's ask in the present ("will stand before a federal judge
                       # to learn ...", "Prosecutors are asking Judge Roe to sentence him to nine years", "His lawyers want a
                       # sentence of home confinement")
                       r"|will\s+(?:stand|appear|go)\s+before|to\s+learn\s+(?:how|whether|what|his|her|their)"
                       # the judge's decision still to come ("a judge will decide how long she should spend in prison",
                       # "will walk back into the same courtroom on Tuesday to be sentenced again", "A sentencing hearing
                       # has begun")
                       r"|(?:will|to)\s+(?:decide|determine)\s+(?:how|whether|what|his|her|their|the\s+(?:sentence|length|fate))"
                       r"|(?:decide|determine)\s+how\s+long"  # ("to watch a federal judge decide how long he will spend")
                       r"|(?:is|are)\s+due\s+(?:back\s+)?(?:in|before)\s+(?:court|a\s+judge)"  # ("are due in court for sentencing")
                       r"|(?:is|are|was|were)\s+to\s+be\s+(?:re)?sentenced|to\s+be\s+(?:re)?sentenced\s+(?:again|on|next|later|this)"
                       r"|sentencing\s+(?:hearing\s+)?(?:has\s+begun|began|is\s+under\s*way|got\s+under\s*way|(?:is|was)\s+expected\s+to)"
                       r"|(?:is|are)\s+(?:asking|seeking|urging|requesting|pushing\s+for)|wants?\s+(?:a\s+sentence|(?:him|her|them)\s+to)"
                       r"|(?:has|have)\s+(?:asked|sought|requested|urged)\s+(?:the\s+(?:judge|court)|him|her|for|that))\b", re.I)
_AHEAD = re.compile(r"\b(?:(?:is|are|was|were)\s+(?:scheduled|set|due|expected|slated)\s+to\s+(?:be\s+)?\w+|(?:scheduled|set)"
                    r"\s+(?:(?:his|her|their|the|a)\s+)?(?:sentencing|hearing|trial|arraignment)\s+for|will\s+be\s+(?:sentenced|arraigned"
                    r"|tried)|next\s+court\s+(?:date|appearance)|(?:is|are)\s+due\s+back|will\s+(?:recommend|ask|seek|request|argue)"
                    r"|(?:is|are|was|were|been)\s+(?:scheduled|set)\s+for|(?:appearance|hearing|trial|arraignment),?\s+scheduled\s+for"
                    r"|would\s+plead"
                    # where the person was when that story ran ("remains in the county jail", "is free on bond")
                    r"|remains?\s+(?:in\s+(?:the\s+)?(?:\w+\s+){0,3}(?:jail|custody|prison)|jailed|free|held|behind\s+bars|on\s+bond"
                    r"|at\s+large)|(?:is|are)\s+(?:being\s+)?held\s+(?:in|at|on|without)|(?:is|are)\s+free\s+on)\b", re.I)
# One step of a case ("pleaded guilty", "was indicted") told twice is one point, whatever else the sentences add
_STEP = re.compile(r"\b(?:(?P<pleaded>pleaded\s+guilty|pled\s+guilty)|(?P<convicted>convicted|found\s+\w+\s+guilty)"
                   r"|(?P<indicted>indicted)|(?P<charged>was\s+charged|were\s+charged)|(?P<sentenced>sentenced|sentence))\b", re.I)


def _same_point(a: str, b: str) -> bool:
    steps_a, steps_b = {m.lastgroup for m in _STEP.finditer(a)}, {m.lastgroup for m in _STEP.finditer(b)}
    if len(steps_a) == 1 and steps_a == steps_b and steps_a != {"sentenced"}:
        return True  # "pleaded guilty on Wednesday" and "Rheinberg pleaded guilty in June to vehicular homicide"
    if steps_a and steps_b and not steps_a & steps_b:
        # two steps of the case, however many words they share: "Roe, the founder of a militia, was convicted in
        # October" and "The founder of a militia ... was sentenced on Thursday to 22 years"
        return False
    if _JAILED_UNSAID.search(a) and _JAILED_UNSAID.search(b):
        # two stories' ledes that tell the jailing and keep its length for later ("Four men who broke into dozens of
        # homes ... have been jailed."): one point, however differently the men are described
        return True
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
    # or the same length of time stated as the sentence: "Dario Roe, 39, was sentenced Friday to 78 years to life" and
    # "On Friday, Judge Ann Lee sentenced Roe, a former driver, to 78 years to life for ..."
    return bool(_SENTENCED.search(a) and _SENTENCED.search(b)) and (
        len(_amounts(a) & _amounts(b)) >= 2 or bool(_lengths(a) & _lengths(b)))


# The outcome told without its length, as a lede does: "have been jailed.", "was sentenced on Friday."
_JAILED_UNSAID = re.compile(r"\b(?:ha(?:s|ve)\s+been|was|were)\s+(?:(?:today|yesterday|now)\s+)?(?:jailed|imprisoned|locked\s+up|sentenced)"
                            r"(?:\s+(?:on|at|in)\s+[^.;]{1,40})?[.!]?$", re.IGNORECASE)
# (news tells the outcome as the sentence given or as the time to be spent: "will spend five years in federal prison")
_SENTENCED = re.compile(r"\bsentenced\b|\bjailed\s+for\b|\b(?:will|must)\s+(?:spend|serve)\b|\bordered\s+(?:[\w.'\u2019-]+\s+){0,3}?to\s+serve\b"
                        r"|\bimposed\s+(?:[\w-]+\s+){0,3}?(?:sentences?|terms?)\b"
                        r"|\b(?:received|got|was\s+given|was\s+handed)\s+(?:a|an)\s+[^.;]{0,40}?\bsentence\b", re.IGNORECASE)
_LENGTH = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
                     r"[\s-]+(year|month|week|day)s?\b(?![\s-]+old\b)", re.IGNORECASE)  # (an age is no length of a sentence)
_DIGITS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_DIGITS.update(fifteen="15", twenty="20", thirty="30", forty="40", fifty="50")


def _lengths(sentence: str) -> set[tuple[str, str]]:
    """The lengths of time a sentence states ("78 years", "seven-year"), number words as digits and whole years in years
    ("60 months" is "5 years": one story gives the judgment's months, another the years they make; "18 months" is "a
    year and a half"), and a life term."""
    lengths = set()
    for number, unit in _LENGTH.findall(sentence):
        number, unit = _DIGITS.get(number.lower(), number), unit.lower()
        if unit == "month" and number.isdigit() and int(number) % 12 == 0:
            number, unit = str(int(number) // 12), "year"
        lengths.add((number, unit))
    for m in _AND_A_HALF.finditer(sentence):
        years = 1 if m.group(1).lower() in ("a", "one") else int(_DIGITS.get(m.group(1).lower(), m.group(1)))
        lengths.add((str(years * 12 + 6), "month"))
    if _LIFE_TERM.search(sentence):
        lengths.add(("life", ""))
    return lengths


_AND_A_HALF = re.compile(r"\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years?\s+and\s+a\s+half\b", re.I)
_LIFE_TERM = re.compile(r"\blife\s+(?:in\s+(?:federal\s+|state\s+)?prison|sentences?|terms?|imprisonment|without)\b", re.I)


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
