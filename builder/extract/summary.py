"""Candidate sentences for the extractive summary, scored for how much of the case they tell.

News puts the news first (the inverted pyramid), so early sentences score
higher; sentences naming the case's hard facts (a sentence, a charge, a date,
a number) score higher; quotations and reaction colour score lower because the
reactions section carries them. Reconcile picks across sources and removes
near-duplicates.
"""
from __future__ import annotations

import re

from builder.extract._lexicon import STOPWORDS
from builder.extract._regex import lazy_compile
from builder.extract.text import DATELINE_LEAD, NO_COMMENT, QUOTED, split_sentences
from builder.model import Source, SummarySentence

_CASE_WORDS = lazy_compile(
    r"\b(sentenc\w*|convict\w*|guilty|charged?|prison|jail(?:ed)?|imprison\w*|custody|penitentiary|probation|fine|recommend\w*|judge|justice|court|"
    r"trial|verdict|manslaughter|murder|fraud|killed|shot|death|arrest\w*|prosecutor\w*|apolog\w*|plea\w*|"
    r"discharg\w*|lawsuit|indict\w*|appeal\w*)\b", re.I)
_NUMBER = lazy_compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|hundred)\b", re.I)
_QUOTE_MARKS = lazy_compile(r"[\u201c\u201d\"]")
_FIRST_PERSON = lazy_compile(r"\b(I|we|my|our|me|us)\b")
# Not the story: an interview's question or answer, an editor's note, a round-up's boilerplate, and the
# leftover of a sentence whose quotation was cut ("So says Lee, who ...").
_NOT_STORY = lazy_compile(
    r"^(?:Q|A)\s*[:.]|^(?:Editor['\u2019]s\s+note|This\s+(?:interview|conversation|story|article|transcript)\s+has\s+been"
    r"\s+(?:edited|condensed|updated|corrected))|^The\s+following\s+(?:are|is)\s+(?:brief\s+)?(?:summar|excerpt|highlight|"
    r"a\s+(?:roundup|summary|list))|^(?:So|Or\s+so)\s+(?:says?|said)\b|\bhas\s+been\s+edited\s+for\s+(?:length|clarity)"
    # a wire's credit line: "(Reporting by Ann Lee in Atlanta; Editing by Tom Roe)"
    r"|^\(?(?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Produced)\s+by\b"
    # a photo's caption in the present tense ("Ann Roe, 47, arrives at federal court on Thursday for her sentencing."):
    # news tells what happened in the past tense
    r"|^(?-i:[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){0,3})(?:\s+\(\w+\))?(?:,\s+\d+,)?\s+(?-i:arrives|leaves|walks"
    r"|exits|departs|enters|is\s+(?:escorted|led|seen|pictured|shown)|looks\s+on|listens)\b"
    # a station's reporter where the story happens: "WTKB 9's Kayla Roe is at the courthouse."
    r"|^[A-Z][\w ]{1,30}['\u2019]s\s+(?:[A-Z][\w'-]+\s+){1,3}(?:is|was)\s+(?:at|in|inside|outside)\s+the\s+(?:courthouse|courtroom|court)\b",
    re.I)
# A sentence that opens on a bare pronoun ("She said ...", "Outside court, he said ...") needs the
# sentence before it, which the summary may not carry.
# (the opening adverbial may be long: "In a sentencing memo filed last week, they also asked ...")
_PRONOUN_START = lazy_compile(r"^(?:[A-Z][\w ]{0,30},\s+)?(?:He|She|They|It)\b|^[A-Z][\w ]{0,60},\s+(?:he|she|they|it)\b")
# A sentence that leans on the one before it ("That decision stood.", "The jury has a different one.") reads as
# nonsense once a summary lifts it out alone.
_LEANS_BACK = lazy_compile(r"^(?:This|That|These|Those|Such|Both|Neither)\b|\b(?:a different|another|the other|the same|the only)"
                         r" one\b|,\s+too[.!]?$|\bas\s+well[.!]?$"  # "Victims wrote to the court, too.", "Lee wrote as well."
                         r"|\b(?:neither|either|both)[.!]?$"  # "Prosecutors said the video showed neither.", "meant to acknowledge both."
                         # "Her plea agreement calls for ...": whose, the sentence before said (one that names someone may
                         # stand alone: "His son, Dale Roe, was sentenced to probation")
                         r"|^(?:His|Her|Their|Its)\s+(?![^.]*\s[A-Z][a-z])"
                         r"|^[A-Z][\w'\u2019-]+\s+then\b"  # "Rheinberg then read a brief statement."
                         # "The trial itself ran 14 weeks.": set against something the sentence before said
                         r"|^The\s+(?:[\w-]+\s+){1,2}(?:itself|themselves)\b"
                         # "Others had moved back to Cuba.": some of a group the sentence before named
                         r"|^(?:(?:Still\s+)?[Oo]thers|Some|Many|Most|Several|Few)\s+(?:[a-z]+ly\s+)?(?:had|have|has|were|are|was"
                         r"|is|did|do|does|said|say|would|will|could|can)\b"
                         # "Prosecutor Ann Roe opposed that, saying ...", "The Crown rejected the submission.": a stance
                         # on something the sentence before put forward
                         r"|\b(?:opposed|rejected|disputed|challenged|supported|backed|endorsed|welcomed|critici[sz]ed"
                         r"|questioned|accepted|echoed|agreed\s+with|argued\s+against|objected\s+to|pushed\s+back\s+(?:on|against))"
                         r"\s+(?:that|this|it|those|these|the\s+(?:request|submission|proposal|suggestion|argument|idea|ask|bid"
                         r"|application|position))(?=\s*[,.;]|\s+(?:on|in|at|during|as|before|when|because)\b)")
# "On Thursday, a federal judge told him that was the problem.": someone only as "him", no name, and no outcome
# (an object pronoun points back; "a nurse who killed her patients" has her antecedent in the sentence)
# "Two years later, most of it was gone.", "Then Judge Ann Roe sentenced him": a link to the sentence before, which a
# summary may not carry; the sentence is cited from after it when what is left opens a sentence of its own
_TIME_LINK = lazy_compile(r"(?:Then|(?:(?:Less|More|No\s+more)\s+than\s+|About\s+|Nearly\s+|Just\s+)?(?:an?|one|two|three|four|five"
                          r"|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|\d+|several|a\s+few|[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears|[Mm]inutes|[Mm]oments)"
                          r"(?:\s+(?:minutes?|hours?|days?|weeks?|months?|years?))?\s+(?:later|afterward|afterwards)"
                          r"|Shortly\s+(?:after|afterward|afterwards)|Soon\s+after)\b,?\s+", re.IGNORECASE)
_PERSON_PRONOUN = lazy_compile(r"(?<!of )(?<!among )\b(?:him|them)\b")  # ("41 clients, many of them teachers")
_NAME_IN = lazy_compile(r"(?<=\s)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
                      r"|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]")


def _nameless_person(sentence: str) -> bool:
    first = sentence.split(" ", 1)[0].strip(",")
    named_first = first[:1].isupper() and first not in STOPWORDS and not first.isupper()
    # (an outcome told of "him" is the defendant's, whom the briefing's title names: "A jury convicted him of murder")
    return bool(_PERSON_PRONOUN.search(sentence)) and not named_first and not _NAME_IN.search(sentence) \
        and not _OUTCOME.search(sentence)


# (British, Irish and Australian news tells a sentence as a jailing: "has been jailed.", "was jailed for six years";
# "jailed on $1 million bail" and "jailed since his arrest" are custody before the trial, no outcome)
_JAILED = r"\b(?:jailed|imprisoned|locked\s+up)(?=\s+for\b|\s*[.;]|$)"
_OUTCOME = lazy_compile(r"\b(?:sentenced|convicted|pleaded|pled|found\b[^.;]{0,120}?\bguilty|acquitted)\b|" + _JAILED +
                      r"|\b(?:given|handed)\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:sentence|term|order)\b"
                      # a headline-style lede without a verb: "Seven years in prison for a former guard who ..."
                      r"|^(?:[\w-]+\s+){1,4}?(?:in\s+(?:\w+\s+)?(?:prison|jail)|behind\s+bars|probation)\s+for\s")
# Who a sentence opens on: "Harrowby, the inmate at the center of the scheme, pleaded guilty ..."
_OPENING_NAME = lazy_compile(r"(?:[A-Z][\w.'\u2019-]*\s+){0,2}(?P<surname>[A-Z][\w'\u2019-]+)\b(?![\u2019']s\b)")
# Newsroom boilerplate: what the reporter tried, not what happened.
_NO_NEWS = lazy_compile(r"\b(?:"
                      # a live page's status line, stale once the outcome is in: "The sentencing hearing is underway"
                      r"\b(?:is|are)\s+(?:now\s+)?under\s?way\b"
                      # a live page's promise of more: "A full report will be published shortly", "Check back for updates"
                      r"|\b(?:will\s+be\s+(?:published|posted|updated)\s+(?:shortly|soon|later)|check\s+back|stay\s+tuned"
                      r"|this\s+(?:story|page|post)\s+(?:will\s+be|is\s+being)\s+updated|(?:more|further)\s+(?:details|updates)\s+to\s+(?:come|follow))"
                      # an explainer's signpost: "Here's what to know ahead of the hearing."
                      r"|\bhere['\u2019]s\s+what\s+(?:to\s+know|we\s+know|you\s+need\s+to\s+know|happens\s+next))", re.I)
# How far down a feature's outcome may come: its "nut graf" follows a scene of a few short paragraphs.
_NUT_GRAF = 6
_TERM_LENGTH = lazy_compile(r"\b(?:\d[\d.,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
                            r"|twenty|thirty|forty|fifty)[\s-]+(?:years?|months?|weeks?|days?)\b|\blife\b", re.I)
_SOMEONE_SENTENCED = lazy_compile(r"\b(?:was|were|been|is)\s+(?:re)?sentenced\b|\b(?:re)?sentenced\s+(?:him|her|them|[A-Z])"
                                  r"|\b(?:was|were|been|is)\s+" + _JAILED[2:] +
                                  r"|\b(?:was|were|been)\s+(?:given|handed)\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:sentence|term)\b")
# A sentence about someone's relative or accomplice, named as theirs, telling that person's own case: "Redfern's wife,
# Celeste Redfern, pleaded guilty ... and was sentenced in November to a fine" is her case, however much it shares the
# defendant's surname ("The victim's mother read a statement" tells no case and stays)
_RELATIVE_SUBJECT = lazy_compile(r"(?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w-]*['\u2019]s?\s+(?:former\s+|estranged\s+|ex-)?"
                                 r"(?:wife|husband|son|daughter|brother|sister|mother|father|partner|girlfriend|boyfriend"
                                 r"|fianc[eé]e?|co-?defendants?|co-?accused|accomplices?|co-?conspirators?)\b")
# "Judge Wynne Caldor sentenced Bram Tollery ...": a judge who opens the sentence acts on the defendant's case
_COURT_ACTS = lazy_compile(r"\s+(?:re)?(?:sentenced|ordered|imposed|gave|handed|fined)\b")
_OWN_CASE_STEP = lazy_compile(r"\b(?:pleaded|pled|convicted|sentenced|charged|acquitted|indicted)\b")
_EMBED_BYLINE = lazy_compile(r"\(@\w+\)")  # an embedded post signs off "— Tobin Varlow (@tobinvarlow) March 4, 2025"
_BULLET = lazy_compile(r"[-\u2022*\u2013]\s+")
_CALL_LETTERS = lazy_compile(r"[.!?]\s*\((?:[A-Z]{3,5})\)\s*$")
_INTERVIEW_LINE = lazy_compile(r"(?:Q|A)\s*[:.]\s")
_CAPITALISED_WORD = lazy_compile(r"\s[A-Z][a-z]")  # a name, most likely, inside a sentence
# After the lede has introduced the defendant, news never calls them "a nurse" again: a later sentence whose
# sentenced subject is an indefinite person ("Last year a nurse at another hospital ... was sentenced in the same court
# to 30 months", "In a similar case, a Dover man received probation") tells a comparison case, not this one.
_COMPARISON_CASE = lazy_compile(
    r"^(?:(?:Last|Earlier|This|In|On|Two|Three|Four|Five|Several|A\s+few|Months|Years)\b[^,;]{0,40}?,?\s+)?"
    r"(?:a|an|another)\s+(?!(?:[\w-]+\s+){0,2}?(?:jury|judge|panel|court|grand\s+jury)\b)[^.;]{0,160}?"
    r"\b(?:(?:was|were|had\s+been)\s+(?:sentenced|ordered\s+to\s+serve)"
    r"|(?:received|drew|got)\s+(?:[\w$,-]+\s+){0,4}?(?:prison|jail|probation|years?|months?|time\s+served|sentence))\b", re.I)


def _only_title_quotes(sentence: str) -> bool:
    """Every quotation in the sentence is a title or scare quote (and it has one). A short quotation that opens the
    sentence with its own punctuation, or follows a speech verb, is speech however short (""He wasn't blinded," Markley
    told the jury", "someone said "thank you" out loud"); ""Night Shift" actor Rob Lind" opens on a title.)"""
    marks = list(QUOTED.finditer(sentence))
    return bool(marks) and all(_title_quote(m.group()) and not _SPEECH_BEFORE.search(sentence, 0, m.start())
                               and not (m.start() == 0 and m.group().rstrip("\u201d\"").endswith((",", ".", "?", "!")))
                               for m in marks)


_SPEECH_BEFORE = lazy_compile(r"\b(?:said|says|told|tells|asked|yelled|shouted|whispered|wrote|added)\s+(?:\w+\s+){0,2}$")


def _title_quote(quoted: str) -> bool:
    """A title or scare quote ("Harbor Nights", "motivational") is part of the writer's sentence, not a quotation."""
    return len(quoted.strip("\u201c\u201d\" ,.").split()) <= 3


# A lead that ends on a quotation hung from an adjunct ("was sentenced to 18 months, with a judge telling him he had
# "cheated ..."") tells its news before the comma: the summary keeps that part and leaves the quote to the reactions.
_QUOTED_TAIL = lazy_compile(r",\s+(?:(?:with|after|as|while|when)\s+(?:[\w.'\u2019-]+\s+){1,8}?(?:telling|saying|calling|adding|noting"
                          r"|warning|told|said|says|called|described|wrote)"
                          # (", a decision the young man's mother called "a slap on the wrist"")
                          r"|(?:a|an|which|what)\s+(?:[\w.'\u2019-]+\s+){0,8}?(?:called|described|termed|dubbed)"
                          r"|saying|telling|calling|adding|noting|warning|and\s+(?:said|told|called))\b[^\u201c\"]{0,80}[\u201c\"]")


def _before_quoted_tail(text: str, start: int, end: int) -> int:
    """Where the sentence's own news ends: before a quoted adjunct tail, else its end."""
    tail = _QUOTED_TAIL.search(text, start, end)
    if tail is None or _QUOTE_MARKS.search(text, start, tail.start()):
        return end
    return tail.start()


_REPORTING_VERB = lazy_compile(r"\s+(?:asked|spoke\s+(?:to|with)|interviewed|reached|contacted|obtained|reviewed|has\s+learned"
                             r"|learned|confirmed"
                             # a live page's word on its own coverage: "WMKE 12 News is in the courtroom", "... will
                             # update this story", "... has a crew at the courthouse"
                             r"|(?:is|are)\s+(?:in|at|inside|outside)\b|(?:is|are)\s+(?:streaming|following|covering|updating)"
                             r"|will\s+(?:update|stream|bring|have)|(?:has|have)\s+(?:a\s+)?(?:reporter|crew|team|photographer))\b")


def _outlets_own_step(sentence: str, source: Source) -> bool:
    """"ABC News asked Ann Lee what she hopes drivers learn": the outlet reporting, not the case happening."""
    outlet = (source.outlet or "").strip()
    return bool(outlet) and sentence.startswith(outlet) and _REPORTING_VERB.match(sentence, len(outlet)) is not None


def rank_sentences(source: Source, others: frozenset[str] = frozenset()) -> list[SummarySentence]:
    """Every usable body sentence with a score, best first (ties keep reading order).

    `others` are the surnames of people the article names besides the case's defendant: a sentence that opens on one
    of them tells a co-defendant's or witness's case ("Harrowby, the inmate who paid him, was sentenced last month to
    40 months"), background that must not lead the summary however many case words it holds."""
    text = source.text
    ranked: list[SummarySentence] = []
    body = source.body()
    outcome_seen = False
    sentence_led = False
    scene: list[int] = []  # sentences before the outcome's lead that name nothing of the case
    for position, paragraph in enumerate(body):
        if _CALL_LETTERS.search(text, paragraph.start, paragraph.end) or _EMBED_BYLINE.search(text, paragraph.start, paragraph.end):
            continue  # a photo caption credited to a station ("... on Monday. (WDIV)"), or an embedded post, not the story
        # Sentences inside a quotation are the speaker's words, even those between its marks.
        quoted = [(paragraph.start + m.start(), paragraph.start + m.end())
                  for m in QUOTED.finditer(text[paragraph.start:paragraph.end])]
        # all of a Q&A's paragraph is question or answer, not only its first sentence
        interview = _INTERVIEW_LINE.match(text[paragraph.start:paragraph.end].lstrip()) is not None
        for s_start, s_end in split_sentences(text, paragraph.start, paragraph.end):
            if not text[s_start:s_end].rstrip("\"'\u201d\u2019) \n").endswith((".", "!", "?")):
                continue  # a subhead run into the body ("Judge cites false report as \u201ca second betrayal\u201d")
            s_end = _before_quoted_tail(text, s_start, s_end)
            if any(q_start < s_end and s_start < q_end and not _title_quote(text[q_start:q_end])
                   for q_start, q_end in quoted):
                continue
            dateline = DATELINE_LEAD.match(text, s_start, s_end)
            if dateline:
                s_start = dateline.end()
            bullet = _BULLET.match(text, s_start, s_end)
            if bullet:
                s_start = bullet.end()  # a list line: cite its words, not its bullet
            linked = _TIME_LINK.match(text, s_start, s_end)
            leans_on_link = linked is not None and not text[linked.end():linked.end() + 1].isupper()
            if linked and not leans_on_link:
                s_start = linked.end()
            sentence = text[s_start:s_end]
            words = len(sentence.split())
            # The lead that tells the outcome is the story, however long news writes it.
            # (A feature opens on a person and tells the outcome a few paragraphs down: "On Monday, Ann Pruitt sat in
            # the third row as that pastor was sentenced to 87 months")
            # (a deck that tells the verdict does not take the lead from the sentence told just after it: "… was
            # convicted of seditious conspiracy in October." then "… was sentenced on Thursday to 22 years")
            tells_sentence = _SOMEONE_SENTENCED.search(sentence) is not None
            lead = (not outcome_seen or tells_sentence and not sentence_led) and bool(_OUTCOME.search(sentence)) and (
                position < 2 or position < _NUT_GRAF and tells_sentence)
            if leans_on_link:
                # "Fourteen years later, the place he went was a courtroom where ... sentenced Roe to 20 years": no
                # summary sentence alone, but it is the feature's nut graf, and the scene before it stays scene
                outcome_seen = outcome_seen or lead
                continue
            if words < 6 or words > (60 if lead else 45) or sentence.endswith(("?", ":")) \
                    or (_QUOTE_MARKS.search(sentence) and not _only_title_quotes(sentence)):
                continue  # a question, or a sentence that only introduces the quotation after it
            if _FIRST_PERSON.search(sentence):
                continue  # an unmarked quotation or a columnist's aside
            if interview or _NOT_STORY.search(sentence) or _NO_NEWS.search(sentence) or NO_COMMENT.search(sentence) \
                    or _outlets_own_step(sentence, source):
                continue
            if _PRONOUN_START.match(sentence) or _LEANS_BACK.search(sentence) or _nameless_person(sentence):
                continue
            if outcome_seen and not dateline and _COMPARISON_CASE.match(sentence):  # a dateline opens the story itself
                continue
            opening = _OPENING_NAME.match(sentence)
            about_other = opening is not None and opening.group("surname") in others \
                and not _COURT_ACTS.match(sentence, opening.end()) \
                or bool(_RELATIVE_SUBJECT.match(sentence) and _OWN_CASE_STEP.search(sentence))
            lead = lead and not about_other
            if lead:
                outcome_seen = True
                # (a lede that tells the jailing without its length, "has been jailed.", leaves the lead to the
                # sentence that gives it: "At Leeds Crown Court on Friday, Clegg was jailed for seven years")
                sentence_led = sentence_led or tells_sentence and _TERM_LENGTH.search(sentence) is not None
            score = 1.0 / (1 + position * 0.35)
            score += 0.6 if lead else 0.0
            case_words = 0 if about_other else len(_CASE_WORDS.findall(sentence))
            has_number = _NUMBER.search(sentence) is not None
            # Colour without a fact ("Reaction broke along party lines."): no name, number or case word
            score -= 0.3 if not (case_words or has_number or _CAPITALISED_WORD.search(sentence)) else 0.0
            score += 0.25 * min(case_words, 4)
            score += 0.2 if has_number else 0.0
            score -= 0.3 if words > 35 else 0.0
            if not outcome_seen and not case_words:
                scene.append(len(ranked))
            ranked.append(SummarySentence(text=sentence, citations=[source.cite(s_start, s_end)], score=round(score, 4)))
    if outcome_seen:
        # A feature opens on a scene and tells the outcome a few paragraphs down ("For two nights after his hip
        # replacement, Dale Roe pressed the call button ..."): the scene sets the mood of the story, not the case's facts
        for index in scene:
            ranked[index].score = round(ranked[index].score - _SCENE_DISCOUNT, 4)
    return sorted(ranked, key=lambda s: -s.score)


_SCENE_DISCOUNT = 0.6
