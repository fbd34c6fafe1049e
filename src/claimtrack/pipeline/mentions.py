"""Speaker mentions: the noun phrases that can say something, found without a parser.

A phrase is a speaker when its head is a role ("Sprecherin"), an institution ("Geheimdienst"), a medium
("Nachrichtenagentur"), a country or capital, a known entity, a group ("Experten"), or a
word the German lemma table does not know standing where a name stands ("Wood", "Rutte").
What each word can be is asked of `nouns`; this module reads the phrase around it.

    „…“, sagte der stellvertretende amerikanische UN-Botschafter Robert Wood am Montag.
        -> Mention(text="der stellvertretende amerikanische UN-Botschafter Robert Wood",
                   canonical="Robert Wood", kind="person",
                   role="stellvertretende amerikanische UN-Botschafter")
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import (
    COMPLEMENTIZERS,
    DETERMINERS,
    PREPOSITIONS,
    QUOTE_PAIRS,
    Lexicon,
    get,
    normalise_name,
)
from .nouns import (
    NAME_PARTICLE,
    NAME_PARTICLES,
    NOUN_ENDINGS,
    ORG_LABELS,
    TITLES,
    compound_affiliation,
    country_of,
    country_phrase_at,
    dative_plural_of_group,
    entity_for,
    entity_phrase_at,
    from_first_name,
    head_kind,
    is_acronym,
    is_adjective,
    is_adjective_text,
    is_bare_name,
    is_capitalised,
    is_country_adjective,
    is_given_name,
    is_name_adjective,
    is_name_like,
    is_name_word,
    is_place_name,
    kind_of_affiliation,
    nominative_name,
    role_word,
    strip_genitive,
    verb_after_das,
)
from .words import Word, Words

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
    speaks_for: str | None = None  # the institution a spokesperson or head of an office speaks for

    @property
    def is_person(self) -> bool:
        return self.kind == "person"


# nouns made of adjectives and participles name people, not institutions: "der Verantwortliche",
# "die Angehörigen", "der Angeklagte", "die Betroffenen"
PERSON_ADJECTIVE_ENDINGS = ("liche", "lichen", "ige", "igen", "te", "ten", "ene", "enen")


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

    if token.lower_ in NOBLE_PARTICLES and (
            (stop := known_particle_name(words, i, end, surnames)) is not None
            or token.text in ("Von", "Zu") and (stop := particle_surname_end(words, i, end, lex, surnames)) is not None):
        # "Von der Leyen sagte": a surname opening the sentence, not the preposition; "sagte
        # von der Leyen" after "Ursula von der Leyen"
        name = words.text(i, stop)
        return Mention(i, stop, name, name[:1].lower() + name[1:], "person", has_name=True)
    j, determiner, possessor, adjectives, place = _opening(words, i, end, lex)
    if j < end and AGE_NOUN.fullmatch(words[j].text) and determiner not in ("des", "eines", "einer"):
        # "Der 66-Jährige", "ein 38-Jähriger": a person the article names by age, mostly one
        # it named before
        text = words.text(i, j + 1)
        return Mention(i, j + 1, text, words[j].text, "person", role=words[j].text, determiner=determiner,
                       pronoun="role" if determiner in ("der", "die", "dem", "den") else None)
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

    # "Deutschem Gewerkschaftsbund" after "laut": with no article, the name may start with
    # an adjective before the head
    named = None if place is not None else \
        determiner is None and possessor is None and i < head.i and entity_phrase_at(words, i, end, lex) \
        or entity_phrase_at(words, head.i, end, lex)
    if named is not None:  # "Das Weiße Haus", "die Deutsche Bahn", "Ärzte ohne Grenzen": the words name it together
        stop, (canonical, entity_kind) = named
        return Mention(i, stop, words.text(i, stop), canonical, entity_kind, determiner=determiner)
    institution = _institution_after(words, j, end, lex) if place is None and kind is None and country is None else None
    if institution is not None:
        # "die Neue Osnabrücker Zeitung", "der Baader Bank": a name before the institution's noun
        stop, institution_kind = institution
        name = nominative_name([w.text for w in words[i + (1 if determiner else 0) : stop]
                                if w.text not in lex.legal_forms], lex)  # "Velden Chemie GmbH" is "Velden Chemie"
        return _named(words, i, stop, end, (name, institution_kind), determiner, depth, lex)
    if place is None and kind is None:
        if country is not None and determiner and j < end and is_name_adjective(head, lex) \
                and is_capitalised(words[j], lex) and words[j].text in STATE_NOUNS:
            j += 1  # "die Russische Föderation": the country, named in two words
        elif country is not None and determiner and j < end and is_name_adjective(head, lex) \
                and is_capitalised(words[j], lex) and head_kind(words[j].text, lex) is None \
                and country_of(words[j].text, lex) is None and not (determiner == "der" and head.text.endswith("e")):
            # "die Deutsche Telekom", "die Deutsche Lufthansa AG": a company, not the country
            # ("der Deutsche Ziemendorff" is a man)
            stop = _name_run(words, j, min(end, j + 3), lex)
            name = words.text(head.i, stop - (words[stop - 1].text in lex.legal_forms))
            return _named(words, i, stop, end, entity_for([name], lex) or (name, "organization"), determiner, depth, lex)
        elif country is not None and determiner and j < end and not is_name_adjective(head, lex) \
                and is_capitalised(words[j], lex) and country_of(words[j].text, lex) is None \
                and head_kind(words[j].text, lex) is None and words[j].text not in lex.months \
                and not words[j].text.endswith("s"):  # "die Türkei Erdogans" is the country
            country = None  # "die Bangkok Post": a place in a name, not the country speaking

    names: list[int] = []
    if country is None or kind is not None:
        while j < end and _continues_name(words, j, end, lex, kind, names, head.i, head_text):
            if kind is None and entity_for([words[j].text], lex):
                break
            names.append(j)
            j += 1

    if kind is None and country is None and names and j < end and words[j].text in lex.legal_forms:
        j += 1  # "die Hansen Logistik GmbH"
    if kind is None and country is None and names and words[j - 1].text in lex.legal_forms:
        # "Siemens AG", "die Hansen Logistik GmbH": a company, not a person
        return _named(words, i, j, end, (words.text(head.i, j - 1), "organization"), determiner, depth, lex)
    if kind == "role" and not names and j < end and (stop := particle_surname_end(words, j, end, lex, surnames)):
        names = list(range(j, stop))  # "Kommissionschefin von der Leyen": her name, not what she heads
        j = stop
    named_for = None  # "das Landesamt für Umwelt": what the institution is for names it
    if kind in ("government", "organization") and not names and (stop := _for_what(words, j, end, lex)) is not None:
        named_for, j = words.text(j, stop), stop
        if j + 2 < end and words[j].text == "(" and is_acronym(words[j + 1].text) and words[j + 2].text == ")":
            named_for, j = f"{named_for} ({words[j + 1].text})", j + 3  # "… für Umwelt (LfU)"
    affiliation = None
    if kind in ("role", "group", "government", "organization") and j < end and depth <= 3 and not names \
            and named_for is None:
        affiliation, j = _complement(words, j, end, lex, kind, depth)
    if kind in ("role", "group") and not names and j + 2 < end and words[j].text == ",":
        names, j = _apposition(words, j, end, lex) or (names, j)
    if not names and named_for is None \
            and (acronymed := _with_acronym(words, i, j, end, lex, kind, head.i, determiner)) is not None:
        return acronymed
    if kind is None and country is None and not names:
        found = entity_for([head_text], lex)
        bare = determiner is None and is_bare_name(words, i, lex, surnames)
        if found is None and not bare and not permissive:
            return None
        if found is None and not bare:
            j = _name_run(words, j, min(end, head.i + 5), lex)  # "der New York Times", "des Roten Kreuzes"
            texts = [t.text for t in words[i + (1 if determiner else 0) : j]]
            if determiner in (None, "des", "eines"):  # "des Kremls"; "dem Rathaus" keeps its s
                texts[-1] = strip_genitive(texts[-1])
            return Mention(i, j, words.text(i, j), nominative_name(texts, lex),
                           "organization" if head_text.endswith(("e", "en")) and not head_text.endswith(PERSON_ADJECTIVE_ENDINGS)
                           else "unknown", determiner=determiner)

    text = words.text(i, j).rstrip(", ")
    words_no_det = [t.text for t in words[i + (1 if determiner else 0) : j] if t.text != ","]
    name_text = " ".join(words[k].text for k in names if words[k].text not in TITLES)  # "Dr. Heike Moser": Heike Moser
    adjective_country = next((country_of(a, lex) for a in adjectives if country_of(a, lex)), None)
    # a known entity at the end of the phrase names it ("Nachrichtenagentur Yonhap"; "ein
    # Sprecher des Pentagons" speaks for the Pentagon), but a named person stays the person:
    # "Klaus Wowereit (SPD)", "Hans Meier, Sprecher der SPD"
    own_words = [words[k].text for k in range(i + (1 if determiner else 0), names[-1] + 1) if words[k].text != ","] \
        if names and place is None else words_no_det
    # a city at the end names the institution before it, not the government it can stand for:
    # "ein Sprecher des Senats Berlin"
    entity = (entity_for(own_words, lex) if own_words[-1] not in lex.regions or len(own_words) == 1 else None) \
        or entity_for([head_text], lex)
    if entity is None and kind in ("government", "organization", "media") and (adjective_country or possessor):
        entity = lex.entities.get(normalise_name(f"{strip_genitive(head_text)} {adjective_country or possessor}"))

    role = None
    if kind == "role":
        role = " ".join([*adjectives, head_text])
        if affiliation is None and "-" in head_text:
            prefix = head_text.rsplit("-", 1)[0]
            found = entity_for([prefix], lex)
            affiliation = found[0] if found else (country_of(prefix, lex) or prefix)
        elif affiliation is None:
            affiliation = compound_affiliation(head_text, lex)  # "Polizeisprecher" -> "Polizei"
            if affiliation is not None and adjective_country and head_kind(affiliation, lex) in ("government", "organization"):
                # "der ukrainische Militärgeheimdienstchef": the Ukraine's, as "der ukrainische
                # Militärgeheimdienst" is "Militärgeheimdienst (Ukraine)"
                affiliation = f"{affiliation} ({adjective_country})"
        if affiliation is None:
            affiliation = possessor or adjective_country

    if names and kind in ("government", "organization", "media"):
        canonical, out_kind = entity_for([name_text], lex) or (name_text, kind)
        if words[names[0]].text in lex.regions \
                or (is_place_name(name_text, lex) or kind == "government" and named_by_place(head_text, name_text)
                    or kind == "organization" and part_of_the_name(head_text, [words[k] for k in names], lex)) \
                and not entity_for([name_text], lex) \
                or len(names) > 1 and is_name_adjective(words[names[0]], lex):
            # "Angelverein Kirchhofen", not "Kirchhofen"; "Landgericht Berlin", not the government
            # Berlin stands for; "Landesverband Badischer Imker", not "Badischer Imker"
            canonical, out_kind = f"{strip_genitive(head_text)} {name_text}", kind
        if j + 2 < end and words[j].text == "(" and is_acronym(words[j + 1].text) and words[j + 2].text == ")":
            # "die Deutsche Stiftung Organtransplantation (DSO)": the whole name and its acronym
            canonical = f"{' '.join(w for w in words_no_det if not w[:1].islower())} ({words[j + 1].text})"
            text, j = words.text(i, j + 3), j + 3
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
        aff_kind = kind_of_affiliation(affiliation, lex)
        out_kind = aff_kind or "person"
    elif kind == "group":
        canonical, out_kind = genitive_free(words, i, j, head.i, determiner), "unknown"
        if dative_plural_of_group(head_text, lex) and canonical.endswith(head_text):
            canonical = canonical[:-1]  # "laut den Veranstaltern": the Veranstalter
    elif kind in ("government", "organization", "media"):
        place = adjective_country or possessor
        if named_for is not None:
            # "das Landesamt für Umwelt"; a capitalised adjective stays part of the name, a
            # country or region is said as elsewhere: "die französische Aufsichtsbehörde für
            # Zivilluftfahrt" is "Aufsichtsbehörde für Zivilluftfahrt (Frankreich)"
            before_head = [w.text for w in words[head.i - len(adjectives) : head.i] if w.text[:1].isupper()]
            canonical = f"{nominative_name([*before_head, strip_genitive(head_text)], lex)} {named_for}" \
                + (f" ({place})" if place else "")
        elif place:
            canonical = f"{strip_genitive(head_text)} ({place})"
        elif affiliation is not None and head_text in words_no_det[:-1] \
                and words_no_det[words_no_det.index(head_text) + 1] in ("der", "des", "von"):
            # "des Bundesverbands der Deutschen Industrie": the head loses its genitive, the
            # rest of the name keeps its case
            at = words_no_det.index(head_text)
            canonical = " ".join([nominative_name([*words_no_det[:at], strip_genitive(head_text)], lex),
                                  *words_no_det[at + 1:]])
        else:
            canonical = nominative_name([*words_no_det[:-1], strip_genitive(words_no_det[-1])], lex)
        out_kind = kind
    elif country:
        canonical, out_kind = country, "government"
    else:  # a bare unknown capitalised word without article: a surname
        canonical, out_kind = head_text, "person"
        names = [j - 1]

    if out_kind == "person" and names:
        canonical = from_first_name(canonical, lex)
        while " " in canonical and canonical.split(" ", 1)[0] in TITLES:
            canonical = canonical.split(" ", 1)[1]  # "Dr. Markus Schmitt" and "Markus Schmitt" are one person
    mention = Mention(
        i, j, text, canonical, out_kind, role=role, affiliation=affiliation, has_name=bool(names),
        determiner=determiner,
    )
    definite = kind in ("government", "organization") and not names and not adjectives and named_for is None \
        and determiner in ("der", "die", "das", "des", "dem", "den") and affiliation is None and entity is None
    if definite and depth == 0 and j + 1 < end and words[j].text in "„\"»":
        extend(words, mention, end, lex)  # "die Organisation „Reporter ohne Grenzen“": named after all
    if definite and depth == 0 and _with_seat(words, mention, end, lex):
        definite = False  # "die Regierung in Prag" is not the "Regierung" named before
    if definite and not mention.has_name:
        mention.pronoun = "definite"  # "das Ministerium": resolved to "Innenministerium" if it was named
    if kind == "role" and not names and determiner in ("der", "die", "dem", "den") \
            and (affiliation is None or "-" in head_text or affiliation == adjective_country
                 or affiliation == compound_affiliation(head_text, lex) and _names_an_office(head_text, lex)) \
            and not (j < end and words[j].lower_ in ("des", "der")):
        # "konstatierte der Staatschef", "Der NATO-Chef sprach", "der venezolanische Präsident":
        # the last fitting speaker
        mention.pronoun = "role"
    if depth == 0 and not mention.pronoun and mention.end == j:  # not widened to its quoted name above
        extend(words, mention, end, lex)
    return mention


def _names_an_office(head: str, lex: Lexicon) -> bool:
    """A role compound that names one office as a whole ("Regierungschefin", "Ministerpräsident"),
    not a role of the institution in front ("Polizeisprecher"): the role list's offices. (The
    caller asks only when the affiliation came from the compound, not from a genitive.)"""
    word = role_word(head)
    return any(word in group for group in lex.same_roles)


def _opening(words: Words, i: int, end: int, lex: Lexicon
             ) -> tuple[int, str | None, str | None, list[str], tuple[int, str] | None]:
    """What stands before a phrase's head from token i on: (the head's token, the article,
    a possessor, the adjectives, a country named in several words that is the head)."""
    token = words[i]
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
            and not (determiner == "das" and j == i + 1 and j + 1 < end and verb_after_das(words[j].text, words[j + 1].text, lex)):
        adjectives.append(words[j].text)  # "Das berichten Medien", "Das sagte Dana Petersen": a verb
        j += 1
    while place is None and determiner and j + 1 < end and is_name_adjective(words[j], lex) \
            and is_capitalised(words[j + 1], lex) and head_kind(words[j + 1].text, lex) is not None:
        # "die Europäische Kommission", "die Britische Botschaft": after an article, a capitalised
        # adjective belongs to the name of the institution that follows; one of a country
        # places it, as in "die britische Botschaft"
        if country_of(words[j].text, lex):
            adjectives.append(words[j].text)
        j += 1
    return j, determiner, possessor, adjectives, place


def _with_acronym(words: Words, i: int, j: int, end: int, lex: Lexicon, kind: str | None, head: int,
                  determiner: str | None) -> Mention | None:
    """The phrase [i, j) with an acronym in brackets within a few tokens after it, which names
    it: "Institute for the Study of War (ISW)", "die Gewerkschaft Kommunale Dienste (GKD)";
    None when there is none, or when it is a person's party ("Franz Josef Jung (CDU)")."""
    for k in range(j, min(end - 2, j + 7)):
        if words[k].text == "(" and is_acronym(words[k + 1].text) and words[k + 2].text == ")":
            acronym = entity_for([words[k + 1].text], lex)
            person = kind == "role" or any(is_given_name(words[n].text, lex) or head_kind(words[n].text, lex) == "role"
                                           for n in range(j, k))
            if acronym and not person:
                return Mention(i, k + 3, words.text(i, k + 3), acronym[0], acronym[1], determiner=determiner)
            if kind in ("organization", "government", "media") and k > j \
                    and all(is_capitalised(words[n], lex) for n in range(j, k)):
                # capitalised words before an acronym are the institution's name, not a new phrase
                name = f"{words.text(head, k)} ({words[k + 1].text})"
                return Mention(i, k + 3, words.text(i, k + 3), name, kind, has_name=True, determiner=determiner)
        if words[k].is_punct:
            break
    return None


def _continues_name(words: Words, j: int, end: int, lex: Lexicon, kind: str | None, names: list[int],
                    head: int, head_text: str) -> bool:
    """Is token j another word of the name after a head of this `kind` and the name words so far?"""
    text = words[j].text
    given = words[names[0]].text if len(names) == 1 else head_text if not names and kind is None else None
    if given is not None and nobility_end(words, j, end, given, lex) is not None \
            or names and words[j].lower_ in ("der", "dem", "den") and words[j - 1].lower_ in NOBLE_PARTICLES and j - 1 in names \
            or names and words[names[-1]].lower_ in NOBLE_NAME_WORDS and is_capitalised(words[j], lex):
        return True  # "Ursula von der Leyen", "Karl-Theodor zu Guttenberg"
    if kind in ("media", "organization", "government") and not names and (text in lex.regions or text in COMPASS):
        return True  # "das Landgericht Berlin", "die Polizei Hamburg", "das Klinikum Nord": the place is in the name
    if kind == "government" and not names and text[:1].isupper() and is_place_name(text, lex) \
            and head_kind(text, lex) is None and country_of(text, lex) is None:
        return True  # "das Amtsgericht Charlottenburg": a place the lemma table also knows
    if kind in ("media", "organization", "government") and len(names) == 1 and is_capitalised(words[j], lex) \
            and head_kind(text, lex) is None and text not in lex.months and text not in lex.weekdays \
            and (is_name_adjective(words[names[0]], lex) or is_name_like(words[j], lex)):
        return True  # "Landesverband Badischer | Imker", "Generaldirektion Kulturelles | Erbe": a name of two words
    if kind in ("media", "organization") and not names and j + 1 < end and is_capitalised(words[j], lex) \
            and is_capitalised(words[j + 1], lex) and head_kind(text, lex) is None \
            and head_kind(words[j + 1].text, lex) is None and is_name_like(words[j + 1], lex):
        return True  # "der Sender Radio | Ostwelle": a name of two words whose first the table knows
    if country_of(text, lex):
        return False
    return bool(
        is_name_like(words[j], lex)
        or is_given_name(text, lex)
        or (kind in ("media", "organization") and entity_for([text], lex) is not None)
        # "Bürgermeister Tom Hahn": right after a role, capitalised words are the name
        or (kind == "role" and len(names) < 3 and is_capitalised(words[j], lex) and text not in lex.months
            and text not in lex.weekdays and head_kind(text, lex) is None
            and (len(names) > 0 or j == head + 1)
            # a third word only after two given names ("Hans Peter Meier") or an initial
            # ("Melissa C. Jackson"), or one that looks like a name: "Ministerin Claudia
            # Ressmann | Zugeständnisse … ausgeschlossen"
            and (len(names) < 2 or is_given_name(words[names[1]].text, lex) or INITIAL.fullmatch(words[names[1]].text)
                 or is_name_like(words[j], lex) and not text.lower().endswith(NOUN_ENDINGS)))
        # "Wahlleiter Peter Kranz": after a given name, a capitalised word is the surname
        or (is_given_name(words[names[-1]].text if names else head_text, lex) and is_capitalised(words[j], lex)
            and len(names) < 3)
        # "Thomas de Maizière", "Dr. Heino Berg": a particle inside a name, a title before it
        or (names and text in NAME_PARTICLES and is_name_word(words, j, end, lex))
        or (names and (words[names[-1]].text in TITLES or words[names[-1]].text in NAME_PARTICLES)
            and is_capitalised(words[j], lex) and len(names) < 4)
        or (kind is not None and not names and text in TITLES)
    )


# a part of a town or region in an institution's name: "das Klinikum Nord", "das Bezirksamt Mitte"
COMPASS = frozenset("Nord Süd Ost West Mitte Nordost Nordwest Südost Südwest".split())

# nouns that, after a country's adjective, name the country: "die Russische Föderation"
STATE_NOUNS = frozenset("Föderation Republik Volksrepublik Bundesrepublik Staaten Königreich Emirate".split())


def _name_run(words: Words, j: int, stop: int, lex: Lexicon) -> int:
    """Where a run of capitalised words from token j ends (not past `stop`): words that name
    nothing on their own, so no institution noun, role or month ("New York | Times")."""
    while j < stop and is_capitalised(words[j], lex) and words[j].text not in lex.months and head_kind(words[j].text, lex) is None:
        j += 1
    return j


def _named(words: Words, i: int, stop: int, end: int, name: tuple[str, str], determiner: str | None, depth: int,
           lex: Lexicon) -> Mention:
    """The phrase [i, stop) as the institution it names: (canonical, kind); widened at the top
    level over what still describes it (`extend`)."""
    mention = Mention(i, stop, words.text(i, stop), name[0], name[1], has_name=True, determiner=determiner)
    if depth == 0:
        extend(words, mention, end, lex)
    return mention


def _for_what(words: Words, j: int, end: int, lex: Lexicon) -> int | None:
    """The end of "für Umwelt", "für Migration und Flüchtlinge", "für politische Bildung" from
    token j, after an institution's noun: what it is for, part of its name. None for "für
    Montag", "für die Opfer" (a day, or a phrase with an article, is no name)."""
    if j >= end or words[j].lower_ != "für":
        return None
    k, stop = j + 1, None
    while k < end:
        while k < end and words[k].text.islower() and words[k].text.endswith(("e", "en", "er", "es")) \
                and words[k].lower_ not in DETERMINERS:
            k += 1  # "für politische Bildung"
        if k >= end or not is_capitalised(words[k], lex) or words[k].text in lex.months \
                or words[k].text in lex.weekdays or words[k].text in lex.not_names:
            break
        k += 1
        stop = k
        if k + 1 < end and words[k].lower_ in ("und", ",") and words[k + 1].lower_ not in DETERMINERS:
            k += 1  # "für Migration und Flüchtlinge"
            continue
        break
    return stop


def _institution_after(words: Words, j: int, end: int, lex: Lexicon) -> tuple[int, str] | None:
    """(end, kind) of an institution noun that ends a run of capitalised words from token j
    ("Osnabrücker | Zeitung", "Bank"), where the words before it are its name; else None."""
    k = _name_run(words, j, min(end, j + 3), lex)
    if j < k < end and words[k].text in lex.legal_forms:
        return k + 1, "organization"  # "Hansen Logistik GmbH"
    kind = head_kind(words[k].text, lex) if k < end and is_capitalised(words[k], lex) else None
    if kind in ("government", "organization", "media") and k + 1 < end and words[k + 1].text in lex.legal_forms:
        return k + 2, kind  # "Velden Chemie GmbH"
    if k + 1 < end and is_capitalised(words[k + 1], lex) and is_name_like(words[k], lex):
        return None  # "die Archäologin Montserrat Sanz": a name goes on, so "-rat" was no council
    return (k + 1, kind) if kind in ("government", "organization", "media") else None


INITIAL = re.compile(r"[A-ZÄÖÜ]\.")  # "George W. Bush"
AGE_NOUN = re.compile(r"\d{1,3}-Jährige[nmr]?")  # "66-Jährige", "38-Jähriger"

NOBLE_PARTICLES = frozenset("von zu vom".split())
NOBLE_NAME_WORDS = NOBLE_PARTICLES | frozenset("der dem den".split())  # "von der Leyen"


def nobility_end(words: Words, j: int, end: int, given: str, lex: Lexicon) -> int | None:
    """Where a surname with "von" or "zu" that token j opens ends, right after a lone given
    name: "Ursula | von der Leyen", "Karl-Theodor | zu Guttenberg". None for "Anna Berg von
    Greenpeace" (a surname came first) and "Tom von der Polizei" (an institution follows)."""
    if words[j].lower_ not in NOBLE_PARTICLES or not is_given_name(given, lex):
        return None
    k = j + 1 + (j + 1 < end and words[j + 1].lower_ in ("der", "dem", "den"))
    if k >= end or not is_capitalised(words[k], lex) or _names_something(words[k].text, lex) \
            or k + 1 < end and is_capitalised(words[k + 1], lex):
        return None  # the lemma table knows many surnames ("Weizsäcker"), so anything but a place or institution
    return k + 1


def known_particle_name(words: Words, j: int, end: int, surnames: frozenset[str] | set[str]) -> int | None:
    """Where a surname with its particle that the article gave in full ends ("von der Leyen"
    after "Ursula von der Leyen", "von Bredow" after "Anke von Bredow"), or None."""
    for size in (3, 2):
        if j + size > end:
            continue
        name = words.text(j, j + size)
        if name[:1].lower() + name[1:] in surnames and (j + size == end or not words[j + size].text[:1].isupper()):
            return j + size  # "Von der Leyen" at a sentence's start is "von der Leyen"
    return None


def particle_surname_end(words: Words, j: int, end: int, lex: Lexicon,
                         surnames: frozenset[str] | set[str] = frozenset()) -> int | None:
    """Where a surname that opens with "von der" or "zu" at token j ends when no given name
    comes before it: "Von der Leyen sagte" opening a sentence, "Kommissionschefin von der
    Leyen", "Zu Guttenberg räumte ein". Without a given name "von" is mostly a preposition,
    so the name word must be one the lemma table does not know ("von der Polizei", "von der
    Insel" stay prepositions), and "von" needs its article ("der Bürgermeister von Lützen"
    names a place). The genitive of a name the article gave ("der Doktorvater zu
    Guttenbergs") is whose the role is, not the role's name."""
    particle = words[j].lower_
    if particle not in ("von", "zu"):
        return None
    k = j + 1 + (j + 1 < end and particle == "von" and words[j + 1].lower_ in ("der", "dem", "den"))
    if k >= end or (particle == "von" and k == j + 1) or not is_name_like(words[k], lex) \
            or _names_something(words[k].text, lex) or k + 1 < end and is_capitalised(words[k + 1], lex) \
            or words[k].text.endswith("s") and words[k].text[:-1] in surnames:
        return None
    return k + 1


def _names_something(word: str, lex: Lexicon) -> bool:
    """A word after "von" that names an institution, a place or a time, not a family."""
    return head_kind(word, lex) is not None or entity_for([word], lex) is not None or word in lex.regions \
        or country_of(word, lex) is not None or word in lex.months or word in lex.weekdays


def _complement(words: Words, j: int, end: int, lex: Lexicon, kind: str, depth: int) -> tuple[str | None, int]:
    """The genitive or "von" complement at token j of a role or institution that names what
    it belongs to: "Sprecher des Ministeriums", "UN-Vertreter Nordkoreas". (Affiliation,
    where the phrase ends)."""
    nxt = words[j]
    if nxt.lower_ in ("des", "der", "von"):
        named = kind in ("organization", "government") and j + 2 < end and is_name_adjective(words[j + 1], lex)
        inner = chunk(words, j + 1, end, lex, depth + 2, permissive=kind == "role" or named)
        # "der Bundesverband der Deutschen Industrie": a capitalised adjective opens the rest of
        # the institution's name, not a second institution
        if inner and not inner.pronoun and (inner.kind != "unknown" or kind == "role" or named):
            j = inner.end
            outer = chunk(words, j + 1, end, lex, depth + 2) if j + 1 < end and words[j].lower_ in ("des", "der") \
                else None
            if outer and not outer.pronoun and outer.kind != "unknown":
                # "Leiter des Influenza-Programms der WHO": the institution at the end
                return outer.canonical, outer.end
            return inner.canonical, j
    elif country_of(nxt.text, lex) and nxt.text.endswith("s"):
        return country_of(nxt.text, lex), j + 1  # "UN-Vertreter Nordkoreas"
    return None, j


def _apposition(words: Words, j: int, end: int, lex: Lexicon) -> tuple[list[int], int] | None:
    """A name in apposition after the comma at token j: "Der Chef des Dienstes, Kyrylo
    Budanow, bestätigte", also after a role of its own: "Ein Gutachter, der Chemiker Bernd
    Lorenz, kommt", "Seine Verteidigerin, Rechtsanwältin Sonja Vogt, bat". (The name's
    tokens, where the phrase ends), or None."""
    first = j + 1
    if first < end and words[first].lower_ in ("der", "die"):
        first += 1
    while first < end and words[first].text.islower() and words[first].text.endswith(("e", "en")):
        first += 1  # "die langjährige Anwältin"
    if first < end and first + 1 < end and head_kind(words[first].text, lex) == "role" \
            and is_capitalised(words[first + 1], lex):
        first += 1  # the role before the name
    elif first != j + 1:
        return None  # "Ein Gutachter, der Chemiker beschäftigt": a relative clause
    k = first
    while k < end and (is_name_like(words[k], lex) or is_given_name(words[k].text, lex)
                       or (k > first and is_given_name(words[k - 1].text, lex) and is_capitalised(words[k], lex))
                       or is_name_word(words, k, end, lex)):
        k += 1  # after a given name, a capitalised word is the surname: "Ina Berger"
    close = k
    if close + 2 < end and words[close].text == "(" and words[close + 2].text == ")":
        close += 3  # "Christian Wulff (CDU),"
    if k > first and (close == len(words) or words[close].text in APPOSITION_ENDS) \
            and (k - first > 1 or is_name_like(words[first], lex) or words[first].text in lex.first_names):
        # with a closing comma, so that no clause ends inside the phrase; not with a full stop
        return list(range(first, k)), close + 1 if close < len(words) and words[close].text == "," else close
    return None


def genitive_free(words: Words, i: int, j: int, head: int, determiner: str | None) -> str:
    """The words of a phrase [i, j) without its article, the head noun without the genitive -s
    that "des"/"eines"/"seines" gave it: "des Anwalts" and "der Anwalt" are one speaker;
    "des Sprechers des Ministeriums" is the Sprecher des Ministeriums."""
    genitive = determiner in ("des", "eines") or i > 0 and words[i - 1].lower_ in ("seines", "ihres")
    return " ".join(strip_genitive(w.text) if genitive and w.i == head else w.text
                    for w in words[i + (1 if determiner else 0) : j] if w.text != ",")


def part_of_the_name(head: str, name: list[Word], lex: Lexicon) -> bool:
    """Is an organisation's noun part of its name? "Universität Hellbronn", "Stadtwerke
    Mollenbeck", "Gewerkschaft Luftverkehr" (a name of common nouns); not a noun for a kind of
    body before its own name ("die Reederei Brevik", "die Gewerkschaft Verdi")."""
    if is_acronym(" ".join(w.text for w in name)):
        return False
    noun = strip_genitive(head).casefold()
    if not noun.endswith((*lex.generic_institutions, *lex.companies, *lex.media_suffixes)):
        return True
    return all(w.text in lex.known_words for w in name)


def named_by_place(head: str, name: str) -> bool:
    """Does the name after an authority say where it is? "Feuerwehr Wiesental" and
    "Landratsamt Wiesental" are two authorities, not one "Wiesental", whatever the place's
    ending; an agency ("Behörde", "Agentur") has a name of its own ("die Weltraumbehörde NASA",
    "die Luftfahrtbehörde Enac")."""
    return not is_acronym(name) and not head.casefold().endswith(("behörde", "behörden", "agentur"))


def _with_seat(words: Words, mention: Mention, end: int, lex: Lexicon) -> bool:
    """Widen an institution's phrase over the place after "in" that tells which one it is:
    "die Polizei in Köln" is "Polizei Köln", as "die Polizei Köln"; a country, or a
    government's seat, names the country, so "die Regierung in Prag" is "Regierung
    (Tschechien)", as "die tschechische Regierung". A word the lemma table knows is no place
    ("die Regierung in Bedrängnis")."""
    j = mention.end
    if j + 1 >= end or words[j].lower_ != "in" or not words[j + 1].text[:1].isupper():
        return False
    phrase = country_phrase_at(words, j + 1, end, lex)
    size, country = phrase if phrase is not None else (1, country_of(words[j + 1].text, lex))
    place = words.text(j + 1, j + 1 + size)
    if country is not None and (mention.canonical.casefold().endswith(lex.seat_governments)
                                or country.casefold() == place.casefold()):
        mention.canonical = f"{mention.canonical} ({country})"  # "die Polizei in Polen", as "die polnische Polizei"
    elif size == 1 and (is_place_name(place, lex) or is_bare_name(words, j + 1, lex)) and head_kind(place, lex) is None:
        mention.canonical = f"{mention.canonical} {place}"
    else:
        return False
    mention.end = j + 1 + size
    mention.text = words.text(mention.start, mention.end)
    return True


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
                and head_kind(words[j + 1].text, lex) is None and words[j + 1].text not in lex.months \
                and (is_place_name(words[j + 1].text, lex) or is_bare_name(words, j + 1, lex)):
            j += 2  # "ein Polizeisprecher in Lützen"; not "der WWF in Absprache mit …"
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
    Zeitung“". A known entity keeps its kind; a title ending in a newspaper's word ("„Neustädter
    Kurier“") is a medium; any other title is of unknown kind."""
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
    canonical, kind = entity_for([name], lex) or (
        name, "media" if words[close - 1].text.casefold().endswith(lex.media_names) else "unknown")
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
    if not 1 <= len(inner) <= 5 or start == 0:
        return False
    before = words[start - 1]
    if before.text[:1].isupper() and before.text.isalpha() and head_kind(before.text, lex) in ("media", "organization", "government") \
            and inner[0][:1].isupper() and not any(t in ".,;:!?" for t in inner):
        # "die Zeitung „Nord Echo“", "die Organisation „Ärzte für Alle“", "das Bündnis „Unser
        # Krankenhaus bleibt“": after an institution's noun, any few words are its name
        return True
    if not reads_as_name(inner):
        return False
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
