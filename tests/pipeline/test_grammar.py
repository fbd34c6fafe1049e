from __future__ import annotations

import pytest

from claimtrack.pipeline.grammar import (
    in_prepositional_phrase,
    is_attributive,
    is_infix_zu_infinitive,
    is_konjunktiv_i,
)
from claimtrack.pipeline.words import words_of
from tests.helpers import body


@pytest.mark.parametrize(
    "word, expected",
    [
        ("gebe", True),  # geben: a form the lemma table lists
        ("bleibe", True),
        ("funktioniere", True),  # not in the table, but "funktionieren" is one of its lemmas
        ("kooperiere", True),  # in the table
        ("dauere", True),  # dauern, handeln: verbs in -ern/-eln drop an e
        ("handele", True),
        ("äußere", False),  # "die äußere Hülle" far more often than "er äußere"
        ("große", False),  # adjectives: "großen" is a form of "groß", not a lemma
        ("neue", False),
        ("digitale", False),
        ("Seite", False),  # nouns are capitalised
        ("diese", False),
    ],
)
def test_grammar_konjunktiv_i(word, expected):
    assert is_konjunktiv_i(word) is expected


def test_grammar_konjunktiv_of_a_verb_the_table_lacks_continues_the_speaker(claims_of):
    claims = claims_of(body("Die Sprecherin sagte, die Leitung sei repariert. Der Zugang funktioniere wieder."))
    assert [(c.speaker.canonical, c.text) for c in claims] == [
        ("Sprecherin", "Die Sprecherin sagte, die Leitung sei repariert."),
        ("Sprecherin", "Der Zugang funktioniere wieder.")]


@pytest.mark.parametrize(
    "word, expected",
    [("ersten", True), ("neutralen", True), ("behördlichen", True), ("seismologischen", True),
     ("starben", False), ("gehörte", False), ("kommen", False), ("lag", False)],
)
def test_grammar_attributive_adjective_is_not_a_verb(word, expected):
    assert is_attributive(word) is expected


@pytest.mark.parametrize(
    "text, noun, expected",
    [
        ("Der Verein unter der Leitung von Eva Kranz", "Leitung", True),  # "unter" ends in -er
        ("Sie sprach über die neuen Pläne", "Pläne", True),
        ("bei einem Treffen", "Treffen", True),
        ("Die neuen Pläne liegen vor", "Pläne", False),
    ],
)
def test_grammar_noun_in_a_prepositional_phrase(nlp, text, noun, expected):
    words = words_of(nlp.make_doc(text))
    i = next(k for k in range(len(words)) if words[k].text == noun)
    assert in_prepositional_phrase(words, i) is expected


@pytest.mark.parametrize("word, expected", [
    ("anzuheben", True), ("einzuführen", True), ("zurückzuziehen", True),
    ("anzeigen", False), ("unzufrieden", False), ("zuzusagen", False),
])
def test_grammar_zu_inside_a_separable_verb_is_a_zu_infinitive(word, expected):
    assert is_infix_zu_infinitive(word) is expected
