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
           run: Callable[..., Any] | None = None) -> dict[str, Any]:
    """{"html": ..., "pdf": ...} (bytes) for the formats in options.formats.

    `run(fn, *args)` makes the PDF, `fn(*args)` by default. The build passes a
    warm renderer process's `submit`, which lays out the PDF there and returns
    a handle (found under "pdf") whose `.result()` is the PDF.

    Raises ContentError, before anything is rendered, when a fact's citation
    does not cut its words from its source.
    """
    _refuse_unsupported_facts(briefing)
    out: dict[str, Any] = {}
    # The PDF first: a renderer process can make it while the screen HTML is made here.
    if "pdf" in options.formats:
        out["pdf"] = run(_print_pdf, briefing, options) if run is not None else _print_pdf(briefing, options)
    if "html" in options.formats:
        # Imported here: a build that makes only PDFs in a renderer process never loads Jinja2 itself.
        from builder.render.html import render_html

        out["html"] = render_html(briefing, options, for_print=False).encode("utf-8")
    return out


def prepare_to_print() -> None:
    """Load what every PDF of this process shares: WeasyPrint, fonts, stylesheets, Jinja2 and the bundled templates.

    A renderer process calls this while the build extracts, so none of it waits for the build's facts.
    """
    from builder.render.html import load_bundled_templates
    from builder.render.pdf import prepare

    prepare()
    load_bundled_templates()


def _print_pdf(briefing: Briefing, options: RenderOptions) -> bytes:
    """The print HTML (the screen page without its appendix of passages) laid out on paper."""
    from builder.render.html import render_html
    from builder.render.pdf import html_to_pdf

    base = options.template.parent if options.template else bundled_templates()
    folders = [bundled_templates()] + ([options.case_dir] if options.case_dir else [])
    return html_to_pdf(render_html(briefing, options, for_print=True), base=base, folders=folders,
                       one_page=options.variant == "handout")


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
