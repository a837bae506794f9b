"""`briefing watch CASE_DIR`: rebuild whenever the case folder changes (SPEC §6).

One long-lived process, so WeasyPrint is imported once and every rebuild after
the first costs only the work itself. Changes are debounced (an editor saving
several files, or a sync dropping ten articles, gives one rebuild), and the
manifest still skips rebuilds when a save changed nothing.
"""
from __future__ import annotations

import dataclasses
import threading
from pathlib import Path
from typing import Callable

import watchfiles

from builder.build import BuildReport, BuildRequest, build
from builder.errors import UsageError


def watch(case_dir: Path, request: BuildRequest, *, say: Callable[[str], None] | None = None,
          stop: threading.Event | None = None, debounce_ms: int = 400) -> None:
    """Build, then rebuild on every change until Ctrl-C (or `stop` is set); returns normally either way."""
    if not case_dir.is_dir():
        raise UsageError(f"case folder {case_dir} does not exist; check the path or run `briefing init {case_dir}`")
    say = say or _print
    request = dataclasses.replace(request, case_dirs=[case_dir], jobs=1)
    ignored = _OutputsAndHiddenFiles(request.out)
    # Imported once, here: every rebuild then renders in this process without paying for it again.
    import builder.pipeline  # noqa: F401
    import builder.render  # noqa: F401
    from builder.render.engine import import_weasyprint

    import_weasyprint()

    try:
        _report(build(request), request, say)
        say(f"watching {case_dir} for changes; press Ctrl-C to stop")
        for _changes in watchfiles.watch(case_dir, watch_filter=ignored, debounce=debounce_ms, stop_event=stop,
                                         raise_interrupt=False):
            _report(build(request), request, say)
    except KeyboardInterrupt:
        pass  # Ctrl-C during a build: the atomic writes leave the previous outputs in place
    say("stopped watching")


def _report(report: BuildReport, request: BuildRequest, say: Callable[[str], None]) -> None:
    for line in report.lines(request.verbosity):
        say(line)


def _print(line: str) -> None:
    print(line, flush=True)


class _OutputsAndHiddenFiles(watchfiles.DefaultFilter):
    """Our own writes into an output folder inside the case folder must not trigger another build."""

    def __init__(self, out: Path) -> None:
        super().__init__(ignore_paths=[str(out.resolve())])

    def __call__(self, change: watchfiles.Change, path: str) -> bool:
        return not Path(path).name.startswith(".") and super().__call__(change, path)
