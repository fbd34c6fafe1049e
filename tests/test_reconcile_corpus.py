"""The reconciled view of real-looking corpora, through the CLI's JSON (seeds.reconcile.md)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.store import SCHEMA_VERSION, Store, open_store

from .conftest import SAMPLES

runner = CliRunner()


def ingest(folder, manifest, db):
    result = runner.invoke(app, ["ingest", str(folder), "--manifest", str(manifest), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output


def diff(db, topic: str) -> dict:
    result = runner.invoke(app, ["diff", "--topic", topic, "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def group_of(view: dict, value: float) -> dict:
    return next(g for g in view["groups"] if g["low"] <= value <= (g["high"] or value))


def figures(group: dict) -> set[float]:
    return {q.get("value") or q.get("low") for c in group["claims"] for q in c["quantities"]}


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory):
    from .conftest import SHARED

    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared (seed corpus) is not present in this checkout")
    db = tmp_path_factory.mktemp("seeds") / "c.db"
    ingest(SHARED / "seeds", SHARED / "gold" / "seeds.manifest.csv", db)
    return db


def test_seeds_total_estimates_agree_and_1500_stands_apart(seeds_db):
    view = diff(seeds_db, "troop-count")
    total = group_of(view, 12000)
    assert {10000, 11000, 12000} <= figures(total)
    assert any(q.get("low") == 10000 and q.get("high") == 12000 for c in total["claims"] for q in c["quantities"])
    assert 1500 not in figures(total)
    small = group_of(view, 1500)
    assert len(small["origins"]) == 1 and "Geheimdienst" in small["origins"][0]
    assert len(small["articles"]) == 2
    ids_1500 = {c["id"] for c in small["claims"]}
    ids_total = {c["id"] for c in total["claims"]}
    assert not any(f["kind"] == "contradiction" and set(f["claim_ids"]) & ids_1500 and set(f["claim_ids"]) & ids_total
                   for f in view["findings"])
    assert any(f["kind"] == "scope" and set(f["claim_ids"]) & ids_1500 for f in view["findings"])


def test_seeds_nato_updates_and_north_korea_contradicts(seeds_db):
    view = diff(seeds_db, "deployment-status")
    updates = [f for f in view["findings"] if f["kind"] == "update"]
    assert any({"NATO", "Mark Rutte"} & set(f["origins"]) for f in updates)
    contradictions = [f for f in view["findings"] if f["kind"] == "contradiction"]
    assert any("Nordkorea" in " ".join(f["origins"]) for f in contradictions)


@pytest.fixture(scope="module")
def samples_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("samples") / "c.db"
    ingest(SAMPLES, SAMPLES / "manifest.csv", db)
    return db


def test_samples_relayed_source_is_the_origin(samples_db):
    claims = json.loads(runner.invoke(app, ["claims", "--db", str(samples_db), "--format", "json"]).output)
    relayed = [c for c in claims if c.get("via") and c["via"]["canonical"] == "Yonhap"]
    assert relayed and all(c["speaker"]["canonical"] == "Nationaler Geheimdienst Südkoreas (NIS)" for c in relayed)
    view = diff(samples_db, "troop-count")
    nis = [g for g in view["groups"] if any("NIS" in o for o in g["origins"])]
    assert nis and all("Yonhap" not in g["origins"] for g in nis)


def test_samples_true_contradiction_between_two_origins(samples_db):
    view = diff(samples_db, "casualties")
    contradiction = next(f for f in view["findings"] if f["kind"] == "contradiction")
    assert len(contradiction["origins"]) == 2 and "Polizei" in contradiction["origins"]


def test_samples_unresolved_date_is_shown_as_unknown(samples_db):
    claims = json.loads(runner.invoke(app, ["claims", "--db", str(samples_db), "--format", "json",
                                            "--article", "b4_warnstreik_lindenau.txt"]).output)
    assert claims and all(c["published"] is None for c in claims)
    assert any(d["value"] is None and d["text"] == "am Freitag" for c in claims for d in c["dates"])


def test_samples_revision_by_the_same_origin_in_a_user_topic(samples_db, tmp_path, monkeypatch):
    (tmp_path / "claimtrack.toml").write_text(
        '[[topic]]\nid = "evacuations"\nkind = "figure"\n[[topic.rule]]\nunits = ["Mensch"]\n'
        'all_of = [["in sicherheit gebracht", "evakuiert"]]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "c.db"
    ingest(SAMPLES, SAMPLES / "manifest.csv", db)
    view = diff(db, "evacuations")
    update = next(f for f in view["findings"] if f["kind"] == "update")
    assert "Innenministerium" in update["origins"] and "later 350" in update["explanation"]


def test_diff_markdown_and_table_render(samples_db):
    markdown = runner.invoke(app, ["diff", "--topic", "troop-count", "--db", str(samples_db), "-f", "markdown",
                                   "--show-text"])
    assert markdown.exit_code == 0 and markdown.output.startswith("# troop-count") and "## Claims" in markdown.output
    table = runner.invoke(app, ["diff", "--topic", "troop-count", "--db", str(samples_db)], terminal_width=100)
    assert table.exit_code == 0 and "findings" in table.output
    assert max(len(line) for line in table.output.splitlines()) <= 100


def test_topics_lists_every_topic(samples_db):
    rows = json.loads(runner.invoke(app, ["topics", "--db", str(samples_db), "--format", "json"]).output)
    assert {r["topic"] for r in rows} >= {"troop-count", "troop-location", "deployment-status", "casualties",
                                          "weapons-supply"}
    assert all(r["origins"] <= r["claims"] for r in rows)


def test_diff_unknown_topic_is_a_usage_error(samples_db):
    result = runner.invoke(app, ["diff", "--topic", "nope", "--db", str(samples_db)])
    assert result.exit_code == 2 and "unknown topic 'nope'" in result.output


def test_large_store_path_gives_the_same_view(samples_db):
    """The SQL-aggregated view (for stores too large to load) agrees with the exact one."""
    from claimtrack.config import shipped_topics
    from claimtrack.reconcile import reconcile_stored

    store = open_store(str(samples_db), read_only=True)
    for topic in shipped_topics():
        exact = reconcile_stored(store, topic, exact_limit=10**9)
        aggregated = reconcile_stored(store, topic, exact_limit=0, examples=1000)
        shape = lambda view: [(g.subject, g.low, g.high, g.scope, g.origins, g.claim_count) for g in view.groups]  # noqa: E731
        assert shape(aggregated) == shape(exact), topic.id
        assert sorted((f.kind, tuple(f.origins)) for f in aggregated.findings) == \
            sorted((f.kind, tuple(f.origins)) for f in exact.findings), topic.id
        assert [(e.date, e.origin, e.stance, e.claim_count) for e in aggregated.timeline] == \
            [(e.date, e.origin, e.stance, e.claim_count) for e in exact.timeline], topic.id
    store.close()


def migrated(tmp_path, count: str, downgrade: str) -> tuple[int, Store]:
    """The samples' store, `count` (SQL) read on it, taken back to an older schema by
    `downgrade` (SQL), then opened: (the count before, the store, migrated to this version)."""
    import sqlite3

    db = tmp_path / "c.db"
    ingest(SAMPLES, SAMPLES / "manifest.csv", db)
    raw = sqlite3.connect(db)
    before = raw.execute(count).fetchone()[0]
    raw.executescript(downgrade)
    raw.close()
    store = open_store(str(db))
    assert store.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    return before, store


def test_store_migration_backfills_the_index(tmp_path):
    """A version-1 store gains the diff index tables, filled from its claims."""
    before, store = migrated(tmp_path, "SELECT COUNT(*) FROM figures",
                             "DROP TABLE figures; DROP TABLE stances; UPDATE meta SET value = '1' WHERE key = 'schema_version';")
    assert store.db.execute("SELECT COUNT(*) FROM figures").fetchone()[0] == before > 0
    store.close()


def test_store_migration_fills_the_speaks_for_column(tmp_path):
    """A version-2 store gains `claims.speaks_for`, filled from its claims' records."""
    before, store = migrated(tmp_path, "SELECT COUNT(*) FROM claims WHERE speaks_for IS NOT NULL",
                             "ALTER TABLE claims DROP COLUMN speaks_for; UPDATE meta SET value = '2' WHERE key = 'schema_version';")
    voices = store.db.execute("SELECT speaks_for, record FROM claims WHERE speaks_for IS NOT NULL").fetchall()
    assert len(voices) == before > 0
    assert all(f'"speaks_for":"{voice}"' in record for voice, record in voices)
    store.close()
