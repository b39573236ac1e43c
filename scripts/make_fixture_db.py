"""Make a small database at one schema revision, for tests/fixtures/schema_<rev>.db.

Usage: python scripts/make_fixture_db.py [--revision REV] [--out FILE]

The file is migrated from empty to REV (default: the current head) with prm_core.migrate,
then filled with a small, realistic, deterministic data set in plain SQL: partners of every
type and status, persons (one erased), contents, about 400 events across the journey, an
onboarding checklist, 1on1s with attendees and action items, goals, PRACT assessments,
interventions, and, where the schema has them, deal registrations with a resolved conflict,
a snoozed signal, a playbook entry and a diagnostic export. Only the tables and columns that
exist at REV are written, so the same data set serves every revision.

When a new schema version is released: run this script for the new head, commit the file
as tests/fixtures/schema_<head>.db (never regenerate an older one: it stands for databases
users already have), and add it to tests/core/test_safety_fixtures.py. If the new revision
adds a NOT NULL column without a default, add its value to the data set below first (the
script stops and names the column).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from prm_core import migrate  # noqa: E402
from prm_core.database import create_db_engine  # noqa: E402

STAMP = "2026-06-30 12:00:00"
AS_OF = date(2026, 6, 30)

PARTNERS = [
    # name, kana, code, type, territory, industry, contract, status, tier, owner
    (
        "株式会社さくらシステムズ",
        "さくらしすてむず",
        "P-0001",
        "reseller",
        "関東",
        "製造",
        "2025-04-01",
        "active",
        "Gold",
        "田中 美咲",
    ),
    (
        "北斗ソリューションズ株式会社",
        "ほくとそりゅーしょんず",
        "P-0002",
        "system_integrator",
        "関西",
        "金融",
        "2025-06-15",
        "active",
        "Silver",
        "佐藤 健",
    ),
    (
        "Blue Ocean Systems Inc.",
        None,
        "P-0003",
        "technology",
        "九州",
        "IT",
        "2025-09-01",
        "active",
        "Bronze",
        "田中 美咲",
    ),
    (
        "ミライ商事",
        "みらいしょうじ",
        "P-0004",
        "agency",
        "中部",
        "小売",
        "2025-11-20",
        "suspended",
        None,
        "鈴木 一郎",
    ),
    (
        "合同会社つばさリファラル",
        "つばさりふぁらる",
        "P-0005",
        "referral",
        "東北",
        None,
        "2026-01-10",
        "active",
        None,
        "佐藤 健",
    ),
    (
        "旧パートナー株式会社",
        "きゅうぱーとなー",
        "P-0006",
        "reseller",
        "関東",
        "物流",
        "2024-10-01",
        "terminated",
        None,
        "鈴木 一郎",
    ),
    (
        "新規開拓テック",
        "しんきかいたくてっく",
        None,
        "technology",
        "北海道",
        "IT",
        "2026-05-20",
        "active",
        None,
        "田中 美咲",
    ),
]
PERSON_NAMES = [
    ("山田 太郎", "営業部長", True),
    ("佐藤 花子", "営業担当", False),
    ("高橋 誠", "SE", False),
]
CONTENTS = [
    ("提案書テンプレート", "proposal deck"),
    ("トークスクリプト", "talk script"),
    ("導入事例集", "case study"),
    ("価格表 2026", "price list"),
]
KINDS = [
    "login",
    "material_download",
    "training_completed",
    "deal_consulted",
    "lead_registered",
    "deal_registered",
    "proposal",
    "deal_won",
    "deal_lost",
]


class Writer:
    """Inserts rows into the tables and columns that exist at this revision."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.columns: dict[str, dict[str, tuple[bool, bool]]] = {}
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
            # name → (required: NOT NULL without default and not the rowid key, has default)
            self.columns[table] = {
                row[1]: (bool(row[3]) and row[4] is None and not row[5], row[4] is not None)
                for row in info
            }

    def has(self, table: str) -> bool:
        return table in self.columns

    def insert(self, table: str, row: dict[str, Any]) -> int | None:
        if table not in self.columns:
            return None
        known = self.columns[table]
        for stamp in ("created_at", "updated_at"):
            if stamp in known and stamp not in row:
                row[stamp] = STAMP
        values = {k: v for k, v in row.items() if k in known}
        missing = [c for c, (required, _) in known.items() if required and c not in values]
        if missing:
            raise SystemExit(
                f"make_fixture_db: {table}.{', '.join(missing)} is required at this revision; "
                "add it to the data set in scripts/make_fixture_db.py"
            )
        names = ", ".join(f'"{k}"' for k in values)
        marks = ", ".join("?" for _ in values)
        cur = self.conn.execute(
            f'INSERT INTO "{table}" ({names}) VALUES ({marks})', list(values.values())
        )
        return cur.lastrowid


def fill(conn: sqlite3.Connection) -> None:  # noqa: PLR0912, PLR0915 - one data set, top to bottom
    w = Writer(conn)
    rnd = random.Random(20260630)
    contents = [w.insert("contents", {"name": n, "kind": k}) for n, k in CONTENTS]
    partners: list[int] = []
    persons: dict[int, list[int]] = {}
    for i, (name, kana, code, type_, terr, ind, contract_iso, status, tier, owner) in enumerate(
        PARTNERS
    ):
        pid = w.insert(
            "partners",
            {
                "name": name,
                "name_kana": kana,
                "code": code,
                "type": type_,
                "territory": terr,
                "industry": ind,
                "contract_date": contract_iso,
                "status": status,
                "tier": tier,
                "owner": owner,
                "notes": f"{name}の担当メモ。\n四半期ごとにQBRを実施。" if i < 3 else "",
            },
        )
        assert pid is not None
        partners.append(pid)
        persons[pid] = []
        for j, (pname, role, key) in enumerate(PERSON_NAMES[: 3 if i < 3 else 2]):
            erased = i == 1 and j == 2
            person = w.insert(
                "persons",
                {
                    "partner_id": pid,
                    "name": "(erased)" if erased else f"{pname}{i + 1}",
                    "role": None if erased else role,
                    "email": None if erased else f"person{i + 1}{j + 1}@example.co.jp",
                    "phone": None if erased else f"03-1234-{i + 1:02d}{j + 1:02d}",
                    "is_key_person": key,
                    "notes": "",
                    "anonymised_at": "2026-03-01 09:00:00" if erased else None,
                },
            )
            assert person is not None
            persons[pid].append(person)

    # Events: registration at contract (+1 day), then activity that thins out along the journey.
    event_no = 0
    for i, pid in enumerate(partners):
        contract = date.fromisoformat(PARTNERS[i][6])
        if i == 6:
            continue  # contract only, no event yet: registered by contract date
        event_no += 1
        w.insert(
            "events",
            {
                "partner_id": pid,
                "person_id": persons[pid][0],
                "kind": "registered",
                "occurred_at": f"{contract + timedelta(days=1)} 10:00:00",
                "source": "portal",
                "external_id": f"fx-{event_no:05d}",
            },
        )
        depth = len(KINDS) - i
        days = (AS_OF - contract).days
        for _ in range(70 - 8 * i):
            kind = KINDS[min(int(rnd.expovariate(0.45)), max(depth - 1, 0))]
            when = contract + timedelta(days=rnd.randrange(2, max(days, 3)))
            event_no += 1
            won = kind in {"deal_won", "deal_registered", "proposal"}
            w.insert(
                "events",
                {
                    "partner_id": pid,
                    "person_id": rnd.choice(persons[pid]) if rnd.random() < 0.85 else None,
                    "kind": kind,
                    "occurred_at": f"{when} {rnd.randrange(9, 19):02d}:{rnd.randrange(60):02d}:00",
                    "content_id": rnd.choice(contents) if kind == "material_download" else None,
                    "deal": f"案件{event_no}" if won else None,
                    "customer": f"顧客{rnd.randrange(1, 12)}株式会社" if won else None,
                    "amount": rnd.randrange(5, 200) * 100_000 if kind == "deal_won" else None,
                    "source": "portal" if kind in {"login", "material_download"} else "sfa",
                    "external_id": f"fx-{event_no:05d}",
                },
            )
    w.insert(
        "events",
        {
            "partner_id": partners[0],
            "person_id": None,
            "kind": "login",
            "occurred_at": "2026-06-29 08:30:00",
            "source": "manual",
            "external_id": None,
        },
    )

    # Onboarding checklists from the default template's steps (seeded by migration 0001).
    steps = conn.execute(
        "SELECT s.id, s.position, s.title, s.due_offset_days FROM checklist_template_steps s "
        "JOIN checklist_templates t ON t.id = s.template_id WHERE t.is_default ORDER BY s.position"
    ).fetchall()
    for i, pid in enumerate(partners[:4]):
        contract = date.fromisoformat(PARTNERS[i][6])
        for n, (step_id, position, title, offset) in enumerate(steps):
            due = contract + timedelta(days=offset)
            done = due - timedelta(days=2) if n < 6 - i else None
            w.insert(
                "checklist_items",
                {
                    "partner_id": pid,
                    "template_step_id": step_id,
                    "position": position,
                    "title": title,
                    "due_on": str(due),
                    "done_on": str(done) if done else None,
                    "note": "前倒しで完了" if n == 0 else "",
                },
            )

    # 1on1s with attendees and action items (vendor and partner side, done and open).
    meetings = [
        (
            0,
            "2026-04-10",
            "Q1振り返り、受注事例の共有",
            "提案書テンプレートの活用状況を確認。",
            "activate",
        ),
        (0, "2026-06-12", "Q2の案件パイプライン", "同行営業の日程を調整。", "collaboration"),
        (1, "2026-05-08", "研修の進捗", "製品研修の修了者は2名。", "readiness"),
        (3, "2026-02-20", "活動停止の理由", "担当者の異動で活動が止まっている。", None),
    ]
    for k, (pi, held, topics, notes, phase) in enumerate(meetings):
        pid = partners[pi]
        meeting = w.insert(
            "meetings",
            {
                "partner_id": pid,
                "held_on": held,
                "topics": topics,
                "notes": notes,
                "pract_phase": phase,
            },
        )
        for person in persons[pid][:2]:
            w.insert("meeting_attendees", {"meeting_id": meeting, "person_id": person})
        held_day = date.fromisoformat(held)
        for side, title, is_done in (
            ("vendor", "提案書テンプレートの最新版を送付", k % 2 == 0),
            ("partner", "ターゲットリストを共有", k == 0),
        ):
            due = held_day + timedelta(days=14)
            w.insert(
                "action_items",
                {
                    "partner_id": pid,
                    "meeting_id": meeting,
                    "title": title,
                    "owner": PARTNERS[pi][9] if side == "vendor" else None,
                    "side": side,
                    "due_on": str(due),
                    "status": "done" if is_done else "open",
                    "done_on": str(due - timedelta(days=3)) if is_done else None,
                },
            )
    w.insert(
        "action_items",
        {
            "partner_id": partners[2],
            "meeting_id": None,
            "title": "価格改定の案内",
            "owner": "田中 美咲",
            "side": "vendor",
            "due_on": "2026-07-15",
            "status": "open",
            "done_on": None,
        },
    )

    for pi, metric, target, start, end, key in (
        (0, "deal_registered", 12, "2026-04-01", "2026-09-30", False),
        (0, "won_amount", 30_000_000, "2026-04-01", "2027-03-31", False),
        (1, "training_completed", 5, "2026-01-01", "2026-06-30", True),
    ):
        pid = partners[pi]
        w.insert(
            "goals",
            {
                "partner_id": pid,
                "person_id": persons[pid][0] if key else None,
                "metric": metric,
                "target": target,
                "period_start": start,
                "period_end": end,
                "note": "共通の目標",
            },
        )

    export_id = "dx-0001-2026"
    if w.has("diagnostic_exports"):
        w.insert(
            "diagnostic_exports",
            {"id": export_id, "partner_id": partners[1], "schema_version": 1},
        )
    for pi, on, assessor, scores, source in (
        (0, "2026-03-31", "manager", (4, 4, 3, 3, 4), None),
        (
            1,
            "2026-05-31",
            "self",
            (3, 2, 2, 1, 3),
            export_id if w.has("diagnostic_exports") else None,
        ),
        (1, "2026-06-05", "manager", (3, 3, 2, 2, 3), None),
    ):
        w.insert(
            "pract_assessments",
            {
                "partner_id": partners[pi],
                "assessed_on": on,
                "assessor": assessor,
                "perception": scores[0],
                "readiness": scores[1],
                "activate": scores[2],
                "collaboration": scores[3],
                "trust": scores[4],
                "comments": "研修後に再評価する",
                "source_export_id": source,
            },
        )
    intervention = w.insert(
        "interventions",
        {
            "partner_id": partners[1],
            "occurred_on": "2026-05-10",
            "category": "training",
            "action": "eラーニングの案内と修了者への表彰",
            "signal_key": "training_without_proposals",
            "notes": "",
        },
    )
    w.insert(
        "interventions",
        {
            "partner_id": partners[3],
            "occurred_on": "2026-02-25",
            "category": "1on1",
            "action": "新任担当者との1on1",
            "signal_key": "declining_activity",
            "notes": "",
        },
    )
    w.insert("settings", {"key": "signals.thresholds", "value": '{"dormant_days": 90}'})

    if w.has("deal_registrations"):
        regs = []
        for pi, customer, customer_key, number, deal, amount, on, reg_status in (
            (
                0,
                "株式会社アルファ",
                "アルファ",
                "7000012050002",
                "基幹刷新",
                12_000_000,
                "2026-05-01",
                "approved",
            ),
            (
                1,
                "㈱アルファ",
                "アルファ",
                "7000012050002",
                "基幹刷新(別提案)",
                9_000_000,
                "2026-05-20",
                "submitted",
            ),
            (2, "ベータ物産", "ベータ物産", None, "SaaS導入", 3_000_000, "2026-06-01", "submitted"),
            (0, "ガンマ工業株式会社", "ガンマ工業", None, "保守更新", None, "2026-01-10", "won"),
        ):
            pid = partners[pi]
            registered = date.fromisoformat(on)
            regs.append(
                w.insert(
                    "deal_registrations",
                    {
                        "partner_id": pid,
                        "person_id": persons[pid][0],
                        "customer": customer,
                        "customer_key": customer_key,
                        "corporate_number": number,
                        "deal": deal,
                        "amount": amount,
                        "registered_on": on,
                        "expires_on": str(registered + timedelta(days=90)),
                        "status": reg_status,
                        "decided_on": "2026-02-01" if reg_status == "won" else None,
                        "decision_reason": "",
                        "source": "manual",
                        "source_row": None,
                        "external_id": None,
                    },
                )
            )
        w.insert(
            "conflict_resolutions",
            {
                "first_id": regs[0],
                "second_id": regs[1],
                "resolution": "keep_first",
                "reason": "先に登録し、顧客との商談も先行している",
                "resolved_on": "2026-05-25",
            },
        )
        w.insert(
            "signal_snoozes",
            {
                "partner_id": partners[3],
                "person_id": None,
                "signal_key": "dormant",
                "until": "2026-08-31",
                "reason": "担当者交代のため様子見",
            },
        )
        if "subject" in w.columns["signal_snoozes"]:  # 0005: a snooze of one registration
            w.insert(
                "signal_snoozes",
                {
                    "partner_id": partners[2],
                    "person_id": None,
                    "signal_key": "deal_expiring",
                    "subject": f"registration:{regs[2]}",
                    "until": "2026-08-20",
                    "reason": "顧客の決裁待ち",
                },
            )
        w.insert(
            "playbook_entries",
            {
                "signal_key": "training_without_proposals",
                "action": "eラーニングの案内と修了者への表彰",
                "intervention_id": intervention,
            },
        )


def make_fixture(out: Path, revision: str = "head") -> str:
    """Create ``out`` at ``revision`` with the data set; returns the revision."""
    if out.exists():
        raise SystemExit(f"make_fixture_db: {out} exists; remove it first")
    engine = create_db_engine(f"sqlite:///{out.resolve()}")
    try:
        migrate.upgrade(engine, revision, backup=False)
        reached = migrate.current_revision(engine)
    finally:
        engine.dispose()
    conn = sqlite3.connect(out)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        with conn:
            fill(conn)
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise SystemExit(f"make_fixture_db: foreign key problems {problems[:5]}")
        conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file to commit
        conn.execute("VACUUM")
    finally:
        conn.close()
    assert reached is not None
    return reached


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--revision", default="head", help="schema revision (default: head)")
    parser.add_argument("--out", type=Path, help="default: tests/fixtures/schema_<rev>.db")
    args = parser.parse_args(argv)
    revision = migrate.head_revision() if args.revision == "head" else args.revision
    out = args.out or ROOT / "tests" / "fixtures" / f"schema_{revision}.db"
    reached = make_fixture(out, revision)
    print(f"{out}: schema {reached}, {out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
