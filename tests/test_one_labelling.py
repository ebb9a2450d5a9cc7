"""Each enum the user reads is labelled in one place, :mod:`app.i18n.labels`, for the window, the command
line (text and ``--json``) and paper; マイナポータル's official words stay exact there.

The scan reads app/ as source: a table of texts keyed by one of these enums anywhere else fails here.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import i18n
from app.domain import labels as official
from app.domain.model import (
    Channel,
    DelegatedService,
    DelegationOperation,
    LinkageStatus,
    Readiness,
    Relation,
    Service,
    TaskState,
)
from app.domain.plan import Badge, UnitState
from app.i18n import labels

ROOT = Path(__file__).resolve().parents[1]
LABELS = "app/i18n/labels.py"
LABEL_OF = {  # each enum the user reads, and its one label
    Channel: labels.channel_label,
    DelegatedService: labels.delegated_service_label,
    DelegationOperation: labels.delegation_step_label,
    LinkageStatus: labels.linkage_status_label,
    Readiness: labels.readiness_label,
    Relation: labels.relation_label,
    Service: labels.service_label,
    TaskState: labels.task_state_label,
    Badge: labels.badge_label,
    UnitState: labels.unit_state_label,
}
ENUMS = tuple(LABEL_OF)
# Tables keyed by these enums that are not their label, each with why.
NOT_LABELS: dict[tuple[str, str], str] = {
    ("app/domain/labels.py", "LINKAGE_STATUS_LABELS"): "マイナポータル's Japanese words, the labels' source",
    ("app/domain/labels.py", "READINESS_LABELS"): "マイナポータル's Japanese words, the labels' source",
    ("app/domain/labels.py", "CHANNEL_LABELS"): "マイナポータル's Japanese names, the labels' source",
    ("app/domain/labels.py", "SERVICE_LABELS"): "マイナポータル's Japanese names, the labels' source",
    ("app/i18n/plan.py", "_delegation_phrase"): "the next action as a sentence, not a label",
    ("app/i18n/diagram.py", "service_title"): "the overview's node titles: short, with a line-break hint",
}
_TEXT_CALLS = frozenset({"translate", "tr", "QT_TRANSLATE_NOOP"})


def _is_text(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        return name in _TEXT_CALLS or any(_is_text(a) for a in node.args)
    return False


def _text_tables() -> Iterator[tuple[str, str, str]]:
    """(module, enclosing function or assigned name, enum) of every dict of texts keyed by an enum."""
    names = {e.__name__ for e in ENUMS}
    for path in sorted((ROOT / "app").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), rel)
        aliases = {  # _Op = DelegationOperation
            t.id: node.value.id
            for node in tree.body
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Name) and node.value.id in names
            for t in node.targets
            if isinstance(t, ast.Name)
        }
        for owner in ast.walk(tree):
            if not isinstance(owner, ast.FunctionDef | ast.Assign | ast.AnnAssign):
                continue
            if isinstance(owner, ast.FunctionDef):
                where = owner.name
            else:
                target = owner.targets[0] if isinstance(owner, ast.Assign) else owner.target
                where = getattr(target, "id", "?")
            for node in ast.walk(owner):
                if not isinstance(node, ast.Dict) or len(node.keys) < 2:
                    continue
                keys = {
                    aliases.get(k.value.id, k.value.id)
                    for k in node.keys
                    if isinstance(k, ast.Attribute) and isinstance(k.value, ast.Name)
                }
                keys &= names
                if len(keys) == 1 and all(_is_text(v) for v in node.values):
                    yield rel, where, keys.pop()


def test_each_enum_is_labelled_only_in_app_i18n_labels() -> None:
    elsewhere = sorted(
        f"{rel}: {where} labels {enum}"
        for rel, where, enum in set(_text_tables())
        if rel != LABELS and (rel, where) not in NOT_LABELS
    )
    assert elsewhere == [], "label enums in app/i18n/labels.py:\n" + "\n".join(elsewhere)


def test_only_labels_reads_the_official_tables_and_the_labels_context() -> None:
    """Looking up app.domain.labels and translating it in place is a labelling too."""
    found = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel == LABELS:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), rel)):
            if isinstance(node, ast.ImportFrom) and node.module == "app.domain.labels":
                found += [f"{rel}: imports {a.name}" for a in node.names if a.name.endswith("_LABELS")]
            if isinstance(node, ast.Constant) and node.value == "Labels":
                found.append(f"{rel}:{node.lineno}: the \"Labels\" context")
    assert found == []


def test_the_exceptions_are_still_there() -> None:
    found = {(rel, where) for rel, where, _ in _text_tables()}
    assert set(NOT_LABELS) <= found


def test_labels_has_one_function_per_enum_and_no_other_labelling_module() -> None:
    tables = {(rel, enum) for rel, _, enum in _text_tables() if rel == LABELS}
    functions = [n for n in dir(labels) if n.endswith("_label")]
    assert {enum for _, enum in tables} <= {e.__name__ for e in ENUMS}
    assert len(functions) == len(ENUMS), functions
    for gone in ("app/ui/widgets/domain_texts.py", "app/ui/widgets/plan_common.py", "app/i18n/plan.py"):
        text = (ROOT / gone).read_text(encoding="utf-8")
        for name in ("linkage_status", "readiness_", "task_state_", "channel_text", "service_text"):
            assert f"def {name}" not in text, (gone, name)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_member_has_its_label_and_official_words_stay_exact(lang: str) -> None:
    i18n.install(lang)
    try:
        for enum, label in LABEL_OF.items():
            said = [label(member) for member in enum]  # type: ignore[operator]
            assert all(said), enum
        words = [labels.linkage_status_label(s) for s in LinkageStatus]
        words += [labels.readiness_label(r) for r in Readiness]
        expected = ["完了", "未完了", "確認", "準備完了", "処理中", "未完了", "未記載"]
        assert [w.split(" (")[0] for w in words] == expected  # English adds a gloss, keeps the word
        if lang == "ja":
            assert words == expected
            assert list(official.READINESS_LABELS.values()) == expected[3:]
    finally:
        i18n.install("ja")
