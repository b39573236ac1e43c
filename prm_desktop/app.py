"""``prm-desktop``: start the GUI on a database, on demo data, or run the bundle self-test."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QMessageBox

from prm_core import __version__
from prm_core.database import Database, DatabaseDamagedError, DatabaseError, open_database
from prm_core.queries.partners import database_counts
from prm_desktop.i18n import LANGUAGES, Translations, preferred_language
from prm_desktop.resources import register_fonts


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="prm-desktop", description="PRM Desktop")
    parser.add_argument("--db", help="SQLite file path or SQLAlchemy URL (default: $PRM_DB)")
    parser.add_argument(
        "--demo", action="store_true", help="open the demo database, creating it on first use"
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="UI language (default: system)")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the database, build the window offscreen, query, exit",
    )
    parser.add_argument("--version", action="version", version=f"prm-desktop {__version__}")
    return parser.parse_args(argv)


def create_application(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv))
    app.setOrganizationName("PRM")
    app.setApplicationName("PRM Desktop")
    app.setApplicationVersion(__version__)
    return app


def self_test(args: argparse.Namespace, translations: Translations, font: str | None) -> int:
    """The bundle smoke test: every layer once, no KPI, exit 0 only when all of it worked."""
    from prm_desktop.views.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(args.db or os.path.join(tmp, "self-test.db"))
        with db.reading() as session:
            counts = database_counts(session)
        window = MainWindow(db, translations)
        window.show()
        QApplication.processEvents()
        shown = window.partner_model.rowCount()
        window.close()
    report = {
        "ok": shown == counts["partners"] and font is not None,
        "font": font,
        "language": translations.language,
        "rows_shown": shown,
        **counts,
    }
    print(json.dumps(report, ensure_ascii=False))
    return 0 if report["ok"] else 1


def open_or_recover(location: str | os.PathLike[str] | None) -> Database | None:
    """Open the database; when its file is damaged, offer to restore the newest good backup
    (before any window exists) instead of failing. None when the user declined."""
    try:
        return open_database(location)
    except DatabaseDamagedError as exc:
        from prm_desktop.views.safety.recovery import offer_restore

        if not offer_restore(exc):
            return None
    return open_database(location)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application([sys.argv[0]])
    if not args.self_test:  # the bundle smoke test leaves no log behind
        from prm_desktop import errors

        errors.install(app)
    font = register_fonts(app)
    translations = Translations()
    translations.switch(args.lang or preferred_language())
    if args.self_test:
        return self_test(args, translations, font)

    from prm_desktop.views.main_window import MainWindow

    location: str | os.PathLike[str] | None = args.db
    try:
        if args.demo:
            from prm_desktop.demo_setup import ensure_demo_database

            location = ensure_demo_database()
            if location is None:
                return 1
        db = open_or_recover(location)
        if db is None:
            return 1
    except (DatabaseError, OSError) as exc:
        from prm_desktop.core_messages import describe

        QMessageBox.critical(None, "PRM Desktop", describe(exc))
        return 1
    window = MainWindow(db, translations)
    window.show()
    return app.exec()
