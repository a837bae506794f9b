"""Content hashes of everything a build depends on (SPEC §7).

Two keys come out. The extraction key covers what the facts depend on (the
case folder's files, the tool and the as-of date); the render key adds what
only the pages depend on (templates and options). A change to a template
alone therefore re-renders from the cached facts without re-extracting.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

import builder
from builder.paths import bundled_templates


@dataclass(frozen=True)
class InputKeys:
    extraction: str
    render: str


def hash_inputs(case_dir: Path, template: Path | None, options: dict[str, object]) -> InputKeys:
    """Keys for one case; `options` are the settings that shape the outputs (as_of, paper, formats...)."""
    case_files = _files(case_dir, recursive=False)
    template_files: dict[str, str] = {}
    if template is not None:
        # The editor's template is a render input, not an extraction input, even inside the case folder.
        if template.parent == case_dir.resolve():
            case_files.pop(template.name, None)
        template_files = {f"case:{name}": digest for name, digest in _files(template.parent, recursive=False).items()}
    try:
        bundled = _files(bundled_templates(), recursive=True)
    except FileNotFoundError:
        bundled = {}  # rendering will say what is missing
    template_files.update({f"bundled:{name}": digest for name, digest in bundled.items()})
    extraction = _digest({"tool": _tool_fingerprint(), "files": case_files, "as_of": options.get("as_of")})
    render = _digest({"extraction": extraction, "templates": template_files, "options": options})
    return InputKeys(extraction=extraction, render=render)


def _digest(value: object) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()


def _files(folder: Path, recursive: bool) -> dict[str, str]:
    """sha256 of every visible regular file in folder; symlinks pointing out of it are not followed."""
    root = folder.resolve()
    hashes: dict[str, str] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d != "__pycache__") if recursive else []
        for name in filenames:
            if name.startswith("."):
                continue
            path = Path(dirpath, name)
            try:
                if not path.is_file() or root not in path.resolve().parents:
                    continue
                with open(path, "rb") as f:
                    hashes[str(path.relative_to(root))] = hashlib.file_digest(f, "sha256").hexdigest()
            except OSError:
                hashes[str(path.relative_to(root))] = "unreadable"  # reading it will fail with a clear message
    return hashes


def _tool_fingerprint() -> str:
    """The version plus the package's own code, so a changed stage never reuses stale outputs."""
    package = Path(builder.__file__).parent
    code = {name: digest for name, digest in _files(package, recursive=True).items() if name.endswith(".py")}
    return _digest({"version": builder.__version__, "code": code})
