"""Regular expressions compiled on first use, and kept compiled between runs.

The extractors hold about a thousand patterns. Compiled when their modules
are imported, they took 0.4 s of every cold build (Python compiles patterns
in Python), and any one article uses barely half of them: the seeds' two
articles never touch 450. A `LazyPattern` stands where a compiled pattern
would and compiles itself the first time it is used.

Even compiled lazily, the patterns two articles use cost 0.35 s of a 0.55 s
cold extraction, in every new process: `re` keeps nothing between runs. So
the compiled programs are kept on disk, the way Python keeps bytecode in
`.pyc` files: `PatternStore` loads them once per process and hands each to
the regular-expression engine (`_sre.compile`, the call `re.compile` itself
ends with), which skips parsing and code generation. The file is tied to the
interpreter's engine (its cache tag and `_sre.MAGIC`), checked by a digest,
and anything unexpected falls back to plain `re.compile`: the store can only
make a run slower, never a match different.
"""
from __future__ import annotations

import array
import atexit
import hashlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

import builder

try:  # CPython's engine; another interpreter compiles every pattern itself
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover
    _sre = None

# What a compiled pattern offers and the extractors call or read.
_FORWARDED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
              "groupindex", "groups", "flags")
# Where the programs are kept: a folder of the user's cache unless BRIEFING_CACHE_DIR names another, or is empty
# to keep nothing.
CACHE_DIR_VARIABLE = "BRIEFING_CACHE_DIR"
_DIGEST_SIZE = 16
# The programs of one version of the extractors take about 7 MB. A file past this holds mostly patterns that edited
# code no longer has (a checkout being worked on), and is rewritten with only the patterns this run used.
_MAX_FILE_BYTES = 24_000_000

# (pattern, flags) -> what `_sre.compile` takes after the pattern: flags, code, groups, groupindex, indexgroup; the
# code as the bytes of an array of 32-bit words, which marshal reads far faster than a list of a million ints
_Program = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]
_CODE_WORD = "I"


class PatternStore:
    """Compiled programs of patterns, read from one file on first use and written back at exit when this process
    compiled any the file lacked."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._programs: dict[tuple[str, int], _Program] | None = None
        self._used: set[tuple[str, int]] = set()
        self._added = False

    def compile(self, source: str, flags: int) -> re.Pattern[str]:
        if self.path is None or _sre is None:
            return re.compile(source, flags)
        flags = int(flags)  # marshal keeps plain ints, not re.RegexFlag
        programs = self._load()
        key = (source, flags)
        self._used.add(key)
        program = programs.get(key)
        if program is not None:
            try:
                return _sre.compile(source, *_engine_arguments(program))
            except Exception:  # an engine that changed its call: compile it the usual way from now on
                self.path = None
                return re.compile(source, flags)
        program = _program(source, flags)
        if program is None:
            return re.compile(source, flags)
        programs[key] = program
        if not self._added:
            self._added = True
            atexit.register(self.save)
        return _sre.compile(source, *_engine_arguments(program))

    def save(self) -> None:
        """Write the programs back (atomically: builds in parallel each replace the whole file, never mix it)."""
        if self.path is None or not self._added or self._programs is None:
            return
        try:
            payload = marshal.dumps(self._programs)
            if len(payload) > _MAX_FILE_BYTES:
                payload = marshal.dumps({key: self._programs[key] for key in self._used})
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".patterns-")
            with os.fdopen(handle, "wb") as out:
                out.write(hashlib.blake2b(payload, digest_size=_DIGEST_SIZE).digest() + payload)
            os.replace(temporary, self.path)
        except (OSError, ValueError):  # a read-only or full disk only costs the next run its compile time
            pass
        self._added = False

    def _load(self) -> dict[tuple[str, int], _Program]:
        if self._programs is None:
            self._programs = {}
            try:
                data = self.path.read_bytes() if self.path is not None else b""
            except OSError:
                data = b""
            digest, payload = data[:_DIGEST_SIZE], data[_DIGEST_SIZE:]
            if payload and hashlib.blake2b(payload, digest_size=_DIGEST_SIZE).digest() == digest:
                try:
                    loaded = marshal.loads(payload)
                except (EOFError, ValueError, TypeError):
                    loaded = None
                if isinstance(loaded, dict):
                    self._programs = loaded
        return self._programs


def _program(source: str, flags: int) -> _Program | None:
    """What `re.compile(source, flags)` hands the engine, worked out the way `re` itself does."""
    try:
        parsed = _parser.parse(source, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        words = array.array(_CODE_WORD, code).tobytes()
        return int(flags | parsed.state.flags), words, parsed.state.groups - 1, groupindex, tuple(indexgroup)
    except Exception:  # a `re` without these internals, or a pattern it rejects: re.compile says why
        return None


def _engine_arguments(program: _Program) -> tuple[Any, ...]:
    flags, words, groups, groupindex, indexgroup = program
    return flags, array.array(_CODE_WORD, words).tolist(), groups, groupindex, indexgroup


def default_store_path(environ: dict[str, str] | os._Environ[str] = os.environ) -> Path | None:
    """The store's file: one per interpreter engine and version of briefing, so neither can read another's."""
    chosen = environ.get(CACHE_DIR_VARIABLE)
    if chosen is not None:
        if not chosen.strip():
            return None
        folder = Path(chosen)
    else:
        base = environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = Path(base) / "briefing"
    magic = getattr(_sre, "MAGIC", 0)
    return folder / f"patterns-{builder.__version__}-{sys.implementation.cache_tag}-{magic}.marshal"


# One store per process, like `re`'s own cache of compiled patterns: every module's patterns share its file.
_STORE = PatternStore(default_store_path())


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
        compiled = _STORE.compile(self.pattern, self._flags)
        for forwarded in _FORWARDED:
            setattr(self, forwarded, getattr(compiled, forwarded))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern[:40]!r}..., {self._flags})"


def lazy_compile(source: str, flags: int = 0) -> LazyPattern:
    """A pattern for module level: `re.compile(source, flags)` when it is first used (see the module docstring)."""
    return LazyPattern(source, flags)


def compile_kept(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)` for a pattern compiled when first needed rather than at module level, its program
    kept between runs like every `lazy_compile` pattern's."""
    return _STORE.compile(source, flags)
