"""A synthetic German news corpus for benchmarks: deterministic from a seed.

Every word list and template below was written for this benchmark; no article text is
copied from anywhere. Articles are 150-400 words: a headline, body paragraphs that mix
attributed statements of many forms („…“, sagte X. / X erklärte, dass … / Laut X … /
X zufolge … Konjunktiv / Nach Angaben des … / X bestätigte, bestritt …) with hedged figures,
dates and plain narrative sentences, and in some articles page furniture (comment form,
"Nach oben", a "- Themen:" tag list, the headline repeated).

    python benchmarks/corpus.py OUT_DIR [--articles N] [--seed S]
"""

from __future__ import annotations

import argparse
import csv
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

# Place names, surnames and compound nouns are put together from parts, so that the corpus
# has hundreds of distinct names and compounds instead of a dozen (spaCy's tokenizer caches
# what it has seen: a tiny vocabulary would flatter it).
TOWNS = [a + b for a in ("Alten", "Neu", "Ober", "Unter", "Kirch", "Mühl", "Linden", "Eschen", "Birken", "Tannen",
                         "Rosen", "Stein", "Wald", "Hohen", "Sand", "Fichten", "Weiden", "Buchen", "Erlen", "Hasel")
         for b in ("bach", "dorf", "hausen", "heim", "feld", "weiler", "au", "brück", "tal", "furt", "stadt",
                   "hagen", "ried", "moor", "rode", "born")]
FEMALE = ["Anna", "Katrin", "Julia", "Petra", "Sabine", "Miriam", "Claudia", "Heike"]
MALE = ["Thomas", "Michael", "Stefan", "Andreas", "Jonas", "Lukas", "Tobias", "Florian"]
LAST = ["Brenner", "Kessler", "Vogt", "Hartmann", "Seidel", "Lorenz", "Winkler", "Roth", "Busch", "Haller",
        "Pohl", "Engel", "Kunze", "Straub", "Falk", "Reuter"] + [
    a + b for a in ("Hof", "Lang", "Hart", "Stein", "Wend", "Bau", "Kram", "Holz", "Reich", "Berg", "Feld", "Brück")
    for b in ("mann", "er", "inger", "bauer", "meier", "hofer", "huber", "ner")]
# Compound nouns by gender: first parts x second parts.
HEADS = ("Hochwasser", "Haushalts", "Streik", "Wahl", "Grenz", "Stadt", "Landes", "Verkehrs", "Schul", "Energie",
         "Gesundheits", "Sicherheits", "Wohnungs", "Umwelt", "Rettungs", "Bürger", "Finanz", "Hafen", "Klinik", "Sport")
COMPOUNDS = {"der": ("plan", "bericht", "ausschuss", "beirat", "fonds", "entwurf"),
             "die": ("debatte", "reform", "kommission", "vorlage", "strategie", "prüfung"),
             "das": ("gesetz", "konzept", "paket", "programm", "gutachten", "projekt")}
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
HEDGES = ["etwa", "rund", "mehr als", "knapp", "fast", "mindestens", "über", "bis zu", "weniger als", ""]
# Narrative sentences any topic can use: no speaker, no cue.
GENERIC = ("Die Lage in {town} blieb auch am {weekday} unübersichtlich.", "Anwohner berichteten von langen Wartezeiten.",
           "Eine Entscheidung wird frühestens im {month} erwartet.", "Der Stadtrat will am {weekday} erneut beraten.",
           "Für das Wochenende ist keine Besserung in Sicht.", "Viele Geschäfte in der Innenstadt blieben geschlossen.",
           "In den sozialen Netzwerken wurde die Lage heftig diskutiert.", "Bereits im {month} hatte es erste Warnungen gegeben.",
           "{Det} {compound} soll bis {month} vorliegen.", "Über {det} {compound} wird seit Wochen gestritten.",
           "{Det} {compound} war schon im {month} Thema im Rat von {town}.")


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
    narrative: tuple[str, ...]
    tags: tuple[str, ...]


TOPICS = {
    "flood": Topic(
        ("Hochwasser in {town}: Lage bleibt angespannt", "Pegel steigt weiter – {town} räumt Ortsteile",
         "Nach dem Starkregen: {town} zieht Bilanz"),
        (("Landrat", "Landrätin"), ("Bürgermeister", "Bürgermeisterin"), ("Kreisbrandmeister", "Kreisbrandmeisterin"),
         ("Feuerwehrsprecher", "Feuerwehrsprecherin"), ("Einsatzleiter", "Einsatzleiterin")),
        (("Polizei", "der Polizei", "der Polizei"), ("Landratsamt", "dem Landratsamt", "des Landratsamts"),
         ("Feuerwehr", "der Feuerwehr", "der Feuerwehr"), ("Wetterdienst", "dem Wetterdienst", "des Wetterdienstes")),
        (Event(("Menschen", "Bewohner", "Anwohner"), (200, 5000), "mussten{when} {fig} ihre Wohnungen verlassen",
               "{fig}{when} ihre Wohnungen verlassen mussten", "hätten{when} {fig} ihre Wohnungen verlassen müssen"),
         Event(("Einsatzkräfte", "Helfer"), (100, 2500), "waren{when} {fig} im Einsatz",
               "{fig}{when} im Einsatz waren", "seien{when} {fig} im Einsatz gewesen"),
         Event(("Keller", "Häuser", "Gebäude"), (50, 1200), "stehen{when} {fig} unter Wasser",
               "{fig}{when} unter Wasser stehen", "stünden{when} {fig} unter Wasser")),
        ("Die Lage ist ernst, aber wir haben sie im Griff", "Wir rechnen in der Nacht mit einem weiteren Anstieg",
         "Niemand sollte jetzt an die Ufer gehen", "Die Deiche halten bisher, doch sie sind stark durchnässt"),
        ("man werde die Lage am Abend neu bewerten", "die Sandsäcke reichten vorerst aus",
         "die Schulen blieben bis auf Weiteres geschlossen"),
        ("Der Fluss war nach tagelangem Regen über die Ufer getreten.", "Mehrere Straßen sind gesperrt.",
         "Auf dem Marktplatz stapeln sich die Sandsäcke.", "Am Nachmittag ließ der Regen etwas nach."),
        ("Hochwasser", "Unwetter", "Katastrophenschutz")),
    "strike": Topic(
        ("Warnstreik legt {town} lahm", "Busse bleiben im Depot: Streik in {town}", "Tarifstreit in {town} eskaliert"),
        (("Gewerkschaftssekretär", "Gewerkschaftssekretärin"), ("Verhandlungsführer", "Verhandlungsführerin"),
         ("Personalrat", "Personalrätin"), ("Betriebsratschef", "Betriebsratschefin"), ("Pressesprecher", "Pressesprecherin")),
        (("Gewerkschaft", "der Gewerkschaft", "der Gewerkschaft"), ("Verkehrsbetrieben", "den Verkehrsbetrieben",
         "der Verkehrsbetriebe"), ("Arbeitgeberverband", "dem Arbeitgeberverband", "des Arbeitgeberverbands")),
        (Event(("Beschäftigte", "Streikende", "Menschen"), (300, 15000), "beteiligten sich{when} {fig} an dem Ausstand",
               "sich{when} {fig} an dem Ausstand beteiligten", "hätten sich{when} {fig} an dem Ausstand beteiligt"),
         Event(("Fahrten", "Verbindungen"), (100, 3000), "fielen{when} {fig} aus",
               "{fig}{when} ausfielen", "seien{when} {fig} ausgefallen"),
         Event(("Euro",), (150, 600), "fordert die Gewerkschaft{when} {fig} mehr im Monat",
               "die Gewerkschaft{when} {fig} mehr im Monat fordert", "fordere die Gewerkschaft{when} {fig} mehr im Monat")),
        ("Wir lassen uns nicht länger hinhalten", "Das Angebot der Arbeitgeber ist eine Zumutung",
         "Wenn sich nichts bewegt, war das nicht der letzte Streik", "Wir sind jederzeit gesprächsbereit"),
        ("man sei zu weiteren Gesprächen bereit", "ein neues Angebot liege bereits vor",
         "die Forderungen seien nicht finanzierbar"),
        ("Vor dem Rathaus versammelten sich die Streikenden mit Fahnen und Trillerpfeifen.",
         "Die Kitas der Stadt blieben geschlossen.", "Viele Pendler stiegen auf das Fahrrad um.",
         "Die nächste Verhandlungsrunde ist für Ende des Monats angesetzt."),
        ("Tarifstreit", "Warnstreik", "Nahverkehr")),
    "budget": Topic(
        ("Haushalt in {town}: Loch in der Kasse", "{town} muss sparen", "Streit um den Haushalt in {town}"),
        (("Kämmerer", "Kämmerin"), ("Oberbürgermeister", "Oberbürgermeisterin"), ("Fraktionschef", "Fraktionschefin"),
         ("Stadtrat", "Stadträtin"), ("Finanzdezernent", "Finanzdezernentin")),
        (("Stadtverwaltung", "der Stadtverwaltung", "der Stadtverwaltung"), ("Finanzministerium", "dem Finanzministerium",
         "des Finanzministeriums"), ("Rechnungshof", "dem Rechnungshof", "des Rechnungshofs")),
        (Event(("Euro",), (2_000_000, 90_000_000), "fehlen{when} {fig} im Haushalt",
               "{fig}{when} im Haushalt fehlen", "fehlten{when} {fig} im Haushalt"),
         Event(("Stellen",), (20, 400), "sollen{when} {fig} wegfallen", "{fig}{when} wegfallen sollen",
               "sollten{when} {fig} wegfallen"),
         Event(("Projekte", "Vorhaben"), (5, 60), "werden{when} {fig} verschoben", "{fig}{when} verschoben werden",
               "würden{when} {fig} verschoben")),
        ("Wir können nur ausgeben, was wir einnehmen", "Dieser Haushalt ist ehrlich, aber schmerzhaft",
         "Bei den Schulen wird nicht gespart", "Die Rücklagen sind aufgebraucht"),
        ("die Grundsteuer werde nicht erhöht", "man habe alle Ausgaben geprüft",
         "der Entwurf sei mit dem Land abgestimmt"),
        ("Der Stadtrat berät den Entwurf in seiner nächsten Sitzung.", "Die Opposition kündigte Widerstand an.",
         "Schon im vergangenen Jahr war der Haushalt nur knapp ausgeglichen.", "Die Sitzung dauerte bis in den Abend."),
        ("Haushalt", "Kommunalpolitik", "Finanzen")),
    "troops": Topic(
        ("Truppen an der Grenze: {town} in Sorge", "Manöver nahe {town} sorgt für Unruhe",
         "Verteidigungsministerium verlegt Einheiten"),
        (("Verteidigungsminister", "Verteidigungsministerin"), ("Militärsprecher", "Militärsprecherin"),
         ("Generalinspekteur", "Generalinspekteurin"), ("Regierungssprecher", "Regierungssprecherin")),
        (("Ministerium", "dem Ministerium", "des Ministeriums"), ("Geheimdienst", "dem Geheimdienst",
         "des Geheimdienstes"), ("Armee", "der Armee", "der Armee")),
        (Event(("Soldaten",), (1000, 40000), "wurden{when} {fig} in die Region verlegt",
               "{fig}{when} in die Region verlegt wurden", "seien{when} {fig} in die Region verlegt worden"),
         Event(("Panzer", "Fahrzeuge"), (20, 800), "stehen{when} {fig} bereit", "{fig}{when} bereitstehen",
               "stünden{when} {fig} bereit"),
         Event(("Verletzte", "Tote"), (10, 900), "gab es{when} {fig}", "es{when} {fig} gab", "habe es{when} {fig} gegeben")),
        ("Wir beobachten die Bewegungen sehr genau", "Es gibt keinen Grund zur Panik",
         "Unsere Truppen sind auf alles vorbereitet", "Diese Verlegung ist eine Provokation"),
        ("die Übung sei lange geplant gewesen", "man stehe in engem Kontakt mit den Verbündeten",
         "es gebe keine Hinweise auf einen Angriff"),
        ("Seit Wochen wachsen die Spannungen in der Region.", "Satellitenbilder zeigen neue Lager.",
         "Die Verbündeten wollen am Wochenende beraten.", "Die Grenzübergänge bleiben vorerst geöffnet."),
        ("Sicherheitspolitik", "Militär", "Grenze")),
    "election": Topic(
        ("Wahl in {town}: knappes Rennen", "{town} hat gewählt", "Neue Mehrheit im Rat von {town}"),
        (("Wahlleiter", "Wahlleiterin"), ("Spitzenkandidat", "Spitzenkandidatin"), ("Parteichef", "Parteichefin"),
         ("Bürgermeisterkandidat", "Bürgermeisterkandidatin"), ("Politikwissenschaftler", "Politikwissenschaftlerin")),
        (("Wahlleitung", "der Wahlleitung", "der Wahlleitung"), ("Wahlamt", "dem Wahlamt", "des Wahlamts"),
         ("Meinungsforschern", "den Meinungsforschern", "der Meinungsforscher")),
        (Event(("Wähler", "Wahlberechtigte"), (2000, 90000), "gaben{when} {fig} ihre Stimme ab",
               "{fig}{when} ihre Stimme abgaben", "hätten{when} {fig} ihre Stimme abgegeben"),
         Event(("Briefwähler",), (500, 20000), "stimmten{when} {fig} per Brief ab", "{fig}{when} per Brief abstimmten",
               "hätten{when} {fig} per Brief abgestimmt"),
         Event(("Stimmen",), (50, 3000), "fehlten der Kandidatin{when} {fig} zur Mehrheit",
               "der Kandidatin{when} {fig} zur Mehrheit fehlten", "hätten der Kandidatin{when} {fig} zur Mehrheit gefehlt")),
        ("Das ist ein klarer Auftrag der Bürgerinnen und Bürger", "Wir haben unser Ziel verfehlt",
         "Jetzt beginnt die eigentliche Arbeit", "Die Stichwahl wird spannend"),
        ("das Ergebnis sei vorläufig", "man werde mit allen demokratischen Parteien sprechen",
         "die Beteiligung liege über dem Landesschnitt"),
        ("Die Wahllokale schlossen um 18 Uhr.", "Die Auszählung zog sich bis nach Mitternacht.",
         "Im Rathaus verfolgten Dutzende Anhänger die Ergebnisse.", "Eine Stichwahl gilt als wahrscheinlich."),
        ("Kommunalwahl", "Wahlen", "Lokalpolitik")),
}


def _number(rng: random.Random, low: int, high: int) -> int:
    value = rng.randint(low, high)
    digits = len(str(value))
    step = 10 ** max(0, digits - 2)  # round like a reporter: 1.500, not 1.487
    return max(step, value // step * step)


def _de(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class Writer:
    """Writes one article; remembers who was introduced so later mentions use the surname."""

    def __init__(self, rng: random.Random, topic: Topic, published: date) -> None:
        self.rng, self.topic, self.published = rng, topic, published
        self.people: list[tuple[str, str, str]] = []
        for _ in range(3):
            female = rng.random() < 0.5
            role = rng.choice(topic.roles)[female]
            self.people.append((role, rng.choice(FEMALE if female else MALE), rng.choice(LAST)))
        self.introduced: set[int] = set()
        self.town = ""

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
        low = _number(rng, *event.size)
        if rng.random() < 0.2:
            high = _number(rng, low + low // 10 + 1, low + low // 3 + 10)
            return f"zwischen {_de(low)} und {_de(high)} {unit}"
        hedge = rng.choice(HEDGES)
        if low >= 1_000_000:  # "64 Millionen Euro", as a reporter writes it
            return f"{hedge} {low / 1_000_000:g} Millionen {unit}".replace(".", ",").strip()
        return f"{hedge} {_de(low)} {unit}".strip()

    def fill(self, template: str, event: Event) -> str:
        return template.format(fig=self.figure(event), when=self.when())

    def statement(self) -> str:
        rng, t = self.rng, self.topic
        event = rng.choice(t.events)
        source = rng.choice(t.sources)
        form = rng.randrange(11)
        if form == 0:
            return f"„{rng.choice(t.quotes)}“, sagte {self.person()}{self.when(day_only=True)}."
        if form == 1:
            first, second = rng.sample(t.quotes, 2)
            return f"„{first}. {second}“, erklärte {self.person()}."
        if form == 2:
            return f"{self.person()} erklärte, dass {self.fill(event.sub, event)}."
        if form == 3:
            return f"Laut {source[0]} {self.fill(event.v2, event)}."
        if form == 4:
            return f"{source[1][0].upper()}{source[1][1:]} zufolge {self.fill(event.konj, event)}."
        if form == 5:
            return f"Nach Angaben {source[2]} {self.fill(event.v2, event)}."
        if form == 6:
            return f"{self.person()} bestätigte{self.when(day_only=True)}, dass {self.fill(event.sub, event)}."
        if form == 7:
            return f"{self.person()} bestritt, dass {self.fill(event.sub, event)}."
        if form == 8:
            return f"Inzwischen {self.fill(event.konj, event)}, so {self.person()}."
        if form == 9:
            return f"{self.person()} kündigte{self.when(day_only=True)} an, {rng.choice(t.reported)}. Demnach {self.fill(event.konj, event)}."
        return f"{self.person()} betonte, {rng.choice(t.reported)}."

    def sentence(self) -> str:
        rng, choice = self.rng, self.rng.random()
        if choice < 0.6:
            return self.statement()
        if choice < 0.7:  # the article's own figure, no speaker
            event = rng.choice(self.topic.events)
            return f"Insgesamt {self.fill(event.v2, event)}."
        if choice < 0.85:
            return rng.choice(self.topic.narrative)
        det = rng.choice(list(COMPOUNDS))
        compound = rng.choice(HEADS) + rng.choice(COMPOUNDS[det])
        return rng.choice(GENERIC).format(town=self.town, weekday=rng.choice(WEEKDAYS), month=rng.choice(MONTHS),
                                          det=det, Det=det.capitalize(), compound=compound)

    def article(self, town: str) -> tuple[str, str]:
        """(headline, full text)."""
        rng = self.rng
        self.town = town
        headline = rng.choice(self.topic.headlines).format(town=town)
        target = rng.randint(150, 400)
        paragraphs: list[str] = []
        words = len(headline.split())
        while words < target:
            sentences: list[str] = []
            count = rng.randint(2, 4)
            while len(sentences) < count:
                sentence = self.sentence()
                if sentence not in sentences:  # a paragraph does not say the same thing twice
                    sentences.append(sentence)
            paragraph = " ".join(sentences)
            paragraphs.append(paragraph)
            words += len(paragraph.split())
            if rng.random() < 0.1:
                paragraphs.append(rng.choice(self.topic.tags) + f" in {town}")  # a subheading
        lines = [headline, *paragraphs]
        if rng.random() < 0.35:  # page furniture
            lines += [headline, "Kommentar verfassen", "Nach oben",
                      "- Themen:", *(f"- #{tag}" for tag in self.topic.tags)]
        return headline, "\n\n".join(lines) + "\n"


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
