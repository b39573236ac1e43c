"""Item models under QAbstractItemModelTester, and their sorting and filtering rules."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from prm_core.database import Database
from prm_desktop.models.partner_table import (
    Column,
    PartnerFilterProxyModel,
    PartnerTableModel,
)
from prm_desktop.models.roles import ID_ROLE


def names(model: PartnerFilterProxyModel) -> list[str]:
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


def test_partner_table_model_is_consistent(sample_db: Database, qtmodeltester: ModelTester) -> None:
    model = PartnerTableModel(sample_db)
    model.reload()
    assert model.rowCount() == 4
    qtmodeltester.check(model, force_py=True)
    proxy = PartnerFilterProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)


def test_model_reports_list_columns(sample_db: Database) -> None:
    model = PartnerTableModel(sample_db)
    model.reload()
    row = model.row_for_id(1)
    assert row is not None
    values = [model.index(row, c).data() for c in Column]
    assert values == [
        "株式会社さくらシステムズ",
        "Reseller",
        "",
        "関東",
        "田中 美咲",
        "2026-10-01",
        "山田 太郎0",
    ]
    assert model.headerData(Column.KEY_PERSON, Qt.Orientation.Horizontal) == "Key person"
    assert model.index(row, 0).data(ID_ROLE) == 1


def test_filter_matches_every_term_any_column_and_width(sample_db: Database) -> None:
    model = PartnerTableModel(sample_db)
    model.reload()
    proxy = PartnerFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.set_query("関西")
    assert names(proxy) == ["北斗ソリューションズ株式会社"]
    proxy.set_query("ｂｌｕｅ ocean")  # full-width letters and case do not matter
    assert names(proxy) == ["Blue Ocean Systems Inc."]
    proxy.set_query("田中 関東")
    assert names(proxy) == ["株式会社さくらシステムズ"]
    proxy.set_query("p-0004")  # partner code
    assert names(proxy) == ["ミライ商事"]
    proxy.set_query("みらい")  # reading (kana)
    assert names(proxy) == ["ミライ商事"]
    proxy.set_query("nothing like this")
    assert names(proxy) == []
    proxy.set_query("")
    assert len(names(proxy)) == 4


def test_sorting_by_reading_and_by_date(sample_db: Database) -> None:
    model = PartnerTableModel(sample_db)
    model.reload()
    proxy = PartnerFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert names(proxy) == [
        "Blue Ocean Systems Inc.",
        "株式会社さくらシステムズ",  # さくら…
        "北斗ソリューションズ株式会社",  # ほくと…
        "ミライ商事",  # みらい…
    ]
    proxy.sort(Column.LAST_ACTIVITY, Qt.SortOrder.DescendingOrder)
    assert names(proxy)[0] == "ミライ商事"  # latest login (2026-10-04)
