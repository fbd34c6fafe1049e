"""The acceptance corpus: the shared gold scorer on the seed articles (skipped without ../shared)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app

TARGETS = {"claim-recall": 0.90, "attributed-recall": 0.90, "precision": 0.85, "figure-recall": 1.0,
           "topic-acc": 0.90, "stance-acc": 0.90, "date-acc": 0.90}


@pytest.mark.slow
def test_seeds_reach_the_acceptance_targets(shared, tmp_path):
    runner = CliRunner()
    db = tmp_path / "c.db"
    ingested = runner.invoke(app, ["ingest", str(shared / "seeds"), "--manifest",
                                   str(shared / "gold" / "seeds.manifest.csv"), "--db", str(db), "--quiet"])
    assert ingested.exit_code == 0, ingested.output
    pred = tmp_path / "pred.jsonl"
    assert runner.invoke(app, ["export", "--db", str(db), "-o", str(pred)]).exit_code == 0
    scored = subprocess.run(
        [sys.executable, str(shared / "tools" / "score_claims.py"), str(shared / "gold" / "seeds.claims.jsonl"),
         str(pred), str(shared / "seeds"), "--noise", str(shared / "gold" / "seeds.noise.txt")],
        capture_output=True, text=True, check=True,
    )
    figures = dict(item.split("=") for item in scored.stdout.strip().splitlines()[-1].split())
    print(scored.stdout)
    for key, target in TARGETS.items():
        assert float(figures[key]) >= target, (key, figures)
    assert figures["noise"] == "0"
