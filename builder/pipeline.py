"""From a case folder to a verified Briefing: the stages of SPEC §2 in a line."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable, Optional

from builder.check import verify_citations
from builder.config import load_config
from builder.errors import ContentError
from builder.extract import extract
from builder.model import Briefing, Source, SourceFacts
from builder.reconcile import reconcile
from builder.sources import read_case


def load_briefing(case_dir: Path, as_of: dt.date | None = None, *, verify: bool = True,
                  extract_all: Optional[Callable[[list[Source]], list[SourceFacts]]] = None) -> Briefing:
    """Read, extract, reconcile and verify one case.

    The as-of date is the caller's, else briefing.toml's, else today's local
    date (SPEC §7). `extract_all` extracts the sources in their order, one by
    one unless the caller (a build) spreads them over processes. Raises
    UsageError for unusable input and ContentError when a fact's citation does
    not match its source.
    """
    config = load_config(case_dir)
    sources = read_case(case_dir, config)
    facts = extract_all(sources) if extract_all is not None else [extract(source) for source in sources]
    briefing = reconcile(config, facts, as_of or config.as_of or dt.date.today())
    problems = verify_citations(briefing) if verify else []
    if problems:
        raise ContentError(f"{len(problems)} fact(s) do not match their sources: {problems[0]}"
                           + ("" if len(problems) == 1 else f" (and {len(problems) - 1} more; run `briefing check`)"))
    return briefing
