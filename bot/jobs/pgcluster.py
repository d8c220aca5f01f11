"""A throwaway PostgreSQL cluster: ``initdb`` into a temporary folder, ``pg_ctl start`` on a free port.

Used by the tests (tests/pg.py) and the job-store benchmark (:mod:`bot.jobs.bench`); not by a deployment.
The server listens on a unix socket in that folder (trust) and on TCP on every address (scram, a random
password for the superuser ``imitate``). initdb refuses to run as root, so as root the cluster belongs to
the ``postgres`` user (``runuser``).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

BIN_DIRS = ("/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin")
USER = "imitate"


@dataclass(frozen=True)
class Cluster:
    root: Path
    port: int
    password: str

    @property
    def socket_dir(self) -> Path:
        return self.root / "sock"

    def dsn(self, dbname: str = "postgres", host: str | None = None) -> str:
        """A URL: over the unix socket (trust) by default, else TCP to ``host`` (needs PGPASSWORD)."""
        if host is None:
            return f"postgresql://{USER}@/{dbname}?host={self.socket_dir}&port={self.port}"
        return f"postgresql://{USER}@{host}:{self.port}/{dbname}"

    def execute(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            conn.execute(sql)

    def create_database(self) -> str:
        name = f"t_{secrets.token_hex(6)}"
        self.execute(f"CREATE DATABASE {name}")
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def restart(self) -> None:
        """Stop the server (its clients lose their connections) and start it again on the same port."""
        self.pg_ctl("-m", "fast", "-l", str(self.root / "log"), "-w", "restart")

    def pg_ctl(self, *args: str) -> None:
        _run([_tool("pg_ctl"), "-D", str(self.root / "data"), *args], self.root)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    for folder in BIN_DIRS:
        if (Path(folder) / name).is_file():
            return str(Path(folder) / name)
    raise FileNotFoundError(f"{name} not found (install Debian's postgresql package)")


def _as_owner(argv: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *argv] if os.geteuid() == 0 else argv


def _run(argv: list[str], root: Path) -> None:
    result = subprocess.run(_as_owner(argv), check=False, capture_output=True, text=True, timeout=120, cwd=root)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(argv[:2])} failed: {(result.stderr or result.stdout).strip()[-500:]}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_cluster() -> Cluster:
    root = Path(tempfile.mkdtemp(prefix="imitate-pg-"))
    try:
        if os.geteuid() == 0:
            shutil.chown(root, "postgres", "postgres")
        (root / "sock").mkdir()
        password = secrets.token_urlsafe(16)
        pwfile = root / "pw"
        pwfile.write_text(password + "\n")
        if os.geteuid() == 0:
            for path in (root / "sock", pwfile):
                shutil.chown(path, "postgres", "postgres")
        cluster = Cluster(root, free_port(), password)
        _run(
            [
                _tool("initdb"),
                "-D",
                str(root / "data"),
                "-U",
                USER,
                f"--pwfile={pwfile}",
                "-E",
                "UTF8",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "--no-sync",
            ],
            root,
        )
        with open(root / "data" / "pg_hba.conf", "a", encoding="utf-8") as hba:
            hba.write("host all all 0.0.0.0/0 scram-sha-256\n")
        options = (
            f"-p {cluster.port} -k {cluster.socket_dir} -c listen_addresses='*' -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        cluster.pg_ctl("-o", options, "-l", str(root / "log"), "-w", "start")
        return cluster
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise


def stop_cluster(cluster: Cluster) -> None:
    with contextlib.suppress(RuntimeError, FileNotFoundError, subprocess.TimeoutExpired):
        cluster.pg_ctl("-m", "immediate", "-w", "stop")
    shutil.rmtree(cluster.root, ignore_errors=True)
