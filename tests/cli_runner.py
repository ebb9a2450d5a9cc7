"""The command line run inside the test process, for tests whose subject is what a command says,
writes and returns rather than the child process itself: a child pays the interpreter's and Qt's
start-up (about 0.7 s of CPU) each time. Tests of the process as such (no traceback on a real exit,
the system language taken from the environment, the platform chosen without a display) keep a
child process.

Global state a command changes is put back: the language (``--lang`` and the installed catalogue),
the umask, the environment it was given, stdout and stderr.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from PySide6.QtWidgets import QApplication

_app: list[QApplication] = []  # the one QApplication, if the commands come before pytest-qt's


@dataclass(frozen=True, slots=True)
class Completed:
    """What ``subprocess.run(..., capture_output=True, text=True)`` returns, the parts tests read."""

    returncode: int
    stdout: str
    stderr: str


class _Stream(io.TextIOWrapper):
    """A text stream with the ``buffer`` a command may write bytes to, as sys.stdout has."""

    def __init__(self) -> None:
        super().__init__(io.BytesIO(), encoding="utf-8", write_through=True)

    def text(self) -> str:
        self.flush()
        raw = self.buffer
        assert isinstance(raw, io.BytesIO)
        return raw.getvalue().decode("utf-8")


@contextlib.contextmanager
def _environment(env: Mapping[str, str] | None) -> Iterator[None]:
    if env is None:
        yield
        return
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def run_in_process(*argv: str, env: Mapping[str, str] | None = None) -> Completed:
    """``myna-prep ARGV`` as ``app.main.main`` runs it; ``env`` replaces the environment meanwhile."""
    from app import i18n
    from app.main import main

    if QApplication.instance() is None:  # a command makes a QGuiApplication; the suite needs widgets
        _app.append(QApplication([]))
    language = i18n.current_language() or i18n.SOURCE_LANGUAGE
    umask = os.umask(0o077)
    os.umask(umask)
    out, err = _Stream(), _Stream()
    try:
        with _environment(env), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(argv))
            except SystemExit as exit:  # argparse: --help, usage errors
                code = exit.code if isinstance(exit.code, int) else int(exit.code is not None)
        return Completed(code, out.text(), err.text())
    finally:
        os.umask(umask)
        i18n.forget_override()
        i18n.install(language)
