"""What the commands read from the data folder, and the one refusal for a profile nobody has.

Every command that reads the household comes here, so all of them say the store's notices, an
unreadable store or catalog, and a profile name no member answers to in the same words and with the
same exit status. To change the unknown-profile refusal, change :func:`find_member`.
Top-level imports are standard library only (see ``app.cli``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from app.commands import EXIT_FAILED, EXIT_USAGE, fail

if TYPE_CHECKING:
    from app.domain.catalog import Catalog
    from app.domain.model import Household, MemberState
    from app.store.engine import Notice
    from app.store.repository import Store

EXIT_UNKNOWN_PROFILE = EXIT_USAGE  # like a mistyped option: the person corrects the name and runs again


class Stored(NamedTuple):
    directory: Path
    household: Household
    catalog: Catalog


def say_notice(notice: Notice) -> None:
    """A store notice (a repaired file, a read-only place…) on stderr, in the installed language."""
    from app.domain.text import inert
    from app.i18n import words

    print(inert(words(notice.text)), file=sys.stderr)


def load_household(data_dir: Path) -> Household:
    """The stored household (an empty one when there is no database: a command creates none)."""
    from app.store.repository import load_stored_household

    return load_stored_household(data_dir, say_notice)


def open_store(data_dir: Path) -> Store:
    """The store, for a command that writes to it; its notices are said first. The caller closes it."""
    from app.store.repository import Store

    store, notices = Store.open(data_dir)
    for notice in notices:
        say_notice(notice)
    return store


def load(args: argparse.Namespace) -> Stored | int:
    """The data folder's household and active catalog; or, when either cannot be read, the exit
    status after one sentence on stderr."""
    from app import paths
    from app.domain.catalog import CatalogError
    from app.i18n import catalog as catalog_texts
    from app.i18n import words
    from app.store.catalog_files import active_catalog
    from app.store.errors import StoreError

    try:
        directory = paths.data_dir(getattr(args, "data_dir", None))
        catalog = active_catalog(directory)
        return Stored(directory, load_household(directory), catalog)
    except CatalogError as exc:
        return fail(EXIT_FAILED, catalog_texts.malformed(exc.path, exc.detail))
    except StoreError as exc:
        return fail(EXIT_FAILED, words(exc.text()))


def find_member(household: Household, name: str | None) -> MemberState | int:
    """The member called ``name`` (without a name: 本人, else the first); when there is none, the
    refusal, said on stderr, and its exit status ``EXIT_UNKNOWN_PROFILE``."""
    from app.domain.rules import default_member
    from app.i18n import join_list, translate

    member = default_member(household, name)
    if member is not None:
        return member
    if not household.members:
        text = translate("Cli", "プロフィールがまだ登録されていません。アプリを起動して登録してください。")
        return fail(EXIT_UNKNOWN_PROFILE, text)
    known = join_list((m.profile.display_name for m in household.members), ja_separator="、")
    text = translate("Cli", "プロフィール「{name}」は登録されていません（登録済み: {known}）。")
    return fail(EXIT_UNKNOWN_PROFILE, text.format(name=name, known=known))
