"""The `briefing` command (SPEC §6). Every failure is one line on stderr and an exit code."""
from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from pathlib import Path

from builder import __version__
from builder.errors import BriefingError, UsageError

FORMATS = ("html", "pdf")
VARIANTS = ("briefing", "handout")
BUNDLED_CASE = Path("seeds")
_INIT_TOML = '''\
# briefing.toml: the editor's settings for this case. Every key is optional.
# title = "People v. Jane Doe"
# subtitle = "Sentencing hearing"
# paper = "letter"          # or "a4"
# as_of = 2026-01-31        # the date the briefing speaks from (default: today)
# summary = """
# An editor's summary in Markdown replaces the extracted one.
# """
# hide = ["words of a fact to leave out"]
# pin = [{ text = "exact words of a quote", speaker = "Full Name" }]

# [corrections]
# "Misspeled Name" = "Correct Name"

# [[sources]]
# file = "article.txt"
# outlet = "The Daily Example"
# title = "Headline of the article"
# published = 2026-01-30
# url = "https://example.org/article"
'''


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    verbosity = args.verbose - args.quiet
    logging.basicConfig(format="briefing: %(levelname)s: %(message)s", stream=sys.stderr,
                        level=logging.INFO if verbosity > 0 else logging.ERROR if verbosity < 0 else logging.WARNING)
    try:
        return args.run(args, verbosity)
    except BriefingError as e:
        print(f"briefing: error: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as e:  # never a traceback at a non-programmer (SPEC §1)
        if verbosity > 0:
            raise
        print(f"briefing: error: unexpected {type(e).__name__}: {e}; rerun with -v for details "
              "and report it with the input that caused it", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-v", "--verbose", action="count", default=0, help="say more")
    common.add_argument("-q", "--quiet", action="count", default=0, help="say less")
    parser = argparse.ArgumentParser(prog="briefing", parents=[common],
                                     description="Turn a folder of news articles into a cited briefing.")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = sub.add_parser("build", parents=[common], help="build the briefing (HTML and PDF)")
    build.add_argument("case_dirs", nargs="*", type=Path, metavar="CASE_DIR",
                       help="case folders (default: the bundled example in seeds/)")
    build.add_argument("-o", "--out", type=Path, default=Path("output"), help="output folder (default: ./output)")
    build.add_argument("--format", default="html,pdf", help="comma list of html, pdf")
    build.add_argument("--variant", default="briefing,handout", help="comma list of briefing, handout")
    build.add_argument("--paper", choices=("letter", "a4"), help="paper size (default: briefing.toml, else letter)")
    build.add_argument("--as-of", dest="as_of", help="the briefing's date, YYYY-MM-DD (default: briefing.toml, else today)")
    build.add_argument("--force", action="store_true", help="rebuild even when nothing changed")
    build.add_argument("--jobs", type=int, default=1, help="case folders built at once")
    build.add_argument("--template", type=Path, help="a Jinja2 template inside the case folder to use instead")
    build.set_defaults(run=_build)

    extract = sub.add_parser("extract", parents=[common], help="print the facts found in a case")
    extract.add_argument("case_dir", type=Path, metavar="CASE_DIR")
    extract.add_argument("--json", action="store_true", help="print the facts as JSON")
    extract.add_argument("--as-of", dest="as_of")
    extract.set_defaults(run=_extract)

    check = sub.add_parser("check", parents=[common], help="check citations, metadata and conflicts")
    check.add_argument("case_dir", type=Path, metavar="CASE_DIR")
    check.add_argument("--as-of", dest="as_of")
    check.set_defaults(run=_check)

    watch = sub.add_parser("watch", parents=[common], help="rebuild whenever the case folder changes")
    watch.add_argument("case_dir", type=Path, metavar="CASE_DIR")
    watch.add_argument("-o", "--out", type=Path, default=Path("output"))
    watch.add_argument("--paper", choices=("letter", "a4"))
    watch.add_argument("--as-of", dest="as_of")
    watch.set_defaults(run=_watch)

    init = sub.add_parser("init", parents=[common], help="create a new case folder")
    init.add_argument("case_dir", type=Path, metavar="CASE_DIR")
    init.set_defaults(run=_init)
    return parser


def _as_of(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--as-of {value!r} is not a date; write it as YYYY-MM-DD") from None


def _choices(value: str, allowed: tuple[str, ...], option: str) -> tuple[str, ...]:
    picked = tuple(dict.fromkeys(v.strip().lower() for v in value.split(",") if v.strip()))
    wrong = [v for v in picked if v not in allowed]
    if wrong or not picked:
        raise UsageError(f"{option} {value!r}: choose from {', '.join(allowed)} (comma-separated)")
    return picked


def _template(path: Path | None, case_dirs: list[Path]) -> Path | None:
    """--template must name a file inside every case folder it is used with (SPEC §6)."""
    if path is None:
        return None
    resolved = path.resolve()
    for case_dir in case_dirs:
        if not resolved.is_relative_to(case_dir.resolve()):
            raise UsageError(f"--template {path} is outside the case folder {case_dir}; "
                             "copy the template into the case folder")
    if not resolved.is_file():
        raise UsageError(f"--template {path} does not exist; check the path")
    return resolved


def _build_request(args: argparse.Namespace, case_dirs: list[Path], verbosity: int):
    from builder.build import BuildRequest

    return BuildRequest(
        case_dirs=case_dirs,
        out=args.out,
        formats=_choices(getattr(args, "format", "html,pdf"), FORMATS, "--format"),
        variants=_choices(getattr(args, "variant", "briefing,handout"), VARIANTS, "--variant"),
        paper=args.paper,
        as_of=_as_of(args.as_of),
        force=getattr(args, "force", False),
        jobs=max(1, getattr(args, "jobs", 1)),
        template=_template(getattr(args, "template", None), case_dirs),
        verbosity=verbosity,
    )


def _build(args: argparse.Namespace, verbosity: int) -> int:
    from builder.build import build

    case_dirs = args.case_dirs
    if not case_dirs:
        if not BUNDLED_CASE.is_dir():
            raise UsageError("no case folder given and no bundled example (seeds/) here; "
                             "run `briefing build CASE_DIR` or `briefing init CASE_DIR`")
        case_dirs = [BUNDLED_CASE]
    report = build(_build_request(args, case_dirs, verbosity))
    for result in report.results:  # several cases: the job runner has already printed a summary
        if result.status == "failed":
            print(f"briefing: error: {result.line(verbosity)}", file=sys.stderr)
        elif verbosity >= 0:
            print(result.line(verbosity))
    return report.exit_code


def _extract(args: argparse.Namespace, verbosity: int) -> int:
    from builder.export import facts_json
    from builder.pipeline import load_briefing

    briefing = load_briefing(args.case_dir, _as_of(args.as_of))
    if args.json:
        sys.stdout.write(facts_json(briefing) + "\n")
        return 0
    print(f"{briefing.title}: {len(briefing.sources)} source(s)")
    print(f"  {len(briefing.quotes)} quotes, {len(briefing.parties)} parties, "
          f"{len(briefing.sentencing.charges)} charges, {len(briefing.sentencing.terms)} sentence terms, "
          f"{len(briefing.events)} dated events, {len(briefing.conflicts)} conflicts")
    for q in briefing.quotes:
        print(f"  “{q.text}” — {q.speaker or 'unattributed'}")
    return 0


def _check(args: argparse.Namespace, verbosity: int) -> int:
    from builder.review import review

    problems, warnings = review(args.case_dir, _as_of(args.as_of))
    for w in warnings:
        if verbosity >= 0:
            print(f"warning: {w}")
    for p in problems:
        print(f"problem: {p}")
    if problems:
        print(f"briefing: error: {len(problems)} problem(s) in {args.case_dir}; fix them before building",
              file=sys.stderr)
        return 1
    if verbosity >= 0:
        print(f"{args.case_dir}: ok ({len(warnings)} warning(s))")
    return 0


def _watch(args: argparse.Namespace, verbosity: int) -> int:
    from builder.watch import watch

    args.format, args.variant, args.force, args.jobs, args.template = "html,pdf", "briefing,handout", False, 1, None
    watch(args.case_dir, _build_request(args, [args.case_dir], verbosity))
    return 0


def _init(args: argparse.Namespace, verbosity: int) -> int:
    case_dir: Path = args.case_dir
    config = case_dir / "briefing.toml"
    if config.exists():
        raise UsageError(f"{config} already exists; this folder is already a case")
    if case_dir.exists() and not case_dir.is_dir():
        raise UsageError(f"{case_dir} is a file; choose a new folder name")
    case_dir.mkdir(parents=True, exist_ok=True)
    config.write_text(_INIT_TOML, encoding="utf-8")
    print(f"created {config}; put the articles (.txt, .md, .html) in {case_dir} "
          f"and run `briefing build {case_dir}`")
    return 0
