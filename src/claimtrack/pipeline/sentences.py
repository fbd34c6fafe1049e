"""Sentence boundaries for German news without a parser.

A sentence ends at ".", "!" or "?" (with any closing quotation marks after it) when the next
word does not continue it: "„Ist das so?“, fragte sie." is one sentence. Ordinals ("am 3.
Oktober") and abbreviations stay inside, because spaCy's German tokenizer keeps their dot
on the token. A line break always ends a sentence: lines are paragraphs or headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .lexicon import DETERMINERS, PERSONAL_POSSESSIVES
from .words import Words, words_of

CLOSERS = frozenset("“”\"»«‘’'")
ENDS = frozenset(".!?…")
QUOTES_OPEN = frozenset("„\"»«“")
CODE = re.compile(r"(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d-]{2,}")  # letters and digits: "H5N1", "A380"
OPENERS = frozenset("Er Sie Es Wir Ich Man Um In Im Am Auf Nach Bei Mit Für Wie Was Auch Doch Aber".split())
# words that stand before an ordinal, never before a sentence's last number
ORDINAL_OPENERS = DETERMINERS | PERSONAL_POSSESSIVES | frozenset("zum zur am im beim vom".split())


def number_ends_sentence(words: Words, i: int, last: int) -> bool:
    """spaCy keeps a sentence-final dot on a number ("10.000."); an ordinal ("3. Oktober")
    keeps it too. A day-sized number before a capital is an ordinal; anything else ends."""
    text = words[i].text
    if i + 1 >= last or not text.endswith("."):
        return False
    nxt = words[i + 1].text
    if CODE.fullmatch(text[:-1]) and (nxt[:1].isupper() or nxt[:1] in QUOTES_OPEN):
        return True  # "H5N1. Um den Betrieb …", "A380. Die Firma …": a code's dot ends the sentence
    if not text[:-1].replace(".", "").replace(",", "").isdigit():
        return False
    if nxt[:1] in QUOTES_OPEN or nxt.lower() in DETERMINERS or nxt in OPENERS:
        return True  # no ordinal stands before an article or a pronoun: "Burgstraße 1. Die Einnahmen"
    if i > 0 and words[i - 1].lower_ in ORDINAL_OPENERS:
        return False  # "seinen 80. Geburtstag", "zum 75. Jahrestag": an article opens an ordinal
    core = text[:-1]
    if nxt[:1].isdigit() and len(core) == 4 and core.isdigit():
        return True  # "für das Jahr 2025. 2024 waren es …": a year ends it, a number opens the next
    return nxt[:1].isupper() and ("." in core or "," in core or int(core) > 31)


@dataclass(frozen=True)
class Sentence:
    start: int  # token index
    end: int  # token index, exclusive
    start_char: int
    end_char: int
    line: int  # index into doc._.ct_lines
    body: bool


def split_line(words: Words, first: int, last: int) -> list[tuple[int, int]]:
    """Token ranges of the sentences between tokens first and last (exclusive)."""
    out = []
    start = first
    i = first
    while i < last:
        if i > first and i + 1 < last and words[i].text == "." and words[i].whitespace_ == "" \
                and words[i - 1].whitespace_ == "" and words[i + 1].text.isalpha() \
                and (words[i + 1].text.isupper() or words[i + 1].text.islower()):
            i += 1  # "Straßen.NRW", "web.de": a dot inside a name ("Ende.Der" is a typo's sentence end)
            continue
        if words[i].text in ENDS or words[i].text.endswith("...") or number_ends_sentence(words, i, last):
            j = i + 1
            # a closing mark sits right after the punctuation; a straight quote after a
            # space opens the next sentence's quotation
            while j < last and words[j].text in CLOSERS | ENDS and words[j - 1].whitespace_ == "":
                j += 1
            if j >= last:
                break
            nxt = words[j].text
            if nxt[:1].isupper() or nxt[:1] in "„\"»«“" or nxt[:1].isdigit() or nxt == "-":
                out.append((start, j))
                start = j
            i = j
            continue
        i += 1
    if start < last:
        out.append((start, last))
    return out


@Language.factory(
    "claimtrack_sentences",
    assigns=["doc._.ct_sentences", "token.is_sent_start"],
    requires=["doc._.ct_lines"],
    default_config={},
)
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    """Split every line into sentences; mark those of body lines as `body`.

    Sets `token.is_sent_start` unless a trained parser or senter has already done so.
    """
    return SentenceSplitter()


class SentenceSplitter:
    def __call__(self, doc: Doc) -> Doc:
        words = words_of(doc)
        sentences: list[Sentence] = []
        set_starts = not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP"))
        for index, line in enumerate(doc._.ct_lines):
            span = doc.char_span(line.start, line.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            for s, e in split_line(words, span.start, span.end):
                sentences.append(
                    Sentence(s, e, words[s].idx, words[e - 1].idx + len(words[e - 1]), index, line.kind == "body")
                )
        if set_starts and len(words):
            # one array write: setting token.is_sent_start per token rescans the Doc each time
            flags = numpy.full(len(words), -1, dtype="int32")
            flags[[0, *(s.start for s in sentences)]] = 1
            doc.from_array([SENT_START], flags.astype("uint64"))
        doc._.ct_sentences = sentences
        return doc
