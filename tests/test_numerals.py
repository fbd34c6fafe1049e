from __future__ import annotations

import math

import pytest

from claimtrack.numerals import german_number, number_range, plain_number


@pytest.mark.parametrize("value, written", [
    (12, "12"),
    (1850, "1.850"),
    (1850.0, "1.850"),
    (1_500_000.0, "1.500.000"),
    (1.9, "1,9"),  # not rounded to 2
    (0.2, "0,2"),
    (1234.5, "1.234,5"),
    (2.25, "2,25"),
    (0.00001, "0,00001"),
    (math.inf, "∞"),
])
def test_numerals_german_number(value, written):
    assert german_number(value) == written


@pytest.mark.parametrize("low, high, written", [
    (1850, 1850, "1.850"),
    (1200, 1300, "1.200–1.300"),
    (2000, None, "2.000–∞"),
    (1.9, None, "1,9–∞"),
])
def test_numerals_number_range(low, high, written):
    assert number_range(low, high) == written


@pytest.mark.parametrize("value, written", [(1850.0, "1850"), (1.9, "1.9"), (1_500_000.0, "1500000")])
def test_numerals_plain_number_for_machines(value, written):
    assert plain_number(value) == written
    assert float(written) == value  # reads back as the same number
