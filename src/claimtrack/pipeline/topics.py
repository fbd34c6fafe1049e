"""Topics: which story threads a claim belongs to, from the topic definitions (data).

The shipped definitions live in `claimtrack/topics.toml`; `config.load_topics` adds a
user's own. A rule matches on the counted nouns of a claim's figures, on terms in its text,
on a place it names and on its stance (see topics.toml for the format).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..config import Topic, TopicRule, counts_unit
from .attribution import ClaimDraft
from .lexicon import Lexicon, get
from .nouns import is_common_noun, is_place_name
from .text import text_of

# a preposition and the capitalised word after it, maybe after an article: "in der Ukraine"
PLACE_AFTER = re.compile(r"\b(?:in|nach|bei|nahe|vor|aus|an|um)\s+(?:(?:der|dem|den|die|das)\s+)?([A-ZÄÖÜ][\w-]+)")


@lru_cache(maxsize=1 << 14)
def _is_place(word: str, lex: Lexicon) -> bool:
    """A place the lexicon knows, or a capitalised word that is no German noun: after a
    preposition that is a name ("bei Pokrowsk"), where "in Gefahr" and "nach Angaben" are not."""
    return is_place_name(word, lex) or not is_common_noun(word, lex) and word not in lex.months \
        and word not in lex.weekdays and word.lower() not in lex.known_words


def names_place(text: str) -> bool:
    """Does the text name a place after a preposition ("in Litauen", "bei Pokrowsk")?"""
    lex = get()
    return any(_is_place(m.group(1), lex) for m in PLACE_AFTER.finditer(text))


def rule_matches(rule: TopicRule, text: str, units: set[str], stance: str, article: str = "",
                 original: str = "") -> bool:
    """`text` is the claim's text as `matchable` makes it, `original` as written (for `places`)."""
    if rule.units and not any(counts_unit(unit, rule.units) for unit in units):
        return False
    if any(not any(term in article for term in group) for group in rule.context_all_of):
        return False
    if rule.stances and stance not in rule.stances:
        return False
    if any(not any(term in text for term in group) for group in rule.all_of):
        return False
    if any(term in text for term in rule.none):
        return False
    return not rule.places or names_place(original)


NOT_WORD = re.compile(r"[^\w-]+")


def matchable(text: str) -> str:
    """Text as terms see it: case-folded, each run of marks and spaces one space, a space at
    each end. A term's own spaces then mark word edges: " euro " is no part of "Europa"."""
    return f" {NOT_WORD.sub(' ', text.casefold()).strip()} "


def topics_of(claim_text: str, claim: ClaimDraft, topics: list[Topic], article: str = "") -> list[str]:
    """`article` is the article text as `matchable` makes it, for rules with a context condition."""
    text = matchable(claim_text)
    units = {f.unit_lemma for f in claim.figures if f.unit_lemma}
    return [t.id for t in topics if not any(term in text for term in t.none)
            and any(rule_matches(r, text, units, claim.stance, article, claim_text) for r in t.rules)]


@Language.factory(
    "claimtrack_topics",
    assigns=["doc._.ct_claims"],
    requires=["doc._.ct_claims"],
    default_config={"extra_topics": []},
)
def make_topics(nlp: Language, name: str, *, extra_topics: list[dict]) -> TopicTagger:
    """Tag each claim with the topics whose rules match it.

    extra_topics: topic definitions (as in topics.toml) added to the shipped ones.
    """
    from ..config import parse_topics, shipped_topics

    return TopicTagger(shipped_topics() + parse_topics(extra_topics, "extra_topics"))


class TopicTagger:
    def __init__(self, topics: list[Topic]) -> None:
        self.topics = topics

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        article = matchable(text)
        for claim in doc._.ct_claims:
            claim.topics = topics_of(text[claim.start_char : claim.end_char], claim, self.topics, article)
        return doc
