"""Programme-wide settings: the tier ladder, point rules and key/value settings."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Float, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from prm_core.kinds import EventKind, sql_in
from prm_core.orm.base import Base, Versioned


class TierLevel(Versioned, Base):
    """One rung of the tier ladder (ランク): reached at ``min_points`` over 12 months."""

    __tablename__ = "tier_levels"
    __table_args__ = (CheckConstraint("min_points >= 0", name="min_points_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    min_points: Mapped[int] = mapped_column(unique=True)


class PointRule(Versioned, Base):
    """Points per event of ``kind``, plus one point per ``yen_per_point`` of its amount."""

    __tablename__ = "point_rules"
    __table_args__ = (
        CheckConstraint(f"kind IN {sql_in(EventKind)}", name="kind"),
        CheckConstraint("yen_per_point IS NULL OR yen_per_point > 0", name="yen_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), unique=True)
    points: Mapped[float] = mapped_column(Float, default=0)
    yen_per_point: Mapped[int | None]


class Setting(Base):
    """A JSON-encoded setting (signal thresholds, defaults) shared by every user of the file."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
