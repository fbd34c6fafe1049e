"""Speaker mentions: the noun phrases that can say something, found without a parser.

German capitalises every noun, so a capital letter does not make a name. A phrase is a
speaker when its head is a role ("Sprecherin"), an institution ("Geheimdienst"), a medium
("Nachrichtenagentur"), a country or capital, a known entity, a group ("Experten"), or a
word the German lemma table does not know standing where a name stands ("Wood", "Rutte").

    „…“, sagte der stellvertretende amerikanische UN-Botschafter Robert Wood am Montag.
        -> Mention(text="der stellvertretende amerikanische UN-Botschafter Robert Wood",
                   canonical="Robert Wood", kind="person",
                   role="stellvertretende amerikanische UN-Botschafter")
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import (
    COMPLEMENTIZERS,
    DETERMINERS,
    PREPOSITIONS,
    QUOTE_PAIRS,
    Lexicon,
    get,
    normalise_name,
)
from .words import Word, Words

ADJ_ENDINGS = ("e", "en", "er", "es", "em")
NOT_ADJ = frozenset(
    "eine einen einem einer keine keinen sie die der wie ihre ihren seine seinen diese diesen jene alle "
    "werden haben wurden hatten sollen wollen können müssen dürfen hatte wurde sagte erklärte habe "
    "eigene eigenen sowie oder aber sehr mehr eher bereits immer einige andere anderen wenige weitere".split()
)
DEFINITE = frozenset("der die das des dem den".split())
SMALL_NAME_WORDS = PREPOSITIONS | DETERMINERS | {"und"}  # inside a name: "Ärzte ohne Grenzen"
GENITIVE_DATIVE_ARTICLES = frozenset("des der eines einer dem einem".split())
# What closes an apposition: "der Präsident Indonesiens, Susilo Yudhoyono, sagte" and, at the
# end of the sentence, "sagte der Präsident Indonesiens, Susilo Yudhoyono."
APPOSITION_ENDS = frozenset(",.!?:;")


@dataclass
class Mention:
    """A speaker-like noun phrase: token range [start, end) and what it names."""

    start: int
    end: int
    text: str
    canonical: str
    kind: str  # person | organization | government | media | unknown
    role: str | None = None
    affiliation: str | None = None
    has_name: bool = False
    determiner: str | None = None
    pronoun: str | None = None  # "personal", "demonstrative", "role" or "definite" when it must be resolved

    @property
    def is_person(self) -> bool:
        return self.kind == "person"


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
    text = token.text
    if not (text[:1].isupper() and text.endswith(ADJ_ENDINGS) and len(text) > 4 and text.isalpha()):
        return False
    lower = text.lower()
    # the lemma table lists adjectives uninflected: "europäisch" for "Europäische"
    return any(lower.endswith(e) and lower[: -len(e)] in lex.known_words for e in ADJ_ENDINGS) \
        or country_of(text, lex) is not None


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
    last = _strip_genitive(word.split("-")[-1]) if word not in lex.groups else word
    folded = last.casefold()
    whole = _strip_genitive(word).casefold()
    if last in lex.groups or word in lex.groups or dative_plural_of_group(last, lex):
        return "group"
    if folded.endswith(lex.role_suffixes) or whole.endswith(lex.role_suffixes):
        return "role"
    # plurals: "Regierungen", "Behörden", "Sprecherinnen"
    forms = [folded] + [folded[: -len(e)] for e in ("nen", "en", "n", "e") if folded.endswith(e) and len(folded) > 5]
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
    if normalise_name(words[j].text) not in lex.entity_starts:
        return None
    stop = j + 1
    while stop < min(end, j + 5) and not words[stop].is_punct:
        stop += 1  # a name does not run over a comma, which normalising would drop
    for k in range(stop, j + 1, -1):
        found = lex.entities.get(normalise_name(words.text(j, k)))
        if found:
            return k, found
    return None


def _strip_genitive(word: str) -> str:
    if len(word) > 5 and word.endswith("es") and not word.endswith("ses"):
        return word[:-2]
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def chunk(words: Words, i: int, end: int, lex: Lexicon | None = None, depth: int = 0, *,
          surnames: frozenset[str] | set[str] = frozenset(), permissive: bool = False) -> Mention | None:
    """The speaker-like noun phrase starting at token i (not past `end`), or None.

    surnames: names this article already introduced in full ("Keller" after "Jan Keller"),
    accepted as a bare name although they are German nouns.
    permissive: accept any noun phrase (after "nach Angaben der ...", "laut ...", "... zufolge",
    the cue itself says the phrase is a source).
    """
    lex = lex or get()
    if i >= end:
        return None
    token = words[i]
    if token.text in lex.personal_pronouns:
        return Mention(i, i + 1, token.text, token.text, "unknown", pronoun="personal")
    if token.text in lex.demonstratives and (i + 1 >= end or not (words[i + 1].text[:1].isupper() or is_adjective(words[i + 1]))):
        return Mention(i, i + 1, token.text, token.text, "unknown", pronoun="demonstrative")

    j = i
    determiner = None
    possessor = None
    if token.lower_ in DETERMINERS:
        determiner = token.lower_
        j += 1
    elif (
        j + 1 < end
        and token.text.endswith("s")
        and token.text[:1].isupper()
        and words[j + 1].text[:1].isupper()
        and (head_kind(words[j + 1].text, lex) in ("role", "government", "organization")
             or j + 2 < end and is_adjective_text(words[j + 1].lower_) and head_kind(words[j + 2].text, lex) == "role")
    ):
        # "Südkoreas Präsident", "Russlands Außenministerium", "Unteraus Bürgermeister",
        # "Berlins Regierender Bürgermeister" (an adjective of the title)
        possessor = country_of(token.text, lex) or token.text[:-1]
        j += 1
    adjectives: list[str] = []
    if possessor is not None and head_kind(words[j].text, lex) is None and j + 1 < end \
            and head_kind(words[j + 1].text, lex) == "role":
        adjectives.append(words[j].text)  # "Regierender"
        j += 1
    if j == i and j + 1 < end and is_country_adjective(token.text, lex) and is_capitalised(words[j + 1], lex):
        adjectives.append(token.text)  # "Griechische Ermittler" opening a sentence: an adjective
        j += 1
    place = country_phrase_at(words, j, end, lex)
    while place is None and j < end and is_adjective(words[j]) \
            and not (determiner == "das" and j == i + 1 and words[j].text.endswith("en")):
        adjectives.append(words[j].text)  # no adjective after "das" ends in -en: "Das berichten Medien"
        j += 1
    while place is None and determiner and j + 1 < end and is_name_adjective(words[j], lex) \
            and is_capitalised(words[j + 1], lex) and head_kind(words[j + 1].text, lex) is not None:
        # "die Europäische Kommission", "die Britische Botschaft": after an article, a capitalised
        # adjective belongs to the name of the institution that follows; one of a country
        # places it, as in "die britische Botschaft"
        if country_of(words[j].text, lex):
            adjectives.append(words[j].text)
        j += 1
    if j >= end or not (is_capitalised(words[j], lex) or words[j].text in lex.entities):
        return None  # "dpa" is a name although it is written in lower case
    head = words[j]
    if place is not None:
        # "Die Vereinigten Staaten": a country named in several words is one head
        size, country = place
        head_text, kind = words.text(j, j + size), None  # as a one-word country: no kind, a country
        j += size
    elif head.text.endswith("-") and j + 2 < end and words[j + 1].lower_ in ("und", "oder") \
            and is_capitalised(words[j + 2], lex):
        # "der Industrie- und Handelskammer": two compounds that share their last part
        head_text = words.text(j, j + 3)
        kind, country = head_kind(words[j + 2].text, lex), None
        head = words[j + 2]
        j += 3
    else:
        head_text = head.text
        kind = head_kind(head_text, lex) or ("organization" if head.ent_type_ in ORG_LABELS else None)
        country = country_of(head_text, lex)
        j += 1
        if kind == "group" and j < end and head_text.casefold().endswith(lex.role_suffixes) \
                and (words[j].text in lex.first_names or is_name_like(words[j], lex)):
            kind = "role"  # "der SPD-Politiker Hans Meier": one person, as "Politiker warnten" is many

    if place is None and kind is None:
        named = entity_phrase_at(words, head.i, end, lex)
        if named is not None:  # "Das Weiße Haus", "die Deutsche Bahn": no head names it on its own
            stop, (canonical, entity_kind) = named
            return Mention(i, stop, words.text(i, stop), canonical, entity_kind, determiner=determiner)
        if country is not None and determiner and j < end and is_name_adjective(head, lex) \
                and is_capitalised(words[j], lex) and not is_name_like(words[j], lex):
            j += 1  # "die Russische Föderation": the country, named in two words
        elif country is not None and determiner and j < end and not is_name_adjective(head, lex) \
                and is_capitalised(words[j], lex) and country_of(words[j].text, lex) is None \
                and head_kind(words[j].text, lex) is None and words[j].text not in lex.months \
                and not words[j].text.endswith("s"):  # "die Türkei Erdogans" is the country
            country = None  # "die Bangkok Post": a place in a name, not the country speaking

    names: list[int] = []
    if country is None or kind is not None:
        while j < end and not country_of(words[j].text, lex) and (
            is_name_like(words[j], lex)
            or is_given_name(words[j].text, lex)
            or (kind in ("media", "organization") and entity_for([words[j].text], lex) is not None)
            or (kind in ("media", "organization", "government") and not names and words[j].text in lex.regions)
            # "Bürgermeister Tom Hahn": right after a role, capitalised words are the name
            or (kind == "role" and len(names) < 3 and is_capitalised(words[j], lex) and words[j].text not in lex.months
                and words[j].text not in lex.weekdays and head_kind(words[j].text, lex) is None
                and (len(names) > 0 or j == head.i + 1))
            or (is_given_name(words[names[-1]].text if names else head_text, lex) and is_capitalised(words[j], lex)
                and len(names) < 3)
            # "Thomas de Maizière", "Dr. Heino Berg": a particle inside a name, a title before it
            or (names and words[j].text in NAME_PARTICLES and is_name_word(words, j, end, lex))
            or (names and (words[names[-1]].text in TITLES or words[names[-1]].text in NAME_PARTICLES)
                and is_capitalised(words[j], lex) and len(names) < 4)
            or (kind is not None and not names and words[j].text in TITLES)
        ):  # "Wahlleiter Peter Kranz": after a given name, a capitalised word is the surname
            if kind is None and entity_for([words[j].text], lex):
                break
            names.append(j)
            j += 1

    affiliation = None
    # Genitive or "von" complement of a role or institution: "Sprecher des Ministeriums".
    if kind in ("role", "group", "government", "organization") and j < end and depth <= 3:
        nxt = words[j]
        if nxt.lower_ in ("des", "der", "von") and not names:
            inner = chunk(words, j + 1, end, lex, depth + 2, permissive=kind == "role")
            if inner and not inner.pronoun and (inner.kind != "unknown" or kind == "role"):
                affiliation = inner.canonical
                j = inner.end
                outer = chunk(words, j + 1, end, lex, depth + 2) if j + 1 < end and words[j].lower_ in ("des", "der") \
                    else None
                if outer and not outer.pronoun and outer.kind != "unknown":
                    # "Leiter des Influenza-Programms der WHO": the institution at the end
                    affiliation, j = outer.canonical, outer.end
        elif country_of(nxt.text, lex) and nxt.text.endswith("s") and not names:
            affiliation = country_of(nxt.text, lex)  # "UN-Vertreter Nordkoreas"
            j += 1
    # Apposition: "Der Chef des Dienstes, Kyrylo Budanow, bestätigte"
    if kind in ("role", "group") and not names and j + 2 < end and words[j].text == ",":
        k = j + 1
        while k < end and (is_name_like(words[k], lex) or is_given_name(words[k].text, lex)
                           or (k > j + 1 and is_given_name(words[k - 1].text, lex) and is_capitalised(words[k], lex))
                           or is_name_word(words, k, end, lex)):
            k += 1  # after a given name, a capitalised word is the surname: "Ina Berger"
        close = k
        if close + 2 < end and words[close].text == "(" and words[close + 2].text == ")":
            close += 3  # "Christian Wulff (CDU),"
        if k > j + 1 and (close == len(words) or words[close].text in APPOSITION_ENDS) \
                and (k - j > 2 or is_name_like(words[j + 1], lex) or words[j + 1].text in lex.first_names):
            names = list(range(j + 1, k))
            # with a closing comma, so that no clause ends inside the phrase; not with a full stop
            j = close + 1 if close < len(words) and words[close].text == "," else close
    # "Institute for the Study of War (ISW)": an acronym in brackets names the phrase
    for k in range(j, min(end - 2, j + 7)):
        if words[k].text == "(" and is_acronym(words[k + 1].text) and words[k + 2].text == ")":
            acronym = entity_for([words[k + 1].text], lex)
            person = kind == "role" or any(is_given_name(words[n].text, lex) or head_kind(words[n].text, lex) == "role"
                                           for n in range(j, k))
            if acronym and not names and not person:  # "Franz Josef Jung (CDU)" is no party
                return Mention(i, k + 3, words.text(i, k + 3), acronym[0], acronym[1], determiner=determiner)
            if kind in ("organization", "government", "media") and not names and k > j \
                    and all(is_capitalised(words[n], lex) for n in range(j, k)):
                # "die Gewerkschaft Kommunale Dienste (GKD)": capitalised words before an
                # acronym are the institution's name, not a new phrase
                name = f"{words.text(head.i, k)} ({words[k + 1].text})"
                return Mention(i, k + 3, words.text(i, k + 3), name, kind, has_name=True, determiner=determiner)
        if words[k].is_punct:
            break
    if kind is None and country is None and not names:
        found = entity_for([head_text], lex)
        bare = determiner is None and is_bare_name(words, i, lex, surnames)
        if found is None and not bare and not permissive:
            return None
        if found is None and not bare:
            while j < end and j - head.i < 5 and is_capitalised(words[j], lex) and words[j].text not in lex.months \
                    and head_kind(words[j].text, lex) is None:
                j += 1  # "der New York Times", "des Roten Kreuzes": the whole capitalised name
            texts = [t.text for t in words[i + (1 if determiner else 0) : j]]
            if determiner in (None, "des", "eines"):  # "des Kremls"; "dem Rathaus" keeps its s
                texts[-1] = _strip_genitive(texts[-1])
            return Mention(i, j, words.text(i, j), " ".join(texts),
                           "organization" if head_text.endswith(("e", "en")) else "unknown", determiner=determiner)

    text = words.text(i, j).rstrip(", ")
    words_no_det = [t.text for t in words[i + (1 if determiner else 0) : j] if t.text != ","]
    name_text = " ".join(words[k].text for k in names if words[k].text not in TITLES)  # "Dr. Heike Moser": Heike Moser
    adjective_country = next((country_of(a, lex) for a in adjectives if country_of(a, lex)), None)
    # a known entity at the end of the phrase names it ("Nachrichtenagentur Yonhap"; "ein
    # Sprecher des Pentagons" speaks for the Pentagon), but a named person stays the person:
    # "Klaus Wowereit (SPD)", "Hans Meier, Sprecher der SPD"
    own_words = [words[k].text for k in range(i + (1 if determiner else 0), names[-1] + 1) if words[k].text != ","] \
        if names and place is None else words_no_det
    entity = entity_for(own_words, lex) or entity_for([head_text], lex)
    if entity is None and kind in ("government", "organization", "media") and (adjective_country or possessor):
        entity = lex.entities.get(normalise_name(f"{_strip_genitive(head_text)} {adjective_country or possessor}"))

    role = None
    if kind == "role":
        role = " ".join([*adjectives, head_text])
        if affiliation is None and "-" in head_text:
            prefix = head_text.rsplit("-", 1)[0]
            found = entity_for([prefix], lex)
            affiliation = found[0] if found else (country_of(prefix, lex) or prefix)
        elif affiliation is None:
            affiliation = compound_affiliation(head_text, lex)  # "Polizeisprecher" -> "Polizei"
        if affiliation is None:
            affiliation = possessor or adjective_country

    if names and kind in ("government", "organization", "media"):
        canonical, out_kind = entity_for([name_text], lex) or (name_text, kind)
        if is_place_name(name_text, lex) and not entity_for([name_text], lex):
            canonical = f"{_strip_genitive(head_text)} {name_text}"  # "Angelverein Kirchhofen", not "Kirchhofen"
    elif names:
        # "Lena Hartwig": a given name as head, the surname after it
        canonical, out_kind = (name_text if kind == "role" else f"{head_text} {name_text}"), "person"
        found = entity_for([name_text], lex)
        if found and kind != "role":
            canonical, out_kind = found
    elif entity:
        canonical, out_kind = entity
    elif kind == "role":
        canonical = genitive_free(words, i, j, head.i, determiner)
        aff_kind = _kind_of_affiliation(affiliation, lex)
        out_kind = aff_kind or "person"
    elif kind == "group":
        canonical, out_kind = genitive_free(words, i, j, head.i, determiner), "unknown"
        if dative_plural_of_group(head_text, lex) and canonical.endswith(head_text):
            canonical = canonical[:-1]  # "laut den Veranstaltern": the Veranstalter
    elif kind in ("government", "organization", "media"):
        place = adjective_country or possessor
        canonical = (f"{_strip_genitive(head_text)} ({place})" if place
                     else " ".join([*words_no_det[:-1], _strip_genitive(words_no_det[-1])]))
        out_kind = kind
    elif country:
        canonical, out_kind = country, "government"
    else:  # a bare unknown capitalised word without article: a surname
        canonical, out_kind = head_text, "person"
        names = [j - 1]

    if out_kind == "person" and names:
        canonical = from_first_name(canonical, lex)
    mention = Mention(
        i, j, text, canonical, out_kind, role=role, affiliation=affiliation, has_name=bool(names),
        determiner=determiner,
    )
    if kind in ("government", "organization") and not names and not adjectives \
            and determiner in ("der", "die", "das", "des", "dem", "den") \
            and affiliation is None and entity is None:
        mention.pronoun = "definite"  # "das Ministerium": resolved to "Innenministerium" if it was named
    if kind == "role" and not names and determiner in ("der", "die", "dem", "den") \
            and (affiliation is None or "-" in head_text or affiliation == adjective_country) \
            and not (j < end and words[j].lower_ in ("des", "der")):
        # "konstatierte der Staatschef", "Der NATO-Chef sprach", "der venezolanische Präsident":
        # the last fitting speaker
        mention.pronoun = "role"
    if depth == 0 and not mention.pronoun:
        extend(words, mention, end, lex)
    return mention


def genitive_free(words: Words, i: int, j: int, head: int, determiner: str | None) -> str:
    """The words of a phrase [i, j) without its article, the head noun without the genitive -s
    that "des"/"eines"/"seines" gave it: "des Anwalts" and "der Anwalt" are one speaker;
    "des Sprechers des Ministeriums" is the Sprecher des Ministeriums."""
    genitive = determiner in ("des", "eines") or i > 0 and words[i - 1].lower_ in ("seines", "ihres")
    return " ".join(_strip_genitive(w.text) if genitive and w.i == head else w.text
                    for w in words[i + (1 if determiner else 0) : j] if w.text != ",")


def extend(words: Words, mention: Mention, end: int, lex: Lexicon) -> None:
    """Widen the mention's span over what still describes the speaker, keeping its name:
    "(SPD)", "von der Feuerwehr", "aus Berlin", ", der Leiter des Dienstes," after a name."""
    j = mention.end
    if mention.kind in ("government", "organization", "media") or mention.role:
        # "die Nachrichtenagentur „Xinhua“": a quoted name; "die Staatsanwaltschaft Oslo",
        # "ein Regierungssprecher in Berlin": the place it belongs to
        if j + 2 < end and words[j].text in "„\"»" and any(words[k].text in "“\"«" for k in range(j + 1, min(end, j + 6))):
            close = next(k for k in range(j + 1, min(end, j + 6)) if words[k].text in "“\"«")
            if not mention.has_name and mention.kind in ("organization", "media") and is_quoted_title(words, j, close + 1, lex):
                # "die Zeitung „Nord Echo“": the newspaper is "Nord Echo", not any "Zeitung"
                name = words.text(j + 1, close)
                mention.canonical, mention.kind = entity_for([name], lex) or (name, mention.kind)
                mention.has_name = True
            j = close + 1
        elif j < end and country_of(words[j].text, lex) and not words[j].text.endswith("s"):
            j += 1
        elif j + 1 < end and words[j].lower_ == "in" and words[j + 1].text[:1].isupper() and country_of(words[j + 1].text, lex) is None \
                and head_kind(words[j + 1].text, lex) is None and words[j + 1].text not in lex.months:
            j += 2
    if j + 2 < end and words[j].text == "(":
        close = next((k for k in range(j + 1, min(end, j + 8)) if words[k].text == ")"), None)
        if close is not None:
            j = close + 1
    if j + 1 < end and words[j].lower_ in ("von", "vom", "aus") and mention.kind in ("person", "unknown"):
        inner = chunk(words, j + 1, end, lex, depth=1, permissive=True)
        if inner is not None and not inner.pronoun:
            j = inner.end
    if mention.has_name and j + 2 < end and words[j].text == ",":
        # "Petra Pau, PDS-Abgeordnete," / "Andres Granier, der Gouverneur von Tabasco,"
        inner = chunk(words, j + 1, end, lex, depth=1, permissive=False)
        if inner is not None and inner.role and (inner.end == len(words) or (inner.end < end and (
                words[inner.end].text in APPOSITION_ENDS or words[inner.end].text.islower()))):
            j = inner.end  # closed by a comma, or by the verb that follows the subject
    if j != mention.end:
        mention.end = j
        mention.text = words.text(mention.start, j).rstrip(", ")


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


def _kind_of_affiliation(affiliation: str | None, lex: Lexicon) -> str | None:
    if not affiliation:
        return None
    found = lex.entities.get(normalise_name(affiliation))
    if found:
        return found[1]
    if affiliation.casefold() in lex.countries or affiliation in lex.countries.values():
        return "government"
    kind = head_kind(affiliation.split(" (")[0].split()[-1], lex)
    return kind if kind in ("government", "organization", "media") else None


def chunk_list(words: Words, i: int, end: int, lex: Lexicon | None = None, *,
               surnames: frozenset[str] | set[str] = frozenset(), permissive: bool = False) -> Mention | None:
    """A mention, or several joined by "und"/","/"sowie" ("Die USA und die NATO")."""
    lex = lex or get()
    first = chunk(words, i, end, lex, surnames=surnames, permissive=permissive)
    if first is None or first.pronoun:
        return first
    parts = [first]
    j = first.end
    closed = False
    while j + 1 < end and words[j].lower_ in (",", "und", "sowie"):
        separator = words[j].lower_
        nxt = chunk(words, j + 1, end, lex, surnames=surnames)
        if nxt is None or nxt.pronoun or (nxt.is_person != first.is_person):
            break
        if nxt.role and not nxt.has_name and nxt.determiner is None and separator != ",":
            break  # "X, Vorsitzende des Verbandes und Kandidatin im Wahlkreis": one person, two roles
        parts.append(nxt)
        j = nxt.end
        if separator != ",":
            closed = True
            break
    if not closed:
        return first
    kinds = {p.kind for p in parts}
    return Mention(
        i,
        parts[-1].end,
        words.text(i, parts[-1].end),
        "; ".join(p.canonical for p in parts),
        kinds.pop() if len(kinds) == 1 else "government",
    )


def quoted_name(words: Words, i: int, end: int, lex: Lexicon) -> Mention | None:
    """A title in quotation marks where a source stands: "laut „Welt“", "so die „Süddeutsche
    Zeitung“". A known entity keeps its kind; any other title is of unknown kind."""
    start = i
    if i < end and words[i].lower_ in DETERMINERS:
        i += 1
    closers = QUOTE_PAIRS.get(words[i].text) if i < end else None
    if not closers:
        return None
    close = next((k for k in range(i + 2, min(end, i + 6)) if words[k].text in closers), None)
    if close is None or not reads_as_name([words[k].text for k in range(i + 1, close)]):
        return None
    name = words.text(i + 1, close)
    canonical, kind = entity_for([name], lex) or (name, "unknown")
    return Mention(start, close + 1, words.text(start, close + 1), canonical, kind,
                   has_name=True, determiner=words[start].lower_ if start < i else None)


def reads_as_name(texts: list[str], small_words: bool = True) -> bool:
    """Words that can be a name: capitalised ones and hyphens ("al-Dschasira" too), with
    small words between them when `small_words` ("Ärzte ohne Grenzen", "Bild am Sonntag")."""
    def capitalised(t: str) -> bool:
        return t[:1].isupper() or NAME_PARTICLE.match(t) is not None

    return bool(texts) and capitalised(texts[0]) and capitalised(texts[-1]) and all(
        capitalised(t) or t == "-" or small_words and t.lower() in SMALL_NAME_WORDS for t in texts)


def is_quoted_title(words: Words, start: int, end: int, lex: Lexicon) -> bool:
    """Tokens [start, end), marks included, quote a name, not words: die Zeitung „Nord Echo“,
    der „Berliner Post“, im „Kurier“. The name follows a noun it names or a definite article
    or preposition, and is a known entity, a word the lemma table does not know, or several
    capitalised words; "einen „Angriff auf alle“" and "als „Fest“" stay quotations."""
    inner = [words[k].text for k in range(start + 1, end - 1)]
    if not 1 <= len(inner) <= 5 or start == 0 or not reads_as_name(inner):
        return False
    before = words[start - 1]
    if before.text[:1].isupper() and before.text.isalpha() and head_kind(before.text, lex) in ("media", "organization", "government"):
        return True  # "die Zeitung „Nord Echo“", "die Organisation „Ärzte für Alle“"
    if before.lower_ not in DEFINITE and before.lower_ not in PREPOSITIONS or not reads_as_name(inner, small_words=False):
        return False  # "von der „Achse des Bösen“" is a phrase
    if end + 1 < len(words) and words[end].text == "," and words[end + 1].lower_ in COMPLEMENTIZERS:
        return True  # "berichtet die Ausgabe des „Kurier“, dass …": the paper, in the frame
    name = " ".join(inner)
    return len(inner) > 1 or entity_for([name], lex) is not None or name not in lex.known_words


def preceded_by_preposition(words: Words, i: int) -> bool:
    if i > 0 and words[i - 1].lower_ == "während" and words[i].lower_ not in GENITIVE_DATIVE_ARTICLES:
        return False  # "Während Anna Berg erklärte": a conjunction; "während des Treffens": a preposition
    return i > 0 and words[i - 1].lower_ in PREPOSITIONS
