from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from claimtrack import __version__
from claimtrack.cli import app
from claimtrack.reading import find_files
from claimtrack.status import ExitStatus

from .conftest import SAMPLES

runner = CliRunner()


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("store") / "c.db"
    result = runner.invoke(app, ["ingest", str(SAMPLES), "--manifest", str(SAMPLES / "manifest.csv"), "--db", str(db)])
    assert result.exit_code == ExitStatus.OK, result.output
    return db


def test_cli_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"claimtrack {__version__}"


def test_cli_ingest_prints_a_summary(sample_db, tmp_path):
    result = runner.invoke(app, ["ingest", str(SAMPLES), "--manifest", str(SAMPLES / "manifest.csv"),
                                 "--db", str(sample_db)])
    assert result.exit_code == ExitStatus.OK
    header, values = result.output.splitlines()[1:3]
    articles = len(list(find_files([SAMPLES])))  # all stored already with the same metadata, so all skipped
    assert dict(zip(header.split(), values.split()))["skipped"] == str(articles)  # plain columns when piped


def test_cli_ingest_of_the_same_folder_by_an_absolute_path_stores_nothing_twice(tmp_path, monkeypatch):
    (tmp_path / "story").mkdir()
    (tmp_path / "work").mkdir()
    (tmp_path / "story" / "deich.txt").write_text("Deich hält\n\nDer Landrat sagte, der Pegel sinke.", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "work")
    assert runner.invoke(app, ["ingest", "../story", "--db", "c.db", "--quiet"]).exit_code == ExitStatus.OK
    again = runner.invoke(app, ["ingest", str(tmp_path / "story"), "--db", "c.db"])
    assert again.exit_code == ExitStatus.OK
    header, values = again.output.splitlines()[1:3]
    assert dict(zip(header.split(), values.split()))["skipped"] == "1"
    listed = runner.invoke(app, ["claims", "--db", "c.db", "--format", "jsonl"])
    assert [json.loads(line)["article"] for line in listed.output.splitlines()] == ["../story/deich.txt"]


def test_cli_ingest_says_how_many_processes_extracted(tmp_path):
    result = runner.invoke(app, ["ingest", str(SAMPLES), "--db", str(tmp_path / "c.db"), "--workers", "2"])
    assert result.exit_code == ExitStatus.OK
    assert "2 processes extracted the articles." in result.output


def test_cli_ingest_missing_path_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path / "nope"), "--db", str(tmp_path / "c.db")])
    assert result.exit_code == ExitStatus.USAGE
    assert "no such file or folder" in result.output
    assert "Traceback" not in result.output


def test_cli_ingest_bad_file_exits_1_and_keeps_the_rest(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bin.txt").write_bytes(b"\x00\x01\x02\x03")
    (tmp_path / "in" / "ok.txt").write_text("Titel\n\nDie Polizei sagte, es sei ruhig.", encoding="utf-8")
    db = tmp_path / "c.db"
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db), "--quiet"])
    assert result.exit_code == ExitStatus.FAILED
    assert "bin.txt: this looks like a binary file" in result.output
    listed = runner.invoke(app, ["claims", "--db", str(db), "--format", "jsonl"])
    assert [json.loads(line)["speaker"]["canonical"] for line in listed.output.splitlines()] == ["Polizei"]


def test_cli_claims_filters_and_formats(sample_db):
    result = runner.invoke(app, ["claims", "--db", str(sample_db), "--topic", "troop-count", "--format", "json"])
    assert result.exit_code == 0
    claims = json.loads(result.output)
    assert claims and all("troop-count" in c["topics"] for c in claims)
    table = runner.invoke(app, ["claims", "--db", str(sample_db), "--speaker", "Rutte"])
    assert table.exit_code == 0 and "Mark Rutte" in table.output


def test_cli_export_jsonl_csv_and_file(sample_db, tmp_path):
    lines = runner.invoke(app, ["export", "--db", str(sample_db)]).output.splitlines()
    records = [json.loads(line) for line in lines]
    assert records and all({"id", "article", "span", "speaker", "cue", "mode", "stance"} <= set(r) for r in records)
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["export", "--db", str(sample_db), "-f", "csv"]).output)))
    assert len(rows) == len(records)
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["export", "--db", str(sample_db), "-o", str(out)]).exit_code == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(records)


def test_cli_unknown_format_is_a_usage_error(sample_db):
    result = runner.invoke(app, ["claims", "--db", str(sample_db), "--format", "xml"])
    assert result.exit_code == ExitStatus.USAGE and "--format must be one of" in result.output


def test_cli_corrupt_store_is_a_clear_error(tmp_path):
    db = tmp_path / "c.db"
    db.write_bytes(b"garbage" * 200)
    result = runner.invoke(app, ["claims", "--db", str(db)])
    assert result.exit_code == ExitStatus.FAILED
    assert "not a claimtrack store or it is corrupt" in result.output and "Traceback" not in result.output


def test_cli_bad_manifest_is_a_usage_error(tmp_path):
    manifest = tmp_path / "m.csv"
    manifest.write_text("name\nx\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(SAMPLES), "--manifest", str(manifest), "--db", str(tmp_path / "c.db")])
    assert result.exit_code == ExitStatus.USAGE and "m.csv" in result.output


def test_cli_ingest_warns_about_manifest_rows_that_name_no_file(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "deich.txt").write_text("Deich hält\n\nDer Landrat sagte, der Pegel sinke.", encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text("path,published\ndeich.txt,13.03.2025\nghost.txt,2025-03-14\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--manifest", str(manifest),
                                 "--db", str(tmp_path / "c.db")])
    assert result.exit_code == ExitStatus.OK, result.output
    assert f"{manifest}: 1 row names no file that was read: ghost.txt" in result.output.splitlines()
    listed = runner.invoke(app, ["claims", "--db", str(tmp_path / "c.db"), "--format", "jsonl"])
    assert [json.loads(line)["published"] for line in listed.output.splitlines()] == ["2025-03-13"]


@pytest.mark.parametrize("rows, message", [
    ('a.txt,2025-03-10\n"b.txt,2025-03-11\nc.txt,2025-03-12\n', "m.csv:3: the row's 'path' runs over several lines"),
    ("a.txt,2025-03-10\na.txt,2025-03-11\n", "m.csv:3: a second row for 'a.txt' (the first is on line 2)"),
])
def test_cli_a_manifest_that_loses_or_repeats_rows_is_a_one_line_usage_error(tmp_path, rows, message):
    manifest = tmp_path / "m.csv"
    manifest.write_text("path,published\n" + rows, encoding="utf-8")
    db = tmp_path / "c.db"
    result = runner.invoke(app, ["ingest", str(SAMPLES), "--manifest", str(manifest), "--db", str(db)])
    assert result.exit_code == ExitStatus.USAGE
    assert len(result.output.splitlines()) == 1 and result.output.startswith("claimtrack: error: ")
    assert message in result.output and not db.exists()


@pytest.mark.parametrize("where", ["missing/out.jsonl", "."])
def test_cli_export_to_a_missing_folder_or_onto_a_folder_is_a_usage_error(sample_db, tmp_path, where):
    target = tmp_path / where
    result = runner.invoke(app, ["export", "--db", str(sample_db), "-o", str(target)])
    assert result.exit_code == ExitStatus.USAGE and "Traceback" not in result.output
    assert str(target) in result.output and not list(tmp_path.rglob("*.part"))


@pytest.mark.parametrize("command", ["ingest", "check"])
def test_cli_a_folder_without_articles_is_a_usage_error(sample_db, tmp_path, command):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.pdf").write_bytes(b"%PDF")
    result = runner.invoke(app, [command, str(tmp_path / "empty"), "--db", str(sample_db)])
    assert result.exit_code == ExitStatus.USAGE and "no article here" in result.output


def test_cli_check_without_a_store_cannot_run(tmp_path):
    # exit 1 would tell CI that a contradiction was found
    result = runner.invoke(app, ["check", str(SAMPLES / "a3_pentagon_singh.txt"), "--db", str(tmp_path / "none.db")])
    assert result.exit_code == ExitStatus.USAGE and "no claim store" in result.output


def test_cli_an_unknown_model_leaves_no_store_behind(tmp_path):
    db = tmp_path / "c.db"
    result = runner.invoke(app, ["ingest", str(SAMPLES), "--model", "de_core_news_none", "--db", str(db)])
    assert result.exit_code == ExitStatus.USAGE and "de_core_news_none" in result.output
    assert not db.exists()


@pytest.mark.parametrize("args, named", [
    (["ingest", str(SAMPLES), "--workers", "0"], "'--workers'"),
    (["diff"], "'--topic'"),
    (["diff", "--topic", "troop-count", "--since", "2024-13-01"], "'--since'"),
    (["topics", "--tolerance", "2"], "'--tolerance'"),
    (["claims", "--bogus"], "--bogus"),
    (["claims", "--format"], "'--format'"),
    (["export", "--format", "xml"], "--format"),
    (["bogus"], "'bogus'"),
])
def test_cli_parser_errors_are_one_line(tmp_path, args, named):
    result = runner.invoke(app, [args[0], "--db", str(tmp_path / "c.db"), *args[1:]])
    assert result.exit_code == ExitStatus.USAGE
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr  # no usage line, no box
    assert lines[0].startswith("claimtrack: error: ") and named in lines[0]
    assert result.stdout == "" and "Traceback" not in result.output


def test_cli_parser_error_keeps_the_parsers_message_and_names_the_help():
    result = runner.invoke(app, ["diff", "--since", "2024-10-01"])
    assert result.stderr == "claimtrack: error: Missing option '--topic' / '-t'; see 'claimtrack diff --help'\n"


def test_cli_help_and_no_command_still_show_the_help():
    assert runner.invoke(app, ["diff", "--help"]).exit_code == ExitStatus.OK
    bare = runner.invoke(app, [])
    assert "Usage" in bare.output and "claimtrack: error" not in bare.output


def test_cli_ctrl_c_during_ingest_exits_130_and_keeps_whole_articles(tmp_path, monkeypatch):
    import claimtrack.ingest

    stored = []
    record = claimtrack.ingest.record

    def record_one_then_interrupt(result, store, topics, report, *rest):  # noqa: ANN001,ANN002,ANN202
        if stored:
            raise KeyboardInterrupt
        record(result, store, topics, report, *rest)
        stored.append(result.given)

    monkeypatch.setattr(claimtrack.ingest, "record", record_one_then_interrupt)
    db = tmp_path / "c.db"
    result = runner.invoke(app, ["ingest", str(SAMPLES), "--db", str(db), "--workers", "1", "--quiet"])
    assert result.exit_code == ExitStatus.INTERRUPTED == 130
    assert result.stderr == "claimtrack: interrupted\n"
    monkeypatch.undo()
    listed = runner.invoke(app, ["export", "--db", str(db)])
    articles = {json.loads(line)["article"] for line in listed.output.splitlines()}
    assert articles == set(stored)  # the stored article is whole and nothing of the next one is
    alone = runner.invoke(app, ["ingest", stored[0], "--db", str(tmp_path / "one.db"), "--quiet"])
    assert alone.exit_code == ExitStatus.OK
    assert listed.output == runner.invoke(app, ["export", "--db", str(tmp_path / "one.db")]).output


@pytest.mark.parametrize("args", [["claims"], ["topics"], ["diff", "--topic", "troop-count"], ["export"]])
def test_cli_ctrl_c_says_interrupted_in_one_line(sample_db, monkeypatch, args):
    def interrupted(*_args, **_kwargs):  # noqa: ANN002,ANN003,ANN202
        raise KeyboardInterrupt

    monkeypatch.setattr("claimtrack.cli.open_store", interrupted)
    result = runner.invoke(app, [*args, "--db", str(sample_db)])
    assert result.exit_code == 130 and result.stderr == "claimtrack: interrupted\n" and result.stdout == ""


def test_cli_claims_refuses_an_unknown_topic_as_diff_does(sample_db):
    claims = runner.invoke(app, ["claims", "--db", str(sample_db), "--topic", "evakuirte"])
    diff = runner.invoke(app, ["diff", "--db", str(sample_db), "--topic", "evakuirte"])
    assert claims.exit_code == diff.exit_code == ExitStatus.USAGE
    assert claims.stderr == diff.stderr
    assert claims.stderr.startswith("claimtrack: error: unknown topic 'evakuirte'; known topics: troop-count")
    assert claims.stdout == ""


EVACUATIONS = '[[topic]]\nid = "evakuierung"\nkind = "figure"\n[[topic.rule]]\nunits = ["Mensch", "Anwohner"]\n'


def test_cli_a_topic_only_the_store_knows(tmp_path, monkeypatch):
    """Claims tagged under a claimtrack.toml of another folder: `claims` lists them, `diff`
    says that it needs the definition instead of calling the topic unknown."""
    project = tmp_path / "projekt"
    project.mkdir()
    (project / "claimtrack.toml").write_text(EVACUATIONS, encoding="utf-8")
    (project / "flut.txt").write_text(
        "Flut am Fluss\n\nDie Feuerwehr teilte am Montag mit, sie habe 120 Anwohner evakuiert.\n", encoding="utf-8")
    db = tmp_path / "c.db"
    monkeypatch.chdir(project)
    assert runner.invoke(app, ["ingest", "flut.txt", "--db", str(db), "--quiet"]).exit_code == ExitStatus.OK
    assert runner.invoke(app, ["diff", "--topic", "evakuierung", "--db", str(db)]).exit_code == ExitStatus.OK
    monkeypatch.chdir(tmp_path)  # no claimtrack.toml here or above
    listed = runner.invoke(app, ["claims", "--topic", "evakuierung", "--db", str(db), "--format", "jsonl"])
    assert listed.exit_code == ExitStatus.OK
    assert [json.loads(line)["topics"] for line in listed.stdout.splitlines()] == [["evakuierung"]]
    diff = runner.invoke(app, ["diff", "--topic", "evakuierung", "--db", str(db)])
    assert diff.exit_code == ExitStatus.USAGE
    assert diff.stderr.startswith("claimtrack: error: topic 'evakuierung' is in the store but not defined here")


def test_cli_csv_has_the_dates_via_and_role_after_the_old_columns(sample_db):
    old = ["id", "article", "span_start", "span_end", "speaker", "speaker_kind", "cue", "mode", "stance",
           "quantities", "dates", "topics", "text"]
    records = {r["id"]: r for r in map(json.loads, runner.invoke(app, ["export", "--db", str(sample_db)]).stdout.splitlines())}
    for command in (["claims", "--format", "csv"], ["export", "--format", "csv"]):
        reader = csv.DictReader(io.StringIO(runner.invoke(app, [*command, "--db", str(sample_db)]).stdout))
        assert reader.fieldnames == [*old, "published", "said_on", "via", "role"]
        rows = list(reader)
        assert len(rows) == len(records)
        for row in rows:
            record = records[row["id"]]
            assert row["published"] == (record["published"] or "") and row["said_on"] == (record["said_on"] or "")
            assert row["via"] == ((record["via"] or {}).get("canonical") or "")
            assert row["role"] == ((record["speaker"] or {}).get("role") or "")
        assert any(row["via"] for row in rows) and any(row["role"] for row in rows)


def test_cli_claims_table_shows_date_via_and_whole_article_names(sample_db):
    result = runner.invoke(app, ["claims", "--db", str(sample_db), "--topic", "casualties"])
    header, *lines = result.stdout.splitlines()
    assert header.split()[:4] == ["article", "date", "speaker", "via"]
    records = [json.loads(line) for line in runner.invoke(
        app, ["claims", "--db", str(sample_db), "--topic", "casualties", "--format", "jsonl"]).stdout.splitlines()]
    rows = [line.split()[:2] for line in lines if line[:1] != " "]  # a claim's first line starts at its article
    assert rows == [[r["article"].rsplit("/", 1)[-1], r["said_on"] or r["published"]] for r in records]


def test_cli_topics_piped_at_80_columns_keeps_every_header_whole(sample_db):
    result = runner.invoke(app, ["topics", "--db", str(sample_db)], env={"COLUMNS": "80"})
    lines = result.stdout.splitlines()
    assert lines[1].split() == ["topic", "claims", "articles", "origins", "first", "last", "contradictions"]
    assert max(map(len, lines)) <= 80 and "…" not in result.stdout
