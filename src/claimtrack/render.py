"""Rendering: records to tables for people and to JSON, JSONL and CSV for machines.

Every function takes the `Console` (or text stream) to write to, so tests render into a
string with colour off and a fixed width.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from rich import box
from rich.console import Console
from rich.table import Table

from .errors import UsageError
from .models import Claim, Quantity
from .numerals import german_number, number_range, plain_number
from .reconcile import figure_range

if TYPE_CHECKING:  # ingest pulls in spaCy; listing and diff need not pay for importing it
    from .ingest import IngestReport

# New columns go at the end, so that a spreadsheet or script reading the older ones by position still works.
CSV_FIELDS = ["id", "article", "span_start", "span_end", "speaker", "speaker_kind", "cue", "mode", "stance",
              "quantities", "dates", "topics", "text", "published", "said_on", "via", "role"]


def new_table(console: Console, **options) -> Table:  # noqa: ANN003
    """A table with borders on a terminal; plain aligned columns when output is piped, one
    space apart, so that more fits in 80 columns."""
    if console.is_terminal:
        return Table(box=box.HEAVY_HEAD, **options)
    return Table(box=None, padding=(0, 1, 0, 0), pad_edge=False, **options)


def figure_text(q: Quantity, number: Callable[[float], str] = german_number) -> str:
    """A figure with its hedge and counted noun: "~10.000 Soldat", "1.200–1.300 Mensch";
    `number=plain_number` for CSV ("~10000 Soldat")."""
    if q.low is not None and q.high is not None:
        amount = number_range(q.low, q.high, number)
    else:
        amount = number(q.value) if q.value is not None else "?"
    hedge = {"approx": "~", "at_least": "≥", "at_most": "≤"}.get(q.qualifier, "")
    return f"{hedge}{amount} {q.unit_lemma or ''}".strip()


def claim_row(claim: Claim, number: Callable[[float], str] = plain_number) -> dict[str, str]:
    """A claim's CSV row; its figures with `number` (plain for CSV, German for tables)."""
    return {
        "id": claim.id,
        "article": claim.article,
        "span_start": str(claim.span[0]),
        "span_end": str(claim.span[1]),
        "speaker": claim.speaker.canonical if claim.speaker else "",
        "speaker_kind": claim.speaker.kind if claim.speaker else "",
        "cue": (claim.cue.lemma or "") if claim.cue else "",
        "mode": claim.mode,
        "stance": claim.stance,
        "quantities": "; ".join(figure_text(q, number) for q in claim.quantities),
        "dates": "; ".join(d.value or f"{d.text}?" for d in claim.dates),
        "topics": "; ".join(claim.topics),
        "text": claim.text,
        "published": claim.published.isoformat() if claim.published else "",
        "said_on": claim.said_on.isoformat() if claim.said_on else "",
        "via": claim.via.canonical if claim.via else "",
        "role": (claim.speaker.role or "") if claim.speaker else "",
    }


def write_claims(claims: Iterable[Claim], fmt: str, out: TextIO, console: Console | None = None) -> int:
    """Write claims in `fmt` (table, json, jsonl, csv); returns how many were written."""
    count = 0
    if fmt == "jsonl":
        for claim in claims:
            out.write(claim.model_dump_json() + "\n")
            count += 1
    elif fmt == "json":
        items = [json.loads(c.model_dump_json()) for c in claims]
        out.write(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
        count = len(items)
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_FIELDS)
        writer.writeheader()
        for claim in claims:
            writer.writerow(claim_row(claim))
            count += 1
    else:
        count = claims_table(list(claims), console or Console(file=out))
    return count


def claims_table(claims: list[Claim], console: Console) -> int:
    """The claims for people: the article's file name whole (a name cut in the middle of a word
    cannot be found again), when it was said, who, through whom, and what."""
    table = new_table(console, expand=True)
    names = [claim.article.rsplit("/", 1)[-1] for claim in claims]
    table.add_column("article", no_wrap=True, min_width=max(map(len, names), default=7))
    table.add_column("date", no_wrap=True, min_width=10)
    # narrow columns first, the sentence takes what is left
    for column, width in (("speaker", 16), ("via", 12), ("cue", 10), ("stance", 9), ("figures", 12),
                          ("topics", 12)):
        table.add_column(column, overflow="fold", max_width=width)
    table.add_column("text", overflow="fold", ratio=1, min_width=20)
    for name, claim in zip(names, claims):
        row = claim_row(claim, german_number)
        table.add_row(name, row["said_on"] or row["published"] or "?", row["speaker"] or "(article)", row["via"],
                      row["cue"], row["stance"], row["quantities"], row["topics"], _short(claim.text, 120))
    console.print(table)
    return len(claims)


def write_claims_file(claims: Iterable[Claim], fmt: str, path: Path) -> int:
    """Write the claims to `path` whole or not at all: into `path.part`, then renamed; the
    part file is removed when anything fails. A folder or a missing folder is a UsageError."""
    if path.is_dir():
        raise UsageError(f"{path}: is a folder; give a file name to write the claims to")
    if not path.parent.is_dir():
        raise UsageError(f"{path}: the folder {path.parent} does not exist")
    tmp = path.with_name(path.name + ".part")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            count = write_claims(claims, fmt, fh)
        tmp.replace(path)
    except OSError as exc:
        raise UsageError(f"{path}: cannot write the file ({exc.strerror})") from exc
    finally:
        tmp.unlink(missing_ok=True)
    return count


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def ingest_summary(report: IngestReport, console: Console, manifest: Path | None = None) -> None:
    table = new_table(console, title="claimtrack ingest")
    for column in ("files", "articles", "claims", "figures", "skipped", "failed", "seconds"):
        table.add_column(column, justify="right")
    table.add_row(*(german_number(x) for x in (report.files, report.articles, report.claims, report.figures,
                                               report.skipped, len(report.failed), round(report.seconds, 1))))
    console.print(table)
    if report.workers > 1:
        console.print(f"{report.workers} processes extracted the articles.")
    if report.undated:
        console.print(f"{len(report.undated)} article(s) without a published date; "
                      f"{report.unresolved_dates} relative date mention(s) left unresolved "
                      "(give dates with --manifest or front matter).")
    elif report.unresolved_dates:
        console.print(f"{report.unresolved_dates} date mention(s) could not be resolved.")
    for path, encoding in report.fallbacks:
        console.print(f"{path}: not UTF-8; decoded as {encoding}")
    if report.unmatched:
        console.print(unmatched_line(report.unmatched, manifest), markup=False, highlight=False, soft_wrap=True)


def unmatched_line(paths: list[str], manifest: Path | None, shown: int = 5) -> str:
    """"manifest.csv: 2 rows name no file that was read: ghost.txt, old/b.txt"."""
    rows = "1 row names" if len(paths) == 1 else f"{len(paths)} rows name"
    named = ", ".join(paths[:shown]) + (f" and {len(paths) - shown} more" if len(paths) > shown else "")
    return f"{manifest or 'manifest'}: {rows} no file that was read: {named}"


# -- reconciliation ----------------------------------------------------------------------
def diff_json(result, out: TextIO) -> None:  # noqa: ANN001
    out.write(result.model_dump_json(indent=2) + "\n")


def diff_markdown(result, show_text: bool = False) -> str:  # noqa: ANN001
    lines = [f"# {result.topic}", ""]
    if result.groups:
        lines += ["## Figures", "", "| figure | subject | scope | origins | articles | first | last |",
                  "|---|---|---|---|---|---|---|"]
        for g in result.groups:
            lines.append(f"| {figure_range(g)} | {g.subject} | {g.scope} | {len(g.origins)}: {', '.join(g.origins)} "
                         f"| {german_number(len(g.articles))} | {g.first_date or '?'} | {g.last_date or '?'} |")
        lines.append("")
    if result.findings:
        lines += ["## Findings", ""]
        for f in result.findings:
            lines.append(f"- **{f.kind}** ({f.subject}): {f.explanation} [{', '.join(f.claim_ids)}]")
        lines.append("")
    if result.timeline:
        lines += ["## Timeline", "", "| date | origin | stance | claims |", "|---|---|---|---|"]
        for e in result.timeline:
            lines.append(f"| {e.date or '?'} | {e.origin} | {e.stance} | {', '.join(e.claim_ids)} |")
        lines.append("")
    claims = {c.id: c for g in result.groups for c in g.claims}
    if show_text and claims:
        lines += ["## Claims", ""]
        for c in claims.values():
            lines.append(f"- `{c.id}` {c.article} {c.said_on or '?'} "
                         f"{c.speaker.canonical if c.speaker else '(article)'}: {' '.join(c.text.split())}")
    return "\n".join(lines).rstrip() + "\n"


def diff_table(result, console: Console, show_text: bool = False) -> None:  # noqa: ANN001
    console.print(f"[bold]{result.topic}[/bold]")
    if result.groups:
        table = new_table(console, title="figures")
        for column, width in (("figure", 16), ("subject", 18), ("scope", 8), ("origins", 30), ("articles", 8),
                              ("dates", 23)):
            table.add_column(column, overflow="fold", max_width=width)
        for g in result.groups:
            dates = f"{g.first_date or '?'}–{g.last_date or '?'}" if g.first_date != g.last_date else f"{g.first_date or '?'}"
            table.add_row(figure_range(g), g.subject, g.scope, f"{len(g.origins)}: " + ", ".join(g.origins),
                          german_number(len(g.articles)), dates)
        console.print(table)
    if result.findings:
        table = new_table(console, title="findings")
        table.add_column("kind", max_width=13)
        table.add_column("explanation", overflow="fold", max_width=80)
        for f in result.findings:
            table.add_row(f.kind, f.explanation)
        console.print(table)
    if result.timeline:
        table = new_table(console, title="timeline")
        for column, width in (("date", 10), ("origin", 40), ("stance", 14), ("claims", 30)):
            table.add_column(column, overflow="fold", max_width=width)
        for e in result.timeline:
            table.add_row(str(e.date or "?"), e.origin, e.stance, ", ".join(e.claim_ids))
        console.print(table)
    if show_text:
        for g in result.groups:
            for c in g.claims:
                console.print(f"{c.id} {c.article} {c.said_on or '?'} "
                              f"{c.speaker.canonical if c.speaker else '(article)'}: {' '.join(c.text.split())}",
                              highlight=False, markup=False)


def topics_table(rows: list[dict], console: Console) -> None:
    table = new_table(console, title="topics")
    # Piped, the columns are one space apart and fit 80 columns whole ("artic…" was cut before);
    # a long topic id folds instead. A bordered terminal table needs 95 columns for that: below,
    # rich shortens its headers rather than losing the last column.
    whole = not console.is_terminal
    table.add_column("topic", overflow="fold" if whole else "ellipsis", no_wrap=not whole)
    for column in ("claims", "articles", "origins", "first", "last", "contradictions"):
        dates = column in ("first", "last")
        table.add_column(column, justify="left" if dates else "right", no_wrap=whole or dates,
                         min_width=len(column) if whole else None)
    for row in rows:
        table.add_row(row["topic"], german_number(row["claims"]), german_number(row["articles"]),
                      german_number(row["origins"]),
                      str(row["first_date"] or "?"), str(row["last_date"] or "?"), str(row["contradictions"]))
    console.print(table)
