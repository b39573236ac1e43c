"""Onboarding checklists: instantiate from a template, tick items, move due dates."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from prm_core.database import Database
from prm_core.orm import ChecklistItem, ChecklistTemplate, Partner
from prm_core.safety.messages import message
from prm_core.services import validate as v
from prm_core.services.changes import Changes
from prm_core.services.errors import ValidationError
from prm_core.services.rows import check_version, get, write


def create_checklist(
    db: Database,
    partner_id: int,
    *,
    template_id: int | None = None,
    start: date | None = None,
    language: str = "ja",
) -> tuple[int, Changes]:
    """Create the partner's checklist from a template (the default one unless named).

    Due dates count from ``start``, else the contract date, else today. Refused when the
    partner already has a checklist, so nothing is ever duplicated.
    """
    with write(db, "The checklist") as session:
        partner = get(session, Partner, partner_id, "The partner")
        existing = session.scalar(
            select(func.count()).where(ChecklistItem.partner_id == partner_id)
        )
        if existing:
            raise ValidationError(message("validation.checklist_exists", partner=partner.name))
        query = select(ChecklistTemplate)
        query = (
            query.where(ChecklistTemplate.id == template_id)
            if template_id is not None
            else query.where(ChecklistTemplate.is_default.is_(True))
        )
        template = session.scalars(query.limit(1)).first()
        if template is None:
            raise ValidationError(message("validation.no_template"))
        base = start or partner.contract_date or date.today()
        for step in template.steps:
            session.add(
                ChecklistItem(
                    partner_id=partner_id,
                    template_step_id=step.id,
                    position=step.position,
                    title=(step.title_ja if language == "ja" and step.title_ja else step.title),
                    due_on=base + timedelta(days=step.due_offset_days),
                )
            )
        return len(template.steps), Changes(checklist=True, partner_id=partner_id)


def set_item_done(
    db: Database, item_id: int, done_on: date | None, *, expected_version: int | None = None
) -> Changes:
    """Tick (with the date it was done) or untick one checklist item."""
    with write(db, "The checklist item") as session:
        item = get(session, ChecklistItem, item_id, "The checklist item")
        check_version(
            item, expected_version, None, message("label.checklist_item_named", name=item.title)
        )
        if done_on is not None and done_on > date.today():
            raise ValidationError(v.future("label.date_done", done_on), "done_on")
        item.done_on = done_on
        return Changes(checklist=True, partner_id=item.partner_id)


def update_item(
    db: Database,
    item_id: int,
    *,
    title: str,
    due_on: date | None,
    note: str = "",
    expected_version: int | None = None,
) -> Changes:
    with write(db, "The checklist item") as session:
        item = get(session, ChecklistItem, item_id, "The checklist item")
        check_version(
            item, expected_version, None, message("label.checklist_item_named", name=item.title)
        )
        item.title = v.required(title, "title", "Title")
        item.due_on = due_on
        item.note = (note or "").strip()
        return Changes(checklist=True, partner_id=item.partner_id)
