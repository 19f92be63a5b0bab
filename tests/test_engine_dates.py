"""Dates, ranges and durations: find the span, then resolve it against a fixed reference date."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from matching import dates
from matching.pipeline import REG_NUMBER_RE, SENTENCE_END_RE
from matching.recognisers.experience_years import QUALIFIED_RE

REFERENCE = dt.date(2026, 11, 22)

# (text, label of the span found, its text, resolved value)
CASES: list[tuple[str, str, str, object]] = [
    (
        "Sept 2019 – Feb 2021",
        "DATE_RANGE",
        "Sept 2019 – Feb 2021",
        (dt.date(2019, 9, 1), dt.date(2021, 2, 28)),
    ),
    (
        "March 2021 – present",
        "DATE_RANGE",
        "March 2021 – present",
        (dt.date(2021, 3, 1), REFERENCE),
    ),
    ("03/2021 - present", "DATE_RANGE", "03/2021 - present", (dt.date(2021, 3, 1), REFERENCE)),
    ("01/2020 to date", "DATE_RANGE", "01/2020 to date", (dt.date(2020, 1, 1), REFERENCE)),
    ("Aug '21 - present", "DATE_RANGE", "Aug '21 - present", (dt.date(2021, 8, 1), REFERENCE)),
    (
        "From 3rd March 2017 until 30/06/2020 I worked",
        "DATE_RANGE",
        "From 3rd March 2017 until 30/06/2020",
        (dt.date(2017, 3, 3), dt.date(2020, 6, 30)),
    ),
    (
        "from July 2020 to now",
        "DATE_RANGE",
        "from July 2020 to now",
        (dt.date(2020, 7, 1), REFERENCE),
    ),
    ("2016-2019", "DATE_RANGE", "2016-2019", (dt.date(2016, 7, 1), dt.date(2019, 7, 1))),
    (
        "between 2012 and 2015",
        "DATE_RANGE",
        "between 2012 and 2015",
        (dt.date(2012, 7, 1), dt.date(2015, 7, 1)),
    ),
    ("worked here since 2018.", "DATE_RANGE", "since 2018", (dt.date(2018, 7, 1), REFERENCE)),
    (
        "since September 2024",
        "DATE_RANGE",
        "since September 2024",
        (dt.date(2024, 9, 1), REFERENCE),
    ),
    ("three years", "DURATION", "three years", 3.0),
    ("2 yrs", "DURATION", "2 yrs", 2.0),
    ("eighteen months", "DURATION", "eighteen months", 1.5),
    ("over ten years' experience", "DURATION", "over ten years", 10.0),
    ("nearly three years", "DURATION", "nearly three years", 2.9),
    ("10+ years", "DURATION", "10+ years", 10.0),
    ("one and a half years", "DURATION", "one and a half years", 1.5),
    ("3 years and 6 months", "DURATION", "3 years and 6 months", 3.5),
    ("a six-month placement", "DURATION", "six-month", 0.5),
    ("in June 2019", "DATE", "June 2019", dt.date(2019, 6, 1)),
    ("on 2 November 2026", "DATE", "2 November 2026", dt.date(2026, 11, 2)),
    ("on 03/04/2021", "DATE", "03/04/2021", dt.date(2021, 4, 3)),  # UK day-first
    ("in 2020", "DATE", "2020", dt.date(2020, 7, 1)),
    # a range of years is read at its lower end; a compound number is not a range
    ("I have 2-3 years in adult services", "DURATION", "2-3 years", 2.0),
    ("after five to six years on the ward", "DURATION", "five to six years", 5.0),
    ("with twenty-one years in practice", "DURATION", "twenty-one years", 21.0),
    # a number run into its unit, and a year cut to two digits after an apostrophe
    ("with 6yrs in a hospital discharge team", "DURATION", "6yrs", 6.0),
    ("a support worker since ’17", "DATE_RANGE", "since ’17", (dt.date(2017, 7, 1), REFERENCE)),
    ("qualified in '98", "DATE", "'98", dt.date(1998, 7, 1)),
    ("Sept '95 - Aug '99", "DATE_RANGE", "Sept '95 - Aug '99",
     (dt.date(1995, 9, 1), dt.date(1999, 8, 31))),
]


def _resolve(label: str, text: str) -> object:
    if label == "DATE_RANGE":
        return dates.resolve_range(text, REFERENCE)
    if label == "DURATION":
        return dates.resolve_duration(text)
    return dates.resolve_date(text)


@pytest.mark.parametrize(("text", "label", "span", "value"), CASES, ids=[c[0] for c in CASES])
def test_span_is_found_then_resolved_against_the_reference_date(
    text: str, label: str, span: str, value: object
) -> None:
    found = [s for s in dates.find_temporal(text) if s.label == label]
    assert [text[s.start : s.end] for s in found] == [span]
    assert _resolve(label, span) == value


def test_open_range_ends_at_whatever_reference_date_is_passed() -> None:
    earlier = dt.date(2025, 1, 15)
    assert dates.resolve_range("July 2023 - present", earlier) == (dt.date(2023, 7, 1), earlier)


def test_range_ending_after_the_reference_date_is_cut_to_it() -> None:
    assert dates.resolve_range("2024 - 2030", REFERENCE) == (dt.date(2024, 7, 1), REFERENCE)


def test_backwards_range_is_not_a_range() -> None:
    assert not [s for s in dates.find_temporal("2019-2016") if s.label == "DATE_RANGE"]


@pytest.mark.parametrize("text", ["I am 35 years old", "a 42-year-old", "aged 35 years"])
def test_ages_are_not_durations(text: str) -> None:
    assert not [s for s in dates.find_temporal(text) if s.label == "DURATION"]


@pytest.mark.parametrize(
    "text",
    ["I took three years out to travel", "within two years of appointment", "four years ago"],
)
def test_time_away_or_to_come_is_not_experience(text: str) -> None:
    (span,) = [s for s in dates.find_temporal(text) if s.label == "DURATION"]
    assert not dates.is_experience_duration(text, span.start, span.end)


def test_a_number_of_years_whose_unit_is_left_to_the_duration_before_it_is_a_duration() -> None:
    text = (
        "For the first five years I worked in the NHS; for the last six I have worked in a council."
    )
    found = [text[s.start : s.end] for s in dates.find_temporal(text) if s.label == "DURATION"]
    assert found == ["five years", "the last six"]
    assert dates.resolve_duration("the last six") == 6.0


@pytest.mark.parametrize(
    "text",
    [
        "For five years I worked in the NHS, and the last six people I assessed were at home.",
        "I worked there for five years. The last six months were in reablement.",
    ],
)
def test_a_number_before_a_noun_or_another_unit_is_not_an_elided_duration(text: str) -> None:
    assert "the last six" not in [text[s.start : s.end] for s in dates.find_temporal(text)]


def test_overlapping_ranges_are_counted_once() -> None:
    ranges = [
        (dt.date(2022, 1, 1), dt.date(2023, 12, 31)),
        (dt.date(2022, 6, 1), dt.date(2023, 12, 31)),
    ]
    assert dates.merged_years(ranges) == pytest.approx(2.0, abs=0.01)


def test_a_gap_between_ranges_is_not_counted() -> None:
    ranges = [
        (dt.date(2015, 1, 1), dt.date(2018, 1, 1)),
        (dt.date(2021, 1, 1), dt.date(2024, 1, 1)),
    ]
    assert dates.merged_years(ranges) == pytest.approx(6.0, abs=0.01)


def _corpus_statements() -> list[str]:
    texts = []
    for path in sorted((Path(__file__).parent / "corpus").glob("*.yaml")):
        texts += [case["statement"] for case in yaml.safe_load(path.read_text(encoding="utf-8"))]
    return texts


# The regexes written for speed (a leading look-ahead or character class) against the plain forms
# a reader checks them by: on every corpus statement and on edge cases they find the same spans.
PLAIN_FORMS = [
    (dates.DATE_RE, re.compile(dates._DATE, re.IGNORECASE)),
    (
        dates.UNITS_RE,
        # a unit not inside a word, but straight after a number ("4yrs")
        re.compile(r"(?<![^\W\d])(?:years?|yrs?|months?|mths?|decades?)\b", re.IGNORECASE),
    ),
    (
        QUALIFIED_RE,
        re.compile(
            r"\b(?:qualif\w*|graduat\w*|post[- ]?qual\w*|awarded|registered|passed my degree)\b",
            re.IGNORECASE,
        ),
    ),
    (
        REG_NUMBER_RE,
        re.compile(
            r"\b(?P<prefix>OT|SW|PA|PH|AS|CS|RN)\s?-?\d{4,6}\b|\b\d{2}[A-Z]\d{4}[A-Z]\b",
            re.IGNORECASE,
        ),
    ),
    (SENTENCE_END_RE, re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+\S)|\n")),
]
EDGE_CASES = (
    "Sept. 2019 to 3/4/2021; 2yrs, 4Years, 18 MONTHS, x-years, _months, a decade. Qualified 2020, "
    "PostQual, post-qualifying, xqualified, 1registered, Passed My Degree, REGISTERED. "
    'OT12345, sw 104532, ſW12345, ſept 2019, 12A3456B. Really?! Yes…\n(Ends.) "Quoted." Next'
)


@pytest.mark.parametrize(("fast", "plain"), PLAIN_FORMS, ids=lambda r: r.pattern[:20])
def test_fast_regexes_find_what_their_plain_forms_find(
    fast: re.Pattern[str], plain: re.Pattern[str]
) -> None:
    for text in [*_corpus_statements(), EDGE_CASES]:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("I qualified at the end of 2024.", dt.date(2024, 12, 1)),
        ("I qualified in early 2019.", dt.date(2019, 1, 1)),
        ("I graduated in the autumn of 2015.", dt.date(2015, 10, 1)),
        ("I qualified in 2020.", dt.date(2020, 7, 1)),
    ],
)
def test_a_year_alone_is_read_by_the_part_of_the_year_said_before_it(
    text: str, day: dt.date
) -> None:
    (span,) = [s for s in dates.find_temporal(text) if s.label == "DATE"]
    assert dates.resolve_date_in(text, span.start, span.end) == day


@pytest.mark.parametrize(
    "text", ["the '90s", "'twenty' referrals", "a 'top 10' list", "myself and 3 others"]
)
def test_quoted_numbers_and_decades_are_not_dates(text: str) -> None:
    assert dates.find_temporal(text) == []
