"""Voices: what a spokesperson or the head of an office speaks for (pipeline/voices.py)."""

from __future__ import annotations

import pytest

from tests.helpers import body


@pytest.mark.parametrize("text, voices", [
    # a spokesperson or the head of an office speaks for the institution, named in the role
    ("NATO-Generalsekretär Mark Rutte sagte, die Lage sei ernst.", [("Mark Rutte", "NATO")]),
    # or named in the article, anywhere, for an office that heads one ("Landrätin"), and so
    # does the same person later under her surname
    ("„Wir haben 1.850 Menschen evakuiert“, sagte Landrätin Petra Albrecht im Landratsamt Wiesental. "
     "Albrecht sagte, alle seien versorgt.",
     [("Petra Albrecht", "Landratsamt Wiesental"), ("Petra Albrecht", "Landratsamt Wiesental")]),
    ("Die Feuerwehr Talheim war mit 80 Kräften im Einsatz. Kreisbrandmeister Jürgen Haller sagte, 14 Menschen "
     "seien verletzt.", [("Jürgen Haller", "Feuerwehr Talheim")]),
    # "Unternehmen" in the role is the company named before, not the initiative named since
    ("Nach einem Brand bei der Velden Chemie GmbH sind Gase ausgetreten. Die Umweltinitiative „Saubere Luft“ "
     "sprach von zwei Tonnen. Unternehmenssprecher Markus Brandt bestritt das.",
     [("Saubere Luft", None), ("Markus Brandt", "Velden Chemie")]),
    # a named spokesperson: the institution named last, not one named by its kind only
    ("Die Initiative „Saubere Luft“ wirft dem Unternehmen vor, Messwerte zu verschweigen. „Wir haben selbst "
     "gemessen“, sagte Sprecherin Karin Weiß.", [("Saubere Luft", None), ("Karin Weiß", "Saubere Luft")]),
    # an acronym in the role is the name whose initials it is
    ("Nach Erkenntnissen des Landesamts für Umwelt sind zwei Tonnen ausgetreten. LfU-Präsidentin Ursula "
     "Brenner sagte, es seien drei Tonnen.",
     [("Landesamt für Umwelt", None), ("Ursula Brenner", "Landesamt für Umwelt")]),
    ("Das Polizeipräsidium Nordhessen sucht Zeugen. Polizeisprecher Jan Keller sagte, drei Autos seien beschädigt.",
     [("Jan Keller", "Polizeipräsidium Nordhessen")]),
    # a country adjective before a compound role tells whose the institution is, as a genitive does
    ("Der ukrainische Militärgeheimdienstchef Kyrylo Budanow sagte, es seien 11.000 Soldaten.",
     [("Kyrylo Budanow", "Militärgeheimdienst (Ukraine)")]),
    ("Der Chef des ukrainischen Militärgeheimdienstes, Kyrylo Budanow, sagte, es seien 11.000 Soldaten.",
     [("Kyrylo Budanow", "Militärgeheimdienst (Ukraine)")]),
    # an affiliation that is no body speaks for nobody ("Werkleiterin der Anlage")
    ("Die Werkleiterin der Anlage, Ute Kramm, sagte, das Wasser sei sauber.", [("Ute Kramm", None)]),
    # a chief physician speaks for the hospital the article names
    ("Im Klinikum Lindau liegen neun Patienten. Chefarzt Hans Ulm sagte, zwei seien schwer verletzt.",
     [("Hans Ulm", "Klinikum Lindau")]),
    # an expert speaks for nobody, a mayor of an office not named for nobody either
    ("Der Chemiker Jan Ruhl sagte, es seien drei Tonnen.", [("Jan Ruhl", None)]),
    ("Bürgermeisterin Anna Roth sagte, die Brücke bleibe zu.", [("Anna Roth", None)]),
    ("Die Stadt sperrt die Brücke. Bürgermeisterin Anna Roth sagte, sie bleibe zu.", [("Anna Roth", None)]),
])
def test_voices_a_spokesperson_or_head_speaks_for_their_institution(claims_of, text, voices):
    claims = [c for c in claims_of(body(text)) if c.speaker is not None]
    assert [(c.speaker.canonical, c.speaker.speaks_for) for c in claims] == voices
