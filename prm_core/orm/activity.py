"""Imported or recorded partner activity events (the raw material of every KPI)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from prm_core.kinds import EventKind, sql_in
from prm_core.orm.base import Base


class Event(Base):
    """One activity event. ``(source, external_id)`` is unique so a re-import adds nothing.

    Events are append-only facts: they carry no version counter.
    """

    __tablename__ = "events"
    __table_args__ = (
        UniqueConstraint("source", "external_id"),
        CheckConstraint(f"kind IN {sql_in(EventKind)}", name="kind"),
        CheckConstraint("amount IS NULL OR amount >= 0", name="amount_not_negative"),
        # Serves per-partner KPIs ("has a deal_registered on or before as_of").
        Index(None, "partner_id", "kind", "occurred_at"),
        # Serves programme KPIs over a period (count kind X between from and to); person and
        # content make it covering for downloads by content and per-person counts.
        Index(None, "kind", "occurred_at", "partner_id", "person_id", "content_id"),
        # Serves "last activity" and dormancy (latest event of any kind per partner).
        Index(None, "partner_id", "occurred_at"),
        Index(None, "person_id", "kind", "occurred_at"),
        # Only downloads name a content: a partial index is a sixth of the size (0004).
        Index(
            None,
            "content_id",
            sqlite_where=text("content_id IS NOT NULL"),
            postgresql_where=text("content_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(32))
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    content_id: Mapped[int | None] = mapped_column(ForeignKey("contents.id", ondelete="SET NULL"))
    deal: Mapped[str | None] = mapped_column(String(200))
    customer: Mapped[str | None] = mapped_column(String(200))
    amount: Mapped[int | None] = mapped_column(BigInteger)  # JPY, whole yen
    source: Mapped[str] = mapped_column(String(200), default="manual")
    external_id: Mapped[str | None] = mapped_column(String(200))
