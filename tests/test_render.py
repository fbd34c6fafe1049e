from __future__ import annotations

import csv
import io

import pytest
from rich.console import Console

from claimtrack.config import parse_topics
from claimtrack.reconcile import reconcile
from claimtrack.render import diff_markdown, diff_table, write_claims

# Written for these tests: decimal figures, thousands and a range, as a German article writes them.
OIL = ("Ölunfall im Hafen\n\nDie Reederei teilte am Montag mit, das Schiff habe 1,9 Tonnen Diesel verloren. "
       "Laut der Wasserschutzpolizei waren es mindestens 2,5 Tonnen. "
       "Der Umweltverband sprach von 0,2 Prozent des Tankinhalts. "
       "Nach Angaben des Hafenamts kamen 1.850 Menschen zur Kundgebung. "
       "Die Veranstalter sprachen von 1.200 bis 1.300 Menschen.")
TOPICS = parse_topics([{"id": "diesel", "kind": "figure", "rule": [{"units": ["Tonne"]}]},
                       {"id": "kundgebung", "kind": "figure", "rule": [{"units": ["Mensch"]}]}], "test")


def plain_console() -> Console:
    return Console(file=io.StringIO(), width=240, color_system=None)  # not a terminal: no borders


@pytest.fixture(scope="module")
def oil_claims(claims_of):
    return claims_of(OIL)


def test_render_claims_table_writes_figures_the_german_way(oil_claims):
    console = plain_console()
    write_claims(oil_claims, "table", console.file, console)
    header, *lines = console.file.getvalue().splitlines()
    start, end = header.index("figures"), header.index("topics")  # the text column repeats the sentence
    figures = [line[start:end].strip() for line in lines if line[start:end].strip()]
    assert figures == ["1,9 Tonne", "≥2,5 Tonne", "0,2 Prozent", "1.850 Mensch", "1.200–1.300", "Mensch"]


def test_render_csv_keeps_plain_numbers(oil_claims):
    out = io.StringIO()
    write_claims(oil_claims, "csv", out)
    quantities = {row["speaker"]: row["quantities"] for row in csv.DictReader(io.StringIO(out.getvalue()))}
    assert quantities["Reederei"] == "1.9 Tonne" and quantities["Hafenamt"] == "1850 Mensch"
    assert quantities["Umweltverband"] == "0.2 Prozent" and quantities["Veranstalter"] == "1200–1300 Mensch"


def test_render_diff_writes_group_figures_and_messages_the_german_way(oil_claims):
    diesel, people = (reconcile(topic, oil_claims) for topic in TOPICS)  # a topic counts only its own units
    assert [f.explanation for f in people.findings if f.kind == "contradiction"] == [
        "Veranstalter say 1.200–1.300 but Hafenamt say 1.850 Mensch."]
    assert [f.explanation for f in diesel.findings if f.kind == "contradiction"] == [
        "Reederei (t.txt) say 1,9 but Wasserschutzpolizei say 2,5–∞ Tonne."]  # "die Reederei": of its article
    markdown = diff_markdown(diesel)
    assert "| 1,9 | Tonne |" in markdown and "| 2,5–∞ | Tonne |" in markdown
    console = plain_console()
    diff_table(people, console)
    rows = console.file.getvalue().splitlines()
    assert any(row.startswith("1.200–1.300 ") for row in rows) and any(row.startswith("1.850 ") for row in rows)
