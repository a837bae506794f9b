"""Shared helpers for tests that run the real CLI and read real PDFs back."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


def run_cli(*args: str, cwd: Path | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    """`python -m builder ARGS` as a user would run it; returns the finished process."""
    return subprocess.run([sys.executable, "-m", "builder", *args], cwd=cwd or REPO,
                          capture_output=True, text=True, timeout=timeout)


def copy_seeds(dest: Path) -> Path:
    shutil.copytree(SEEDS, dest)
    return dest


def pdf_text(path: Path) -> str:
    """The PDF's text with whitespace folded and line-end hyphenation undone."""
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return fold(text)


def fold(text: str) -> str:
    text = text.replace("\u00ad", "")
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text)
    text = text.translate(str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"}))
    return " ".join(text.split())
