"""A small hand-made programme for the report tests, and PDF/xlsx inspection helpers.

Partner A is the one reported on; partner B holds distinctive names, persons and numbers
that must never appear in A's files; partner C's texts are formula-injection strings and
Paragraph markup. A has one erased person whose old name appears in a 1on1 and as the owner
of an action item. Quarter 2026Q3, reported on 2026-10-05 (figures as of 2026-09-30).
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from prm_core.database import Database
from prm_core.orm import (
    ActionItem,
    ChecklistItem,
    Goal,
    Meeting,
    Partner,
    Person,
    PractAssessment,
)
from prm_core.reports.periods import Quarter
from prm_core.services.persons import anonymise_person
from tests.factories import add_event, add_partner, add_person

QUARTER = Quarter(2026, 3)
TODAY = date(2026, 10, 5)
A_NAME = "株式会社さくらシステムズ"
A_PERSONS = ("山田 太郎", "佐藤 花子", "鈴木 次郎")
ERASED = "消去 予定子"
B_NAME = "北斗ソリューションズ株式会社"
B_CODE = "P-0002"
B_PERSONS = ("高橋 健一", "伊藤 美香")
B_SECRETS = ("98,765,432", "98765432", "北斗専用案件", "極秘顧客株式会社", "hokuto.example")
INTERNAL_NOTES = ("与信枠の確認が必要", "値引きの相談あり", "協働が弱い", "チェックの内部メモ")
C_NAME = '=HYPERLINK("http://evil.example","x")'
INJECTIONS = (
    C_NAME,
    "@SUM(1+1)",
    "+cmd|' /C calc'!A0",
    "-2+3",
    "\t=1+1",
)


@dataclass
class Programme:
    a: int
    b: int
    c: int
    erased_person: int


def _at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


def build_programme(db: Database) -> Programme:
    with db.transaction() as s:
        a = add_partner(
            s,
            A_NAME,
            code="P-0001",
            owner="田中 美咲",
            territory="関東",
            contract_date=date(2026, 1, 15),
            notes="社内メモ: 与信枠の確認が必要",
        )
        yamada = add_person(s, a, A_PERSONS[0], role="営業部長", is_key_person=True)
        sato = add_person(s, a, A_PERSONS[1], role="営業担当")
        add_person(s, a, A_PERSONS[2], role="SE")
        erased = add_person(s, a, ERASED, role="営業担当", email="erased@example.jp")
        add_event(s, a, "registered", date(2026, 1, 20), person=yamada)
        # previous quarter (2026Q2)
        for d in (date(2026, 4, 10), date(2026, 5, 12)):
            add_event(s, a, "deal_registered", d, person=yamada)
        add_event(s, a, "deal_won", date(2026, 6, 1), person=yamada, amount=1_000_000)
        for d in (date(2026, 4, 2), date(2026, 4, 3), date(2026, 5, 4)):
            add_event(s, a, "material_download", d, person=sato)
        add_event(s, a, "training_completed", date(2026, 5, 20), person=sato)
        # this quarter (2026Q3)
        for d in (date(2026, 7, 10), date(2026, 8, 12)):
            add_event(s, a, "deal_registered", d, person=yamada)
        add_event(s, a, "deal_registered", date(2026, 9, 2), person=sato)
        add_event(s, a, "deal_won", date(2026, 8, 1), person=yamada, amount=2_500_000)
        add_event(s, a, "deal_won", date(2026, 9, 15), person=sato, amount=1_500_000)
        for day in (1, 2, 3, 4, 5):
            add_event(s, a, "material_download", date(2026, 7, day), person=sato)
        for d in (date(2026, 7, 20), date(2026, 8, 20)):
            add_event(s, a, "training_completed", d, person=yamada)
        for day in (5, 6, 7, 8):
            add_event(s, a, "lead_registered", date(2026, 7, day), person=yamada)
        for day in (9, 10):
            add_event(s, a, "lead_registered", date(2026, 7, day), person=sato)
        for day in (11, 12, 13):
            add_event(s, a, "lead_registered", date(2026, 7, day), person=erased)
        add_event(s, a, "deal_registered", date(2026, 9, 20), person=erased)
        add_event(s, a, "proposal", date(2026, 9, 21), person=yamada)
        # after the quarter: never counted in 2026Q3
        add_event(s, a, "deal_won", date(2026, 10, 2), person=yamada, amount=7_000_000)
        s.add_all(
            [
                ChecklistItem(
                    partner_id=a.id,
                    position=1,
                    title="キックオフ",
                    due_on=date(2026, 1, 22),
                    done_on=date(2026, 1, 22),
                    note="チェックの内部メモ",
                ),
                ChecklistItem(
                    partner_id=a.id, position=2, title="製品研修の修了", due_on=date(2026, 8, 1)
                ),
                ChecklistItem(
                    partner_id=a.id, position=3, title="同行訪問", due_on=date(2026, 12, 1)
                ),
                Goal(
                    partner_id=a.id,
                    metric="deal_registered",
                    target=10,
                    period_start=date(2026, 7, 1),
                    period_end=date(2026, 12, 31),
                    note="社内の目標メモ",
                ),
                Goal(
                    partner_id=a.id,
                    metric="won_amount",
                    target=10_000_000,
                    period_start=date(2026, 4, 1),
                    period_end=date(2026, 9, 30),
                ),
                PractAssessment(
                    partner_id=a.id,
                    assessed_on=date(2026, 8, 1),
                    assessor="self",
                    perception=3,
                    readiness=2,
                    activate=4,
                    collaboration=1,
                    trust=3,
                ),
                PractAssessment(
                    partner_id=a.id,
                    assessed_on=date(2026, 8, 10),
                    assessor="manager",
                    perception=3,
                    readiness=4,
                    activate=2,
                    collaboration=3,
                    trust=3,
                    comments="社内: 協働が弱い",
                ),
            ]
        )
        meeting = Meeting(
            partner_id=a.id,
            held_on=date(2026, 8, 20),
            topics=f"提案書テンプレートの共有、{ERASED}さんの後任",
            notes=f"社内メモ: 値引きの相談あり。{ERASED}さんは異動",
            pract_phase="activate",
        )
        meeting.attendees = [yamada, erased]
        s.add(meeting)
        s.flush()
        s.add_all(
            [
                ActionItem(
                    partner_id=a.id,
                    meeting_id=meeting.id,
                    title="競合比較表を送る",
                    owner="田中 美咲",
                    side="vendor",
                    due_on=date(2026, 9, 10),
                ),
                ActionItem(
                    partner_id=a.id,
                    meeting_id=meeting.id,
                    title="販売計画を共有する",
                    owner=ERASED,
                    side="partner",
                    due_on=date(2026, 10, 15),
                ),
                ActionItem(  # promised last quarter, still open: carried over
                    partner_id=a.id,
                    title="四半期計画の資料を送る",
                    owner="田中 美咲",
                    side="vendor",
                    due_on=date(2026, 6, 30),
                    created_at=datetime(2026, 6, 1, 9),
                ),
                ActionItem(  # the partner's promise of last quarter, kept during this one
                    partner_id=a.id,
                    title="導入事例の取材に協力する",
                    owner=A_PERSONS[0],
                    side="partner",
                    due_on=date(2026, 7, 15),
                    status="done",
                    done_on=date(2026, 7, 20),
                    created_at=datetime(2026, 5, 10, 9),
                ),
                ActionItem(  # promised and kept last quarter: not carried over
                    partner_id=a.id,
                    title="価格表を送る",
                    owner="田中 美咲",
                    side="vendor",
                    due_on=date(2026, 6, 20),
                    status="done",
                    done_on=date(2026, 6, 18),
                    created_at=datetime(2026, 5, 1, 9),
                ),
                ActionItem(
                    partner_id=a.id,
                    meeting_id=meeting.id,
                    title="研修を受講する",
                    owner=A_PERSONS[1],
                    side="partner",
                    due_on=date(2026, 9, 1),
                    status="done",
                    done_on=date(2026, 9, 1),
                ),
            ]
        )
        b = _other_partner(s)
        c = _injection_partner(s)
        ids = Programme(a.id, b.id, c.id, erased.id)
    anonymise_person(db, ids.erased_person)
    return ids


def _other_partner(s: Session) -> Partner:
    b = add_partner(
        s,
        B_NAME,
        code=B_CODE,
        owner="田中 美咲",
        contract_date=date(2026, 2, 1),
        notes="北斗の社内メモ",
    )
    takahashi = add_person(s, b, B_PERSONS[0], email="takahashi@hokuto.example")
    ito = add_person(s, b, B_PERSONS[1])
    add_event(s, b, "registered", date(2026, 2, 2), person=takahashi)
    add_event(
        s,
        b,
        "deal_won",
        date(2026, 8, 3),
        person=takahashi,
        amount=98_765_432,
        deal="北斗専用案件",
        customer="極秘顧客株式会社",
    )
    add_event(s, b, "deal_registered", date(2026, 7, 3), person=ito, deal="北斗専用案件")
    s.add(
        Meeting(partner_id=b.id, held_on=date(2026, 8, 21), topics="北斗専用案件の相談", notes="")
    )
    s.add(
        PractAssessment(
            partner_id=b.id,
            assessed_on=date(2026, 8, 2),
            assessor="manager",
            perception=5,
            readiness=5,
            activate=5,
            collaboration=5,
            trust=5,
        )
    )
    return b


def _injection_partner(s: Session) -> Partner:
    c = add_partner(s, C_NAME, code="P-0003", owner="@SUM(1+1)", contract_date=date(2026, 3, 1))
    person = add_person(s, c, "-2+3")
    add_event(s, c, "registered", date(2026, 3, 2), person=person)
    add_event(s, c, "lead_registered", date(2026, 7, 2), person=person)
    s.add_all(
        [
            ChecklistItem(
                partner_id=c.id, position=1, title="+cmd|' /C calc'!A0", due_on=date(2026, 9, 1)
            ),
            Meeting(
                partner_id=c.id,
                held_on=date(2026, 8, 5),
                topics="<b>太字</b> & 記号 <unclosed",
                notes="\t=1+1",
            ),
        ]
    )
    return c


# --- inspecting files ---------------------------------------------------------------------


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    return path


def pdf_text(path: Path, page: int | None = None) -> str:
    args = [need("pdftotext"), "-enc", "UTF-8", "-layout"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run(
        [*args, str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdf_pages(path: Path) -> int:
    out = subprocess.run(
        [need("pdfinfo"), str(path)], check=True, capture_output=True, text=True
    ).stdout
    return int(next(line for line in out.splitlines() if line.startswith("Pages:")).split()[1])


def pdf_fonts(path: Path) -> list[list[str]]:
    """One row per font: the columns of ``pdffonts`` (name … emb sub uni …)."""
    out = subprocess.run(
        [need("pdffonts"), str(path)], check=True, capture_output=True, text=True
    ).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def xlsx_parts(path: Path) -> dict[str, str]:
    """Every part of an .xlsx package as text (XML parts and the rest, decoded leniently)."""
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name).decode("utf-8", "replace") for name in package.namelist()}


def test_programme_builds(sqlite_db: Database) -> None:
    ids = build_programme(sqlite_db)
    with sqlite_db.reading() as s:
        erased = s.get(Person, ids.erased_person)
        assert erased is not None and erased.anonymised_at is not None
        assert erased.name == "(erased)"
        meeting = s.query(Meeting).filter_by(partner_id=ids.a).one()
        assert ERASED not in meeting.topics + meeting.notes
