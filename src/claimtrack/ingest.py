"""Ingest: files -> decoded articles -> claims -> store, incrementally.

A file the store already holds as it reads now (its bytes and its metadata) is skipped; a
changed file replaces its claims; `force` re-extracts everything. The file's stored article
is the one under the path as given or under another path that names the same file on disk
(see `plan`), so a second spelling of a path never stores an article twice. One failing file
never stops the rest.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .config import Topic
from .errors import ArticleError
from .models import Article, Claim, same_version
from .reading import (
    ManifestRow,
    find_files,
    manifest_row,
    read_article,
    source_text,
    unmatched_rows,
)
from .store import ArticleRows, Store, article_rows

if TYPE_CHECKING:  # spaCy is imported only when an article needs extracting
    from spacy.language import Language


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
    unmatched: list[str] = field(default_factory=list)  # manifest paths that name no file that was read
    seconds: float = 0.0
    workers: int = 0  # processes that extracted (0: nothing needed extracting)


# Below this many articles per process, a forked worker saves little or costs time (on 2 CPUs,
# two processes were slower than one on 20 short articles and 15-25 % faster on 80).
ARTICLES_PER_WORKER = 40


def cpus() -> int:
    """The CPUs this process may run on (a container or `taskset` may allow fewer than exist)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def auto_workers(articles: int) -> int:
    """Processes for extracting `articles`: one per CPU, but none with too little to do."""
    return max(1, min(cpus(), articles // ARTICLES_PER_WORKER))


# The pipeline a worker process uses: set before the pool forks, so each worker has it
# loaded once, without pickling it.
_WORKER_NLP: Language | None = None


@dataclass
class Extracted:
    """What extracting one file gives: plain records, never a spaCy Doc."""

    given: str
    outcome: str  # "stored" or "failed"
    article: Article | None = None
    claims: list[Claim] = field(default_factory=list)
    error: str | None = None
    fallback: bool = False
    rows: ArticleRows | None = None  # made by the worker, so the writing process only writes
    counts: tuple[int, int, int] = (0, 0, 0)  # claims, figures, unresolved date mentions


def extract_file(path: Path, manifest: dict[str, ManifestRow] | None, nlp: Language | None = None,
                 topics: dict[str, Topic] | None = None) -> Extracted:
    """Read and extract one file."""
    from .extract import extract

    given = str(path)
    nlp = nlp or _WORKER_NLP
    try:
        source = read_article(path, given, manifest)
        claims = extract(nlp, source)
    except ArticleError as exc:
        return Extracted(given, "failed", error=str(exc))
    topics = topics or {t.id: t for t in nlp.get_pipe("claimtrack_topics").topics}
    counts = (len(claims), sum(len(c.quantities) for c in claims),
              sum(1 for c in claims for d in c.dates if d.value is None))
    return Extracted(given, "stored", source.article, claims, fallback=source.decoding_fallback,
                     rows=article_rows(source.article, claims, topics), counts=counts)


def extract_to_send(path: Path, manifest: dict[str, ManifestRow] | None, nlp: Language | None = None) -> Extracted:
    """`extract_file` in a worker: the result goes to the writing process, and its rows carry
    the claims, so the claim records stay behind (sending both would cost twice)."""
    result = extract_file(path, manifest, nlp)
    result.claims = []
    return result


def _leave_interrupts_to_the_parent() -> None:
    """Ctrl-C reaches every process of the terminal's group: a worker ignores it, so that only
    the writing process stops (it ends the pool and says so in one line), without a traceback
    from each worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _extract_in_worker(task: tuple[Path, dict[str, ManifestRow] | None]) -> Extracted:
    return extract_to_send(*task)


@dataclass(frozen=True)
class Planned:
    """A file to extract, and the paths of its stored articles under other spellings of its
    path, which its new article replaces."""

    path: Path
    replaces: tuple[str, ...] = ()


def plan(files: list[Path], stored: dict[str, Article], manifest: dict[str, ManifestRow] | None,
         force: bool = False) -> tuple[list[Planned], int]:
    """The files to extract, and how many are skipped.

    A file's stored articles are the one under the path as given or, when there is none, those
    under other paths that name the same file on disk: both resolved from the current folder,
    `os.path.samefile` ("../story/a.txt" and "/home/me/story/a.txt", a symbolic or hard link).
    A stored path that names no existing file, or another file, is another article: copies of
    the same bytes in different files stay different articles, as their paths say. A file is
    skipped when one of its stored articles holds it as it reads now (`is_stored`); otherwise
    it is extracted and its article replaces them all. A file given twice in one run (under
    two spellings) is read once, under the first. `force` skips nothing but still replaces."""
    todo: list[Planned] = []
    skipped = 0
    seen: set[tuple[int, int]] = set()
    by_file: dict[tuple[int, int], list[str]] | None = None
    for path in files:
        given = str(path)
        identity = file_identity(given)
        if identity is not None and identity in seen:
            skipped += 1
            continue
        if identity is not None:
            seen.add(identity)
        mine = [given] if given in stored else []
        if not mine and identity is not None and stored:
            by_file = by_file if by_file is not None else stored_files(stored)  # stat the store's paths once
            mine = by_file.get(identity, [])
        if not force and is_stored(path, manifest, [stored[p] for p in mine]):
            skipped += 1
            continue
        todo.append(Planned(path, tuple(p for p in mine if p != given)))
    return todo, skipped


def file_identity(path: str) -> tuple[int, int] | None:
    """What names a file on disk whatever the spelling of its path (`os.path.samefile`)."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def stored_files(stored: dict[str, Article]) -> dict[tuple[int, int], list[str]]:
    """The stored paths that name an existing file, by the file they name."""
    out: dict[tuple[int, int], list[str]] = {}
    for path in sorted(stored):
        identity = file_identity(path)
        if identity is not None:
            out.setdefault(identity, []).append(path)
    return out


def is_stored(path: Path, manifest: dict[str, ManifestRow] | None, candidates: list[Article]) -> bool:
    """Does one of the stored articles hold the file as it reads now: its bytes, and the
    published date, title, outlet and url the manifest or the file gives (`same_version`)?
    Only a file whose bytes are stored is decoded. An unreadable file is not stored, so that
    extraction reports it."""
    if not candidates:
        return False
    try:
        raw = path.read_bytes()
    except OSError:
        return False
    sha = hashlib.sha256(raw).hexdigest()
    same_bytes = [article for article in candidates if article.sha256 == sha]
    if not same_bytes:
        return False
    try:
        read = source_text(raw, path, str(path), manifest).article
    except ArticleError:
        return False
    listed = bool(manifest) and manifest_row(manifest, path, str(path)) is not None
    return any(same_version(read, article, listed) for article in same_bytes)


def extracted(files: list[Path], nlp: Language, manifest: dict[str, ManifestRow] | None,
              workers: int) -> Iterator[Extracted]:
    """Extractions in file order: in this process, or in `workers` forked processes that
    each keep the loaded pipeline (the store is written by this process only)."""
    tasks = [(path, manifest) for path in files]
    if workers <= 1 or len(files) < 2:
        for task in tasks:
            yield extract_file(*task, nlp=nlp)
        return
    global _WORKER_NLP
    _WORKER_NLP = nlp
    context = multiprocessing.get_context("fork")
    with context.Pool(processes=workers, initializer=_leave_interrupts_to_the_parent) as pool:
        yield from pool.imap(_extract_in_worker, tasks, chunksize=4)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Python's cycle collector, tuned for one run and restored after it: the loaded pipeline,
    lexicons and lemma table live as long as the run, so they are frozen out of its scans
    (before the workers fork, so they inherit that), and it runs every 10,000 new objects
    instead of every 700. Counted with callgrind on 120 articles: 6 % fewer instructions
    for extracting them."""
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(10_000, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def record(result: Extracted, store: Store, topics: dict[str, Topic], report: IngestReport,
           replaces: tuple[str, ...] = ()) -> None:
    """Store one extraction in place of the stored articles it `replaces` (or count it as
    failed) and add it to the report."""
    if result.outcome == "failed" or result.article is None:
        report.failed.append((result.given, result.error or "extraction failed"))
        return
    store.write(result.rows or article_rows(result.article, result.claims, topics), replaces)
    report.articles += 1
    report.claims += result.counts[0]
    report.figures += result.counts[1]
    report.unresolved_dates += result.counts[2]
    if result.article.published is None:
        report.undated.append(result.given)
    if result.fallback:
        report.fallbacks.append((result.given, result.article.encoding))


def ingest(
    paths: list[Path],
    store: Store,
    nlp: Language | Callable[[], Language],
    manifest: dict[str, ManifestRow] | None = None,
    force: bool = False,
    progress: Callable[[str], None] | None = None,
    workers: int | None = 1,
) -> IngestReport:
    """Extract and store the claims of every article under `paths`; with `workers` > 1 the
    extraction runs in that many processes and the results are the same as with one;
    `workers=None` chooses by the number of articles to extract (`auto_workers`).
    `nlp` may be a function that builds the pipeline, called only if a file changed."""
    started = time.perf_counter()
    report = IngestReport()
    files = list(find_files(paths))
    report.files = len(files)
    report.unmatched = [row.path for row in unmatched_rows(manifest, files)] if manifest else []
    todo, report.skipped = plan(files, store.stored_articles(), manifest, force)
    replaces = {str(item.path): item.replaces for item in todo}
    if todo:
        # the pipeline is built only when there is something to extract: an unchanged corpus
        # is checked in the time it takes to read and hash it
        nlp = nlp if hasattr(nlp, "pipe_names") else nlp()  # a pipeline, or a function that builds one
        topics = {t.id: t for t in nlp.get_pipe("claimtrack_topics").topics}
        report.workers = workers or auto_workers(len(todo))
        with fewer_collections():
            for result in extracted([item.path for item in todo], nlp, manifest, report.workers):
                if progress:
                    progress(result.given)
                record(result, store, topics, report, replaces[result.given])
    if report.articles:
        store.link_speakers(topics)
    report.seconds = time.perf_counter() - started
    return report
