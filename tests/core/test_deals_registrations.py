"""Registrations: status as of a date, expiry at its boundary, the list and its filters, and
the services that record claims and decisions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from prm_core.database import Database
from prm_core.deals.registrations import (
    RegistrationFilter,
    count_registrations,
    expiry_days,
    is_open,
    list_registrations,
    partner_by_name,
    registration,
    registrations_of,
    status_as_of,
)
from prm_core.orm import DealRegistration
from prm_core.services import deals
from prm_core.services.deals import RegistrationData
from prm_core.services.errors import ConflictError, ValidationError
from tests.deals_support import add_registration
from tests.factories import add_partner, add_person

D = date(2026, 8, 1)


def test_expired_is_computed_at_the_boundary_day() -> None:
    expires = D + timedelta(days=90)
    assert status_as_of("approved", expires, expires) == "approved"  # the expiry day is open
    assert status_as_of("approved", expires, expires + timedelta(days=1)) == "expired"
    assert status_as_of("submitted", expires, expires + timedelta(days=1)) == "expired"
    for closed in ("rejected", "won", "lost"):
        assert status_as_of(closed, expires, expires + timedelta(days=400)) == closed
    assert is_open("submitted", D, expires, expires)
    assert not is_open("submitted", D, expires, expires + timedelta(days=1))
    assert not is_open("submitted", D, expires, D - timedelta(days=1))  # not registered yet
    assert is_open("approved", D, expires, D)


def test_list_shows_status_as_of_and_skips_the_future(db: Database) -> None:
    with db.transaction() as s:
        a = add_partner(s, "アルファ販売", owner="田中")
        b = add_partner(s, "ベータ商会", owner="佐藤")
        add_registration(s, a, "株式会社X", D, status="approved")
        add_registration(s, b, "株式会社Y", D + timedelta(days=10), status="won")
        add_registration(s, b, "株式会社Z", D + timedelta(days=30))
    expiry = D + timedelta(days=90)
    with db.reading() as s:
        rows = list_registrations(s, expiry)
        assert [r.customer for r in rows] == ["株式会社Z", "株式会社Y", "株式会社X"]
        assert [r.status for r in rows] == ["submitted", "won", "approved"]
        later = list_registrations(s, expiry + timedelta(days=1))
        assert [r.status for r in later] == ["submitted", "won", "expired"]
        assert [r.stored_status for r in later][-1] == "approved"
        assert [r.customer for r in list_registrations(s, D + timedelta(days=5))] == ["株式会社X"]
        assert list_registrations(s, D - timedelta(days=1)) == []


def test_filters_narrow_the_list(db: Database) -> None:
    as_of = D + timedelta(days=80)
    with db.transaction() as s:
        a = add_partner(s, "アルファ販売", owner="田中")
        b = add_partner(s, "ベータ商会", owner="佐藤")
        add_registration(s, a, "A1", D, status="approved")  # expires D+90: within 14 days
        add_registration(s, a, "A2", D, status="rejected")
        add_registration(s, b, "B1", D + timedelta(days=60))  # expires D+150
        add_registration(s, b, "B2", D - timedelta(days=100), status="approved")  # expired
        add_registration(s, b, "B3", as_of - timedelta(days=76))  # expires exactly as_of + 14
        add_registration(s, b, "B4", as_of - timedelta(days=75))  # as_of + 15: not within

    def customers(flt: RegistrationFilter) -> list[str]:
        with db.reading() as s:
            return sorted(r.customer for r in list_registrations(s, as_of, flt))

    assert customers(RegistrationFilter(status="approved")) == ["A1"]
    assert customers(RegistrationFilter(status="expired")) == ["B2"]
    assert customers(RegistrationFilter(status="rejected")) == ["A2"]
    assert customers(RegistrationFilter(status="open")) == ["A1", "B1", "B3", "B4"]
    assert customers(RegistrationFilter(owner="田中")) == ["A1", "A2"]
    assert customers(RegistrationFilter(partner_id=b.id)) == ["B1", "B2", "B3", "B4"]
    assert customers(RegistrationFilter(expiring_within=14)) == ["A1", "B3"]
    with db.reading() as s:
        assert count_registrations(s, as_of, RegistrationFilter(owner="佐藤")) == 4
        assert count_registrations(s, as_of) == 6
        # Same registered date: the newer row (higher id) first.
        assert [r.customer for r in registrations_of(s, a.id, as_of)] == ["A2", "A1"]
    with pytest.raises(ValueError, match="unknown status"):
        customers(RegistrationFilter(status="nonsense"))


def test_keyset_pages_cover_the_list_once(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "アルファ販売")
        for i in range(25):
            add_registration(s, p, f"C{i}", D + timedelta(days=i // 3))
    as_of = D + timedelta(days=30)
    seen: list[int] = []
    before = None
    with db.reading() as s:
        while True:
            page = list_registrations(s, as_of, before=before, limit=7)
            seen += [r.id for r in page]
            if len(page) < 7:
                break
            before = (page[-1].registered_on, page[-1].id)
        everything = [r.id for r in list_registrations(s, as_of)]
    assert seen == everything
    assert len(set(seen)) == 25


def test_partner_by_name_is_width_and_case_blind(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "Blue Ocean Systems", code="P-9")
    with db.reading() as s:
        assert partner_by_name(s, "Blue Ocean Systems") == (p.id, "Blue Ocean Systems")
        assert partner_by_name(s, "ＢＬＵＥ　ＯＣＥＡＮ　ＳＹＳＴＥＭＳ") == (
            p.id,
            "Blue Ocean Systems",
        )
        assert partner_by_name(s, "P-9") == (p.id, "Blue Ocean Systems")
        assert partner_by_name(s, "Blue Ocean") is None


# --- services ---------------------------------------------------------------------------


def _partner(db: Database, name: str = "アルファ販売") -> int:
    with db.transaction() as s:
        return add_partner(s, name).id


def test_create_fills_key_expiry_and_source(db: Database) -> None:
    pid = _partner(db)
    new_id, changes = deals.create_registration(
        db,
        RegistrationData(
            pid, " ㈱アルファ ", "基幹刷新", D, corporate_number="７０００-０１２０-５０００２"
        ),
    )
    assert changes.partner_id == pid and changes.any()
    with db.reading() as s:
        row = s.get(DealRegistration, new_id)
        assert row is not None
        assert row.customer == "㈱アルファ"
        assert row.customer_key == "アルファ"
        assert row.corporate_number == "7000012050002"
        assert row.expires_on == D + timedelta(days=90)
        assert row.status == "submitted"
        assert row.source == "manual"
        shown = registration(s, new_id, D)
        assert shown is not None and shown.source_text == "manual"


def test_expiry_default_is_configurable(db: Database) -> None:
    pid = _partner(db)
    deals.set_expiry_days(db, 30)
    with db.reading() as s:
        assert expiry_days(s) == 30
    new_id, _ = deals.create_registration(db, RegistrationData(pid, "X", "d", D))
    explicit_id, _ = deals.create_registration(
        db, RegistrationData(pid, "Y", "d", D, expires_on=D + timedelta(days=5))
    )
    with db.reading() as s:
        expiries = {r.id: r.expires_on for r in list_registrations(s, D)}
    assert expiries == {new_id: D + timedelta(days=30), explicit_id: D + timedelta(days=5)}
    with pytest.raises(ValidationError):
        deals.set_expiry_days(db, 0)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"customer": " "}, "customer"),
        ({"deal": ""}, "deal"),
        ({"corporate_number": "1000012050002"}, "corporate_number"),
        ({"amount": -1}, "amount"),
        ({"registered_on": date.today() + timedelta(days=1)}, "registered_on"),
        ({"expires_on": D - timedelta(days=1)}, "expires_on"),
        ({"status": "expired"}, "status"),
    ],
)
def test_create_validates(db: Database, change: dict[str, object], field: str) -> None:
    pid = _partner(db)
    data = RegistrationData(pid, "X", "d", D)
    for key, value in change.items():
        setattr(data, key, value)
    with pytest.raises(ValidationError) as info:
        deals.create_registration(db, data)
    assert info.value.field == field
    with db.reading() as s:
        assert count_registrations(s, date.today()) == 0


def test_person_must_belong_to_the_partner(db: Database) -> None:
    with db.transaction() as s:
        a = add_partner(s, "A")
        b = add_partner(s, "B")
        stranger = add_person(s, b, "他社 太郎")
    with pytest.raises(ValidationError, match="belong"):
        deals.create_registration(db, RegistrationData(a.id, "X", "d", D, person_id=stranger.id))


def test_update_keeps_status_and_checks_version(db: Database) -> None:
    pid = _partner(db)
    new_id, _ = deals.create_registration(db, RegistrationData(pid, "X", "d", D))
    deals.approve(db, new_id, reason="ok", decided_on=D)
    data, version = deals.load_registration(db, new_id)
    data.customer = "アルファ株式会社"
    deals.update_registration(db, new_id, data, expected_version=version)
    with db.reading() as s:
        row = s.get(DealRegistration, new_id)
        assert row is not None
        assert row.status == "approved"
        assert row.customer_key == "アルファ"
    with pytest.raises(ConflictError):
        deals.update_registration(db, new_id, data, expected_version=version)


def test_decisions_follow_the_lifecycle(db: Database) -> None:
    pid = _partner(db)
    a, _ = deals.create_registration(db, RegistrationData(pid, "X", "d", D))
    with pytest.raises(ValidationError, match="only a registration that is approved"):
        deals.decide(db, a, "won")
    deals.approve(db, a, decided_on=D + timedelta(days=1))
    with pytest.raises(ValidationError, match="only a registration that is submitted"):
        deals.approve(db, a)
    deals.decide(db, a, "won", reason="PO received", decided_on=D + timedelta(days=20))
    with db.reading() as s:
        row = s.get(DealRegistration, a)
        assert row is not None
        assert (row.status, row.decided_on, row.decision_reason) == (
            "won",
            D + timedelta(days=20),
            "PO received",
        )
    with pytest.raises(ValidationError, match="only a registration that is submitted or"):
        deals.reject(db, a, reason="late")


def test_reject_needs_a_reason_and_a_sane_date(db: Database) -> None:
    pid = _partner(db)
    a, _ = deals.create_registration(db, RegistrationData(pid, "X", "d", D))
    with pytest.raises(ValidationError, match="reason"):
        deals.reject(db, a, reason="  ")
    with pytest.raises(ValidationError, match="before the registered date"):
        deals.reject(db, a, reason="dup", decided_on=D - timedelta(days=1))
    with pytest.raises(ValidationError, match="future"):
        deals.reject(db, a, reason="dup", decided_on=date.today() + timedelta(days=1))
    deals.reject(db, a, reason="duplicate of D-1", decided_on=D)


def test_an_expired_claim_cannot_be_approved(db: Database) -> None:
    pid = _partner(db)
    a, _ = deals.create_registration(
        db, RegistrationData(pid, "X", "d", D, expires_on=D + timedelta(days=3))
    )
    deals.approve(db, a, decided_on=D + timedelta(days=3))  # the expiry day is still open
    b, _ = deals.create_registration(
        db, RegistrationData(pid, "Y", "d", D, expires_on=D + timedelta(days=3))
    )
    with pytest.raises(ValidationError, match="expired"):
        deals.approve(db, b, decided_on=D + timedelta(days=4))


def test_restore_decision_undoes_exactly(db: Database) -> None:
    pid = _partner(db)
    a, _ = deals.create_registration(db, RegistrationData(pid, "X", "d", D))
    _, version = deals.load_registration(db, a)
    deals.approve(db, a, reason="ok", decided_on=D, expected_version=version)
    deals.restore_decision(db, a, "submitted", None, "", expected_version=version + 1)
    with db.reading() as s:
        row = s.get(DealRegistration, a)
        assert row is not None
        assert (row.status, row.decided_on, row.decision_reason) == ("submitted", None, "")
    with pytest.raises(ConflictError):
        deals.approve(db, a, expected_version=version)


def test_delete_registration(db: Database) -> None:
    pid = _partner(db)
    a, _ = deals.create_registration(db, RegistrationData(pid, "X", "d", D))
    deals.delete_registration(db, a)
    with db.reading() as s:
        assert s.get(DealRegistration, a) is None
