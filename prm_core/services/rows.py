"""Transactions, lookups and the optimistic version check shared by every service."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from prm_core.database import Database
from prm_core.safety.messages import message
from prm_core.services.errors import ConflictError, NotFoundError, ServiceError
from prm_core.services.validate import Label, label_of

T = TypeVar("T")


@contextmanager
def write(db: Database, what: Label) -> Iterator[Session]:
    """One transaction; a concurrent UPDATE that won the race becomes a ``ConflictError``."""
    try:
        with db.transaction() as session:
            yield session
    except StaleDataError as exc:
        raise ConflictError(message("rows.changed_while_saving", what=label_of(what)), {}) from exc
    except IntegrityError as exc:
        detail = str(exc.orig).splitlines()[0]
        raise ServiceError(message("rows.not_saved", what=label_of(what), detail=detail)) from exc


def get(session: Session, model: type[T], row_id: int, label: Label) -> T:
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(message("rows.gone", label=label_of(label)))
    return row


def check_version(
    row: Any,
    expected_version: int | None,
    seen: Mapping[str, object] | None,
    label: Label,
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
        message("rows.changed", label=label_of(label), detail=f" ({detail})" if detail else ""),
        changed,
    )
