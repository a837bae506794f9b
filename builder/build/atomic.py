"""Write files so that a reader never sees half of one (SPEC §7).

Each file is written to a hidden temporary file in the same folder, flushed to
disk, then renamed over the old one: a rename within one folder is atomic, so
a print queue sees either the old complete PDF or the new complete PDF. If
anything fails, the temporary files are removed and the old files stay.
"""
from __future__ import annotations

import errno
import os
from pathlib import Path

from builder.errors import UsageError

TEMP_PREFIX = ".tmp-"  # hidden, and recognisable so a later build can sweep up after a killed one


def write_files(folder: Path, files: dict[str, bytes]) -> None:
    """Replace folder/<name> with data for every entry, all written before any is renamed.

    Writing every temporary file first keeps the window in which some outputs
    are new and others old down to a few renames.
    """
    temps: dict[str, Path] = {}
    try:
        for name, data in files.items():
            temps[name] = _write_temp(folder, name, data)
        for name, temp in list(temps.items()):
            os.replace(temp, folder / name)
            del temps[name]
        _sync_folder(folder)
    except OSError as e:
        raise UsageError(_explain(e, folder)) from None
    finally:
        for temp in temps.values():
            _remove_quietly(temp)


def sweep_temp_files(folder: Path) -> None:
    """Remove temporary files a killed build left behind (only call while holding the lock)."""
    try:
        leftovers = [p for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX)]
    except OSError:
        return
    for path in leftovers:
        _remove_quietly(path)


def _write_temp(folder: Path, name: str, data: bytes) -> Path:
    temp = folder / f"{TEMP_PREFIX}{os.getpid()}-{name}"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        _remove_quietly(temp)
        raise
    os.close(fd)
    return temp


def _sync_folder(folder: Path) -> None:
    """Make the renames themselves durable, so a power cut cannot bring back the old names."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the renames are still atomic
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _explain(e: OSError, folder: Path) -> str:
    reason = e.strerror or str(e)
    if e.errno == errno.ENOSPC or e.errno == errno.EDQUOT:
        advice = "free some space or choose another output folder with -o"
    elif e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        advice = "make it writable or choose another output folder with -o"
    else:
        advice = "check the folder or choose another one with -o"
    return f"cannot write to the output folder {folder} ({reason}); {advice}; the previous outputs were kept"
