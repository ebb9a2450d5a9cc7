"""Myna Prep — マイナポータル連携 事前準備ナビ."""

APP_NAME = "Myna Prep"
APP_ID = "myna-prep"
DISTRIBUTION = "myna-prep"


def version() -> str:
    """The installed version, from the package metadata (pyproject.toml is its one source)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as distribution_version

    try:
        return distribution_version(DISTRIBUTION)
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"
