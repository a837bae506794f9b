"""The extractive summary: cited, no repeats, within 120 words, never captions or clutter."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from builder.extract.summary import rank_sentences
from builder.model import CaseConfig, SourceFacts
from builder.reconcile import reconcile
from builder.sources import source_from_text

FIRST = """Date: 2022-05-02

Former guard Omar Reed was sentenced to four years in prison on Friday for beating an inmate.

Image: Omar Reed
Omar Reed was sentenced to prison for beating an inmate, the court said Friday in a long ruling. (AP Photo/Jo Wu)

The judge said the beating was cruel and that Reed had shown no remorse during the trial.

"I am sorry," Reed said.

Follow us on Facebook for more news.
"""

SECOND = """Date: 2022-05-02

Omar Reed, a former guard, was sentenced to four years in prison on Friday for beating an inmate.

The inmate's family plans to sue the state prison system next month, their lawyer said.
"""


def _facts(name: str, text: str) -> SourceFacts:
    source = source_from_text(name, text)
    return SourceFacts(source=source, summary=rank_sentences(source))


def test_ranked_sentences_come_from_the_body_only():
    facts = _facts("a.txt", FIRST)
    texts = [s.text for s in facts.summary]
    assert texts[0].startswith("Former guard Omar Reed was sentenced")
    assert not any("AP Photo" in t or "Facebook" in t or "I am sorry" in t for t in texts)
    for s in facts.summary:
        c = s.citations[0]
        assert facts.source.text[c.start:c.end] == s.text


def test_summary_draws_on_all_sources_without_saying_a_thing_twice():
    briefing = reconcile(CaseConfig(case_dir=Path(".")), [_facts("a.txt", FIRST), _facts("b.txt", SECOND)],
                         dt.date(2022, 5, 3))
    texts = [s.text for s in briefing.summary]
    assert sum("sentenced to four years" in t for t in texts) == 1
    assert {s.citations[0].source for s in briefing.summary} == {"a", "b"}
    assert sum(len(t.split()) for t in texts) <= 120


def test_summary_stops_at_120_words():
    long_story = "Date: 2022-05-02\n\n" + "\n\n".join(
        f"Witness number {i} told the court about the {word} events of the night in question at the jail."
        for i, word in enumerate(["first", "strange", "violent", "quiet", "later", "early", "final", "other",
                                  "small", "grim", "loud", "brief"]))
    briefing = reconcile(CaseConfig(case_dir=Path(".")), [_facts("c.txt", long_story)], dt.date(2022, 5, 3))
    assert 0 < sum(len(s.text.split()) for s in briefing.summary) <= 120


def test_datelines_quoted_sentences_and_colon_leads_are_not_summary_sentences():
    body = ("MILLBROOK, Ore. (AP) \u2014 A bakery owner was sentenced Tuesday to four years in prison for arson.\n\n"
            "Judge Lena Ortiz told the owner at the hearing on Tuesday:\n\n"
            "\u201cYou burned down a building full of sleeping tenants. Nobody in that building had any warning at all. "
            "The court cannot ignore that,\u201d she said.\n\n"
            "The owner was convicted in March of first-degree arson and insurance fraud in county court.")
    source = source_from_text("wire.txt", "Date: 2022-04-05\n\n" + body)
    ranked = rank_sentences(source)
    texts = [s.text for s in ranked]
    assert "A bakery owner was sentenced Tuesday to four years in prison for arson." in texts
    assert not any("(AP)" in t or t.endswith(":") or "warning" in t for t in texts)
    for s in ranked:
        c = s.citations[0]
        assert source.text[c.start:c.end] == s.text


def test_interview_lines_notes_boilerplate_and_orphan_pronouns_are_never_summary():
    text = """Date: 2023-03-01

Judge Ira Moss sentenced Dale Kerr to six years in prison on Monday for setting fire to a warehouse.

Q: What did the jury make of the fire marshal's long testimony about the warehouse?

A: The jurors took notes through all of it and asked for the report twice.

She said the sentence was fair and that the court had weighed every piece of evidence.

After the hearing, he said the family would appeal the sentence to the state court.

This interview has been edited for length and clarity.

The following are brief summaries of cases decided this week in county courts.

So says Kerr, who has spent two years in the county jail waiting for his trial.
"""
    ranked = [s.text for s in rank_sentences(source_from_text("q.txt", text))]
    assert ranked == ["Judge Ira Moss sentenced Dale Kerr to six years in prison on Monday for setting fire to a warehouse."]


def test_the_outcome_lead_ranks_first_even_when_long_and_boilerplate_is_left_out():
    story = ("Date: 2022-05-02\n\n"
             "A former school treasurer who moved district money into a private account over six years to pay for "
             "a lake house, two boats and a string of vacations abroad was sentenced Friday to five years in prison, "
             "ending a case that shook the small town.\n\n"
             "The district's superintendent resigned in March.\n\n"
             "The Ledger has reached out to the district for comment.\n\n"
             "Lawyers for the treasurer did not immediately respond to a request for comment.")
    facts = _facts("a.txt", story)
    texts = [s.text for s in facts.summary]
    assert texts[0].startswith("A former school treasurer") and texts[0].endswith("small town.")
    assert not any("comment" in t for t in texts)


def test_a_title_in_quotation_marks_does_not_drop_the_lead():
    facts = _facts("a.txt", "Date: 2022-05-02\n\n\u201cNight Shift\u201d actor Rob Lind was sentenced Monday to "
                            "90 days in jail for a crash that hurt a cyclist.")
    assert facts.summary and facts.summary[0].text.startswith("\u201cNight Shift\u201d actor Rob Lind")


def test_bullets_datelines_and_station_credits_do_not_reach_the_summary():
    source = source_from_text("wire.txt", "Date: 2023-03-06\n\n"
                              "DENVER, Mar 6 (Reuters) - A former county clerk was sentenced to two years in prison for fraud.\n\n"
                              "- The clerk was convicted of taking $40,000 from the county treasury.\n\n"
                              "The clerk walks out of the courthouse in Denver after the hearing on Monday. (KQRT)\n")
    texts = [s.text for s in rank_sentences(source)]
    assert "A former county clerk was sentenced to two years in prison for fraud." in texts
    assert "The clerk was convicted of taking $40,000 from the county treasury." in texts
    assert not any("KQRT" in t or "courthouse in Denver" in t for t in texts)
    for s in rank_sentences(source):
        c = s.citations[0]
        assert source.text[c.start:c.end] == s.text


def test_an_initialism_inside_a_court_name_does_not_end_the_sentence():
    source = source_from_text("dc.txt", "Date: 2023-03-06\n\nA courier was sentenced in D.C. Superior Court on Monday "
                              "to three years in prison for the robbery of a bank.\n")
    assert [s.text for s in rank_sentences(source)][0].startswith("A courier was sentenced in D.C. Superior Court")


def test_one_fact_told_in_two_outlets_words_is_said_once():
    from builder.model import Citation, SummarySentence
    from builder.reconcile.summary import pick_summary

    def ranked(*texts):
        return [SummarySentence(text=t, citations=[Citation("a", 0, len(t))], score=1.0) for t in texts]

    for first, second in [
        ("His wife, Lena Ruiz, received six years in prison.",
         "His wife, Lena Ruiz, 55, who was tried with him in October, was sentenced to six years in prison."),
        ("Ruiz's brother, Tomas Ruiz, got 30 months.",
         "A judge on Friday gave Tomas Ruiz, the defendant's younger brother, 30 months behind bars."),
        ("Lena Ruiz will serve six years.", "Lena Ruiz, a bookkeeper, must now serve six years in federal prison."),
        ("A Tampa bookkeeper who stole from 40 clients was sentenced on Friday to three years of probation and a "
         "$5,000 fine, a punishment her victims called too light.",
         "Ruiz was sentenced in May 2024 to three years of probation, including 90 days of home detention, and a "
         "$5,000 fine after pleading guilty."),
        ("The toddler's mother, Ilse Marvelle, 24, received a 20-year sentence with 10 years suspended.",
         "The mother of a 2-year-old boy has been sentenced to 20 years in prison, with the final 10 years suspended."),
        ("On Tuesday, that nurse, Ilse Marvelle, was sentenced in federal court to 60 months in prison.",
         "A former nurse who stole fentanyl meant for patients will spend five years in federal prison."),
        ("Omar Pell, 39, was sentenced Friday to 78 years to life in state prison, prosecutors said.",
         "On Friday, Superior Court Judge Ines Varga sentenced Pell, a former delivery driver, to 78 years to life for "
         "assaulting four women."),
    ]:
        assert [s.text for s in pick_summary([ranked(first), ranked(second)])] == [first]
    # Same people, another fact: both are kept.
    kept = pick_summary([ranked("Lena Ruiz received six years in prison."),
                         ranked("Lena Ruiz wept as her husband was led away.")])
    assert len(kept) == 2
    # Two sentences of different hearings share at most one amount: both are kept.
    kept = pick_summary([ranked("Ruiz was sentenced in May 2024 to three years of probation and a $5,000 fine."),
                         ranked("Ruiz was sentenced on Wednesday to 10 months in prison for violating her probation.")])
    assert len(kept) == 2
    # An age is no length of a sentence: two hearings of a 45-year-old are two facts.
    kept = pick_summary([ranked("Ruiz, a 45-year-old nurse, was sentenced in May to 10 months in prison."),
                         ranked("A judge sentenced Ruiz, 45, to three years of probation after the retrial.")])
    assert len(kept) == 2


def test_sentences_that_lean_on_the_one_before_are_never_summary():
    text = """Date: 2023-03-01

Judge Ira Moss sentenced Dale Kerr to six years in prison on Monday for setting fire to a warehouse.

Kerr's lawyers tell one story about the fire at the warehouse. The jury and the appeals court have a different one, and it carries a sentence.

That decision left the warehouse owners without any insurance money for two full years.

These are the questions the county fire marshal still cannot answer about the night.
"""
    ranked = [s.text for s in rank_sentences(source_from_text("q.txt", text))]
    assert ranked == ["Judge Ira Moss sentenced Dale Kerr to six years in prison on Monday for setting fire to a warehouse.",
                      "Kerr's lawyers tell one story about the fire at the warehouse."]


LATEST = """Date: 2025-03-04

HARLOW, Vt. (AP) — The latest on the sentencing of a former county jailer (all times local):

Six years in prison for a former county jailer who took payments from an inmate to carry phones into the jail.

Judge Irma Castlemere also ordered Wade Pellam to pay a $5,000 fine, the court record shows.

Pellam, 51, was convicted in October of bribery and smuggling contraband into a jail.

Pellam's lawyer, Ruth Amblewood, said he would appeal. The inmate, Tom Kestrelby, testified against him at trial.

Kestrelby, the inmate who paid him, pleaded guilty and was sentenced last month to an additional four years in prison.
"""


def test_the_summary_opens_on_the_defendant_not_a_co_defendant_whose_case_is_background():
    from builder.extract import extract

    ranked = [s.text for s in extract(source_from_text("latest.txt", LATEST)).summary]
    assert ranked[0].startswith("Six years in prison for a former county jailer")
    assert ranked.index("Kestrelby, the inmate who paid him, pleaded guilty and was sentenced last month to an additional "
                        "four years in prison.") > ranked.index("Judge Irma Castlemere also ordered Wade Pellam to pay a "
                                                                "$5,000 fine, the court record shows.")


def test_a_wire_dateline_left_after_the_splitter_cut_is_not_part_of_the_sentence():
    source = source_from_text("wire.txt", "Date: 2025-08-14\n\nAug 14 (Reuters) - The owner of an adoption agency was "
                              "sentenced on Thursday to eight years in prison, federal prosecutors said.\n")
    assert [s.text for s in rank_sentences(source)][0].startswith("The owner of an adoption agency was sentenced")


def test_a_local_papers_hyphen_dateline_is_not_part_of_the_sentence():
    for dateline in ("CEDAR FALLS - ", "MARION, Iowa -- ", "FORT HOOD, Texas, July 1 (Reuters) - "):
        source = source_from_text("local.txt", f"Date: 2025-08-14\n\n{dateline}A former youth coach was sentenced "
                                  "Tuesday to 30 years in federal prison, prosecutors said.\n")
        assert [s.text for s in rank_sentences(source)][0].startswith("A former youth coach was sentenced")


def test_a_network_sites_title_case_dateline_is_not_part_of_the_sentence():
    for dateline in ("Toledo, Ohio \u2014 ", "St. Cloud, Minn. \u2014 ", "Grand Rapids, Michigan \u2014 "):
        source = source_from_text("net.txt", f"Date: 2025-08-14\n\n{dateline}A former youth coach was sentenced "
                                  "Tuesday to 30 years in federal prison, prosecutors said.\n")
        assert [s.text for s in rank_sentences(source)][0].startswith("A former youth coach was sentenced")


def test_a_wire_credit_line_is_never_summary():
    source = source_from_text("wire.txt", "Date: 2025-08-14\n\nA former jail guard was found guilty Wednesday of "
                              "beating an inmate.\n\n(Reporting by Ada Quarmby in Atlanta; Editing by Tom Vell)\n\n"
                              "Additional reporting by Lee Marr in Savannah.\n")
    assert [s.text for s in rank_sentences(source)] == ["A former jail guard was found guilty Wednesday of beating an "
                                                        "inmate."]


def test_a_sentence_naming_no_one_but_him_is_never_summary():
    source = source_from_text("t.txt", "Date: 2025-10-10\n\nOn Thursday, a federal judge told him that was exactly the "
                              "problem.\n\nA former nurse who stole from her patients was sentenced Thursday to four "
                              "years in prison.\n")
    texts = [s.text for s in rank_sentences(source)]
    assert not any("told him" in t for t in texts)
    assert any(t.startswith("A former nurse") for t in texts)  # near miss: "her" has its noun in the sentence


def _briefing(*stories: tuple[str, str]):
    from builder.extract import extract

    facts = [extract(source_from_text(name, text)) for name, text in stories]
    return reconcile(CaseConfig(case_dir=Path(".")), facts, dt.date(2025, 12, 1))


CHARGED = """Date: 2025-03-06

A school bus driver was charged Wednesday with vehicular homicide in the death of a crossing guard, prosecutors said.

Nell Cardew, 44, faces up to 15 years in prison if convicted of the charge, the district attorney's office said.

Cardew is scheduled to be arraigned March 20 in Dane County Circuit Court.

Cardew remains in the Dane County Jail on a $50,000 bond after a hearing on Wednesday.

Cardew pleaded not guilty at an arraignment in the county court on Thursday afternoon.
"""

SENTENCED = """Date: 2025-11-21

A former school bus driver who struck and killed a crossing guard was sentenced Thursday to six years in prison, with a judge telling her she had "ended a life through carelessness."

Dane County Circuit Judge Ravi Olmstead also ordered Nell Cardew to pay $12,000 in restitution to the guard's family.

Cardew must report to prison by Jan. 16, the judge ruled on Thursday.
"""


def test_a_lead_ending_on_a_quoted_tail_keeps_its_news_and_gets_its_full_stop_back():
    briefing = _briefing(("charged.txt", CHARGED), ("sentenced.txt", SENTENCED))
    first = briefing.summary[0]
    assert first.text == ("A former school bus driver who struck and killed a crossing guard was sentenced Thursday to six "
                          "years in prison")
    assert first.printed == first.text + "."
    source = next(s for s in briefing.sources if s.id == first.citations[0].source)
    assert source.text[first.citations[0].start:first.citations[0].end] == first.text  # still the source's own words


def test_the_newest_story_leads_in_reading_order_and_what_lay_ahead_in_older_stories_is_dropped():
    texts = [s.text for s in _briefing(("charged.txt", CHARGED), ("sentenced.txt", SENTENCED)).summary]
    assert texts[0].startswith("A former school bus driver") and texts[1].startswith("Dane County Circuit Judge")
    assert any(t.startswith("A school bus driver was charged") for t in texts)  # the older story still tells its news
    assert not any("faces up to" in t for t in texts)  # a maximum, once the sentence is known
    assert not any("scheduled to be arraigned" in t or "remains in the Dane County Jail" in t for t in texts)
    assert not any("pleaded not guilty" in t for t in texts)  # overtaken by the sentence
    assert any("must report to prison" in t for t in texts)  # the newest story's own next step still stands


def test_before_sentencing_the_maximum_is_still_news():
    texts = [s.text for s in _briefing(("charged.txt", CHARGED)).summary]
    assert any("faces up to 15 years" in t for t in texts)
    assert any("scheduled to be arraigned" in t for t in texts)  # the only story: its next step is the case's


def test_one_step_of_the_case_told_by_two_stories_is_said_once():
    plea = ("plea.txt", "Date: 2025-06-05\n\nA Tacoma man who fled to Montana after a fatal crash pleaded guilty on "
            "Wednesday to vehicular homicide, months after the victim's sister posted a video.\n")
    later = ("later.txt", "Date: 2025-07-26\n\nLuis Ormsby pleaded guilty in June to vehicular homicide and felony "
             "hit-and-run in Pierce County Superior Court.\n")
    texts = [s.text for s in _briefing(plea, later).summary]
    assert sum("pleaded guilty" in t for t in texts) == 1


def test_an_embedded_posts_byline_is_not_a_sentence_of_the_story():
    source = source_from_text("tv.txt", "Date: 2025-03-05\n\nA former coach was sentenced Tuesday to nine years in prison "
                              "for stealing from a youth league.\n\nThe league will never be the same after what the coach did to the children. "
                              "\u2014 Mara Quell (@maraquell) March 4, 2025\n")
    texts = [s.text for s in rank_sentences(source)]
    assert texts and not any("league will never" in t or "@maraquell" in t for t in texts)


def test_short_speech_is_no_title_and_an_after_clause_with_a_quote_is_cut_from_the_lead():
    source = source_from_text("ap.txt", "Date: 2025-04-17\n\nA former firefighter who killed a retired couple while "
                              "driving drunk was sentenced Thursday to 12 years in state prison, after the couple's son "
                              "told a judge his parents had been \u201cerased in a single second.\u201d\n\n\u201cHe wasn't "
                              "blinded,\u201d Deputy District Attorney Owen Marrick told the jury at trial.\n\nWhen the clerk "
                              "read the verdict, someone in the gallery said \u201cthank you\u201d out loud.\n")
    texts = [s.text for s in rank_sentences(source)]
    assert texts[0] == ("A former firefighter who killed a retired couple while driving drunk was sentenced Thursday to "
                        "12 years in state prison")
    assert not any("blinded" in t or "thank you" in t for t in texts)


def test_the_outlets_own_reporting_steps_are_not_the_case():
    source = source_from_text("abc.txt", "title: Mother speaks\noutlet: ABC News\ndate: 2024-08-21\n\nA driver who killed a "
                              "teenage runner was sentenced Tuesday to three years in state prison.\n\nABC News asked Ann "
                              "Lorne what she hopes other drivers take from her daughter's death.\n\nABC News reviewed "
                              "court records showing the driver had two earlier convictions for speeding.\n")
    texts = [s.text for s in rank_sentences(source)]
    assert texts and not any(t.startswith("ABC News") for t in texts)


def test_a_lead_closing_on_a_judgement_someone_called_in_quotes_keeps_its_news():
    source = source_from_text("ap.txt", "Date: 2024-11-21\n\nA former fraternity leader convicted in the death of a pledge "
                              "was sentenced Thursday to five years of probation, a decision the young man's mother "
                              "called \u201ca slap on the wrist.\u201d\n")
    assert [s.text for s in rank_sentences(source)][0] == ("A former fraternity leader convicted in the death of a pledge "
                                                           "was sentenced Thursday to five years of probation")


def test_an_older_storys_hearing_scheduled_for_a_day_is_out_of_date():
    charged = ("charged.txt", "Date: 2024-10-10\n\nA fraternity member was charged Wednesday with involuntary "
               "manslaughter in a pledge's death, the district attorney said.\n\nA preliminary hearing is scheduled for "
               "Dec. 19 in Blair County.\n")
    sentenced = ("sentenced.txt", "Date: 2025-11-21\n\nA former fraternity member, Bran Kesselring, was sentenced Thursday to "
                 "five years of probation for a pledge's death.\n")
    texts = [s.text for s in _briefing(charged, sentenced).summary]
    assert not any("scheduled for" in t for t in texts) and any("charged Wednesday" in t for t in texts)


def test_a_comparison_case_told_after_the_lede_is_not_summarised():
    """Once the lede has told the defendant's sentence, "a nurse at another hospital ... was sentenced to 30 months"
    is someone else's case: the summary must not print it beside the defendant's."""
    text = ("Date: 2025-05-16\n\n"
            "A former hospital nurse who stole fentanyl from patients was sentenced Thursday to nine years in federal prison.\n\n"
            "Nadia Perrin, 41, had pleaded guilty in January to tampering with a consumer product, prosecutors said.\n\n"
            "Last year a pharmacist at a clinic across town who stole oxycodone was sentenced in the same court to 30 months in prison.\n\n"
            "In a similar case, a Dover man received probation after a judge found he had sought treatment.\n\n"
            "Judge Ellen Varga also ordered three years of supervised release and $40,000 in restitution.\n")
    sentences = [s.text for s in _facts("a.txt", text).summary]
    assert not any("pharmacist" in s or "Dover man" in s for s in sentences)
    assert any(s.startswith("A former hospital nurse") for s in sentences)
    assert any(s.startswith("Judge Ellen Varga also ordered") for s in sentences)


def test_once_sentenced_an_older_storys_open_range_and_present_accusation_are_dropped():
    plea = ("plea.txt", "Date: 2025-02-21\n\nA Lisle man admitted Thursday that he struck and killed a cyclist and drove "
            "away, pleading guilty to leaving the scene of a fatal crash.\n\n"
            "Tobin Rusk could still receive as little as four years, the minimum for leaving the scene of a fatal crash.\n\n"
            "Tobin Rusk, 26, is charged with reckless homicide and obstructing justice, the state's attorney said.\n")
    sentenced = ("sentenced.txt", "Date: 2025-04-11\n\nJudge Karin Ode sentenced Tobin Rusk to eight years in prison on "
                 "Thursday, calling the crash an act of cowardice.\n")
    texts = [s.text for s in _briefing(plea, sentenced).summary]
    assert texts[0].startswith("Judge Karin Ode sentenced Tobin Rusk")
    assert not any("as little as" in t or "is charged with" in t for t in texts)
    assert any(t.startswith("A Lisle man admitted Thursday") for t in texts)
    before = [s.text for s in _briefing(plea).summary]  # before the sentence, the range is still the news
    assert any("as little as four years" in t for t in before)

def test_a_title_abbreviation_before_a_name_does_not_end_the_sentence():
    """"the Rev. Lena Marsh" and "Asst. U.S. Atty. Ivo Brandt" are inside one sentence: a summary or timeline line
    cut at the title would print "..., the Rev." and start the next line with a bare name."""
    from builder.extract.text import split_sentences

    for text, first in [
        ("The church's senior pastor, the Rev. Lena Marsh, sat in the gallery. She did not speak.",
         "The church's senior pastor, the Rev. Lena Marsh, sat in the gallery."),
        ("Asst. U.S. Atty. Ivo Brandt asked for six years. The judge agreed.", "Asst. U.S. Atty. Ivo Brandt asked for six years."),
        ("Prof. Dana Ulm testified for the defense. Tpr. Cole Avery testified next.", "Prof. Dana Ulm testified for the defense."),
        ("The plea was accepted by the Hon. Ruth Keane on Monday. Sentencing is in June.",
         "The plea was accepted by the Hon. Ruth Keane on Monday."),
    ]:
        start, end = split_sentences(text, 0, len(text))[0]
        assert text[start:end] == first
    # A sentence that ends on a surname still ends there.
    text = "The sermon was given by Lena Marsh. The Rev. Ivo Brandt prayed."
    assert len(split_sentences(text, 0, len(text))) == 2


def test_a_live_pages_word_on_its_own_coverage_and_a_stale_status_line_are_not_the_case():
    source = source_from_text("live.txt", "title: LIVE: Orla Penhallow sentenced\noutlet: KTRV 9 News\ndate: 2024-08-21\n\n"
                              "A Dane County judge sentenced Orla Penhallow to 12 years in prison Friday for setting fire to a "
                              "rival's bakery.\n\nKTRV 9 News is in the courtroom and will update this page.\n\n"
                              "The sentencing hearing is underway in Dane County Circuit Court.\n\n"
                              "KTRV 9 News will stream the hearing on its website and app.\n")
    texts = [s.text for s in rank_sentences(source)]
    assert texts and texts[0].startswith("A Dane County judge sentenced")
    assert not any(t.startswith(("KTRV", "The sentencing hearing")) for t in texts), texts


def test_a_code_section_after_its_initialism_does_not_end_the_sentence():
    from builder.extract.text import split_sentences

    text = ("Ola Brandt pleaded guilty to one count of wire fraud, in violation of 18 U.S.C. \u00a7 1343, and one count of "
            "theft. She will be sentenced in May.")
    sentences = [text[a:b] for a, b in split_sentences(text, 0, len(text))]
    assert sentences == ["Ola Brandt pleaded guilty to one count of wire fraud, in violation of 18 U.S.C. \u00a7 1343, and "
                         "one count of theft.", "She will be sentenced in May."]


def test_a_sentence_about_some_of_a_group_named_before_and_a_contributor_line_are_not_summary_sentences():
    text = ("Date: 2024-06-14\n\nClinic owner Ximena Berrocalde was sentenced Thursday to 10 years in prison for "
            "billing Medicare for visits that never happened.\n\nMany patients she billed for had died. Others had "
            "moved back to Peru.\n\nNadia Fennimore of NBC 6 South Florida contributed.\n")
    ranked = [s.text for s in rank_sentences(source_from_text("story.txt", text))]
    assert ranked[0].startswith("Clinic owner Ximena Berrocalde was sentenced")
    assert not [s for s in ranked if s.startswith(("Others", "Nadia Fennimore"))]


def test_once_sentenced_an_older_storys_decision_to_come_and_present_ask_are_dropped():
    preview = ("preview.txt", "Date: 2025-03-03\n\nA former county treasurer who hid $800,000 from a bankruptcy court "
               "was convicted in January of bankruptcy fraud.\n\n"
               "On Thursday, a federal judge in Tampa will decide how long Oriel Vantongeren should spend in prison.\n\n"
               "Prosecutors have asked the judge to impose 60 months in prison.\n\n"
               "A sentencing hearing has begun in Tampa for the former county treasurer.\n\n"
               "Oriel Vantongeren will walk back into the same courtroom on Thursday to be sentenced again.\n\n"
               "Forty former clients plan to ride a bus to Tampa to watch a judge decide how long Oriel Vantongeren will "
               "spend in prison.\n\nA former county treasurer and her bookkeeper are due in court for sentencing in Tampa.\n")
    sentenced = ("sentenced.txt", "Date: 2025-03-07\n\nJudge Lorna Achterberg sentenced Oriel Vantongeren to 41 months in "
                 "prison on Thursday for hiding $800,000 from a bankruptcy court.\n")
    texts = [s.text for s in _briefing(preview, sentenced).summary]
    assert texts[0].startswith("Judge Lorna Achterberg sentenced")
    assert not [t for t in texts if "will decide" in t or "have asked" in t or "has begun" in t or "sentenced again" in t
                or "decide how long" in t or "due in court" in t]
    assert any(t.startswith("A former county treasurer") for t in texts)  # the older story's past news still stands
    before = [s.text for s in _briefing(preview).summary]  # before the sentence, the decision to come is the news
    assert any("will decide how long" in t for t in before)


def test_a_long_opening_phrase_before_a_bare_pronoun_still_needs_the_sentence_before():
    text = ("Date: 2024-06-14\n\nProsecutors asked a judge to sentence Perpetua Olmsworth to 71 months in prison for "
            "hiding a yacht from her creditors.\n\nIn a sentencing memo filed with the court last week, they also asked "
            "for $90,000 in restitution.\n")
    ranked = [s.text for s in rank_sentences(source_from_text("story.txt", text))]
    assert ranked[0].startswith("Prosecutors asked a judge")
    assert not [s for s in ranked if s.startswith("In a sentencing memo")]


def test_a_british_single_quoted_sentence_and_a_spaced_photo_credit_are_not_summary_sentences():
    text = ("Date: 2024-05-09\n\nFormer reality star Perpetua Olmsworth was sentenced on Thursday to 46 months in prison "
            "for hiding assets from a bankruptcy court.\n\n"
            "'I lied because I was scared, and I am sorry,' she told the judge. 'I will spend my life making this right "
            "for everyone I hurt.'\n\n"
            "Perpetua Olmsworth leaves the federal courthouse in Miami after the verdict in her trial on Feb. 22, 2024. "
            "Dana Pirelli / AP\n")
    source = source_from_text("story.txt", text)
    ranked = [s.text for s in rank_sentences(source)]
    assert ranked[0].startswith("Former reality star Perpetua Olmsworth was sentenced")
    assert not [s for s in ranked if "I will spend" in s or "leaves the federal courthouse" in s], ranked
    assert [p.kind for p in source.paragraphs if "Dana Pirelli" in source.text[p.start:p.end]] == ["credit"]


def test_a_sentence_that_tells_nothing_of_the_case_does_not_pad_the_summary():
    text = ("Date: 2024-06-14\n\nA Reno landlord who set fire to his own duplex was sentenced Thursday to nine years in "
            "prison for arson.\n\nJudge Petra Olwenby said the fire put six tenants at risk.\n\n"
            + "".join(f"Neighbours on the street had planted {n} new trees that spring.\n\n" for n in ("two", "three"))
            + "Insurance covered part of the loss.\n\nAfter the verdict, it said the building had been sold.\n\n"
            "Investigators said the wiring showed neither.\n")
    summary = [s.text for s in _briefing(("story.txt", text)).summary]
    assert summary[0].startswith("A Reno landlord") and any(s.startswith("Judge Petra Olwenby") for s in summary)
    assert not [s for s in summary if s.startswith(("Insurance", "After the verdict", "Investigators"))], summary


def test_a_features_opening_scene_gives_way_to_the_outcome_and_its_facts():
    text = ("Date: 2024-09-18\n\nFor two nights after her knee surgery, Opal Brenneck pressed the call button and told the "
            "night staff that her medicine was not working.\n\nOn Tuesday, the nurse who stole it, Hedda Vantreight, was "
            "sentenced in federal court to 60 months in prison.\n\nVantreight pleaded guilty in May to tampering with a "
            "consumer product.\n\nProsecutors had asked for 78 months in prison.\n\nThe hospital has since changed how "
            "it tracks its drugs, a spokesman said.\n")
    ranked = rank_sentences(source_from_text("feature.txt", text))
    assert ranked[0].text.startswith("On Tuesday, the nurse who stole it")
    scene = next(s for s in ranked if s.text.startswith("For two nights"))
    assert [s.text[:11] for s in ranked].index(scene.text[:11]) >= 3  # below the outcome, the plea and the ask
    told_first = rank_sentences(source_from_text("wire.txt", "Date: 2024-09-18\n\nA Michigan nurse was sentenced "
                                                 "Tuesday to five years in prison for stealing fentanyl.\n\nFor two nights, "
                                                 "Opal Brenneck pressed the call button.\n"))
    assert [s.text for s in told_first][0].startswith("A Michigan nurse")  # no scene to discount before a wire's lead


def test_a_present_tense_photo_caption_and_a_stations_reporter_at_the_courthouse_are_not_the_story():
    text = ("Date: 2024-05-09\n\nFormer reality star Perpetua Olmsworth was sentenced on Thursday to 46 months in prison "
            "for hiding assets from a bankruptcy court.\n\nPerpetua Olmsworth, 47, arrives at federal court in Miami on "
            "Thursday for her sentencing.\n\nKTVQ 4's Dana Rusk is at the courthouse.\n\nThe conviction stands after "
            "two appeals, prosecutors said.\n")
    ranked = [s.text for s in rank_sentences(source_from_text("story.txt", text))]
    assert not [s for s in ranked if "arrives at federal court" in s or "is at the courthouse" in s], ranked
    assert any(s.startswith("The conviction stands") for s in ranked)


def _ranked_texts(body: str) -> list[str]:
    source = source_from_text("story.txt", f"Date: 2025-03-04\n\n{body}")
    return [s.text for s in rank_sentences(source)]


def test_a_link_to_the_sentence_before_is_left_out_of_the_cited_words():
    texts = _ranked_texts("Jurors deliberated for two days.\n\nLess than an hour later, Judge Ada Brisk sentenced Tomas "
                          "Rell, 31, to nine years in prison.\n\nThen Judge Ada Brisk ordered Rell to pay $4,000 in "
                          "restitution to the family.")
    assert "Judge Ada Brisk sentenced Tomas Rell, 31, to nine years in prison." in texts
    assert "Judge Ada Brisk ordered Rell to pay $4,000 in restitution to the family." in texts
    assert not any(t.startswith(("Less than", "Then")) for t in texts)


def test_a_sentence_that_only_makes_sense_after_the_one_before_is_not_a_summary_sentence():
    texts = _ranked_texts("Nell Varden took $900,000 from the credit union between 2019 and 2021, prosecutors said.\n\n"
                          "Two years later, most of it was gone.\n\n"
                          "The trial itself ran 14 weeks in the county courthouse.\n\n"
                          "Her plea agreement calls for prosecutors to recommend a shorter term in exchange for her help.\n\n"
                          "The judge said the sentence was meant to reflect both.\n\n"
                          "His lawyer, Abel Stroud, said Varden would not appeal the sentence.")
    assert not any(t.startswith(("Two years", "most of it", "Her plea", "The trial itself")) or t.endswith("both.") for t in texts), texts
    assert "His lawyer, Abel Stroud, said Varden would not appeal the sentence." in texts  # names whose lawyer


def test_a_subhead_without_a_full_stop_is_not_a_summary_sentence():
    texts = _ranked_texts("Judge Ora Flint sentenced Kip Dannel, 44, to six years in prison on Monday for the fraud.\n\n"
                          "Judge calls the fraud a betrayal of the town's trust\n\n"
                          "Dannel, who ran the town's water board, had pleaded guilty in June to wire fraud.")
    assert not any("betrayal" in t for t in texts), texts
    assert len(texts) == 2


def test_a_link_counted_in_any_number_of_years_still_leans_on_the_sentence_before():
    texts = _ranked_texts("Ivo Dent sold his first song at 17 in a parking lot in Tulsa.\n\n"
                          "Fourteen years later, the place he went was a courtroom where Judge Rue Lamb sentenced Dent "
                          "to 20 years for leading a gang.\n\n"
                          "Eleven months later, Judge Rue Lamb denied Dent's request for a new trial.\n\n"
                          "24 hours later, Dent's lawyer, Cal Nye, filed an appeal in the case.")
    assert not any("the place he went" in t for t in texts), texts
    assert "Judge Rue Lamb denied Dent's request for a new trial." in texts
    assert "Dent's lawyer, Cal Nye, filed an appeal in the case." in texts
    assert not any(t.startswith(("Fourteen", "Eleven", "24 hours")) for t in texts), texts


def test_a_nut_graf_that_leans_on_a_time_link_still_marks_the_scene_before_it():
    texts = _ranked_texts("On a cold night in March 2011, Ivo Dent stood on a table in a parking lot and sang.\n\n"
                          "There were maybe 40 people there.\n\n"
                          "Fourteen years later, the place he went was a courtroom where Judge Rue Lamb sentenced Dent "
                          "to 20 years in prison for leading a gang.\n\n"
                          "Prosecutors had asked Judge Rue Lamb for 35 years in prison for Dent.")
    assert texts[0] == "Prosecutors had asked Judge Rue Lamb for 35 years in prison for Dent.", texts


def test_a_stance_on_what_the_sentence_before_put_forward_is_never_summary():
    text = """Date: 2024-06-12

Kara Winslow was jailed for four years on Tuesday for defrauding a veterans' charity of $310,000.

Her barrister asked that the term be served in the community so she could care for her two sons.

Prosecutor Owen Trask opposed that, saying the offending had run for six years.

The Crown rejected the submission in court on Tuesday.

The charity's board has since changed the way it pays its invoices, chair Lena Fosse told the court.
"""
    ranked = [s.text for s in rank_sentences(source_from_text("w.txt", text))]
    assert not [s for s in ranked if "opposed" in s or "rejected" in s]
    assert "The charity's board has since changed the way it pays its invoices, chair Lena Fosse told the court." in ranked


def test_two_ledes_that_tell_the_jailing_without_its_length_are_one_point():
    first = ("a.txt", "Date: 2025-01-17\n\nThree men who carried out a five-month spree of night-time burglaries across "
             "the city's richest suburbs have been jailed.\n\nDale Corbin, 31, described as the organiser, was jailed "
             "for nine years.\n")
    second = ("b.txt", "Date: 2025-01-17\n\nThree men who broke into dozens of homes in north Leeds while families slept "
              "have been jailed.\n\nAll three admitted conspiracy to commit burglary at Leeds Crown Court.\n")
    texts = [s.text for s in _briefing(first, second).summary]
    assert sum(t.endswith("have been jailed.") for t in texts) == 1
    assert any("nine years" in t for t in texts)
