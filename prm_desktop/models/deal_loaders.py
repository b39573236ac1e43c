"""Reads behind the Deals views, each in its own short session.

Views never open a session (tests/test_architecture.py): they call these functions, on the
GUI thread or inside a ``BackgroundTask``, and get plain data back (tuples and frozen rows that
outlive the session).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from prm_core.database import Database
from prm_core.deals import registrations
from prm_core.deals.conflicts import ConflictGroup, find_conflicts
from prm_core.deals.events_link import LinkedEvent, linked_events_by_registration
from prm_core.deals.registrations import EXPIRING_DAYS
from prm_core.diagnosis.thresholds import load_thresholds


@dataclass(frozen=True)
class FilterChoices:
    """The Deals page's partner and owner filter items, read together in one session."""

    #: (id, name) of partners with at least one registration, by name.
    partners: list[tuple[int, str]]
    #: Channel managers owning at least one partner with a registration.
    owners: list[str]
    #: "Expiring" for the filter and the amber rows: the ``deal_expiring.days`` threshold.
    expiring_days: int = EXPIRING_DAYS


def filter_choices(db: Database) -> FilterChoices:
    """The filter combos' items and the expiring threshold, read in one session."""
    with db.reading() as session:
        return FilterChoices(
            registrations.partners_with_registrations(session),
            registrations.owners(session),
            _expiring_days(session),
        )


def expiring_days(db: Database) -> int:
    """ "Expiring" as the manager set it for the ``deal_expiring`` signal (Tools → Signals,
    Points and Tiers; 14 days by default), so the Deals filter, the amber rows and the Today
    view agree on which claims are about to lapse."""
    with db.reading() as session:
        return _expiring_days(session)


def _expiring_days(session: Session) -> int:
    return load_thresholds(session).days("deal_expiring", "days")


def partner_choices(db: Database) -> list[tuple[int, str]]:
    """(id, name) of every partner that can register a deal: the registration form's list."""
    with db.reading() as session:
        return registrations.partner_choices(session)


def person_choices(db: Database, partner_id: int) -> list[tuple[int, str]]:
    """(id, name) of one partner's persons: asked again whenever the form's partner changes."""
    with db.reading() as session:
        return registrations.person_choices(session, partner_id)


def linked_events(db: Database, registration_id: int) -> list[LinkedEvent]:
    """The events naming one registration, oldest first (the partner tab's activity line)."""
    with db.reading() as session:
        return linked_events_by_registration(session, [registration_id]).get(registration_id, [])


def unresolved_conflicts(db: Database, as_of: date) -> list[ConflictGroup]:
    """The conflict panel's groups; slow on big data, so the panel runs it in the background
    (the session is opened on the worker thread, never shared with the GUI thread)."""
    with db.reading() as session:
        return find_conflicts(session, as_of)
