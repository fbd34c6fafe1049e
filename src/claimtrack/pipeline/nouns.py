"""Nouns: what one capitalised word (or a few) can be, without a parser.

German capitalises every noun, so a capital letter does not make a name. These answers,
each cached per distinct word, are what `mentions.chunk` builds speaker phrases from:

    head_kind("Sprecherin")      -> "role"       ("Geheimdienst" -> "government", "Experten" -> "group")
    country_of("russischen")     -> "Russland"   ("Moskau", "Russlands" too)
    entity_for(["Yonhap"])       -> ("Yonhap", "media")
    is_name_like("Rutte")        -> True: a capitalised word the lemma table does not know
    is_given_name("Hans-Jürgen") -> True
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicons
from .lexicon import DETERMINERS, PREPOSITIONS, Lexicon, name_word_stem, normalise_name
from .words import Word, Words

ADJ_ENDINGS = ("e", "en", "er", "es", "em")
NOT_ADJ = frozenset(
    "eine einen einem einer keine keinen sie die der wie ihre ihren seine seinen diese diesen jene alle "
    "werden haben wurden hatten sollen wollen können müssen dürfen hatte wurde sagte erklärte habe "
    "eigene eigenen sowie oder aber sehr mehr eher bereits immer einige andere anderen wenige weitere".split()
)

def is_adjective(token: Word) -> bool:
    return is_adjective_text(token.text)


def is_adjective_text(text: str) -> bool:
    """An inflected lower-case adjective: "neue", "stellvertretende", "23-jährige"."""
    if text[:1].isdigit() and "-" in text:
        text = text.split("-", 1)[1]  # "23-jährige", "15-köpfige"
    return (
        len(text) > 2
        and text[0].islower()
        and text.replace("-", "").isalpha()
        and text.endswith(ADJ_ENDINGS)
        and text not in NOT_ADJ
        and text not in PREPOSITIONS  # "wegen", "gegen", "unter": no adjective in a phrase
    )


def is_name_adjective(token: Word, lex: Lexicon) -> bool:
    """A capitalised adjective, as in a name: "Europäische", "Deutscher", "Russischen"."""
    return is_name_adjective_text(token.text, lex)


def is_name_adjective_text(text: str, lex: Lexicon) -> bool:
    if not (text[:1].isupper() and text.endswith(ADJ_ENDINGS) and len(text) > 4 and text.isalpha()):
        return False
    lower = text.lower()
    # the lemma table lists adjectives uninflected: "europäisch" for "Europäische"
    return any(lower.endswith(e) and lower[: -len(e)] in lex.known_words for e in ADJ_ENDINGS) \
        or country_of(text, lex) is not None


def nominative_name(texts: list[str], lex: Lexicon) -> str:
    """The words of an institution's name with its adjectives as after "der/die/das", so
    that a name is one speaker whatever its case: "Europäischer Kommission" (after "laut"),
    "Europäischen Kommission" and "Europäische Kommission"."""
    out = list(texts)
    for k, text in enumerate(texts[:-1]):
        if not is_name_adjective_text(text, lex):
            break  # "Ständiger Ausschuss des Nationalen Volkskongresses": the genitive keeps its case
        if text.endswith(("en", "em", "er", "es")):
            out[k] = text[:-1]
    return " ".join(out)


def is_capitalised(token: Word, lex: Lexicon) -> bool:
    return _capitalised(token.text, lex)


# Arabic names keep their article in lower case: "el-Baradei", "al-Sadr", "bin-Salman"
NAME_PARTICLE = re.compile(r"(?:al|el|ad|as|asch|ar|at|az|ibn|bin|abu)-[A-ZÄÖÜ]")


@lru_cache(maxsize=1 << 16)
def _capitalised(text: str, lex: Lexicon) -> bool:
    if NAME_PARTICLE.match(text):
        return True
    return text[:1].isupper() and any(c.isalpha() for c in text) and text not in lex.not_names


def is_acronym(text: str) -> bool:
    core = text.replace("-", "")
    return len(core) >= 2 and core.isupper() and core.isalpha()


PERSON_LABELS = frozenset({"PER", "PERSON"})
ORG_LABELS = frozenset({"ORG", "NORP"})


def is_name_like(token: Word, lex: Lexicon) -> bool:
    """A capitalised word the lemma table does not know, or an acronym: probably a name.
    A trained pipeline's NER, when present, decides instead."""
    if token.ent_type_ in PERSON_LABELS:
        return True
    text = token.text
    if not is_capitalised(token, lex) or text in lex.months or text in lex.weekdays:
        return False
    if is_acronym(text) or text in lex.first_names:
        return True
    return text not in lex.known_words and text.casefold() not in lex.countries


NOUN_ENDINGS = ("ung", "ungen", "heit", "keit", "schaft", "tion", "ionen", "ismus", "ität", "täten", "ment",
                "nis", "nisse", "beamte", "beamten", "kräfte", "leute", "ierung")


NAME_PARTICLES = frozenset("de van di da du del della le dos bin ibn".split())
TITLES = frozenset("Dr. Prof. Professor Professorin Dr".split())


def is_name_word(words: Words, k: int, end: int, lex: Lexicon) -> bool:
    """Inside an apposition of two or more words ("Manuela Roßbach,", "Thomas de Maizière"):
    a capitalised word that names no role or institution, a title, or a particle between
    capitalised words. The lemma table knows many given names, so it cannot decide."""
    text = words[k].text
    if text in TITLES:
        return True
    if text in NAME_PARTICLES:
        return k + 1 < end and words[k + 1].text[:1].isupper() and k > 0 and words[k - 1].text[:1].isupper()
    return is_capitalised(words[k], lex) and text.isalpha() and head_kind(text, lex) is None \
        and text not in lex.months and text not in lex.weekdays and country_of(text, lex) is None


@lru_cache(maxsize=1 << 16)  # one answer per distinct word: the rules ask again and again
def is_common_noun(text: str, lex: Lexicon) -> bool:
    """A German noun standing alone ("Anwohner", "Pendler"): the lemma table knows it
    capitalised and not in lower case, which leaves out sentence-initial adverbs ("Insgesamt",
    "Trotzdem") and names it does not know."""
    return text[:1].isupper() and text in lex.known_words and text.lower() not in lex.known_words \
        and text not in lex.months and text not in lex.weekdays


def is_bare_name(words: Words, i: int, lex: Lexicon, surnames: frozenset[str] | set[str] = frozenset()) -> bool:
    """"Wood", "Rutte": an unknown capitalised word standing alone, not inside a noun phrase;
    or a name the article introduced in full before ("Keller" after "Jan Keller")."""
    token = words[i]
    if i > 0 and words[i - 1].lower_ in ("und", "oder", "sowie") and token.text in surnames:
        return True  # "Meloni und Scholz" after "Giorgia Meloni und Olaf Scholz"
    if i > 0 and (words[i - 1].lower_ in DETERMINERS or words[i - 1].lower_ in ("und", "oder", "sowie")
                  or (is_adjective(words[i - 1]) and not words[i - 1].text.endswith("te"))):
        return False
    if token.text in surnames or token.ent_type_ in PERSON_LABELS:
        return True
    if not is_name_like(token, lex) or len(token.text) > 14 or token.text.lower().endswith(NOUN_ENDINGS):
        return False
    # a sentence-initial verb, participle, adverb or numeral ("Ausgelöst", "Erstmals",
    # "Sechs") is no name
    return token.lower_ not in lex.known_words and token.lower_ not in lex.adverbs \
        and token.lower_ not in lex.common_words


@lru_cache(maxsize=1 << 16)  # one answer per distinct word: the rules ask again and again
def country_of(word: str, lex: Lexicon) -> str | None:
    """The country a word names: "Moskau", "Russlands", "russischen" -> "Russland"."""
    folded = word.casefold()
    if folded in lex.countries:
        return lex.countries[folded]
    if folded.endswith("s") and folded[:-1] in lex.countries:
        return lex.countries[folded[:-1]]
    # "saudi-arabischen" as a whole; "US-amerikanischen" by its last part
    for stem in (folded, folded.split("-")[-1]) if "-" in folded else (folded,):
        for ending in ("en", "er", "es", "em", "e"):
            if stem.endswith(ending) and stem[: -len(ending)] in lex.country_adjectives:
                return lex.country_adjectives[stem[: -len(ending)]]
        if stem in lex.country_adjectives:
            return lex.country_adjectives[stem]
    return None


def is_country_adjective(text: str, lex: Lexicon) -> bool:
    """A capitalised adjective of a country ("Griechische", "US-amerikanischen"), not its name."""
    return text[:1].isupper() and text.endswith(ADJ_ENDINGS) and text.casefold() not in lex.countries \
        and country_of(text, lex) is not None


def country_phrase_at(words: Words, j: int, end: int, lex: Lexicon) -> tuple[int, str] | None:
    """A country named in several words from token j on ("Vereinigte Staaten"): (tokens, country)."""
    if j >= end:
        return None
    for phrase, country in lex.country_phrases.get(words[j].lower_, ()):
        if j + len(phrase) <= end and all(words[j + k].lower_ == phrase[k] for k in range(1, len(phrase))):
            return len(phrase), country
    return None


@lru_cache(maxsize=1 << 16)  # one answer per distinct word: the rules ask again and again
def head_kind(word: str, lex: Lexicon) -> str | None:
    """What a head noun names: role, group, media, government, organization or None."""
    last = strip_genitive(word.split("-")[-1]) if word not in lex.groups else word
    folded = last.casefold()
    whole = strip_genitive(word).casefold()
    if last in lex.groups or word in lex.groups or dative_plural_of_group(last, lex):
        return "group"
    if word in lex.first_names:
        return None  # "Murat" ends in "rat" but names a person
    # plurals: "Regierungen", "Behörden", "Sprecherinnen"
    forms = [folded] + [folded[: -len(e)] for e in ("nen", "en", "n", "e") if folded.endswith(e) and len(folded) > 5]
    if any(form.endswith(lex.not_role_suffixes) for form in forms):
        return None  # "Flugzeugen", "Lautsprecher": things, whatever role noun they end in
    if folded.endswith(lex.role_suffixes) or whole.endswith(lex.role_suffixes):
        return "role"
    if (word.casefold() in lex.government_words or any(form in lex.government_words for form in forms)) \
            and "-" not in word:  # "Landkreis" is no genitive of "Landkrei"
        return "government"  # "die Stadt", "die Gemeinden"; not "Altstadt" nor "Partner-Stadt"
    for kind, suffixes in (("role", lex.role_suffixes), ("media", lex.media_suffixes),
                           ("government", lex.government_suffixes), ("organization", lex.organization_suffixes)):
        if any(form.endswith(suffixes) for form in forms):
            return kind
    return None


# endings of nouns for people ("Feministin", "Verteidiger", "Organisator", "Intendant")
PERSON_NOUN_ENDINGS = ("in", "er", "ers", "or", "ors", "ent", "ant", "ist", "eur", "är", "ling", "en")


def from_first_name(canonical: str, lex: Lexicon) -> str:
    """A person's name from its given name on: "Mafiajägers Salvatore Boemi" and "Sir Richard
    Branson" are "Salvatore Boemi" and "Richard Branson" (a word before the given name that the
    role list does not know is no part of the name: a noun, a compound, a word with the ending of
    a person noun); "Hans Peter Meier" and "Mir Hossein Mussawi" stay whole."""
    parts = canonical.split(" ")
    for n in range(1, len(parts) - 1):
        before = parts[n - 1]
        if parts[n] in lex.first_names and before not in lex.first_names and (
                is_common_noun(before, lex) or "-" in before or before.endswith(PERSON_NOUN_ENDINGS)):
            return " ".join(parts[n:])
    return canonical


def is_place_name(name: str, lex: Lexicon) -> bool:
    """A country, a region or a town by its ending: "Tirol", "Kirchhofen", "Bad Ellern"."""
    last = name.split()[-1]
    return name in lex.regions or country_of(name, lex) is not None or name.startswith("Bad ") \
        or len(last) > 5 and last.casefold().endswith(lex.place_suffixes)


@lru_cache(maxsize=1 << 16)
def is_given_name(text: str, lex: Lexicon) -> bool:
    """A given name of the list, or two joined by a hyphen: "Hans-Jürgen", "Anne-Marie"."""
    if text in lex.first_names:
        return True
    parts = text.split("-")
    return len(parts) == 2 and all(part in lex.first_names for part in parts)


def dative_plural_of_group(word: str, lex: Lexicon) -> bool:
    """"Veranstaltern", "Anwohnern": a group in the dative plural ("Behörden" is nominative too)."""
    return word.endswith("n") and word not in lex.groups and word[:-1] in lex.groups


def entity_for(words: list[str], lex: Lexicon) -> tuple[str, str] | None:
    """A known entity named by the words or by their tail ("Nachrichtenagentur Yonhap")."""
    return _entity_for(tuple(words), lex)


@lru_cache(maxsize=1 << 16)
def _entity_for(words: tuple[str, ...], lex: Lexicon) -> tuple[str, str] | None:
    for i in range(len(words)):
        found = lex.entities.get(normalise_name(" ".join(words[i:])))
        if found:
            return found
    return None


def entity_phrase_at(words: Words, j: int, end: int, lex: Lexicon) -> tuple[int, tuple[str, str]] | None:
    """A known entity named by several words from token j on, whatever their heads:
    "Weiße Haus", "Rote Kreuz". The longest match: (its end, (canonical, kind))."""
    if name_word_stem(words[j].text.casefold()) not in lex.entity_starts:
        return None
    stop = j + 1
    while stop < min(end, j + 5) and not words[stop].is_punct:
        stop += 1  # a name does not run over a comma, which normalising would drop
    for k in range(stop, j + 1, -1):
        found = lex.entities.get(normalise_name(words.text(j, k)))
        if found:
            return k, found
    return None


@lru_cache(maxsize=1 << 16)  # one answer per distinct word: the rules ask again and again
def strip_genitive(word: str) -> str:
    """The noun without the ending a genitive gave it: "Verbandes" -> "Verband", "Kremls" ->
    "Kreml", "Hauses" -> "Haus", "Interesses" -> "Interesse", "Prozesses" -> "Prozess";
    "Landkreis" and "Ergebnis" stay. The lemma table decides where it knows the word or its
    stem; else -es goes after -ss, -is and other endings than -s, and a lone -s goes unless
    it follows an s or an i."""
    if not word.endswith("s"):
        return word
    lemma = lexicons.lemma(word)
    if lemma in (word[:-2], word[:-1]) and len(lemma) > 2:
        return lemma
    known = lexicons.lemmas()
    if word in known:
        return word  # "Landkreis", "Prozess": a base form ending in s
    for stem in (word[:-2], word[:-1]) if word.endswith("es") else (word[:-1],):
        if len(stem) > 2 and stem in known:
            return stem  # "Landkreises": a genitive the table does not list
    if word.endswith("nisses"):
        return word[:-3]  # "Ergebnisses"
    if len(word) > 5 and word.endswith("es") and (word.endswith(("sses", "ises")) or not word.endswith("ses")):
        return word[:-2]  # "Verbandes", "Prozesses", "Landkreises"
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "is")):
        return word[:-1]  # not "Ergebnis", "Landkreis", "Preis"
    return word


@lru_cache(maxsize=1 << 16)  # one answer per distinct word: the rules ask again and again
def compound_affiliation(word: str, lex: Lexicon) -> str | None:
    """The institution inside a role compound: "Polizeisprecher" -> "Polizei",
    "Regierungssprecherin" -> "Regierung"; None for a plain role ("Sprecher")."""
    folded = word.casefold()
    for suffix in lex.role_suffixes:
        if folded.endswith(suffix) and len(folded) - len(suffix) >= 3:
            prefix = word[: len(word) - len(suffix)]
            if prefix.endswith("s") and head_kind(prefix[:-1], lex) in ("government", "organization"):
                prefix = prefix[:-1]
            if head_kind(prefix, lex) in ("government", "organization", "media") or entity_for([prefix], lex):
                found = entity_for([prefix], lex)
                return found[0] if found else prefix
    return None


def kind_of_affiliation(affiliation: str | None, lex: Lexicon) -> str | None:
    if not affiliation:
        return None
    found = lex.entities.get(normalise_name(affiliation))
    if found:
        return found[1]
    if affiliation.casefold() in lex.countries or affiliation in lex.countries.values():
        return "government"
    words = affiliation.split(" (")[0].split()
    if len(words) > 1 and words[-1] in lex.regions:
        words.pop()  # "Senat Berlin": the institution's kind, not the city's
    kind = head_kind(words[-1], lex)
    return kind if kind in ("government", "organization", "media") else None


PARTICIPLE_PREFIXES = ("ge", "be", "er", "ver", "ent", "zer", "emp", "miss")  # "das bestätigte Ergebnis"


def verb_after_das(word: str, nxt: str, lex: Lexicon) -> bool:
    """Is the word after a sentence's "Das" its finite verb ("Das sagte Dana Petersen", "Das
    berichten Medien") rather than an attributive adjective ("das erklärte Ziel", "das letzte
    Wort")? No adjective after "das" ends in -en; a verb's past form without a participle's
    prefix ("sagte", "kündigte") is no adjective; and before a name or a speaker's noun a
    form such as "bestätigte" is the verb."""
    if word.endswith("en"):
        return True
    lemma = lexicons.lemma(word)
    if not word.islower() or lemma == word or not lemma.islower() or not lemma.endswith(("en", "ern", "eln")):
        return False  # no verb form the lemma table knows
    return not word.startswith(PARTICIPLE_PREFIXES) or is_given_name(nxt, lex) \
        or head_kind(nxt, lex) in ("role", "government", "organization", "media")


def role_noun(role: str) -> str:
    """The noun a role ends in, case-folded: "stellvertretende Pentagon-Sprecherin" -> "sprecherin"."""
    return role.split()[-1].split("-")[-1].casefold()


@lru_cache(maxsize=1 << 12)
def role_word(role: str) -> str:
    """The office a role names, case-folded and masculine: "NATO-Generalsekretärin" ->
    "generalsekretär"."""
    word = role_noun(role)
    return word[:-2] if word.endswith("in") and not word.endswith("innen") else word
