"""An RFC 5545 calendar of all-day events, written as text. Pure; standard library only.

What the rules ask and this module does: CRLF line ends; content lines folded at 75 octets with a
CRLF and one space, never inside a UTF-8 character (3.1); TEXT values escaped (``\\``, ``;``, ``,``,
newline as ``\\n``, 3.3.11); all-day events as ``DTSTART;VALUE=DATE`` with the next day as the
exclusive ``DTEND`` (3.6.1); DTSTAMP in UTC; an alarm as a VALARM whose TRIGGER is relative to the
start of the day (``PT9H``: 09:00 on that day in the reader's own time zone).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

MAX_OCTETS = 75
ALARM_AT = timedelta(hours=9)  # the morning of the day
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # RFC 5545 allows no control character but tab


@dataclass(frozen=True, slots=True)
class AllDayEvent:
    uid: str
    day: date
    summary: str
    description: str = ""
    alarm: str | None = None  # the alarm's text; None: no alarm


def escape_text(value: str) -> str:
    """A TEXT property value (RFC 5545 3.3.11); other control characters are dropped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL.sub("", value)
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """One content line folded into lines of at most 75 octets (continuations start with a space)."""
    parts: list[str] = []
    current = ""
    size = 0
    limit = MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size = "", 0
            limit = MAX_OCTETS - 1  # the leading space counts
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def _date(day: date) -> str:
    return day.strftime("%Y%m%d")


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _event_lines(event: AllDayEvent, stamp: str) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event.uid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_date(event.day)}",
        f"DTEND;VALUE=DATE:{_date(event.day + timedelta(days=1))}",
        f"SUMMARY:{escape_text(event.summary)}",
    ]
    if event.description:
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    lines.append("TRANSP:TRANSPARENT")  # a reminder, not a busy day
    if event.alarm is not None:
        hours = int(ALARM_AT.total_seconds()) // 3600
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape_text(event.alarm)}",
            f"TRIGGER;RELATED=START:PT{hours}H",
            "END:VALARM",
        ]
    lines.append("END:VEVENT")
    return lines


def calendar_text(events: Iterable[AllDayEvent], *, prodid: str, name: str, now: datetime) -> str:
    """The whole VCALENDAR; ``now`` is the DTSTAMP (the only part that changes between exports)."""
    stamp = _stamp(now)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{escape_text(prodid)}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    for event in events:
        lines += _event_lines(event, stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
