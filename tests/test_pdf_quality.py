"""The seeds' PDFs checked with the tools a print office uses: qpdf, pdffonts, pdfinfo, pdftotext."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from builder.model import RenderOptions
from builder.render import render

SECTIONS = ["Summary", "Key parties", "Sentencing details", "Timeline", "Stakeholder reactions",
            "Where sources disagree", "Sources and citations"]
KINDS = [(variant, paper) for variant in ("briefing", "handout") for paper in ("letter", "a4")]


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: apt-get install poppler-utils qpdf)")
    return path


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=120).stdout


@pytest.fixture(scope="module")
def seed_pdfs(seed_briefing, tmp_path_factory) -> dict[tuple[str, str], Path]:
    folder = tmp_path_factory.mktemp("pdfs")
    out = {}
    for variant, paper in KINDS:
        pdf = render(seed_briefing, RenderOptions(variant=variant, paper=paper, formats=("pdf",)))["pdf"]
        out[variant, paper] = folder / f"{variant}-{paper}.pdf"
        out[variant, paper].write_bytes(pdf)
    return out


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: "-".join(k) if isinstance(k, tuple) else k)
def test_qpdf_finds_no_errors(seed_pdfs, kind):
    done = subprocess.run([_tool("qpdf"), "--check", str(seed_pdfs[kind])], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No syntax or stream encoding errors" in done.stdout


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: "-".join(k) if isinstance(k, tuple) else k)
def test_every_font_is_embedded_and_subset(seed_pdfs, kind):
    rows = _run(_tool("pdffonts"), str(seed_pdfs[kind])).splitlines()[2:]
    assert rows
    for row in rows:
        emb, sub = row.split()[-5:-3]
        assert (emb, sub) == ("yes", "yes"), row


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: "-".join(k) if isinstance(k, tuple) else k)
def test_pdfinfo_shows_title_metadata_tags_and_paper(seed_pdfs, kind, seed_briefing):
    info = _run(_tool("pdfinfo"), str(seed_pdfs[kind]))
    assert re.search(rf"^Title:\s+{re.escape(seed_briefing.title)}", info, re.M)
    assert re.search(r"^Subject:\s+\S", info, re.M) and re.search(r"^Keywords:\s+\S", info, re.M)
    assert re.search(r"^Tagged:\s+yes", info, re.M)
    assert re.search(r"^Pages:\s+[1-9]", info, re.M)
    as_of = seed_briefing.as_of
    assert re.search(rf"^CreationDate:.*\b{as_of:%b} {as_of.day:2d}\b.*{as_of.year}", info, re.M), info
    assert ("(letter)" if kind[1] == "letter" else "(A4)") in info


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_handout_is_exactly_one_page(seed_pdfs, paper):
    info = _run(_tool("pdfinfo"), str(seed_pdfs["handout", paper]))
    assert re.search(r"^Pages:\s+1$", info, re.M)


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_briefing_text_has_page_footer_and_every_section_in_order(seed_pdfs, paper, seed_briefing):
    text = _run(_tool("pdftotext"), "-layout", str(seed_pdfs["briefing", paper]), "-")
    pages = int(re.search(r"^Pages:\s+(\d+)", _run(_tool("pdfinfo"), str(seed_pdfs["briefing", paper])), re.M)[1])
    assert pages > 1
    for n in range(1, pages + 1):
        assert f"Page {n} of {pages}" in text
    assert text.count(f"As of {seed_briefing.as_of:%B} {seed_briefing.as_of.day}, {seed_briefing.as_of.year}") >= pages
    position = 0
    for heading in SECTIONS:
        found = re.compile(rf"^\s*{re.escape(heading)}\s*$", re.M).search(text, position)
        assert found, f"section {heading!r} missing or out of order"
        position = found.end()


def test_briefing_has_a_bookmark_per_section_and_links_to_notes(seed_pdfs):
    from pypdf import PdfReader

    reader = PdfReader(str(seed_pdfs["briefing", "letter"]))
    assert [item.title for item in reader.outline if not isinstance(item, list)] == SECTIONS
    internal_links = [a for page in reader.pages for a in (page.get("/Annots") or [])
                      if a.get_object().get("/Subtype") == "/Link" and "/Dest" in a.get_object()]
    assert len(internal_links) >= 10


def test_briefing_notes_are_numbered_in_order_each_naming_its_source(seed_pdfs, seed_briefing):
    """On paper the notes' numbers are printed text (right-aligned with figure spaces), not list markers: a reader
    still finds note N by its number at the start of a line, 1 to the last, each with its outlet."""
    text = _run(_tool("pdftotext"), "-layout", str(seed_pdfs["briefing", "letter"]), "-")
    notes = text[text.rindex("Notes"):]
    outlets = "|".join(re.escape(s.outlet) for s in seed_briefing.sources if s.outlet)
    numbers = [int(n) for n in re.findall(rf"^[\s\u2007]*(\d+)\.\s+(?:{outlets}),", notes, re.M)]
    assert len(numbers) >= 20
    assert numbers == list(range(1, len(numbers) + 1))


def test_handout_text_has_the_handout_parts(seed_pdfs, seed_briefing):
    text = " ".join(_run(_tool("pdftotext"), str(seed_pdfs["handout", "a4"]), "-").split())
    for heading in ("What happened", "Sentencing", "Reactions", "Sources", "Page 1 of 1"):
        assert heading in text
    for term in seed_briefing.sentencing.terms[:3]:
        assert " ".join(term.text.split()) in text


def test_pdf_pages_render_to_images(seed_pdfs, tmp_path):
    """pdftoppm can draw every page (the PNGs are what a person looks at when checking the layout)."""
    for (variant, paper), pdf in seed_pdfs.items():
        _run(_tool("pdftoppm"), "-png", "-r", "40", str(pdf), str(tmp_path / f"{variant}-{paper}"))
    assert len(list(tmp_path.glob("handout-*.png"))) == 2
    assert len(list(tmp_path.glob("briefing-letter*.png"))) > 1


def test_a_handout_a_little_over_one_page_is_tightened_onto_one():
    import io

    from pypdf import PdfReader

    from builder.paths import bundled_templates
    from builder.render.pdf import html_to_pdf

    style = (bundled_templates() / "style.css").read_text(encoding="utf-8")

    def pages(paragraphs: int, one_page: bool) -> int:
        body = "".join(f"<p>Paragraph {i}: the council met again on the budget and voted late.</p>"
                       for i in range(paragraphs))
        html = f"<html><head><style>{style}</style></head><body class='handout'><h1>Case</h1>{body}</body></html>"
        pdf = html_to_pdf(html, base=bundled_templates(), folders=[bundled_templates()], one_page=one_page)
        return len(PdfReader(io.BytesIO(pdf)).pages)

    paragraphs = 20
    while pages(paragraphs, one_page=False) == 1:  # grow until the normal type just runs onto a second page
        paragraphs += 4
    assert pages(paragraphs, one_page=True) == 1
