"""`Words` must read a Doc exactly as spaCy's Token and Span views do."""

import spacy

from claimtrack.pipeline import make_doc
from claimtrack.pipeline.words import words_of

TEXT = "„Das ist falsch“, sagte Wood am 3. Oktober 2024 in New York.\n\nLaut dpa (Hamburg) kamen etwa 1.500 Menschen."


def test_words_match_spacy_tokens():
    nlp = spacy.blank("de")
    doc = make_doc(nlp, TEXT)
    words = words_of(doc)
    assert len(words) == len(doc)
    for word, token in zip(words, doc):
        assert (word.i, word.text, word.lower_, word.idx, word.is_punct, word.whitespace_) == (
            token.i, token.text, token.lower_, token.idx, token.is_punct, token.whitespace_)
        assert (word.ent_type_, word.lemma_) == ("", "")  # blank German has no NER, no lemmatizer


def test_words_text_and_chars_match_spans():
    doc = make_doc(spacy.blank("de"), TEXT)
    words = words_of(doc)
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            span = doc[start:end]
            assert words.text(start, end) == span.text
            assert words.chars(start, end) == (span.start_char, span.end_char)
    assert words.text(3, 3) == ""


def test_words_covering_matches_char_span_expand():
    doc = make_doc(spacy.blank("de"), TEXT)
    words = words_of(doc)
    for start_char in range(len(TEXT)):
        for end_char in range(start_char + 1, len(TEXT) + 1, 7):
            span = doc.char_span(start_char, end_char, alignment_mode="expand")
            expected = (span.start, span.end) if span is not None else None
            if expected is not None:
                assert words.covering(start_char, end_char) == expected, (start_char, end_char)


def test_words_are_built_once_per_doc():
    doc = make_doc(spacy.blank("de"), TEXT)
    assert words_of(doc) is words_of(doc)
