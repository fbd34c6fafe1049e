"""Clause-level grammar without a parser: mentions of a sentence, subjects, clause bounds
and the verb forms that mark reported speech.

    Der südkoreanische Geheimdienst hatte am Freitag mitgeteilt, dass 1500 Soldaten ...
    -> subject "Der südkoreanische Geheimdienst"; the clause of "mitgeteilt" ends at the comma
    Es seien 1.500 Soldaten verlegt worden.  -> Konjunktiv I ("seien"): reported speech
"""

from __future__ import annotations

from .. import lexicons
from .lexicon import DETERMINERS, OBLIQUE_DETERMINERS, PREPOSITIONS, Lexicon
from .mentions import Mention, chunk_list, is_capitalised, preceded_by_preposition
from .quotes import Quote
from .sentences import Sentence
from .words import Words

QUOTE_MARKS = frozenset("„“”\"»«")
BOUNDARY = frozenset(",:;–—()") | QUOTE_MARKS
REPORTATIVE = frozenset("soll sollen".split())


def sentence_mentions(words: Words, sentence: Sentence, quotes: list[Quote], lex: Lexicon,
                      surnames: set[str] | frozenset[str] = frozenset()) -> list[Mention]:
    """Speaker-like mentions of a sentence, left to right, outside quotations."""
    inside = [(q.start, q.end) for q in quotes if q.start < sentence.end and q.end > sentence.start]
    out: list[Mention] = []
    i = sentence.start
    while i < sentence.end:
        if inside and any(s <= i < e for s, e in inside):
            i += 1
            continue
        token = words[i]
        if token.lower_ in DETERMINERS or token.text in lex.personal_pronouns or token.text in lex.demonstratives or is_capitalised(token, lex):
            stop = next((s for s, e in inside if s > i), sentence.end)
            mention = chunk_list(words, i, min(stop, sentence.end), lex, surnames=surnames)
            if mention is not None:
                out.append(mention)
                i = mention.end
                continue
        i += 1
    return out


def in_prepositional_phrase(words: Words, i: int) -> bool:
    """Token i is the noun of a phrase that opens with a preposition ("bei einem Treffen")."""
    k = i - 1
    while k >= max(0, i - 4) and (words[k].lower_ in DETERMINERS or words[k].text.islower() and words[k].text.endswith(("e", "en", "em", "er"))):
        k -= 1
    return k >= 0 and words[k].lower_ in PREPOSITIONS


def is_subject(words: Words, mention: Mention) -> bool:
    """Could be the subject: not after a preposition, not dative/accusative/genitive-marked,
    not the second half of "des Militärs und Sicherheitsbeamten"."""
    first = words[mention.start].lower_
    if preceded_by_preposition(words, mention.start) or first in OBLIQUE_DETERMINERS or first == "des":
        return False
    if first == "der" and mention.end - mention.start > 2 and words[mention.start + 1].text.endswith("en") \
            and words[mention.start + 1].text.islower():
        return False  # "Der englischsprachigen Zeitung sagte X": -en after "der" is dative or genitive
    if first == "der" and mention.start > 0 and words[mention.start - 1].text[:1].isupper() and in_prepositional_phrase(
            words, mention.start - 1):
        return False  # "bei einem Treffen der Außenminister sagte Rice": a genitive inside a phrase
    # "des Militärs und Sicherheitsbeamten" is not a subject; ", und das Pentagon sprach" is
    return not (mention.start > 1 and words[mention.start - 1].lower_ in ("und", "oder", "sowie")
                and words[mention.start - 2].text != ",")


def clause_bounds(words: Words, i: int, sentence: Sentence, mentions: list[Mention]) -> tuple[int, int]:
    """[start, end) of the clause around token i; commas inside mentions do not count."""
    inside = {k for m in mentions for k in range(m.start, m.end)}
    left = i
    while left > sentence.start and not (words[left - 1].text in BOUNDARY and left - 1 not in inside):
        left -= 1
    right = i + 1
    while right < sentence.end and not (words[right].text in BOUNDARY and right not in inside):
        right += 1
    return left, right


NOT_VERBS = frozenset("eine keine meine deine seine ihre unsere eure diese jene welche manche solche alle beide "
                      "viele einige andere jede große kleine neue alte gute erste letzte".split())


def is_konjunktiv_i(word: str) -> bool:
    """A third-person Konjunktiv I form: "gebe" (geben), "bleibe", "liege" — the infinitive
    minus its n; listed forms cover the irregular ones ("sei", "habe"). A form the lemma table
    lacks counts when its infinitive is a lemma there: "funktioniere" (funktionieren)."""
    if len(word) < 4 or not word.islower() or not word.endswith("e") or word in NOT_VERBS:
        return False
    found = lexicons.lemma(word)
    return found == word + "n" or found == word and word + "n" in lexicons.lemmas()


def has_konjunktiv(words: Words, start: int, end: int, lex: Lexicon, reportative: bool = True) -> bool:
    """Konjunktiv I/II marks reported speech; so does "soll/sollen" unless told otherwise."""
    return any(words[k].lower_ in lex.konjunktiv or (reportative and words[k].lower_ in REPORTATIVE)
               or is_konjunktiv_i(words[k].text) for k in range(start, end))


def has_zu_infinitive(words: Words, start: int, end: int) -> bool:
    return any(words[k].lower_ == "zu" and words[k + 1].text.islower() and words[k + 1].text.endswith("en")
               for k in range(start, end - 1))
