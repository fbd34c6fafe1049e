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


def _options(command) -> list[str]:  # noqa: ANN001
    return [param.opts[0] for param in command.params if param.param_type_name == "option"]


def test_docs_cli_md_names_every_option_of_every_command():
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    sections = dict(part.split("\n", 1) for part in docs.split("\n## claimtrack ")[1:])
    for name, command in typer.main.get_command(app).commands.items():
        missing = [o for o in _options(command) if f"`{o}" not in sections[name]]
        assert not missing, (name, missing)


def test_docs_readme_synopsis_names_every_option_of_every_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    synopsis = readme.split("## Commands", 1)[1].split("```", 2)[1]
    usages = dict(part.split(" ", 1) for part in synopsis.split("\nclaimtrack ")[1:])
    for name, command in typer.main.get_command(app).commands.items():
        missing = [o for o in _options(command) if f"[{o}" not in usages[name] and f"{o} " not in usages[name]]
        assert not missing, (name, missing)


def test_docs_records_md_offsets_of_a_file_with_bom_slice_the_text_read_as_utf_8_sig(tmp_path):
    """What docs/records.md says about spans: read with utf-8-sig, `text[start:end]` is the claim;
    `cue.spans` holds the verb and its particle, `cue.span` the verb alone."""
    import json

    from typer.testing import CliRunner

    article = tmp_path / "faehre.txt"
    article.write_bytes("\ufeffFähre fällt aus\r\n\r\nDie Reederei teilte am Montag mit, die Fähre falle aus.\r\n"
                        .encode("utf-8"))
    runner = CliRunner()
    db = str(tmp_path / "c.db")
    assert runner.invoke(app, ["ingest", str(article), "--db", db, "--quiet"]).exit_code == 0
    (claim,) = [json.loads(line) for line in runner.invoke(app, ["export", "--db", db]).stdout.splitlines()]
    with open(article, encoding="utf-8-sig") as fh:  # text mode: universal newlines
        text = fh.read()
    assert text[slice(*claim["span"])] == claim["text"]
    assert text[slice(*claim["cue"]["span"])] == "teilte"
    assert [text[slice(*s)] for s in claim["cue"]["spans"]] == claim["cue"]["text"].split() == ["teilte", "mit"]
    assert text[slice(*claim["content"]["span"])] == claim["content"]["text"]
