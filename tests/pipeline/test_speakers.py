from __future__ import annotations

import pytest

from claimtrack.pipeline.lexicon import get
from claimtrack.pipeline.speakers import compound_head
from tests.helpers import body, only
from tests.pipeline.finders import cue_in


@pytest.mark.parametrize(
    "text, lemma, speaker, via",
    [
        ("Der südkoreanische Geheimdienst hatte am Freitag mitgeteilt, dass Soldaten verlegt worden seien.",
         "mitteilen", "Der südkoreanische Geheimdienst", None),
        ("„Wir bleiben“, sagte Wood demnach weiter.", "sagen", "Wood", None),  # the name after the verb
        ("Die Lage sei ernst, sagte der Sprecher.", "sagen", "der Sprecher", None),
        ("Die Anwohner wurden vom Verband aufgefordert, die Straße zu meiden.", "auffordern", "Verband", None),
        ("Der Spiegel zitiert den Prediger mit den Worten, er bleibe im Amt.", "zitieren", "den Prediger", "Der Spiegel"),
        ("Einige vertreten die Auffassung, dass der Bau zu teuer sei.", "vertreten", "Einige", None),
        # any noun before or right after the finite "haben" of a perfect
        ("Die Stadt hatte mitgeteilt, die Arbeiten seien beendet.", "mitteilen", "Die Stadt", None),
        ("Im März hatte die Stadt mitgeteilt, die Arbeiten seien beendet.", "mitteilen", "die Stadt", None),
        ("Die Gemeinde hat am Freitag erklärt, die Straße sei frei.", "erklären", "Die Gemeinde", None),
        # "der" before a feminine noun is a dative: who is accused, not who speaks
        ("Die Opposition wirft der Regierung vor, sie habe gelogen.", "vorwerfen", "Die Opposition", None),
        ("Der Verband warf der Polizei vor, sie sei zu spät gekommen.", "vorwerfen", "Der Verband", None),
        # with "werden", the subject is what was said, no speaker
        ("Die Zahl der Opfer wurde am Abend bestätigt.", "bestätigen", None, None),
    ],
)
def test_speakers_as_written_for_a_verb_cue(doc_of, text, lemma, speaker, via):
    found = cue_in(doc_of, text, lemma)
    relays = get().verb_cues[lemma].relays
    who, relay = found.speakers().speaker_as_written(
        found.cue, found.sentence, found.mentions, nested=False, relays=relays)
    assert (found.span(who), found.span(relay)) == (speaker, via)


@pytest.mark.parametrize(
    "text, lemma, speaker, canonical",
    [
        ("Laut Polizei kamen 500 Menschen.", "laut", "Polizei", "Polizei"),
        ("Angaben der Feuerwehr zufolge brannte die Halle.", "zufolge", "Angaben der Feuerwehr", "Feuerwehr"),
        ("Nach Angaben der Feuerwehr brannte die Halle.", "nach Angaben", "Angaben der Feuerwehr", "Feuerwehr"),
        ("Nach Polizeiangaben kamen 500 Menschen.", "nach Polizeiangaben", "Polizeiangaben", "Polizei"),
        ("Die Halle brannte ab, so die Feuerwehr.", "so", "die Feuerwehr", "Feuerwehr"),
        # a country in the genitive, without an article
        ("Nach Angaben Kiews wurden 40 Drohnen abgeschossen.", "nach Angaben", "Angaben Kiews", "Ukraine"),
        # a compound source whose first part is written in lower case
        ("Nach dpa-Informationen tritt der Minister zurück.", "nach dpa-Informationen", "dpa-Informationen", "dpa"),
        ("Angaben Israels zufolge wurden 30 Raketen abgefangen.", "zufolge", "Angaben Israels", "Israel"),
    ],
)
def test_speakers_for_a_source_cue(doc_of, text, lemma, speaker, canonical):
    found = cue_in(doc_of, text, lemma)
    who = found.speakers().speaker_for_preposition(found.cue, found.sentence, found.mentions)
    assert who is not None
    assert (found.span(who), who.canonical) == (speaker, canonical)


@pytest.mark.parametrize("prefix, head", [
    ("Polizei", "Polizei"), ("Regierungs", "Regierung"), ("Behörden", "Behörden"), ("WHO-", "WHO"),
    ("Ministeriums", "Ministerium"), ("Kreis", "Kreis"),  # only a linking s after a suffix that takes one
    ("Verbands", "Verband"), ("Veranstalter", "Veranstalter"),  # or a genitive the lemma table knows
])
def test_speakers_compound_head_drops_the_linking_s(prefix, head):
    assert compound_head(prefix) == head


@pytest.mark.parametrize(
    "text, speaker, canonical, kind",
    [
        # a city after an institution noun is part of its name, also a capital that can stand
        # for its country's government ("Berlin erklärte")
        ("Das Landgericht Leipzig erklärte, der Vertrag sei gültig.", "Das Landgericht Leipzig",
         "Landgericht Leipzig", "government"),
        ("Die Universität Wien erklärte, der Test sei gelungen.", "Die Universität Wien", "Universität Wien",
         "organization"),
        ("Die Staatsanwaltschaft München I teilte mit, der Mann sei gefasst.", "Die Staatsanwaltschaft München I",
         "Staatsanwaltschaft München I", "government"),
        ("Ein Sprecher des Senats Berlin erklärte, der Vertrag sei gültig.", "Ein Sprecher des Senats Berlin",
         "Sprecher des Senats Berlin", "government"),
        ("Berlin erklärte, der Vertrag sei gültig.", "Berlin", "Bundesregierung", "government"),
        # a document's author in the genitive speaks for it
        ("Der Bericht des Umweltbundesamtes warnt vor Engpässen.", "Der Bericht des Umweltbundesamtes",
         "Umweltbundesamt", "government"),
        ("Eine neue Studie der Universität Graz warnt vor Engpässen.", "Eine neue Studie der Universität Graz",
         "Universität Graz", "organization"),
        # a name before an institution's noun, a quoted name after it, a known name of several words
        ("Wie die Neue Kieler Zeitung berichtet, ist der Hafen gesperrt.", "die Neue Kieler Zeitung",
         "Neue Kieler Zeitung", "media"),
        ("Die Organisation „Lehrer ohne Grenzen“ erklärte, die Schulen seien zu.", "Die Organisation „Lehrer ohne Grenzen“",
         "Lehrer ohne Grenzen", "organization"),
        ("Ärzte ohne Grenzen teilte mit, drei Flugzeuge seien gelandet.", "Ärzte ohne Grenzen", "Ärzte ohne Grenzen",
         "organization"),
        # "von" and "zu" inside a name after a lone given name, not before an institution or
        # after a surname; a name ending in "-rat" is no council
        ("Richard von Weizsäcker sagte, die Lage sei ernst.", "Richard von Weizsäcker", "Richard von Weizsäcker", "person"),
        ("Ministerin Ursula von der Leyen sagte, sie sei zufrieden.", "Ministerin Ursula von der Leyen",
         "Ursula von der Leyen", "person"),
        ("Karl-Theodor zu Guttenberg erklärte, er sei zufrieden.", "Karl-Theodor zu Guttenberg",
         "Karl-Theodor zu Guttenberg", "person"),
        ("Anna Berg von der Feuerwehr sagte, die Lage sei ernst.", "Anna Berg", "Anna Berg", "person"),
        ("Murat Yilmaz sagte, die Lage sei ernst.", "Murat Yilmaz", "Murat Yilmaz", "person"),
        # a capitalised country adjective before a name is a company's name, before a word
        # for a state the country's ("der Deutsche X" is a man, so neither)
        ("Die Deutsche Post kündigte an, das Porto zu erhöhen.", "Die Deutsche Post", "Deutsche Post", "organization"),
        ("Die Österreichische Lotterien GmbH teilte mit, der Jackpot sei geknackt.",
         "Die Österreichische Lotterien GmbH", "Österreichische Lotterien", "organization"),
        ("Die Französische Republik erklärte, sie sei bereit.", "Die Französische Republik", "Frankreich", "government"),
        # the subject before a relative clause, also a noun made of a participle, not a number
        ("Der Beschuldigte, der seit Mai in Haft sitzt, bestritt die Tat.", "Der Beschuldigte", "Beschuldigte", "unknown"),
        ("Die Zahl der Toten, die bei dem Beben starben, bezifferte die Agentur Reuters auf 80.",
         "die Agentur Reuters", "Reuters", "media"),
        # "Er" opens the words of the speaker named after the verb
        ("Er habe das Geld nie gesehen, sagte der Beschuldigte.", "der Beschuldigte", "Beschuldigte", "unknown"),
        # titles are no part of the name
        ("Prof. Dr. Ilse Berger erklärte, die Studie sei fertig.", "Prof. Dr. Ilse Berger", "Ilse Berger", "person"),
        # a surname with "von der" and no given name, opening the sentence or after a role;
        # "von" with a place, or with a word the lemma table knows, stays a preposition
        ("Von der Leyen sagte, die Kommission werde helfen.", "Von der Leyen", "von der Leyen", "person"),
        ("Zu Guttenberg räumte ein, Fehler gemacht zu haben.", "Zu Guttenberg", "zu Guttenberg", "person"),
        ("Kommissionschefin von der Leyen sagte, die Kommission werde helfen.",
         "Kommissionschefin von der Leyen", "von der Leyen", "person"),
        ("Der Bürgermeister von Lützen sagte, die Brücke bleibe zu.", "Der Bürgermeister von Lützen",
         "Bürgermeister von Lützen", "person"),
        # the place after "in" tells which institution: a government's seat names its country
        ("Die Regierung in Prag erklärte, sie schicke Helfer.", "Die Regierung in Prag", "Regierung (Tschechien)",
         "government"),
        ("Das Außenministerium in Den Haag erklärte, es schicke Helfer.", "Das Außenministerium in Den Haag",
         "Außenministerium (Niederlande)", "government"),
        ("Die Polizei in Lützen meldete zwölf Festnahmen.", "Die Polizei in Lützen", "Polizei Lützen", "government"),
        ("Die Regierung in Bedrängnis erklärte, sie bleibe im Amt.", "Die Regierung", "Regierung", "government"),
        # "-profi", "-vize" are roles; a name has a third word only after a second given name
        # or an initial, or when it looks like a name
        ("Fraktionsvize Julia Kessler sagte, das sei zu teuer.", "Fraktionsvize Julia Kessler", "Julia Kessler",
         "person"),
        ("Der Radprofi Max Hoffmann sagte, er fahre weiter.", "Der Radprofi Max Hoffmann", "Max Hoffmann", "person"),
        ("Erneut kündigte Arbeitsministerin Clara Ressmann Zugeständnisse an.", "Arbeitsministerin Clara Ressmann",
         "Clara Ressmann", "person"),
        ("Bürgermeister Hans Peter Meier sagte, die Brücke sei zu.", "Bürgermeister Hans Peter Meier",
         "Hans Peter Meier", "person"),
        ("Richterin Melissa C. Jackson sagte, die Kaution bleibe.", "Richterin Melissa C. Jackson",
         "Melissa C. Jackson", "person"),
        # evidence cited is no source that speaks: the medium that cites it is
        ("Die Zeitung „Nordpost“ berichtete unter Berufung auf Satellitenbilder, die Brücke sei zerstört.",
         "Die Zeitung „Nordpost“", "Nordpost", "media"),
        # associations German news quotes often are known names; "in" and a place widen a
        # speaker, "in" and another noun do not
        ("Pro Asyl kritisierte, dass die Frist zu kurz sei.", "Pro Asyl", "Pro Asyl", "organization"),
        ("Der WWF in Absprache mit den Förstern warnte vor Dürre.", "Der WWF", "WWF", "organization"),
        ("Ein Polizeisprecher in Lützen sagte, die Frist gelte.", "Ein Polizeisprecher in Lützen",
         "Polizeisprecher", "government"),
        # a genitive inside an object that opens the sentence is no subject
        ("Einen Bericht der „Nordpost“, wonach sie krank sei, wies ihr Management zurück.", "Management",
         "Management", "organization"),
        # an institution's name of two words, and its acronym in brackets
        ("Der Landesverband Badischer Imker warnte vor dem Bienensterben.", "Der Landesverband Badischer Imker",
         "Landesverband Badischer Imker", "organization"),
        ("Die Generaldirektion Kulturelles Erbe teilte mit, sie grabe weiter.", "Die Generaldirektion Kulturelles Erbe",
         "Generaldirektion Kulturelles Erbe", "government"),
        ("Die Deutsche Stiftung Organtransplantation (DSO) meldete mehr Spenden.",
         "Die Deutsche Stiftung Organtransplantation (DSO)", "Deutsche Stiftung Organtransplantation (DSO)",
         "organization"),
        # what an institution is "für" is part of its name; a phrase with an article is not
        ("Das Bundesamt für Migration und Flüchtlinge teilte mit, 300 Anträge seien eingegangen.",
         "Das Bundesamt für Migration und Flüchtlinge", "Bundesamt für Migration und Flüchtlinge", "government"),
        ("Nach Erkenntnissen des Landesamts für Umwelt sind zwei Tonnen ausgetreten.",
         "Erkenntnissen des Landesamts für Umwelt", "Landesamt für Umwelt", "government"),
        ("Die Gesellschaft für politische Bildung warnte vor Kürzungen.", "Die Gesellschaft für politische Bildung",
         "Gesellschaft für politische Bildung", "organization"),
        ("Die Stiftung für die Opfer sagte, es fehle Geld.", "Die Stiftung", "Stiftung", "organization"),
        ("Die französische Aufsichtsbehörde für Zivilluftfahrt meldete drei Ausfälle.",
         "Die französische Aufsichtsbehörde für Zivilluftfahrt", "Aufsichtsbehörde für Zivilluftfahrt (Frankreich)",
         "government"),
        ("Das Unternehmen kündigte für Montag an, 40 Stellen zu streichen.", "Das Unternehmen", "Unternehmen",
         "organization"),
        # an organisation's noun is part of its name unless it names a kind of body ("Reederei")
        ("Die Universität Hellbronn teilte mit, 300 Studenten seien betroffen.", "Die Universität Hellbronn",
         "Universität Hellbronn", "organization"),
        ("Die Stadtwerke Mollenbeck teilten mit, 300 Haushalte seien ohne Strom.", "Die Stadtwerke Mollenbeck",
         "Stadtwerke Mollenbeck", "organization"),
        ("Die Reederei Hallvik teilte mit, 300 Passagiere seien an Bord.", "Die Reederei Hallvik", "Hallvik",
         "organization"),
        # a part of a town in an institution's name
        ("Das Klinikum Nord teilte mit, neun Patienten seien behandelt worden.", "Das Klinikum Nord",
         "Klinikum Nord", "organization"),
        ("Das Bezirksamt Mitte teilte mit, neun Anträge lägen vor.", "Das Bezirksamt Mitte", "Bezirksamt Mitte",
         "government"),
        # a name of two words after a medium's noun, the first one a word the table knows
        ("Der Sender Radio Ostwelle meldete 30 Verletzte.", "Der Sender Radio Ostwelle", "Radio Ostwelle", "media"),
        # a quoted title ending in a newspaper's word is a medium
        ("Laut „Neustädter Kurier“ soll der Bürgermeister zurücktreten.", "„Neustädter Kurier“", "Neustädter Kurier",
         "media"),
        ("Nach Informationen der „Seewalder Post“ fehlen 30 Lehrer.", "Informationen der „Seewalder Post“",
         "Seewalder Post", "media"),
        # a country adjective before an association's noun tells its country, it is no country
        ("Der Deutsche Handballbund teilte mit, 30 Spiele fielen aus.", "Der Deutsche Handballbund",
         "Handballbund (Deutschland)", "organization"),
        ("Der Bund sagte 40 Millionen Euro zu.", "Der Bund", "Bund", "government"),  # the federal government
        # a legal form after a name makes it a company's, and is no part of the company's name
        ("Die Velden Chemie GmbH teilte mit, es seien 150 Kilogramm.", "Die Velden Chemie GmbH", "Velden Chemie",
         "organization"),
        ("Die Hansen Logistik GmbH teilte mit, 30 Fahrer fehlten.", "Die Hansen Logistik GmbH", "Hansen Logistik",
         "organization"),
        ("Brenner AG teilte mit, der Umsatz sei gestiegen.", "Brenner AG", "Brenner", "organization"),
        # a court keeps the place that names it, also one the lemma table knows
        ("Das Amtsgericht Charlottenburg teilte mit, der Prozess beginne im Mai.", "Das Amtsgericht Charlottenburg",
         "Amtsgericht Charlottenburg", "government"),
        # any other noun keeps its genitive: who speaks is the minister's wife, not the minister
        ("Die Frau des Ministers sagte, sie bleibe.", "Die Frau des Ministers", "Frau des Ministers", "unknown"),
    ],
)
def test_speakers_institutions_documents_and_genitives(claims_of, text, speaker, canonical, kind):
    claims = [c for c in claims_of(body(text)) if c.speaker is not None]
    assert [(c.speaker.text, c.speaker.canonical, c.speaker.kind) for c in claims] == [(speaker, canonical, kind)]


def test_speakers_a_description_that_speaks_on_is_the_speaker_before(claims_of):
    # "meinte weiter": who speaks on spoke before, even under a description the article did not use
    claims = claims_of(body("„Das Kind musste gut aussehen“, sagte Chen Wei. "
                            "Der Musikverantwortliche der Feier meinte weiter, die Kinder seien gut gewesen. "
                            "Der Musikverantwortliche der Schule meinte, es habe geregnet."))
    assert [(c.speaker.text, c.speaker.canonical) for c in claims] == [
        ("Chen Wei", "Chen Wei"), ("Der Musikverantwortliche der Feier", "Chen Wei"),
        ("Der Musikverantwortliche der Schule", "Musikverantwortliche der Schule")]


def test_speakers_two_federations_with_names_of_their_own_are_two_speakers(claims_of):
    claims = claims_of(body("Der Bundesverband der Deutschen Industrie warnte vor Stellenabbau. "
                            "Der Bundesverband der Deutschen Binnenschifffahrt erklärte, 30 Schiffe lägen fest."))
    assert [c.speaker.canonical for c in claims] == ["Bundesverband der Deutschen Industrie",
                                                     "Bundesverband der Deutschen Binnenschifffahrt"]


def test_speakers_an_institution_in_the_genitive_keeps_the_case_of_its_own_genitive(claims_of):
    claim = only(claims_of(body("Nach Angaben des Strafsenats des Oberlandesgerichts fiel das Urteil.")))
    assert claim.speaker.canonical == "Strafsenat des Oberlandesgerichts"


@pytest.mark.parametrize(
    "texts, canonical",
    [
        # a known name: the lexicon lists one alias, the case of its adjective does not matter
        (["Laut Deutschem Wetterdienst fielen 50 Liter.", "Der Deutsche Wetterdienst meldete 50 Liter.",
          "Nach Angaben des Deutschen Wetterdienstes fielen 50 Liter."], "Deutscher Wetterdienst (DWD)"),
        # a name the lexicon does not know: its adjectives as after "die"
        (["Laut Sächsischem Landesamt fielen 50 Liter.", "Das Sächsische Landesamt meldete 50 Liter.",
          "Nach Angaben des Sächsischen Landesamtes fielen 50 Liter."], "Sächsische Landesamt"),
        (["Laut Neuer Kieler Zeitung fielen 50 Liter.", "Die Neue Kieler Zeitung meldete 50 Liter.",
          "Der Neuen Kieler Zeitung zufolge fielen 50 Liter."], "Neue Kieler Zeitung"),
    ],
)
def test_speakers_an_institution_is_one_speaker_whatever_its_case(claims_of, texts, canonical):
    # "laut" takes the dative without an article ("laut Deutschem Wetterdienst"), so the
    # adjective's ending differs from the one after an article
    found = [c.speaker.canonical for text in texts for c in claims_of(body(text)) if c.speaker is not None]
    assert found == [canonical] * len(texts)


def test_speakers_von_at_the_start_of_a_sentence_is_still_a_preposition(claims_of):
    claims = claims_of(body("Von der Polizei hieß es, zwölf Menschen seien verletzt."))
    assert [c.speaker for c in claims] == [None]


def test_speakers_governments_in_two_capitals_are_two_speakers(claims_of):
    claims = claims_of(body("Die Regierung in Prag erklärte, sie schicke 100 Soldaten. "
                            "Die Regierung in Warschau erklärte, sie schicke 200 Soldaten. "
                            "Die Regierung sagte, weitere 50 Soldaten seien bereit."))
    assert [c.speaker.canonical for c in claims] == ["Regierung (Tschechien)", "Regierung (Polen)", "Regierung (Polen)"]
