"""The records claimtrack stores and exports: articles, claims and their parts.

Every record is a pydantic model with `extra="forbid"`, so a misspelt field in an export or a
config fails loudly instead of vanishing. Claims are frozen: once extracted they are facts
about a text, and the store replaces them whole when the text changes.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

Mode = Literal["direct", "indirect", "reported", "assertion"]
Stance = Literal["asserts", "confirms", "denies", "cannot_confirm", "does_not_deny"]
SpeakerKind = Literal["person", "organization", "government", "media", "unknown"]
Qualifier = Literal["exact", "approx", "at_least", "at_most", "range"]
Granularity = Literal["day", "week", "month", "year"]
CueKind = Literal["verb", "preposition", "phrase", "continuation"]
DateSource = Literal["manifest", "front_matter", "date_line", "unknown"]
Scope = Literal["total", "partial", "unknown"]

Span = tuple[int, int]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Speaker(Record):
    text: str = Field(description="The speaker as written in the article.")
    canonical: str = Field(description="One name per real-world speaker across the store.")
    kind: SpeakerKind = Field(description="person, organization, government, media or unknown.")
    role: str | None = Field(None, description="The role as written, e.g. 'stellvertretende Pentagon-Sprecherin'.")
    affiliation: str | None = Field(
        None, description="The institution the role belongs to, where written; for an unnamed spokesperson "
                          "whose phrase does not say, the institution named just before ('Eine Sprecherin sagte')."
    )
    speaks_for: str | None = Field(
        None, description="The institution whose voice a spokesperson or the head of an office is ('NATO' for "
                          "'NATO-Generalsekretär Mark Rutte', the Landratsamt for 'Landrätin Petra Albrecht'); "
                          "the same for every claim of one person across the store. Its claims' origin."
    )
    span: Span = Field(description="[start, end) character offsets of `text` in the article.")
    resolved_from: str | None = Field(
        None, description="The pronoun or role noun this speaker was resolved from ('er', 'der Staatschef')."
    )


def lone_surname(name: str) -> str | None:
    """The surname a person's canonical name is made of alone, by which a full name can be
    found: "Rutte" -> "Rutte", "von der Leyen" -> "Leyen"; None for "Mark Rutte"."""
    if " " not in name:
        return name
    return name.split()[-1] if name.split()[0] in ("von", "zu") else None


class Cue(Record):
    text: str = Field(description="The cue as written ('sagte', 'laut', 'zufolge', 'nach Angaben').")
    lemma: str | None = Field(description="Verb lemma or cue phrase; None for a continuation without a cue.")
    kind: CueKind = Field(description="verb, preposition, phrase, or continuation of the last speaker.")
    span: Span | None = Field(description="[start, end) offsets of the cue; None for a continuation.")
    spans: list[Span] | None = Field(None, description="The verb and its separated particle ('teilte ... mit').")


class Content(Record):
    text: str = Field(description="What was said: the quote, the reported clause or the sentence.")
    span: Span = Field(description="[start, end) offsets of the content in the article.")
    spans: list[Span] | None = Field(
        None, description="The parts, when the frame interrupts the content ('Der Fall wird [nach Angaben X] geprüft')."
    )


class Quantity(Record):
    text: str = Field(description="The figure as written, with its hedge ('etwa 10.000').")
    span: Span = Field(description="[start, end) offsets of `text`.")
    value: float | None = Field(None, description="The number, when the figure is a single number.")
    low: float | None = Field(None, description="Lower bound of a range or vague quantity.")
    high: float | None = Field(None, description="Upper bound of a range or vague quantity.")
    qualifier: Qualifier = Field(description="exact, approx, at_least, at_most or range.")
    unit: str | None = Field(None, description="The counted noun as written ('Soldaten').")
    unit_lemma: str | None = Field(None, description="The counted noun's lemma ('Soldat').")
    modifiers: list[str] = Field(default_factory=list, description="Words qualifying the counted noun.")
    scope: Scope = Field("unknown", description="total (a whole or a plan), partial (so far, a first wave) or unknown.")


class DateMention(Record):
    text: str = Field(description="The date as written ('am Freitag', 'ab November').")
    span: Span = Field(description="[start, end) offsets of `text`.")
    value: str | None = Field(description="ISO date, ISO week 'YYYY-Www', 'YYYY-MM' or 'YYYY'; None when it cannot be resolved.")
    granularity: Granularity = Field(description="day, week (an ISO week, '2024-W43'), month or year.")
    relative: bool = Field(description="True when resolved against the published date.")


class Claim(Record):
    id: str = Field(description="Stable id: a hash of article, span and cue.")
    article: str = Field(description="The article's path as given to ingest.")
    published: date | None = Field(None, description="The article's published date.")
    text: str = Field(description="The sentence(s) carrying the claim.")
    span: Span = Field(description="[start, end) offsets of `text` in the decoded article.")
    speaker: Speaker | None = Field(description="Who made the claim; None for the article's own statement.")
    via: Speaker | None = Field(None, description="The source a speaker relays, or the medium relaying it.")
    cue: Cue | None = Field(description="The attribution cue; None for the article's own statement.")
    content: Content | None = Field(description="The reported content.")
    mode: Mode = Field(description="direct, indirect, reported or assertion.")
    stance: Stance = Field(description="asserts, confirms, denies, cannot_confirm or does_not_deny.")
    quantities: list[Quantity] = Field(default_factory=list, description="Figures in the claim.")
    dates: list[DateMention] = Field(default_factory=list, description="Date mentions in the claim.")
    said_on: date | None = Field(None, description="When it was said: a resolved day mention, else the published date.")
    topics: list[str] = Field(default_factory=list, description="Ids of the topics the claim belongs to.")
    sentence: int = Field(description="Index of the claim's first sentence in the article.")


class Article(Record):
    path: str = Field(description="The path as given to ingest.")
    sha256: str = Field(description="Hash of the raw bytes; an unchanged file is skipped.")
    title: str | None = Field(None, description="The first line, or the front matter's title.")
    published: date | None = Field(None, description="Published date, when known.")
    published_source: DateSource = Field(description="Where the published date came from.")
    outlet: str | None = Field(None, description="Publishing outlet, from the manifest or front matter.")
    url: str | None = Field(None, description="Source URL, from the manifest or front matter.")
    encoding: str = Field(description="The encoding the bytes were decoded with.")
    chars: int = Field(description="Length of the decoded text.")


def same_version(read: Article, stored: Article, listed: bool = True) -> bool:
    """Does a stored article still hold what claimtrack reads from the file now? Only when the
    bytes and everything read about them but the path are the same: the published date and
    where it came from (relative dates are resolved against it), title, outlet, url, encoding.
    A run whose manifest does not list the file (`listed` false; or one without a manifest)
    keeps what an earlier manifest gave: a forgotten `--manifest` must not drop stored dates."""
    if read.model_dump(exclude={"path"}) == stored.model_dump(exclude={"path"}):
        return True
    return not listed and stored.published_source == "manifest" and read.sha256 == stored.sha256


def claim_id(article: str, span: Span, cue_span: Span | None, speaker: str | None) -> str:
    """A stable id for a claim: the same text in the same article gives the same id."""
    key = f"{article}|{span[0]}:{span[1]}|{cue_span}|{speaker}"
    return "c" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:15]


def explain_validation_error(error: ValidationError) -> list[str]:
    """One readable line per problem, for error messages that name a file."""
    lines = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "record"
        lines.append(f"{where}: {item['msg']}")
    return lines
