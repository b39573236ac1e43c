"""Learn: did an intervention change the numbers? Before and after each one, and per category.

For an intervention on day *d* the windows are the ``window_days`` (90) days **before** it
(d − 90 … d − 1) and the 90 days **after** it (d + 1 … d + 90); the day itself belongs to
neither, since its events may come before or after the action. An after window that reaches
past as_of is cut at as_of and the effect is *pending* (``complete`` False): the programme
table only judges complete windows.

:func:`intervention_effects` counts the partner's events by kind in both windows for every
intervention at once: the windows are bind parameters of a small inline table joined to
``events(partner_id, occurred_at)`` (chunks of :data:`CHUNK` interventions), one grouped
statement per chunk. :func:`window_kpis` adds the KPI engine's view of one window.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Final

from sqlalchemy import (
    BigInteger,
    DateTime,
    Integer,
    and_,
    bindparam,
    case,
    func,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from prm_core.diagnosis.categories import canonical_category
from prm_core.kinds import EventKind
from prm_core.kpi.binds import EVENTS
from prm_core.kpi.engine import compute_all
from prm_core.kpi.params import KpiParams, midnight
from prm_core.orm import Intervention, Partner, PlaybookEntry

WINDOW_DAYS: Final = 90
#: Interventions per statement; a shorter last chunk is padded with windows that match no
#: event, so there is one statement shape, built and compiled once per process.
CHUNK: Final = 50
BEFORE: Final = "before"
AFTER: Final = "after"


@dataclass(frozen=True, slots=True)
class Window:
    """Inclusive ``first`` … ``last`` days and the partner's events in them by kind."""

    first: date
    last: date
    counts: dict[str, int] = field(default_factory=dict)
    won_amount: int = 0

    @property
    def days(self) -> int:
        return max(0, (self.last - self.first).days + 1)

    def count(self, kind: EventKind | str) -> int:
        return self.counts.get(str(kind), 0)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.first.isoformat(),
            "to": self.last.isoformat(),
            "days": self.days,
            "events": {k.value: self.count(k) for k in EventKind},
            "won_amount": self.won_amount,
        }


@dataclass(frozen=True, slots=True)
class Effect:
    """One intervention with the partner's events in the windows before and after it."""

    intervention_id: int
    partner_id: int
    partner: str
    occurred_on: date
    category: str
    action: str
    signal_key: str | None
    notes: str
    before: Window
    after: Window
    complete: bool

    @property
    def deals_before(self) -> int:
        return self.before.count(EventKind.DEAL_REGISTERED)

    @property
    def deals_after(self) -> int:
        return self.after.count(EventKind.DEAL_REGISTERED)

    @property
    def deals_rose(self) -> bool | None:
        """Whether deal registrations rose; None while the after window is incomplete."""
        return self.deals_after > self.deals_before if self.complete else None

    def to_json(self) -> dict[str, Any]:
        return {
            "intervention_id": self.intervention_id,
            "partner": self.partner,
            "date": self.occurred_on.isoformat(),
            "category": self.category,
            "action": self.action,
            "signal": self.signal_key,
            "before": self.before.to_json(),
            "after": self.after.to_json(),
            "complete": self.complete,
            "deals_rose": self.deals_rose,
        }


def windows_of(day: date, as_of: date, days: int = WINDOW_DAYS) -> tuple[Window, Window, bool]:
    """The empty before and after windows of an intervention on ``day``, and whether the
    after window is complete at as_of."""
    before = Window(day - timedelta(days=days), day - timedelta(days=1))
    full_after = day + timedelta(days=days)
    after = Window(day + timedelta(days=1), min(full_after, as_of))
    return before, after, full_after <= as_of


def _window_table(n: int) -> Any:
    """An inline table of ``n`` rows ``(iid, pid, b0, b1, a0, a1)`` of bind parameters:
    events count before when ``b0 <= at < b1`` and after when ``a0 <= at < a1``."""
    rows = [
        select(
            bindparam(f"w{i}_iid", type_=Integer).label("iid"),
            bindparam(f"w{i}_pid", type_=Integer).label("pid"),
            bindparam(f"w{i}_b0", type_=DateTime).label("b0"),
            bindparam(f"w{i}_b1", type_=DateTime).label("b1"),
            bindparam(f"w{i}_a0", type_=DateTime).label("a0"),
            bindparam(f"w{i}_a1", type_=DateTime).label("a1"),
        )
        for i in range(n)
    ]
    return (union_all(*rows) if n > 1 else rows[0]).subquery("windows")


_STATEMENTS: dict[bool, Any] = {}


def _statement(won: bool) -> Any:
    stmt = _STATEMENTS.get(won)
    if stmt is None:
        stmt = _STATEMENTS.setdefault(won, _count_statement(CHUNK, won))
    return stmt


def _count_statement(n: int, won: bool) -> Any:
    """Per intervention and kind, the events before and after; with ``won``, the sums of the
    won deals' amounts instead. Naming every kind lets SQLite answer the counts from the
    covering index ``events(partner_id, kind, occurred_at)`` (ten range seeks per window,
    no table reads); only the won deals' amounts need the rows themselves."""
    w = _window_table(n)
    before = and_(EVENTS.c.occurred_at >= w.c.b0, EVENTS.c.occurred_at < w.c.b1)
    after = and_(EVENTS.c.occurred_at >= w.c.a0, EVENTS.c.occurred_at < w.c.a1)
    if won:
        amount = func.coalesce(EVENTS.c.amount, 0)
        kinds = [EventKind.DEAL_WON.value]
        measures: list[Any] = [
            func.sum(case((before, amount), else_=0)).cast(BigInteger),
            func.sum(case((after, amount), else_=0)).cast(BigInteger),
        ]
    else:
        kinds = [k.value for k in EventKind]
        measures = [func.sum(case((before, 1), else_=0)), func.sum(case((after, 1), else_=0))]
    return (
        select(w.c.iid, EVENTS.c.kind, *measures)
        .select_from(
            w.join(
                EVENTS,
                and_(
                    EVENTS.c.partner_id == w.c.pid,
                    EVENTS.c.kind.in_(kinds),
                    EVENTS.c.occurred_at >= w.c.b0,
                    EVENTS.c.occurred_at < w.c.a1,
                ),
            )
        )
        .group_by(w.c.iid, EVENTS.c.kind)
    )


def _bounds(window: Window) -> tuple[datetime, datetime]:
    return midnight(window.first), midnight(window.last + timedelta(days=1))


def intervention_effects(
    session: Session,
    as_of: date | None = None,
    *,
    partner_id: int | None = None,
    intervention_ids: Sequence[int] | None = None,
    window_days: int = WINDOW_DAYS,
) -> list[Effect]:
    """Every intervention recorded on or before as_of (default today), newest first, with
    the partner's events by kind in the windows before and after it."""
    as_of = as_of or date.today()
    query = (
        select(Intervention, Partner.name)
        .join(Partner, Partner.id == Intervention.partner_id)
        .where(Intervention.occurred_on <= as_of)
        .order_by(Intervention.occurred_on.desc(), Intervention.id.desc())
    )
    if partner_id is not None:
        query = query.where(Intervention.partner_id == partner_id)
    if intervention_ids is not None:
        query = query.where(Intervention.id.in_(list(intervention_ids)))
    found = [(i, name) for i, name in session.execute(query)]

    shapes: dict[int, tuple[Window, Window, bool]] = {
        i.id: windows_of(i.occurred_on, as_of, window_days) for i, _ in found
    }
    counts: dict[int, dict[str, dict[str, int]]] = {i.id: {BEFORE: {}, AFTER: {}} for i, _ in found}
    amounts: dict[int, dict[str, int]] = {i.id: {BEFORE: 0, AFTER: 0} for i, _ in found}
    for start in range(0, len(found), CHUNK):
        chunk = found[start : start + CHUNK]
        padding = midnight(as_of)
        values: dict[str, Any] = {
            f"w{n}_{name}": value
            for n in range(len(chunk), CHUNK)
            for name, value in (
                ("iid", -1),
                ("pid", -1),
                ("b0", padding),
                ("b1", padding),
                ("a0", padding),
                ("a1", padding),
            )
        }
        for n, (i, _) in enumerate(chunk):
            before, after, _complete = shapes[i.id]
            b0, b1 = _bounds(before)
            a0, a1 = _bounds(after)
            a1 = max(a1, a0)  # an intervention on as_of has an empty after window
            values.update(
                {
                    f"w{n}_iid": i.id,
                    f"w{n}_pid": i.partner_id,
                    f"w{n}_b0": b0,
                    f"w{n}_b1": b1,
                    f"w{n}_a0": a0,
                    f"w{n}_a1": a1,
                }
            )
        for iid, kind, n_before, n_after in session.execute(_statement(won=False), values):
            if n_before:
                counts[iid][BEFORE][kind] = int(n_before)
            if n_after:
                counts[iid][AFTER][kind] = int(n_after)
        for iid, _kind, won_before, won_after in session.execute(_statement(won=True), values):
            amounts[iid][BEFORE] += int(won_before or 0)
            amounts[iid][AFTER] += int(won_after or 0)

    out = []
    for i, name in found:
        before, after, complete = shapes[i.id]
        out.append(
            Effect(
                intervention_id=i.id,
                partner_id=i.partner_id,
                partner=name,
                occurred_on=i.occurred_on,
                category=canonical_category(i.category),
                action=i.action,
                signal_key=i.signal_key,
                notes=i.notes or "",
                before=Window(
                    before.first, before.last, counts[i.id][BEFORE], amounts[i.id][BEFORE]
                ),
                after=Window(after.first, after.last, counts[i.id][AFTER], amounts[i.id][AFTER]),
                complete=complete,
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class CategoryRow:
    """Programme level, per intervention category: how many were made, how many could be
    judged (complete after window), and in how many the deal registrations rose."""

    category: str
    made: int
    judged: int
    rose: int

    @property
    def rate(self) -> float | None:
        return self.rose / self.judged if self.judged else None

    def to_json(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "made": self.made,
            "judged": self.judged,
            "rose": self.rose,
            "rate": self.rate,
        }


def programme_table(effects: Iterable[Effect]) -> list[CategoryRow]:
    """One row per category, most interventions first."""
    rows: dict[str, list[int]] = {}
    for e in effects:
        made, judged, rose = rows.setdefault(e.category, [0, 0, 0])
        rows[e.category] = [
            made + 1,
            judged + (1 if e.complete else 0),
            rose + (1 if e.deals_rose else 0),
        ]
    table = [CategoryRow(c, *v) for c, v in rows.items()]
    table.sort(key=lambda r: (-r.made, r.category))
    return table


@dataclass(frozen=True, slots=True)
class WindowKpis:
    """The KPI engine's numbers for one partner over one window (ending at its last day)."""

    first: date
    last: date
    phase: str | None
    journey_reached: tuple[str, ...]
    downloads: int
    deals_registered: int
    leads: int
    conversion: float | None
    top_person_share: float | None
    active: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.first.isoformat(),
            "to": self.last.isoformat(),
            "phase": self.phase,
            "journey_reached": list(self.journey_reached),
            "downloads": self.downloads,
            "deals_registered": self.deals_registered,
            "leads": self.leads,
            "conversion": self.conversion,
            "top_person_share": self.top_person_share,
            "active": self.active,
        }


def window_kpis(session: Session, partner_id: int, window: Window) -> WindowKpis | None:
    """KPIs 1–5 and the phase of one partner for the window (``None`` when it is empty).
    Retention's 90-day login window ends at the window's last day, so with the default 90-day
    windows "active" means "logged in during this window"."""
    if window.days <= 0:
        return None
    params = KpiParams.create(
        as_of=window.last, date_from=window.first, date_to=window.last, partner_id=partner_id
    )
    result = compute_all(session, params)
    leads = sum(p.leads for p in result.people)
    person_deals = sum(p.deals for p in result.people)
    phases = result.phases.as_dict()
    phase = next((name for name, n in phases.items() if n), None)
    share = result.top_person_share[0].share if result.top_person_share else None
    return WindowKpis(
        first=window.first,
        last=window.last,
        phase=phase,
        journey_reached=tuple(s.step for s in result.journey if s.count > 0),
        downloads=result.content_downloads.total,
        deals_registered=result.activation.deals_registered,
        leads=leads,
        conversion=person_deals / leads if leads else None,
        top_person_share=share,
        active=result.retention.active > 0,
    )


@dataclass(frozen=True, slots=True)
class PlaybookRow:
    """A saved playbook entry: the action offered for a signal, and where it came from."""

    id: int
    signal_key: str
    action: str
    intervention_id: int | None
    partner: str | None
    occurred_on: date | None
    in_force: bool  # the newest entry of its signal: the one offered


def playbook_entries(session: Session) -> list[PlaybookRow]:
    """Every playbook entry, newest first, marking the one each signal currently offers."""
    rows = session.execute(
        select(
            PlaybookEntry.id,
            PlaybookEntry.signal_key,
            PlaybookEntry.action,
            PlaybookEntry.intervention_id,
            Partner.name,
            Intervention.occurred_on,
        )
        .outerjoin(Intervention, Intervention.id == PlaybookEntry.intervention_id)
        .outerjoin(Partner, Partner.id == Intervention.partner_id)
        .order_by(PlaybookEntry.id.desc())
    ).all()
    seen: set[str] = set()
    out = []
    for entry_id, key, action, iid, partner, day in rows:
        out.append(PlaybookRow(entry_id, key, action, iid, partner, day, key not in seen))
        seen.add(key)
    return out
