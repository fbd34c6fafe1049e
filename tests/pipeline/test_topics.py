from __future__ import annotations

import pytest

from claimtrack.pipeline import build_nlp, run
from tests.helpers import body


@pytest.mark.parametrize(
    "sentence, topic",
    [
        ("Der Geheimdienst teilte mit, dass 2.000 Soldaten verlegt worden seien.", "troop-count"),
        ("Die Armee sagte, mehr als 300 Soldaten seien getötet worden.", "casualties"),
        ("Die Regierung bestritt die Entsendung von Truppen.", "deployment-status"),
        ("Der General sagte, die Einheiten seien in der Region Kursk eingesetzt.", "troop-location"),
        ("Das Ministerium erklärte, man werde weitere Raketen liefern.", "weapons-supply"),
    ],
)
def test_topics_shipped_definitions(doc_of, sentence, topic):
    claims = doc_of(body(sentence))._.ct_claims
    assert claims and topic in claims[0].topics


def test_topics_a_figure_of_the_dead_is_not_a_troop_count(doc_of):
    claims = doc_of(body("Die Armee sagte, mehr als 300 Soldaten seien getötet worden."))._.ct_claims
    assert "troop-count" not in claims[0].topics


def test_topics_extra_topics_from_configuration():
    nlp = build_nlp(extra_topics=[{"id": "evacuations", "kind": "figure",
                                   "rule": [{"units": ["Mensch"], "all_of": [["in sicherheit gebracht"]]}]}])
    doc = run(nlp, body("Die Feuerwehr sagte, 40 Menschen seien in Sicherheit gebracht worden."))
    assert doc._.ct_claims[0].topics == ["evacuations"]


def test_topics_denied_reports_need_an_article_about_troops(doc_of):
    budget = doc_of(body("Die Stadt bestritt die Berichte über eine Kürzung."))._.ct_claims
    troops = doc_of(body("Es wurden Soldaten verlegt, hieß es. Die Regierung bestritt die Berichte."))._.ct_claims
    assert "deployment-status" not in budget[0].topics
    assert "deployment-status" in troops[-1].topics


def test_topics_unconfirmed_hints_in_an_article_about_troops(doc_of):
    """The article need not name the move ("verlegt"): troops in it are context enough."""
    claims = doc_of(body("Über Truppen an der Grenze gibt es Gerüchte. Der Minister sagte, er könne die Hinweise "
                         "nicht bestätigen."))._.ct_claims
    assert "deployment-status" in claims[-1].topics


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # weapons handed over, promised or refused, in words beyond "liefern"
        ("Norwegen übergibt der Ukraine laut Regierung zwei Flugabwehrsysteme.", ["weapons-supply"]),
        ("Laut Kanzleramt hat Berlin weitere Kampfjets zugesagt.", ["weapons-supply"]),
        ("Die Gewerkschaft nannte den Streik laut ihrer Sprecherin die schärfste Waffe der Beschäftigten.", []),
        # the dead and the injured, not a share price, a decision or a right
        ("Laut Polizei wurden bei dem Unfall vier Menschen verletzt.", ["casualties"]),
        ("Die Aktie ist laut Börse um acht Prozent gefallen.", []),
        ("Das Gericht sagte, die Firma habe das Urheberrecht verletzt.", []),
        ("Die Armee hat laut Geheimdienst seit März 40.000 Soldaten verloren.", ["casualties"]),
        # soldiers by a compound; "Mann" of a fire brigade are no troops
        ("Laut Ministerium dienen 300 Zeitsoldaten in der Kaserne.", ["troop-count"]),
        ("Die Feuerwehr war laut Sprecher mit 80 Mann vor Ort.", []),
        # troops sent, and where to; the police's units are no troops
        ("Laut Pentagon hat Washington 2.000 Soldaten nach Rumänien geschickt.",
         ["troop-count", "deployment-status", "troop-location"]),
        ("Die Polizei verlegte laut Sprecher weitere Einheiten in die Innenstadt.", []),
        ("Die Marines sind laut Sprecher inzwischen bei Falludscha stationiert.", ["deployment-status", "troop-location"]),
        # what a hypothesis would mean says nothing on where the troops are
        ("Sollte Moskau Truppen an die Grenze verlegt haben, wäre das ein Bruch des Abkommens, sagte der Minister.", []),
    ],
)
def test_topics_words_beyond_the_first_ones_and_their_false_friends(doc_of, sentence, expected):
    claims = doc_of(body(sentence))._.ct_claims
    assert claims and sorted({t for c in claims for t in c.topics}) == sorted(expected)
