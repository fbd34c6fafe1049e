"""Linking speakers across a store: the decision, without a store (the store applies it)."""

from __future__ import annotations

from claimtrack.linking import linked_speakers, reads_as_full_name


def test_linking_a_surname_takes_the_one_full_name_and_an_office_its_one_named_office():
    speakers = [("Mark Rutte", "person", None), ("Rutte", "person", None),
                ("Landratsamt Wiesental", "government", None), ("Landratsamt", "government", None),
                ("Petra Albrecht", "person", "Landratsamt"), ("Petra Albrecht", "person", None)]
    assert linked_speakers(speakers) == {
        ("Rutte", "person", None): ("Mark Rutte", None),
        ("Landratsamt", "government", None): ("Landratsamt Wiesental", None),
        ("Petra Albrecht", "person", "Landratsamt"): ("Petra Albrecht", "Landratsamt Wiesental"),
        ("Petra Albrecht", "person", None): ("Petra Albrecht", "Landratsamt Wiesental"),
    }


def test_linking_leaves_two_candidates_and_roles_alone():
    speakers = [("Anna Berg", "person", None), ("Tom Berg", "person", None), ("Berg", "person", None),
                ("Sprecherin des Verbunds", "person", None), ("Sprecherin", "person", None)]
    assert linked_speakers(speakers) == {}
    assert reads_as_full_name("Ursula von der Leyen") and not reads_as_full_name("Sprecherin des Verbunds")
