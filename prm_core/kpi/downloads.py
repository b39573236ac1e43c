"""KPI 2, content downloads in the period: how much the materials handed out are used."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Integer, bindparam, func, select
from sqlalchemy.orm import Session

from prm_core.kinds import EventKind
from prm_core.kpi.binds import CONTENTS, EVENTS, PARTNERS, AnySelect, Binds, run, statement
from prm_core.kpi.journey import ratio
from prm_core.kpi.params import KpiParams
from prm_core.kpi.registered import of_registered_partners, registered_units


@dataclass(frozen=True, slots=True)
class ContentCount:
    content_id: int
    content: str
    downloads: int


@dataclass(frozen=True, slots=True)
class ContentDownloads:
    """``total`` counts every download of the registered partners in the period, including
    ones not tied to a content, so it can exceed the sum of ``by_content``. ``per_partner``
    divides by the registered count of the level (persons at person level)."""

    total: int
    per_partner: float
    by_content: list[ContentCount]


def _downloads_in_period(b: Binds) -> list[ColumnElement[bool]]:
    return [
        EVENTS.c.kind == EventKind.MATERIAL_DOWNLOAD.value,
        EVENTS.c.occurred_at >= b.period_start,
        EVENTS.c.occurred_at < b.period_end,
        *of_registered_partners(b),
    ]


def _count_units(b: Binds) -> AnySelect:
    return select(func.count()).select_from(registered_units(b).subquery())


def count_units(session: Session, params: KpiParams) -> int:
    """The registered count of the level: the denominator of most rates."""
    return int(run(session, statement(_count_units, params), params).scalar_one())


def _per_content(b: Binds) -> AnySelect:
    return (
        select(EVENTS.c.content_id, func.count())
        .where(*_downloads_in_period(b))
        .group_by(EVENTS.c.content_id)
    )


def _contents(_b: Binds) -> AnySelect:
    return select(CONTENTS.c.id, CONTENTS.c.name)


def content_downloads(
    session: Session, params: KpiParams, registered: int | None = None
) -> ContentDownloads:
    """Downloads per content, most first, every content listed (zero means unused, which is
    what the manager looks for). ``registered`` may be passed to save recounting it."""
    if registered is None:
        registered = count_units(session, params)
    grouped = run(session, statement(_per_content, params), params)
    per_content = {content_id: int(n) for content_id, n in grouped}
    total = sum(per_content.values())
    contents = run(session, statement(_contents, params), params)
    by_content = sorted(
        (ContentCount(int(cid), name, per_content.get(cid, 0)) for cid, name in contents),
        key=lambda c: (-c.downloads, c.content, c.content_id),
    )
    return ContentDownloads(total, ratio(total, registered), by_content)


def _downloaded(b: Binds, one_content: bool) -> AnySelect:
    events = select(EVENTS.c.partner_id).where(*_downloads_in_period(b))
    if one_content:
        events = events.where(EVENTS.c.content_id == bindparam("content_id", type_=Integer))
    return select(PARTNERS.c.id).where(PARTNERS.c.id.in_(events)).order_by(PARTNERS.c.name)


def partners_downloaded(
    session: Session, params: KpiParams, content_id: int | None = None
) -> list[int]:
    """Ids of registered partners with a download in the period (of one content, if given):
    the drill-down behind a content bar. Ordered by partner name."""
    stmt = statement(_downloaded, params, content_id is not None)
    return [int(pid) for (pid,) in run(session, stmt, params, {"content_id": content_id})]
