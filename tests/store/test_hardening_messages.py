"""Issue 12, item 9: every refusal is the one sentence that names the real cause (real read-only and
full filesystems, a data folder that is a file, another local user without permission)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.store import messages
from app.store.backup import export_backup
from app.store.repository import Store
from tests.store.helpers import can_mount, fill_household, remount_read_only, tmpfs
from tests.store.hostile import OTHER_UID, as_other_user, cli, needs_setpriv, shared_dir

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and filesystems")
needs_mount = pytest.mark.skipif(
    not can_mount(), reason="mounting a tmpfs needs root where mounts are allowed"
)


@pytest.fixture
def backup_file(tmp_path: Path) -> Path:
    store, _ = Store.open(tmp_path / "source")
    with store:
        fill_household(store)
        export_backup(store, tmp_path / "b.json")
    return tmp_path / "b.json"


@pytest.fixture
def small_fs(tmp_path: Path) -> Iterator[Path]:
    with tmpfs(tmp_path / "fs", 512) as mounted:
        yield mounted


@needs_mount
def test_import_into_a_read_only_folder_says_read_only(backup_file: Path, small_fs: Path) -> None:
    data = small_fs / "data"
    Store.open(data)[0].close()
    remount_read_only(small_fs)
    result = cli("--data-dir", str(data), "backup", "import", str(backup_file))
    assert result.returncode == 1
    assert result.stderr == str(messages.lock_failed(data, OSError(30, ""))) + "\n"
    assert "読み取り専用" in result.stderr and "起動中" not in result.stderr


@needs_mount
def test_import_onto_a_full_disk_says_the_disk_is_full(backup_file: Path, small_fs: Path) -> None:
    data = small_fs / "data"
    Store.open(data)[0].close()
    fd = os.open(small_fs / "filler", os.O_WRONLY | os.O_CREAT)  # take every free block
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    result = cli("--data-dir", str(data), "backup", "import", str(backup_file))
    assert result.returncode == 1
    assert "ディスクの空き容量が足りない" in result.stderr and "起動中" not in result.stderr


@pytest.mark.parametrize("command", ["import", "plan", "checklist"])
def test_a_data_folder_that_is_a_file_is_named_as_such(
    backup_file: Path, tmp_path: Path, command: str
) -> None:
    data = tmp_path / "data-file"
    data.write_text("not a folder")
    args = {
        "import": ("backup", "import", str(backup_file)),
        "plan": ("plan",),
        "checklist": ("checklist", "--pdf", str(tmp_path / "c.pdf")),
    }[command]
    result = cli("--data-dir", str(data), *args)
    assert (result.returncode, result.stderr) == (1, str(messages.dir_is_file(data)) + "\n")
    assert not (tmp_path / "c.pdf").exists() and data.read_text() == "not a folder"


@needs_setpriv
def test_export_and_checklist_into_a_folder_without_permission(backup_file: Path) -> None:
    with shared_dir() as shared:
        locked = shared / "locked"
        locked.mkdir(mode=0o700)  # root's: the other user may not even look inside
        data = shared / "data"
        made = cli(
            "--data-dir", str(data), "backup", "import", str(_readable(backup_file, shared)), user=OTHER_UID
        )
        assert made.returncode == 0, made.stderr
        export = cli("--data-dir", str(data), "backup", "export", str(locked / "b.json"), user=OTHER_UID)
        assert export.returncode == 1 and "Traceback" not in export.stderr
        assert (
            export.stderr
            == str(messages.backup_write_failed(locked / "b.json", PermissionError(13, ""))) + "\n"
        )
        pdf = cli("--data-dir", str(data), "checklist", "--pdf", str(locked / "c.pdf"), user=OTHER_UID)
        assert pdf.returncode == 1 and "Traceback" not in pdf.stderr
        assert "アクセスする権限がない" in pdf.stderr


@needs_setpriv
def test_a_database_of_another_user_is_named_not_an_unwritable_folder() -> None:
    with shared_dir() as shared:
        data = shared / "data"
        Store.open(data)[0].close()  # root's database …
        os.chown(data, OTHER_UID, OTHER_UID)  # … in the other user's folder
        result = cli("--data-dir", str(data), "plan", user=OTHER_UID)
        assert (result.returncode, result.stderr) == (
            1,
            str(messages.db_not_regular(data / "myna-prep.db")) + "\n",
        )
        probe = as_other_user("ls", str(data))
        assert probe.returncode == 0


def _readable(path: Path, shared: Path) -> Path:
    copy = shared / path.name
    copy.write_bytes(path.read_bytes())
    copy.chmod(0o644)
    return copy
