"""Outputs survive everything: full disks, read-only folders, killed builds, overlapping builds (SPEC §7, issue 7)."""
from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from builder.build import BuildRequest, build
from builder.build.atomic import write_files
from builder.build.lock import locked
from builder.errors import LockedError, UsageError
from tests.helpers import REPO, copy_seeds, run_cli

OUTPUTS = ["briefing.html", "briefing.pdf", "handout.html", "handout.pdf"]


def _visible(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if not p.name.startswith(".")}


def _temp_files(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".tmp")]


def _hold_lock(folder: Path) -> subprocess.Popen:
    """Another process holding the output folder's lock until it is killed."""
    code = ("import sys, time; from pathlib import Path; from builder.build.lock import locked\n"
            "with locked(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(60)")
    holder = subprocess.Popen([sys.executable, "-c", code, str(folder)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


# --- atomic writes -----------------------------------------------------------------------------

def test_write_files_replaces_every_file_and_leaves_no_temporary_file(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"old a")
    write_files(tmp_path, {"a.pdf": b"new a", "b.html": b"new b"})
    assert _visible(tmp_path) == {"a.pdf": b"new a", "b.html": b"new b"}
    assert _temp_files(tmp_path) == []


def test_a_full_disk_keeps_the_old_files_and_says_so_in_one_line(tmp_path, monkeypatch):
    (tmp_path / "a.pdf").write_bytes(b"old a")
    (tmp_path / "b.pdf").write_bytes(b"old b")
    real_write = os.write
    calls = []

    def write_until_full(fd, data):
        calls.append(1)
        if len(calls) > 1:  # the first file fits, the second does not
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    monkeypatch.setattr("builder.build.atomic.os.write", write_until_full)
    with pytest.raises(UsageError) as caught:
        write_files(tmp_path, {"a.pdf": b"new a", "b.pdf": b"new b"})
    message = str(caught.value)
    assert "No space left on device" in message and str(tmp_path) in message and "\n" not in message
    assert _visible(tmp_path) == {"a.pdf": b"old a", "b.pdf": b"old b"}  # not even the file that fitted
    assert _temp_files(tmp_path) == []


def test_a_read_only_folder_keeps_the_old_files(tmp_path, monkeypatch):
    (tmp_path / "a.pdf").write_bytes(b"old a")

    def refuse(src, dst):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr("builder.build.atomic.os.replace", refuse)
    with pytest.raises(UsageError, match="Read-only file system"):
        write_files(tmp_path, {"a.pdf": b"new a"})
    assert _visible(tmp_path) == {"a.pdf": b"old a"}
    assert _temp_files(tmp_path) == []


# --- the lock ----------------------------------------------------------------------------------

def test_a_second_build_waits_briefly_then_gives_up_with_exit_code_3(tmp_path):
    holder = _hold_lock(tmp_path)
    try:
        start = time.monotonic()
        with pytest.raises(LockedError) as caught:
            with locked(tmp_path, wait=0.5):
                pass
        assert 0.4 < time.monotonic() - start < 5
        assert caught.value.exit_code == 3
        assert str(tmp_path) in str(caught.value) and f"process {holder.pid}" in str(caught.value)
    finally:
        holder.kill()
        holder.wait()


def test_a_lock_left_by_a_killed_build_does_not_block_the_next(tmp_path):
    holder = _hold_lock(tmp_path)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert (tmp_path / ".briefing.lock").exists()  # the file stays behind...
    start = time.monotonic()
    with locked(tmp_path, wait=0.0):  # ...but it no longer holds anyone back
        pass
    assert time.monotonic() - start < 1


# --- whole builds ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def built_case(tmp_path_factory):
    """The seeds built once; tests copy the output folder before touching it."""
    root = tmp_path_factory.mktemp("built")
    case = copy_seeds(root / "case")
    report = build(BuildRequest(case_dirs=[case], out=root / "out"))
    assert report.exit_code == 0, report.lines()
    return case, root / "out"


def _copy_output(src: Path, dest: Path) -> Path:
    dest.mkdir()
    for p in src.iterdir():
        (dest / p.name).write_bytes(p.read_bytes())
    return dest


def test_a_full_disk_during_a_build_fails_cleanly_and_keeps_the_previous_briefing(built_case, tmp_path, monkeypatch):
    case, first_out = built_case
    out = _copy_output(first_out, tmp_path / "out")
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.name != ".briefing.lock"}

    def full(fd, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("builder.build.atomic.os.write", full)
    report = build(BuildRequest(case_dirs=[case], out=out, force=True))
    assert report.exit_code == 2
    [result] = report.results
    assert result.status == "failed" and "No space left on device" in result.message and "\n" not in result.message
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.name != ".briefing.lock"}
    assert after == before
    assert _temp_files(out) == []


def test_a_usage_error_writes_nothing_and_keeps_previous_outputs(built_case, tmp_path):
    case, first_out = built_case
    out = _copy_output(first_out, tmp_path / "out")
    before = _visible(out)
    broken = copy_seeds(tmp_path / "broken")
    (broken / "briefing.toml").write_text("title = \n", encoding="utf-8")
    done = run_cli("build", str(broken), "-o", str(out))
    assert done.returncode == 2, done.stderr
    assert "briefing.toml" in done.stderr and "Traceback" not in done.stderr
    assert _visible(out) == before

    fresh = tmp_path / "never-created"
    done = run_cli("build", str(tmp_path / "missing-case"), "-o", str(fresh))
    assert done.returncode == 2 and "missing-case" in done.stderr
    assert not fresh.exists()


def test_a_build_killed_at_any_moment_leaves_a_complete_briefing(built_case, tmp_path):
    """SIGKILL at random points: every output is a previous or a new complete file, never half of one."""
    case, first_out = built_case
    out = _copy_output(first_out, tmp_path / "out")
    # Builds alternate between two as-of dates, so each run replaces outputs that differ from its own.
    runs = {"2016-03-24": _visible(out), "2016-04-01": None}
    manifests = {"2016-03-24": (out / ".briefing-manifest.json").read_bytes()}
    reference = tmp_path / "reference"
    assert run_cli("build", str(case), "-o", str(reference), "--as-of", "2016-04-01").returncode == 0
    runs["2016-04-01"] = _visible(reference)
    manifests["2016-04-01"] = (reference / ".briefing-manifest.json").read_bytes()
    assert all(runs["2016-03-24"][name] != runs["2016-04-01"][name] for name in OUTPUTS)

    rng = random.Random(7)
    for attempt in range(8):
        as_of = sorted(runs)[attempt % 2 == 0]
        process = subprocess.Popen([sys.executable, "-m", "builder", "build", str(case), "-o", str(out),
                                    "--as-of", as_of], cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.05, 2.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        now = _visible(out)
        assert sorted(now) == OUTPUTS
        for name in OUTPUTS:
            assert now[name] in (runs["2016-03-24"][name], runs["2016-04-01"][name]), name
        for name in ("briefing.pdf", "handout.pdf"):
            assert len(PdfReader(out / name).pages) >= 1
        assert (out / ".briefing-manifest.json").read_bytes() in manifests.values()

    done = run_cli("build", str(case), "-o", str(out), "--as-of", "2016-04-01")
    assert done.returncode == 0, done.stderr
    assert _visible(out) == runs["2016-04-01"]
    assert (out / ".briefing-manifest.json").read_bytes() == manifests["2016-04-01"]
    assert _temp_files(out) == []
