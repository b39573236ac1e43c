"""1on1 meeting logs, their attendees and the action items promised in them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Column, Date, ForeignKey, Index, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from prm_core.kinds import ActionSide, ActionStatus, PractPhase, sql_in
from prm_core.orm.base import Base, Versioned
from prm_core.orm.partners import Person

meeting_attendees = Table(
    "meeting_attendees",
    Base.metadata,
    Column("meeting_id", ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True),
)


class Meeting(Versioned, Base):
    """A 1on1 (1on1記録). Notes are plain text; line breaks are kept as typed."""

    __tablename__ = "meetings"
    __table_args__ = (
        CheckConstraint(
            f"pract_phase IS NULL OR pract_phase IN {sql_in(PractPhase)}", name="pract_phase"
        ),
        Index(None, "partner_id", "held_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    held_on: Mapped[date] = mapped_column(Date)
    topics: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    pract_phase: Mapped[str | None] = mapped_column(String(16))

    attendees: Mapped[list[Person]] = relationship(secondary=meeting_attendees)
    action_items: Mapped[list[ActionItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", passive_deletes=True
    )


class ActionItem(Versioned, Base):
    """Something promised, by us (``vendor``) or by the partner (``partner``)."""

    __tablename__ = "action_items"
    __table_args__ = (
        CheckConstraint(f"side IN {sql_in(ActionSide)}", name="side"),
        CheckConstraint(f"status IN {sql_in(ActionStatus)}", name="status"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
        Index(None, "status", "due_on"),
        Index(None, "partner_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    owner: Mapped[str | None] = mapped_column(String(100))
    side: Mapped[str] = mapped_column(
        String(16), default=ActionSide.VENDOR.value, server_default=ActionSide.VENDOR.value
    )
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(8), default=ActionStatus.OPEN.value)
    done_on: Mapped[date | None] = mapped_column(Date)

    meeting: Mapped[Meeting | None] = relationship(back_populates="action_items")
