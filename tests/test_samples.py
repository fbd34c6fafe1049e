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
