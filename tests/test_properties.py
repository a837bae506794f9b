"""Property: whatever the text, extraction never raises and every citation cuts exactly its words."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builder.errors import UsageError
from builder.extract import extract
from builder.sources import source_from_text

PIECES = st.sampled_from([
    "\u201c", "\u201d", '"', "'", "\u2018", "\u2019", " said ", " told The Gazette", ", according to ",
    "Jane Doe", " Judge Roe ", " sentenced to five years in prison", " on March 3", ". ", "\n", "\n\n",
    "\r\n", " — ", "Mr. ", "$10,000 fine", " 28, ", " 3-year-old ", "{{ 7*7 }}", "<b>", "Image: ",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_extraction_never_raises_and_citations_cut_their_text(text):
    try:
        source = source_from_text("story.txt", text)
    except UsageError:
        return  # no article text at all: reported to the user, not a crash
    facts = extract(source)
    for q in facts.quotes:
        c = q.citations[0]
        assert source.text[c.start:c.end] == q.text
    for fact in [*facts.sentencing.terms, *facts.sentencing.charges, *facts.summary]:
        c = fact.citations[0]
        assert source.text[c.start:c.end] == fact.text
    for fact in [*facts.parties, *facts.events]:
        for c in fact.citations:
            assert 0 <= c.start < c.end <= len(source.text)
