"""deal registrations, signal snoozes, playbook, diagnostic exports

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "diagnostic_exports",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_diagnostic_exports_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_diagnostic_exports")),
    )
    with op.batch_alter_table("diagnostic_exports", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_diagnostic_exports_partner_id"), ["partner_id"], unique=False
        )

    op.create_table(
        "deal_registrations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("customer", sa.String(length=200), nullable=False),
        sa.Column("customer_key", sa.String(length=200), nullable=False),
        sa.Column("corporate_number", sa.String(length=13), nullable=True),
        sa.Column("deal", sa.String(length=200), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=True),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("source_row", sa.Integer(), nullable=True),
        sa.Column("external_id", sa.String(length=200), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "status IN ('submitted', 'approved', 'rejected', 'won', 'lost')",
            name=op.f("ck_deal_registrations_status"),
        ),
        sa.CheckConstraint(
            "amount IS NULL OR amount >= 0", name=op.f("ck_deal_registrations_amount_not_negative")
        ),
        sa.CheckConstraint(
            "expires_on >= registered_on", name=op.f("ck_deal_registrations_expiry_order")
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_deal_registrations_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_deal_registrations_person_id_persons"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deal_registrations")),
        sa.UniqueConstraint(
            "source", "external_id", name=op.f("uq_deal_registrations_source_external_id")
        ),
    )
    with op.batch_alter_table("deal_registrations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_deal_registrations_corporate_number_status"),
            ["corporate_number", "status"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_deal_registrations_customer_key_status"),
            ["customer_key", "status"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_deal_registrations_partner_id_registered_on"),
            ["partner_id", "registered_on"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_deal_registrations_status_expires_on"),
            ["status", "expires_on"],
            unique=False,
        )

    op.create_table(
        "playbook_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("signal_key", sa.String(length=64), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("intervention_id", sa.Integer(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["intervention_id"],
            ["interventions.id"],
            name=op.f("fk_playbook_entries_intervention_id_interventions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_playbook_entries")),
    )
    with op.batch_alter_table("playbook_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_playbook_entries_signal_key"), ["signal_key"], unique=False
        )

    op.create_table(
        "signal_snoozes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("signal_key", sa.String(length=64), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_signal_snoozes_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_signal_snoozes_person_id_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signal_snoozes")),
    )
    with op.batch_alter_table("signal_snoozes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_signal_snoozes_partner_id_signal_key_until"),
            ["partner_id", "signal_key", "until"],
            unique=False,
        )

    op.create_table(
        "conflict_resolutions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_id", sa.Integer(), nullable=False),
        sa.Column("second_id", sa.Integer(), nullable=False),
        sa.Column("resolution", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("resolved_on", sa.Date(), nullable=False),
        sa.CheckConstraint(
            "resolution IN ('keep_first', 'keep_second', 'both_legitimate')",
            name=op.f("ck_conflict_resolutions_resolution"),
        ),
        sa.CheckConstraint("first_id < second_id", name=op.f("ck_conflict_resolutions_pair_order")),
        sa.ForeignKeyConstraint(
            ["first_id"],
            ["deal_registrations.id"],
            name=op.f("fk_conflict_resolutions_first_id_deal_registrations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["second_id"],
            ["deal_registrations.id"],
            name=op.f("fk_conflict_resolutions_second_id_deal_registrations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict_resolutions")),
        sa.UniqueConstraint(
            "first_id", "second_id", name=op.f("uq_conflict_resolutions_first_id_second_id")
        ),
    )


def downgrade() -> None:
    op.drop_table("conflict_resolutions")
    with op.batch_alter_table("signal_snoozes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signal_snoozes_partner_id_signal_key_until"))

    op.drop_table("signal_snoozes")
    with op.batch_alter_table("playbook_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_playbook_entries_signal_key"))

    op.drop_table("playbook_entries")
    with op.batch_alter_table("deal_registrations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deal_registrations_status_expires_on"))
        batch_op.drop_index(batch_op.f("ix_deal_registrations_partner_id_registered_on"))
        batch_op.drop_index(batch_op.f("ix_deal_registrations_customer_key_status"))
        batch_op.drop_index(batch_op.f("ix_deal_registrations_corporate_number_status"))

    op.drop_table("deal_registrations")
    with op.batch_alter_table("diagnostic_exports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_diagnostic_exports_partner_id"))

    op.drop_table("diagnostic_exports")
