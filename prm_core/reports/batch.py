"""Every active partner's QBR in one go, on every core.

Rendering a PDF is CPU-bound Python, so threads would not help: the partners are spread
over a ``ProcessPoolExecutor`` whose workers each open their own ``Database`` from the URL
(a connection never crosses a process) and register the font once. Workers are *spawned*,
never forked: forking a process that runs Qt threads or holds open connections is unsafe, and
spawn is what Windows and macOS do anyway. (A frozen application must call
``multiprocessing.freeze_support()`` at start-up for spawned workers to work.)

Each file is written atomically by its worker, so a cancelled or failed batch leaves complete
PDFs only. ``progress(done, total)`` runs in the calling process after each partner; when it
raises ``Cancelled`` the partners not yet started are dropped, those running finish, and
``Cancelled`` propagates (the files already written stay: each is a complete QBR).
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from prm_core.database import Database, open_database
from prm_core.kinds import PartnerStatus
from prm_core.orm import Partner
from prm_core.progress import ProgressCallback, no_progress
from prm_core.reports import adapters, texts
from prm_core.reports.adapters import PartnerDiagnosis
from prm_core.reports.files import partner_key, safe_part, write_bytes_atomically
from prm_core.reports.periods import Quarter
from prm_core.reports.qbr_data import VARIANTS, QbrError, gather_qbr, quarter_as_of

#: Below this many partners the batch runs in the calling process (spawning costs ~1 s).
MIN_FOR_POOL = 4

#: A worker tries this many times to open the database before giving up (then the parent
#: renders its partners itself).
OPEN_ATTEMPTS = 4

#: The worker's own database, opened once per process by :func:`_init_worker`.
_worker: dict[str, Database] = {}


@dataclass(frozen=True, slots=True)
class BatchItem:
    partner_id: int
    partner: str
    path: Path


@dataclass
class BatchResult:
    written: list[BatchItem] = field(default_factory=list)
    failed: list[tuple[int, str, str]] = field(default_factory=list)  # id, partner, message


def active_partners(session: Session) -> list[tuple[int, str, str | None]]:
    """``(id, name, code)`` of the active partners, by name."""
    rows = session.execute(
        select(Partner.id, Partner.name, Partner.code)
        .where(Partner.status == PartnerStatus.ACTIVE.value)
        .order_by(Partner.name)
    )
    return [(int(i), str(n), c) for i, n, c in rows]


def qbr_filename(
    quarter: Quarter, partner_id: int, name: str, code: str | None, variant: str
) -> str:
    """``2026Q3_P-0001_株式会社さくら.pdf``: sortable, unique (code or id) and valid on
    Windows, macOS and Linux; the internal variant says so in its name."""
    suffix = "_internal" if variant == "internal" else ""
    name_part = safe_part(name) or "partner"
    return f"{quarter.label}_{partner_key(partner_id, code)}_{name_part}{suffix}.pdf"


@dataclass(frozen=True, slots=True)
class _Job:
    """One QBR to make, with its partner's tier and signals computed beforehand.

    The diagnosis engine computes tiers and signals for the whole programme in about the time
    it takes for a few partners one by one, so the batch asks once and hands each worker its
    partner's share.
    """

    partner_id: int
    partner: str
    path: str
    quarter: Quarter
    variant: str
    language: str
    today: date | None
    diagnosis: PartnerDiagnosis


def _init_worker(url: str) -> None:
    from prm_core.reports.fonts import register_font

    for attempt in range(OPEN_ATTEMPTS):  # two workers opening one SQLite file may collide
        try:
            _worker["db"] = open_database(url, upgrade=False)
            break
        except Exception:
            if attempt == OPEN_ATTEMPTS - 1:
                raise
            time.sleep(0.2 * (attempt + 1))
    register_font()


def _render(db: Database, job: _Job) -> str:
    from prm_core.reports.qbr_pdf import render_qbr

    with db.reading() as session:
        data = gather_qbr(
            session,
            job.partner_id,
            job.quarter,
            variant=job.variant,
            today=job.today,
            diagnosis=job.diagnosis,
        )
    return str(write_bytes_atomically(Path(job.path), render_qbr(data, language=job.language)))


def _work(job: _Job) -> str:
    return _render(_worker["db"], job)


def _jobs(
    db: Database,
    partners: list[tuple[int, str, str | None]],
    out: Path,
    quarter: Quarter,
    *,
    variant: str,
    language: str,
    today: date | None,
) -> list[_Job]:
    as_of = quarter_as_of(quarter, today or date.today())
    with db.reading() as session:
        tiers = adapters.tiers_of(session, None, as_of) if partners else None
        signals = adapters.signals_of(session, None, as_of) if partners else None
    return [
        _Job(
            pid,
            name,
            str(out / qbr_filename(quarter, pid, name, code, variant)),
            quarter,
            variant,
            language,
            today,
            adapters.diagnosis_in(tiers, signals, pid),
        )
        for pid, name, code in partners
    ]


def _record(result: BatchResult, job: _Job, error: BaseException | None) -> None:
    if error is None:
        result.written.append(BatchItem(job.partner_id, job.partner, Path(job.path)))
    else:
        result.failed.append((job.partner_id, job.partner, f"{type(error).__name__}: {error}"))


def _run_pool(
    db: Database,
    jobs: list[_Job],
    workers: int,
    result: BatchResult,
    report: ProgressCallback,
) -> None:
    """Render ``jobs`` on ``workers`` spawned processes, reporting after each one."""
    total = len(jobs)
    context = multiprocessing.get_context("spawn")
    executor = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(db.url,),
    )
    pending: dict[Future[str], _Job] = {}
    # Jobs the pool could not run because a worker died or failed to start (killed, out of
    # memory, an import error in a fresh interpreter): rendered here afterwards instead.
    orphans: list[_Job] = []
    done_count = 0
    try:
        for job in jobs:
            pending[executor.submit(_work, job)] = job
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                job = pending.pop(future)
                error: Any = future.exception()
                if isinstance(error, BrokenProcessPool):
                    orphans.append(job)
                    continue
                _record(result, job, error)
                done_count += 1
                report(done_count, total)
    finally:  # on Cancelled too: drop what has not started, let the running ones finish
        executor.shutdown(wait=True, cancel_futures=True)
    for job in sorted(orphans, key=lambda j: j.path):
        try:
            _render(db, job)
            error = None
        except Exception as exc:
            error = exc
        _record(result, job, error)
        done_count += 1
        report(done_count, total)


def export_qbr_batch(
    db: Database,
    quarter: Quarter,
    out_dir: Path | str,
    *,
    partner_ids: Sequence[int] | None = None,
    variant: str = "partner",
    language: str = "ja",
    today: date | None = None,
    workers: int | None = None,
    progress: ProgressCallback | None = None,
) -> BatchResult:
    """One QBR per partner (default: every active partner) into ``out_dir``.

    ``workers`` defaults to the number of cores. A partner whose QBR fails is listed in
    ``failed`` with the reason; the others are still written.
    """
    if variant not in VARIANTS:
        raise QbrError(f"unknown variant {variant!r} (partner or internal)")
    texts.check_language(language)
    report = progress or no_progress
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with db.reading() as session:
        partners = active_partners(session)
    if partner_ids is not None:
        wanted = set(partner_ids)
        partners = [p for p in partners if p[0] in wanted]
    total = len(partners)
    report(0, total)
    jobs = _jobs(db, partners, out, quarter, variant=variant, language=language, today=today)
    result = BatchResult()
    workers = max(1, min(workers or os.cpu_count() or 1, total or 1))
    if workers == 1 or total < MIN_FOR_POOL:
        for done, job in enumerate(jobs, start=1):
            try:
                _render(db, job)
                _record(result, job, None)
            except Exception as exc:
                _record(result, job, exc)
            report(done, total)
        return result
    _run_pool(db, jobs, workers, result, report)
    order = {job.partner_id: i for i, job in enumerate(jobs)}
    result.written.sort(key=lambda item: order[item.partner_id])
    return result
