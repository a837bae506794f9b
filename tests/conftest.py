"""Shared fixtures. Keep each fixture small and named for what it holds."""
from __future__ import annotations

import atexit
import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Set before anything imports the extractors: the compiled patterns they keep between runs (builder/extract/_regex.py)
# go to a folder of this test run, not the user's cache, for this process and every CLI run it starts.
os.environ["BRIEFING_CACHE_DIR"] = tempfile.mkdtemp(prefix="briefing-test-cache-")
atexit.register(shutil.rmtree, os.environ["BRIEFING_CACHE_DIR"], ignore_errors=True)

from builder.model import (
    Briefing, Charge, Citation, Conflict, ConflictValue, DateValue, Event, Mention, Party, Quote,
    Sentencing, Source, SummarySentence, Term,
)
from builder.sources import source_from_text

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


# --- render: a hand-made Briefing over two short articles written for the tests ---

_LEDGER = """Title: Judge weighs sentence for former clerk Dana Reyes
Outlet: Harbor Ledger
Date: 2024-03-04

Former county clerk Dana Reyes was convicted of first-degree embezzlement on Feb. 2, a jury in Lakeport found.

Prosecutor Omar Lind said Monday he will ask for three years in prison when Reyes is sentenced on March 25 before Judge Alma Whitford in Lakeport County Court.

"She took money meant for the library, and the town deserves an accounting," Lind said.

Reyes, 41, has said she intends to repay the county. "I made a terrible mistake and I will make it right," Reyes told the Ledger.

The missing funds were first noticed in August 2022, when an auditor flagged irregular transfers.
"""

_COURIER = """Title: Supporters rally for ex-clerk before sentencing
Outlet: Lakeport Courier
Date: 2024-03-05

About forty supporters gathered outside the courthouse on March 5 to back Dana Reyes, 42, ahead of her sentencing.

Defense attorney Ben Okafor is asking for probation and 300 hours of community service. Judge Alma Whitferd will hear the case.

"Locking her up will not return a single dollar <b>to anyone</b>," Okafor said.

Neighbor Ruth Castillo called Reyes "the most generous person on this street, bar none."
"""


def cite_words(source: Source, words: str, occurrence: int = 1) -> Citation:
    """The citation of the n-th occurrence of `words` in the source (fails loudly when absent)."""
    start = -1
    for _ in range(occurrence):
        start = source.text.index(words, start + 1)
    return source.cite(start, start + len(words))


def _sample_sources() -> tuple[Source, Source]:
    return source_from_text("ledger.txt", _LEDGER), source_from_text("courier.md", _COURIER)


@pytest.fixture
def sample_briefing() -> Briefing:
    """Two short articles with every fact kind: a future sentencing date, a month-only event,
    a resolved and an unresolved conflict, and a quote holding markup that must be escaped."""
    ledger, courier = _sample_sources()

    def quote(src: Source, words: str, speaker: str, role: str, stance=None) -> Quote:
        return Quote(words, [cite_words(src, words)], speaker, role, stance)

    def date(src: Source, words: str, value: dt.date, granularity="day") -> DateValue:
        return DateValue(words, [cite_words(src, words)], value, granularity)

    def sentence(src: Source, words: str) -> SummarySentence:
        return SummarySentence(words, [cite_words(src, words)])

    conviction = "Former county clerk Dana Reyes was convicted of first-degree embezzlement on Feb. 2, a jury in Lakeport found."
    ask = ("Prosecutor Omar Lind said Monday he will ask for three years in prison when Reyes is sentenced on "
           "March 25 before Judge Alma Whitford in Lakeport County Court.")
    noticed = "The missing funds were first noticed in August 2022, when an auditor flagged irregular transfers."
    rally = "About forty supporters gathered outside the courthouse on March 5 to back Dana Reyes, 42, ahead of her sentencing."
    return Briefing(
        title="State v. Dana Reyes",
        subtitle="Embezzlement sentencing in Lakeport",
        as_of=dt.date(2024, 3, 5),
        sources=[ledger, courier],
        quotes=[
            quote(ledger, "She took money meant for the library, and the town deserves an accounting",
                  "Omar Lind", "prosecutor", "critical"),
            quote(ledger, "I made a terrible mistake and I will make it right", "Dana Reyes", "defendant"),
            quote(courier, "Locking her up will not return a single dollar <b>to anyone</b>",
                  "Ben Okafor", "Reyes's defense attorney", "supportive"),
            quote(courier, "the most generous person on this street, bar none", "Ruth Castillo", "neighbor",
                  "supportive"),
        ],
        parties=[
            Party("Dana Reyes", "person", ["defendant", "former county clerk"], [cite_words(ledger, "Dana Reyes")]),
            Party("Omar Lind", "person", ["prosecutor"], [cite_words(ledger, "Omar Lind")]),
            Party("Ben Okafor", "person", ["Reyes's defense attorney"], [cite_words(courier, "Ben Okafor")]),
            Party("Alma Whitford", "person", ["judge"], [cite_words(ledger, "Alma Whitford")]),
        ],
        sentencing=Sentencing(
            charges=[Charge("first-degree embezzlement", [cite_words(ledger, "first-degree embezzlement")],
                            "convicted")],
            terms=[
                Term("three years in prison", "prison", [cite_words(ledger, "three years in prison")],
                     "recommended", 3, "years", "Omar Lind"),
                Term("probation", "probation", [cite_words(courier, "probation")], "sought", None, None,
                     "Ben Okafor"),
                Term("300 hours of community service", "community_service",
                     [cite_words(courier, "300 hours of community service")], "sought", 300, "hours", "Ben Okafor"),
            ],
            sentencing_date=date(ledger, "March 25", dt.date(2024, 3, 25)),
            judge=Mention("Judge Alma Whitford", [cite_words(ledger, "Judge Alma Whitford")], "Alma Whitford"),
            court=Mention("Lakeport County Court", [cite_words(ledger, "Lakeport County Court")]),
        ),
        events=[
            Event(rally, date(courier, "March 5", dt.date(2024, 3, 5)), [cite_words(courier, rally)]),
            Event(conviction, date(ledger, "Feb. 2", dt.date(2024, 2, 2)), [cite_words(ledger, conviction)]),
            Event(noticed, date(ledger, "August 2022", dt.date(2022, 8, 1), "month"), [cite_words(ledger, noticed)]),
            Event(ask, date(ledger, "March 25", dt.date(2024, 3, 25)), [cite_words(ledger, ask)]),
        ],
        conflicts=[
            Conflict("age", "Dana Reyes's age", [
                ConflictValue("41", "Reyes, 41", [cite_words(ledger, "Reyes, 41")]),
                ConflictValue("42", "Dana Reyes, 42", [cite_words(courier, "Dana Reyes, 42")]),
            ]),
            Conflict("name", "the judge's surname", [
                ConflictValue("Whitford", "Alma Whitford", [cite_words(ledger, "Alma Whitford")]),
                ConflictValue("Whitferd", "Alma Whitferd", [cite_words(courier, "Alma Whitferd")]),
            ], resolved=True, resolution="Whitford (editor's correction)"),
        ],
        summary=[sentence(ledger, conviction), sentence(ledger, ask), sentence(courier, rally)],
    )


# --- render: the bundled seeds as a Briefing ---

def _seed_facts_by_hand() -> Briefing:
    """The seeds' facts located by hand, for as long as the extract/reconcile stages are not in the tree."""
    from builder.config import load_config
    from builder.sources import read_case

    nbc, post = read_case(SEEDS, load_config(SEEDS))

    def q(src: Source, words: str, speaker: str, role: str, stance=None) -> Quote:
        return Quote(words, [cite_words(src, words)], speaker, role, stance)

    def s(src: Source, words: str) -> SummarySentence:
        return SummarySentence(words, [cite_words(src, words)])

    def ev(src: Source, sentence: str, words: str, value: dt.date, granularity="day") -> Event:
        return Event(sentence, DateValue(words, [cite_words(src, words)], value, granularity),
                     [cite_words(src, sentence)])

    shot = ("Former New York Police Department Officer Peter Liang apologized Thursday morning to the domestic "
            "partner of Akai Gurley, whom he shot and killed in a Brooklyn housing project in November 2014.")
    recommend = ("Liang’s apology Thursday comes just one day after Brooklyn District Attorney Ken Thompson announced "
                 "he would recommend that the former officer receive no jail time when sentenced on April 14 in "
                 "State Supreme Court in Brooklyn.")
    convicted = "Liang, 28, was convicted of second-degree manslaughter and official misconduct on Feb. 11."
    asking = ("Instead, Thompson is asking for five years probation, six months of home confinement with electronic "
              "monitoring, and 500 hours of community service.")
    rally = "But Phil Gim, who helped organize a Feb. 20 Brooklyn rally in support of Liang, welcomed the sentencing recommendation."
    handshake = ("The meeting ended with a handshake, and the two left separately without making plans to meet again "
                 "before Liang’s April 14 sentencing.")
    return Briefing(
        title="People v. Peter Liang",
        subtitle="Sentencing recommendation and apology to Akai Gurley's partner",
        as_of=dt.date(2016, 3, 24),
        sources=[nbc, post],
        quotes=[
            q(nbc, "Peter’s principal word was to say he is sorry and that this was the last thing in the world he "
                   "could have imagined", "Paul Shechtman", "Liang's attorney"),
            q(post, "Peter began it, and said that he had wanted to tell her how sorry he was that she lost a loved one",
              "Paul Shechtman", "Liang's attorney"),
            q(nbc, "Liang, on a number of occasions, expressed his sorrow and remorse", "Scott Rynecki",
              "attorney for Kimberly Ballinger"),
            q(post, "She wanted to hear what he had to say, and wanted him to hear what she had to say",
              "Scott Rynecki", "attorney for Kimberly Ballinger"),
            q(nbc, "This sentencing recommendation sends the message that police officers who kill people should not "
                   "face serious consequences", "Gurley family", "family of Akai Gurley", "critical"),
            q(nbc, "Today, [Thompson] just reinforced that we can continue to lose faith in our justice system that "
                   "does wrong by all families who lose their family members to police violence", "Cathy Dang",
              "executive director of CAAAV Organizing Asian Communities", "critical"),
            q(nbc, "The initial reaction is, of course, it's a relief for Peter and his family that probably, with the "
                   "DA's recommendation, he will not have any jail time", "Phil Gim", "rally organizer", "supportive"),
            q(post, "We will not forget this", "Charles Barron", "Assemblyman", "critical"),
            q(post, "violence is inevitable", "Charles Barron", "Assemblyman", "critical"),
        ],
        parties=[
            Party("Peter Liang", "person", ["former NYPD officer", "defendant"], [cite_words(nbc, "Peter Liang", 2)]),
            Party("Akai Gurley", "person", ["victim"], [cite_words(nbc, "Akai Gurley", 2)]),
            Party("Kimberly Ballinger", "person", ["Gurley's domestic partner"], [cite_words(nbc, "Kimberly Ballinger")]),
            Party("Ken Thompson", "person", ["Brooklyn District Attorney"], [cite_words(nbc, "Ken Thompson")]),
            Party("Paul Shechtman", "person", ["Liang's attorney"], [cite_words(nbc, "Paul Shechtman")]),
            Party("Scott Rynecki", "person", ["Ballinger's attorney"], [cite_words(nbc, "Scott Rynecki")]),
            Party("Danny Chun", "person", ["judge"], [cite_words(nbc, "Danny Chun")]),
        ],
        sentencing=Sentencing(
            charges=[Charge("second-degree manslaughter", [cite_words(nbc, "second-degree manslaughter")], "convicted"),
                     Charge("official misconduct", [cite_words(nbc, "official misconduct")], "convicted")],
            terms=[
                Term("five years probation", "probation", [cite_words(nbc, "five years probation")], "recommended",
                     5, "years", "Ken Thompson"),
                Term("six months of home confinement", "home_confinement",
                     [cite_words(nbc, "six months of home confinement")], "recommended", 6, "months", "Ken Thompson"),
                Term("500 hours of community service", "community_service",
                     [cite_words(nbc, "500 hours of community service")], "recommended", 500, "hours", "Ken Thompson"),
            ],
            sentencing_date=DateValue("April 14", [cite_words(nbc, "April 14")], dt.date(2016, 4, 14)),
            judge=Mention("Justice Danny Chun", [cite_words(nbc, "Justice Danny Chun")], "Danny Chun"),
            court=Mention("State Supreme Court in Brooklyn", [cite_words(nbc, "State Supreme Court in Brooklyn")]),
        ),
        events=[
            ev(nbc, shot, "November 2014", dt.date(2014, 11, 1), "month"),
            ev(nbc, convicted, "Feb. 11", dt.date(2016, 2, 11)),
            ev(nbc, rally, "Feb. 20", dt.date(2016, 2, 20)),
            ev(nbc, recommend, "one day after", dt.date(2016, 3, 23)),
            ev(post, handshake, "April 14", dt.date(2016, 4, 14)),
        ],
        conflicts=[
            Conflict("age", "Akai Gurley's daughter", [
                ConflictValue("3", "3-year-old daughter", [cite_words(post, "3-year-old daughter")]),
                ConflictValue("2", "2-year-old daughter", [cite_words(post, "2-year-old daughter")]),
            ]),
            Conflict("name", "Liang's attorney", [
                ConflictValue("Shechtman", "Paul Shechtman", [cite_words(nbc, "Paul Shechtman")]),
                ConflictValue("Schectman", "Schectman", [cite_words(nbc, "Schectman")]),
            ], resolved=True, resolution="Paul Shechtman (editor's correction)"),
        ],
        summary=[s(nbc, shot), s(nbc, recommend), s(nbc, asking), s(nbc, convicted)],
    )


@pytest.fixture(scope="session")
def seed_briefing() -> Briefing:
    """The seeds through the real pipeline; facts located by hand while the later stages are missing."""
    try:
        from builder.pipeline import load_briefing
    except ImportError:
        return _seed_facts_by_hand()
    return load_briefing(SEEDS)
