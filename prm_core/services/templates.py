"""Editing onboarding checklist templates (Settings); partners' existing checklists stay."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from prm_core.database import Database
from prm_core.orm import ChecklistTemplate, ChecklistTemplateStep
from prm_core.safety.messages import message
from prm_core.services import validate as v
from prm_core.services.changes import Changes
from prm_core.services.errors import ValidationError
from prm_core.services.rows import check_version, get, write


@dataclass(frozen=True)
class StepData:
    title: str
    title_ja: str | None
    due_offset_days: int


def load_default_template(db: Database) -> tuple[int, list[StepData], int]:
    """(template id, its steps in order, version) of the default template."""
    with db.reading() as session:
        template = session.scalars(
            select(ChecklistTemplate).where(ChecklistTemplate.is_default.is_(True))
        ).first()
        if template is None:
            raise ValidationError(message("validation.no_default_template"))
        steps = [StepData(s.title, s.title_ja, s.due_offset_days) for s in template.steps]
        return template.id, steps, template.version


def save_template_steps(
    db: Database, template_id: int, steps: list[StepData], *, expected_version: int | None = None
) -> Changes:
    """Replace the template's steps. Checklists already made from it keep their own items."""
    if not steps:
        raise ValidationError(message("validation.template_empty"), "steps")
    cleaned = []
    for n, step in enumerate(steps, start=1):
        title = v.required(step.title, "title", message("label.step_title", n=n))
        days = step.due_offset_days
        if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 3650:
            raise ValidationError(
                message("validation.step_days", n=n, title=title, value=repr(step.due_offset_days)),
                "due_offset_days",
            )
        cleaned.append(
            StepData(
                title, v.optional(step.title_ja, "title_ja", "Japanese title"), step.due_offset_days
            )
        )
    with write(db, "The template") as session:
        template = get(session, ChecklistTemplate, template_id, "The template")
        check_version(
            template, expected_version, None, message("label.template_named", name=template.name)
        )
        template.steps.clear()
        session.flush()
        for position, step in enumerate(cleaned):
            template.steps.append(
                ChecklistTemplateStep(
                    position=position,
                    title=step.title,
                    title_ja=step.title_ja,
                    due_offset_days=step.due_offset_days,
                )
            )
        template.updated_at = datetime.now()  # a real UPDATE, so the version moves on too
        return Changes(checklist=True)
