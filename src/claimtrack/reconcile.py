"""Reconciliation: what the claims of one topic say together.

For figures: each figure a claim asserts or confirms becomes an interval (exact [v, v]; approx
v ± tolerance; at_least [v, ∞); at_most [0, v]; range [low, high]); a figure denied or not
confirmed supports nothing, and its claim shows in the timeline. Overlapping intervals of the
same subject form an agreeing group; disjoint groups disagree. A disagreement is
  scope         when one side counts a part so far and the other a total or plan,
  update        when the same origin gives both, at different dates (the later supersedes),
  contradiction otherwise.
For stances (status topics): a timeline per origin; an origin changing its stance is an
update (cannot_confirm -> confirms is an update in knowledge); opposite stances of different
origins (confirms/asserts against denies) are a contradiction.

The origin of a claim is its speaker: extraction already makes the relayed source the
speaker ("wie Yonhap unter Berufung auf den Geheimdienst berichtete" -> the service) and the
relaying medium `via`; for a spokesperson or the head of an office it is the institution they
speak for (`speaks_for`: "Landrätin Petra Albrecht" -> the Landratsamt). One origin in
several articles counts once.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from . import lexicons
from .config import Topic, counts_unit
from .models import Claim, Quantity
from .numerals import german_number, number_range

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
    articles: list[str] = Field(description="The articles (all, or those of the example claims in a large store).")
    article_count: int = Field(description="How many articles carry the group (an upper bound in a large store).")
    claim_count: int = Field(description="How many claims the group has; `claims` may show fewer.")
    first_date: date | None
    last_date: date | None
    claims: list[Claim]


class TimelineEntry(Out):
    date: date | None
    origin: str
    stance: str
    claim_ids: list[str]
    claim_count: int = Field(1, description="How many claims; `claim_ids` may list fewer in a large store.")


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


@dataclass
class FigureRow:
    """One figure, or many identical ones aggregated by the store: same subject, interval,
    qualifier, scope and origins."""

    subject: str
    low: float  # the interval, hedge applied
    high: float  # math.inf when open-ended
    nominal_low: float  # as written
    nominal_high: float | None  # None when open-ended ("mehr als")
    scope: str
    origins: frozenset[str]
    count: int
    articles: set[str] | int  # the paths, or only their number when aggregated
    first: date | None
    last: date | None
    claim_ids: list[str]


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

    A spokesperson or the head of an office speaks for the institution (`speaks_for`):
    "Pentagon-Sprecherin Sabrina Singh" and "ein Sprecher des Innenministeriums" are the
    Pentagon and the ministry, "Landrätin Petra Albrecht" the Landratsamt. A role without a
    name or an institution ("ein Sprecher"), or an institution named only by its kind ("die
    Behörde"), is somebody of its article only.
    """
    speaker = claim.speaker
    article = claim.article.rsplit("/", 1)[-1]
    if speaker is None:
        return [f"article {article}"]
    if speaker.speaks_for and speaker.speaks_for.casefold() not in generic_institutions():
        return [speaker.speaks_for]
    if speaker.affiliation and speaker.role and "sprecher" in speaker.role.casefold():
        if speaker.affiliation.casefold() in generic_institutions():
            return [f"{speaker.affiliation} ({article})"]  # "Unternehmenssprecher" of an unnamed company
        return [speaker.affiliation]
    if not speaker.affiliation and (speaker.role and speaker.canonical == speaker.role
                                    or speaker.canonical.casefold() in generic_institutions()):
        # "ein Sprecher", "der 45-Jährige", "die Behörde" that names no authority before it:
        # nobody named, so the speaker of one article is not taken for the speaker of another
        return [f"{speaker.canonical} ({article})"]
    return [part.strip() for part in speaker.canonical.split(";")]


@cache
def generic_institutions() -> frozenset[str]:
    """Nouns that name an institution only by its kind ("Behörde", "Unternehmen")."""
    return frozenset(lexicons.load("speakers")["organizations"]["generic"])


@cache
def _institution_nouns() -> tuple[str, ...]:
    organizations = lexicons.load("speakers")["organizations"]
    return tuple(organizations["government_suffixes"] + organizations["organization_suffixes"])


def names_a_kind(name: str) -> bool:
    """"Landratsamt", "Polizei": one word that names a kind of institution, which the store
    can link to the one it names in full ("Landratsamt Wiesental"); not "NATO"."""
    return " " not in name and name.casefold().endswith(_institution_nouns())


def claim_date(claim: Claim) -> date | None:
    """When it was said: None for a statement reported as earlier than its article, on a day
    it does not name ("hatte … gesprochen"), whose `said_on` extraction leaves empty."""
    return claim.said_on


def subject_of(q: Quantity) -> str:
    """What is counted: the concept of its unit (Soldat and Infanterist are one, see
    quantities.toml), plus a nationality adjective when written ("russische Soldaten" are not
    "nordkoreanische")."""
    concept = concept_of(q.unit_lemma) if q.unit_lemma else "?"
    nationality = next((m.rstrip("enrs") for m in q.modifiers if m.endswith(("ische", "ischen", "ischer"))), None)
    return f"{concept} ({nationality}e)" if nationality else concept


@cache
def conversion_of(subject: str) -> tuple[str, float]:
    """The unit a subject is compared in, and the factor into it ("Tonne" -> "Kilogramm",
    1000, from the conversions of quantities.toml); a subject of no conversion is its own."""
    conversion = lexicons.load("quantities")["conversions"].get(subject)
    return (conversion["unit"], float(conversion["factor"])) if conversion else (subject, 1.0)


def in_common_units(rows: list[FigureRow]) -> list[FigureRow]:
    """Figures of one measure in several units, in the unit they are compared in ("rund 150
    Kilogramm" beside "1,9 Tonnen": 150 and 1.900 Kilogramm); a measure given in one unit only
    keeps it, as written ("1,9 Tonnen" alone stays 1,9 Tonne)."""
    units: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        units[conversion_of(row.subject)[0]].add(row.subject)
    for row in rows:
        subject, factor = conversion_of(row.subject)
        if len(units[subject]) > 1:
            row.subject = subject
            row.low, row.high, row.nominal_low = row.low * factor, row.high * factor, row.nominal_low * factor
            row.nominal_high = None if row.nominal_high is None else row.nominal_high * factor
    return rows


@cache
def concept_of(unit: str) -> str:
    """The concept a counted noun names ("Infanterist", "Zeitsoldat" -> "Soldat"), from the
    concepts of quantities.toml; a noun of no concept is its own."""
    concepts: dict[str, list[str]] = lexicons.load("quantities")["concepts"]
    return next((concept for concept, nouns in concepts.items() if counts_unit(unit, nouns)), unit)


def counts_in(q: Quantity, topic: Topic) -> bool:
    """Whether a figure counts what the topic is about (a topic without units takes all)."""
    units = [u for r in topic.rules for u in r.units]
    return not units or q.unit_lemma is not None and counts_unit(q.unit_lemma, units)


def rows_of(claims: list[Claim], topic: Topic, tolerance: float) -> list[FigureRow]:
    """One row per figure of the topic in the claims."""
    rows = []
    for claim in claims:
        if claim.stance not in AFFIRM:
            continue  # "bestritt, dass 500 evakuiert wurden" does not agree with the 500: see the timeline
        for q in claim.quantities:
            bounds = interval(q, tolerance)
            if bounds is None or not counts_in(q, topic):
                continue  # a figure of something else in the same sentence
            low, high = nominal(q)
            when = claim_date(claim)
            rows.append(FigureRow(subject_of(q), bounds[0], bounds[1], low, high, q.scope,
                                  frozenset(origins_of(claim)), 1, {claim.article}, when, when, [claim.id]))
    return rows


def merge_subjects(rows: list[FigureRow]) -> list[FigureRow]:
    """A figure without nationality joins the subject of the same concept that has one, when
    there is exactly one such subject ("12.000 Soldaten" beside "1.500 nordkoreanische")."""
    by_concept: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        by_concept[row.subject.split(" (")[0]].add(row.subject)
    for row in rows:
        named = {s for s in by_concept[row.subject] if " (" in s}
        if " (" not in row.subject and len(named) == 1:
            row.subject = next(iter(named))
    return rows


def group_rows(rows: list[FigureRow]) -> list[list[FigureRow]]:
    """Connected runs of overlapping intervals, per subject, lowest first."""
    groups: list[list[FigureRow]] = []
    by_subject: dict[str, list[FigureRow]] = defaultdict(list)
    for row in merge_subjects(in_common_units(rows)):
        by_subject[row.subject].append(row)
    for subject in sorted(by_subject):
        current: list[FigureRow] = []
        reach = -math.inf
        for row in sorted(by_subject[subject], key=lambda r: (r.low, r.high)):
            if current and row.low > reach:
                groups.append(current)
                current = []
                reach = -math.inf
            current.append(row)
            reach = max(reach, row.high)
        if current:
            groups.append(current)
    return groups


def nominal(q: Quantity) -> tuple[float, float | None]:
    if q.low is not None and q.high is not None:
        return q.low, q.high
    v = q.value or 0.0
    return v, (None if q.qualifier == "at_least" else v)


def make_group(members: list[FigureRow], claims: dict[str, Claim], examples: int | None = None) -> Group:
    """A group from its rows; `claims` holds the records to show (all, or examples)."""
    ids = [i for row in members for i in row.claim_ids]
    shown = [claims[i] for i in dict.fromkeys(ids) if i in claims][: examples or None]
    highs = [row.nominal_high for row in members]
    scopes = {row.scope for row in members}
    dates = sorted(d for row in members for d in (row.first, row.last) if d)
    exact = all(isinstance(row.articles, set) for row in members)
    paths = sorted({a for row in members if isinstance(row.articles, set) for a in row.articles})
    return Group(
        subject=members[0].subject,
        low=min(row.nominal_low for row in members),
        high=None if any(h is None for h in highs) else max(h for h in highs if h is not None),
        scope="total" if "total" in scopes else "partial" if "partial" in scopes else "unknown",
        origins=sorted({o for row in members for o in row.origins}),
        articles=paths if exact else sorted({c.article for c in shown}),
        article_count=len(paths) if exact else sum(row.articles for row in members if isinstance(row.articles, int)),
        claim_count=sum(row.count for row in members),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        claims=shown,
    )


def _scope_words(scope: str) -> str:
    return {"partial": "a part so far", "total": "a total or plan", "unknown": "scope not stated"}[scope]


def figure_range(g: Group) -> str:
    """The group's figures for people, in finding messages and tables: "1.200–1.300"."""
    return number_range(g.low, g.high)


def revision(low: Group, high: Group, shared: list[str]) -> tuple[Group, Group] | None:
    """The (earlier, later) groups when an origin of both gave their figures on different
    dates: a revision ("14 Verletzte" on Tuesday, "insgesamt 17" on Thursday), unless the later
    one is a part below an earlier figure that is none ("12.000 sollen kommen", later "bisher
    1.500 angekommen"; "14 Verletzte", later "17, zwei davon schwer"). None when there is no
    revision."""
    if not shared:
        return None
    said_low, said_high = latest_by(low, shared), latest_by(high, shared)
    if said_low == said_high:
        return None
    if (said_low or date.min) > (said_high or date.min):
        return None if low.scope == "partial" and high.scope != "partial" else (high, low)
    return low, high


def latest_by(group: Group, origins: list[str]) -> date | None:
    """When the given origins last gave the group's figure (the group's last date when its
    shown claims are examples that leave them out)."""
    dates = [claim_date(c) for c in group.claims if set(origins_of(c)) & set(origins)]
    known = [d for d in dates if d]
    return max(known) if known else None if dates else group.last_date


def scope_finding(low: Group, high: Group, origins: list[str], ids: list[str]) -> Finding:
    if low.scope == "partial":
        words = "count different scopes, not a contradiction."
    else:  # nothing says the lower figure is a part: say so, without calling it a contradiction
        words = "may count different scopes: the lower figure does not say whether it is a part."
    return Finding(kind="scope", subject=low.subject, origins=origins, claim_ids=ids, explanation=(
        f"{figure_range(low)} ({_scope_words(low.scope)}) and {figure_range(high)} ({_scope_words(high.scope)}) "
        f"{words}"))


def figure_findings(groups: list[Group]) -> list[Finding]:
    findings = []
    for g in groups:
        if len(g.origins) > 1:
            findings.append(Finding(
                kind="agreement", subject=g.subject, origins=g.origins, claim_ids=[c.id for c in g.claims],
                explanation=f"{len(g.origins)} independent origins agree on {figure_range(g)} {g.subject} "
                            f"({german_number(len(g.articles))} article(s)).",
            ))
    for i, a in enumerate(groups):
        for b in groups[i + 1 :]:
            if a.subject != b.subject:
                continue
            low, high = (a, b) if a.low <= b.low else (b, a)
            ids = [c.id for c in low.claims + high.claims]
            shared = sorted(set(low.origins) & set(high.origins))
            everyone = sorted(set(low.origins) | set(high.origins))
            # the texts mark what they count: a part so far below a total or plan (a "part"
            # larger than the total is no difference of scope)
            scoped = low.scope != high.scope and low.scope in ("partial", "unknown") and high.scope in ("total", "unknown")
            updated = revision(low, high, shared)
            if scoped and not updated:
                findings.append(scope_finding(low, high, everyone, ids))
                continue
            if updated:
                earlier, later = updated
                own = [c.id for c in earlier.claims + later.claims if set(origins_of(c)) & set(shared)]
                findings.append(Finding(kind="update", subject=a.subject, origins=shared, claim_ids=own, explanation=(
                    f"{', '.join(shared)} gave {figure_range(earlier)} and later {figure_range(later)}: "
                    "the later figure supersedes the earlier one.")))
            if set(low.origins) != set(high.origins) and scoped:
                findings.append(scope_finding(low, high, everyone, ids))
            elif set(low.origins) != set(high.origins) or not updated:
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
    return [TimelineEntry(date=d, origin=o, stance=s, claim_ids=ids, claim_count=len(ids))
            for (d, o, s), ids in sorted(entries.items(), key=lambda kv: (kv[0][0] or date.min, kv[0][1]))]


def stance_findings(timeline: list[TimelineEntry], subject: str) -> list[Finding]:
    findings = []
    per_origin: dict[str, list[TimelineEntry]] = defaultdict(list)
    for entry in timeline:
        per_origin[entry.origin].append(entry)
    # an origin changes its stance between days it is known to have said it on: a statement
    # reported as earlier on no named day ("Zuvor hatte Rutte bestätigt") is in no order
    dated = {origin: [e for e in entries if e.date is not None] for origin, entries in per_origin.items()}
    for origin, entries in dated.items():
        for before, after in zip(entries, entries[1:]):
            if POSITION[before.stance] != POSITION[after.stance] and before.date != after.date:
                knowledge = before.stance == "cannot_confirm" and after.stance == "confirms"
                findings.append(Finding(
                    kind="update", subject=subject, origins=[origin], claim_ids=before.claim_ids + after.claim_ids,
                    explanation=(f"{origin} moved from {before.stance} ({before.date}) to {after.stance} ({after.date})"
                                 + (": an update in knowledge." if knowledge else ": the later stance supersedes."))))
    latest = {origin: (dated[origin] or entries)[-1] for origin, entries in per_origin.items()}
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
    by_id = {c.id: c for c in claims}
    groups = ([make_group(members, by_id) for members in group_rows(rows_of(claims, topic, tolerance))]
              if topic.kind == "figure" else [])
    # Status topics follow every stance; figure topics only explicit (non-)confirmations.
    timeline = timeline_of([c for c in claims if topic.kind == "status" or c.stance != "asserts"])
    findings = figure_findings(groups) + stance_findings(timeline, topic.id)
    return Reconciliation(topic=topic.id, groups=groups, timeline=timeline, findings=findings)


def summarise(store, topic: Topic, tolerance: float = 0.1) -> dict:  # noqa: ANN001
    """One row of `claimtrack topics`, from the store's counts and the reconciled view."""
    result = reconcile_stored(store, topic, tolerance=tolerance)
    return {"topic": topic.id, **store.topic_counts(topic.id),
            "contradictions": sum(f.kind == "contradiction" for f in result.findings)}


# -- large stores: the same view from the store's index tables -----------------------------
def index_rows(claim: Claim, topics: dict[str, Topic]) -> tuple[list[tuple], list[tuple]]:
    """The rows the store indexes a claim under, so that `diff` can aggregate in SQL:
    figures (topic, subject, value, low, high, qualifier, scope, origins, said_on) and
    stances (topic, origin, stance, said_on)."""
    when = claim_date(claim)
    said = when.isoformat() if when else None
    origins = origins_of(claim)
    figures, stances = [], []
    for topic_id in claim.topics:
        topic = topics.get(topic_id)
        if topic is None:
            continue
        for q in claim.quantities if claim.stance in AFFIRM else ():
            if interval(q, 0.0) is not None and counts_in(q, topic):
                figures.append((topic_id, subject_of(q), q.value, q.low, q.high, q.qualifier, q.scope,
                                "; ".join(origins), said))
        if topic.kind == "status" or claim.stance != "asserts":
            stances.extend((topic_id, origin, claim.stance, said) for origin in origins)
    return figures, stances


def row_from_aggregate(subject: str, value: float | None, low: float | None, high: float | None, qualifier: str,
                       scope: str, origins: str, count: int, articles: int, first: str | None, last: str | None,
                       claim_id: str, tolerance: float) -> FigureRow:
    q = Quantity(text="", span=(0, 0), value=value, low=low, high=high, qualifier=qualifier)
    bounds = interval(q, tolerance) or (0.0, 0.0)
    nominal_low, nominal_high = nominal(q)
    return FigureRow(subject, bounds[0], bounds[1], nominal_low, nominal_high, scope,
                     frozenset(o.strip() for o in origins.split(";")), count, articles,
                     date.fromisoformat(first) if first else None, date.fromisoformat(last) if last else None,
                     [claim_id])


def reconcile_stored(store, topic: Topic, since: date | None = None, until: date | None = None,  # noqa: ANN001
                     tolerance: float = 0.1, exact_limit: int = 2_000, examples: int = 20) -> Reconciliation:
    """The reconciled view of a stored topic: exact from the claims when the topic has at most
    `exact_limit` claims (where loading them is fast); else aggregated in SQL over the index tables, with up to `examples`
    claims per group and claim ids per timeline entry."""
    if store.topic_size(topic.id, since, until) <= exact_limit:
        return reconcile(topic, list(store.claims(topic=topic.id, since=since, until=until)), tolerance)
    rows = [row_from_aggregate(*r, tolerance=tolerance) for r in store.figure_aggregates(topic.id, since, until)]
    grouped = group_rows(rows) if topic.kind == "figure" else []
    wanted = [i for members in grouped for row in members[:examples] for i in row.claim_ids]
    records = {c.id: c for c in store.claims_by_id(wanted)}
    groups = [make_group(members, records, examples) for members in grouped]
    # rows straight from SQL are already valid: construct without validating each one
    timeline = [TimelineEntry.model_construct(date=date.fromisoformat(d) if d else None, origin=o, stance=s,
                                              claim_ids=[first], claim_count=n)
                for d, o, s, n, first in store.stance_aggregates(topic.id, since, until)]
    findings = figure_findings(groups) + stance_findings(timeline, topic.id)
    return Reconciliation(topic=topic.id, groups=groups, timeline=timeline, findings=findings)
