"""Reading articles: files to decoded text plus what the article says about itself.

This is the first step of the data flow. It finds the files, decodes them (UTF-8 with or
without BOM, else the detected legacy encoding), and reads the published date from the
manifest, a front-matter block or a date line near the top, in that order.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from . import lexicons
from .errors import ArticleError, ManifestError, UsageError
from .models import Article, DateSource

SUFFIXES = {".txt", ".md"}
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def calendar_date(match: re.Match[str]) -> date | None:
    """The date an ISO_DATE match writes, or None when no calendar has it ("2025-02-30")."""
    try:
        return date(*map(int, match.groups()))
    except ValueError:
        return None


@dataclass(frozen=True)
class ManifestRow:
    published: date | None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class SourceText:
    """A decoded article with its metadata, ready for the pipeline."""

    article: Article
    text: str
    # Characters the pipeline must not read claims from (front matter), as [start, end).
    skip: tuple[tuple[int, int], ...] = ()
    decoding_fallback: bool = False


def find_files(paths: list[Path]) -> Iterator[Path]:
    """Every .txt and .md file under the given files and folders, in a stable order."""
    for path in paths:
        if not path.exists():
            raise UsageError(f"{path}: no such file or folder")
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            yield path


def article_files(paths: list[Path]) -> list[Path]:
    """`find_files`, and a UsageError when the paths hold no article at all."""
    files = list(find_files(paths))
    if not files:
        named = ", ".join(str(p) for p in paths)
        raise UsageError(f"{named}: no article here (claimtrack reads {' and '.join(sorted(SUFFIXES))} files)")
    return files


def load_manifest(path: Path) -> dict[str, ManifestRow]:
    """`path,published[,title,outlet,url]` rows keyed by the path as written and its file name."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            if not reader.fieldnames or "path" not in reader.fieldnames or "published" not in reader.fieldnames:
                raise ManifestError(f"{path}: the manifest needs the columns 'path' and 'published'")
            rows: dict[str, ManifestRow] = {}
            for line, row in enumerate(reader, start=2):
                published = (row.get("published") or "").strip()
                match = ISO_DATE.fullmatch(published)
                if published and not match:
                    raise ManifestError(f"{path}:{line}: published date {published!r} is not YYYY-MM-DD")
                day = calendar_date(match) if match else None
                if match and day is None:
                    raise ManifestError(f"{path}:{line}: published date {published!r} is no day of the calendar")
                row_value = ManifestRow(
                    published=day,
                    title=(row.get("title") or "").strip() or None,
                    outlet=(row.get("outlet") or "").strip() or None,
                    url=(row.get("url") or "").strip() or None,
                )
                key = (row.get("path") or "").strip()
                rows[key] = row_value
                rows.setdefault(Path(key).name, row_value)
            return rows
    except OSError as exc:
        raise ManifestError(f"{path}: cannot read the manifest ({exc.strerror})") from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ManifestError(f"{path}: not a readable CSV file ({exc})") from exc


def manifest_row(manifest: dict[str, ManifestRow], path: Path, given: str) -> ManifestRow | None:
    """The row for a file, matched by the path as given, relative paths, or the file name."""
    for key in (given, path.as_posix(), path.name):
        if key in manifest:
            return manifest[key]
    parts = path.as_posix().split("/")
    for i in range(len(parts)):
        if "/".join(parts[i:]) in manifest:
            return manifest["/".join(parts[i:])]
    return None


def decode(raw: bytes, path: str) -> tuple[str, str, bool]:
    """Text, encoding name and whether a legacy-encoding fallback was used."""
    if not raw.strip():
        raise ArticleError(f"{path}: the file is empty")
    if b"\x00" in raw[:4096]:
        raise ArticleError(f"{path}: this looks like a binary file, not an article")
    try:
        if raw.startswith(b"\xef\xbb\xbf"):
            return raw[3:].decode("utf-8"), "utf-8-sig", False
        return raw.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=["cp1252", "latin_1", "iso8859_15", "cp850", "mac_roman"]).best()
    if best is None:
        raise ArticleError(f"{path}: cannot decode the bytes as UTF-8 or a legacy encoding")
    encoding = best.encoding
    # charset-normalizer often names latin-1 where German text with „…“ is cp1252; cp1252 is
    # a superset for printable text, so prefer it when it decodes.
    if encoding in {"latin_1", "iso8859_15"}:
        try:
            return raw.decode("cp1252"), "cp1252", True
        except UnicodeDecodeError:
            pass
    return str(best), encoding, True


def normalise_newlines(text: str) -> str:
    """Universal newlines, as Python's text mode reads files: offsets refer to this text."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """Simple `key: value` pairs of a leading `---` block and the offset where the body starts."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    fields: dict[str, str] = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep:
            fields[key.strip().lower()] = value.strip().strip("'\"")
    return fields, match.end()


def date_line_pattern() -> re.Pattern[str]:
    months = "|".join(lexicons.load("dates")["months"])
    weekdays = "|".join(lexicons.load("dates")["weekdays"])
    return re.compile(
        rf"^\s*(?:(?:{weekdays}),?\s+)?(\d{{1,2}})\.\s*({months})\s*,?\s+(\d{{4}})\b|^\s*(\d{{1,2}})\.(\d{{1,2}})\.(\d{{4}})\b",
        re.M,
    )


def date_line(text: str, start: int, lines: int = 5) -> date | None:
    """A date standing alone near the top ("18. Oktober, 2024", "Montag, 21. Oktober 2024")."""
    months = lexicons.load("dates")["months"]
    head = [line for line in text[start:].split("\n") if line.strip()][:lines]
    pattern = date_line_pattern()
    for line in head:
        if len(line.split()) > 6:
            continue
        match = pattern.match(line)
        if not match:
            continue
        try:
            if match.group(1):
                return date(int(match.group(3)), months[match.group(2)], int(match.group(1)))
            return date(int(match.group(6)), int(match.group(5)), int(match.group(4)))
        except ValueError:
            continue
    return None


def read_article(path: Path, given: str, manifest: dict[str, ManifestRow] | None = None) -> SourceText:
    """Decode one file and gather its metadata; raises ArticleError for unusable input."""
    try:
        raw = path.read_bytes()
    except IsADirectoryError as exc:
        raise ArticleError(f"{given}: is a folder, not an article") from exc
    except OSError as exc:
        raise ArticleError(f"{given}: cannot read the file ({exc.strerror})") from exc
    text, encoding, fallback = decode(raw, given)
    text = normalise_newlines(text)
    if not text.strip():
        raise ArticleError(f"{given}: the file holds no text")
    fields, body_start = front_matter(text)
    row = manifest_row(manifest, path, given) if manifest else None

    published: date | None = None
    source: DateSource = "unknown"
    if row and row.published:
        published, source = row.published, "manifest"
    elif fields.get("published") or fields.get("date"):
        written = fields.get("published") or fields.get("date") or ""
        match = ISO_DATE.search(written)
        if match:
            published, source = calendar_date(match), "front_matter"
            if published is None:
                raise ArticleError(f"{given}: the front matter's date {written!r} is no day of the calendar")
    if published is None:
        found = date_line(text, body_start)
        if found:
            published, source = found, "date_line"

    title = (row.title if row else None) or fields.get("title") or first_line(text, body_start)
    article = Article(
        path=given,
        sha256=hashlib.sha256(raw).hexdigest(),
        title=title,
        published=published,
        published_source=source,
        outlet=(row.outlet if row else None) or fields.get("outlet"),
        url=(row.url if row else None) or fields.get("url"),
        encoding=encoding,
        chars=len(text),
    )
    skip = ((0, body_start),) if body_start else ()
    return SourceText(article=article, text=text, skip=skip, decoding_fallback=fallback)


SENTENCE_END = tuple(".!?:“”\"»«…)")


def looks_like_heading(line: str, max_words: int = 20) -> bool:
    """A short line without closing punctuation: a headline, not a sentence."""
    line = line.strip()
    return bool(line) and not line.endswith(SENTENCE_END) and len(line.split()) <= max_words


def first_line(text: str, start: int = 0) -> str | None:
    """The title: the first non-empty line when it reads as a headline."""
    for line in text[start:].split("\n"):
        if line.strip():
            return line.strip() if looks_like_heading(line, max_words=30) else None
    return None
