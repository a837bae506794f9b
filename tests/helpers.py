"""Shared helpers for tests that run the real CLI and read real PDFs back."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

# Curly quotation marks, as news sites print them (test texts build quotes with them)
O, C = "\u201c", "\u201d"

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


def run_cli(*args: str, cwd: Path | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    """`python -m builder ARGS` as a user would run it; returns the finished process."""
    return subprocess.run([sys.executable, "-m", "builder", *args], cwd=cwd or REPO,
                          capture_output=True, text=True, timeout=timeout)


def copy_seeds(dest: Path) -> Path:
    shutil.copytree(SEEDS, dest)
    return dest


def pdf_text(path: Path) -> str:
    """The PDF's text with whitespace folded and line-end hyphenation undone."""
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return fold(text)


def fold(text: str) -> str:
    text = text.replace("\u00ad", "")
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text)
    text = text.translate(str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"}))
    return " ".join(text.split())


def quotes_of(text: str, title: str = "") -> list[tuple[str, str | None]]:
    """(quote, speaker) pairs found in `text` (after `title` as its headline), each citation checked against the text."""
    from builder.extract.parties import find_parties
    from builder.extract.quotes import find_quotes
    from builder.sources import source_from_text

    source = source_from_text("story.txt", f"{title}\n\n{text}" if title else text)
    quotes = find_quotes(source, find_parties(source))
    for q in quotes:
        assert source.text[q.citation.start:q.citation.end] == q.text  # the product's core promise
    return [(q.text, q.speaker) for q in quotes]


def speaker_in(text: str, words: str, title: str = "") -> str | None:
    """The speaker found for the quote holding `words`."""
    return next(who for quote, who in quotes_of(text, title) if words in quote)


def facts_of(text: str):
    """Everything one article yields (parties, quotes, sentencing ...), for a story written for a test."""
    from builder.extract import extract
    from builder.sources import source_from_text

    facts = extract(source_from_text("story.txt", text))
    assert not facts.problems, facts.problems  # (extraction keeps a failing stage's bug out of sight otherwise)
    return facts


def wire_sentencing(body: str):
    """The sentencing facts of a one-story wire report (dated 2025-03-12) whose body is `body`."""
    return facts_of(f"title: Court case\noutlet: Test Wire\ndate: 2025-03-12\n\n{body}\n").sentencing


def wire_charges(body: str) -> list[str]:
    return [c.text for c in wire_sentencing(body).charges]


def wire_terms(body: str) -> list[str]:
    return [t.text for t in wire_sentencing(body).terms]


def dated_source(body: str, published: str = "2024-03-02"):
    """A story written for a test, its metadata only its publication date."""
    from builder.sources import source_from_text

    return source_from_text("case.txt", f"Date: {published}\n\n{body}")


def party_kinds(body: str, published: str = "2024-03-02") -> dict[str, str]:
    """The parties of a story: each name with its kind (person, organization)."""
    from builder.extract.parties import find_parties

    return {p.name: p.kind for p in find_parties(dated_source(body, published))}


def party_roles(body: str) -> dict[str, list[str]]:
    """The parties of a story: each name with its roles."""
    from builder.extract.parties import find_parties

    return {p.name: p.roles for p in find_parties(dated_source(body))}


def charge_texts(body: str) -> list[str]:
    """The words of each charge a story yields."""
    from builder.extract import extract

    return [c.text for c in extract(dated_source(body)).sentencing.charges]


def case_of(*stories: tuple[str, str], as_of=None):
    """The reconciled briefing of several stories (file name, text), each extracted alone as a build does."""
    import datetime as dt

    from builder.extract import extract
    from builder.model import CaseConfig
    from builder.reconcile import reconcile
    from builder.sources import source_from_text

    return reconcile(CaseConfig(case_dir=Path(".")), [extract(source_from_text(n, t)) for n, t in stories],
                     as_of or dt.date(2024, 6, 1))


def conflicts_of(*stories: tuple[str, str]) -> dict[str, list[str]]:
    """Each disagreement of the stories' case: its subject and the values the stories give, sorted."""
    return {c.subject: sorted(v.value for v in c.values) for c in case_of(*stories).conflicts}


def dated_facts(body: str, published: str):
    """Everything an article body yields when its metadata gives only the publication date."""
    return facts_of(f"Date: {published}\n\n{body}")


def texts(items) -> set[str]:
    """The words of each term or charge."""
    return {item.text for item in items}


def speaker_of(facts, start_of_quote: str) -> str | None:
    """The speaker of the quote that starts with `start_of_quote`."""
    return next(q.speaker for q in facts.quotes if q.text.startswith(start_of_quote))


def party_names(facts) -> list[str]:
    return [p.name for p in facts.parties]


def sentencing_of(*paragraphs: str, published: str = "2025-03-12", title: str = "Court case"):
    """The sentencing extracted from a story of these paragraphs; every term's citation is checked to cut its words."""
    from builder.extract import extract
    from builder.sources import source_from_text

    text = f"title: {title}\noutlet: Test Wire\ndate: {published}\n\n" + "\n\n".join(paragraphs) + "\n"
    source = source_from_text("story.txt", text)
    facts = extract(source)
    assert not facts.problems, facts.problems
    for term in facts.sentencing.terms + facts.sentencing.others:
        c = term.citations[0]
        assert source.text[c.start:c.end] == term.text
    return facts.sentencing


def all_term_texts(sentencing) -> list[str]:
    """The texts of the defendant's terms and of everyone else's."""
    return [t.text for t in sentencing.terms + sentencing.others]


def shown_terms(sentencing) -> list[tuple]:
    """Every term, the defendant's and everyone else's, as a failed assertion should show it."""
    return [(t.text, t.kind, t.status, t.subject) for t in sentencing.terms + sentencing.others]


def terms_of_kind(sentencing, kind: str) -> list:
    """The terms of `kind`, the defendant's and everyone else's."""
    return [t for t in sentencing.terms + sentencing.others if t.kind == kind]


def one_term_of_kind(sentencing, kind: str):
    """The one term of `kind`, the defendant's or someone else's."""
    found = terms_of_kind(sentencing, kind)
    assert len(found) == 1, shown_terms(sentencing)
    return found[0]


def any_term(sentencing, words: str):
    """The term, the defendant's or someone else's, whose text holds `words`."""
    found = [t for t in sentencing.terms + sentencing.others if words in t.text]
    assert found, f"no term with {words!r} in {[(t.text, t.status) for t in sentencing.terms + sentencing.others]}"
    return found[0]


def charges_by_text(*paragraphs: str) -> dict[str, str]:
    """Each charge of a story of these paragraphs, by its words: its status."""
    return {c.text: c.status for c in sentencing_of(*paragraphs).charges}


def terms_by_text(*paragraphs: str) -> dict[str, tuple[str, str]]:
    """Each term of a story of these paragraphs, by its words: its kind and status."""
    return {t.text: (t.kind, t.status) for t in sentencing_of(*paragraphs).terms}
