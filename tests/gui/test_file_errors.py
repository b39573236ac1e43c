"""File errors read as sentences in the user's language, naming the file and what to do
(they used to show "[Errno 13] Permission denied: '…'" inside a Japanese sentence)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from prm_desktop.core_messages import describe
from prm_desktop.errors import explain
from prm_desktop.file_errors import SENTENCES
from prm_desktop.i18n import Translations
from prm_desktop.views import import_wizard

PATH = "/data/QBR 2026Q3.xlsx"


def _error(code: int, filename: str | None = PATH) -> OSError:
    return OSError(code, os.strerror(code), filename)


@pytest.mark.parametrize(
    ("code", "english", "japanese"),
    [
        (errno.ENOENT, "does not exist", "見つかりません"),
        (errno.EACCES, "If it is open in Excel", "Excel などのプログラムで開いている場合"),
        (errno.EPERM, "access was refused", "アクセスが拒否されました"),
        (errno.ENOSPC, "the disk is full", "ディスクの空き容量が足りません"),
        (errno.EROFS, "read-only", "読み取り専用"),
        (errno.EISDIR, "is a folder, not a file", "フォルダーです"),
        (errno.ENAMETOOLONG, "too long", "長すぎます"),
        (errno.EBUSY, "in use by another program", "別のプログラムが使用中"),
    ],
)
def test_a_common_file_error_names_the_file_and_what_to_do(
    translations: Translations, code: int, english: str, japanese: str
) -> None:
    text = describe(_error(code))
    assert text.startswith(PATH) or f" {PATH} " in text
    assert english in text and "Errno" not in text
    translations.switch("ja")
    text = describe(_error(code))
    assert f"「{PATH}」" in text and japanese in text
    assert english not in text and os.strerror(code) not in text


def test_any_other_file_error_keeps_the_systems_words(translations: Translations) -> None:
    assert errno.EIO not in SENTENCES
    assert describe(_error(errno.EIO)) == (
        f"{PATH} could not be read or written ({os.strerror(errno.EIO)})."
    )
    assert describe(_error(errno.EACCES, None)) == (
        f"A file could not be read or written ({os.strerror(errno.EACCES)})."
    )
    translations.switch("ja")
    assert describe(_error(errno.EIO)) == (
        f"「{PATH}」を読み書きできませんでした（{os.strerror(errno.EIO)}）。"
    )


def test_the_error_dialog_and_the_import_wizard_word_a_locked_file(
    translations: Translations, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The usual Windows case: the export is still open in Excel, which locks it."""
    locked = PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "sales.csv"))
    translations.switch("ja")
    assert "Excel などのプログラムで開いている場合は閉じて" in explain(locked)

    def refuse(path: str, rows: int, *, sheet: str | None) -> None:
        raise locked

    monkeypatch.setattr(import_wizard, "preview", refuse)
    _source, why, sheets = import_wizard._preview_or_reason((str(tmp_path / "sales.csv"), None))
    assert sheets == []
    assert isinstance(why, str)
    assert why.startswith(f"「{tmp_path / 'sales.csv'}」を開けません")
