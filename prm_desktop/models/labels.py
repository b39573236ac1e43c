"""Translated display labels for the domain's keys (partner types, statuses, event kinds)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from prm_core.kinds import PartnerStatus, PartnerType


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
