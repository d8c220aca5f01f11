"""A real, throwaway PostgreSQL cluster for the tests (pytest plugin, loaded by tests/conftest.py).

``postgres_cluster`` (session scope) runs ``initdb`` into a temporary folder, starts it with ``pg_ctl`` on
a free port (unix socket in that folder, TCP on every address with a random password for the superuser
``imitate``) and removes it all afterwards. initdb refuses to run as root, so as root the cluster belongs
to the ``postgres`` user (``runuser``). Where no server can be started the tests that need it skip with
the reason, unless ``IMITATE_REQUIRE_POSTGRES=1`` (``.ci/run``) turns that into a failure.

``pg_database`` gives each test a fresh database on that cluster and drops it afterwards.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator

import pytest

from bot.jobs.pgcluster import Cluster, free_port, start_cluster, stop_cluster

REQUIRE_ENV = "IMITATE_REQUIRE_POSTGRES"
__all__ = ["Cluster", "free_port", "pg_database", "postgres_cluster"]


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[Cluster]:
    try:
        cluster = start_cluster()
    except (OSError, RuntimeError, subprocess.SubprocessError) as exc:
        reason = f"no PostgreSQL server could be started: {exc}"
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{reason} ({REQUIRE_ENV}=1)")
        pytest.skip(reason)
    try:
        yield cluster
    finally:
        stop_cluster(cluster)


@pytest.fixture
def pg_database(postgres_cluster: Cluster) -> Iterator[str]:
    """A fresh database's URL (unix socket, no password needed); dropped afterwards."""
    name = postgres_cluster.create_database()
    try:
        yield postgres_cluster.dsn(name)
    finally:
        postgres_cluster.drop_database(name)
