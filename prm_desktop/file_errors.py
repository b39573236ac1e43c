"""File errors (``OSError``) worded for the user, in the UI's language.

``str(OSError)`` is "[Errno 13] Permission denied: 'C:\\...\\QBR.xlsx'": English from the
operating system inside a Japanese sentence, and no hint of the usual cause (on Windows, a
workbook still open in Excel is locked). The common errors get a sentence that names the file
and says what to do; any other keeps the system's own wording in brackets.
"""

from __future__ import annotations

import errno
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from prm_desktop.i18n import filled


def _sentences() -> dict[int, Callable[[], str]]:
    # The English texts repeat literally in translate calls: lupdate reads the source.
    refused: Callable[[], str] = lambda: QCoreApplication.translate(  # noqa: E731
        "FileErrors",
        "%1 cannot be opened: access was refused. If it is open in Excel or another "
        "program, close it there and try again; otherwise check that you may use this folder.",
    )
    full: Callable[[], str] = lambda: QCoreApplication.translate(  # noqa: E731
        "FileErrors",
        "%1 could not be written: the disk is full. Free some space and try again.",
    )
    busy: Callable[[], str] = lambda: QCoreApplication.translate(  # noqa: E731
        "FileErrors", "%1 is in use by another program. Close it there and try again."
    )
    return {
        errno.ENOENT: lambda: QCoreApplication.translate(
            "FileErrors", "%1 does not exist: it may have been moved, renamed or deleted."
        ),
        errno.EACCES: refused,
        errno.EPERM: refused,
        errno.ENOSPC: full,
        errno.EDQUOT: full,
        errno.EROFS: lambda: QCoreApplication.translate(
            "FileErrors", "%1 could not be written: the drive or folder is read-only."
        ),
        errno.EISDIR: lambda: QCoreApplication.translate(
            "FileErrors", "%1 is a folder, not a file."
        ),
        errno.ENAMETOOLONG: lambda: QCoreApplication.translate(
            "FileErrors", "The name or folder path of %1 is too long."
        ),
        errno.EBUSY: busy,
        errno.ETXTBSY: busy,
    }


# errno → the sentence for it (%1 is the file; a translation quotes it as its language does).
SENTENCES = _sentences()


def file_error_text(exc: OSError) -> str:
    """What went wrong with which file, and what to do, in the UI's language."""
    name = exc.filename or None
    detail = exc.strerror or str(exc) or type(exc).__name__
    if name is None:
        return QCoreApplication.translate(
            "FileErrors", "A file could not be read or written (%1)."
        ).replace("%1", detail)
    sentence = SENTENCES.get(exc.errno) if exc.errno is not None else None
    if sentence is not None:
        return filled(sentence(), name)
    return filled(
        QCoreApplication.translate("FileErrors", "%1 could not be read or written (%2)."),
        name,
        detail,
    )
