"""KPI statements are built once per *shape* and re-executed with new parameter values.

Building a SQLAlchemy statement with a dozen correlated subqueries costs more Python time than
SQLite needs to answer it for one partner (≈ 1 ms per statement against ≈ 0.1 ms). So every
builder takes :class:`Binds` — the as-of date, the period and the segment as bind parameters —
and :func:`run` keeps the built statement per (builder, shape, extra) and supplies the values
of the current :class:`KpiParams` at execution. The shape is what changes the SQL text: the
level and which segment filters are set. Statements are immutable, so threads can share them.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, TypeAlias

from sqlalchemy import (
    BindParameter,
    Date,
    DateTime,
    Executable,
    Integer,
    Result,
    Select,
    String,
    Table,
)
from sqlalchemy import bindparam as sa_bindparam
from sqlalchemy.orm import Session

from prm_core.kpi.params import KpiParams
from prm_core.orm import Content, Event, Partner, Person

# Core tables: statements over them skip the ORM's compile and result layers.
EVENTS: Table = Event.__table__  # type: ignore[assignment]
PARTNERS: Table = Partner.__table__  # type: ignore[assignment]
PERSONS: Table = Person.__table__  # type: ignore[assignment]
CONTENTS: Table = Content.__table__  # type: ignore[assignment]

#: Rows of any width (SQLAlchemy 2.1 types rows by their column types).
AnySelect: TypeAlias = Select[*tuple[Any, ...]]
AnyResult: TypeAlias = Result[*tuple[Any, ...]]

#: The segment filters, in the order of :class:`Shape`.
SEGMENT_FIELDS = ("type", "tier", "territory", "owner")


@dataclass(frozen=True, slots=True)
class Shape:
    """What changes the SQL text of a KPI statement (values never do)."""

    by_person: bool
    one_partner: bool
    segment: tuple[bool, ...]  # type, tier, territory, owner set?

    @classmethod
    def of(cls, params: KpiParams) -> Shape:
        return cls(
            params.by_person,
            params.partner_id is not None,
            tuple(getattr(params, f) is not None for f in SEGMENT_FIELDS),
        )


def bindparam(name: str, type_: Any) -> BindParameter[Any]:
    return sa_bindparam(name, type_=type_)


@dataclass(frozen=True, slots=True)
class Binds:
    """The :class:`KpiParams` of a statement as bind parameters (``None``: filter not set).

    ``end`` is the midnight after as_of (events strictly before it count), ``end_day`` the
    same as a date for ``contract_date < end_day``; the period bounds are already clipped to
    as_of (see :class:`KpiParams`).
    """

    shape: Shape
    end: BindParameter[datetime]
    end_day: BindParameter[date]
    window_start: BindParameter[datetime]
    period_start: BindParameter[datetime]
    period_end: BindParameter[datetime]
    partner_id: BindParameter[int] | None
    segment: dict[str, BindParameter[str]]

    @property
    def by_person(self) -> bool:
        return self.shape.by_person

    @classmethod
    def for_shape(cls, shape: Shape) -> Binds:
        return cls(
            shape,
            bindparam("end", DateTime),
            bindparam("end_day", Date),
            bindparam("window_start", DateTime),
            bindparam("period_start", DateTime),
            bindparam("period_end", DateTime),
            bindparam("partner_id", Integer) if shape.one_partner else None,
            {
                f: bindparam(f"segment_{f}", String)
                for f, on in zip(SEGMENT_FIELDS, shape.segment, strict=True)
                if on
            },
        )


def values_of(params: KpiParams) -> dict[str, Any]:
    """The execution values of every name in :class:`Binds`."""
    values: dict[str, Any] = {
        "end": params.end,
        "end_day": params.as_of + timedelta(days=1),
        "window_start": params.window_start,
        "period_start": params.period_start,
        "period_end": params.period_end,
        "partner_id": params.partner_id,
    }
    for f in SEGMENT_FIELDS:
        values[f"segment_{f}"] = getattr(params, f)
    return values


_STATEMENTS: dict[tuple[Hashable, ...], Executable] = {}


def statement(build: Callable[..., Executable], params: KpiParams, *extra: Hashable) -> Executable:
    """The statement ``build(binds, *extra)`` for the shape of ``params``, built at most once.

    ``build`` must be a module-level function and ``extra`` hashable structure (a step, a
    month count), never a value that changes per call: values go through bind parameters.
    """
    shape = Shape.of(params)
    key = (build, shape, *extra)
    stmt = _STATEMENTS.get(key)
    if stmt is None:
        stmt = _STATEMENTS.setdefault(key, build(Binds.for_shape(shape), *extra))
    return stmt


def run(
    session: Session,
    stmt: Executable,
    params: KpiParams,
    extra_values: dict[str, Any] | None = None,
) -> AnyResult:
    """Execute a statement from :func:`statement` with the values of ``params``."""
    values = values_of(params)
    if extra_values:
        values.update(extra_values)
    return session.execute(stmt, values)
