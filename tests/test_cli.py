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
