"""Deal registrations (案件登録) and the channel conflicts a manager resolved."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from prm_core.orm.base import Base, Versioned

REGISTRATION_STATUSES = ("submitted", "approved", "rejected", "won", "lost")
RESOLUTIONS = ("keep_first", "keep_second", "both_legitimate")


class DealRegistration(Versioned, Base):
    """A partner's claim on one end-customer opportunity.

    ``customer_key`` (normalised name) and ``corporate_number`` (13 digits) are stored and
    indexed so conflict detection is a grouped query. ``expired`` is never stored: it is
    computed as of a date from ``expires_on``.
    """

    __tablename__ = "deal_registrations"
    __table_args__ = (
        UniqueConstraint("source", "external_id"),
        CheckConstraint(
            "status IN (" + ", ".join(f"'{s}'" for s in REGISTRATION_STATUSES) + ")",
            name="status",
        ),
        CheckConstraint("amount IS NULL OR amount >= 0", name="amount_not_negative"),
        CheckConstraint("expires_on >= registered_on", name="expiry_order"),
        Index(None, "customer_key", "status"),
        Index(None, "corporate_number", "status"),
        Index(None, "partner_id", "registered_on"),
        Index(None, "status", "expires_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"))
    customer: Mapped[str] = mapped_column(String(200))
    customer_key: Mapped[str] = mapped_column(String(200))
    corporate_number: Mapped[str | None] = mapped_column(String(13))
    deal: Mapped[str] = mapped_column(String(200))
    amount: Mapped[int | None] = mapped_column(BigInteger)
    registered_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="submitted")
    decided_on: Mapped[date | None] = mapped_column(Date)
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    #: "manual" when typed in the app, else the imported file's name.
    source: Mapped[str] = mapped_column(String(200), default="manual")
    source_row: Mapped[int | None] = mapped_column(Integer)
    external_id: Mapped[str | None] = mapped_column(String(200))


class ConflictResolution(Base):
    """The manager's decision on one pair of conflicting registrations; that pair stays silent.

    The pair is stored in id order (``first_id < second_id``).
    """

    __tablename__ = "conflict_resolutions"
    __table_args__ = (
        UniqueConstraint("first_id", "second_id"),
        CheckConstraint("first_id < second_id", name="pair_order"),
        CheckConstraint(
            "resolution IN (" + ", ".join(f"'{r}'" for r in RESOLUTIONS) + ")",
            name="resolution",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    first_id: Mapped[int] = mapped_column(ForeignKey("deal_registrations.id", ondelete="CASCADE"))
    second_id: Mapped[int] = mapped_column(ForeignKey("deal_registrations.id", ondelete="CASCADE"))
    resolution: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    resolved_on: Mapped[date] = mapped_column(Date)
