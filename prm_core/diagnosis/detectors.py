"""The nine signals of domain.md's Detect table, each one grouped SQL statement.

Every provider takes ``(session, context)`` and returns :class:`Signal` rows. The work is
set-based: each statement answers for every registered partner (or person) at once through
the event indexes — ``events(partner_id, kind, occurred_at)`` seeks and
``events(partner_id, occurred_at)`` range counts — and Python only words the rows that fire.
All date bounds are computed in Python and passed as parameters, so the SQL runs unchanged on
SQLite and PostgreSQL.

Only *registered* partners (domain.md: first ``registered`` event, or the contract date when
there is none, on or before as_of; not terminated) are considered, as by the KPIs.

Definitions beyond domain.md's one-liners (the thresholds are in
:mod:`prm_core.diagnosis.thresholds`):

- ``stalled_after_registration``: registered ≥ ``days`` days ago, no ``material_download`` on
  or before as_of. High when registered ≥ twice ``days`` ago.
- ``downloads_without_deals``: the first download is ≥ ``days`` days old and no
  ``deal_registered`` on or before as_of. High at twice ``days``.
- ``training_without_proposals``: the first ``training_completed`` is ≥ ``days`` days old and
  no ``proposal`` since it. High at twice ``days``.
- ``declining_activity``: events in the ``recent_days`` ending at as_of are fewer than
  ``ratio`` × the average for as many days over the ``baseline_days`` before them (with the
  defaults: the last 30 days < 50% of the monthly average of the 90 days before). Every kind
  counts except ``registered``: joining the portal is not activity, and counting it would
  flag every new partner a month after it joined. A partner with no baseline activity never
  fires. High when the recent window is empty.
- ``dormant``: registered ≥ ``registered_days`` ago, no ``login`` in the ``login_days``
  ending at as_of. Always high.
- ``key_person_dependence``: over the ``window_days`` ending at as_of, one person holds ≥
  ``share`` of the partner's ``deal_registered`` events (at least ``min_deals`` of them;
  deals without a person count in the total) and the partner has ≥ ``min_persons`` persons.
  Medium; the person is the one holding the deals.
- ``low_conversion``: a person with ≥ ``min_leads`` leads in the ``window_days`` and a
  conversion (deals / leads) below ``median_factor`` × the programme's median conversion
  (over every person of a registered partner with at least one lead in the window). Low.
- ``onboarding_overdue``: checklist items due more than ``grace_days`` before as_of and not
  done by then. High when the oldest is ``high_after_days`` late.
- ``actions_overdue``: 1on1 action items (either side) due more than ``grace_days`` before
  as_of and not done by then. High when the oldest is ``high_after_days`` late.
"""

from __future__ import annotations

import statistics
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Float,
    Subquery,
    Table,
    and_,
    case,
    cast,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Session

from prm_core.diagnosis.population import registered_partners
from prm_core.diagnosis.signal_base import (
    DEFAULT_ACTIONS,
    HIGH,
    LOW,
    MEDIUM,
    Signal,
    SignalContext,
)
from prm_core.kinds import ActionSide, ActionStatus, EventKind
from prm_core.kpi.binds import EVENTS, PARTNERS, PERSONS
from prm_core.kpi.params import midnight
from prm_core.kpi.registered import has_event
from prm_core.orm import ActionItem, ChecklistItem

CHECKLIST: Table = ChecklistItem.__table__  # type: ignore[assignment]
ACTIONS: Table = ActionItem.__table__  # type: ignore[assignment]

#: Float tolerance for "share ≥ threshold" comparisons done in SQL.
EPSILON = 1e-9


# --- shared pieces ----------------------------------------------------------------------------


def registered(ctx: SignalContext) -> Subquery:
    """``(partner_id, partner, contract_date, first_reg)`` of the registered partners at
    as_of (see :func:`prm_core.diagnosis.population.registered_partners`)."""
    return registered_partners(ctx.as_of, ctx.partner_id)


def registered_ids(ctx: SignalContext) -> Any:
    """``SELECT partner_id`` of the registered partners, for ``IN`` filters.

    Grouped candidates are filtered with ``IN`` and named through ``partners``' primary key
    rather than joined to :func:`registered`: SQLite would join two materialised subqueries
    by scanning one for every row of the other."""
    reg = registered(ctx)
    return select(reg.c.partner_id)


def registered_on_or_before(reg: Subquery, day: date) -> ColumnElement[bool]:
    """The partner's registration day is ``day`` or earlier."""
    return or_(
        and_(reg.c.first_reg.is_not(None), reg.c.first_reg < midnight(day + timedelta(days=1))),
        and_(reg.c.first_reg.is_(None), reg.c.contract_date <= day),
    )


def to_date(value: Any) -> date | None:
    """A date from what the driver returned (datetime, date or ISO text on SQLite)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def registration_day(first_reg: Any, contract_date: Any) -> date:
    day = to_date(first_reg) or to_date(contract_date)
    assert day is not None
    return day


def plural(n: int | float, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def percent(value: float) -> str:
    return f"{value * 100:.1f}%"


def _signal(
    key: str,
    row: Any,
    severity: str,
    evidence: str,
    facts: dict[str, Any],
    *,
    person_id: int | None = None,
    person: str | None = None,
) -> Signal:
    return Signal(
        partner_id=int(row.partner_id),
        partner=str(row.partner),
        signal=key,
        severity=severity,
        evidence=evidence,
        action=DEFAULT_ACTIONS[key],
        person_id=person_id,
        person=person,
        facts=facts,
    )


def _by_partner(ctx: SignalContext, column: ColumnElement[int]) -> list[ColumnElement[bool]]:
    return [] if ctx.partner_id is None else [column == ctx.partner_id]


# --- the providers ----------------------------------------------------------------------------


def stalled_after_registration(session: Session, ctx: SignalContext) -> list[Signal]:
    key = "stalled_after_registration"
    days = ctx.thresholds.days(key, "days")
    reg = registered(ctx)
    rows = session.execute(
        select(reg.c.partner_id, reg.c.partner, reg.c.first_reg, reg.c.contract_date).where(
            registered_on_or_before(reg, ctx.days_before(days)),
            ~has_event(reg.c.partner_id, kind=EventKind.MATERIAL_DOWNLOAD, end=ctx.end),
        )
    )
    out = []
    for row in rows:
        ago = (ctx.as_of - registration_day(row.first_reg, row.contract_date)).days
        out.append(
            _signal(
                key,
                row,
                HIGH if ago >= 2 * days else MEDIUM,
                f"registered {plural(ago, 'day')} ago, 0 downloads",
                {"days": ago, "downloads": 0},
            )
        )
    return out


def _first_events(ctx: SignalContext, kind: EventKind, name: str) -> Subquery:
    """``(partner_id, partner, first, n)`` per registered partner: its first event of
    ``kind`` and how many (``first`` NULL without one). Each value is one seek (or range)
    into ``events(partner_id, kind, occurred_at)``."""
    reg = registered(ctx)

    def of_kind(ev: Any) -> list[ColumnElement[bool]]:
        return [
            ev.c.partner_id == reg.c.partner_id,
            ev.c.kind == kind.value,
            ev.c.occurred_at < ctx.end,
        ]

    a, b = EVENTS.alias(), EVENTS.alias()
    first = select(func.min(a.c.occurred_at)).where(*of_kind(a)).scalar_subquery()
    count = select(func.count()).where(*of_kind(b)).scalar_subquery()
    return (
        select(reg.c.partner_id, reg.c.partner, first.label("first"), count.label("n"))
        .group_by(reg.c.partner_id, reg.c.partner)  # materialise: each seek runs once
        .subquery(name)
    )


def downloads_without_deals(session: Session, ctx: SignalContext) -> list[Signal]:
    key = "downloads_without_deals"
    days = ctx.thresholds.days(key, "days")
    first = _first_events(ctx, EventKind.MATERIAL_DOWNLOAD, "dl")
    rows = session.execute(
        select(first).where(
            first.c.first < ctx.since(days),
            ~has_event(first.c.partner_id, kind=EventKind.DEAL_REGISTERED, end=ctx.end),
        )
    )
    out = []
    for row in rows:
        ago = (ctx.as_of - registration_day(row.first, None)).days
        out.append(
            _signal(
                key,
                row,
                HIGH if ago >= 2 * days else MEDIUM,
                f"first download {plural(ago, 'day')} ago, {plural(row.n, 'download')}, "
                "0 deals registered",
                {"days": ago, "downloads": int(row.n), "deals": 0},
            )
        )
    return out


def training_without_proposals(session: Session, ctx: SignalContext) -> list[Signal]:
    key = "training_without_proposals"
    days = ctx.thresholds.days(key, "days")
    first = _first_events(ctx, EventKind.TRAINING_COMPLETED, "training")
    rows = session.execute(
        select(first).where(
            first.c.first < ctx.since(days),
            ~has_event(
                first.c.partner_id, kind=EventKind.PROPOSAL, start=first.c.first, end=ctx.end
            ),
        )
    )
    out = []
    for row in rows:
        ago = (ctx.as_of - registration_day(row.first, None)).days
        out.append(
            _signal(
                key,
                row,
                HIGH if ago >= 2 * days else MEDIUM,
                f"first training completed {plural(ago, 'day')} ago "
                f"({plural(row.n, 'training')}), 0 proposals since",
                {"days": ago, "trainings": int(row.n), "proposals": 0},
            )
        )
    return out


def declining_activity(session: Session, ctx: SignalContext) -> list[Signal]:
    key = "declining_activity"
    recent_days = ctx.thresholds.days(key, "recent_days")
    baseline_days = ctx.thresholds.days(key, "baseline_days")
    ratio = ctx.thresholds.get(key, "ratio")
    recent_start = ctx.since(recent_days)
    baseline_start = ctx.since(recent_days + baseline_days)
    reg = registered(ctx)

    def count_between(start: datetime, end: datetime, kind: EventKind | None = None) -> Any:
        ev = EVENTS.alias()
        conditions = [
            ev.c.partner_id == reg.c.partner_id,
            ev.c.occurred_at >= start,
            ev.c.occurred_at < end,
        ]
        if kind is not None:
            conditions.append(ev.c.kind == kind.value)
        return select(func.count()).where(*conditions).scalar_subquery()

    def activity_between(start: datetime, end: datetime) -> Any:
        # Two range counts on covering indexes: every event on events(partner_id,
        # occurred_at) minus the registrations on events(partner_id, kind, occurred_at).
        # "kind != 'registered'" in one count would read the table row of every event.
        return count_between(start, end) - count_between(start, end, EventKind.REGISTERED)

    # Grouping by the (already unique) partner keeps SQLite from inlining the subquery and
    # counting twice (once for WHERE, once for the select list).
    counts = (
        select(
            reg.c.partner_id,
            reg.c.partner,
            activity_between(recent_start, ctx.end).label("recent"),
            activity_between(baseline_start, recent_start).label("baseline"),
        )
        .group_by(reg.c.partner_id, reg.c.partner)
        .subquery("activity")
    )
    rows = session.execute(
        select(counts).where(
            counts.c.baseline > 0,
            counts.c.recent * baseline_days
            < literal(ratio) * counts.c.baseline * recent_days - EPSILON,
        )
    )
    out = []
    for row in rows:
        average = row.baseline * recent_days / baseline_days
        change = row.recent / average - 1
        out.append(
            _signal(
                key,
                row,
                HIGH if row.recent == 0 else MEDIUM,
                f"{plural(row.recent, 'event')} in the last {recent_days} days against "
                f"{average:.1f} per {recent_days} days in the {baseline_days} days before "
                f"({change * 100:+.0f}%)",
                {
                    "recent": int(row.recent),
                    "recent_days": recent_days,
                    "average": round(average, 1),
                    "baseline_days": baseline_days,
                    "change": round(change, 3),
                },
            )
        )
    return out


def dormant(session: Session, ctx: SignalContext) -> list[Signal]:
    key = "dormant"
    registered_days = ctx.thresholds.days(key, "registered_days")
    login_days = ctx.thresholds.days(key, "login_days")
    reg = registered(ctx)
    ev = EVENTS.alias()
    last_login = (
        select(func.max(ev.c.occurred_at))
        .where(
            ev.c.partner_id == reg.c.partner_id,
            ev.c.kind == EventKind.LOGIN.value,
            ev.c.occurred_at < ctx.end,
        )
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            reg.c.partner_id,
            reg.c.partner,
            reg.c.first_reg,
            reg.c.contract_date,
            last_login.label("last_login"),
        ).where(
            registered_on_or_before(reg, ctx.days_before(registered_days)),
            ~has_event(
                reg.c.partner_id,
                kind=EventKind.LOGIN,
                start=ctx.since(login_days),
                end=ctx.end,
            ),
        )
    )
    out = []
    for row in rows:
        ago = (ctx.as_of - registration_day(row.first_reg, row.contract_date)).days
        last = to_date(row.last_login)
        if last is None:
            login = "never logged in"
            since = None
        else:
            since = (ctx.as_of - last).days
            login = f"last login {plural(since, 'day')} ago ({last.isoformat()})"
        out.append(
            _signal(
                key,
                row,
                HIGH,
                f"registered {plural(ago, 'day')} ago, {login}",
                {"days": ago, "last_login": last, "login_days_ago": since},
            )
        )
    return out


def key_person_dependence(session: Session, ctx: SignalContext) -> list[Signal]:
    key = "key_person_dependence"
    share = ctx.thresholds.get(key, "share")
    min_persons = ctx.thresholds.days(key, "min_persons")
    min_deals = ctx.thresholds.days(key, "min_deals")
    window = ctx.thresholds.days(key, "window_days")
    per_person = (
        select(
            EVENTS.c.partner_id.label("partner_id"),
            EVENTS.c.person_id.label("person_id"),
            func.count().label("n"),
        )
        .where(
            EVENTS.c.kind == EventKind.DEAL_REGISTERED.value,
            EVENTS.c.occurred_at >= ctx.since(window),
            EVENTS.c.occurred_at < ctx.end,
            *_by_partner(ctx, EVENTS.c.partner_id),
            (EVENTS.c.partner_id + 0).in_(registered_ids(ctx)),
        )
        .group_by(EVENTS.c.partner_id, EVENTS.c.person_id)
        .subquery("per_person")
    )
    ranked = select(
        per_person.c.partner_id,
        per_person.c.person_id,
        per_person.c.n,
        func.sum(per_person.c.n).over(partition_by=per_person.c.partner_id).label("total"),
        func.row_number()
        .over(
            partition_by=per_person.c.partner_id,
            order_by=(
                case((per_person.c.person_id.is_(None), 1), else_=0),
                per_person.c.n.desc(),
                per_person.c.person_id,
            ),
        )
        .label("rank"),
    ).subquery("ranked")
    staff = PERSONS.alias("staff")
    persons = (
        select(func.count()).where(staff.c.partner_id == ranked.c.partner_id).scalar_subquery()
    )
    top = PERSONS.alias("top")
    candidates = (
        select(
            ranked.c.partner_id,
            PARTNERS.c.name.label("partner"),
            ranked.c.person_id,
            top.c.name.label("person"),
            ranked.c.n,
            ranked.c.total,
            persons.label("persons"),
        )
        .select_from(
            ranked.join(PARTNERS, PARTNERS.c.id == ranked.c.partner_id).join(
                top, top.c.id == ranked.c.person_id
            )
        )
        .where(
            ranked.c.rank == 1,
            ranked.c.total >= min_deals,
            cast(ranked.c.n, Float) + EPSILON >= literal(share) * ranked.c.total,
        )
        .subquery("candidates")
    )
    rows = session.execute(select(candidates).where(candidates.c.persons >= min_persons))
    out = []
    for row in rows:
        held = int(row.n) / int(row.total)
        out.append(
            _signal(
                key,
                row,
                MEDIUM,
                f"{row.person} holds {row.n} of {plural(int(row.total), 'deal')} registered in "
                f"the last {window} days ({held * 100:.0f}%); "
                f"{plural(int(row.persons), 'person')} at the partner",
                {
                    "deals": int(row.n),
                    "total": int(row.total),
                    "share": round(held, 3),
                    "persons": int(row.persons),
                    "window_days": window,
                },
                person_id=int(row.person_id),
                person=str(row.person),
            )
        )
    return out


def low_conversion(session: Session, ctx: SignalContext) -> list[Signal]:
    key = "low_conversion"
    min_leads = ctx.thresholds.days(key, "min_leads")
    factor = ctx.thresholds.get(key, "median_factor")
    window = ctx.thresholds.days(key, "window_days")
    # The programme median is over every registered partner, even for one partner's signals.
    everyone = registered(SignalContext(ctx.as_of, ctx.thresholds))
    leads = func.sum(case((EVENTS.c.kind == EventKind.LEAD_REGISTERED.value, 1), else_=0))
    deals = func.sum(case((EVENTS.c.kind == EventKind.DEAL_REGISTERED.value, 1), else_=0))

    def per_person(*conditions: ColumnElement[bool]) -> Any:
        return (
            select(
                EVENTS.c.partner_id.label("partner_id"),
                EVENTS.c.person_id.label("person_id"),
                leads.label("leads"),
                deals.label("deals"),
            )
            .where(
                EVENTS.c.kind.in_(
                    (EventKind.LEAD_REGISTERED.value, EventKind.DEAL_REGISTERED.value)
                ),
                EVENTS.c.occurred_at >= ctx.since(window),
                EVENTS.c.occurred_at < ctx.end,
                EVENTS.c.person_id.is_not(None),
                *conditions,
            )
            .group_by(EVENTS.c.partner_id, EVENTS.c.person_id)
        )

    counted = per_person((EVENTS.c.partner_id + 0).in_(select(everyone.c.partner_id))).subquery()
    conversions = session.scalars(
        select(cast(counted.c.deals, Float) / counted.c.leads)
        .where(counted.c.leads > 0)
        .order_by(cast(counted.c.deals, Float) / counted.c.leads)
    ).all()
    if not conversions:
        return []
    median = statistics.median(float(c) for c in conversions)
    if median <= 0:
        return []
    persons = (
        per_person(
            *_by_partner(ctx, EVENTS.c.partner_id),
            (EVENTS.c.partner_id + 0).in_(registered_ids(ctx)),
        )
        .having(
            leads >= min_leads,
            cast(deals, Float) < literal(factor * median) * leads - EPSILON,
        )
        .subquery("low")
    )
    rows = session.execute(
        select(
            persons.c.partner_id,
            PARTNERS.c.name.label("partner"),
            persons.c.person_id,
            PERSONS.c.name.label("person"),
            persons.c.leads,
            persons.c.deals,
        ).select_from(
            persons.join(PARTNERS, PARTNERS.c.id == persons.c.partner_id).join(
                PERSONS, PERSONS.c.id == persons.c.person_id
            )
        )
    )
    out = []
    for row in rows:
        rate = int(row.deals) / int(row.leads)
        out.append(
            _signal(
                key,
                row,
                LOW,
                f"{plural(int(row.leads), 'lead')}, {plural(int(row.deals), 'deal')} in the last "
                f"{window} days: conversion {percent(rate)} against a programme median of "
                f"{percent(median)}",
                {
                    "leads": int(row.leads),
                    "deals": int(row.deals),
                    "conversion": round(rate, 4),
                    "median": round(median, 4),
                    "window_days": window,
                },
                person_id=int(row.person_id),
                person=str(row.person),
            )
        )
    return out


def _overdue(
    session: Session,
    ctx: SignalContext,
    table: Table,
    open_at: ColumnElement[bool],
    key: str,
) -> list[Any]:
    """Per partner: overdue items (count, vendor-side count), and the oldest one's title and
    due date, through window functions over the items due before the grace cutoff."""
    grace = ctx.thresholds.days(key, "grace_days")
    order = (table.c.due_on, table.c.position if "position" in table.c else table.c.id, table.c.id)
    vendor = (
        case((table.c.side == ActionSide.VENDOR.value, 1), else_=0)
        if "side" in table.c
        else literal(0)
    )
    ranked = (
        select(
            table.c.partner_id,
            table.c.title,
            table.c.due_on,
            func.count().over(partition_by=table.c.partner_id).label("n"),
            func.sum(vendor).over(partition_by=table.c.partner_id).label("ours"),
            func.row_number().over(partition_by=table.c.partner_id, order_by=order).label("rank"),
        )
        .where(
            table.c.due_on < ctx.as_of - timedelta(days=grace),
            open_at,
            *_by_partner(ctx, table.c.partner_id),
            table.c.partner_id.in_(registered_ids(ctx)),
        )
        .subquery("overdue")
    )
    return list(
        session.execute(
            select(
                ranked.c.partner_id,
                PARTNERS.c.name.label("partner"),
                ranked.c.title,
                ranked.c.due_on,
                ranked.c.n,
                ranked.c.ours,
            )
            .select_from(ranked.join(PARTNERS, PARTNERS.c.id == ranked.c.partner_id))
            .where(ranked.c.rank == 1)
        )
    )


def onboarding_overdue(session: Session, ctx: SignalContext) -> list[Signal]:
    key = "onboarding_overdue"
    high_after = ctx.thresholds.days(key, "high_after_days")
    open_at = or_(CHECKLIST.c.done_on.is_(None), CHECKLIST.c.done_on > ctx.as_of)
    out = []
    for row in _overdue(session, ctx, CHECKLIST, open_at, key):
        due = to_date(row.due_on)
        assert due is not None
        late = (ctx.as_of - due).days
        out.append(
            _signal(
                key,
                row,
                HIGH if late >= high_after else MEDIUM,
                f'{plural(int(row.n), "onboarding step")} overdue; oldest "{row.title}", due '
                f"{due.isoformat()} ({plural(late, 'day')} ago)",
                {"items": int(row.n), "oldest": row.title, "due": due, "days_late": late},
            )
        )
    return out


def actions_overdue(session: Session, ctx: SignalContext) -> list[Signal]:
    key = "actions_overdue"
    high_after = ctx.thresholds.days(key, "high_after_days")
    open_at = or_(
        and_(ACTIONS.c.status == ActionStatus.OPEN.value, ACTIONS.c.done_on.is_(None)),
        ACTIONS.c.done_on > ctx.as_of,
    )
    out = []
    for row in _overdue(session, ctx, ACTIONS, open_at, key):
        due = to_date(row.due_on)
        assert due is not None
        late = (ctx.as_of - due).days
        n, ours = int(row.n), int(row.ours or 0)
        out.append(
            _signal(
                key,
                row,
                HIGH if late >= high_after else MEDIUM,
                f"{plural(n, 'action item')} past due ({ours} ours, {n - ours} the partner's); "
                f'oldest "{row.title}", due {due.isoformat()} ({plural(late, "day")} ago)',
                {
                    "items": n,
                    "ours": ours,
                    "theirs": n - ours,
                    "oldest": row.title,
                    "due": due,
                    "days_late": late,
                },
            )
        )
    return out
