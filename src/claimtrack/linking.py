"""Linking speakers across a store's articles: one name and one voice per speaker, where only
the whole store can tell (extraction does it within an article).

    "Rutte"                       -> "Mark Rutte", when exactly one stored person has that surname
    "das Landratsamt"             -> "Landratsamt Wiesental", when the store names exactly one
    "Albrecht" (speaks for none)  -> speaks for the Landratsamt, as "Landrätin Petra Albrecht" does

The store reads its distinct speakers, asks `linked_speakers` and writes what changes.
"""

from __future__ import annotations

from .models import lone_surname
from .reconcile import generic_institutions, names_a_kind

Speaker = tuple[str, str | None, str | None]  # (canonical name, kind, speaks_for) as stored

PARTICLES = frozenset("von zu vom van de da di del al el bin".split())


def reads_as_full_name(name: str) -> bool:
    """"Mark Rutte", "Ursula von der Leyen"; not "Sprecherin des Verbunds", an unnamed role
    whose "Sprecherin" must not name every unnamed spokeswoman of the store."""
    words = name.split()
    return all(w[:1].isupper() or w in PARTICLES or w in ("der", "den") and i > 0 and words[i - 1] in PARTICLES
               for i, w in enumerate(words))


def linked_speakers(speakers: list[Speaker]) -> dict[Speaker, tuple[str, str | None]]:
    """The stored speakers whose name or voice changes: (name, kind, voice) -> (name, voice)."""
    full: dict[str, set[str]] = {}
    named: set[str] = {voice for _, _, voice in speakers if voice and " " in voice}
    for name, kind, _ in speakers:
        if kind == "person" and " " in name and lone_surname(name) is None and reads_as_full_name(name):
            for part in (name.split()[-1], name.split()[0]):
                full.setdefault(part, set()).add(name)
        elif kind in ("government", "organization") and " " in name:
            named.add(name)
    by_kind: dict[str, set[str]] = {}
    for name in named:
        if "(" not in name:  # "Militär (USA)" names a kind and a country, not one body
            by_kind.setdefault(name.split()[0], set()).add(name)

    def linked(name: str | None) -> str | None:
        """"Landratsamt" -> "Landratsamt Wiesental" when that is the only one stored."""
        if not name or " " in name or name.casefold() in generic_institutions() or not names_a_kind(name):
            return name
        candidates = by_kind.get(name, set())
        return next(iter(candidates)) if len(candidates) == 1 else name

    new: dict[Speaker, tuple[str, str | None]] = {}
    for name, kind, voice in speakers:
        surname = lone_surname(name) if kind == "person" else None
        candidates = full.get(surname, set()) if surname else set()
        new[(name, kind, voice)] = (next(iter(candidates)) if len(candidates) == 1 else
                                    linked(name) if kind in ("government", "organization") else name, linked(voice))
    # a person's voice named in one article is their voice in the others, also where their
    # article named the institution only by its kind ("Unternehmenssprecher Markus Brandt")
    voices: dict[str, set[str]] = {}
    for (_, kind, _), (name, voice) in new.items():
        if kind == "person" and voice and voice.casefold() not in generic_institutions():
            voices.setdefault(name, set()).add(voice)
    for key, (name, voice) in new.items():
        own = voices.get(name, set())
        if key[1] == "person" and (not voice or voice.casefold() in generic_institutions()) and len(own) == 1:
            new[key] = (name, next(iter(own)))
    return {key: value for key, value in new.items() if (key[0], key[2]) != value}
