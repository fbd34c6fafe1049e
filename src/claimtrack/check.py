"""`claimtrack check`: new articles against what the store already holds, for CI.

The new articles are extracted (never stored, unless the caller stores them after a pass),
reconciled together with the stored claims of the same topics, and every finding that
involves a new claim is reported against the new article and the line of the claim:

  contradiction  a new claim contradicts another origin's figure or stance
  new-figure     a new figure falls outside every agreeing group of its subject
  update         an origin revises its own figure or stance
  warning        no published date, unresolved relative dates, an unattributed figure,
                 a decoding fallback, a file that could not be read
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from spacy.language import Language

from .config import Topic
from .errors import ArticleError
from .extract import extract
from .models import Article, Claim, same_version
from .reading import ManifestRow, SourceText, find_files, manifest_row, read_article
from .reconcile import figure_range, reconcile
from .store import Store, article_rows

Kind = Literal["contradiction", "new-figure", "update", "warning"]
# What --fail-on compares against: a finding fails the check when its level is at or above.
LEVELS: dict[str, int] = {"update": 0, "warning": 1, "new-figure": 2, "contradiction": 3, "never": 99}


class CheckFinding(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Kind
    article: str = Field(description="The new article's path as given.")
    line: int | None = Field(description="1-based line of the claim in the article; None for the whole file.")
    topic: str | None = None
    claim_ids: list[str] = Field(default_factory=list)
    message: str


@dataclass
class CheckReport:
    articles: list[str] = field(default_factory=list)
    findings: list[CheckFinding] = field(default_factory=list)
    sources: list[tuple[SourceText, list[Claim]]] = field(default_factory=list)
    # articles whose bytes the store already holds: nothing new to check
    unchanged: list[str] = field(default_factory=list)
    # checked path -> the stored paths of the version it changes ("../base/articles/a.txt")
    replaces: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def failed(self, fail_on: str) -> bool:
        return any(LEVELS[f.kind] >= LEVELS[fail_on] for f in self.findings)


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _path_parts(path: str) -> list[str]:
    return [p for p in path.replace("\\", "/").split("/") if p not in ("", ".", "..")]


def same_article(stored: str, checked: str) -> bool:
    """Is the stored path the checked article in another place? The store of a CI job is
    built from the base branch ("../base/articles/a.txt") and the change names the file in
    the working tree ("articles/a.txt"): the stored version is the one the change replaces."""
    a, b = _path_parts(stored), _path_parts(checked)
    short, long = sorted((a, b), key=len)
    return bool(short) and long[len(long) - len(short):] == short


def warnings_for(source: SourceText, claims: list[Claim]) -> list[CheckFinding]:
    path = source.article.path
    out = []
    if source.article.published is None:
        out.append(CheckFinding(kind="warning", article=path, line=None,
                                message="no published date (give it in a manifest, front matter or a date line)"))
    if source.decoding_fallback:
        out.append(CheckFinding(kind="warning", article=path, line=None,
                                message=f"not UTF-8: decoded as {source.article.encoding}; save the file as UTF-8"))
    for claim in claims:
        line = line_of(source.text, claim.span[0])
        for d in claim.dates:
            if d.value is None:
                out.append(CheckFinding(kind="warning", article=path, line=line, claim_ids=[claim.id],
                                        message=f"relative date {d.text!r} left unresolved"))
        if claim.speaker is None and claim.quantities:
            figures = ", ".join(q.text for q in claim.quantities)
            out.append(CheckFinding(kind="warning", article=path, line=line, claim_ids=[claim.id],
                                    message=f"unattributed figure: {figures}"))
    return out


def check(
    paths: list[Path],
    store: Store | None,
    nlp: Language,
    topics: list[Topic],
    manifest: dict[str, ManifestRow] | None = None,
    tolerance: float = 0.1,
) -> CheckReport:
    """Extract the new articles and reconcile them against the store; nothing is written."""
    report = CheckReport()
    new_claims: dict[str, tuple[SourceText, Claim]] = {}
    stored_articles = store.stored_articles() if store else {}
    by_bytes: dict[str, list[Article]] = {}
    for article in stored_articles.values():
        by_bytes.setdefault(article.sha256, []).append(article)
    for path in find_files(paths):
        given = str(path)
        report.articles.append(given)
        try:
            source = read_article(path, given, manifest)
            # as ingest skips it: the same bytes, read with the same metadata (published date …)
            listed = bool(manifest) and manifest_row(manifest, path, given) is not None
            if any(same_version(source.article, a, listed) for a in by_bytes.get(source.article.sha256, [])):
                report.unchanged.append(given)  # its claims and their disagreements are stored already
                continue
            claims = extract(nlp, source)
        except ArticleError as exc:
            report.findings.append(CheckFinding(kind="warning", article=given, line=None,
                                                message=f"file skipped: {exc}"))
            continue
        report.sources.append((source, claims))
        report.findings.extend(warnings_for(source, claims))
        for claim in claims:
            # an undated new article is compared as today's news: it came after the store
            compared = claim if claim.said_on else claim.model_copy(update={"said_on": date.today()})
            new_claims[claim.id] = (source, compared)

    checked = {s.article.path for s, _ in report.sources}
    report.replaces = {path: tuple(stored for stored in stored_articles if stored != path and same_article(stored, path))
                       for path in checked}
    replaced = {stored for path in checked for stored in (*report.replaces[path], path) if stored in stored_articles}
    for topic in topics:
        mine = [c for _, c in new_claims.values() if topic.id in c.topics]
        if not mine:
            continue
        stored = [c for c in (store.claims(topic=topic.id) if store else [])
                  if c.article not in checked and c.article not in replaced]
        result = reconcile(topic, stored + mine, tolerance)
        # A new figure inside a group the store already holds agrees with the store: the
        # disagreement is the other side's, not this article's.
        agrees = {c.id for g in result.groups if any(c.id not in new_claims for c in g.claims) for c in g.claims}
        for finding in result.findings:
            involved = [new_claims[i] for i in finding.claim_ids if i in new_claims and i not in agrees]
            if finding.kind not in ("contradiction", "update") or not involved:
                continue
            for source, claim in involved:
                report.findings.append(CheckFinding(
                    kind=finding.kind, article=source.article.path, line=line_of(source.text, claim.span[0]),
                    topic=topic.id, claim_ids=finding.claim_ids, message=finding.explanation))
        stored_subjects = {g.subject for g in result.groups if any(c.id not in new_claims for c in g.claims)}
        for group in result.groups:
            if group.subject in stored_subjects and all(c.id in new_claims for c in group.claims):
                for claim in group.claims:
                    source, _ = new_claims[claim.id]
                    report.findings.append(CheckFinding(
                        kind="new-figure", article=source.article.path, line=line_of(source.text, claim.span[0]),
                        topic=topic.id, claim_ids=[claim.id],
                        message=f"{figure_range(group)} {group.subject} lies outside every group the store "
                                "holds for this subject"))
    report.findings = dedupe(report.findings)
    return report


def dedupe(findings: list[CheckFinding]) -> list[CheckFinding]:
    seen: set[tuple] = set()
    out = []
    for f in findings:
        key = (f.kind, f.article, f.line, f.message)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return sorted(out, key=lambda f: (f.article, f.line or 0, -LEVELS[f.kind]))


def store_checked(report: CheckReport, store: Store, topics: dict[str, Topic]) -> None:
    """Store the checked articles (after a pass), each in place of the version it changes."""
    for source, claims in report.sources:
        path = source.article.path
        store.write(article_rows(source.article, claims, topics), report.replaces.get(path, ()))
    if report.sources:
        store.link_speakers(topics)
