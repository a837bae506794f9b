"""The extractors' patterns are compiled when first used, not when the extractors are imported (a cold build's start)."""
from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

from builder.extract._regex import LazyPattern, lazy_compile

REPO = Path(__file__).resolve().parents[1]


def test_importing_the_extractors_compiles_almost_no_pattern():
    # Counted in a fresh interpreter: this test process has long since used (and compiled) them all.
    script = textwrap.dedent("""
        import re
        compiled = []
        real = re.compile
        re.compile = lambda *args: compiled.append(args) or real(*args)
        import builder.extract
        print(len(compiled))
    """)
    out = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True)
    assert int(out.stdout) < 40  # about a thousand before: 0.4 s of every cold build


def test_a_lazy_pattern_finds_what_the_compiled_pattern_finds():
    source = r"(?P<num>\d+)\s+(?P<unit>years?|months?)"
    lazy, real = lazy_compile(source, re.I), re.compile(source, re.I)
    text = "She got 5 YEARS, then 18 months more."
    assert lazy.search(text).group() == real.search(text).group() == "5 YEARS"
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.sub("<term>", text) == real.sub("<term>", text)
    assert lazy.match(text) is None and lazy.fullmatch("2 months").group("unit") == "months"
    assert lazy.findall(text) == real.findall(text)
    assert lazy.groupindex == real.groupindex and lazy.flags == real.flags


def test_a_lazy_pattern_gives_its_source_without_compiling():
    lazy = lazy_compile(r"\bprobation\b")
    combined = lazy_compile(rf"(?:{lazy.pattern})\s+for")  # patterns built from other patterns' sources
    assert "search" not in vars(lazy)
    assert combined.search("on probation for two years").group() == "probation for"


def test_a_pattern_with_an_error_fails_where_it_is_used_with_re_error():
    broken = lazy_compile(r"(unclosed")
    assert isinstance(broken, LazyPattern)
    try:
        broken.search("text")
    except re.error:
        pass
    else:
        raise AssertionError("an invalid pattern must raise re.error on use")


def test_a_misspelt_attribute_is_an_attribute_error():
    lazy = lazy_compile("x")
    try:
        lazy.serach("x")  # noqa: the typo is the point
    except AttributeError:
        pass
    else:
        raise AssertionError("a name a compiled pattern lacks must not compile or pass")


def _lazy_patterns_in(value, seen):
    if isinstance(value, LazyPattern):
        yield value
    elif isinstance(value, (list, tuple, set, frozenset, dict)) and id(value) not in seen:
        seen.add(id(value))
        for item in (value.items() if isinstance(value, dict) else value):
            yield from _lazy_patterns_in(item, seen)
    elif not isinstance(value, type) and (hasattr(value, "__dataclass_fields__") or hasattr(value, "_fields")):  # triggers
        yield from _lazy_patterns_in(tuple(getattr(value, f) for f in getattr(value, "_fields", None)
                                           or value.__dataclass_fields__), seen)


def test_every_pattern_of_the_extractors_compiles():
    # Compiled on first use, a broken pattern would otherwise surface only on the article that first needs it.
    import importlib
    import pkgutil

    import builder.extract

    seen: set[int] = set()
    patterns = []
    for module in pkgutil.iter_modules(builder.extract.__path__):
        namespace = vars(importlib.import_module(f"builder.extract.{module.name}"))
        patterns.extend(p for value in namespace.values() for p in _lazy_patterns_in(value, seen))
    assert len(patterns) > 500
    for pattern in patterns:
        pattern.search("")  # raises re.error for a pattern that does not compile
