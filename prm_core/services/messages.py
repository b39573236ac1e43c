"""The services' validation messages and field labels, with stable keys for translation.

Part of the catalogue in ``prm_core.safety.messages`` (``Message``, ``TranslatableError``):
``str(message)`` is the English the CLI and the tests read; prm_desktop words the same key
in Japanese. A label is a message of its own, so "Partner name must not be empty." becomes
「社名を入力してください。」 and not a Japanese sentence around an English word.
"""

from __future__ import annotations

from typing import Final

CATALOGUE: Final[dict[str, str]] = {
    "validation.empty": "{label} must not be empty.",
    "validation.too_long": "{label} is too long ({length} characters, at most {limit}).",
    "validation.email": 'Email "{value}" is malformed (expected name@example.co.jp).',
    "validation.phone": 'Phone "{value}" is malformed (digits, spaces, +, -, parentheses only).',
    "validation.one_of": '{label} "{value}" is not one of: {options}.',
    "validation.date_order": "{end} ({end_date}) is before {start} ({start_date}).",
    "validation.score": "{label} score {value} is out of range (0–5).",
    "rows.changed_while_saving": (
        "{what} was changed or deleted by someone else while saving. Nothing was saved; "
        "reload to see the current values."
    ),
    "rows.not_saved": "{what} could not be saved: {detail}",
    "rows.gone": "{label} no longer exists (it may have been deleted elsewhere).",
    # what changed, inside rows.changed: " (Partner name: 'A' → 'B'; Code: (empty) → 'X')"
    "rows.changed_detail": " ({changes})",
    "rows.change": "{field}: {old} → {new}",
    "rows.empty": "(empty)",
    "rows.yes": "yes",
    "rows.no": "no",
    "list.separator": "; ",
    "rows.changed": (
        "{label} was changed by someone else since you opened it{detail}. Nothing was saved; "
        "reload to see the new values and apply your edit again."
    ),
    # what a conflict or a missing row is about
    "label.the_1on1": "The 1on1",
    "label.the_1on1_of": "The 1on1 of {date}",
    "label.the_action_item": "The action item",
    "label.the_assessment": "The assessment",
    "label.the_checklist_item": "The checklist item",
    "label.the_checklist": "The checklist",
    "label.the_conflict_resolution": "The conflict resolution",
    "label.the_deal_registration": "The deal registration",
    "label.the_goal": "The goal",
    "label.the_intervention": "The intervention",
    "label.the_partner": "The partner",
    "label.the_person": "The person",
    "label.the_playbook_entry": "The playbook entry",
    "label.the_point_rules": "The point rules",
    "label.the_setting": "The setting",
    "label.the_snooze": "The snooze",
    "label.the_template": "The template",
    "label.the_thresholds": "The thresholds",
    "label.the_tier_ladder": "The tier ladder",
    "label.partner_named": 'Partner "{name}"',
    "label.person_named": 'Person "{name}"',
    "label.registration_named": 'Deal registration "{name}"',
    "label.action_item_named": 'Action item "{name}"',
    "label.checklist_item_named": 'Checklist item "{name}"',
    "label.template_named": 'Template "{name}"',
    "validation.partner_exists": 'A partner named "{name}" already exists.',
    "validation.code_used": 'Code "{code}" is already used by {other}.',
    "validation.future": "{label} {date} is in the future.",
    "validation.amount_negative": "Amount {value} must be zero or more (JPY).",
    "validation.target_positive": "Target {value} must be greater than zero.",
    "validation.reject_reason": "Give a reason for rejecting the registration.",
    "validation.decision_before_registered": (
        "Decision date {date} is before the registered date ({registered})."
    ),
    "validation.decision_would_precede": (
        "The decision of {date} would be before the registered date."
    ),
    "validation.expired_approve": (
        "{label} expired on {date}; extend its expiry date before approving it."
    ),
    "validation.checklist_exists": "{partner} already has an onboarding checklist.",
    "validation.no_template": (
        "No onboarding checklist template found; create one in Settings first."
    ),
    "validation.same_partner_conflict": (
        "Both registrations belong to the same partner: that is a duplicate, not a conflict."
    ),
    "validation.conflict_resolved": "This conflict has already been resolved.",
    "validation.registering_person": "The registering person must belong to the partner.",
    "validation.goal_person": "The goal's person must belong to this partner.",
    "validation.person_of_partner": "The person does not belong to this partner.",
    "validation.corporate_chars": (
        'Corporate number "{value}" must contain only digits, spaces and hyphens.'
    ),
    "validation.corporate_length": 'Corporate number "{value}" has {digits} digits, not {length}.',
    "validation.corporate_check_digit": (
        'Corporate number "{value}" fails its check digit (first digit {first}, expected '
        "{expected})."
    ),
    "validation.not_a_decision": 'Status "{status}" is not a decision; one of: {options}.',
    "validation.transition": (
        "{label} is {status}; only a registration that is {allowed} can become {target}."
    ),
    "validation.conflict_two": "A conflict needs two different registrations.",
    "validation.expiry_days": "Validity {value} must be a whole number of days, 1–{max}.",
    "validation.attendees": "Attendees must be persons of this partner.",
    "validation.no_default_template": "There is no default onboarding template.",
    "validation.template_empty": "A template needs at least one step.",
    "validation.step_days": (
        "Step {n} ({title}): days after contract must be 0–3650, not {value}."
    ),
    "validation.comments_long": "Comments are too long (at most {limit} characters).",
    "validation.signal_key": "{value} is not a signal key.",
    "validation.signal_subject": "{value} is not a signal subject.",
    "validation.subject_needs_key": "A signal subject needs its signal key.",
    "validation.snooze_days": "Snooze for 1–{max} whole days, got {value}.",
    "validation.playbook_signal": (
        "This intervention answers no signal: choose the signal it should be offered for."
    ),
    "validation.two_rules": "There are two rules for {kind}.",
    "validation.points": "Points for {kind} must be a number 0–{max}, got {value}.",
    "validation.yen_per_point": (
        "Yen per point for {kind} must be a whole number of yen ≥ 1, or empty."
    ),
    "validation.no_tiers": "The tier ladder needs at least one tier.",
    "validation.tier_name_twice": 'Two tiers are called "{name}".',
    "validation.tier_min_points": (
        'Minimum points of "{name}" must be a whole number ≥ 0, got {value}.'
    ),
    "validation.tier_floor_twice": "Two tiers start at {floor} points.",
    "conflict.point_rules": (
        "The point rules were changed by someone else since you opened them. Nothing was "
        "saved; reopen the settings to see the new rules."
    ),
    "conflict.tiers": (
        "The tiers were changed by someone else since you opened them. Nothing was saved; "
        "reopen the settings to see the new tiers."
    ),
    # a registration's status inside a sentence (the table shows "Submitted" etc.)
    "deal_status.submitted": "submitted",
    "deal_status.approved": "approved",
    "deal_status.rejected": "rejected",
    "deal_status.won": "won",
    "deal_status.lost": "lost",
    # the statuses a decision may start from, inside the same sentence
    "deal_allowed.submitted": "submitted",
    "deal_allowed.approved": "approved",
    "deal_allowed.submitted_or_approved": "submitted or approved",
    "label.date_registered": "Registered date",
    "label.date_decision": "Decision date",
    "label.date_done": "Done date",
    "label.date_assessment": "Assessment date",
    "label.date_meeting": "Meeting date",
    "label.date": "Date",
    "label.contract_date": "Contract date",
    "label.notes": "Notes",
    "label.key_person": "Key person",
    # the fields those messages name (the English is what the services pass as a label)
    "label.action_item": "Action item",
    "label.action_taken": "Action taken",
    "label.action": "Action",
    "label.assessor": "Assessor",
    "label.category": "Category",
    "label.code": "Code",
    "label.deal": "Deal",
    "label.end_customer": "End customer",
    "label.event_kind": "Event kind",
    "label.industry": "Industry",
    "label.japanese_title": "Japanese title",
    "label.metric": "Metric",
    "label.owner": "Owner",
    "label.pract_phase": "PRACT phase",
    "label.partner_name": "Partner name",
    "label.partner_type": "Partner type",
    "label.person_name": "Person name",
    "label.reading": "Reading",
    "label.reason": "Reason",
    "label.the_reason": "The reason",
    "label.resolution": "Resolution",
    "label.role": "Role",
    "label.side": "Side",
    "label.status": "Status",
    "label.territory": "Territory",
    "label.tier_name": "Tier name",
    "label.tier": "Tier",
    "label.title": "Title",
    "label.email": "Email",
    "label.phone": "Phone",
    "label.expiry_date": "The expiry date",
    "label.registered_date": "the registered date",
    "label.period_end": "The period end",
    "label.period_start": "the period start",
    "label.meeting_date": "the meeting date",
    "label.due_date_of": 'Due date of "{title}"',
    "label.step_title": "Step {n} title",
    # the PRACT dimensions (a score's label)
    "label.perception": "Perception",
    "label.readiness": "Readiness",
    "label.activate": "Activate",
    "label.collaboration": "Collaboration",
    "label.trust": "Trust",
    # the same English as above, another field: passed by key, never looked up by text
    "label.partner_owner": "Owner",
    "label.partner_status": "Status",
    # a stored key shown as its label in a conflict ("Partner type: Reseller → Agency");
    # the desktop translates these with the same labels as its lists and combo boxes
    "value.partner_type.reseller": "Reseller",
    "value.partner_type.agency": "Agency",
    "value.partner_type.system_integrator": "System integrator",
    "value.partner_type.technology": "Technology",
    "value.partner_type.referral": "Referral",
    "value.partner_status.active": "Active",
    "value.partner_status.suspended": "Suspended",
    "value.partner_status.terminated": "Terminated",
}
