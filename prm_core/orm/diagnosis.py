"""PRACT assessments and the interventions (施策) a manager records."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from prm_core.kinds import Assessor, PractPhase, sql_in
from prm_core.orm.base import Base, Versioned

_SCORE_CHECKS = tuple(
    CheckConstraint(f"{phase.value} BETWEEN 0 AND 5", name=f"{phase.value}_range")
    for phase in PractPhase
)


class PractAssessment(Versioned, Base):
    """Five PRACT scores, 0–5 each, by the partner itself (``self``) or the manager."""

    __tablename__ = "pract_assessments"
    __table_args__ = (
        CheckConstraint(f"assessor IN {sql_in(Assessor)}", name="assessor"),
        *_SCORE_CHECKS,
        Index(None, "partner_id", "assessed_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    assessed_on: Mapped[date] = mapped_column(Date)
    assessor: Mapped[str] = mapped_column(String(16))
    perception: Mapped[int]
    readiness: Mapped[int]
    activate: Mapped[int]
    collaboration: Mapped[int]
    trust: Mapped[int]
    comments: Mapped[str] = mapped_column(Text, default="")
    #: Export id of a returned Excel diagnostic; unique so one file is imported once.
    source_export_id: Mapped[str | None] = mapped_column(String(64), unique=True)


class Intervention(Versioned, Base):
    """An action the manager took (施策), optionally answering a detected signal."""

    __tablename__ = "interventions"
    __table_args__ = (Index(None, "partner_id", "occurred_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    occurred_on: Mapped[date] = mapped_column(Date)
    category: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(Text)
    signal_key: Mapped[str | None] = mapped_column(String(64))
    #: The signal's subject (see ``SignalSnooze.subject``): it answers only that one.
    signal_subject: Mapped[str | None] = mapped_column(String(64))
    notes: Mapped[str] = mapped_column(Text, default="")
