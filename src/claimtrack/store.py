"""The claim store: one module owns the schema, every read and every write.

SQLite by default. Callers use `open_store(url)` and the `Store` methods only, never SQL,
so a PostgreSQL store can implement the same methods later. Each article is written in one
transaction: an interrupted ingest leaves every article fully stored or absent.

Besides each claim's JSON record, the store keeps the columns the reconciler filters on
(topic, speaker, figures) in indexed tables, so that a topic's claims are found without
reading the whole store.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from pydantic import ValidationError

from .backends import Backend, SQLiteBackend, connect
from .config import Topic, shipped_topics
from .errors import StoreError
from .models import Article, Claim

SCHEMA_VERSION = 3

# Each step brings a store from the version before it to its own; a new store runs them all.
SCHEMA_V1 = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL,
    published TEXT,
    record TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_sha256 ON articles (sha256);
CREATE TABLE IF NOT EXISTS claims (
    id TEXT PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    speaker TEXT,
    speaker_kind TEXT,
    stance TEXT NOT NULL,
    said_on TEXT,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_article ON claims (article_id, position);
CREATE INDEX IF NOT EXISTS claims_speaker ON claims (speaker);
CREATE TABLE IF NOT EXISTS claim_topics (
    topic TEXT NOT NULL,
    claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    PRIMARY KEY (topic, claim_id)
);
CREATE INDEX IF NOT EXISTS claim_topics_claim ON claim_topics (claim_id);
CREATE TABLE IF NOT EXISTS quantities (
    claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    low REAL,
    high REAL,
    qualifier TEXT NOT NULL,
    unit_lemma TEXT
);
CREATE INDEX IF NOT EXISTS quantities_claim ON quantities (claim_id);
CREATE INDEX IF NOT EXISTS quantities_unit ON quantities (unit_lemma, low, high);
"""

# Index tables for `diff` on large stores: aggregated in SQL, never loaded whole.
SCHEMA_V2 = """
CREATE TABLE IF NOT EXISTS figures (
    claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL,
    topic TEXT NOT NULL,
    subject TEXT NOT NULL,
    value REAL,
    low REAL,
    high REAL,
    qualifier TEXT NOT NULL,
    scope TEXT NOT NULL,
    origins TEXT NOT NULL,
    said_on TEXT
);
CREATE INDEX IF NOT EXISTS figures_scan
    ON figures (topic, subject, value, low, high, qualifier, scope, origins, said_on, article_id, claim_id);
CREATE INDEX IF NOT EXISTS figures_claim ON figures (claim_id);
CREATE TABLE IF NOT EXISTS stances (
    claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    origin TEXT NOT NULL,
    stance TEXT NOT NULL,
    said_on TEXT
);
CREATE INDEX IF NOT EXISTS stances_scan ON stances (topic, said_on, origin, stance, claim_id);
CREATE INDEX IF NOT EXISTS stances_claim ON stances (claim_id);
CREATE INDEX IF NOT EXISTS claim_topics_said ON claim_topics (topic, claim_id);
"""


def default_db() -> str:
    import os

    return os.environ.get("CLAIMTRACK_DB") or "claimtrack.db"


def open_store(url: str, *, create: bool = True, read_only: bool = False, timeout: float = 5.0) -> Store:
    """The store at `url`: a SQLite file path (or `sqlite:///path`) or `postgresql://...`.
    `read_only` never changes a byte of it."""
    return Store(connect(url, create=create, read_only=read_only, timeout=timeout), read_only=read_only)


class Store:
    """Claims, articles and the diff index, on SQLite or PostgreSQL (see backends.py)."""

    def __init__(self, backend: Backend, *, read_only: bool = False) -> None:
        self.db = backend
        self.path = backend.where
        try:
            if read_only:
                if self._version() > SCHEMA_VERSION:
                    raise StoreError(f"{self.path}: the store has a newer schema version; upgrade claimtrack")
                return
            self._migrate()
        except backend.errors as exc:
            raise StoreError(backend.explain(exc)) from exc


    # -- schema -------------------------------------------------------------------------
    def _migrate(self) -> None:
        version = self._version()
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: the store has schema version {version}, newer than this claimtrack "
                f"({SCHEMA_VERSION}); upgrade claimtrack"
            )
        others = self.db.tables() if version == 0 else []
        if others:
            raise StoreError(f"{self.path}: a database of something else (tables: {', '.join(others)}); "
                             "give claimtrack a file of its own with --db")
        steps = {1: self._create_v1, 2: self._index_v2, 3: self._voices_v3}
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction():
                steps[target]()
                self.db.execute("INSERT INTO meta (key, value) VALUES ('schema_version', ?)"
                                " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (str(target),))

    def _create_v1(self) -> None:
        for statement in filter(str.strip, SCHEMA_V1.split(";")):
            self.db.execute(self.db.ddl(statement))

    def _index_v2(self) -> None:
        """Add the diff index tables and fill them from the stored claims (shipped topics)."""
        from .config import shipped_topics

        for statement in filter(str.strip, SCHEMA_V2.split(";")):
            self.db.execute(self.db.ddl(statement))
        columns = {column[0] for column in self.db.execute("SELECT * FROM claim_topics LIMIT 0").description}
        if "origins" not in columns:
            self.db.execute("ALTER TABLE claim_topics ADD COLUMN origins TEXT")
        topics = {t.id: t for t in shipped_topics()}
        rows = self.db.execute("SELECT article_id, record FROM claims").fetchall()
        for article_id, record in rows:
            self._insert_index(article_id, [Claim.model_validate_json(record)], topics)

    def _voices_v3(self) -> None:
        """Add `claims.speaks_for`, which `link_speakers` reads instead of every claim's record,
        filled from the stored records."""
        columns = {column[0] for column in self.db.execute("SELECT * FROM claims LIMIT 0").description}
        if "speaks_for" not in columns:
            self.db.execute("ALTER TABLE claims ADD COLUMN speaks_for TEXT")
        rows = self.db.execute("SELECT id, record FROM claims").fetchall()
        self.db.executemany("UPDATE claims SET speaks_for = ? WHERE id = ?",
                            [(voice, claim_id) for claim_id, record in rows if (voice := _speaks_for(record))])

    def _version(self) -> int:
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except self.db.errors as exc:
            if "meta" in str(exc):  # no such table / relation "meta" does not exist: a new store
                return 0
            raise
        return int(row[0]) if row else 0

    @contextmanager
    def transaction(self) -> Iterator[None]:
        try:
            self.db.begin()
        except self.db.errors as exc:
            raise StoreError(self.db.explain(exc)) from exc
        try:
            yield
        except BaseException:
            self.db.rollback()
            raise
        else:
            self.db.commit()

    def close(self) -> None:
        self.db.close()

    # -- articles -----------------------------------------------------------------------
    def stored_articles(self) -> dict[str, Article]:
        """Path -> article record of every stored article (to skip unchanged files). A record
        this claimtrack cannot read is left out, so that its file is read and stored anew."""
        out = {}
        for path, record in self.db.execute("SELECT path, record FROM articles"):
            try:
                out[path] = Article.model_validate_json(record)
            except ValidationError:
                continue
        return out

    def stored_hash(self, path: str) -> str | None:
        row = self.db.execute("SELECT sha256 FROM articles WHERE path = ?", (path,)).fetchone()
        return row[0] if row else None

    def replace_article(self, article: Article, claims: list[Claim], topics: dict[str, Topic] | None = None) -> None:
        """Store an article and its claims, replacing what the same path had; all or nothing.

        `topics` (id -> definition) are the topics the claims were tagged with; they decide
        what the diff index tables hold. Default: the shipped topics."""
        self.write(article_rows(article, claims, topics or _shipped()))

    def write(self, rows: ArticleRows, replaces: tuple[str, ...] = ()) -> None:
        """Write rows made by `article_rows` (in a worker process, say), in one transaction,
        in place of what the same path had and of the articles stored under the `replaces`
        paths (the same file under another spelling of its path)."""
        try:
            with self.transaction():
                for path in (rows.article[0], *replaces):
                    self.db.execute("DELETE FROM articles WHERE path = ?", (path,))
                (article_id,) = self.db.execute(
                    "INSERT INTO articles (path, sha256, published, record, ingested_at) VALUES (?, ?, ?, ?, ?)"
                    " RETURNING id", rows.article).fetchone()
                self.db.executemany(
                    "INSERT INTO claims (id, article_id, position, speaker, speaker_kind, speaks_for, stance, said_on,"
                    " record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [(c[0], article_id, *c[1:]) for c in rows.claims])
                self.db.executemany(
                    "INSERT INTO quantities (claim_id, position, low, high, qualifier, unit_lemma)"
                    " VALUES (?, ?, ?, ?, ?, ?)", rows.quantities)
                self.db.executemany(
                    "INSERT INTO claim_topics (topic, claim_id, origins) VALUES (?, ?, ?)"
                    " ON CONFLICT (topic, claim_id) DO UPDATE SET origins = excluded.origins", rows.topics)
                self.db.executemany(
                    "INSERT INTO figures (claim_id, article_id, topic, subject, value, low, high, qualifier, scope,"
                    " origins, said_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(f[0], article_id, *f[1:]) for f in rows.figures])
                self.db.executemany(
                    "INSERT INTO stances (claim_id, topic, origin, stance, said_on) VALUES (?, ?, ?, ?, ?)",
                    rows.stances)
        except self.db.errors as exc:
            raise StoreError(self.db.explain(exc)) from exc

    def _insert_index(self, article_id: int | None, claims: list[Claim], topics: dict[str, Topic]) -> None:
        """Index rows for claims already stored (the v2 migration backfills with this)."""
        rows = article_rows(None, claims, topics)
        self.db.executemany(
            "INSERT INTO claim_topics (topic, claim_id, origins) VALUES (?, ?, ?)"
            " ON CONFLICT (topic, claim_id) DO UPDATE SET origins = excluded.origins", rows.topics)
        self.db.executemany(
            "INSERT INTO figures (claim_id, article_id, topic, subject, value, low, high, qualifier, scope, origins,"
            " said_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [(f[0], article_id, *f[1:]) for f in rows.figures])
        self.db.executemany("INSERT INTO stances (claim_id, topic, origin, stance, said_on) VALUES (?, ?, ?, ?, ?)",
                            rows.stances)

    # -- claims -------------------------------------------------------------------------
    def claims(self, topic: str | None = None, speaker: str | None = None, article: str | None = None,
               since: date | None = None, until: date | None = None) -> Iterator[Claim]:
        """Stored claims in article and text order, optionally filtered (dates: when said)."""
        sql = "SELECT c.record FROM claims c JOIN articles a ON a.id = c.article_id"
        where, params = [], []
        if topic:
            sql += " JOIN claim_topics t ON t.claim_id = c.id"
            where.append("t.topic = ?")
            params.append(topic)
        if speaker:
            where.append("c.speaker LIKE ?")
            params.append(f"%{speaker}%")
        if article:
            where.append("(a.path = ? OR a.path LIKE ?)")
            params.extend([article, f"%/{article}"])
        when, when_params = self._when(since, until, "c.said_on")
        params.extend(when_params)
        sql += " WHERE " + " AND ".join(where or ["1 = 1"]) + when
        sql += " ORDER BY a.path, c.position"
        try:
            for (record,) in self.db.execute(sql, params):
                yield Claim.model_validate_json(record)
        except self.db.errors as exc:
            raise StoreError(self.db.explain(exc)) from exc

    # -- diff on large stores ---------------------------------------------------------------
    def _when(self, since: date | None, until: date | None, column: str = "said_on") -> tuple[str, list[str]]:
        sql, params = "", []
        if since:
            sql += f" AND {column} >= ?"
            params.append(since.isoformat())
        if until:
            sql += f" AND {column} <= ?"
            params.append(until.isoformat())
        return sql, params

    def topic_size(self, topic: str, since: date | None = None, until: date | None = None) -> int:
        """How many claims a topic has (within the dates); stops counting past 1,000,000."""
        when, params = self._when(since, until, "c.said_on")
        sql = ("SELECT COUNT(*) FROM (SELECT 1 FROM claim_topics t JOIN claims c ON c.id = t.claim_id "
               f"WHERE t.topic = ?{when} LIMIT 1000001) AS sized")
        return self.db.execute(sql, [topic, *params]).fetchone()[0]

    def topic_counts(self, topic: str) -> dict:
        """Claims, articles, distinct origins and first/last date of a topic."""
        claims, articles, first, last = self.db.execute(
            "SELECT COUNT(*), COUNT(DISTINCT c.article_id), MIN(c.said_on), MAX(c.said_on) FROM claim_topics t"
            " JOIN claims c ON c.id = t.claim_id WHERE t.topic = ?", (topic,)).fetchone()
        joined = self.db.execute("SELECT DISTINCT origins FROM claim_topics WHERE topic = ?", (topic,)).fetchall()
        origins = len({o.strip() for (row,) in joined if row for o in row.split(";")})
        return {"claims": claims, "articles": articles, "origins": origins, "first_date": first, "last_date": last}

    def figure_aggregates(self, topic: str, since: date | None = None, until: date | None = None) -> list[tuple]:
        """Identical figures of a topic counted together, from the covering index."""
        when, params = self._when(since, until)
        return self.db.execute(
            "SELECT subject, value, low, high, qualifier, scope, origins, COUNT(*), COUNT(DISTINCT article_id),"
            f" MIN(said_on), MAX(said_on), MIN(claim_id) FROM figures WHERE topic = ?{when}"
            " GROUP BY subject, value, low, high, qualifier, scope, origins", [topic, *params]).fetchall()

    def stance_aggregates(self, topic: str, since: date | None = None, until: date | None = None) -> list[tuple]:
        when, params = self._when(since, until)
        return self.db.execute(
            f"SELECT said_on, origin, stance, COUNT(*), MIN(claim_id) FROM stances WHERE topic = ?{when}"
            " GROUP BY said_on, origin, stance ORDER BY said_on, origin", [topic, *params]).fetchall()

    def claims_by_id(self, ids: list[str]) -> list[Claim]:
        out = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            out += [Claim.model_validate_json(r[0])
                    for r in self.db.execute(f"SELECT record FROM claims WHERE id IN ({marks})", chunk)]
        return out

    def counts(self) -> dict[str, int]:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "articles": one("SELECT COUNT(*) FROM articles"),
            "claims": one("SELECT COUNT(*) FROM claims"),
            "figures": one("SELECT COUNT(*) FROM quantities"),
        }

    def link_speakers(self, topics: dict[str, Topic] | None = None) -> int:
        """One name and one voice per speaker across articles, as `linking.linked_speakers`
        decides from the store's distinct speakers ("Rutte" is "Mark Rutte", "das Landratsamt"
        the one stored in full, a person's voice in one article theirs in the others). The
        claims that change get their diff index rows anew (`topics`: id -> definition,
        default the shipped topics). Returns the number of claims changed."""
        from .linking import linked_speakers

        # the work is per distinct speaker, not per claim: a large store has few of them
        speakers = self.db.execute("SELECT DISTINCT speaker, speaker_kind, speaks_for FROM claims"
                                   " WHERE speaker IS NOT NULL").fetchall()
        renamed = linked_speakers(speakers)
        article_of: dict[str, int] = {}
        new_name: dict[str, str] = {}
        new_voice: dict[str, str | None] = {}
        for (name, kind, voice), (to_name, to_voice) in renamed.items():
            for claim_id, article_id in self.db.execute(
                    "SELECT id, article_id FROM claims WHERE speaker = ? AND COALESCE(speaker_kind, '') = ?"
                    " AND COALESCE(speaks_for, '') = ?", (name, kind or "", voice or "")):
                article_of[claim_id], new_name[claim_id], new_voice[claim_id] = article_id, to_name, to_voice
        if not article_of:
            return 0
        changed: dict[int, list[Claim]] = {}
        for claim in self.claims_by_id(list(article_of)):
            speaker = claim.speaker.model_copy(  # type: ignore[union-attr]
                update={"canonical": new_name[claim.id], "speaks_for": new_voice[claim.id]})
            changed.setdefault(article_of[claim.id], []).append(claim.model_copy(update={"speaker": speaker}))
        claims = [c for group in changed.values() for c in group]
        with self.transaction():
            self.db.executemany("UPDATE claims SET speaker = ?, speaks_for = ?, record = ? WHERE id = ?",
                                [(c.speaker.canonical, c.speaker.speaks_for, c.model_dump_json(), c.id)  # type: ignore[union-attr]
                                 for c in claims])
            self.db.executemany("DELETE FROM figures WHERE claim_id = ?", [(c.id,) for c in claims])
            self.db.executemany("DELETE FROM stances WHERE claim_id = ?", [(c.id,) for c in claims])
            for article_id, group in changed.items():
                self._insert_index(article_id, group, topics or _shipped())
        return len(claims)


def SQLiteStore(path: Path, *, create: bool = True, read_only: bool = False, timeout: float = 5.0) -> Store:  # noqa: N802
    """A SQLite store at a file path (kept for callers that name the file directly)."""
    return Store(SQLiteBackend(path, create=create and not read_only, read_only=read_only, timeout=timeout),
                 read_only=read_only)


@dataclass(frozen=True)
class ArticleRows:
    """Everything the store writes for one article, as plain tuples: cheap to make in a
    worker process and to send back to the one process that writes."""

    article: tuple
    claims: list[tuple]  # (id, position, speaker, kind, speaks_for, stance, said_on, record); article id added on write
    quantities: list[tuple]
    topics: list[tuple]
    figures: list[tuple]  # (claim_id, topic, subject, ...); article id added on write
    stances: list[tuple]


def article_rows(article: Article | None, claims: list[Claim], topics: dict[str, Topic]) -> ArticleRows:
    from .reconcile import index_rows, origins_of

    head = () if article is None else (
        article.path, article.sha256, _iso(article.published), article.model_dump_json(),
        datetime.now(timezone.utc).isoformat(timespec="seconds"))
    figures, stances = [], []
    for claim in claims:
        claim_figures, claim_stances = index_rows(claim, topics)
        figures += [(claim.id, *row) for row in claim_figures]
        stances += [(claim.id, *row) for row in claim_stances]
    return ArticleRows(
        article=head,
        claims=[(c.id, n, c.speaker.canonical if c.speaker else None, c.speaker.kind if c.speaker else None,
                 c.speaker.speaks_for if c.speaker else None,
                 c.stance, _iso(c.said_on), c.model_dump_json()) for n, c in enumerate(claims)],
        quantities=[(c.id, n, q.low if q.low is not None else q.value, q.high if q.high is not None else q.value,
                     q.qualifier, q.unit_lemma) for c in claims for n, q in enumerate(c.quantities)],
        topics=[(t, c.id, "; ".join(origins_of(c))) for c in claims for t in c.topics],
        figures=figures,
        stances=stances,
    )


SPEAKS_FOR = re.compile(r'"speaks_for":("(?:[^"\\]|\\.)*"|null)')


def _speaks_for(record: str) -> str | None:
    """A stored claim's `speaker.speaks_for`, read without parsing the whole record."""
    found = SPEAKS_FOR.search(record)
    return json.loads(found.group(1)) if found else None


def _shipped() -> dict[str, Topic]:
    return {t.id: t for t in shipped_topics()}


def _iso(value: object) -> str | None:
    return value.isoformat() if value is not None else None  # type: ignore[attr-defined]
