"""What the CLI asks `build` for, and what it gets back.

Kept free of heavy imports (not even `typing`): an "up to date" rebuild must
cost little more than starting Python (SPEC §7).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

FORMATS = ("html", "pdf")
VARIANTS = ("briefing", "handout")
PAPERS = ("letter", "a4")

@dataclass(frozen=True)
class BuildRequest:
    case_dirs: list[Path]
    out: Path
    formats: tuple[str, ...] = FORMATS
    variants: tuple[str, ...] = VARIANTS
    paper: str | None = None  # None: briefing.toml's paper, else "letter"
    as_of: dt.date | None = None  # None: briefing.toml's as_of, else today's local date
    force: bool = False
    jobs: int = 1
    template: Path | None = None  # a Jinja2 template inside the case folder
    verbosity: int = 0  # -1 quiet, 0 normal, 1 verbose


@dataclass
class CaseResult:
    case_dir: Path
    out_dir: Path
    status: str  # "built" | "up to date" | "failed"
    message: str = ""
    outputs: list[Path] = field(default_factory=list)
    seconds: float = 0.0
    exit_code: int = 0
    detail: str = ""  # a traceback for an internal error, shown with -v only

    def line(self, verbosity: int = 0) -> str:
        if self.status == "failed":
            text = f"{self.case_dir}: failed: {self.message}"
            return f"{text}\n{self.detail}" if verbosity > 0 and self.detail else text
        if self.status == "up to date":
            return f"{self.case_dir}: up to date ({self.out_dir})"
        where = ", ".join(str(p) for p in self.outputs) if verbosity > 0 else str(self.out_dir)
        return f"{self.case_dir}: built {where} in {self.seconds:.1f} s"


@dataclass
class BuildReport:
    results: list[CaseResult]
    seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        """With several cases the highest code wins (SPEC §6)."""
        return max((r.exit_code for r in self.results), default=0)

    def summary(self) -> str:
        counts = {status: sum(r.status == status for r in self.results) for status in ("built", "up to date", "failed")}
        parts = [f"{n} {status}" for status, n in counts.items() if n]
        return f"{len(self.results)} case(s): {', '.join(parts)} in {self.seconds:.1f} s"

    def lines(self, verbosity: int = 0) -> list[str]:
        """What the CLI prints: one line per case (only failures when quiet), and a summary for several cases."""
        shown = [r for r in self.results if verbosity >= 0 or r.status == "failed"]
        lines = [r.line(verbosity) for r in shown]
        if len(self.results) > 1 and verbosity >= 0:
            lines.append(self.summary())
        return lines
