"""Property tests: whatever bytes, CSV shapes or cell values arrive, the importers either
refuse cleanly or report row problems; they never crash and never leave a partial write."""

from __future__ import annotations

import itertools
from datetime import date, datetime, time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prm_core.database import Database
from prm_core.importing import ImportRefused, ImportReport, run_import
from tests.core.test_import_support import EN_HEADER, JA_HEADER, counts, csv_bytes, write_xlsx

SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
_names = itertools.count()

TARGET_HEADERS = {
    "events": EN_HEADER + JA_HEADER + ["customer", "顧客名", "memo"],
    "partners": ["name", "パートナー", "code", "種別", "契約日", "ステータス", "備考", "x"],
    "persons": ["partner", "パートナー", "name", "氏名", "email", "キーマン", "電話", "x"],
    "contents": ["資料", "name", "kind", "種類", "x"],
}

#: Cell text that is often meaningful (valid and almost-valid values) mixed with noise.
cell_texts = st.one_of(
    st.sampled_from(
        [
            "",
            " ",
            "2026-04-01",
            "2026/04/01 9:30",
            "2026/13/01",
            "2026年4月1日",
            "login",
            "資料DL",
            "受注",
            "資料ダウンロード",
            "¥1,200,000",
            "-5",
            "12.5",
            "1,00",
            "Alpha",
            "株式会社アルファ",
            "Sato",
            "○",
            "a@b.co.jp",
            "E1",
            "E1",
            '"',
            "a,b",
            "x" * 250,
        ]
    ),
    st.text(max_size=12),
)


def check(db: Database, path: Path, target: str, **options: object) -> None:
    """Run one import and assert the all-or-nothing and accounting invariants."""
    before = counts(db)
    try:
        report = run_import(db, path, target, **options)  # type: ignore[arg-type]
    except ImportRefused as exc:
        assert str(exc).strip()
        assert counts(db) == before
        return
    after = counts(db)
    assert isinstance(report, ImportReport)
    assert all(e.row >= 2 and e.message for e in report.errors)
    assert len(report.errors) <= report.rejected_problems
    if report.rejected and not options.get("keep_valid"):
        assert not report.committed
        assert after == before
        assert report.inserted == 0
        return
    assert report.committed
    table = {
        "events": "events",
        "partners": "partners",
        "persons": "persons",
        "contents": "contents",
    }
    assert after[table[target]] - before[table[target]] == report.inserted
    if target == "events":
        assert after["partners"] - before["partners"] == len(report.created_partners)
        assert after["persons"] - before["persons"] == len(report.created_persons)
        assert after["contents"] - before["contents"] == len(report.created_contents)


def fresh(tmp_path: Path, suffix: str) -> Path:
    folder = tmp_path / "files"
    folder.mkdir(exist_ok=True)
    return folder / f"f{next(_names)}{suffix}"


@SETTINGS
@given(
    data=st.one_of(
        st.binary(max_size=600),
        st.builds(
            lambda prefix, rest: prefix + rest,
            st.sampled_from(
                [b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe", b"\xd0\xcf\x11\xe0", b"date,kind\n"]
            ),
            st.binary(max_size=600),
        ),
    ),
    suffix=st.sampled_from([".csv", ".xlsx", ".tsv", ".txt", ".xlsm"]),
    target=st.sampled_from(["events", "partners", "persons", "contents"]),
)
def test_random_bytes(db: Database, tmp_path: Path, data: bytes, suffix: str, target: str) -> None:
    path = fresh(tmp_path, suffix)
    path.write_bytes(data)
    check(db, path, target)


#: Plausible values per field: most rows of a generated file are valid, some are not.
FIELD_VALUES: dict[str, list[str]] = {
    "occurred_at": ["2026-04-01", "2026/04/01 9:30", "2026年4月1日", "2026-04-02T10:00:00"],
    "partner": ["Alpha", "株式会社アルファ", "Beta", "ＡＬＰＨＡ"],
    "person": ["", "Sato", "佐藤 花子"],
    "kind": ["login", "資料DL", "受注", "deal_registered"],
    "content": ["", "提案書"],
    "deal": ["", "D1"],
    "customer": ["", "顧客A"],
    "amount": ["", "1,000", "¥1,200,000", "0"],
    "external_id": ["", "E1", "E2", "E3"],
    "name": ["Alpha", "Beta", "佐藤", "提案書"],
    "code": ["", "C1", "C2"],
    "type": ["", "販売代理店", "referral"],
    "contract_date": ["", "2025/04/01"],
    "status": ["", "active", "有効"],
    "email": ["", "a@b.co.jp"],
    "is_key_person": ["", "○", "no"],
    "kind_content": ["", "deck"],
}
REQUIRED = {
    "events": ["occurred_at", "partner", "kind"],
    "partners": ["name"],
    "persons": ["partner", "name"],
    "contents": ["name"],
}
OPTIONAL = {
    "events": ["person", "content", "deal", "customer", "amount", "external_id"],
    "partners": ["code", "type", "contract_date", "status"],
    "persons": ["email", "is_key_person"],
    "contents": [],
}


@st.composite
def plausible_table(draw: st.DrawFn, target: str) -> list[list[str]]:
    """A file with the required columns (and some optional ones) in any order."""
    fields = REQUIRED[target] + draw(
        st.lists(st.sampled_from(OPTIONAL[target] or [""]), unique=True)
    )
    fields = [f for f in draw(st.permutations(fields)) if f]
    cell = {
        f: st.one_of(st.sampled_from(FIELD_VALUES.get(f, [""])), cell_texts)
        if draw(st.booleans())
        else st.sampled_from(FIELD_VALUES.get(f, [""]))
        for f in fields
    }
    rows = draw(st.lists(st.tuples(*(cell[f] for f in fields)).map(list), max_size=15))
    return [fields, *rows]


@st.composite
def random_table(draw: st.DrawFn, target: str) -> list[list[str]]:
    headers = draw(
        st.lists(
            st.one_of(st.sampled_from(TARGET_HEADERS[target]), st.text(max_size=6)),
            min_size=1,
            max_size=9,
        )
    )
    rows = draw(st.lists(st.lists(cell_texts, max_size=11), max_size=12))
    return [headers, *rows]


@SETTINGS
@given(
    data=st.data(),
    target=st.sampled_from(["events", "partners", "persons", "contents"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp932", "utf-16"]),
)
def test_random_csv_shapes(
    db: Database, tmp_path: Path, data: st.DataObject, target: str, encoding: str
) -> None:
    delimiter = data.draw(st.sampled_from([",", "\t", ";"]), label="delimiter")
    table = data.draw(st.one_of(plausible_table(target), random_table(target)))
    try:
        raw = csv_bytes(table, encoding=encoding, delimiter=delimiter)
    except UnicodeEncodeError:
        raw = csv_bytes(table, delimiter=delimiter)
    path = fresh(tmp_path, ".csv")
    path.write_bytes(raw)
    check(
        db,
        path,
        target,
        keep_valid=data.draw(st.booleans(), label="keep_valid"),
        create_missing=data.draw(st.booleans(), label="create_missing"),
        batch_rows=5,
    )


xlsx_cells = st.one_of(
    cell_texts.map(lambda s: "".join(c for c in s if c >= " " or c in "\t\n")),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.booleans(),
    st.none(),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2100, 1, 1)),
    st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 1, 1)),
    st.times().map(lambda t: t.replace(microsecond=0)),
)


@SETTINGS
@given(
    data=st.data(),
    target=st.sampled_from(["events", "partners", "persons", "contents"]),
    keep_valid=st.booleans(),
)
def test_random_xlsx_cells(
    db: Database, tmp_path: Path, data: st.DataObject, target: str, keep_valid: bool
) -> None:
    fields = data.draw(plausible_table(target))[0]
    headers = data.draw(
        st.one_of(
            st.just(fields),
            st.lists(st.sampled_from(TARGET_HEADERS[target]), min_size=1, max_size=8, unique=True),
        )
    )
    rows = data.draw(st.lists(st.lists(xlsx_cells, max_size=9), max_size=10))
    path = write_xlsx(fresh(tmp_path, ".xlsx"), [headers, *rows])
    check(db, path, target, keep_valid=keep_valid)


def test_time_cells_are_rejected_not_crashing(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(
        fresh(tmp_path, ".xlsx"), [["日時", "パートナー", "種別"], [time(9, 30), "A", "login"]]
    )
    report = run_import(db, path, "events")
    assert report.errors[0].message == 'unparseable date "09:30:00"'
