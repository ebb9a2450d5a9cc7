"""The card work is composed into the panel, not mixed into it: :class:`CardFlows` reaches the panel
only through :class:`CardPanelPort` and assumes no attribute that someone else must set."""

from __future__ import annotations

import ast
import inspect
import textwrap

from app.ui.card_reader.flows import CardFlows, CardPanelPort
from app.ui.card_reader.panel import CardPanel


def _class_node(cls: type) -> ast.ClassDef:
    node = ast.parse(textwrap.dedent(inspect.getsource(cls))).body[0]
    assert isinstance(node, ast.ClassDef)
    return node


def test_the_panel_owns_its_card_work_instead_of_inheriting_it() -> None:
    assert CardFlows not in CardPanel.__mro__
    assert CardFlows.__mro__ == (CardFlows, object)


def test_card_flows_declares_no_attributes_for_the_panel_to_fill() -> None:
    assert inspect.get_annotations(CardFlows) == {}
    node = _class_node(CardFlows)
    assert not [n for n in node.body if isinstance(n, ast.AnnAssign | ast.Assign)]


def test_every_attribute_card_flows_reads_is_its_own() -> None:
    """What ``self.x`` names is set in ``__init__`` or defined on the class: nothing from a host."""
    node = _class_node(CardFlows)
    init = next(n for n in node.body if isinstance(n, ast.FunctionDef) and n.name == "__init__")
    assigned = {
        target.attr
        for statement in ast.walk(init)
        if isinstance(statement, ast.Assign | ast.AnnAssign)
        for target in (statement.targets if isinstance(statement, ast.Assign) else [statement.target])
        if isinstance(target, ast.Attribute)
    }
    defined = {name for name, _ in inspect.getmembers(CardFlows)}
    used = {
        n.attr
        for n in ast.walk(node)
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "self"
    }
    assert used and used <= assigned | defined, used - assigned - defined


def test_the_port_names_only_what_the_panel_shows() -> None:
    """Each member of the port is the panel's own (mypy checks the signatures where the panel
    hands itself to its flows)."""
    members = {name for name in vars(CardPanelPort) if not name.startswith("_")}
    assert members == {
        "snapshot", "show_snapshot", "show_message", "message_text", "show_busy", "show_basic",
        "identified", "authenticated", "dialog_parent",
    }  # fmt: skip
    for name in members - {"snapshot"}:
        assert callable(getattr(CardPanel, name)), name
