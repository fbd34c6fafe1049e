from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

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


def test_ingest_a_utf16_file_gives_offsets_into_the_decoded_text(tmp_path, nlp):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "w.txt").write_bytes(("\ufeff" + ARTICLE.replace("\n", "\r\n")).encode("utf-16-le"))
    store = open_store(str(tmp_path / "c.db"))
    report = ingest([folder], store, nlp)
    (claim,) = store.claims()
    assert (report.articles, report.failed) == (1, [])
    assert ARTICLE[claim.span[0]:claim.span[1]] == claim.text and "40 Menschen" in claim.text


def manifest_for(tmp_path, row: str):
    from claimtrack.reading import load_manifest

    path = tmp_path / "m.csv"
    path.write_text("path,published,title,outlet,url\n" + row + "\n", encoding="utf-8")
    return load_manifest(path)


def test_ingest_a_new_manifest_date_takes_effect_without_force(tmp_path, nlp):
    folder, store = setup(tmp_path, nlp)
    first = ingest([folder], store, nlp)
    dated = manifest_for(tmp_path, "a.txt,2025-03-13,,,")
    second = ingest([folder], store, nlp, dated)
    third = ingest([folder], store, nlp, dated)
    assert (first.undated, second.articles, second.undated, third.skipped) == ([str(folder / "a.txt")], 1, [], 1)
    (claim,) = store.claims()
    assert (claim.published, claim.said_on, claim.dates[0].value) == (date(2025, 3, 13), date(2025, 3, 10),
                                                                      "2025-03-10")
    corrected = ingest([folder], store, nlp, manifest_for(tmp_path, "a.txt,2025-03-14,,,"))
    assert corrected.articles == 1 and [c.published for c in store.claims()] == [date(2025, 3, 14)]


def test_ingest_without_the_manifest_keeps_the_dates_an_earlier_manifest_gave(tmp_path, nlp):
    folder, store = setup(tmp_path, nlp)
    ingest([folder], store, nlp, manifest_for(tmp_path, "a.txt,2025-03-13,,,"))
    forgotten = ingest([folder], store, nlp)  # the same run, with --manifest forgotten
    elsewhere = ingest([folder], store, nlp, manifest_for(tmp_path, "b.txt,2025-03-20,,,"))
    assert (forgotten.skipped, elsewhere.skipped) == (1, 1)
    assert [c.published for c in store.claims()] == [date(2025, 3, 13)]


@pytest.mark.parametrize("row, field, value", [("a.txt,2025-03-13,Deich hält,,", "title", "Deich hält"),
                                               ("a.txt,2025-03-13,,Kurier,", "outlet", "Kurier"),
                                               ("a.txt,2025-03-13,,,https://example.org/d", "url", "https://example.org/d")])
def test_ingest_a_changed_title_outlet_or_url_is_stored_without_force(tmp_path, nlp, row, field, value):
    folder, store = setup(tmp_path, nlp)
    ingest([folder], store, nlp, manifest_for(tmp_path, "a.txt,2025-03-13,,,"))
    report = ingest([folder], store, nlp, manifest_for(tmp_path, row))
    (stored,) = store.stored_articles().values()
    assert report.articles == 1 and getattr(stored, field) == value


def test_ingest_the_same_file_under_another_spelling_is_not_stored_twice(tmp_path, nlp, monkeypatch):
    folder, store = setup(tmp_path, nlp)
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    relative = Path("..") / "articles"
    ingest([relative], store, nlp)
    again = ingest([folder], store, nlp)  # the absolute path of the same folder
    assert (again.articles, again.skipped) == (0, 1)
    assert [c.article for c in store.claims()] == [str(relative / "a.txt")]  # the path as given
    # with a new date the article is re-extracted and replaces the one under the old spelling
    dated = ingest([folder], store, nlp, manifest_for(tmp_path, "a.txt,2025-03-13,,,"))
    assert dated.articles == 1
    assert [(c.article, c.published) for c in store.claims()] == [(str(folder / "a.txt"), date(2025, 3, 13))]
    (folder / "a.txt").write_text(ARTICLE.replace("40", "55"), encoding="utf-8")
    changed = ingest([relative], store, nlp, manifest_for(tmp_path, "a.txt,2025-03-13,,,"))
    assert changed.articles == 1 and store.counts() == {"articles": 1, "claims": 1, "figures": 1}


def test_ingest_one_file_given_twice_in_a_run_is_read_once(tmp_path, nlp, monkeypatch):
    folder, store = setup(tmp_path, nlp)
    monkeypatch.chdir(tmp_path)
    report = ingest([Path("articles"), folder / "a.txt", Path("./articles/a.txt")], store, nlp)
    assert (report.files, report.articles, report.skipped) == (3, 1, 2)
    assert store.counts()["articles"] == 1


def test_ingest_copies_of_the_same_bytes_in_two_files_are_two_articles(tmp_path, nlp):
    folder, store = setup(tmp_path, nlp)
    (folder / "b.txt").write_text(ARTICLE, encoding="utf-8")
    ingest([folder / "a.txt"], store, nlp)
    report = ingest([folder], store, nlp)
    assert (report.articles, report.skipped) == (1, 1)
    assert sorted(Path(c.article).name for c in store.claims()) == ["a.txt", "b.txt"]


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


def test_ingest_reports_manifest_rows_that_name_no_file(tmp_path, nlp):
    from claimtrack.reading import load_manifest

    folder, store = setup(tmp_path, nlp)
    manifest = tmp_path / "m.csv"
    manifest.write_text("path,published\na.txt,2025-03-10\nghost.txt,2025-03-11\n", encoding="utf-8")
    report = ingest([folder], store, nlp, load_manifest(manifest))
    assert (report.articles, report.failed, report.unmatched) == (1, [], ["ghost.txt"])


def test_ingest_workers_give_the_same_claims(tmp_path, nlp):
    from claimtrack.reading import load_manifest

    from .conftest import SAMPLES

    manifest = load_manifest(SAMPLES / "manifest.csv")
    one = open_store(str(tmp_path / "one.db"))
    two = open_store(str(tmp_path / "two.db"))
    first = ingest([SAMPLES], one, nlp, manifest, workers=1)
    second = ingest([SAMPLES], two, nlp, manifest, workers=2)
    assert (first.articles, first.claims) == (second.articles, second.claims)
    assert [c.model_dump() for c in one.claims()] == [c.model_dump() for c in two.claims()]
    assert ingest([SAMPLES], two, nlp, manifest, workers=2).skipped == first.articles


@pytest.mark.parametrize(("articles", "cpus", "expected"), [
    (1, 8, 1),  # a forked worker would cost more than the article
    (79, 8, 1),  # two workers need 40 articles each
    (80, 8, 2),
    (10_000, 8, 8),  # never more processes than CPUs
    (10_000, 1, 1),
])
def test_auto_workers_follow_cpus_and_the_work_to_share(monkeypatch, articles, cpus, expected):
    from claimtrack import ingest as module

    monkeypatch.setattr(module, "cpus", lambda: cpus)
    assert module.auto_workers(articles) == expected


def test_ingest_without_workers_chooses_them_and_reports_it(tmp_path, nlp, monkeypatch):
    from claimtrack import ingest as module

    folder, store = setup(tmp_path, nlp)
    monkeypatch.setattr(module, "cpus", lambda: 4)
    report = ingest([folder], store, nlp, workers=None)
    assert (report.articles, report.workers) == (1, 1)


def test_ingest_into_postgresql_gives_the_same_store(tmp_path, nlp, postgres_url):
    """--db postgresql://...: the same claims and the same reconciled view as SQLite."""
    from claimtrack.config import shipped_topics
    from claimtrack.reading import load_manifest
    from claimtrack.reconcile import reconcile_stored

    from .conftest import SAMPLES

    server, url = postgres_url
    manifest = load_manifest(SAMPLES / "manifest.csv")
    lite = open_store(str(tmp_path / "c.db"))
    pg = open_store(server.new_database(url, "ingest_same"))
    ingest([SAMPLES], lite, nlp, manifest)
    ingest([SAMPLES], pg, nlp, manifest)
    assert [c.model_dump() for c in pg.claims()] == [c.model_dump() for c in lite.claims()]
    for topic in shipped_topics():
        for limit in (10**9, 0):  # the exact and the aggregated view
            a, b = (reconcile_stored(s, topic, exact_limit=limit) for s in (lite, pg))
            assert [(g.subject, g.low, g.high, g.origins) for g in a.groups] == \
                [(g.subject, g.low, g.high, g.origins) for g in b.groups]
            assert [(f.kind, f.origins) for f in a.findings] == [(f.kind, f.origins) for f in b.findings]
    assert ingest([SAMPLES], pg, nlp, manifest).skipped == len(list(SAMPLES.glob("*.txt"))) + 1


@pytest.mark.slow
def test_ingest_on_a_local_dask_cluster_gives_the_same_claims(tmp_path, nlp):
    pytest.importorskip("dask.distributed", reason="Dask is not installed (pip install 'claimtrack[dask]')")
    from claimtrack.dask_engine import ingest_dask, shards
    from claimtrack.reading import find_files, load_manifest

    from .conftest import SAMPLES

    manifest = load_manifest(SAMPLES / "manifest.csv")
    single = open_store(str(tmp_path / "one.db"))
    ingest([SAMPLES], single, nlp, manifest)
    cluster = open_store(str(tmp_path / "dask.db"))
    files = list(find_files([SAMPLES]))
    assert len(shards(files, limit=4000)) > 2  # several shards, several tasks
    report = ingest_dask([SAMPLES], cluster, manifest=manifest, workers=2, shard_bytes=4000)
    assert report.articles == len(files) and not report.failed
    assert [c.model_dump() for c in cluster.claims()] == [c.model_dump() for c in single.claims()]
    again = ingest_dask([SAMPLES], cluster, manifest=manifest, workers=2, shard_bytes=4000)
    assert (again.articles, again.skipped) == (0, len(files))  # a second run resumes: nothing to do


@pytest.mark.slow
def test_ingest_dask_with_a_scheduler_address(tmp_path, nlp):
    """--scheduler: a cluster started elsewhere, reached by its address."""
    distributed = pytest.importorskip("dask.distributed", reason="Dask is not installed")
    from claimtrack.dask_engine import ingest_dask
    from claimtrack.reading import load_manifest

    from .conftest import SAMPLES

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        store = open_store(str(tmp_path / "c.db"))
        report = ingest_dask([SAMPLES], store, manifest=load_manifest(SAMPLES / "manifest.csv"),
                             scheduler=cluster.scheduler_address)
    assert report.articles == len(list(SAMPLES.glob("*.txt"))) + 1 and not report.failed


def test_ingest_restores_the_cycle_collector_after_a_run(tmp_path, nlp):
    import gc

    before = gc.get_threshold(), gc.get_freeze_count()
    (tmp_path / "a.txt").write_text("Titel\n\nDie Polizei sagte, es seien 500 Menschen gekommen.\n", encoding="utf-8")
    store = open_store(str(tmp_path / "c.db"))
    report = ingest([tmp_path / "a.txt"], store, nlp)
    assert report.claims == 1
    assert (gc.get_threshold(), gc.get_freeze_count()) == before


INTERRUPTED_RUN = """
import multiprocessing, os, signal, sys, time
from pathlib import Path
from claimtrack.ingest import ingest
from claimtrack.pipeline import build_nlp
from claimtrack.store import open_store

def ctrl_c(_path):
    # as in a terminal, the workers get the signal too; they get it first here, and time to
    # react, so that a worker that does not ignore it shows
    for worker in multiprocessing.active_children():
        os.kill(worker.pid, signal.SIGINT)
    time.sleep(0.5)
    os.kill(os.getpid(), signal.SIGINT)

try:
    ingest([Path(sys.argv[1])], open_store(sys.argv[2]), build_nlp(), workers=2, progress=ctrl_c)
except KeyboardInterrupt:
    print("stopped")
"""


def test_ingest_ctrl_c_stops_the_workers_without_a_traceback(tmp_path):
    import subprocess
    import sys

    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(24):
        (folder / f"a{n}.txt").write_text(ARTICLE.replace("40", str(40 + n)), encoding="utf-8")
    run = subprocess.run([sys.executable, "-c", INTERRUPTED_RUN, str(folder), str(tmp_path / "c.db")],
                         capture_output=True, text=True, timeout=60)
    assert run.stdout == "stopped\n"
    assert run.stderr == ""  # no "Process ForkPoolWorker-1:" and no traceback from a worker
