"""Calendar buckets in SQL that compile identically well on SQLite and PostgreSQL.

``extract`` is portable through SQLAlchemy (``strftime`` on SQLite, ``EXTRACT`` on PostgreSQL),
so month and quarter numbers come from it; month *boundaries* are computed in Python and sent
as parameters in a small inline table, never derived by date arithmetic in SQL.
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
    cast,
    extract,
    literal,
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


def months_table(
    first: int, last: int, *, cap_end: datetime | None = None, name: str = "months"
) -> Subquery:
    """An inline table ``(m_index, m_start, m_end)`` for months ``first`` … ``last`` (indexes).

    ``m_end`` is exclusive; ``cap_end`` clips the last bounds (the as-of month ends at as_of).
    Built from bound parameters, so both databases compare them with the stored timestamps.
    """
    rows = []
    for index in range(first, last + 1):
        start = midnight(month_of_index(index))
        end = midnight(add_months(start.date(), 1))
        if cap_end is not None:
            end = min(end, cap_end)
        rows.append(
            select(
                literal(index, Integer).label("m_index"),
                literal(start, DateTime).label("m_start"),
                literal(end, DateTime).label("m_end"),
            )
        )
    if len(rows) == 1:
        return rows[0].subquery(name)
    return union_all(*rows).subquery(name)
