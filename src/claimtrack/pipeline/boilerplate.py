"""Which lines of an article are its body, and which are page furniture.

Web articles arrive with their title, repeated headlines, subheadings, author blurbs,
comment forms, navigation and tag lists. None of these may yield a claim. A line is
  title       the first non-empty line, when it reads as a headline (no closing punctuation),
  dateline    a date line before the title ("18. Oktober, 2024", "Borkenau (dpa), 13.03.2025",
              "Stand: 13.03.2025, 14:05 Uhr"; see `reading.date_line_day`),
  repeated    a line that already appeared (pages repeat their headlines),
  boilerplate a line matching `lexicons/de/boilerplate.toml`, or anything after a comment form,
  author      a first-person paragraph near the end that describes its author, or a byline
              paragraph ("Von Jana Pröll, Redakteurin im Lokalressort. …"),
  heading     a short line without closing punctuation ("NATO warnt vor Eskalation"),
  body        everything else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicons
from ..reading import date_line_day, looks_like_heading
from .text import text_of

QUOTE_RE = re.compile(r"[„“”\"»«].*?[“”\"«»]")


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    kind: str  # body, title, dateline, repeated, boilerplate, author, heading, front_matter


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = lexicons.load("boilerplate")
    lines = re.compile("|".join(f"(?:{p})" for p in data["lines"]["patterns"]), re.I)
    comment_form = re.compile(data["lines"]["patterns"][0] + "|" + data["lines"]["patterns"][1], re.I)
    return lines, comment_form


def _is_author_paragraph(text: str) -> bool:
    data = lexicons.load("boilerplate")["author"]
    words = re.findall(r"\w+", QUOTE_RE.sub(" ", text).casefold())
    first_person = sum(w in data["first_person"] for w in words)
    folded = text.casefold()
    return first_person >= 2 and any(m in folded for m in data["markers"])


@cache
def _byline() -> re.Pattern[str]:
    return re.compile(lexicons.load("boilerplate")["author"]["byline"])


@cache
def _third_person() -> re.Pattern[str]:
    return re.compile(lexicons.load("boilerplate")["author"]["third_person"])


def _is_author_note(text: str, max_words: int = 45) -> bool:
    """"Miriam Hoffmann ist Redakteurin im Ressort Region und berichtet seit 2019 …": a short
    note on who wrote the article, in the third person."""
    if len(text.split()) > max_words or _third_person().match(text) is None or QUOTE_RE.search(text):
        return False
    words = set(re.findall(r"\w+", text.casefold()))
    folded = text.casefold()
    return any(job in words if " " not in job else job in folded
               for job in lexicons.load("boilerplate")["author"]["jobs"])


def _is_byline(text: str) -> bool:
    """"Von Jana Pröll, Redakteurin im Lokalressort. Sie berichtet seit …": who wrote it."""
    if _byline().match(text) is None:
        return False
    folded = text.casefold()
    return any(m in folded for m in lexicons.load("boilerplate")["author"]["markers"])


def classify_lines(text: str, skip: list[tuple[int, int]] | tuple = ()) -> list[Line]:
    """Split the text into lines and give each its kind."""
    patterns, comment_form = _patterns()
    out: list[Line] = []
    seen: set[str] = set()
    title_seen = False
    after_form = False
    offset = 0
    lines = text.split("\n")
    total = len(text)
    for raw in lines:
        start, end = offset, offset + len(raw)
        offset = end + 1
        stripped = raw.strip()
        if not stripped:
            continue
        key = re.sub(r"\s+", " ", stripped).casefold()
        if any(s <= start < e for s, e in skip):
            kind = "front_matter"
        elif after_form or comment_form.fullmatch(stripped):
            kind, after_form = "boilerplate", True
        elif patterns.fullmatch(stripped):
            kind = "boilerplate"
        elif not title_seen and date_line_day(stripped) is not None:
            kind = "dateline"
        elif not title_seen and looks_like_heading(stripped, max_words=30):
            kind, title_seen = "title", True
        elif key in seen:
            kind = "repeated"
        elif looks_like_heading(stripped):
            kind = "heading"
        elif (start > total * 0.6 and (_is_author_paragraph(stripped) or _is_author_note(stripped))) \
                or _is_byline(stripped):
            kind = "author"
        else:
            kind = "body"
        seen.add(key)
        out.append(Line(start + len(raw) - len(raw.lstrip()), start + len(raw.rstrip()), kind))
    return out


@Language.factory("claimtrack_boilerplate", assigns=["doc._.ct_lines"], requires=[], default_config={})
def make_boilerplate(nlp: Language, name: str) -> BoilerplateMarker:
    """Mark each line of the article as body or page furniture (title, heading, boilerplate).

    Reads `doc._.ct_skip` (character ranges the reader excluded, e.g. front matter).
    """
    return BoilerplateMarker()


class BoilerplateMarker:
    def __call__(self, doc: Doc) -> Doc:
        doc._.ct_lines = classify_lines(text_of(doc), doc._.ct_skip or ())
        return doc
