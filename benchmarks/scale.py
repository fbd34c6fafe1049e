"""Scaling figures in one run: parallel ingest, Dask, incremental re-ingest, memory.

    python benchmarks/scale.py [--articles 2000] [--memory 1000,5000,20000]

On a generated corpus (benchmarks/corpus.py) it times the installed `claimtrack ingest` with
`--workers 1`, `--workers 2` and `--engine dask --workers 2` (a local cluster), prints
words/s and speed-ups, then the time of a second ingest of the unchanged corpus relative to
the first, and the peak memory (max RSS, /usr/bin/time) of ingesting corpora of the
`--memory` sizes. Targets on 2 cores: workers 2 >= 1.6x workers 1; re-ingest >= 50x faster;
peak memory for the largest corpus within 1.3x of the smallest.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import generate  # noqa: E402

CLI = Path(sys.executable).parent / "claimtrack"


def words(folder: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8").split()) for p in folder.glob("*.txt"))


def ingest(folder: Path, db: Path, *options: str) -> float:
    started = time.perf_counter()
    subprocess.run([str(CLI), "ingest", str(folder), "--manifest", str(folder / "manifest.csv"), "--db", str(db),
                    "--quiet", *options], check=True)
    return time.perf_counter() - started


def peak_rss_mib(folder: Path, db: Path) -> float:
    out = subprocess.run(["/usr/bin/time", "-f", "%M", str(CLI), "ingest", str(folder), "--manifest",
                          str(folder / "manifest.csv"), "--db", str(db), "--quiet"],
                         check=True, capture_output=True, text=True)
    return int(out.stderr.strip().splitlines()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--memory", default="1000,5000,20000", help="corpus sizes for peak memory")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="claimtrack-scale-") as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        generate(corpus, args.articles, seed=1)
        total = words(corpus)
        print(f"corpus: {args.articles} articles, {total:,} words")
        runs = {}
        for label, options in (("workers 1", ("--workers", "1")), ("workers 2", ("--workers", "2")),
                               ("dask, 2 workers", ("--engine", "dask", "--workers", "2"))):
            runs[label] = ingest(corpus, root / f"{label.replace(' ', '_').replace(',', '')}.db", *options)
            speedup = runs["workers 1"] / runs[label]
            print(f"{label:<18}{runs[label]:>8.1f} s {total / runs[label]:>10,.0f} words/s   x{speedup:.2f}")
        again = ingest(corpus, root / "workers_1.db", "--workers", "1")
        print(f"re-ingest unchanged {again:>7.2f} s   {runs['workers 1'] / again:.0f}x faster than the first")
        sizes = [int(n) for n in args.memory.split(",") if n]
        peaks = []
        for size in sizes:
            folder = root / f"m{size}"
            generate(folder, size, seed=2)
            peaks.append(peak_rss_mib(folder, root / f"m{size}.db"))
            print(f"peak memory, {size:>6} articles: {peaks[-1]:.0f} MiB")
        if len(peaks) > 1:
            print(f"largest / smallest: {peaks[-1] / peaks[0]:.2f}")
        print("scale " + " ".join(f"{k.replace(' ', '_').replace(',', '')}={v:.1f}" for k, v in runs.items())
              + f" reingest={again:.2f} memory={','.join(f'{p:.0f}' for p in peaks)}")


if __name__ == "__main__":
    main()
