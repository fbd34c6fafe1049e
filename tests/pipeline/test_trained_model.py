"""--model: a trained pipeline's entities and lemmas are used when present.

No trained German model can be installed here, so the test saves a blank pipeline with an
entity ruler (standing in for trained NER) and loads it by path, as --model would.
"""

from __future__ import annotations

import spacy

from claimtrack.pipeline import build_nlp, run

TEXT = "Titel\n\nKeller sagte, die Lage sei ruhig."


def speakers(nlp) -> list[tuple[str, str] | None]:
    doc = run(nlp, TEXT)
    return [(c.speaker.canonical, c.speaker.kind) if c.speaker else None for c in doc._.ct_claims]


def test_trained_model_entities_name_the_speaker(tmp_path, nlp):
    # "Keller" is a German noun (cellar): without NER it speaks as a noun of unknown kind
    assert speakers(nlp) == [("Keller", "unknown")]
    trained = spacy.blank("de")
    trained.add_pipe("entity_ruler").add_patterns([{"label": "PER", "pattern": "Keller"}])
    trained.to_disk(tmp_path / "model")
    with_ner = build_nlp(str(tmp_path / "model"))
    assert with_ner.pipe_names[0] == "entity_ruler"
    assert speakers(with_ner) == [("Keller", "person")]


def test_trained_model_missing_is_a_usage_error():
    import pytest

    from claimtrack.errors import ModelError

    with pytest.raises(ModelError, match="cannot load the spaCy pipeline 'de_no_such_model'"):
        build_nlp("de_no_such_model")
