"""Onboarding checklist templates and the per-partner checklist items made from them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from prm_core.orm.base import Base, Versioned


class ChecklistTemplate(Versioned, Base):
    __tablename__ = "checklist_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    is_default: Mapped[bool] = mapped_column(default=False)

    steps: Mapped[list[ChecklistTemplateStep]] = relationship(
        back_populates="template",
        cascade="all, delete-orphan",
        order_by="ChecklistTemplateStep.position",
    )


class ChecklistTemplateStep(Base):
    __tablename__ = "checklist_template_steps"
    __table_args__ = (CheckConstraint("due_offset_days >= 0", name="offset_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_templates.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    title: Mapped[str] = mapped_column(String(200))
    title_ja: Mapped[str | None] = mapped_column(String(200))
    due_offset_days: Mapped[int]

    template: Mapped[ChecklistTemplate] = relationship(back_populates="steps")


class ChecklistItem(Versioned, Base):
    """One onboarding step for one partner; done when ``done_on`` is set."""

    __tablename__ = "checklist_items"
    __table_args__ = (Index(None, "partner_id", "position"), Index(None, "done_on", "due_on"))

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    template_step_id: Mapped[int | None] = mapped_column(
        ForeignKey("checklist_template_steps.id", ondelete="SET NULL")
    )
    position: Mapped[int]
    title: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
