"""briefing.toml: the editor's input, validated (SPEC §3).

Every problem is reported with the file, the line and the key, because the
people who edit this file are not programmers.
"""
from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path
from typing import Any

from builder.errors import UsageError
from builder.model import CaseConfig, Pin, SourceMeta

CONFIG_NAME = "briefing.toml"
_TOP_KEYS = {"title", "subtitle", "paper", "as_of", "summary", "corrections", "hide", "pin", "sources"}
_SOURCE_KEYS = {"file", "outlet", "title", "published", "url", "author"}
_PIN_KEYS = {"text", "speaker", "file"}
PAPERS = ("letter", "a4")


def load_config(case_dir: Path) -> CaseConfig:
    """The case's briefing.toml as a CaseConfig; an empty one when the file is absent."""
    path = case_dir / CONFIG_NAME
    if not path.is_file():
        return CaseConfig(case_dir=case_dir)
    try:
        raw_text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError("is not UTF-8 text; save it as UTF-8", file=str(path)) from None
    try:
        data = tomllib.loads(raw_text)
    except tomllib.TOMLDecodeError as e:
        raise UsageError(f"is not valid TOML ({e}); fix that line", file=str(path)) from None
    return _Validator(path, raw_text).config(data)


class _Validator:
    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()

    def fail(self, key: str, problem: str) -> UsageError:
        return UsageError(f"line {self._line_of(key)}: `{key}` {problem}", file=str(self.path))

    def _line_of(self, key: str) -> int:
        bare = key.rsplit(".", 1)[-1].split("[")[0]
        pattern = re.compile(rf"^\s*(\[\[?\s*)?[\"']?{re.escape(bare)}[\"']?\s*(=|\]|\.)")
        for number, line in enumerate(self.lines, 1):
            if pattern.match(line):
                return number
        return 1

    def config(self, data: dict[str, Any]) -> CaseConfig:
        for key in data:
            if key not in _TOP_KEYS:
                raise self.fail(key, f"is not a briefing.toml key; the keys are: {', '.join(sorted(_TOP_KEYS))}")
        paper = self.text(data, "paper")
        if paper is not None and paper.lower() not in PAPERS:
            raise self.fail("paper", f"must be \"letter\" or \"a4\", not {paper!r}")
        corrections = data.get("corrections", {})
        if not isinstance(corrections, dict) or not all(isinstance(v, str) for v in corrections.values()):
            raise self.fail("corrections", 'must be a table of "wrong" = "right" strings')
        return CaseConfig(
            case_dir=self.path.parent,
            title=self.text(data, "title"),
            subtitle=self.text(data, "subtitle"),
            paper=paper.lower() if paper else None,
            as_of=self.date(data, "as_of"),
            summary=self.text(data, "summary"),
            corrections=dict(corrections),
            hide=self.string_list(data, "hide"),
            pin=self.pins(data.get("pin", [])),
            sources=self.sources(data.get("sources", [])),
        )

    def text(self, table: dict[str, Any], key: str, where: str = "") -> str | None:
        value = table.get(key)
        if value is not None and not isinstance(value, str):
            raise self.fail(where + key, "must be a quoted string")
        return value

    def date(self, table: dict[str, Any], key: str, where: str = "") -> dt.date | None:
        value = table.get(key)
        if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
            return value
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        raise self.fail(where + key, "must be a date written as YYYY-MM-DD")

    def string_list(self, table: dict[str, Any], key: str) -> list[str]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(key, 'must be a list of strings, e.g. ["text to hide"]')
        return value

    def pins(self, value: Any) -> list[Pin]:
        if not isinstance(value, list):
            raise self.fail("pin", 'must be a list of quoted texts or of {text = "...", speaker = "..."} tables')
        pins = []
        for item in value:
            if isinstance(item, str):
                pins.append(Pin(text=item))
                continue
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise self.fail("pin", "entries need a `text` string")
            for key in item:
                if key not in _PIN_KEYS:
                    raise self.fail(key, f"is not a pin key; pin keys are: {', '.join(sorted(_PIN_KEYS))}")
            pins.append(Pin(text=item["text"], speaker=self.text(item, "speaker", "pin."),
                            file=self.text(item, "file", "pin.")))
        return pins

    def sources(self, value: Any) -> dict[str, SourceMeta]:
        if not isinstance(value, list):
            raise self.fail("sources", "must be written as [[sources]] tables")
        metas: dict[str, SourceMeta] = {}
        for table in value:
            if not isinstance(table, dict):
                raise self.fail("sources", "must be written as [[sources]] tables")
            for key in table:
                if key not in _SOURCE_KEYS:
                    raise self.fail(key, f"is not a [[sources]] key; they are: {', '.join(sorted(_SOURCE_KEYS))}")
            file = self.text(table, "file", "sources.")
            if not file:
                raise self.fail("sources", "needs `file = \"name of the article file\"` in every [[sources]] table")
            metas[file] = SourceMeta(
                file=file,
                outlet=self.text(table, "outlet", "sources."),
                title=self.text(table, "title", "sources."),
                published=self.date(table, "published", "sources."),
                url=self.text(table, "url", "sources."),
                author=self.text(table, "author", "sources."),
            )
        return metas
