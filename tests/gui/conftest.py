"""GUI fixtures: isolated QSettings, the shipped font, and a small partner database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from prm_core.database import Database
from prm_desktop.i18n import Translations
from prm_desktop.resources import register_fonts
from tests.factories import add_event, add_partner, add_person

SAMPLE = [
    ("株式会社さくらシステムズ", "さくらしすてむず", "P-0001", "reseller", "関東", "田中 美咲"),
    (
        "北斗ソリューションズ株式会社",
        "ほくとそりゅーしょんず",
        "P-0002",
        "system_integrator",
        "関西",
        "佐藤 健",
    ),
    ("Blue Ocean Systems Inc.", None, "P-0003", "technology", "九州", "田中 美咲"),
    ("ミライ商事", "みらいしょうじ", "P-0004", "agency", "中部", "鈴木 一郎"),
]


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    qapp.setOrganizationName("PRM-tests")
    qapp.setApplicationName("PRM Desktop tests")
    yield
    QSettings().clear()


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    register_fonts(qapp)
    t = Translations()
    t.switch("en")
    yield t
    t.switch("en")


@pytest.fixture
def sample_db(sqlite_db: Database) -> Database:
    with sqlite_db.transaction() as s:
        for i, (name, kana, code, type_, territory, owner) in enumerate(SAMPLE):
            p = add_partner(
                s,
                name,
                name_kana=kana,
                code=code,
                type=type_,
                territory=territory,
                owner=owner,
                contract_date=date(2025, 4, 1),
            )
            key = add_person(s, p, f"山田 太郎{i}", role="営業部長", is_key_person=True)
            add_person(s, p, f"佐藤 花子{i}", role="営業担当")
            add_event(s, p, "registered", date(2025, 4, 2), person=key)
            add_event(s, p, "login", date(2026, 10, 1 + i), person=key)
    return sqlite_db
