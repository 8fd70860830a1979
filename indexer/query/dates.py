"""A result list's signing-date range and order: ``from=2019&to=2023-06-30``, ``sort=newest`` (issue 23).

A bound is a day (``2023-06-15``), a month (``2023-06``) or a year (``2023``), and a month or a year means
the whole of it: ``from=2019&to=2023`` is 1 January 2019 to 31 December 2023.  Either end may be open.  A
document dated only by its year (its day left blank) is in a range that meets that year; an undated one is in
no range.

>>> window = date_range("2019", "2023-06")
>>> window, window.holds(Summary("a", date="2023-06-30")), window.holds(Summary("b", year=2019))
(DateRange(start='2019-01-01', end='2023-06-30'), True, True)
>>> window.holds(Summary("c", date="2023-07-01")), window.holds(Summary("d"))
(False, False)
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from indexer.document.summary import Summary
from indexer.query.filters import BadFilter

SORTS = ("relevance", "newest", "oldest")
FIRST_YEAR, LAST_YEAR = 1900, 2100  # the years the year facet accepts too
SHOWN_CHARS = 40  # of a malformed value, quoted back in the message
BOUND = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
NAMES = {"from": ("từ ngày", "from"), "to": ("đến ngày", "to")}


@dataclass(frozen=True)
class DateRange:
    start: str | None = None  # ISO, inclusive; None: open
    end: str | None = None

    def __bool__(self) -> bool:
        return bool(self.start or self.end)

    def holds(self, summary: Summary) -> bool:
        """Whether the document's signing date (or its year, when that is all it gives) meets the range."""
        if summary.date:
            first = last = summary.date
        elif summary.year:
            first, last = f"{summary.year:04d}-01-01", f"{summary.year:04d}-12-31"
        else:
            return False
        return (self.start is None or last >= self.start) and (self.end is None or first <= self.end)


def date_range(start: str | None, end: str | None) -> DateRange:
    """The range of two bounds as a URL gives them (empty: open).

    :raise BadFilter: a bound that is not a day, a month or a year of the calendar, or a start after the end.
    """
    window = DateRange(_bound(start, "from"), _bound(end, "to"))
    if window.start and window.end and window.start > window.end:
        raise BadFilter(
            f"Khoảng ngày không hợp lệ: «từ ngày» ({start}) sau «đến ngày» ({end}).",
            f"Invalid date range: 'from' ({start}) is after 'to' ({end}).",
        )
    return window


def _bound(raw: str | None, name: str) -> str | None:
    """A bound as an ISO day: a month or a year from its first day (``from``) or to its last (``to``)."""
    raw = (raw or "").strip()
    if not raw:
        return None
    vi, en = NAMES[name]
    shown = raw[:SHOWN_CHARS] + ("…" if len(raw) > SHOWN_CHARS else "")
    found = BOUND.fullmatch(raw) if raw.isascii() else None
    if not found:
        raise BadFilter(
            f"«{vi}» phải là một ngày dạng NNNN-TT-NN (như 2023-06-15) hoặc một năm (như 2023), không phải «{shown}».",
            f"'{en}' must be a date written YYYY-MM-DD (like 2023-06-15) or a year (like 2023), not '{shown}'.",
        )
    year, month, day = (int(part) if part else None for part in found.groups())
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        raise BadFilter(
            f"«{vi}»: ngày «{shown}» không có trong lịch.", f"'{en}': there is no such day as '{shown}'."
        ) from None
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise BadFilter(
            f"«{vi}»: năm phải trong khoảng {FIRST_YEAR}–{LAST_YEAR}, không phải «{shown}».",
            f"'{en}': the year must be between {FIRST_YEAR} and {LAST_YEAR}, not '{shown}'.",
        )
    first = name == "from"
    if month is None:
        month, day = (1, 1) if first else (12, 31)
    elif day is None:
        day = 1 if first else calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-{day:02d}"


def check_sort(raw: str | None) -> str:
    """The order asked for (none: ``relevance``).  :raise BadFilter: not one of :data:`SORTS`."""
    if not raw:
        return "relevance"
    if raw not in SORTS:
        shown = raw[:SHOWN_CHARS]
        raise BadFilter(
            f"Cách sắp xếp «{shown}» không hợp lệ (chỉ nhận: {', '.join(SORTS)}).",
            f"Unknown sort '{shown}' (one of: {', '.join(SORTS)}).",
        )
    return raw


def by_date(summaries: dict[int, Summary], keys: list[int], newest: bool) -> list[int]:
    """``keys`` by signing date, newest or oldest first, the undated last (a document dated only by its year
    before the days of that year when oldest first, after them when newest first)."""
    dated = [d for d in keys if summaries[d].date or summaries[d].year]
    undated = [d for d in keys if not (summaries[d].date or summaries[d].year)]
    dated.sort(
        key=lambda d: (summaries[d].date or f"{summaries[d].year:04d}", summaries[d].number or "", summaries[d].doc_id),
        reverse=newest,
    )
    return dated + sorted(undated, key=lambda d: summaries[d].doc_id)
