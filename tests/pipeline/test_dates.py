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
        # a year after its opener, also opening the sentence in capitals
        ("Im Jahr 2019 wurde die Brücke gebaut.", "2019", "year"),
        ("Seit 2020 fährt dort kein Zug.", "2020", "year"),
        ("Die Halle entstand Anfang 2008.", "2008", "year"),
        ("Im Sommer 2023 brannte der Wald.", "2023", "year"),
        # a year named relative to the published one
        ("Im vergangenen Jahr brannte der Wald.", "2023", "year"),
        ("Der Wald soll im kommenden Jahr aufgeforstet werden.", "2025", "year"),
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
