"""Transactions, lookups and the optimistic version check shared by every service."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from prm_core.database import Database
from prm_core.services.errors import ConflictError, NotFoundError, ServiceError

T = TypeVar("T")


@contextmanager
def write(db: Database, what: str) -> Iterator[Session]:
    """One transaction; a concurrent UPDATE that won the race becomes a ``ConflictError``."""
    try:
        with db.transaction() as session:
            yield session
    except StaleDataError as exc:
        raise ConflictError(
            f"{what} was changed or deleted by someone else while saving. Nothing was saved; "
            "reload to see the current values.",
            {},
        ) from exc
    except IntegrityError as exc:
        raise ServiceError(f"{what} could not be saved: {str(exc.orig).splitlines()[0]}") from exc


def get(session: Session, model: type[T], row_id: int, label: str) -> T:
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(f"{label} no longer exists (it may have been deleted elsewhere).")
    return row


def check_version(
    row: Any,
    expected_version: int | None,
    seen: Mapping[str, object] | None,
    label: str,
) -> None:
    """Refuse the write when the row moved on since the editor read it, naming what changed.

    ``seen`` holds the values the editor started from; only the fields that differ now are
    named, so the user knows exactly what the other person changed.
    """
    if expected_version is None or row.version == expected_version:
        return
    changed = {
        key: (old, getattr(row, key))
        for key, old in (seen or {}).items()
        if getattr(row, key) != old
    }
    detail = "; ".join(f"{key}: {old!r} → {new!r}" for key, (old, new) in changed.items())
    raise ConflictError(
        f"{label} was changed by someone else since you opened it"
        + (f" ({detail})" if detail else "")
        + ". Nothing was saved; reload to see the new values and apply your edit again.",
        changed,
    )
