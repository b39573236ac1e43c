"""signal subjects: a snooze or an intervention can answer one deal registration

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24

A partner can have several registrations expiring at once, each its own ``deal_expiring``
signal. Snoozes and interventions were matched on (partner, key), so putting one claim
aside hid every other claim of that partner, including ones that started expiring later.
``signal_snoozes.subject`` and ``interventions.signal_subject`` name the registration
("registration:12"); existing rows keep NULL, which still covers every signal of the key.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("signal_snoozes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("subject", sa.String(length=64), nullable=True))
    with op.batch_alter_table("interventions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("signal_subject", sa.String(length=64), nullable=True))


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN in place (SQLite 3.35+): a batch "move and copy" would drop
    # the old interventions table with foreign keys on, and its ON DELETE SET NULL would
    # unlink every playbook entry from its intervention.
    with op.batch_alter_table("interventions", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("signal_subject")
    with op.batch_alter_table("signal_snoozes", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("subject")
