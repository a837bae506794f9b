"""Import WeasyPrint without its slowest step: searching for its C libraries.

WeasyPrint loads Pango, HarfBuzz and Fontconfig by trying several names per
platform ("libpango-1.0-0", "pango-1.0", ..., "libpango-1.0.so.0"). For every
name that is not a loadable file, cffi asks ctypes.util.find_library, which on
Linux runs ldconfig, then gcc, then ld: about fifty subprocesses and a quarter
of a second, a sixth of a cold build. find_library only ever answers with a
soname that the dynamic loader then opens by name, and each list ends with the
Linux soname, which the loader finds by itself. So while WeasyPrint imports,
find_library says "not found" at once, and the loader does the finding. If that
ever fails (a system whose sonames differ from WeasyPrint's list), the import
is simply done again the usual way.
"""
from __future__ import annotations

import contextlib
import io
import sys
from types import ModuleType
from typing import Iterator


def import_weasyprint() -> ModuleType:
    """The weasyprint module, imported once per process, as fast as this system allows."""
    if "weasyprint" not in sys.modules and sys.platform.startswith("linux"):
        try:
            # WeasyPrint prints an installation hint to stdout when a library is
            # missing; on this first try that is not yet the user's concern.
            with _loader_finds_libraries(), contextlib.redirect_stdout(io.StringIO()):
                import weasyprint
        except OSError:
            pass  # the failed modules are out of sys.modules again: the import below starts afresh
    import weasyprint

    return weasyprint


@contextlib.contextmanager
def _loader_finds_libraries() -> Iterator[None]:
    import ctypes.util

    search = ctypes.util.find_library
    ctypes.util.find_library = lambda name: None
    try:
        yield
    finally:
        ctypes.util.find_library = search
