"""Stance: does the claim assert, confirm, deny, or say it cannot confirm?

Negation-aware: "bestreitet die Anwesenheit nicht" does_not_deny; "könne bisher nicht
bestätigen", "bisher nicht bestätigt", "nur wenige ... bestätigt", "keine eigenen
Erkenntnisse", "unbestätigten Berichten zufolge", "weder bestätigen noch dementieren" and a
conditional "sollte sich ... bestätigen" are cannot_confirm. A claim that
continues another inherits its stance when it carries none of its own.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicons
from .attribution import ClaimDraft
from .lexicon import NEGATIONS
from .words import Words, words_of

CONFIRM = frozenset({"bestätigen", "überprüfen", "verifizieren"})  # the last two only with "unabhängig"
DENY = frozenset({"bestreiten", "abstreiten", "dementieren", "zurückweisen", "verneinen", "widersprechen", "ausschließen"})
ONLY_AS_CUE = frozenset({"widersprechen", "ausschließen"})  # "aus dem Verein ausgeschlossen" denies nothing
# "Die Zahl ist schlicht falsch", "Das stimmt nicht": the speaker calls a statement untrue
COPULAS = frozenset("ist sei sind seien war wäre waren wären".split())
UNTRUE = frozenset("falsch unzutreffend unwahr erfunden haltlos gelogen".split())
HOLDS_TRUE = frozenset("stimmt stimme stimmen stimmte stimmten trifft treffe treffen trafen träfe träfen".split())
# what can be untrue: a statement, or "das" pointing at one (not "die Entscheidung sei falsch")
STATEMENTS = frozenset("""das dies zahl zahlen angabe angaben bericht berichte berichten behauptung behauptungen
    darstellung darstellungen vorwurf vorwürfe vorwürfen meldung meldungen information informationen aussage
    aussagen gerücht gerüchte schätzung schätzungen""".split())
LIMITING = ("nur wenige", "kaum")
NO_KNOWLEDGE = ("keine eigenen erkenntnisse", "keine erkenntnisse", "keine informationen", "keine bestätigung")
CONDITIONAL = ("sollte", "sollten", "falls", "wenn")


def stance_of(words: Words, claim: ClaimDraft, alone: bool = True) -> str:
    """The stance of one claim; `alone` when no other claim shares its sentence."""
    # With a sibling claim in the sentence, read only this claim's cue and content.
    start, end = claim.start_char, claim.end_char
    if not alone and claim.cue is not None and claim.content is not None and claim.mode in ("direct", "indirect", "reported"):
        start, end = min(words[claim.cue.start].idx, claim.content[0]), max(claim.content[1], words[claim.cue.start].idx + 1)
    tokens = words[slice(*words.covering(start, end))]
    lowered = [t.lower_ for t in tokens]
    text = " ".join(lowered)
    if any(phrase in text for phrase in NO_KNOWLEDGE):
        return "cannot_confirm"
    for k, token in enumerate(tokens):
        lemma = lexicons.lemma(token.text)
        if claim.cue and claim.cue.kind == "verb" and token.i == claim.cue.start and claim.cue.particle is not None:
            lemma = claim.cue.lemma
        if lemma not in CONFIRM and lemma not in DENY:
            continue
        if lemma in ONLY_AS_CUE and not (claim.cue and token.i == claim.cue.start):
            continue  # "die Koalition widerspricht den Versprechen": things disagree, nobody denies
        if token.text[:1].isupper() and k > 0:
            continue  # a noun ("die Bestätigung") is not the verb
        if k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper() and token.text.endswith(("e", "en", "er")) \
                and not (claim.cue and token.i == claim.cue.start):
            continue  # "17 bestätigte Fälle": an attribute of the noun after it, no stance
        clause_end = next((n for n in range(k + 1, len(lowered)) if lowered[n] in (",", ".", ";", ":", "und")), len(lowered))
        # "bestreitet die Anwesenheit ... nicht"; from the verb's clause on, so that "Der Sprecher,
        # dessen Name nicht genannt wurde, bestätigte" is no negation
        clause_start = next((n + 1 for n in range(k - 1, max(0, k - 8) - 1, -1) if lowered[n] in (",", ";", ":")), 0)
        window = lowered[max(0, k - 8, clause_start) : clause_end]
        negated = any(w in NEGATIONS for w in window) or any(p in " ".join(window) for p in LIMITING)
        if lemma in CONFIRM:
            if negated:
                return "cannot_confirm"
            if any(w in CONDITIONAL for w in lowered[max(0, k - 8) : k]):
                return "cannot_confirm"
            return "confirms"
        return "does_not_deny" if negated else "denies"
    if calls_untrue([t.text for t in tokens]):
        return "denies"
    if claim.continues is not None and claim.continues.stance == "denies":
        return claim.continues.stance  # "bestritt die Entsendung. Die Vorwürfe zielten darauf ..."
    if any(word.startswith("unbestätigt") for word in lowered):
        return "cannot_confirm"  # "nach unbestätigten Berichten", "Die Zahl ist bisher unbestätigt"
    return "asserts"


def calls_untrue(texts: list[str]) -> bool:
    """"Die Zahl ist schlicht falsch", "Das stimmt nicht", "Die Angaben träfen nicht zu": a
    statement called untrue; not a judgement of something else ("Es sei falsch, die Schulen zu
    schließen", "Die Entscheidung sei falsch gewesen"), nor "stimmt nicht ganz"."""
    lowered = [t.lower() for t in texts]
    for k, word in enumerate(lowered):
        if word in COPULAS:
            untrue = any(w in UNTRUE for w in lowered[k + 1 : k + 4])
        elif word in HOLDS_TRUE and texts[k].islower() and "nicht" in lowered[k + 1 : k + 3]:  # "stimmt (so) nicht"
            after = lowered[lowered.index("nicht", k + 1) + 1 :]
            zu = word.startswith(("trifft", "treffe", "traf", "träf"))
            untrue = after[:1] != ["ganz"] and (not zu or "zu" in after[:2])
        else:
            continue
        clause = next((n + 1 for n in range(k - 1, -1, -1) if lowered[n] in (",", ";", ":", "„", "“", "\"")), 0)
        if untrue and any(w in STATEMENTS for w in lowered[max(clause, k - 8) : k]):
            return True
    return False


@Language.factory("claimtrack_stance", assigns=["doc._.ct_claims"], requires=["doc._.ct_claims"], default_config={})
def make_stance(nlp: Language, name: str) -> StanceTagger:
    """Set each claim's stance from its cue, its content and negation around them."""
    return StanceTagger()


class StanceTagger:
    def __call__(self, doc: Doc) -> Doc:
        per_sentence: dict[int, int] = {}
        for claim in doc._.ct_claims:
            per_sentence[claim.last_sentence] = per_sentence.get(claim.last_sentence, 0) + 1
        words = words_of(doc)
        for claim in doc._.ct_claims:
            claim.stance = stance_of(words, claim, alone=per_sentence[claim.last_sentence] == 1)
        return doc
