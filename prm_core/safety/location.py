"""Where a database file lives: synced folders, network drives, read-only files and folders.

SQLite needs working file locks and a file nobody else rewrites underneath it. Sync clients
(OneDrive, Dropbox, Google Drive, iCloud Drive, Box) upload and replace the file while it is
open; network file systems (SMB/CIFS, NFS, SSHFS) have unreliable locking. Both are detected
from the path where that is possible (folder names, UNC paths, the mount table on Linux, the
drive type on Windows) and reported with the reason, so the user is warned, not refused.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath

from prm_core.safety.messages import Message, message

#: Folder names sync clients create, matched case-insensitively on one path component.
#: "OneDrive - Contoso", "Dropbox (Personal)", "Box Sync" and similar variants match too.
_SYNCED_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("OneDrive", re.compile(r"^onedrive(\s*-.*)?$", re.IGNORECASE)),
    ("Dropbox", re.compile(r"^dropbox(\s*\(.*\))?$", re.IGNORECASE)),
    (
        "Google Drive",
        re.compile(r"^(google\s*drive|googledrive(-.*)?|my drive|マイドライブ)$", re.I),
    ),
    ("iCloud Drive", re.compile(r"^(icloud\s*drive|iclouddrive|com~apple~clouddocs)$", re.I)),
    ("Box", re.compile(r"^(box|box sync|box-box)$", re.IGNORECASE)),
)
#: macOS puts every File Provider sync client under ~/Library/CloudStorage/<Provider>-<account>.
_CLOUD_STORAGE_PROVIDERS = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "googledrive": "Google Drive",
    "box": "Box",
    "icloud": "iCloud Drive",
}
#: Windows environment variables the OneDrive client sets to its folders.
_ONEDRIVE_ENV = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")

#: Linux file system types whose files live on another machine.
NETWORK_FS_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smbfs",
        "smb3",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "sshfs",
        "fuse.sshfs",
    }
)
#: FUSE file systems that are local disks or local views, not network mounts.
LOCAL_FUSE_TYPES = frozenset(
    {"fuseblk", "fuse.lxcfs", "fuse.portal", "fuse.gocryptfs", "fuse.encfs", "fusectl"}
)


@dataclass(frozen=True)
class Location:
    """What is known about where a database file is.

    Attributes:
        synced: the sync service ("OneDrive", "Dropbox"...) whose folder holds the file.
        synced_folder: that folder.
        network: why the file is on another machine (UNC share, file system type...).
        read_only_file / read_only_folder: the file, or its folder, cannot be written.
    """

    path: str
    synced: str | None = None
    synced_folder: str | None = None
    network: str | None = None
    read_only_file: bool = False
    read_only_folder: bool = False

    @property
    def read_only(self) -> bool:
        return self.read_only_file or self.read_only_folder

    @property
    def read_only_reason(self) -> Message | None:
        if self.read_only_file:
            return message("location.read_only_file")
        if self.read_only_folder:
            return message("location.read_only_folder")
        return None

    def warnings(self) -> list[Message]:
        """One message per risk, with the reason, for the user."""
        found = []
        if self.synced:
            found.append(message("location.synced", service=self.synced, folder=self.synced_folder))
        if self.network:
            found.append(message("location.network", detail=self.network))
        return found


def unc_share(raw: str) -> str | None:
    r"""``\\server\share`` (or ``//server/share``) when ``raw`` is a UNC path, else None."""
    text = raw.replace("/", "\\")
    if text.startswith("\\\\?\\UNC\\"):
        text = "\\\\" + text[8:]
    elif text.startswith("\\\\?\\") or text.startswith("\\\\.\\"):
        return None  # a local device path such as \\?\C:\...
    if not text.startswith("\\\\"):
        return None
    parts = [p for p in text[2:].split("\\") if p]
    if len(parts) < 2:
        return None
    return f"\\\\{parts[0]}\\{parts[1]}"


def synced_service(path: PurePath, environ: dict[str, str] | None = None) -> tuple[str, str] | None:
    """(service, folder) when a component of ``path`` is a sync client's folder."""
    env = os.environ if environ is None else environ
    text = str(path)
    for var in _ONEDRIVE_ENV:
        root = env.get(var)
        if root and _is_under(text, root):
            return "OneDrive", root
    parts = path.parts
    for i, part in enumerate(parts):
        if part.lower() == "cloudstorage" and i + 1 < len(parts):
            provider = parts[i + 1].split("-", 1)[0].lower()
            for prefix, service in _CLOUD_STORAGE_PROVIDERS.items():
                if provider.startswith(prefix):
                    return service, str(type(path)(*parts[: i + 2]))
        if part == "Mobile Documents":  # ~/Library/Mobile Documents/com~apple~CloudDocs
            return "iCloud Drive", str(type(path)(*parts[: i + 1]))
        for service, pattern in _SYNCED_PATTERNS:
            if pattern.match(part):
                return service, str(type(path)(*parts[: i + 1]))
    return None


def _is_under(path: str, root: str) -> bool:
    a = os.path.normcase(path).rstrip("\\/")
    b = os.path.normcase(root).rstrip("\\/")
    return a == b or a.startswith(b + "\\") or a.startswith(b + "/")


def _unescape_mount(field_text: str) -> str:
    r"""/proc/mounts writes space, tab, newline and backslash as \040, \011, \012, \134."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field_text)


def read_mounts(text: str | None = None) -> list[tuple[str, str, str]]:
    """(device, mount point, file system type) from /proc/mounts (or ``text``), or []."""
    if text is None:
        try:
            text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return []
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append((_unescape_mount(fields[0]), _unescape_mount(fields[1]), fields[2]))
    return mounts


def network_mount(path: str, mounts: list[tuple[str, str, str]]) -> str | None:
    """The reason when the longest mount point holding ``path`` is a network file system."""
    best: tuple[str, str, str] | None = None
    for device, point, fstype in mounts:
        if _is_under(path, point) and (best is None or len(point) > len(best[1])):
            best = (device, point, fstype)
    if best is None:
        return None
    device, point, fstype = best
    kind = fstype.lower()
    if kind in LOCAL_FUSE_TYPES:
        return None
    if kind in NETWORK_FS_TYPES or kind.startswith(("nfs", "fuse.")) or kind == "fuse":
        return f"{fstype} mount {device} on {point}"
    return None


def _windows_drive_is_remote(path: str) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(path))[0]
        if not drive:
            return False
        drive_remote = 4
        return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote)
    return False


def is_writable(path: str) -> bool:
    """Whether this process may write ``path`` (a separate function so tests can stub it)."""
    return os.access(path, os.W_OK)


def inspect_location(
    path: str | os.PathLike[str],
    *,
    mounts: list[tuple[str, str, str]] | None = None,
    environ: dict[str, str] | None = None,
) -> Location:
    """Everything :class:`Location` says about ``path`` (the file need not exist yet)."""
    raw = os.fspath(path)
    share = unc_share(raw)
    is_windows_style = share is not None or bool(re.match(r"^[A-Za-z]:[\\/]", raw))
    pure: PurePath = PureWindowsPath(raw) if is_windows_style else Path(raw).expanduser()
    if not is_windows_style:
        with contextlib.suppress(OSError):
            pure = Path(raw).expanduser().resolve()
    synced = synced_service(pure, environ)
    network: str | None = None
    if share is not None:
        network = f"network share {share}"
    elif sys.platform.startswith("linux") or mounts is not None:
        network = network_mount(str(pure), read_mounts() if mounts is None else mounts)
    elif _windows_drive_is_remote(raw):
        network = f"network drive {os.path.splitdrive(raw)[0]}"
    file_path = str(pure)
    folder = os.path.dirname(file_path) or "."
    read_only_file = os.path.exists(file_path) and not is_writable(file_path)
    read_only_folder = os.path.isdir(folder) and not is_writable(folder)
    return Location(
        path=file_path,
        synced=synced[0] if synced else None,
        synced_folder=synced[1] if synced else None,
        network=network,
        read_only_file=read_only_file,
        read_only_folder=read_only_folder,
    )
