"""User-facing messages of the safety layer with a stable key, so the GUI can translate them.

prm_core never imports Qt, so it cannot call ``tr()``. Instead each message the safety code
shows a user is a :class:`Message`: a stable ``key`` from :data:`CATALOGUE` plus named
arguments. ``str(message)`` is the English text (the CLI prints it); prm_desktop maps the same
key to a ``QCoreApplication.translate("CoreMessages", <the same English text>)`` call, so
lupdate sees it and the Japanese catalogue carries it, then fills in the arguments.

To extend it (in any prm_core module): add ``key: "English text with {named} arguments"``
to a catalogue like this one, raise an exception that mixes in :class:`TranslatableError`, and add
the same key and text to ``prm_desktop/core_messages.py``; a test fails when the two
differ or a key is missing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

from prm_core.services.messages import CATALOGUE as SERVICE_MESSAGES

CATALOGUE: Final[dict[str, str]] = {
    # opening a database
    "db.damaged": (
        "Cannot open database {path}: the file is damaged or is not a PRM database "
        "({reason}). Nothing was changed; to restore it from a backup, start PRM Desktop "
        "with this file or run prm restore."
    ),
    "db.in_use": (
        "Cannot open database {path} now: another program is writing to it (a large import "
        "from the command line, for example) and kept it locked for more than {seconds} "
        "seconds. Nothing was changed; try again when it has finished."
    ),
    "db.unfinished_write": (
        "{path} holds a write that was interrupted (the -journal file beside it). Undoing it "
        "needs write access to the file and its folder. Nothing was changed; open it once "
        "where it can be written."
    ),
    "db.not_found": "{path} does not exist.",
    "db.read_only_old_schema": (
        "{path} is read-only and uses an older schema ({current}). Copy it to a folder you "
        "can write to and open the copy."
    ),
    "db.read_only_write": (
        "This database is open read-only ({reason}). Nothing was saved; copy the file to a "
        "folder you can write to to change it."
    ),
    "db.busy": (
        "Another window or program kept this database busy for more than {seconds} seconds. "
        "Nothing was saved; try again in a moment."
    ),
    # backups
    "backup.postgresql": (
        "This database is on a PostgreSQL server: back it up with the server's own tools "
        "(pg_dump, or the backups your administrator runs). PRM Desktop backs up SQLite files."
    ),
    "backup.check_failed": (
        "The backup copy of {path} failed its check ({reason}); it was discarded."
    ),
    "backup.source_damaged": ("{path} could not be backed up because it is damaged ({reason})."),
    "backup.source_busy": (
        "{path} could not be backed up now: another program is writing to it and kept it "
        "locked for more than {seconds} seconds. Nothing was changed; try again when it has "
        "finished."
    ),
    "backup.target_exists": "{path} already exists; choose another file name.",
    "backup.not_a_backup": "{path} is not a usable backup ({reason}).",
    "restore.same_file": "The backup and the database are the same file.",
    "restore.target_busy": (
        "{path} could not be restored now: another program is writing to it and kept it "
        "locked for more than {seconds} seconds. Nothing was changed; try again when it has "
        "finished."
    ),
    "restore.no_backup": "There is no good backup of {path} to restore.",
    # where the file lives
    "location.synced": (
        "The database is in a folder synced by {service} ({folder}). Sync services copy the "
        "file while PRM Desktop writes to it and can leave a damaged or conflicting copy; keep "
        "the database in a local folder (it is backed up automatically)."
    ),
    "location.network": (
        "The database is on a network drive ({detail}). File locking over a network is "
        "unreliable and two people writing at once can damage the file; keep it on a local "
        "disk, or use a PostgreSQL server for a team."
    ),
    "location.read_only_file": "the file is read-only",
    "location.read_only_requested": "it was opened read-only on request",
    "location.read_only_folder": (
        "the folder is read-only, and SQLite needs to create its journal files beside the file"
    ),
    # integrity problems
    "check.sqlite": "SQLite integrity check: {detail}",
    "check.unreadable": "The file cannot be read as a database: {detail}",
    "check.foreign_key": ("{table} row {rowid} refers to {parent} {value}, which does not exist"),
    "check.missing_partner": (
        "{table} row {rowid} belongs to partner {partner}, which does not exist"
    ),
    "check.person_other_partner": (
        "{table} row {rowid} of partner {partner} names person {person}, who belongs to "
        "partner {other}"
    ),
    "check.missing_person": "{table} row {rowid} names person {person}, who does not exist",
    "check.missing_content": "Event {rowid} names content {content}, which does not exist",
    "check.action_meeting_partner": (
        "Action item {rowid} belongs to partner {partner} but its 1on1 {meeting} belongs to "
        "partner {other}"
    ),
    "check.attendee_partner": (
        "1on1 {meeting} of partner {partner} lists person {person} of partner {other} as an "
        "attendee"
    ),
    "check.action_status": "Action item {rowid} has status {status} but done date {done_on}",
    "check.default_templates": "{count} onboarding templates are marked as the default",
    "check.schema_unknown": (
        "The schema version {revision} is unknown to this version of PRM Desktop"
    ),
    "check.schema_old": "The schema version is {revision}; opening the file upgrades it to {head}",
    "check.failed": "The check {name} could not run: {detail}",
    # the services' validation messages and the field labels they name
    **SERVICE_MESSAGES,
}


@dataclass(frozen=True)
class Message:
    """A catalogued message: ``str()`` gives the English text."""

    key: str
    args: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.key not in CATALOGUE:
            raise KeyError(f"unknown message key {self.key!r}")

    @property
    def template(self) -> str:
        return CATALOGUE[self.key]

    def __str__(self) -> str:
        return self.template.format_map({k: _text(v) for k, v in self.args.items()})


def _text(value: object) -> str:
    if isinstance(value, tuple):  # a list of items: "a; b" (the GUI uses its own separator)
        return CATALOGUE["list.separator"].join(_text(v) for v in value)
    return "" if value is None else str(value)


def message(key: str, **args: object) -> Message:
    return Message(key, args)


class TranslatableError(Exception):
    """An exception whose text is a catalogued :class:`Message` (``exc.message``)."""

    def __init__(self, msg: Message) -> None:
        super().__init__(str(msg))
        self.message = msg
