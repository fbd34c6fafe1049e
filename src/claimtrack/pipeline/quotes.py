"""Direct quotations: „…“, “…”, "…", »…« and «…», possibly spanning sentences.

    „Wir beraten uns mit unseren Verbündeten“, sagte Wood.  -> one quote, marks included
    Es sei "ein Hinweis darauf, dass Putin ... steckt".        -> one quote inside a sentence

A quote stays within its line (paragraph); an unclosed mark opens no quote. A quoted name
is no quotation: die Zeitung „Nord Echo“, der „Berliner Post“ (`mentions.is_quoted_title`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from .lexicon import QUOTE_PAIRS, get
from .mentions import is_quoted_title
from .text import text_of
from .words import words_of


@dataclass(frozen=True)
class Quote:
    start_char: int  # the opening mark
    end_char: int  # after the closing mark
    start: int  # token index of the opening mark
    end: int  # token index after the closing mark


def find_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Character ranges of the quotations in text[start:end], marks included."""
    out = []
    i = start
    while i < end:
        ch = text[i]
        closers = QUOTE_PAIRS.get(ch)
        if closers and ch != "‚":
            j = i + 1
            while j < end and text[j] not in closers:
                j += 1
            if j < end and j > i + 1:
                out.append((i, j + 1))
                i = j + 1
                continue
        i += 1
    return out


@Language.factory("claimtrack_quotes", assigns=["doc._.ct_quotes"], requires=["doc._.ct_lines"], default_config={})
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    """Find direct quotations in the body lines of the article."""
    return QuoteFinder()


class QuoteFinder:
    def __call__(self, doc: Doc) -> Doc:
        quotes = []
        text = text_of(doc)
        words, lex = words_of(doc), get()
        for line in doc._.ct_lines:
            if line.kind != "body":
                continue
            for s, e in find_quotes(text, line.start, line.end):
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is not None and not is_quoted_title(words, span.start, span.end, lex):
                    quotes.append(Quote(s, e, span.start, span.end))
        doc._.ct_quotes = quotes
        return doc
