"""``myna-prep certificates verify FILE... [--json]`` and ``certificates import FILE... [--profile NAME]``.

``verify`` changes nothing: exit 0 when every file is valid, 7 when any is not, 2 on usage.
``import`` verifies each file and keeps the valid ones for the profile (a 0600 byte-for-byte copy in the
data folder and the facts); a file that is not valid is never recorded. Exit 0 when every file was kept
(again: importing twice is harmless), 7 when any was not valid, 2 usage or unknown profile, 1 the store
could not be used. Top-level imports are standard library only (see ``app.cli``).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.domain.model import MemberState
    from app.domain.received import ReceivedFile, Verification

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_NOT_VALID = 7

TEXTS: dict[str, dict[str, str]] = {
    "ja": {
        "kept": "{file}: 取り込みました（{what}）。",
        "again": "{file}: 取り込み済みです（{what}）。",
        "matched": "  プランの「{type}（{issuer}）」は、データ受領済（署名確認済）になりました。",
        "other_year": "  {year}年分の証明書です（今回の申告は{target}年分）。",
        "unmatched": "  プランにない証明書等です。アプリの「準備完了」でプランに追加できます。",
        "not_kept": "{file}: 取り込みませんでした。{message}",
        "unknown_profile": "プロフィール「{name}」は登録されていません（登録済み: {known}）。",
        "no_profile": "プロフィールがまだ登録されていません。アプリを起動して登録してください。",
    },
    "en": {
        "kept": "{file}: imported ({what}).",
        "again": "{file}: already imported ({what}).",
        "matched": "  The plan's {type} ({issuer}) is now data received (signature verified).",
        "other_year": "  This certificate is for {year} (this filing is for {target}).",
        "unmatched": "  This certificate is not in the plan; add it on the app's 準備完了 page.",
        "not_kept": "{file}: not imported. {message}",
        "unknown_profile": 'There is no profile named "{name}" (known: {known}).',
        "no_profile": "No profile has been registered yet. Start the app and add one.",
    },
}


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "certificates",
        help="verify or import electronic certificates (e-Tax XML)",
        description="電子的控除証明書等（XML）の署名を確認し、取り込みます",
    )
    actions = parser.add_subparsers(dest="certificates_action", metavar="ACTION", required=True)
    verify = actions.add_parser("verify", help="verify the signatures of FILEs (changes nothing)")
    verify.add_argument("files", metavar="FILE", nargs="+", type=Path)
    verify.add_argument("--json", action="store_true", help="print one JSON array on stdout")
    verify.add_argument("--lang", choices=("ja", "en"), default=argparse.SUPPRESS)
    imp = actions.add_parser("import", help="verify FILEs and keep the valid ones for a profile")
    imp.add_argument("files", metavar="FILE", nargs="+", type=Path)
    imp.add_argument("--profile", metavar="NAME", help="the profile's display name (default: 本人)")
    imp.add_argument("--lang", choices=("ja", "en"), default=argparse.SUPPRESS)
    imp.add_argument("--today", metavar="YYYY-MM-DD", type=date.fromisoformat, help=argparse.SUPPRESS)
    parser.set_defaults(command="certificates")


def _iso(value: object) -> str | None:
    return None if value is None else value.isoformat()  # type: ignore[attr-defined]


def verification_json(path: Path, v: Verification, lang: str) -> dict[str, Any]:
    from app.domain.received import message

    facts, signer = v.facts, v.signer
    return {
        "file": str(path),
        "form": None if facts is None else facts.form,
        "form_name": None if facts is None else facts.form_name,
        "type_id": None if facts is None else facts.type_id,
        "tax_year": None if facts is None else facts.tax_year,
        "issuer": None if facts is None or not facts.issuer else facts.issuer,
        "person": None if facts is None or not facts.person else facts.person,
        "created_on": None if facts is None else _iso(facts.created_on),
        "amounts": []
        if facts is None
        else [
            {"code": a.code, "label": a.label_en if lang == "en" else a.label_ja, "value": a.value}
            for a in facts.amounts
        ],
        "verdict": v.verdict.value,
        "reason": v.reason.value,
        "sha256": v.sha256 or None,
        "signer": None
        if signer is None
        else {
            "subject": signer.subject,
            "issuer": signer.issuer,
            "not_before": signer.not_before.isoformat(),
            "not_after": signer.not_after.isoformat(),
            "valid_on_creation": signer.valid_on_creation,
            "trusted": "unknown" if signer.trusted is None else signer.trusted,
            "algorithm": signer.algorithm,
        },
        "message": message(v.reason, lang),
    }


def _human(doc: dict[str, Any], lang: str) -> str:
    head = f"{doc['file']}: {doc['verdict']}"
    if doc["form"]:
        head += f" [{doc['form']} {doc['form_name'] or ''}]".rstrip()
    lines = [head, f"  {doc['message']}"]
    if doc["verdict"] == "valid":
        en = lang == "en"
        lines.append(("  tax year: " if en else "  年分: ") + str(doc["tax_year"]))
        lines.append(("  issuer: " if en else "  発行者: ") + (doc["issuer"] or "-"))
        lines.append(("  person: " if en else "  対象者: ") + (doc["person"] or "-"))
        for a in doc["amounts"]:
            lines.append(f"  {a['label']}: {a['value']:,}")
        signer = doc["signer"]
        lines.append(("  signer: " if en else "  署名者: ") + signer["subject"])
    return "\n".join(lines)


def _verify(args: argparse.Namespace, lang: str) -> int:
    from app.certificates.verify import verify_file

    docs = [verification_json(p, verify_file(p), lang) for p in args.files]
    if getattr(args, "json", False):
        print(json.dumps(docs, ensure_ascii=False, indent=2))
    else:
        print("\n".join(_human(d, lang) for d in docs))
    return EXIT_OK if all(d["verdict"] == "valid" for d in docs) else EXIT_NOT_VALID


def _what(record: ReceivedFile, lang: str) -> str:
    from app.certificates.fields import english_form_name
    from app.certificates.schema import form_schema

    name = english_form_name(record.form) if lang == "en" else form_schema(record.form).form_name
    return f"{name}, {record.issuer}, {record.tax_year}"


def _report_match(member: MemberState, record: ReceivedFile, target: int, lang: str) -> list[str]:
    from app.domain.catalog import default_catalog
    from app.domain.phrases import type_name
    from app.domain.received import find_received

    t = TEXTS[lang]
    lines = []
    if record.tax_year != target:
        lines.append(t["other_year"].format(year=record.tax_year, target=target))
    for c in member.certificates:
        if find_received(c.type_id, c.issuer, (record,), target) is record:
            name = type_name(c.type_id, default_catalog(), lang)
            lines.append(t["matched"].format(type=name, issuer=c.issuer))
            return lines
    if record.tax_year == target:
        lines.append(t["unmatched"])
    return lines


def _import(args: argparse.Namespace, lang: str) -> int:
    from app import paths
    from app.certificates.verify import read_for_import
    from app.domain.deadlines import current_tax_year
    from app.domain.received import message
    from app.domain.rules import default_member
    from app.store.errors import StoreError
    from app.store.repository import Store

    t = TEXTS[lang]
    target = current_tax_year(getattr(args, "today", None) or date.today())
    name: str | None = getattr(args, "profile", None)
    data_dir = paths.data_dir(getattr(args, "data_dir", None))
    failed = False
    try:
        store, notices = Store.open(data_dir)
        with store:
            for notice in notices:
                print(notice.text, file=sys.stderr)
            household = store.load_household()
            member = default_member(household, name)
            if member is None:
                if name is None or not household.members:
                    print(t["no_profile"], file=sys.stderr)
                else:
                    known = "、".join(m.profile.display_name for m in household.members)
                    print(t["unknown_profile"].format(name=name, known=known), file=sys.stderr)
                return EXIT_USAGE
            for path in args.files:
                read = read_for_import(path)
                if not isinstance(read, tuple) or not read[1].valid:
                    v = read if not isinstance(read, tuple) else read[1]
                    print(t["not_kept"].format(file=path, message=message(v.reason, lang)), file=sys.stderr)
                    failed = True
                    continue
                data, verification = read
                record, new = store.keep_received(member.profile.id, data, verification, path.name)
                print(t["kept" if new else "again"].format(file=path, what=_what(record, lang)))
                for line in _report_match(member, record, target, lang):
                    print(line)
    except StoreError as exc:
        print(exc.text(), file=sys.stderr)
        return EXIT_FAILED
    return EXIT_NOT_VALID if failed else EXIT_OK


def run(args: argparse.Namespace) -> int:
    lang = getattr(args, "lang", None) or "ja"
    if args.certificates_action == "verify":
        return _verify(args, lang)
    return _import(args, lang)
