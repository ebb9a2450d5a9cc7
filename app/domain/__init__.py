"""Pure domain model and rules. Imports no Qt, pyscard, sqlmodel or httpx (tests enforce it)."""
