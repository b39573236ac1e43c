"""Progress reporting for long core work, shared by the CLI and the GUI.

Core functions take a plain ``progress(done, total)`` callable. The caller's callable may
raise ``Cancelled`` to stop the work; the function's transaction then rolls back whole.
"""

from __future__ import annotations

from collections.abc import Callable

ProgressCallback = Callable[[int, int], None]


class Cancelled(Exception):  # noqa: N818 - names the event, like asyncio.CancelledError's kin
    """The user cancelled; nothing the cancelled work began is kept."""


def no_progress(_done: int, _total: int) -> None:
    """The default callback: report nothing, never cancel."""
