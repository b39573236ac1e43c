"""prm_core's catalogued messages reach the user in the UI language.

The core keeps a stable key and the English text; prm_desktop repeats the text in a
``translate("CoreMessages", ...)`` call. These tests fail when the two drift apart, when a
key has no GUI entry, or when a translation loses a placeholder.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from prm_core.database import Database, DatabaseDamagedError
from prm_core.safety.errors import ReadOnlyDatabaseError
from prm_core.safety.messages import CATALOGUE, Message, message
from prm_core.services import validate
from prm_core.services.errors import ConflictError, ValidationError
from prm_core.services.partners import PartnerData, create_partner
from prm_core.services.rows import check_version
from prm_desktop.core_messages import TRANSLATED, describe, translate
from prm_desktop.i18n import Translations

TS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def test_every_core_message_has_the_same_english_text_in_the_gui() -> None:
    assert set(TRANSLATED) == set(CATALOGUE)
    for key, text in CATALOGUE.items():
        assert TRANSLATED[key]() == text, key  # no translator for this context: the source


def test_placeholders_survive_in_the_catalogues() -> None:
    sources = set(CATALOGUE.values())
    for name in ("prm_ja.ts", "prm_en.ts"):
        root = ET.parse(TS_DIR / name).getroot()
        for context in root.iter("context"):
            if context.findtext("name") != "CoreMessages":
                continue
            for entry in context.iter("message"):
                source = entry.findtext("source") or ""
                translation = entry.findtext("translation") or ""
                if source not in sources or not translation:
                    continue
                assert set(PLACEHOLDER.findall(translation)) == set(PLACEHOLDER.findall(source)), (
                    f"{name}: {source}"
                )


class Marking(QTranslator):
    """Stands in for the Japanese catalogue: marks every CoreMessages string."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context == "CoreMessages":
            return "［訳］" + source.replace("{path}", "「{path}」")
        return ""


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[None]:
    translator = Marking(qapp)
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_messages_are_translated_then_filled_in(marking: None) -> None:
    damaged = DatabaseDamagedError("/data/prm.db", ["file is not a database"])
    text = describe(damaged)
    assert text.startswith("［訳］Cannot open database 「/data/prm.db」: the file is damaged")
    assert "(file is not a database)" in text
    # nested messages are translated too (the reason of a read-only refusal)
    refused = ReadOnlyDatabaseError(
        message("db.read_only_write", reason=message("location.read_only_file"))
    )
    assert describe(refused) == (
        "［訳］This database is open read-only (［訳］the file is read-only). Nothing was "
        "saved; copy the file to a folder you can write to to change it."
    )
    assert str(refused).startswith("This database is open read-only (the file is read-only)")


def test_plain_exceptions_and_broken_translations_fall_back(qapp: QApplication) -> None:
    assert describe(ValueError("plain")) == "plain"

    class Broken(QTranslator):
        def translate(
            self, context: str, source: str, disambiguation: str | None = None, n: int = -1
        ) -> str:
            return "{nonexistent}" if context == "CoreMessages" else ""

    broken = Broken(qapp)
    QCoreApplication.installTranslator(broken)
    try:
        msg = Message("db.not_found", {"path": "/x.db"})
        assert translate(msg) == "/x.db does not exist."  # English rather than a crash
    finally:
        QCoreApplication.removeTranslator(broken)


def test_unknown_keys_are_refused_in_the_core() -> None:
    with pytest.raises(KeyError):
        Message("no.such.key")


def test_a_conflict_names_the_row_and_its_fields_in_japanese(translations: Translations) -> None:
    from datetime import date

    from prm_core.services.partners import FIELD_LABELS

    class Row:
        version = 3
        name = "新社名"
        owner = "佐藤"
        contract_date = date(2026, 4, 1)
        code = None

    seen = {"name": "旧社名", "owner": "田中", "contract_date": None, "code": "P-1"}
    with pytest.raises(ConflictError) as caught:
        check_version(Row(), 2, seen, message("label.partner_named", name="アルファ"), FIELD_LABELS)
    exc = caught.value
    assert str(exc) == (
        'Partner "アルファ" was changed by someone else since you opened it (Partner name: '
        "'旧社名' → '新社名'; Owner: '田中' → '佐藤'; Contract date: (empty) → 2026-04-01; "
        "Code: 'P-1' → (empty)). Nothing was saved; reload to see the new values and apply "
        "your edit again."
    )
    translations.switch("ja")
    assert describe(exc) == (
        "開いたあとにパートナー「アルファ」がほかの人に変更されました（社名：'旧社名' → '新社名'、"
        "担当マネージャー：'田中' → '佐藤'、契約日：（空欄） → 2026-04-01、"
        "コード：'P-1' → （空欄））。"
        "保存していません。再読み込みして最新の内容を確認し、もう一度編集してください。"
    )


def test_a_conflict_names_partner_types_as_the_form_does_in_japanese(
    translations: Translations,
) -> None:
    from prm_core.services.partners import FIELD_LABELS, VALUE_LABELS
    from prm_desktop.models.labels import partner_status_label, partner_type_label

    class Row:
        version = 2
        type = "system_integrator"
        status = "terminated"

    seen = {"type": "reseller", "status": "active"}
    with pytest.raises(ConflictError) as caught:
        check_version(Row(), 1, seen, "The partner", FIELD_LABELS, values=VALUE_LABELS)
    translations.switch("ja")
    shown = describe(caught.value)
    assert "（パートナー種別：販売代理店 → SIer、状態：契約中 → 契約終了）" in shown, shown
    assert partner_type_label("reseller") == "販売代理店"  # the very labels of the form
    assert partner_status_label("terminated") == "契約終了"


def test_a_duplicate_partner_is_refused_in_japanese(
    sqlite_db: Database, translations: Translations
) -> None:
    create_partner(sqlite_db, PartnerData(name="アルファ"))
    with pytest.raises(ValidationError) as caught:
        create_partner(sqlite_db, PartnerData(name="アルファ"))
    assert str(caught.value) == 'A partner named "アルファ" already exists.'
    translations.switch("ja")
    assert describe(caught.value) == "「アルファ」という名前のパートナーはすでに登録されています。"


def test_a_label_shared_by_two_fields_names_each_in_japanese(
    sqlite_db: Database, translations: Translations
) -> None:
    """A partner's "Owner" is its manager; an action item's is a person."""
    with pytest.raises(ValidationError) as caught:
        create_partner(sqlite_db, PartnerData(name="アルファ", owner="x" * 101))
    assert str(caught.value) == "Owner is too long (101 characters, at most 100)."
    translations.switch("ja")
    assert describe(caught.value) == "担当マネージャーが長すぎます（101 文字、上限 100 文字）。"
    with pytest.raises(ValidationError) as action:
        validate.optional("x" * 101, "owner", "Owner", 100)
    assert describe(action.value) == "担当者が長すぎます（101 文字、上限 100 文字）。"


def test_deal_refusals_are_worded_in_japanese(
    sqlite_db: Database, translations: Translations
) -> None:
    """The refusals a deal form or a decision meets: status words and the corporate number
    in Japanese, not English inside a Japanese sentence."""
    from datetime import date

    from prm_core.services import deals
    from prm_core.services.deals import RegistrationData

    pid, _ = create_partner(sqlite_db, PartnerData(name="アルファ"))
    new_id, _ = deals.create_registration(
        sqlite_db, RegistrationData(pid, "X", "基幹刷新", date(2026, 8, 1))
    )
    with pytest.raises(ValidationError) as transition:
        deals.decide(sqlite_db, new_id, "won")
    bad = RegistrationData(pid, "X", "d", date(2026, 8, 1), corporate_number="1000012050002")
    with pytest.raises(ValidationError) as number:
        deals.create_registration(sqlite_db, bad)
    translations.switch("ja")
    assert describe(transition.value) == (
        "案件登録「基幹刷新」は「申請中」です。「受注」にできるのは「承認」の登録だけです。"
    )
    assert describe(number.value) == (
        "法人番号「1000012050002」のチェックデジットが合いません（先頭の数字 1、正しくは 7）。"
    )


def test_refusals_the_dialogs_raise_are_worded_in_japanese(
    qtbot: object, sqlite_db: Database, translations: Translations
) -> None:
    from prm_desktop.views.meeting_dialog import _parse_date
    from prm_desktop.views.template_dialog import TemplateDialog
    from prm_desktop.workspace import Workspace

    translations.switch("ja")
    with pytest.raises(ValidationError) as due:
        _parse_date("2026-13-01", "見積 %1 送付")
    assert str(due.value) == (
        "「見積 %1 送付」の期限「2026-13-01」は日付として読み取れません"
        "（YYYY-MM-DD で入力してください）。"
    )
    workspace = Workspace(sqlite_db)
    dialog = TemplateDialog(workspace)
    dialog.model.item(0, 2).setData("十日", Qt.ItemDataRole.EditRole)
    with pytest.raises(ValidationError) as days:
        dialog.steps()
    assert str(days.value) == "ステップ 1: 契約後の日数は数値で入力してください。"
    header = dialog.view.horizontalHeader()
    assert header.logicalIndex(0) == 1  # the Japanese step names come first on this screen
    assert dialog.model.horizontalHeaderItem(1).text() == "ステップ（日本語）"
    dialog.deleteLater()
