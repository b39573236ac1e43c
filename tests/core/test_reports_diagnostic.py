"""The partner's Excel diagnostic: its workbook, the round trip, and every tampered return."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from sqlalchemy import func, select

from prm_core.database import Database
from prm_core.orm import DiagnosticExport, PractAssessment
from prm_core.reports import diagnostic_import
from prm_core.reports.diagnostic_import import (
    DiagnosticRefused,
    import_diagnostic,
    read_returned,
)
from prm_core.reports.diagnostic_xlsx import (
    COMMENT_NAMES,
    META_SHEET,
    SCORE_NAMES,
    export_diagnostic,
)
from tests.core.test_reports_support import (
    A_NAME,
    B_NAME,
    B_PERSONS,
    B_SECRETS,
    C_NAME,
    ERASED,
    INJECTIONS,
    INTERNAL_NOTES,
    TODAY,
    Programme,
    build_programme,
    xlsx_parts,
)

PHASES = ("perception", "readiness", "activate", "collaboration", "trust")
SCORES = {"perception": 3, "readiness": 2, "activate": 4, "collaboration": 1, "trust": 5}


@pytest.fixture
def programme(sqlite_db: Database) -> Programme:
    return build_programme(sqlite_db)


def named_cell(wb: Workbook, name: str) -> Any:
    ((sheet, ref),) = list(wb.defined_names[name].destinations)
    return wb[sheet][ref.replace("$", "")]


def fill(
    src: Path, dst: Path, scores: dict[str, Any], comments: dict[str, str] | None = None
) -> Path:
    """What a partner does: open the workbook, type into the named cells, save."""
    wb = load_workbook(src)
    for phase, value in scores.items():
        named_cell(wb, SCORE_NAMES[phase]).value = value
    for phase, text in (comments or {}).items():
        named_cell(wb, COMMENT_NAMES[phase]).value = text
    wb.save(dst)
    return dst


def assessments(db: Database) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(PractAssessment)) or 0)


def export(db: Database, pid: int, tmp_path: Path, name: str = "diag.xlsx") -> Path:
    return export_diagnostic(db, pid, tmp_path / name, today=TODAY).path


# --- the workbook -------------------------------------------------------------------------


def test_workbook_shape(programme: Programme, sqlite_db: Database, tmp_path: Path) -> None:
    result = export_diagnostic(sqlite_db, programme.a, tmp_path / "d.xlsx", today=TODAY)
    with sqlite_db.reading() as s:
        row = s.get(DiagnosticExport, result.export_id)
        assert row is not None and row.partner_id == programme.a and row.schema_version == 1
    wb = load_workbook(result.path)
    assert wb.sheetnames == ["表紙", "自己診断", "KPI", "オンボーディング", "目標", META_SHEET]
    assert wb[META_SHEET].sheet_state == "veryHidden"
    meta = {k: v for k, v in wb[META_SHEET].iter_rows(values_only=True)}
    assert meta["export_id"] == result.export_id
    assert meta["partner_id"] == programme.a and meta["schema_version"] == 1
    props = {p.name: p.value for p in wb.custom_doc_props}
    assert props["prm_export_id"] == result.export_id
    assert props["prm_partner_id"] == programme.a
    assert wb.security is not None and wb.security.lockStructure
    sheet = wb["自己診断"]
    assert sheet.protection.sheet
    unlocked = {
        c.coordinate
        for row in sheet.iter_rows()
        for c in row
        if c.protection is not None and not c.protection.locked
    }
    assert unlocked == {f"{col}{r}" for col in "DE" for r in range(6, 11)}
    for ws in wb.worksheets:
        assert ws.protection.sheet, ws.title
    [validation] = sheet.data_validations.dataValidation
    assert validation.type == "list" and validation.formula1 == '"0,1,2,3,4,5"'
    assert str(validation.sqref) == "D6 D7 D8 D9 D10"
    assert validation.showErrorMessage
    for i, phase in enumerate(PHASES):
        assert named_cell(wb, SCORE_NAMES[phase]).coordinate == f"D{6 + i}"
        assert named_cell(wb, COMMENT_NAMES[phase]).coordinate == f"E{6 + i}"
    for ws in wb.worksheets[:-1]:
        assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
    kpis = [row for row in wb["KPI"].iter_rows(values_only=True) if row[0] == "案件登録数"]
    assert kpis[0][1:3] == (0, 4)  # 2026Q4 to date (exported in October), then 2026Q3
    checklist = [row[0] for row in wb["オンボーディング"].iter_rows(min_row=5, values_only=True)]
    assert checklist == ["キックオフ", "製品研修の修了", "同行訪問"]


def test_english_workbook(programme: Programme, sqlite_db: Database, tmp_path: Path) -> None:
    path = export_diagnostic(sqlite_db, programme.a, tmp_path / "e.xlsx", language="en").path
    wb = load_workbook(path)
    assert wb.sheetnames[:2] == ["Cover", "Self-assessment"]
    assert "Perception" in {c.value for row in wb["Self-assessment"].iter_rows() for c in row}


# --- the round trip -----------------------------------------------------------------------


def test_round_trip(db: Database, tmp_path: Path) -> None:
    """Export, fill in as a partner would, import: the same scores, once (both backends)."""
    ids = build_programme(db)
    sent = export(db, ids.a, tmp_path)
    returned = fill(
        sent,
        tmp_path / "returned.xlsx",
        SCORES,
        {"collaboration": "定例会を月1回にしたい", "trust": "いつも感謝しています"},
    )
    before = assessments(db)
    result, changes = import_diagnostic(db, returned, today=date(2026, 10, 20))
    assert result.scores == SCORES and result.total == 15
    assert not result.already_imported and result.partner == A_NAME
    assert changes.partner_id == ids.a
    with db.reading() as s:
        row = s.get(PractAssessment, result.assessment_id)
        assert row is not None
        assert (row.assessor, row.assessed_on, row.partner_id) == (
            "self",
            date(2026, 10, 20),
            ids.a,
        )
        assert {p: getattr(row, p) for p in PHASES} == SCORES
        assert row.source_export_id == result.export_id
        assert "collaboration: 定例会を月1回にしたい" in row.comments
    assert assessments(db) == before + 1
    again, changes = import_diagnostic(db, returned, today=date(2026, 10, 21))
    assert again.already_imported and again.assessment_id == result.assessment_id
    assert not changes.any()
    assert assessments(db) == before + 1


def test_numbers_typed_as_floats_are_whole_scores(
    programme: Programme, sqlite_db: Database, tmp_path: Path
) -> None:
    sent = export(sqlite_db, programme.a, tmp_path)
    returned = fill(sent, tmp_path / "r.xlsx", {p: float(v) for p, v in SCORES.items()})
    assert read_returned(returned).scores == SCORES


# --- refused files: each its own reason, nothing written ----------------------------------


def _set_meta(path: Path, dst: Path, **values: Any) -> Path:
    wb = load_workbook(path)
    ws = wb[META_SHEET]
    for row in ws.iter_rows():
        if row[0].value in values:
            row[1].value = values[row[0].value]
    for prop in wb.custom_doc_props:
        key = prop.name.removeprefix("prm_")
        if key in values:
            prop.value = values[key]
    wb.save(dst)
    return dst


def _truncated(src: Path, dst: Path) -> Path:
    data = src.read_bytes()
    dst.write_bytes(data[: len(data) // 2])
    return dst


def _with_macros(src: Path, dst: Path) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))
        zout.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 fake VBA")
    return dst


CASES: dict[str, tuple[str, str]] = {
    "other_partner": ("other_partner", "belongs to another partner"),
    "score_7": ("score_range", "is 7: scores go from 0 to 5"),
    "score_text": ("score_text", "holds the text '3', not a number"),
    "score_half": ("score_range", "is 2.5: scores are whole numbers"),
    "score_empty": ("score_empty", "the trust score (自己診断!D10) is empty"),
    "xlsm": ("macro", "macro-enabled workbook (.xlsm)"),
    "macro_inside": ("macro", "contains macros (xl/vbaproject.bin)"),
    "truncated": ("damaged", "damaged or incomplete"),
    "not_xlsx": ("not_xlsx", "is not an Excel workbook (.xlsx)"),
    "zip_not_workbook": ("not_xlsx", "not an Excel workbook (no workbook part)"),
    "unknown_export": ("unknown_export", "which this database does not know"),
    "no_export_id": ("not_diagnostic", "carries no export id"),
    "schema": ("schema", "schema version 9"),
    "tampered": ("tampered", "differs between the hidden sheet"),
    "too_large": ("too_large", "a returned diagnostic is at most 5 MB"),
    "name_removed": ("score_missing", "the cell named pract_trust is missing"),
}


def make_case(case: str, sent: Path, other_export: str, tmp: Path) -> Path:
    good = {**SCORES}
    makers: dict[str, Callable[[], Path]] = {
        "other_partner": lambda: _set_meta(
            fill(sent, tmp / "a.xlsx", good), tmp / "o.xlsx", export_id=other_export
        ),
        "score_7": lambda: fill(sent, tmp / "s7.xlsx", {**good, "readiness": 7}),
        "score_text": lambda: fill(sent, tmp / "st.xlsx", {**good, "perception": "3"}),
        "score_half": lambda: fill(sent, tmp / "sh.xlsx", {**good, "activate": 2.5}),
        "score_empty": lambda: fill(sent, tmp / "se.xlsx", {**good, "trust": None}),
        "xlsm": lambda: Path(shutil.copyfile(fill(sent, tmp / "m.xlsx", good), tmp / "m.xlsm")),
        "macro_inside": lambda: _with_macros(fill(sent, tmp / "mi.xlsx", good), tmp / "v.xlsx"),
        "truncated": lambda: _truncated(fill(sent, tmp / "t.xlsx", good), tmp / "tr.xlsx"),
        "not_xlsx": lambda: Path(shutil.copyfile(fill(sent, tmp / "n.xlsx", good), tmp / "n.xls")),
        "zip_not_workbook": lambda: _plain_zip(tmp / "z.xlsx"),
        "unknown_export": lambda: _set_meta(
            fill(sent, tmp / "u.xlsx", good), tmp / "uu.xlsx", export_id="f" * 32
        ),
        "no_export_id": lambda: _set_meta(
            fill(sent, tmp / "ne.xlsx", good), tmp / "nn.xlsx", export_id=""
        ),
        "schema": lambda: _set_meta(
            fill(sent, tmp / "sc.xlsx", good), tmp / "s9.xlsx", schema_version=9
        ),
        "tampered": lambda: _tamper_sheet_only(fill(sent, tmp / "ta.xlsx", good), tmp / "tt.xlsx"),
        "too_large": lambda: _oversized(tmp / "big.xlsx"),
        "name_removed": lambda: _without_name(fill(sent, tmp / "nr.xlsx", good), tmp / "nr2.xlsx"),
    }
    return makers[case]()


def _plain_zip(dst: Path) -> Path:
    with zipfile.ZipFile(dst, "w") as z:
        z.writestr("hello.txt", "not a workbook")
    return dst


def _oversized(dst: Path) -> Path:
    with dst.open("wb") as f:
        f.truncate(5 * 1024 * 1024 + 1)
    return dst


def _tamper_sheet_only(src: Path, dst: Path) -> Path:
    wb = load_workbook(src)
    for row in wb[META_SHEET].iter_rows():
        if row[0].value == "partner_id":
            row[1].value = 424242
    wb.save(dst)
    return dst


def _without_name(src: Path, dst: Path) -> Path:
    wb = load_workbook(src)
    del wb.defined_names["pract_trust"]
    wb.save(dst)
    return dst


@pytest.mark.parametrize("case", list(CASES))
def test_refused_files_write_nothing(
    case: str, programme: Programme, sqlite_db: Database, tmp_path: Path
) -> None:
    sent = export(sqlite_db, programme.a, tmp_path, "a.xlsx")
    other = export_diagnostic(sqlite_db, programme.b, tmp_path / "b.xlsx", today=TODAY)
    path = make_case(case, sent, other.export_id, tmp_path)
    before = assessments(sqlite_db)
    reason, message = CASES[case]
    with pytest.raises(DiagnosticRefused) as caught:
        import_diagnostic(sqlite_db, path, today=TODAY)
    assert caught.value.reason == reason
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)  # one line for the CLI
    assert assessments(sqlite_db) == before


def test_messages_differ_per_problem() -> None:
    assert len({m for _r, m in CASES.values()}) == len(CASES)


def test_same_export_with_other_answers_is_refused(
    programme: Programme, sqlite_db: Database, tmp_path: Path
) -> None:
    sent = export(sqlite_db, programme.a, tmp_path)
    before = assessments(sqlite_db)
    import_diagnostic(sqlite_db, fill(sent, tmp_path / "1.xlsx", SCORES), today=TODAY)
    changed = fill(sent, tmp_path / "2.xlsx", {**SCORES, "trust": 0})
    with pytest.raises(DiagnosticRefused) as caught:
        import_diagnostic(sqlite_db, changed, today=TODAY)
    assert caught.value.reason == "already_imported"
    assert "Export a new diagnostic" in str(caught.value)
    assert assessments(sqlite_db) == before + 1  # the first import only


def test_several_problems_in_one_message(
    programme: Programme, sqlite_db: Database, tmp_path: Path
) -> None:
    sent = export(sqlite_db, programme.a, tmp_path)
    bad = fill(sent, tmp_path / "x.xlsx", {**SCORES, "perception": 9, "trust": "five"})
    with pytest.raises(DiagnosticRefused) as caught:
        read_returned(bad)
    assert "perception score" in str(caught.value) and "trust score" in str(caught.value)


def test_zip_bomb_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(diagnostic_import, "MAX_UNPACKED", 1000)
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", " " * 5000)
    with pytest.raises(DiagnosticRefused) as caught:
        read_returned(path)
    assert caught.value.reason == "too_large" and "unpacks to" in str(caught.value)


# --- safety -------------------------------------------------------------------------------


def test_no_other_partners_data_in_the_workbook(
    programme: Programme, sqlite_db: Database, tmp_path: Path
) -> None:
    """The leak scan over every part of the package (XML and the rest)."""
    for language in ("ja", "en"):
        path = export_diagnostic(
            sqlite_db, programme.a, tmp_path / f"{language}.xlsx", language=language, today=TODAY
        ).path
        parts = xlsx_parts(path)
        assert any(A_NAME in text for text in parts.values())
        for name, text in parts.items():
            for secret in (B_NAME, *B_PERSONS, "P-0002", *B_SECRETS, C_NAME):
                assert secret not in text, (name, secret)
            for note in INTERNAL_NOTES:
                assert note not in text, (name, note)
            assert ERASED not in text and "(erased)" not in text, name


def test_formula_injection_strings_stay_text(
    programme: Programme, sqlite_db: Database, tmp_path: Path
) -> None:
    path = export_diagnostic(sqlite_db, programme.c, tmp_path / "c.xlsx", today=TODAY).path
    wb = load_workbook(path)
    cells = {c.value: c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value}
    for text in (C_NAME, "@SUM(1+1)", "+cmd|' /C calc'!A0"):
        cell = cells[text]
        assert cell.data_type == "s", text
        assert cell.quotePrefix, text
    assert not any(
        c.data_type == "f"
        for ws in wb.worksheets
        if ws.title != "自己診断"  # its total is our own formula
        for row in ws.iter_rows()
        for c in row
    )
    assert set(INJECTIONS) >= {C_NAME}
