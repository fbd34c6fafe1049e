"""Content: what a verb or a source cue says, and in which mode.

    Der Sprecher sagte: „Wir bleiben.“             -> the quotation, marks included (direct)
    Der Sprecher sagte, es seien 500 gewesen.      -> the reported clause (indirect)
    Die Lage sei ernst, sagte der Sprecher.        -> the clause before the frame (indirect)
    Die NATO warnt vor einer Eskalation.           -> the whole sentence (reported)
    Laut Feuerwehr brannte die Halle ab.           -> the sentence without its frame "Laut Feuerwehr"

Spans follow the conventions of the Wikinews quotation corpus, so that its figures compare.
"""

from __future__ import annotations

from collections.abc import Sequence

from .cues import PASSIVE_AUXILIARIES, CueMatch
from .grammar import (
    QUOTE_MARKS,
    RELATIVE_FORMS,
    SUBORDINATORS,
    clause_bounds,
    has_konjunktiv,
    has_zu_infinitive,
    is_attributive,
    looks_finite,
    opening_phrase_end,
    phrase_start_before,
    verb_after_fronted,
)
from .lexicon import COMPLEMENTIZERS, PREPOSITIONS, Lexicon
from .mentions import Mention
from .quotes import Quote
from .sentences import Sentence
from .words import Words

# "um/ohne/statt ... zu": a purpose or manner clause, never what somebody said
NOT_REPORTING_ZU = frozenset("um ohne statt anstatt".split())
# ", sprach aber …", ", betonte jedoch …": a second predicate of the sentence's speaker
COORDINATION_ADVERBS = frozenset("aber jedoch zugleich gleichzeitig allerdings zudem außerdem".split())
# Konjunktiv II forms that the past or the article's own speculation share ("Die Lage könnte
# eskalieren"): right after "sagte," they report what was said ("sagte, Kinder dürften nicht …")
FRAMED_SECOND = frozenset("dürfte dürften könnte sollte sollten".split())


class ContentFinder:
    """The content spans of one article's cues, in character offsets of the article."""

    def __init__(self, words: Words, lex: Lexicon) -> None:
        self.words = words
        self.lex = lex

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
            return self.chars(sentence.start, k), "reported", [], None
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
                before, rest = self.chars(sentence.start, left - 1), self.chars(start, sentence.end)
                return (before[0], rest[1]), "indirect", [], [before, rest]
            clause_end = next((n for n in range(start, sentence.end) if words[n].text in (",", ";", ":")), sentence.end)
            framed = k == after and words[start].lower_ not in PREPOSITIONS | RELATIVE_FORMS \
                and any(words[n].lower_ in FRAMED_SECOND for n in range(start, clause_end))
            if words[start].lower_ in COMPLEMENTIZERS or has_konjunktiv(words, start, sentence.end, self.lex) or framed \
                    or words[start].lower_ not in NOT_REPORTING_ZU and has_zu_infinitive(words, start, sentence.end):
                return self.chars(start, self.main_clause_after(cue, start, sentence)), "indirect", [], None
        # "…, sagte X." / "…, wie X berichtete": the content comes before the cue's clause
        if left > sentence.start + 2 and words[left - 1].text == "," \
                and (left == cue.start or words[left].lower_ in ("wie", "so")) \
                and opening_phrase_end(words, sentence, left - 1, mentions) is None \
                and not self.second_predicate(cue, sentence) \
                and not self.only_subordinate_before(sentence, left - 1):
            # the frame opens with its verb or "wie": "…, sagte X", "…, wie X berichtete"; a
            # clause that opens with its subject ("…, die Betreiber sprechen von …") is no frame
            mode = "indirect" if has_konjunktiv(words, sentence.start, left - 1, self.lex) else "reported"
            return self.chars(sentence.start, left - 1), mode, [], None
        if (cue.start == sentence.start or words[sentence.start].lower_ == "wie") \
                and right + 1 < sentence.end and words[right].text == ",":
            # "Wie X berichtete, …": the content follows the cue's clause
            mode = "indirect" if has_konjunktiv(words, right + 1, sentence.end, self.lex) else "reported"
            return self.chars(right + 1, sentence.end), mode, [], None
        if self.second_predicate(cue, sentence):
            return self.chars(cue.start, sentence.end), "reported", [], None  # its own words, not the first verb's
        return (sentence.start_char, sentence.end_char), "reported", [], None

    def only_subordinate_before(self, sentence: Sentence, comma: int) -> bool:
        """"Obwohl keine Daten vorlagen, | bestätigte das Amt …": the sentence opens with a
        subordinate clause that ends at the comma, so what stands before the verb is no
        statement of its own."""
        words = self.words
        return words[sentence.start].lower_ in SUBORDINATORS \
            and not any(words[k].text == "," for k in range(sentence.start, comma))

    def second_predicate(self, cue: CueMatch, sentence: Sentence) -> bool:
        """", sprach aber von …", ", teilten jedoch mit": a verb after a comma and before a
        coordinating adverb says a second thing of the sentence's speaker."""
        words = self.words
        return sentence.start < cue.start and cue.end < sentence.end and words[cue.start - 1].text == "," \
            and words[cue.end].lower_ in COORDINATION_ADVERBS

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
        if cue.lemma == "wonach":
            # "…, wonach bis zu 20 Kinder erkrankt seien", up to the main clause it interrupts
            # ("Ein Bericht, wonach 30 Kinder erkrankt seien, sorgte für Unruhe")
            stop = next((k for k in range(cue.end, sentence.end - 1) if words[k].text == ","
                         and looks_finite(words[k + 1].lower_, self.lex)), sentence.end)
            return self.chars(cue.end, stop), None
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
            whole = self.chars(start, end)
            before = self.chars(start, frame_start)
            while frame_end < end and words[frame_end].text == ",":
                frame_end += 1  # "Das sei, so der Minister, falsch": the parts without commas
            after = self.chars(frame_end, end) if frame_end < end - 1 else None
            return whole, [before, after] if after else [before]
        while start < end and words[start].text in (",", ":"):
            start += 1
        while end > start and words[end - 1].text in (",", ":"):
            end -= 1
        if not any(not words[k].is_punct for k in range(start, end)):
            return (self.words[opening].idx, sentence.end_char), None  # "Laut Polizei.": nothing but the frame
        return self.chars(start, end), None

    def chars(self, start: int, end: int) -> tuple[int, int]:
        words = self.words
        while end > start and words[end - 1].is_punct and words[end - 1].text not in QUOTE_MARKS:
            end -= 1
        return words[start].idx, words[end - 1].idx + len(words[end - 1])
