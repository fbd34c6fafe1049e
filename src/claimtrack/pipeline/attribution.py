"""Attribution: linking each cue to its speaker and content, sentence by sentence.

The rules, in the order they are tried for a verb cue:
  1. the first speaker-like subject in the cue's clause before the verb
     ("Der südkoreanische Geheimdienst hatte am Freitag mitgeteilt, dass ...");
  2. the speaker right after the verb ("„…“, sagte Wood demnach weiter.");
  3. the antecedent of a relative pronoun ("der Denkfabrik ISW, die ... berichtet");
  4. the first subject of the sentence, or the speaker of an earlier cue it is coordinated
     with ("kündigte an, dass ..., betonte jedoch, dass ...").
Pronouns and bare role nouns ("er", "dieser", "der Staatschef") take the last fitting speaker.
A sentence without a cue continues the last speaker when it is reported speech (Konjunktiv,
a quotation, or "Demnach ..."), and is the article's own assertion when it carries a figure
or a confirmation/denial.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from .coreference import Resolver, as_speaker
from .cues import PASSIVE_AUXILIARIES, CueMatch
from .dates import DateMatch
from .figures import FigureMatch
from .grammar import (
    QUOTE_MARKS,
    clause_bounds,
    has_konjunktiv,
    has_konjunktiv_i,
    has_zu_infinitive,
    in_prepositional_phrase,
    is_attributive,
    is_reportative_perfect,
    is_subject,
    looks_finite,
    phrase_start_before,
    sentence_mentions,
    verb_after_fronted,
)
from .lexicon import COMPLEMENTIZERS, PERSONAL_POSSESSIVES, PREPOSITIONS, Lexicon, get
from .mentions import (
    Mention,
    chunk,
    chunk_list,
    country_of,
    entity_for,
    is_common_noun,
    preceded_by_preposition,
    quoted_name,
)
from .quotes import Quote
from .sentences import Sentence
from .words import Words, words_of

RELATIVE_PRONOUNS = frozenset("der die das welcher welche welches".split())
# every case: "…, dem 300 Firmen angehören, …", "…, dessen Chef …"
RELATIVE_FORMS = RELATIVE_PRONOUNS | frozenset("dem den deren dessen denen welchem welchen".split())
NOMINATIVE_ARTICLES = frozenset("der die das ein eine".split())
TIMES_OF_DAY = frozenset("Morgen Vormittag Mittag Nachmittag Abend Wochenende".split())
# "Einige vertreten die Auffassung", "Viele sprachen von Betrug": people not named
INDEFINITE_PRONOUNS = frozenset("einige viele manche andere mehrere wenige".split())
# "Einer der Feuerwehrleute", "Viele von ihnen": members of a group
PARTITIVES = frozenset("einer eine eines viele einige mehrere manche zwei drei".split())
PLACE_PREPOSITIONS = frozenset("aus in im bei beim".split())  # not "von": "eine Zahl von Menschen"
CONDITIONAL_OPENERS = frozenset("sollte sollten falls wenn ob sofern".split())
# Words that may stand between a subject and its verb: "Die Armee hingegen sprach von ..."
SUBJECT_ADVERBS = frozenset("hingegen jedoch aber allerdings dagegen indes wiederum selbst ihrerseits seinerseits".split())
# "um/ohne/statt ... zu": a purpose or manner clause, never what somebody said
NOT_REPORTING_ZU = frozenset("um ohne statt anstatt".split())
CLAUSE_SEPARATORS = frozenset(",;–—")  # where one speaker's clause ends and the next one's begins
MAX_CONTINUATION_GAP = 0  # sentences between a claim and its continuation


@dataclass
class ClaimDraft:
    """A claim as the pipeline finds it, before it becomes a `models.Claim`."""

    first_sentence: int
    last_sentence: int
    start_char: int
    end_char: int
    speaker: Mention | None
    cue: CueMatch | None
    content: tuple[int, int] | None
    mode: str
    resolved_from: str | None = None
    via: Mention | None = None
    stance: str = "asserts"
    figures: list[FigureMatch] = field(default_factory=list)
    dates: list[DateMatch] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    continues: ClaimDraft | None = None  # the claim this one continues
    antecedent_sentence: int | None = None  # where a pronoun's antecedent was introduced
    content_parts: list[tuple[int, int]] | None = None  # content split by its frame
    # the claim's own clause when its sentence holds several speakers' claims: its figures
    # come from there ("Die Polizei sprach von 500, die Veranstalter von 2.000")
    scope: tuple[int, int] | None = None


class SentenceAttributor:
    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc = doc
        self.words = words_of(doc)
        self.lex = lex
        self.resolver = Resolver(lex)
        self.claims: list[ClaimDraft] = []
        self.last_claim: ClaimDraft | None = None
        self.last_body_index = -1
        self.antecedent: Mention | None = None  # the mention the last pronoun resolved to
        self.surnames: set[str] = set()  # last and first names of people named in full so far
        self.narrative_subject: tuple[int, Mention] | None = None  # subject of the last sentence without a claim
        self.full_names: dict[str, str] = {}  # "Rutte" -> "Mark Rutte", in this article

    # -- speakers -----------------------------------------------------------------------
    def speaker_for_verb(self, cue: CueMatch, sentence: Sentence, mentions: list[Mention],
                         clause_only: bool = False) -> Mention | None:
        words = self.words
        left, right = clause_bounds(words, cue.start, sentence, mentions)
        subjects = [m for m in mentions if is_subject(words, m)]
        before = [m for m in subjects if m.start >= left and m.end <= cue.start]
        if before:
            return before[0]
        # "Klose, der Gelb-Rot sah, nannte seinen Platzverweis …": the subject stands before
        # the relative clause, not after the verb
        first = self.relative_clause_before(sentence, left - 1, mentions) \
            if left > sentence.start and words[left - 1].text == "," else None
        if first is not None and is_subject(words, first):
            return first
        if cue.start == left + 1 and words[left].lower_ in INDEFINITE_PRONOUNS:
            # "Einige vertreten die Auffassung, …": some speak, not "die Auffassung"
            return unnamed(words, left, left + 1)
        k = cue.end
        while k < right and (words[k].lower_ in self.lex.adverbs or words[k].text in ("sich", "es")):
            k += 1
        after = [m for m in subjects if k <= m.start < right and m.start <= k + 1]
        if after:
            return after[0]
        # A relative clause ends with its verb: ", die Küstenwache sprach von 152" is a clause of its own
        if left > sentence.start and words[left].lower_ in RELATIVE_PRONOUNS and words[left - 1].text == "," \
                and self.ends_clause(cue, right):
            antecedents = [m for m in mentions if m.end <= left - 1]
            if antecedents and antecedents[-1].end >= left - 3:  # "ISW unterstützt, die ... berichtet"
                # the relative pronoun is the mention; it names its antecedent
                antecedent = antecedents[-1]
                return Mention(left, left + 1, words[left].text, antecedent.canonical, antecedent.kind,
                               role=antecedent.role, affiliation=antecedent.affiliation,
                               has_name=antecedent.has_name, determiner=antecedent.determiner)
        if clause_only:
            return None
        if left > sentence.start and words[left].lower_ in SUBORDINATORS \
                and all(words[k].is_punct or words[k].lower_ in AUXILIARIES for k in range(cue.end, right)):
            # "…, nachdem Mitglieder von Greenpeace davon berichtet hatten": a subordinate clause
            # (its verb last) has a subject of its own, never the main clause's; "während seines
            # Pontifikats" is a preposition with a genitive
            if words[left + 1].lower_ in GENITIVE_ARTICLES:
                return None
            found = chunk(words, left + 1, cue.start, self.lex, surnames=self.surnames, permissive=True)
            return found if found is not None and not found.pronoun and is_subject(words, found) else None
        main = [m for m in subjects if m.end <= cue.start]
        if main and main[0].start <= sentence.start + 3:
            return main[0]
        return self.noun_subject(cue, left, k, right)

    def own_subject(self, cue: CueMatch, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
        """The subject right before the cue verb in the cue's own clause, any noun, or None."""
        left, right = clause_bounds(self.words, cue.start, sentence, mentions)
        found = self.noun_subject(cue, left, right, right)
        return found if found is not None and found.end <= cue.start else None

    def noun_subject(self, cue: CueMatch, left: int, after: int, right: int) -> Mention | None:
        """A speech verb makes its subject a speaker, whatever the noun: "Der Sportler sagte",
        "…, sagte die Schülerin", "wie die Sparkasse bekannt gab", "Anwohner berichteten".
        Only a phrase a nominative article opens, or a noun alone, right before the verb at the
        clause start or right after the verb, counts."""
        words = self.words
        if words[left].lower_ == "wie":
            left += 1
        verb = min(cue.start, cue.particle) if cue.particle is not None else cue.start
        for start, stop in ((left, verb), (after, right)):
            if start + 2 < stop and words[start].lower_ in PARTITIVES and words[start + 1].lower_ in ("der", "von"):
                # "Einer der Feuerwehrleute sagte": one of a group, not the group
                group = chunk(words, start + 1 + (words[start + 1].lower_ == "von"), stop, self.lex,
                              surnames=self.surnames, permissive=True)
                if group is not None and not group.pronoun and (stop == right or group.end == verb):
                    return unnamed(words, start, group.end)
            if start < stop and words[start].lower_ in NOMINATIVE_ARTICLES:
                found = self.article_phrase(start, stop)
                if found is not None and stop != right and found.end < verb:
                    found = self.with_place(found, verb)  # "Eine Frau aus dem Dorf sagte"
                if found is not None and (stop == right or found.end == verb or all(
                        words[k].lower_ in SUBJECT_ADVERBS for k in range(found.end, verb))):
                    return found  # "Die Armeeleitung hingegen sprach von ..."
            elif start + 1 == stop or (stop == right and start + 1 < stop and words[start + 1].is_punct):
                # one word right before the verb, or right after it and closing the clause
                if is_common_noun(words[start].text, self.lex):
                    text = words[start].text
                    return Mention(start, start + 1, text, text, "unknown")
        return None

    def with_place(self, found: Mention, verb: int) -> Mention:
        """The phrase with a short "aus/in/bei …" after it that reaches the verb: "Eine Frau
        aus dem Dorf | sagte"."""
        words = self.words
        if words[found.end].lower_ in PLACE_PREPOSITIONS and verb - found.end <= 4 \
                and not any(words[k].is_punct for k in range(found.end, verb)):
            found.end = verb
            found.text = words.text(found.start, verb)
        return found

    def article_phrase(self, start: int, stop: int) -> Mention | None:
        """Any noun phrase a nominative article opens at `start` ("der Randalierer"), read
        permissively: the caller knows from the grammar that it is a subject."""
        if self.words[start].lower_ not in NOMINATIVE_ARTICLES:
            return None
        found = chunk(self.words, start, stop, self.lex, surnames=self.surnames, permissive=True)
        return found if found is not None and not found.pronoun else None

    def document_source(self, cue: CueMatch, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
        """"In dem Schreiben heißt es, ...": the document after "in" speaks, so does the place
        after "aus" ("hieß es aus dem Rathaus") and the source after "bei" ("Bei der Agentur
        hieß es"); without one, "es heißt" is hearsay with no speaker. Not "auf": "auf einer
        Pressekonferenz" is where, not who."""
        words = self.words
        left, right = clause_bounds(words, cue.start, sentence, mentions)
        for k in range(left, min(right, sentence.end) - 1):
            if words[k].lower_ in ("in", "im", "aus", "bei", "beim"):
                found = chunk_list(words, k + 1, sentence.end, self.lex, surnames=self.surnames, permissive=True)
                if found is not None and not found.pronoun:
                    return found
        return None

    def relayed_source(self, cue: CueMatch, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
        """X in "unter Berufung auf X" within the cue's clause."""
        words = self.words
        left, right = clause_bounds(words, cue.start, sentence, mentions)
        for k in range(left, min(right, sentence.end) - 2):
            if words[k].lower_ == "unter" and words[k + 1].text == "Berufung" and words[k + 2].lower_ == "auf":
                return next((m for m in mentions if m.start == k + 3), None) or chunk_list(
                    words, k + 3, sentence.end, self.lex, surnames=self.surnames, permissive=True)
        return None

    def passive_agent(self, cue: CueMatch, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
        """The agent of a passive cue: "wurde vom Verband aufgefordert", "wurden von der
        Ministerin als unrealistisch bezeichnet" (the subject is what was said about)."""
        words = self.words
        left, right = clause_bounds(words, cue.start, sentence, [])
        for k in range(left, min(right, cue.start)):
            if words[k].lower_ not in ("von", "vom") or k > left and in_prepositional_phrase(words, k - 1):
                continue  # "unter der Führung von X" names no agent
            start = k + 2 if words[k + 1].lower_ == "seiten" else k + 1  # "von Seiten der Opposition"
            found = self.speaker_after(start, sentence, mentions)
            if found is not None and found.end <= cue.start and not words[found.start].lower_.startswith("kein") \
                    and not any(words[n].lower_ in ("und", "oder") and looks_finite(words[n - 1].text, self.lex)
                                for n in range(found.end + 1, cue.start)):
                # "von keiner Seite" is nobody; in "der von der Sonne ausgeht und als „Sonnenwind“
                # bezeichnet wird" the agent belongs to the verb before "und"
                return found
        return None

    def speaker_as_written(self, cue: CueMatch, sentence: Sentence, mentions: list[Mention], nested: bool,
                           relays: bool) -> tuple[Mention | None, Mention | None]:
        """(who said it, who passes it on) as the verb cue's sentence names them, before any
        pronoun is resolved. A passive speaks through its agent ("wurde vom Verband
        kritisiert"); a verb that relays another's words through its object in the active ("Die
        Zeitung zitiert den Trainer mit den Worten …") and its subject in the passive ("„…“ wird
        der Trainer von der Zeitung zitiert"), and the subject or agent passes it on."""
        if relays and cue.passive:
            return self.passive_subject(cue, sentence, mentions), self.passive_agent(cue, sentence, mentions)
        if cue.passive:
            return self.passive_agent(cue, sentence, mentions), None
        subject = self.speaker_for_verb(cue, sentence, mentions, clause_only=nested)
        quoted = self.object_after(cue, sentence, mentions, subject) if relays else None
        return (quoted, subject) if quoted is not None else (subject, None)

    def passive_subject(self, cue: CueMatch, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
        """The subject of a passive cue whose subject speaks: "wird der Trainer mit den Worten
        zitiert", "Der Minister wurde in der Zeitung zitiert" (not the agent "von der Zeitung")."""
        left, _ = clause_bounds(self.words, cue.start, sentence, mentions)
        return next((m for m in mentions if left <= m.start and m.end <= cue.start and is_subject(self.words, m)), None)

    def object_after(self, cue: CueMatch, sentence: Sentence, mentions: list[Mention],
                     subject: Mention | None) -> Mention | None:
        """The object after a verb and after its subject where that follows the verb, adverbs
        between: "zitiert den Prediger mit den Worten", "zitiert die Zeitung den Trainer"."""
        words = self.words
        k = subject.end if subject is not None and subject.start >= cue.end else cue.end
        while k < sentence.end:
            if words[k].lower_ in self.lex.adverbs and words[k].lower_ not in PREPOSITIONS:
                k += 1
            elif words[k].lower_ in ("am", "im") and k + 1 < sentence.end and (
                    words[k + 1].text in self.lex.weekdays or words[k + 1].text in self.lex.months
                    or words[k + 1].text in TIMES_OF_DAY):
                k += 2  # "zitierte am Montag Innenminister Kern"
            else:
                break
        if k >= sentence.end or words[k].is_punct or words[k].lower_ in PREPOSITIONS:
            return None  # "zitiert aus dem Bericht": no object
        return self.speaker_after(k, sentence, mentions)

    def speaker_after(self, i: int, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
        return next((m for m in mentions if m.start == i), None) or chunk_list(
            self.words, i, sentence.end, self.lex, surnames=self.surnames, permissive=True) \
            or quoted_name(self.words, i, sentence.end, self.lex)

    def speaker_for_preposition(self, cue: CueMatch, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
        words = self.words
        if cue.lemma == "zufolge":
            found = next((m for m in mentions if m.end == cue.start), None)
            if found is not None and found.start > sentence.start and (
                    words[found.start - 1].text in self.lex.phrase_nouns or words[found.start - 1].text.endswith("en")
                    and words[found.start - 1].text[:1].isupper()):
                # "Angaben der Polizei zufolge": the source phrase starts at its noun
                found.start -= 1
                found.text = words.text(found.start, found.end)
            if found is None:  # "Dem Kämmerer zufolge", "dem „Figaro“ zufolge": any phrase right before
                for k in range(max(sentence.start, cue.start - 6), cue.start):
                    candidate = chunk(words, k, cue.start, self.lex, surnames=self.surnames, permissive=True) \
                        or quoted_name(words, k, cue.start, self.lex)
                    if candidate is not None and candidate.end == cue.start \
                            and words[cue.start - 1].text not in self.lex.weekdays \
                            and words[cue.start - 1].text not in self.lex.months:
                        return candidate  # "Angaben vom Dienstag zufolge": a day is no source
            return found
        if cue.kind == "phrase" and words[cue.end - 1].lower_ == "nach":
            # "Seiner Meinung nach": whoever the possessive refers to
            phrase = words.text(cue.start, cue.end - 1)
            return Mention(cue.start, cue.end - 1, phrase, phrase, "unknown", pronoun="personal")
        if cue.kind == "phrase":
            # The source is the phrase after "nach": "Angaben der Feuerwehr" names the
            # Feuerwehr, "russischen Angaben" names Russland.
            noun_end = cue.end
            if noun_end + 1 < sentence.end and words[noun_end].lower_ == "aus" and words[noun_end + 1].text[:1].isupper():
                # "nach Angaben aus Khartum", "aus Regierungskreisen": where the statement came from
                inner = chunk_list(words, noun_end + 1, sentence.end, self.lex, surnames=self.surnames, permissive=True)
                if inner is not None and not inner.pronoun:
                    self.from_phrase_noun(inner, cue)
                    if inner.kind == "person" and not inner.role:
                        inner.kind = "unknown"  # a place or a circle, not a person: "aus Khartum"
                return inner
            if noun_end + 1 < sentence.end and is_attributive(words[noun_end].text) and words[noun_end].text.endswith("er") \
                    and words[noun_end + 1].text[:1].isupper():
                # "nach Angaben libanesischer Sicherheitskreise": a plural genitive has no article
                inner = chunk_list(words, noun_end, sentence.end, self.lex, surnames=self.surnames, permissive=True)
                if inner is not None and not inner.pronoun:
                    return self.from_phrase_noun(inner, cue)
            if noun_end < sentence.end and words[noun_end].lower_ in GENITIVE_OPENERS:
                # "Angaben der Polizei", "Angaben eines Beobachters", "Angaben von Ärzten";
                # "Angaben seines Anwalts": the source is the noun after the possessive
                start = noun_end + (0 if words[noun_end].lower_ in ("des", "der", "eines", "einer") else 1)
                inner = chunk_list(words, start, sentence.end, self.lex, surnames=self.surnames, permissive=True) \
                    or quoted_name(words, start, sentence.end, self.lex)
                if inner is not None and inner.pronoun in (None, "definite", "role"):
                    # "Angaben der Polizei": a definite noun is still a noun, only resolved later
                    self.from_phrase_noun(inner, cue)
                return inner
            noun = words[cue.end - 1].text
            for part in self.lex.phrase_compounds:
                if noun.casefold().endswith(part) and len(noun) > len(part) + 2:
                    head = compound_head(noun[: -len(part)])
                    canonical, kind = entity_for([head], self.lex) or (head, "organization")  # "WHO-Angaben"
                    return Mention(cue.end - 1, cue.end, noun, canonical, kind)
            adjective = words[cue.start + 1].text if cue.end - cue.start > 2 else None
            if adjective:
                country = country_of(adjective, self.lex)
                if country:
                    return Mention(cue.start + 1, cue.end, words.text(cue.start + 1, cue.end), country, "government")
            phrase = words.text(cue.start + 1, cue.end)
            first = words[cue.start + 1].lower_
            if first in PERSONAL_POSSESSIVES and cue.end - cue.start > 2:
                # "nach seinen Erkenntnissen": the source is whoever "sein" refers to
                return Mention(cue.start + 1, cue.end, phrase, phrase, "unknown", pronoun="personal")
            if first in ("dessen", "deren") and cue.end - cue.start > 2:
                # "die nach dessen Angaben …": the person the relative pronoun points back to
                return Mention(cue.start + 1, cue.end, phrase, phrase, "unknown", pronoun="demonstrative")
            if first in ("der", "dem", "den", "die") and words[cue.start].lower_ == "nach":
                return None  # "nach der ersten Zählung" is a time, not a source; "laut der Studie" is one
            if first.startswith("eigen"):
                # "Die Firma hat nach eigenen Angaben ...": the source is the sentence's subject
                return next((m for m in mentions if (m.end <= cue.start or m.start >= cue.end)
                             and is_subject(words, m)), None)
            if noun not in self.lex.anonymous_sources:
                # "nach ersten Untersuchungen", "nach einer Studie": the phrase itself is the source
                return Mention(cue.start + 1, cue.end, phrase, noun, "unknown")
            return None
        return self.speaker_after(cue.end, sentence, mentions)

    def from_phrase_noun(self, source: Mention, cue: CueMatch) -> Mention:
        """The source's span starts at the phrase noun: "Angaben der Polizei", "Angaben aus Kiel"."""
        source.start = cue.start + 1
        source.text = self.words.text(source.start, source.end)
        return source

    def resolve(self, mention: Mention | None, mentions: list[Mention]) -> tuple[Mention | None, str | None]:
        if mention is None:
            return None, None
        if mention.pronoun == "demonstrative":
            # "mit dem Präsidenten Yoon Suk-yeol forderte dieser": the nearest person before it
            earlier = [m for m in mentions if m.end <= mention.start and m.is_person and not m.pronoun]
            if earlier:
                return as_speaker(mention, earlier[-1]), mention.text
        resolved, source = self.resolver.resolve(mention)
        self.antecedent = resolved
        if mention.pronoun in ("definite", "role") and resolved is None:
            mention.pronoun = None  # "Der General sagte": nobody to refer back to, so it is new
            return mention, None
        if resolved is None:
            return None, source
        return (as_speaker(mention, resolved) if source else resolved), source

    # -- content ------------------------------------------------------------------------
    def quote_for(self, cue: CueMatch, sentence: Sentence, quotes: list[Quote]) -> list[Quote]:
        """Quotations that a verb cue introduces or closes."""
        words = self.words
        out = []
        _, right = clause_bounds(words, cue.start, sentence, [])
        for q in quotes:
            if sentence.start <= q.end <= cue.start:
                # „…“, sagte X  /  „…“ – so X: the quote closes right before the cue. It must
                # open the sentence (or follow a colon) too: in "Die Lage sei „dramatisch“,
                # sagte er" the quoted word is part of the reported clause, which is the content
                opens = all(words[k].is_punct for k in range(sentence.start, q.start)) or words[q.start - 1].text == ":"
                if not opens:
                    if q.end == cue.start and self.needed_before(cue, sentence.start, q.start):
                        # "Von einer „gezielten Indiskretion“ sprach der Politiker", "der den
                        # Sieg als „Fest“ bezeichnete": the quotation is what the cue needs
                        out.append(q)
                    continue
                between = [t.text for t in words[q.end : cue.start]]
                close = all(t in (",", ":") or t.lower() in self.lex.adverbs for t in between) and len(between) <= 2
                # "„…“ wird der Trainer in der Zeitung zitiert": the passive frame follows the quotation
                passive_frame = cue.passive and next((t for t in between if t != ","), "").lower() in PASSIVE_AUXILIARIES
                if close or passive_frame or (q.start >= sentence.start and cue.start - q.end <= 3):
                    out.append(q)
            elif cue.end <= q.start < sentence.end and (q.start <= right + 1 or words[q.start - 1].text == ":"):
                out.append(q)  # X sagte: „…“  /  X nannte es „etwas verzweifelt“
        return out

    def needed_before(self, cue: CueMatch, start: int, quote: int) -> bool:
        """Does the phrase a cue needs open right before the quotation at token `quote`, as
        "von einer" opens it in "Von einer „…“ sprach er": the needed word ("von", "als"), then
        at most two articles or lower-case attributes, not before token `start`?"""
        needs = self.lex.verb_cues[cue.lemma].needs if cue.lemma in self.lex.verb_cues else ()
        words = self.words
        for k in range(quote - 1, max(start, quote - 3) - 1, -1):
            if words[k].lower_ in needs:
                return True
            if not words[k].text.islower():
                return False
        return False

    def content_for_verb(self, cue: CueMatch, sentence: Sentence, quotes: list[Quote], mentions: list[Mention],
                         verb_cues: Sequence[CueMatch] = ()
                         ) -> tuple[tuple[int, int] | None, str, list[Quote], list[tuple[int, int]] | None]:
        """(content span, mode, quotes it spans, content parts when the frame splits it).
        `verb_cues`: the sentence's verb cues, for one coordinated with this one."""
        words = self.words
        attached = self.quote_for(cue, sentence, quotes)
        if attached:
            return (attached[0].start_char, attached[-1].end_char), "direct", attached, None
        # "X sagte, dass ..." / "X sagte, es seien ..."
        after = (cue.particle or cue.start) + 1
        named = next((m for m in mentions if m.start == after), None)
        if named is not None and any(words[n].text == "," for n in range(named.start, named.end)):
            after = named.end  # "sagte General Hagee, Kommandant der Marines, dass …": past the apposition
        k = after
        while k < sentence.end and words[k].text not in (",", ":"):
            k += 1
        left, right = clause_bounds(words, cue.start, sentence, mentions)
        if any(cue.start < other.start < k and words[other.start - 1].lower_ in ("und", "oder") for other in verb_cues):
            # "bestreitet X nicht und verweist darauf, dass ...": the clause after the comma
            # belongs to the second verb; the first one said only what its own clause holds
            # (reported speech: the whole sentence is its content)
            return (sentence.start_char, sentence.end_char), "reported", [], None
        if k + 2 < sentence.end and words[k].text == "," and words[k + 2].lower_ in COORDINATION_ADVERBS \
                and (any(other.start == k + 1 for other in verb_cues) or looks_finite(words[k + 1].text, self.lex)):
            # "bestätigten den Zwischenfall, teilten jedoch mit, …": what follows the comma is a
            # second statement; this verb said only its own clause
            return self._chars(sentence.start, k), "reported", [], None
        if k + 1 < sentence.end:
            # the reported clause keeps its "dass"/"ob"; a zu-infinitive reports too
            # ("kündigte an, mit Maßnahmen zu reagieren")
            start = k + 1
            while start < sentence.end and words[start].lower_ in NOT_REPORTING_ZU:
                # "sagte, ohne auf den Fall einzugehen, dass …": the manner clause is no content
                start = next((n + 1 for n in range(start, sentence.end - 1) if words[n].text == ","), sentence.end)
            if start >= sentence.end:
                start = k + 1
            if left > sentence.start + 1 and words[left - 1].text == "," \
                    and has_konjunktiv(words, start, start + 1, self.lex):
                # "Der Einsatz, sagte der Sprecher, sei beendet": the frame interrupts one clause
                before, rest = self._chars(sentence.start, left - 1), self._chars(start, sentence.end)
                return (before[0], rest[1]), "indirect", [], [before, rest]
            if words[start].lower_ in COMPLEMENTIZERS or has_konjunktiv(words, start, sentence.end, self.lex) \
                    or words[start].lower_ not in NOT_REPORTING_ZU and has_zu_infinitive(words, start, sentence.end):
                return self._chars(start, self.main_clause_after(cue, start, sentence)), "indirect", [], None
        # "…, sagte X." / "…, wie X berichtete": the content comes before the cue's clause
        if left > sentence.start + 2 and words[left - 1].text == "," \
                and (left == cue.start or words[left].lower_ in ("wie", "so")) \
                and not self.relative_clause_before(sentence, left - 1, mentions) \
                and not self.second_predicate(cue, sentence):
            # the frame opens with its verb or "wie": "…, sagte X", "…, wie X berichtete"; a
            # clause that opens with its subject ("…, die Betreiber sprechen von …") is no frame
            mode = "indirect" if has_konjunktiv(words, sentence.start, left - 1, self.lex) else "reported"
            return self._chars(sentence.start, left - 1), mode, [], None
        if (cue.start == sentence.start or words[sentence.start].lower_ == "wie") \
                and right + 1 < sentence.end and words[right].text == ",":
            # "Wie X berichtete, …": the content follows the cue's clause
            mode = "indirect" if has_konjunktiv(words, right + 1, sentence.end, self.lex) else "reported"
            return self._chars(right + 1, sentence.end), mode, [], None
        if self.second_predicate(cue, sentence):
            return self._chars(cue.start, sentence.end), "reported", [], None  # its own words, not the first verb's
        return (sentence.start_char, sentence.end_char), "reported", [], None

    def statement_before(self, cue: CueMatch, index: int, sentence: Sentence) -> tuple[tuple[int, int], str] | None:
        """(content, mode) when the sentence refers back with "Das"/"Dies" to the one before as
        what the cue says: "Die Brücke bleibt gesperrt. Das teilte die Stadt mit." The sentence
        before is the content, direct when it is one quotation."""
        words, start = self.words, sentence.start
        if index == 0 or self.last_body_index != index - 1 or words[start].lower_ not in ("das", "dies") \
                or not (cue.start == start + 1 or words[start + 1].lower_ in AUXILIARIES and cue.start <= start + 8):
            return None
        before = self.doc._.ct_sentences[index - 1]
        quoted = words[before.start].text in QUOTE_MARKS and words[before.end - 1].text in QUOTE_MARKS
        return self._chars(before.start, before.end), "direct" if quoted else "indirect"

    def second_predicate(self, cue: CueMatch, sentence: Sentence) -> bool:
        """", sprach aber von …", ", teilten jedoch mit": a verb after a comma and before a
        coordinating adverb says a second thing of the sentence's speaker."""
        words = self.words
        return sentence.start < cue.start and cue.end < sentence.end and words[cue.start - 1].text == "," \
            and words[cue.end].lower_ in COORDINATION_ADVERBS

    def relative_clause_before(self, sentence: Sentence, comma: int, mentions: list[Mention]) -> Mention | None:
        """"Der Verband, dem 300 Firmen angehören, warnte": when the words before the comma are
        a relative clause on the sentence's first mention, so not what the verb reports, that
        mention (the verb's subject); else None."""
        words = self.words
        first = next((m for m in mentions if m.start <= sentence.start + 1), None)
        if first is not None and first.end < comma and words[first.end].text == "," \
                and words[first.end + 1].lower_ in RELATIVE_FORMS \
                and not any(words[k].text == "," for k in range(first.end + 1, comma)):
            return first
        return None

    def ends_clause(self, verb: CueMatch, right: int) -> bool:
        """Is the verb the last word of its clause (up to token `right`), as in a relative
        clause ("500 Menschen, die demonstrierten")?"""
        return all(self.words[k].is_punct for k in range(verb.end, right))

    def main_clause_after(self, cue: CueMatch, start: int, sentence: Sentence) -> int:
        """Where the reported clause that starts at token `start` ends: at the sentence end, or,
        when the cue's clause is a subordinate one the sentence opens with, at the comma before
        the main clause's verb: "Als Berg erklärte, sie sei müde, | lachte ihre Kollegin"."""
        words = self.words
        first = sentence.start
        if words[first].lower_ not in SUBORDINATORS or any(words[k].text == "," for k in range(first, cue.start)):
            return sentence.end
        for k in range(start, sentence.end - 1):
            if words[k].text == "," and looks_finite(words[k + 1].text, self.lex):
                return k
        return sentence.end

    def content_around(self, cue: CueMatch, source: Mention | None, sentence: Sentence, first: int | None = None
                       ) -> tuple[tuple[int, int], list[tuple[int, int]] | None]:
        """The sentence, or its clause from token `first` on, without its frame: "Laut
        Feuerwehr brannte ..." -> "brannte ..."; "..., so der Minister." -> "..."; a frame
        inside the sentence leaves two parts. The frame is the cue and its source."""
        words = self.words
        if source is not None and (source.start > cue.end or source.end < cue.start):
            source = None  # "Die Firma hat nach eigenen Angaben ...": the subject is content
        frame_start = min(cue.start, source.start) if source else cue.start
        frame_end = max(cue.end, source.end) if source else cue.end
        start, end = sentence.start if first is None else first, sentence.end
        opening = start
        if cue.lemma == "zufolge":
            if phrase_start_before(words, cue.start, opening) <= opening + 1:
                frame_start = opening  # "Ersten Angaben vom Dienstag zufolge lag ..."
            elif source is None:
                # "Es handele sich ersten Angaben zufolge um ...": the phrase noun is frame too
                k = cue.start
                if k > start and words[k - 1].text in self.lex.phrase_nouns:
                    k -= 1
                    while k > start and (is_attributive(words[k - 1].text) or words[k - 1].lower_ in ("den", "der")):
                        k -= 1
                frame_start = k
        if frame_start <= opening + 1:
            start = frame_end
            if cue.lemma != "zufolge" and start < end and words[start].text not in (",", ":"):
                # German puts the verb second: "Nach Angaben des Landrats der Region Oberfeld
                # kommen ...": whatever stands before the verb still names the source
                start = verb_after_fronted(words, start, end) or start
        elif all(words[k].is_punct for k in range(frame_end, sentence.end)) \
                or cue.kind == "so" and words[frame_end].text != ",":
            # ", so Wikimedia Deutschland weiter.": what follows an unclosed "so X" is frame too
            end = frame_start
        else:
            whole = self._chars(start, end)
            before = self._chars(start, frame_start)
            while frame_end < end and words[frame_end].text == ",":
                frame_end += 1  # "Das sei, so der Minister, falsch": the parts without commas
            after = self._chars(frame_end, end) if frame_end < end - 1 else None
            return whole, [before, after] if after else [before]
        while start < end and words[start].text in (",", ":"):
            start += 1
        while end > start and words[end - 1].text in (",", ":"):
            end -= 1
        if not any(not words[k].is_punct for k in range(start, end)):
            return (self.words[opening].idx, sentence.end_char), None  # "Laut Polizei.": nothing but the frame
        return self._chars(start, end), None

    def _chars(self, start: int, end: int) -> tuple[int, int]:
        words = self.words
        while end > start and words[end - 1].is_punct and words[end - 1].text not in QUOTE_MARKS:
            end -= 1
        return words[start].idx, words[end - 1].idx + len(words[end - 1])

    # -- sentences ----------------------------------------------------------------------
    def emit(self, draft: ClaimDraft) -> None:
        self.claims.append(draft)
        self.last_claim = draft
        if draft.speaker is not None:
            self.resolver.salient.append(draft.speaker)

    def process(self, index: int, sentence: Sentence, cues: list[CueMatch], quotes: list[Quote]) -> None:
        words, lex = self.words, self.lex
        sentence_quotes = [q for q in quotes if q.start < sentence.end and q.end > sentence.start]
        mentions = sentence_mentions(words, sentence, quotes, lex, self.surnames)
        emitted = False
        previous_speaker: Mention | None = None
        previous_from: str | None = None
        via: Mention | None = None
        anchors: list[tuple[ClaimDraft, int, int]] = []  # each claim, and its cue and speaker's tokens

        verb_cues = [c for c in cues if c.kind == "verb"]
        other_cues = [c for c in cues if c.kind in ("preposition", "phrase", "so")]
        # "Die Veranstalter schätzten 2.000 Teilnehmer; nach Polizeiangaben waren es 1.000": a
        # source in a clause of its own after every verb cue makes a claim of its own
        own_clause = [c for c in other_cues if verb_cues and all(self.own_clauses(c, v, sentence, mentions) for v in verb_cues)]
        source_in_content: Mention | None = None  # "Wie X mitteilte, ist Y nach Auffassung der Kanzlerin …"
        for cue in other_cues:
            if cue in own_clause:
                continue
            mention = self.speaker_for_preposition(cue, sentence, mentions)
            if verb_cues and mention is not None:
                via = via or mention
                if any(self.frames_what_follows(v, cue, sentence, mentions) for v in verb_cues):
                    source_in_content = source_in_content or mention
        contents: list[tuple[int, int]] = []
        # „Die Koalition widerspricht …“, sagte X: a verb inside the quotation another cue of the
        # sentence introduces, or inside one that reaches into another sentence, is part of what
        # the quotation's speaker said
        spoken = [q for cue in verb_cues for q in self.quote_for(cue, sentence, sentence_quotes)] if sentence_quotes else []
        spoken += [q for q in sentence_quotes if q.start < sentence.start or q.end > sentence.end]
        for cue in verb_cues:
            if any(q.start < cue.start < q.end for q in spoken):
                continue
            # A cue inside another claim's content speaks only with a subject of its own:
            # "erklärte, es könne nicht bestätigen" is one claim; "..., was Moskau bestreitet" two.
            left, _ = clause_bounds(words, cue.start, sentence, mentions)
            if left > sentence.start and words[left].lower_ in CONDITIONAL_OPENERS:
                continue  # "..., sollte sich der Verdacht bestätigen": a condition, not a statement
            nested = any(s <= words[cue.start].idx < e for s, e in contents)
            relays = cue.lemma in lex.verb_cues and lex.verb_cues[cue.lemma].relays
            raw, relay = self.speaker_as_written(cue, sentence, mentions, nested, relays)
            if nested and raw is None and not cue.passive and not any(q.start < cue.start < q.end for q in sentence_quotes):
                # "sagte, es gebe 500 Tote, die Opposition sprach von 800": outside a quotation, a
                # clause with a subject of its own right before its verb is a second statement
                raw = self.own_subject(cue, sentence, mentions)
            if nested and raw is None and self.second_predicate(cue, sentence) and self.claims and self.claims[-1].content:
                # "warnte, es könnten Stellen wegfallen, sprach aber von …": a second statement of
                # the same speaker ends the first one's content
                outer, comma = self.claims[-1], words[cue.start - 1].idx
                if outer.content[0] < comma < outer.content[1]:
                    outer.content = (outer.content[0], comma)
                contents = [(s, comma) if s < comma < e else (s, e) for s, e in contents]
                nested = False
            elif nested and raw is None:
                continue
            if nested and self.claims and self.claims[-1].content:
                # "vermuten, dass Russland ... einsetzt, was Moskau bestreitet": the outer
                # content ends where the inner claim's clause begins
                outer = self.claims[-1]
                cut = words[max(left - 1, sentence.start)].idx
                if outer.content[0] < cut < outer.content[1]:
                    outer.content = (outer.content[0], cut)
            speaker, resolved_from = self.resolve(raw, mentions)
            if nested and self.claims and same_speaker(self.claims[-1].speaker, speaker):
                continue  # "erklärte, sie könne nicht bestätigen": the same speaker's content
            relayed, _ = self.resolve(self.relayed_source(cue, sentence, mentions), mentions)
            if relayed is not None and speaker is not None:
                # "wie Yonhap unter Berufung auf den Geheimdienst berichtete": the service said it
                speaker, via, resolved_from = relayed, speaker, None
            elif relay is not None and speaker is not None:
                via = via or relay
            elif source_in_content is not None and speaker is not None and via is source_in_content:
                # "Wie Steg mitteilte, ist sie nach Auffassung der Kanzlerin unverzichtbar": the
                # chancellor's view, which Steg passes on
                speaker, via, resolved_from = self.resolve(source_in_content, mentions)[0], speaker, None
            if speaker is None and raw is None and previous_speaker is not None and not cue.passive:
                speaker, resolved_from = previous_speaker, previous_from
            if cue.lemma == "heißen":
                speaker, resolved_from = self.document_source(cue, sentence, mentions), None
            content, mode, attached, parts = self.content_for_verb(cue, sentence, sentence_quotes, mentions, verb_cues)
            if mode == "reported" and (said := self.statement_before(cue, index, sentence)) is not None:
                content, mode = said  # "Die Brücke bleibt gesperrt. Das teilte die Stadt mit."
            if mode == "reported" and (cue.lemma == "äußern" and cue.end < sentence.end and words[cue.end].lower_ == "sich"
                                       or relays and cue.passive):
                # "äußerte sich zu dem Urteil", "Im Bericht wird ein Augenzeuge zitiert": that
                # they spoke, not what they said
                continue
            # "…, hieß es", "Ihm wird vorgeworfen, … zu haben": said, by nobody named
            # ("wurden Zwischenfälle gemeldet" reports no clause: nobody speaks, so no claim)
            hearsay = speaker is None and (cue.lemma == "heißen" or cue.passive and mode == "indirect")
            if speaker is None and (not cue.stance or emitted) and not hearsay:
                continue
            if mode in ("direct", "indirect") and content is not None:
                contents.append(content)
            if self.claims and self.claims[-1].last_sentence == index and self.claims[-1].content == content \
                    and same_speaker(self.claims[-1].speaker, speaker):
                continue  # "haben warnend ... gewarnt": one statement, two cue words
            start_char = min([sentence.start_char, *(q.start_char for q in attached), *(content or ())])
            draft = ClaimDraft(index, index, start_char, sentence.end_char, speaker, cue, content,
                               mode if speaker or hearsay else "assertion", resolved_from, via if speaker else None,
                               content_parts=parts)
            if resolved_from and self.antecedent is not None:
                draft.antecedent_sentence = sentence_of(self.doc, self.antecedent.start)
            self.emit(draft)
            anchors.append(anchor(draft, cue, raw, sentence))
            emitted = True
            previous_speaker, previous_from = speaker, resolved_from
        # no verb cue spoke ("Nach Angaben der Polizei habe er ... verlangt"), or a source
        # stands in a clause of its own: one claim per clause
        for cue in other_cues if not emitted else own_clause:
            if any(self.shares_clause(cue, start, end) for _, start, end in anchors) \
                    or any(s <= words[cue.start].idx < e for s, e in contents):
                continue  # one claim per clause
            raw = self.speaker_for_preposition(cue, sentence, mentions)
            anonymous = raw is not None and raw.canonical.split()[-1] in lex.anonymous_sources
            if raw is not None and (anonymous or raw.kind == "unknown" and not raw.canonical):
                raw = None
            if raw is None and not (cue.lemma == "zufolge" or cue.kind == "phrase"):
                continue
            if raw is None and cue.kind == "phrase" and words[cue.end - 1].text not in lex.anonymous_sources:
                continue
            speaker, resolved_from = self.resolve(raw, mentions)
            mode = "indirect" if has_konjunktiv(words, sentence.start, sentence.end, lex) else "reported"
            opening = max((k + 1 for k in range(sentence.start, cue.start) if words[k].text in CLAUSE_SEPARATORS),
                          default=None) if anchors else None
            content, parts = self.content_around(cue, raw, sentence, opening)
            if cue.kind == "phrase" and raw is not None and raw.start == cue.start + 1:
                # the source's span took the phrase noun: "nach" + "Angaben der Polizei"
                cue = CueMatch(cue.kind, cue.lemma, cue.start, cue.start + 1, cue.sentence)  # "nach"
            draft = ClaimDraft(index, index, sentence.start_char, sentence.end_char, speaker, cue,
                               content, mode, resolved_from, content_parts=parts)
            self.emit(draft)
            anchors.append(anchor(draft, cue, raw, sentence))
            emitted = True
        self.scope_clauses(sentence, anchors)
        if not emitted:
            emitted = self.introduced_quote(index, sentence, sentence_quotes, mentions)
        if not emitted:
            emitted = self.continuation(index, sentence, cues, sentence_quotes)
        if not emitted:
            self.last_claim = None if index - self.last_body_index > MAX_CONTINUATION_GAP else self.last_claim
        # salience: the sentence's first subject, and every mention for demonstratives.
        # A claim's speaker is already salient; the subject of its content must not be.
        for m in mentions:
            if m.pronoun in ("role", "definite") and self.resolver.resolve(m)[0] is None:
                m.pronoun = None  # "Der Minister kam an": nobody to refer back to, so a new person
        subjects = [m for m in mentions if is_subject(words, m) and not m.pronoun] if not emitted else []
        self.narrative_subject = (index, subjects[0]) if subjects and not subjects[0].pronoun else None
        for m in mentions:
            self.resolver.note(m, salient=bool(subjects) and m is subjects[0])
            if m.is_person and m.has_name and " " in m.canonical:
                parts = m.canonical.split()
                self.surnames.update((parts[0], parts[-1]))
                self.full_names.setdefault(parts[-1], m.canonical)
                self.full_names.setdefault(parts[0], m.canonical)
        self.last_body_index = index

    def own_clauses(self, source: CueMatch, verb: CueMatch, sentence: Sentence, mentions: list[Mention]) -> bool:
        """Do a "laut X" and a verb cue stand in clauses of their own? Yes when a comma,
        semicolon or dash comes between them and, if "laut X" comes first, something stands
        before the verb in its clause: in "Laut Polizei kamen 500, die Veranstalter sprachen
        von 2.000" the verb has its subject; in "Nach Angaben der Polizei, die am Ort war,
        sagte ein Sprecher" the verb comes second after the whole "nach Angaben ..." phrase."""
        if source.start > verb.end:
            return self.clause_break(verb.end, source.start) and not self.frames_what_follows(verb, source, sentence, mentions)
        words = self.words
        left, right = clause_bounds(words, verb.start, sentence, mentions)
        opener = words[left].lower_
        relative = opener in RELATIVE_PRONOUNS and self.ends_clause(verb, right)
        return self.clause_break(source.end, verb.start) and left < verb.start and not relative \
            and opener not in SUBORDINATORS and opener != "wie"  # "…, wie ein Sprecher sagte" relays it all

    def frames_what_follows(self, verb: CueMatch, source: CueMatch, sentence: Sentence, mentions: list[Mention]) -> bool:
        """Does a "Wie X sagte," clause introduce the clause the source stands in ("Wie Steg
        mitteilte, ist sie nach Auffassung der Kanzlerin …")?"""
        left, right = clause_bounds(self.words, verb.start, sentence, mentions)
        return self.words[left].lower_ == "wie" and source.start > right

    def shares_clause(self, cue: CueMatch, start: int, end: int) -> bool:
        """Does the cue stand in the clause of the claim whose cue and speaker take tokens
        [start, end), with no comma, semicolon or dash between them?"""
        if cue.start >= end:
            return not self.clause_break(end, cue.start)
        if cue.end <= start:
            return not self.clause_break(cue.end, start)
        return True

    def clause_break(self, after: int, before: int) -> bool:
        """Does a comma, semicolon or dash stand between tokens `after` and `before`?"""
        return any(self.words[k].text in CLAUSE_SEPARATORS for k in range(after, before))

    def scope_clauses(self, sentence: Sentence, anchors: list[tuple[ClaimDraft, int, int]]) -> None:
        """Several speakers in one sentence ("Die Polizei sprach von 500 Teilnehmern, die
        Veranstalter von 2.000"): each claim's scope is its own clause, cut at the last comma,
        semicolon or dash before the next claim's cue or speaker, so that each keeps its own
        figures, and a reported claim says its clause, not the sentence. A claim also keeps the
        figures of its content where that reaches into the next clause ("Wie die Zeitung
        berichtete, sagte der Minister, es gebe 500 Tote"). Where no such mark stands between
        two claims, all keep the sentence."""
        if len({draft.speaker.canonical if draft.speaker else "" for draft, _, _ in anchors}) < 2:
            return
        words = self.words
        anchors = sorted(anchors, key=lambda a: a[1])
        cuts = []
        for (_, _, end), (_, start, _) in zip(anchors, anchors[1:]):
            cut = next((k for k in range(start - 1, end - 1, -1) if words[k].text in CLAUSE_SEPARATORS), None)
            if cut is None:
                return
            cuts.append(cut)
        for n, (draft, _, _) in enumerate(anchors):
            first = cuts[n - 1] + 1 if n else sentence.start
            last = cuts[n] if n < len(cuts) else sentence.end
            draft.scope = words.chars(first, last)
            if draft.cue is not None and draft.cue.kind == "verb" and draft.mode == "reported" and not draft.content_parts:
                draft.content = draft.scope
            elif draft.cue is not None and draft.cue.kind != "verb" and draft.content:
                # "laut X" reports what its own clause says
                low, high = draft.scope
                parts = [(max(s, low), min(e, high)) for s, e in draft.content_parts or [draft.content]]
                parts = [(s, e) for s, e in parts if s < e]
                if parts:
                    draft.content = (parts[0][0], parts[-1][1])
                    draft.content_parts = parts if len(parts) > 1 else None

    def introduced_quote(self, index: int, sentence: Sentence, quotes: list[Quote], mentions: list[Mention]) -> bool:
        """"Der Ermittler will aufhören: „Es kommt nichts mehr nach.“": a quotation that a colon
        introduces and that ends the sentence is the words of the subject before the colon."""
        words = self.words
        quote = next((q for q in quotes if q.start > sentence.start and words[q.start - 1].text == ":"), None)
        if quote is None or any(not words[k].is_punct for k in range(quote.end, sentence.end)):
            return False
        subject = next((m for m in mentions if m.end < quote.start and is_subject(words, m)), None)
        if subject is None:
            # "Als ein Gast half, biss der Randalierer ihn und rief: „…“": in the clause before the
            # colon, the first noun a nominative article opens
            clause = next((k + 1 for k in range(quote.start - 2, sentence.start - 1, -1) if words[k].text == ","),
                          sentence.start)
            subject = next((found for k in range(clause, quote.start - 1) if not preceded_by_preposition(words, k)
                            and (found := self.article_phrase(k, quote.start - 1)) is not None), None)
        if subject is None:
            return False
        speaker, resolved_from = self.resolve(subject, mentions)
        if speaker is None:
            return False
        self.emit(ClaimDraft(index, index, sentence.start_char, sentence.end_char, speaker, None,
                             (quote.start_char, quote.end_char), "direct", resolved_from))
        return True

    def continuation(self, index: int, sentence: Sentence, cues: list[CueMatch], quotes: list[Quote]) -> bool:
        words, lex = self.words, self.lex
        last = self.last_claim
        starts_with_cue = any(c.kind == "continuation" for c in cues)
        quoted = sum(q.end_char - q.start_char for q in quotes)
        mostly_quote = quoted >= 0.5 * (sentence.end_char - sentence.start_char)
        # "Diese sollen ...": an anaphoric subject with a reportative modal continues too
        anaphoric = words[sentence.start].text in lex.demonstratives or words[sentence.start].text in lex.personal_pronouns
        konjunktiv = has_konjunktiv(words, sentence.start, sentence.end, lex, reportative=anaphoric)
        rumour = not konjunktiv and is_reportative_perfect(words, sentence.start, sentence.end)
        konjunktiv = konjunktiv or rumour
        if not (starts_with_cue or mostly_quote or konjunktiv):
            return False
        # the subject of the sentence right before, when that sentence made no claim
        before = self.narrative_subject[1] if self.narrative_subject and self.narrative_subject[0] == index - 1 else None
        if last is not None and last.speaker is not None and index - last.last_sentence <= MAX_CONTINUATION_GAP + 1:
            speaker, resolved_from, via = last.speaker, last.resolved_from, last.via
        elif last is not None and last.speaker is None and last.mode in ("indirect", "reported") and konjunktiv \
                and index - last.last_sentence <= MAX_CONTINUATION_GAP + 1:
            # "Es handle sich ersten Angaben zufolge um … Zwei Wachleute seien getötet worden.":
            # hearsay goes on in Konjunktiv I, still from nobody named
            speaker, resolved_from, via = None, None, None
        elif mostly_quote and before is not None:
            # "Die SPD will am Kurs festhalten. „Wir wollen ...“": the quotation is the subject's
            speaker, resolved_from, via, last = before, None, None, None
        elif before is not None and before.kind in SPEAKER_KINDS and has_konjunktiv_i(words, sentence.start, sentence.end, lex):
            # "Die Kripo bittet um Hinweise. Der Mann sei etwa 20 Jahre alt.": Konjunktiv I right
            # after a sentence about a speaker reports that speaker
            speaker, resolved_from, via, last = before, None, None, None
        elif rumour and not starts_with_cue:
            # "Bei dem Brand sollen 20 Menschen gestorben sein.": others say so, nobody named
            speaker, resolved_from, via, last = None, None, None, None
        elif starts_with_cue and not mostly_quote and (konjunktiv or words[sentence.start].text != "Danach"):
            # "Die Jury gab ihr Urteil bekannt. Demnach ist er unschuldig.": what the sentence
            # before introduced says it; its subject when that can speak, else nobody named.
            # ("Danach" alone is mostly "afterwards": it reports only in Konjunktiv.)
            speaker = before if before is not None and before.kind in SPEAKER_KINDS else None
            resolved_from, via, last = None, None, None
        else:
            return False
        cue = next((c for c in cues if c.kind == "continuation"), None)
        mode = "direct" if mostly_quote else "indirect" if konjunktiv or last is not None else "reported"
        if mostly_quote:
            content = (quotes[0].start_char, quotes[-1].end_char)
        elif cue is not None and cue.end < sentence.end:
            content = self._chars(cue.end, sentence.end)  # "Demnach haben …": the cue is frame
        else:
            content = (sentence.start_char, sentence.end_char)
        draft = ClaimDraft(index, index, sentence.start_char, sentence.end_char, speaker, cue, content, mode,
                           resolved_from, via, continues=last)
        self.claims.append(draft)
        self.last_claim = draft
        return True


SPEAKER_KINDS = frozenset("person organization government media".split())
# "Das hat die Polizei bestätigt": the finite verb before the participle cue
AUXILIARIES = frozenset("hat haben hatte hatten ist sind war waren wird werden wurde wurden".split())
# articles of a genitive: "während seines Pontifikats" is a preposition, no subordinate clause
GENITIVE_ARTICLES = frozenset("des eines seines ihres dieses jenes unseres eures keines".split())
# conjunctions that open a subordinate clause before the main one: "Als X erklärte, …, lachte Y"
SUBORDINATORS = frozenset("als während nachdem weil obwohl da sobald bevor indem".split())
# ", sprach aber …", ", betonte jedoch …": a second predicate of the sentence's speaker
COORDINATION_ADVERBS = frozenset("aber jedoch zugleich gleichzeitig allerdings zudem außerdem".split())
# what may open the source after a phrase noun: "Angaben der/eines/von/seines ..."
GENITIVE_OPENERS = frozenset("des der eines einer von vom seines seiner ihres ihrer".split())


def compound_head(prefix: str) -> str:
    """The source inside a compound: "Polizei" of "Polizeiangaben", "Regierung" of
    "Regierungsangaben" (without the linking s)."""
    prefix = prefix.rstrip("-")
    if prefix.endswith("s") and prefix[:-1].endswith(("ung", "heit", "keit", "tät", "ion", "amt", "ums")):
        prefix = prefix[:-1]
    return prefix


def unnamed(words: Words, start: int, end: int) -> Mention:
    """People the text does not name, as written: "Einige", "Einer der Feuerwehrleute"."""
    text = words.text(start, end)
    return Mention(start, end, text, text[:1].upper() + text[1:], "unknown")


def sentence_of(doc: Doc, token: int) -> int | None:
    return next((n for n, s in enumerate(doc._.ct_sentences) if s.start <= token < s.end), None)


def inherit_dates(claims: list[ClaimDraft], dates: list[DateMatch], sentences: list[Sentence]) -> None:
    """A claim without a date of its own was made when the statement it continues was:
    a continuation, the same speaker's claim in the sentence before ("sagte Wood weiter"),
    or the sentence that introduced the speaker a pronoun refers to ("gab am Montag ein
    Update. Sie erklärte: ...")."""
    previous: ClaimDraft | None = None
    for claim in claims:
        if not claim.dates:
            if claim.continues is not None:
                claim.dates = list(claim.continues.dates)
            elif (previous is not None and same_speaker(previous.speaker, claim.speaker)
                  and claim.first_sentence - previous.last_sentence <= 1):
                claim.dates = list(previous.dates)
            elif claim.antecedent_sentence is not None and claim.antecedent_sentence == claim.first_sentence - 1:
                s = sentences[claim.antecedent_sentence]
                claim.dates = [d for d in dates if s.start_char <= d.start_char < s.end_char]
        previous = claim


def anchor(draft: ClaimDraft, cue: CueMatch, raw: Mention | None, sentence: Sentence) -> tuple[ClaimDraft, int, int]:
    """The claim with the first and last token of its cue and of its speaker as written in
    the sentence (not a pronoun's antecedent elsewhere)."""
    start, end = cue.start, max(cue.end, cue.particle + 1 if cue.particle is not None else 0)
    if raw is not None and sentence.start <= raw.start < sentence.end:
        start, end = min(start, raw.start), max(end, raw.end)
    return draft, start, end


def same_speaker(a: Mention | None, b: Mention | None) -> bool:
    """The same speaker, where "Wood" is the same person as "Robert Wood"."""
    if a is None or b is None:
        return a is None and b is None
    if a.canonical == b.canonical:
        return True
    return a.is_person and b.is_person and a.canonical.split()[-1] == b.canonical.split()[-1]


def attribute(doc: Doc, lex: Lexicon | None = None) -> list[ClaimDraft]:
    lex = lex or get()
    attributor = SentenceAttributor(doc, lex)
    by_sentence: dict[int, list[CueMatch]] = {}
    for cue in doc._.ct_cues:
        by_sentence.setdefault(cue.sentence, []).append(cue)
    quotes = doc._.ct_quotes
    sentences = doc._.ct_sentences
    for index, sentence in enumerate(sentences):
        if not sentence.body:
            if doc._.ct_lines[sentence.line].kind != "repeated":
                attributor.last_claim = None if doc._.ct_lines[sentence.line].kind != "heading" else attributor.last_claim
            continue
        attributor.process(index, sentence, by_sentence.get(index, []), quotes)
    # "Rutte" after "Mark Rutte" is Mark Rutte; so is "Hartwig" after "den Sieg von Lena Hartwig".
    for claim in attributor.claims:
        for mention in (claim.speaker, claim.via):
            if mention is not None and mention.is_person and " " not in mention.canonical:
                mention.canonical = attributor.full_names.get(mention.canonical, mention.canonical)
    # A quotation that spans sentences belongs to the cue that closes or opens it: merge the
    # claims of the sentences it covers into that cue's claim.
    claims = attributor.claims
    merged: list[ClaimDraft] = []
    for claim in claims:
        if claim.start_char < sentences[claim.first_sentence].start_char:
            first = next(i for i, s in enumerate(sentences) if s.end_char > claim.start_char)
            claim.first_sentence = first
            claim.start_char = sentences[first].start_char
            merged = [c for c in merged if not (c.first_sentence >= first and (c.continues is not None or c.cue is None))]
        elif merged and claim.first_sentence <= merged[-1].last_sentence and claim.first_sentence > merged[-1].first_sentence \
                and (claim.continues is not None or claim.cue is None):
            continue  # "X sagte: „A. B.“": B is inside the quotation X's claim already spans
        if claim.content is not None and claim.content[1] > claim.end_char:
            last = next(i for i, s in enumerate(sentences) if s.end_char >= claim.content[1])
            claim.last_sentence = last
            claim.end_char = sentences[last].end_char
        merged.append(claim)
    return merged


@Language.factory(
    "claimtrack_attribution",
    assigns=["doc._.ct_claims"],
    requires=["doc._.ct_sentences", "doc._.ct_cues", "doc._.ct_quotes", "doc._.ct_figures", "doc._.ct_dates"],
    default_config={},
)
def make_attribution(nlp: Language, name: str) -> Attributor:
    """Link cues to speakers and content; add continuations and unattributed assertions.

    Attaches to each claim the figures and date mentions inside its sentences.
    """
    return Attributor()


class Attributor:
    def __call__(self, doc: Doc) -> Doc:
        claims = attribute(doc)
        words = words_of(doc)
        figures = doc._.ct_figures
        dates = doc._.ct_dates
        sentences = doc._.ct_sentences
        claimed = {i for c in claims for i in range(c.first_sentence, c.last_sentence + 1)}
        # The article's own figure-bearing statements are claims too (mode "assertion").
        for index, sentence in enumerate(sentences):
            if sentence.body and index not in claimed:
                inside = [f for f in figures if sentence.start <= f.start < sentence.end and f.unit]
                if inside:
                    claims.append(ClaimDraft(index, index, sentence.start_char, sentence.end_char, None, None,
                                             (sentence.start_char, sentence.end_char), "assertion"))
        claims.sort(key=lambda c: (c.start_char, c.cue.start if c.cue else -1))
        for claim in claims:
            ranges = [claim.scope, claim.content] if claim.scope else [(claim.start_char, claim.end_char)]
            claim.figures = [f for f in figures if any(r and r[0] <= words[f.start].idx < r[1] for r in ranges)]
            s, e = claim.start_char, claim.end_char
            claim.dates = [d for d in dates if s <= d.start_char < e]
        inherit_dates(claims, dates, sentences)
        doc._.ct_claims = claims
        return doc
