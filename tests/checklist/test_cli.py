"""``myna-prep checklist --pdf FILE [--profile NAME] [--household] [--lang ja|en]`` as a real process:
its successes, and every failure as one clear message, a non-zero exit, no traceback and no file left."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.checklist.helpers import pdftotext_pages, squash
from tests.cli_runner import Completed, run_in_process
from tests.store.helpers import can_mount, remount_read_only, tmpfs

ROOT = Path(__file__).resolve().parents[2]


def run_cli(data_dir: Path, *args: str, env: dict[str, str] | None = None, child: bool = False) -> Completed:
    """The command in this process; in a child with ``child`` or another system language or
    locale (``env``), which Qt reads once per process."""
    argv = ("--data-dir", str(data_dir), "checklist", *args)
    if env is None and not child:
        return run_in_process(*argv)
    environment = {**os.environ, **(env or {})}
    environment.pop("QT_QPA_PLATFORM", None)  # the command chooses offscreen itself without a display
    environment.pop("DISPLAY", None)
    environment.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-m", "app", *argv],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        timeout=120,
    )
    return Completed(done.returncode, done.stdout, done.stderr)


def assert_clean_failure(result: Completed, code: int) -> None:
    assert result.returncode == code, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stdout == ""


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part") or p.suffix == ".pdf")


def test_writes_the_filers_checklist(full_data_dir: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "out" / "checklist.pdf"
    pdf.parent.mkdir()
    result = run_cli(full_data_dir, "--pdf", str(pdf), "--today", "2026-01-14", child=True)  # no display
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    pages = len(PdfReader(str(pdf)).pages)
    assert result.stdout.strip() == f"{pdf} に書き出しました（{pages}ページ）"
    first, *_ = pdftotext_pages(pdf)
    text = squash("".join(pdftotext_pages(pdf)))
    assert first.count("山田 太郎") == 1 and "（本人）" not in text  # the name once, no 「本人（本人）」
    assert "令和7年分" in text and "申告期限まであと61日" in text
    assert leftovers(pdf.parent) == ["checklist.pdf"]


def test_profile_household_and_english(full_data_dir: Path, tmp_path: Path) -> None:
    one = tmp_path / "hanako.pdf"
    result = run_cli(full_data_dir, "--pdf", str(one), "--profile", "山田 花子", "--lang", "en")
    assert result.returncode == 0, result.stderr
    text = "".join(pdftotext_pages(one))
    assert "山田 花子" in text and "(spouse)" not in text and "(self)" not in text
    assert "Mynaportal linkage: preparation checklist" in text
    everyone = tmp_path / "all.pdf"
    result = run_cli(full_data_dir, "--pdf", str(everyone), "--household", "--page-size", "Letter")
    assert result.returncode == 0, result.stderr
    text = squash("".join(pdftotext_pages(everyone)))
    for name in ("山田 太郎", "山田 花子", "山田 松", "佐藤 次郎"):
        assert squash(name) in text
    assert round(float(PdfReader(str(everyone)).pages[0].mediabox.width)) == 612


def test_without_any_profile_the_blank_form_is_written(tmp_path: Path) -> None:
    data = tmp_path / "nothing-yet"
    pdf = tmp_path / "blank.pdf"
    result = run_cli(data, "--pdf", str(pdf))
    assert result.returncode == 0, result.stderr
    assert "氏名:" in "".join(pdftotext_pages(pdf))
    assert not data.exists()  # printing creates no database


def test_unknown_profile(full_data_dir: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "x.pdf"
    result = run_cli(full_data_dir, "--pdf", str(pdf), "--profile", "山田 三郎")
    assert_clean_failure(result, 2)
    assert result.stderr.startswith("プロフィール「山田 三郎」は登録されていません（登録済み: 山田 太郎、")
    assert leftovers(tmp_path) == []
    result = run_cli(full_data_dir, "--pdf", str(pdf), "--profile", "Nobody", "--lang", "en")
    assert_clean_failure(result, 2)
    assert result.stderr.startswith('There is no profile named "Nobody"')


def test_a_failure_leaves_an_existing_file_untouched(full_data_dir: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "keep.pdf"
    pdf.write_bytes(b"previous contents")
    assert_clean_failure(run_cli(full_data_dir, "--pdf", str(pdf), "--profile", "いない人"), 2)
    assert pdf.read_bytes() == b"previous contents"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--pdf", "{tmp}/x.pdf", "--lang", "fr"), "invalid choice: 'fr'"),
        (("--pdf", "{tmp}/x.pdf", "--page-size", "B5"), "invalid choice: 'B5'"),
        (("--pdf", "{tmp}/x.pdf", "--today", "yesterday"), "--today"),
        (("--profile", "山田 太郎"), "the following arguments are required: --pdf"),
        (("--pdf", "{tmp}/x.pdf", "--bogus"), "unrecognized arguments: --bogus"),
    ],
)
def test_bad_options(full_data_dir: Path, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    # argparse's refusals in English: this system's language is English.
    result = run_cli(full_data_dir, *(a.format(tmp=tmp_path) for a in args), env={"LANGUAGE": "en"})
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert message in result.stderr
    assert leftovers(tmp_path) == []


def test_profile_and_household_together_are_refused(full_data_dir: Path, tmp_path: Path) -> None:
    result = run_cli(full_data_dir, "--pdf", str(tmp_path / "x.pdf"), "--profile", "山田 太郎", "--household")
    assert_clean_failure(result, 2)
    assert result.stderr.strip() == "--profile と --household は同時に指定できません。"


def test_missing_folder_and_folder_as_target(full_data_dir: Path, tmp_path: Path) -> None:
    result = run_cli(full_data_dir, "--pdf", str(tmp_path / "no" / "such" / "x.pdf"))
    assert_clean_failure(result, 1)
    assert result.stderr.strip() == f"保存先のフォルダがありません: {tmp_path / 'no' / 'such'}"
    result = run_cli(full_data_dir, "--pdf", str(tmp_path))
    assert_clean_failure(result, 1)
    assert "保存先がフォルダです" in result.stderr
    assert leftovers(tmp_path) == []


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody may write to: a read-only tmpfs as root, a 0o500 folder otherwise."""
    where = tmp_path / "ro"
    where.mkdir()
    if os.geteuid() == 0:
        if not can_mount():
            pytest.skip("root without mount permission: no read-only folder available")
        with tmpfs(where, 256):
            remount_read_only(where)
            yield where
    else:
        where.chmod(0o500)
        try:
            yield where
        finally:
            where.chmod(0o700)


def test_unwritable_folder(full_data_dir: Path, read_only_folder: Path) -> None:
    pdf = read_only_folder / "x.pdf"
    result = run_cli(full_data_dir, "--pdf", str(pdf))
    assert_clean_failure(result, 1)
    assert result.stderr.startswith(f"PDFを書き込めません: {pdf}（")
    assert list(read_only_folder.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or not can_mount(), reason="needs root and mount to make a full disk")
def test_full_disk_leaves_no_partial_file(full_data_dir: Path, tmp_path: Path) -> None:
    where = tmp_path / "small"
    where.mkdir()
    with tmpfs(where, 32):
        result = run_cli(full_data_dir, "--pdf", str(where / "x.pdf"), "--household")
        assert_clean_failure(result, 1)
        # Qt notices the full disk at a page break or not at all; the trailer check catches the rest.
        assert "No space left on device" in result.stderr
        assert list(where.iterdir()) == []


@pytest.mark.parametrize(("locale", "width"), [("en_US.UTF-8", 612), ("ja_JP.UTF-8", 595)])
def test_paper_follows_the_locale_without_page_size(
    full_data_dir: Path, tmp_path: Path, locale: str, width: int
) -> None:
    """Letter where the locale uses it (the US), A4 elsewhere; --lang keeps the words Japanese."""
    pdf = tmp_path / f"{locale}.pdf"
    env = {"LC_ALL": locale, "LANG": locale}
    result = run_cli(full_data_dir, "--pdf", str(pdf), "--lang", "ja", "--today", "2026-01-14", env=env)
    assert result.returncode == 0, result.stderr
    assert round(float(PdfReader(str(pdf)).pages[0].mediabox.width)) == width
    assert "マイナポータル連携 事前準備チェックリスト" in pdftotext_pages(pdf)[0]
