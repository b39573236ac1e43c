"""Integrity: SQLite's checks, the app's invariants, the check on open, each problem described."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from prm_core import database as database_module
from prm_core.database import Database, DatabaseDamagedError, DatabaseError, open_database
from prm_core.orm import ActionItem, Meeting, meeting_attendees
from prm_core.orm.goals import Goal
from prm_core.safety import files
from prm_core.safety.integrity import check_database, check_file
from tests.core.test_safety_support import (
    FIXTURES,
    HEAD_FIXTURE,
    damage,
    damage_header,
    damage_table,
)
from tests.factories import add_event, add_partner, add_person


@pytest.fixture
def fixture_copy(tmp_path: Path) -> Path:
    path = tmp_path / "copy.db"
    shutil.copyfile(HEAD_FIXTURE, path)
    return path


def test_a_sound_database_has_no_problem(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "健全社")
        person = add_person(s, p, "山田")
        add_event(s, p, "registered", date(2026, 1, 1), person=person)
    report = check_database(db)
    assert report.ok, [str(p) for p in report.problems]
    assert report.schema is not None and report.notes == []
    assert "events.person_partner" in report.checks
    if db.is_sqlite:
        assert report.checks[:2] == ["integrity_check", "foreign_key_check"]


def test_each_fixture_is_sound() -> None:
    for path in sorted(FIXTURES.glob("schema_*.db")):
        assert check_file(path).ok, path.name


def test_rows_that_belong_to_another_partner_are_each_reported(db: Database) -> None:
    """Foreign keys cannot see these: every id exists, but on the wrong partner."""
    with db.transaction() as s:
        a = add_partner(s, "A社")
        b = add_partner(s, "B社")
        pa = add_person(s, a, "Aの人")
        pb = add_person(s, b, "Bの人")
        event = add_event(s, a, "login", date(2026, 1, 1), person=pb)
        goal = Goal(
            partner_id=a.id,
            person_id=pb.id,
            metric="deal_won",
            target=3,
            period_start=date(2026, 1, 1),
            period_end=date(2026, 3, 31),
        )
        meeting = Meeting(partner_id=a.id, held_on=date(2026, 2, 1))
        s.add_all([goal, meeting])
        s.flush()
        s.execute(meeting_attendees.insert(), [{"meeting_id": meeting.id, "person_id": pa.id}])
        s.execute(meeting_attendees.insert(), [{"meeting_id": meeting.id, "person_id": pb.id}])
        wrong_meeting = ActionItem(partner_id=b.id, meeting_id=meeting.id, title="資料送付")
        done_without_date = ActionItem(partner_id=a.id, title="見積", status="done")
        s.add_all([wrong_meeting, done_without_date])
        s.flush()
        ids = (event.id, goal.id, meeting.id, wrong_meeting.id, done_without_date.id)
    report = check_database(db)
    found = sorted((p.check, p.table, p.row_id) for p in report.problems)
    event_id, goal_id, meeting_id, wrong_id, done_id = ids
    assert found == sorted(
        [
            ("person_other_partner", "events", event_id),
            ("person_other_partner", "goals", goal_id),
            ("attendee_partner", "meeting_attendees", meeting_id),
            ("action_meeting_partner", "action_items", wrong_id),
            ("action_status", "action_items", done_id),
        ]
    )
    texts = {p.check: str(p) for p in report.problems}
    assert texts["person_other_partner"].startswith(
        f"events row {event_id} of partner {a.id} names person {pb.id}, who belongs to partner "
    ) or texts["person_other_partner"].startswith(f"goals row {goal_id}")
    assert f"lists person {pb.id} of partner {b.id}" in texts["attendee_partner"]
    assert f"Action item {done_id} has status done" in texts["action_status"]


def test_orphans_are_reported_once_each(fixture_copy: Path) -> None:
    conn = sqlite3.connect(fixture_copy)
    conn.execute("PRAGMA foreign_keys=OFF")  # what another tool could do to the file
    conn.execute(
        "INSERT INTO events (id, partner_id, person_id, kind, occurred_at, content_id, source) "
        "VALUES (9001, 999, 998, 'login', '2026-01-01 00:00:00', 997, 'x')"
    )
    conn.execute(
        "INSERT INTO persons (id, partner_id, name, is_key_person, notes) "
        "VALUES (9002, 996, 'だれか', 0, '')"
    )
    conn.execute("UPDATE checklist_templates SET is_default = 1")
    conn.execute("INSERT INTO checklist_templates (name, is_default) VALUES ('二つ目の既定', 1)")
    conn.commit()
    conn.close()
    report = check_file(fixture_copy)
    keyed = sorted((p.check, p.table, p.row_id) for p in report.problems if p.table)
    assert keyed == [
        ("foreign_key", "events", 9001),
        ("foreign_key", "events", 9001),
        ("foreign_key", "events", 9001),
        ("foreign_key", "persons", 9002),
    ]
    messages = sorted(str(p) for p in report.problems)
    assert "events row 9001 refers to partners 999, which does not exist" in messages
    assert "events row 9001 refers to persons 998, which does not exist" in messages
    assert "persons row 9002 refers to partners 996, which does not exist" in messages
    assert "2 onboarding templates are marked as the default" in messages


def test_app_checks_find_orphans_even_without_the_pragma(fixture_copy: Path) -> None:
    """PostgreSQL runs only the app's checks: they find a missing partner on their own."""
    from prm_core.safety import integrity

    conn = sqlite3.connect(fixture_copy)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("DELETE FROM partners WHERE id = 7")  # its two persons stay behind
    item = conn.execute(
        "INSERT INTO checklist_items (partner_id, position, title, note) VALUES (7, 0, 'x', '')"
    ).lastrowid
    conn.commit()
    persons = [
        r[0] for r in conn.execute("SELECT id FROM persons WHERE partner_id = 7 ORDER BY id")
    ]
    report = integrity.CheckReport(database="x")
    integrity._app_checks(
        lambda sql: [tuple(r) for r in conn.execute(sql).fetchall()],
        files.table_names(conn),
        report,
    )
    conn.close()
    assert [(p.check, p.table, p.row_id) for p in report.problems] == [
        *(("missing_partner", "persons", person) for person in persons),
        ("missing_partner", "checklist_items", item),
    ]
    assert str(report.problems[-1]) == (
        f"checklist_items row {item} belongs to partner 7, which does not exist"
    )


def test_a_damaged_file_is_described_not_raised(fixture_copy: Path) -> None:
    damage(fixture_copy)
    report = check_file(fixture_copy)
    assert not report.ok
    assert {p.check for p in report.problems} & {"sqlite", "open"}
    assert all(str(p) for p in report.problems)

    damage_header(fixture_copy)
    report = check_file(fixture_copy)
    assert [p.check for p in report.problems] == ["open"]
    assert "cannot be read as a database" in str(report.problems[0])


def test_schema_versions_are_noted(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    shutil.copyfile(FIXTURES / "schema_0001.db", old)
    report = check_file(old)
    assert report.ok and report.schema == "0001"
    assert [str(n) for n in report.notes] == [
        "The schema version is 0001; opening the file upgrades it to 0003"
    ] or report.notes[0].key == "check.schema_old"
    conn = sqlite3.connect(old)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    report = check_file(old)
    assert [p.check for p in report.problems] == ["schema"]


# -- the check on open --------------------------------------------------------------------------
def test_open_refuses_a_damaged_file_with_a_clear_error(fixture_copy: Path) -> None:
    damage(fixture_copy)
    before = fixture_copy.read_bytes()
    with pytest.raises(DatabaseDamagedError) as caught:
        open_database(fixture_copy)
    assert isinstance(caught.value, DatabaseError)
    assert str(caught.value).startswith(f"Cannot open database {fixture_copy}: the file is damaged")
    assert caught.value.message.key == "db.damaged"
    assert fixture_copy.read_bytes() == before  # nothing was written
    assert not Path(f"{fixture_copy}-wal").exists()
    open_database(fixture_copy, check=False, upgrade=False).close()  # callers may skip it


def test_large_files_are_checked_table_by_table_except_events(
    fixture_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "FULL_CHECK_MAX_BYTES", 0)
    damage_table(fixture_copy, "partners")
    with pytest.raises(DatabaseDamagedError):
        open_database(fixture_copy)
    events_only = tmp_path / "events-damaged.db"
    shutil.copyfile(HEAD_FIXTURE, events_only)
    damage_table(events_only, "events")
    open_database(events_only, upgrade=False).close()  # large: events left to the backup check
    monkeypatch.setattr(database_module, "FULL_CHECK_MAX_BYTES", 1 << 40)
    with pytest.raises(DatabaseDamagedError):
        open_database(events_only)
