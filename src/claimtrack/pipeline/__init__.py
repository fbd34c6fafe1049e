"""The spaCy pipeline: `spacy.blank("de")` (or a trained German pipeline) plus our components.

    boilerplate -> sentences -> quotes -> cues -> figures -> dates -> attribution -> stance -> topics

Each component is registered with `Language.factory("claimtrack_<x>")` in its own module and
reads and writes `Doc._.ct_*` extension attributes. `build_nlp` is the one place that wires
them; everything downstream reads `doc._.ct_claims`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ModelError

EXTENSIONS = ["ct_text", "ct_published", "ct_skip", "ct_words", "ct_lines", "ct_sentences", "ct_quotes",
              "ct_cues", "ct_figures", "ct_dates", "ct_claims"]
COMPONENTS = ["boilerplate", "sentences", "quotes", "cues", "figures", "dates", "attribution", "stance",
              "topics"]

for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

# Importing the modules registers their factories.
from . import (  # noqa: E402,F401
    attribution,
    boilerplate,
    cues,
    dates,
    figures,
    quotes,
    sentences,
    stance,
    topics,
)


def model_error(model: str) -> ModelError:
    return ModelError(f"cannot load the spaCy pipeline {model!r}: install it (python -m spacy download {model}) "
                      "or leave out --model to use the built-in rules")


def check_model(model: str) -> None:
    """Raise ModelError now, before any store is opened, when `model` is neither an installed
    pipeline package nor a folder."""
    if not spacy.util.is_package(model) and not Path(model).is_dir():
        raise model_error(model)


def build_nlp(model: str | None = None, extra_topics: list[dict[str, Any]] | None = None) -> Language:
    """The claimtrack pipeline on `spacy.blank("de")`, or on the trained pipeline `model`.

    A trained pipeline keeps its own components (tagger, parser, NER); ours run after them and
    use their lemmas when present.
    """
    if model:
        try:
            nlp = spacy.load(model)
        except (OSError, ImportError) as exc:
            raise model_error(model) from exc
    else:
        nlp = spacy.blank("de")
    nlp.max_length = 5_000_000
    for name in COMPONENTS:
        config = {"extra_topics": extra_topics or []} if name == "topics" else {}
        nlp.add_pipe(f"claimtrack_{name}", config=config)
    return nlp


def make_doc(nlp: Language, text: str, published: date | None = None, skip: tuple = ()) -> Doc:
    """A tokenised Doc carrying what the components need to know about its article."""
    doc = nlp.make_doc(text)
    doc._.ct_text = text
    doc._.ct_published = published
    doc._.ct_skip = list(skip)
    return doc


def run(nlp: Language, text: str, published: date | None = None, skip: tuple = ()) -> Doc:
    """Run the whole pipeline on one article text."""
    return nlp(make_doc(nlp, text, published, skip))
