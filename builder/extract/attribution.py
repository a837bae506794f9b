"""Who said each quote: speaker attribution and resolution to a full name.

The conventions of news writing, in order of reliability:
1. an attribution right after the closing mark: `"…," X said` / `"…," said X, ROLE`;
2. a verb of speech (or "his comments", "according to X") before the opening mark in the same
   sentence: `X said: "…"`, `X told protesters that "…"`;
3. another quote of the same paragraph (a second quote after `X said.`);
4. a quote-only paragraph continues the speaker of the previous paragraph's quote, or, when that
   paragraph has no quote, the person it is about ("X was one of the victims. He remembers it.").
The words found are resolved to a speaker by _speakers.py (full names, surnames, groups, roles,
documents, pronouns, people described but never named); the words and patterns of attribution
themselves live in _cues.py. Every quote gets one Attribution; a quote whose speaker the article
never gives keeps none rather than borrowing a name from elsewhere, least of all the defendant's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from builder.extract._cues import (
    ACCORDING, ADVERB, ASIDE, BODY_SUBJECT, COURT_HELD, CUE, DOC_BEFORE, DOC_WORD, FINDER_NP, FINDING, GROUP_BEFORE_VERB, GROUP_SUBJECT,
    HIGH_COURT, JUDGE_ROLES, LAWYER, NAMED_COURT, NEXT_ATTRIBUTION, NP_OK, OBJECT_RELATIVE, OWNED_DOC_RELATIVE, OWNED_GROUP, OWN_SUBJECT,
    COLON_OWNER, FRONTED_PHRASE, HEARD_SAYING, ROLE_NP, MESSAGE_READING, MESSAGE_SENDER, READ_ON_BEHALF_OF, READ_OWNED_PAPER, READ_PAPER_FROM, PARTICIPLE_AFTER, QA_ANSWER, SENDER, SENT_MESSAGE, QA_QUESTION, SENT_BY, SPOKES_FOR, SUBJ_VERB, ABBREVIATED_IN_NAMES, TITLED_OFFICE, UNNAMED_NP,
    VERB_SUBJ, VERBS,
)
from builder.extract._lexicon import (
    DOCUMENT_NOUNS, FUNCTION_WORDS, KIN_NOUNS, ORG_WORDS, MONTHS_AND_DAYS, PEOPLE_NOUNS, PRONOUN_GENDER, ROLE_NOUNS, SPEECH_NOUNS,
    OUTLET_WORDS, STOPWORDS, TITLE_WORDS, UNNAMED_PERSON_NOUNS,
)
from builder.extract._marks import Segment
from builder.extract._regex import lazy_compile
from builder.extract._speakers import _UNNAMED_KIN_SUBJECT, DEFINITE_PERSON, UNNAMED, Reference, Speakers
from builder.extract.text import split_sentences
from builder.model import Party, Source


# A time clause with a subject of its own inside a sentence: "Roe stood as Judge Lee read …", "while the judge spoke"
_TIME_CLAUSE = lazy_compile(r"(?<=\s)(?:as|while|when|after|before|until)\s+(?:the\s+)?")


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    role: str | None
    confidence: float
    # words another person reports this speaker said ("Lee told jurors that Roe … and said, "…""): the reporter stays
    # the subject a later "she" means, so the speaker is not recorded as the one speaking now
    reported: bool = False


# A relative of someone described by a common noun only: "the victim's widow", "girl's father", "dead man's mother"
_DESCRIBED_KIN = lazy_compile(r"(?:the\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+'s\s+(?P<kin>mother|father|widow|widower|wife|husband|"
                              r"son|daughter|sister|brother|grandmother|grandfather|aunt|uncle|fiancee|fiance|partner)")
# The role the article gives a named relative: "Roe's mother", "Ann Roe's widow"
_NAMED_KIN_ROLE = lazy_compile(r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*'s\s+(?P<kin>[A-Za-z]+)")
# Words for one relation: a widow is the dead man's wife
_KIN_SAME = {"widow": "wife", "widower": "husband", "fiancee": "fiance"}


def attribute(source: Source, segments: list[Segment], parties: list[Party]) -> list[Attribution]:
    """One Attribution per segment (same order); speaker None when the article doesn't say."""
    return _Attributor(source, segments, parties).run()


class _Attributor:
    """Finds the attribution words for each quote, in the order of the conventions above; _speakers.Speakers
    says who those words mean."""

    def __init__(self, source: Source, segments: list[Segment], parties: list[Party]) -> None:
        self.speakers = Speakers(source, segments, parties)
        # read-only views of the article the cue finders below walk
        self.text = self.speakers.text
        self.masked = self.speakers.masked
        self.segments = segments
        self.parties = parties
        self.body = self.speakers.body
        self.sentences = self.speakers.sentences
        self.mentions = self.speakers.mentions

    # --- the main loop ---------------------------------------------------------------------
    def run(self) -> list[Attribution]:
        out: list[Attribution | None] = []
        for i, seg in enumerate(self.segments):
            found = (self._retold(seg) or self._after(seg) or self._sentence_closing_said(seg) or self._colon_owner(seg) or self._transcript_label(seg)
                     or self._message_reading(seg)
                     or self._read_on_behalf(seg) or self._heard_saying(seg) or self._admitted_in_paper(seg)
                     or self._before(seg) or self._next_sentence(seg))
            if (found is None or found.speaker and DEFINITE_PERSON.fullmatch(found.speaker)) and self._described_unresolved(seg):
                # ("One letter, from a retired nurse, ..." then '"…," the woman wrote': the one just described, if any)
                found = self._described_again(i, out) or found
            if found is None and self._described_unresolved(seg):
                # '"…," the woman said' where no one named is "the woman": the paragraph says who spoke and we
                # cannot tell who that is, so no carry-over from an earlier paragraph's subject or speaker may guess
                found = Attribution(None, None, 0.0)
            if found is None:
                found = (self._paraphrased(seg) or self._same_paragraph(i, out, previous=True) or self._prior_sentence(seg) or self._reported(seg)
                         or self._exchange(i, out) or self._continued(i, out) or self._answered(i, out) or self._beat(seg)
                         or self._interview(i, out) or self._qa_answer(i, out) or self._qa_question(seg) or self._first_answer(i, out))
            out.append(found)
            if found and found.speaker and not found.reported:
                self.speakers.said(seg.start, found.speaker, found.role)
                self._learn_tagged_gender(seg, found.speaker)
        for i in range(len(out) - 1, -1, -1):
            if out[i] is None:
                out[i] = (self._same_paragraph(i, out, previous=False) or self._reopened(i, out)
                          or self._fallback(self.segments[i]))
        for i in range(len(out)):  # what earlier quotes now know carries forward
            if out[i] is None:
                out[i] = self._same_paragraph(i, out, previous=True) or self._continued(i, out) or self._introduced(i)
            if out[i] and out[i].speaker and self._gender_clash(self.segments[i], out[i].speaker):
                out[i] = None  # '"…," she said' given to a man the article marks as one: no speaker beats a wrong one
        for i, found in enumerate(out):
            speaker = found.speaker if found else None
            owned = _OWNED_BODY_SPEAKER.search(speaker) if speaker and ("\u2019s " in speaker or "'s " in speaker) else None
            named = self._body_named_next(i, owned.group("noun")) if owned else None
            if named:
                out[i] = Attribution(named, None, found.confidence)
        for i, found in enumerate(out):
            holder = self._role_holder(found.speaker) if found and found.speaker else None
            if holder:
                out[i] = Attribution(holder, found.role, found.confidence)
        self._headline_repeats(out)
        full_names: dict[str, str | None] = {}
        out = [Attribution(self._with_article(self._body_in_full(self._in_full(a.speaker, full_names), full_names)), a.role,
                           a.confidence) if a
               else Attribution(None, None, 0.0) for a in out]
        return [a if not a.speaker or not self._not_a_speaker(a.speaker) else self._title_alone(a) for a in out]

    def _title_alone(self, found: Attribution) -> Attribution:
        """A speaker that is a judge's title alone ("Judge: fire was "…"" in a headline) is the one judge the story
        names, else the role as English writes it; any other word the guard rejects leaves the quote unattributed."""
        if found.speaker.lower() != "judge":
            return Attribution(None, None, 0.0)
        judges = self.speakers.judges()
        if len(judges) == 1:
            return Attribution(judges[0].name, self.speakers.role_of(judges[0]), found.confidence)
        return Attribution("the judge", None, found.confidence)

    def _not_a_speaker(self, speaker: str) -> bool:
        """A last guard on one capitalised word given as the speaker: one that is no person's name in the story, no
        party's, and no group's, but a dateline ("HAMILTON - …"), a possessive ("Kaylee's"), a word of the lexicon
        that never names anyone ("Judge", "Monday") or a common word the story also writes in lower case
        ("Marketing", "Text") is a word of a phrase read wrong, and no speaker beats a wrong one."""
        if " " in speaker or not speaker[:1].isupper():
            return False
        if any(speaker in p.name.split() or speaker == p.name for p in self.parties) \
                or speaker.lower() in PEOPLE_NOUNS | _GROUP_WORDS:
            return False
        if re.search(r"[\u2019']s$", speaker) or speaker in STOPWORDS | MONTHS_AND_DAYS or speaker.rstrip(".") in _TITLE_ONLY_WORDS:
            return True
        if speaker.isupper() and len(speaker) > 1:
            # (a dateline: the word opening a paragraph before a dash or a bracketed wire name)
            return re.search(rf"(?m)^[ \t]*{re.escape(speaker)}\b[^\n]{{0,40}}?(?:[\u2014\u2013(]|\s-\s|--)", self.text) is not None
        if re.search(rf"(?<![\w\u2019'-]){re.escape(speaker.lower())}(?![\w\u2019'-])", self.text) is None:
            return False
        # (a surname that is also a word, "said Young, who runs a young offenders charity", is written in capitals
        # where no sentence opens: only a word the story capitalises nowhere but at a sentence's start is common)
        return all(re.fullmatch(r"|.*(?:[.!?:\u2014\u2013]|\s-)[\u201d\"'\u2019]?\s*", self.text[max(0, m.start() - 80):m.start()],
                                flags=re.S) or self.text[max(0, m.start() - 1):m.start()] in ("\n", "")
                   for m in re.finditer(rf"(?<![\w\u2019'-]){re.escape(speaker)}(?![\w\u2019'-])", self.text))

    def _headline_repeats(self, out: list[Attribution | None]) -> None:
        """ "Judge says driver 'gambled with 23 children'" above "Judge Ann Roe told her she "gambled with 23
        children"": a headline repeats the body's words with a bare title, so it takes the body quote's speaker."""
        # (a headline is a heading, or a line with no final stop read as the first paragraph)
        headlines = {seg.paragraph for seg in self.segments if seg.paragraph.kind == "heading"
                     or self.text[seg.paragraph.start:seg.paragraph.end].rstrip("\u2019\u201d\"' ")[-1:] not in ".!?:,;"}
        for i, seg in enumerate(self.segments):
            if seg.paragraph not in headlines:
                continue
            words = _quoted_words(self.text[seg.start:seg.end])
            same = next((out[j] for j, other in enumerate(self.segments) if other.paragraph not in headlines
                         and out[j] and out[j].speaker and _quoted_words(self.text[other.start:other.end]) == words), None)
            if same is not None:
                out[i] = same

    def _role_holder(self, speaker: str) -> str | None:
        """ "Roe's lawyer argued that he has "suffered enough" … His lawyer, Ann Lee, asked …": a speaker the quote
        gives only as someone's role ("Roe's lawyer") is the one person the article names in that very role, where
        exactly one person holds it (two lawyers of Roe's leave the role as written)."""
        if re.match(r"(?:a|an)\s+\S+\s+\S+\s+\S+", speaker):
            # ("Among them was Ann Roe, 71, a retired nurse from Kendall who said …" then her words: the one person the
            # article describes in those very words, never a common noun as short as "a juror")
            holders = [p for p in self.parties if p.kind == "person" and any(r.lower() == speaker.lower() for r in p.roles)]
            return holders[0].name if len(holders) == 1 else None
        if "\u2019s " not in speaker and "'s " not in speaker or speaker.endswith("s") and not speaker.endswith("ss"):
            return None  # ("Roe's attorneys": a group, never the first of the two it names)
        wanted = speaker.replace("\u2019", "'").lower()
        holders = [p for p in self.parties if p.kind == "person"
                   and any(r.replace("\u2019", "'").lower() == wanted for r in p.roles)]
        counsel = _OWNED_COUNSEL.fullmatch(wanted) if not holders else None
        if counsel:
            # "Roe's public defender argued …" then "His attorney, Ann Lee": a defence lawyer goes by any of the
            # words for one, so the one person the article gives as that owner's lawyer under another word
            holders = [p for p in self.parties if p.kind == "person" and any(
                (other := _OWNED_COUNSEL.fullmatch(r.replace("\u2019", "'").lower())) and other.group("owner") == counsel.group("owner")
                for r in p.roles)]
        described = _DESCRIBED_KIN.fullmatch(wanted) if not holders else None
        if described:
            # "the victim's widow told the court …" then "His wife, Ann Roe, wept": a relative of someone the quote
            # describes only by a common noun is the one person the article names as anyone's relative of that kind
            kin = _KIN_SAME.get(described.group("kin"), described.group("kin"))
            holders = [p for p in self.parties if p.kind == "person" and any(
                (other := _NAMED_KIN_ROLE.fullmatch(r.replace("\u2019", "'"))) and _KIN_SAME.get(other.group("kin").lower(),
                                                                                       other.group("kin").lower()) == kin
                for r in p.roles)]
            return holders[0].name if len(holders) == 1 else None
        if len(holders) != 1:
            return None
        owner_surname = re.split(r"[\u2019']s ", speaker)[0].split()[-1]
        owner = next((p.name for p in self.parties if p.kind == "person" and p.name.split()[-1] == owner_surname), None)
        for c in holders[0].citations:
            # ("Her attorney, Ann Lee" read as Roe's where the article never marks Roe as a woman: the pronoun may
            # mean another, so only an owner the article marks with that pronoun's gender is sure)
            pronoun = _OWNING_PRONOUN_BEFORE.search(self.text, max(0, c.start - 40), c.start)
            marked = (self.speakers.genders.get(owner) or self.speakers.given_genders.get(owner)) if owner else None
            if pronoun and marked != PRONOUN_GENDER[pronoun.group("p").lower()]:
                return None
        return holders[0].name

    def _body_named_next(self, i: int, noun: str) -> str | None:
        """ "Roe's record label says it will "…" ¶ In a statement, Quillmark Records said the label …": a lede
        that gives a body only by whose it is names it in the next paragraph: the one body named there, where a body's
        noun comes back ("the label")."""
        seg = self.segments[i]
        index = next((k for k, para in enumerate(self.body) if para.start <= seg.start < para.end), None)
        if index is None or index + 1 >= len(self.body):
            return None
        following = self.body[index + 1]
        # (the body's own noun, or another for the same body: "Roe's former employer … the company")
        if not re.search(rf"\b[Tt]he\s+(?:{noun}|{_BODY_NOUNS})\b", self.masked[following.start:following.end]):
            return None
        # (a body's name, by its last word: "Quillmark Records", "Halden Group"; never a person the paragraph names)
        bodies = {p.name for p in self.parties if p.name.split()[-1] in ORG_WORDS | _BODY_NAME_ENDS
                  and any(following.start <= c.start < following.end for c in p.citations)}
        return next(iter(bodies)) if len(bodies) == 1 else None

    def _in_full(self, speaker: str | None, known: dict[str, str | None]) -> str | None:
        """A speaker the article calls by a given name alone after naming her in full once ("Maribeth Quorley is
        81 ... 'It was him,' Maribeth said", a column's or a feature's habit) goes by that full name: the one surname
        ever written after the given name, where there is exactly one. `known` caches the answer per given name."""
        if not speaker or not _GIVEN_ALONE.fullmatch(speaker):
            return speaker
        if speaker not in known:
            # (a name of three words, written family name first: "Ong Wei Ming … Ong said" is "Ong Wei Ming")
            surnames = {re.sub(r"[\u2019']s?$", "", m.group("surname")) for m in re.finditer(
                rf"\b{speaker}[ \t]+(?P<surname>[A-Z][a-z][\w\u2019'-]*(?:[ \t]+[A-Z][a-z][\w\u2019'-]*)?)", self.text)}
            surnames = {s for s in surnames if s.split()[0] not in STOPWORDS and s.split()[0] not in MONTHS_AND_DAYS}
            if len(surnames) > 1:  # ("Ann Roe" and a headline's "Ann Roe Jailed": the one word after the given name)
                surnames = {s.split()[0] for s in surnames}
            # (only a person the party list itself holds under the given name alone: words it never read as a
            # person, "Marlowe said", stay as written)
            # (or one the party list holds in full under that very name: "Sophie Roe, now 15, read a letter. …
            # Sophie said")
            full = f"{speaker} {next(iter(surnames))}" if len(surnames) == 1 else None
            alone = any(p.kind == "person" and p.name in (speaker, full) for p in self.parties)
            known[speaker] = full if full and alone else None
        return known[speaker] or speaker

    def _body_in_full(self, speaker: str | None, known: dict[str, str | None]) -> str | None:
        """A body the article names in full once and then by its name without its kind words ("Maple Hill Church
        … Maple Hill said", "Elm Valley Regional Medical Center … Elm Valley said") goes by that full name: the one organisation the parties hold as the speaker's words plus a
        body's last word ("Church", "Bank", "Fund"), where the short form is no party of its own."""
        # (a possessive name is in capitals too: "St. Brendan’s said" for "St. Brendan’s Regional Medical Center")
        if not speaker or " " not in speaker or not all(w[:1].isupper() for w in speaker.split()):
            return speaker
        key = "\x00" + speaker  # (kept apart from the given names `known` caches for _in_full)
        if key not in known:
            if any(p.name == speaker for p in self.parties):
                known[key] = None
            else:
                longer = {p.name for p in self.parties if p.kind == "organization" and p.name.startswith(speaker + " ")
                          and 1 <= len(p.name.split()) - len(speaker.split()) <= 3
                          and p.name.split()[-1] in ORG_WORDS | _BODY_NAME_ENDS}
                known[key] = longer.pop() if len(longer) == 1 else None
        return known[key] or speaker

    def _with_article(self, speaker: str | None) -> str | None:
        """An office described in common nouns speaks with its article, as English writes it: "the district
        attorney's office said" is "the district attorney's office" (a named one, "Cass County Attorney's Office", is a
        name and goes without, as a family goes by its name: "Roe family")."""
        if not speaker or not (_GROUP_END.search(speaker) or _TITLE_ONLY_OFFICE.match(speaker)) or _DETERMINED.match(speaker):
            return speaker
        if f"the {speaker}" in self.text or f"The {speaker}" in self.text:
            return f"the {speaker}"
        return speaker

    def _learn_tagged_gender(self, seg: Segment, speaker: str) -> None:
        """ "Roe addressed the court. "…," he said.": a named person a "he said"/"she said" quote is given to is
        marked so, and a later "she said" skips him ('"…," Lee said, recalling that Roe had lied. "…," she said')."""
        tag = _PRONOUN_TAG.match(self.masked, seg.close_at + 1) if seg.closed else None
        if tag is not None and any(p.name == speaker and p.kind == "person" for p in self.parties):
            self.speakers.genders.setdefault(speaker, PRONOUN_GENDER[tag.group("p").lower()])

    def _gender_clash(self, seg: Segment, speaker: str) -> bool:
        """Whether the quote's own "he said"/"she said" names a gender the article gives its speaker otherwise."""
        tag = _PRONOUN_TAG.match(self.masked, seg.close_at + 1) if seg.closed else None
        if tag is None:
            return False
        outlet = re.sub(r"^[Tt]he\s+", "", self.speakers.source.outlet or "")
        if re.sub(r"^[Tt]he\s+", "", speaker) == outlet or not any(p.name == speaker and p.kind == "person" for p in self.parties) \
                and speaker.split()[-1] in OUTLET_WORDS:
            return True  # ("The Associated Press does not identify victims. "…," she said": a newsroom is no "she")
        return not self.speakers.fits(speaker, PRONOUN_GENDER[tag.group("p").lower()])

    def _sentence_closing_said(self, seg: Segment) -> Attribution | None:
        """ "Roe then grabbed a bottle and "swung it hard" at the doorman, prosecutor Ann Lee said.": words quoted
        inside a sentence that only its closing "X said" attributes (no verb of speech before the quote) are X's."""
        if not seg.closed:
            return None
        sentence = self.speakers.sentence_at(seg.open_at)
        if sentence is None or not self.masked[sentence[0]:sentence[1]].rstrip().endswith(("said.", "says.")):
            return None
        rest_end = next((s.open_at for s in self.segments if s.open_at > seg.close_at), sentence[1])
        closing = _CLOSING_SAID.search(self.masked, seg.close_at + 1, min(rest_end, sentence[1]))
        if closing is None or closing.start() == seg.close_at + 1 or _NO_SUBJECT.search(closing.group("np")) \
                or re.search(rf"\b(?:{VERBS})\b", self.masked[sentence[0]:seg.open_at]):
            return None  # ("Roe said the car "swerved", police said": the one who said it before the quote speaks)
        found = self.speakers.resolve(closing.start("np"), closing.end("np"), seg.open_at)
        return Attribution(found[0], found[1], 0.8) if found and found[0] else None

    def _after(self, seg: Segment) -> Attribution | None:
        if not seg.closed:
            return None
        limit = next((s.open_at for s in self.segments if s.paragraph == seg.paragraph and s.open_at > seg.close_at),
                     seg.paragraph.end)
        after = self.masked[seg.close_at + 1:limit]
        base = seg.close_at + 1
        if self.text[seg.start:seg.end].endswith(".") and re.match(r"\s+[A-Z]", after):
            return None  # the quote ended its sentence; what follows is a new one
        signed = _DASH_SIGNED.fullmatch(after) if not self.masked[seg.paragraph.start:seg.open_at].strip() else None
        if signed:
            found = self.speakers.resolve(base + signed.start("np"), base + signed.end("np"), seg.open_at)
            if found:
                return Attribution(found[0] or None, found[1], 0.9)
        for pattern in (_NOUN_VERB_DOC, VERB_SUBJ, ACCORDING, SUBJ_VERB):
            m = pattern.match(after)
            if not m:
                continue
            if pattern is ACCORDING and _OBTAINED_BY.search(m.group("np")):
                continue  # "…," according to a transcript reviewed by NBC News: the paper that read it is no speaker
            if pattern is SUBJ_VERB and _NO_SUBJECT.search(m.group("np")):
                continue  # "Roe answered "Yes" to the judge's questions and said": the judge is addressed, not speaking
            if pattern is SUBJ_VERB and after[m.end() - 4:m.end()] in ("said", " say", "says") \
                    and _SOURCING_CLOSE.match(after, m.end()):
                # "Roe wrote in a report that he used "only the force needed," police said.": the closing "said"
                # sources the account; whoever the sentence says wrote (or told) the that-clause spoke the words
                teller = self._that_clause_teller(seg)
                if teller:
                    return teller
            termed = _TERM_THEN_SPEAKER.fullmatch(m.group("np").strip()) if pattern is SUBJ_VERB else None
            if termed:
                # "…called the killing "the favor," a phrase prosecutors said was meant to confuse": the one who called
                # it so used the term; with no such verb before it, those who said what the term meant speak
                sentence = self.speakers.sentence_at(seg.open_at)
                if _NAMING_VERB_BEFORE.search(self.masked, sentence[0] if sentence else seg.paragraph.start, seg.open_at):
                    continue
                at = base + m.start("np") + m.group("np").index(termed.group("np"), termed.start("np"))
                found = self.speakers.resolve(at, at + len(termed.group("np")), seg.open_at)
                if found and found[0]:
                    return Attribution(found[0], found[1], 0.8)
                continue
            if pattern is SUBJ_VERB and (OBJECT_RELATIVE.search(m.group("np")) or _NOUN_THEN_NAME.match(m.group("np"))):
                # "her "cousin Mia," a girl who prosecutors say …" / "…," a statement Lee said fell short": the verb
                # belongs to a relative clause about the quote, not to its speaker
                continue
            quoting = _QUOTING_AFTER.match(after, m.end()) if pattern in (SUBJ_VERB, ACCORDING) else None
            if quoting is None and pattern in (SUBJ_VERB, VERB_SUBJ) and "reading" in after:
                quoting = _READING_FROM_AFTER.match(after, m.end())
            if quoting:
                # "…," the statement said, quoting Special Agent in Charge Ana Ruiz of HSI: the one the paper
                # quotes speaks, not the paper (nor the office that issued it)
                found = self.speakers.resolve(base + quoting.start("np"), base + quoting.end("np"), seg.open_at)
                if found and found[0]:
                    return Attribution(found[0], found[1], 0.9)
            np_start, np_end = m.start("np"), m.end("np")
            named = self._demonstrative_then_name(base + np_start, base + np_end, seg.open_at) \
                if pattern is SUBJ_VERB else None
            if named:
                return named
            quoted = _QUOTED_AS.search(m.group("np") + " ") if pattern is SUBJ_VERB else None
            if quoted:
                # "…," the Daily News quoted Ann Roe as saying: whoever is quoted speaks, not the paper quoting them
                np_start, np_end = np_start + quoted.start("np"), np_start + quoted.end("np")
                found = self.speakers.resolve(base + np_start, base + np_end, seg.open_at)
                if found:
                    return Attribution(found[0] or None, found[1], 0.9)
            ending = next((x for x in self.mentions if x.kind == "person" and not x.possessive and base + np_start <= x.start
                           and x.end == base + np_start + len(m.group("np").rstrip())), None) \
                if pattern is VERB_SUBJ and not _plausible_np(m.group("np")) else None
            if ending:
                # "said U.S. Department of Labor Office of Inspector General Special Agent in Charge Ann Roe": however
                # long the title before it, the name that ends the subject speaks
                found = self.speakers.speaker_of(ending, seg.open_at)
                if found and found[0]:
                    return Attribution(found[0], found[1], 0.9)
            if not _plausible_np(m.group("np")) and not SPOKES_FOR.match(m.group("np").strip(" ,")):
                # "said Agent Ann Roe of the Department of ... (HHS-OIG)": the name before its long affiliation
                # ("said Mara Roe, state director for a rescue group, who …": the name before its appositive)
                # ("said a 70-year-old pensioner who lives upstairs and asked not to be named": the description
                # before its relative clause)
                # ("said a Navy official familiar with the internal review" / "a person close to the inquiry": the
                # anonymous source before what they know)
                cut = re.search(r"\s+of\s+|\s*\(|,\s|\s+who\s|\s+(?:familiar|close|briefed|involved)\s+(?:with|to|on|in)\s",
                                m.group("np"))
                if not cut or not _plausible_np(m.group("np")[:cut.start()]):
                    continue
                np_end = np_start + cut.start()
            issuer = _DOC_FROM.match(after, m.end("np")) if pattern is VERB_SUBJ and _BARE_DOC.fullmatch(
                m.group("np").strip()) else None
            if issuer:
                # '"…," read a statement from the Roe family, delivered by …': the paper's issuer speaks
                found = self.speakers.resolve(base + issuer.start("np"), base + issuer.end("np"), seg.open_at)
                if found and found[0]:
                    return Attribution(found[0], found[1], 0.9)
            joint = self._joint_speakers(base + np_start, base + np_end) if " and " in m.group("np") else None
            if joint:
                return Attribution(*joint, 0.9)
            found = self.speakers.resolve(base + np_start, base + np_end, seg.open_at)
            if found:
                return Attribution(found[0] or None, found[1], 0.95)
        held = COURT_HELD.match(after)
        if held:
            # ""…," the court found." / "the panel held": a court's (or jury's) judgment, spoken by that court
            found = self.speakers.resolve(base + held.start("np"), base + held.end("np"), seg.open_at)
            if found and found[0]:
                return Attribution(found[0], found[1], 0.9)
        return None

    def _demonstrative_then_name(self, start: int, end: int, anchor: int) -> Attribution | None:
        """ ""…," that customer, Ann Roe of Elm Falls, told reporters": a description pointing back with "that" or
        "this" to someone the article just mentioned, then the name in its appositive, who speaks."""
        lead = _DEMONSTRATIVE_APPOSITIVE.match(self.masked, start, end)
        if not lead:
            return None
        person = next((x for x in self.mentions if lead.end() <= x.start < end and x.kind == "person"
                       and not x.possessive and not self.masked[lead.end():x.start].strip()), None)
        if person is None:
            return None
        found = self.speakers.speaker_of(person, anchor)
        return Attribution(found[0], found[1], 0.9) if found and found[0] else None

    def _that_clause_teller(self, seg: Segment) -> Attribution | None:
        """The subject of a verb of speech whose that-clause holds the quote, in the quote's own sentence."""
        sent_start = self._sentence_start(seg)
        if not _TELLS_THAT.search(self.masked, sent_start, seg.open_at):
            return None
        found = self._before(seg)
        return found if found and found.speaker else None

    def _joint_speakers(self, start: int, end: int) -> tuple[str, str | None] | None:
        """ "…," Assistant U.S. Attorneys Ann Roe and Lee Park wrote: two people named together as the subject wrote
        the words together, so both are the speaker ("Ann Roe and Lee Park"), never the first alone; the role
        they share stays theirs. Only where a plural title presents them as a pair ("Attorneys", "prosecutors"):
        "said Ann Roe and Lee Park, who sat through the trial" may be one voice among two."""
        people = [x for x in self.mentions if start <= x.start < end and x.kind != "pronoun"]
        if len(people) != 2 or any(x.kind != "person" or x.possessive for x in people) \
                or not _PLURAL_TITLE_END.search(self.masked, start, people[0].start) \
                or self.masked[people[1].end:end].strip(" ,") \
                or not re.fullmatch(r"\s+and\s+", self.masked[people[0].end:people[1].start]):
            return None
        roles = {self.speakers.role_of(x.party) for x in people}
        return f"{people[0].speaker} and {people[1].speaker}", roles.pop() if len(roles) == 1 else None

    def _retold(self, seg: Segment) -> Attribution | None:
        """ "Vance told a cousin he "never meant it," Hsu said." / "…, the Courant reported.": words quoted inside
        someone's reported speech are that person's; the trailing source only retells them."""
        if not seg.closed or not (self.text[seg.start:seg.end].rstrip().endswith(",")
                                  or self.masked.startswith(",", seg.close_at + 1)):
            return None  # (the trailing source follows the comma closing the quote)
        sent_start = (self.speakers.sentence_at(seg.open_at) or (seg.paragraph.start, seg.open_at))[0]
        before = self.masked[sent_start:seg.open_at]
        verb = next(reversed(list(_RETOLD_VERB.finditer(before))), None)
        if verb is None or re.search(r"\b(?:but|and|yet)\s", _COORDINATED_QUOTE.sub("X", before[verb.end():])):
            return None  # ("Roe nodded but "had no reaction," her lawyer said": no reported clause holds the quote)
        found = self._before(seg)
        if found is None or not any(p.name == found.speaker and p.kind == "person" for p in self.parties):
            return None  # (only a named person's words: "the indictment says it was "…," police said" stays theirs)
        return found

    def _described_unresolved(self, seg: Segment) -> bool:
        """The quote's own attribution is a definite description ("the woman said", "said the retired teacher")
        that named no one: the words say the speaker is someone in particular, just not whom."""
        if not seg.closed:
            return False
        # (a person's description only: "the statement said", "the letter read" name a paper someone issued)
        head = self._described_after(seg)
        if head.endswith("-year-old") and self._named_subject_before(seg):
            return False  # "Corey Dalquist has told the court he panicked. / "…," the 35-year-old said": him
        return bool(head) and (head in ROLE_NOUNS or head in PEOPLE_NOUNS or head in KIN_NOUNS
                               or head in _PERSON_WORDS or head.endswith("-year-old"))

    def _described_after(self, seg: Segment) -> str:
        """The head noun, lowercased, of a definite description that attributes the quote after it ("…," the woman
        said → "woman"); "" when none does."""
        limit = next((s.open_at for s in self.segments if s.paragraph == seg.paragraph and s.open_at > seg.close_at),
                     seg.paragraph.end)
        after = self.masked[seg.close_at + 1:limit]
        m = SUBJ_VERB.match(after) or VERB_SUBJ.match(after)
        described = _DEFINITE_DESCRIPTION.fullmatch(m.group("np").strip(" ,")) if m else None
        return described.group("head").lower() if described else ""

    def _described_again(self, i: int, out: list[Attribution | None]) -> Attribution | None:
        """ "One letter, from a retired nurse, said Roe "…". ¶ "…," the woman wrote.": a bare "the woman" (or the
        description's own noun, "the nurse") right after a quote the article gave to an unnamed person is that
        person again, as the article described them."""
        seg = self.segments[i]
        previous = out[i - 1] if i > 0 else None
        if previous is None or not previous.speaker or not _DESCRIPTION_STARTS.match(previous.speaker) \
                or any(p.name == previous.speaker for p in self.parties):
            return None
        earlier = self.segments[i - 1].paragraph
        if earlier != seg.paragraph and not (seg.paragraph in self.body and earlier in self.body
                                             and self.body.index(seg.paragraph) == self.body.index(earlier) + 1):
            return None
        head = self._described_after(seg)
        words = set(previous.speaker.lower().split())
        # (never a description that tells them apart: "the man" after "a retired nurse" who is a woman is not known)
        if head in _GENERIC_PERSON and not (words & _GENERIC_PERSON - {head}) or head in words:
            return Attribution(previous.speaker, previous.role, 0.6)
        return None

    def _named_subject_before(self, seg: Segment) -> bool:
        """The paragraph before the quote's opens on a person named in full or by surname, as its subject."""
        earlier = [p for p in self.body if p.end <= seg.paragraph.start]
        if not earlier:
            return False
        m = _NAMED_OPENER.match(self.speakers.text, earlier[-1].start, earlier[-1].end)
        return m is not None and any(p.kind == "person" and p.name.split()[-1] == m.group("surname") for p in self.parties)

    def _paper_name(self, paper: re.Match[str]) -> str:
        """A court paper as the article calls it, "the arrest warrant"; a bare "the agreement" is the plea agreement
        the article spoke of, where it did."""
        words = paper.group("paper").lower()
        if words == "agreement" and re.search(r"\bplea\s+agreement\b", self.text, re.IGNORECASE):
            words = "plea agreement"
        return f"the {words}"

    def _admitted_in_paper(self, seg: Segment) -> Attribution | None:
        """ "In the plea agreement, Roe admitted that he "knew the cash was income"": the words the defendant
        admits to are the agreement's own text, so the agreement speaks (what someone "wrote" or "said" in a
        paper stays theirs: "In a memo, prosecutors wrote that …")."""
        sent_start = (self.speakers.sentence_at(seg.open_at) or (seg.paragraph.start, seg.open_at))[0]
        held = _IN_AGREEMENT.match(self.masked, sent_start, seg.open_at)
        if held is None or not held.group("paper").lower().endswith("agreement"):
            return None
        return Attribution(self._paper_name(held), None, 0.8)

    def _sentence_start(self, seg: Segment) -> int:
        """Where the sentence holding the quote's opening mark starts; in a paragraph outside the body (a dek: "Roe
        ran the town for years. A judge said he "…"") its own sentences, never the whole paragraph as one."""
        sent = self.speakers.sentence_at(seg.open_at)
        if sent is not None:
            return sent[0]
        return max((a for a, _ in split_sentences(self.masked, seg.paragraph.start, seg.paragraph.end) if a <= seg.open_at),
                   default=seg.paragraph.start)

    def _before(self, seg: Segment) -> Attribution | None:
        sent_start = self._sentence_start(seg)
        before = self.masked[sent_start:seg.open_at]
        told_by = _PASSIVE_TOLD_BY.search(before) if " by " in before and "told" in before else None
        if told_by:
            # "Magistrates had been told by the probation service that Roe showed "real remorse"": the passive's
            # agent said the words the "that" clause reports
            found = self.speakers.resolve(sent_start + told_by.start("np"), sent_start + told_by.end("np"), seg.open_at)
            if found and found[0]:
                return Attribution(found[0], found[1], 0.8)
        finding = [m for m in FINDING.finditer(before) if m.start() >= max((c.end() for c in CUE.finditer(before)), default=0)]
        if finding:
            found = self._finder(sent_start, sent_start + finding[-1].start())
            if found:
                return Attribution(found[0] or None, found[1], 0.8)
        told_unsaid = False
        for cue in reversed(list(CUE.finditer(before))):
            at = sent_start + cue.start()
            if cue.group("verb") is None and cue.group("noun") is None:  # according to X
                np = re.match(r"[Aa]ccording to\s+((?:" + _TITLE_STOP + r"|[^,;.])+)", before[cue.start():])
                if np and _ASIDE_BEFORE_THAT.match(before, cue.start() + np.end()) and before[:cue.start()].rstrip().endswith(",") \
                        and any(c.group("verb") and c.end() < cue.start() for c in CUE.finditer(before)):
                    # "Roe warned him, according to a transcript, that "…"": the record set off in commas only
                    # vouches for the words; the verb before it reports them
                    continue
                told = _TOLD_BY_SUBJECT.match(before, cue.start() + np.end()) if np else None
                if told:
                    # "According to the affidavit, Lee urged the crowd to "…"": the source reports what Lee said
                    found = self.speakers.resolve(sent_start + told.start("np"), sent_start + told.end("np"), seg.open_at)
                    if found and found[0]:
                        return Attribution(found[0], found[1], 0.85)
                if np:
                    found = self.speakers.resolve(at + 13, at + np.end(), seg.open_at)
                    paper = _HELD_PAPER.fullmatch(np.group(1).strip())
                    if paper and (found is None or not found[0] or _HELD_PAPER.fullmatch(found[0])):
                        # "According to an arrest warrant, doctors found bruises "in various stages of healing"":
                        # words nobody in the sentence speaks are the paper's own
                        return Attribution(self._paper_name(paper), None, 0.8)
                    if found:
                        return Attribution(found[0] or None, found[1], 0.85)
                    if _PEOPLE_PLURAL.fullmatch(np.group(1).strip()):
                        return Attribution(np.group(1).strip(), None, 0.8)  # "according to co-workers, "…""
                continue
            if cue.group("noun"):
                sender = SENT_BY.match(before, cue.end())
                if sender:  # "a text message Roe allegedly sent Ali in March: "…""
                    found = self.speakers.resolve(sent_start + sender.start("name"), sent_start + sender.end("name"), seg.open_at)
                    if found:
                        return Attribution(found[0] or None, found[1], 0.8)
                if any(c.group("verb") and c.start() < cue.start() for c in CUE.finditer(before)):
                    continue  # "Roe said that Ali's testimony "…"": the noun stands in Roe's reported speech
                court = self._ruling_on_owned_words(sent_start, before, cue.start(), seg.open_at)
                if court:
                    return court
                owner = re.search(r"(\b[A-Z][\w\u2019'-]*[\u2019']s|\b[Hh]is|\b[Hh]er|\b[Tt]heir)\s+(?:[a-z-]+\s+)?$",
                                  before[:cue.start()])
                opening = _OWNED_PLURAL_OPENING.match(before) if owner and owner.group(1).lower() == "their" else None
                if opening:
                    # "Roe's attorneys, Ann Lee and Ben Ko, paint a different picture in their filing: … "…"": the
                    # "their" is the sentence's own subject, however long the names set off after it
                    found = self.speakers.resolve(sent_start + opening.start("np"), sent_start + opening.end("np"), seg.open_at)
                    if found and found[0]:  # (written as the rest of the product writes an owned group: "Roe’s")
                        return Attribution(found[0].replace("'s ", "\u2019s "), found[1], 0.8)
                if owner:
                    found = self.speakers.resolve(sent_start + owner.start(), sent_start + owner.end(), seg.open_at,
                                          allow_possessive=True)
                    if found:
                        return Attribution(found[0] or None, found[1], 0.8)
                continue
            owner = _OWNER_BEFORE.search(before, 0, cue.start()) if cue.group("verb") else None
            if owner:
                # "his comments about Lee being a "…"": a word after its owner is a noun, the owner's words; "Ann
                # Roe wrote that Lee's comments were "…"" stands in what another verb reports
                if any(c.group("verb") and c.end() <= owner.start() for c in CUE.finditer(before)):
                    continue
                court = self._ruling_on_owned_words(sent_start, before, owner.start(), seg.open_at)
                if court:
                    return court
                found = self.speakers.resolve(sent_start + owner.start(), sent_start + owner.end(), seg.open_at,
                                              allow_possessive=True)
                if found:
                    return Attribution(found[0] or None, found[1], 0.85)
                continue
            if cue.group("verb") and _DETERMINER_BEFORE.search(before, max(0, cue.start() - 6), cue.start()):
                continue  # "said in an emailed statement that the firm "…"": a participle describing a noun is no verb
            if cue.group("verb") and cue.group("verb").endswith("s") \
                    and _MADE_BEFORE.search(before, max(0, cue.start() - 40), cue.start()):
                continue  # "testified that Roe had made crude remarks "…"": what was made is a noun, not Roe speaking
            agent = _BY_AGENT.match(before, cue.end()) if cue.group("verb") and cue.group("verb").endswith("ed") else None
            if agent:
                # "A man described by police as the "top of the tree"": the passive's agent judged him so, never the
                # one judged (nor a dateline before him)
                found = self.speakers.resolve(sent_start + agent.start("np"), sent_start + agent.end("np"), seg.open_at)
                if found and found[0]:
                    return Attribution(found[0], found[1], 0.8)
                if _PEOPLE_PLURAL.fullmatch(agent.group("np")) or agent.group("np") in PEOPLE_NOUNS:
                    return Attribution(agent.group("np"), None, 0.7)  # ("called by neighbours": people, as written)
            if cue.group("verb") and cue.group("verb").endswith("ed") and _PASSIVE_AUXILIARY.search(before, 0, cue.start()):
                continue  # "though the letter was never answered, "…"": a passive subject is spoken to, not speaking
            if cue.group("verb") == "told" and _PASSIVE_AUXILIARY.search(before, 0, cue.start()):
                # "grieving families were told their inheritances were "held up"": those told are no speakers, and
                # whoever told them the sentence does not say (an agent, "told by the bank", is read above)
                told_unsaid = True
                continue
            if cue.group("verb") in _DOUBLE_DUTY_VERBS and " and " in before[cue.end():] \
                    and _ACT_THEN_LINK.match(before, cue.end()):
                continue  # "said that they had added new checks and were "…"": a verb that acts on a thing, not speech
            if cue.group("verb") and _INTRANSITIVE_THEN.match(before, cue.end()):
                continue  # "notes that Roe never testified and has "…"": the quote is the next predicate's, not the verb's
            if cue.group("verb") and _STRANDED_FOR.match(before, cue.end()) and _AS_CLAUSE_OPEN.search(before, 0, cue.start()):
                # "a prison term, as the district attorney had asked for, "…"": the aside names what was asked for
                # before the quote; the words are the main clause's subject's
                continue
            governing = next((c for c in sorted([*CUE.finditer(before), *FINDING.finditer(before)], key=lambda c: c.start())
                              if c.start() < cue.start() and (c.re is FINDING or c.group("verb"))
                              and _THAT_BETWEEN.search(before, c.end(), cue.start())), None) \
                if _AND_THAT.search(before) and not _COORDINATED_QUOTE.search(before) else None
            if governing is not None:
                # "She added that Lee had told jurors to ignore it, and that "…"": a second that-clause, reported by
                # the verb that governs the first one, not by a verb inside it
                found = self._subject_of(sent_start, sent_start + governing.start(), governing.group(), seg.open_at)
                if found:
                    return Attribution(found[0] or None, found[1], 0.85)
                continue
            if DOC_BEFORE.search(before, 0, cue.start()) and PARTICIPLE_AFTER.match(before, cue.end()):
                continue  # "said in a statement read in court": a participle with no subject of its own
            if _NOT_SPEAKING.search(before, 0, cue.start()) and any(c.group("verb") and c.start() < cue.start()
                                                                    for c in CUE.finditer(before)) \
                    or _GOES_ON_TO.match(before, cue.start()):
                # "arguing that anything less would tell the public that "…"" / "noted that Roe continued to film
                # and "…"": a verb inside what was reported, not the one reporting it
                continue
            actor = self._participle_actor(sent_start, before, cue) if cue.group("verb").endswith("ing") else None
            if actor:
                return Attribution(actor[0], actor[1], 0.8)
            actor = self._subordinate_teller(sent_start, before, cue) if cue.group("verb").endswith("ing") else None
            if actor:
                return Attribution(actor[0], actor[1], 0.8)
            inner = self._that_clause_speaker(sent_start, before, cue, seg.open_at) \
                if " that " in before and _AND_BEFORE_CUE.search(before, 0, cue.start()) else None
            if inner and inner[0]:
                return Attribution(inner[0], inner[1], 0.8, reported=True)
            replier = self._retold_replier(sent_start, before, cue, seg.open_at) \
                if _AND_BEFORE_CUE.search(before, 0, cue.start()) else None
            if replier and replier[0]:
                return Attribution(replier[0], replier[1], 0.8, reported=True)
            group = _EVIDENCE_THAT_GROUP.search(before, 0, cue.start()) if " that " in before else None
            if group and (group.group("head") in PEOPLE_NOUNS or (group.group("head") or "")[:-1] in _PERSON_HEADS
                          or group.group("one") in _PERSON_HEADS):
                return Attribution(group.group("np"), None, 0.7)
            directed = _DIRECTED_TO.match(before, cue.end()) if " to " in before[cue.end():] else None
            if directed:
                # "Lee told jurors that Roe instructed her to "…"": the words are the order Roe gave, which the
                # witness retells
                found = self.speakers.resolve(sent_start + directed.start("np"), sent_start + directed.end("np"), seg.open_at)
                if found and found[0]:
                    return Attribution(found[0], found[1], 0.8, reported=True)
            found = self._subject_of(sent_start, at, cue.group("verb"), seg.open_at)
            if found:
                return Attribution(found[0] or None, found[1], 0.85)
            described = _DESCRIBED_SUBJECT.search(before, 0, cue.start())
            if described and described.group("head").lower() in _PERSON_WORDS | KIN_NOUNS:
                # "In her statement, the woman said: "…"" in a story that never names her: the verb's own subject
                # is the speaker as the article describes her; an earlier cue ("her statement") must not hand the
                # words to whoever else its "her" might mean
                return Attribution(described.group("np")[0].lower() + described.group("np")[1:], None, 0.6)
        if told_unsaid:
            return Attribution(None, None, 0.5)
        per = _PER_PAPER.search(before) if " per " in before else None
        if per:
            # "The defense, led by Ann Roe, painted a different picture: a man who has since, per a sentencing memo,
            # "…"": the paper vouches for the words of whoever filed it, the subject that opens the sentence
            main = _FIRST_PAST_VERB.match(before, 0, per.start())
            found = self._subject_of(sent_start, sent_start + main.end("head"), main.group("verb"), seg.open_at) if main else None
            if found and found[0]:
                return Attribution(found[0], found[1], 0.7)
        return None

    def _that_clause_speaker(self, sent_start: int, before: str, cue: re.Match[str], anchor: int) -> tuple[str, str | None] | None:
        """The subject of a reported that-clause whose second verb is the cue: "Lee told jurors that the sheriff handed
        him a draft and said, "…"" (the sheriff speaks, not Lee who reports it); None when the clause opens on no one."""
        that = None
        for that in _THAT_WORD.finditer(before, 0, cue.start()):
            pass
        # (a comma before "and" goes back to the main clause: "said there was a risk that he would reoffend, and called")
        if that is None or any(mark in before[that.end():cue.start()] for mark in ',;:"\u201c\u201d') \
                or not any(c.group("verb") and c.end() <= that.start() for c in CUE.finditer(before, 0, that.start())):
            return None
        at = sent_start + that.end()
        subject = next((m for m in self.mentions if m.start == at and not m.possessive), None)
        if subject and subject.kind == "person":
            return subject.speaker, self.speakers.role_of(subject.party)
        if subject and subject.kind == "pronoun":
            return self.speakers.pronoun(subject, anchor)
        role = ROLE_NP.match(self.masked, at)
        return self.speakers.resolve(role.start(), role.end(), anchor) if role else None

    def _retold_replier(self, sent_start: int, before: str, cue: re.Match[str], anchor: int) -> tuple[str, str | None] | None:
        """ "A clerk told jurors he replied that the bill was "a joke" and told her to "pay it."": a second verb of
        speech joined by "and" shares the subject of the verb of speech just before it, when that subject is a
        pronoun opening a clause another verb reports; the one retold speaks, not the witness retelling it."""
        verbs = [c for c in CUE.finditer(before, 0, cue.start()) if c.group("verb") and not c.group("verb").endswith("ing")]
        if verbs and _AND_HAD_BEFORE.search(before, 0, cue.start()):
            # "He told the judge Ann Roe had sought an order and had told a friend that she was "…"": a reported
            # clause with no "that", in the past perfect; the second "had" verb shares that clause's subject
            gap = _REPORTED_ACTOR_GAP.match(before, verbs[-1].end())
            inner = next((m for m in self.mentions if gap and m.start == sent_start + gap.end() and m.kind == "person"
                          and not m.possessive), None)
            if inner and _HAD_AFTER.match(self.masked, inner.end) \
                    and not any(mark in self.masked[inner.end:sent_start + cue.start()] for mark in ',;:"\u201c\u201d'):
                return inner.speaker, self.speakers.role_of(inner.party)
        if len(verbs) < 2:
            return None
        nearest = verbs[-1]
        subject = next((m for m in self.mentions if m.kind == "pronoun" and not m.possessive
                        and sent_start + verbs[-2].end() < m.start and m.end <= sent_start + nearest.start()
                        and _ADVERBS_ONLY.fullmatch(self.masked, m.end, sent_start + nearest.start())), None)
        if subject is None or subject.speaker.lower() not in ("he", "she"):
            return None
        found = self.speakers.pronoun(subject, anchor)
        told = _TOLD_TO_ONE.match(before, cue.end())
        addressee = PRONOUN_GENDER.get(told.group().strip()) if told else None
        named = found is not None and any(p.kind == "person" and p.name == found[0] for p in self.parties)
        if not named and addressee and addressee != PRONOUN_GENDER[subject.speaker.lower()]:
            # ("… he replied … and told her to": "her" is the witness retelling it, so "he" is someone else, the
            # man last named before the sentence, never the unnamed witness opening it)
            return self.speakers.named_before_sentence(subject.start, subject.speaker.lower())
        return found

    def _participle_actor(self, sent_start: int, before: str, cue: re.Match[str]) -> tuple[str, str | None] | None:
        """ "Roe said Lee then ran from the scene, telling a friend: "…"": a participle of speech hung on a reported
        action belongs to that action's subject, not to whoever reports it ("Roe said Lee lied, telling the court"
        stays Roe's: a participle addressing the court or reporters is the reporter's own)."""
        participle = _ACTION_THEN_PARTICIPLE.match(before, cue.start())
        if participle is None or not before[:cue.start()].rstrip().endswith(","):
            return None
        reporter = next((c for c in CUE.finditer(before, 0, cue.start()) if c.group("verb")), None)
        if reporter is None:
            return None
        actor = next((m for m in self.mentions if sent_start + reporter.end() <= m.start < sent_start + cue.start()
                      and m.kind in ("person", "pronoun") and not m.possessive), None)
        if actor is None or not _REPORTED_ACTOR_GAP.fullmatch(before, reporter.end(), actor.start - sent_start):
            return None
        action = _ACTION_AFTER.match(before, actor.end - sent_start, cue.start())
        spoken = CUE.fullmatch(action.group("verb")) if action else None
        if action is None or spoken is not None and spoken.group("verb"):
            return None  # ("Roe said Lee told police, saying …": speech reported in turn is not an action)
        if actor.kind == "pronoun":
            return self.speakers.pronoun(actor, sent_start + cue.start())
        return actor.speaker, self.speakers.role_of(actor.party)

    def _subordinate_teller(self, sent_start: int, before: str, cue: re.Match[str]) -> tuple[str, str | None] | None:
        """ "Roe stood still as Judge Lee read the sentence, telling him that "…"": a participle of speech addressed
        to the sentence's subject ("him", "her") after a time clause with a subject of its own is that clause's
        subject's, never the one it is addressed to."""
        addressed = re.match(r"\s+(him|her)\b(?!\s+[a-z]+(?:s|ed)?\b\s+(?:that|to)\b)", before[cue.end():])
        if addressed is None or not before[:cue.start()].rstrip().endswith(","):
            return None
        clause = None
        for clause in _TIME_CLAUSE.finditer(before, 0, cue.start()):
            pass
        if clause is None:
            return None
        people = [m for m in self.mentions if sent_start <= m.start < sent_start + cue.start() and m.kind == "person"
                  and not m.possessive]
        main = next((m for m in people if m.start < sent_start + clause.start()), None)
        teller = next((m for m in people if m.start >= sent_start + clause.end()), None)
        wanted = PRONOUN_GENDER.get(addressed.group(1))
        if main is None or teller is None or main.speaker == teller.speaker or teller.start != sent_start + clause.end() \
                and not re.fullmatch(r"(?:[A-Z][\w.\u2019'-]*\s+){1,6}", before[clause.end():teller.start - sent_start]) \
                or not self.speakers.fits(main.speaker, wanted):
            return None
        verb = re.match(r"\s+(?:[a-z]+ly\s+)?([a-z]+)\b", before[teller.end - sent_start:])
        if verb is None or verb.group(1) in FUNCTION_WORDS:
            return None  # (the time clause's subject must act: "as Judge Lee read …", "while the judge spoke")
        return teller.speaker, self.speakers.role_of(teller.party)

    def _colon_owner(self, seg: Segment) -> Attribution | None:
        """ "His reply: "Absolutely."" / "Roe's last text to him read: "…"": the words of the one whose reply or
        message the colon hands over; "The message read: "…"" after "Roe texted her sister." is Roe's."""
        sent = self.speakers.sentence_at(seg.open_at)
        start = sent[0] if sent else seg.paragraph.start
        owned = COLON_OWNER.fullmatch(self.masked, start, seg.open_at)
        if owned:
            at = owned.start("owner")
            if owned.group("owner").lower() in ("his", "her", "their"):
                found = self.speakers.pronoun(Reference(at, owned.end("owner"), owned.group("owner"), "pronoun", True),
                                              seg.open_at)
            else:
                found = self.speakers.resolve(at, owned.end("owner"), seg.open_at, allow_possessive=True)
            return Attribution(found[0], found[1], 0.8) if found and found[0] else None
        if not SENT_MESSAGE.fullmatch(self.masked, start, seg.open_at):
            return None
        prev = next(((a, b) for a, b in reversed(self.sentences) if b <= start), None)  # the sentence before
        sender = SENDER.match(self.masked, prev[0], prev[1]) if prev else None
        if sender is None:
            return None
        found = self.speakers.resolve(sender.start("np"), sender.end("np"), seg.open_at)
        return Attribution(found[0], found[1], 0.7) if found and found[0] else None

    def _transcript_label(self, seg: Segment) -> Attribution | None:
        """ "THE COURT: "…"" / "MR. ROE: "…"": a transcript's speaker label in capitals opening the paragraph. The
        court is the article's one judge; a courtesy title and surname is the person the article names so."""
        head = self.text[seg.paragraph.start:seg.open_at]
        if ":" not in head or not head.lstrip()[:2].isupper():
            return None  # (a cheap gate: the label is capitals and a colon)
        label = _TRANSCRIPT_LABEL.fullmatch(head)
        if label is None:
            return None
        if label.group("surname"):
            surname = label.group("surname").lower()
            named = [p for p in self.parties if p.kind == "person" and p.name.split()[-1].lower().strip("’'") == surname]
            if len(named) == 1:
                return Attribution(named[0].name, self.speakers.role_of(named[0]), 0.8)
            title = label.group("title").capitalize()
            return Attribution(f"{title}{'.' if label.group('dot') else ''} {label.group('surname').capitalize()}", None, 0.6)
        judges = self.speakers.judges()
        if label.group("who") == "COURT" and len(judges) == 1:
            return Attribution(judges[0].name, self.speakers.role_of(judges[0]), 0.8)
        return Attribution(f"the {label.group('who').lower()}", None, 0.6)

    def _message_reading(self, seg: Segment) -> Attribution | None:
        """ "Police say Roe sent the woman a text reading, "…"" / "she got a note from him saying "…"": a message
        quoted through "reading" or "that said" is its sender's, not the words of whoever frames the sentence."""
        sent_start = (self.speakers.sentence_at(seg.open_at) or (seg.paragraph.start, seg.open_at))[0]
        before = self.masked[sent_start:seg.open_at]
        if not any(word in before for word in ("messag", "text", "note", "mail", "letter", "post", "tweet", "card")):
            return None  # (a cheap gate: most quotes have no message before them)
        message = MESSAGE_READING.search(before)
        if message is None:
            return None
        named = "sender" if message.group("sender") else "writer" if message.group("writer") else None
        if named:
            at, end = sent_start + message.start(named), sent_start + message.end(named)
            word = message.group(named)
            if word.lower() in ("him", "her", "them", "he", "she", "they"):
                found = self.speakers.pronoun(Reference(at, end, word, "pronoun", False), seg.open_at)
            else:
                found = self.speakers.resolve(at, end, seg.open_at)
        else:
            sender = next(reversed(list(MESSAGE_SENDER.finditer(before, 0, message.start()))), None)
            if sender is None:
                return None
            at, end = sent_start + sender.start("np"), sent_start + sender.end("np")
            if sender.group("np").lower() in ("he", "she", "they"):
                found = self.speakers.pronoun(Reference(at, end, sender.group("np"), "pronoun", False), seg.open_at)
            else:
                found = self.speakers.resolve(at, end, seg.open_at)
        return Attribution(found[0], found[1], 0.8) if found and found[0] else None

    def _read_on_behalf(self, seg: Segment) -> Attribution | None:
        """ "Ann Roe, the victim's sister, read a statement on behalf of the family: "…"": the statement speaks for
        the one it was read for, not for the reader."""
        sent_start = (self.speakers.sentence_at(seg.open_at) or (seg.paragraph.start, seg.open_at))[0]
        before = self.masked[sent_start:seg.open_at]
        if not re.search(r"\bread(?:s|ing)?\b", before):
            return None  # (a cheap gate first: few sentences read anything out for anyone)
        owned = self._paper_owner(sent_start, seg.open_at, seg.open_at) if "behalf" not in before else None
        if owned:
            return owned  # ("The prosecutor read her letter aloud: "…"": its writer's words)
        paper = READ_PAPER_FROM.search(before) if "behalf" not in before else None
        if paper:
            # "The prosecutor read a letter from the victim's father: "…"": its writer, never the reader
            found = self.speakers.resolve(sent_start + paper.start("np"), sent_start + paper.end("np"), seg.open_at)
            return Attribution(found[0], found[1], 0.8) if found and found[0] else None
        if "behalf" not in before:
            return None
        held = READ_ON_BEHALF_OF.search(before)
        if held is None or any(c.group("verb") and not c.group("verb").startswith("read")
                               for c in CUE.finditer(before, held.end())):
            return None  # ("… on behalf of the family, the victim's relatives said: "…"": the verb's own subject)
        found = self.speakers.resolve(sent_start + held.start("np"), sent_start + held.end("np"), seg.open_at)
        return Attribution(found[0], found[1], 0.8) if found and found[0] else None

    def _paper_owner(self, start: int, end: int, anchor: int) -> Attribution | None:
        """ "The prosecutor read her letter aloud." / "Her lawyer read Ann Roe's statement:": the words that follow
        are the paper's writer's, the owner the sentence gives it, never the reader's."""
        if "read" not in self.masked[start:end]:
            return None  # (a cheap gate first)
        paper = READ_OWNED_PAPER.search(self.masked, start, end)
        if paper is None:
            return None
        at, stop = paper.start("owner"), paper.end("owner")
        word = paper.group("owner")
        if word.lower() in ("his", "her", "their"):
            # ("Ann Roe lost her savings. The prosecutor read her letter aloud.": the one the paragraph is about
            # wrote it, never the reader opening the reading sentence, whatever gender the reader's name reads as)
            sent = self.speakers.sentence_at(at) or (start, start)
            reader = next((m for m in self.mentions if sent[0] <= m.start < paper.start() and m.kind == "person"
                           and not m.possessive), None)
            wanted = PRONOUN_GENDER.get(word.lower())
            writer = None
            for back in (0, 1):  # (the reading sentence's own paragraph first, then the one before it)
                since, until = self.speakers._paragraph_start(sent[0], back=back), \
                    (sent[0] if back == 0 else self.speakers._paragraph_start(sent[0]))
                writer = next((m for m in self.mentions if since <= m.start < until and m.kind == "person" and not m.possessive
                               and (reader is None or m.speaker != reader.speaker) and m.party is not None
                               and (wanted is None or self.speakers.fits(m.speaker, wanted))), None) \
                    if reader is not None and word.lower() != "their" else None
                if writer is not None:
                    break
            found = self.speakers.speaker_of(writer, anchor) if writer \
                else self.speakers.pronoun(Reference(at, stop, word, "pronoun", True), anchor)
        else:
            stop -= len(word) - len(re.sub(r"[\u2019'](?:s)?$", "", word))  # ("Ann Roe's": the name without its mark)
            found = self.speakers.resolve(at, stop, anchor)
        return Attribution(found[0], found[1], 0.7) if found and found[0] else None

    def _heard_saying(self, seg: Segment) -> Attribution | None:
        """ "The jury was shown CCTV in which Roe could be heard shouting: "…"": the one heard on the recording."""
        sent_start = (self.speakers.sentence_at(seg.open_at) or (seg.paragraph.start, seg.open_at))[0]
        before = self.masked[sent_start:seg.open_at]
        if "heard" not in before:
            return None  # (a cheap gate first)
        heard = HEARD_SAYING.search(before)
        if heard is None:
            return None
        at, end = sent_start + heard.start("np"), sent_start + heard.end("np")
        if heard.group("np").lower() in ("he", "she", "they"):
            found = self.speakers.pronoun(Reference(at, end, heard.group("np"), "pronoun", False), seg.open_at)
        else:
            found = self.speakers.resolve(at, end, seg.open_at)
        return Attribution(found[0], found[1], 0.8) if found and found[0] else None

    def _finder(self, sent_start: int, verb_at: int) -> tuple[str, str | None] | None:
        """ "after a judge found the attack was "…"": a court's finding quoted, spoken by the judge (or jury)
        right before the verb; any other finder ("police found") gives no speaker this way."""
        head = self.masked[sent_start:verb_at]
        named = [m for m in self.mentions if sent_start <= m.start and m.end <= verb_at and m.kind == "person"
                 and not m.possessive and not head[m.end - sent_start:].strip()]
        if named and named[-1].party in self.speakers.judges():
            return named[-1].speaker, self.speakers.role_of(named[-1].party)
        role = FINDER_NP.search(head)
        if not role:
            return None
        if role.group("noun") in ("jury", "jurors"):
            return ("grand jury" if "grand" in role.group("mods").split() else "jury"), None
        appeal = self.speakers.appeal_court(sent_start) if role.group("noun") in ("court", "majority", "justices") else None
        if appeal and not re.search(r"\b(?:trial|lower|district|county|superior|circuit)\b", role.group("mods")):
            return appeal, None  # "… ," the court found": the appeal court the article named last, not the trial judge
        if role.group("noun") in ("majority", "justices"):
            return UNNAMED  # (justices are never the trial judge)
        if role.group("noun") == "court" and role.group("mods").strip():
            courts = {re.sub(r"^The\s+", "", m.group()) for m in NAMED_COURT.finditer(self.masked) if len(m.group().split()) > 1}
            if HIGH_COURT.search(role.group("mods")):
                courts = {c for c in courts if re.search(r"Appeal|Supreme|Appellate", c)}
            if len(courts) == 1:
                return courts.pop(), None
        judges = self.speakers.judges()
        return (judges[0].name, self.speakers.role_of(judges[0])) if len(judges) == 1 else UNNAMED

    def _ruling_on_owned_words(self, sent_start: int, before: str, owner_at: int, anchor: int) -> Attribution | None:
        """ "The appeals court threw out the sentence, ruling that Roe's remarks "…"": the words are the court's
        holding about the remarks, not the remarks' owner's; None without a participle of judgment before them."""
        ruling = _JUDGING_PARTICIPLE.search(before, 0, owner_at) if "ing that" in before else None
        court = self._judging_subject(sent_start, sent_start + ruling.start(), anchor) if ruling else None
        return Attribution(court[0], court[1], 0.8) if court else None

    def _judging_subject(self, sent_start: int, verb_at: int, anchor: int) -> tuple[str, str | None] | None:
        """The court or judge opening a sentence whose participle of judgment follows ("In May, the Court of Appeals
        vacated the term, ruling that …", "The judge denied bail, finding that …"), as the article names them."""
        subject = _JUDGING_SUBJECT.match(self.masked, sent_start, verb_at)
        if subject is None:
            return None
        found = self.speakers.resolve(subject.start("np"), subject.end("np"), anchor)
        return found if found and found[0] else None

    def _absolute_subject(self, start: int, end: int, anchor: int) -> tuple[str, str | None] | None:
        """ "…, with a judge telling him "…"": the noun after "with" speaks. An unnamed judge in a story with one
        judge is that judge; an unnamed role or group keeps the article's words ("prosecutors")."""
        np = self.masked[start:end]
        unnamed = re.fullmatch(r"(?:an?|one|another|the)\s+(?:[\w.-]+\s+){0,3}?(?P<noun>[a-z-]+)", np)
        if unnamed and unnamed.group("noun") in JUDGE_ROLES:
            # (the sentencing judge of the story: never the person the next paragraph happens to open with)
            judges = self.speakers.judges()
            return (judges[0].name, self.speakers.role_of(judges[0])) if len(judges) == 1 else (np, None)
        found = self.speakers.resolve(start, end, anchor)
        if found and found[0]:
            return found
        if _PEOPLE_PLURAL.fullmatch(np):
            return np, None
        one = re.fullmatch(r"(?:one|another)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z-]+)", np)
        if one and one.group("noun") in _PUBLIC_VOICES | ROLE_NOUNS | PEOPLE_NOUNS | UNNAMED_PERSON_NOUNS | _PERSON_WORDS:
            # "#FreeRoe trended, with one user calling the ruling "…"": one unnamed member of the public, as written
            return np, None
        return None

    def _subject_of(self, sent_start: int, verb_at: int, verb: str, anchor: int) -> tuple[str, str | None] | None:
        head = self.masked[sent_start:verb_at]
        described = self.speakers.lede_person
        if described and self.sentences and sent_start <= self.sentences[0][0] < verb_at \
                and _LEDE_SUBJECT_WHO.match(self.masked, self.sentences[0][0], verb_at):
            # "A former council member who told a developer that "…" was sentenced": the words in the lede
            # subject's relative clause are that person's, the one the article names later
            return described[0].name, self.speakers.role_of(described[0])
        teller = self._reported_teller(sent_start, verb_at, verb, anchor) if verb in _TELLING_VERBS else None
        if teller:
            return teller
        if verb.endswith("ing") and _BY_BEFORE.search(head):
            # "Lee told jurors that Roe answered the text by writing back, "…"": a by-gerund's subject is its own
            # clause's, the nearest name with a verb of its own, never the one reporting the clause
            clause = [m for m in self.mentions if sent_start <= m.start and m.end <= verb_at and m.kind == "person"
                      and not m.possessive and _FINITE_AFTER.match(self.masked, m.end)]
            if clause:
                return clause[-1].speaker, self.speakers.role_of(clause[-1].party)
        relative = _WHICH_SUBJECT.search(head) if "which" in head else None
        if relative:
            # "Counsel handed in a letter in which the accused wrote that …": the relative clause's own subject
            # writes, never the main clause's
            found = self.speakers.resolve(sent_start + relative.start("np"), sent_start + relative.end("np"), anchor)
            if found and found[0]:
                return found
            kin = _DESCRIBED_KIN.fullmatch(relative.group("np").replace("\u2019", "'"))
            if kin:
                # ("a hearing at which the dead man's mother told the judge …": a relative described by whose they
                # are, as written, for the one the article names in that role later)
                return re.sub(r"^the\s+", "", relative.group("np")), None
        answer = _ANSWERING_CLAUSE.search(head)
        if answer:
            # "Roe told Lee the numbers were "fiction," to which he replied, "…"": the relative clause's own subject
            # answers, never the main clause's subject
            pron = next((m for m in self.mentions if m.start == sent_start + answer.start("np") and m.kind == "pronoun"), None)
            found = self.speakers.pronoun(pron, anchor) if pron else \
                self.speakers.resolve(sent_start + answer.start("np"), sent_start + answer.end("np"), anchor)
            people = [m for m in self.mentions if sent_start <= m.start < sent_start + answer.start()
                      and m.kind == "person" and not m.possessive]
            if pron and found and people and found[0] == people[0].speaker:
                # (the one told answers: "Roe told Lee …, to which he replied" is Lee's reply)
                wanted = PRONOUN_GENDER.get(pron.speaker.lower())
                addressee = next((m for m in people if m.speaker != found[0] and self.speakers.fits(m.speaker, wanted)), None)
                found = (addressee.speaker, self.speakers.role_of(addressee.party)) if addressee else found
            if found and found[0]:
                return found
        absolute = _WITH_ABSOLUTE.search(head) if verb.endswith("ing") else None
        if absolute:
            np = "name" if absolute.group("name") else "np"
            found = self._absolute_subject(sent_start + absolute.start(np), sent_start + absolute.end(np), anchor)
            if found:
                return found
        medium = _MEDIUM_BEFORE.search(head)
        if medium and medium.start() > 0:
            # "Roe, a Texas Republican, in a letter to the Justice Department called it": the body the letter went
            # to is no subject; the verb's subject stands before the phrase
            found = self._subject_of(sent_start, sent_start + medium.start(), verb, anchor)
            if found and found[0]:
                return found
        aside = _ASIDE_PRONOUN.search(head)
        if aside and "," in self.masked[verb_at:anchor] and not _OPENER_ONLY.fullmatch(head, 0, aside.start() + 2):
            # "Roe, she told jurors, was "…"": an attribution set off in commas inside the reported clause; the
            # pronoun is the verb's subject, and the name it interrupts is whom the words are about
            pron = next((m for m in self.mentions if m.kind == "pronoun" and m.start == sent_start + aside.start("p")), None)
            found = self.speakers.pronoun(pron, anchor) if pron else None
            if found and found[0]:
                return found
        channel = _CHANNEL.search(head)
        if channel and channel.start() > 0:
            # "The Roe family, through their attorney Ann Lee, said": the go-between set off in commas only carries
            # the words; the subject before it speaks
            found = self._subject_of(sent_start, sent_start + channel.start(), verb, anchor)
            if found and found[0]:
                return found
        aside = _SUBJECT_ASIDE.search(head) if "," in head else None
        if aside and aside.start() > 0 and not any(c.group("verb") for c in CUE.finditer(head, 0, aside.start())):
            # "The Roe family, in a statement posted by his sister, Ann Roe, said" / "The defense team, led by Ann
            # Roe, argued": the subject before the aside speaks; a name inside it only carried or led the words
            found = self._subject_of(sent_start, sent_start + aside.start(), verb, anchor)
            if found and found[0]:
                return found
        what = _WHAT_NP_VERB.search(head) if not verb.endswith("ing") else None
        if what:
            # "on what one prosecutor called "…"", "trips, which he later called": the relative clause's own subject
            found = self._what_pronoun(sent_start, sent_start + what.start(), what.group("np"), anchor) \
                or self.speakers.resolve(sent_start + what.start("np"), sent_start + what.end("np"), anchor)
            if found and found[0]:
                return found
            role = re.match(r"(?:one|an?|another)\s+(?P<noun>[a-z-]+)$", what.group("np"))
            if role and role.group("noun") in ROLE_NOUNS:
                return role.group("noun"), None  # an unnamed role, as written
        judged = _OUTCOME_CALLED.search(head) if _JUDGING_VERB.fullmatch(verb) else None
        if judged:
            # "Roe got probation, a decision the young man's mother called "…"": the relative clause's own subject
            # judges the outcome, never the main clause's subject or object
            # ("in a case a prosecutor called "…"": someone the article leaves unnamed speaks as written, never the
            # sentence's named subject)
            unnamed = re.fullmatch(r"(?:an?|one|another)\s+(?P<noun>[a-z-]+)", judged.group("np"))
            if unnamed and unnamed.group("noun") in ROLE_NOUNS:
                return judged.group("np"), None
            found = self.speakers.resolve(sent_start + judged.start("np"), sent_start + judged.end("np"), anchor)
            if found and found[0]:
                return found
            return self._relative_named(judged.group("np")) or UNNAMED
        heard = _HEARD_SAY.search(head)
        if heard:
            # "A neighbor testified that he heard Roe scream, "…"": the one heard speaks, not the one hearing
            found = self.speakers.resolve(sent_start + heard.start("np"), sent_start + heard.end("np"), anchor)
            if found and found[0]:
                return found
        owned_doc = OWNED_DOC_RELATIVE.search(head)
        if owned_doc:
            # "The government asked for 30 months in its memorandum, which said": the document's owner speaks
            if (owned_doc.group("owner") or "its").lower() == "its":
                body = self._body_subject(sent_start, head)
                if body or owned_doc.group("owner"):
                    return body
                # "Roe filed a brief, which said": the person opening the sentence
                opener = next((m for m in self.mentions if sent_start <= m.start < sent_start + owned_doc.start()
                               and m.kind == "person" and not m.possessive), None)
                if opener and _opens_with(self.masked[sent_start:opener.start]):
                    return self.speakers.speaker_of(opener, anchor)
                return None
            at = sent_start + owned_doc.start("owner")
            owner = self.speakers.pronoun(Reference(at, at + 3, owned_doc.group("owner"), "pronoun", True), anchor)
            return owner if owner and owner[0] else None
        described = _DESCRIBED_SUBJECT.match(head)
        if described and not _PASSIVE_BEFORE.search(head):  # ("A man who … has been told": told, not telling)
            # "The mother of a recruit who died in training says": the description, not a noun inside its clause
            found = self.speakers.resolve(sent_start + described.start("np"), sent_start + described.end("np"), anchor)
            if found and any(p.name == found[0] and p.kind == "person" for p in self.parties):
                return found  # (only a person the article goes on to name; a description is left to the rules below)
        unnamed_writer = _unnamed_then_who(head)
        if unnamed_writer and not any(m.kind != "pronoun" and sent_start + unnamed_writer[0] <= m.start < sent_start + len(head)
                                      for m in self.mentions):
            # "letters of support, one from a retired coach at the school who wrote that …": the person the
            # restrictive clause describes speaks, by the article's description (no name inside it)
            np = unnamed_writer[1]
            at = sent_start + unnamed_writer[0]
            named = self.speakers.resolve(at, at + len(np.rstrip()), anchor)
            if named and named[0] and any(p.name == named[0] and p.kind == "person" for p in self.parties):
                # ("sentenced by a judge who said he had "…"" and "Judge Ann Roe" further on: the one judge the
                # article names, as a delayed lede names the person it first describes)
                return named
            return np[0].lower() + np[1:], None
        inner = _INNER_SUBJECT.search(head)
        if inner and _plausible_np(inner.group("np")):
            # "Roe wept as a federal judge told her": the verb's own subject opens its clause, after "as"
            found = self.speakers.resolve(sent_start + inner.start("np"), sent_start + inner.end("np"), anchor)
            if found and found[0]:
                return found
        writer = _FROM_WRITER.match(head) if "from" in head or "by" in head else None
        reported_that = [m for m in _REPORTED_THAT.finditer(head)] if writer is None and ("from" in head or "by" in head) else []
        if reported_that:
            # "She noted that a letter from his old coach described him as" (", and that a letter from …"): the
            # writer's phrase opens the last reported clause, so the letter's writer speaks, not whoever reports
            # what the letter said
            writer = _FROM_WRITER.match(head, reported_that[-1].end())
        if writer:
            # "One, from retired fire chief Ann Roe, describes him as": the letter speaks for whoever wrote it
            # ("former Diamondbacks catcher Ann Roe": the name after the description, not a name inside it)
            # ("her pastor, the Rev. Ann Roe,": the name in the appositive is the writer the role describes)
            for group in ("appos", "np") if writer.group("appos") else ("np",):
                phrase = writer.group(group)
                cut = _WRITER_AFFILIATION.search(phrase)
                phrase = phrase[:cut.start()] if cut else phrase
                named = _WRITER_NAME.search(phrase.rstrip())
                if group == "appos" and not named:
                    continue
                np_start = writer.start(group) + (named.start() if named else len(phrase) - len(phrase.lstrip()))
                np_end = writer.start(group) + len(phrase.rstrip())
                found = self.speakers.resolve(sent_start + np_start, sent_start + np_end, anchor)
                if found and found[0]:
                    return found
                if cut:
                    return None  # ("One, from a church in Dover,": the place is no writer)
                unnamed = _OWNED_PERSON_PHRASE.fullmatch(phrase.strip()) if group == "np" and not named else None
                if unnamed and unnamed.group("head") in ROLE_NOUNS | KIN_NOUNS | _PERSON_WORDS:
                    # "A letter from his former teacher described him as": a writer the article never names
                    # speaks by its description, as written
                    return unnamed.group(), None
        quoted = _QUOTED_AS.search(head) if verb.endswith("ing") else None
        if quoted:
            # "the office quoted Prosecutor Ann Roe as saying": whoever is quoted speaks, not whoever quotes them
            found = self.speakers.resolve(sent_start + quoted.start("np"), sent_start + quoted.end("np"), anchor)
            if found and found[0]:
                return found
        if re.search(r"(?:^|\b(?:[Aa]nd|[Bb]ut|[Tt]hen|[Ss]o)\s+)I\s+(?:[\w\u2019'-]+\s+){0,10}$", head):
            interviewee = self.speakers.interviewee(sent_start)
            if interviewee:
                return interviewee  # "A: … I had to tell him, "…"": the one answering the interview
        trailing = _TRAILING_REPORT.search(head) if verb.endswith("ing") else None
        if trailing:
            # "Roe will serve ten years, a county judge ruled Monday, calling it": the participle hangs from the
            # reporting clause just before it, so its subject speaks, not the main clause's
            found = self.speakers.resolve(sent_start + trailing.start("np"), sent_start + trailing.end("np"), anchor)
            if found and found[0]:
                return found
        semicolon = head.rfind(";") if verb.endswith("ing") else -1
        if semicolon >= 0:
            # "Prosecutors sought 20 years; Roe's lawyers asked for five, citing "…"": a clause after a semicolon
            # is a sentence of its own, and the participle hangs from its subject
            clause = sent_start + semicolon + 1
            clause += len(head) - semicolon - 1 - len(head[semicolon + 1:].lstrip())
            found = self._subject_of(clause, verb_at, verb, anchor)
            if found and found[0]:
                return found
        turn = list(_CLAUSE_SUBJECT.finditer(head)) if verb.endswith("ing") else []
        if turn:
            # "prosecutors asked for 15 years, while his lawyers asked for three, arguing": the nearest clause's subject
            found = self.speakers.resolve(sent_start + turn[-1].start("np"), sent_start + turn[-1].end("np"), anchor)
            if found and found[0]:
                return found
        if verb.endswith("ing"):
            # "the video shows Officer Ann Roe telling him that "…"": the participle's own subject, right before it
            own = next((m for m in self.mentions if sent_start <= m.start and m.end <= verb_at and m.kind != "pronoun"
                        and not m.possessive and not self.masked[m.end:verb_at].strip()), None)
            if own:
                return own.speaker, self.speakers.role_of(own.party)
        coordinated = _WHO_THEN.search(head) if _shares_subject(head) else None
        if coordinated:
            # "former Hawks catcher Ann Roe, who called him "…" and wrote that": both verbs are the relative
            # clause's, so both quotes are Roe's (not a name before her in the title, nor one inside the clause)
            named = next((m for m in reversed(self.mentions) if sent_start <= m.start
                          and m.end <= sent_start + coordinated.start() and m.kind != "pronoun" and not m.possessive), None)
            if named and not self.masked[named.end:sent_start + coordinated.start()].strip(" ,"):
                return self.speakers.speaker_of(named, anchor)
        # "Ann Roe ran the board and in 2019 told a reporter": a second verb shares the first one's subject
        # ("He shines a light through the window, shouts "…" and fires": so does a verb in a comma series)
        series = _SERIES_HEAD.match(head)
        if series and _PEOPLE_WORD.fullmatch(series.group("verb")):
            series = None  # "White House lawyers, asked about it, said": a noun after a name, no verb
        if verb.endswith("ing") or _shares_subject(head) or series:
            fronted = FRONTED_PHRASE.match(self.masked, sent_start, verb_at)
            first = [m for m in self.mentions if sent_start <= m.start < verb_at and m.kind != "pronoun"
                     and not m.possessive and not self.speakers.is_agent(sent_start, m)
                     and not (fronted and m.start < fronted.end() and self.masked[sent_start:m.start].strip())]
            spoke = next((c for c in CUE.finditer(self.masked, sent_start, verb_at) if c.group("verb")
                          and not c.group("verb").endswith("ing")
                          and not _PASSIVE_BEFORE.search(self.masked, sent_start, c.start())
                          and not _OPENING_PHRASE.fullmatch(self.masked, sent_start, c.start())
                          and not DOC_BEFORE.search(self.masked, sent_start, c.start())
                          # ("When the judge asked whether he knew, he paused before answering": a verb inside a
                          # fronted clause has a subject of its own, never the main clause's)
                          and not (fronted and c.start() < fronted.end())), None)
            # (a participle belongs to the nearest clause: "The memo said Roe refused, telling him "…"" is Roe)
            if spoke and not verb.endswith("ing") and (not first or spoke.start() < first[0].start):
                # "The judge said she gave Roe some credit, but added": a name after the first verb of speech is
                # inside what was said; the later verb shares that first verb's subject
                found = self._subject_of(sent_start, spoke.start(), spoke.group("verb"), anchor)
                if found:
                    return found
                first = []
            if spoke and first and spoke.start() > first[0].start and not verb.endswith("ing"):
                # "Lee testified that Roe showed him the ledger and told him, "…"": the second verb shares the
                # reported clause's subject, so Roe speaks, not the witness reporting it
                inner = next((m for m in self.mentions if spoke.end() <= m.start < verb_at and not m.possessive), None)
                if inner and _COMPLEMENT_GAP.fullmatch(self.masked, spoke.end(), inner.start):
                    found = self.speakers.speaker_of(inner, anchor)
                    if found and found[0]:
                        return found
            # (after a time phrase too: "Last year she sentenced a banker to nine years, telling him …")
            # (or a scene-setting phrase: "At sentencing she turned around, looked at the gallery and said")
            opener = next((m for m in self.mentions if sent_start <= m.start < verb_at and m.kind == "pronoun"
                           and not m.possessive and (_TIME_OPENER.fullmatch(self.masked, sent_start, m.start)
                                                     or _SCENE_OPENER.fullmatch(self.masked, sent_start, m.start)
                                                     # ("When the judge asked …, he paused before answering")
                                                     or (fronted is not None and m.start == fronted.end()))), None)
            if opener and (not first or first[0].start > opener.start):
                found = self.speakers.speaker_of(opener, anchor)
                if found:
                    return found
            # ("Law360 (June 6, 2024) -- Federal prosecutors are seeking …, telling": the group after a dateline)
            dateline = _DATELINE.match(self.masked, sent_start, verb_at)
            group = GROUP_SUBJECT.match(self.masked, dateline.end() if dateline else sent_start)
            if group is None and verb.endswith("ing") and "," in head:
                # ("In a filing last week, prosecutors asked Judge Roe for 9 years, saying": the group after an
                # opening phrase with a comma, still the sentence's subject)
                opening = _SCENE_OPENER.match(self.masked, sent_start, verb_at)
                group = GROUP_SUBJECT.match(self.masked, opening.end()) if opening and "," in opening.group() else None
            if group and (not first or first[0].start >= group.end("group")):
                # "Prosecutors asked Judge Roe for 9 years, saying "…"": the group opening the sentence, not its object
                return group.group("group").lower(), None
            body = BODY_SUBJECT.match(self.masked, sent_start)
            if body and (not first or first[0].start >= body.end("noun")) and opener is None:
                # "The company has not been charged and said …": the body opening the sentence
                return self._body_subject(sent_start, head)
            role_np = _ROLE_OPENER.match(self.masked, sent_start, verb_at)
            if role_np and first and re.fullmatch(r"(?:\s+(?:of|for)\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?\s*,)?[\s,]*"
                                                   # ("The original trial judge, Justice Tom Roe, told him …": a
                                                   # title before the appositive name is the role's own)
                                                   # ("Roe's lawyer, assistant public defender Tom Lee,": a
                                                   # title in lower case, as US papers write it before a name)
                                                   r"(?:(?<=,\s)(?:[A-Z][a-z]{1,10}\.?\s+){1,2}"
                                                   r"|(?<=,\s)(?:(?!(?:to|with|for|of|by|at|in|on|from|and|or|who|whom|"
                                                   r"which|that|told|said|says|asked|the|a|an|his|her|their)\s)"
                                                   r"[a-z][a-z.-]*(?<!ing)\s+){1,4})?",
                                                   self.masked[role_np.end():first[0].start]):
                # "Ann's mother Denise Roe broke down …" / "Ohio's director of elections, Ann Roe, …": the role's own
                # name follows it
                role_np = None
            if role_np and (not first or first[0].start >= role_np.end()) and opener is None:
                # "A county judge revoked her probation, saying …" / "Roe's lawyer begged for less, saying …": the
                # role opening the sentence, named later or by the party given that role, or left unnamed
                found = self.speakers.resolve(role_np.start("np"), role_np.end(), anchor)
                noun = role_np.group().split()[-1].lower()
                holder = next((p for p in self.parties if found and p.name == found[0] and p.kind == "person"), None)
                wanted = LAWYER if noun in LAWYER else JUDGE_ROLES if noun in JUDGE_ROLES else {noun}
                if holder is not None and not any(wanted & set(r.lower().split()) for r in holder.roles) \
                        and not (wanted is JUDGE_ROLES and holder in self.speakers.judges()):
                    # never a person the article does not give that role ("Lady Roe" is a judge by her title)
                    return UNNAMED
                if found is not None:
                    return found
                if wanted is JUDGE_ROLES:
                    # ("On Friday, a Lake County Circuit Court judge sentenced Roe …, calling": the judge the article
                    # names, never the one sentenced)
                    judges = self.speakers.judges()
                    return (judges[0].name, self.speakers.role_of(judges[0])) if len(judges) == 1 else UNNAMED
            described = self._description_opening(sent_start, fronted, first, anchor) if first else None
            if described:
                return described
            team = _TEAM_OPENING.match(self.masked, sent_start) if first else None
            if team:
                # "His lawyers, Ann Roe and Bo Lee, asked for six years, writing that …": the team, as one voice
                found = self.speakers.resolve(team.start("team"), team.end("team"), anchor)
                if found and found[0] and found[0] != first[0].speaker:
                    return found
            group = _GROUP_SUBJECT.search(self.masked, sent_start, first[0].start) if first and verb.endswith("ing") else None
            if group:
                # "In a memo filed in Federal District Court, prosecutors asked Judge Ann Roe to ..., writing that ...":
                # the participle is the clause's subject's, a group the parties do not list, not the judge it names
                found = self.speakers.resolve(group.start("group"), group.end("group"), anchor)
                if found and found[0]:
                    return found
            if first:
                return first[0].speaker, self.speakers.role_of(first[0].party)
            if verb.endswith("ing") and not first and opener is None:
                owned = OWNED_GROUP.match(self.masked, sent_start)
                if owned:
                    at = sent_start + owned.start("owner")
                    pronoun = Reference(at, at + len(owned.group("owner")), owned.group("owner"), "pronoun", True)
                    owner = self.speakers.pronoun(pronoun, anchor)
                    if owner and owner[0]:
                        return f"{owner[0].split()[-1]}\u2019s {owned.group('group')}", None
        antecedent = re.search(rf",\s*who\s+(?:(?:{ADVERB}|also|later|then|had|has|have)\s+)*$", head)
        if antecedent:
            # "the agency's head, Colin Draper, who said …": the one the relative clause is about speaks
            named = next((m for m in reversed(self.mentions) if sent_start <= m.start and m.end <= sent_start + antecedent.start()
                          and m.kind != "pronoun" and not m.possessive), None)
            # ("The release quoted Special Agent in Charge Ann Roe of the SBA's Office of Inspector General, who
            # said": the person before the body she belongs to, not the body)
            member = next((m for m in reversed(self.mentions) if sent_start <= m.start and m.kind == "person"
                           and not m.possessive and m.end < sent_start + antecedent.start() and _AFFILIATION_OF.fullmatch(
                               self.masked[m.end:sent_start + antecedent.start()] + " ")), None)
            if named and named.kind != "person" and member:
                return self.speakers.speaker_of(member, anchor)
            if named and not self.masked[named.end:sent_start + antecedent.start()].strip(" ,"):
                return self.speakers.speaker_of(named, anchor)
            # ("criticism from Rep. Ann Roe, a Texas Republican who sits on the panel, who called it": the name
            # before the appositive describing it)
            described = next((m for m in reversed(self.mentions) if sent_start <= m.start and m.kind == "person"
                              and not m.possessive and _APPOSITIVE_THEN.fullmatch(
                                  self.masked, m.end, sent_start + antecedent.start())), None)
            if described:
                return self.speakers.speaker_of(described, anchor)
            if member:
                return self.speakers.speaker_of(member, anchor)
            # "over the objection of prosecutors, who called him …": a group the relative clause is about
            group = GROUP_BEFORE_VERB.search(self.masked, sent_start, sent_start + antecedent.start())
            if group:
                return group.group("group").lower(), None
        signed = _SIGNED_DOC.match(head)
        if signed:
            # "The defense memo, signed by attorney Ann Roe, described": a document speaks for whoever signed it
            found = self.speakers.resolve(sent_start + signed.start("np"), sent_start + signed.end("np"), anchor)
            return found if found and found[0] else UNNAMED
        stripped = re.sub(rf"(?:\s+(?:{ADVERB}|also|then|later|once|again|previously|had|has|have|would|will))+\s*$", "", head)
        opener = next((m for m in self.mentions if sent_start <= m.start < verb_at and m.kind == "person"), None)
        if opener and not opener.possessive and _opens_with(self.masked[sent_start:opener.start]) \
                and _MODIFIER_THEN_VERB.fullmatch(self.masked, opener.end, sent_start + len(stripped)):
            # "Ann Roe, standing with her husband, Lee, and their son, said": names inside the modifier between
            # the subject and its verb are people it mentions; the name opening the sentence speaks
            return self.speakers.speaker_of(opener, anchor)
        relative = _SUBJECT_THEN_RELATIVE.match(stripped)
        if relative and _plausible_np(relative.group("np")) and not _PERSON_HEAD.search(relative.group("np")):
            # "The FBI's Trenton office, which worked the case with police in Alder Bay and Linwood, said": the
            # body the relative clause describes speaks; names inside the clause are only what it mentions
            found = self.speakers.resolve(sent_start + relative.start("np"), sent_start + relative.end("np"), anchor)
            owned = _OWNED_NAMED_BODY.fullmatch(relative.group("np").strip())
            if found and found[0] and owned and owned.group("body") == found[0]:
                # ("The FBI's Newark Field Office": the office as the article names it, with whose office it is)
                return owned.group("np"), None
            if found and found[0]:
                return found
        if stripped.rstrip().endswith(","):
            inner = stripped.rstrip()[:-1]
            # (a number's thousands comma parts no phrase: "Elm College, a school of about 2,400 students, said")
            cut = max((m.start() for m in re.finditer(r",(?!\d{3}\b)|(?<!\d),", inner)), default=-1)
            if cut > 0:
                # "The U.S. attorney, Joyce Whitaker, said": a name in the appositive is the speaker
                # ("Ann Roe, of the Harbor Police Union, said": the body she belongs to is no speaker either)
                # ("Det Sgt Ann Roe, who led the inquiry, known as Operation Kea, said": the inquiry's name is no speaker)
                # ("Ann Roe, pastor of Elm Church in Derby, where the family worships, said": nor the church)
                clause = re.match(r",\s*(?:who|which|whose|whom|where|of|from|with|at|known\s+as|code-?named|dubbed)\b", inner[cut:])
                # (a person: "Ann Roe, head of the charity Safe Harbor, said" is Roe speaking, not the charity;
                # "Ann Roe, a Democrat who served with Mr. Lee," is Roe: a name inside the description's own
                # clause or after a preposition is someone the description mentions)
                pair = self.speakers.resolve(sent_start + cut + 1, sent_start + len(inner), anchor) \
                    if not clause and _PAIR_TAIL.search(inner) else None
                if pair and pair[0] and " and " in pair[0]:
                    return pair  # "The boy's parents, Ismay and Ben Roe, said": the two named in the appositive
                team = _LEGAL_TEAM_HEAD.search(inner, 0, cut) if " and " in inner[cut:] and not clause else None
                if team and sum(1 for m in self.mentions if sent_start + cut < m.start < sent_start + len(inner)
                                and m.kind == "person" and not m.possessive) >= 2:
                    # "Roe's lawyers, Ann Lee and Bo Park, argued in a filing": a legal team speaks as one, the
                    # names in the appositive are its members
                    found = self.speakers.resolve(sent_start + team.start("np"), sent_start + team.end("np"), anchor)
                    return found if found and found[0] else (team.group("np"), None)
                named = [m for m in self.mentions if sent_start + cut < m.start < sent_start + len(inner)
                         and m.kind == "person" and not m.possessive and not clause
                         and not _APPOSITIVE_CLAUSE.search(self.masked, sent_start + cut, m.start)]
                if named:
                    return self.speakers.speaker_of(named[0], anchor)
                body = self._body_in_appositive(sent_start, inner, cut) if not clause else None
                if body:
                    return body, None
                stripped = inner[:cut]
                if clause:
                    # "Ann Roe, the state auditor, whose office led the case, said": the name before the description
                    # (also a bare title: "Ann Roe, treasurer of the Hale Fund, which lost $2 million, said")
                    cut = stripped.rfind(",")
                    described = [m for m in self.mentions if cut > 0 and m.end == sent_start + len(stripped[:cut].rstrip())
                                 and m.kind == "person" and not m.possessive] \
                        if re.match(r",\s*(?:the|a|an|[a-z][\w-]*)\s", stripped[cut:]) else []
                    if described and not _PASSIVE_BEFORE.search(head):  # ("A man who … has been told": told, not telling)
                        return self.speakers.speaker_of(described[0], anchor)
        restricted = _INDEFINITE_THEN_THAT.fullmatch(stripped) if " that " in stripped else None
        if restricted and restricted.group("head") not in DOCUMENT_NOUNS and not any(
                m.kind == "person" for m in self.mentions if sent_start <= m.start < sent_start + restricted.end("np")):
            # "A credit union for Ohio teachers that lost $2 million with Roe Capital said": the unnamed subject a
            # restrictive clause describes speaks, as the article describes it; names inside the clause are only
            # what it mentions
            np = restricted.group("np")
            return np[0].lower() + np[1:], None
        # "Sen. Mark Lund, R-Plymouth," / "Ann Roe, 47,": a party tag or an age is no speaker
        # ("a spokesperson for the Kelby Police Service (KPS) said": a body's short form in brackets after its name)
        stripped = re.sub(r"(?:,\s*(?:[RDI]-[A-Z][\w.]*|\d{1,3})|\s*\([RDI](?:-[A-Z][\w.]*)?\)|\s*\([A-Z][A-Za-z.&-]{1,9}\))\s*$",
                          "", stripped.rstrip())
        end = sent_start + len(stripped.rstrip())
        group_in = _GROUP_IN_BODY.search(stripped)
        if group_in and _opens_with(stripped[:group_in.start()]):
            # "Prosecutors in District Attorney Ann Roe's office wrote": the group speaks, not the office it works in
            owned = next((m for m in self.mentions if m.kind == "group"
                          and m.start < sent_start + group_in.start() < m.end), None)
            if owned:  # "Roe's lawyers at Lee Brandt LLP argued": whose lawyers they are
                return owned.speaker, None
            return group_in.group("group").lower(), None
        # ("the host of “Garden Hour” said": a title in quotation marks closing the subject is the work, not who speaks)
        near = [m for m in self.mentions if sent_start <= m.start and m.end <= end and m.end >= end - 2
                and not m.possessive and not self.speakers.titled_work(m)]
        first = next((m for m in self.mentions if near and near[-1].kind == "person" and sent_start <= m.start
                      and m.end < near[-1].start and m.kind == "person" and not m.possessive
                      and _PAIR_BETWEEN.fullmatch(self.masked, m.end, near[-1].start)), None)
        if first:
            # "Assistant U.S. Attorneys Ann Roe and Lee Park, in a sentencing memo, wrote": two named together as the
            # subject; the first named stands for both
            return self.speakers.speaker_of(first, anchor)
        voice_of = self.speakers.voice_for_person(sent_start, near[-1]) if near else None
        if voice_of:
            return voice_of, None
        if near:
            # "Deputy Chief Ann Roe of the Justice Department's Tax Division said": the person, not her body
            person = next((m for m in reversed(self.mentions) if sent_start <= m.start and m.end <= near[-1].start
                           and m.kind == "person" and not m.possessive
                           and _AFFILIATION_OF.fullmatch(self.masked, m.end, near[-1].start)), None)
            return self.speakers.speaker_of(person or near[-1], anchor)
        member = next((m for m in self.mentions if sent_start <= m.start and m.end < end and m.kind == "person"
                       and not m.possessive and _AFFILIATION_OF.fullmatch(self.masked[m.end:end] + " ")), None)
        if member:
            # "Lena Ortiz of Hale & Moss LLP, his lawyer, said": the person before the body she works at speaks,
            # even where the body's name was never taken for a party
            return self.speakers.speaker_of(member, anchor)
        group = GROUP_BEFORE_VERB.search(stripped)
        if group and not re.search(r"[A-Z][\w.-]*\s+$", stripped[:group.start()]):  # not "Ann Roe of Derby Police"
            return group.group("group").lower(), None  # "… on Monday after prosecutors praised her as "…""
        # (the work a description names in quotation marks is no part of who speaks: "the host of “Garden Hour” said")
        work = _OF_TITLED_WORK.search(stripped.rstrip()) if stripped.rstrip().endswith(("\u201d", '"')) else None
        if work:
            stripped = stripped[:work.start()]
            end = sent_start + work.start()
        titled = _TITLED_EPITHET.search(stripped.rstrip()) if "\u201d " in stripped or '" ' in stripped else None
        if titled and not verb.endswith("ing"):
            # "the “Crumb Wars” host said": a person known by the show they host, whom the article names beside it
            return self.speakers.holder_of_work(titled.group("title"), titled.group("noun"), sent_start + titled.start())
        # (from a word's start, never a cut one: "…ly friend who set up a fund in Kaylee's name" is no phrase to read)
        tail = _SUBJECT_TAIL.search(stripped.rstrip())
        if tail and not verb.endswith("ing"):  # "…, telling": what ends the main clause is its object, not the speaker
            # (the nearest words first: "FBI Special Agent in Charge Ann Roe of the bureau's Newark office said" is Ann
            # Roe, whom the last 60 characters name; the longer reading is for a phrase those would cut)
            near = _NEAR_SUBJECT_TAIL.search(stripped.rstrip())
            if near and len(near.group(1)) < len(tail.group(1)):
                found = self.speakers.resolve(end - len(near.group(1)), end, anchor)
                if found and any(p.kind == "person" and p.name == found[0] for p in self.parties):
                    return found
            return self.speakers.resolve(end - len(tail.group(1)), end, anchor)
        return None

    def _body_in_appositive(self, sent_start: int, inner: str, cut: int) -> str | None:
        """ "One of the lenders, Maple Ridge Bank, said": a description of an unnamed one, then the body it is set
        off in commas: the body speaks, as the article names it."""
        # ("The bus firm that employed Ann Roe, Elm Coaches, said": a name inside the description's own relative
        # clause is only someone it mentions)
        clause = _DESCRIBING_CLAUSE.search(inner, 0, cut) if " that " in inner or " which " in inner else None
        limit = sent_start + (clause.start() if clause else cut)
        if not _DESCRIPTION_STARTS.match(inner) or any(m.kind == "person" and sent_start <= m.start < limit
                                                       and not (m.possessive and m.start == sent_start)
                                                       for m in self.mentions):
            return None
        appositive = inner[cut + 1:].strip()
        at = sent_start + cut + 1 + len(inner[cut + 1:]) - len(inner[cut + 1:].lstrip())
        body = next((m for m in self.mentions if m.start == at and m.end == at + len(appositive)
                     and m.party is not None and m.party.kind == "organization"), None)
        return body.party.name if body else None

    def _description_opening(self, sent_start: int, fronted: re.Match[str] | None, first: list[Reference],
                             anchor: int) -> tuple[str, str | None] | None:
        """ "Reading from a page, the singer turned to Omar Quill and said": a description opening the clause with a
        verb of its own is the subject; a name after that verb is its object, never the speaker."""
        at = fronted.end() if fronted else sent_start
        if not self.masked.startswith(("the ", "The "), at):
            return None
        opening = _DESCRIPTION_THEN_VERB.match(self.masked, at, first[0].start)
        if opening is None:
            return None
        found = self.speakers.resolve(opening.start("np"), opening.end("np"), anchor)
        if found is None or found[0] == first[0].speaker or not any(p.kind == "person" and p.name == found[0] for p in self.parties):
            return None  # (only a person the article names: "the statement thanked Lee and said" is left to the rules below)
        return found

    def _reported_teller(self, sent_start: int, verb_at: int, verb: str, anchor: int) -> tuple[str, str | None] | None:
        """ "He said the mayor called the cash "fees" and once told him, "…"": speech reported inside reported speech,
        told to the reporter himself ("him"), is the inner clause's subject's, the one who told."""
        if not _TOLD_TO_ONE.match(self.masked, verb_at + len(verb)):
            return None
        reporter = next((c for c in CUE.finditer(self.masked, sent_start, verb_at) if c.group("verb")
                         and not c.group("verb").endswith("ing")), None)
        if reporter is None:
            return None
        gap = _THAT_GAP.match(self.masked, reporter.end(), verb_at)
        if gap is None:
            return None  # (an aside right after the reporter's verb: "she described, in a flat voice, how he told her")
        inner = ROLE_NP.match(self.masked, gap.end(), verb_at)
        mention = next((m for m in self.mentions if m.start == gap.end() and m.end <= verb_at and not m.possessive
                        and m.kind == "person"), None)
        end = inner.end() if inner else mention.end if mention else None
        rest = self.masked[end:verb_at] if end is not None else ""
        if end is None or not (_ADVERBS_ONLY.fullmatch(rest) or _shares_subject(rest)):
            return None
        if mention:
            return self.speakers.speaker_of(mention, anchor)
        found = self.speakers.resolve(inner.start(), inner.end(), anchor)
        return found if found and found[0] and any(p.kind == "person" and p.name == found[0] for p in self.parties) else None

    def _relative_named(self, np: str) -> tuple[str, str | None] | None:
        """ "the young man's mother" where the article names one person as someone's mother ("Lee's mother, Ann
        Lee,"): a relation the story gives only one named holder of is that person."""
        kin = re.search(r"[\u2019']s\s+(?:[a-z-]+\s+)?(?P<kin>[a-z-]+)$", np)
        if kin is None or kin.group("kin") not in KIN_NOUNS:
            return None
        holders = {m.speaker: m for m in self.mentions if m.kind == "person" and not m.possessive
                   and re.search(rf"[\u2019']s\s+(?:[a-z-]+\s+)?{kin.group('kin')},\s+$", self.masked[max(0, m.start - 40):m.start])}
        if len(holders) != 1:
            return None
        only = next(iter(holders.values()))
        return only.speaker, self.speakers.role_of(only.party)

    def _what_pronoun(self, sent_start: int, what_at: int, pronoun: str, anchor: int) -> tuple[str, str | None] | None:
        """ "Her lawyers argued for four years, citing what they called her "…" remorse": a pronoun inside "what
        they called" is the subject of the sentence holding it, not the previous sentence's subject."""
        if pronoun == "it":
            return self._what_it(sent_start, what_at)
        if pronoun not in ("he", "she", "they"):
            return None
        plural = pronoun == "they"
        subject = next((m for m in self.mentions if sent_start <= m.start < what_at and m.kind != "pronoun"), None)
        if subject is not None and not subject.possessive and _opens_with(self.masked[sent_start:subject.start]) \
                and (subject.kind == "group") == plural:
            found = self.speakers.speaker_of(subject, anchor)
            if found and found[0]:
                return found
        if not plural:
            return None
        group = GROUP_SUBJECT.match(self.masked, sent_start, what_at)
        if group:
            return group.group("group").lower(), None
        plural = _PLURAL_OPENER.match(self.masked, sent_start, what_at)
        if plural:  # "The victims' families want …": the plural opening the sentence, as written
            return plural.group("np"), None
        owned = OWNED_GROUP.match(self.masked, sent_start, what_at)
        if owned:
            at = sent_start + owned.start("owner")
            owner = self.speakers.pronoun(Reference(at, at + len(owned.group("owner")), owned.group("owner"), "pronoun", True), anchor)
            if owner and owner[0]:
                return f"{owner[0].split()[-1]}\u2019s {owned.group('group')}", None
        return None

    def _what_it(self, sent_start: int, what_at: int) -> tuple[str, str | None] | None:
        """ "A forensic audit ordered by the town found what it called "…"": an "it" inside "what it called" is the
        finding (audit, report, review) or the body opening its sentence, as the article names it."""
        finding = _FINDING_SUBJECT.match(self.masked, sent_start, what_at)
        if finding:
            return finding.group("np"), None
        return self._body_subject(sent_start, self.masked[sent_start:what_at])

    def _body_subject(self, sent_start: int, head: str) -> tuple[str, str | None] | None:
        """ "The government …" / "The company …" / "The Hawks' board …" opening the sentence: that body, resolved
        to the one the article named ("the company" -> "Redline Pumping Co.") where it can be."""
        body = BODY_SUBJECT.match(self.masked, sent_start)
        if body is None or body.end() > sent_start + len(head):
            return None
        if body.group("owner"):
            return re.sub(r"^\s*[Tt]he\s+", "", body.group()), None
        return self.speakers.resolve(sent_start, body.end(), body.end())

    def _next_sentence(self, seg: Segment) -> Attribution | None:
        """ "“…” So says Ann Roe, a judge." / "“…” That is how her aunt, Ann Roe, put it.": a quote standing alone
        as its sentence, attributed by the next sentence of its paragraph."""
        sent = self.speakers.sentence_at(seg.open_at)
        if sent is None or re.sub(r"[X\s.,!?]", "", self.masked[sent[0]:sent[1]]):
            return None
        nxt = next(((a, b) for a, b in self.sentences if a >= sent[1] and a < seg.paragraph.end), None)
        if nxt is None and not self.masked[sent[1]:seg.paragraph.end].strip() and seg.paragraph in self.body:
            # ("“…” / Those were the words of Ann Roe, whose son …": a quote-only paragraph, often the story's
            # opening, named by the next paragraph's first sentence)
            index = self.body.index(seg.paragraph)
            following = self.body[index + 1] if index + 1 < len(self.body) else None
            nxt = next(iter(self.speakers.sentences_in(following.start, following.end)), None) if following else None
        if nxt is None:
            return None
        m = NEXT_ATTRIBUTION.match(self.masked, nxt[0], nxt[1])
        if not m:
            return None
        group = next(g for g in ("np", "np2", "np3") if m.group(g))
        found = self.speakers.resolve(m.start(group), m.end(group), seg.open_at)
        return Attribution(found[0] or None, found[1], 0.8) if found else None

    def _prior_sentence(self, seg: Segment) -> Attribution | None:
        """ "That delay, he contends, matters. "…"": a quote opening its sentence after an attributed one."""
        sent = self.speakers.sentence_at(seg.open_at)
        if sent is None or sent[0] <= seg.paragraph.start or self.masked[sent[0]:seg.open_at].strip():
            return None
        prev = next(((a, b) for a, b in reversed(self.sentences) if b <= sent[0] and a >= seg.paragraph.start), None)
        if prev is None:
            return None
        m = ASIDE.search(self.masked, prev[0], prev[1])
        if not m:
            return None
        found = self.speakers.resolve(m.start("np"), m.end("np"), seg.open_at)
        return Attribution(found[0] or None, found[1], 0.7) if found else None

    def _paraphrased(self, seg: Segment) -> Attribution | None:
        """ ""…," Roe said. But Amesbury said the jury got it right. "…"": a quote opening its sentence right after
        someone's words were paraphrased goes on with that someone, not with an earlier quote of the paragraph."""
        sent = self.speakers.sentence_at(seg.open_at)
        if sent is None or sent[0] <= seg.paragraph.start or self.masked[sent[0]:seg.open_at].strip():
            return None
        prev = next(((a, b) for a, b in reversed(self.sentences) if b <= sent[0] and a >= seg.paragraph.start), None)
        if prev is None or any(prev[0] <= s.open_at < prev[1] for s in self.segments):
            return None
        m = _PARAPHRASE.match(self.masked, prev[0], prev[1])
        if not m:
            return None
        found = self.speakers.resolve(m.start("np"), m.end("np"), seg.open_at)
        return Attribution(found[0], found[1], 0.75) if found and found[0] else None

    def _reported(self, seg: Segment) -> Attribution | None:
        """ "She said she would come back. "Every date, I'll be there."" / "He said his first stop would be home. Then
        he wanted "a real meal."": a quote after a sentence whose subject speaks (or turns to address someone) goes on
        in that subject's voice, when its own sentence is only the quote or the same pronoun and a verb."""
        sent = self.speakers.sentence_at(seg.open_at)
        if sent is None or sent[0] <= seg.paragraph.start:
            return None
        head = _PRONOUN_HEAD.fullmatch(self.masked, sent[0], seg.open_at)
        if head is None and self.masked[sent[0]:seg.open_at].strip():
            return None
        prev = next(((a, b) for a, b in reversed(self.sentences) if b <= sent[0] and a >= seg.paragraph.start), None)
        if prev is None:
            return None
        subject = next((m for m in self.mentions if prev[0] <= m.start < prev[1]), None)
        if subject is None or self.masked[prev[0]:subject.start].strip():
            return None  # only a sentence that opens with its speaker
        # ("Roe's cousin asked whether …. "…"", "Lee's lawyers said …. "…"": a relative or a lawyer named by whose
        # they are speaks as that noun phrase; any other possessive opener is a topic, not a speaker)
        owned = _OWNED_SPEAKER.match(self.masked, subject.end) if subject.possessive and subject.kind == "person" \
            and head is None else None
        if subject.possessive and owned is None:
            return None
        end = owned.end() if owned else subject.end
        verb = _SPEAKS.search(self.masked, end, prev[1])
        if verb is None or any(end <= m.start < verb.start() and m.kind != "pronoun" for m in self.mentions):
            return None  # no verb of speech, or one whose subject is someone else
        if owned:
            found = self.speakers.resolve(subject.start, end, seg.open_at)
            return Attribution(found[0], found[1], 0.7) if found and found[0] else None
        if head and head.group("p"):
            said = head.group("p").lower()
            if subject.kind == "pronoun" and subject.speaker != said:
                return None
            wanted = PRONOUN_GENDER.get(said)
            if subject.kind != "pronoun" and (said == "they") != (subject.kind == "group") \
                    or wanted and not self.speakers.fits(subject.speaker, wanted):
                return None
        found = self.speakers.speaker_of(subject, seg.open_at)
        return Attribution(found[0] or None, found[1], 0.7) if found and found[0] else None

    def _beat(self, seg: Segment) -> Attribution | None:
        """ "She paused. "…"" / "Okafor shook his head. "…"": a short action sentence opening the paragraph, whose
        subject is one person, stages that person's next words (the "action beat" of feature writing)."""
        sent = self.speakers.sentence_at(seg.open_at)
        if sent is None or sent[0] <= seg.paragraph.start or self.masked[sent[0]:seg.open_at].strip():
            return None
        prev = next(((a, b) for a, b in reversed(self.sentences) if b <= sent[0] and a >= seg.paragraph.start), None)
        if prev is None or self.masked[seg.paragraph.start:prev[0]].strip():
            return None  # only the paragraph's own opening beat, never a narrative sentence further back
        # ("Asked whether he would run again, he laughed. "…"": the question clause only sets up the beat)
        asked = _ASKED_BEAT.match(self.masked, prev[0], prev[1])
        opens = asked.end() if asked else prev[0]
        beat = self.masked[opens:prev[1]]
        if "," in beat:
            # ("She turned toward the Roes, who sat in the second row. "…"": a clause describing whom the gesture
            # is aimed at stages no one else and is no part of the gesture's length or voice)
            described = _ADDRESSEE_DESCRIBED.search(beat)
            beat = beat[:described.start()] if described else beat
        if len(beat.split()) > _BEAT_WORDS or any(prev[0] <= s.open_at < prev[1] for s in self.segments) \
                or re.search(r"\b(?:was|were|is|are|been|being|be|got|gets)\b", beat):
            return None  # ("Roe was led away. "…"": what is done to someone is no gesture of theirs)
        inside = [m for m in self.mentions if opens <= m.start < prev[1]]
        subject = inside[0] if inside else None
        if subject is None or subject.possessive or not _BEAT_OPENER.fullmatch(self.masked, opens, subject.start) \
                or subject.kind not in ("person", "pronoun") or subject.speaker not in ("he", "she") and subject.kind == "pronoun" \
                or any(m.kind != "pronoun" and m is not subject and not _GESTURE_TOWARD.search(self.masked, opens, m.start)
                       for m in inside):
            return None  # a group, an object, or a second person in the beat: not one person's gesture
        found = self.speakers.speaker_of(subject, seg.open_at)
        return Attribution(found[0], found[1], 0.6) if found and found[0] else None

    def _qa_answer(self, i: int, out: list[Attribution | None]) -> Attribution | None:
        """ "Q: Is the sentence enough?" / "A: "Nothing is enough."": a transcript's answer is the one the story was
        quoting just before the question (within the three paragraphs before it)."""
        seg = self.segments[i]
        if seg.paragraph not in self.body or not QA_ANSWER.fullmatch(self.text, seg.paragraph.start, seg.open_at):
            return None
        index = self.body.index(seg.paragraph)
        if index < 1 or not QA_QUESTION.match(self.text, self.body[index - 1].start, self.body[index - 1].end):
            return None
        roles = self.speakers.qa_roles(seg.open_at)
        if roles:
            return Attribution(roles[1][0], roles[1][1], 0.65)  # the paragraph before the exchange says who answers
        window = self.body[max(0, index - 4)].start
        earlier = [out[j] for j in range(i) if window <= self.segments[j].open_at < self.body[index - 1].start
                   and out[j] and out[j].speaker and not QA_QUESTION.match(self.text, self.segments[j].paragraph.start)]
        if earlier:
            return Attribution(earlier[-1].speaker, earlier[-1].role, 0.6)
        # (no quote before the question: the one the interview's introduction names)
        found = self.speakers.interviewee(seg.open_at)
        return Attribution(found[0], found[1], 0.6) if found and found[0] else None

    def _qa_question(self, seg: Segment) -> Attribution | None:
        """ "Lee questioned Ann Roe on the stand." / "Q: "Did you see him?"": the questioner the introduction names
        asks (an outlet's interviewer is left unnamed)."""
        if seg.paragraph not in self.body or not QA_QUESTION.fullmatch(self.text, seg.paragraph.start, seg.open_at):
            return None
        roles = self.speakers.qa_roles(seg.open_at)
        asker = roles[0] if roles else None
        return Attribution(asker[0], asker[1], 0.6) if asker and asker[0] else None

    def _first_answer(self, i: int, out: list[Attribution | None]) -> Attribution | None:
        """ "News 4 spoke with one fan, Ann Roe. / Why did you come? / "…"": in a broadcast Q&A the writer's
        question stands alone, unquoted, and the quote-only paragraph after it is the answer of the one the
        paragraph before the question says the reporter spoke with (later answers follow the first one)."""
        seg = self.segments[i]
        if seg.paragraph not in self.body or self.masked[seg.paragraph.start:seg.paragraph.end].strip(" X.,?!\r\n"):
            return None
        index = self.body.index(seg.paragraph)
        if index < 2:
            return None
        question, intro = self.body[index - 1], self.body[index - 2]
        words = self.masked[question.start:question.end].strip()
        if not words.endswith("?") or any(s.paragraph == question for s in self.segments):
            return None
        answered = [j for j in range(i) if self.segments[j].paragraph == intro]
        if answered:
            # the exchange goes on: the previous answer, itself after a bare question, was this interviewee's
            before = self.body[index - 3] if index >= 3 else None
            previous = out[answered[-1]]
            if before is None or not self.masked[before.start:before.end].strip().endswith("?") \
                    or self.masked[intro.start:intro.end].strip(" X.,?!\r\n") or not (previous and previous.speaker):
                return None
            return Attribution(previous.speaker, previous.role, 0.6)
        verb = _SPOKE_WITH.search(self.masked, intro.start, intro.end)
        if verb is None:
            return None
        person = next((m for m in self.mentions if verb.end() <= m.start < intro.end and m.kind == "person"
                       and not m.possessive), None)
        if person is None:
            # "Ann Roe did not address the court, but spoke to News 4.": the one the outlet spoke with is the
            # subject of that sentence when no one is named after the verb
            sent = next((s for s in self.speakers.sentences_in(intro.start, intro.end) if s[0] <= verb.start() < s[1]), None)
            subject = next((m for m in self.mentions if sent and sent[0] <= m.start < verb.start() and m.kind in ("person", "pronoun")
                            and not m.possessive and _opens_with(self.masked[sent[0]:m.start])), None)
            found = self.speakers.speaker_of(subject, seg.open_at) if subject else None  # ("She … spoke to News 4")
            return Attribution(found[0], found[1], 0.6) if found and found[0] else None
        return Attribution(person.speaker, self.speakers.role_of(person.party), 0.6) if person else None

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
        if asked.speaker == answered.speaker:
            return None  # no turn-taking: the same voice
        # ("You don't know for sure." after a question and its answer: the examiner puts it to the witness)
        put_to = questions[0] and not questions[1] and _PUT_TO_YOU.match(self.text, seg.start, seg.end) \
            and not _FIRST_PERSON.search(self.text, seg.start, seg.end)
        if (questions[1] == questions[2] or not (questions[0] or questions[1])) and not put_to \
                and not self._settled_exchange(i, out):
            return None  # two answers in a row, unless the turns before already alternate
        return Attribution(asked.speaker, asked.role, 0.6)

    def _settled_exchange(self, i: int, out: list[Attribution | None]) -> bool:
        """Whether the three quote paragraphs before this one, in consecutive paragraphs with no narration between,
        alternate between two people, one of whom puts every question: a cross-examination, whose next bare quote
        ("You don't know for sure." after "No, sir.") is the next turn even when it is no question."""
        index = self.body.index(self.segments[i].paragraph)
        if i < 3 or index < 3:
            return False
        turns = [(self.segments[j], out[j]) for j in (i - 3, i - 2, i - 1)]
        if [t[0].paragraph for t in turns] != self.body[index - 3:index] or not all(a and a.speaker for _, a in turns):
            return False
        who = [a.speaker for _, a in turns]
        if not (who[0] == who[2] != who[1]):
            return False
        askers = {a.speaker for t, a in turns if self.text[t.start:t.end].rstrip().endswith("?")}
        return len(askers) == 1

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
        pointed = self._issuer_before_pointer(index, seg.open_at)
        if pointed:
            return pointed
        if not any(s.paragraph == prev for s in self.segments):
            read = [s for s in self.sentences if prev.start <= s[0] < prev.end]
            owned = self._paper_owner(read[-1][0], read[-1][1], seg.open_at) if read else None
            if owned:
                return owned  # ("The prosecutor read her letter aloud." and then the letter: its writer's words)
        if self.text[prev.start:prev.end].rstrip().endswith(":"):
            last = [s for s in self.sentences if prev.start <= s[0] < prev.end]
            if last:
                # "Ann Roe released a statement after the verdict was read:": whoever issued the document, not a
                # later verb's subject
                issued = _ISSUED_DOC.search(self.masked, last[-1][0], last[-1][1])
                found = self._subject_of(last[-1][0], issued.start(), issued.group("verb"), seg.open_at) if issued else None
                if found and found[0]:
                    return Attribution(found[0], found[1], 0.8)
                cues = list(CUE.finditer(self.masked, last[-1][0], last[-1][1]))
                verbs = [c for c in cues if c.group("verb")]
                found = self._subject_of(last[-1][0], verbs[-1].start(), verbs[-1].group("verb"), seg.open_at) if verbs else None
                if found and found[0]:
                    return Attribution(found[0], found[1], 0.8)
                lead = _LEAD_IN.fullmatch(self.masked, last[-1][0], last[-1][1])
                np = next((g for g in ("np", "src") if lead and lead.group(g)), None)
                owner = self.speakers.resolve(lead.start(np), lead.end(np), seg.open_at) \
                    if np and _plausible_np(lead.group(np)) else None
                if owner and owner[0]:
                    # "In a release Friday, the sheriff's office gave this account:", "Here is how police described
                    # it:", "According to the family, events unfolded as follows:": the quotes below are the account
                    return Attribution(owner[0], owner[1], 0.8)
                if found:
                    return Attribution(None, found[1], 0.8)
                doc = DOC_WORD.search(self.masked, last[-1][0], last[-1][1])
                issuer = next((x for x in self.mentions if doc and last[-1][0] <= x.start < doc.start() and x.kind != "pronoun"
                               and not x.possessive and not self.masked[last[-1][0]:x.start].strip(" \"\u201c\u201d")), None)
                if issuer:  # "The family of Ann Roe released a statement through their lawyer:"
                    return Attribution(issuer.speaker, self.speakers.role_of(issuer.party), 0.8)
        elif not any(s.paragraph == prev for s in self.segments):
            # "Her lawyer, Ann Roe, issued a statement that ran to two paragraphs." and then the statement itself
            last = [s for s in self.sentences if prev.start <= s[0] < prev.end]
            issued = _ISSUED_DOC.search(self.masked, last[-1][0], last[-1][1]) if last else None
            if issued:
                found = self._subject_of(last[-1][0], issued.start(), issued.group("verb"), seg.open_at)
                if found and found[0]:
                    return Attribution(found[0], found[1], 0.7)
            came = _DOC_CAME_FROM.search(self.masked, last[-1][0], last[-1][1]) if last else None
            if came and _LETTER_WORD.search(self.masked, last[-1][0], last[-1][1]):
                # "Among the letters filed for Roe is one from his wife, Ann Roe." / "One letter came from his old
                # coach." and then the letter itself: its writer's words
                named = next((x for x in self.mentions if came.end() <= x.start < last[-1][1] and x.kind == "person"
                              and not x.possessive and not self.masked[came.end():x.start].count(",") > 1), None)
                if named:
                    return Attribution(named.speaker, self.speakers.role_of(named.party), 0.7)
                end = re.search(r"[,.;]|$", self.masked[came.end():last[-1][1]])
                found = self.speakers.resolve(came.end(), came.end() + end.start(), seg.open_at) if end else None
                if found and found[0]:
                    return Attribution(found[0], found[1], 0.7)
        return None

    def _issuer_before_pointer(self, index: int, open_at: int) -> Attribution | None:
        """ "The Roe family released a statement Friday. Read the full statement below:" and then the statement: web
        copy points at the paper in a sentence of its own, so its issuer is in the sentence before the pointer."""
        prev = self.body[index - 1]
        if "below" not in self.masked[prev.start:prev.end] and "full" not in self.masked[prev.start:prev.end]:
            return None  # (a cheap gate first: few paragraphs point at a statement that follows)
        last = [s for s in self.sentences if prev.start <= s[0] < prev.end]
        if not last or not _POINTER_TO_PAPER.fullmatch(self.masked[last[-1][0]:last[-1][1]].strip()):
            return None
        # (the sentence before the pointer: in its paragraph, or ending the one before when it stands alone)
        before = [s for s in self.sentences if s[1] <= last[-1][0] and s[0] >= self.body[max(0, index - 2)].start]
        if not before:
            return None
        issued = _ISSUED_DOC.search(self.masked, before[-1][0], before[-1][1])
        found = self._subject_of(before[-1][0], issued.start(), issued.group("verb"), open_at) if issued else None
        return Attribution(found[0], found[1], 0.8) if found and found[0] else None

    def _answered(self, i: int, out: list[Attribution | None]) -> Attribution | None:
        """ ""…," Roe said. / Would he forgive him? / "Ask me in a year."": a quote-only paragraph answering a
        question the writer put ("Asked whether …, she paused." or a question alone) goes on with the one quoted
        just before the question; a question naming someone new is left to other rules."""
        seg = self.segments[i]
        if seg.paragraph not in self.body or self.masked[seg.paragraph.start:seg.paragraph.end].strip(" X.,?!\r\n"):
            return None
        index = self.body.index(seg.paragraph)
        if index < 2 or any(s.paragraph == self.body[index - 1] for s in self.segments):
            return None
        question = self.body[index - 1]
        words = self.masked[question.start:question.end].strip()
        one_sentence = len([a for a, _ in self.speakers.sentences if question.start <= a < question.end]) == 1
        if not (re.match(r"Asked\b", words) or (words.endswith("?") and one_sentence)):
            return None
        # ("Asked whether Roe should go to prison, she paused.": the asked-about clause names no answerer)
        subject_from = question.start + (words.find(",") + 1 if words.startswith("Asked") else 0)
        if any(subject_from <= m.start < question.end and m.kind != "pronoun" for m in self.mentions):
            return None
        asked = self.body[index - 2]
        answers = [out[j] for j in range(i) if self.segments[j].paragraph == asked and out[j] and out[j].speaker]
        return Attribution(answers[-1].speaker, answers[-1].role, 0.6) if answers else None

    def _interview(self, i: int, out: list[Attribution | None]) -> Attribution | None:
        """ "In an interview, she answered questions about it. / Did the board check? "No. Never." / Who did?
        "Nobody."": a writer's question then the answer in marks, spoken by the one the interview introduced."""
        seg = self.segments[i]
        if seg.paragraph not in self.body:
            return None
        question = self.masked[seg.paragraph.start:seg.open_at].strip()
        if not question.endswith("?") or "X" * 3 in question or len(self.speakers.sentences_in(seg.paragraph.start, seg.open_at)) != 1 \
                or any(s.paragraph == seg.paragraph and s.open_at < seg.open_at for s in self.segments):
            return None
        index = self.body.index(seg.paragraph)
        if index == 0:
            return None
        prev = self.body[index - 1]
        earlier = [j for j in range(i) if self.segments[j].paragraph == prev]
        if earlier:  # the exchange goes on: the previous answer's speaker, if it was one too
            first = self.segments[earlier[0]]
            asked = self.masked[prev.start:first.open_at].strip().endswith("?")
            answer = out[earlier[-1]]
            return Attribution(answer.speaker, answer.role, 0.6) if asked and answer and answer.speaker else None
        last = self.speakers.sentences_in(prev.start, prev.end)[-1:]
        if not last or not _INTERVIEW.search(self.masked, last[0][0], last[0][1]):
            return None
        verbs = [c for c in CUE.finditer(self.masked, last[0][0], last[0][1]) if c.group("verb")]
        if not verbs:
            return None
        found = self._subject_of(last[0][0], verbs[-1].start(), verbs[-1].group("verb"), seg.open_at)
        return Attribution(found[0], found[1], 0.6) if found and found[0] else None

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
        owned = self._paper_owner(last[-1][0], last[-1][1], seg.open_at)
        if owned:
            return owned  # ("The prosecutor read her letter aloud." and then the letter: its writer's words)
        paper = _OWNED_PAPER_SUBJECT.match(self.masked, last[-1][0], last[-1][1])
        if paper:
            # ("Ann Roe wrote to the judge. Her letter was filed with the motion." and then the letter: its writer's;
            # "The woman's statement was read to the court by a victim adviser.": the writer's, never the reader's)
            word = paper.group("owner")
            if word in ("His", "Her", "Their"):
                found = self.speakers.pronoun(Reference(paper.start("owner"), paper.end("owner"), word, "pronoun", True), seg.open_at)
            else:
                found = self.speakers.resolve(paper.start("owner"), paper.end("owner") - len(paper.group("mark")), seg.open_at)
            if found and found[0]:
                return Attribution(found[0], found[1], 0.6)
        # ("As Roe looked down, Lee said …": the subject follows a fronted phrase, whoever the phrase names)
        # ("In a victim impact statement read aloud in court, his mother, Ann Roe, described …": the statement its
        # subject gave, the words that follow)
        fronted = FRONTED_PHRASE.match(self.masked, last[-1][0], last[-1][1]) \
            or _STATEMENT_OPENING.match(self.masked, last[-1][0], last[-1][1]) \
            or _OWNED_OPENING.match(self.masked, last[-1][0], last[-1][1])
        kin = _UNNAMED_KIN_SUBJECT.match(self.masked, fronted.end(), last[-1][1]) \
            if fronted and _STATEMENT_OPENING.match(self.masked, last[-1][0], last[-1][1]) else None
        if kin and not any(x.kind == "person" and not x.possessive and kin.end() <= x.start < kin.end() + 4
                           for x in self.mentions):
            # ("In a statement read by an advocate, the boy's parents thanked the jury.": an unnamed relative)
            found = self.speakers.resolve(kin.start("np"), kin.end("np"), seg.open_at)
            # (as the article describes them when it never names them, "boy's parents", the way "the victim's mother
            # said" reads)
            return Attribution(found[0], found[1], 0.6) if found and found[0] else Attribution(kin.group("np"), None, 0.6)
        interviewed = self._interviewed_in(last[-1], seg.open_at)
        if interviewed:
            return interviewed
        named_first = fronted and any(m.start == last[-1][0] + len(fronted.group()) - len(fronted.group().lstrip())
                                      for m in self.mentions)  # ("Sterling Roe, her uncle, said": a name, not a phrase)
        opens_at = fronted.end() if fronted and not named_first else last[-1][0]
        subject = next((m for m in self.mentions if opens_at <= m.start < last[-1][1]), None)
        relation = _RELATION_THEN_NAME.match(self.masked, opens_at, last[-1][1])
        if relation and relation.group("noun") in _RELATION_NOUNS:
            # "Her father, Ivo Roe, spoke through an interpreter.": the relation is only the name's appositive, so
            # the sentence opens with the named person as surely as "Ivo Roe, her father, spoke" does
            subject = next((m for m in self.mentions if m.start == relation.end() and m.kind == "person"
                            and not m.possessive), subject)
        if subject is None or subject.possessive or subject.kind == "group" \
                or not (_opens_with(self.masked[opens_at:subject.start])
                        or relation and subject.start == relation.end()):
            # "The judge said he had weighed the letters." and then the judge's words, unattributed: reported
            # speech leading into a bare quote paragraph hands it the reporting verb's subject
            verb = next((c for c in CUE.finditer(self.masked, last[-1][0], last[-1][1]) if c.group("verb")
                         and not c.group("verb").endswith("ing")), None)
            found = self._subject_of(last[-1][0], verb.start(), verb.group("verb"), seg.open_at) if verb else None
            return Attribution(found[0], found[1], 0.5) if found and found[0] else None
            # (only a sentence that opens with its person gives that person otherwise: "State Auditor Ann Roe …")
        found = self.speakers.speaker_of(subject, seg.open_at)
        return Attribution(found[0] or None, found[1], 0.6) if found else None

    def _interviewed_in(self, sent: tuple[int, int], anchor: int) -> Attribution | None:
        """A broadcast's introduction with no verb of speech, the quote paragraph after it theirs: "We spoke with
        Roe's neighbour, Ann Lee." (the one spoken with) or "Roe's sister Nadia spoke to reporters." (the one who
        spoke, when no one is named after the verb)."""
        words = self.masked[sent[0]:sent[1]]
        if not any(w in words for w in ("spoke", "talked", "interview", "sat down", "caught up")):
            return None
        verb = _SPOKE_WITH.search(self.masked, sent[0], sent[1])
        if verb is None:
            return None
        people = [m for m in self.mentions if sent[0] <= m.start < sent[1] and m.kind == "person" and not m.possessive]
        after = [m for m in people if m.start >= verb.end()]
        if after:
            # ("We spoke with … Ann Lee": only a newsroom's "we"/"I" or an outlet, never a named person, asks)
            before = self.masked[sent[0]:verb.start()]
            if any(m.start < verb.start() for m in self.mentions if sent[0] <= m.start and m.kind != "group"
                   and not m.possessive) or not re.match(r"\s*(?:We|I|[A-Z][\w.&-]*(?:\s+[A-Z\d][\w.&-]*){0,3})\s+(?:[a-z]+ly\s+)?$", before):
                return None
            found = self.speakers.speaker_of(after[0], anchor)
        else:
            subject = next((m for m in people if m.start < verb.start()), None)
            if subject is None or self.masked[subject.end:verb.start()].strip():
                return None  # ("Roe's sister Nadia spoke": the person right before the verb, as its subject)
            found = self.speakers.speaker_of(subject, anchor)
        return Attribution(found[0], found[1], 0.6) if found and found[0] else None

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
        sent = self.speakers.sentence_at(seg.open_at)
        if sent:
            first = [m for m in self.mentions if sent[0] <= m.start < sent[1] and m.kind != "pronoun"]
            if first and not first[0].possessive and _opens_with(self.masked[sent[0]:first[0].start]):
                return Attribution(first[0].speaker, self.speakers.role_of(first[0].party), 0.4)
            opener = next((m for m in self.mentions if sent[0] <= m.start < sent[1]), None)
            if opener is not None and opener.kind == "pronoun" and not opener.possessive and opener.start < seg.open_at \
                    and opener.speaker in ("he", "she") and _PRONOUN_OPENS.fullmatch(self.masked, sent[0], opener.start):
                # "He took into account his early plea and his "genuine remorse"": the judge's reasoning goes on in
                # the judge's words (only a "he"/"she" meaning a judge: "He recorded it in a ledger staff called the
                # "black book"" about anyone else is a name, nobody's words)
                found = self.speakers.pronoun(opener, seg.open_at)
                if found and found[0] and any(p.name == found[0] and any(set(r.lower().split()) & JUDGE_ROLES for r in p.roles)
                                              for p in self.parties):
                    return Attribution(found[0], found[1], 0.4)
        return None


# What may open a sentence before its subject pronoun: "", "But ", "Later, "
_PRONOUN_OPENS = lazy_compile(r"\s*(?:(?:But|And|Yet|Still|Later|Then|However|Finally)\s*,?\s+)?")
# A lead-in sentence ending in a colon that hands the following quote paragraphs to its subject: "In a statement
# released Friday, the sheriff's office gave this account:", "The release from the patrol reads:", "Here is how the
# department described the chase:", "According to the family, the evening went like this:"
_LEAD_IN = lazy_compile(
    r"\s*(?:(?:In|On|Through|Via|Later|Earlier|Afterward)\b[^,;:\u201c\u201d]{0,80},\s+)?(?:"
    r"(?:According\s+to|Per)\s+(?P<src>[^,;:\u201c\u201d]{2,80}?),\s+[^;:\u201c\u201d]{3,120}"
    r"|(?:(?:Here|This)\s+is\s+(?:how|what)\s+"
    r"|(?:The|A|An|Its|Their|His|Her)\s+(?:[\w-]+\s+){0,2}?(?:release|statement|post|letter|account|message|update|announcement"
    r"|summary|report|note)\s+(?:from|by|of)\s+)?"
    r"(?P<np>[^,;:\u201c\u201d]{2,80}?)\s+(?:" + ADVERB + r"\s+)?(?:gave|gives|provided|provides|offered|offers|released|issued|posted"
    r"|shared|described|describes|detailed|details|explained|explains|recounted|recounts|wrote|writes|said|says|reads|read"
    r"|stated|states|summari[sz]ed|outlined|outlines|added|continued|put|laid\s+out|told)\b[^;:\u201c\u201d]{0,80})"
    r":\s*")
# A statement put to the other side of an exchange: "You don't know for sure.", "And you never called police."
_PUT_TO_YOU = lazy_compile(r"[\W]*(?:(?:And|But|So|Now|Well|Sir|Ma[\u2019']am),?\s+)?(?:[Yy]ou|[Yy]our)\b")
_FIRST_PERSON = lazy_compile(r"\b(?:I|I[\u2019'](?:m|ve|d|ll)|me|my|we|our)\b")
# A determiner straight before a word (of a verb's form, then describing a noun): "an emailed statement", "the written reply".
# A verb of making before a word that is also a verb of speech: "made remarks", "making repeated comments"
_MADE_BEFORE = lazy_compile(r"\b(?:made|make|makes|making)\s+(?:[a-z-]+\s+){0,2}$")
_DETERMINER_BEFORE = lazy_compile(r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+$")
# A quote's tag that is only a gendered pronoun and its verb: '"…," she said', '"…," he added quietly'
# A speaker that is an office in common nouns ("district attorney's office"), and one already opened by a determiner
# A court paper that holds words of its own: "an arrest warrant", "the plea agreement", "a criminal complaint"
_PAPER = (r"(?P<paper>(?:(?:plea|arrest|search|criminal|charging|federal|police)\s+)?"
          r"(?:agreement|warrant|complaint|affidavit|indictment))")
# A sentence whose subject is a paper its owner wrote, told by pronoun: "Her letter was attached to the filing."
_OWNED_PAPER_SUBJECT = lazy_compile(r"\s*(?P<owner>His|Her|Their|(?:The\s+)?(?:[A-Z]?[\w.-]+\s+){0,3}?[\w-]+(?P<mark>[\u2019']s?))"
                                    r"\s+(?:[\w-]+\s+){0,2}?(?:letter|statement|note|message|email|e-mail)s?"
                                    r"\s+(?:was|were|is|are|had\s+been|has\s+been)\b")
_HELD_PAPER = lazy_compile(r"(?:an?|the)\s+" + _PAPER)
_IN_AGREEMENT = lazy_compile(r"\s*(?:In|Under)\s+(?:the|an?|his|her|their)\s+" + _PAPER + r"\s*,\s+"
                           r"[^,;:X]{1,60}?\s+(?:admitted|acknowledged|agreed|conceded|stipulated)\s+that\s+[^;:X]{0,80}$")
# An opening phrase naming the statement its sentence's subject gives: "In a victim impact statement read aloud, "
# A group opening the main clause before the first person named: "..., prosecutors asked Judge Ann Roe to"
_GROUP_SUBJECT = lazy_compile(r"(?:^|,\s+|\n)(?P<group>(?:(?:federal|state|county)\s+)?prosecutors|the\s+prosecution|(?:his|her|their)\s+"
                              r"(?:lawyers|attorneys))\s+(?:[a-z]+ly\s+)?(?:asked|urged|argued|wrote|sought|recommended|requested"
                              r"|told|called|pushed|pressed)\b")
_STATEMENT_OPENING = lazy_compile(r"\s*(?:In|Through)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:statement|letter|email|message)"
                                r"\b[^,;:.\u201c\u201d\u2014\u2013]{0,100},\s+(?=[A-Z]|the\s|his\s|her\s|their\s)")
# A fronted phrase owned by the subject that follows it: "In her closing argument Wednesday, Prosecutor Ann Roe
# reminded jurors …" (the quote paragraph after it is Roe's argument)
_OWNED_OPENING = lazy_compile(r"\s*(?:In|During|At)\s+(?:his|her|their)\s+[^,;:.\u201c\u201d\u2014\u2013]{1,60},\s+(?=[A-Z])")
# Nouns that re-describe anyone already described ("the woman wrote" after "a retired nurse")
_GENERIC_PERSON = frozenset({"woman", "man", "person", "writer"})
# A reported order after the verb of speech: "… told jurors that Roe instructed her to "…"", "testified that Roe
# had directed staff to "…"" (up to the quote, a few words after "to" at most)
_DIRECTED_TO = lazy_compile(r"(?:\s+(?:the\s+)?(?:court|jury|jurors|judge|investigators|prosecutors))?\s+that\s+"
                            r"(?P<np>(?:[A-Z][\w.\u2019'-]*\s+){0,2}[A-Z][\w\u2019'-]+)\s+(?:had\s+)?(?:[a-z]+ly\s+)?"
                            r"(?:instructed|ordered|directed|urged|pressed|pressured|pushed|encouraged|advised|begged)\s+"
                            r"(?:him|her|them|me|us|staff|employees|workers|[A-Z][\w\u2019'-]+)\s+to\s+(?:[a-z]+\s+){0,3}$")
# A sentence opening on an owned group: "Roe's attorneys, Ann Lee and Ben Ko, paint …" (its "their" later is theirs)
_OWNED_PLURAL_OPENING = lazy_compile(r"\s*(?P<np>[A-Z][\w\u2019'-]*[\u2019']s\s+(?:[a-z-]+\s+)?(?:attorneys|lawyers|parents|relatives))"
                                     r"(?:\s*,[^,;:.\u201c\u201d]{3,160},)?\s+(?:[a-z]+ly\s+)?[a-z]+\b")
_GIVEN_ALONE = lazy_compile(r"[A-Z][a-z]{2,}")
_GROUP_END = lazy_compile(r"^[a-z][^A-Z]*\soffice$")
# An office named by its holder's title alone, capitalised but no name of a place: "the District Attorney's Office
# said" is as generic as "the district attorney's office" ("Bexar County District Attorney's Office" is a name)
_TITLE_ONLY_OFFICE = lazy_compile(r"^(?:(?:District|State|County|City|Public|Attorney|Prosecuting)\s+)*"
                                r"(?:Attorney|Prosecutor|Sheriff|Defender|Attorney\s+General|Solicitor)[\u2019']s\s+Office$")
_DETERMINED = lazy_compile(r"(?:the|an?|his|her|their|its|one)\s")
_PRONOUN_TAG = lazy_compile(rf"[\s,]*(?P<p>he|she)\s+(?:[a-z]+ly\s+)?(?:{VERBS})\b")
# After "the statement said": the person the paper quotes ("…, quoting Police Chief Ann Roe", "…, which quoted
# Special Agent in Charge Ann Roe of HSI"); the name, before its affiliation.
_QUOTING_AFTER = lazy_compile(r"(?:\s+(?:in|on)\s+[^,;.\u201c\u201d]{1,40})?,\s*(?:quoting|which\s+quoted)\s+"
                            r"(?P<np>(?:[A-Z][\w.\u2019'-]*|of|in|for|the|[a-z]+\s+(?=[A-Z]))(?:\s+(?:[A-Z][\w.\u2019'-]*|of|in|for|the)"
                            r"(?=\s|$|[,.;]))*?)(?=\s+(?:of|from|with|at)\s+(?:the\s+)?[A-Z]|\s*(?:[,;:.]|$))")
# The paper a speaker reads out, named by whose words it holds: "…," Mr Lee said, reading from a police interview with
# the club's chairman Ann Roe (British courts: counsel reads a witness's statement aloud; the witness speaks)
_READING_FROM_AFTER = lazy_compile(r",\s*reading\s+(?:aloud\s+|out\s+)?from\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
                                  r"(?:interview|statement|letter|note|message|email|account|transcript|diary)s?\s+"
                                  r"(?:with|by|from|of|written\s+by)\s+(?P<np>[^,;:.!?\u201c\u201d\"]{2,80}?)\s*(?:[,;.]|$)")
# A named body owned by another: "The FBI's Newark Field Office", "the state's Bureau of Prisons".
_OWNED_NAMED_BODY = lazy_compile(r"(?:[Tt]he\s+)?(?P<np>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}[\u2019']s\s+"
                               r"(?P<body>[A-Z][\w.&-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.&-]*){1,5}))")
# Between two people named together: "Ann Roe and Lee Park", "Ann Roe and Det. Lee Park".
_PAIR_BETWEEN = lazy_compile(r",?\s+(?:and|&)\s+(?:[A-Z][\w.]*\s+){0,2}")
# A sentence's subject, then a relative clause about it running up to the verb: "The bank, which has branches in
# Morrow and Dunning, said" (no other comma-free subject may stand between: "…, which …, and police said" is not it).
_SUBJECT_THEN_RELATIVE = lazy_compile(r"(?P<np>[^,;:\u201c\u201d\u2014\u2013]{2,80}?),\s*(?:which|who|whose)\s"
                                    r"[^;:\u2014\u2013]*,\s*(?<!\band\s)$")
# An unnamed subject opening its sentence, then a restrictive "that" clause (no comma) with a verb of its own
# running up to the main verb: "A credit union for Ohio teachers that lost $2 million with Roe Capital said".
_INDEFINITE_THEN_THAT = lazy_compile(r"\s*(?P<np>(?:An?|One|Another)\s+(?:[\w\u2019'-]+\s+){0,6}?(?P<head>[a-z][\w-]*)"
                                   r"(?:\s+(?:for|of|in|from|at|with|representing)\s+[^,;:\u201c\u201d\"]{1,50}?)?)"
                                   r"\s+that\s+(?!(?:he|she|they|it|we|I|you|the|an?|his|her|their|its)\s)[a-z]+[^,;:\u201c\u201d\"]*")
# A description of a person, whose relative clause may name them ("One juror, who asked to be identified only as
# Dee, said"): that is the other rules' business; the subject-then-relative rule is for bodies.
_PERSON_HEAD = lazy_compile(r"\b(?:" + "|".join(sorted(KIN_NOUNS | PEOPLE_NOUNS | ROLE_NOUNS | UNNAMED_PERSON_NOUNS, key=lambda w: (-len(w), w)))
                          + r")$")
# Words that put a name inside an appositive's own clause ("a Democrat who served with Mr. Lee") or after a
# preposition ("a friend of Lee's"): the name is someone the description mentions, never the speaker.
# A participle, relative or "with" phrase set off by commas after the subject, holding commas of its own
# (an age may come first: "Ann Roe, 52, flanked by …,"); a clause break or a second subject ("and Lee") ends it.
_MODIFIER_THEN_VERB = lazy_compile(r",\s+(?:\d{1,3},\s+)?(?:who|whose|with|alongside|[a-z]{3,}ing|[a-z]{3,}ed)\b"
                                 r"[^;:\u2014\u2013]*?,[^;:\u2014\u2013]*,\s*(?<!\band\s)")
# (a participle too: "Ann Roe, a lawyer representing Lee Park in a suit, called": Park is her client, not the subject)
_APPOSITIVE_CLAUSE = lazy_compile(r"\b(?:who|whom|whose|which|that|with|for|against|of|by|to|from|and|under|beside|[a-z]{3,}ing)\b")
# "of the Justice Department's Tax Division": a body the person before it belongs to (whatever joins the words
# of its name: "of Hale & Moss LLP", "of the law firm Reed and Lutz", "of the University of Utah").
_AFFILIATION_OF = lazy_compile(r"\s+(?:of|at|from|with)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}"
                             # ("of the U.S. Small Business Administration's Office of Inspector General": long)
                             r"(?:(?:[A-Z][\w.&-]*(?:[\u2019']s)?|&|and|of|for)\s+){0,10}"
                             # ("… of Homeland Security Investigations in Cleveland": the office's city)
                             r"(?:in\s+(?:[A-Z][\w.-]*,?\s+){1,3})?")
# Words after a quote that are no subject of the verb that follows: a prepositional phrase, or a coordinated verb
# sharing the sentence's own subject ("… to the judge's questions and said").
# A description pointing back with a demonstrative, then a comma before its appositive: "that patient, ", "this
# same juror, ", "those neighbours, " (never "that" opening a clause: the noun comes straight before the comma)
_DEMONSTRATIVE_APPOSITIVE = lazy_compile(r"[\s,]*(?:[Tt]hat|[Tt]his|[Tt]hose|[Tt]hese)\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+")
# A delayed-identification lede's subject, up to its relative clause's verb: "A Linden man who posted that ",
# "BOSTON — A former aide who told investigators"
_LEDE_SUBJECT_WHO = lazy_compile(r"(?:[^\u2014\u2013\n]{0,60}?(?:[\u2014\u2013]|\s-)\s*)?An?\s+(?:[\w.\u2019'-]+\s+){0,7}?who\s+"
                                 r"(?:[a-z]+ly\s+|(?:had|has|once|later|allegedly|repeatedly)\s+)*$")
# Someone's defence lawyer, by any of the words for one: "roe's lawyer", "roe's public defender", "roe's defense attorney"
_OWNED_COUNSEL = lazy_compile(r"(?P<owner>[\w.-]+(?:\s+[\w.-]+)?)'s\s+(?:(?:longtime|court-appointed|defen[cs]e|federal|trial|lead)\s+)*"
                              r"(?:lawyer|attorney|counsel|public\s+defender|defender|solicitor|barrister)")
_NO_SUBJECT = lazy_compile(r"^\s*(?:to|at|for|from|in|on|with|by|about|into|before|after|during)\s|\b(?:and|but|then|or)\s*$")
# A plural group the sentence opens with, then where they work: "prosecutors in the district attorney's office".
_GROUP_IN_BODY = lazy_compile(r"(?<![\w\u2019'-])(?P<group>[Pp]rosecutors|[Ll]awyers|[Aa]ttorneys|[Oo]fficials|[Ii]nvestigators"
                            r"|[Dd]etectives)\s+(?:in|at|from|with|inside)\s+[^,;:]*$")
# A person named by their role opening a sentence: "A Luzerne County judge", "Roe's lawyer", "The victim's mother".
# (after a dateline: "SPRINGFIELD — A county judge on Tuesday revoked …")
_ROLE_OPENER = lazy_compile(r"\s*(?:[A-Z][A-Z .,'-]*(?:\([^)]*\))?\s*[\u2014\u2013-]+\s*)?"
                          # ("According to court records, Roe's mother had …": a sourcing or time phrase before it)
                          r"(?:(?:According\s+to|In|On|At|Last|Earlier|Later|Months|Weeks|Years|Days)\b[^,;\u201c\u201d\"]{0,60},\s+)?"
                          # ("But the judge accepted his remorse was real and said …": a conjunction opening the
                          # sentence leaves the role after it the subject)
                          r"(?:(?:But|And|Yet|Still|So)\s+)?"
                          # ("The judge sentenced Roe to life, calling …": a definite role, too)
                          # ("a Lake County Circuit Court judge": a court's full name before the role)
                          r"(?P<np>(?:(?:[Aa]n?|One|[Tt]he)\s+(?:[\w.\u2019'-]+\s+){0,5}?|(?:[Tt]he\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*[\u2019']s\s+"
                          r"(?:[a-z-]+\s+)?)(?:" + "|".join(sorted(ROLE_NOUNS - {"parents", "prosecutors", "officers", "lawyers",
                                                                           "attorneys", "activists"}, key=lambda w: (-len(w), w)))
                          + r"))\b(?![\u2019'-])")
# A participle of judgment taking a that-clause: ", ruling that", ", finding that", ", holding that".
_JUDGING_PARTICIPLE = lazy_compile(r",\s+(?:ruling|finding|holding|concluding|determining)\s+that\b")
# A court or judge opening the sentence (after a time phrase): "In May, the Court of Appeals", "The panel", "A judge".
_JUDGING_SUBJECT = lazy_compile(r"\s*(?:(?:In|On|Last|Earlier|Later|Then)\b[^,;]{0,40},\s+)?(?P<np>(?:[Tt]he|[Aa])\s+(?:[\w.\u2019'-]+\s+){0,5}?"
                                r"(?:court|panel|judge|justice|magistrate|tribunal|Court|Division|Circuit|Appeals|Tribunal)"
                                r"(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w\u2019'-]*)+)?)\b(?![\u2019'-])")
# A dateline opening a lede: "Law360 (June 6, 2024, 8:14 PM EDT) -- ", "SPRINGFIELD, Ill. (AP) — "
# (or the outlet alone: "(CNN) — ")
# ("NEW YORK, March 11 (Reuters) - Federal prosecutors …": a wire dateline is closed by a spaced hyphen too)
_DATELINE = lazy_compile(r"\s*(?:[A-Z][\w.,' ]{0,40}(?:\([^)]{0,60}\))?|\([A-Z][^)]{0,30}\))\s*(?:--|[\u2014\u2013]|(?<=[\s)])-(?=\s))\s*")
# A sentence that introduces an interview whose answers follow.
# A relative clause whose second verb the quote hangs from: ", who described him as "…" and wrote that".
# (a comma before the "and" closes the relative clause: "She faced Roe, who sat still, and said" is her verb)
_WHO_THEN = lazy_compile(r",\s*who\s+[^;]*?(?<!,)\s+(?:and|but|then)\b[^;,]*$")
# Words of time that may open a sentence before its subject: "Last year", "In March,", "Two weeks later".
_TIME_OPENER = lazy_compile(r"\s*(?:(?:(?:Last|Earlier|Later|This|That|Next|Each|Every|One|Two|Three|A|In|On|By|Since|Back\s+in)"
                          r"(?:\s+(?:[\w-]+|\d{4}))?(?:\s+(?:later|earlier|ago|before))?|Then|Later|Earlier|Since|Once),?\s+)?")
# A phrase setting the scene before a pronoun subject: "At sentencing she …", "In the video, he …"
_SCENE_OPENER = lazy_compile(r"\s*(?:In|On|At|After|Before|During|Inside|Outside|Moments\s+later|Seconds\s+later)\b[^,;]{0,50},?\s+")
# A subject, a first predicate and a comma, before a second verb with no subject of its own ("He shines a light
# through the window, shouts"; "She paused, wiped her eyes, said"): each later chunk opens with a verb, never
# with a new subject ("He called 911, the dispatcher told him" is the dispatcher)
_SERIES_HEAD = lazy_compile(r"\s*(?:(?:In|On|At|After|Before|During|Then|Later|Moments\s+later|Seconds\s+later)\b[^,;]{0,50},?\s+)?"
                          r"(?:[Hh]e|[Ss]he|[Tt]hey|(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w\u2019'-]+)\s+(?:[a-z]+ly\s+)?"
                          r"(?!(?:who|whom|which|that|and|or|of|for|from|with|at|in|on|to|by|as|said|says|told|tells)\b)"
                          r"(?P<verb>[a-z]+(?<!s)s|[a-z]{2,}ed|stood|ran|went|came|took|got|sat|knelt|rose|fell|held|left|"
                          r"hung|drew|threw|spoke|broke|stepped|walked)\b[^,;:]*,"
                          r"(?:\s+(?!(?:the|a|an|he|she|they|his|her|its|their|and|but|who|which|that|when|as|while)\b)[a-z][^,;:]*,)*"
                          r"\s+(?:(?:then|also|[a-z]+ly)\s+)?$")
# A verb of hearing and its object, right before the bare verb of speech: "heard Roe scream", "overheard him say"
# An outcome named after the main clause and judged in a relative clause: "…, a decision the victim's mother called",
# "…, a ruling that the judge described as", "in a statement the judge called"; or the case or crime itself, judged
# the same way ("in a case a prosecutor called", "a crime the judge called")
_OUTCOME_CALLED = lazy_compile(r"(?:,\s+|\b(?:in|with|by)\s+)(?:an?|the|that)\s+(?:[a-z-]+\s+){0,2}?(?:decision|ruling|sentence|outcome|"
                             r"verdict|result|move|deal|punishment|statement|plea|agreement|term|step|finding|order|"
                             r"settlement|resolution|penalty|case|crime|scheme|attack|killing)\s+(?:that\s+|which\s+)?"
                             r"(?P<np>(?:the|his|her|their|an?|[A-Z][\w\u2019'-]+[\u2019']s)\s+(?:[\w\u2019'-]+\s+){0,3}?[a-z-]+"
                             r"|(?:[A-Z][\w.\u2019'-]*\s+){0,2}[A-Z][\w\u2019'-]+|he|she|they)\s+(?:[a-z]+ly\s+)?(?<!X\s)$")
# (only a verb that judges the outcome: in "a term the judge said was "…"" the judge reports what another said)
_JUDGING_VERB = lazy_compile(r"called|calls|described|describes|termed|labell?ed|deemed|characteri[sz]ed|dubbed")
_HEARD_SAY = lazy_compile(r"\b(?:heard|hear|hears|overheard|overhear|hearing)\s+(?P<np>"
                        r"(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w\u2019'-]+)\s+(?:[a-z]+ly\s+)?$")
# A plural of people or roles, which after a name is part of the subject, not its verb ("Elm County deputies")
_PEOPLE_WORD = lazy_compile("(?:" + "|".join(sorted(ROLE_NOUNS | PEOPLE_NOUNS | KIN_NOUNS, key=lambda w: (-len(w), w))) + ")s?")
# A verb of speech used without an object, then a new predicate that holds the quote: "never testified and has"
_INTRANSITIVE_THEN = lazy_compile(r"(?:\s+(?:[a-z]+ly|at\s+trial|in\s+court|publicly|again|before))*\s*,?\s+(?:and|but)\s+"
                                r"(?:[a-z]+ly\s+)?(?:(?:never|not|still)\s+)?(?:has|have|had|is|was|were|are|remains|remained)\b")
# Between a reporting verb and the subject of what it reports: "testified that ", "told jurors that ", "said "
# Verbs of speech that also act on things ("added new checks", "posted bail", "read the file"), and such a verb's
# object then a coordinated linking verb the quote completes: "had added independent checks and were "…""
_DOUBLE_DUTY_VERBS = frozenset("added adds posted posts read reads answered answers reported reports".split())
_ACT_THEN_LINK = lazy_compile(r"\s+(?!that\b|he\b|she\b|they\b|it\b|we\b|I\b)(?:[a-z][\w-]*\s+){1,8}?(?:and|but)\s+"
                              r"(?:(?:also|still|now)\s+)?(?:was|were|is|are|remained|remains|felt|feels)\s+(?:[a-z]+ly\s+)?$")
_COMPLEMENT_GAP = lazy_compile(r"(?:\s+(?:[a-z]+ly|on\s+\w+|in\s+court))?(?:\s+(?:(?:the\s+)?[a-z]+\s+){0,2}that)?\s+(?:[a-z]+ly\s+)?")
# The that-clause a reporting verb governs, resumed after an aside: "warned him, according to X, that if …"
_ASIDE_BEFORE_THAT = lazy_compile(r",\s+that\b")
# A title's stop inside a name ("according to Lt. Ann Roe"), no sentence end.
_TITLE_STOP = r"\b(?:" + "|".join(ABBREVIATED_IN_NAMES) + r")\."
# A document a newsroom got hold of: "according to court records obtained by The Post" (its author is not the outlet).
_OBTAINED_BY = lazy_compile(r"\b(?:reviewed|obtained|seen|viewed|examined|acquired)\s+by\b")

# Plural people opening a sentence, maybe owned: "The victims' families", "Roe's attorneys", "Many residents".
_PLURAL_OPENER = lazy_compile(r"\s*(?:[Tt]he\s+|[Mm]any\s+|[Ss]ome\s+)?(?P<np>(?:[\w-]+(?:[\u2019']s?)?\s+){0,2}(?:"
                            + "|".join(sorted(PEOPLE_NOUNS | {"families", "lawyers", "attorneys"}, key=lambda w: (-len(w), w)))
                            + r"))\s+(?!and\b|or\b)[a-z]")
# A second complement after a first that-clause, right before the quote: "…, and that "
# "… at the doorman, prosecutor Ann Lee said.": the attribution closing a sentence that quotes words inside it
_CLOSING_SAID = lazy_compile(r",\s+(?P<np>[^,;:\u201c\u201d\"X]{2,80}?)\s+(?:said|says)\.\s*$")
# What may follow a closing "police said" and still end the sentence: "police said.", "prosecutors said in a filing."
_SOURCING_CLOSE = lazy_compile(r"(?:\s+(?:in|on|at)\s+[^.!?;\u201c\u201d\"]{1,40})?\.(?:\s|$)")
# A verb of speech (or writing) that takes a that-clause: "wrote in an incident report that", "told jurors that"
_TELLS_THAT = lazy_compile(rf"\b(?:{VERBS})\b[^;:.!?\u201c\u201d\"]*?\bthat\b")
# "had been told by the probation service that": a passive telling whose agent is the speaker
_PASSIVE_TOLD_BY = lazy_compile(r"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?(?:told|informed|assured|warned)\s+by\s+"
                                r"(?P<np>[^,;:\u201c\u201d\"X]{2,80}?)\s+that\s+[^;\u201c\u201d\"]*$")
_AND_THAT = lazy_compile(r",?\s+(?:and|but)\s+(?:also\s+)?that\s+$")
_THAT_BETWEEN = lazy_compile(r"\bthat\s")
_INTERVIEW = lazy_compile(r"\b(?:interview|questions|asked|spoke|talked)\b")
# A reporter's interview with someone: "spoke with", "talked to", "interviewed", "caught up with", "sat down with".
_SPOKE_WITH = lazy_compile(r"\b(?:spoke|speaks|talked|talks)\s+(?:(?:exclusively|briefly|later|again)\s+)?(?:with|to)\b"
                         r"|\binterview(?:ed|s)?\s+with\b|\binterview(?:ed|s)\b|\bcaught\s+up\s+with\b|\bsat\s+down\s+with\b"
                         r"|\banswered\s+(?:a\s+)?(?:few\s+|several\s+)?questions\b")
# The subject of an object relative before a verb of speech: "what one prosecutor called", "which he later called".
_WHAT_NP_VERB = lazy_compile(rf"(?:\bwhat|,\s+which)\s+(?P<np>(?:one|an?|another|the)\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]{{3,}}|he|she|they|it"
                           rf"|(?:[A-Z][\w.\u2019'-]*\s+){{0,2}}[A-Z][\w\u2019'-]+)\s+(?:(?:{ADVERB}|later|once|then|had|has|have)\s+)*$")
# A passive's auxiliary right before a participle: "the letter was never answered", "had been repeatedly warned"
_PASSIVE_AUXILIARY = lazy_compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:(?:never|not|also|later|only|ever|already|"
                             r"[a-z]+ly)\s+)?$")
# A participle of speech after a comma, not addressed to the court or the press: "telling a friend", "shouting"
_ACTION_THEN_PARTICIPLE = lazy_compile(r"(?:telling|saying|shouting|yelling|screaming|texting|writing)\b"
                                     r"(?!\s+(?:the\s+)?(?:court|jury|jurors|judge|reporters|police|investigators|detectives)\b)")
# From a reporting verb to the subject of the clause it reports: "said ", "heard that ", "told jurors that "
_REPORTED_ACTOR_GAP = lazy_compile(r"\s+(?:(?:the\s+)?(?:court|jury|jurors|judge)\s+)?(?:that\s+)?")
# The reported clause's own verb right after its subject: " then ran", " had fled", " phoned"
_ACTION_AFTER = lazy_compile(r"\s+(?:then\s+|later\s+|had\s+|also\s+)*(?P<verb>[a-z]{3,})\b")
# A transcript's speaker label: "THE COURT: ", "MR. ROE: ", "MS. DEL RIO:" (capitals, so "Mr. Roe:" in prose is not one)
_TRANSCRIPT_LABEL = lazy_compile(r"\s*(?:THE\s+(?P<who>COURT|JUDGE|DEFENDANT|WITNESS|PROSECUTOR)|(?P<title>MR|MS|MRS|MISS|DR)"
                               r"(?P<dot>\.)?\s+(?:[A-Z]+\s+)?(?P<surname>[A-Z][A-Z\u2019'-]+))\s*:\s*")
# A finding that speaks for itself, opening its sentence: "A forensic audit commissioned by the board found",
# "The coroner's report concluded" (told by its noun, so "A man who ..." never passes)
_FINDING_SUBJECT = lazy_compile(r"\s*(?:An?|The)\s+(?P<np>(?:[a-z-]+\s+){0,2}(?:audit|report|review|investigation|inquiry"
                              r"|inspection|study|analysis|evaluation|assessment|inquest|examination))\b")
# A sentence that hands over a document the next paragraphs then quote: "Roe issued a statement on Friday."
_ISSUED_DOC = lazy_compile(r"\b(?P<verb>issued|released|put\s+out|sent|posted|shared|read\s+out|read|wrote|delivered)\s+"
                         r"(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}(?:statement|letter|note|message|post|email)\b")
# A sentence that says whom a letter came from, the letter quoted in the next paragraphs: "Among the letters is one from
# his wife", "One letter came from his old coach", "Another was written by a neighbor"
_DOC_CAME_FROM = lazy_compile(r"\b(?:[Oo]ne|[Aa]nother|(?:letter|note|email|message|statement|card)s?)\s+(?:(?:came|comes|was|is)\s+)?"
                              r"(?:(?:written|sent|signed)\s+)?(?:from|by)\s+")
_LETTER_WORD = lazy_compile(r"\b(?:letter|note|email|e-mail|message|statement|card)s?\b")
# A sentence of web copy that only points at the statement printed after it: "Read the full statement below:",
# "Her full statement is below.", "Here is the statement in full:", "The full statement reads:"
_POINTER_TO_PAPER = lazy_compile(r"(?:(?:Read|See)\s+(?:the|their|his|her|its)\s+(?:full\s+|entire\s+|complete\s+)?"
                               r"(?:statement|letter|message|post)(?:\s+in\s+full)?(?:\s+below|\s+here)?"
                               r"|(?:The|Their|His|Her|Its)\s+(?:full|entire|complete)\s+(?:statement|letter|message|post)"
                               r"\s+(?:is\s+below|reads|follows|is\s+as\s+follows)"
                               r"|Here\s+is\s+(?:the|their|his|her|its)\s+(?:full\s+)?(?:statement|letter|message|post)"
                               r"(?:\s+in\s+full)?)\s*[:.]")
# A reporting clause after the main one, set off by commas, before a participle: ", a federal judge ruled Monday,".
_TRAILING_REPORT = lazy_compile(r",\s+(?P<np>(?:[Aa]n?|[Tt]he)\s+(?:[\w.\u2019'-]+\s+){0,3}?[a-z-]{3,})\s+(?:ruled|decided|found"
                              r"|said|wrote|announced|concluded|ordered|determined|declared|told\s+[a-z]+|argued)\b[^,;]{0,40},\s*$")
# A second clause with its own subject, which a later participle hangs from: ", while his lawyers asked for …,".
_CLAUSE_SUBJECT = lazy_compile(r"(?:,\s*(?:while|whereas|but|and)|;)\s+(?P<np>(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[A-Z][\w-]+[\u2019']s)\s+)?(?:[a-z-]+\s+)?"
                             r"(?:lawyers|attorneys|defen[cs]e(?:\s+team)?|legal\s+team|prosecutors|prosecution|government))"
                             r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|sought|wrote|told|made|filed|said)\b[^;]*$")
# A letter opening its sentence with its writer: "One, from retired fire chief Ann Roe," / "A letter from her
# neighbor Ann Roe" / "Another, written by Ann Roe," / "The longest, from Ann Roe," / "Another letter, this one from".
# (never a person described by where they come from: "Her sister from Toledo, Dana Lee, said" is Lee speaking)
_NOT_A_PERSON = r"(?!(?:" + "|".join(sorted(KIN_NOUNS | PEOPLE_NOUNS | ROLE_NOUNS, key=lambda w: (-len(w), w))) + r")\s)"
_FROM_WRITER = lazy_compile(r"\s*(?:One|Another|[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)(?:\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:letters?|notes?|emails?|messages?|cards?))?(?:\s+(?:longest|shortest|first|last|latest|final|most\s+[a-z]+))?"
                          r"(?:\s+of\s+them)?(?:,?\s+this\s+one)?,?\s+(?:" + _NOT_A_PERSON + r"[a-z]+\s+)?(?:from|by)\s+"
                          r"(?P<np>[^,;:]{1,80}?)(?:,(?P<appos>[^,;:]{1,60}))?,?\s*$")
# A that-clause opening on a description: "She noted that a letter …", "…, and that his old coach …"
_REPORTED_THAT = lazy_compile(r"\bthat\s+(?=an?\s|the\s|one\s|his\s|her\s|their\s)")
# An unnamed person owned or described: "his former football coach", "a neighbour", "her old teacher"
_OWNED_PERSON_PHRASE = lazy_compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,3}(?P<head>[a-z-]+)")
# What follows a writer's name says where they are from, never who wrote: "the Rev. Ann Roe of Hope Church in Dover"
_WRITER_AFFILIATION = lazy_compile(r"\s+(?:of|in|at|near|from|for|with|outside)\s")
# A name in a writer's phrase: after a lower-case word or a title ("her neighbor Ann Roe", "the Rev. Ann Roe")
_WRITER_NAME = lazy_compile(r"(?:(?<=[a-z] )|(?<=[a-z]\. )|^)(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]+$")
# A clause inside the sentence with its own subject right before the verb: "… as a federal judge told",
# "… and his defense attorney called" (the subject a noun phrase or a pronoun, never a bare adverb).
# An unnamed person, maybe placed by a phrase, then a restrictive "who" clause whose verb the quote hangs from:
# "a former coach at the school who wrote that", "an usher at the church who said". Read in three small steps, not
# one pattern: the description (UNNAMED_NP) is 13 KB of pattern, and a second copy of it cost every cold build 12 ms.
_WHO_AT_END = lazy_compile(r"\s+who\s+(?:[a-z]+ly\s+|also\s+|later\s+)*$")
_PLACED_BY = lazy_compile(r"\s+(?:at|of|from|in|with)\s+(?:the|his|her|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?")
_PLACE_GAP = lazy_compile(r"\s+(?=(?:at|of|from|in|with)\s)")
# A work named in quotation marks after a description: "the host of “Garden Hour”"
# A person by the work they are known for, its title in quotation marks: "the “Crumb Wars” host", "the "Dusk" author"
_TITLED_EPITHET = lazy_compile(r"(?:^|\s)[Tt]he\s+(?:[a-z-]+\s+)?[\u201c\"](?P<title>[^\u201c\u201d\"]{2,60})[\u201d\"]"
                               r"\s+(?P<noun>[a-z]{3,})$")
_OF_TITLED_WORK = lazy_compile(r"\s+of\s+[\u201c\"][^\u201c\u201d\"]{1,60}[\u201d\"]$")
# A restrictive clause inside a description: "the firm that employed Roe", "the fund which paid him"
_DESCRIBING_CLAUSE = lazy_compile(r"\s(?:that|which)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b")
# (an owned description as well: "Her union, the Elm Nurses Guild, said", "Roe's employer, Elm Coaches, said")
_DESCRIPTION_STARTS = lazy_compile(r"(?<![\w\u2019'-])(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts"
                                   r"|[A-Z][\w-]+[\u2019']s)\s")


def _quoted_words(text: str) -> list[str]:
    """The words of a quote, whatever its marks and case ("gambled with 23 children," = "Gambled with 23 children")."""
    return re.findall(r"\w+", text.lower())


def _unnamed_then_who(head: str) -> tuple[int, str] | None:
    """Where the unnamed person before a clause-final "who" starts in `head`, and their description with its place."""
    if "who" not in head:
        return None
    who = _WHO_AT_END.search(head)
    if not who:
        return None
    # (the description ends at "who", or before a place phrase that does: "a coach | at the school who")
    ends = [who.start()] + [gap.start() for gap in _PLACE_GAP.finditer(head, 0, who.start())
                            if _PLACED_BY.fullmatch(head, gap.start(), who.start())]
    for start in _DESCRIPTION_STARTS.finditer(head, 0, who.start()):
        if any(UNNAMED_NP.fullmatch(head, start.start(), end) for end in ends):
            return start.start(), head[start.start():who.start()]
    return None


_INNER_SUBJECT = lazy_compile(r"\b(?:as|while|when|after|before|because|until|once|and|but)\s+"
                            r"(?P<np>(?:(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?[\w-]+|[Hh]e|[Ss]he|They|they|"
                            r"(?:[A-Z][\w.\u2019'-]*\s+){0,4}[A-Z][\w\u2019'-]+))\s+(?:[a-z]+ly\s+)?$")
# A document whose noun is also a verb of speech, as the subject: `," the reply says` (not the verb "reply").
_NOUN_VERB_DOC = lazy_compile(rf"[\s,\u2014\u2013-]*(?P<np>(?:the|this|that|a|an|his|her|their|its)\s+(?:[\w-]+\s+){{0,2}}?"
                            rf"(?:reply|motion))\s+(?:[a-z]+ly\s+)?(?:{VERBS})\b")
# A go-between set off in commas between a subject and its verb: ", through their attorney Ann Lee, said"
# A verb reporting what someone said, thought or admitted, whose clause the quote sits in
_RETOLD_VERB = lazy_compile(r"\b(?:told|tells|said|says|wrote|writes|admitted|texted|messaged|claimed|insisted|"
                          r"conceded|bragged|boasted|confided|explained|"
                          # a directive speech act reported inside the sentence ("video shows Roe telling a clerk to
                          # "…"", "sent a text urging them to "…"", "ordered the crew to "…""): the actor's words
                          r"(?:tell|urg|order|instruct|warn|direct|text|messag|yell|shout|scream|demand|beg|implor)ing|"
                          r"urged|ordered|instructed|warned|directed|yelled|shouted|screamed|demanded|begged|implored|"
                          r"called|calling|described|describing|"
                          # a speech act whose words the quote gives ("he apologized to "…," his lawyer said", "she
                          # thanked "…"", "vowed to "…""): the one apologizing or vowing said them
                          r"apologi[sz]ed|apologi[sz]ing|thanked|thanking|vowed|vowing|pledged|pledging)\b")
# A quote coordinated with the one before it ("telling them to "…" and "…"", "told them it was "…" and that "…""):
# the same reported clause, so the same speaker
_COORDINATED_QUOTE = lazy_compile(r"X[,\u201d\"]*\s+(?:and|or)\s+(?:that\s+|to\s+)?$")
# A legal team as a subject, its members named in the appositive after it: "Roe's lawyers", "her attorneys", "the
# defense attorneys" (a filing argued jointly)
_LEGAL_TEAM_HEAD = lazy_compile(r"(?P<np>(?:(?:[A-Z][\w.\u2019'-]*\s+){0,2}[A-Z][\w.-]*[\u2019'](?:s)?|[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+"
                              r"(?:[a-z-]+\s+)?(?:lawyers|attorneys|prosecutors|public\s+defenders))\s*$")
_PAIR_TAIL = lazy_compile(r",\s*[A-Z][\w\u2019'-]+(?:\s+[A-Z][\w\u2019'-]+)?\s+(?:and|&)\s+[A-Z][^,]*$")
# An appositive describing a person, before a relative clause about them: ", a Texas Republican who sits on …"
# A sentence opening on a team owned by someone and its members' names: "His lawyers, Ann Roe and Bo Lee, asked"
_TEAM_OPENING = lazy_compile(r"\s*(?P<team>(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*[\u2019']s)\s+(?:[a-z-]+\s+)?"
                             r"(?:lawyers|attorneys|public\s+defenders))"
                             r",\s+(?:[A-Z][\w.\u2019'-]*\s+){1,3}(?:,\s+(?:[A-Z][\w.\u2019'-]*\s+){1,3})*"
                             r",?\s*and\s+(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w\u2019'-]+,")
_APPOSITIVE_THEN = lazy_compile(r"(?:,\s+\d{1,3})?,\s+(?:(?:an?|the)\s+"
                                # (a bare role noun, an office or a trade, opens it as an article does: "Ann Roe,
                                # pastor of a church in Elm Falls, who wrote")
                                r"|(?:(?:former|retired|longtime|senior|associate|assistant|executive)\s+)?(?=(?:"
                                + "|".join(sorted(ROLE_NOUNS, key=lambda w: (-len(w), w))) + r")\b))[^,;:\u201c\u201d\"]{1,90}")
# The medium of what someone said, between the subject and its verb: "in a letter to the Justice Department"
_MEDIUM_BEFORE = lazy_compile(r"\s+(?:in|on|during)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}"
                            r"(?:letter|statement|post|interview|op-ed|email|e-mail|speech|tweet|video|memo|column)"
                            r"(?:\s+(?:to|with|on|for)\s+[^,;:\u201c\u201d\"]{1,60}?)?\s*,?\s*$")
# An opening word or phrase, after which "he"/"she" is the sentence's own subject, not an aside: "Later, he"
_OPENER_ONLY = lazy_compile(r"\s*(?:[A-Z][a-z]+ly|Later|Then|Still|Now|Again|Afterward|Afterwards|However|Instead|Meanwhile|"
                          r"Finally|Today|Yesterday|(?:In|On|At|After|Before|During|When|As|Asked|Outside|Inside)\b[^,]*)\s*,")
_ASIDE_PRONOUN = lazy_compile(r"\S,\s+(?P<p>he|she|they)\s+(?:(?:later|also|then|again)\s+)?$")
# An aside between a subject and its verb telling how the words came out or who led the speakers: ", in a statement
# posted by his sister, Ann Roe,", ", led by Ann Roe,"
_SUBJECT_ASIDE = lazy_compile(r",\s+(?:(?:in|through|via)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:statement|message|post|"
                              r"letter|email|note|filing|memo|video)|(?:led|headed|represented)\s+by)\b[^;:\u201c\u201d\"]{0,160},\s*"
                              r"(?:[a-z]+ly\s+)?$")
# The public as the article meets it online or in a crowd: "one user", "another commenter", "one fan"
_PUBLIC_VOICES = frozenset("user commenter poster fan follower viewer listener reader critic supporter observer onlooker "
                           "protester protestor bystander attendee".split())
# A paper vouching for the words inside a clause: ", per a sentencing memo,", "per their filing"
_PER_PAPER = lazy_compile(r"\bper\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:memo|memorandum|filing|motion|brief|"
                          r"letter|statement|complaint|indictment|affidavit|report|lawsuit|suit)\b")
# The first verb in the past after a sentence's subject: "The defense, led by Ann Roe, painted"
_FIRST_PAST_VERB = lazy_compile(r"(?P<head>[^:;\u201c\u201d\"]{2,160}?\s)(?:[a-z]+ly\s+)?(?P<verb>[a-z]{3,}ed|drew|gave|made|told|wrote)\b")
# Verbs of telling someone, and the one told right after them: "told him", "warned her"
_TELLING_VERBS = frozenset("told tells warned warns assured assures reminded reminds promised promises asked asks".split())
_TOLD_TO_ONE = lazy_compile(r"\s+(?:him|her|me|us|them)\b")
_THAT_GAP = lazy_compile(r"\s+(?:that\s+)?")
_ADVERBS_ONLY = lazy_compile(rf"\s*(?:(?:{ADVERB}|once|later|then|also|had|again)\s+)*")
_CHANNEL = lazy_compile(r",\s+(?:through|via)\s+[^,;:]{1,80},\s*(?:[a-z]+ly\s+)?$")
# A quote signed off by a dash and a name, as pull quotes and reader comments are: ""…" — Ann Roe, the victim's aunt"
# (an embedded post adds its handle and date: "— Ann Roe (@annroe) May 14, 2024")
_DASH_SIGNED = lazy_compile(r"\s*[\u2014\u2013]\s*(?P<np>(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w\u2019'-]+)"
                          r"(?:,\s+[^.!?;:\n]{1,80}|\s+\(@\w+\)[^\n]{0,40})?\.?\s*")
# A sentence that paraphrases its subject: "But Amesbury said the jury got it right.", "She told jurors that …"
# (verbs that report a claim, not "pleaded" or "called", which a narrative sentence uses otherwise)
_PARAPHRASE = lazy_compile(
    r"\s*(?:(?:But|And|Still|Yet|However|Meanwhile|Instead)\s*,?\s+)?"
    r"(?P<np>[Hh]e|[Ss]he|[Tt]hey|(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w\u2019'-]+)\s+"
    rf"(?:(?:{ADVERB}|also|later)\s+)?(?:said|says|added|argued|noted|insisted|contended|maintained|explained|stressed"
    r"|acknowledged|pointed\s+out|testified|recalled|warned|claimed|countered|told\s+(?:the\s+)?[a-z]+)"
    r"\s+(?:that\s+)?[\w$]")
# "quoted Prosecutor Ann Roe, who led the case, as saying": the one quoted, before "as" and the participle
_QUOTED_AS = lazy_compile(r"\bquot(?:ed|es|e|ing)\s+(?P<np>[^;:]{1,120}?),?\s+as\s+$")
# An absolute "with" clause after a main clause ("…, with a judge telling him "…"", "…, with prosecutors calling it
# "…""): the participle has its own subject, the noun after "with", never the main clause's subject.
# (a name set off after the noun is who it is: "with his lawyer, Ann Roe, telling him")
_WITH_ABSOLUTE = lazy_compile(r"[,\u2014\u2013]\s*with\s+(?P<np>[^,;:\u201c\u201d\"]{2,80}?)"
                            r"(?:,\s+(?P<name>[A-Z][^,;:\u201c\u201d\"]{1,60}),)?\s+(?:(?:[a-z]+ly|also|then)\s+)?$")
# A relation set before the name it describes: "Her father, Ivo Roe,", "The victim's older brother, Sam Roe,".
# (a possessive may be a bare apostrophe, as after an s-final name: "Davis' widow, Ann Davis,")
# ("Marcus Levesque's father, Gilles Levesque, spoke": the owner named in full)
_RELATION_THEN_NAME = lazy_compile(r"\s*(?:(?:[Tt]he\s+)?(?:[a-z-]+\s+)?(?:[A-Z][\w-]+\s+){0,2}[\w-]+[\u2019']s?|[Hh]is|[Hh]er|[Tt]heir)\s+"
                                 # ("Mr Gilmore's widow Deirdre described …": the name right after the noun, no comma)
                                 r"(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+)(?:,\s+|\s+(?=[A-Z]))")
_RELATION_NOUNS = KIN_NOUNS | ROLE_NOUNS | PEOPLE_NOUNS
# A modal before a verb of speech: a hypothetical ("would tell the public"), never who is quoted.
# A possessive right before a word that could be a verb of speech, making it a noun: "Roe's comments", "his remarks"
_OWNER_BEFORE = lazy_compile(r"(?:\b[A-Z][\w-]*[\u2019']s|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s+$")
# A by-gerund's "by": "responded to the text by writing back"
_BY_BEFORE = lazy_compile(r"\bby\s+$")
# A name's own finite verb right after it: "Roe responded", "Roe quickly replied", "Roe writes"
_FINITE_AFTER = lazy_compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b")
# A clause answering what the sentence reported, right before its verb: ", to which he replied", "whereupon Lee said"
_ANSWERING_CLAUSE = lazy_compile(r"\b(?:to\s+which|at\s+which\s+point|after\s+which|whereupon)\s+"
                               r"(?P<np>he|she|they|[A-Z][\w\u2019'-]+(?:\s+[A-Z][\w\u2019'-]+)?)\s+(?:[a-z]+ly\s+)?$")
_NOT_SPEAKING = lazy_compile(r"\b(?:would|could|might|should|will|can|may|must)\s+(?:not\s+|never\s+)?$")
# "continued to film", "went on to win": carrying on an action, not speech
# "…, as prosecutors had asked for, "…"": an aside comparing a thing with what someone asked for
_AS_CLAUSE_OPEN = lazy_compile(r",\s*as\s+(?:[\w.\u2019'-]+\s+){1,5}(?:had\s+|has\s+|have\s+)?$")
_STRANDED_FOR = lazy_compile(r"\s+for\s*,")
_GOES_ON_TO = lazy_compile(r"(?:continue[sd]?|went\s+on|goes\s+on)\s+to\s")
# "has not been charged": a verb that is passive here, not anyone speaking
_PASSIVE_BEFORE = lazy_compile(r"\b(?:be|been|being|was|were|is|are)\s+(?:[a-z]+ly\s+)?$")
# "In a statement posted online, …": a verb inside the sentence's opening phrase has no subject of its own
_OPENING_PHRASE = lazy_compile(r"\s*(?:In|On|At|After|Before|During|Through|Via|With|From|Under)\b[^,;]*")
# A quote's sentence that is only a pronoun and a verb or two before it: "Then he wanted "…""
# An action beat is a gesture, not a narrative sentence: "She paused." / "Then he turned to the jurors and smiled."
_BEAT_WORDS = 8
# The one a beat's gesture is aimed at, who is not its actor: "turned toward the Roes", "looked at Lee"
_GESTURE_TOWARD = lazy_compile(r"\b(?:turned|turning|looked|looking|glanced|glancing|gestured|nodded|faced|facing)\s+"
                               r"(?:(?:back|again|briefly|directly)\s+)?(?:toward|towards|to|at)?\s*(?:the\s+)?$")
# A trailing clause describing the one a beat is aimed at: ", who sat behind her", ", seated in the gallery"
_ADDRESSEE_DESCRIBED = lazy_compile(r",\s+(?:who|whom|where|seated|sitting|standing|gathered)\s")
# A question clause opening a beat: "Asked whether he would appeal, ", "Pressed on the delay, ".
_ASKED_BEAT = lazy_compile(r"\s*(?:Asked|Pressed|Questioned)\b(?!\s+by\b)[^,;]{0,100},\s+")
_BEAT_OPENER = lazy_compile(r"\s*(?:(?:Then|Finally|Later|Again|Now)\s*,?\s+)?")
_PRONOUN_HEAD = lazy_compile(r"\s*(?:(?:Then|And|But|Later|Now|Still|So)\s*,?\s+)?(?P<p>[Hh]e|[Ss]he|[Tt]hey)\s+"
                           r"(?:[a-z]+\s+){1,3}")
# The noun a possessive opener owns when the owned one speaks: "Roe's cousin", "Lee's defense lawyers", "Amesbury' family"
_OWNED_SPEAKER = lazy_compile(r"\s*(?:[a-z-]+\s+)??(?:" + "|".join(sorted(KIN_NOUNS | {"lawyer", "lawyers", "attorney", "attorneys",
                            "family", "relatives", "spokesman", "spokeswoman", "spokesperson", "team"}, key=lambda w: (-len(w), w)))
                            + r")\b")
# Verbs by which a sentence's subject speaks or turns to speak: "She said …", "He paused, then addressed the court."
_SPEAKS = lazy_compile(rf"\b(?:{VERBS}|addressed|turned\s+to|spoke\s+to)\b")
# A document opening its sentence with its author in an appositive: "The defense memo, signed by Ann Roe, …"
# (an owner's paper too: "The government\u2019s memo, signed by …", "Prosecutors\u2019 sentencing memo, signed by …")
_SIGNED_DOC = lazy_compile(r"\s*(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w-]+\s+){0,2}"
                         r"|(?:[Tt]he\s+)?(?:[\w.-]+\s+){0,2}[\w.-]+(?:[\u2019']s|s[\u2019'])\s+(?:[\w-]+\s+){0,2})(?:"
                         + "|".join(sorted(DOCUMENT_NOUNS)) + r"|memo|memorandum|filing|brief|motion),\s+(?:[a-z]+ly\s+)?"
                         r"(?:signed|written|filed|authored|prepared|submitted)\s+by\s+(?P<np>[^,;:]{1,80}?),\s*$")
# Nouns for what a quote is, as a later clause sums it up.
_QUOTE_NOUNS = frozenset("apology claim assertion description account promise vow pledge plea boast admission excuse "
                         "explanation assessment characterization characterisation sentiment view phrase line".split())
# Plural words for the people or bodies who speak as one: "Police", "Prosecutors" opening a sentence
_GROUP_WORDS = frozenset("police prosecutors officials authorities investigators detectives officers deputies troopers "
                        "lawyers attorneys relatives family supporters jurors witnesses neighbours neighbors".split())
# Titles that are never a name alone: "Judge", "Detective", "Sen." (not the words that name a body on their own:
# "Army", "Navy", "Garda", "Court")
_TITLE_ONLY_WORDS = frozenset(w.rstrip(".") for w in TITLE_WORDS if w[:1].isupper()) - frozenset(
    "Police Army Navy Marine Marines Air Force U.S US State Federal Supreme Court Circuit Appeals County City Garda Defense "
    "Public Special Vice First Class Staff Master Petty Minority Majority Former Retired".split())
# A term for the quoted words, then who spoke of it: "a phrase prosecutors said was meant to confuse", "a word police
# say is slang for a gun" (the group or person after the noun, its verb next)
_TERM_THEN_SPEAKER = lazy_compile(r"(?:an?|the|that|this)\s+(?:[a-z-]+\s+){0,2}?(?:phrase|term|word|expression|euphemism|"
                                  r"nickname|slogan|code\s+word|code\s+name)\s+(?P<np>(?:the\s+)?(?:[a-z-]+\s+)?(?:"
                                  + "|".join(sorted(PEOPLE_NOUNS | {"police", "officials", "authorities", "prosecutors"},
                                                    key=lambda w: (-len(w), w)))
                                  + r")|(?:[A-Z][\w.\u2019'-]*\s+){0,2}[A-Z][\w\u2019'-]+)")
# A verb that names or judges the quoted words' object, right before them: "called the killing ", "described him as "
_NAMING_VERB_BEFORE = lazy_compile(r"\b(?:called|calls|call|calling|termed|dubbed|labell?ed|branded|nicknamed|"
                                   r"(?:described|referred\s+to)\b[^.;:!?\"\u201c\u201d]{0,60}\bas)"
                                   r"(?:\s+[^.;:!?\"\u201c\u201d\s]+){0,6}?\s*$")
# The agent of a passive verb of judging before the quote: "described by police as the ", "called by neighbours "
_BY_AGENT = lazy_compile(r"\s+by\s+(?P<np>(?:(?!X{3})[^,;:.\u201c\u201d\"]){1,60}?)(?:\s+as(?:\s+(?:an?|the))?)?[\s,]*$")
# The words ending a subject before its verb, from a word's start
_SUBJECT_TAIL = lazy_compile(r"(?<![\w\u2019'.-])([\w\u2019'.-][\w\u2019'. -]{0,99})$")
_NEAR_SUBJECT_TAIL = lazy_compile(r"(?<![\w\u2019'.-])([\w\u2019'.-][\w\u2019'. -]{0,59})$")
# A common noun and then a name: "a statement Lee said fell short", "an apology the judge called hollow".
_NOUN_THEN_NAME = lazy_compile(r"(?:an?|the|that|this|those|these|one)\s+(?:[a-z-]+\s+){0,2}(?:"
                             + "|".join(sorted(SPEECH_NOUNS | _QUOTE_NOUNS, key=lambda w: (-len(w), w)))
                             + r")\s+(?:[A-Z]|the\s|his\s|her\s|their\s)")
# Unnamed people in the plural, as written ("co-workers", "two neighbours"); never records or documents
# (or the authorities of a case: "according to police", "according to state troopers")
# The subject of a relative clause a preposition opens, right before the verb: "a letter in which the accused wrote"
_WHICH_SUBJECT = lazy_compile(r"\b(?:in|on|by|with|through)\s+which\s+(?P<np>[^,;:\u201c\u201d\"]{2,60}?)\s+(?:" + ADVERB + r"\s+)?$")
# A verb coordinated with the one before it, with no subject of its own: "… handed him a draft and said, "…""
_AND_BEFORE_CUE = lazy_compile(r"\s+and\s+(?:(?:had|has|have|then|later|also|allegedly)\s+){0,2}$")
# A past-perfect clause and its second verb: "Roe had sought an order and had told" (what a reporter retells)
_AND_HAD_BEFORE = lazy_compile(r"\s+and\s+had\s+(?:(?:also|then|later|allegedly)\s+)?$")
_HAD_AFTER = lazy_compile(r"\s+had\s+(?:[a-z]+ly\s+|also\s+|never\s+|not\s+)?[a-z]+(?:ed|en|t|ght|ne|wn)\b")
_THAT_WORD = lazy_compile(r"\bthat\s+")
# What evidence showed a group of people said, the group the verb's own subject: "Records showed that two clerks warned Roe
# the books were "padded"" (the record says who spoke; it never speaks itself)
_EVIDENCE_THAT_GROUP = lazy_compile(r"\b(?:showed|shows|revealed|reveals|established|establishes|indicated|indicates|suggested)"
                                   r"\s+that\s+(?P<np>(?:(?:two|three|four|five|six|several|some|many|other|both|multiple)\s+)?"
                                   r"(?:[a-z-]+\s+)?(?P<head>[a-z]+s)|(?:an?|one|another)\s+(?:[a-z-]+\s+)?(?P<one>[a-z]+))"
                                   r"\s+(?:" + ADVERB + r"\s+)?$")
_PEOPLE_PLURAL = lazy_compile(r"(?:(?:two|three|several|some|many|other|former|fellow|state|federal|local|county)\s+)?(?:[a-z]+-)?"
                            r"(?:workers|colleagues|neighbou?rs|witnesses|friends|relatives|classmates|students|residents|parents|"
                            r"nurses|officers|employees|staff|police|troopers|deputies|detectives|agents|investigators|"
                            r"authorities|officials|prosecutors|firefighters|paramedics)")


def _opens_with(prefix: str) -> bool:
    """Whether the words before a name leave it the sentence's subject: nothing but quoted words, a title, one
    introductory phrase ("According to court papers,") or a dateline ("WASHINGTON (AP) —")."""
    rest = re.sub(r"X{3,}", " ", prefix)
    rest = re.sub(r"\b([A-Z][\w.-]*) of (?=[A-Z])", r"\1 ", rest)  # "Secretary of State ": one title
    words = rest.split(" ")
    while len(words) > 1 and words[-1] == "" and (words[-2][:1].isupper() or words[-2].lower() in NP_OK - FUNCTION_WORDS):
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
    return all(w.lower() not in OWN_SUBJECT and (w[0].islower() or w[0].isdigit() or w in MONTHS_AND_DAYS)
               for w in between)


# After "According to X,": a named subject whose own verb of speaking or urging leads to the quote
_TOLD_BY_SUBJECT = lazy_compile(r",\s+(?P<np>(?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]+)\s+(?:[\w'\u2019-]+\s+){0,10}?"
                              r"(?:urg|told|tell|said|say|shout|yell|call|wrote|writ|text|ask|admit|declar|scream|chant|warn"
                              r"|threaten|promis|boast|brag)\w*\b[^.;]*$")


# A description opening a clause, then its own verb: "the singer turned to", "the former coach looked at"
_DESCRIPTION_THEN_VERB = lazy_compile(r"(?P<np>[Tt]he\s+(?:[\w\u2019'-]+\s+){0,2}?[a-z][\w-]*)\s+(?:[a-z]+ly\s+)?"
                                      r"(?:[a-z]{2,}(?:ed|s)|told|said|wrote|stood|rose|spoke|took|gave|made|held|sat|got|went|"
                                      r"came|read|began|broke|shook|wept|kept|left|met|faced|turned)\b")
# A body given only by whose it is: "Roe's record label", "the singer's management company"
_BODY_NOUNS = ("label|company|employer|school|university|college|church|team|club|firm|agency|union|publisher|network|studio|"
               "league|hospital|charity")
_OWNED_BODY_SPEAKER = lazy_compile(rf"[\u2019']s\s+(?:[a-z-]+\s+)?(?P<noun>{_BODY_NOUNS})$")
# A pronoun owning the role an appositive name follows: "His attorney, ", "Her longtime lawyer, "
_OWNING_PRONOUN_BEFORE = lazy_compile(r"\b(?P<p>[Hh]is|[Hh]er)\s+(?:[a-z-]+\s+)?[a-z-]+,\s+$")
_BODY_NAME_ENDS = frozenset("Records Music Entertainment Media University College School Church Hospital Club Team".split())
# A plural title right before the first of two names: "Assistant U.S. Attorneys ", "defense lawyers "
_PLURAL_TITLE_END = lazy_compile(r"(?<![\w\u2019'])[A-Za-z]{3,}[^s\W]s\s+$")
# A paper named without its issuer, then the issuer: "read a statement from the Roe family", "a letter by Lee"
_BARE_DOC = lazy_compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(DOCUMENT_NOUNS)) + r")")
_DOC_FROM = lazy_compile(r"\s+(?:from|by|issued\s+by|released\s+by|on\s+behalf\s+of)\s+(?P<np>[^,;.!?\u201c\u201d\"]{2,60}?)"
                       r"(?=\s*(?:[,;.!?]|$))")
# "the woman", "the retired teacher", "the Dayton man", "the 41-year-old": a person described, not named
# A paragraph opening on its subject's name: "Corey Dalquist has told the court ...", "Dalquist, 35, wept as ..."
_NAMED_OPENER = lazy_compile(r"\s*(?:[A-Z][\w'\u2019-]+\s+){0,2}(?P<surname>[A-Z][\w'\u2019-]+)(?=,|\s+(?:has|had|was|is|did|told"
                           r"|wept|cried|spoke|apologi[sz]ed|addressed|[a-z]+ed)\b)")
# A definite description right before its verb, opening the clause: "In her statement, the woman said"
# (a group she belongs to and her age may follow: "The young woman among the patients, now 30, told Roe")
_DESCRIBED_SUBJECT = lazy_compile(r"(?:^|[,;]\s+|\b(?:and|but)\s+)\s*(?P<np>[Tt]he\s+(?:[\w'\u2019-]+\s+){0,2}?(?P<head>[a-z][\w-]*)"
                                r"(?:\s+(?:among|of)\s+the\s+[a-z]+s)?)(?:,\s+(?:now\s+)?\d{1,3},)?\s+(?:[a-z]+ly\s+)?$")
_DEFINITE_DESCRIPTION = lazy_compile(r"[Tt]he\s+(?:[\w'\u2019-]+\s+){0,3}(?P<head>[a-z0-9][\w-]*)")
_PERSON_WORDS = frozenset("man woman boy girl teen teenager child person resident victim survivor teacher worker cook "
                          "student retiree veteran widow widower customer passenger homeowner motorist carrier cyclist "
                          "pedestrian shopper tenant patient inmate parishioner bystander caller jogger rider "
                          "grandmother grandfather mom dad father mother son daughter".split())
# Singular heads whose plural names a group of people ("aides", "clerks", "neighbors"): "two aides warned Roe"
_PERSON_HEADS = _PERSON_WORDS | ROLE_NOUNS | UNNAMED_PERSON_NOUNS | KIN_NOUNS | frozenset("aide staffer nurse".split())


_LOWER_BODY_NP = lazy_compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){1,3}(?:service|authority|board|council|office|department"
                              r"|agency|bureau|commission|division|administration|association|society|trust|foundation)")


def _plausible_np(np: str) -> bool:
    """Words that could name a speaker, not a clause ("if Liang gets the sentence")."""
    if TITLED_OFFICE.fullmatch(np.strip()):
        return True  # "the district attorney's office": a body, however many lower-case words name it
    if _LOWER_BODY_NP.fullmatch(np.strip()):
        return True  # "the wildlife protection service", "the regional water authority": a body by its kind, in lower case
    words = re.findall(r"[\w\u2019'.-]+", np)
    if not words or len(words) > 12:
        return False
    if words[0].lower() in ("if", "when", "because", "that", "which", "while", "and", "but", "for", "as", "so",
                            "unless", "until", "once", "although", "though", "whether", "since", "where", "why", "how"):
        return False
    odd = [w for w in words if w[0].islower() and w.lower() not in NP_OK and not w.endswith("ly")]
    return len(odd) <= 2
