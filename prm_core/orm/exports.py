"""Excel diagnostics handed to partners: the export id ties a returned file to its partner."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, func
from sqlalchemy.orm import Mapped, mapped_column

from prm_core.orm.base import Base


class DiagnosticExport(Base):
    __tablename__ = "diagnostic_exports"

    #: A random id written into the workbook; a returned file must carry a known one.
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    schema_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(
        DateTime, default=func.current_timestamp(), server_default=func.current_timestamp()
    )
