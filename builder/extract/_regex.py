"""Regular expressions compiled on first use.

The extractors hold about a thousand patterns. Compiled when their modules
are imported, they took 0.4 s of every cold build (Python compiles patterns
in Python), and any one article uses barely half of them: the seeds' two
articles never touch 450. A `LazyPattern` stands where a compiled pattern
would and compiles itself the first time it is used.
"""
from __future__ import annotations

import re
from typing import Any

# What a compiled pattern offers and the extractors call or read.
_FORWARDED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
              "groupindex", "groups", "flags")


class LazyPattern:
    """`re.compile(source, flags)`, done on first use; `.pattern` (the source) is there before that, for the
    patterns built from other patterns' sources."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = source
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Reached only while the pattern is uncompiled: afterwards the compiled pattern's methods are attributes
        # of this object itself, looked up as fast as on the compiled pattern.
        if name not in _FORWARDED:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for forwarded in _FORWARDED:
            setattr(self, forwarded, getattr(compiled, forwarded))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern[:40]!r}..., {self._flags})"


def lazy_compile(source: str, flags: int = 0) -> LazyPattern:
    """A pattern for module level: `re.compile(source, flags)` when it is first used (see the module docstring)."""
    return LazyPattern(source, flags)
