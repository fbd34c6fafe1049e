"""The tokens of a Doc as plain Python records, for the rule loops.

A spaCy `Token` is a view made anew on every `doc[i]`, and every `.text` or `.lower_` looks
its string up in the StringStore: about 0.3 µs per access. The rules read tokens millions of
times per corpus, so each Doc gets one `Words` list, built once from `Doc.to_array`, and the
rules index that instead. The attribute names are spaCy's, so `doc[i].text` and
`words[i].text` mean the same.

    words = words_of(doc)
    words[3].lower_, words[3].idx, words.text(3, 6)   # == doc[3:6].text
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.attrs import ENT_TYPE, IDX, IS_PUNCT, LEMMA, LENGTH, SPACY
from spacy.tokens import Doc

from .text import text_of


class Word:
    """One token: what the rules read of a spaCy Token."""

    __slots__ = ("i", "text", "lower_", "idx", "is_punct", "whitespace_", "ent_type_", "lemma_")

    def __init__(self, i: int, text: str, idx: int, is_punct: bool, whitespace_: str, ent_type_: str = "",
                 lemma_: str = "") -> None:
        self.i = i
        self.text = text
        self.lower_ = text.lower()
        self.idx = idx
        self.is_punct = is_punct
        self.whitespace_ = whitespace_
        self.ent_type_ = ent_type_  # set only by a trained pipeline's NER
        self.lemma_ = lemma_  # set only by a trained pipeline's lemmatizer

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return f"Word({self.i}, {self.text!r})"


class Words(list[Word]):
    """The Doc's tokens in order, and the article text they index."""

    def __init__(self, words: list[Word], text: str) -> None:
        super().__init__(words)
        self.article_text = text
        self._starts = [w.idx for w in words]

    def text(self, start: int, end: int) -> str:
        """The text of tokens [start, end), as `doc[start:end].text` gives it."""
        if start >= end:
            return ""
        first, last = self.chars(start, end)
        return self.article_text[first:last]

    def chars(self, start: int, end: int) -> tuple[int, int]:
        """[start, end) character offsets of tokens [start, end) in the article text."""
        last = self[end - 1]
        return self[start].idx, last.idx + len(last.text)

    def covering(self, start_char: int, end_char: int) -> tuple[int, int]:
        """Token range [start, end) of the tokens overlapping the characters, as
        `doc.char_span(start_char, end_char, alignment_mode="expand")` finds them."""
        first = max(bisect_right(self._starts, start_char) - 1, 0)
        if first < len(self) and self[first].idx + len(self[first].text) <= start_char:
            first += 1
        return first, bisect_left(self._starts, end_char)


def words_of(doc: Doc) -> Words:
    """The Doc's `Words`, built on first use and kept on `doc._.ct_words`."""
    words = doc._.ct_words
    if words is None or len(words) != len(doc):  # a retokenised Doc gets new Words
        words = _build(doc)
        doc._.ct_words = words
    return words


def _build(doc: Doc) -> Words:
    text = text_of(doc)
    table = doc.to_array([IDX, LENGTH, IS_PUNCT, SPACY])
    starts = table[:, 0].tolist()
    ends = (table[:, 0] + table[:, 1]).tolist()
    punct = table[:, 2].astype(bool).tolist()
    space = table[:, 3].tolist()
    out = [Word(i, text[s:e], s, p, " " if w else "") for i, (s, e, p, w) in enumerate(zip(starts, ends, punct, space))]
    strings = doc.vocab.strings
    if doc.has_annotation("ENT_IOB"):  # a trained pipeline's entities and lemmas
        for word, label in zip(out, doc.to_array([ENT_TYPE]).tolist()):
            word.ent_type_ = strings[label] if label else ""
    if doc.has_annotation("LEMMA"):
        for word, lemma in zip(out, doc.to_array([LEMMA]).tolist()):
            word.lemma_ = strings[lemma] if lemma else ""
    return Words(out, text)
