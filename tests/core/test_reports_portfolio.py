"""The internal portfolio workbook: every partner, formats, colours, the KPI summary."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from prm_core.database import Database
from prm_core.importing.partners import PARTNER_STATUS_LABELS_JA
from prm_core.reports import adapters
from prm_core.reports.adapters import RiskSignal, TierInfo
from prm_core.reports.portfolio_xlsx import export_portfolio, gather_portfolio
from tests.core.test_reports_support import (
    A_NAME,
    B_NAME,
    C_NAME,
    Programme,
    build_programme,
)

AS_OF = date(2026, 9, 30)


@pytest.fixture
def programme(sqlite_db: Database) -> Programme:
    return build_programme(sqlite_db)


@pytest.fixture(autouse=True)
def no_optional_sources() -> Iterator[None]:
    with adapters.use_providers(tiers=None, signals=None):
        yield


def rows_by_partner(path: Path, sheet: int = 0) -> tuple[list[str], dict[str, dict[str, object]]]:
    wb = load_workbook(path)
    ws = wb.worksheets[sheet]
    values = list(ws.iter_rows(values_only=True))
    header = [str(v) for v in values[0]]
    return header, {str(r[0]): dict(zip(header, r, strict=True)) for r in values[1:]}


def test_gathered_rows(db: Database) -> None:
    ids = build_programme(db)
    with db.reading() as s:
        p = gather_portfolio(s, AS_OF)
    rows = {r.partner_id: r for r in p.rows}
    assert set(rows) == {ids.a, ids.b, ids.c}
    a = rows[ids.a]
    assert a.phase == "retention"  # won, deals in 2026Q2 and 2026Q3
    assert (a.deals_registered, a.deals_won, a.won_amount) == (4, 2, 4_000_000)
    assert (a.downloads, a.leads, a.trainings) == (3, 9, 2)  # the 90 days start on 07-03
    assert a.last_meeting == date(2026, 8, 20)
    assert (a.open_actions, a.overdue_actions) == (3, 2)
    assert a.onboarding_done == pytest.approx(1 / 3)
    assert (a.pract_self, a.pract_manager) == (13, 15)
    assert a.signals is None and not p.has_signals and not p.has_tiers
    assert rows[ids.b].won_amount == 98_765_432
    summary = dict((k, v) for k, v, _fmt in p.summary)
    assert summary["pf_registered"] == 3


def test_workbook_formats_and_colours(
    programme: Programme, sqlite_db: Database, tmp_path: Path
) -> None:
    path = export_portfolio(sqlite_db, tmp_path / "p.xlsx", as_of=AS_OF)
    wb = load_workbook(path)
    ws = wb["パートナー一覧"]
    assert ws.freeze_panes == "B2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}4"
    header = [c.value for c in ws[1]]
    col = {name: i for i, name in enumerate(header)}
    a_row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == A_NAME)
    assert a_row[col["受注金額"]].value == 4_000_000
    assert a_row[col["受注金額"]].number_format == "¥#,##0"
    assert a_row[col["案件化率"]].number_format == "0.0%"
    assert a_row[col["案件化率"]].value == pytest.approx(4 / 9)
    assert a_row[col["オンボーディング完了率"]].number_format == "0%"
    assert a_row[col["フェーズ"]].value == "リテンション"
    # statuses in the app's words, which a partner list file may also use
    statuses = {r[col["ステータス"]].value for r in ws.iter_rows(min_row=2)}
    assert statuses and statuses <= {"契約中", "休止中", "契約終了"}
    assert all(s in PARTNER_STATUS_LABELS_JA for s in statuses)
    assert a_row[col["最終1on1"]].is_date
    ranges = {str(r.sqref): r.rules for r in ws.conditional_formatting}
    phase_letter = ws.cell(1, col["フェーズ"] + 1).column_letter
    phase_rules = ranges[f"{phase_letter}2:{phase_letter}4"]
    assert {tuple(r.formula) for r in phase_rules} == {
        ('"オンボーディング"',),
        ('"アクティベーション"',),
        ('"リテンション"',),
        ('"休眠"',),
    }
    overdue_letter = ws.cell(1, col["期日超過アクション"] + 1).column_letter
    assert f"{overdue_letter}2:{overdue_letter}4" in ranges
    summary = wb["KPIサマリー"]
    values = {r[0]: r[1] for r in summary.iter_rows(min_row=5, values_only=True)}
    assert values["登録パートナー数"] == 3
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.orientation == "landscape"


def test_signals_and_tiers_columns_when_available(
    programme: Programme, sqlite_db: Database, tmp_path: Path
) -> None:
    def tiers(_s: Session, _ids: Sequence[int] | None, _d: date) -> dict[int, TierInfo]:
        return {programme.a: TierInfo("Gold", 340.0, "Platinum", 260.0)}

    def signals(_s: Session, _ids: Sequence[int] | None, _d: date) -> dict[int, list[RiskSignal]]:
        return {
            programme.b: [
                RiskSignal("dormant", "high", "", ""),
                RiskSignal("declining_activity", "medium", "", ""),
            ]
        }

    with adapters.use_providers(tiers=tiers, signals=signals):
        path = export_portfolio(sqlite_db, tmp_path / "p.xlsx", as_of=AS_OF, language="en")
    _header, rows = rows_by_partner(path)
    assert rows[A_NAME]["Tier"] == "Gold" and rows[A_NAME]["Points"] == 340
    assert rows[B_NAME]["Signals"] == 2
    assert rows[B_NAME]["Which signals"] == "Dormant, Declining activity"
    assert rows[A_NAME]["Signals"] == 0
    with adapters.use_providers(tiers=tiers, signals=signals):
        path = export_portfolio(sqlite_db, tmp_path / "ja.xlsx", as_of=AS_OF, language="ja")
    _header, rows = rows_by_partner(path)
    assert rows[B_NAME]["シグナルの内容"] == "休眠, 活動量の減少"  # names, not keys


def test_injection_strings_stay_text(
    programme: Programme, sqlite_db: Database, tmp_path: Path
) -> None:
    path = export_portfolio(sqlite_db, tmp_path / "p.xlsx", as_of=AS_OF)
    ws = load_workbook(path).worksheets[0]
    c_row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == C_NAME)
    for cell in (c_row[0], next(c for c in c_row if c.value == "@SUM(1+1)")):
        assert cell.data_type == "s" and cell.quotePrefix
    assert not any(c.data_type == "f" for row in ws.iter_rows() for c in row)
