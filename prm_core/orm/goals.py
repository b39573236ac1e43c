"""Common goals (共通の目標): targets whose progress is always computed from events."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, Float, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from prm_core.kinds import GoalMetric, sql_in
from prm_core.orm.base import Base, Versioned


class Goal(Versioned, Base):
    __tablename__ = "goals"
    __table_args__ = (
        CheckConstraint(f"metric IN {sql_in(GoalMetric)}", name="metric"),
        CheckConstraint("target > 0", name="target_positive"),
        CheckConstraint("period_end >= period_start", name="period_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    metric: Mapped[str] = mapped_column(String(32))
    target: Mapped[float] = mapped_column(Float)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(300), default="")
