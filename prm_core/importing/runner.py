"""Running an import: one transaction, batches, progress, cancel, all-or-nothing, rejects file.

The whole file is validated and written inside one transaction, batch by batch, so memory
stays flat and duplicates across batches are caught by the database itself. All-or-nothing:
at the first invalid row writing stops (validation goes on, to list every problem) and the
transaction is rolled back at the end. ``keep_valid`` commits the valid rows and writes the
invalid ones to ``<name>.rejected.csv`` (``.xlsx`` for a workbook). ``validate`` is the
same run, writing every valid row and then always rolling back, so its counts are exactly
what an import would write.
On SQLite the run holds the database's write lock until it ends (other writers wait).
Events files are read and validated in a reader thread while this thread writes the
previous batch (``_pipelined``); the reader never touches the database.
"""

from __future__ import annotations

import gc
import logging
import os
import queue
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Final, cast

from prm_core.database import Database
from prm_core.importing.columns import resolve_mapping
from prm_core.importing.context import Context, Importer, Rejected
from prm_core.importing.rejects import RejectsWording, RejectsWriter, open_rejects
from prm_core.importing.report import ImportReport
from prm_core.importing.sources import (
    DEFAULT_LIMITS,
    Batch,
    ImportLimits,
    Sniffed,
    TableReader,
    open_table,
    sniff,
)
from prm_core.importing.sqlite_bulk import larger_cache, rollback_journal
from prm_core.importing.values import cell_text
from prm_core.progress import ProgressCallback, no_progress

#: Rows per batch: large enough for one statement to amortise, small enough for flat memory
#: (three batches are in flight with the reader thread: 1M-row CSV peak 200 MB at 10,000,
#: 236 MB at 20,000, no slower).
BATCH_ROWS = 10_000
#: Batches the reader thread may have prepared ahead of the writer (memory stays flat).
READ_AHEAD: Final = 1
DEFAULT_SOURCE = "import"
#: ``events.source`` is a String(200).
MAX_SOURCE: Final = 200
log = logging.getLogger(__name__)


def source_name(text: str) -> str:
    """A source as typed (``--source``, the wizard's Source), ends stripped: the command
    line and the wizard must store the same text, since events dedupe on (source, ID).
    Raises ``ValueError`` unless 1 to ``MAX_SOURCE`` characters."""
    name = text.strip()
    if not 1 <= len(name) <= MAX_SOURCE:
        raise ValueError(f"source must be 1 to {MAX_SOURCE} characters")
    return name


def _importers() -> dict[str, Callable[[Context], Importer]]:
    """Target name → importer class (imported lazily: the CLI starts faster)."""
    from prm_core.importing.contents import ContentImporter
    from prm_core.importing.events import EventImporter
    from prm_core.importing.partners import PartnerImporter
    from prm_core.importing.persons import PersonImporter

    return {
        "events": EventImporter,
        "partners": PartnerImporter,
        "persons": PersonImporter,
        "contents": ContentImporter,
    }


@dataclass
class Preview:
    """The first rows of a file as text, for the wizard's preview and mapping page."""

    headers: list[str]
    rows: list[list[str]]
    #: Excel row number of each preview row (header is ``header_row``).
    row_numbers: list[int]
    header_row: int
    #: format, encoding, delimiter, sheet.
    info: dict[str, str] = field(default_factory=dict)
    estimated_rows: int = 0
    #: A workbook's visible worksheets in tab order (``info["sheet"]`` is the one read).
    sheets: list[str] = field(default_factory=list)
    #: ``Sniffed.named_sheet``: the sheet read, if the workbook has others.
    named_sheet: str | None = None


def source_info(sniffed: Sniffed) -> dict[str, str]:
    if sniffed.format == "csv":
        names = {",": "comma", "\t": "tab", ";": "semicolon"}
        return {
            "format": "csv",
            "encoding": sniffed.encoding,
            "delimiter": names.get(sniffed.delimiter, sniffed.delimiter),
        }
    return {"format": "xlsx", "sheet": sniffed.sheet}


def preview(
    path: str | os.PathLike[str],
    n: int = 20,
    *,
    limits: ImportLimits = DEFAULT_LIMITS,
    sheet: str | None = None,
) -> Preview:
    """Headers and the first ``n`` non-blank data rows of ``sheet`` (a workbook's first
    visible worksheet by default). Raises ``ImportRefused``."""
    with open_table(Path(path), limits, sheet=sheet) as table:
        rows: list[list[str]] = []
        numbers: list[int] = []
        width = len(table.headers)
        for batch in table.batches(max(n, 1) * 2):
            for offset, record in enumerate(batch.records):
                cells = [cell_text(c) for c in record[:width]]
                cells += [""] * (width - len(cells))
                if not any(c.strip() for c in cells):
                    continue
                rows.append(cells)
                numbers.append(batch.first_row + offset)
                if len(rows) >= n:
                    break
            if len(rows) >= n:
                break
        return Preview(
            headers=list(table.headers),
            rows=rows,
            row_numbers=numbers,
            header_row=table.header_row,
            info=source_info(table.sniffed),
            sheets=list(table.sniffed.sheets),
            named_sheet=table.sniffed.named_sheet,
            estimated_rows=table.estimated_rows,
        )


def validate(
    db: Database,
    path: str | os.PathLike[str],
    kind: str,
    mapping: Mapping[str, str | None] | None = None,
    *,
    create_missing: bool = True,
    progress: ProgressCallback | None = None,
    limits: ImportLimits = DEFAULT_LIMITS,
    source: str = DEFAULT_SOURCE,
    sheet: str | None = None,
) -> ImportReport:
    """Everything ``run_import`` would do, rolled back: the report of what *would* happen.

    ``inserted``, ``duplicates`` and the ``created_*`` lists are what an import (with
    ``keep_valid``) would write; ``errors`` are the rows an import would reject.
    """
    return run_import(
        db,
        path,
        kind,
        mapping,
        create_missing=create_missing,
        progress=progress,
        limits=limits,
        source=source,
        dry_run=True,
        sheet=sheet,
    )


@dataclass(frozen=True)
class _Options:
    create_missing: bool
    keep_valid: bool
    dry_run: bool
    source: str
    batch_rows: int
    finishing: Callable[[], None] | None = None
    exclusive: bool = False


def run_import(
    db: Database,
    path: str | os.PathLike[str],
    kind: str,
    mapping: Mapping[str, str | None] | None = None,
    *,
    create_missing: bool = True,
    keep_valid: bool = False,
    progress: ProgressCallback | None = None,
    limits: ImportLimits = DEFAULT_LIMITS,
    source: str = DEFAULT_SOURCE,
    dry_run: bool = False,
    batch_rows: int = BATCH_ROWS,
    rejects_wording: RejectsWording | None = None,
    finishing: Callable[[], None] | None = None,
    exclusive: bool = False,
    sheet: str | None = None,
) -> ImportReport:
    """Import ``path`` as ``kind`` (events, partners, persons, contents) in one transaction.

    Raises ``ImportRefused`` (nothing written) when the file itself is unacceptable, and
    ``Cancelled`` when ``progress`` raised it (rolled back, nothing written). Invalid rows do
    not raise: they come back in the report, with nothing written unless ``keep_valid``.
    ``progress(done, total)`` counts data rows after each batch; ``total`` is an estimate
    for CSV files that firms up as the file is read. Its last call, ``(rows, rows)``, comes
    just before the commit (index rebuild and commit may take seconds more); it is never
    called after the commit. ``finishing()``, if given, is called once from this thread
    right after that last report: from then on the import can no longer be cancelled (a
    GUI disables its Cancel button and says it is saving). ``rejects_wording`` words the
    rejects file's extra column (English by default). ``exclusive`` (the command line, where
    nothing else reads the database meanwhile): a large load into SQLite writes its pages
    once, with a rollback journal, instead of twice with WAL (``rollback_journal``).
    ``sheet``: which worksheet of a workbook (see ``sniff``).
    """
    factory = _importers().get(kind)
    if factory is None:
        raise ValueError(f"unknown import kind {kind!r}; one of {', '.join(_importers())}")
    source = source_name(source)
    options = _Options(
        create_missing, keep_valid, dry_run, source, max(batch_rows, 1), finishing, exclusive
    )
    sniffed = sniff(Path(path), limits, sheet=sheet)
    report = ImportReport(kind=kind, dry_run=dry_run, source_info=source_info(sniffed))
    with _opened_during_backup(db, sniffed, limits, kind, backup=not dry_run) as table:
        columns = resolve_mapping(table.headers, kind, mapping)
        _run_file(db, table, factory, columns, options, report, progress, rejects_wording)
    return report


def _run_file(  # noqa: PLR0917 - private, as _run
    db: Database,
    table: TableReader,
    factory: Callable[[Context], Importer],
    columns: dict[str, int],
    options: _Options,
    report: ImportReport,
    progress: ProgressCallback | None,
    rejects_wording: RejectsWording | None = None,
) -> None:
    """``_run`` on an opened file, with what the report says of the file itself (columns
    no field reads, the merged cells read) and the rejects file of ``keep_valid``, kept
    only when the import commits. Shared by every import (deal registrations too)."""
    report.note_columns(table.headers, columns.values())
    sniffed = table.sniffed
    rejects = (
        open_rejects(sniffed.path, sniffed.named_sheet, table.headers, rejects_wording)
        if options.keep_valid and not options.dry_run
        else None
    )
    try:
        _run(db, table, factory, columns, options, report, rejects, progress)
        report.merged_cells = table.merged_read(columns.values())
        if rejects is not None:
            report.rejects_path = rejects.close(keep=report.committed)
    except BaseException:
        if rejects is not None:
            rejects.close(keep=False)
        raise


@contextmanager
def _opened_during_backup(
    db: Database, sniffed: Sniffed, limits: ImportLimits, kind: str, *, backup: bool
) -> Iterator[TableReader]:
    """The file opened (header read) while the database is backed up before the import.

    Both wait on C code that releases the GIL (calamine loads a whole sheet up front, about
    0.9 s per 200,000 rows; SQLite's backup API copies the database, seconds for a large
    one), so on two cores the import starts after the longer of the two, not their sum.
    A file the reader refuses still gets its backup first: ``before_import`` never fails
    the import (it logs), and a refusal surfaces once both are done.
    """
    if not backup:
        with TableReader(sniffed, limits) as table:
            yield table
        return
    from prm_core.safety.hooks import before_import  # a verified backup (SQLite only)

    with ThreadPoolExecutor(1, thread_name_prefix="prm-open") as pool:
        opening = pool.submit(TableReader, sniffed, limits)
        try:
            before_import(db, sniffed.path, kind)
        except BaseException:
            if opening.exception() is None:  # waits for the reader
                opening.result().close()
            raise
        table = opening.result()  # raises the reader's ImportRefused, after the backup
    with table:
        yield table


def _run(  # noqa: PLR0917 - private; every argument is a different piece of one run
    db: Database,
    table: TableReader,
    factory: Callable[[Context], Importer],
    columns: dict[str, int],
    options: _Options,
    report: ImportReport,
    rejects: RejectsWriter | None,
    progress: ProgressCallback | None,
) -> None:
    report_progress = progress or no_progress
    estimated = max(table.estimated_rows, 1)
    with (
        _gc_paused(),
        db.engine.connect() as conn,
        rollback_journal(
            conn, wanted=options.exclusive and not options.dry_run, expected_rows=estimated
        ),
        larger_cache(conn, checks_off=report.kind == "events"),
        ExitStack() as stack,
    ):
        tx = conn.begin()
        try:
            ctx = Context(
                conn=conn,
                target=report.kind,
                headers=list(table.headers),
                columns=columns,
                create_missing=options.create_missing,
                source=options.source,
                report=report,
                dry_run=options.dry_run,
                estimated_rows=estimated,
                strict_width=table.sniffed.format == "csv",
            )
            importer = factory(ctx)
            report_progress(0, estimated)
            writing = True
            for work, fraction in stack.enter_context(
                _pipelined(table, importer, options.batch_rows)
            ):
                rejected = work(writing)
                if rejected:
                    _record(report, rejected, rejects)
                    if not options.keep_valid and not options.dry_run:
                        writing = False  # all or nothing: keep validating, stop writing
                done = report.rows
                if fraction > 0:
                    estimated = max(done, round(done / fraction))
                report_progress(done, max(estimated, done))
            commit = not options.dry_run and (options.keep_valid or report.rejected == 0)
            # The last report, and the last chance to cancel, comes before the commit: a
            # Cancelled raised after it would say "nothing was imported" of a committed
            # import (and drop its rejects file). A cancel during the index rebuild and
            # commit that follow is too late; the report then says what was imported.
            report_progress(report.rows, report.rows)
            if options.finishing is not None:
                options.finishing()
            importer.finish(commit)
            if commit:
                if rejects is not None:
                    rejects.finish()  # a full disk now rolls back; after the commit, too late
                tx.commit()
                report.committed = True
            else:
                tx.rollback()
                if not options.dry_run:
                    report.inserted = 0
                    report.created_partners.clear()
                    report.created_persons.clear()
                    report.created_contents.clear()
                    report.similar_names.clear()  # nothing was created after all
        except BaseException:
            if tx.is_active:
                tx.rollback()
            raise


#: One batch's work for the writing thread: ``work(write)`` returns the rejected rows.
BatchWork = Callable[[bool], list[Rejected]]


@contextmanager
def _pipelined(
    table: TableReader, importer: Importer, size: int
) -> Iterator[Iterator[tuple[BatchWork, float]]]:
    """Batches as ``(work, fraction of the file read)``, prepared in a reader thread when
    the importer splits its work into ``prepare`` (no database access) and ``apply``.

    The writer (this thread, which owns the connection) applies batch n while the reader
    parses and validates batch n + 1: on SQLite the events insert runs without the GIL, so
    the two overlap. Reading errors (``ImportRefused``) surface in the writer in file
    order; leaving the block early (cancel, error) stops and joins the reader.
    """
    prepare = getattr(importer, "prepare", None)
    apply = getattr(importer, "apply", None)
    if prepare is None or apply is None:
        yield (
            (partial(importer.process, batch), table.progress_fraction())
            for batch in table.batches(size)
        )
        return
    with _quick_gil_handover():
        reader = _Reader(table, prepare, size)
        try:
            yield ((partial(apply, prepared), fraction) for prepared, fraction in reader)
        finally:
            reader.close()


#: GIL switch interval while the reader thread runs (Python's default is 5 ms).
SWITCH_INTERVAL: Final = 0.001


@contextmanager
def _quick_gil_handover() -> Iterator[None]:
    """A shorter GIL switch interval while two threads share the import.

    Each time an INSERT finishes outside the GIL, the writer has to wait for the busy
    reader thread to hand the GIL back, up to the switch interval: about 400 waits per
    million rows, 2 s at Python's 5 ms, 0.4 s at 1 ms (measured). The interval is process
    wide, so the previous value is restored as soon as the run ends.
    """
    previous = sys.getswitchinterval()
    sys.setswitchinterval(min(previous, SWITCH_INTERVAL))
    try:
        yield
    finally:
        sys.setswitchinterval(previous)


class _Failed:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


_DONE: Final = object()


class _Reader:
    """The reader thread of ``_pipelined``: at most ``READ_AHEAD`` batches queued."""

    def __init__(self, table: TableReader, prepare: Callable[[Batch], Any], size: int) -> None:
        self._table = table
        self._prepare = prepare
        self._size = size
        self._queue: queue.Queue[object] = queue.Queue(maxsize=READ_AHEAD)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._work, name="prm-import-reader", daemon=True)
        self._thread.start()

    def _work(self) -> None:
        try:
            for batch in self._table.batches(self._size):
                if self._stop.is_set():
                    return
                self._put((self._prepare(batch), self._table.progress_fraction()))
            self._put(_DONE)
        except BaseException as exc:
            self._put(_Failed(exc))

    def _put(self, item: object) -> None:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.05)
            except queue.Full:
                continue
            return

    def __iter__(self) -> Iterator[tuple[Any, float]]:
        while True:
            item = self._queue.get()
            if item is _DONE:
                return
            if isinstance(item, _Failed):
                raise item.exc
            yield cast(tuple[Any, float], item)

    def close(self) -> None:
        self._stop.set()
        self._thread.join()


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while batches of 20,000 row lists are alive.

    Each batch allocates hundreds of thousands of containers; the collector would walk
    them all again and again (measured: reading alone ran 40% slower). The import creates
    no reference cycles, so nothing is lost by collecting after it.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _record(report: ImportReport, rejected: list[Rejected], rejects: RejectsWriter | None) -> None:
    for item in rejected:
        report.rejected += 1
        for error in item.errors:
            report.add_error(error)
        if rejects is not None:
            rejects.write(item.record, item.errors)
