"""Benchmark `briefing build` against what a user would do otherwise (issue 6). Prints a table.

    .venv/bin/python bench/run.py            # everything, a few minutes
    .venv/bin/python bench/run.py --quick    # fewer repeats, smaller large case

Every figure comes from this one run on this machine, with the same content:
1. a cold build of the seeds vs. the same briefing hand-written as Markdown and
   run through `pandoc --pdf-engine=weasyprint`;
2. an "up to date" rebuild vs. `python -c pass`;
3. 50 case folders (the seeds with names and numbers varied) with --jobs 2
   vs. 50 separate `briefing build` runs in a shell loop, with peak memory;
4. extraction words per second on a 200-article case, and how a whole build
   grows from 2 to 20 to 200 articles;
5. extraction of one 1,000-word article, in process (issue 3: well under 50 ms).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
PYTHON = sys.executable
BRIEFING = [PYTHON, "-m", "builder"]

# Stand-ins for the seeds' people, so generated cases are different cases, not copies.
_FIRST = ["Maria", "James", "Ana", "Victor", "Grace", "Samuel", "Lena", "Omar", "Ruth", "Daniel"]
_LAST = ["Okafor", "Lindqvist", "Moreno", "Tanaka", "Brennan", "Haddad", "Kowalski", "Osei", "Varga", "Pereira"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats and a 60-article large case")
    args = parser.parse_args()
    repeats = 3 if args.quick else 5
    large = 60 if args.quick else 200
    env = dict(os.environ, PATH=f"{Path(PYTHON).parent}{os.pathsep}{os.environ.get('PATH', '')}",
               PYTHONPATH=str(REPO))  # commands run from a temporary folder must still find this checkout
    # Timed as installed: pip compiles an installed package's bytecode (WeasyPrint's, which pandoc runs, included).
    # A checkout has none until Python writes it, and a shell with PYTHONDONTWRITEBYTECODE never does: every run of
    # ours would then compile the changed modules from source (0.1 s for the whole package), which pandoc's does not.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(REPO / "builder")], check=True)

    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        root = Path(tmp)
        # The compiled patterns briefing keeps between runs (as Python keeps .pyc files) go here, not to the user's
        # cache: the first command fills the folder, as a user's first run after installing does.
        env["BRIEFING_CACHE_DIR"] = str(root / "pattern-cache")
        rows += _cold_build_vs_pandoc(root, repeats, env)
        rows += _noop_vs_python(root, repeats * 4, env)
        rows += _many_cases(root, 50, env)
        rows += _scaling(root, large, env)
    rows += _one_article_extraction(repeats * 10)
    _print_table(rows)


# --- 5. one 1,000-word article, in process --------------------------------------------------------

def _one_article_extraction(repeats: int) -> list[tuple[str, str, str]]:
    sys.path.insert(0, str(REPO))
    from builder.extract import extract
    from builder.sources import source_from_text

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    # The two seed articles, end to end and trimmed to 1,000 words: one long article of real news prose.
    words = re.findall(r"\S+\s*", "\n\n".join(texts))
    article = "".join(words[:1000])
    source = source_from_text("article.txt", article)
    extract(source)  # a build pays one-time costs (regex caches) once, not per article
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        extract(source)
        times.append(time.perf_counter() - start)
    ms = statistics.median(times) * 1000
    return [("5. extract one 1,000-word article (median, in process)", f"{ms:.1f} ms",
             f"{ms / 50:.2f}x the 50 ms budget")]


# --- 1. cold build vs. pandoc ------------------------------------------------------------------

def _cold_build_vs_pandoc(root: Path, repeats: int, env: dict[str, str]) -> list[tuple[str, str, str]]:
    case = _copy_case(SEEDS, root / "seeds")
    facts = json.loads(_run([*BRIEFING, "extract", str(case), "--json"], env).stdout)
    markdown = root / "briefing.md"
    markdown.write_text(_hand_written_markdown(facts, case), encoding="utf-8")

    def ours_pdf() -> float:
        out = root / f"cold-{time.monotonic_ns()}"
        return _timed([*BRIEFING, "build", str(case), "-o", str(out), "--variant", "briefing", "--format", "pdf"], env)

    def ours_pdf_first_run() -> float:
        # as the first build after installing: no compiled pattern kept yet
        out = root / f"cold-{time.monotonic_ns()}"
        empty = dict(env, BRIEFING_CACHE_DIR=str(root / f"no-patterns-{time.monotonic_ns()}"))
        return _timed([*BRIEFING, "build", str(case), "-o", str(out), "--variant", "briefing", "--format", "pdf"], empty)

    def ours_full() -> float:
        return _timed([*BRIEFING, "build", str(case), "-o", str(root / f"cold-{time.monotonic_ns()}")], env)

    def pandoc() -> float:
        return _timed(["pandoc", str(markdown), "-s", "-o", str(root / "pandoc.pdf"), "--pdf-engine=weasyprint",
                       "--metadata", "title=People v. Peter Liang"], env)

    if shutil.which("pandoc", path=env["PATH"]) is None:
        return [("1. cold build vs pandoc", "pandoc not installed", "skipped")]
    # Interleaved, so a burst of load from elsewhere on the machine hits both tools alike.
    runs = [(pandoc(), ours_pdf(), ours_full(), ours_pdf_first_run()) for _ in range(repeats)]
    t_pandoc, t_pdf, t_full, t_first = (statistics.median(column) for column in zip(*runs))
    return [
        ("1. pandoc --pdf-engine=weasyprint (hand-written Markdown, 1 PDF)", f"{t_pandoc:.2f} s", ""),
        ("1. briefing build, cold, briefing.pdf only (extraction included)", f"{t_pdf:.2f} s",
         f"{t_pdf / t_pandoc:.2f}x pandoc (target <= 1.0x)"),
        ("1. the same, the first run after installing (no compiled patterns kept yet)", f"{t_first:.2f} s",
         f"{t_first / t_pandoc:.2f}x pandoc"),
        ("1. briefing build, cold, default (2 variants x HTML+PDF)", f"{t_full:.2f} s",
         f"{t_full / t_pandoc:.2f}x pandoc"),
    ]


def _hand_written_markdown(facts: dict, case: Path) -> str:
    """The briefing a user would otherwise type: the same sections, facts and cited notes, as Markdown.

    Every fact carries a footnote naming outlet, headline, date and paragraph (and
    quoting short citations), as our notes do, so both tools lay out the same content.
    """
    sources = {s["id"]: s for s in facts.get("sources", [])}
    texts = {s["id"]: (case / s["file"]).read_text(encoding="utf-8") for s in facts.get("sources", [])}
    notes: list[str] = []

    def cite(citations: list[dict]) -> str:
        marks = []
        for c in citations[:1]:
            s, text = sources[c["source"]], texts[c["source"]]
            paragraph = sum(1 for line in text[:c["start"]].splitlines() if line.strip()) or 1
            words = text[c["start"]:c["end"]]
            # As our notes do: the cited words for a short citation, the place alone for a long one.
            shown = f": \u201c{words}\u201d" if len(words.split()) <= 12 else "."
            notes.append(f"{s.get('outlet')}, \u201c{s.get('title')},\u201d {s.get('published')}, "
                         f"\u00b6 {paragraph}{shown}")
            marks.append(f"[^{len(notes)}]")
        return "".join(marks)

    sentencing = facts.get("sentencing", {})
    lines = [f"# {facts.get('title', 'Briefing')}", "", f"As of {facts.get('as_of')}", "", "## Summary", ""]
    lines += [" ".join(f"{s['text']}{cite(s['citations'])}" for s in facts.get("summary", [])), ""]
    lines += ["## Key parties", "", "| Name | Role |", "|---|---|"]
    lines += [f"| **{p['name']}**{cite(p['citations'])} | {'; '.join(p.get('roles') or [])} |"
              for p in facts.get("parties", [])]
    lines += ["", "## Sentencing details", ""]
    for label in ("sentencing_date", "judge", "court"):
        item = sentencing.get(label)
        if item:
            lines.append(f"- {label.replace('_', ' ').capitalize()}: {item.get('name') or item['text']}"
                         f"{cite(item['citations'])}")
    lines += [f"- Conviction: {c['text']}{cite(c['citations'])}" for c in sentencing.get("charges", [])]
    lines += ["", "| Term | Status | By |", "|---|---|---|"]
    lines += [f"| {t['text']}{cite(t['citations'])} | {t.get('status', '')} | {t.get('by') or ''} |"
              for t in sentencing.get("terms", [])]
    lines += ["", "## Timeline", ""]
    lines += [f"1. **{e['date']['text']}** ({e['date']['value']}): {e['description']}{cite(e['citations'])}"
              for e in facts.get("events", [])]
    lines += ["", "## Stakeholder reactions", ""]
    for q in facts.get("quotes", []):
        lines += [f"> \u201c{q['text']}\u201d{cite(q['citations'])}", ">", f"> \u2014 {q.get('speaker') or 'unattributed'}"
                  + (f", {q['speaker_role']}" if q.get("speaker_role") else ""), ""]
    lines += ["## Where sources disagree", ""]
    for c in facts.get("conflicts", []):
        values = "; ".join(f"{v['value']} (\u201c{v['text']}\u201d{cite(v['citations'])})" for v in c["values"])
        lines.append(f"- {c['subject']} ({c['kind']}): {values}")
    lines += ["", "## Sources and citations", ""]
    lines += [f"1. {s.get('outlet')}, *{s.get('title')}*, {s.get('published')}" for s in facts.get("sources", [])]
    lines += [""] + [f"[^{n}]: {note}" for n, note in enumerate(notes, 1)]
    return "\n".join(lines) + "\n"


# --- 2. no-op rebuild vs. python -c pass ------------------------------------------------------

def _noop_vs_python(root: Path, repeats: int, env: dict[str, str]) -> list[tuple[str, str, str]]:
    case = _copy_case(SEEDS, root / "noop-case")
    out = root / "noop-out"
    _run([*BRIEFING, "build", str(case), "-o", str(out)], env)
    noop = [*BRIEFING, "build", str(case), "-o", str(out)]
    assert "up to date" in _run(noop, env).stdout, "the second build was not up to date"
    t_pass = _median(lambda: _timed([PYTHON, "-c", "pass"], env), repeats)
    t_noop = _median(lambda: _timed(noop, env), repeats)
    return [
        ("2. python -c pass", f"{t_pass * 1000:.0f} ms", ""),
        ("2. briefing build, nothing changed (up to date)", f"{t_noop * 1000:.0f} ms",
         f"{t_noop / t_pass:.1f}x python -c pass (target <= 4x)"),
    ]


# --- 3. many cases ------------------------------------------------------------------------------

def _many_cases(root: Path, count: int, env: dict[str, str]) -> list[tuple[str, str, str]]:
    cases = root / "cases"
    for i in range(count):
        _varied_case(SEEDS, cases / f"case-{i:02d}", i)
    folders = sorted(str(p) for p in cases.iterdir())

    pool_seconds, pool_peak = _timed_with_peak([*BRIEFING, "build", *folders, "-o", str(root / "pool-out"),
                                                "--jobs", "2"], env)
    loop = (f'for d in {" ".join(folders)}; do "{PYTHON}" -m builder build "$d" -o "{root}/loop-out/$(basename "$d")" '
            '|| exit 1; done')
    loop_seconds, loop_peak = _timed_with_peak(["bash", "-c", loop], env)
    return [
        (f"3. {count} cases, shell loop of separate builds", f"{loop_seconds:.1f} s",
         f"{count / loop_seconds:.2f} briefings/s, peak {loop_peak:.0f} MB per process"),
        (f"3. {count} cases, one `build --jobs 2`", f"{pool_seconds:.1f} s",
         f"{count / pool_seconds:.2f} briefings/s, {loop_seconds / pool_seconds:.1f}x faster than the loop "
         f"(target >= 3x), peak {pool_peak:.0f} MB per worker (target <= 300)"),
    ]


# --- 4. extraction throughput and scaling ------------------------------------------------------

def _scaling(root: Path, large: int, env: dict[str, str]) -> list[tuple[str, str, str]]:
    rows = []
    sizes = sorted({2, 20, large})
    times: dict[int, float] = {}
    for size in sizes:
        case = _big_case(root / f"big-{size}", size)
        times[size] = _timed([*BRIEFING, "build", str(case), "-o", str(root / f"big-{size}-out")], env)
    big = root / f"big-{large}"
    probe = ("import sys, time; from pathlib import Path; from builder.pipeline import load_briefing\n"
             "from builder.config import load_config; from builder.sources import read_case\n"
             "case = Path(sys.argv[1]); words = sum(len(s.text.split()) for s in read_case(case, load_config(case)))\n"
             "start = time.perf_counter(); load_briefing(case); print(words, time.perf_counter() - start)")
    words, seconds = _run([PYTHON, "-c", probe, str(big)], env).stdout.split()
    rows.append((f"4. extraction of a {large}-article case ({int(words):,} words)", f"{float(seconds):.1f} s",
                 f"{int(words) / float(seconds):,.0f} words/s (read + extract + reconcile + verify)"))
    for size in sizes:
        growth = "" if size == sizes[0] else (
            f"{times[size] / times[sizes[0]]:.1f}x the time for {size // sizes[0]}x the articles")
        rows.append((f"4. full build, {size} articles", f"{times[size]:.1f} s",
                     f"{times[size] / size * 1000:.0f} ms per article; {growth}".rstrip("; ")))
    return rows


# --- helpers -------------------------------------------------------------------------------------

def _copy_case(src: Path, dest: Path) -> Path:
    shutil.copytree(src, dest)
    return dest


def _varied_case(src: Path, dest: Path, i: int) -> Path:
    """The seeds with the people renamed and some numbers changed: a different case of the same shape."""
    first, last = _FIRST[i % len(_FIRST)], _LAST[(i // len(_FIRST)) % len(_LAST)]
    victim_first, victim_last = _FIRST[(i + 3) % len(_FIRST)], _LAST[(i + 5) % len(_LAST)]
    replacements = [("Peter Liang", f"{first} {last}"), ("Liang", last),
                    ("Akai Gurley", f"{victim_first} {victim_last}"), ("Gurley", victim_last)]
    dest.mkdir(parents=True)
    for path in src.iterdir():
        text = path.read_text(encoding="utf-8")
        for old, new in replacements:
            text = text.replace(old, new)
        text = re.sub(r"\b500 hours", f"{300 + 10 * i} hours", text)
        text = re.sub(r"\b28\b", str(20 + i % 30), text)
        (dest / path.name).write_text(text, encoding="utf-8")
    return dest


def _big_case(dest: Path, articles: int) -> Path:
    """One case with `articles` reports: the two seed articles again and again, numbers varied per copy."""
    dest.mkdir(parents=True)
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(articles):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        text = re.sub(r"\b500 hours", f"{300 + i} hours", text)
        (dest / f"{i:03d}_{seeds[i % len(seeds)].name}").write_text(text, encoding="utf-8")
    (dest / "briefing.toml").write_text('title = "Synthetic large case"\nas_of = 2016-03-24\n', encoding="utf-8")
    return dest


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    # Run from the temporary folder: pandoc's WeasyPrint engine leaves its html2pdf* files in the working folder.
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tempfile.gettempdir())
    if done.returncode != 0:
        raise SystemExit(f"bench: {' '.join(command[:6])}... failed ({done.returncode}): {done.stderr.strip()}")
    return done


def _timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    _run(command, env)
    return time.perf_counter() - start


def _timed_with_peak(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds, and the largest resident set (MB) of any process the command ran (each worker is a process)."""
    wrapper = ("import resource, subprocess, sys, time\n"
               "start = time.perf_counter(); code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
               "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)")
    seconds, peak_kb, code = _run([PYTHON, "-c", wrapper, *command], env).stdout.split()
    if code != "0":
        raise SystemExit(f"bench: {' '.join(command[:6])}... exited {code}")
    return float(seconds), int(peak_kb) / 1024


def _median(measure, repeats: int) -> float:
    return statistics.median(measure() for _ in range(repeats))


def _print_table(rows: list[tuple[str, str, str]]) -> None:
    print(f"briefing benchmark - Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
          f"{time.strftime('%Y-%m-%d')}")
    widths = [max(len(r[i]) for r in rows) for i in range(2)]
    print(f"{'measurement':<{widths[0]}}  {'time':>{widths[1]}}  result")
    print(f"{'-' * widths[0]}  {'-' * widths[1]}  ------")
    for name, value, note in rows:
        print(f"{name:<{widths[0]}}  {value:>{widths[1]}}  {note}")


if __name__ == "__main__":
    main()
