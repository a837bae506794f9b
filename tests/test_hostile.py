"""Bad input never hurts (SPEC §8): clear one-line errors, previous outputs untouched, nothing leaks."""
import hashlib
import shutil
import socket
import threading
from pathlib import Path

import pytest

from tests.helpers import REPO, pdf_text, run_cli

HOSTILE = Path(__file__).parent / "hostile"
STORY = "A former county clerk was sentenced Tuesday to two years in prison.\n"


def snapshot(folder: Path) -> dict[str, str]:
    # The lock file records the pid of whoever last held it; it is not an output.
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()
            if p.is_file() and not p.name.endswith(".lock")}


@pytest.fixture(scope="module")
def good_output(tmp_path_factory):
    """A folder holding a complete, good build that bad builds must leave alone."""
    out = tmp_path_factory.mktemp("out")
    done = run_cli("build", str(REPO / "seeds"), "-o", str(out), "--variant", "handout")
    assert done.returncode == 0, done.stderr
    return out


@pytest.mark.parametrize("case", sorted(p.name for p in HOSTILE.iterdir() if p.is_dir()))
def test_hostile_case_fails_cleanly_and_keeps_previous_outputs(case, good_output, tmp_path):
    folder = shutil.copytree(HOSTILE / case, tmp_path / case)
    before = snapshot(good_output)
    done = run_cli("build", str(folder), "-o", str(good_output), "--variant", "handout")
    assert done.returncode in (1, 2), done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    named = [p.name for p in folder.iterdir()] + [folder.name]
    assert any(name in lines[0] for name in named), lines[0]
    assert snapshot(good_output) == before
    assert not [p for p in good_output.iterdir() if p.name.startswith(".") and "tmp" in p.name]


def test_oversized_file_is_refused_naming_the_limit_without_reading_it(tmp_path):
    case = tmp_path / "case"
    case.mkdir()
    with open(case / "huge.txt", "wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing written to disk
    done = run_cli("extract", str(case), "--json")
    assert done.returncode == 2
    assert "huge.txt" in done.stderr and "MB limit" in done.stderr and done.stdout == ""


def test_one_very_long_line_and_unbalanced_quotes_still_extract(tmp_path):
    case = tmp_path / "case"
    case.mkdir()
    sentence = "The clerk said \u201cthe records were altered, and the judge agreed. "
    (case / "long.txt").write_text(sentence * 3000 + "\n", encoding="utf-8")
    done = run_cli("extract", str(case), "--json", timeout=120)
    assert done.returncode == 0, done.stderr


def test_article_markup_and_template_syntax_are_shown_literally(tmp_path):
    case = tmp_path / "case"
    case.mkdir()
    (case / "story.html").write_text(
        "<html><body><article><p>The clerk wrote {{ 7*7 }} and {% include 'x' %} on the form, "
        "the prosecutor said.</p><p onclick=\"alert(1)\">The judge sentenced her to two years in prison.</p>"
        "<script>fetch('http://127.0.0.1/')</script><img src=\"file:///etc/passwd\"></article></body></html>",
        encoding="utf-8")
    out = tmp_path / "out"
    done = run_cli("build", str(case), "-o", str(out), "--variant", "briefing", "--as-of", "2024-01-02")
    assert done.returncode == 0, done.stderr
    html = (out / "briefing.html").read_text(encoding="utf-8")
    assert "<script>fetch" not in html and "onclick" not in html and "/etc/passwd" not in html
    assert "49" not in pdf_text(out / "briefing.pdf")


def test_editor_markdown_cannot_fetch_files_or_hosts(tmp_path):
    hits = []
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.settimeout(0.2)
    port = server.getsockname()[1]
    stop = threading.Event()

    def listen():
        while not stop.is_set():
            try:
                conn, _ = server.accept()
                hits.append(conn)
                conn.close()
            except OSError:
                pass

    thread = threading.Thread(target=listen, daemon=True)
    thread.start()
    case = tmp_path / "case"
    case.mkdir()
    (case / "story.txt").write_text(STORY, encoding="utf-8")
    (case / "briefing.toml").write_text(
        'title = "People v. Clerk"\nsummary = """\nThe clerk was sentenced.\n\n'
        f'![x](file:///etc/passwd) ![y](http://127.0.0.1:{port}/leak.png)\n'
        f'<img src="http://127.0.0.1:{port}/raw.png"><script>alert(1)</script>\n"""\n', encoding="utf-8")
    out = tmp_path / "out"
    try:
        done = run_cli("build", str(case), "-o", str(out), "--variant", "briefing", "--as-of", "2024-01-02")
    finally:
        stop.set()
        thread.join(2)
        server.close()
    assert done.returncode == 0, done.stderr
    assert hits == []
    html = (out / "briefing.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "file:///etc/passwd" not in html and f"127.0.0.1:{port}" not in html
    assert "root:x:0:0" not in pdf_text(out / "briefing.pdf")
