"""A couple tried together, told by two outlets: the wife's charges and sentence are the case's, printed with her
name; a witness's sentence stays among other people's; nothing about the two of them reads as a disagreement.
The articles are written for this test."""
from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.helpers import pdf_text, run_cli

LEDGER = """title: Pastor and wife sentenced for draining church charity
source: Valley Ledger
date: 2026-02-11

A former pastor, Dale Marsh, 58, was sentenced Tuesday to 10 years in prison for stealing $3 million from a church \
charity that fed homeless families.

His wife, Rita Marsh, 55, who was tried with him in October, was sentenced to six years in prison. A jury convicted \
the couple of wire fraud, and Rita Marsh was also convicted of money laundering.

U.S. District Judge Anna Keel also ordered Dale Marsh to pay $3 million in restitution.

The charity's former bookkeeper, Sam Ode, who pleaded guilty and testified against the couple, was sentenced last \
month to 18 months in prison.

"They stole from people who had nothing," Keel said.
"""

WIRE = """title: Ex-pastor gets 10 years in charity fraud
source: Wire Service
date: 2026-02-11

Dale Marsh, a former pastor, was sentenced on Tuesday to 10 years in prison after a jury convicted him of wire fraud \
for looting a church charity.

His wife, Rita Marsh, received six years in prison.

"I am ashamed," Dale Marsh told the court.
"""


class _Rows(HTMLParser):
    """The text of each table row and of each definition in the page, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[str] = []
        self._open: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag in ("tr", "dd"):
            self._open = []

    def handle_endtag(self, tag):
        if tag in ("tr", "dd") and self._open is not None:
            self.rows.append(" ".join("".join(self._open).split()))
            self._open = None

    def handle_data(self, data):
        if self._open is not None:
            self._open.append(data)


@pytest.fixture(scope="module")
def case(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("couple")
    (folder / "ledger.txt").write_text(LEDGER, encoding="utf-8")
    (folder / "wire.txt").write_text(WIRE, encoding="utf-8")
    return folder


def test_the_wifes_charges_and_sentence_are_the_cases_and_carry_her_name(case):
    done = run_cli("extract", str(case), "--json")
    assert done.returncode == 0, done.stderr
    sentencing = json.loads(done.stdout)["sentencing"]
    terms = {(t["text"], t["subject"]): t for t in sentencing["terms"]}
    assert terms[("10 years in prison", None)]["status"] == "imposed"
    wife = terms[("six years in prison", "Rita Marsh")]
    assert wife["status"] == "imposed" and {c["source"] for c in wife["citations"]} == {"ledger", "wire"}
    assert ("money laundering", "Rita Marsh") in {(c["text"], c["subject"]) for c in sentencing["charges"]}
    assert [(t["text"], t["subject"]) for t in sentencing["others"]] == [("18 months in prison", "Sam Ode")]
    # `terms` lists every sentence the case's coverage states, the outsider's too, each under its subject
    assert ("18 months in prison", "Sam Ode") in terms and [t["subject"] for t in sentencing["terms"]][-1] == "Sam Ode"
    assert json.loads(done.stdout)["conflicts"] == []  # her age is hers, not a second age of his


def test_the_briefing_prints_her_name_before_her_terms_and_no_disagreement_between_them(case, tmp_path):
    out = tmp_path / "out"
    done = run_cli("build", str(case), "-o", str(out), "--as-of", "2026-02-12")
    assert done.returncode == 0, done.stderr
    rows = _Rows()
    rows.feed((out / "briefing.html").read_text(encoding="utf-8"))
    assert any(r.startswith("Rita Marsh: six years in prison") and "imposed" in r for r in rows.rows)
    assert any(r.startswith("10 years in prison") and "imposed" in r for r in rows.rows)
    assert any("Rita Marsh: money laundering" in r for r in rows.rows)
    assert any(r.startswith("Sam Ode: 18 months in prison") for r in rows.rows)
    text = " ".join(pdf_text(out / "briefing.pdf").split())
    assert "Rita Marsh: six years in prison" in text
    assert "imposed prison" not in text  # no term conflict between husband and wife
