"""Who said each quote: speaker attribution and resolution to a full name.

The conventions of news writing, in order of reliability:
1. an attribution right after the closing mark: `"…," X said` / `"…," said X, ROLE`;
2. a verb of speech (or "his comments", "according to X") before the opening mark in the same
   sentence: `X said: "…"`, `X told protesters that "…"`;
3. another quote of the same paragraph (a second quote after `X said.`);
4. a quote-only paragraph continues the speaker of the previous paragraph's quote, or, when that
   paragraph has no quote, the person it is about ("X was one of the victims. He remembers it.").
The words found are resolved to a party: full name, surname alone or misspelt
surname, group ("Huffman's lawyers", "the Gurley family"), role ("her attorney",
"the statement" -> whoever issued a statement), pronoun (the same sentence's
first person, else the nearest earlier subject or speaker).
Someone the article describes but never names ("a juror", "a man who answered the door",
"the pedestrian, who cannot be named") keeps that description as the speaker: their words
never fall back to a person named elsewhere, least of all the defendant.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from builder.extract._lexicon import (
    AFFILIATIONS, DOCUMENT_NOUNS, FUNCTION_WORDS, KIN_NOUNS, MONTHS_AND_DAYS, ORG_WORDS, PEOPLE_NOUNS, PRONOUN_GENDER, ROLE_NOUNS,
    SPEECH_NOUNS,
    SPEECH_VERBS, STOPWORDS, TITLE_WORDS, UNNAMED_PERSON_NOUNS,
)
from builder.extract._marks import Segment
from builder.extract.text import split_sentences
from builder.model import Party, Source

# "She went on: "…"": a phrasal verb that carries speech on, like "continued"
_VERBS = "|".join(sorted(SPEECH_VERBS | {"went on", "goes on"}, key=len, reverse=True)).replace(" ", r"\s+")
# An adverb before a verb ("later said"), but not a noun that ends the same way ("the family said").
_ADVERB = r"(?!(?:family|ally|rally|assembly|supply|belly|bully)\b)[a-z]{2,}ly"
_GAP = r"^[\s,\u2014\u2013-]*"
# Abbreviations whose period ends no sentence: "said Mr. Blum", "Sgt. Ray Otero said".
_ABBREV = r"(?<![A-Za-z])(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Lt|Sgt|Gen|Col|Capt|Det|Rev|Prof|St|Jr|Sr|U\.S|[A-Z])\."
_VERB_SUBJ = re.compile(
    _GAP + rf"(?:{_VERBS})\s+(?P<np>(?:{_ABBREV}|[^;:!?\u201c\u201d\"]){{1,200}}?)"
    r"(?=\s*(?:[;:!?\u201c\u201d\"]|\.(?:\s|$)|$)"
    r"|,\s+(?:who|whose|whom|which|according|adding|saying|as|after|before|when|while|in|on|a|an|the|one|his|her|their|its)\b"
    r"|\s+(?:on|in(?!\s+[Cc]harge\b)|at|during|after|before|as|while|when|from|to|via|about|according|outside|inside"
    r"|following)\b)"
)
_SUBJ_VERB = re.compile(
    _GAP + rf"(?P<np>(?:{_ABBREV}|[^.;:!?\u201c\u201d\"]){{1,100}}?)\s+(?:(?:{_ADVERB}|also|then|later|once|again)\s+)?(?:{_VERBS})\b"
)
# Participles that report speech after a main clause: "…, arguing that X showed "…"", "…, citing "…"".
_PARTICIPLES = ("arguing|citing|insisting|contending|noting|claiming|alleging|warning|calling"
                "|praised|hailed|denounced|condemned|criticized|criticised|decried")  # "X praised it as "…""
_CUE = re.compile(rf"\b(?:(?P<verb>{_VERBS}|{_PARTICIPLES})|(?P<noun>" + "|".join(SPEECH_NOUNS) + r")|according to)\b")
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Hh]is|[Hh]er|[Tt]heir)\b")
_ROLE_NP = re.compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z-]+\s+)?(?P<noun>" + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True)) + r")\b")
_DOC_NP = re.compile(r"\b(?:[Tt]he|[Tt]his|that|a|an|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z-]+\s+)?(?P<noun>"
                     + "|".join(DOCUMENT_NOUNS) + r")\b")
_DOC_BEFORE = re.compile(r"\b(?:" + "|".join(DOCUMENT_NOUNS) + r")s?\s+$")
_PARTICIPLE_AFTER = re.compile(r"\s+(?:in|to|at|by|out|aloud|on|into|before)\b")
# A relative clause with its own subject before the verb: "a girl who prosecutors say", "a fund that police said".
_OBJECT_RELATIVE = re.compile(r"\b(?:who|whom|that|which)\s+(?:the\s+)?(?:[a-z-]+\s+)?(?![a-z]+ed$)[a-z-]+$")
# A reduced relative clause naming a message's author: "a text message Roe allegedly sent", "the email Roe wrote".
_SENT_BY = re.compile(r"\s+(?:that\s+)?(?P<name>[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)*)\s+(?:[a-z]+ly\s+)?"
                      r"(?:sent|wrote|posted|texted|emailed|tweeted)\b")
# A body named by an owned phrase: "The church's board of trustees", "its board of directors".
_OWNED_BODY = re.compile(r"^\s*(?:[Tt]he\s+)?(?:[\w-]+[\u2019']s\s+|[Ii]ts\s+|[Tt]heir\s+)?"
                         r"(?P<np>(?:board|committee|council|panel)\s+of\s+[a-z]+(?:\s+[a-z]+)?)\s*$")
_POSSESSIVE_END = re.compile(r"[\u2019']s$")
_DOC_WORD = re.compile(r"\b(?P<noun>" + "|".join(DOCUMENT_NOUNS) + r")\b")
_ACCORDING = re.compile(_GAP + r"according to\s+(?P<np>[^;:!?.\u201c\u201d\"]{1,100}?)(?=\s*(?:[,;:!?\u201c\u201d\"]|\.(?:\s|$)|$))")
_POSSESSIVE_ROLE = re.compile(r"[\u2019']s\s+(?:[a-z-]+\s+)?(?P<noun>[a-z-]+)\b")
# Speakers named only by what they are: "prosecutors said", "police said", "a spokesman said".
_BARE_GROUP = re.compile(r"^(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+)?(?:police|officials|authorities|investigators|"
                         + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True)) + r")$", re.IGNORECASE)
_GROUP_SUBJECT = re.compile(r"\s*(?:[Tt]he\s+)?(?:(?:[a-z-]+|Federal|State|County|City)\s+)?(?P<group>[Pp]rosecutors|[Pp]olice|[Ii]nvestigators|[Oo]fficials"
                            r"|[Aa]uthorities|[Dd]efense (?:lawyers|attorneys)|[Rr]elatives|[Jj]urors)\s+(?!and\b|or\b)[a-z]")
# A plural group named by a capitalised qualifier opening a sentence: "Senate leaders from both parties …".
_NAMED_GROUP_SUBJECT = re.compile(r"(?:[Tt]he\s+)?(?P<group>(?:[A-Z][\w.-]*\s+){1,3}(?:"
                                  + "|".join(sorted(PEOPLE_NOUNS | {"leaders", "senators", "representatives", "councillors"},
                                                    key=len, reverse=True)) + r"))\b(?!\s+(?:and|or)\b)")
# "His defense team sought …, citing "…"": a group owned by a pronoun opening the sentence.
_OWNED_GROUP = re.compile(r"\s*(?P<owner>[Hh]is|[Hh]er|[Tt]heir)\s+(?P<group>(?:[a-z-]+\s+)?(?:team|lawyers|attorneys))"
                          r"\s+(?!and\b|or\b)[a-z]")
# An unnamed person who speaks inside a clause: "after a shop clerk – "…," she told police – called".
_UNNAMED_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+){0,2}[a-z]{3,}"
                             r"(?:\s+(?:in|at|from|of|on)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?\s*[\u2014\u2013,-]*\s*X*$")
# An attribution set off inside a sentence, or closing it: "That delay, he contends, matters." / "…, Roe said."
_ASIDE = re.compile(rf",\s+(?P<np>[Hh]e|[Ss]he|[Tt]hey|(?:[A-Z][\w.\u2019'-]*\s+){{0,3}}[A-Z][\w\u2019'-]+)\s+"
                    rf"(?:{_ADVERB}\s+)?(?:{_VERBS})\s*(?:,|\.?$)")
# The sentence after a lone quote names who said it: "So says X", "That is how X put it", "X said so on Monday."
_NEXT_ATTRIBUTION = re.compile(
    rf"\s*(?:(?:So|Thus)\s+(?:says|said|writes|wrote|argues|argued)\s+(?P<np>[^,;.]+)"
    r"|(?:That|This|It)\s+(?:is|was|’s|'s)\s+(?:how|what)\s+(?P<np2>[^;.]{1,120}?)\s+"
    rf"(?:(?:put|puts|summed|sums|described|describes)\s+it|(?:{_VERBS})\b))")
# A person the lede describes before naming: "A former clerk at the store told jurors …".
_INDEFINITE = re.compile(r"^(?:[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]{3,})"
                         r"(?:\s+(?:at|of|from|for|with|in|on)\s+[^,;]*)?$")
_ORG_SPOKES = re.compile(r"\s*(?:[Aa]n?|[Tt]he)\s+(?P<who>(?:[A-Z][\w.&-]*\s+)+spokes(?:person|man|woman))[\s,]*")
_SPOKES = re.compile(r"^(?:a|an|the)\s+(?:[a-z-]+\s+)?spokes(?:person|man|woman)$", re.IGNORECASE)
# (never across a line break or a masked quotation: "XXXX.\n\nHHS-OIG" is no name)
_CAP_RUN = re.compile(r"(?:\b[Tt]he[ \t]+)?(?!X{3})(?:[A-Z][\w.&'\u2019-]*)(?:[ \t]+(?:of[ \t]+)?(?!X{3})[A-Z][\w.&'\u2019-]*)*")
_GROUP_NOUNS = ("lawyers|attorneys|family|relatives|supporters|defense team|legal team|representatives|spokesman|spokeswoman"
                "|office|campaign|team")
# Institutions that speak as one: "the union wrote", "the court noted", "the company said".
_INSTITUTION_NOUNS = ("union company firm department agency office committee board council association bank church school "
                      "district hospital university campaign organization organisation coalition group court jury "
                      "authority charity trust business employer operator club regulator lodge division watchdog society "
                      "commission").split()
_INSTITUTION = re.compile(r"^\s*(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+)?(?P<noun>" + "|".join(_INSTITUTION_NOUNS) + r")\s*$")
# A plural group right before the verb: "… after prosecutors praised her help as "…"".
_GROUP_BEFORE_VERB = re.compile(r"(?<![\w\u2019'-])(?P<group>[Pp]rosecutors|[Pp]olice|[Ii]nvestigators|[Oo]fficials|[Aa]uthorities"
                                r"|[Jj]urors|[Dd]etectives)\s*$")
# A court's finding quoted in reported speech: "a judge found the attack was "…"", "the jury concluded".
_FINDING = re.compile(r"\b(?:found|finds|ruled|rules|concluded|concludes)\b")
_FINDER_NP = re.compile(r"\b(?:[Aa]|[Tt]he)\s+(?P<mods>(?:[\w\u2019'-]+\s+){0,3}?)(?P<noun>judge|justice|magistrate|jury|jurors|court)\s+$")
# A court described by its rank ("the state's highest criminal court") is the appeal court the article names.
_HIGH_COURT = re.compile(r"\b(?:highest|high|appeals?|appellate|supreme|top)\b")
_NAMED_COURT = re.compile(r"(?:(?!X{3})[A-Z][\w.\u2019'-]*[ \t]+)*Court(?:[ \t]+of(?:[ \t]+the)?(?:[ \t]+[A-Z][\w\u2019'-]*)+)?")
# Last words of bodies that are not whatever "the company" or "the church" refers to.
_PUBLIC_BODIES = frozenset("Police Department Court Office Council Agency Authority University School Hospital Church "
                           "Union Service Commission Ministry Prosecutors".split())
# Generic words for whatever body the article just named ("the regulator" may be an Authority or a Commission).
_ANY_BODY = frozenset("regulator watchdog agency".split())
# A named body that said something: "Derwen Care Group said", "Ashworth Beale, which was sold in 2021, said".
_ORG_SAID = re.compile(
    r"(?<![\w\u2019'-])(?P<org>(?!X{3})[A-Z][\w&\u2019'.-]*(?:[ \t]+(?:(?:of|for|on|and|&|the|de)[ \t]+)*(?!X{3})[A-Z][\w&\u2019'.-]*)*)"
    r"(?:,\s+(?:which|where|whose|a|an|the)\b[^.;:\u201c\u201d\"]{1,150}?)?,?\s+(?:also\s+|later\s+)?"
    r"(?:said|says|stated|added|announced|confirmed|told|wrote)\b")
# A family speaking as one, owned by a pronoun or a role: "his family", "the victim's family", "the family"
# (also closing a longer phrase: "a sentence the victim's family called "…"").
_FAMILY_NP = re.compile(r"(?<![\w\u2019'-])(?:(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)|(?:[Tt]he\s+)?(?:[a-z-]+\s+)?(?P<role>[a-z-]+)[\u2019']s|[Tt]he)"
                        r"\s+(?:[a-z-]+\s+)?famil(?:y|ies)$")
# Words that give a coordinated verb its own subject: "and his lawyer told", "and she said".
_OWN_SUBJECT = frozenset("a an the his her their its my our this that these those he she they we i it".split()) | ROLE_NOUNS
_JUDGE_ROLES = {"judge", "justice", "magistrate", "judges"}
# Titles by which British and Commonwealth courts name their judges.
_JUDICIAL_TITLES = {"Lord", "Lady", "Justice", "Mr Justice", "Mrs Justice", "Ms Justice", "Judge", "HHJ", "Sheriff", "Recorder",
                    "Magistrate", "District Judge"}
_NP_OK = FUNCTION_WORDS | ROLE_NOUNS | {"former", "retired", "defense", "legal", "fellow", "then", "now", "one"}
_MALE = frozenset("he him his mr husband father son brother boyfriend actor spokesman chairman assemblyman "
                  "congressman councilman uncle nephew grandfather widower king prince sir lord".split())
_FEMALE = frozenset("she her hers mrs ms miss wife mother daughter sister girlfriend actress spokeswoman chairwoman "
                    "assemblywoman congresswoman councilwoman aunt niece grandmother widow queen princess lady dame".split())
_LAWYER = {"lawyer", "lawyers", "attorney", "attorneys", "counsel"}
# "the Democrat said", "the Ohio Republican said": a person referred to by their party.
_AFFILIATION_NP = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+)?(?:" + "|".join(AFFILIATIONS) + r")$")
_POLITICAL = re.compile(r"\b(?:Governor|Gov\.|Senator|Sen\.|Representative|Rep\.|Congress\w*|Mayor|Leader|Speaker|"
                        r"Assembly\w*|Council\w*|[Ll]awmaker|[Ss]enator|[Gg]overnor|[Mm]ayor)")
_PARTY_MARK = re.compile(r"^\s*(?:,\s*|\()[RDI](?:-[A-Z][\w.]*)?\)?")
# "The NAACP's Ohio chapter said": a branch speaks for its organisation.
_BRANCH = re.compile(r"^(?:[Tt]he\s+)?(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)[\u2019']s\s+(?:[A-Z][\w.-]*\s+){0,3}"
                     r"(?:chapter|branch|affiliate|local)$")
# "The raven-haired pop star had claimed": a descriptive epithet for someone the article named.
_EPITHET = re.compile(r"^[Tt]he\s+(?P<mods>(?:[\w-]+\s+){1,4})(?P<noun>" + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
                      + r")$")


# A speaker the article leaves unnamed: resolution stops here, and the quote keeps no speaker.
_UNNAMED = ("", None)
# Someone the article describes but never names: "A man who answered the door", "One juror, a retired teacher,",
# "One of the victims", "The daughter of one former resident". Their words keep that description as the speaker
# and never fall back to a person named elsewhere (often the defendant). Modifiers are never prepositions, so
# "A letter from his employer" is a document, not "a … employer".
_UNNAMED_HEAD = "|".join(sorted((ROLE_NOUNS | KIN_NOUNS | UNNAMED_PERSON_NOUNS) - {"spokesman", "spokeswoman", "spokesperson"},
                                key=len, reverse=True))
_MODIFIER = r"(?:(?!(?:of|for|from|with|at|in|on|by|to|who|that|which|and|or)\b)[\w\u2019'-]+\s+)"
_UNNAMED_NP = re.compile(
    rf"(?P<det>[Aa]n?|[Oo]ne|[Aa]nother)\s+{_MODIFIER}{{0,3}}?(?P<noun>{_UNNAMED_HEAD})(?![\w\u2019'-])"
    rf"|(?:[Oo]ne|[Aa]nother)\s+of\s+(?:the|his|her|their)\s+{_MODIFIER}{{0,2}}?[a-z-]+s\b"
    rf"|[Tt]he\s+{_MODIFIER}{{0,2}}?(?:{_UNNAMED_HEAD})\s+of\s+(?:an?|one|another)\s+{_MODIFIER}{{0,2}}[a-z-]+\b")
# What may stand between an unnamed description and the name that says who it is: "One victim, Ann Roe,",
# "An attorney for Roe, Sam Lee,", "A lawyer for Roe" (never a clause: "A rep for the network that … said Roe").
_DESCRIBES = re.compile(r"(?:\s+(?:for|of|with|representing|to)\s+(?:(?!\b(?:that|who|which|whose)\b)[^,;.:!?])*?)?\s*,?\s*"
                        r"(?:the\s+)?")
# Words that say a person is deliberately left unnamed, and the described person they follow:
# "A retired crane operator who … declined to give his name", "the pedestrian, who … cannot be named".
_ANONYMOUS = re.compile(
    r"\b(?:asked|requested)\s+(?:not\s+to\s+be\s+(?:named|identified)|that\s+(?:his|her|their)\s+(?:full\s+)?name\s+not|anonymity)"
    r"|\b(?:cannot|could\s+not|can[\u2019']t|may\s+not)\s+be\s+(?:named|identified)|\bcondition\s+of\s+anonymity"
    r"|\bdeclined\s+to\s+(?:give|provide|share)\s+(?:(?:his|her|their)\s+)?(?:full\s+|last\s+)?name"
    r"|\bdeclined\s+to\s+be\s+(?:named|identified)|\bwhose\s+name\s+(?:was|is)\s+(?:withheld|not\s+(?:released|published))")
_ANONYMOUS_NP = re.compile(rf"(?<![\w-])(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]er|[Hh]is|[Tt]heir)\s+{_MODIFIER}{{0,3}}[a-z-]{{3,}}"
                           rf"(?=\s*,?\s+(?:who|whose)\b)")
_OWNED_KIN = re.compile(r"[\u2019']s\s+(?:[a-z-]+\s+)??(?P<noun>" + "|".join(sorted(KIN_NOUNS, key=len, reverse=True)) + r")\b")
_UNNAMED_MALE = frozenset("man boy father son brother husband boyfriend uncle nephew grandfather widower".split())
_UNNAMED_FEMALE = frozenset("woman girl mother daughter sister wife girlfriend aunt niece grandmother widow".split())


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    role: str | None
    confidence: float


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    speaker: str
    kind: str  # person | group | pronoun
    possessive: bool
    party: Party | None = None


def attribute(source: Source, segments: list[Segment], parties: list[Party]) -> list[Attribution]:
    """One Attribution per segment (same order); speaker None when the article doesn't say."""
    return _Resolver(source, segments, parties).run()


class _Resolver:
    def __init__(self, source: Source, segments: list[Segment], parties: list[Party]) -> None:
        self.text = source.text
        self.segments = segments
        self.parties = parties
        masked = list(self.text)
        for seg in segments:
            for i in range(seg.open_at, min(seg.close_at + 1, len(masked))):
                masked[i] = "X"  # upper case, so a sentence before a quote still ends there
            if self.text[seg.start:seg.end][-1:] in ".!?" and seg.closed:
                masked[seg.close_at] = "."
        self.masked = "".join(masked)
        self.body = source.body()
        self.sentences = [s for p in self.body for s in split_sentences(self.masked, p.start, p.end)]
        self.mentions = self._find_mentions()
        self.genders = self._guess_genders()
        self.events: list[tuple[int, str, str | None]] = [
            (m.start, m.speaker, self._role(m.party)) for m in self.mentions if self._is_subject(m)]
        self.unnamed: dict[str, str | None] = {}  # description -> gender, for people the article never names
        self.events.extend(self._role_subjects())
        self.events.extend(self._unnamed_subjects())

    # --- the main loop ---------------------------------------------------------------------
    def run(self) -> list[Attribution]:
        out: list[Attribution | None] = []
        for i, seg in enumerate(self.segments):
            found = self._after(seg) or self._before(seg) or self._next_sentence(seg)
            if found is None:
                found = (self._same_paragraph(i, out, previous=True) or self._prior_sentence(seg) or self._exchange(i, out)
                         or self._continued(i, out))
            out.append(found)
            if found and found.speaker:
                self.events.append((seg.start, found.speaker, found.role))
        for i in range(len(out) - 1, -1, -1):
            if out[i] is None:
                out[i] = (self._same_paragraph(i, out, previous=False) or self._reopened(i, out)
                          or self._fallback(self.segments[i]))
        for i in range(len(out)):  # what earlier quotes now know carries forward
            if out[i] is None:
                out[i] = self._same_paragraph(i, out, previous=True) or self._continued(i, out) or self._introduced(i)
        return [a or Attribution(None, None, 0.0) for a in out]

    def _after(self, seg: Segment) -> Attribution | None:
        if not seg.closed:
            return None
        limit = next((s.open_at for s in self.segments if s.paragraph == seg.paragraph and s.open_at > seg.close_at),
                     seg.paragraph.end)
        after = self.masked[seg.close_at + 1:limit]
        base = seg.close_at + 1
        if self.text[seg.start:seg.end].endswith(".") and re.match(r"\s+[A-Z]", after):
            return None  # the quote ended its sentence; what follows is a new one
        for pattern in (_VERB_SUBJ, _ACCORDING, _SUBJ_VERB):
            m = pattern.match(after)
            if not m:
                continue
            if pattern is _SUBJ_VERB and _OBJECT_RELATIVE.search(m.group("np")):
                continue  # "her "cousin Mia," a girl who prosecutors say …": the verb is the relative clause's
            np_start, np_end = m.start("np"), m.end("np")
            if not _plausible_np(m.group("np")):
                # "said Agent Ann Roe of the Department of ... (HHS-OIG)": the name before its long affiliation
                cut = re.search(r"\s+of\s+|\s*\(", m.group("np"))
                if not cut or not _plausible_np(m.group("np")[:cut.start()]):
                    continue
                np_end = np_start + cut.start()
            found = self._resolve(base + np_start, base + np_end, seg.open_at)
            if found:
                return Attribution(found[0] or None, found[1], 0.95)
        return None

    def _before(self, seg: Segment) -> Attribution | None:
        sent_start = next((a for a, b in self.sentences if a <= seg.open_at < b), seg.paragraph.start)
        before = self.masked[sent_start:seg.open_at]
        finding = [m for m in _FINDING.finditer(before) if m.start() >= max((c.end() for c in _CUE.finditer(before)), default=0)]
        if finding:
            found = self._finder(sent_start, sent_start + finding[-1].start())
            if found:
                return Attribution(found[0] or None, found[1], 0.8)
        for cue in reversed(list(_CUE.finditer(before))):
            at = sent_start + cue.start()
            if cue.group("verb") is None and cue.group("noun") is None:  # according to X
                np = re.match(r"according to\s+([^,;.]+)", before[cue.start():])
                if np:
                    found = self._resolve(at + 13, at + np.end(), seg.open_at)
                    if found:
                        return Attribution(found[0] or None, found[1], 0.85)
                continue
            if cue.group("noun"):
                sender = _SENT_BY.match(before, cue.end())
                if sender:  # "a text message Roe allegedly sent Ali in March: "…""
                    found = self._resolve(sent_start + sender.start("name"), sent_start + sender.end("name"), seg.open_at)
                    if found:
                        return Attribution(found[0] or None, found[1], 0.8)
                if any(c.group("verb") and c.start() < cue.start() for c in _CUE.finditer(before)):
                    continue  # "Roe said that Ali's testimony "…"": the noun stands in Roe's reported speech
                owner = re.search(r"(\b[A-Z][\w\u2019'-]*[\u2019']s|\b[Hh]is|\b[Hh]er|\b[Tt]heir)\s+(?:[a-z-]+\s+)?$",
                                  before[:cue.start()])
                if owner:
                    found = self._resolve(sent_start + owner.start(), sent_start + owner.end(), seg.open_at,
                                          allow_possessive=True)
                    if found:
                        return Attribution(found[0] or None, found[1], 0.8)
                continue
            if _DOC_BEFORE.search(before, 0, cue.start()) and _PARTICIPLE_AFTER.match(before, cue.end()):
                continue  # "said in a statement read in court": a participle with no subject of its own
            found = self._subject_of(sent_start, at, cue.group("verb"), seg.open_at)
            if found:
                return Attribution(found[0] or None, found[1], 0.85)
        return None

    def _finder(self, sent_start: int, verb_at: int) -> tuple[str, str | None] | None:
        """ "after a judge found the attack was "…"": a court's finding quoted, spoken by the judge (or jury)
        right before the verb; any other finder ("police found") gives no speaker this way."""
        head = self.masked[sent_start:verb_at]
        named = [m for m in self.mentions if sent_start <= m.start and m.end <= verb_at and m.kind == "person"
                 and not m.possessive and not head[m.end - sent_start:].strip()]
        if named and named[-1].party and any(set(r.lower().split()) & _JUDGE_ROLES for r in named[-1].party.roles):
            return named[-1].speaker, self._role(named[-1].party)
        role = _FINDER_NP.search(head)
        if not role:
            return None
        if role.group("noun") in ("jury", "jurors"):
            return "jury", None
        if role.group("noun") == "court" and role.group("mods").strip():
            courts = {re.sub(r"^The\s+", "", m.group()) for m in _NAMED_COURT.finditer(self.masked) if len(m.group().split()) > 1}
            if _HIGH_COURT.search(role.group("mods")):
                courts = {c for c in courts if re.search(r"Appeal|Supreme|Appellate", c)}
            if len(courts) == 1:
                return courts.pop(), None
        judges = [p for p in self.parties if p.kind == "person"
                  and any(set(r.lower().split()) & _JUDGE_ROLES for r in p.roles)]
        return (judges[0].name, self._role(judges[0])) if len(judges) == 1 else _UNNAMED

    def _subject_of(self, sent_start: int, verb_at: int, verb: str, anchor: int) -> tuple[str, str | None] | None:
        head = self.masked[sent_start:verb_at]
        if re.search(r"(?:^|\b(?:[Aa]nd|[Bb]ut|[Tt]hen|[Ss]o)\s+)I\s+(?:[\w\u2019'-]+\s+){0,10}$", head):
            interviewee = self._interviewee(sent_start)
            if interviewee:
                return interviewee  # "A: … I had to tell him, "…"": the one answering the interview
        if verb.endswith("ing"):
            # "the video shows Officer Ann Roe telling him that "…"": the participle's own subject, right before it
            own = next((m for m in self.mentions if sent_start <= m.start and m.end <= verb_at and m.kind != "pronoun"
                        and not m.possessive and not self.masked[m.end:verb_at].strip()), None)
            if own:
                return own.speaker, self._role(own.party)
        # "Ann Roe ran the board and in 2019 told a reporter": a second verb shares the first one's subject
        if verb.endswith("ing") or _shares_subject(head):
            first = [m for m in self.mentions if sent_start <= m.start < verb_at and m.kind != "pronoun"
                     and not m.possessive and not self._is_agent(sent_start, m)]
            opener = next((m for m in self.mentions if m.start == sent_start + len(head) - len(head.lstrip())
                           and m.kind == "pronoun" and not m.possessive), None)
            if opener and (not first or first[0].start > opener.start):
                found = self._speaker_of(opener, anchor)
                if found:
                    return found
            group = _GROUP_SUBJECT.match(self.masked, sent_start)
            if group and (not first or first[0].start >= group.end("group")):
                # "Prosecutors asked Judge Roe for 9 years, saying "…"": the group opening the sentence, not its object
                return group.group("group").lower(), None
            if first:
                return first[0].speaker, self._role(first[0].party)
            if verb.endswith("ing") and not first and opener is None:
                owned = _OWNED_GROUP.match(self.masked, sent_start)
                if owned:
                    at = sent_start + owned.start("owner")
                    owner = self._pronoun(_Mention(at, at + len(owned.group("owner")), owned.group("owner"), "pronoun", True),
                                          anchor)
                    if owner and owner[0]:
                        return f"{owner[0].split()[-1]}\u2019s {owned.group('group')}", None
        stripped = re.sub(rf"(?:\s+(?:{_ADVERB}|also|then|later|once|again|previously|had|has|have|would|will))+\s*$", "", head)
        if stripped.rstrip().endswith(","):
            inner = stripped.rstrip()[:-1]
            cut = inner.rfind(",")
            if cut > 0:
                # "The U.S. attorney, Joyce Whitaker, said": a name in the appositive is the speaker
                # ("Ann Roe, of the Harbor Police Union, said": the body she belongs to is no speaker either)
                clause = re.match(r",\s*(?:who|which|whose|whom|of|from|with|at)\b", inner[cut:])
                # (a person: "Ann Roe, head of the charity Safe Harbor, said" is Roe speaking, not the charity)
                named = [m for m in self.mentions if sent_start + cut < m.start < sent_start + len(inner)
                         and m.kind == "person" and not m.possessive and not clause]
                if named:
                    return self._speaker_of(named[0], anchor)
                stripped = inner[:cut]
        # "Sen. Mark Lund, R-Plymouth," / "Ann Roe, 47,": a party tag or an age is no speaker
        stripped = re.sub(r"(?:,\s*(?:[RDI]-[A-Z][\w.]*|\d{1,3})|\s*\([RDI](?:-[A-Z][\w.]*)?\))\s*$", "", stripped.rstrip())
        end = sent_start + len(stripped.rstrip())
        near = [m for m in self.mentions if sent_start <= m.start and m.end <= end and m.end >= end - 2
                and not m.possessive]
        if near:
            return self._speaker_of(near[-1], anchor)
        group = _GROUP_BEFORE_VERB.search(stripped)
        if group and not re.search(r"[A-Z][\w.-]*\s+$", stripped[:group.start()]):  # not "Ann Roe of Derby Police"
            return group.group("group").lower(), None  # "… on Monday after prosecutors praised her as "…""
        tail = re.search(r"([\w\u2019'. -]{1,60})$", stripped.rstrip())
        if tail:
            return self._resolve(end - len(tail.group(1)), end, anchor)
        return None

    def _next_sentence(self, seg: Segment) -> Attribution | None:
        """ "“…” So says Ann Roe, a judge." / "“…” That is how her aunt, Ann Roe, put it.": a quote standing alone
        as its sentence, attributed by the next sentence of its paragraph."""
        sent = next(((a, b) for a, b in self.sentences if a <= seg.open_at < b), None)
        if sent is None or re.sub(r"[X\s.,!?]", "", self.masked[sent[0]:sent[1]]):
            return None
        nxt = next(((a, b) for a, b in self.sentences if a >= sent[1] and a < seg.paragraph.end), None)
        if nxt is None:
            return None
        m = _NEXT_ATTRIBUTION.match(self.masked, nxt[0], nxt[1])
        if not m:
            return None
        group = "np" if m.group("np") else "np2"
        found = self._resolve(m.start(group), m.end(group), seg.open_at)
        return Attribution(found[0] or None, found[1], 0.8) if found else None

    def _interviewee(self, at: int) -> tuple[str, str | None] | None:
        """Who answers in a Q&A (an "A:" paragraph): the person its introduction names first."""
        para = next((p for p in self.body if p.start <= at < p.end), None)
        if para is None or not re.match(r"\s*A\s*:", self.text[para.start:para.end]):
            return None
        first_q = next((p.start for p in self.body if re.match(r"\s*Q\s*:", self.text[p.start:p.end])), para.start)
        person = next((m for m in self.mentions if m.start < first_q and m.kind == "person" and not m.possessive), None)
        return (person.speaker, self._role(person.party)) if person else None

    def _prior_sentence(self, seg: Segment) -> Attribution | None:
        """ "That delay, he contends, matters. "…"": a quote opening its sentence after an attributed one."""
        sent = next(((a, b) for a, b in self.sentences if a <= seg.open_at < b), None)
        if sent is None or sent[0] <= seg.paragraph.start or self.masked[sent[0]:seg.open_at].strip():
            return None
        prev = next(((a, b) for a, b in reversed(self.sentences) if b <= sent[0] and a >= seg.paragraph.start), None)
        if prev is None:
            return None
        m = _ASIDE.search(self.masked, prev[0], prev[1])
        if not m:
            return None
        found = self._resolve(m.start("np"), m.end("np"), seg.open_at)
        return Attribution(found[0] or None, found[1], 0.7) if found else None

    def _same_paragraph(self, i: int, out: list[Attribution | None], previous: bool) -> Attribution | None:
        seg = self.segments[i]
        order = range(i - 1, -1, -1) if previous else range(i + 1, len(out))
        for j in order:
            other = self.segments[j]
            if other.paragraph != seg.paragraph:
                break
            if out[j] and out[j].speaker:
                return Attribution(out[j].speaker, out[j].role, 0.8)
        return None

    def _exchange(self, i: int, out: list[Attribution | None]) -> Attribution | None:
        """ ""Did you know?" Roe asked. / "No," Fahy replied. / "And why did you do it?"": in a question-and-answer
        exchange a bare quote paragraph takes the turn of the one who spoke two turns before."""
        seg = self.segments[i]
        index = self.body.index(seg.paragraph) if seg.paragraph in self.body else -1
        if i < 2 or index < 2 or self.masked[seg.paragraph.start:seg.paragraph.end].strip(" X.,?!\r\n"):
            return None  # only a paragraph that is nothing but the quote
        turns = [(self.segments[j], out[j]) for j in (i - 2, i - 1)]
        if [t[0].paragraph for t in turns] != self.body[index - 2:index] or not all(a and a.speaker for _, a in turns):
            return None
        (first, asked), (second, answered) = turns
        questions = [self.text[t.start:t.end].rstrip().endswith("?") for t in (first, second, seg)]
        if asked.speaker == answered.speaker or questions[1] == questions[2] or not (questions[0] or questions[1]):
            return None  # no turn-taking: the same voice, or two answers in a row
        return Attribution(asked.speaker, asked.role, 0.6)

    def _continued(self, i: int, out: list[Attribution | None]) -> Attribution | None:
        """A paragraph that opens with a quote carries on the previous paragraph's speaker."""
        seg = self.segments[i]
        if self.text[seg.paragraph.start:seg.open_at].strip():
            return None
        index = self.body.index(seg.paragraph) if seg.paragraph in self.body else -1
        if index <= 0:
            return None
        prev = self.body[index - 1]
        for j in range(i - 1, -1, -1):
            if self.segments[j].paragraph == prev and out[j] and out[j].speaker:
                return Attribution(out[j].speaker, out[j].role, 0.9 if not self.segments[j].closed else 0.75)
        if self.text[prev.start:prev.end].rstrip().endswith(":"):
            last = [s for s in self.sentences if prev.start <= s[0] < prev.end]
            if last:
                cues = list(_CUE.finditer(self.masked, last[-1][0], last[-1][1]))
                verbs = [c for c in cues if c.group("verb")]
                if verbs:
                    found = self._subject_of(last[-1][0], verbs[-1].start(), verbs[-1].group("verb"), seg.open_at)
                    if found:
                        return Attribution(found[0] or None, found[1], 0.8)
                doc = _DOC_WORD.search(self.masked, last[-1][0], last[-1][1])
                issuer = next((x for x in self.mentions if doc and last[-1][0] <= x.start < doc.start() and x.kind != "pronoun"
                               and not x.possessive and not self.masked[last[-1][0]:x.start].strip(" \"\u201c\u201d")), None)
                if issuer:  # "The family of Ann Roe released a statement through their lawyer:"
                    return Attribution(issuer.speaker, self._role(issuer.party), 0.8)
        return None

    def _introduced(self, i: int) -> Attribution | None:
        """A quote-only paragraph after a quote-less one that ends on a person: "Ann Roe was a victim. She recalls it." """
        seg = self.segments[i]
        if self.text[seg.paragraph.start:seg.open_at].strip() or seg.paragraph not in self.body:
            return None
        index = self.body.index(seg.paragraph)
        if index <= 0 or any(s.paragraph == self.body[index - 1] for s in self.segments):
            return None
        prev = self.body[index - 1]
        last = [s for s in self.sentences if prev.start <= s[0] < prev.end]
        if not last:
            return None
        subject = next((m for m in self.mentions if last[-1][0] <= m.start < last[-1][1]), None)
        if subject is None or subject.possessive or subject.kind == "group" \
                or self.masked[last[-1][0]:subject.start].strip():
            return None  # only a sentence that opens with its person
        found = self._speaker_of(subject, seg.open_at)
        return Attribution(found[0] or None, found[1], 0.6) if found else None

    def _reopened(self, i: int, out: list[Attribution | None]) -> Attribution | None:
        """An unclosed quote whose next paragraph reopens it shares that paragraph's speaker."""
        seg = self.segments[i]
        if seg.closed or i + 1 >= len(out) or not out[i + 1] or not out[i + 1].speaker:
            return None
        nxt = self.segments[i + 1]
        if self.text[nxt.paragraph.start:nxt.open_at].strip() or nxt.paragraph == seg.paragraph:
            return None
        return Attribution(out[i + 1].speaker, out[i + 1].role, 0.75)

    def _fallback(self, seg: Segment) -> Attribution | None:
        """No attribution in sight: the person the sentence opens with ("Feld countered that …", "According to
        court papers, Roe texted: "…""), flagged as unsure. Never a name further in: "A rep for the network said
        Roe "…"", "finding that Roe "…"" and "a letter from Roe's employer" are not Roe's words."""
        sent = next(((a, b) for a, b in self.sentences if a <= seg.open_at < b), None)
        if sent:
            first = [m for m in self.mentions if sent[0] <= m.start < sent[1] and m.kind != "pronoun"]
            if first and not first[0].possessive and _opens_with(self.masked[sent[0]:first[0].start]):
                return Attribution(first[0].speaker, self._role(first[0].party), 0.4)
        return None

    # --- resolution ------------------------------------------------------------------------
    def _resolve(self, start: int, end: int, anchor: int, allow_possessive: bool = False) -> tuple[str, str | None] | None:
        """The speaker named by the words masked[start:end]."""
        start = self._unmasked_from(start, end)
        org_voice = _ORG_SPOKES.fullmatch(self.masked, start, end)
        if org_voice:
            return org_voice.group("who"), None  # "a Justice Department spokesperson": the spokesperson, as written
        inside = [m for m in self.mentions if start <= m.start and m.end <= end]
        named = [m for m in inside if m.kind != "pronoun" and (allow_possessive or not m.possessive)]
        if named:
            return self._speaker_of(named[0], anchor)
        words = self.masked[start:end]
        owned = [m for m in inside if m.possessive and m.kind != "pronoun"]
        if owned:
            role = _POSSESSIVE_ROLE.match(self.masked, owned[0].end - 2)
            if role:
                return self._owned_role(owned[0], role)
        unnamed = self._unnamed(start, end)
        if unnamed:
            return unnamed
        bare = words.strip(" ,")
        if _AFFILIATION_NP.match(bare):
            return self._by_affiliation(start)
        branch = _BRANCH.match(bare)
        if branch:
            return branch.group("org"), None
        epithet = _EPITHET.match(bare)
        if epithet and (len(epithet.group("mods").split()) > 1 or "-" in epithet.group("mods")):
            return self._by_epithet(epithet.group("noun"), start)
        family = _FAMILY_NP.search(bare)
        if family:
            return self._family(family, start + words.find(bare) + family.start(), anchor)
        owned_body = _OWNED_BODY.match(words)
        if owned_body:
            return owned_body.group("np"), None
        institution = _INSTITUTION.match(words)
        if institution:
            return self._institution(institution.group("noun"), start)
        doc = _DOC_NP.search(words)
        if doc:
            return self._issuer(doc.group("noun"), start, anchor)
        role = _ROLE_NP.search(words)
        if role:
            found = self._by_role(role, start + role.start(), anchor)
            if found:
                return found
        # "a man who answered the door at her address": a possessive pronoun inside a phrase never speaks
        # (one right before the verb or noun of speech does: "his comments", "her words")
        pronouns = [m for m in inside if m.kind == "pronoun"
                    and (allow_possessive or not m.possessive or not self.masked[m.end:end].strip())]
        if pronouns:
            return self._speaker_of(pronouns[0], anchor)
        bare = words.strip(" ,")
        if bare.lower() == "it":
            found = self._document_issuer(start)
            spoke = None if found else self._organisation_that_spoke(start)
            return (spoke, None) if spoke else found
        lede = _INDEFINITE.match(bare)
        if lede and not lede.group("noun").startswith("spokes") and not re.search(r"[^s]s$", lede.group("noun")):
            return self._named_later(lede.group("noun"), end)
        if _SPOKES.match(bare):
            # "The charity Shelter First said …. "…," a spokesperson said": the organisation speaks
            orgs = [x for x in self.mentions if x.start < start and x.party and x.party.kind == "organization"
                    and x.start >= self._paragraph_start(start, back=1)]
            if orgs:
                return orgs[-1].speaker, None
            spoke = self._organisation_that_spoke(start)
            if spoke:
                return spoke, None
        if _BARE_GROUP.match(bare):
            words = bare.split()
            while len(words) > 1 and words[0].lower() in FUNCTION_WORDS:
                words.pop(0)  # "the police", "after prosecutors": the group without its article or conjunction
            return " ".join(words), None
        run = _CAP_RUN.search(words)
        if run and run.group().split()[-1] not in STOPWORDS | TITLE_WORDS and len(run.group()) > 1 \
                and run.group().split()[-1] not in MONTHS_AND_DAYS:
            return self._outlet(run.group(), start), None
        return None

    def _by_affiliation(self, start: int) -> tuple[str, str | None]:
        """ "the Democrat said": the latest person before it shown as a politician (a party tag, a political
        title, a party word in their sentence); failing that, the latest person named; never a party."""
        people = [m for m in self.mentions if m.kind == "person" and not m.possessive and m.end <= start]
        for m in reversed(people):
            sent = next(((a, b) for a, b in self.sentences if a <= m.start < b), (m.start, m.end))
            if (_PARTY_MARK.match(self.text, m.end) or _POLITICAL.search(" ".join(m.party.roles if m.party else []))
                    or _POLITICAL.search(self.text[max(sent[0], m.start - 30):m.start])
                    or any(w in AFFILIATIONS for w in re.findall(r"[A-Z]\w+", self.masked[sent[0]:sent[1]]))):
                return m.speaker, self._role(m.party)
        return (people[-1].speaker, self._role(people[-1].party)) if people else _UNNAMED

    def _by_epithet(self, noun: str, start: int) -> tuple[str, str | None]:
        """ "The 29-year-old actress said": the latest holder of that role, else the article's main person
        (the most often named, when named at least three times); unnamed otherwise."""
        holders = [m for m in self.mentions if m.kind == "person" and m.end <= start and m.party
                   and any(noun in r.lower().split() for r in m.party.roles)]
        if holders:
            return holders[-1].speaker, self._role(holders[-1].party)
        people = [p for p in self.parties if p.kind == "person"]
        main = max(people, key=lambda p: len(p.citations), default=None)
        if main is not None and len(main.citations) >= 3:
            return main.name, self._role(main)
        return _UNNAMED

    def _family(self, family: re.Match[str], at: int, anchor: int) -> tuple[str, str | None]:
        """ "his family" / "the victim's family" -> "Roe family": the owner's surname where the article says who
        the owner is, else the one family it names as a group; otherwise the family as written."""
        owner: tuple[str, str | None] | None = None
        if family.group("pronoun"):
            owner = self._pronoun(_Mention(at, at + len(family.group("pronoun")), family.group("pronoun"), "pronoun", True),
                                  anchor)
        elif family.group("role"):
            role = _ROLE_NP.match(f"the {family.group('role')}")
            owner = self._by_role(role, at, anchor) if role else None
        if owner and owner[0] and owner[0] in {p.name for p in self.parties if p.kind == "person"}:
            return f"{owner[0].split()[-1]} family", None
        named = {m.speaker for m in self.mentions if m.kind == "group" and m.speaker.endswith("family")}
        named |= {p.name for p in self.parties if p.kind == "group" and p.name.endswith("family")}
        if len(named) == 1:
            return named.pop(), None
        return re.sub(r"^[Tt]he\s+", "", family.group()), None

    def _institution(self, noun: str, start: int) -> tuple[str, str | None]:
        """ "the court" -> the judge the article names; "the union" -> the union it named earlier."""
        if noun == "court":
            judges = [p for p in self.parties if p.kind == "person"
                      and any(set(r.lower().split()) & _JUDGE_ROLES for r in p.roles)]
            if len(judges) == 1:
                return judges[0].name, self._role(judges[0])
            return "the court", None
        named = (rf"(?:[A-Z][\w&\u2019'-]*\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?)*{noun.title()}\b(?:\s+No\.\s*\d+)?"
                 rf"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w&-]*\s*)+)?")
        if noun == "union":  # unions are named by their local's number: "Ironworkers Local 7"
            named = rf"(?:(?:[A-Z][\w&\u2019'-]*\s+)+Local\s+\d+|{named})"
        runs = (re.sub(r"^(?:The|A|An)\s+", "", m.group().strip()) for m in re.finditer(named, self.masked[:start])
                if "XXX" not in m.group() and "\n" not in m.group().strip())
        earlier = [r for r in runs if len(r.split()) > 1 and r.split()[0] not in STOPWORDS]
        if earlier:
            return earlier[0], None
        # "Elm Chapel said in a statement …. "…," the church said": the organisation that spoke just before,
        # unless its name says it is another kind of body ("the Police Department" is no church)
        other_kinds = _PUBLIC_BODIES - {noun.title()} if noun not in _ANY_BODY else set()
        spoke = self._organisation_that_spoke(start)
        if spoke and spoke.split()[-1] not in other_kinds:
            return spoke, None
        described = list(re.finditer(rf"\b{noun}\s+of\s+[a-z]+(?:\s+[a-z]+)?(?=[\s,.;])", self.masked[:start]))
        if described:  # "The church's board of trustees said …. The board added:"
            return described[-1].group(), None
        return f"the {noun}", None

    def _organisation_that_spoke(self, start: int) -> str | None:
        """ "Derwen Care Group said …" / "Ashworth Beale, which …, said in a statement …" in this or the previous
        paragraph: the latest named body (a capitalised name that is no person's) that said something."""
        people = {w for p in self.parties if p.kind == "person" for w in (p.name, p.name.split()[-1], *p.aliases)}
        found = None
        for m in _ORG_SAID.finditer(self.masked, self._paragraph_start(start, back=1), start):
            name = re.sub(r"^(?:The|An?)\s+", "", m.group("org"))
            if name.split()[0] in STOPWORDS or name in people or name.split()[-1] in MONTHS_AND_DAYS \
                    or not any(c.islower() for c in name) and len(name) < 3:
                continue
            found = name
        return found

    def _paragraph_start(self, at: int, back: int = 0) -> int:
        """Where the body paragraph holding `at` (or the one `back` paragraphs before it) starts."""
        index = next((i for i, p in enumerate(self.body) if p.start <= at < p.end), 0)
        return self.body[max(0, index - back)].start

    def _unmasked_from(self, start: int, end: int) -> int:
        """Where the words before `end` begin: never inside a masked quote or across a line break."""
        for i in range(end - 1, start - 1, -1):
            if self.masked[i] != self.text[i] or self.text[i] in "\r\n":
                return i + 1
        return start

    def _owned_role(self, owner: _Mention, role: re.Match[str]) -> tuple[str, str | None]:
        """ "Liang's lawyer": the party the article gave that role, else the phrase itself."""
        noun = role.group("noun")
        wanted = _LAWYER if noun in _LAWYER else {noun}
        surname = owner.speaker.split()[-1].lower()
        for p in self.parties:
            for r in p.roles:
                words = r.lower().replace("\u2019", "'").split()
                if f"{surname}'s" in words and wanted & set(words):
                    return p.name, r
        return f"{owner.speaker.split()[-1]}\u2019s {noun}", None

    def _speaker_of(self, m: _Mention, anchor: int) -> tuple[str, str | None] | None:
        if m.kind != "pronoun":
            return m.speaker, self._role(m.party)
        return self._pronoun(m, anchor)

    def _pronoun(self, m: _Mention, anchor: int) -> tuple[str, str | None] | None:
        sent = next(((a, b) for a, b in self.sentences if a <= m.start < b), None)
        wanted = PRONOUN_GENDER.get(m.speaker.lower())
        if sent and not m.possessive and _UNNAMED_BEFORE.search(self.masked[sent[0]:anchor]) \
                and 0 < m.start - anchor < 120:
            return _UNNAMED  # the quote interrupts a clause about someone the article does not name
        if sent:
            # "Asked by the judge whether..., she answered": the agent of a passive is not "she"
            # ("Judge Roe's reading, he wrote, …": the owner of a possessive is not "he" either)
            earlier = [x for x in self.mentions if sent[0] <= x.start < m.start and x.kind == "person"
                       and self.genders.get(x.speaker, wanted) == wanted and not self._is_agent(sent[0], x)
                       and not (x.possessive and not m.possessive)]
            if earlier:
                return earlier[0].speaker, self._role(earlier[0].party)
        plural = m.speaker.lower() in ("they", "their")
        asker = self._asker(anchor)
        if asker is None and m.speaker in PRONOUN_GENDER:
            # "A: He looked at me and said": in an interview's answer, "he" is someone other than the one answering
            asker = (self._interviewee(m.start) or (None, None))[0]
        if asker and wanted:  # an answer: first whoever the article marks with this pronoun's gender
            for at, speaker, role in sorted(self.events, key=lambda e: e[0], reverse=True):
                if at < m.start and speaker != asker and self.genders.get(speaker) == wanted:
                    return speaker, role
        for at, speaker, role in sorted(self.events, key=lambda e: e[0], reverse=True):
            if at >= m.start or self.genders.get(speaker, wanted) != wanted or speaker == asker:
                continue
            is_group = speaker not in self.unnamed and not any(p.name == speaker and p.kind == "person" for p in self.parties)
            if plural == is_group:
                return speaker, role
        if wanted:  # no earlier subject fits: the nearest person the article marks with this gender
            for x in reversed(self.mentions):
                if x.start < m.start and x.kind == "person" and self.genders.get(x.speaker) == wanted \
                        and x.speaker != asker:
                    return x.speaker, self._role(x.party)
        if asker:  # the one who answers a question is the other person of the exchange
            for x in reversed(self.mentions):
                if x.start < m.start and x.kind == "person" and x.speaker != asker \
                        and self.genders.get(x.speaker, wanted) == wanted:
                    return x.speaker, self._role(x.party)
        return None

    def _asker(self, anchor: int) -> str | None:
        """ ""Did you see it?" Roe asked. / "Yes," she answered.": who put the question this quote answers."""
        index = next((i for i, s in enumerate(self.segments) if s.open_at == anchor), 0)
        if index == 0:
            return None
        question = self.segments[index - 1]
        if not self.text[question.start:question.end].rstrip().endswith("?"):
            return None
        between = self.masked[question.close_at + 1:anchor]
        if len(between) > 80 or re.search(r"[.!?]\s+[A-Z][a-z]+\s+[a-z]", between) \
                or not re.search(r"\b(?:asked|asks|questioned|pressed|demanded)\b", between):
            return None  # a rhetorical question, or more than its attribution stands before this quote
        return next((who for at, who, _ in self.events if at == question.start), None)

    def _guess_genders(self) -> dict[str, str]:
        """A person's gender where the article marks it (Mr./Ms., "his wife", "actress"); never guessed from names."""
        genders: dict[str, str] = {}
        for p in self.parties:
            if p.kind != "person":
                continue
            votes = {"m": 0, "f": 0}
            for r in p.roles:
                # "Her lawyer", "Cole's wife": a possessive names someone else, whose gender it is
                own = r.lower().split("\u2019s ")[-1].split("'s ")[-1]
                for w in re.findall(r"[a-z]+", own):
                    if w in ("his", "her", "hers", "their"):
                        continue
                    if w in _MALE:
                        votes["m"] += 1
                    elif w in _FEMALE:
                        votes["f"] += 1
            for c in p.citations:
                lead = self.text[max(0, c.start - 5):c.start]
                if re.search(r"\bMr\.?\s$", lead):
                    votes["m"] += 1
                elif re.search(r"\b(?:Mrs|Ms)\.?\s$|\bMiss\s$", lead):
                    votes["f"] += 1
            for x in self.mentions:  # "Ivo Petrak testified that he ran": the next pronoun of its sentence
                if x.party is not p or x.possessive:
                    continue
                sent_start, sent_end = next(((a, b) for a, b in self.sentences if a <= x.start < b), (x.start, x.end))
                if any(sent_start <= y.start < x.start and not y.possessive for y in self.mentions):
                    continue  # "she told Roe that she …": a name after the sentence's subject is its object
                nxt = next((y for y in self.mentions if x.end <= y.start < sent_end), None)
                if nxt is not None and nxt.kind == "pronoun" and nxt.speaker in PRONOUN_GENDER \
                        and re.match(r"\s+(?:[a-z\d]+\s+){1,3}$", self.masked[x.end:nxt.start]):
                    votes[PRONOUN_GENDER[nxt.speaker]] += 1
            if votes["m"] != votes["f"]:
                genders[p.name] = "m" if votes["m"] > votes["f"] else "f"
        return genders

    def _by_role(self, role: re.Match[str], at: int, anchor: int) -> tuple[str, str | None] | None:
        noun = role.group("noun")
        words = role.group()
        if noun in ("family", "families"):
            groups = [m for m in self.mentions if m.kind == "group" and "family" in m.speaker and m.start < at]
            return (groups[-1].speaker, None) if groups else None
        wanted = _LAWYER if noun in _LAWYER else {noun}
        candidates = [m for m in self.mentions if m.kind == "person" and m.start < max(at, anchor) and m.party
                      and any(w in r.lower().replace("\u2019", "'").split() for r in m.party.roles for w in wanted)]
        if noun.endswith("s") and words.split()[0].lower() in ("his", "her", "their"):
            owner = self._pronoun(_Mention(at, at + 3, words.split()[0], "pronoun", True), anchor)
            if owner and owner[0]:
                return f"{owner[0].split()[-1]}\u2019s {noun}", None
        # "An attorney representing a nurse said …. "…," the attorney said": the unnamed one just described,
        # not the client's lawyer named earlier
        described = [e for e in self.events if e[1] in self.unnamed and e[0] < max(at, anchor)
                     and set(e[1].lower().split()) & wanted and (not candidates or e[0] > candidates[-1].start)]
        if described:
            return max(described)[1], None
        if candidates:
            return candidates[-1].speaker, self._role(candidates[-1].party)
        if noun in _JUDGE_ROLES:
            # "Lord Braidwood deferred sentence. The judge told him": a judge known only by a judicial title
            titled = [p for p in self.parties if p.kind == "person" and any(r in _JUDICIAL_TITLES for r in p.roles)]
            if len(titled) == 1:
                return titled[0].name, self._role(titled[0])
        return None

    def _issuer(self, noun: str, start: int, anchor: int) -> tuple[str, str | None] | None:
        """Who issued "the statement": the subject of the latest earlier sentence naming one, else the last speaker."""
        # ("Roe posted a photo on Facebook. The caption read: "…"": whoever posted it)
        posted = "|posted|shared|tweeted" if noun in ("caption", "post", "tweet") else ""
        for m in reversed(list(re.finditer(rf"\b(?:{noun}{posted})\b", self.masked[:start]))):
            sent = next(((a, b) for a, b in self.sentences if a <= m.start() < b), None)
            if not sent:
                continue
            subjects = [x for x in self.mentions if sent[0] <= x.start < m.start() and not x.possessive
                        and x.kind != "pronoun"]
            if subjects:
                return subjects[-1].speaker, self._role(subjects[-1].party)
        quotes = [e for e in self.events if e[0] < start]
        quotes.sort(key=lambda e: e[0])
        return (quotes[-1][1], quotes[-1][2]) if quotes else None

    def _named_later(self, noun: str, at: int) -> tuple[str, str | None]:
        """The name a delayed lede gives its "former nurse" later: "The nurse, Ann Roe, 41, …", the one person
        the article gives that role ("a judge" in a story with one judge), or the person who opens the next
        paragraph; unnamed otherwise (a description is no speaker's name)."""
        index = next((i for i, p in enumerate(self.body) if p.start <= at < p.end), len(self.body))
        following = self.body[index + 1:index + 3]
        window_end = following[-1].end if following else at
        for m in re.finditer(rf"\b[Tt]he\s+(?:[a-z-]+\s+)?{re.escape(noun)},\s+", self.masked[:window_end]):
            if m.start() < at:
                continue
            named = next((x for x in self.mentions if x.start == m.end() and x.kind == "person"), None)
            if named:
                return named.speaker, self._role(named.party)
        wanted = _JUDGE_ROLES if noun in _JUDGE_ROLES else {noun}
        holders = [p for p in self.parties if p.kind == "person"
                   and any(set(r.lower().split()) & wanted for r in p.roles)]
        # "An attorney representing a witness said" after Roe's lawyer was named: "an" brings in someone new
        if len(holders) == 1 and not any(m.party is holders[0] and m.start < at - len(noun) - 3 for m in self.mentions):
            return holders[0].name, self._role(holders[0])
        opener = next((x for x in self.mentions if following and x.start == following[0].start), None)
        if index <= 1 and opener and opener.kind == "person" and not opener.possessive and " " in self.text[opener.start:opener.end]:
            return opener.speaker, self._role(opener.party)
        return _UNNAMED

    def _unnamed(self, start: int, end: int) -> tuple[str, str | None] | None:
        """ "A man who answered the door", "one juror": a person described, not named. A lone "a judge" may be
        named later (see _named_later); anyone else keeps the article's description as their name."""
        words = self.masked[start:end]
        m = _UNNAMED_NP.match(words, len(words) - len(words.lstrip(" ,\u2014\u2013-")))
        if not m:
            return None
        if (m.group("det") or "").lower() in ("a", "an") and m.group("noun") in ROLE_NOUNS:
            later = self._named_later(m.group("noun"), end)
            if later[0]:
                return later
        return m.group()[0].lower() + m.group()[1:], None

    def _unnamed_subjects(self) -> list[tuple[int, str, str | None]]:
        """People the article describes but never names, as subjects a later "he"/"she" may mean, so their words
        never go to a person named before: a sentence opened by "One juror, a retired teacher," or "A man who
        answered the door"; anyone "who asked not to be named"; an unnamed relative opening a sentence
        ("Voss's father attended the hearing")."""
        out = []
        for a, b in self.sentences:
            m = _UNNAMED_NP.match(self.masked, a, b)
            if not m or any(x.kind != "pronoun" and m.end() <= x.start < b and _DESCRIBES.fullmatch(self.masked, m.end(), x.start)
                            for x in self.mentions):
                continue  # "One victim, Ann Roe, …" / "A lawyer for Roe said": the sentence names who it is
            found = self._unnamed(a, m.end())
            if found and found[0]:
                named = any(p.name == found[0] for p in self.parties)
                out.append((a, found[0] if named else self._describe(found[0], m.end(), b), found[1]))
        for a, b in self.sentences:
            marker = _ANONYMOUS.search(self.masked, a, b)
            described = list(_ANONYMOUS_NP.finditer(self.masked, a, marker.start())) if marker else []
            if described and not any(e[0] == a for e in out):
                np = described[-1]
                out.append((np.start(), self._describe(np.group(), np.end(), b), None))
        for a, b in self.sentences:
            owner = next((x for x in self.mentions if x.start == a and x.possessive and x.kind == "person"), None)
            role = _OWNED_KIN.match(self.masked, owner.end - 2) if owner else None
            if not role or any(
                    x.start >= role.end() and x.kind == "person" and not x.possessive
                    and not self.masked[role.end():x.start].strip(" ,") for x in self.mentions):
                continue  # not a relative, or "Roe's father, Tom Roe," names him
            who = self._owned_role(owner, role)[0]
            out.append((a, who if who in {p.name for p in self.parties} else self._describe(who, role.end(), b), None))
        return out

    def _describe(self, description: str, after: int, end: int) -> str:
        """Records a described, unnamed person, with the gender its words (or the sentence's next "he"/"she") give."""
        if description.split()[0] in ("The", "A", "An", "One", "Another", "Her", "His", "Their"):
            description = description[0].lower() + description[1:]
        words = set(re.findall(r"[a-z]+", description.lower()))
        gender = "m" if words & _UNNAMED_MALE else "f" if words & _UNNAMED_FEMALE else None
        if gender is None:  # "A former officer, who asked not to be named because she …"
            pronoun = next((x for x in self.mentions if after <= x.start < end and x.kind == "pronoun"
                            and x.speaker in ("he", "she")), None)
            gender = PRONOUN_GENDER.get(pronoun.speaker) if pronoun else None
        self.unnamed[description] = gender
        if gender:
            self.genders[description] = gender
        return description

    def _document_issuer(self, start: int) -> tuple[str, str | None] | None:
        """ "Roe issued a statement. "…," it read": "it" is the document its paragraph just named, spoken by
        the subject of that sentence (not "Price" in "Roe, reached through Price, issued a statement")."""
        para_start = self._paragraph_start(start)
        docs = list(_DOC_WORD.finditer(self.masked, para_start, start))
        if not docs:
            return None
        at = docs[-1].start()
        sent = next(((a, b) for a, b in self.sentences if a <= at < b), (para_start, at))
        subjects = [x for x in self.mentions if sent[0] <= x.start < at and not x.possessive and x.kind != "pronoun"
                    and not re.search(r"\b(?:through|by|for|from|to|with)\s+(?:(?:the|a|an|his|her|its|their)\s+)?"
                                      r"(?:[a-z-]+\s+){0,2}(?:[A-Z][\w.]*\s+)*$",
                                      self.masked[sent[0]:x.start])]
        if subjects:
            return subjects[0].speaker, self._role(subjects[0].party)
        return self._issuer(docs[-1].group("noun"), start, start)

    def _outlet(self, words: str, start: int) -> str:
        """A publication or organisation named as the source: "the Times" -> "The New York Times" named earlier."""
        bare = re.sub(r"^[Tt]he\s+", "", words).strip()
        if len(bare.split()) == 1:
            longer = [m.group() for m in re.finditer(rf"\b(?:The )?(?:[A-Z][\w.-]* )+{re.escape(bare)}\b", self.masked[:start])
                      if self.masked[m.start():m.end()] == self.text[m.start():m.end()]]  # never quoted words
            if longer:
                return max(longer, key=len)
        if bare.split()[-1] in ORG_WORDS:
            return bare  # "The Spokane Teachers Guild said": the organisation, without the article
        return words if not words.startswith("the ") else bare

    def _role(self, party: Party | None) -> str | None:
        return party.roles[0] if party and party.roles else None

    # --- mentions --------------------------------------------------------------------------
    def _find_mentions(self) -> list[_Mention]:
        forms: dict[str, Party] = {}
        for p in self.parties:
            if p.kind == "person":
                words = p.name.split()
                core = [w for w in words if not re.fullmatch(r"[A-Z]\.|Jr\.?|Sr\.?|II|III", w)]
                for form in [p.name, " ".join(core), core[-1] if core else p.name, *p.aliases]:
                    forms.setdefault(form, p)
            else:
                forms.setdefault(p.name, p)
        found: list[_Mention] = []
        taken: list[tuple[int, int]] = []

        def add(m: _Mention) -> None:
            if not any(a < m.end and m.start < b for a, b in taken):
                found.append(m)
                taken.append((m.start, m.end))

        if forms:
            names = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
            group_re = re.compile(rf"\b({names})[\u2019']s\s+(?:{_GROUP_NOUNS})\b")
            for para in self.body:
                for m in group_re.finditer(self.masked, para.start, para.end):
                    party = forms[m.group(1)]
                    label = m.group()  # as written: "Huffman's lawyers", "Ruth Albrecht's office"
                    if m.group().endswith(("spokesman", "spokeswoman")):
                        continue
                    if m.group().endswith("family"):  # "Oduya's family" speaks as the Oduya family, like "his family"
                        owner = party.name if party.kind == "person" else m.group(1)
                        label = _POSSESSIVE_END.sub("", owner.split()[-1]) + " family"
                    add(_Mention(m.start(), m.end(), label, "group", False))
            # "the family of Kyle Dent" speaks as the Dent family; "lawyers for Ann Roe" as Roe's lawyers
            of_re = re.compile(rf"\b(?:[Tt]he\s+)?(?P<noun>[Ff]amily|[Rr]elatives|[Ll]awyers|[Aa]ttorneys)\s+(?:of|for)\s+(?P<name>{names})\b")
            for para in self.body:
                for m in of_re.finditer(self.masked, para.start, para.end):
                    surname = forms[m.group("name")].name.split()[-1]
                    noun = m.group("noun").lower()
                    label = f"{surname} family" if noun == "family" else f"{surname}\u2019s {noun}"
                    add(_Mention(m.start(), m.end(), label, "group", False))
            # "Orr's" and, for a name ending in s, "Miles'" are possessives
            name_re = re.compile(rf"(?<![\w\u2019'-])(?:the\s+)?({names})(?![\w-])([\u2019']s\b|(?<=s)[\u2019'](?!\w))?")
            for para in self.body:
                for m in name_re.finditer(self.masked, para.start, para.end):
                    party = self._latest_holder(m.group(1), m.start(), forms[m.group(1)])
                    kind = "person" if party.kind == "person" else "group"
                    add(_Mention(m.start(), m.end(), party.name, kind, bool(m.group(2)), party))
        for para in self.body:
            for m in _PRONOUN.finditer(self.masked, para.start, para.end):
                possessive = m.group().lower() in ("his", "her", "their")
                add(_Mention(m.start(), m.end(), m.group().lower(), "pronoun", possessive))
        found.sort(key=lambda m: m.start)
        return found

    def _latest_holder(self, form: str, at: int, default: Party) -> Party:
        """ "Quist's father, Martin Quist, spoke. "…," Quist said": a surname shared in a family means the
        relative named in full earlier in the same paragraph; elsewhere it means the article's main holder."""
        if " " in form or default.kind != "person":
            return default
        holders = [p for p in self.parties if p.kind == "person" and p.name.split()[-1:] == [form]]
        if len(holders) < 2:
            return default
        para_start = next((p.start for p in self.body if p.start <= at < p.end), at)
        last = {p.name: max((c.start for c in p.citations if " " in self.text[c.start:c.end]
                             and para_start <= c.start < at), default=-1) for p in holders}
        best = max(holders, key=lambda p: last[p.name])
        return best if last[best.name] >= 0 else default

    def _is_agent(self, sent_start: int, m: _Mention) -> bool:
        """ "Asked by Judge Ekberg whether ...": the agent of a passive, never the sentence's subject."""
        return bool(re.search(r"\bby\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[a-z-]+\s+){0,2}(?:[A-Z][\w.]*\s+)*$",
                              self.masked[sent_start:m.start]))

    def _role_subjects(self) -> list[tuple[int, str, str | None]]:
        """ "The judge was unmoved.": a sentence opened by a role noun makes its holder a later "she";
        "Prosecutors sought nine years.": a plural group opening a sentence is a later "they"."""
        out = []
        for a, b in self.sentences:
            group = _GROUP_SUBJECT.match(self.masked, a)
            if group:
                out.append((a, group.group("group").lower(), None))
                continue
            named_group = _NAMED_GROUP_SUBJECT.match(self.masked, a, b)
            if named_group:  # "Senate leaders from both parties weighed in. "…," they wrote."
                out.append((a, named_group.group("group"), None))
                continue
            role = _ROLE_NP.match(self.masked, a)
            if role and role.group().split()[0].lower() == "the":
                found = self._by_role(role, a, a)
                if found and not found[0].endswith(role.group("noun")):
                    out.append((a, found[0], found[1]))
        return out

    def _is_subject(self, m: _Mention) -> bool:
        """A mention that starts its sentence or governs a verb of speech: a likely later 'he'/'she'."""
        if m.kind == "pronoun" or m.possessive:
            return False
        sent = next(((a, b) for a, b in self.sentences if a <= m.start < b), None)
        if sent is None:
            return False
        first = next((x for x in self.mentions if sent[0] <= x.start < sent[1]
                      and not (x.kind == "pronoun" and x.possessive) and not self._is_agent(sent[0], x)), None)
        if first is m:
            return True
        if first is not None and first.kind == "pronoun":
            if re.search(r"^[A-Z][^,;]*,\s*$", self.masked[sent[0]:m.start]) and re.match(r"\s+[a-z]", self.masked[m.end:]):
                return True  # "Asked how she felt, Sandhu smiled": the pronoun stands in the opening clause
            # "She told Orr she forgave him": the pronoun is the subject, the name only its object
            return bool(re.match(rf"\s+(?:{_ADVERB}\s+)?(?:{_VERBS})\b", self.masked[m.end:m.end + 40]))
        first = next((x for x in self.mentions if sent[0] <= x.start < sent[1] and x.kind != "pronoun"
                      and not self._is_agent(sent[0], x)), None)
        if first is m:
            return True
        if first is not None and first.possessive and first.end <= m.start \
                and re.fullmatch(r"\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s*", self.masked[first.end:m.start]):
            return True  # "Cole's mother, Ann Cole, spoke first": the possessive only describes the subject
        return bool(re.match(rf"\s+(?:{_ADVERB}\s+)?(?:{_VERBS})\b", self.masked[m.end:m.end + 40]))


def _opens_with(prefix: str) -> bool:
    """Whether the words before a name leave it the sentence's subject: nothing but quoted words, a title, one
    introductory phrase ("According to court papers,") or a dateline ("WASHINGTON (AP) —")."""
    rest = re.sub(r"X{3,}", " ", prefix)
    words = rest.split(" ")
    while len(words) > 1 and words[-1] == "" and (words[-2][:1].isupper() or words[-2].lower() in _NP_OK - FUNCTION_WORDS):
        words = words[:-2] + [""]  # a title before the name: "Sen. ", "U.S. District Judge ", "defence barrister "
    rest = " ".join(words)
    rest = rest.strip(" \t,\"\u201c\u201d\u2018\u2019'\u2014\u2013-")
    if not rest:
        return True
    if re.fullmatch(r"[A-Z][A-Z .,'-]*(?:\([^)]*\))?", rest):
        return True  # a dateline
    return bool(re.fullmatch(r"[A-Z][^,]{0,80},", rest + ",") and not re.search(r"\b(?:that|who|which)\b", rest)
                and prefix.rstrip().endswith(","))


def _shares_subject(head: str) -> bool:
    """ "... and told", "... and in 2019 told": a coordinated verb with no subject of its own."""
    m = re.search(r"\b(?:and|but|then)((?:\s+[\w-]+){0,3})\s*$", head)
    if not m:
        return False
    between = m.group(1).split()
    return all(w.lower() not in _OWN_SUBJECT and (w[0].islower() or w[0].isdigit() or w in MONTHS_AND_DAYS)
               for w in between)


def _plausible_np(np: str) -> bool:
    """Words that could name a speaker, not a clause ("if Liang gets the sentence")."""
    words = re.findall(r"[\w\u2019'.-]+", np)
    if not words or len(words) > 12:
        return False
    if words[0].lower() in ("if", "when", "because", "that", "which", "while", "and", "but", "for", "as", "so",
                            "unless", "until", "once", "although", "though", "whether", "since", "where", "why", "how"):
        return False
    odd = [w for w in words if w[0].islower() and w.lower() not in _NP_OK and not w.endswith("ly")]
    return len(odd) <= 2
