"""Dates, date ranges and durations: finding the span, then resolving it against a reference date.

Finding (:func:`find_temporal`) never needs the reference date; resolving (:func:`resolve_range`,
:func:`resolve_date`, :func:`resolve_duration`) always takes it from the caller. Numeric dates are
UK day-first ("03/04/2021" is 3 April). A year alone is read as its middle (1 July), so
"2016-2019" is three years, as a reader would say.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

MONTHS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen")
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}


def _number_words() -> dict[str, float]:
    """Number words up to fifty-nine, compounds written with a hyphen or a space
    ("twenty-one", "thirty two"): a career is never longer."""
    words: dict[str, float] = {word: n for n, word in enumerate(_UNITS + _TEENS, start=1)}
    words |= {"eighteen": 18, "nineteen": 19, "a couple of": 2}
    for tens, value in _TENS.items():
        words[tens] = value
        for unit, word in enumerate(_UNITS, start=1):
            words[f"{tens}-{word}"] = words[f"{tens} {word}"] = value + unit
    return words


NUMBER_WORDS: dict[str, float] = _number_words()
# How a modifier shifts a stated amount: "nearly three years" is just short of three.
MODIFIER_SHIFT: dict[str, float] = {
    "nearly": -0.1,
    "almost": -0.1,
    "just under": -0.1,
    "under": -0.1,
    "less than": -0.1,
    "not quite": -0.1,
}

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?:(?:19|20)\d\d|['’]\d\d)\b"
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?)"
_DATE = (
    rf"(?:(?:{_DAY}\s+)?\b{_MONTH}\s*,?\s*{_YEAR}"
    r"|\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d\b"
    r"|\b\d{1,2}/(?:19|20)\d\d\b"
    r"|\b(?:19|20)\d\d\b"
    # a year cut to two digits after an apostrophe ("since '19", "qualified in '98")
    r"|['’]\d\d\b(?!['’]))"
)
_OPEN_END = r"(?:the\s+)?(?:present(?:\s+day)?|now|to\s+date|date|current|ongoing|today)\b"
# a dash, or an arrow as some CVs write it ("Jan '22 → present", "2019 -> 2021")
_SEP = r"\s*(?:[-–—]+>?|[→⟶⇒]|\bto\b|\buntil\b|\btill\b|\bthrough\b)\s*"
_NUMBER = (
    r"(?:\d+(?:\.\d+)?|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r"|a(?=\s+decades?\b))"
)
_MODIFIER = (
    r"(?:over|more\s+than|nearly|almost|around|about|approximately|approx\.?|at\s+least|roughly"
    r"|well\s+over|getting\s+on\s+for|close\s+to"
    r"|just\s+under|just\s+over|under|less\s+than|in\s+excess\s+of|not\s+quite)"
)

RANGE_RE = re.compile(
    rf"(?:\bfrom\s+|\bbetween\s+)?(?P<start>{_DATE}){_SEP}(?:(?P<end>{_DATE})|(?P<open>{_OPEN_END}))"
    rf"|\bbetween\s+(?P<bstart>{_DATE})\s+and\s+(?P<bend>{_DATE})",
    re.IGNORECASE,
)
SINCE_RE = re.compile(rf"\bsince\s+(?P<start>{_DATE})", re.IGNORECASE)
# A CV's month and two-digit year, in a range only ("Sept 19 – Aug 21", "oct 22 - now"): alone,
# "Sept 19" could be a day.
_SHORT = rf"\b{_MONTH}\s*\d\d\b(?![/.:]?\d)"
SHORT_RANGE_RE = re.compile(
    rf"(?=[JFMASONDjfmasond]){_SHORT}{_SEP}(?:{_SHORT}|{_OPEN_END})", re.IGNORECASE
)
# A CV's numeric month and two-digit year, in a range only ("03/18-11/21", "12/21-present"):
# alone, "03/18" could be a day and month.
_NUMERIC_SHORT = r"\b(?:0?[1-9]|1[0-2])/\d\d\b(?![/.:]?\d)"
NUMERIC_SHORT_RANGE_RE = re.compile(
    rf"{_NUMERIC_SHORT}{_SEP}(?:{_NUMERIC_SHORT}|{_OPEN_END})", re.IGNORECASE
)
NUMERIC_SHORT_RE = re.compile(r"\b(0?[1-9]|1[0-2])/(\d\d)\b(?![/.:]?\d)")
# A start with a dash and nothing after it, as a CV line leaves a post still held ("2019– :
# Community OT", "2019 –" at a line's end): a range to now.
OPEN_DASH_AFTER_RE = re.compile(r"[ \t]*[-–—]+(?=[ \t]*(?:[:)\]|]|\n|$))")
OPEN_DASH_RE = re.compile(rf"(?P<start>{_DATE})[ \t]*[-–—]+[ \t]*", re.IGNORECASE)
# A year and the next cut to two digits, as academic and financial years are written ("2018-19
# locum SW", "2018/19"): the range of those years.
YEAR_END_AFTER_RE = re.compile(r"\s*[-–—/]\s*(?P<end>\d\d)\b(?![/.:%]?\d)")
TWO_DIGIT_END_RE = re.compile(
    r"\b(?P<century>(?:19|20))(?P<start>\d\d)\s*[-–—/]\s*(?P<end>\d\d)\b(?![/.:%]?\d)"
)
SHORT_YEAR_RE = re.compile(rf"\b({_MONTH})\s*(\d\d)\b", re.IGNORECASE)
# The leading look-ahead lists every character a match can start with: it changes no match, but
# lets the regex engine skip other positions quickly (2-3x faster over a statement).
DATE_RE = re.compile(r"(?=[0-9JFMASOND'’])" + _DATE, re.IGNORECASE)
RANGE_LEAD_RE = re.compile(r"\b(from|between|since)\s+$", re.IGNORECASE)
SEP_RE = re.compile(_SEP, re.IGNORECASE)
JOIN_RE = re.compile(rf"{_SEP}|\s+and\s+", re.IGNORECASE)
OPEN_AFTER_RE = re.compile(rf"{_SEP}{_OPEN_END}", re.IGNORECASE)
DURATION_RE = re.compile(
    r"(?=[0-9OMNAJULITFSE])"  # every first character a match can have (see DATE_RE)
    rf"(?:\b(?P<mod>{_MODIFIER})\s+)?"
    # a range ("3-4 years", "three to four years"; not "twenty-one"): a panel reads its lower
    # end
    rf"(?:\b(?P<low>\d+(?:\.\d+)?)\s*(?:-|–|—|to)\s*(?=\d)|\b(?P<low_word>{_NUMBER})\s+to\s+)?"
    rf"\b(?P<num>{_NUMBER})(?P<half>\s+and\s+a\s+half)?"
    r"\s*\+?\s*-?\s*(?P<unit>years?|yrs?|months?|mths?|decades?)\b"
    rf"(?:\s*(?:and\s+)?(?P<num2>{_NUMBER})\s*months?\b)?",
    re.IGNORECASE,
)
# "For the first five years I worked in the NHS; for the last six I have worked in social care":
# a number whose unit is left to the duration before it. Only after a duration in years, only
# looking back ("last", "past", "other", "remaining"), and only where no noun follows the number.
ELIDED_DURATION_RE = re.compile(
    rf"\bthe\s+(?:last|past|other|remaining|latter)\s+(?P<num>{_NUMBER})\b"
    r"(?=\s*(?:[,;.:)]|$|\s(?:I|I've|I’ve|we|as|in|at|with|have|has|of\s+which)\b))",
    re.IGNORECASE,
)
# How far back (characters) the duration that gives the unit may stand.
ELIDED_UNIT_REACH = 160
YEARS_UNIT_RE = re.compile(r"(?:years?|yrs?)$", re.IGNORECASE)
# Ages are not durations at all ("35 years old", "a 42-year-old", "aged 35 years").
AGE_AFTER_RE = re.compile(r"^[\s'’]*(?:-\s*)?(?:old|of\s+age)\b", re.IGNORECASE)
AGE_BEFORE_RE = re.compile(r"\baged?\s*$", re.IGNORECASE)
# Durations that are not experience: time ago, time away or time to come.
NOT_EXPERIENCE_AFTER_RE = re.compile(r"^[\s'’]*(?:-\s*)?(?:old|of\s+age|ago|out)\b", re.IGNORECASE)
NOT_EXPERIENCE_BEFORE_RE = re.compile(
    r"(?:\baged?|\bwithin|\bevery|\bnext|\bin|\bper|\bfor\s+the\s+next)\s*$", re.IGNORECASE
)


@dataclass(frozen=True)
class TemporalSpan:
    """A found date, range or duration: half-open character offsets into the text."""

    label: str  # DATE, DATE_RANGE or DURATION
    start: int
    end: int


@dataclass(frozen=True)
class PartialDate:
    """A date as written: the year always, the month and day when given."""

    year: int
    month: int | None = None
    day: int | None = None

    def first_day(self) -> dt.date:
        if self.month is None:
            return dt.date(self.year, 7, 1)
        return dt.date(self.year, self.month, self.day or 1)

    def last_day(self) -> dt.date:
        if self.month is None:
            return dt.date(self.year, 7, 1)
        if self.day is not None:
            return dt.date(self.year, self.month, self.day)
        return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])


# Every date has a digit and every duration a unit word, so the costly patterns only run in
# windows (in characters) around those anchors.
DIGITS_RE = re.compile(r"\d+")
# What r"(?<![^\W\d])(?:years?|yrs?|months?|mths?|decades?)\b" finds ignoring case (a unit not
# inside a word, but straight after a number: "4yrs"), written to start with a character class
# so the regex engine jumps between candidate first letters (4x faster).
UNITS_RE = re.compile(
    r"[YyMmDd](?<![^\W\d].)"
    r"(?:(?<=[Yy])(?i:ears?|rs?)|(?<=[Mm])(?i:onths?|ths?)|(?<=[Dd])(?i:ecades?))\b"
)
DATE_WINDOW = (30, 45)
# Window edges move out to the nearest of these.
SPACE_RE = re.compile(r"[ \n\t]")
DURATION_WINDOW = (45, 25)


def _windows(text: str, anchors: re.Pattern[str], before: int, after: int) -> list[tuple[int, int]]:
    """Merged character windows around each anchor, widened to white space."""
    spans = [match.span() for match in anchors.finditer(text)]
    if not spans:
        return []
    found = np.array(spans, dtype=np.int64)
    return _merged_windows(text, found[:, 0], found[:, 1], before, after)


def _merged_windows(
    text: str, anchor_starts: np.ndarray, anchor_ends: np.ndarray, before: int, after: int
) -> list[tuple[int, int]]:
    starts = np.maximum(anchor_starts - before, 0)
    ends = np.maximum.accumulate(np.minimum(anchor_ends + after, len(text)))
    new_window = np.concatenate([[True], starts[1:] > ends[:-1]])
    last_of_window = np.concatenate([new_window[1:], [True]])
    return [
        (_space_before(text, start), _space_after(text, end))
        for start, end in zip(
            starts[new_window].tolist(), ends[last_of_window].tolist(), strict=True
        )
    ]


def _space_before(text: str, start: int) -> int:
    """Where the word holding ``start`` begins: just after the white space before it (looked
    for near ``start`` first, so a long text is not searched back to its beginning)."""
    space = _last_space(text, max(0, start - 64), start)
    if space < 0:
        space = _last_space(text, 0, start)
    return space + 1


def _last_space(text: str, start: int, end: int) -> int:
    return max(
        text.rfind(" ", start, end), text.rfind("\n", start, end), text.rfind("\t", start, end)
    )


def _space_after(text: str, end: int) -> int:
    """Where the word holding ``end - 1`` ends: the next white space, or the end of the text."""
    space = SPACE_RE.search(text, end)
    return space.start() if space is not None else len(text)


@lru_cache(maxsize=64)
def digit_windows(text: str) -> list[tuple[int, int]]:
    """Windows around every number: where dates and registration numbers can be."""
    # The runs of digits found with array operations over the characters' code points (half
    # the time of DIGITS_RE), unless the text has a digit outside ASCII, which DIGITS_RE reads too.
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    beyond_ascii = np.unique(points[points > 127]).tolist()
    if any(chr(point).isdecimal() for point in beyond_ascii):
        return _windows(text, DIGITS_RE, *DATE_WINDOW)
    is_digit = np.zeros(len(points) + 2, dtype=np.int8)
    is_digit[1:-1] = (points >= 48) & (points <= 57)
    edges = np.flatnonzero(np.diff(is_digit))  # where a run of digits starts, then where it ends
    if not len(edges):
        return []
    return _merged_windows(text, edges[0::2], edges[1::2], *DATE_WINDOW)


def find_temporal(text: str) -> list[TemporalSpan]:
    """Every date range, standalone date and duration in ``text``.

    Dates are found first; two dates joined by a separator ("–", "to", "until"), a date followed
    by an open end ("- present", "to date") or led by "since" make a range."""
    spans: list[TemporalSpan] = []
    found = [m for start, end in digit_windows(text) for m in DATE_RE.finditer(text, start, end)]
    index = 0
    while index < len(found):
        date = found[index]
        lead = RANGE_LEAD_RE.search(text, max(0, date.start() - 10), date.start())
        start = (
            lead.start() if lead and lead.group(1).lower() in ("from", "between") else date.start()
        )
        following = found[index + 1] if index + 1 < len(found) else None
        joiner = JOIN_RE if lead and lead.group(1).lower() == "between" else SEP_RE
        if (
            following is not None
            and joiner.fullmatch(text, date.end(), following.start())
            and _ordered(date.group(), following.group())
        ):
            spans.append(TemporalSpan("DATE_RANGE", start, following.end()))
            index += 2
            continue
        open_end = OPEN_AFTER_RE.match(text, date.end())
        year_end = YEAR_END_AFTER_RE.match(text, date.end())
        open_dash = OPEN_DASH_AFTER_RE.match(text, date.end())
        if open_end is not None:
            spans.append(TemporalSpan("DATE_RANGE", start, open_end.end()))
        elif open_dash is not None:
            spans.append(TemporalSpan("DATE_RANGE", start, open_dash.end()))
        elif year_end is not None and _next_years(date.group(), year_end.group("end")):
            spans.append(TemporalSpan("DATE_RANGE", start, year_end.end()))
        elif lead and lead.group(1).lower() == "since":
            spans.append(TemporalSpan("DATE_RANGE", lead.start(), date.end()))
        else:
            spans.append(TemporalSpan("DATE", date.start(), date.end()))
        index += 1
    for match in [*SHORT_RANGE_RE.finditer(text), *NUMERIC_SHORT_RANGE_RE.finditer(text)]:
        if all(match.end() <= span.start or match.start() >= span.end for span in spans):
            spans.append(TemporalSpan("DATE_RANGE", match.start(), match.end()))
    for window_start, window_end in _windows(text, UNITS_RE, *DURATION_WINDOW):
        for match in DURATION_RE.finditer(text, window_start, window_end):
            if not _is_age(text, match.start(), match.end()) and all(
                match.end() <= span.start or match.start() >= span.end for span in spans
            ):
                spans.append(TemporalSpan("DURATION", match.start(), match.end()))
    spans += _elided_durations(text, spans)
    return sorted(spans, key=lambda span: span.start)


def _elided_durations(text: str, spans: list[TemporalSpan]) -> list[TemporalSpan]:
    """Numbers of years whose unit the writer left to an earlier duration ("the last six")."""
    in_years = [
        span
        for span in spans
        if span.label == "DURATION" and YEARS_UNIT_RE.search(text[span.start : span.end])
    ]
    if not in_years:
        return []
    found = []
    for match in ELIDED_DURATION_RE.finditer(text, in_years[0].end):
        if any(0 <= match.start() - span.end <= ELIDED_UNIT_REACH for span in in_years) and all(
            match.end() <= span.start or match.start() >= span.end for span in spans
        ):
            found.append(TemporalSpan("DURATION", match.start(), match.end()))
    return found


def _ordered(first: str, second: str) -> bool:
    start, end = parse_date(first), parse_date(second)
    return start is not None and end is not None and end.last_day() >= start.first_day()


def _is_age(text: str, start: int, end: int) -> bool:
    return bool(
        AGE_AFTER_RE.match(text[end : end + 12])
        or AGE_BEFORE_RE.search(text[max(0, start - 8) : start])
    )


def _is_range(match: re.Match[str]) -> bool:
    """Reject "2014 - 2" style accidents: both ends must be dates, in order."""
    start = parse_date(match.group("start") or match.group("bstart") or "")
    if start is None:
        return False
    end_text = match.group("end") or match.group("bend")
    if end_text is None:
        return True
    end = parse_date(end_text)
    return end is not None and end.last_day() >= start.first_day()


@lru_cache(maxsize=4096)
def parse_date(text: str) -> PartialDate | None:
    """Read one written date, UK day-first; None when it is not a date."""
    text = text.strip().lower()
    numeric = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)", text)
    if numeric:
        day, month, year = (int(part) for part in numeric.groups())
        return _valid(year, month, day)
    month_year = re.fullmatch(r"(\d{1,2})/((?:19|20)\d\d)", text)
    if month_year:
        month, year = (int(part) for part in month_year.groups())
        return _valid(year, month, None)
    if re.fullmatch(r"(?:19|20)\d\d", text):
        return PartialDate(int(text))
    if re.fullmatch(r"['’]\d\d", text):
        return PartialDate(_century(int(text[1:])))
    words = re.fullmatch(
        r"(?:(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+)?([a-z]+)\.?\s*,?\s*((?:19|20)\d\d|['’]\d\d)",
        text,
    )
    if words:
        day_text, month_text, year_text = words.groups()
        month = MONTHS.get(month_text[:3])
        if month is None:
            return None
        year = int(year_text) if year_text[0].isdigit() else _century(int(year_text[1:]))
        return _valid(year, month, int(day_text) if day_text else None)
    return None


# Two-digit years up to this one are this century's ("'19" is 2019), later ones the last
# century's ("'98" is 1998): no applicant's working life reaches 2060.
CENTURY_PIVOT = 60


def _century(two_digits: int) -> int:
    return (2000 if two_digits <= CENTURY_PIVOT else 1900) + two_digits


def _valid(year: int, month: int, day: int | None) -> PartialDate | None:
    if not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return PartialDate(year, month, day)


def resolve_date(text: str) -> dt.date | None:
    """A standalone date as a day (a year alone is its middle)."""
    date = parse_date(text)
    return date.first_day() if date else None


# The part of a year told before a year alone ("at the end of 2024", "in early 2019", "in the
# summer of 2022"): the month it means.
PART_OF_YEAR: dict[str, int] = {
    "end of": 12,
    "the end of": 12,
    "late": 12,
    "start of": 1,
    "the start of": 1,
    "beginning of": 1,
    "the beginning of": 1,
    "early": 1,
    "spring": 4,
    "spring of": 4,
    "the spring of": 4,
    "summer": 7,
    "summer of": 7,
    "the summer of": 7,
    "autumn": 10,
    "autumn of": 10,
    "the autumn of": 10,
    "winter": 12,
    "winter of": 12,
    "the winter of": 12,
}
PART_OF_YEAR_RE = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, PART_OF_YEAR), key=len, reverse=True)) + r")\s+$",
    re.IGNORECASE,
)


def resolve_date_in(text: str, start: int, end: int) -> dt.date | None:
    """The date at ``text[start:end]``, with a year alone read by the part of the year said
    before it ("I qualified at the end of 2024": December 2024, not its middle)."""
    day = resolve_date(text[start:end])
    date = parse_date(text[start:end])
    if day is None or date is None or date.month is not None:
        return day
    part = PART_OF_YEAR_RE.search(text, max(0, start - 20), start)
    if part is None:
        return day
    return dt.date(date.year, PART_OF_YEAR[" ".join(part.group(0).lower().split())], 1)


def _next_years(year: str, end: str) -> bool:
    """ "2018" and "19" (or up to ten years on, within its century): a range of years."""
    if not re.fullmatch(r"(?:19|20)\d\d", year):
        return False
    return 0 < int(end) - int(year[2:]) <= 10


@lru_cache(maxsize=4096)
def resolve_range(text: str, reference_date: dt.date) -> tuple[dt.date, dt.date] | None:
    """A range's first and last day; an open end ("present", "to date", "since") is the reference
    date. Ends after the reference date are cut to it."""
    if SHORT_RANGE_RE.fullmatch(text.strip()):
        text = SHORT_YEAR_RE.sub(r"\1 '\2", text)  # "Sept 19 – Aug 21": 2019 to 2021
    elif NUMERIC_SHORT_RANGE_RE.fullmatch(text.strip()):
        text = NUMERIC_SHORT_RE.sub(  # "03/18-11/21": March 2018 to November 2021
            lambda m: f"{m.group(1)}/{_century(int(m.group(2)))}", text
        )
    if (dash := OPEN_DASH_RE.fullmatch(text.strip())) is not None:
        text = f"{dash.group('start')} - present"  # "2019–": to now
    text = TWO_DIGIT_END_RE.sub(r"\g<century>\g<start>–\g<century>\g<end>", text)  # "2018-19"
    match = RANGE_RE.fullmatch(text.strip()) or RANGE_RE.search(text)
    if match is not None and _is_range(match):
        start = parse_date(match.group("start") or match.group("bstart"))
        end_text = match.group("end") or match.group("bend")
        end = parse_date(end_text).last_day() if end_text else reference_date  # type: ignore[union-attr]
    else:
        since = SINCE_RE.search(text)
        if since is None:
            return None
        start = parse_date(since.group("start"))
        end = reference_date
    if start is None:
        return None
    first = start.first_day()
    last = min(end, reference_date)
    if first > last:
        return None
    return first, last


@lru_cache(maxsize=4096)
def resolve_duration(text: str) -> float | None:
    """A stated amount of time in years ("eighteen months" = 1.5, "nearly three years" = 2.9)."""
    match = DURATION_RE.search(text)
    if match is None:
        elided = ELIDED_DURATION_RE.search(text)  # "the last six", after "five years"
        return _number(elided.group("num")) if elided else None
    amount = _number(match.group("num"))
    low = match.group("low") or match.group("low_word")
    if low is not None:
        amount = min(amount, _number(low))
    if match.group("half"):
        amount += 0.5
    unit = match.group("unit").lower()
    if unit.startswith("m"):
        amount /= 12
    elif unit.startswith("d"):
        amount *= 10
    if match.group("num2"):
        amount += _number(match.group("num2")) / 12
    modifier = " ".join((match.group("mod") or "").lower().split())
    return round(max(amount + MODIFIER_SHIFT.get(modifier, 0.0), 0.0), 2)


def _number(text: str) -> float:
    text = " ".join(text.lower().split())
    if text == "a":  # "a decade"
        return 1.0
    return NUMBER_WORDS[text] if text in NUMBER_WORDS else float(text)


def years_between(first: dt.date, last: dt.date) -> float:
    return (last - first).days / 365.25


def merged_years(ranges: list[tuple[dt.date, dt.date]]) -> float:
    """Total years covered by ``ranges``, overlaps counted once."""
    total = 0.0
    current: tuple[dt.date, dt.date] | None = None
    for first, last in sorted(ranges):
        if current is None or first > current[1]:
            if current is not None:
                total += years_between(*current)
            current = (first, last)
        else:
            current = (current[0], max(current[1], last))
    if current is not None:
        total += years_between(*current)
    return total


def is_experience_duration(text: str, start: int, end: int) -> bool:
    """False for ages ("35 years old"), time ago/away ("three years out") or to come."""
    after = text[end : end + 12]
    before = text[max(0, start - 16) : start]
    return not NOT_EXPERIENCE_AFTER_RE.match(after) and not NOT_EXPERIENCE_BEFORE_RE.search(before)
