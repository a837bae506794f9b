"""One build at a time per output folder (SPEC §7).

The lock is an advisory `flock` on a hidden file in the output folder. The
kernel drops it when the holding process exits for any reason, SIGKILL
included, so a lock left behind by a killed build never blocks the next run;
the file itself may stay, which is harmless.
"""
from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from builder.errors import LockedError, UsageError

LOCK_NAME = ".briefing.lock"


@contextmanager
def locked(folder: Path, wait: float = 2.0) -> Iterator[None]:
    """Hold the output folder's lock; wait up to `wait` seconds for another build, then raise LockedError."""
    path = folder / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        raise UsageError(f"cannot create the lock file {path} ({e.strerror}); "
                         "make the output folder writable or choose another with -o") from None
    try:
        _acquire(fd, path, wait)
        _note_holder(fd)
        yield
    finally:
        os.close(fd)  # closing releases the flock


def _acquire(fd: int, path: Path, wait: float) -> None:
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise LockedError(
                    f"another build{_holder(fd)} is writing to {path.parent} and holds {path.name}; "
                    "wait for it to finish and run again") from None
            time.sleep(0.05)


def _note_holder(fd: int) -> None:
    """Record our process id so the message a waiting build prints can name us."""
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    except OSError:
        pass  # only informative


def _holder(fd: int) -> str:
    try:
        pid = os.pread(fd, 32, 0).decode().strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return f" (process {pid})" if pid.isdigit() else ""
