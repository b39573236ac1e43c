"""Writing report files so that a reader never sees a half-written one."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_part(text: str, limit: int = 80) -> str:
    """``text`` usable in a file name on Windows, macOS and Linux (may be empty)."""
    return _UNSAFE.sub("_", text).strip(" ._")[:limit]


def partner_key(partner_id: int, code: str | None) -> str:
    """The partner's code, else ``id<n>``: unique, so two files never collide."""
    key = safe_part(code, 40) if code else ""
    return key or f"id{partner_id}"


def write_bytes_atomically(path: Path | str, payload: bytes) -> Path:
    """Write to a temporary file beside ``path``, then rename it into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
