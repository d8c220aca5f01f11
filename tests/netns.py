"""Pretend hosts for the multi-host tests: Linux network namespaces joined to this one by veth pairs.

``hosts(n)`` makes ``n`` namespaces ``imitate-<pid>-<i>``, each with a veth pair: ``10.210.<i>.1/24`` on our
side, ``10.210.<i>.2/24`` inside; a process started with :meth:`Host.command` runs in the namespace with
its own hostname (``unshare --uts``), so its worker id names another host. Everything is removed afterwards.
Needs root and ``ip``; :func:`unavailable` says why not, for a skip.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass

SUBNET = "10.210"


@dataclass(frozen=True)
class Host:
    namespace: str
    hostname: str
    gateway: str  # our address as this host sees it (where PostgreSQL listens)

    def command(self, argv: list[str]) -> list[str]:
        script = f'hostname {self.hostname} && exec "$@"'
        return ["ip", "netns", "exec", self.namespace, "unshare", "--uts", "sh", "-c", script, "sh", *argv]


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, text=True, timeout=30)


def unavailable() -> str | None:
    if os.geteuid() != 0:
        return "network namespaces need root"
    if not shutil.which("ip") or not shutil.which("unshare"):
        return "the ip and unshare commands are missing"
    probe = f"imitate-probe-{os.getpid()}"
    try:
        _ip("netns", "add", probe)
    except (subprocess.CalledProcessError, OSError) as exc:
        return f"cannot make a network namespace: {getattr(exc, 'stderr', '') or exc}".strip()
    with contextlib.suppress(subprocess.CalledProcessError):
        _ip("netns", "del", probe)
    return None


@contextlib.contextmanager
def hosts(count: int) -> Iterator[list[Host]]:
    made: list[tuple[str, str]] = []
    try:
        result = []
        for i in range(1, count + 1):
            namespace, outside = f"imitate-{os.getpid()}-{i}", f"vim{os.getpid() % 100000}h{i}"
            _ip("netns", "add", namespace)
            made.append((namespace, outside))
            _ip("link", "add", outside, "type", "veth", "peer", "name", "eth0", "netns", namespace)
            _ip("addr", "add", f"{SUBNET}.{i}.1/24", "dev", outside)
            _ip("link", "set", outside, "up")
            for args in (
                ("addr", "add", f"{SUBNET}.{i}.2/24", "dev", "eth0"),
                ("link", "set", "eth0", "up"),
                ("link", "set", "lo", "up"),
            ):
                _ip("-n", namespace, *args)
            result.append(Host(namespace, f"host{i}", f"{SUBNET}.{i}.1"))
        yield result
    finally:
        for namespace, outside in made:
            with contextlib.suppress(subprocess.CalledProcessError):
                _ip("link", "del", outside)  # removes both ends of the pair
            with contextlib.suppress(subprocess.CalledProcessError):
                _ip("netns", "del", namespace)
