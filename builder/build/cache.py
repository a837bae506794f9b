"""The extracted facts of the last build, kept so a template change re-renders without re-extracting.

The cache is a hidden pickle in the output folder, tagged with the extraction
key. A cached Briefing is never trusted blindly: its citations are checked
again against the sources as they are on disk now (SPEC §4). Like the
outputs, the cache belongs to whoever owns the output folder: point -o only
at folders you trust, as unpickling runs code.
"""
from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path

from builder.check import verify_citations
from builder.config import load_config
from builder.errors import ContentError
from builder.model import Briefing
from builder.sources import read_case

CACHE_NAME = ".briefing-cache.pickle"


def cached_briefing(out_dir: Path, key: str, case_dir: Path) -> Briefing | None:
    """The cached Briefing for this extraction key, re-verified; None when there is none.

    Raises ContentError when a cached citation no longer matches its source.
    """
    try:
        cached_key, briefing = pickle.loads((out_dir / CACHE_NAME).read_bytes())
    except Exception:  # a missing, truncated or outdated cache is simply a miss
        return None
    if cached_key != key or not isinstance(briefing, Briefing):
        return None
    current = {s.file: s for s in read_case(case_dir, load_config(case_dir))}
    sources = []
    for source in briefing.sources:
        if source.file not in current:
            raise ContentError(f"the cached facts cite {source.file}, which is gone; run `briefing build --force`",
                               file=str(case_dir))
        sources.append(dataclasses.replace(source, text=current[source.file].text))
    briefing = dataclasses.replace(briefing, sources=sources)
    problems = verify_citations(briefing)
    if problems:
        raise ContentError(f"cached facts no longer match their sources: {problems[0]}; "
                           "run `briefing build --force`", file=str(case_dir))
    return briefing


def cache_entry(key: str, briefing: Briefing) -> bytes:
    return pickle.dumps((key, briefing), protocol=pickle.HIGHEST_PROTOCOL)
