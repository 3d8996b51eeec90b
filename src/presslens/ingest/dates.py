"""Find and normalise publication dates in any common form ("23/12/2021", "Dec. 23, 2021", ISO ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_TIME = (
    r"(?:(?:,|\s+at|\s*[-–|])?\s*(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?)?"
)
_ISO = (
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
_PATTERNS = [
    ("iso", re.compile(r"\b" + _ISO + r"\b")),
    ("ymd", re.compile(r"\b(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})\b")),
    (
        "numeric",
        re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})\b" + _TIME),
    ),
    (
        "dmy",
        re.compile(
            r"\b"
            + _WEEKDAY
            + r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
            + _MONTH
            + r",?\s+(?P<y>\d{4})\b"
            + _TIME,
            re.I,
        ),
    ),
    (
        "mdy",
        re.compile(
            r"\b" + _WEEKDAY + _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b" + _TIME, re.I
        ),
    ),
    ("my", re.compile(r"\b" + _MONTH + r",?\s+(?P<y>\d{4})\b", re.I)),
]


def month_number(name: str) -> int | None:
    """1-12 for a month name or abbreviation ("Sept.", "march"), else None."""
    return _MONTHS.get(name.lower().rstrip("."))


@dataclass(frozen=True)
class FoundDate:
    iso: str  # YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS], or YYYY-MM when only the month is given
    start: int
    end: int
    ambiguous: bool = False  # day and month could be swapped (03/04/2021)


def _year(y: str) -> int:
    n = int(y)
    return n + (2000 if n < 70 else 1900) if len(y) == 2 else n


def _build(y: int, m: int, d: int | None, g: dict[str, str | None]) -> str | None:
    try:
        if d is None:
            date(y, m, 1)
            return f"{y:04d}-{m:02d}"
        day = date(y, m, d)
    except ValueError:
        return None
    if not 1800 <= y <= 2200:
        return None
    if g.get("hour") is None:
        return day.isoformat()
    hour, minute = int(g["hour"] or 0), int(g["minute"] or 0)
    ampm = (g.get("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        stamp = datetime(y, m, d, hour, minute, int(g.get("second") or 0))
    except ValueError:
        return day.isoformat()
    iso = stamp.isoformat(timespec="seconds" if g.get("second") else "minutes")
    tz = g.get("tz")
    if tz:
        iso += "+00:00" if tz == "Z" else tz[:3] + ":" + tz[-2:]
    return iso


def find_date(text: str, day_first: bool = True) -> FoundDate | None:
    """The earliest date written in `text`. Numeric dates that could be read both ways (03/04/2021) are read
    day-first unless `day_first` is False, and flagged as ambiguous."""
    best: FoundDate | None = None
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if best is not None and m.start() >= best.start:
                break
            g = m.groupdict()
            ambiguous = False
            if kind == "numeric":
                a, b = int(g["a"]), int(g["b"])
                if a > 12 or (b <= 12 and day_first and a != b):
                    d, mo, ambiguous = a, b, b <= 12 and a <= 12
                else:
                    d, mo, ambiguous = b, a, a <= 12 and b <= 12 and a != b
                iso = _build(_year(g["y"]), mo, d, g)
            elif kind in ("dmy", "mdy", "my"):
                month = _MONTHS[g["month"].lower().rstrip(".")]
                iso = _build(int(g["y"]), month, int(g["d"]) if g.get("d") else None, g)
            else:
                iso = _build(int(g["y"]), int(g["m"]), int(g["d"]), g)
            if iso:
                best = FoundDate(iso, m.start(), m.end(), ambiguous)
                break
    return best


def parse_date(value: str) -> str | None:
    """A date string from metadata (an HTML meta tag, a JSONL field) as ISO, or None when unreadable."""
    value = value.strip()
    if not value:
        return None
    found = find_date(value)
    if found:
        return found.iso
    import dateparser  # rare forms only: keep its import cost off the common path

    parsed = dateparser.parse(value, settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"})
    return parsed.date().isoformat() if parsed else None


def iso_day(value: str | None) -> date | None:
    """The day of an ISO date or date-time ("2021-12-23", "2021-12-23T10:00"); a month alone ("2021-12")
    is its first day; anything else is None."""
    if not value:
        return None
    for text in (value[:10], value[:7] + "-01"):
        try:
            return date.fromisoformat(text)
        except ValueError:
            continue
    return None
