"""One desktop notification, and what to do when the person chooses it.

Linux: ``org.freedesktop.Notifications.Notify`` on the session bus (Desktop Notifications
Specification 1.2), with a "default" action; we wait for ``ActionInvoked`` or ``NotificationClosed``.
The call is marshalled with jeepney (pure Python, already installed through keyring's SecretStorage)
rather than PySide6.QtDBus: measured with PySide6 6.11, QtDBus sends every Python int as ``i``, so the
call goes out as ``(sisssasa{sv}i)`` where the specification says ``(susssasa{sv}i)``, and GDBus-based
servers (GNOME Shell, dunst) refuse a call whose signature differs from their introspection.

Windows and macOS: a message of a ``QSystemTrayIcon`` (app.ui.tray_notice, installed by the entry
point), ``messageClicked`` to open.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections import deque

    from jeepney import Message
    from jeepney.io.blocking import DBusConnection

log = logging.getLogger(__name__)

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
NOTIFY_SIGNATURE = "susssasa{sv}i"
DEFAULT_ACTION = "default"  # the spec's action for clicking the notification itself
WAIT_FOR_CHOICE_S = 600.0  # how long the notifying process waits for a click before it leaves
_CALL_TIMEOUT_S = 10.0


@dataclass(frozen=True, slots=True)
class Notice:
    app_name: str
    title: str
    body: str
    open_label: str  # the action's label (a server may show it as a button)
    icon: str = ""  # an icon name of the theme (the app's id) or ""
    desktop_entry: str = ""  # the .desktop file's name without the suffix (a hint for the server)


class NotifyError(OSError):
    """No notification could be shown (no session bus, no notification server, the call refused)."""


def show(notice: Notice, on_open: Callable[[], None], *, wait_s: float = WAIT_FOR_CHOICE_S) -> bool:
    """Show ``notice``; call ``on_open`` if the person chooses it within ``wait_s``. Returns whether it
    was chosen. Raises :class:`NotifyError` when nothing could be shown."""
    if sys.platform.startswith("linux") or sys.platform.startswith("freebsd"):
        return _show_freedesktop(notice, on_open, wait_s)
    return _show_tray(notice, on_open, wait_s)


# ----- freedesktop.org ---------------------------------------------------------------------------------


def _show_freedesktop(notice: Notice, on_open: Callable[[], None], wait_s: float) -> bool:
    from jeepney import DBusErrorResponse

    try:
        return _freedesktop_session(notice, on_open, wait_s)
    except NotifyError:
        raise
    except (OSError, DBusErrorResponse) as exc:  # a bus that went away, a server that never answered
        raise NotifyError(f"the session bus failed: {type(exc).__name__}") from exc


def _error_name(message: Message) -> str:
    from jeepney import HeaderFields

    return str(message.header.fields.get(HeaderFields.error_name, "error"))


def _freedesktop_session(notice: Notice, on_open: Callable[[], None], wait_s: float) -> bool:
    from jeepney import DBusAddress, MatchRule, MessageType, message_bus, new_method_call
    from jeepney.io.blocking import Proxy, open_dbus_connection

    address = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=INTERFACE)
    try:
        connection = open_dbus_connection(bus="SESSION")
    except (OSError, KeyError, ValueError) as exc:  # KeyError: no DBUS_SESSION_BUS_ADDRESS
        raise NotifyError(f"no session bus: {type(exc).__name__}") from exc
    with connection:
        rule = MatchRule(type="signal", interface=INTERFACE, path=OBJECT_PATH)
        Proxy(message_bus, connection).AddMatch(rule)
        with connection.filter(rule, bufsize=64) as signals:
            caps = connection.send_and_get_reply(
                new_method_call(address, "GetCapabilities"), timeout=_CALL_TIMEOUT_S
            )
            if caps.header.message_type is MessageType.error:
                raise NotifyError(f"no notification server ({_error_name(caps)})")
            actions = "actions" in caps.body[0]
            hints: dict[str, tuple[str, object]] = {"urgency": ("y", 1)}
            if notice.desktop_entry:
                hints["desktop-entry"] = ("s", notice.desktop_entry)
            call = new_method_call(
                address,
                "Notify",
                NOTIFY_SIGNATURE,
                (
                    notice.app_name,
                    0,
                    notice.icon,
                    notice.title,
                    notice.body,
                    [DEFAULT_ACTION, notice.open_label] if actions else [],
                    hints,
                    -1,
                ),
            )
            reply = connection.send_and_get_reply(call, timeout=_CALL_TIMEOUT_S)
            if reply.header.message_type is MessageType.error:
                raise NotifyError(f"the notification was refused ({_error_name(reply)})")
            if not actions:
                return False  # the server cannot tell us it was chosen: shown, and that is all
            return _wait_for_choice(connection, signals, int(reply.body[0]), on_open, wait_s)


def _wait_for_choice(
    connection: DBusConnection,
    signals: deque[Message],
    notification_id: int,
    on_open: Callable[[], None],
    wait_s: float,
) -> bool:
    from jeepney import HeaderFields

    deadline = time.monotonic() + wait_s
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        try:
            message = connection.recv_until_filtered(signals, timeout=left)
        except TimeoutError:
            return False
        member = message.header.fields.get(HeaderFields.member)
        if not message.body or message.body[0] != notification_id:
            continue
        if member == "ActionInvoked" and message.body[1] == DEFAULT_ACTION:
            on_open()
            return True
        if member == "NotificationClosed":
            return False


# ----- Windows and macOS: the system tray ------------------------------------------------------------

# (notice, on_open, wait_s) -> chosen. A QSystemTrayIcon message lives in QtWidgets, which only app.ui
# imports: the entry point (app.main) installs app.ui.tray_notice.show_tray_notice here.
TrayPresenter = Callable[[Notice, Callable[[], None], float], bool]
_tray: list[TrayPresenter] = []


def use_tray(presenter: TrayPresenter) -> None:
    _tray[:] = [presenter]


def _show_tray(notice: Notice, on_open: Callable[[], None], wait_s: float) -> bool:
    if not _tray:
        raise NotifyError("no system tray presenter")
    return _tray[0](notice, on_open, wait_s)
