"""claimtrack check: one test per exit code, the formats, and a store left untouched."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.status import ExitStatus

from .conftest import SAMPLES

runner = CliRunner()

FIFTY_THOUSAND = """---
published: 2024-11-05
---
Pentagon nennt neue Zahl

Das Pentagon erklärte am Dienstag, Nordkorea habe inzwischen 50.000 Soldaten nach Russland geschickt.
"""
ELEVEN_THOUSAND = """---
published: 2024-11-05
---
Kiew bleibt bei seiner Schätzung

Nach Angaben des ukrainischen Militärgeheimdienstes sind rund 11.000 nordkoreanische Soldaten in Russland.
"""
DENIAL = """---
published: 2024-11-06
---
Rutte rudert zurück

NATO-Generalsekretär Mark Rutte bestritt am Mittwoch die Entsendung nordkoreanischer Soldaten nach Russland.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = tmp_path_factory.mktemp("store") / "c.db"
    result = runner.invoke(app, ["ingest", str(SAMPLES), "--manifest", str(SAMPLES / "manifest.csv"),
                                 "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    return db


def article(tmp_path, name: str, text: str):
    folder = tmp_path / "new"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def test_check_contradicting_figure_exits_1_with_file_and_line(store, tmp_path):
    path = article(tmp_path, "fifty.md", FIFTY_THOUSAND)
    result = runner.invoke(app, ["check", str(path), "--db", str(store), "--format", "github"])
    assert result.exit_code == ExitStatus.FAILED
    assert f"::error file={path},line=6,title=claimtrack%3A contradiction::" in result.output


def test_check_agreeing_figure_exits_0(store, tmp_path):
    path = article(tmp_path, "eleven.md", ELEVEN_THOUSAND)
    result = runner.invoke(app, ["check", str(path), "--db", str(store), "--format", "json"])
    assert result.exit_code == ExitStatus.OK, result.output
    report = json.loads(result.output)
    assert report["passed"] and not [f for f in report["findings"] if f["kind"] == "contradiction"]


def test_check_denial_after_confirmation_is_an_update(store, tmp_path):
    path = article(tmp_path, "denial.md", DENIAL)
    report = json.loads(runner.invoke(app, ["check", str(path), "--db", str(store), "--format", "json"]).output)
    updates = [f for f in report["findings"] if f["kind"] == "update"]
    # the NATO's Secretary General speaks for the NATO: one origin, whose stance changed
    assert updates and updates[0]["message"].startswith("NATO moved from confirms") and updates[0]["line"] == 6


def test_check_leaves_the_store_byte_for_byte_unchanged(store, tmp_path):
    copy = tmp_path / "copy.db"
    shutil.copy(store, copy)
    before = copy.read_bytes()
    runner.invoke(app, ["check", str(article(tmp_path, "fifty.md", FIFTY_THOUSAND)), "--db", str(copy)])
    assert copy.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == ["copy.db"]


def test_check_store_flag_stores_only_a_passing_check(store, tmp_path):
    copy = tmp_path / "copy.db"
    shutil.copy(store, copy)
    failing = runner.invoke(app, ["check", str(article(tmp_path, "fifty.md", FIFTY_THOUSAND)), "--db", str(copy), "--store"])
    assert failing.exit_code == ExitStatus.FAILED
    passing = runner.invoke(app, ["check", str(article(tmp_path, "eleven.md", ELEVEN_THOUSAND)), "--db", str(copy),
                                  "--store", "--fail-on", "contradiction"])
    assert passing.exit_code == ExitStatus.OK
    stored = runner.invoke(app, ["claims", "--db", str(copy), "--format", "jsonl"]).output
    assert "eleven.md" in stored and "fifty.md" not in stored


def test_check_missing_path_exits_2_with_one_line(store, tmp_path):
    result = runner.invoke(app, ["check", str(tmp_path / "missing"), "--db", str(store)])
    assert result.exit_code == ExitStatus.USAGE
    assert result.output.strip().count("\n") == 0 and "no such file or folder" in result.output


def test_check_fail_on_never_and_warning(store, tmp_path):
    path = article(tmp_path, "fifty.md", FIFTY_THOUSAND)
    assert runner.invoke(app, ["check", str(path), "--db", str(store), "--fail-on", "never"]).exit_code == 0
    undated = article(tmp_path, "undated.txt", "Titel\n\nDer Regen hielt an.\n")
    assert runner.invoke(app, ["check", str(undated), "--db", str(store)]).exit_code == 0
    assert runner.invoke(app, ["check", str(undated), "--db", str(store), "--fail-on", "warning"]).exit_code == 1
    bad = runner.invoke(app, ["check", str(undated), "--db", str(store), "--fail-on", "sometimes"])
    assert bad.exit_code == ExitStatus.USAGE


def test_check_junit_has_one_case_per_article(store, tmp_path):
    article(tmp_path, "fifty.md", FIFTY_THOUSAND)
    article(tmp_path, "eleven.md", ELEVEN_THOUSAND)
    result = runner.invoke(app, ["check", str(tmp_path / "new"), "--db", str(store), "--format", "junit"])
    suite = ET.fromstring(result.output)
    cases = {c.get("name").rsplit("/", 1)[-1]: c for c in suite.iter("testcase")}
    assert set(cases) == {"fifty.md", "eleven.md"}
    assert cases["fifty.md"].find("failure") is not None and cases["eleven.md"].find("failure") is None
    assert suite.get("failures") == "1"


def test_check_github_writes_the_step_summary(store, tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    runner.invoke(app, ["check", str(article(tmp_path, "fifty.md", FIFTY_THOUSAND)), "--db", str(store),
                        "--format", "github"])
    assert summary.read_text(encoding="utf-8").startswith("## claimtrack check FAILED")


def test_check_unreadable_file_is_a_warning(store, tmp_path):
    path = article(tmp_path, "empty.txt", "")
    report = json.loads(runner.invoke(app, ["check", str(path), "--db", str(store), "--format", "json"]).output)
    assert [f["kind"] for f in report["findings"]] == ["warning"] and "file skipped" in report["findings"][0]["message"]


def test_check_an_article_the_store_holds_unchanged_is_not_checked_again(store, tmp_path):
    # the sample holds 1.500 soldiers, which other samples contradict: already in the store
    copy = tmp_path / "articles" / "a3_pentagon_singh.txt"
    copy.parent.mkdir()
    shutil.copy(SAMPLES / "a3_pentagon_singh.txt", copy)
    result = runner.invoke(app, ["check", str(copy), "--db", str(store), "--format", "json",
                                 "--manifest", str(SAMPLES / "manifest.csv")])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["unchanged"] == [str(copy)] and report["findings"] == []


def test_check_an_article_whose_manifest_date_changed_is_checked_again(store, tmp_path):
    # as ingest re-extracts it: its relative dates now resolve against another day
    copy = tmp_path / "articles" / "a3_pentagon_singh.txt"
    copy.parent.mkdir()
    shutil.copy(SAMPLES / "a3_pentagon_singh.txt", copy)
    manifest = tmp_path / "m.csv"
    manifest.write_text("path,published\na3_pentagon_singh.txt,2024-10-30\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(copy), "--db", str(store), "--format", "json", "--manifest",
                                 str(manifest), "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["unchanged"] == [] and report["articles"] == [str(copy)]


def test_check_a_changed_article_replaces_its_stored_version(store, tmp_path, monkeypatch):
    # the store was built from the base branch's folder, the change names the file in the
    # working tree (docs/ci.md): the stored version is the one the change replaces, so its old
    # figure is no update and contradicts nothing
    monkeypatch.chdir(tmp_path)
    (tmp_path / "base" / "articles").mkdir(parents=True)
    (tmp_path / "articles").mkdir()
    (tmp_path / "base" / "articles" / "twice.md").write_text(FIFTY_THOUSAND, encoding="utf-8")
    shutil.copy(store, tmp_path / "corpus.db")
    stored = runner.invoke(app, ["ingest", "base/articles", "--db", "corpus.db", "--quiet"])
    assert stored.exit_code == 0, stored.output
    (tmp_path / "articles" / "twice.md").write_text(FIFTY_THOUSAND.replace("50.000", "52.000"), encoding="utf-8")
    result = runner.invoke(app, ["check", "articles/twice.md", "--db", "corpus.db", "--format", "json",
                                 "--fail-on", "never"])
    messages = [f["message"] for f in json.loads(result.output)["findings"]]
    assert messages and not any("50.000" in m for m in messages), messages


def test_check_store_puts_a_changed_article_in_place_of_its_stored_version(store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "base" / "articles").mkdir(parents=True)
    (tmp_path / "articles").mkdir()
    (tmp_path / "base" / "articles" / "twice.md").write_text(ELEVEN_THOUSAND, encoding="utf-8")
    shutil.copy(store, tmp_path / "corpus.db")
    assert runner.invoke(app, ["ingest", "base/articles", "--db", "corpus.db", "--quiet"]).exit_code == 0
    (tmp_path / "articles" / "twice.md").write_text(ELEVEN_THOUSAND.replace("rund 11.000", "rund 11.500"),
                                                   encoding="utf-8")
    passed = runner.invoke(app, ["check", "articles/twice.md", "--db", "corpus.db", "--store", "--fail-on", "never"])
    assert passed.exit_code == ExitStatus.OK, passed.output
    claims = runner.invoke(app, ["claims", "--db", "corpus.db", "--format", "jsonl"]).output.splitlines()
    twice = [json.loads(line) for line in claims if "twice.md" in line]
    assert [(c["article"], c["quantities"][0]["value"]) for c in twice] == [("articles/twice.md", 11500)]
