"""Schema, migrations and the constraints that protect a manager's data."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import delete, inspect, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from prm_core import migrate
from prm_core.database import Database, open_database
from prm_core.orm import (
    ActionItem,
    Base,
    ChecklistTemplate,
    Event,
    Goal,
    Partner,
    PointRule,
    PractAssessment,
    TierLevel,
)
from tests.factories import add_event, add_partner, add_person


def test_upgrade_from_empty_creates_every_table(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.db")
    try:
        tables = set(inspect(db.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert "alembic_version" in tables
        assert migrate.current_revision(db.engine) == migrate.head_revision()
    finally:
        db.close()


def test_downgrade_upgrade_round_trip(db: Database) -> None:
    migrate.downgrade(db.engine, "base")
    assert migrate.current_revision(db.engine) is None
    remaining = set(inspect(db.engine).get_table_names()) & set(Base.metadata.tables)
    assert remaining == set()
    migrate.upgrade(db.engine)
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    assert set(Base.metadata.tables) <= set(inspect(db.engine).get_table_names())


def test_reference_data_is_seeded(db: Database) -> None:
    with db.reading() as s:
        template = s.scalars(select(ChecklistTemplate).where(ChecklistTemplate.is_default)).one()
        assert [st.due_offset_days for st in template.steps] == [7, 14, 14, 30, 30, 45, 60, 75, 120]
        tiers = {t.name: t.min_points for t in s.scalars(select(TierLevel))}
        assert tiers == {"Bronze": 0, "Silver": 100, "Gold": 300, "Platinum": 600}
        rules = {r.kind: (r.points, r.yen_per_point) for r in s.scalars(select(PointRule))}
        assert rules["deal_won"] == (20.0, 100_000)
        assert rules["training_completed"] == (10.0, None)


def test_sqlite_connection_settings(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 10_000
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL


def test_opening_an_old_database_upgrades_it(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = open_database(path, upgrade=False)
    assert migrate.current_revision(db.engine) is None
    db.close()
    db = open_database(path)
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    db.close()


def test_partner_name_is_unique(db: Database) -> None:
    with db.transaction() as s:
        add_partner(s, "株式会社アルファ")
    with pytest.raises(IntegrityError), db.transaction() as s:
        add_partner(s, "株式会社アルファ")
    with db.reading() as s:
        assert s.scalar(select(Partner.id).where(Partner.name == "株式会社アルファ")) is not None


@pytest.mark.parametrize(
    ("fields", "why"),
    [
        ({"name": "  "}, "blank name"),
        ({"name": "X", "type": "wholesaler"}, "unknown type"),
        ({"name": "X", "status": "gone"}, "unknown status"),
    ],
)
def test_partner_checks(db: Database, fields: dict[str, object], why: str) -> None:
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.add(Partner(**fields))
        s.flush()


def test_event_external_id_unique_per_source(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "P")
        add_event(s, p, "login", date(2026, 1, 5), source="portal.csv", external_id="A1")
        # Same id from another source, and events without an id, are fine.
        add_event(s, p, "login", date(2026, 1, 5), source="sfa.xlsx", external_id="A1")
        add_event(s, p, "login", date(2026, 1, 5), source="portal.csv")
        add_event(s, p, "login", date(2026, 1, 5), source="portal.csv")
    with pytest.raises(IntegrityError), db.transaction() as s:
        p2 = s.scalars(select(Partner)).one()
        add_event(s, p2, "login", date(2026, 1, 6), source="portal.csv", external_id="A1")
    with db.reading() as s:
        assert s.scalar(select(text("count(*)")).select_from(Event)) == 4


@pytest.mark.parametrize(
    ("fields"),
    [{"kind": "download"}, {"kind": "deal_won", "amount": -1}],
)
def test_event_checks(db: Database, fields: dict[str, object]) -> None:
    with db.transaction() as s:
        p = add_partner(s, "P")
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.add(Event(partner_id=p.id, occurred_at=datetime(2026, 1, 1), **fields))
        s.flush()


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.add(Event(partner_id=999, kind="login", occurred_at=datetime(2026, 1, 1)))
        s.flush()


def test_deleting_a_partner_cascades(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "P")
        person = add_person(s, p, "山田 太郎")
        add_event(s, p, "login", date(2026, 1, 1), person=person)
    with db.transaction() as s:
        s.execute(delete(Partner))
    with db.reading() as s:
        assert s.scalar(select(text("count(*)")).select_from(Event)) == 0


@pytest.mark.parametrize("score", [-1, 6])
def test_pract_scores_range(db: Database, score: int) -> None:
    with db.transaction() as s:
        p = add_partner(s, "P")
    scores = dict(perception=3, readiness=3, activate=3, collaboration=3, trust=score)
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.add(
            PractAssessment(
                partner_id=p.id, assessed_on=date(2026, 1, 1), assessor="self", **scores
            )
        )
        s.flush()


def test_goal_period_and_target(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "P")
    bad_goals = [
        dict(
            metric="deal_won", target=3, period_start=date(2026, 4, 1), period_end=date(2026, 3, 1)
        ),
        dict(
            metric="deal_won", target=0, period_start=date(2026, 1, 1), period_end=date(2026, 3, 1)
        ),
        dict(
            metric="revenue", target=3, period_start=date(2026, 1, 1), period_end=date(2026, 3, 1)
        ),
    ]
    for fields in bad_goals:
        with pytest.raises(IntegrityError), db.transaction() as s:
            s.add(Goal(partner_id=p.id, **fields))
            s.flush()


def test_action_item_side_defaults_to_vendor(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "P")
        s.add(ActionItem(partner_id=p.id, title="資料送付"))
    with db.reading() as s:
        item = s.scalars(select(ActionItem)).one()
        assert (item.side, item.status) == ("vendor", "open")


def test_concurrent_edit_is_refused_not_overwritten(db: Database) -> None:
    with db.transaction() as s:
        add_partner(s, "P", owner="田中")
    first, second = db.sessions(), db.sessions()
    try:
        a = first.scalars(select(Partner)).one()
        b = second.scalars(select(Partner)).one()
        a.owner = "佐藤"
        first.commit()
        b.owner = "鈴木"
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()
    with db.reading() as s:
        partner = s.scalars(select(Partner)).one()
        assert (partner.owner, partner.version) == ("佐藤", 2)
