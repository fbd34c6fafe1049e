"""Clause-level grammar without a parser: mentions of a sentence, subjects, clause bounds
and the verb forms that mark reported speech.

    Der südkoreanische Geheimdienst hatte am Freitag mitgeteilt, dass 1500 Soldaten ...
    -> subject "Der südkoreanische Geheimdienst"; the clause of "mitgeteilt" ends at the comma
    Es seien 1.500 Soldaten verlegt worden.  -> Konjunktiv I ("seien"): reported speech
"""

from __future__ import annotations

from functools import lru_cache

from .. import lexicons
from .cues import CueMatch
from .lexicon import (
    COMPLEMENTIZERS,
    DETERMINERS,
    OBLIQUE_DETERMINERS,
    POSSESSIVES,
    PREPOSITIONS,
    QUOTE_PAIRS,
    Lexicon,
)
from .mentions import (
    Mention,
    chunk_list,
    known_particle_name,
    preceded_by_preposition,
    quoted_name,
)
from .nouns import is_capitalised
from .quotes import Quote
from .sentences import Sentence
from .words import Words

QUOTE_MARKS = frozenset("„“”\"»«")
BOUNDARY = frozenset(",:;–—()") | QUOTE_MARKS
CLAUSE_MARKS = frozenset(",:;–—().!?")
REPORTATIVE = frozenset("soll sollen".split())
RELATIVE_PRONOUNS = frozenset("der die das welcher welche welches".split())
# every case: "…, dem 300 Firmen angehören, …", "…, dessen Chef …"
RELATIVE_FORMS = RELATIVE_PRONOUNS | frozenset("dem den deren dessen denen welchem welchen".split())
# conjunctions that open a subordinate clause before the main one: "Als X erklärte, …, lachte Y"
SUBORDINATORS = frozenset("als während nachdem weil obwohl da sobald bevor indem".split())
# "Das hat die Polizei bestätigt": the finite verb before the participle cue
AUXILIARIES = frozenset("hat haben hatte hatten ist sind war waren wird werden wurde wurden".split())


def sentence_mentions(words: Words, sentence: Sentence, quotes: list[Quote], lex: Lexicon,
                      surnames: set[str] | frozenset[str] = frozenset()) -> list[Mention]:
    """Speaker-like mentions of a sentence, left to right, outside quotations."""
    inside = [(q.start, q.end) for q in quotes if q.start < sentence.end and q.end > sentence.start]
    out: list[Mention] = []
    i = dateline_end(words, sentence)
    while i < sentence.end:
        if inside and any(s <= i < e for s, e in inside):
            i += 1
            continue
        token = words[i]
        if token.lower_ in DETERMINERS and i + 1 < sentence.end and words[i + 1].text in QUOTE_PAIRS:
            # "Die „Westdeutsche Rundschau“ berichtete": a quoted name, which is no quotation
            mention = quoted_name(words, i, sentence.end, lex)
            if mention is not None:
                out.append(mention)
                i = mention.end
                continue
        if token.lower_ in DETERMINERS or token.text in lex.personal_pronouns or token.text in lex.demonstratives \
                or is_capitalised(token, lex) or token.lower_ in ("von", "zu") and known_particle_name(
                    words, i, sentence.end, surnames) is not None or token.text in ("Von", "Zu") \
                or token.text in lex.entities:  # "Von der Leyen sagte", "sagte von der Leyen"; "berichtete dpa"
            stop = next((s for s, e in inside if s > i), sentence.end)
            mention = chunk_list(words, i, min(stop, sentence.end), lex, surnames=surnames)
            if mention is not None:
                out.append(mention)
                i = mention.end
                continue
        i += 1
    return out


DASHES = frozenset("-–—")


def dateline_end(words: Words, sentence: Sentence) -> int:
    """Where a sentence starts after an agency's dateline ("Borkenau (dpa) - Das Landesamt
    …"): the place and agency are no speaker or subject of the sentence."""
    i = sentence.start
    k = i
    while k < min(sentence.end, i + 4) and (words[k].text[:1].isupper() or words[k].text == "/"):
        k += 1  # "Bad Ellern", "Frankfurt/Main"
    if k == i or k + 3 >= sentence.end or words[k].text != "(":
        return i
    close = next((n for n in range(k + 1, min(sentence.end, k + 5)) if words[n].text == ")"), None)
    if close is None or close + 1 >= sentence.end or words[close + 1].text not in DASHES:
        return i
    return close + 2


def in_prepositional_phrase(words: Words, i: int) -> bool:
    """Token i is the noun of a phrase that opens with a preposition ("bei einem Treffen")."""
    k = i - 1
    while k >= max(0, i - 4) and words[k].lower_ not in PREPOSITIONS and (
            words[k].lower_ in DETERMINERS or words[k].text.islower() and words[k].text.endswith(("e", "en", "em", "er"))):
        k -= 1  # determiners and adjectives, but "unter" and "über" end in -er too
    return k >= 0 and words[k].lower_ in PREPOSITIONS


def is_subject(words: Words, mention: Mention) -> bool:
    """Could be the subject: not after a preposition, not dative/accusative/genitive-marked,
    not the second half of "des Militärs und Sicherheitsbeamten"."""
    first = words[mention.start].lower_
    if preceded_by_preposition(words, mention.start) or first in OBLIQUE_DETERMINERS or first == "des":
        return False
    if first in ("von", "zu") and mention.start > 0 and words[mention.start - 1].text[:1].isupper():
        return False  # "Die Kritik von Bredow": whose the noun before is, not a subject
    if first == "der" and mention.end - mention.start > 2 and words[mention.start + 1].text.endswith("en") \
            and words[mention.start + 1].text.islower():
        return False  # "Der englischsprachigen Zeitung sagte X": -en after "der" is dative or genitive
    if first == "der" and _feminine_head(words, mention):
        return False  # "Die Opposition wirft der Regierung vor": "der" before a feminine noun is dative or genitive
    if first == "der" and mention.start > 0 and words[mention.start - 1].text[:1].isupper() and (
            in_prepositional_phrase(words, mention.start - 1)
            or mention.start > 1 and words[mention.start - 2].lower_ in OBLIQUE_DETERMINERS):
        # "bei einem Treffen der Außenminister sagte Rice", "Einen Bericht der „Bild“ wies sie
        # zurück": a genitive inside a phrase that is no subject
        return False
    # "des Militärs und Sicherheitsbeamten" is not a subject; ", und das Pentagon sprach" is
    return not (mention.start > 1 and words[mention.start - 1].lower_ in ("und", "oder", "sowie")
                and words[mention.start - 2].text != ",")


# endings of nouns that are feminine, so that "der" before them is no nominative
FEMININE_ENDINGS = ("ung", "heit", "keit", "schaft", "ion", "tät", "ei", "erin", "istin", "entin", "antin", "orin")


def _feminine_head(words: Words, mention: Mention) -> bool:
    """Is the first noun after the mention's article feminine by its ending?"""
    k = mention.start + 1
    while k < mention.end and words[k].text[:1].islower():
        k += 1  # "der neuen Regierung"
    return k < mention.end and words[k].text.endswith(FEMININE_ENDINGS)


def clause_bounds(words: Words, i: int, sentence: Sentence, mentions: list[Mention]) -> tuple[int, int]:
    """[start, end) of the clause around token i; commas inside mentions do not count, nor
    do a few quoted words before i ("weil die Regierung das Land als „junge Demokratie“
    bezeichnet hat": the subject stands before them). After i the quotation ends the clause,
    as a quotation the verb introduces must."""
    inside = {k for m in mentions for k in range(m.start, m.end)}
    left = i
    while left > sentence.start:
        if words[left - 1].text in BOUNDARY and left - 1 not in inside:
            opening = fragment_opening(words, left - 1, sentence.start) if words[left - 1].text in QUOTE_MARKS else None
            if opening is None:
                break
            left = opening
        left -= 1
    right = i + 1
    while right < sentence.end and not (words[right].text in BOUNDARY and right not in inside):
        right += 1
    return left, right



def opening_phrase_end(words: Words, sentence: Sentence, comma: int, mentions: list[Mention]) -> int | None:
    """The comma that ends the sentence's opening noun phrase, when a relative clause on that
    phrase runs from it to token `comma`: "Der Bericht der Denkfabrik ISW, die seit Jahren
    Daten sammelt, | erklärt …" (so the relative clause is not what the verb reports, and the
    verb's subject stands before it). The phrase is the sentence's first mention or words that go
    on as a noun phrase (`phrase_continues`); None when a verb or a second comma comes first."""
    first = next((m for m in mentions if m.start <= sentence.start + 1), None)
    if first is not None:
        end: int | None = first.end
    else:
        end = sentence.start
        while end is not None and end < comma and words[end].text != ",":
            end = phrase_continues(words, end, comma)
    if end is None or end <= sentence.start or end >= comma or words[end].text != "," \
            or words[end + 1].lower_ not in RELATIVE_FORMS:
        return None
    return None if any(words[k].text == "," for k in range(end + 1, comma)) else end


def ends_clause(words: Words, verb_end: int, right: int) -> bool:
    """Is the verb that ends at token `verb_end` the last word of its clause (up to token
    `right`), as in a relative clause ("500 Menschen, die demonstrierten")?"""
    return all(words[k].is_punct for k in range(verb_end, right))


MAX_FRAGMENT = 10  # tokens inside the marks; a longer quotation is speech of its own


def fragment_closing(words: Words, opening: int, end: int) -> int | None:
    """The closing mark of a quoted fragment that opens at `opening` in the middle of a clause:
    a word before it and after it, at most MAX_FRAGMENT words inside and no clause mark."""
    if opening == 0 or words[opening - 1].is_punct:
        return None
    for k in range(opening + 1, min(end, opening + MAX_FRAGMENT + 2)):
        text = words[k].text
        if text in QUOTE_MARKS:
            after = words[k + 1] if k + 1 < end else None
            return k if k > opening + 1 and after is not None and not after.is_punct else None
        if text in CLAUSE_MARKS:
            return None
    return None


def fragment_opening(words: Words, closing: int, start: int) -> int | None:
    """The opening mark of a quoted fragment (see `fragment_closing`) that closes at `closing`."""
    for k in range(closing - 1, max(start, closing - MAX_FRAGMENT - 1) - 1, -1):
        if words[k].text in QUOTE_MARKS:
            return k if fragment_closing(words, k, closing + 2) == closing else None
        if words[k].text in CLAUSE_MARKS:
            return None
    return None


FUNCTION_WORDS = DETERMINERS | PREPOSITIONS | COMPLEMENTIZERS | frozenset("und oder aber wie wo wenn als weil da so sich man".split())
# endings of adjectives the lemma table does not know ("behördlichen", "seismologischen")
ADJECTIVE_SUFFIXES = tuple(f"{stem}{ending}" for stem in ("isch", "lich", "ig", "al", "ell", "iv", "bar")
                           for ending in ("e", "en", "er", "es", "em"))


def is_attributive(word: str) -> bool:
    """An inflected adjective, not a verb with the same endings: "ersten" (erst), "neutralen",
    "behördlichen" against "starben" (sterben), "gehörte" (gehören), "kommen"."""
    if not (len(word) > 3 and word.isalpha() and word.islower() and word.endswith(("e", "en", "er", "es", "em"))):
        return False
    lemma = lexicons.lemma(word)
    if lemma != word:
        return word.startswith(lemma)  # adjectives inflect by their ending, verbs change more
    return word.endswith(ADJECTIVE_SUFFIXES)


def phrase_continues(words: Words, k: int, end: int) -> int | None:
    """Where a noun phrase that token k continues goes on: past a quoted or bracketed name
    („Ärzte ohne Grenzen“, "(ai)"), past a capitalised word, an article or possessive, a
    preposition before a name ("der Region Oberfeld", "ohne Grenzen"), an adjective before its
    noun. None where the phrase ends (at a verb, a comma, a number)."""
    word = words[k]
    text = word.text
    if text in QUOTE_MARKS or text == "(":
        closer = ")" if text == "(" else None
        close = next((n for n in range(k + 1, min(end, k + 8))
                      if (words[n].text == closer if closer else words[n].text in QUOTE_MARKS)), None)
        return close + 1 if close is not None else None
    if text[:1].isupper() or word.lower_ in DETERMINERS or word.lower_ in POSSESSIVES:
        return k + 1
    following = words[k + 1] if k + 1 < end else None
    if following is None:
        return None
    if word.lower_ in PREPOSITIONS or word.lower_ in ("und", "sowie"):
        return k + 1 if following.text[:1].isupper() or following.lower_ in DETERMINERS else None
    previous = words[k - 1].lower_ if k > 0 else ""
    if text.isalpha() and text.islower() and (previous in DETERMINERS or previous in POSSESSIVES):
        return k + 1  # "der verletzten Frau": after an article, an adjective or participle
    if is_attributive(text) and (following.text[:1].isupper() or is_attributive(following.text)):
        return k + 1
    return None


def verb_after_fronted(words: Words, k: int, end: int, limit: int = 12) -> int | None:
    """The finite verb after a phrase that opens the sentence, from token k (inside or right
    after that phrase): German puts it second, so it is the first word that no longer
    continues the phrase. "Nach Angaben des Landrats der Region Oberfeld | kommen ...". None
    when the phrase ends in something else (a comma, a number)."""
    stop = min(end, k + limit)
    while k < stop:
        nxt = phrase_continues(words, k, end)
        if nxt is None:
            text = words[k].text
            return k if text.isalpha() and text.islower() else None
        k = nxt
    return None


def looks_finite(word: str, lex: Lexicon) -> bool:
    """A lower-case word that can only be an inflected verb: "lachte" (lachen), "ist" (sein),
    not an article, preposition, pronoun, adverb or adjective."""
    if not (len(word) > 2 and word.isalpha() and word.islower()) or word in FUNCTION_WORDS \
            or word in lex.adverbs or word in lex.personal_pronouns:
        return False
    lemma = lexicons.lemma(word)
    return lemma != word and not word.startswith(lemma) and lemma.endswith("n")


def phrase_start_before(words: Words, k: int, start: int, limit: int = 8) -> int:
    """The first token of the noun phrase that ends right before token k ("Ersten Angaben vom
    Dienstag | zufolge"), not before `start`."""
    first = k
    while first > max(start, k - limit):
        word = words[first - 1]
        text = word.text
        if not (text[:1].isupper() or word.lower_ in DETERMINERS or word.lower_ in POSSESSIVES
                or word.lower_ in ("von", "vom") or is_attributive(text)):
            break
        first -= 1
    return first


NOT_VERBS = frozenset("eine keine meine deine seine ihre unsere eure diese jene welche manche solche alle beide "
                      "viele einige andere jede große kleine neue alte gute erste letzte äußere".split())


def is_konjunktiv_i(word: str) -> bool:
    """A third-person Konjunktiv I form: "gebe" (geben), "bleibe", "liege" — the infinitive
    minus its n; listed forms cover the irregular ones ("sei", "habe"). A form the lemma table
    lacks counts when its infinitive is a lemma there: "funktioniere" (funktionieren)."""
    if len(word) < 4 or not word.islower() or not word.endswith("e") or word in NOT_VERBS:
        return False
    found = lexicons.lemma(word)
    if word.endswith(("ele", "ere")) and found == word[:-1] + "n":
        return True  # "dauere" (dauern), "handele" (handeln)
    return found == word + "n" or found == word and word + "n" in lexicons.lemmas()


def has_konjunktiv(words: Words, start: int, end: int, lex: Lexicon, reportative: bool = True) -> bool:
    """Konjunktiv I/II marks reported speech; so does "soll/sollen" unless told otherwise."""
    return any(words[k].lower_ in lex.konjunktiv or (reportative and words[k].lower_ in REPORTATIVE)
               or is_konjunktiv_i(words[k].text) for k in range(start, end))


def is_reportative_perfect(words: Words, start: int, end: int) -> bool:
    """"Bei dem Brand sollen 20 Menschen gestorben sein", "Er soll gelogen haben": "soll/sollen"
    with a perfect infinitive closing the sentence reports what others say happened; "soll am
    Mittwoch weiterreisen" and "bis 2011 soll die Fusion erreicht sein" are plans."""
    last = end - 1
    while last > start and words[last].is_punct:
        last -= 1
    if last - 1 <= start or words[last].lower_ not in ("sein", "haben"):
        return False
    participle = words[last - 1].lower_
    if participle == "worden" and last - 2 > start:
        participle = words[last - 2].lower_  # "sollen getötet worden sein"
    return participle.endswith(("t", "en")) and participle.isalpha() \
        and any(words[k].lower_ in REPORTATIVE for k in range(start, last - 1)) \
        and not any(words[k].lower_ == "bis" for k in range(start, last))  # "bis 2011 soll es erreicht sein": a plan


# Konjunktiv II is also a conditional ("Es wäre sein erster Besuch"); only Konjunktiv I
# reports on its own
def has_konjunktiv_i(words: Words, start: int, end: int, lex: Lexicon) -> bool:
    """A Konjunktiv I form ("sei", "habe", "gebe", "könne"): reported speech, not a condition."""
    return any(words[k].lower_ in lex.konjunktiv and words[k].lower_ not in lex.konjunktiv_ii
               or is_konjunktiv_i(words[k].text) for k in range(start, end))


def has_zu_infinitive(words: Words, start: int, end: int) -> bool:
    """"zu handeln", "zu sein", "zu ändern": zu and an infinitive, which ends in n; or a
    separable verb with zu inside it: "anzuheben", "einzuführen"."""
    return any(words[k].lower_ == "zu" and words[k + 1].text.islower() and words[k + 1].text.endswith("n")
               for k in range(start, end - 1)) or any(is_infix_zu_infinitive(words[k].text) for k in range(start, end))


SEPARABLE_PREFIXES = ("an", "auf", "aus", "ab", "ein", "mit", "vor", "zurück", "weiter", "fest", "frei", "bei",
                      "her", "hin", "nach", "um", "weg", "dar", "los", "fort", "zusammen", "bereit", "statt")


@lru_cache(maxsize=1 << 16)  # asked for every word of every reported clause
def is_infix_zu_infinitive(word: str) -> bool:
    """"anzuheben" (anheben), "aufzunehmen" (aufnehmen): prefix, zu, infinitive."""
    if len(word) < 8 or not word.islower() or not word.endswith("n") or "zu" not in word[2:-3]:
        return False
    for prefix in SEPARABLE_PREFIXES:
        if word.startswith(prefix + "zu") and prefix + word[len(prefix) + 2:] in lexicons.lemmas():
            return True
    return False


PLUPERFECT_AUXILIARIES = frozenset("hatte hatten war waren".split())


def in_pluperfect(words: Words, cue: CueMatch) -> bool:
    """"Die Velden Chemie hatte bislang von 150 Kilogramm gesprochen": a cue participle after
    "hatte" or "war" in its clause reports what was said before the article's day."""
    verb = words[cue.start].lower_
    if cue.kind != "verb" or not verb.endswith(("t", "en")) or verb.endswith(("te", "ten")):
        return False  # "Sie hatte Angst, sagte er": the cue itself is in the past
    k = cue.start - 1
    while k >= 0 and cue.start - k <= 12 and not words[k].is_punct:
        if words[k].lower_ in PLUPERFECT_AUXILIARIES:
            return True
        k -= 1
    return False
