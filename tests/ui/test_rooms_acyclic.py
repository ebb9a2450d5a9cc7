"""The shell, the actions and the card reader do not import each other in a circle, counting imports
made only for annotations (``if TYPE_CHECKING:``) too: each room gets what it needs from the
composition root or a narrow Protocol, never by reaching back into the window (issue 22, item 12)."""

from __future__ import annotations

import itertools

import grimp
import pytest

ROOMS = ("app.ui.actions", "app.ui.card_reader", "app.ui.shell")


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("app", exclude_type_checking_imports=False, cache_dir=None)


@pytest.mark.parametrize(("one", "other"), list(itertools.combinations(ROOMS, 2)))
def test_two_rooms_never_import_each_other_both_ways(graph: grimp.ImportGraph, one: str, other: str) -> None:
    there = graph.find_shortest_chain(importer=one, imported=other, as_packages=True)
    back = graph.find_shortest_chain(importer=other, imported=one, as_packages=True)
    assert there is None or back is None, f"{one} → {other}: {there}; {other} → {one}: {back}"


def test_the_window_has_no_second_status_vocabulary() -> None:
    import app.ui.shell.main_window as main_window

    assert not hasattr(main_window, "Badge") and not hasattr(main_window, "badge_text")
