"""How numbers are written for people: the German way.

claimtrack reads German news, and a German reader takes "1,850" for one point eight five.
Tables, text, markdown, GitHub annotations and finding messages write numbers with
`german_number`; the values of machine formats (JSON, JSONL, CSV) stay plain numbers.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import Decimal

_SWAP_SEPARATORS = str.maketrans(",.", ".,")


def german_number(value: float) -> str:
    """A number as a German text writes it: 1850 -> "1.850", 1.9 -> "1,9", 0.2 -> "0,2",
    1500000 -> "1.500.000", inf -> "∞". A fraction is never rounded away: it keeps the
    digits of the shortest form that reads back as the same float."""
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    if value == int(value):
        return f"{int(value):,}".translate(_SWAP_SEPARATORS)
    decimals = -Decimal(repr(value)).as_tuple().exponent  # 1.9 -> 1, 1e-05 -> 5
    return f"{value:,.{decimals}f}".translate(_SWAP_SEPARATORS)


def plain_number(value: float) -> str:
    """A number for machines: 1850 -> "1850", 1.9 -> "1.9" (no thousands separator)."""
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return str(int(value)) if value == int(value) else repr(value)


def number_range(low: float, high: float | None, number: Callable[[float], str] = german_number) -> str:
    """A figure or a span of figures: "1.850", "1.200–1.300", "2.000–∞" (`high` None: open-ended)."""
    if high == low:
        return number(low)
    return f"{number(low)}–{'∞' if high is None else number(high)}"
