"""Sentence splitting shared by the extractors.

Rules rather than a model: news prose is regular enough, and offsets must map
exactly back to the source, which a tokenizer that rewrites text would lose.
"""
from __future__ import annotations

import re

# Abbreviations after which a period does not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gov", "sen", "rep", "gen", "col", "lt", "sgt",
    "capt", "det", "insp", "supt", "u.s", "u.k", "no", "vs", "v", "inc", "co", "corp", "ltd",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "a.m", "p.m", "e.g", "i.e", "etc", "ft", "mt", "ave", "blvd", "pvt", "cpl", "adm", "maj",
}
_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+|$)")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences in text[start:end], whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for m in _END.finditer(text, start, end):
        word = re.search(r"([\w.]+)[.!?]*[\"'\u201d\u2019)\]]*$", text[cursor:m.end()])
        token = word.group(1).rstrip(".").lower() if word else ""
        if m.group().startswith(".") and (token in _ABBREVIATIONS or re.fullmatch(r"[a-z]", token)):
            continue
        after = text[m.end():m.end() + 3].lstrip()
        if after and after[0].islower():
            continue  # "said Mr. X, who ..." or an ellipsis inside a sentence
        spans.append(_trim(text, cursor, m.end()))
        cursor = m.end()
    if text[cursor:end].strip():
        spans.append(_trim(text, cursor, end))
    return [s for s in spans if s[1] > s[0]]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
