"""The render stage on a hand-made Briefing: sections, citations, escaping, refusal, safety."""
from __future__ import annotations

import dataclasses
import datetime as dt
import io
import logging
import re
import subprocess
import sys
from pathlib import Path

import pytest

from builder.errors import ContentError
from builder.model import Citation, RenderOptions
from builder.render import render

SECTIONS = ["Summary", "Key parties", "Sentencing details", "Timeline", "Stakeholder reactions",
            "Where sources disagree", "Sources and citations"]


def html_of(briefing, **options) -> str:
    return render(briefing, RenderOptions(formats=("html",), **options))["html"].decode("utf-8")


def h2_texts(html: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", h) for h in re.findall(r"<h2[^>]*>(.*?)</h2>", html)]


def test_html_has_every_section_in_order(sample_briefing):
    html = html_of(sample_briefing)
    assert h2_texts(html)[:len(SECTIONS)] == SECTIONS
    assert '<html lang="en">' in html
    for landmark in ("<header", "<nav", "<main", "<footer"):
        assert landmark in html


def test_every_citation_mark_links_to_a_note_and_every_note_to_its_passage(sample_briefing):
    html = html_of(sample_briefing)
    marks = set(re.findall(r'<sup class="cite">.*?</sup>', html))
    assert marks
    targets = set(re.findall(r'href="#(note-\d+)"', html))
    ids = set(re.findall(r'id="([^"]+)"', html))
    assert targets and targets <= ids
    passages = set(re.findall(r'class="to-passage" href="#([^"]+)"', html))
    assert passages and passages <= ids
    # numbering follows the page: the first mark on the page is note 1
    assert re.search(r'<sup class="cite"><a href="#(note-\d+)"', html).group(1) == "note-1"


def test_notes_name_outlet_headline_date_paragraph_and_quote_the_words(sample_briefing):
    html = html_of(sample_briefing)
    # The quote is printed in full where it is cited; its note names where it stands.
    number = re.search(r'the town deserves.{0,400}?href="#note-(\d+)"', html, re.S).group(1)
    note = re.search(rf'<li id="note-{number}">.*?</li>', html).group(0)
    assert "Harbor Ledger" in note
    assert "¶ 3" in note  # the quote is in the article's third body paragraph
    passage_id = re.search(r'href="#([^"]+)"', note).group(1)
    passage = re.search(rf'id="{passage_id}"><p>(.*?)</p>', html).group(1)
    assert "<mark>She took money meant for the library" in passage
    # the first note citing an article gives its full reference: outlet, headline, date
    notes = re.findall(r'<li id="note-\d+">.*?</li>', html)
    first = next(n for n in notes if "Harbor Ledger" in n)
    assert "Judge weighs sentence for former clerk Dana Reyes" in first and "March 4, 2024" in first


def test_later_notes_name_their_article_by_outlet_alone(sample_briefing):
    # A notes list of fifty full references to the same article fills pages: after the first, a note is short
    notes = [re.sub(r"<[^>]+>", "", n) for n in re.findall(r'<li id="note-\d+">.*?</li>', html_of(sample_briefing))]
    ledger = [n for n in notes if "Harbor Ledger" in n]
    assert len(ledger) >= 2
    assert all(re.match(r"Harbor Ledger, (?:¶ \d+|headline|outside the article body|metadata)", n) for n in ledger[1:]), ledger


def test_later_notes_keep_the_headlines_first_words_where_an_outlet_has_two_articles(sample_briefing):
    second = dataclasses.replace(sample_briefing.sources[1], outlet=sample_briefing.sources[0].outlet)
    briefing = dataclasses.replace(sample_briefing, sources=[sample_briefing.sources[0], second])
    notes = [re.sub(r"<[^>]+>", "", n) for n in re.findall(r'<li id="note-\d+">.*?</li>', html_of(briefing))]
    later = [n for n in notes if "Harbor Ledger" in n and not re.search(r"\d{4}, ", n)]
    assert later and all(re.match(r"Harbor Ledger, “[^”]+,” (?:¶|headline|outside the article body|metadata)", n) for n in later), later
    assert any(n.startswith("Harbor Ledger, “Judge weighs sentence,” ") for n in later), later  # (not "... for")


def test_short_citations_quote_their_words_in_the_note(sample_briefing):
    html = html_of(sample_briefing)
    notes = re.findall(r'<li id="note-\d+">.*?</li>', html)
    short = [n for n in notes if re.search(r":</span> \u201c[^\u201d]{1,80}\u201d", n)]
    assert short, notes[:3]
    assert all(len(re.search(r"\u201c([^\u201d]*)\u201d", n.split("</span>")[1]).group(1).split()) <= 12 for n in short)


def test_source_text_is_escaped_never_markup(sample_briefing):
    html = html_of(sample_briefing)
    assert "<b>to anyone</b>" not in html
    assert "&lt;b&gt;to anyone&lt;/b&gt;" in html


def test_sentencing_shows_terms_by_status_and_days_to_sentencing(sample_briefing):
    html = html_of(sample_briefing)
    assert "(in 20 days)" in html
    table = re.search(r'<table class="terms">.*?</table>', html, re.S).group(0)
    assert table.index("Recommended") < table.index("three years in prison") < table.index("Sought")
    assert table.index("Sought") < table.index("300 hours of community service")
    assert "Omar Lind" in table and "Ben Okafor" in table
    assert "<thead>" in table  # repeated on every page the table spans


@pytest.mark.parametrize("as_of, expected", [
    (dt.date(2024, 3, 25), "(today)"),
    (dt.date(2024, 3, 28), "(took place 3 days ago)"),
    (dt.date(2024, 3, 24), "(in 1 day)"),
    (dt.date(2024, 5, 20), "(took place 56 days ago)"),
    # far off, in the units people count in rather than 1,253 days
    (dt.date(2027, 8, 30), "(took place 3 years and 5 months ago)"),
    (dt.date(2025, 3, 25), "(took place 1 year ago)"),
    (dt.date(2024, 1, 10), "(in 2 months)"),
])
def test_distance_to_sentencing_date_follows_the_as_of_date(sample_briefing, as_of, expected):
    assert expected in html_of(dataclasses.replace(sample_briefing, as_of=as_of))


def test_timeline_is_an_svg_with_month_dates_as_months(sample_briefing):
    html = html_of(sample_briefing)
    svg = re.search(r"<svg.*?</svg>", html, re.S).group(0)
    assert "<title" in svg and "Aug" in svg and "2022" in svg
    events = re.search(r'<ol class="events">(.*?)</ol>', html, re.S).group(1)
    assert "August 2022" in events and "August 1, 2022" not in events
    # listed in date order whatever the order of Briefing.events
    assert events.index("August 2022") < events.index("February 2, 2024") < events.index("March 25, 2024")


def test_conflicts_show_each_value_and_resolved_ones_as_resolved(sample_briefing):
    html = html_of(sample_briefing)
    part = html[html.index('id="h-disagreements"'):html.index('id="h-sources"')]
    assert "Reyes, 41" in part and "Dana Reyes, 42" in part
    assert "Resolved:" in part and "Whitford (editor&#39;s correction)" in part
    assert part.count("Resolved:") == 1
    # a subject the briefing words in lower case ("the judge's surname") opens its heading with a capital
    assert "<h3>The judge&#39;s surname " in part and "<h3>Dana Reyes&#39;s age " in part


def test_reactions_are_grouped_by_speaker_with_role(sample_briefing):
    html = html_of(sample_briefing)
    part = html[html.index('id="h-reactions"'):html.index('id="h-disagreements"')]
    assert part.count("<h3>") == 4
    assert "Ben Okafor" in part and "Reyes&#39;s defense attorney" in part and "supportive" in part


def test_editor_summary_replaces_sentences_and_cannot_embed_files(sample_briefing):
    edited = dataclasses.replace(
        sample_briefing,
        editor_summary_html='<p>Editor text <em>here</em>.</p><img src="file:///etc/passwd"><h1>x</h1>')
    html = html_of(edited)
    summary = html[html.index('id="h-summary"'):html.index('id="h-parties"')]
    assert "Editor text <em>here</em>." in summary
    assert "was convicted of first-degree embezzlement" not in summary
    assert "<img" not in html and "/etc/passwd" not in html


def test_refuses_a_quote_that_is_not_its_cited_words(sample_briefing):
    quote = sample_briefing.quotes[0]
    sample_briefing.quotes[0] = dataclasses.replace(quote, text=quote.text.replace("library", "school"))
    with pytest.raises(ContentError) as err:
        render(sample_briefing, RenderOptions(formats=("html",)))
    assert "ledger.txt" in str(err.value) and "quote" in str(err.value)


def test_refuses_a_citation_outside_its_source(sample_briefing):
    party = sample_briefing.parties[0]
    length = len(sample_briefing.sources[0].text)
    party.citations[0] = Citation(party.citations[0].source, length - 2, length + 40)
    with pytest.raises(ContentError, match="party \"Dana Reyes\""):
        render(sample_briefing, RenderOptions(formats=("pdf",)))


def test_only_the_requested_formats_are_rendered(sample_briefing):
    assert set(render(sample_briefing, RenderOptions(formats=("html",)))) == {"html"}


def test_handout_has_three_reactions_from_different_speakers_and_sides(sample_briefing):
    html = html_of(sample_briefing, variant="handout")
    reactions = re.findall(r'<figure class="reaction">.*?</figure>', html, re.S)
    assert len(reactions) == 3
    speakers = {re.search(r"— ([^,<(]+)", r).group(1).strip() for r in reactions}
    assert len(speakers) == 3
    assert any("(critical)" in r for r in reactions) and any("(supportive)" in r for r in reactions)
    assert h2_texts(html)[:4] == ["What happened", "Sentencing", "Reactions", "Sources"]


def test_two_renders_are_byte_identical(sample_briefing):
    first = render(sample_briefing, RenderOptions())
    second = render(sample_briefing, RenderOptions())
    assert first["html"] == second["html"]
    assert first["pdf"] == second["pdf"]


def test_html_render_does_not_import_weasyprint():
    code = ("import sys; sys.path.insert(0, 'tests'); import conftest; from builder.render import render; "
            "from builder.model import RenderOptions; "
            "render(conftest.sample_briefing.__wrapped__(), RenderOptions(formats=('html',))); "
            "print('weasyprint' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent)
    assert done.stdout.strip() == "False", done.stderr


# --- custom templates and what the PDF may read (SPEC §8) ---

def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_custom_template_in_the_case_folder_extends_the_bundled_one(sample_briefing, tmp_path):
    template = _write(tmp_path / "mine.html", '{% extends "bundled/briefing.html" %}'
                      '{% block kind %}Board memo{% endblock %}')
    html = html_of(sample_briefing, template=template, case_dir=tmp_path)
    assert '<p class="kicker">Board memo</p>' in html
    assert h2_texts(html)[:len(SECTIONS)] == SECTIONS


def _pdf_images(pdf: bytes) -> int:
    """Images the pages draw (WeasyPrint shares one resource dictionary, so one image counts per page)."""
    from pypdf import PdfReader

    return sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_pdf_fetches_nothing_outside_the_template_and_case_folders(sample_briefing, tmp_path, caplog):
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = _write(outside / "secret.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9">'
                    '<rect width="9" height="9"/></svg>')
    case = tmp_path / "case"
    case.mkdir()
    (case / "link.svg").symlink_to(secret)
    template = _write(case / "t.html", '{% extends "bundled/briefing.html" %}{% block nav %}'
                      '<img alt="a" src="file:///etc/passwd"><img alt="b" src="http://127.0.0.1:9/x.png">'
                      f'<img alt="c" src="{secret.as_uri()}"><img alt="d" src="link.svg">'
                      '<img alt="e" src="../outside/secret.svg">{% endblock %}')
    with caplog.at_level(logging.WARNING, logger="builder.render"):
        pdf = render(sample_briefing, RenderOptions(formats=("pdf",), template=template, case_dir=case))["pdf"]
    refused = [r.getMessage() for r in caplog.records if r.name == "builder.render"]
    assert any("/etc/passwd" in m for m in refused)
    assert any("127.0.0.1" in m for m in refused)
    assert any("link.svg" in m for m in refused)  # a symlink out of the case folder
    assert any("outside/secret.svg" in m for m in refused)
    assert b"root:" not in pdf
    assert _pdf_images(pdf) == _pdf_images(render(sample_briefing, RenderOptions(formats=("pdf",)))["pdf"])


def test_pdf_may_use_a_file_inside_the_case_folder(sample_briefing, tmp_path, caplog):
    (tmp_path / "seal.png").write_bytes(_tiny_png())
    template = _write(tmp_path / "t.html", '{% extends "bundled/briefing.html" %}'
                      '{% block nav %}<img alt="seal" src="seal.png">{% endblock %}')
    with caplog.at_level(logging.WARNING, logger="builder.render"):
        pdf = render(sample_briefing, RenderOptions(formats=("pdf",), template=template, case_dir=tmp_path))["pdf"]
    assert not [r for r in caplog.records if r.name == "builder.render"]
    plain = render(sample_briefing, RenderOptions(formats=("pdf",)))["pdf"]
    assert _pdf_images(pdf) > _pdf_images(plain) == 0


def _tiny_png() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0)  # 2x2, 8-bit greyscale
    pixels = zlib.compress(b"\x00\x00\xff\x00\xff\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


_OTHER_SONAME = '''
import ctypes.util, cffi.api
search, load = ctypes.util.find_library, cffi.api._load_backend_lib
def other_soname(backend, name, flags):  # a system whose Pango is not found under WeasyPrint's Linux name
    if name == "libpango-1.0.so.0" and ctypes.util.find_library is not search:
        raise OSError(name)
    return load(backend, name, flags)
cffi.api._load_backend_lib = other_soname
from builder.render.engine import import_weasyprint
pdf = import_weasyprint().HTML(string="<p>x</p>").write_pdf()
print(pdf[:5], ctypes.util.find_library is search)
'''


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the fast library lookup is for Linux")
def test_pdfs_are_still_made_where_weasyprint_needs_the_slow_library_search():
    # In a new process: this one may have imported WeasyPrint already.
    done = subprocess.run([sys.executable, "-c", _OTHER_SONAME], capture_output=True, text=True, timeout=120)
    # A PDF; the standard library's search is back in place; WeasyPrint's install hint never reached stdout.
    assert done.stdout == "b'%PDF-' True\n", done.stderr


_RARE_FONT_TOOLS = '''
import sys
from builder.render.engine import import_weasyprint
pdf = import_weasyprint().HTML(string="<p>x <b>y</b></p>").write_pdf()
before = "fontTools.subset" in sys.modules or "fontTools.varLib.instancer" in sys.modules
import weasyprint.pdf.fonts as fonts
options = fonts.subset.Options(hinting=False)  # what a WOFF or variable font in a template would reach
import fontTools.subset
print(pdf[:5], before, type(options) is fontTools.subset.Options)
'''


def test_static_fonts_never_load_the_font_rewriters_but_a_template_font_still_can():
    # In a new process: this one may have imported fontTools already.
    done = subprocess.run([sys.executable, "-c", _RARE_FONT_TOOLS], capture_output=True, text=True, timeout=120)
    assert done.stdout == "b'%PDF-' False True\n", done.stderr


def test_handout_says_who_asked_for_each_term_when_a_group_has_several_proposers(sample_briefing):
    terms = sample_briefing.sentencing.terms
    mixed = dataclasses.replace(sample_briefing.sentencing, terms=[
        dataclasses.replace(terms[0], status="recommended", by="Omar Lind"),
        dataclasses.replace(terms[1], status="recommended", by="Ben Okafor"),
        dataclasses.replace(terms[2], status="recommended", by="Ben Okafor")])
    html = html_of(dataclasses.replace(sample_briefing, sentencing=mixed), variant="handout")
    line = re.sub(r"<[^>]+>|\s+", " ", re.search(r"<li><strong>Recommended</strong>.*?</li>", html, re.S).group(0))
    assert "(by Omar Lind)" not in line.split(":", 1)[0]  # no lumped list of proposers after the label
    assert re.search(r"three years in prison \(by Omar Lind\)", line), line
    assert re.search(r"probation \(by Ben Okafor\)", line), line
    single = html_of(sample_briefing, variant="handout")
    assert re.search(r"<strong>Sought</strong> \(by Ben Okafor\):", single)


def test_a_reaction_is_labelled_with_the_role_the_parties_table_gives_not_a_title_from_one_quote():
    from builder.model import Citation, Party, Quote
    from builder.render.html import _reaction_groups

    cite = [Citation("a", 0, 5)]
    quotes = [Quote("I knew it was wrong,", cite, "Cal Brodsworth", "Coach"),
              Quote("Guilty.", cite, "Dale Ottery", "Ottery's client"),
              Quote("He ran.", cite, "Dale Ottery")]
    parties = [Party("Cal Brodsworth", "person", ["former head volleyball coach at Pellew State", "Coach"], cite),
               Party("Dale Ottery", "person", ["Tacoma man"], cite)]
    labels = {g.speaker: g.role for g in _reaction_groups(quotes, parties)}
    assert labels["Cal Brodsworth"] == "former head volleyball coach at Pellew State"
    assert labels["Dale Ottery"] == "Ottery's client"  # where-from only gives way to what the quote's sentence says


def test_events_of_one_date_share_one_marker_and_one_numbered_line(sample_briefing):
    rally, conviction, noticed, ask = sample_briefing.events
    same_day = dataclasses.replace(rally, date=conviction.date)
    html = html_of(dataclasses.replace(sample_briefing, events=[same_day, conviction, noticed, ask]))
    svg = re.search(r"<svg.*?</svg>", html, re.S).group(0)
    assert svg.count("<circle") == 3
    events = re.search(r'<ol class="events">(.*?)</ol>\s*(?:</section>|<p)', html, re.S).group(1)
    day = re.search(r'<li><span class="event-date">February 2, 2024</span>\s*<ul class="same-day">(.*?)</ul></li>',
                    events, re.S)
    assert day and day.group(1).count("<li>") == 2
    assert conviction.description in day.group(1) and rally.description in day.group(1)
    assert events.count('class="event-date"') == 3
