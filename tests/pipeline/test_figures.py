from __future__ import annotations

import pytest

from tests.helpers import body, only


def figures(doc):
    return doc._.ct_figures


@pytest.mark.parametrize(
    "sentence, value, low, high, qualifier, unit_lemma",
    [
        ("Es kamen 1.500 Soldaten.", 1500, None, None, "exact", "Soldat"),
        ("Es kamen 1500 nordkoreanische Soldaten.", 1500, None, None, "exact", "Soldat"),
        ("Es kamen etwa 10.000 Soldaten.", 10000, None, None, "approx", "Soldat"),
        ("Es kamen rund 11.000 Infanteristen.", 11000, None, None, "approx", "Infanterist"),
        ("Mehr als 600.000 russische Soldaten wurden verwundet.", 600000, None, None, "at_least", "Soldat"),
        ("Es waren zwischen 10.000 und 12.000 Soldaten.", None, 10000, 12000, "range", "Soldat"),
        ("Es waren 10.000 bis 12.000 Soldaten.", None, 10000, 12000, "range", "Soldat"),
        # a unit symbol stands for its noun
        ("Aus dem Tank liefen rund 150 kg Säure aus.", 150, None, None, "approx", "Kilogramm"),
        ("Es wurden 1,9 t Gas freigesetzt.", 1.9, None, None, "exact", "Tonne"),
        ("Der Stau reichte über 12 km.", 12, None, None, "at_least", "Kilometer"),
        ("Der Zug erreichte 320 km/h auf der Strecke.", 320, None, None, "exact", "km/h"),
        # a hyphenated compound counts the lemma of its last part
        ("In der Stadt gibt es 500 Corona-Fälle.", 500, None, None, "exact", "Corona-Fall"),
        # a scale after the high end counts both ends, unless the low end is already larger
        ("Der Bau kostet zwischen 8 und 11 Millionen Euro.", None, 8_000_000, 11_000_000, "range", "Euro"),
        ("Es kamen zwischen 800.000 und 1,2 Millionen Menschen.", None, 800_000, 1_200_000, "range", "Mensch"),
        ("Der Schaden liegt bei 1,5 Millionen Euro.", 1500000, None, None, "exact", "Euro"),
        ("Es streikten zwölftausend Beschäftigte.", 12000, None, None, "exact", "Beschäftigte"),
        # a share in words is a percentage
        ("Jeder dritte Befragte lehnt die Reform ab.", 33.3, None, None, "approx", "Prozent"),
        ("Mehr als die Hälfte der Befragten lehnt sie ab.", 50, None, None, "at_least", "Prozent"),
        ("Ein Viertel der Brücken ist marode.", 25, None, None, "exact", "Prozent"),
        # "Jahr" and a month before a number make a date only when it is a year
        ("Die Truppe braucht jedes Jahr zwölftausend neue Rekruten.", 12000, None, None, "exact", "Rekrut"),
        ("Seit Januar 238 Apotheken geschlossen.", 238, None, None, "exact", "Apotheke"),
        ("Man sah Hunderte Demonstranten.", None, 200, 999, "approx", "Demonstrant"),
        ("Sie meldeten Dutzende Verletzte.", None, 24, 99, "approx", "Verletzte"),
        ("Nordkorea lieferte Millionen Schuss Munition.", 1000000, None, None, "at_least", "Schuss"),
        ("Es fielen bis zu 40 Liter Regen.", 40, None, None, "at_most", "Liter"),
        ("Höchstens 200 Gäste dürfen kommen.", 200, None, None, "at_most", "Gast"),
        ("Fast 900 Fahrten fielen aus.", 900, None, None, "approx", "Fahrt"),
        ("Mindestens 30 Menschen wurden verletzt.", 30, None, None, "at_least", "Mensch"),
        # a noun made of a participle or adjective counts people, not the participle
        ("Es gab 140 Überlebende.", 140, None, None, "exact", "Überlebende"),
        ("Die Klinik zählte 25 Infizierte.", 25, None, None, "exact", "Infizierte"),
        ("Es kamen 80 Jugendliche.", 80, None, None, "exact", "Jugendliche"),
        # a number word opening the sentence is written in capitals
        ("Zwanzig Soldaten wurden verletzt.", 20, None, None, "exact", "Soldat"),
        ("„Dreihundert Gäste kamen“, sagte er.", 300, None, None, "exact", "Gast"),
        ("Mehr als eine Million Haushalte waren ohne Strom.", 1_000_000, None, None, "at_least", "Haushalt"),
        # "um" before a number is a change, not a time ("um 14 Uhr" is one by its "Uhr")
        ("Die Mieten stiegen um 15 Prozent.", 15, None, None, "exact", "Prozent"),
        # "einige hundert" is as vague as "Hunderte"
        ("Einige hundert Anwohner protestierten.", None, 200, 999, "approx", "Anwohner"),
        ("Es kamen ein paar tausend Fans.", None, 2000, 9999, "approx", "Fan"),
        ("Die Stadt meldete mehrere tausend Anträge.", None, 2000, 9999, "approx", "Antrag"),
        ("Der Schaden beträgt mehrere Tausend Euro.", None, 2000, 9999, "approx", "Euro"),
        ("Es kamen zwischen 2000 und 3000 Menschen.", None, 2000, 3000, "range", "Mensch"),
        # a range whose first end is "einer", or that ends the sentence without its noun
        ("Die Kosten liegen zwischen einer und fünf Millionen Euro.", None, 1_000_000, 5_000_000, "range", "Euro"),
        ("Die Polizei schätzte die Menge auf 50.000 bis 60.000.", None, 50_000, 60_000, "range", None),
        # a fraction is a share, in Prozent
        ("Zwei Drittel der Befragten waren dafür.", 66.7, None, None, "approx", "Prozent"),
        ("Drei Viertel der Betriebe klagten.", 75, None, None, "exact", "Prozent"),
        # a compound the lemma table lacks takes the lemma of its last part
        ("Es rückten 40 Einsatzkräfte aus.", 40, None, None, "exact", "Einsatzkraft"),
        # a compound counts its short head too; a plural in -ten the table does not know stays
        ("Der Park besteht aus sechs Windrädern.", 6, None, None, "exact", "Windrad"),
        ("Es fuhren zwölf Kleinbussen voraus.", 12, None, None, "exact", "Kleinbus"),
        ("Verkauft wurden 900 Dauerkarten.", 900, None, None, "exact", "Dauerkarten"),
        ("Es gingen 12 Asylanträge ein.", 12, None, None, "exact", "Asylantrag"),
        ("Es kamen 30 Feuerwehrmänner.", 30, None, None, "exact", "Feuerwehrmann"),
        ("Es starteten 43 Läuferinnen.", 43, None, None, "exact", "Läuferin"),
        # a plural in -ten: a noun in -t, or one made of an adjective ("tot"), but not the
        # table's guess of a lemma in -e ("Taten" -> "Tate")
        ("Es dienen dort 80 Zeitsoldaten.", 80, None, None, "exact", "Zeitsoldat"),
        ("Es gab 12 Verkehrstoten.", 12, None, None, "exact", "Verkehrstote"),
        ("Es wurden 95 Gewalttaten erfasst.", 95, None, None, "exact", "Gewalttaten"),
    ],
)
def test_figures_reads_german_formats(doc_of, sentence, value, low, high, qualifier, unit_lemma):
    figure = only(figures(doc_of(body(sentence))))
    assert (figure.value, figure.low, figure.high, figure.qualifier) == (value, low, high, qualifier)
    assert figure.unit_lemma == unit_lemma


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Feuer brach am 3. Oktober 2024 aus.",  # date
        "Der Alarm kam um 14.30 Uhr.",  # time
        "Der 54-Jährige wurde befragt.",  # age
        "Sie starb im Alter von 71 Jahren.",  # age
        "Zum zweiten Mal brannte es dort.",  # ordinal word
        "Der 3. Bauabschnitt ist teurer.",  # ordinal number
        "Die Reform gilt seit 2019.",  # year
        "Auf der Bundesstraße 42 kam es zu einem Stau.",  # a road, a track, a class named by a number
        "Die Polizei sperrte die Bundesstraße 27 zwischen Aldorf und Bingen.",
        "Die Buslinie 5 über den Marktplatz fährt wieder.",
        "Der Zug fährt auf Gleis 3 ein.",
        "In der Innenstadt gilt Tempo 30 auf allen Straßen.",
        "Hinweise nimmt die Wache unter 0711 8990 1000 entgegen.",  # a telephone number
        # a span of time that says when
        "Zwei Minuten später kam die Feuerwehr.",
        "In der zweiten Hälfte fiel kein Tor.",  # a half of a match, no share
        # ages, a time of day, a number that names something
        "Betroffen sind vor allem Kinder unter fünf Jahren.",
        "Die Männer im Alter von 34 und 41 Jahren wurden festgenommen.",
        "Geöffnet ist von 11 bis 17 Uhr.",
        "Hinweise nimmt die Polizei unter der 110 entgegen.",
        "Zwei Stunden nach der Tat stellte sich der Mann.",
        "Vor knapp sechs Jahren verschwand der Hund.",
        "Innerhalb von 24 Stunden fiel zweimal der Strom aus.",
        "In den vergangenen 48 Stunden regnete es ohne Pause.",
        # an age before "alt", a child's age, a road and a house number
        "Der Fahrer, ein 23 Jahre alter Mann, blieb unverletzt.",
        "Ein Platz für ein Kind unter drei Jahren ist knapp.",
        "Bei einem Unfall auf der B 27 kam es zu einem Stau.",
        "Die Stadt richtete an der Schulstraße 4 eine Notunterkunft ein.",
        "Auf der A 7 staute sich der Verkehr.",
        "Auf der A 7 Richtung Norden staute sich der Verkehr.",
        # the end of a span of years before a noun
        "Zwischen 1973 und 1976 studierte Müller in Graz.",
        "Er war von 1990 bis 1991 Bundesminister.",
    ],
)
def test_figures_ignores_dates_times_ages_ordinals(doc_of, sentence):
    assert figures(doc_of(body(sentence))) == []


@pytest.mark.parametrize("sentence, value, unit_lemma", [
    ("Der Mann wurde zu drei Jahren Haft verurteilt.", 3, "Jahr"),
    ("Die Feuerwehr hatte den Brand nach drei Tagen unter Kontrolle.", 3, "Tag"),
    ("Die Läuferin lag 12,4 Sekunden vor der Zweiten.", 12.4, "Sekunde"),
    ("Das Beben dauerte zwanzig Sekunden lang.", 20, "Sekunde"),
    ("Es droht eine Freiheitsstrafe bis zu zwei Jahren.", 2, "Jahr"),
    ("Keine der vier Anlagen hat eine Genehmigung.", 4, "Anlage"),
    # a noun ending like a street word counts what follows ("-läufer" is no "Ufer")
    ("Damals hatte ein Amokläufer acht Kinder getötet.", 8, "Kind"),
])
def test_figures_a_span_of_time_that_says_how_long_is_a_figure(doc_of, sentence, value, unit_lemma):
    figure = only(figures(doc_of(body(sentence))))
    assert (figure.value, figure.unit_lemma) == (value, unit_lemma)


def test_figures_counted_noun_from_zahl_der(doc_of):
    doc = doc_of(body("Die Zahl der nach Polen geflohenen Menschen stieg auf etwa 3.000."))
    figure = only(figures(doc))
    assert (figure.value, figure.unit_lemma) == (3000, "Mensch")


@pytest.mark.parametrize(
    "sentence, units",
    [
        # a bare number that ends its clause counts what the figure before it counts
        ("Laut Polizei gab es 12 Verletzte, laut den Sanitätern 19.", ["Verletzte", "Verletzte"]),
        ("Die Polizei meldete 23 Vermisste; nach Angaben der Reederei waren es nur 12.", ["Vermisste", "Vermisste"]),
        # a number followed by its own noun, or not ending a clause, keeps its own
        ("Es gab 12 Verletzte und 3 Tote.", ["Verletzte", "Tote"]),
        # a part of the figure before it ("davon", "von ihnen") counts what that figure counts
        ("Es gab 12 Verletzte, 19 davon schwer.", ["Verletzte", "Verletzte"]),
        ("Bei dem Unfall wurden 17 Menschen verletzt, drei von ihnen schwer.", ["Mensch", "Mensch"]),
    ],
)
def test_figures_elliptic_number_takes_the_counted_noun_before_it(doc_of, sentence, units):
    assert [f.unit_lemma for f in figures(doc_of(body(sentence)))] == units


@pytest.mark.parametrize(
    "sentence, found",
    [
        # "nicht X, sondern Y": the speaker rejects X; the correction counts what X counted
        ("Es seien nicht 500, sondern 300 Soldaten verlegt worden.", [(300, "exact", "Soldat")]),
        ("Es seien nicht 500 Soldaten, sondern nur 300 verlegt worden.", [(300, "exact", "Soldat")]),
        ("Es seien nicht etwa 500 Soldaten, sondern 300 Soldaten.", [(300, "exact", "Soldat")]),
        # a figure that a correction replaces ("statt")
        ("Statt der zuerst gemeldeten 80 Kilogramm seien 2 Tonnen ausgetreten.", [(2, "exact", "Tonne")]),
        ("Anstatt 40 kamen nur 12 Busse.", [(12, "exact", "Bus")]),
        ("Der Eintritt kostet künftig acht statt 6,50 Euro.", [(8, "exact", "Euro")]),
        # "nicht mehr als" is a hedge, not a rejection
        ("Es seien nicht mehr als 500 Soldaten.", [(500, "at_most", "Soldat")]),
    ],
)
def test_figures_a_rejected_figure_is_no_figure(doc_of, sentence, found):
    assert [(f.value, f.qualifier, f.unit_lemma) for f in figures(doc_of(body(sentence)))] == found


@pytest.mark.parametrize(
    "sentence, units",
    [
        ("Im Test fielen 14 der 36 Brücken durch.", [(14, "Brücke"), (36, "Brücke")]),
        ("Es wurden zwei der Sanitäter verletzt.", [(2, "Sanitäter")]),
        ("Es starben fünf der verletzten Passagiere.", [(5, "Passagier")]),
    ],
)
def test_figures_a_part_counts_what_the_whole_counts(doc_of, sentence, units):
    assert [(f.value, f.unit_lemma) for f in figures(doc_of(body(sentence)))] == units


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Zwei der Verletzten werden weiter im Krankenhaus behandelt.", [(2, "Verletzte", "partial")]),
        ("Drei der insgesamt 40 Busse fielen aus.", [(3, "Bus", "partial"), (40, "Bus", "total")]),
        ("Es gab 17 Verletzte, davon zwei schwer.", [(17, "Verletzte", "unknown"), (2, "Verletzte", "partial")]),
        ("Gerettet wurden 30 Menschen, darunter acht Kinder.", [(30, "Mensch", "unknown"), (8, "Kind", "partial")]),
        # "teilnehmen" is no part
        ("Am Turnier nahmen 300 Vereine teil.", [(300, "Verein", "unknown")]),
    ],
)
def test_figures_a_part_of_a_group_has_partial_scope(doc_of, sentence, found):
    # a subset ("zwei der Verletzten") is no rival of the total it is a part of
    assert [(f.value, f.unit_lemma, f.scope) for f in figures(doc_of(body(sentence)))] == found


def test_figures_a_part_of_a_singular_noun_counts_nothing(doc_of):
    """"780 der deutschen Bundeswehr": the Bundeswehr is no count noun."""
    found = [f for f in figures(doc_of(body("Von 2.000 Soldaten stellt 780 der deutschen Bundeswehr.")))
             if f.value == 780]
    assert only(found).unit is None


def test_figures_record_leaves_the_full_stop_out(claims_of):
    # the tokenizer keeps a sentence's full stop on a number it takes for an ordinal
    claims = claims_of(body("Die Polizei sprach von 23 Vermissten, die Reederei von 12."))
    assert [q.text for c in claims for q in c.quantities] == ["23 Vermissten", "12"]
