"""Topics: which story threads a claim belongs to, from the topic definitions (data).

The shipped definitions live in `claimtrack/topics.toml`; `config.load_topics` adds a
user's own. A rule matches on the counted nouns of a claim's figures, on terms in its text
and on its stance (see topics.toml for the format).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..config import Topic, TopicRule
from .attribution import ClaimDraft
from .text import text_of


def rule_matches(rule: TopicRule, text: str, units: set[str], stance: str, article: str = "") -> bool:
    if rule.units and not units & set(rule.units):
        return False
    if any(not any(term in article for term in group) for group in rule.context_all_of):
        return False
    if rule.stances and stance not in rule.stances:
        return False
    if any(not any(term in text for term in group) for group in rule.all_of):
        return False
    return not any(term in text for term in rule.none)


def topics_of(claim_text: str, claim: ClaimDraft, topics: list[Topic], article: str = "") -> list[str]:
    """`article` is the case-folded article text, for rules with a context condition."""
    text = claim_text.casefold()
    units = {f.unit_lemma for f in claim.figures if f.unit_lemma}
    return [t.id for t in topics if any(rule_matches(r, text, units, claim.stance, article) for r in t.rules)]


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
        article = text.casefold()
        for claim in doc._.ct_claims:
            claim.topics = topics_of(text[claim.start_char : claim.end_char], claim, self.topics, article)
        return doc
