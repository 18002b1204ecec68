"""Dates as printed to ISO dates."""

from __future__ import annotations

import datetime as dt
import re


def iso_date(m: re.Match[str]) -> str | None:
    """The ISO date of a DATE_NUMERIC or DATE_WORDS match; None for impossible dates."""
    groups = m.groupdict()
    day = groups.get("d") or groups.get("d2")
    month = groups.get("m") or groups.get("m2")
    year = groups.get("y") or groups.get("y2")
    if not (day and month and year):
        return None
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None
