"""Make the PDFs in renderer processes that import WeasyPrint while this one extracts.

Most of a cold build is importing WeasyPrint and laying out pages, and both are
single-threaded. Forking the renderers before this process imports the
extractors lets that import run on the other core while the sources are read
and extracted, and lets the briefing and the handout be laid out side by side.
"""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Iterator, Optional

from builder.build.lock import LOCK_NAME

_PR_SET_PDEATHSIG = 1


def _warm_up(parent: int) -> None:
    # A renderer must never outlive a killed build, nor keep its lock: the lock is
    # an flock on a descriptor this process inherited, held until every copy closes.
    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)  # the build died before the line above took effect
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd}").endswith(LOCK_NAME):
                os.close(int(fd))
        except OSError:
            pass
    from builder.render.engine import import_weasyprint

    import_weasyprint()
    import builder.render.pdf  # noqa: F401  (what the jobs run: no Jinja2, no extractors)


@contextmanager
def renderers(pdf_count: int) -> Iterator[Optional[Executor]]:
    """A pool of `pdf_count` warm renderers, or None where rendering in this process is cheaper.

    None when there is no PDF to make, when WeasyPrint is already imported here
    (`briefing watch`, or a worker of `--jobs`, which preloads it), when this
    process may not start children of its own, or off Linux (the renderers rely
    on the parent-death signal to never outlive a killed build).
    """
    if (pdf_count < 1 or "weasyprint" in sys.modules or multiprocessing.current_process().daemon
            or not sys.platform.startswith("linux")):
        yield None
        return
    pool = ProcessPoolExecutor(pdf_count, mp_context=multiprocessing.get_context("fork"), initializer=_warm_up,
                               initargs=(os.getpid(),))
    try:
        pool.submit(int)  # with fork, the first task starts every worker, so the imports begin now
        yield pool
    except BaseException:
        _stop_now(pool)  # a failed build reports at once, not after the renderers finish importing
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _stop_now(pool: ProcessPoolExecutor) -> None:
    if hasattr(pool, "kill_workers"):  # Python 3.14
        pool.kill_workers()
        return
    # Before 3.14 there is no public way to stop a busy worker.
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.kill()
