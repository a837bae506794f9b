"""Stage 1: read the articles of a case folder (SPEC §3).

`read_case` finds the source files, decodes them, takes the article body out of
HTML, reads metadata (file block, then briefing.toml, then inference) and
labels paragraphs as body text or clutter.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

from builder.errors import UsageError
from builder.model import CaseConfig, Source
from builder.sources.decode import MAX_SOURCE_BYTES, decode_source
from builder.sources.html import html_article
from builder.sources.infer import infer_outlet, infer_title
from builder.sources.layout import split_paragraphs
from builder.sources.metadata import parse_date, read_metadata_block

SOURCE_SUFFIXES = (".txt", ".md", ".html", ".htm")


def read_case(case_dir: Path, config: CaseConfig) -> list[Source]:
    """Every readable article in case_dir, sorted by file name."""
    if not case_dir.exists():
        raise UsageError(f"case folder {case_dir} does not exist; check the path or run `briefing init {case_dir}`")
    if not case_dir.is_dir():
        raise UsageError(f"{case_dir} is a file, not a case folder; pass the folder that holds the articles")
    files = sorted(p for p in case_dir.iterdir() if p.suffix.lower() in SOURCE_SUFFIXES and _inside(p, case_dir))
    if not files:
        raise UsageError(f"{case_dir} holds no articles; add .txt, .md or .html files to it")
    sources = [_read_file(path, config) for path in files]
    _make_ids_unique(sources)
    return sources


def _inside(path: Path, case_dir: Path) -> bool:
    """A regular file that really lives in the folder: symlinks pointing out are not followed."""
    try:
        return path.is_file() and path.resolve().parent == case_dir.resolve()
    except OSError:
        return False


def _read_file(path: Path, config: CaseConfig) -> Source:
    size = path.stat().st_size
    if size > MAX_SOURCE_BYTES:
        raise UsageError(
            f"the file is {size / 1e6:.1f} MB, over the {MAX_SOURCE_BYTES // 2**20} MB limit for one article; "
            "split it or remove it", file=path.name)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise UsageError(f"cannot read the file ({e.strerror}); check its permissions", file=path.name) from e
    source = source_from_text(path.name, decode_source(data, path.name), config)
    source.path = path
    return source


def source_from_text(file: str, text: str, config: CaseConfig | None = None) -> Source:
    """A Source from already-decoded text (what tests and read_case use)."""
    page_meta: dict[str, str] = {}
    if file.lower().endswith((".html", ".htm")):
        text, page_meta = html_article(text)
    block, body_start = read_metadata_block(text)
    toml_meta = config.sources.get(file) if config else None
    known_title = (toml_meta and toml_meta.title) or block.get("title") or page_meta.get("title")
    paragraphs = split_paragraphs(text, body_start, known_title)
    if not any(p.kind == "body" for p in paragraphs):
        raise UsageError("no article text found in the file; paste the article's paragraphs into it", file=file)
    meta = {**page_meta, **block}
    inferred: set[str] = set()

    def pick(key: str, toml_value):
        if toml_value is not None:
            return toml_value
        return meta.get(key)

    outlet = pick("outlet", toml_meta and toml_meta.outlet)
    if outlet is None and (outlet := infer_outlet(text, paragraphs)):
        inferred.add("outlet")
    title = pick("title", toml_meta and toml_meta.title)
    if title is None and (title := infer_title(text, paragraphs)):
        inferred.add("title")
    published = toml_meta.published if toml_meta and toml_meta.published else None
    if published is None and meta.get("date"):
        published = parse_date(meta["date"])
    stem = file.rsplit(".", 1)[0]
    return Source(
        id=stem, file=file, text=text, paragraphs=paragraphs, outlet=outlet, title=title,
        published=published, url=pick("url", toml_meta and toml_meta.url),
        author=pick("author", toml_meta and toml_meta.author), inferred=frozenset(inferred),
    )


def _make_ids_unique(sources: list[Source]) -> None:
    seen: dict[str, int] = {}
    for i, s in enumerate(sources):
        if s.id in seen:
            sources[i] = dataclasses.replace(s, id=s.file.replace(".", "-"))
        seen[sources[i].id] = i
