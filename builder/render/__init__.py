"""Stage 4: Briefing -> HTML and PDF (SPEC §5).

The same Jinja2 template gives both: the HTML file for screens (with the cited
passages as an appendix, so every citation link lands inside the one file) and
the HTML that WeasyPrint lays out on paper (without that appendix: the notes
already quote the cited words).
"""
from __future__ import annotations

from typing import Any, Callable, Iterable

from builder.errors import ContentError
from builder.model import Briefing, Citation, RenderOptions
from builder.paths import bundled_templates


def render(briefing: Briefing, options: RenderOptions, *,
           make_pdf: Callable[..., Any] | None = None) -> dict[str, Any]:
    """{"html": ..., "pdf": ...} (bytes) for the formats in options.formats.

    `make_pdf` turns the print HTML into the PDF; it is called like
    `builder.render.pdf.html_to_pdf`, which is the default. The build passes one
    that hands the work to a warm renderer process, and finds what it returns
    (a Future) under "pdf".

    Raises ContentError, before anything is rendered, when a fact's citation
    does not cut its words from its source.
    """
    # Imported here: a renderer process that only makes PDFs (builder.render.pdf) needs no Jinja2.
    from builder.render.html import render_html
    from builder.render.pdf import html_to_pdf

    _refuse_unsupported_facts(briefing)
    out: dict[str, Any] = {}
    # The PDF first: a renderer process can lay it out while the screen HTML is made here.
    if "pdf" in options.formats:
        base = options.template.parent if options.template else bundled_templates()
        folders = [bundled_templates()] + ([options.case_dir] if options.case_dir else [])
        out["pdf"] = (make_pdf or html_to_pdf)(render_html(briefing, options, for_print=True), base=base,
                                                folders=folders, one_page=options.variant == "handout")
    if "html" in options.formats:
        out["html"] = render_html(briefing, options, for_print=False).encode("utf-8")
    return out


def _refuse_unsupported_facts(briefing: Briefing) -> None:
    """Quotes must be exactly their cited words; every other citation must fall inside its source."""
    sources = {s.id: s for s in briefing.sources}

    def check(kind: str, text: str, citations: Iterable[Citation], exact: bool = False) -> None:
        for c in citations:
            source = sources.get(c.source)
            if source is None:
                raise ContentError(f'{kind} "{text[:60]}" cites a source that is not in the case ({c.source}); '
                                   "re-run the build so facts and sources match")
            if not 0 <= c.start < c.end <= len(source.text) or (exact and source.text[c.start:c.end] != text):
                raise ContentError(f'{kind} "{text[:60]}" is not what the source says at characters '
                                   f"{c.start}-{c.end}; the file changed since extraction: re-run the build "
                                   "or fix the pinned fact", file=source.file)

    for q in briefing.quotes:
        check("quote", q.text, q.citations, exact=True)
    for p in briefing.parties:
        check("party", p.name, p.citations)
    s = briefing.sentencing
    for fact in [*s.charges, *s.terms, *s.others, *(m for m in (s.sentencing_date, s.judge, s.court) if m is not None)]:
        check("sentencing detail", fact.text, fact.citations)
    for e in briefing.events:
        check("event", e.description, [*e.citations, *e.date.citations])
    for sentence in briefing.summary:
        check("summary sentence", sentence.text, sentence.citations)
    for conflict in briefing.conflicts:
        for v in conflict.values:
            check(f"disputed {conflict.kind} of {conflict.subject}", v.text, v.citations)
