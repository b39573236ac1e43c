"""Reading files: encodings, delimiters, previews, and the refusals before any parsing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from prm_core.importing import ImportLimits, ImportRefused, preview
from prm_core.importing.sources import open_table, sniff, sniff_delimiter
from prm_core.importing.values import Cell
from tests.core.test_import_support import JA_HEADER, csv_bytes, write_csv, write_xlsx

ROWS = [
    JA_HEADER,
    ["2026/04/01 9:30", "株式会社アルファ", "山田 太郎", "資料DL", "提案書", "", "", "A1"],
]


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp932", "cp932"), ("utf-16", "utf-16")],
)
@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_encodings_and_delimiters_are_detected(
    tmp_path: Path, encoding: str, expected: str, delimiter: str
) -> None:
    path = write_csv(tmp_path / "e.csv", ROWS, encoding=encoding, delimiter=delimiter)
    sniffed = sniff(path)
    assert (sniffed.format, sniffed.encoding, sniffed.delimiter) == ("csv", expected, delimiter)
    shown = preview(path, 5)
    assert shown.headers == JA_HEADER
    assert shown.rows == [ROWS[1]]
    assert shown.row_numbers == [2]


@pytest.mark.parametrize("trailing_newline", [True, False])
def test_a_small_csv_estimates_exactly_its_data_rows(
    tmp_path: Path, trailing_newline: bool
) -> None:
    """The wizard shows "about N rows": for a file read whole, N is the data rows, exactly
    (the header is not one of them)."""
    rows = [ROWS[0], *[ROWS[1]] * 30]
    path = write_csv(tmp_path / "small.csv", rows)
    if not trailing_newline:
        path.write_bytes(path.read_bytes().rstrip(b"\r\n"))
    assert sniff(path).estimated_rows == 30


@pytest.mark.parametrize(
    ("content", "rows"),
    [
        (b"a,b\n", 0),  # a header only
        (b"a,b", 0),  # ... without its newline
        (b"a,b\r\n1,2\r\n3,4\r\n", 2),
        (b"a,b\r1,2\r3,4\r", 2),  # an old Mac's line ends
        (b"a,b\n1,2\n\n,\n \n", 1),  # blank lines, as the reader skips them
    ],
)
def test_the_estimate_counts_the_rows_the_reader_reads(
    tmp_path: Path, content: bytes, rows: int
) -> None:
    path = tmp_path / "e.csv"
    path.write_bytes(content)
    assert sniff(path).estimated_rows == rows


def test_a_large_csv_estimate_is_close(tmp_path: Path) -> None:
    from prm_core.importing.sources import _SNIFF_BYTES

    rows = [ROWS[0], *[ROWS[1]] * 20_000]
    path = write_csv(tmp_path / "large.csv", rows)
    assert path.stat().st_size > _SNIFF_BYTES  # estimated from the head
    assert abs(sniff(path).estimated_rows - 20_000) < 200


def test_cp932_byte_deep_in_an_ascii_file_is_found(tmp_path: Path) -> None:
    rows = [["occurred_at", "partner", "kind"]] + [["2026-04-01", "p", "login"]] * 50_000
    rows.append(["2026-04-01", "株式会社アルファ", "login"])
    path = write_csv(tmp_path / "late.csv", rows, encoding="cp932")
    assert sniff(path).encoding == "cp932"


def test_not_utf8_nor_cp932_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes(b"name\n" + bytes([0x81, 0x20, 0xFF, 0xFE, 0x0A]) * 3)
    with pytest.raises(ImportRefused, match="encoding not recognised"):
        sniff(path)


def test_a_utf8_file_with_one_stray_byte_is_refused_with_its_line(tmp_path: Path) -> None:
    """It used to decode as Shift_JIS, and the import created mojibake partners from it."""
    path = tmp_path / "stray.csv"
    text = "occurred_at,partner,kind\n2026-04-01,株式会社山田,login\n2026-04-02,東京物産,deal_won\n"
    path.write_bytes(text.encode() + b"2026-04-04,Caf\xe9s Co,login\n")
    message = refused(path)
    assert "is UTF-8 text but line 4 holds a byte that is not UTF-8" in message
    cut = tmp_path / "cut.csv"  # a UTF-8 file cut off inside its last character
    cut.write_bytes(text.encode() + "2026-04-05,山田".encode()[:-1])
    assert "line 4" in refused(cut)


def test_a_pasted_shift_jis_character_among_few_japanese_names_is_refused(
    tmp_path: Path,
) -> None:
    """Two Japanese names and one Shift_JIS ① pasted in: too few valid characters for the
    four-to-one test, and it created the partners 鬮吝ｳｶ and "Acme ①"."""
    path = tmp_path / "few.csv"
    path.write_bytes(
        "occurred_at,partner,kind\r\n2026-04-01,髙島,login\r\n".encode()
        + b"2026-04-02,Acme \x87\x40,login\r\n"
    )
    assert "line 3 holds a byte that is not UTF-8" in refused(path)


def test_half_width_katakana_shift_jis_is_not_mistaken_for_damaged_utf8(tmp_path: Path) -> None:
    """Half-width katakana pairs often read as valid two-byte UTF-8 (ﾃｨ is "è")."""
    rows = [["ﾆﾁｼﾞ", "ﾊﾟｰﾄﾅｰ", "ｼｭﾍﾞﾂ"]]
    rows += [["2026/04/01", f"ｶﾌﾞｼｷｶﾞｲｼｬﾃｨｰｴﾑ{i % 7}", "ﾛｸﾞｲﾝ"] for i in range(3_000)]
    path = write_csv(tmp_path / "kana.csv", rows, encoding="cp932")
    assert sniff(path).encoding == "cp932"


def test_shift_jis_japanese_is_not_mistaken_for_damaged_utf8(tmp_path: Path) -> None:
    names = ["株式会社アルファ", "ベータ商事", "ｶﾞﾝﾏ工業", "髙橋電機", "㈱デルタ", "資料ＤＬ"]
    rows = [["日時", "パートナー", "種別"]]
    rows += [["2026/04/01", names[i % len(names)], "ログイン"] for i in range(5_000)]
    path = write_csv(tmp_path / "sjis.csv", rows, encoding="cp932")
    assert sniff(path).encoding == "cp932"


def read_all(path: Path) -> list[list[Cell]]:
    with open_table(path) as table:
        return [record for batch in table.batches(2) for record in batch.records]


def test_an_unclosed_quote_is_refused_with_the_line_it_opens_on(tmp_path: Path) -> None:
    """The lenient csv reader returned the rest of the file as one cell: rows were lost and
    the import still succeeded."""
    path = tmp_path / "unclosed.csv"
    path.write_text(
        'occurred_at,partner,kind,deal\n2026-04-01,Q,login,ok\n2026-04-01,Q,login,"Deal A\n'
        "2026-04-02,Q,deal_won,Deal B\n2026-04-03,Q,login,Deal C\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRefused, match="the quoted cell that starts on line 3 is never"):
        read_all(path)
    # the same past the csv module's field size limit (131,072 characters)
    path.write_text(
        'occurred_at,partner,kind,deal\n2026-04-01,Q,login,"Deal A\n'
        + "2026-04-02,Q,deal_won,Deal B\n" * 6_000,
        encoding="utf-8",
    )
    with pytest.raises(ImportRefused, match="starts on line 2 is never closed"):
        read_all(path)


def test_quoted_cells_over_several_lines_still_read(tmp_path: Path) -> None:
    path = tmp_path / "multi.csv"
    path.write_text('a,b\n1,"two\nlines"\n2,"last\n"\n', encoding="utf-8")
    assert read_all(path) == [["1", "two\nlines"], ["2", "last\n"]]


def test_text_after_a_closing_quote_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "after.csv"
    path.write_text('a,b\n1,2\n3,"four"th\n', encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"after.csv, line 3: text follows the closing quote"):
        read_all(path)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932"])
@pytest.mark.parametrize("ending", ["\r\n\x1a", "\x1a", "\r\n\x1a\x1a"])
def test_a_trailing_ctrl_z_is_the_end_of_the_file(
    tmp_path: Path, encoding: str, ending: str
) -> None:
    """DOS tools end a text file with Ctrl-Z. It was a last row of its own (the file was
    refused: "missing value") or glued to the last cell (the id "E2\x1a", which a clean copy
    of the file would have imported a second time)."""
    path = tmp_path / "dos.csv"
    path.write_bytes(("日時,ID\r\n2026-04-01,E1\r\n2026-04-02,E2" + ending).encode(encoding))
    assert read_all(path) == [["2026-04-01", "E1"], ["2026-04-02", "E2"]]
    assert sniff(path).estimated_rows == 2  # the progress bar's total: no third row
    # CP/M-style padding fills the last 128-byte record with them, past any one chunk
    path.write_bytes(("日時,ID\r\n2026-04-01,E1\r\n" + "\x1a" * 5000).encode(encoding))
    assert read_all(path) == [["2026-04-01", "E1"]]
    # only at the very end: a Ctrl-Z inside the text is the file's business
    path.write_bytes("a,b\n\x1a,1\n".encode(encoding))
    assert read_all(path) == [["\x1a", "1"]]


def test_delimiter_sniffing_ignores_quoted_text() -> None:
    assert sniff_delimiter('"a;b;c",d,e\n1,2,3') == ","
    assert sniff_delimiter("a;b;c\n") == ";"
    assert sniff_delimiter("a\tb,c\td\n") == "\t"
    assert sniff_delimiter("single\n") == ","


def test_headers_are_made_unique_and_never_blank(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "h.csv", [["備考", "", "備考", "x", "", ""], ["1", "2", "3", "4"]])
    assert preview(path).headers == ["備考", "column B", "備考 (2)", "x"]


def test_blank_rows_are_skipped_but_keep_their_row_numbers(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "b.csv", [["a", "b"], ["1", "2"], [], ["", ""], ["3", "4"]])
    shown = preview(path)
    assert shown.rows == [["1", "2"], ["3", "4"]]
    assert shown.row_numbers == [2, 5]


def test_xlsx_preview_with_data_not_starting_at_a1(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws["C3"], ws["D3"] = "日時", "パートナー"
    ws["C5"], ws["D5"] = 46113, "アルファ"
    path = tmp_path / "offset.xlsx"
    wb.save(path)
    shown = preview(path)
    assert shown.header_row == 3
    assert shown.headers == ["日時", "パートナー"]
    assert shown.rows == [["46113", "アルファ"]]
    assert shown.row_numbers == [5]
    assert shown.info == {"format": "xlsx", "sheet": "Sheet"}


def test_xlsx_reads_the_first_visible_sheet(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    hidden = wb.active
    assert hidden is not None
    hidden.title = "secret"
    hidden.append(["nope"])
    hidden.sheet_state = "hidden"
    visible = wb.create_sheet("events")
    visible.append(["日時"])
    visible.append(["2026-04-01"])
    path = tmp_path / "two.xlsx"
    wb.save(path)
    assert sniff(path).sheet == "events"
    assert preview(path).headers == ["日時"]


# --- refusals ----------------------------------------------------------------------------


def refused(path: Path, limits: ImportLimits | None = None) -> str:
    with pytest.raises(ImportRefused) as exc:
        if limits is None:
            open_table(path).close()
        else:
            open_table(path, limits).close()
    return str(exc.value)


def test_xlsm_is_refused_by_extension(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "macro.xlsm", [["a"]])
    assert "macro-enabled" in refused(path)


def test_macros_inside_an_xlsx_are_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "sneaky.xlsx", [["a"], [1]])
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0fake")
    assert "contains macros" in refused(path)


def test_truncated_xlsx_is_refused(tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "whole.xlsx", [["a"], [1]]).read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    assert "damaged or truncated" in refused(path)


def test_text_named_xlsx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_bytes(csv_bytes(ROWS))
    assert "is named .xlsx but is a text file" in refused(path)


def test_zip_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("photo.jpg", b"\xff\xd8\xff")
    assert "a zip archive but not an Excel workbook" in refused(path)


@pytest.mark.parametrize(
    ("head", "what"),
    [
        (b"PK\x03\x04rest", "zip archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "Office binary file"),
        (b"%PDF-1.7", "PDF document"),
        (b"a,b\n\x00\x01\x02", "binary data"),
    ],
)
def test_binary_named_csv_is_refused(tmp_path: Path, head: bytes, what: str) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(head + b"\x00" * 100)
    assert what in refused(path)


def test_oversize_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "big.csv", ROWS * 100)
    message = refused(path, ImportLimits(max_bytes=1000))
    assert "over the import limit" in message


def test_absurd_dimension_is_refused_from_the_dimension_record(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "日時"
    ws["A2"] = "x"
    path = tmp_path / "dim.xlsx"
    wb.save(path)
    # Rewrite the sheet's dimension record to claim a huge range (what a corrupt or hostile
    # workbook does); the refusal must come from the record, before calamine loads anything.
    src = zipfile.ZipFile(path)
    parts = {n: src.read(n) for n in src.namelist()}
    src.close()
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(
        b'<dimension ref="A1:A2" />', b'<dimension ref="A1:ZZ9000000" />'
    )
    assert parts["xl/worksheets/sheet1.xml"] != sheet
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    message = refused(path)
    assert "9,000,000 rows" in message and "limit" in message
    small = ImportLimits(max_rows=10, max_columns=5)
    ok = write_xlsx(tmp_path / "wide.xlsx", [[f"c{i}" for i in range(8)], list(range(8))])
    assert "columns" in refused(ok, small)


def test_row_limit_is_enforced_while_reading(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "rows.csv", [["a"]] + [["1"]] * 50)
    with (
        open_table(path, ImportLimits(max_rows=10)) as table,
        pytest.raises(ImportRefused, match="more than 10 rows"),
    ):
        list(table.batches(7))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "is empty"),
        ("old.xls", b"\xd0\xcf\x11\xe0", "Excel 97-2003"),
        ("notes.pdf", b"%PDF", "unsupported file type"),
        ("blank.csv", b"\r\n\r\n,,\r\n", "no header row"),
    ],
)
def test_other_refusals(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert message in refused(path)


def test_missing_file(tmp_path: Path) -> None:
    assert "file not found" in refused(tmp_path / "nope.csv")
