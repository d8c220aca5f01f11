"""Shared pytest set-up: the PostgreSQL cluster fixtures (tests/pg.py)."""

pytest_plugins = ("tests.pg",)
