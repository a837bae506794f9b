"""`briefing build` of one or many case folders: where outputs go, exit codes, the job pool (SPEC §6)."""
from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from builder.build import BuildRequest, build
from builder.build.lock import locked
from tests.helpers import REPO, copy_seeds, run_cli

EXPECTED = ["briefing.html", "briefing.pdf", "handout.html", "handout.pdf"]


def _visible(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def test_one_case_builds_straight_into_the_output_folder_with_hidden_bookkeeping(tmp_path):
    case = copy_seeds(tmp_path / "liang")
    out = tmp_path / "out"
    report = build(BuildRequest(case_dirs=[case], out=out))
    assert report.exit_code == 0, report.lines()
    [result] = report.results
    assert result.status == "built" and sorted(p.name for p in result.outputs) == EXPECTED
    assert _visible(out) == EXPECTED
    hidden = {p.name for p in out.iterdir() if p.name.startswith(".")}
    assert ".briefing-manifest.json" in hidden and ".briefing.lock" in hidden
    assert not any(name.startswith(".tmp") for name in hidden)


def test_variant_and_format_choose_the_files_written(tmp_path):
    case = copy_seeds(tmp_path / "liang")
    out = tmp_path / "out"
    report = build(BuildRequest(case_dirs=[case], out=out, formats=("html",), variants=("handout",)))
    assert report.exit_code == 0, report.lines()
    assert _visible(out) == ["handout.html"]


def test_many_cases_build_in_a_pool_and_one_broken_case_does_not_stop_the_others(tmp_path):
    good = [copy_seeds(tmp_path / "cases" / name) for name in ("alpha", "beta", "gamma")]
    empty = tmp_path / "cases" / "empty"
    empty.mkdir()
    out = tmp_path / "out"
    done = run_cli("build", *map(str, [good[0], empty, good[1], good[2]]), "-o", str(out), "--jobs", "2",
                   "--format", "html")
    assert done.returncode == 2, done.stderr  # the empty folder is an input error; highest code wins
    for case in good:
        assert _visible(out / case.name) == ["briefing.html", "handout.html"]
    assert not (out / "empty").exists()
    assert "empty" in done.stderr and "Traceback" not in done.stderr
    # Not a terminal: plain progress lines, one per case, rather than a redrawn status line.
    assert "\r" not in done.stderr
    assert sum("[" in line and "/4]" in line for line in done.stderr.splitlines()) == 4
    assert "4 case(s): 3 built, 1 failed in" in done.stderr  # and a summary at the end

    again = build(BuildRequest(case_dirs=good, out=out, formats=("html",), jobs=2))
    assert [r.status for r in again.results] == ["up to date"] * 3 and again.exit_code == 0


def test_two_case_folders_with_the_same_name_are_refused(tmp_path):
    one = copy_seeds(tmp_path / "a" / "liang")
    two = copy_seeds(tmp_path / "b" / "liang")
    report = build(BuildRequest(case_dirs=[one, two], out=tmp_path / "out"))
    assert report.exit_code == 2
    assert "liang" in report.results[0].message and not (tmp_path / "out").exists()


def test_a_build_while_another_holds_the_output_folder_exits_3(tmp_path):
    case = copy_seeds(tmp_path / "liang")
    out = tmp_path / "out"
    out.mkdir()
    with locked(out):
        done = run_cli("build", str(case), "-o", str(out), timeout=60)
    assert done.returncode == 3
    assert "another build" in done.stderr and str(out) in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert _visible(out) == []


def test_on_a_terminal_progress_is_one_redrawn_status_line(tmp_path):
    cases = [copy_seeds(tmp_path / "cases" / name) for name in ("one", "two")]
    controller, terminal = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "builder", "build", *map(str, cases), "-o", str(tmp_path / "out"),
                                "--jobs", "2", "--format", "html"], cwd=REPO, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=terminal)
    os.close(terminal)
    stdout, _ = process.communicate(timeout=300)
    seen = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # the terminal closed: everything has been read
            break
        if not chunk:
            break
        seen += chunk
    os.close(controller)
    assert process.returncode == 0
    screen = seen.decode()
    assert "[2/2]" in screen and " s)" not in screen  # a status line redrawn in place, not log lines...
    status, summary = screen.rsplit("\r\x1b[K", 1)  # ...cleared at the end for a summary
    assert "2 case(s): 2 built in" in summary
    assert b"one: built" in stdout and b"two: built" in stdout


def test_a_case_that_fails_while_the_renderers_start_fails_cleanly_and_leaves_no_process(tmp_path):
    case = tmp_path / "case"
    case.mkdir()
    (case / "empty.txt").write_text("\n\n", encoding="utf-8")  # found only after the renderers were started
    out = tmp_path / "out"
    probe = ("import multiprocessing, sys; from builder.cli import main\n"
             "code = main(['build', sys.argv[1], '-o', sys.argv[2]])\n"
             "print(code, len(multiprocessing.active_children()), 'weasyprint' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe, str(case), str(out)], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    assert done.stdout.splitlines()[-1] == "2 0 False", done.stderr
    assert "empty.txt" in done.stderr and "empty" in done.stderr.split("empty.txt", 1)[1]
    assert not out.exists()  # nothing is written (SPEC §6)


_TWO_PDFS = '''
import multiprocessing, os, sys
from builder.build.renderers import renderers
with renderers(2) as pool:
    first, second = pool.submit(os.getpid), pool.submit(os.getpid)
    pids = {first.result(), second.result()}
    print(len(pids), os.getpid() not in pids, "weasyprint" in sys.modules)
try:
    with renderers(1) as pool:
        pool.submit(int, "not a number").result()
except ValueError as e:
    print("ValueError", "not a number" in str(e))
print(len(multiprocessing.active_children()))
'''


def test_the_renderer_lays_out_each_pdf_in_its_own_process_and_passes_errors_back():
    # In a new process: renderers are only started where WeasyPrint is not imported yet.
    done = subprocess.run([sys.executable, "-c", _TWO_PDFS], capture_output=True, text=True, cwd=REPO, timeout=120)
    # Side by side in two processes, none of them this one, which never imports WeasyPrint;
    # a failure comes back as the same exception; nothing is left running.
    assert done.stdout.splitlines() == ["2 True False", "ValueError True", "0"], done.stderr


def test_a_build_that_extracts_sources_in_two_processes_writes_what_one_process_would(tmp_path):
    """A build hands about half of a case's sources to a forked copy of itself; the briefing must not change by a
    byte, whichever process read which source, and the sources keep their order."""
    from builder.model import RenderOptions
    from builder.pipeline import load_briefing
    from builder.render import render

    case = copy_seeds(tmp_path / "liang")
    (case / "002_brief.txt").write_text(
        "title: Former officer to learn sentence next month\noutlet: Brooklyn Ledger\ndate: 2016-03-23\n\n"
        "Peter Liang, the former officer convicted of manslaughter, will be sentenced on April 14, a court "
        "spokeswoman said.\n\n\"We expect the judge to follow the law,\" said Dara Quill, a court spokeswoman.\n",
        encoding="utf-8")
    out = tmp_path / "out"
    done = run_cli("build", str(case), "-o", str(out), "--format", "html", "--variant", "briefing")
    assert done.returncode == 0, done.stderr
    one_process = render(load_briefing(case), RenderOptions(variant="briefing", formats=("html",), paper="letter",
                                                            case_dir=case.resolve()))["html"]
    built = (out / "briefing.html").read_bytes()
    assert built == one_process
    listed = built[built.index(b'<ol class="source-list">'):]
    assert listed.index(b"NBC News") < listed.index(b"New York Post") < listed.index(b"Brooklyn Ledger")
