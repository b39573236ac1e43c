"""Commitments on both sides: each count at its boundary, and the QBR carry-over list."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from prm_core.cli.main import main
from prm_core.database import Database
from prm_core.deals.commitments import (
    SideCounts,
    classify,
    commitments,
    done_by,
    open_commitments_carried_over,
    quarter_start,
)
from tests.deals_support import add_action
from tests.factories import add_partner

AS_OF = date(2026, 9, 30)
START = AS_OF - timedelta(days=89)  # the 90 days ending at as_of


def _one(due: date | None, done: date | None) -> dict[str, int]:
    counts = SideCounts()
    classify(counts, due, done_by("done" if done else "open", done, AS_OF), START, AS_OF)
    return {k: v for k, v in counts.to_json().items() if k != "follow_through" and v}


@pytest.mark.parametrize(
    ("due", "done", "expected"),
    [
        # due: the period's first and last days are in, the day before is out.
        (START, START, {"due": 1, "done_on_time": 1}),
        (START - timedelta(days=1), START - timedelta(days=1), {}),
        (AS_OF, AS_OF, {"due": 1, "done_on_time": 1}),
        # done on the due date is on time; a day later is late.
        (START + timedelta(days=5), START + timedelta(days=5), {"due": 1, "done_on_time": 1}),
        (START + timedelta(days=5), START + timedelta(days=6), {"due": 1, "done_late": 1}),
        # done after as_of is not done yet as of as_of.
        (START + timedelta(days=5), AS_OF + timedelta(days=1), {"due": 1, "overdue": 1}),
        # overdue: not done and due before as_of; due on as_of is not overdue yet: open.
        (AS_OF - timedelta(days=1), None, {"due": 1, "overdue": 1}),
        (AS_OF, None, {"due": 1, "open": 1}),
        # open: not done and not yet due (or no due date); not due in the period.
        (AS_OF + timedelta(days=1), None, {"open": 1}),
        (None, None, {"open": 1}),
        # done early, due later: not due in the period, not open.
        (AS_OF + timedelta(days=10), AS_OF - timedelta(days=3), {}),
        # overdue long before the period: outside it entirely.
        (START - timedelta(days=1), None, {}),
    ],
)
def test_each_count_at_its_boundary(due: date | None, done: date | None, expected: object) -> None:
    assert _one(due, done) == expected


def test_follow_through() -> None:
    counts = SideCounts(due=8, done_on_time=6, done_late=1, overdue=1, open=3)
    assert counts.follow_through == 0.75
    assert SideCounts().follow_through is None


def test_programme_and_partner_figures_per_side(db: Database) -> None:
    with db.transaction() as s:
        a = add_partner(s, "アルファ販売")
        b = add_partner(s, "ベータ商会")
        gone = add_partner(s, "解約済み", status="terminated")
        in_period = START + timedelta(days=10)
        add_action(s, a, "vendor", in_period, done_on=in_period)
        add_action(s, a, "vendor", in_period, done_on=in_period + timedelta(days=2))
        add_action(s, a, "vendor", in_period)  # overdue
        add_action(s, a, "partner", in_period, done_on=in_period)
        add_action(s, a, "partner", AS_OF + timedelta(days=5))  # open
        add_action(s, b, "vendor", None)  # open
        add_action(s, gone, "vendor", in_period)  # terminated: out of the programme
    with db.reading() as s:
        result = commitments(s, AS_OF)
        data = result.to_json()
        assert data["vendor"] == {
            "due": 3,
            "done_on_time": 1,
            "done_late": 1,
            "overdue": 1,
            "open": 1,
            "follow_through": pytest.approx(1 / 3),
        }
        assert data["partner"] == {
            "due": 1,
            "done_on_time": 1,
            "done_late": 0,
            "overdue": 0,
            "open": 1,
            "follow_through": 1.0,
        }
        assert [p["partner"] for p in data["by_partner"]] == ["アルファ販売", "ベータ商会"]
        alpha = data["by_partner"][0]
        assert alpha["vendor"]["due"] == 3 and alpha["partner_side"]["open"] == 1
        only = commitments(s, AS_OF, partner_id=gone.id).to_json()
        assert only["vendor"]["overdue"] == 1
        assert [p["partner"] for p in only["by_partner"]] == ["解約済み"]


def test_shorter_period(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "A")
        add_action(s, p, "vendor", AS_OF - timedelta(days=20), done_on=AS_OF - timedelta(days=20))
        add_action(s, p, "vendor", AS_OF - timedelta(days=40), done_on=AS_OF - timedelta(days=40))
    with db.reading() as s:
        assert commitments(s, AS_OF, days=30).vendor.due == 1
        assert commitments(s, AS_OF).vendor.due == 2


def test_carried_over_lists_both_sides_still_open(db: Database) -> None:
    q3 = quarter_start(AS_OF)
    assert q3 == date(2026, 7, 1)
    before = datetime(2026, 6, 20, 10)
    with db.transaction() as s:
        p = add_partner(s, "A")
        add_action(s, p, "partner", date(2026, 6, 30), title="send target list", created_at=before)
        add_action(s, p, "vendor", date(2026, 7, 15), title="demo account", created_at=before)
        add_action(
            s, p, "vendor", date(2026, 6, 25), title="done", created_at=before, done_on=AS_OF
        )
        add_action(
            s,
            p,
            "vendor",
            date(2026, 8, 1),
            title="this quarter's",
            created_at=datetime(2026, 7, 2),
        )
        done_later = add_action(s, p, "partner", None, title="done after", created_at=before)
        done_later.done_on = AS_OF + timedelta(days=1)
        done_later.status = "done"
        pid = p.id
    with db.reading() as s:
        items = open_commitments_carried_over(s, pid, AS_OF)
    assert [(i.side, i.title, i.overdue) for i in items] == [
        ("vendor", "demo account", True),
        ("partner", "send target list", True),
        ("partner", "done after", False),
    ]


def test_cli_commitments_json(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with db.transaction() as s:
        p = add_partner(s, "アルファ販売")
        add_action(s, p, "vendor", AS_OF - timedelta(days=1), done_on=AS_OF - timedelta(days=1))
    args = ["--db", db.url, "commitments", "--as-of", AS_OF.isoformat(), "--format", "json"]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"vendor", "partner", "by_partner"}
    assert data["vendor"]["follow_through"] == 1.0
    assert data["partner"]["follow_through"] is None
    assert main([*args, "--partner", "アルファ販売"]) == 0
    assert json.loads(capsys.readouterr().out)["by_partner"][0]["partner"] == "アルファ販売"
    assert main([*args, "--partner", "nobody"]) == 2
    assert "unknown partner" in capsys.readouterr().err
