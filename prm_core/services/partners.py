"""Create, update and delete partners, with the checks a manager expects."""

from __future__ import annotations

import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from prm_core.database import Database
from prm_core.kinds import PartnerStatus, PartnerType
from prm_core.orm import Partner
from prm_core.safety.messages import message
from prm_core.services import validate as v
from prm_core.services.changes import Changes
from prm_core.services.errors import ValidationError
from prm_core.services.rows import check_version, get, write
from prm_core.services.validate import Label


@dataclass
class PartnerData:
    """The editable fields of a partner, as a form holds them."""

    name: str
    code: str | None = None
    name_kana: str | None = None
    type: str = PartnerType.RESELLER.value
    territory: str | None = None
    industry: str | None = None
    contract_date: date | None = None
    status: str = PartnerStatus.ACTIVE.value
    tier: str | None = None
    owner: str | None = None
    notes: str = field(default="")

    @classmethod
    def of(cls, partner: Partner) -> PartnerData:
        return cls(**{k: getattr(partner, k) for k in cls.__dataclass_fields__})


#: Each field's label, as the partner form shows it (a conflict names what changed).
FIELD_LABELS: dict[str, Label] = {
    "name": "Partner name",
    "code": "Code",
    "name_kana": "Reading",
    "type": "Partner type",
    "territory": "Territory",
    "industry": "Industry",
    "contract_date": "Contract date",
    "status": message("label.partner_status"),
    "tier": "Tier",
    "owner": message("label.partner_owner"),
    "notes": "Notes",
}
#: The fields that store a key, shown in a conflict by the labels ``value.<name>.<key>``.
VALUE_LABELS: dict[str, str] = {"type": "partner_type", "status": "partner_status"}


def _clean(data: PartnerData) -> PartnerData:
    return PartnerData(
        name=v.required(data.name, "name", "Partner name"),
        code=v.optional(unicodedata.normalize("NFKC", data.code or ""), "code", "Code", 50),
        name_kana=v.optional(data.name_kana, "name_kana", "Reading"),
        type=v.one_of(data.type, [t.value for t in PartnerType], "type", "Partner type"),
        territory=v.optional(data.territory, "territory", "Territory", 100),
        industry=v.optional(data.industry, "industry", "Industry", 100),
        contract_date=data.contract_date,
        status=v.one_of(
            data.status, [s.value for s in PartnerStatus], "status", message("label.partner_status")
        ),
        tier=v.optional(data.tier, "tier", "Tier", 32),
        owner=v.optional(data.owner, "owner", message("label.partner_owner"), 100),
        notes=(data.notes or "").strip(),
    )


def _check_unique(session: Session, data: PartnerData, own_id: int | None) -> None:
    clash = session.scalar(
        select(Partner.name).where(
            func.lower(Partner.name) == data.name.lower(), Partner.id != (own_id or -1)
        )
    )
    if clash is not None:
        raise ValidationError(message("validation.partner_exists", name=clash), "name")
    if data.code:
        other = session.scalar(
            select(Partner.name).where(Partner.code == data.code, Partner.id != (own_id or -1))
        )
        if other is not None:
            raise ValidationError(
                message("validation.code_used", code=data.code, other=other), "code"
            )


def create_partner(db: Database, data: PartnerData) -> tuple[int, Changes]:
    clean = _clean(data)
    with write(db, message("label.partner_named", name=clean.name)) as session:
        _check_unique(session, clean, None)
        partner = Partner(**asdict(clean))
        session.add(partner)
        session.flush()
        return partner.id, Changes(partners=True, partner_id=partner.id)


def update_partner(
    db: Database,
    partner_id: int,
    data: PartnerData,
    *,
    expected_version: int | None = None,
    seen: PartnerData | None = None,
) -> Changes:
    clean = _clean(data)
    with write(db, message("label.partner_named", name=clean.name)) as session:
        partner = get(session, Partner, partner_id, "The partner")
        check_version(
            partner,
            expected_version,
            asdict(seen) if seen else None,
            message("label.partner_named", name=partner.name),
            FIELD_LABELS,
            values=VALUE_LABELS,
        )
        _check_unique(session, clean, partner_id)
        for key, value in asdict(clean).items():
            setattr(partner, key, value)
        return Changes(partners=True, partner_id=partner_id)


def delete_partner(
    db: Database, partner_id: int, *, expected_version: int | None = None
) -> Changes:
    """Delete a partner and everything that belongs to it (persons, events, 1on1s...)."""
    with write(db, "The partner") as session:
        partner = get(session, Partner, partner_id, "The partner")
        check_version(
            partner, expected_version, None, message("label.partner_named", name=partner.name)
        )
        session.delete(partner)
        return Changes(
            partners=True,
            persons=True,
            events=True,
            meetings=True,
            actions=True,
            checklist=True,
            goals=True,
            interventions=True,
            partner_id=partner_id,
        )


def load_partner(db: Database, partner_id: int) -> tuple[PartnerData, int]:
    """The partner's editable fields and version, for an edit form."""
    with db.reading() as session:
        partner = get(session, Partner, partner_id, "The partner")
        return PartnerData.of(partner), partner.version
