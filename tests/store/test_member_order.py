"""The household's order of members (schema v5): kept by the store, moved, and carried by backups."""

from __future__ import annotations

from pathlib import Path

from app.domain.model import Relation
from app.store.backup import export_backup, import_backup
from app.store.repository import Store


def _names(store: Store) -> list[str]:
    return [m.profile.display_name for m in store.load_household().members]


def test_order_is_kept_moved_and_survives_a_backup(tmp_path: Path) -> None:
    store, _ = Store.open(tmp_path / "a")
    with store:
        me = store.add_profile("本人", Relation.SELF)
        store.add_profile("花子", Relation.SPOUSE)
        mother = store.add_profile("母", Relation.PARENT)
        assert _names(store) == ["本人", "花子", "母"]
        store.move_profile(mother.id, 0)
        store.move_profile(me.id, 99)  # past the end: last
        assert _names(store) == ["母", "花子", "本人"]
        store.set_relation(me.id, Relation.CHILD)
        assert store.load_household().members[2].profile.relation is Relation.CHILD
        target = tmp_path / "backup.json"
        export_backup(store, target)
    other, _ = Store.open(tmp_path / "b")
    with other:
        import_backup(other, target)
        assert _names(other) == ["母", "花子", "本人"]
        added = other.add_profile("子")
        assert _names(other)[-1] == added.display_name  # a new member comes last
