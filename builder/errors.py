"""Errors the CLI turns into one line and an exit code (SPEC §6)."""
from __future__ import annotations


class BriefingError(Exception):
    """Base: carries the exit code the CLI should return."""

    exit_code = 2

    def __init__(self, message: str, *, file: str | None = None) -> None:
        self.file = file
        super().__init__(f"{file}: {message}" if file else message)


class UsageError(BriefingError):
    """Bad command line or unusable input: nothing is written (exit 2)."""

    exit_code = 2


class ContentError(BriefingError):
    """A citation that does not match its source, or invalid editor input (exit 1)."""

    exit_code = 1


class LockedError(BriefingError):
    """Another build holds the lock on the output folder (exit 3)."""

    exit_code = 3
