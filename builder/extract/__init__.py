"""Stage 2: per-source facts, each with citations into the source text (SPEC §4)."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Optional, TypeVar

from builder.extract._defendant import Defendant, find_defendant
from builder.extract._lexicon import SHORT_FORMS, same_given_name
from builder.extract._regex import lazy_compile
from builder.extract.events import find_events
from builder.extract.lede import lede_description
from builder.extract.parties import find_parties
from builder.extract.quotes import find_quotes
from builder.extract.sentencing import find_sentencing
from builder.extract.summary import rank_sentences
from builder.extract.values import find_values
from builder.model import Citation, DateValue, Party, Quote, Sentencing, Source, SourceFacts

T = TypeVar("T")


def extract(source: Source) -> SourceFacts:
    """The facts of one source, each cited.

    A stage that fails on this source (a bug: a sentence none of its rules
    expected) leaves out its kind of fact for this source only, with a problem
    the build prints and `briefing check` lists: a briefing rebuilt on a
    schedule must not stop at one new article, and facts left out are never
    guessed at.
    """
    problems: list[str] = []

    def kept_apart(what: str, fallback: T, find: Callable[..., T], *args: object) -> T:
        try:
            return find(*args)
        except Exception as error:
            import logging  # (imported only here: each compiles patterns at import, a cost to every cold build)
            import traceback

            where = traceback.extract_tb(error.__traceback__)[-1]
            problems.append(f"{source.file}: its {what} were left out after an internal error ({type(error).__name__}: "
                            f"{error}, at {Path(where.filename).name}:{where.lineno}); please report it with this article")
            logging.getLogger("builder.extract").warning("%s", problems[-1])
            return fallback

    parties = kept_apart("parties", [], find_parties, source)
    defendant = kept_apart("parties", Defendant(None, None), _defendant_with_roles, source, parties)
    quotes = kept_apart("quotes", [], find_quotes, source, parties)
    kept_apart("parties", None, _fold_short_forms, parties, quotes)
    sentencing = kept_apart("sentencing details", Sentencing(), find_sentencing, source, parties, defendant)
    _describe_others_sentenced(parties, sentencing)
    _groups_with_their_article(source.text, parties, quotes)
    return SourceFacts(
        source=source,
        quotes=quotes,
        parties=parties,
        sentencing=sentencing,
        events=kept_apart("dated events", [], find_events, source, _sentenced_on(source, sentencing)),
        values=kept_apart("names and figures compared across sources", [], find_values, source, parties, defendant.name),
        summary=kept_apart("summary sentences", [], rank_sentences, source, _other_people(parties, defendant.surname)),
        defendant=defendant.name,
        problems=problems,
    )


# "Brandt family", "Andrade-Molina family", "Jessup's family": a family named by its people's surname
_FAMILY_LABEL = lazy_compile(r"(?P<surname>(?:[A-Z][\w.-]*(?:['\u2019][A-Z][\w-]*)?\s+){0,2}[A-Z][\w.-]*(?:['\u2019][A-Z][\w-]*)?)"
                             r"(?P<owner>[\u2019']s?)?\s+[Ff]amily")


# A body English names with "the": "the Justice Department", "the Bexar County Sheriff's Office", "the Department of
# Justice", "the Council on American-Islamic Relations" (a company, "Calon Care Ltd", or "Police Scotland" goes without)
_INSTITUTION_HEAD = lazy_compile(r"(?i:office|department|division|bureau|agency|administration|commission|board|authority"
                                 r"|ministry|service|patrol|unit|squad|court|council|committee|inspectorate|directorate"
                                 r"|association|union|coalition|alliance|foundation|society|institute)")
_INSTITUTION = lazy_compile(rf"(?:[A-Z][\w.'\u2019&-]*\s+)*?{_INSTITUTION_HEAD.pattern}(?:\s+(?:of|on|for)(?:\s+the)?(?:\s+[A-Z][\w.'\u2019&-]*)+)?"
                            rf"|{_INSTITUTION_HEAD.pattern}\s+(?:of|on|for)(?:\s+the)?(?:\s+(?:and\s+)?[A-Z][\w.'\u2019&-]*)+")


def _groups_with_their_article(text: str, parties: list[Party], quotes: list[Quote]) -> None:
    """A family or a public body speaks and is listed as English names it, "the Brandt family", "the Justice
    Department" (as the reader says "the family said"); "Jessup's family" is the same people when Jessup is a surname
    of the story's, never "Elijah's family"."""
    people = {p.name for p in parties if p.kind == "person"}
    surnames = {name.split()[-1] for name in people if " " in name}

    def labelled(name: str | None) -> str | None:
        if not name or name in people or name[:1].islower():
            return name
        family = _FAMILY_LABEL.fullmatch(name)
        if family is not None:
            if family.group("owner") and family.group("surname") not in surnames:
                return name
            return f"the {family.group('surname')} family"
        # (as the article itself writes it: "the Justice Department", but "Walsall Council", "at Wolverhampton Crown Court")
        told_with_article = f"the {name}" in text or f"The {name}" in text
        return f"the {name}" if told_with_article and _INSTITUTION.fullmatch(name) else name

    # (a photo credit "Whitfield Family" read as a person's name is the same family)
    by_name: dict[str, Party] = {}
    for party in list(parties):
        family = _FAMILY_LABEL.fullmatch(party.name) if party.kind == "person" else None
        if family is not None and not family.group("owner"):
            party.name, party.kind = f"the {family.group('surname')} family", "group"
        elif party.kind != "person" and labelled(party.name) != party.name:
            party.name = labelled(party.name) or party.name
        else:
            continue
        same = by_name.setdefault(party.name, party)
        if same is not party:
            same.citations.extend(c for c in party.citations if c not in same.citations)
            same.roles.extend(r for r in party.roles if r not in same.roles)
            parties.remove(party)
    for quote in quotes:
        quote.speaker = labelled(quote.speaker)


def _describe_others_sentenced(parties: list[Party], sentencing: Sentencing) -> None:
    """A person the story gives no role but a sentence of their own ("The man who ran the line, Marcus Doyle, 27, was
    jailed for eight years") is, to the reader of the parties table, someone also sentenced."""
    sentenced = {t.subject for t in sentencing.others if t.status in ("imposed", "other")}
    for party in parties:
        if party.kind == "person" and not party.roles and party.name in sentenced:
            party.roles.append("also sentenced")


def _sentenced_on(source: Source, sentencing: Sentencing) -> Optional[tuple[DateValue, Citation]]:
    """The day this story says the sentence was given, and where it tells the main term imposed (find_events); None
    before the sentencing (a preview's "is scheduled to be sentenced Tuesday"), or where the day is not told to the day."""
    day = sentencing.sentencing_date
    if day is None or day.value is None or day.granularity != "day" or source.published is None or day.value > source.published:
        return None
    imposed = [t for t in sentencing.terms if t.status == "imposed" and t.subject is None and t.later_hearing is None]
    # the sentence's main term tells the day ("will also be required to register" is a condition of it)
    main = next((t for t in imposed if t.kind in ("prison", "jail", "death")), None) \
        or next((t for t in imposed if t.kind in ("probation", "home_confinement", "community_service", "fine")), None)
    return (day, main.citations[0]) if main else None


def _defendant_with_roles(source: Source, parties: list[Party]) -> Defendant:
    """The story's defendant, with the roles the lede and the harm it tells give the defendant and the victims."""
    defendant = find_defendant(source, parties)
    _role_from_lede(source, parties, defendant.name)
    _victim_roles(source, parties, defendant.name)
    return defendant


def _fold_short_forms(parties: list[Party], quotes: list[Quote]) -> None:
    """ "Carrick State said" after "Carrick State University": the body by its first words is the body named in full.
    Attribution needs the short form as a party of its own to find who speaks; once quotes are found, it is folded
    into the full name, and its quotes take that name."""
    _fold_nicknames(parties, quotes)
    for short in [p for p in parties if p.kind == "organization"]:
        longer = [p for p in parties if p.kind == "organization" and p.name.startswith(short.name + " ")]
        if len(longer) != 1:
            continue
        full = longer[0]
        full.aliases.append(short.name)
        full.citations.extend(short.citations)
        # ("investigated by the FBI" after "the FBI Omaha Field Office": what the short form did, the body did)
        full.roles.extend(r for r in short.roles if r not in full.roles)
        parties.remove(short)
        for quote in quotes:
            if quote.speaker == short.name:
                quote.speaker = full.name


# Common English given names and the short forms news also prints them by ("Ronald Vick" is "Ronnie Vick")
def _fold_nicknames(parties: list[Party], quotes: list[Quote]) -> None:
    """ "Ronald Vick" and "Ronnie Vick" in one story are one person: the row keeps the full given name (or the longer
    form) and the other spelling as an alias."""
    people = [p for p in parties if p.kind == "person" and len(p.name.split()) == 2]
    for short in people:
        given, surname = short.name.split()
        fuller = [p for p in people if p is not short and p in parties and p.name.split()[1] == surname
                  and (p.name.split()[0] in SHORT_FORMS or len(p.name.split()[0]) > len(given)) and given not in SHORT_FORMS
                  and same_given_name(p.name.split()[0], given)]
        if len(fuller) != 1:
            continue
        full = fuller[0]
        full.aliases.append(short.name)
        full.aliases.extend(a for a in short.aliases if a not in full.aliases and a != full.name)
        full.roles.extend(r for r in short.roles if r not in full.roles)
        full.citations.extend(short.citations)
        parties.remove(short)
        for quote in quotes:
            if quote.speaker == short.name:
                quote.speaker = full.name


def _other_people(parties: list[Party], defendant_surname: str | None) -> frozenset[str]:
    """Surnames of the people named besides the defendant (a co-defendant, a witness, a lawyer)."""
    return frozenset(p.name.split()[-1] for p in parties
                     if p.kind == "person" and " " in p.name and p.name.split()[-1] != defendant_surname)


_CLAUSE_AFTER_ROLE = lazy_compile(r",?\s+(?:who|whose|that|accused|charged|convicted|suspected|sentenced|found|arrested"
                                r"|indicted)\b")


def _role_from_lede(source: Source, parties: list[Party], defendant_name: str | None) -> None:
    """A defendant the article gives no role ("Ann Lee, 44, remains in custody") takes the description its lede opened
    on ("A former day care owner will avoid prison ..."): news describes the accused first and names them after."""
    defendant = next((p for p in parties if p.name == defendant_name and p.kind == "person"), None)
    span = lede_description(source) if defendant is not None and not defendant.roles else None
    if defendant is None or span is None:
        return
    start, end = span
    for other in parties:
        at = source.text.find(other.name, start, end) if other is not defendant and other.kind == "person" else -1
        if at >= 0:
            # "former business manager of pop singer Odalys Quill": the role is hers to him, and "the singer said"
            # must not read as him; the role stops before the other person
            cut = max(source.text.rfind(f" {word} ", start, at) for word in ("of", "to", "for", "at"))
            end = cut if cut > start else start
    # "A Lisle man accused of striking a cyclist", "A former clerk who sold clean titles": the clause after the
    # description tells the story, not who the person is; the role is the noun phrase before it
    # (not "A man who shot a clerk": a bare noun is no role, and the clause is all that tells who he is)
    clause = _CLAUSE_AFTER_ROLE.search(source.text, start, end)
    if clause and len(source.text[start:clause.start()].split()) >= 2:
        end = clause.start()
    if len(source.text[start:end].split()) < 2:
        return
    defendant.roles.append(source.text[start:end])
    defendant.citations.append(source.cite(start, end))


_NAME = r"([A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z][\w'\u2019-]*){0,2})(?![\w'\u2019-])"
_HARMED = (r"(?:killed|murdered|stabbed|shot|abducted|kidnapped|assaulted|beaten|strangled|raped|attacked|robbed"
           r"|run\s+over|struck\s+and\s+killed|fatally\s+[a-z]+)")
_HARMING = (r"(?:kill(?:ed|ing)|murder(?:ed|ing)|stabb(?:ed|ing)|sho(?:t|oting)|abduct(?:ed|ing)|kidnapp?(?:ed|ing)|assault(?:ed|ing)"
            r"|beat(?:ing)?|strangl(?:ed|ing)|rap(?:ed|ing)|attack(?:ed|ing)|robb(?:ed|ing)|(?:struck|hit)\s+and\s+killed"
            r"|fatally\s+[a-z]+)")
# The ways news tells who was harmed, each naming them: "Bo Park, 62, died at the scene", "Bo Park was fatally shot",
# "the death of Bo Park", "stabbed Bo Park", "The victim, Bo Park,", "identified the man killed as Bo Park", and a
# victim described first and named in the next sentence ("abducted his former girlfriend ... . Bo Park, 31, told jurors")
# "the death of 22-month-old Elijah Brooks": the age a story puts before a name
_AGED = r"(?:(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-(?:year|month|week|day)-old\s+)?"
_VICTIM = lazy_compile(
    rf"{_NAME}(?:,(?!\s+(?:who|whose|whom)\b)[^.;,]{{0,40}}(?:,[^.;,]{{0,40}})?,)?\s+(?:and\s+(?:his|her|their)\s+[^.;]{{0,40}}?\s+)?"
    rf"(?:died|(?:was|were)\s+(?:pronounced\s+dead|found\s+dead|(?:later\s+)?{_HARMED}))\b"
    rf"|\b(?:death|killing|murder|slaying|body|remains|abduction|kidnapping|rape|beating|stabbing|shooting)\s+of\s+{_AGED}{_NAME}(?![\u2019']s)"
    rf"|\b{_HARMING}\s+{_AGED}{_NAME}(?![\u2019']s)"
    rf"|\b(?:burned|burning|torched|torching|set\s+fire\s+to|firebombed|vandali[sz]ed)\s+(?:down\s+)?the\s+(?:[a-z]+\s+)?"
    rf"(?:house|home|car|truck|apartment|business|trailer)\s+of\s+{_NAME}"
    rf"|\b(?:[Vv]ictims?,|(?:killed|dead|victims?)\s+as)\s+{_NAME}"
    rf"|\b{_HARMING}\s+(?:his|her|their)\s+(?:former\s+|ex-|estranged\s+)?(?:girlfriend|boyfriend|wife|husband|partner|fianc\w*)"
    rf"\b[^.;]{{0,80}}\.\s+{_NAME},\s+\d")


def _victim_roles(source: Source, parties: list[Party], defendant_name: str | None) -> None:
    """A person the article tells was killed, hurt or taken, and describes no other way, is the victim: the reader of
    the parties table needs to know who they are to the case. Never the defendant (or one of the same surname named
    by it alone: a relative shares it)."""
    people = {p.name: p for p in parties if p.kind == "person" and " " in p.name}
    by_surname: dict[str, list[Party]] = {}
    for p in people.values():
        by_surname.setdefault(p.name.split()[-1], []).append(p)
    defendant_surname = defendant_name.split()[-1] if defendant_name else None
    for paragraph in source.body():
        for m in _VICTIM.finditer(source.text, paragraph.start, paragraph.end):
            name = next(g for g in m.groups() if g)
            party = people.get(name)
            if party is None and " " not in name and name != defendant_surname and len(by_surname.get(name, [])) == 1:
                party = by_surname[name][0]
            if party is None or party.name == defendant_name or party.roles:
                continue
            party.roles.append("victim")
            party.citations.append(source.cite(m.start(), m.end()))
