"""PRACT: totals and bands at their edges, weakest phases, self vs manager gaps, recording
with validation, and ``prm pract``."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from prm_core.database import Database, open_database
from prm_core.diagnosis.pract import (
    BAND_ADVICE,
    HIGH_RISK,
    IDEAL,
    ONE_STEP,
    TYPICAL_ACTIONS,
    band_of,
    pract_report,
    weakest_phases,
)
from prm_core.services.diagnosis import (
    AssessmentData,
    clean_scores,
    delete_assessment,
    record_assessment,
)
from prm_core.services.errors import NotFoundError, ValidationError
from tests.core.test_diagnosis_support import run_cli
from tests.factories import add_partner

TODAY = date.today()
#: Read from the clock again as each test starts (tests/conftest.py).
CLOCK_DAYS = {"TODAY": 0}


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, HIGH_RISK),
        (14, HIGH_RISK),
        (15, ONE_STEP),
        (20, ONE_STEP),
        (21, IDEAL),
        (25, IDEAL),
    ],
)
def test_bands_at_their_edges(total: int, band: str) -> None:
    assert band_of(total) == band


@pytest.mark.parametrize("total", [-1, 26])
def test_a_total_outside_0_to_25_is_refused(total: int) -> None:
    with pytest.raises(ValueError, match="0–25"):
        band_of(total)


def test_every_band_has_advice() -> None:
    assert set(BAND_ADVICE) == {IDEAL, ONE_STEP, HIGH_RISK}
    assert "perception and readiness" in BAND_ADVICE[HIGH_RISK]


def test_weakest_phases_keep_ties_in_pract_order() -> None:
    scores = {"perception": 3, "readiness": 1, "activate": 4, "collaboration": 1, "trust": 2}
    assert weakest_phases(scores) == ["readiness", "collaboration"]
    assert weakest_phases(dict.fromkeys(scores, 5)) == []
    assert "e-learning" in TYPICAL_ACTIONS["readiness"]


def record(db: Database, partner_id: int, assessor: str, when: date, *scores: int) -> int:
    new_id, changes = record_assessment(
        db, partner_id, AssessmentData(assessor, when, list(scores), "")
    )
    assert changes.assessments and changes.partner_id == partner_id
    return new_id


@pytest.mark.parametrize(
    ("scores", "total", "band"),
    [
        ((3, 3, 3, 3, 2), 14, HIGH_RISK),
        ((3, 3, 3, 3, 3), 15, ONE_STEP),
        ((4, 4, 4, 4, 4), 20, ONE_STEP),
        ((5, 4, 4, 4, 4), 21, IDEAL),
    ],
)
def test_recorded_totals_and_bands(
    db: Database, scores: tuple[int, ...], total: int, band: str
) -> None:
    with db.transaction() as s:
        p = add_partner(s, "さくら")
    record(db, p.id, "manager", TODAY, *scores)
    with db.reading() as s:
        report = pract_report(s, p.id)
    assert report is not None
    (only,) = report.assessments
    assert (only.total, only.band) == (total, band)
    assert report.to_json()["assessments"][0]["total"] == total


def test_gaps_of_two_or_more_are_worth_a_talk(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "さくら")
    record(db, p.id, "self", TODAY - timedelta(days=40), 1, 1, 1, 1, 1)  # older, ignored
    record(db, p.id, "self", TODAY - timedelta(days=10), 3, 2, 4, 1, 3)
    record(db, p.id, "manager", TODAY - timedelta(days=5), 2, 4, 4, 4, 1)
    with db.reading() as s:
        report = pract_report(s, p.id)
    assert report is not None
    by_phase = {g.phase: g for g in report.gaps}
    assert {p: g.gap for p, g in by_phase.items()} == {
        "perception": 1,
        "readiness": 2,
        "activate": 0,
        "collaboration": 3,
        "trust": 2,
    }
    assert [g.phase for g in report.large_gaps] == ["readiness", "collaboration", "trust"]
    assert not by_phase["perception"].worth_a_talk
    assert report.to_json()["gaps"]["collaboration"] == 3
    # The band and advice come from the manager's newest assessment.
    assert report.current is not None and report.current.assessor == "manager"


def test_no_gaps_without_both_assessors(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "さくら")
    record(db, p.id, "manager", TODAY, 3, 3, 3, 3, 3)
    with db.reading() as s:
        report = pract_report(s, p.id)
    assert report is not None
    assert report.gaps == [] and report.to_json()["gaps"] == {}


def test_newest_of_each_assessor_comes_first(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "さくら")
    d = TODAY - timedelta(days=100)
    old_manager = record(db, p.id, "manager", d, 1, 1, 1, 1, 1)
    new_manager = record(db, p.id, "manager", d + timedelta(days=50), 2, 2, 2, 2, 2)
    old_self = record(db, p.id, "self", d + timedelta(days=60), 3, 3, 3, 3, 3)
    newer_manager = record(db, p.id, "manager", d + timedelta(days=70), 4, 4, 4, 4, 4)
    new_self = record(db, p.id, "self", d + timedelta(days=20), 5, 5, 5, 5, 5)
    with db.reading() as s:
        report = pract_report(s, p.id)
    assert report is not None
    assert [a.id for a in report.assessments] == [
        newer_manager,
        old_self,
        new_manager,
        new_self,
        old_manager,
    ]
    assert new_self  # recorded later but dated earlier: not the newest self assessment


@pytest.mark.parametrize(
    ("scores", "message"),
    [
        ([3, 2, 4, 1], "five scores"),
        ([3, 2, 4, 1, 6], "out of range"),
        ([3, 2, 4, 1, -1], "out of range"),
        ([3, 2, 4, 1, 2.5], "out of range"),
        ([3, 2, 4, 1, True], "out of range"),
        ({"perception": 1}, "missing"),
        ({"perception": 1, "speed": 2}, "Unknown"),
    ],
)
def test_scores_must_be_five_whole_numbers_0_to_5(scores: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        clean_scores(scores)  # type: ignore[arg-type]


def test_assessor_and_date_are_checked(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "さくら")
    with pytest.raises(ValidationError, match="Assessor"):
        record_assessment(db, p.id, AssessmentData("partner", TODAY, [1, 1, 1, 1, 1]))
    with pytest.raises(ValidationError, match="future"):
        record_assessment(
            db, p.id, AssessmentData("self", TODAY + timedelta(days=1), [1, 1, 1, 1, 1])
        )
    with pytest.raises(NotFoundError):
        record_assessment(db, p.id + 99, AssessmentData("self", TODAY, [1, 1, 1, 1, 1]))
    with db.reading() as s:
        report = pract_report(s, p.id)
    assert report is not None and report.assessments == []


def test_delete_assessment(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "さくら")
    new_id = record(db, p.id, "self", TODAY, 1, 2, 3, 4, 5)
    delete_assessment(db, new_id)
    with db.reading() as s:
        report = pract_report(s, p.id)
    assert report is not None and report.assessments == []


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    path = tmp_path / "pract.db"
    db = open_database(path)
    with db.transaction() as s:
        add_partner(s, "株式会社さくら", code="P-1")
    db.close()
    return str(path)


def test_cli_records_and_prints_the_issue_shape(
    db_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    day = (TODAY - timedelta(days=1)).isoformat()
    code, _out, err = run_cli(
        capsys,
        "--db", db_path, "pract", "--partner", "P-1", "--assessor", "self",
        "--scores", "3,2,4,1,3", "--date", day, "--comment", "自己評価",
    )  # fmt: skip
    assert code == 0, err
    code, _out, err = run_cli(
        capsys, "--db", db_path, "pract", "--partner", "株式会社さくら",
        "--assessor", "manager", "--scores", "3,4,4,3,3", "--format", "json",
    )  # fmt: skip
    assert code == 0, err
    code, out, err = run_cli(
        capsys, "--db", db_path, "pract", "--partner", "株式会社さくら", "--format", "json"
    )
    assert code == 0, err
    doc = json.loads(out)
    assert list(doc) == ["partner", "assessments", "gaps"]
    assert doc["partner"] == "株式会社さくら"
    manager, own = doc["assessments"]
    assert own == {
        "assessor": "self",
        "date": day,
        "scores": {
            "perception": 3,
            "readiness": 2,
            "activate": 4,
            "collaboration": 1,
            "trust": 3,
        },
        "total": 13,
        "band": "high_risk",
    }
    assert manager["assessor"] == "manager" and manager["date"] == TODAY.isoformat()
    assert (manager["total"], manager["band"]) == (17, "one_step")
    assert doc["gaps"] == {
        "perception": 0,
        "readiness": 2,
        "activate": 0,
        "collaboration": 2,
        "trust": 0,
    }
    code, out, _err = run_cli(capsys, "--db", db_path, "pract", "--partner", "P-1")
    assert code == 0 and "worth a talk" in out and "one_step" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["--partner", "nobody"],
        ["--partner", "P-1", "--scores", "3,2,4,1"],
        ["--partner", "P-1", "--scores", "3,2,4,1,9"],
        ["--partner", "P-1", "--scores", "3,2,4,1,3", "--date", "2999-01-01"],
        ["--partner", "P-1", "--scores", "3,2,4,1,3", "--date", "yesterday"],
        ["--partner", "P-1", "--assessor", "self"],
        ["--partner", "P-1", "--assessor", "boss", "--scores", "3,2,4,1,3"],
    ],
)
def test_cli_bad_input_exits_2_and_writes_nothing(
    db_path: str, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, _out, err = run_cli(capsys, "--db", db_path, "pract", *argv)
    assert code == 2 and err.startswith("prm: error:") and err.count("\n") == 1
    code, out, _err = run_cli(
        capsys, "--db", db_path, "pract", "--partner", "P-1", "--format", "json"
    )
    assert json.loads(out)["assessments"] == []
