"""What an import report says beside its counts, in the UI's language: the names it created,
the merged cells and note rows it read around, and new names that look like existing ones.

Shared by the import wizard's summary and the Deals page's import message, so a deal
registration list with a merged customer or a ※ note line is explained the same way as an
activity export. Text only: the callers put it in their own widgets.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

from PySide6.QtCore import QCoreApplication

from prm_core.importing import ImportReport
from prm_desktop.core_messages import listed
from prm_desktop.i18n import filled, unbroken

#: How many names a summary lists (then how many in all).
SHOWN_NAMES = 20


def names_text(names: Iterable[str], total: int, *, whole: bool = True) -> str:
    """The first ``SHOWN_NAMES`` of ``names``, each kept on one line (unless not ``whole``:
    a note is a sentence, which may wrap), then how many in all when ``total`` is more."""
    shown = islice(names, SHOWN_NAMES)
    text = listed(unbroken(name) for name in shown) if whole else listed(shown)
    if total > SHOWN_NAMES:
        text += " " + QCoreApplication.translate("ImportNotices", "… (%1 in all)").replace(
            "%1", f"{total:,}"
        )
    return text


def created_lines(report: ImportReport) -> list[str]:
    """The partners and persons the import created (or, in a dry run, would create)."""
    dry = report.dry_run
    lines = []
    if report.created_partners:
        lines.append(
            (
                QCoreApplication.translate("ImportNotices", "Partners to create: %1")
                if dry
                else QCoreApplication.translate("ImportNotices", "New partners: %1")
            ).replace("%1", names_text(report.created_partners, len(report.created_partners)))
        )
    if report.created_persons:
        persons = report.created_persons
        named = (  # only the names shown are formatted: a first import creates thousands
            filled(QCoreApplication.translate("ImportNotices", "%1 (%2)"), p["name"], p["partner"])
            if p.get("partner")
            else p["name"]
            for p in persons
        )
        lines.append(
            (
                QCoreApplication.translate("ImportNotices", "Persons to create: %1")
                if dry
                else QCoreApplication.translate("ImportNotices", "New persons: %1")
            ).replace("%1", names_text(named, len(persons)))
        )
    return lines


def similar_line(report: ImportReport) -> str:
    """New names that read like another (㈱アルファ ≈ 株式会社アルファ): created all the
    same, so the manager checks the file's spelling before, or after, importing."""
    pairs = (
        filled(
            QCoreApplication.translate("ImportNotices", "%1 ≈ %2 (%3)"),
            s["name"],
            s["like"],
            s["partner"],
        )
        if s.get("partner")
        else filled(QCoreApplication.translate("ImportNotices", "%1 ≈ %2"), s["name"], s["like"])
        for s in report.similar_names
    )
    return (
        QCoreApplication.translate(
            "ImportNotices", "Names like another, to be created separately (check the spelling): %1"
        )
        if report.dry_run
        else QCoreApplication.translate(
            "ImportNotices", "Names like another, created separately (check the spelling): %1"
        )
    ).replace("%1", names_text(pairs, len(report.similar_names)))


def notice_lines(report: ImportReport) -> list[str]:
    """How the file was read where it was laid out for people: merged cells, skipped note
    rows, and look-alike names. Empty for a plain export."""
    lines = []
    if report.merged_cells:
        lines.append(
            QCoreApplication.translate(
                "ImportNotices", "Merged cells, read as their value on every row they span: %1"
            ).replace("%1", names_text(report.merged_cells, len(report.merged_cells)))
        )
    if report.skipped_notes:
        notes = (
            filled(QCoreApplication.translate("ImportNotices", "row %1 “%2”"), f"{row:,}", text)
            for row, text in report.skipped_notes
        )
        lines.append(
            QCoreApplication.translate("ImportNotices", "Notes, not imported: %1").replace(
                "%1", names_text(notes, report.notes_skipped, whole=False)
            )
        )
    if report.similar_names:
        lines.append(similar_line(report))
    return lines
