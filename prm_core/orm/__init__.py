"""Typed ORM models for every entity of domain.md."""

from prm_core.orm.activity import Event
from prm_core.orm.base import Base
from prm_core.orm.diagnosis import Intervention, PractAssessment
from prm_core.orm.goals import Goal
from prm_core.orm.meetings import ActionItem, Meeting, meeting_attendees
from prm_core.orm.onboarding import ChecklistItem, ChecklistTemplate, ChecklistTemplateStep
from prm_core.orm.partners import Content, Partner, Person
from prm_core.orm.settings import PointRule, Setting, TierLevel

__all__ = [
    "ActionItem",
    "Base",
    "ChecklistItem",
    "ChecklistTemplate",
    "ChecklistTemplateStep",
    "Content",
    "Event",
    "Goal",
    "Intervention",
    "Meeting",
    "Partner",
    "Person",
    "PointRule",
    "PractAssessment",
    "Setting",
    "TierLevel",
    "meeting_attendees",
]
