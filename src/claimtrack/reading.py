"""Reading articles: files to decoded text plus what the article says about itself.

This is the first step of the data flow. It finds the files, decodes them (UTF-8 with or
without BOM, UTF-16 or UTF-32 with BOM, else the detected legacy encoding), and reads the
published date from the manifest, a front-matter block or a date line near the top, in that
order.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from . import lexicons
from .errors import ArticleError, ClaimtrackError, ManifestError, UsageError
from .models import Article, DateSource

SUFFIXES = {".txt", ".md"}
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
# A date line has few words: a date inside a sentence of body text is no published date.
DATE_LINE_WORDS = 6


@dataclass(frozen=True)
class ManifestRow:
    published: date | None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    path: str = ""  # as written in the manifest
    line: int = 0  # where the row starts in the manifest, for messages


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


MANIFEST_FIELDS = ("path", "published", "title", "outlet", "url")


def load_manifest(path: Path) -> dict[str, ManifestRow]:
    """`path,published[,title,outlet,url]` rows keyed by the path as written and its file name.

    A ManifestError names the manifest and the line of a row that cannot be used: a date that
    is none, two rows for one path (both lines), or a line break inside one of these columns,
    which is what an unterminated quote does when it swallows the rows after it."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            rows: dict[str, ManifestRow] = {}
            first_line: dict[str, int] = {}
            for row in manifest_rows(csv.reader(fh), path):
                if row.path in first_line:
                    raise ManifestError(f"{path}:{row.line}: a second row for {row.path!r} "
                                        f"(the first is on line {first_line[row.path]}); keep one")
                first_line[row.path] = row.line
                rows[row.path] = row
                rows.setdefault(Path(row.path).name, row)
            return rows
    except OSError as exc:
        raise ManifestError(f"{path}: cannot read the manifest ({exc.strerror})") from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ManifestError(f"{path}: not a readable CSV file ({exc})") from exc


def manifest_rows(reader: Iterator[list[str]], path: Path) -> Iterator[ManifestRow]:
    """The rows of a manifest's CSV reader, each with the line it starts on."""
    header = [name.strip() for name in next(reader, [])]
    if "path" not in header or "published" not in header:
        raise ManifestError(f"{path}: the manifest needs the columns 'path' and 'published'")
    end = reader.line_num  # type: ignore[attr-defined]  # csv readers count the lines they read
    for cells in reader:
        line, end = end + 1, reader.line_num  # type: ignore[attr-defined]
        if not cells:
            continue  # a blank line
        row = {name: cells[i].strip() if i < len(cells) else "" for i, name in enumerate(header)}
        broken = [name for name in MANIFEST_FIELDS if "\n" in row.get(name, "") or "\r" in row.get(name, "")]
        if broken:
            raise ManifestError(f"{path}:{line}: the row's {broken[0]!r} runs over several lines "
                                "(an unterminated quote swallows the rows after it); close the quote")
        yield ManifestRow(published=manifest_date(row["published"], path, line), title=row.get("title") or None,
                          outlet=row.get("outlet") or None, url=row.get("url") or None, path=row["path"], line=line)


def manifest_date(published: str, path: Path, line: int) -> date | None:
    """A manifest row's published date; a ManifestError when it is not one."""
    if not published:
        return None
    return checked_day(published, f"{path}:{line}: published date", ManifestError,
                       "is not a date (write it as YYYY-MM-DD or DD.MM.YYYY)")


def checked_day(written: str, what: str, error: type[ClaimtrackError], unreadable: str) -> date:
    """The calendar day `written` names; else `error`, saying `what` and the written value is
    `unreadable` or no day of the calendar ("30.02.2025")."""
    day = written_day(written)
    if day is None:
        raise error(f"{what} {written!r} {unreadable}")
    found = calendar_day(day)
    if found is None:
        raise error(f"{what} {written!r} is no day of the calendar")
    return found


def unmatched_rows(manifest: dict[str, ManifestRow], files: list[Path]) -> list[ManifestRow]:
    """The manifest rows that name no file of `files` (a misspelt or missing file), in order."""
    matched = {row.line for row in (manifest_row(manifest, f, str(f)) for f in files) if row}
    rows = {row.line: row for row in manifest.values()}
    return [rows[line] for line in sorted(rows) if line not in matched]


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


# Byte order marks of the wide Unicode encodings, UTF-32 first: its little-endian mark starts
# with UTF-16's. A Windows editor's "Unicode" is UTF-16 with a mark.
WIDE_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
             (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# Control characters no article holds; text with them decoded from a mark is binary after all.
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode(raw: bytes, path: str) -> tuple[str, str, bool]:
    """Text, encoding name and whether a legacy-encoding fallback was used."""
    if not raw.strip():
        raise ArticleError(f"{path}: the file is empty")
    wide = decode_wide(raw, path)
    if wide is not None:
        return *wide, False
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


def decode_wide(raw: bytes, path: str) -> tuple[str, str] | None:
    """Text and encoding of UTF-16 or UTF-32 bytes with a byte order mark (the codec reads the
    mark and drops it); None without a mark; an ArticleError when the bytes are no such text."""
    encoding = next((name for mark, name in WIDE_BOMS if raw.startswith(mark)), None)
    if encoding is None:
        return None
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{path}: starts like {encoding.upper()} text but cannot be decoded as it") from exc
    if CONTROL.search(text[:4096]):
        raise ArticleError(f"{path}: this looks like a binary file, not an article")
    return text, encoding


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


# -- written dates ------------------------------------------------------------------------
# One grammar reads every written date: a front matter's or a manifest's value and a date
# line near the top of the article. A date is "13. März 2025" (also "18. Oktober, 2024"),
# "13.03.2025" or "2025-03-13", optionally after a weekday ("Donnerstag,", "Do.,") and before a
# time ("14:05 Uhr", ", 14:05", "um 14:05 Uhr", "– 14:05", "T14:05:00+01:00"). The day is the
# one written: a time zone is not converted, since the published day is the publisher's.
Day = tuple[int, int, int]  # (year, month, day) as written, not yet checked against a calendar

HOUR, MINUTE = r"(?:[01]?\d|2[0-3])", r"[0-5]\d"
TIME = (rf"(?:{HOUR}:{MINUTE}(?::{MINUTE}(?:[.,]\d+)?)?(?:\s*Uhr)?|{HOUR}(?:\.{MINUTE})?\s*Uhr)"
        r"(?:\s*(?:Z|[+-]\d{2}:?\d{2}|MEZ|MESZ|UTC|CET|CEST))?")
TIME_AFTER_DATE = rf"(?:T|\s*(?:[,|/–—-]\s*)?(?:um\s+)?){TIME}"


@cache
def _date_grammar() -> tuple[str, str]:
    """The regular expressions of a date (with its weekday) and of what may stand before it
    on a date line, made from the month and weekday names of the dates lexicon."""
    words = lexicons.load("dates")
    months = "|".join(sorted(words["months"], key=len, reverse=True))
    weekdays = sorted(words["weekdays"], key=len, reverse=True)
    short = sorted({name[:2] for name in weekdays})  # "Do." for Donnerstag
    weekday = rf"(?:(?:{'|'.join(weekdays + short)})\.?,?\s+)?"
    day = (rf"(?:(?P<d1>\d{{1,2}})\.\s*(?P<month_name>{months})\s*,?\s+(?P<y1>\d{{4}})"
           r"|(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{4})"
           r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))")
    line = words["date_line"]
    stamp = rf"(?i:{'|'.join(sorted(line['stamps'], key=len, reverse=True))})(?:\s+(?:am|vom))?\s*:?\s*"
    name = r"[A-ZÄÖÜ][\w.'’/-]*"
    place = rf"{name}(?:\s+(?:{'|'.join(line['place_words'])}|{name})){{0,3}}"
    agency = r"\s*\([^()\n]{1,40}\)"
    prefix = rf"(?:{stamp}|{place}(?:{agency})?\s*[,–—-]\s*)"
    return weekday + day, prefix


@cache
def _date_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A whole date value; a whole date line; a line that starts with a date."""
    dated, prefix = _date_grammar()
    value = re.compile(rf"\s*{dated}(?:{TIME_AFTER_DATE})?\s*")
    line = re.compile(rf"\s*(?:{prefix})?{dated}(?:{TIME_AFTER_DATE})?\s*\.?\s*")
    # Older rule, kept: a short line that starts with a date ("18. Oktober 2024 | Politik").
    leading = re.compile(rf"\s*{dated}\b")
    return value, line, leading


def _day(match: re.Match[str]) -> Day:
    """The (year, month, day) a match of the date grammar writes."""
    group = match.group
    if group("d1"):
        return int(group("y1")), lexicons.load("dates")["months"][group("month_name")], int(group("d1"))
    if group("d2"):
        return int(group("y2")), int(group("m2")), int(group("d2"))
    return int(group("y3")), int(group("m3")), int(group("d3"))


def calendar_day(day: Day) -> date | None:
    """The date of a written day, or None when no calendar has it ("30.02.2025")."""
    try:
        return date(*day)
    except ValueError:
        return None


def written_day(value: str) -> Day | None:
    """The day a date value writes ("2025-03-13", "13.03.2025", "13. März 2025",
    "2025-03-13T14:05:00+01:00"), or None when the value is no date in these forms."""
    match = _date_patterns()[0].fullmatch(value)
    return _day(match) if match else None


def date_line_day(line: str) -> Day | None:
    """The day a date line writes, or None when the line is no date line. A date line is short
    and is a date with what may stand around it: a place with its agency ("Borkenau (dpa),
    13.03.2025", "BERLIN (AFP) – 13.03.2025"), a stamp ("Stand: 13.03.2025, 14:05 Uhr",
    "Aktualisiert am 13.03.2025 um 14:05 Uhr"), a weekday and a time; or a line of at most
    six words that starts with a date."""
    words = len(line.split())
    if words > DATE_LINE_WORDS + 4:  # a place, an agency and a time need a few words more
        return None
    _, whole, leading = _date_patterns()
    match = whole.fullmatch(line) or (leading.match(line) if words <= DATE_LINE_WORDS else None)
    return _day(match) if match else None


def date_line(text: str, start: int, lines: int = 5) -> date | None:
    """The published date from a date line among the first non-empty lines of the body; a
    line with an impossible date ("30.02.2025") is no date line."""
    head = [line for line in text[start:].split("\n") if line.strip()][:lines]
    for line in head:
        day = date_line_day(line)
        found = calendar_day(day) if day else None
        if found:
            return found
    return None


def front_matter_date(fields: dict[str, str], given: str) -> date | None:
    """The front matter's `published:` (or else `date:`); an ArticleError naming the file and the
    value when it is no date claimtrack can read or no day of the calendar."""
    written = fields.get("published") or fields.get("date")
    if not written:
        return None
    return checked_day(written, f"{given}: the front matter's date", ArticleError,
                       "is not a date claimtrack can read (write it as YYYY-MM-DD, DD.MM.YYYY or '13. März 2025')")


def read_article(path: Path, given: str, manifest: dict[str, ManifestRow] | None = None) -> SourceText:
    """Decode one file and gather its metadata; raises ArticleError for unusable input."""
    try:
        raw = path.read_bytes()
    except IsADirectoryError as exc:
        raise ArticleError(f"{given}: is a folder, not an article") from exc
    except OSError as exc:
        raise ArticleError(f"{given}: cannot read the file ({exc.strerror})") from exc
    return source_text(raw, path, given, manifest)


def source_text(raw: bytes, path: Path, given: str, manifest: dict[str, ManifestRow] | None = None) -> SourceText:
    """`read_article` for bytes already read."""
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
    elif (written := front_matter_date(fields, given)) is not None:
        published, source = written, "front_matter"
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
    """The title: the first non-empty line that is no date line, when it reads as a headline
    (as `pipeline.boilerplate` tells the title)."""
    for line in text[start:].split("\n"):
        if line.strip() and date_line_day(line.strip()) is None:
            return line.strip() if looks_like_heading(line, max_words=30) else None
    return None
