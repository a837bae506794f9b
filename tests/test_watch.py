"""`briefing watch`: rebuild on change in one long-lived process; Ctrl-C ends it cleanly (SPEC §6)."""
from __future__ import annotations

import queue
import signal
import subprocess
import sys
import threading
import time

from builder.build import BuildRequest
from builder.watch import watch
from tests.helpers import REPO, copy_seeds


def _next_line(lines: queue.Queue, wanted: str, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=deadline - time.monotonic())
        except queue.Empty:
            break
        if wanted in line:
            return line
    raise AssertionError(f"no line with {wanted!r} within {timeout} s")


def test_watch_rebuilds_when_an_article_changes_and_ignores_its_own_outputs(tmp_path):
    case = copy_seeds(tmp_path / "case")
    out = case / "output"  # inside the case folder: our own writes must not retrigger a build
    lines: queue.Queue = queue.Queue()
    stop = threading.Event()
    request = BuildRequest(case_dirs=[case], out=out, formats=("html",), variants=("briefing",))
    worker = threading.Thread(target=watch, args=(case, request),
                              kwargs=dict(say=lines.put, stop=stop, debounce_ms=200), daemon=True)
    worker.start()
    try:
        assert "built" in _next_line(lines, f"{case}:", timeout=120)
        _next_line(lines, "watching", timeout=10)
        config = case / "briefing.toml"
        config.write_text(config.read_text(encoding="utf-8").replace("People v. Peter Liang", "Watched Case Title"),
                          encoding="utf-8")
        assert "built" in _next_line(lines, f"{case}:", timeout=120)
        assert "Watched Case Title" in (out / "briefing.html").read_text(encoding="utf-8")
        # Writing the outputs did not trigger yet another build.
        time.sleep(1.5)
        assert all("built" not in line for line in list(lines.queue))
    finally:
        stop.set()
        worker.join(timeout=30)
    assert not worker.is_alive()
    assert "stopped" in _next_line(lines, "stopped", timeout=1)


def test_ctrl_c_stops_watch_with_exit_code_0(tmp_path):
    case = copy_seeds(tmp_path / "case")
    process = subprocess.Popen([sys.executable, "-m", "builder", "watch", str(case), "-o", str(tmp_path / "out")],
                               cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        seen = []
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            seen.append(line)
            if "watching" in line or not line:
                break
        assert "watching" in seen[-1], seen
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0
        assert "Traceback" not in process.stderr.read()
        assert sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith(".")) == [
            "briefing.html", "briefing.pdf", "handout.html", "handout.pdf"]
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
