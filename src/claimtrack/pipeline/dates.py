"""Date mentions, resolved against the article's published date.

    am Freitag       -> the last Friday on or before the published date (day, relative)
    bis Freitag      -> the next Friday on or after it, unless the sentence tells of the past
    ab November      -> the next November on or after the published month (month, relative)
    18. Oktober 2024 -> 2024-10-18 (day); "18. Oktober" takes the year the words point to,
                        else that of the nearest 18 October: "im Dezember" in February is
                        last December, "im März dieses Jahres" this year's
    gestern          -> published date - 1 (day, relative)
    im Jahr 2022, seit 2020, Anfang 2008 -> 2022, 2020, 2008 (year)
    2022 wurden ..., war 2019 höher -> 2022, 2019 (year): a bare year before a lower-case word
    im vergangenen Jahr -> the published year - 1 (year, relative)
    letzten Monat    -> the month before the published one (month, relative)
    vergangene Woche -> the ISO week before the published one, "2024-W42" (week, relative)
    am Wochenende    -> the ISO week of the last weekend on or before the published date

Candidates come from our own patterns; only the explicit calendar dates go through
dateparser, and only the matched span: `dateparser.search_dates` on running German text
reads the article "Die" as Tuesday, so it is never used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from .lexicon import Lexicon, get
from .text import text_of


@dataclass(frozen=True)
class DateMatch:
    start_char: int
    end_char: int
    text: str
    value: str | None
    granularity: str  # day, month, year
    relative: bool


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    lex = get()
    months = "|".join(sorted(lex.months, key=len, reverse=True))
    weekdays = "|".join(lex.weekdays)
    relative = "|".join(lex.relative_days)
    relative_periods = "|".join(sorted(lex.relative_periods, key=len, reverse=True))
    periods = "|".join(sorted(lex.periods, key=len, reverse=True))
    year_openers = "|".join(re.escape(o.lower()) for o in sorted(lex.year_openers, key=len, reverse=True))
    return [
        ("explicit", re.compile(rf"\b(\d{{1,2}})\.\s?({months})(?:\s+(\d{{4}}))?\b")),
        # the first day of a span of days: "zwischen dem 16. und 20. Februar", "vom 3. bis 7. März"
        ("first_day", re.compile(rf"\b(\d{{1,2}})\.(?=\s+(?:und|bis)\s+(?:zum\s+)?\d{{1,2}}\.\s?({months})(?:\s+(\d{{4}}))?\b)")),
        ("numeric", re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\b")),
        ("month", re.compile(rf"\b(?:(?i:im|ab|seit|bis|anfang|mitte|ende|von|vom|zum|bis zum|letzten|vergangenen)\s+)({months})(?:\s+(\d{{4}}))?\b")),
        ("weekday", re.compile(rf"\b(?:(?i:am|vom|seit|bis(?:\s+einschließlich)?|ab|für|letzten|vergangenen|kommenden|nächsten)\s+)?({weekdays})(?:abend|morgen|nachmittag|vormittag)?\b")),
        ("relative", re.compile(rf"\b(?!Vortag\s+(?:der|des)\b)({relative})\b")),  # not "am Vortag der Wahl"
        ("year", re.compile(rf"\b(?i:{year_openers})\s+((?:19|20)\d\d)\b")),
        ("relative_period", re.compile(
            rf"\b(?:(?i:im|am|vom|seit)\s+|(?i:in|an)\s+(?:(?i:der|dem)\s+)?)?(?i:({relative_periods}))\s+({periods})\b")),
        ("weekend", re.compile(r"\b(?i:am|übers|zum|vom)\s+Wochenende\b")),
        # the lower-case word after it makes a year of a bare number: "2022 wurden", not "2022 Menschen"
        ("bare_year", re.compile(r"(?<![\d.,])\b((?:19|20)\d\d)\b(?=\s+[a-zäöüß]+\b|\s*[,.;:)]|$)")),
    ]


@cache
def _any_date() -> re.Pattern[str]:
    """Anything every date pattern needs: a digit, a month, a weekday or a relative day."""
    lex = get()
    words = "|".join(sorted([*lex.months, *lex.weekdays, *lex.relative_days, *lex.periods], key=len, reverse=True))
    return re.compile(rf"\d|\b(?:{words})")


@cache
def _date_parser():  # -> dateparser.date.DateDataParser, imported late: dateparser loads slowly
    from dateparser.date import DateDataParser

    # Only calendar dates reach it, so only the absolute parser runs: the relative
    # ("vor 3 Tagen") and timestamp parsers would be tried first and find nothing.
    return DateDataParser(languages=["de"], settings={"REQUIRE_PARTS": ["day", "month", "year"],
                                                      "PARSERS": ["absolute-time"]})


@cache
def _parse_explicit(text: str) -> date | None:
    """dateparser on one matched span that carries its year ("3. Oktober 2024"): cached by
    the text alone, so a corpus parses each distinct date once."""
    parsed = _date_parser().get_date_data(text).date_obj
    return parsed.date() if parsed else None


# "bis Freitag", "ab Montag" look ahead, unless the sentence tells of the past ("war bis Freitag gesperrt")
PAST_MARKERS = re.compile(r"\b(?:war|waren|hatte|hatten|wurde|wurden|blieb|blieben|dauerte|dauerten|galt|gestrige[nm]?)\b")
# a weekday in a clause in the future lies ahead: "Er wird am Mittwoch operiert", "Sie werde am
# Freitag zurücktreten" ("werden" is as often a passive: "muss geschlossen werden")
FUTURE_MARKERS = re.compile(r"\b(?:wird|werde)\b")


@cache
def _month_span() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The other end of a span of months: " bis September 2010" after "von Januar", and
    "von Januar " before "bis Juni"."""
    months = "|".join(get().months)
    return (re.compile(rf"\s+bis\s+(?:{months})\s+(\d{{4}})\b"),
            re.compile(rf"\b(?i:von)\s+(?:{months})\s*$"))


YEAR_AFTER = re.compile(r"\s+(?:des\s+)?(\w+)\s+Jahres\b")


def _year_named_after(text: str, end: int, published: date, lex: Lexicon) -> int | None:
    """The year that "dieses Jahres", "des vergangenen Jahres" after a month give it."""
    named = YEAR_AFTER.match(text, end)
    offset = lex.relative_periods.get(named.group(1).lower()) if named else None
    return None if offset is None else published.year + offset


def _year_of_month(month: int, opener: str, sentence: str, published: date) -> int:
    """The year of a month named without one. The words may say the month lies ahead ("ab
    Januar" in June is next January) or behind ("vom Dezember", "am 13. Dezember hatte" in
    February is last December). Otherwise it is the nearest such month: news tells of the last
    months and the next ones, so "meldete am 13. Dezember" in February is last December and
    "die Wahl im Januar" in November next January."""
    past = PAST_MARKERS.search(sentence) is not None
    ahead = opener in ("kommenden", "nächsten") or opener in ("ab", "bis") and not past
    behind = opener in ("seit", "vom", "letzten", "vergangenen") or past
    if month < published.month and ahead:
        return published.year + 1
    if month > published.month and behind:
        return published.year - 1
    distance = month - published.month
    if not ahead and distance > 6:
        return published.year - 1
    if not behind and distance < -6:
        return published.year + 1
    return published.year


def _in_future(match: re.Match[str]) -> bool:
    """Is the clause of a weekday in the future ("Er wird am Mittwoch operiert")? Not a clause
    before or after it: "Wie die Polizei am Montag mitteilte, wird die Straße gesperrt"."""
    text = match.string
    start = max(text.rfind(mark, 0, match.start()) for mark in ",;:")
    ends = [i for i in (text.find(mark, match.end()) for mark in ",;:") if i >= 0]
    return FUTURE_MARKERS.search(text, start + 1, min(ends) if ends else len(text)) is not None


def resolve(kind: str, match: re.Match[str], published: date | None, lex: Lexicon) -> tuple[str | None, str, bool]:
    """(ISO value or None, granularity, relative) for one pattern match."""
    if kind in ("explicit", "first_day"):
        year = match.group(3)
        if not year and published is None:
            return None, "day", True
        before = [w.lower() for w in match.string[: match.start()].split()[-2:]]
        # "ab dem 1. Januar", "bis zum 3. Mai": the preposition before the article opens it
        opener = before[0] if len(before) == 2 and before[1] in ("dem", "zum", "am") else (before[-1] if before else "")
        if kind == "first_day":
            # the span's year is its last day's: read with the word that opens that one
            opener = match.string[match.end():].split()[0].lower()
        guess = year or _year_named_after(match.string, match.end(), published, lex) \
            or _year_of_month(lex.months[match.group(2)], opener, match.string, published)  # type: ignore[arg-type]
        parsed = _parse_explicit(f"{match.group(1)}. {match.group(2)} {guess}")
        if parsed is None:
            return None, "day", not year
        return parsed.isoformat(), "day", not year
    if kind == "numeric":
        day, month, year = (int(g) for g in match.groups())
        year = year + 2000 if year < 100 else year
        try:
            return date(year, month, day).isoformat(), "day", False
        except ValueError:
            return None, "day", False
    if kind == "month":
        month = lex.months[match.group(1)]
        if match.group(2):
            return f"{int(match.group(2)):04d}-{month:02d}", "month", False
        opener = match.group(0).split()[0].lower()
        span_end, span_start = _month_span()
        end_year = span_end.match(match.string, match.end()) if opener == "von" else None
        if end_year:
            return f"{int(end_year.group(1)):04d}-{month:02d}", "month", False  # "von Januar bis September 2010"
        if opener == "bis" and span_start.search(match.string[: match.start()]):
            opener = "von"  # "von Januar bis Juni": a span that its start dates, not a deadline ahead
        if published is None:
            return None, "month", True
        year = _year_named_after(match.string, match.end(), published, lex) \
            or _year_of_month(month, opener, match.string, published)
        return f"{year:04d}-{month:02d}", "month", True
    if kind == "weekday":
        if published is None:
            return None, "day", True
        day = lex.weekdays[match.group(1)]
        opener = match.group(0).split()[0].lower()
        forward = opener in ("kommenden", "nächsten") or (opener in ("bis", "ab", "für") or _in_future(match)) \
            and not PAST_MARKERS.search(match.string) and opener not in ("letzten", "vergangenen", "seit")
        delta = (day - published.weekday()) % 7 if forward else -((published.weekday() - day) % 7)
        return (published + timedelta(days=delta)).isoformat(), "day", True
    if kind == "relative":
        if published is None:
            return None, "day", True
        return (published + timedelta(days=lex.relative_days[match.group(1)])).isoformat(), "day", True
    if kind == "relative_period":
        period, offset = lex.periods[match.group(2)], lex.relative_periods[match.group(1).lower()]
        if period == "weekend" and offset < 0 and published is not None and published.weekday() < 5:
            offset += 1  # on a weekday the last weekend is already the past one: "am vergangenen Wochenende"
        return relative_period(period, offset, published)
    if kind == "weekend":
        return relative_period("weekend", 0, published)
    return match.group(1), "year", False


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def relative_period(period: str, offset: int, published: date | None) -> tuple[str | None, str, bool]:
    """The year, month or ISO week `offset` periods from the published date's ("letzten Monat":
    period "month", offset -1). A weekend is dated by its week: the last weekend on or before
    the published date, moved by `offset` weeks."""
    granularity = "week" if period == "weekend" else period
    if published is None:
        return None, granularity, True
    if period == "year":
        return f"{published.year + offset:04d}", granularity, True
    if period == "month":
        months = published.year * 12 + published.month - 1 + offset
        return f"{months // 12:04d}-{months % 12 + 1:02d}", granularity, True
    anchor = published - timedelta(days=(published.weekday() - 5) % 7) if period == "weekend" else published
    return iso_week(anchor + timedelta(weeks=offset)), granularity, True


COUNTED_SPAN_END = re.compile(r"\s+(?:und|bis)\s+(\d[\d.]*)\s+[A-ZÄÖÜ]")
def years_apart(low: str, high: str) -> bool:
    """Two numbers that read as the years of a span: "1990 bis 1991", "2008 und 2010"; not
    "2000 und 3000"."""
    return low.isdigit() and high.isdigit() and len(low) == len(high) == 4 and low[:2] in ("19", "20") \
        and 0 < int(high) - int(low) <= 60


YEAR_SPAN_END = re.compile(r"\s+und\s+(?:19|20)\d\d\b(?=\s+[a-zäöüß]|\s*[,.;:]|$)")


def _counts_not_a_year(text: str, match: re.Match[str], lex: Lexicon) -> bool:
    """A bare year that counts: "von 2000 Menschen" is caught by its noun, but "mit 2000 und
    mehr", "etwa 2000." and "2000 km" by the word before or after."""
    before = text[: match.start()].split()
    after = text[match.end():].split()
    if (span := COUNTED_SPAN_END.match(text, match.end())) and not years_apart(match.group(1), span.group(1)):
        return True  # "2000 bis 3000 Fans": a range that counts a noun; not "von 1990 bis 1991 Minister"
    if before and before[-1].lower() == "zwischen" and YEAR_SPAN_END.match(text, match.end()):
        return False  # "zwischen 2019 und 2023 stieg …": two years, not "zwischen 2000 und 3000 Menschen"
    return bool(before) and before[-1].lower() in lex.not_after_year \
        or bool(after) and after[0].lower().rstrip(",.;:") in lex.not_before_year


def find_dates(text: str, offset: int, published: date | None, lex: Lexicon) -> list[DateMatch]:
    """Date mentions in text (which starts at `offset` of the article), without overlaps."""
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    if not _any_date().search(text):
        return found  # most sentences name no date: one search instead of six
    for kind, pattern in _patterns():
        for match in pattern.finditer(text):
            s, e = match.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind == "bare_year" and _counts_not_a_year(text, match, lex):
                continue
            value, granularity, relative = resolve(kind, match, published, lex)
            taken.append((s, e))
            found.append(DateMatch(offset + s, offset + e, match.group(0), value, granularity, relative))
    return sorted(found, key=lambda d: d.start_char)


@Language.factory("claimtrack_dates", assigns=["doc._.ct_dates"], requires=["doc._.ct_sentences"], default_config={})
def make_dates(nlp: Language, name: str) -> DateFinder:
    """Find date mentions in body sentences and resolve them against `doc._.ct_published`."""
    return DateFinder()


class DateFinder:
    def __call__(self, doc: Doc) -> Doc:
        lex = get()
        published = doc._.ct_published
        dates: list[DateMatch] = []
        whole = text_of(doc)
        for sentence in doc._.ct_sentences:
            if sentence.body:
                text = whole[sentence.start_char : sentence.end_char]
                dates.extend(find_dates(text, sentence.start_char, published, lex))
        doc._.ct_dates = dates
        return doc
