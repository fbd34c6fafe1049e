"""Ingest: files -> decoded articles -> claims -> store, incrementally.

A file whose content hash is already stored under its path is skipped; a changed file
replaces its claims; `force` re-extracts everything. One failing file never stops the rest.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from .errors import ArticleError
from .extract import extract
from .reading import ManifestRow, find_files, read_article
from .store import SQLiteStore


@dataclass
class IngestReport:
    files: int = 0
    articles: int = 0
    claims: int = 0
    figures: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)  # articles without a published date
    unresolved_dates: int = 0  # relative date mentions left without a value
    fallbacks: list[tuple[str, str]] = field(default_factory=list)  # (path, encoding) decoded as legacy text
    seconds: float = 0.0


def ingest(
    paths: list[Path],
    store: SQLiteStore,
    nlp: Language,
    manifest: dict[str, ManifestRow] | None = None,
    force: bool = False,
    progress: Callable[[str], None] | None = None,
) -> IngestReport:
    """Extract and store the claims of every article under `paths`."""
    started = time.perf_counter()
    report = IngestReport()
    files = list(find_files(paths))
    report.files = len(files)
    for path in files:
        given = str(path)
        if progress:
            progress(given)
        try:
            source = read_article(path, given, manifest)
            if not force and store.stored_hash(given) == source.article.sha256:
                report.skipped += 1
                continue
            claims = extract(nlp, source)
        except ArticleError as exc:
            report.failed.append((given, str(exc)))
            continue
        store.replace_article(source.article, claims)
        report.articles += 1
        report.claims += len(claims)
        report.figures += sum(len(c.quantities) for c in claims)
        report.unresolved_dates += sum(1 for c in claims for d in c.dates if d.value is None)
        if source.article.published is None:
            report.undated.append(given)
        if source.decoding_fallback:
            report.fallbacks.append((given, source.article.encoding))
    if report.articles:
        store.link_surnames()
    report.seconds = time.perf_counter() - started
    return report
