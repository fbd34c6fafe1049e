from __future__ import annotations

import pytest

from tests.helpers import body, only


@pytest.mark.parametrize(
    "sentence, stance",
    [
        ("Die Behörde bestätigte die Zahl der Opfer.", "confirms"),
        ("Das Ministerium bestritt die Berichte.", "denies"),
        ("Die Stadt wies die Vorwürfe entschieden zurück.", "denies"),
        ("Der Konzern dementierte einen Verkauf.", "denies"),
        ("Der Bürgermeister bestreitet die Vorwürfe nicht.", "does_not_deny"),
        ("Die Polizei erklärte, sie könne die Angaben bisher nicht bestätigen.", "cannot_confirm"),
        ("Die Feuerwehr sagte, sie habe keine eigenen Erkenntnisse über weitere Opfer.", "cannot_confirm"),
        ("Der Minister warnte vor Folgen, sollte sich der Verdacht bestätigen.", "cannot_confirm"),
        ("Die Gewerkschaft sagte, der Streik gehe weiter.", "asserts"),
        # a negation in a relative clause on the speaker does not negate the verb
        ("Die Sprecherin, deren Name nicht bekannt ist, bestätigte den Brand.", "confirms"),
        ("Der Verein, der bisher keine Stellungnahme abgab, bestreitet die Vorwürfe.", "denies"),
        # neither one nor the other
        ("Die Reederei wollte die Zahl weder bestätigen noch dementieren.", "cannot_confirm"),
        # reports the article calls unconfirmed; a denial of them still denies
        ("Unbestätigten Berichten zufolge brannten zwei Hallen.", "cannot_confirm"),
        ("Die Zahl von zwölf Toten ist bisher unbestätigt.", "cannot_confirm"),
        ("Die Reederei bestritt die unbestätigten Berichte.", "denies"),
        # calling a statement untrue denies it; an opinion about doing something does not
        ("Die Zahl von 300 Vermissten sei schlicht falsch, sagte der Landrat.", "denies"),
        ("„Das stimmt so nicht“, sagte die Sprecherin.", "denies"),
        ("Die Vorwürfe träfen nicht zu, erklärte die Firma.", "denies"),
        ("Das Ministerium widersprach der Darstellung.", "denies"),
        ("Es sei falsch, jetzt die Steuern zu senken, sagte die Ministerin.", "asserts"),
        ("Die Prognose stimmt nicht ganz, räumte der Sprecher ein.", "asserts"),
        ("Die Ministerin sagte, ihre Entscheidung sei falsch gewesen.", "asserts"),
        ("Der Verband sagte, die Mehrheit von 75 Stimmen nicht erreicht zu haben.", "asserts"),
        ("„Der Plan widerspricht den Versprechen“, sagte der Abgeordnete.", "asserts"),
        # not ruling out does not deny
        ("Bürgermeisterin Eva Stahl schloss Steuererhöhungen nicht aus.", "does_not_deny"),
        ("Die Polizei schließt Brandstiftung nicht aus.", "does_not_deny"),
    ],
)
def test_stance_reads_negation_and_conditions(claims_of, sentence, stance):
    assert only(claims_of(body(sentence))).stance == stance


@pytest.mark.parametrize("sentence", [
    "Bislang wurden nur wenige dieser Angaben vor Ort bestätigt.",
    # "überprüfen" is a verdict on a claim only with "unabhängig"
    "Die Angaben ließen sich nicht unabhängig überprüfen.",
])
def test_stance_unattributed_non_confirmation_is_an_assertion(claims_of, sentence):
    claim = only(claims_of(body(sentence)))
    assert (claim.speaker, claim.mode, claim.stance) == (None, "assertion", "cannot_confirm")


def test_stance_of_each_claim_in_a_sentence_of_several(claims_of):
    claims = claims_of(body("Das Amt meldete drei Todesfälle, die Klinik bestritt die Zahl."))
    assert [(c.speaker.canonical, c.stance) for c in claims] == [("Amt", "asserts"), ("Klinik", "denies")]


def test_stance_confirmed_as_an_attribute_is_no_stance(claims_of):
    claim = only(claims_of(body("Das Gesundheitsamt meldete 17 bestätigte Fälle.")))
    assert claim.stance == "asserts"


def test_stance_checking_is_no_claim(claims_of):
    assert claims_of(body("Die Polizei überprüft die Angaben der Zeugen.")) == []


def test_stance_continuation_inherits_a_denial(claims_of):
    claims = claims_of(body("Die Partei bestritt die Vorwürfe. Diese seien frei erfunden."))
    assert [c.stance for c in claims] == ["denies", "denies"]


@pytest.mark.parametrize(
    "sentence, stance",
    [("Niemand bestritt die Zahl der Toten.", "does_not_deny"), ("Niemand bestätigte die Zahl der Toten.", "cannot_confirm")],
)
def test_stance_nobody_denies_or_confirms_and_nobody_speaks(claims_of, sentence, stance):
    claim = only(claims_of(body(sentence)))
    assert (claim.speaker, claim.stance) == (None, stance)


@pytest.mark.parametrize("sentence", [
    "Der Spieler wurde aus dem Verein ausgeschlossen.",  # excluding somebody says nothing
    "Ein technischer Defekt wird nicht ausgeschlossen.",  # a passive names nobody who says it
    "Die Firma schloss das Werk in Lindau.",
    "Das Haus hat jahrelang leer gestanden.",  # "gestanden" of "stehen", no confession
])
def test_stance_ruling_out_is_a_cue_only_when_someone_does_not(claims_of, sentence):
    assert [c.cue for c in claims_of(body(sentence)) if c.cue is not None] == []
