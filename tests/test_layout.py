"""The layout's rules, read from the code's own imports (every ``import``, also inside functions).

- trainer/ imports neither export nor the bot; export does not import the bot;
- the job system (bot/jobs/) does not reach discord, even through another module of ours;
- imitate/'s shared modules import none of the three packages (only the CLI and the demo sit above);
- nothing outside tests/ imports tests;
- there is no circle of imports (``if TYPE_CHECKING:`` imports included).
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("imitate", "trainer", "export", "bot")
TOP = {"imitate.cli", "imitate.demo", "imitate.__main__"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            found[module_name(path)] = path
    return found


@cache
def imports(name: str) -> frozenset[str]:
    """Every module ``name`` imports (absolute names, as written; ``from x import y`` gives x and x.y)."""
    tree = ast.parse(modules()[name].read_text(encoding="utf-8"))
    package = name if modules()[name].name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return frozenset(found)


def ours(name: str) -> str | None:
    """The project module that an imported name refers to (a module, or its package), else None."""
    while name:
        if name in modules():
            return name
        name = name.rpartition(".")[0]
    return None


def project_edges(name: str) -> set[str]:
    return {m for m in (ours(i) for i in imports(name)) if m is not None and m != name}


def reaches(name: str, forbidden: str) -> list[str] | None:
    """A chain of imports from ``name`` to a module under ``forbidden`` (ours or a library), or None."""
    seen, stack = {name}, [(name, [name])]
    while stack:
        current, chain = stack.pop()
        for imported in imports(current):
            if imported == forbidden or imported.startswith(forbidden + "."):
                return [*chain, imported]
        for nxt in project_edges(current) - seen:
            seen.add(nxt)
            stack.append((nxt, [*chain, nxt]))
    return None


def direct_violations(prefix: str, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{m} imports {i}"
        for m in modules()
        if m == prefix or m.startswith(prefix + ".")
        for i in imports(m)
        if any(i == f or i.startswith(f + ".") for f in forbidden)
    )


@pytest.mark.parametrize(
    ("prefix", "forbidden"),
    [("trainer", ("export", "bot")), ("export", ("bot",)), ("imitate", ("trainer", "export", "bot"))],
)
def test_data_flows_one_way(prefix: str, forbidden: tuple[str, ...]) -> None:
    found = [v for v in direct_violations(prefix, forbidden) if v.split()[0] not in TOP]
    assert not found, found


def test_the_job_system_never_reaches_discord() -> None:
    jobs = [m for m in modules() if m == "bot.jobs" or m.startswith("bot.jobs.")]
    assert len(jobs) >= 4
    chains = {m: reaches(m, "discord") for m in jobs}
    assert not any(chains.values()), chains


def test_nothing_outside_tests_imports_tests() -> None:
    found = direct_violations("", ()) + [
        f"{m} imports {i}" for m in modules() for i in imports(m) if i == "tests" or i.startswith("tests.")
    ]
    assert not found, found


def test_no_circle_of_imports() -> None:
    graph = {m: project_edges(m) for m in modules()}
    # A package's __init__ re-exporting its own modules is not a circle of the code's layers.
    graph = {m: {n for n in edges if not m.startswith(n + ".")} for m, edges in graph.items()}
    state: dict[str, int] = {}
    circles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                circles.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert not circles, circles


def test_the_rules_see_real_imports() -> None:
    """The checks above would pass on an empty graph: make sure they read the imports they must."""
    assert "bot.jobs.store" in project_edges("bot.jobs.worker")
    assert reaches("bot.main", "discord") is not None
    assert "trainer.posts" in project_edges("trainer.fetch")
    assert "export.runtime.engines" in project_edges("export.runtime.loading")  # a function-level one too:
    assert "export.runtime.static_gpt2" in project_edges("export.runtime.engines")
