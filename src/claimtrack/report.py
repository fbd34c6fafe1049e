"""Check reports in the formats CI systems read: text, JSON, GitHub workflow commands,
JUnit XML and markdown."""

from __future__ import annotations

import json
from collections import defaultdict
from xml.sax.saxutils import escape, quoteattr

from rich.console import Console

from .check import LEVELS, CheckReport
from .render import new_table

TITLES = {"contradiction": "claimtrack: contradiction", "new-figure": "claimtrack: new figure",
          "update": "claimtrack: update", "warning": "claimtrack: warning"}


def summary_line(report: CheckReport, fail_on: str) -> str:
    counts = defaultdict(int)
    for f in report.findings:
        counts[f.kind] += 1
    parts = ", ".join(f"{counts[k]} {k}" for k in ("contradiction", "new-figure", "update", "warning") if counts[k])
    verdict = "FAILED" if report.failed(fail_on) else "passed"
    unchanged = f", {len(report.unchanged)} unchanged in the store" if report.unchanged else ""
    return (f"claimtrack check {verdict}: {len(report.articles)} article(s){unchanged}, {parts or 'no findings'} "
            f"(--fail-on {fail_on})")


def text(report: CheckReport, fail_on: str, console: Console) -> None:
    if report.findings:
        table = new_table(console)
        table.add_column("where", overflow="fold", max_width=34)
        table.add_column("kind", max_width=13)
        table.add_column("message", overflow="fold", max_width=60)
        for f in report.findings:
            table.add_row(f"{f.article}:{f.line}" if f.line else f.article, f.kind, f.message)
        console.print(table)
    console.print(summary_line(report, fail_on), highlight=False, markup=False)


def as_json(report: CheckReport, fail_on: str) -> str:
    return json.dumps({
        "passed": not report.failed(fail_on),
        "fail_on": fail_on,
        "articles": report.articles,
        "unchanged": report.unchanged,
        "findings": [f.model_dump() for f in report.findings],
    }, ensure_ascii=False, indent=2)


def _escape_property(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A").replace(":", "%3A").replace(",", "%2C")


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github(report: CheckReport, fail_on: str) -> str:
    """GitHub Actions workflow commands: an annotation on the article's line per finding."""
    lines = []
    for f in report.findings:
        level = "error" if LEVELS[f.kind] >= LEVELS[fail_on] else "warning" if f.kind != "update" else "notice"
        where = f"file={_escape_property(f.article)}" + (f",line={f.line}" if f.line else "")
        lines.append(f"::{level} {where},title={_escape_property(TITLES[f.kind])}::{_escape_data(f.message)}")
    lines.append(summary_line(report, fail_on))
    return "\n".join(lines)


def markdown(report: CheckReport, fail_on: str) -> str:
    lines = [f"## {summary_line(report, fail_on)}", ""]
    if report.findings:
        lines += ["| article | line | kind | message |", "|---|---|---|---|"]
        for f in report.findings:
            message = f.message.replace("|", "\\|")
            lines.append(f"| {f.article} | {f.line or ''} | {f.kind} | {message} |")
    return "\n".join(lines) + "\n"


def junit(report: CheckReport, fail_on: str) -> str:
    """One test case per article; it fails with the findings at or above --fail-on."""
    by_article = defaultdict(list)
    for f in report.findings:
        by_article[f.article].append(f)
    failures = sum(1 for a in report.articles if any(LEVELS[f.kind] >= LEVELS[fail_on] for f in by_article[a]))
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<testsuite name="claimtrack check" tests="{len(report.articles)}" failures="{failures}">']
    for article in report.articles:
        out.append(f"  <testcase classname=\"claimtrack.check\" name={quoteattr(article)}>")
        failing = [f for f in by_article[article] if LEVELS[f.kind] >= LEVELS[fail_on]]
        if failing:
            body = "\n".join(f"line {f.line or '-'}: {f.kind}: {f.message}" for f in failing)
            out.append(f"    <failure message={quoteattr(failing[0].message)} type={quoteattr(failing[0].kind)}>"
                       f"{escape(body)}</failure>")
        others = [f for f in by_article[article] if f not in failing]
        if others:
            body = "\n".join(f"line {f.line or '-'}: {f.kind}: {f.message}" for f in others)
            out.append(f"    <system-out>{escape(body)}</system-out>")
        out.append("  </testcase>")
    out.append("</testsuite>")
    return "\n".join(out)
