"""Ingest on a Dask cluster: for corpora one machine cannot get through in time.

The corpus is cut into shards of file paths (tens of MB of text each, not single articles).
Each Dask task extracts one shard with a pipeline built once per worker process and returns
plain records (`ingest.Extracted`, never a spaCy Doc). This process writes the store, in
shard order, so the claims are the same as a single-process ingest. A shard whose files are
stored as they read now is not sent at all, so a failed run resumes where it broke.

    claimtrack ingest corpus/ --engine dask                      # a local cluster
    claimtrack ingest corpus/ --engine dask --scheduler tcp://scheduler:8786 --db postgresql://...

Needs the `dask` extra: pip install 'claimtrack[dask]'.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .config import parse_topics, shipped_topics
from .errors import UsageError
from .ingest import Extracted, IngestReport, extract_to_send, plan, record
from .reading import ManifestRow, find_files, unmatched_rows
from .store import Store

SHARD_BYTES = 32 * 2**20
_PIPELINES: dict[str, Any] = {}  # per worker process: built once, reused by every shard


def shards(files: list[Path], limit: int = SHARD_BYTES) -> list[list[Path]]:
    """Consecutive runs of files of about `limit` bytes each."""
    out: list[list[Path]] = []
    size = limit
    for path in files:
        length = path.stat().st_size
        if size + length > limit and (not out or out[-1]):
            out.append([])
            size = 0
        out[-1].append(path)
        size += length
    return [shard for shard in out if shard]


def _pipeline(model: str | None, extra_topics: list[dict]) -> Any:
    key = json.dumps([model, extra_topics], sort_keys=True)
    if key not in _PIPELINES:
        from .pipeline import build_nlp

        _PIPELINES[key] = build_nlp(model, extra_topics=extra_topics)
    return _PIPELINES[key]


def extract_shard(files: list[str], manifest: dict[str, ManifestRow] | None,
                  model: str | None, extra_topics: list[dict]) -> list[Extracted]:
    """One Dask task: extract a shard with this worker's pipeline."""
    nlp = _pipeline(model, extra_topics)
    return [extract_to_send(Path(f), manifest, nlp=nlp) for f in files]


def ingest_dask(
    paths: list[Path],
    store: Store,
    model: str | None = None,
    extra_topics: list[dict] | None = None,
    manifest: dict[str, ManifestRow] | None = None,
    force: bool = False,
    scheduler: str | None = None,
    workers: int = 2,
    shard_bytes: int = SHARD_BYTES,
    progress: Callable[[str], None] | None = None,
) -> IngestReport:
    """Extract on a Dask cluster (a local one without `scheduler`) and store the claims."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise UsageError("--engine dask needs Dask: pip install 'claimtrack[dask]'") from exc
    started = time.perf_counter()
    report = IngestReport()
    files = list(find_files(paths))
    report.files = len(files)
    report.unmatched = [row.path for row in unmatched_rows(manifest, files)] if manifest else []
    todo, report.skipped = plan(files, store.stored_articles(), manifest, force)
    replaces = {str(item.path): item.replaces for item in todo}
    # at least four shards a worker, so that a small corpus still spreads over the cluster
    total = sum(p.stat().st_size for p in files)
    limit = max(1, min(shard_bytes, total // (workers * 4) + 1))
    work = shards([item.path for item in todo], limit)  # a resumed run sends only what is not stored
    # the topic definitions the workers tag with (the client never loads a pipeline itself)
    topics = {t.id: t for t in shipped_topics() + parse_topics(extra_topics or [], "extra topics")}
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                  dashboard_address=None)
    try:
        with Client(scheduler or cluster) as client:
            futures = [client.submit(extract_shard, [str(p) for p in shard], manifest,
                                     model, extra_topics or [], pure=False) for shard in work]
            for future in futures:  # in shard order: the store ends up as a single-process ingest
                for result in future.result():
                    if progress:
                        progress(result.given)
                    record(result, store, topics, report, replaces[result.given])
    finally:
        if cluster is not None:
            cluster.close()
    if report.articles:
        store.link_speakers(topics)
    report.seconds = time.perf_counter() - started
    return report
