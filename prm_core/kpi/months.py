"""Calendar buckets in SQL that compile identically well on SQLite and PostgreSQL.

``extract`` is portable through SQLAlchemy (``strftime`` on SQLite, ``EXTRACT`` on PostgreSQL),
so month and quarter numbers come from it; month *boundaries* are computed in Python and sent
as bind parameters in a small inline table, never derived by date arithmetic in SQL.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Integer,
    SQLColumnExpression,
    Subquery,
    bindparam,
    cast,
    extract,
    select,
    union_all,
)

from prm_core.kpi.params import add_months, midnight


def month_index(expr: SQLColumnExpression[Any]) -> ColumnElement[int]:
    """``year * 12 + month - 1``: consecutive integers for consecutive months (see
    :func:`month_of_index`)."""
    year = cast(extract("year", expr), Integer)
    month = cast(extract("month", expr), Integer)
    return year * 12 + month - 1


def quarter_index(expr: SQLColumnExpression[Any]) -> ColumnElement[int]:
    """``year * 4 + quarter - 1``: equal exactly when two timestamps share a calendar quarter."""
    year = cast(extract("year", expr), Integer)
    month = cast(extract("month", expr), Integer)
    return year * 4 + (month - 1) // 3


def index_of_month(day: date) -> int:
    """The Python twin of :func:`month_index`."""
    return day.year * 12 + day.month - 1


def month_of_index(index: int) -> date:
    return date(index // 12, index % 12 + 1, 1)


def month_label(index: int) -> str:
    """``"2025-10"``: how months are named in the JSON output."""
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def months_table(count: int, name: str = "months") -> Subquery:
    """An inline table ``(m_index, m_start, m_end)`` of ``count`` rows of bind parameters
    (``m0_index`` …), filled by :func:`months_values`."""
    rows = [
        select(
            bindparam(f"m{i}_index", type_=Integer).label("m_index"),
            bindparam(f"m{i}_start", type_=DateTime).label("m_start"),
            bindparam(f"m{i}_end", type_=DateTime).label("m_end"),
        )
        for i in range(count)
    ]
    return (union_all(*rows) if count > 1 else rows[0]).subquery(name)


def months_values(first: int, last: int, cap_end: datetime | None = None) -> dict[str, Any]:
    """Values for :func:`months_table` with ``last - first + 1`` rows: months ``first`` …
    ``last`` (indexes), ``m_end`` exclusive and clipped to ``cap_end`` (the as-of month ends
    at as_of)."""
    values: dict[str, Any] = {}
    for i, index in enumerate(range(first, last + 1)):
        start = midnight(month_of_index(index))
        end = midnight(add_months(start.date(), 1))
        if cap_end is not None:
            end = min(end, cap_end)
        values |= {f"m{i}_index": index, f"m{i}_start": start, f"m{i}_end": end}
    return values
