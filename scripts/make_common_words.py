"""Write src/claimtrack/lexicons/de/common_words.txt: frequent lower-case German words.

    python scripts/make_common_words.py

A capitalised word at the start of a sentence ("Erstmals", "Sechs") looks like a name to the
rules; if its lower-case form is a frequent German word it is not one. The list is derived
from the German word probabilities in spacy-lookups-data (MIT licence), keeping lower-case
words with log-probability above -13, and shipped so that no run pays for loading the
million-entry table.
"""

from __future__ import annotations

import gzip
import json
from importlib import resources
from pathlib import Path

import spacy_lookups_data

THRESHOLD = -13.0
OUT = Path(__file__).resolve().parent.parent / "src" / "claimtrack" / "lexicons" / "de" / "common_words.txt"


def main() -> None:
    path = resources.files(spacy_lookups_data).joinpath("data", "de_lexeme_prob.json.gz")
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        probs: dict[str, float] = json.load(fh)
    words = sorted(w for w, p in probs.items() if p > THRESHOLD and w.isalpha() and w.islower())
    header = ["# Frequent lower-case German words (log-probability > -13), derived from",
              "# spacy-lookups-data de_lexeme_prob (MIT licence) by scripts/make_common_words.py."]
    OUT.write_text("\n".join(header + words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
