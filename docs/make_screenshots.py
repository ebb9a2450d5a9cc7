"""Screenshots for the README and for review: a sample household, then ``--screenshot``.

Run: .venv/bin/python docs/make_screenshots.py OUT_DIR [--lang ja|en]
The sample uses real company names a household would type, never the guide's fictional ones.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.domain.model import (  # noqa: E402
    Channel,
    DelegatedService,
    Delegation,
    DelegationOperation,
    LinkageStatus,
    Readiness,
    Relation,
    Service,
    TaskState,
)
from app.store.repository import Store  # noqa: E402


def sample_household(data_dir: Path) -> None:
    store, _ = Store.open(data_dir)
    with store:
        me = store.add_profile("本人", Relation.SELF)
        spouse = store.add_profile("花子", Relation.SPOUSE)
        for item in ("step0.card", "step0.reader", "step1.app", "step1.register", "step1.login"):
            store.set_progress(me.id, item, state=TaskState.DONE)
        store.set_progress(me.id, "step2.open_page", state=TaskState.DONE)
        life = store.add_certificate(me.id, "life_insurance", "日本生命", Channel.E_SHISHOBAKO)
        quake = store.add_certificate(me.id, "earthquake_insurance", "東京海上日動", Channel.MINKAN_ETAX)
        store.add_certificate(me.id, "securities_annual_report", "楽天証券", Channel.MYPOST)
        store.add_certificate(me.id, "public_pension_withholding", "日本年金機構", Channel.NENKIN_NET)
        medical = store.add_certificate(me.id, "medical_expense_notice", "医療保険者", Channel.MYNAPORTAL)
        soon = date.today() + timedelta(days=3)
        store.set_linkage(me.id, Service.ETAX, status=LinkageStatus.COMPLETE)
        store.set_linkage(me.id, Service.E_SHISHOBAKO, status=LinkageStatus.COMPLETE)
        store.set_linkage(me.id, Service.MYPOST, status=LinkageStatus.CHECK, follow_up=soon, note="MyPostで確認")
        store.update_certificate(
            life.id, registration=TaskState.DONE, issuer_link=TaskState.DONE, readiness=Readiness.READY
        )
        store.update_certificate(quake.id, registration=TaskState.WAITING, follow_up=soon)
        store.update_certificate(medical.id, readiness=Readiness.PROCESSING)
        store.add_certificate(spouse.id, "medical_expense_notice", "医療保険者", Channel.MYNAPORTAL)
        store.save_delegation(
            Delegation(
                id=0,
                delegator_profile_id=spouse.id,
                delegate_profile_id=me.id,
                relation_name="妻",
                valid_from=date(2026, 1, 10),
                valid_to=date(2027, 1, 9),
                services=frozenset({DelegatedService.MEDICAL_NOTICES}),
                operations={DelegationOperation.LOGIN_AND_OPEN_MENU: TaskState.DONE},
            )
        )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--lang", default="ja", choices=("ja", "en"))
    parser.add_argument("--theme", choices=("light", "dark"))
    parser.add_argument("--size", default="1200x820", help="window size, e.g. 1024x700")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        sample_household(Path(data))
        command = [sys.executable, "-m", "app", "--data-dir", data, "--lang", args.lang]
        if args.theme:
            command += ["--theme", args.theme]
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MYNA_PREP_SCREENSHOT_SIZE=args.size)
        return subprocess.run([*command, "--screenshot", args.out], env=env, cwd=ROOT).returncode


if __name__ == "__main__":
    raise SystemExit(main())
