from __future__ import annotations

import pytest

from tests.helpers import body


def cue_lemmas(doc) -> list[str]:
    return [c.lemma for c in doc._.ct_cues]


@pytest.mark.parametrize(
    "sentence, lemma",
    [
        ("„Das ist falsch“, sagte die Ministerin.", "sagen"),
        ("Ein Sprecher kündigte indes an, die Straße zu sperren.", "ankündigen"),
        ("Die Polizei teilte am Abend mit, es gebe keine Verletzten.", "mitteilen"),
        ("„Wir machen weiter“, fuhr Müller fort.", "fortfahren"),
        ("Die Stadt wies den Vorwurf entschieden zurück.", "zurückweisen"),
        ("Der Verband räumte ein, dass Fehler passiert seien.", "einräumen"),
        ("Das Amt sprach von einer ernsten Lage.", "sprechen"),
        ("Laut Feuerwehr brannte die Halle vollständig aus.", "laut"),
        ("Der Polizei zufolge seien drei Menschen verletzt worden.", "zufolge"),
        ("Nach Angaben des Landratsamts sind die Straßen frei.", "nach Angaben"),
        ("Nach russischen Angaben traf die Delegation am Abend ein.", "nach Angaben"),
        ("Laut Angaben der Bergwacht sind alle Wanderer geborgen.", "laut Angaben"),
        ("Laut Behördenangaben blieb die Brücke gesperrt.", "laut Behördenangaben"),
        ("Die Lage sei unter Kontrolle, so der Einsatzleiter.", "so"),
        # a verb that reports the dass-clause after its comma
        ("Der Gutachter hatte dokumentiert, dass Seiten kopiert worden seien.", "dokumentieren"),
        ("Die Studie belegt, dass viele Brücken marode sind.", "belegen"),
        # "erklären" about something, or before a clause that says "für"
        ("Der Minister erklärte zu den Vorwürfen, sie seien falsch.", "erklären"),
        ("Der Verband erklärte, er sei für die Reform.", "erklären"),
        # the comma that ends the clause counts for what a cue needs
        ("Die Gemeinde rief die Anwohner auf, die Keller zu räumen.", "aufrufen"),
        # a cue verb with a separated particle is the particle verb's cue
        ("Die Gemeinde forderte die Anwohner auf, die Keller zu räumen.", "auffordern"),
        ("Die Gemeinde forderte mehr Geld vom Land.", "fordern"),
        ("Den Schaden beziffert die Polizei auf eine Million Euro.", "beziffern"),
        ("Zu dem Brandanschlag bekannte sich eine Gruppe im Internet.", "bekennen"),
        ("Die Mieter klagten über Schimmel in den Wohnungen.", "klagen"),
        ("Die Senatorin vertrat die Ansicht, das Gesetz reiche aus.", "vertreten"),
        ("Der Verband rief seine Mitglieder zum Boykott auf.", "aufrufen"),
        ("Die Kommission empfahl, die Grenzwerte zu senken.", "empfehlen"),
        ("Der Verband würdigte die Trainerin als „Vorbild für viele“.", "würdigen"),
        # a long separable particle before the verb, or after an apposition
        ("Wie die Sparkasse bekannt gab, sinken die Zinsen.", "bekanntgeben"),
        ("Die Firma hat gestern bekannt gegeben, dass sie schließt.", "bekanntgeben"),
        ("Dann gab die Chefin der Firma, Julia Ott, bekannt, dass sie schließt.", "bekanntgeben"),
        # preterites the lemma table lacks
        ("Die Stadtwerke gaben bekannt, dass die Preise steigen.", "bekanntgeben"),
        ("Der Gemeinderat beschloss, das Freibad zu schließen.", "beschließen"),
        ("Der Landkreis hat zugesagt, die Kosten zu tragen.", "zusagen"),
        ("Die Eltern prangerten an, dass der Schulbus ausfällt.", "anprangern"),
        ("Das Landgericht urteilte, die Kündigung sei unwirksam.", "urteilen"),
        ("Die Regierung verurteilte den Angriff als feige.", "verurteilen"),
        # protesting innocence, reprimanding, finding fault
        ("Der Fahrer beteuerte, er habe nichts getrunken.", "beteuern"),
        ("Der Landesrechnungshof rügte, die Stadt habe zu teuer gebaut.", "rügen"),
        ("Die Mieter monierten, die Heizung falle ständig aus.", "monieren"),
        ("Die Elternvertreter bemängeln, dass Lehrer fehlen.", "bemängeln"),
        # an estimate: "davon", or "von"/"mit" and a figure, maybe hedged
        ("Die Feuerwehr geht davon aus, dass der Damm hält.", "ausgehen"),
        ("Die Veranstalter gingen von 8.000 Besuchern aus.", "ausgehen"),
        ("Die Klinik geht inzwischen von mindestens zwölf Infizierten aus.", "ausgehen"),
        ("Der Handelsverband rechnet mit 400 Schließungen.", "rechnen"),
        ("Die Kämmerin rechnet damit, dass die Steuern sinken.", "rechnen"),
        # the figure measures the noun after "mit": a forecast
        ("Die Notenbank rechnet mit einem leichten Wachstum von 0,4 Prozent.", "rechnen"),
        ("Der Verband rechnet mit einem Rückgang der Umsätze um zehn Prozent.", "rechnen"),
        ("Die Bahn geht von einem Schaden von drei Millionen Euro aus.", "ausgehen"),
        # a finding, or a figure given in a statement
        ("Die Prüfer kamen zu dem Ergebnis, dass die Brücke sicher sei.", "kommen"),
        ("Der Statiker kommt in seinem Gutachten auf 40 beschädigte Träger.", "kommen"),
    ],
)
def test_cues_finds_the_cue(doc_of, sentence, lemma):
    assert lemma in cue_lemmas(doc_of(body(sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Regierung nutzte die Berichte, um Hilfe zu fordern.",  # infinitive, not a statement
        "Die bestätigten Fälle stiegen weiter.",  # attributive participle
        "Sie sprach mit Journalisten in Berlin.",  # "sprechen" without "von"
        "Die Partei erklärte sich bereit, zu verhandeln.",  # "sich erklären" is no cue
        "Die bekannte Autorin las aus ihrem Buch.",  # the adjective, not "sich bekennen"
        "Die Kinder klagten vor Gericht.",  # "klagen" without "über"
        "Der Staatssekretär vertrat die Ministerin im Ausschuss.",  # standing in, not a view
        "Das Gericht verurteilte den Fahrer zu einer Geldstrafe.",  # a sentence, not a statement
        "Das Unwetter forderte drei Todesopfer.",  # a toll, not a demand
        "Der Brand hat zwei Menschenleben gefordert.",
        "Die Mannschaft bestreitet am Freitag ihr erstes Heimspiel.",  # playing a match
        "Die Auswahl bestreitet am Sonntag das WM-Spiel gegen Chile.",
        "Täglich haben tausende Leser die Seite aufgerufen.",  # calling up a page
        "Nun können die Ermittler mit der Auswertung fortfahren.",  # going on with a task
        "Der Verein sagte das Sommerfest wegen des Regens ab.",  # "absagen" cancels
        "Der Fahrer konnte sich den Unfall nicht erklären.",  # a puzzle, not a statement
        "Der Brand ging von einem Kühlschrank aus.",  # where it came from, no estimate
        "Von den 30 Containern ging keine Gefahr aus.",  # a figure, but "von" opens the clause
        "Die Wirte rechnen mit einem langen Winter.",  # expecting, no figure
        "Die Gäste rechnen mit einem Bus um 8 Uhr.",  # a time, not what the noun measures
        "Der Brand ging von einem Haus in der Straße 3 aus.",  # an address after the noun
        "Die Feuerwehr dokumentierte den Brand mit Fotos.",  # no clause reported
        "Die Partei kommt in der Umfrage auf 31 Prozent.",  # a result, nobody speaks
        "Der Zug kam zum Schluss mit Verspätung an.",  # "ankommen" arrives
        # "erklären" that declares what something is
        "Das Gericht hatte das Verbot für rechtswidrig erklärt.",
        "Die Jury erklärte die Sängerin zur Siegerin.",
        "Die Regierung erklärte zwei Diplomaten zu unerwünschten Personen.",
    ],
)
def test_cues_ignores_non_cues(doc_of, sentence):
    assert cue_lemmas(doc_of(body(sentence))) == []


def test_cues_demnach_continues_at_sentence_start_or_after_the_verb_without_a_verb_cue(doc_of):
    doc = doc_of(body("Demnach seien alle Bewohner in Sicherheit. Er sagte demnach weiter nichts. "
                      "Bis 2030 fehlen demnach 300 Ärzte."))
    found = [(c.kind, c.lemma, c.sentence) for c in doc._.ct_cues]
    assert [f for f in found if f[0] == "continuation"] == [("continuation", "demnach", 1), ("continuation", "demnach", 3)]


def test_cues_not_read_from_headings_or_titles(doc_of):
    doc = doc_of("Minister sagt Hilfe zu\n\nNATO warnt vor Eskalation\n\nDer Regen hielt an.")
    assert doc._.ct_cues == []


def test_cues_a_result_given_laut_a_source_is_that_sources(doc_of):
    # "kommen ... auf" beside "laut": the result speaks, not the party
    assert cue_lemmas(doc_of(body("Die Grünen kommen laut vorläufigem Ergebnis auf 40 Sitze."))) == ["laut"]
