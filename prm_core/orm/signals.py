"""Detect → Act → Learn state: snoozed signals and the playbook of actions that worked."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from prm_core.orm.base import Base


class SignalSnooze(Base):
    """A signal the manager put aside until ``until`` (it fires again after that day)."""

    __tablename__ = "signal_snoozes"
    __table_args__ = (Index(None, "partner_id", "signal_key", "until"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    signal_key: Mapped[str] = mapped_column(String(64))
    #: The one thing of the partner the signal is about ("registration:12" for a deal
    #: signal), so snoozing one expiring claim leaves the partner's other claims visible;
    #: None covers every signal of the key (the other signals, and snoozes before 0005).
    subject: Mapped[str | None] = mapped_column(String(64))
    until: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(
        DateTime, default=func.current_timestamp(), server_default=func.current_timestamp()
    )


class PlaybookEntry(Base):
    """An intervention that worked, offered later as the suggested action for its signal."""

    __tablename__ = "playbook_entries"
    __table_args__ = (Index(None, "signal_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    signal_key: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(Text)
    intervention_id: Mapped[int | None] = mapped_column(
        ForeignKey("interventions.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(
        DateTime, default=func.current_timestamp(), server_default=func.current_timestamp()
    )
