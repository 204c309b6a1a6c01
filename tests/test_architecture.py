"""The floor plan, checked with the standard library's `ast` so that it stays true:

- no import cycle between the project's modules, counting imports inside functions too (a function-level
  import that hides a cycle is a cycle);
- imports point one way: engine ← models ← services ← tasks ← edges (portal/, api/, admin, commands, demo) ←
  the project package (settings, urls, wego_portal); the two edges do not import each other;
- no production module imports `tests`, nor `pickle` (but the pipe between forked processes); the engine
  imports no Django, and only the API imports DRF;
- no Python module over 600 lines."""

from __future__ import annotations

import ast
import re
import subprocess
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = (
    "core",
    "accounts",
    "cities",
    "startups",
    "matching",
    "introductions",
    "portal",
    "api",
    "demo",
    "wego_portal",
)
MAX_LINES = 600

# (rank, pattern): the first pattern a module's dotted name matches gives its layer; a module may import
# modules of its own layer or below.
ENGINE, GROUND, MODELS, SERVICES, TASKS, EDGES, PROJECT = range(7)
LAYERS = [
    (ENGINE, r"matching\.engine(\..*)?"),
    (PROJECT, r"wego_portal(\..*)?|.*\.apps"),
    (EDGES, r"portal(\..*)?|api(\..*)?|demo(\..*)?|.*\.admin|.*\.management(\..*)?|.*\.checks"),
    (TASKS, r".*\.tasks"),
    (GROUND, r"core(\..*)?"),
    (MODELS, r".*\.models|.*\.migrations\..*"),
    (SERVICES, r".*"),  # services, the pipeline, inputs, store, reasons, the outbox, security, evaluation
]


def _tracked_python_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "*.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return [ROOT / name for name in listed if (ROOT / name).exists()]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def production_modules() -> dict[str, Path]:
    return {
        _module_name(path): path
        for path in _tracked_python_files()
        if path.relative_to(ROOT).parts[0] in PACKAGES
    }


def _imported(path: Path, module: str) -> set[str]:
    """Every module name an import statement in the file names (at any depth, relative ones resolved)."""
    tree = ast.parse(path.read_text(), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            submodules = {f"{base}.{alias.name}" for alias in node.names} & set(production_modules())
            names.update(submodules or {base})  # `from pkg import module` imports the module, not pkg
    return names


@cache
def import_graph() -> dict[str, set[str]]:
    """Project module → the project modules it imports (a package's name stands for its __init__)."""
    modules = production_modules()
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        graph[module] = {name for name in _imported(path, module) if name in modules and name != module}
    return graph


def layer(module: str) -> int:
    return next(rank for rank, pattern in LAYERS if re.fullmatch(pattern, module))


def test_the_project_has_no_import_cycle():
    graph = import_graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = iter(range(10**9))

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = next(counter)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    assert not cycles, cycles


def test_imports_point_down_the_layers():
    upward = [
        f"{module} ({layer(module)}) imports {target} ({layer(target)})"
        for module, targets in import_graph().items()
        for target in sorted(targets)
        if layer(target) > layer(module) and not target.startswith(module + ".")
    ]
    assert not upward, upward


def test_the_two_edges_do_not_import_each_other():
    crossing = [
        f"{module} imports {target}"
        for module, targets in import_graph().items()
        for target in targets
        if {module.split(".")[0], target.split(".")[0]} == {"portal", "api"}
    ]
    assert not crossing, crossing


@pytest.mark.parametrize(
    ("forbidden", "where"),
    [
        ("tests", lambda module: True),
        # pickle only where a forked child hands its result to its parent over a pipe: nothing stored
        ("pickle", lambda module: module != "matching.engine.parallel"),
        ("django", lambda module: layer(module) == ENGINE),
        ("rest_framework", lambda module: not module.startswith(("api", "wego_portal"))),
    ],
)
def test_no_production_module_imports_what_it_must_not(forbidden, where):
    offenders = [
        module
        for module, path in production_modules().items()
        if where(module)
        and any(name == forbidden or name.startswith(forbidden + ".") for name in _imported(path, module))
    ]
    assert not offenders, offenders


def test_no_python_module_is_over_600_lines():
    long = {
        str(path.relative_to(ROOT)): lines
        for path in _tracked_python_files()
        if (lines := len(path.read_text().splitlines())) > MAX_LINES
    }
    assert not long, long


def test_the_checks_see_the_whole_project():
    """The rules above are only worth something if they read every app (a renamed folder would pass
    them vacuously)."""
    modules = production_modules()
    for package in PACKAGES:
        assert package in modules, package
    assert {"matching.engine.kernel", "matching.pipeline", "portal.views.cities", "api.views.cities"} <= set(
        modules
    )
    assert layer("matching.engine.kernel") == ENGINE and layer("portal.views.cities") == EDGES
    assert layer("matching.tasks") == TASKS and layer("cities.services") == SERVICES
