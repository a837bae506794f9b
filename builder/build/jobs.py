"""Many case folders in one process pool (`briefing build cases/*/ --jobs N`).

The workers are forked after the heavy modules (extractors, Jinja2,
WeasyPrint) are imported, so each case pays for rendering only, not for
starting Python and importing everything again. One broken case does not stop
the others: every case comes back as a result.
"""
from __future__ import annotations

import gc
import multiprocessing
import sys
import time
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import TextIO

from builder.build.case import build_case
from builder.build.types import BuildRequest, CaseResult


def run_cases(targets: list[tuple[Path, Path]], request: BuildRequest) -> list[CaseResult]:
    """Build every (case folder, output folder) pair with request.jobs workers; results in input order."""
    progress = _Progress(len(targets), sys.stderr, enabled=request.verbosity >= 0)
    results: dict[int, CaseResult] = {}
    if request.jobs <= 1:
        for i, (case_dir, out_dir) in enumerate(targets):
            results[i] = build_case(case_dir, out_dir, request)
            progress.done(results[i])
    else:
        _preload(request)
        workers = min(request.jobs, len(targets))
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            futures: dict[Future[CaseResult], int] = {
                pool.submit(build_case, case_dir, out_dir, request): i for i, (case_dir, out_dir) in enumerate(targets)}
            for future in as_completed(futures):
                i = futures[future]
                results[i] = _result_of(future, *targets[i])
                progress.done(results[i])
    progress.finish()
    return [results[i] for i in range(len(targets))]


def _result_of(future: Future[CaseResult], case_dir: Path, out_dir: Path) -> CaseResult:
    try:
        return future.result()
    except Exception as e:  # the worker process died (killed, out of memory): the case failed, the others go on
        return CaseResult(case_dir, out_dir, "failed", f"the worker building this case stopped ({e}); run it again alone",
                          exit_code=1)


def _preload(request: BuildRequest) -> None:
    """Import the heavy modules once here, so forked workers inherit them instead of each importing them."""
    import builder.pipeline  # noqa: F401
    import builder.render  # noqa: F401
    if "pdf" in request.formats:
        from builder.render import prepare_to_print

        prepare_to_print()  # imports WeasyPrint
    # Out of the garbage collector's sight, so the workers' collections neither walk
    # these modules' objects nor copy the memory pages they sit on.
    gc.freeze()


class _Progress:
    """A live status line on a terminal; plain log lines otherwise (cron mail, CI logs)."""

    def __init__(self, total: int, stream: TextIO, enabled: bool) -> None:
        self.total = total
        self.stream = stream
        self.enabled = enabled
        self.tty = stream.isatty()
        self.count = 0
        self.statuses: dict[str, int] = {}
        self.start = time.monotonic()

    def done(self, result: CaseResult) -> None:
        self.count += 1
        self.statuses[result.status] = self.statuses.get(result.status, 0) + 1
        if not self.enabled:
            return
        if self.tty:
            elapsed = time.monotonic() - self.start
            failed = f", {self.statuses['failed']} failed" if "failed" in self.statuses else ""
            line = f"[{self.count}/{self.total}] {elapsed:.0f} s{failed} - {result.case_dir.name}: {result.status}"
            self.stream.write("\r\033[K" + line[:120])
        else:
            self.stream.write(f"[{self.count}/{self.total}] {result.case_dir}: {result.status}"
                              f" ({result.seconds:.1f} s)\n")
        self.stream.flush()

    def finish(self) -> None:
        """Clear the status line and end with a summary: what a cron mail or a glance at the terminal needs."""
        if not self.enabled:
            return
        if self.tty:
            self.stream.write("\r\033[K")
        counts = ", ".join(f"{n} {status}" for status, n in sorted(self.statuses.items()))
        self.stream.write(f"{self.total} case(s): {counts} in {time.monotonic() - self.start:.1f} s\n")
        self.stream.flush()
