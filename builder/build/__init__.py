"""Build orchestration: cases to output folders, safely and only when needed (SPEC §6, §7).

`build` never raises and never prints: every case comes back as a CaseResult
in the BuildReport, whose exit_code is the highest of the cases'. The CLI
prints `report.lines()`. Only the progress display of a multi-case build
writes to stderr while it runs.
"""
from __future__ import annotations

import time
from pathlib import Path

from builder.build.case import build_case
from builder.build.lock import locked
from builder.build.types import FORMATS, PAPERS, VARIANTS, BuildReport, BuildRequest, CaseResult
from builder.errors import BriefingError, UsageError

__all__ = ["build", "BuildRequest", "BuildReport", "CaseResult"]


def build(request: BuildRequest) -> BuildReport:
    """Build every case folder of the request; see SPEC §6 for where outputs go."""
    start = time.monotonic()
    try:
        _check_request(request)
        targets = _targets(request)
        if len(targets) == 1:
            results = [build_case(*targets[0], request)]
        else:
            results = _build_many(targets, request)
    except BriefingError as e:  # a problem with the request as a whole: one message, not one per case
        first = request.case_dirs[0] if request.case_dirs else Path(".")
        results = [CaseResult(first, request.out, "failed", str(e), exit_code=e.exit_code)]
    return BuildReport(results, seconds=time.monotonic() - start)


def _build_many(targets: list[tuple[Path, Path]], request: BuildRequest) -> list[CaseResult]:
    # Imported here: the process pool is only needed for several cases.
    from builder.build.jobs import run_cases

    try:
        request.out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise UsageError(f"cannot create the output folder {request.out} ({e.strerror}); choose another with -o") from None
    # The whole run holds OUT's lock; each case also locks its own folder against a single-case build into it.
    with locked(request.out):
        return run_cases(targets, request)


def _targets(request: BuildRequest) -> list[tuple[Path, Path]]:
    """(case folder, output folder) pairs: OUT itself for one case, OUT/<case folder name> for several."""
    if len(request.case_dirs) == 1:
        return [(request.case_dirs[0], request.out)]
    names: dict[str, Path] = {}
    for case in request.case_dirs:
        name = case.resolve().name
        if name in names:
            raise UsageError(f"{names[name]} and {case} would both build into {request.out / name}; "
                             "rename one folder or build them separately")
        names[name] = case
    return [(case, request.out / name) for name, case in names.items()]


def _check_request(request: BuildRequest) -> None:
    if not request.case_dirs:
        raise UsageError("no case folder given; pass the folder that holds the articles")
    for option, values, allowed in (("--format", request.formats, FORMATS), ("--variant", request.variants, VARIANTS)):
        unknown = [v for v in values if v not in allowed]
        if unknown or not values:
            raise UsageError(f"{option} {','.join(values)} is not valid; choose from {','.join(allowed)}")
    if request.paper is not None and request.paper not in PAPERS:
        raise UsageError(f"--paper {request.paper} is not valid; choose letter or a4")
    if request.jobs < 1:
        raise UsageError(f"--jobs {request.jobs} is not valid; give a number of 1 or more")
