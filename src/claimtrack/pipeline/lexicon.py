"""The lexicons in the shapes the pipeline components need, built once per process."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .. import lexicons

DETERMINERS = frozenset(
    "der die das des dem den ein eine einer eines einem einen dieser diese dieses diesem diesen".split()
)
OBLIQUE_DETERMINERS = frozenset("dem den einem einen diesem diesen".split())
PREPOSITIONS = frozenset(
    """von vom mit in im an am auf aus für gegen nach vor bei beim über unter zwischen durch um ohne
    zu zum zur seit bis ab gegenüber neben hinter wegen trotz statt während per pro samt nahe
    angesichts infolge innerhalb außerhalb laut zufolge gemäß unweit ins ans aufs""".split()
)
# "seiner Meinung nach", "nach ihren Angaben": whose, told by a pronoun
PERSONAL_POSSESSIVES = frozenset("sein seine seines seiner seinem seinen ihr ihre ihres ihrer ihrem ihren".split())
POSSESSIVES = PERSONAL_POSSESSIVES | {"dessen", "deren"}
# an opening quotation mark and the marks that may close it
QUOTE_PAIRS = {"„": "“”\"", "“": "”", "»": "«", "«": "»", '"': '"', "‚": "‘’"}
# what opens a reported clause; "daß" is the spelling before 1996, still found in archives
COMPLEMENTIZERS = frozenset("dass daß ob".split())
# "weder bestätigen noch dementieren" denies nothing and confirms nothing
NEGATIONS = frozenset("nicht kein keine keinen keinem keiner keines nie niemals niemand weder".split())


UMLAUTS = str.maketrans("äöü", "aou")


def fold_umlauts(word: str) -> str:
    """"landrät" -> "landrat": a role word compared with its masculine form ("Landrätin")."""
    return word.translate(UMLAUTS)


def _casefold_set(words: list[str]) -> frozenset[str]:
    return frozenset(w.casefold() for w in words)


@dataclass(frozen=True)
class VerbCue:
    lemma: str
    stance: str | None = None
    base: str | None = None
    particle: str | None = None
    needs: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    relays: bool = False  # the verb passes on another's words: "zitieren"
    other_particles: tuple[str, ...] = ()  # "sagte das Fest ab" is absagen, no speech
    figure_after: tuple[str, ...] = ()  # "geht von 500 Teilnehmern aus": "von" and a figure meet `needs`
    passes_on: bool = False  # "X bestritt es, berichtete dpa": the medium passes X's claim on
    active_only: bool = False  # "wird nicht ausgeschlossen": in the passive nobody says it


# eq=False: a Lexicon hashes by identity, so word-level look-ups can be cached per lexicon
@dataclass(frozen=True, eq=False)
class Lexicon:
    verb_cues: dict[str, VerbCue]
    separable: dict[str, tuple[VerbCue, ...]]  # base lemma -> cues with a particle
    adverbs: frozenset[str]
    prepositions: dict[str, bool]  # word -> source stands before it
    phrase_openers: frozenset[str]  # "nach", "laut": they open "nach Angaben X"
    phrase_nouns: frozenset[str]
    phrase_compounds: tuple[str, ...]  # "Polizeiangaben", "Regierungsangaben"
    anonymous_sources: frozenset[str]
    continuation: frozenset[str]
    continuation_inside: frozenset[str]  # "fehlen demnach": inside the sentence
    konjunktiv: frozenset[str]
    konjunktiv_ii: frozenset[str]  # "hätte", "dächten": also conditions, so no Konjunktiv I
    role_suffixes: tuple[str, ...]
    feminine_roles: frozenset[str]  # "schwester": a woman's role without -in
    not_role_suffixes: tuple[str, ...]  # "Fahrzeuge" ends in "zeuge", yet names no witness
    same_roles: tuple[frozenset[str], ...]
    any_office: frozenset[str]  # "politiker": fits a person of any office  # role heads naming one office ("staatschef", "präsident")
    groups: frozenset[str]
    speaks_for: tuple[str, ...]  # role ends whose holder speaks for an institution, umlauts folded
    offices: dict[str, frozenset[str]]  # role end -> institution nouns it heads ("landrat" -> "landratsamt")
    government_suffixes: tuple[str, ...]
    organization_suffixes: tuple[str, ...]
    media_suffixes: tuple[str, ...]
    media_names: tuple[str, ...]  # "Kurier", "Tagblatt": a quoted name ending so is a medium's
    generic_institutions: frozenset[str]  # "Konzern": "der Konzern" is the institution last named
    companies: frozenset[str]  # "Unternehmen": generic nouns that refer back to a company only
    company_words: tuple[str, ...]  # "GmbH", "Chemie": a name with one is a company's
    legal_forms: frozenset[str]  # "GmbH", "AG": after a name, a company's
    government_words: frozenset[str]  # "Stadt", "Gemeinde": whole words, not compound ends
    seat_governments: tuple[str, ...]  # "Regierung": "die Regierung in Prag" is Tschechien's
    document_suffixes: tuple[str, ...]  # "Bericht", "Studie": an author's genitive speaks for it
    not_names: frozenset[str]
    personal_pronouns: frozenset[str]
    demonstratives: frozenset[str]
    dative_pronouns: frozenset[str]  # "ihm", "ihr": "Ihm zufolge"
    countries: dict[str, str]  # casefolded name, capital or adjective stem -> country
    regions: frozenset[str]  # German, Austrian and Swiss regions and cities ("Tirol", "Leipzig")
    place_suffixes: tuple[str, ...]  # endings of German place names ("-hofen", "-heim")
    country_adjectives: dict[str, str]  # adjective stem -> country
    country_phrases: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # "vereinigte" -> ((words), "USA"), longest first
    entities: dict[str, tuple[str, str]]  # normalised alias -> (canonical, kind)
    entity_starts: frozenset[str]  # normalised first words of aliases of several words ("weisse")
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    relative_periods: dict[str, int]  # "vergangenen" -> -1, before "Jahr", "Monat", "Woche"
    periods: dict[str, str]  # "Woche" -> "week"
    year_openers: tuple[str, ...]
    not_after_year: frozenset[str]  # "von 2000 Menschen": after these a number counts
    not_before_year: frozenset[str]  # "2000 km"
    first_names: frozenset[str]
    feminine_names: frozenset[str]  # given names of women: "Annalena"; the others are men's,
    unisex_names: frozenset[str]  # but for those given to both: "Andrea", "Kim"
    common_words: frozenset[str]  # frequent lower-case words: "Erstmals" is no name
    known_words: frozenset[str] = field(repr=False, default=frozenset())


@lru_cache(maxsize=1 << 16)
def normalise_name(text: str) -> str:
    """Case-folded words with a genitive -s/-es removed from the last and an adjective ending
    from the others: "des Kremls" and "Kreml" match, and so do "laut Statistischem Bundesamt",
    "des Statistischen Bundesamtes" and "das Statistische Bundesamt"."""
    words = re.findall(r"\w+", text.casefold())
    return " ".join([*(name_word_stem(w) for w in words[:-1]), *(_without_genitive(w) for w in words[-1:])])


@lru_cache(maxsize=1 << 16)
def name_word_stem(word: str) -> str:
    """A case-folded word that is not the last of a name, without its adjective ending."""
    return re.sub(r"e[nmrs]?$", "", word) if len(word) > 3 else word


def _without_genitive(word: str) -> str:
    return re.sub(r"(?<=[^s])e?s$", "", word) if len(word) > 4 else word


def _phrases_by_first_word(names: dict[str, str]) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Names of several words ("vereinigte staaten"), indexed by their first word so that a
    rule can test a token cheaply; longer names first."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for name, target in names.items():
        words = tuple(name.lower().split())
        if len(words) > 1:
            out.setdefault(words[0], []).append((words, target))
    return {first: tuple(sorted(found, key=lambda item: -len(item[0]))) for first, found in out.items()}


@cache
def get() -> Lexicon:
    cues = lexicons.load("cues")
    speakers = lexicons.load("speakers")
    places = lexicons.load("places")
    entities_data = lexicons.load("entities")
    dates = lexicons.load("dates")

    verb_cues: dict[str, VerbCue] = {}
    separable: dict[str, list[VerbCue]] = {}
    for lemma, cfg in cues["verbs"].items():
        cue = VerbCue(lemma, cfg.get("stance"), cfg.get("base"), cfg.get("particle"), tuple(cfg.get("needs", ())),
                      tuple(cfg.get("unless", ())), cfg.get("relays", False), tuple(cfg.get("other_particles", ())),
                      tuple(cfg.get("figure_after", ())), cfg.get("passes_on", False), cfg.get("active_only", False))
        verb_cues[lemma] = cue
        if cue.base:
            separable.setdefault(cue.base, []).append(cue)

    countries: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    for country, names in places["countries"].items():
        countries[country.casefold()] = country
        adjectives[names[0]] = country
        for name in names[1:]:
            countries[name.casefold()] = country

    entities: dict[str, tuple[str, str]] = {}
    for entry in entities_data["entity"]:
        for alias in [entry["canonical"], *entry["aliases"]]:
            entities[normalise_name(alias)] = (entry["canonical"], entry["kind"])

    table = lexicons.lemma_table()
    return Lexicon(
        verb_cues=verb_cues,
        separable={k: tuple(v) for k, v in separable.items()},
        adverbs=_casefold_set(cues["adverbs"]["words"]),
        prepositions={w: bool(cfg.get("before")) for w, cfg in cues["prepositions"].items()},
        phrase_openers=frozenset(cues["phrases"]["openers"]),
        phrase_nouns=frozenset(cues["phrases"]["nouns"]),
        phrase_compounds=tuple(n.casefold() for n in cues["phrases"]["compounds"]),
        anonymous_sources=frozenset(cues["phrases"]["anonymous"]),
        continuation=frozenset(cues["phrases"]["continuation"]),
        continuation_inside=frozenset(cues["phrases"]["continuation_inside"]),
        konjunktiv=frozenset(cues["konjunktiv"]["forms"]) | frozenset(cues["konjunktiv"]["second"]),
        konjunktiv_ii=frozenset(cues["konjunktiv"]["second"]),
        role_suffixes=tuple(sorted(set(speakers["roles"]["suffixes"]), key=len, reverse=True)),
        feminine_roles=frozenset(speakers["roles"]["feminine"]),
        not_role_suffixes=tuple(speakers["roles"]["not_suffixes"]),
        same_roles=tuple(frozenset(group) for group in speakers["roles"]["same"]),
        any_office=frozenset(speakers["roles"]["any_office"]),
        groups=frozenset(speakers["roles"]["groups"]),
        speaks_for=tuple(sorted({fold_umlauts(r) for r in speakers["speaks_for"]["roles"]}, key=len, reverse=True)),
        offices={fold_umlauts(role): frozenset(nouns) for role, nouns in speakers["speaks_for"]["offices"].items()},
        government_suffixes=tuple(speakers["organizations"]["government_suffixes"]),
        organization_suffixes=tuple(speakers["organizations"]["organization_suffixes"]),
        media_suffixes=tuple(speakers["organizations"]["media_suffixes"]),
        media_names=tuple(speakers["organizations"]["media_names"]),
        generic_institutions=frozenset(speakers["organizations"]["generic"]),
        companies=frozenset(speakers["organizations"]["companies"]),
        company_words=tuple(speakers["organizations"]["company_words"]),
        legal_forms=frozenset(speakers["organizations"]["legal_forms"]),
        government_words=frozenset(speakers["organizations"]["government_words"]),
        seat_governments=tuple(speakers["organizations"]["seat_governments"]),
        document_suffixes=tuple(speakers["documents"]["suffixes"]),
        not_names=frozenset(speakers["not_names"]["words"]),
        personal_pronouns=frozenset(speakers["pronouns"]["personal"]),
        demonstratives=frozenset(speakers["pronouns"]["demonstrative"]),
        dative_pronouns=frozenset(speakers["pronouns"]["dative"]),
        countries=countries,
        regions=frozenset(places["regions"]["names"]) | frozenset(places["regions"]["cities"]),
        place_suffixes=tuple(places["regions"]["suffixes"]),
        country_adjectives=adjectives,
        country_phrases=_phrases_by_first_word(countries),
        entities=entities,
        entity_starts=frozenset(alias.split()[0] for alias in entities if " " in alias),
        months=dict(dates["months"]),
        weekdays=dict(dates["weekdays"]),
        relative_days=dict(dates["relative_days"]),
        relative_periods=dict(dates["relative_periods"]),
        periods=dict(dates["periods"]),
        year_openers=tuple(dates["years"]["openers"]),
        not_after_year=frozenset(dates["years"]["not_after"]),
        not_before_year=frozenset(dates["years"]["not_before"]),
        first_names=frozenset(speakers["first_names"]["names"]) | lexicons.first_names(),
        feminine_names=lexicons.word_list("feminine_names"),
        unisex_names=lexicons.word_list("unisex_names"),
        common_words=lexicons.common_words(),
        known_words=frozenset(table) | frozenset(table.values()),
    )
