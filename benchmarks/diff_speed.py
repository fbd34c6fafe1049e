"""How fast is `claimtrack diff` on a store of a million claims?

    python benchmarks/diff_speed.py [--claims 1000000] [--store PATH] [--rebuild]

Builds (once; it is kept at --store) a SQLite store of synthetic claims through the store's
own `replace_article`: 10,000 articles of 100 claims, on troop-count (figures from a few
hundred origins, agreeing around 10,000-12,000, a partial 1,500, outliers) and
deployment-status (each origin holds a stance and may change it once over 60 days). Then it
times, in process
and as the installed command, `diff --topic troop-count` and `diff --topic deployment-status`
(JSON). Target: under one second per diff in process.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from claimtrack.config import shipped_topics, topic_by_id
from claimtrack.models import Article, Claim, Quantity, Speaker
from claimtrack.reconcile import reconcile_stored
from claimtrack.store import open_store

PER_ARTICLE = 100
START = date(2024, 9, 1)
FIGURES = [(1500, "exact", "partial"), (10000, "approx", "total"), (12000, "exact", "total"),
           (11000, "approx", "unknown"), (50000, "exact", "unknown"), (300, "at_least", "unknown")]


def stance_of(origin: int, said: date) -> str:
    """Each origin holds one position and may change it once, as sources do: cannot confirm,
    then confirm; a few deny throughout."""
    change = START + timedelta(days=20 + origin % 30)
    if origin % 10 == 0:
        return "denies"
    if origin % 7 == 0:
        return "does_not_deny"
    return ("cannot_confirm", "confirms")[said >= change] if origin % 2 else ("asserts", "confirms")[said >= change]


def synthetic_claim(rnd: random.Random, article: str, n: int, origins: list[str]) -> Claim:
    number = rnd.randrange(len(origins))
    origin = origins[number]
    said = START + timedelta(days=rnd.randrange(60))
    speaker = Speaker(text=origin, canonical=origin, kind="government", span=(0, len(origin)))
    if n % 2 == 0:
        value, qualifier, scope = rnd.choice(FIGURES)
        quantity = Quantity(text=str(value), span=(10, 15), value=value, qualifier=qualifier, unit="Soldaten",
                            unit_lemma="Soldat", modifiers=["nordkoreanische"], scope=scope)
        return Claim(id=f"c{article}-{n}", article=article, published=said, text="x", span=(n * 100, n * 100 + 90),
                     speaker=speaker, cue=None, content=None, mode="reported", stance="asserts",
                     quantities=[quantity], said_on=said, topics=["troop-count"], sentence=n)
    return Claim(id=f"c{article}-{n}", article=article, published=said, text="x", span=(n * 100, n * 100 + 90),
                 speaker=speaker, cue=None, content=None, mode="reported", stance=stance_of(number, said),
                 said_on=said, topics=["deployment-status"], sentence=n)


def build(path: Path, claims: int) -> float:
    started = time.perf_counter()
    rnd = random.Random(1)
    origins = [f"Quelle {i}" for i in range(300)]
    topics = {t.id: t for t in shipped_topics()}
    store = open_store(str(path))
    for a in range(claims // PER_ARTICLE):
        name = f"articles/{a:06d}.txt"
        batch = [synthetic_claim(rnd, name, n, origins) for n in range(PER_ARTICLE)]
        article = Article(path=name, sha256=str(a), published=batch[0].said_on, published_source="manifest",
                          encoding="utf-8", chars=PER_ARTICLE * 100)
        store.replace_article(article, batch, topics)
        if a % 1000 == 0:
            print(f"  built {a * PER_ARTICLE:,} claims", file=sys.stderr)
    store.close()
    return time.perf_counter() - started


def best_of(runs: int, action) -> float:  # noqa: ANN001
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--store", default="/tmp/claimtrack-diff-bench.db")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    path = Path(args.store)
    if args.rebuild or not path.exists():
        path.unlink(missing_ok=True)
        print(f"building {args.claims:,} claims at {path} ...", file=sys.stderr)
        print(f"built in {build(path, args.claims):.0f} s", file=sys.stderr)
    store = open_store(str(path), read_only=True)
    total = store.counts()["claims"]
    cli = Path(sys.executable).parent / "claimtrack"
    print(f"store: {path} ({path.stat().st_size / 2**20:,.0f} MiB), {total:,} claims")
    print(f"{'topic':<20}{'claims':>10}{'in process s':>14}{'command s':>12}  groups / timeline / findings")
    for topic_id in ("troop-count", "deployment-status"):
        topic = topic_by_id(shipped_topics(), topic_id)
        result = reconcile_stored(store, topic)
        seconds = best_of(3, lambda: reconcile_stored(store, topic))  # noqa: B023
        command = best_of(1, lambda: subprocess.run(  # noqa: B023
            [str(cli), "diff", "--topic", topic_id, "--db", str(path), "--format", "json"],
            check=True, capture_output=True))
        size = store.topic_size(topic_id)
        print(f"{topic_id:<20}{size:>10,}{seconds:>14.3f}{command:>12.3f}  "
              f"{len(result.groups)} / {len(result.timeline)} / {len(result.findings)}")
    store.close()


if __name__ == "__main__":
    main()
