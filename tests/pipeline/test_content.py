from __future__ import annotations

import pytest

from tests.pipeline.finders import cue_in


@pytest.mark.parametrize(
    "text, lemma, content, mode",
    [
        ("Der Sprecher sagte: „Wir bleiben.“", "sagen", "„Wir bleiben.“", "direct"),  # marks included
        ("Der Sprecher sagte, es seien 500 gewesen.", "sagen", "es seien 500 gewesen", "indirect"),
        ("Der Sprecher sagte, dass die Halle brannte.", "sagen", "dass die Halle brannte", "indirect"),
        ("Die Lage sei ernst, sagte der Sprecher.", "sagen", "Die Lage sei ernst", "indirect"),
        ("Die Halle ist gesperrt, sagte der Sprecher.", "sagen", "Die Halle ist gesperrt", "reported"),
        ("Die NATO warnt vor einer Eskalation.", "warnen", "Die NATO warnt vor einer Eskalation.", "reported"),
        ("Der Verband kündigte an, mit Klagen zu reagieren.", "ankündigen", "mit Klagen zu reagieren", "indirect"),
        # a Konjunktiv II that the past shares, right after "sagte,": what was said
        ("Die Ärztin sagte, Kinder dürften nicht in die Kita.", "sagen", "Kinder dürften nicht in die Kita", "indirect"),
        ("Die Forscherin sagte, Schulen sollten später beginnen.", "sagen", "Schulen sollten später beginnen",
         "indirect"),
        # a subordinate clause before the verb is no statement: the sentence is
        ("Obwohl keine Daten vorlagen, bestätigte das Amt die Zahl.", "bestätigen",
         "Obwohl keine Daten vorlagen, bestätigte das Amt die Zahl.", "reported"),
    ],
)
def test_content_for_a_verb_cue(doc_of, text, lemma, content, mode):
    found = cue_in(doc_of, text, lemma)
    span, found_mode, _, _ = found.content().content_for_verb(
        found.cue, found.sentence, found.quotes, found.mentions)
    assert (found.chars(span), found_mode) == (content, mode)


@pytest.mark.parametrize(
    "text, lemma, content, parts",
    [
        ("Laut Polizei kamen 500 Menschen.", "laut", "kamen 500 Menschen", None),
        ("Die Halle brannte ab, so die Feuerwehr.", "so", "Die Halle brannte ab", None),
        ("Das sei, so der Minister, falsch.", "so", "Das sei, so der Minister, falsch", ["Das sei", "falsch"]),
    ],
)
def test_content_around_a_source_cue_leaves_out_the_frame(doc_of, text, lemma, content, parts):
    found = cue_in(doc_of, text, lemma)
    source = found.speakers().speaker_for_preposition(found.cue, found.sentence, found.mentions)
    span, found_parts = found.content().content_around(found.cue, source, found.sentence)
    assert found.chars(span) == content
    assert (found_parts and [found.chars(p) for p in found_parts]) == parts
