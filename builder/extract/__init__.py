"""Stage 2: per-source facts, each with citations into the source text (SPEC §4)."""
from __future__ import annotations

from builder.extract._defendant import find_defendant
from builder.extract.events import find_events
from builder.extract.parties import find_parties
from builder.extract.quotes import find_quotes
from builder.extract.sentencing import find_sentencing
from builder.extract.summary import rank_sentences
from builder.extract.values import find_values
from builder.model import Party, Source, SourceFacts


def extract(source: Source) -> SourceFacts:
    parties = find_parties(source)
    return SourceFacts(
        source=source,
        quotes=find_quotes(source, parties),
        parties=parties,
        sentencing=find_sentencing(source, parties),
        events=find_events(source),
        values=find_values(source, parties),
        summary=rank_sentences(source, _other_people(source, parties)),
    )


def _other_people(source: Source, parties: list[Party]) -> frozenset[str]:
    """Surnames of the people named besides the defendant (a co-defendant, a witness, a lawyer)."""
    defendant = find_defendant(source, parties)
    return frozenset(p.name.split()[-1] for p in parties
                     if p.kind == "person" and " " in p.name and p.name.split()[-1] != defendant.surname)
