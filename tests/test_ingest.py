from __future__ import annotations

from claimtrack.ingest import ingest
from claimtrack.store import open_store

ARTICLE = "Hochwasser\n\nDie Feuerwehr teilte am Montag mit, es seien 40 Menschen gerettet worden.\n"


def setup(tmp_path, nlp):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return folder, open_store(str(tmp_path / "c.db"))


def test_ingest_twice_stores_nothing_twice(tmp_path, nlp):
    folder, store = setup(tmp_path, nlp)
    first = ingest([folder], store, nlp)
    second = ingest([folder], store, nlp)
    assert (first.articles, first.claims, second.articles, second.skipped) == (1, 1, 0, 1)
    assert store.counts()["claims"] == 1


def test_ingest_changed_file_replaces_its_claims(tmp_path, nlp):
    folder, store = setup(tmp_path, nlp)
    ingest([folder], store, nlp)
    (folder / "a.txt").write_text(ARTICLE.replace("40", "55"), encoding="utf-8")
    report = ingest([folder], store, nlp)
    assert report.articles == 1
    assert [q.value for c in store.claims() for q in c.quantities] == [55]


def test_ingest_force_reextracts(tmp_path, nlp):
    folder, store = setup(tmp_path, nlp)
    ingest([folder], store, nlp)
    assert ingest([folder], store, nlp, force=True).articles == 1


def test_ingest_a_bad_file_does_not_stop_the_others(tmp_path, nlp):
    folder, store = setup(tmp_path, nlp)
    (folder / "empty.txt").write_bytes(b"")
    report = ingest([folder], store, nlp)
    assert report.articles == 1
    assert [(p.rsplit("/", 1)[-1], "empty" in m) for p, m in report.failed] == [("empty.txt", True)]


def test_ingest_counts_undated_articles_and_unresolved_dates(tmp_path, nlp):
    folder, store = setup(tmp_path, nlp)
    report = ingest([folder], store, nlp)
    assert report.undated == [str(folder / "a.txt")]
    assert report.unresolved_dates == 1  # "am Montag" without a published date


def test_ingest_workers_give_the_same_claims(tmp_path, nlp):
    from .conftest import SAMPLES
    from claimtrack.reading import load_manifest

    manifest = load_manifest(SAMPLES / "manifest.csv")
    one = open_store(str(tmp_path / "one.db"))
    two = open_store(str(tmp_path / "two.db"))
    first = ingest([SAMPLES], one, nlp, manifest, workers=1)
    second = ingest([SAMPLES], two, nlp, manifest, workers=2)
    assert (first.articles, first.claims) == (second.articles, second.claims)
    assert [c.model_dump() for c in one.claims()] == [c.model_dump() for c in two.claims()]
    assert ingest([SAMPLES], two, nlp, manifest, workers=2).skipped == first.articles
