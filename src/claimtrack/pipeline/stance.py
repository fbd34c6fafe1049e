"""Stance: does the claim assert, confirm, deny, or say it cannot confirm?

Negation-aware: "bestreitet die Anwesenheit nicht" does_not_deny; "könne bisher nicht
bestätigen", "bisher nicht bestätigt", "nur wenige ... bestätigt", "keine eigenen
Erkenntnisse" and a conditional "sollte sich ... bestätigen" are cannot_confirm. A claim that
continues another inherits its stance when it carries none of its own.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicons
from .attribution import ClaimDraft
from .lexicon import NEGATIONS

CONFIRM = frozenset({"bestätigen"})
DENY = frozenset({"bestreiten", "abstreiten", "dementieren", "zurückweisen", "verneinen"})
LIMITING = ("nur wenige", "kaum")
NO_KNOWLEDGE = ("keine eigenen erkenntnisse", "keine erkenntnisse", "keine informationen", "keine bestätigung")
CONDITIONAL = ("sollte", "sollten", "falls", "wenn")


def stance_of(doc: Doc, claim: ClaimDraft) -> str:
    start = doc.char_span(claim.start_char, claim.end_char, alignment_mode="expand")
    tokens = list(start) if start is not None else []
    words = [t.lower_ for t in tokens]
    text = " ".join(words)
    if any(phrase in text for phrase in NO_KNOWLEDGE):
        return "cannot_confirm"
    for k, token in enumerate(tokens):
        lemma = lexicons.lemma(token.text)
        if claim.cue and claim.cue.kind == "verb" and token.i == claim.cue.start and claim.cue.particle is not None:
            lemma = claim.cue.lemma
        if lemma not in CONFIRM and lemma not in DENY:
            continue
        if token.text[:1].isupper() and k > 0:
            continue  # a noun ("die Bestätigung") is not the verb
        window = words[max(0, k - 8) : k + 4]
        negated = any(w in NEGATIONS for w in window) or any(p in " ".join(window) for p in LIMITING)
        if lemma in CONFIRM:
            if negated:
                return "cannot_confirm"
            if any(w in CONDITIONAL for w in words[max(0, k - 8) : k]):
                return "cannot_confirm"
            return "confirms"
        return "does_not_deny" if negated else "denies"
    if claim.continues is not None and claim.continues.stance != "asserts":
        return claim.continues.stance
    return "asserts"


@Language.factory("claimtrack_stance", assigns=["doc._.ct_claims"], requires=["doc._.ct_claims"], default_config={})
def make_stance(nlp: Language, name: str) -> StanceTagger:
    """Set each claim's stance from its cue, its content and negation around them."""
    return StanceTagger()


class StanceTagger:
    def __call__(self, doc: Doc) -> Doc:
        for claim in doc._.ct_claims:
            claim.stance = stance_of(doc, claim)
        return doc
