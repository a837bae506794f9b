"""The wheel is self-sufficient: templates ship inside it and a build works from any folder."""
import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from tests.helpers import REPO, pdf_text


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    dist = tmp_path_factory.mktemp("dist")
    src = tmp_path_factory.mktemp("src") / "briefing"
    # Build from a clean copy so nothing generated in the work tree sneaks in.
    shutil.copytree(REPO, src, ignore=shutil.ignore_patterns(".venv", ".tools", "output", ".git", "*.egg-info",
                                                             "__pycache__", ".pytest_cache", ".hypothesis", "bench"))
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                           "-w", str(dist), str(src)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    [whl] = dist.glob("*.whl")
    return whl


def test_wheel_ships_templates_and_the_console_script(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.startswith("builder/templates/") and n.endswith(".css") for n in names), names
    assert any(n.startswith("builder/templates/") and n.endswith((".html", ".j2")) for n in names), names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "briefing = builder.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_installed_wheel_builds_a_case_from_another_folder(wheel, tmp_path):
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    case = shutil.copytree(REPO / "seeds", tmp_path / "case")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site), "PYTHONSAFEPATH": "1"}
    done = subprocess.run([sys.executable, "-c", "import builder, sys; from builder.cli import main; "
                           "assert 'site' in builder.__file__, builder.__file__; sys.exit(main())",
                           "build", str(case), "-o", str(tmp_path / "out"), "--variant", "handout"],
                          cwd=elsewhere, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Peter Liang" in pdf_text(tmp_path / "out" / "handout.pdf")
