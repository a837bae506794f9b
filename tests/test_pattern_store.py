"""The compiled patterns kept between runs (PatternStore): a pattern read back from the file matches exactly as
`re.compile` would, a damaged or unwritable file costs only time, and a CLI run writes and then uses the file."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from builder.extract._regex import CACHE_DIR_VARIABLE, PatternStore, default_store_path

REPO = Path(__file__).resolve().parents[1]
_TERM = r"(?P<amount>\d+|five|six)\s+(?P<unit>years?|months?)\s+(?:of\s+)?(?P<kind>probation|in\s+prison)"
_TEXT = "Ann Roe got six months in prison and 5 YEARS OF PROBATION; Bo Lee got 18 months probation."


def _same_as_re(compiled: re.Pattern[str], source: str, flags: int) -> None:
    real = re.compile(source, flags)
    assert compiled == real  # same source, flags and engine program
    assert [m.groupdict() for m in compiled.finditer(_TEXT)] == [m.groupdict() for m in real.finditer(_TEXT)]
    assert compiled.groupindex == real.groupindex and compiled.groups == real.groups and compiled.flags == real.flags


def test_a_pattern_read_back_from_the_file_matches_as_re_compile_does(tmp_path):
    path = tmp_path / "patterns.marshal"
    first = PatternStore(path)
    _same_as_re(first.compile(_TERM, re.I), _TERM, re.I)
    _same_as_re(first.compile(r"\bRoe\b", 0), r"\bRoe\b", 0)
    first.save()
    assert path.stat().st_size > 0

    again = PatternStore(path)
    compiled = again.compile(_TERM, re.I)
    _same_as_re(compiled, _TERM, re.I)
    assert [m.group("kind") for m in compiled.finditer(_TEXT)] == ["in prison", "PROBATION", "probation"]


def test_a_second_store_compiles_nothing_the_file_holds(tmp_path, monkeypatch):
    path = tmp_path / "patterns.marshal"
    first = PatternStore(path)
    first.compile(_TERM, re.I)
    first.save()

    import builder.extract._regex as module

    def no_parsing(*args):
        raise AssertionError("a stored pattern was parsed again")

    monkeypatch.setattr(module, "_program", no_parsing)
    assert PatternStore(path).compile(_TERM, re.I).search(_TEXT).group("amount") == "six"


@pytest.mark.parametrize("damage", [b"", b"not a pattern file", "flip"])
def test_a_damaged_file_is_ignored_and_rewritten(tmp_path, damage):
    path = tmp_path / "patterns.marshal"
    store = PatternStore(path)
    store.compile(_TERM, re.I)
    store.save()
    data = path.read_bytes()
    path.write_bytes(data[:20] + bytes([data[20] ^ 0xFF]) + data[21:] if damage == "flip" else damage)

    again = PatternStore(path)
    _same_as_re(again.compile(_TERM, re.I), _TERM, re.I)
    again.save()
    _same_as_re(PatternStore(path).compile(_TERM, re.I), _TERM, re.I)
    assert PatternStore(path)._load()  # the rewritten file loads


def test_an_unwritable_folder_costs_nothing_but_time(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    store = PatternStore(blocker / "patterns.marshal")
    _same_as_re(store.compile(_TERM, re.I), _TERM, re.I)
    store.save()  # no exception
    assert blocker.read_text() == "not a folder"


def test_an_invalid_pattern_still_fails_with_re_error(tmp_path):
    with pytest.raises(re.error):
        PatternStore(tmp_path / "patterns.marshal").compile(r"(unclosed", 0)


def test_the_file_is_named_for_the_engine_and_an_empty_setting_keeps_none(tmp_path):
    path = default_store_path({CACHE_DIR_VARIABLE: str(tmp_path)})
    assert path.parent == tmp_path and sys.implementation.cache_tag in path.name
    assert default_store_path({CACHE_DIR_VARIABLE: ""}) is None
    assert default_store_path({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "briefing" / path.name
    no_store = PatternStore(None)
    _same_as_re(no_store.compile(_TERM, re.I), _TERM, re.I)
    no_store.save()


def test_a_cli_run_keeps_the_patterns_and_the_next_run_extracts_the_same(tmp_path):
    case = tmp_path / "case"
    case.mkdir()
    (case / "story.txt").write_text(
        "Title: Clerk sentenced\nOutlet: Test Ledger\nDate: 2024-03-04\n\n"
        "A judge sentenced former clerk Ann Roe, 41, to six months in prison and five years of probation on Monday.\n\n"
        '"I am sorry," Roe said.\n', encoding="utf-8")
    env = {**os.environ, CACHE_DIR_VARIABLE: str(tmp_path / "cache")}

    def extract(environment: dict[str, str]) -> dict:
        done = subprocess.run([sys.executable, "-m", "builder", "extract", str(case), "--json"], cwd=REPO, env=environment,
                              capture_output=True, text=True, check=True)
        return json.loads(done.stdout)

    first = extract(env)
    kept = list((tmp_path / "cache").glob("patterns-*.marshal"))
    assert len(kept) == 1 and kept[0].stat().st_size > 10_000
    assert extract(env) == first
    kept[0].write_bytes(kept[0].read_bytes()[:1000])  # cut short, as by a full disk
    assert extract(env) == first
    assert extract({**os.environ, CACHE_DIR_VARIABLE: ""}) == first
    terms = {t["text"] for t in first["sentencing"]["terms"]}
    assert {"six months in prison", "five years of probation"} <= terms


def test_a_file_grown_past_its_bound_keeps_only_what_the_last_run_used(tmp_path, monkeypatch):
    # (a checkout being edited compiles a new version of its patterns at every change; the file must not keep them all)
    import builder.extract._regex as module

    path = tmp_path / "patterns.marshal"
    old = PatternStore(path)
    for n in range(40):
        old.compile(rf"\b(?:stale{n}|{'x' * 400})\b", 0)
    old.save()
    monkeypatch.setattr(module, "_MAX_FILE_BYTES", path.stat().st_size)
    run = PatternStore(path)
    run.compile(r"\bstale3\b", 0)  # one new pattern, saved beside the forty only if the bound allows
    run.compile(rf"\b(?:stale1|{'x' * 400})\b", 0)  # one the file holds, used again
    run.save()
    kept = PatternStore(path)._load()
    assert set(kept) == {(r"\bstale3\b", 0), (rf"\b(?:stale1|{'x' * 400})\b", 0)}


def test_every_pattern_source_is_the_same_in_every_process():
    # A pattern joined from a set in the set's own order changes with Python's string hashing from one process to the
    # next: the kept program would never be found again, and the file would grow by every run's new copies.
    script = textwrap.dedent("""
        import gc, hashlib
        import builder.extract
        from builder.extract import (attribution, charges, dates, events, lede, parties, quotes, sentencing, stance,
                                     summary, values, _cues, _defendant, _speakers)
        from builder.extract._regex import LazyPattern
        from builder.extract._term_phrases import TERM_SOURCES
        sources = sorted({o.pattern for o in gc.get_objects() if isinstance(o, LazyPattern)} | {s for _, s in TERM_SOURCES})
        print(len(sources), hashlib.sha256("\\n".join(sources).encode()).hexdigest())
    """)
    runs = {subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(runs) == 1, runs
    assert int(runs.pop().split()[0]) > 1000
