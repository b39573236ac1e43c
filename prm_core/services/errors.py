"""Errors a service raises on purpose: each message is shown to the user as it is."""

from __future__ import annotations

from prm_core.safety.messages import Message


class ServiceError(Exception):
    """Base class: the message is complete, specific and meant for the user.

    Given a catalogued ``Message``, ``exc.message`` keeps it so the GUI can translate it;
    ``str(exc)`` is the English either way.
    """

    def __init__(self, message: str | Message) -> None:
        super().__init__(str(message))
        if isinstance(message, Message):
            self.message = message


class ValidationError(ServiceError):
    """The input is wrong; ``field`` names the input to fix (None for the whole form).

    Given a catalogued ``Message``, ``exc.message`` keeps it so the GUI can translate it;
    ``str(exc)`` is the English either way.
    """

    def __init__(self, message: str | Message, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(ServiceError):
    """The row is gone (deleted in another window or by a team member)."""


class ConflictError(ServiceError):
    """The row changed since it was read; nothing was saved.

    Attributes:
        changes: field → (value the editor started from, value now in the database).
    """

    def __init__(self, message: str | Message, changes: dict[str, tuple[object, object]]) -> None:
        super().__init__(message)
        self.changes = changes
