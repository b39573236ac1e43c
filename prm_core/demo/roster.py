"""Who is in the demo: partner companies and their persons, with the traits that drive activity.

Everything here is drawn in plan time (month units) from the two seeded generators, so the
roster — and every count derived from it — is the same for a seed whatever ``as_of`` is.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

import numpy as np

from prm_core.demo import names, texts
from prm_core.kinds import PartnerStatus, PartnerType

#: A realistic partner mix: resellers and SIers dominate, technology partners are few.
PARTNER_TYPE_WEIGHTS: dict[PartnerType, float] = {
    PartnerType.RESELLER: 0.4,
    PartnerType.SYSTEM_INTEGRATOR: 0.25,
    PartnerType.AGENCY: 0.15,
    PartnerType.REFERRAL: 0.12,
    PartnerType.TECHNOLOGY: 0.08,
}
#: How actively each type sells, relative to a reseller.
TYPE_ENGAGEMENT: dict[PartnerType, float] = {
    PartnerType.RESELLER: 1.1,
    PartnerType.SYSTEM_INTEGRATOR: 1.0,
    PartnerType.AGENCY: 0.85,
    PartnerType.REFERRAL: 0.65,
    PartnerType.TECHNOLOGY: 0.8,
}
#: Share of partners that reach at least journey step 1…4 (download, consult, deal, proposal)
#: if they have the time to; recent partners are further cut short by their short history.
DEPTH_THRESHOLDS = np.array([0.86, 0.63, 0.43, 0.32])
ENGLISH_SHARE = 0.12
LAUNCH_WAVE_SHARE = 0.3  # partners signed in the programme's first weeks
TERMINATED_SHARE = 0.04  # of partners old enough to have left
DORMANT_SHARE = 0.13  # of partners old enough to have gone quiet
SUSPENDED_SHARE = 0.025
#: Plan-time gap before as_of that a dormant partner stays silent. 3.6 months is well over
#: 90 days even after the seasonal warp squeezes a busy stretch.
DORMANT_MIN_GAP = 3.6
DORMANT_MAX_GAP = 9.0
SILENT_PERSON_SHARE = 0.3


@dataclass(slots=True)
class PersonPlan:
    partner: int
    name: str
    role: str
    email: str | None
    phone: str | None
    is_key_person: bool
    login_weight: float  # how often this person logs in and downloads
    sales_weight: float  # share of the partner's leads and deals (0 = never sells)
    conversion: float  # how well this person's leads turn into deals


@dataclass(slots=True)
class PartnerPlan:
    code: str
    company: names.CompanyName
    type: PartnerType
    territory: str
    industry: str
    owner: str
    status: PartnerStatus
    notes: str
    start: float  # contract, in month units from the period's start
    end: float  # end of activity (as_of's position unless dormant or terminated)
    depth: int  # journey steps beyond registration the partner would reach (0-4)
    engagement: float
    skew: float  # >1: activity fades over time, <1: it grows
    dormant: bool
    registered_event: bool
    first_person: int
    n_persons: int
    key_person: int  # global index of the main key person
    contract_date: date | None = None
    tier: str | None = None


def _statuses(
    g: np.random.Generator, start: np.ndarray, months: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(terminated, dormant, suspended, end) per partner; draws have a fixed size."""
    n = len(start)
    u_term, u_dorm, u_susp, u_gap, u_end = g.random((5, n))
    terminated = (start < months - 6) & (u_term < TERMINATED_SHARE)
    term_end = start + np.maximum(0.5, (months - DORMANT_MIN_GAP - start) * (0.3 + 0.7 * u_end))
    dormant = ~terminated & (start < months - DORMANT_MIN_GAP - 0.7) & (u_dorm < DORMANT_SHARE)
    max_gap = np.clip(months - start - 0.6, DORMANT_MIN_GAP, DORMANT_MAX_GAP)
    dorm_end = months - (DORMANT_MIN_GAP + u_gap * (max_gap - DORMANT_MIN_GAP))
    end = np.where(terminated, term_end, np.where(dormant, dorm_end, float(months)))
    suspended = ~terminated & (u_susp < SUSPENDED_SHARE)
    return terminated, dormant, suspended, end


def plan_partners(
    rng: random.Random, g: np.random.Generator, count: int, months: int
) -> list[PartnerPlan]:
    territories = rng.choices(
        [t for t, _ in names.TERRITORIES], weights=[w for _, w in names.TERRITORIES], k=count
    )
    companies = names.company_names(rng, territories, ENGLISH_SHARE)
    types = rng.choices(list(PARTNER_TYPE_WEIGHTS), list(PARTNER_TYPE_WEIGHTS.values()), k=count)
    industries = rng.choices(
        [i for i, _ in texts.INDUSTRIES], weights=[w for _, w in texts.INDUSTRIES], k=count
    )
    owners = rng.sample(names.CHANNEL_MANAGERS, rng.randint(3, 5))
    owner_of = rng.choices(owners, weights=[1.4, 1.2, 1.0, 0.9, 0.8][: len(owners)], k=count)
    notes = [rng.choice(texts.PARTNER_NOTES) if rng.random() < 0.3 else "" for _ in range(count)]

    wave = g.random(count) < LAUNCH_WAVE_SHARE
    early = g.uniform(0.0, min(1.5, months * 0.5), count)
    later = g.uniform(0.0, months * 0.99, count)
    start = np.where(wave, early, later)
    depth = (g.random(count)[:, None] < DEPTH_THRESHOLDS).sum(axis=1)
    base = g.lognormal(-0.2, 0.55, count)
    skew = g.lognormal(0.0, 0.3, count)
    registered_event = g.random(count) >= 0.03
    n_persons = 3 + g.binomial(12, 0.58, count)
    terminated, dormant, suspended, end = _statuses(g, start, months)

    width = max(4, len(str(count)))
    plans: list[PartnerPlan] = []
    for i in range(count):
        status = PartnerStatus.ACTIVE
        note = notes[i]
        engagement = float(base[i]) * TYPE_ENGAGEMENT[types[i]] * (0.7 + 0.15 * int(depth[i]))
        if terminated[i]:
            status, note = PartnerStatus.TERMINATED, texts.TERMINATED_NOTE
        elif suspended[i]:
            status, note = PartnerStatus.SUSPENDED, texts.SUSPENDED_NOTE
            engagement *= 0.35
        plans.append(
            PartnerPlan(
                code=f"P-{i + 1:0{width}d}",
                company=companies[i],
                type=types[i],
                territory=territories[i],
                industry=industries[i],
                owner=owner_of[i],
                status=status,
                notes=note,
                start=float(start[i]),
                end=float(end[i]),
                depth=int(depth[i]),
                engagement=engagement,
                skew=float(skew[i]),
                dormant=bool(dormant[i]),
                registered_event=bool(registered_event[i]),
                first_person=0,
                n_persons=int(n_persons[i]),
                key_person=0,
            )
        )
    return plans


def _role_pools() -> tuple[list[str], list[float], dict[str, float]]:
    roles = [r for r, _, _ in texts.ROLES]
    return roles, [w for _, w, _ in texts.ROLES], {r: s for r, _, s in texts.ROLES}


def plan_persons(
    rng: random.Random, g: np.random.Generator, partners: list[PartnerPlan]
) -> list[PersonPlan]:
    """3–15 persons per partner: a few star sellers, some silent ones, 1–2 key persons."""
    roles, role_weights, sells = _role_pools()
    persons: list[PersonPlan] = []
    for index, partner in enumerate(partners):
        k = partner.n_persons
        partner.first_person = len(persons)
        silent = g.random(k) < SILENT_PERSON_SHARE
        never = g.random(k) < 0.5
        login = np.where(silent, np.where(never, 0.0, 0.08), g.gamma(2.0, 0.5, k))
        stars = g.lognormal(0.0, 1.2, k)
        conversion = g.lognormal(0.0, 0.45, k)
        used: set[str] = set()
        members: list[PersonPlan] = []
        for j in range(k):
            english = rng.random() < (0.6 if partner.company.english else 0.03)
            who = names.person_name(rng, english)
            role = rng.choices(roles, role_weights)[0]
            local, n = who.local_part, 2
            while local in used:
                local, n = f"{who.local_part}{n}", n + 1
            used.add(local)
            phone = names.phone_number(rng, partner.territory) if rng.random() < 0.8 else None
            email = f"{local}@{partner.company.domain}" if rng.random() < 0.95 else None
            sales = 0.0 if silent[j] else float(stars[j]) * sells[role]
            members.append(
                PersonPlan(
                    partner=index,
                    name=who.name,
                    role=role,
                    email=email,
                    phone=phone,
                    is_key_person=False,
                    login_weight=float(login[j]),
                    sales_weight=sales,
                    conversion=float(conversion[j]),
                )
            )
        ranking = sorted(range(k), key=lambda j: (-members[j].sales_weight, j))
        key = ranking[0]
        members[key].is_key_person = True
        members[key].sales_weight = max(members[key].sales_weight, 1.0)
        members[key].login_weight = max(members[key].login_weight, 1.0)
        if rng.random() < 0.3 and members[ranking[1]].sales_weight > 0:
            members[ranking[1]].is_key_person = True
        partner.key_person = partner.first_person + key
        persons.extend(members)
    return persons
