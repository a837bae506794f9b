"""Scheduled rebuilds: skip when nothing changed, re-render when only the look changed (SPEC §7)."""
from __future__ import annotations

import datetime as dt
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import builder.pipeline
from builder.build import BuildRequest, build
from builder.build.cache import CACHE_NAME
from tests.helpers import REPO, copy_seeds, run_cli

FAST = dict(formats=("html",))  # HTML only where the PDF adds nothing to what is tested


def _outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if not p.name.startswith(".")}


def _status(report) -> str:
    [result] = report.results
    assert result.status != "failed", result.message
    return result.status


@pytest.fixture
def case(tmp_path) -> Path:
    return copy_seeds(tmp_path / "case")


def test_a_second_build_is_up_to_date_and_never_imports_weasyprint(tmp_path):
    case = copy_seeds(tmp_path / "case")
    out = tmp_path / "out"
    first = run_cli("build", str(case), "-o", str(out))
    assert first.returncode == 0, first.stderr
    built = _outputs(out)
    assert sorted(built) == ["briefing.html", "briefing.pdf", "handout.html", "handout.pdf"]
    probe = ("import sys; from builder.cli import main\n"
             "code = main(['build', sys.argv[1], '-o', sys.argv[2]])\n"
             "print(code, 'weasyprint' in sys.modules, 'jinja2' in sys.modules)")
    again = subprocess.run([sys.executable, "-c", probe, str(case), str(out)], capture_output=True, text=True,
                           cwd=REPO, timeout=60)
    assert again.stdout.splitlines()[-1] == "0 False False", again.stderr
    assert "up to date" in again.stdout
    assert _outputs(out) == built


def test_a_deleted_or_edited_output_is_rebuilt_even_though_no_input_changed(case, tmp_path):
    out = tmp_path / "out"
    request = BuildRequest(case_dirs=[case], out=out, **FAST)
    assert _status(build(request)) == "built"
    good = _outputs(out)
    (out / "handout.html").unlink()
    assert _status(build(request)) == "built"
    (out / "briefing.html").write_text("edited by hand", encoding="utf-8")
    assert _status(build(request)) == "built"
    assert _outputs(out) == good
    assert _status(build(request)) == "up to date"


def test_same_inputs_give_byte_identical_outputs(case, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    assert build(BuildRequest(case_dirs=[case], out=one)).exit_code == 0
    assert build(BuildRequest(case_dirs=[case], out=two, force=True)).exit_code == 0
    assert _outputs(one) == _outputs(two)


def test_a_changed_article_or_as_of_date_rebuilds(case, tmp_path):
    out = tmp_path / "out"
    request = BuildRequest(case_dirs=[case], out=out, **FAST)
    assert _status(build(request)) == "built"
    article = next(case.glob("*.txt"))
    article.write_text(article.read_text(encoding="utf-8") + "\nA new closing paragraph about the case.\n",
                       encoding="utf-8")
    assert _status(build(request)) == "built"
    assert _status(build(request)) == "up to date"
    later = BuildRequest(case_dirs=[case], out=out, as_of=dt.date(2016, 5, 1), **FAST)
    assert _status(build(later)) == "built"
    assert "2016" in (out / "briefing.html").read_text(encoding="utf-8")


def test_force_rebuilds_even_when_up_to_date(case, tmp_path):
    out = tmp_path / "out"
    assert _status(build(BuildRequest(case_dirs=[case], out=out, **FAST))) == "built"
    assert _status(build(BuildRequest(case_dirs=[case], out=out, force=True, **FAST))) == "built"


def test_a_template_change_re_renders_without_re_extracting(case, tmp_path, monkeypatch):
    out = tmp_path / "out"
    # In a subfolder: a .html file at the top of the case folder would be read as an article.
    template = case / "templates" / "custom.html"
    template.parent.mkdir()
    page = "<!DOCTYPE html><html><body><h1>{{ b.title }}</h1><p>house style %s</p></body></html>\n"
    template.write_text(page % 1, encoding="utf-8")
    request = BuildRequest(case_dirs=[case], out=out, variants=("briefing",), template=template, **FAST)
    first = build(request)
    assert _status(first) == "built"

    def refuse(*args, **kwargs):
        raise AssertionError("the facts were extracted again")

    monkeypatch.setattr(builder.pipeline, "load_briefing", refuse)
    template.write_text(page % 2, encoding="utf-8")
    assert _status(build(request)) == "built"
    assert "house style 2" in (out / "briefing.html").read_text(encoding="utf-8")
    # A different paper size is also only a new rendering of the same facts.
    assert _status(build(BuildRequest(case_dirs=[case], out=out, variants=("briefing",), template=template,
                                      paper="a4", **FAST))) == "built"


def test_cached_facts_are_checked_against_the_current_source(case, tmp_path):
    out = tmp_path / "out"
    assert build(BuildRequest(case_dirs=[case], out=out, **FAST)).exit_code == 0
    # Corrupt one cached quote's offsets, as a stale or tampered cache would.
    key, briefing = pickle.loads((out / CACHE_NAME).read_bytes())
    quote = briefing.quotes[0]
    quote.citations[0] = type(quote.citations[0])(quote.citations[0].source, quote.citations[0].start + 3,
                                                  quote.citations[0].end + 3)
    (out / CACHE_NAME).write_bytes(pickle.dumps((key, briefing)))
    report = build(BuildRequest(case_dirs=[case], out=out, paper="a4", **FAST))  # re-render from the cache
    assert report.exit_code == 1
    assert "quote" in report.results[0].message and "--force" in report.results[0].message
    assert build(BuildRequest(case_dirs=[case], out=out, paper="a4", force=True, **FAST)).exit_code == 0


def test_renderer_processes_write_the_same_bytes_as_rendering_in_one_process(case, tmp_path):
    # A cold command-line build lays its PDFs out in renderer processes; `watch` and
    # `--jobs` workers lay them out in their own process, one case after another with
    # the fonts the earlier ones loaded and shaped. The bytes must not differ.
    apart = tmp_path / "apart"
    done = run_cli("build", str(case), "-o", str(apart))
    assert done.returncode == 0, done.stderr
    from builder.render.engine import import_weasyprint

    import_weasyprint()  # with WeasyPrint imported, build() renders here rather than fork renderers
    assert build(BuildRequest(case_dirs=[case], out=tmp_path / "a4", paper="a4")).exit_code == 0  # warms the fonts
    here = tmp_path / "here"
    assert build(BuildRequest(case_dirs=[case], out=here)).exit_code == 0
    assert _outputs(apart) == _outputs(here)
