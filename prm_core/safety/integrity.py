"""Is the database sound? SQLite's own checks plus the app's invariants, each problem described.

- ``PRAGMA integrity_check`` (or the faster ``quick_check``) and ``PRAGMA foreign_key_check``
  on SQLite; PostgreSQL enforces both itself.
- The app's invariants on both backends: every row's partner exists; a person named on an
  event, goal, deal registration or snooze belongs to that row's partner; an action item
  belongs to the same partner as its 1on1; 1on1 attendees belong to the 1on1's partner; an
  action item is ``done`` exactly when it has a done date; at most one default onboarding
  template; the schema version is one this version knows.

Checks of tables an older schema does not have yet are skipped. A damaged file is reported
as problems, never as a traceback.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from prm_core import migrate
from prm_core.safety import files
from prm_core.safety.messages import Message, message

Rows = list[tuple[Any, ...]]
Query = Callable[[str], Rows]
Maker = Callable[[tuple[Any, ...]], "Problem"]

#: Tables whose rows belong to one partner (``partner_id NOT NULL``).
PARTNER_TABLES = (
    "persons",
    "events",
    "checklist_items",
    "meetings",
    "action_items",
    "goals",
    "pract_assessments",
    "interventions",
    "deal_registrations",
    "signal_snoozes",
    "diagnostic_exports",
)
#: Tables whose optional ``person_id`` must be a person of the row's own partner.
PERSON_TABLES = ("events", "goals", "deal_registrations", "signal_snoozes")


@dataclass(frozen=True)
class Problem:
    """One thing wrong, for the user (``message``) and for scripts (``check``, table, row)."""

    check: str
    message: Message
    table: str | None = None
    row_id: int | None = None

    def __str__(self) -> str:
        return str(self.message)

    def to_json(self) -> dict[str, object]:
        return {
            "check": self.check,
            "table": self.table,
            "row": self.row_id,
            "message": str(self.message),
        }


@dataclass
class CheckReport:
    """``problems`` make the file unsound; ``notes`` are worth knowing (an older schema)."""

    database: str
    problems: list[Problem] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)
    schema: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, object]:
        return {
            "database": self.database,
            "ok": self.ok,
            "schema": self.schema,
            "checks": self.checks,
            "problems": [p.to_json() for p in self.problems],
            "notes": [str(n) for n in self.notes],
        }


def check_file(path: str | os.PathLike[str], *, full: bool = True) -> CheckReport:
    """Check the SQLite file ``path`` (read-only; works on a damaged file)."""
    report = CheckReport(database=str(path))
    try:
        conn = files.connect(path, read_only=True)
    except sqlite3.Error as exc:
        report.problems.append(
            Problem("open", message("check.unreadable", detail=files.reason(exc)))
        )
        return report
    try:
        _sqlite_checks(conn, report, full=full)
        if any(p.check == "open" for p in report.problems):
            return report
        tables = _guard(report, "tables", lambda: files.table_names(conn)) or set()

        def query(sql: str) -> Rows:
            return [tuple(r) for r in conn.execute(sql).fetchall()]

        _app_checks(query, tables, report)
    finally:
        conn.close()
    return report


def check_database(db: Any, *, full: bool = True) -> CheckReport:
    """Check an open ``prm_core.database.Database`` (SQLite file or PostgreSQL)."""
    from sqlalchemy import inspect

    if db.is_sqlite:
        path = db.engine.url.database
        if path and path != ":memory:":
            report = check_file(path, full=full)
            report.database = db.display_name
            return report
    report = CheckReport(database=db.display_name)
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())

        def query(sql: str) -> Rows:
            return [tuple(r) for r in conn.exec_driver_sql(sql).all()]

        _app_checks(query, tables, report)
        conn.rollback()
    return report


def _guard(report: CheckReport, name: str, fn: Callable[[], Any]) -> Any:
    try:
        return fn()
    except Exception as exc:
        report.problems.append(
            Problem(name, message("check.failed", name=name, detail=files.reason(exc)))
        )
        return None


# -- SQLite's own checks ------------------------------------------------------------------------
def _sqlite_checks(conn: sqlite3.Connection, report: CheckReport, *, full: bool) -> None:
    pragma = "integrity_check" if full else "quick_check"
    report.checks.append(pragma)
    try:
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
    except sqlite3.DatabaseError as exc:
        report.problems.append(
            Problem("open", message("check.unreadable", detail=files.reason(exc)))
        )
        return
    if rows != ["ok"]:
        report.problems.extend(
            Problem("sqlite", message("check.sqlite", detail=row)) for row in rows
        )
    report.checks.append("foreign_key_check")
    try:
        fk_rows = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        report.problems.append(
            Problem(
                "foreign_key",
                message("check.failed", name="foreign_key_check", detail=files.reason(exc)),
            )
        )
        return
    for table, rowid, parent, fkid in fk_rows:
        value = _fk_value(conn, str(table), rowid, int(fkid))
        report.problems.append(
            Problem(
                "foreign_key",
                message("check.foreign_key", table=table, rowid=rowid, parent=parent, value=value),
                table=str(table),
                row_id=int(rowid) if rowid is not None else None,
            )
        )


def _fk_value(conn: sqlite3.Connection, table: str, rowid: Any, fkid: int) -> object:
    try:
        columns = [
            r[3] for r in conn.execute(f'PRAGMA foreign_key_list("{table}")') if r[0] == fkid
        ]
        if not columns or rowid is None:
            return "?"
        row = conn.execute(f'SELECT "{columns[0]}" FROM "{table}" WHERE rowid = ?', (rowid,))
        found = row.fetchone()
        return found[0] if found else "?"
    except sqlite3.Error:
        return "?"


# -- the app's invariants -----------------------------------------------------------------------
def _app_checks(query: Query, tables: set[str], report: CheckReport) -> None:
    seen = {(p.table, p.row_id) for p in report.problems if p.check == "foreign_key"}

    def add(problem: Problem) -> None:
        if problem.check.startswith("missing") and (problem.table, problem.row_id) in seen:
            return  # foreign_key_check already reported this row
        report.problems.append(problem)

    def run(name: str, needs: Sequence[str], sql: str, make: Maker) -> None:
        if not set(needs) <= tables:
            return
        report.checks.append(name)
        rows = _guard(report, name, lambda: query(sql))
        for row in rows or []:
            add(make(row))

    def per_table(check: str, key: str, table: str, *names: str) -> Maker:
        def make(row: tuple[Any, ...]) -> Problem:
            args = dict(zip(names, row, strict=True))
            return Problem(check, message(key, table=table, **args), table, row[0])

        return make

    if "partners" in tables:
        for table in PARTNER_TABLES:
            run(
                f"{table}.partner",
                [table],
                f"SELECT t.id, t.partner_id FROM {table} t "
                "LEFT JOIN partners pa ON pa.id = t.partner_id WHERE pa.id IS NULL ORDER BY t.id",
                per_table("missing_partner", "check.missing_partner", table, "rowid", "partner"),
            )
    for table in PERSON_TABLES:
        run(
            f"{table}.person",
            [table, "persons"],
            f"SELECT t.id, t.person_id FROM {table} t LEFT JOIN persons pe ON pe.id = t.person_id "
            "WHERE t.person_id IS NOT NULL AND pe.id IS NULL ORDER BY t.id",
            per_table("missing_person", "check.missing_person", table, "rowid", "person"),
        )
        run(
            f"{table}.person_partner",
            [table, "persons"],
            f"SELECT t.id, t.partner_id, t.person_id, pe.partner_id FROM {table} t "
            "JOIN persons pe ON pe.id = t.person_id WHERE pe.partner_id <> t.partner_id "
            "ORDER BY t.id",
            per_table(
                "person_other_partner",
                "check.person_other_partner",
                table,
                "rowid",
                "partner",
                "person",
                "other",
            ),
        )
    run(
        "events.content",
        ["events", "contents"],
        "SELECT e.id, e.content_id FROM events e LEFT JOIN contents c ON c.id = e.content_id "
        "WHERE e.content_id IS NOT NULL AND c.id IS NULL ORDER BY e.id",
        lambda r: Problem(
            "missing_content",
            message("check.missing_content", rowid=r[0], content=r[1]),
            "events",
            r[0],
        ),
    )
    run(
        "action_items.meeting_partner",
        ["action_items", "meetings"],
        "SELECT a.id, a.partner_id, a.meeting_id, m.partner_id FROM action_items a "
        "JOIN meetings m ON m.id = a.meeting_id WHERE m.partner_id <> a.partner_id ORDER BY a.id",
        lambda r: Problem(
            "action_meeting_partner",
            message(
                "check.action_meeting_partner",
                rowid=r[0],
                partner=r[1],
                meeting=r[2],
                other=r[3],
            ),
            "action_items",
            r[0],
        ),
    )
    run(
        "meeting_attendees.partner",
        ["meeting_attendees", "meetings", "persons"],
        "SELECT ma.meeting_id, m.partner_id, ma.person_id, pe.partner_id "
        "FROM meeting_attendees ma JOIN meetings m ON m.id = ma.meeting_id "
        "JOIN persons pe ON pe.id = ma.person_id WHERE pe.partner_id <> m.partner_id "
        "ORDER BY ma.meeting_id, ma.person_id",
        lambda r: Problem(
            "attendee_partner",
            message("check.attendee_partner", meeting=r[0], partner=r[1], person=r[2], other=r[3]),
            "meeting_attendees",
            r[0],
        ),
    )
    run(
        "action_items.status",
        ["action_items"],
        "SELECT id, status, done_on FROM action_items "
        "WHERE (status = 'done' AND done_on IS NULL) OR (status <> 'done' AND done_on IS NOT NULL) "
        "ORDER BY id",
        lambda r: Problem(
            "action_status",
            message("check.action_status", rowid=r[0], status=r[1], done_on=r[2] or "-"),
            "action_items",
            r[0],
        ),
    )
    run(
        "checklist_templates.default",
        ["checklist_templates"],
        "SELECT count(*) FROM checklist_templates WHERE is_default = TRUE HAVING count(*) > 1",
        lambda r: Problem("default_templates", message("check.default_templates", count=r[0])),
    )
    if "alembic_version" in tables:
        rows = _guard(report, "schema", lambda: query("SELECT version_num FROM alembic_version"))
        if rows:
            _schema_note(str(rows[0][0]), report)


def _schema_note(revision: str, report: CheckReport) -> None:
    report.schema = revision
    head = migrate.head_revision()
    known = set(migrate.known_revisions())
    if revision not in known:
        report.problems.append(
            Problem("schema", message("check.schema_unknown", revision=revision))
        )
    elif revision != head:
        report.notes.append(message("check.schema_old", revision=revision, head=head))


def describe_problems(problems: Sequence[Problem], limit: int = 20) -> str:
    """A few problems as lines of text (for a log or a message)."""
    lines = [str(p) for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(f"… {len(problems) - limit} more")
    return "\n".join(lines)


def is_sqlite_path(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` starts with SQLite's file header (False when unreadable)."""
    try:
        with Path(path).open("rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False
