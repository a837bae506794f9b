"""Sentence splitting shared by the extractors.

Rules rather than a model: news prose is regular enough, and offsets must map
exactly back to the source, which a tokenizer that rewrites text would lose.
"""
from __future__ import annotations

import re

from builder.extract._regex import lazy_compile

# Abbreviations after which a period does not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gov", "sen", "rep", "gen", "col", "lt", "sgt",
    "capt", "det", "insp", "supt", "u.s", "u.k", "no", "vs", "v", "inc", "co", "corp", "ltd",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "a.m", "p.m", "e.g", "i.e", "etc", "ft", "mt", "ave", "blvd", "pvt", "cpl", "adm", "maj",
    # military ranks before a name: "Navy Cmdr. Ellis Brandt", "Army Spc. Joe Lind"
    "cmdr", "cmdt", "spc", "pfc", "sfc", "ssgt", "msgt", "cpo", "ens", "brig", "lcpl",
    # civil, church and police titles before a name: "the Rev. Ann Lutz", "Asst. U.S. Atty. Li Chen", "Tpr. Bo Hale"
    "rev", "msgr", "fr", "hon", "prof", "pres", "atty", "asst", "dept", "ofc", "tpr", "dep",
}
# An abbreviation that is a title before a full name or a state at a sentence's end: "Del."
_TITLE_OR_STATE = {"del"}
# A quotation's span in a paragraph: double marks, or single marks as British outlets quote ("'I lied because I was
# scared,' she said."). An apostrophe has a letter on both sides; a closing single mark follows the quoted
# sentence's punctuation.
# The reporter's own calls, no step of the case: "did not respond to a request for comment", "declined to discuss
# the case", "could not be reached Friday"
NO_COMMENT = lazy_compile(r"\b(?:reached\s+out\s+to|(?:did|could)\s+not\s+(?:immediately\s+)?(?:respond|return|be\s+reached)"
                          r"|request\s+for\s+comment|declined\s+to\s+(?:comment|discuss|speak|be\s+interviewed|answer)"
                          r"|(?:did\s+not|didn['\u2019]t|would\s+not|wouldn['\u2019]t)\s+(?:speak|talk)\s+to\s+reporters"
                          r"|has\s+contacted\b[^.]{0,60}\bcomment)", re.I)
QUOTED = lazy_compile(r"\u201c[^\u201d]*(?:\u201d|$)|\"[^\"]*(?:\"|$)"
                      r"|(?:^|(?<=[\s(\u2014]))['\u2018](?=[A-Z])[^\n]*?[.,!?]['\u2019](?=\s|$)")
_FULL_NAME_NEXT = lazy_compile(r"\s+[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+")
# A company's or a name's closing abbreviation ends the sentence when a word that only opens one follows:
# "paid Halbrook Paving Co. The company ..." (but "Acme Co. Chief Executive Ann Roe said" runs on).
_NAME_CLOSERS = {"inc", "co", "corp", "ltd", "jr", "sr"}
# A dateline's state abbreviation is followed by the agency's tag or the dash that opens the story
# ("YREKA, Calif. (AP) \u2014 A man ..."), never by a new sentence.
_DATELINE = lazy_compile(r"[A-Z][A-Z.' -]+(?:,[ \t]*[A-Z][A-Za-z.]*){1,2}")
_DATELINE_GOES_ON = lazy_compile(r"[ \t]*(?:\([A-Z][\w .&'-]{0,30}\)[ \t]*)?[\u2014\u2013]|[ \t]*\([A-Z][\w .&'-]{0,30}\)[ \t]*-")
_OPENS_SENTENCE = lazy_compile(r"\s+(?:The|A|An|This|That|These|Those|It|Its|He|She|His|Her|They|Their|We|I|But|And|In|On|At"
                             r"|After|Before|When|While|Since|As|If|Prosecutors|Police)\s")
# After an initialism ("D.C.", "N.Y."), these words carry on the name rather than start a sentence:
# "D.C. Superior Court", "N.Y. Police Department".
_NAME_GOES_ON = lazy_compile(r"(?:Superior|Supreme|Circuit|District|Federal|Criminal|County|City|State|Court|Courts|Police"
                           r"|Department|Attorney|Attorney['\u2019]s|Council|Jail|Appeals|Metropolitan|Public|National|Housing)\b")
_END = lazy_compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+|$)")
# The last word before a sentence end and its closing marks, read backwards (the text reversed): matching
# from the end finds it in one pass, where a search from the front would try every position before it.
_LAST_WORD_BACKWARDS = lazy_compile(r"[\"'\u201d\u2019)\]]*[.!?]*([\w.]+)")
_SINGLE_LETTER = lazy_compile(r"[a-z]")  # an initial: "John F. Kennedy"
_INITIALISM = lazy_compile(r"[a-z](?:\.[a-z])+")  # "d.c", "n.y"
_NUMBER_NEXT = lazy_compile(r"\s*\d")  # "No. 9"
_SECTION_NEXT = lazy_compile(r"[ \t]*(?:\u00a7|[Ss]ec(?:tion|\.)?\s*\d|\d)")  # "18 U.S.C. § 1343", "U.S.C. 1349"
# The last word is short: reading only the tail keeps splitting linear in the paragraph's length.
_TAIL = 80

# A wire dateline left at a sentence or clause's start when the splitter cut after "Okla.": "(AP) — ", "(CNN) — ",
# "Aug 14 (Reuters) - ", a whole "TULSA, Okla. (AP) — " or "FORT HOOD, Texas, July 1 (Reuters) - ", or "CEDAR FALLS - ". A summary sentence or a timeline event starts after it.
DATELINE_LEAD = lazy_compile(r"(?:[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)*(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?\s+)?"
                           r"(?:\([A-Za-z][\w .&/-]{0,24}\)\s*)?[\u2014\u2013]\s*|(?:[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)*(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:\s+\d{1,2})?){0,2}\s+)?"
                           r"\([A-Za-z][\w .&/-]{0,24}\)\s*-{1,2}\s+|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+)?\([A-Za-z][\w .&/-]{0,24}\)\s*[\u2014\u2013-]{1,2}\s*"
                           # "CEDAR FALLS - ", "MARION, Iowa -- ": a local paper's dateline with a hyphen
                           r"|[A-Z]{3,}(?:\s+[A-Z]{2,})*(?:,\s+[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+)?)?\s+-{1,2}\s+(?=[A-Z])"
                           # a network site's dateline in title case: "Newark, New Jersey — ", "St. Paul, Minn. — "
                           r"|(?:St\.\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},\s+[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+)?\s+[\u2014\u2013]\s*(?=[A-Z])"
                           # what a city's comma left: "La. (WBRX) - ", "Oct 16 (Reuters) - "
                           r"|(?:[A-Z][\w.]*,?\s+){0,3}(?:\d{1,2}\s+)?\([A-Z][\w&. ]{0,24}\)\s*[-\u2014\u2013]+\s*")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences in text[start:end], whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for m in _END.finditer(text, start, end):
        marks = m.group()
        if marks.startswith("."):
            # Only a period can follow an abbreviation or an initial; "!" and "?" always end a sentence here.
            token = _last_word(text, cursor, m.end()).rstrip(".").lower()
            if token in _TITLE_OR_STATE and marks == "." and _FULL_NAME_NEXT.match(text, m.end()):
                continue  # "sponsored by Del. Carla Monteith": a delegate, where "Dover, Del. The man" ends a sentence
            if (token in _ABBREVIATIONS or _SINGLE_LETTER.fullmatch(token)) \
                    and not (token in _NAME_CLOSERS and marks == "." and _OPENS_SENTENCE.match(text, m.end())) \
                    and not (token == "no" and not _NUMBER_NEXT.match(text[m.end():m.end() + 3])):  # "said no. He"
                continue
            if marks == "." and cursor == start and _DATELINE.fullmatch(text, start, m.end()) \
                    and _DATELINE_GOES_ON.match(text, m.end()):
                continue
            if marks == "." and (text.startswith("\u00a7", m.end() + len(text[m.end():m.end() + 2]) - len(text[m.end():m.end() + 2].lstrip()))
                                 or _INITIALISM.fullmatch(token) and _SECTION_NEXT.match(text, m.end())):
                continue  # "in violation of 18 U.S.C. § 1343", "Minn. Stat. § 609.52", "U.S.C. 1349": a code's section follows
            if marks == "." and _INITIALISM.fullmatch(token) \
                    and _NAME_GOES_ON.match(text, m.end() + len(text[m.end():m.end() + 3]) - len(text[m.end():m.end() + 3].lstrip())):
                continue
        after = text[m.end():m.end() + 3].lstrip()
        if after and after[0].islower():
            continue  # "said Mr. X, who ..." or an ellipsis inside a sentence
        spans.append(_trim(text, cursor, m.end()))
        cursor = m.end()
    if text[cursor:end].strip():
        spans.append(_trim(text, cursor, end))
    return [s for s in spans if s[1] > s[0]]


def _last_word(text: str, start: int, end: int) -> str:
    """The word that ends text[start:end] ("" if none), without the marks that close it. Only a tail is read
    (reading from `start` makes splitting quadratic in the paragraph's length) unless the word runs past it."""
    tail = max(start, end - _TAIL)
    word = _LAST_WORD_BACKWARDS.match(text[tail:end][::-1])
    if word and word.end() == end - tail and tail > start:
        word = _LAST_WORD_BACKWARDS.match(text[start:end][::-1])
    return word.group(1)[::-1] if word else ""


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# Words an acronym skips: "Federal Bureau of Investigation" is the FBI.
_ACRONYM_SKIPS = frozenset({"of", "and", "the", "for", "on", "in", "&"})


def abbreviates(acronym: str, name: str) -> bool:
    """Whether an all-capitals word is a name's initials ("NYPD" for "New York Police Department",
    "USAO" for "U.S. Attorney's Office")."""
    letters = acronym.replace(".", "")
    if len(letters) < 2 or not letters.isupper() or not letters.isalpha():
        return False
    initials = ""
    for word in name.split():
        if word.lower() in _ACRONYM_SKIPS:
            continue
        if _INITIALISM.fullmatch(word.lower().rstrip(".")):
            initials += word.replace(".", "")  # "U.S." gives "US"
        elif word[:1].isupper():
            initials += word[0]
        else:
            return False  # a lowercase word inside is a phrase, not a proper name
    return initials == letters


def judge_name_run_on(text: str, name: str, surnames: set[str]) -> str:
    """A judge's name without the word a dropped "that" ran into it: "told Judge Geraldine Tamblyn Rowley had spent"
    is Judge Geraldine Tamblyn, where the story elsewhere calls her "Judge Tamblyn" or "Judge Geraldine Tamblyn" and
    Rowley is someone else's surname (the accused's)."""
    words = name.split()
    if len(words) < 3 or words[-1] not in surnames:
        return name
    shorter = " ".join(words[:-1])
    for called in (shorter, words[-2]):
        if re.search(rf"\b(?:Judge|Justice|Magistrate|Recorder|Sheriff)\s+{re.escape(called)}(?!\s+{re.escape(words[-1])}\b)\s+[a-z]", text):
            return shorter
    return name
