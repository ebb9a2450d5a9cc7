"""``myna-prep certificates verify FILE... [--json]`` and ``certificates import FILE... [--profile NAME]``.

``verify`` changes nothing: exit 0 when every file is valid, 7 when any is not, 2 on usage.
``import`` verifies each file and keeps the valid ones for the profile (a 0600 byte-for-byte copy in the
data folder and the facts); a file that is not valid is never recorded. Exit 0 when every file was kept
(again: importing twice is harmless), 7 when any was not valid, 2 usage or unknown profile
(``household.find_member``), 1 the store could not be used. Top-level imports are standard library
only (see ``app.cli``).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.commands import EXIT_FAILED, EXIT_OK

if TYPE_CHECKING:
    from app.domain.catalog import Catalog
    from app.domain.model import MemberState
    from app.domain.received import ReceivedFile, SignerTrust, Verification

EXIT_NOT_VALID = 7


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from app.commands import options
    from app.i18n import translate

    parser = options.command(
        subparsers,
        "certificates",
        translate("Cli", "電子的控除証明書等（e-Tax の XML）の署名を確認し、取り込みます"),
        translate("Cli", "電子的控除証明書等（XML）の署名を確認し、取り込みます"),
    )
    actions = options.actions(parser, "certificates_action")
    verify = actions.add_parser(
        "verify", help=translate("Cli", "FILE の署名を確認します（何も変更しません）")
    )
    verify.add_argument("files", metavar="FILE", nargs="+", type=Path)
    options.flag(verify, "--json", translate("Cli", "JSON の配列を1つ標準出力に書きます"))
    options.lang(verify)
    imp = actions.add_parser(
        "import", help=translate("Cli", "FILE の署名を確認し、確認できたものをプロフィールに取り込みます")
    )
    imp.add_argument("files", metavar="FILE", nargs="+", type=Path)
    options.profile(imp)
    options.lang(imp)
    imp.add_argument("--today", metavar="YYYY-MM-DD", type=date.fromisoformat, help=argparse.SUPPRESS)


def _iso(value: object) -> str | None:
    return None if value is None else value.isoformat()  # type: ignore[attr-defined]


def verification_json(path: Path, v: Verification, trust: SignerTrust | None = None) -> dict[str, Any]:
    """One file's answers: ``verdict`` (is the content intact) and, for a valid file, ``signer_trust``
    (who signed: known, unknown or changed) with ``signer`` — two answers, never merged."""
    from app.domain.received import SignerTrust
    from app.i18n.certificate_items import item_label
    from app.i18n.received import verdict_text

    facts, signer = v.facts, v.signer
    if signer is not None and trust is None:
        trust = SignerTrust.UNKNOWN
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
        else [{"code": a.code, "label": item_label(a.label_ja), "value": a.value} for a in facts.amounts],
        "verdict": v.verdict.value,
        "reason": v.reason.value,
        "sha256": v.sha256 or None,
        "signer_trust": None if signer is None or trust is None else trust.value,
        "signer": None
        if signer is None
        else {
            "organisation": signer.organisation,
            "subject": signer.subject,
            "spki_sha256": signer.spki_sha256,
            "issuer": signer.issuer,
            "not_before": signer.not_before.isoformat(),
            "not_after": signer.not_after.isoformat(),
            "valid_on_creation": signer.valid_on_creation,
            "trusted": "unknown" if signer.trusted is None else signer.trusted,
            "algorithm": signer.algorithm,
        },
        "message": verdict_text(v.reason, trust, "" if signer is None else signer.organisation),
    }


def _human(doc: dict[str, Any], v: Verification) -> str:
    from app.domain.received import SignerTrust
    from app.i18n import tax_year_label, translate
    from app.i18n.received import trust_word, verdict_word

    word = verdict_word(v.verdict)
    if doc["signer_trust"] is not None:
        word = trust_word(SignerTrust(doc["signer_trust"]))
    head = f"{doc['file']}: {word}"
    if doc["form"]:
        head += f" [{doc['form']} {doc['form_name'] or ''}]".rstrip()
    lines = [head, f"  {doc['message']}"]
    if doc["verdict"] == "valid":
        year = "-" if doc["tax_year"] is None else tax_year_label(doc["tax_year"])
        lines.append("  " + translate("Cli", "年分: {year}").format(year=year))
        lines.append("  " + translate("Cli", "発行者: {issuer}").format(issuer=doc["issuer"] or "-"))
        lines.append("  " + translate("Cli", "対象者: {person}").format(person=doc["person"] or "-"))
        for a in doc["amounts"]:
            lines.append(f"  {a['label']}: {a['value']:,}")
        signer = doc["signer"]
        lines.append(
            "  "
            + translate("Cli", "署名者: {subject}").format(
                subject=signer["organisation"] or signer["subject"]
            )
        )
    return "\n".join(lines)


def _verify(args: argparse.Namespace) -> int:
    from app import paths
    from app.certificates.verify import verify_file
    from app.domain.catalog import default_catalog
    from app.domain.received import signer_trust
    from app.domain.text import inert, inert_tree
    from app.store.received_store import read_pins

    pins = read_pins(paths.data_dir(getattr(args, "data_dir", None)))
    listed = default_catalog().signers
    verified = [(p, verify_file(p)) for p in args.files]
    docs = []
    for p, v in verified:
        trust = None
        if v.valid and v.signer is not None and v.facts is not None:
            trust = signer_trust(v.facts.issuer, v.signer.spki_sha256, v.sha256, pins, listed)
        docs.append(verification_json(p, v, trust))
    if getattr(args, "json", False):
        print(inert(json.dumps(inert_tree(docs), ensure_ascii=False, indent=2), multiline=True))
    else:
        text = "\n".join(_human(d, v) for d, (_, v) in zip(docs, verified, strict=True))
        print(inert(text, multiline=True))
    return EXIT_OK if all(d["verdict"] == "valid" for d in docs) else EXIT_NOT_VALID


def _what(record: ReceivedFile) -> str:
    from app.certificates.schema import form_schema
    from app.i18n import tax_year_label
    from app.i18n.certificate_items import form_label

    name = form_label(form_schema(record.form).form_name)
    year = "-" if record.tax_year is None else tax_year_label(record.tax_year)
    return f"{name}, {record.issuer}, {year}"


def _report_match(member: MemberState, record: ReceivedFile, target: int, catalog: Catalog) -> list[str]:
    from app.domain.received import Reason, find_received
    from app.i18n import tax_year_label, translate
    from app.i18n.plan import type_name
    from app.i18n.received import received_label, verdict_text

    lines = ["  " + verdict_text(Reason.VALID, record.signer_trust, record.signer_organisation)]
    if record.tax_year != target:
        text = translate("Cli", "{year}の証明書です（今回の申告は{target}）。")
        year = "-" if record.tax_year is None else tax_year_label(record.tax_year)
        lines.append("  " + text.format(year=year, target=tax_year_label(target)))
    for c in member.certificates:
        if find_received(c.type_id, c.issuer, (record,), target) is record:
            name = type_name(c.type_id, catalog)
            text = translate("Cli", "プランの「{type}（{issuer}）」は、{label}になりました。")
            lines.append(
                "  " + text.format(type=name, issuer=c.issuer, label=received_label(record.signer_trust))
            )
            return lines
    if record.tax_year == target:
        text = translate("Cli", "プランにない証明書等です。アプリの「準備完了」でプランに追加できます。")
        lines.append("  " + text)
    return lines


def _import(args: argparse.Namespace) -> int:
    from app import paths
    from app.certificates.verify import read_for_import
    from app.commands.household import find_member, open_store
    from app.domain.catalog import default_catalog
    from app.domain.deadlines import current_tax_year
    from app.domain.text import inert
    from app.i18n import translate, words
    from app.i18n.received import verdict_text
    from app.store.errors import StoreError

    target = current_tax_year(getattr(args, "today", None) or date.today())
    name: str | None = getattr(args, "profile", None)
    data_dir = paths.data_dir(getattr(args, "data_dir", None))
    failed = False
    try:
        with open_store(data_dir) as store:
            member = find_member(store.load_household(), name)
            if isinstance(member, int):
                return member
            catalog = default_catalog()
            for path in args.files:
                read = read_for_import(path)
                if not isinstance(read, tuple) or not read[1].valid:
                    v = read if not isinstance(read, tuple) else read[1]
                    text = translate("Cli", "{file}: 取り込みませんでした。{message}")
                    print(inert(text.format(file=path, message=verdict_text(v.reason))), file=sys.stderr)
                    failed = True
                    continue
                data, verification = read
                record, new = store.keep_received(
                    member.profile.id, data, verification, path.name, catalog.signers
                )
                text = (
                    translate("Cli", "{file}: 取り込みました（{what}）。")
                    if new
                    else translate("Cli", "{file}: 取り込み済みです（{what}）。")
                )
                print(inert(text.format(file=path, what=_what(record))))
                for line in _report_match(member, record, target, catalog):
                    print(inert(line))
    except StoreError as exc:
        print(inert(words(exc.text())), file=sys.stderr)
        return EXIT_FAILED
    return EXIT_NOT_VALID if failed else EXIT_OK


def run(args: argparse.Namespace) -> int:
    from app.commands import use_language

    use_language(args)
    if args.certificates_action == "verify":
        return _verify(args)
    return _import(args)
