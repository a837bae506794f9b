"""Copies of this process that run one call each and send back what it returns.

A forked copy starts with everything this process has imported, so work
handed to it pays for no import: the PDF renderers fork one per PDF from a
process that has WeasyPrint loaded, and a build forks one to extract half of
a case's sources while it extracts the other half.
"""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from multiprocessing.connection import Connection
from typing import Any, Callable

_PR_SET_PDEATHSIG = 1


class Reply:
    """What a copy's call returned, or the exception it raised, read from its pipe."""

    def __init__(self, connection: Connection, pid: int | None = None) -> None:
        self._connection = connection
        self._pid = pid  # a copy this process forked itself, to be reaped

    def result(self) -> Any:
        try:
            ok, value = self._connection.recv()
        except EOFError:
            raise RuntimeError("a helper process of the build stopped before it finished") from None
        finally:
            if self._pid is not None:
                self._connection.close()
                os.waitpid(self._pid, 0)
                self._pid = None
        if not ok:
            raise value
        return value


def may_fork() -> bool:
    """Whether this process may fork helpers: not a daemonic process (which multiprocessing forbids children) and on
    Linux, where a helper can be told to die with its parent, so none outlives a killed build."""
    return not multiprocessing.current_process().daemon and sys.platform.startswith("linux")


def in_copy(fn: Callable[..., Any], *args: Any) -> Reply:
    """Run fn(*args) in a forked copy of this process; the reply's `.result()` waits for its return value."""
    receive, send = multiprocessing.get_context("fork").Pipe(duplex=False)
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:
        receive.close()
        run_job(parent, send, fn, args, {})  # never returns
    send.close()
    return Reply(receive, pid)


def run_job(parent: int, result: Connection, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
    """In a fresh copy: run the call, send its reply, and exit without running this process's exit handlers."""
    code = 0
    try:
        die_with(parent)
        try:
            reply: tuple[bool, Any] = (True, fn(*args, **kwargs))
        except Exception as e:
            reply = (False, e)
        try:
            result.send(reply)
        except Exception as e:  # a reply that cannot be pickled still reaches the build, as one line
            problem = e if reply[0] else reply[1]
            result.send((False, RuntimeError(f"{type(problem).__name__}: {problem}")))
    except BaseException:
        code = 1
    finally:
        # Straight out: this copy must not go on with its parent's work or run its exit handlers.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def die_with(parent: int) -> None:
    """Never outlive a killed build: SIGKILL when `parent` dies (or has already died)."""
    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)
