"""The package's import graph: no cycles (an import inside a function counts too: it only
hides one), and nothing below the views imports from them."""

import ast
from pathlib import Path

import annotate

PACKAGE = Path(annotate.__file__).parent


def _modules() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its ``__init__``)."""
    found = {}
    for path in PACKAGE.rglob("*.py"):
        if "migrations" in path.relative_to(PACKAGE).parts:
            continue  # Alembic scripts run on their own, loaded by path
        parts = ("annotate", *path.relative_to(PACKAGE).with_suffix("").parts)
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _resolve(module: str, node: ast.ImportFrom) -> str:
    """The absolute module a relative ``from`` import starts at."""
    if not node.level:
        return node.module or ""
    base = module.split(".")[: -node.level] if not module.endswith("__init__") else module.split(".")
    return ".".join(base + ([node.module] if node.module else []))


def import_graph() -> dict[str, set[str]]:
    """For each module, the package modules it imports anywhere in its body."""
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                start = _resolve(name, node)
                # "from annotate.services import audit" imports the module annotate.services.audit
                targets = [f"{start}.{alias.name}" if f"{start}.{alias.name}" in modules else start
                           for alias in node.names]
            graph[name].update(target for target in targets if target in modules and target != name)
    return graph


def _reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    """Every module ``start`` imports, directly or through others."""
    seen: set[str] = set()
    todo = list(graph[start])
    while todo:
        node = todo.pop()
        if node not in seen:
            seen.add(node)
            todo.extend(graph.get(node, ()))
    return seen


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other (directly or through others)."""
    reach = {node: _reachable(graph, node) for node in graph}
    groups = {tuple(sorted(other for other in reach[node] if node in reach[other]))
              for node in graph if node in reach[node]}
    return sorted(list(group) for group in groups)


def test_the_cycle_finder_finds_a_cycle():
    """A check that could not fail would prove nothing."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_sees_imports_inside_functions():
    graph = import_graph()
    assert "annotate.views.errors" in graph["annotate"]  # imported inside create_app
    assert "annotate.services.audit" in graph["annotate.services.tasks"]


def test_no_import_cycles():
    assert cycles(import_graph()) == []


def test_nothing_below_the_views_imports_them():
    """Services, models and pure modules never reach up into the web layer; only the app
    factory (the package itself) wires the views in."""
    graph = import_graph()
    offenders = {name: sorted(t for t in targets if t.startswith("annotate.views"))
                 for name, targets in graph.items()
                 if name != "annotate" and not name.startswith("annotate.views")}
    assert {name: targets for name, targets in offenders.items() if targets} == {}
