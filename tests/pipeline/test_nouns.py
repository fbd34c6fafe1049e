from __future__ import annotations

import pytest

from claimtrack.pipeline.lexicon import get
from claimtrack.pipeline.nouns import (
    compound_affiliation,
    country_of,
    entity_for,
    from_first_name,
    head_kind,
    is_given_name,
    strip_genitive,
)


@pytest.mark.parametrize("word, kind", [
    ("Sprecherin", "role"), ("Geheimdienst", "government"), ("Regierungen", "government"),
    ("Experten", "group"), ("Veranstaltern", "group"),  # a group in the dative plural
    ("Nachrichtenagentur", "media"), ("Innenministeriums", "government"), ("Haus", None),
    # things whose compound ends in a role noun
    ("Fahrzeuge", None), ("Löschfahrzeugen", None), ("Lautsprecher", None), ("Halbleiter", None),
    ("Kronzeuge", "role"), ("Abteilungsleiter", "role"),
    ("Meteorologe", "role"), ("Kriminologin", "role"), ("Loge", None),  # the -ologe professions
    # a local government as a whole word, not as a compound's end
    ("Stadt", "government"), ("Gemeinden", "government"), ("Landkreis", "government"), ("Altstadt", None),
])
def test_nouns_head_kind(word, kind):
    assert head_kind(word, get()) == kind


@pytest.mark.parametrize("word, country", [
    ("russischen", "Russland"), ("Moskau", "Russland"), ("Russlands", "Russland"),
    ("US-amerikanischen", "USA"), ("Griechische", "Griechenland"), ("Haus", None),
])
def test_nouns_country_of(word, country):
    assert country_of(word, get()) == country


@pytest.mark.parametrize("word, expected", [
    ("Lena", True), ("Hans-Jürgen", True), ("Meier", False),
    ("Rose", False),  # also a German word, so not on the list
])
def test_nouns_given_name(word, expected):
    assert is_given_name(word, get()) is expected


@pytest.mark.parametrize("word, affiliation", [
    ("Polizeisprecher", "Polizei"), ("Regierungssprecherin", "Regierung"),
    ("Ministeriumssprecher", "Ministerium"), ("Sprecher", None),
])
def test_nouns_compound_affiliation(word, affiliation):
    assert compound_affiliation(word, get()) == affiliation


@pytest.mark.parametrize("word, nominative", [
    ("Verbandes", "Verband"), ("Kremls", "Kreml"), ("Anwalts", "Anwalt"),
    ("Hauses", "Haus"), ("Kurses", "Kurs"),  # -es after an s
    ("Interesses", "Interesse"), ("Endes", "Ende"),  # a noun in -e takes only the s
    ("Prozesses", "Prozess"), ("Volkskongresses", "Volkskongress"),  # -ss takes -es
    ("Prozess", "Prozess"), ("Haus", "Haus"), ("Behörden", "Behörden"),  # no genitive ending
    # a noun in -is, known to the lemma table or not, keeps its s
    ("Landkreis", "Landkreis"), ("Ergebnis", "Ergebnis"), ("Landkreises", "Landkreis"),
    ("Ergebnisses", "Ergebnis"), ("Preises", "Preis"),
])
def test_nouns_strip_genitive(word, nominative):
    assert strip_genitive(word) == nominative


@pytest.mark.parametrize("canonical, name", [
    ("Mafiajägers Salvatore Boemi", "Salvatore Boemi"), ("Sir Richard Branson", "Richard Branson"),
    ("Hans Peter Meier", "Hans Peter Meier"),
])
def test_nouns_a_person_is_named_from_the_given_name_on(canonical, name):
    assert from_first_name(canonical, get()) == name


def test_nouns_entity_named_by_the_tail_of_a_phrase():
    assert entity_for(["Nachrichtenagentur", "Yonhap"], get()) == ("Yonhap", "media")
