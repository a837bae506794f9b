"""Stage 2: per-source facts, each with citations into the source text (SPEC §4)."""
from __future__ import annotations

from builder.extract._defendant import find_defendant
from builder.extract.events import find_events
from builder.extract.lede import lede_description
from builder.extract.parties import find_parties
from builder.extract.quotes import find_quotes
from builder.extract.sentencing import find_sentencing
from builder.extract.summary import rank_sentences
from builder.extract.values import find_values
from builder.model import Party, Quote, Source, SourceFacts


def extract(source: Source) -> SourceFacts:
    parties = find_parties(source)
    defendant = find_defendant(source, parties)
    _role_from_lede(source, parties, defendant.name)
    quotes = find_quotes(source, parties)
    _fold_short_forms(parties, quotes)
    return SourceFacts(
        source=source,
        quotes=quotes,
        parties=parties,
        sentencing=find_sentencing(source, parties, defendant),
        events=find_events(source),
        values=find_values(source, parties),
        summary=rank_sentences(source, _other_people(parties, defendant.surname)),
        defendant=defendant.name,
    )


def _fold_short_forms(parties: list[Party], quotes: list[Quote]) -> None:
    """ "Carrick State said" after "Carrick State University": the body by its first words is the body named in full.
    Attribution needs the short form as a party of its own to find who speaks; once quotes are found, it is folded
    into the full name, and its quotes take that name."""
    for short in [p for p in parties if p.kind == "organization"]:
        longer = [p for p in parties if p.kind == "organization" and p.name.startswith(short.name + " ")]
        if len(longer) != 1:
            continue
        full = longer[0]
        full.aliases.append(short.name)
        full.citations.extend(short.citations)
        parties.remove(short)
        for quote in quotes:
            if quote.speaker == short.name:
                quote.speaker = full.name


def _other_people(parties: list[Party], defendant_surname: str | None) -> frozenset[str]:
    """Surnames of the people named besides the defendant (a co-defendant, a witness, a lawyer)."""
    return frozenset(p.name.split()[-1] for p in parties
                     if p.kind == "person" and " " in p.name and p.name.split()[-1] != defendant_surname)


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
    if len(source.text[start:end].split()) < 2:
        return
    defendant.roles.append(source.text[start:end])
    defendant.citations.append(source.cite(start, end))
