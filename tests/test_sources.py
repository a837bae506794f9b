"""Stage 1: decoding, metadata, paragraphs and clutter, on texts written for these tests."""
from pathlib import Path

import pytest

from builder.errors import UsageError
from builder.extract import extract
from builder.model import CaseConfig, SourceMeta
from builder.sources import read_case, source_from_text

ARTICLE = """Follow Example News on Facebook, Twitter and Instagram.

Judge Sentences Former Clerk in Fraud Case

A former county clerk was sentenced Tuesday to two years in prison, the judge said.
Image: The courthouse
The county courthouse on Main Street, where the hearing took place.Jane Photographer

RELATED: Other clerks under review

"I am sorry," the clerk told Example News.
"""


def _body_texts(source):
    return [source.text[p.start:p.end] for p in source.body()]


def test_a_labelled_video_headline_is_its_own_caption_and_the_story_goes_on():
    for label in ("VIDEO: Relatives of the victims speak outside the courthouse after the verdict",
                  "Photo gallery: Scenes from the first day of the trial in Dover"):
        source = source_from_text("v.txt", "Ada Pell was sentenced on Monday.\n\n" + label + "\n\n"
                                  "A jury convicted Pell in May of fraud and theft.\n")
        assert _body_texts(source) == ["Ada Pell was sentenced on Monday.", "A jury convicted Pell in May of fraud and theft."]


def test_clutter_captions_and_headline_are_kept_out_of_the_body():
    source = source_from_text("clerk.txt", ARTICLE)
    body = _body_texts(source)
    assert body == [
        "A former county clerk was sentenced Tuesday to two years in prison, the judge said.",
        '"I am sorry," the clerk told Example News.',
    ]
    kinds = {source.text[p.start:p.end][:12]: p.kind for p in source.paragraphs}
    assert kinds["Follow Examp"] == "clutter"
    assert kinds["RELATED: Oth"] == "clutter"
    assert kinds["Image: The c"] == "caption"
    assert kinds["The county c"] == "caption"
    assert kinds["Jane Photogr"] == "credit"  # a credited photographer is not a party
    assert source.title == "Judge Sentences Former Clerk in Fraud Case"
    assert source.outlet == "Example News"
    assert source.inferred == {"title", "outlet"}


@pytest.mark.parametrize("line", [
    "Download the Example 4 News app for alerts.",
    "Staff writer Sam Quill contributed to this report.",
    "Published: Jan. 3, 2025 at 9:14 AM EST | Updated: Jan. 3, 2025",
    "Copyright 2025 Example Media. All rights reserved.",
    "Copyright 2025 Example TV. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.",
    "[Newsletter signup: Get Courts Weekly in your inbox]",
    "Subscribe for $2 a month: Get unlimited access to local news.",
    "Have a news tip? Call us any time.",
    "This interview has been edited for length and clarity.",
    'Prior coverage: "Harbor town grocer avoids prison in tax case"',
    "PREVIOUS COVERAGE: Grocer indicted on tax charges",
    "Also read: Three charged in Harbor town fraud",
    "If you or someone you love is struggling with substance use, the state help line is available 24/7 at 1-800-555-0100.",
    'Editor\'s note: The Gazette first covered the case in 2023. Prior coverage: "Grocer charged in tax case"',
    "Read next: Boating deaths on the lake have doubled since 2019. Rangers say new rules will help.",
    "Read more at The Harbor Gazette.",
    "RELATED...",
    "Trending: Ferry fares to rise in spring",
    "Reach reporter Dana Quill at dana.quill@harborgazette.example.",
    "You can reach Sam Quill at squill@example.com or on X.",
    "A version of this article appears in print on March 3, 2025, Section A, Page 12 of the New York edition with "
    "the headline: Ex-Clerk Gets 4 Years.",
])
def test_site_furniture_lines_are_clutter(line):
    source = source_from_text("g.txt", f"The hearing opened.\n{line}\n")
    assert [p.kind for p in source.paragraphs] == ["body", "clutter"]


@pytest.mark.parametrize("label", ["Image caption,", "Media caption,", "Photo caption:"])
def test_a_labelled_caption_line_is_never_a_quote(label):
    text = (f'The inquest opened on Monday.\n{label} The baker was called "the kindest man on the street" by friends\n'
            '"He never missed a shift," his sister said.\n')
    source = source_from_text("c.txt", text)
    assert [p.kind for p in source.paragraphs] == ["body", "caption", "body"]
    assert [q.text for q in extract(source).quotes] == ["He never missed a shift,"]


def test_a_parenthesised_photo_credit_is_split_from_its_caption():
    source = source_from_text("h.txt", "The hearing opened.\nThe defendant in court on Monday. (Photo: Lee Snap/WXYZ)\n")
    assert [(p.kind, source.text[p.start:p.end]) for p in source.paragraphs][1:] == [
        ("caption", "The defendant in court on Monday."), ("credit", "(Photo: Lee Snap/WXYZ)")]


def test_credit_lines_and_glued_credits_are_their_own_paragraphs():
    text = "The trial opened.\nThe defendant leaves court, Friday, in Boston. (AP Photo/Sam Snapper)\nKate Lens/Reuters\n"
    source = source_from_text("f.txt", text)
    labelled = [(p.kind, source.text[p.start:p.end]) for p in source.paragraphs]
    assert labelled == [("body", "The trial opened."),
                        ("caption", "The defendant leaves court, Friday, in Boston."),
                        ("credit", "(AP Photo/Sam Snapper)"),
                        ("credit", "Kate Lens/Reuters")]


def test_metadata_block_is_case_insensitive_and_offsets_stay_those_of_the_file():
    text = "title: A Headline\nOUTLET: The Gazette\nDate: March 4, 2021\nFoo: ignored\n\nThe jury returned a verdict.\n"
    source = source_from_text("a.md", text)
    assert (source.title, source.outlet, source.published.isoformat()) == ("A Headline", "The Gazette", "2021-03-04")
    assert source.inferred == frozenset()
    [p] = source.body()
    assert source.text[p.start:p.end] == "The jury returned a verdict."
    assert p.index == 1


def test_a_colon_in_the_first_line_is_not_a_metadata_block():
    source = source_from_text("b.txt", "Update: this story was updated.\nThe trial began Monday.\n")
    assert source.title is None
    assert _body_texts(source)[0] == "Update: this story was updated."


def test_briefing_toml_metadata_wins_over_the_file_block():
    config = CaseConfig(case_dir=Path("."), sources={"c.txt": SourceMeta(file="c.txt", outlet="Editor Outlet")})
    source = source_from_text("c.txt", "Outlet: File Outlet\n\nThe trial began Monday.\n", config)
    assert source.outlet == "Editor Outlet"


def test_crlf_and_cr_line_ends_keep_offsets_exact():
    for newline in ("\r\n", "\r"):
        text = newline.join(["Headline Of The Story", "", "First paragraph here.", "Second paragraph here.", ""])
        source = source_from_text("d.txt", text)
        assert _body_texts(source) == ["First paragraph here.", "Second paragraph here."]


def test_html_article_body_is_taken_and_scripts_dropped():
    page = """<html><head><title>Clerk sentenced | Gazette</title>
    <meta property="og:site_name" content="The Gazette">
    <script>alert('x')</script><link rel="stylesheet" href="http://example.org/a.css"></head>
    <body><nav>Home | News</nav><article><h1>Clerk sentenced</h1>
    <p>The clerk was sentenced <b>Tuesday</b>.</p><script>document.write('evil')</script>
    <p>&ldquo;I am sorry,&rdquo; she said.</p><iframe src="http://example.org"></iframe></article>
    <footer>Copyright</footer></body></html>"""
    source = source_from_text("e.html", page)
    assert _body_texts(source) == ["The clerk was sentenced Tuesday.", "\u201cI am sorry,\u201d she said."]
    assert source.outlet == "The Gazette"
    assert "alert" not in source.text and "evil" not in source.text and "Home" not in source.text


def test_read_case_decodes_cp1252_and_bom_and_sorts_files(tmp_path):
    (tmp_path / "b.txt").write_bytes(b"\x93Guilty,\x94 the foreman said.\n")
    (tmp_path / "a.txt").write_bytes("\ufeffThe hearing was adjourned.\n".encode("utf-8"))
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    sources = read_case(tmp_path, CaseConfig(case_dir=tmp_path))
    assert [s.file for s in sources] == ["a.txt", "b.txt"]
    assert sources[0].text.startswith("The hearing")
    assert sources[1].text.startswith("\u201cGuilty,\u201d")


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "not a text file"),
])
def test_unreadable_files_are_usage_errors_naming_the_file(tmp_path, content, message):
    (tmp_path / "bad.txt").write_bytes(content)
    with pytest.raises(UsageError) as err:
        read_case(tmp_path, CaseConfig(case_dir=tmp_path))
    assert "bad.txt" in str(err.value) and message in str(err.value)


def test_missing_empty_and_file_folders_are_usage_errors(tmp_path):
    for target, message in [(tmp_path / "nope", "does not exist"), (tmp_path, "holds no articles")]:
        with pytest.raises(UsageError, match=message):
            read_case(target, CaseConfig(case_dir=target))
    file = tmp_path / "x.txt"
    file.write_text("text")
    with pytest.raises(UsageError, match="is a file"):
        read_case(file, CaseConfig(case_dir=file))


def test_symlinks_pointing_outside_the_case_are_not_followed(tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("The secret plan was revealed.\n")
    case = tmp_path / "case"
    case.mkdir()
    (case / "story.txt").write_text("The trial began Monday.\n")
    (case / "link.txt").symlink_to(outside)
    assert [s.file for s in read_case(case, CaseConfig(case_dir=case))] == ["story.txt"]


def test_seed_articles_get_their_outlets_inferred():
    outlets = {}
    for path in sorted(Path("seeds").glob("*.txt")):
        s = source_from_text(path.name, path.read_text(encoding="utf-8"))
        outlets[path.name] = s.outlet
    assert sorted(outlets.values()) == ["NBC News", "New York Post"]


def test_headlines_are_recognised_whatever_their_punctuation():
    text = ("Judge gives clerk two years: \u2018You betrayed the town\u2019\nBy Kim Roe\n\n"
            "The clerk was sentenced Monday.\n"
            "Clerk speaks: 'I am sorry'\n"
            "The hearing ended at noon.\n")
    source = source_from_text("i.txt", text)
    assert [source.text[p.start:p.end] for p in source.body()] == [
        "The clerk was sentenced Monday.", "The hearing ended at noon."]
    titled = source_from_text("j.txt", "Title: A Clerk Is Sentenced.\n\nA clerk is sentenced.\nThe hearing ended.\n")
    assert [titled.text[p.start:p.end] for p in titled.body()] == ["The hearing ended."]


@pytest.mark.parametrize("line, caption, credit", [
    ("Flowers outside the shop on Main Street. (Lee Snap/The Daily Example via AP)",
     "Flowers outside the shop on Main Street.", "(Lee Snap/The Daily Example via AP)"),
    ("The victim died two days later. (Supplied)", "The victim died two days later.", "(Supplied)"),
    ("The defendant appears in court on Monday. (KXYZ)", "The defendant appears in court on Monday.", "(KXYZ)"),
    ("The mother speaks to reporters on Friday. Credit: Sam Lens", "The mother speaks to reporters on Friday.",
     "Credit: Sam Lens"),
])
def test_captions_with_credits_in_other_house_styles(line, caption, credit):
    source = source_from_text("k.txt", f"The hearing opened.\n{line}\n")
    assert [(p.kind, source.text[p.start:p.end]) for p in source.paragraphs][1:] == [
        ("caption", caption), ("credit", credit)]


def test_bulleted_highlights_above_the_story_are_not_body_text():
    text = ("- Ann Roe was sentenced to life in prison.\n- A jury convicted her in May.\n\n"
            "Ann Roe was sentenced Wednesday to life in prison, a judge ruled.\n- A list item later in the story.\n")
    source = source_from_text("l.txt", text)
    assert [source.text[p.start:p.end] for p in source.body()] == [
        "Ann Roe was sentenced Wednesday to life in prison, a judge ruled.", "- A list item later in the story."]


def test_bullets_a_sentence_introduces_with_a_colon_are_part_of_the_story():
    source = source_from_text("plea.txt", "Date: 2025-02-08\n\nHilde Marr, 53, pleaded no contest to failure to report "
                                          "child abuse. A judge sentenced Marr to two years of probation.\n\n"
                                          "Under the agreement, Marr must also:\n\n- attend counseling as directed\n"
                                          "- pay $4,800 in restitution to the families\n")
    assert "- pay $4,800 in restitution to the families" in _body_texts(source)
    terms = extract(source).sentencing.terms
    assert any(t.text == "$4,800 in restitution" for t in terms), [t.text for t in terms]


def test_a_placeholder_line_a_pasted_page_leaves_is_clutter():
    source = source_from_text("page.txt", "Date: 2025-02-08\n\nHilde Marrable was sentenced to two years of probation.\n\n"
                                          "[Embedded content]\n\n[Image: the county courthouse]\n\n[Marrable] did not speak.\n")
    assert _body_texts(source) == ["Hilde Marrable was sentenced to two years of probation.", "[Marrable] did not speak."]


def test_a_fact_box_is_story_a_sentence_box_heading_introduces_its_bullets_and_a_short_headline_is_not():
    source = source_from_text("box.txt", "Date: 2025-02-08\n\nA former guard, Ora Lindqvale, was sentenced Friday.\n\n"
                                         "THE SENTENCE\n\n- 7 years in prison\n\nFine: $25,000\n\n"
                                         "Charges: bribery of a public official\n\nA Long Road Back\n\nLindell will appeal.\n")
    body = _body_texts(source)
    assert {"- 7 years in prison", "Fine: $25,000", "Charges: bribery of a public official"} <= set(body)
    assert "THE SENTENCE" not in body and "A Long Road Back" not in body


def test_a_request_line_and_an_at_a_glance_box_reach_the_story():
    source = source_from_text("box.txt", "Date: 2025-02-08\n\nA former guard, Ora Lindqvale, was sentenced Friday.\n\n"
                                         "AT A GLANCE\n\n- 7 years in prison\n\nProsecutors\u2019 request: 10 years in prison\n")
    assert {"- 7 years in prison", "Prosecutors\u2019 request: 10 years in prison"} <= set(_body_texts(source))


def test_an_advertisement_inside_a_list_does_not_end_it():
    source = source_from_text("plea.txt", "Date: 2025-02-08\n\nHilde Marrable, 53, was sentenced to two years of probation.\n\n"
                                          "Marrable must also:\n\n- attend counseling as directed\n\nADVERTISEMENT\n\n"
                                          "- pay $4,800 in restitution to the families\n")
    assert "- pay $4,800 in restitution to the families" in _body_texts(source)
    assert "ADVERTISEMENT" not in _body_texts(source)


def test_each_bullet_reads_on_from_its_lead_in():
    source = source_from_text("plea.txt", "Date: 2025-02-08\n\nHilde Marr, 53, pleaded no contest to failure to report "
                                          "child abuse. A judge sentenced Marr to two years of probation.\n\n"
                                          "Marr must also:\n\n- attend counseling as directed\n"
                                          "- pay $4,800 in restitution to the families\n")
    imposed = {t.text for t in extract(source).sentencing.terms if t.status == "imposed"}
    assert {"attend counseling", "$4,800 in restitution"} <= imposed, imposed


def test_a_subhead_that_is_a_quotation_alone_is_a_heading_not_story():
    # A feature's section heads are often a line of someone's words in quotation marks, with no sentence punctuation
    # inside; a paragraph of quoted speech ends its sentence inside the marks, and stays story
    source = source_from_text("feature.txt", "Date: 2025-02-08\n\nTobin Ashgrove was sentenced Friday to four years.\n\n"
                                             "\u2018She wanted to teach\u2019\n\n\u201cShe was going to be a teacher.\u201d\n\n"
                                             "\"I am sorry,\" Ashgrove said.\n")
    assert _body_texts(source) == ["Tobin Ashgrove was sentenced Friday to four years.",
                                   "\u201cShe was going to be a teacher.\u201d", "\"I am sorry,\" Ashgrove said."]


def test_an_article_pasted_as_one_line_is_read_even_when_it_opens_with_site_furniture():
    # (copied from a page that lost its paragraph breaks: the browser notice opens the one line)
    text = ("title: Clerk sentenced\ndate: 2025-05-02\n\n"
            "IE 11 is not supported. For an optimal experience visit our site on another browser. "
            + "Former clerk Dana Whitcombe was sentenced Friday to three years in prison for theft. " * 8
            + "\u201cI betrayed the people who trusted me,\u201d Whitcombe told the court.")
    source = source_from_text("clerk.txt", text)
    assert [p.kind for p in source.paragraphs] == ["body"]
    facts = extract(source)
    assert [q.speaker for q in facts.quotes] == ["Dana Whitcombe"]
    assert "three years in prison" in [t.text for t in facts.sentencing.terms]


@pytest.mark.parametrize("line", [
    "Nadia Fennimore of NBC 6 South Florida contributed.",
    "CNN's Piet Hallowell contributed to this report.",
    "\u2014 Staff writer Ines Moravec contributed to this report.",
    "Associated Press writer Tove Lindahl contributed from Boston.",
])
def test_a_contributor_line_under_the_story_is_no_part_of_it(line):
    source = source_from_text("g.txt", f"The hearing opened.\n{line}\n")
    assert [p.kind for p in source.paragraphs][0] == "body" and source.paragraphs[1].kind in ("credit", "clutter")


def test_a_sentence_saying_who_contributed_is_still_the_story():
    source = source_from_text("g.txt", "The hearing opened.\nHe said that every member of the board contributed.\n")
    assert [p.kind for p in source.paragraphs] == ["body", "body"]


def test_a_byline_with_its_desk_and_time_stamp_is_a_credit_not_the_story():
    from builder.sources import source_from_text

    source = source_from_text("globe.txt", "date: 2025-02-12\n\nFormer sergeant ordered back to prison\n\n"
                              "By Orla Penfield Globe Staff, Updated February 12, 2025, 5:48 p.m.\n\n"
                              "A former police sergeant captured on video beating a handcuffed man was ordered back to federal "
                              "prison Wednesday, after a judge said he had gotten the first sentence wrong.\n\n"
                              "The judge had given him a year and a day. Prosecutors appealed and won.\n\n"
                              "By Tuesday, the jury had reached a verdict.\n")
    kinds = {source.text[p.start:p.end][:12]: p.kind for p in source.paragraphs}
    assert kinds["By Orla Penf"] == "credit"
    assert kinds["By Tuesday, "] == "body" and kinds["A former pol"] == "body"


def test_a_caption_in_brackets_is_a_caption():
    text = ("The landlord was sentenced on Thursday.\n"
            "(Photo caption: Ann Vale, center, stands with her lawyer during her sentencing on Thursday. WXYZ)\n")
    source = source_from_text("c.txt", text)
    assert [p.kind for p in source.paragraphs] == ["body", "caption"]
    assert [e.description for e in extract(source).events if "stands" in e.description or "leaves" in e.description] == []
