"""Canonical vocabularies of the domain (keys fixed by domain.md) with their Japanese labels."""

from __future__ import annotations

from enum import StrEnum


class EventKind(StrEnum):
    """Activity event kinds; the value is the canonical key used in files, CLI and tests."""

    REGISTERED = "registered"
    LOGIN = "login"
    MATERIAL_DOWNLOAD = "material_download"
    TRAINING_COMPLETED = "training_completed"
    DEAL_CONSULTED = "deal_consulted"
    LEAD_REGISTERED = "lead_registered"
    DEAL_REGISTERED = "deal_registered"
    PROPOSAL = "proposal"
    DEAL_WON = "deal_won"
    DEAL_LOST = "deal_lost"


EVENT_KIND_LABELS_JA: dict[EventKind, str] = {
    EventKind.REGISTERED: "PRM登録",
    EventKind.LOGIN: "ログイン",
    EventKind.MATERIAL_DOWNLOAD: "資料DL",
    EventKind.TRAINING_COMPLETED: "研修修了",
    EventKind.DEAL_CONSULTED: "案件相談",
    EventKind.LEAD_REGISTERED: "リード登録",
    EventKind.DEAL_REGISTERED: "案件登録",
    EventKind.PROPOSAL: "提案",
    EventKind.DEAL_WON: "受注",
    EventKind.DEAL_LOST: "失注",
}

#: The partner journey, in order (domain.md, KPI 1).
JOURNEY_STEPS: tuple[EventKind, ...] = (
    EventKind.REGISTERED,
    EventKind.MATERIAL_DOWNLOAD,
    EventKind.DEAL_CONSULTED,
    EventKind.DEAL_REGISTERED,
    EventKind.PROPOSAL,
)


class PartnerType(StrEnum):
    RESELLER = "reseller"
    AGENCY = "agency"
    SYSTEM_INTEGRATOR = "system_integrator"
    TECHNOLOGY = "technology"
    REFERRAL = "referral"


PARTNER_TYPE_LABELS_JA: dict[PartnerType, str] = {
    PartnerType.RESELLER: "販売代理店",
    PartnerType.AGENCY: "取次代理店",  # as the partner form names it
    PartnerType.SYSTEM_INTEGRATOR: "SIer",
    PartnerType.TECHNOLOGY: "テクノロジー",
    PartnerType.REFERRAL: "紹介",
}


class PartnerStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"


class Assessor(StrEnum):
    SELF = "self"
    MANAGER = "manager"


class PractPhase(StrEnum):
    PERCEPTION = "perception"
    READINESS = "readiness"
    ACTIVATE = "activate"
    COLLABORATION = "collaboration"
    TRUST = "trust"


class GoalMetric(StrEnum):
    DEAL_REGISTERED = "deal_registered"
    DEAL_WON = "deal_won"
    WON_AMOUNT = "won_amount"
    TRAINING_COMPLETED = "training_completed"
    LEAD_REGISTERED = "lead_registered"


class ActionSide(StrEnum):
    """Who promised an action item: we (the vendor) or the partner."""

    VENDOR = "vendor"
    PARTNER = "partner"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


def sql_in(values: type[StrEnum]) -> str:
    """Render the values of an enum as a SQL ``IN`` list for CHECK constraints."""
    return "(" + ", ".join(f"'{v.value}'" for v in values) + ")"
