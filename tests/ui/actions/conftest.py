"""The printing tests use the checklist tests' households (real stores)."""

from tests.checklist.conftest import empty_data_dir, full_data_dir

__all__ = ["empty_data_dir", "full_data_dir"]
