"""Errors a service raises on purpose: each message is shown to the user as it is."""

from __future__ import annotations


class ServiceError(Exception):
    """Base class: the message is complete, specific and meant for the user."""


class ValidationError(ServiceError):
    """The input is wrong; ``field`` names the input to fix (None for the whole form)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(ServiceError):
    """The row is gone (deleted in another window or by a team member)."""


class ConflictError(ServiceError):
    """The row changed since it was read; nothing was saved.

    Attributes:
        changes: field → (value the editor started from, value now in the database).
    """

    def __init__(self, message: str, changes: dict[str, tuple[object, object]]) -> None:
        super().__init__(message)
        self.changes = changes
