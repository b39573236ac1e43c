"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "checklist_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_templates")),
        sa.UniqueConstraint("name", name=op.f("uq_checklist_templates_name")),
    )
    op.create_table(
        "contents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=50), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contents")),
        sa.UniqueConstraint("name", name=op.f("uq_contents_name")),
    )
    op.create_table(
        "partners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_kana", sa.String(length=200), nullable=True),
        sa.Column("code", sa.String(length=50), nullable=True),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("territory", sa.String(length=100), nullable=True),
        sa.Column("industry", sa.String(length=100), nullable=True),
        sa.Column("contract_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("tier", sa.String(length=32), nullable=True),
        sa.Column("owner", sa.String(length=100), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
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
            "status IN ('active', 'suspended', 'terminated')", name=op.f("ck_partners_status")
        ),
        sa.CheckConstraint(
            "type IN ('reseller', 'agency', 'system_integrator', 'technology', 'referral')",
            name=op.f("ck_partners_type"),
        ),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_partners_name_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partners")),
        sa.UniqueConstraint("code", name=op.f("uq_partners_code")),
        sa.UniqueConstraint("name", name=op.f("uq_partners_name")),
    )
    op.create_table(
        "point_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("points", sa.Float(), nullable=False),
        sa.Column("yen_per_point", sa.Integer(), nullable=True),
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
            "kind IN ('registered', 'login', 'material_download', 'training_completed', 'deal_consulted', 'lead_registered', 'deal_registered', 'proposal', 'deal_won', 'deal_lost')",
            name=op.f("ck_point_rules_kind"),
        ),
        sa.CheckConstraint(
            "yen_per_point IS NULL OR yen_per_point > 0", name=op.f("ck_point_rules_yen_positive")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_point_rules")),
        sa.UniqueConstraint("kind", name=op.f("uq_point_rules_kind")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "tier_levels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("min_points", sa.Integer(), nullable=False),
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
        sa.CheckConstraint("min_points >= 0", name=op.f("ck_tier_levels_min_points_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tier_levels")),
        sa.UniqueConstraint("min_points", name=op.f("uq_tier_levels_min_points")),
        sa.UniqueConstraint("name", name=op.f("uq_tier_levels_name")),
    )
    op.create_table(
        "checklist_template_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("title_ja", sa.String(length=200), nullable=True),
        sa.Column("due_offset_days", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "due_offset_days >= 0", name=op.f("ck_checklist_template_steps_offset_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["checklist_templates.id"],
            name=op.f("fk_checklist_template_steps_template_id_checklist_templates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_template_steps")),
    )
    with op.batch_alter_table("checklist_template_steps", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checklist_template_steps_template_id"), ["template_id"], unique=False
        )

    op.create_table(
        "interventions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("category", sa.String(length=64), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("signal_key", sa.String(length=64), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_interventions_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interventions")),
    )
    with op.batch_alter_table("interventions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interventions_partner_id_occurred_on"),
            ["partner_id", "occurred_on"],
            unique=False,
        )

    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("topics", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("pract_phase", sa.String(length=16), nullable=True),
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
            "pract_phase IS NULL OR pract_phase IN ('perception', 'readiness', 'activate', 'collaboration', 'trust')",
            name=op.f("ck_meetings_pract_phase"),
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_meetings_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meetings_partner_id_held_on"), ["partner_id", "held_on"], unique=False
        )

    op.create_table(
        "persons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=100), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.Column("is_key_person", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("anonymised_at", sa.DateTime(), nullable=True),
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
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_persons_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
    )
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_persons_partner_id_is_key_person"),
            ["partner_id", "is_key_person"],
            unique=False,
        )

    op.create_table(
        "pract_assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("assessor", sa.String(length=16), nullable=False),
        sa.Column("perception", sa.Integer(), nullable=False),
        sa.Column("readiness", sa.Integer(), nullable=False),
        sa.Column("activate", sa.Integer(), nullable=False),
        sa.Column("collaboration", sa.Integer(), nullable=False),
        sa.Column("trust", sa.Integer(), nullable=False),
        sa.Column("comments", sa.Text(), nullable=False),
        sa.Column("source_export_id", sa.String(length=64), nullable=True),
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
            "assessor IN ('self', 'manager')", name=op.f("ck_pract_assessments_assessor")
        ),
        sa.CheckConstraint(
            "activate BETWEEN 0 AND 5", name=op.f("ck_pract_assessments_activate_range")
        ),
        sa.CheckConstraint(
            "collaboration BETWEEN 0 AND 5", name=op.f("ck_pract_assessments_collaboration_range")
        ),
        sa.CheckConstraint(
            "perception BETWEEN 0 AND 5", name=op.f("ck_pract_assessments_perception_range")
        ),
        sa.CheckConstraint(
            "readiness BETWEEN 0 AND 5", name=op.f("ck_pract_assessments_readiness_range")
        ),
        sa.CheckConstraint("trust BETWEEN 0 AND 5", name=op.f("ck_pract_assessments_trust_range")),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_pract_assessments_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pract_assessments")),
        sa.UniqueConstraint("source_export_id", name=op.f("uq_pract_assessments_source_export_id")),
    )
    with op.batch_alter_table("pract_assessments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pract_assessments_partner_id_assessed_on"),
            ["partner_id", "assessed_on"],
            unique=False,
        )

    op.create_table(
        "action_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=True),
        sa.Column("side", sa.String(length=16), server_default="vendor", nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
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
        sa.CheckConstraint("side IN ('vendor', 'partner')", name=op.f("ck_action_items_side")),
        sa.CheckConstraint("status IN ('open', 'done')", name=op.f("ck_action_items_status")),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_action_items_title_not_blank")),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_action_items_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_action_items_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_items")),
    )
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_items_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_action_items_partner_id_status"), ["partner_id", "status"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_action_items_status_due_on"), ["status", "due_on"], unique=False
        )

    op.create_table(
        "checklist_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("template_step_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_checklist_items_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["template_step_id"],
            ["checklist_template_steps.id"],
            name=op.f("fk_checklist_items_template_step_id_checklist_template_steps"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_items")),
    )
    with op.batch_alter_table("checklist_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checklist_items_done_on_due_on"), ["done_on", "due_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_checklist_items_partner_id_position"),
            ["partner_id", "position"],
            unique=False,
        )

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("content_id", sa.Integer(), nullable=True),
        sa.Column("deal", sa.String(length=200), nullable=True),
        sa.Column("customer", sa.String(length=200), nullable=True),
        sa.Column("amount", sa.BigInteger(), nullable=True),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=True),
        sa.CheckConstraint(
            "kind IN ('registered', 'login', 'material_download', 'training_completed', 'deal_consulted', 'lead_registered', 'deal_registered', 'proposal', 'deal_won', 'deal_lost')",
            name=op.f("ck_events_kind"),
        ),
        sa.CheckConstraint(
            "amount IS NULL OR amount >= 0", name=op.f("ck_events_amount_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["content_id"],
            ["contents.id"],
            name=op.f("fk_events_content_id_contents"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_events_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_events_person_id_persons"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
        sa.UniqueConstraint("source", "external_id", name=op.f("uq_events_source_external_id")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_content_id"), ["content_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_events_kind_occurred_at_partner_id"),
            ["kind", "occurred_at", "partner_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_events_partner_id_kind_occurred_at"),
            ["partner_id", "kind", "occurred_at"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_events_partner_id_occurred_at"),
            ["partner_id", "occurred_at"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_events_person_id_kind_occurred_at"),
            ["person_id", "kind", "occurred_at"],
            unique=False,
        )

    op.create_table(
        "goals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("metric", sa.String(length=32), nullable=False),
        sa.Column("target", sa.Float(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
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
            "metric IN ('deal_registered', 'deal_won', 'won_amount', 'training_completed', 'lead_registered')",
            name=op.f("ck_goals_metric"),
        ),
        sa.CheckConstraint("period_end >= period_start", name=op.f("ck_goals_period_order")),
        sa.CheckConstraint("target > 0", name=op.f("ck_goals_target_positive")),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_goals_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_goals_person_id_persons"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goals")),
    )
    with op.batch_alter_table("goals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goals_partner_id"), ["partner_id"], unique=False)

    op.create_table(
        "meeting_attendees",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_attendees_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_meeting_attendees_person_id_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "person_id", name=op.f("pk_meeting_attendees")),
    )
    _seed_reference_data()


# Reference data every database starts with (domain.md defaults); users edit it in settings.
DEFAULT_CHECKLIST = [
    ("Kick-off meeting", "キックオフミーティング", 7),
    ("Agree a common goal with numbers and a period", "数値と期間を決めた共通の目標に合意", 14),
    ("Identify the key person", "キーマンを特定", 14),
    ("Product training completed", "製品研修の修了", 30),
    ("Proposal template and talk script shared", "提案書テンプレートとトークスクリプトを共有", 30),
    ("Target list handed over", "ターゲットリストの受け渡し", 45),
    ("First deal registered", "初回案件登録", 60),
    ("Co-selling visit", "同行営業", 75),
    ("First deal won", "初回受注", 120),
]
DEFAULT_TIERS = [("Bronze", 0), ("Silver", 100), ("Gold", 300), ("Platinum", 600)]
DEFAULT_POINT_RULES = [
    ("training_completed", 10.0, None),
    ("deal_registered", 5.0, None),
    ("deal_won", 20.0, 100_000),
]


def _seed_reference_data() -> None:
    templates = sa.table(
        "checklist_templates",
        sa.column("id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("is_default", sa.Boolean),
    )
    steps = sa.table(
        "checklist_template_steps",
        sa.column("template_id", sa.Integer),
        sa.column("position", sa.Integer),
        sa.column("title", sa.String),
        sa.column("title_ja", sa.String),
        sa.column("due_offset_days", sa.Integer),
    )
    tiers = sa.table(
        "tier_levels", sa.column("name", sa.String), sa.column("min_points", sa.Integer)
    )
    rules = sa.table(
        "point_rules",
        sa.column("kind", sa.String),
        sa.column("points", sa.Float),
        sa.column("yen_per_point", sa.Integer),
    )
    op.bulk_insert(templates, [{"id": 1, "name": "Standard onboarding", "is_default": True}])
    op.bulk_insert(
        steps,
        [
            {"template_id": 1, "position": i, "title": t, "title_ja": ja, "due_offset_days": d}
            for i, (t, ja, d) in enumerate(DEFAULT_CHECKLIST)
        ],
    )
    op.bulk_insert(tiers, [{"name": n, "min_points": p} for n, p in DEFAULT_TIERS])
    op.bulk_insert(
        rules, [{"kind": k, "points": p, "yen_per_point": y} for k, p, y in DEFAULT_POINT_RULES]
    )


def downgrade() -> None:
    op.drop_table("meeting_attendees")
    with op.batch_alter_table("goals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goals_partner_id"))

    op.drop_table("goals")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_person_id_kind_occurred_at"))
        batch_op.drop_index(batch_op.f("ix_events_partner_id_occurred_at"))
        batch_op.drop_index(batch_op.f("ix_events_partner_id_kind_occurred_at"))
        batch_op.drop_index(batch_op.f("ix_events_kind_occurred_at_partner_id"))
        batch_op.drop_index(batch_op.f("ix_events_content_id"))

    op.drop_table("events")
    with op.batch_alter_table("checklist_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_items_partner_id_position"))
        batch_op.drop_index(batch_op.f("ix_checklist_items_done_on_due_on"))

    op.drop_table("checklist_items")
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_items_status_due_on"))
        batch_op.drop_index(batch_op.f("ix_action_items_partner_id_status"))
        batch_op.drop_index(batch_op.f("ix_action_items_meeting_id"))

    op.drop_table("action_items")
    with op.batch_alter_table("pract_assessments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pract_assessments_partner_id_assessed_on"))

    op.drop_table("pract_assessments")
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_persons_partner_id_is_key_person"))

    op.drop_table("persons")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meetings_partner_id_held_on"))

    op.drop_table("meetings")
    with op.batch_alter_table("interventions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interventions_partner_id_occurred_on"))

    op.drop_table("interventions")
    with op.batch_alter_table("checklist_template_steps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_template_steps_template_id"))

    op.drop_table("checklist_template_steps")
    op.drop_table("tier_levels")
    op.drop_table("settings")
    op.drop_table("point_rules")
    op.drop_table("partners")
    op.drop_table("contents")
    op.drop_table("checklist_templates")
