"""A synthetic German news corpus for benchmarks: deterministic from a seed.

Every word list and template below was written for this benchmark; no article text is
copied from anywhere. Articles are 150-400 words: a headline, body paragraphs that mix
attributed statements of many forms („…“, sagte X. / X erklärte, dass … / Laut X … /
X zufolge … Konjunktiv / Nach Angaben des … / X bestätigte, bestritt …) with hedged figures,
dates and plain narrative sentences, and in some articles page furniture (comment form,
"Nach oben", a "- Themen:" tag list, the headline repeated).

Two properties are tuned to look like real local news rather than a handful of phrases:

* Vocabulary. spaCy's tokenizer caches the split of every distinct string, so a corpus with a
  tiny vocabulary makes the bare-tokenisation baseline of benchmarks/ingest_speed.py
  unrealistically fast (the first version of this file had 2,638 distinct words in 2000
  articles). Real news grows its vocabulary by Heaps' law, some 80,000 distinct words in
  600,000. Here the open word classes are generated from parts written for this file:
  compound nouns from groups of first parts and the heads they go with ("Sport" + "halle",
  linking -s- where German has it: "Verkehrsplan"), sometimes with a third part
  ("Kreisjugendzentrum", "Sporthallendach") or a person's name ("Anna-Kessler-Halle"), declined
  with article and an inflected adjective (also compound ones: "verkehrspolitisch"); surnames,
  towns, streets, field names, rivers, companies, clubs, schools and inns put together from
  German-sounding parts; town adjectives ("Altenbacher"), ages, years, dates, times, house,
  road and phone numbers, web and mail addresses. Narrative sentences come from some 320
  hand-written templates (council, building work, traffic, clubs, sports, church, school,
  weather, service notes, the topic's own scenes) and from a generator of action sentences
  (actor, verb in preterite, perfect or passive, object, place, time); an article comes back
  to some of its own nouns, as a report does. Statements get varied too: a place or subject
  in front ("Zum Verkehrsplan erklärte ..."), voices from the street, figures with a place.
  2000 articles (about 600,000 words) have about 63,000 distinct whitespace-separated words.
* Claim density. The first version made about 21 claims per article; real news carries an
  attributed statement or a figure in roughly 35-45 % of its body sentences (about 4.7 claims
  in a 220-word article). Now about a third of the sentences are statements or figures and
  the rest narrative sentences without speaker, attribution verb, quotation, Konjunktiv or
  counted figure, so claimtrack finds about 9-10 claims per article.

    python benchmarks/corpus.py OUT_DIR [--articles N] [--seed S]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path


def words(text: str) -> list[str]:
    """A word list written as one string."""
    return text.split()


# ---------------------------------------------------------------------------------------------
# People. Surnames are plain ones plus stem x ending ("Mühlbauer", "Eichler", "Steinhuber").
FEMALE = words("Anna Katrin Julia Petra Sabine Miriam Claudia Heike Ursula Monika Andrea Birgit Susanne Stefanie "
               "Nicole Tanja Melanie Sandra Kerstin Silke Anja Daniela Christina Martina Gabriele Renate Karin "
               "Ingrid Elke Doris Bettina Carola Dagmar Friederike Hannah Lea Laura Lena Sophie Marie Johanna "
               "Franziska Theresa Verena Jana Nina Svenja Maren Wiebke Inga Antje Ute Gisela Helga Brigitte "
               "Sigrid Annette Cornelia Simone Yvonne Esther Ruth Carla Greta Ida Paula Clara Elisabeth "
               "Margarete Regina Irene Barbara Hildegard Luise Charlotte Mareike Jutta Rosemarie")
MALE = words("Thomas Michael Stefan Andreas Jonas Lukas Tobias Florian Peter Klaus Jürgen Wolfgang Dieter Uwe "
             "Frank Ralf Bernd Holger Jens Jörg Matthias Markus Martin Christian Alexander Sebastian Daniel "
             "Philipp Felix Moritz Maximilian Simon Johannes Benedikt Dominik Fabian Niklas Tim Jan Sven Dirk "
             "Olaf Rainer Helmut Gerhard Günter Manfred Heinz Horst Volker Reinhard Norbert Hartmut Karl Georg "
             "Anton Paul Emil Konrad Rüdiger Torsten Carsten Kai Lars Hendrik Malte Till Ole Bastian Marco "
             "Oliver Patrick Robert Werner Friedrich Erwin Ludwig Albert Hubert Gottfried Wilhelm")
LAST_PLAIN = words("Brenner Kessler Vogt Hartmann Seidel Lorenz Winkler Roth Busch Haller Pohl Engel Kunze Straub "
                   "Falk Reuter Scholz Krüger Wagner Becker Schäfer Koch Richter Klein Wolf Schröder Neumann "
                   "Schwarz Zimmermann Braun Hofmann Krause Lange Werner Lehmann Köhler Maier Walter König "
                   "Herrmann Kaiser Fuchs Peters Jung Möller Weiß Keller Günther Berger Böhm Kraft Schuster "
                   "Dietrich Sauer Ernst Pfeiffer Brandt Graf Albrecht Voigt Ziegler Kühn Arnold Thiel Beck "
                   "Haas Sommer Stahl Ebert Wendt Jäger Hahn Lindner Ott Kolb Rieger Bauer Eberle")
LAST_STEMS = words("Hof Lang Hart Stein Wend Bau Kram Holz Reich Berg Feld Brück Eich Lind Buch Esch Birk Ross "
                   "Kirch Mühl Dorn Fels Horn Kling Kolb Kraus Lamp Loh Mert Nagel Oster Pfann Rausch Schell "
                   "Schott Seel Spreng Stauf Stroh Tann Thal Uhl Vogel Wach Wald Weid Wern Wies Zell Acker Diet "
                   "Eck Ehr Forst Frei Grün Hag Hamm Hein Hell Herz Hinz Hirsch Kamm Kell Kies Knapp Korn Leit "
                   "Lieb Moos Neu Ober Pfeil Rein Ried Rupp Sand Schwab Schmal Sieg Sonn Stahl Stern Stock Traut "
                   "Ulm Wall Wink Wolk Zieg Brand Gold Lind Ham Kirsch Linden Haber Gott Eng Fried Kuhn Roth "
                   "Adel Alb Ahl Bäum Bind Blum Bock Bohl Breit Bruck Dill Dreh Eber Edel Ell Ems Erb Fass Fink "
                   "Fleisch Fluhr Förs Frank Frieb Gaß Geb Gieß Glas Grab Groß Gutt Hack Hall Harr Haug Hechen "
                   "Heid Herb Hess Hinter Höll Hütt Iser Jahn Kalt Kapp Karl Kern Kirn Klaus Kleb Klotz Knoll "
                   "Kopp Kratz Krebs Kreuz Kron Kurz Lauer Lech Lehr Lenz Lind Lutz Mahl Mang Mark Matt Maur "
                   "Mies Mohr Müll Nies Nuß Obst Ort Pletz Pries Rad Ramm Rapp Rath Reb Reh Ries Rieg Rohr Rost "
                   "Sack Salz Schad Scharf Scheid Schier Schlag Schnee Schön Schul Schwarz Seg Sell Sieb Sinn "
                   "Spieß Spitz Stang Stark Staud Steg Stier Stöck Streb Strohm Sturm Teich Thom Trap Treib "
                   "Unger Vieh Vill Wag Wahl Wass Weck Wehr Weil Weiß Went Wied Wild Will Wirth Witt Zapf Zeh")
LAST_ENDS = words("mann er inger bauer meier hofer huber ner ling ke mayr hardt wald berg feld stein ler bach "
                  "brunner müller schmidt hauser heimer lechner reiter weber gruber moser eder wieser felder "
                  "leitner thaler kamp kämper brink bichler hammer heimer dorfer hausen städter mair steiner "
                  "kötter meyer lein le")
LAST = sorted(set(LAST_PLAIN) | {s + e for s in LAST_STEMS for e in LAST_ENDS
                                  if not s.lower().endswith(e) and not s.endswith(e[0] * 2)})

# Roles of people met in the narrative (male, female) and jobs: no spokespeople among them.
PEOPLE_ROLES = (("Anwohner", "Anwohnerin"), ("Landwirt", "Landwirtin"), ("Rentner", "Rentnerin"),
                ("Schulleiter", "Schulleiterin"), ("Ortsvorsteher", "Ortsvorsteherin"), ("Pfarrer", "Pfarrerin"),
                ("Architekt", "Architektin"), ("Bauleiter", "Bauleiterin"), ("Hausmeister", "Hausmeisterin"),
                ("Gastwirt", "Gastwirtin"), ("Kassenwart", "Kassenwartin"), ("Chorleiter", "Chorleiterin"),
                ("Trainer", "Trainerin"), ("Jugendleiter", "Jugendleiterin"), ("Förster", "Försterin"),
                ("Imker", "Imkerin"), ("Bäckermeister", "Bäckermeisterin"), ("Stadtführer", "Stadtführerin"),
                ("Museumsleiter", "Museumsleiterin"), ("Ortschronist", "Ortschronistin"),
                ("Klimaschutzmanager", "Klimaschutzmanagerin"), ("Quartiersmanager", "Quartiersmanagerin"),
                ("Stadtbaumeister", "Stadtbaumeisterin"), ("Revierleiter", "Revierleiterin"),
                ("Kreisheimatpfleger", "Kreisheimatpflegerin"), ("Schäfer", "Schäferin"),
                ("Winzer", "Winzerin"), ("Kirchenmusiker", "Kirchenmusikerin"), ("Hobbyhistoriker",
                "Hobbyhistorikerin"), ("Platzwart", "Platzwartin"), ("Wanderführer", "Wanderführerin"))
JOBS = (("Elektriker", "Elektrikerin"), ("Erzieher", "Erzieherin"), ("Krankenpfleger", "Krankenpflegerin"),
        ("Lehrer", "Lehrerin"), ("Schreiner", "Schreinerin"), ("Verkäufer", "Verkäuferin"),
        ("Busfahrer", "Busfahrerin"), ("Altenpfleger", "Altenpflegerin"), ("Ingenieur", "Ingenieurin"),
        ("Steuerberater", "Steuerberaterin"), ("Bankkaufmann", "Bankkauffrau"), ("Friseur", "Friseurin"),
        ("Gärtner", "Gärtnerin"), ("Koch", "Köchin"), ("Tierarzt", "Tierärztin"), ("Apotheker", "Apothekerin"),
        ("Sozialarbeiter", "Sozialarbeiterin"), ("Physiotherapeut", "Physiotherapeutin"),
        ("Mechaniker", "Mechanikerin"), ("Dachdecker", "Dachdeckerin"), ("Informatiker", "Informatikerin"),
        ("Buchhändler", "Buchhändlerin"), ("Zahnarzt", "Zahnärztin"), ("Metzger", "Metzgerin"),
        ("Maurer", "Maurerin"), ("Fliesenleger", "Fliesenlegerin"), ("Landschaftsgärtner", "Landschaftsgärtnerin"),
        ("Vermessungstechniker", "Vermessungstechnikerin"), ("Lokführer", "Lokführerin"),
        ("Bauzeichner", "Bauzeichnerin"), ("Hotelfachmann", "Hotelfachfrau"), ("Konditor", "Konditorin"))

# ---------------------------------------------------------------------------------------------
# Places: towns, streets, field names, rivers, churches, inns, companies, clubs, schools.
TOWN_FIRST = words("Alten Neu Ober Unter Kirch Mühl Linden Eschen Birken Tannen Rosen Stein Wald Hohen Sand "
                   "Fichten Weiden Buchen Erlen Hasel Eich Ahorn Berg Bieber Dürren Eber Engel Falken Finster "
                   "Frauen Gold Grafen Grün Hafer Hage Hart Heil Herren Hirsch Hoch Hof Holz Horn Kalten Kappel "
                   "Katzen König Kreuz Lauter Leimen Lichten Marien Markt Mittel Moos Nieder Nonnen Ochsen Oster "
                   "Pfaffen Reichen Roth Salz Schön Schwarzen Schwan Sieben Sommer Sonnen Stauf Sulz Veits Vogel "
                   "Wasser Weißen Weil Wendel Wies Wilden Winter Wolfs Zell Espen Elsen Lerchen Adels Bruder "
                   "Dietz Ebers Fried Geis Hasen Ilsen Kuh Lahn Mauer Nuss Otter Rams Rieds Schaf Tauben Uhl "
                   "Wachen Ziegen Appel Asch Bären Bell Bonn Breiten Buch Butz Dachs Diepen Dörn Ebers Echter Eggen "
                   "Ellers Emmer Ett Feuch Flach Frei Fürsten Gais Gelt Gerns Glas Grieß Gunders Hallen Harde "
                   "Hecken Heiligen Herz Hiltz Hüttel Immen Iffel Jagst Kemp Klingen Kloster Krähen Kupfer Langen "
                   "Lauben Leuters Lieben Lützel Mangold Mehl Meiers Mittel Möhren Mönchs Nessel Neuen Nord Oder "
                   "Ölbron Pfalz Quell Rabens Rinder Rohr Rott Sauer Schach Scheuer Schnait Sinz Sommer Spiegel "
                   "Steinbruch Stetten Süd Thalen Trautz Ulrichs Vöhr West Wiesel Witzen Wolfen Zeisig")
TOWN_LAST = words("bach dorf hausen heim feld weiler au brück tal furt stadt hagen ried moor rode born berg burg "
                  "stetten hofen kirchen wang bronn brunn beuren hain holz loh see stein wald wiesen zell leben "
                  "reuth kamp horst stedt bühl weiher heide grund hütten mühle rain ach eck ebene hofen stätten "
                  "hart")
TOWNS = sorted({a + b for a in TOWN_FIRST for b in TOWN_LAST if not a.lower().endswith(b) and b not in a.lower()})

STREET_NATURE = words("Linden Eichen Birken Kastanien Ahorn Akazien Buchen Erlen Eschen Tannen Fichten Weiden Pappel "
                      "Ulmen Rosen Tulpen Flieder Holunder Nelken Veilchen Lilien Sonnen Sommer Wiesen Feld Wald "
                      "Berg Bach Quellen Weinberg Hopfen Korn Hafer Flachs Lerchen Amsel Finken Meisen Schwalben "
                      "Falken Adler Hirsch Reh Fuchs Dachs Biber Otter Kirsch Apfel Birnen Nuss Mühlen Wein "
                      "Heide Moor Rain Hang Tal Höhen Sand Lehm Kalk Stein")
STREET_TOWN = words("Bäcker Schmiede Weber Gerber Färber Schuster Brauhaus Kirch Schul Bahnhof Markt Mühl Post "
                    "Rathaus Friedhof Garten Burg Schloss Hafen Brunnen Kloster Kapellen Pfarr Hospital Ziegelei "
                    "Steinbruch Zoll Turm Tor Graben Kaserne Bleiche Schmelz Säge Ring")
FAMOUS = words("Goethe Schiller Lessing Herder Mozart Beethoven Haydn Luther Kant Uhland Hebel Eichendorff Kolping "
               "Röntgen Humboldt Gutenberg Dürer Kepler Leibniz Heine Brahms Händel Fontane Raabe Mörike "
               "Schubert Hölderlin Bunsen Diesel Benz Daimler Zeppelin Liebig Fröbel Pestalozzi")
# street type -> locative ("in der Lindenstraße", "am Mühlweg")
STREET_TYPES = {"straße": "in der", "weg": "im", "gasse": "in der", "allee": "in der", "ring": "am",
                "platz": "am", "damm": "am", "ufer": "am", "graben": "am", "steig": "am", "pfad": "am",
                "anger": "am", "halde": "an der", "winkel": "im", "gässle": "im", "hof": "im"}
STREET_NAMED = ("straße", "weg", "platz", "allee", "ring")  # the types a person's name takes

AREA_FIRST = words("Sonnen Kirch Mühl Stein Lehm Sand Eichen Linden Wein Hopfen Kalk Lang Hohl Brand Kreuz Galgen "
                   "Fuchs Hasen Wolfs Schaf Ochsen Gänse Kapellen Brunnen Loh Birken Espen Heide Moor Ried Bruch "
                   "Krähen Dachs Kuh Rosen Hag Schlehen Wacholder Ginster Tannen Kies Mergel Flachs")
AREA_LAST = words("halde acker wiese rain hang grund bühl feld äcker wiesen garten gärten berg buckel höhe tal loch "
                  "graben weide matten breite wasen egert")

RIVER_STEMS = words("Erlen Mühl Linden Weiden Forellen Stein Sand Kalten Schwarz Lauter Klar Rot Wiesen Dorf Gold "
                    "Eschen Aal Hasel Krebs Reh Otter Biber Rohr Schilf Moos Tal Wolfs Finster Grenz Sulz")

SAINTS = words("Martins Johannes Paulus Nikolai Lukas Michaels Marien Christus Petrus Stephanus Laurentius Jakobus "
               "Georgs Andreas Markus Matthäus Thomas Bonifatius Ulrichs Veits Liebfrauen Dreifaltigkeits Kreuz "
               "Friedens Erlöser Pankratius Gallus Kilians Mauritius Wendelins")
INN_KIND = ("Gasthaus", "Gasthof", "Landgasthof", "Hotel-Restaurant", "Brauereigasthof")
INN_SIGN = ("Krone", "Adler", "Sonne", "Löwen", "Hirsch", "Rössle", "Linde", "Zum Hirschen", "Zur Linde",
            "Zum Ochsen", "Zur Post", "Zum Schwanen", "Zur Krone", "Lamm", "Engel", "Rose", "Traube", "Bären",
            "Stern", "Zum Anker", "Zum Löwen", "Zur Sonne", "Schwarzer Adler", "Goldener Stern", "Zum Kreuz")

COMPANY_KIND = words("Schreinerei Zimmerei Dachdeckerei Druckerei Spedition Gärtnerei Baumschule Brauerei Bäckerei "
                     "Metzgerei Konditorei Buchhandlung Apotheke Autowerkstatt Baufirma Elektrofirma Tischlerei "
                     "Schlosserei Glaserei Malerfirma Gießerei Weberei Fahrschule Landmaschinenwerkstatt "
                     "Kfz-Werkstatt Steinmetzwerkstatt Goldschmiede Hofkäserei Mosterei Sägerei")
SECTORS = words("Haustechnik Metallbau Holzbau Elektrotechnik Landtechnik Kunststofftechnik Maschinenbau "
                "Fördertechnik Gebäudereinigung Tiefbau Hochbau Straßenbau Gartenbau Solartechnik Logistik "
                "Transporte Umwelttechnik Medizintechnik Verpackungen Feinmechanik Fensterbau Treppenbau "
                "Recycling Kältetechnik Messebau Stahlbau Bauelemente Wärmetechnik Antriebstechnik")
CLUB_KIND = words("TSV SV FC TuS VfB VfL Musikverein Gesangverein Schützenverein Heimatverein Turnverein "
                  "Fischereiverein Reitverein Schachclub Tennisclub Skiclub Kleintierzuchtverein Radsportverein "
                  "Schwimmverein Posaunenchor Narrenverein Wanderverein Albverein Förderverein "
                  "Kleingartenverein Obstbauverein Kulturverein Partnerschaftsverein Geschichtsverein")
SPORT_CLUBS = ("TSV", "SV", "FC", "TuS", "VfB", "VfL", "SC", "FV", "SG")
SCHOOL_KIND = words("Grundschule Gemeinschaftsschule Realschule Werkrealschule Förderschule Musikschule "
                    "Volkshochschule Berufsschule Hauptschule Gesamtschule")

# ---------------------------------------------------------------------------------------------
# Compound nouns, declined with article and adjective. Policy and life domains are the first
# part of plans, bodies and programmes ("Verkehrsplan", "Jugendbeirat") and, lower-cased, of
# compound adjectives ("verkehrspolitisch").
DOMAINS = words(
    "Verkehrs Schul Jugend Senioren Kultur Sport Umwelt Klima Energie Wasser Abwasser Abfall Bau Wohnungs "
    "Gesundheits Pflege Sozial Integrations Bildungs Tourismus Wirtschafts Gewerbe Handels Landwirtschafts "
    "Forst Jagd Fischerei Natur Tierschutz Denkmal Heimat Friedhofs Feuerwehr Rettungs Katastrophenschutz "
    "Sicherheits Ordnungs Verwaltungs Personal Finanz Haushalts Steuer Gebühren Förder Digital Breitband "
    "Mobilitäts Radverkehrs Parkraum Nahverkehrs Bahn Bus Lärm Hochwasser Starkregen Grünflächen Spielplatz "
    "Kita- Familien Kinder Frauen Gleichstellungs Inklusions Ehrenamts Vereins Bürger Beteiligungs "
    "Partnerschafts Innenstadt Ortskern Dorf Stadtteil Quartiers Nachbarschafts Markt Einzelhandels "
    "Gastronomie Kirchen Musik Theater Museums Bibliotheks Archiv Veranstaltungs Jubiläums Sanierungs "
    "Entwicklungs Planungs Bebauungs Flächen Grundstücks Immobilien Miet Wohnraum Leerstands Gewässer Ufer "
    "Deich Brücken Straßen Wege Beleuchtungs Strom Wärme Solar Windkraft Photovoltaik Biogas Holz Obstbau "
    "Weinbau Garten Baum Wald Wiesen Insekten Vogelschutz Arten Boden Grundwasser Trinkwasser Brandschutz "
    "Zivilschutz Arbeitsschutz Datenschutz Jugendschutz Lärmschutz Kinderschutz Klimaschutz Naturschutz "
    "Hochwasserschutz Wirtschaftsförderungs Stadtmarketing Regionalentwicklungs Dorfentwicklungs "
    "Städtebau Stadtentwicklungs Flächennutzungs Verkehrssicherheits Schulweg Ganztags Betreuungs "
    "Kinderbetreuungs Schulsozialarbeits Jugendarbeits Seniorenarbeits Quartiersarbeits Migrations "
    "Bürgerbeteiligungs Sportstätten Schwimmbad Friedhofsgebühren Abfallgebühren Wassergebühren "
    "Investitions Spar Konsolidierungs Stellen Ausbildungs Fachkräfte Nachwuchs Gründer Innovations "
    "Nachhaltigkeits Ressourcen Recycling Wertstoff Kompost Streuobst Landschafts Freiraum Erholungs "
    "Wander Radwege Freizeit Ferien Tagespflege Hospiz Nachsorge Präventions Sucht Wohnungslosen Tafel")
# Compound nouns by kind: P places and buildings, S parts of streets and buildings, D plans and
# papers, G bodies, E events, M measures, O objects. Each kind has groups of first parts and the
# heads they go with ("Sport" + "halle", "Müll" + "container"); a head is
# "head:gender:genitive ending:plural", and a first part ending in "-" is joined with a hyphen
# ("Kita-Neubau").
GROUPS: dict[str, list[tuple[str, str]]] = {
    "P": [
        (("Sport Schul Gemeinde Bürger Jugend Senioren Kultur Feuerwehr Vereins Kinder Familien Pfarr Kirchen "
          "Mehrzweck Fest Musik Dorf Markt Bahnhofs Gewerbe Freizeit Verwaltungs Betriebs Turn Schützen Bauhof "
          "Rathaus Begegnungs Bildungs Gesundheits Pflege Stadtteil Nachbarschafts Handwerker Gründer Theater "
          "Konzert Kunst Museums Heimat Natur Umwelt Ferien Tagungs Kita- DRK- Sportvereins Stadt "
          "Ausstellungs Messe Sozial Tages Kreativ Veranstaltungs Probe Übungs Unterrichts Lern Ganztags Hort "
          "Krippen Katastrophenschutz Rettungs Wasserwacht- Bergwacht- Jugendfeuerwehr- Alters Ärzte "
          "Therapie Mehrgenerationen Generationen Eltern Gemeinderats Sitzungs Bürgerservice Touristinfo- "
          "Service Besucher Gäste Pilger Pfadfinder Landjugend- Narren Chor Orchester Schach Reit Tennis "
          "Fußball Kegel Fitness Tanz Bewegungs Schwimm Kletter Boulder Reha Senioren Jugendkunst Medien "
          "Hospiz Wohn Kinderbetreuungs Hausaufgaben Trauer Standesamts Einwohnermelde Forst Bau Kreissport "
          "Stadtsport Gemeindesport Vereinssport Schulsport Grundschul Realschul Gymnasiums Berufsschul "
          "Volkshochschul Musikschul Jugendmusik Tagespflege Kurzzeitpflege Wohngruppen Flüchtlings "
          "Obdachlosen Tafel Kleiderkammer- Feuerwehrgeräte Mannschafts Umkleide Vereinsgast Sportler "
          "Schützengilde Karnevals Fastnachts Heimatmuseums Dorfmuseums Kunstverein Fotoclub Modellbau "
          "Eisenbahnfreunde- Imkerverein Gartenbau Landfrauen Frauen Männer Familienzentrums Stadtbibliotheks "
          "Gemeindebücherei Jugendclub Seniorenclub Kinderhaus Mütter Bürgerbus- Carsharing- Nachbarschaftshilfe "
          "Quartiers Integrations Begegnungscafé- Beratungs Sozialstation Diakonie Caritas Kolping Pfarrgemeinde "
          "Gemeindezentrums Konfirmanden Ministranten Pfadfinderheim- Waldkindergarten- Naturpark "
          "Landschaftspflege Bauernverbands Maschinenring- Genossenschafts Raiffeisen Sparkassen Volksbank"),
         ("halle:f::hallen haus:n:es:häuser gebäude:n:s:gebäude zentrum:n:s:zentren heim:n:s:heime "
          "saal:m:s:säle treff:m:s:treffs stätte:f::stätten raum:m:s:räume werkstatt:f::werkstätten "
          "bühne:f::bühnen pavillon:m:s:pavillons keller:m:s:keller trakt:m:s:trakte "
          "büro:n:s:büros zimmer:n:s:zimmer bereich:m:s:bereiche foyer:n:s:foyers lokal:n:s:lokale "
          "stube:f::stuben container:m:s:container komplex:m:es:komplexe "
          "quartier:n:s:quartiere "
          "domizil:n:s:domizile")),
        # named buildings: "Lindenhalle", "Goethehaus", "Sonnenhof"
        (" ".join(STREET_NATURE + FAMOUS),
         ("halle:f::hallen haus:n:es:häuser hof:m:s:höfe heim:n:s:heime saal:m:s:säle park:m:s:parks "
          "garten:m:s:gärten zentrum:n:s:zentren schule:f::schulen")),
        (("Sport Schul Fest Markt Freizeit Spiel Bolz Skater Minigolf Abenteuer Camping Zelt Grill Picknick "
          "Aussichts Dorf Kirch Rathaus Bahnhofs Garten Reit Tennis Fußball Bade Wald Natur Lehr Schau "
          "Kräuter Rosen Obst Wein Versuchs Gewerbe Lager Bauhof Feuerwehr Schützen Trainings Übungs Hunde "
          "Kleintier Pferde Messe Gemeinde Senioren Generationen Wasser Beach- Golf Wohnmobil Park-and-ride- "
          "Bahnhofsvorplatz- Friedhofs Begegnungs Erlebnis Familien Jugend"),
         ("platz:m:es:plätze gelände:n:s:gelände anlage:f::anlagen park:m:s:parks garten:m:s:gärten "
          "wiese:f::wiesen areal:n:s:areale hof:m:s:höfe bereich:m:s:bereiche")),
        (("Bauern Gutshof- Hof Feld Wald Forst Jagd Jäger Imker Winzer Obstbau Weinbau Hopfen Gemüse Streugut "
          "Salz Brennholz Heu Stroh Futter Geräte Fahrzeug Material Werkzeug Korn Holz Kühl Milchvieh Pferde "
          "Schaf Ziegen Hühner Bienen Gewächs Treib Wasch Obst Most Kartoffel Maschinen"),
         ("scheune:f::scheunen hütte:f::hütten schuppen:m:s:schuppen lager:n:s:lager halle:f::hallen "
          "stadel:m:s:stadel remise:f::remisen haus:n:es:häuser speicher:m:s:speicher")),
        (("Frei Hallen Bade Kur Thermal Wellness Sauna Kneipp Strand Schwimm Erlebnis Familien Natur Wald "
          "Sole Kinder"),
         ("bad:n:es:bäder haus:n:es:häuser anlage:f::anlagen bereich:m:s:bereiche zentrum:n:s:zentren "
          "becken:n:s:becken")),
        (("Schloss Burg Kloster Mühlen Brauerei Ziegelei Zoll Post Hafen Bahn Stadt Kirch Pfarr Amts Rat "
          "Gerichts Zehnt Spital Bürgermeister Lehrer Förster Mesner Schul Wach Pförtner Bahnwärter"),
         ("gebäude:n:s:gebäude haus:n:es:häuser hof:m:s:höfe turm:m:s:türme keller:m:s:keller "
          "scheune:f::scheunen gewölbe:n:s:gewölbe speicher:m:s:speicher areal:n:s:areale gelände:n:s:gelände")),
        (("Dorf Hof Bio Eine-Welt- Bücher Kleider Spielzeug Möbel Fahrrad Blumen Second-Hand- Repair- "
          "Tausch Geschenk Kunsthandwerk"),
         ("laden:m:s:läden werkstatt:f::werkstätten kammer:f::kammern lager:n:s:lager stube:f::stuben "
          "café:n:s:cafés kiosk:m:s:kioske börse:f::börsen")),
    ],
    "S": [
        (("Wasser Abwasser Gas Strom Fernwärme Glasfaser Regenwasser Trinkwasser Versorgungs Hausanschluss "
          "Druck Lösch Hochspannungs Nahwärme Entwässerungs Kanalisations Breitband Daten Telefon"),
         ("leitung:f::leitungen rohr:n:es:rohre anschluss:m:es:anschlüsse verteiler:m:s:verteiler "
          "kabel:n:s:kabel schacht:m:s:schächte trasse:f::trassen pumpe:f::pumpen netz:n:es:netze")),
        (("Fuß Rad Geh Feld Wald Wander Wirtschafts Gemeindeverbindungs Kreis Orts Land Umgehungs Anlieger "
          "Zufahrts Schul Kirch Friedhofs Park Ufer Bach Hang Schotter Ring Haupt Neben Seiten Feuerwehr "
          "Rettungs Not Fußgänger Bahn Eisenbahn Behelfs Holz Stahl Beton Stein"),
         ("weg:m:es:wege straße:f::straßen steg:m:s:stege brücke:f::brücken zufahrt:f::zufahrten "
          "einfahrt:f::einfahrten unterführung:f::unterführungen kreuzung:f::kreuzungen rampe:f::rampen "
          "treppe:f::treppen trasse:f::trassen")),
        (("Garagen Keller Dach Turm Kirchturm Haupt Neben Seiten Hinter Vorder Not Glas Holz Stahl Beton "
          "Eingangs Außen Innen Ober Unter Giebel Schiebe Roll Flach Sattel"),
         ("dach:n:es:dächer fassade:f::fassaden treppe:f::treppen fenster:n:s:fenster tür:f::türen "
          "tor:n:s:tore mauer:f::mauern decke:f::decken boden:m:s:böden aufzug:m:s:aufzüge "
          "zaun:m:s:zäune geländer:n:s:geländer heizung:f::heizungen beleuchtung:f::beleuchtungen")),
        (("Hochwasser Lärmschutz Stütz Ufer Bach Hang Regenwasser Lösch Rückhalte Klär Sicker Schutz "
          "Stau Wehr Fisch"),
         ("mauer:f::mauern damm:m:s:dämme becken:n:s:becken graben:m:s:gräben böschung:f::böschungen "
          "rinne:f::rinnen durchlass:m:es:durchlässe wall:m:s:wälle teich:m:s:teiche treppe:f::treppen")),
        (("Fußgänger Bus Bahn Park Straßen Signal Bedarfs Schul Kreis Ampel Fahrrad Tempo Kurz Dauer "
          "Anwohner Behinderten Lade"),
         ("ampel:f::ampeln haltestelle:f::haltestellen parkplatz:m:es:parkplätze schranke:f::schranken "
          "beleuchtung:f::beleuchtungen belag:m:s:beläge bordstein:m:s:bordsteine insel:f::inseln "
          "überweg:m:s:überwege bucht:f::buchten")),
    ],
    "D": [
        (" ".join(DOMAINS),
         ("plan:m:s:pläne konzept:n:s:konzepte gutachten:n:s:gutachten entwurf:m:s:entwürfe antrag:m:s:anträge "
          "vorlage:f::vorlagen satzung:f::satzungen vertrag:m:s:verträge programm:n:s:programme "
          "studie:f::studien verfahren:n:s:verfahren vorhaben:n:s:vorhaben projekt:n:s:projekte "
          "paket:n:s:pakete richtlinie:f::richtlinien leitbild:n:s:leitbilder kataster:n:s:kataster "
          "bilanz:f::bilanzen verordnung:f::verordnungen papier:n:s:papiere fonds:m::fonds budget:n:s:budgets "
          "etat:m:s:etats strategie:f::strategien statistik:f::statistiken atlas:m:ses:atlanten "
          "register:n:s:register portal:n:s:portale leitfaden:m:s:leitfäden katalog:m:s:kataloge "
          "rahmenplan:m:s:rahmenpläne handbuch:n:es:handbücher offensive:f::offensiven modell:n:s:modelle "
          "bericht:m:s:berichte")),
    ],
    "G": [
        (" ".join(DOMAINS),
         ("ausschuss:m:es:ausschüsse beirat:m:s:beiräte verein:m:s:vereine kommission:f::kommissionen "
          "arbeitskreis:m:es:arbeitskreise initiative:f::initiativen team:n:s:teams gruppe:f::gruppen "
          "rat:m:es:räte forum:n:s:foren runde:f::runden netzwerk:n:s:netzwerke bündnis:n:ses:bündnisse "
          "stiftung:f::stiftungen verband:m:es:verbände gremium:n:s:gremien amt:n:es:ämter "
          "abteilung:f::abteilungen referat:n:s:referate zweckverband:m:es:zweckverbände "
          "stammtisch:m:es:stammtische lenkungskreis:m:es:lenkungskreise projektgruppe:f::projektgruppen")),
    ],
    "E": [
        (("Sommer Herbst Frühlings Winter Advents Weihnachts Oster Dorf Stadt Straßen Kinder Familien Vereins "
          "Jubiläums Schul Sport Feuerwehr Wein Benefiz Frühjahrs Neujahrs Garten Wald Heimat Bürger "
          "Nachbarschafts Senioren Jugend Gemeinde Eröffnungs Abschluss Saison Ferien Handwerker Oldtimer "
          "Schützen Helfer Erntedank Kerwe- Stadtteil Hof Brunnen Lichter Laternen Märchen Fastnachts "
          "Faschings Narren Maibaum- Sonnwend Kirchweih Patronats Spargel Erdbeer Kirschen Zwetschgen Most "
          "Zwiebel Kartoffel Kürbis Apfel Brot Wild Fisch Käse Bier Glühwein Mondschein Fackel Sternen "
          "Trachten Jahrgangs Klassen Ehemaligen Open-Air- Kinderflohmarkt- Bauernmarkt- Mittelalter"),
         ("fest:n:es:feste markt:m:es:märkte tag:m:es:tage woche:f::wochen feier:f::feiern "
          "nachmittag:m:s:nachmittage abend:m:s:abende aktion:f::aktionen treffen:n:s:treffen "
          "umzug:m:s:umzüge sonntag:m:s:sonntage empfang:m:s:empfänge frühstück:n:s:frühstücke "
          "ball:m:s:bälle basar:m:s:basare")),
        (("Musik Chor Orgel Kirchen Jazz Blues Rock Pop Folk Swing Gospel Barock Klavier Gitarren Bläser "
          "Akkordeon Zither Kabarett Theater Mundart Benefiz Advents Neujahrs Sommer Open-Air- Kammer "
          "Serenaden Frühlings Jugend Schul Kinder Familien Lieder Film"),
         ("konzert:n:s:konzerte abend:m:s:abende nachmittag:m:s:nachmittage matinee:f::matineen "
          "festival:n:s:festivals wettbewerb:m:s:wettbewerbe tag:m:es:tage woche:f::wochen nacht:f::nächte")),
        (("Sport Lauf Rad Schwimm Tennis Fußball Handball Volleyball Reit Schach Skat Tischtennis Kegel "
          "Schützen Jugend Senioren Familien Stadt Dorf Benefiz Volks Staffel Berg Nacht Kinder Hallen "
          "Beachvolleyball- Boule Dart Billard Ringer Turn Leichtathletik"),
         ("turnier:n:s:turniere lauf:m:s:läufe tag:m:es:tage wettbewerb:m:s:wettbewerbe fest:n:es:feste "
          "meisterschaft:f::meisterschaften pokal:m:s:pokale kurs:m:es:kurse training:n:s:trainings "
          "abzeichen:n:s:abzeichen")),
        (("Kräuter Pilz Vogelkunde- Naturkunde- Heimatkunde- Streuobst Wald Natur Garten Imker Koch Back "
          "Bastel Pflanz Erzähl Lese Tanz Yoga Volkstanz Computer Handy Erste-Hilfe- Schwimm Senioren "
          "Eltern Sing Spiel Stadt Dorf Nachtwächter Fackel Laternen Museums Kirchen Friedhofs Feld Moor "
          "Sternen Fledermaus Wildkräuter Brot Obstbaum Schnitt"),
         ("kurs:m:es:kurse führung:f::führungen wanderung:f::wanderungen vortrag:m:s:vorträge "
          "seminar:n:s:seminare workshop:m:s:workshops abend:m:s:abende nachmittag:m:s:nachmittage "
          "rundgang:m:s:rundgänge exkursion:f::exkursionen lesung:f::lesungen")),
        (("Bürger Einwohner Jahreshaupt Mitglieder Informations Info Eltern Anwohner Gemeinde Vereins "
          "Feuerwehr Bürgerinfo- Haupt Gründungs Delegierten Herbst Frühjahrs"),
         ("versammlung:f::versammlungen abend:m:s:abende sitzung:f::sitzungen gespräch:n:s:gespräche "
          "treffen:n:s:treffen sprechstunde:f::sprechstunden")),
        (("Feuerwehr Einsatz Katastrophenschutz Räumungs Evakuierungs Alarm Rettungs Wasserrettungs "
          "Brandschutz Sanitäts Hochwasser Deich Jugendfeuerwehr- Atemschutz"),
         ("übung:f::übungen tag:m:es:tage woche:f::wochen aktion:f::aktionen lehrgang:m:s:lehrgänge "
          "wettbewerb:m:s:wettbewerbe")),
    ],
    "M": [
        (("Straßen Brücken Kanal Friedhofs Spielplatz Sportplatz Freibad Hallenbad Turnhallen Dach Fassaden "
          "Wasserleitungs Innenstadt Marktplatz Parkplatz Grundschul Gymnasiums Kindergarten Bücherei Kreisel "
          "Radweg Gehweg Klinik Pflegeheim Kläranlagen Ortsdurchfahrts Gemeindehaus Bürgerhaus Sporthallen "
          "Heizungs Glasfaser Kreisstraßen Jugendhaus Bahnübergangs Rathausplatz Festhallen Mensa Schulhof "
          "Stadtpark Friedhofskapellen Aussegnungshallen Feuerwehrhaus Wertstoffhof Rathaus Bahnhofs Schul "
          "Kita- Ufer Deich Bach Gewässer Wege Feldwege Wanderwege Spielplätze Bolzplatz Dorfplatz "
          "Kirchplatz Ortskern Kirchturm Orgel Glocken Friedhofsmauer Stadtmauer Burgruinen Schlosspark"),
         ("umbau:m:s:umbauten neubau:m:s:neubauten erweiterung:f::erweiterungen umgestaltung:f::umgestaltungen "
          "schließung:f::schließungen sanierung:f::sanierungen sperrung:f::sperrungen prüfung:f::prüfungen "
          "erneuerung:f::erneuerungen planung:f::planungen ausbau:m:s:ausbauten abriss:m:es:abrisse "
          "modernisierung:f::modernisierungen instandsetzung:f::instandsetzungen öffnung:f::öffnungen "
          "reinigung:f::reinigungen nutzung:f::nutzungen vergabe:f::vergaben "
          "wiedereröffnung:f::wiedereröffnungen einweihung:f::einweihungen verkauf:m:s:verkäufe "
          "anbau:m:s:anbauten rückbau:m:s:rückbauten streit:m:s:streitigkeiten debatte:f::debatten "
          "frage:f::fragen problem:n:s:probleme")),
    ],
    "O": [
        (("Feuerwehr Einsatz Lösch Rettungs Müll Streu Kehr Bau Kommunal Transport Kipp Dienst Miet Elektro "
          "Leih Mannschafts Gerätetransport Kranken Pritschen Mehrzweck Tank Vereins Schul"),
          "fahrzeug:n:s:fahrzeuge wagen:m:s:wagen anhänger:m:s:anhänger boot:n:s:boote"),
        (("Müll Glas Papier Altkleider Pfand Werkzeug Bücher Kleider Getränke Kühl Spenden Material Sand "
          "Streugut Bio Wertstoff Akten Schuh Lebensmittel Elektroschrott Sperrmüll Grünschnitt Bauschutt "
          "Restmüll Verpackungs Batterie Kork Spielzeug Fundsachen Geräte Sammel Leih Tausch Schlüssel"),
         ("container:m:s:container box:f::boxen kasten:m:s:kästen schrank:m:s:schränke tonne:f::tonnen "
          "regal:n:s:regale korb:m:s:körbe")),
        ("Park Sitz Ruhe Rast Picknick Garten Aussichts Wander Mitfahr Bus Holz Stein",
         "bank:f::bänke tisch:m:es:tische gruppe:f::gruppen"),
        (("Info Hinweis Verkehrs Straßen Werbe Orts Wegweiser Lehrpfad- Plakat Fahrplan Wander Rad "
          "Ortseingangs Gedenk Schaukasten- Litfaß Vereins Veranstaltungs"),
          "tafel:f::tafeln schild:n:s:schilder säule:f::säulen ständer:m:s:ständer kasten:m:s:kästen"),
        ("Straßen Solar Park Weg Hof Garten Not Warn Sirenen Notruf Lade Flutlicht Funk",
         ("leuchte:f::leuchten laterne:f::laternen mast:m:es:masten säule:f::säulen station:f::stationen "
          "anlage:f::anlagen")),
        ("Radar Blitz Pegel Luftmess Wetter Zähl Hochwasser Messe Beobachtungs Überwachungs",
         "anlage:f::anlagen station:f::stationen gerät:n:s:geräte kamera:f::kameras"),
        ("Fahrrad E-Bike- Lastenrad- Reparatur Roller",
         "ständer:m:s:ständer station:f::stationen box:f::boxen garage:f::garagen"),
        ("Trink Wasser Dorf Markt Kirch Rathaus Zier Spring",
         "brunnen:m:s:brunnen spender:m:s:spender"),
        ("Defibrillator- Notfall Erste-Hilfe- Feuerlöscher",
         "kasten:m:s:kästen station:f::stationen schrank:m:s:schränke"),
        ("Spiel Kletter Hänge Balancier Reck Turn Fitness Wasser Sand Matsch Vogelnest- Nest",
         ("gerät:n:s:geräte schaukel:f::schaukeln rutsche:f::rutschen wippe:f::wippen netz:n:es:netze "
          "turm:m:s:türme landschaft:f::landschaften")),
        ("Stein Holz Bronze Metall Marmor Sandstein Gedenk Ehren Brunnen Granit Stahl Beton Glas Keramik",
         ("skulptur:f::skulpturen figur:f::figuren tafel:f::tafeln stele:f::stelen relief:n:s:reliefs "
          "kreuz:n:es:kreuze plastik:f::plastiken")),
        ("Fest Vereins Bier Markt Party Garten Klapp Camping Info Pavillon- Sonnen Regen",
         ("zelt:n:es:zelte tisch:m:es:tische bank:f::bänke schirm:m:s:schirme stuhl:m:s:stühle "
          "stand:m:s:stände")),
        ("Strom Notstrom Wärme Solar Photovoltaik Heiz Lüftungs Klima Pump Wasser Lösch Tauch Beregnungs",
         ("aggregat:n:s:aggregate pumpe:f::pumpen anlage:f::anlagen gerät:n:s:geräte speicher:m:s:speicher "
          "modul:n:s:module")),
    ],
}
# A third part in front, by kind ("Kreis" + "jugend" + "zentrum" -> "Kreisjugendzentrum").
PREFIXES = {"P": words("Kreis Stadt Orts Gemeinde Haupt Neben Not Ersatz Übergangs Dorf Regional Land"),
            "D": words("Kreis Landes Bezirks Regional Stadt Orts Gemeinde"),
            "G": words("Kreis Landes Bezirks Orts Stadt Regional Gemeinde Bundes Landkreis"),
            "E": words("Kreis Stadt Dorf Gemeinde Regional Landes Bezirks Jubiläums")}
PREFIXED = {"P": 0.25, "D": 0.35, "G": 0.35, "E": 0.25}  # how often
# Compound adjectives: a domain lower-cased plus a productive ending ("verkehrspolitisch").
ADJ_ENDS = words("politisch technisch rechtlich bezogen relevant bedingt gerecht freundlich orientiert")
DOMAIN_ADJECTIVES = [d.lower() + e for d in DOMAINS if not d.endswith("-") for e in ADJ_ENDS]
# For buildings and things.
THING_ADJECTIVES = words("familienfreundlich kinderfreundlich seniorengerecht altersgerecht rollstuhlgerecht "
                         "behindertengerecht fußgängerfreundlich fahrradfreundlich umweltfreundlich energiesparend "
                         "hochwassersicher wetterfest frostsicher feuerfest kratzfest bruchsicher sturmsicher lärmarm "
                         "wartungsarm pflegeleicht benutzerfreundlich besucherfreundlich kindgerecht wasserdicht "
                         "winddicht schalldicht feuerhemmend rutschfest witterungsbeständig einbruchsicher "
                         "stromsparend platzsparend stufenlos schwellenfrei lichtdurchflutet sonnendurchflutet")


@dataclass(frozen=True)
class Noun:
    sg: str
    gender: str  # "m", "f" or "n"
    gen: str  # genitive singular
    pl: str

    def form(self, case: str, plural: bool) -> str:
        if plural:
            return self.pl + "n" if case == "dat" and not self.pl.endswith(("n", "s")) else self.pl
        return self.gen if case == "gen" else self.sg


def _heads(spec: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(h.split(":")) for h in spec.split())


GROUP_PARTS = {kind: [(tuple(firsts.split()), _heads(heads)) for firsts, heads in groups]
               for kind, groups in GROUPS.items()}
GROUP_WEIGHTS = {kind: [len(f) * len(h) for f, h in parts] for kind, parts in GROUP_PARTS.items()}


NAMED_FIRSTS = frozenset(STREET_NATURE + FAMOUS)  # "Lindenhalle", "Goethehaus": no third part in front
# Places, foundations and memorial tournaments named after a person: "Anna-Kessler-Halle".
NAMED_HEADS = {"P": ("Halle:f::Hallen Haus:n:es:Häuser Saal:m:s:Säle Zentrum:n:s:Zentren Heim:n:s:Heime "
                     "Park:m:s:Parks Platz:m:es:Plätze Schule:f::Schulen Sporthalle:f::Sporthallen "
                     "Gemeindehaus:n:es:Gemeindehäuser Stadion:n:s:Stadien"),
               "S": "Brücke:f::Brücken Steg:m:s:Stege Weg:m:es:Wege",
               "G": "Stiftung:f::Stiftungen Kreis:m:es:Kreise Gesellschaft:f::Gesellschaften",
               "E": "Gedächtnisturnier:n:s:Gedächtnisturniere Gedächtnislauf:m:s:Gedächtnisläufe "
                    "Gedenkkonzert:n:s:Gedenkkonzerte"}
NAMED_SHARE = {"P": 0.15, "S": 0.04, "G": 0.08, "E": 0.08}


def person_compound(rng: random.Random) -> str:
    """"Anna-Kessler", "Karl-Heinz-Brenner": the name part of "Anna-Kessler-Halle"."""
    first = rng.choice(FEMALE + MALE)
    if rng.random() < 0.08:
        first += "-" + rng.choice(("Heinz", "Josef", "Maria", "Theodor", "Luise", "Friedrich"))
    return f"{first}-{rng.choice(LAST)}"


def measure(rng: random.Random) -> Noun:
    """A measure without what it is done to, for "die Sanierung der Sporthalle"."""
    heads = [h for h in GROUP_PARTS["M"][0][1] if h[0] not in ("streit", "debatte", "frage", "problem")]
    head, gender, gen, plural = rng.choice(heads)
    return Noun(head.capitalize(), gender, head.capitalize() + gen, plural.capitalize())


def compound(rng: random.Random, kind: str, article_places: list[Noun] | None = None,
             plain: bool = False) -> Noun:
    """A compound noun of a kind; parts of buildings and measures are sometimes compounds of a
    building ("Sporthallendach", "Feuerwehrhausneubau"), preferably one the article named."""
    if not plain and rng.random() < NAMED_SHARE.get(kind, 0.0):
        head, gender, gen, plural = rng.choice(_heads(NAMED_HEADS[kind]))
        name = person_compound(rng)
        return Noun(f"{name}-{head}", gender, f"{name}-{head}{gen}", f"{name}-{plural}")
    while True:
        firsts, heads = rng.choices(GROUP_PARTS[kind], GROUP_WEIGHTS[kind])[0]
        first = rng.choice(firsts)
        head, gender, gen, plural = rng.choice(heads)
        if head[:4] not in first.lower():
            break
    if kind in "SM" and not plain and rng.random() < 0.4:
        building = ""
        if article_places and rng.random() < 0.5:
            building = rng.choice(article_places).sg
        while not building or len(building) > 15 or "-" in building:
            building = compound(rng, "P", plain=True).sg
        first = building + ("n" if building.endswith("e") else "s" if building.endswith(("um", "ion")) else "")
    elif first.endswith("-"):  # "Kita-Neubau"
        head, plural = head.capitalize(), plural.capitalize()
    elif not plain and len(first) <= 9 and first not in NAMED_FIRSTS and rng.random() < PREFIXED.get(kind, 0.0):
        prefix = rng.choice(PREFIXES[kind])
        if not first.startswith(tuple(PREFIXES[kind])):  # "Kreisjugendzentrum", not "Ortsstadtteil..."
            first = prefix + first.lower()
    return Noun(first + head, gender, first + head + gen, first + plural)


ARTICLE = {"def": {"nom": "der die das die", "acc": "den die das die", "dat": "dem der dem den",
                   "gen": "des der des der"},
           "indef": {"nom": "ein eine ein -", "acc": "einen eine ein -", "dat": "einem einer einem -",
                     "gen": "eines einer eines -"},
           "dem": {"nom": "dieser diese dieses diese", "acc": "diesen diese dieses diese",
                   "dat": "diesem dieser diesem diesen", "gen": "dieses dieser dieses dieser"}}
WEAK = {"nom": "e e e en", "acc": "en e e en", "dat": "en en en en", "gen": "en en en en"}
MIXED = {"nom": "er e es en", "acc": "en e es en", "dat": "en en en en", "gen": "en en en en"}
STRONG = {"nom": "er e es e", "acc": "en e es e", "dat": "em er em en", "gen": "en er en er"}
SLOT = {"m": 0, "f": 1, "n": 2, "p": 3}
CONTRACT = {("in", "dem"): "im", ("an", "dem"): "am", ("zu", "dem"): "zum", ("zu", "der"): "zur",
            ("von", "dem"): "vom", ("bei", "dem"): "beim", ("in", "das"): "ins"}

# Adjective stems that inflect regularly (+e, +en, +er, +es, +em): for anything, for things
# one can touch, for plans and matters, for events.
ADJ_ANY = words("neu alt groß klein ehemalig bisherig künftig zusätzlich zweit dritt erst "
                "geplant umstritten vorläufig endgültig provisorisch neuartig traditionell beliebt bekannt "
                "gemeinsam einzig ähnlich wichtig zuständig betroffen benachbart städtisch kommunal regional örtlich "
                "öffentlich privat zentral nördlich südlich östlich westlich modern historisch dörflich "
                "innerstädtisch überörtlich heimisch ungewöhnlich besonder eigen ganz halb früher "
                "gesamt weiter ander übrig ursprünglich eigentlich offiziell "
                "vorhanden fehlend geeignet passend zugesagt erwartet erhofft gewünscht vorgesehen beauftragt")
ADJ_THING = words("marode baufällig barrierefrei hell eng breit schmal lang kurz warm kalt nass feucht glatt steil "
                  "flach bunt rot blau grün gelb weiß schwarz grau braun golden hölzern steinern gläsern gesperrt "
                  "saniert renoviert erweitert beschädigt überflutet verschlammt durchnässt vereist verschneit "
                  "gepflastert asphaltiert überdacht beheizt beleuchtet eingezäunt begrünt bepflanzt renaturiert "
                  "erneuert modernisiert umgebaut zugewachsen verwittert morsch rostig wackelig holprig schlammig "
                  "staubig zweistöckig dreistöckig eingeschossig mehrgeschossig großzügig geräumig leerstehend "
                  "denkmalgeschützt sanierungsbedürftig unbebaut bewaldet verkehrsberuhigt robust solide schwer "
                  "leicht stark schwach hart weich frisch leer voll still ruhig idyllisch malerisch schön prächtig "
                  "sonnengelb dunkelgrün hellblau rotbraun offen geschlossen gestrichen verputzt gedämmt verglast "
                  "unterkellert ausgebaut angebaut freistehend angrenzend ebenerdig rollstuhlgerecht kindgerecht "
                  "altersgerecht energiesparend wetterfest frostsicher standfest einsturzgefährdet abgesperrt "
                  "provisorisch zugig feuerfest neugebaut")
ADJ_MATTER = words("finanziell personell rechtlich politisch sozial kulturell sportlich schulisch kirchlich gewerblich "
                   "landwirtschaftlich touristisch ökologisch nachhaltig klimafreundlich wirtschaftlich langfristig "
                   "kurzfristig mittelfristig dauerhaft vollständig gründlich aufwendig ausführlich deutlich erheblich "
                   "überraschend erfreulich schwierig einfach dringend notwendig ehrgeizig ambitioniert bescheiden "
                   "befristet unbefristet kostenlos kostenpflichtig innovativ bewährt erprobt zeitgemäß veraltet "
                   "überholt fortschrittlich umfangreich verschoben mehrjährig jährlich günstig billig knapp "
                   "vorsichtig mutig pragmatisch realistisch verbindlich unverbindlich freiwillig ehrenamtlich "
                   "gesetzlich behördlich amtlich digital technisch energetisch strukturell organisatorisch "
                   "gemeindeübergreifend interkommunal landesweit bundesweit europäisch international "
                   "grundsätzlich konkret vage detailliert überarbeitet geändert ergänzt gekürzt gestrichen "
                   "abgespeckt erweitert beschlossen abgelehnt genehmigt beantragt bewilligt gefördert letzt nächst "
                   "vergangen kommend damalig jetzig heutig derzeitig aktuell")
ADJ_EVENT = words("festlich feierlich fröhlich gemütlich herzlich freundlich spannend informativ abwechslungsreich "
                  "vielfältig zweitägig dreitägig mehrstündig ganztägig abendlich sommerlich herbstlich winterlich "
                  "frühlingshaft weihnachtlich österlich regelmäßig gelegentlich saisonal wöchentlich monatlich "
                  "jährlich ausgebucht überfüllt gut lebhaft bunt musikalisch kulinarisch sportlich kostenlos "
                  "öffentlich offen inklusiv generationenübergreifend familienfreundlich unterhaltsam lehrreich "
                  "besinnlich stimmungsvoll ausgelassen erfolgreich gelungen verregnet sonnig")
ADJECTIVES_BY_KIND = {kind: sorted(set(ADJ_ANY + extra)) for kind, extra in
                      (("P", ADJ_THING), ("S", ADJ_THING), ("O", ADJ_THING), ("D", ADJ_MATTER),
                       ("G", ADJ_MATTER), ("M", ADJ_MATTER), ("E", ADJ_EVENT))}
MOODS = words("ausgelassen heiter gelöst angespannt gedrückt feierlich fröhlich entspannt erwartungsvoll "
              "nachdenklich herzlich familiär gereizt zuversichtlich")

# ---------------------------------------------------------------------------------------------
# Action sentences: who did what to which thing, where and when. A verb is "kinds: 3rd person
# singular preterite, plural preterite, participle[, separable particle]"; kinds are the
# compound kinds it takes as object. None of them is an attribution verb.
ACTIONS = tuple(tuple(line.split()) for line in """
PS sanierte sanierten saniert
PS renovierte renovierten renoviert
PSO erneuerte erneuerten erneuert
SO reparierte reparierten repariert
PS strich strichen gestrichen
PSO reinigte reinigten gereinigt
PS erweiterte erweiterten erweitert
PSO modernisierte modernisierten modernisiert
P baute bauten umgebaut um
PS riss rissen abgerissen ab
P errichtete errichteten errichtet
PS öffnete öffneten geöffnet
PS sperrte sperrten gesperrt
PS gab gaben freigegeben frei
P räumte räumten geräumt
PSO säuberte säuberten gesäubert
PE schmückte schmückten geschmückt
PS begutachtete begutachteten begutachtet
PE besichtigte besichtigten besichtigt
PSO untersuchte untersuchten untersucht
PSO kontrollierte kontrollierten kontrolliert
PS vermaß vermaßen vermessen
S dichtete dichteten abgedichtet ab
P dämmte dämmten gedämmt
S pflasterte pflasterten gepflastert
S asphaltierte asphaltierten asphaltiert
S verlegte verlegten verlegt
SO tauschte tauschten ausgetauscht aus
SO ersetzte ersetzten ersetzt
SO montierte montierten montiert
SO installierte installierten installiert
S besserte besserten ausgebessert aus
PS sicherte sicherten abgesichert ab
S markierte markierten markiert
PO übergab übergaben übergeben
PO weihte weihten eingeweiht ein
PE eröffnete eröffneten eröffnet
P richtete richteten eingerichtet ein
P stattete statteten ausgestattet aus
O schaffte schafften angeschafft an
PO kaufte kauften gekauft
PO verkaufte verkauften verkauft
PO erwarb erwarben erworben
P vermietete vermieteten vermietet
P pachtete pachteten gepachtet
O lieferte lieferten geliefert
O stellte stellten aufgestellt auf
O transportierte transportierten transportiert
O spendete spendeten gespendet
O überreichte überreichten überreicht
E organisierte organisierten organisiert
E veranstaltete veranstalteten veranstaltet
E richtete richteten ausgerichtet aus
E bereitete bereiteten vorbereitet vor
E besuchte besuchten besucht
E verschob verschoben verschoben
E moderierte moderierten moderiert
E begleitete begleiteten begleitet
DE plante planten geplant
E leitete leiteten geleitet
DEP unterstützte unterstützten unterstützt
DEP finanzierte finanzierten finanziert
D überarbeitete überarbeiteten überarbeitet
D erarbeitete erarbeiteten erarbeitet
D stellte stellten vorgestellt vor
D präsentierte präsentierten präsentiert
D diskutierte diskutierten diskutiert
D besprach besprachen besprochen
D vertagte vertagten vertagt
D beantragte beantragten beantragt
D genehmigte genehmigten genehmigt
D bewilligte bewilligten bewilligt
DP prüfte prüften geprüft
D unterzeichnete unterzeichneten unterzeichnet
D legte legten vorgelegt vor
D reichte reichten eingereicht ein
D lehnte lehnten abgelehnt ab
D billigte billigten gebilligt
D änderte änderten geändert
D aktualisierte aktualisierten aktualisiert
D veröffentlichte veröffentlichten veröffentlicht
PSO beschädigte beschädigten beschädigt
PO reservierte reservierten reserviert
O bestellte bestellten bestellt
O lackierte lackierten lackiert
PS beleuchtete beleuchteten beleuchtet
P bepflanzte bepflanzten bepflanzt
P verschönerte verschönerten verschönert
PS vergrößerte vergrößerten vergrößert
PD übernahm übernahmen übernommen
PS entkernte entkernten entkernt
PS verputzte verputzten verputzt
S verbreiterte verbreiterten verbreitert
S verlängerte verlängerten verlängert
S befestigte befestigten befestigt
S begradigte begradigten begradigt
S entwässerte entwässerten entwässert
S verstärkte verstärkten verstärkt
PS überprüfte überprüften überprüft
P entrümpelte entrümpelten entrümpelt
P möblierte möblierten möbliert
P heizte heizten geheizt
P beflaggte beflaggten beflaggt
PO lagerte lagerten eingelagert ein
O verlud verluden verladen
O befüllte befüllten befüllt
O leerte leerten geleert
O wartete warteten gewartet
O entsorgte entsorgten entsorgt
O versteigerte versteigerten versteigert
O verloste verlosten verlost
O restaurierte restaurierten restauriert
O enthüllte enthüllten enthüllt
O segnete segneten gesegnet
E eröffnete eröffneten eröffnet
E feierte feierten gefeiert
E gestaltete gestalteten gestaltet
E bewarb bewarben beworben
E dokumentierte dokumentierten dokumentiert
E wiederholte wiederholten wiederholt
E beendete beendeten beendet
D formulierte formulierten formuliert
D konkretisierte konkretisierten konkretisiert
D verlängerte verlängerten verlängert
D evaluierte evaluierten evaluiert
""".strip().splitlines())

# Participles used as adjectives, by kind of thing: "die sanierte Halle", "den erneuerten Steg".
PARTICIPLES = {kind: sorted({a[3] for a in ACTIONS if kind in a[0] and a[3].endswith("t")}) for kind in "PSO"}

# Who acts: (phrase, plural, kinds of object it acts on). {town}/{company}/... are filled like
# a template.
ACTORS = (("der Bauhof", False, "PSO"), ("die Stadtwerke {town}", True, "SO"), ("die Feuerwehr {town}", False, "POE"),
          ("die Gemeinde", False, "PSODE"), ("die Stadtverwaltung", False, "PSDE"),
          ("eine Fachfirma aus {town2}", False, "PSO"), ("die {company}", False, "PSO"),
          ("Mitarbeiter des Bauhofs", True, "PSO"), ("ehrenamtliche Helfer", True, "POE"),
          ("Mitglieder des {club_gen}", True, "POE"), ("{G.nom.def.t}", False, "DE"), ("{G.nom.def}", False, "DE"),
          ("Schülerinnen und Schüler der {school}", True, "OE"), ("Anwohner der {street}", True, "E"),
          ("Handwerker einer Firma aus {town2}", True, "PSO"), ("{who}", False, "POE"),
          ("die Kirchengemeinde", False, "PE"), ("der Landkreis", False, "PSD"), ("das Straßenbauamt", False, "SD"),
          ("ein Bautrupp", False, "S"), ("die Jugendfeuerwehr {town}", False, "OE"),
          ("die Landjugend {town}", False, "POE"),
          ("die Ortsverwaltung", False, "PSDE"), ("Freiwillige aus {town} und {town2}", True, "POE"),
          ("die Eigentümer", True, "PS"), ("der neue Pächter", False, "PE"), ("die Pfadfinder", True, "OE"),
          ("ein Investor aus {town2}", False, "P"), ("die Wohnungsbaugesellschaft", False, "PS"),
          ("der Gemeinderat", False, "D"), ("der Ortschaftsrat", False, "DE"), ("der Kreistag", False, "D"),
          ("die Verwaltung", False, "DE"), ("das Planungsbüro {surname}", False, "D"), ("der {club}", False, "PE"),
          ("die Fraktionen", True, "D"), ("der Förderverein", False, "OE"), ("die Stadtwerke", True, "S"),
          ("die {town2adj} Feuerwehr", False, "OE"), ("eine {town2adj} Baufirma", False, "PS"),
          ("die {town2adj} Landfrauen", True, "E"), ("ein {town2adj} Architekturbüro", False, "PD"))

TIMES = ("am {weekday}", "am {weekday}vormittag", "am {weekday}nachmittag", "am {weekday}abend",
         "in der vergangenen Woche", "im {month}", "Anfang {month}", "Mitte {month}", "Ende {month}",
         "im Frühjahr", "im Sommer", "im Herbst", "im Winter", "vor einigen Tagen", "in den Sommerferien",
         "in den Herbstferien", "über die Osterferien", "am frühen Morgen", "gegen {time} Uhr", "am {pastdate}",
         "bereits im {month}", "kurz vor Weihnachten", "nach Ostern", "Anfang der Woche", "am Wochenende",
         "im vergangenen {month}", "im Laufe des Tages", "in diesem Frühjahr", "zu Beginn der Ferien",
         "im Spätsommer", "im Frühsommer", "im Jahr {year}", "am Samstagmorgen", "am {weekday}mittag")
LATER = ("bis zum Herbst", "im kommenden Jahr", "bis Ende {month}", "voraussichtlich im {month}", "bis {nextyear}",
         "im nächsten Frühjahr", "noch in diesem Jahr", "bis zu den Sommerferien", "ab {month}",
         "nach den Osterferien", "bis Weihnachten", "spätestens im {month}")
PLACES = ("{at_street}", "{at_street}", "in {town}", "im Ortsteil {district}", "am Ortsrand von {town}",
          "in der Ortsmitte", "im Gewerbegebiet {area}", "im Baugebiet {area}", "neben {P2.dat.def}",
          "hinter {P2.dat.def}", "gegenüber {P2.dat.def}", "an der {school}", "auf dem Gelände {P2.gen.def}",
          "in {district}", "am Rand des Gewanns {area}", "unweit der {church}", "", "", "")
# What else an action sentence may say, by kind of object.
ADJUNCTS = {
    "P": ("im Auftrag der Gemeinde", "mit Mitteln {D.gen.def}", "im Rahmen {D.gen.def}", "in Eigenleistung",
          "mit Unterstützung {G.gen.def}", "trotz des schlechten Wetters", "für den {club}",
          "gemeinsam mit {G.dat.def}"),
    "S": ("im Auftrag der Gemeinde", "mit Mitteln {D.gen.def}", "im Rahmen {D.gen.def}", "mit schwerem Gerät",
          "unter Vollsperrung", "in mehreren Abschnitten", "im Zuge {M.gen.def}", "nachts"),
    "O": ("für den {club}", "für die {school}", "aus Spendengeldern", "mit Mitteln {D.gen.def}", "für {P.acc.def}",
          "auf eigene Kosten", "als Leihgabe"),
    "D": ("in nichtöffentlicher Sitzung", "auf Antrag der Fraktionen", "gemeinsam mit {G.dat.def}",
          "mit knapper Mehrheit", "ohne Gegenstimmen", "im Auftrag {G.gen.def}", "nach langer Diskussion",
          "im Benehmen mit dem Landkreis"),
    "E": ("gemeinsam mit {G.dat.def}", "zugunsten {G.gen.def}", "zum ersten Mal", "bei strahlendem Sonnenschein",
          "trotz des Regens", "mit Unterstützung des {club_gen}", "für Jung und Alt", "mit vielen Helfern"),
}
# Attributes after a noun phrase, by kind: "die Sporthalle {at_street}".
ATTRIBUTES = {
    "P": ("{at_street}", "in {district}", "der Gemeinde {town}", "des {club_gen}", "der {company}", "{at_street}",
          "neben {P.dat.def}", "im Ortsteil {district}", "hinter der {church}", "an der {school}",
          "am Ortsrand von {town2}", "im Gewerbegebiet {area}", "aus dem Jahr {oldyear}", "der {school}"),
    "S": ("{at_street}", "{P.gen.def}", "{P.gen.def}", "an der {school}", "im Gewerbegebiet {area}", "in {district}",
          "zwischen {town} und {town2}", "am Gewann {area}", "{P.gen.def.a}", "vor der {church}"),
    "D": ("für {P.acc.def}", "für das Baugebiet {area}", "der Gemeinde {town}", "des Landkreises",
          "aus dem Jahr {oldyear}", "{G.gen.def}", "für den Ortsteil {district}", "{zu:M.dat.def}",
          "für die {street}", "{G.gen.def.t}", "für {M.acc.def}"),
    "G": ("der Gemeinde {town}", "des Landkreises", "aus {town2}", "des {club_gen}", "im Ortsteil {district}",
          "der {school}", "der Kirchengemeinde", "des Gemeinderats", "der Stadt {town}"),
    "E": ("des {club_gen}", "der {school}", "{in:P.dat.def}", "im Ortsteil {district}", "{at_street}", "{G.gen.def}",
          "der Kirchengemeinde {church}", "auf dem Gelände der {company}", "{in:P.dat.def.a}"),
    "M": ("{at_street}", "in {district}", "an der {school}", "im Ortsteil {district}", "an der {street}",
          "bei der {church}", "in der Ortsmitte", "am Ortsrand"),
    "O": ("des Bauhofs", "der Feuerwehr {town}", "{at_street}", "{in:P.dat.def}", "des {club_gen}", "der {company}",
          "vor {P.dat.def}", "am Eingang {P.gen.def}"),
}
PAPER_PLACES = ("", "", "", "im Rathaus", "für {town}", "für den Ortsteil {district}", "für das Baugebiet {area}",
                "für die {street}", "für das Gewerbegebiet {area}", "im Auftrag der Gemeinde")

# Narrative sentences any topic can use: no speaker, no attribution cue, no quotation, no
# Konjunktiv and no counted figure. Fields: {P.nom.def.a} is a compound noun of kind P,
# nominative, with definite article (def; indef, dem "dieser", or none: {S.acc..pl}) and an
# adjective (flags: a adjective, t town adjective, pl plural, x may take an attribute);
# {in:P.dat.def} puts a preposition in front ("im ..."); P2 is a second noun of kind P. Other
# fields ({town}, {at_street}, {who}, {club_gen}, ...) are filled by Writer.fill.
GENERIC = (
    # background
    "{P.nom.def.t} wurde im Jahr {oldyear} errichtet und zuletzt {year} umgebaut.",
    "Schon {oldyear} hatte es in {town} eine ähnliche Diskussion um {M.acc.def} gegeben.",
    "Der {club} wurde {oldyear} gegründet und gehört heute zu den größten Vereinen im Landkreis.",
    "Das Gebäude {at_street} {hnr} steht seit {year} unter Denkmalschutz.",
    "{town} wurde im Jahr {oldyear2} erstmals urkundlich erwähnt.",
    "Bis {oldyear} verkehrte zwischen {town} und {town2} noch eine Kleinbahn.",
    "Die Familie {surname} betreibt den Hof am Ortsrand von {town} bereits in vierter Generation.",
    "Die {church} wurde nach einem Brand im Jahr {oldyear} im alten Stil wieder aufgebaut.",
    "Im Ortsteil {district} erinnert ein Gedenkstein an die Hochwasserkatastrophe von {oldyear}.",
    "Über {M.acc.def.a} wird in {town} seit Jahren gestritten.",
    "{M.nom.def.a} beschäftigt den Gemeinderat seit dem Frühjahr.",
    # traffic
    "Die {street} ist ab {weekday} zwischen der Einmündung {street2} und dem Ortsausgang voll gesperrt.",
    "Eine Umleitung über {town2} und {town3} ist ausgeschildert.",
    "Die Buslinie nach {town2} wird während der Bauarbeiten über die {street} umgeleitet.",
    "Autofahrer müssen sich {time_when} auf Behinderungen {at_street} einstellen.",
    "Am {weekday}morgen staute sich der Verkehr auf der Ortsdurchfahrt bis zum Kreisel an der {street}.",
    "Fußgänger werden auf der gegenüberliegenden Straßenseite an der Baustelle vorbeigeführt.",
    "Die Anwohner {at_street} können ihre Grundstücke weiterhin über {S.acc.def} erreichen.",
    "Die Kreisstraße zwischen {town} und {town2} bleibt wegen {M.gen.def} bis {month} gesperrt.",
    "Lastwagen dürfen die Ortsdurchfahrt von {town} nur noch bis zum Abzweig nach {town2} befahren.",
    "Der Verkehr wird über die K {knum} und die L {lnum} umgeleitet.",
    "Zwischen {town} und {town2} ist auch die Kreisstraße K {knum} gesperrt.",
    "Zwischen {town2} und {town3} ist die Landesstraße L {lnum} wieder frei.",
    "Die Ortsumfahrung soll die Ortsmitte von {town} vom Verkehr auf der L {lnum} entlasten.",
    "Die Geschichte {towngen} reicht bis ins Mittelalter zurück.",
    "Das Wahrzeichen {towngen} ist die {church} mit ihrem barocken Zwiebelturm.",
    "Der Ortskern {towngen} wurde in den vergangenen Jahren mit Mitteln der Städtebauförderung erneuert.",
    "Wer aus Richtung {town2} kommt, muss die Umleitung über das Gewerbegebiet {area} nehmen.",
    # construction
    "Die Bauarbeiten {at_street} haben im {month} begonnen.",
    "Derzeit verlegt eine Firma aus {town2} {at_street} {S.acc..a.pl}.",
    "Auf der Baustelle {at_street} ruhten am {weekday} die Arbeiten.",
    "Die Bagger rollen voraussichtlich im {month} an.",
    "Das Gerüst an der Fassade {P.gen.def} soll noch bis {month} stehen bleiben.",
    "Wegen des nassen Wetters verzögern sich die Arbeiten {an:P.dat.def.a}.",
    "Für {M.acc.def} {in:P.dat.def} hat die Gemeinde Fördermittel des Landes beantragt.",
    "Der erste Bauabschnitt {at_street} ist inzwischen abgeschlossen.",
    "Anschließend folgt der Abschnitt bis zur Einmündung {street2}.",
    "Im Erdgeschoss des Hauses {at_street} {hnr} eröffnet im {month} ein Café.",
    "Auf dem Gelände der früheren {company} entstehen Reihenhäuser und ein Spielplatz.",
    "Die alten Pflastersteine {at_street} werden gereinigt und wieder eingebaut.",
    "Zwischen {P.dat.def} und {P2.dat.def} entsteht ein neuer Fußweg.",
    # council
    "Der Gemeinderat tagt wieder am {dated}, um {time} Uhr im Sitzungssaal des Rathauses.",
    "Die Sitzung ist öffentlich, Bürgerinnen und Bürger können zu Beginn Fragen stellen.",
    "Auf der Tagesordnung steht außerdem {D.nom.def.a}.",
    "Über {D.acc.def.t} wird der Rat voraussichtlich im {month} abstimmen.",
    "{D.nom.def.t} liegt seit {weekday} im Rathaus zur Einsicht aus.",
    "Die Verwaltung hatte {D.acc.def} bereits im {month} vorgelegt.",
    "Die Beratung {in:G.dat.def} dauerte bis kurz vor Mitternacht.",
    "Am Ende stimmte eine knappe Mehrheit für {D.acc.def.a}.",
    "{G.nom.def.t} will sich im {month} erneut mit dem Thema befassen.",
    "Im Sitzungssaal blieben die Zuschauerplätze am {weekday}abend weitgehend leer.",
    "Der Tagesordnungspunkt {zu:D.dat.def} wurde kurzfristig abgesetzt.",
    "Zuvor hatte sich {G.nom.def} bei einem Ortstermin {at_street} ein Bild von der Lage gemacht.",
    "{D.nom.def.a} wird am {date} in der Festhalle {town} öffentlich vorgestellt.",
    # community and clubs
    "Der {club} lädt am {dated}, zu {E.dat.indef.a} {in:P.acc.def} ein.",
    "Beginn ist um {time} Uhr, der Eintritt ist frei.",
    "Für Speisen und Getränke sorgen die Mitglieder {G.gen.def}.",
    "Der Erlös kommt {G.dat.def.t} zugute.",
    "{bei:E.dat.def} {at_street} drängten sich am Samstag die Besucher.",
    "Zahlreiche Stände boten Kunsthandwerk, Honig und selbst gebackenen Kuchen an.",
    "Für die Kinder gab es eine Hüpfburg, Kinderschminken und eine Bastelecke.",
    "Die Blaskapelle des Musikvereins {town} spielte bis in den späten Abend.",
    "Anmeldungen nimmt {person} unter Telefon {phone} entgegen.",
    "Weitere Einzelheiten stehen auf der Internetseite {web}.",
    "Fragen beantwortet das Bürgerbüro per E-Mail an {mail}.",
    "Der Vorverkauf beginnt am {date} in der Buchhandlung {surname} am Marktplatz.",
    "Treffpunkt ist um {time} Uhr am Parkplatz {P.gen.def}.",
    "Die Strecke führt vorbei am Gewann {area} bis nach {town2}.",
    "Im Anschluss gibt es Kaffee und Kuchen {in:P.dat.def}.",
    "Die Stimmung {bei:E.dat.def} war {mood}.",
    "Mit {E.dat.def.a} feierte der {club} sein Vereinsjubiläum.",
    "{E.nom.def.t} findet in diesem Jahr erstmals {in:P.dat.def} statt.",
    "Für die Bewirtung {bei:E.dat.def} suchen die Organisatoren noch Helferinnen und Helfer.",
    "Wer mitmachen möchte, kann sich bis zum {date} bei {person} anmelden.",
    "Für ihre langjährige Treue wurden bei der Hauptversammlung {person} und {person2} geehrt.",
    "Neue Vorsitzende des Vereins ist {personF}, ihr Stellvertreter ist {personM}.",
    "Der Vorstand des {club_gen} wurde bei der Versammlung im {inn} einstimmig wiedergewählt.",
    "Die Proben finden jeden {weekday} um {time} Uhr im Probelokal {at_street} statt.",
    "Der {sportclub} sucht für seine Jugendmannschaften noch Trainerinnen und Trainer.",
    # school and church
    "An der {school} beginnt der Unterricht nach den Ferien wieder am {weekday}.",
    "Die Schülerinnen und Schüler der {school} haben {E.acc.indef.a} auf die Beine gestellt.",
    "Der Förderverein der {school} finanzierte neue Spielgeräte für den Pausenhof.",
    "Die Mensa der {school} bleibt wegen {M.gen.def} bis {month} geschlossen.",
    "Der Festgottesdienst in der {church} beginnt um {time} Uhr.",
    "{who} hält die Predigt, der Kirchenchor singt.",
    "Die Orgel der {church} wird derzeit aufwendig restauriert.",
    "Nach dem Gottesdienst zog eine Prozession durch die {street} bis zum Marktbrunnen.",
    "Die Glocken der {church} schweigen, bis der Glockenstuhl repariert ist.",
    # weather and nature
    "In der Nacht fiel in {town} und {town2} kräftiger Regen.",
    "Am Morgen lag dichter Nebel über dem Tal des {river}s.",
    "Die Temperaturen sanken in der Nacht unter den Gefrierpunkt.",
    "Auf den Feldern rund um {town} stand das Wasser knöcheltief.",
    "Der Wind riss {at_street} mehrere Äste von den Bäumen.",
    "Der Sturm deckte das Dach {P.gen.indef} teilweise ab.",
    "Im Stadtwald von {town} haben Borkenkäfer zahlreiche Fichten befallen.",
    "Am Ufer des {river}s sammelten Freiwillige Müll ein.",
    "Die Linden {at_street} wurden vor Jahrzehnten gepflanzt.",
    "Im Hintergrund ragt der Kirchturm von {town} in den Himmel.",
    "Am Nachmittag riss die Wolkendecke über {town} auf.",
    "Glatteis machte den Autofahrern zwischen {town} und {town2} am frühen Morgen zu schaffen.",
    "Auf dem Gewann {area} grasen im Sommer die Schafe von {who}.",
    "Der {river} führt nach der Schneeschmelze deutlich mehr Wasser als gewöhnlich.",
    # business
    "Die {company} hat ihren Sitz seit {year} im Gewerbegebiet {area}.",
    "Die {company} hat {at_street} eine neue Filiale eröffnet.",
    "Der Wochenmarkt findet vorübergehend auf dem Parkplatz {P.gen.def} statt.",
    "Das {inn} an der Ortsdurchfahrt bleibt bis auf Weiteres geschlossen.",
    "Im {inn} wechselt zum {date} der Pächter.",
    "Die {company} sucht seit Monaten Auszubildende.",
    "Das Ladengeschäft {at_street} {hnr} steht seit dem Auszug der {company} leer.",
    "Die Dorfbäckerei in {district} öffnet künftig auch sonntags.",
    "Die {company} feiert in diesem Jahr ihr Firmenjubiläum mit einem Tag der offenen Tür.",
    # incidents without a source
    "Am {weekday}abend brannte {at_street} ein Gartenhaus vollständig nieder.",
    "Die Feuerwehr {town} war mit einem Großaufgebot vor Ort.",
    "Verletzt wurde niemand.",
    "Die Brandursache ist noch unklar.",
    "Ein Zeuge hatte den Rauch gegen {time} Uhr bemerkt.",
    "Der Schaden {an:P.dat.def} ist erheblich.",
    "Auf der Landstraße zwischen {town} und {town2} kam ein Kleintransporter von der Fahrbahn ab.",
    "Unbekannte beschädigten in der Nacht {O.acc.def.a} {at_street}.",
    "Ein Abschleppdienst aus {town2} barg das Fahrzeug.",
    # scenes
    "Vor {P.dat.def.t} parkten am Vormittag zahlreiche Autos mit auswärtigen Kennzeichen.",
    "Auf dem Marktplatz von {town} spielten Kinder zwischen den Ständen.",
    "Im Schaufenster der Bäckerei {surname} hängt ein handgeschriebenes Plakat.",
    "Durch die Fenster {P.gen.def} fiel am Abend noch Licht.",
    "An der Bushaltestelle {at_street} warteten Schüler mit Regenschirmen.",
    "Vor dem Rathaus von {town} weht seit {weekday} eine neue Fahne.",
    "Über dem Eingang {P.gen.def.a} hängt noch das alte Schild.",
    "Vom Aussichtsturm im Gewann {area} reicht der Blick bei klarem Wetter bis nach {town2}.",
    # people
    "{who} kennt {town} seit {sein}er Kindheit.",
    "{who} engagiert sich seit {year} ehrenamtlich {in:G.dat.def}.",
    "{who} ist in {town} aufgewachsen und lebt heute in {town2}.",
    "{Derdie} {age} arbeitet als {job} in {town2}.",
    "{who} hat {sein}en Betrieb vor Jahren an die nächste Generation übergeben.",
    "Seit {year} führt {person} die Geschäfte der {company}.",
    "{who} hat die Geschichte des Ortes in einer Chronik zusammengetragen.",
    "{who} wohnt seit {oldyear} {at_street}.",
    # service
    "Die Sprechstunde {G.gen.def} findet jeden ersten {weekday} im Monat im Rathaus statt.",
    "Das Bürgerbüro in {town} ist am {weekday} ausnahmsweise nur bis {time} Uhr geöffnet.",
    "Die Abfuhr der gelben Säcke verschiebt sich wegen des Feiertags auf {weekday}.",
    "Der Wertstoffhof {at_street} öffnet samstags ab {time} Uhr.",
    "Das Hallenbad in {town} bleibt in den Sommerferien geschlossen.",
    "Die Stadtbücherei öffnet nach dem Umzug in {P.acc.def} am {date}.",
    "Anträge gibt es im Rathaus und auf der Internetseite {web}.",
    "Die Anmeldung für {E.acc.def} läuft bis zum {date}.",
    # plans and projects, two or three things at once
    "{D.nom.def.a} sieht unter anderem {M.acc.indef.a} {in:P.dat.def} vor.",
    "Im Mittelpunkt der Sitzung {G.gen.def} stand {D.nom.def.a}.",
    "Neben {D.dat.def} ging es in der Sitzung auch um {M.acc.def.a} und {M2.acc.def}.",
    "Die Kosten für {M.acc.def} {P.gen.def} teilen sich die Gemeinde und der Landkreis.",
    "{G.nom.def.t} hat sich {in:P.dat.def} neu gegründet.",
    "Für {E.acc.def.a} hat {G.nom.def} {D.acc.indef.a} erarbeitet.",
    "Mit {M.dat.def} {P.gen.def} soll auch {S.nom.def.a} erneuert werden.",
    "Parallel dazu läuft {D.nom.def} für {P.acc.def.a} {at_street}.",
    "Über {M.acc.def} {S.gen.def} {at_street} informiert die Gemeinde am {weekday} {in:P.dat.def}.",
    "{D.nom.def.a} soll {M.acc.def} {P.gen.def} auf eine neue Grundlage stellen.",
    "Die Arbeiten {an:S.dat.def.a} hängen eng mit {M.dat.def} {P.gen.def} zusammen.",
    "{M.nom.def} {P.gen.def.t} ist Teil {D.gen.def.a}.",
    "Bereits {year} war {D.nom.indef.a} für {P.acc.def} erarbeitet worden.",
    "Damals scheiterte {M.nom.def} {P.gen.def} an {D.dat.def}.",
    "Inzwischen liegt {D.nom.def.a} vor, das {M.acc.def} neu ordnet.",
    "{G.nom.def.t} trifft sich künftig jeden zweiten {weekday} {in:P.dat.def}.",
    "Ein Schwerpunkt {G.gen.def} ist {M.nom.def.a}.",
    "Die Mitglieder {G.gen.def} besichtigten {in:P.dat.def} {S.acc.def.a}.",
    "Auch {M.nom.def} {S.gen.def} {at_street} wurde besprochen.",
    "Zum Abschluss stellte {who} {D.acc.def.a} vor.",
    "{D.nom.def.t} gilt als Grundlage für {M.acc.def} {P.gen.def}.",
    "Die Unterlagen zu {D.dat.def} sind im Bürgerbüro und auf {web} einsehbar.",
    "Wer Anregungen zu {D.dat.def} hat, kann sie bis zum {date} im Rathaus abgeben.",
    "In einem zweiten Schritt folgen {M.nom.def} {S.gen.def} und {M2.nom.def} {S2.gen.def}.",
    "Der Zeitplan für {M.acc.def.a} hängt von {D.dat.def} ab.",
    "{D.nom.def} löst {D2.acc.def} aus dem Jahr {oldyear} ab.",
    "Bis dahin bleibt {P.nom.def.t} ein Provisorium.",
    "{in:P.dat.def.a} sind inzwischen {G.nom.def} und {G2.nom.def} untergebracht.",
    "Die Räume {P.gen.def} nutzen außerdem {G.nom.def} und der {club}.",
    "Der Umzug {G.gen.def} in {P.acc.def.a} ist für den {date} geplant.",
    # everyday life and the seasons
    "{E.nom.def.t} lockte am Wochenende Besucher aus der ganzen Region an.",
    "Höhepunkt {E.gen.def} war {E2.nom.indef.a} {in:P.dat.def}.",
    "Nach {E.dat.def} räumten Helferinnen und Helfer {P.acc.def} auf.",
    "{E.nom.def.a} beginnt am {weekday} um {time} Uhr {in:P.dat.def}.",
    "Auf dem Programm stehen außerdem {E.nom.indef.a} und {E2.nom.indef.a}.",
    "Für {E.acc.def} wird die {street} am {weekday} ab {time} Uhr gesperrt.",
    "Die Einnahmen {E.gen.def} fließen in {M.acc.def} {P.gen.def}.",
    "Bei schlechtem Wetter findet {E.nom.def} {in:P.dat.def} statt.",
    "Zum ersten Mal gab es {bei:E.dat.def} auch {O.acc.indef.a}.",
    "Der {club} organisiert seit {oldyear} {E.acc.def.t}.",
    "{who} führte die Gäste durch {P.acc.def.a} und {P2.acc.def}.",
    "{P.nom.def.t} ist am {weekday} zwischen {time} Uhr und {time2} Uhr geöffnet.",
    "Der Eingang {P.gen.def} liegt vorübergehend {at_street}.",
    "Den Schlüssel für {P.acc.def} verwahrt {who}.",
    "Seit dem Frühjahr steht {in:P.dat.def} {O.nom.indef.a}.",
    "{O.nom.def.a} {at_street} ist seit {weekday} wieder in Betrieb.",
    "Auf dem Parkplatz {P.gen.def} stehen künftig {O.nom..a.pl}.",
    "Der Förderverein hat {O.acc.indef.a} für {P.acc.def} gespendet.",
    "Neben {O.dat.def} soll noch in diesem Jahr {O2.nom.indef.a} aufgestellt werden.",
    "{O.nom.def.t} wird einmal im Jahr vom Bauhof gewartet.",
    "Im Winter lagert {O.nom.def} {in:P.dat.def}.",
    "Die {company} hat {O.acc.def.a} geliefert und aufgebaut.",
    "Die Gemeinde prüft, ob {S.nom.def} {at_street} noch in diesem Jahr erneuert werden kann.",
    "Die Ausschreibung für {M.acc.def} {S.gen.def} läuft bis {month}.",
    "Den Auftrag für {M.acc.def.a} erhielt die {company}.",
    "Im Zuge {M.gen.def} werden auch {S.nom.def.pl} {at_street} erneuert.",
    "Dabei stießen die Arbeiter unter {S.dat.def} auf Reste einer alten Mauer.",
    "Während {M.gen.def} ist {P.nom.def} nur über {S.acc.def} erreichbar.",
    "Mit {M.dat.def.a} wächst auch der Bedarf an {P.dat..a.pl}.",
)

# Where a statement was made or what it was about, in front of its verb.
INTROS = ("Mit Blick auf {M.acc.def.a}", "{zu:D.dat.def}", "{bei:E.dat.def} {at_street}",
          "Angesprochen auf {M.acc.def}", "Im Hinblick auf {D.acc.def.a}", "Bei einem Ortstermin {at_street}",
          "Vor {G.dat.def.t}", "In der Sitzung {G.gen.def}", "Am Rande {E.gen.def.a}",
          "Bei der Vorstellung {D.gen.def.a}", "Auf einer Versammlung {in:P.dat.def}",
          "Mit Blick auf die Lage in {district}", "{in:P.dat.def.t}", "Bei einem Rundgang durch {P.acc.def.a}",
          "{zu:M.dat.def} {P.gen.def}", "Vor Mitgliedern {G.gen.def}")

# A figure of people or buildings may say where they are.
PLACED_UNITS = {"Menschen", "Bewohner", "Anwohner", "Einsatzkräfte", "Helfer", "Keller", "Häuser", "Gebäude",
                "Beschäftigte", "Streikende", "Wähler", "Wahlberechtigte", "Briefwähler"}
FIGURE_PLACES = ("in {district}", "im Ortsteil {district}", "{at_street}", "in {town} und {town2}",
                 "aus {district}", "rund um {town}", "aus {town2} und {town3}")
# Subheadings between paragraphs.
SUBHEADINGS = ("{M.nom.def} {P.gen.def}", "Streit um {M.acc.def}", "{D.nom..} soll bis {month} stehen",
               "Neue Pläne für {P.acc.def}", "{E.nom..} {in:P.dat.def}", "Sorge in {district}",
               "Was sich {at_street} ändert", "{M.nom..} ab {month}", "Blick nach {town2}", "Kritik {an:D.dat.def}")

# People, places and clubs: club news, sports, honours and guests name many.
NAMES = (
    "Geehrt wurden {person}, {person2} und {person3}.",
    "Zu den Gästen gehörten {who}, {person2} und Vertreter des {club_gen}.",
    "Zu den Gratulanten zählten auch Abordnungen aus {town2}, {town3} und {district}.",
    "Die Gewinner der Tombola kommen aus {town2}, {town3} und {district}.",
    "Für die Organisation bedankte sich der Vorstand bei {person} und {person2}.",
    "Den Vorsitz übernimmt {person}, Stellvertreter ist {personM}.",
    "Als Kassenprüfer wurden {person} und {person2} gewählt.",
    "Schriftführerin bleibt {personF}, neuer Kassenwart ist {personM}.",
    "Die Spielgemeinschaft mit dem {sportclub} besteht seit {year}.",
    "Für den {sportclub} trafen {surname}, {surname2} und {surname3}.",
    "Im Tor stand {person}, der Ausgleich gelang {surname2} kurz vor der Pause.",
    "Trainer {personM} war mit der Leistung seiner Mannschaft zufrieden.",
    "Am {weekday} empfängt der {sportclub} den Tabellenführer aus {town2}.",
    "Das Team um {person} besteht aus Ehrenamtlichen aus {town2}, {town3} und {district}.",
    "Die Bilder stammen von {person} aus {town2}, die Texte von {person2}.",
    "Durch das Programm führten {person} und {person2}.",
    "Musikalisch umrahmt wurde der Abend vom {club} unter der Leitung von {person}.",
    "Seit {year} leitet {person} die Geschicke der {company}.",
    "Neu im Team der {company} sind {person} und {person2} aus {town2}.",
    "Zur Jubiläumsfeier kamen Gäste aus {town2}, {town3}, {district} und der Partnergemeinde {town4}.",
    "Die Partnerschaft zwischen {town} und {town2} besteht seit {oldyear}.",
    "Unterstützt wurde die {townadj} Wehr von den Feuerwehren aus {town2} und {town3}.",
    "Auch die {town2adj} Landfrauen und der {town3adj} Posaunenchor waren mit dabei.",
    "Mit dabei waren außerdem Abordnungen der {town2adj} und der {town3adj} Vereine.",
    "Der {town2adj} Ortsvorsteher {personM} überbrachte die Grüße der Nachbargemeinde.",
    "Die Wanderung führt von {town} über {district} und {town2} bis nach {town3}.",
    "Die Buslinie verbindet {town} mit {town2}, {town3} und dem Bahnhof in {district}.",
    "Zum Einzugsgebiet der {school} gehören auch {town2}, {town3} und {district}.",
    "Auf den Plätzen folgten {person} aus {town2} und {person2} aus {town3}.",
    "Die Preise überreichten {who} und {personM}.",
    "Kuchen hatten unter anderem {person}, {person2} und {person3} gebacken.",
    "Nach dem Tod von {personM} hat {person} den Hof übernommen.",
    "Die Leitung des Kindergartens {at_street} liegt künftig bei {personF}.",
    "Neuer Dirigent des {club_gen} ist {personM} aus {town2}.",
    "Für ihre Verdienste um den {club} erhielten {person} und {person2} die Ehrennadel.",
    "Den ersten Preis gewann {person} aus {town2} vor {person2} aus {district}.",
    "Die Schirmherrschaft hat {who} übernommen.",
    "In den Vorstand gewählt wurden außerdem {person}, {person2} und {person3}.",
    "Nachfolger von {person} als Ortsvorsteher wird {personM} aus {district}.",
    "Die Ausstellung zeigt Arbeiten von {person}, {person2} und Schülern der {school}.",
    "Die Festrede hielt {who}, die Grußworte sprach {personM} aus der Partnergemeinde {town2}.",
    "Aus {town2}, {town3} und {town4} kamen zusammen mehr Gäste als im Vorjahr.",
    "Beim Vereinsschießen setzte sich {person} knapp gegen {person2} und {person3} durch.",
    "Die Torschützen für die Gäste aus {town2} waren {surname} und {surname2}.",
    "Das Spiel gegen den {sportclub} endete mit einem Unentschieden.",
    "Die Jugendmannschaft des {sportclub} trainiert künftig auf dem Platz in {district}.",
    "Für ihre Arbeit in der Nachbarschaftshilfe dankte die Gemeinde {person} und {person2}.",
    "Den Erlös des Basars übergaben {person} und {person2} an die Tafel in {town2}.",
    "Mit dabei waren auch Familien aus {town2}, {town3} und dem Ortsteil {district}.",
    "Die Chronik des Ortes haben {person} und {person2} zusammengestellt.",
    "Zum Team der Kindergruppe gehören {person}, {person2} und {person3}.",
    "Die Fahrgemeinschaft nach {town2} organisiert {person} aus {district}.",
    "Auf dem Podium diskutierten {who}, {person2} und Vertreter der {company}.",
    "Das Bild im Flur des Rathauses stammt von {person} aus {town2}.",
)

# Templates with more to fill come up more often.
GENERIC_WEIGHTS = [(1 + len(re.findall(r"\{(?:\w+:)?[A-Z]\d?\.", t))) ** 1.5 for t in GENERIC]

# Direct quotations and Konjunktiv clauses any speaker of any topic can use, besides the
# topic's own: they are statements, so claims.
QUOTES_ANY = (
    "Wir wollen {D.acc.def} noch vor dem Sommer auf den Weg bringen", "{M.nom.def.a} hat für uns Vorrang",
    "Ohne {M.acc.def} {P.gen.def} geht es nicht weiter", "Wir haben {in:P.dat.def} noch viel Arbeit vor uns",
    "{D.nom.def} ist ein tragfähiger Kompromiss", "Die Menschen in {town} haben ein Recht auf Klarheit",
    "Wir brauchen {D.acc.indef.a}, und zwar schnell", "Niemand in {district} muss sich Sorgen machen",
    "Das ist ein wichtiges Signal für {town}", "Wir lassen {G.acc.def} mit {M.dat.def} nicht allein",
    "{P.nom.def.t} ist uns allen ans Herz gewachsen", "Über {M.acc.def} reden wir seit Jahren",
)
QUOTES_VOX = (
    "So etwas habe ich in {town} noch nicht erlebt", "Wir wohnen seit {oldyear} {at_street}, aber das ist neu für uns",
    "Die Leute in {district} sind verunsichert", "Ich hoffe, dass {M.nom.def} bald vorbei ist",
    "Für uns Anwohner ist das eine große Belastung", "Man muss jetzt zusammenhalten",
    "Ich bin seit dem frühen Morgen auf den Beinen", "Das hätte man früher angehen müssen",
    "Wir kommen jeden {weekday} hierher", "{P.nom.def.t} ist für viele Familien wichtig",
    "Ohne die Helfer aus {town2} hätten wir das nicht geschafft", "Wir sind froh, dass endlich etwas passiert",
    "Mein Vater hat schon {oldyear} {in:P.dat.def} gearbeitet", "Hoffentlich denkt die Gemeinde auch an {district}",
    "Das Geld wäre {in:M.dat.def} besser angelegt", "Bei uns {at_street} merkt man davon wenig",
    "Wir haben {E.acc.def} seit Wochen vorbereitet", "Die Kinder fragen jeden Tag nach {P.dat.def}",
)
REPORTED_ANY = (
    "man werde {D.acc.def} im {month} vorlegen", "{M.nom.def.a} sei nicht länger aufzuschieben",
    "{D.nom.def.t} stehe kurz vor dem Abschluss", "die Gespräche mit {G.dat.def} liefen gut",
    "{P.nom.def.t} bleibe vorerst geschlossen", "man habe {M.acc.def} {P.gen.def} lange genug vertagt",
    "für {M.acc.def} gebe es Fördermittel vom Land", "{E.nom.def.t} finde wie geplant statt",
    "die Bürger in {district} würden rechtzeitig informiert", "{G.nom.def} werde sich im {month} damit befassen",
    "{M.nom.def} {S.gen.def} sei bereits beauftragt", "man prüfe derzeit {D.acc.indef.a}",
)



# ---------------------------------------------------------------------------------------------
# Topics: what is reported, by whom, and in which words.
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
HEDGES = ["etwa", "rund", "mehr als", "knapp", "fast", "mindestens", "über", "bis zu", "weniger als", ""]


@dataclass(frozen=True)
class Event:
    """One reportable fact in three word orders; {fig} is a hedged figure, {when} a date."""

    units: tuple[str, ...]
    size: tuple[int, int]  # the figure's order of magnitude
    v2: str  # after a fronted phrase: "Laut Polizei mussten ..."
    sub: str  # a dass-clause: "dass ... verlassen mussten"
    konj: str  # reported, Konjunktiv, after a fronted phrase


@dataclass(frozen=True)
class Topic:
    headlines: tuple[str, ...]
    roles: tuple[tuple[str, str], ...]  # (male, female) roles of named people
    sources: tuple[tuple[str, str, str], ...]  # (after "laut", dative with article, genitive with article)
    events: tuple[Event, ...]
    quotes: tuple[str, ...]
    reported: tuple[str, ...]  # a Konjunktiv main clause: "man werde ..."
    narrative: tuple[str, ...]  # templates, filled like GENERIC
    tags: tuple[str, ...]


TOPICS = {
    "flood": Topic(
        ("Hochwasser in {town}: Lage bleibt angespannt", "Pegel steigt weiter – {town} räumt Ortsteile",
         "Nach dem Starkregen: {town} zieht Bilanz", "Land unter am {river}", "{townadj} Keller laufen voll",
         "Wasser {in:P.dat.def}: {town} kämpft gegen die Flut", "{M.nom..} nach dem Hochwasser"),
        (("Landrat", "Landrätin"), ("Bürgermeister", "Bürgermeisterin"), ("Kreisbrandmeister", "Kreisbrandmeisterin"),
         ("Feuerwehrsprecher", "Feuerwehrsprecherin"), ("Einsatzleiter", "Einsatzleiterin")),
        (("Polizei", "der Polizei", "der Polizei"), ("Landratsamt", "dem Landratsamt", "des Landratsamts"),
         ("Feuerwehr", "der Feuerwehr", "der Feuerwehr"), ("Wetterdienst", "dem Wetterdienst", "des Wetterdienstes")),
        (Event(("Menschen", "Bewohner", "Anwohner"), (200, 5000), "mussten{when} {fig} ihre Wohnungen verlassen",
               "{fig}{when} ihre Wohnungen verlassen mussten", "hätten{when} {fig} ihre Wohnungen verlassen müssen"),
         Event(("Einsatzkräfte", "Helfer"), (100, 2500), "waren{when} {fig} im Einsatz",
               "{fig}{when} im Einsatz waren", "seien{when} {fig} im Einsatz gewesen"),
         Event(("Keller", "Häuser", "Gebäude"), (50, 1200), "stehen{when} {fig} unter Wasser",
               "{fig}{when} unter Wasser stehen", "stünden{when} {fig} unter Wasser"),
         Event(("Haushalte",), (100, 4000), "waren{when} {fig} in {{district}} ohne Strom",
               "{fig}{when} in {{district}} ohne Strom waren", "seien{when} {fig} in {{district}} ohne Strom gewesen"),
         Event(("Sandsäcke",), (1000, 40000), "wurden{when} {fig} {{at_street}} verbaut",
               "{fig}{when} {{at_street}} verbaut wurden", "seien{when} {fig} {{at_street}} verbaut worden"),
         Event(("Straßen",), (5, 60), "sind{when} {fig} rund um {{town}} gesperrt",
               "{fig}{when} rund um {{town}} gesperrt sind", "seien{when} {fig} rund um {{town}} gesperrt")),
        ("Die Lage ist ernst, aber wir haben sie im Griff", "Wir rechnen in der Nacht mit einem weiteren Anstieg",
         "Niemand sollte jetzt an die Ufer gehen", "Die Deiche halten bisher, doch sie sind stark durchnässt"),
        ("man werde die Lage am Abend neu bewerten", "die Sandsäcke reichten vorerst aus",
         "die Schulen blieben bis auf Weiteres geschlossen"),
        ("Der {river} war nach tagelangem Regen über die Ufer getreten.",
         "Mehrere Straßen in {district} sind gesperrt, darunter die {street}.",
         "Auf dem Marktplatz von {town} stapeln sich die Sandsäcke.",
         "Am Nachmittag ließ der Regen über {town} und {town2} etwas nach.",
         "Im Ortsteil {district} liefen zahlreiche Keller voll.",
         "Helfer des Technischen Hilfswerks pumpten {at_street} das Wasser aus den Kellern.",
         "Die Brücke über den {river} bei {town2} ist für den Verkehr gesperrt.",
         "Landwirte rund um {town} bangen um ihre Ernte.",
         "In der Turnhalle der {school} wurde eine Notunterkunft eingerichtet.",
         "Das Wasser stand {at_street} zeitweise kniehoch.",
         "Anwohner {at_street} trugen Möbel und Teppiche in die oberen Stockwerke.",
         "Die Kreisstraße zwischen {town} und {town2} ist überflutet.",
         "Freiwillige füllten {in:P.dat.def} bis in die Nacht Sandsäcke.",
         "Schlamm und Treibgut bedecken die Uferwiesen am Gewann {area}."),
        ("Hochwasser", "Unwetter", "Katastrophenschutz")),
    "strike": Topic(
        ("Warnstreik legt {town} lahm", "Busse bleiben im Depot: Streik in {town}", "Tarifstreit in {town} eskaliert",
         "Stillstand an den Haltestellen in {town}", "Streiktag im {townadj} Nahverkehr",
         "Streik trifft auch {P.acc.def.t}"),
        (("Gewerkschaftssekretär", "Gewerkschaftssekretärin"), ("Verhandlungsführer", "Verhandlungsführerin"),
         ("Personalrat", "Personalrätin"), ("Betriebsratschef", "Betriebsratschefin"), ("Pressesprecher", "Pressesprecherin")),
        (("Gewerkschaft", "der Gewerkschaft", "der Gewerkschaft"), ("Verkehrsbetrieben", "den Verkehrsbetrieben",
         "der Verkehrsbetriebe"), ("Arbeitgeberverband", "dem Arbeitgeberverband", "des Arbeitgeberverbands")),
        (Event(("Beschäftigte", "Streikende", "Menschen"), (300, 15000), "beteiligten sich{when} {fig} an dem Ausstand",
               "sich{when} {fig} an dem Ausstand beteiligten", "hätten sich{when} {fig} an dem Ausstand beteiligt"),
         Event(("Fahrten", "Verbindungen"), (100, 3000), "fielen{when} {fig} aus",
               "{fig}{when} ausfielen", "seien{when} {fig} ausgefallen"),
         Event(("Euro",), (150, 600), "fordert die Gewerkschaft{when} {fig} mehr im Monat",
               "die Gewerkschaft{when} {fig} mehr im Monat fordert",
               "fordere die Gewerkschaft{when} {fig} mehr im Monat"),
         Event(("Busse",), (20, 400), "blieben{when} {fig} im Betriebshof {{at_street}}",
               "{fig}{when} im Betriebshof {{at_street}} blieben",
               "seien{when} {fig} im Betriebshof {{at_street}} geblieben"),
         Event(("Pendler",), (500, 20000), "kamen{when} {fig} aus {{town2}} nur mit Verspätung zur Arbeit",
               "{fig}{when} aus {{town2}} nur mit Verspätung zur Arbeit kamen",
               "seien{when} {fig} aus {{town2}} nur mit Verspätung zur Arbeit gekommen")),
        ("Wir lassen uns nicht länger hinhalten", "Das Angebot der Arbeitgeber ist eine Zumutung",
         "Wenn sich nichts bewegt, war das nicht der letzte Streik", "Wir sind jederzeit gesprächsbereit"),
        ("man sei zu weiteren Gesprächen bereit", "ein neues Angebot liege bereits vor",
         "die Forderungen seien nicht finanzierbar"),
        ("Vor dem Rathaus von {town} versammelten sich die Streikenden mit Fahnen und Trillerpfeifen.",
         "Die Kitas der Stadt blieben geschlossen, nur die Notgruppe {in:P.dat.def} war geöffnet.",
         "Viele Pendler aus {town2} und {town3} stiegen auf das Fahrrad um.",
         "Die nächste Verhandlungsrunde ist für Ende des Monats angesetzt.",
         "Am Busbahnhof von {town} standen die Fahrgäste vor leeren Bussteigen.",
         "Auch die Müllabfuhr in {town} ruhte am {weekday}.",
         "Eltern in {district} mussten kurzfristig eine Betreuung für ihre Kinder organisieren.",
         "Vor dem Betriebshof {at_street} brannten Feuertonnen.",
         "Die Streikenden zogen vom Bahnhof bis zum Rathaus von {town}.",
         "Der Schienenersatzverkehr nach {town2} fiel ebenfalls aus.",
         "Auf den Straßen von {town} bildeten sich am Morgen lange Staus.",
         "Die Gespräche waren in der vergangenen Woche ohne Ergebnis vertagt worden.",
         "Die Schulbusse aus {town2} und {town3} fuhren nach einem Notfahrplan.",
         "Taxiunternehmen in {town} hatten am {weekday} alle Hände voll zu tun."),
        ("Tarifstreit", "Warnstreik", "Nahverkehr")),
    "budget": Topic(
        ("Haushalt in {town}: Loch in der Kasse", "{town} muss sparen", "Streit um den Haushalt in {town}",
         "Rotstift im {townadj} Rathaus", "Sparliste für {town} liegt vor",
         "{M.nom..} {P.gen.def} auf der Kippe", "Kein Geld für {M.acc.def.t}"),
        (("Kämmerer", "Kämmerin"), ("Oberbürgermeister", "Oberbürgermeisterin"), ("Fraktionschef", "Fraktionschefin"),
         ("Stadtrat", "Stadträtin"), ("Finanzdezernent", "Finanzdezernentin")),
        (("Stadtverwaltung", "der Stadtverwaltung", "der Stadtverwaltung"), ("Finanzministerium", "dem Finanzministerium",
         "des Finanzministeriums"), ("Rechnungshof", "dem Rechnungshof", "des Rechnungshofs")),
        (Event(("Euro",), (2_000_000, 90_000_000), "fehlen{when} {fig} im Haushalt",
               "{fig}{when} im Haushalt fehlen", "fehlten{when} {fig} im Haushalt"),
         Event(("Stellen",), (20, 400), "sollen{when} {fig} wegfallen", "{fig}{when} wegfallen sollen",
               "sollten{when} {fig} wegfallen"),
         Event(("Projekte", "Vorhaben"), (5, 60), "werden{when} {fig} verschoben", "{fig}{when} verschoben werden",
               "würden{when} {fig} verschoben"),
         Event(("Euro",), (50_000, 900_000), "sollen{when} {fig} bei {{M.dat.def}} gespart werden",
               "{fig}{when} bei {{M.dat.def}} gespart werden sollen",
               "sollten{when} {fig} bei {{M.dat.def}} gespart werden"),
         Event(("Euro",), (100_000, 5_000_000), "kostet {{M.nom.def}} {{P.gen.def}}{when} {fig}",
               "{{M.nom.def}} {{P.gen.def}}{when} {fig} kostet", "koste {{M.nom.def}} {{P.gen.def}}{when} {fig}")),
        ("Wir können nur ausgeben, was wir einnehmen", "Dieser Haushalt ist ehrlich, aber schmerzhaft",
         "Bei den Schulen wird nicht gespart", "Die Rücklagen sind aufgebraucht"),
        ("die Grundsteuer werde nicht erhöht", "man habe alle Ausgaben geprüft",
         "der Entwurf sei mit dem Land abgestimmt"),
        ("Der Stadtrat berät den Entwurf in seiner nächsten Sitzung am {date}.",
         "Aus der Opposition kommt Widerstand.",
         "Schon im vergangenen Jahr war der Haushalt nur knapp ausgeglichen.",
         "Die Sitzung im {townadj} Rathaus dauerte bis in den Abend.",
         "{M.nom.def} {P.gen.def} steht auf der Streichliste.",
         "{D.nom.def.t} war bereits im Herbst in den Fachausschüssen vorberaten worden.",
         "Auch die Zuschüsse für die Vereine, etwa den {club}, stehen auf dem Prüfstand.",
         "Die Kommunalaufsicht des Landkreises muss den Haushalt noch genehmigen.",
         "Die Einnahmen aus der Gewerbesteuer waren im vergangenen Jahr eingebrochen.",
         "Im Rathaus von {town} sind bereits mehrere Stellen unbesetzt.",
         "Für {M.acc.def.a} ist im Entwurf kein Geld mehr vorgesehen.",
         "Die Zuschauerbänke im Sitzungssaal waren bis auf den letzten Platz besetzt.",
         "Der Finanzausschuss tagt am {weekday} ab {time} Uhr im Rathaus von {town}.",
         "Das Defizit zieht sich durch die gesamte mittelfristige Finanzplanung."),
        ("Haushalt", "Kommunalpolitik", "Finanzen")),
    "troops": Topic(
        ("Truppen an der Grenze: {town} in Sorge", "Manöver nahe {town} sorgt für Unruhe",
         "Verteidigungsministerium verlegt Einheiten", "Kolonnen rollen durch {town}", "Unruhe im Grenzland",
         "Militär übt nahe {district}"),
        (("Verteidigungsminister", "Verteidigungsministerin"), ("Militärsprecher", "Militärsprecherin"),
         ("Generalinspekteur", "Generalinspekteurin"), ("Regierungssprecher", "Regierungssprecherin")),
        (("Ministerium", "dem Ministerium", "des Ministeriums"), ("Geheimdienst", "dem Geheimdienst",
         "des Geheimdienstes"), ("Armee", "der Armee", "der Armee")),
        (Event(("Soldaten",), (1000, 40000), "wurden{when} {fig} in die Region verlegt",
               "{fig}{when} in die Region verlegt wurden", "seien{when} {fig} in die Region verlegt worden"),
         Event(("Panzer", "Fahrzeuge"), (20, 800), "stehen{when} {fig} bereit", "{fig}{when} bereitstehen",
               "stünden{when} {fig} bereit"),
         Event(("Verletzte", "Tote"), (10, 900), "gab es{when} {fig}", "es{when} {fig} gab",
         "habe es{when} {fig} gegeben"),
         Event(("Soldaten",), (200, 5000), "sind{when} {fig} in der Kaserne bei {{town2}} stationiert",
               "{fig}{when} in der Kaserne bei {{town2}} stationiert sind",
               "seien{when} {fig} in der Kaserne bei {{town2}} stationiert"),
         Event(("Lastwagen", "Fahrzeuge"), (50, 900), "fuhren{when} {fig} durch {{town}} und {{town2}}",
               "{fig}{when} durch {{town}} und {{town2}} fuhren",
               "seien{when} {fig} durch {{town}} und {{town2}} gefahren")),
        ("Wir beobachten die Bewegungen sehr genau", "Es gibt keinen Grund zur Panik",
         "Unsere Truppen sind auf alles vorbereitet", "Diese Verlegung ist eine Provokation"),
        ("die Übung sei lange geplant gewesen", "man stehe in engem Kontakt mit den Verbündeten",
         "es gebe keine Hinweise auf einen Angriff"),
        ("Seit Wochen wachsen die Spannungen in der Region.", "Satellitenbilder zeigen neue Lager nahe {town2}.",
         "Die Verbündeten wollen am Wochenende in {town2} beraten.",
         "Die Grenzübergänge bei {town} und {town2} bleiben vorerst geöffnet.",
         "Auf der Landstraße bei {town} rollten am {weekday} Militärkolonnen.",
         "Über {town} kreisten am Abend Hubschrauber.",
         "In {town} und {town2} wurden die Sirenen getestet.",
         "Der Güterbahnhof von {town} dient als Umschlagplatz für schweres Gerät.",
         "Die Bewohner der grenznahen Dörfer verfolgen die Entwicklung mit Sorge.",
         "Der Truppenübungsplatz bei {town2} ist für Spaziergänger gesperrt.",
         "Vor dem Kasernentor {at_street} standen am Wochenende Demonstranten mit Transparenten.",
         "In den Gaststätten von {town} ist die Lage an der Grenze das einzige Gesprächsthema.",
         "Der Grenzübergang bei {town2} war am {weekday}abend zeitweise geschlossen.",
         "Tieffliegende Maschinen schreckten am {weekday} die Bewohner von {district} auf."),
        ("Sicherheitspolitik", "Militär", "Grenze")),
    "election": Topic(
        ("Wahl in {town}: knappes Rennen", "{town} hat gewählt", "Neue Mehrheit im Rat von {town}",
         "Wahlabend im {townadj} Rathaus", "Stichwahl in {town} rückt näher",
         "Wahlkampf um {D.acc.def.t}"),
        (("Wahlleiter", "Wahlleiterin"), ("Spitzenkandidat", "Spitzenkandidatin"), ("Parteichef", "Parteichefin"),
         ("Bürgermeisterkandidat", "Bürgermeisterkandidatin"), ("Politikwissenschaftler", "Politikwissenschaftlerin")),
        (("Wahlleitung", "der Wahlleitung", "der Wahlleitung"), ("Wahlamt", "dem Wahlamt", "des Wahlamts"),
         ("Meinungsforschern", "den Meinungsforschern", "der Meinungsforscher")),
        (Event(("Wähler", "Wahlberechtigte"), (2000, 90000), "gaben{when} {fig} ihre Stimme ab",
               "{fig}{when} ihre Stimme abgaben", "hätten{when} {fig} ihre Stimme abgegeben"),
         Event(("Briefwähler",), (500, 20000), "stimmten{when} {fig} per Brief ab", "{fig}{when} per Brief abstimmten",
               "hätten{when} {fig} per Brief abgestimmt"),
         Event(("Stimmen",), (50, 3000), "fehlten der Kandidatin{when} {fig} zur Mehrheit",
               "der Kandidatin{when} {fig} zur Mehrheit fehlten",
               "hätten der Kandidatin{when} {fig} zur Mehrheit gefehlt"),
         Event(("Stimmen",), (100, 9000), "entfielen{when} {fig} auf die Liste aus {{district}}",
               "{fig}{when} auf die Liste aus {{district}} entfielen",
               "seien{when} {fig} auf die Liste aus {{district}} entfallen"),
         Event(("Wähler",), (200, 8000), "gaben{when} {fig} im Stimmbezirk {{district}} ihre Stimme ab",
               "{fig}{when} im Stimmbezirk {{district}} ihre Stimme abgaben",
               "hätten{when} {fig} im Stimmbezirk {{district}} ihre Stimme abgegeben")),
        ("Das ist ein klarer Auftrag der Bürgerinnen und Bürger", "Wir haben unser Ziel verfehlt",
         "Jetzt beginnt die eigentliche Arbeit", "Die Stichwahl wird spannend"),
        ("das Ergebnis sei vorläufig", "man werde mit allen demokratischen Parteien sprechen",
         "die Beteiligung liege über dem Landesschnitt"),
        ("Die Wahllokale schlossen um 18 Uhr.", "Die Auszählung im Ortsteil {district} zog sich bis nach Mitternacht.",
         "Im Rathaus von {town} verfolgten viele Anhänger die Ergebnisse.",
         "Eine Stichwahl am {date} gilt als wahrscheinlich.",
         "Im Wahllokal in der {school} bildete sich am Mittag eine Schlange.",
         "Die Wahlhelfer zählten in der Turnhalle {at_street} die Stimmzettel aus.",
         "Die Wahlparty der Sieger fand im {inn} statt.",
         "Plakate säumten wochenlang die Ortsdurchfahrt von {town}.",
         "Der neue Rat tritt im {month} zu seiner konstituierenden Sitzung zusammen.",
         "Die Briefwahlunterlagen waren im Rathaus von {town} schon früh vergriffen.",
         "Im Ortsteil {district} lag die Wahlbeteiligung traditionell höher als in der Kernstadt.",
         "Am Wahlabend fiel in einigen Stimmbezirken von {town} kurz das Computersystem aus.",
         "Die Kandidaten hatten sich zuvor bei einem Podium {in:P.dat.def} vorgestellt.",
         "Nach der Auszählung leerte sich der Sitzungssaal im {townadj} Rathaus rasch."),
        ("Kommunalwahl", "Wahlen", "Lokalpolitik")),
}


def _number(rng: random.Random, low: int, high: int) -> int:
    value = rng.randint(low, high)
    digits = len(str(value))
    step = 10 ** max(0, digits - 2)  # round like a reporter: 1.500, not 1.487
    return max(step, value // step * step)


def _de(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def town_adjective(town: str) -> str:
    """Altenbach -> Altenbacher, Neustadt -> Neustädter, Lindenrode -> Lindenroder."""
    if town.endswith("stadt"):
        return town[:-5] + "städter"
    return town + ("r" if town.endswith("e") else "er")


def _slug(text: str) -> str:
    """A web-address form of a name: "TSV Altenbach" -> "tsv-altenbach"."""
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), (" ", "-"), ("&", "und")):
        text = text.lower().replace(a, b)
    return text


# Statement forms that open with a speech verb (the others use laut/zufolge/nach Angaben/so).
SPEECH_VERBS = {2: "erklärte", 6: "bestätigte", 7: "bestritt", 9: "kündigte", 10: "betonte"}
# The mix of sentences: the rest are narrative (topic, names, generic templates, actions).
STATEMENT_SHARE = 0.34  # attributed statements
FIGURE_SHARE = 0.06  # "Insgesamt ..." figures without a speaker
ATTRIBUTE_SHARE = 0.5  # how often a clause-final noun phrase gets an attribute

FIELD = re.compile(r"\{([^{}]+)\}")
GENITIVE_NEXT = re.compile(r" \{[A-Z]\d?\.gen\.")


class Writer:
    """Writes one article; remembers who was introduced so later mentions use the surname, and
    which compound nouns it used, so that it comes back to some of them."""

    def __init__(self, rng: random.Random, topic: Topic, published: date) -> None:
        self.rng, self.topic, self.published = rng, topic, published
        self.people: list[tuple[str, str, str]] = []
        for _ in range(3):
            female = rng.random() < 0.5
            role = rng.choice(topic.roles)[female]
            self.people.append((role, rng.choice(FEMALE if female else MALE), self.surname()))
        self.introduced: set[int] = set()
        self.town = ""
        self.nouns: dict[str, list[Noun]] = {}
        self.places: list[str] = []  # towns named in the article, besides its own

    # -- names ------------------------------------------------------------------------------
    def surname(self) -> str:
        rng = self.rng
        return rng.choice(LAST_PLAIN) if rng.random() < 0.15 else rng.choice(LAST)

    def full_name(self, female: bool) -> str:
        rng = self.rng
        last = self.surname()
        if female and rng.random() < 0.12:
            last += "-" + self.surname()  # a double name
        return f"{rng.choice(FEMALE if female else MALE)} {last}"

    def other_town(self) -> str:
        rng = self.rng
        if self.places and rng.random() < 0.2:
            return rng.choice(self.places)
        town = rng.choice(TOWNS)
        self.places.append(town)
        return town

    def street(self, feminine: bool = False) -> tuple[str, str]:
        """(name, locative): ("Lindenstraße", "in der Lindenstraße"); feminine: a Straße, Gasse or
        Allee, for templates that say "die {street}"."""
        rng = self.rng
        choice = rng.random()
        if choice < 0.12:
            name = f"{town_adjective(self.other_town())} Straße"
            return name, f"in der {name}"
        if choice < 0.22:  # "Anna-Kessler-Straße"
            kind = rng.choice(("straße", "straße", "allee") if feminine else STREET_NAMED)
            name = f"{person_compound(rng)}-{kind.capitalize()}"
            return name, f"{STREET_TYPES[kind]} {name}"
        if choice < 0.4:
            kind = rng.choice(("straße", "allee") if feminine else STREET_NAMED)
            base = rng.choice(FAMOUS) if rng.random() < 0.5 else self.surname()
        else:
            kind = rng.choice(("straße", "gasse", "allee", "halde") if feminine else list(STREET_TYPES))
            base = rng.choice(STREET_NATURE if rng.random() < 0.6 else STREET_TOWN)
        name = base + kind
        return name, f"{STREET_TYPES[kind]} {name}"

    def company(self) -> str:
        rng = self.rng
        if rng.random() < 0.6:
            return f"{rng.choice(COMPANY_KIND)} {self.surname()}"
        return f"Firma {self.surname()} {rng.choice(SECTORS)}"

    def club(self, genitive: bool = False) -> str:
        """"TSV Altenbach", "Musikverein Eschenfeld"; genitive "des Musikvereins Eschenfeld"."""
        rng = self.rng
        place = self.town if rng.random() < 0.6 else self.other_town()
        kind = rng.choice(CLUB_KIND)
        if genitive and kind.endswith(("verein", "club", "chor")):
            kind += "es" if kind.endswith("s") else "s"
        return f"{kind} {place}"

    def school(self) -> str:
        rng = self.rng
        choice = rng.random()
        if choice < 0.5:
            return f"{rng.choice(SCHOOL_KIND)} {self.town}"
        if choice < 0.65:
            return rng.choice(STREET_NATURE + FAMOUS) + "schule"
        if choice < 0.8:
            return f"{person_compound(rng)}-Schule"
        return f"{rng.choice(SCHOOL_KIND)} {self.street()[1].replace('in der', 'an der').replace('im ', 'am ')}"

    # -- nouns ------------------------------------------------------------------------------
    def noun(self, kind: str) -> Noun:
        seen = self.nouns.setdefault(kind, [])
        if seen and self.rng.random() < 0.2:
            return self.rng.choice(seen)  # an article comes back to what it is about
        noun = compound(self.rng, kind, self.nouns.get("P"))
        seen.append(noun)
        return noun

    def phrase(self, noun: Noun, case: str, det: str, flags: set[str], prep: str = "",
               noun_kind: str = "P") -> str:
        """A declined noun phrase: (Sporthalle, dat, def, {a}, "in") -> "in der neuen Sporthalle"."""
        plural = "pl" in flags
        g = SLOT["p" if plural else noun.gender]
        out: list[str] = []
        article = ARTICLE[det][case].split()[g] if det else "-"
        if article != "-":
            out.append(article)
        if "a" in flags or self.rng.random() < 0.2:  # an adjective, declined after the article
            table = WEAK if det in ("def", "dem") else MIXED if article != "-" else STRONG
            choice = self.rng.random()
            if noun_kind in "DGME":
                pool = DOMAIN_ADJECTIVES if choice < 0.35 else ADJECTIVES_BY_KIND[noun_kind]
            else:
                pool = (THING_ADJECTIVES if choice < 0.2 else PARTICIPLES[noun_kind] if choice < 0.4
                        else ADJECTIVES_BY_KIND[noun_kind])
            out.append(self.rng.choice(pool) + table[case].split()[g])
        if "t" in flags:
            out.append(town_adjective(self.town))
        out.append(noun.form(case, plural))
        if prep:
            if out[0] in ("dem", "der", "das") and (prep, out[0]) in CONTRACT:
                out[0] = CONTRACT[prep, out[0]]  # "in dem" -> "im"
            else:
                out.insert(0, prep)
        return " ".join(out)

    # -- templates --------------------------------------------------------------------------
    def fill(self, template: str, capital: bool = True, depth: int = 0) -> str:
        """Fill every {field} of a template; a field named twice gets the same value.

        A noun phrase at the end of a clause (or flagged x) sometimes gets an attribute of its
        own: "die Sporthalle des TSV Altenbach", "der Bebauungsplan für das Gewann Sonnenhalde".
        """
        rng = self.rng
        values: dict[str, str] = {}
        chosen: dict[str, Noun] = {}
        female = rng.random() < 0.5

        def value(field: str, last: bool, end: int) -> str:
            if field in values:
                return values[field]
            prep, _, spec = field.rpartition(":")
            parts = spec.split(".")
            if parts[0][:1] in GROUPS and len(parts) >= 3:
                key = parts[0]
                if key not in chosen and key[0] == "M" and GENITIVE_NEXT.match(template, end):
                    chosen[key] = measure(rng)  # "die Sanierung {P.gen.def}": what is done, and to what
                if key not in chosen:
                    noun = self.noun(key[0])
                    while noun in chosen.values():  # "{P.dat.def} und {P2.dat.def}": two places
                        noun = compound(rng, key[0], self.nouns.get("P"))
                    chosen[key] = noun
                out = self.phrase(chosen[key], parts[1], parts[2], set(parts[3:]), prep, key[0])
                if (last or "x" in parts) and depth == 0 and rng.random() < ATTRIBUTE_SHARE:
                    out += " " + self.fill(rng.choice(ATTRIBUTES[key[0]]), capital=False, depth=1)
            elif field == "town":
                out = self.town
            elif field == "townadj":
                out = town_adjective(self.town)
            elif field in ("town2adj", "town3adj"):
                town = self.other_town()
                while town_adjective(town) in values.values() or town == self.town:
                    town = rng.choice(TOWNS)
                out = town_adjective(town)
            elif field in ("town2", "town3", "town4", "district"):
                out = self.other_town()
                while out in values.values() or out == self.town:  # three different places
                    out = rng.choice(TOWNS)
            elif field in ("street", "street2"):
                out = self.street(feminine=True)[0]
            elif field == "at_street":
                out = self.street()[1]
            elif field in ("knum", "lnum"):  # a district or state road: "K 2145", "L 1103"
                out = str(rng.randint(1000, 9999) if field == "lnum" else rng.randint(100, 9999))
            elif field == "towngen":  # "Altenbachs"
                out = self.town + ("'" if self.town.endswith(("s", "ß", "x", "z")) else "s")
            elif field == "hnr":
                out = str(rng.randint(1, 120)) + ("a" if rng.random() < 0.1 else "")
            elif field == "area":
                out = rng.choice(AREA_FIRST) + rng.choice(AREA_LAST)
            elif field == "river":
                out = rng.choice(RIVER_STEMS) + "bach"
            elif field == "church":
                out = rng.choice(SAINTS) + rng.choice(("kirche", "kirche", "kapelle"))
            elif field == "inn":
                out = f"{rng.choice(INN_KIND)} {rng.choice(INN_SIGN)}"
            elif field == "company":
                out = self.company()
            elif field in ("club", "club_gen"):
                out = self.club(field == "club_gen")
            elif field == "sportclub":
                out = f"{rng.choice(SPORT_CLUBS)} {self.other_town()}"
            elif field == "school":
                out = self.school()
            elif field in ("surname", "surname2", "surname3"):
                out = self.surname()
            elif field == "person":
                out = self.full_name(female)
            elif field in ("person2", "person3"):
                out = self.full_name(rng.random() < 0.5)
            elif field in ("personF", "personM"):
                out = self.full_name(field == "personF")
            elif field == "who":
                out = f"{rng.choice(PEOPLE_ROLES)[female]} {self.full_name(female)}"
            elif field == "job":
                out = rng.choice(JOBS)[female]
            elif field == "sein":
                out = "ihr" if female else "sein"
            elif field == "Derdie":
                out = "Die" if female else "Der"
            elif field == "age":
                out = f"{rng.randint(19, 92)}-Jährige"
            elif field == "weekday":
                out = rng.choice(WEEKDAYS)
            elif field == "month":
                out = rng.choice(MONTHS)
            elif field in ("date", "pastdate", "dated"):  # "14. März", "Mittwoch, 14. März"
                ahead = rng.randint(-40, -1) if field == "pastdate" else rng.randint(2, 60)
                day = self.published + timedelta(days=ahead)
                out = f"{day.day}. {MONTHS[day.month - 1]}"
                if field == "dated":
                    out = f"{WEEKDAYS[day.weekday()]}, {out}"
            elif field == "nextyear":
                out = str(self.published.year + rng.randint(1, 4))
            elif field == "year":
                out = str(rng.randint(1995, self.published.year))
            elif field == "oldyear":
                out = str(rng.randint(1870, 1999))
            elif field == "oldyear2":
                out = str(rng.randint(1100, 1650))
            elif field in ("time", "time2"):
                out = f"{rng.randint(7, 21)}.{rng.choice(('00', '15', '30', '45'))}"
            elif field == "time_when":
                out = self.fill(rng.choice(TIMES), capital=False)
            elif field == "phone":
                out = f"0{rng.randint(20, 9999)} {rng.randint(10000, 9999999)}"
            elif field == "web":
                out = f"www.{_slug(rng.choice((self.town, self.club(), 'stadtwerke ' + self.town)))}.de"
            elif field == "mail":
                desk = rng.choice(("info", "buergerbuero", "rathaus", "stadtverwaltung", "kontakt", "service"))
                out = f"{desk}@{_slug(self.town)}.de"
            elif field == "mood":
                out = rng.choice(MOODS)
            else:
                raise KeyError(f"unknown template field {{{field}}}")
            values[field] = out
            return out

        text = FIELD.sub(lambda m: value(m.group(1), template[m.end():m.end() + 1] in ".,", m.end()), template)
        return text[:1].upper() + text[1:] if capital else text

    def action(self) -> str:
        """A narrative sentence from parts: actor, verb, object, place and time."""
        rng = self.rng
        kinds, sg, pl, participle, *particle = rng.choice(ACTIONS)
        kind = rng.choice(kinds)
        actor, plural, _ = rng.choice([a for a in ACTORS if kind in a[2]])
        verb = pl if plural else sg
        place, when = rng.choice(PAPER_PLACES if kind == "D" else PLACES), rng.choice(TIMES)
        adjunct = rng.choice(ADJUNCTS.get(kind, ADJUNCTS["P"])) if rng.random() < 0.4 else ""
        tail = f" {particle[0]}" if particle else ""
        # the object may have an attribute when nothing else follows it
        det, adjective = rng.choice(("def", "def", "indef", "dem")), rng.choice(("", ".a", ".t"))
        obj = f"{{{kind}.acc.{det}{adjective}{'' if place or adjunct else '.x'}}}"
        form = rng.random()
        if form < 0.3:
            sentence = f"{actor} {verb} {when} {obj} {place} {adjunct}{tail}."
        elif form < 0.55:
            sentence = f"{when} {verb} {actor} {obj} {place} {adjunct}{tail}."
        elif form < 0.75:
            many = rng.random() < 0.25
            subject = f"{{{kind}.nom.def{'.pl' if many else ''}{rng.choice(('', '.a', '.t'))}}}"
            sentence = f"{subject} {place} {'wurden' if many else 'wurde'} {when} {adjunct} {participle}."
        elif form < 0.9:
            sentence = f"{actor} {'haben' if plural else 'hat'} {when} {obj} {place} {adjunct} {participle}."
        else:
            subject = f"{{{kind}.nom.def{rng.choice(('', '.a', '.t'))}}}"
            sentence = f"{rng.choice(LATER)} soll {subject} {place} {adjunct} {participle} werden."
        return self.fill(re.sub(" +", " ", sentence).replace(" .", "."))

    # -- statements -------------------------------------------------------------------------
    def person(self) -> str:
        n = self.rng.randrange(len(self.people))
        role, first, last = self.people[n]
        if n in self.introduced:
            return last
        self.introduced.add(n)
        return f"{role} {first} {last}"

    def when(self, day_only: bool = False) -> str:
        rng = self.rng
        choice = rng.random()
        if day_only and 0.7 <= choice < 0.8:
            choice = 0.5  # "sagte X ab Mai" is not German
        if choice < 0.45:
            return ""
        if choice < 0.7:
            return f" am {rng.choice(WEEKDAYS)}"
        if choice < 0.8:
            return f" ab {rng.choice(MONTHS)}"
        day = self.published - timedelta(days=rng.randint(0, 20))
        return f" am {day.day}. {MONTHS[day.month - 1]} {day.year}"

    def figure(self, event: Event) -> str:
        rng, unit = self.rng, self.rng.choice(event.units)
        if unit in PLACED_UNITS and rng.random() < 0.5:  # "rund 500 Menschen im Ortsteil Unterlinden"
            unit += " " + self.fill(rng.choice(FIGURE_PLACES), capital=False)
        low = _number(rng, *event.size)
        if rng.random() < 0.2:
            high = _number(rng, low + low // 10 + 1, low + low // 3 + 10)
            return f"zwischen {_de(low)} und {_de(high)} {unit}"
        hedge = rng.choice(HEDGES)
        if low >= 1_000_000:  # "64 Millionen Euro", as a reporter writes it
            return f"{hedge} {low / 1_000_000:g} Millionen {unit}".replace(".", ",").strip()
        return f"{hedge} {_de(low)} {unit}".strip()

    def event(self, template: str, event: Event) -> str:
        text = template.format(fig=self.figure(event), when=self.when())
        return self.fill(text, capital=False) if "{" in text else text

    def statement(self) -> str:
        rng, t = self.rng, self.topic
        event = rng.choice(t.events)
        source = rng.choice(t.sources)
        form = rng.randrange(14)
        quotes = t.quotes if rng.random() < 0.5 else tuple(self.fill(q) for q in rng.sample(QUOTES_ANY, 2))
        reported = rng.choice(t.reported) if rng.random() < 0.5 else self.fill(rng.choice(REPORTED_ANY), capital=False)
        if form >= 11:  # a voice from the street: a one-off speaker
            vox = self.fill(rng.choice(QUOTES_VOX))
            return f"„{vox}“, {'sagt' if form == 12 else 'sagte'} {self.fill('{who}')}."
        if form == 0:
            return f"„{rng.choice(quotes)}“, sagte {self.person()}{self.when(day_only=True)}."
        if form == 1:
            first, second = rng.sample(quotes, 2)
            return f"„{first}. {second}“, erklärte {self.person()}."
        intro = self.fill(rng.choice(INTROS)) if rng.random() < 0.55 else ""
        if form in SPEECH_VERBS:
            # "X erklärte, dass ..." or, after an intro, "Zum Verkehrsplan erklärte X, dass ..."
            verb = SPEECH_VERBS[form]
            person = self.person()
            when = self.when(day_only=True) if form in (6, 9) else ""
            said = f"{intro} {verb} {person}{when}" if intro else f"{person} {verb}{when}"
            if form == 9:
                return f"{said} an, {reported}. Demnach {self.event(event.konj, event)}."
            if form == 10:
                return f"{said}, {reported}."
            return f"{said}, dass {self.event(event.sub, event)}."
        if form == 3:
            return f"Laut {source[0]} {self.event(event.v2, event)}."
        if form == 4:
            return f"{source[1][0].upper()}{source[1][1:]} zufolge {self.event(event.konj, event)}."
        if form == 5:
            return f"Nach Angaben {source[2]} {self.event(event.v2, event)}."
        return f"Inzwischen {self.event(event.konj, event)}, so {self.person()}."

    def sentence(self) -> str:
        rng, choice = self.rng, self.rng.random()
        if choice < STATEMENT_SHARE:
            return self.statement()
        if choice < STATEMENT_SHARE + FIGURE_SHARE:  # the article's own figure, no speaker
            event = rng.choice(self.topic.events)
            return f"Insgesamt {self.event(event.v2, event)}."
        choice = rng.random()  # a plain narrative sentence
        if choice < 0.11:
            return self.fill(rng.choice(self.topic.narrative))
        if choice < 0.36:
            return self.fill(rng.choice(NAMES))
        if choice < 0.65:
            return self.fill(rng.choices(GENERIC, GENERIC_WEIGHTS)[0])
        return self.action()

    def article(self, town: str) -> tuple[str, str]:
        """(headline, full text), 150-400 words."""
        rng = self.rng
        self.town = town
        headline = self.fill(rng.choice(self.topic.headlines))
        furniture = [headline, "Kommentar verfassen", "Nach oben", "- Themen:",
                     *(f"- #{tag}" for tag in self.topic.tags)] if rng.random() < 0.35 else []
        limit = 400 - len(headline.split()) - sum(len(line.split()) for line in furniture)
        target = min(int(rng.triangular(150, 400, 320)), limit) - len(headline.split())
        paragraphs: list[str] = []
        said: set[str] = set()
        words = 0
        full = False
        while words < target and not full:
            if paragraphs and rng.random() < 0.12 and words + 20 < target:  # a subheading, then more text
                subheading = rng.choice(self.topic.tags) + f" in {town}" if rng.random() < 0.5 else \
                    self.fill(rng.choice(SUBHEADINGS))
                paragraphs.append(subheading)
                words += len(subheading.split())
            sentences: list[str] = []
            count = rng.randint(2, 5)
            while len(sentences) < count and words < target:
                sentence = self.sentence()
                size = len(sentence.split())
                if words + size > limit:
                    full = True
                    break
                if sentence not in said:  # an article does not say the same thing twice
                    said.add(sentence)
                    sentences.append(sentence)
                    words += size
            if not sentences:
                break
            paragraphs.append(" ".join(sentences))
        return headline, "\n\n".join([headline, *paragraphs, *furniture]) + "\n"




def generate(folder: Path, articles: int, seed: int) -> list[str]:
    """Write `articles` articles and manifest.csv into `folder`; return the article texts."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    texts: list[str] = []
    rows: list[tuple[str, str]] = []
    for n in range(articles):
        name = rng.choice(list(TOPICS))
        published = date(2024, 1, 1) + timedelta(days=rng.randint(0, 365))
        _, text = Writer(rng, TOPICS[name], published).article(rng.choice(TOWNS))
        path = f"{n:05d}_{name}.txt"
        (folder / path).write_text(text, encoding="utf-8")
        texts.append(text)
        rows.append((path, published.isoformat()))
    with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["path", "published"])
        writer.writerows(rows)
    return texts


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    texts = generate(args.out, args.articles, args.seed)
    print(f"{len(texts)} articles, {sum(len(t.split()) for t in texts)} words in {args.out}")
