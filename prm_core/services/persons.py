"""Persons at a partner: create, update, delete, and anonymise on an erasure request."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import or_, select

from prm_core.database import Database
from prm_core.orm import Meeting, Partner, Person
from prm_core.safety.messages import message
from prm_core.services import validate as v
from prm_core.services.changes import Changes
from prm_core.services.rows import check_version, get, write
from prm_core.services.validate import Label

ERASED_NAME = "(erased)"


@dataclass
class PersonData:
    name: str
    role: str | None = None
    email: str | None = None
    phone: str | None = None
    is_key_person: bool = False
    notes: str = ""

    @classmethod
    def of(cls, person: Person) -> PersonData:
        return cls(**{k: getattr(person, k) for k in cls.__dataclass_fields__})


#: Each field's label, as the person form shows it (a conflict names what changed).
FIELD_LABELS: dict[str, Label] = {
    "name": "Person name",
    "role": "Role",
    "email": "Email",
    "phone": "Phone",
    "is_key_person": "Key person",
    "notes": "Notes",
}


def _clean(data: PersonData) -> PersonData:
    return PersonData(
        name=v.required(data.name, "name", "Person name"),
        role=v.optional(data.role, "role", "Role", 100),
        email=v.email(data.email),
        phone=v.phone(data.phone),
        is_key_person=bool(data.is_key_person),
        notes=(data.notes or "").strip(),
    )


def create_person(db: Database, partner_id: int, data: PersonData) -> tuple[int, Changes]:
    clean = _clean(data)
    with write(db, message("label.person_named", name=clean.name)) as session:
        get(session, Partner, partner_id, "The partner")
        person = Person(partner_id=partner_id, **asdict(clean))
        session.add(person)
        session.flush()
        return person.id, Changes(persons=True, partners=True, partner_id=partner_id)


def update_person(
    db: Database,
    person_id: int,
    data: PersonData,
    *,
    expected_version: int | None = None,
    seen: PersonData | None = None,
) -> Changes:
    clean = _clean(data)
    with write(db, message("label.person_named", name=clean.name)) as session:
        person = get(session, Person, person_id, "The person")
        check_version(
            person,
            expected_version,
            asdict(seen) if seen else None,
            message("label.person_named", name=person.name),
            FIELD_LABELS,
        )
        for key, value in asdict(clean).items():
            setattr(person, key, value)
        return Changes(persons=True, partners=True, partner_id=person.partner_id)


def delete_person(db: Database, person_id: int, *, expected_version: int | None = None) -> Changes:
    """Delete a person; their events stay with the partner (person cleared), counts remain."""
    with write(db, "The person") as session:
        person = get(session, Person, person_id, "The person")
        check_version(
            person, expected_version, None, message("label.person_named", name=person.name)
        )
        partner_id = person.partner_id
        session.delete(person)
        return Changes(persons=True, partners=True, meetings=True, partner_id=partner_id)


def anonymise_person(db: Database, person_id: int) -> Changes:
    """Erasure request: remove name, email, phone and notes everywhere, keep the counts.

    The row stays so the partner's events, deals and 1on1 attendance still count; its name
    becomes a placeholder and exact mentions of the name in that partner's 1on1 topics and
    notes are replaced too.
    """
    with write(db, "The person") as session:
        person = get(session, Person, person_id, "The person")
        old_name = person.name
        person.name = ERASED_NAME
        person.email = person.phone = person.role = None
        person.notes = ""
        person.anonymised_at = datetime.now()
        if old_name and old_name != ERASED_NAME:
            for meeting in session.scalars(
                select(Meeting).where(
                    Meeting.partner_id == person.partner_id,
                    or_(Meeting.notes.contains(old_name), Meeting.topics.contains(old_name)),
                )
            ):
                meeting.notes = meeting.notes.replace(old_name, ERASED_NAME)
                meeting.topics = meeting.topics.replace(old_name, ERASED_NAME)
        return Changes(persons=True, partners=True, meetings=True, partner_id=person.partner_id)
