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
    """A suggested intervention category (``DEFAULT_CATEGORIES``, English in the core) in the
    UI's language. Categories are free text stored as chosen, so a Japanese manager files
    under 同行営業 like the rest of their records; one they typed is shown as typed."""
    labels: dict[str, str] = {
        "Training": QCoreApplication.translate("Labels", "Training"),
        "Co-selling": QCoreApplication.translate("Labels", "Co-selling"),
        "Sales materials": QCoreApplication.translate("Labels", "Sales materials"),
        "1on1": QCoreApplication.translate("Labels", "1on1"),
        "Reactivation": QCoreApplication.translate("Labels", "Reactivation"),
        "Enablement": QCoreApplication.translate("Labels", "Enablement"),
        "Coaching": QCoreApplication.translate("Labels", "Coaching"),
        "Onboarding": QCoreApplication.translate("Labels", "Onboarding"),
        "Follow-up": QCoreApplication.translate("Labels", "Follow-up"),
        "Deal follow-up": QCoreApplication.translate("Labels", "Deal follow-up"),
        "Conflict resolution": QCoreApplication.translate("Labels", "Conflict resolution"),
        "Other": QCoreApplication.translate("Labels", "Other"),
    }
    return labels.get(category, category)


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
