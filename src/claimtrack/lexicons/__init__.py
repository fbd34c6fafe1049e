"""German lexicons, loaded once from the TOML files beside this module.

The rules live in code; the words they apply to live here as data, so that a newsroom can
read and extend them without reading Python.
"""

from __future__ import annotations

import gzip
import json
import tomllib
from functools import cache, lru_cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed `de/<name>.toml` lexicon."""
    text = resources.files(__package__).joinpath("de", f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def word_list(name: str) -> frozenset[str]:
    """The words of de/<name>.txt: one a line, # for comments."""
    text = resources.files(__package__).joinpath("de", f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def common_words() -> frozenset[str]:
    """Frequent lower-case German words (see scripts/make_common_words.py)."""
    return word_list("common_words")


def first_names() -> frozenset[str]:
    """Given names (de/first_names.txt), beside the few of speakers.toml."""
    return word_list("first_names")


@cache
def lemma_table() -> dict[str, str]:
    """German form -> lemma, from spacy-lookups-data, with our own additions for cue verbs."""
    import spacy_lookups_data

    path = resources.files(spacy_lookups_data).joinpath("data", "de_lemma_lookup.json.gz")
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        table: dict[str, str] = json.load(fh)
    table.update(load("cues")["verb_forms"])
    return table


@lru_cache(maxsize=1 << 18)  # bounded: memory stays flat over any corpus size
def lemma(form: str) -> str:
    """The lemma of one word form; the form itself when the table does not know it."""
    table = lemma_table()
    return table.get(form) or table.get(form.lower()) or form


@cache
def lemmas() -> frozenset[str]:
    """Every lemma of the table: "funktionieren" is one although no form in it leads there."""
    return frozenset(lemma_table().values())
