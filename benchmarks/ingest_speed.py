"""How fast is `claimtrack ingest` compared with bare spaCy tokenisation?

    python benchmarks/ingest_speed.py [--articles N] [--seed S] [--profile PATH | --no-profile]
    python benchmarks/ingest_speed.py --corpus DIR      # a folder of real articles instead

One run generates a synthetic German corpus (benchmarks/corpus.py) in a temporary folder, or
copies the .txt/.md files of --corpus DIR (with its manifest.csv, if any), and measures, on
the same texts, words per second of
  (a) bare tokenisation: `spacy.blank("de")` over `nlp.pipe(texts)`: the first pass of a fresh
      pipeline (its string cache empty, as in every ingest run) and the best of 3 passes
      (cache warm; the target's baseline);
  (b) the installed `claimtrack ingest DIR --manifest ... --db ... --quiet` as a subprocess,
      wall time, with its start-up (Python, imports, pipeline) measured on a 1-article folder;
      as a user runs it (one process per CPU for a corpus this size) and with `--workers 1`;
  (c) `claimtrack.ingest.ingest` in process, pipeline built beforehand;
  (d) the floor: a fresh Python's `import spacy; spacy.blank("de")`, plus reading and
      tokenising every article as ingest does, with none of our components and no store: no
      `claimtrack ingest` that runs spaCy over every article can be faster;
and, on the first 500 articles, the seconds of each stage (reading, tokenising, every pipeline
component, claim records, store) in a fresh interpreter so that no cache is warm. A cProfile
of (c) on those 500 articles, also in a fresh interpreter, goes to /tmp/ingest_profile.txt.
Words are whitespace-separated tokens of the article files. The target is
tokenisation/ingest <= 3.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import multiprocessing
import os
import platform
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script from anywhere
from corpus import generate

from claimtrack.ingest import auto_workers

BIN = Path(sys.executable).parent  # the venv's bin: claimtrack is installed beside python
TARGET_RATIO = 3.0


@dataclass
class Results:
    articles: int = 0
    corpus: str = ""
    words: int = 0
    distinct: int = 0  # distinct words: spaCy's tokenizer caches each string it has split
    tok_seconds: float = 0.0  # best of 3, cache warm
    tok_cold_seconds: float = 0.0  # first pass of a fresh pipeline
    startup_seconds: float = 0.0
    cli_seconds: float = 0.0  # as a user runs it: the default number of workers
    cli_workers: int = 0
    cli_single_seconds: float = 0.0  # --workers 1
    cli_claims: int = 0
    build_seconds: float = 0.0
    inproc_seconds: float = 0.0
    inproc_claims: int = 0
    rss_self_mib: float = 0.0
    rss_children_mib: float = 0.0
    stage_words: int = 0
    stages: dict[str, float] = field(default_factory=dict)
    floor_seconds: float = 0.0  # reading and tokenising every article, in a fresh interpreter
    spacy_startup_seconds: float = 0.0  # a Python that imports spaCy and makes spacy.blank("de")

    def wps(self, seconds: float) -> float:
        return self.words / seconds if seconds > 0 else float("nan")


def bare_tokenisation(texts: list[str], runs: int = 3) -> tuple[float, float]:
    """(first, best) wall time of `runs` passes of one spacy.blank("de") over the texts.

    spaCy's tokenizer caches the split of every string it has seen, so the first pass (what
    an ingest run does) is slower than the later ones, the more so the larger the vocabulary.
    """
    import spacy

    nlp = spacy.blank("de")
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        for doc in nlp.pipe(texts):
            len(doc)  # touch the Doc so nothing is optimised away
        times.append(time.perf_counter() - started)
    return times[0], min(times)


def claimtrack_cli(folder: Path, db: Path, cwd: Path, *options: str) -> float:
    """Wall time of `claimtrack ingest` on a folder, as a user runs it."""
    manifest = ["--manifest", str(folder / "manifest.csv")] if (folder / "manifest.csv").exists() else []
    command = [str(BIN / "claimtrack"), "ingest", str(folder), *manifest, "--db", str(db), "--quiet", *options]
    started = time.perf_counter()
    # cwd: a folder without claimtrack.toml/pyproject.toml, so no user topics are picked up
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"claimtrack ingest failed ({done.returncode}): {done.stderr.strip()}")
    return seconds


def spacy_startup() -> float:
    """Wall time of a fresh Python that imports spaCy and builds spacy.blank("de")."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import spacy; spacy.blank('de')"], check=True)
    return time.perf_counter() - started


def one_article_folder(corpus: Path, target: Path) -> Path:
    """A folder with the corpus's first article and its manifest row."""
    target.mkdir()
    if not (corpus / "manifest.csv").exists():
        shutil.copy(article_files(corpus)[0], target)
        return target
    header, first = (corpus / "manifest.csv").read_text(encoding="utf-8").splitlines()[:2]
    shutil.copy(corpus / first.split(",")[0], target)
    (target / "manifest.csv").write_text(f"{header}\n{first}\n", encoding="utf-8")
    return target


def article_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".md") and p.is_file())


def copy_corpus(source: Path, target: Path) -> list[str]:
    """The articles of a folder (and its manifest.csv), copied flat; their texts."""
    target.mkdir()
    texts = []
    for path in article_files(source):
        shutil.copy(path, target / path.name)
        texts.append(path.read_text(encoding="utf-8"))
    if (source / "manifest.csv").exists():
        shutil.copy(source / "manifest.csv", target / "manifest.csv")
    return texts


def manifest_rows(path: Path) -> dict:
    from claimtrack.reading import load_manifest

    return load_manifest(path) if path.exists() else {}


def stored_claims(db: Path) -> int:
    from claimtrack.store import open_store

    store = open_store(str(db), create=False)
    try:
        return store.counts()["claims"]
    finally:
        store.close()


def in_process(corpus: Path, db: Path) -> tuple[float, float, int]:
    """(build_nlp seconds, ingest seconds, claims) through the library, as the CLI calls it."""
    from claimtrack.ingest import ingest
    from claimtrack.pipeline import build_nlp
    from claimtrack.store import open_store

    started = time.perf_counter()
    nlp = build_nlp()
    built = time.perf_counter() - started
    store = open_store(str(db))
    manifest = manifest_rows(corpus / "manifest.csv")  # the CLI's --manifest: same dates, same claims
    started = time.perf_counter()
    report = ingest([corpus], store, nlp, manifest)
    seconds = time.perf_counter() - started
    store.close()
    if report.failed:
        raise SystemExit(f"in-process ingest failed on {len(report.failed)} files: {report.failed[:3]}")
    return built, seconds, report.claims


def stage_times(files: list[str], manifest: str, db: str) -> dict[str, float]:
    """Seconds per stage of ingest over the files, without a profiler's overhead.

    Mirrors `claimtrack.ingest.ingest` step by step; runs in a spawned interpreter so that the
    lemma and date caches start cold, as in a real run.
    """
    from claimtrack import lexicons
    from claimtrack.extract import extract_doc
    from claimtrack.pipeline import build_nlp, make_doc
    from claimtrack.reading import read_article
    from claimtrack.store import open_store

    nlp = build_nlp()
    store = open_store(db)
    rows = manifest_rows(Path(manifest))
    started = time.perf_counter()
    lexicons.lemma_table()  # loaded lazily by the first lemma look-up: a one-off, kept apart
    times: dict[str, float] = {"lemma table load (once)": time.perf_counter() - started}

    def add(stage: str, started: float) -> None:
        times[stage] = times.get(stage, 0.0) + time.perf_counter() - started

    for name in files:
        started = time.perf_counter()
        source = read_article(Path(name), name, rows)
        add("read_article", started)
        started = time.perf_counter()
        doc = make_doc(nlp, source.text, source.article.published, source.skip)
        add("tokenise (make_doc)", started)
        for component, proc in nlp.pipeline:
            started = time.perf_counter()
            doc = proc(doc)
            add(component, started)
        started = time.perf_counter()
        claims = extract_doc(doc, source.article)
        add("extract_doc (Claim records)", started)
        started = time.perf_counter()
        store.replace_article(source.article, claims)
        add("store.replace_article", started)
    store.close()
    return times


def floor_seconds(files: list[str], manifest: str) -> float:
    """Seconds to read and tokenise every article as ingest does, with none of our components.

    With the CLI's start-up added, a lower bound of any `claimtrack ingest` that runs spaCy over
    every article: no rule, claim record or store write can bring a run below it. Runs in a
    spawned interpreter so that the tokenizer's cache starts cold, as in a real run.
    """
    import spacy

    from claimtrack.pipeline import make_doc
    from claimtrack.reading import read_article

    nlp = spacy.blank("de")
    rows = manifest_rows(Path(manifest))
    started = time.perf_counter()
    for name in files:
        source = read_article(Path(name), name, rows)
        make_doc(nlp, source.text, source.article.published, source.skip)
    return time.perf_counter() - started


def profile_ingest(files: list[str], manifest: str, db: str, out: str) -> None:
    """cProfile of build_nlp + ingest; runs in a spawned interpreter so every cache starts cold."""
    from claimtrack.ingest import ingest
    from claimtrack.pipeline import build_nlp
    from claimtrack.store import open_store

    profiler = cProfile.Profile()
    profiler.enable()
    nlp = build_nlp()
    store = open_store(db)
    report = ingest([Path(f) for f in files], store, nlp, manifest_rows(Path(manifest)))
    profiler.disable()
    store.close()
    buffer = io.StringIO()
    buffer.write(f"cProfile of build_nlp + ingest: {report.articles} articles, {report.claims} claims "
                 f"(timings inflated by the profiler)\n")
    for key in ("cumulative", "tottime"):
        buffer.write(f"\n===== sorted by {key}, top 25 =====\n")
        pstats.Stats(profiler, stream=buffer).strip_dirs().sort_stats(key).print_stats(25)
    Path(out).write_text(buffer.getvalue(), encoding="utf-8")


def run(articles: int, seed: int, profile: str | None, profile_articles: int, source: Path | None = None) -> Results:
    results = Results(articles=articles)
    with tempfile.TemporaryDirectory(prefix="claimtrack-bench-") as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        texts = copy_corpus(source, corpus) if source else generate(corpus, articles, seed)
        results.articles = articles = len(texts)
        results.corpus = str(source) if source else f"generated, seed {seed}"
        results.words = sum(len(t.split()) for t in texts)
        results.distinct = len({w for t in texts for w in t.split()})
        print(f"corpus: {articles} articles, {results.words} words in {corpus}", file=sys.stderr)

        results.tok_cold_seconds, results.tok_seconds = bare_tokenisation(texts)
        print(f"tokenisation: {results.tok_cold_seconds:.2f} s first pass, {results.tok_seconds:.2f} s best",
              file=sys.stderr)

        single = one_article_folder(corpus, root / "single")
        # start-up: best of 3, a fresh store each time (a stored article would be skipped)
        results.startup_seconds = min(claimtrack_cli(single, root / f"single{n}.db", root) for n in range(3))
        results.cli_seconds = claimtrack_cli(corpus, root / "cli.db", root)
        results.cli_workers = auto_workers(articles)
        results.cli_claims = stored_claims(root / "cli.db")
        results.cli_single_seconds = claimtrack_cli(corpus, root / "cli1.db", root, "--workers", "1")
        print(f"cli: start-up {results.startup_seconds:.2f} s, ingest {results.cli_seconds:.2f} s "
              f"({results.cli_workers} workers), {results.cli_single_seconds:.2f} s (1 worker)", file=sys.stderr)

        results.build_seconds, results.inproc_seconds, results.inproc_claims = in_process(corpus, root / "inproc.db")
        print(f"in-process: ingest {results.inproc_seconds:.2f} s", file=sys.stderr)
        # ru_maxrss is in KiB on Linux; the children's figure is the largest single child
        results.rss_self_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        results.rss_children_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

        # a slice of the corpus: the profiler triples the run time, the hot spots stay the same
        results.spacy_startup_seconds = min(spacy_startup() for _ in range(3))
        every = [str(p) for p in article_files(corpus)]
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            results.floor_seconds = pool.apply(floor_seconds, (every, str(corpus / "manifest.csv")))
        files = every[:profile_articles]
        results.stage_words = sum(len(Path(f).read_text(encoding="utf-8").split()) for f in files)
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            results.stages = pool.apply(stage_times, (files, str(corpus / "manifest.csv"), str(root / "stages.db")))
        if profile:
            child = multiprocessing.get_context("spawn").Process(
                target=profile_ingest, args=(files, str(corpus / "manifest.csv"), str(root / "profile.db"), profile))
            child.start()
            child.join()
            if child.exitcode != 0:
                raise SystemExit(f"the profiling run failed (exit code {child.exitcode})")
            print(f"profile: {profile}", file=sys.stderr)
    return results


def report(r: Results) -> None:
    tok_wps = r.wps(r.tok_seconds)
    net_cli = r.cli_seconds - r.startup_seconds
    floor = r.spacy_startup_seconds + r.floor_seconds
    rows: list[tuple[str, str, str, str]] = [
        ("corpus", r.corpus[-16:], "", ""),
        ("articles", f"{r.articles}", "", ""),
        ("words", f"{r.words}", "", ""),
        ("distinct words", f"{r.distinct}", "", ""),
        ("bare tokenisation (best of 3)", f"{r.tok_seconds:.2f}", f"{tok_wps:,.0f}", "1.0"),
        ("bare tokenisation (first pass)", f"{r.tok_cold_seconds:.2f}", f"{r.wps(r.tok_cold_seconds):,.0f}",
         f"{r.tok_cold_seconds / r.tok_seconds:.1f}"),
        (f"claimtrack ingest CLI, {r.cli_workers} worker(s)", f"{r.cli_seconds:.2f}", f"{r.wps(r.cli_seconds):,.0f}",
         f"{tok_wps / r.wps(r.cli_seconds):.1f}"),
        ("claimtrack ingest CLI, --workers 1", f"{r.cli_single_seconds:.2f}", f"{r.wps(r.cli_single_seconds):,.0f}",
         f"{tok_wps / r.wps(r.cli_single_seconds):.1f}"),
        ("  CLI start-up (1-article folder)", f"{r.startup_seconds:.2f}", "", ""),
        ("  CLI minus start-up", f"{net_cli:.2f}", f"{r.wps(net_cli):,.0f}", f"{tok_wps / r.wps(net_cli):.1f}"),
        ("in-process build_nlp()", f"{r.build_seconds:.2f}", "", ""),
        ("in-process ingest()", f"{r.inproc_seconds:.2f}", f"{r.wps(r.inproc_seconds):,.0f}",
         f"{tok_wps / r.wps(r.inproc_seconds):.1f}"),
        ("floor: spaCy start-up, read, tokenise", f"{floor:.2f}", f"{r.wps(floor):,.0f}",
         f"{tok_wps / r.wps(floor):.1f}"),
        ("claims extracted (CLI / in-process)", f"{r.cli_claims} / {r.inproc_claims}", "", ""),
        ("peak RSS MiB (benchmark / CLI child)", f"{r.rss_self_mib:.0f} / {r.rss_children_mib:.0f}", "", ""),
    ]
    print(f"\n{'measure':<38} {'seconds / value':>16} {'words/s':>10} {'tok/ingest':>10}")
    for name, value, wps, ratio in rows:
        print(f"{name:<38} {value:>16} {wps:>10} {ratio:>10}")
    cli_ratio = tok_wps / r.wps(r.cli_seconds)
    inproc_ratio = tok_wps / r.wps(r.inproc_seconds)
    verdict = "met" if cli_ratio <= TARGET_RATIO else "missed"
    total = sum(r.stages.values())
    print(f"\nstages of ingest, first {r.stage_words} words (fresh interpreter, no profiler): {total:.2f} s")
    for stage, seconds in sorted(r.stages.items(), key=lambda item: -item[1]):
        print(f"  {stage:<36} {seconds:>8.2f} s {100 * seconds / total:>5.1f} %")
    single_ratio = tok_wps / r.wps(r.cli_single_seconds)
    print(f"\ntarget tokenisation/ingest <= {TARGET_RATIO:g}: {verdict} (CLI {cli_ratio:.1f} with {r.cli_workers} "
          f"worker(s), {single_ratio:.1f} with one; in-process, one worker {inproc_ratio:.1f})")
    cold_ratio = r.wps(r.tok_cold_seconds) / r.wps(r.cli_seconds)
    print(f"against the first tokenisation pass (the work ingest itself does): CLI {cold_ratio:.1f}, "
          f"CLI minus start-up {r.wps(r.tok_cold_seconds) / r.wps(net_cli):.1f}")
    allowed = TARGET_RATIO * r.tok_seconds
    print(f"floor (one process: Python and spaCy start-up, reading and tokenising every article; no rule, no store): ratio "
          f"{tok_wps / r.wps(floor):.1f}; the target leaves every rule and the store "
          f"{max(0.0, allowed - floor):.2f} s of the {allowed:.2f} s it allows")
    print(f"machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.platform()}")
    print(f"benchmark articles={r.articles} words={r.words} tok_wps={tok_wps:.0f} ingest_wps={r.wps(r.cli_seconds):.0f} "
          f"ratio={cli_ratio:.2f} workers={r.cli_workers} ratio_1_worker={single_ratio:.2f} cold_ratio={cold_ratio:.2f} inproc_wps={r.wps(r.inproc_seconds):.0f} "
          f"inproc_ratio={inproc_ratio:.2f} floor_ratio={tok_wps / r.wps(floor):.2f} "
          f"claims={r.inproc_claims}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles to generate (default 2000)")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument("--profile", default="/tmp/ingest_profile.txt", help="where the cProfile text goes")
    parser.add_argument("--profile-articles", type=int, default=500,
                        help="articles for the stage timings and the profile (default 500)")
    parser.add_argument("--no-profile", action="store_true", help="skip the cProfile run")
    parser.add_argument("--corpus", type=Path, help="measure a folder of articles (.txt/.md, optional "
                        "manifest.csv) instead of a generated corpus")
    args = parser.parse_args()
    if args.articles < 1:
        parser.error("--articles must be at least 1")
    if args.corpus and not article_files(args.corpus):
        parser.error(f"--corpus {args.corpus}: no .txt or .md files there")
    report(run(args.articles, args.seed, None if args.no_profile else args.profile, args.profile_articles,
               args.corpus))


if __name__ == "__main__":
    main()
