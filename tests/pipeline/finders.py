"""A cue of a one-sentence article, with what `speakers` and `content` need to read it."""

from __future__ import annotations

from dataclasses import dataclass

from claimtrack.pipeline.content import ContentFinder
from claimtrack.pipeline.cues import CueMatch
from claimtrack.pipeline.grammar import sentence_mentions
from claimtrack.pipeline.lexicon import get
from claimtrack.pipeline.mentions import Mention
from claimtrack.pipeline.quotes import Quote
from claimtrack.pipeline.sentences import Sentence
from claimtrack.pipeline.speakers import SpeakerFinder
from claimtrack.pipeline.words import Words, words_of
from tests.helpers import body


@dataclass
class CueInSentence:
    text: str  # the article's text
    words: Words
    cue: CueMatch
    sentence: Sentence
    mentions: list[Mention]
    quotes: list[Quote]

    def speakers(self) -> SpeakerFinder:
        return SpeakerFinder(self.words, get(), set())

    def content(self) -> ContentFinder:
        return ContentFinder(self.words, get())

    def span(self, mention: Mention | None) -> str | None:
        return None if mention is None else self.words.text(mention.start, mention.end)

    def chars(self, span: tuple[int, int] | None) -> str | None:
        return None if span is None else self.text[span[0] : span[1]]


def cue_in(doc_of, sentence: str, lemma: str) -> CueInSentence:
    text = body(sentence)
    doc = doc_of(text)
    cue = next(c for c in doc._.ct_cues if c.lemma == lemma)
    where = doc._.ct_sentences[cue.sentence]
    words = words_of(doc)
    mentions = sentence_mentions(words, where, doc._.ct_quotes, get())
    return CueInSentence(text, words, cue, where, mentions, doc._.ct_quotes)
