"""`briefing check`: what an editor should look at before printing (SPEC §6)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from builder.check import verify_citations
from builder.config import load_config
from builder.errors import ContentError
from builder.pipeline import load_briefing

LOW_CONFIDENCE = 0.6


def review(case_dir: Path, as_of: dt.date | None = None) -> tuple[list[str], list[str]]:
    """(problems, warnings): problems make `check` exit 1; warnings are listed only."""
    try:
        briefing = load_briefing(case_dir, as_of, verify=False)
    except ContentError as e:  # invalid editor input, e.g. a pinned quote found in no source
        return [str(e)], []
    problems = verify_citations(briefing)
    warnings = list(briefing.warnings)
    files = {s.file for s in briefing.sources}
    for file in sorted(set(load_config(case_dir).sources) - files):
        warnings.append(f"briefing.toml: [[sources]] names {file!r}, which is not an article in {case_dir}; "
                        "fix the file name")
    for s in briefing.sources:
        if s.published is None:
            warnings.append(f"{s.file}: no publication date; add `published` under [[sources]] in briefing.toml")
        for field in sorted(s.inferred):
            warnings.append(f"{s.file}: {field} was inferred from the text ({getattr(s, field)!r}); confirm it in briefing.toml")
    for c in briefing.conflicts:
        values = " vs ".join(repr(v.value) for v in c.values)
        state = (f"resolved: {c.resolution}" if c.resolution else "resolved") if c.resolved else "unresolved"
        warnings.append(f"sources disagree on {c.subject} ({c.kind}): {values} [{state}]")
    for q in briefing.quotes:
        if q.speaker is None:
            warnings.append(f"quote with no speaker: {q.text[:60]!r}")
        elif q.confidence < LOW_CONFIDENCE:
            warnings.append(f"low-confidence speaker {q.speaker!r} for {q.text[:60]!r}")
    return problems, warnings
