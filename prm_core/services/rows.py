"""Transactions, lookups and the optimistic version check shared by every service."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from typing import Any, TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from prm_core.database import Database
from prm_core.safety.messages import CATALOGUE, message
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
    fields: Mapping[str, Label] | None = None,
    *,
    values: Mapping[str, str] | None = None,
) -> None:
    """Refuse the write when the row moved on since the editor read it, naming what changed.

    ``seen`` holds the values the editor started from; only the fields that differ now are
    named, so the user knows exactly what the other person changed. ``fields`` gives each
    field's label as the form shows it (else the field's name is shown); ``values`` names
    the fields that store a key ("reseller") and the catalogue's ``value.<name>.<key>``
    labels they are shown by.
    """
    if expected_version is None or row.version == expected_version:
        return
    changed = {
        key: (old, getattr(row, key))
        for key, old in (seen or {}).items()
        if getattr(row, key) != old
    }
    items = tuple(
        message(
            "rows.change",
            field=label_of((fields or {}).get(key, key)),
            old=_shown(old, (values or {}).get(key)),
            new=_shown(new, (values or {}).get(key)),
        )
        for key, (old, new) in changed.items()
    )
    detail = message("rows.changed_detail", changes=items) if items else ""
    raise ConflictError(message("rows.changed", label=label_of(label), detail=detail), changed)


def _shown(value: object, labels: str | None = None) -> object:
    """A field's value inside a conflict message: text quoted, dates as ISO, no "None",
    a stored key by its label (``labels`` names them) when the catalogue has one."""
    if labels is not None and f"value.{labels}.{value}" in CATALOGUE:
        return message(f"value.{labels}.{value}")
    if value is None or value == "":
        return message("rows.empty")
    if isinstance(value, bool):
        return message("rows.yes" if value else "rows.no")
    if isinstance(value, date):
        return value.isoformat()
    return repr(value) if isinstance(value, str) else value
