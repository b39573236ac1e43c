"""The import's reasons for a bad cell reach the user in the UI language.

The core keeps a reason key, its parameters and the English text on every ``RowError``;
prm_desktop repeats each English template in a ``translate("ImportMessages", ...)`` call.
These tests fail when the two catalogues drift apart, when a Japanese translation loses a
parameter, or when the wizard's error table shows English in a Japanese UI.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from prm_core.database import Database
from prm_core.deals.import_deals import parse_corporate_number, resolve_columns
from prm_core.importing import ImportRefused, RowError, validate
from prm_core.importing.messages import CATALOGUE
from prm_core.importing.values import CellError
from prm_core.reports.diagnostic_import import DiagnosticRefused, read_returned
from prm_core.reports.diagnostic_xlsx import SCORE_NAMES, export_diagnostic
from prm_core.safety.errors import ReadOnlyDatabaseError
from prm_core.safety.messages import message
from prm_desktop.core_messages import describe
from prm_desktop.i18n import Translations, unbroken
from prm_desktop.models.import_messages import (
    TRANSLATED,
    accepted_values_hints,
    problem_text,
    rejects_note,
    row_error_text,
    source_text,
)
from prm_desktop.models.import_models import RowErrorModel
from prm_desktop.views.main_window import MainWindow
from tests.core.test_reports_support import TODAY, build_programme

TS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{(\w+)\}")

BAD = (
    "日時,パートナー,担当者,種別,金額\n"
    "2026/13/01,株式会社アルファ,山田 太郎,login,\n"
    "2026-04-03,ベータ商事,佐藤 花子,資料ダウンロード,\n"
    "2026-04-04,ベータ商事,佐藤 花子,案件登録,-5000\n"
    "2026/2/29,ベータ商事,佐藤 花子,login,\n"
)


def test_every_reason_has_the_same_english_text_in_the_gui(translations: Translations) -> None:
    assert set(TRANSLATED) == set(CATALOGUE)
    for key, text in CATALOGUE.items():
        assert TRANSLATED[key]() == text, key


def test_japanese_translations_keep_every_parameter() -> None:
    sources = set(CATALOGUE.values())
    root = ET.parse(TS_DIR / "prm_ja.ts").getroot()
    found = set()
    for context in root.iter("context"):
        if context.findtext("name") != "ImportMessages":
            continue
        for entry in context.iter("message"):
            source = entry.findtext("source") or ""
            translation = entry.findtext("translation") or ""
            if source in sources:
                found.add(source)
                assert translation and translation != source, source
                assert set(PLACEHOLDER.findall(translation)) == set(PLACEHOLDER.findall(source))
    assert found == sources


def test_rejected_rows_are_worded_in_japanese(
    qtbot: QtBot, sqlite_db: Database, translations: Translations, tmp_path: Path
) -> None:
    source = tmp_path / "portal.csv"
    source.write_bytes(BAD.encode("cp932"))
    report = validate(sqlite_db, source, "events")
    by_row = {e.row: e for e in report.errors}
    assert by_row[2].message == 'unparseable date "2026/13/01"'  # the CLI's English, unchanged
    assert by_row[3].reason == "unknown_kind"
    assert dict(by_row[3].params) == {"value": "資料ダウンロード"}
    translations.switch("ja")
    model = RowErrorModel()
    model.set_rows(report.errors)
    problems = {model.index(r, 0).data(): model.index(r, 2).data() for r in range(model.rowCount())}
    assert problems == {
        "2": "日付として読み取れません：「2026/13/01」",
        "3": "不明な種別です：「資料ダウンロード」",
        "4": "金額がマイナスです：「-5000」",
        "5": "存在しない日付「2026/2/29」：2026年2月は28日までです",
    }
    translations.switch("en")
    assert model.index(2, 2).data() == 'negative amount "-5000"'
    hints = accepted_values_hints(report.errors)
    assert hints[-1].startswith("Dates a file can use: 2026-04-01, 2026/4/1, 2026年4月1日,")
    translations.switch("ja")
    assert accepted_values_hints(report.errors)[-1].startswith(
        "使える日付の書き方：2026-04-01、2026/4/1、2026年4月1日、または Excel の日付セル。"
    )
    fine = [e for e in report.errors if e.reason != "unparseable_date"]
    assert not any("日付" in hint for hint in accepted_values_hints(fine))


def test_how_the_file_was_read_is_worded_in_japanese(translations: Translations) -> None:
    info = {"format": "csv", "encoding": "cp932", "delimiter": "tab"}
    assert source_text(info) == "CSV, encoding Shift_JIS (CP932), delimiter tab"
    translations.switch("ja")
    assert source_text(info) == "CSV、文字コード Shift_JIS (CP932)、区切り文字 タブ"
    assert source_text({"format": "xlsx", "sheet": "ログ"}) == "Excel ブック、シート ログ"


def test_a_message_without_a_reason_is_shown_as_written(translations: Translations) -> None:
    translations.switch("ja")
    error = RowError(5, "email", "The email address has no @")
    assert row_error_text(error) == "The email address has no @"


def test_a_refused_file_is_explained_in_japanese_on_the_first_page(
    qtbot: QtBot, sqlite_db: Database, translations: Translations, tmp_path: Path
) -> None:
    translations.switch("ja")
    window = MainWindow(sqlite_db, translations)
    qtbot.addWidget(window)
    bogus = tmp_path / "report.xlsx"
    bogus.write_bytes(b"%PDF-1.7" + b"\x00" * 100)
    wizard = window.import_file(str(bogus))
    assert wizard is not None
    qtbot.addWidget(wizard)
    qtbot.waitUntil(lambda: not wizard.file_page.reading(), timeout=10_000)
    assert wizard.file_page.error.text() == (
        "report.xlsx は拡張子が .xlsx ですが、中身はPDF 文書です"
    )


def test_a_phrase_parameter_is_worded_in_the_same_language(translations: Translations) -> None:
    refusal = ImportRefused(
        "x.xlsx is named .xlsx but is an image",
        "refused.not_xlsx",
        (("name", "x.xlsx"), ("what", "what.image")),
    )
    assert problem_text(refusal) == "x.xlsx is named .xlsx but is an image"
    translations.switch("ja")
    assert problem_text(refusal) == "x.xlsx は拡張子が .xlsx ですが、中身は画像です"
    assert problem_text(ValueError("plain")) == "plain"


def test_a_refused_diagnostic_lists_each_problem_in_japanese(
    sqlite_db: Database, translations: Translations, tmp_path: Path
) -> None:
    programme = build_programme(sqlite_db)
    sent = export_diagnostic(sqlite_db, programme.a, tmp_path / "diag.xlsx", today=TODAY).path
    wb = load_workbook(sent)
    for phase, value in (("perception", "3"), ("trust", None)):
        ((sheet, ref),) = list(wb.defined_names[SCORE_NAMES[phase]].destinations)
        wb[sheet][ref.replace("$", "")].value = value
    wb.save(tmp_path / "returned.xlsx")
    with pytest.raises(DiagnosticRefused) as caught:
        read_returned(tmp_path / "returned.xlsx")
    refusal = caught.value
    assert str(refusal).startswith("returned.xlsx was not imported: the perception score")
    # The GUI names the PRACT dimension as everywhere else in the UI.
    assert problem_text(refusal).startswith(
        "returned.xlsx was not imported: the Perception score (自己診断!"
    )
    translations.switch("ja")
    text = problem_text(refusal)
    lines = text.split("\n")
    assert lines[0] == "returned.xlsx は取り込みませんでした。"
    assert lines[1].startswith("・認識のスコア（自己診断!") and "文字 '3' が入っていて" in lines[1]
    assert lines[-1].startswith("・信頼関係のスコア（自己診断!") and lines[-1].endswith(
        "が空です。0〜5 から選んでください"
    )
    assert len(lines) == 6 and "perception" not in text  # one line per problem


def test_a_deal_file_without_its_columns_and_a_bad_corporate_number_read_in_japanese(
    translations: Translations,
) -> None:
    with pytest.raises(ImportRefused) as refusal:
        resolve_columns(["メモ"], None)
    with pytest.raises(CellError) as cell:
        parse_corporate_number("1234-5678")
    assert str(cell.value) == 'corporate number "1234-5678" has 8 digits, not 13'
    translations.switch("ja")
    assert problem_text(refusal.value).startswith("必須の列がありません：")
    assert problem_text(refusal.value).endswith('ファイルの見出し："メモ"')
    assert problem_text(cell.value) == "法人番号「1234-5678」は 8 桁です（13 桁が必要です）"


def test_any_other_catalogued_error_is_worded_like_everywhere_else(
    translations: Translations,
) -> None:
    """A read-only or busy database during an import: the wizard words it through the same
    translator as every other window."""
    translations.switch("ja")
    refused = ReadOnlyDatabaseError(
        message("db.read_only_write", reason=message("location.read_only_file"))
    )
    assert problem_text(refused) == describe(refused) != str(refused)


def test_a_partner_list_with_unknown_types_and_statuses_names_what_is_accepted(
    sqlite_db: Database, translations: Translations, tmp_path: Path
) -> None:
    path = tmp_path / "partners.csv"
    path.write_text("パートナー,種別,ステータス\nアルファ,卸,休眠\n", encoding="utf-8")
    report = validate(sqlite_db, path, "partners")
    assert {e.reason for e in report.errors} == {"unknown_partner_type", "unknown_status"}
    hints = accepted_values_hints(report.errors)
    assert hints[0].startswith("Partner types a file can use: reseller (販売代理店), agency")
    assert hints[1] == (
        "Statuses a file can use: active (契約中), suspended (休止中), terminated (契約終了)"
    )
    translations.switch("ja")
    hints = accepted_values_hints(report.errors)
    pairs = ("契約中（active）", "休止中（suspended）", "契約終了（terminated）")
    # each pair kept on one line when the label wraps
    assert hints[1] == "ファイルで使えるステータス：" + "、".join(unbroken(p) for p in pairs)
    assert accepted_values_hints([]) == []
    # the words the hints suggest (the partner form's own) are accepted
    path.write_text("パートナー,種別,ステータス\nアルファ,取次代理店,休止中\n", encoding="utf-8")
    assert validate(sqlite_db, path, "partners").ok


def test_a_rejects_note_keeps_percent_signs_the_user_typed(translations: Translations) -> None:
    """%1 and %2 are filled in one pass: a header or a cell that contains them stays as
    typed (a chain of replace calls would put the header into the cell's text)."""
    error = RowError(7, "kind", 'unknown kind "%1x"', "%2列", "unknown_kind", (("value", "%1x"),))
    assert rejects_note([error]) == 'row 7: %2列: unknown kind "%1x"'
    translations.switch("ja")
    assert rejects_note([error]) == "7 行目：【%2列】不明な種別です：「%1x」"
