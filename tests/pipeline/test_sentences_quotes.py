from __future__ import annotations

import pytest

from tests.helpers import body


def sentences(doc) -> list[str]:
    return [doc.text[s.start_char:s.end_char] for s in doc._.ct_sentences if s.body]


def test_sentences_keep_a_question_inside_its_quote(doc_of):
    doc = doc_of(body("„Ist das so?“, fragte sie. Dann ging sie."))
    assert sentences(doc) == ["„Ist das so?“, fragte sie.", "Dann ging sie."]


def test_sentences_ordinals_and_numbers_at_the_end(doc_of):
    doc = doc_of(body("Am 3. Oktober kamen etwa 10.000. Danach wurde es ruhig."))
    assert sentences(doc) == ["Am 3. Oktober kamen etwa 10.000.", "Danach wurde es ruhig."]


def test_sentences_an_ordinal_above_31_after_an_article(doc_of):
    # no day of a month, but the article before it says it is an ordinal
    doc = doc_of(body("Sie feierte ihren 90. Geburtstag. Zum 75. Jahrestag kamen 300. Der Saal war voll."))
    assert sentences(doc) == ["Sie feierte ihren 90. Geburtstag.", "Zum 75. Jahrestag kamen 300.", "Der Saal war voll."]


@pytest.mark.parametrize("text, expected", [
    # no ordinal stands before an article or a pronoun
    ("Das Fest ist in der Burgstraße 1. Die Einnahmen gehen an die Tafel.",
     ["Das Fest ist in der Burgstraße 1.", "Die Einnahmen gehen an die Tafel."]),
    # a code of letters and digits ends a sentence with its dot
    ("Der Erreger war H5N1. Um den Hof zu retten, half er.", ["Der Erreger war H5N1.", "Um den Hof zu retten, half er."]),
    # a dot between a word and an acronym is part of a name; before a capitalised word it is a typo's end
    ("Das teilte Straßen.NRW mit. Der Verkehr rollt.", ["Das teilte Straßen.NRW mit.", "Der Verkehr rollt."]),
    ("Der Zug fiel aus.Die Bahn schwieg.", ["Der Zug fiel aus.", "Die Bahn schwieg."]),
    # a year's dot before a number
    ("Es gab 300 Austritte im Jahr 2025. 2024 waren es 400.", ["Es gab 300 Austritte im Jahr 2025.", "2024 waren es 400."]),
    # an ordinal before a noun stays inside
    ("Zum 1. Mai kam sie.", ["Zum 1. Mai kam sie."]),
])
def test_sentences_ends_after_numbers_codes_and_dots_in_names(doc_of, text, expected):
    assert sentences(doc_of(body(text))) == expected


def test_sentences_line_breaks_end_sentences(doc_of):
    # "3." before a capital would stay an ordinal inside a line; the line break ends it
    assert sentences(doc_of(body("Das war der 3.\nTag."))) == ["Das war der 3.", "Tag."]


def test_quotes_all_styles(doc_of):
    doc = doc_of(body('„Eins“, sagte A. "Zwei", sagte B. »Drei«, sagte C. «Vier», sagte D.'))
    assert [doc.text[q.start_char:q.end_char] for q in doc._.ct_quotes] == ["„Eins“", '"Zwei"', "»Drei«", "«Vier»"]


def test_quotes_unclosed_mark_opens_nothing(doc_of):
    assert doc_of(body("Er sagte „nichts und ging.")).__getattribute__("_").ct_quotes == []


@pytest.mark.parametrize(
    "text, quotes",
    [
        ("Die Zeitung „Nord Echo“ meldet Streit.", []),  # the name a noun introduces
        ("Das schrieb die „Westdeutsche Rundschau“ am Abend.", []),  # capitalised words after an article
        ("Das meldete die Ausgabe des „Kurier“, dass er klagt.", []),  # a known word, in the frame of a dass-clause
        ("Er nannte den Plan „einen Fehler“.", ["„einen Fehler“"]),  # an article inside: words
        ("Er sprach von einem „Skandal“.", ["„Skandal“"]),  # after an indefinite article: words
        ("Sie sprach von der „Achse des Bösen“.", ["„Achse des Bösen“"]),  # a phrase, not a name
    ],
)
def test_quotes_a_quoted_name_is_no_quotation(doc_of, text, quotes):
    doc = doc_of(body(text))
    assert [doc.text[q.start_char:q.end_char] for q in doc._.ct_quotes] == quotes
