"""Typed ORM models for every entity of domain.md."""

from prm_core.orm.activity import Event
from prm_core.orm.base import Base
from prm_core.orm.deals import ConflictResolution, DealRegistration
from prm_core.orm.diagnosis import Intervention, PractAssessment
from prm_core.orm.exports import DiagnosticExport
from prm_core.orm.goals import Goal
from prm_core.orm.meetings import ActionItem, Meeting, meeting_attendees
from prm_core.orm.onboarding import ChecklistItem, ChecklistTemplate, ChecklistTemplateStep
from prm_core.orm.partners import Content, Partner, Person
from prm_core.orm.settings import PointRule, Setting, TierLevel
from prm_core.orm.signals import PlaybookEntry, SignalSnooze

__all__ = [
    "ActionItem",
    "Base",
    "ChecklistItem",
    "ChecklistTemplate",
    "ChecklistTemplateStep",
    "ConflictResolution",
    "Content",
    "DealRegistration",
    "DiagnosticExport",
    "Event",
    "Goal",
    "Intervention",
    "Meeting",
    "Partner",
    "Person",
    "PlaybookEntry",
    "PointRule",
    "PractAssessment",
    "Setting",
    "SignalSnooze",
    "TierLevel",
    "meeting_attendees",
]
