"""A small notification server for the tests: org.freedesktop.Notifications on the session bus.

Run as ``python -m tests.reminders.notification_server RECORD {choose|close}`` with
DBUS_SESSION_BUS_ADDRESS set to a private bus. It answers GetCapabilities (actions, body) and
GetServerInformation; a Notify call whose signature is not the specification's ``susssasa{sv}i`` is
refused with InvalidArgs, as GDBus-based servers (GNOME Shell, dunst) refuse it. Each accepted call is
appended to RECORD as one JSON line; then the server emits ActionInvoked(id, "default") (``choose``: the
person clicked it) or NotificationClosed(id, 2) (``close``: dismissed), and keeps serving.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from jeepney import DBusAddress, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import Proxy, open_dbus_connection

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
SIGNATURE = "susssasa{sv}i"
NOTIFICATION_ID = 42


def main(record: Path, choice: str) -> int:
    emitter = DBusAddress(PATH, interface=NAME)
    with open_dbus_connection(bus="SESSION") as connection:
        reply = Proxy(message_bus, connection).RequestName(NAME, 4)  # DO_NOT_QUEUE
        if reply != (1,):  # PRIMARY_OWNER
            print(f"could not own {NAME}: {reply}", file=sys.stderr)
            return 1
        print("ready", flush=True)
        while True:
            message = connection.receive()
            header = message.header
            if header.message_type is not MessageType.method_call:
                continue
            member = header.fields.get(3)
            signature = header.fields.get(8, "")
            if member == "GetCapabilities":
                connection.send(new_method_return(message, "as", (["actions", "body"],)))
            elif member == "GetServerInformation":
                connection.send(new_method_return(message, "ssss", ("test-server", "myna-prep", "1", "1.2")))
            elif member == "Notify" and signature != SIGNATURE:
                error = f"Type of message, '({signature})', does not match expected type '({SIGNATURE})'"
                connection.send(new_error(message, "org.freedesktop.DBus.Error.InvalidArgs", "s", (error,)))
            elif member == "Notify":
                app, replaces, icon, summary, body, actions, hints, timeout = message.body
                entry = {
                    "signature": signature,
                    "app_name": app,
                    "replaces_id": replaces,
                    "icon": icon,
                    "summary": summary,
                    "body": body,
                    "actions": actions,
                    "hints": {key: value for key, (_sig, value) in hints.items()},
                    "timeout": timeout,
                }
                with record.open("a", encoding="utf-8") as out:
                    out.write(json.dumps(entry, ensure_ascii=False) + "\n")
                connection.send(new_method_return(message, "u", (NOTIFICATION_ID,)))
                if choice == "choose":
                    connection.send(new_signal(emitter, "ActionInvoked", "us", (NOTIFICATION_ID, "default")))
                else:
                    connection.send(new_signal(emitter, "NotificationClosed", "uu", (NOTIFICATION_ID, 2)))
            else:
                connection.send(
                    new_error(message, "org.freedesktop.DBus.Error.UnknownMethod", "s", (str(member),))
                )


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), sys.argv[2]))
