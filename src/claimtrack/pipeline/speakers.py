"""Speakers: who says what a cue reports, as the sentence writes it.

    Der südkoreanische Geheimdienst hatte am Freitag mitgeteilt, ...  -> the subject before the verb
    „…“, sagte Wood demnach weiter.                                 -> the name right after the verb
    der Denkfabrik ISW, die ... berichtet                            -> the relative pronoun's antecedent
    wurde vom Verband aufgefordert                                   -> the passive's agent
    Der Spiegel zitiert den Prediger mit den Worten …                -> the quoted object; the paper relays
    nach Angaben der Feuerwehr, der Polizei zufolge, laut Kiel       -> the phrase after or before the cue

`SpeakerFinder` returns mentions as written; pronouns and role nouns ("er", "der Minister")
are resolved afterwards, by `attribution` with `coreference.Resolver`.
"""

from __future__ import annotations

from dataclasses import replace

from .. import lexicons
from .cues import CueMatch, report_before
from .grammar import (
    AUXILIARIES,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    clause_bounds,
    ends_clause,
    has_konjunktiv_i,
    in_prepositional_phrase,
    is_attributive,
    is_subject,
    looks_finite,
    opening_phrase_end,
)
from .lexicon import PERSONAL_POSSESSIVES, PREPOSITIONS, Lexicon
from .mentions import PERSON_ADJECTIVE_ENDINGS, Mention, chunk, chunk_list, quoted_name
from .nouns import (
    PERSON_NOUN_ENDINGS,
    country_of,
    entity_for,
    head_kind,
    is_acronym,
    is_common_noun,
)
from .sentences import Sentence
from .words import Words

NOMINATIVE_ARTICLES = frozenset("der die das ein eine".split())
PERSON_ENDINGS = PERSON_ADJECTIVE_ENDINGS + PERSON_NOUN_ENDINGS  # "der Beschuldigte", "die Sprecherin"
TIMES_OF_DAY = frozenset("Morgen Vormittag Mittag Nachmittag Abend Wochenende".split())
# "Einige vertreten die Auffassung", "Viele sprachen von Betrug": people not named
INDEFINITE_PRONOUNS = frozenset("einige viele manche andere mehrere wenige".split())
NOBODY = frozenset("niemand keiner".split())
# "Einer der Feuerwehrleute", "Viele von ihnen": members of a group
PARTITIVES = frozenset("einer eine eines viele einige mehrere manche zwei drei".split())
PLACE_PREPOSITIONS = frozenset("aus in im bei beim".split())  # not "von": "eine Zahl von Menschen"
# the finite verb of a perfect, before the participle cue: "Die Stadt hatte mitgeteilt"
PERFECT_AUXILIARIES = frozenset("hat haben hatte hatten".split())
# Words that may stand between a subject and its verb: "Die Armee hingegen sprach von ..."
SUBJECT_ADVERBS = frozenset("hingegen jedoch aber allerdings dagegen indes wiederum selbst ihrerseits seinerseits".split())
# articles of a genitive: "während seines Pontifikats" is a preposition, no subordinate clause
GENITIVE_ARTICLES = frozenset("des eines seines ihres dieses jenes unseres eures keines".split())
# what may open the source after a phrase noun: "Angaben der/eines/von/seines ..."
GENITIVE_OPENERS = frozenset("des der eines einer von vom seines seiner ihres ihrer".split())


class SpeakerFinder:
    """The speaker mentions of one article's cues. `surnames` is the attributor's set of
    names seen so far, which grows as the article is read ("Rutte" after "Mark Rutte")."""

    def __init__(self, words: Words, lex: Lexicon, surnames: set[str]) -> None:
        self.words = words
        self.lex = lex
        self.surnames = surnames

    def speaker_for_verb(self, cue: CueMatch, sentence: Sentence, mentions: list[Mention],
                         clause_only: bool = False) -> Mention | None:
        """The speaker of an active verb cue, tried in this order: a subject in the cue's clause
        before the verb; the subject before a relative clause; "Einige"; the subject right after
        the verb ("„…“, sagte Wood"); a relative pronoun's antecedent ("der Denkfabrik ISW, die
        … berichtet"). With `clause_only` (a cue inside another claim's content) that is all;
        else the subject of a subordinate clause, the sentence's first subject, or any noun
        standing where a subject stands (`noun_subject`)."""
        words = self.words
        left, right = clause_bounds(words, cue.start, sentence, mentions)
        authored = next((found for m in mentions if left < m.start and m.end <= cue.start
                         and (found := self.document_author(m, left, cue.start)) is not None), None)
        if authored is not None:
            return authored
        man = next((k for k in range(left, min(cue.start, left + 3)) if words[k].lower_ == "man"), None)
        if man is not None:
            # "Eine Sprecherin sagte, … Man könne die Angaben weder bestätigen noch dementieren":
            # in reported speech, whom the speaker speaks for; otherwise nobody named, and never
            # a noun of the clause ("die Angaben der Initiative")
            if has_konjunktiv_i(words, left, sentence.end, self.lex):
                return Mention(man, man + 1, words[man].text, words[man].text, "unknown", pronoun="personal")
            return None
        subjects = [m for m in mentions if is_subject(words, m)]
        before = [m for m in subjects if m.start >= left and m.end <= cue.start]
        if before:
            return before[0]
        # "Klose, der Gelb-Rot sah, nannte seinen Platzverweis …": the subject stands before
        # the relative clause, not after the verb
        first = self.subject_before_relative_clause(sentence, left, mentions)
        if first is not None and (authored := self.document_author(first, sentence.start, first.end)) is not None:
            return authored  # "Der Bericht des Amtes, das … sammelt, erklärt"
        if first is not None and is_subject(words, first):
            return first
        if cue.start == left + 1 and words[left].lower_ in INDEFINITE_PRONOUNS:
            # "Einige vertreten die Auffassung, …": some speak, not "die Auffassung"
            return unnamed(words, left, left + 1)
        if cue.start == left + 1 and words[left].lower_ in NOBODY:
            return None  # "Niemand bestritt die Zahl": nobody speaks, least of all "die Zahl"

        k = cue.end
        while k < right and (words[k].lower_ in self.lex.adverbs or words[k].text in ("sich", "es")):
            k += 1
        after = [m for m in subjects if k <= m.start < right and m.start <= k + 1]
        if after:
            return after[0]
        if cue.start == left and words[left - 1].text == "," and words[sentence.start].text in self.lex.personal_pronouns \
                and words[k].lower_ in NOMINATIVE_ARTICLES \
                and (found := self.noun_subject(cue, left, k, right)) is not None and found.start == k:
            return found  # "Er habe …, sagte der Angeklagte": not "Er", who is what the clause before says
        # A relative clause ends with its verb: ", die Küstenwache sprach von 152" is a clause of its own
        if left > sentence.start and words[left].lower_ in RELATIVE_PRONOUNS and words[left - 1].text == "," \
                and ends_clause(words, cue.end, right):
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
        if cue.start == left and left > sentence.start and words[left - 1].text == "," \
                and has_konjunktiv_i(words, sentence.start, left - 1, self.lex) \
                and (found := self.noun_subject(cue, left, k, right)) is not None:
            # "Der 71-Jährige sei unterkühlt, teilte die Bergwacht mit": the frame after what is
            # said has its own subject (not after an apposition: "X, ein Vertreter …, kommentierte")
            return found
        main = [m for m in subjects if m.end <= cue.start]
        if main and main[0].start <= sentence.start + 3:
            return main[0]
        return self.noun_subject(cue, left, k, right)

    def subject_before_relative_clause(self, sentence: Sentence, left: int, mentions: list[Mention]) -> Mention | None:
        """"Der Verband, dem 300 Firmen angehören, warnte": when the cue's clause (from token
        `left`) follows a relative clause on the sentence's opening noun phrase, the first
        mention in that phrase, else a phrase for a person a nominative article opens ("Der
        Beschuldigte, der …, bestritt"), not any noun ("Die Zahl der Toten, die …, bezifferte
        die Agentur"). None after an opening preposition ("Zur Beobachtung der Partei, die …")."""
        words = self.words
        if left <= sentence.start or words[left - 1].text != "," or words[sentence.start].lower_ in PREPOSITIONS:
            return None
        phrase_end = opening_phrase_end(words, sentence, left - 1, mentions)
        if phrase_end is None:
            return None
        first = next((m for m in mentions if m.start < phrase_end), None)
        if first is not None:
            return first
        found = self.article_phrase(sentence.start, phrase_end)
        head = words[found.end - 1].text if found is not None else ""
        if found is not None and found.kind == "unknown" and not is_acronym(head) and not head.endswith(PERSON_ENDINGS):
            return None
        return found

    def document_author(self, author: Mention, left: int, verb: int) -> Mention | None:
        """"Der Bericht des Ministeriums warnt", "Eine neue Studie der Universität Leipzig
        zeigt": a document, opening the clause, whose author in the genitive reaches the verb.
        The author speaks, as written from the document on; else None."""
        words = self.words
        k = author.start - 1
        if author.pronoun in ("personal", "demonstrative") or words[author.start].lower_ not in ("des", "der", "eines", "einer") \
                or k <= left or not words[k].text.casefold().endswith(self.lex.document_suffixes) \
                or not all(words[n].lower_ in SUBJECT_ADVERBS for n in range(author.end, verb)):
            return None
        start = k - 1
        while start > left and words[start].text.isalpha() and words[start].text.islower() \
                and words[start].text.endswith(("e", "en", "er", "es")):
            start -= 1  # "Eine neue Studie": the article must open the clause, so no verb stands between
        if start != left + (words[left].lower_ == "wie") or words[start].lower_ not in NOMINATIVE_ARTICLES:
            return None
        return replace(author, start=start, text=words.text(start, author.end), determiner=words[start].lower_)

    def own_subject(self, cue: CueMatch, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
        """The subject right before the cue verb in the cue's own clause, any noun, or None."""
        left, right = clause_bounds(self.words, cue.start, sentence, mentions)
        found = self.noun_subject(cue, left, right, right)
        return found if found is not None and found.end <= cue.start else None

    def noun_subject(self, cue: CueMatch, left: int, after: int, right: int) -> Mention | None:
        """A speech verb makes its subject a speaker, whatever the noun: "Der Sportler sagte",
        "…, sagte die Schülerin", "wie die Sparkasse bekannt gab", "Anwohner berichteten".
        Only a phrase a nominative article opens, or a noun alone, right before the verb at the
        clause start or right after the verb, counts; in a perfect, before or right after the
        finite "haben" ("Im März hatte die Stadt mitgeteilt")."""
        words = self.words
        if words[left].lower_ == "wie":
            left += 1
        verb = min(cue.start, cue.particle) if cue.particle is not None else cue.start
        # "Die Stadt hatte mitgeteilt": the subject stands before the finite auxiliary;
        # "Im März hatte die Stadt mitgeteilt": or right after it. Only "haben": with "werden"
        # the subject is what was said ("Die Zahl wurde nicht bestätigt")
        auxiliary = next((k for k in range(left + 1, verb) if words[k].lower_ in PERFECT_AUXILIARIES), None)
        fields = ((left, verb), (after, right)) if auxiliary is None else \
            ((left, auxiliary), (auxiliary + 1, verb), (after, right))
        for start, stop in fields:
            if start + 2 < stop and words[start].lower_ in PARTITIVES and words[start + 1].lower_ in ("der", "von"):
                # "Einer der Feuerwehrleute sagte": one of a group, not the group
                group = chunk(words, start + 1 + (words[start + 1].lower_ == "von"), stop, self.lex,
                              surnames=self.surnames, permissive=True)
                if group is not None and not group.pronoun and (stop == right or group.end == verb):
                    return unnamed(words, start, group.end)
            if start < stop and words[start].lower_ in NOMINATIVE_ARTICLES:
                found = self.article_phrase(start, stop)
                if found is not None and stop != right and found.end < stop:
                    found = self.with_genitive(self.with_place(found, stop), stop)  # "Eine Frau aus dem Dorf sagte"
                right_after_auxiliary = start - 1 == auxiliary  # "hatte die Stadt am Freitag mitgeteilt"
                if found is not None and (stop == right or found.end == stop or right_after_auxiliary or all(
                        words[k].lower_ in SUBJECT_ADVERBS for k in range(found.end, stop))):
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

    def with_genitive(self, found: Mention, verb: int) -> Mention:
        """The phrase with the genitive after it when that reaches the verb: "Die Frau des
        Ministers | sagte". The genitive is part of who speaks, so of the canonical name."""
        words = self.words
        if words[found.end].lower_ in ("des", "der", "eines", "einer") and verb - found.end <= 5:
            owner = chunk(words, found.end, verb, self.lex, surnames=self.surnames, permissive=True)
            if owner is not None and owner.end == verb and not owner.pronoun:
                owned = words.text(found.end, verb)
                return replace(found, end=verb, text=words.text(found.start, verb), canonical=f"{found.canonical} {owned}")
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
                if found is not None and not found.pronoun and found.end < sentence.end \
                        and found.canonical.casefold().endswith(self.lex.document_suffixes) \
                        and words[found.end].lower_ in ("des", "der", "eines", "einer"):
                    # "heißt es in einer Mitteilung des Gesundheitsamts": the document's author
                    found = self.genitive_author(found.end, sentence.end) or found
                if found is not None and not found.pronoun:
                    return found
        return None

    def genitive_author(self, start: int, end: int, permissive: bool = False) -> Mention | None:
        """The author in the genitive after a document's noun, from token `start`: "(einer
        Mitteilung) des Gesundheitsamts", "(eine Meldung) der Schulleitung". A definite noun
        names it whether or not the article named it before; None for a pronoun or nothing."""
        author = chunk(self.words, start, end, self.lex, surnames=self.surnames, permissive=permissive)
        if author is None or author.pronoun not in (None, "definite"):
            return None
        author.pronoun = None
        return author

    def relayed_source(self, cue: CueMatch, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
        """X in "unter Berufung auf X" within the cue's clause."""
        words = self.words
        left, right = clause_bounds(words, cue.start, sentence, mentions)
        for k in range(left, min(right, sentence.end) - 2):
            if words[k].lower_ == "unter" and words[k + 1].text == "Berufung" and words[k + 2].lower_ == "auf":
                found = next((m for m in mentions if m.start == k + 3), None) or chunk_list(
                    words, k + 3, sentence.end, self.lex, surnames=self.surnames, permissive=True)
                if found is not None and found.kind == "unknown" and not found.pronoun \
                        and head_kind(found.canonical.split()[-1], self.lex) is None:
                    return None  # "unter Berufung auf Satellitenbilder": evidence, no source that speaks
                return found
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
        if cue.lemma == "wonach":
            # "eine Meldung der Schulleitung, wonach …": the report's author in the genitive;
            # "Berichte, wonach …" name nobody
            report = report_before(words, cue.start - 1, sentence.start, self.lex)
            if report is None or report + 1 >= cue.start or words[report + 1].lower_ not in ("des", "der", "eines", "einer"):
                return None
            return self.genitive_author(report + 1, cue.start - 1, permissive=True)
        if cue.lemma == "zufolge":
            if cue.start > sentence.start and words[cue.start - 1].lower_ in self.lex.dative_pronouns:
                # "Ihm zufolge": whoever the pronoun refers to
                k = cue.start - 1
                return Mention(k, k + 1, words[k].text, words[k].text, "unknown", pronoun="personal")
            found = next((m for m in mentions if m.end == cue.start), None)
            if found is not None and found.start - 2 > sentence.start and words[found.start - 2].lower_ == "im" \
                    and words[found.start - 1].text == "Auftrag":
                # "Einer Erhebung des Instituts X im Auftrag des „Tagblatts“ zufolge": who made
                # it says it, not who paid for it
                found = next((m for m in reversed(mentions) if m.end <= found.start - 2), found)
            if found is not None and found.start > sentence.start and (
                    words[found.start - 1].text in self.lex.phrase_nouns or words[found.start - 1].text.endswith("en")
                    and words[found.start - 1].text[:1].isupper()):
                # "Angaben der Polizei zufolge": the source phrase starts at its noun (a copy:
                # the sentence's mention stays as it is, however often this is asked)
                found = replace(found, start=found.start - 1, text=words.text(found.start - 1, found.end))
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
            if noun_end < sentence.end and words[noun_end].text.endswith("s") \
                    and (country := country_of(words[noun_end].text, self.lex)) is not None:
                # "nach Angaben Kiews", "nach Angaben Israels": a country in the genitive
                return Mention(cue.start + 1, noun_end + 1, words.text(cue.start + 1, noun_end + 1), country, "government")
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


def compound_head(prefix: str) -> str:
    """The source inside a compound: "Polizei" of "Polizeiangaben", "Regierung" of
    "Regierungsangaben" (without the linking s)."""
    prefix = prefix.rstrip("-")
    if prefix.endswith("s") and prefix[:-1].endswith(("ung", "heit", "keit", "tät", "ion", "amt", "um")):
        prefix = prefix[:-1]
    elif prefix.endswith("s") and lexicons.lemma(prefix) == prefix[:-1]:
        prefix = prefix[:-1]  # "Verbandsangaben", "Veranstaltersangaben": the genitive s the table knows
    return prefix


def unnamed(words: Words, start: int, end: int) -> Mention:
    """People the text does not name, as written: "Einige", "Einer der Feuerwehrleute"."""
    text = words.text(start, end)
    return Mention(start, end, text, text[:1].upper() + text[1:], "unknown")
