"""Merging what several sources report into one fact with all its citations."""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter
from typing import NamedTuple, Optional, TypeVar

import jellyfish
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from builder.extract._lexicon import INCHOATE_OFFENCE, LAW_NAMED_SENTENCE, MONTHS_AND_DAYS, SHARED_KIN, parole_differs, same_given_name
from builder.extract.text import abbreviates
from builder.model import Charge, Citation, DateValue, Event, Mention, Party, Quote, Sentencing, Term

T = TypeVar("T")
_STATUS_ORDER = {"imposed": 0, "recommended": 1, "sought": 2, "maximum": 3, "other": 4, "replaced": 5}
_GRANULARITY_ORDER = {"year": 0, "month": 1, "day": 2}


def merge_parties(parties: list[Party]) -> list[Party]:
    """One party per person or organisation, however each source spells or shortens the name."""
    groups: list[list[Party]] = []
    # Each group's distinct names: whether two parties are one depends only on their names and kinds, and a large
    # case names its people the same way in most of its articles (compared member by member, a 200-article case
    # made four million comparisons)
    names: list[dict[tuple[str, str, tuple[str, ...]], Party]] = []
    for party in parties:
        key = (party.name, party.kind, tuple(party.aliases))
        index = next((i for i, seen in enumerate(names)
                      if key in seen or any(_same_party(party, other) for other in seen.values())), None)
        if index is None:
            groups.append([party])
            names.append({key: party})
        else:
            groups[index].append(party)
            names[index].setdefault(key, party)
    return [_combine_parties(group) for group in _given_names_joined(groups)]


def _given_names_joined(groups: list[list[Party]]) -> list[list[Party]]:
    """One story's "her ex-husband Lance" is another's "Lance Trowbridge" when the case has one person of that given
    name and nobody of that surname: a family is told apart by first names, so each story may drop the shared one."""
    people = [i for i, group in enumerate(groups) if all(p.kind == "person" for p in group)]
    full_names = {i: {p.name.split()[0] for p in groups[i] if len(p.name.split()) > 1} for i in people}
    surnames = {p.name.split()[-1] for i in people for p in groups[i] if len(p.name.split()) > 1}
    joined: dict[int, int] = {}
    for i in people:
        if any(len(p.name.split()) != 1 for p in groups[i]):
            continue
        given = groups[i][0].name
        holders = [j for j in people if j != i and given in full_names[j]]
        if len(holders) == 1 and given not in surnames and given[:1].isupper():
            joined[i] = holders[0]
    if not joined:
        return groups
    merged = [list(group) for group in groups]
    for i, j in joined.items():
        merged[j].extend(groups[i])
    return [group for i, group in enumerate(merged) if i not in joined]


def _same_party(a: Party, b: Party) -> bool:
    if a.name.lower() == b.name.lower():
        return True  # one source may not tell what "Quill Harbor" is where another says it is a company
    if (a.kind == "person") != (b.kind == "person"):
        return False
    if a.kind != "person":
        # One source may write "the FBI" and another "the Federal Bureau of Investigation".
        return any(fuzz.token_sort_ratio(x.lower(), y.lower()) >= 90 and not _another_word(x, y)
                   or abbreviates(x, y) or abbreviates(y, x) or _place_prefixed(x, y) or _place_prefixed(y, x)
                   for x in (a.name, *a.aliases) for y in (b.name, *b.aliases))
    a_words, b_words = a.name.split(), b.name.split()
    if not a_words or not b_words:
        return False
    # "Beatriz Alcántara Solís" is "Beatriz Alcantara-Solis" is "Alcántara Solís" (folded only where it can matter:
    # every pair of a 200-article case's parties comes through here)
    if len(a_words) + len(b_words) == 5 and (_compound_surname_alone(a.name, b.name)
                                                  or _compound_surname_alone(b.name, a.name)):
        return True
    if (not (a.name.isascii() and b.name.isascii()) or "-" in a.name or "-" in b.name) and _folded(a.name) == _folded(b.name):
        return True
    if len(a_words) != len(b_words) and "".join(a_words).lower() == "".join(b_words).lower():
        return True  # "Rochelle Van der Meer" and "Rochelle Vandermeer": a surname's particles written apart or joined
    if a_words[:-1] == b_words[:-1] and len(a_words) > 1 and _one_letter_apart(a_words[-1], b_words[-1]):
        return True  # "Rosa Elvira Tzoc" and "Rosa Elvira Tzock": too short a surname to judge alone, not with its names
    if not (_similar_word(a_words[-1], b_words[-1]) or _double_barrelled(a_words[-1], b_words[-1])):
        return False
    if len(a_words) > 1 and len(b_words) > 1:
        first_a, first_b = a_words[0].rstrip("."), b_words[0].rstrip(".")
        initial = len(first_a) == 1 or len(first_b) == 1
        return initial and first_a[0] == first_b[0] or _similar_word(first_a, first_b) or same_given_name(first_a, first_b) \
            or (a_words[-1] == b_words[-1] and sounds_alike(first_a, first_b))
    return True


def _another_word(a: str, b: str) -> bool:
    """Two long names alike but for a word that is no misspelling of the other's: "U.S. Department of Health and Human
    Services Office of Inspector General" and "Michigan Department of ..." are two offices."""
    words_a, words_b = (set(re.findall(r"[\w.]+", n.lower())) - _NAME_GLUE for n in (a, b))
    only_a, only_b = words_a - words_b, words_b - words_a
    return bool(only_a or only_b) and not any(_similar_word(x, y) for x in only_a for y in only_b)


# (a company's legal suffix is no other word: "Velvet Lane Ventures LLC" is "Velvet Lane Ventures")
_NAME_GLUE = frozenset({"the", "of", "and", "for", "s", "llc", "l.l.c.", "inc", "inc.", "corp", "corp.", "ltd", "ltd.",
                        "co.", "plc", "lp", "llp"})


def _place_prefixed(longer: str, shorter: str) -> bool:
    """ "Westlake Heights Fraternal Order of Police Lodge 12" is the "Fraternal Order of Police Lodge 12" with its
    town before it; a short generic name ("Police Department") is too common to say so."""
    longer, shorter = (re.sub(r"^the\s+", "", name.lower()) for name in (longer, shorter))  # ("the Justice Department")
    if not longer.endswith(" " + shorter):
        return False
    # (the nation's name is no other body's: "the U.S. Justice Department" is "the Justice Department")
    return len(shorter.split()) >= 3 or len(shorter.split()) == 2 and longer[:-len(shorter)].strip() in ("u.s.", "us", "federal")


def _folded(name: str) -> str:
    """A name as English-language news may print it: without accents, and a compound surname with or without its
    hyphen ("Alcántara Solís", "Alcantara-Solis")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(plain.replace("-", " ").lower().split())


def _compound_surname_alone(short: str, full: str) -> bool:
    """ "Alcántara Solís" beside "Beatriz Alcántara Solís": the two surnames without the given name (a two-word party
    that is the last two words of a three-word one)."""
    short_words, full_words = _folded(short).split(), _folded(full).split()
    return len(short_words) == 2 and len(full_words) == 3 and full_words[1:] == short_words


def _double_barrelled(a: str, b: str) -> bool:
    """ "Castellano-Pratt" and "Castellano": one story gives both halves of a double surname, another one of them
    (with the same first name, one person; the disagreement section shows the two forms)."""
    return ("-" in a or "-" in b) and a != b and (a in b.split("-") or b in a.split("-"))


def _similar_word(a: str, b: str) -> bool:
    """Equal, or a likely misspelling of each other ("Schectman"/"Shechtman", "Gillian"/"Jillian")."""
    if a.lower() == b.lower():
        return True
    # (a misspelling changes a letter or two, never three: "Pellow" is not "Penhallow", though 80% alike)
    return same_first_sound(a, b) and min(len(a), len(b)) >= 5 and abs(len(a) - len(b)) <= 2 \
        and fuzz.ratio(a.lower(), b.lower()) >= 80


def _one_letter_apart(a: str, b: str) -> bool:
    return a[:1] == b[:1] and Levenshtein.distance(a.lower(), b.lower()) == 1


def sounds_alike(a: str, b: str) -> bool:
    """Two given names that sound the same throughout, so one is the other spelt another way: "Derek"/"Derrick",
    "Steven"/"Stephen", "Bryan"/"Brian" (too loose for a surname alone; with the same surname, one person). Their first
    letters must match: "Gene" and "Jean" sound alike and are a brother and a sister."""
    return a[:1].lower() == b[:1].lower() and min(len(a), len(b)) >= 4 and jellyfish.metaphone(a) == jellyfish.metaphone(b)


def same_first_sound(a: str, b: str) -> bool:
    """Whether two names start with one sound, so that they can be one name spelt two ways: the same letter, or
    letters that sound alike there ("Gillian"/"Jillian", "Catherine"/"Katherine", "Carl"/"Karl")."""
    if a[:1].lower() == b[:1].lower():
        return True
    sound_a, sound_b = jellyfish.metaphone(a), jellyfish.metaphone(b)
    return bool(sound_a) and sound_a[:1] == sound_b[:1]


def _combine_parties(group: list[Party]) -> Party:
    names = Counter(p.name for p in group)
    # The fullest form the sources use, the most used among equals.
    name = max(names, key=lambda n: (len(n.split()), names[n], -len(n)))
    roles = _distinct_roles([role for party in group for role in party.roles])
    roles = [r for r in roles if not SHARED_KIN.search(r)] or roles
    aliases = []
    for party in group:
        for alias in [party.name, *party.aliases]:
            if alias != name and alias not in aliases:
                aliases.append(alias)
    # The kind most sources give; a body over a person when they split evenly (a bare name reads as a person)
    kinds = Counter(p.kind for p in group)
    kind = max(kinds, key=lambda k: (kinds[k], k != "person"))
    return Party(name=name, kind=kind, roles=roles, aliases=aliases,
                 citations=_unique([c for p in group for c in p.citations]))


# Words that name the same role; "Liang's attorney" and "Liang's lawyer" are one role.
_ROLE_SYNONYMS = {"attorney": "lawyer", "counsel": "lawyer", "justice": "judge", "cop": "officer",
                  "ex": "former", "partner": "partner"}


def _role_words(role: str) -> frozenset[str]:
    # ("U.S. District Judge" and "US District Judge" are one role)
    words = re.findall(r"[\w']+", re.sub(r"\b(\w)\.(?=\w\.)|(?<=\b\w)\.", r"\1", role.lower().replace("\u2019", "'")))
    return frozenset(_ROLE_SYNONYMS.get(w, w) for w in words if w not in {"the", "a", "an", "of"})


def _distinct_roles(roles: list[str]) -> list[str]:
    """Roles in first-seen order, leaving out any whose words another role already says, and any whose head noun
    an earlier role has ("founder of Quillfeather Labs" and "the founder of the failed crypto start-up Quillfeather
    Labs" are one role told twice)."""
    kept: list[str] = []
    for role in sorted(dict.fromkeys(roles), key=lambda r: -len(_role_words(r))):
        words = _role_words(role)
        if words and not any(words <= _role_words(k) for k in kept):
            kept.append(role)
    heads: set[str] = set()
    distinct = []
    for role in dict.fromkeys(roles):
        head = _role_head(role)
        if role in kept and head not in heads:
            distinct.append(role)
            heads.add(head)
    return distinct


def _role_head(role: str) -> str:
    """The noun a role is about: "founder" of "the founder of the failed start-up", "judge" of "U.S. District Judge"."""
    before = re.split(r"\s+(?:of|for|at|with|in|on|to|from|who|that|which|whose)\s+", role, maxsplit=1)[0]
    return before.split()[-1].lower() if before.split() else role.lower()


def merge_quotes(quotes: list[Quote]) -> list[Quote]:
    """The same words quoted by several sources become one quote citing them all. Across sources, the same words told
    with other end punctuation ("substantial and timely." and "substantial and timely") are one quote too, printed
    without it; a part of what the speaker is quoted saying at length in another source is left to the full quote: a
    reader is not shown one statement twice. Every citation of a quote cuts exactly its printed words."""
    merged: list[Quote] = []
    by_text: dict[str, Quote] = {}
    by_speaker: dict[str, list[Quote]] = {}
    for quote in quotes:
        same = by_text.get(quote.text)
        if same is None and quote.speaker:
            same = _said_in_another_source(quote, by_speaker.get(quote.speaker, []))
        if same is None:
            copy = dataclasses.replace(quote, citations=list(quote.citations))
            by_text[quote.text] = copy
            merged.append(copy)
            if quote.speaker:
                by_speaker.setdefault(quote.speaker, []).append(copy)
            continue
        if quote.text != same.text:
            core = _without_end_punctuation(quote)
            if core.text != _without_end_punctuation(same).text:
                if len(quote.text) > len(same.text):
                    same.text, same.citations = quote.text, list(quote.citations)  # the fuller words stand alone
                continue
            same.text, same.citations = core.text, _without_end_punctuation(same).citations
            quote = core
        same.citations = _unique(same.citations + quote.citations)
        same.speaker = same.speaker or quote.speaker
        same.speaker_role = same.speaker_role or quote.speaker_role
    for quote in merged:
        if not quote.speaker:
            full = _attributed_quote_holding(quote, merged)
            if full is not None:
                quote.speaker, quote.speaker_role = full.speaker, quote.speaker_role or full.speaker_role
    return merged


def _attributed_quote_holding(quote: Quote, quotes: list[Quote]) -> Optional[Quote]:
    """A quote with a known speaker whose words hold these unattributed ones: a headline or a deck repeats a piece of
    what the story quotes in full ("Defense asks for probation, saying Lee 'will carry the weight of these deaths'"),
    and the same words are the same speaker's."""
    words = _spoken_words(quote.text)
    if len(words) <= _LEAST_SHARED_WORDS:
        return None
    padded = f" {' '.join(words)} "
    return next((other for other in quotes
                 if other.speaker and padded in f" {' '.join(_spoken_words(other.text))} "), None)


# A few words are no statement of their own: "a lie", "we will" stand in many quotes that are not one
_LEAST_SHARED_WORDS = 3


def _said_in_another_source(quote: Quote, speakers_quotes: list[Quote]) -> Optional[Quote]:
    """The same speaker's quote, in other sources only, whose words are these or hold them. Within one source two
    quotes stay two: a story that repeats a phrase quotes it twice."""
    words = _spoken_words(quote.text)
    if len(words) < _LEAST_SHARED_WORDS:
        return None
    sources = {c.source for c in quote.citations}
    padded = f" {' '.join(words)} "
    for other in speakers_quotes:
        if sources & {c.source for c in other.citations}:
            continue
        other_words = _spoken_words(other.text)
        other_padded = f" {' '.join(other_words)} "
        if padded in other_padded or (len(other_words) >= _LEAST_SHARED_WORDS and other_padded in padded):
            return other
    return None


def _spoken_words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text.lower().replace("\u2019", "'"))


_END_PUNCTUATION = ".,;:!?\u2026 "


def _without_end_punctuation(quote: Quote) -> Quote:
    """The quote without the punctuation its story closed it with, each citation cut to match."""
    core = quote.text.rstrip(_END_PUNCTUATION)
    cut = len(quote.text) - len(core)
    return dataclasses.replace(quote, text=core,
                               citations=[dataclasses.replace(c, end=c.end - cut) for c in quote.citations])


def merge_sentencing(parts: list[Sentencing], sides: Optional[dict[str, str]] = None) -> Sentencing:
    """One sentencing from every source's; `sides` tells the side of a proposer named in person (see `sides_of`)."""
    # One source may say a wife was tried with the defendant where another only says she was sentenced too:
    # once any source makes someone a second defendant, their sentence in every source is the case's
    second_defendants = {t.subject for s in parts for t in s.terms if t.subject} | \
                        {c.subject for s in parts for c in s.charges if c.subject}
    others = [t for s in parts for t in s.others]
    return Sentencing(
        charges=_merge_charges([c for s in parts for c in s.charges]),
        terms=_merge_terms([t for s in parts for t in s.terms] + [t for t in others if t.subject in second_defendants],
                           sides or {}),
        others=_merge_terms([t for t in others if t.subject not in second_defendants], sides or {}),
        sentencing_date=_most_common_date([s.sentencing_date for s in parts if s.sentencing_date]),
        judge=_most_common_mention([s.judge for s in parts if s.judge]),
        court=_most_common_mention([s.court for s in parts if s.court]),
    )


def _charge_words(text: str) -> set[str]:
    """The charge's words by their stem: "violating an order of protection" and "violation of an order of protection",
    "possessing" and "possession", "endangering" and "endangerment", "conspiring" and "conspiracy" name one offence;
    an offence's initials stand for its words ("BUI manslaughter" is "boating under the influence manslaughter")."""
    return {_stem(word) for word in re.findall(r"[a-z0-9]+", _INITIALISM_FOLD.sub(_spelled_out, text).lower())}


# "DUI", "BUI", "OWI", "DWI": the offences news writes by their initials as often as in words
_INITIALISMS = {"DUI": "driving under the influence", "BUI": "boating under the influence", "DWI": "driving while intoxicated",
                "OWI": "operating while intoxicated", "OUI": "operating under the influence", "BWI": "boating while intoxicated",
                "OVI": "operating a vehicle impaired", "DWAI": "driving while ability impaired"}
_INITIALISM_FOLD = re.compile(r"\b(?:" + "|".join(_INITIALISMS) + r")\b")


def _spelled_out(m: re.Match[str]) -> str:
    return _INITIALISMS[m.group()]


def _stem(word: str) -> str:
    for suffix in ("ments", "ment", "ions", "ion", "ing", "acy"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[:-len(suffix)]
    return word


def _offence_words(text: str) -> set[str]:
    """The words that name the offence, as another story may put it: a grade ("felony theft") or the joining word
    ("abuse and neglect", "abuse or neglect") does not make another charge; "felony murder" is an offence of its own.
    (One story that names "felony animal abuse" and "animal abuse and neglect" means two counts.)"""
    words = _charge_words(text)
    return words if {"felony", "murder"} <= words else words - _GRADE_AND_JOINING_WORDS


_GRADE_AND_JOINING_WORDS = frozenset({"and", "or", "felony", "misdemeanor"})


def _same_act(a: str, b: str) -> bool:
    """Two charges that each open on the act they punish name the same act: "supplying methamphetamine" is not
    "possession of methamphetamine for supply", though every word of one stands in the other ("violating an order"
    and "violation of an order" are one act)."""
    act_a, act_b = _act(a), _act(b)
    return act_a is None or act_b is None or act_a == act_b


def _act(text: str) -> Optional[str]:
    first = re.match(r"[a-z]+", text.lower())
    if first is None or not first.group().endswith(("ing", "ion", "ment")):
        return None
    return _stem(first.group())


def _covered(words: set[str], other: set[str]) -> bool:
    """Does `other` hold every word, a victim's name spelled another way counting as that name ("the manslaughter of
    Paul Gilmore" and "... of Paul Gilmour": two stories' spellings of one count)?"""
    return all(word in other or len(word) >= 5 and any(len(o) >= 5 and o[0] == word[0] and fuzz.ratio(word, o) >= 80
                                                       for o in other)
               for word in words)


def _merge_charges(charges: list[Charge]) -> list[Charge]:
    """"manslaughter" in one source and "second-degree manslaughter" in another are one charge; "conspiracy to
    commit wire fraud" and "wire fraud" are two."""
    merged: list[Charge] = []
    # (of two names for one offence, the one in words leads: "boating under the influence manslaughter", not "BUI ...")
    for charge in sorted(charges, key=lambda c: (-len(_charge_words(c.text)), _INITIALISM_FOLD.search(c.text) is not None)):
        words = _charge_words(charge.text)
        sources = {c.source for c in charge.citations}
        same = next((m for m in merged if m.subject == charge.subject
                     # (a spelling differs only between two stories; one story spells its own words one way)
                     and (words <= _charge_words(m.text) or (not sources & {c.source for c in m.citations}
                                                             and _covered(_offence_words(charge.text), _offence_words(m.text))))
                     and bool(INCHOATE_OFFENCE.search(m.text)) == bool(INCHOATE_OFFENCE.search(charge.text))
                     and _same_act(charge.text, m.text)
                     and not (charge.status in _GUILTY and m.status in _NOT_GUILTY)), None)
        if same is None:
            merged.append(dataclasses.replace(charge, citations=list(charge.citations)))
            continue
        same.citations = _unique(same.citations + charge.citations)
        if same.status == "charged" and charge.status != "charged":
            same.status = charge.status
    order = {(c.subject, c.text): i for i, c in enumerate(charges)}
    return sorted(merged, key=lambda c: (c.subject is not None, order.get((c.subject, c.text), 0)))


# A conviction is never folded into a count the defendant was cleared of: convicted of "hazing" and acquitted of
# "aggravated hazing" are two charges (acquitted on two "tampering" counts beside the conviction for "tampering with a
# consumer product" is that charge's partial acquittal, and folds)
_GUILTY = frozenset({"convicted", "pleaded guilty"})
_NOT_GUILTY = frozenset({"acquitted", "dismissed"})


def term_key(term: Term) -> tuple[str, Optional[float], Optional[str]]:
    """Kind and amount in one unit: "a year" and "12 months" are the same length of time."""
    amount, unit = term.amount, term.unit
    if amount is not None and unit == "years":
        amount, unit = amount * 12, "months"
    if amount is not None and unit == "weeks":
        amount, unit = amount * 7, "days"
    return term.kind, amount, unit


def _same_amount(a: Term, b: Term) -> bool:
    """Equal in kind and amount, or one a sum in millions that the other's exact figure rounds to."""
    (kind_a, amount_a, unit_a), (kind_b, amount_b, unit_b) = term_key(a), term_key(b)
    if (kind_a, amount_a, unit_a) == (kind_b, amount_b, unit_b):
        return True
    if amount_a is not None and (amount_a, unit_a) == (amount_b, unit_b) and _KIND_FAMILY.get(kind_a, kind_a) == _KIND_FAMILY.get(kind_b, kind_b) \
            and not {c.source for c in a.citations} & {c.source for c in b.citations}:
        # "five years and two months' imprisonment" in one story and "... in jail" in another (Australia): one length
        # in two words. (One story's own two wordings stay as its extraction kept them: "jailed for 20 years" in the
        # lede may be the whole, "20 years' jail" the count's.)
        return True
    return kind_a == kind_b and unit_a == unit_b and amount_a is not None and amount_b is not None \
        and (rounds_to(a.text, amount_a, amount_b) or rounds_to(b.text, amount_b, amount_a))


_TOLD_BY_VERB = re.compile(r"(?:jailed|imprisoned|sentenced|locked\s+up)\s+(?:to|for)\b", re.IGNORECASE)
# Kinds that name one punishment in different words, told of the same length: custody ("jail" is prison in Commonwealth
# copy) and the least time before parole ("a non-parole period of 13 months", "must serve 13 months before parole")
_KIND_FAMILY = {"jail": "prison", "non_parole_period": "minimum_term"}


# A sum given to a decimal of millions or billions: "$1.2 million", "about $31.4 million"
_ROUNDED_SUM = re.compile(r"\d+(?:\.(?P<decimals>\d+))?\s*(?P<scale>million|billion)\b", re.IGNORECASE)


# A length or sum told loosely, and how far the exact figure may lie from it, as fractions of it: "nearly 10 years" is
# 114 months, "more than eight years" 97 months, "about $2 million" $2,150,000 (a cap asked for, "no more than three
# years", is a bound, not a rounding)
_LOOSELY = re.compile(r"\b(?:(?P<below>nearly|almost|just\s+(?:under|shy\s+of)|less\s+than|under)"
                      r"|(?P<above>(?<!\bno\s)(?<!\bnot\s)more\s+than|over|just\s+over)"
                      r"|(?P<near>about|roughly|approximately|around|some|close\s+to))\s+(?=[$\u00a3\u20ac\d]|(?:a|one|two|three|four|five|six"
                      r"|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\b)", re.IGNORECASE)
_LOOSE_RANGES = {"below": (0.8, 1.0), "above": (1.0, 1.25), "near": (0.9, 1.1)}


# A length told in decades: "will spend the next two decades in prison" for 23 years, "a decade behind bars" for 11
_DECADES = re.compile(r"\b(?:a|one|two|three|four|five|six)\s+decades?\b", re.IGNORECASE)
_DECADE_RANGE = (0.8, 1.25)


def rounds_to(text: str, amount: float, other: float) -> bool:
    """Whether `other` is `amount` as `text` rounds it: "$1.2 million" for $1,214,600 is one figure told two ways
    (not "$31.4 million" for $31.6 million), as is "nearly 10 years" for 114 months (not for 84), and "two decades"
    for 23 years (not for 30)."""
    if _DECADES.search(text):
        return _DECADE_RANGE[0] * amount <= other <= _DECADE_RANGE[1] * amount
    loosely = _LOOSELY.search(text)
    if loosely is not None:
        low, high = _LOOSE_RANGES[loosely.lastgroup or "near"]
        return low * amount <= other <= high * amount
    rounded = _ROUNDED_SUM.search(text)
    if rounded is None:
        return False
    scale = 1e6 if rounded.group("scale").lower() == "million" else 1e9
    step = scale / 10 ** len(rounded.group("decimals") or "")
    return abs(other - amount) < step / 2


def told_loosely(text: str) -> bool:
    """A figure rounded or qualified ("$1.2 million", "nearly 10 years"), which an exact one beside it replaces."""
    return bool(_ROUNDED_SUM.search(text) or _LOOSELY.search(text) or _DECADES.search(text))


_BARE_LENGTH = re.compile(r"[\w.,-]+\s+(?:years?|months?|weeks?|days?)", re.IGNORECASE)
_CUSTODY_WORD = re.compile(r"\b(?:prison|jail|penitentiary|custody|imprisonment|incarceration|behind\s+bars)\b", re.IGNORECASE)


def _merge_terms(terms: list[Term], sides: dict[str, str]) -> list[Term]:
    """"five years probation" and "five years of probation" are one recommended term."""
    merged: list[Term] = []
    told_by: dict[int, int] = {}  # how many citations the wording each merged term shows has of its own
    for term in sorted(terms, key=lambda t: t.status == "other"):
        same = next((m for m in merged if _same_term(m, term, sides)), None)
        if same is None:
            merged.append(dataclasses.replace(term, citations=list(term.citations)))
            told_by[id(merged[-1])] = len(term.citations)
            continue
        citations = _unique(same.citations + term.citations)
        # (but a bare length never takes the place of one told with its kind: "more than 17 years in federal prison"
        # reads better than "210 months")
        exact = told_loosely(same.text) and not told_loosely(term.text) \
            and not (_BARE_LENGTH.fullmatch(term.text) and _CUSTODY_WORD.search(same.text))
        # (a term named by its noun reads better in a table than one told by the verb: "total effective sentence of
        # 10 years' jail" over "jailed for 10 years")
        named = _TOLD_BY_VERB.match(same.text) is not None and _TOLD_BY_VERB.match(term.text) is None and term.status == same.status
        if exact or named or (len(term.citations) > told_by[id(same)] and term.status != "other" and term_key(term) == term_key(same)):
            # the exact sum over a rounded one ("$1,214,600", not "$1.2 million"), else the wording most mentions use
            # ("a month in prison" four times, "a full month's imprisonment" once), with its status and proposer; its
            # own words are the citation printed first
            citations = _unique(term.citations + same.citations)
            index = next(i for i, m in enumerate(merged) if m is same)  # (two merged terms may be equal in value)
            merged[index] = same = dataclasses.replace(term, by=term.by or same.by)
            told_by[id(same)] = len(term.citations)
        same.citations = citations
        same.by = same.by or term.by
    merged = _without_bare_kinds(merged, sides)
    first_seen = {id(t): i for i, t in enumerate(merged)}
    return sorted(merged, key=lambda t: (_STATUS_ORDER.get(t.status, 9), first_seen[id(t)]))


# Kinds a length completes: "His defense asked for probation" and "his lawyer asked for five years of probation"
_LENGTH_KINDS = frozenset({"prison", "jail", "probation", "home_confinement", "supervised_release", "community_service"})


def _without_bare_kinds(terms: list[Term], sides: dict[str, str]) -> list[Term]:
    """A kind told without its length ("the defense asked for probation") beside the same side's ask of that kind with
    one ("five years of probation") is that ask, told loosely: one term, with both citations."""
    kept: list[Term] = []
    for term in terms:
        # (not "life in prison": its unit is its length; nor "an extended custodial sentence", a sentence of its own name)
        bare = term.amount is None and term.unit is None and not LAW_NAMED_SENTENCE.search(term.text)
        fuller = None if not bare or term.kind not in _LENGTH_KINDS else next(
            (t for t in terms if t is not term and t.amount is not None and t.kind == term.kind and t.subject == term.subject
             and status_family(t.status) == status_family(term.status)
             and proposer_side(t.by, sides) == proposer_side(term.by, sides)), None)
        if fuller is None:
            kept.append(term)
        else:
            fuller.citations = _unique(fuller.citations + term.citations)
    return kept


# Kinds whose terms differ by what is ordered, not only by how much: two of them with no amount are
# the same term only when their words are ("no jail time" and "no prison time" are one term; a boat's
# forfeiture and a house's are two).
_OPEN_ENDED_KINDS = frozenset({"forfeiture", "restitution", "fine", "treatment", "program", "disqualification",
                               "registration", "licence_revocation", "condition"})


_SUSPENSION = re.compile(r"\ball\s+but\b", re.IGNORECASE)


# Words that make a term one component of a sentence: a count's own term, one run beside or after another
_COMPONENT = re.compile(r"\b(?:concurrent(?:ly)?|consecutive(?:ly)?|specification|enhancement|on\s+(?:each|the|a|one)\s+"
                        r"(?:\w+\s+){0,3}(?:count|charge|conviction))\b", re.IGNORECASE)


def _same_term(a: Term, b: Term, sides: dict[str, str]) -> bool:
    """One punishment reported twice: same kind and length, same person, compatible status and proposer."""
    if not _same_amount(a, b) or a.subject != b.subject:
        return False
    if bool(_SUSPENSION.search(a.text)) != bool(_SUSPENSION.search(b.text)):
        return False  # "18 months behind bars" and "all but 18 months suspended": the time served and the suspension
    if a.unit == "life" and parole_differs(a.text, b.text):
        return False  # life without parole for one count, life with parole eligibility for another
    if a.status == b.status == "maximum" and b.citations \
            and {c.source for c in b.citations} <= {c.source for c in a.citations}:
        # two equal caps of one article, which its extraction kept apart (it folds one cap told twice, "faces up to 20
        # years" and "carries a maximum of 20 years"): two counts' caps ("Conspiracy carries a maximum sentence of 10
        # years in prison. Fraud is also punishable by up to 10 years in prison"), whatever their wording
        return False
    if a.text != b.text and (_COMPONENT.search(a.text) or _COMPONENT.search(b.text)) and not _one_count_told_twice(a, b):
        # "three years on a firearm specification" and "a concurrent 36-month prison term": two parts of one sentence
        # that happen to be as long
        return False
    if a.amount is None and a.kind in _OPEN_ENDED_KINDS:
        # Without an amount only the words tell two forfeitures (a boat, a house) or two orders apart.
        if fuzz.token_set_ratio(a.text.lower(), b.text.lower()) < 80:
            return False
    if not (status_family(a.status) == status_family(b.status) or b.status == "other"):
        return False
    # (a side told by role joins requests across stories; one story's own two requests, a prosecutor's by name and
    # "prosecutors'", are as the article step kept them, unless another story's telling already joined one of them:
    # then the case has one ask, which the story told twice)
    sources_a, sources_b = {c.source for c in a.citations}, {c.source for c in b.citations}
    across = not (sources_a & sources_b) or len(sources_a | sources_b) > 1 and not sources_a == sources_b
    if a.status == b.status == "imposed" and (_UNNAMED_JUDGE.fullmatch(a.by or "") or _UNNAMED_JUDGE.fullmatch(b.by or "")):
        return True  # "a Marion County judge" of one story is the judge the other names
    return a.by is None or b.by is None or _same_actor(a.by, b.by, sides if across else {}, across)


# A judge told by court or county only: "a Marion County judge", "the judge", "a federal judge", "judge"
_UNNAMED_JUDGE = re.compile(r"(?:(?:an?|the)\s+(?:[\w.'\u2019-]+\s+){0,4}?)?(?:judge|justice|jury|court)", re.IGNORECASE)


# What a per-count part is for: "19 years for second-degree murder", "19 years in prison on the murder count"
_COUNT_OF_PART = re.compile(r"\b(?:for|on)\s+(?:the\s+|a\s+|an\s+)?(?P<offence>[\w\s'\u2019-]+?)(?:\s+(?:count|charge|conviction))?$",
                            re.IGNORECASE)
_NOT_OFFENCE_WORDS = frozenset({"the", "a", "an", "of", "in", "prison", "first", "second", "degree", "each", "other", "count",
                                "charge", "conviction", "consecutive", "concurrent"})


def _one_count_told_twice(a: Term, b: Term) -> bool:
    """Two stories' parts for one count: "19 years for second-degree murder" and "19 years in prison on the murder
    count" (within one story two parts of one length are two counts)."""
    if {c.source for c in a.citations} & {c.source for c in b.citations}:
        return False
    counts = [_COUNT_OF_PART.search(t.text) for t in (a, b)]
    if not all(counts):
        return False
    words = [_charge_words(m.group("offence")) - _NOT_OFFENCE_WORDS for m in counts]
    return bool(words[0] and words[1] and (words[0] <= words[1] or words[1] <= words[0]))


def status_family(status: str) -> str:
    """"Prosecutors asked for 15 years" and "prosecutors are seeking 15 years" are one request, whichever word a
    story used."""
    return "recommended" if status == "sought" else status


def proposer_side(by: Optional[str], sides: Optional[dict[str, str]] = None) -> Optional[str]:
    """Prosecution or defence, so "prosecutors" and "federal prosecutors", or "Lee's lawyers" and "Lee's
    attorneys", are one proposer; any other proposer (a probation office, a plea deal) stands for itself."""
    if not by:
        return None
    if sides and by in sides:
        return sides[by]
    lowered = by.lower()
    if re.search(r"prosecut|district attorney|\bda\b|u\.s\. attorney|\bthe government\b|\bthe state\b|\bthe crown\b", lowered):
        return "prosecution"
    if re.search(r"lawyer|attorney|defen[cs]e|defender|counsel|solicitor|barrister|team", lowered):  # ("his public defender")
        return "defence"
    return by


# The department that prosecutes federal cases: one story's "the Justice Department asked for 108 months" is another's
# "prosecutors had sought a 108-month sentence" (within one story the two are kept as the story tells them)
_JUSTICE_DEPARTMENT = re.compile(r"\bjustice\s+department\b|\bdepartment\s+of\s+justice\b|\bdoj\b", re.IGNORECASE)


def _same_actor(a: str, b: str, sides: dict[str, str], across: bool = False) -> bool:
    if across:
        a, b = ("prosecutors" if _JUSTICE_DEPARTMENT.search(actor) else actor for actor in (a, b))
    if proposer_side(a, sides) == proposer_side(b, sides) in ("prosecution", "defence"):
        return True
    strip = lambda s: re.sub(r"\b(federal|state|the|u\.s\.)\s+", "", s.lower())
    return strip(a) == strip(b) or fuzz.token_set_ratio(strip(a), strip(b)) >= 90


# A role that says which side a person argues for: "Defense attorney", "Deputy District Attorney". A lawyer named only
# as someone's ("Roe's attorney") may act for a victim or a witness, so only these words tell a side.
_PROSECUTION_ROLE = re.compile(r"prosecut|district\s+attorney|u\.?s\.?\s+attorney|crown\s+(?:counsel|attorney)|procurator", re.I)
_DEFENCE_ROLE = re.compile(r"\bdefen[cs]e\s+(?:attorney|lawyer|counsel|solicitor|barrister|team)|public\s+defender", re.I)


_COUNSEL_OF = re.compile(r"(?P<client>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)['\u2019]s?\s+(?:(?:defen[cs]e|lead|longtime|trial)\s+)?"
                         r"(?:attorneys?|lawyers?|counsel|solicitors?|barristers?|legal\s+team)\b")


def sides_of(parties: list[Party], defendants: frozenset[str] = frozenset()) -> dict[str, str]:
    """The side of each person whose role names one, by every name they go by: "Miriam Hurd" asking for a year in jail
    and "his lawyers" asking for a year in jail are one request. A lawyer the role gives to a defendant (one of the
    `defendants`' surnames: "Blanchet's attorney") is the defence's."""
    sides: dict[str, str] = {}
    for party in parties:
        roles = " ; ".join(party.roles)
        side = "prosecution" if _PROSECUTION_ROLE.search(roles) else "defence" if _DEFENCE_ROLE.search(roles) else None
        counsel = _COUNSEL_OF.search(roles)
        if side is None and counsel and counsel.group("client").split()[-1] in defendants:
            side = "defence"
        if party.kind == "person" and side and not (_PROSECUTION_ROLE.search(roles) and _DEFENCE_ROLE.search(roles)):
            sides.update({name: side for name in (party.name, *party.aliases)})
    return sides


def _most_common_date(dates: list[DateValue]) -> Optional[DateValue]:
    if not dates:
        return None
    counts = Counter(d.value for d in dates if d.value is not None)
    if not counts:
        return dates[0]
    # (as many sources for each: the later hearing, as coverage follows a case to its revocation or resentencing)
    value = max(counts, key=lambda v: (counts[v], v))
    chosen = [d for d in dates if d.value == value]
    return dataclasses.replace(chosen[0], citations=_unique([c for d in chosen for c in d.citations]))


def _most_common_mention(mentions: list[Mention]) -> Optional[Mention]:
    if not mentions:
        return None
    names = [m.name or m.text for m in mentions]

    def fullest(name: str) -> str:
        # "Superior Court" in one story and "Maricopa County Superior Court" in another are one court, told in full
        return max((other for other in names if other == name or other.endswith(" " + name)), key=len)

    counts = Counter(fullest(name) for name in names)
    name = counts.most_common(1)[0][0]
    chosen = [m for m in mentions if fullest(m.name or m.text) == name]
    shown = next(m for m in chosen if (m.name or m.text) == name)
    return dataclasses.replace(shown, citations=_unique(shown.citations + [c for m in chosen for c in m.citations]))


def merge_events(events: list[Event]) -> list[Event]:
    """A timeline: events in date order, the same event from several sources merged once."""
    merged: list[Event] = []
    told: dict[tuple[str, str], _Telling] = {}  # (the reading of a sentence is asked for again and again across a case)

    def telling(e: Event) -> _Telling:
        key = (e.description, e.date.text)
        if key not in told:
            told[key] = _telling(e)
        return told[key]

    def one_happening(a: Event, b: Event) -> bool:
        return _one_happening(telling(a), telling(b))

    for event in events:
        same = next((m for m in merged if m.date.value == event.date.value
                     and m.date.granularity == event.date.granularity
                     and (fuzz.token_set_ratio(m.description, event.description) >= 75
                          or one_happening(m, event))), None)
        if same is None:
            # "A jury convicted Paredon in March" and "A federal jury on Thursday convicted ..." (March 14): one verdict,
            # told to the day by one story and to the month by another
            same = next((m for m in merged if (_within(m.date, event.date) or _within(event.date, m.date))
                         and one_happening(m, event)), None)
            if same is not None and _GRANULARITY_ORDER[event.date.granularity] > _GRANULARITY_ORDER[same.date.granularity]:
                same.date = event.date  # the finer date tells when
        if same is None:
            merged.append(dataclasses.replace(event, citations=list(event.citations)))
            continue
        # the sentence that gives the date shown tells the event ("placed him on leave in October 2023", not "... in
        # 2023"); else the story that names who it happened to ("convicted Tomas Vell", not "convicted him")
        dated_here = (same.date.text in event.description, same.date.text in same.description)
        # a story of the day itself tells what happened ("was sentenced Friday to 12 years"); the morning's preview only
        # what was to happen ("is set to be sentenced Friday"), which the timeline must not keep once it happened
        prospective = (bool(_PROSPECTIVE.search(event.description)), bool(_PROSPECTIVE.search(same.description)))
        # ... and the line that tells what came of it ("sentenced the actress on Friday to 14 days in prison") says more
        # than one that only tells it happened ("was sentenced in federal court Friday")
        outcome = (bool(_OUTCOME.search(event.description)), bool(_OUTCOME.search(same.description)))
        if telling(same).happening not in (None, "sentenced"):
            outcome = (False, False)  # (a fire's line is the one that tells the fire, not the term a story led with)
        if prospective[0] != prospective[1]:
            better = prospective[1]
        elif outcome[0] != outcome[1]:
            better = outcome[0]
        elif dated_here[0] != dated_here[1]:
            better = dated_here[0]
        else:
            better = len(_capitalised_after_first(event.description)) > len(_capitalised_after_first(same.description))
        if better:
            same.description, same.citations = event.description, _unique(event.citations + same.citations)
        else:
            same.citations = _unique(same.citations + event.citations)
    return sorted(_without_stale_previews(merged), key=lambda e: (e.date.value, _GRANULARITY_ORDER[e.date.granularity]))


def _without_stale_previews(events: list[Event]) -> list[Event]:
    """A day some story tells as past keeps no preview line of itself: "The hearing is scheduled to begin at 9 a.m.
    Friday" beside "sentenced him Friday to eight years" was the morning's news, overtaken by the day's."""
    told_as_past = {e.date.value for e in events if e.date.granularity == "day" and not _PROSPECTIVE.search(e.description)}
    return [e for e in events
            if not (e.date.granularity == "day" and e.date.value in told_as_past and _PROSPECTIVE.search(e.description))]


# What happened on a day, by its verb: two stories' sentences of one date that share it tell one event
_HAPPENING = re.compile(r"\b(?:(?P<convicted>convict\w*|found\s+(?:him|her|them)\s+guilty)|(?P<sentenced>sentenc\w*)"
                        r"|(?P<pleaded>plead\w*\s+guilty|pled\s+guilty)|(?P<indicted>indict\w*)|(?P<arrested>arrest\w*)"
                        r"|(?P<acquitted>acquit\w*)|(?P<vacated>vacat\w*|thr(?:ew|own)\s+out|overturn\w*)"
                        r"|(?P<revoked>revok\w*)|(?P<commuted>commut\w*)"
                        r"|(?P<died>died|killed|shot|found\s+(?:unresponsive|dead))"
                        r"|(?P<crash>crash(?:ed)?|struck|hit|collided)|(?P<released>releas\w*))\b",
                        re.IGNORECASE)
# ... or by its noun, after the date that modifies it or as the sentence's subject: "the 2014 fatal shooting of" is "whom he shot
# ... in November 2014", "a January 2023 fire" is "The fire broke out ... on Jan. 14, 2023". (Nowhere else: "was
# sentenced Thursday for the fire" is a sentencing.)
_DEED_NOUN = r"(?:(?P<died>shooting|stabbing|killing|death)|(?P<fire>fire|blaze))\b"
_NOUN_AFTER_DATE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?" + _DEED_NOUN, re.IGNORECASE)
_NOUN_AS_SUBJECT = re.compile(r"(?:the|a|an)\s+(?:[\w-]+\s+)?" + _DEED_NOUN, re.IGNORECASE)
_PAST_VERB = re.compile(r"\b[a-z]{3,}ed\b")
_OUTCOME = re.compile(r"\b(?:\d[\d,.\u00bd]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty)"
                      # ("a 14-day jail sentence"; not "after a two-week trial")
                      r"(?:\s+(?:years?|months?|weeks?|days?)\b|-(?:year|month|week|day)\s+(?:[\w-]+\s+)?(?:sentence|term)\b)"
                      r"|\blife\s+(?:in\s+prison|imprisonment|without)\b", re.I)
# ("will spend seven years in prison" tells the sentence given; "will learn his sentence Friday" one to come)
_PROSPECTIVE = re.compile(r"\b(?:(?:is|are|was|were)\s+(?:set|scheduled|due|expected|slated|to\s+be)|plans?|planned)\s+to\b"
                          r"|\bwill\s+(?:be|learn|hear|face|appear|stand|decide|hand|impose|rule|announce|preside)\b", re.I)
_NEAR = 60  # characters between a date and the verb it dates ("whose son died of an overdose in 2022")
# A span of years told as a span ("took payments between 2019 and 2023") is one stretch of the case however it is put
_SPAN = re.compile(r"\b(?:between\s+(?:(?:19|20)\d\d)\s+and|from\s+(?:(?:19|20)\d\d)\s+(?:to|through|until))\s+(?:19|20)\d\d\b")
def _within(coarse: DateValue, fine: DateValue) -> bool:
    """A month or year that holds the other date, which is told more finely."""
    if coarse.value is None or fine.value is None or \
            _GRANULARITY_ORDER[coarse.granularity] >= _GRANULARITY_ORDER[fine.granularity]:
        return False
    if coarse.granularity == "year":
        return coarse.value.year == fine.value.year
    return (coarse.value.year, coarse.value.month) == (fine.value.year, fine.value.month)


class _Telling(NamedTuple):
    """What one sentence tells of its date: the happening, the names, the span of years it gives."""
    happening: Optional[str]
    names: set[str]
    span: Optional[str]


def _telling(event: Event) -> _Telling:
    span = _SPAN.search(event.description)
    return _Telling(dated_happening(event), _capitalised_after_first(event.description),
                    " ".join(span.group().split()) if span else None)


def _one_happening(a: _Telling, b: _Telling) -> bool:
    """"A jury convicted him in 2022 after a two-week trial" and "A jury convicted Bechard in 2022 of fraud": one
    verdict. It is the verb nearest each date that tells what happened then ("Lovatt, whose son died of an overdose in
    2022, addressed the court before the sentence was handed down" dates a death, not a sentence). Names they both
    give must agree ("His wife was convicted in 2022" is another event)."""
    if a.span and a.span == b.span:
        return True
    if a.happening is None or a.happening != b.happening:
        return False
    if a.happening in ("crash", "died", "fire"):
        return True  # one case's crash, fire or death on one date is one, however each story names it
    # (two stories of one crash name it by different details: the street and the victim, or the hospital and the
    # victim; two names in common are one event, one in common may be a co-defendant's own step)
    return not a.names or not b.names or a.names <= b.names or b.names <= a.names or len(a.names & b.names) >= 2


def dated_happening(event: Event) -> Optional[str]:
    """The kind of happening the event's date dates: the verb nearest the date, else the sentence's only one."""
    kinds = [(m.start(), m.end(), m.lastgroup) for m in _HAPPENING.finditer(event.description)]
    at = event.description.find(event.date.text) if event.date.text else -1
    if at < 0:
        return kinds[0][2] if len({k for _, _, k in kinds}) == 1 else None
    end = at + len(event.date.text)
    modifies = re.search(r"\b(?:the|a|an|his|her|their|its)\s+$", event.description[max(0, at - 8):at], re.IGNORECASE)
    noun = (modifies and _NOUN_AFTER_DATE.match(event.description, end)) or _NOUN_AS_SUBJECT.match(event.description)
    if noun:
        return noun.lastgroup
    near = [(min(abs(start - end), abs(at - stop)), kind) for start, stop, kind in kinds
            if min(abs(start - end), abs(at - stop)) <= _NEAR]
    if near:
        return min(near)[1]
    # any other past-tense verb just before the date names the happening ("placed him on leave in October 2023")
    verbs = _PAST_VERB.findall(event.description, max(0, at - _NEAR), at)
    return f"verb:{verbs[-1].lower()}" if verbs else None


# "in Marlow County Court", "at the Pinellas County Justice Center": where it happened, which one story names and the
# other leaves out; only the people tell two happenings apart
_PLACE_NAMED = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w.'\u2019-]*)*")


# "by U.S. District Judge Renata Vell", "before Justice Bo Lee": who presided, not whom it happened to (the preview
# "is scheduled to be sentenced Oct. 2 by Judge Vell" and the day's "A Naperville adviser was sentenced Thursday" are
# one hearing)
_JUDGE_NAMED = re.compile(r"(?:\b[A-Z][\w.]*\s+){0,3}\b(?:Judge|Justice|Magistrate)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}")


def _capitalised_after_first(sentence: str) -> set[str]:
    unplaced = _JUDGE_NAMED.sub(" ", _PLACE_NAMED.sub(" ", sentence))
    words = (re.sub(r"[\u2019']s$", "", w) for w in re.findall(r"[A-Za-z][\w'\u2019-]*", unplaced)[1:])
    return {w for w in words if w[0].isupper() and w not in MONTHS_AND_DAYS and f"{w}." not in MONTHS_AND_DAYS}  # ("Oct.")


def _unique(citations: list[Citation]) -> list[Citation]:
    seen: set[Citation] = set()
    out = []
    for c in citations:
        if c not in seen:
            seen.add(c)
            out.append(c)
    return out
