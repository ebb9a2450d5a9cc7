"""Child process of the crash-safety test: records progress in a loop and prints each committed id.

Run as ``python -m tests.store.crash_child DATA_DIR FIRST_ID``. A line ``N`` is printed only after the
transaction that recorded item ``crash.N`` returned, so every printed id must survive a SIGKILL.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.domain.model import TaskState
from app.store.repository import Store


def main(data_dir: Path, first: int) -> None:
    store, _ = Store.open(data_dir)
    members = store.load_household().members
    pid = members[0].profile.id if members else store.add_profile("クラッシュ").id
    print("ready", flush=True)
    n = first
    while True:
        store.set_progress(pid, f"crash.{n}", state=TaskState.DONE, note=str(n))
        print(n, flush=True)
        n += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
