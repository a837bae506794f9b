"""Once a sentence has been imposed, the summary opens on it and drops what a preview said lay ahead: of two stories
of one day, the one reporting the sentence leads, and "will stand before a federal judge to learn ...", "Prosecutors
are asking Judge Roe to sentence him to nine years" and "His lawyers want a sentence of probation" are no longer the
case's state. What was asked, told in the past ("Prosecutors had asked for nine years"), stays."""
from __future__ import annotations

from tests.helpers import case_of

PREVIEW = ("preview.txt", "Date: 2024-05-14\n\nOn Tuesday, former sheriff Amon Kettridge will stand before a federal judge "
                          "to learn how long he will spend in prison for beating a man in his jail. Prosecutors are asking "
                          "U.S. District Judge Ilse Warrender to sentence Kettridge to nine years in prison. His lawyers "
                          "want a sentence of two years.\n")
AFTER = ("after.txt", "Date: 2024-05-14\n\nFormer sheriff Amon Kettridge was sentenced Tuesday to seven years in federal "
                      "prison for beating a handcuffed man in his jail. Prosecutors had asked for nine years.\n")


def _summary(*stories):
    return [s.text for s in case_of(*stories).summary]


def test_of_two_stories_of_one_day_the_sentence_leads_and_the_preview_ahead_is_dropped():
    for order in ((PREVIEW, AFTER), (AFTER, PREVIEW)):
        summary = _summary(*order)
        assert summary[0].startswith("Former sheriff Amon Kettridge was sentenced Tuesday"), summary
        assert not [s for s in summary if "will stand" in s or "are asking" in s or "want a sentence" in s], summary


def test_before_the_sentence_the_preview_is_the_summary():
    summary = _summary(PREVIEW)
    assert any("will stand before a federal judge" in s for s in summary)


def test_a_live_pages_promise_of_more_is_no_summary_sentence():
    live = ("live.txt", "Date: 2024-05-14\n\nFormer sheriff Amon Kettridge was sentenced Tuesday to seven years in federal "
                        "prison for beating a handcuffed man in his jail. A full report will be published shortly. Check "
                        "back for updates. Here's what to know about the case. Kettridge, 61, had led the department for two decades.\n")
    summary = _summary(live)
    assert summary and not [s for s in summary if "shortly" in s or "Check back" in s or "what to know" in s], summary


def test_a_storys_weak_sentence_does_not_fill_the_words_left():
    from builder.model import Citation, SummarySentence
    from builder.reconcile.summary import pick_summary

    def ranked(*scored):
        return [SummarySentence(text=t, citations=[Citation("a", i, i + 1)], score=score) for i, (t, score) in enumerate(scored)]

    chosen = pick_summary([ranked(("Ilse Marvelle was sentenced Tuesday to nine years in prison for arson.", 1.9),
                                  ("Marvelle pleaded guilty in May to arson and insurance fraud.", 1.4),
                                  ("Tucson was one of the hardest-hit cities.", 0.35))], sentenced=True)
    assert [s.text for s in chosen][-1] == "Marvelle pleaded guilty in May to arson and insurance fraud."
    # a story whose best sentence is itself modest keeps its other sentences of like weight
    chosen = pick_summary([ranked(("Ilse Marvelle was sentenced Tuesday to nine years in prison.", 0.6),
                                  ("Marvelle's lawyer said she will appeal.", 0.35))], sentenced=True)
    assert len(chosen) == 2


def test_one_sentence_told_in_months_and_in_years_and_a_half_or_as_life_sentences_imposed_is_said_once():
    wire = ("wire.txt", "Date: 2025-04-17\n\nA Swain County man who poached black bears in a national park was sentenced "
                        "Wednesday to a year and a half in federal prison.\n")
    local = ("local.txt", "Date: 2025-04-17\n\nIn addition to 18 months in prison, Judge Ada Fenwick ordered Corbin Ashe to "
                          "serve three years of supervised release and pay a $25,000 fine. Prosecutors had sought 27 months.\n")
    summary = _summary(wire, local)
    assert len([s for s in summary if "18 months" in s or "a year and a half" in s]) == 1, summary
    day = ("day.txt", "Date: 2025-03-07\n\nA gang member who arranged the killing of a witness was sentenced Thursday to life "
                      "in federal prison.\n")
    detail = ("detail.txt", "Date: 2025-03-07\n\nU.S. District Judge Nia Rowe imposed two concurrent life sentences on Dion "
                            "Harker for the murder of Cal Pryce. Harker's lawyer said he would appeal.\n")
    summary = _summary(day, detail)
    assert len([s for s in summary if "life" in s]) == 1, summary
