from __future__ import annotations

import pytest

from tests.helpers import body, only


def summary(claim):
    return (claim.speaker.canonical if claim.speaker else None, claim.cue.lemma if claim.cue else None, claim.mode)


@pytest.mark.parametrize(
    "text, speaker, cue, mode",
    [
        ("„Wir geben nicht auf“, sagte Bürgermeisterin Anna Roth am Abend.", "Anna Roth", "sagen", "direct"),
        ("Der Landrat Peter Wolf erklärte, dass die Schulen geschlossen bleiben.", "Peter Wolf", "erklären", "indirect"),
        ("Die Feuerwehr teilte mit, es seien 40 Menschen gerettet worden.", "Feuerwehr", "mitteilen", "indirect"),
        ("Die Gewerkschaft warnt vor weiteren Streiks.", "Gewerkschaft", "warnen", "reported"),
        ("Nach Angaben der Stadtwerke fielen 300 Busse aus.", "Stadtwerke", "nach Angaben", "reported"),
        ("Laut dpa sind die Gespräche gescheitert.", "dpa", "laut", "reported"),
        ("Laut Angaben der Bergwacht seien alle Wanderer geborgen.", "Bergwacht", "laut Angaben", "indirect"),
        ("Nach einer Stellungnahme der Reederei lief die Fähre auf Grund.", "Reederei", "nach Stellungnahme",
         "reported"),
        # a verb cue without a speaker of its own ("verlangt") leaves the sentence to the phrase cue
        ("Nach Angaben der Feuerwehr habe der Fahrer gewendet und verlangt, weiterfahren zu dürfen.", "Feuerwehr",
         "nach Angaben", "indirect"),
        # known entities: several words whose head names no speaker, and one name per agency
        ("Das Rote Kreuz teilte mit, es seien 300 Helfer im Einsatz.", "Rotes Kreuz", "mitteilen", "indirect"),
        ("Eine Sprecherin des Weißen Hauses sagte, es gebe keinen Plan.", "Weißes Haus", "sagen", "indirect"),
        ("Das Weiße Haus verlangte den Rückzug der Truppen.", "Weißes Haus", "verlangen", "reported"),
        ("Greenpeace fordert ein Verbot der Schleppnetze.", "Greenpeace", "fordern", "reported"),
        ("Laut Interfax wurde der Flughafen geschlossen.", "Interfax", "laut", "reported"),
        # capitalised words before an acronym in brackets name the institution
        ("Der Verband Freier Bäcker (VFB) kritisierte die Pläne.", "Verband Freier Bäcker (VFB)", "kritisieren",
         "reported"),
        # Arabic names keep their article in lower case
        ("Die Anlage sei sicher, sagte al-Hadi.", "al-Hadi", "sagen", "indirect"),
        # the name in apposition after a role, its institution named by several words or a chain
        ("Der Direktor des Roten Kreuzes, Samir el-Amin, warnte vor Eile.", "Samir el-Amin", "warnen", "reported"),
        ("Die Leiterin des Impfprogramms der WHO, Petra Berger, sagte, es fehle Geld.", "Petra Berger", "sagen",
         "indirect"),
        # the name in apposition after a role of its own; a relative clause is no apposition
        ("Ein Gutachter, der Chemiker Bernd Lorenz, sagte, es seien 600 Kilogramm.", "Bernd Lorenz", "sagen", "indirect"),
        ("Ihre Verteidigerin, Rechtsanwältin Sonja Vogt, sagte, sie bereue die Tat.", "Sonja Vogt", "sagen",
         "indirect"),
        ("Ein Gutachter, der Chemiker beschäftigt, sagte, es seien 600 Kilogramm.", "Gutachter", "sagen", "indirect"),
        # a speech verb's subject speaks whatever its noun, before the verb or right after it
        ("Der 23-jährige Sportler sagte, er sei unschuldig.", "23-jährige Sportler", "sagen", "indirect"),
        ("Die Lage sei ernst, sagte die Schülerin.", "Schülerin", "sagen", "indirect"),
        ("Den Vertrag kritisierte die Mieterin scharf.", "Mieterin", "kritisieren", "reported"),
        ("Landwirte berichteten, das Wasser sei schnell gestiegen.", "Landwirte", "berichten", "indirect"),
        ("Der Bus sei zu spät gekommen, sagten Pendler.", "Pendler", "sagen", "indirect"),
        # reckoning and confessing are statements; a management body speaks
        ("Ein Haushalt spare rund 80 Euro, rechnete Vertriebsleiterin Sandra Kowalski vor.", "Sandra Kowalski",
         "vorrechnen", "indirect"),
        ("Der Angeklagte gestand, das Geld genommen zu haben.", "Angeklagte", "gestehen", "indirect"),
        # nouns made of participles name groups that speak ("Forschende", "Streikende")
        ("Forschende der Universität berichten, 40 Prozent seien betroffen.", "Forschende der Universität", "berichten",
         "indirect"),
        ("Die Gewerkschaft zählte 650 Streikende, die Klinikleitung sprach von 420.", "Klinikleitung", "sprechen",
         "reported"),
        # a title in quotation marks stands where the source stands
        ("Laut „Tagesblatt“ ist der Streik beendet.", "Tagesblatt", "laut", "reported"),
        ("Nach einem Bericht der „Nordpost“ schließt das Werk im Mai.", "Nordpost", "nach Bericht", "reported"),
        ("Der Streik sei beendet, so die „Rheinzeitung“.", "Rheinzeitung", "so", "indirect"),
        ("Die Fähre fährt dem „Inselboten“ zufolge wieder.", "Inselboten", "zufolge", "reported"),
        # who made a poll says it, not who paid for it
        ("Einer Umfrage des Instituts Demora im Auftrag des „Tagblatts“ zufolge liegt die Partei vorn.",
         "Institut Demora", "zufolge", "reported"),
        ("Der Polizei zufolge seien zwei Männer festgenommen worden.", "Polizei", "zufolge", "indirect"),
        ("Die Lage habe sich entspannt, so Einsatzleiter Jonas Berg.", "Jonas Berg", "so", "indirect"),
        # a whole quotation before "so X" is direct speech
        ("„Die Lage hat sich entspannt“, so Einsatzleiter Jonas Berg.", "Jonas Berg", "so", "direct"),
        ("Der Truppeneinsatz hat begonnen, wie die Nachrichtenagentur Reuters berichtet.", "Reuters", "berichten", "reported"),
        ("Der Chef des Landesamts, Markus Tiedemann, bestätigte die Zahl.", "Markus Tiedemann", "bestätigen", "reported"),
        ("Spekulationen über Betrug wies der Wahlleiter Jan Ohm zurück.", "Jan Ohm", "zurückweisen", "reported"),
        # after an article, a capitalised adjective is part of the name that follows
        ("Die Europäische Kommission kündigte an, die Regeln zu prüfen.", "Europäische Kommission", "ankündigen",
         "indirect"),
        ("Die Deutsche Bahn teilte mit, die Strecke sei gesperrt.", "Deutsche Bahn", "mitteilen", "indirect"),
        ("Die Britische Botschaft riet zur Ausreise.", "Botschaft (Großbritannien)", "raten", "reported"),
        # an adverb between the subject and its verb
        ("Die Bahnleitung hingegen sprach von einem Unfall.", "Bahnleitung", "sprechen", "reported"),
        # a plural verb form the lemma table reads as another word ("weisen": "weise")
        ("Im Bericht weisen die Prüfer auf Mängel hin.", "Prüfer", "hinweisen", "reported"),
    ],
)
def test_attribution_finds_speaker_cue_and_mode(claims_of, text, speaker, cue, mode):
    assert summary(only(claims_of(body(text)))) == (speaker, cue, mode)


def test_attribution_direct_quote_content_keeps_its_marks(claims_of):
    claim = only(claims_of(body("„Das ist ein Skandal“, sagte Ortsvorsteher Udo Brandt.")))
    assert claim.content.text == "„Das ist ein Skandal“"


def test_attribution_indirect_content_is_the_reported_clause(claims_of):
    claim = only(claims_of(body("Die Polizei erklärte, dass die Straße wieder frei sei.")))
    assert claim.content.text == "dass die Straße wieder frei sei"


@pytest.mark.parametrize(
    "text, mode, content",
    [
        # a quoted word inside the reported clause: the clause is the content, and its mode
        # is the clause's (quoting a few words makes no direct speech)
        ("Die Lage am Deich sei „dramatisch“, sagte der Landrat.", "indirect", "Die Lage am Deich sei „dramatisch“"),
        ("Ohne neue Pumpen werde der Keller „voll Wasser“ laufen, warnte die Hausmeisterin.", "indirect",
         "Ohne neue Pumpen werde der Keller „voll Wasser“ laufen"),
        # the quotation is the whole statement: at the start of the sentence, or after a colon
        ("„Wir bleiben hier“, sagte der Landrat.", "direct", "„Wir bleiben hier“"),
        ("Trainerin Eva Lorenz war zufrieden: „Ein guter Anfang“, sagte Lorenz.", "direct", "„Ein guter Anfang“"),
    ],
)
def test_attribution_a_quoted_phrase_inside_the_clause_is_no_direct_speech(claims_of, text, mode, content):
    claim = only(claims_of(body(text)))
    assert (claim.mode, claim.content.text) == (mode, content)


@pytest.mark.parametrize(
    "text, content",
    [
        # an unclosed ", so X": what follows the source is frame too
        ("Die Brücke sei gesperrt, so Polizeisprecher Jan Ebert am Abend.", "Die Brücke sei gesperrt"),
        # a frame inside the sentence leaves two parts, without their commas
        ("Das sei, so der Minister, falsch.", "Das sei … falsch"),
        ("Der Einsatz, sagte der Sprecher, sei beendet.", "Der Einsatz … sei beendet"),
        # two words after the frame are still content
        ("Die Brücke ist der Polizei zufolge gesperrt.", "Die Brücke ist … gesperrt"),
        # the frame is the whole source phrase, whether or not its noun names a speaker
        ("Ein zweites Treffen werde nach Angaben eines unabhängigen Beobachters bald folgen.",
         "Ein zweites Treffen werde … bald folgen"),
        ("Der Regen könnte nach Angaben von „Ärzte ohne Grenzen“ noch Wochen dauern.",
         "Der Regen könnte … noch Wochen dauern"),
        ("Es handle sich ersten Angaben zufolge um drei Täter.", "Es handle sich … um drei Täter"),
        # a phrase that opens the sentence ends where the verb comes second
        ("Nach Angaben des Landrats der Region Oberfeld kommen die Arbeiten gut voran.",
         "kommen die Arbeiten gut voran"),
        ("Ersten Angaben vom Dienstag zufolge gehörte das Boot einer Reederei in Kiel.",
         "gehörte das Boot einer Reederei in Kiel"),
        ("Nach Angaben der verletzten Frau sei der Täter geflohen.", "sei der Täter geflohen"),
        ("Nach Angaben der Stiftung für Menschenrechte kommt es selten zu Festnahmen.",
         "kommt es selten zu Festnahmen"),
        ("Laut Angaben informierter Kreise betrug die Summe drei Millionen Euro.",
         "betrug die Summe drei Millionen Euro"),
    ],
)
def test_attribution_content_is_the_sentence_without_its_frame(claims_of, text, content):
    assert only(claims_of(body(text))).content.text == content


def test_attribution_a_clause_opened_by_its_subject_is_no_frame(claims_of):
    """"…, sagte X": the clause before the frame is the content; "…, die Betreiber sprechen
    von …" is a statement of its own, and what they speak of comes after the verb."""
    claim = only(claims_of(body("Es sind 500 Stellen entstanden, die Betreiber sprechen von bis zu 850 Stellen.")))
    assert "850" in claim.content.text


def test_attribution_sentence_initial_adverb_is_no_speaker(claims_of):
    assert claims_of(body("Insgesamt sagte man wenig.")) == []


def test_attribution_quote_spanning_sentences_is_one_claim(claims_of):
    claims = claims_of(body("„Das ist zu wenig. Wir fordern mehr Geld“, sagte Gewerkschafterin Eva Lind."))
    claim = only(claims)
    assert claim.speaker.canonical == "Eva Lind"
    assert claim.text.startswith("„Das ist zu wenig.")


def test_attribution_quote_the_cue_opens_across_sentences_is_one_claim(claims_of):
    claims = claims_of(body("Der Pfarrer sagte: „Wir bleiben offen. Niemand wird abgewiesen.“ Dann ging er."))
    claim = only(claims)
    assert claim.content.text == "„Wir bleiben offen. Niemand wird abgewiesen.“"
    assert claim.text == "Der Pfarrer sagte: „Wir bleiben offen. Niemand wird abgewiesen.“"


def test_attribution_pronoun_takes_the_last_speaker(claims_of):
    claims = claims_of(body("Bürgermeister Tom Hahn sprach von einer Katastrophe. Er betonte, dass niemand verletzt sei."))
    assert [c.speaker.canonical for c in claims] == ["Tom Hahn", "Tom Hahn"]
    assert claims[1].speaker.resolved_from == "Er"


def test_attribution_role_noun_takes_the_last_person(claims_of):
    claims = claims_of(body("Präsidentin Maria Sand forderte Hilfe. „Wir brauchen Zelte“, sagte die Präsidentin."))
    assert [c.speaker.canonical for c in claims] == ["Maria Sand", "Maria Sand"]


@pytest.mark.parametrize("text, speaker", [
    # "er" is no woman and "die Ministerin" no man, whoever is the subject before
    ("Landrätin Petra Vogt empfing den Bürgermeister Jonas Weber. Er sagte, die Brücke werde repariert.",
     "Jonas Weber"),
    ("Boris Brandt traf in Riga seine Amtskollegin Hanna Ozols. Die Ministerin sagte, die Grenze bleibe offen.",
     "Hanna Ozols"),
    # "Schwester" is a woman's role though it does not end in -in ("Kim" tells no gender)
    ("Die Schwester des Präsidenten, Kim Sol, sprach von einer Lüge. Die Nachbarn würden Gerüchte streuen. "
     "Sie beschuldigte den Nachbarstaat erneut, Ballons zu schicken.", "Schwester des Präsidenten Kim Sol"),
    # a person named with the office, though not the subject, before one whose office is not told
    ("Emil Roth empfing Generalsekretär Anton Vesely in Wien. Der Generalsekretär erklärte, man sei einig.",
     "Anton Vesely"),
])
def test_attribution_pronouns_and_role_nouns_fit_gender_and_office(claims_of, text, speaker):
    last = claims_of(body(text))[-1]
    assert (last.speaker.canonical, last.cue is not None) == (speaker, True)  # its own claim, no continuation


@pytest.mark.parametrize("text, speaker", [
    # a compound that names one office as a whole refers back as its plain form does
    ("Die Ministerpräsidentin des Landes, Katrin Holm, verteidigte den Haushalt. Die Regierungschefin sagte, "
     "es gebe keine neuen Schulden.", "Katrin Holm"),
    # "Politikerin" fits any office holder
    ("Bundesinnenministerin Nora Fiedler kündigte Kontrollen an. Die SPD-Politikerin sagte, die Lage sei ernst.",
     "Nora Fiedler"),
    # a role with its institution in the genitive is somebody new
    ("Ministerin Nora Fiedler kündigte Kontrollen an. Der Vorsitzende des Bauernverbands sagte, das sei gut.",
     "Vorsitzende des Bauernverbands"),
])
def test_attribution_role_nouns_that_name_an_office(claims_of, text, speaker):
    assert claims_of(body(text))[-1].speaker.canonical == speaker


@pytest.mark.parametrize("text, speaker", [
    # a generic institution noun is the institution of its kind named last by its name
    ("Siemens will 2.500 Stellen abbauen. Das teilte der Konzern am Mittwoch mit.", "Siemens"),
    ("Die Bundesbank senkte ihre Prognose. Die Wirtschaft stagniere, schrieb die Notenbank.", "Bundesbank"),
    # not a common noun of that kind
    ("Die Pressekonferenz begann spät. Die Gewerkschaft sagte, der Streik gehe weiter.", "Gewerkschaft"),
    # "die Behörde" is the authority named before it, by its place or its kind of office
    ("Das Bauamt Lindach sperrte die Brücke. Die Behörde teilte mit, dass sie marode sei.", "Bauamt Lindach"),
    ("Das Gesundheitsamt meldete neue Fälle. Die Behörde sprach von 40 Infizierten.", "Gesundheitsamt"),
    # with no authority before it, it stays "Behörde" (and diff makes it an origin of its article)
    ("Die Brücke ist marode. Die Behörde teilte mit, dass sie gesperrt werde.", "Behörde"),
    # a company named by its trade ("Chemie", "Pharma") is an organisation "das Unternehmen" refers to
    ("Die Lindauer Pharma hat Fehler eingeräumt. Es fehlten 40 Chargen, teilte das Unternehmen mit.",
     "Lindauer Pharma"),
])
def test_attribution_a_generic_institution_noun_refers_back(claims_of, text, speaker):
    assert claims_of(body(text))[-1].speaker.canonical == speaker


@pytest.mark.parametrize("text, affiliation, kind", [
    # an unnamed spokesperson speaks for the institution named just before
    ("Die Polizei sucht Zeugen. Eine Sprecherin sagte, zwei Männer seien geflohen.", "Polizei", "government"),
    # nobody to speak for, or a phrase that says whose
    ("Der Brand zerstörte zwei Häuser. Ein Sprecher sagte, niemand sei verletzt.", None, "person"),
    ("Die Polizei sucht Zeugen. Ein Sprecher der Feuerwehr sagte, niemand sei verletzt.", "Feuerwehr", "government"),
])
def test_attribution_an_unnamed_spokesperson_speaks_for_the_institution_before(claims_of, text, affiliation, kind):
    last = claims_of(body(text))[-1]
    assert (last.speaker.affiliation, last.speaker.kind) == (affiliation, kind)


def test_attribution_a_named_subject_that_documents_speaks_itself(claims_of):
    # not a continuation of the speaker before: the sentence's verb reports its dass-clause
    claims = claims_of(body("Der Abgeordnete Markus Hellwig wies die Vorwürfe zurück. Der Plagiatsgutachter "
                            "Bernd Kessler hatte dokumentiert, dass auf 87 Seiten fremde Texte stünden."))
    assert [(c.speaker.canonical, c.speaker.role) for c in claims] == [
        ("Markus Hellwig", "Abgeordnete"), ("Bernd Kessler", "Plagiatsgutachter")]


def test_attribution_a_role_noun_nobody_precedes_is_a_new_antecedent(claims_of):
    claims = claims_of(body("Der Landrat besuchte am Morgen den Deich. Er sagte, die Lage sei ernst."))
    assert [(c.speaker.text, c.speaker.canonical) for c in claims] == [("Er", "Landrat")]


@pytest.mark.parametrize("text, continued", [
    # a Konjunktiv II that no past indicative shares reports the speaker before
    ("Der Verband warnte vor Engpässen. Viele Betriebe dächten über Schließungen nach.", True),
    ("Der Verband warnte vor Engpässen. Ihm lägen keine Zahlen vor.", True),
    # "könnte" is mostly the article's own speculation
    ("Der Verband warnte vor Engpässen. Die Lage könnte sich verschärfen.", False),
])
def test_attribution_konjunktiv_ii_continues_the_speaker(claims_of, text, continued):
    claims = claims_of(body(text))
    assert (len(claims) == 2 and claims[1].speaker is not None and claims[1].mode == "indirect") is continued


def test_attribution_konjunktiv_sentence_continues_the_speaker(claims_of):
    claims = claims_of(body("Der Kämmerer Uwe Rath sagte, das Geld reiche nicht. Die Stadt müsse sparen."))
    assert [(c.speaker.canonical, c.cue.lemma if c.cue else None) for c in claims] == [
        ("Uwe Rath", "sagen"), ("Uwe Rath", None)]


def test_attribution_demnach_after_the_verb_continues_too(claims_of):
    claims = claims_of(body("Der Ärzteverband legte eine Studie vor. Bis 2030 fehlen demnach 3.000 Hausärzte."))
    assert [(c.speaker.canonical, c.cue.lemma, quantities_of(c)) for c in claims] == [("Ärzteverband", "demnach", [3000])]


@pytest.mark.parametrize("text, speaker, lemma", [
    # after "Das" a verb's past form, or one before a name or a speaker's noun, is the verb
    ("Die Klinik bleibt geschlossen. Das sagte Dana Petersen.", "Dana Petersen", "sagen"),
    ("Die Klinik bleibt geschlossen. Das kündigte Bürgermeisterin Dana Petersen an.", "Dana Petersen", "ankündigen"),
    ("Die Klinik bleibt geschlossen. Das bestätigte Landrat Uwe Kern.", "Uwe Kern", "bestätigen"),
    # a separated particle after an acronym in brackets
    ("Die Klinik bleibt geschlossen. Das teilte die Stiftung Kinderherz (SKH) mit.", "Stiftung Kinderherz (SKH)",
     "mitteilen"),
])
def test_attribution_das_before_the_verb_refers_back(claims_of, text, speaker, lemma):
    claim = only(claims_of(body(text)))
    assert (claim.speaker.canonical, claim.cue.lemma, claim.content.text) == (speaker, lemma, "Die Klinik bleibt geschlossen")


def test_attribution_das_before_an_adjective_is_no_cue(claims_of):
    # "das erklärte Ziel", "das letzte Wort": adjectives, so "er" has nobody to refer to
    assert claims_of(body("Das erklärte Ziel sei Frieden, sagte er. Das letzte Wort habe der Rat.")) == []


def test_attribution_continuation_cue_is_frame(claims_of):
    claims = claims_of(body("Die Bahn teilte mit, der Zug sei ausgefallen. Demnach fehlten an dem Tag drei Lokführer."))
    assert [(c.speaker.canonical, c.cue.lemma) for c in claims] == [("Deutsche Bahn", "mitteilen"), ("Deutsche Bahn", "demnach")]
    assert claims[1].content.text == "fehlten an dem Tag drei Lokführer"


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Demnach" after a sentence that introduced a source: its subject says it, if it can speak
        ("Die Sparkasse legte am Dienstag ihre Bilanz vor. Demnach sank der Gewinn um ein Drittel.",
         [("Sparkasse", "reported", "sank der Gewinn um ein Drittel")]),
        ("Das Gutachten liegt seit Montag vor. Demnach sind 40 Brücken marode.",
         [(None, "reported", "sind 40 Brücken marode")]),
        # an agency's dateline is no subject of the sentence it opens
        ("Lindenau (dpa) - Das Landesamt für Statistik hat seine Zahlen vorgelegt. Demnach leben 4.000 Menschen "
         "in der Stadt.", [("Landesamt für Statistik", "reported", "leben 4.000 Menschen in der Stadt")]),
        ("Kirchau/Lahn (AFP) – Die Sparkasse legte ihre Bilanz vor. Demnach sank der Gewinn.",
         [("Sparkasse", "reported", "sank der Gewinn")]),
        # "Danach" is mostly "afterwards": it reports only in Konjunktiv
        ("Die Ärztin besuchte die Klinik. Danach fuhr sie nach Hause.", []),
        ("Die Ärztin legte eine Studie vor. Danach sei jedes dritte Kind zu dick.",
         [("Ärztin", "indirect", "sei jedes dritte Kind zu dick")]),
    ],
)
def test_attribution_demnach_without_a_claim_before(claims_of, text, expected):
    claims = [c for c in claims_of(body(text)) if c.cue is not None]
    assert [(c.speaker.canonical if c.speaker else None, c.mode, c.content.text) for c in claims] == expected


@pytest.mark.parametrize(
    "text, speaker",
    [
        # Konjunktiv I right after a sentence about a speaker reports that speaker
        ("Die Polizei sucht Zeugen. Der Mann sei etwa 20 Jahre alt.", "Polizei"),
        ("Der Verband Nordmetall zieht Bilanz. Die Zahl der Mitglieder sei gestiegen.", "Nordmetall"),
        # Konjunktiv II is a condition, and a thing is no speaker
        ("Der Minister reist nach Rom. Es wäre sein erster Besuch.", None),
        ("Die Brücke ist gesperrt. Der Verkehr werde umgeleitet.", None),
    ],
)
def test_attribution_konjunktiv_after_a_narrative_sentence(claims_of, text, speaker):
    claims = claims_of(body(text))
    assert [c.speaker.canonical for c in claims] == ([speaker] if speaker else [])


def test_attribution_indicative_sentence_does_not_continue(claims_of):
    claims = claims_of(body("Der Kämmerer Uwe Rath sagte, das Geld reiche nicht. Die Stadt hat 20 Schulen."))
    assert [c.speaker.canonical if c.speaker else None for c in claims] == ["Uwe Rath", None]
    assert claims[1].mode == "assertion"


def test_attribution_a_medium_reporting_after_a_claim_passes_it_on(claims_of):
    claim = only(claims_of(body("Der Landrat Uwe Kern bestritt die Vorwürfe, berichtete dpa.")))
    assert (claim.speaker.canonical, claim.cue.lemma, claim.stance, claim.via.canonical) == (
        "Uwe Kern", "bestreiten", "denies", "dpa")


def test_attribution_a_medium_before_its_verb_makes_a_claim_of_its_own(claims_of):
    claims = claims_of(body("Die Polizei sprach von 400 Teilnehmern, die Zeitung „Nordpost“ hatte 900 gemeldet."))
    assert [c.speaker.canonical for c in claims] == ["Polizei", "Nordpost"]


@pytest.mark.parametrize("text, speaker", [
    # a person named by age is mostly one named before, of the gender the article gives
    ("Der Bürgermeister Karl Haas steht vor Gericht. Der 66-Jährige hatte die Vorwürfe bestritten.", "Karl Haas"),
    ("Die Ärztin Eva Brandt traf Jan Kurz. Die 61-Jährige sagte, sie freue sich.", "Eva Brandt"),
    ("Die Ärztin Eva Brandt traf Jan Kurz. „Wir sind froh“, sagte der 58-Jährige.", "Jan Kurz"),
    # named by age alone: a person of their own
    ("Ein 38-Jähriger wurde festgenommen. Er bestritt die Tat.", "38-Jähriger"),
])
def test_attribution_a_person_named_by_age(claims_of, text, speaker):
    last = claims_of(body(text))[-1]
    assert (last.speaker.canonical, last.speaker.kind, last.cue is not None) == (speaker, "person", True)


def test_attribution_relayed_source_is_the_speaker(claims_of):
    claim = only(claims_of(body(
        "Die Brücke sei gesperrt, wie die dpa unter Berufung auf das Verkehrsministerium berichtete.")))
    assert claim.speaker.canonical == "Verkehrsministerium"
    assert claim.via.canonical == "dpa"


def test_attribution_surname_after_full_name(claims_of):
    claims = claims_of(body("Ministerin Karin Hollweg sprach von Chaos. Später sagte Hollweg, sie sei zufrieden."))
    assert {c.speaker.canonical for c in claims} == {"Karin Hollweg"}


@pytest.mark.parametrize("text, speaker", [
    # two people named together: each surname is the full name of one of them
    ("Vera Lind und Jonas Wiedeking kritisierten den Plan. Wiedeking sagte, er sei zu teuer.", "Jonas Wiedeking"),
    ("Giorgia Meloni und Olaf Scholz trafen sich in Rom. Meloni und Scholz erklärten, sie seien einig.",
     "Giorgia Meloni; Olaf Scholz"),
])
def test_attribution_surnames_after_people_named_together(claims_of, text, speaker):
    assert [c.speaker.canonical for c in claims_of(body(text)) if c.cue is not None][-1] == speaker


@pytest.mark.parametrize("text, speaker, canonical", [
    ("Ursula von der Leyen traf den Kanzler. Von der Leyen sagte, die Kommission helfe.", "Von der Leyen",
     "Ursula von der Leyen"),
    ("Ursula von der Leyen traf den Kanzler. „Wir helfen“, sagte von der Leyen.", "von der Leyen",
     "Ursula von der Leyen"),
    ("Anke von Bredow leitet den Verband. Von Bredow sagte, viele seien ausgetreten.", "Von Bredow", "Anke von Bredow"),
])
def test_attribution_surname_with_a_particle_after_full_name(claims_of, text, speaker, canonical):
    claims = [c for c in claims_of(body(text)) if c.cue is not None]
    assert [(c.speaker.text, c.speaker.canonical) for c in claims] == [(speaker, canonical)]


def test_attribution_a_particle_surname_after_a_noun_is_no_subject(claims_of):
    claims = claims_of(body("Anke von Bredow leitet den Verband. Die Kritik von Bredow wies der Minister zurück."))
    assert [c.speaker.canonical for c in claims] == ["Minister"]


@pytest.mark.parametrize("text, pronoun, speaker", [
    ("Anna Berg traf Jan Kurz. Ihm zufolge wurden zwölf Menschen verletzt.", "Ihm", "Jan Kurz"),
    ("Jan Kurz traf Anna Berg. Ihr zufolge wurden zwölf Menschen verletzt.", "Ihr", "Anna Berg"),
])
def test_attribution_dative_pronoun_before_zufolge_refers_back(claims_of, text, pronoun, speaker):
    claim = only(claims_of(body(text)))
    assert (claim.speaker.text, claim.speaker.canonical, claim.cue.lemma) == (pronoun, speaker, "zufolge")


def test_attribution_joint_speakers(claims_of):
    claim = only(claims_of(body("Die Ukraine und die USA berichten übereinstimmend von 500 Soldaten.")))
    assert claim.speaker.canonical == "Ukraine; USA"


def test_attribution_no_claim_from_a_plain_narrative_sentence(claims_of):
    assert claims_of(body("Der Regen hielt den ganzen Tag an.")) == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Nach ersten Untersuchungen war der Fahrer zu schnell.", "Untersuchungen"),
        ("Nach einem Bericht der Lokalzeitung fehlen 30 Betten.", "Lokalzeitung"),
        ("Nach Polizeiangaben wurde niemand verletzt.", "Polizei"),
        ("Nach Zeugenaussagen fuhr der Wagen bei Rot.", "Zeugen"),  # a compound names its source
        ("Nach ADAC-Angaben staute sich der Verkehr.", "ADAC"),  # also with a hyphen
        ("Laut WHO-Schätzungen erkrankten 300 Kinder.", "Weltgesundheitsorganisation (WHO)"),  # a known one
        ("Nach Angaben eines Anwohners brannte die Scheune.", "Anwohner"),  # any genitive article
        ("Nach Angaben seines Anwalts ist der Mann krank.", "Anwalt"),  # a possessive: his lawyer
        ("Zeugen haben vor Gericht ausgesagt, dass der Wagen zu schnell war.", "Zeugen"),
        ("Nach Angaben aus Kiel wurden zwei Boote beschädigt.", "Kiel"),  # where it came from
        # a plural genitive has no article
        ("Nach Angaben dänischer Sicherheitskreise wurde niemand verletzt.", "dänischer Sicherheitskreise"),
        ("Laut der Zeitung „Nord Echo“ fehlen 30 Betten.", "Nord Echo"),  # the paper, not any paper
        ("Die „Westdeutsche Rundschau“ berichtete, die Fabrik schließe.", "Westdeutsche Rundschau"),
        ("In dem Schreiben heißt es, die Frist sei abgelaufen.", "Schreiben"),
        # a document's author in the genitive speaks for it
        ("Die Schule bleibt zu, heißt es in einer Mitteilung des Gesundheitsamts.", "Gesundheitsamt"),
        # the frame after what is said has its own subject, not the subject of what is said;
        # after an apposition the subject stands before it
        ("Der 71-Jährige sei unterkühlt, aber ansprechbar gewesen, teilte die Bergwacht mit.", "Bergwacht"),
        ("Jan Moor, ein Vertreter des Verbands, kommentierte die Entscheidung scharf.", "Jan Moor"),
    ],
)
def test_attribution_source_phrases(claims_of, text, speaker):
    assert only(claims_of(body(text))).speaker.canonical == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Erstmals wurden auch im Süden ähnliche Fälle gemeldet.",  # passive, and "Erstmals" is no name
        "Der Bär, auch Bruno genannt, kehrte zurück.",  # naming, not saying
        "Im Frühjahr gab es die ersten Proteste (Lokalblatt berichtete).",  # a note on the source
        "Nach der ersten Zählung lag die Partei vorn.",  # "nach" as a time
    ],
)
def test_attribution_no_claim_without_a_statement(claims_of, text):
    assert claims_of(body(text)) == []


@pytest.mark.parametrize(
    "text, content",
    [
        # a quoted name in the frame is no quotation: the content is the dass-clause
        ("Der Staatssekretär sagte der „Berliner Post“, dass die Tankstellen umrüsten müssten.",
         "dass die Tankstellen umrüsten müssten"),
        ("Am Abend berichtete die Online-Ausgabe des „Kurier“, dass der Anwalt Einspruch erhob.",
         "dass der Anwalt Einspruch erhob"),
        # quoted words stay a quotation, after an article too
        ("Der Minister sprach von der „Achse des Bösen“.", "„Achse des Bösen“"),
        ("Die Ministerin sprach von einem „Skandal“.", "„Skandal“"),
    ],
)
def test_attribution_quoted_name_is_no_quotation(claims_of, text, content):
    claim = only(claims_of(body(text)))
    assert claim.content.text == content
    assert claim.mode == ("direct" if content.startswith("„") else "indirect")


def test_attribution_hearsay_is_reported_without_a_speaker(claims_of):
    """"…, hieß es": someone said it, nobody named; the claim is not the article's own."""
    claim = only(claims_of(body("Es gebe noch Keller, in die das Wasser nicht vordringen konnte, hieß es.")))
    assert (claim.speaker, claim.cue.lemma, claim.mode) == (None, "heißen", "indirect")
    assert claim.content.text == "Es gebe noch Keller, in die das Wasser nicht vordringen konnte"


def test_attribution_hearsay_goes_on_in_konjunktiv(claims_of):
    """Konjunktiv I after hearsay continues it, still from nobody named; its subject is no speaker."""
    claims = claims_of(body("Ersten Berichten zufolge brannte eine Lagerhalle. Zwei Arbeiter seien verletzt worden. "
                            "Das Feuer sei am Morgen ausgebrochen."))
    assert [(c.speaker, c.mode, c.text) for c in claims] == [
        (None, "reported", "Ersten Berichten zufolge brannte eine Lagerhalle."),
        (None, "indirect", "Zwei Arbeiter seien verletzt worden."),
        (None, "indirect", "Das Feuer sei am Morgen ausgebrochen."),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # nobody named: a passive that reports a clause is hearsay
        ("Dem Kassenwart wird vorgeworfen, Geld veruntreut zu haben.",
         (None, "vorwerfen", "indirect", "Geld veruntreut zu haben")),
        ("Es wird vermutet, dass der Brand gelegt wurde.", (None, "vermuten", "indirect", "dass der Brand gelegt wurde")),
        # the agent after "von"/"vom" speaks, not the subject
        ("Die Pläne wurden von der Bürgermeisterin scharf kritisiert.",
         ("Bürgermeisterin", "kritisieren", "reported", "Die Pläne wurden von der Bürgermeisterin scharf kritisiert.")),
        ("Die Anwohner wurden vom Landratsamt aufgefordert, die Fenster zu schließen.",
         ("Landratsamt", "auffordern", "indirect", "die Fenster zu schließen")),
        ("Von Seiten der Gewerkschaft wurde kritisiert, dass die Löhne sinken.",
         ("Gewerkschaft", "kritisieren", "indirect", "dass die Löhne sinken")),
        # "unter der Leitung von X" names no agent
        ("Dem Verein unter der Leitung von Eva Kranz wird vorgeworfen, Spenden verschwiegen zu haben.",
         (None, "vorwerfen", "indirect", "Spenden verschwiegen zu haben")),
    ],
)
def test_attribution_passive_cue_speaks_through_its_agent_or_nobody(claims_of, text, expected):
    claim = only(claims_of(body(text)))
    assert (claim.speaker.canonical if claim.speaker else None, claim.cue.lemma, claim.mode,
            claim.content.text) == expected


@pytest.mark.parametrize("text", [
    "Am Abend wurden zwei weitere Unfälle gemeldet.",  # no clause, no agent: nobody said anything
    "Der Bär, auch Bruno genannt, lief durch das Dorf.",
    "Dazu wurde von keiner Seite etwas gesagt.",
])
def test_attribution_passive_cue_without_agent_or_clause_is_no_claim(claims_of, text):
    assert [c for c in claims_of(body(text)) if c.cue is not None] == []


def test_attribution_hearsay_from_a_place_names_it(claims_of):
    claim = only(claims_of(body("Die Sitzung dauere an, hieß es aus dem Rathaus.")))
    assert (claim.speaker.canonical, claim.mode) == ("Rathaus", "indirect")


def test_attribution_possessive_source_resolves(claims_of):
    claims = claims_of(body("Der Verfassungsschutz teilte mit, die Lage sei ernst. "
                            "Nach seinen Erkenntnissen seien 500 Extremisten aktiv."))
    assert [c.speaker.canonical for c in claims] == ["Verfassungsschutz", "Verfassungsschutz"]
    assert claims[1].speaker.resolved_from == "seinen Erkenntnissen"


@pytest.mark.parametrize("text, country", [
    ("Die Vereinigten Staaten kündigten an, die Hilfe zu verdoppeln.", "USA"),
    ("Vereinigte Staaten und Kanada kündigten an, die Hilfe zu verdoppeln.", "USA; Kanada"),
    ("Das Vereinigte Königreich erklärte, es werde keine Soldaten schicken.", "Großbritannien"),
    ("Die Vereinigten Arabischen Emirate bestätigten die Lieferung.", "Vereinigte Arabische Emirate"),
])
def test_attribution_multiword_country_name(claims_of, text, country):
    """Country names of several words come from places.toml, not from code."""
    claim = only(claims_of(body(text)))
    assert (claim.speaker.canonical, claim.speaker.kind) == (country, "government")


def test_attribution_phrase_source_spans_its_noun(claims_of):
    claim = only(claims_of(body("Nach Angaben der Feuerwehr wurden zwölf Menschen gerettet.")))
    assert (claim.speaker.text, claim.speaker.canonical) == ("Angaben der Feuerwehr", "Feuerwehr")


def test_attribution_nach_eigenen_angaben_is_the_subjects_own_statement(claims_of):
    claim = only(claims_of(body("Die Reederei Brevik hat nach eigenen Angaben 40 Schiffe verkauft.")))
    assert (claim.speaker.canonical, claim.cue.text, claim.content.text) == (
        "Brevik", "nach eigenen Angaben", "Die Reederei Brevik hat … 40 Schiffe verkauft")


def test_attribution_quote_after_a_colon_is_the_subjects(claims_of):
    claim = only(claims_of(body("Die Kapitänin will nicht mehr auslaufen: „Das Risiko ist zu groß.“")))
    assert (claim.speaker.canonical, claim.cue, claim.mode, claim.content.text) == (
        "Kapitänin", None, "direct", "„Das Risiko ist zu groß.“")


def test_attribution_quote_after_a_colon_takes_the_subject_of_its_clause(claims_of):
    claim = only(claims_of(body("Als ein Schaffner kam, sprang der Mann auf und rief: „Haltet den Zug an!“")))
    assert (claim.speaker.canonical, claim.content.text) == ("Mann", "„Haltet den Zug an!“")


def test_attribution_quote_after_a_colon_needs_a_speaker(claims_of):
    assert claims_of(body("Auf dem Plakat stand: „Kritik ist kein Verbrechen.“")) == []


def test_attribution_cue_text_keeps_the_word_order(claims_of):
    claim = only(claims_of(body("Wie die Sparkasse bekannt gab, sinken die Zinsen.")))
    assert claim.cue.text == "bekannt gab"
    assert claim.cue.spans == sorted(claim.cue.spans)


def test_attribution_coordinated_cues_are_two_claims(claims_of):
    """The clause after the comma is the second verb's: the first did not deny it."""
    claims = claims_of(body("Der Bürgermeister bestreitet den Fehler nicht und verweist darauf, dass die Stadt "
                            "keine Mittel habe."))
    assert [(c.cue.lemma, c.mode, c.stance) for c in claims] == [
        ("bestreiten", "reported", "does_not_deny"), ("verweisen", "indirect", "asserts")]
    assert claims[1].speaker.canonical == "Bürgermeister"
    assert claims[1].content.text == "dass die Stadt keine Mittel habe"


@pytest.mark.parametrize("text, mode", [
    ("Der Verband kündigte an, die Preise zu senken.", "indirect"),  # what was announced
    ("Die Regierung bestellte den Botschafter ein, um ihre Sorge zum Ausdruck zu bringen.", "reported"),  # why
])
def test_attribution_zu_infinitive_reports_unless_it_is_a_purpose(claims_of, text, mode):
    assert only(claims_of(body(text))).mode == mode


@pytest.mark.parametrize("text, speaker", [
    ("Die Russische Föderation bestreitet die Vorwürfe.", "Die Russische Föderation"),
    ("Der Deutsche Wetterdienst warnte vor Sturm.", "Der Deutsche Wetterdienst"),
])
def test_attribution_speaker_span_takes_the_whole_name(claims_of, text, speaker):
    assert only(claims_of(body(text))).speaker.text == speaker


def test_attribution_second_predicate_after_a_reported_one(claims_of):
    """"bestätigten den Vorfall, teilten jedoch mit, …": the first verb said its own clause only."""
    claims = claims_of(body("Die Behörden bestätigten den Vorfall, teilten jedoch mit, es sei unklar, wer schoss."))
    assert [(c.cue.lemma, c.mode, c.content.text) for c in claims] == [
        ("bestätigen", "reported", "Die Behörden bestätigten den Vorfall"),
        ("mitteilen", "indirect", "es sei unklar, wer schoss")]


def test_attribution_a_sentence_that_is_all_frame_keeps_the_sentence(claims_of):
    assert only(claims_of(body("Laut Polizei."))).content.text == "Laut Polizei."


def test_attribution_second_predicate_ends_the_first_content(claims_of):
    """", sprach aber von …": the speaker's second statement is not part of the first one's."""
    claims = claims_of(body("Der Betriebsrat warnte, es könnten Stellen wegfallen, sprach aber von einem offenen Prozess."))
    assert [(c.speaker.canonical, c.cue.lemma, c.content.text) for c in claims] == [
        ("Betriebsrat", "warnen", "es könnten Stellen wegfallen"),
        ("Betriebsrat", "sprechen", "sprach aber von einem offenen Prozess")]


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        # "während" before a name opens a clause; before "des" it is a preposition
        ("Während Anna Berg erklärte, sie sei müde, lachte ihre Kollegin.", "Anna Berg", "sie sei müde"),
        ("Während des Treffens erklärte der Minister, er sei zufrieden.", "Minister", "er sei zufrieden"),
        # the main clause after a fronted subordinate one is not reported
        ("Nachdem der Trainer gesagt hatte, er höre auf, war die Halle still.", "Trainer", "er höre auf"),
        # zu and an infinitive in n: "zu sein", "zu ändern"
        ("Die Sängerin erklärte, sehr aufgeregt zu sein.", "Sängerin", "sehr aufgeregt zu sein"),
        # a relative clause on the subject is not the content of the verb after it
        ("Der Verband, dem 300 Firmen angehören, warnte vor Entlassungen.", "Verband",
         "Der Verband, dem 300 Firmen angehören, warnte vor Entlassungen."),
        # also when the phrase it is on opens with a word that names nobody ("Der Bericht")
        ("Der Jahresbericht des Umweltbundesamtes, das seit 1990 Daten sammelt, erklärt den Rückgang.",
         "Umweltbundesamt",
         "Der Jahresbericht des Umweltbundesamtes, das seit 1990 Daten sammelt, erklärt den Rückgang."),
    ],
)
def test_attribution_clauses_around_the_cue(claims_of, text, speaker, content):
    claim = only(claims_of(body(text)))
    assert (claim.speaker.canonical, claim.content.text) == (speaker, content)


@pytest.mark.parametrize(
    "text, canonical, speaker",
    [
        # the name in apposition is the speaker, whether or not the lemma table knows the given
        # name, and with the party in brackets
        ("Die Leiterin des Amtes, Manuela Roßbach, sagte, es fehle Personal.", "Manuela Roßbach",
         "Die Leiterin des Amtes, Manuela Roßbach"),
        ("Der Ministerpräsident des Landes, Christian Walz (SPD), sagte, es fehle Personal.", "Christian Walz",
         "Der Ministerpräsident des Landes, Christian Walz (SPD)"),
        # a particle inside a name, a title before it
        ("Der Innenminister Thomas de Vries sagte, es fehle Personal.", "Thomas de Vries",
         "Der Innenminister Thomas de Vries"),
        ("Die Sprecherin Dr. Heike Moser sagte, es fehle Personal.", "Heike Moser", "Die Sprecherin Dr. Heike Moser"),
        # no name: a relative clause, a place
        ("Der Sprecher des Amtes, der die Zahlen kennt, sagte, es fehle Personal.", "Sprecher des Amtes",
         "Der Sprecher des Amtes"),
        # a genitive country before the apposition; the name closing the sentence
        ("Die Regierungschefin Perus, Ana Quispe, sagte, es fehle Personal.", "Ana Quispe",
         "Die Regierungschefin Perus, Ana Quispe"),
        ("Es fehle Personal, sagte der Vorsitzende des Anglerbundes, Uwe Kamp.", "Uwe Kamp",
         "der Vorsitzende des Anglerbundes, Uwe Kamp"),
        ("Es fehle Personal, sagte Tobias Wenck, Sprecher der Stadtwerke.", "Tobias Wenck",
         "Tobias Wenck, Sprecher der Stadtwerke"),
    ],
)
def test_attribution_speaker_named_in_apposition(claims_of, text, canonical, speaker):
    claim = only(claims_of(body(text)))
    assert (claim.speaker.canonical, claim.speaker.text) == (canonical, speaker)
    start, end = claim.speaker.span
    assert body(text)[start:end] == speaker  # the span is the text, without the closing comma


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Der Pilot Jan Berg äußerte sich am Abend. Seiner Meinung nach hätte die Aufsicht warnen müssen.",
         "Jan Berg", "hätte die Aufsicht warnen müssen"),
        ("Die Ärztin Eva Roth kam zu Wort. Das Mittel wirke ihrer eigenen Einschätzung nach kaum.",
         "Eva Roth", "Das Mittel wirke … kaum"),
    ],
)
def test_attribution_opinion_phrase_before_nach(claims_of, text, speaker, content):
    """"Seiner Meinung nach": the source is whoever the possessive refers to."""
    claim = claims_of(body(text))[-1]
    assert (claim.speaker.canonical, claim.cue.text.split()[-1], claim.content.text) == (speaker, "nach", content)


def test_attribution_nach_after_a_noun_is_no_cue_without_an_opinion(claims_of):
    assert claims_of(body("Die Helfer kamen ihrer Arbeit nach.")) == []


def test_attribution_source_after_aus_is_a_place_not_a_person(claims_of):
    speaker = only(claims_of(body("Nach Angaben aus Kiel wurden zwei Boote beschädigt."))).speaker
    assert (speaker.canonical, speaker.kind) == ("Kiel", "unknown")


@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        # countries beyond the seed corpus, by name, genitive, adjective and capital
        ("Die Regierung Kenias wies die Berichte zurück.", "Regierung Kenia", "government"),
        ("Die thailändische Polizei wies die Berichte zurück.", "Polizei (Thailand)", "government"),
        ("Die saudi-arabische Regierung wies die Berichte zurück.", "Regierung (Saudi-Arabien)", "government"),
        ("Nairobi wies die Berichte zurück.", "Kenia", "government"),
        # a capital inside a name is no country, a country adjective opening a sentence no speaker
        ("Die Bangkok Post wies die Berichte zurück.", "Bangkok Post", None),
        ("Peruanische Ermittler wiesen die Berichte zurück.", "Peruanische Ermittler", "unknown"),
    ],
)
def test_attribution_countries_of_the_world(claims_of, text, speaker, kind):
    claim = only(claims_of(body(text)))
    assert claim.speaker.canonical == speaker
    assert kind is None or claim.speaker.kind == kind


def test_attribution_role_with_country_adjective_refers_back(claims_of):
    """"der kenianische Präsident" after his full name is the same person."""
    claims = claims_of(body("Kenias Präsident Daniel Mwangi reiste nach Genf. "
                            "„Wir brauchen Hilfe“, sagte der kenianische Präsident."))
    assert only(claims).speaker.canonical == "Daniel Mwangi"


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the subject stands before a relative clause, not after the verb
        ("Der Trainer, der wegen einer Sperre fehlte, nannte Schiedsrichter Oskar Brandt parteiisch.", "Trainer"),
        ("Die Reederei, die das Schiff seit 2011 betreibt, kritisierte Kapitän Jens Ohm.", "Reederei"),
        # "wegen" is a preposition, not an adjective of a phrase "der wegen ... Fouls"
        ("Lena Vogt, die wegen wiederholter Fouls Rot sah, kritisierte Schiedsrichterin Ida Funk.", "Lena Vogt"),
    ],
)
def test_attribution_subject_before_relative_clause(claims_of, text, speaker):
    assert claims_of(body(text))[0].speaker.canonical == speaker


def quantities_of(claim) -> list[float]:
    return [q.value for q in claim.quantities]


@pytest.mark.parametrize(
    "text, expected",
    [
        # two verb cues: each speaker keeps its own figure, a reported claim says its own clause
        ("Die Polizei sprach von 400 Teilnehmern, die Veranstalter sprachen von 1.200 Teilnehmern.",
         [("Polizei", "Die Polizei sprach von 400 Teilnehmern", [400]),
          ("Veranstalter", "die Veranstalter sprachen von 1.200 Teilnehmern.", [1200])]),
        ("Während die Polizei von 400 Teilnehmern sprach, sprachen die Veranstalter von 1.200.",
         [("Polizei", "Während die Polizei von 400 Teilnehmern sprach", [400]),
          ("Veranstalter", "sprachen die Veranstalter von 1.200.", [1200])]),
        # a second statement inside the first one's reported clause, with a subject of its own
        ("Der Bürgermeister sagte, es gebe 12 Verletzte, die Feuerwehr sprach von 15 Verletzten.",
         [("Bürgermeister", "es gebe 12 Verletzte", [12]),
          ("Feuerwehr", "die Feuerwehr sprach von 15 Verletzten.", [15])]),
        # "laut X" in a clause of its own, after a verb cue, before one, or after another "laut"
        ("Die Veranstalter schätzten 1.200 Teilnehmer; nach Angaben der Polizei waren es 400.",
         [("Veranstalter", "Die Veranstalter schätzten 1.200 Teilnehmer", [1200]),
          ("Polizei", "waren es 400.", [400])]),
        ("Laut Polizei kamen 400 Menschen, die Veranstalter sprachen von 1.200.",
         [("Polizei", "kamen 400 Menschen", [400]),
          ("Veranstalter", "die Veranstalter sprachen von 1.200.", [1200])]),
        ("Laut den Anwohnern fielen 40 Busse aus, laut dem Fahrgastverband 70.",
         [("Anwohner", "fielen 40 Busse aus", [40]),
          ("Fahrgastverband", "70.", [70])]),
    ],
)
def test_attribution_one_sentence_several_sources(claims_of, text, expected):
    """The reader must see who gave which figure: a sentence with two sources is two claims."""
    claims = claims_of(body(text))
    assert [(c.speaker.canonical, c.content.text, quantities_of(c)) for c in claims] == expected


@pytest.mark.parametrize(
    "text, speaker, via",
    [
        # one clause, or a relative clause inside the source phrase: "laut X" relays the verb's claim
        ("Nach Angaben der Polizei, die am Ort war, sagte ein Sprecher, es gebe 5 Tote.", "Sprecher", "Polizei"),
        ("Laut Polizei sagte ein Sprecher, es gebe 5 Tote.", "Sprecher", "Polizei"),
    ],
)
def test_attribution_source_in_the_verbs_clause_is_relayed(claims_of, text, speaker, via):
    claim = only(claims_of(body(text)))
    assert (claim.speaker.canonical, claim.via.canonical if claim.via else None, quantities_of(claim)) == (speaker, via, [5])


def test_attribution_statement_inside_a_quotation_is_the_quoted_speakers(claims_of):
    claim = only(claims_of(body("Die Ministerin sagte: „Der Verband fordert zu viel.“")))
    assert claim.speaker.canonical == "Ministerin"


@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        # the phrase the cue needs ("von", "als") opens before the verb, with a quotation in it
        ("Von einem „klaren Wortbruch“ sprach die Elternvertreterin Jana Seidl.", "Jana Seidl", "sprechen",
         "„klaren Wortbruch“"),
        ("Als „verfrüht“ bezeichnete der Kreisbauernverband die Ernteprognose.", "Kreisbauernverband",
         "bezeichnen", "„verfrüht“"),
    ],
)
def test_attribution_quotation_in_the_phrase_the_cue_needs(claims_of, text, speaker, cue, content):
    claim = only(claims_of(body(text)))
    assert (claim.speaker.canonical, claim.cue.lemma, claim.mode, claim.content.text) == (
        speaker, cue, "direct", content)


@pytest.mark.parametrize(
    "text, canonical, role",
    [
        # a role noun whose plural looks the same ("Politiker", "Ermittler") is one person
        # when a name follows it
        ("Das sei zu teuer, sagte der FDP-Politiker Rainer Obst.", "Rainer Obst", "FDP-Politiker"),
        ("Ermittlerin Sabine Kurz und der Ermittler Olaf Brandl sagten, es gebe keine Spur.",
         "Sabine Kurz; Olaf Brandl", None),
    ],
)
def test_attribution_role_that_is_also_a_group_takes_the_name(claims_of, text, canonical, role):
    claim = only(claims_of(body(text)))
    assert (claim.speaker.canonical, claim.speaker.kind, claim.speaker.role) == (canonical, "person", role)


def test_attribution_group_without_a_name_stays_a_group(claims_of):
    claim = only(claims_of(body("Die Politiker sagten, es gebe keine Einigung.")))
    assert (claim.speaker.canonical, claim.speaker.kind) == ("Politiker", "unknown")


@pytest.mark.parametrize(
    "text, speaker, via, mode, content",
    [
        # "zitieren" in the passive: the subject said it, the agent or the paper relays it
        ("„Wir haben den Sieg verschenkt“, wird die Kapitänin Julia Brenner in der Lokalzeitung zitiert.",
         "Julia Brenner", None, "direct", "„Wir haben den Sieg verschenkt“"),
        ("Der Kämmerer wird vom Stadtanzeiger mit den Worten zitiert: „Die Kasse ist leer.“",
         "Kämmerer", "Stadtanzeiger", "direct", "„Die Kasse ist leer.“"),
        ("Die Schulleiterin Eva Brandt wird mit den Worten zitiert, man habe keine Wahl gehabt.",
         "Eva Brandt", None, "indirect", "man habe keine Wahl gehabt"),
        # in the active its object said it, after the subject where that follows the verb
        ("Das Kreisblatt zitiert den Förster mit den Worten: „Der Wald stirbt.“",
         "Förster", "Kreisblatt", "direct", "„Der Wald stirbt.“"),
        ("„Der Wald stirbt“, zitiert das Kreisblatt einen Förster.",
         "Förster", "Kreisblatt", "direct", "„Der Wald stirbt“"),
        # a time phrase between the verb and its object
        ("Das Kreisblatt zitierte am Montag Förster Jan Brill, der Wald sei krank.",
         "Jan Brill", "Kreisblatt", "indirect", "der Wald sei krank"),
    ],
)
def test_attribution_quote_verb_speaks_through_the_quoted(claims_of, text, speaker, via, mode, content):
    claim = only(claims_of(body(text)))
    assert (claim.speaker.canonical, claim.via.canonical if claim.via else None, claim.cue.lemma, claim.mode,
            claim.content.text) == (speaker, via, "zitieren", mode, content)


def test_attribution_passive_agent_belongs_to_its_own_verb(claims_of):
    """The agent of the verb before "und" is not the cue's: "vom Werk" names no speaker."""
    claims = claims_of(body("Der Stoff, der vom Werk ausgeht und als „Feinstaub“ bezeichnet wird, ist giftig."))
    assert [c.speaker.canonical for c in claims if c.speaker] == []


def test_attribution_quote_verb_without_an_object_keeps_its_subject(claims_of):
    claim = only(claims_of(body("Das Kreisblatt zitiert aus dem Gutachten, der Wald sei krank.")))
    assert (claim.speaker.canonical, claim.via) == ("Kreisblatt", None)


def test_attribution_passive_quote_verb_without_words_is_no_claim(claims_of):
    assert claims_of(body("Im Jahresbericht des Vereins wird ein Anwohner zitiert.")) == []


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        # ", so ein Sprecher": an indefinite source
        ("Die Fähre falle bis Montag aus, so ein Sprecher der Reederei.", "Sprecher der Reederei",
         "Die Fähre falle bis Montag aus"),
        # a quoted label before the cue does not hide the subject of a subordinate clause
        ("Der Streit eskalierte, weil der Verband den Plan als „reine Schikane“ bezeichnet hatte.", "Verband",
         "„reine Schikane“"),
    ],
)
def test_attribution_source_found_past_an_article_or_a_quoted_label(claims_of, text, speaker, content):
    claim = only(claims_of(body(text)))
    assert (claim.speaker.canonical, claim.content.text) == (speaker, content)


def test_attribution_so_ein_without_a_speaker_is_no_source(claims_of):
    assert claims_of(body("Die Fähre fiel wieder aus, so ein Ärger.")) == []


@pytest.mark.parametrize(
    "text, speaker, mode, content",
    [
        # "Das"/"Dies" before the cue refers back: the sentence before is what was said
        ("Die Fähre nach Amrum fällt bis Freitag aus. Das teilte die Reederei am Montag mit.", "Reederei",
         "indirect", "Die Fähre nach Amrum fällt bis Freitag aus"),
        ("Die Sanierung kostet 4,5 Millionen Euro. Dies hat der Kämmerer Jens Ohl bestätigt.", "Jens Ohl",
         "indirect", "Die Sanierung kostet 4,5 Millionen Euro"),
        # no adjective after "das" ends in -en: "berichten" is the verb
        ("Der Trainer wurde entlassen. Das berichten Lokalzeitungen.", "Lokalzeitungen", "indirect",
         "Der Trainer wurde entlassen"),
        ("„Wir räumen das Lager bis Mittwoch.“ Das sagte die Sprecherin Ina Vogt.", "Ina Vogt", "direct",
         "„Wir räumen das Lager bis Mittwoch.“"),
    ],
)
def test_attribution_das_before_the_cue_says_the_sentence_before(claims_of, text, speaker, mode, content):
    claims = claims_of(body(text))
    claim = claims[-1]
    assert (claim.speaker.canonical, claim.mode, claim.content.text) == (speaker, mode, content)
    assert claim.span[0] == body(text).index(content)  # the claim spans both sentences
    assert len(claims) == 1  # the sentence before makes no claim of its own


def test_attribution_das_before_the_cue_keeps_the_figures_of_the_sentence_before(claims_of):
    claim = only(claims_of(body("Die Sanierung kostet 4,5 Millionen Euro. Dies hat der Kämmerer Jens Ohl bestätigt.")))
    assert quantities_of(claim) == [4500000]


def test_attribution_das_as_an_article_is_no_reference(claims_of):
    claim = only(claims_of(body("Die Fähre fällt aus. Das Amt teilte mit, der Hafen sei gesperrt.")))
    assert (claim.speaker.canonical, claim.content.text) == ("Amt", "der Hafen sei gesperrt")


@pytest.mark.parametrize(
    "text, canonical",
    [
        # a known given name makes the capitalised word after it a surname, even a noun
        ("„Wir bleiben“, sagte Udo Hahn.", "Udo Hahn"),
        ("Es sei knapp gewesen, sagte die Torhüterin Lea Maus.", "Lea Maus"),
        # a word before the given name that the role list does not know is no part of the name
        ("Die Lage sei ernst, sagte die Meteorologin Jutta Brenner.", "Jutta Brenner"),
        ("Die Lage sei ernst, sagte der Bergführer Till Sommerfeld.", "Till Sommerfeld"),
        # a middle name stays; two given names joined by a hyphen are one
        ("Die Lage sei ernst, sagte Hans Peter Kuhn.", "Hans Peter Kuhn"),
        ("Die Lage sei ernst, schrieb Karl-Heinz Papier.", "Karl-Heinz Papier"),
    ],
)
def test_attribution_person_canonical_is_the_name_from_the_given_name_on(claims_of, text, canonical):
    assert only(claims_of(body(text))).speaker.canonical == canonical


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "laut" + a document with an article names the document; "nach der …" stays a time
        ("Laut der Studie hat jeder dritte Betrieb keine Azubis.", "Studie"),
        ("Laut dem Gutachten ist die Brücke marode.", "Gutachten"),
    ],
)
def test_attribution_document_after_laut_is_the_source(claims_of, text, speaker):
    claim = only(claims_of(body(text)))
    assert (claim.speaker.canonical, claim.cue.text) == (speaker, "Laut")


def test_attribution_nach_with_an_article_is_a_time(claims_of):
    claim = only(claims_of(body("Nach der ersten Zählung kamen 500 Menschen.")))
    assert (claim.speaker, claim.mode) == (None, "assertion")


@pytest.mark.parametrize(
    "text, speaker",
    [
        # the sentence's own subject speaks, not the speaker of the sentence before
        ("Bürgermeister Udo Hahn sprach von Glück. Einer der Feuerwehrleute sagte: „So etwas sah ich nie.“",
         "Einer der Feuerwehrleute"),
        ("Bürgermeister Udo Hahn sprach von Glück. Eine Frau aus dem Dorf sagte, sie habe Rauch gesehen.",
         "Eine Frau aus dem Dorf"),
    ],
)
def test_attribution_subject_of_the_sentence_beats_the_speaker_before(claims_of, text, speaker):
    claim = claims_of(body(text))[-1]
    assert (claim.speaker.text, claim.cue.lemma) == (speaker, "sagen")


def test_attribution_verb_inside_the_quotation_is_the_quoted_speakers(claims_of):
    claim = only(claims_of(body("„Die Koalition widerspricht den Versprechen der Partei“, sagte Udo Hahn.")))
    assert (claim.speaker.canonical, claim.mode) == ("Udo Hahn", "direct")


def test_attribution_a_count_of_people_is_no_place_of_the_speaker(claims_of):
    """"von" after a noun is a genitive, not where the speaker comes from: "laut X" speaks."""
    claim = only(claims_of(body("Eine wachsende Zahl von Menschen fürchtet laut Udo Hahn den Abstieg.")))
    assert claim.speaker.canonical == "Udo Hahn"


def test_attribution_compounds_sharing_their_last_part_are_one_name(claims_of):
    claim = only(claims_of(body("Die Lage sei ernst, so ein Sprecher der Industrie- und Handelskammer.")))
    assert (claim.speaker.canonical, claim.speaker.kind) == ("Sprecher der Industrie- und Handelskammer",
                                                             "organization")


@pytest.mark.parametrize(
    "text, canonical",
    [
        # a role noun refers back only to a person of its own office
        ("Pfarrer Jonas Fuchs sprach von Angst. Der Landrat sagte, man prüfe alles.", "Landrat"),
        ("Präsidentin Eva Roth sprach von Angst. Die Präsidentin sagte, man prüfe alles.", "Eva Roth"),
        ("Präsident Udo Hahn sprach von Krieg. Der Staatschef sagte, man werde siegen.", "Udo Hahn"),
    ],
)
def test_attribution_role_noun_refers_back_to_its_own_office(claims_of, text, canonical):
    assert claims_of(body(text))[-1].speaker.canonical == canonical


def test_attribution_reportative_perfect_is_hearsay(claims_of):
    """"sollen … gestorben sein": others say so, nobody named; not the article's own statement."""
    claim = only(claims_of(body("Bei dem Brand in der Altstadt sollen 20 Menschen gestorben sein.")))
    assert (claim.speaker, claim.cue, claim.mode, quantities_of(claim)) == (None, None, "indirect", [20])


@pytest.mark.parametrize(
    "text",
    [
        "Die Ministerin soll am Mittwoch nach Paris weiterreisen.",  # a plan, no perfect infinitive
        "Bis 2030 soll die neue Brücke fertiggestellt sein.",  # a deadline
    ],
)
def test_attribution_soll_with_a_plan_is_no_hearsay(claims_of, text):
    assert [c.mode for c in claims_of(body(text))] in ([], ["assertion"])


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a verb-final subordinate clause has a subject of its own, never the main clause's
        ("Das Amt erfuhr davon erst, nachdem Mitglieder des Vereins öffentlich von dem Brand berichtet hatten.",
         "Mitglieder des Vereins"),
        ("Die Wahl ist offen, da die Liste Grün angekündigt hatte, mit allen zu verhandeln.", "Liste Grün"),
    ],
)
def test_attribution_subordinate_clause_has_its_own_subject(claims_of, text, speaker):
    claim = only(claims_of(body(text)))
    assert claim.speaker.canonical == speaker


def test_attribution_waehrend_with_a_genitive_is_no_clause(claims_of):
    text = "Udo Hahn sagte: „Während seines Amtes waren die Beziehungen gut und wir hoffen auf mehr.“"
    assert [c.speaker.canonical for c in claims_of(body(text))] == ["Udo Hahn"]


def test_attribution_source_inside_what_a_wie_frame_introduces_is_the_speaker(claims_of):
    """"Wie X mitteilte, …" passes on what the clause after it says, with its own source."""
    claim = only(claims_of(body("Wie die Polizei mitteilte, kamen laut Augenzeugen 500 Menschen.")))
    assert (claim.speaker.canonical, claim.via.canonical, claim.content.text) == (
        "Augenzeugen", "Polizei", "kamen laut Augenzeugen 500 Menschen")


@pytest.mark.parametrize(
    "text, canonical, kind",
    [
        # parties are known speakers
        ("Die SPD fordert die Verbände auf, Löhne anzuheben.", "SPD", "organization"),
        ("Die Grünen kritisierten den Plan als Rückschritt.", "Grüne", "organization"),
        # a named person stays the person, with the party in brackets or a title before
        ("Die Ministerin Ilse Kranich (FDP) sagte, man prüfe alles.", "Ilse Kranich", "person"),
        ("Hamburgs Erster Bürgermeister Jan Oltmann (SPD) sagte, man prüfe alles.", "Jan Oltmann", "person"),
        # an unnamed role speaks for the known institution it belongs to
        ("Ein Sprecher der CDU sagte, man prüfe alles.", "CDU", "organization"),
    ],
)
def test_attribution_parties_and_their_people(claims_of, text, canonical, kind):
    claim = only(claims_of(body(text)))
    assert (claim.speaker.canonical, claim.speaker.kind) == (canonical, kind)


def test_attribution_er_is_no_party(claims_of):
    """"er" refers back to a person, not to "die CDU" named in between."""
    text = "Minister Udo Kern sprach von Reformen. Die CDU blieb skeptisch. Er sagte, man brauche Zeit."
    assert claims_of(body(text))[-1].speaker.canonical == "Udo Kern"


def test_attribution_roles_joined_by_und_in_an_apposition_are_one_person(claims_of):
    claim = only(claims_of(body("Eva Roth, Vorsitzende des Kreisverbandes und Kandidatin im Wahlkreis, sagte, "
                                "es gebe Fehler.")))
    assert claim.speaker.canonical == "Eva Roth"


def test_attribution_content_starts_after_the_apposition_and_a_manner_clause(claims_of):
    claim = only(claims_of(body("Am Donnerstag sagte General Udo Kern, Kommandant der Marines, ohne auf einen "
                                "Vorfall einzugehen, dass ihn die Vorwürfe besorgt hätten.")))
    assert (claim.speaker.canonical, claim.mode, claim.content.text) == (
        "Udo Kern", "indirect", "dass ihn die Vorwürfe besorgt hätten")


def test_attribution_dass_in_the_old_spelling_opens_the_reported_clause(claims_of):
    """"daß" (before 1996, still in archives) is "dass"."""
    claim = only(claims_of(body("Der Minister erklärte, daß 500 Soldaten verlegt wurden.")))
    assert (claim.mode, claim.content.text) == ("indirect", "daß 500 Soldaten verlegt wurden")


@pytest.mark.parametrize(
    "text, canonical",
    [
        # a place after an institution noun belongs to its name; any other name replaces it
        ("Der Schützenverein Altenhofen teilte mit, das Fest falle aus.", "Schützenverein Altenhofen"),
        ("Der Landesbauernverband Thüringen teilte mit, das Fest falle aus.", "Landesbauernverband Thüringen"),
        ("Die Reederei Brevik teilte mit, die Fähre falle aus.", "Brevik"),
        ("Die Sparkasse Wiesental teilte mit, die Filiale schließe.", "Sparkasse Wiesental"),  # "-tal"
        # an authority is named by its place, whatever its ending: two authorities, not one place
        ("Die Feuerwehr Borkum teilte mit, 30 Menschen seien evakuiert worden.", "Feuerwehr Borkum"),
        ("Das Landratsamt Borkum teilte mit, 40 Menschen seien evakuiert worden.", "Landratsamt Borkum"),
        # an agency has a name of its own
        ("Die Weltraumbehörde NASA teilte mit, der Start falle aus.", "NASA"),
    ],
)
def test_attribution_place_in_an_institutions_name(claims_of, text, canonical):
    assert only(claims_of(body(text))).speaker.canonical == canonical


def test_attribution_indefinite_pronoun_before_the_verb_speaks(claims_of):
    claim = only(claims_of(body("Einige vertreten die Auffassung, der Damm sei zu niedrig.")))
    assert (claim.speaker.text, claim.content.text) == ("Einige", "der Damm sei zu niedrig")


def test_attribution_hearsay_at_a_named_source(claims_of):
    claim = only(claims_of(body("Bei der Nachrichtenagentur Interfax hieß es, die Lage sei ruhig.")))
    assert (claim.speaker.canonical, claim.mode, claim.content.text) == ("Interfax", "indirect", "die Lage sei ruhig")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the verb left out in the second clause: two speakers, each with its own figure
        ("Die Gewerkschaft sprach von 5.000 Streikenden, der Arbeitgeberverband von 2.000.",
         [("Gewerkschaft", [5000]), ("Arbeitgeberverband", [2000])]),
        # the second speaker named in quotation marks: its name, not a quotation with a verb
        ("Die Polizei sprach von 4.000 Teilnehmern, das Bündnis „Unser Stadtbad bleibt“ von 7.500.",
         [("Polizei", [4000]), ("Unser Stadtbad bleibt", [7500])]),
        # a clause with a verb of its own is no second claim
        ("Die Polizei sprach von 500 Teilnehmern, die Stimmung war gut.", [("Polizei", [500])]),
    ],
)
def test_attribution_a_second_speaker_without_a_verb(claims_of, text, expected):
    claims = claims_of(body(text))
    assert [(c.speaker.canonical, quantities_of(c)) for c in claims] == expected


def test_attribution_a_frame_around_another_claim_keeps_what_it_frames(claims_of):
    # two speakers in one sentence, one of them saying what the other says
    claims = claims_of(body("Die Betriebe klagen über fehlende Fachkräfte, erklärte der Verband."))
    assert [(c.speaker.canonical, c.content.text) for c in claims] == [
        ("Betriebe", "Die Betriebe klagen über fehlende Fachkräfte"),
        ("Verband", "Die Betriebe klagen über fehlende Fachkräfte")]


@pytest.mark.parametrize("text, speaker", [
    ("Die Försterin Laura Fink war am Dienstag vor Ort. Nach ihren Angaben sind 85 Hektar verbrannt.", "Laura Fink"),
    ("Der Imker Tom Brandt zählte die Völker. Nach seinen Angaben starben 40 davon.", "Tom Brandt"),
    ("Nach bisherigen Angaben sind 85 Hektar verbrannt.", None),  # nobody named
])
def test_attribution_a_possessive_source_is_whom_it_refers_to(claims_of, text, speaker):
    claim = [c for c in claims_of(body(text)) if c.cue is not None][-1]
    assert (claim.speaker.canonical if claim.speaker else None) == speaker


@pytest.mark.parametrize("text, speaker", [
    # "man" in reported speech is whom the speaker before speaks for, not a noun of its clause
    ("Eine Sprecherin des Landesamts sagte, die Auswertung dauere. Man könne die Angaben der Initiative "
     "weder bestätigen noch dementieren.", "Sprecherin des Landesamts"),
    # in the indicative "man" names nobody
    ("Man bestätigte die Angaben der Initiative.", None),
])
def test_attribution_man_in_reported_speech(claims_of, text, speaker):
    claim = [c for c in claims_of(body(text)) if c.cue is not None and c.cue.lemma == "bestätigen"][-1]
    assert (claim.speaker.canonical if claim.speaker else None) == speaker


@pytest.mark.parametrize("text, speaker, content, mode", [
    # "wonach" gives what a report says; its author in the genitive says it, "Berichte" nobody
    ("Zuvor hatte es eine Meldung der Schulleitung gegeben, wonach bis zu 20 Kinder Symptome zeigten.",
     "Schulleitung", "bis zu 20 Kinder Symptome zeigten", "reported"),
    ("Ein Bericht des Gesundheitsamts, wonach 30 Kinder erkrankt seien, sorgte für Unruhe.",
     "Gesundheitsamt", "30 Kinder erkrankt seien", "indirect"),
    ("Es gibt Berichte, wonach 300 Soldaten verlegt worden seien.", None, "300 Soldaten verlegt worden seien",
     "indirect"),
])
def test_attribution_wonach_gives_what_a_report_says(claims_of, text, speaker, content, mode):
    claim = only([c for c in claims_of(body(text)) if c.cue is not None and c.cue.lemma == "wonach"])
    assert (claim.speaker.canonical if claim.speaker else None, claim.content.text, claim.mode) == (speaker, content, mode)


@pytest.mark.parametrize("text", [
    "Die Polizei nahm den Mann fest, wonach die Lage ruhig blieb.",  # no report before it
    "Wonach die Ermittler suchen, ist unklar.",
])
def test_attribution_wonach_without_a_report_is_no_cue(claims_of, text):
    assert [c for c in claims_of(body(text)) if c.cue is not None and c.cue.lemma == "wonach"] == []
