"""The facts as JSON (`briefing extract --json`, SPEC §4): what other tools read."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

from builder.model import Briefing, Sentencing


def facts_json(briefing: Briefing) -> str:
    doc = {
        "title": briefing.title,
        "as_of": briefing.as_of.isoformat(),
        "sources": [
            {"id": s.id, "file": s.file, "outlet": s.outlet, "title": s.title,
             "published": s.published.isoformat() if s.published else None, "url": s.url,
             "author": s.author, "inferred": sorted(s.inferred)}
            for s in briefing.sources
        ],
        # Consumers read one citation per quote; merged facts keep them all in "citations".
        "quotes": [{**_plain(q), "citation": _plain(q.citations[0])} for q in briefing.quotes],
        "parties": _plain(briefing.parties),
        "sentencing": _sentencing_json(briefing.sentencing),
        "events": _plain(briefing.events),
        "conflicts": _plain(briefing.conflicts),
        "summary": _plain(briefing.summary),
        "warnings": list(briefing.warnings),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)


# A count the verdict or the prosecution took away is no charge the defendant answers for
_CLEARED = ("acquitted", "dismissed")
_CONVICTED = ("convicted", "pleaded guilty")


def _sentencing_json(sentencing: Sentencing) -> dict[str, Any]:
    """`charges` are every count the defendant was charged with, each with its `status` (SPEC §4
    "charges/convictions"; a count later dismissed was still charged, and most hand annotations list it);
    `cleared_charges` repeats the counts acquitted, dismissed, or deadlocked beside a conviction, for a consumer
    that wants only what the defendant still stands convicted of or faces (`charges` minus these)."""
    convicted = {c.subject for c in sentencing.charges if c.status in _CONVICTED}
    cleared = [c for c in sentencing.charges
               if c.status in _CLEARED or (c.status == "hung" and c.subject in convicted)]
    return {**_plain(sentencing),
            "charges": [_plain(c) for c in sentencing.charges],
            "cleared_charges": _plain(cleared),
            # Every term the articles state, each with whose it is (`subject` null: the defendant's), as coverage of a
            # case tells the co-defendants' sentences as part of it; `others` repeats the ones given to someone else,
            # so a consumer that wants only the defendant's reads `terms` minus `others`
            "terms": _plain(sentencing.terms + sentencing.others)}


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(_plain(v) for v in value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return value
