"""Translated display labels for the domain's keys (partner types, statuses, event kinds)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from prm_core.diagnosis.categories import category_label
from prm_core.kinds import PartnerStatus, PartnerType
from prm_desktop.i18n import ui_language


def partner_type_label(key: str) -> str:
    labels: dict[str, str] = {
        PartnerType.RESELLER: QCoreApplication.translate("Labels", "Reseller"),
        PartnerType.AGENCY: QCoreApplication.translate("Labels", "Agency"),
        PartnerType.SYSTEM_INTEGRATOR: QCoreApplication.translate("Labels", "System integrator"),
        PartnerType.TECHNOLOGY: QCoreApplication.translate("Labels", "Technology"),
        PartnerType.REFERRAL: QCoreApplication.translate("Labels", "Referral"),
    }
    return labels.get(key, key)


def partner_status_label(key: str) -> str:
    labels: dict[str, str] = {
        PartnerStatus.ACTIVE: QCoreApplication.translate("Labels", "Active"),
        PartnerStatus.SUSPENDED: QCoreApplication.translate("Labels", "Suspended"),
        PartnerStatus.TERMINATED: QCoreApplication.translate("Labels", "Terminated"),
    }
    return labels.get(key, key)


def goal_metric_label(key: str) -> str:
    labels: dict[str, str] = {
        "deal_registered": QCoreApplication.translate("Labels", "Deals registered"),
        "deal_won": QCoreApplication.translate("Labels", "Deals won"),
        "won_amount": QCoreApplication.translate("Labels", "Won amount (JPY)"),
        "training_completed": QCoreApplication.translate("Labels", "Trainings completed"),
        "lead_registered": QCoreApplication.translate("Labels", "Leads registered"),
    }
    return labels.get(key, key)


def pract_phase_label(key: str) -> str:
    labels: dict[str, str] = {
        "perception": QCoreApplication.translate("Labels", "Perception"),
        "readiness": QCoreApplication.translate("Labels", "Readiness"),
        "activate": QCoreApplication.translate("Labels", "Activate"),
        "collaboration": QCoreApplication.translate("Labels", "Collaboration"),
        "trust": QCoreApplication.translate("Labels", "Trust"),
    }
    return labels.get(key, key)


def side_label(key: str) -> str:
    labels: dict[str, str] = {
        "vendor": QCoreApplication.translate("Labels", "Us"),
        "partner": QCoreApplication.translate("Labels", "Partner"),
    }
    return labels.get(key, key)


def intervention_category_label(category: str) -> str:
    """An intervention category in the UI's language: the suggested ones are stored under an
    English key and named in Japanese by the core's table; one the manager typed reads as
    typed."""
    return category_label(category, ui_language())


def event_kind_label(key: str) -> str:
    labels: dict[str, str] = {
        "registered": QCoreApplication.translate("Labels", "Registered"),
        "login": QCoreApplication.translate("Labels", "Login"),
        "material_download": QCoreApplication.translate("Labels", "Material download"),
        "training_completed": QCoreApplication.translate("Labels", "Training completed"),
        "deal_consulted": QCoreApplication.translate("Labels", "Deal consulted"),
        "lead_registered": QCoreApplication.translate("Labels", "Lead registered"),
        "deal_registered": QCoreApplication.translate("Labels", "Deal registered"),
        "proposal": QCoreApplication.translate("Labels", "Proposal"),
        "deal_won": QCoreApplication.translate("Labels", "Deal won"),
        "deal_lost": QCoreApplication.translate("Labels", "Deal lost"),
    }
    return labels.get(key, key)


def phase_label(key: str) -> str:
    labels: dict[str, str] = {
        "onboarding": QCoreApplication.translate("Labels", "Onboarding"),
        "activation": QCoreApplication.translate("Labels", "Activation"),
        "retention": QCoreApplication.translate("Labels", "Retention"),
        "dormant": QCoreApplication.translate("Labels", "Dormant"),
    }
    return labels.get(key, key)


def _month(key: str) -> QDate:
    year, month = (int(part) for part in key.split("-")[:2])
    return QDate(year, month, 1)


def month_label(key: str) -> str:
    """A month key ("2025-12") in words: "December 2025", "2025年12月"."""
    form = "yyyy年M月" if ui_language() == "ja" else "MMMM yyyy"
    return QLocale().toString(_month(key), form)


def month_tick_labels(keys: Sequence[str]) -> list[str]:
    """Month keys as chart ticks: the short month name, with the year underneath on the
    first tick and wherever the year changes (every January when each month has a tick),
    so a series across a year boundary cannot be misread ("25-12" could be read as the
    25th of December)."""
    locale = QLocale()
    ja = ui_language() == "ja"
    labels = []
    year = None
    for key in keys:
        day = _month(key)
        text = locale.toString(day, "M月" if ja else "MMM")
        if day.year() != year:
            year = day.year()
            text += "\n" + locale.toString(day, "yyyy年" if ja else "yyyy")
        labels.append(text)
    return labels
