"""Reconciliation: what the claims of one topic say together.

For figures: each figure becomes an interval (exact [v, v]; approx v ± tolerance; at_least
[v, ∞); at_most [0, v]; range [low, high]); overlapping intervals of the same subject form an
agreeing group; disjoint groups disagree. A disagreement is
  scope         when one side counts a part so far and the other a total or plan,
  update        when the same origin gives both, at different dates (the later supersedes),
  contradiction otherwise.
For stances (status topics): a timeline per origin; an origin changing its stance is an
update (cannot_confirm -> confirms is an update in knowledge); opposite stances of different
origins (confirms/asserts against denies) are a contradiction.

The origin of a claim is its speaker: extraction already makes the relayed source the
speaker ("wie Yonhap unter Berufung auf den Geheimdienst berichtete" -> the service) and the
relaying medium `via`. One origin in several articles counts once.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from functools import cache

from . import lexicons
from .config import Topic
from .models import Claim, Quantity

AFFIRM = frozenset({"asserts", "confirms"})
# Stances that are one position: confirming after asserting is no change of mind.
POSITION = {"asserts": "yes", "confirms": "yes", "denies": "no", "cannot_confirm": "open", "does_not_deny": "open"}
DENY = frozenset({"denies"})
FindingKind = Literal["agreement", "contradiction", "scope", "update"]


class Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Group(Out):
    subject: str = Field(description="What is counted: the counted noun's concept, with nationality if written.")
    low: float = Field(description="Smallest figure of the group, as written (before hedges widen it).")
    high: float | None = Field(description="Largest figure of the group; None when open-ended ('mehr als').")
    scope: Literal["total", "partial", "unknown"]
    origins: list[str] = Field(description="Distinct origins: corroboration is their number.")
    articles: list[str]
    first_date: date | None
    last_date: date | None
    claims: list[Claim]


class TimelineEntry(Out):
    date: date | None
    origin: str
    stance: str
    claim_ids: list[str]


class Finding(Out):
    kind: FindingKind
    subject: str
    origins: list[str]
    claim_ids: list[str]
    explanation: str


class Reconciliation(Out):
    topic: str
    groups: list[Group]
    timeline: list[TimelineEntry]
    findings: list[Finding]


@dataclass(frozen=True)
class Figure:
    claim: Claim
    quantity: Quantity
    low: float
    high: float  # math.inf when open-ended
    subject: str


def interval(q: Quantity, tolerance: float) -> tuple[float, float] | None:
    """The interval a figure stands for; None when it has no number."""
    if q.low is not None and q.high is not None:
        return q.low, q.high  # a range, or a vague quantity ("Hunderte") that already is one
    if q.value is None:
        return None
    v = q.value
    return {
        "exact": (v, v),
        "approx": (v * (1 - tolerance), v * (1 + tolerance)),
        "at_least": (v, math.inf),
        "at_most": (0.0, v),
    }.get(q.qualifier, (v, v))


def origins_of(claim: Claim) -> list[str]:
    """Who originally said it: the speaker (joint speakers count each), else the article.

    A spokesperson speaks for the institution: "Pentagon-Sprecherin Sabrina Singh" and "ein
    Sprecher des Innenministeriums" are the Pentagon and the ministry.
    """
    speaker = claim.speaker
    if speaker is None:
        return [f"article {claim.article.rsplit('/', 1)[-1]}"]
    if speaker.affiliation and speaker.role and "sprecher" in speaker.role.casefold():
        return [speaker.affiliation]
    return [part.strip() for part in speaker.canonical.split(";")]


def claim_date(claim: Claim) -> date | None:
    return claim.said_on or claim.published


def subject_of(q: Quantity, topic: Topic) -> str:
    """What is counted: the topic rule's unit concept (Soldat and Infanterist are one), plus a
    nationality adjective when written ("russische Soldaten" are not "nordkoreanische")."""
    concept = concepts().get(q.unit_lemma or "", q.unit_lemma or "?")
    nationality = next((m.rstrip("enrs") for m in q.modifiers if m.endswith(("ische", "ischen", "ischer"))), None)
    return f"{concept} ({nationality}e)" if nationality else concept


@cache
def concepts() -> dict[str, str]:
    """Counted noun -> the concept it names ("Infanterist" -> "Soldat"), from quantities.toml."""
    return {noun: concept for concept, nouns in lexicons.load("quantities")["concepts"].items() for noun in nouns}


def figures_of(claims: list[Claim], topic: Topic, tolerance: float) -> list[Figure]:
    out = []
    for claim in claims:
        for q in claim.quantities:
            if topic.rules and any(r.units for r in topic.rules) and not any(q.unit_lemma in r.units for r in topic.rules):
                continue  # a figure of something else in the same sentence
            bounds = interval(q, tolerance)
            if bounds is not None:
                out.append(Figure(claim, q, bounds[0], bounds[1], subject_of(q, topic)))
    # A figure without nationality joins the subject of the same concept that has one, when
    # there is exactly one such subject.
    by_concept: dict[str, set[str]] = defaultdict(set)
    for f in out:
        by_concept[f.subject.split(" (")[0]].add(f.subject)
    merged = []
    for f in out:
        named = {s for s in by_concept[f.subject] if " (" in s}
        if " (" not in f.subject and len(named) == 1:
            f = Figure(f.claim, f.quantity, f.low, f.high, named.pop())
        merged.append(f)
    return merged


def group_figures(figures: list[Figure]) -> list[list[Figure]]:
    """Connected runs of overlapping intervals, per subject, lowest first."""
    groups: list[list[Figure]] = []
    by_subject: dict[str, list[Figure]] = defaultdict(list)
    for f in figures:
        by_subject[f.subject].append(f)
    for subject in sorted(by_subject):
        current: list[Figure] = []
        reach = -math.inf
        for f in sorted(by_subject[subject], key=lambda f: (f.low, f.high)):
            if current and f.low > reach:
                groups.append(current)
                current = []
                reach = -math.inf
            current.append(f)
            reach = max(reach, f.high)
        if current:
            groups.append(current)
    return groups


def nominal(q: Quantity) -> tuple[float, float | None]:
    if q.low is not None and q.high is not None:
        return q.low, q.high
    v = q.value or 0.0
    return v, (None if q.qualifier == "at_least" else v)


def make_group(members: list[Figure]) -> Group:
    claims = list({f.claim.id: f.claim for f in members}.values())
    lows, highs = zip(*(nominal(f.quantity) for f in members))
    scopes = {f.quantity.scope for f in members}
    dates = sorted(d for d in (claim_date(c) for c in claims) if d)
    return Group(
        subject=members[0].subject,
        low=min(lows),
        high=None if any(h is None for h in highs) else max(h for h in highs if h is not None),
        scope="total" if "total" in scopes else "partial" if "partial" in scopes else "unknown",
        origins=sorted({o for c in claims for o in origins_of(c)}),
        articles=sorted({c.article for c in claims}),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        claims=claims,
    )


def _scope_words(scope: str) -> str:
    return {"partial": "a part so far", "total": "a total or plan", "unknown": "scope not stated"}[scope]


def figure_range(g: Group) -> str:
    high = "∞" if g.high is None else f"{g.high:,.0f}"
    return f"{g.low:,.0f}" if g.high == g.low else f"{g.low:,.0f}–{high}"


def figure_findings(groups: list[Group]) -> list[Finding]:
    findings = []
    for g in groups:
        if len(g.origins) > 1:
            findings.append(Finding(
                kind="agreement", subject=g.subject, origins=g.origins, claim_ids=[c.id for c in g.claims],
                explanation=f"{len(g.origins)} independent origins agree on {figure_range(g)} {g.subject} "
                            f"({len(g.articles)} article(s)).",
            ))
    for i, a in enumerate(groups):
        for b in groups[i + 1 :]:
            if a.subject != b.subject:
                continue
            low, high = (a, b) if a.low <= b.low else (b, a)
            ids = [c.id for c in low.claims + high.claims]
            shared = sorted(set(low.origins) & set(high.origins))
            everyone = sorted(set(low.origins) | set(high.origins))
            if low.scope != high.scope and low.scope in ("partial", "unknown") and high.scope in ("total", "unknown"):
                # the texts mark what they count: a part so far below a total or plan (a "part"
                # larger than the total is no difference of scope)
                findings.append(Finding(kind="scope", subject=a.subject, origins=everyone, claim_ids=ids, explanation=(
                    f"{figure_range(low)} ({_scope_words(low.scope)}) and {figure_range(high)} "
                    f"({_scope_words(high.scope)}) count different scopes, not a contradiction.")))
                continue
            updated = bool(shared) and low.last_date != high.last_date
            if updated:
                later, earlier = (low, high) if (low.last_date or date.min) > (high.last_date or date.min) else (high, low)
                own = [c.id for c in earlier.claims + later.claims if set(origins_of(c)) & set(shared)]
                findings.append(Finding(kind="update", subject=a.subject, origins=shared, claim_ids=own, explanation=(
                    f"{', '.join(shared)} gave {figure_range(earlier)} and later {figure_range(later)}: "
                    "the later figure supersedes the earlier one.")))
            if set(low.origins) != set(high.origins) or not updated:
                # a revision by one origin still contradicts the others who hold the old figure
                findings.append(Finding(kind="contradiction", subject=a.subject, origins=everyone, claim_ids=ids,
                                        explanation=f"{', '.join(low.origins)} say {figure_range(low)} but "
                                                    f"{', '.join(high.origins)} say {figure_range(high)} {high.subject}."))
    return findings


def timeline_of(claims: list[Claim]) -> list[TimelineEntry]:
    entries: dict[tuple, list[str]] = defaultdict(list)
    for claim in claims:
        for origin in origins_of(claim):
            entries[(claim_date(claim), origin, claim.stance)].append(claim.id)
    return [TimelineEntry(date=d, origin=o, stance=s, claim_ids=ids)
            for (d, o, s), ids in sorted(entries.items(), key=lambda kv: (kv[0][0] or date.min, kv[0][1]))]


def stance_findings(timeline: list[TimelineEntry], subject: str) -> list[Finding]:
    findings = []
    per_origin: dict[str, list[TimelineEntry]] = defaultdict(list)
    for entry in timeline:
        per_origin[entry.origin].append(entry)
    for origin, entries in per_origin.items():
        for before, after in zip(entries, entries[1:]):
            if POSITION[before.stance] != POSITION[after.stance] and before.date != after.date:
                knowledge = before.stance == "cannot_confirm" and after.stance == "confirms"
                findings.append(Finding(
                    kind="update", subject=subject, origins=[origin], claim_ids=before.claim_ids + after.claim_ids,
                    explanation=(f"{origin} moved from {before.stance} ({before.date}) to {after.stance} ({after.date})"
                                 + (": an update in knowledge." if knowledge else ": the later stance supersedes."))))
    latest = {origin: entries[-1] for origin, entries in per_origin.items()}
    # confirmations first: they weigh more than plain assertions
    affirming = dict(sorted(((o, e) for o, e in latest.items() if e.stance in AFFIRM),
                            key=lambda item: (item[1].stance != "confirms", item[0])))
    for origin, entry in latest.items():
        if entry.stance in DENY and affirming:
            others = [o for o in affirming if o != origin]
            if not others:
                continue
            ids = entry.claim_ids + [i for o in others for i in affirming[o].claim_ids]
            findings.append(Finding(
                kind="contradiction", subject=subject, origins=[origin, *others], claim_ids=ids,
                explanation=f"{origin} denies what {', '.join(others[:4])}{' and others' if len(others) > 4 else ''} "
                            "confirm or assert."))
    return findings


def reconcile(topic: Topic, claims: list[Claim], tolerance: float = 0.1) -> Reconciliation:
    """The reconciled view of one topic's claims."""
    groups = ([make_group(members) for members in group_figures(figures_of(claims, topic, tolerance))]
              if topic.kind == "figure" else [])
    # Status topics follow every stance; figure topics only explicit (non-)confirmations.
    timeline = timeline_of([c for c in claims if topic.kind == "status" or c.stance != "asserts"])
    findings = figure_findings(groups) + stance_findings(timeline, topic.id)
    return Reconciliation(topic=topic.id, groups=groups, timeline=timeline, findings=findings)


def summarise(topic: Topic, claims: list[Claim], tolerance: float = 0.1) -> dict:
    """One row of `claimtrack topics`."""
    result = reconcile(topic, claims, tolerance)
    dates = sorted(d for d in (claim_date(c) for c in claims) if d)
    return {
        "topic": topic.id,
        "claims": len(claims),
        "articles": len({c.article for c in claims}),
        "origins": len({o for c in claims for o in origins_of(c)}),
        "first_date": dates[0].isoformat() if dates else None,
        "last_date": dates[-1].isoformat() if dates else None,
        "contradictions": sum(f.kind == "contradiction" for f in result.findings),
    }
