"""Split a decoded article into paragraphs and tell body text from web clutter.

Offsets always refer to the original decoded text, so clutter is labelled,
never removed.
"""
from __future__ import annotations

import re

from builder.model import Paragraph, ParagraphKind

# Site furniture, captions and credits are a line or two (the longest caption seen runs 375 characters): a longer line
# is the article itself, whatever it opens with.
_LONGEST_NON_BODY = 600

# Lines pasted along with an article from a news site that are not part of it.
_CLUTTER = re.compile(
    r"""^(?:
        IE\s?\d+\ is\ not\ supported.*
      | .*for\ an\ optimal\ experience.*
      | Follow\ .{1,80}\ on\ (?:Facebook|Twitter|Instagram|X|Tumblr|LinkedIn).*
      | (?:RELATED|READ\ MORE|READ\ NEXT|MORE|SEE\ ALSO|WATCH|LISTEN|RECOMMENDED|ADVERTISEMENT|Advertisement|TRENDING|TOP\ STORIES
         |DON['’]T\ MISS|MUST\ READ
         |(?:PRIOR|PREVIOUS|EARLIER|MORE|OUR)\ COVERAGE|(?:ALSO|READ)\ (?:READ|ALSO)|FROM\ THE\ ARCHIVES?
         |EDITOR['’]S\ NOTE)\b\s*:.*
      | Advertisement:?
      | A\ version\ of\ this\ (?:article|story)\ appear(?:s|ed)\ in\ print\b.*
      | (?:RELATED|MORE\ STORIES)(?:\.{3}|…)
      | Read\ more\ (?:at|on|from)\ .{1,60}
      | Get\ more\ news.*
      | If\ you\ or\ someone\ you\ (?:know|love)\b.{0,240}   # a help line's notice under the story
      | Where\ to\ get\ help\b.{0,400}                      # (New Zealand's and Australia's form of it)
      # a help line's number under the story: "In the UK, the National Stalking Helpline can be contacted on 0808 802 0300."
      # (not a tip line: "call the Crime Stoppers hotline at ..." is the investigating force's appeal, its party named)
      | .{0,160}\b(?:helpline|lifeline|samaritans|crisis\ (?:line|text\ line)|support\ line)\b.{0,120}?(?:\d[\d\ -]{4,}\d|\b\d{3}\b).{0,80}
      | .{0,80}\b(?:call|text|dial)\ (?:the\ )?\d{3}\b.{0,60}\b(?:helpline|lifeline|crisis\ line)\b.{0,80}
      # a content warning over the story: "WARNING: This story discusses family violence."
      | (?:(?:CONTENT|TRIGGER)\ )?WARNING\s*:\s*(?:This|The\ following)\ (?:story|article|report|content|piece|video)\b.{0,200}
      | (?:Sign\ up|Subscribe)\b.{0,120}
      | Click\ here\b.*
      | Share\ (?:this|on)\b.{0,80}
      | (?:Copyright|\(c\)|©).{0,240}
      | All\ rights\ reserved\.?
      | Interested\ in\ .{1,80}\?.*
      | Add\ Interest.*
      | This\ (?:material|article)\ may\ not\ be\ published.*
      | Skip\ to\ (?:main\ )?content
      | Download\ (?:the|our)\ .{1,60}\ app\b.*
      | \[?(?:Newsletter|Sign[\ -]up|Subscribe|Advertisement|Ad)\b[^\]]{0,120}\]?
      | (?:This|The)\ (?:interview|transcript|conversation|story|article)\ has\ been\ (?:edited|condensed|updated)\b.{0,80}
      | .{0,80}\bcontributed(?:\ reporting)?\ to\ this\ (?:report|story|article)\.?
      | (?:Published|Updated|Posted|Last\ updated):?\ .{0,40}\d{4}.{0,80}
      | .{0,60}\bcan\ be\ reached\ at\b.*
      | (?:Have\ a\ (?:news\ )?tip\?|Contact|Email|Reach|You\ can\ reach|Write\ to)\b.{0,100}@\S+.*
      | Have\ a\ (?:news\ )?tip\?.{0,120}
      | [A-Z][\w'’.-]+(?:\ [A-Z][\w'’.-]+){1,2}\ (?:covers|writes\ about|reports\ on)\ .{1,80}\ for\ .{1,60}
      | (?:Copy\ link|Link\ copied|Reuse\ this\ content|Explore\ more\ on\ these\ topics|Read\ next|Most\ popular)
      | \[[^\]\n]{1,60}\]   # a placeholder a pasted page leaves: "[Embedded content]", "[Video]", "[Image: ...]"
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# A caption announced by its own label ("Image: Peter Liang", "Photo: ..."), or the
# "Image caption, ..." / "Media caption, ..." lines that BBC-style pages leave in pasted text, in brackets or not
# ("(Photo caption: Ann Lee, center, leaves court on Thursday. CBS News)").
_CAPTION_LABEL = re.compile(
    r"^(?:[(\[]?(?P<inline>(?:Image|Photo|Picture|Video|Media)\s+caption\s*[:,])|(?:Image|Photo|Picture|Video|Caption|Gallery)\s*:)",
    re.IGNORECASE)
_SHORT_LABEL_WORDS = 5
# Photo credits: a whole line ("Katherine Taylor/Reuters") or glued to the end
# of a caption ("(AP Photo/Elise Amendola)", "...reports.BRENDAN MCDERMID / Reuters",
# "...daughter.Robert Miller"). Credited people are not parties, so the credit
# becomes a paragraph of its own.
_AGENCY = r"(?:AP|AFP|Reuters|Getty\ Images|Getty|Pool|EPA|Shutterstock|NurPhoto|Bloomberg|UPI|Sipa)"
# The reporters who helped, under the story: "CNN's Ann Roe contributed to this report.", "Ann Roe of NBC 6 South Florida
# contributed.", "Associated Press writer Li Wu contributed from Boston." (a byline, not the story's words)
_CONTRIBUTOR = (r"^[\u2014\u2013-]?\s*(?=[^.!?]*[A-Z][\w'\u2019-]+\s+[A-Z][\w'\u2019-]+)"  # (a name in it)
                r"[A-Z][^.!?\"\u201c\u201d]{2,160}\s+contributed(?:\s+reporting"
                r"|\s+to\s+this\s+(?:report|article|story))?(?:\s+(?:from|in)\s+[A-Z][^.!?]{1,60})?\.$")
# The byline over the story, with its desk and time stamp: "By Ann Roe Globe Staff, Updated February 12, 2025, 5:48 p.m.",
# "By Ann Roe and Li Wu" (never "By Tuesday, the jury had ...": only names, then at most the stamp)
_BYLINE = (r"^By\s+[A-Z][\w'\u2019.-]+(?:\s+(?:[A-Z][\w'\u2019.-]+|and|&)|,\s+[A-Z][\w'\u2019.-]+(?=\s+[A-Z]))*"
           r"(?:[\s,|\u2014\u2013-]+(?:Updated|Published|Posted)\b[^\n]{0,60})?$")
_CREDIT_LINE = re.compile(
    rf"^(?:(?:Photo|Credit|Image)\s*:\s*)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}\s*/\s*{_AGENCY}.{{0,30}}$"
    rf"|^\(?{_AGENCY}\s+Photo\s*/[^()]{{0,60}}\)?$|" + _CONTRIBUTOR + "|" + _BYLINE)
_CREDIT_TAIL = re.compile(
    rf"""(?:
        (?P<paren>\((?:(?:AP|AFP|Reuters|Getty|Photo|Photograph|Image|Credit|Video|Courtesy)\b[^()]{{0,60}}
                      |[A-Z][^()/]{{1,40}}/[^()]{{1,60}}|Supplied|File|Handout|File\ photo|[A-Z]{{3,5}})\))\s*$
      | \S\s*(?P<label>(?:Credit|Photo)\s*:\s*[^.]{{2,60}})$
      | [a-z0-9)][.!?](?P<glued>[A-Z][\w'’.-]*(?:\ +[\w'’.-]+){{0,5}}(?:\s*/\s*[^.]{{1,40}})?)$
      # a photographer and agency after the caption's sentence: "... on Feb. 22, 2024. Ann Lee / AP"
      | [a-z0-9)][.!?]\ +(?P<spaced>[A-Z][\w'’.-]*(?:\ +[A-Z][\w'’.-]*){{0,3}}\s*/\s*[A-Z][^./]{{1,40}})$
    )""",
    re.VERBOSE,
)
_TERMINAL = re.compile(r"[.!?:;,\"'\u201d\u2019)\]\u2014-]\s*$")
_TIMESTAMP = re.compile(r"^\d{1,2}:\d{2}\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?$", re.IGNORECASE)
# A headline-style line: "Speaker: 'quoted words'" with no sentence punctuation inside the closing mark; or a section's
# subhead that is a quotation alone ("‘He wanted to be a medic’"): news closes a quoted sentence with its punctuation
_QUOTED_HEADLINE = re.compile(r"^(?:[^\n]{0,80}:\s*)?[\"'\u2018\u201c][^\n]*[^.!?,\u2026\u2014-][\"'\u2019\u201d]$")


def split_paragraphs(text: str, body_start: int = 0, headline: str | None = None) -> list[Paragraph]:
    """Paragraphs of text[body_start:], each labelled body/heading/clutter/caption/credit.

    A line that repeats the known headline is a heading whatever its punctuation.
    """
    lines = _lines(text, body_start)
    kinds = _classify(text, lines)
    _headline_before_byline(text, lines, kinds)
    _summary_bullets(text, lines, kinds)
    _list_items(text, lines, kinds)
    if headline:
        wanted = _comparable(headline)
        kinds = ["heading" if kind == "body" and _comparable(text[s:e]) == wanted else kind
                 for (s, e), kind in zip(lines, kinds)]
    lines, kinds = _split_credits(text, lines, kinds)
    paragraphs: list[Paragraph] = []
    body_index = 0
    for (start, end), kind in zip(lines, kinds):
        if kind == "body":
            body_index += 1
        paragraphs.append(Paragraph(body_index if kind == "body" else 0, start, end, kind))
    return paragraphs


def _lines(text: str, start: int) -> list[tuple[int, int]]:
    """Non-blank lines as (start, end), trailing whitespace and line ends excluded.

    Pasted articles put one paragraph per line; hard-wrapped text (a line that
    does not end a sentence, followed by more text in the same block) is joined.
    """
    spans: list[tuple[int, int]] = []
    joinable = False
    for m in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text[start:]):
        raw = m.group()
        if not raw:
            break
        content = raw.rstrip("\r\n")
        stripped = content.strip()
        if not stripped:
            joinable = False
            continue
        s = start + m.start() + (len(content) - len(content.lstrip()))
        e = start + m.start() + len(content.rstrip())
        if joinable and spans and stripped[0].islower():
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
        joinable = not _TERMINAL.search(content) and len(stripped) > 60
    return spans


def _classify(text: str, lines: list[tuple[int, int]]) -> list[ParagraphKind]:
    kinds: list[ParagraphKind] = []
    after_caption_label = False
    seen_body = False
    for start, end in lines:
        line = text[start:end]
        kind: ParagraphKind
        if end - start > _LONGEST_NON_BODY:
            kind = "body"  # (an article pasted as one line starts with the site's "IE 11 is not supported ...")
            seen_body = True
        elif _CLUTTER.match(line):
            kind = "clutter"
        elif label := _CAPTION_LABEL.match(line):
            kind = "caption"
            # "Image: The courthouse" pages put the caption's text on the next line too; an
            # "Image caption, ..." line carries its whole caption itself, and so does a label
            # followed by a headline ("VIDEO: Families speak outside the courthouse after the verdict").
            after_caption_label = label.group("inline") is None and len(line[label.end():].split()) <= _SHORT_LABEL_WORDS
            kinds.append(kind)
            continue
        elif _CREDIT_LINE.match(line):
            kind = "credit"
        elif after_caption_label or _CREDIT_TAIL.search(line):
            kind = "caption"
        elif _FACT_LABEL.match(line):
            kind = "body"  # "Sentence: 7 years in prison", a fact box's line, is the story told in short
            seen_body = True
        elif _is_heading(line):
            # A one-word line before the story starts is a section label ("Metro").
            kind = "clutter" if not seen_body and len(line.split()) == 1 and not _TIMESTAMP.match(line) else "heading"
        else:
            kind = "body"
            seen_body = True
        after_caption_label = False
        kinds.append(kind)
    return kinds


# A fact box's labelled line: "Sentence: 7 years in prison", "Charges: wire fraud, money laundering", "Fine: $25,000"
_FACT_LABEL = re.compile(r"(?:The\s+)?(?:Sentence|Prison(?:\s+term)?|Jail(?:\s+term)?|Fine|Restitution|Probation|Forfeiture"
                         r"|Supervised\s+release|Community\s+service|Charges?|Counts?|Convictions?|Convicted\s+of|Verdict"
                         r"|Plea|(?:Maximum|Possible)\s+(?:penalty|sentence)|House\s+arrest|Home\s+confinement"
                         r"|(?:Prosecutors['\u2019]?|Prosecution['\u2019]s|Government['\u2019]s|Defen[cs]e)\s+request"
                         r"|What\s+(?:he|she|they)\s+got)\s*:\s+\S", re.IGNORECASE)
# A box's heading that introduces the list under it, and what the list tells: the sentence given ("THE SENTENCE",
# "Key facts", "What he got"), the most the law allows ("Maximum penalty"), a side's request ("Prosecutors' request"),
# or the counts ("Charges"). The extract stage reads the bullets with the same pattern.
BOX_HEADING = re.compile(
    r"\s*(?:(?P<given>(?:the\s+)?(?:sentence|penalty|penalties|punishment|verdict\s+and\s+sentence)|key\s+facts|at\s+a\s+glance"
    r"|the\s+facts|the\s+case|by\s+the\s+numbers|conditions|what\s+(?:he|she|they)\s+(?:got|received)|the\s+terms?)"
    r"|(?P<maximum>(?:the\s+)?(?:maximum\s+(?:penalty|sentence)|possible\s+(?:penalty|sentence))|what\s+(?:he|she|they)\s+(?:faces?|could\s+get))"
    r"|(?P<request>(?:the\s+)?(?:prosecutors['\u2019]?|prosecution['\u2019]s|government['\u2019]s|state['\u2019]s)\s+request"
    r"|what\s+prosecutors\s+(?:wanted|sought|asked\s+for))"
    r"|(?P<charges>(?:the\s+)?charges))\s*:?\s*$", re.IGNORECASE)
# A list item's marker: "- ", "\u2022 ", "* ". The extract stage reads items after a colon with it too.
BULLET = re.compile(r"[-\u2022*\u25aa\u2013]\s")


def _summary_bullets(text: str, lines: list[tuple[int, int]], kinds: list[ParagraphKind]) -> None:
    """Bulleted highlights above the story ("- Jane Roe was sentenced ...") repeat it: headings, not facts."""
    for i, (start, end) in enumerate(lines):
        if BULLET.match(text[start:end]):
            if kinds[i] == "body":
                kinds[i] = "heading"
        elif kinds[i] == "body":
            return


def _list_items(text: str, lines: list[tuple[int, int]], kinds: list[ParagraphKind]) -> None:
    """Bullets that a body sentence introduces with a colon ("Under the agreement, she must also:") continue it: each
    is part of the story ("- pay $4,800 in restitution"), however short and unpunctuated."""
    introduced = False
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        if BULLET.match(line) and introduced:
            kinds[i] = "body"
        elif kinds[i] == "body":
            introduced = line.rstrip().endswith(":")
        elif kinds[i] == "heading" and BOX_HEADING.fullmatch(line.strip()):
            introduced = True
        elif kinds[i] not in ("clutter", "caption", "credit"):
            introduced = False  # (an advertisement or a photo caption inside the list does not end it)


def _headline_before_byline(text: str, lines: list[tuple[int, int]], kinds: list[ParagraphKind]) -> None:
    """The story's first line, when a byline ("By Jane Roe") follows it, is its headline."""
    for i, (start, end) in enumerate(lines):
        if kinds[i] == "body":
            following = [j for j in range(i + 1, len(lines)) if kinds[j] != "clutter"][:1]
            if following and re.match(r"By\s+[A-Z]", text[lines[following[0]][0]:lines[following[0]][1]]):
                kinds[i] = "heading"
            return


def _comparable(line: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", "", line.casefold()).split())


def _split_credits(text: str, lines: list[tuple[int, int]], kinds: list[ParagraphKind]):
    out_lines: list[tuple[int, int]] = []
    out_kinds: list[ParagraphKind] = []
    for (start, end), kind in zip(lines, kinds):
        m = _CREDIT_TAIL.search(text, start, end) if kind == "caption" else None
        if m:
            cut = next(m.start(g) for g in ("paren", "label", "glued", "spaced") if m.group(g))
            out_lines += [(start, cut), (cut, end)]
            out_kinds += ["caption", "credit"]
            continue
        out_lines.append((start, end))
        out_kinds.append(kind)
    trimmed = [(s, e) for s, e in (_rstrip(text, s, e) for s, e in out_lines)]
    return trimmed, out_kinds


def _rstrip(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_heading(line: str) -> bool:
    words = line.split()
    if _TIMESTAMP.match(line) or (len(words) <= 16 and _QUOTED_HEADLINE.match(line)):
        return True
    return len(words) <= 20 and not _TERMINAL.search(line) and not line.startswith(("\u201c", '"'))
