from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimtrack.extract import extract_doc
from claimtrack.models import Article, Claim
from claimtrack.pipeline import build_nlp, run

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    return build_nlp()


@pytest.fixture(scope="session")
def claims_of(nlp):
    """Claims of a German text, as ingest would store them."""

    def extract(text: str, published: date | None = date(2024, 10, 22)) -> list[Claim]:
        doc = run(nlp, text, published)
        article = Article(path="t.txt", sha256="0", title=None, published=published,
                          published_source="manifest" if published else "unknown", encoding="utf-8",
                          chars=len(text))
        return extract_doc(doc, article)

    return extract


@pytest.fixture(scope="session")
def doc_of(nlp):
    def make(text: str, published: date | None = date(2024, 10, 22)):
        return run(nlp, text, published)

    return make


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared (seed corpus and gold) is not present in this checkout")
    return SHARED


@pytest.fixture(scope="session")
def postgres_url():
    """A running PostgreSQL server for the session (skipped, with the reason, without one)."""
    from .postgres_server import Server

    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install 'claimtrack[postgres]')")
    try:
        server = Server()
        url = server.start()
    except (FileNotFoundError, OSError) as exc:
        pytest.skip(f"no PostgreSQL server to test against: {exc}")
    except Exception as exc:  # noqa: BLE001 - initdb or pg_ctl failed: say why
        pytest.skip(f"the PostgreSQL server could not start: {exc}")
    yield server, url
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A fresh, empty store URL on each backend: the store tests run against both."""
    if request.param == "sqlite":
        return str(tmp_path / "c.db")
    server, url = request.getfixturevalue("postgres_url")
    return server.new_database(url, f"t{abs(hash(request.node.nodeid)) % 10**8}")
