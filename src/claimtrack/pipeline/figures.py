"""Figures: numbers with their hedge and the noun they count.

    etwa 10.000 nordkoreanische Soldaten  -> value 10000, approx, unit "Soldaten" -> "Soldat"
    zwischen 10.000 und 12.000 Soldaten   -> low 10000, high 12000, range
    von hunderten nordkoreanischen Soldaten -> low 200, high 999, approx
    1,5 Millionen Menschen, zwölftausend Helfer, Millionen Schuss Munition

Numbers that belong to a date ("am 3. Oktober 2024"), a time ("um 14.30 Uhr"), an age ("im
Alter von 71 Jahren") or an ordinal ("3. Bauabschnitt") are not figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc
from text_to_num import text2num

from .. import lexicons
from .dates import years_apart
from .lexicon import PREPOSITIONS, QUOTE_PAIRS, Lexicon, get
from .nouns import country_of
from .words import Words, words_of

NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
NUMBER_WORD_START = ("zwei", "drei", "vier", "fünf", "sech", "sieb", "acht", "neun", "zehn", "elf", "zwölf",
                     "zwanzig", "dreißig", "hundert", "tausend", "einhundert", "eintausend", "einund")
NO_UMLAUT = str.maketrans("äöü", "aou")  # "Männer" -> "Mann", "Züge" -> "Zug"
ONE = frozenset("ein eine einer einem".split())  # "eine Million"
SHARE_OPENERS = frozenset("jeder jede jedes hälfte".split())  # "jeder dritte", "die Hälfte"
PARTITIVE_HEDGES = frozenset("insgesamt rund etwa knapp fast".split())  # "zwei der insgesamt 17"
YEAR = re.compile(r"(1[89]|20)\d\d")


@dataclass
class FigureMatch:
    start: int  # token range, hedge included
    end: int
    qualifier: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    unit_lemma: str | None = None
    modifiers: list[str] = field(default_factory=list)
    scope: str = "unknown"


@cache
def _data() -> dict:
    data = lexicons.load("quantities")
    hedges = {tuple(k.split()): v for k, v in data["hedges"].items()}
    return {
        "hedges": hedges,
        "hedge_len": max(len(k) for k in hedges),
        "scales": data["scales"],
        "vague": data["vague"],
        "after": [a.split() for a in data["not_figures"]["after"]],
        "before": [b.split() for b in data["not_figures"]["before"]],
        "before_len": max(len(b.split()) for b in data["not_figures"]["before"]),
        "before_year": frozenset(data["not_figures"]["before_year"]),
        "measure": set(data["units"]["measure"]),
        "symbols": data["units"]["symbols"],
        "unit_lemmas": data["unit_lemmas"],
        "scope": data["scope"],
        "some": frozenset(data["vague_scales"]["before"]),
        "fractions": data["fractions"],
        "shares": data["shares"],
        "age_groups": frozenset(data["ages"]["people"]),
        "old": frozenset(data["ages"]["old"]),
        "roads": frozenset(data["addresses"]["roads"]),
        "streets": tuple(data["addresses"]["streets"]),
        "named_by_number": tuple(data["not_figures"]["named_by_number"]),
        "duration_units": frozenset(data["durations"]["units"]),
        "duration_before": [b.split() for b in data["durations"]["before"]],
        "duration_after": frozenset(data["durations"]["after"]),
    }


def parse_number(text: str) -> float | None:
    """1.500 / 1500 / 1,5 / zwölftausend -> a float; None when it is no number."""
    if NUMBER.fullmatch(text):
        if text[0] == "0" and len(text) > 1 and text[1].isdigit():
            return None  # "0711": a code or a telephone number
        return float(text.replace(".", "").replace(",", "."))
    if text.islower() and text.startswith(NUMBER_WORD_START) and text.isalpha():
        return _number_word(text)
    return None


@cache
def _number_word(text: str) -> float | None:
    try:
        return float(text2num(text, "de"))
    except ValueError:
        return None


def number_at(words: Words, i: int, start: int) -> float | None:
    """The number token i writes, also a number word that opens the sentence in capitals
    ("Zwanzig Soldaten wurden verletzt") and "eine" before "Million" or "Milliarde"."""
    text = words[i].text
    value = parse_number(text)
    if value is None and (i == start or words[i - 1].text in QUOTE_PAIRS or words[i - 1].text == "(") \
            and text[:1].isupper():
        value = parse_number(text.lower())
    if value is None and text.lower() in ONE and i + 1 < len(words) \
            and words[i + 1].text in ("Million", "Milliarde"):
        value = 1.0  # "mehr als eine Million Haushalte"
    return value


@cache
def unit_lemma(word: str) -> str:
    if "-" in word:  # "Corona-Fälle" counts "Corona-Fall": the lemma of its last part
        first, last = word.rsplit("-", 1)
        return f"{first}-{unit_lemma(last)}" if last[:1].isupper() else word
    table = _data()["unit_lemmas"]
    if word in table:
        return table[word]
    found = lexicons.lemma(word)
    if found[:1].islower() and word[:1].isupper() and word.endswith(("e", "en")):
        # the table gives the participle ("überlebend", "infiziert"): a noun made of it
        # counts people, "Überlebende", "Infizierte"
        return word[:-1] if word.endswith("en") else word
    if found != word:
        return found[:1].upper() + found[1:]
    for plural, singular in (("isten", "ist"), ("anten", "ant"), ("enten", "ent"), ("innen", "in")):
        if word.endswith(plural):
            return word[: -len(plural)] + singular
    for k in range(3, len(word) - 4):
        # a compound the table lacks takes the lemma of its longest known last part:
        # "Einsatzkräfte" -> "Einsatzkraft", "Zeitsoldaten" -> "Zeitsoldat", "Verkehrstoten"
        # -> "Verkehrstote" (a noun made of an adjective, "tot"); but a lemma in -e of a plural
        # in -ten that is no adjective is the table's guess ("Taten" -> "Tate"), and then no
        # shorter part is either ("Dauerkarten" is no "Dauerkart"); short heads count
        # ("Windrädern" -> "Windrad", "Kleinbussen" -> "Kleinbus")
        part = word[k].upper() + word[k + 1:]
        lemma = lexicons.lemma(part)
        if lemma != part and lemma[:1].isupper() and lemma[:2] == part[:2].translate(NO_UMLAUT) and len(lemma) >= 3:
            if part.endswith(("te", "ten")) and part.startswith(lemma) and lemma.endswith("e") \
                    and lexicons.lemma(lemma.lower()) == lemma.lower():
                return word
            return word[:k] + lemma.lower()
    return word


def _not_a_figure(words: Words, i: int, j: int, start: int, end: int, lex: Lexicon) -> bool:
    data = _data()
    after = [t.text for t in words[j : min(end, j + 3)]]
    if after and (after[0] in lex.months or after[0].rstrip(".") in lex.months):
        return True
    for phrase in data["after"]:
        if after[: len(phrase)] == phrase:
            return True
    before = [t.text for t in words[max(start, i - data["before_len"]) : i]]  # read once, compare tails
    for phrase in data["before"]:
        if before[len(before) - len(phrase):] == phrase:
            return True
    text = words[i].text.rstrip(".")
    # "27 Soldaten", "27 verletzte Soldaten"; not "Bundesstraße 27 zwischen Borkenau"
    counts_a_noun = bool(after) and (after[0][:1].isupper() or (len(after) > 1 and after[1][:1].isupper()
                                                                and after[0].lower() not in PREPOSITIONS)
                                     # "zwischen 2000 und 3000 Menschen": the range counts the noun
                                     or len(after) > 2 and after[0] in ("und", "bis") and NUMBER.fullmatch(after[1])
                                     is not None and after[2][:1].isupper() and not years_apart(text, after[1]))
    if i > start and not counts_a_noun and (NUMBER.fullmatch(words[i - 1].text)
                                            or words[i - 1].lower_.endswith(data["named_by_number"])):
        # a number after a road, a track or a class names it ("Bundesstraße 42", "Gleis 3",
        # "Formel 1"); one after another number is part of a code ("0711 8990 1000")
        return True
    if YEAR.fullmatch(text) and not counts_a_noun:
        return True  # a bare year: "im Jahr 2024", "bis 2030"
    if i - 2 >= start and words[i - 1].lower_ in ("und", "bis") and years_apart(words[i - 2].text, text):
        return True  # the end of a span of years: "zwischen 1969 und 1981 alle Anträge"
    if i > start and (YEAR.fullmatch(text) or not counts_a_noun) \
            and (words[i - 1].text in lex.months or words[i - 1].text in data["before_year"]):
        # "Oktober 2024", "vor dem Jahr 1766", "im Jahr 2024 Soldaten"; not "seit Januar 238
        # Apotheken", "jedes Jahr 12.000 Rekruten"
        return True
    return False


def _hedge_before(words: Words, i: int, start: int) -> tuple[str, int]:
    """(qualifier, first token) of the hedge before token i: "mehr als 500" -> at_least."""
    data = _data()
    lowered = tuple(t.lower_ for t in words[max(start, i - data["hedge_len"]) : i])
    for n in range(len(lowered), 0, -1):
        hedge = lowered[len(lowered) - n:]
        if hedge in data["hedges"]:
            return data["hedges"][hedge], i - n
    return "exact", i


def share_at(words: Words, i: int, start: int, end: int) -> FigureMatch | None:
    """A share written in words, as a percentage: "jeder dritte Deutsche" (33.3), "die Hälfte
    der Befragten" (50), "ein Viertel der Brücken" (25); with its hedge ("mehr als die Hälfte")."""
    data = _data()
    shares, fractions = data["shares"], data["fractions"]
    lowered = words[i].lower_
    if lowered in ("jeder", "jede", "jedes") and i + 1 < end and words[i + 1].lower_ in shares["ordinals"]:
        share, stop = 100 / shares["ordinals"][words[i + 1].lower_], i + 2
    elif lowered in ONE and i + 1 < end and words[i + 1].text in fractions:
        share, stop = 100 / fractions[words[i + 1].text], i + 2
    elif words[i].text in shares["half"] and i > start and words[i - 1].lower_ in ("die", "der", "eine", "zur"):
        share, stop, i = 50.0, i + 1, i - 1
    else:
        return None
    qualifier, first = _hedge_before(words, i, start)
    if qualifier == "exact" and share != round(share, 1):
        qualifier = "approx"
    match = FigureMatch(first, stop, qualifier, value=round(share, 1))
    match.unit = match.unit_lemma = "Prozent"
    return match


def figure_at(words: Words, i: int, start: int, end: int, lex: Lexicon) -> FigureMatch | None:
    """The figure whose number (or vague quantity) is token i, or None."""
    data = _data()
    text = words[i].text
    if i == end - 1 and text.endswith(".") and len(text) > 1:
        value = parse_number(text[:-1])  # "auf etwa 10.000." at the end of a sentence
    else:
        value = number_at(words, i, start)
    if value is None and text in ("Hundert", "Tausend") and i > start and words[i - 1].lower_ in data["some"]:
        value = 100.0 if text == "Hundert" else 1000.0  # "mehrere Tausend Euro", as "mehrere tausend"
    vague = data["vague"].get(text) if value is None else None
    if value is None and vague is None:
        return None
    j = i + 1
    if value is not None:
        if j < end and words[j].text in data["scales"]:
            value *= data["scales"][words[j].text]
            j += 1
        if _not_a_figure(words, i, j, start, end, lex):
            return None
        if value in (100, 1000) and i > start and words[i - 1].lower_ in data["some"]:
            # "einige hundert Anwohner", "mehrere tausend Teilnehmer": as vague as "Hunderte";
            # the figure starts at "einige" ("ein paar": at "ein")
            vague = [2 * value, 10 * value - 1, "approx"]
            i -= 2 if i - 2 >= start and words[i - 1].lower_ == "paar" and words[i - 2].lower_ == "ein" else 1
    qualifier, first = _hedge_before(words, i, start)
    match = FigureMatch(first, j, qualifier)
    if vague is not None:
        match.low, match.high, match.qualifier = float(vague[0]), float(vague[1]), vague[2]
        if vague[0] == vague[1]:
            match.value, match.low, match.high = float(vague[0]), None, None
    else:
        match.value = value
        if i - 3 >= start and words[i - 1].lower_ == "und" and words[i - 2].lower_ in ("einer", "einem", "eins") \
                and words[i - 3].lower_ == "zwischen":
            # "zwischen einer und fünf Millionen": the first end is one of what the second counts
            scale = data["scales"][words[i + 1].text] if j == i + 2 else 1.0
            match.low, match.high, match.value, match.qualifier = scale, value, None, "range"
            match.start = i - 3
        # ranges: "zwischen 10.000 und 12.000", "10.000 bis 12.000" (also "60.000." ending the sentence)
        high_text = words[j + 1].text if j + 1 < end else ""
        if j + 1 == end - 1 and high_text.endswith(".") and len(high_text) > 1:
            high_text = high_text[:-1]
        if j + 1 < end and words[j].lower_ in ("und", "bis") and parse_number(high_text) is not None:
            high = parse_number(high_text)
            k = j + 2
            if k < end and words[k].text in data["scales"]:
                scale = data["scales"][words[k].text]
                high *= scale
                if value < scale and value <= high / scale:
                    value *= scale  # "zwischen 8 und 11 Millionen": both ends count millions
                k += 1
            has_zwischen = i - 1 >= start and words[i - 1].lower_ == "zwischen"
            if words[j].lower_ == "bis" or has_zwischen:
                if k < end and words[k].text == "Uhr":
                    return None  # "von 11 bis 17 Uhr": a time of day
                match.low, match.high, match.value, match.qualifier = value, high, None, "range"
                match.start = i - 1 if has_zwischen else first
                j = k
                match.end = j
    if match.value is not None and match.end < end and words[match.end].text in data["fractions"]:
        # "zwei Drittel der Befragten": a share, as a percentage; "drei Viertel" is 75 Prozent
        share = 100 * match.value / data["fractions"][words[match.end].text]
        match.value = round(share, 1)
        if match.qualifier == "exact" and match.value != share:
            match.qualifier = "approx"
        match.unit = match.unit_lemma = "Prozent"
        match.end += 1
        return match
    # the counted noun: skip modifiers ("nordkoreanische"), stop at the first noun
    k = match.end
    modifiers = []
    while k < end and k - match.end < 4 and words[k].text[:1].islower() and words[k].text.isalpha() \
            and words[k].text.endswith(("e", "en", "er", "es", "em")) and words[k].lower_ not in ("der", "den", "dem", "des", "die") \
            and words[k].lower_ not in PREPOSITIONS:
        modifiers.append(words[k].text)
        k += 1
    whole = partitive_noun(words, k, end) if not modifiers else None
    if whole is not None:
        # "14 der 36 Stahlträger", "zwei der Feuerwehrleute": a part counts what the whole
        # counts, and is a part of it
        match.unit, match.unit_lemma = words[whole].text, unit_lemma(words[whole].text)
        match.scope = "partial"
    elif k < end and words[k].text[:1].isupper() and words[k].text.replace("-", "").isalpha() \
            and not words[k].text.endswith("-") and words[k].text not in lex.months:  # "500 Corona-Fälle"
        match.unit = words[k].text
        match.unit_lemma = unit_lemma(words[k].text)
        match.modifiers = modifiers
        match.end = k + 1
    elif k == match.end and k < end and words[k].text in data["symbols"]:
        if k + 2 < end and words[k + 1].text == "/":  # "325 km/h" is a speed, not a length
            match.unit = match.unit_lemma = words.text(k, k + 3).rstrip(".")
            match.end = k + 3
        else:
            match.unit, match.unit_lemma = words[k].text, data["symbols"][words[k].text]  # "150 kg"
            match.end = k + 1
    elif vague is not None and value is None:
        return None  # "Hunderte" alone, without what they count, is not a figure we can use
    elif match.start > start and words[match.start - 1].lower_ in ("der", "die") and match.qualifier == "exact" \
            and not any(w.text[:1].isupper() for w in words[match.end : min(end, match.end + 3)]):
        # "unter der 110", "die 112 wählen": a number that names something; not "keine der vier
        # in Betrieb befindlichen Anlagen", which a noun follows
        return None
    if _is_age(words, match, start) or _is_address(words, match, start):
        return None
    return match


def _is_address(words: Words, match: FigureMatch, start: int) -> bool:
    """A number that names a road or a house: "auf der B 27", "an der Schulstraße 4"; not
    one that counts the noun right after it ("ein Amokläufer acht Kinder")."""
    if match.start <= start or match.qualifier != "exact":
        return False
    before = words[match.start - 1]
    if before.text in _data()["roads"]:
        return True
    counts = match.start + 1 < len(words) and words[match.start + 1].text[:1].isupper()
    return not counts and before.text[:1].isupper() and before.lower_.endswith(_data()["streets"])


def _is_age(words: Words, match: FigureMatch, start: int) -> bool:
    """Years of a person's age: "Kinder unter fünf Jahren", "im Alter von 34 und 41 Jahren",
    "ein 23 Jahre alter Mann" (a bound after people, a list of ages, "alt" after); not "zu drei Jahren Haft" nor
    "Freiheitsstrafe bis zu zwei Jahren"."""
    if match.unit not in ("Jahre", "Jahren"):
        return False
    if match.end < len(words) and words[match.end].lower_ in _data()["old"]:
        return True  # "ein 23 Jahre alter Mann"
    if match.end < len(words) and words[match.end].text[:1].isupper() and words[match.end].text.isalpha():
        return False  # "drei Jahre Haft" counts the sentence
    before = [w.lower_ for w in words[max(start, match.start - 6) : match.start]]
    return "alter" in before or match.start > start and words[match.start].lower_ in ("unter", "über") \
        and words[match.start - 1].text in _data()["age_groups"]


def count_noun_of_sentence(words: Words, start: int, end: int) -> tuple[str, str] | None:
    """"die Zahl der entsandten Soldaten ... auf etwa 10.000": the noun a bare number counts."""
    for i in range(start, end - 2):
        if words[i].lower_ in ("zahl", "anzahl") and words[i + 1].lower_ in ("der", "an", "von"):
            k = i + 2
            while k < end and not (words[k].text[:1].isupper() and country_of(words[k].text, get()) is None):
                k += 1  # "die Zahl der nach Russland entsandten Soldaten"
            if k < end:
                return words[k].text, unit_lemma(words[k].text)
    return None


def scope_of(words: Words, start: int, end: int) -> str:
    """Does the sentence give a total or plan ("insgesamt", "sollen ... entsandt werden") or a
    part so far ("bereits verlegt", "erste")? Totals win: "bereits insgesamt 12.000"."""
    data = _data()["scope"]
    lowered = {t.lower_ for t in words[start:end]}
    text = " " + words.text(start, end).casefold() + " "
    def marked(markers: list[str]) -> bool:
        return any((m in lowered) if " " not in m else (f" {m} " in text) for m in markers)
    if marked(data["total"]):
        return "total"
    return "partial" if marked(data["partial"]) else "unknown"


def partitive_noun(words: Words, k: int, end: int) -> int | None:
    """The noun of "der/von (36) (verletzten) Stahlträger" after a figure, when it counts:
    after another number, or a plural ("der Löschmänner", "der Zuschauer", not "der
    Bundeswehr"; a masculine noun in -er takes "des" in the singular)."""
    if k + 1 >= end or words[k].lower_ not in ("der", "von"):
        return None
    n = k + 1
    if words[n].lower_ in PARTITIVE_HEDGES and n + 1 < end:
        n += 1  # "zwei der insgesamt 17 Verletzten"
    counted = parse_number(words[n].text) is not None
    if counted:
        n += 1  # "der 36 Stahlträger"
    while n < end and n - k < 4 and words[n].text.islower() and words[n].text.endswith(("e", "en")):
        n += 1  # "der verletzten Helfer"
    if n >= end or not (words[n].text[:1].isupper() and words[n].text.isalpha()):
        return None
    plural = lexicons.lemma(words[n].text) != words[n].text or words[n].text.endswith(("er", "el"))  # "der Zuschauer"
    return n if counted or plural else None


def _part_of_previous(words: Words, match: FigureMatch, start: int, end: int) -> bool:
    """A figure that counts a part of one named before it: "davon zwei", "darunter drei
    Kinder", "zwei von ihnen", "19 davon"."""
    if match.start > start and words[match.start - 1].lower_ in ("davon", "darunter"):
        return True
    after = [w.lower_ for w in words[match.end : min(end, match.end + 2)]]
    return after[:1] in (["davon"], ["darunter"]) or after[:1] == ["von"] and after[1:] in (["ihnen"], ["denen"])


def _rejected(words: Words, match: FigureMatch, start: int, end: int) -> bool:
    """A figure a "nicht …, sondern" corrects: "nicht 500, sondern 300", "nicht etwa 500 Soldaten,
    sondern 300"; or one a correction replaces: "Statt der bisher genannten 150 Kilogramm seien
    es 1,9 Tonnen"."""
    before = [w.lower_ for w in words[max(start, match.start - 4) : match.start]]
    if "statt" in before or "anstatt" in before:
        opener = max(i for i, w in enumerate(before) if w in ("statt", "anstatt"))
        # the first figure after "statt", in its phrase: not "Anstatt 40 kamen nur 12 Busse"
        if not any(w in (",", ";", ":") or w[:1].isdigit() for w in before[opener:]):
            return True
    k = match.start - 1
    if k > start and words[k].lower_ == "etwa":
        k -= 1
    return k >= start and words[k].lower_ == "nicht" and match.end + 1 < end \
        and words[match.end].text == "," and words[match.end + 1].lower_ == "sondern"


def _says_when(words: Words, match: FigureMatch, start: int, end: int) -> bool:
    """A span of time that dates something: "zwei Minuten später", "vor drei Jahren", "binnen 24
    Stunden"; not "zu drei Jahren Haft"."""
    data = _data()
    if match.unit not in data["duration_units"]:
        return False
    if match.end < end and words[match.end].lower_ in data["duration_after"]:
        return True
    before = [w.lower_ for w in words[max(start, match.start - 2) : match.start]]
    return any(before[len(before) - len(phrase):] == phrase for phrase in data["duration_before"])


def find_figures(words: Words, start: int, end: int, lex: Lexicon) -> list[FigureMatch]:
    out: list[FigureMatch] = []
    vague = _data()["vague"]
    rejected: FigureMatch | None = None
    i = start
    while i < end:
        text = words[i].text
        lowered = words[i].lower_
        # most words are no number: a cheap look at the first letter before the full parse
        if not (text[:1].isdigit() or text in vague or lowered.startswith(NUMBER_WORD_START) or lowered in ONE
                or lowered in SHARE_OPENERS):
            i += 1
            continue
        match = share_at(words, i, start, end) or figure_at(words, i, start, end, lex)
        if match is None:
            i += 1
            continue
        if _says_when(words, match, start, end):
            i = match.end  # "zwei Minuten später": when, not how many
            continue
        if _rejected(words, match, start, end):
            rejected = match  # "nicht 500, sondern 300 Soldaten": the speaker rejects the 500
            if out and out[-1].unit is None and out[-1].end + 1 == match.start and match.unit:
                # "sieben statt 6,50 Euro": the figure the rejected one gives way to counts the same
                out[-1].unit, out[-1].unit_lemma = match.unit, match.unit_lemma
            i = match.end
            continue
        if match.unit is None:
            counted = count_noun_of_sentence(words, start, end)
            if rejected is not None and rejected.unit and match.start <= rejected.end + 3:
                # "nicht 500 Soldaten, sondern nur 300": the correction counts the same
                match.unit, match.unit_lemma, match.modifiers = rejected.unit, rejected.unit_lemma, list(rejected.modifiers)
            elif counted:
                match.unit, match.unit_lemma = counted
            elif out and out[-1].unit and (match.end >= end or words[match.end].is_punct):
                # "starben 41 Menschen, laut dem Roten Kreuz mindestens 58": a bare number that
                # ends its clause counts what the figure before it counts
                match.unit, match.unit_lemma, match.modifiers = out[-1].unit, out[-1].unit_lemma, list(out[-1].modifiers)
        if match.scope == "unknown" and _part_of_previous(words, match, start, end):
            match.scope = "partial"  # "17 Menschen verletzt, davon zwei schwer"
            if match.unit is None and out and out[-1].unit:
                match.unit, match.unit_lemma = out[-1].unit, out[-1].unit_lemma
        if match.scope == "unknown":
            match.scope = scope_of(words, start, end)
        out.append(match)
        i = max(match.end, i + 1)
    return out


@Language.factory(
    "claimtrack_figures", assigns=["doc._.ct_figures"], requires=["doc._.ct_sentences"], default_config={}
)
def make_figures(nlp: Language, name: str) -> FigureFinder:
    """Find figures (number, hedge, counted noun) in every body sentence."""
    return FigureFinder()


class FigureFinder:
    def __call__(self, doc: Doc) -> Doc:
        words = words_of(doc)
        lex = get()
        figures: list[FigureMatch] = []
        for sentence in doc._.ct_sentences:
            if sentence.body:
                figures.extend(find_figures(words, sentence.start, sentence.end, lex))
        doc._.ct_figures = figures
        return doc
