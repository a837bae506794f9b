"""Import WeasyPrint without its two slowest steps: the library search, and fontTools' font rewriters.

1. WeasyPrint loads Pango, HarfBuzz and Fontconfig by trying several names per
platform ("libpango-1.0-0", "pango-1.0", ..., "libpango-1.0.so.0"). For every
name that is not a loadable file, cffi asks ctypes.util.find_library, which on
Linux runs ldconfig, then gcc, then ld: about fifty subprocesses and a quarter
of a second, a sixth of a cold build. find_library only ever answers with a
soname that the dynamic loader then opens by name, and each list ends with the
Linux soname, which the loader finds by itself. So while WeasyPrint imports,
find_library says "not found" at once, and the loader does the finding. If that
ever fails (a system whose sonames differ from WeasyPrint's list), the import
is simply done again the usual way.

2. WeasyPrint imports fontTools' subsetter and variable-font instancer up front
(about 0.15 CPU-seconds, a fifth of its import), but calls them only for
variable, colour-emoji or WOFF fonts, or when HarfBuzz has no subsetter; our
templates use static system fonts that HarfBuzz subsets. While WeasyPrint
imports, those two modules are stand-ins whose functions import the real module
on their first call, so a template that does use such a font still gets it.
"""
from __future__ import annotations

import contextlib
import importlib
import io
import sys
from types import ModuleType
from typing import Any, Callable, Iterator

# Imported by weasyprint.pdf.fonts, used only in rare cases (see 2. above).
_USED_RARELY = ("fontTools.subset", "fontTools.varLib.instancer")


def import_weasyprint() -> ModuleType:
    """The weasyprint module, imported once per process, as fast as this system allows."""
    if "weasyprint" not in sys.modules:
        with _rare_modules_on_first_use():
            if sys.platform.startswith("linux"):
                try:
                    # WeasyPrint prints an installation hint to stdout when a library is
                    # missing; on this first try that is not yet the user's concern.
                    with _loader_finds_libraries(), contextlib.redirect_stdout(io.StringIO()):
                        import weasyprint
                except OSError:
                    pass  # the failed modules are out of sys.modules again: the import below starts afresh
            import weasyprint
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


@contextlib.contextmanager
def _rare_modules_on_first_use() -> Iterator[None]:
    stand_ins = {name: _stand_in(name) for name in _USED_RARELY if name not in sys.modules}
    sys.modules.update(stand_ins)
    try:
        yield
    finally:
        # Gone again, so the first call through a stand-in imports the real module.
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]


def _stand_in(name: str) -> ModuleType:
    """A module whose every public attribute is a function that calls the real module's namesake."""
    module = ModuleType(name, f"Stand-in for {name}, imported at its first use (builder.render.engine)")

    def attribute(attr: str) -> Callable[..., Any]:
        if attr.startswith("__"):
            raise AttributeError(attr)  # the import system probes for __path__ and the like

        def call(*args: Any, **kwargs: Any) -> Any:
            return getattr(importlib.import_module(name), attr)(*args, **kwargs)

        return call

    module.__getattr__ = attribute  # type: ignore[method-assign]  # PEP 562: asked for names the module lacks
    return module
