"""The seeds' HTML checked with independent tools: the Nu HTML Checker, axe-core in Chromium, screenshots.

The tools are installed by `.ci/run` (npm into .tools/, Chromium and Java from
Debian); a test skips, saying what is missing, only when a tool is absent.
"""
from __future__ import annotations

import html as htmllib
import json
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from builder.model import RenderOptions
from builder.render import render

REPO = Path(__file__).resolve().parent.parent
VNU = REPO / ".tools/node_modules/vnu-jar/build/dist/vnu.jar"
AXE = REPO / ".tools/node_modules/axe-core/axe.min.js"
VARIANTS = ["briefing", "handout"]


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")


def _run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "chromium-profile"
    return subprocess.run(
        [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
         f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def seed_html(seed_briefing, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("html")
    out = {}
    for variant in VARIANTS:
        out[variant] = folder / f"{variant}.html"
        out[variant].write_bytes(render(seed_briefing, RenderOptions(variant=variant, formats=("html",)))["html"])
    return out


def test_html_is_self_contained(seed_html):
    for page in seed_html.values():
        text = page.read_text(encoding="utf-8")
        assert not re.search(r'<(link|script)\b|\bsrc="|url\(', text), "the page would load something"
        assert "<svg" in text or "handout" in page.name


def test_vnu_reports_no_errors(seed_html):
    if not VNU.is_file():
        pytest.skip(f"vnu.jar not found at {VNU}; run `npm install --prefix .tools vnu-jar`")
    if shutil.which("java") is None:
        pytest.skip("Java is not installed (Debian: apt-get install default-jre-headless)")
    done = subprocess.run(["java", "-jar", str(VNU), "--errors-only", *map(str, seed_html.values())],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def _probe(page: Path, tmp_path: Path, width: int) -> dict:
    """Load `page` at `width` px in an iframe (same origin through srcdoc), run axe-core on it, and
    report the violations and how wide the content is."""
    if not AXE.is_file():
        pytest.skip(f"axe.min.js not found at {AXE}; run `npm install --prefix .tools axe-core`")
    # axe runs inside the page; the page (same origin through srcdoc) reports to the wrapper.
    runner = """<script>%s</script><script>
axe.run(document, {resultTypes: ['violations']}).then(function (r) {
  parent.document.getElementById('result').textContent = 'RESULT' + JSON.stringify({
    violations: r.violations.map(function (v) { return {id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map(function (n) { return n.target.join(' '); }).slice(0, 3)}; }),
    scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth}) + 'END';
}).catch(function (e) { parent.document.getElementById('result').textContent = 'RESULT' + JSON.stringify({error: String(e)}) + 'END'; });
</script>""" % AXE.read_text(encoding="utf-8")
    source = page.read_text(encoding="utf-8").replace("</body>", runner + "</body>")
    wrapper = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>probe</title></head>'
               f'<body style="margin:0"><pre id="result"></pre><iframe title="page" '
               f'style="width:{width}px;height:900px;border:0" srcdoc="{htmllib.escape(source)}"></iframe></body></html>')
    probe = tmp_path / f"probe-{page.stem}-{width}.html"
    probe.write_text(wrapper, encoding="utf-8")
    done = _run_chromium(tmp_path, "--window-size=1280,1000", "--virtual-time-budget=30000", "--dump-dom",
                         probe.as_uri())
    found = re.search(r'<pre id="result">RESULT(.*?)END</pre>', done.stdout, re.S)
    assert found, f"Chromium produced no axe result: {done.stderr[-500:]}"
    result = json.loads(htmllib.unescape(found.group(1)))
    assert "error" not in result, result
    return result


@pytest.mark.parametrize("variant", VARIANTS)
def test_axe_finds_no_serious_or_critical_violations(seed_html, tmp_path, variant):
    result = _probe(seed_html[variant], tmp_path, 1280)
    bad = [v for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert not bad, json.dumps(bad, indent=1)


@pytest.mark.parametrize("variant", VARIANTS)
def test_no_sideways_scrolling_on_a_375_px_phone(seed_html, tmp_path, variant):
    result = _probe(seed_html[variant], tmp_path, 375)
    assert result["scrollWidth"] <= result["clientWidth"], result
    assert not [v for v in result["violations"] if v["impact"] in ("serious", "critical")]


def _png_size(path: Path) -> tuple[int, int]:
    return struct.unpack(">II", path.read_bytes()[16:24])


@pytest.mark.parametrize("width", [375, 1280])
def test_chromium_screenshots_at_phone_and_desktop_width(seed_html, tmp_path, width):
    """Writes the screenshots a person looks at; they land in the test's tmp folder."""
    shot = tmp_path / f"briefing-{width}.png"
    done = _run_chromium(tmp_path, f"--window-size={width},2400", f"--screenshot={shot}",
                         seed_html["briefing"].as_uri())
    assert shot.is_file(), done.stderr[-500:]
    assert _png_size(shot) == (width, 2400)
    assert shot.stat().st_size > 20_000  # a blank page compresses to a few kilobytes
