"""The report actions in the main window, driven offscreen."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from prm_core.database import Database
from prm_core.orm import PractAssessment
from prm_core.reports import adapters
from prm_core.reports.diagnostic_xlsx import SCORE_NAMES
from prm_core.reports.qbr_data import gather_qbr
from prm_core.reports.qbr_pdf import render_qbr
from prm_desktop.i18n import Translations
from prm_desktop.views.main_window import MainWindow
from prm_desktop.views.reports.controller import ReportsController, find_controller
from prm_desktop.views.reports.dialogs import BatchExportDialog, QbrOptions, QbrOptionsDialog
from prm_desktop.views.reports.printing import fit, page_images, paint_pdf
from tests.core.test_reports_support import (
    A_NAME,
    QUARTER,
    TODAY,
    Programme,
    build_programme,
    need,
    pdf_pages,
    pdf_text,
)


@pytest.fixture(autouse=True)
def no_optional_sources() -> Iterator[None]:
    with adapters.use_providers(tiers=None, signals=None):
        yield


@pytest.fixture
def programme(sqlite_db: Database) -> Programme:
    return build_programme(sqlite_db)


@pytest.fixture
def window(
    qtbot: QtBot, sqlite_db: Database, programme: Programme, translations: Translations
) -> Iterator[MainWindow]:
    w = MainWindow(sqlite_db, translations)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.select_partner(programme.a)
    yield w
    controller = find_controller(w)
    if controller is not None:
        qtbot.waitUntil(lambda: not controller.tasks, timeout=20_000)


def pick_quarter(combo: QComboBox) -> None:
    """Select 2026Q3 (added when the clock has moved past the eight quarters offered)."""
    if combo.findText(QUARTER.label) < 0:
        combo.addItem(QUARTER.label, QUARTER)
    combo.setCurrentIndex(combo.findText(QUARTER.label))


def answer(seen: list[str], text: str) -> QMessageBox.StandardButton:
    """A message box stand-in: remember the text, press OK."""
    seen.append(text)
    return QMessageBox.StandardButton.Ok


def controller_of(window: MainWindow) -> ReportsController:
    found = find_controller(window)
    assert found is not None
    return found


def test_actions_are_in_the_menus_and_the_overview(window: MainWindow) -> None:
    c = controller_of(window)
    assert c.reports_menu.menuAction() in window.tools_menu.actions()
    titles = [a.text() for a in c.reports_menu.actions() if not a.isSeparator()]
    assert titles == [
        "Export &QBR…",
        "Export QBRs for &All Active Partners…",
        "&Print QBR…",
        "QBR Print Pre&view…",
        "Export &Diagnostic for the Partner…",
        "Export P&ortfolio Workbook…",
    ]
    file_actions = window.file_menu.actions()
    assert file_actions[file_actions.index(window.import_action) + 1] is c.import_action
    assert c.qbr_button.parentWidget() is window.detail.overview.edit_button.parentWidget()
    c.reports_menu.aboutToShow.emit()
    assert c.qbr_action.isEnabled() and c.portfolio_action.isEnabled()


def test_export_qbr_through_the_menu(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "qbr.pdf"

    def accept(dialog: QbrOptionsDialog) -> int:
        assert dialog.fields.quarter.count() == 8
        pick_quarter(dialog.fields.quarter)
        dialog.fields.language.setCurrentIndex(dialog.fields.language.findData("ja"))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QbrOptionsDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    c = controller_of(window)
    with qtbot.waitSignal(c.file_written, timeout=20_000) as signal:
        c.qbr_action.trigger()
    assert signal.args == [str(target)]
    text = pdf_text(target)
    assert A_NAME in text and "2026年 第3四半期" in text
    assert str(target) in window.statusBar().currentMessage()


def test_batch_dialog_exports_every_active_partner(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = controller_of(window).export_all()
    assert isinstance(dialog, BatchExportDialog)
    dialog.workers = 1
    dialog.folder.setText(str(tmp_path / "all"))
    pick_quarter(dialog.fields.quarter)
    dialog.start()
    assert dialog.running and not dialog.start_button.isEnabled()
    assert dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.batch_result is not None and len(dialog.batch_result.written) == 3
    # the English catalogue renders the plural form of "%n QBR(s) written to %1."
    assert "3 QBRs written" in dialog.status.text()
    assert dialog.progress.value() == dialog.progress.maximum() == 3
    assert len(list((tmp_path / "all").glob("*.pdf"))) == 3
    dialog.close()


def test_batch_dialog_cancel(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = controller_of(window).export_all()
    assert dialog is not None
    dialog.workers = 1
    dialog.folder.setText(str(tmp_path / "cancelled"))
    dialog.start()
    dialog.cancel()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.batch_result is None
    assert dialog.status.text().startswith("Cancelled.")
    assert not list((tmp_path / "cancelled").glob("*.tmp"))
    assert dialog.start_button.isEnabled() and not dialog.cancel_button.isEnabled()
    dialog.close()


def test_batch_dialog_needs_a_folder(window: MainWindow) -> None:
    dialog = controller_of(window).export_all()
    assert dialog is not None
    dialog.folder.setText("")
    dialog.start()
    assert not dialog.running and dialog.status.text() == "Choose a folder first."
    dialog.close()


def test_print_paints_every_page(
    qtbot: QtBot, window: MainWindow, programme: Programme, sqlite_db: Database, tmp_path: Path
) -> None:
    with sqlite_db.reading() as s:
        pdf = render_qbr(gather_qbr(s, programme.a, QUARTER, today=TODAY), language="ja")
    source = tmp_path / "source.pdf"
    source.write_bytes(pdf)
    images = page_images(pdf, dpi=40)
    assert len(images) == pdf_pages(source)
    assert images[0].width() == round(595.28 * 40 / 72)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert paint_pdf(printer, pdf) == len(images)
    assert pdf_pages(printed) == len(images)
    need("pdftoppm")
    subprocess.run(
        ["pdftoppm", "-r", "20", "-png", "-f", "1", "-l", "1", str(printed), str(tmp_path / "p")],
        check=True,
    )
    assert list(tmp_path.glob("p-*.png"))


def test_default_quarter() -> None:
    from datetime import date

    from prm_core.reports.periods import Quarter
    from prm_desktop.views.reports.dialogs import default_quarter, recent_quarters

    assert default_quarter(date(2026, 10, 5)) == Quarter(2026, 3)  # QBR season
    assert default_quarter(date(2026, 11, 24)) == Quarter(2026, 4)
    assert recent_quarters(date(2026, 11, 24))[:2] == [Quarter(2026, 4), Quarter(2026, 3)]


def test_pages_keep_their_shape_on_other_paper() -> None:
    from PySide6.QtCore import QRectF

    letter = QRectF(0, 0, 2550, 3300)  # US Letter at 300 dpi
    placed = fit(letter, 2480, 3508)  # an A4 page at 300 dpi
    assert placed.height() == 3300
    assert placed.width() / placed.height() == pytest.approx(2480 / 3508)
    assert placed.center() == letter.center()


def test_print_preview_opens(qtbot: QtBot, window: MainWindow) -> None:
    c = controller_of(window)
    c.print_qbr(preview=True, options=QbrOptions(QUARTER, "partner", "en"))
    qtbot.waitUntil(lambda: c.preview is not None and c.preview.isVisible(), timeout=20_000)
    assert c.pdf is not None and c.pdf.startswith(b"%PDF")
    assert c.preview is not None
    c.preview.close()


def test_diagnostic_export_and_import(
    qtbot: QtBot,
    window: MainWindow,
    sqlite_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    c = controller_of(window)
    sent = tmp_path / "diag.xlsx"
    with qtbot.waitSignal(c.file_written, timeout=20_000):
        c.export_diagnostic(str(sent), language="en")
    wb = load_workbook(sent)
    assert wb.sheetnames[0] == "Cover"
    for score, name in enumerate(SCORE_NAMES.values()):
        ((sheet, ref),) = list(wb.defined_names[name].destinations)
        wb[sheet][ref.replace("$", "")].value = score
    returned = tmp_path / "returned.xlsx"
    wb.save(returned)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "information",
        lambda _p, _t, text, *a: answer(shown, text),
    )
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda _p, _t, text, *a: answer(shown, text),
    )

    def count() -> int:
        with sqlite_db.reading() as s:
            return int(s.scalar(select(func.count()).select_from(PractAssessment)) or 0)

    before = count()
    with (
        qtbot.waitSignal(window.workspace.bus.changed, timeout=20_000),
        qtbot.waitSignal(c.diagnostic_imported, timeout=20_000),
    ):
        c.import_diagnostic(str(returned))
    assert count() == before + 1
    assert shown[-1] == f"Self-assessment of {A_NAME} imported: total 10 / 25."
    wb[sheet]["D6"] = "three"
    wb.save(tmp_path / "bad.xlsx")
    with qtbot.waitSignal(c.failed, timeout=20_000) as refused:
        c.import_diagnostic(str(tmp_path / "bad.xlsx"))
    assert "holds the text 'three'" in refused.args[0]
    assert shown[-1] == refused.args[0]
    assert count() == before + 1


def test_export_portfolio(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    c = controller_of(window)
    target = tmp_path / "portfolio.xlsx"
    with qtbot.waitSignal(c.file_written, timeout=20_000):
        c.export_portfolio(str(target), language="en")
    assert load_workbook(target).sheetnames == ["Partners", "KPI summary"]


def test_actions_need_a_partner(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.table.clearSelection()
    c = controller_of(window)
    c.reports_menu.aboutToShow.emit()
    assert not c.qbr_action.isEnabled() and c.batch_action.isEnabled()
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda _p, _t, text, *a: answer(warned, text),
    )
    c.export_qbr(QbrOptions(QUARTER), "/nonexistent/x.pdf")
    assert warned == ["Select a partner in the list first."]


def test_language_change_keeps_the_actions(window: MainWindow, translations: Translations) -> None:
    c = controller_of(window)
    translations.switch("ja")
    assert c.qbr_action.text()
    translations.switch("en")
    assert c.qbr_action.text() == "Export &QBR…"


def test_the_export_dialogs_speak_japanese(qtbot: QtBot, translations: Translations) -> None:
    """Their option rows are built by a helper class: its texts must still be found."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    translations.switch("ja")
    dialog = QbrOptionsDialog("アルファ")
    qtbot.addWidget(dialog)
    form = dialog.findChild(QFormLayout)
    assert form is not None
    labels = [
        w.text()
        for r in range(form.rowCount())
        if (item := form.itemAt(r, QFormLayout.ItemRole.LabelRole)) is not None
        and isinstance(w := item.widget(), QLabel)
    ]
    assert labels[-3:] == ["四半期(&Q)", "種類(&V)", "言語(&L)"]
    variant = dialog.fields.variant
    assert [variant.itemText(i) for i in range(variant.count())] == [
        "パートナー向け（配布用）",
        "社内用（メモとリスクを含む）",
    ]
