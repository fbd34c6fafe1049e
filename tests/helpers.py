"""Small helpers shared by the tests."""

from __future__ import annotations


def body(text: str) -> str:
    """An article around a body paragraph: the first line is the title and yields no claim."""
    return "Titel der Meldung\n\n" + text


def only(items: list):
    assert len(items) == 1, items
    return items[0]
