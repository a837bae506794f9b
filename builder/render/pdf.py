"""HTML -> PDF through WeasyPrint: tagged (PDF/UA-1), fonts subset, dates from the as-of date.

WeasyPrint is imported inside the function (see engine.py): a build with
nothing to do never pays for it.
"""
from __future__ import annotations

import functools
import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from builder.paths import bundled_templates
from builder.render.engine import import_weasyprint

if TYPE_CHECKING:
    from weasyprint.document import Document
    from weasyprint.css import CSS
    from weasyprint.text.fonts import FontConfiguration

_log = logging.getLogger("builder.render")

# Steps tried in turn when the handout runs past one page: smaller type, then tighter spacing.
# WeasyPrint gives stylesheets passed to render() the user's origin, which loses to
# the document's own rules unless marked !important.
_HANDOUT_SQUEEZE = [
    "",
    "@media print { body.handout { font-size: 9pt !important; line-height: 1.25 !important; }"
    " body.handout h1 { font-size: 15pt !important; } }",
    "@media print { body.handout { font-size: 8.5pt !important; line-height: 1.2 !important; }"
    " body.handout h1 { font-size: 14pt !important; }"
    " body.handout h2 { margin: 0.45rem 0 0.2rem !important; } .reaction { margin: 0.15rem 0 0.35rem !important; } }",
]


# The bundled templates' print HTML (base.html) names in a meta element the stylesheets
# this module applies from its own parsed copies instead of parsing them for every PDF.
_PRINT_STYLESHEETS = ("style.css", "paged.css")  # the names base.html gives, parsed ahead by prepare()
_BUNDLED_STYLESHEETS = re.compile(r'<meta name="briefing-print-stylesheets" content="((?:[a-z]+\.css ?)+)">')


@functools.lru_cache(maxsize=1)
def _shared_fonts() -> FontConfiguration:
    """The process's font configuration: Pango keeps the fonts it found and the text it shaped.

    Every PDF after the first skips finding and loading the system fonts again
    (a tenth of the time of a one-page PDF). Processes that fork renderers make
    it before forking, so each copy starts with it.
    """
    import_weasyprint()
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


# A page in the bundled templates' faces (serif and sans, bold and italic, superscript, table, list, SVG text), laid
# out once by prepare(): the first layout of a process loads and shapes those faces, and a renderer does it while it
# waits for the build's HTML instead of after (the briefing PDF then takes 0.05 s less).
_WARM_UP = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Warm-up</title>'
            f'<meta name="briefing-print-stylesheets" content="{" ".join(_PRINT_STYLESHEETS)}"></head>'
            '<body><h1>Briefing</h1><h2>Summary</h2><p>Text, <strong>bold</strong> and <em>italic</em>'
            '<sup class="cite"><a href="#n">1</a></sup>.</p><blockquote><p>\u201cQuoted,\u201d she said.</p></blockquote>'
            '<table><tr><th>Name</th><td>Role</td></tr></table><ol><li id="n">Note</li></ol>'
            '<svg viewBox="0 0 20 10" width="20" height="10"><circle cx="5" cy="5" r="2"/><text x="8" y="8">1</text></svg>'
            '</body></html>')


def prepare() -> None:
    """Import WeasyPrint and make what every PDF of this process shares: fonts, stylesheets and shaped faces.

    A process that forks renderers calls this first, so every copy inherits them.
    """
    _shared_fonts()
    for name in _PRINT_STYLESHEETS:
        _bundled_stylesheet(name)
    html_to_pdf(_WARM_UP, base=bundled_templates(), folders=[bundled_templates()], one_page=False)


@functools.lru_cache(maxsize=8)
def _bundled_stylesheet(name: str) -> CSS:
    """A bundled template stylesheet, parsed once per process (a tenth of a one-page PDF's time).

    WeasyPrint gives stylesheets passed to render() the user's origin, below the
    document's own rules; the bundled templates' only own rule is the page size.
    """
    weasyprint = import_weasyprint()
    return weasyprint.CSS(string=(bundled_templates() / name).read_text(encoding="utf-8"))


def html_to_pdf(html: str, *, base: Path, folders: list[Path], one_page: bool) -> bytes:
    """The PDF of `html`; relative URLs resolve against `base`, files only from `folders`.

    With `one_page`, type is tightened step by step until the document fits one
    page (a warning is logged if even the tightest step does not).
    """
    weasyprint = import_weasyprint()
    from weasyprint.text.fonts import FontConfiguration

    from builder.render.fetcher import FolderFetcher

    fetcher = FolderFetcher(folders)
    # A template's own @font-face fonts must not outlive its document; without any,
    # one configuration serves every PDF this process makes.
    fonts = FontConfiguration() if "@font-face" in html else _shared_fonts()
    document = weasyprint.HTML(string=html, base_url=base.as_uri() + "/", url_fetcher=fetcher)
    named = _BUNDLED_STYLESHEETS.search(html)
    bundled = [_bundled_stylesheet(name) for name in named.group(1).split()] if named else []
    squeezes = _HANDOUT_SQUEEZE if one_page else [""]
    rendered: Optional[Document] = None
    for extra in squeezes:
        sheets = bundled + ([weasyprint.CSS(string=extra, url_fetcher=fetcher, font_config=fonts)] if extra else [])
        rendered = document.render(stylesheets=sheets, font_config=fonts, pdf_variant="pdf/ua-1")
        if len(rendered.pages) <= 1:
            break
    assert rendered is not None
    if one_page and len(rendered.pages) > 1:
        _log.warning("the handout runs to %d pages; shorten the editor's summary or hide long quotes",
                     len(rendered.pages))
    return rendered.write_pdf(pdf_variant="pdf/ua-1")
