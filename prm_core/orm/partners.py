"""Partner companies, their persons, and the contents (materials) handed to them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from prm_core.kinds import PartnerStatus, PartnerType, sql_in
from prm_core.orm.base import Base, Versioned


class Partner(Versioned, Base):
    """A partner company (パートナー企業)."""

    __tablename__ = "partners"
    __table_args__ = (
        CheckConstraint(f"type IN {sql_in(PartnerType)}", name="type"),
        CheckConstraint(f"status IN {sql_in(PartnerStatus)}", name="status"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    name_kana: Mapped[str | None] = mapped_column(String(200))
    code: Mapped[str | None] = mapped_column(String(50), unique=True)
    type: Mapped[str] = mapped_column(String(32), default=PartnerType.RESELLER.value)
    territory: Mapped[str | None] = mapped_column(String(100))
    industry: Mapped[str | None] = mapped_column(String(100))
    contract_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default=PartnerStatus.ACTIVE.value)
    tier: Mapped[str | None] = mapped_column(String(32))
    owner: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str] = mapped_column(Text, default="")

    persons: Mapped[list[Person]] = relationship(
        back_populates="partner", cascade="all, delete-orphan", passive_deletes=True
    )


class Person(Versioned, Base):
    """A person at a partner (パートナー担当者); ``is_key_person`` marks the キーマン."""

    __tablename__ = "persons"
    __table_args__ = (Index(None, "partner_id", "is_key_person"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(50))
    is_key_person: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    #: Set when the person was anonymised on an erasure request; name/email/phone are gone.
    anonymised_at: Mapped[datetime | None] = mapped_column(DateTime)

    partner: Mapped[Partner] = relationship(back_populates="persons")


class Content(Base):
    """A material (資料) partners can download: deck, talk script, case study..."""

    __tablename__ = "contents"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str | None] = mapped_column(String(50))
