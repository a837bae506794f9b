"""A stage that fails on one article leaves out only that kind of fact from that article, and says so: a case
rebuilt on a schedule must not stop at one new story a rule did not expect."""
from __future__ import annotations

import logging

import pytest

import builder.extract as extract_stage
from builder.review import review
from builder.sources import source_from_text
from tests.helpers import copy_seeds

STORY = ("title: Clerk sentenced\noutlet: Test Wire\ndate: 2025-05-02\n\n"
         "Former clerk Dana Whitcombe was sentenced Friday to three years in prison for theft.\n\n"
         "\u201cI betrayed the people who trusted me,\u201d Whitcombe told the court.\n")


def _failing(*args, **kwargs):
    raise ValueError("a sentence no rule expected")


def test_a_failing_stage_leaves_out_its_facts_and_keeps_the_rest(monkeypatch, caplog):
    monkeypatch.setattr(extract_stage, "find_events", _failing)
    with caplog.at_level(logging.WARNING, logger="builder.extract"):
        facts = extract_stage.extract(source_from_text("clerk.txt", STORY))
    assert facts.events == []
    assert [t.text for t in facts.sentencing.terms] == ["three years in prison"]
    assert facts.quotes and facts.quotes[0].speaker == "Dana Whitcombe"
    assert len(facts.problems) == 1
    problem = facts.problems[0]
    assert problem.startswith("clerk.txt: its dated events were left out after an internal error (ValueError: "
                              "a sentence no rule expected")
    assert "report it" in problem
    assert problem in caplog.text


def test_the_problem_reaches_briefing_check(monkeypatch, tmp_path):
    case = copy_seeds(tmp_path / "case")
    monkeypatch.setattr(extract_stage, "find_sentencing", _failing)
    problems, warnings = review(case)
    assert problems == []
    left_out = [w for w in warnings if "sentencing details were left out" in w]
    assert len(left_out) == 2  # one per seed article, each naming its file
    assert {w.split(":")[0] for w in left_out} == {p.name for p in case.iterdir() if p.suffix in (".txt", ".md")}


@pytest.mark.parametrize("stage", ["find_parties", "find_quotes", "find_values", "rank_sentences"])
def test_any_stage_may_fail_without_stopping_extraction(monkeypatch, stage):
    monkeypatch.setattr(extract_stage, stage, _failing)
    facts = extract_stage.extract(source_from_text("clerk.txt", STORY))
    assert len(facts.problems) == 1
    assert [t.text for t in facts.sentencing.terms] == ["three years in prison"]


def test_a_build_with_a_failing_stage_still_writes_the_briefing_and_warns(tmp_path):
    import subprocess
    import sys

    case = copy_seeds(tmp_path / "case")
    out = tmp_path / "out"
    # (the CLI in a process of its own, as a user runs it, with one stage made to fail on every article)
    program = ("import sys, builder.extract as e\n"
               "def fail(*a): raise KeyError('unexpected')\n"
               "e.find_events = fail\n"
               "from builder.cli import main\n"
               "sys.exit(main(sys.argv[1:]))\n")
    run = subprocess.run([sys.executable, "-c", program, "build", str(case), "-o", str(out), "--format", "html"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert (out / "briefing.html").is_file()
    warnings = [line for line in run.stderr.splitlines() if "dated events were left out" in line]
    assert len(warnings) == 2 and all(line.startswith("briefing: WARNING: ") for line in warnings)
