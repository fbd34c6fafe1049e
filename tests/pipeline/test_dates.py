from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import body

TUESDAY = date(2024, 10, 22)


def values(doc):
    return [(d.text, d.value, d.granularity, d.relative) for d in doc._.ct_dates]


@pytest.mark.parametrize(
    "sentence, value, granularity",
    [
        ("Er sprach am Montag.", "2024-10-21", "day"),
        ("Er sprach am Dienstag.", "2024-10-22", "day"),  # the published day itself
        ("Er sprach am Freitag.", "2024-10-18", "day"),
        ("Sie kämpfen ab November.", "2024-11", "month"),
        ("Im Juni unterzeichneten beide den Vertrag.", "2024-06", "month"),
        ("Das Treffen war am 18. Oktober 2024.", "2024-10-18", "day"),
        ("Das Treffen war am 3. Oktober.", "2024-10-03", "day"),
        ("Gestern blieb es ruhig.", "2024-10-21", "day"),
        ("Die Frist endet am 01.12.2024.", "2024-12-01", "day"),
        # "bis"/"ab" look ahead, unless the sentence tells of the past
        ("Die Straße bleibt bis Freitag gesperrt.", "2024-10-25", "day"),
        ("Ab Montag fahren wieder Busse.", "2024-10-28", "day"),
        ("Die Straße war bis Freitag gesperrt.", "2024-10-18", "day"),
        # "für", "bis einschließlich" and a clause in the future look ahead too; a clause
        # before or after the future one does not
        ("Der Wetterdienst warnte für Freitag vor Sturm.", "2024-10-25", "day"),
        ("Die Linie fällt bis einschließlich Sonntag aus.", "2024-10-27", "day"),
        ("Er wird am Donnerstag operiert, sagte der Arzt.", "2024-10-24", "day"),
        ("Wie die Polizei am Montag mitteilte, wird die Straße gesperrt.", "2024-10-21", "day"),
        ("Am Donnerstag wurde er operiert, sagte der Arzt.", "2024-10-17", "day"),
        # the day before the article's, not before another day
        ("Am Vortag hatte die Behörde noch von 87 Toten gesprochen.", "2024-10-21", "day"),
        # a year after its opener, also opening the sentence in capitals
        ("Im Jahr 2019 wurde die Brücke gebaut.", "2019", "year"),
        ("Seit 2020 fährt dort kein Zug.", "2020", "year"),
        ("Die Halle entstand Anfang 2008.", "2008", "year"),
        ("Im Sommer 2023 brannte der Wald.", "2023", "year"),
        # a year named relative to the published one
        ("Im vergangenen Jahr brannte der Wald.", "2023", "year"),
        ("Der Wald soll im kommenden Jahr aufgeforstet werden.", "2025", "year"),
        ("Die Zahl stieg bis Ende vergangenen Jahres.", "2023", "year"),
        # a bare year before a lower-case word or a mark
        ("2021 wurde die Schule saniert.", "2021", "year"),
        ("Die Miete war 2019 niedriger.", "2019", "year"),
        # months and weeks relative to the published one; weeks as ISO weeks (2024-10-22 is in W43)
        ("Letzten Monat schloss die Bäckerei.", "2024-09", "month"),
        ("Der Tunnel soll im nächsten Monat öffnen.", "2024-11", "month"),
        ("Vergangene Woche brannte eine Scheune.", "2024-W42", "week"),
        ("In der kommenden Woche tagt der Rat.", "2024-W44", "week"),
        ("Die Messe endet in dieser Woche.", "2024-W43", "week"),
        # a weekend: the last one on or before the published date, or the one after it
        ("Am Wochenende kamen viele Gäste.", "2024-W42", "week"),
        ("Am kommenden Wochenende spielt die Band.", "2024-W43", "week"),
        # on a weekday the last weekend is the past one
        ("Am vergangenen Wochenende kamen viele Gäste.", "2024-W42", "week"),
    ],
)
def test_dates_resolves_against_published(doc_of, sentence, value, granularity):
    found = values(doc_of(body(sentence), TUESDAY))
    assert [(v, g) for _, v, g, _ in found] == [(value, granularity)]


def test_dates_weekday_without_published_date_stays_unresolved(doc_of):
    found = values(doc_of(body("Der Streik begann am Freitag."), None))
    assert found == [("am Freitag", None, "day", True)]


def test_dates_never_reads_articles_or_prepositions_as_dates(doc_of):
    # dateparser.search_dates reads "Die" as Dienstag and "mit 1" as a date
    doc = doc_of(body("Die Polizei kam mit 1 Wagen. Die Feuerwehr half."), TUESDAY)
    assert values(doc) == []


def test_dates_a_number_after_von_counts_people_not_a_year(doc_of):
    assert values(doc_of(body("Die Zahl stieg von 2000 Menschen auf 3000."), TUESDAY)) == []


def test_dates_a_month_relative_to_january_is_in_the_year_before(doc_of):
    found = values(doc_of(body("Im vergangenen Monat fiel viel Schnee."), date(2025, 1, 10)))
    assert found == [("Im vergangenen Monat", "2024-12", "month", True)]


@pytest.mark.parametrize("published, sentence, value", [
    # a month ahead of a forward-looking "ab" is next year's, one behind "vom" or a past
    # tense last year's; otherwise the nearest
    (date(2025, 6, 10), "Ab Januar gilt die neue Regel.", "2026-01"),
    (date(2025, 6, 10), "Ab Januar galt die neue Regel.", "2025-01"),
    (date(2025, 2, 17), "Die Zahlen vom Dezember zeigen einen Anstieg.", "2024-12"),
    (date(2025, 2, 17), "Am 13. Dezember hatte der Minister einen Anstieg erwartet.", "2024-12-13"),
    (date(2025, 2, 17), "Im März soll die Regel gelten.", "2025-03"),
    (date(2026, 12, 10), "Ab dem 1. Januar gilt die neue Regel.", "2027-01-01"),
    (date(2026, 7, 10), "Bis Juni gilt die alte Regel.", "2027-06"),
    # with no such word, the nearest: months ago rather than most of a year ahead
    (date(2025, 2, 17), "Das Amt meldete am 13. Dezember einen Anstieg.", "2024-12-13"),
    (date(2025, 11, 20), "Die Wahl im Januar entscheidet über den Haushalt.", "2026-01"),
    (date(2025, 3, 11), "Schon im Januar sollen zwei Träger gerissen sein.", "2025-01"),
    (date(2025, 11, 20), "Im Januar wurden 300 Fälle gezählt.", "2025-01"),  # the past tense says so
])
def test_dates_a_month_without_a_year_lies_ahead_or_behind_as_the_words_say(doc_of, published, sentence, value):
    assert [v for _, v, _, _ in values(doc_of(body(sentence), published))] == [value]


@pytest.mark.parametrize("published, sentence, value", [
    (date(2025, 12, 20), "Im März dieses Jahres bebte die Erde.", "2025-03"),
    (date(2025, 2, 17), "Am 3. Oktober des vergangenen Jahres begann der Streit.", "2024-10-03"),
    (date(2025, 11, 20), "Im Mai nächsten Jahres wird gewählt.", "2026-05"),
])
def test_dates_the_year_named_after_a_month_dates_it(doc_of, published, sentence, value):
    assert [v for _, v, _, _ in values(doc_of(body(sentence), published))][0] == value


def test_dates_a_span_of_months_is_dated_by_its_start(doc_of):
    found = values(doc_of(body("Von Januar bis Juni kamen mehr Gäste."), date(2026, 7, 10)))
    assert [v for _, v, _, _ in found] == ["2026-01", "2026-06"]


def test_dates_a_span_of_months_takes_the_year_of_its_end(doc_of):
    found = values(doc_of(body("Von Januar bis September 2010 gab es 1600 Angriffe."), TUESDAY))
    assert [v for _, v, _, _ in found] == ["2010-01", "2010-09"]


def test_dates_a_weekend_read_on_a_sunday_is_that_weekend(doc_of):
    found = values(doc_of(body("Am Wochenende blieb es ruhig. Am vergangenen Wochenende regnete es."), date(2024, 10, 27)))
    assert found == [("Am Wochenende", "2024-W43", "week", True), ("Am vergangenen Wochenende", "2024-W42", "week", True)]


@pytest.mark.parametrize("sentence", [
    "In den letzten Jahren kamen 2000 oder mehr Gäste.",  # plural "Jahren"; a count after "kamen"
    "Die Halle fasst etwa 2000.",  # a count after "etwa"
    "Die Strecke ist 2000 km lang.",  # a count before a unit
    "Es kamen 2000 Menschen.",  # a count before its noun
])
def test_dates_a_number_that_counts_is_no_year(doc_of, sentence):
    assert values(doc_of(body(sentence), TUESDAY)) == []


def test_dates_the_day_before_another_day_is_not_the_articles(doc_of):
    assert values(doc_of(body("Am Vortag der Wahl sprach sie in Bonn."), TUESDAY)) == []


@pytest.mark.parametrize("sentence, found", [
    # a span of days dates its first day too, in the year of its last
    ("Der Unterricht fällt zwischen dem 16. und 20. Februar aus.", ["2025-02-16", "2025-02-20"]),
    ("Die Messe läuft vom 3. bis 7. März 2023.", ["2023-03-03", "2023-03-07"]),
    # a span of years names both; a range that counts a noun names none
    ("Zwischen 2019 und 2023 stieg die Zahl der Fälle.", ["2019", "2023"]),
    ("Es kamen 2000 bis 3000 Fans.", []),
])
def test_dates_a_span_names_its_first_day_or_year(doc_of, sentence, found):
    assert [v for _, v, _, _ in values(doc_of(body(sentence), TUESDAY))] == found
