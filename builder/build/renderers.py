"""Render the variants in worker processes that import WeasyPrint while the parent extracts.

Most of a cold build is importing WeasyPrint and laying out pages, and both are
single-threaded. Forking the renderers before extraction starts lets that import
run on another core while the parent reads and extracts the sources, and lays
out the briefing and the handout side by side.
"""
from __future__ import annotations

import multiprocessing
import sys
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Iterator, Optional


def _warm_up() -> None:
    import weasyprint  # noqa: F401

    import builder.render  # noqa: F401


@contextmanager
def renderers(pdf_count: int) -> Iterator[Optional[Executor]]:
    """A pool of `pdf_count` warm renderers, or None where rendering in this process is cheaper.

    None when there is no PDF to make, when WeasyPrint is already imported here
    (`briefing watch`, or a worker of `--jobs`, which preloads it), or when this
    process may not start children of its own.
    """
    if (pdf_count < 1 or "weasyprint" in sys.modules or multiprocessing.current_process().daemon
            or "fork" not in multiprocessing.get_all_start_methods()):
        yield None
        return
    pool = ProcessPoolExecutor(pdf_count, mp_context=multiprocessing.get_context("fork"), initializer=_warm_up)
    try:
        pool.submit(int)  # with fork, the first task starts every worker, so the imports begin now
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
