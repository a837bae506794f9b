"""Sentencing details: charges, sentence terms, sentencing date, judge and court (SPEC §4).

Terms are found by the phrases news uses for each kind of punishment ("14 days
in prison", "a $30,000 fine", "500 hours of community service"); the words
that govern a term in its clause give its status ("is asking for" ->
recommended, "sentenced to" -> imposed, "could face up to" -> maximum) and the
nearest actor before those words says who proposed it. Only body paragraphs
are read: captions and clutter restate or advertise, they do not report.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Optional

from builder.extract.dates import DateMatch, find_dates, parse_number
from builder.extract.text import split_sentences
from builder.model import Charge, DateValue, Mention, Party, Sentencing, Source, Term, TermStatus

_NUMWORD = (r"(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
            r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
            r"seventy|eighty|ninety|hundred|thousand|half)")
_NUM = rf"{_NUMWORD}(?:[- ](?:and[- ])?{_NUMWORD})*"
_QUAL = r"(?:(?:up to|at least|as (?:much|many|long) as|more than|nearly|about|a maximum of|a minimum of)\s+)?"
_DUR = (rf"{_QUAL}(?P<num>{_NUM})[- ](?:(?:full|additional|more|consecutive)\s+)?"
        r"(?P<unit>years?|months?|weeks?|days?|hours?)(?:['\u2019]s?)?")
_MONEY = r"(?P<money>\$\s?\d[\d,]*(?:\.\d+)?(?:\s(?:million|billion|thousand))?)"
_CUSTODY = r"(?:(?:in|of|behind)\s+)?(?:(?:a|federal|state|county)\s+)*(?P<kw>prison|jail|bars|incarceration|imprisonment)"

# (kind, pattern). Earlier patterns win where two overlap, so specific forms come first.
_TERM_PATTERNS: list[tuple[str, re.Pattern[str]]] = [(kind, re.compile(p, re.I)) for kind, p in [
    ("prison", rf"{_QUAL}(?:(?:a|the)\s+)?(?:maximum\s+(?:term|sentence|penalty)\s+of\s+)?(?P<life>life)\s+"
               r"(?:in\s+prison|imprisonment|behind\s+bars|sentence|without\s+parole)"),
    ("prison", rf"{_QUAL}(?P<num>{_NUM})[- ](?P<unit>year|month|week|day)[- ](?P<kw>prison|jail)\s+(?:term|sentence)"),
    ("prison", rf"{_DUR}\s+{_CUSTODY}(?:\s+(?:term|sentence))?"),
    ("prison", rf"(?P<kw>prison|jail)\s+(?:term|sentence)\s+of\s+{_DUR}"),
    ("supervised_release", rf"{_DUR}\s+of\s+supervised\s+release"),
    ("probation", rf"{_DUR}\s+(?:of\s+)?(?:(?:supervised|formal|unsupervised)\s+)?probation(?:\s+term)?"),
    ("probation", rf"probation\s+(?:term\s+|sentence\s+)?of\s+{_DUR}"),
    ("home_confinement", rf"{_DUR}\s+(?:of\s+|in\s+)?(?:home\s+(?:confinement|detention)|house\s+arrest)"),
    ("electronic_monitoring", r"(?:electronic|GPS)\s+(?:monitoring|ankle\s+monitor|monitor)"),
    ("community_service", rf"{_DUR}\s+(?:of\s+)?community\s+service"),
    ("fine", rf"{_MONEY}\s+fine"),
    ("fine", rf"fine\s+of\s+{_QUAL}{_MONEY}"),
    ("fine", rf"fined\s+{_QUAL}{_MONEY}"),
    ("restitution", rf"{_MONEY}\s+(?:in\s+)?restitution"),
    ("restitution", rf"restitution\s+(?:of|totaling|totalling)\s+{_MONEY}"),
    ("forfeiture", rf"(?:forfeit|forfeiture\s+of|relinquish|give\s+up|surrender)\s+{_MONEY}"
                   r"(?:\s+(?:in|of|from)\s+(?:(?:his|her|their)\s+)?(?:pay|salary|wages|earnings|pension))?"
                   rf"(?:\s+(?:for\s+each\s+of\s+the\s+next|(?:a|per|each)\s+month\s+for)\s+(?P<months>{_NUM})\s+months)?"),
    ("discharge", r"(?:dishonorabl[ey]|bad[- ]conduct|other[- ]than[- ]honorabl[ey])\s+discharged?"),
    ("demotion", r"demoted\s+to\s+(?:the\s+rank\s+of\s+)?(?:an?\s+)?[\w-]+"),
    ("demotion", r"reduced\s+(?:[\w-]+['\u2019]s\s+)?(?:rank|in\s+rank)\s+(?:from\s+[\w-]+\s+)?to\s+[\w-]+"),
    ("no_incarceration", r"\bno[- ](?:jail|prison)(?:\s+(?:time|sentence|term))?"),
    ("no_incarceration", r"\bno\s+(?:incarceration|time\s+behind\s+bars)"),
    ("no_incarceration", r"spared\s+(?:from\s+)?(?:prison|jail)(?:\s+time)?"),
    ("no_incarceration", r"(?:would\s+not|will\s+not|won['\u2019]t|wouldn['\u2019]t|not)\s+serve\s+(?:any\s+)?(?:prison|jail)\s+time"),
    ("prison", rf"sentenced\s+to\s+{_DUR}"),
]]

# Words that govern a term. A recommendation or request earlier in the clause wins over
# "receive"/"impose" that follow it ("asked the judge to impose ...", "recommend that he receive").
_CUES: list[tuple[TermStatus, re.Pattern[str]]] = [(status, re.compile(p, re.I)) for status, p in [
    ("recommended", r"\brecommend(?:s|ed|ing|ation|ations)?\b|\bask(?:s|ed|ing)?\b(?:\s+for)?|\burg(?:e|es|ed|ing)\b"
                    r"|\bpropos(?:e|es|ed|ing|al)\b|\brequest(?:s|ed|ing)?\b|\bshould\s+(?:get|receive|serve)\b|\bcalled\s+for\b"),
    ("sought", r"\bs(?:ought|eeks?|eeking)\b|\bpush(?:ed|es|ing)?\s+(?:hard\s+)?for\b|\bwant(?:s|ed)?\b|\bdemand(?:s|ed|ing)?\b"),
    ("maximum", r"\bup\s+to\b|\bmaximum\b|\bcould\s+(?:face|get|receive)\b|\bfac(?:es|ed|ing)\b"),
    ("imposed", r"\bsentenc(?:ed|es|ing)\b|\border(?:s|ed)\b|\bimpos(?:e|es|ed)\b|\bgiven\b|\bgave\b|\bhanded\b"
                r"|\breceiv(?:e|es|ed)\b|\bgets?\b|\bgot\b|\bhave\s+to\b|\bmust\b|\brequire\b|\bruled\b|\bspared\b"
                r"|\bwill\s+(?:serve|pay)\b|\bsentence\b"),
]]
# A past-tense sentencing verb starts a new decision even after a request ("..., and the judge sentenced him to").
_DECIDED = re.compile(r"\b(?<!to )(?:sentenced|ordered|imposed)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[;:\u2014\u2013]|\s--\s|,?\s+(?:but|while|whereas|however)\b", re.I)
_RULED_AFTER = re.compile(r"\b(?:judge|court|jury)\s+(?:ruled|decided|ordered|imposed|sentenced)\b", re.I)
_AFTER_CUE = re.compile(r"^[\s,]*(?:(?:that|which|who)\s+(?:was|were|is|are|had\s+been)\s+)?"
                        r"(?P<cue>recommended|sought|requested|proposed|imposed|ordered)\s+by\s+", re.I)

# Who proposes or imposes a term.
_GROUP = re.compile(
    r"(?:(?P<owner>[A-Z][\w-]*|[Hh]er|[Hh]is|[Tt]heir)(?:['\u2019]s)?\s+)?"
    r"(?P<group>(?i:(?:federal\s+|state\s+)?prosecutors?|prosecution|(?:defen[cs]e\s+)?(?:lawyers?|team)"
    r"|defen[cs]e|(?:military\s+|trial\s+|federal\s+)?judge)|attorneys?|DA|District\s+Attorney)\b")
_NAME = r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'\u2019-]+){0,2}"

_CHARGE_TRIGGERS: list[tuple[str, re.Pattern[str]]] = [(status, re.compile(p)) for status, p in [
    ("convicted", r"\b(?:convicted|found\s+guilty)\s+(?:[\w.]+\s+){0,3}?(?:on\s+(?:charges|counts?)\s+)?of\s+"),
    ("pleaded guilty", r"\bplea(?:ded|d|ds|ding)\s+guilty\s+(?:[\w.]+\s+){0,4}?to\s+"),
    ("charged", r"\bcharged\s+with\s+|\bindicted\s+on\s+(?:charges\s+of\s+)?"),
    ("acquitted", r"\bacquitted\s+(?:[\w.]+\s+){0,2}?of\s+"),
]]
_COUNT_PREFIX = re.compile(r"(?P<count>(?:a\s+single|one|a|two|three|four|five|\d+)\s+(?:felony\s+)?counts?\s+of\s+)?"
                           r"(?P<charges>(?:federal\s+|criminal\s+)?charges?\s+(?:of\s+)?)?", re.I)
_CHARGE_STOP = re.compile(
    r"[,.;:()\u2014\u2013\"\u201c\u201d]|\s--\s|\s(?:in|on|at|for|after|when|while|during|because|but|who|which|that|since"
    r"|last|this|stemming|related|from|as|and\s+(?=(?:\w+ed|was|is|has|had|will|faces?|could|said|says|then)\b)"
    r"|before\s+(?=[A-Z]|a\b|an\b|being|his|her|their|trial|sentencing|pleading))\b")
_NOT_AN_OFFENCE = re.compile(r"^(?:the|this|that|these|those|his|her|their|all|both|every|any|it|them)\b", re.I)

_JUDGE_PATTERNS = [
    re.compile(rf"\b(?:(?:U\.S\.|Chief|Senior|Magistrate|District|Circuit|Superior|Supreme|State|Federal|Presiding)\s+)*"
               rf"(?:Justice|Judge)\s+(?P<name>{_NAME})"),
    re.compile(rf"\b(?:the|a)\s+(?:military\s+|trial\s+|presiding\s+|federal\s+)?judge,\s+(?P<title>(?:(?:Army|Navy|Air\s+Force|Marine)\s+)?"
               rf"(?:Lt\.\s+|Lieutenant\s+)?(?:Colonel|Col\.|Captain|Capt\.|Commander|Major|Judge)\s+)?(?P<name>{_NAME})"),
]
_RANK_NAME = re.compile(rf"\b(?:(?:Army|Navy|Air\s+Force|Marine)\s+)?(?:Lt\.\s+|Lieutenant\s+)?"
                        rf"(?:Colonel|Col\.|Captain|Capt\.|Commander|Major)\s+(?P<name>{_NAME})")
_COURT = re.compile(r"\b(?:(?:[A-Z][\w.'\u2019]*|of|the)\s+){0,4}?(?:Court|court-martial)(?:\s+(?:in|of|for)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?"
                    r"|\b(?:[A-Z][\w]*['\u2019]s\s+)?federal\s+court(?:\s+in\s+[A-Z][\w]*)?")


@dataclass
class _Context:
    source: Source
    parties: list[Party]
    defendant: Optional[str]  # the surname the article writes most, the case's likely defendant
    judge: Optional[str]


def find_sentencing(source: Source, parties: list[Party]) -> Sentencing:
    """Charges, terms, sentencing date, judge and court stated in the article's body."""
    sentences = [span for p in source.body() for span in split_sentences(source.text, p.start, p.end)]
    judge = _judge(source, sentences, parties)
    ctx = _Context(source, parties, _defendant(source, parties), judge.name if judge else None)
    terms = _terms(ctx, sentences)
    return Sentencing(
        charges=_charges(ctx, sentences),
        terms=terms,
        sentencing_date=_sentencing_date(ctx, sentences, terms),
        judge=judge,
        court=_court(source, sentences),
    )


# ----------------------------------------------------------------------------- terms

def _terms(ctx: _Context, sentences: list[tuple[int, int]]) -> list[Term]:
    text = ctx.source.text
    terms: list[Term] = []
    for s_start, s_end in sentences:
        taken: list[tuple[int, int]] = []
        for kind, pattern in _TERM_PATTERNS:
            for m in pattern.finditer(text, s_start, s_end):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                terms.append(_term(ctx, kind, m, s_start, s_end))
    return _merge_terms(terms)


def _term(ctx: _Context, kind: str, m: re.Match[str], s_start: int, s_end: int) -> Term:
    text = ctx.source.text
    groups = m.groupdict()
    if kind == "prison" and (groups.get("kw") or "").lower() == "jail":
        kind = "jail"
    amount: Optional[float] = None
    unit: Optional[str] = None
    if groups.get("money"):
        amount, unit = parse_number(groups["money"]), "usd"
        if groups.get("months") and amount is not None:
            months = parse_number(groups["months"])
            amount = amount * months if months else amount
    elif groups.get("num"):
        amount = parse_number(groups["num"])
        unit = groups["unit"].lower().rstrip("s") + "s"
    elif groups.get("life"):
        unit = "life"
    status, by = _status(ctx, m.group().lower(), text[s_start:m.start()], text[m.end():s_end])
    return Term(text=m.group(), kind=kind, citations=[ctx.source.cite(m.start(), m.end())],
                status=status, amount=amount, unit=unit, by=by)


def _status(ctx: _Context, phrase: str, before: str, after: str) -> tuple[TermStatus, Optional[str]]:
    """The status the governing words give, and who proposed or imposed the term."""
    after_cue = _AFTER_CUE.match(after)
    if after_cue:
        cue = after_cue.group("cue").lower()
        status: TermStatus = {"recommended": "recommended", "proposed": "recommended", "requested": "recommended",
                              "sought": "sought"}.get(cue, "imposed")  # type: ignore[assignment]
        return status, _actor(ctx, after[after_cue.end():], last=False)
    if re.match(r"(up to|a maximum|as much as|as long as)\b", phrase) or "maximum" in phrase:
        return "maximum", None
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    cues = sorted(((m.start(), m.end(), status) for status, p in _CUES for m in p.finditer(clause)), key=lambda c: c[0])
    if not cues:
        # "was spared prison", "was dishonorably discharged ..., a military judge ruled Friday"
        if _RULED_AFTER.search(after) or re.match(r"(spared|fined|demoted|reduced|forfeit)", phrase) \
                or re.search(r"\b(was|were|been|be)\s+$", clause):
            return "imposed", ctx.judge
        return "other", None
    chosen = cues[-1]
    requests = [c for c in cues if c[2] in ("recommended", "sought", "maximum")]
    if requests and chosen[2] == "imposed":
        decided = [c for c in cues if c[0] > requests[-1][0] and _DECIDED.fullmatch(clause[c[0]:c[1]])]
        chosen = decided[-1] if decided else requests[-1]
    status = chosen[2]
    cue_word = clause[chosen[0]:chosen[1]].lower()
    if re.search(r"(ation|al|request)s?$", cue_word):
        # A noun ("Thompson's recommendation of ..."): only its possessor proposed it.
        by = _possessor(ctx, clause[:chosen[0]])
    elif cue_word.startswith("should"):
        # "Ortega said Park should receive ...": the proposer is who said it, not who receives it.
        said = list(re.finditer(r"\b(?:said|says|say|argued|argue|wrote|told)\b", clause[:chosen[0]]))
        by = _actor(ctx, clause[:said[-1].start()], last=True) if said else None
    else:
        by = _actor(ctx, clause[:chosen[0]], last=True)
    if status == "recommended" and by and ctx.judge and by == ctx.judge:
        status = "imposed"  # a judge's "recommendation" (courts-martial) is the sentence itself
    if status == "imposed" and by != ctx.judge and not (by and "judge" in by.lower()):
        by = ctx.judge  # the defendant is the subject of "was sentenced to"; the judge imposes
    return status, by


def _actor(ctx: _Context, words: str, last: bool) -> Optional[str]:
    """The party or group named in `words`: the nearest to the cue (last) or the first."""
    found: list[tuple[int, str]] = []
    for m in _GROUP.finditer(words):
        found.append((m.end(), _group_name(ctx, m, words)))
    for party in ctx.parties:
        for form in _forms(party):
            for m in re.finditer(rf"\b{re.escape(form)}\b(?!['\u2019]s\s+(?:lawyers?|attorneys?|team))", words):
                found.append((m.end(), party.name))
    if not found:
        bare = list(re.finditer(rf"(?:^|[,.]\s+|\b(?:and|then|Instead,?)\s+)(?P<name>{_NAME})\s+(?:(?:is|are|was|were|has|had|have|would|will|also|then|again)\s+)*$", words))
        if bare and bare[-1].group("name").split()[0] not in ("The", "A", "An", "But", "And", "Instead"):
            return _full_name(ctx, bare[-1].group("name"))
        return None
    found.sort(key=lambda f: f[0])
    return found[-1][1] if last else found[0][1]


def _group_name(ctx: _Context, m: re.Match[str], words: str) -> str:
    group = re.sub(r"\s+", " ", m.group("group"))
    owner = m.group("owner")
    named = re.match(rf"\s+(?P<name>{_NAME})", words[m.end():])
    if named and not owner and group.split()[-1].lower() in ("attorney", "judge", "da", "lawyer"):
        return _full_name(ctx, named.group("name"))  # "DA Ken Thompson", "Judge Chun"
    lowered = group.lower()
    if "judge" in lowered and ctx.judge:
        return ctx.judge
    if lowered in ("da", "district attorney"):
        return _district_attorney(ctx) or "the District Attorney"
    if owner and owner.lower() in ("her", "his", "their") and ctx.defendant:
        return f"{ctx.defendant}'s {group}"
    if owner and owner[0].isupper() and owner.lower() not in ("the", "a", "an", "but", "and", "federal", "state"):
        return f"{owner}'s {group}"
    return group.lower() if group[0].isupper() and group not in ("DA", "District Attorney") else group


def _possessor(ctx: _Context, words: str) -> Optional[str]:
    m = re.search(rf"(?P<name>{_NAME})['\u2019]s\s+(?:[\w-]+\s+){{0,2}}$", words)
    return _full_name(ctx, m.group("name")) if m else None


def _district_attorney(ctx: _Context) -> Optional[str]:
    for party in ctx.parties:
        if any(re.search(r"\b(district attorney|DA)\b", role, re.I) for role in party.roles):
            return party.name
    m = re.search(rf"\b(?:District\s+Attorney|DA)\s+(?P<name>{_NAME})", ctx.source.text)
    return _full_name(ctx, m.group("name")) if m else None


def _forms(party: Party) -> list[str]:
    names = {party.name, *party.aliases}
    if party.kind == "person" and " " in party.name:
        names.add(party.name.split()[-1])
    return sorted((n for n in names if n), key=len, reverse=True)


def _full_name(ctx: _Context, name: str) -> str:
    name = re.sub(r"['\u2019]s$", "", name.strip())
    words = name.split()
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]  # "Attorney Eric Rosen" -> "Eric Rosen"
    name = " ".join(words)
    for party in ctx.parties:
        if name == party.name or name in _forms(party):
            return party.name
    surname = name.split()[-1]
    longest = name
    for m in re.finditer(rf"\b(?:[A-Z][\w'\u2019-]+\s+)(?:[A-Z]\.\s+)?{re.escape(surname)}\b", ctx.source.text):
        candidate = re.sub(r"\s+[A-Z]\.\s+", " ", m.group())
        if len(candidate.split()) > len(longest.split()) and candidate.split()[0] not in _TITLES:
            longest = candidate
    return longest


_TITLES = {"Judge", "Justice", "Officer", "Colonel", "Col.", "Captain", "Sergeant", "Attorney", "DA", "Mr.", "Ms.",
           "Assistant", "U.S.", "District", "General", "Lieutenant", "Lt.", "Sen.", "Rep.", "Gov.", "Chief",
           "Mrs.", "Dr.", "President", "Assemblyman", "Detective", "Former", "The", "Defense", "Sgt.", "Army"}


def _merge_terms(terms: list[Term]) -> list[Term]:
    """One term per (kind, amount, status): repeats add citations; a bare mention joins a stated one."""
    merged: list[Term] = []
    for term in terms:
        same = next((t for t in merged if t.kind == term.kind and t.amount == term.amount and t.unit == term.unit
                     and (t.status == term.status or term.status == "other")
                     and (term.by is None or t.by is None or t.by == term.by)), None)
        if same is None:
            merged.append(term)
            continue
        same.citations.extend(term.citations)
        same.by = same.by or term.by
    return merged


# ----------------------------------------------------------------------------- charges

def _charges(ctx: _Context, sentences: list[tuple[int, int]]) -> list[Charge]:
    text = ctx.source.text
    charges: list[Charge] = []
    for s_start, s_end in sentences:
        for status, trigger in _CHARGE_TRIGGERS:
            for m in trigger.finditer(text, s_start, s_end):
                if not _about_defendant(ctx, text[s_start:m.start()]):
                    continue
                prefix = _COUNT_PREFIX.match(text, m.end(), s_end)
                start = prefix.end() if prefix else m.end()
                stop = _CHARGE_STOP.search(text, start, s_end)
                end = stop.start() if stop else s_end
                phrase = text[start:end].rstrip()
                formal = bool(prefix and (prefix.group("count") or prefix.group("charges")))
                if not phrase or len(phrase.split()) > 12 or _NOT_AN_OFFENCE.match(phrase):
                    continue
                if phrase.split()[0].lower().endswith("ing") and not formal:
                    continue  # "pleaded guilty to paying ...": the conduct, not the offence's name
                single = bool(prefix and prefix.group("count") and not re.match(r"(two|three|four|five|\d)", prefix.group("count")))
                for c_start, c_end in _split_offences(text, start, start + len(phrase), keep_whole=single):
                    _add_charge(charges, Charge(text[c_start:c_end], [ctx.source.cite(c_start, c_end)], status))
    return charges


def _split_offences(text: str, start: int, end: int, keep_whole: bool) -> list[tuple[int, int]]:
    """"X and Y" are two offences, unless one count names both or a conspiracy governs both."""
    phrase = text[start:end]
    if keep_whole or re.match(r"conspir\w*\s+to\b", phrase, re.I):
        return [(start, end)]
    spans: list[tuple[int, int]] = []
    cursor = start
    for sep in re.finditer(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", phrase):
        spans.append((cursor, start + sep.start()))
        cursor = start + sep.end()
    spans.append((cursor, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _add_charge(charges: list[Charge], charge: Charge) -> None:
    for existing in charges:
        if existing.text.lower() == charge.text.lower():
            existing.citations.extend(charge.citations)
            return
    charges.append(charge)


def _about_defendant(ctx: _Context, before: str) -> bool:
    """False when the clause's subject is a named person other than the case's defendant."""
    if not ctx.defendant or not ctx.parties:
        return True  # without the article's people, any capitalised word could be anyone
    names = [m.group() for m in re.finditer(r"\b[A-Z][a-z][\w-]*\b", before)]
    people = [n for n in names if n not in _SENTENCE_OPENERS and n not in _TITLES and _is_person(ctx, n)]
    if not people:
        return True
    return people[-1].lower() == ctx.defendant.lower() or people[0].lower() == ctx.defendant.lower()


_SENTENCE_OPENERS = {"The", "A", "An", "But", "And", "He", "She", "They", "It", "In", "On", "After", "Before", "When",
                     "Former", "Also", "His", "Her", "Their", "Others", "Earlier", "Later", "Last", "This"}


def _is_person(ctx: _Context, word: str) -> bool:
    return any(p.kind == "person" and word in p.name.split() for p in ctx.parties)


def _defendant(source: Source, parties: list[Party]) -> Optional[str]:
    """The surname the body uses most among people: in a case article, the defendant's."""
    body = " ".join(source.text[p.start:p.end] for p in source.body())
    counts: Counter[str] = Counter()
    for party in parties:
        if party.kind == "person" and party.name.split():
            surname = party.name.split()[-1]
            counts[surname] = len(re.findall(rf"\b{re.escape(surname)}\b", body))
            # Being the one convicted or sentenced says "defendant" louder than being mentioned.
            counts[surname] += 3 * len(re.findall(
                rf"\b{re.escape(surname)}\b[^.]{{0,60}}?\b(?:convicted|pleaded guilty|sentenced|found guilty)\b", body))
    if not counts:
        # No parties yet: the capitalised word that most often starts a clause as its subject.
        for m in re.finditer(r"(?:^|[.!?]\s+)(?:Former\s+\w+\s+)?([A-Z][a-z]+)(?=,|\s+(?:was|is|has|had|pleaded|said|says|will)\b)", body):
            if m.group(1) not in _SENTENCE_OPENERS:
                counts[m.group(1)] += 1
    return counts.most_common(1)[0][0] if counts else None


# ----------------------------------------------------------------------------- judge, court, date

def _judge(source: Source, sentences: list[tuple[int, int]], parties: list[Party]) -> Optional[Mention]:
    text = source.text
    ctx = _Context(source, parties, None, None)
    for s_start, s_end in sentences:
        for pattern in _JUDGE_PATTERNS:
            m = pattern.search(text, s_start, s_end)
            if m:
                return _judge_mention(ctx, m)
    # Courts-martial: "A military judge ruled ... Army Colonel Jeffery Nance took ..."
    for i, (s_start, s_end) in enumerate(sentences):
        if re.search(r"\bmilitary judge\b", text[s_start:s_end]):
            for n_start, n_end in sentences[i:i + 2]:
                m = _RANK_NAME.search(text, n_start, n_end)
                if m:
                    return _judge_mention(ctx, m)
    return None


def _judge_mention(ctx: _Context, m: re.Match[str]) -> Mention:
    start = m.start() if m.group().split()[0] not in ("the", "a") else m.start("title") if m.group("title") else m.start("name")
    words = ctx.source.text[start:m.end("name")]
    name = re.sub(r"\s+[A-Z]\.(?=\s)", "", m.group("name"))
    return Mention(text=words, citations=[ctx.source.cite(start, m.end("name"))], name=_full_name(ctx, name))


def _court(source: Source, sentences: list[tuple[int, int]]) -> Optional[Mention]:
    text = source.text
    for s_start, s_end in sentences:
        for m in _COURT.finditer(text, s_start, s_end):
            words = m.group().strip().rstrip(".")
            if words.split()[0] in ("the", "of"):
                continue
            if re.fullmatch(r"(?:the\s+)?court", words, re.I) or words.lower().startswith(("appellate", "a ")):
                continue
            start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            return Mention(text=text[start:start + len(words)], citations=[source.cite(start, start + len(words))],
                           name=words)
    return None


def _sentencing_date(ctx: _Context, sentences: list[tuple[int, int]], terms: list[Term]) -> Optional[DateValue]:
    text = ctx.source.text
    published = ctx.source.published
    near: list[DateMatch] = []
    decided: list[DateMatch] = []
    imposed_at = {c.start for t in terms if t.status == "imposed" for c in t.citations}
    for s_start, s_end in sentences:
        dates = find_dates(text, s_start, s_end, published)
        for word in re.finditer(r"\bsentenc(?:ed|ing)\b|\bfate\b", text[s_start:s_end], re.I):
            at = s_start + word.start()
            for d in dates:
                gap = text[min(d.end, at):max(d.start, at + len(word.group()))]
                if len(gap.split()) <= 4 and d.granularity == "day":
                    near.append(d)
        if any(s_start <= c < s_end for c in imposed_at):
            decided.extend(d for d in dates if d.granularity == "day")
    chosen = (near or decided or [None])[0]
    if chosen is None:
        return None
    return DateValue(text=text[chosen.start:chosen.end], citations=[ctx.source.cite(chosen.start, chosen.end)],
                     value=chosen.value, granularity=chosen.granularity)
