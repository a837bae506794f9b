"""Where the bundled templates live, found without importing anything heavy."""
from __future__ import annotations

from pathlib import Path

import builder


def bundled_templates() -> Path:
    """Inside the package when installed from a wheel; beside it in a source checkout."""
    package = Path(builder.__file__).resolve().parent
    for candidate in (package / "templates", package.parent / "templates"):
        if (candidate / "base.html").is_file():
            return candidate
    raise FileNotFoundError(f"the bundled templates are missing from {package}; reinstall briefing")
