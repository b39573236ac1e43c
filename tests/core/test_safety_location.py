"""Where the file lives: synced and network folders by path, read-only files opened read-only."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest
from sqlalchemy import func, select

from prm_core.database import ReadOnlyOutdatedError, open_database
from prm_core.orm import Partner
from prm_core.safety import location
from prm_core.safety.errors import ReadOnlyDatabaseError
from prm_core.safety.location import (
    inspect_location,
    network_mount,
    read_mounts,
    synced_service,
    unc_share,
)
from prm_core.services import partners
from prm_core.services.errors import ServiceError
from prm_core.services.partners import PartnerData
from tests.core.test_safety_support import FIXTURES, HEAD_FIXTURE


@pytest.mark.parametrize(
    ("path", "service"),
    [
        (r"C:\Users\tanaka\OneDrive\PRM\prm.db", "OneDrive"),
        (r"C:\Users\tanaka\OneDrive - Contoso\営業\prm.db", "OneDrive"),
        ("/Users/tanaka/Library/CloudStorage/OneDrive-Contoso/prm.db", "OneDrive"),
        ("/home/tanaka/Dropbox/prm.db", "Dropbox"),
        (r"D:\Dropbox (Contoso)\prm.db", "Dropbox"),
        (
            "/Users/tanaka/Library/CloudStorage/GoogleDrive-t@example.com/My Drive/prm.db",
            "Google Drive",
        ),
        (r"G:\マイドライブ\prm.db", "Google Drive"),
        (r"C:\Users\tanaka\Google Drive\prm.db", "Google Drive"),
        ("/Users/tanaka/Library/Mobile Documents/com~apple~CloudDocs/prm.db", "iCloud Drive"),
        (r"C:\Users\tanaka\iCloudDrive\prm.db", "iCloud Drive"),
        ("/Users/tanaka/Library/CloudStorage/Box-Box/prm.db", "Box"),
        (r"C:\Users\tanaka\Box\prm.db", "Box"),
    ],
)
def test_synced_folders_are_recognised_by_path(path: str, service: str) -> None:
    pure = PureWindowsPath(path) if ":" in path[:3] else PurePosixPath(path)
    found = synced_service(pure, environ={})
    assert found is not None and found[0] == service
    assert path.startswith(found[1].replace("/", os.sep) if os.sep == "\\" else found[1])


@pytest.mark.parametrize(
    "path",
    ["/home/tanaka/Documents/prm.db", r"C:\Users\tanaka\Documents\dropbox-notes\prm.db"],
)
def test_ordinary_folders_are_not_synced(path: str) -> None:
    pure = PureWindowsPath(path) if ":" in path[:3] else PurePosixPath(path)
    assert synced_service(pure, environ={}) is None


def test_onedrive_is_found_from_its_environment_variable() -> None:
    pure = PureWindowsPath(r"E:\Company Files\PRM\prm.db")
    env = {"OneDriveCommercial": r"E:\Company Files"}
    assert synced_service(pure, environ=env) == ("OneDrive", r"E:\Company Files")


def test_unc_paths_are_network_shares() -> None:
    assert unc_share(r"\\fileserver\sales\prm\prm.db") == r"\\fileserver\sales"
    assert unc_share("//fileserver/sales/prm.db") == r"\\fileserver\sales"
    assert unc_share(r"\\?\UNC\fileserver\sales\prm.db") == r"\\fileserver\sales"
    assert unc_share(r"\\?\C:\data\prm.db") is None
    assert unc_share(r"C:\data\prm.db") is None
    found = inspect_location(r"\\fileserver\sales\prm.db")
    assert found.network == r"network share \\fileserver\sales"
    assert "network drive" in str(found.warnings()[0])


MOUNTS = r"""sysfs /sys sysfs rw,nosuid 0 0
/dev/sda2 / ext4 rw,relatime 0 0
nas:/export/sales /mnt/sales nfs4 rw,relatime 0 0
//fs01/営業 /mnt/my\040share cifs rw 0 0
tanaka@host:/data /home/tanaka/remote fuse.sshfs rw 0 0
/dev/sdb1 /media/usb fuseblk rw 0 0
rclone:gdrive /home/tanaka/gdrive fuse.rclone rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/mnt/sales/prm.db", "nfs4 mount nas:/export/sales on /mnt/sales"),
        ("/mnt/my share/prm.db", "cifs mount //fs01/営業 on /mnt/my share"),
        (
            "/home/tanaka/remote/x/prm.db",
            "fuse.sshfs mount tanaka@host:/data on /home/tanaka/remote",
        ),
        ("/home/tanaka/gdrive/prm.db", "fuse.rclone mount rclone:gdrive on /home/tanaka/gdrive"),
        ("/media/usb/prm.db", None),
        ("/home/tanaka/prm.db", None),
        ("/mnt/salesman/prm.db", None),
    ],
)
def test_linux_network_mounts(path: str, expected: str | None) -> None:
    assert network_mount(path, read_mounts(MOUNTS)) == expected


def test_location_of_a_local_file_has_no_warning(tmp_path: Path) -> None:
    found = inspect_location(tmp_path / "prm.db", mounts=read_mounts(MOUNTS), environ={})
    assert found.warnings() == [] and not found.read_only
    synced = inspect_location("/home/tanaka/Dropbox/prm.db", mounts=read_mounts(MOUNTS), environ={})
    assert [m.key for m in synced.warnings()] == ["location.synced"]
    assert "synced by Dropbox (/home/tanaka/Dropbox)" in str(synced.warnings()[0])


# -- read-only files ----------------------------------------------------------------------------
@pytest.fixture
def read_only_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fixture database, with the file reported as not writable (tests run as root, for
    whom chmod changes nothing, so the permission check itself is stubbed)."""
    path = tmp_path / "shared.db"
    shutil.copyfile(HEAD_FIXTURE, path)
    real = location.is_writable
    monkeypatch.setattr(location, "is_writable", lambda p: p != str(path) and real(p))
    return path


def test_a_read_only_file_opens_read_only(read_only_file: Path) -> None:
    before = read_only_file.read_bytes()
    found = inspect_location(read_only_file)
    assert found.read_only_file and not found.read_only_folder
    db = open_database(read_only_file)
    try:
        assert db.read_only
        assert db.read_only_reason is not None and str(db.read_only_reason) == (
            "the file is read-only"
        )
        with db.reading() as s:
            assert s.scalar(select(func.count()).select_from(Partner)) == 7
        with pytest.raises(ReadOnlyDatabaseError) as caught:
            partners.create_partner(db, PartnerData(name="書けない社"))
        assert isinstance(caught.value, ServiceError)  # the GUI shows it like a refused save
        assert str(caught.value).startswith(
            "This database is open read-only (the file is read-only). Nothing was saved"
        )
        assert caught.value.message.key == "db.read_only_write"
    finally:
        db.close()
    assert read_only_file.read_bytes() == before


def test_read_only_can_be_forced_and_refused(tmp_path: Path) -> None:
    path = tmp_path / "forced.db"
    shutil.copyfile(HEAD_FIXTURE, path)
    before = path.read_bytes()
    db = open_database(path, read_only=True)
    try:
        assert db.read_only
        with pytest.raises(ReadOnlyDatabaseError):
            partners.update_partner(
                db, 1, PartnerData(name="改名社", contract_date=date(2026, 1, 1))
            )
    finally:
        db.close()
    assert path.read_bytes() == before
    writable = open_database(path, read_only=False)
    assert not writable.read_only
    writable.close()


def test_a_read_only_file_with_an_old_schema_is_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURES / "schema_0001.db", path)
    monkeypatch.setattr(location, "is_writable", lambda p: p != str(path))
    with pytest.raises(ReadOnlyOutdatedError) as caught:
        open_database(path)
    assert "read-only and uses an older schema (0001)" in str(caught.value)
    db = open_database(path, upgrade=False)  # still readable as it is
    assert db.read_only
    db.close()


def test_a_read_only_folder_opens_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cd-rom"
    folder.mkdir()
    path = folder / "prm.db"
    shutil.copyfile(HEAD_FIXTURE, path)
    monkeypatch.setattr(location, "is_writable", lambda p: p != str(folder))
    db = open_database(path)
    try:
        assert db.read_only
        assert "folder is read-only" in str(db.read_only_reason)
    finally:
        db.close()


# -- real permissions (chmod), not a stubbed check ----------------------------------------------
NOBODY = 65534


def _without_root(fn: Callable[[], dict[str, object]]) -> dict[str, object]:
    """Run ``fn`` where file permissions apply. As a normal user, here. As root (CI runs as
    root, and root writes through any chmod), in a forked child that gave up root for the
    ``nobody`` user first; the child cannot load new modules from root's Python, so every
    module ``fn`` needs is imported by this file already."""
    if os.geteuid() != 0:
        return fn()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        code = 1
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            try:
                result: dict[str, object] = fn()
            except BaseException as exc:  # reported to the parent, which fails the test
                result = {"error": f"{type(exc).__name__}: {exc}"}
            os.write(write_end, json.dumps(result, default=str).encode())
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    chunks = []
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    return dict(json.loads(b"".join(chunks)))


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder everyone may enter (pytest's own tmp folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="prm-ro-"))
    folder.chmod(0o755)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    shutil.rmtree(folder)


def _wal_copy(folder: Path, name: str) -> Path:
    """The 0003 fixture as the app leaves a file it used: in WAL mode, no -wal/-shm left."""
    path = folder / name
    shutil.copyfile(HEAD_FIXTURE, path)
    open_database(path).close()
    assert not Path(f"{path}-wal").exists()
    return path


def _open_and_try_to_write(path: Path) -> dict[str, object]:
    db = open_database(path)
    try:
        with db.reading() as s:
            count = s.scalar(select(func.count()).select_from(Partner))
        try:
            partners.create_partner(db, PartnerData(name="書けない社"))
            refused = ""
        except ReadOnlyDatabaseError as exc:
            refused = exc.message.key
        return {
            "read_only": db.read_only,
            "reason": db.read_only_reason.key if db.read_only_reason else None,
            "partners": count,
            "refused": refused,
        }
    finally:
        db.close()


def _writable_first(folder: Path) -> None:
    """The same steps on a writable copy: they write (so the refusal below is the file's
    doing), and every module they need is loaded before a forked child gives up root."""
    result = _open_and_try_to_write(_wal_copy(folder, "writable.db"))
    assert result == {"read_only": False, "reason": None, "partners": 7, "refused": ""}


def test_a_chmod_read_only_file_opens_read_only_for_real(shared_folder: Path) -> None:
    _writable_first(shared_folder)
    path = _wal_copy(shared_folder, "chmod.db")
    path.chmod(0o444)
    before = path.read_bytes()
    result = _without_root(lambda: _open_and_try_to_write(path))
    assert result == {
        "read_only": True,
        "reason": "location.read_only_file",
        "partners": 7,
        "refused": "db.read_only_write",
    }
    assert path.read_bytes() == before


def test_a_file_in_an_unwritable_folder_opens_read_only_for_real(shared_folder: Path) -> None:
    _writable_first(shared_folder)
    folder = shared_folder / "readonly-folder"
    folder.mkdir()
    path = _wal_copy(folder, "prm.db")
    if os.geteuid() == 0:
        os.chown(path, NOBODY, NOBODY)  # the file itself is writable for nobody: only the folder
    path.chmod(0o666)
    folder.chmod(0o555)  # SQLite cannot create its -wal and -shm files here
    before = path.read_bytes()
    result = _without_root(lambda: _open_and_try_to_write(path))
    assert result == {
        "read_only": True,
        "reason": "location.read_only_folder",
        "partners": 7,
        "refused": "db.read_only_write",
    }
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["prm.db"]
