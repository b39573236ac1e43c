"""Workspace services: every validation path, all-or-nothing writes, version conflicts."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from prm_core.database import Database
from prm_core.orm import ActionItem, ChecklistItem, Event, Goal, Meeting, Partner, Person
from prm_core.services import goals, meetings, onboarding, partners, persons
from prm_core.services.errors import ConflictError, NotFoundError, ValidationError
from prm_core.services.goals import GoalData, InterventionData
from prm_core.services.meetings import ActionData, MeetingData
from prm_core.services.partners import PartnerData
from prm_core.services.persons import PersonData
from tests.factories import add_event

TODAY = date.today()
#: Read from the clock again as each test starts (tests/conftest.py).
CLOCK_DAYS = {"TODAY": 0}


def count(db: Database, model: type) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def new_partner(db: Database, name: str = "株式会社さくら", **kw: object) -> int:
    pid, changes = partners.create_partner(db, PartnerData(name=name, **kw))  # type: ignore[arg-type]
    assert changes.partners and changes.partner_id == pid
    return pid


# -- partners ---------------------------------------------------------------------------------
def test_create_update_delete_partner(db: Database) -> None:
    pid = new_partner(db, "  株式会社さくら ", code="ｐ－１", territory="関東")
    data, version = partners.load_partner(db, pid)
    assert (data.name, data.code, version) == ("株式会社さくら", "p-1", 1)
    data.owner = "田中"
    partners.update_partner(db, pid, data, expected_version=version)
    assert partners.load_partner(db, pid)[1] == 2
    partners.delete_partner(db, pid, expected_version=2)
    assert count(db, Partner) == 0


@pytest.mark.parametrize(
    ("data", "field", "fragment"),
    [
        (PartnerData(name="   "), "name", "must not be empty"),
        (PartnerData(name="X" * 201), "name", "too long"),
        (PartnerData(name="X", type="wholesaler"), "type", '"wholesaler" is not one of'),
        (PartnerData(name="X", status="gone"), "status", "is not one of"),
    ],
)
def test_partner_validation(db: Database, data: PartnerData, field: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as err:
        partners.create_partner(db, data)
    assert err.value.field == field and fragment in str(err.value)
    assert count(db, Partner) == 0


def test_duplicate_partner_name_and_code(db: Database) -> None:
    new_partner(db, "Blue Ocean Inc.", code="P-1")
    with pytest.raises(
        ValidationError, match=re.escape('A partner named "Blue Ocean Inc." already exists')
    ):
        partners.create_partner(db, PartnerData(name="blue ocean inc."))
    with pytest.raises(
        ValidationError, match=re.escape('Code "P-1" is already used by Blue Ocean Inc.')
    ):
        partners.create_partner(db, PartnerData(name="Other", code="P-1"))
    assert count(db, Partner) == 1


def test_conflicting_edit_names_what_changed(db: Database) -> None:
    pid = new_partner(db, owner="田中")
    seen, version = partners.load_partner(db, pid)
    theirs = PartnerData(**{**seen.__dict__, "owner": "佐藤"})
    partners.update_partner(db, pid, theirs, expected_version=version, seen=seen)
    mine = PartnerData(**{**seen.__dict__, "territory": "関西"})
    with pytest.raises(ConflictError) as err:
        partners.update_partner(db, pid, mine, expected_version=version, seen=seen)
    assert err.value.changes == {"owner": ("田中", "佐藤")}
    assert "(Owner: '田中' → '佐藤')" in str(err.value)  # the form's label, not the column
    now, _ = partners.load_partner(db, pid)
    assert (now.owner, now.territory) == ("佐藤", None)  # mine was not written


def test_conflicting_edit_names_a_type_change_by_its_label(db: Database) -> None:
    pid = new_partner(db)
    seen, version = partners.load_partner(db, pid)
    assert seen.type == "reseller"
    theirs = PartnerData(**{**seen.__dict__, "type": "system_integrator", "status": "suspended"})
    partners.update_partner(db, pid, theirs, expected_version=version, seen=seen)
    with pytest.raises(ConflictError) as err:
        partners.update_partner(db, pid, seen, expected_version=version, seen=seen)
    assert "Partner type: Reseller → System integrator" in str(err.value)
    assert "Status: Active → Suspended" in str(err.value)


def test_update_deleted_partner_is_not_found(db: Database) -> None:
    pid = new_partner(db)
    partners.delete_partner(db, pid)
    with pytest.raises(NotFoundError):
        partners.update_partner(db, pid, PartnerData(name="x"))


# -- persons ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "field"),
    [
        (PersonData(name=""), "name"),
        (PersonData(name="山田", email="yamada@example"), "email"),
        (PersonData(name="山田", email="yamada at example.jp"), "email"),
        (PersonData(name="山田", phone="call me"), "phone"),
    ],
)
def test_person_validation(db: Database, data: PersonData, field: str) -> None:
    pid = new_partner(db)
    with pytest.raises(ValidationError) as err:
        persons.create_person(db, pid, data)
    assert err.value.field == field
    assert count(db, Person) == 0


def test_person_full_width_email_is_normalised(db: Database) -> None:
    pid = new_partner(db)
    person_id, _ = persons.create_person(
        db, pid, PersonData(name="山田 太郎", email="ｙａｍａｄａ@example.jp", phone="03-1234-5678")
    )
    with db.reading() as s:
        assert s.get(Person, person_id).email == "yamada@example.jp"  # type: ignore[union-attr]


def test_anonymise_removes_personal_data_everywhere_but_keeps_counts(db: Database) -> None:
    pid = new_partner(db)
    person_id, _ = persons.create_person(
        db, pid, PersonData(name="山田 太郎", email="t.yamada@example.jp", phone="090-1111-2222")
    )
    meetings.create_meeting(
        db,
        pid,
        MeetingData(
            held_on=TODAY,
            topics="山田 太郎さんと提案",
            notes="山田 太郎さん:\n来月に同行",
            attendee_ids=[person_id],
        ),
    )
    with db.transaction() as s:
        partner = s.get(Partner, pid)
        assert partner is not None
        person = s.get(Person, person_id)
        add_event(s, partner, "deal_registered", TODAY, person=person)
    persons.anonymise_person(db, person_id)
    with db.reading() as s:
        person = s.get(Person, person_id)
        assert person is not None
        assert (person.name, person.email, person.phone) == ("(erased)", None, None)
        meeting = s.scalars(select(Meeting)).one()
        assert "山田" not in meeting.notes + meeting.topics
        assert meeting.notes == "(erased)さん:\n来月に同行"
        assert [p.name for p in meeting.attendees] == ["(erased)"]
        assert s.scalar(select(func.count()).where(Event.person_id == person_id)) == 1


# -- onboarding -------------------------------------------------------------------------------
def test_checklist_from_default_template(db: Database) -> None:
    pid = new_partner(db, contract_date=date(2026, 4, 1))
    n, _ = onboarding.create_checklist(db, pid)
    assert n == 9
    with db.reading() as s:
        items = s.scalars(select(ChecklistItem).order_by(ChecklistItem.position)).all()
        assert items[0].due_on == date(2026, 4, 8) and items[0].title == "キックオフミーティング"
        assert items[-1].due_on == date(2026, 7, 30)
        first = items[0].id
    with pytest.raises(ValidationError, match="already has an onboarding checklist"):
        onboarding.create_checklist(db, pid)
    assert count(db, ChecklistItem) == 9
    onboarding.set_item_done(db, first, date(2026, 4, 7), expected_version=1)
    with pytest.raises(ConflictError):
        onboarding.set_item_done(db, first, None, expected_version=1)
    with pytest.raises(ValidationError, match="in the future"):
        onboarding.set_item_done(db, first, TODAY + timedelta(days=1))


# -- 1on1s and action items -------------------------------------------------------------------
def test_meeting_with_actions_round_trip(db: Database) -> None:
    pid = new_partner(db)
    person_id, _ = persons.create_person(db, pid, PersonData(name="山田"))
    data = MeetingData(
        held_on=TODAY - timedelta(days=3),
        topics="四半期レビュー",
        notes="一行目\n\n  三行目",
        pract_phase="activate",
        attendee_ids=[person_id],
        actions=[
            ActionData("提案書テンプレートを送る", "田中", "vendor", TODAY),
            ActionData("ターゲットリスト作成", "山田", "partner", TODAY + timedelta(days=7)),
        ],
    )
    mid, _ = meetings.create_meeting(db, pid, data)
    loaded, version = meetings.load_meeting(db, mid)
    assert loaded.notes == "一行目\n\n  三行目"
    assert [(a.title, a.side) for a in loaded.actions] == [
        ("提案書テンプレートを送る", "vendor"),
        ("ターゲットリスト作成", "partner"),
    ]
    loaded.actions[0].done_on = TODAY
    del loaded.actions[1]
    meetings.update_meeting(db, mid, loaded, expected_version=version)
    with db.reading() as s:
        items = s.scalars(select(ActionItem)).all()
        assert [(i.title, i.status) for i in items] == [("提案書テンプレートを送る", "done")]


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (MeetingData(held_on=TODAY + timedelta(days=1)), "in the future"),
        (MeetingData(held_on=TODAY, pract_phase="hope"), "PRACT phase"),
        (MeetingData(held_on=TODAY, actions=[ActionData("")]), "must not be empty"),
        (MeetingData(held_on=TODAY, actions=[ActionData("x", side="both")]), "Side"),
        (
            MeetingData(held_on=TODAY, actions=[ActionData("x", due_on=TODAY - timedelta(days=1))]),
            "is before the meeting date",
        ),
    ],
)
def test_meeting_validation_writes_nothing(db: Database, data: MeetingData, fragment: str) -> None:
    pid = new_partner(db)
    with pytest.raises(ValidationError, match=fragment):
        meetings.create_meeting(db, pid, data)
    assert count(db, Meeting) == 0 and count(db, ActionItem) == 0


def test_attendee_from_another_partner_is_refused(db: Database) -> None:
    a, b = new_partner(db, "A"), new_partner(db, "B")
    stranger, _ = persons.create_person(db, b, PersonData(name="他社の人"))
    with pytest.raises(ValidationError, match="Attendees must be persons of this partner"):
        meetings.create_meeting(db, a, MeetingData(held_on=TODAY, attendee_ids=[stranger]))
    assert count(db, Meeting) == 0


# -- goals and interventions ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "field"),
    [
        (GoalData("revenue", 3, TODAY, TODAY), "metric"),
        (GoalData("deal_won", 0, TODAY, TODAY), "target"),
        (GoalData("deal_won", 3, TODAY, TODAY - timedelta(days=1)), "period_end"),
    ],
)
def test_goal_validation(db: Database, data: GoalData, field: str) -> None:
    pid = new_partner(db)
    with pytest.raises(ValidationError) as err:
        goals.create_goal(db, pid, data)
    assert err.value.field == field
    assert count(db, Goal) == 0


def test_goal_for_key_person(db: Database) -> None:
    pid = new_partner(db)
    person_id, _ = persons.create_person(db, pid, PersonData(name="山田", is_key_person=True))
    gid, _ = goals.create_goal(
        db, pid, GoalData("deal_registered", 3, TODAY, TODAY + timedelta(days=90), person_id)
    )
    goals.update_goal(db, gid, GoalData("deal_registered", 5, TODAY, TODAY), expected_version=1)
    with pytest.raises(ConflictError):
        goals.update_goal(db, gid, GoalData("deal_registered", 6, TODAY, TODAY), expected_version=1)


def test_intervention_validation(db: Database) -> None:
    pid = new_partner(db)
    with pytest.raises(ValidationError, match="Action taken must not be empty"):
        goals.create_intervention(db, pid, InterventionData(TODAY, "reactivation", " "))
    iid, _ = goals.create_intervention(
        db, pid, InterventionData(TODAY, "reactivation", "成功事例メールを送付", "dormant")
    )
    goals.delete_intervention(db, iid)


def test_template_steps_edit_applies_to_new_checklists_only(db: Database) -> None:
    from prm_core.services.templates import StepData, load_default_template, save_template_steps

    old_partner = new_partner(db, "Old", contract_date=date(2026, 1, 1))
    onboarding.create_checklist(db, old_partner)
    template_id, steps, version = load_default_template(db)
    assert len(steps) == 9
    with pytest.raises(ValidationError, match="days after contract must be 0–3650"):
        save_template_steps(db, template_id, [StepData("x", None, -1)])
    with pytest.raises(ValidationError, match="not True"):  # a bool is not a number of days
        save_template_steps(db, template_id, [StepData("x", None, True)])
    with pytest.raises(ValidationError, match="at least one step"):
        save_template_steps(db, template_id, [])
    save_template_steps(
        db,
        template_id,
        [StepData("Kick-off", "キックオフ", 3), StepData("Training", None, 10)],
        expected_version=version,
    )
    with pytest.raises(ConflictError):
        save_template_steps(db, template_id, steps, expected_version=version)
    fresh = new_partner(db, "New", contract_date=date(2026, 1, 1))
    assert onboarding.create_checklist(db, fresh)[0] == 2
    with db.reading() as s:
        titles = s.scalars(
            select(ChecklistItem.title)
            .where(ChecklistItem.partner_id == fresh)
            .order_by(ChecklistItem.position)
        ).all()
        assert titles == ["キックオフ", "Training"]
        assert s.scalar(select(func.count()).where(ChecklistItem.partner_id == old_partner)) == 9
