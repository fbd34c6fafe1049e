"""Scoring claims against expectation files in the seed-gold format (our own implementation).

A gold claim is found when a claim of the same article covers its needle (the claim's span
holds the needle's start or end) and names the same speaker, compared on word stems, so that
"der südkoreanische Geheimdienst" matches "Nationaler Geheimdienst Südkoreas (NIS)".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from claimtrack.models import Claim

IGNORED = {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "und", "von", "vom", "für",
           "sprecher", "sprecherin", "chef", "präsident", "präsidentin"}


def stems(name: str) -> set[str]:
    words = re.sub(r"[^\w]+", " ", unicodedata.normalize("NFKC", name).casefold()).split()
    return {w[:5] for w in words if len(w) >= 3 and w not in IGNORED}


def same_speaker(gold: str | None, claim: Claim) -> bool:
    if gold is None or claim.speaker is None:
        return gold is None and claim.speaker is None
    found = stems(f"{claim.speaker.text} {claim.speaker.canonical}")
    return any(stem in found for part in gold.split(";") for stem in stems(part))


def same_quantity(gold: dict, claim: Claim) -> bool:
    for q in claim.quantities:
        if gold.get("value") is not None and gold["value"] in (q.value, q.low, q.high):
            return True
        if gold.get("value") is None and (gold.get("low"), gold.get("high")) == (q.low, q.high):
            return True
    return False


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    used: int = 0
    figures: int = 0
    figures_found: int = 0
    topic_ok: int = 0
    stance_ok: int = 0
    dates: int = 0
    dates_ok: int = 0
    misses: list[str] = field(default_factory=list)

    def ratio(self, a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def recall(self) -> float:
        return self.ratio(self.found, self.gold)

    @property
    def precision(self) -> float:
        return self.ratio(self.used, self.predicted)


def score(gold: list[dict], claims: list[Claim], texts: dict[str, str]) -> Score:
    result = Score(gold=len(gold), predicted=len(claims))
    used: set[str] = set()
    for g in gold:
        text = texts[g["article"]]
        starts = [m.start() for m in re.finditer(re.escape(g["needle"]), text)]
        end = len(g["needle"])
        covering = [c for c in claims if c.article.rsplit("/", 1)[-1] == g["article"]
                    and any(c.span[0] <= s < c.span[1] or c.span[0] < s + end <= c.span[1] for s in starts)]
        if g.get("quantity"):
            result.figures += 1
            result.figures_found += any(same_quantity(g["quantity"], c) for c in covering)
        hits = [c for c in covering if same_speaker(g.get("speaker"), c)]
        if g.get("quantity"):
            hits = [c for c in hits if same_quantity(g["quantity"], c)] or hits
        if not hits:
            result.misses.append(f"{g['article']} | {g.get('speaker')} | {g['needle']}")
            continue
        result.found += 1
        used.update(c.id for c in hits)
        first = hits[0]
        result.topic_ok += g["topic"] in first.topics or (g["topic"] == "other" and not first.topics)
        result.stance_ok += first.stance == g["stance"]
        if g.get("date"):
            result.dates += 1
            result.dates_ok += any((d.value or "").startswith(g["date"]) for d in first.dates)
    result.used = len(used)
    return result
