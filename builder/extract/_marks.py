"""Find the stretches of a paragraph that stand between quotation marks.

News text mixes curly and straight marks (an opening curly mark may be closed
by a straight one), nests single marks inside double ones, and runs a long
quotation over several paragraphs by leaving each paragraph but the last
unclosed. Pairing is done on double marks only, so single marks inside stay part
of the outer quotation; single marks are used in a paragraph that has no double
marks, or whose double marks all sit inside single-quoted stretches (the British
style, which nests the other way round).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from builder.extract._regex import lazy_compile
from builder.model import Paragraph

_DOUBLE = lazy_compile(r"[\"\u201c\u201d\u201e\u00ab\u00bb]")
_SINGLE = lazy_compile(r"['\u2018\u2019]")
_OPEN_BEFORE = set(" \t\n([{\u2014\u2013-/:;,")


@dataclass(frozen=True)
class Segment:
    """Quoted words: text[start:end] without the marks; `closed` is False when the paragraph ends first."""

    start: int
    end: int
    open_at: int  # offset of the opening mark
    close_at: int  # offset of the closing mark, or the paragraph end when unclosed
    closed: bool
    paragraph: Paragraph


def quoted_segments(text: str, paragraphs: list[Paragraph]) -> list[Segment]:
    """Every quotation-mark segment of the given paragraphs, in text order."""
    segments: list[Segment] = []
    for para in paragraphs:
        doubles = [(m.start(), m.group()) for m in _DOUBLE.finditer(text, para.start, para.end)]
        singles = [(m.start(), m.group()) for m in _SINGLE.finditer(text, para.start, para.end)
                   if _single_is_mark(text, m.start(), para)]
        found = _pair(text, doubles, para)
        if singles and (not doubles or _all_nested(doubles, _pair(text, singles, para))):
            found = _pair(text, singles, para)
        segments.extend(found)
    return segments


def _all_nested(doubles: list[tuple[int, str]], outer: list[Segment]) -> bool:
    """‘My dear, the bank says “fees” are due’: every double mark lies inside a single-quoted stretch."""
    return bool(outer) and all(any(s.open_at < at < s.close_at for s in outer) for at, _ in doubles)


def _single_is_mark(text: str, at: int, para: Paragraph) -> bool:
    """A single mark that is not an apostrophe inside or at the end of a word."""
    before, after = _neighbours(text, at, para)
    if before.isalnum() and after.isalnum():
        return False  # it's, Huffman's
    if before in "sS" and after.isspace() and text[at] != "\u2018":
        return False  # the parents' money (but "on 'Malibu Nights', she": a closing mark before punctuation)
    return True


def _neighbours(text: str, at: int, para: Paragraph) -> tuple[str, str]:
    """The characters either side of the mark at `at`; a paragraph edge reads as a space."""
    before = text[at - 1] if at > para.start else " "
    after = text[at + 1] if at + 1 < para.end else " "
    return before, after


def _can_open(text: str, at: int, mark: str, para: Paragraph) -> bool:
    if mark in "\u201c\u201e\u00ab\u2018":
        return True
    if mark in "\u201d\u00bb\u2019":
        return False
    before, after = _neighbours(text, at, para)
    return (before in _OPEN_BEFORE or at == para.start) and not after.isspace()


def _can_close(text: str, at: int, mark: str, para: Paragraph) -> bool:
    if mark in "\u201d\u00bb\u2019":
        return True
    if mark in "\u201c\u201e\u00ab\u2018":
        return False
    before, after = _neighbours(text, at, para)
    return not before.isspace() and (not after.isalnum() or after == "s")


def _pair(text: str, marks: list[tuple[int, str]], para: Paragraph) -> list[Segment]:
    out: list[Segment] = []
    open_at: int | None = None
    for at, mark in marks:
        if open_at is None:
            if _can_open(text, at, mark, para):
                open_at = at
            continue
        if _can_close(text, at, mark, para):
            seg = _segment(text, open_at, at, True, para)
            if seg:
                out.append(seg)
            open_at = None
        elif _can_open(text, at, mark, para):
            open_at = at  # the earlier mark was stray; start again here
    if open_at is not None:
        seg = _segment(text, open_at, para.end, False, para)
        if seg:
            out.append(seg)
    return out


def _segment(text: str, open_at: int, close_at: int, closed: bool, para: Paragraph) -> Segment | None:
    start, end = open_at + 1, close_at
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    return Segment(start, end, open_at, close_at, closed, para)
