"""Every reason the importers give is catalogued, so the GUI can word it in Japanese.

The English sentence stays what the CLI prints; these tests check that each reason the
source names exists in the catalogue and that a refusal or rejected row carries the reason
and parameters its English message was made from.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from prm_core.database import Database
from prm_core.importing import ImportRefused, validate
from prm_core.importing.messages import CATALOGUE, PHRASE_PARAMS, english
from prm_core.importing.sources import open_table
from prm_core.importing.values import CellError, parse_amount

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    *sorted((ROOT / "prm_core" / "importing").glob("*.py")),
    ROOT / "prm_core" / "deals" / "import_deals.py",
    ROOT / "prm_core" / "reports" / "diagnostic_import.py",
    ROOT / "prm_core" / "deals" / "corporate_number.py",
]
NAMED = re.compile(r'(?<!\w)(?:refused|cell_error)\(\s*"([a-z0-9_.]+)"\s*[,)]')
PHRASE = re.compile(r'"((?:what|diag|corporate_number)\.[a-z_]+)"')
VOCABULARY = re.compile(r'Vocabulary\([A-Z_]+, "([a-z ]+)"\)')


def test_every_reason_named_in_the_importers_is_catalogued() -> None:
    named: set[str] = set()
    for path in SOURCES:
        text = path.read_text(encoding="utf-8")
        named |= set(NAMED.findall(text)) | set(PHRASE.findall(text))
        named |= {"unknown_" + what.replace(" ", "_") for what in VOCABULARY.findall(text)}
    assert len(named) > 40
    assert named - set(CATALOGUE) == set()
    assert set(CATALOGUE) - named == set()  # no entry left behind by a removed check


#: Refusals still worded by hand, in English only: the --mapping file of the command line,
#: and two checks before commit that only another program deleting rows can trip.
HAND_WORDED = {"columns.py": 3, "events.py": 2}


def test_only_the_rare_refusals_are_worded_by_hand() -> None:
    found = {}
    for path in SOURCES:
        count = path.read_text(encoding="utf-8").count("raise ImportRefused(")
        if count:
            found[path.name] = count
    assert found == HAND_WORDED


def test_a_refusal_carries_its_reason(tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"%PDF-1.7" + b"\x00" * 100)
    with pytest.raises(ImportRefused) as caught:
        open_table(path).close()
    exc = caught.value
    assert str(exc) == "report.xlsx is named .xlsx but is a PDF document"
    assert exc.reason == "refused.not_xlsx"
    assert dict(exc.params) == {"name": "report.xlsx", "what": "what.pdf"}
    assert "what" in PHRASE_PARAMS and english(exc.reason, exc.params) == str(exc)


def test_a_bad_cell_carries_its_reason() -> None:
    with pytest.raises(CellError) as caught:
        parse_amount("-1,200")
    assert (caught.value.reason, dict(caught.value.params)) == (
        "negative_amount",
        {"value": "-1,200"},
    )
    assert str(caught.value) == 'negative amount "-1,200"'


def test_each_rejected_row_says_its_english_message_and_its_reason(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "occurred_at,partner,kind,amount\n"
        "2026-04-01,Alpha,login,\n"
        "2026-04-01,Alpha,visit,\n"
        "2026-13-01,Alpha,login,\n"
        "2026-04-01,Alpha,deal_won,¥1.5\n"
        "2026-04-01,Alpha,login,,extra\n",
        encoding="utf-8",
    )
    report = validate(db, path, "events")
    reasons = {e.row: e.reason for e in report.errors}
    assert reasons == {
        3: "unknown_kind",
        4: "unparseable_date",
        5: "whole_yen",
        6: "cell_count",
    }
    for error in report.errors:
        assert error.reason is not None
        assert english(error.reason, error.params) == error.message
