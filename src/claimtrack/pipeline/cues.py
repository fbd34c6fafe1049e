"""Attribution cues: the words that say somebody said something.

Verbs ("sagte", "kündigte ... an", "fuhr Wood fort"), prepositions ("laut X", "X zufolge"),
phrases ("nach Angaben des Ministeriums", "nach russischen Angaben"), a sentence-final
", so X.", and "Demnach" opening a sentence or after its verb ("fehlen demnach"), which
continues the last speaker.

    Zuvor hatte Wood laut Mitschnitt erklärt, es gebe Berichte.
        -> CueMatch(kind="verb", lemma="erklären"), CueMatch(kind="preposition", lemma="laut")
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicons
from .figures import parse_number
from .lexicon import PERSONAL_POSSESSIVES, Lexicon, get
from .nouns import head_kind, verb_after_das
from .words import Word, Words, words_of

CLAUSE_END = frozenset(",.:;!?„“”\"»«()–—")
# A quoted fragment stands inside the clause that needs a word: "Von einer „gezielten
# Indiskretion“ sprach der Politiker" has its "von" before the quotation.
FRAGMENT_END = CLAUSE_END - frozenset("„“”\"»«")
ARTICLES = frozenset("der die das den dem des ein eine einer einen einem eines".split())
PARTICLE_FOLLOWERS = CLAUSE_END | {"und", "oder", "sowie", "aber"}
CAN = frozenset("kann kannst können könne könnte könnten konnte konnten".split())


@dataclass
class CueMatch:
    kind: str  # verb, preposition, phrase, so, continuation
    lemma: str
    start: int  # token range of the cue word(s)
    end: int
    sentence: int  # index into doc._.ct_sentences
    stance: str | None = None
    particle: int | None = None  # token index of a separated verb particle
    passive: bool = False  # "wird vorgeworfen", "wurde von X bezeichnet": the subject is not the speaker

    def text(self, words: Words) -> str:
        text = words.text(self.start, self.end)
        if self.particle is None:
            return text
        particle = words[self.particle].text
        return f"{particle} {text}" if self.particle < self.start else f"{text} {particle}"


def token_lemma(token: Word) -> str:
    """The trained pipeline's lemma when it has one, else the lookup table's."""
    lemma = token.lemma_  # set only by a trained pipeline; blank("de") leaves it empty
    return lemma if lemma else lexicons.lemma(token.text)


def _clause_end(words: Words, i: int, end: int, marks: frozenset[str] = CLAUSE_END) -> int:
    while i < end and words[i].text not in marks:
        i += 1
    return i


def _cannot_explain(words: Words, i: int, sentence_start: int) -> bool:
    """"sich etwas nicht erklären können": "sich" and "können" in the clause before the verb."""
    begin = _clause_start(words, i, sentence_start)
    before = {words[k].lower_ for k in range(begin, i)}
    return "sich" in before and not before.isdisjoint(CAN)


def _declares(words: Words, i: int, start: int, end: int) -> bool:
    """"für rechtswidrig erklärt", "erklärte das Gesetz für nichtig", "zum Sieger erklärt",
    "zu unerwünschten Personen erklärt": "erklären" with "für" and an adjective, or "zum/zur"
    or "zu" and an adjective before a noun, in its clause declares what something is; it
    reports no statement ("erklärte zu den Vorwürfen" does)."""
    begin, stop = _clause_start(words, i, start), _clause_end(words, i + 1, end)
    return any(k + 1 < stop and (words[k].lower_ == "für" and words[k + 1].text.islower()
                                 and words[k + 1].lower_ not in ARTICLES and words[k + 1].text.isalpha()
                                 or words[k].lower_ in ("zum", "zur") and words[k + 1].text[:1].isupper()
                                 or words[k].lower_ == "zu" and k + 2 < stop and words[k + 1].text.islower()
                                 and words[k + 1].lower_ not in ARTICLES and words[k + 1].text.endswith(("en", "e"))
                                 and words[k + 2].text[:1].isupper())
               for k in range(begin, stop) if k != i)


def _figure_after(words: Words, begin: int, stop: int, openers: tuple[str, ...]) -> bool:
    """Does a figure follow one of `openers` in (begin, stop)? A hedge may stand between:
    "von bis zu 300 Toten", "von mindestens 20 Verletzten"; or the noun the figure measures:
    "mit einem Wachstum von 0,2 Prozent", "mit einem Rückgang der Exporte um fünf Prozent".
    An opener that starts the clause tells where something comes from: "Von den 20 Wagen
    ging keine Gefahr aus"."""
    for k in range(begin + 1, stop):
        if words[k].lower_ not in openers:
            continue
        n = _after_measured_noun(words, k + 1, stop)
        if any(parse_number(words[m].text) is not None and not (m + 1 < stop and words[m + 1].lower_ == "uhr")
               for m in range(n, min(n + 3, stop))):
            return True  # a figure, not a time: "mit einem Bus um 8 Uhr"
    return False


def _after_measured_noun(words: Words, i: int, stop: int) -> int:
    """The token after "einem (deutlichen) Wachstum (der Exporte) von|um" starting at i, or i
    when no such phrase starts there."""
    if i >= stop or words[i].lower_ not in ARTICLES:
        return i
    n = i + 1
    while n < min(i + 3, stop) and words[n].text.islower() and words[n].text.isalpha():
        n += 1  # adjectives
    if n >= stop or not words[n].text[:1].isupper():
        return i
    n += 1
    if n + 1 < stop and words[n].lower_ in ("der", "des") and words[n + 1].text[:1].isupper():
        n += 2  # a genitive: "eines Rückgangs der Exporte"
    return n + 1 if n < stop and words[n].lower_ in ("von", "um") else i


def _clause_start(words: Words, i: int, start: int, marks: frozenset[str] = CLAUSE_END) -> int:
    """The first token of the clause that token i is in, not before `start`."""
    while i > start and words[i - 1].text not in marks:
        i -= 1
    return i


def _particle(words: Words, i: int, end: int, particle: str) -> int | None:
    """The separated particle of the verb at i: "kündigte indes an," -> index of "an". A long
    particle may stand after an apposition ("gab der Leiter, Andreas Huber, bekannt"), or right
    before the verb at the end of a clause ("wie die Bank bekannt gab")."""
    if i > 0 and words[i - 1].lower_ == particle and len(particle) >= 5:
        return i - 1
    stop = _clause_end(words, i + 1, end) if len(particle) < 5 else min(end, i + 16)
    while len(particle) < 5 and stop + 2 < end and words[stop].text == "(" and words[stop + 2].text == ")":
        stop = _clause_end(words, stop + 3, end)  # "teilte die Stiftung (DSO) mit": an acronym in brackets
    for k in range(i + 1, stop):
        if words[k].lower_ == particle and (k + 1 >= end or words[k + 1].lower_ in PARTICLE_FOLLOWERS):
            return k
    return None


PASSIVE_AUXILIARIES = frozenset("wird werden wurde wurden worden würde würden".split())


def is_passive(words: Words, i: int, end: int, start: int, lemma: str, text: str) -> bool:
    """A past participle ("gemeldet", "genannt") in a clause with a form of "werden", or
    right after "auch"/"so" ("auch Bruno genannt")."""
    if text == lemma or not text.endswith(("t", "en")) or text.endswith(("te", "ten")):
        return False
    if i > start and words[i - 1].lower_ in ("auch", "so", "oft", "gern"):
        return True
    if lemma == "nennen" and any(words[k].lower_ == "auch" for k in range(max(start, i - 4), i - 1)):
        return True  # "Der Bär, auch Bruno genannt": a name given, no statement
    left = _clause_start(words, i, start)
    right = _clause_end(words, i + 1, end)
    return any(words[k].lower_ in PASSIVE_AUXILIARIES for k in range(left, right) if k != i)


def verb_cue_at(words: Words, i: int, end: int, sentence_start: int, lex: Lexicon) -> CueMatch | None:
    token = words[i]
    text = token.text
    if not text.isalpha() or (not text[0].islower() and i != sentence_start):
        return None
    if i > sentence_start and words[i - 1].lower_ == "zu":
        return None  # "um ... zu fordern": an infinitive, not a statement
    lemma = token_lemma(token)
    cue = lex.verb_cues.get(lemma)
    particle = None
    # a separated particle makes another cue of a cue verb too: "fordert die Verbände auf, …"
    # is "auffordern", not "fordern"
    for candidate in lex.separable.get(lemma, ()):
        particle = _particle(words, i, end, candidate.particle or "")
        if particle is not None:
            cue = candidate
            break
    else:
        if cue is None or (cue.base and lemma == cue.base):
            return None
    nxt = words[i + 1] if i + 1 < end else None
    if nxt is not None and nxt.text[:1].isupper() and i > sentence_start and words[i - 1].lower_ in ARTICLES \
            and not (words[i - 1].lower_ == "das" and verb_after_das(text, nxt.text, lex)):
        # "die bestätigten Fälle": an attributive participle, not a statement
        return None
    if nxt is not None and nxt.lower_ == "sich" and lemma == "erklären":
        return None  # "erklärte sich bereit"
    if lemma == "erklären" and _cannot_explain(words, i, sentence_start):
        return None  # "Er könne sich den Unfall nicht erklären": no statement, a puzzle
    if lemma == "erklären" and _declares(words, i, sentence_start, end):
        return None  # "Das Gericht erklärte die Wahl für ungültig": a declaration, no statement
    # "wurden Zwischenfälle gemeldet", "Ihm wird vorgeworfen, …": the subject is not the speaker
    # (attribution looks for an agent "von X" or reports a clause from nobody named). A passive
    # confirmation stays the article's own stance: "wurden nur wenige bestätigt".
    passive = not cue.stance and is_passive(words, i, end, sentence_start, lemma, text)
    if cue.active_only and is_passive(words, i, end, sentence_start, lemma, text):
        return None  # "Ein Defekt wird nicht ausgeschlossen": a passive that names nobody who says it
    if i > sentence_start and words[i - 1].text == "(" or (i > sentence_start + 1 and words[i - 2].text == "("):
        return None  # "(Wikinews berichtete)": a note on the source, not a statement
    if cue.other_particles and particle is None:
        last = _clause_end(words, i + 1, end) - 1
        if last > i and words[last].lower_ in cue.other_particles:
            return None  # "Die Stadt sagte das Fest ab": a particle at the clause's end makes another verb
    if cue.needs or cue.unless:
        # "sprach von ...", but also verb-final "hatte noch von 200 Menschen gesprochen"
        stop = min(_clause_end(words, i + 1, end, FRAGMENT_END), i + 12)
        begin = max(_clause_start(words, i, sentence_start, FRAGMENT_END), i - 12)
        # the mark that ends the clause counts too: "rief die Bürger auf, zu spenden" needs its comma
        clause = {words[k].lower_ for k in [*range(i + 1, min(stop + 1, end)), *range(begin, i)]}
        clause |= {w.rsplit("-", 1)[1] for w in clause if "-" in w}  # "das WM-Spiel" is a "spiel"
        if stop + 1 < end and words[stop].text == ",":
            clause.add(words[stop + 1].lower_)  # "hatte dokumentiert, dass …": the clause it opens
        if cue.needs and clause.isdisjoint(cue.needs) and not _figure_after(words, begin, stop, cue.figure_after) \
                or not clause.isdisjoint(cue.unless):
            return None
    return CueMatch("verb", cue.lemma, i, i + 1, -1, cue.stance, particle, passive)


def phrase_noun_at(words: Words, k: int, end: int, lex: Lexicon) -> int | None:
    """The index of the source noun of a phrase starting at token k, after lower-case
    attributes: "russischen Angaben", "eigenen Angaben", "einem Bericht", "Polizeiangaben"."""
    while k < end and words[k].text[:1].islower() and words[k].text.endswith(("en", "er", "em")) \
            and not words[k].text.split("-")[-1][:1].isupper():  # "dpa-Informationen" is the noun
        k += 1
    if k >= end:
        return None
    text = words[k].text
    if text in lex.phrase_nouns or (text[:1].isupper() or "-" in text and text.split("-")[0] in lex.entities) \
            and text.casefold().endswith(lex.phrase_compounds):
        # a compound names its source inside: "Polizeiangaben" (Polizei), "UN-Angaben" (UN),
        # "dpa-Informationen" (dpa, written in lower case)
        return k
    return None


def possessive_before(words: Words, i: int, start: int, lex: Lexicon) -> int | None:
    """The possessive that opens "Seiner Meinung nach" for the "nach" at i: a phrase noun right
    before "nach", lower-case attributes before it ("seiner eigenen Einschätzung nach")."""
    if i - 2 < start or words[i - 1].text not in lex.phrase_nouns:
        return None
    k = i - 2
    while k > start and words[k].text.islower() and words[k].text.endswith(("en", "er", "em")) \
            and words[k].lower_ not in PERSONAL_POSSESSIVES:
        k -= 1
    return k if words[k].lower_ in PERSONAL_POSSESSIVES else None


def names_a_speaker(words: Words, k: int, end: int, lex: Lexicon) -> bool:
    """Is the noun at k, after lower-case attributes, one that speaks? ", so ein Sprecher des
    Werks" names a source; ", so ein Unsinn" does not."""
    while k < end and words[k].text.islower():
        k += 1
    return k < end and head_kind(words[k].text, lex) is not None


def so_between_commas(words: Words, i: int, end: int) -> bool:
    """"Das sei, so der Minister, falsch": a short ", so X," inside the sentence."""
    return any(words[k].text == "," for k in range(i + 2, min(end, i + 8)))


def find_cues(words: Words, sentence_index: int, start: int, end: int, lex: Lexicon) -> list[CueMatch]:
    """All cues of the sentence [start, end)."""
    out: list[CueMatch] = []
    first_word = start
    while first_word < end and not words[first_word].text[:1].isalnum():
        first_word += 1
    for i in range(start, end):
        token = words[i]
        lower = token.lower_
        if lower == "nach" and (owner := possessive_before(words, i, start, lex)) is not None:
            # "Seiner Meinung nach", "ihrer Ansicht nach": the phrase before "nach", its source
            # whoever the possessive refers to
            out.append(CueMatch("phrase", f"nach {words[i - 1].text}", owner, i + 1, sentence_index))
        elif lower in lex.phrase_openers and (noun := phrase_noun_at(words, i + 1, end, lex)) is not None:
            # "nach Angaben der Polizei", "laut Angaben der Feuerwehr", "nach Polizeiangaben"
            out.append(CueMatch("phrase", f"{lower} {words[noun].text}", i, noun + 1, sentence_index))
        elif lower in lex.prepositions:
            out.append(CueMatch("preposition", lower, i, i + 1, sentence_index))
        elif lower == "wonach" and i > start and words[i - 1].text == "," and report_before(words, i - 1, start, lex) is not None:
            # "Berichte, wonach …", "eine Meldung der Schulleitung, wonach …": what the report says
            out.append(CueMatch("preposition", lower, i, i + 1, sentence_index))
        elif lower == "so" and i > start and words[i - 1].text == "," and (end - i <= 12 or so_between_commas(words, i, end)):
            if i + 1 < end and (words[i + 1].text[:1].isupper() or words[i + 1].lower_ in ("der", "die", "das")
                                or words[i + 1].lower_ in ("ein", "eine") and names_a_speaker(words, i + 2, end, lex)):
                out.append(CueMatch("so", "so", i, i + 1, sentence_index))
        elif token.text in lex.continuation and i == first_word \
                or token.text in lex.continuation_inside and i > first_word + 1 and words[i - 1].text != ",":
            out.append(CueMatch("continuation", lower, i, i + 1, sentence_index))
        else:
            cue = verb_cue_at(words, i, end, first_word, lex) or quote_inversion_at(words, i, start, end, lex)
            if cue is not None:
                cue.sentence = sentence_index
                out.append(cue)
    if any(c.kind == "verb" for c in out):
        # "Er sagte demnach weiter nichts": beside a verb cue "demnach" is "so", no source
        out = [c for c in out if c.kind != "continuation" or c.start == first_word]
    return out


def report_before(words: Words, comma: int, start: int, lex: Lexicon) -> int | None:
    """The report noun in the clause before the comma at `comma` ("Berichte", "eine Meldung
    der Schulleitung … gegeben"), whose content a "wonach" after the comma gives; else None."""
    k = comma - 1
    while k >= start and words[k].text not in (",", ";", ":"):
        text = words[k].text
        if text[:1].isupper() and (text in lex.phrase_nouns or any(
                form.casefold().endswith(lex.document_suffixes) for form in (text, text[:-1], text[:-2]))):
            return k
        k -= 1
    return None


CLOSING_QUOTES = frozenset("“”\"«»")


def quote_inversion_at(words: Words, i: int, start: int, end: int, lex: Lexicon) -> CueMatch | None:
    """„…“, charakterisierte ihn der Funktionär: a verb right after a closing quote and a comma,
    followed by its subject, introduces the quote whatever the verb (the word order says so)."""
    token = words[i]
    if i - 2 < start or i + 1 >= end or not token.text.isalpha() or not token.text.islower():
        return None
    if words[i - 1].text != "," or words[i - 2].text not in CLOSING_QUOTES:
        return None
    nxt = words[i + 1]
    if not (nxt.text[:1].isupper() or nxt.lower_ in ("der", "die", "das", "ein", "eine", "er", "sie", "es", "ihn")):
        return None
    lemma = token_lemma(token)
    if lemma in NOT_SPEECH or (lemma == token.text and not token.text.endswith(("te", "t", "en"))):
        return None  # an auxiliary or modal ("…“, sollte Russland …") or no verb we can read
    return CueMatch("verb", lemma, i, i + 1, -1)


# Auxiliaries and modals open a conditional or a new clause after a quote, not speech.
NOT_SPEECH = frozenset("sein haben werden sollen wollen können müssen dürfen mögen lassen".split())


@Language.factory(
    "claimtrack_cues", assigns=["doc._.ct_cues"], requires=["doc._.ct_sentences"], default_config={}
)
def make_cues(nlp: Language, name: str) -> CueFinder:
    """Find attribution cues in every body sentence (see `lexicons/de/cues.toml`)."""
    return CueFinder()


class CueFinder:
    def __call__(self, doc: Doc) -> Doc:
        words = words_of(doc)
        lex = get()
        cues: list[CueMatch] = []
        for index, sentence in enumerate(doc._.ct_sentences):
            if sentence.body:
                cues.extend(find_cues(words, index, sentence.start, sentence.end, lex))
        doc._.ct_cues = cues
        return doc
