from __future__ import annotations

import math
from datetime import date

import pytest

from claimtrack.config import (
    all_topics,
    defined_topic,
    known_topic,
    parse_topics,
    shipped_topics,
    topic_by_id,
)
from claimtrack.errors import ConfigError
from claimtrack.models import Claim, Quantity, Speaker
from claimtrack.reconcile import concept_of, interval, origins_of, reconcile

TROOPS = topic_by_id(shipped_topics(), "troop-count")
STATUS = topic_by_id(shipped_topics(), "deployment-status")


def claim(n: int, speaker: str, value=None, low=None, high=None, qualifier="exact", unit="Soldat", scope="unknown",
          said=date(2024, 10, 18), stance="asserts", role=None, affiliation=None, speaks_for=None) -> Claim:
    quantities = [] if value is None and low is None else [
        Quantity(text="x", span=(0, 1), value=value, low=low, high=high, qualifier=qualifier, unit=unit,
                 unit_lemma=unit, scope=scope)]
    return Claim(id=f"c{n}", article=f"a{n}.txt", text="x", span=(0, 1),
                 speaker=Speaker(text=speaker, canonical=speaker, kind="person", span=(0, 1), role=role,
                                 affiliation=affiliation, speaks_for=speaks_for),
                 cue=None, content=None, mode="reported", stance=stance, quantities=quantities, said_on=said,
                 topics=["troop-count"], sentence=0)


@pytest.mark.parametrize("qualifier, value, low, high, expected", [
    ("exact", 1500, None, None, (1500, 1500)),
    ("approx", 10000, None, None, (9000, 11000)),
    ("at_least", 600, None, None, (600, math.inf)),
    ("at_most", 40, None, None, (0, 40)),
    ("range", None, 10000, 12000, (10000, 12000)),
    ("approx", None, 200, 999, (200, 999)),
])
def test_reconcile_intervals(qualifier, value, low, high, expected):
    q = Quantity(text="x", span=(0, 1), value=value, low=low, high=high, qualifier=qualifier)
    assert interval(q, 0.1) == pytest.approx(expected)


def test_reconcile_disjoint_figures_of_two_origins_contradict():
    result = reconcile(TROOPS, [claim(1, "Polizei", 12), claim(2, "Hilfswerk", 30, qualifier="at_least")])
    assert [len(g.claims) for g in result.groups] == [1, 1]
    assert [(f.kind, f.claim_ids) for f in result.findings] == [("contradiction", ["c1", "c2"])]


@pytest.mark.parametrize("stance", ["denies", "cannot_confirm"])
def test_reconcile_a_figure_denied_or_not_confirmed_supports_nothing(stance):
    # "Das Landratsamt bestritt, dass 500 Bewohner evakuiert worden seien"
    result = reconcile(TROOPS, [claim(1, "Initiative", 500), claim(2, "Landratsamt", 500, stance=stance)])
    assert [g.origins for g in result.groups] == [["Initiative"]]
    assert not any(f.kind == "agreement" for f in result.findings)
    assert [(e.origin, e.stance) for e in result.timeline] == [("Landratsamt", stance)]


@pytest.mark.parametrize("unit, concept", [
    ("Infanterist", "Soldat"), ("Zeitsoldat", "Soldat"), ("Kampftruppe", "Soldat"),  # compounds of a concept noun
    ("Verkehrstote", "Tote"), ("Feuerwehrmann", "Feuerwehrmann"),  # "Mann" alone, not its compounds
])
def test_reconcile_concept_of_a_counted_noun(unit, concept):
    assert concept_of(unit) == concept


def test_reconcile_compares_a_compound_with_its_concept():
    result = reconcile(TROOPS, [claim(1, "Ministerium", 1000, unit="Bundeswehrsoldat"), claim(2, "Presse", 1000)])
    assert [len(g.claims) for g in result.groups] == [2]
    assert [f.kind for f in result.findings] == ["agreement"]


def test_reconcile_overlapping_hedged_figures_agree_and_count_origins_once():
    claims = [claim(1, "Pentagon", 10000, qualifier="approx"), claim(2, "NIS", 12000),
              claim(3, "NIS", 12000), claim(4, "Budanow", 11000, qualifier="approx")]
    result = reconcile(TROOPS, claims)
    group = result.groups[0]
    assert len(result.groups) == 1 and (group.low, group.high) == (10000, 12000)
    assert group.origins == ["Budanow", "NIS", "Pentagon"]
    assert [f.kind for f in result.findings] == ["agreement"]


def test_reconcile_partial_against_total_is_scope():
    result = reconcile(TROOPS, [claim(1, "NIS", 1500, scope="partial"), claim(2, "NIS", 12000, scope="total")])
    assert [f.kind for f in result.findings] == ["scope"]


def test_reconcile_a_total_given_later_by_the_same_origin_is_an_update_not_scope():
    # "14 Menschen seien verletzt worden" on Tuesday, "insgesamt 17" on Thursday
    result = reconcile(TROOPS, [claim(1, "Feuerwehr", 14, said=date(2025, 3, 4)),
                                claim(2, "Feuerwehr", 17, scope="total", said=date(2025, 3, 6))])
    assert [f.kind for f in result.findings] == ["update"]
    assert "gave 14 and later 17" in result.findings[0].explanation


def test_reconcile_a_part_so_far_after_an_earlier_total_is_scope_not_an_update():
    # "12.000 sollen entsandt werden", a week later "bisher 1.500 angekommen"
    result = reconcile(TROOPS, [claim(1, "NIS", 12000, scope="total", said=date(2024, 10, 18)),
                                claim(2, "NIS", 1500, scope="partial", said=date(2024, 10, 25))])
    assert [f.kind for f in result.findings] == ["scope"]


def test_reconcile_a_later_part_of_an_unmarked_figure_is_no_revision():
    # "14 Menschen verletzt" on Tuesday; "17 Menschen verletzt, zwei davon schwer" a week later
    result = reconcile(TROOPS, [claim(1, "Feuerwehr", 14, said=date(2025, 3, 4)),
                                claim(2, "Feuerwehr", 2, scope="partial", said=date(2025, 3, 11))])
    assert [f.kind for f in result.findings] == ["scope"]


def test_reconcile_a_head_of_an_office_and_the_office_are_one_origin():
    # "Das Landratsamt Wiesental teilte mit, 1.200" on Tuesday; "Landrätin Petra Albrecht"
    # (who speaks for it) on Wednesday: 1.850. One origin revising its figure.
    result = reconcile(TROOPS, [
        claim(1, "Landratsamt Wiesental", 1200, said=date(2025, 3, 4)),
        claim(2, "Petra Albrecht", 1850, said=date(2025, 3, 5), role="Landrätin", speaks_for="Landratsamt Wiesental"),
        claim(3, "Polizei", 1300, qualifier="approx", said=date(2025, 3, 4))])
    assert [f.kind for f in result.findings] == ["agreement", "update", "contradiction"]
    assert result.findings[1].origins == ["Landratsamt Wiesental"]


def test_reconcile_an_update_is_read_from_the_shared_origins_own_dates():
    # NIS gives both figures on one day; the total's group is dated later only by the Pentagon
    claims = [claim(1, "NIS", 1500, scope="partial", said=date(2024, 10, 18)),
              claim(2, "NIS", 12000, scope="total", said=date(2024, 10, 18)),
              claim(3, "Pentagon", 11000, qualifier="approx", said=date(2024, 10, 28))]
    assert [f.kind for f in reconcile(TROOPS, claims).findings] == ["agreement", "scope"]


def test_reconcile_an_unmarked_figure_below_a_total_may_count_another_scope():
    result = reconcile(TROOPS, [claim(1, "Polizei", 900), claim(2, "Landratsamt", 1850, scope="total")])
    assert [f.kind for f in result.findings] == ["scope"]
    assert "does not say whether it is a part" in result.findings[0].explanation


def test_reconcile_same_origin_later_figure_is_an_update():
    result = reconcile(TROOPS, [claim(1, "Ministerium", 200, said=date(2024, 3, 11)),
                                claim(2, "Ministerium", 350, said=date(2024, 3, 14))])
    finding = result.findings[0]
    assert finding.kind == "update" and "later 350" in finding.explanation


def test_reconcile_an_unnamed_role_is_one_origin_per_article():
    first, second = claim(1, "Sprecher", 10000, role="Sprecher"), claim(2, "Sprecher", 10000, role="Sprecher")
    assert (origins_of(first), origins_of(second)) == (["Sprecher (a1.txt)"], ["Sprecher (a2.txt)"])
    assert origins_of(claim(3, "Jan Ebert", role="Sprecher")) == ["Jan Ebert"]


def test_reconcile_an_institution_named_only_by_its_kind_is_one_origin_per_article():
    first, second = claim(1, "Behörde", 300), claim(2, "Behörde", 80)
    assert (origins_of(first), origins_of(second)) == (["Behörde (a1.txt)"], ["Behörde (a2.txt)"])
    assert [f.kind for f in reconcile(TROOPS, [first, second]).findings] == ["contradiction"]
    assert origins_of(claim(3, "Landratsamt")) == ["Landratsamt"]


def test_reconcile_spokesperson_speaks_for_the_institution():
    spokes = claim(1, "Sabrina Singh", 10000, role="Pentagon-Sprecherin", affiliation="Pentagon")
    assert origins_of(spokes) == ["Pentagon"]
    assert origins_of(claim(2, "Mark Rutte", role="NATO-Generalsekretär", affiliation="NATO")) == ["Mark Rutte"]
    assert origins_of(claim(3, "Mark Rutte", role="NATO-Generalsekretär", speaks_for="NATO")) == ["NATO"]
    # a company named only by its kind is the company of its own article
    assert origins_of(claim(4, "Markus Brandt", role="Unternehmenssprecher", affiliation="Unternehmen",
                            speaks_for="Unternehmen")) == ["Unternehmen (a4.txt)"]


def test_reconcile_nationality_keeps_subjects_apart():
    q = dict(qualifier="exact", unit="Soldat")
    a = claim(1, "A", 600000, **q)
    b = claim(2, "B", 12000, **q)
    a = a.model_copy(update={"quantities": [a.quantities[0].model_copy(update={"modifiers": ["russische"]})]})
    b = b.model_copy(update={"quantities": [b.quantities[0].model_copy(update={"modifiers": ["nordkoreanische"]})]})
    result = reconcile(TROOPS, [a, b])
    assert len({g.subject for g in result.groups}) == 2
    assert [f.kind for f in result.findings] == []


def test_reconcile_stances_update_and_contradiction():
    claims = [claim(1, "NATO", stance="cannot_confirm", said=date(2024, 10, 22)),
              claim(2, "NATO", stance="confirms", said=date(2024, 10, 28)),
              claim(3, "NATO", stance="asserts", said=date(2024, 10, 29)),  # same position: no update
              claim(4, "Nordkorea", stance="denies", said=date(2024, 10, 22))]
    result = reconcile(STATUS, claims)
    kinds = [(f.kind, f.origins) for f in result.findings]
    assert ("update", ["NATO"]) in kinds
    assert ("contradiction", ["Nordkorea", "NATO"]) in kinds
    assert len([k for k, _ in kinds if k == "update"]) == 1
    assert [(e.origin, e.stance) for e in result.timeline][:2] == [("NATO", "cannot_confirm"), ("Nordkorea", "denies")]


def test_reconcile_a_stance_reported_on_no_day_is_in_no_order():
    # "Zuvor hatte Rutte bestätigt" (said_on None) neither starts nor ends a change of stance
    claims = [claim(1, "NATO", stance="confirms", said=None),
              claim(2, "NATO", stance="cannot_confirm", said=date(2024, 10, 21)),
              claim(3, "NATO", stance="confirms", said=date(2024, 10, 28))]
    updates = [f.explanation for f in reconcile(STATUS, claims).findings if f.kind == "update"]
    assert updates == ["NATO moved from cannot_confirm (2024-10-21) to confirms (2024-10-28): an update in knowledge."]
    # with only an undated stance, it is the origin's stance
    claims = [claim(1, "Nordkorea", stance="denies", said=None), claim(2, "NATO", stance="confirms")]
    assert [f.kind for f in reconcile(STATUS, claims).findings] == ["contradiction"]


def test_reconcile_user_topic_from_config(tmp_path):
    config = tmp_path / "claimtrack.toml"
    config.write_text('[[topic]]\nid = "evacuations"\nkind = "figure"\n[[topic.rule]]\nunits = ["Mensch"]\n',
                      encoding="utf-8")
    assert topic_by_id(all_topics(config), "evacuations").rules[0].units == ["Mensch"]
    config.write_text('[[topic]]\nid = "Bad Id"\n[[topic.rule]]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="topic 1"):
        all_topics(config)
    with pytest.raises(ConfigError, match="unknown topic 'nope'"):
        topic_by_id(shipped_topics(), "nope")


def test_reconcile_parse_topics_rejects_unknown_fields():
    with pytest.raises(ConfigError, match="rule.0.unitz: Extra inputs are not permitted"):
        parse_topics([{"id": "x", "rule": [{"unitz": ["a"]}]}], "test")


EMISSIONS = parse_topics([{"id": "emissions", "kind": "figure", "rule": [{"units": ["Tonne", "Kilogramm"]}]}], "test")[0]


def test_reconcile_compares_tonnes_with_kilograms():
    # "rund 150 Kilogramm" against "etwa 1,9 Tonnen" and "mindestens 1.800 Kilogramm"
    claims = [claim(1, "Betreiber", 150, qualifier="approx", unit="Kilogramm"),
              claim(2, "Landesamt", 1.9, qualifier="approx", unit="Tonne"),
              claim(3, "Initiative", 1800, qualifier="at_least", unit="Kilogramm")]
    result = reconcile(EMISSIONS, claims)
    assert [(g.subject, g.low, g.origins) for g in result.groups] == [
        ("Kilogramm", 150, ["Betreiber"]), ("Kilogramm", pytest.approx(1800), ["Initiative", "Landesamt"])]
    assert sorted(f.kind for f in result.findings) == ["agreement", "contradiction"]


def test_reconcile_a_topic_is_known_when_defined_or_stored():
    def stored(topic_id: str) -> int:  # claims per topic, as Store.topic_size counts them
        return {"evakuierung": 3}.get(topic_id, 0)

    topics = shipped_topics()
    assert known_topic(topics, "troop-count", stored) is topic_by_id(topics, "troop-count")
    assert known_topic(topics, "evakuierung", stored) is None  # the store knows it, this folder does not
    with pytest.raises(ConfigError, match="in the store but not defined here"):
        defined_topic(topics, "evakuierung", stored)
    with pytest.raises(ConfigError, match="unknown topic 'evakuirte'"):
        known_topic(topics, "evakuirte", stored)
