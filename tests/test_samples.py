"""Golden files: every sample article against its sibling expectation file."""

from __future__ import annotations

import json

import pytest

from claimtrack.ingest import ingest
from claimtrack.reading import load_manifest, read_article
from claimtrack.store import open_store

from .conftest import SAMPLES
from .goldscore import score

ARTICLES = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md"))


@pytest.fixture(scope="module")
def stored(nlp, tmp_path_factory):
    store = open_store(str(tmp_path_factory.mktemp("samples") / "c.db"))
    report = ingest([SAMPLES], store, nlp, load_manifest(SAMPLES / "manifest.csv"))
    assert not report.failed
    return list(store.claims())


def expected(article):
    path = article.with_name(article.stem + ".claims.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def texts():
    manifest = load_manifest(SAMPLES / "manifest.csv")
    return {p.name: read_article(p, p.name, manifest).text for p in ARTICLES}


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.name)
def test_samples_article_matches_its_expectations(stored, article):
    claims = [c for c in stored if c.article.endswith(article.name)]
    result = score(expected(article), claims, texts())
    assert result.recall >= 0.75, result.misses
    assert result.figures_found == result.figures, result.misses


def test_samples_whole_set_reaches_the_targets(stored):
    gold = [g for article in ARTICLES for g in expected(article)]
    result = score(gold, stored, texts())
    assert result.recall >= 0.90, result.misses
    assert result.precision >= 0.85
    assert result.figures_found == result.figures
    assert result.ratio(result.stance_ok, result.found) >= 0.90
    assert result.ratio(result.dates_ok, result.dates) >= 0.90
    assert result.ratio(result.topic_ok, result.found) >= 0.80


def test_samples_boilerplate_yields_no_claim(stored):
    noise = [line for line in (SAMPLES / "noise.lines").read_text(encoding="utf-8").splitlines() if line.strip()]
    leaked = [c.text for c in stored for line in noise if line in c.text]
    assert leaked == []


def test_samples_every_span_is_the_text_it_names(stored):
    """Provenance: the sentence, speaker, cue and content spans are non-empty and hold the
    text the claim shows, in the decoded article."""
    articles = texts()
    wrong = []
    for c in stored:
        text = articles[c.article.rsplit("/", 1)[-1]]
        parts = [("claim", c.span, c.text)]
        if c.speaker is not None:
            parts.append(("speaker", c.speaker.span, c.speaker.text))
        if c.content is not None and not c.content.spans:
            parts.append(("content", c.content.span, c.content.text))
        for s, e in (c.content.spans or []) if c.content is not None else []:
            parts.append(("content part", (s, e), text[s:e]))
        wrong += [(c.article, name, span, shown) for name, span, shown in parts
                  if not (0 <= span[0] < span[1] <= len(text)) or text[span[0]:span[1]] != shown]
    assert wrong == []
