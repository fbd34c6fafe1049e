"""The docs cannot drift: every command is documented with its help line."""

from __future__ import annotations

import typer

from claimtrack.cli import app

from .conftest import ROOT


def test_docs_every_command_is_in_cli_md():
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for command in typer.main.get_command(app).commands.values():
        assert f"## claimtrack {command.name}" in docs, command.name
        first_line = (command.help or "").strip().splitlines()[0]
        assert first_line in docs, (command.name, first_line)


def test_docs_readme_starts_with_the_two_setup_commands():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert "claimtrack ingest data/samples" in lines[3]
    assert "pytest" in lines[4]
