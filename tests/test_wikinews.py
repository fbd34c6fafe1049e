"""Modern German news from Wikinews, scored with the shared SpkAtt scorer (skipped without
../shared). The data is CC BY-NC-SA: it is read from ../shared at run time, never copied."""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app


@pytest.mark.slow
def test_wikinews_dev_reaches_the_targets(shared, tmp_path):
    data = shared / "data" / "wikinews-de"
    if not data.is_dir():
        pytest.skip("../shared/data/wikinews-de is not present")
    tools = shared / "tools" / "wikinews"
    subprocess.run([sys.executable, str(tools / "prepare.py"), str(data), str(tmp_path / "dev"), "--split", "dev"],
                   check=True, capture_output=True)
    runner = CliRunner()
    db, pred = tmp_path / "c.db", tmp_path / "pred.jsonl"
    assert runner.invoke(app, ["ingest", str(tmp_path / "dev" / "texts"), "--manifest",
                               str(tmp_path / "dev" / "manifest.csv"), "--db", str(db), "--quiet"]).exit_code == 0
    assert runner.invoke(app, ["export", "--db", str(db), "-o", str(pred)]).exit_code == 0
    scored = subprocess.run([sys.executable, str(tools / "score.py"), str(tmp_path / "dev" / "gold.jsonl"), str(pred)],
                            check=True, capture_output=True, text=True)
    last = scored.stdout.strip().splitlines()[-1]
    figures = dict(item.split("=") for item in last.split()[1:])
    print(last)
    assert float(figures["message-f1"]) >= 0.60, last
    assert float(figures["source-f1"]) >= 0.50, last
