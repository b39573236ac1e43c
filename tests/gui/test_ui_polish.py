"""What a screenshot review found: first-run column widths, Japanese month names on the PRACT
history axis, the colour of an "unused" annotation, the import wizard's file label and the
intervention categories offered in the user's language."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt, QTextBoundaryFinder
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QLabel, QStyleOptionViewItem, QTableView, QToolTip
from pytestqt.qtbot import QtBot

from prm_core.database import Database
from prm_core.diagnosis.learn import CategoryRow
from prm_core.importing import RowError
from prm_core.queries.workspace import PersonRow
from prm_core.services.goals import InterventionData
from prm_desktop.i18n import Translations
from prm_desktop.models.diagnosis_models import ProgrammeTableModel
from prm_desktop.models.import_models import RowErrorModel
from prm_desktop.models.row_table import sort_value
from prm_desktop.models.workspace_tables import PersonTableModel
from prm_desktop.views.dashboard.charts import WARN, BarChart, LineChart, ScatterChart
from prm_desktop.views.diagnosis.charts import HistoryChart, LocaleDateAxis, _stamp
from prm_desktop.views.diagnosis.dialogs import InterventionDialog
from prm_desktop.views.import_wizard import ImportWizard
from prm_desktop.views.main_window import MainWindow
from prm_desktop.views.table_utils import FIT_MAX_WIDTH, ElidedTextTips, setup_table, squeeze_cap

LONG_ROLE = "カスタマーサクセス部 パートナーアライアンス推進室 室長"
LONG_EMAIL = "shunsuke.hasegawa@partner-company.example.co.jp"


def person(i: int, role: str | None, email: str | None) -> PersonRow:
    return PersonRow(i, f"担当者{i}", role, email, None, False, "", 1, False)


def shown_table(
    qtbot: QtBot, key: str, width: int, stretch: int | None = None
) -> tuple[PersonTableModel, QTableView]:
    """An empty persons table set up under ``key``, shown ``width`` px wide."""
    model = PersonTableModel()
    view = QTableView()
    qtbot.addWidget(view)
    setup_table(view, model, key, stretch=stretch)
    view.resize(width, 300)
    view.show()
    qtbot.waitExposed(view)
    return model, view


def test_columns_fit_their_contents_the_first_time_rows_arrive(qtbot: QtBot) -> None:
    model, view = shown_table(qtbot, "test-fit", 900)
    narrow = view.columnWidth(2)
    model.set_rows([person(1, LONG_ROLE, LONG_EMAIL), person(2, None, None)])
    email = view.columnWidth(2)
    assert email > narrow
    assert email >= view.fontMetrics().horizontalAdvance(LONG_EMAIL)
    assert view.columnWidth(1) <= FIT_MAX_WIDTH  # the long role is capped
    # Only once: the user's own widths (saved from then on) are never overridden.
    view.setColumnWidth(2, 90)
    model.set_rows([person(3, None, LONG_EMAIL + LONG_EMAIL)])
    assert view.columnWidth(2) == 90


def test_an_empty_first_session_does_not_cancel_the_fit(qtbot: QtBot) -> None:
    shown_table(qtbot, "test-empty-first", 900, stretch=1)  # laid out, nothing to fit yet
    assert QSettings().value("tables/test-empty-first") is None
    model = PersonTableModel()
    view = QTableView()
    qtbot.addWidget(view)
    setup_table(view, model, "test-empty-first", stretch=1)
    model.set_rows([person(1, None, LONG_EMAIL)])
    assert view.columnWidth(2) >= view.fontMetrics().horizontalAdvance(LONG_EMAIL)
    assert QSettings().value("tables/test-empty-first") is not None  # fitted, then saved


def test_saved_widths_are_restored_not_fitted(qtbot: QtBot) -> None:
    first = QTableView()
    qtbot.addWidget(first)
    setup_table(first, PersonTableModel(), "test-saved")
    first.setColumnWidth(2, 77)  # saved under the key
    assert QSettings().value("tables/test-saved") is not None
    model = PersonTableModel()
    view = QTableView()
    qtbot.addWidget(view)
    setup_table(view, model, "test-saved")
    model.set_rows([person(1, None, LONG_EMAIL)])
    assert view.columnWidth(2) == 77


def test_a_cut_cell_shows_its_whole_text_as_a_tooltip(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *_a: shown.append(text))
    model = PersonTableModel()
    view = QTableView()
    qtbot.addWidget(view)
    setup_table(view, model, "test-tips")
    model.set_rows([person(1, "部長", LONG_EMAIL)])
    view.resize(900, 200)
    view.show()
    delegate = view.itemDelegate()
    assert isinstance(delegate, ElidedTextTips)

    def tip(column: int) -> str:
        shown.clear()
        index = view.model().index(0, column)
        centre = view.visualRect(index).center()
        event = QHelpEvent(QEvent.Type.ToolTip, centre, view.viewport().mapToGlobal(centre))
        option = QStyleOptionViewItem()
        option.initFrom(view)
        delegate.helpEvent(event, view, option, index)
        return "".join(shown)

    view.setColumnWidth(2, 60)
    assert tip(2) == LONG_EMAIL  # cut: the tooltip tells the whole address
    assert tip(1) == ""  # "部長" fits: no tooltip in the way
    view.setColumnWidth(2, 600)
    assert tip(2) == ""


def test_history_axis_names_months_in_the_users_language(
    qtbot: QtBot, translations: Translations
) -> None:
    chart = HistoryChart()
    qtbot.addWidget(chart)
    axis = chart.getAxis("bottom")
    assert isinstance(axis, LocaleDateAxis)
    chart.resize(700, 300)
    chart.grab()  # the axis measures its font when first painted
    july, march = _stamp(date(2026, 7, 1)), _stamp(date(2026, 3, 1))
    axis.tickValues(july, july + 400 * 86400, 600)  # a year on 600 px: month ticks
    month = next(s.spacing for s in axis.zoomLevel.tickSpecs if s.format == "%b")
    translations.switch("ja")
    try:
        assert axis.tickStrings([july, march], 1.0, month) == ["7月", "3月"]
    finally:
        translations.switch("en")
    assert axis.tickStrings([july, march], 1.0, month) == ["Jul", "Mar"]


def test_an_unused_material_is_labelled_in_the_warning_colour(qtbot: QtBot) -> None:
    chart = BarChart(horizontal=True)
    qtbot.addWidget(chart)
    chart.set_bars(
        ["資料A", "資料B"],
        [12, 0],
        annotations=["12", "未使用"],
        colours=[WARN.darker(150), WARN],
    )
    labels = {item.textItem.toPlainText(): item for item in chart._items[1:]}
    assert labels["未使用"].color.name() == WARN.name()
    assert labels["12"].color.name() != WARN.name()  # a bar shows its own colour


def test_the_wizard_file_label_has_a_mnemonic_not_an_ampersand(
    qtbot: QtBot, sqlite_db: Database, translations: Translations
) -> None:
    window = MainWindow(sqlite_db, translations)
    qtbot.addWidget(window)
    wizard = ImportWizard(window.workspace)
    qtbot.addWidget(wizard)
    page = wizard.file_page
    (label,) = [w for w in page.findChildren(QLabel) if w.buddy() is page.path]
    assert label.text() == "&File"  # shown as an underlined F, the line edit its buddy


def test_intervention_categories_are_offered_in_japanese(
    qtbot: QtBot, translations: Translations
) -> None:
    translations.switch("ja")
    try:
        data = InterventionData(date(2026, 6, 1), "Co-selling", "同行営業を実施")
        dialog = InterventionDialog(data, "株式会社サンプル")
        qtbot.addWidget(dialog)
        assert dialog.category.currentText() == "同行営業"
        offered = [dialog.category.itemText(i) for i in range(dialog.category.count())]
        assert "再活性化" in offered and "Reactivation" not in offered
        assert dialog.values().category == "同行営業"
        typed = InterventionDialog(InterventionData(date(2026, 6, 1), "展示会", "出展"), "x")
        qtbot.addWidget(typed)
        assert typed.category.currentText() == "展示会"  # the manager's own word, as typed
        programme = ProgrammeTableModel()
        programme.set_rows([CategoryRow("Co-selling", 3, 3, 2), CategoryRow("展示会", 1, 0, 0)])
        shown = [programme.index(r, 0).data() for r in range(2)]
        assert shown == ["同行営業", "展示会"]  # stored keys read in the UI's language
    finally:
        translations.switch("en")


def test_a_rate_chart_marks_percent_and_a_scatter_names_its_axes(qtbot: QtBot) -> None:
    rate = LineChart()
    qtbot.addWidget(rate)
    rate.set_series(["25-12", "26-01"], [0.98, 0.82], percent=True)
    ticks = rate.getAxis("left")._tickLevels[0]
    assert ticks[-1] == (100.0, "100%") and ticks[0] == (0.0, "0%")
    # wide enough for "100%" beside its tick, or pyqtgraph drops the label
    assert rate.getAxis("left").minimumWidth() > rate.fontMetrics().horizontalAdvance("100%") + 10
    rate.set_series(["25-12", "26-01"], [3, 4])  # a count again: pyqtgraph's own ticks
    assert rate.getAxis("left")._tickLevels is None
    scatter = ScatterChart()
    qtbot.addWidget(scatter)
    scatter.set_axis_titles("リード", "案件")
    assert "リード" in scatter.getAxis("bottom").labelString()
    assert "案件" in scatter.getAxis("left").labelString()


def test_tuple_sort_values_keep_the_tuples_order() -> None:
    keys = [
        (date(2026, 1, 2), -5, "b"),
        (None, 7, "a"),
        (date(2026, 1, 2), 3, "a"),
        (date(2025, 12, 31), 2**40, "z"),
        (date(2026, 1, 2), -5, "a"),
    ]
    assert sorted(keys, key=sort_value) == [
        (None, 7, "a"),
        (date(2025, 12, 31), 2**40, "z"),
        (date(2026, 1, 2), -5, "a"),
        (date(2026, 1, 2), -5, "b"),
        (date(2026, 1, 2), 3, "a"),
    ]
    assert sort_value(12) == 12  # numbers, strings and dates go to Qt as they are
    with pytest.raises(TypeError):
        sort_value((1.5,))


def test_a_narrow_table_squeezes_its_widest_columns_to_keep_all_in_view(qtbot: QtBot) -> None:
    assert squeeze_cap([100, 300, 50], 1000, 80) == 300  # room for all: nothing squeezed
    assert squeeze_cap([100, 300, 50], 300, 80) == 150  # 100 + 150 + 50 = 300
    assert squeeze_cap([100, 300, 50], 100, 80) == 80  # never under the floor
    model, view = shown_table(qtbot, "test-narrow", 600)
    model.set_rows([person(1, LONG_ROLE, LONG_EMAIL)])
    header = view.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert sum(widths[:-1]) <= view.viewport().width()  # the last one stretches into the rest
    assert widths[2] < view.fontMetrics().horizontalAdvance(LONG_EMAIL)  # cut: tooltip shows it


def error_rows_shown(qtbot: QtBot, key: str) -> tuple[QTableView, list[str]]:
    """Rows 3, 4, 5 of an import error list set up under ``key``, as the view orders them."""
    model = RowErrorModel()
    view = QTableView()
    qtbot.addWidget(view)
    proxy = setup_table(view, model, key)
    assert proxy is not None
    model.set_rows([RowError(row, "kind", "bad") for row in (3, 4, 5)])
    return view, [proxy.index(r, 0).data() for r in range(3)]


def test_a_sortable_table_starts_in_the_models_order_without_an_arrow(qtbot: QtBot) -> None:
    """A header starts at (column 0, descending); the import errors came up as rows 5, 4, 3."""
    view, shown = error_rows_shown(qtbot, "test-order")
    assert shown == ["3", "4", "5"]
    assert view.horizontalHeader().sortIndicatorSection() == -1
    proxy = view.model()
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the user's click still sorts
    assert [proxy.index(r, 0).data() for r in range(3)] == ["5", "4", "3"]


def test_a_layout_saved_with_qts_default_sort_starts_in_the_models_order_too(
    qtbot: QtBot,
) -> None:
    """Before the fix every saved layout held (column 0, descending): an upgrade keeps the
    user's widths but not that accidental sort."""
    old = QTableView()
    qtbot.addWidget(old)
    old.setModel(RowErrorModel())
    old.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    old.setColumnWidth(2, 321)
    QSettings().setValue("tables/test-upgrade", old.horizontalHeader().saveState())
    view, shown = error_rows_shown(qtbot, "test-upgrade")
    assert shown == ["3", "4", "5"]
    assert view.columnWidth(2) == 321  # the saved widths still win


def test_an_empty_table_keeps_its_hint_in_view_when_scrolled_sideways(qtbot: QtBot) -> None:
    """An empty table still scrolls sideways when its columns are wider than the pane; the
    hint must not scroll away with the (empty) content."""
    from PySide6.QtGui import QStandardItemModel

    from prm_desktop.views.empty_hint import MARGIN, EmptyHint

    model = QStandardItemModel(0, 8)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    for column in range(8):
        view.setColumnWidth(column, 200)
    hint = EmptyHint(view, lambda: "Nothing here yet.")
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    bar = view.horizontalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    assert not hint.isHidden() and hint.text() == "Nothing here yet."
    area = view.viewport().geometry()
    assert hint.geometry() == area.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
    model.insertRow(0)
    assert hint.isHidden()
    model.removeRow(0)
    assert not hint.isHidden()


def test_placeholders_are_filled_in_one_pass() -> None:
    from prm_desktop.i18n import filled

    assert filled("%1, row %2", "sales %2.csv", "7") == "sales %2.csv, row 7"
    assert filled("%2 then %1", "a", "b") == "b then a"
    assert filled("%1 and %3", "a") == "a and %3"  # a missing value leaves its marker


def _line_starts(text: str, width: float) -> list[int]:
    """Where Qt starts each line of ``text`` wrapped at ``width`` pixels (as a QLabel does)."""
    from PySide6.QtGui import QFont, QTextLayout, QTextOption

    layout = QTextLayout(text, QFont())
    layout.setTextOption(QTextOption(Qt.AlignmentFlag.AlignLeft))
    layout.beginLayout()
    starts = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    return starts


def test_listed_names_wrap_between_names_never_inside_one(qtbot: QtBot) -> None:
    """A wrapped list of Japanese names breaks after 、 only (it used to split さく／ら通信);
    a name too long for that still wraps inside, so it cannot widen the window."""
    from PySide6.QtGui import QFont, QFontMetricsF

    from prm_desktop.i18n import NO_BREAK_SPACE, UNBROKEN_MAX, WORD_JOINER, unbroken

    names = ["株式会社みなとテクノロジー", "Green Field Solutions株式会社", "さくら通信"] * 4
    plain = "作成予定のパートナー：" + "、".join(names)
    joined = "作成予定のパートナー：" + "、".join(unbroken(n) for n in names)
    assert joined.replace(WORD_JOINER, "").replace(NO_BREAK_SPACE, " ") == plain

    def boundaries(text: str) -> set[int]:
        return {i + 1 for i, c in enumerate(text) if c in "：、"}

    plain_starts = _line_starts(plain, 200)[1:]
    assert len(plain_starts) > 3 and not set(plain_starts) <= boundaries(plain)  # mid-name
    joined_starts = _line_starts(joined, 200)[1:]
    assert len(joined_starts) > 3 and set(joined_starts) <= boundaries(joined)
    # Qt wraps at a space whatever joins it: a name with spaces stays whole all the same
    spaced = "Green Field Solutions株式会社"
    half = QFontMetricsF(QFont()).horizontalAdvance(spaced) / 2
    assert len(_line_starts(spaced, half)) > 1 and len(_line_starts(unbroken(spaced), half)) == 1
    long_name = "ア" * (UNBROKEN_MAX + 1)
    assert unbroken(long_name) == long_name
    assert unbroken("ab") == "a\u2060b" and unbroken("") == ""


@pytest.mark.parametrize(
    "name",
    [
        "か\u3099ら通信",  # が as macOS writes it: か + combining dakuten
        "Cafe\u0301 Soleil",  # é decomposed
        "葛\U000e0100飾商事",  # an ideographic variation selector
        "👩\u200d💻 Labs",  # an emoji sequence joined by ZWJ
    ],
)
def test_a_name_in_a_list_keeps_its_combined_characters_together(qtbot: QtBot, name: str) -> None:
    """The word joiner goes between characters, never between a letter and what belongs to
    it: the name draws exactly as wide as it does on its own (a loose ゛ would not)."""
    from PySide6.QtGui import QFont, QFontMetricsF

    from prm_desktop.i18n import NO_BREAK_SPACE, WORD_JOINER, unbroken

    joined = unbroken(name)
    assert joined.replace(WORD_JOINER, "").replace(NO_BREAK_SPACE, " ") == name
    assert WORD_JOINER in joined
    # where the joiners went, as offsets in the name (Qt counts UTF-16 units)
    offsets, at = set(), 0
    for char in joined:
        if char == WORD_JOINER:
            offsets.add(at)
        else:
            at += len(char.encode("utf-16-le")) // 2
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, name)
    boundaries = set()
    while (position := finder.toNextBoundary()) != -1:
        boundaries.add(position)
    assert offsets <= boundaries  # only between whole characters as the user sees them
    metrics = QFontMetricsF(QFont())
    assert metrics.horizontalAdvance(joined) == pytest.approx(metrics.horizontalAdvance(name))


def test_source_labels_name_demo_rows_and_keep_a_file_name_as_typed(
    translations: Translations,
) -> None:
    from types import SimpleNamespace
    from typing import cast

    from prm_core.deals.registrations import RegistrationRow
    from prm_desktop.models.deal_models import source_label

    def label(source: str, row: int | None) -> str:
        return source_label(cast(RegistrationRow, SimpleNamespace(source=source, source_row=row)))

    assert label("demo", None) == "Demo data"
    assert label("manual", None) == "Typed in the app"
    assert label("sfa %2.csv", 7) == "sfa %2.csv, row 7"
    translations.switch("ja")
    assert label("demo", None) == "デモデータ"


def test_large_counts_have_thousands_separators(translations: Translations) -> None:
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("OverviewTab", "%n event(s)", "", 2316) == "2,316 events"
    translations.switch("ja")
    assert QCoreApplication.translate("OverviewTab", "%n event(s)", "", 2316) == "活動 2,316 件"
