"""Claim records: what `extract` makes of the pipeline's drafts (said_on here)."""

from __future__ import annotations

from datetime import date

import pytest

from .helpers import body

FRIDAY = date(2025, 3, 7)


@pytest.mark.parametrize("text, said_on", [
    # the day it was said
    ("Die Polizei teilte am Mittwoch mit, 40 Menschen seien evakuiert worden.", date(2025, 3, 5)),
    # a day inside the quotation is what is said, not when
    ("„In der Nacht zum Dienstag lagen die Werte hoch“, sagte die Sprecherin am Freitag.", FRIDAY),
    ("Die Lage habe sich seit Mittwoch entspannt, sagte ein Sprecher.", FRIDAY),
    # a day after the article is a forecast, not when it was said
    ("Die Brücke bleibt bis Dienstag gesperrt. Das teilte die Stadt am Donnerstag mit.", date(2025, 3, 6)),
    # the pluperfect reports what was said before the article, on a day it names or none
    ("Die Reederei hatte bislang von 150 Passagieren gesprochen.", None),
    ("Am Dienstag hatte die Behörde noch von 1.200 Evakuierten gesprochen.", date(2025, 3, 4)),
    ("Der Verband hatte zuvor mitgeteilt, dass 40 Betriebe schließen.", None),
    # "hatte" in a clause of its own leaves the cue's day alone
    ("Die Firma hatte Glück, sagte die Polizei am Mittwoch.", date(2025, 3, 5)),
])
def test_extract_said_on_is_a_day_named_outside_what_is_said_and_not_after_the_article(claims_of, text, said_on):
    claims = claims_of(body(text), FRIDAY)
    assert [c.said_on for c in claims] == [said_on]


def test_extract_a_claim_without_a_date_takes_its_speakers_last_but_not_another_unnamed_ones(claims_of):
    # the same speaker in the next sentence said it when she said the first
    first, second = claims_of(body("Bürgermeisterin Anna Roth sagte am Mittwoch, die Brücke sei gesperrt. "
                                   "Roth sagte, es gebe drei Umleitungen."), FRIDAY)
    assert [d.value for d in second.dates] == ["2025-03-05"]
    # an assertion after a statement nobody named has no date of that statement
    claims = claims_of(body("Der Beschluss sei am Mittwoch veröffentlicht worden, heißt es. "
                            "Geklagt hatte eine Initiative mit 320 Mitgliedern."), FRIDAY)
    assert [d.value for d in claims[-1].dates] == []
