"""Make the PDFs in a renderer process that imports WeasyPrint while this one extracts.

Most of a cold build is importing WeasyPrint and laying out pages, and both are
single-threaded. One renderer is forked before this process imports the
extractors, so the import runs on the other core while the sources are read
and extracted. The renderer then forks a copy of itself for every PDF: the
briefing and the handout are laid out side by side, and WeasyPrint is
imported once, not once per PDF (half a CPU-second on a default build).
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import sys
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import Any, Callable, Iterator, Optional

from builder.build.forks import Reply, die_with, may_fork, run_job
from builder.build.lock import LOCK_NAME


class _Pool:
    """Runs each submitted call in its own copy of the warm renderer; `submit` returns a handle with `.result()`."""

    def __init__(self, jobs: Connection, results: list[Connection]) -> None:
        self._jobs = jobs
        self._results = iter(results)

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Reply:
        result = next(self._results)  # one pipe per PDF: two PDFs written into one pipe could interleave
        self._jobs.send((fn, args, kwargs))
        return Reply(result)


@contextmanager
def renderers(pdf_count: int) -> Iterator[Optional[_Pool]]:
    """A warm renderer that takes up to `pdf_count` PDFs, or None where rendering in this process is cheaper.

    None when there is no PDF to make, when WeasyPrint is already imported here
    (`briefing watch`, or a worker of `--jobs`, which preloads it), when this
    process may not start children of its own, or off Linux (the renderers rely
    on the parent-death signal to never outlive a killed build).
    """
    if pdf_count < 1 or "weasyprint" in sys.modules or not may_fork():
        yield None
        return
    context = multiprocessing.get_context("fork")
    jobs_in, jobs_out = context.Pipe(duplex=False)
    pipes = [context.Pipe(duplex=False) for _ in range(pdf_count)]
    process = context.Process(target=_serve, args=(os.getpid(), jobs_in, [send for _, send in pipes]),
                              name="briefing-renderer")
    process.start()
    # This process keeps only its own ends, so a renderer that dies shows up here as an end of file.
    jobs_in.close()
    for _, send in pipes:
        send.close()
    try:
        yield _Pool(jobs_out, [receive for receive, _ in pipes])
    except BaseException:
        process.kill()  # a failed build reports at once, not after the renderer finishes importing
        raise
    finally:
        jobs_out.close()  # the renderer stops taking work, waits for its copies and exits
        process.join()


def _serve(parent: int, jobs: Connection, results: list[Connection]) -> None:
    """The renderer: import WeasyPrint, then fork a copy for every job until the build closes the job pipe."""
    die_with(parent)
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd}").endswith(LOCK_NAME):
                os.close(int(fd))  # the lock is an flock held until every copy of its descriptor closes
        except OSError:
            pass
    from builder.render.engine import import_weasyprint

    import_weasyprint()
    from builder.render import prepare_to_print  # what the jobs run: no extractors

    prepare_to_print()

    # Out of the garbage collector's sight: otherwise each copy's collections walk
    # every object of the import and copy the memory pages they sit on (0.15-0.2
    # CPU-seconds a PDF, as much as the import saved).
    gc.freeze()
    # A copy lives for one PDF, and layout makes little cyclic garbage (1 MB on a
    # 60-article case): collecting it costs a tenth of the layout, exiting frees it.
    gc.disable()
    me = os.getpid()
    copies = []
    for result in results:
        try:
            fn, args, kwargs = jobs.recv()
        except EOFError:
            break
        pid = os.fork()
        if pid == 0:
            run_job(me, result, fn, args, kwargs)  # never returns
        copies.append(pid)
        result.close()
    for pid in copies:
        os.waitpid(pid, 0)
