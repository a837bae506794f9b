"""The command line end to end: real builds, real PDFs read back, exit codes and messages."""
import json
import shutil

import pytest
from pypdf import PdfReader

from tests.helpers import REPO, copy_seeds, fold, pdf_text, run_cli


@pytest.fixture(scope="module")
def seeds_build(tmp_path_factory):
    """`briefing build` with no argument, run where a user would: a folder holding seeds/."""
    root = tmp_path_factory.mktemp("repo")
    copy_seeds(root / "seeds")
    done = run_cli("build", cwd=root)
    assert done.returncode == 0, done.stderr
    return root


@pytest.fixture(scope="module")
def seeds_facts():
    done = run_cli("extract", "seeds", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_build_without_arguments_writes_the_bundled_example_to_output(seeds_build):
    names = sorted(p.name for p in (seeds_build / "output").iterdir() if not p.name.startswith("."))
    assert names == ["briefing.html", "briefing.pdf", "handout.html", "handout.pdf"]


def test_the_pdf_carries_the_case_the_terms_and_cited_quotes(seeds_build, seeds_facts):
    text = pdf_text(seeds_build / "output" / "briefing.pdf")
    for name in ["Peter Liang", "Akai Gurley", "Kimberly Ballinger", "Paul Shechtman", "Ken Thompson", "Danny Chun"]:
        assert name in text, name
    for term in ["five years", "probation", "six months", "home confinement", "500 hours", "community service"]:
        assert term in text, term
    quoted = [q for q in seeds_facts["quotes"] if q["speaker"] and fold(q["text"]).rstrip(",.") in text]
    assert len(quoted) >= 10, [q["text"][:40] for q in seeds_facts["quotes"]]
    for q in quoted:
        assert q["speaker"] in text


def test_pdf_metadata_and_pages(seeds_build):
    reader = PdfReader(str(seeds_build / "output" / "briefing.pdf"))
    assert reader.metadata.title == "People v. Peter Liang"
    assert len(reader.pages) >= 2
    assert len(PdfReader(str(seeds_build / "output" / "handout.pdf")).pages) == 1


def test_extract_json_prints_only_json_with_exact_citations(seeds_facts):
    texts = {p.name: p.read_text(encoding="utf-8") for p in (REPO / "seeds").glob("*.txt")}
    files = {s["id"]: s["file"] for s in seeds_facts["sources"]}
    assert len(seeds_facts["quotes"]) >= 15
    for q in seeds_facts["quotes"]:
        c = q["citation"]
        assert texts[files[c["source"]]][c["start"]:c["end"]] == q["text"]
    assert {s["outlet"] for s in seeds_facts["sources"]} == {"NBC News", "New York Post"}


def test_build_works_from_any_working_directory(tmp_path):
    case = copy_seeds(tmp_path / "case")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    done = run_cli("build", str(case), "-o", str(tmp_path / "out"), "--variant", "handout", "--format", "html",
                   cwd=elsewhere)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "handout.html").is_file()


def test_check_passes_on_the_seeds():
    done = run_cli("check", "seeds")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok" in done.stdout


def test_a_pinned_quote_found_in_no_source_fails_check_and_build(tmp_path):
    case = copy_seeds(tmp_path / "case")
    toml = case / "briefing.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        'paper = "letter"', 'paper = "letter"\npin = ["Justice was served in full today"]'), encoding="utf-8")
    check = run_cli("check", str(case))
    assert check.returncode == 1
    assert "Justice was served in full today" in check.stdout + check.stderr
    build = run_cli("build", str(case), "-o", str(tmp_path / "out"))
    assert build.returncode == 1
    assert "briefing.toml" in build.stderr and "Traceback" not in build.stderr
    assert not (tmp_path / "out" / "briefing.pdf").exists()


def test_a_source_edited_after_extraction_is_refused(tmp_path):
    from builder.check import verify_citations
    from builder.config import load_config
    from builder.pipeline import load_briefing
    from builder.sources import read_case

    case = copy_seeds(tmp_path / "case")
    briefing = load_briefing(case)
    article = case / "001_a87f22302869d275.txt"
    article.write_text("Inserted line.\n" + article.read_text(encoding="utf-8"), encoding="utf-8")
    briefing.sources = read_case(case, load_config(case))
    problems = verify_citations(briefing)
    assert problems and any("001_a87f22302869d275.txt" in p for p in problems)


@pytest.mark.parametrize("args, code, words", [
    (["build", "no-such-folder"], 2, "does not exist"),
    (["extract", "no-such-folder"], 2, "does not exist"),
    (["build", "seeds", "--as-of", "yesterday"], 2, "YYYY-MM-DD"),
    (["build", "seeds", "--format", "docx"], 2, "html, pdf"),
    (["build", "seeds", "--template", "/etc/passwd"], 2, "outside the case folder"),
    (["build", "seeds", "--template", "seeds/no-such-template.html"], 2, "does not exist"),
    (["build", "seeds", "--variant", "poster"], 2, "briefing, handout"),
])
def test_usage_errors_are_one_line_with_exit_2(args, code, words, tmp_path):
    done = run_cli(*args, "-o", str(tmp_path / "out")) if args[0] == "build" else run_cli(*args)
    assert done.returncode == code
    assert words in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_init_scaffolds_a_case_that_then_builds(tmp_path):
    case = tmp_path / "new-case"
    done = run_cli("init", str(case))
    assert done.returncode == 0 and (case / "briefing.toml").is_file()
    assert run_cli("init", str(case)).returncode == 2
    shutil.copy(REPO / "seeds" / "000_e4365a94bf8ca061.txt", case)
    built = run_cli("build", str(case), "-o", str(tmp_path / "out"), "--format", "html", "--as-of", "2016-03-24")
    assert built.returncode == 0, built.stderr


def test_extract_json_lists_every_count_with_its_status_and_the_cleared_ones_again(tmp_path):
    case = tmp_path / "case"
    case.mkdir()
    (case / "verdict.txt").write_text(
        "title: Jury splits verdict in Morrow trial\noutlet: Ledger\ndate: 2025-03-01\n\n"
        "A jury on Friday acquitted Dana Morrow of murder but found her guilty of voluntary manslaughter. "
        "Jurors deadlocked on a count of arson. "
        "Prosecutors earlier dismissed a count of tampering with evidence.\n", encoding="utf-8")
    done = run_cli("extract", str(case), "--json")
    assert done.returncode == 0, done.stderr
    sentencing = json.loads(done.stdout)["sentencing"]
    cleared = {("murder", "acquitted"), ("arson", "hung"), ("tampering with evidence", "dismissed")}
    assert {(c["text"], c["status"]) for c in sentencing["charges"]} == {("voluntary manslaughter", "convicted"), *cleared}
    assert {(c["text"], c["status"]) for c in sentencing["cleared_charges"]} == cleared
    assert all(c["citations"] for c in sentencing["cleared_charges"])


def test_extract_json_keeps_deadlocked_counts_as_charges_when_nothing_was_decided(tmp_path):
    case = tmp_path / "case"
    case.mkdir()
    (case / "mistrial.txt").write_text(
        "title: Mistrial in Morrow case\noutlet: Ledger\ndate: 2025-03-01\n\n"
        "Jurors deadlocked on a count of arson against Dana Morrow on Friday, and the judge declared a mistrial.\n",
        encoding="utf-8")
    done = run_cli("extract", str(case), "--json")
    assert done.returncode == 0, done.stderr
    sentencing = json.loads(done.stdout)["sentencing"]
    assert [(c["text"], c["status"]) for c in sentencing["charges"]] == [("arson", "hung")]
    assert sentencing["cleared_charges"] == []


def test_check_says_why_an_age_difference_is_settled(tmp_path):
    case = tmp_path / "case"
    case.mkdir()
    (case / "plea.txt").write_text("title: Guard pleads guilty\noutlet: Ledger\ndate: 2024-03-04\n\n"
                                   "Owen Marrisk, 46, a former jail guard, pleaded guilty to bribery on Monday.\n",
                                   encoding="utf-8")
    (case / "sentence.txt").write_text("title: Guard sentenced\noutlet: Courier\ndate: 2024-10-21\n\n"
                                       "Owen Marrisk, 47, a former jail guard, was sentenced to two years in prison "
                                       "on Monday for bribery.\n", encoding="utf-8")
    done = run_cli("check", str(case))
    assert done.returncode == 0, done.stderr
    assert ("sources disagree on Owen Marrisk (age): '46' vs '47' [resolved: The stories are dated March 4, 2024 and "
            "October 21, 2024; a birthday between them fits both ages]") in done.stderr + done.stdout
