"""Quotations in one source, each with its speaker, role and stance (SPEC §4).

One quote per quotation-mark segment of the body text (captions, headings and
clutter never give quotes). Quoted words that are not statements are left out:
titles ("Desperate Housewives", a memoir, "The Long Road," due out soon),
nicknames (William "Rick" Singer, known as "Big Al,"), and scare quotes — a word
or three in marks that no verb of speech governs ("what were billed as "fees."").
A quote followed by its attribution (`"Yes," she said.`) is a statement however short.
"""
from __future__ import annotations

import re

from builder.extract._cues import FEMALE, MALE, MOOD_VERBS, QA_ANSWER, SPEECH_PARTICIPLES, VERBS
from builder.extract._lexicon import (FEMALE_GIVEN_NAMES, FUNCTION_WORDS, MALE_GIVEN_NAMES, SPEECH_NOUNS, SPEECH_VERBS,
                                      TITLE_ABBREVIATIONS)
from builder.extract._marks import Segment, quoted_segments
from builder.extract._regex import lazy_compile
from builder.extract.attribution import attribute
from builder.extract.stance import stance_of
from builder.model import Paragraph, Party, Quote, Source

_WORD = lazy_compile(r"[\w\u2019'-]+")
_SMALL = frozenset("a an the of and or in on at to for with from by vs".split())
_CUE = lazy_compile(r"\b(?:" + VERBS + "|" + "|".join(sorted(SPEECH_NOUNS, key=lambda w: (-len(w), w)))
                  + r"|according to|calling|called|citing|cited|put it|puts it|summed it up"
                  # words shouted: "footage of Roe shouting "Go! Go!""
                  + r"|shouting|yelling|screaming|chanting|chanted"
                  # a court's finding: "the appeal court found the sentence was "manifestly inadequate""
                  + r"|(?:court|judge|jury|panel|tribunal|justices?)\b[^.;]{0,40}?\b(?:found|ruled|concluded|held))\b"
                  # (a possessive names a thing, not speech: "the post’s weather station")
                  + r"(?![\u2019']s\b)",
                  re.IGNORECASE)
_SCARE_MAX_WORDS = 3
# A label modifying the noun after it may be a short clause of its own: "get ready with me" videos
_LABEL_MAX_WORDS = 5
# Verbs that report speech (not "posts" or "shares", which a label of the posts themselves may follow)
_REPORTING = lazy_compile(r"\b(?:said|says|say|told|tells|tell|according\s+to|testified|added|stated|argued|insisted|claimed)\b",
                        re.IGNORECASE)
# (the phrasal ones too: ""…," she pointed out.")
_VERB_ALT = VERBS
# `"…," she said` / `"…," said Ames` / `"…," Judge Ames told him` right after the closing mark.
_ATTRIBUTED_AFTER = lazy_compile(
    rf"\s*[\u2014\u2013-]?\s*(?:(?:{_VERB_ALT})\b|(?:[A-Z][\w.\u2019'-]*\s+){{1,6}}(?:[a-z]+ly\s+)?(?:{_VERB_ALT})\b"
    rf"|(?:he|she|they|I|we|it)\s+(?:[a-z]+ly\s+)?(?:{_VERB_ALT})\b)")
# `Roe said: "Absolutely."` / `she replied, "Never."`: a verb of speech and a colon or comma introduce speech
# (so does an appraisal, see _APPRAISED_AS).
_INTRODUCED_BEFORE = lazy_compile(rf"\b(?:{_VERB_ALT})\s*[:,]\s*$")
# "prosecutors praised her help as "extraordinary"": one word someone used to judge something is their quote
# (with the article the writer puts before it too: "what she described as the "heavy toll" of the delay").
_APPRAISED_AS = lazy_compile(r"\b(?:praised|hailed|described|denounced|condemned|critici[sz]ed|characteri[sz]ed|decried)\b"
                           r"[^.;:!?\"\u201c\u201d]{0,60}\bas\s+(?:(?:an?|the)\s+)?$")
# "called the evidence "overwhelming"": a verb of judging, its object, then the one word of judgement quoted.
_CALLED_OBJECT = lazy_compile(r"(?<!\bto\s)\b(?:called|calls|call|calling|deemed|termed|labell?ed)\s+(?:the|his|her|their|its|this|that|these|those"
                            r"|it|him|them)\b[^.;:!?\"\u201c\u201d,]{0,50}\s+$")
# A plural noun ("donations", "fees"): a name given to things, not a judgement of them ("obvious", "glass" pass).
_PLURAL_NOUN = lazy_compile(r"[a-z]+[^su\W]s")
# A legal term of art followed by the law that defines it: "a "crime of violence" under the guidelines".
_UNDER_LAW = lazy_compile(r"[,]?[ \t]+(?:under|within[ \t]+the[ \t]+meaning[ \t]+of|as[ \t]+defined[ \t]+(?:by|in|under))[ \t]+"
                        r"(?:(?:the|federal|state|U\.S\.|sentencing|advisory|career|criminal)[ \t]+)*"
                        r"(?:guidelines?|statutes?|law|laws|act|code|rules?|[A-Z])")
# A quoted phrase as one item of a list of things, after a preposition, with no verb of speech around it: "a talk
# about "sequence of returns risk," annuities and bonds".
_LIST_BEFORE = lazy_compile(r"(?<![\w-])(?:about|on|of|covering|including|like|such[ \t]+as|and)[ \t]+$")
# (items of a few words, a figure or a proper name among them; the list ends the sentence or a clause follows it:
# "… and Roth conversions before pitching an annuity", "… and Social Security timing, according to …")
_LIST_ITEM = r"(?:the[ \t]+)?(?:[\w%$.-]+[ \t]+){0,3}?[\w%$-]+"
_LIST_AFTER = lazy_compile(rf"[ \t]+(?=[a-z\d])(?!(?:he|she|they|it|we|I|said|says|told|who|which|that)\b){_LIST_ITEM}(?:,[ \t]+{_LIST_ITEM})*,?"
                         rf"[ \t]+(?:and|or)[ \t]+{_LIST_ITEM}(?=[ \t]*[.;,]|[ \t]+(?:before|after|while|during|to|for|at|in|on|with|"
                         r"that|which|until|as)\b)")
# Words that name rather than quote: "listed as", "known as", "dubbed", "so-called".
# Words that make a sentence of their own: a capital first, a stop last ("Yes.", "Never again!").
_WHOLE_SENTENCE = lazy_compile(r"[A-Z][^\n]*[.!?]")
# Verbs of speech in any form ("answering", "replied", "told", "testifies").
_SPOKEN_STEM = lazy_compile(r"\b(?:answer|repl(?:y|ie)|respond|say|said|told|tell|ask|add|testif|declar|shout|whisper|yell|"
                          r"mutter|stat(?:e|ed|es|ing)\b|insist|explain|recall|announc|"
                          r"advice|verdict|message|retort|warning|reaction|assessment)\w*", re.I)
_NAMING_BEFORE = lazy_compile(
    r"(?:\b(?:listed|known|billed|marketed|labell?ed|branded|titled|entitled|named|nicknamed|styled)\s+(?:as\s+)?"
    # ("ran a network of sham "speaker programs"": a word that denies the thing is what its name says marks the
    # name it went by, the writer's scare quote)
    r"|\b(?:so-called|sham|bogus|phony|phoney|purported|supposed|fake|fictitious)\s+|\bdubbed\s+(?:\w+\s+)?"
    # "a lane riders have taken to calling "X"", "what locals now call "X"": a name a community uses, nobody's words
    r"|\b(?:(?:taken|took|take|takes|come|came|comes)\s+to\s+call(?:ing)?"
    r"|(?:locals|residents|neighbou?rs|advocates|regulars|townspeople|villagers|riders|commuters|parishioners"
    # (the people of a closed place, naming its rooms and routines: "a room staff called "the box,"", "The
    # inmates called it "yard day."")
    r"|staff|staffers|inmates|prisoners|detainees|guards|students|pupils|campers|employees|workers|pledges|players)"
    r"\s+(?:(?:now|often|still|sometimes|affectionately|simply|jokingly|have|had)\s+){0,2}(?:call|called|dub|dubbed))"
    r"\s+(?:it\s+|them\s+)?"
    # "They call it an "accident."", "Call the people in those tents "outsiders"": a name people in general (or
    # the reader, told to) give a thing, not anyone's words
    r"|(?:(?<![\w-])(?:they|people|we|you|some|many)\s+(?:(?:still|now|often|keep|simply)\s+)?|(?:^|(?<=[.;:!?]\s)))"
    r"call(?:ing)?\s+(?:it|them|this|that|these|those|the\s+[^.;:!?\"\u201c\u201d]{1,40}?)\s+(?:an?\s+|the\s+)?"
    # "what counts as an "official act"": a term being defined, not anyone's words
    r"|\b(?:counts?|counted|defined?|defines|qualif(?:y|ies|ied)|classified|known)\s+as\s+(?:an?\s+|the\s+)?"
    # "camps reported as "sold out"", "refunds logged as "processed"": a status a record gave, nobody's words
    r"|\b(?:reported|recorded|logged|booked|entered|flagged|marked|coded|advertised|promoted|touted)\s+as\s+(?:an?\s+|the\s+)?"
    # "qualified for the "safety valve,"": a term of art someone is eligible for
    r"|\b(?:qualif(?:y|ies|ied|ying)|eligible|applied|apply|applies)\s+for\s+(?:an?\s+|the\s+)?)$",
    re.IGNORECASE)
# A title or name a naming construction gives, however the sentence ends (", police said" only sources the
# facts): "served as the "new member educator"", "held the title of "chief of staff"", "was known as "the Banker"",
# "which pledges referred to as "the gauntlet"", "nicknamed the basement "the pit"".
_NAMED_HOWEVER_SOURCED = lazy_compile(
    r"(?:\b(?:served|serves|serving|acted|acts|acting|worked|works|working|doubled|posed)\s+as\s+(?:the|an?|its|his|her|their"
    r"|[A-Z][\w\u2019'-]*[\u2019']s|the\s+[a-z]+[\u2019']s)\s+(?:[a-z-]+\s+){0,2}"
    r"|\b(?:title|rank|position|role|post|nickname|name)\s+of\s+(?:the\s+|an?\s+)?"
    # (never "described as": that is a judgement, someone's words: "described the abuse as "a nightmare"")
    r"|\b(?:known|referred\s+to|remembered|identified|listed|billed|introduced|styled)\s+as\s+(?:the\s+|an?\s+)?"
    r"|\b(?:nicknamed|dubbed|renamed|christened)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[a-z-]+\s+){0,2})$")
# A noun that names the word or phrase standing after it: "messages that used the code word "the harvest,"",
# "the password "blue heron"", "under the slogan "rise together"": the name itself, nobody's statement.
# "Doctors have a name for it: "…"", "There is a term for workers like him — "…"": a name the writer
# introduces as one, nobody's words
_A_NAME_FOR_BEFORE = lazy_compile(r"\b(?:a|the|their|its|an\s+official|a\s+clinical|a\s+legal)\s+(?:name|term|word|label|phrase)\s+for\s+"
                                  r"[^.;:!?\"\u201c\u201d]{1,60}?(?:\s*[\u2014\u2013]\s*|\s+--\s+|:\s*)$")
_NAME_NOUN_BEFORE = lazy_compile(
    r"\b(?:code[ \t-]?words?|code[ \t-]?names?|codenames?|code[ \t]+phrases?|pass(?:word|phrase)s?|hashtags?|slogans?|mottos?|"
    r"nicknames?|monikers?|aliases|alias|user[ \t-]?names?|screen[ \t]+names?|taglines?|catch[ \t-]?phrases?|watchwords?)"
    r"[ \t]*(?:,[ \t]*)?$", re.IGNORECASE)
# A quoted plural noun after a preposition, joined by "and"/"or" to a plain noun phrase of the writer's own: "warned
# shoppers about "box bandits" and forged receipts" -- one of the things the sentence is about, not speech.
_PREP_BEFORE = lazy_compile(r"(?<![\w-])(?:about|of|against|on|for|from|with|by|over)[ \t]+$")
_COORDINATED_AFTER = lazy_compile(rf"[ \t]+(?:and|or)[ \t]+(?=[a-z\d])(?!(?:he|she|they|it|we|I|said|says|told|who|which|that|then|is|was|are|were)\b)"
                                rf"{_LIST_ITEM}(?=[ \t]*[.;,]|[ \t]+(?:before|after|while|during|to|for|at|in|on|with|that|which|until|as|but)\b)")
# "the morning after what members called "Big/Little night"": a capitalised name a group gives a thing
_WHAT_THEY_CALLED = lazy_compile(r"\bwhat\s+(?:[a-z-]+\s+){1,2}(?:call|calls|called|dubbed|nicknamed|named)\s+$")
# "what the Navy calls "stress drills"", "what the department refers to as "courtesy holds"": a body's standing name
# for one of its own practices, in the present tense (unlike "what prosecutors called "a web of lies"", a judgement)
_BODY_CALLS = lazy_compile(r"\bwhat\s+(?:the\s+)?(?:(?:[A-Z][\w.&\u2019'-]*\s+){1,5}|(?:[a-z]+\s+)?(?:military|army|navy|agency|department"
                           r"|industry|government|company|police|district|school|bureau|service|corps|prison|jail|office|board)\s+)"
                           r"(?:now\s+|officially\s+|internally\s+)?(?:calls|terms|dubs|refers\s+to\s+as|describes\s+as|labels)\s+$")
# "said it would "reassess" his role": one quoted verb after a modal, in a sentence of reported speech.
# A newsroom's sourcing clause, which reports no one's words: "As Law&Crime previously reported,", "as first reported by"
_AS_REPORTED = lazy_compile(r"\b[Aa]s\s+(?:(?:[A-Z][\w&.\u2019'-]*|the)\s+){0,4}(?:[a-z]+ly\s+|first\s+|earlier\s+)?"
                          r"(?:reported|noted)(?:\s+by\s+(?:[A-Z][\w&.\u2019'-]*\s*)+)?\s*,")
_MODAL_BEFORE = lazy_compile(r"\b(?:would|will|could|should|must|might|may|to)\s+$")
# A linking verb right before a quoted word, as in reported speech: "said the board was "stunned"", "felt "betrayed""
_LINKING_BEFORE = lazy_compile(r"\b(?:is|was|were|are|been|felt|feels|feel|remained|remains|seemed|seems|appeared|became|"
                             r"grew|sounded|left)\s+(?:(?:very|so|deeply|truly|absolutely|completely|utterly|still|not|"
                             r"both|equally|clearly|genuinely|visibly)\s+)?$")
# A quoted label used as a modifier: the noun it modifies follows with no punctuation, and then a preposition,
# a conjunction or punctuation ("flashing "wrong way" signs on ramps", ""cold storage" expenses and").
_LABEL_HEADS = ("signs?|labels?|stickers?|banners?|buttons?|tags?|stamps?|logos?|brands?|zones?|lists?|boxes|box|bins?"
                "|categor(?:y|ies)|designations?|programs?|programmes?|polic(?:y|ies)|fees?|accounts?|schemes?|mode|status"
                "|warnings?|notices?|placards?|posters?|slogans?|t-shirts?|shirts?|hats?|messages?"
                # (a statute or rule known by its slogan: Florida's "stand your ground" law, a "three strikes" rule)
                "|laws?|rules?|statutes?|ordinances?|bills?|provisions?|clauses?|doctrines?"
                # (a product sold under its marketing label: a "no-risk" bond fund, a "lifetime income" annuity plan)
                "|products?|plans?|funds?|annuit(?:y|ies)|investments?|offers?|offerings?|packages?|deals?|services?"
                # (a way of doing things known by its slogan: the "see it, report it" approach, a "zero tolerance"
                # stance, the "buddy system" model)
                "|approach(?:es)?|campaigns?|mantras?|mottos?|strateg(?:y|ies)|initiatives?|philosoph(?:y|ies)|stances?"
                "|principles?|models?|movements?|protocols?")
_NOT_NOUN = r"(?!(?:is|was|has|does|says|goes|seems|remains|means|tells|thinks|knows|makes|gets|this|his|its|has|as|us)\b)"
_LABEL_MODIFIER = lazy_compile(
    rf"[ \t]+(?:(?:{_NOT_NOUN}[a-z]{{3,}}[ \t]+)?(?:{_LABEL_HEADS})|{_NOT_NOUN}[a-z]{{2,}}[^s\W']s)"
    r"(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:and|or|on|in|at|for|to|of|that|which|with|from|around|across|near)\b)")
# A quoted term the narrator's own noun phrase holds: a determiner or "of" before it, and after it a relative
# clause or the noun it modifies ("the "urine screens" that staff …", "the practice of "peer review" hearings,").
_NP_BEFORE = lazy_compile(r"(?<![\w-])(?:the|a|an|of|its|their|this|these|those)[ \t]+$")
_NP_AFTER = lazy_compile(r"[ \t]+(?:that|which)\b|[ \t]+of[ \t]+(?=[a-z\d])|[ \t]+[a-z]{3,}(?:ing|ion|ment)\b(?=[ \t]*[,.;:)]|[ \t]+(?:and|or|but)\b)")
# A preposition, a determiner and one plain modifier before a quoted noun phrase: "below the federal "action level"
# of 15 ppb" (never after a verb, whose object may be the thing judged: "called the plea "a travesty" that …"; nor
# a degree word, which grades a judgement: "of the most "cruel and callous" of crimes")
_MODIFIED_NP_BEFORE = lazy_compile(r"\b(?:below|above|under|over|beyond|within|of|at|to|in|on|for|with|from|by|into|near)[ \t]+"
                                   r"(?:the|an?|its|their|this|these|those)[ \t]+"
                                   r"(?!(?:most|more|least|less|very|so|truly|only|same|very)[ \t])[a-z][a-z-]+[ \t]+$")
# A term followed by its definition: ""task fixation," a condition in which …": the writer explains a word.
_DEFINED_AFTER = lazy_compile(r"[ \t]+(?:the|a|an)[ \t]+(?:[a-z]+[ \t]+)?(?:kind|type|form|sort|term|name|phrase|practice|condition"
                            r"|phenomenon|concept|process|doctrine|principle|theory|technique|method|tactic|syndrome"
                            r"|disorder)[ \t]+(?:of|for|in|that|which|where|when|whereby|by|used|psychologists|doctors|lawyers|experts)\b")
# A practice or thing named in marks as the object of the narrator's own verb: "banned unscheduled "incentive
# training"", "had ordered "motivational runs"", "outlawed so-called "blanket parties"" -- a verb in -ed that says no
# speech, at most one modifier between, then a bare lower-case noun phrase.
_OBJECT_VERB_BEFORE = lazy_compile(r"(?<![\w-])([a-z]{3,}ed|sold|bought|sent|gave|built|ran|kept|took|paid|lent|spent|brought|stole|hid)"
                                   r"[ \t]+(?:([a-z][a-z-]+)[ \t]+)?$")
# A term the writer names and at once defines or describes: "what guards called "the hole," a windowless cell",
# "acted in "blind rage," which the law treats", "under "heat of passion arising from provocation," a legal standard"
# (after a preposition or "what they called", a bare lower-case phrase, then an appositive or a relative clause)
_ACCORDING_ASIDE = lazy_compile(r"\b[Aa]ccording[ \t]+to[ \t]+[^,.;:\u201c\u201d\"]{1,60},")
_TERM_LEAD = lazy_compile(r"(?:\bwhat[ \t]+(?:[a-z-]+[ \t]+){1,2}(?:call|calls|called|dubbed|nicknamed|named|termed)"
                          r"|(?<![\w-])(?:out[ \t]+of|of|in|under|from|with|by|for|into|on))[ \t]+$")
_TERM_DESCRIBED_AFTER = lazy_compile(r"[ \t]+(?:which|an?[ \t]+(?!(?:person|man|woman|spokes\w*|lawyer|attorney|prosecutor)\b)[a-z][a-z-]+)\b")
# The same of a participle of reported action, perhaps after its own object and a preposition: "offering "senior
# discounts"", "billing them for "emergency repairs"" (a marketing label the writer quotes, not the actor's words).
_PARTICIPLE_BEFORE = lazy_compile(r"(?<![\w-])([a-z]{3,}ing)[ \t]+(?:(?:them|him|her|us|[a-z]{3,}s)[ \t]+)?(?:(?:for|with|on)[ \t]+)?"
                                r"(?:([a-z][a-z-]+)[ \t]+)?$")
# Where a coordinated participle opens a clause of its own ("telling them X and offering …", "…, offering …"):
# a verb of speech before it governs only its own clause.
_PARTICIPLE_CLAUSE = lazy_compile(r"(?:,|\band)[ \t]+(?=[a-z]{3,}ing\b)")
_NOT_OBJECT_VERBS = frozenset("was were been being used seemed appeared felt looked sounded acted behaved "
                              "treated considered deemed called named termed labeled labelled".split())
_SPEECH_VERB = lazy_compile(rf"(?<![\w-])(?:{_VERB_ALT})\b")
_DOUBLE_DUTY = frozenset("added adds adding called calls calling charged charges posted posts read reads answered answers "
                         "reported reports".split())
# A short attribution standing alone after a closing mark: `," the prosecutor told reporters. `
_ATTRIBUTION_ONLY = lazy_compile(rf"[,.]?\s*[^.!?\"\u201c\u201d]{{0,50}}?\b(?:{_VERB_ALT})\b[^.!?\"\u201c\u201d]{{0,40}}\.\s*")
# The end of the sentence a quote stands in, before the next one: "… training. Testimony showed"
_NEXT_SENTENCE = lazy_compile(r"[.!?][\u201d\u2019\"]?\s+(?=[A-Z])")
# Where one sentence ends and the next begins, never at a title's stop ("said in a statement after Dr. Ann Roe's
# sentencing that it was "deeply sorry"": one sentence, its verb of speech included)
# (the title checked only at a stop: "\." first, then what stands before it)
_SENTENCE_BREAK = lazy_compile(r"(?:[!?]|\.(?=[\"\u201d\u2019]?\s+[A-Z\"\u201c])" + "".join(
    rf"(?<!\b{t}\.)" for t in (*TITLE_ABBREVIATIONS, "St", "Mt", "Ft")) + r")[\"\u201d\u2019]?\s+(?=[A-Z\"\u201c])")
# How many words of its sentence a verb of speech may stand before a short quote and still govern it.
_GOVERN_GAP = 25
# A sum of money, then "in"/"as" (and "so-called"), right before a quoted label: "$40,000 in "advisory fees"".
_AMOUNT_LABELLED = lazy_compile(r"\$[\d,.]+(?:[ \t]+(?:thousand|million|billion))?[ \t]+(?:in|as)[ \t]+(?:so-called[ \t]+)?$")


# A relative clause right after a quoted plural noun: the writer's label for people or things, then what they did
# (recruits known as "account holders," who moved the money; "drop houses," some of which police raided)
_RELATIVE_AFTER = lazy_compile(r"[ \t]+(?:who|whom|whose|which|(?:some|many|most|all|none|one|several|few|each|both|two|three)"
                             r"[ \t]+of[ \t]+(?:whom|which|them))\b")


def find_quotes(source: Source, parties: list[Party]) -> list[Quote]:
    """Quotes in text order; `text` is exactly source.text[start:end] without the outer marks."""
    paragraphs = sorted([*_deck(source), *source.body()], key=lambda p: p.start)
    segments: list[Segment] = []
    for seg in quoted_segments(source.text, paragraphs):
        if _is_statement(source.text, seg) or _runs_on(source.text, segments[-1] if segments else None, seg):
            segments.append(seg)
    quotes: list[Quote] = []
    for seg, who in zip(segments, attribute(source, segments, parties)):
        words = source.text[seg.start:seg.end]
        quotes.append(Quote(
            text=words,
            citations=[source.cite(seg.start, seg.end)],
            speaker=who.speaker,
            speaker_role=who.role,
            stance=stance_of(words),
            confidence=who.confidence,
        ))
    _speakers_of_echoes(quotes, parties)
    return quotes


def _speakers_of_echoes(quotes: list[Quote], parties: list[Party]) -> None:
    """ "The grieving widow of ... says her family has been handed "a life sentence"" and later ""We got a life sentence
    ...," Megan Kerrigan said": news quotes a fragment in its lede and the whole remark further down. A fragment the
    article gives no named speaker is said by the one named person whose fuller quote contains it."""
    named = {p.name for p in parties if p.kind == "person"}
    for quote in quotes:
        if quote.speaker in named or len(quote.text.split()) < 3:
            continue
        if quote.speaker is not None and not _DESCRIBED_SPEAKER.match(quote.speaker):
            continue  # a group ("prosecutors", "the family") speaks in its own name
        fragment = re.compile(r"(?<!\w)" + re.escape(_plain(quote.text).strip(" ,.;:")) + r"(?!\w)", re.I)
        fuller = {other.speaker for other in quotes if other is not quote and other.speaker in named
                  and len(other.text) > len(quote.text) and fragment.search(_plain(other.text))}
        # ("the mother" is no "Oscar Villalobos": a description's sex and the named speaker's given name must agree)
        sex = _sex_of_words(quote.speaker or "")
        if len(fuller) == 1 and not (sex and _sex_of_words(_given_sex(next(iter(fuller)))) not in (None, sex)):
            quote.speaker = fuller.pop()
            quote.speaker_role = next((o.speaker_role for o in quotes if o.speaker == quote.speaker), None)


# A speaker the article only describes: "the grieving widow of a loving dad", "a juror"
_DESCRIBED_SPEAKER = lazy_compile(r"(?:the|a|an|one)\s+[a-z]")


def _sex_of_words(words: str) -> str | None:
    """ "m"/"f" where a description's own words say it ("the grieving widow", "her father"), else None."""
    found = set(re.findall(r"[a-z]+", words.lower().split(" of ")[0])) - {"his", "her", "hers", "their"}
    return "m" if found & MALE else "f" if found & FEMALE else None


def _given_sex(name: str) -> str:
    """A word of the sex a given name is read as ("Oscar Roe" -> "he"), or the name itself where it tells none."""
    given = name.split()[0].lower()
    return "he" if given in MALE_GIVEN_NAMES else "she" if given in FEMALE_GIVEN_NAMES else name


def _plain(words: str) -> str:
    return words.replace("\u2019", "'").replace("\u2018", "'")


def _deck(source: Source) -> list[Paragraph]:
    """The standfirst under the headline ("A judge said Roe's lies “poisoned the well” for the sick"): a
    sentence-case line that reports speech, between the headline and the body, often with no final stop."""
    top = [p for p in source.paragraphs if p.kind in ("heading", "body")][1:4]  # after the headline itself
    decks = []
    for para in (p for p in top if p.kind == "heading"):
        words = source.text[para.start:para.end].split()
        lower = [w for w in words if w[:1].islower()]
        if len(words) >= 8 and len(lower) * 2 >= len(words) and {w.strip(",.") for w in lower} & SPEECH_VERBS:
            decks.append(para)
    return decks


# A term of art named by the body of knowledge or the law that uses it, not by anyone in the story: "what state law calls
# "…"", "the kind of lapse researchers sometimes call "…"", "a condition doctors refer to as "…"" (unlike "what
# prosecutors call "…"", the words of a side in the case)
_TERM_OF_ART_BEFORE = lazy_compile(
    r"\b(?:what|(?:the|a)\s+(?:kind|type|sort|form|condition|phenomenon|disorder|pattern|practice))\b[^.;:!?\u201c\u201d\"]{0,40}?"
    r"(?<!\w)(?:(?:[A-Z][\w.-]*\s+){0,2}(?:law|laws|statute|statutes|code|codes)|researchers|experts|doctors|scientists|"
    r"psychologists|psychiatrists|clinicians|physicians|economists|criminologists|lawyers\s+and\s+judges)\s+"
    r"(?:[a-z]+ly\s+|(?:often|sometimes|also|now|still)\s+)?(?:call|calls|called|term|terms|termed|(?:refers?|referred)\s+to\s+as|describes?\s+as|labels?)\s*$")


# A title in the writer's marks, then its holder: "the company's "chief risk officer," Ann Roe,", "its "director
# of first impressions," Lee Park,"
_ROLE_END = lazy_compile(r"\b(?:officer|director|manager|chief|president|head|adviser|advisor|strategist|coordinator|"
                         r"consultant|executive|partner|analyst|architect|engineer|trader|specialist|liaison|lead)\b")
_POSSESSOR_BEFORE = lazy_compile(r"(?:[\u2019']s|s[\u2019']|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er))[ \t]+$")
_NAME_APPOSITIVE_AFTER = lazy_compile(r"[ \t]+(?:[A-Z][\w.\u2019'-]*[ \t]+){1,3}?[A-Z][\w\u2019'-]+,")
# (a verb of speech's form used as a noun, the subject of the verb after it: "where pledges were given")
_NOUN_SUBJECT_AFTER = lazy_compile(r"[ \t]+(?:were|are|was|is|had|have|has)\b")
# Inside a noun phrase opened before the marks, one plain modifier between: "for weekend ", "their assigned ",
# "a hand-drawn " (an indefinite article too: "a homemade "permit slip"" names a thing)
_INSIDE_NP_BEFORE = lazy_compile(r"(?<![\w-])(?:the|their|his|her|its|our|for|of|at|in|on|to|with|during|a|an)[ \t]+(?P<mod>[a-z][a-z-]+)[ \t]+$")


# A work's name after the verb that gives it: "a report titled "…"", "the audit, entitled "…"", "a book called
# "…"" (after a work's noun only): its words in capitals however long, with a subtitle after a colon
_WORK_TITLED_BEFORE = lazy_compile(
    r"(?:\b(?:titled|entitled)|\b(?:report|study|review|audit|book|memoir|novel|film|documentary|podcast|series|album|"
    r"song|play|essay|paper|article|exhibit|exhibition|investigation|program|programme|campaign|initiative|plan)s?"
    r"(?:[ \t]*,)?[ \t]+(?:was[ \t]+|is[ \t]+)?(?:called|named|dubbed))[ \t]*,?[ \t]*$")


def _runs_on(text: str, before: Segment | None, seg: Segment) -> bool:
    """ "“I trusted you.", a paragraph of its own inside a statement read over several paragraphs: the quotation
    the paragraph before left open goes on, however short the words (a continued quotation opens its paragraph)."""
    return before is not None and not before.closed and before.paragraph.end <= seg.open_at \
        and not text[seg.paragraph.start:seg.open_at].strip() \
        and not text[before.paragraph.end:seg.paragraph.start].strip()


def _is_statement(text: str, seg: Segment) -> bool:
    words = _WORD.findall(text[seg.start:seg.end])
    if not words:
        return False
    para = seg.paragraph
    before = text[max(para.start, seg.open_at - 30):seg.open_at]
    after = text[seg.close_at + 1:min(para.end, seg.close_at + 30)] if seg.closed else ""
    if len(words) <= 2 and re.search(r"[A-Z][\w.]*\s$", before) and re.match(r"\s[A-Z]", after):
        return False  # a nickname between first name and surname
    content = text[seg.start:seg.end].rstrip()
    if len(words) <= _LABEL_MAX_WORDS and not content.endswith(("!", "?")) \
            and _TERM_OF_ART_BEFORE.search(text, max(para.start, seg.open_at - 100), seg.open_at):
        return False  # "what state law calls "…"": a term of art, nobody's words
    big_words = [w for w in words if w.lower() not in _SMALL]
    if len(words) > 1 and all(w[0].isupper() or w[0].isdigit() for w in big_words) and not content.endswith(("!", "?")) \
            and _WORK_TITLED_BEFORE.search(text, max(para.start, seg.open_at - 40), seg.open_at):
        return False  # "a report titled "Open Doors: A Review of …."": a work's name, nobody's statement
    if len(words) <= _SCARE_MAX_WORDS and content[:1].islower() and not re.match(r"(?:an?|the)\s", content) \
            and not content.endswith(("!", "?", ".", ",")) and _BODY_CALLS.search(text, max(para.start, seg.open_at - 80), seg.open_at):
        return False  # "what the Navy calls "stress drills"": a body's own name for a practice, nobody's words
    if len(words) == 1 and _goes_on(text, seg, content):
        return True
    lead_in = text[para.start:seg.open_at].rstrip()
    if len(words) > 1 and seg.closed and _WHOLE_SENTENCE.fullmatch(content) \
            and (not lead_in or lead_in.endswith((".", "!", "?"))) and not text[seg.close_at + 1:para.end].strip():
        # ""It is over."" as a paragraph of its own, or a sentence of its own closing one ("He faced his wife.
        # "Nell, forgive me.""): a whole sentence someone said, never a scare quote
        return True
    # ("paused before answering: "Yes."": a colon hands the sentence to whoever it introduces, however short)
    # ("an operation described as "Project Lantern"": a name in capitals is what a thing is called, not a judgement)
    titled = all(w[0].isupper() or w[0].isdigit() for w in words if w.lower() not in _SMALL)
    # ("called the evidence "overwhelming"": one word of judgement, never a new name for a thing, "call the money
    # "donations"", nor a term the writer goes on to define)
    judged = len(words) == 1 and content[:1].islower() and not _PLURAL_NOUN.fullmatch(words[0]) \
        and bool(_CALLED_OBJECT.search(text, max(para.start, seg.open_at - 80), seg.open_at)) \
        and not _NAMING_BEFORE.search(text, max(para.start, seg.open_at - 80), seg.open_at)  # ("They call it an "accident"")
    appraised = not titled and (bool(_APPRAISED_AS.search(text, max(para.start, seg.open_at - 100), seg.open_at)) or judged)
    introduced = bool(_INTRODUCED_BEFORE.search(before)) or _answered(text, seg, before, content) or appraised \
        or bool(QA_ANSWER.fullmatch(text, para.start, seg.open_at))  # a transcript's answer: "A: "Never.""
    attributed = seg.closed and bool(_ATTRIBUTED_AFTER.match(text, seg.close_at + 1, para.end)) or introduced
    if len(words) == 1 and not content.endswith(("!", "?")) and not (attributed and content.endswith(",")) \
            and not introduced and not _quoted_verb(text, seg, before) and not _quoted_predicate(text, seg, before):
        return False  # a single word in marks is a term or a scare quote
    big = [w for w in words if w.lower() not in _SMALL]
    # "the drama "Harbor Road," opened": a title inside its sentence, after a plain word, whatever verb follows
    lead_word = re.search(r"\b([a-z]+)\s$", before)
    mid_sentence = bool(lead_word) and lead_word.group(1) not in SPEECH_VERBS
    if big and len(words) <= 6 and all(w[0].isupper() or w[0].isdigit() for w in big) \
            and not content.endswith(("!", "?")) and words[0] != "I" and not introduced \
            and not (content.endswith(",") and (attributed or len(words) == 1) and not mid_sentence):
        return False  # a title or nickname: "Desperate Housewives", a memoir, "Night Watch," due out
    # (past three words only outside reported speech: "said police are seeking "at least three more" suspects")
    reported = len(words) > _SCARE_MAX_WORDS and bool(_REPORTING.search(
        _SENTENCE_BREAK.split(text[max(para.start, seg.open_at - 150):seg.open_at])[-1]))
    if len(words) <= _LABEL_MAX_WORDS and not attributed and not introduced and seg.closed \
            and _LIST_BEFORE.search(before) and _LIST_AFTER.match(text, seg.close_at + 1, para.end) and content.endswith(","):
        return False  # "a slideshow about "sequence of returns risk," annuities and bonds": one item of a list of topics
    if len(words) <= _LABEL_MAX_WORDS and not attributed and not introduced and not reported and seg.closed \
            and _LABEL_MODIFIER.match(text, seg.close_at + 1, para.end) and not content.endswith((",", ".", "!", "?")):
        return False  # flashing "wrong way" signs, "cold storage" expenses: a label modifying a noun
    if len(words) <= _LABEL_MAX_WORDS and seg.closed and not content.endswith(("!", "?")) \
            and (_NAME_NOUN_BEFORE.search(text, max(para.start, seg.open_at - 40), seg.open_at)
                 or _A_NAME_FOR_BEFORE.search(text, max(para.start, seg.open_at - 90), seg.open_at)):
        return False  # "used the code word "the harvest."": a name for something, not a statement
    if len(words) <= _SCARE_MAX_WORDS and not attributed and not introduced and seg.closed and content.islower() \
            and not any(w.lower() in FUNCTION_WORDS for w in words) and _PLURAL_NOUN.fullmatch(words[-1]) \
            and _PREP_BEFORE.search(before) and _COORDINATED_AFTER.match(text, seg.close_at + 1, para.end):
        return False  # warned shoppers about "box bandits" and forged receipts: the writer's label for a thing
    if len(words) <= _SCARE_MAX_WORDS and not attributed and not introduced and seg.closed and "$" in before \
            and content[:1].islower() and _AMOUNT_LABELLED.search(before):
        return False  # "paid doctors $2 million in "consulting fees"": the label the money went by, not speech
    if len(words) <= _SCARE_MAX_WORDS and not attributed and not introduced and seg.closed and content.endswith(",") \
            and content[:-1].islower() and not any(w.lower() in FUNCTION_WORDS for w in words) \
            and _PLURAL_NOUN.fullmatch(words[-1]) and _RELATIVE_AFTER.match(text, seg.close_at + 1, para.end):
        return False  # recruits called "cash runners," who …: a bare plural the writer labels, then describes
    if len(words) <= 8 and not attributed and not introduced and seg.closed and content.endswith(",") \
            and re.fullmatch(r"(?:the[ \t]+)?[a-z][a-z -]*,", content) and not any(w in ("I", "we", "you", "he", "she", "it", "they") for w in words) \
            and _TERM_LEAD.search(text, max(para.start, seg.open_at - 40), seg.open_at) \
            and _TERM_DESCRIBED_AFTER.match(text, seg.close_at + 1, para.end) \
            and not _SPEECH_VERB.search(text, seg.close_at + 1, min(para.end, seg.close_at + 40)):
        return False  # from what guards called "the hole," a windowless cell: a name the writer then describes
    if len(words) <= _SCARE_MAX_WORDS and not attributed and not introduced and seg.closed \
            and (_is_term(text, seg, content) or _named_practice(text, seg, words, content)):
        return False  # "the "urine screens" that …", ""task fixation," a condition in which …": a term, no speech
    if len(words) <= _SCARE_MAX_WORDS and seg.closed and not content.endswith(("!", "?")) \
            and (_NAMED_HOWEVER_SOURCED.search(text, max(para.start, seg.open_at - 60), seg.open_at)
                 or content[:1].isupper() and _WHAT_THEY_CALLED.search(text, max(para.start, seg.open_at - 60), seg.open_at)):
        return False  # "served as the "new member educator" for the chapter, police said": a title, not speech
    if len(words) <= _LABEL_MAX_WORDS and not attributed and not introduced and seg.closed and content.endswith(",") \
            and content[:-1].islower() and _ROLE_END.search(content[:-1]) and _POSSESSOR_BEFORE.search(before) \
            and _NAME_APPOSITIVE_AFTER.match(text, seg.close_at + 1, para.end):
        return False  # the firm's "chief risk officer," Ann Roe, …: the writer's marks round a title, then its holder
    if len(words) <= _SCARE_MAX_WORDS and not attributed and not introduced and seg.closed and content.islower() \
            and not content.endswith((",", ".", "!", "?", ";", ":")) \
            and not any(w.lower() in FUNCTION_WORDS or w.endswith("ly") for w in words):
        inside = _INSIDE_NP_BEFORE.search(before)
        sentence = _SENTENCE_BREAK.split(text[max(para.start, seg.open_at - 200):seg.open_at])[-1]
        if inside and inside.group("mod") not in FUNCTION_WORDS and not inside.group("mod").endswith("ly") \
                and not _SPEECH_VERB.fullmatch(inside.group("mod")) \
                and not any(not _NOUN_SUBJECT_AFTER.match(sentence, v.end()) for v in _SPEECH_VERB.finditer(sentence)) \
                and not _SPEECH_VERB.search(text, seg.close_at + 1, min(para.end, seg.close_at + 40)):
            return False  # met for weekend "field drills", their assigned "study buddy": the writer's name for a thing
    if len(words) <= _SCARE_MAX_WORDS and not attributed:
        lead = text[max(para.start, seg.open_at - 150):seg.open_at]
        if _NAMING_BEFORE.search(lead):
            return False  # "what were listed as "fees"": a label, not words anyone said
        sentence = _SENTENCE_BREAK.split(lead)[-1]
        sentence = _AS_REPORTED.sub(" ", sentence)  # "As Law&Crime reported, …": the outlet's sourcing, not speech
        # (a verb of speech in the next sentence governs its own quote: "a "black flag" heat category.
        # Testimony showed …")
        following = after + text[seg.close_at + 30:min(para.end, seg.close_at + 80)]
        next_sentence = _NEXT_SENTENCE.search(following) if not content.endswith((".", "!", "?")) else None
        near = " ".join(sentence.split()[-_GOVERN_GAP:]) + " " + (following[:next_sentence.start() + 1] if next_sentence else following)
        if not _CUE.search(near):
            return False  # a scare quote: nobody is said to have said it
    return True


def _answered(text: str, seg: Segment, before: str, content: str) -> bool:
    """ "paused before answering: "Yes."": a whole sentence, however short, handed over by a colon after a verb of
    speech in the same sentence is someone's words (a sign or a label after "read:" is not)."""
    if not before.rstrip(" \t").endswith(":") or not _WHOLE_SENTENCE.fullmatch(content):
        return False
    sentence = _SENTENCE_BREAK.split(text[max(seg.paragraph.start, seg.open_at - 200):seg.open_at])[-1]
    return bool(_SPOKEN_STEM.search(sentence))


def _is_term(text: str, seg: Segment, content: str) -> bool:
    """A short quoted noun phrase that works as a noun in the narrator's own sentence, however near a verb of
    speech: the words are the name of a thing, not something anyone said."""
    para = seg.paragraph
    if not content.endswith((".", "!", "?")) and _UNDER_LAW.match(text, seg.close_at + 1, para.end):
        return True  # "was not a "crime of violence" under the sentencing guidelines": the law's own term
    if content.endswith(",") and _DEFINED_AFTER.match(text, seg.close_at + 1, para.end):
        return True
    if content.endswith(",") and _NP_BEFORE.search(text, max(para.start, seg.open_at - 8), seg.open_at) \
            and re.match(r"[ \t]+an?[ \t]+[a-z]", text[seg.close_at + 1:para.end]):
        return True  # "what soldiers call a "smoke session," an informal punishment": a term and its definition
    if content.endswith((",", ".", "!", "?")) or not _NP_AFTER.match(text, seg.close_at + 1, para.end):
        return False
    if _WHAT_THEY_CALLED.search(text, max(para.start, seg.open_at - 60), seg.open_at) and content.islower() \
            and not re.match(r"(?:an?|the|his|her|their|its|my|our)\s", content) and re.match(r"[ \t]+of[ \t]+[a-z]", text[seg.close_at + 1:para.end]):
        return True  # "sold what it called "fractional ownership" of rental homes": the name heads the writer's noun phrase
    # (one plain modifier may stand between: "below the federal "action level" of 15 parts per billion")
    return bool(_NP_BEFORE.search(text, max(para.start, seg.open_at - 8), seg.open_at)
                or _MODIFIED_NP_BEFORE.search(text, max(para.start, seg.open_at - 40), seg.open_at))


def _named_practice(text: str, seg: Segment, words: list[str], content: str) -> bool:
    """ "banned unscheduled "incentive training"": two or three plain lower-case words (no pronoun, adverb or
    preposition) as the object of a verb that reports an act, not speech; the writer names a practice."""
    if len(words) < 2 or content.endswith((",", ".", "!", "?")) or not content.islower() \
            or any(w.lower() in FUNCTION_WORDS or w.endswith("ly") for w in words):
        return False
    m = _OBJECT_VERB_BEFORE.search(text, max(seg.paragraph.start, seg.open_at - 40), seg.open_at)
    if not m:
        return _labelled_in_act(text, seg)
    verbs = [w for w in m.groups() if w and (w.endswith("ed") or w == m.group(1))]
    lead = text[max(seg.paragraph.start, seg.open_at - 200):m.start()]
    sentence = _SENTENCE_BREAK.split(lead)[-1]
    # ("according to court records, Roe sold investors "…"": where the facts come from, not a verb of speech)
    sentence = _ACCORDING_ASIDE.sub(" ", _AS_REPORTED.sub(" ", sentence))
    for said in _SPEECH_VERB.finditer(sentence):
        # ("added officers to its units", "called police": a verb of speech that here takes a thing as object)
        if said.group() not in _DOUBLE_DUTY or not re.match(r"[ \t]+(?!(?:he|she|they|it|we|that|the|a|an|his|her|its|their|this|these|those)\b)[a-z]",
                        sentence[said.end():]):
            return False  # "prosecutors said he displayed "callous indifference"": someone's words, reported
    return bool(verbs) and not any(v in SPEECH_VERBS or v in MOOD_VERBS or v in _NOT_OBJECT_VERBS
                                   or _CUE.fullmatch(v) for v in verbs) \
        and not (m.group(2) and m.group(2) in FUNCTION_WORDS)


def _goes_on(text: str, seg: Segment, content: str) -> bool:
    """ `"…," Roe said. "Longer."`: a one-word sentence right after an attributed quote is more of the same speech
    (a punchline), not a scare quote."""
    if not re.fullmatch(r"[A-Z][\w\u2019'-]*[.!?]", content):
        return False
    lead = text[seg.paragraph.start:seg.open_at]
    close = max(lead.rfind("\u201d"), lead.rfind('"'))
    if close < 0 or len(lead) - close > 80 or not lead.rstrip().endswith("."):
        return False
    # (the attribution between the two: "Roe said.", "said Ann Roe, her sister.", "the prosecutor told reporters.")
    return bool(_ATTRIBUTION_ONLY.fullmatch(lead, close + 1))


def _quoted_verb(text: str, seg: Segment, before: str) -> bool:
    """ "said it would "reassess" his role": a lower-case verb quoted after a modal in reported speech."""
    word = text[seg.start:seg.end]
    if not word.islower() or not _MODAL_BEFORE.search(before):
        return False
    sentence = _SENTENCE_BREAK.split(text[max(seg.paragraph.start, seg.open_at - 200):seg.open_at])[-1]
    return bool(re.search(r"\b(?:said|says|told|wrote|announced|stated)\b", sentence))


def _quoted_predicate(text: str, seg: Segment, before: str) -> bool:
    """ "Roe said his client was "heartbroken" over the death": one lower-case word quoted as the predicate of a
    clause reported by a verb of speech is the speaker's own word, not the writer's scare quote."""
    word = text[seg.start:seg.end]
    if not word.islower() or not _LINKING_BEFORE.search(before):
        return False
    sentence = _SENTENCE_BREAK.split(text[max(seg.paragraph.start, seg.open_at - 200):seg.open_at])[-1]
    # (an argument reported by its participle too: "asked for concurrent terms, arguing the years were "symbolic."")
    return bool(re.search(r"\b(?:said|says|told|tells|wrote|writes|announced|stated|added|insisted|testified"
                          r"|argued|argues|arguing|contended|contends|contending|insisting|saying)\b", sentence))


def _labelled_in_act(text: str, seg: Segment) -> bool:
    """ "went door to door, telling homeowners their gutters were failing and offering "senior discounts"": two or
    three lower-case words as the object of a participle of reported action (not of speech) name what was sold or
    done; a verb of speech counts only inside the participle's own clause."""
    m = _PARTICIPLE_BEFORE.search(text, max(seg.paragraph.start, seg.open_at - 50), seg.open_at)
    if not m or m.group(1) in SPEECH_PARTICIPLES or _CUE.fullmatch(m.group(1)) or _SPOKEN_STEM.fullmatch(m.group(1)) \
            or (m.group(2) and m.group(2) in FUNCTION_WORDS):
        return False
    lead = text[max(seg.paragraph.start, seg.open_at - 200):m.end(1)]
    sentence = _SENTENCE_BREAK.split(lead)[-1]
    clause = _PARTICIPLE_CLAUSE.split(sentence)[-1]
    return not _SPEECH_VERB.search(clause)
