"""Myna Prep — マイナポータル連携 事前準備ナビ."""

# The one place the version is written: pyproject.toml reads it (dynamic version), the package
# metadata carries it, and the running app reports the metadata (version()).
__version__ = "0.1.0"
APP_NAME = "Myna Prep"
APP_ID = "myna-prep"
DISTRIBUTION = "myna-prep"


def version() -> str:
    """The installed version, from the package metadata (made from ``__version__`` at install)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as distribution_version

    try:
        return distribution_version(DISTRIBUTION)
    except PackageNotFoundError:  # run from a source tree that was never installed
        return __version__
