"""KPI 2, content downloads in the period: how much the materials handed out are used."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from prm_core.kinds import EventKind
from prm_core.kpi.journey import ratio
from prm_core.kpi.params import KpiParams
from prm_core.kpi.registered import of_registered_partners, registered_units
from prm_core.orm import Content, Event


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


def count_units(session: Session, params: KpiParams) -> int:
    """The registered count of the level: the denominator of most rates."""
    units = registered_units(params).subquery()
    return int(session.scalar(select(func.count()).select_from(units)) or 0)


def content_downloads(
    session: Session, params: KpiParams, registered: int | None = None
) -> ContentDownloads:
    """Downloads per content, most first, every content listed (zero means unused, which is
    what the manager looks for). ``registered`` may be passed to save recounting it."""
    if registered is None:
        registered = count_units(session, params)
    grouped = session.execute(
        select(Event.content_id, func.count())
        .where(
            Event.kind == EventKind.MATERIAL_DOWNLOAD.value,
            Event.occurred_at >= params.period_start,
            Event.occurred_at < params.period_end,
            *of_registered_partners(params),
        )
        .group_by(Event.content_id)
    ).all()
    per_content = {content_id: int(n) for content_id, n in grouped}
    total = sum(per_content.values())
    contents = session.execute(select(Content.id, Content.name)).all()
    by_content = sorted(
        (ContentCount(cid, name, per_content.get(cid, 0)) for cid, name in contents),
        key=lambda c: (-c.downloads, c.content, c.content_id),
    )
    return ContentDownloads(total, ratio(total, registered), by_content)


def partners_downloaded(
    session: Session, params: KpiParams, content_id: int | None = None
) -> list[int]:
    """Ids of registered partners with a download in the period (of one content, if given):
    the drill-down behind a content bar."""
    stmt = (
        select(Event.partner_id)
        .where(
            Event.kind == EventKind.MATERIAL_DOWNLOAD.value,
            Event.occurred_at >= params.period_start,
            Event.occurred_at < params.period_end,
            *of_registered_partners(params),
        )
        .distinct()
    )
    if content_id is not None:
        stmt = stmt.where(Event.content_id == content_id)
    return sorted(int(pid) for pid in session.scalars(stmt))
