"""The events importer's fast paths behave exactly like the plain ones.

Reader thread, JSON batch inserts, the re-import probe, name creation in one statement and
the import without per-row foreign key and CHECK constraint checks: each is checked against
what a user sees.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import sys
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlalchemy import DateTime, select, text
from sqlalchemy.exc import IntegrityError

from prm_core.database import Database, open_database
from prm_core.importing import ImportLimits, ImportRefused, run_import, runner
from prm_core.importing.events import EventImporter, Prepared, _json_rows
from prm_core.importing.sources import Batch, TableReader, open_table
from prm_core.importing.values import CellError, parse_amount, parse_datetime
from prm_core.orm import Content, Event, Partner, Person
from prm_core.safety import hooks
from tests.core.test_import_support import EN_HEADER, counts, write_csv, write_xlsx
from tests.factories import add_partner, add_person


def _row(i: int, partner: str, ext: str = "") -> list[str]:
    return [f"2026-04-01 09:{i % 60:02d}", partner, "", "login", "", "", "", ext]


def test_ids_follow_the_file_when_new_names_appear_mid_batch(
    sqlite_db: Database, tmp_path: Path
) -> None:
    with sqlite_db.transaction() as s:
        add_partner(s, "Known")
    partners = ["Known", "New A", "Known", "New B", "Known", "New A", "Known"]
    rows = [_row(i, p, f"X{i}") for i, p in enumerate(partners)]
    report = run_import(sqlite_db, write_csv(tmp_path / "m.csv", [EN_HEADER, *rows]), "events")
    assert report.inserted == 7 and report.created_partners == ["New A", "New B"]
    with sqlite_db.reading() as s:
        stored = s.execute(select(Event.external_id).order_by(Event.id)).scalars().all()
    assert stored == [f"X{i}" for i in range(7)]


def test_reimport_with_new_rows_mixed_in_counts_both(db: Database, tmp_path: Path) -> None:
    """Batches of known rows are probed and skipped; a batch with new rows still inserts
    exactly those (ids and content hashes alike)."""
    first = [_row(i, f"P{i % 3}", f"K{i}" if i % 4 else "") for i in range(30)]
    run_import(db, write_csv(tmp_path / "a.csv", [EN_HEADER, *first]), "events", batch_rows=8)
    new = [[f"2026-05-01 10:{i:02d}", "P9", "", "proposal", "", "", "", ""] for i in range(6)]
    second = [*first[:20], *new[:3], *first[20:], *new[3:]]
    path = write_csv(tmp_path / "b.csv", [EN_HEADER, *second])
    report = run_import(db, path, "events", batch_rows=8)
    assert (report.inserted, report.duplicates, report.rejected) == (6, 30, 0)
    assert report.created_partners == ["P9"]
    again = run_import(db, path, "events", batch_rows=8)
    assert (again.inserted, again.duplicates) == (0, 36)
    assert counts(db)["events"] == 36


@pytest.mark.parametrize(
    ("values", "broken"),
    [
        ("9999, 'login', NULL", "FOREIGN KEY"),
        ("{partner}, 'visit', NULL", "CHECK constraint failed: ck_events_kind"),
        ("{partner}, 'login', -5", "CHECK constraint failed: ck_events_amount_not_negative"),
    ],
)
def test_constraints_are_enforced_again_after_an_import(
    sqlite_db: Database, tmp_path: Path, values: str, broken: str
) -> None:
    good = write_csv(tmp_path / "g.csv", [EN_HEADER, _row(1, "Alpha", "G1")])
    bad = write_csv(tmp_path / "b.csv", [EN_HEADER, _row(1, "Alpha", "B1"), _row(2, "", "B2")])
    switch = sys.getswitchinterval()
    assert run_import(sqlite_db, good, "events").committed
    assert not run_import(sqlite_db, bad, "events").committed
    assert sys.getswitchinterval() == switch
    for _ in range(3):  # whichever pooled connection comes back
        with sqlite_db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA ignore_check_constraints").scalar() == 0
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -2000
    with sqlite_db.reading() as s:
        partner = s.scalars(select(Partner.id).where(Partner.name == "Alpha")).one()
    with pytest.raises(IntegrityError, match=broken), sqlite_db.transaction() as s:
        s.execute(
            text(
                "INSERT INTO events (partner_id, kind, amount, occurred_at, source) "
                f"VALUES ({values.format(partner=partner)}, '2026-04-01 00:00:00.000000', 'x')"
            )
        )


@pytest.mark.parametrize(
    "case", [(2, "visit", "ck_events_kind"), (7, -5, "ck_events_amount_not_negative")]
)
def test_a_row_the_validation_let_through_is_caught_before_commit(
    sqlite_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    case: tuple[int, object, str],
) -> None:
    """Without per-row CHECK constraints the importer scans its new rows before commit, so
    a value its own validation missed (simulated here) still never reaches the file."""
    field, value, rule = case
    prepare = EventImporter.prepare

    def corrupt(self: EventImporter, batch: Batch) -> Prepared:
        self._probe = False  # the rows travel as one JSON payload, rebuilt here
        prepared = prepare(self, batch)
        rows = [list(r) for r in json.loads(prepared.payload or "[]")]
        rows[-1][field] = value
        return Prepared([], [], prepared.rejected, json.dumps(rows), len(rows))

    monkeypatch.setattr(EventImporter, "prepare", corrupt)
    rows = [_row(i, "Alpha", f"C{i}") for i in range(5)]
    with sqlite_db.transaction() as s:
        add_partner(s, "Alpha")
    before = counts(sqlite_db)
    with pytest.raises(ImportRefused, match=f"break the database rule {rule}"):
        run_import(sqlite_db, write_csv(tmp_path / "c.csv", [EN_HEADER, *rows]), "events")
    assert counts(sqlite_db) == before


def test_batch_json_is_the_json_modules_text_in_utf8_and_a_lone_surrogate_is_replaced(
    sqlite_db: Database,
) -> None:
    rows = [(1, None, "login", "2026-04-01 09:00:00.000000", "資料\u3000", -0, 'a"b\\')]
    expected = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    assert _json_rows(rows) == expected.encode()
    odd = [(1, "a\ud800b")]  # orjson refuses it and UTF-8 cannot carry it
    assert _json_rows(odd) == '[[1,"a\ufffdb"]]'.encode()
    with sqlite_db.engine.connect() as conn:  # what the insert statement reads back
        values = conn.exec_driver_sql(
            "SELECT value ->> 1 FROM json_each(CAST(? AS TEXT))", (_json_rows(rows + odd),)
        ).scalars()
        assert list(values) == [None, "a\ufffdb"]


def test_the_content_index_serves_one_contents_events(sqlite_db: Database) -> None:
    """0004 made it partial (content_id IS NOT NULL); lookups by one content still use it."""
    with sqlite_db.engine.connect() as conn:
        plan = " ".join(
            str(r[-1])
            for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM events WHERE content_id = ?", (1,)
            )
        )
    assert "ix_events_content_id" in plan


def test_a_name_deleted_during_the_import_is_caught_before_commit(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without per-row foreign key checks the importer verifies its ids before commit."""
    with sqlite_db.transaction() as s:
        add_person(s, add_partner(s, "Gone"), "Sato")
    before = counts(sqlite_db)
    finish = EventImporter.finish

    def delete_then_finish(self: EventImporter, commit: bool) -> None:
        # what another program could do before the import took the write lock
        self.ctx.conn.exec_driver_sql("DELETE FROM persons")
        finish(self, commit)

    monkeypatch.setattr(EventImporter, "finish", delete_then_finish)
    rows = [["2026-04-01", "Gone", "Sato", "login", "", "", "", "D1"]]
    with pytest.raises(ImportRefused, match="persons named in the file were deleted"):
        run_import(sqlite_db, write_csv(tmp_path / "d.csv", [EN_HEADER, *rows]), "events")
    assert counts(sqlite_db) == before


def test_created_names_get_the_same_defaults_as_the_orm(db: Database, tmp_path: Path) -> None:
    rows = [["2026-04-01", "Fresh", "Ito", "login", "", "", "", "N1"]]
    run_import(db, write_csv(tmp_path / "n.csv", [EN_HEADER, *rows]), "events")
    with db.transaction() as s:
        add_person(s, add_partner(s, "Typed"), "Mori")
    with db.reading() as s:
        fresh, typed = (
            s.scalars(select(Partner).where(Partner.name == n)).one() for n in ("Fresh", "Typed")
        )
        ito, mori = (
            s.scalars(select(Person).where(Person.name == n)).one() for n in ("Ito", "Mori")
        )
        for made, reference in ((fresh, typed), (ito, mori)):
            for column in ("type", "status", "notes", "version", "is_key_person"):
                if hasattr(reference, column):
                    assert getattr(made, column) == getattr(reference, column), column
            assert made.created_at is not None and made.updated_at is not None
        assert ito.partner_id == fresh.id


def test_a_reading_error_midway_writes_nothing(db: Database, tmp_path: Path) -> None:
    """Errors in the reader thread surface in the import, after earlier batches were
    written, and roll everything back."""
    rows = [_row(i, "Alpha", f"R{i}") for i in range(25)]
    path = write_csv(tmp_path / "r.csv", [EN_HEADER, *rows])
    before = counts(db)
    with pytest.raises(ImportRefused, match="more than 20 rows"):
        run_import(db, path, "events", batch_rows=5, limits=ImportLimits(max_rows=20))
    assert counts(db) == before


def test_workbook_without_a_dimension_record_gets_a_row_estimate(tmp_path: Path) -> None:
    """openpyxl's write-only mode writes no <dimension>; the sheet's height is used, so a
    large workbook import also switches to the bulk index path and shows progress."""
    path = write_xlsx(tmp_path / "w.xlsx", [EN_HEADER, *[_row(i, "A") for i in range(40)]])
    with open_table(path) as table:
        assert table.sniffed.estimated_rows == 0
        assert table.estimated_rows == 40


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2999, 12, 31)),
        min_size=1,
        max_size=8,
    )
)
def test_stored_times_are_sqlalchemys_own_text_whatever_the_spelling(
    tmp_path_factory: pytest.TempPathFactory, moments: list[datetime]
) -> None:
    """The common "YYYY-MM-DD HH:MM:SS" spelling is stored without a datetime round trip;
    it must be byte for byte what SQLAlchemy writes (queries compare the text), like every
    other spelling."""
    folder = tmp_path_factory.mktemp("stamps")
    db = open_database(folder / "t.db")
    try:
        moments = [m.replace(microsecond=0) for m in moments]
        spellings = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y/%m/%d %H:%M:%S")
        rows = [
            [m.strftime(spellings[i % 3]), "Alpha", "", "login", "", "", "", f"S{i}"]
            for i, m in enumerate(moments)
        ]
        # a known partner: rows of partners created by the import take the slower path
        seed = ["2001-02-03 04:05:06", "Alpha", "", "login", "", "", "", "seed"]
        run_import(db, write_csv(folder / "seed.csv", [EN_HEADER, seed]), "events")
        run_import(db, write_csv(folder / "t.csv", [EN_HEADER, *rows]), "events")
        expected = DateTime().dialect_impl(db.engine.dialect).bind_processor(db.engine.dialect)
        assert expected is not None
        with db.engine.connect() as conn:
            rows_back = conn.exec_driver_sql("SELECT external_id, occurred_at FROM events").all()
            stored = {external_id: at for external_id, at in rows_back if external_id != "seed"}
        assert stored == {f"S{i}": expected(m) for i, m in enumerate(moments)}
    finally:
        db.close()


@settings(max_examples=30, deadline=None)
@example(  # each bound of the inlined paths, whatever the random draws cover
    [
        (datetime(3000, 1, 1, 9, 30), -1.0),
        (datetime(2999, 12, 31, 9, 30), 1.5),
        (datetime(2026, 4, 1, 9, 31), 2.0**63),
        (datetime(2026, 4, 1, 9, 32), float(2**62)),
        (datetime(2026, 4, 1, 9, 33), -0.0),
    ]
)
@given(
    st.lists(
        st.tuples(
            st.datetimes(min_value=datetime(1800, 1, 1), max_value=datetime(3100, 12, 31)),
            st.one_of(
                st.floats(min_value=-1e6, max_value=1e20, allow_nan=False),
                st.integers(min_value=-5, max_value=2**62).map(float),
            ),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_workbook_date_and_number_cells_read_as_the_plain_parsers_read_them(
    tmp_path_factory: pytest.TempPathFactory, cells: list[tuple[datetime, float]]
) -> None:
    """Date and number cells take an inlined path in the events loop; whatever calamine hands
    over, each row is stored or refused exactly as ``parse_datetime``/``parse_amount`` say."""
    folder = tmp_path_factory.mktemp("cells")
    db = open_database(folder / "c.db")
    try:
        seed = ["2001-02-03 04:05:06", "Alpha", "", "login", "", "", "", "seed"]
        run_import(db, write_csv(folder / "seed.csv", [EN_HEADER, seed]), "events")
        rows = [
            [when, "Alpha", "", "deal_registered", "", f"Deal {i}", amount, f"W{i}"]
            for i, (when, amount) in enumerate(cells)
        ]
        path = write_xlsx(folder / "c.xlsx", [EN_HEADER, *rows])
        expected: dict[str, tuple[str, int | None]] = {}
        refused: dict[int, set[str]] = {}
        store = DateTime().dialect_impl(db.engine.dialect).bind_processor(db.engine.dialect)
        assert store is not None
        with open_table(path) as table:
            read = [record for batch in table.batches(100) for record in batch.records]
        for i, record in enumerate(read):
            problems = set()
            try:
                when = parse_datetime(record[0])
            except CellError:
                problems.add("occurred_at")
            try:
                amount = parse_amount(record[6])
            except CellError:
                problems.add("amount")
            if problems:
                refused[i + 2] = problems
            else:
                expected[f"W{i}"] = (store(when), amount)
        report = run_import(db, path, "events", keep_valid=True)
        found: dict[int, set[str]] = {}
        for error in report.errors:
            found.setdefault(error.row, set()).add(str(error.column))
        assert found == refused
        with db.engine.connect() as conn:
            stored = conn.exec_driver_sql(
                "SELECT external_id, occurred_at, amount FROM events WHERE external_id != 'seed'"
            ).all()
        assert {ext: (at, amount) for ext, at, amount in stored} == expected
    finally:
        db.close()


class _TrackedReader(TableReader):
    """A TableReader that says when it has opened its file and when it was closed."""

    opened = threading.Event()
    closed = threading.Event()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        type(self).opened.set()

    def close(self) -> None:
        super().close()
        type(self).closed.set()


@pytest.fixture
def tracked_reader(monkeypatch: pytest.MonkeyPatch) -> type[_TrackedReader]:
    _TrackedReader.opened = threading.Event()
    _TrackedReader.closed = threading.Event()
    monkeypatch.setattr(runner, "TableReader", _TrackedReader)
    return _TrackedReader


def test_the_file_is_opened_while_the_database_is_backed_up(
    sqlite_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    tracked_reader: type[_TrackedReader],
) -> None:
    """A workbook's sheet loads during the pre-import backup, not after it."""
    seen: list[bool] = []

    def slow_backup(*_args: object) -> None:
        seen.append(tracked_reader.opened.wait(timeout=10))

    monkeypatch.setattr(hooks, "before_import", slow_backup)
    path = write_xlsx(tmp_path / "e.xlsx", [EN_HEADER, _row(1, "Alpha", "X1")])
    report = run_import(sqlite_db, path, "events")
    assert seen == [True]
    assert report.inserted == 1
    assert tracked_reader.closed.is_set()


def test_a_failed_backup_closes_the_opened_file(
    sqlite_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    tracked_reader: type[_TrackedReader],
) -> None:
    def interrupted(*_args: object) -> None:
        tracked_reader.opened.wait(timeout=10)
        raise KeyboardInterrupt

    monkeypatch.setattr(hooks, "before_import", interrupted)
    path = write_csv(tmp_path / "e.csv", [EN_HEADER, _row(1, "Alpha", "X1")])
    with pytest.raises(KeyboardInterrupt):
        run_import(sqlite_db, path, "events")
    assert tracked_reader.closed.is_set()
    assert counts(sqlite_db)["events"] == 0


def test_a_file_refused_by_the_reader_is_refused_after_the_backup(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups: list[str] = []
    monkeypatch.setattr(hooks, "before_import", lambda *a: backups.append(str(a[2])))
    path = write_xlsx(tmp_path / "empty.xlsx", [])
    with pytest.raises(ImportRefused, match="no header row"):
        run_import(sqlite_db, path, "events")
    assert backups == ["events"]


FULL_ROW = {
    "occurred_at": "2026-04-01 09:30",
    "partner": "Alpha",
    "person": "Sato",
    "kind": "deal_registered",
    "content": "提案書",
    "deal": "D-1",
    "customer": "顧客A",
    "amount": "¥1,200",
    "external_id": "F1",
}


@pytest.mark.parametrize("left_out", [None, "person", "content", "deal", "customer", "amount"])
def test_a_file_without_an_optional_column_stores_null_there_and_every_other_value(
    db: Database, tmp_path: Path, left_out: str | None
) -> None:
    """The SQLite insert writes a NULL literal for a field the file has no column for
    instead of reading it from each row; the other fields keep their places."""
    header = [f for f in FULL_ROW if f != left_out]
    path = write_csv(tmp_path / "o.csv", [header, [FULL_ROW[f] for f in header]])
    report = run_import(db, path, "events")
    assert report.inserted == 1, report.errors
    with db.reading() as s:
        row = s.execute(
            select(
                Partner.name,
                Event.kind,
                Event.occurred_at,
                Event.external_id,
                Person.name,
                Content.name,
                Event.deal,
                Event.customer,
                Event.amount,
            )
            .join(Partner, Partner.id == Event.partner_id)
            .outerjoin(Person, Person.id == Event.person_id)
            .outerjoin(Content, Content.id == Event.content_id)
        ).one()
    assert tuple(row[:4]) == ("Alpha", "deal_registered", datetime(2026, 4, 1, 9, 30), "F1")
    stored = dict(zip(("person", "content", "deal", "customer", "amount"), row[4:], strict=True))
    expected = {"person": "Sato", "content": "提案書", "deal": "D-1", "customer": "顧客A"}
    expected["amount"] = 1200  # type: ignore[assignment]
    if left_out is not None:
        expected[left_out] = None  # type: ignore[assignment]
    assert stored == expected


def test_a_utf16_database_gets_its_batches_as_text(tmp_path: Path) -> None:
    """Batches go to SQLite as UTF-8 bytes read with CAST(? AS TEXT), which reads them in
    the database's encoding; a UTF-16 file (any file can be opened with --db) gets text."""
    path = tmp_path / "utf16.db"
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA encoding = 'UTF-16le'")
    raw.execute("CREATE TABLE fixes_the_encoding (x)")
    raw.close()
    database = open_database(path)
    try:
        rows = [
            [f"2026-04-01 09:{i:02d}", "さくら通信", "佐藤", "資料DL", "提案書", "", "", ""]
            for i in range(3)
        ]
        report = run_import(database, write_csv(tmp_path / "u.csv", [EN_HEADER, *rows]), "events")
        assert (report.inserted, report.errors) == (3, [])
        again = run_import(database, write_csv(tmp_path / "u.csv", [EN_HEADER, *rows]), "events")
        assert (again.inserted, again.duplicates) == (0, 3)
        with database.reading() as s:
            stored = s.execute(
                select(Partner.name, Event.kind, Event.occurred_at)
                .join(Partner, Partner.id == Event.partner_id)
                .order_by(Event.occurred_at)
            ).all()
            encoding = s.connection().exec_driver_sql("PRAGMA encoding").scalar()
    finally:
        database.close()
    assert encoding == "UTF-16le"
    assert [tuple(r) for r in stored] == [
        ("さくら通信", "material_download", datetime(2026, 4, 1, 9, i)) for i in range(3)
    ]


@pytest.mark.parametrize("existing", [0, 300], ids=["bulk load", "indexes kept"])
def test_the_stored_order_does_not_depend_on_which_thread_is_faster(
    tmp_path: Path, sqlite_template: Path, monkeypatch: pytest.MonkeyPatch, existing: int
) -> None:
    """After the first batch the writer decides how later batches are ordered (by id for a
    bulk load, by index key otherwise). The reader prepares batches meanwhile, so some were
    prepared before the decision; they must still go in exactly as the later ones do."""
    monkeypatch.setattr("prm_core.importing.sqlite_bulk.BULK_MIN_ROWS", 20)
    rng = random.Random(7)
    ids = [f"E{rng.randrange(10**6):06d}-{i}" for i in range(90)]
    # Partners P0-P12 first, then P13-P25 (new mid-file: their batches wait on names).
    partners = [f"P{i * 7 % 13 + i // 30 * 13}" for i in range(90)]
    rows = [
        [f"2026-04-{1 + i % 28:02d} 09:00", partners[i], "", "login", "", "", "", ids[i]]
        for i in range(90)
    ]
    path = write_csv(tmp_path / "order.csv", [EN_HEADER, *rows])
    old = [
        [f"2025-01-01 {i % 24:02d}:00", "P0", "", "login", "", "", "", f"old{i}"]
        for i in range(existing)
    ]
    prepare, apply = EventImporter.prepare, EventImporter.apply

    def stored(slow: str | None) -> list[str]:
        db_path = tmp_path / f"{slow}.db"
        shutil.copyfile(sqlite_template, db_path)
        database = open_database(db_path)
        try:
            if old:
                run_import(database, write_csv(tmp_path / "old.csv", [EN_HEADER, *old]), "events")

            def slow_prepare(self: EventImporter, batch: Batch) -> Prepared:
                time.sleep(0.03 if slow == "reader" else 0)
                return prepare(self, batch)

            def slow_apply(self: EventImporter, prepared: Prepared, write: bool) -> Any:
                time.sleep(0.03 if slow == "writer" else 0)
                return apply(self, prepared, write)

            with monkeypatch.context() as m:
                m.setattr(EventImporter, "prepare", slow_prepare)
                m.setattr(EventImporter, "apply", slow_apply)
                report = run_import(database, path, "events", batch_rows=10)
            assert report.inserted == 90
            with database.reading() as s:
                return list(
                    s.scalars(
                        select(Event.external_id)
                        .where(Event.external_id.not_like("old%"))
                        .order_by(Event.id)
                    )
                )
        finally:
            database.close()

    fast_reader, fast_writer = stored("writer"), stored("reader")
    assert sorted(fast_reader) == sorted(ids)
    assert fast_reader == fast_writer
