"""The only way the PDF renderer may read anything (SPEC §8).

Imported lazily from pdf.py, because it subclasses WeasyPrint's fetcher and
WeasyPrint is slow to import.
"""
from __future__ import annotations

import logging
import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse

_log = logging.getLogger("builder.render")


class FolderFetcher(URLFetcher):
    """Serves file: URLs inside the allowed folders; refuses everything else without fetching it.

    Paths are resolved before the check, so `..` segments and symlinks that
    lead out of a folder are refused too.
    """

    def __init__(self, folders: list[Path]) -> None:
        super().__init__(allowed_protocols=("file",), allow_redirects=False)
        self._folders = [f.resolve() for f in folders]

    def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
        path = self._allowed_path(url)
        if path is None:
            _log.warning("refused to fetch %s: the PDF may only use files in the template and case folders", url[:200])
            raise ValueError(f"refused to fetch {url[:200]}")
        mime, _ = mimetypes.guess_type(path.name)
        return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": mime or "application/octet-stream"})

    def _allowed_path(self, url: str) -> Path | None:
        parts = urlsplit(url)
        if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
            return None
        try:
            path = Path(unquote(parts.path)).resolve(strict=True)
        except (OSError, RuntimeError):
            return None
        if not path.is_file():
            return None
        return path if any(path.is_relative_to(folder) for folder in self._folders) else None
