"""``prm deals`` (list, conflicts, decisions), linked events, and the two deal signals."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from prm_core.cli.main import main
from prm_core.database import Database
from prm_core.deals import signals
from prm_core.deals.events_link import (
    linked_events,
    linked_events_by_registration,
    registration_for_event,
)
from prm_core.deals.registrations import list_registrations
from prm_core.orm import DealRegistration
from prm_core.services import deals
from tests.deals_support import add_registration
from tests.factories import add_event, add_partner, add_person

D = date(2026, 8, 1)
AS_OF = D + timedelta(days=10)


@pytest.fixture
def sample(db: Database) -> Database:
    with db.transaction() as s:
        a = add_partner(s, "アルファ販売", owner="田中")
        b = add_partner(s, "ベータ商会", owner="佐藤")
        person = add_person(s, a, "山田 太郎")
        add_registration(
            s, a, "株式会社アルファ", D, deal="基幹刷新", person=person, amount=1_200_000
        )
        add_registration(s, b, "ｱﾙﾌｧ(株)", D + timedelta(days=2), deal="基幹刷新B")
        add_registration(s, b, "オメガ", D, deal="別件", status="won")
    return db


def _run(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", db.url, *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_deals_json_shape(sample: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(sample, capsys, "deals", "--as-of", AS_OF.isoformat(), "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 3
    alpha = next(r for r in rows if r["deal"] == "基幹刷新")
    assert alpha == {
        "partner": "アルファ販売",
        "person": "山田 太郎",
        "customer": "株式会社アルファ",
        "corporate_number": None,
        "deal": "基幹刷新",
        "amount": 1_200_000,
        "registered_at": "2026-08-01",
        "expires_on": "2026-10-30",
        "status": "submitted",
    }


def test_deals_filters_and_expired(sample: Database, capsys: pytest.CaptureFixture[str]) -> None:
    late = (D + timedelta(days=91)).isoformat()
    code, out, _ = _run(sample, capsys, "deals", "--as-of", late, "--format", "json")
    assert code == 0
    assert sorted(r["status"] for r in json.loads(out)) == ["expired", "submitted", "won"]
    code, out, _ = _run(
        sample, capsys, "deals", "--as-of", late, "--status", "期限切れ", "--format", "json"
    )
    assert [r["deal"] for r in json.loads(out)] == ["基幹刷新"]
    code, out, _ = _run(
        sample, capsys, "deals", "--partner", "ベータ商会", "--as-of", late, "--format", "json"
    )
    assert sorted(r["deal"] for r in json.loads(out)) == ["別件", "基幹刷新B"]
    code, out, _ = _run(sample, capsys, "deals", "--as-of", late, "--format", "table")
    assert code == 0 and "基幹刷新" in out and "expired" in out


@pytest.mark.parametrize(
    "args",
    [
        ["deals", "--status", "nonsense"],
        ["deals", "--partner", "nobody"],
        ["deals", "--as-of", "2026-13-01"],
        ["deals", "--expiring-within", "-1"],
        ["deals", "approve", "999"],
        ["deals", "reject", "1"],  # no reason
        ["deals", "resolve", "1", "1", "--decision", "keep_first", "--reason", "x"],
        ["deals", "expiry", "0"],
    ],
)
def test_bad_input_exits_2(
    sample: Database, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    code, _, err = _run(sample, capsys, *args)
    assert code == 2
    assert err.startswith("prm: error:") and len(err.strip().splitlines()) == 1


def test_conflicts_json_then_resolve(sample: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        sample, capsys, "deals", "--conflicts", "--as-of", AS_OF.isoformat(), "--format", "json"
    )
    assert code == 0
    assert json.loads(out) == [
        {
            "customer": "株式会社アルファ",
            "matched_on": "name",
            "registrations": [
                {
                    "partner": "アルファ販売",
                    "deal": "基幹刷新",
                    "registered_at": "2026-08-01",
                    "status": "submitted",
                },
                {
                    "partner": "ベータ商会",
                    "deal": "基幹刷新B",
                    "registered_at": "2026-08-03",
                    "status": "submitted",
                },
            ],
        }
    ]
    code, out, _ = _run(sample, capsys, "deals", "--conflicts", "--as-of", AS_OF.isoformat())
    assert "matched on name" in out and "manual" in out
    with sample.reading() as s:
        ids = {r.deal: r.id for r in list_registrations(s, AS_OF)}
    code, _, _ = _run(
        sample,
        capsys,
        "deals",
        "resolve",
        str(ids["基幹刷新"]),
        str(ids["基幹刷新B"]),
        "--decision",
        "keep_first",
        "--reason",
        "アルファ販売が先に登録",
        "--date",
        AS_OF.isoformat(),
    )
    assert code == 0
    code, out, _ = _run(
        sample, capsys, "deals", "--conflicts", "--as-of", AS_OF.isoformat(), "--format", "json"
    )
    assert json.loads(out) == []


def test_approve_and_reject_from_the_cli(
    sample: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with sample.reading() as s:
        ids = {r.deal: r.id for r in list_registrations(s, AS_OF)}
    day = AS_OF.isoformat()
    assert _run(sample, capsys, "deals", "approve", str(ids["基幹刷新"]), "--date", day)[0] == 0
    code = _run(
        sample, capsys, "deals", "reject", str(ids["基幹刷新B"]), "--reason", "dup", "--date", day
    )[0]
    assert code == 0
    with sample.reading() as s:
        statuses = {
            r.deal: (r.status, r.decided_on, r.decision_reason)
            for r in list_registrations(s, AS_OF)
        }
    assert statuses["基幹刷新"] == ("approved", AS_OF, "")
    assert statuses["基幹刷新B"] == ("rejected", AS_OF, "dup")
    # A second approval is refused: one line, exit 2.
    code, _, err = _run(sample, capsys, "deals", "approve", str(ids["基幹刷新"]))
    assert code == 2 and "approved" in err


def test_expiry_setting_from_the_cli(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(db, capsys, "deals", "expiry")
    assert code == 0 and "90 days" in out
    code, out, _ = _run(db, capsys, "deals", "expiry", "60")
    assert code == 0 and "60 days" in out


# --- linked events ----------------------------------------------------------------------


def test_events_naming_the_deal_link_to_it(db: Database) -> None:
    with db.transaction() as s:
        a = add_partner(s, "A")
        b = add_partner(s, "B")
        reg = add_registration(s, a, "X", D, deal="基幹 刷新", external_id="SFA-1")
        other = add_registration(s, b, "X", D, deal="基幹刷新")
        add_event(s, a, "deal_registered", D, deal="基幹 刷新")
        add_event(s, a, "proposal", D + timedelta(days=5), deal="ＫＩＫＡＮ")  # another deal
        add_event(s, a, "proposal", D + timedelta(days=6), deal="基幹  刷新")  # spacing
        add_event(s, b, "deal_won", D + timedelta(days=30), external_id="SFA-1")  # by id
        add_event(s, a, "login", D, deal="基幹 刷新")  # not a deal event
        won = add_event(s, b, "deal_won", D + timedelta(days=9), deal="基幹刷新")
        reg_id, other_id, won_id = reg.id, other.id, won.id
    with db.reading() as s:
        mine = linked_events(s, reg_id)
        assert [(e.kind, e.matched_on) for e in mine] == [
            ("deal_registered", "deal"),
            ("proposal", "deal"),
            ("deal_won", "external_id"),
        ]
        both = linked_events_by_registration(s, [reg_id, other_id])
        assert [e.id for e in both[other_id]] == [won_id]
        assert registration_for_event(s, won_id) == other_id


# --- signals ----------------------------------------------------------------------------


def test_deal_expiring_fires_within_14_days_of_expiry(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "A")
        add_registration(s, p, "X", D, expires_on=D + timedelta(days=30), status="approved")
        add_registration(s, p, "Y", D, expires_on=D + timedelta(days=30), status="won")
    expiry = D + timedelta(days=30)
    with db.reading() as s:
        assert signals.deal_expiring(s, expiry - timedelta(days=15)) == []
        fired = signals.deal_expiring(s, expiry - timedelta(days=14))
        assert [(x.signal, x.partner, x.severity) for x in fired] == [
            ("deal_expiring", "A", "medium")
        ]
        assert "expires on 2026-08-31" in fired[0].evidence
        assert fired[0].action == "Ask the partner for the deal's status."
        assert [x.severity for x in signals.deal_expiring(s, expiry)] == ["high"]
        assert signals.deal_expiring(s, expiry + timedelta(days=1)) == []


def test_channel_conflict_fires_for_each_partner_until_resolved(db: Database) -> None:
    with db.transaction() as s:
        a = add_partner(s, "A")
        b = add_partner(s, "B")
        first = add_registration(s, a, "株式会社アルファ", D).id
        second = add_registration(s, b, "アルファ(株)", D + timedelta(days=1)).id
    with db.reading() as s:
        fired = signals.channel_conflict(s, AS_OF)
    assert [(x.partner, x.signal, x.severity) for x in fired] == [
        ("A", "channel_conflict", "high"),
        ("B", "channel_conflict", "high"),
    ]
    assert fired[0].to_json()["action"] == "Decide who owns the customer and tell both partners."
    assert "2 partners claim 株式会社アルファ" in fired[0].evidence
    deals.resolve_conflict(db, first, second, "both_legitimate", reason="別部門", decided_on=AS_OF)
    with db.reading() as s:
        assert signals.channel_conflict(s, AS_OF) == []


def test_rejecting_an_expiring_claim_silences_it(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "A")
        reg = add_registration(s, p, "X", D, expires_on=AS_OF + timedelta(days=3))
        reg_id = reg.id
    deals.reject(db, reg_id, reason="no activity", decided_on=AS_OF)
    with db.reading() as s:
        assert signals.deal_expiring(s, AS_OF) == []
        assert s.get(DealRegistration, reg_id) is not None


def test_duplicates_from_the_cli(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with db.transaction() as s:
        a = add_partner(s, "A")
        add_registration(s, a, "株式会社アルファ", D, deal="one")
        add_registration(s, a, "アルファ", D + timedelta(days=1), deal="two")
    code, out, _ = _run(
        db, capsys, "deals", "--duplicates", "--as-of", AS_OF.isoformat(), "--format", "json"
    )
    assert code == 0
    assert [[r["deal"] for r in g["registrations"]] for g in json.loads(out)] == [["one", "two"]]
    code, out, _ = _run(
        db, capsys, "deals", "--conflicts", "--as-of", AS_OF.isoformat(), "--format", "json"
    )
    assert json.loads(out) == []
    code, out, _ = _run(db, capsys, "deals", "--conflicts", "--as-of", AS_OF.isoformat())
    assert "no conflicts" in out


def test_deal_signals_are_registered_with_the_signal_engine(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    from prm_core.diagnosis import signals as engine

    with db.transaction() as s:
        a = add_partner(s, "アルファ販売", contract_date=D)
        b = add_partner(s, "ベータ商会", contract_date=D)
        first = add_registration(s, a, "株式会社アルファ", D, status="approved").id
        second = add_registration(s, b, "アルファ(株)", D + timedelta(days=1)).id
        expiring = add_registration(
            s, b, "オメガ", D, expires_on=AS_OF + timedelta(days=3), status="approved"
        ).id

    def deal_signals() -> list[tuple[str, str]]:
        with db.reading() as s:
            found = engine.detect_signals(s, AS_OF)
        return sorted((x.signal, x.partner) for x in found if x.signal in signals.ACTIONS)

    assert deal_signals() == [
        ("channel_conflict", "アルファ販売"),
        ("channel_conflict", "ベータ商会"),
        ("deal_expiring", "ベータ商会"),
    ]
    code = main(["--db", db.url, "signals", "--as-of", AS_OF.isoformat(), "--format", "json"])
    out = capsys.readouterr()
    assert code == 0
    printed = [x for x in json.loads(out.out) if x["signal"] in signals.ACTIONS]
    expiring_json = next(x for x in printed if x["signal"] == "deal_expiring")
    assert expiring_json == {
        "partner": "ベータ商会",
        "person": None,
        "signal": "deal_expiring",
        "severity": "high",  # 3 days left: urgent
        "evidence": 'registration "オメガ deal" for オメガ (approved, registered 2026-08-01) '
        "expires on 2026-08-14, in 3 days",
        "action": "Ask the partner for the deal's status.",
    }
    conflict = next(x for x in printed if x["partner"] == "アルファ販売")
    assert conflict["evidence"] == (
        "2 partners claim 株式会社アルファ (matched on name): アルファ販売 (2026-08-01, "
        "approved), ベータ商会 (2026-08-02, submitted)"
    )
    assert conflict["action"] == "Decide who owns the customer and tell both partners."
    # The deal signals agree with prm_core.deals.signals, word for word.
    with db.reading() as s:
        own = {(x.signal, x.partner, x.evidence) for x in signals.deal_expiring(s, AS_OF)}
        own |= {(x.signal, x.partner, x.evidence) for x in signals.channel_conflict(s, AS_OF)}
        found = {(x.signal, x.partner, x.evidence) for x in engine.detect_signals(s, AS_OF)}
    assert own == found
    # Acting on them makes them leave.
    deals.resolve_conflict(db, first, second, "keep_first", reason="先行登録", decided_on=AS_OF)
    deals.decide(db, expiring, "won", reason="受注", decided_on=AS_OF)
    assert deal_signals() == []
