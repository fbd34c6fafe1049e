from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from claimtrack.errors import StoreError
from claimtrack.models import Article, Claim, Speaker
from claimtrack.store import SCHEMA_VERSION, open_store


def article(path="a.txt", sha="1") -> Article:
    return Article(path=path, sha256=sha, published=date(2024, 10, 22), published_source="manifest",
                   encoding="utf-8", chars=10)


def claim(n: int, path="a.txt", speaker="Rutte", topics=("troop-count",), kind="person", speaks_for=None,
          stance="asserts") -> Claim:
    return Claim(id=f"c{path}{n}", article=path, text="x", span=(n, n + 1),
                 speaker=Speaker(text=speaker, canonical=speaker, kind=kind, span=(0, 1), speaks_for=speaks_for),
                 cue=None, content=None, mode="reported", stance=stance, topics=list(topics), sentence=n)


def test_store_replaces_an_article_whole(store_url):
    store = open_store(store_url)
    store.replace_article(article(), [claim(1), claim(2)])
    store.replace_article(article(sha="2"), [claim(3)])
    assert [c.id for c in store.claims()] == ["ca.txt3"]
    assert store.stored_hash("a.txt") == "2"


def test_store_a_failed_write_leaves_the_old_article(store_url):
    store = open_store(store_url)
    store.replace_article(article(), [claim(1)])
    with pytest.raises(StoreError):
        store.replace_article(article(sha="2"), [claim(1), claim(1)])  # duplicate id -> rollback
    assert [c.id for c in store.claims()] == ["ca.txt1"]
    assert store.stored_hash("a.txt") == "1"


def test_store_filters_by_topic_speaker_and_article(store_url):
    store = open_store(store_url)
    store.replace_article(article("a.txt"), [claim(1, speaker="Mark Rutte"), claim(2, topics=())])
    store.replace_article(article("b.txt", "9"), [claim(1, "b.txt", speaker="Singh")])
    assert [c.id for c in store.claims(topic="troop-count")] == ["ca.txt1", "cb.txt1"]
    assert [c.id for c in store.claims(speaker="Singh")] == ["cb.txt1"]
    assert [c.id for c in store.claims(article="b.txt")] == ["cb.txt1"]


def test_store_links_surnames_across_articles(store_url):
    store = open_store(store_url)
    store.replace_article(article("a.txt"), [claim(1, speaker="Mark Rutte")])
    store.replace_article(article("b.txt", "9"), [claim(1, "b.txt", speaker="Rutte")])
    assert store.link_speakers() == 1
    assert {c.speaker.canonical for c in store.claims()} == {"Mark Rutte"}


def test_store_links_a_surname_with_its_particle_across_articles(store_url):
    store = open_store(store_url)
    store.replace_article(article("a.txt"), [claim(1, speaker="Ursula von der Leyen")])
    store.replace_article(article("b.txt", "9"), [claim(1, "b.txt", speaker="von der Leyen")])
    assert store.link_speakers() == 1
    assert {c.speaker.canonical for c in store.claims()} == {"Ursula von der Leyen"}


def test_store_a_voice_named_by_its_kind_takes_the_one_named_elsewhere(store_url):
    # "Unternehmenssprecher Markus Brandt" speaks for "Unternehmen" where his article names no
    # company, for the Velden Chemie where another does
    store = open_store(store_url)
    store.replace_article(article("a.txt"), [claim(1, speaker="Markus Brandt", speaks_for="Velden Chemie")])
    store.replace_article(article("b.txt", "9"), [claim(1, "b.txt", speaker="Markus Brandt", speaks_for="Unternehmen")])
    assert store.link_speakers() == 1
    assert {c.speaker.speaks_for for c in store.claims()} == {"Velden Chemie"}


def test_store_links_no_unnamed_role_to_a_role_of_another_article(store_url):
    # "eine Sprecherin" in one article is not the "Sprecherin des Verbunds" of another
    store = open_store(store_url)
    store.replace_article(article("a.txt"), [claim(1, speaker="Sprecherin des Verbunds")])
    store.replace_article(article("b.txt", "9"), [claim(1, "b.txt", speaker="Sprecherin")])
    assert store.link_speakers() == 0
    assert {c.speaker.canonical for c in store.claims()} == {"Sprecherin des Verbunds", "Sprecherin"}


def test_store_links_one_voice_and_one_institution_across_articles(store_url):
    store = open_store(store_url)
    status = ("deployment-status",)
    # a01: the Landratsamt by its full name; a02: the Landrätin, who speaks for the office her
    # article names only as "das Landratsamt"; a03: her surname, with no office named
    store.replace_article(article("a01.txt", "1"), [claim(1, "a01.txt", "Landratsamt Wiesental", status, "government")])
    store.replace_article(article("a02.txt", "2"), [
        claim(1, "a02.txt", "Petra Albrecht", status, speaks_for="Landratsamt"),
        claim(2, "a02.txt", "Landratsamt", status, "government", stance="denies")])
    store.replace_article(article("a03.txt", "3"), [claim(1, "a03.txt", "Albrecht", status, stance="denies")])
    # "Militär (USA)" names a kind and a country: no bare "Militär" is linked to it
    store.replace_article(article("a04.txt", "4"), [claim(1, "a04.txt", "Militär (USA)", status, "government"),
                                                    claim(2, "a04.txt", "Militär", status, "government")])
    assert store.link_speakers() == 3
    speakers = {c.id: (c.speaker.canonical, c.speaker.speaks_for) for c in store.claims()}
    assert speakers == {
        "ca01.txt1": ("Landratsamt Wiesental", None),
        "ca02.txt1": ("Petra Albrecht", "Landratsamt Wiesental"),
        "ca02.txt2": ("Landratsamt Wiesental", None),
        "ca03.txt1": ("Petra Albrecht", "Landratsamt Wiesental"),
        "ca04.txt1": ("Militär (USA)", None),
        "ca04.txt2": ("Militär", None),
    }
    # the diff index holds the linked origins too
    origins = {row[0] for row in store.db.execute("SELECT origin FROM stances WHERE topic = 'deployment-status'")}
    assert origins == {"Landratsamt Wiesental", "Militär (USA)", "Militär"}
    assert store.link_speakers() == 0


def test_store_records_its_schema_version_and_refuses_a_newer_one(store_url):
    store = open_store(store_url)
    assert store.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(SCHEMA_VERSION),)
    store.db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    store.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(store_url)


def test_store_read_only_changes_nothing(store_url):
    open_store(store_url).close()
    store = open_store(store_url, read_only=True)
    with pytest.raises(StoreError):
        store.replace_article(article(), [claim(1)])
    assert list(store.claims()) == []


def test_store_corrupt_file_gives_a_clear_error(tmp_path):
    path = tmp_path / "c.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a claimtrack store or it is corrupt"):
        open_store(str(path))


def test_store_missing_store_for_reading(tmp_path):
    with pytest.raises(StoreError, match="no claim store"):
        open_store(str(tmp_path / "none.db"), create=False)


def test_store_locked_database_gives_a_clear_error(tmp_path):
    from claimtrack.store import SQLiteStore

    path = tmp_path / "c.db"
    open_store(str(path)).close()
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        store = SQLiteStore(path, timeout=0.1)
        with pytest.raises(StoreError, match="locked by another process"):
            store.replace_article(article(), [claim(1)])
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_store_refuses_a_sqlite_database_of_something_else(tmp_path):
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.close()
    with pytest.raises(StoreError, match="a database of something else"):
        open_store(str(path))
    connection = sqlite3.connect(path)
    assert [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")] == ["recipes"]


def test_store_write_replaces_the_articles_of_other_spellings_in_one_go(store_url):
    from claimtrack.store import _shipped, article_rows

    store = open_store(store_url)
    store.replace_article(article("../story/a.txt"), [claim(1, "../story/a.txt")])
    store.replace_article(article("b.txt", "9"), [claim(1, "b.txt")])
    store.write(article_rows(article("/home/me/story/a.txt", "2"), [claim(2, "/home/me/story/a.txt")], _shipped()),
                replaces=("../story/a.txt",))
    assert {path: a.sha256 for path, a in store.stored_articles().items()} == {"/home/me/story/a.txt": "2", "b.txt": "9"}
    assert [c.id for c in store.claims()] == ["c/home/me/story/a.txt2", "cb.txt1"]
