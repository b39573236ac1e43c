"""Render the main window offscreen on demo data to docs/screenshot.png (used by the README).

Usage: python scripts/screenshot.py [--db PATH] [--lang ja|en] [--out docs/screenshot.png]
Without --db it creates the demo database in a temporary folder first.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from prm_core.database import open_database
from prm_desktop.app import create_application
from prm_desktop.i18n import Translations
from prm_desktop.resources import register_fonts


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--lang", default="ja", choices=["ja", "en"])
    parser.add_argument("--out", default=str(Path(__file__).parent.parent / "docs/screenshot.png"))
    parser.add_argument("--filter", default="", help="text typed into the filter box")
    parser.add_argument(
        "--page", default="", help="page title to show (e.g. Today, Dashboard); default Partners"
    )
    args = parser.parse_args()

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = create_application(sys.argv[:1])
        register_fonts(app)
        translations = Translations()
        translations.switch(args.lang)
        location = args.db
        if location is None:
            from prm_core.demo import generate_demo

            location = os.path.join(tmp, "demo.db")
            demo = open_database(location)
            generate_demo(demo)
            demo.close()
        from prm_desktop.views.main_window import MainWindow

        window = MainWindow(open_database(location), translations)
        window.resize(1400, 820)
        window.show()
        if args.filter:
            window.filter_edit.setText(args.filter)
        window.pages.setCurrentWidget(window.splitter)
        window.table.selectRow(2)
        for i in range(window.pages.count()):
            if args.page and window.pages.tabText(i).replace("&", "") == args.page:
                window.pages.setCurrentIndex(i)
        QApplication.processEvents()
        QThreadPool.globalInstance().waitForDone()  # the partner's KPIs load in the background
        for _ in range(3):  # results arrive as queued signals; the layouts settle after them
            QApplication.processEvents()
            QThreadPool.globalInstance().waitForDone()
        window.grab().save(args.out)
        window.close()
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
