"""Attribution: linking each cue to its speaker and content, sentence by sentence.

`SentenceAttributor` reads an article's body sentences in order and keeps what a reader
keeps: the last claim, the speakers named so far, the subject of the last sentence that made
no claim. For each sentence it
  1. finds each verb cue's speaker as written (`speakers.SpeakerFinder`: the subject before
     the verb, the name after it, a relative pronoun's antecedent, a passive's agent) and its
     content and mode (`content.ContentFinder`);
  2. makes a claim of each source cue ("laut X", "X zufolge", "nach Angaben X") that no verb
     cue spoke for, or that stands in a clause of its own;
  3. else takes a quotation a colon introduces as its subject's words, or continues the last
     speaker when the sentence is reported speech (Konjunktiv, a quotation, "Demnach ...").
Pronouns and bare role nouns ("er", "dieser", "der Staatschef") take the last fitting speaker
(`coreference.Resolver`). The article's own figure-bearing sentences become claims of mode
"assertion".
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc

from ..models import lone_surname
from .content import ContentFinder
from .coreference import Resolver, as_speaker
from .cues import CueMatch
from .dates import DateMatch
from .figures import FigureMatch
from .grammar import (
    AUXILIARIES,
    QUOTE_MARKS,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    clause_bounds,
    ends_clause,
    has_konjunktiv,
    has_konjunktiv_i,
    is_reportative_perfect,
    is_subject,
    looks_finite,
    sentence_mentions,
)
from .lexicon import Lexicon, get
from .mentions import NOBLE_PARTICLES, Mention, preceded_by_preposition
from .quotes import Quote
from .sentences import Sentence
from .speakers import SpeakerFinder
from .voices import assign_voices
from .words import words_of

CONDITIONAL_OPENERS = frozenset("sollte sollten falls wenn ob sofern".split())
CLAUSE_SEPARATORS = frozenset(",;–—")  # where one speaker's clause ends and the next one's begins
SPEAKER_KINDS = frozenset("person organization government media".split())
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



@dataclass
class SentenceClaims:
    """What the cues of one sentence have claimed so far, for the cues after them."""

    anchors: list[tuple[ClaimDraft, int, int]] = field(default_factory=list)  # each claim, its cue and speaker's tokens
    contents: list[tuple[int, int]] = field(default_factory=list)  # the spans direct and indirect claims say

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
        self.speakers = SpeakerFinder(self.words, lex, self.surnames)
        self.content = ContentFinder(self.words, lex)

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
        return self.content.chars(before.start, before.end), "direct" if quoted else "indirect"

    def speaks_on(self, cue: CueMatch, raw: Mention, index: int) -> bool:
        """"X sagte weiter" says that X spoke before: an unnamed person described with "der/die"
        is then the speaker of the claim right before, when that is a named person."""
        words, last = self.words, self.last_claim
        after = cue.start + 1 if cue.particle is not None else cue.end  # "teilte weiter mit"
        return after < len(words) and words[after].lower_ == "weiter" and raw.determiner in ("der", "die") \
            and not raw.has_name and raw.kind in ("person", "unknown") and last is not None \
            and last.last_sentence >= index - 1 and last.speaker is not None and last.speaker.is_person \
            and last.speaker.has_name

    def emit(self, draft: ClaimDraft) -> None:
        if draft.speaker is not None and (institution := self.resolver.spoken_for(draft.speaker)) is not None:
            # "Die Polizei sucht Zeugen. Eine Sprecherin sagte, …": the police's spokeswoman
            draft.speaker = replace(draft.speaker, affiliation=institution.canonical, kind=institution.kind)
        self.claims.append(draft)
        self.last_claim = draft
        if draft.speaker is not None:
            self.resolver.salient.append(draft.speaker)

    def process(self, index: int, sentence: Sentence, cues: list[CueMatch], quotes: list[Quote]) -> None:
        sentence_quotes = [q for q in quotes if q.start < sentence.end and q.end > sentence.start]
        mentions = sentence_mentions(self.words, sentence, quotes, self.lex, self.surnames)
        made = SentenceClaims()
        verb_cues = [c for c in cues if c.kind == "verb"]
        source_cues = [c for c in cues if c.kind in ("preposition", "phrase", "so")]
        # "Die Veranstalter schätzten 2.000 Teilnehmer; nach Polizeiangaben waren es 1.000": a
        # source in a clause of its own after every verb cue makes a claim of its own
        own_clause = [c for c in source_cues
                      if verb_cues and all(self.own_clauses(c, v, sentence, mentions) for v in verb_cues)]
        self.verb_claims(index, sentence, verb_cues, [c for c in source_cues if c not in own_clause],
                         sentence_quotes, mentions, made)
        # no verb cue spoke ("Nach Angaben der Polizei habe er ... verlangt"), or a source
        # stands in a clause of its own: one claim per clause
        self.source_claims(index, sentence, own_clause if made.anchors else source_cues, mentions, made)
        self.gapped_claims(index, sentence, mentions, made)
        self.scope_clauses(sentence, made.anchors)
        emitted = bool(made.anchors) or self.introduced_quote(index, sentence, sentence_quotes, mentions) \
            or self.continuation(index, sentence, cues, sentence_quotes)
        if not emitted:
            self.last_claim = None if index - self.last_body_index > MAX_CONTINUATION_GAP else self.last_claim
        self.remember(index, mentions, emitted)

    def verb_claims(self, index: int, sentence: Sentence, verb_cues: list[CueMatch], sources: list[CueMatch],
                    quotes: list[Quote], mentions: list[Mention], made: SentenceClaims) -> None:
        """A claim for each verb cue that speaks. `sources`: the sentence's source cues that
        share a clause with a verb cue; they name whom the verb's speaker passes it on from."""
        if not verb_cues:
            return  # the sources then make claims of their own (`source_claims`)
        words, lex = self.words, self.lex
        previous_speaker: Mention | None = None
        previous_from: str | None = None
        via: Mention | None = None
        source_in_content: Mention | None = None  # "Wie X mitteilte, ist Y nach Auffassung der Kanzlerin …"
        for cue in sources:
            mention = self.speakers.speaker_for_preposition(cue, sentence, mentions)
            if mention is not None:
                via = via or mention
                if any(self.frames_what_follows(v, cue, sentence, mentions) for v in verb_cues):
                    source_in_content = source_in_content or mention
        # „Die Koalition widerspricht …“, sagte X: a verb inside the quotation another cue of the
        # sentence introduces, or inside one that reaches into another sentence, is part of what
        # the quotation's speaker said
        spoken = [q for cue in verb_cues for q in self.content.quote_for(cue, sentence, quotes)] if quotes else []
        spoken += [q for q in quotes if q.start < sentence.start or q.end > sentence.end]
        for cue in verb_cues:
            if any(q.start < cue.start < q.end for q in spoken):
                continue
            # A cue inside another claim's content speaks only with a subject of its own:
            # "erklärte, es könne nicht bestätigen" is one claim; "..., was Moskau bestreitet" two.
            left, _ = clause_bounds(words, cue.start, sentence, mentions)
            if left > sentence.start and words[left].lower_ in CONDITIONAL_OPENERS:
                continue  # "..., sollte sich der Verdacht bestätigen": a condition, not a statement
            nested = any(s <= words[cue.start].idx < e for s, e in made.contents)
            relays = cue.lemma in lex.verb_cues and lex.verb_cues[cue.lemma].relays
            raw, relay = self.speakers.speaker_as_written(cue, sentence, mentions, nested, relays)
            if nested and raw is None and not cue.passive and not any(q.start < cue.start < q.end for q in quotes):
                # "sagte, es gebe 500 Tote, die Opposition sprach von 800": outside a quotation, a
                # clause with a subject of its own right before its verb is a second statement
                raw = self.speakers.own_subject(cue, sentence, mentions)
            if nested and raw is None and self.content.second_predicate(cue, sentence) and self.claims and self.claims[-1].content:
                # "warnte, es könnten Stellen wegfallen, sprach aber von …": a second statement of
                # the same speaker ends the first one's content
                outer, comma = self.claims[-1], words[cue.start - 1].idx
                if outer.content[0] < comma < outer.content[1]:
                    outer.content = (outer.content[0], comma)
                made.contents = [(s, comma) if s < comma < e else (s, e) for s, e in made.contents]
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
            if speaker is raw and raw is not None and self.speaks_on(cue, raw, index):
                # "„…“, sagte Chen. Der Musikchef der Feier meinte weiter, …": the same person
                speaker, resolved_from = as_speaker(raw, self.last_claim.speaker), raw.text  # type: ignore[union-attr,arg-type]
            if nested and self.claims and same_speaker(self.claims[-1].speaker, speaker):
                continue  # "erklärte, sie könne nicht bestätigen": the same speaker's content
            relayed, _ = self.resolve(self.speakers.relayed_source(cue, sentence, mentions), mentions)
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
                speaker, resolved_from = self.speakers.document_source(cue, sentence, mentions), None
            content, mode, attached, parts = self.content.content_for_verb(cue, sentence, quotes, mentions, verb_cues)
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
            if speaker is None and (not cue.stance or made.anchors) and not hearsay:
                continue
            if self.relays_claim_before(index, cue, speaker, content):
                continue  # "X bestritt die Vorwürfe, berichtete dpa": X's claim, passed on by dpa
            if mode in ("direct", "indirect") and content is not None:
                made.contents.append(content)
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
            made.anchors.append(anchor(draft, cue, raw, sentence))
            previous_speaker, previous_from = speaker, resolved_from

    def source_claims(self, index: int, sentence: Sentence, sources: list[CueMatch], mentions: list[Mention],
                      made: SentenceClaims) -> None:
        """A claim for each source cue ("laut X", "X zufolge", "nach Angaben X") in a clause
        no claim of the sentence has taken."""
        words, lex = self.words, self.lex
        for cue in sources:
            if any(self.shares_clause(cue, start, end) for _, start, end in made.anchors) \
                    or any(s <= words[cue.start].idx < e for s, e in made.contents):
                continue  # one claim per clause
            raw = self.speakers.speaker_for_preposition(cue, sentence, mentions)
            # "nach bisherigen Angaben" names nobody; "nach ihren Angaben" names whom "ihr" refers to
            anonymous = raw is not None and raw.pronoun is None and raw.canonical.split()[-1] in lex.anonymous_sources
            if raw is not None and (anonymous or raw.kind == "unknown" and not raw.canonical):
                raw = None
            if raw is None and not (cue.lemma in ("zufolge", "wonach") or cue.kind == "phrase"):
                continue
            if raw is None and cue.kind == "phrase" and words[cue.end - 1].text not in lex.anonymous_sources:
                continue
            speaker, resolved_from = self.resolve(raw, mentions)
            mode = "indirect" if has_konjunktiv(words, sentence.start, sentence.end, lex) else "reported"
            opening = max((k + 1 for k in range(sentence.start, cue.start) if words[k].text in CLAUSE_SEPARATORS),
                          default=None) if made.anchors else None
            content, parts = self.content.content_around(cue, raw, sentence, opening)
            if cue.kind == "so" and parts is None and self.is_one_quotation(content):
                mode = "direct"  # "„Das ist nicht hinnehmbar“, so der Minister."
            if cue.kind == "phrase" and raw is not None and raw.start == cue.start + 1:
                # the source's span took the phrase noun: "nach" + "Angaben der Polizei"
                cue = CueMatch(cue.kind, cue.lemma, cue.start, cue.start + 1, cue.sentence)  # "nach"
            draft = ClaimDraft(index, index, sentence.start_char, sentence.end_char, speaker, cue,
                               content, mode, resolved_from, content_parts=parts)
            self.emit(draft)
            made.anchors.append(anchor(draft, cue, raw, sentence))

    def relays_claim_before(self, index: int, cue: CueMatch, speaker: Mention | None,
                            content: tuple[int, int] | None) -> bool:
        """Does a medium's cue after the clause it frames pass on the claim before it in the
        sentence, whose cue lies in its content ("X bestritt die Vorwürfe, berichtete dpa")?
        Then the medium becomes that claim's `via`. A medium before its verb ("die Zeitung
        hatte 150.000 angegeben") makes a claim of its own."""
        last = self.claims[-1] if self.claims else None
        verb = self.lex.verb_cues.get(cue.lemma or "")
        if verb is None or not verb.passes_on or speaker is None or speaker.kind != "media" or content is None \
                or last is None or speaker.start < cue.start \
                or last.last_sentence != index or last.speaker is None or last.via is not None or last.cue is None \
                or same_speaker(last.speaker, speaker):
            return False
        if not content[0] <= self.words[last.cue.start].idx < content[1]:
            return False
        last.via = speaker
        return True

    def is_one_quotation(self, span: tuple[int, int]) -> bool:
        """Is the text of `span` one quotation, marks included, and nothing else?"""
        return any(q.start_char == span[0] and q.end_char == span[1] for q in self.doc._.ct_quotes)

    def remember(self, index: int, mentions: list[Mention], emitted: bool) -> None:
        """Note the sentence's mentions for the pronouns and names of the sentences after it."""
        words = self.words
        # salience: the sentence's first subject, and every mention for demonstratives.
        # A claim's speaker is already salient; the subject of its content must not be.
        for m in mentions:
            if m.pronoun in ("role", "definite") and self.resolver.resolve(m)[0] is None:
                m.pronoun = None  # "Der Minister kam an": nobody to refer back to, so a new person
        subjects = [m for m in mentions if is_subject(words, m) and not m.pronoun] if not emitted else []
        self.narrative_subject = (index, subjects[0]) if subjects and not subjects[0].pronoun else None
        for m in mentions:
            self.resolver.note(m, salient=bool(subjects) and m is subjects[0])
            if m.is_person and (m.has_name or "; " in m.canonical):
                for name in m.canonical.split("; "):  # "Giorgia Meloni; Olaf Scholz": each of them
                    self.learn_name(name)
        self.last_body_index = index

    def learn_name(self, name: str) -> None:
        """A person named in full: their surname ("Rutte", "von der Leyen") and given name may
        stand alone later in the article."""
        if " " not in name:
            return
        parts = name.split()
        self.surnames.update((parts[0], parts[-1]))
        particle = next((k for k, part in enumerate(parts) if k and part in NOBLE_PARTICLES), None)
        if particle is not None:
            self.surnames.add(" ".join(parts[particle:]))  # "von der Leyen"
        self.full_names.setdefault(parts[-1], name)
        self.full_names.setdefault(parts[0], name)

    def gapped_claims(self, index: int, sentence: Sentence, mentions: list[Mention], made: SentenceClaims) -> None:
        """"Die Polizei sprach von 500 Teilnehmern, die Veranstalter von 2.000": a clause after the
        last verb claim with a subject and a figure but no verb of its own says the same verb
        of another speaker, a claim of its own (`scope_clauses` then gives each its figure)."""
        if not made.anchors:
            return
        words = self.words
        last, _, anchor_end = max(made.anchors, key=lambda a: a[2])
        if last.cue is None or last.cue.kind != "verb" or last.mode != "reported":
            return
        figures: list[FigureMatch] | None = None  # read only when a clause could be one
        for comma in (k for k in range(anchor_end, sentence.end - 2) if words[k].text in CLAUSE_SEPARATORS):
            subject = next((m for m in mentions if m.start == comma + 1 and m.pronoun in (None, "definite", "role")
                            and is_subject(words, m)), None)
            if subject is None:
                continue
            stop = next((k for k in range(subject.end, sentence.end) if words[k].text in CLAUSE_SEPARATORS
                         or words[k].is_punct and k == sentence.end - 1), sentence.end)
            if figures is None:
                figures = [f for f in self.doc._.ct_figures if sentence.start <= f.start < sentence.end]
            quoted = [(q.start, q.end) for q in self.doc._.ct_quotes if subject.start <= q.start < stop]
            if not any(subject.end <= f.start < stop for f in figures) \
                    or any(looks_finite(words[k].lower_, self.lex) for k in range(subject.end, stop)
                           if not any(s <= k < e for s, e in quoted)):  # "das Bündnis „Wir bleiben“ von 7.500"
                continue
            speaker, resolved_from = self.resolve(subject, mentions)
            if speaker is None or same_speaker(speaker, last.speaker) or (
                    last.speaker is not None and speaker.canonical == last.speaker.canonical):
                continue
            draft = ClaimDraft(index, index, sentence.start_char, sentence.end_char, speaker, last.cue,
                               last.content, last.mode, resolved_from)
            self.emit(draft)
            made.anchors.append((draft, subject.start, subject.end))

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
        relative = opener in RELATIVE_PRONOUNS and ends_clause(words, verb.end, right)
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
            frame = draft.content is not None and draft.cue is not None and draft.content[1] <= words[draft.cue.start].idx
            if draft.cue is not None and draft.cue.kind == "verb" and draft.mode == "reported" and not draft.content_parts \
                    and not frame:  # "Die Betriebe klagen über …, erklärte der Verband": what it frames, not "erklärte der Verband"
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
                            and (found := self.speakers.article_phrase(k, quote.start - 1)) is not None), None)
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
        elif cue is not None and cue.end < sentence.end and cue.start == sentence.start:
            content = self.content.chars(cue.end, sentence.end)  # "Demnach haben …": the cue is frame
        else:
            content = (sentence.start_char, sentence.end_char)
        draft = ClaimDraft(index, index, sentence.start_char, sentence.end_char, speaker, cue, content, mode,
                           resolved_from, via, continues=last)
        self.claims.append(draft)
        self.last_claim = draft
        return True


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
            elif (previous is not None and claim.speaker is not None and same_speaker(previous.speaker, claim.speaker)
                  and claim.first_sentence - previous.last_sentence <= 1):  # not two claims of nobody named
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
            if mention is not None and mention.is_person:
                # "Rutte" is "Mark Rutte"; "Meloni; Scholz" is "Giorgia Meloni; Olaf Scholz"
                mention.canonical = "; ".join(attributor.full_names.get(lone_surname(name) or "", name)
                                              for name in mention.canonical.split("; "))
    # "Landrätin Petra Albrecht" speaks for the Landratsamt, and so does "Albrecht" later on
    assign_voices(attributor.claims, attributor.resolver.mentioned, lex)
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

