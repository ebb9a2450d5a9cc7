"""Signed files shared by the certificate tests (generated: the keys are throwaway)."""

from __future__ import annotations

import pytest

from tests.certificates import fixtures


@pytest.fixture(scope="session")
def signed_teg800() -> bytes:
    return fixtures.sign(fixtures.teg800())


@pytest.fixture(scope="session")
def signed_teg800_sha1() -> bytes:
    return fixtures.sign(fixtures.teg800(), sha1=True)


@pytest.fixture(scope="session")
def signed_teg840() -> bytes:
    return fixtures.sign(fixtures.teg840())
