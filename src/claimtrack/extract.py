"""From a processed Doc to claim records: the boundary between spaCy and the rest.

Surnames are already linked to full names within the article by attribution ("Rutte" after
"Mark Rutte"); the store links them across articles (`store.link_speakers`).
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from .models import (
    Article,
    Claim,
    Content,
    Cue,
    DateMention,
    Quantity,
    Speaker,
    claim_id,
)
from .pipeline import run
from .pipeline.attribution import ClaimDraft
from .pipeline.figures import FigureMatch
from .pipeline.grammar import in_pluperfect
from .pipeline.mentions import Mention
from .pipeline.text import text_of
from .pipeline.words import Words, words_of
from .reading import SourceText


def to_speaker(words: Words, mention: Mention, resolved_from: str | None) -> Speaker:
    start, end = words.chars(mention.start, mention.end)
    written = words.text(mention.start, mention.end)
    end -= len(written) - len(written.rstrip(", "))  # "Der Chef, Kyrylo Budanow," ends at the name
    return Speaker(
        text=mention.text.rstrip(", "),
        canonical=mention.canonical,
        kind=mention.kind if mention.kind in ("person", "organization", "government", "media") else "unknown",
        role=mention.role,
        affiliation=mention.affiliation,
        speaks_for=mention.speaks_for,
        span=(start, end),
        resolved_from=resolved_from,
    )


def to_quantity(words: Words, figure: FigureMatch, text: str) -> Quantity:
    start, end = words.chars(figure.start, figure.end)
    last = words[figure.end - 1].text
    if last.endswith(".") and last[:1].isdigit():
        end -= 1  # the tokenizer left the sentence's full stop on its last number: "… von mehr als 3000."
    return Quantity(
        text=text[start:end], span=(start, end), value=figure.value, low=figure.low, high=figure.high,
        qualifier=figure.qualifier, unit=figure.unit, unit_lemma=figure.unit_lemma, modifiers=figure.modifiers,
        scope=figure.scope,
    )


def said_on_of(dates: list[DateMention], content: Content | None, published: date | None,
               earlier: bool = False) -> date | None:
    """When it was said: the first day named outside what is said ("„In der Nacht zum
    Dienstag lagen die Werte hoch“, sagte sie am Freitag" was said on Friday) and not after
    the article ("werde bis Freitag dauern" is a forecast); else the published date, or None
    for a statement reported as `earlier` than the article ("hatte … gesprochen")."""
    for d in dates:
        if not d.value or d.granularity != "day":
            continue
        day = date.fromisoformat(d.value)
        inside = content is not None and any(s <= d.span[0] and d.span[1] <= e for s, e in content.spans or [content.span])
        if not inside and (published is None or day <= published):
            return day
    return None if earlier else published


def to_claim(words: Words, draft: ClaimDraft, article: Article, text: str) -> Claim:
    speaker = to_speaker(words, draft.speaker, draft.resolved_from) if draft.speaker else None
    via = to_speaker(words, draft.via, None) if draft.via else None
    cue = None
    if draft.cue is not None:
        c = draft.cue
        cue = Cue(text=c.text(words), lemma=c.lemma, kind="verb" if c.kind == "verb" else
                  "preposition" if c.kind == "preposition" else "continuation" if c.kind == "continuation" else "phrase",
                  span=words.chars(c.start, c.end),
                  spans=sorted([words.chars(c.start, c.end),
                                words.chars(c.particle, c.particle + 1)]) if c.particle is not None else None)
    content = None
    if draft.content:
        parts = draft.content_parts
        content = Content(text=" … ".join(text[s:e] for s, e in parts) if parts else text[draft.content[0]:draft.content[1]],
                          span=draft.content, spans=parts)
    quantities = [to_quantity(words, f, text) for f in draft.figures]
    dates = [
        DateMention(text=d.text, span=(d.start_char, d.end_char), value=d.value, granularity=d.granularity,
                    relative=d.relative)
        for d in draft.dates
    ]
    said_on = said_on_of(dates, content if draft.mode in ("direct", "indirect") else None, article.published,
                         earlier=draft.cue is not None and in_pluperfect(words, draft.cue))
    span = (draft.start_char, draft.end_char)
    return Claim(
        id=claim_id(article.path, span, cue.span if cue else None, speaker.canonical if speaker else None),
        article=article.path,
        published=article.published,
        text=text[span[0]:span[1]],
        span=span,
        speaker=speaker,
        via=via,
        cue=cue,
        content=content,
        mode=draft.mode,
        stance=draft.stance,
        quantities=quantities,
        dates=dates,
        said_on=said_on,
        topics=draft.topics,
        sentence=draft.first_sentence,
    )


def extract_doc(doc: Doc, article: Article) -> list[Claim]:
    drafts = doc._.ct_claims
    claims: dict[str, Claim] = {}
    text = text_of(doc)
    words = words_of(doc)
    for draft in drafts:
        claim = to_claim(words, draft, article, text)
        claims.setdefault(claim.id, claim)
    return list(claims.values())


def extract(nlp: Language, source: SourceText) -> list[Claim]:
    """All claims of one decoded article."""
    doc = run(nlp, source.text, source.article.published, source.skip)
    return extract_doc(doc, source.article)
