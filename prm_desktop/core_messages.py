"""Translations of the catalogued prm_core messages (``prm_core.safety.messages``).

prm_core carries a stable key and named arguments; this module holds the same English text
in ``QCoreApplication.translate("CoreMessages", ...)`` calls, so lupdate puts every message in
the catalogues, and fills in the arguments after translating. ``describe(exc)`` is what a
view shows for any exception: the translated message when it carries one, else ``str(exc)``.

To add a message: add the key and English text to the core catalogue, then the same pair
here; tests/gui/test_safety_messages.py fails when the two differ.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import partial

from PySide6.QtCore import QCoreApplication

from prm_core.kinds import PartnerStatus, PartnerType
from prm_core.safety.messages import Message
from prm_desktop.file_errors import file_error_text
from prm_desktop.models.labels import partner_status_label, partner_type_label

# Each entry repeats the English text literally: lupdate reads the source, not the values.
TRANSLATED: dict[str, Callable[[], str]] = {
    "db.damaged": lambda: QCoreApplication.translate(
        "CoreMessages",
        "Cannot open database {path}: the file is damaged or is not a PRM database "
        "({reason}). Nothing was changed; to restore it from a backup, start PRM Desktop "
        "with this file or run prm restore.",
    ),
    "db.in_use": lambda: QCoreApplication.translate(
        "CoreMessages",
        "Cannot open database {path} now: another program is writing to it (a large import "
        "from the command line, for example) and kept it locked for more than {seconds} "
        "seconds. Nothing was changed; try again when it has finished.",
    ),
    "db.unfinished_write": lambda: QCoreApplication.translate(
        "CoreMessages",
        "{path} holds a write that was interrupted (the -journal file beside it). Undoing it "
        "needs write access to the file and its folder. Nothing was changed; open it once "
        "where it can be written.",
    ),
    "db.not_found": lambda: QCoreApplication.translate("CoreMessages", "{path} does not exist."),
    "db.read_only_old_schema": lambda: QCoreApplication.translate(
        "CoreMessages",
        "{path} is read-only and uses an older schema ({current}). Copy it to a folder you "
        "can write to and open the copy.",
    ),
    "db.read_only_write": lambda: QCoreApplication.translate(
        "CoreMessages",
        "This database is open read-only ({reason}). Nothing was saved; copy the file to a "
        "folder you can write to to change it.",
    ),
    "db.busy": lambda: QCoreApplication.translate(
        "CoreMessages",
        "Another window or program kept this database busy for more than {seconds} seconds. "
        "Nothing was saved; try again in a moment.",
    ),
    "backup.postgresql": lambda: QCoreApplication.translate(
        "CoreMessages",
        "This database is on a PostgreSQL server: back it up with the server's own tools "
        "(pg_dump, or the backups your administrator runs). PRM Desktop backs up SQLite files.",
    ),
    "backup.check_failed": lambda: QCoreApplication.translate(
        "CoreMessages",
        "The backup copy of {path} failed its check ({reason}); it was discarded.",
    ),
    "backup.source_damaged": lambda: QCoreApplication.translate(
        "CoreMessages", "{path} could not be backed up because it is damaged ({reason})."
    ),
    "backup.source_busy": lambda: QCoreApplication.translate(
        "CoreMessages",
        "{path} could not be backed up now: another program is writing to it and kept it "
        "locked for more than {seconds} seconds. Nothing was changed; try again when it has "
        "finished.",
    ),
    "restore.target_busy": lambda: QCoreApplication.translate(
        "CoreMessages",
        "{path} could not be restored now: another program is writing to it and kept it "
        "locked for more than {seconds} seconds. Nothing was changed; try again when it has "
        "finished.",
    ),
    "backup.target_exists": lambda: QCoreApplication.translate(
        "CoreMessages", "{path} already exists; choose another file name."
    ),
    "backup.not_a_backup": lambda: QCoreApplication.translate(
        "CoreMessages", "{path} is not a usable backup ({reason})."
    ),
    "restore.same_file": lambda: QCoreApplication.translate(
        "CoreMessages", "The backup and the database are the same file."
    ),
    "restore.no_backup": lambda: QCoreApplication.translate(
        "CoreMessages", "There is no good backup of {path} to restore."
    ),
    "location.synced": lambda: QCoreApplication.translate(
        "CoreMessages",
        "The database is in a folder synced by {service} ({folder}). Sync services copy the "
        "file while PRM Desktop writes to it and can leave a damaged or conflicting copy; keep "
        "the database in a local folder (it is backed up automatically).",
    ),
    "location.network": lambda: QCoreApplication.translate(
        "CoreMessages",
        "The database is on a network drive ({detail}). File locking over a network is "
        "unreliable and two people writing at once can damage the file; keep it on a local "
        "disk, or use a PostgreSQL server for a team.",
    ),
    "location.read_only_file": lambda: QCoreApplication.translate(
        "CoreMessages", "the file is read-only"
    ),
    "location.read_only_requested": lambda: QCoreApplication.translate(
        "CoreMessages", "it was opened read-only on request"
    ),
    "location.read_only_folder": lambda: QCoreApplication.translate(
        "CoreMessages",
        "the folder is read-only, and SQLite needs to create its journal files beside the file",
    ),
    "check.sqlite": lambda: QCoreApplication.translate(
        "CoreMessages", "SQLite integrity check: {detail}"
    ),
    "check.unreadable": lambda: QCoreApplication.translate(
        "CoreMessages", "The file cannot be read as a database: {detail}"
    ),
    "check.foreign_key": lambda: QCoreApplication.translate(
        "CoreMessages", "{table} row {rowid} refers to {parent} {value}, which does not exist"
    ),
    "check.missing_partner": lambda: QCoreApplication.translate(
        "CoreMessages", "{table} row {rowid} belongs to partner {partner}, which does not exist"
    ),
    "check.person_other_partner": lambda: QCoreApplication.translate(
        "CoreMessages",
        "{table} row {rowid} of partner {partner} names person {person}, who belongs to "
        "partner {other}",
    ),
    "check.missing_person": lambda: QCoreApplication.translate(
        "CoreMessages", "{table} row {rowid} names person {person}, who does not exist"
    ),
    "check.missing_content": lambda: QCoreApplication.translate(
        "CoreMessages", "Event {rowid} names content {content}, which does not exist"
    ),
    "check.action_meeting_partner": lambda: QCoreApplication.translate(
        "CoreMessages",
        "Action item {rowid} belongs to partner {partner} but its 1on1 {meeting} belongs to "
        "partner {other}",
    ),
    "check.attendee_partner": lambda: QCoreApplication.translate(
        "CoreMessages",
        "1on1 {meeting} of partner {partner} lists person {person} of partner {other} as an "
        "attendee",
    ),
    "check.action_status": lambda: QCoreApplication.translate(
        "CoreMessages", "Action item {rowid} has status {status} but done date {done_on}"
    ),
    "check.default_templates": lambda: QCoreApplication.translate(
        "CoreMessages", "{count} onboarding templates are marked as the default"
    ),
    "check.schema_unknown": lambda: QCoreApplication.translate(
        "CoreMessages", "The schema version {revision} is unknown to this version of PRM Desktop"
    ),
    "check.schema_old": lambda: QCoreApplication.translate(
        "CoreMessages", "The schema version is {revision}; opening the file upgrades it to {head}"
    ),
    "check.failed": lambda: QCoreApplication.translate(
        "CoreMessages", "The check {name} could not run: {detail}"
    ),
    # the services' validation messages and the field labels they name (services/messages.py)
    "validation.empty": lambda: QCoreApplication.translate(
        "CoreMessages", "{label} must not be empty."
    ),
    "validation.too_long": lambda: QCoreApplication.translate(
        "CoreMessages", "{label} is too long ({length} characters, at most {limit})."
    ),
    "validation.email": lambda: QCoreApplication.translate(
        "CoreMessages", 'Email "{value}" is malformed (expected name@example.co.jp).'
    ),
    "validation.phone": lambda: QCoreApplication.translate(
        "CoreMessages", 'Phone "{value}" is malformed (digits, spaces, +, -, parentheses only).'
    ),
    "validation.one_of": lambda: QCoreApplication.translate(
        "CoreMessages", '{label} "{value}" is not one of: {options}.'
    ),
    "validation.date_order": lambda: QCoreApplication.translate(
        "CoreMessages", "{end} ({end_date}) is before {start} ({start_date})."
    ),
    "validation.score": lambda: QCoreApplication.translate(
        "CoreMessages", "{label} score {value} is out of range (0–5)."
    ),
    "rows.changed_while_saving": lambda: QCoreApplication.translate(
        "CoreMessages",
        "{what} was changed or deleted by someone else while saving. Nothing was "
        "saved; reload to see the current values.",
    ),
    "rows.not_saved": lambda: QCoreApplication.translate(
        "CoreMessages", "{what} could not be saved: {detail}"
    ),
    "rows.gone": lambda: QCoreApplication.translate(
        "CoreMessages", "{label} no longer exists (it may have been deleted elsewhere)."
    ),
    "rows.changed_detail": lambda: QCoreApplication.translate("CoreMessages", " ({changes})"),
    "rows.change": lambda: QCoreApplication.translate("CoreMessages", "{field}: {old} → {new}"),
    "rows.empty": lambda: QCoreApplication.translate("CoreMessages", "(empty)"),
    "rows.yes": lambda: QCoreApplication.translate("CoreMessages", "yes"),
    "rows.no": lambda: QCoreApplication.translate("CoreMessages", "no"),
    "list.separator": lambda: QCoreApplication.translate("CoreMessages", "; "),
    "rows.changed": lambda: QCoreApplication.translate(
        "CoreMessages",
        "{label} was changed by someone else since you opened it{detail}. Nothing "
        "was saved; reload to see the new values and apply your edit again.",
    ),
    "label.the_1on1": lambda: QCoreApplication.translate("CoreMessages", "The 1on1"),
    "label.the_1on1_of": lambda: QCoreApplication.translate("CoreMessages", "The 1on1 of {date}"),
    "label.the_action_item": lambda: QCoreApplication.translate("CoreMessages", "The action item"),
    "label.the_assessment": lambda: QCoreApplication.translate("CoreMessages", "The assessment"),
    "label.the_checklist_item": lambda: QCoreApplication.translate(
        "CoreMessages", "The checklist item"
    ),
    "label.the_checklist": lambda: QCoreApplication.translate("CoreMessages", "The checklist"),
    "label.the_conflict_resolution": lambda: QCoreApplication.translate(
        "CoreMessages", "The conflict resolution"
    ),
    "label.the_deal_registration": lambda: QCoreApplication.translate(
        "CoreMessages", "The deal registration"
    ),
    "label.the_goal": lambda: QCoreApplication.translate("CoreMessages", "The goal"),
    "label.the_intervention": lambda: QCoreApplication.translate(
        "CoreMessages", "The intervention"
    ),
    "label.the_partner": lambda: QCoreApplication.translate("CoreMessages", "The partner"),
    "label.the_person": lambda: QCoreApplication.translate("CoreMessages", "The person"),
    "label.the_playbook_entry": lambda: QCoreApplication.translate(
        "CoreMessages", "The playbook entry"
    ),
    "label.the_point_rules": lambda: QCoreApplication.translate("CoreMessages", "The point rules"),
    "label.the_setting": lambda: QCoreApplication.translate("CoreMessages", "The setting"),
    "label.the_snooze": lambda: QCoreApplication.translate("CoreMessages", "The snooze"),
    "label.the_template": lambda: QCoreApplication.translate("CoreMessages", "The template"),
    "label.the_thresholds": lambda: QCoreApplication.translate("CoreMessages", "The thresholds"),
    "label.the_tier_ladder": lambda: QCoreApplication.translate("CoreMessages", "The tier ladder"),
    "label.partner_named": lambda: QCoreApplication.translate("CoreMessages", 'Partner "{name}"'),
    "label.person_named": lambda: QCoreApplication.translate("CoreMessages", 'Person "{name}"'),
    "label.registration_named": lambda: QCoreApplication.translate(
        "CoreMessages", 'Deal registration "{name}"'
    ),
    "label.action_item_named": lambda: QCoreApplication.translate(
        "CoreMessages", 'Action item "{name}"'
    ),
    "label.checklist_item_named": lambda: QCoreApplication.translate(
        "CoreMessages", 'Checklist item "{name}"'
    ),
    "label.template_named": lambda: QCoreApplication.translate("CoreMessages", 'Template "{name}"'),
    "validation.partner_exists": lambda: QCoreApplication.translate(
        "CoreMessages", 'A partner named "{name}" already exists.'
    ),
    "validation.code_used": lambda: QCoreApplication.translate(
        "CoreMessages", 'Code "{code}" is already used by {other}.'
    ),
    "validation.future": lambda: QCoreApplication.translate(
        "CoreMessages", "{label} {date} is in the future."
    ),
    "validation.amount_negative": lambda: QCoreApplication.translate(
        "CoreMessages", "Amount {value} must be zero or more (JPY)."
    ),
    "validation.target_positive": lambda: QCoreApplication.translate(
        "CoreMessages", "Target {value} must be greater than zero."
    ),
    "validation.reject_reason": lambda: QCoreApplication.translate(
        "CoreMessages", "Give a reason for rejecting the registration."
    ),
    "validation.decision_before_registered": lambda: QCoreApplication.translate(
        "CoreMessages", "Decision date {date} is before the registered date ({registered})."
    ),
    "validation.decision_would_precede": lambda: QCoreApplication.translate(
        "CoreMessages", "The decision of {date} would be before the registered date."
    ),
    "validation.expired_approve": lambda: QCoreApplication.translate(
        "CoreMessages", "{label} expired on {date}; extend its expiry date before approving it."
    ),
    "validation.checklist_exists": lambda: QCoreApplication.translate(
        "CoreMessages", "{partner} already has an onboarding checklist."
    ),
    "validation.no_template": lambda: QCoreApplication.translate(
        "CoreMessages", "No onboarding checklist template found; create one in Settings first."
    ),
    "validation.same_partner_conflict": lambda: QCoreApplication.translate(
        "CoreMessages",
        "Both registrations belong to the same partner: that is a duplicate, not a conflict.",
    ),
    "validation.conflict_resolved": lambda: QCoreApplication.translate(
        "CoreMessages", "This conflict has already been resolved."
    ),
    "validation.registering_person": lambda: QCoreApplication.translate(
        "CoreMessages", "The registering person must belong to the partner."
    ),
    "validation.goal_person": lambda: QCoreApplication.translate(
        "CoreMessages", "The goal's person must belong to this partner."
    ),
    "validation.person_of_partner": lambda: QCoreApplication.translate(
        "CoreMessages", "The person does not belong to this partner."
    ),
    "validation.corporate_chars": lambda: QCoreApplication.translate(
        "CoreMessages", 'Corporate number "{value}" must contain only digits, spaces and hyphens.'
    ),
    "validation.corporate_length": lambda: QCoreApplication.translate(
        "CoreMessages", 'Corporate number "{value}" has {digits} digits, not {length}.'
    ),
    "validation.corporate_check_digit": lambda: QCoreApplication.translate(
        "CoreMessages",
        'Corporate number "{value}" fails its check digit (first digit {first}, expected '
        "{expected}).",
    ),
    "validation.not_a_decision": lambda: QCoreApplication.translate(
        "CoreMessages", 'Status "{status}" is not a decision; one of: {options}.'
    ),
    "validation.transition": lambda: QCoreApplication.translate(
        "CoreMessages",
        "{label} is {status}; only a registration that is {allowed} can become {target}.",
    ),
    "validation.conflict_two": lambda: QCoreApplication.translate(
        "CoreMessages", "A conflict needs two different registrations."
    ),
    "validation.expiry_days": lambda: QCoreApplication.translate(
        "CoreMessages", "Validity {value} must be a whole number of days, 1–{max}."
    ),
    "validation.attendees": lambda: QCoreApplication.translate(
        "CoreMessages", "Attendees must be persons of this partner."
    ),
    "validation.no_default_template": lambda: QCoreApplication.translate(
        "CoreMessages", "There is no default onboarding template."
    ),
    "validation.template_empty": lambda: QCoreApplication.translate(
        "CoreMessages", "A template needs at least one step."
    ),
    "validation.step_days": lambda: QCoreApplication.translate(
        "CoreMessages", "Step {n} ({title}): days after contract must be 0–3650, not {value}."
    ),
    "validation.comments_long": lambda: QCoreApplication.translate(
        "CoreMessages", "Comments are too long (at most {limit} characters)."
    ),
    "validation.signal_key": lambda: QCoreApplication.translate(
        "CoreMessages", "{value} is not a signal key."
    ),
    "validation.signal_subject": lambda: QCoreApplication.translate(
        "CoreMessages", "{value} is not a signal subject."
    ),
    "validation.subject_needs_key": lambda: QCoreApplication.translate(
        "CoreMessages", "A signal subject needs its signal key."
    ),
    "validation.snooze_days": lambda: QCoreApplication.translate(
        "CoreMessages", "Snooze for 1–{max} whole days, got {value}."
    ),
    "validation.playbook_signal": lambda: QCoreApplication.translate(
        "CoreMessages",
        "This intervention answers no signal: choose the signal it should be offered for.",
    ),
    "validation.two_rules": lambda: QCoreApplication.translate(
        "CoreMessages", "There are two rules for {kind}."
    ),
    "validation.points": lambda: QCoreApplication.translate(
        "CoreMessages", "Points for {kind} must be a number 0–{max}, got {value}."
    ),
    "validation.yen_per_point": lambda: QCoreApplication.translate(
        "CoreMessages", "Yen per point for {kind} must be a whole number of yen ≥ 1, or empty."
    ),
    "validation.no_tiers": lambda: QCoreApplication.translate(
        "CoreMessages", "The tier ladder needs at least one tier."
    ),
    "validation.tier_name_twice": lambda: QCoreApplication.translate(
        "CoreMessages", 'Two tiers are called "{name}".'
    ),
    "validation.tier_min_points": lambda: QCoreApplication.translate(
        "CoreMessages", 'Minimum points of "{name}" must be a whole number ≥ 0, got {value}.'
    ),
    "validation.tier_floor_twice": lambda: QCoreApplication.translate(
        "CoreMessages", "Two tiers start at {floor} points."
    ),
    "conflict.point_rules": lambda: QCoreApplication.translate(
        "CoreMessages",
        "The point rules were changed by someone else since you opened them. Nothing was "
        "saved; reopen the settings to see the new rules.",
    ),
    "conflict.tiers": lambda: QCoreApplication.translate(
        "CoreMessages",
        "The tiers were changed by someone else since you opened them. Nothing was saved; "
        "reopen the settings to see the new tiers.",
    ),
    "deal_status.submitted": lambda: QCoreApplication.translate("CoreMessages", "submitted"),
    "deal_status.approved": lambda: QCoreApplication.translate("CoreMessages", "approved"),
    "deal_status.rejected": lambda: QCoreApplication.translate("CoreMessages", "rejected"),
    "deal_status.won": lambda: QCoreApplication.translate("CoreMessages", "won"),
    "deal_status.lost": lambda: QCoreApplication.translate("CoreMessages", "lost"),
    "deal_allowed.submitted": lambda: QCoreApplication.translate(
        "CoreMessages", "submitted", "the status a decision may start from"
    ),
    "deal_allowed.approved": lambda: QCoreApplication.translate(
        "CoreMessages", "approved", "the status a decision may start from"
    ),
    "deal_allowed.submitted_or_approved": lambda: QCoreApplication.translate(
        "CoreMessages", "submitted or approved"
    ),
    "label.date_registered": lambda: QCoreApplication.translate("CoreMessages", "Registered date"),
    "label.date_decision": lambda: QCoreApplication.translate("CoreMessages", "Decision date"),
    "label.date_done": lambda: QCoreApplication.translate("CoreMessages", "Done date"),
    "label.date_assessment": lambda: QCoreApplication.translate("CoreMessages", "Assessment date"),
    "label.date_meeting": lambda: QCoreApplication.translate("CoreMessages", "Meeting date"),
    "label.date": lambda: QCoreApplication.translate("CoreMessages", "Date"),
    "label.contract_date": lambda: QCoreApplication.translate("CoreMessages", "Contract date"),
    "label.notes": lambda: QCoreApplication.translate("CoreMessages", "Notes"),
    "label.key_person": lambda: QCoreApplication.translate("CoreMessages", "Key person"),
    "label.action_item": lambda: QCoreApplication.translate("CoreMessages", "Action item"),
    "label.action_taken": lambda: QCoreApplication.translate("CoreMessages", "Action taken"),
    "label.action": lambda: QCoreApplication.translate("CoreMessages", "Action"),
    "label.assessor": lambda: QCoreApplication.translate("CoreMessages", "Assessor"),
    "label.category": lambda: QCoreApplication.translate("CoreMessages", "Category"),
    "label.code": lambda: QCoreApplication.translate("CoreMessages", "Code"),
    "label.deal": lambda: QCoreApplication.translate("CoreMessages", "Deal"),
    "label.end_customer": lambda: QCoreApplication.translate("CoreMessages", "End customer"),
    "label.event_kind": lambda: QCoreApplication.translate("CoreMessages", "Event kind"),
    "label.industry": lambda: QCoreApplication.translate("CoreMessages", "Industry"),
    "label.japanese_title": lambda: QCoreApplication.translate("CoreMessages", "Japanese title"),
    "label.metric": lambda: QCoreApplication.translate("CoreMessages", "Metric"),
    "label.owner": lambda: QCoreApplication.translate("CoreMessages", "Owner"),
    "label.pract_phase": lambda: QCoreApplication.translate("CoreMessages", "PRACT phase"),
    "label.partner_name": lambda: QCoreApplication.translate("CoreMessages", "Partner name"),
    "label.partner_type": lambda: QCoreApplication.translate("CoreMessages", "Partner type"),
    "label.person_name": lambda: QCoreApplication.translate("CoreMessages", "Person name"),
    "label.reading": lambda: QCoreApplication.translate("CoreMessages", "Reading"),
    "label.reason": lambda: QCoreApplication.translate("CoreMessages", "Reason"),
    "label.the_reason": lambda: QCoreApplication.translate("CoreMessages", "The reason"),
    "label.resolution": lambda: QCoreApplication.translate("CoreMessages", "Resolution"),
    "label.role": lambda: QCoreApplication.translate("CoreMessages", "Role"),
    "label.side": lambda: QCoreApplication.translate("CoreMessages", "Side"),
    "label.status": lambda: QCoreApplication.translate("CoreMessages", "Status"),
    "label.territory": lambda: QCoreApplication.translate("CoreMessages", "Territory"),
    "label.tier_name": lambda: QCoreApplication.translate("CoreMessages", "Tier name"),
    "label.tier": lambda: QCoreApplication.translate("CoreMessages", "Tier"),
    "label.title": lambda: QCoreApplication.translate("CoreMessages", "Title"),
    "label.email": lambda: QCoreApplication.translate("CoreMessages", "Email"),
    "label.phone": lambda: QCoreApplication.translate("CoreMessages", "Phone"),
    "label.expiry_date": lambda: QCoreApplication.translate("CoreMessages", "The expiry date"),
    "label.registered_date": lambda: QCoreApplication.translate(
        "CoreMessages", "the registered date"
    ),
    "label.period_end": lambda: QCoreApplication.translate("CoreMessages", "The period end"),
    "label.period_start": lambda: QCoreApplication.translate("CoreMessages", "the period start"),
    "label.meeting_date": lambda: QCoreApplication.translate("CoreMessages", "the meeting date"),
    "label.due_date_of": lambda: QCoreApplication.translate(
        "CoreMessages", 'Due date of "{title}"'
    ),
    "label.step_title": lambda: QCoreApplication.translate("CoreMessages", "Step {n} title"),
    "label.perception": lambda: QCoreApplication.translate("CoreMessages", "Perception"),
    "label.readiness": lambda: QCoreApplication.translate("CoreMessages", "Readiness"),
    "label.activate": lambda: QCoreApplication.translate("CoreMessages", "Activate"),
    "label.collaboration": lambda: QCoreApplication.translate("CoreMessages", "Collaboration"),
    "label.trust": lambda: QCoreApplication.translate("CoreMessages", "Trust"),
    "label.partner_owner": lambda: QCoreApplication.translate(
        "CoreMessages", "Owner", "a partner's manager"
    ),
    "label.partner_status": lambda: QCoreApplication.translate(
        "CoreMessages", "Status", "a partner's status"
    ),
}
# Stored keys named in a message ("value.partner_type.reseller"): the labels the lists and
# combo boxes show, so a conflict names a type exactly as the form does.
TRANSLATED.update(
    {f"value.partner_type.{t.value}": partial(partner_type_label, t.value) for t in PartnerType}
)
TRANSLATED.update(
    {
        f"value.partner_status.{s.value}": partial(partner_status_label, s.value)
        for s in PartnerStatus
    }
)


def translate(msg: Message) -> str:
    """``msg`` in the UI language (English when its key has no translation here)."""
    source = TRANSLATED.get(msg.key)
    template = source() if source is not None else msg.template
    return fill(template, {k: _arg(v) for k, v in msg.args.items()}, str(msg))


def fill(template: str, args: Mapping[str, str], fallback: str) -> str:
    """``template`` with ``args`` filled in; ``fallback`` (the core's English) when a
    translation names a placeholder it was not given or is otherwise broken, never a crash."""
    try:
        return template.format_map(args)
    except Exception:
        return fallback


def listed(items: Iterable[str]) -> str:
    """Items joined as the UI's language lists them ("a; b" / "a、b")."""
    return translate(Message("list.separator")).join(items)


def _arg(value: object) -> str:
    if isinstance(value, Message):
        return translate(value)
    if isinstance(value, tuple):  # a list of items, joined as the language does
        return listed(_arg(v) for v in value)
    return "" if value is None else str(value)


def describe(exc: BaseException) -> str:
    """What to show the user for ``exc``: its catalogued message, translated; a file error
    worded by ``file_errors``; else its text."""
    msg = getattr(exc, "message", None)
    if isinstance(msg, Message):
        return translate(msg)
    if isinstance(exc, OSError):
        return file_error_text(exc)
    return str(exc)
