"""The dates to keep (app.domain.reminders) and the RFC 5545 text (app.domain.ical), on their own."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st

from app.domain.catalog import default_catalog
from app.domain.ical import AllDayEvent, calendar_text, escape_text, fold
from app.domain.model import CertificateSelection as Cert
from app.domain.model import Channel, Delegation, Household, MemberState, Profile, TaskState
from app.domain.reminders import ReminderKind, due_reminders, household_reminders, next_dates

TODAY = date(2026, 1, 14)


def _household(valid_to: date) -> Household:
    me = MemberState(
        Profile(1, "太郎"),
        certificates=(
            Cert(
                7,
                "earthquake_insurance",
                "東京海上日動",
                Channel.MINKAN_ETAX,
                registration=TaskState.WAITING,
                follow_up=date(2026, 1, 12),
            ),
        ),
    )
    mother = MemberState(Profile(2, "松"))
    return Household((me, mother), (Delegation(3, 2, 1, "母", date(2026, 1, 1), valid_to),))


def test_a_past_delegation_end_is_dropped_and_the_season_stays() -> None:
    catalog = default_catalog()
    kinds = [r.kind for r in household_reminders(_household(date(2026, 3, 31)), catalog, TODAY)]
    assert kinds.count(ReminderKind.DELEGATION_END) == 1
    ended = household_reminders(_household(date(2026, 1, 13)), catalog, TODAY)
    assert ReminderKind.DELEGATION_END not in [r.kind for r in ended]
    assert [r.kind for r in ended if r.profile_id is None] == [
        ReminderKind.REFUND_START,
        ReminderKind.FILING_START,
        ReminderKind.FILING_END,
    ]


def test_due_next_and_stable_uids() -> None:
    catalog = default_catalog()
    reminders = household_reminders(_household(date(2026, 3, 31)), catalog, TODAY)
    [due] = due_reminders(reminders, TODAY)
    assert (due.kind, due.day, due.certificate_id) == (ReminderKind.ISSUER_TASK, date(2026, 1, 12), 7)
    assert [r.day for r in next_dates(reminders, TODAY)] == [
        date(2026, 2, 16),
        date(2026, 3, 16),
        date(2026, 3, 31),
    ]
    # a later day, a renamed member, a moved follow-up: the same UIDs
    renamed = _household(date(2026, 3, 31))
    moved = replace(
        renamed.members[0],
        profile=Profile(1, "山田 太郎"),
        certificates=(replace(renamed.members[0].certificates[0], follow_up=date(2026, 1, 20)),),
    )
    later = household_reminders(
        replace(renamed, members=(moved, renamed.members[1])), catalog, date(2026, 1, 15)
    )
    assert {r.uid() for r in reminders} == {r.uid() for r in later}
    assert len({r.uid() for r in reminders}) == len(reminders)


@given(st.text(min_size=0, max_size=300))
def test_folding_keeps_lines_short_and_unfolds_back(text: str) -> None:
    line = "SUMMARY:" + escape_text(text)
    folded = fold(line)
    assert all(len(part.encode("utf-8")) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


def test_escaping_and_the_calendar_frame() -> None:
    assert escape_text("a,b;c\\d\ne\r\nf\x07") == "a\\,b\\;c\\\\d\\ne\\nf"
    text = calendar_text(
        [AllDayEvent("x@myna-prep", date(2026, 3, 16), "期限", "説明", alarm="期限")],
        prodid="-//Myna Prep//test//JA",
        name="予定",
        now=datetime(2026, 1, 14, 0, 0, tzinfo=UTC),
    )
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert "DTSTART;VALUE=DATE:20260316\r\nDTEND;VALUE=DATE:20260317\r\n" in text
    assert "DTSTAMP:20260114T000000Z" in text and "TRIGGER;RELATED=START:PT9H" in text
    assert "\n" not in text.replace("\r\n", "")
